"""Point the development sites at the address the server runs on.

`make run` serves on http://localhost:PORT; Wagtail's Sites say where each
site lives, and every absolute link (mail, feeds, sitemaps) is built from
them. Only development host names (localhost and *.localhost) are changed:
a production site's address is set in Settings > Sites, never here.
"""

from django.core.management.base import BaseCommand
from django.db.models import Q
from wagtail.models import Site


class Command(BaseCommand):
    help = "Set the port of the localhost and *.localhost sites (make run: its PORT)."

    def add_arguments(self, parser):
        parser.add_argument("--port", type=int, required=True)

    def handle(self, *args, port, **options):
        local = Site.objects.filter(Q(hostname="localhost") | Q(hostname__endswith=".localhost"))
        changed = local.exclude(port=port).update(port=port)
        Site.clear_site_root_paths_cache()
        for site in local:
            self.stdout.write(f"{site.hostname}: {site.root_url}")
        if not changed:
            self.stdout.write("Sites already on this port.")

"""Create a wagtail Locale for every configured language.

Adding a language is one line in LANGUAGES (cms/settings/base.py) and this
command: no migration. Locales no longer configured are listed, never deleted.
"""

from django.core.management.base import BaseCommand

from core.i18n import sync_locales


class Command(BaseCommand):
    help = "Create a Locale for each language in WAGTAIL_CONTENT_LANGUAGES (never deletes one)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-sync", action="store_true",
            help="Do not let new locales follow the default locale's page tree.",
        )

    def handle(self, *args, no_sync=False, **options):
        result = sync_locales(synchronise_trees=not no_sync)
        if result.created:
            self.stdout.write(self.style.SUCCESS("Created locales: " + ", ".join(result.created)))
        else:
            self.stdout.write("Every configured language has its locale.")
        if result.synchronised:
            self.stdout.write("Following the default page tree: " + ", ".join(result.synchronised))
        if result.unconfigured:
            self.stdout.write(self.style.WARNING(
                "Locales not in LANGUAGES (kept, they may own pages): " + ", ".join(result.unconfigured)))

"""Compile the interface translations (cms/locale/*/LC_MESSAGES/django.po)
without GNU gettext. Run by `make install` and the Dockerfile."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from core.catalogs import compile_catalogues


class Command(BaseCommand):
    help = "Compile .po catalogues in LOCALE_PATHS to .mo (pure Python, no msgfmt needed)."
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Rewrite every .mo, even up-to-date ones.")

    def handle(self, *args, force=False, **options):
        try:
            written = compile_catalogues(settings.LOCALE_PATHS, force=force)
        except ValueError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Compiled {len(written)} catalogue(s).")

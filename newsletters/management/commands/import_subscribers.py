from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from newsletters.importing import import_csv


class Command(BaseCommand):
    help = ("Import subscribers from a CSV file with columns email,language,timezone,follows "
            "(follows: newsletter, meetings or committee slugs separated by ';'). Good rows are imported as "
            "confirmed, with their consent recorded as imported; bad rows are reported by line.")

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--dry-run", action="store_true", help="Check the file and report; import nothing.")

    def handle(self, *args, file: Path, dry_run: bool, **options):
        try:
            stream = file.open(encoding="utf-8-sig", newline="")
        except OSError as exc:
            raise CommandError(f"cannot read {file}: {exc.strerror}") from exc
        try:
            with stream:
                report = import_csv(stream, source=file.name, dry_run=dry_run)
        except UnicodeDecodeError as exc:
            raise CommandError(f"{file} is not UTF-8 text: save it as CSV UTF-8 and try again") from exc
        for line, problem in report.problems:
            self.stderr.write(f"{file.name}, line {line}: {problem}")
        verb = "Would import" if dry_run else "Imported"
        self.stdout.write(self.style.SUCCESS(f"{verb} {report.imported} subscribers; "
                                             f"{len(report.problems)} lines not imported."))
        if report.problems:
            raise CommandError(f"{len(report.problems)} lines were not imported (listed above); "
                               f"the {report.imported} good ones were {'checked' if dry_run else 'imported'}.")

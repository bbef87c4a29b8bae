from django.core.management.base import BaseCommand

from newsletters.importing import export_csv
from newsletters.models import Subscriber


class Command(BaseCommand):
    help = ("Export subscribers as CSV (the import columns first, then status and the consent record). "
            "Unsubscribed and bounced addresses are included so another tool can keep suppressing them.")

    def add_arguments(self, parser):
        parser.add_argument("--output", "-o", help="Write to this file instead of standard output.")
        parser.add_argument("--status", choices=Subscriber.Status.values, action="append",
                            help="Only these statuses (repeatable).")

    def handle(self, *args, output=None, status=None, **options):
        subscribers = Subscriber.objects.all()
        if status:
            subscribers = subscribers.filter(status__in=status)
        if output:
            with open(output, "w", encoding="utf-8", newline="") as out:
                n = export_csv(out, subscribers)
            self.stderr.write(f"Exported {n} subscribers to {output}.")
        else:
            export_csv(self.stdout, subscribers)

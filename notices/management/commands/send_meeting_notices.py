from datetime import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from newsletters import sending
from notices.scan import scan


def parse_at(value: str) -> datetime:
    try:
        moment = datetime.fromisoformat(value)
    except ValueError as exc:
        raise CommandError(f"--at must be an ISO 8601 date and time, e.g. 2024-11-12T08:05:00-08:00, not {value!r}."
                           ) from exc
    if timezone.is_naive(moment):
        raise CommandError(f"--at needs a UTC offset or Z (e.g. {value}Z), so the moment is not ambiguous.")
    return moment


class Command(BaseCommand):
    help = ("Run the meeting reminder scan once: create every reminder due now (or at --at) and hand it to the "
            "worker, as beat does every few minutes.")

    def add_arguments(self, parser):
        parser.add_argument("--at", type=parse_at, help="Behave as if it were this moment (ISO 8601 with offset).")
        parser.add_argument("--foreground", action="store_true",
                            help="Also send the new notices from this process instead of waiting for the worker.")

    def handle(self, *args, at=None, foreground=False, **options):
        result = scan(now=at)
        self.stdout.write(f"Reminder scan at {(at or timezone.now()).isoformat()}: {result}")
        for skipped in result.skipped:
            self.stderr.write(f"skipped (written by another scan): {skipped}")
        if foreground:
            for run_id in result.runs:
                while sending.run_lane(run_id).more:
                    pass
                self.stdout.write(f"run {run_id}: {sending.progress(sending.SendRun.objects.get(pk=run_id))}")

from django.core.management.base import BaseCommand, CommandError

from events.fetch import FeedUnavailable
from events.models import CalendarFeed
from events.sync import due_feed_ids, sync_feed


class Command(BaseCommand):
    help = "Sync outside calendar feeds now, in the foreground, and print what each sync did."

    def add_arguments(self, parser):
        parser.add_argument("--feed", type=int, action="append", help="Only this feed id (repeatable).")
        parser.add_argument("--force", action="store_true",
                            help="Fetch without conditional headers and apply even an unchanged body.")

    def handle(self, *args, feed=None, force=False, **options):
        ids = feed or due_feed_ids()
        if feed:
            missing = set(feed) - set(CalendarFeed.objects.filter(pk__in=feed).values_list("pk", flat=True))
            if missing:
                raise CommandError(f"No calendar feed with id {', '.join(map(str, sorted(missing)))}.")
        if not ids:
            self.stdout.write("No enabled calendar feeds.")
            return
        failed = 0
        for feed_id in ids:
            name = CalendarFeed.objects.values_list("name", flat=True).get(pk=feed_id)
            try:
                result = sync_feed(feed_id, force=force)
            except FeedUnavailable as exc:
                failed += 1
                self.stderr.write(f"#{feed_id} {name}: unavailable, try again later: {exc}")
                continue
            line = f"#{feed_id} {name}: {result.summary()}"
            if result.error:
                failed += 1
                self.stderr.write(line)
            else:
                self.stdout.write(line)
            for entry in result.skipped[:20]:
                self.stdout.write(f"    skipped {entry}")
        if failed:
            raise CommandError(f"{failed} of {len(ids)} feeds failed.")

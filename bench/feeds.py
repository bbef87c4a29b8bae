"""Calendar feed sync: the first sync of a generated 5,000-event feed, as a
ratio against parsing the same file with icalendar alone, and an unchanged
re-sync as a ratio against the first sync. Same run, same machine.

    DATABASE_URL=postgres://... .venv/bin/python bench/feeds.py [--events 5000] [--repeat 3]

Aims (issue 5): first sync within 3x the bare parse; unchanged re-sync under
5% of the first. The feed is served over HTTP on loopback, as a partner's host
would serve it; the run uses a throwaway test database.
"""

import argparse
import os
import random
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")
os.environ["CALENDAR_FEEDS_ALLOW_PRIVATE"] = "1"

import logging  # noqa: E402

import django  # noqa: E402

django.setup()
logging.disable(logging.INFO)  # page and sync log lines would drown the figures

import icalendar  # noqa: E402
from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402


def generate_feed(count: int, seed: int = 7) -> bytes:
    """A partner city's calendar: mostly one-off events over the coming year,
    one in twenty a weekly series (10 times) with a moved date, in two zones,
    with folded long descriptions and non-ASCII text."""
    rng = random.Random(seed)
    now = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//bench//feeds//EN", "X-WR-CALNAME:Kaniv city"]
    for zone in ("Europe/Kyiv", "America/Los_Angeles"):
        lines.append(icalendar.Timezone.from_tzid(zone).to_ical().decode().strip())
    for number in range(count):
        zone = "Europe/Kyiv" if number % 3 else "America/Los_Angeles"
        start = (now + timedelta(days=rng.randrange(-30, 365), hours=rng.randrange(0, 12))).replace(tzinfo=None)
        end = start + timedelta(minutes=rng.choice([60, 90, 120]))
        uid = f"event-{number}@kaniv.example"
        lines += ["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20250101T000000Z", f"SEQUENCE:{rng.randrange(0, 3)}",
                  f"DTSTART;TZID={zone}:{start:%Y%m%dT%H%M%S}", f"DTEND;TZID={zone}:{end:%Y%m%dT%H%M%S}",
                  f"SUMMARY:Засідання комітету №{number} – міська рада Канева",
                  "DESCRIPTION:" + ("Порядок денний: культурний обмін\\, молодіжні програми. " * 3).strip(),
                  "LOCATION:Міська рада\\, вул. Шевченка 1\\, Канів"]
        series = number % 20 == 0
        if series:
            lines.append("RRULE:FREQ=WEEKLY;COUNT=10")
        lines.append("END:VEVENT")
        if series:
            moved_from = start + timedelta(weeks=2)
            lines += ["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20250101T000000Z",
                      f"RECURRENCE-ID;TZID={zone}:{moved_from:%Y%m%dT%H%M%S}",
                      f"DTSTART;TZID={zone}:{moved_from + timedelta(days=1):%Y%m%dT%H%M%S}",
                      f"DTEND;TZID={zone}:{moved_from + timedelta(days=1, hours=1):%Y%m%dT%H%M%S}",
                      f"SUMMARY:Засідання комітету №{number} (перенесено)", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    body = "\r\n".join(lines) + "\r\n"
    return icalendar.Calendar.from_ical(body).to_ical()  # folded as a producer would


def bare_parse(body: bytes) -> int:
    cal = icalendar.Calendar.from_ical(body)
    return len(cal.walk("VEVENT"))


def timed(function, *args):
    start = time.perf_counter()
    value = function(*args)
    return time.perf_counter() - start, value


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from wagtail.models import Site

    from events.models import CalendarFeed, EventIndexPage, ImportedEvent
    from events.sync import sync_feed
    from tests.events.httpserver import CalendarHost

    settings.CALENDAR_FEEDS_ALLOW_PRIVATE = True
    body = generate_feed(args.events)
    print(f"feed: {args.events} VEVENTs, {len(body) / 1e6:.1f} MB, database: {connection.vendor}")

    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    try:
        home = Site.objects.get(is_default_site=True).root_page
        index = home.add_child(instance=EventIndexPage(title="Events", slug="events"))
        with CalendarHost() as host:
            host.serve_ics("/etag.ics", body, etag='"v1"')
            host.serve_ics("/plain.ics", body)
            feed = CalendarFeed.objects.create(name="Kaniv", url=host.url("/etag.ics"), index=index)
            plain = CalendarFeed.objects.create(name="Kaniv (no validators)", url=host.url("/plain.ics"), index=index)
            parse_times, first_times, resync_304, resync_hash = [], [], [], []
            rows = 0
            for _ in range(args.repeat):
                seconds, events = timed(bare_parse, body)
                parse_times.append(seconds)
                for each in (feed, plain):
                    ImportedEvent.objects.filter(feed=each).delete()
                    CalendarFeed.objects.filter(pk=each.pk).update(etag="", body_hash="", last_modified_header="")
                seconds, result = timed(sync_feed, feed.pk)
                first_times.append(seconds)
                rows = result.created
                sync_feed(plain.pk)
                resync_304.append(timed(sync_feed, feed.pk)[0])
                resync_hash.append(timed(sync_feed, plain.pk)[0])
                assert ImportedEvent.objects.filter(feed=feed).count() == rows
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)

    parse_s, first_s = statistics.median(parse_times), statistics.median(first_times)
    r304, rhash = statistics.median(resync_304), statistics.median(resync_hash)
    print(f"bare icalendar parse ({events} VEVENTs):  {parse_s * 1000:8.0f} ms   (baseline)")
    print(f"first sync ({rows} occurrences written): {first_s * 1000:8.0f} ms   {first_s / parse_s:5.2f}x parse"
          f"   aim <= 3x: {'ok' if first_s <= 3 * parse_s else 'MISSED'}")
    print(f"unchanged re-sync, 304 on ETag:        {r304 * 1000:8.1f} ms   {100 * r304 / first_s:5.2f}% of first"
          f"   aim < 5%: {'ok' if r304 < 0.05 * first_s else 'MISSED'}")
    print(f"unchanged re-sync, same body hash:     {rhash * 1000:8.1f} ms   {100 * rhash / first_s:5.2f}% of first"
          f"   aim < 5%: {'ok' if rhash < 0.05 * first_s else 'MISSED'}")
    print(f"(median of {args.repeat} runs)")


if __name__ == "__main__":
    main()

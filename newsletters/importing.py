"""Moving a list in and out: CSV with columns email,language,timezone,follows
(follows: `newsletter`, `meetings` or committee slugs, separated by `;`)."""

import csv
import io
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone

from core.spreadsheets import defuse_cell
from people.models import Committee

from .models import Subscriber, Suppression, normalize_email, valid_time_zone

COLUMNS = ["email", "language", "timezone", "follows"]


@dataclass
class ImportReport:
    imported: int = 0
    problems: list[tuple[int, str]] = field(default_factory=list)


def _language(value: str) -> str | None:
    codes = {code.lower(): code for code, _ in settings.LANGUAGES}
    value = (value or "").strip().lower().replace("_", "-")
    if not value:
        return settings.LANGUAGE_CODE
    return codes.get(value) or codes.get(value.split("-")[0])


def import_csv(stream: io.TextIOBase, *, source: str, dry_run: bool = False) -> ImportReport:
    """Import good rows, report bad ones by line. Imported subscribers are
    confirmed: their consent came with the list, recorded as imported. An
    address already known (including one that unsubscribed or bounced) is
    left as it is."""
    report = ImportReport()
    reader = csv.DictReader(stream)
    headers = [h.strip().lower() for h in (reader.fieldnames or [])]
    if "email" not in headers:
        report.problems.append((1, f"the first line must name the columns {','.join(COLUMNS)}"))
        return report
    reader.fieldnames = headers
    committees = dict(Committee.objects.values_list("slug", "pk"))
    known = {e.lower() for e in Subscriber.objects.values_list("email", flat=True)}
    known |= {e.lower() for e in Suppression.objects.values_list("email", flat=True)}
    seen: dict[str, int] = {}
    good: list[tuple[Subscriber, list[int]]] = []
    now = timezone.now()
    for row in reader:
        line = reader.line_num
        if None in row:
            report.problems.append((line, "more cells than columns"))
            continue
        email = normalize_email(row.get("email") or "")
        try:
            validate_email(email)
        except ValidationError:
            report.problems.append((line, f"{row.get('email')!r} is not a valid email address"))
            continue
        if email in seen:
            report.problems.append((line, f"{email} is a duplicate of line {seen[email]}"))
            continue
        seen[email] = line
        if email in known:
            report.problems.append(
                (line, f"{email} is already known (subscribed, unsubscribed or bounced): left as it is"))
            continue
        language = _language(row.get("language") or "")
        if language is None:
            report.problems.append((line, f"unknown language {row.get('language')!r}"))
            continue
        zone = (row.get("timezone") or "").strip() or "UTC"
        if not valid_time_zone(zone):
            report.problems.append((line, f"unknown time zone {zone!r}"))
            continue
        follows = [f.strip().lower() for f in (row.get("follows") or "newsletter").split(";") if f.strip()]
        unknown = [f for f in follows if f not in ("newsletter", "meetings") and f not in committees]
        if unknown:
            report.problems.append((line, f"unknown committee {', '.join(unknown)} in follows"))
            continue
        if not follows:
            report.problems.append((line, "follows nothing"))
            continue
        subscriber = Subscriber(
            email=email, language=language, time_zone=zone, status=Subscriber.Status.CONFIRMED,
            follows_newsletter="newsletter" in follows, follows_all_meetings="meetings" in follows,
            consent_method=Subscriber.ConsentMethod.IMPORT, consent_at=now, confirmed_at=now,
            consent_text=f"Imported from {source} (consent given to the previous list)"[:1000],
            consent_language=language,
        )
        good.append((subscriber, [committees[f] for f in follows if f in committees]))
    if dry_run:
        report.imported = len(good)
        return report
    with transaction.atomic():
        created = Subscriber.objects.bulk_create([s for s, _ in good], batch_size=1000)
        through = Subscriber.committees.through
        through.objects.bulk_create([
            through(subscriber_id=s.pk, committee_id=c) for s, (_, ids) in zip(created, good, strict=True)
            for c in ids], batch_size=1000)
    report.imported = len(created)
    return report


def _cell(value) -> str:
    return defuse_cell("" if value is None else str(value))


EXPORT_COLUMNS = COLUMNS + ["status", "consent_method", "consent_at", "consent_ip", "confirmed_at",
                            "withdrawn_at", "withdrawn_method"]


def export_csv(out: io.TextIOBase, subscribers=None) -> int:
    subscribers = subscribers if subscribers is not None else Subscriber.objects.all()
    writer = csv.writer(out)
    writer.writerow(EXPORT_COLUMNS)
    n = 0
    for s in subscribers.order_by("pk").prefetch_related("committees").iterator(chunk_size=2000):
        writer.writerow([_cell(v) for v in (
            s.email, s.language, s.time_zone, ";".join(s.follow_keys()), s.status, s.consent_method,
            s.consent_at and s.consent_at.isoformat(), s.consent_ip, s.confirmed_at and s.confirmed_at.isoformat(),
            s.withdrawn_at and s.withdrawn_at.isoformat(), s.withdrawn_method)])
        n += 1
    return n

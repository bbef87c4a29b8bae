"""What a notice says: subject, HTML and text in the recipient's language
and zone, the .ics attachment, and the recipient's own links."""

import json
from dataclasses import dataclass
from datetime import date
from email.mime.text import MIMEText
from email.utils import parseaddr

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.translation import pgettext
from wagtail.models import Locale

from events import dates
from events.ics import cancel_bytes, event_bytes
from events.models import EventPage, EventStatus
from events.recurrence import describe
from events.zones import UTC, get_zone
from newsletters.messages import (
    PREFERENCES,
    UNSUBSCRIBE,
    _inliner,
    links_for,
    list_headers,
    mail_domain,
    person_links,
    token_url,
)
from newsletters.text import html_to_text
from registrations.tokens import make_token

from .keys import NoticeKey
from .models import MeetingNotice

Notice = MeetingNotice.Kind


def when(info: dict, recipient_zone: str) -> dict:
    """The time in the recipient's zone, and in the event's own zone when
    that is another one."""
    own = dates.span(info, recipient_zone)
    event = dates.span(info, info["zone"]) if recipient_zone != info["zone"] and not info.get("all_day") else ""
    return {"local": own, "event": event if event != own else ""}


def _title(page: EventPage, language: str) -> str:
    if page is None:
        return ""
    locale = Locale.objects.filter(language_code=language).first()
    translated = page.get_translation_or_none(locale) if locale and locale.pk != page.locale_id else None
    return translated.title if translated is not None and translated.live else page.title


def _field_label(name: str) -> str:
    labels = {
        "start": pgettext("meeting notice", "When"),
        "end": pgettext("meeting notice", "When"),
        "venue_name": pgettext("meeting notice", "Venue"),
        "venue_address": pgettext("meeting notice", "Address"),
        "virtual_url": pgettext("meeting notice", "Virtual meeting link"),
        "status": pgettext("meeting notice", "Status"),
    }
    return labels[name]


def _status_label(status: str) -> str:
    return str(EventStatus(status).label) if status in EventStatus.values else status


def _schedule_text(schedule: dict | None) -> str:
    if not schedule:
        return pgettext("meeting notice", "Does not repeat")
    return describe(schedule["repeat"], date.fromisoformat(schedule["start_date"]), interval=schedule["interval"],
                    ordinal=schedule["ordinal"])


# A series' own fields, as the rows of its change notice: its time of day,
# length and zone are one row ("When"), its schedule another.
SERIES_ROWS = {"start_time": "start", "end_time": "start", "end_date": "start", "time_zone": "start",
               "rrule": "schedule", "start_date": "schedule"}
# A single date's start and end are one row.
DATE_ROWS = {"end": "start"}


def _changes(details: dict, zone_name: str) -> list[dict]:
    """The rows of a change notice: what it was, what it is."""
    series = details.get("series")
    rows_of, time_text = (SERIES_ROWS, dates.span_times) if series else (DATE_ROWS, dates.span)
    old, new = details["old"], details["new"]
    rows, seen = [], set()
    for name in details.get("fields", []):
        row = rows_of.get(name, name)
        if row in seen:
            continue
        seen.add(row)
        if row == "schedule":
            schedule = details.get("schedule") or {}
            rows.append({"label": pgettext("meeting notice", "Schedule"),
                         "old": _schedule_text(schedule.get("old")), "new": _schedule_text(schedule.get("new"))})
        elif row == "start":
            rows.append({"label": _field_label("start"), "old": time_text(old, zone_name),
                         "new": time_text(new, zone_name)})
        elif row == "status":
            rows.append({"label": _field_label(row), "old": _status_label(old["status"]),
                         "new": _status_label(new["status"])})
        else:
            rows.append({"label": _field_label(row), "old": old.get(row) or "–", "new": new.get(row) or "–"})
    return rows


def _subject(kind: str, title: str, when_text: str, from_date: str = "") -> str:
    if kind == Notice.CHANGE and from_date:
        return pgettext("meeting notice", "Changed from %(date)s: %(title)s") % {"title": title, "date": from_date}
    if kind == Notice.REMINDER:
        return pgettext("meeting notice", "Reminder: %(title)s, %(when)s") % {"title": title, "when": when_text}
    if kind == Notice.CHANGE:
        return pgettext("meeting notice", "Changed: %(title)s, %(when)s") % {"title": title, "when": when_text}
    return pgettext("meeting notice", "Cancelled: %(title)s, %(when)s") % {"title": title, "when": when_text}


def _page_url(page: EventPage) -> str:
    """The meeting's page on its own site (scheme, host and port of its Site)."""
    if page is None or not page.live:
        return ""
    return page.get_full_url() or ""


def notice_ics(notice: MeetingNotice, url: str, sender: str) -> tuple[bytes, str]:
    """The attachment: the event as the site's feed has it (PUBLISH), or a
    CANCEL of the occurrence (or the whole series), same UID, higher SEQUENCE."""
    page = notice.page
    if notice.kind != Notice.CANCELLATION and page is not None and page.live:
        return event_bytes(page, url), "PUBLISH"
    info = notice.details.get("old") or notice.details.get("occurrence")
    # Unpublishing does not raise the page's SEQUENCE: a cancel must be newer.
    sequence = (page.sequence if page is not None else 0) + (0 if page is not None and page.live else 1)
    ics = cancel_bytes(info, uid=NoticeKey.parse(notice.occurrence_key).uid, sequence=sequence,
                       organizer=parseaddr(sender)[1], whole_series=bool(notice.details.get("series")))
    return ics, "CANCEL"


def _reason(notice: MeetingNotice) -> str:
    committee = notice.committee.label if notice.committee else ""
    if notice.registration_id:
        return pgettext("meeting notice", "You receive this because you registered for this meeting.")
    if notice.person_id and committee:
        return pgettext("meeting notice", "You receive this because you sit on the %(committee)s or the board."
                        ) % {"committee": committee}
    if notice.person_id:
        return pgettext("meeting notice", "You receive this because you sit on the board.")
    if committee:
        return pgettext("meeting notice", "You receive this because you follow the meetings of the %(committee)s."
                        ) % {"committee": committee}
    return pgettext("meeting notice", "You receive this because you follow the association's meetings.")


@dataclass(frozen=True)
class RenderedNotice:
    """A notice as rendered for one language and zone, with stand-ins for
    the recipient's own links (recipients of one run share all the rest)."""

    subject: str
    html: str
    text: str


def render_notice(notice: MeetingNotice, site_name: str = "") -> RenderedNotice:
    page = notice.page
    info = (notice.details.get("new") or notice.details.get("old")) if notice.kind != Notice.REMINDER \
        else notice.details["occurrence"]
    subscriber = bool(notice.subscriber_id)
    with translation.override(notice.language), timezone.override(get_zone(notice.time_zone) or UTC):
        title = _title(page, notice.language) or info["title"]
        times = when(info, notice.time_zone)
        series_change = notice.kind == Notice.CHANGE and notice.details.get("series")
        from_date = dates.span_day(info, notice.time_zone) if series_change else ""
        context = {
            "notice": notice, "title": title, "when": times, "info": info, "url": _page_url(page),
            "committee": notice.committee.label if notice.committee else "",
            "days": notice.details.get("days"),
            "changes": _changes(notice.details, notice.time_zone) if notice.kind == Notice.CHANGE else [],
            "series": notice.details.get("series", False), "from_date": from_date,
            "reason": _reason(notice), "site_name": site_name or settings.WAGTAIL_SITE_NAME,
            "unsubscribe_url": UNSUBSCRIBE if subscriber or notice.person_id else "",
            "registration_url": UNSUBSCRIBE if notice.registration_id and not subscriber else "",
            "preferences_url": PREFERENCES if subscriber else "",
        }
        subject = _subject(notice.kind, title, times["local"], from_date)
        html = render_to_string(f"notices/email/{notice.kind}.html", context)
    return RenderedNotice(subject, _inliner.inline(html), html_to_text(html))


def _render_key(notice: MeetingNotice) -> tuple:
    return (notice.kind, notice.language, notice.time_zone, bool(notice.subscriber_id), notice.person_id is None,
            notice.registration_id is None, json.dumps(notice.details, sort_keys=True))


def notice_message(notice: MeetingNotice, *, sender: str, root: str, message_id: str, connection=None,
                   cache: dict | None = None) -> EmailMultiAlternatives:
    """One notice as an email in the recipient's language and zone, with the
    .ics attachment and the list headers of newsletters. `cache` (one per
    chunk) keeps what recipients of a run share: rendered once, not 50 times."""
    cache = {} if cache is None else cache
    key = _render_key(notice)
    if key not in cache:
        cache[key] = render_notice(notice, parseaddr(sender)[0])
    rendered = cache[key]
    ics_key = ("ics", notice.kind, notice.page.sequence if notice.page else None, key[-1])
    if ics_key not in cache:
        cache[ics_key] = notice_ics(notice, _page_url(notice.page), sender)
    ics, method = cache[ics_key]
    html, text = rendered.html, rendered.text
    headers = {"Auto-Submitted": "auto-generated", "Content-Language": notice.language}
    if notice.subscriber_id and notice.subscriber is not None:
        links = links_for(notice.subscriber, root)
        html = html.replace(UNSUBSCRIBE, escape(links.unsubscribe)).replace(PREFERENCES, escape(links.preferences))
        text = text.replace(UNSUBSCRIBE, links.unsubscribe).replace(PREFERENCES, links.preferences)
        headers.update(list_headers(links, sender))
    elif notice.person_id:
        links = person_links(notice.person_id, notice.recipient, root)
        html = html.replace(UNSUBSCRIBE, escape(links.unsubscribe))
        text = text.replace(UNSUBSCRIBE, links.unsubscribe)
        headers.update(list_headers(links, sender))
    elif notice.registration_id and notice.registration is not None:
        # A registrant's way out is their own page: change or cancel.
        manage = token_url("registrations:manage", make_token(notice.registration, "manage"), root, notice.language)
        html = html.replace(UNSUBSCRIBE, escape(manage))
        text = text.replace(UNSUBSCRIBE, manage)
    headers["Message-ID"] = f"<{message_id}@{mail_domain(sender)}>"
    message = EmailMultiAlternatives(rendered.subject, text, sender, [notice.recipient], headers=headers,
                                     connection=connection)
    message.attach_alternative(html, "text/html")
    part = MIMEText(ics.decode("utf-8"), "calendar", "utf-8")
    part.set_param("method", method)
    part.add_header("Content-Disposition", "attachment", filename="meeting.ics")
    message.attach(part)
    return message

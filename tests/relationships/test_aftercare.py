"""After the agreement: the annual report falls due on each anniversary of
the signature, a long silence is flagged, and the committee chair hears of
each once, through the beat's daily scan."""

from datetime import date

from django.core import mail

from relationships import aftercare
from relationships.models import Activity, Application
from relationships.notices import send_notice
from tests.relationships.conftest import FIELDS
from worker.celery import app as celery_app


def signed(policy, on=date(2024, 9, 8)) -> Application:
    policy.committee_chair_email = "chair@example.org"
    policy.save()
    return Application.objects.create(policy=policy, stage="signed", agreement_signed_on=on, live=True,
                                      **{k: v for k, v in FIELDS.items()})


def keys(today):
    return [str(item.key) for item in aftercare.due(today)]


def test_the_annual_report_is_due_from_the_anniversary_until_it_is_recorded(policy):
    partnership = signed(policy)
    assert keys(date(2025, 9, 7)) == []
    assert keys(date(2025, 9, 8)) == ["report-due:2025"]
    Activity.objects.create(application=partnership, kind="annual_report", date=date(2025, 9, 20))
    assert keys(date(2025, 10, 1)) == []
    assert keys(date(2026, 9, 8)) == ["report-due:2026"]  # a report a year


def test_a_long_silence_is_flagged_once_per_silence_and_ending_stops_the_alerts(policy):
    partnership = signed(policy)
    Activity.objects.create(application=partnership, kind="annual_report", date=date(2026, 9, 9))
    Activity.objects.create(application=partnership, kind="visit_here", date=date(2025, 1, 10),
                            travellers="The mayor of Zandvoort", gifts="A painting of the dunes, received.")
    assert "inactive:2026-09-09" not in keys(date(2028, 9, 8))
    assert "inactive:2026-09-09" in keys(date(2028, 9, 9))  # 24 months, the policy's default
    Activity.objects.create(application=partnership, kind="ended", date=date(2028, 10, 1))
    assert keys(date(2029, 9, 9)) == []


def test_the_chair_is_told_once_however_often_the_scan_runs(policy):
    partnership = signed(policy)
    [due] = aftercare.due(date(2025, 9, 8))
    assert send_notice(partnership.pk, due.key) == 1
    assert send_notice(partnership.pk, due.key) == 0
    [message] = mail.outbox
    assert message.to == ["chair@example.org"] and "annual report of Zandvoort is due" in message.subject


def test_beat_scans_the_partnerships_daily():
    entry = celery_app.conf.beat_schedule["scan-partnerships"]
    assert entry["task"] == "worker.tasks.relationships.scan_partnerships" and entry["schedule"] == 24 * 3600

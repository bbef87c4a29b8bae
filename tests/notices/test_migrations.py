"""Meeting notices, their scan clock and each site's reminder settings moved
from newsletters/ and events/ into notices/ without a copy."""

from datetime import datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from tests.people.test_migrations import BEFORE_THE_MOVE, migrate


@pytest.mark.django_db(transaction=True)
def test_notice_rows_and_settings_keep_their_rows_and_content_types_when_they_move_app():
    old = migrate(BEFORE_THE_MOVE)
    ContentType = old.get_model("contenttypes", "ContentType")
    notice_type, _created = ContentType.objects.get_or_create(app_label="newsletters", model="meetingnotice")
    settings_type, _created = ContentType.objects.get_or_create(app_label="events", model="meetingnoticesettings")
    last_scan = datetime.fromisoformat("2025-02-01T08:05:00+00:00")
    clock = old.get_model("newsletters", "NoticeScan").objects.create(name="reminders", last_scan_at=last_scan)
    notice = old.get_model("newsletters", "MeetingNotice").objects.create(
        kind="reminder", occurrence_key="uid-1/20250212", variant="1d:2025-02-12", recipient="a@example.org",
        language="fr", time_zone="Europe/Paris", occurrence_start=last_scan)

    new = migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())

    assert new.get_model("notices", "NoticeScan").objects.get(pk=clock.pk).last_scan_at == last_scan
    moved = new.get_model("notices", "MeetingNotice").objects.get(pk=notice.pk)
    assert (moved.occurrence_key, moved.language) == ("uid-1/20250212", "fr")
    types = new.get_model("contenttypes", "ContentType").objects
    assert types.get(pk=notice_type.pk).app_label == "notices"
    assert types.get(pk=settings_type.pk).app_label == "notices"

"""The chapter's tasks are thin: what they hand to chapter.announcements and
chapter.digest, what the listeners enqueue once a row is committed, and
beat's entries. The broker calls are recorded, not made."""

from datetime import timedelta

import pytest
from celery.schedules import crontab
from django.core import mail as outbox
from django.utils import timezone
from wagtail.models import Page

from chapter import announcements
from chapter.models import Announcement, MemberAssociation, MembersPage
from worker.celery import app
from worker.tasks import chapter

pytestmark = pytest.mark.django_db


@pytest.fixture
def enqueued(monkeypatch):
    calls = []
    monkeypatch.setattr(chapter.deliver_announcement_mail, "delay", lambda *args: calls.append(args))
    return calls


@pytest.fixture
def association():
    root = Page.get_first_root_node()
    members = root.add_child(instance=MembersPage(title="Members", slug="members"))
    return MemberAssociation.objects.create(members_page=members, name="Riverside", slug="riverside",
                                            local_city="Riverside")


def announce(association, **fields):
    return Announcement.objects.create(association=association, members_page=association.members_page,
                                       kind="newsletter", language="en", name="Ana", email="ana@example.org",
                                       title="Spring", link="https://example.org/spring.pdf", **fields)


def test_a_new_announcement_and_a_decision_are_enqueued_once_committed(association, enqueued,
                                                                      django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        announcement = announce(association)
    assert enqueued == [(announcement.pk,)]
    with django_capture_on_commit_callbacks(execute=True):
        announcements.reject(announcement.pk, "Not ours")
    assert enqueued == [(announcement.pk,), (announcement.pk,)]


def test_the_delivery_task_sends_what_is_due_and_the_sweep_finds_what_was_left(association, enqueued):
    long_ago = timezone.now() - timedelta(hours=2)
    left = announce(association, received_at=long_ago)
    fresh = announce(association)
    assert chapter.sweep_announcement_mail() == [left.pk]  # a fresh one is its own task's
    assert enqueued == [(left.pk,)]
    assert chapter.deliver_announcement_mail.apply(args=[left.pk]).get() is True
    assert [m.to for m in outbox.outbox] == [["ana@example.org"]]
    assert chapter.sweep_announcement_mail() == [] and fresh.pk not in chapter.sweep_announcement_mail()


def test_beat_sweeps_the_mail_and_prepares_the_digest_on_the_first_of_the_month():
    assert app.conf.beat_schedule["sweep-announcement-mail"]["task"] == "worker.tasks.mail.sweep_announcement_mail"
    digest = app.conf.beat_schedule["prepare-chapter-digest"]
    assert digest["task"] == "worker.tasks.chapter.prepare_monthly_digest"
    assert digest["schedule"] == crontab(minute=0, hour=6, day_of_month=1)
    assert chapter.prepare_monthly_digest() == []  # no chapter has an archive here: nothing, no error

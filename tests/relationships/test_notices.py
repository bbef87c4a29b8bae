"""Each step tells the next group, the applicant hears each outcome, each in
their own language, and each notice goes once however often its task runs."""

from datetime import date

from django.core import mail
from wagtail.users.models import UserProfile

from relationships.keys import Kind, NoticeKey
from relationships.models import SentNotice
from relationships.models.review import cast, close_vote
from relationships.notices import send_notice
from tests.relationships.conftest import file_application


def test_the_applicant_is_confirmed_once_in_their_language_with_their_link(policy, staff, notices):
    application = file_application(policy, language="fr")
    assert send_notice(application.pk, NoticeKey.received()) == 1
    assert send_notice(application.pk, NoticeKey.received()) == 0  # the task ran twice: one mail
    [message] = mail.outbox
    assert message.to == ["marta@example.org"]
    assert message.extra_headers["Content-Language"] == "fr"
    assert "/fr/sister-city-application/follow/" in message.body
    assert "Zandvoort" in message.subject
    assert SentNotice.objects.get().sent_at is not None


def test_the_next_group_is_told_each_member_in_their_own_language(policy, staff, notices):
    application = file_application(policy)
    director_step = application.current_workflow_task_state
    application.current_workflow_task_state.approve(user=staff["director"][0])
    commission_key = next(key for _pk, key in notices if key.kind == Kind.TASK and key != NoticeKey.task(
        director_step.pk))
    UserProfile.objects.update_or_create(user=staff["commission"][0], defaults={"preferred_language": "ja"})
    assert send_notice(application.pk, commission_key) == 7
    assert send_notice(application.pk, commission_key) == 0
    languages = {message.to[0]: message.extra_headers["Content-Language"] for message in mail.outbox}
    assert languages["commissioner-1@pinole.localhost"] == "ja"
    assert languages["commissioner-2@pinole.localhost"] == "en"
    assert all("/admin/snippets/relationships/application/edit/" in m.body for m in mail.outbox)


def test_the_applicant_hears_the_return_with_the_comment_and_the_commission_count(policy, staff, notices):
    application = file_application(policy)
    returned = application.current_workflow_task_state
    returned.reject(user=staff["director"][0], comment="Please add the distance to Amsterdam.")
    send_notice(application.pk, NoticeKey.outcome(returned.pk))
    assert "Please add the distance to Amsterdam." in mail.outbox[-1].body

    application.refresh_from_db()
    application.current_workflow_state.resume(user=None)
    application.refresh_from_db()
    application.current_workflow_task_state.approve(user=staff["director"][0])
    application.refresh_from_db()
    vote = application.current_workflow_task_state
    for member, choice in zip(staff["commission"], ["aye"] * 5 + ["no"], strict=False):
        cast(vote, application, member, choice)
    close_vote(vote.task.specific, vote, application, staff["commission"][0], date(2024, 4, 10), "Recommend.")
    send_notice(application.pk, NoticeKey.outcome(vote.pk))
    assert "recommended it (5-1 (1 absent))" in mail.outbox[-1].body
    assert [key for _pk, key in notices].count(NoticeKey.outcome(vote.pk)) == 1

"""The review through Wagtail's workflow: the Director returns or approves,
each Commission member votes once, the vote needs the policy's quorum, the
Council's resolution is recorded, and the signed agreement publishes the
application and puts the partnership in the directory."""

from datetime import date

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.documents.models import Document
from wagtail.models import TaskState, WorkflowState

from cities.models import CityProfilePage
from relationships import applying, record
from relationships.choices import Stage
from relationships.keys import NoticeKey
from relationships.models import Application, CommissionDecision, CommissionVote, CouncilResolution
from relationships.models.review import cast, close_vote
from tests.relationships.conftest import file_application, pdf


def current(application):
    application.refresh_from_db()
    return application.current_workflow_task_state.specific


def at_commission(application, staff):
    current(application).approve(user=staff["director"][0])
    return current(application)


def test_filing_starts_the_review_at_the_director_and_asks_for_the_notices(policy, staff, notices):
    application = file_application(policy)
    task_state = current(application)
    assert application.stage == Stage.DIRECTOR and not application.live
    assert task_state.task.name == "Director review"
    assert [c["status"] for c in application.criteria_on_submit] == ["met", "met", "met", "met"]
    assert notices == [(application.pk, NoticeKey.received()), (application.pk, NoticeKey.task(task_state.pk))]


def test_a_returned_application_keeps_what_was_typed_and_goes_back_to_the_director(policy, staff, notices):
    application = file_application(policy, first_year_plan="A school letter exchange.")
    returned = current(application)
    returned.reject(user=staff["director"][0], comment="Please add the distance to Amsterdam.")
    application.refresh_from_db()
    assert application.stage == Stage.RETURNED and applying.can_resubmit(application)
    assert application.first_year_plan == "A school letter exchange."
    assert record.return_comment(application) == "Please add the distance to Amsterdam."
    assert (application.pk, NoticeKey.outcome(returned.pk)) in notices

    application.metropolis_evidence = "About 25 km west of Amsterdam."
    applying.resubmit(application)
    again = current(application)
    assert application.stage == Stage.DIRECTOR and again.pk != returned.pk
    assert again.task_id == returned.task_id
    assert application.workflow_states.count() == 1  # the same review, resumed
    assert (application.pk, NoticeKey.task(again.pk)) in notices


def test_a_member_votes_once_and_only_members_vote(policy, staff):
    application = file_application(policy)
    task_state = at_commission(application, staff)
    member, task = staff["commission"][0], task_state.task.specific
    assert ("vote", "Cast your vote", True) in task.get_actions(application, member)
    assert cast(task_state, application, member, "aye")
    assert not cast(task_state, application, member, "no")  # a second vote changes nothing
    assert list(CommissionVote.objects.filter(member=member).values_list("vote", flat=True)) == ["aye"]
    assert "vote" not in [name for name, *_ in task.get_actions(application, member)]
    # The Director is no member: no vote, and on_action refuses one too.
    director = staff["director"][0]
    assert task.get_actions(application, director) == []
    task.on_action(task_state, director, "vote", vote="no")
    assert CommissionVote.objects.count() == 1


def test_the_vote_closes_only_with_the_quorum_and_records_who_was_absent(policy, staff):
    application = file_application(policy)
    task_state = at_commission(application, staff)
    task, members = task_state.task.specific, staff["commission"]
    for member in members[:3]:
        cast(task_state, application, member, "aye")
    assert "close" not in [name for name, *_ in task.get_actions(application, members[0])]
    assert close_vote(task, task_state, application, members[0], date(2024, 4, 10), "Recommend it.") is None
    assert current(application).pk == task_state.pk  # still voting

    cast(task_state, application, members[3], "aye")
    cast(task_state, application, members[4], "aye")
    cast(task_state, application, members[5], "no")
    assert "close" in [name for name, *_ in task.get_actions(application, members[0])]
    decision = close_vote(task, task_state, application, members[0], date(2024, 4, 10), "Recommend it.")
    assert (decision.ayes, decision.noes, decision.abstentions, decision.absent, decision.passed) == (5, 1, 0, 1, True)
    assert CommissionVote.objects.get(member=members[6]).vote == "absent"
    assert current(application).task.name == "City Council adoption"
    assert application.stage == Stage.COUNCIL
    # Closing twice decides nothing more.
    assert close_vote(task, task_state, application, members[0], date(2024, 4, 11), "Again.") is None
    assert CommissionDecision.objects.count() == 1


def test_a_vote_that_fails_ends_the_application_as_not_approved(policy, staff, notices):
    application = file_application(policy)
    task_state = at_commission(application, staff)
    task, members = task_state.task.specific, staff["commission"]
    for member, vote in zip(members[:5], ["aye", "aye", "no", "no", "no"], strict=True):
        cast(task_state, application, member, vote)
    decision = close_vote(task, task_state, application, members[0], date(2024, 4, 10), "Recommend it.")
    application.refresh_from_db()
    assert not decision.passed and application.stage == Stage.DENIED
    assert not applying.can_resubmit(application)
    assert TaskState.objects.get(pk=task_state.pk).status == TaskState.STATUS_REJECTED
    assert (application.pk, NoticeKey.outcome(task_state.pk)) in notices


def walk_to_agreement(application, staff):
    task_state = at_commission(application, staff)
    for member, vote in zip(staff["commission"], ["aye"] * 5 + ["no"], strict=False):
        cast(task_state, application, member, vote)
    close_vote(task_state.task.specific, task_state, application, staff["commission"][0], date(2024, 4, 10),
               "Recommend Zandvoort.")
    council = current(application)
    council.task.specific.on_action(council, staff["clerk"][0], "adopt", number="24-010",
                                    adopted_on=date(2024, 5, 7), ayes=5, noes=0, abstentions=0, absent=0)
    return current(application)


def test_the_signed_agreement_publishes_the_application_and_adds_a_friendship_city(policy, staff, directory):
    application = file_application(policy)
    application.submitted_at = application.submitted_at.replace(year=2024, month=3, day=4)
    application.save()
    agreement = walk_to_agreement(application, staff)
    clerk, task = staff["clerk"][0], agreement.task.specific
    assert application.stage == Stage.AGREEMENT and CouncilResolution.objects.get().number == "24-010"
    # Nothing to record until the PDF, its date and both signatories are saved.
    assert [name for name, *_ in task.get_actions(application, clerk)] == ["reject"]
    application.agreement_document = Document.objects.create(title="Agreement", file=pdf("agreement.pdf"))
    application.agreement_signed_on = date(2024, 9, 8)
    application.local_signatory, application.foreign_signatory = "Mayor of Pinole", "Mayor of Zandvoort"
    application.save()
    application.save_revision(user=clerk)
    assert [name for name, *_ in task.get_actions(application, clerk)] == ["reject", "approve"]
    agreement.approve(user=clerk)

    application.refresh_from_db()
    assert application.stage == Stage.SIGNED and application.live
    assert application.current_workflow_state is None
    assert WorkflowState.objects.get().status == WorkflowState.STATUS_APPROVED
    city = CityProfilePage.objects.child_of(directory).live().get()
    assert application.city_page_id == city.pk
    assert (city.title, city.status, city.local_city, city.started) == (
        "Zandvoort", "friendship", "Pinole", date(2024, 9, 8))
    assert city.body[0].value["document"].pk == application.agreement_document_id
    assert record.sentence(application) == (
        "Applied March 4, 2024; Commission recommended 5-1 (1 absent) on April 10, 2024; Council adopted "
        "Resolution 24-010 on May 7, 2024; agreement signed Sept. 8, 2024.")


@pytest.mark.parametrize("language, expected", [
    ("fr", "8 septembre 2024"), ("ja", "2024年9月8日"),
])
def test_the_record_dates_follow_the_readers_language(policy, staff, language, expected):
    application = file_application(policy)
    Application.objects.filter(pk=application.pk).update(stage=Stage.SIGNED, agreement_signed_on=date(2024, 9, 8))
    application.refresh_from_db()
    with translation.override(language):
        assert expected in record.sentence(application)


def test_a_commissioner_votes_through_the_admins_workflow_action(client, policy, staff):
    application = file_application(policy)
    task_state = at_commission(application, staff)
    member = staff["commission"][1]
    client.force_login(member)
    url = reverse("wagtailsnippets_relationships_application:workflow_action",
                  args=[application.pk, "vote", task_state.pk])
    assert client.get(url).status_code == 200
    client.post(url, {"vote": "abstain"})
    client.post(url, {"vote": "aye"})  # a second post is refused (the action is no longer offered)
    assert list(CommissionVote.objects.values_list("member_id", "vote")) == [(member.pk, "abstain")]

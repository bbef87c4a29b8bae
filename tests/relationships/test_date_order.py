"""An application's dates keep their order: applied, the Commission's
meeting, the Council's adoption, the signature. A date typed too early is
refused where it is typed (the step's modal, the editor's form) with a clear
message and everything typed kept; the step records nothing."""

import json
from datetime import date, datetime, time, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from relationships import demo_data
from relationships.models import CommissionDecision, CouncilResolution
from relationships.models.review import cast, close_vote
from tests.relationships.conftest import file_application
from tests.relationships.test_workflow import at_commission, current

APPLIED = date(2025, 3, 4)
XHR = {"HTTP_X_REQUESTED_WITH": "XMLHttpRequest"}


def filed(policy, staff):
    return file_application(policy, applied=timezone.make_aware(datetime.combine(APPLIED, time(10))))


def quorum(application, staff):
    task_state = at_commission(application, staff)
    for member in staff["commission"][:5]:
        cast(task_state, application, member, "aye")
    return task_state


def modal(client, application, action, task_state, data):
    url = reverse("wagtailsnippets_relationships_application:collect_workflow_action_data",
                  args=[application.pk, action, task_state.pk])
    response = client.post(url, data, **XHR)
    assert response.status_code == 200
    return json.loads(response.content)


def test_a_meeting_before_the_application_is_refused_in_the_modal_with_the_motion_kept(client, policy, staff):
    application = filed(policy, staff)
    task_state = quorum(application, staff)
    client.force_login(staff["commission"][0])
    answer = modal(client, application, "close", task_state,
                   {"meeting_date": "2024-04-10", "motion": "Recommend Zandvoort to the City Council."})
    assert answer["step"] == "action"  # the modal again, not "success"
    assert "The meeting cannot be before the application: it was filed on March 4, 2025." in answer["html"]
    assert "Recommend Zandvoort to the City Council." in answer["html"]
    assert 'value="2024-04-10"' in answer["html"]
    answer = modal(client, application, "close", task_state, {"meeting_date": "2025-04-10", "motion": "Recommend."})
    assert answer["step"] == "success"


def test_the_step_records_no_meeting_before_the_application(policy, staff):
    application = filed(policy, staff)
    task_state = quorum(application, staff)
    with pytest.raises(ValidationError):
        close_vote(task_state.task.specific, task_state, application, staff["commission"][0], date(2024, 4, 10),
                   "Recommend it.")
    assert not CommissionDecision.objects.exists() and current(application).pk == task_state.pk


def at_council(application, staff):
    task_state = quorum(application, staff)
    close_vote(task_state.task.specific, task_state, application, staff["commission"][0], date(2025, 4, 10),
               "Recommend it.")
    return current(application)


def test_an_adoption_before_the_commissions_vote_is_refused_with_what_was_typed_kept(client, policy, staff):
    application = filed(policy, staff)
    council = at_council(application, staff)
    client.force_login(staff["clerk"][0])
    typed = {"number": "25-010", "adopted_on": "2025-04-01", "ayes": "5", "noes": "0", "abstentions": "0",
             "absent": "0"}
    answer = modal(client, application, "adopt", council, typed)
    assert answer["step"] == "action"
    assert "The Council cannot adopt it before the Commission&#x27;s vote on April 10, 2025." in answer["html"]
    assert 'value="25-010"' in answer["html"]
    with pytest.raises(ValidationError):
        council.task.specific.on_action(council, staff["clerk"][0], "adopt", number="25-010",
                                        adopted_on=date(2025, 4, 1), ayes=5, noes=0, abstentions=0, absent=0)
    assert not CouncilResolution.objects.exists()
    assert modal(client, application, "adopt", council, {**typed, "adopted_on": "2025-05-07"})["step"] == "success"


def test_a_signature_before_the_adoption_is_refused_in_the_editor(client, policy, staff):
    application = filed(policy, staff)
    council = at_council(application, staff)
    council.task.specific.on_action(council, staff["clerk"][0], "adopt", number="25-010",
                                    adopted_on=date(2025, 5, 7), ayes=5, noes=0, abstentions=0, absent=0)
    application.refresh_from_db()
    application.agreement_signed_on = date(2025, 5, 1)
    with pytest.raises(ValidationError) as refused:
        application.full_clean()
    assert refused.value.message_dict["agreement_signed_on"] == [
        "The agreement cannot be signed before the Council adopted it on May 7, 2025."]
    application.agreement_signed_on = date(2025, 5, 7)
    application.full_clean()


def test_the_demos_dates_keep_their_order():
    for spec in demo_data.APPLICATIONS:
        dates = [date.fromisoformat(spec["applied"])]
        if "commission" in spec:
            dates.append(date.fromisoformat(spec["commission"]["date"]))
        if "council" in spec:
            dates.append(date.fromisoformat(spec["council"]["adopted_on"]))
        if "agreement" in spec:
            dates.append(date.fromisoformat(spec["agreement"]["signed_on"]))
        dates += sorted(entry["date"] for entry in spec.get("activities", []))
        assert dates == sorted(dates), spec["city"]
        assert dates[-1] <= date.today() + timedelta(days=1), spec["city"]

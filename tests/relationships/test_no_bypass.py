"""The City Clerk holds the permission to publish applications so that the
workflow's last step can publish; it is no way around the review. The
editor's action menu offers no plain Publish to anyone but a superuser, and
a hand-made POST asking to publish is refused."""

from django.contrib.auth import get_user_model
from django.urls import reverse

from relationships.models import Application
from tests.relationships.conftest import file_application
from tests.relationships.test_workflow import walk_to_agreement


def edit_url(application):
    return reverse("wagtailsnippets_relationships_application:edit", args=[application.pk])


def fields(client, application) -> dict:
    """The editor's form as the browser would send it."""
    response = client.get(edit_url(application))
    form = response.context["form"]
    data = {}
    for name, field in form.fields.items():
        value = form[name].value()
        if value is None or field.disabled:
            continue
        if isinstance(value, list):
            data[name] = value
        elif hasattr(value, "name") or name == "letter_of_interest":
            continue
        else:
            data[name] = value
    return data


def at_the_clerks_step(policy, staff) -> Application:
    application = file_application(policy)
    walk_to_agreement(application, staff)
    application.refresh_from_db()
    assert application.stage == Application.Stage.AGREEMENT
    return application


def test_the_clerk_sees_no_plain_publish_at_their_own_step(client, policy, staff):
    application = at_the_clerks_step(policy, staff)
    client.force_login(staff["clerk"][0])
    html = client.get(edit_url(application)).content.decode()
    assert "Request changes" in html  # the workflow's own actions are there
    assert 'name="action-publish"' not in html


def test_a_superuser_keeps_the_plain_publish(client, policy, staff):
    application = at_the_clerks_step(policy, staff)
    admin = get_user_model().objects.create_superuser("root", "root@example.org", "x")
    client.force_login(admin)
    assert 'name="action-publish"' in client.get(edit_url(application)).content.decode()


def test_a_hand_made_publish_post_by_the_clerk_is_refused_and_publishes_nothing(client, policy, staff):
    application = at_the_clerks_step(policy, staff)
    client.force_login(staff["clerk"][0])
    data = fields(client, application)
    response = client.post(edit_url(application), {**data, "action-publish": "action-publish"})
    # Refused as the admin refuses (to the dashboard, "you do not have permission"), not saved and listed.
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    application.refresh_from_db()
    assert not application.live and application.stage == Application.Stage.AGREEMENT
    assert application.workflow_in_progress

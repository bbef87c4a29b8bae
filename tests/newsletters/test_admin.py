import json

import pytest
from django.contrib.auth import get_user_model
from django.core import mail

from newsletters import issues
from newsletters.models import SendRun
from tests.newsletters.helpers import make_issue

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return user


@pytest.fixture
def issue():
    return make_issue({"en": "Autumn news", "fr": "Nouvelles d'automne"})


def test_send_asks_for_confirmation_naming_counts_per_language(client, editor, issue, make_subscriber,
                                                              django_capture_on_commit_callbacks):
    for i in range(3):
        make_subscriber(f"fr{i}@example.org", language="fr")
    make_subscriber("uk@example.org", language="uk")

    page = client.get(f"/admin/newsletters/send/{issue.pk}/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "will be sent to 4 subscribers" in html
    assert "<td>Français</td><td>Français</td><td>3</td>" in html
    assert "<td>Українська</td><td>English" in html and "fallback" in html
    assert not SendRun.objects.exists()  # GET sends nothing

    with django_capture_on_commit_callbacks() as callbacks:
        response = client.post(f"/admin/newsletters/send/{issue.pk}/")
    run = SendRun.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/admin/newsletters/runs/{run.pk}/"
    assert run.total == 4 and run.created_by == editor and len(callbacks) == 1

    # A second Send goes to the progress page, sending nothing.
    again = client.post(f"/admin/newsletters/send/{issue.pk}/")
    assert again["Location"] == f"/admin/newsletters/runs/{run.pk}/"
    assert SendRun.objects.count() == 1


def test_progress_page_polls_and_pause_resume_cancel(client, editor, issue, make_subscriber):
    make_subscriber()
    run, _ = issues.start_send(issue)
    page = client.get(f"/admin/newsletters/runs/{run.pk}/")
    assert page.status_code == 200 and b'<progress id="send-bar"' in page.content
    progress = json.loads(client.get(f"/admin/newsletters/runs/{run.pk}/progress.json").content)
    assert (progress["total"], progress["pending"], progress["status"]) == (1, 1, "sending")

    client.post(f"/admin/newsletters/runs/{run.pk}/pause/")
    assert SendRun.objects.get().status == "paused"
    client.post(f"/admin/newsletters/runs/{run.pk}/resume/")
    assert SendRun.objects.get().status == "sending"
    client.post(f"/admin/newsletters/runs/{run.pk}/cancel/")
    assert SendRun.objects.get().status == "cancelled"
    assert client.get(f"/admin/newsletters/runs/{run.pk}/pause/").status_code == 405


def test_editors_without_publish_permission_cannot_send(client, issue):
    from django.contrib.auth.models import Group, Permission

    user = get_user_model().objects.create_user("reader", "reader@example.org", "pw")
    group = Group.objects.create(name="Viewers")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    client.force_login(user)
    for response in (client.get(f"/admin/newsletters/send/{issue.pk}/"),
                     client.post(f"/admin/newsletters/send/{issue.pk}/")):
        # Wagtail answers a permission denial with a redirect to the dashboard.
        assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert not SendRun.objects.exists()


def test_send_test_goes_to_the_editor_through_the_worker(client, editor, issue, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        response = client.post(f"/admin/newsletters/test/{issue.pk}/")
    assert response.status_code == 302 and len(callbacks) == 1
    issues.send_test(issue, editor.email)  # what the task runs
    [message] = mail.outbox
    assert message.to == ["editor@example.org"] and message.subject == "[TEST] Autumn news"


def test_the_edit_page_offers_send_and_the_preview_shows_the_email(client, editor, issue):
    edit = client.get(f"/admin/pages/{issue.pk}/edit/")
    assert f"/admin/newsletters/send/{issue.pk}/".encode() in edit.content
    assert ("email", "Email") in issue.preview_modes
    preview = issue.make_preview_request(preview_mode="email")
    assert preview.status_code == 200
    assert b'class="masthead" style="' in preview.content


def test_the_archive_lists_published_issues(client, issue):
    index = issue.get_parent()
    response = client.get(index.url)
    assert response.status_code == 200
    assert b"Autumn news" in response.content
    assert client.get(issue.url).status_code == 200


def test_progress_page_hands_translated_labels_to_its_script_as_data(client, editor, issue, make_subscriber,
                                                                     monkeypatch):
    """A translation with quotes or a closing tag reaches the script as the
    same text, through json_script; no inline script carries it."""
    import re

    from django.utils import translation

    awkward = {"Sending": 'En "cours" d\'envoi </script><script>alert(1)</script>', "Paused": "Pause'",
               "Cancelled": 'Annul\\é"', "Done": "Fin"}
    real = translation._trans.gettext
    monkeypatch.setattr(translation._trans, "gettext", lambda message: awkward.get(message) or real(message))
    make_subscriber()
    run, _ = issues.start_send(issue)
    html = client.get(f"/admin/newsletters/runs/{run.pk}/").content.decode()

    data = re.search(r'<script id="send-status-labels" type="application/json">(.*?)</script>', html, re.S)
    assert data, "the labels are handed over with json_script"
    assert json.loads(data.group(1)) == {"sending": awkward["Sending"], "paused": awkward["Paused"],
                                         "cancelled": awkward["Cancelled"], "done": awkward["Done"]}
    assert "<script>alert(1)" not in html
    inline = [body for body in re.findall(r"<script(?![^>]*\bsrc=)([^>]*)>(.*?)</script>", html, re.S)
              if "application/json" not in body[0]]
    assert not any("send-progress" in body or "labels" in body for _attrs, body in inline)


def _offered(html: str) -> dict[str, bool]:
    """Which of the run's actions the page offers (a form shown, not hidden)."""
    import re

    forms = re.findall(r'<form[^>]*data-send-action="(\w+)"([^>]*)>', html)
    return {action: "hidden" not in attrs for action, attrs in forms}


@pytest.mark.parametrize(("status", "offered"), [
    ("sending", {"pause": True, "resume": False, "cancel": True}),
    ("paused", {"pause": False, "resume": True, "cancel": True}),
    ("done", {"pause": False, "resume": False, "cancel": False}),
    ("cancelled", {"pause": False, "resume": False, "cancel": False}),
])
def test_progress_page_offers_only_the_actions_that_apply(client, editor, issue, make_subscriber, status, offered):
    make_subscriber()
    run, _ = issues.start_send(issue)
    SendRun.objects.filter(pk=run.pk).update(status=status)
    html = client.get(f"/admin/newsletters/runs/{run.pk}/").content.decode()
    assert _offered(html) == offered

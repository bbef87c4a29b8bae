"""The dashboard's newsletter panels: the last send with its figures, and the
subscribers confirmed this month, each in a fixed number of queries."""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.test import RequestFactory
from django.utils import timezone

from cities.permissions import ensure_committee_group
from core.permissions import ensure_site_editors_group
from newsletters import issues
from newsletters.dashboard import LastSendPanel, NewSubscribersPanel
from newsletters.models import Delivery, Subscriber
from tests import content
from tests.newsletters.helpers import make_issue

pytestmark = pytest.mark.django_db


def render(panel):
    request = RequestFactory().get("/admin/")
    request.user = get_user_model()(is_superuser=True)
    return panel.render_html({"request": request})


def test_the_last_send_and_its_figures_in_two_queries(make_subscriber, django_assert_num_queries):
    with django_assert_num_queries(1):
        assert "No newsletter has been sent yet." in render(LastSendPanel())
    for i in range(5):
        make_subscriber(f"reader{i}@example.org")
    run, _ = issues.start_send(make_issue({"en": "Winter news"}))
    Delivery.objects.filter(pk__in=Delivery.objects.filter(run=run).values("pk")[:3]).update(
        status=Delivery.Status.SENT)
    Delivery.objects.filter(pk__in=Delivery.objects.filter(run=run, status="pending").values("pk")[:1]).update(
        status=Delivery.Status.FAILED)
    with django_assert_num_queries(2):
        html = render(LastSendPanel())
    assert "Winter news" in html and f"/admin/newsletters/runs/{run.pk}/" in html
    figures = html[html.index("<dl"):].replace(" ", "").replace("\n", "")
    assert "<dt>Recipients</dt><dd>5</dd><dt>Sent</dt><dd>3</dd><dt>Pending</dt><dd>1</dd><dt>Failed</dt><dd>1</dd>" \
        in figures


def test_new_subscribers_this_month_by_language_in_one_query(make_subscriber, django_assert_num_queries):
    make_subscriber("a@example.org", language="fr")
    make_subscriber("b@example.org", language="fr")
    make_subscriber("c@example.org", language="ja")
    make_subscriber("d@example.org", status=Subscriber.Status.PENDING)  # not confirmed: not counted
    old = make_subscriber("e@example.org")
    month_start = timezone.localtime().replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    Subscriber.objects.filter(pk=old.pk).update(confirmed_at=month_start - timedelta(seconds=1))
    with django_assert_num_queries(1):
        html = render(NewSubscribersPanel())
    assert "3 confirmed since" in html
    assert "français: 2" in html.lower() and "日本語: 1" in html
    for i in range(20):
        make_subscriber(f"more{i}@example.org", language="uk")
    with django_assert_num_queries(1):
        assert "23 confirmed since" in render(NewSubscribersPanel())


@pytest.mark.parametrize("with_newsletter", [True, False])
def test_only_editors_of_the_newsletter_see_the_sends_menu_and_the_panels(client, with_newsletter):
    if with_newsletter:
        make_issue({"en": "Winter news"})
    kaniv = content.city(content.directory(), "Kaniv", country="UA")
    users = get_user_model().objects
    committee_editor = users.create_user("olena", password="a-long-test-password")
    committee_editor.groups.add(ensure_committee_group(kaniv))
    site_editor = users.create_user("maria", password="a-long-test-password")
    site_editor.groups.add(ensure_site_editors_group())
    for user, shown in ((committee_editor, False), (site_editor, True)):
        client.force_login(user)
        html = client.get("/admin/").content.decode()
        assert ("Newsletter sends" in html) is shown, user
        assert ("No newsletter has been sent yet." in html) is shown, user

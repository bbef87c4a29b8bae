"""Mail comes from the site's own organisation and its links lead to the
site it is about, with the site's scheme, host and port (issues 13 and 14)."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from wagtail.models import Site

from home.models import OrganisationSettings
from newsletters import issues, subscriptions
from newsletters.messages import links_for, render_issue, sender_for
from newsletters.models import Subscriber
from tests.newsletters.helpers import make_issue

pytestmark = pytest.mark.django_db


@pytest.fixture
def issue():
    return make_issue({"en": "Autumn news"})


@pytest.fixture
def sonoma(issue):
    site = Site.objects.get(is_default_site=True)
    site.port = 8731
    site.save()
    OrganisationSettings.objects.update_or_create(site=site, defaults={
        "name": "Sonoma Sister Cities Association", "email": "info@sonoma.example.org"})
    return site


@pytest.fixture
def chapter(sonoma):
    site = Site.objects.create(hostname="chapter.localhost", port=8731, root_page=sonoma.root_page,
                               site_name="SoCal Sister Cities")
    OrganisationSettings.objects.create(site=site, name="Sister Cities International – SoCal",
                                        email="admin@socal.example.org")
    return site


def links_in(message) -> list[str]:
    return re.findall(r'href="([^"]+)"', message.alternatives[0][0])


def test_a_confirmation_comes_from_the_association_and_links_to_the_port_the_site_runs_on(sonoma):
    subscriptions.request_subscription("reader@example.org", language="es", site_id=sonoma.pk)
    subscriptions.send_subscriber_mail(Subscriber.objects.get().pk, "confirm")

    message = mail.outbox[-1]
    assert message.from_email == "Sonoma Sister Cities Association <info@sonoma.example.org>"
    assert "Sonoma Sister Cities Association" in message.subject
    assert "Sister Cities CMS" not in message.body
    confirm = next(link for link in links_in(message) if "/confirm/" in link)
    assert confirm.startswith("http://localhost:8731/es/newsletter/confirm/")


def test_a_chapter_subscriber_gets_the_chapters_sender_and_links(chapter):
    subscriptions.request_subscription("member@example.org", language="en", site_id=chapter.pk)
    subscriber = Subscriber.objects.get()
    subscriptions.send_subscriber_mail(subscriber.pk, "confirm")

    message = mail.outbox[-1]
    assert message.from_email == "Sister Cities International – SoCal <admin@socal.example.org>"
    assert all(link.startswith("http://chapter.localhost:8731/") for link in links_in(message))
    assert links_for(subscriber).one_click.startswith("http://chapter.localhost:8731/newsletter/unsubscribe/")


def test_an_issue_read_on_the_web_and_every_link_carry_the_sites_port(sonoma, issue):
    rendered = render_issue(issue)
    web = re.search(r'href="([^"]+)"[^>]*>[^<]*(?:web|browser)', rendered.html, re.I)
    hrefs = re.findall(r'href="(http[^"]+)"', rendered.html)
    assert hrefs and all(h.startswith(("http://localhost:8731/", "https://recipient.invalid/")) for h in hrefs)
    assert issue.get_full_url() == "http://localhost:8731/en/newsletter/autumn-news/"
    assert web is None or web.group(1).startswith("http://localhost:8731/")
    assert "Sonoma Sister Cities Association" in rendered.html


def test_without_organisation_settings_the_sender_is_the_site_name(issue):
    site = Site.objects.get(is_default_site=True)
    site.site_name = "Pinole"
    site.save()
    assert sender_for(site).name == "Pinole"


def test_send_test_posts_to_its_own_url_and_the_test_mail_has_real_footer_links(client, sonoma, issue):
    editor = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(editor)
    edit = client.get(f"/admin/pages/{issue.pk}/edit/").content.decode()
    assert f'data-w-action-url-value="/admin/newsletters/test/{issue.pk}/"' in edit

    issues.send_test(issue, "editor@example.org")
    message = mail.outbox[-1]
    assert message.from_email == "Sonoma Sister Cities Association <info@sonoma.example.org>"
    assert 'href="#"' not in message.alternatives[0][0]
    assert "http://localhost:8731/en/newsletter/subscribe/" in links_in(message)


def test_ensure_admin_gives_the_account_an_address_so_send_test_works(monkeypatch):
    monkeypatch.setenv("ADMIN_EMAIL", "board@example.org")
    monkeypatch.setenv("ADMIN_NAME", "Sylvia Toth")
    call_command("ensure_admin")
    admin = get_user_model().objects.get(is_superuser=True)
    assert (admin.email, admin.get_full_name()) == ("board@example.org", "Sylvia Toth")


def test_ensure_admin_fills_the_address_of_an_account_made_without_one(monkeypatch):
    get_user_model().objects.create_superuser("admin", "", "pw")
    monkeypatch.delenv("ADMIN_EMAIL", raising=False)
    call_command("ensure_admin")
    assert get_user_model().objects.get(username="admin").email == "admin@localhost"


def test_site_address_points_local_sites_at_make_runs_port_and_leaves_real_domains(issue):
    real = Site.objects.create(hostname="sonomasistercities.org", port=443, root_page=issue.get_site().root_page)
    call_command("site_address", port=8731)
    assert Site.objects.get(is_default_site=True).root_url == "http://localhost:8731"
    assert Site.objects.get(pk=real.pk).root_url == "https://sonomasistercities.org"

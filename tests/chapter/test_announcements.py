"""The public "announce an event / post your newsletter" form, the editors'
moderation queue, and the mail to the sender: stored first, sent by the
worker's service (chapter/announcements.py), nothing lost if mail fails."""

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents import get_document_model

from chapter import announcements
from chapter.models import Announcement, MemberNewsletter
from events.models import EventPage
from tests.mailsink import free_port

from .conftest import CHAPTER

ANNOUNCE = "/en/members/announce/"
PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def event_form(association, **changes):
    data = {"association": association.pk, "kind": "event", "title": "Yokohama lantern evening",
            "description": "Lanterns, tea and a talk on the 1957 twinning.", "start_date": "2031-05-17",
            "start_time": "18:00", "end_time": "20:30", "place": "Balboa Park, San Diego",
            "link": "https://example.org/lanterns", "name": "Aiko Tanaka", "email": "aiko@example.org",
            "website": ""}
    data.update(changes)
    return data


def test_the_form_has_its_fields_a_csrf_token_and_a_honeypot(client, los_angeles):
    html = client.get(ANNOUNCE, **CHAPTER).content.decode()
    assert "csrfmiddlewaretoken" in html
    assert '<div class="hp" aria-hidden="true">' in html
    assert f'<option value="{los_angeles.pk}">Sister Cities of Los Angeles</option>' in html
    assert 'enctype="multipart/form-data"' in html


def test_its_choice_of_kind_is_a_group_named_by_its_legend(client, los_angeles):
    """A screen reader announces a radio group by its fieldset's legend (a
    bare label named nothing: it is for no one input)."""
    html = client.get(ANNOUNCE, **CHAPTER).content.decode()
    group = html.split('<div class="field field-kind">', 1)[1].split("</fieldset>", 1)[0]
    assert "<legend>You announce</legend>" in group
    assert group.count('type="radio" name="kind"') == 2


def test_an_event_is_stored_then_confirmed_by_mail(client, los_angeles):
    response = client.post(ANNOUNCE, event_form(los_angeles), **CHAPTER)
    assert response.status_code == 302 and response["Location"] == "/en/members/announce/thanks/"
    announcement = Announcement.objects.get()
    assert (announcement.status, announcement.kind, announcement.association, announcement.place) == (
        "pending", "event", los_angeles, "Balboa Park, San Diego")
    assert announcement.language == "en" and mail.outbox == []  # the worker sends, not the request
    assert announcements.deliver(announcement.pk) is True
    [confirmation] = mail.outbox
    assert confirmation.to == ["aiko@example.org"]
    assert confirmation.subject == "We received your announcement: Yokohama lantern evening"
    assert "Sister Cities International Southern California Chapter" in confirmation.body
    assert announcements.deliver(announcement.pk) is False and len(mail.outbox) == 1  # never twice


def test_a_filled_honeypot_is_thanked_and_stored_nowhere(client, los_angeles):
    response = client.post(ANNOUNCE, event_form(los_angeles, website="http://spam.example"), **CHAPTER)
    assert response.status_code == 302
    assert not Announcement.objects.exists()


def test_a_missing_date_and_place_are_errors_and_what_was_typed_stays(client, los_angeles):
    response = client.post(ANNOUNCE, event_form(los_angeles, start_date="", place=""), **CHAPTER)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Give the date of the event." in html and "Say where it takes place." in html
    assert 'value="Yokohama lantern evening"' in html and "Lanterns, tea and a talk" in html
    assert not Announcement.objects.exists()


def test_a_newsletter_needs_a_link_or_a_real_pdf_of_a_bearable_size(client, los_angeles, settings):
    base = event_form(los_angeles, kind="newsletter", title="Spring newsletter", link="", start_date="", place="")
    missing = client.post(ANNOUNCE, base, **CHAPTER)
    assert "Give the newsletter&#x27;s address, or attach it as a PDF." in missing.content.decode()
    fake = SimpleUploadedFile("spring.pdf", b"MZ\x90\x00 not a pdf at all", content_type="application/pdf")
    refused = client.post(ANNOUNCE, {**base, "newsletter_file": fake}, **CHAPTER)
    assert refused.status_code == 400 and "This file is not a PDF." in refused.content.decode()
    settings.CHAPTER_NEWSLETTER_MAX_BYTES = 40
    big = SimpleUploadedFile("spring.pdf", PDF, content_type="application/pdf")
    too_big = client.post(ANNOUNCE, {**base, "newsletter_file": big}, **CHAPTER)
    assert "The PDF is too large" in too_big.content.decode()
    assert not Announcement.objects.exists()
    settings.CHAPTER_NEWSLETTER_MAX_BYTES = 10_000
    good = SimpleUploadedFile("spring.pdf", PDF, content_type="application/pdf")
    assert client.post(ANNOUNCE, {**base, "newsletter_file": good}, **CHAPTER).status_code == 302
    stored = Announcement.objects.get()
    assert stored.newsletter_file.read() == PDF


def test_past_the_rate_limit_the_form_answers_429_and_keeps_the_text(client, los_angeles, settings):
    settings.CHAPTER_ANNOUNCE_LIMIT_PER_IP = (2, 3600)
    for _ in range(2):
        assert client.post(ANNOUNCE, event_form(los_angeles), **CHAPTER).status_code == 302
    response = client.post(ANNOUNCE, event_form(los_angeles, title="A third one"), **CHAPTER)
    assert response.status_code == 429
    assert 'value="A third one"' in response.content.decode()
    assert Announcement.objects.count() == 2


def submitted(client, association, **changes) -> Announcement:
    assert client.post(ANNOUNCE, event_form(association, **changes), **CHAPTER).status_code == 302
    return Announcement.objects.latest("received_at")


def test_approving_an_event_publishes_it_on_the_member_calendar_and_tells_the_sender(client, los_angeles, members):
    announcement = submitted(client, los_angeles, start_date="2031-01-10")
    announcements.approve(announcement.pk)
    announcement.refresh_from_db()
    page = announcement.event_page.specific
    assert page.live and page.get_parent().pk == members.events_index_id
    assert (page.title, page.venue_name, str(page.start_date)) == (
        "Yokohama lantern evening", "Balboa Park, San Diego", "2031-01-10")
    assert page.body[-1].value["url"] == "https://example.org/lanterns"
    members.calendar_days = 3650
    members.save_revision().publish()
    html = client.get("/en/members/calendar/", {"association": los_angeles.slug}, **CHAPTER).content.decode()
    assert "Yokohama lantern evening" in html and "Run by Sister Cities of Los Angeles (Los Angeles)" in html
    announcements.deliver(announcement.pk)
    decision = mail.outbox[-1]
    assert decision.subject == "Published: Yokohama lantern evening"
    assert "/member-events/yokohama-lantern-evening/" in decision.body
    with pytest.raises(announcements.NotPending):
        announcements.reject(announcement.pk, "Too late")


def test_rejecting_mails_the_reason_and_publishes_nothing(client, los_angeles):
    announcement = submitted(client, los_angeles)
    announcements.deliver(announcement.pk)
    announcements.reject(announcement.pk, "This is a commercial event, not a sister city one.")
    announcements.deliver(announcement.pk)
    assert [m.subject for m in mail.outbox] == ["We received your announcement: Yokohama lantern evening",
                                                "Not published: Yokohama lantern evening"]
    assert "This is a commercial event, not a sister city one." in mail.outbox[-1].body
    assert not EventPage.objects.filter(title="Yokohama lantern evening").exists()


def test_an_approved_pdf_newsletter_joins_the_archive_and_the_association_page(client, los_angeles):
    pdf = SimpleUploadedFile("spring.pdf", PDF, content_type="application/pdf")
    announcement = submitted(client, los_angeles, kind="newsletter", title="Spring newsletter", link="",
                             start_date="", place="", newsletter_file=pdf)
    announcements.approve(announcement.pk)
    newsletter = MemberNewsletter.objects.get(association=los_angeles)
    assert newsletter.document.title == "Spring newsletter"
    assert get_document_model().objects.filter(pk=newsletter.document_id).exists()
    html = client.get(f"/en/members/{los_angeles.slug}/", **CHAPTER).content.decode()
    assert f'<a href="{newsletter.document.url}">Spring newsletter</a>' in html


def test_when_mail_is_down_nothing_is_lost_and_a_later_attempt_sends(client, los_angeles, settings):
    announcement = submitted(client, los_angeles)
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", free_port()  # nothing listens there
    with pytest.raises(announcements.MailUnavailable):
        announcements.deliver(announcement.pk)
    announcement.refresh_from_db()
    assert announcement.mail_state == "retrying" and announcement.confirmation_sent_at is None
    assert announcement.attempts == 1 and announcement.last_error
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert announcements.deliver(announcement.pk) is True
    announcement.refresh_from_db()
    assert announcement.mail_state == "sent" and len(mail.outbox) == 1


def test_editors_with_the_permission_approve_in_the_admin_others_are_refused(client, los_angeles,
                                                                            django_user_model):
    announcement = submitted(client, los_angeles)
    reader = django_user_model.objects.create_user("helper", "helper@example.org", "pw")
    reader.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(reader)
    approve = reverse("wagtailsnippets_chapter_announcement:approve", args=[announcement.pk])
    refused = client.post(approve)  # Wagtail answers a refusal with the dashboard and a message
    assert refused.status_code == 302 and refused["Location"] == "/admin/"
    announcement.refresh_from_db()
    assert announcement.status == "pending" and not EventPage.objects.filter(title=announcement.title).exists()
    editor = django_user_model.objects.create_user("chapter", "chapter@example.org", "pw")
    editor.user_permissions.add(*Permission.objects.filter(codename__in=[
        "access_admin", "moderate_announcement", "view_announcement"]))
    client.force_login(editor)
    listing = client.get(reverse("wagtailsnippets_chapter_announcement:list"))
    assert listing.status_code == 200 and "Yokohama lantern evening" in listing.content.decode()
    assert client.get(approve).status_code == 200
    assert client.post(approve).status_code == 302
    announcement.refresh_from_db()
    assert announcement.status == "approved" and announcement.decided_by == editor
    reject = reverse("wagtailsnippets_chapter_announcement:reject", args=[announcement.pk])
    assert client.post(reject, {"reason": "Twice"}).status_code == 302  # decided already: a warning, no change
    announcement.refresh_from_db()
    assert announcement.status == "approved" and announcement.reason == ""


def test_without_an_events_index_approval_is_refused_and_the_announcement_stays_pending(client, los_angeles,
                                                                                       members):
    announcement = submitted(client, los_angeles)
    members.events_index = None
    members.save_revision().publish()
    with pytest.raises(announcements.NoEventsIndex):
        announcements.approve(announcement.pk)
    announcement.refresh_from_db()
    assert announcement.status == "pending" and announcement.event_page is None

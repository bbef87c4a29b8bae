"""Delivering a contact message (home/contact.py), as the worker calls it:
the board's mail, the sender's copy in their language, and what is recorded
when the mail server is down or refuses."""

from datetime import timedelta
from email.utils import parseaddr

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.utils import timezone
from wagtail.models import Site

from core.permissions import SITE_EDITORS, ensure_site_editors_group
from home import contact
from home.models import ContactMessage, OrganisationSettings
from tests.mailsink import MailSink, free_port

pytestmark = pytest.mark.django_db


@pytest.fixture
def site():
    site = Site.objects.get(is_default_site=True)
    OrganisationSettings.objects.update_or_create(site=site, defaults={
        "name": "Sonoma Sister Cities Association", "email": "board@sonoma.example"})
    return site


def a_message(site, **fields) -> ContactMessage:
    fields = {"site": site, "language": "fr", "name": "Élise Martin", "email": "elise@example.org",
              "message": "Bonjour, nous aimerions visiter Kaniv.", **fields}
    return ContactMessage.objects.create(**fields)


def smtp(settings, port):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", port, 5


def test_the_board_gets_the_message_with_reply_to_the_sender_and_the_sender_a_copy_in_their_language(site):
    message = a_message(site)
    assert contact.deliver(message.pk) is True

    board, copy = mail.outbox
    assert board.to == ["board@sonoma.example"]
    assert parseaddr(board.from_email)[1] == "board@sonoma.example"
    assert board.reply_to == ["Élise Martin <elise@example.org>"]
    assert "Élise Martin" in board.subject and "nous aimerions visiter Kaniv" in board.body
    assert copy.to == ["elise@example.org"]
    assert copy.subject == "Votre message à Sonoma Sister Cities Association"
    assert "Bonjour, nous aimerions visiter Kaniv." in copy.body and "Merci" in copy.body
    message.refresh_from_db()
    assert message.state == ContactMessage.State.SENT and message.attempts == 1
    assert message.board_sent_at and message.copy_sent_at


def test_a_second_run_sends_nothing_again(site):
    message = a_message(site)
    contact.deliver(message.pk)
    assert contact.deliver(message.pk) is False
    assert len(mail.outbox) == 2


def test_without_an_organisation_email_the_board_is_reached_at_the_sites_sender(site, settings):
    settings.DEFAULT_FROM_EMAIL = "Sister Cities <news@sonoma.example>"
    OrganisationSettings.objects.filter(site=site).update(email="")
    contact.deliver(a_message(site).pk)
    assert mail.outbox[0].to == ["news@sonoma.example"]


def test_past_the_copy_limit_only_the_board_is_written_to(site):
    message = a_message(site, send_copy=False)
    assert contact.deliver(message.pk) is True
    assert [m.to for m in mail.outbox] == [["board@sonoma.example"]]


def test_a_mail_server_that_is_down_is_recorded_and_raised_for_a_retry(site, settings):
    smtp(settings, free_port())  # nothing listens there
    message = a_message(site)
    with pytest.raises(contact.MailUnavailable):
        contact.deliver(message.pk)
    message.refresh_from_db()
    assert message.state == ContactMessage.State.RETRYING and message.attempts == 1
    assert "Connection" in message.last_error and message.board_sent_at is None

    with pytest.raises(contact.MailUnavailable):
        contact.deliver(message.pk)
    assert contact.deliver(message.pk, last_attempt=True) is False  # retries spent: left for the sweep
    message.refresh_from_db()
    assert message.state == ContactMessage.State.FAILED and message.attempts == 3


def test_when_the_copy_fails_the_board_is_not_written_to_twice(site, settings):
    sink = MailSink(reply=lambda address, attempt: "451 4.3.0 Try later" if address == "elise@example.org"
                    and attempt == 1 else None).start()
    try:
        smtp(settings, sink.port)
        message = a_message(site)
        with pytest.raises(contact.MailUnavailable):
            contact.deliver(message.pk)
        assert contact.deliver(message.pk) is True
        assert sink.recipients() == {"board@sonoma.example": 1, "elise@example.org": 1}
    finally:
        sink.stop()


def test_a_sender_address_that_refuses_mail_leaves_the_message_delivered_to_the_board(site, settings):
    sink = MailSink(reply=lambda address, attempt: "550 5.1.1 No such user" if address == "elise@example.org"
                    else None).start()
    try:
        smtp(settings, sink.port)
        message = a_message(site)
        assert contact.deliver(message.pk) is True
        message.refresh_from_db()
        assert message.state == ContactMessage.State.SENT and not message.send_copy
        assert "550" in message.last_error
    finally:
        sink.stop()


def test_the_sweep_takes_messages_quiet_for_a_while_and_not_those_sent_or_too_old(site, settings):
    now = timezone.now()
    quiet = now - timedelta(minutes=settings.CONTACT_SWEEP_MINUTES + 1)
    lost = a_message(site, received_at=quiet - timedelta(minutes=1))
    failed = a_message(site, received_at=quiet, state=ContactMessage.State.FAILED, last_attempt_at=quiet)
    a_message(site, received_at=now)  # its task is still on its way
    a_message(site, received_at=quiet, state=ContactMessage.State.RETRYING, last_attempt_at=now)
    a_message(site, received_at=quiet, state=ContactMessage.State.SENT, last_attempt_at=quiet)
    a_message(site, received_at=now - timedelta(days=settings.CONTACT_KEEP_TRYING_DAYS + 1))
    assert contact.unsent(now=now) == [lost.pk, failed.pk]


def test_editors_see_each_message_and_its_delivery_and_cannot_rewrite_it(site, client, django_user_model):
    ensure_site_editors_group()
    editor = django_user_model.objects.create_user("maria", "maria@example.org", "pw")
    editor.groups.add(Group.objects.get(name=SITE_EDITORS))
    client.force_login(editor)
    message = a_message(site, state=ContactMessage.State.RETRYING, attempts=2,
                        last_error="ConnectionRefusedError: [Errno 111] Connection refused")

    listing = client.get("/admin/snippets/home/contactmessage/")
    html = listing.content.decode()
    assert listing.status_code == 200
    assert "elise@example.org" in html and "retrying" in html and "Connection refused" in html
    inspect = client.get(f"/admin/snippets/home/contactmessage/inspect/{message.pk}/")
    assert inspect.status_code == 200 and "nous aimerions visiter Kaniv" in inspect.content.decode()
    assert client.get("/admin/snippets/home/contactmessage/add/").status_code in (302, 403)
    assert client.get(f"/admin/snippets/home/contactmessage/edit/{message.pk}/").status_code in (302, 403)


@pytest.mark.parametrize("language, greeting, thanks", [
    ("uk", "Доброго дня, Olena Petrenko!", "Дякуємо, що написали до Sonoma Sister Cities Association."),
    ("hu", "Kedves Olena Petrenko!", "Köszönjük, hogy írt nekünk (Sonoma Sister Cities Association)."),
    ("ar", "مرحبًا Olena Petrenko،", "شكرًا لمراسلتك Sonoma Sister Cities Association."),
])
def test_the_copy_greets_the_sender_without_guessing_a_gender_or_an_article(site, language, greeting, thanks):
    message = a_message(site, language=language, name="Olena Petrenko")
    contact.deliver(message.pk)

    copy = mail.outbox[1]
    assert copy.body.startswith(greeting + "\n") and thanks in copy.body


def test_the_board_mail_in_hungarian_names_sender_and_recipient_after_a_colon(site, settings):
    settings.LANGUAGE_CODE = "hu"
    contact.deliver(a_message(site, language="uk", name="Olena Petrenko").pk)

    board = mail.outbox[0]
    assert board.body.startswith(
        "Új üzenet a kapcsolat oldalról. Feladó: Olena Petrenko <elise@example.org>, "
        "címzett: Sonoma Sister Cities Association.\n"
        "A feladónak erre az e-mailre válaszolva írhat vissza.\n")

"""An issue through real worker processes into an SMTP server on loopback."""

import time

import pytest
from django.utils import timezone

from newsletters import issues
from newsletters.models import Delivery, SendRun, Subscriber, Suppression
from tests.mailsink import MailSink
from tests.newsletters.helpers import make_issue

pytestmark = pytest.mark.integration

TITLES = {"en": "Autumn news", "fr": "Nouvelles d'automne", "es": "Noticias de otoño", "uk": "Осінні новини"}


def add_subscribers(per_language: int, languages) -> dict[str, str]:
    rows = [Subscriber(email=f"{code}-{i}@example.org", language=code, status=Subscriber.Status.CONFIRMED,
                       consent_at=timezone.now(), consent_method=Subscriber.ConsentMethod.IMPORT)
            for code in languages for i in range(per_language)]
    Subscriber.objects.bulk_create(rows, batch_size=1000)
    return {row.email: row.language for row in rows}


def wait_until_done(run: SendRun, timeout: float) -> SendRun:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        run.refresh_from_db()
        if run.status == SendRun.Status.DONE:
            return run
        time.sleep(0.25)
    counts = {s: Delivery.objects.filter(status=s).count() for s in Delivery.Status.values}
    raise AssertionError(f"run not done after {timeout}s: {counts}")


@pytest.fixture
def sink():
    sink = MailSink().start()
    yield sink
    sink.stop()


def test_two_thousand_readers_in_four_languages_each_get_exactly_one_message_in_their_language(
        start_worker, sink):
    issue = make_issue(TITLES)
    languages = add_subscribers(500, TITLES)
    start_worker(EMAIL_URL=sink.url)

    run, created = issues.start_send(issue)
    assert created and run.total == 2000
    wait_until_done(run, timeout=180)

    assert sink.wait_for(2000, timeout=10)
    messages = sink.parsed()
    assert len(messages) == 2000
    received = sink.recipients()
    assert set(received) == set(languages) and set(received.values()) == {1}
    for message in messages:
        language = languages[message["To"]]
        assert message["Content-Language"] == language
        assert message["Subject"] == TITLES[language]
    assert len({m["Message-ID"] for m in messages}) == 2000
    assert Delivery.objects.filter(status=Delivery.Status.SENT).count() == 2000

    # Sending the issue again (from any translation) does nothing.
    again, created = issues.start_send(issue.get_translations().first())
    assert (again.pk, created) == (run.pk, False)
    time.sleep(2)
    assert sink.count == 2000


def test_greylisting_and_421_are_retried_and_550_suppresses(start_worker):
    def reply(address, attempt):
        if address.startswith("grey-") and attempt == 1:
            return "451 4.7.1 Greylisted, please try again later"
        if address.startswith("busy-") and attempt <= 2:
            return "421 4.3.2 Too busy, closing connection"
        if address.startswith("gone-"):
            return "550 5.1.1 Mailbox does not exist"
        return None

    sink = MailSink(reply=reply).start()
    try:
        issue = make_issue({"en": "Autumn news"})
        for prefix in ("ok", "grey", "busy", "gone"):
            Subscriber.objects.bulk_create([
                Subscriber(email=f"{prefix}-{i}@example.org", status=Subscriber.Status.CONFIRMED)
                for i in range(10)])
        start_worker(EMAIL_URL=sink.url)

        run, _ = issues.start_send(issue)
        wait_until_done(run, timeout=120)

        received = sink.recipients()
        delivered = {f"{p}-{i}@example.org" for p in ("ok", "grey", "busy") for i in range(10)}
        assert set(received) == delivered and set(received.values()) == {1}
        attempts = dict(Delivery.objects.values_list("email", "attempts"))
        assert {attempts[f"grey-{i}@example.org"] for i in range(10)} == {2}
        assert {attempts[f"busy-{i}@example.org"] for i in range(10)} == {3}
        gone = Delivery.objects.filter(email__startswith="gone-")
        assert set(gone.values_list("status", "smtp_code")) == {(Delivery.Status.FAILED, 550)}
        assert set(Subscriber.objects.filter(email__startswith="gone-").values_list("status", flat=True)) == {
            Subscriber.Status.BOUNCED}
        assert Suppression.objects.filter(reason=Suppression.Reason.BOUNCED).count() == 10
        # Retried mail arrived after the first pass, not in it.
        first_ok = min(t for rcpts, _, t in sink.handler.messages if rcpts[0].startswith("ok-"))
        assert all(t > first_ok for rcpts, _, t in sink.handler.messages if rcpts[0].startswith("grey-"))
    finally:
        sink.stop()

"""The send pipeline as plain functions, against a real SMTP server on
loopback (no worker: tests/integration/ runs it through Celery)."""

import time
from datetime import timedelta

import pytest
from django.utils import timezone

from newsletters import issues, sending, subscriptions
from newsletters.models import Delivery, SendRun, Subscriber, Suppression
from newsletters.ratelimit import SendRate
from tests.mailsink import MailSink
from tests.newsletters.helpers import make_issue

pytestmark = pytest.mark.django_db


@pytest.fixture
def sink(settings):
    replies = {}
    sink = MailSink(reply=lambda address, attempt: replies.get(address, {}).get(attempt)).start()
    sink.replies = replies
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", sink.port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    yield sink
    sink.stop()


@pytest.fixture
def issue(db):
    return make_issue({"en": "Autumn news", "fr": "Nouvelles d'automne"})


def subscribers(make_subscriber, n, language="en", prefix="r"):
    return [make_subscriber(f"{prefix}{i}@example.org", language=language) for i in range(n)]


def drain(run, limit=50):
    results = []
    for _ in range(limit):
        result = sending.run_lane(run.pk)
        results.append(result)
        if not result.more or result.wait_seconds:
            break
    return results


def test_start_send_creates_one_delivery_per_reader_and_a_second_send_does_nothing(
        issue, make_subscriber, django_capture_on_commit_callbacks):
    subscribers(make_subscriber, 3, "fr", "fr")
    subscribers(make_subscriber, 2, "uk", "uk")
    make_subscriber("pending@example.org", status=Subscriber.Status.PENDING)
    make_subscriber("meetings-only@example.org", follows_newsletter=False, follows_all_meetings=True)
    gone = make_subscriber("gone@example.org")
    subscriptions.unsubscribe(gone, method="link")
    gone.status = Subscriber.Status.CONFIRMED  # an inconsistent row must still be held back
    gone.save()

    with django_capture_on_commit_callbacks() as callbacks:
        run, created = issues.start_send(issue)
    assert created and len(callbacks) == 1
    assert run.total == 5
    assert sorted(Delivery.objects.values_list("language", flat=True)) == ["fr"] * 3 + ["uk"] * 2
    # Ukrainian readers get the default language: there is no live Ukrainian version.
    assert run.variants["uk"]["language"] == "en" and run.variants["fr"]["language"] == "fr"

    french = issue.get_translations().get()
    with django_capture_on_commit_callbacks() as callbacks:
        again, created = issues.start_send(french)
    assert (again, created, callbacks) == (run, False, [])
    assert Delivery.objects.count() == 5


def test_each_reader_gets_their_language_with_list_headers(issue, make_subscriber, sink, client):
    fr, = subscribers(make_subscriber, 1, "fr", "fr")
    en, = subscribers(make_subscriber, 1, "en", "en")
    run, _ = issues.start_send(issue)

    drain(run)

    messages = {m["To"]: m for m in sink.parsed()}
    assert set(messages) == {fr.email, en.email}
    french = messages[fr.email]
    assert french["Subject"] == "Nouvelles d'automne"
    assert french["Content-Language"] == "fr"
    assert french["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert french["Precedence"] == "bulk"
    assert french["List-Id"].endswith("<newsletter.localhost>")
    delivery = Delivery.objects.get(email=fr.email)
    assert french["Message-ID"] == f"<newsletter.{run.pk}.{delivery.pk}@localhost>"
    https_url, mailto = [part.strip(" <>") for part in french["List-Unsubscribe"].split(",")]
    assert mailto.startswith("mailto:unsubscribe@localhost")
    html = french.get_body(("html",)).get_content()
    text = french.get_body(("plain",)).get_content()
    assert '<td class="masthead" style="' in html  # CSS inlined for clients that drop <style>
    assert "(fr)" in html and "(fr)" in text
    assert "/fr/newsletter/preferences/" in text

    response = client.post(https_url.removeprefix("http://127.0.0.1:8000"), "List-Unsubscribe=One-Click",
                           content_type="application/x-www-form-urlencoded")
    assert response.status_code == 200
    fr.refresh_from_db()
    assert fr.status == Subscriber.Status.UNSUBSCRIBED
    assert SendRun.objects.get().status == SendRun.Status.DONE


def test_a_reader_who_unsubscribes_after_the_send_began_is_skipped(issue, make_subscriber, sink):
    readers = subscribers(make_subscriber, 3)
    run, _ = issues.start_send(issue)
    subscriptions.unsubscribe(readers[1], method="link")

    drain(run)

    assert set(sink.recipients()) == {readers[0].email, readers[2].email}
    assert Delivery.objects.get(email=readers[1].email).status == Delivery.Status.SUPPRESSED


def test_smtp_answers_decide_retry_failure_and_suppression(issue, make_subscriber, sink):
    ok, grey, closing, gone, full = subscribers(make_subscriber, 5)
    sink.replies[grey.email] = {1: "451 4.7.1 Greylisted, try again later"}
    sink.replies[closing.email] = {1: "421 4.3.2 Service shutting down"}
    sink.replies[gone.email] = {n: "550 5.1.1 No such user" for n in range(1, 9)}
    sink.replies[full.email] = {n: "554 5.7.1 Message rejected" for n in range(1, 9)}
    run, _ = issues.start_send(issue)

    first = sending.run_lane(run.pk)

    assert (first.sent, first.retried, first.failed) == (1, 2, 2)
    states = {d.email: d for d in Delivery.objects.all()}
    assert states[grey.email].status == Delivery.Status.PENDING
    assert states[grey.email].next_attempt_at > timezone.now()
    assert states[grey.email].smtp_code == 451
    assert (states[gone.email].status, states[gone.email].smtp_code) == (Delivery.Status.FAILED, 550)
    gone.refresh_from_db()
    full.refresh_from_db()
    assert gone.status == Subscriber.Status.BOUNCED
    assert Suppression.objects.get(email=gone.email).reason == Suppression.Reason.BOUNCED
    assert full.status == Subscriber.Status.CONFIRMED  # a policy 5xx fails the message, not the address

    Delivery.objects.filter(status=Delivery.Status.PENDING).update(next_attempt_at=timezone.now())
    drain(run)

    assert sink.recipients() == {ok.email: 1, grey.email: 1, closing.email: 1}
    assert Delivery.objects.get(email=grey.email).attempts == 2
    assert SendRun.objects.get().status == SendRun.Status.DONE


def test_a_retry_waits_longer_each_time_with_jitter(settings):
    settings.NEWSLETTER_RETRY_BASE_SECONDS, settings.NEWSLETTER_RETRY_MAX_SECONDS = 60, 3600
    delays = [sending.retry_delay(n) for n in range(1, 8)]
    assert 30 <= delays[0] <= 60
    # Half to all of the capped ceiling: the cap bounds the lower end too.
    ceilings = [min(3600, 60 * 2 ** (n - 1)) for n in range(1, 8)]
    assert all(ceiling / 2 <= d <= ceiling for ceiling, d in zip(ceilings, delays, strict=True))
    assert len({round(sending.retry_delay(3), 6) for _ in range(10)}) > 1


def test_two_lanes_never_claim_the_same_delivery(issue, make_subscriber):
    subscribers(make_subscriber, 7)
    run, _ = issues.start_send(issue)
    _, first = sending.claim(run.pk, 4)
    _, second = sending.claim(run.pk, 4)
    assert len(first) == 4 and len(second) == 3
    assert not {d.pk for d in first} & {d.pk for d in second}
    assert sending.claim(run.pk, 4)[1] == []


def test_the_sweeper_puts_back_deliveries_of_a_dead_worker(issue, make_subscriber, settings):
    subscribers(make_subscriber, 3)
    run, _ = issues.start_send(issue)
    sending.claim(run.pk, 2)  # the worker that claimed these died
    assert sending.sweep() == []  # not stale yet
    later = timezone.now() + timedelta(seconds=settings.NEWSLETTER_LEASE_SECONDS + 1)

    assert sending.sweep(now=later) == [run.pk]

    assert Delivery.objects.filter(status=Delivery.Status.PENDING).count() == 3
    run.refresh_from_db()
    assert (run.recovered_at, run.recovered_count) == (later, 2)


def test_the_claim_lease_is_well_under_the_minute_a_recovery_may_take(settings):
    from django.conf import settings as defaults

    assert defaults.NEWSLETTER_LEASE_SECONDS + defaults.NEWSLETTER_SWEEP_SECONDS <= 60


def test_a_run_whose_lanes_died_waiting_for_retries_is_started_again(issue, make_subscriber, settings):
    subscribers(make_subscriber, 2)
    run, _ = issues.start_send(issue)
    now = timezone.now()
    Delivery.objects.update(attempts=1, next_attempt_at=now + timedelta(seconds=600))  # greylisted
    assert sending.sweep(now=now) == []  # its lanes are alive, waiting

    later = now + timedelta(seconds=settings.NEWSLETTER_LEASE_SECONDS + 1)
    assert sending.sweep(now=later) == [run.pk]  # nobody has looked at it for a lease: lanes died
    run.refresh_from_db()
    assert (run.last_activity_at, run.recovered_at, run.recovered_count) == (later, later, 0)
    assert sending.sweep(now=later + timedelta(seconds=1)) == []  # once


def test_a_lane_waiting_for_retries_comes_back_within_a_third_of_the_lease(issue, make_subscriber, settings):
    subscribers(make_subscriber, 1)
    run, _ = issues.start_send(issue)
    Delivery.objects.update(attempts=1, next_attempt_at=timezone.now() + timedelta(seconds=600))
    result = sending.run_lane(run.pk)
    assert result.more and 0 < result.wait_seconds <= settings.NEWSLETTER_LEASE_SECONDS / 3


def test_lanes_of_an_older_generation_stop(issue, make_subscriber, sink):
    subscribers(make_subscriber, 3)
    run, _ = issues.start_send(issue)
    old = sending.new_lane_generation(run.pk)
    new = sending.new_lane_generation(run.pk)  # the sweep started lanes again
    assert new == old + 1

    assert sending.run_lane(run.pk, generation=old, chunk_size=1).as_dict() == sending.LaneResult().as_dict()
    assert sink.count == 0
    assert sending.run_lane(run.pk, generation=new, chunk_size=1).sent == 1
    assert sending.new_lane_generation(987654) is None


def test_a_lane_whose_claim_was_taken_back_stops_sending(issue, make_subscriber, sink, settings):
    """If a live lane's lease ran out (its renewals failed), the sweep gave its
    deliveries to another lane: it must not send them too."""
    subscribers(make_subscriber, 5)
    run, _ = issues.start_send(issue)
    token, claimed = sending.claim(run.pk, 5)
    Delivery.objects.update(claimed_at=timezone.now() - timedelta(seconds=settings.NEWSLETTER_LEASE_SECONDS + 1))
    assert sending.sweep() == [run.pk]

    result = sending.send_claimed(run, token, claimed)

    assert (sink.count, result.sent) == (0, 0)
    assert set(Delivery.objects.values_list("status", "claim_token")) == {(Delivery.Status.PENDING, None)}
    sending.run_lane(run.pk)
    assert sink.count == 5


def test_a_worker_start_sweeps_now_and_again_when_fresh_claims_run_out(issue, make_subscriber, settings):
    subscribers(make_subscriber, 3)
    run, _ = issues.start_send(issue)
    now = timezone.now()
    sending.claim(run.pk, 2, now=now - timedelta(seconds=5))  # a worker killed 5 s ago held these
    SendRun.objects.update(last_activity_at=now - timedelta(seconds=5))

    swept = sending.sweep_on_start(now=now)

    assert swept.restart == []  # still inside their lease
    assert swept.again_in == pytest.approx(settings.NEWSLETTER_LEASE_SECONDS - 5 + 1)
    later = now + timedelta(seconds=swept.again_in)
    assert sending.sweep(now=later) == [run.pk]
    assert not Delivery.objects.filter(status=Delivery.Status.SENDING).exists()


def test_a_worker_start_with_nothing_sending_plans_no_second_sweep(issue, make_subscriber):
    assert sending.sweep_on_start() == sending.StartSweep([], None)


@pytest.mark.django_db(transaction=True)
def test_a_lane_keeps_its_claim_fresh_while_it_works(make_subscriber, settings):
    issue = make_issue({"en": "Autumn news"})
    subscribers(make_subscriber, 2)
    run, _ = issues.start_send(issue)
    token, claimed = sending.claim(run.pk, 2)
    assert len(claimed) == 2
    claimed_at = timezone.now() - timedelta(seconds=settings.NEWSLETTER_LEASE_SECONDS - 1)
    Delivery.objects.update(claimed_at=claimed_at)  # a lease nearly out

    with sending.ClaimKeeper(run.pk, token, every=0.05):
        time.sleep(0.5)  # a slow server: longer than the lease, scaled down
        assert sending.sweep(now=timezone.now() + timedelta(seconds=1)) == []

    assert set(Delivery.objects.values_list("status", flat=True)) == {Delivery.Status.SENDING}
    assert min(Delivery.objects.values_list("claimed_at", flat=True)) > claimed_at + timedelta(seconds=1)
    # Once the lane (or its process) is gone, the lease runs out.
    assert sending.sweep(now=timezone.now() + timedelta(seconds=settings.NEWSLETTER_LEASE_SECONDS + 1)) == [
        run.pk]


def test_pause_resume_and_cancel(issue, make_subscriber, sink, django_capture_on_commit_callbacks):
    subscribers(make_subscriber, 4)
    run, _ = issues.start_send(issue)
    assert sending.pause(run)
    assert sending.run_lane(run.pk).claimed == 0 and sink.count == 0
    with django_capture_on_commit_callbacks() as callbacks:
        assert sending.resume(run)
    assert len(callbacks) == 1  # lanes started again
    sending.run_lane(run.pk, chunk_size=1)
    assert sink.count == 1
    assert sending.cancel(run) == 3
    assert sending.run_lane(run.pk).claimed == 0
    progress = sending.progress(run)
    assert (progress["sent"], progress["pending"], progress["cancelled"], progress["status"]) == (
        1, 0, 3, "cancelled")


def test_progress_reports_rate_and_eta(issue, make_subscriber, sink):
    subscribers(make_subscriber, 10)
    run, _ = issues.start_send(issue)
    sending.run_lane(run.pk, chunk_size=4)
    progress = sending.progress(run)
    assert (progress["total"], progress["sent"], progress["pending"], progress["failed"]) == (10, 4, 6, 0)
    assert progress["percent"] == 40.0
    assert progress["rate_per_second"] > 0
    assert progress["eta_seconds"] is not None
    hours, minutes, seconds = map(int, progress["eta_text"].split(":"))
    assert hours * 3600 + minutes * 60 + seconds == progress["eta_seconds"]


def test_progress_tells_of_retries_waiting_and_a_lost_worker(issue, make_subscriber, sink, settings):
    subscribers(make_subscriber, 4)
    run, _ = issues.start_send(issue)
    now = timezone.now()
    due = now + timedelta(seconds=90)
    first, second, *_ = Delivery.objects.order_by("pk")
    Delivery.objects.filter(pk=first.pk).update(attempts=1, next_attempt_at=due)
    Delivery.objects.filter(pk=second.pk).update(attempts=2, next_attempt_at=due + timedelta(seconds=60))

    progress = sending.progress(run, now=now)
    assert (progress["retries_waiting"], progress["next_retry_at"]) == (2, due)
    assert (progress["stalled"], progress["recovered_at"], progress["recovered_count"]) == (False, None, 0)

    quiet = now + timedelta(seconds=settings.NEWSLETTER_LEASE_SECONDS + 5)
    assert sending.progress(run, now=quiet)["stalled"] is True  # no worker has reported
    sending.claim(run.pk, 2, now=now)
    sending.sweep(now=quiet)
    progress = sending.progress(run, now=quiet)
    assert (progress["stalled"], progress["recovered_at"], progress["recovered_count"]) == (False, quiet, 2)


def test_eta_reads_as_hours_minutes_seconds():
    assert [sending.clock_duration(s) for s in (45, 250, 4210, 90061)] == [
        "0:00:45", "0:04:10", "1:10:10", "25:01:01"]


def test_one_chunk_costs_a_bounded_number_of_queries(issue, make_subscriber, sink, django_assert_max_num_queries):
    subscribers(make_subscriber, 50)
    run, _ = issues.start_send(issue)
    sending.run_lane(run.pk, chunk_size=1)  # renders the issue once per process
    # Per message at most one UPDATE; per chunk a claim and a suppression check (the
    # claim is renewed from a thread of its own, not counted here).
    with django_assert_max_num_queries(49 + 2 * 5 + 12):
        result = sending.run_lane(run.pk, chunk_size=49)
    assert result.sent == 49


def test_a_lane_claims_about_ten_seconds_of_its_share_of_the_rate(settings):
    settings.NEWSLETTER_LANES, settings.NEWSLETTER_CHUNK_SIZE = 4, 200
    settings.NEWSLETTER_RATE_PER_SECOND = 10  # the default: 2.5 a second each
    assert sending.lane_chunk_size() == 25
    settings.NEWSLETTER_RATE_PER_SECOND = 1
    assert sending.lane_chunk_size() == 10
    settings.NEWSLETTER_RATE_PER_SECOND = 1_000_000
    assert sending.lane_chunk_size() == 200


def test_the_rate_limit_is_shared_and_holds_per_second():
    limiter = SendRate(per_second=5, key=f"test-{time.monotonic_ns()}")
    seconds = []
    for _ in range(12):
        limiter.acquire()
        seconds.append(int(time.time()))
    per_second = {s: seconds.count(s) for s in seconds}
    assert max(per_second.values()) <= 5
    assert len(per_second) >= 3


def test_the_message_built_once_per_language_equals_the_ordinary_one(issue, make_subscriber):
    from email import message_from_bytes, policy

    from newsletters.messages import issue_message, rendered_variant

    reader = make_subscriber("lecteur@example.org", language="fr")
    run, _ = issues.start_send(issue)
    delivery = Delivery.objects.select_related("subscriber").get()
    prepared = issues._prepare(run)
    fast = issues._build(delivery, prepared, None)
    assert fast.finished is not None  # the fast path was taken
    variant = run.variants["fr"]
    slow = issue_message(rendered_variant(variant["page"], variant["revision"]), to=reader.email,
                         subscriber=reader, message_id=f"newsletter.{run.pk}.{delivery.pk}",
                         sender=prepared["sender"])

    fast_mime, slow_mime = (message_from_bytes(m.message().as_bytes(linesep="\r\n"), policy=policy.default)
                            for m in (fast, slow))
    for header in ("From", "To", "Subject", "Message-ID", "List-Unsubscribe", "List-Unsubscribe-Post", "List-Id",
                   "Precedence", "Content-Language"):
        # Equal up to header folding.
        assert " ".join(fast_mime[header].split()) == " ".join(slow_mime[header].split()), header
    assert fast_mime["Date"]
    for part in ("plain", "html"):
        assert fast_mime.get_body((part,)).get_content() == slow_mime.get_body((part,)).get_content()


def test_a_finished_message_goes_straight_to_the_smtp_connection(issue, make_subscriber, sink, monkeypatch):
    from django.core import mail
    from django.core.mail import get_connection

    from newsletters.issues import _build, _prepare

    reader = make_subscriber("straight@example.org")
    run, _ = issues.start_send(issue)
    delivery = Delivery.objects.get(run=run, subscriber=reader)
    message = _build(delivery, _prepare(run), None)
    assert message.finished is not None
    backend = get_connection(fail_silently=False)
    backend.open()
    monkeypatch.setattr(backend, "send_messages", lambda messages: pytest.fail("took the slow path"))
    try:
        sending.deliver(backend, message)
    finally:
        backend.close()
    [received] = sink.parsed()
    assert received["To"] == "straight@example.org" and received["List-Unsubscribe-Post"]

    # Any other backend gets the message the ordinary way.
    locmem = mail.get_connection("django.core.mail.backends.locmem.EmailBackend")
    mail.outbox = []
    sending.deliver(locmem, message)
    assert [m.to for m in mail.outbox] == [["straight@example.org"]]

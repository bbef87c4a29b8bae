"""Sending one message to many recipients, one Delivery row each.

Generic over the kind of message (a newsletter issue here; meeting notices
register their own kind): a kind knows how to build one recipient's message
and whether that recipient still wants it. Everything else is shared:

- start a run: create_run() inserts every Delivery in one transaction and
  announces `send_requested` (the worker starts NEWSLETTER_LANES lanes);
- a lane (run_lane) claims a chunk of due deliveries atomically
  (SELECT ... FOR UPDATE SKIP LOCKED on PostgreSQL), re-checks suppression,
  sends over one SMTP connection under the global rate limit, records each
  outcome at once, and says whether to run again and when;
- while a lane works, a thread of its own renews its claim (ClaimKeeper), so
  the claim is a short lease (NEWSLETTER_LEASE_SECONDS) that outlives its
  process by at most that;
- SMTP 4xx and connection faults go back to pending with backoff + jitter;
  5xx fail, and a hard bounce suppresses the address;
- sweep() puts deliveries whose lease ran out back and restarts runs gone
  quiet; it runs when a worker starts (sweep_on_start) and on beat. At most
  the messages in flight when a worker dies are sent twice.
"""

import functools
import logging
import random
import smtplib
import threading
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta

from anymail.exceptions import AnymailRecipientsRefused
from django.conf import settings
from django.core.mail import get_connection
from django.core.mail.backends.smtp import EmailBackend as SMTPBackend
from django.core.mail.message import sanitize_address
from django.db import connection as db_connection
from django.db import transaction
from django.db.models import Count, Exists, F, Min, OuterRef, Q
from django.db.models.functions import Lower
from django.utils import timezone

from .models import Delivery, SendRun, Subscriber, Suppression
from .ratelimit import SendRate
from .signals import send_requested
from .subscriptions import mark_undeliverable

logger = logging.getLogger(__name__)
HARD_BOUNCE_CODES = {550, 551, 553}
# Accepted messages are recorded at least every SENT_BATCH messages or
# SENT_BATCH_SECONDS, whichever comes first: a worker killed mid-send sends
# at most SENT_BATCH + 1 messages a lane twice, 44 with four lanes, within
# one chunk of 50. (Each record is a commit: at 5 they took about a sixth
# of a lane's time in a profile.)
SENT_BATCH = 10
SENT_BATCH_SECONDS = 0.2


# --- Kinds of message --------------------------------------------------------
@dataclass
class MessageKind:
    """How one kind of bulk message is built. `prepare(run)` returns whatever
    `build` needs for a whole chunk (rendered once); `build(delivery,
    prepared, connection)` returns a Django EmailMessage; `still_wanted
    (delivery)` is checked just before sending."""

    prepare: Callable[[SendRun], object]
    build: Callable[[Delivery, object, object], object]
    still_wanted: Callable[[Delivery], bool] = lambda delivery: True


KINDS: dict[str, MessageKind] = {}


def register_kind(name: str, kind: MessageKind) -> None:
    KINDS[name] = kind


# --- Starting a run ----------------------------------------------------------
def unsuppressed(subscribers):
    """Subscribers whose address has no suppression record."""
    suppressed = Suppression.objects.annotate(lower_email=Lower("email")).filter(
        lower_email=Lower(OuterRef("email")))
    return subscribers.filter(status=Subscriber.Status.CONFIRMED).exclude(Exists(suppressed))


@dataclass(frozen=True)
class Recipient:
    subscriber_id: int | None
    email: str
    language: str


def create_run(*, kind: str, key: str, recipients: Iterable[Recipient], page=None, variants=None,
               user=None, batch_size: int = 2000) -> tuple[SendRun, bool]:
    """Create a run and its deliveries in one transaction, then announce it.
    If a run for (kind, key) exists, return it and do nothing (False)."""
    with transaction.atomic():
        run, created = SendRun.objects.get_or_create(
            kind=kind, key=key, defaults={"page": page, "variants": variants or {}, "created_by": user})
        if not created:
            return run, False
        total = 0
        batch: list[Delivery] = []
        now = timezone.now()
        for recipient in recipients:
            batch.append(Delivery(run=run, subscriber_id=recipient.subscriber_id, email=recipient.email,
                                  language=recipient.language, next_attempt_at=now))
            if len(batch) >= batch_size:
                Delivery.objects.bulk_create(batch)
                total += len(batch)
                batch = []
        if batch:
            Delivery.objects.bulk_create(batch)
            total += len(batch)
        run.total = total
        if total == 0:
            run.status, run.finished_at = SendRun.Status.DONE, now
        run.save(update_fields=["total", "status", "finished_at"])
        if total:
            send_requested.send(SendRun, run_id=run.pk)
    return run, True


# --- One lane: claim a chunk, send it ------------------------------------------
@dataclass
class LaneResult:
    claimed: int = 0
    sent: int = 0
    retried: int = 0
    failed: int = 0
    suppressed: int = 0
    released: int = 0
    more: bool = False
    wait_seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return asdict(self)


def claim(run_id: int, limit: int, *, now: datetime | None = None) -> tuple[uuid.UUID, list[Delivery]]:
    """Atomically take up to `limit` due deliveries of a run. Two lanes never
    get the same row: on PostgreSQL locked rows are skipped, and on any
    database the conditional UPDATE only moves rows still pending."""
    now = now or timezone.now()
    token = uuid.uuid4()
    with transaction.atomic():
        due = Delivery.objects.filter(run_id=run_id, status=Delivery.Status.PENDING,
                                      next_attempt_at__lte=now).order_by("pk")
        if db_connection.features.has_select_for_update_skip_locked:
            due = due.select_for_update(skip_locked=True)
        ids = list(due.values_list("pk", flat=True)[:limit])
        if not ids:
            return token, []
        Delivery.objects.filter(pk__in=ids, status=Delivery.Status.PENDING).update(
            status=Delivery.Status.SENDING, claimed_at=now, claim_token=token, attempts=F("attempts") + 1)
    claimed = list(Delivery.objects.filter(pk__in=ids, claim_token=token).select_related("subscriber")
                   .order_by("pk"))
    return token, claimed


@dataclass(frozen=True)
class Outcome:
    action: str  # "retry", "fail" or "bounce"
    code: int | None
    detail: str


def classify(exc: Exception, email: str) -> Outcome:
    """What an exception from the mail backend means for this recipient."""
    code, text = None, str(exc)
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        refused = exc.recipients.get(email) or next(iter(exc.recipients.values()), (None, b""))
        code, raw = refused
        text = raw.decode(errors="replace") if isinstance(raw, bytes) else str(raw)
    elif isinstance(exc, smtplib.SMTPResponseException):
        code = exc.smtp_code
        raw = exc.smtp_error
        text = raw.decode(errors="replace") if isinstance(raw, bytes) else str(raw)
    else:
        anymail_outcome = _classify_anymail(exc)
        if anymail_outcome:
            return anymail_outcome
        # Disconnects, timeouts, refused connections: the message may go later.
        return Outcome("retry", None, f"{type(exc).__name__}: {exc}"[:500])
    detail = f"{code} {text}".strip()[:500]
    if code is not None and 400 <= code < 500:
        return Outcome("retry", code, detail)
    if code is not None and 500 <= code < 600:
        hard = code in HARD_BOUNCE_CODES or " 5.1." in f" {text}"
        return Outcome("bounce" if hard else "fail", code, detail)
    return Outcome("retry", code, detail)


def _classify_anymail(exc: Exception) -> Outcome | None:
    if isinstance(exc, AnymailRecipientsRefused):
        return Outcome("bounce", None, f"ESP refused the recipient: {exc}"[:500])
    return None


def retry_delay(attempt: int) -> float:
    """Exponential backoff with jitter: half to all of base * 2^(attempt-1)."""
    ceiling = min(settings.NEWSLETTER_RETRY_MAX_SECONDS, settings.NEWSLETTER_RETRY_BASE_SECONDS * 2 ** (attempt - 1))
    return ceiling * random.uniform(0.5, 1.0)


def suppressed_among(emails: Iterable[str]) -> set[str]:
    lowered = {e.lower() for e in emails}
    return set(Suppression.objects.annotate(lower_email=Lower("email"))
               .filter(lower_email__in=lowered).values_list("lower_email", flat=True))


def new_lane_generation(run_id: int) -> int | None:
    """Retire the run's lanes: the number lanes started now carry. None if
    the run is gone."""
    with transaction.atomic():
        if not SendRun.objects.filter(pk=run_id).update(lane_generation=F("lane_generation") + 1,
                                                        last_activity_at=timezone.now()):
            return None
        return SendRun.objects.filter(pk=run_id).values_list("lane_generation", flat=True).get()


def run_lane(run_id: int, *, generation: int | None = None, chunk_size: int | None = None,
             deadline: datetime | None = None, now: datetime | None = None) -> LaneResult:
    """Send one chunk of a run. The caller runs the lane again after
    `wait_seconds` while `more` is true. A lane of an older `generation` than
    the run's stops: newer lanes have taken its place."""
    now = now or timezone.now()
    run = SendRun.objects.filter(pk=run_id).first()
    if run is None or run.status != SendRun.Status.SENDING:
        return LaneResult()
    if generation is not None and generation != run.lane_generation:
        return LaneResult()
    SendRun.objects.filter(pk=run_id).update(last_activity_at=now)
    token, deliveries = claim(run_id, chunk_size or lane_chunk_size(), now=now)
    if not deliveries:
        return _idle(run, now)
    with ClaimKeeper(run_id, token):
        result = send_claimed(run, token, deliveries, deadline=deadline)
    result.more = True
    return result


# A chunk lasts about this long at the rate limit: long enough to spread a
# claim's cost (claim, suppression check, task round trip) over many
# messages, short enough that other runs' lanes (meeting notices) get a turn.
CHUNK_SECONDS = 10


def lane_chunk_size() -> int:
    """Deliveries a lane claims at once: CHUNK_SECONDS of its share of the
    rate limit, at least 10 and at most NEWSLETTER_CHUNK_SIZE."""
    per_lane = settings.NEWSLETTER_RATE_PER_SECOND / max(1, settings.NEWSLETTER_LANES)
    return max(10, min(settings.NEWSLETTER_CHUNK_SIZE, int(per_lane * CHUNK_SECONDS)))


def renew(run_id: int, token: uuid.UUID, *, now: datetime | None = None) -> int:
    """Extend a lane's lease on what it still holds, and mark its run active."""
    now = now or timezone.now()
    SendRun.objects.filter(pk=run_id).update(last_activity_at=now)
    return Delivery.objects.filter(claim_token=token, status=Delivery.Status.SENDING).update(claimed_at=now)


class ClaimKeeper:
    """Renews a lane's claim every third of the lease from a thread of its
    own, for as long as the lane's process lives: a slow server or a wait for
    the rate limit never lets a live lane's claim run out, and a claim outlives
    a killed process by at most the lease. (A lane stuck for good is ended by
    the task's hard time limit, and its thread with it.)"""

    def __init__(self, run_id: int, token: uuid.UUID, every: float | None = None):
        self.run_id, self.token = run_id, token
        self.every = every if every is not None else settings.NEWSLETTER_LEASE_SECONDS / 3
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._keep, name=f"claim-{token}", daemon=True)

    def __enter__(self) -> "ClaimKeeper":
        self.thread.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self.done.set()
        self.thread.join()

    def _keep(self) -> None:
        try:
            while not self.done.wait(self.every):
                try:
                    renew(self.run_id, self.token)
                except Exception:  # the lane carries on; the next beat tries again
                    logger.warning("could not renew the claim of run %s", self.run_id, exc_info=True)
        finally:
            db_connection.close()  # this thread's own connection


def _idle(run: SendRun, now: datetime) -> LaneResult:
    next_due = Delivery.objects.filter(run=run, status=Delivery.Status.PENDING).aggregate(
        at=Min("next_attempt_at"))["at"]
    if next_due is not None:
        # Retries due later: come back then, or sooner, so the run never looks
        # quiet to the sweep while its lanes are alive.
        wait = min(max((next_due - now).total_seconds(), 0.2), settings.NEWSLETTER_LEASE_SECONDS / 3)
        return LaneResult(more=True, wait_seconds=wait)
    if Delivery.objects.filter(run=run, status=Delivery.Status.SENDING).exists():
        return LaneResult()  # another lane is finishing; it (or the sweeper) closes the run
    SendRun.objects.filter(pk=run.pk, status=SendRun.Status.SENDING).update(
        status=SendRun.Status.DONE, finished_at=now)
    return LaneResult()


def send_claimed(run: SendRun, token: uuid.UUID, deliveries: list[Delivery], *,
                 deadline: datetime | None = None) -> LaneResult:
    kind = KINDS[run.kind]
    result = LaneResult(claimed=len(deliveries))
    suppressed = suppressed_among(d.email for d in deliveries)
    limiter = SendRate(settings.NEWSLETTER_RATE_PER_SECOND)
    prepared = kind.prepare(run)
    # Tokens are taken a few at a time: one Redis round trip per batch.
    batch = max(1, min(20, limiter.per_second // max(1, settings.NEWSLETTER_LANES * 2)))
    tokens = 0
    smtp = None
    mine = Delivery.objects.filter(claim_token=token)
    checked = float("-inf")  # check before the first message too
    # Accepted messages are recorded in small batches (one UPDATE per few
    # messages): after a crash at most these few are sent again.
    accepted: list[int] = []
    first_accepted = 0.0

    def record_accepted():
        if accepted:
            mine.filter(pk__in=accepted).update(status=Delivery.Status.SENT, sent_at=timezone.now(),
                                                claim_token=None, smtp_code=250, last_error="")
            accepted.clear()

    try:
        for index, delivery in enumerate(deliveries):
            if accepted and (len(accepted) >= SENT_BATCH or time.monotonic() - first_accepted >= SENT_BATCH_SECONDS):
                record_accepted()
            if time.monotonic() - checked >= 1.0:
                # Once a second: pause, cancel or the task's deadline.
                checked = time.monotonic()
                if not _still_running(run, token, deliveries[index:], deadline, result):
                    break
            subscriber = delivery.subscriber
            if (delivery.email.lower() in suppressed
                    or (delivery.subscriber_id and (subscriber is None or not subscriber.is_active))
                    or not kind.still_wanted(delivery)):
                mine.filter(pk=delivery.pk).update(status=Delivery.Status.SUPPRESSED, claim_token=None)
                result.suppressed += 1
                continue
            try:
                message = kind.build(delivery, prepared, None)
            except Exception as exc:  # a broken template must not stop the chunk
                logger.exception("could not build delivery %s", delivery.pk)
                mine.filter(pk=delivery.pk).update(status=Delivery.Status.FAILED, last_error=f"build: {exc}"[:2000],
                                                   claim_token=None)
                result.failed += 1
                continue
            if tokens == 0:
                tokens = limiter.acquire(min(batch, len(deliveries) - index))
            tokens -= 1
            try:
                if smtp is None:
                    smtp = get_connection(fail_silently=False)
                    smtp.open()
                message.connection = smtp
                deliver(smtp, message)
            except Exception as exc:
                outcome = classify(exc, delivery.email)
                _close(smtp)
                smtp = None  # the next message opens a fresh connection
                _apply(mine.filter(pk=delivery.pk), delivery, outcome, result)
            else:
                if not accepted:
                    first_accepted = time.monotonic()
                accepted.append(delivery.pk)
                result.sent += 1
        record_accepted()
    finally:
        _close(smtp)
    return result


def deliver(backend, message) -> None:
    """Send one message through an open backend. A message whose MIME bytes are
    already finished goes straight to Django's SMTP connection: the backend
    would only re-parse both addresses (a third of its time per message)."""
    raw = getattr(message, "finished", None)
    smtp = getattr(backend, "connection", None)
    recipients = message.recipients()
    if (raw is not None and isinstance(backend, SMTPBackend) and isinstance(smtp, smtplib.SMTP)
            and len(recipients) == 1 and recipients[0].isascii()):
        smtp.sendmail(envelope_sender(message.from_email), recipients, raw)
        return
    backend.send_messages([message])


@functools.lru_cache(maxsize=16)
def envelope_sender(from_email: str) -> str:
    return sanitize_address(from_email, settings.DEFAULT_CHARSET)


def _still_running(run, token, rest: list[Delivery], deadline, result: LaneResult) -> bool:
    """Between messages: stop on pause, cancel or the task's deadline, handing
    the rest of the chunk back, or when the lane no longer holds its claim."""
    now = timezone.now()
    status = SendRun.objects.filter(pk=run.pk).values_list("status", flat=True).first()
    if status == SendRun.Status.SENDING and (deadline is None or now < deadline):
        if not rest or Delivery.objects.filter(pk=rest[0].pk, claim_token=token).exists():
            return True
        # The lease ran out (renewals failed) and the sweep gave the rest to
        # another lane: sending them here too would send them twice.
        logger.warning("run %s: a lane's claim was taken back; it stops", run.pk)
        return False
    remaining = Delivery.objects.filter(pk__in=[d.pk for d in rest], claim_token=token,
                                        status=Delivery.Status.SENDING)
    if status == SendRun.Status.CANCELLED:
        result.released += remaining.update(status=Delivery.Status.CANCELLED, claim_token=None)
    else:
        result.released += remaining.update(status=Delivery.Status.PENDING, claim_token=None,
                                            attempts=F("attempts") - 1)
    return False


def _close(smtp) -> None:
    if smtp is not None:
        try:
            smtp.close()
        except Exception:  # closing a dead connection
            logger.debug("closing a broken mail connection failed", exc_info=True)


def _apply(this, delivery: Delivery, outcome: Outcome, result: LaneResult) -> None:
    result.errors.append(f"{delivery.email}: {outcome.detail}")
    if outcome.action == "retry" and delivery.attempts < settings.NEWSLETTER_MAX_ATTEMPTS:
        this.update(status=Delivery.Status.PENDING, claim_token=None, smtp_code=outcome.code,
                    last_error=outcome.detail,
                    next_attempt_at=timezone.now() + timedelta(seconds=retry_delay(delivery.attempts)))
        result.retried += 1
        return
    this.update(status=Delivery.Status.FAILED, claim_token=None, smtp_code=outcome.code,
                last_error=outcome.detail)
    result.failed += 1
    if outcome.action == "bounce":
        mark_undeliverable(delivery.email, reason=Suppression.Reason.BOUNCED, detail=outcome.detail)


# --- Recovery ----------------------------------------------------------------
def sweep(*, now: datetime | None = None) -> list[int]:
    """Put back deliveries whose lease ran out (their worker died), note the
    recovery on their runs, and return the runs that need lanes started
    again: those, and runs whose lanes went quiet (lost with a worker while
    waiting for retries)."""
    now = now or timezone.now()
    stale = now - timedelta(seconds=settings.NEWSLETTER_LEASE_SECONDS)
    stuck = Delivery.objects.filter(status=Delivery.Status.SENDING, claimed_at__lt=stale)
    held = dict(stuck.values_list("run_id").annotate(n=Count("pk")).order_by())
    if held:
        stuck.filter(attempts__gte=settings.NEWSLETTER_MAX_ATTEMPTS).update(
            status=Delivery.Status.FAILED, claim_token=None, last_error="gave up: claimed too many times")
        reset = stuck.update(status=Delivery.Status.PENDING, claim_token=None, next_attempt_at=now)
        logger.warning("put back %s deliveries claimed by a worker that went away", reset)
        for run_id, n in held.items():
            SendRun.objects.filter(pk=run_id).update(recovered_at=now, recovered_count=F("recovered_count") + n)
    quiet = set(SendRun.objects.filter(status=SendRun.Status.SENDING, last_activity_at__lt=stale)
                .values_list("pk", flat=True))
    SendRun.objects.filter(pk__in=quiet - held.keys()).update(recovered_at=now)
    runs = SendRun.objects.filter(pk__in=quiet | held.keys(), status=SendRun.Status.SENDING)
    restart = list(runs.values_list("pk", flat=True))
    runs.update(last_activity_at=now)
    return restart


@dataclass(frozen=True)
class StartSweep:
    restart: list[int]  # runs that need lanes now
    again_in: float | None  # seconds until a claim or run alive now could be found dead


def sweep_on_start(*, now: datetime | None = None) -> StartSweep:
    """When a worker starts: sweep now, and say when to sweep again so that
    what a worker killed just before held (still inside its lease) is found
    as soon as the lease runs out, with or without beat."""
    now = now or timezone.now()
    restart = sweep(now=now)
    oldest = [
        Delivery.objects.filter(status=Delivery.Status.SENDING).aggregate(at=Min("claimed_at"))["at"],
        SendRun.objects.filter(status=SendRun.Status.SENDING).exclude(pk__in=restart)
        .aggregate(at=Min("last_activity_at"))["at"],
    ]
    oldest = [at for at in oldest if at is not None]
    if not oldest:
        return StartSweep(restart, None)
    expires = min(oldest) + timedelta(seconds=settings.NEWSLETTER_LEASE_SECONDS)
    return StartSweep(restart, max((expires - now).total_seconds(), 0.0) + 1.0)


# --- Pause, resume, cancel, progress -----------------------------------------
def pause(run: SendRun) -> bool:
    return bool(SendRun.objects.filter(pk=run.pk, status=SendRun.Status.SENDING)
                .update(status=SendRun.Status.PAUSED))


def resume(run: SendRun) -> bool:
    with transaction.atomic():
        changed = SendRun.objects.filter(pk=run.pk, status=SendRun.Status.PAUSED).update(
            status=SendRun.Status.SENDING, last_activity_at=timezone.now())
        if changed:
            send_requested.send(SendRun, run_id=run.pk)
    return bool(changed)


def cancel(run: SendRun) -> int:
    """Stop a run: nothing pending is sent. Returns how many were cancelled."""
    with transaction.atomic():
        changed = SendRun.objects.filter(
            pk=run.pk, status__in=[SendRun.Status.SENDING, SendRun.Status.PAUSED]
        ).update(status=SendRun.Status.CANCELLED, finished_at=timezone.now())
        if not changed:
            return 0
        return Delivery.objects.filter(run=run, status=Delivery.Status.PENDING).update(
            status=Delivery.Status.CANCELLED)


def progress(run: SendRun, *, now: datetime | None = None) -> dict:
    now = now or timezone.now()
    counts = dict(Delivery.objects.filter(run=run).values_list("status").annotate(n=Count("pk")).order_by())
    recent = Delivery.objects.filter(run=run, status=Delivery.Status.SENT,
                                     sent_at__gte=now - timedelta(seconds=60)).aggregate(
        n=Count("pk"), first=Min("sent_at"))
    window = (now - recent["first"]).total_seconds() if recent["first"] else 0
    rate = recent["n"] / max(window, 1.0) if recent["n"] else 0.0
    sent = counts.get(Delivery.Status.SENT, 0)
    pending = counts.get(Delivery.Status.PENDING, 0) + counts.get(Delivery.Status.SENDING, 0)
    failed = counts.get(Delivery.Status.FAILED, 0)
    done = run.total - pending
    state = SendRun.objects.filter(pk=run.pk).values(
        "status", "last_activity_at", "recovered_at", "recovered_count").first() or {}
    status = state.get("status")
    retries = Delivery.objects.filter(run=run, status=Delivery.Status.PENDING, attempts__gt=0,
                                      next_attempt_at__gt=now).aggregate(n=Count("pk"), next=Min("next_attempt_at"))
    quiet = (now - state["last_activity_at"]).total_seconds() if status == SendRun.Status.SENDING else 0
    return {
        "run": run.pk,
        "status": status,
        "total": run.total,
        "sent": sent,
        "pending": pending,
        "failed": failed,
        "suppressed": counts.get(Delivery.Status.SUPPRESSED, 0),
        "cancelled": counts.get(Delivery.Status.CANCELLED, 0),
        "percent": round(100 * done / run.total, 1) if run.total else 100.0,
        "rate_per_second": round(rate, 1),
        "eta_seconds": round(pending / rate) if rate and pending else None,
        "eta_text": clock_duration(round(pending / rate)) if rate and pending else "",
        # Retries the receiving servers asked for, not yet due.
        "retries_waiting": retries["n"],
        "next_retry_at": retries["next"],
        # No lane has reported for longer than the lease: its worker is gone,
        # and the send carries on once a worker sweeps it up.
        "stalled": quiet > settings.NEWSLETTER_LEASE_SECONDS,
        "recovered_at": state.get("recovered_at"),
        "recovered_count": state.get("recovered_count", 0),
    }


def clock_duration(seconds: int) -> str:
    """4210 -> "1:10:10": readable in every language without a translation."""
    hours, rest = divmod(int(seconds), 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}"


def failed_reasons(run: SendRun, limit: int = 20) -> list[dict]:
    return list(Delivery.objects.filter(run=run, status=Delivery.Status.FAILED)
                .exclude(Q(last_error="")).values("email", "smtp_code", "last_error")[:limit])

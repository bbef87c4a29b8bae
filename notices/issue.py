"""Writing notices: a batch (one kind, one occurrence, many recipients)
becomes MeetingNotice rows and one send run of the newsletters pipeline, in
one transaction; notices that should no longer leave are dropped."""

import logging
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from events.models import EventPage
from events.occurrences import Occurrence
from newsletters import sending
from newsletters.models import Delivery

from .audience import NoticeRecipient
from .keys import NoticeKey
from .models import MeetingNotice

logger = logging.getLogger(__name__)
# The kind of message the newsletters pipeline sends for a notice (kind.py).
KIND = "meeting_notice"
Notice = MeetingNotice.Kind


@dataclass
class Batch:
    """Notices of one kind about one occurrence, one per recipient: one send run."""

    kind: str
    key: NoticeKey
    variant: str
    page: EventPage
    occ: Occurrence
    details: dict
    recipients: list[tuple[NoticeRecipient, datetime]] = field(default_factory=list)


@dataclass
class NoticeResult:
    created: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    runs: list[int] = field(default_factory=list)
    dropped: int = 0
    skipped: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"created": dict(self.created), "runs": self.runs, "dropped": self.dropped, "skipped": self.skipped}

    def __str__(self) -> str:
        made = ", ".join(f"{n} {kind}" for kind, n in sorted(self.created.items())) or "no notices"
        return f"{made} in {len(self.runs)} run(s); {self.dropped} dropped"


def issue(batch: Batch, result: NoticeResult) -> None:
    """Write a batch's notices and its send run in one transaction. A batch
    another process wrote first (the unique row) is skipped, not sent twice."""
    if not batch.recipients:
        return
    key = str(batch.key)
    committee_id = batch.page.committee_id
    notices = [
        MeetingNotice(kind=batch.kind, occurrence_key=key, variant=batch.variant, recipient=r.email,
                      subscriber_id=r.subscriber_id, person_id=r.person_id, registration_id=r.registration_id,
                      page_id=batch.page.pk,
                      committee_id=committee_id, language=r.language, time_zone=r.time_zone or batch.occ.zone,
                      occurrence_start=batch.occ.start, due_at=due, details=batch.details)
        for r, due in batch.recipients
    ]
    try:
        with transaction.atomic():
            MeetingNotice.objects.bulk_create(notices)
            run, _ = sending.create_run(
                kind=KIND, key=f"{batch.kind}:{uuid.uuid4().hex}", page=batch.page,
                variants={"notice": batch.kind, "occurrence": key, "variant": batch.variant},
                recipients=[sending.Recipient(r.subscriber_id, r.email, r.language) for r, _ in batch.recipients])
            by_email = dict(Delivery.objects.filter(run=run).values_list("email", "pk"))
            if any(n.pk is None for n in notices):
                notices = list(MeetingNotice.objects.filter(kind=batch.kind, occurrence_key=key,
                                                            variant=batch.variant, recipient__in=list(by_email)))
            for notice in notices:
                notice.delivery_id = by_email.get(notice.recipient)
            MeetingNotice.objects.bulk_update(notices, ["delivery"], batch_size=1000)
    except IntegrityError:
        logger.info("notices %s %s %s already written elsewhere", batch.kind, key, batch.variant)
        result.skipped.append(f"{batch.kind} {key} {batch.variant}")
        return
    result.created[batch.kind] += len(notices)
    result.runs.append(run.pk)


def drop_pending(key: NoticeKey, *, keep_variant: str | None = None, kinds=(Notice.REMINDER,),
                 whole_series: bool = False) -> int:
    """Stop notices of an occurrence (or of every occurrence of the series)
    that have not left yet: reminders of a cancelled or moved meeting. Their
    deliveries are cancelled."""
    which = Q(occurrence_key__startswith=key.prefix) if whole_series else Q(occurrence_key=str(key))
    pending = MeetingNotice.objects.filter(which, kind__in=kinds, dropped_at__isnull=True,
                                           delivery__status=Delivery.Status.PENDING)
    if keep_variant is not None:
        pending = pending.exclude(variant__endswith=keep_variant)
    ids = list(pending.values_list("pk", "delivery_id"))
    if not ids:
        return 0
    MeetingNotice.objects.filter(pk__in=[pk for pk, _ in ids]).update(dropped_at=timezone.now())
    Delivery.objects.filter(pk__in=[d for _, d in ids], status=Delivery.Status.PENDING).update(
        status=Delivery.Status.CANCELLED)
    return len(ids)

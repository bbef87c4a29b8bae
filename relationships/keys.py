"""Which notice about an application, as one small value: built by the
code that asks for a notice, read by the code that sends it, and written
as text only where it is stored (SentNotice.key, the guard that a notice
goes once to each address) and where it crosses to the worker (a Celery
argument). Only this module writes and reads that text."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class Kind(StrEnum):
    RECEIVED = "received"      # the applicant, on submitting
    TASK = "task"              # the group of a step that has just started
    OUTCOME = "outcome"        # the applicant, when a step ends (approved, returned, declined)
    SIGNED = "signed"          # the applicant, once the agreement is signed
    REPORT_DUE = "report-due"  # the committee chair: a year's report is due
    INACTIVE = "inactive"      # the committee chair: no activity since a day


@dataclass(frozen=True)
class NoticeKey:
    kind: Kind
    task_state_id: int | None = None  # TASK, OUTCOME
    year: int | None = None           # REPORT_DUE
    since: date | None = None         # INACTIVE

    @classmethod
    def received(cls) -> NoticeKey:
        return cls(Kind.RECEIVED)

    @classmethod
    def signed(cls) -> NoticeKey:
        return cls(Kind.SIGNED)

    @classmethod
    def task(cls, task_state_id: int) -> NoticeKey:
        return cls(Kind.TASK, task_state_id=task_state_id)

    @classmethod
    def outcome(cls, task_state_id: int) -> NoticeKey:
        return cls(Kind.OUTCOME, task_state_id=task_state_id)

    @classmethod
    def report_due(cls, year: int) -> NoticeKey:
        return cls(Kind.REPORT_DUE, year=year)

    @classmethod
    def inactive(cls, since: date) -> NoticeKey:
        return cls(Kind.INACTIVE, since=since)

    @property
    def to_chair(self) -> bool:
        return self.kind in (Kind.REPORT_DUE, Kind.INACTIVE)

    @property
    def about_a_step(self) -> bool:
        return self.kind in (Kind.TASK, Kind.OUTCOME)

    def __str__(self) -> str:
        if self.about_a_step:
            return f"{self.kind}:{self.task_state_id}"
        if self.kind == Kind.REPORT_DUE:
            return f"{self.kind}:{self.year}"
        if self.kind == Kind.INACTIVE:
            return f"{self.kind}:{self.since.isoformat()}"
        return str(self.kind)

    @classmethod
    def parse(cls, text: str) -> NoticeKey:
        """The key stored or sent as text; ValueError if it is none."""
        kind, _colon, value = text.partition(":")
        kind = Kind(kind)
        if kind in (Kind.TASK, Kind.OUTCOME):
            return cls(kind, task_state_id=int(value))
        if kind == Kind.REPORT_DUE:
            return cls(kind, year=int(value))
        if kind == Kind.INACTIVE:
            return cls(kind, since=date.fromisoformat(value))
        if value:
            raise ValueError(text)
        return cls(kind)

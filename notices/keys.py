"""Which occurrence a notice is about, as one small value.

Stored as text in MeetingNotice.occurrence_key ("<uid>/<part>") and only
built and read here: the event's UID, then the date the occurrence had in
its series ("20250108"), "series" for a change to the whole series, or
nothing for a one-off event."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

SERIES = "series"


@dataclass(frozen=True)
class NoticeKey:
    uid: str
    part: str = ""

    @classmethod
    def of(cls, occ) -> NoticeKey:
        """An occurrence's key: unlike its recurrence id, the date it had in
        the series (in the event's zone) survives a change of the series'
        time of day, so a series moved from 6 pm to 7 pm keeps its notices
        and reminders."""
        if not occ.recurrence_id:
            return cls(occ.uid)
        original = occ.extra.get("original_start") or occ.start
        day = original.date() if isinstance(original, datetime) else original
        return cls(occ.uid, f"{day:%Y%m%d}")

    @classmethod
    def series(cls, uid: str) -> NoticeKey:
        """The key of a change to a whole series."""
        return cls(uid, SERIES)

    @classmethod
    def parse(cls, text: str) -> NoticeKey:
        uid, _slash, part = text.partition("/")
        return cls(uid, part)

    @property
    def prefix(self) -> str:
        """What the stored keys of every occurrence of this event start with."""
        return f"{self.uid}/"

    def __str__(self) -> str:
        return f"{self.uid}/{self.part}"

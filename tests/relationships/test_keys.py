"""A notice about an application is named by a NoticeKey: the code that asks
for a notice and the code that sends it share the value, and its text (the
stored guard, the worker's argument) is written and read in one place."""

from datetime import date

import pytest

from relationships.keys import Kind, NoticeKey

KEYS = [NoticeKey.received(), NoticeKey.signed(), NoticeKey.task(41), NoticeKey.outcome(41),
        NoticeKey.report_due(2025), NoticeKey.inactive(date(2026, 9, 9))]


@pytest.mark.parametrize("key", KEYS, ids=str)
def test_a_key_survives_its_text(key):
    assert NoticeKey.parse(str(key)) == key


def test_the_text_keeps_the_rows_already_stored():
    # SentNotice rows written before the value object read the same.
    assert [str(key) for key in KEYS] == ["received", "signed", "task:41", "outcome:41", "report-due:2025",
                                          "inactive:2026-09-09"]


def test_a_step_start_and_a_step_end_are_different_notices_of_the_same_step():
    assert NoticeKey.task(41) != NoticeKey.outcome(41)
    assert NoticeKey.task(41).about_a_step and not NoticeKey.received().about_a_step
    assert NoticeKey.report_due(2025).to_chair and NoticeKey.inactive(date(2026, 9, 9)).kind == Kind.INACTIVE


@pytest.mark.parametrize("text", ["", "task:", "task:x", "report-due:soon", "received:1", "sent", "inactive:2026"])
def test_text_that_names_no_notice_is_refused(text):
    with pytest.raises(ValueError):
        NoticeKey.parse(text)

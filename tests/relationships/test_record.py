"""The public record of a relationship, in the reader's language, with the
dates in that language's own format."""

from datetime import UTC, date, datetime

import pytest
from django.utils import translation
from django.utils.text import capfirst

from relationships import record
from relationships.choices import Stage
from relationships.models import Application, CommissionDecision, CouncilResolution

APPLICATION = Application(city="Zandvoort", country="NL", stage=Stage.SIGNED, agreement_signed_on=date(2024, 9, 8),
                          submitted_at=datetime(2024, 3, 4, 17, tzinfo=UTC))
DECISION = CommissionDecision(meeting_date=date(2024, 4, 10), motion="", ayes=5, noes=1, abstentions=0, absent=1,
                              passed=True)
RESOLUTION = CouncilResolution(number="24-010", adopted_on=date(2024, 5, 7), ayes=5, noes=0)


def sentence(language):
    with translation.override(language):
        found = record.parts(APPLICATION, DECISION, RESOLUTION)
        separator = translation.pgettext("record separator", "; ")
        return capfirst(separator.join(found)) + translation.pgettext("record end", ".")


@pytest.mark.parametrize("language, expected", [
    ("en", "Applied March 4, 2024; Commission recommended 5-1 (1 absent) on April 10, 2024; Council adopted "
           "Resolution 24-010 on May 7, 2024; agreement signed Sept. 8, 2024."),
    ("fr", "Candidature déposée le 4 mars 2024 ; recommandée par la Commission par 5-1 (1 absent) le 10 avril 2024 "
           "; adoptée par le Conseil municipal (résolution 24-010) le 7 mai 2024 ; accord signé le 8 septembre 2024."),
    ("ja", "2024年3月4日 申請。2024年4月10日 委員会が5-1（欠席1）で推薦。2024年5月7日 市議会が決議24-010を採択。"
           "2024年9月8日 協定に署名。"),
])
def test_the_record_reads_in_the_readers_language(language, expected):
    assert sentence(language) == expected


def test_every_language_has_the_record_in_its_own_words():
    english = sentence("en")
    for language in ("es", "it", "uk", "zh-hans", "hu", "ar"):
        text = sentence(language)
        assert text != english and "Council adopted" not in text and "24-010" in text, language


def test_abstentions_and_absences_are_counted_apart():
    assert record.vote_count(4, 1, 1, 1) == "4-1 (1 abstaining, 1 absent)"
    assert record.vote_count(7, 0, 0, 0) == "7-0"


@pytest.mark.parametrize("language", ["fr", "es", "it", "ja", "uk", "zh-hans", "hu", "ar"])
@pytest.mark.parametrize("passed", [True, False])
def test_a_vote_with_an_absentee_reads_without_brackets_inside_brackets(language, passed):
    decision = CommissionDecision(meeting_date=date(2024, 4, 10), motion="", ayes=5 if passed else 1,
                                  noes=1 if passed else 5, abstentions=0, absent=1, passed=passed)
    with translation.override(language):
        said = record.parts(APPLICATION, decision, None)[1]
    # "5-1 (1 absent)" is already bracketed: the sentence around it adds none.
    assert "))" not in said and "(5" not in said and "(1-" not in said, said

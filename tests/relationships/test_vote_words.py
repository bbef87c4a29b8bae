"""A vote's "No" is not an answer's "No": each has its context, so the
languages that use different words show the right one (Japanese 反対 for a
vote, いいえ for an answer; Chinese 反对 and 否)."""

import pytest
from django.utils import translation

from relationships.choices import Answer, Vote
from relationships.models.review import AdoptionForm, VoteForm

WORDS = {  # language: (vote "No", answer "No", vote "Absent", number absent)
    "fr": ("Contre", "Non", "Absent", "Absents"),
    "es": ("En contra", "No", "Ausente", "Ausentes"),
    "it": ("Contrario", "No", "Assente", "Assenti"),
    "ja": ("反対", "いいえ", "欠席", "欠席数"),
    "uk": ("Проти", "Ні", "Відсутній", "Відсутні"),
    "zh-hans": ("反对", "否", "缺席", "缺席人数"),
    "hu": ("Nem", "Nem", "Távol", "Távollévők"),
    "ar": ("معارض", "لا", "غائب", "الغائبون"),
}


@pytest.mark.parametrize("language", WORDS)
def test_a_vote_and_an_answer_use_their_own_words(language):
    with translation.override(language):
        words = (str(Vote.NO.label), str(Answer.NO.label), str(Vote.ABSENT.label),
                 str(AdoptionForm().fields["absent"].label))
        assert words == WORDS[language]
        assert [str(label) for _value, label in VoteForm().fields["vote"].choices][1] == WORDS[language][0]


def test_english_keeps_its_plain_words():
    with translation.override("en"):
        assert (str(Vote.NO.label), str(Answer.NO.label), str(Vote.AYE.label), str(Answer.YES.label)) == (
            "No", "No", "Aye", "Yes")

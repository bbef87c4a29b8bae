"""A Commission vote counted by the policy's rule, only with its quorum."""

from relationships.choices import VoteRule
from relationships.voting import Tally, decide, tally


def test_members_who_did_not_vote_are_absent():
    assert tally(["aye"] * 5 + ["no"], members=7) == Tally(ayes=5, noes=1, abstentions=0, absent=1)


def test_without_the_quorum_nothing_passes():
    outcome = decide(Tally(3, 0, 0, 4), quorum=4, rule=VoteRule.VOTES_CAST, seats=7)
    assert (outcome.quorum_met, outcome.passed) == (False, False)


def test_each_rule_counts_its_own_majority():
    # 3 ayes, 2 noes, 2 abstaining, all 7 present.
    counted = Tally(3, 2, 2, 0)
    assert decide(counted, quorum=4, rule=VoteRule.VOTES_CAST, seats=7).passed
    assert not decide(counted, quorum=4, rule=VoteRule.PRESENT, seats=7).passed
    assert not decide(counted, quorum=4, rule=VoteRule.SEATS, seats=7).passed
    assert decide(Tally(4, 1, 0, 2), quorum=4, rule=VoteRule.SEATS, seats=7).passed

"""A Commission vote counted by the policy's rule: a pure function, so the
rule reviewers read and the one tests pin are the same."""

from dataclasses import dataclass

from .choices import Vote, VoteRule


@dataclass(frozen=True)
class Tally:
    ayes: int
    noes: int
    abstentions: int
    absent: int

    @property
    def present(self) -> int:
        return self.ayes + self.noes + self.abstentions


@dataclass(frozen=True)
class Outcome:
    tally: Tally
    quorum: int
    quorum_met: bool
    passed: bool


def tally(votes: list[str], members: int) -> Tally:
    """Votes cast (aye, no, abstain) among `members`: whoever did not vote is absent."""
    ayes, noes = votes.count(Vote.AYE), votes.count(Vote.NO)
    abstentions = votes.count(Vote.ABSTAIN)
    return Tally(ayes, noes, abstentions, max(members - ayes - noes - abstentions, votes.count(Vote.ABSENT)))


def decide(counted: Tally, *, quorum: int, rule: str, seats: int) -> Outcome:
    quorum_met = counted.present >= quorum
    if rule == VoteRule.SEATS:
        passed = counted.ayes * 2 > seats
    elif rule == VoteRule.VOTES_CAST:
        passed = counted.ayes > counted.noes
    else:
        passed = counted.ayes * 2 > counted.present
    return Outcome(counted, quorum, quorum_met, quorum_met and passed)

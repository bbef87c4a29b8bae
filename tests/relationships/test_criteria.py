"""The criteria check: met, not met or unknown, with the numbers behind it."""

from datetime import date
from decimal import Decimal

from relationships.criteria import MET, NOT_MET, UNKNOWN, Partner, Proposal, Terms, evaluate, population_ratio

TERMS = Terms(local_city="Pinole", local_population=19022, max_population_ratio=Decimal("2.0"), near_water=True,
              near_metropolis=True, letter_of_interest=True)
TODAY = date(2025, 6, 1)


def proposal(**changes):
    values = {"city": "Zandvoort", "continent": "EU", "population": 14632, "near_water": "yes",
              "near_metropolis": "yes", "diplomatic_relations": "yes", "has_letter": True}
    return Proposal(**{**values, **changes})


def by_code(checks):
    return {check.code: check for check in checks}


def test_the_population_ratio_is_the_larger_over_the_smaller_to_one_decimal():
    assert population_ratio(19022, 14632) == Decimal("1.3")
    assert population_ratio(14632, 19022) == Decimal("1.3")
    assert population_ratio(19022, None) is None


def test_a_similar_city_near_water_and_a_metropolis_meets_every_criterion_with_its_numbers():
    checks = by_code(evaluate(TERMS, proposal(), [], TODAY))
    assert {code: check.status for code, check in checks.items()} == {
        "population": MET, "near_water": MET, "near_metropolis": MET, "desire": MET}
    assert checks["population"].figures["ratio"] == "1.3"
    assert checks["population"].detail == (
        "Population ratio 1.3 (Pinole 19,022, Zandvoort 14,632); the policy allows up to 2.0.")


def test_a_city_too_small_is_not_met_and_an_unknown_answer_or_figure_is_unknown():
    checks = by_code(evaluate(TERMS, proposal(population=5000, near_metropolis="unknown", near_water="no",
                                              has_letter=False), [], TODAY))
    assert checks["population"].status == NOT_MET and checks["population"].figures["ratio"] == "3.8"
    assert checks["near_water"].status == NOT_MET
    assert checks["near_metropolis"].status == UNKNOWN
    assert checks["desire"].status == UNKNOWN
    assert by_code(evaluate(TERMS, proposal(population=None), [], TODAY))["population"].status == UNKNOWN


def test_criteria_the_policy_does_not_set_are_not_checked():
    checks = evaluate(Terms(local_city="Pinole", local_population=19022, letter_of_interest=False), proposal(),
                      [], TODAY)
    assert checks == []


def test_one_per_continent_names_the_partner_already_there():
    terms = Terms(local_city="Pinole", local_population=19022, letter_of_interest=False, one_per_continent=True)
    partners = [Partner("Arezzo", "EU", date(2010, 1, 1)), Partner("Seika", "AS", None)]
    check = evaluate(terms, proposal(), partners, TODAY)[0]
    assert (check.status, check.figures["partners"]) == (NOT_MET, ["Arezzo"])
    assert evaluate(terms, proposal(continent="SA"), partners, TODAY)[0].status == MET
    assert evaluate(terms, proposal(continent=""), partners, TODAY)[0].status == UNKNOWN


def test_new_partnerships_per_period_count_only_those_within_the_period():
    terms = Terms(local_city="Pinole", local_population=19022, letter_of_interest=False, max_new_per_period=1,
                  period_months=12)
    old = [Partner("Arezzo", "EU", date(2024, 5, 1))]
    assert evaluate(terms, proposal(), old, TODAY)[0].status == MET
    recent = [Partner("Seika", "AS", date(2024, 12, 1))]
    check = evaluate(terms, proposal(), recent, TODAY)[0]
    assert (check.status, check.figures["recent"]) == (NOT_MET, 1)

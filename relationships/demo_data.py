"""The City of Pinole's policy, from the seed (`pinole-sister-city-policy-deck.txt`,
through home/demo/data/pinole.py), and applications at every stage.

The deck names the criteria (similar size, near water, near a large
metropolis, the foreign city's desire) and the process; it gives no number
for "similar size", so the ratio bound below (2.0) is this demo's choice, as
are the Commission's seats and quorum. The applications are invented for the
demo: real places, figures as an applicant would state them.
"""

from datetime import date

from home.demo.data import pinole

POLICY = {
    "title": pinole.TITLE,
    "slug": pinole.SLUG,
    "intro": pinole.INTRO[0],
    "body_sections": [s for s in pinole.SECTIONS if s["heading"] not in ("Policy criteria", "Process")],
    "steps": next(s["items"] for s in pinole.SECTIONS if s["heading"] == "Process"),
    "local_city": "Pinole",
    "local_population": 19022,
    "population_source": "2020 United States Census",
    "max_population_ratio": "2.0",
    "presenter": pinole.PRESENTER,
    "chair_email": "sister-cities-chair@pinole.localhost",
}

GROUPS = {
    "director": "Community Services Director",
    "commission": "Community Services Commission",
    "clerk": "City Clerk",
}
# (username, first name, last name, group key)
USERS = [
    ("cs-director", "Community Services", "Director", "director"),
    *[(f"commissioner-{seat}", "Commissioner", f"seat {seat}", "commission") for seat in range(1, 8)],
    ("city-clerk", "City", "Clerk", "clerk"),
]
WORKFLOW = "Sister-city application"
TASKS = [
    ("director", "Director review"),
    ("commission", "Community Services Commission vote"),
    ("clerk", "City Council adoption"),
    ("clerk", "Agreement signed"),
]

APPLICANT = {
    "applicant_role": "resident_group",
    "applicant_organisation": "Pinole sister-city friends (demo)",
    "sponsor_councilmember": "A Pinole councilmember (demo)",
    "sponsor_organisation": "Pinole sister-city friends (demo)",
}

# "stage" says how far the demo walks each one through the workflow.
APPLICATIONS = [
    {
        "stage": "signed",
        "applicant_name": "Marta Visser", "applicant_email": "marta.visser@example.org", "language": "en",
        "city": "Zandvoort", "region": "North Holland", "country": "NL", "city_population": 17000,
        "population_source": "Municipality of Zandvoort, as stated by the applicant",
        "near_water": "yes", "water_evidence": "On the North Sea coast, like Pinole on San Pablo Bay.",
        "near_metropolis": "yes", "metropolis_evidence": "About 25 km west of Amsterdam.",
        "diplomatic_relations": "yes", "origin": "personal",
        "origin_details": "Pinole families with relatives in Zandvoort met its mayor during a visit.",
        "programmes": ["cultural", "youth_education"],
        "supporters_local": "A Pinole councilmember; the sister-city friends group.",
        "supporters_foreign": "The mayor of Zandvoort; a local school.",
        "first_year_plan": "A letter exchange between two schools and a virtual meeting of both councils.",
        "first_year_budget": "1500.00",
        "applied": "2024-03-04",
        "commission": {"date": "2024-04-10", "motion": "Recommend Zandvoort to the City Council.",
                       "votes": ["aye", "aye", "aye", "aye", "aye", "no", None]},
        "council": {"number": "24-010", "adopted_on": "2024-05-07", "ayes": 5, "noes": 0, "absent": 0},
        "agreement": {"signed_on": "2024-09-08", "local": "Mayor of Pinole", "foreign": "Mayor of Zandvoort",
                      "kind": "friendship"},
        "activities": [
            {"kind": "visit_there", "date": date(2025, 5, 14), "travellers": "Two councilmembers and a teacher",
             "gifts": "A framed photograph of San Pablo Bay, given; a book on the North Sea coast, received.",
             "note": "The first delegation visit, for the school letter exchange."},
            {"kind": "annual_report", "date": date(2025, 9, 10), "note": "The first year: 40 letters exchanged."},
        ],
    },
    {
        "stage": "agreement",
        "applicant_name": "Kenji Aoki", "applicant_email": "kenji.aoki@example.org", "language": "ja",
        "city": "Ōiso", "region": "Kanagawa", "country": "JP", "city_population": 31000,
        "population_source": "Ōiso town office, as stated by the applicant",
        "near_water": "yes", "water_evidence": "On Sagami Bay.",
        "near_metropolis": "yes", "metropolis_evidence": "About 40 km from Yokohama.",
        "diplomatic_relations": "yes", "origin": "expatriate",
        "programmes": ["cultural", "business_trade"],
        "first_year_plan": "A delegation visit to Ōiso and a Japanese cultural day in Pinole.",
        "first_year_budget": "4000.00",
        "applied": "2025-01-15",
        "commission": {"date": "2025-02-12", "motion": "Recommend Ōiso to the City Council.",
                       "votes": ["aye", "aye", "aye", "aye", "aye", "aye", "abstain"]},
        "council": {"number": "25-004", "adopted_on": "2025-03-04", "ayes": 5, "noes": 0, "absent": 0},
    },
    {
        "stage": "commission",
        "applicant_name": "Erik Lind", "applicant_email": "erik.lind@example.org", "language": "en",
        "city": "Vaxholm", "region": "Stockholm County", "country": "SE", "city_population": 12000,
        "population_source": "Statistics Sweden, as stated by the applicant",
        "near_water": "yes", "water_evidence": "In the Stockholm archipelago.",
        "near_metropolis": "yes", "metropolis_evidence": "About 20 km from Stockholm.",
        "diplomatic_relations": "yes", "origin": "trade",
        "programmes": ["community_development"],
        "first_year_plan": "An exchange of harbour and shoreline staff.",
        "applied": "2025-09-02",
        # Three members have voted; the quorum is four.
        "votes_so_far": ["aye", "aye", "abstain"],
    },
    {
        "stage": "director",
        "applicant_name": "Lucía Ferrer", "applicant_email": "lucia.ferrer@example.org", "language": "es",
        "city": "Sitges", "region": "Catalonia", "country": "ES", "city_population": 29000,
        "population_source": "Idescat, as stated by the applicant",
        "near_water": "yes", "water_evidence": "On the Mediterranean coast.",
        "near_metropolis": "yes", "metropolis_evidence": "About 35 km south-west of Barcelona.",
        "diplomatic_relations": "yes", "origin": "personal",
        "programmes": ["cultural", "youth_education"],
        "first_year_plan": "A summer exchange of two students each way.",
        "applied": "2025-11-20",
    },
    {
        "stage": "returned",
        "applicant_name": "Giulia Bruno", "applicant_email": "giulia.bruno@example.org", "language": "it",
        "city": "Camogli", "region": "Liguria", "country": "IT", "city_population": 5000,
        "population_source": "",
        "near_water": "yes", "water_evidence": "On the Ligurian Sea.",
        "near_metropolis": "unknown", "metropolis_evidence": "",
        "diplomatic_relations": "yes", "origin": "ancestral",
        "programmes": ["cultural"],
        "first_year_plan": "A photo exhibition in both cities.",
        "applied": "2025-10-06",
        "returned": "Camogli is much smaller than Pinole (ratio 3.8; the policy allows 2.0). Please give the "
                    "source of the population figure, say how far Genoa is, and attach the city's letter of "
                    "interest.",
    },
]

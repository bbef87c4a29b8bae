"""A city's sister-city policy, published as a StandardPage.

Source: `pinole-sister-city-policy-deck.txt`, the City of Pinole staff presentation "Introduction to Sister Cities
Policy" by Jeremy Rogers, Community Services Director. Only the deck's own points are used.
"""

SEED = "pinole-sister-city-policy-deck.txt"

TITLE = "City of Pinole Sister City Policy"
SLUG = "sister-city-policy"
PRESENTER = "Jeremy Rogers, Community Services Director"

INTRO = [
    "In 2022, City staff presented to the City Council about a potential Sister Cities program. The Council "
    "directed staff to work with the Community Services Commission to create a Sister Cities Policy, and in "
    "September the Community Services Commission voted to send the policy to the City Council for review.",
    "A sister city arrangement is one in which two cities, usually located in different countries, establish a "
    "formalized relationship to exchange ideas and collaborate for mutual cultural, and possibly economic, "
    "advancement. The purpose of a sister city is to promote peace through people-to-people relationships.",
]

# Values of ORIGINS and PROGRAMMES are the deck's wording; keys are the choices partner-city pages use.
ORIGINS = {
    "mayoral": "Preexisting mayoral relationships",
    "trade": "Trade relationships",
    "historical": "Historical connections",
    "ancestral": "Ancestral/demographic connections",
    "expatriate": "Expatriate communities",
    "shared_challenge": "Shared geographic/sector challenges",
    "faith_based": "Faith-based groups",
    "personal": "Personal experiences ranging from study/work abroad to marriages",
}

PROGRAMMES = {
    "cultural": ("Cultural Exchange", ["Arts, music, traditions, customs, performances"]),
    "youth_education": (
        "Youth and Education",
        ["Study abroad, virtual exchanges, learning opportunities, leadership building"],
    ),
    "community_development": (
        "Community Development",
        ["Municipal and technical exchanges, best practices, policy exchanges, staff development"],
    ),
    "business_trade": (
        "Business and Trade",
        ["Trade delegations, business incubation, import/export assistance"],
    ),
    "humanitarian": (
        "Service opportunities",
        [
            "Disaster relief",
            "Medical missions",
            "Nurse/doctor exchanges",
            "Provision of supplies/funding to hospitals/clinics",
            "Water and sanitation projects",
            "Educational partnerships aimed at development/health",
            "Municipal exchanges in fields such as sanitation or health management",
        ],
    ),
}

# Each section is a heading and its points; "ordered" marks the one whose points are steps in sequence.
SECTIONS = [
    {
        "heading": "What is Sister Cities International?",
        "ordered": False,
        "items": [
            "Founded in 1956, Sister Cities International is a nonprofit citizen diplomacy network that creates "
            "and strengthens partnerships between U.S. and international communities.",
            "Its mission: to promote peace through mutual respect, cooperation, and understanding – one "
            "individual, one community at a time.",
        ],
    },
    {
        "heading": "How to start a sister city relationship",
        "ordered": False,
        "items": [
            "Cities can, and often do, create their own criteria or requirements for new sister cities: a policy.",
            "All sister cities are formalized by an agreement between the two mayors or highest elected or "
            "appointed officials.",
        ],
    },
    {
        "heading": "How sister cities begin",
        "ordered": False,
        "items": list(ORIGINS.values()),
    },
    {
        "heading": "What sister cities do",
        "ordered": False,
        "items": [
            f"{label}: {details[0]}"
            for key, (label, details) in PROGRAMMES.items()
            if key != "humanitarian"
        ],
    },
    {
        "heading": "Service opportunities",
        "ordered": False,
        "items": [
            "Many sister city programs do humanitarian or development work. This includes, but is not limited "
            "to:",
            *PROGRAMMES["humanitarian"][1],
        ],
    },
    {
        "heading": "Policy criteria",
        "ordered": False,
        "items": [
            "The city should be similar in size.",
            "The city should be in a similar geographic location: near water and near a large metropolis.",
            "The city should have the desire to enter into a sister city relationship.",
        ],
    },
    {
        "heading": "Process",
        "ordered": True,
        "items": [
            "A City Councilperson or staff member makes a connection with a foreign city that meets the criteria "
            "of the policy.",
            "That person fills out the application and sends it to the Community Services Director.",
            "The Community Services Commission reviews the application and votes to approve or deny it.",
            "The application then goes to the City Council for final adoption, and an official agreement is "
            "signed between the two cities.",
        ],
    },
]

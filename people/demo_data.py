"""The association's people in the seeds: the Sonoma association's board, chairs and committees
(`sonoma-sister-cities-association.txt`) and the chapter's officers (`socal-sister-cities-chapter.txt`).
Committee keys are slugs ("sonoma-<city key>"); city keys are those of cities/demo_data.py."""

# Everyone the seed names on the 2024 board. Bios say only what the seed says.
PEOPLE = [
    {"name": "Stephanie Fine", "bio": "President of the Sonoma Sister Cities Association for 2024."},
    {"name": "Robert Demler", "bio": "Vice President and acting Secretary of the association for 2024."},
    {"name": "Vic Aul", "bio": "Chair of the Sonoma-Chambolle-Musigny Committee, known as Chamson."},
    {"name": "Patrick Pesetti", "bio": "Chair of the Sonoma-Greve in Chianti Committee."},
    {"name": "Kaeti Bailie", "bio": "Chair of the Sonoma-Kaniv Committee."},
    {"name": "Jocelyn Mondragon", "bio": "Chair of the Sonoma-Patzcuaro Committee."},
    {"name": "Peggy Rubens", "bio": "Chair of the Sonoma-Penglai Committee."},
    {"name": "Sylvia Toth", "bio": "Co-chair of the Sonoma-Tokaj Committee, with Joan Toth."},
    {"name": "Joan Toth", "bio": "Co-chair of the Sonoma-Tokaj Committee, with Sylvia Toth."},
    {"name": "Gigi Pfleger", "bio": "Membership Chair on the association's Board of Directors."},
    {"name": "Andrew Sorokowski", "bio": "Director at Large on the association's Board of Directors."},
    {
        "name": "Monica Menco",
        "bio": (
            "Director at Large and Website Manager. Her photographs of the Artesia Animastra Vineyard illustrate "
            "the association's site."
        ),
    },
]

POSITIONS_YEAR = 2024

# "Our Officer slate for 2024", the committee chairs and the other board members, in the seed's order.
POSITIONS = [
    {"title": "President", "kind": "officer", "person": "Stephanie Fine", "committee": None},
    {"title": "Vice President", "kind": "officer", "person": "Robert Demler", "committee": None},
    {"title": "Secretary (Acting)", "kind": "officer", "person": "Robert Demler", "committee": None},
    {"title": "Treasurer", "kind": "officer", "person": None, "committee": None},
    {"title": "Chair", "kind": "chair", "person": None, "committee": "sonoma-aswan"},
    {"title": "Chair", "kind": "chair", "person": "Vic Aul", "committee": "sonoma-chambolle-musigny"},
    {"title": "Chair", "kind": "chair", "person": "Patrick Pesetti", "committee": "sonoma-greve-in-chianti"},
    {"title": "Chair", "kind": "chair", "person": "Kaeti Bailie", "committee": "sonoma-kaniv"},
    {"title": "Chair", "kind": "chair", "person": "Jocelyn Mondragon", "committee": "sonoma-patzcuaro"},
    {"title": "Chair", "kind": "chair", "person": "Peggy Rubens", "committee": "sonoma-penglai"},
    {"title": "Co-Chair", "kind": "chair", "person": "Sylvia Toth", "committee": "sonoma-tokaj"},
    {"title": "Co-Chair", "kind": "chair", "person": "Joan Toth", "committee": "sonoma-tokaj"},
    {"title": "Membership Chair", "kind": "director", "person": "Gigi Pfleger", "committee": None},
    {"title": "Director at Large", "kind": "director", "person": "Andrew Sorokowski", "committee": None},
    {"title": "Director at Large/Website Manager", "kind": "director", "person": "Monica Menco", "committee": None},
]

# One committee per partner city, plus the board. "chair" is the single person a Committee snippet can hold
# (None while vacant); "chairs" lists every chair, for Tokaj's co-chairs. The board's members are everyone in
# POSITIONS: the seed says the board includes the committee chairs of all seven affiliates.
COMMITTEES = [
    {
        "slug": "board",
        "kind": "board",
        "name": "SSCA Board of Directors",
        "city": None,
        "chair": None,  # the seed names officers, not a chair of the board
        "chairs": [],
        "members": list(dict.fromkeys(p["person"] for p in POSITIONS if p["person"])),
    },
    {
        "slug": "sonoma-aswan",
        "kind": "committee",
        "name": "Sonoma-Aswan Committee",
        "city": "aswan",
        "chair": None,  # "Aswan/Vacant"
        "chairs": [],
        "members": [],
    },
    {
        "slug": "sonoma-chambolle-musigny",
        "kind": "committee",
        "name": "Sonoma-Chambolle-Musigny Committee",
        "also_known_as": "Chamson",
        "city": "chambolle-musigny",
        "chair": "Vic Aul",
        "chairs": ["Vic Aul"],
        "members": ["Vic Aul"],
    },
    {
        "slug": "sonoma-greve-in-chianti",
        "kind": "committee",
        "name": "Sonoma-Greve in Chianti Committee",
        "city": "greve-in-chianti",
        "chair": "Patrick Pesetti",
        "chairs": ["Patrick Pesetti"],
        "members": ["Patrick Pesetti"],
    },
    {
        "slug": "sonoma-kaniv",
        "kind": "committee",
        "name": "Sonoma-Kaniv Committee",
        "city": "kaniv",
        "chair": "Kaeti Bailie",
        "chairs": ["Kaeti Bailie"],
        "members": ["Kaeti Bailie"],
    },
    {
        "slug": "sonoma-patzcuaro",
        "kind": "committee",
        "name": "Sonoma-Patzcuaro Committee",
        "city": "patzcuaro",
        "chair": "Jocelyn Mondragon",
        "chairs": ["Jocelyn Mondragon"],
        "members": ["Jocelyn Mondragon"],
    },
    {
        "slug": "sonoma-penglai",
        "kind": "committee",
        "name": "Sonoma-Penglai Committee",
        "city": "penglai",
        "chair": "Peggy Rubens",
        "chairs": ["Peggy Rubens"],
        "members": ["Peggy Rubens"],
    },
    {
        "slug": "sonoma-tokaj",
        "kind": "committee",
        "name": "Sonoma-Tokaj Committee",
        "city": "tokaj",
        "chair": "Sylvia Toth",
        "chairs": ["Sylvia Toth", "Joan Toth"],
        "members": ["Sylvia Toth", "Joan Toth"],
    },
]

# The chapter's co-founders as the seed names them (no photos, no contact details).
CHAPTER_PEOPLE = [
    {
        "name": "Thelma Press",
        "bio": (
            "Co-founder of the Sister Cities International Southern California Chapter. She was involved in "
            "establishing the sister city relationship between San Bernardino, California and Tachikawa, Japan in "
            "1959, became the California State representative of Sister Cities International in 1972, and in 1974 "
            "worked with Betty Wilson on the rules and regulations for the chapter by-laws."
        ),
    },
    {
        "name": "Betty Wilson",
        "bio": (
            "Mayor of Santa Fe Springs, who sat with President Eisenhower as one of the people who signed the "
            "agreement to form Sister Cities, and who established the chapter by-laws with Thelma Press in 1974."
        ),
    },
]

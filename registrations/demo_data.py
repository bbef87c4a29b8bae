"""Who answers for the demo's meetings: the people the seed names on the
2024 board (`sonoma-sister-cities-association.txt`), at documentation
addresses. The Kaniv committee meets in the library's small room: six
places, full on its next date, two on the waiting list."""

# Places in the Sonoma Library Meeting Room, for the demo (not from the seed).
KANIV_PLACES = 6
KANIV_QUESTIONS = [
    {"kind": "text", "label": "Accessibility needs", "choices": [], "required": False},
    {"kind": "choice", "label": "Would you help with the next delegation visit?",
     "choices": ["Yes, hosting", "Yes, translating", "Not this time"], "required": False},
]
# (name, guests, "series" or "next"); in this order, so the last two wait.
KANIV = [
    ("Kaeti Bailie", 0, "series"),
    ("Andrew Sorokowski", 1, "series"),
    ("Stephanie Fine", 0, "series"),
    ("Robert Demler", 0, "next"),
    ("Gigi Pfleger", 0, "next"),
    ("Monica Menco", 0, "next"),
    ("Vic Aul", 0, "next"),
]
BOARD = [("Stephanie Fine", 0), ("Robert Demler", 0), ("Gigi Pfleger", 0), ("Andrew Sorokowski", 0)]

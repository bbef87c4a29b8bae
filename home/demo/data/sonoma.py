"""The Sonoma Sister Cities Association (the default demo site).

Source: `sonoma-sister-cities-association.txt` (history, mission and goals, the seven partner cities and their
committee chairs, the 2024 board, the calendar of board and committee meetings). The general history of
twinning in HISTORY comes from `socal-sister-cities-chapter.txt` (see `socal.HISTORY`).
"""

from . import socal

SEED = "sonoma-sister-cities-association.txt"

# The seed gives no postal address, phone, email, web address, tax id or social links for the association.
ORGANISATION = {
    "name": "Sonoma Sister Cities Association",
    "short_name": "SSCA",
    "legal_name": None,
    "address": None,
    "phone": None,
    "email": None,
    "website": None,
    "tax_id": None,
    "social_links": [],
    "established": "1986-09-08",
}

LOCAL_CITY = {
    "name": "Sonoma",
    "region": "California",
    "country": "US",
    "latitude": 38.29,  # general knowledge, not from seed
    "longitude": -122.46,  # general knowledge, not from seed
}

# The home page's hero: the seed's photograph of Sonoma City Hall and its credit.
HERO = {
    "title": "Experience History in The City of Sonoma",
    "caption": "Sonoma City Hall",
    "credit": "C.Maylett, Wikimedia Commons",
    "credit_url": "https://commons.wikimedia.org/wiki/User:C.Maylett",
}
PHOTO_CREDITS = [
    {"subject": "Sonoma City Hall", "credit": "C.Maylett", "url": "https://commons.wikimedia.org/wiki/User:C.Maylett"},
    {"subject": "Vineyard", "credit": "Monica A. Menco/Artesia Animastra Vineyard", "url": None},
]

# The seed's "one individual, on community at at time" is corrected to the wording SCI uses.
MISSION = (
    "Through international people-to-people relationships, our mission is to promote global peace through mutual "
    "respect, understanding and cooperation – one individual, one community at a time."
)
GOALS_INTRO = "This mission is advanced through four broad-based goals with our global partners to"
GOALS = [
    "Facilitate cultural and arts exchanges",
    "Support humanitarian assistance projects",
    "Offer youth and educational programs",
    "Stimulate economic and sustainable development",
]

ABOUT = [
    "The first sister city relationship was between the City of Sonoma and the City of Chambolle-Musigny, France. "
    "With more sister city relationships to follow, the Sonoma Sister Cities Association was established by "
    "official agreement, signed on September 8, 1986, between the City of Sonoma and Sister Cities International "
    "(SCI). Today, we have 7 Sister City Committees all operating under the aegis of SSCA. Each of our committees "
    "works with SSCA to advance our mission and that of SCI, creating the opportunity for citizen to citizen "
    "diplomacy.",
    "Over the years, our Sonoma City Mayor and several members of the City Council have been personally involved "
    "with delegation visits and have been on delegation visits abroad. SSCA, with the vision of the City of Sonoma, "
    "has been an important factor in the recognition of Sonoma as an international tourism destination.",
    "Sister Cities International (SCI) was founded by President Dwight D. Eisenhower in 1956 during the Cold War "
    "Era as a 501(c)3 nonpartisan, nonprofit, national membership organization to serve a network of tens of "
    "thousands of citizen diplomats around the globe who champion peace and prosperity. Through the SCI program "
    "platforms, over 145 countries have hosted visiting international leaders, engaged in cultural and arts "
    "exchanges, developed youth and education programs, provided humanitarian assistance, and stimulated economic "
    "and sustainable development.",
    "Today, SSCA has seven sister city relationships that extend to four continents. Our citizen diplomats are "
    "ordinary citizens who, as a group of volunteers, pursue municipal, business, trade, educational, humanitarian, "
    "social and cultural exchanges with our sister cities. Under the auspice of the City of Sonoma and with the "
    "support of local elected officials, we are a driving part of SCI’s global network of sister city partnerships.",
]

# The town itself ("Rich Historical Beginnings and Landmarks").
TOWN = [
    "The town of Sonoma, centered on the Sonoma Plaza, is a historically significant town in Sonoma Valley, Sonoma "
    "County, California, USA, just 40 miles north of the Golden Gate Bridge. Here the Bear Flag Revolt took place in "
    "1846, which led to independence from Mexico and California becoming a state of the United States on September "
    "9, 1850.",
    "Many historical landmark adobe buildings surround the Plaza, including the Sonoma Barracks and Mission San "
    "Francisco Solano, which was built in 1823 and was the last of the 21 Franciscan missions built in California. "
    "Sonoma City Hall was built in 1908 and is still in use today. It is a focal point on the Plaza, which is itself "
    "a National Historic Landmark.",
    "Sonoma is known for its “slow” food culture, and Sonoma County is a center of California’s wine industry for "
    "the Sonoma Valley AVA. Many residents of Sonoma are third or fourth generation Italian-Americans and "
    "French-Americans, descendants of immigrants who came to the area to work in wine making.",
]

_SONOMA_HISTORY = [
    {
        "date": "1823",
        "title": "Mission San Francisco Solano",
        "text": (
            "Mission San Francisco Solano is built on what is now the Sonoma Plaza, the last of the 21 Franciscan "
            "missions built in California."
        ),
    },
    {
        "date": "1846",
        "title": "The Bear Flag Revolt",
        "text": "The Bear Flag Revolt takes place in Sonoma and leads to California's independence from Mexico.",
    },
    {
        "date": "1850-09-09",
        "title": "California becomes a state",
        "text": "California becomes a state of the United States.",
    },
    {
        "date": "1908",
        "title": "Sonoma City Hall",
        "text": "Sonoma City Hall is built on the Plaza. It is still in use today.",
    },
    {
        "date": "1986-09-08",
        "title": "The Sonoma Sister Cities Association",
        "text": (
            "The Sonoma Sister Cities Association is established by official agreement between the City of Sonoma "
            "and Sister Cities International, as a nonprofit organization to create long-term partnerships between "
            "Sonoma and communities in other countries. Sonoma's first sister city relationship, with "
            "Chambolle-Musigny, France, came before it."
        ),
    },
]


def _sort_key(entry):
    year, _, rest = entry["date"].partition("-")
    return (int(year), rest)


# The general history of twinning is taken from the chapter seed; Sonoma's own dates from this seed.
_GENERAL_DATES = {"836", "1913", "1944", "1956-09-11", "1967", "1970", "1974"}
HISTORY = sorted(
    [*(entry for entry in socal.HISTORY if entry["date"] in _GENERAL_DATES), *_SONOMA_HISTORY], key=_sort_key
)



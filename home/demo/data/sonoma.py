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

# The seed's statement of what the association's volunteers pursue with "our sister cities" (municipal,
# business, trade, educational, humanitarian, social and cultural exchanges) covers every programme area; the
# seed does not break it down by city, so each city carries all of them.
_SSCA_PROGRAMMES = ["cultural", "youth_education", "community_development", "business_trade", "humanitarian"]

CITIES = [
    {
        "key": "aswan",
        "name": "Aswan",
        "local_city": "Sonoma",
        "region": "Aswan Governorate",  # general knowledge, not from seed
        "country": "EG",  # general knowledge, not from seed
        "latitude": 24.09,  # general knowledge, not from seed
        "longitude": 32.90,  # general knowledge, not from seed
        "population": 380000,  # about 380,000 (2021 estimate); general knowledge, not from seed
        "status": "sister",
        "since": None,  # not in the seed and not known for sure
        "origin": "other",  # the seed does not say how it began
        "programmes": _SSCA_PROGRAMMES,
        "website": None,
        "summary": (
            "Aswan, on the east bank of the Nile at the First Cataract, is the capital of Egypt's Aswan "
            "Governorate and one of Sonoma's seven sister cities."
        ),
        "body": [
            # general knowledge, not from seed
            "Aswan lies on the east bank of the Nile at the First Cataract, in the far south of Egypt. In antiquity it "
            "was Egypt's southern frontier town, and its granite quarries supplied stone for monuments along the "
            "Nile; the Unfinished Obelisk still lies in one of them.",
            "The modern city includes Elephantine Island and faces the rock tombs of Qubbet el-Hawa across the "
            "river. Upstream stand the Aswan Low Dam and the Aswan High Dam, which holds back Lake Nasser. The "
            "temples of Philae, moved to Agilkia Island to save them from the rising water, and the Nubian Museum "
            "draw visitors from all over the world.",
            # from the seed
            "Aswan is one of the seven sister cities of the Sonoma Sister Cities Association. The chair of its "
            "Sonoma-Aswan Committee is currently vacant.",
        ],
    },
    {
        "key": "chambolle-musigny",
        "name": "Chambolle-Musigny",
        "local_city": "Sonoma",
        "region": "Côte-d'Or, Bourgogne-Franche-Comté",  # general knowledge, not from seed
        "country": "FR",
        "latitude": 47.19,  # general knowledge, not from seed
        "longitude": 4.95,  # general knowledge, not from seed
        "population": 300,  # about 300 (2020); general knowledge, not from seed
        "status": "sister",
        "since": "1959",  # general knowledge, not from seed (Hello Sonoma!, 2022); the seed says only "the first"
        "origin": "other",
        "programmes": _SSCA_PROGRAMMES,
        "website": None,
        "summary": (
            "Chambolle-Musigny is a small wine village on the Côte de Nuits in Burgundy, France, and Sonoma's first "
            "sister city."
        ),
        "body": [
            # general knowledge, not from seed
            "Chambolle-Musigny is a village of about three hundred people in the Côte-d'Or department of Burgundy, "
            "south of Dijon on the Côte de Nuits, between Morey-Saint-Denis and Vougeot. Its vineyards are planted "
            "with Pinot Noir and include the grands crus Musigny and Bonnes-Mares.",
            # from the seed
            "The first sister city relationship of the City of Sonoma was with Chambolle-Musigny, and the "
            "association's committee for it is known as Chamson. Many Sonoma residents descend from French and "
            "Italian immigrants who came to the valley to work in wine making.",
        ],
    },
    {
        "key": "greve-in-chianti",
        "name": "Greve in Chianti",
        "local_city": "Sonoma",
        "region": "Tuscany",  # general knowledge, not from seed
        "country": "IT",
        "latitude": 43.58,  # general knowledge, not from seed
        "longitude": 11.32,  # general knowledge, not from seed
        "population": 13500,  # about 13,500 (2020); general knowledge, not from seed
        "status": "sister",
        "since": "1983",  # 40th anniversary celebrated in 2023; general knowledge, not from seed
        "origin": "other",
        "programmes": _SSCA_PROGRAMMES,
        "website": None,
        "summary": (
            "Greve in Chianti is a Tuscan market town in the hills between Florence and Siena, at the heart of the "
            "Chianti Classico wine country."
        ),
        # general knowledge, not from seed
        "body": [
            "Greve in Chianti is a comune of the Metropolitan City of Florence, in Tuscany, about thirty kilometres "
            "south of Florence. Its centre is the arcaded, triangular Piazza Matteotti, for centuries the market "
            "place of the Chianti hills.",
            "A statue in the square honours the navigator Giovanni da Verrazzano, who in 1524 was the first European "
            "to sail into New York Bay and is traditionally said to have been born at the nearby Castello di "
            "Verrazzano. Vineyards and olive groves surround the town, and Chianti Classico is its best-known wine.",
        ],
    },
    {
        "key": "kaniv",
        "name": "Kaniv",
        "local_city": "Sonoma",
        "region": "Cherkasy Oblast",  # general knowledge, not from seed
        "country": "UA",
        "latitude": 49.75,  # general knowledge, not from seed
        "longitude": 31.46,  # general knowledge, not from seed
        "population": 24000,  # about 24,000 (2022 estimate); general knowledge, not from seed
        "status": "sister",
        "since": "1987",  # general knowledge, not from seed (Sonoma and Kaniv, reported in 2022)
        "origin": "other",
        "programmes": _SSCA_PROGRAMMES,
        "website": None,
        "summary": (
            "Kaniv is a historic town on the Dnipro in central Ukraine, where the national poet Taras Shevchenko "
            "is buried."
        ),
        "body": [
            # general knowledge, not from seed
            "Kaniv stands on the high right bank of the Dnipro in Cherkasy Oblast, about a hundred kilometres "
            "south-east of Kyiv. It is one of the old towns of the Dnipro valley and appears in chronicles of the "
            "twelfth century.",
            "On Chernecha Hora above the town, now called Taras Hill, is the grave of Taras Shevchenko (1814–1861), "
            "Ukraine's national poet, with a museum devoted to his life and work. The wooded hills along the river "
            "are protected as the Kaniv Nature Reserve.",
            # from the seed
            "The Sonoma-Kaniv Committee meets every month at the Sonoma Library.",
        ],
    },
    {
        "key": "patzcuaro",
        "name": "Patzcuaro",
        "local_city": "Sonoma",
        "region": "Michoacán",  # general knowledge, not from seed
        "country": "MX",
        "latitude": 19.52,  # general knowledge, not from seed
        "longitude": -101.61,  # general knowledge, not from seed
        "population": 98000,  # about 98,000, municipality (INEGI census, 2020); general knowledge, not from seed
        "status": "sister",
        "since": None,  # not in the seed and not known for sure
        "origin": "other",
        "programmes": _SSCA_PROGRAMMES,
        "website": None,
        "summary": (
            "Pátzcuaro is a colonial town in the highlands of Michoacán, Mexico, beside Lake Pátzcuaro, known for "
            "its Purépecha heritage and its crafts."
        ),
        # general knowledge, not from seed
        "body": [
            "Pátzcuaro lies at about 2,100 metres in the highlands of Michoacán, near the southern shore of Lake "
            "Pátzcuaro, in the heartland of the Purépecha people.",
            "In the sixteenth century Vasco de Quiroga, the first bishop of Michoacán, made Pátzcuaro his seat and "
            "encouraged the lakeside villages each to practise a craft, a tradition still seen in the region's "
            "markets. The town keeps its adobe, tile-roofed centre around the broad Plaza Vasco de Quiroga.",
            "Its Day of the Dead observances, above all on the island of Janitzio in the lake, are among the best "
            "known in Mexico.",
        ],
    },
    {
        "key": "penglai",
        "name": "Penglai",
        "local_city": "Sonoma",
        "region": "Shandong",  # general knowledge, not from seed
        "country": "CN",
        "latitude": 37.81,  # general knowledge, not from seed
        "longitude": 120.76,  # general knowledge, not from seed
        "population": 450000,  # about 450,000 (2010, as reported in Sonoma); general knowledge, not from seed
        "status": "sister",
        "since": "2010",  # approved by the Sonoma City Council in January 2010; general knowledge, not from seed
        "origin": "trade",  # proposed by Penglai for wine and tourism; general knowledge, not from seed
        "programmes": _SSCA_PROGRAMMES,
        "website": None,
        "summary": (
            "Penglai, on the northern coast of Shandong Province, China, is a historic harbour town and one of "
            "China's leading wine-growing areas."
        ),
        # general knowledge, not from seed
        "body": [
            "Penglai lies on the north coast of the Shandong Peninsula, facing the Bohai Strait, and is a district "
            "of the city of Yantai.",
            "The Penglai Pavilion, on a headland above the sea, is one of China's celebrated historic towers, and "
            "the coast here is linked with the legend of the Eight Immortals crossing the sea. Beside it lies the "
            "Penglai Water City, a fortified harbour of the Ming dynasty.",
            "The hills behind the coast are planted with vineyards, and Penglai is one of the best-known wine "
            "regions of China.",
        ],
    },
    {
        "key": "tokaj",
        "name": "Tokaj",
        "local_city": "Sonoma",
        "region": "Borsod-Abaúj-Zemplén",  # general knowledge, not from seed
        "country": "HU",
        "latitude": 48.12,  # general knowledge, not from seed
        "longitude": 21.41,  # general knowledge, not from seed
        "population": 3700,  # about 3,700 (2024); general knowledge, not from seed
        "status": "sister",
        "since": "2012",  # general knowledge, not from seed (made official in 2012)
        "origin": "trade",  # grew from a Hungarian trade and tourism mission to Sonoma; general knowledge
        "programmes": _SSCA_PROGRAMMES,
        "website": None,
        "summary": (
            "Tokaj is a small town in north-eastern Hungary where the Bodrog meets the Tisza, and gives its name to "
            "the Tokaj wine region."
        ),
        # general knowledge, not from seed
        "body": [
            "Tokaj lies in Borsod-Abaúj-Zemplén County, at the foot of Kopasz Hill, where the Bodrog flows into the "
            "Tisza.",
            "The town gives its name to the Tokaj wine region, famous for its sweet Tokaji Aszú. The Tokaj Wine "
            "Region Historic Cultural Landscape has been a UNESCO World Heritage Site since 2002.",
            "Sonoma has a Hungarian thread in its own wine history: Ágoston Haraszthy, a Hungarian-born pioneer of "
            "California wine, founded the Buena Vista winery in Sonoma in 1857.",
        ],
    },
]

# The recurring meetings behind the seed's "Upcoming Events" (November 2024 to January 2025). "listed" are the
# dates the seed shows, so the rule can be checked against them; "exdates" are occurrences of the rule the
# seed's calendar leaves out. "venue" is None where the seed says "TBD" or "Contact Sylvia" (see "venue_note").
MEETINGS = [
    {
        "committee": "board",
        "title": "SSCA Monthly Board of Directors Meeting",
        "venue": None,
        "venue_note": "TBD",
        "address": None,
        "rule": {"freq": "monthly", "weekday": "MO", "nth": 2},
        "dtstart": "2024-11-11",
        "listed": ["2024-11-11", "2025-01-13"],
        "exdates": ["2024-12-09"],
        "start": "18:00",
        "end": "20:00",
        "timezone": "America/Los_Angeles",
        "in_person": True,
        "virtual": False,
    },
    {
        "committee": "sonoma-kaniv",
        "title": "Sonoma-Kaniv Committee Meeting",
        "venue": "Sonoma Library Meeting Room",
        "venue_note": None,
        "address": "755 West Napa Street, Sonoma, CA 95476",  # general knowledge, not from seed
        "rule": {"freq": "monthly", "weekday": "WE", "nth": 2},
        "dtstart": "2024-11-13",
        "listed": ["2024-11-13", "2024-12-11", "2025-01-08"],
        "exdates": [],
        "start": "18:00",
        "end": "19:45",
        "timezone": "America/Los_Angeles",
        "in_person": True,
        "virtual": False,
    },
    {
        "committee": "sonoma-tokaj",
        "title": "Monthly Sonoma-Tokaj Committee Meeting",
        "venue": None,
        "venue_note": "Contact Sylvia",
        "address": None,
        "rule": {"freq": "monthly", "weekday": "TH", "nth": 3},
        "dtstart": "2024-11-21",
        "listed": ["2024-11-21", "2024-12-19", "2025-01-16"],
        "exdates": [],
        "start": "18:00",
        "end": "19:45",
        "timezone": "America/Los_Angeles",
        "in_person": True,
        "virtual": False,
    },
    {
        "committee": "sonoma-penglai",
        "title": "Penglai Committee Meeting",
        "venue": "Best Western Sonoma Valley Inn",
        "venue_note": None,
        "address": "550 2nd Street West, Sonoma, CA 95476",  # general knowledge, not from seed
        "rule": {"freq": "monthly", "weekday": "MO", "nth": 1},
        "dtstart": "2024-12-02",
        "listed": ["2024-12-02", "2025-01-06"],
        "exdates": [],
        "start": "11:00",
        "end": "12:30",
        "timezone": "America/Los_Angeles",
        "in_person": True,
        "virtual": True,  # "Best Western Sonoma Valley Inn+Virtual"
    },
]

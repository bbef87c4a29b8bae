"""The Southern California chapter of Sister Cities International (the second demo site, `chapter.localhost`).

Sources: `socal-sister-cities-chapter.txt` (organisation, about, history, the eleven presidential quotes,
bylaws and brochure facts) and `city-sister-cities-page.txt` (the four partnerships in PARTNERSHIPS).
"""

SEED = "socal-sister-cities-chapter.txt"
CITY_PAGE_SEED = "city-sister-cities-page.txt"

ORGANISATION = {
    "name": "Sister Cities International Southern California Chapter",
    "short_name": "SoCal Sister Cities",
    "legal_name": "Sister Cities International Southern California Chapter, Inc.",
    "address": ["4115 E. Maple Tree Drive", "Anaheim, CA 92807"],
    "phone": "1-714-673-4375",
    "email": "admin@socalsistercities.org",
    "website": None,  # the seed gives no web address for the chapter
    "tax_id": "330607663",  # "I.R.S. Federal Tax I.D. #330607663"
    "social_links": [],  # none in the seed
    "mission": "Promoting peace through people-to-people diplomacy",
}

# The national organisation, as the chapter's page lists it.
NATIONAL_ORGANISATION = {
    "name": "Sister Cities International",
    "address": ["915 15th Street NW, 4th Floor", "Washington, D.C. 20005"],
    "phone": "(202) 347-8650",
    "fax": "(202) 393-6524",
    "email": "info@sistercities.org",
    "website": "https://www.sistercities.org",
}


ABOUT = [
    "The “twinning” of cities first began in 836 between Paderborn, Germany and Le Mans, France. This system "
    "became better known with the establishment of the International Union of Local Authorities (IULA), a "
    "Netherlands-based organization founded in 1913 in The Hague. The first twinning of cities in the United States "
    "occurred in 1944 between Wichita, Kansas and Orleans, France.",
    "President Dwight D. Eisenhower was introduced to this system through his brother Milton, the President of "
    "Kansas State University. President Eisenhower liked the idea of cities twinning themselves with cities, people "
    "becoming involved with people, and families becoming families with their twinned counterparts overseas. "
    "Through this concept, President Eisenhower hoped for world peace to be realized through the establishment of "
    "the Sister City Program in 1956.",
    "Since 1956, the network of Sister Cities International has grown to unite tens of thousands of citizen "
    "diplomats and volunteers in programs through over 2,000 cities in 140 countries on six continents.",
    "Ms. Thelma Press, who was involved in the 1959 establishment of the Sister City relationship between San "
    "Bernardino, California and Tachikawa, Japan, was asked in 1972 to serve as the California State representative. "
    "In 1974 she and the Mayor of Santa Fe Springs, Ms. Betty Wilson, who sat with President Eisenhower as one of "
    "the people who signed the agreement to form Sister Cities, established rules and regulations for chapter "
    "by-laws. Because of the size of the State of California, two chapters were established simultaneously: the "
    "Sister Cities International Northern and Southern California chapters.",
    "Today, California has more sister city organizations than any other state in the U.S.: 82 California cities "
    "have 356 partnerships with cities overseas in 70 countries. SoCal Sister Cities now connects approximately 170 "
    "cities in 50 countries with 40 cities in Southern California.",
    "If you wish to announce a sister city event or post your newsletter, please send the information to "
    "admin@socalsistercities.org.",
]

# The history of twinning and of the chapter. Dates are "YYYY" (years may have fewer than four digits, as 836)
# or "YYYY-MM-DD", in chronological order.
HISTORY = [
    {
        "date": "836",
        "title": "Paderborn and Le Mans",
        "text": "The “twinning” of cities first began in 836 between Paderborn, Germany and Le Mans, France.",
    },
    {
        "date": "1913",
        "title": "The International Union of Local Authorities",
        "text": (
            "Twinning became better known with the establishment of the International Union of Local Authorities "
            "(IULA), a Netherlands-based organization founded in 1913 in The Hague."
        ),
    },
    {
        "date": "1944",
        "title": "Wichita and Orleans",
        "text": (
            "The first twinning of cities in the United States occurred in 1944 between Wichita, Kansas and "
            "Orleans, France."
        ),
    },
    {
        "date": "1956-09-11",
        "title": "President Eisenhower's people-to-people programme",
        "text": (
            "At a White House conference President Dwight D. Eisenhower proposed a program of affiliation between "
            "American and foreign cities and called for massive exchanges between Americans and people of other "
            "nations. He had been introduced to twinning through his brother Milton, the President of Kansas State "
            "University."
        ),
    },
    {
        "date": "1959",
        "title": "San Bernardino and Tachikawa",
        "text": (
            "Thelma Press was involved in establishing the sister city relationship between San Bernardino, "
            "California and Tachikawa, Japan."
        ),
    },
    {
        "date": "1967",
        "title": "The first annual conference",
        "text": (
            "The first of Sister Cities' annual conferences was held in Los Angeles, California. Originally part of "
            "the National League of Cities, Sister Cities International became independent as a nonprofit "
            "organization in 1967."
        ),
    },
    {
        "date": "1970",
        "title": "A headquarters of its own",
        "text": (
            "Sister Cities was adopted by the League of Cities until 1970, when Sister Cities International could "
            "establish its own headquarters in Washington, D.C."
        ),
    },
    {
        "date": "1972",
        "title": "A California State representative",
        "text": (
            "Thelma Press was asked to serve as the California State representative and sought out other community "
            "leaders to serve as state representatives throughout the U.S."
        ),
    },
    {
        "date": "1974",
        "title": "The Northern and Southern California chapters",
        "text": (
            "Thelma Press and Betty Wilson, Mayor of Santa Fe Springs, discussed forming a state chapter and "
            "established rules and regulations for chapter by-laws. Because of the size of the State of California, "
            "two chapters were established simultaneously: the Sister Cities International Northern and Southern "
            "California chapters. State chapters then spread throughout the U.S."
        ),
    },
]

SOURCE = "Sister Cities International Southern California Chapter, “About Us” page"

# The eleven presidents, in the seed's order and words. The seed gives no date for any of them; "occasion" is
# only set where the quotation itself names it. Paragraphs of one quotation are separated by a blank line.
QUOTES = [
    {
        "speaker": "Dwight D. Eisenhower",
        "office": "President of the United States",
        "text": (
            "The Sister Cities Program is an important resource to the negotiations of governments in letting the "
            "people themselves give expression of their common desire for friendship, goodwill and cooperation for "
            "a better world for all."
        ),
        "date": None,
        "occasion": None,
        "source": SOURCE,
    },
    {
        # The seed prints two quotations under one attribution to President Kennedy; both are kept, as paragraphs.
        "speaker": "John F. Kennedy",
        "office": "President of the United States",
        "text": (
            "No impersonal representation of a culture can fully communicate its reality to others who have never "
            "known its living substance. Through personal relations – our curiosity can be fulfilled by a sense of "
            "knowledge, cynicism can give way to trust, and the warmth of human friendship to be kindled.\n\n"
            "The Town Affiliation Program is making a real contribution throughout the United States and with many "
            "communities abroad. I hope that you will work to spread its effectiveness to other communities in your "
            "part of the country."
        ),
        "date": None,
        "occasion": None,
        "source": SOURCE,
    },
    {
        "speaker": "Lyndon B. Johnson",
        "office": "President of the United States",
        "text": (
            "Sister Cities work outside government in a field vital to all: the promotion of friendship among "
            "citizens of every land so they will understand each other and want peace. I know of no other task more "
            "important for the people of every country."
        ),
        "date": None,
        "occasion": None,
        "source": SOURCE,
    },
    {
        "speaker": "Richard M. Nixon",
        "office": "President of the United States",
        "text": (
            "The dramatic past successes of the Sister Cities International program give you and your fellow "
            "members a dynamic role in the task of building a more peaceful and prosperous world community."
        ),
        "date": None,
        "occasion": None,
        "source": SOURCE,
    },
    {
        "speaker": "Gerald Ford",
        "office": "President of the United States",
        "text": (
            "When President Eisenhower proposed the establishment of a program of affiliation between American and "
            "foreign cities on September 11, 1956, no one could have anticipated how successful it would become in "
            "creating imaginative and valuable exchanges in the fields of education, culture, youth, business, local "
            "government and professional expertise. All who have given of their time and talent in this effort can "
            "take great satisfaction from their accomplishments."
        ),
        "date": None,
        "occasion": None,
        "source": SOURCE,
    },
    {
        "speaker": "Jimmy Carter",
        "office": "President of the United States",
        "text": (
            "Exchange of ideas and just getting to know each other on the level that the Sister City program "
            "provides plays an important role in maintaining good relationships between the U.S. and foreign "
            "relations. The Sister City program is based on a mutual situation – all countries experience urban "
            "problems – and from this common base we can move toward broader understanding to bring our diverse "
            "cultures closer together."
        ),
        "date": None,
        "occasion": None,
        "source": SOURCE,
    },
    {
        "speaker": "Ronald Reagan",
        "office": "President of the United States",
        "text": (
            "I am proud to serve as Honorary Chairman of Sister Cities International and to be associated with a "
            "program whose human aspect reaches far beyond purely formal contacts between cities.\n\n"
            "Because of your emphasis on the exchange of people and ideas, Sister Cities serves to promote better "
            "understanding and cooperation throughout the world. Out of this effort comes a spirit of friendship "
            "which, when multiplied by thousands of Sister Cities, results in improved economic, cultural, and social "
            "relationships between people everywhere."
        ),
        "date": None,
        "occasion": "As Honorary Chairman of Sister Cities International",
        "source": SOURCE,
    },
    {
        "speaker": "George H.W. Bush",
        "office": "President of the United States",
        "text": (
            "I am honored and proud to lend my name to an organization that has encouraged better international "
            "understanding in the fields of education, culture, economic, and social relationships. Thank you for "
            "extending me the privilege of being associated with the United States Sister Cities Program."
        ),
        "date": None,
        "occasion": None,
        "source": SOURCE,
    },
    {
        "speaker": "William Jefferson Clinton",
        "office": "President of the United States",
        "text": (
            "The Sister Cities International program has been instrumental in breaking down barriers between "
            "cultures and in fostering better relations between peoples separated by oceans. I applaud your efforts "
            "to build lasting bridges between people of different nations in a rapidly changing world. I am "
            "committed to working for a more peaceful planet and am impressed with your organization’s ongoing work "
            "toward this goal. I am happy to offer my support as Honorary Chairman."
        ),
        "date": None,
        "occasion": "As Honorary Chairman of Sister Cities International",
        "source": SOURCE,
    },
    {
        "speaker": "George W. Bush",
        "office": "President of the United States",
        "text": (
            "For 45 years, Sister Cities International has been credited with establishing and strengthening "
            "partnerships between communities in the United States and similar communities internationally. Your "
            "organization fosters recognition that trust, cooperation, and peace between nations are built on "
            "understanding, and that real understanding comes from communication. I commend you for promoting the "
            "development of relationships among leaders and citizens of different countries and cultures.\n\n"
            "I also applaud the thousands of volunteers affiliated with your organization for their efforts on "
            "behalf of those in need. From humanitarian assistance to community development, you help give hope and "
            "comfort to countless individuals and communities throughout the world. I encourage Sister Cities "
            "International in its efforts to unite communities, build understanding, and promote peace across "
            "national and cultural barriers."
        ),
        "date": None,
        "occasion": None,
        "source": SOURCE,
    },
    {
        "speaker": "Barack Obama",
        "office": "President of the United States",
        "text": (
            "The increasing interconnectivity of nations in today’s global economy underscores the need for robust "
            "partnerships between communities around the world. Organizations like Sister Cities International "
            "foster such relationships, increasing mutual knowledge and understanding between cities and cultures. "
            "These collaborations promote collaboration and trust among citizens and nations, create opportunities "
            "for technological and economic innovation and development, and lay the foundations for continued peace "
            "and prosperity. I am proud to serve as your Honorary Chair."
        ),
        "date": None,
        "occasion": "As Honorary Chair of Sister Cities International",
        "source": SOURCE,
    },
]

# Documents the loader renders into small generated files (PDF or TXT). The seed links to the chapter's bylaws
# but does not contain their text, so the bylaws sheet states only what the seed says about them.
BYLAWS = {
    "title": "Bylaws of the Sister Cities International Southern California Chapter, Inc.",
    "filename": "socal-sister-cities-bylaws",
    "sections": [
        {
            "heading": "About this document",
            "text": (
                "This demonstration sheet stands in for the chapter's bylaws, which the chapter publishes for "
                "download. It records only what the chapter's own page says about them."
            ),
        },
        {
            "heading": "Name and office",
            "text": (
                "Sister Cities International Southern California Chapter, Inc., 4115 E. Maple Tree Drive, Anaheim, "
                "CA 92807. Telephone 1-714-673-4375. I.R.S. Federal Tax I.D. #330607663."
            ),
        },
        {"heading": "Mission", "text": "Promoting peace through people-to-people diplomacy."},
        {
            "heading": "Origin of the bylaws",
            "text": (
                "In 1974 Thelma Press, California State representative of Sister Cities International, and Betty "
                "Wilson, Mayor of Santa Fe Springs, established rules and regulations for chapter by-laws. Because of "
                "the size of the State of California, the Northern and Southern California chapters were established "
                "simultaneously."
            ),
        },
    ],
}

BROCHURE = {
    "title": "Sister Cities International Southern California Chapter",
    "filename": "socal-sister-cities-brochure",
    "sections": [
        {"heading": "Our mission", "text": "Promoting peace through people-to-people diplomacy."},
        {
            "heading": "Who we are",
            "text": (
                "SoCal Sister Cities connects approximately 170 cities in 50 countries with 40 cities in Southern "
                "California. California has more sister city organizations than any other state in the U.S.: 82 "
                "California cities have 356 partnerships with cities overseas in 70 countries."
            ),
        },
        {
            "heading": "Our history",
            "text": (
                "Twinning began in 836 between Paderborn and Le Mans; the first U.S. twinning joined Wichita and "
                "Orleans in 1944. President Eisenhower launched the Sister City Program in 1956. In 1974 Thelma "
                "Press and Betty Wilson established the rules for chapter by-laws, and the Northern and Southern "
                "California chapters were founded together."
            ),
        },
        {
            "heading": "Share your news",
            "text": (
                "To announce a sister city event or post your newsletter, send the information to "
                "admin@socalsistercities.org."
            ),
        },
        {
            "heading": "Contact",
            "text": (
                "Sister Cities International Southern California Chapter, Inc., 4115 E. Maple Tree Drive, Anaheim, "
                "CA 92807. 1-714-673-4375. I.R.S. Federal Tax I.D. #330607663."
            ),
        },
    ],
}

# The city-page seed does not name its own city. Its four sister cities (Clermont-Ferrand, Colima, Seika, Arezzo)
# are those of Norman, Oklahoma (general knowledge, not from seed: the City of Norman's sister cities page).
LOCAL_CITY = {
    "name": "Norman",
    "region": "Oklahoma",
    "country": "US",
    "latitude": 35.22,  # general knowledge, not from seed
    "longitude": -97.44,  # general knowledge, not from seed
}


# What the city-page seed says of Sister Cities International, for the chapter's about and mission pages.
SCI_MISSION = (
    "Sister Cities International (SCI) is a non-profit citizen diplomacy network creating and strengthening "
    "partnerships between U.S. and international communities in an effort to increase global cooperation at the "
    "municipal level, to promote cultural understanding and to stimulate economic development. SCI leads the "
    "movement for local community development and volunteer action, by motivating and empowering private citizens, "
    "municipal officials and business leaders to conduct long-term programs of mutual benefit."
)

SCI_GOALS = [
    "Develop municipal partnerships between U.S. cities, counties, states and similar jurisdictions in other nations",
    "Provide opportunities for city officials and citizens to experience and explore other cultures through "
    "long-term community partnerships",
    "Create an atmosphere in which economic and community development can be implemented and strengthened",
    "Stimulate environments through which communities will creatively learn, work and solve problems together "
    "through reciprocal cultural, educational, municipal, business, professional and technical exchanges and projects",
    "Collaborate with organizations in the United States and other countries which share similar goals",
]

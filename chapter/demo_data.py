"""The chapter's demo data. The seed (`socal-sister-cities-chapter.txt`)
says: "SoCal Sister Cities now connects approximately 170 cities in 50
countries with 40 cities in Southern California", names "Sister Cities of
Los Angeles" and the San Bernardino–Tachikawa relationship (1959), and asks
associations to send their events and newsletters to the chapter.

REAL_PAIRS are partnerships we are sure of (general knowledge, not from the
seed, unless marked); the rest of the directory is generated from
LOCAL_CITIES and DEMO_COUNTRIES deterministically and marked as demo data
(`chapter/demo.py`), never presented as real twinnings.
"""

TOTAL_PARTNERS = 170  # "approximately 170 cities", the whole chapter directory
TOTAL_COUNTRIES = 50  # "in 50 countries"

# Forty Southern California cities (the seed's "40 cities"); which forty it
# means, the seed does not say: these are real cities of the region.
LOCAL_CITIES = [
    "Anaheim", "Bakersfield", "Beverly Hills", "Burbank", "Carlsbad", "Chula Vista", "Claremont", "Costa Mesa",
    "Culver City", "Downey", "El Cajon", "Escondido", "Fullerton", "Garden Grove", "Glendale", "Huntington Beach",
    "Irvine", "Lancaster", "Long Beach", "Los Angeles", "Newport Beach", "Norwalk", "Oceanside", "Ontario",
    "Oxnard", "Palm Springs", "Pasadena", "Pomona", "Redlands", "Riverside", "San Bernardino", "San Diego",
    "Santa Ana", "Santa Barbara", "Santa Fe Springs", "Santa Monica", "Temecula", "Torrance", "Ventura",
    "West Covina",
]

# (local city, partner city, country, latitude, longitude, since); general
# knowledge, not from the seed, unless the comment says so. Coordinates are
# rounded; a year only where we are sure of it.
REAL_PAIRS = [
    ("Los Angeles", "Nagoya", "JP", 35.18, 136.91, "1959"),
    ("Los Angeles", "Guangzhou", "CN", 23.13, 113.26, "1981"),
    ("Los Angeles", "Berlin", "DE", 52.52, 13.40, "1967"),
    ("Los Angeles", "Busan", "KR", 35.18, 129.08, "1967"),
    ("Los Angeles", "Bordeaux", "FR", 44.84, -0.58, None),
    ("Los Angeles", "Auckland", "NZ", -36.85, 174.76, None),
    ("Los Angeles", "Mexico City", "MX", 19.43, -99.13, None),
    ("Los Angeles", "Athens", "GR", 37.98, 23.73, None),
    ("Los Angeles", "Taipei", "TW", 25.03, 121.57, None),
    ("Los Angeles", "Yerevan", "AM", 40.18, 44.51, None),
    ("Los Angeles", "Mumbai", "IN", 19.08, 72.88, None),
    ("Los Angeles", "Saint Petersburg", "RU", 59.94, 30.31, None),
    ("San Diego", "Yokohama", "JP", 35.44, 139.64, "1957"),
    ("San Diego", "Tijuana", "MX", 32.51, -117.04, None),
    ("San Diego", "Edinburgh", "GB", 55.95, -3.19, None),
    ("San Diego", "Vladivostok", "RU", 43.12, 131.89, None),
    ("San Diego", "Perth", "AU", -31.95, 115.86, None),
    ("San Diego", "Alcalá de Henares", "ES", 40.48, -3.36, None),
    ("Riverside", "Sendai", "JP", 38.27, 140.87, "1957"),
    ("Riverside", "Ensenada", "MX", 31.87, -116.60, None),
    ("Riverside", "Obuse", "JP", 36.70, 138.31, None),
    ("Long Beach", "Yokkaichi", "JP", 34.97, 136.62, "1963"),
    ("Long Beach", "Qingdao", "CN", 36.07, 120.38, None),
    ("San Bernardino", "Tachikawa", "JP", 35.71, 139.41, "1959"),  # from the seed
    ("Anaheim", "Mito", "JP", 36.37, 140.47, None),
    ("Pasadena", "Mishima", "JP", 35.12, 138.92, None),
    ("Pasadena", "Ludwigshafen", "DE", 49.48, 8.44, None),
    ("Pasadena", "Järvenpää", "FI", 60.47, 25.09, None),
    ("Santa Monica", "Hamm", "DE", 51.68, 7.82, None),
    ("Santa Monica", "Mazatlán", "MX", 23.25, -106.41, None),
    ("Santa Monica", "Fujinomiya", "JP", 35.22, 138.62, None),
    ("Torrance", "Kashiwa", "JP", 35.87, 139.98, None),
    ("Glendale", "Higashiosaka", "JP", 34.68, 135.60, None),
    ("Burbank", "Ota", "JP", 36.29, 139.38, None),
    ("Irvine", "Tsukuba", "JP", 36.08, 140.08, None),
    ("Irvine", "Hermosillo", "MX", 29.07, -110.96, None),
    ("Huntington Beach", "Anjo", "JP", 34.96, 137.08, None),
    ("Newport Beach", "Okazaki", "JP", 34.95, 137.17, None),
    ("Carlsbad", "Futtsu", "JP", 35.30, 139.86, None),
    ("Carlsbad", "Karlovy Vary", "CZ", 50.23, 12.87, None),
    ("Santa Barbara", "Toba", "JP", 34.48, 136.84, None),
    ("Santa Barbara", "Puerto Vallarta", "MX", 20.65, -105.23, None),
    ("Santa Barbara", "Dingle", "IE", 52.14, -10.27, None),
    ("Costa Mesa", "Wyndham", "AU", -37.89, 144.66, None),
]

# Countries for the generated partnerships, with a point near each capital
# (rounded) so the map pins land in the right country.
DEMO_COUNTRIES = [
    ("AR", -34.60, -58.38), ("AT", 48.21, 16.37), ("BE", 50.85, 4.35), ("BR", -15.79, -47.88),
    ("CA", 45.42, -75.70), ("CL", -33.45, -70.67), ("CO", 4.71, -74.07), ("CR", 9.93, -84.08),
    ("DK", 55.68, 12.57), ("EE", 59.44, 24.75), ("ET", 9.03, 38.74), ("GH", 5.60, -0.19),
    ("GT", 14.63, -90.51), ("ID", -6.21, 106.85), ("IL", 31.77, 35.21), ("JO", 31.95, 35.93),
    ("KE", -1.29, 36.82), ("LT", 54.69, 25.28), ("MA", 34.02, -6.84), ("MN", 47.89, 106.91),
    ("NG", 9.08, 7.40), ("NL", 52.37, 4.90), ("NO", 59.91, 10.75), ("PE", -12.05, -77.04),
    ("PH", 14.60, 120.98), ("PL", 52.23, 21.01), ("PT", 38.72, -9.14), ("SE", 59.33, 18.07),
    ("SN", 14.72, -17.47), ("TH", 13.76, 100.50), ("TR", 39.93, 32.86), ("TZ", -6.79, 39.21),
    ("VN", 21.03, 105.85), ("ZA", -25.75, 28.19), ("ZM", -15.39, 28.32),
]

# Member associations. The seed names Sister Cities of Los Angeles; Sonoma's
# association runs its site on this install (its events are read directly).
# The others are generated (marked demo), one per local city at full size.
ASSOCIATIONS = [
    {"slug": "sister-cities-of-los-angeles", "name": "Sister Cities of Los Angeles", "local_city": "Los Angeles",
     "contact_email": "", "feed": True},
    {"slug": "sonoma-sister-cities-association", "name": "Sonoma Sister Cities Association", "local_city": "Sonoma",
     "contact_email": "", "hosted": True},
]

# The demo calendar of Sister Cities of Los Angeles: (days from today, hour,
# title, place). Generated, marked demo in each description.
DEMO_FEED_EVENTS = [
    (9, 18, "Nagoya friendship evening", "Los Angeles City Hall"),
    (23, 11, "Busan exchange students' welcome", "Los Angeles, Koreatown"),
    (41, 17, "Guangzhou trade delegation reception", "Los Angeles, Chinatown"),
]

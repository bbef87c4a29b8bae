"""The City of Pinole's pages on `pinole.localhost` in every language, written
by hand: its home, its directory, its policy page (intro, sections, steps)
and the partner city its signed application made (Zandvoort).

The policy's wording is the one the chapter's page on the same policy has
(home/demo/data/policy_translations.py, from `pinole-sister-city-policy-deck.txt`),
cut the way relationships/demo_data.py cuts the English: the sections but
"Policy criteria" and "Process" go to the body, the Process's points are the
steps; the criteria themselves are the page's fields, said by the interface
catalogues. The City's name is the one its footer uses in each language.
"""

from home.demo.data import pinole
from home.demo.data.chapter_translations import PAGES
from home.demo.data.policy_translations import POLICY

LOCAL_CITY = {"fr": "Pinole", "es": "Pinole", "it": "Pinole", "ja": "ピノール", "uk": "Пінол",
              "zh-hans": "皮诺尔", "hu": "Pinole", "ar": "بينول"}

HOME_TITLE = {"fr": "Ville de Pinole", "es": "Ciudad de Pinole", "it": "Città di Pinole", "ja": "ピノール市",
              "uk": "Місто Пінол", "zh-hans": "皮诺尔市", "hu": "Pinole város", "ar": "مدينة بينول"}

CENSUS = {
    "fr": "Recensement des États-Unis de 2020",
    "es": "Censo de los Estados Unidos de 2020",
    "it": "Censimento degli Stati Uniti del 2020",
    "ja": "2020年米国国勢調査",
    "uk": "Перепис населення США 2020 року",
    "zh-hans": "2020年美国人口普查",
    "hu": "Az Egyesült Államok 2020-as népszámlálása",
    "ar": "تعداد الولايات المتحدة لعام 2020",
}

DIRECTORY = {
    "fr": {"title": "Villes jumelles",
           "intro": "Les villes partenaires de Pinole, chacune dès la signature de son accord."},
    "es": {"title": "Ciudades hermanas",
           "intro": "Las ciudades asociadas de Pinole, cada una desde la firma de su acuerdo."},
    "it": {"title": "Città gemelle",
           "intro": "Le città partner di Pinole, ciascuna dalla firma del suo accordo."},
    "ja": {"title": "姉妹都市",
           "intro": "ピノール市の提携都市です。各都市は、協定が署名された時点でここに加わります。"},
    "uk": {"title": "Міста-побратими",
           "intro": "Міста-партнери Пінола: кожне з’являється тут, щойно підписано його угоду."},
    "zh-hans": {"title": "姐妹城市",
                "intro": "皮诺尔的伙伴城市：每座城市在协议签署后列入。"},
    "hu": {"title": "Testvérvárosok",
           "intro": "Pinole partnervárosai: mindegyik a megállapodása aláírásától szerepel itt."},
    "ar": {"title": "المدن الشقيقة",
           "intro": "المدن الشريكة لمدينة بينول، تُدرج كل منها هنا فور توقيع اتفاقيتها."},
}

# The partner city the signed demo application made (relationships/directory.py).
ZANDVOORT = {
    "fr": {"title": "Zandvoort", "region": "Hollande-Septentrionale", "label": "L’accord signé"},
    "es": {"title": "Zandvoort", "region": "Holanda Septentrional", "label": "El acuerdo firmado"},
    "it": {"title": "Zandvoort", "region": "Olanda Settentrionale", "label": "L’accordo firmato"},
    "ja": {"title": "ザントフォールト", "region": "北ホラント州", "label": "署名済み協定書"},
    "uk": {"title": "Зандворт", "region": "Північна Голландія", "label": "Підписана угода"},
    "zh-hans": {"title": "赞德沃特", "region": "北荷兰省", "label": "已签署的协议"},
    "hu": {"title": "Zandvoort", "region": "Észak-Holland", "label": "Az aláírt megállapodás"},
    "ar": {"title": "زاندفورت", "region": "هولندا الشمالية", "label": "الاتفاق الموقَّع"},
}

# The policy page's own sections (not the criteria, not the process) and its steps.
LEFT_OUT = ("Policy criteria", "Process")


def _sections(code: str) -> tuple[list[str], list[str]]:
    """(body strings, steps) of the policy page in `code`, cut from the
    chapter's page: its intro paragraph, then each section's heading and
    points, then the sources' heading and the source."""
    strings = POLICY[code]
    body, steps, at = [], [], 1
    for section in pinole.SECTIONS:
        size = 1 + len(section["items"])
        part = strings[at:at + size]
        if section["heading"] == "Process":
            steps = part[1:]
        elif section["heading"] not in LEFT_OUT:
            body.extend(part)
        at += size
    body.extend(strings[at:at + 2])  # "Sources" and the deck
    return body, steps


def home(code: str) -> dict[str, list[str]]:
    return {"title": [HOME_TITLE[code]], "intro": [POLICY[code][0]]}


def directory(code: str) -> dict[str, list[str]]:
    return {"title": [DIRECTORY[code]["title"]], "intro": [DIRECTORY[code]["intro"]]}


def policy(code: str) -> dict[str, list[str]]:
    body, steps = _sections(code)
    return {"title": [PAGES[code]["policy"]["title"]], "intro": [PAGES[code]["policy"]["intro"]], "body": body,
            "steps": steps, "local_city": [LOCAL_CITY[code]], "population_source": [CENSUS[code]]}


def zandvoort(code: str) -> dict[str, list[str]]:
    entry = ZANDVOORT[code]
    return {"title": [entry["title"]], "local_city": [LOCAL_CITY[code]], "region": [entry["region"]],
            "body": [entry["label"]]}


LANGUAGES = sorted(HOME_TITLE)

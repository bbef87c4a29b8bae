"""`load_demo_content` also makes real translations through wagtail-localize:
every page the menus and footers reach, the menus and footers themselves and
the chapter's quotes in nine languages, each partner city in its own.

Loading takes most of a minute, so one test reads the loaded sites through
every angle rather than loading them once per angle."""

import re

import polib
import pytest
from django.core.management import call_command
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation

from cities import countries
from cities import demo_data as cities_data
from core.demo.translate import DemoTranslationError, fill_po
from home.demo.data import socal, sonoma
from home.demo.data import translations as data
from home.demo.data.about_translations import ABOUT
from home.demo.data.chapter_about_translations import CHAPTER_ABOUT
from home.demo.data.chapter_translations import FOOTERS, PAGES
from home.demo.data.organisation_translations import COUNTRY, ORGANISATIONS
from home.demo.data.policy_translations import POLICY
from home.demo.data.quote_translations import QUOTES
from home.demo.load import timeline_strings
from people.demo_data import POSITIONS_YEAR
from people.demo_translations import COMMITTEE_NAMES
from relationships import demo_translations as pinole
from relationships.models import RelationshipPolicyPage
from tests.frame import warm_frame

pytestmark = pytest.mark.django_db

RTL = {"ar"}
CHAPTER = {"HTTP_HOST": "chapter.localhost"}
PINOLE = {"HTTP_HOST": "pinole.localhost"}
SONOMA_CITIES = {spec["key"] for spec in cities_data.CITIES}


def html_of(response) -> str:
    assert response.status_code == 200, response
    return response.content.decode().replace("&#x27;", "'").replace("&quot;", '"').replace("&amp;", "&")


def html_tag(html: str) -> str:
    return re.search(r"<html [^>]*>", html).group(0)


def test_demo_content_is_translated_for_readers_and_editors(client, capsys, django_assert_max_num_queries,
                                                            django_capture_on_commit_callbacks):
    call_command("sync_locales", "--no-sync")
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo_content")

    # Every partner city in its own language, on both sites.
    for key, entry in cities_data.CITY_PAGES.items():
        code = entry["locale"]
        paths = [(f"/{code}/directory/sonoma-{key}/" if key in SONOMA_CITIES else f"/{code}/directory/{key}/",
                  CHAPTER)]
        if key in SONOMA_CITIES:
            paths.append((f"/{code}/sister-cities/{key}/", {}))
        for path, host in paths:
            html = html_of(client.get(path, **host))
            assert html_tag(html) == f'<html lang="{code}" dir="{"rtl" if code in RTL else "ltr"}">'
            assert "translation-notice" not in html, path
            assert entry["title"] in html and entry["summary"] in html, path
            missing = [paragraph[:40] for paragraph in entry["body"] if paragraph not in html]
            assert missing == [], path

    # Home, directory and mission in all nine, within the content's query bound.
    client.get("/en/")  # caches warm up once, as on a running site
    for code in data.LOCALES:
        warm_frame(client, f"/{code}/")
        with django_assert_max_num_queries(15):
            home = html_of(client.get(f"/{code}/"))
        assert data.HOME[code]["title"] in home and "translation-notice" not in home
        mission = html_of(client.get(f"/{code}/mission/"))
        assert data.MISSION[code]["title"] in mission and data.MISSION[code]["mission"] in mission
        assert all(goal in mission for goal in data.MISSION[code]["goals"])
        assert cities_data.DIRECTORY[code]["title"] in html_of(client.get(f"/{code}/sister-cities/"))
        if code != "en":
            # The board and contact pages the menu and footer reach, in every language.
            board = html_of(client.get(f"/{code}/board/"))
            assert data.BOARD[code]["title"] in board and data.BOARD[code]["intro"] in board
            assert data.BOARD[code]["heading"].format(year=POSITIONS_YEAR) in board
            assert "translation-notice" not in board
            contact = html_of(client.get(f"/{code}/contact/"))
            assert data.CONTACT[code]["intro"] in contact and "translation-notice" not in contact
        assert data.CHAPTER_HOME[code]["title"] in html_of(client.get(f"/{code}/", **CHAPTER))
        assert cities_data.CHAPTER_DIRECTORY[code]["title"] in html_of(client.get(f"/{code}/directory/", **CHAPTER))

    # The menu links the French pages under /fr/.
    menu = html_of(client.get("/fr/")).split('<nav class="main-menu"', 1)[1].split("</nav>", 1)[0]
    assert f'href="/fr/mission/">{data.MISSION["fr"]["title"]}</a>' in menu
    assert f'href="/fr/about/">{ABOUT["fr"]["title"]}</a>' in menu and "/en/" not in menu
    assert f'href="/fr/board/">{data.BOARD["fr"]["title"]}</a>' in menu

    # Every language: both sites' menus and footers entirely in it, and the pages they reach.
    for code in data.LOCALES[1:]:
        for host, site in (({}, "sonoma"), (CHAPTER, "chapter"), (PINOLE, "pinole")):
            html = html_of(client.get(f"/{code}/", **host))
            menu = html.split('<nav class="main-menu"', 1)[1].split("</nav>", 1)[0]
            footer = html.split('<footer class="site-footer">', 1)[1].split("</footer>", 1)[0]
            footer = footer[footer.index('<div class="site-footer__text"'):]
            labels = re.findall(r"<a [^>]*>([^<]+)</a>", menu + footer)
            # The chapter's menu ends with its member associations; the City's holds its policy and directory.
            assert len(labels) == {"sonoma": 10, "chapter": 9, "pinole": 3}[site], (code, site, labels)
            # A label in another language than the reader's would be marked lang="en".
            assert " lang=" not in menu + footer, (code, site)
            titles = set(Page.objects.filter(locale__language_code=code).values_list("title", flat=True))
            assert set(labels) <= titles, (code, site, set(labels) - titles)
            assert FOOTERS[code][site] in footer, (code, site)
            assert all(f'href="/{code}/' in link for link in re.findall(r'href="[^"]+"', menu + footer))
        pages = {"/about/": ({}, [ABOUT[code]["title"], ABOUT[code]["intro"], *ABOUT[code]["body"]]),
                 "/history/": ({}, [PAGES[code]["history"]["title"], ABOUT[code]["intro"],
                                    *timeline_strings(sonoma.HISTORY, code)]),
                 "/history/?chapter": (CHAPTER, [PAGES[code]["chapter_history"]["title"],
                                                 *timeline_strings(socal.HISTORY, code)]),
                 "/about/?chapter": (CHAPTER, [PAGES[code]["chapter_about"]["title"], *CHAPTER_ABOUT[code]]),
                 "/quotes/": (CHAPTER, [PAGES[code]["quotes"]["title"], *QUOTES[code]["texts"].values()]),
                 "/sister-city-policy/": (CHAPTER, [PAGES[code]["policy"]["intro"], *POLICY[code]]),
                 "/contact/?chapter": (CHAPTER, [PAGES[code]["chapter_contact"]["intro"]])}
        for path, (host, texts) in pages.items():
            html = html_of(client.get(f"/{code}{path.split('?')[0]}", **host))
            assert "translation-notice" not in html, (code, path)
            missing = [text[:40] for text in texts if text.split("\n\n")[0] not in html]
            assert missing == [], (code, path)
        # The committees in the events filter, and both organisations, in the reader's language.
        select = html_of(client.get(f"/{code}/events/")).split('name="committee"', 1)[1].split("</select>", 1)[0]
        assert all(f">{names[code]}</option>" in select for names in COMMITTEE_NAMES.values()), (code, select)
        assert "Committee" not in select and "Board" not in select
        for host, key in (({}, "sonoma"), (CHAPTER, "chapter")):
            html = html_of(client.get(f"/{code}/contact/", **host))
            name = ORGANISATIONS[key][code]["name"]
            assert f'<a class="site-name" href="/{code}/"><bdi>{name}</bdi></a>' in html, (code, key)
        assert f"<bdi>{COUNTRY[code]}</bdi>" in html.split('<footer class="site-footer">', 1)[1]

        # The City of Pinole's every page, and its application form, in the reader's language.
        policy = pinole.policy(code)
        form = RelationshipPolicyPage.objects.get(locale__language_code=code).pk
        pinole_pages = {
            "/": [*pinole.home(code)["title"], *pinole.home(code)["intro"]],
            "/sister-city-policy/": [*policy["title"], *policy["intro"], *policy["body"], *policy["steps"]],
            "/sister-cities/": [*pinole.directory(code)["title"], *pinole.directory(code)["intro"]],
            "/sister-cities/zandvoort/": pinole.zandvoort(code)["title"] + pinole.zandvoort(code)["body"],
            f"/sister-city-application/{form}/": [*policy["title"], countries.country_name("NL", code)],
        }
        for path, texts in pinole_pages.items():
            html = html_of(client.get(f"/{code}{path}", **PINOLE))
            assert html_tag(html) == f'<html lang="{code}" dir="{"rtl" if code in RTL else "ltr"}">', (code, path)
            main = html.split("<main", 1)[1].split("</main>", 1)[0]
            assert "translation-notice" not in html and 'lang="en"' not in main, (code, path)
            missing = [text[:40] for text in texts if text not in html]
            assert missing == [], (code, path)
            # The city's name in the header, as the associations' are.
            name = ORGANISATIONS["pinole"][code]["name"]
            assert f'<a class="site-name" href="/{code}/"><bdi>{name}</bdi></a>' in html, (code, path)

    # The timeline's entries are translated with their page: none is left in English.
    timeline = html_of(client.get("/ar/history/")).split('<ol class="timeline">', 1)[1].split("</ol>", 1)[0]
    assert "<span>إرسالية سان فرانسيسكو سولانو</span>" in timeline and 'lang="en"' not in timeline

    # A city not translated into the reader's language: English, with the notice.
    html = html_of(client.get("/fr/sister-cities/kaniv/"))
    assert "Канів" not in html
    assert "Cette page n'est pas encore disponible en français. Elle est affichée en anglais." in html

    # Editors pick up where the loader stopped: wagtail-localize translations.
    kaniv = Page.objects.get(slug="kaniv", locale__language_code="en", url_path__startswith="/home/")
    ukrainian = Locale.objects.get(language_code="uk")
    translation = Translation.objects.get(source__object_id=kaniv.translation_key, target_locale=ukrainian)
    filled = {entry.msgctxt.split(".")[0] for entry in translation.export_po() if entry.msgstr}
    assert {"title", "summary", "body", "local_city", "region"} <= filled

    # Loading again translates nothing twice.
    pages, translations = Page.objects.count(), Translation.objects.count()
    capsys.readouterr()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo_content")
    assert (Page.objects.count(), Translation.objects.count()) == (pages, translations)
    assert "nothing to do" in capsys.readouterr().out


def test_a_translation_that_does_not_fit_its_page_is_refused():
    po = polib.POFile()
    po.append(polib.POEntry(msgctxt="title", msgid="Kaniv"))
    po.append(polib.POEntry(msgctxt="body.1", msgid="First paragraph."))
    po.append(polib.POEntry(msgctxt="body.1", msgid="Second paragraph."))

    with pytest.raises(DemoTranslationError, match=r"'body' has 2 strings in English and 1 in the translation"):
        fill_po(po, {"title": ["Канів"], "body": ["Лише один абзац."]}, where="/kaniv/ in uk")

    assert fill_po(po, {"title": ["Канів & Co"]}, where="/kaniv/ in uk") == 1
    assert po[0].msgstr == "Канів &amp; Co"  # strings are HTML in wagtail-localize

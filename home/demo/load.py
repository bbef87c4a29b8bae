"""Demo content of the home app, from the seeds: the Sonoma association's
site (the default one) and the Southern California chapter's on
`chapter.localhost`: their home, about, mission, history, board, quotes,
policy and contact pages, organisation settings, menus and footers.

Idempotent: everything is looked up by a natural key and only created when
missing. cms/demo.py calls these in order with the other apps' loaders.
"""

from datetime import date

from django.conf import settings
from wagtail.models import Page, Site
from wagtail.rich_text import RichText

from core.demo import Report, child, ensure_document, ensure_image, ensure_page, paragraphs
from core.demo.translate import simple, translate_everywhere, translate_page, translate_snippet
from people.demo_data import POSITIONS_YEAR

from ..models import (
    ContactPage,
    Footer,
    HistoryEntry,
    HistoryPage,
    HomeFeaturedCity,
    HomePage,
    NavigationMenu,
    OrganisationSettings,
    PresidentialQuote,
    QuotesPage,
    StandardPage,
)
from .data import pinole, socal, sonoma, translations
from .data.about_translations import ABOUT
from .data.chapter_about_translations import CHAPTER_ABOUT
from .data.chapter_translations import FOOTERS, PAGES
from .data.history_translations import HISTORY
from .data.organisation_translations import ORGANISATIONS
from .data.policy_translations import POLICY
from .data.quote_translations import QUOTES

CHAPTER_HOSTNAME = "chapter.localhost"
PINOLE_HOSTNAME = "pinole.localhost"


def history_page(parent, title, intro, entries, report):
    page = child(parent, "history")
    if page is not None:
        return page
    page = HistoryPage(title=title, slug="history", intro=paragraphs(intro))
    for order, entry in enumerate(entries):
        # "836", "1913" or "1956-09-11": a year alone or a full date.
        year = int(entry["date"].split("-")[0])
        full_date = date.fromisoformat(entry["date"]) if "-" in entry["date"] else None
        page.entries.add(HistoryEntry(sort_order=order, year=year, date=full_date, title=entry["title"],
                                      text=paragraphs([entry["text"]])))
    return ensure_page(parent, page, report)


def organisation(site, spec, report, **documents):
    org = OrganisationSettings.for_site(site)
    if org.name:
        return org
    org.name = spec["name"]
    org.legal_name = spec.get("legal_name") or ""
    org.address = "\n".join(spec.get("address") or [])
    org.phone = spec.get("phone") or ""
    org.email = spec.get("email") or ""
    org.tax_id = spec.get("tax_id") or ""
    org.social_links = [("link", {"network": link["network"], "url": link["url"]})
                        for link in spec.get("social_links") or []]
    for name, document in documents.items():
        setattr(org, name, document)
    org.save()
    report.add(f"organisation settings for {site}")
    return org


def chrome(site, locale, menu_pages, footer_text, footer_pages, report):
    if not NavigationMenu.objects.filter(site=site, locale=locale).exists():
        NavigationMenu.objects.create(site=site, locale=locale,
                                      items=[("item", {"page": page, "url": "", "label": ""}) for page in menu_pages])
        report.add(f"navigation menu for {site}")
    if not Footer.objects.filter(site=site, locale=locale).exists():
        Footer.objects.create(site=site, locale=locale, text=paragraphs([footer_text]),
                              links=[("item", {"page": page, "url": "", "label": ""}) for page in footer_pages])
        report.add(f"footer for {site}")


def add_menu_pages(site, locale, report):
    """Other apps' demo loaders flag their pages (events, newsletter archive)
    `show_in_menus`; they join the site's menu after its own pages."""
    menu = NavigationMenu.objects.filter(site=site, locale=locale).first()
    if menu is None:
        return
    listed = {item.value["page"].pk for item in menu.items if item.value.get("page")}
    added = [page for page in Page.objects.child_of(site.root_page).live().in_menu().order_by("path")
             if page.pk not in listed]
    for page in added:
        menu.items.append(("item", {"page": page, "url": "", "label": ""}))
        report.add(f"menu entry {page.title}")
    if added:
        menu.save()


def quotes(locale, report):
    for order, spec in enumerate(socal.QUOTES):
        if not PresidentialQuote.objects.filter(locale=locale, speaker=spec["speaker"]).exists():
            PresidentialQuote.objects.create(
                locale=locale, speaker=spec["speaker"], office=spec.get("office") or "", text=spec["text"],
                date=date.fromisoformat(spec["date"]) if spec.get("date") else None,
                occasion=spec.get("occasion") or "", source=spec.get("source") or "", sort_order=order)
            report.add(f"quote of {spec['speaker']}")


# --- the two sites ------------------------------------------------------------
def load_sites(locale, report: Report) -> dict[str, Site]:
    """The sites with their own pages: {"sonoma": Site, "chapter": Site, "pinole": Site}
    (the city council's, whose policy and applications the relationships app loads)."""
    return {"sonoma": load_sonoma(report), "chapter": load_chapter(locale, report),
            "pinole": load_pinole(locale, report)}


def load_sonoma(report: Report) -> Site:
    site = Site.objects.get(is_default_site=True)
    home = site.root_page.specific
    if isinstance(home, HomePage) and not home.intro:
        home.title = translations.HOME["en"]["title"]
        home.intro = paragraphs([translations.HOME["en"]["intro"]])
        home.hero_image = ensure_image(
            "Sonoma", "Illustration: hills under a sky, with the name Sonoma (standing in for Sonoma City Hall)",
            report)
        home.save_revision().publish()
        site.site_name = sonoma.ORGANISATION["name"]
        site.save()
        report.add("Sonoma home page")
    ensure_page(home, StandardPage(
        title="About us", slug="about", intro=sonoma.ABOUT[0],
        body=[("paragraph", RichText(paragraphs(sonoma.ABOUT[1:]))),
              ("heading", {"text": "Rich historical beginnings and landmarks", "level": "h2"}),
              ("paragraph", RichText(paragraphs(sonoma.TOWN)))]), report)
    ensure_page(home, StandardPage(slug="mission", **mission_fields("en")), report)
    history_page(home, "History", [sonoma.ABOUT[0]], sonoma.HISTORY, report)
    ensure_page(home, StandardPage(
        title="Board of directors", slug="board",
        intro="Our board includes committee chairs for all seven of our affiliates.",
        body=[("board", {"year": POSITIONS_YEAR, "title": f"Officers and directors {POSITIONS_YEAR}"})]), report)
    ensure_page(home, ContactPage(
        title="Contact", slug="contact", intro="Write to the association or come to a board meeting."), report)
    return site


def load_chapter(locale, report: Report) -> Site:
    root = Page.get_first_root_node()
    site = Site.objects.filter(hostname=CHAPTER_HOSTNAME).first()
    if site is None:
        home = child(root, "socal")
        if home is None:
            home = HomePage(title=translations.CHAPTER_HOME["en"]["title"], slug="socal", locale=locale,
                            intro=paragraphs([translations.CHAPTER_HOME["en"]["intro"]]))
            home.hero_image = ensure_image(
                "Southern California", "Illustration: hills under a sky, with the words Southern California",
                report)
            root.add_child(instance=home)
            home.save_revision().publish()
            report.add("chapter home page")
        site = Site.objects.create(hostname=CHAPTER_HOSTNAME, port=80, root_page=home,
                                   site_name=socal.ORGANISATION["short_name"])
        report.add(f"site {CHAPTER_HOSTNAME}")
    home = site.root_page.specific
    bylaws = ensure_document(socal.BYLAWS, report)
    brochure = ensure_document(socal.BROCHURE, report)
    ensure_page(home, StandardPage(
        title="About us", slug="about", intro=socal.ORGANISATION["mission"],
        body=[("paragraph", RichText(paragraphs(socal.ABOUT))),
              ("document", {"document": bylaws, "label": "Our bylaws (PDF)"}),
              ("document", {"document": brochure, "label": "The chapter's brochure (PDF)"}),
              ("heading", {"text": "Sister Cities International", "level": "h2"}),
              ("paragraph", RichText(paragraphs([socal.SCI_MISSION]))),
              ("list", {"title": "Goals of Sister Cities International", "numbered": False,
                        "items": socal.SCI_GOALS})]), report)
    history_page(home, "History of twinning", [], socal.HISTORY, report)
    quotes(locale, report)
    ensure_page(home, QuotesPage(
        title="Presidential quotes", slug="quotes",
        intro=paragraphs(["Eleven presidents of the United States on the sister city movement."])), report)
    pinole_policy(home, report)
    ensure_page(home, ContactPage(
        title="Contact", slug="contact",
        intro="To announce a sister city event or post your newsletter, send the information to "
              f"{socal.ORGANISATION['email']}."), report)
    return site


def load_pinole(locale, report: Report) -> Site:
    site = Site.objects.filter(hostname=PINOLE_HOSTNAME).first()
    if site is not None:
        return site
    root = Page.get_first_root_node()
    home = child(root, "pinole")
    if home is None:
        home = HomePage(title="City of Pinole", slug="pinole", locale=locale, intro=paragraphs(pinole.INTRO[1:]))
        root.add_child(instance=home)
        home.save_revision().publish()
        report.add("Pinole home page")
    report.add(f"site {PINOLE_HOSTNAME}")
    return Site.objects.create(hostname=PINOLE_HOSTNAME, port=80, root_page=home, site_name="City of Pinole")


def finish_sites(sites: dict[str, Site], locale, report: Report) -> None:
    """Once the other apps' pages exist: Sonoma's featured cities, then both
    sites' organisation settings, menus and footers."""
    sonoma_site, chapter_site = sites["sonoma"], sites["chapter"]
    home = sonoma_site.root_page.specific
    pages = {slug: child(home, slug) for slug in ("about", "mission", "history", "sister-cities", "board",
                                                  "contact")}
    if not home.featured_cities.exists() and pages["sister-cities"] is not None:
        cities = (Page.objects.child_of(pages["sister-cities"]).live().exclude(slug__startswith="synthetic-")
                  .order_by("path").values_list("pk", flat=True))
        for order, city_id in enumerate(cities):
            HomeFeaturedCity.objects.create(page=home, city_id=city_id, sort_order=order)
        report.add("featured cities")
    organisation(sonoma_site, sonoma.ORGANISATION, report)
    chrome(sonoma_site, locale, [pages[slug] for slug in pages if pages[slug]],
           f"{sonoma.ORGANISATION['name']}: citizen diplomacy since 1986.", [pages["about"], pages["contact"]],
           report)

    chapter = chapter_site.root_page.specific
    pages = {slug: child(chapter, slug) for slug in ("about", "history", "directory", "quotes", pinole.SLUG,
                                                     "contact")}
    organisation(chapter_site, socal.ORGANISATION, report, bylaws=ensure_document(socal.BYLAWS, report),
                 brochure=ensure_document(socal.BROCHURE, report))
    chrome(chapter_site, locale, [page for page in pages.values() if page], socal.ORGANISATION["mission"],
           [pages["about"], pages["contact"]], report)


def pinole_policy(parent, report):
    body = [("paragraph", RichText(paragraphs(pinole.INTRO[1:])))]
    for section in pinole.SECTIONS:
        body.append(("list", {"title": section["heading"], "numbered": section["ordered"],
                              "items": section["items"]}))
    sources = [{"title": f"City of Pinole, “Introduction to Sister Cities Policy”, presented by {pinole.PRESENTER}"}]
    body.append(("sources", {"title": "Sources", "sources": [
        {"title": s["title"], "url": s.get("url") or "", "note": s.get("note") or ""} for s in sources]}))
    return ensure_page(parent, StandardPage(title=pinole.TITLE, slug=pinole.SLUG, intro=pinole.INTRO[0], body=body),
                       report)


# --- translations --------------------------------------------------------------
# The lead-in of the mission page's list of goals, which the seed translations
# do not carry (its English is sonoma.GOALS_INTRO).
GOALS_INTRO = {
    "fr": "Cette mission se concrétise par quatre grands objectifs, poursuivis avec nos partenaires dans le monde :",
    "es": "Esta misión se lleva adelante mediante cuatro grandes objetivos, junto con nuestros socios en el mundo:",
    "it": "Questa missione si realizza attraverso quattro grandi obiettivi, perseguiti con i nostri partner nel mondo:",
    "ja": "この使命は、世界のパートナーとともに取り組む次の4つの大きな目標を通じて推進されています。",
    "uk": "Ця місія втілюється через чотири широкі цілі, які ми здійснюємо разом із партнерами у світі:",
    "zh-hans": "我们与世界各地的伙伴一起，通过以下四项广泛的目标推进这一使命：",
    "hu": "Ezt a küldetést négy átfogó céllal valósítjuk meg nemzetközi partnereinkkel együtt:",
    "ar": "نسعى إلى تحقيق هذه الرسالة عبر أربعة أهداف واسعة مع شركائنا حول العالم:",
}


def mission_fields(code):
    text = translations.MISSION[code]
    goals_title = sonoma.GOALS_INTRO if code == "en" else ""
    return {"title": text["title"], "intro": text["mission"],
            "body": [("list", {"title": goals_title, "numbered": True, "items": text["goals"]})]}


def mission_strings(entry: dict, code: str) -> dict[str, list[str]]:
    return {"title": [entry["title"]], "intro": [entry["mission"]], "body": [GOALS_INTRO[code], *entry["goals"]]}


def board_strings(entry: dict, code: str) -> dict[str, list[str]]:
    return {"title": [entry["title"]], "intro": [entry["intro"]],
            "body": [entry["heading"].format(year=POSITIONS_YEAR)]}


def _strings(entry: dict) -> dict[str, list[str]]:
    return {field: text if isinstance(text, list) else [text] for field, text in entry.items()}


def translate(sites: dict[str, Site], locales: set[str], report: Report) -> None:
    """Every page of both sites' own (the directories, events and newsletter
    are their apps'), and the chapter's quotes, in every language."""
    sonoma_home = sites["sonoma"].root_page.specific
    translate_everywhere(sonoma_home, translations.HOME, simple, locales, report)
    translate_everywhere(child(sonoma_home, "mission"), translations.MISSION, mission_strings, locales, report)
    translate_everywhere(child(sonoma_home, "board"), translations.BOARD, board_strings, locales, report)
    translate_everywhere(child(sonoma_home, "contact"), translations.CONTACT, simple, locales, report)
    chapter_home = sites["chapter"].root_page.specific
    translate_everywhere(chapter_home, translations.CHAPTER_HOME, simple, locales, report)
    english_quotes = list(PresidentialQuote.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
                          .order_by("sort_order"))
    for code in sorted(locales & PAGES.keys()):
        pages = PAGES[code]
        sonoma_pages = {
            "about": _strings(ABOUT[code]),
            "history": {"title": [pages["history"]["title"]], "intro": [ABOUT[code]["intro"]],
                        "entries": timeline_strings(sonoma.HISTORY, code)},
        }
        chapter_pages = {
            "about": {"title": [pages["chapter_about"]["title"]], "intro": [FOOTERS[code]["chapter"]],
                      "body": CHAPTER_ABOUT[code]},
            "history": {**_strings(pages["chapter_history"]), "entries": timeline_strings(socal.HISTORY, code)},
            "quotes": _strings(pages["quotes"]),
            pinole.SLUG: {**_strings(pages["policy"]), "body": POLICY[code]},
            "contact": _strings(pages["chapter_contact"]),
        }
        for home, table in ((sonoma_home, sonoma_pages), (chapter_home, chapter_pages)):
            for slug, strings in table.items():
                page = child(home, slug)
                if page is not None:
                    translate_page(page, code, strings, report)
        for quote in english_quotes:
            text = QUOTES[code]["texts"].get(quote.speaker)
            if text is not None:
                translate_snippet(quote, code, quote_strings(quote, code, text), report)


def timeline_strings(entries: list[dict], code: str) -> list[str]:
    """A history page's entries in `code`, in the order wagtail-localize
    exports them: each entry's title, then its text (one paragraph)."""
    return [text for entry in entries for text in HISTORY[code][entry["title"]]]


def quote_strings(quote, code: str, text: str) -> dict[str, list[str]]:
    """A quotation's strings: the speaker keeps their name, the office, the
    occasion and the source are said in `code`."""
    strings = {"speaker": [quote.speaker], "office": [QUOTES[code]["office"]], "text": [text],
               "source": [QUOTES[code]["source"]]}
    if quote.occasion:
        strings["occasion"] = [QUOTES[code]["occasion"]]
    return strings


def translate_chrome(sites: dict[str, Site], locales: set[str], report: Report) -> None:
    """Every site's menu and footer in every language, once the pages they
    link to are translated: a menu has no text of its own (each entry is its
    page's title), a footer has its line."""
    for key, site in sites.items():
        translate_organisation(site, ORGANISATIONS.get(key, {}), locales, report)
        menu = NavigationMenu.objects.filter(site=site, locale__language_code=settings.LANGUAGE_CODE).first()
        footer = Footer.objects.filter(site=site, locale__language_code=settings.LANGUAGE_CODE).first()
        for code in sorted(locales & FOOTERS.keys()):
            if menu is not None:
                translate_snippet(menu, code, {}, report)
            if footer is not None:
                translate_snippet(footer, code, {"text": [FOOTERS[code][key]]}, report)


def translate_organisation(site, table: dict, locales: set[str], report: Report) -> None:
    """The organisation's name and address in every language; what an editor gave is kept."""
    org = OrganisationSettings.objects.filter(site=site).first()
    if org is None or not table:
        return
    translations = dict(org.translations or {})
    added = []
    for code in sorted(locales & table.keys()):
        given = dict(translations.get(code) or {})
        texts = {"name": table[code]["name"], "address": "\n".join(table[code].get("address") or [])}
        new = {field: text for field, text in texts.items() if text and not given.get(field)}
        if new:
            translations[code] = {**given, **new}
            added.append(code)
    if added:
        org.translations = translations
        org.save(update_fields=["translations"])
        report.add(f"organisation of {site} in {', '.join(added)}")

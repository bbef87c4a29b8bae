"""Demo content from the seeds: the Sonoma association on the default site,
the Southern California chapter on `chapter.localhost`.

Idempotent: everything is looked up by a natural key (a page's slug under its
parent, a snippet's name or slug, a file's title) and only created when
missing, so a second run changes nothing and what editors changed stays.
"""

import importlib
import logging
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.conf import settings
from django.db import transaction
from django.utils.html import escape
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText

from cities.models import CityIndexPage, CityProfilePage
from home.models import (
    Footer,
    HistoryEntry,
    HistoryPage,
    HomeFeaturedCity,
    HomePage,
    NavigationMenu,
    OrganisationSettings,
    PresidentialQuote,
    QuotesPage,
    SiteImage,
    StandardPage,
)
from people.models import BoardPosition, Committee, Person

from . import media, translate
from .data import socal, sonoma, translations
from .tree import child

try:
    from .data import pinole
except ImportError:  # the policy deck's data is optional
    pinole = None

log = logging.getLogger(__name__)

CHAPTER_HOSTNAME = "chapter.localhost"
# Other apps add their own demo content through these, when they exist:
# load(home_page) with the Sonoma association's home page, and
# add_synthetic_events(n) for --scale.
OTHER_APP_LOADERS = ("events.demo", "newsletters.demo")


@dataclass
class Report:
    created: list = field(default_factory=list)

    def add(self, what):
        self.created.append(what)
        log.info("created %s", what)


# --- small helpers ------------------------------------------------------------

def paragraphs(texts) -> str:
    return "".join(f"<p>{escape(text)}</p>" for text in texts)


def parse_since(value):
    """"1959" -> (1959-01-01, year only); "2005-09-01" -> (that date, False)."""
    if not value:
        return None, False
    if len(value) == 4:
        return date(int(value), 1, 1), True
    return date.fromisoformat(value), False


def ensure_page(parent: Page, page: Page, report: Report) -> Page:
    existing = child(parent, page.slug)
    if existing is not None:
        return existing
    page.locale_id = parent.locale_id
    parent.add_child(instance=page)
    page.save_revision().publish()
    report.add(f"page {page.url_path}")
    return page


def ensure_image(title: str, alt: str, report: Report, credit: str = media.CREDIT, label: str = "") -> SiteImage:
    image = SiteImage.objects.filter(title=title).first()
    if image is None:
        image = SiteImage.objects.create(title=title, description=alt, credit=credit,
                                         file=media.image_file(label or title, slug_of(title)))
        report.add(f"image {title}")
    return image


def ensure_document(spec: dict, report: Report):
    Document = get_document_model()
    document = Document.objects.filter(title=spec["title"]).first()
    if document is None:
        document = Document.objects.create(title=spec["title"],
                                           file=media.pdf_file(spec["title"], spec["sections"], spec["filename"]))
        report.add(f"document {spec['title']}")
    return document


def slug_of(text: str) -> str:
    from django.utils.text import slugify

    return slugify(text)[:80] or "item"


def ensure_person(name: str, bio: str = "", report: Report | None = None) -> Person:
    person = Person.objects.filter(name=name).first()
    if person is None:
        person = Person.objects.create(name=name, bio=paragraphs([bio]) if bio else "")
        report and report.add(f"person {name}")
    return person


# --- pieces both sites use ------------------------------------------------------

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


def city_pages(directory, cities, report, *, images=True):
    pages = {}
    for spec in cities:
        slug = spec["key"]
        started, year_only = parse_since(spec.get("since"))
        page = CityProfilePage(
            title=spec["name"], slug=slug, local_city=spec.get("local_city") or "",
            region=spec.get("region") or "", country=spec["country"],
            latitude=Decimal(str(spec["latitude"])), longitude=Decimal(str(spec["longitude"])),
            population=spec.get("population"), status=spec.get("status") or "sister",
            started=started, started_year_only=year_only, origin=spec.get("origin") or "",
            programmes=list(spec.get("programmes") or []), website=spec.get("website") or "",
            summary=spec.get("summary") or "",
            body=[("paragraph", RichText(paragraphs(spec.get("body") or [])))],
        )
        if images:
            caption = spec.get("image_caption")
            page.hero_image = ensure_image(
                f"{spec['name']}, {spec['country']}",
                f"Illustration: hills under a sky, with the name {spec['name']}"
                + (f" (standing in for: {caption})" if caption else ""), report, label=spec["name"])
        pages[spec["key"]] = ensure_page(directory, page, report)
    return pages


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

def load_sonoma(locale, report) -> Site:
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

    people = {spec["name"]: ensure_person(spec["name"], spec.get("bio", ""), report) for spec in sonoma.PEOPLE}
    about = ensure_page(home, StandardPage(
        title="About us", slug="about", intro=sonoma.ABOUT[0],
        body=[("paragraph", RichText(paragraphs(sonoma.ABOUT[1:]))),
              ("heading", {"text": "Rich historical beginnings and landmarks", "level": "h2"}),
              ("paragraph", RichText(paragraphs(sonoma.TOWN)))]), report)
    mission = ensure_page(home, StandardPage(slug="mission", **mission_fields("en")), report)
    history = history_page(home, "History", [sonoma.ABOUT[0]], sonoma.HISTORY, report)
    directory = ensure_page(home, CityIndexPage(
        title=translations.DIRECTORY["en"]["title"], slug="sister-cities",
        intro=paragraphs([translations.DIRECTORY["en"]["intro"]])), report)
    cities = city_pages(directory, sonoma.CITIES, report)

    committees = {}
    for spec in sonoma.COMMITTEES:
        chairs = [people[name] for name in spec.get("chairs") or []]
        committee, created = Committee.objects.get_or_create(slug=spec["slug"], defaults={
            "name": spec["name"], "kind": spec["kind"], "city": cities.get(spec["city"]) if spec["city"] else None,
            "chair": people.get(spec["chair"]) if spec["chair"] else None,
            "co_chair": chairs[1] if len(chairs) > 1 else None,
        })
        if created:
            committee.members.set([people[name] for name in spec.get("members") or []])
            report.add(f"committee {spec['slug']}")
        committees[spec["slug"]] = committee

    year = sonoma.POSITIONS_YEAR
    if not BoardPosition.objects.filter(year=year, locale=locale).exists():
        kinds = ["officer", "chair", "director"]
        for order, spec in enumerate(sorted(sonoma.POSITIONS, key=lambda p: kinds.index(p["kind"]))):
            committee = committees.get(spec["committee"]) if spec["committee"] else None
            title = spec["title"]
            if committee is not None and committee.city_id:
                title = f"{committee.city.title} {title}"
            BoardPosition.objects.create(
                locale=locale, year=year, kind=spec["kind"], title=title, sort_order=order,
                person=people.get(spec["person"]) if spec["person"] else None, committee=committee)
        report.add(f"{year} board positions")
    board = ensure_page(home, StandardPage(
        title="Board of directors", slug="board",
        intro="Our board includes committee chairs for all seven of our affiliates.",
        body=[("board", {"year": year, "title": f"Officers and directors {year}"})]), report)
    contact = ensure_page(home, StandardPage(
        title="Contact", slug="contact", intro="Write to the association or come to a board meeting.",
        show_contact=True), report)

    if not home.featured_cities.exists():
        for order, page in enumerate(cities.values()):
            HomeFeaturedCity.objects.create(page=home, city=page, sort_order=order)
        report.add("featured cities")
    organisation(site, sonoma.ORGANISATION, report)
    chrome(site, locale, [about, mission, history, directory, board, contact],
           f"{sonoma.ORGANISATION['name']}: citizen diplomacy since 1986.", [about, contact], report)
    return site


def load_chapter(locale, report) -> Site:
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

    for spec in socal.PEOPLE:
        ensure_person(spec["name"], spec.get("bio", ""), report)
    bylaws = ensure_document(socal.BYLAWS, report)
    brochure = ensure_document(socal.BROCHURE, report)
    about = ensure_page(home, StandardPage(
        title="About us", slug="about", intro=socal.ORGANISATION["mission"],
        body=[("paragraph", RichText(paragraphs(socal.ABOUT))),
              ("document", {"document": bylaws, "label": "Our bylaws (PDF)"}),
              ("document", {"document": brochure, "label": "The chapter's brochure (PDF)"}),
              ("heading", {"text": "Sister Cities International", "level": "h2"}),
              ("paragraph", RichText(paragraphs([socal.SCI_MISSION]))),
              ("list", {"title": "Goals of Sister Cities International", "numbered": False,
                        "items": socal.SCI_GOALS})]), report)
    history = history_page(home, "History of twinning", [], socal.HISTORY, report)
    quotes(locale, report)
    quotes_page = ensure_page(home, QuotesPage(
        title="Presidential quotes", slug="quotes",
        intro=paragraphs(["Eleven presidents of the United States on the sister city movement."])), report)
    directory = ensure_page(home, CityIndexPage(
        title=translations.CHAPTER_DIRECTORY["en"]["title"], slug="directory",
        intro=paragraphs([translations.CHAPTER_DIRECTORY["en"]["intro"]])), report)
    city_pages(directory, socal.PARTNERSHIPS, report)
    # The Sonoma partnerships appear in the chapter's directory too.
    city_pages(directory, [{**spec, "key": f"sonoma-{spec['key']}"} for spec in sonoma.CITIES], report)
    policy = pinole_policy(home, report)
    contact = ensure_page(home, StandardPage(
        title="Contact", slug="contact",
        intro="To announce a sister city event or post your newsletter, send the information to "
              f"{socal.ORGANISATION['email']}.", show_contact=True), report)
    organisation(site, socal.ORGANISATION, report, bylaws=bylaws, brochure=brochure)
    chrome(site, locale, [p for p in (about, history, directory, quotes_page, policy, contact) if p],
           socal.ORGANISATION["mission"], [about, contact], report)
    return site


def pinole_policy(parent, report):
    if pinole is None:
        return None
    body = [("paragraph", RichText(paragraphs(pinole.INTRO[1:])))]
    for section in pinole.SECTIONS:
        body.append(("list", {"title": section["heading"], "numbered": section["ordered"],
                              "items": section["items"]}))
    sources = getattr(pinole, "SOURCES", None) or [
        {"title": f"City of Pinole, “Introduction to Sister Cities Policy”, presented by {pinole.PRESENTER}"}]
    body.append(("sources", {"title": "Sources", "sources": [
        {"title": s["title"], "url": s.get("url") or "", "note": s.get("note") or ""} for s in sources]}))
    return ensure_page(parent, StandardPage(title=pinole.TITLE, slug=pinole.SLUG, intro=pinole.INTRO[0], body=body),
                       report)


# --- translations --------------------------------------------------------------

def mission_fields(code):
    text = translations.MISSION[code]
    goals_title = sonoma.GOALS_INTRO if code == "en" else ""
    return {"title": text["title"], "intro": text["mission"],
            "body": [("list", {"title": goals_title, "numbered": True, "items": text["goals"]})]}


# --- synthetic cities for benchmarks ------------------------------------------

SYNTHETIC_COUNTRIES = ["FR", "IT", "JP", "MX", "UA", "HU", "CN", "EG", "BR", "KE", "AU", "CA", "DE", "IN", "PE"]


def add_synthetic_cities(directory, count, report):
    """`count` partner cities named "Synthetic city 001"..., spread over the
    map; existing ones are kept, so the total is `count`, never more."""
    synthetic = Page.objects.child_of(directory).filter(slug__startswith="synthetic-")
    existing = set(synthetic.values_list("slug", flat=True))
    for number in range(1, count + 1):
        slug = f"synthetic-{number:04d}"
        if slug in existing:
            continue
        page = CityProfilePage(
            title=f"Synthetic city {number:04d}", slug=slug, local_city="Sonoma",
            country=SYNTHETIC_COUNTRIES[number % len(SYNTHETIC_COUNTRIES)],
            latitude=Decimal((number * 37) % 120 - 50), longitude=Decimal((number * 73) % 340 - 170),
            status="sister" if number % 4 else "friendship", started=date(1960 + number % 60, 1, 1),
            started_year_only=True, programmes=["cultural"] if number % 2 else ["youth_education"],
            summary="A generated partner city for measuring the site under load.",
        )
        directory.add_child(instance=page)
    created = max(0, count - len(existing))
    if created:
        report.add(f"{created} synthetic cities")
    return created


# --- entry point ----------------------------------------------------------------

def other_app_loaders():
    loaders = []
    for name in OTHER_APP_LOADERS:
        try:
            loaders.append(importlib.import_module(name))
        except ModuleNotFoundError as error:
            if error.name not in (name, name.rsplit(".", 1)[0]):
                raise
    return loaders


def load(scale: int = 0) -> Report:
    report = Report()
    with transaction.atomic():
        locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
        sites = {"sonoma": load_sonoma(locale, report), "chapter": load_chapter(locale, report)}
        new_cities = 0
        if scale:
            directory = child(sites["sonoma"].root_page, "sister-cities")
            new_cities = add_synthetic_cities(directory, scale, report)
    home = sites["sonoma"].root_page.specific
    for module in other_app_loaders():
        if hasattr(module, "load"):
            module.load(home)
        # 5 events per new synthetic city, so a second run adds none.
        if new_cities and hasattr(module, "add_synthetic_events"):
            module.add_synthetic_events(5 * new_cities)
    add_menu_pages(sites["sonoma"], locale, report)
    # Last: real translations through wagtail-localize, into every locale
    # that exists by now (another app's loader may have added some).
    with transaction.atomic():
        translate.translate_demo(sites, report)
    return report

"""Demo people: the Sonoma association's board, committee chairs and
members, its committees (one per partner city, and the board) and its board
seats of the year; the chapter's officers."""

from core.demo import Report, paragraphs

from . import demo_data as data
from .demo_translations import COMMITTEE_NAMES
from .models import BoardPosition, Committee, Person


def ensure_person(name: str, bio: str = "", report: Report | None = None) -> Person:
    person = Person.objects.filter(name=name).first()
    if person is None:
        person = Person.objects.create(name=name, bio=paragraphs([bio]) if bio else "")
        report and report.add(f"person {name}")
    return person


def load(locale, cities: dict, report: Report) -> dict:
    """Everyone, the committees of Sonoma's partner cities (`cities`: {key:
    page}) and the board; {slug: committee}."""
    people = {spec["name"]: ensure_person(spec["name"], spec.get("bio", ""), report) for spec in data.PEOPLE}
    for spec in data.CHAPTER_PEOPLE:
        ensure_person(spec["name"], spec.get("bio", ""), report)
    committees = {}
    for spec in data.COMMITTEES:
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

    year = data.POSITIONS_YEAR
    if not BoardPosition.objects.filter(year=year, locale=locale).exists():
        kinds = ["officer", "chair", "director"]
        for order, spec in enumerate(sorted(data.POSITIONS, key=lambda p: kinds.index(p["kind"]))):
            committee = committees.get(spec["committee"]) if spec["committee"] else None
            title = spec["title"]
            if committee is not None and committee.city_id:
                title = f"{committee.city.title} {title}"
            BoardPosition.objects.create(
                locale=locale, year=year, kind=spec["kind"], title=title, sort_order=order,
                person=people.get(spec["person"]) if spec["person"] else None, committee=committee)
        report.add(f"{year} board positions")
    return committees


def translate(locales: set[str], report: Report) -> None:
    """The committees' names in every language; a name an editor gave is kept."""
    for committee in Committee.objects.filter(slug__in=COMMITTEE_NAMES):
        translations = dict(committee.translations or {})
        added = [code for code in sorted(locales & COMMITTEE_NAMES[committee.slug].keys())
                 if not translations.get(code, {}).get("name")]
        for code in added:
            translations[code] = {**translations.get(code, {}), "name": COMMITTEE_NAMES[committee.slug][code]}
        if added:
            committee.translations = translations
            committee.save(update_fields=["translations"])
            report.add(f"committee {committee.slug} in {', '.join(added)}")

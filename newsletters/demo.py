"""Demo content: one newsletter issue (news from the seed's calendar and
board) with its archive page, in English, French, Spanish and Ukrainian.
Called from the demo-content command with the site's home page."""

import datetime

from django.utils.html import escape
from wagtail.models import Locale

from .demo_data import NEWSLETTER
from .models import NewsletterIndexPage, NewsletterPage

SLUG = "ssca-news-november-2024"
ARCHIVE_TITLES = {"en": "Newsletter", "fr": "Lettre d’information", "es": "Boletín", "uk": "Розсилка"}


def _body(text: dict) -> list[tuple[str, str]]:
    html = [f"<p>{escape(text['intro'])}</p>"]
    for item in text["items"]:
        html.append(f"<h2>{escape(item['heading'])}</h2><p>{escape(item['text'])}</p>")
    return [("text", "".join(html))]


def _publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def load(target) -> NewsletterPage:
    """Create (once) the archive and the demo issue with its translations,
    under a home page, or under the association's site when given the demo
    loader's {"sonoma": Site, "chapter": Site}."""
    home_page = target["sonoma"].root_page.specific if isinstance(target, dict) else target
    index = NewsletterIndexPage.objects.child_of(home_page).first()
    if index is None:
        index = _publish(home_page.add_child(instance=NewsletterIndexPage(title=ARCHIVE_TITLES["en"],
                                                                       slug="newsletter", show_in_menus=True)))
    issue = NewsletterPage.objects.child_of(index).filter(slug=SLUG).first()
    if issue is None:
        english = NEWSLETTER["en"]
        issue = _publish(index.add_child(instance=NewsletterPage(
            title=english["title"], slug=SLUG, issue_date=datetime.date(2024, 11, 1),
            preheader=english["intro"][:200], body=_body(english),
        )))
    for code, text in NEWSLETTER.items():
        if code == issue.locale.language_code:
            continue
        # Only into the site's languages (`sync_locales` creates them): adding a
        # locale here would change what other apps' demo loaders translate.
        locale = Locale.objects.filter(language_code=code).first()
        if locale is None or issue.get_translations().filter(locale=locale).exists():
            continue
        translated = issue.copy_for_translation(locale, copy_parents=True)
        translated.title = text["title"]
        translated.preheader = text["intro"][:200]
        translated.body = _body(text)
        translated.save()
        _publish(translated)
        parent = translated.get_parent().specific
        if isinstance(parent, NewsletterIndexPage) and code in ARCHIVE_TITLES and not parent.live:
            parent.title = ARCHIVE_TITLES[code]
            parent.save()
            _publish(parent)
    return issue

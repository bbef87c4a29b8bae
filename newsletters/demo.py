"""Demo content: one newsletter issue (news from the seed's calendar and
board) with its archive page, translated into every language of the site
through wagtail-localize, subject included, so a send gives each subscriber
their own language's issue. Called from the demo-content command with the
site's home page; `translate` once every locale exists."""

import datetime

from django.utils.html import escape

from core.demo.translate import translate_page

from .demo_data import NEWSLETTER
from .models import NewsletterIndexPage, NewsletterPage

SLUG = "ssca-news-november-2024"
ARCHIVE_TITLES = {"en": "Newsletter", "fr": "Lettre d’information", "es": "Boletín", "it": "Notiziario",
                  "ja": "ニュースレター", "uk": "Розсилка", "zh-hans": "简报", "hu": "Hírlevél",
                  "ar": "النشرة الإخبارية"}


def _body(text: dict) -> list[tuple[str, str]]:
    html = [f"<p>{escape(text['intro'])}</p>"]
    for item in text["items"]:
        html.append(f"<h2>{escape(item['heading'])}</h2><p>{escape(item['text'])}</p>")
    return [("text", "".join(html))]


def _strings(text: dict) -> dict[str, list[str]]:
    """The issue's strings in the order wagtail-localize reads them: the subject,
    the preheader, then the body's intro and each heading and its text."""
    body = [text["intro"]]
    for item in text["items"]:
        body += [item["heading"], item["text"]]
    return {"title": [text["title"]], "preheader": [text["intro"][:200]], "body": body}


def _publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def _home(target):
    return target["sonoma"].root_page.specific if isinstance(target, dict) else target


def load(target) -> NewsletterPage:
    """Create (once) the archive and the demo issue in English, under a home
    page, or under the association's site when given the demo loader's
    {"sonoma": Site, "chapter": Site}."""
    home_page = _home(target)
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
    return issue


def translate(target, locales: set[str], report=None) -> None:
    """The archive and the issue in each of `locales` (the site's languages:
    `sync_locales` creates them), the archive first."""
    home_page = _home(target)
    index = NewsletterIndexPage.objects.child_of(home_page).first()
    issue = NewsletterPage.objects.child_of(index).filter(slug=SLUG).first() if index else None
    if issue is None:
        return
    for code in sorted(locales & NEWSLETTER.keys()):
        translate_page(index, code, {"title": [ARCHIVE_TITLES[code]]}, report)
        translate_page(issue, code, _strings(NEWSLETTER[code]), report)

"""Building a page tree with a newsletter issue and its translations."""

from wagtail.models import Locale

from home.models import HomePage
from newsletters.models import NewsletterIndexPage, NewsletterPage
from tests.content import home_page


def site_root() -> HomePage:
    return home_page()


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def make_issue(titles: dict[str, str], *, slug="autumn-news", body_text="News from the association.") -> NewsletterPage:
    """An issue published in each language of `titles` (the first is the
    source, normally "en")."""
    home = site_root()
    index = NewsletterIndexPage.objects.filter(locale__language_code="en").first()
    if index is None:
        index = home.add_child(instance=NewsletterIndexPage(title="Newsletter", slug="newsletter"))
        publish(index)
    codes = list(titles)
    issue = index.add_child(instance=NewsletterPage(
        title=titles[codes[0]], slug=slug,
        body=[("text", f"<p>{body_text}</p>")],
    ))
    publish(issue)
    for code in codes[1:]:
        locale, _ = Locale.objects.get_or_create(language_code=code)
        translated = issue.copy_for_translation(locale, copy_parents=True)
        translated.title = titles[code]
        translated.body = [("text", f"<p>{body_text} ({code})</p>")]
        translated.save()
        publish(translated)
    return issue

"""What a page costs when it is rendered afresh with every cache cleared (the
page cache, the frame, Wagtail's site root paths, the content types), at
`load_demo_content --scale 40` in every language: exact query counts, so a
new query shows up here rather than in production after a publish (forty
more cities and their events: a query per item would show as forty).

The demo content is loaded once for the module (it takes about a minute) in a
transaction rolled back at the end; each test runs in a savepoint inside it.
"""

import pytest
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection, transaction
from django.test import Client, TestCase
from django.test.utils import CaptureQueriesContext

LANGUAGES = [code for code, _name in settings.LANGUAGES]
CHAPTER = "chapter.localhost"

# (host, path under the language prefix): one page of each kind on both sites.
PAGES = {
    "home": ("localhost", ""),
    "directory": ("localhost", "sister-cities/"),
    "city": ("localhost", "sister-cities/kaniv/"),
    "standard": ("localhost", "mission/"),
    "history": ("localhost", "history/"),
    "board": ("localhost", "board/"),
    "events": ("localhost", "events/"),
    "event": ("localhost", "events/sonoma-kaniv-committee-meeting/"),
    "newsletters": ("localhost", "newsletter/"),
    "issue": ("localhost", "newsletter/ssca-news-november-2024/"),
    "chapter home": (CHAPTER, ""),
    "chapter quotes": (CHAPTER, "quotes/"),
    "chapter directory": (CHAPTER, "directory/"),
    "chapter city": (CHAPTER, "directory/sonoma-kaniv/"),
    "chapter history": (CHAPTER, "history/"),
}

# Queries per page in English; other languages differ where noted below
# (a page shown in English under /fr/ looks for its French translation; the
# menu's pages come with their translations in the same query).
QUERIES = {
    "home": 15, "directory": 12, "city": 14, "standard": 9, "history": 10, "board": 10, "events": 14,
    "event": 11, "newsletters": 10, "issue": 9, "chapter home": 14, "chapter quotes": 10,
    "chapter directory": 12, "chapter city": 12, "chapter history": 10,
}
# A translated home shows the English next meetings and quote (as /en/ does);
# its featured cities come with their translations in the same query.
# The demo translates the board, history, events, newsletter and chapter
# pages into every language: no fallback lookup there. The directories and
# the events index list pages partly translated: one look for translations.
QUERIES_IN = {
    "home": 15, "directory": 13, "city": 15, "standard": 9, "history": 10, "board": 10, "events": 15,
    "event": 11, "newsletters": 10, "issue": 9, "chapter home": 14, "chapter quotes": 10,
    "chapter directory": 13, "chapter city": 13, "chapter history": 10,
}
# The chapter's home has an events index below it (its member events): it
# looks for the next meetings there, one query (it holds none).
# A city with a committee lists its next meetings: the event pages and their
# exceptions (recurring dates moved or cancelled), two queries; the chapter's
# cities have no committee here.
# Kaniv is translated into Ukrainian: no fallback lookup there.
EXCEPTIONS = {("uk", "city"): 14, ("uk", "chapter city"): 12}


# The Kaniv meeting takes registrations: its form (one query for the places
# left, hence 11) carries a CSRF token, which keeps it out of the cache.
UNCACHED = {"event"}


def expected(code: str, name: str) -> int:
    if (code, name) in EXCEPTIONS:
        return EXCEPTIONS[code, name]
    return QUERIES[name] if code == settings.LANGUAGE_CODE else QUERIES_IN[name]


def clear_caches():
    cache.clear()  # pages, frame, site root paths
    ContentType.objects.clear_cache()


@pytest.fixture(scope="module")
def demo_at_scale(django_db_setup, django_db_blocker, tmp_path_factory):
    with django_db_blocker.unblock(), transaction.atomic():
        media = tmp_path_factory.mktemp("media")
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(settings, "MEDIA_ROOT", media)
            call_command("sync_locales", "--no-sync")
            with TestCase.captureOnCommitCallbacks(execute=True):
                call_command("load_demo_content", "--scale", "40")
            # The image renditions exist before any measure, as after a first visit.
            client = Client()
            for code in LANGUAGES:
                for host, path in PAGES.values():
                    client.get(f"/{code}/{path}", HTTP_HOST=host)
        yield media
        transaction.set_rollback(True)


@pytest.mark.parametrize("name", PAGES)
@pytest.mark.parametrize("code", LANGUAGES)
def test_a_page_rendered_afresh_in_every_language(demo_at_scale, db, client, settings, code, name):
    settings.MEDIA_ROOT = demo_at_scale
    host, path = PAGES[name]
    clear_caches()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(f"/{code}/{path}", HTTP_HOST=host)
    assert response.status_code == 200
    assert response.get("X-Page-Cache") == (None if name in UNCACHED else "miss")
    assert f'<html lang="{code}"' in response.content.decode()
    assert len(queries) == expected(code, name), "\n".join(query["sql"][:160] for query in queries)

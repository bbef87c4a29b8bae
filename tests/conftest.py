import pytest

from tests.services import IN_CI, missing_services


def pytest_sessionstart(session):
    # Tests read the interface translations: compile any .po newer than its .mo.
    from django.conf import settings
    from django.utils.translation import trans_real

    from core.catalogs import compile_catalogues

    if compile_catalogues(settings.LOCALE_PATHS):
        trans_real._translations.clear()
    if IN_CI:
        missing = missing_services()
        if missing:
            raise pytest.UsageError("CI=true but services are missing:\n  " + "\n  ".join(missing))


@pytest.fixture(autouse=True)
def _media_and_cache(settings, tmp_path):
    """Each test gets its own media folder, an empty cache and the default
    language (a request to /ja/ leaves Japanese active in the thread)."""
    from django.core.cache import cache
    from django.utils import translation

    settings.MEDIA_ROOT = tmp_path / "media"
    cache.clear()
    translation.activate(settings.LANGUAGE_CODE)
    yield


@pytest.fixture
def demo(db):
    """The demo content of both sites, loaded as `make run` does."""
    from cms import demo
    from tests.content import ensure_default_site

    ensure_default_site()  # a transactional test before may have flushed what migrations made
    demo.load()
    return demo

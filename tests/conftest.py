import pytest
from django.test.signals import template_rendered
from pytest_django.plugin import blocking_manager_key

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


def pytest_collection_modifyitems(items):
    for item in items:
        # A test reading the shared demo runs in a savepoint of it (the db
        # marker), so what it writes is gone before the next test.
        if "demo" in getattr(item, "fixturenames", ()) and item.get_closest_marker("django_db") is None:
            item.add_marker(pytest.mark.django_db)
        # A transactional test ends with a flush, which would also empty what
        # the migrations made (site, locale, groups) for whatever test runs
        # next in this process. With serialized rollback the database's
        # first contents are kept at setup, and the flush leaves post_migrate
        # alone so pytest_runtest_teardown can put them back exactly.
        if is_transactional(item):
            marker = item.get_closest_marker("django_db")
            kwargs = dict(marker.kwargs if marker else {}, transaction=True, serialized_rollback=True)
            item.add_marker(pytest.mark.django_db(**kwargs), append=False)  # the closest one counts


def is_transactional(item) -> bool:
    marker = item.get_closest_marker("django_db")
    fixtures = getattr(item, "fixturenames", ())
    return bool(marker and marker.kwargs.get("transaction")) or any(
        name in fixtures for name in ("transactional_db", "live_server"))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """After every fixture of a transactional test is torn down (its flush
    included), the migrations' rows come back: any test may follow any other
    in a process, as the suite runs in several. (A transactional test next
    restores them itself as it starts; after the last, the database is gone.)"""
    result = yield
    if is_transactional(item) and nextitem is not None and not is_transactional(nextitem):
        from django.db import connection

        with item.config.stash[blocking_manager_key].unblock():
            connection.creation.deserialize_db_from_string(connection._test_serialized_contents)
    return result


@pytest.fixture(autouse=True)
def _media_and_cache(request, settings, tmp_path):
    """Each test gets its own media and private folders (the shared demo's,
    for a test that reads it), an empty cache and the default language (a
    request to /ja/ leaves Japanese active in the thread)."""
    from django.core.cache import cache
    from django.utils import translation

    root = request.getfixturevalue("_demo_media") if "demo" in request.fixturenames else tmp_path
    settings.MEDIA_ROOT = root / "media"
    settings.STORAGES = private_folder(settings.STORAGES, root / "private")
    cache.clear()
    translation.activate(settings.LANGUAGE_CODE)
    yield


def private_folder(storages: dict, folder) -> dict:
    """STORAGES with the private storage in `folder` (when it is on disk, as in tests)."""
    private = storages["private"]
    if not private["BACKEND"].endswith("FileSystemStorage"):
        return storages
    return {**storages, "private": {**private, "OPTIONS": {**private.get("OPTIONS", {}), "location": str(folder)}}}


@pytest.fixture(scope="module")
def _demo_media(tmp_path_factory):
    return tmp_path_factory.mktemp("demo-media")


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker, _demo_media):
    """The demo content of both sites, loaded as `make run` does, once for a
    module: in a transaction rolled back after its last test, each test in a
    savepoint of it, so a test that changes the content changes it for itself.
    (A module-scoped fixture is set up before any test's own transaction.)"""
    from django.conf import settings
    from django.db import transaction
    from django.test import override_settings

    from cms import demo

    private = override_settings(STORAGES=private_folder(settings.STORAGES, _demo_media / "private"))
    with django_db_blocker.unblock(), transaction.atomic(), pytest.MonkeyPatch.context() as patch, private:
        patch.setattr(settings, "MEDIA_ROOT", _demo_media / "media")
        demo.load()
        yield demo
        transaction.set_rollback(True)


@pytest.fixture
def demo_committed(transactional_db):
    """The demo content committed, for servers and workers in other processes."""
    from cms import demo

    demo.load()
    return demo


class Renders:
    """Each template rendered during a test, with its context as it was then."""

    def __init__(self):
        self.seen = []

    def record(self, sender, template, context, **kwargs):
        self.seen.append((template.name, context.flatten()))

    def of(self, template_name: str, name: str) -> list:
        """The value of `name` in each render of `template_name`, in order."""
        return [context[name] for rendered, context in self.seen if rendered == template_name]

    def clear(self):
        self.seen.clear()


@pytest.fixture
def render_every_time(settings):
    """The page cache off: each request renders its page, for tests that read
    the template context or count what a render makes."""
    settings.PAGE_CACHE_SECONDS = 0


@pytest.fixture
def renders():
    found = Renders()
    template_rendered.connect(found.record)
    yield found
    template_rendered.disconnect(found.record)

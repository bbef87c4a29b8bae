import pytest

from tests.services import IN_CI, missing_services


def pytest_sessionstart(session):
    if IN_CI:
        missing = missing_services()
        if missing:
            raise pytest.UsageError("CI=true but services are missing:\n  " + "\n  ".join(missing))


@pytest.fixture(autouse=True)
def _media_and_cache(settings, tmp_path):
    """Each test gets its own media folder and an empty cache."""
    from django.core.cache import cache

    settings.MEDIA_ROOT = tmp_path / "media"
    cache.clear()
    yield

import pytest

from home.demo import load


@pytest.fixture
def demo(db):
    """The demo content of both sites, loaded as `make run` does."""
    load.load()
    return load

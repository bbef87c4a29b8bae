import pytest

from chapter.models import MemberAssociation, MembersPage

CHAPTER = {"HTTP_HOST": "chapter.localhost"}
DIRECTORY = "/en/directory/"
# None: the page, the pages along its path, its translations for the
# language links, the site, the cities, their images' renditions and the
# default locale come from the shared cache once a reader has read them (the
# warm frame): the same at 11 cities (the shared demo) or 170. With every
# cache cleared, tests/core/test_render_queries.py counts them.
DIRECTORY_QUERIES = 0


@pytest.fixture
def members(demo):
    return MembersPage.objects.get(slug="members")


@pytest.fixture
def los_angeles(members):
    return MemberAssociation.objects.get(slug="sister-cities-of-los-angeles")


@pytest.fixture
def sonoma(members):
    return MemberAssociation.objects.get(slug="sonoma-sister-cities-association")

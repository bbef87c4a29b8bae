import pytest

from chapter.models import MemberAssociation, MembersPage

CHAPTER = {"HTTP_HOST": "chapter.localhost"}
DIRECTORY = "/en/directory/"
# The page (2; the site comes from the shared cache), the default locale (1),
# the cities in one query and their images' renditions (2), the translations
# for the language links (1): the same at 11 cities (the shared demo) or 170.
DIRECTORY_QUERIES = 6


@pytest.fixture
def members(demo):
    return MembersPage.objects.get(slug="members")


@pytest.fixture
def los_angeles(members):
    return MemberAssociation.objects.get(slug="sister-cities-of-los-angeles")


@pytest.fixture
def sonoma(members):
    return MemberAssociation.objects.get(slug="sonoma-sister-cities-association")

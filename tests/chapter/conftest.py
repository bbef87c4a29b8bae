import pytest

from chapter.models import MemberAssociation, MembersPage

CHAPTER = {"HTTP_HOST": "chapter.localhost"}


@pytest.fixture
def members(demo):
    return MembersPage.objects.get(slug="members")


@pytest.fixture
def los_angeles(members):
    return MemberAssociation.objects.get(slug="sister-cities-of-los-angeles")


@pytest.fixture
def sonoma(members):
    return MemberAssociation.objects.get(slug="sonoma-sister-cities-association")

"""Property-based tests of the search box and the partner-city directory's
filters: any query a visitor types is answered, never a 500."""

from urllib.parse import urlencode

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests import content

pytestmark = pytest.mark.django_db
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
texts = st.text(st.characters(codec="utf-8"), max_size=300)


@pytest.fixture
def directory(db):
    home = content.home_page()
    index = content.directory(home)
    content.city(index, "Kaniv", country="UA")
    return index


@FUZZ
@example(q="kaniv\x00")
@given(q=texts)
def test_any_search_is_answered(client, directory, q):
    response = client.get("/en/search/?" + urlencode({"q": q}))
    assert response.status_code == 200


@FUZZ
@given(params=st.dictionaries(st.sampled_from(["country", "continent", "status", "programme", "local", "sort"]),
                              texts, max_size=4))
def test_any_directory_filter_is_answered(client, directory, params):
    response = client.get("/en/cities/?" + urlencode(params))
    assert response.status_code == 200, params

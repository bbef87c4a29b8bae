"""Property-based tests of the newsletter's public inputs: whatever a visitor
sends to the subscribe form or puts in a token link, the answer is never a
500, nothing invalid is stored, and the form answers a known address exactly
as it answers an unknown one."""

import re
from urllib.parse import quote

import pytest
from django.core.validators import validate_email
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from newsletters.models import Subscriber

pytestmark = pytest.mark.django_db
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

texts = st.text(st.characters(codec="utf-8"), max_size=300)  # NUL, controls, RTL marks, emoji...
emailish = st.one_of(texts, st.emails(), st.builds(lambda a, b: f"{a}@{b}", texts, texts))


@pytest.fixture(autouse=True)
def _no_rate_limits(settings):
    settings.NEWSLETTER_SUBSCRIBE_LIMIT_PER_IP = (10**9, 3600)
    settings.NEWSLETTER_SUBSCRIBE_LIMIT_PER_ADDRESS = (10**9, 3600)


VALID = "reader@example.org"


@FUZZ
@example(email=VALID, language="en", time_zone="UTC", follows=[], website="")
@given(email=emailish, language=st.one_of(st.sampled_from(["en", "uk"]), texts),
       time_zone=st.one_of(st.sampled_from(["UTC", "Europe/Kyiv"]), texts), follows=st.lists(texts, max_size=3),
       website=texts)
def test_the_subscribe_form_never_fails_and_stores_only_valid_addresses(client, email, language, time_zone,
                                                                        follows, website):
    response = client.post("/en/newsletter/subscribe/", {
        "email": email, "language": language, "time_zone": time_zone, "committees": follows,
        "follows_newsletter": "on", "consent": "on", "website": website})
    assert response.status_code in (200, 400)
    if (email, language, time_zone, follows, website) == (VALID, "en", "UTC", [], ""):  # the @example
        # The form's fields are the ones posted: this is the case that stores someone.
        assert Subscriber.objects.filter(email=VALID).exists()
    for subscriber in Subscriber.objects.all():
        validate_email(subscriber.email)
        assert subscriber.email == subscriber.email.strip() and "\x00" not in subscriber.email


def _answer(client, email: str) -> tuple[int, str]:
    response = client.post("/en/newsletter/subscribe/", {"email": email, "language": "en", "time_zone": "UTC",
                                                         "follows_newsletter": "on", "consent": "on"})
    assert response.status_code == 200  # the "check your mail" page, both times
    body = response.content.decode().replace(email, "ADDRESS")
    return response.status_code, re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", body)


@FUZZ
@given(status=st.sampled_from(Subscriber.Status.values), local=st.from_regex(r"[a-z]{1,12}", fullmatch=True))
def test_the_form_answers_a_known_address_as_an_unknown_one(client, make_subscriber, status, local):
    known = f"{local}@known.example.org"
    Subscriber.objects.filter(email=known).delete()
    make_subscriber(known, status=status)
    assert _answer(client, known) == _answer(client, f"{local}@unknown.example.org")


@FUZZ
@given(token=texts, action=st.sampled_from(["newsletter/confirm", "newsletter/preferences",
                                            "newsletter/unsubscribe", "meetings/unsubscribe"]),
       method=st.sampled_from(["get", "post"]))
def test_any_token_in_a_link_is_answered_without_a_fault(client, token, action, method):
    path = f"/en/{action}/{quote(token, safe='')}/"
    response = getattr(client, method)(path)
    assert response.status_code < 500, (path, response.status_code)

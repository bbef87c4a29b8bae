"""The subscribe form behind a reverse proxy: the per-address limit and the
consent record use the client's address as TRUSTED_PROXY_COUNT allows
reading it, never one the client wrote into X-Forwarded-For itself."""

import re
from urllib.parse import urlsplit

import pytest
from django.test import Client

from newsletters.models import Subscriber

pytestmark = pytest.mark.django_db
PROXY = "10.0.0.5"


def post(client, email, *, remote=PROXY, forwarded=None):
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"',
                      client.get("/en/newsletter/subscribe/").content).group(1).decode()
    data = {"csrfmiddlewaretoken": token, "email": email, "language": "en", "time_zone": "Europe/Paris",
            "follows_newsletter": "on", "consent": "on", "website": ""}
    extra = {"REMOTE_ADDR": remote}
    if forwarded:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return client.post("/en/newsletter/subscribe/", data, **extra).status_code


@pytest.fixture
def limited(settings):
    settings.NEWSLETTER_SUBSCRIBE_LIMIT_PER_IP = (2, 3600)
    return Client(enforce_csrf_checks=True)


def test_without_a_trusted_proxy_a_forged_header_does_not_escape_the_limit(limited, settings):
    settings.TRUSTED_PROXY_COUNT = 0
    codes = [post(limited, f"p{i}@example.org", remote="198.51.100.7", forwarded=f"203.0.113.{i}")
             for i in range(3)]
    assert codes == [200, 200, 429]
    assert set(Subscriber.objects.values_list("consent_ip", flat=True)) == {"198.51.100.7"}


def test_behind_one_proxy_each_client_has_its_own_limit(limited, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    first = [post(limited, f"a{i}@example.org", forwarded="198.51.100.7") for i in range(3)]
    # Another reader behind the same proxy is not held back by the first.
    second = post(limited, "b@example.org", forwarded="198.51.100.8")
    assert first == [200, 200, 429] and second == 200
    assert Subscriber.objects.get(email="b@example.org").consent_ip == "198.51.100.8"


def test_behind_one_proxy_entries_the_client_wrote_are_not_believed(limited, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    # The proxy appends the address it saw after whatever the client sent.
    codes = [post(limited, f"c{i}@example.org", forwarded=f"203.0.113.{i}, 198.51.100.7") for i in range(3)]
    assert codes == [200, 200, 429]
    assert set(Subscriber.objects.values_list("consent_ip", flat=True)) == {"198.51.100.7"}


def test_the_confirmation_records_the_client_address(settings, make_subscriber):
    from newsletters.messages import confirm_url

    settings.TRUSTED_PROXY_COUNT = 1
    subscriber = make_subscriber("pending@example.org", status=Subscriber.Status.PENDING)
    path = urlsplit(confirm_url(subscriber)).path
    response = Client().post(path, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="203.0.113.9, 198.51.100.9")
    assert response.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.confirmed_ip == "198.51.100.9"

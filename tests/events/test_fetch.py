"""Fetching outside calendars: the HTTP rules, against a real server on loopback."""

import socket
import time
from datetime import UTC, datetime, timedelta

import pytest

from events import fetch
from events.fetch import FeedError, FeedRefused, FeedUnavailable, is_public_address, normalise_url
from events.models import CalendarFeed, ImportedEvent
from events.sync import sync_feed

pytestmark = pytest.mark.django_db

SOON = (datetime.now(UTC) + timedelta(days=30)).strftime("%Y%m%dT100000Z")
ICS = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a@x\r\nDTSTART:" + SOON.encode() + b"\r\n"
       b"SUMMARY:Partner meeting\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


@pytest.fixture
def allow_loopback(settings):
    settings.CALENDAR_FEEDS_ALLOW_PRIVATE = True


def test_only_http_and_https_after_webcal_is_rewritten():
    assert normalise_url("webcal://cal.example.org/a.ics") == "https://cal.example.org/a.ics"
    assert normalise_url(" HTTP://cal.example.org ") == "http://cal.example.org/"
    for url in ("file:///etc/passwd", "ftp://cal.example.org/a.ics", "javascript:alert(1)", "gopher://x/",
                "cal.example.org/a.ics", "https://user:secret@cal.example.org/"):
        with pytest.raises(FeedRefused):
            normalise_url(url)


@pytest.mark.parametrize("address", ["127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.10", "169.254.169.254",
                                     "100.64.0.1", "0.0.0.0", "::1", "fe80::1", "fc00::1", "::ffff:127.0.0.1",
                                     "224.0.0.1"])
def test_private_loopback_and_reserved_addresses_are_not_public(address):
    assert not is_public_address(address)


# IPv6 addresses that carry an IPv4 one, which a relay or translator on the
# way would reach: 6to4, Teredo (the client, its bits inverted), NAT64 (the
# well-known and the local-use prefix), IPv4-compatible and IPv4-translated.
@pytest.mark.parametrize("address", ["2002:7f00:1::1", "2002:a00:1::1", "2002:a9fe:a9fe::1",
                                     "2001:0:4136:e378:8000:63bf:80ff:fffe", "64:ff9b::7f00:1",
                                     "64:ff9b::a9fe:a9fe", "64:ff9b:1::808:808", "::127.0.0.1", "::a00:1",
                                     "::ffff:0:7f00:1", "::ffff:0:a00:1"])
def test_ipv6_addresses_that_embed_a_private_ipv4_are_not_public(address):
    assert not is_public_address(address)


def test_public_addresses_are():
    assert is_public_address("8.8.8.8") and is_public_address("2606:4700:4700::1111")
    # Wrapping a public IPv4 address is still public.
    assert is_public_address("2002:808:808::1") and is_public_address("64:ff9b::808:808")


def test_loopback_is_refused_by_default(settings, calendar_host):
    assert settings.CALENDAR_FEEDS_ALLOW_PRIVATE is False
    calendar_host.serve_ics("/feed.ics", ICS)
    for url in (calendar_host.url("/feed.ics"), calendar_host.url("/feed.ics").replace("127.0.0.1", "localhost")):
        with pytest.raises(FeedRefused, match="private or local"):
            fetch.fetch(url)
    assert calendar_host.requests == []


def test_every_address_of_a_name_is_checked(monkeypatch, settings):
    # DNS is the outside world: this name answers one public and one private address.
    real = socket.getaddrinfo

    def fake_dns(host, port, *args, **kwargs):
        if host == "partner.example":
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("8.8.8.8", port)),
                    (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.0.0.7", port))]
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", fake_dns)
    with pytest.raises(FeedRefused, match="10.0.0.7"):
        fetch.fetch("https://partner.example/feed.ics")


def test_a_redirect_to_a_private_address_is_refused(monkeypatch, calendar_host):
    # Stand-in for a public partner host: this test's server counts as public,
    # and it redirects to the cloud metadata address.
    monkeypatch.setattr(fetch, "is_public_address", lambda address: address == "127.0.0.1")
    calendar_host.routes["/feed.ics"] = (302, {"Location": "http://169.254.169.254/latest/"}, b"")
    with pytest.raises(FeedRefused, match="169.254.169.254"):
        fetch.fetch(calendar_host.url("/feed.ics"))
    calendar_host.routes["/file"] = (302, {"Location": "file:///etc/passwd"}, b"")
    with pytest.raises(FeedRefused):
        fetch.fetch(calendar_host.url("/file"))


def test_at_most_five_redirects(allow_loopback, calendar_host):
    for hop in range(6):
        calendar_host.routes[f"/r{hop}"] = (302, {"Location": f"/r{hop + 1}"}, b"")
    calendar_host.serve_ics("/r6", ICS)
    calendar_host.serve_ics("/r5", ICS)
    assert fetch.fetch(calendar_host.url("/r0")).body == ICS  # r0 -> r5: five redirects
    calendar_host.routes["/r5"] = (302, {"Location": "/r6"}, b"")
    with pytest.raises(FeedError, match="More than 5 redirects"):
        fetch.fetch(calendar_host.url("/r0"))


def test_size_cap(allow_loopback, settings, calendar_host):
    settings.CALENDAR_FEED_MAX_BYTES = 1000
    calendar_host.serve_ics("/big.ics", ICS * 20)
    with pytest.raises(FeedError, match="larger than 1000 bytes"):
        fetch.fetch(calendar_host.url("/big.ics"))

    def no_length(handler):  # a server that does not announce the size is cut off while reading
        return 200, {"Content-Length": str(len(ICS) * 20)}, ICS * 20

    calendar_host.routes["/chunked.ics"] = no_length
    with pytest.raises(FeedError, match="larger than"):
        fetch.fetch(calendar_host.url("/chunked.ics"))


def test_a_slow_server_times_out(allow_loopback, settings, calendar_host):
    settings.CALENDAR_FEED_TIMEOUT_SECONDS = 0.3

    def slow(handler):
        time.sleep(1.0)
        return 200, {}, ICS

    calendar_host.routes["/slow.ics"] = slow
    with pytest.raises(FeedUnavailable):
        fetch.fetch(calendar_host.url("/slow.ics"))


def make_feed(index, url):
    return CalendarFeed.objects.create(name="Partner", url=url, index=index)


def test_conditional_get_and_body_hash_mean_an_unchanged_feed_writes_nothing(
        allow_loopback, index, calendar_host, django_assert_max_num_queries):
    calendar_host.serve_ics("/feed.ics", ICS, etag='"v1"', last_modified="Wed, 01 Jan 2025 00:00:00 GMT")
    calendar_host.serve_ics("/nohdr.ics", ICS)
    feed, plain = make_feed(index, calendar_host.url("/feed.ics")), make_feed(index, calendar_host.url("/nohdr.ics"))
    assert sync_feed(feed.pk).created == 1 and sync_feed(plain.pk).created == 1
    stamps = dict(ImportedEvent.objects.values_list("pk", "updated_at"))
    with django_assert_max_num_queries(3):
        assert sync_feed(feed.pk).result == "unchanged"
    assert calendar_host.requests[-1][1].get("If-None-Match") == '"v1"'
    assert calendar_host.requests[-1][1].get("If-Modified-Since") == "Wed, 01 Jan 2025 00:00:00 GMT"
    with django_assert_max_num_queries(3):
        assert sync_feed(plain.pk).result == "unchanged"  # same bytes, no validators: the hash says so
    assert dict(ImportedEvent.objects.values_list("pk", "updated_at")) == stamps


def test_410_disables_the_feed_and_keeps_its_events(allow_loopback, index, calendar_host):
    calendar_host.serve_ics("/feed.ics", ICS)
    feed = make_feed(index, calendar_host.url("/feed.ics"))
    sync_feed(feed.pk)
    calendar_host.routes["/feed.ics"] = (410, {}, b"gone")
    result = sync_feed(feed.pk)
    feed.refresh_from_db()
    assert result.result == "gone" and not feed.enabled and "410" in feed.last_error
    assert ImportedEvent.objects.filter(feed=feed, status="confirmed").count() == 1
    assert sync_feed(feed.pk).result == "disabled"


def test_503_with_retry_after_is_retried_later_and_keeps_events(allow_loopback, index, calendar_host):
    calendar_host.serve_ics("/feed.ics", ICS)
    feed = make_feed(index, calendar_host.url("/feed.ics"))
    sync_feed(feed.pk)
    calendar_host.routes["/feed.ics"] = (503, {"Retry-After": "120"}, b"busy")
    with pytest.raises(FeedUnavailable) as raised:
        sync_feed(feed.pk)
    assert raised.value.retry_after == 120
    feed.refresh_from_db()
    assert feed.last_result == "failed" and "503" in feed.last_error and feed.failure_count == 1
    assert ImportedEvent.objects.filter(feed=feed, status="confirmed").count() == 1


def test_404_is_recorded_not_retried(allow_loopback, index, calendar_host):
    feed = make_feed(index, calendar_host.url("/missing.ics"))
    result = sync_feed(feed.pk)
    assert result.result == "failed" and "404" in result.error


def test_the_admin_form_refuses_other_schemes(index):
    from django.core.exceptions import ValidationError

    feed = CalendarFeed(name="x", url="file:///etc/passwd", index=index)
    with pytest.raises(ValidationError):
        feed.full_clean()
    feed.url = "webcal://calendar.example.org/a.ics"
    feed.full_clean()
    assert feed.url == "https://calendar.example.org/a.ics"

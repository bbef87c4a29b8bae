"""The client address behind reverse proxies: X-Forwarded-For is read only as
far as the trusted proxies wrote it."""

import pytest
from django.test import RequestFactory

from core.clientip import client_ip


def request(remote="10.0.0.5", forwarded=None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


def test_without_trusted_proxies_a_spoofed_header_is_ignored(settings):
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_ip(request("198.51.100.7", "203.0.113.1")) == "198.51.100.7"


def test_with_one_proxy_the_address_it_saw_is_the_client(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    # The client wrote "203.0.113.1" itself; the proxy appended what it saw.
    assert client_ip(request("10.0.0.5", "203.0.113.1, 198.51.100.7")) == "198.51.100.7"
    assert client_ip(request("10.0.0.5", "198.51.100.7")) == "198.51.100.7"


def test_with_two_proxies_the_entry_before_the_inner_proxy_is_the_client(settings):
    settings.TRUSTED_PROXY_COUNT = 2
    assert client_ip(request("10.0.0.5", "203.0.113.1, 198.51.100.7, 10.0.0.4")) == "198.51.100.7"


@pytest.mark.parametrize("forwarded", [None, "", " , ", "not-an-address", "198.51.100.7:4431"])
def test_a_missing_or_malformed_header_falls_back_to_the_peer(settings, forwarded):
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_ip(request("10.0.0.5", forwarded)) == "10.0.0.5"


def test_fewer_entries_than_proxies_trusts_none_of_them(settings):
    settings.TRUSTED_PROXY_COUNT = 2
    assert client_ip(request("10.0.0.5", "203.0.113.1")) == "10.0.0.5"


def test_ipv6_addresses_are_read_and_normalised(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_ip(request("10.0.0.5", "2001:DB8::0:1")) == "2001:db8::1"

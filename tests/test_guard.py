"""The address guard: only public addresses, on every hop, checked before any connection.

No traffic leaves loopback here: names are mapped by a stub resolver (`stub_dns`,
conftest.py) to the private addresses an attacker would aim at, and every socket
connect is recorded (`connects`) so a test can assert none was even attempted. Where a test
needs one host that passes the guard, `loopback_is_public` lets 127.0.0.1 pass as
if it were on the internet (127.0.0.2 stays refused).
"""
from __future__ import annotations

import socket
from unittest.mock import ANY

import httpx
import pytest

import scraper
from scraper import guard
from scraper.options import ScrapeOptions

from faultserver import FaultServer, article_html

OPTS = ScrapeOptions(connect_timeout=2.0, read_timeout=2.0, deadline=5.0, tries=1, workers=0)
REFUSED = "is not a public address (--allow-private to allow it)"

PUBLIC = ["93.184.216.34", "8.8.8.8", "1.1.1.1", "2606:4700:4700::1111", "::ffff:8.8.8.8", "2002:808:808::1",
          "64:ff9b::808:808"]
NOT_PUBLIC = [
    "127.0.0.1", "127.255.255.254", "10.0.0.1", "172.16.0.1", "172.31.255.255", "192.168.1.1",
    "169.254.169.254", "100.64.0.1", "0.0.0.0", "255.255.255.255", "224.0.0.1", "239.255.255.250",
    "192.0.2.1", "198.18.0.1", "240.0.0.1", "::1", "::", "fe80::1", "fe80::1%eth0", "fc00::1", "fd12:3456::1",
    "ff02::1", "ff0e::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:169.254.169.254", "64:ff9b::a00:1",
    "2002:7f00:1::1", "2002:a9fe:a9fe::1", "::7f00:1", "2001:0:4136:e378:8000:63bf:3fff:fdd2", "not an address", "",
]


@pytest.mark.parametrize("address", PUBLIC)
def test_public_addresses(address):
    assert guard.is_public(address)


@pytest.mark.parametrize("address", NOT_PUBLIC)
def test_non_public_addresses(address):
    assert not guard.is_public(address)


@pytest.fixture
def loopback_is_public(monkeypatch):
    real = guard.is_public
    monkeypatch.setattr(guard, "is_public", lambda address: str(address) == "127.0.0.1" or real(address))


@pytest.fixture
def server():
    srv = FaultServer()
    yield srv
    srv.close()


def blocked(url: str, shown: str) -> dict:
    return {"url": url, "index": ANY, "error": {"kind": "blocked", "message": f"{shown} {REFUSED}", "status": None}}


def batch(urls, options=OPTS):
    return {r["url"]: r for r in scraper.scrape_many_sync(urls, options)}


def test_private_names_are_refused_before_any_connection(stub_dns, connects, server):
    port = server.server_address[1]
    cases = {
        "http://intranet.test/a": "intranet.test (10.0.0.1)",
        "http://metadata.test/latest/meta-data/": "metadata.test (169.254.169.254)",
        "http://mixed.test/a": "mixed.test (10.0.0.1)",
        "http://v6.test/a": "v6.test (fd00::1)",
        f"http://127.0.0.1:{port}/article/a": "127.0.0.1",
        f"http://localhost:{port}/article/a": "localhost (127.0.0.1)",
        "http://[::ffff:169.254.169.254]/": "::ffff:169.254.169.254",
        "http://0.0.0.0/": "0.0.0.0",
    }
    for url, shown in cases.items():
        with pytest.raises(scraper.Blocked) as info:
            scraper.fetch(url, OPTS)
        assert (info.value.kind, info.value.message, info.value.url) == ("blocked", f"{shown} {REFUSED}", url)
    assert connects == []
    got = batch(list(cases))  # robots.txt first: refused the same way
    for url, shown in cases.items():
        if url == "http://[::ffff:169.254.169.254]/":  # aiohttp resolves the literal: shown in its own spelling
            shown = "::ffff:169.254.169.254 (::ffff:a9fe:a9fe)"
        assert got[url] == blocked(url, shown)
    assert connects == [] and sum(server.hits.values()) == 0


def test_a_callers_own_client_is_guarded_too(stub_dns, connects, server):
    with httpx.Client() as client:
        with pytest.raises(scraper.Blocked):
            scraper.fetch("http://intranet.test/a", OPTS, client=client)
        with pytest.raises(scraper.Blocked):
            scraper.fetch(server.url("/redirect"), OPTS, client=client)
    assert connects == [] and server.hits["/redirect"] == 0


def test_every_redirect_hop_is_checked(stub_dns, connects, loopback_is_public, server):
    other = FaultServer("127.0.0.2")
    try:
        hops = {
            "http://intranet.test/admin": "intranet.test (10.0.0.1)",
            other.url("/article/x"): "127.0.0.2",
            "http://user:pw@metadata.test/": "metadata.test (169.254.169.254)",
        }
        urls = {server.url("/redirect-to?" + target): shown for target, shown in hops.items()}
        for url, shown in urls.items():
            with pytest.raises(scraper.Blocked) as info:
                scraper.fetch(url, OPTS)
            assert info.value.message == f"{shown} {REFUSED}"
        got = batch(list(urls), OPTS.replace(obey_robots=False))
        assert got == {url: blocked(url, shown) for url, shown in urls.items()}
        assert other.hits == {} and set(connects) == {"127.0.0.1"}
        assert server.hits["/redirect-to"] == 2 * len(urls)
        # and a redirect to a public address is followed as before
        assert scraper.fetch(server.url("/redirect"), OPTS).content == article_html("target")
    finally:
        other.close()


def test_robots_txt_hops_are_checked(stub_dns, connects, loopback_is_public, server):
    server.robots_redirect = "http://intranet.test/robots.txt"  # refused: no rules, all allowed
    url = server.url("/private/r")
    assert scraper.scrape(url, OPTS).headline == "Story r"
    assert batch([url])[url]["headline"] == "Story r"
    assert server.hits["/robots.txt"] == 2 and server.hits["/private/r"] == 2
    assert "intranet.test" in stub_dns and set(connects) == {"127.0.0.1"}


def test_allow_private_opts_out(server):
    opts = OPTS.replace(allow_private=True)
    assert scraper.fetch(server.url("/article/a"), opts).content == article_html("a")
    assert batch([server.url("/article/b")], opts)[server.url("/article/b")]["headline"] == "Story b"

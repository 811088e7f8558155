"""scraper.fetch / scraper.scrape against a real HTTP server on 127.0.0.1 (tests/faultserver.py)."""
from __future__ import annotations

import random
import re
import socket
import time

import pytest

import scraper
from scraper.errors import HTTPStatusError, ConnectionFailed, FetchTimeout
from scraper.fetch import retry_delay
from scraper.options import DEFAULT_USER_AGENT, ScrapeOptions

from faultserver import LATIN1_PARAGRAPH, LATIN1_TITLE, FaultServer, article_html

# Tiny limits so every fault ends in well under a second.
FAST = ScrapeOptions(allow_private=True, connect_timeout=1.0, read_timeout=1.0, deadline=3.0, max_bytes=100_000,
                     tries=2, backoff=0.01, backoff_max=0.02, retry_after_max=0.05)


@pytest.fixture
def server():
    srv = FaultServer()
    yield srv
    srv.close()


def test_fetch_ok(server):
    url = server.url("/article/one")
    result = scraper.fetch(url, FAST)
    assert isinstance(result, scraper.FetchResult)
    assert (result.url, result.final_url, result.status) == (url, url, 200)
    assert result.content == article_html("one")
    assert result.content_type == "text/html; charset=utf-8"
    assert result.charset == "utf-8"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", result.fetched_at)
    assert server.headers["/article/one"]["User-Agent"] == DEFAULT_USER_AGENT
    assert DEFAULT_USER_AGENT.startswith("byline-scraper/")


def test_user_agent_is_settable(server):
    scraper.fetch(server.url("/article/ua"), FAST, user_agent="mybot/2.0 (+https://example.org/bot)")
    assert server.headers["/article/ua"]["User-Agent"] == "mybot/2.0 (+https://example.org/bot)"


@pytest.mark.parametrize("path,name", [("/gzip", "gzip"), ("/br", "br")])
def test_compressed_bodies_are_decoded(server, path, name):
    assert scraper.fetch(server.url(path), FAST).content == article_html(name)
    assert "br" in server.headers[path]["Accept-Encoding"]


def test_redirect_gives_final_url(server):
    result = scraper.fetch(server.url("/redirect"), FAST)
    assert result.url == server.url("/redirect")
    assert result.final_url == server.url("/article/target")


def test_redirect_loop(server):
    with pytest.raises(scraper.TooManyRedirects) as info:
        scraper.fetch(server.url("/loop/a"), FAST, max_redirects=5)
    assert info.value.kind == "redirects"
    assert server.hits["/loop/a"] + server.hits["/loop/b"] == 6


def test_slow_server_times_out_after_tries(server):
    with pytest.raises(scraper.FetchTimeout) as info:
        scraper.fetch(server.url("/slow"), FAST)
    assert info.value.kind == "timeout"
    assert server.hits["/slow"] == 2


def test_total_deadline_stops_a_drip_feed(server):
    with pytest.raises(scraper.FetchTimeout) as info:
        scraper.fetch(server.url("/drip"), FAST, deadline=0.5, tries=1)
    assert "deadline" in info.value.message


def test_500_is_final(server):
    with pytest.raises(scraper.HTTPStatusError) as info:
        scraper.fetch(server.url("/status/500"), FAST)
    assert (info.value.kind, info.value.status, info.value.message) == ("http_status", 500, "HTTP 500 Internal Server Error")
    assert server.hits["/status/500"] == 1


def test_503_is_retried(server):
    with pytest.raises(scraper.HTTPStatusError) as info:
        scraper.fetch(server.url("/status/503"), FAST, tries=3)
    assert info.value.status == 503
    assert server.hits["/status/503"] == 3


def test_429_with_retry_after_then_success(server):
    result = scraper.fetch(server.url("/flaky429/x"), FAST)
    assert result.status == 200
    assert server.hits["/flaky429/x"] == 2


def test_connection_reset(server):
    with pytest.raises(scraper.ConnectionFailed) as info:
        scraper.fetch(server.url("/reset"), FAST)
    assert info.value.kind == "connection"
    assert server.hits["/reset"] == 2


def test_connection_refused():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again before the fetch: nobody listens there
    with pytest.raises(scraper.ConnectionFailed):
        scraper.fetch(f"http://127.0.0.1:{port}/", FAST, tries=1)


def test_endless_body_is_cut(server):
    with pytest.raises(scraper.TooLarge) as info:
        scraper.fetch(server.url("/endless"), FAST)
    assert (info.value.kind, info.value.status) == ("too_large", 200)


@pytest.mark.parametrize("path", ["/image.png", "/noct.png"])
def test_png_is_not_html(server, path):
    with pytest.raises(scraper.NotHTML) as info:
        scraper.fetch(server.url(path), FAST)
    assert (info.value.kind, info.value.status) == ("not_html", 200)


def test_latin1_declared_only_in_header(server):
    result = scraper.fetch(server.url("/latin1"), FAST)
    assert result.charset == "cp1252"  # what browsers use for a latin-1 label
    assert LATIN1_TITLE in result.text
    article = scraper.scrape(server.url("/latin1"), FAST)
    assert article.headline == LATIN1_TITLE
    assert LATIN1_PARAGRAPH.strip()[:60] in article.body


@pytest.mark.parametrize("url", ["ftp://example.org/a", "not a url", "http://", "https:///path", "http://exa mple.org/"])
def test_invalid_urls(url):
    with pytest.raises(scraper.InvalidURL) as info:
        scraper.fetch(url)
    assert info.value.kind == "invalid_url"


def test_scrape_is_fetch_plus_extract(server):
    article = scraper.scrape(server.url("/article/scraped"), FAST)
    assert article.headline == "Story scraped"
    assert article.body.startswith("Paragraph 1 of the story called scraped")


def _status(code, retry_after=None):
    exc = HTTPStatusError("x", status=code)
    exc.retry_after = retry_after
    return exc


def test_retry_policy():
    opts = ScrapeOptions(tries=4, backoff=1.0, backoff_max=3.0, retry_after_max=10.0)
    rng = random.Random(1)
    for code in (400, 401, 403, 404, 410, 500, 501):
        assert retry_delay(_status(code), 1, opts) is None
    for code in (408, 429, 502, 503, 504):
        assert retry_delay(_status(code), 1, opts) is not None
    assert retry_delay(_status(503), 4, opts) is None  # no tries left
    assert 0.5 <= retry_delay(FetchTimeout("t"), 1, opts, rng) <= 1.0
    assert 1.0 <= retry_delay(ConnectionFailed("c"), 2, opts, rng) <= 2.0
    assert 1.5 <= retry_delay(ConnectionFailed("c"), 3, opts, rng) <= 3.0  # capped at backoff_max
    assert retry_delay(_status(429, retry_after=7), 1, opts) == 7  # honoured
    assert retry_delay(_status(429, retry_after=3600), 1, opts) == 10  # capped
    assert retry_delay(scraper.NotHTML("n"), 1, opts) is None


def test_deadline_holds_while_headers_trickle_in(server):
    """A header line every 0.2 s never lets the read timeout fire; the deadline still ends the attempt."""
    started = time.monotonic()
    with pytest.raises(scraper.FetchTimeout) as info:
        scraper.fetch(server.url("/trickle"), FAST, deadline=1.0, tries=1)
    assert (info.value.kind, info.value.message) == ("timeout", "over the 1 s deadline")
    with pytest.raises(scraper.FetchTimeout):
        scraper.scrape(server.url("/trickle"), FAST, deadline=1.0, tries=1)
    assert time.monotonic() - started < 10  # two attempts of 1 s each (a bound, not a speed)


def test_credentials_never_reach_final_url(server):
    target = server.url("/article/creds").replace("http://", "http://user:secret@")
    result = scraper.fetch(server.url("/redirect-to?" + target), FAST)
    assert result.final_url == server.url("/article/creds")
    assert result.content == article_html("creds")
    assert server.headers["/article/creds"]["Authorization"] == "Basic dXNlcjpzZWNyZXQ="  # the credentials are used
    assert scraper.fetch(target, FAST).final_url == server.url("/article/creds")


@pytest.mark.parametrize("target", ["file:///etc/passwd", "ftp://127.0.0.1/pub/file", "javascript:alert(1)"])
def test_redirect_to_a_non_http_url_is_invalid_url(server, target):
    with pytest.raises(scraper.InvalidURL) as info:
        scraper.fetch(server.url("/redirect-to?" + target), FAST)
    scheme = target.split(":", 1)[0]
    assert info.value.kind == "invalid_url"
    if scheme != "javascript":  # (httpx cannot even build that one: its own message)
        assert info.value.message == f"redirected to a {scheme}: URL, not http(s)"
    assert server.hits["/redirect-to"] == 1  # not retried


def test_redirect_to_a_url_that_cannot_be_read_is_invalid_url_and_looks_up_nothing(server, monkeypatch):
    """'http://[x/' (an unclosed IPv6 bracket): httpx would read its host as '%5Bx' and look it up."""
    import socket

    looked_up: list[str] = []
    real = socket.getaddrinfo

    def loopback_only(host, *args, **kwargs):
        if host not in ("127.0.0.1", "localhost"):
            looked_up.append(host)
            raise socket.gaierror(socket.EAI_NONAME, "no lookups but loopback in this test")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", loopback_only)
    with pytest.raises(scraper.InvalidURL) as info:
        scraper.fetch(server.url("/redirect-to?http%3A//%5Bx/page"), FAST)
    assert info.value.kind == "invalid_url"
    assert info.value.message == "redirected to a URL that cannot be read: Invalid IPv6 URL"
    assert looked_up == [] and server.hits["/redirect-to"] == 1  # not retried


def test_malformed_answer_is_final(server):
    with pytest.raises(scraper.BadResponse) as info:
        scraper.fetch(server.url("/malformed"), FAST, tries=3)
    assert info.value.kind == "bad_response" and info.value.message.startswith("malformed answer: ")
    assert server.hits["/malformed"] == 1

"""URL helpers: links made absolute the way urljoin does, faster for URLs that are already absolute."""
from __future__ import annotations

import random
from urllib.parse import urljoin, urlsplit

import pytest

from scraper.extract.urls import _plain_absolute, absolute

BASES = ["https://a.com/x/y", "http://a.com/", "https://b.org/p?q=1#f", "ftp://x/", "https://a.com"]


@pytest.mark.parametrize("href", [
    "https://cdn.example.com/img/a-1024x768.jpg?w=800", "http://example.org", "https://x.com/a#top",
    "HTTPS://x.com/a", "https://x.com/a?", "https://x.com/a?#f", "https://x.com/a#", "https://x.com/a;p",
    "http:///path", "https://[::1]/x", "https://a]/x", "https://x.com/a\tb", "https://x.com/ä", "/rel/path",
    "../up", "?q=2", "page.html",
])
def test_absolute_is_urljoin(href):
    """... and None where urljoin (or urlsplit, on the URL alone) raises: a malformed URL is no link."""
    for base in BASES:
        try:
            expected = urljoin(base, href)
            urlsplit(expected)
        except ValueError:
            expected = None
        assert absolute(href, base) == expected
    try:
        urlsplit(href)
        assert absolute(href, None) == href
    except ValueError:
        assert absolute(href, None) is None


@pytest.mark.parametrize("base", [*BASES, "http://[x/", None])
def test_a_malformed_url_is_no_link(base):
    # (a host NFKC turns into one holding "/": "\u2100" is "a/c"; urlsplit raises on it too)
    for href in ("http://[x/a.jpg", "//[x/a.jpg", "https://a]/x", "http://[::1/x", "//a\u2100b/a.jpg", "http://a\u2100b/x"):
        assert absolute(href, base) is None
    if base is not None and "[" in base:
        assert absolute("/a.jpg", base) is None  # (nothing to resolve against; absolute URLs still are links)
        assert absolute("https://cdn.example.org/a.jpg", base) == "https://cdn.example.org/a.jpg"


def test_plain_absolute_urls_are_the_ones_urljoin_gives_back():
    assert _plain_absolute("https://cdn.example.com/img/a.jpg?w=800&h=1")
    assert not _plain_absolute("https://x.com/a?") and not _plain_absolute("https://x.com/a;p")
    rnd = random.Random(7)
    alphabet = "ab/?#;:.[]%&\\ \t\n\r\x00\x7f\x0b\u00e91-_=~@!,'\"<>{}|^`+$*()"
    for _ in range(20000):
        href = rnd.choice(["https://", "http://", "HTTP://", "http:///"]) + "".join(
            rnd.choice(alphabet) for _ in range(rnd.randint(0, 16)))
        if _plain_absolute(href):
            assert all(urljoin(base, href) == href for base in BASES), href


def test_absolute_skips_what_is_not_a_link():
    assert absolute("javascript:void(0)", BASES[0]) is None and absolute("  #top ", BASES[0]) is None
    assert absolute("//cdn.x.com/a.png", "http://a.com/") == "http://cdn.x.com/a.png"


@pytest.mark.parametrize("url, placeholder", [
    ("https://x.org/theme/placeholder.png", True), ("https://x.org/img/preload.gif", True),
    ("https://s0.example.com/i/blank.jpg", True), ("https://x.org/up/1x1-f7f7f7ff.png", True),
    ("https://x.org/up/lazy_img.png", True), ("https://x.org/up/market.jpg?q=20&blur=30", True),
    ("data:image/gif;base64,R0lGOD", True),
    ("https://x.org/up/blank-canvas.jpg", False), ("https://x.org/up/photo-grey-wolf.jpg", False),
    ("https://x.org/up/lazy-river.jpg", False), ("https://x.org/up/market.jpg?w=800", False),
])
def test_is_placeholder(url, placeholder):
    from scraper.extract.urls import is_placeholder
    assert is_placeholder(url) is placeholder


def test_first_src_reads_urls_holding_commas():
    from scraper.extract.urls import first_src
    assert first_src("https://i.example.org/c_fill,w_800/a.jpg 800w, https://i.example.org/b.jpg 1600w") \
        == "https://i.example.org/c_fill,w_800/a.jpg"
    assert first_src(" , a.jpg 1x") == "a.jpg" and first_src("") is None


# ---------------------------------------------------------------- URLs urlsplit cannot read

BAD_HOST = "http://[x/a-story-about-the-night-ferries"  # (a host in brackets that is no IPv6 address)


def test_split_url_of_a_url_it_cannot_read_has_no_parts():
    from scraper.extract.urls import split_url
    assert split_url(BAD_HOST).hostname is None and split_url(BAD_HOST).path == ""
    assert split_url("https://example.org/a/b").path == "/a/b"


def test_related_link_helpers_take_a_url_they_cannot_read():
    from scraper.extract.blocks import related
    assert related._not_a_listing(BAD_HOST) is False  # (fuzz seed 7 input 1297 raised here)
    assert related._site(BAD_HOST) == ""
    assert related._same_site(BAD_HOST, "https://example.org/") is False
    assert related._slug_of_title(BAD_HOST, "A story about the night ferries") is False


def test_the_sites_brand_on_a_page_url_it_cannot_read():
    from scraper.extract.bylines import _the_sites_brand
    assert _the_sites_brand("ferries", None, "https://[ferries.example.com/a") is False

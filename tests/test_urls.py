"""URL helpers: links made absolute the way urljoin does, faster for URLs that are already absolute."""
from __future__ import annotations

import random
from urllib.parse import urljoin

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
    for base in BASES:
        try:
            expected = urljoin(base, href)
        except ValueError:
            with pytest.raises(ValueError):
                absolute(href, base)
            continue
        assert absolute(href, base) == expected
    assert absolute(href, None) == href


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

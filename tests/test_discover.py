"""`scraper discover`: a site's article URLs from its feeds and sitemaps.

The site is a real HTTP server on 127.0.0.1 (pytest-httpserver): robots.txt naming a
sitemap index, a home page naming an RSS and an Atom feed, an index of a gzipped
sitemap, a plain one, one that fails and one on another host. URLs on 127.0.0.2 are
only ever written in documents (the other host), never fetched.
"""
from __future__ import annotations

import gzip
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from scraper.discover import Discovery, discover, is_article_url, normalise
from scraper.feeds import feed_links, parse_feed
from scraper.options import ScrapeOptions
from scraper.sitemaps import parse_sitemap

REPO = Path(__file__).resolve().parents[1]
OPTS = ScrapeOptions(allow_private=True, tries=1, backoff=0.01, deadline=10)
ARTICLE = "<html><head><title>{0}</title></head><body><article><h1>{0}</h1>" + "<p>Some words of the story. </p>" * 8 + "</article></body></html>"


def urlset(*entries: tuple[str, str | None]) -> str:
    rows = "".join(f"<url><loc>{loc}</loc>{f'<lastmod>{date}</lastmod>' if date else ''}</url>" for loc, date in entries)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{rows}</urlset>'


@pytest.fixture
def bare():
    """A loopback server with nothing on it: returns (server, base URL)."""
    server = HTTPServer(host="127.0.0.1", port=0)
    server.start()
    yield server, f"http://127.0.0.1:{server.port}"
    server.clear()
    server.stop()


@pytest.fixture
def site():
    """The site: returns (server, base URL)."""
    server = HTTPServer(host="127.0.0.1", port=0)
    server.start()
    base = f"http://127.0.0.1:{server.port}"
    other = "http://127.0.0.2:9"
    server.expect_request("/robots.txt").respond_with_data(
        f"User-agent: *\nDisallow: /private/\n\nSitemap: {base}/sitemap_index.xml\n", content_type="text/plain")
    server.expect_request("/").respond_with_data(
        '<html><head><title>Home</title>'
        '<link rel="alternate" type="application/rss+xml" title="News" href="/feed.xml">'
        '<link rel="alternate" type="application/atom+xml" href="atom.xml">'
        '<link rel="alternate" type="application/rss+xml" href="/comments/feed.xml">'
        '<link rel="alternate" type="application/rss+xml" href="/private/feed.xml">'
        '<link rel="alternate" type="application/feed+json" href="/feed.json">'
        '<link rel="stylesheet" href="/style.css"></head><body><a href="/news/a">A</a></body></html>',
        content_type="text/html; charset=utf-8")
    server.expect_request("/feed.xml").respond_with_data(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>News</title><link>' + base + '/</link>'
        f'<item><title>R1</title><link>{base}/news/rss-1?utm_source=rss&amp;utm_medium=feed</link>'
        '<pubDate>Mon, 02 Nov 2026 10:00:00 GMT</pubDate></item>'
        f'<item><title>R2</title><guid>{base}/news/rss-2</guid><pubDate>Tue, 03 Nov 2026 10:00:00 GMT</pubDate></item>'
        f'<item><title>Elsewhere</title><link>{other}/news/elsewhere</link></item>'
        '</channel></rss>', content_type="application/rss+xml")
    server.expect_request("/atom.xml").respond_with_data(
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom</title>'
        f'<link rel="self" href="{base}/atom.xml"/><link href="{base}/"/>'
        '<entry><title>A1</title><link rel="alternate" type="text/html" href="/news/atom-1"/>'
        '<link rel="enclosure" href="/media/a1.mp3"/><updated>2026-11-01T08:00:00Z</updated></entry>'
        '</feed>', content_type="application/atom+xml")
    server.expect_request("/feed.json").respond_with_data(
        '{"version": "https://jsonfeed.org/version/1.1", "title": "J", "items": [{"id": "j1", "url": "/news/json-1"}]}',
        content_type="application/feed+json")
    server.expect_request("/sitemap_index.xml").respond_with_data(
        '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f'<sitemap><loc>{base}/sitemap-2025.xml</loc><lastmod>2025-12-31</lastmod></sitemap>'
        f'<sitemap><loc>{base}/sitemap-2026.xml.gz</loc><lastmod>2026-11-03T00:00:00+00:00</lastmod></sitemap>'
        f'<sitemap><loc>{base}/sitemap-broken.xml</loc><lastmod>2024-01-01</lastmod></sitemap>'
        f'<sitemap><loc>{other}/sitemap-elsewhere.xml</loc></sitemap>'
        '</sitemapindex>', content_type="application/xml")
    newest = urlset((f"{base}/news/a", "2026-11-02"), (f"{base}/news/b", "2026-11-03"),
                    (f"{base}/tag/politics/", None), (f"{base}/private/secret", "2026-11-01"),
                    (f"{base}/news/rss-1#comments", "2026-11-02"), (f"{base}/media/photo.jpg", None),
                    (f"{other}/news/c", "2026-11-03"))
    server.expect_request("/sitemap-2026.xml.gz").respond_with_data(  # a gzipped file, no Content-Encoding
        gzip.compress(newest.encode()), content_type="application/x-gzip")
    server.expect_request("/sitemap-2025.xml").respond_with_data(  # gzipped on the wire
        gzip.compress(urlset((f"{base}/news/old", "2025-06-01")).encode()), content_type="application/xml",
        headers={"Content-Encoding": "gzip"})
    server.expect_request("/sitemap-broken.xml").respond_with_data("oops", status=500)
    server.expect_request(re.compile("^/news/")).respond_with_handler(
        lambda request: __import__("werkzeug").Response(ARTICLE.format(request.path.rsplit("/", 1)[-1]),
                                                        content_type="text/html"))
    yield server, base
    server.clear()
    server.stop()


def test_discovery_reads_robots_feeds_index_and_gzip_sitemaps(site):
    server, base = site
    found = Discovery(base + "/", OPTS)
    urls = list(found)
    assert urls == [
        # the feeds first, each newest first (tracking parameters dropped)
        f"{base}/news/rss-2", f"{base}/news/rss-1", f"{base}/news/atom-1", f"{base}/news/json-1",
        # the index's newest sitemap first (gzipped as a file), its pages newest first; the older sitemap next
        f"{base}/news/b", f"{base}/news/a", f"{base}/news/old",
    ]
    assert found.feeds == [f"{base}/feed.xml", f"{base}/atom.xml", f"{base}/feed.json"]  # not the comments feed
    assert found.sitemaps == [f"{base}/sitemap_index.xml", f"{base}/sitemap-2026.xml.gz", f"{base}/sitemap-2025.xml"]
    # the failing sitemap is reported and the rest read; the one on another host is not fetched at all
    # a feed robots.txt disallows is not fetched
    assert [(p.url, p.kind) for p in found.problems] == [(f"{base}/private/feed.xml", "robots"),
                                                         (f"{base}/sitemap-broken.xml", "http_status")]
    assert (found.other_hosts, found.not_articles, found.disallowed) == (2, 2, 1)
    assert "7 URLs from 3 feeds and 3 sitemaps" in found.line() and "2 documents could not be read" in found.line()
    fetched = [request.path for request, _ in server.log]
    assert not {"/comments/feed.xml", "/private/feed.xml", "/private/secret"} & set(fetched)


def test_max_urls_stops_reading(site):
    server, base = site
    found = Discovery(base, OPTS, max_urls=4)
    assert list(found) == [f"{base}/news/rss-2", f"{base}/news/rss-1", f"{base}/news/atom-1", f"{base}/news/json-1"]
    assert found.stopped == "max_urls"
    assert "/sitemap-2025.xml" not in [request.path for request, _ in server.log]


def test_all_hosts_keeps_other_hosts_urls(site):
    _, base = site
    urls = discover(base, OPTS, all_hosts=True, max_urls=20)
    assert "http://127.0.0.2:9/news/elsewhere" in urls and "http://127.0.0.2:9/news/c" in urls


def test_no_robots_sitemap_then_sitemap_xml_is_guessed(bare):
    server, base = bare
    server.expect_request("/robots.txt").respond_with_data("", status=404)
    server.expect_request("/").respond_with_data("<html><body>No feeds here</body></html>", content_type="text/html")
    server.expect_request("/sitemap.xml").respond_with_data("", status=404)
    server.expect_request("/sitemap_index.xml").respond_with_data(
        f"{base}/news/one\n{base}/news/two\n", content_type="text/plain")  # a text sitemap
    found = Discovery(base + "/", OPTS)
    assert list(found) == [f"{base}/news/one", f"{base}/news/two"]
    assert found.problems == []  # a guessed sitemap that is not there is no problem


def test_fetch_errors_are_reported_not_fatal_and_the_guard_holds(site):
    _, base = site
    found = Discovery(base + "/", ScrapeOptions(tries=1))  # loopback refused by the address guard
    assert list(found) == []
    assert {(p.role, p.kind) for p in found.problems} == {("home page", "blocked"), ("sitemap", "blocked")}
    dead = Discovery("http://127.0.0.1:9/", OPTS)  # nothing listens there
    assert list(dead) == [] and {p.kind for p in dead.problems} == {"connection"}


def test_cli_discover_then_batch(site, tmp_path):
    _, base = site
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    urls = tmp_path / "urls.txt"
    run = subprocess.run([sys.executable, "-m", "scraper", "discover", base + "/", "--allow-private", "--max-urls", "4",
                          "-o", str(urls)], capture_output=True, text=True, env=env, timeout=60)
    assert run.returncode == 0, run.stderr
    assert urls.read_text().splitlines() == [f"{base}/news/rss-2", f"{base}/news/rss-1", f"{base}/news/atom-1",
                                             f"{base}/news/json-1"]
    assert "4 URLs from 3 feeds" in run.stderr and "stopped at --max-urls" in run.stderr
    batch = subprocess.run([sys.executable, "-m", "scraper", "batch", str(urls), "-o", str(tmp_path / "a.jsonl"),
                            "--allow-private", "-w", "0", "-q"], capture_output=True, text=True, env=env, timeout=60)
    assert batch.returncode == 0, batch.stderr
    assert (tmp_path / "a.jsonl").read_text().count("\n") == 4
    stdout = subprocess.run([sys.executable, "-m", "scraper", "discover", base + "/", "--allow-private", "-q"],
                            capture_output=True, text=True, env=env, timeout=60)
    assert stdout.returncode == 0 and len(stdout.stdout.splitlines()) == 7
    assert stdout.stderr.splitlines() == [  # one line each, as they happen
        f"scraper discover: feed {base}/private/feed.xml: robots: disallowed by robots.txt",
        f"scraper discover: sitemap {base}/sitemap-broken.xml: http_status: HTTP 500 INTERNAL SERVER ERROR"]
    none = subprocess.run([sys.executable, "-m", "scraper", "discover", base + "/", "-q"], capture_output=True,
                          text=True, env=env, timeout=60)  # no --allow-private: nothing can be read
    assert none.returncode == 1 and "blocked" in none.stderr
    bad = subprocess.run([sys.executable, "-m", "scraper", "discover", "example.org"], capture_output=True, text=True,
                         env=env, timeout=60)
    assert bad.returncode == 2 and "not an http(s) URL" in bad.stderr


# -- the parsers, on documents written here --------------------------------------------

def test_parse_sitemap_kinds_and_hostile_input():
    index = parse_sitemap(b'<sitemapindex><sitemap><loc>/s1.xml</loc></sitemap></sitemapindex>', "http://h.test/x")
    assert (index.kind, [e.url for e in index.sitemaps]) == ("index", ["http://h.test/s1.xml"])
    images = parse_sitemap(b'<urlset xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"><url>'
                           b'<image:image><image:loc>http://h.test/i.jpg</image:loc></image:image>'
                           b'<loc>http://h.test/page</loc></url></urlset>', "http://h.test/")
    assert [e.url for e in images.pages] == ["http://h.test/page"]  # not the image's location
    news = parse_sitemap(b'<urlset><url><loc>http://h.test/n</loc><news:news xmlns:news="n"><news:publication_date>'
                         b'2026-01-02T03:04:05Z</news:publication_date></news:news></url></urlset>', "http://h.test/")
    assert news.pages[0].date is not None and news.pages[0].date.year == 2026
    cut = parse_sitemap(b'<urlset><url><loc>http://h.test/1</loc></url><url><loc>http://h.test/2</lo', "http://h.test/")
    assert [e.url for e in cut.pages][:1] == ["http://h.test/1"]  # what came before the damage
    laughs = (b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
              b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY x SYSTEM "file:///etc/passwd">]>'
              b'<urlset><url><loc>http://h.test/&c;&x;</loc></url></urlset>')
    assert all("root:" not in e.url and "aaaa" not in e.url for e in parse_sitemap(laughs, "http://h.test/").pages)
    assert parse_sitemap(b"<html><body>Not found</body></html>", "http://h.test/").kind == ""
    from scraper.errors import TooLarge

    with pytest.raises(TooLarge):  # a gzip bomb stops at the size limit
        parse_sitemap(gzip.compress(b"<urlset>" + b" " * 2_000_000), "http://h.test/", max_bytes=100_000)


def test_parse_feed_and_feed_links():
    rdf = parse_feed(b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">'
                     b'<channel><link>http://h.test/</link></channel><item><link>http://h.test/r</link></item></rdf:RDF>',
                     "http://h.test/feed")
    assert (rdf.kind, [e.url for e in rdf.entries]) == ("rdf", ["http://h.test/r"])  # not the channel's link
    no_permalink = parse_feed(b'<rss><channel><item><guid isPermaLink="false">tag:1</guid></item></channel></rss>', "http://h.test/")
    assert no_permalink.kind == "rss" and no_permalink.entries == []
    assert parse_feed(b"<urlset/>", "http://h.test/").kind == ""
    json_feed = parse_feed(b'{"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "1", "url": "/j1", '
                           b'"date_published": "2026-11-01T10:00:00Z"}, {"id": "http://h.test/j2"}, {"id": "3"}, 7]}',
                           "http://h.test/feed.json")
    assert json_feed.kind == "json" and [e.url for e in json_feed.entries] == ["http://h.test/j1", "http://h.test/j2"]
    assert json_feed.entries[0].date is not None
    assert parse_feed(b'{"items": [{"url": "http://h.test/x"}]}', "http://h.test/").kind == ""  # no JSON Feed version
    assert parse_feed(b"[" * 100_000, "http://h.test/").kind == ""  # nested too deep: no feed, no crash
    page = '<html><body><a href="/about">About</a><a href="/rss.xml">RSS</a><a href="/comments/feed">C</a></body></html>'
    assert feed_links(page, "http://h.test/") == ["http://h.test/rss.xml"]  # no declared feed: a link that reads as one
    based = '<html><head><base href="http://cdn.test/x/"><link rel="alternate" type="application/atom+xml" href="a.xml"></head></html>'
    assert feed_links(based, "http://h.test/") == ["http://cdn.test/x/a.xml"]


def test_normalise_and_article_urls():
    assert normalise("HTTP://Example.ORG:80/a/./b?utm_source=x&z=1&a=2#top") == "http://example.org/a/b?a=2&z=1"
    assert normalise("mailto:someone@example.org") is None and normalise("/relative") is None
    assert is_article_url("https://example.org/2026/11/02/the-story.html")
    assert not any(map(is_article_url, ["https://example.org/", "https://example.org/tag/politics/",
                                         "https://example.org/author/jane-doe", "https://example.org/files/report.pdf"]))


# -- malformed URLs: the one is passed over (or reported), the rest read ------------------------

BAD = "http://[x/"  # a host in brackets that is no IPv6 address: urlsplit/urljoin raise ValueError on it


def test_malformed_urls_in_pages_feeds_and_sitemaps_are_passed_over():
    feed = ('<link rel="alternate" type="application/rss+xml" href="{0}feed">'
            '<link rel="alternate" type="application/rss+xml" href="//[x/feed">'
            '<link rel="alternate" type="application/rss+xml" href="/good.xml">')
    # an http(s) link as written (fetching it says what is wrong), a relative one left out
    assert feed_links(feed.format(BAD), "http://h.test/") == [BAD + "feed", "http://h.test/good.xml"]
    assert feed_links(f'<a href="{BAD}rss.xml">R</a><a href="/rss.xml">R</a>', "http://h.test/") == [
        BAD + "rss.xml", "http://h.test/rss.xml"]
    based = f'<base href="{BAD}"><link rel="alternate" type="application/atom+xml" href="a.xml">'
    assert feed_links(based, "http://h.test/x/") == ["http://h.test/x/a.xml"]  # the base passed over
    rss = parse_feed(f'<rss><channel><item><link>{BAD}a</link></item><item><link>//[x/b</link>'
                     f'<guid>http://h.test/b</guid></item><item><link>/c</link></item></channel></rss>'.encode(),
                     "http://h.test/feed")
    assert [e.url for e in rss.entries] == ["http://h.test/b", "http://h.test/c"]  # (a permalink guid instead)
    atom = parse_feed(f'<feed xmlns="http://www.w3.org/2005/Atom"><entry><link href="{BAD}a"/></entry>'
                      f'<entry><link href="/c"/></entry></feed>'.encode(), "http://h.test/feed")
    assert [e.url for e in atom.entries] == ["http://h.test/c"]
    json_feed = parse_feed(('{"version": "https://jsonfeed.org/version/1.1", "items": [{"url": "%sa"}, {"url": "/c"}]}'
                            % BAD).encode(), "http://h.test/feed.json")
    assert [e.url for e in json_feed.entries] == ["http://h.test/c"]
    text = parse_sitemap(f"{BAD}a\nhttp://h.test/c\n".encode(), "http://h.test/s.txt")
    assert [e.url for e in text.pages] == ["http://h.test/c"]
    xml = parse_sitemap(b"<urlset><url><loc>//[x/a</loc></url><url><loc>/c</loc></url></urlset>", "http://h.test/s.xml")
    assert [e.url for e in xml.pages] == ["http://h.test/c"]


def test_discovery_passes_over_malformed_links_feeds_and_sitemaps(bare):
    server, base = bare
    server.expect_request("/robots.txt").respond_with_data(
        f"User-agent: *\nAllow: /\n\nSitemap: {BAD}sitemap.xml\nSitemap: {base}/sitemap.txt\n", content_type="text/plain")
    server.expect_request("/").respond_with_data(
        f'<html><head><base href="{BAD}">'
        f'<link rel="alternate" type="application/rss+xml" href="{BAD}feed">'
        '<link rel="alternate" type="application/rss+xml" href="/feed.xml"></head><body>Home</body></html>',
        content_type="text/html")
    server.expect_request("/feed.xml").respond_with_data(
        f'<rss version="2.0"><channel><item><link>{BAD}news/bad</link></item>'
        '<item><link>/news/from-feed</link></item></channel></rss>', content_type="application/rss+xml")
    server.expect_request("/sitemap.txt").respond_with_data(
        f"{BAD}news/bad\n{base}/news/from-sitemap\n", content_type="text/plain")
    found = Discovery(base + "/", OPTS)
    assert list(found) == [f"{base}/news/from-feed", f"{base}/news/from-sitemap"]
    assert found.feeds == [f"{base}/feed.xml"] and found.sitemaps == [f"{base}/sitemap.txt"]
    assert [(p.role, p.url, p.kind) for p in found.problems] == [("feed", BAD + "feed", "invalid_url"),
                                                                 ("sitemap", BAD + "sitemap.xml", "invalid_url")]
    assert "Invalid IPv6 URL" in found.problems[0].message


def test_a_home_page_lexbor_cannot_read_is_a_problem_and_the_sitemaps_are_read(bare, monkeypatch):
    from scraper import feeds
    from scraper.errors import Unparsable

    def unparsable(html):
        raise Unparsable("the page could not be parsed: lexbor: Can't parse HTML.")

    monkeypatch.setattr(feeds, "parse", unparsable)  # (what dom.parse raises when lexbor cannot allocate)
    server, base = bare
    server.expect_request("/robots.txt").respond_with_data("", status=404)
    server.expect_request("/").respond_with_data("<html><body>Home</body></html>", content_type="text/html")
    server.expect_request("/sitemap.xml").respond_with_data(urlset((f"{base}/news/one", None)),
                                                             content_type="application/xml")
    found = Discovery(base + "/", OPTS)
    assert list(found) == [f"{base}/news/one"]
    assert [(p.role, p.kind) for p in found.problems] == [("home page", "unparsable")]

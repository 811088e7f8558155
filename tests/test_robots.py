"""robots.txt: the first 500 KiB of a long file are its rules, and `scrape` / `scraper URL` read it as batch does."""
from __future__ import annotations

import subprocess
import sys
from unittest.mock import ANY

import pytest

import scraper
from scraper.options import ScrapeOptions
from scraper.robots import ROBOTS_MAX_BYTES

from faultserver import FaultServer, article_html

OPTS = ScrapeOptions(allow_private=True, connect_timeout=2.0, read_timeout=2.0, deadline=5.0, tries=1, workers=0)


@pytest.fixture
def server():
    srv = FaultServer()
    yield srv
    srv.close()


def err(url: str, kind: str, message: str, status: int | None = None) -> dict:
    return {"url": url, "index": ANY, "error": {"kind": kind, "message": message, "status": status}}


def test_a_robots_txt_over_500_kib_is_read_up_to_there(server):
    head = "User-agent: *\nDisallow: /private/\n"
    filler = "# " + "x" * 97 + "\n"
    body = head + filler * ((ROBOTS_MAX_BYTES - len(head)) // len(filler) - 1)
    # A line cut by the 500 KiB mark: its first part ("Disallow: /article/cut") is no rule.
    part = "Disallow: /article/cut"
    body += "#" * (ROBOTS_MAX_BYTES - len(body) - len(part) - 1) + "\n" + part + "-elsewhere\n"
    assert body.encode()[:ROBOTS_MAX_BYTES].endswith(b"\n" + part.encode())
    body += "Disallow: /late/\n" + filler * 2000  # past the first 500 KiB: not read
    server.robots = body
    server.pages["/late/y"] = article_html("y")
    u = server.url
    urls = [u("/private/x"), u("/late/y"), u("/article/cut-here")]
    got = {r["url"]: r for r in scraper.scrape_many_sync(urls, OPTS)}
    assert got[u("/private/x")] == err(u("/private/x"), "robots", "disallowed by robots.txt")
    assert got[u("/late/y")]["headline"] == "Story y" and got[u("/article/cut-here")]["headline"] == "Story cut-here"
    with pytest.raises(scraper.RobotsDisallowed):
        scraper.scrape(u("/private/x"), OPTS)
    assert scraper.scrape(u("/late/y"), OPTS).headline == "Story y"
    assert server.hits["/private/x"] == 0


def test_scrape_reads_robots_txt_like_batch(server):
    u = server.url
    with pytest.raises(scraper.RobotsDisallowed) as info:
        scraper.scrape(u("/private/x"), OPTS)
    assert (info.value.kind, info.value.message) == ("robots", "disallowed by robots.txt")
    assert server.hits["/private/x"] == 0 and server.hits["/robots.txt"] == 1
    assert scraper.scrape(u("/private/x"), OPTS, obey_robots=False).headline == "Story x"
    assert scraper.scrape(u("/article/a"), OPTS).headline == "Story a"
    assert server.headers["/robots.txt"]["User-Agent"] == OPTS.user_agent

    server.robots_status = 503  # RFC 9309: unreachable robots.txt means disallow all
    with pytest.raises(scraper.RobotsDisallowed) as info:
        scraper.scrape(u("/article/b"), OPTS)
    assert info.value.message == "robots.txt answered HTTP 503; the host is treated as disallowing all"
    server.robots_status, server.robots = 200, None  # 404: all allowed
    assert scraper.scrape(u("/private/z"), OPTS).headline == "Story z"
    assert scraper.fetch(u("/private/f"), OPTS).status == 200  # fetch is a plain download: no robots.txt


def test_scraper_url_obeys_robots_txt(server):
    url = server.url("/private/cli")
    cmd = [sys.executable, "-m", "scraper", url, "--allow-private"]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    assert r.returncode == 1
    assert r.stderr == f"scraper: error: {url}: robots: disallowed by robots.txt\n"
    assert server.hits["/private/cli"] == 0
    r = subprocess.run(cmd + ["--ignore-robots"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and '"headline": "Story cli"' in r.stdout

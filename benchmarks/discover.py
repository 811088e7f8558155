"""`scraper discover` against a loopback site with a big sitemap index: URLs/s and peak memory.

    .venv/bin/python benchmarks/discover.py [--sitemaps 20] [--urls 10000] [--max-urls N]

Serves (pytest-httpserver on 127.0.0.1) robots.txt naming a sitemap index of SITEMAPS
gzipped sitemaps of URLS dated article URLs each (the protocol allows 50,000), a home
page naming an RSS feed of 50 items, then runs `Discovery` in this process and prints
the URLs found, the seconds, URLs/s and the process's peak RSS (the server's documents,
built beforehand, included; the RSS before the run is printed too).
"""
from __future__ import annotations

import argparse
import gzip
import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import logging  # noqa: E402

from pytest_httpserver import HTTPServer  # noqa: E402

from scraper.discover import Discovery  # noqa: E402
from scraper.options import ScrapeOptions  # noqa: E402


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sitemaps", type=int, default=20)
    parser.add_argument("--urls", type=int, default=10_000)
    parser.add_argument("--max-urls", type=int, default=None)
    args = parser.parse_args()
    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # no line a request

    server = HTTPServer(host="127.0.0.1", port=0)
    server.start()
    base = f"http://127.0.0.1:{server.port}"
    try:
        server.expect_request("/robots.txt").respond_with_data(f"User-agent: *\nSitemap: {base}/index.xml\n")
        server.expect_request("/").respond_with_data(
            '<html><head><link rel="alternate" type="application/rss+xml" href="/feed.xml"></head></html>',
            content_type="text/html")
        items = "".join(f"<item><link>{base}/news/feed-{i}</link></item>" for i in range(50))
        server.expect_request("/feed.xml").respond_with_data(f"<rss><channel>{items}</channel></rss>",
                                                             content_type="application/rss+xml")
        index = "".join(f"<sitemap><loc>{base}/s{k}.xml.gz</loc><lastmod>2026-01-{k % 28 + 1:02d}</lastmod></sitemap>"
                        for k in range(args.sitemaps))
        server.expect_request("/index.xml").respond_with_data(f"<sitemapindex>{index}</sitemapindex>",
                                                              content_type="application/xml")
        size = 0
        for k in range(args.sitemaps):
            rows = "".join(f"<url><loc>{base}/{2000 + k}/{i % 12 + 1:02d}/story-{k}-{i}.html</loc>"
                           f"<lastmod>{2000 + k}-{i % 12 + 1:02d}-01</lastmod></url>" for i in range(args.urls))
            data = gzip.compress(f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                                 f"{rows}</urlset>".encode(), 6)
            size += len(data)
            server.expect_request(f"/s{k}.xml.gz").respond_with_data(data, content_type="application/x-gzip")
        before = peak_mb()
        started = time.perf_counter()
        found = Discovery(base + "/", ScrapeOptions(allow_private=True), max_urls=args.max_urls,
                          max_documents=args.sitemaps + 10)
        n = sum(1 for _ in found)
        seconds = time.perf_counter() - started
    finally:
        server.clear()
        server.stop()
    print(f"{args.sitemaps} gzipped sitemaps ({size / 2**20:.1f} MiB) of {args.urls} URLs + a feed of 50: "
          f"{n} URLs in {seconds:.2f} s, {n / seconds:,.0f} URLs/s; peak RSS {peak_mb():.0f} MB "
          f"({before:.0f} MB before the run); {found.line()}")


if __name__ == "__main__":
    main()

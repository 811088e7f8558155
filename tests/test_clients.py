"""Proxies: batch reads HTTP(S)_PROXY / NO_PROXY as `fetch` does, `--proxy` / `ScrapeOptions(proxy=)` for both.

The proxy is a FaultServer on 127.0.0.1 that serves absolute-form requests
(`GET http://news.test/article/p`) itself and logs them; target names resolve
through the stub resolver (conftest.py) and are never connected to.
"""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

import scraper
from scraper.clients import proxy_mounts
from scraper.options import ScrapeOptions

from faultserver import FaultServer

OPTS = ScrapeOptions(connect_timeout=2.0, read_timeout=2.0, deadline=5.0, tries=1, workers=0)
PROXY_VARS = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "all_proxy", "no_proxy")


@pytest.fixture
def proxy(monkeypatch):
    for name in PROXY_VARS:
        monkeypatch.delenv(name, raising=False)
    srv = FaultServer()
    yield srv
    srv.close()


def batch(urls, options=OPTS):
    return {r["url"]: r for r in scraper.scrape_many_sync(urls, options)}


def test_environment_proxy_in_batch_and_fetch(proxy, monkeypatch, stub_dns, connects):
    monkeypatch.setenv("HTTP_PROXY", proxy.url(""))
    url = "http://news.test/article/p"
    assert batch([url])[url]["headline"] == "Story p"
    assert batch([url])[url]["final_url"] == url
    assert scraper.fetch(url, OPTS).final_url == url
    assert scraper.scrape(url, OPTS).headline == "Story p"
    assert proxy.proxied == ["http://news.test/robots.txt", url] * 2 + [url, "http://news.test/robots.txt", url]
    assert set(connects) == {"127.0.0.1"}  # only the proxy


def test_through_a_proxy_private_targets_are_still_refused(proxy, monkeypatch, stub_dns, connects):
    monkeypatch.setenv("HTTP_PROXY", proxy.url(""))
    url = "http://intranet.test/admin"
    assert batch([url])[url]["error"] == {"kind": "blocked", "status": None,
                                          "message": "intranet.test (10.0.0.1) is not a public address "
                                                     "(--allow-private to allow it)"}
    with pytest.raises(scraper.Blocked):
        scraper.fetch("http://10.0.0.1/", OPTS)
    with pytest.raises(scraper.Blocked):
        scraper.fetch("http://news.test/redirect-to?http://169.254.169.254/", OPTS)
    # a name only the proxy can resolve goes to the proxy
    only = "http://only-the-proxy-knows.test/article/q"
    assert batch([only])[only]["headline"] == "Story q"
    assert proxy.proxied == ["http://news.test/redirect-to?http://169.254.169.254/",
                             "http://only-the-proxy-knows.test/robots.txt", only]


def test_no_proxy_and_the_proxy_option(proxy, monkeypatch):
    site = FaultServer("127.0.0.2")
    try:
        monkeypatch.setenv("HTTP_PROXY", proxy.url(""))
        monkeypatch.setenv("NO_PROXY", "localhost,127.0.0.2")
        opts = OPTS.replace(allow_private=True)
        url = site.url("/article/direct")
        assert batch([url], opts)[url]["headline"] == "Story direct"
        assert scraper.fetch(url, opts).status == 200
        assert proxy.proxied == [] and site.hits["/article/direct"] == 2
        monkeypatch.delenv("HTTP_PROXY")
        monkeypatch.delenv("NO_PROXY")
        via = opts.replace(proxy=proxy.url(""))
        assert batch([url], via)[url]["headline"] == "Story direct"
        assert scraper.fetch(url, via).status == 200
        assert proxy.proxied == [site.url("/robots.txt"), url, url] and site.hits["/article/direct"] == 2
    finally:
        site.close()


def test_cli_proxy_option(proxy, tmp_path):
    urls = tmp_path / "urls.txt"
    target = "http://127.0.0.2:9/article/cli"  # nobody listens there: only the proxy can answer
    urls.write_text(target + "\n")
    env = {k: v for k, v in os.environ.items() if k not in PROXY_VARS}
    r = subprocess.run([sys.executable, "-m", "scraper", "batch", str(urls), "-o", str(tmp_path / "o.jsonl"),
                        "--quiet", "--workers", "0", "--allow-private", "--proxy", proxy.url("")],
                       capture_output=True, text=True, timeout=60, env=env)
    assert r.returncode == 0, r.stderr
    assert '"headline": "Story cli"' in (tmp_path / "o.jsonl").read_text()
    r = subprocess.run([sys.executable, "-m", "scraper", target, "--allow-private", "--proxy", proxy.url("")],
                       capture_output=True, text=True, timeout=60, env=env)
    assert r.returncode == 0 and '"headline": "Story cli"' in r.stdout
    assert proxy.proxied == ["http://127.0.0.2:9/robots.txt", target] * 2


def test_proxy_mounts_read_the_environment_as_httpx_does(monkeypatch):
    for name in PROXY_VARS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTPS_PROXY", "proxy.example:3128")
    monkeypatch.setenv("NO_PROXY", ".internal.example, example.org,10.1.2.3,::1,localhost")
    assert proxy_mounts(OPTS) == {
        "https://": "http://proxy.example:3128", "all://*.internal.example": None, "all://*example.org": None,
        "all://10.1.2.3": None, "all://[::1]": None, "all://localhost": None}
    assert proxy_mounts(OPTS.replace(proxy="http://p:1")) == {"all://": "http://p:1"}
    monkeypatch.setenv("NO_PROXY", "*")
    assert proxy_mounts(OPTS) == {}

"""The batch engine: one exact record per input URL, whatever the server does.

Runs against real HTTP servers on 127.0.0.x (tests/faultserver.py); one test
kills a real `python -m scraper batch` with SIGKILL and resumes it.
"""
from __future__ import annotations

import asyncio
import gc
import json
import logging
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any
from unittest.mock import ANY

import pytest
from typer.testing import CliRunner

import scraper
from scraper.batch import run_batch
from scraper.options import ScrapeOptions
from scraper.resume import UrlSet
from scraper.sinks import JsonlSink, scan_record

from faultserver import LATIN1_TITLE, FaultServer, Gauge, article_html, latin1_html

FAST = ScrapeOptions(allow_private=True, connect_timeout=1.0, read_timeout=1.0, deadline=3.0, max_bytes=100_000,
                     tries=2, backoff=0.01, backoff_max=0.02, retry_after_max=0.05, workers=1)
ISO = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")
REPO = Path(__file__).resolve().parents[1]


def checkout_env() -> dict[str, str]:
    """The environment for a `python -m scraper` child that imports this checkout."""
    return {**os.environ, "PYTHONPATH": str(REPO)}


def kill_when_written(cmd: list[str], cwd: Path, out: Path, lines: int, within: float) -> None:
    """Runs `cmd` (a batch writing `out`) and kills it with SIGKILL once `out` holds `lines` lines,
    or after `within` seconds; fails if the run ended on its own first."""
    proc = subprocess.Popen(cmd, cwd=cwd, env=checkout_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + within
    while time.monotonic() < deadline and proc.poll() is None:
        if out.exists() and out.read_bytes().count(b"\n") >= lines:
            break
        time.sleep(0.02)
    assert proc.poll() is None, proc.stderr.read().decode()
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    proc.stderr.close()


@pytest.fixture
def server():
    srv = FaultServer()
    yield srv
    srv.close()


def read_records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def by_url(records: list[dict]) -> dict[str, dict]:
    urls = [r["url"] for r in records]
    assert len(urls) == len(set(urls)), "a URL was recorded twice"
    return {r["url"]: r for r in records}


def expected_article(url: str, final_url: str, html: bytes, charset: str | None, record: dict, index: Any = ANY) -> dict:
    """The exact record of a page: the fetch facts, then extract()'s fields (`index`: any, unless given)."""
    assert ISO.fullmatch(record["fetched_at"])
    article = scraper.extract(html, final_url, http_charset=charset).to_dict()
    del article["url"]
    return {"url": url, "index": index, "final_url": final_url, "status": 200, "fetched_at": record["fetched_at"],
            **article}


def err(url: str, kind: str, message: str, status: int | None = None, index: Any = ANY) -> dict:
    return {"url": url, "index": index, "error": {"kind": kind, "message": message, "status": status}}


def test_every_fault_gives_its_exact_record(server, tmp_path):
    u = server.url
    lines = [
        u("/article/a"), "", "# a comment", "   " + u("/article/b") + "  ",
        u("/article/a"),  # a duplicate: fetched once, recorded once
        u("/redirect"), u("/latin1"), u("/flaky429/p"),
        u("/slow"), u("/status/500"), u("/status/503"), u("/status/404"), u("/reset"),
        u("/loop/a"), u("/endless"), u("/image.png"), u("/private/secret"),
        "not a url", "ftp://example.org/file", "http://",
    ]
    out = tmp_path / "out.jsonl"
    summary = run_batch(lines, out, FAST, progress=False)
    got = by_url(read_records(out))

    assert got[u("/article/a")] == expected_article(u("/article/a"), u("/article/a"), article_html("a"), "utf-8", got[u("/article/a")])
    # the URL as in the input (stripped of surrounding blanks)
    assert got[u("/article/b")] == expected_article(u("/article/b"), u("/article/b"), article_html("b"), "utf-8", got[u("/article/b")])
    assert got[u("/redirect")] == expected_article(u("/redirect"), u("/article/target"), article_html("target"), "utf-8", got[u("/redirect")])
    assert got[u("/latin1")] == expected_article(u("/latin1"), u("/latin1"), latin1_html(), "cp1252", got[u("/latin1")])
    assert got[u("/latin1")]["headline"] == LATIN1_TITLE
    assert got[u("/flaky429/p")] == expected_article(u("/flaky429/p"), u("/flaky429/p"), article_html("p"), "utf-8", got[u("/flaky429/p")])

    assert got[u("/slow")] == err(u("/slow"), "timeout", "timed out (ReadTimeout) (after 2 tries)")
    assert got[u("/status/500")] == err(u("/status/500"), "http_status", "HTTP 500 Internal Server Error", 500)
    assert got[u("/status/503")] == err(u("/status/503"), "http_status", "HTTP 503 Service Unavailable (after 2 tries)", 503)
    assert got[u("/status/404")] == err(u("/status/404"), "http_status", "HTTP 404 Not Found", 404)
    reset = got[u("/reset")]
    assert reset["error"]["kind"] == "connection" and reset["error"]["status"] is None
    assert reset["error"]["message"].endswith("(after 2 tries)")
    assert got[u("/loop/a")] == err(u("/loop/a"), "redirects", "Exceeded maximum allowed redirects.")
    assert got[u("/endless")] == err(u("/endless"), "too_large", "body over the 100000-byte limit", 200)
    assert got[u("/image.png")] == err(u("/image.png"), "not_html", "content type image/png is not a page", 200)
    assert got[u("/private/secret")] == err(u("/private/secret"), "robots", "disallowed by robots.txt")
    assert got["not a url"] == err("not a url", "invalid_url", "not an http(s) URL")
    assert got["ftp://example.org/file"] == err("ftp://example.org/file", "invalid_url", "not an http(s) URL")
    assert got["http://"] == err("http://", "invalid_url", "not a valid http(s) URL")
    assert len(got) == 17
    # each record's index is its URL's position among the URL lines (blanks, comments not counted)
    urls = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    assert {url: record["index"] for url, record in got.items()} == {url: urls.index(url) for url in got}
    assert got[u("/article/b")]["index"] == 1 and got["http://"]["index"] == 17

    # how often each was asked for: retries only where they belong, robots.txt once
    assert server.hits["/article/a"] == 1
    assert server.hits["/flaky429/p"] == 2
    assert server.hits["/slow"] == 2 and server.hits["/status/503"] == 2 and server.hits["/reset"] == 2
    assert server.hits["/status/500"] == 1 and server.hits["/status/404"] == 1
    assert server.hits["/private/secret"] == 0
    assert server.hits["/robots.txt"] == 1

    assert (summary.ok, summary.failed, summary.duplicates) == (5, 12, 1)
    assert summary.errors == {"http_status": 3, "invalid_url": 3, "timeout": 1, "connection": 1,
                              "redirects": 1, "too_large": 1, "not_html": 1, "robots": 1}
    assert summary.exit_code() == 1 and summary.exit_code(allow_failures=True) == 0


def test_ignore_robots_and_robots_5xx(server, tmp_path):
    u = server.url
    records = by_url(list(scraper.scrape_many_sync([u("/private/x")], FAST, obey_robots=False)))
    assert records[u("/private/x")]["headline"] == "Story x"
    assert server.hits["/robots.txt"] == 0

    server.robots_status = 503  # RFC 9309: an unreachable robots.txt means "disallow all"
    records = list(scraper.scrape_many_sync([u("/article/y")], FAST))
    assert records == [err(u("/article/y"), "robots", "robots.txt answered HTTP 503; the host is treated as disallowing all")]
    assert server.hits["/article/y"] == 0

    server.robots_status, server.robots = 200, None  # no robots.txt (404): all allowed
    other = FaultServer()
    try:
        other.robots = None
        assert "error" not in next(iter(scraper.scrape_many_sync([other.url("/article/z")], FAST)))
    finally:
        other.close()


def test_crawl_delay_spaces_requests(server):
    server.robots = "User-agent: *\nCrawl-delay: 0.3\n"
    urls = [server.url(f"/article/c{i}") for i in range(3)]
    began = time.monotonic()
    records = list(scraper.scrape_many_sync(urls, FAST))
    assert all("error" not in r for r in records)
    starts = sorted(server.starts[f"/article/c{i}"][0] for i in range(3))
    # The server stamps a request when its handler thread runs, and on a loaded machine a
    # handler can start late, bunching two stamps; a late stamp is never early, though, so
    # the last request cannot have come before two delays had passed.
    assert starts[2] - began >= 0.55 and starts[2] - starts[0] >= 0.25


def test_per_host_and_global_limits():
    gauge = Gauge()
    servers = [FaultServer(f"127.0.0.{i}", gauge) for i in (1, 2, 3)]
    try:
        urls = [s.url(f"/wait/{i}") for s in servers for i in range(8)]
        records = list(scraper.scrape_many_sync(urls, FAST, concurrency=4, per_host=2, read_timeout=2.0))
        assert sorted(r["url"] for r in records) == sorted(urls)
        assert all("error" not in r for r in records)
        assert all(s.host_gauge.max_active <= 2 for s in servers)
        assert gauge.max_active <= 4
    finally:
        for s in servers:
            s.close()


def test_a_busy_host_does_not_stall_the_others():
    slow, fast = FaultServer("127.0.0.1"), FaultServer("127.0.0.2")
    slow.wait = fast.wait = 0.2
    try:
        urls = [slow.url(f"/wait/s{i}") for i in range(8)] + [fast.url(f"/wait/f{i}") for i in range(4)]
        records = list(scraper.scrape_many_sync(urls, FAST, per_host=1, concurrency=4, window=64))
        assert len(records) == 12 and all("error" not in r for r in records)
        assert slow.host_gauge.max_active == 1
        slow_starts = sorted(t for p, ts in slow.starts.items() if p.startswith("/wait/") for t in ts)
        fast_starts = sorted(t for p, ts in fast.starts.items() if p.startswith("/wait/") for t in ts)
        # the other host went ahead while the first waited its turns (8 slow URLs came first)
        assert fast_starts[0] < slow_starts[1] and fast_starts[-1] < slow_starts[5]
    finally:
        slow.close()
        fast.close()


def test_scrape_many_async_gives_the_cli_records(server, tmp_path):
    urls = [server.url("/article/m"), server.url("/status/404"), "mailto:x@example.org"]

    async def collect():
        return [r async for r in scraper.scrape_many(urls, FAST)]

    records = by_url(asyncio.run(collect()))
    out = tmp_path / "cli.jsonl"
    run_batch(urls, out, FAST, progress=False)
    on_file = by_url(read_records(out))
    for url in urls:
        records[url].pop("fetched_at", None)
        on_file[url].pop("fetched_at", None)
    assert records == on_file


# Closing the generator early cancels fetches mid-connect; anyio then leaves a coroutine unawaited.
@pytest.mark.filterwarnings("ignore:coroutine 'connect_tcp.<locals>.try_connect' was never awaited")
def test_url_list_is_read_lazily(server):
    consumed = 0

    def lines():
        nonlocal consumed
        for i in range(10_000):
            consumed += 1
            yield server.url(f"/article/lazy{i}")

    gen = scraper.scrape_many_sync(lines(), FAST, window=8)
    first = next(gen)
    assert "error" not in first
    assert consumed < 100  # a window of 8, not the whole list
    gen.close()
    gc.collect()  # any unawaited-coroutine warning is raised here, not in the next test


def test_resume_skips_done_and_repairs_torn_line(server, tmp_path):
    urls = [server.url(f"/article/r{i}") for i in range(6)]
    out = tmp_path / "out.jsonl"
    run_batch(urls[:3], out, FAST, progress=False)
    with out.open("a", encoding="utf-8") as fh:
        fh.write('{"url": "' + urls[3] + '", "final_url": "htt')  # a run killed mid-line
    summary = run_batch(urls, out, FAST, progress=False)
    records = read_records(out)  # every line parses
    assert sorted(r["url"] for r in by_url(records).values()) == sorted(urls)
    assert (summary.skipped, summary.ok) == (3, 3)
    assert all(server.hits[f"/article/r{i}"] == 1 for i in range(6))


def test_retry_failed_redoes_only_errors(server, tmp_path):
    good, bad = server.url("/article/g"), server.url("/flaky429/once")
    out = tmp_path / "out.jsonl"
    run_batch([good, bad], out, FAST.replace(tries=1), progress=False)
    assert by_url(read_records(out))[bad]["error"]["status"] == 429
    summary = run_batch([good, bad], out, FAST, retry_failed=True, progress=False)
    records = by_url(read_records(out))
    assert "error" not in records[bad] and "error" not in records[good]
    assert (summary.retried, summary.skipped, summary.ok) == (1, 1, 1)
    assert server.hits["/article/g"] == 1


def test_urlset_and_record_scan():
    s = UrlSet()
    assert s.add("http://a/1") and not s.add("http://a/1")
    for i in range(5000):
        s.add(f"http://h{i}/")
    assert len(s) == 5001 and "http://h4999/" in s and "http://nope/" not in s
    assert scan_record('{"url": "http://x/\\"q", "error": {"kind": "timeout"}}\n') == ('http://x/"q', True)
    assert scan_record('{"url": "http://x/", "final_url": "http://x/"}\n') == ("http://x/", False)
    assert scan_record('{"final_url": "a", "url": "http://y/"}') == ("http://y/", False)
    assert scan_record('{"url": "http://x/", "fin') is None
    assert scan_record('{"url": "http://x/", "index": 7, "error": {"kind": "timeout"}}\n') == ("http://x/", True)
    assert scan_record('{"url": "http://x/", "index": 7, "final_url": "http://x/"}\n') == ("http://x/", False)


def test_jsonl_sink_on_missing_and_torn_only(tmp_path):
    missing = JsonlSink(tmp_path / "none.jsonl")
    assert len(missing.recorded()) == 0 and missing.drop_errors() == 0
    assert (tmp_path / "none.jsonl").read_text() == ""  # created, to hold the run's lock
    missing.close()
    torn = tmp_path / "torn.jsonl"
    torn.write_text('{"url": "http://x/", "err')
    assert len(JsonlSink(torn).recorded()) == 0 and torn.read_text() == ""


def test_cli_exit_codes(server, tmp_path):
    from scraper import cli

    runner = CliRunner()
    urls = tmp_path / "urls.txt"
    urls.write_text(server.url("/article/e") + "\n" + server.url("/status/404") + "\n")
    args = ["batch", str(urls), "-o", str(tmp_path / "o.jsonl"), "--quiet", "--workers", "1", "--tries", "1",
            "--allow-private"]
    assert runner.invoke(cli.app, args).exit_code == 1
    assert runner.invoke(cli.app, args + ["--allow-failures"]).exit_code == 0
    missing = runner.invoke(cli.app, ["batch", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "x.jsonl")])
    assert missing.exit_code == 2
    result = runner.invoke(cli.app, ["batch", str(urls), "-o", str(tmp_path / "y.jsonl"), "--max-bytes", "lots"])
    assert result.exit_code == 2


@pytest.mark.slow
def test_kill_9_midway_then_resume(tmp_path):
    srv = FaultServer()
    srv.wait = 0.05
    try:
        urls = [srv.url(f"/wait/k{i}") for i in range(120)]
        listing = tmp_path / "urls.txt"
        listing.write_text("\n".join(urls + urls[:10]) + "\n")  # with repeats
        out = tmp_path / "out.jsonl"
        cmd = [sys.executable, "-m", "scraper", "batch", str(listing), "-o", str(out), "--quiet",
               "--concurrency", "4", "--workers", "1", "--ignore-robots", "--timeout", "5", "--allow-private"]
        env = checkout_env()
        kill_when_written(cmd, tmp_path, out, lines=20, within=20)
        first = out.read_bytes().count(b"\n")
        assert 20 <= first < 120
        with out.open("a", encoding="utf-8") as fh:
            fh.write('{"url": "' + urls[-1] + '", "final_u')  # as if killed mid-write

        rerun = subprocess.run(cmd, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60)
        assert rerun.returncode == 0, rerun.stderr
        records = read_records(out)
        assert sorted(r["url"] for r in records) == sorted(urls)  # every URL exactly once
        assert all("error" not in r for r in records)
    finally:
        srv.close()


class ListSink:
    """A sink that keeps its records in memory and starts out holding `held` (key -> is_error)."""

    def __init__(self, held: dict[str, bool]) -> None:
        self.held, self.records, self.dropped, self.closed = dict(held), [], 0, False

    def recorded(self) -> UrlSet:
        return UrlSet(self.held)

    def drop_errors(self, only=None) -> int:
        errors = [k for k, is_error in self.held.items() if is_error and (only is None or k in only)]
        for k in errors:
            del self.held[k]
        self.dropped = len(errors)
        return len(errors)

    def write(self, record: dict) -> None:
        self.records.append(record)

    def close(self) -> None:
        self.closed = True


def test_batch_writes_into_any_sink_and_resumes_from_it(server, tmp_path):
    u = server.url
    urls = [u("/article/a"), u("/article/b"), u("/status/404")]
    sink = ListSink({u("/article/a"): False, u("/status/404"): True})
    summary = run_batch(urls, sink, FAST, progress=False)
    assert [r["url"] for r in sink.records] == [u("/article/b")] and sink.closed
    assert summary.skipped == 2 and summary.ok == 1

    again = ListSink({u("/article/a"): False, u("/status/404"): True})
    summary = run_batch(urls, again, FAST, progress=False, retry_failed=True)
    assert again.dropped == 1 and summary.retried == 1
    assert sorted(r["url"] for r in again.records) == [u("/article/b"), u("/status/404")]
    assert summary.skipped == 1 and summary.failed == 1


def test_the_run_is_logged(server, tmp_path, caplog):
    u = server.url
    caplog.set_level(logging.DEBUG, logger="scraper")
    run_batch([u("/flaky429/logged"), u("/status/404")], tmp_path / "o.jsonl", FAST, progress=False)
    messages = [r.getMessage() for r in caplog.records]
    origin = u("/").rstrip("/")
    assert f"robots.txt of {origin}: read" in messages, messages
    assert f"{u('/flaky429/logged')}: http_status: HTTP 429 Too Many Requests; try 2 of 2 in 0.05 s" in messages
    assert f"{u('/status/404')}: http_status: HTTP 404 Not Found" in messages
    assert any(m.startswith(f"{u('/flaky429/logged')}: 200, ") for m in messages)
    assert any(m.startswith("2 records in ") for m in messages)
    assert all(r.name.startswith("scraper.") for r in caplog.records)


def test_redirects_credentials_and_malformed_answers_get_their_own_kinds(server):
    u = server.url
    creds = u("/article/c1").replace("http://", "http://user:secret@")
    lines = [
        u("/redirect-to?file:///etc/passwd"), u("/redirect-to?ftp://127.0.0.1/pub/f"),
        u("/malformed"),
        u("/redirect-to?" + creds),  # credentials in a redirect's Location
        u("/article/c2").replace("http://", "http://user:secret@"),  # and in the input URL
    ]
    got = by_url(list(scraper.scrape_many_sync(lines, FAST.replace(tries=3))))
    assert got[lines[0]] == err(lines[0], "invalid_url", "redirected to a file: URL, not http(s)")
    assert got[lines[1]] == err(lines[1], "invalid_url", "redirected to a ftp: URL, not http(s)")
    assert got[lines[2]]["error"]["kind"] == "bad_response"
    assert got[lines[2]]["error"]["message"].startswith("malformed answer: ")
    assert server.hits["/redirect-to"] == 3 and server.hits["/malformed"] == 1  # none retried
    assert got[lines[3]] == expected_article(lines[3], u("/article/c1"), article_html("c1"), "utf-8", got[lines[3]])
    assert got[lines[4]] == expected_article(lines[4], u("/article/c2"), article_html("c2"), "utf-8", got[lines[4]])
    assert server.headers["/article/c2"]["Authorization"] == "Basic dXNlcjpzZWNyZXQ="


def test_an_engine_bug_is_recorded_as_internal(server, monkeypatch):
    from scraper.batch import BatchEngine

    async def broken(self, result):
        raise KeyError("oops")

    monkeypatch.setattr(BatchEngine, "_extract", broken)
    url = server.url("/article/bug")
    assert list(scraper.scrape_many_sync([url], FAST)) == [err(url, "internal", "unexpected KeyError: 'oops'")]


def test_a_page_served_as_plain_text_is_read_as_a_dump(server):
    """Its Content-Type says what a page is: a dump that writes about tags is no HTML page."""
    dump = (Path(__file__).parent / "fixtures" / "text_seed_shape.txt").read_text(encoding="utf-8")
    dump = dump.replace("The harbour council voted", "The <div> and <p> council voted", 1)
    server.pages["/dump.txt"] = (dump.encode("utf-8"), "text/plain; charset=utf-8")
    url = server.url("/dump.txt")
    expected = scraper.extract_text(dump, url).to_dict()
    assert scraper.extract(dump, url).to_dict() != expected  # (read as HTML without the header)
    assert scraper.scrape(url, allow_private=True).to_dict() == expected
    [record] = scraper.scrape_many_sync([url], FAST)
    assert {k: record[k] for k in expected} == expected


def test_a_lone_surrogate_never_makes_a_record_unwritable(server, tmp_path):
    """JSON-LD's "\\ud83d" gives Python a lone surrogate; the record is written with U+FFFD and the run goes on."""
    server.pages["/surrogate"] = (Path(__file__).parent / "fixtures" / "surrogate.html").read_bytes()
    urls = [server.url("/surrogate"), server.url("/article/after")]
    out = tmp_path / "out.jsonl"
    summary = run_batch(urls, out, FAST, progress=False)
    assert (summary.ok, summary.failed) == (2, 0)
    got = by_url(read_records(out))
    record = got[server.url("/surrogate")]
    assert record["authors"][0]["name"] == "Ann \ufffd Lee"
    assert record["description"] == "A description that ends in half a pair \ufffd"
    out.read_bytes().decode("utf-8")  # valid UTF-8 throughout
    again = run_batch(urls, out, FAST, progress=False)  # resumes: nothing fetched again
    assert again.skipped == 2 and server.hits["/surrogate"] == 1


def test_non_utf8_bytes_in_a_url_list_on_stdin(server, tmp_path):
    out = tmp_path / "out.jsonl"
    listing = b"\n".join([server.url("/article/caf").encode() + b"\xe9", server.url("/article/plain").encode(),
                          b"\xff\xfe not a url", b""])
    r = subprocess.run([sys.executable, "-m", "scraper", "batch", "-", "-o", str(out), "--quiet", "--workers", "0",
                        "--allow-private", "--tries", "1"], input=listing, capture_output=True, timeout=60)
    assert r.returncode == 1, r.stderr  # one invalid URL among them
    got = by_url(read_records(out))
    assert got[server.url("/article/caf\ufffd")]["final_url"] == server.url("/article/caf%EF%BF%BD")
    assert got[server.url("/article/plain")]["headline"] == "Story plain"
    assert got["\ufffd\ufffd not a url"] == err("\ufffd\ufffd not a url", "invalid_url", "not an http(s) URL")


def test_an_output_that_is_the_list_or_not_ours_is_refused(server, tmp_path):
    from scraper.errors import OutputError

    listing = tmp_path / "list.txt"
    listing.write_text(server.url("/article/a") + "\n" + server.url("/article/b") + "\n")
    before = listing.read_bytes()
    with pytest.raises(OutputError, match="is the URL list itself"):
        run_batch(listing, listing, FAST, progress=False)
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes\nthe last line, without its newline")
    with pytest.raises(OutputError, match="is not an output of scraper"):
        run_batch(listing, notes, FAST, progress=False)
    assert listing.read_bytes() == before and notes.read_text().endswith("without its newline")
    assert sum(server.hits.values()) == 0
    for args, target in (([str(listing), "-o", str(listing)], "is the URL list itself"),
                         ([str(listing), "-o", str(notes)], "is not an output of scraper")):
        r = subprocess.run([sys.executable, "-m", "scraper", "batch", *args, "--quiet", "--allow-private"],
                           capture_output=True, text=True, timeout=60)
        assert r.returncode == 2 and r.stderr.count("\n") == 1 and target in r.stderr, r.stderr
    assert listing.read_bytes() == before and sum(server.hits.values()) == 0


def test_two_runs_on_one_output_are_refused(server, tmp_path):
    from scraper.errors import OutputError

    out = tmp_path / "out.jsonl"
    with JsonlSink(out) as first:
        first.recorded()  # a run holds the output
        with pytest.raises(OutputError, match="is being written by another run"):
            run_batch([server.url("/article/a")], out, FAST, progress=False)
        r = subprocess.run([sys.executable, "-m", "scraper", "batch", "-", "-o", str(out), "--quiet",
                            "--allow-private"], input=server.url("/article/a") + "\n",
                           capture_output=True, text=True, timeout=60)
        assert r.returncode == 2 and "is being written by another run" in r.stderr
    assert sum(server.hits.values()) == 0
    assert run_batch([server.url("/article/a")], out, FAST, progress=False).ok == 1  # free again


def test_retry_failed_keeps_the_errors_of_urls_not_in_the_list(server, tmp_path):
    u = server.url
    out = tmp_path / "out.jsonl"
    run_batch([u("/status/404"), u("/status/410"), u("/article/ok")], out, FAST, progress=False)
    server.pages["/status/404"] = article_html("now-there")  # (pages win over the status route)
    summary = run_batch([u("/status/404")], out, FAST, retry_failed=True, progress=False)
    assert summary.retried == 1 and summary.ok == 1
    got = by_url(read_records(out))
    assert got[u("/status/410")] == err(u("/status/410"), "http_status", "HTTP 410 Gone", 410)
    assert got[u("/status/404")]["headline"] == "Story now-there" and "headline" in got[u("/article/ok")]
    # a list on stdin (read once) works the same: spooled, read twice
    server.pages["/status/410"] = article_html("back")
    r = subprocess.run([sys.executable, "-m", "scraper", "batch", "-", "-o", str(out), "--quiet", "--retry-failed",
                        "--allow-private", "--workers", "0"], input=u("/status/410") + "\n",
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert by_url(read_records(out))[u("/status/410")]["headline"] == "Story back"


@pytest.mark.parametrize("slowness", ["crawl-delay", "retry-after"])
def test_a_slow_host_does_not_hold_up_the_others(slowness):
    """A host that makes its URLs wait steps them out of the read-ahead window; other hosts' URLs flow past."""
    slow, fast = FaultServer("127.0.0.1"), FaultServer("127.0.0.2")
    try:
        if slowness == "crawl-delay":
            slow.robots = "User-agent: *\nCrawl-delay: 1\n"
            slow_urls = [slow.url(f"/article/s{i}") for i in range(12)]
        else:
            slow.retry_after = "4"
            slow_urls = [slow.url(f"/flaky429/s{i}") for i in range(12)]
        fast_urls = [fast.url(f"/article/f{i}") for i in range(6)]
        opts = FAST.replace(window=4, workers=0, tries=3, retry_after_max=10)
        started, order = time.monotonic(), []
        records = scraper.scrape_many_sync(slow_urls + fast_urls, opts)
        for record in records:
            order.append(record["url"])
            assert "error" not in record, record
            if all(u in order for u in fast_urls):
                break
        records.close()
        elapsed = time.monotonic() - started
    finally:
        slow.close()
        fast.close()
    assert sum(u in slow_urls for u in order) <= 2, order  # the fast host's six came first
    assert elapsed < 6, elapsed  # a bound: the slow host alone would take 12 s and more


@pytest.mark.parametrize("name", ["out.csv", "corpus/"])
def test_retry_failed_keeps_other_errors_in_csv_and_folders(server, tmp_path, name):
    from scraper.sinks import as_sink

    u = server.url
    out = str(tmp_path / name)
    run_batch([u("/status/404"), u("/status/410")], as_sink(out), FAST, progress=False)
    server.pages["/status/404"] = article_html("now-there")
    summary = run_batch([u("/status/404")], as_sink(out), FAST, retry_failed=True, progress=False)
    assert (summary.retried, summary.ok) == (1, 1)
    held = dict(as_sink(out).scan())
    assert held == {u("/status/410"): True, u("/status/404"): False}


def test_a_page_that_needs_more_memory_than_a_worker_may_take_is_its_own_record(server):
    """A worker's address space is bounded (--extract-memory): lexbor, out of memory on a page, fails
    and the page is recorded as 'unparsable'; the worker goes on with the next page."""
    line = "x" * 55 + '<td class="c">'  # a table part where no table is open, 20,000 times: lexbor needs ~3.6 GB
    big = ("<!doctype html><html><head><title>Stray cells</title></head><body><p>" + "\n".join([line] * 20_000)
           + "</p></body></html>").encode()
    server.pages["/big.html"] = big
    server.pages["/after.html"] = article_html("after")
    big_url, after_url = server.url("/big.html"), server.url("/after.html")
    listed = list(scraper.scrape_many_sync([big_url, after_url], FAST.replace(max_bytes=10_000_000,
                                                                            extract_memory=1024)))
    records = by_url(listed)
    assert records[big_url]["error"]["kind"] == "unparsable", records
    assert "could not be parsed" in records[big_url]["error"]["message"]
    assert records[after_url]["headline"] == "Story after"

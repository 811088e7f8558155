"""`scraper batch --warc`: every fetch written to a .warc.gz, read back by `scraper extract` and by warcio.

Runs against real HTTP servers on 127.0.0.1 (tests/faultserver.py); one test kills
a real `python -m scraper batch --warc` with SIGKILL, tears its archive and resumes.
"""
from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import scraper
from scraper.batch import run_batch
from scraper.bulk import run_extract
from scraper.errors import OutputError
from scraper.options import ScrapeOptions
from scraper.warc import INPUT_URI, WarcWriter

from faultserver import LATIN1_TITLE, FaultServer, article_html
from test_batch import FAST as BATCH, checkout_env, kill_when_written, read_records, server  # noqa: F401  (server: the fixture)

FAST = BATCH.replace(workers=0)  # extraction in a thread: no worker processes to start


def warcio_records(path: Path) -> list[tuple[str, dict[str, str], int | None, bytes]]:
    """(type, WARC headers, HTTP status, payload as warcio decodes it) of every record, read by warcio."""
    from warcio.archiveiterator import ArchiveIterator

    out = []
    with open(path, "rb") as fh:
        for record in ArchiveIterator(fh):
            status = int(record.http_headers.get_statuscode()) if record.rec_type == "response" else None
            payload = record.content_stream().read()
            if record.rec_type == "request":  # the request line and headers, as warcio parsed them
                payload = record.http_headers.to_bytes()
            out.append((record.rec_type, dict(record.rec_headers.headers), status, payload))
    return out


def archived_pages(path: Path) -> list[str]:
    """The input URLs of the whole 2xx responses of an archive, in order (repeats kept)."""
    return [headers[INPUT_URI] for kind, headers, status, _ in warcio_records(path)
            if kind == "response" and INPUT_URI in headers and status == 200 and "WARC-Truncated" not in headers]


def test_a_batch_archive_gives_back_the_batch_records(server, tmp_path):
    paths = ["/article/a", "/redirect", "/gzip", "/latin1", "/status/404", "/image.png", "/bomb/br"]
    urls = [server.url(p) for p in paths] + [server.url("/article/b").replace("http://", "HTTP://")]
    listing = tmp_path / "urls.txt"
    listing.write_text("\n".join(urls) + "\n")
    out, archive, again = tmp_path / "out.jsonl", tmp_path / "pages.warc.gz", tmp_path / "again.jsonl"
    run_batch(str(listing), out, FAST, warc=archive, progress=False)
    batch = {r["url"]: r for r in read_records(out)}
    assert len(batch) == len(urls)

    summary = run_extract([str(archive)], again, FAST)
    extracted = {r["url"]: r for r in read_records(again)}
    assert (summary.ok, summary.failed) == (5, 2)
    # every fetch the archive holds a page or an HTTP error of gives the batch's record back, but for
    # `index` (the list's position / the archive's order) and `source` (the archive and the offset)
    for url in urls:
        if url == server.url("/image.png"):
            continue  # not a page: the batch's not_html record has no counterpart
        want, got = dict(batch[url]), dict(extracted[url])
        assert got.pop("source").startswith(f"{archive}#")
        del want["index"], got["index"]
        if "error" in want:  # the same kind and status; the message says where it came from
            assert (got["error"]["kind"], got["error"]["status"]) == (want["error"]["kind"], want["error"]["status"])
            del want["error"]["message"], got["error"]["message"]
        assert got == want, url
    assert extracted[server.url("/redirect")]["final_url"] == server.url("/article/target")
    assert extracted[server.url("/latin1")]["headline"] == LATIN1_TITLE
    assert extracted[server.url("/bomb/br")]["error"]["kind"] == "too_large"
    assert server.url("/image.png") not in extracted


def test_the_archive_as_warcio_reads_it(server, tmp_path):
    urls = [server.url("/redirect"), server.url("/gzip"), server.url("/status/404")]
    archive = tmp_path / "pages.warc.gz"
    run_batch(urls, tmp_path / "out.jsonl", FAST, warc=archive, progress=False)
    records = warcio_records(archive)
    seen = [(kind, headers.get("WARC-Target-URI"), status) for kind, headers, status, _ in records]
    assert seen[0] == ("warcinfo", None, None)
    # each fetch in one piece (the fetches in the order they ended): hop by hop, the response then its request
    fetches = [
        [("response", server.url("/redirect"), 301), ("request", server.url("/redirect"), None),
         ("response", server.url("/article/target"), 200), ("request", server.url("/article/target"), None)],
        [("response", server.url("/gzip"), 200), ("request", server.url("/gzip"), None)],
        [("response", server.url("/status/404"), 404), ("request", server.url("/status/404"), None)],
    ]
    starts = sorted((seen.index(fetch[0]), fetch) for fetch in fetches)
    assert [record for _, fetch in starts for record in fetch] == seen[1:]
    info = records[0][3].decode()
    assert f"software: byline-scraper/{scraper.__version__}" in info
    responses = {headers["WARC-Target-URI"]: (headers, body) for kind, headers, _, body in records if kind == "response"}
    # the body as the page was (gzip undone, the header renamed), the chain's end naming the list's URL
    headers, body = responses[server.url("/gzip")]
    assert body == article_html("gzip") and headers[INPUT_URI] == server.url("/gzip")
    assert responses[server.url("/article/target")][0][INPUT_URI] == server.url("/redirect")
    assert INPUT_URI not in responses[server.url("/redirect")][0]
    headers, body = responses[server.url("/status/404")]
    assert headers["WARC-Truncated"] == "unspecified" and body == b""  # an error's body is not read
    requests = {headers["WARC-Target-URI"]: head for kind, headers, _, head in records if kind == "request"}
    head = requests[server.url("/redirect")]
    assert head.startswith(b"GET /redirect HTTP/1.1\r\n") and b"User-Agent: byline-scraper/" in head
    # every record's digest holds (warcio's own checker)
    check = subprocess.run([sys.executable, "-m", "warcio.cli", "check", "-v", str(archive)], capture_output=True,
                           text=True)
    assert check.returncode == 0 and check.stdout.count("digest pass") == 9, check.stdout + check.stderr


def test_a_url_archived_once_and_an_error_archived_again_when_redone(server, tmp_path):
    urls = [server.url("/article/a"), server.url("/flaky429/x")]
    archive, out = tmp_path / "pages.warc.gz", tmp_path / "out.jsonl"
    run_batch(urls, out, FAST.replace(tries=1), warc=archive, progress=False)
    assert {r["url"]: r.get("error", {}).get("status") for r in read_records(out)} == {urls[0]: None, urls[1]: 429}
    # a second run with another output fetches both again: the page already archived is not written
    # twice; the URL that failed (429) now gives its page, which is written
    run_batch(urls, tmp_path / "other.jsonl", FAST.replace(tries=1), warc=archive, progress=False)
    assert sorted(archived_pages(archive)) == sorted(urls)
    statuses = [(headers[INPUT_URI], status) for kind, headers, status, _ in warcio_records(archive)
                if kind == "response" and INPUT_URI in headers]
    assert sorted(statuses) == sorted([(urls[0], 200), (urls[1], 429), (urls[1], 200)])


def test_retried_attempts_are_not_archived(server, tmp_path):
    archive = tmp_path / "pages.warc.gz"
    run_batch([server.url("/flaky429/y")], tmp_path / "out.jsonl", FAST, warc=archive, progress=False)
    assert [status for kind, _, status, _ in warcio_records(archive) if kind == "response"] == [200]


def test_an_archive_is_claimed_checked_and_repaired(server, tmp_path):
    listing = tmp_path / "urls.txt"
    listing.write_text(server.url("/article/a") + "\n")
    with pytest.raises(OutputError, match="not a .warc.gz"):  # the list given as the archive: refused, untouched
        WarcWriter(listing).open()
    assert listing.read_text() == server.url("/article/a") + "\n"
    archive = tmp_path / "pages.warc.gz"
    with WarcWriter(archive).open():
        with pytest.raises(OutputError, match="another run"):
            WarcWriter(archive).open()
    run_batch([server.url("/article/a"), server.url("/article/b")], tmp_path / "o.jsonl", FAST, warc=archive,
              progress=False)
    whole = archive.read_bytes()
    member = gzip.compress(b"WARC/1.1\r\nWARC-Type: response\r\n" + b"x" * 5000)
    archive.write_bytes(whole + member[: len(member) // 2])  # a write cut short by a kill
    with WarcWriter(archive).open() as writer:
        assert archive.read_bytes() == whole  # the torn member is cut, nothing else
        assert server.url("/article/a") in writer.archived and server.url("/article/b") in writer.archived
        assert server.url("/article/c") not in writer.archived
    # damage in the middle (whole records after it) is no torn end: refused, nothing cut
    damaged = bytearray(whole)
    second = whole.index(b"\x1f\x8b\x08", 1)  # the first record after the warcinfo
    damaged[second + 40] ^= 0xFF
    archive.write_bytes(bytes(damaged))
    with pytest.raises(OutputError, match="damaged"):
        WarcWriter(archive).open()
    assert archive.read_bytes() == bytes(damaged)


def test_cli_batch_warc_then_extract(server, tmp_path):
    listing = tmp_path / "urls.txt"
    listing.write_text(f"{server.url('/article/a')}\n{server.url('/redirect')}\n")
    archive = tmp_path / "pages.warc.gz"
    env = checkout_env()
    batch = subprocess.run([sys.executable, "-m", "scraper", "batch", str(listing), "-o", str(tmp_path / "o.jsonl"),
                            "--warc", str(archive), "--allow-private", "-w", "0", "-q"],
                           capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60)
    assert batch.returncode == 0, batch.stderr
    extract = subprocess.run([sys.executable, "-m", "scraper", "extract", str(archive), "-w", "0", "-q"],
                             capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60)
    assert extract.returncode == 0, extract.stderr
    assert sorted(json.loads(line)["headline"] for line in extract.stdout.splitlines()) == ["Story a", "Story target"]
    wrong = subprocess.run([sys.executable, "-m", "scraper", "batch", str(listing), "-o", str(tmp_path / "p.jsonl"),
                            "--warc", str(tmp_path / "pages.warc")], capture_output=True, text=True, env=env, timeout=60)
    assert wrong.returncode == 2 and "*.warc.gz" in wrong.stderr
    not_ours = tmp_path / "notes.warc.gz"
    not_ours.write_text("my notes")
    refused = subprocess.run([sys.executable, "-m", "scraper", "batch", str(listing), "-o", str(tmp_path / "q.jsonl"),
                              "--warc", str(not_ours), "--allow-private"], capture_output=True, text=True, env=env,
                             timeout=60)
    assert refused.returncode == 2 and "not a .warc.gz" in refused.stderr
    assert not_ours.read_text() == "my notes"


@pytest.mark.slow
def test_kill_9_midway_then_resume_keeps_the_archive_whole(tmp_path):
    srv = FaultServer()
    srv.wait = 0.05
    try:
        urls = [srv.url(f"/wait/k{i}") for i in range(100)]
        listing = tmp_path / "urls.txt"
        listing.write_text("\n".join(urls) + "\n")
        out, archive = tmp_path / "out.jsonl", tmp_path / "pages.warc.gz"
        cmd = [sys.executable, "-m", "scraper", "batch", str(listing), "-o", str(out), "--warc", str(archive),
               "--quiet", "--concurrency", "4", "--workers", "1", "--ignore-robots", "--timeout", "5",
               "--allow-private"]
        env = checkout_env()
        kill_when_written(cmd, tmp_path, out, lines=20, within=30)
        first = len(archived_pages(archive))
        assert 20 <= first < 100
        # as if killed in the middle of a write: half of the next fetch's first record
        torn = gzip.compress(b"WARC/1.1\r\nWARC-Type: response\r\n\r\n" + os.urandom(3000))
        with archive.open("ab") as fh:
            fh.write(torn[: len(torn) // 2])

        rerun = subprocess.run(cmd, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=90)
        assert rerun.returncode == 0, rerun.stderr
        assert sorted(r["url"] for r in read_records(out)) == sorted(urls)
        assert sorted(archived_pages(archive)) == sorted(urls)  # every page once, none written twice
        again = tmp_path / "again.jsonl"
        run_extract([str(archive)], again, ScrapeOptions(workers=0))
        assert sorted(r["url"] for r in read_records(again)) == sorted(urls)
        assert all("error" not in r for r in read_records(again))
    finally:
        srv.close()


def test_a_redirect_to_a_location_that_cannot_be_read_is_passed_over(tmp_path):
    from scraper.warc import Exchange, exchange_records, warc_pages

    def response(target: str, status: str, headers: list[tuple[bytes, bytes]], body: bytes = b"") -> bytes:
        return exchange_records(Exchange(target, "2026-12-07T12:00:00Z", b"GET / HTTP/1.1\r\n\r\n",
                                         f"HTTP/1.1 {status}".encode(), headers, body))

    page = [(b"Content-Type", b"text/html")]
    archive = tmp_path / "chains.warc.gz"
    archive.write_bytes(
        response("http://h.test/bad", "301 Moved Permanently", [(b"Location", b"http://[x/news")])  # urljoin raises
        + response("http://h.test/old", "302 Found", [(b"Location", b"/news/a")])
        + response("http://h.test/news/a", "200 OK", page, b"<html><body><p>A</p></body></html>")
        + response("http://h.test/news/b", "200 OK", page, b"<html><body><p>B</p></body></html>"))
    pages = list(warc_pages(archive))
    assert [(p.url, p.fields["final_url"], p.error) for p in pages] == [
        ("http://h.test/old", "http://h.test/news/a", None), ("http://h.test/news/b", "http://h.test/news/b", None)]

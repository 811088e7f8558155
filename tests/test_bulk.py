"""`scraper extract` over many pages: files, folders, globs and WARC archives -> one record per page."""
from __future__ import annotations

import csv
import gzip
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import scraper
from scraper.bulk import run_extract
from scraper.options import ScrapeOptions
from scraper.sinks import CsvSink

from faultserver import LATIN1_TITLE, article_html, latin1_html

FIXTURES = Path(__file__).parent / "fixtures"
IN_PROCESS = ScrapeOptions(workers=0)


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "scraper", *args], capture_output=True, timeout=120, cwd=cwd)


def records_of(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def pages(tmp_path):
    """A folder of saved pages: HTML, gzipped HTML, a text dump, a broken gzip, a non-page file, a subfolder."""
    folder = tmp_path / "pages"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.html").write_bytes(article_html("a"))
    (folder / "b.html.gz").write_bytes(gzip.compress(article_html("b")))
    (folder / "sub" / "c.htm").write_bytes(article_html("c"))
    (folder / "dump.txt").write_bytes((FIXTURES / "text_page_dump.txt").read_bytes())
    (folder / "broken.html.gz").write_bytes(gzip.compress(article_html("x"))[:40])
    (folder / "notes.md").write_text("not a page suffix: left out of a folder")
    return folder


def test_a_folder_gives_one_record_per_page_in_order(pages, tmp_path):
    out = tmp_path / "out.jsonl"
    summary = run_extract([str(pages)], out, IN_PROCESS)
    records = records_of(out)
    by_source = {Path(r["source"]).name: r for r in records}
    order = ["a.html", "b.html.gz", "broken.html.gz", "dump.txt", "c.htm"]  # sorted, the subfolder after
    assert sorted(by_source, key=lambda n: by_source[n]["index"]) == order
    assert [by_source[n]["index"] for n in order] == [0, 1, 2, 3, 4]
    expected = scraper.extract(article_html("a")).to_dict()
    del expected["url"]
    assert by_source["a.html"] == {"url": None, "index": 0, "source": str(pages / "a.html"), **expected}
    assert by_source["b.html.gz"]["headline"] == "Story b"
    assert by_source["dump.txt"]["headline"] == scraper.extract_text(
        (FIXTURES / "text_page_dump.txt").read_text()).headline
    assert by_source["broken.html.gz"]["error"]["kind"] == "bad_response"
    assert (summary.ok, summary.failed) == (4, 1)
    again = run_extract([str(pages)], out, IN_PROCESS)  # resumed: every page is recorded
    assert again.skipped == 5 and again.records == 0


def test_globs_and_files_mixed_and_a_url_for_links(pages, tmp_path):
    out = tmp_path / "out.csv"
    run_extract([str(pages / "*.html"), str(pages / "**" / "c.htm"), str(pages / "dump.txt")], out, IN_PROCESS,
                url="https://news.example/x")
    with open(out, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [Path(r["source"]).name for r in sorted(rows, key=lambda r: int(r["index"]))] == ["a.html", "c.htm", "dump.txt"]
    assert {r["url"] for r in rows} == {"https://news.example/x"}


def warcio_archive(path: Path) -> None:
    """An archive as another tool writes it (warcio): requests, a redirect, gzip and chunked bodies,
    a Latin-1 page, a 404, an image, a DNS record."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)

        def response(uri: str, status: str, headers: list[tuple[str, str]], body: bytes, date: str) -> None:
            http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
            record = writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=http,
                                               warc_headers_dict={"WARC-Date": date})
            writer.write_record(record)
            request = writer.create_warc_record(uri, "request", payload=io.BytesIO(b""),
                                                http_headers=StatusAndHeaders(f"GET {uri} HTTP/1.1", [("Host", "news.example")], is_http_request=True))
            writer.write_record(request)

        writer.write_record(writer.create_warc_record("dns:news.example", "resource", payload=io.BytesIO(b"1.2.3.4"),
                                                      warc_content_type="text/dns"))
        response("http://news.example/old", "301 Moved Permanently", [("Location", "/new"), ("Content-Length", "0")],
                 b"", "2026-03-01T10:00:00Z")
        body = gzip.compress(article_html("new"))
        response("http://news.example/new", "200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                                        ("Content-Encoding", "gzip"), ("Content-Length", str(len(body)))],
                 body, "2026-03-01T10:00:01.123456Z")
        latin = latin1_html()
        response("http://news.example/fr", "200 OK", [("Content-Type", "text/html; charset=iso-8859-1"),
                                                       ("Content-Length", str(len(latin)))], latin, "2026-03-01T10:00:02Z")
        response("http://news.example/gone", "404 Not Found", [("Content-Type", "text/html")], b"<p>gone</p>",
                 "2026-03-01T10:00:03Z")
        response("http://news.example/logo.png", "200 OK", [("Content-Type", "image/png")], b"\x89PNG....",
                 "2026-03-01T10:00:04Z")


def test_a_warc_made_by_another_library(tmp_path):
    archive = tmp_path / "crawl.warc.gz"
    warcio_archive(archive)
    out = tmp_path / "out.jsonl"
    summary = run_extract([str(archive)], out, IN_PROCESS)
    records = records_of(out)
    assert sorted(r["index"] for r in records) == [0, 1, 2]  # the HTML responses, in archive order
    by_final = {r.get("final_url") or r["url"]: r for r in records}
    new = by_final["http://news.example/new"]
    assert new["url"] == "http://news.example/old"  # the first URL of its redirect chain
    assert (new["status"], new["fetched_at"], new["headline"]) == (200, "2026-03-01T10:00:01Z", "Story new")
    assert new["source"].startswith(str(archive) + "#")
    assert new["body"] == scraper.extract(article_html("new")).body
    assert by_final["http://news.example/fr"]["headline"] == LATIN1_TITLE  # the HTTP charset is honoured
    gone = by_final["http://news.example/gone"]
    assert gone["error"] == {"kind": "http_status", "message": "HTTP 404 Not Found", "status": 404}
    assert (summary.ok, summary.failed) == (2, 1)
    offset = int(new["source"].rsplit("#", 1)[1])
    with open(archive, "rb") as fh:  # the offset is where the record's gzip member starts
        fh.seek(offset)
        assert gzip.GzipFile(fileobj=fh).read(200).startswith(b"WARC/1.")


def test_cli_many_inputs_with_progress_summary_and_exit_code(pages, tmp_path):
    out = tmp_path / "corpus"
    r = run_cli("extract", str(pages), "-o", str(out) + "/", "-f", "markdown", "-w", "1")
    assert r.returncode == 1, r.stderr  # broken.html.gz failed
    assert b"scraper extract: 5 records" in r.stderr and b"4 ok, 1 failed" in r.stderr
    names = sorted(p.name for p in out.iterdir())
    assert len(names) == 5 and names[:2] == ["000000-story-a.md", "000001-story-b.md"]
    assert names[2].startswith("000003-") and names[3:] == ["000004-story-c.md", "_records.jsonl"]
    assert (out / names[0]).read_text().startswith("# Story a\n")
    r = run_cli("extract", str(pages / "a.html"), str(pages / "sub"), "--allow-failures", "-q", "-w", "0")
    assert r.returncode == 0 and r.stderr == b""
    assert [json.loads(line)["headline"] for line in r.stdout.splitlines()] == ["Story a", "Story c"]
    missing = run_cli("extract", str(pages / "a.html"), str(tmp_path / "nope.html"))
    assert missing.returncode == 2 and b"cannot read" in missing.stderr


def test_a_broken_warc_ends_in_an_error_record(tmp_path):
    archive = tmp_path / "cut.warc.gz"
    warcio_archive(archive)
    data = archive.read_bytes()
    archive.write_bytes(data[: len(data) * 2 // 3])
    not_warc = tmp_path / "plain.warc"
    not_warc.write_text("this is no archive")
    out = tmp_path / "o.csv"
    run_extract([str(archive), str(not_warc)], out, IN_PROCESS)
    with open(out, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    errors = {r["source"].rsplit("#", 1)[0]: r for r in rows if r["error_kind"] == "bad_response"}
    assert set(errors) == {str(archive), str(not_warc)}
    assert all("unreadable WARC" in r["error_message"] for r in errors.values())
    assert any(r["headline"] == "Story new" for r in rows)  # what came before the cut
    assert len(CsvSink(out).recorded()) == len(rows)

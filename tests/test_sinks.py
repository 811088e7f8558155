"""The outputs of a run: JSON Lines, CSV and a folder of files; each read back, resumed, repaired."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from scraper.batch import run_batch
from scraper.options import ScrapeOptions
from scraper.output import CSV_COLUMNS, render_record
from scraper.sinks import CsvColumnsMismatch, CsvSink, DirSink, JsonlSink, as_sink, open_sink
from scraper.sinks.folder import LEDGER, file_name

from faultserver import FaultServer

FAST = ScrapeOptions(allow_private=True, connect_timeout=1.0, read_timeout=1.0, deadline=3.0, tries=1, workers=0)

ARTICLE = {
    "url": "https://x.example/a", "index": 3, "final_url": "https://x.example/a?x=1", "status": 200,
    "fetched_at": "2026-01-02T03:04:05Z", "canonical_url": None, "headline": "Quay, \"old\" wall",
    "description": "A summary", "authors": [{"name": "Ann Lee", "role": None, "bio": None, "url": None},
                                            {"name": "Bo Chen", "role": None, "bio": None, "url": None}],
    "published": "2025-05-12", "modified": None, "site_name": "Courier", "language": "en", "tags": ["a", "b"],
    "editor_note": None, "reading_time_minutes": 2,
    "images": [{"url": "https://x.example/i.jpg", "caption": "Dawn", "credit": "AP", "alt": None}],
    "body": "First, with \"quotes\".\n\nSecond\nline.", "is_article": True,
    "related": [{"title": "R", "url": "https://x.example/r", "teaser": None}, {"title": "S", "url": None, "teaser": None}],
}
ERROR = {"url": "https://x.example/b", "index": 4, "error": {"kind": "http_status", "message": "HTTP 404", "status": 404}}


@pytest.fixture
def server():
    srv = FaultServer()
    yield srv
    srv.close()


def csv_rows(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_csv_rows_read_back_by_the_csv_module(tmp_path):
    out = tmp_path / "o.csv"
    with CsvSink(out) as sink:
        sink.write(ARTICLE)
        sink.write(ERROR)
    rows = csv_rows(out)
    assert list(rows[0]) == list(CSV_COLUMNS)
    a, e = rows
    assert a["index"] == "3" and a["url"] == "https://x.example/a" and a["status"] == "200"
    assert a["headline"] == 'Quay, "old" wall' and a["body"] == "First, with \"quotes\".\n\nSecond\nline."
    assert a["authors"] == "Ann Lee; Bo Chen" and a["tags"] == "a; b" and a["is_article"] == "true"
    assert (a["image_url"], a["image_caption"], a["image_credit"]) == ("https://x.example/i.jpg", "Dawn", "AP")
    assert a["related_urls"] == "https://x.example/r" and a["modified"] == "" and a["error_kind"] == ""
    assert (e["error_kind"], e["error_message"], e["status"], e["headline"]) == ("http_status", "HTTP 404", "404", "")


@pytest.mark.parametrize("cut", [
    b'3,https://x.example/c,,,200,,,,,"Quay',                   # inside a quoted field
    b'3,https://x.example/c,,,200,,,,,"Quay\r\nmore lines\r\n',  # a quoted field cut after a line end
    b'3,https://x.example/c,,,200',                             # no line end
])
def test_csv_torn_last_row_is_cut_and_resumed(tmp_path, cut):
    out = tmp_path / "o.csv"
    with CsvSink(out) as sink:
        sink.write(ARTICLE)
        sink.write(ERROR)
    whole = out.read_bytes()
    out.write_bytes(whole + cut)
    sink = CsvSink(out)
    assert len(sink.recorded()) == 2
    assert "https://x.example/a" in sink.recorded() and "https://x.example/c" not in sink.recorded()
    assert out.read_bytes() == whole
    assert sink.drop_errors() == 1
    assert [r["url"] for r in csv_rows(out)] == ["https://x.example/a"]
    with CsvSink(out) as again:
        again.write(ERROR)
    assert [r["url"] for r in csv_rows(out)] == ["https://x.example/a", "https://x.example/b"]  # one header


def test_csv_refuses_a_file_with_other_columns(tmp_path):
    out = tmp_path / "o.csv"
    out.write_text("url,title\nhttp://x/,T\n")
    with pytest.raises(CsvColumnsMismatch):
        CsvSink(out).recorded()


def test_folder_one_file_per_article_and_a_ledger(tmp_path):
    folder = tmp_path / "corpus"
    with DirSink(folder, "markdown") as sink:
        sink.write(ARTICLE)
        sink.write(ERROR)
    name = "000003-quay-old-wall.md"
    assert file_name(ARTICLE, "markdown") == name
    assert (folder / name).read_text() == render_record(ARTICLE, "markdown")
    assert (folder / name).read_text().startswith('# Quay, "old" wall\n')
    ledger = [json.loads(line) for line in (folder / LEDGER).read_text().splitlines()]
    assert ledger == [{"url": ARTICLE["url"], "index": 3, "file": name}, ERROR]
    assert sorted(p.name for p in folder.iterdir()) == [name, LEDGER]
    sink = DirSink(folder, "markdown")
    assert ARTICLE["url"] in sink.recorded() and sink.drop_errors() == 1
    assert len(sink.recorded()) == 1


@pytest.mark.parametrize("fmt,check", [
    ("json", lambda text: json.loads(text)["headline"] == 'Quay, "old" wall'),
    ("jsonl", lambda text: text.count("\n") == 1 and json.loads(text)["index"] == 3),
    ("csv", lambda text: next(csv.DictReader(text.splitlines()))["authors"] == "Ann Lee; Bo Chen"),
    ("text", lambda text: text.startswith('Quay, "old" wall\nBy Ann Lee, Bo Chen')),
])
def test_folder_files_in_every_format(tmp_path, fmt, check):
    with DirSink(tmp_path / "d", fmt) as sink:
        sink.write(ARTICLE)
    (path,) = [p for p in (tmp_path / "d").iterdir() if p.name != LEDGER]
    assert path.suffix == {"json": ".json", "jsonl": ".jsonl", "csv": ".csv", "text": ".txt"}[fmt]
    assert check(path.read_text())


def test_file_names_without_index_or_ascii_headline():
    assert file_name({"url": "u", "index": 12, "headline": "Ελληνικά"}, "text") == "000012.txt"
    name = file_name({"url": "u", "headline": "Über café"}, "json")
    assert name.endswith("-uber-cafe.json") and len(name.split("-")[0]) == 12


def test_open_sink_picks_by_output_and_format(tmp_path):
    assert isinstance(open_sink(tmp_path / "a.jsonl", "jsonl"), JsonlSink)
    assert isinstance(open_sink(tmp_path / "a.csv", "csv"), CsvSink)
    assert isinstance(open_sink(str(tmp_path / "new") + "/", "markdown"), DirSink)
    assert isinstance(open_sink(tmp_path, "json"), DirSink)  # an existing folder
    with pytest.raises(ValueError, match="one file per article"):
        open_sink(tmp_path / "a.md", "markdown")
    assert isinstance(as_sink(tmp_path / "b.csv"), CsvSink) and isinstance(as_sink(tmp_path / "b.jsonl"), JsonlSink)


def test_batch_into_csv_resumes_and_retries_failed(server, tmp_path):
    u = server.url
    urls = [u("/article/a"), u("/flaky429/c"), u("/article/b")]
    out = tmp_path / "o.csv"
    first = run_batch(urls, out, FAST, progress=False)
    assert (first.ok, first.failed) == (2, 1)
    rows = csv_rows(out)
    assert sorted((r["index"], r["url"], r["error_kind"]) for r in rows) == [
        ("0", urls[0], ""), ("1", urls[1], "http_status"), ("2", urls[2], "")]
    assert next(r for r in rows if r["url"] == urls[0])["headline"] == "Story a"
    again = run_batch(urls, out, FAST, progress=False)
    assert again.skipped == 3 and again.records == 0
    retried = run_batch(urls, out, FAST, progress=False, retry_failed=True)
    assert retried.retried == 1 and retried.ok == 1
    rows = csv_rows(out)
    assert sorted(r["url"] for r in rows) == sorted(urls) and not any(r["error_kind"] for r in rows)


def test_batch_cli_into_a_folder_of_markdown(server, tmp_path):
    from typer.testing import CliRunner

    from scraper import cli

    urls = tmp_path / "urls.txt"
    urls.write_text(server.url("/article/one") + "\n" + server.url("/status/404") + "\n")
    args = ["batch", str(urls), "-o", str(tmp_path / "corpus") + "/", "-f", "markdown", "--workers", "0",
            "--tries", "1", "--quiet", "--allow-private"]
    result = CliRunner().invoke(cli.app, args)
    assert result.exit_code == 1, result.output
    files = sorted(p.name for p in (tmp_path / "corpus").iterdir())
    assert files == ["000000-story-one.md", LEDGER]
    assert (tmp_path / "corpus" / files[0]).read_text().startswith("# Story one\n")
    assert CliRunner().invoke(cli.app, args).exit_code == 0  # resumed: nothing left to do, nothing failed
    bad = CliRunner().invoke(cli.app, ["batch", str(urls), "-o", str(tmp_path / "x.md"), "-f", "markdown"])
    assert bad.exit_code == 2 and "one file per article" in bad.output

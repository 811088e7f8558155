"""The command line, run as a real subprocess (exit codes and stderr as a user sees them)."""
import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "scraper", *args], input=stdin, capture_output=True, timeout=120)


def test_extract_file_as_json():
    r = run("extract", str(FIXTURES / "article.html"))
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    assert d["headline"] == "Harbour town votes to rebuild its old sea wall"
    assert d["authors"][0]["name"] == "Mara Lindqvist"
    assert "Residents of the small harbour town voted on Sunday" in d["body"]
    assert "Sport" not in d["body"]


def test_extract_stdin_gzip_markdown(tmp_path):
    data = gzip.compress((FIXTURES / "article.html").read_bytes())
    r = run("extract", "-", "--format", "markdown", stdin=data)
    assert r.returncode == 0, r.stderr
    out = r.stdout.decode()
    assert out.startswith("# Harbour town votes to rebuild its old sea wall\n")
    assert "*By Mara Lindqvist (Coastal Affairs Reporter) · 2025-05-12 · The Coastal Courier" in out


def test_extract_text_format_and_output_file(tmp_path):
    out = tmp_path / "a.txt"
    r = run("extract", str(FIXTURES / "article.html"), "-f", "text", "-o", str(out))
    assert r.returncode == 0 and r.stdout == b""
    assert out.read_text().startswith("Harbour town votes to rebuild its old sea wall\nBy Mara Lindqvist")


def test_missing_file_is_usage_error_in_one_line():
    r = run("extract", "/no/such/page.html")
    assert r.returncode == 2
    assert r.stderr.decode().strip().count("\n") == 0
    assert "cannot read /no/such/page.html" in r.stderr.decode()
    assert b"Traceback" not in r.stderr


def test_bad_option_exits_2():
    r = run("extract", str(FIXTURES / "article.html"), "--format", "yaml")
    assert r.returncode == 2


def test_page_without_article_exits_1(tmp_path):
    page = tmp_path / "empty.html"
    page.write_text("<html><head><title>x</title></head><body><div></div></body></html>")
    r = run("extract", str(page))
    assert r.returncode == 1
    assert "no article text found" in r.stderr.decode()


def test_help_shows_examples():
    r = run("--help")
    assert r.returncode == 0
    assert b"scraper extract page.html --format markdown" in r.stdout


def test_bench_writes_one_prediction_per_gold_page(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "p1.html.gz").write_bytes(gzip.compress((FIXTURES / "article.html").read_bytes()))
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "p1", "dataset": "aeb", "url": "https://courier.example/a"}) + "\n"
                    + json.dumps({"id": "p2", "dataset": "aeb", "url": None}) + "\n")
    pred = tmp_path / "pred.jsonl"
    r = run("bench", str(gold), str(pages), "-o", str(pred))
    assert r.returncode == 1  # p2 has no page file
    assert "1 missing" in r.stderr.decode()
    rows = [json.loads(line) for line in pred.read_text().splitlines()]
    assert [row["id"] for row in rows] == ["p1", "p2"]
    p1 = rows[0]
    assert p1["headline"] == p1["title"] == "Harbour town votes to rebuild its old sea wall"
    assert p1["author"] == "Mara Lindqvist" and p1["authors"] == ["Mara Lindqvist"]
    assert p1["published"] == "2025-05-12T08:30:00+01:00"
    assert p1["seconds"] > 0
    assert "fisherman" in p1["body"]
    assert rows[1]["body"] == ""


def test_scraper_url_fetches_and_extracts(httpserver):
    httpserver.expect_request("/news/sea-wall").respond_with_data(
        (FIXTURES / "article.html").read_bytes(), content_type="text/html; charset=utf-8")
    httpserver.expect_request("/robots.txt").respond_with_data("not here", status=404)
    url = httpserver.url_for("/news/sea-wall")
    r = run(url, "--format", "jsonl", "--allow-private")
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    assert d["url"] == url
    assert d["headline"] == "Harbour town votes to rebuild its old sea wall"
    assert "fisherman" in d["body"]


def test_scraper_url_failure_is_one_line_and_exit_1(httpserver):
    httpserver.expect_request("/gone").respond_with_data("no", status=404)
    r = run(httpserver.url_for("/gone"), "--allow-private", "--ignore-robots")
    assert r.returncode == 1
    err = r.stderr.decode().strip()
    assert err.count("\n") == 0 and "http_status" in err and "404" in err


REPO = Path(__file__).resolve().parents[1]


def test_python_m_scraper_runs_ours_in_a_folder_with_its_own_cli_py(tmp_path):
    (tmp_path / "cli.py").write_text("print('the folder\\'s own cli.py')\ndef main():\n    print('wrong main')\n")
    r = subprocess.run([sys.executable, "-m", "scraper", "--help"], cwd=tmp_path, capture_output=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert b"scraper extract page.html --format markdown" in r.stdout
    assert b"wrong main" not in r.stdout and b"own cli.py" not in r.stdout


def test_no_global_cli_module_is_installed(tmp_path):
    r = subprocess.run([sys.executable, "-c", "import cli"], cwd=tmp_path, capture_output=True, timeout=60)
    assert r.returncode == 1 and b"No module named 'cli'" in r.stderr


def test_cli_py_runner_in_the_checkout(tmp_path):
    r = subprocess.run([sys.executable, "cli.py", "--help"], cwd=REPO, capture_output=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert b"scraper batch urls.txt -o articles.jsonl" in r.stdout
    page = REPO / "tests" / "fixtures" / "article.html"
    r = subprocess.run([sys.executable, "cli.py", "extract", str(page), "-f", "text"], cwd=REPO,
                       capture_output=True, timeout=120)
    assert r.returncode == 0 and r.stdout.startswith(b"Harbour town votes to rebuild its old sea wall\n")


def test_batch_defaults_are_the_library_defaults(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from scraper import batch, cli
    from scraper.options import ScrapeOptions

    seen = []

    def fake_run_batch(urls, output, options, **kwargs):
        seen.append(options)
        return batch.BatchSummary()

    monkeypatch.setattr(batch, "run_batch", fake_run_batch)
    urls = tmp_path / "urls.txt"
    urls.write_text("http://127.0.0.1:9/a\n")
    result = CliRunner().invoke(cli.app, ["batch", str(urls), "-o", str(tmp_path / "o.jsonl"), "--quiet"])
    assert result.exit_code == 0, result.output
    assert seen == [ScrapeOptions()]


def test_sizes_parse_and_format():
    from scraper.cli import format_size, parse_size

    assert parse_size("500k") == 500 * 1024 and parse_size(" 10M ") == 10 * 1024**2 and parse_size("7") == 7
    assert parse_size("2gb") == 2 * 1024**3 and parse_size("lots") is None and parse_size("1.5M") is None
    for n in (0, 1, 1000, 1024, 3 * 1024**2, 10 * 1024**2 + 1, 5 * 1024**3):
        assert parse_size(format_size(n)) == n
    assert format_size(10 * 1024 * 1024) == "10M"


def test_version():
    from importlib import metadata

    r = run("--version")
    assert r.returncode == 0
    version = metadata.version("byline-scraper")
    assert r.stdout.decode().strip() == f"scraper {version} (byline-scraper)"
    import scraper

    assert scraper.__version__ == version


def test_distribution_metadata_license_and_user_agent():
    from importlib import metadata

    meta = metadata.metadata("byline-scraper")
    assert meta["License-Expression"] == "MIT"
    assert (REPO / "LICENSE").read_text().startswith("MIT License")
    from scraper.options import DEFAULT_USER_AGENT, ScrapeOptions

    assert DEFAULT_USER_AGENT == f"byline-scraper/{meta['Version']}" and "example.org" not in DEFAULT_USER_AGENT
    assert ScrapeOptions().robots_agent == "byline-scraper"


def test_options_before_the_url_shortcut(httpserver):
    httpserver.expect_request("/robots.txt").respond_with_data("User-agent: *\nAllow: /\n")
    httpserver.expect_request("/news/v").respond_with_data(
        (FIXTURES / "article.html").read_bytes(), content_type="text/html; charset=utf-8")
    url = httpserver.url_for("/news/v")
    quiet = run(url, "-f", "jsonl", "--allow-private")
    assert quiet.returncode == 0 and quiet.stderr == b""
    loud = run("-v", url, "-f", "jsonl", "--allow-private")  # -v before the URL shortcut
    assert loud.returncode == 0 and json.loads(loud.stdout)["headline"]
    assert b"Traceback" not in loud.stderr


def test_verbose_batch_logs_info_and_every_url_at_vv(httpserver, tmp_path):
    httpserver.expect_request("/robots.txt").respond_with_data("User-agent: *\nAllow: /\n")
    httpserver.expect_request("/news/b").respond_with_data(
        (FIXTURES / "article.html").read_bytes(), content_type="text/html; charset=utf-8")
    urls = tmp_path / "urls.txt"
    urls.write_text(httpserver.url_for("/news/b") + "\n")
    base = ["batch", str(urls), "--workers", "0", "--quiet", "--allow-private"]
    r = run(*base, "-o", str(tmp_path / "a.jsonl"))
    assert r.returncode == 0 and r.stderr == b""
    r = run(*base, "-o", str(tmp_path / "b.jsonl"), "-v")
    err = r.stderr.decode()
    assert r.returncode == 0 and "INFO scraper.batch: robots.txt of http://" in err and "1 records in" in err
    assert "DEBUG" not in err
    r = run("-vv", *base, "-o", str(tmp_path / "c.jsonl"))
    err = r.stderr.decode()
    assert "DEBUG scraper.batch: " + httpserver.url_for("/news/b") + ": 200, " in err


def one_error_line(r: subprocess.CompletedProcess, code: int, text: str) -> None:
    err = r.stderr.decode()
    assert r.returncode == code and err.count("\n") == 1 and err.startswith("scraper: error: ") and text in err, err


def test_extract_refuses_binary_input(tmp_path):
    png = tmp_path / "photo.html"  # the name does not matter, the bytes do
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    pdf = tmp_path / "paper.pdf"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + bytes(200))
    for path in (png, pdf, Path(sys.executable)):
        r = run("extract", str(path))
        one_error_line(r, 1, f"{path}: not_html: a binary file, not a page or a text")  # (read_page_file)
        assert r.stdout == b""
    gz = tmp_path / "archive.gz"
    gz.write_bytes(gzip.compress(bytes(range(256)) * 8))
    one_error_line(run("extract", str(gz)), 1, "not_html")
    text = tmp_path / "bmw.txt"  # text that starts like a BMP signature is still text
    text.write_text("BMW sales rose in the third quarter, the carmaker said on Tuesday. " * 20)
    assert run("extract", str(text)).returncode in (0, 1) and b"not_html" not in run("extract", str(text)).stderr


def test_extract_bad_inputs_and_outputs_are_one_line(tmp_path):
    page = (FIXTURES / "article.html").read_bytes()
    packed = gzip.compress(page)
    cut = tmp_path / "cut.html.gz"
    cut.write_bytes(packed[: len(packed) // 2])
    one_error_line(run("extract", str(cut)), 1, "cut.html.gz: bad_response: broken gzip")
    junk = tmp_path / "junk.html.gz"
    junk.write_bytes(b"\x1f\x8b\x08\x00" + b"not gzip at all" * 10)
    one_error_line(run("extract", str(junk)), 1, "junk.html.gz: bad_response: broken gzip")
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.txt"
    blank.write_bytes(b"\n   \n\t\n")
    for path in (empty, blank):
        r = run("extract", str(path))
        one_error_line(r, 1, f"{path}: empty input")
        assert r.stdout == b""  # no article printed for nothing
    one_error_line(run("extract", "-", stdin=b""), 1, "-: empty input")
    one_error_line(run("extract", str(FIXTURES / "article.html"), "-o", str(tmp_path / "no" / "such" / "x.json")),
                   2, f"cannot write {tmp_path / 'no' / 'such' / 'x.json'}: no folder {tmp_path / 'no' / 'such'}")


def test_extract_input_size_is_capped(tmp_path):
    big = tmp_path / "big.html"
    big.write_bytes(b"<html><body><p>" + b"word " * 300_000 + b"</p></body></html>")  # 1.5 MB
    one_error_line(run("extract", str(big), "--max-bytes", "1M"), 1, "big.html: too_large: over the 1048576-byte limit")
    one_error_line(run("extract", "-", "--max-bytes", "1M", stdin=big.read_bytes()), 1, "-: too_large")
    bomb = tmp_path / "bomb.html.gz"
    bomb.write_bytes(gzip.compress(b"<p>" + b"\0" * (200 * 2**20)))
    one_error_line(run("extract", str(bomb)), 1, "bomb.html.gz: too_large: over the 10485760-byte limit")
    assert run("extract", str(big), "--max-bytes", "2M").returncode in (0, 1)


def test_surrogate_page_extracts_to_valid_utf8(tmp_path):
    for fmt in ("json", "markdown", "text"):
        r = run("extract", str(FIXTURES / "surrogate.html"), "-f", fmt)
        assert r.returncode == 0, r.stderr
        assert "\ufffd" in r.stdout.decode("utf-8")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_exits_1(tmp_path, httpserver):
    r = subprocess.run([sys.executable, "-m", "scraper", "extract", str(FIXTURES / "article.html")],
                       stdout=open("/dev/full", "wb"), stderr=subprocess.PIPE, timeout=120)
    one_error_line(r, 1, "cannot write stdout: No space left on device")
    one_error_line(run("extract", str(FIXTURES / "article.html"), "-o", "/dev/full"), 1,
                   "cannot write /dev/full: No space left on device")
    httpserver.expect_request("/a").respond_with_data((FIXTURES / "article.html").read_bytes(),
                                                      content_type="text/html")
    urls = tmp_path / "urls.txt"
    urls.write_text(httpserver.url_for("/a") + "\n")
    r = run("batch", str(urls), "-o", "/dev/full", "--quiet", "--allow-private", "--ignore-robots", "--workers", "0")
    one_error_line(r, 1, "/dev/full: No space left on device")


def test_batch_bad_paths_are_one_line_exit_2(tmp_path):
    urls = tmp_path / "urls.txt"
    urls.write_text("http://127.0.0.1:9/a\n")
    one_error_line(run("batch", str(tmp_path), "-o", str(tmp_path / "o.jsonl")), 2,
                   f"cannot read {tmp_path}: it is a directory")
    one_error_line(run("batch", str(urls), "-o", str(tmp_path / "nope" / "o.jsonl")), 2,
                   f"cannot write {tmp_path / 'nope' / 'o.jsonl'}: no folder {tmp_path / 'nope'}")

"""The batch on a Dask cluster (issue 7): sharding by host, parts, faults, re-runs.

A local cluster of 2 worker processes scrapes a loopback server that answers under many
host names (127.0.0.x: Linux routes all of 127.0.0.0/8 to loopback) and counts the
requests in flight per host.
"""
from __future__ import annotations

import json
import os
import signal
import sys
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from scraper import ScrapeOptions
from scraper import distributed as dist
from scraper.sources import NumberedFile

try:
    import distributed
except ImportError:  # pragma: no cover - the dask extra is part of `.[test]`
    distributed = None

_dask_installed = pytest.mark.skipif(distributed is None, reason="dask[distributed] is not installed (pip install 'byline-scraper[dask]')")


def needs_dask(test):
    """A test on a Dask cluster: skipped without Dask, and slow (`pytest -m "not slow"` skips it)."""
    return pytest.mark.slow(_dask_installed(test))

PAGE = """<!doctype html><html><head><title>Story {n} - Site</title>
<meta property="og:title" content="Story {n}"></head><body><article><h1>Story {n}</h1>
<p>This is the first paragraph of story number {n}, long enough to count as article text for the extractor.</p>
<p>A second paragraph adds a few more words about the story so the body has some substance to it.</p>
</article></body></html>"""

#: One paragraph of 2 million words (10 MB): extracting it takes ~280 MB, lexbor's parse alone far less.
HUGE_PAGE = (b"<!doctype html><html><head><title>Huge</title></head><body><article><h1>Huge</h1><p>"
             + b"word " * 2_000_000 + b"</p></article></body></html>")


class LoopbackSite:
    """A threaded HTTP server on 0.0.0.0 that tracks requests in flight per Host."""

    def __init__(self, delay: float = 0.05, slow_delay: float = 0.4) -> None:
        self.delay, self.slow_delay = delay, slow_delay
        self.lock = threading.Lock()
        self.inflight: Counter[str] = Counter()
        self.peak: Counter[str] = Counter()
        self.hits: Counter[str] = Counter()  # "host/path" -> requests
        self.flaky_down = False  # /flaky/ pages answer 404 while True
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def do_GET(self):
                # a request is "in flight" from its arrival until its answer starts: the answer's
                # last bytes may reach the client (and its next request start) before this thread
                # gets the CPU back, so counting them would see overlaps that are not there
                host = (self.headers.get("Host") or "").split(":")[0]
                with site.lock:
                    site.inflight[host] += 1
                    site.peak[host] = max(site.peak[host], site.inflight[host])
                    site.hits[host + self.path] += 1
                try:
                    if self.path == "/robots.txt":
                        body, ctype = b"User-agent: *\nAllow: /\n", "text/plain"
                    elif self.path.startswith("/flaky/") and site.flaky_down:
                        body, ctype = b"", "text/html"
                    elif self.path.startswith("/huge/"):
                        body, ctype = HUGE_PAGE, "text/html; charset=utf-8"
                    else:
                        time.sleep(site.slow_delay if self.path.startswith("/slow/") else site.delay)
                        n = self.path.rsplit("/", 1)[-1]
                        body, ctype = PAGE.format(n=n).encode(), "text/html; charset=utf-8"
                finally:
                    with site.lock:
                        site.inflight[host] -= 1
                try:
                    self.send_response(404 if not body else 200)
                    self.send_header("Content-Type", ctype)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):  # a client killed by a test
                    pass

        self.server = ThreadingHTTPServer(("0.0.0.0", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def url(self, host_index: int, path: str) -> str:
        return f"http://127.0.0.{host_index}:{self.port}{path}"

    def page_hits(self) -> int:
        return sum(n for key, n in self.hits.items() if not key.endswith("/robots.txt"))

    def __enter__(self) -> "LoopbackSite":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


def batch_options(per_host: int = 1) -> ScrapeOptions:
    """Engine options for the tests: a tight per-host limit, so two workers on one host would show."""
    return ScrapeOptions(allow_private=True, per_host=per_host, concurrency=8, tries=1, connect_timeout=5, read_timeout=5)


def read_parts(outdir: Path) -> list[dict]:
    records = []
    for part in sorted(outdir.glob("part-*.jsonl")):
        with open(part, encoding="utf-8") as fh:
            records.extend(json.loads(line) for line in fh)
    return records


def url_list(site: LoopbackSite, hosts: int, per_host: int, prefix: str = "/a/") -> list[str]:
    return [site.url(h, f"{prefix}{h}-{i}") for h in range(1, hosts + 1) for i in range(per_host)]


@pytest.fixture(scope="module")
def client():
    if distributed is None:
        pytest.skip("dask[distributed] is not installed (pip install 'byline-scraper[dask]')")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address="127.0.0.1:0") as cluster, distributed.Client(cluster) as c:
        yield c


# --- sharding: no cluster needed ----------------------------------------------------------

def test_partition_is_a_stable_hash_of_the_host():
    a = dist.partition_of("http://Example.COM/a", 64)
    assert a == dist.partition_of("https://example.com:8443/b?q=1", 64)
    assert a == 3069857465 % 64  # zlib.crc32(b"example.com"): the same in every process and run
    assert dist.partition_of("not a url", 64) == dist.INVALID_PARTITION
    assert dist.partition_of("ftp://example.com/x", 64) == dist.INVALID_PARTITION


def test_shards_hold_each_host_in_one_file_and_pin_the_list(tmp_path, monkeypatch):
    monkeypatch.setattr(dist, "SHARD_BUFFER", 200)  # many flushes
    lines = [f"http://h{h}.example/{i}" for h in range(30) for i in range(5)] + ["junk", "http://h1.example/0"]
    (tmp_path / dist.SHARD_DIR).mkdir()
    (tmp_path / dist.SHARD_DIR / "part-00001.urls.tmp").write_text("http://left.over/by-a-crash\n")
    manifest = dist.write_shards(iter(lines), tmp_path, 7)
    assert manifest.urls == len(lines) and sum(manifest.counts) == len(lines)
    host_parts: dict[str, set[int]] = {}
    numbered = []
    for index in manifest.nonempty:
        for position, url in NumberedFile(dist.shard_path(tmp_path, index)):
            host_parts.setdefault(dist.host_of(url) or "", set()).add(index)
            numbered.append((position, url))
    assert all(len(parts) == 1 for parts in host_parts.values())
    assert host_parts[""] == {dist.INVALID_PARTITION}
    assert sorted(numbered) == list(enumerate(lines))  # every line once, with its input position
    # the same list again keeps the shards; another list is refused
    assert dist.write_shards(iter(lines), tmp_path, 3) == manifest
    with pytest.raises(dist.OutdirMismatch):
        dist.write_shards(iter(lines[:-1]), tmp_path, 7)


def test_missing_dask_is_one_clear_error(monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(dist.DaskMissing, match=r"pip install 'byline-scraper\[dask\]'"):
        dist.require_distributed()


# --- on a local cluster -------------------------------------------------------------------

@needs_dask
def test_every_url_once_and_per_host_limit_held_cluster_wide(client, tmp_path):
    with LoopbackSite() as site:
        urls = url_list(site, hosts=12, per_host=6)
        lines = urls + ["not a url", urls[0]]  # an invalid line and a duplicate
        out = tmp_path / "out"
        summary = dist.scrape_to_dir(lines, out, client=client, options=batch_options(per_host=1), partitions=5)
    assert summary.complete and (out / dist.SUCCESS).exists()
    records = read_parts(out)
    by_url = Counter(r["url"] for r in records)
    assert set(by_url) == set(urls) | {"not a url"}
    assert all(n == 1 for n in by_url.values()), by_url.most_common(3)
    invalid = [r for r in records if r["url"] == "not a url"]
    assert invalid[0]["error"]["kind"] == "invalid_url"
    assert all("error" not in r for r in records if r["url"] != "not a url")
    assert max(site.peak.values()) == 1  # never two requests at once to one host
    assert all(site.hits[u.split("//", 1)[1].split(":")[0] + "/" + u.split("/", 3)[3]] == 1 for u in urls)
    assert summary.batch.records == len(by_url) and summary.batch.failed == 1
    assert summary.batch.duplicates == 1
    assert not list(out.glob("*.tmp"))
    # the index is the position in the whole list, whatever the partition
    assert {r["url"]: r["index"] for r in records} == {url: lines.index(url) for url in by_url}


@needs_dask
def test_rerun_skips_complete_parts_and_resumes_a_torn_one(client, tmp_path):
    with LoopbackSite(delay=0.0) as site:
        urls = url_list(site, hosts=8, per_host=4)
        out = tmp_path / "out"
        first = dist.scrape_to_dir(urls, out, client=client, options=batch_options(), partitions=4)
        assert first.complete and first.parts_skipped == 0 and first.batch.records == len(urls)
        fetched = site.page_hits()

        again = dist.scrape_to_dir(urls, out, client=client, options=batch_options())
        assert again.parts_skipped == again.parts and site.page_hits() == fetched
        assert again.batch.records == 0 and again.batch.skipped == len(urls)

        # a crash mid-part: the part is still .tmp with 2 records and a torn line
        (out / dist.SUCCESS).unlink()
        part = sorted(out.glob("part-*.jsonl"))[0]
        lines = part.read_text(encoding="utf-8").splitlines(keepends=True)
        assert len(lines) >= 3
        tmp = part.with_name(part.name + ".tmp")
        tmp.write_text("".join(lines[:2]) + lines[2][:25], encoding="utf-8")
        part.unlink()
        third = dist.scrape_to_dir(urls, out, client=client, options=batch_options())
        assert third.complete and third.parts_skipped == third.parts - 1
        assert third.batch.records == len(lines) - 2 and third.batch.skipped == len(urls) - third.batch.records
        assert site.page_hits() == fetched + len(lines) - 2
    by_url = Counter(r["url"] for r in read_parts(out))
    assert set(by_url) == set(urls) and set(by_url.values()) == {1}
    assert (out / dist.SUCCESS).exists()


@needs_dask
def test_retry_failed_redoes_only_the_error_records(client, tmp_path):
    with LoopbackSite(delay=0.0) as site:
        good = url_list(site, hosts=4, per_host=3)
        flaky = url_list(site, hosts=3, per_host=2, prefix="/flaky/")
        out = tmp_path / "out"
        site.flaky_down = True
        first = dist.scrape_to_dir(good + flaky, out, client=client, options=batch_options(), partitions=3)
        assert first.complete and first.batch.failed == len(flaky)
        assert first.batch.errors == {"http_status": len(flaky)}
        site.flaky_down = False
        fetched = site.page_hits()
        second = dist.scrape_to_dir(good + flaky, out, client=client, options=batch_options(), retry_failed=True)
        assert second.complete and second.batch.ok == len(flaky) and second.batch.retried == len(flaky)
        assert site.page_hits() == fetched + len(flaky)
    records = read_parts(out)
    assert sorted(r["url"] for r in records) == sorted(good + flaky)
    assert not any("error" in r for r in records) and (out / dist.SUCCESS).exists()


@needs_dask
def test_a_page_over_the_memory_bound_is_its_own_record_and_the_others_are_extracted(client, tmp_path):
    """--extract-memory holds on Dask as in a batch here: a task extracts in a process of its own under
    the bound (RLIMIT_AS), so the page that needs more is recorded as "memory" and the batch goes on
    (in the Dask worker's own thread the page took what it needed)."""
    with LoopbackSite(delay=0.0) as site:
        urls = url_list(site, hosts=3, per_host=3)
        huge = site.url(1, "/huge/1")
        out = tmp_path / "out"
        options = batch_options().replace(extract_memory=192, max_bytes=16 << 20)
        summary = dist.scrape_to_dir([huge, *urls], out, client=client, options=options, partitions=2)
    records = {r["url"]: r for r in read_parts(out)}
    assert set(records) == {huge, *urls}
    assert records[huge]["error"]["kind"] == "memory", records[huge]
    assert all(records[u]["headline"] == f"Story {u.rsplit('/', 1)[1]}" for u in urls)
    assert summary.complete and summary.batch.errors == {"memory": 1} and summary.batch.ok == len(urls)


def test_a_task_extracts_in_one_bounded_process_or_in_its_thread_when_unbounded():
    assert dist.task_options(ScrapeOptions()).workers == 1  # (the defaults bound memory and time)
    assert dist.task_options(ScrapeOptions(workers=8, extract_timeout=None)).workers == 1
    assert dist.task_options(ScrapeOptions(extract_memory=None)).workers == 1
    assert dist.task_options(ScrapeOptions(extract_memory=None, extract_timeout=None)).workers == 0


@needs_dask
def test_worker_killed_midway_still_every_url_once(tmp_path):
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=":0") as cluster, distributed.Client(cluster) as client, \
            LoopbackSite(slow_delay=0.15) as site:
        urls = url_list(site, hosts=6, per_host=8, prefix="/slow/")
        out = tmp_path / "out"
        result: dict = {}
        runner = threading.Thread(target=lambda: result.update(summary=dist.scrape_to_dir(
            urls, out, client=client, options=batch_options(), partitions=2)))
        runner.start()
        # wait until a part is half written, then kill the worker process running it
        victim = None
        deadline = time.monotonic() + 30
        while victim is None and time.monotonic() < deadline:
            for tmp in out.glob("part-*.jsonl.tmp"):
                if tmp.stat().st_size and runner.is_alive():
                    key_prefix = "scraper-" + tmp.name[: -len(".jsonl.tmp")] + "-"  # scraper-part-NNNNN-
                    busy = [addr for addr, keys in client.processing().items()
                            if any(str(key).startswith(key_prefix) for key in keys)]
                    if busy:
                        victim = busy[0]
                        break
            time.sleep(0.05)
        assert victim is not None, "no part was in progress"
        pids = client.run(os.getpid)
        os.kill(pids[victim], signal.SIGKILL)
        runner.join(60)
        assert not runner.is_alive()
    summary = result["summary"]
    assert summary.complete and (out / dist.SUCCESS).exists()
    by_url = Counter(r["url"] for r in read_parts(out))
    assert set(by_url) == set(urls) and set(by_url.values()) == {1}
    assert summary.batch.skipped > 0  # the second attempt kept what the dead worker had written


# --- the command line ----------------------------------------------------------------------

def _cli(*args: str, prelude: str = "") -> "subprocess.CompletedProcess[str]":
    import subprocess

    code = f"{prelude}\nfrom scraper import cli\ncli.main({list(args)!r})"
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)


def test_cli_without_dask_installed_says_how_to_get_it(tmp_path):
    urls = tmp_path / "urls.txt"
    urls.write_text("http://127.0.0.1:9/a\n")
    r = _cli("batch", str(urls), "-o", str(tmp_path / "out"), "--dask", "local:2",
             prelude="import sys; sys.modules['distributed'] = None")
    assert r.returncode == 2
    assert r.stderr.strip() == ("scraper: error: --dask needs Dask distributed, which is not installed: "
                                "pip install 'byline-scraper[dask]' (or, in a checkout: pip install '.[dask]')")


@needs_dask
def test_cli_dask_local_writes_parts_and_success(tmp_path):
    with LoopbackSite(delay=0.0) as site:
        urls = url_list(site, hosts=5, per_host=3)
        (tmp_path / "urls.txt").write_text("# a comment\n" + "\n".join(urls) + "\n\n")
        out = tmp_path / "out"
        r = _cli("batch", str(tmp_path / "urls.txt"), "-o", str(out), "--dask", "local:2", "--partitions", "3",
                 "--allow-private")
        assert r.returncode == 0, r.stderr
        assert "15 records" in r.stderr and "parts in" in r.stderr
        assert (out / dist.SUCCESS).exists() and len(list(out.glob("part-*.jsonl"))) <= 3
        assert sorted(rec["url"] for rec in read_parts(out)) == sorted(urls)
        bad = _cli("batch", str(tmp_path / "urls.txt"), "-o", str(out), "--dask", "local:2", "--partitions", "4")
        assert bad.returncode == 2 and "sharded into 3 partitions" in bad.stderr
        assert _cli("batch", str(tmp_path / "urls.txt"), "-o", str(out), "--dask", "lokal:2").returncode == 2


@needs_dask
def test_csv_parts(client, tmp_path):
    import csv

    with LoopbackSite(delay=0.0) as site:
        urls = url_list(site, hosts=3, per_host=2)
        out = tmp_path / "out"
        summary = dist.scrape_to_dir(urls, out, client=client, options=batch_options(), partitions=2, fmt="csv")
        assert summary.complete and summary.batch.ok == len(urls)
        rows = []
        for part in sorted(out.glob("part-*.csv")):
            with open(part, newline="", encoding="utf-8") as fh:
                rows.extend(csv.DictReader(fh))
        assert sorted((int(r["index"]), r["url"]) for r in rows) == list(enumerate(urls))
        assert all(r["headline"] and not r["error_kind"] for r in rows)
        with pytest.raises(dist.OutdirMismatch, match="holds csv parts"):
            dist.scrape_to_dir(urls, out, client=client, options=batch_options(), fmt="jsonl")


@needs_dask
def test_local_cluster_listens_on_loopback_only():
    """`--dask local:N`: the scheduler, its dashboard and the workers accept connections from this machine only."""
    import psutil

    me = psutil.Process()

    def listening() -> set:
        return {(p.pid, c.laddr) for p in [me, *me.children(recursive=True)] for c in p.net_connections(kind="inet")
                if c.status == psutil.CONN_LISTEN}

    before = listening()  # (other tests' servers)
    with dist.connect("local:1") as client:
        assert client.dashboard_link.startswith("http://127.0.0.1:")
        opened = [laddr for _, laddr in listening() - before]
    assert len(opened) >= 3, opened  # scheduler, dashboard, worker (and its nanny)
    assert {addr.ip for addr in opened} == {"127.0.0.1"}, opened

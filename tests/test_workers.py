"""The extraction worker processes (scraper/workers.py): results, failures, deaths, fairness, shutdown."""
from __future__ import annotations

import asyncio
import io
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from scraper.batch import BatchEngine
from scraper.options import ScrapeOptions
from scraper.workers import _REPLY, WARM_UP_PAGE, ExtractionPool, JobFailed, WorkerDied, serve

from faultserver import FaultServer


# Jobs run in the worker processes; they are found there by module and name.

def echo(content: bytes, url: str | None, charset: str | None, content_type: str | None = None) -> dict:
    if content.startswith(b"sleep"):
        time.sleep(float(content.split()[1]))
    return {"size": len(content), "url": url, "charset": charset, "pid": os.getpid()}


def crash_on_marker(content: bytes, url: str | None, charset: str | None, content_type: str | None = None) -> dict:
    if b"CRASH" in content:
        os._exit(3)  # as an interpreter crash or an OOM kill would: no answer, no exception
    if b"RAISE" in content:
        raise ValueError("bad page")
    return echo(content, url, charset)


def always_crash(content: bytes, url: str | None, charset: str | None, content_type: str | None = None) -> dict:
    os._exit(3)


def run(coro):
    return asyncio.run(coro)


def test_a_worker_warms_up_before_it_says_it_is_ready():
    """The first call's costs (imports, regex compiles) happen before the ready reply, from which a job's
    time limit counts; a warm-up that fails does not stop the worker."""
    for fails in (False, True):
        replies = io.BytesIO()
        calls: list[tuple[bytes, bytes]] = []

        def job(content: bytes, url: str | None, charset: str | None) -> dict:
            calls.append((content, replies.getvalue()))
            if fails:
                raise ValueError("no warm-up")
            return {}

        serve(job, io.BytesIO(b""), replies)
        assert calls == [(WARM_UP_PAGE, b"")]  # called once, before anything was written
        assert replies.getvalue() == _REPLY.pack(0)  # then the ready reply


def test_the_warm_up_page_is_an_article():
    from scraper.workers import extract_job

    record = extract_job(WARM_UP_PAGE, None, None)
    assert record["headline"] == "Warm up" and record["body"] and record["authors"] and record["images"]


@pytest.mark.slow
def test_results_come_back_whole_and_in_their_futures():
    async def main():
        pool = ExtractionPool(2, job=echo)
        await pool.start()
        try:
            pages = [bytes([i % 256]) * (1000 * i + 1) for i in range(40)]  # up to 39 KB, distinct
            results = await asyncio.gather(*(pool.extract(p, f"http://x/{i}", "utf-8") for i, p in enumerate(pages)))
        finally:
            await pool.close()
        return results

    results = run(main())
    assert [r["size"] for r in results] == [1000 * i + 1 for i in range(40)]
    assert [r["url"] for r in results] == [f"http://x/{i}" for i in range(40)]
    assert len({r["pid"] for r in results}) == 2  # both workers took jobs
    assert all(r["pid"] != os.getpid() for r in results)


@pytest.mark.slow
def test_a_big_page_passes_intact():
    async def main():
        pool = ExtractionPool(1, job=echo)
        await pool.start()
        try:
            return await pool.extract(os.urandom(5_000_000), None, None)
        finally:
            await pool.close()

    assert run(main())["size"] == 5_000_000


@pytest.mark.slow
def test_job_error_is_job_failed_and_the_worker_lives_on():
    async def main():
        pool = ExtractionPool(1, job=crash_on_marker)
        await pool.start()
        try:
            with pytest.raises(JobFailed, match="^ValueError: bad page$"):
                await pool.extract(b"RAISE", None, None)
            first = await pool.extract(b"ok", None, None)
            second = await pool.extract(b"ok", None, None)
        finally:
            await pool.close()
        return first, second

    first, second = run(main())
    assert first["pid"] == second["pid"]


@pytest.mark.slow
def test_dead_worker_fails_its_job_and_is_replaced():
    async def main():
        pool = ExtractionPool(1, job=crash_on_marker)
        await pool.start()
        try:
            before = await pool.extract(b"ok", None, None)
            with pytest.raises(WorkerDied):
                await pool.extract(b"CRASH", None, None)
            after = await pool.extract(b"ok", None, None)
        finally:
            await pool.close()
        return before, after

    before, after = run(main())
    assert before["pid"] != after["pid"]


@pytest.mark.slow
def test_workers_that_keep_dying_fail_jobs_instead_of_hanging():
    async def main():
        pool = ExtractionPool(1, job=always_crash)
        await pool.start()
        try:
            outcomes = await asyncio.wait_for(
                asyncio.gather(*(pool.extract(b"x", None, None) for _ in range(30)), return_exceptions=True), 60)
            with pytest.raises(WorkerDied):
                await pool.extract(b"x", None, None)
        finally:
            await pool.close()
        return outcomes

    assert all(isinstance(o, WorkerDied) for o in run(main()))


@pytest.mark.slow
def test_a_slow_page_does_not_hold_up_the_others():
    async def main():
        pool = ExtractionPool(2, job=echo)
        await pool.start()
        done: list[str] = []

        async def one(name: str, content: bytes) -> None:
            await pool.extract(content, None, None)
            done.append(name)

        try:
            await asyncio.gather(one("slow", b"sleep 1.5"), *(one(f"q{i}", b"quick") for i in range(6)))
        finally:
            await pool.close()
        return done

    done = run(main())
    # at most the one job already waiting in the slow worker's socket finishes after it
    assert done.index("slow") >= len(done) - 2


@pytest.mark.slow
def test_close_ends_every_worker_even_mid_job():
    async def main():
        pool = ExtractionPool(2, job=echo)
        await pool.start()
        processes = [w.transport for w in pool._workers]
        jobs = [asyncio.ensure_future(pool.extract(b"sleep 30", None, None)) for _ in range(4)]
        await asyncio.sleep(0.5)
        started = time.monotonic()
        await pool.close()
        for job in jobs:
            job.cancel()
        await asyncio.gather(*jobs, return_exceptions=True)
        return processes, time.monotonic() - started

    processes, seconds = run(main())
    assert all(t.get_returncode() is not None for t in processes)
    assert seconds < 15


def test_size_zero_extracts_in_a_thread_here():
    async def main():
        pool = ExtractionPool(0, job=echo)
        await pool.start()
        try:
            return await pool.extract(b"abc", "http://x/", None)
        finally:
            await pool.close()

    assert run(main())["pid"] == os.getpid()


@pytest.mark.slow
def test_engine_records_a_page_that_kills_its_worker_and_goes_on():
    """A page whose extraction kills the worker twice gets an extraction record; the rest are articles."""
    server = FaultServer()
    try:
        async def main():
            engine = BatchEngine(ScrapeOptions(workers=1, obey_robots=False, allow_private=True))
            engine._pool = ExtractionPool(1, job=crash_on_marker)
            async with engine:
                crash = await engine.scrape_one(server.url("/crashpage"))
                ok = await engine.scrape_one(server.url("/article/a"))
            return crash, ok

        server.pages["/crashpage"] = b"<html><body><p>CRASH</p></body></html>"
        crash, ok = run(main())
    finally:
        server.close()
    assert crash["error"] == {"kind": "extraction", "message": "the extraction worker died on this page", "status": None}
    assert server.hits["/crashpage"] == 1  # fetched once, extracted twice
    assert ok["size"] > 0 and "error" not in ok


def chatty(content: bytes, url: str | None, charset: str | None, content_type: str | None = None) -> dict:
    print("a job that prints", content[:20])  # must not end up inside the replies
    return echo(content, url, charset)


@pytest.mark.slow
def test_what_a_job_prints_does_not_corrupt_the_replies():
    async def main():
        pool = ExtractionPool(1, job=chatty)
        await pool.start()
        try:
            return await asyncio.gather(*(pool.extract(b"x" * n, None, None) for n in range(1, 20)))
        finally:
            await pool.close()

    assert [r["size"] for r in run(main())] == list(range(1, 20))


@pytest.mark.slow
def test_a_script_without_a_main_guard_can_use_the_batch(tmp_path):
    """Workers are fresh interpreters: the calling script is never imported again in them."""
    server = FaultServer()
    try:
        script = tmp_path / "quick.py"
        script.write_text(
            "import scraper\n"
            "print('top level ran')\n"
            f"for r in scraper.scrape_many_sync([{server.url('/article/a')!r}], workers=1, obey_robots=False, allow_private=True):\n"
            "    print(r['headline'])\n", encoding="utf-8")
        env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
        done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120, env=env)
    finally:
        server.close()
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["top level ran", "Story a"]


def test_workers_and_extract_do_not_load_the_batch_engine():
    # A worker (and `scraper extract`) imports the package but never the batch engine's
    # network stack; the batch names still resolve on first use.
    code = ("import sys, scraper, scraper.workers; "
            "print('aiohttp' in sys.modules, 'scraper.batch' in sys.modules); "
            "from scraper import scrape_many; import scraper.batch as b; "
            "print(scrape_many is b.scrape_many, scraper.run_batch is b.run_batch, 'BatchSummary' in dir(scraper))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "False", "True", "True", "True"]


@pytest.mark.slow
def test_a_job_over_the_time_limit_stops_its_worker_and_only_that_job_fails():
    from scraper.workers import JobTimedOut

    async def main():
        pool = ExtractionPool(1, job=echo, timeout=0.5)
        await pool.start()
        try:
            started = time.monotonic()
            slow = asyncio.ensure_future(pool.extract(b"sleep 30", "http://x/slow", None))
            await asyncio.sleep(0.05)
            behind = asyncio.ensure_future(pool.extract(b"small", "http://x/behind", None))  # queued behind it
            with pytest.raises(JobTimedOut, match="over the 0.5 s limit"):
                await slow
            stopped = time.monotonic() - started
            with pytest.raises(WorkerDied):  # it was in the killed worker's pipe: the caller may retry it
                await behind
            again = await pool.extract(b"small", "http://x/again", None)  # a new worker took over
            return stopped, again
        finally:
            await pool.close()

    stopped, again = run(main())
    assert 0.5 <= stopped < 10  # not the 30 s the job wanted
    assert again["url"] == "http://x/again"


@pytest.mark.slow
def test_batch_records_a_page_over_the_extraction_time_limit(tmp_path):
    """A page whose extraction runs long is an `extraction` record; the pages after it are not held up."""
    srv = FaultServer()
    # ~10 MB in 160,000 short paragraphs: ~2 s of CPU on a quiet machine (the old 7 MB of long paragraphs
    # took 0.5 s, too close to a limit the small pages must stay far under on a loaded one)
    box = "<div>" + "<p>The council met on Tuesday. The council met on Tuesday.</p>\n" * 40 + "</div>\n"
    srv.pages["/huge"] = ("<html><body><article><h1>Huge</h1>" + box * 4000 + "</article></body></html>").encode()
    try:
        urls = [srv.url("/huge")] + [srv.url(f"/article/n{i}") for i in range(4)]
        opts = ScrapeOptions(workers=1, obey_robots=False, allow_private=True, extract_timeout=0.5,
                             max_bytes=20 * 2**20)  # the small pages take milliseconds (the worker warmed up)
        import scraper

        records = {r["url"]: r for r in scraper.scrape_many_sync(urls, opts)}
    finally:
        srv.close()
    assert records[urls[0]] == {"url": urls[0], "index": 0, "error": {
        "kind": "extraction", "status": None,
        "message": "extraction stopped: over the 0.5 s limit (--extract-timeout)"}}
    assert all(records[u]["headline"] == f"Story n{i}" for i, u in enumerate(urls[1:]))


@pytest.mark.slow
def test_workers_do_not_import_from_the_current_folder(tmp_path):
    """A `selectolax.py` or `json.py` in the folder the command runs in is never imported by a worker."""
    for name in ("selectolax", "json", "charset_normalizer"):
        (tmp_path / f"{name}.py").write_text(
            f"open({str(tmp_path / 'IMPORTED')!r}, 'a').write({name!r} + '\\n')\nraise ImportError('planted')\n")
    srv = FaultServer()
    try:
        urls = tmp_path / "urls.txt"
        urls.write_text(srv.url("/article/safe") + "\n")
        script = Path(sys.executable).with_name("scraper")  # the console script: its own folder first, not cwd
        r = subprocess.run([str(script), "batch", "urls.txt", "-o", "out.jsonl", "--quiet", "--workers", "1",
                            "--allow-private", "--ignore-robots"], cwd=tmp_path, capture_output=True, text=True,
                           timeout=120)
    finally:
        srv.close()
    assert not (tmp_path / "IMPORTED").exists(), (tmp_path / "IMPORTED").read_text()
    assert r.returncode == 0, r.stderr
    assert '"headline": "Story safe"' in (tmp_path / "out.jsonl").read_text()

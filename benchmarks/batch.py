"""End-to-end throughput and memory of `scraper batch` against a slow loopback web.

    .venv/bin/python benchmarks/batch.py                    # 10,000 URLs + extraction-only baseline
    .venv/bin/python benchmarks/batch.py --rss 10000 100000 # peak RSS as the list grows
    .venv/bin/python benchmarks/batch.py --urls 2000 -- --per-host 1   # extra `scraper batch` options
    .venv/bin/python benchmarks/batch.py --warc --repeat 3 --no-baseline   # without and with --warc, alternated

A server process answers every request after `--latency` seconds (default 0.1)
with a page of ../shared/bench/pages (gunzipped), on `--hosts` host names
(127.0.0.1 ... 127.0.0.N, one port), HTTP/1.1 keep-alive. URL i is
http://127.0.0.(1 + i % N):PORT/p/<page i % pages>?n=i, so every URL is distinct.
`scraper batch` runs as a subprocess with its defaults (2 per host, one
extraction process per core) except `--concurrency` (64 here, 16 by default:
with 100 ms per answer, 16 in flight cap any machine at 160 pages/s, and
hiding the latency behind ~350 pages/s of extraction takes ~35 in flight).
Its process tree's RSS and CPU are sampled every 50 ms.

`--workers N` sets the extraction processes of both the batch and the
baseline; with N = cores - 1 the event loop and the server get a core of
their own, which shows whether fetching hides behind extraction when the CPU
it needs is there (on a 2-core machine with N = cores it cannot: every ms the
loop spends is taken from extraction).

The baseline is extraction alone: the same pages in the same number of
processes, with no network and no output. It runs before and after the batch
and the ratio is taken against their mean (the machine is shared; a job that
starts or stops during one run moves it). `pages_per_s` counts from the
command's start (interpreter and workers starting included); `steady_pages_per_s`
from the first record to the last.

`--warc` runs every batch twice, alternately: as above, then with `--warc` (every
fetch also written to a .warc.gz, compressed in the batch's writer thread), and
reports both and the archive's size; `--repeat N` does that N times.
"""
from __future__ import annotations

import argparse
import asyncio
import gzip
import json
import multiprocessing as mp
import os
import socket
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parents[1]
PAGES = REPO.parent / "shared" / "bench" / "pages"
if not PAGES.is_dir():
    PAGES = Path("/work/shared/bench/pages")
sys.path.insert(0, str(REPO))  # this tree's scraper, in the baseline's workers too


def load_pages(folder: Path) -> list[bytes]:
    return [gzip.decompress(p.read_bytes()) for p in sorted(folder.glob("*.html.gz"))]


# -- the slow web ----------------------------------------------------------------

def serve(port: int, hosts: list[str], latency: float, folder: str, ready: mp.Event) -> None:
    """The slow web: every answer `latency` seconds after its request, keep-alive, HTTP/1.1.

    A bare asyncio protocol answering with prebuilt responses, so that the
    server, which shares this machine's cores with the batch under test, costs
    as little CPU per page as a loopback server can (a remote site costs none).
    """
    def response(body: bytes, ctype: bytes) -> bytes:
        return (b"HTTP/1.1 200 OK\r\nContent-Type: " + ctype + b"\r\nContent-Length: "
                + str(len(body)).encode() + b"\r\n\r\n" + body)

    answers = [response(page, b"text/html") for page in load_pages(Path(folder))]
    robots = response(b"User-agent: *\nAllow: /\n", b"text/plain")

    class Site(asyncio.Protocol):
        def connection_made(self, transport: asyncio.BaseTransport) -> None:
            self.transport, self.buffer = transport, b""

        def data_received(self, data: bytes) -> None:
            self.buffer += data
            while b"\r\n\r\n" in self.buffer:
                head, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
                target = head.split(b" ", 2)[1]
                try:
                    answer = robots if target == b"/robots.txt" else \
                        answers[int(target.split(b"/")[2].split(b"?")[0]) % len(answers)]
                except (IndexError, ValueError):
                    self.transport.close()
                    return
                loop.call_later(latency, self.answer, answer)

        def answer(self, data: bytes) -> None:
            if not self.transport.is_closing():
                self.transport.write(data)

    async def main() -> None:
        server = await loop.create_server(Site, host=hosts, port=port, backlog=1024)
        ready.set()
        async with server:
            await server.serve_forever()

    loop = asyncio.new_event_loop()
    loop.run_until_complete(main())


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def write_urls(path: Path, n: int, port: int, hosts: int, pages: int) -> None:
    with path.open("w") as fh:
        for i in range(n):
            fh.write(f"http://127.0.0.{1 + i % hosts}:{port}/p/{i % pages}?n={i}\n")


# -- measurements ------------------------------------------------------------------

def run_batch(urls: Path, out: Path, extra: list[str], warc: Path | None = None) -> dict:
    """Run `scraper batch` (with `--warc WARC` when given); wall time and peak RSS (main process, and the whole tree)."""
    out.unlink(missing_ok=True)
    if warc is not None:
        warc.unlink(missing_ok=True)
        extra = [*extra, "--warc", str(warc)]
    cmd = [sys.executable, "-m", "scraper", "batch", str(urls), "-o", str(out), "--quiet", "--allow-private", *extra]
    started = time.monotonic()
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = psutil.Popen(cmd, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak_main = peak_tree = 0
    first_record: float | None = None
    cpu: dict[int, float] = {}  # pid -> last CPU seconds seen (main and extraction workers)
    while proc.poll() is None:
        try:
            main = proc.memory_info().rss
            tree = main
            for p in [proc, *proc.children(recursive=True)]:
                t = p.cpu_times()
                cpu[p.pid] = t.user + t.system
                if p is not proc:
                    tree += p.memory_info().rss
        except psutil.Error:
            continue
        peak_main, peak_tree = max(peak_main, main), max(peak_tree, tree)
        if first_record is None and out.exists() and out.stat().st_size:
            first_record = time.monotonic()
        time.sleep(0.05)
    ended = time.monotonic()
    seconds = ended - started
    stderr = proc.stderr.read().decode()
    records = ok = 0
    with out.open() as fh:
        for line in fh:
            records += 1
            ok += '"error": {' not in line[:400]
    main_cpu = cpu.pop(proc.pid, 0.0)
    steady = ended - (first_record or started)
    return {"records": records, "ok": ok, "seconds": seconds, "pages_per_s": records / seconds,
            "steady_pages_per_s": (records - 1) / steady if steady > 0 else 0.0,
            "cpu_ms_per_page_main": 1000 * main_cpu / max(records, 1),
            "cpu_ms_per_page_workers": 1000 * sum(cpu.values()) / max(records, 1),
            "peak_rss_main_mb": peak_main / 2**20, "peak_rss_tree_mb": peak_tree / 2**20,
            "warc_mb": warc.stat().st_size / 2**20 if warc is not None else None,
            "exit": proc.returncode, "stderr": stderr.strip()[-300:]}


_worker_pages: list[bytes] = []


def _load(folder: str) -> None:
    global _worker_pages
    _worker_pages = load_pages(Path(folder))


def _extract(i: int) -> int:
    from scraper import extract

    return len(extract(_worker_pages[i % len(_worker_pages)], "http://example.org/").body)


def extraction_only(n: int, workers: int) -> dict:
    """Extraction alone: n pages over `workers` processes holding the pages in memory."""
    with ProcessPoolExecutor(workers, initializer=_load, initargs=(str(PAGES),)) as pool:
        list(pool.map(_extract, range(2 * workers)))  # start and warm up
        procs = [psutil.Process(pid) for pid in pool._processes]
        before = sum(sum(p.cpu_times()[:2]) for p in procs)
        started = time.monotonic()
        for _ in pool.map(_extract, range(n), chunksize=8):
            pass
        seconds = time.monotonic() - started
        cpu = sum(sum(p.cpu_times()[:2]) for p in procs) - before
    return {"pages": n, "seconds": seconds, "pages_per_s": n / seconds, "workers": workers,
            "cpu_ms_per_page": 1000 * cpu / n}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--urls", type=int, default=10_000)
    ap.add_argument("--hosts", type=int, default=64)
    ap.add_argument("--latency", type=float, default=0.1)
    ap.add_argument("--rss", type=int, nargs="*", help="list sizes to compare peak RSS for (e.g. 10000 100000)")
    ap.add_argument("--no-baseline", action="store_true")
    ap.add_argument("--concurrency", type=int, default=64, help="requests in flight (scraper's default: 16)")
    ap.add_argument("--workers", type=int, default=None,
                    help="extraction processes, in the batch and the baseline alike (default: one per core)")
    ap.add_argument("--warc", action="store_true", help="each batch without and then with --warc")
    ap.add_argument("--repeat", type=int, default=1, help="batches of each kind, alternated")
    ap.add_argument("extra", nargs="*", help="options passed to `scraper batch` (after --)")
    args = ap.parse_args()

    cores = os.cpu_count() or 1
    workers = args.workers or cores
    port = free_port()
    hosts = [f"127.0.0.{i}" for i in range(1, args.hosts + 1)]
    ready = mp.get_context("spawn").Event()
    server = mp.get_context("spawn").Process(target=serve, args=(port, hosts, args.latency, str(PAGES), ready), daemon=True)
    server.start()
    ready.wait(60)
    n_pages = len(list(PAGES.glob("*.html.gz")))
    extra = ["--concurrency", str(args.concurrency), "--workers", str(workers), *args.extra]
    results: dict = {"machine": {"cores": cores, "python": sys.version.split()[0],
                                 "load_average_before": os.getloadavg()},
                     "latency_s": args.latency, "hosts": args.hosts, "options": extra}
    sizes = args.rss or [args.urls]
    baselines: list[dict] = []

    def baseline(label: str) -> None:
        if not args.no_baseline:
            base = extraction_only(min(sizes), workers)
            baselines.append(base)
            results[f"extraction_only_{label}"] = base
            print(json.dumps({f"extraction_only_{label}": base}), flush=True)

    server_proc = psutil.Process(server.pid)
    try:
        with tempfile.TemporaryDirectory(prefix="scraper-bench-") as tmp:
            tmp_path = Path(tmp)
            baseline("before")
            for n in sizes:
                urls = tmp_path / f"urls-{n}.txt"
                write_urls(urls, n, port, args.hosts, n_pages)
                for attempt in range(args.repeat):
                    for warc in ([None, tmp_path / "pages.warc.gz"] if args.warc else [None]):
                        server_cpu = sum(server_proc.cpu_times()[:2])
                        res = run_batch(urls, tmp_path / f"out-{n}.jsonl", extra, warc)
                        res["cpu_ms_per_page_server"] = 1000 * (sum(server_proc.cpu_times()[:2]) - server_cpu) / max(res["records"], 1)
                        label = f"batch_{n}" + ("_warc" if warc else "") + (f"_{attempt}" if attempt else "")
                        results[label] = res
                        print(json.dumps({label: res}), flush=True)
            baseline("after")
    finally:
        server.terminate()
    if baselines:
        first = results[f"batch_{min(sizes)}"]
        alone = sum(b["pages_per_s"] for b in baselines) / len(baselines)
        alone_cpu = sum(b["cpu_ms_per_page"] for b in baselines) / len(baselines)
        results["extraction_only_pages_per_s_mean"] = alone
        results["end_to_end_vs_extraction"] = first["pages_per_s"] / alone
        results["steady_vs_extraction"] = first["steady_pages_per_s"] / alone
        # CPU per page, all processes (the batch's tree and the server) against extraction alone
        cpu = first["cpu_ms_per_page_main"] + first["cpu_ms_per_page_workers"] + first["cpu_ms_per_page_server"]
        results["cpu_per_page_extraction_vs_end_to_end"] = alone_cpu / cpu
    results["machine"]["load_average_after"] = os.getloadavg()
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()

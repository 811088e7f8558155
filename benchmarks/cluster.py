"""The batch on a Dask cluster: 1 worker against 2 workers, extraction-bound.

    .venv/bin/python benchmarks/cluster.py [--copies 3] [--hosts 32] [--partitions 16] [--repeat 2] [--wait-idle] [--snapshot]

A loopback server (its own process, no added latency) serves the benchmark pages
(../shared/bench/pages, gunzipped once into memory) under `--hosts` host names
127.0.0.x; the same URL list (every page `--copies` times, under different hosts and
paths) is scraped by `scrape_to_dir` on a LocalCluster of 1, then 2 worker processes
(one thread each). Reported: wall time and pages/s of each run, the speed-up, and the
driver's peak RSS (sampled every 20 ms during the run; the driver runs the scheduler
too) against the size of what the workers wrote. The machine may be shared: the CPU that
other processes used during each run is printed with it, and each worker count's
fastest of `--repeat` runs is kept.
"""
from __future__ import annotations

import argparse
import asyncio
import gzip
import multiprocessing
import os
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT.parent / "shared" / "bench" / "pages"


# --- the loopback server (a child process) ------------------------------------------------

def serve(port_out: "multiprocessing.connection.Connection", pages_dir: str) -> None:
    pages = {p.name.split(".")[0]: gzip.decompress(p.read_bytes()) for p in Path(pages_dir).glob("*.html.gz")}

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                path = head.split(b" ", 2)[1].decode()
                page_id = path.rsplit("/", 1)[-1]
                body = pages.get(page_id)
                if body is None:  # robots.txt and anything else: 404
                    writer.write(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")
                else:
                    writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: "
                                 + str(len(body)).encode() + b"\r\n\r\n" + body)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    async def main() -> None:
        server = await asyncio.start_server(handle, "0.0.0.0", 0, backlog=1024)
        port_out.send(server.sockets[0].getsockname()[1])
        async with server:
            await server.serve_forever()

    asyncio.run(main())


# --- the runs -----------------------------------------------------------------------------

class PeakRSS:
    """The peak RSS of this process, sampled in a thread."""

    def __init__(self, interval: float = 0.02) -> None:
        self.process, self.interval = psutil.Process(), interval
        self.peak = self.process.memory_info().rss
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.peak = max(self.peak, self.process.memory_info().rss)

    def __enter__(self) -> "PeakRSS":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def use_snapshot() -> None:
    """Import `scraper` (here and in the workers) from a copy of git HEAD."""
    import subprocess

    target = Path(tempfile.mkdtemp(prefix="cluster-bench-src-"))
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", "HEAD", "scraper"], check=True, capture_output=True)
    subprocess.run(["tar", "-x", "-C", str(target)], input=archive.stdout, check=True)
    sys.path.insert(0, str(target))
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(target), os.environ.get("PYTHONPATH")]))
    head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    print(f"code: git HEAD {head.stdout.strip()} (a copy in {target})", file=sys.stderr)


def busy_cpu() -> float:
    """CPU seconds the whole machine has been busy (all processes, all cores)."""
    t = psutil.cpu_times()
    return sum(t) - t.idle - getattr(t, "iowait", 0.0)


def wait_idle(limit: float = 300.0) -> None:
    """Wait (up to `limit` s) until the machine has been nearly idle for 3 s: it may be shared."""
    deadline, quiet = time.monotonic() + limit, 0
    while quiet < 3 and time.monotonic() < deadline:
        quiet = quiet + 1 if psutil.cpu_percent(interval=1.0) < 15 else 0


def run(n_workers: int, urls: list[str], partitions: int, server_pid: int) -> dict:
    import distributed

    from scraper import ScrapeOptions
    from scraper.distributed import scrape_to_dir

    outdir = Path(tempfile.mkdtemp(prefix=f"cluster-bench-{n_workers}-"))
    try:
        with distributed.LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True,
                                      dashboard_address=":0") as cluster, distributed.Client(cluster) as client:
            where = set(client.run(lambda: __import__("scraper.extract").__file__).values())  # warm up
            assert where == {sys.modules["scraper"].__file__}, where  # the workers run the driver's code
            me = psutil.Process()
            ours = [me] + me.children(recursive=True)  # the server, nannies, workers
            workers = [psutil.Process(pid) for pid in client.run(os.getpid).values()]

            def our_cpu() -> float:
                return sum(sum(p.cpu_times()[:2]) for p in ours)

            def workers_cpu() -> float:
                return sum(sum(p.cpu_times()[:2]) for p in workers)

            before = me.memory_info().rss
            cpu0, busy0, w0 = our_cpu(), busy_cpu(), workers_cpu()
            with PeakRSS() as rss:
                start = time.perf_counter()
                summary = scrape_to_dir(urls, outdir, client=client, partitions=partitions,
                                        options=ScrapeOptions(tries=1, allow_private=True))
                seconds = time.perf_counter() - start
            ours_cpu, busy, wcpu = our_cpu() - cpu0, busy_cpu() - busy0, workers_cpu() - w0
        written = sum(p.stat().st_size for p in outdir.glob("part-*.jsonl"))
        assert summary.complete and summary.batch.records == len(urls), summary.line()
        return {"workers": n_workers, "seconds": seconds, "pages_per_s": len(urls) / seconds,
                "failed": summary.batch.failed, "driver_rss_before": before, "driver_rss_peak": rss.peak,
                "written": written, "others_cpu": max(0.0, busy - ours_cpu) / seconds, "workers_cpu": wcpu}
    finally:
        shutil.rmtree(outdir, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--copies", type=int, default=3, help="each page this many times in the list")
    parser.add_argument("--hosts", type=int, default=32, help="host names 127.0.0.1 .. 127.0.0.N")
    parser.add_argument("--partitions", type=int, default=16)
    parser.add_argument("--snapshot", action="store_true",
                        help="run the code of git HEAD (a copy), not the working tree that others may be editing")
    parser.add_argument("--wait-idle", action="store_true", help="before each run, wait for the machine to be idle")
    parser.add_argument("--workers", type=lambda v: [int(n) for n in v.split(",")], default=[1, 2],
                        help="worker counts to run, comma-separated (default 1,2)")
    parser.add_argument("--repeat", type=int, default=2, help="runs of each worker count (the fastest is kept)")
    args = parser.parse_args()
    if args.snapshot:
        use_snapshot()

    ids = sorted(p.name.split(".")[0] for p in PAGES.glob("*.html.gz"))
    receiver, sender = multiprocessing.Pipe(duplex=False)
    server = multiprocessing.Process(target=serve, args=(sender, str(PAGES)), daemon=True)
    server.start()
    port = receiver.recv()
    urls = [f"http://127.0.0.{1 + (k * len(ids) + i) % args.hosts}:{port}/c{k}/{page}"
            for k in range(args.copies) for i, page in enumerate(ids)]
    print(f"{len(urls)} URLs ({len(ids)} pages x {args.copies}) under {args.hosts} hosts, "
          f"{args.partitions} partitions, {psutil.cpu_count()} cores", file=sys.stderr)
    try:
        results = {}
        for _ in range(args.repeat):  # alternate, keep each count's fastest run
            for n in args.workers:
                if args.wait_idle:
                    wait_idle()
                r = run(n, urls, args.partitions, server.pid)
                print(f"  {n} worker(s): {r['seconds']:.1f} s, workers busy {r['workers_cpu']:.1f} CPU-s "
                      f"(other processes used {r['others_cpu']:.2f} cores)", file=sys.stderr)
                if n not in results or r["seconds"] < results[n]["seconds"]:
                    results[n] = r
    finally:
        server.terminate()
    mib = 1024 * 1024
    for r in results.values():
        print(f"{r['workers']} worker(s): {r['seconds']:.1f} s, {r['pages_per_s']:.1f} pages/s, "
              f"{r['failed']} failed; driver RSS {r['driver_rss_before'] / mib:.0f} MiB before, "
              f"peak {r['driver_rss_peak'] / mib:.0f} MiB during; parts written {r['written'] / mib:.1f} MiB; "
              f"other processes on the machine used {r['others_cpu']:.2f} cores")
    if 1 in results and 2 in results:
        print(f"speed-up 2 workers / 1 worker: {results[1]['seconds'] / results[2]['seconds']:.2f}x")


if __name__ == "__main__":
    main()

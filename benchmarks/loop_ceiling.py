"""The batch engine's own ceiling: fetching and recording with extraction taken out.

    .venv/bin/python benchmarks/loop_ceiling.py [--urls 5000] [--concurrency 256]

Runs `scraper.run_batch` in this process against the slow loopback web of
`benchmarks/batch.py` (100 ms an answer, 64 host names), with the extraction
pool replaced by one that answers at once with a fixed article. What is left
is the event loop's work for a page: the httpx client over aiohttp, the
engine's limits and retries, the JSON line. Prints pages/s and the loop's CPU
ms per page: the rate one event loop can feed, whatever the number of
extraction processes, and the CPU a page's fetching takes from extraction on
a machine with no core to spare.
"""
from __future__ import annotations

import argparse
import gzip
import multiprocessing as mp
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from batch import PAGES, free_port, serve  # noqa: E402  (benchmarks/batch.py: the slow web)

import scraper.batch as engine  # noqa: E402
from scraper import ScrapeOptions, extract  # noqa: E402


class InstantPool:
    """An extraction pool that answers every page with the same article."""

    article: dict[str, Any] = {}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        pass

    async def start(self) -> None:
        pass

    async def close(self) -> None:
        pass

    async def extract(self, content: bytes, url: str | None, charset: str | None,
                      content_type: str | None = None) -> dict[str, Any]:
        return dict(self.article)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--urls", type=int, default=5000)
    ap.add_argument("--concurrency", type=int, default=256)
    ap.add_argument("--hosts", type=int, default=64)
    args = ap.parse_args()

    pages = sorted(PAGES.glob("*.html.gz"))
    InstantPool.article = extract(gzip.decompress(pages[0].read_bytes()), "http://example.org/").to_dict()
    engine.ExtractionPool = InstantPool  # type: ignore[misc,assignment]
    port = free_port()
    hosts = [f"127.0.0.{i}" for i in range(1, args.hosts + 1)]
    ready = mp.get_context("spawn").Event()
    server = mp.get_context("spawn").Process(target=serve, args=(port, hosts, 0.1, str(PAGES), ready), daemon=True)
    server.start()
    ready.wait(60)
    urls = [f"http://{hosts[i % len(hosts)]}:{port}/p/{i % len(pages)}?n={i}\n" for i in range(args.urls)]
    options = ScrapeOptions(allow_private=True, concurrency=args.concurrency, per_host=max(2, args.concurrency // len(hosts)))
    try:
        with tempfile.TemporaryDirectory(prefix="scraper-ceiling-") as tmp:
            cpu, wall = time.process_time(), time.monotonic()
            summary = engine.run_batch(urls, Path(tmp) / "out.jsonl", options, progress=False)
            cpu, wall = time.process_time() - cpu, time.monotonic() - wall
    finally:
        server.terminate()
    print(f"{summary.ok} of {args.urls} ok, concurrency {args.concurrency}: {args.urls / wall:.0f} pages/s, "
          f"event loop CPU {1000 * cpu / args.urls:.2f} ms/page")


if __name__ == "__main__":
    main()

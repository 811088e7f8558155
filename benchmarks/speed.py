#!/usr/bin/env python3
"""Speed of `scraper.extract` against trafilatura's `bare_extraction` (with metadata), same pages, one process.

    .venv/bin/python benchmarks/speed.py [PAGES_DIR] [--limit N] [--rounds R] [--cpu] [--steps]

PAGES_DIR holds `*.html.gz` or `*.html` pages (default: ../shared/bench/pages).
Pages are read into memory first; then, page by page, both extractors run on
the same bytes, alternating which goes first, so both see the same machine
load. Only extraction is timed. Prints pages/s of each, their ratio, how often
scraper's body fell back to trafilatura (that time is part of scraper's
figure), and the process's peak RSS. `--cpu` times CPU seconds of this
process instead of wall-clock seconds: steadier on a machine shared with other
jobs (both extractors are single-threaded). `--steps` then times scraper's
steps alone (the page: parse, index, code dropped; metadata, blocks, body), in ms per page, the best
of the rounds.
"""
from __future__ import annotations

import argparse
import gzip
import resource
import sys
import time
import warnings
from pathlib import Path

DEFAULT_PAGES = Path(__file__).resolve().parents[2] / "shared" / "bench" / "pages"


def load_pages(folder: Path, limit: int | None) -> list[bytes]:
    paths = sorted(p for p in folder.iterdir() if p.name.endswith((".html.gz", ".html", ".htm")))
    if limit:
        paths = paths[:limit]
    return [gzip.decompress(p.read_bytes()) if p.suffix == ".gz" else p.read_bytes() for p in paths]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pages", nargs="?", type=Path, default=DEFAULT_PAGES)
    ap.add_argument("--limit", type=int, default=None, help="only the first N pages (by name)")
    ap.add_argument("--rounds", type=int, default=1, help="passes over the pages")
    ap.add_argument("--cpu", action="store_true", help="time CPU seconds of this process, not wall-clock")
    ap.add_argument("--steps", action="store_true", help="also time scraper's steps alone, ms per page")
    args = ap.parse_args(argv)
    clock = time.process_time if args.cpu else time.perf_counter

    import trafilatura

    from scraper.extract import extract_report

    warnings.filterwarnings("ignore")
    pages = load_pages(args.pages, args.limit)
    if not pages:
        print(f"no pages in {args.pages}", file=sys.stderr)
        return 2
    ours = theirs = 0.0
    fallbacks = failures = 0
    for r in range(args.rounds):
        for i, page in enumerate(pages):
            for who in ((0, 1) if (i + r) % 2 == 0 else (1, 0)):
                start = clock()
                try:
                    if who == 0:
                        _, body = extract_report(page)
                        fallbacks += bool(body and body.used_fallback)
                    else:
                        trafilatura.bare_extraction(page, with_metadata=True)
                except Exception:  # a benchmark counts failures, it never stops on one
                    failures += 1
                elapsed = clock() - start
                if who == 0:
                    ours += elapsed
                else:
                    theirs += elapsed
    n = len(pages) * args.rounds
    ours_ps, theirs_ps = n / ours, n / theirs
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    unit = "CPU s" if args.cpu else "s"
    print(f"pages                     {len(pages)} x {args.rounds} round(s) from {args.pages}")
    print(f"scraper.extract           {ours_ps:8.1f} pages/s  ({ours:.2f} {unit})")
    print(f"trafilatura bare_extraction {theirs_ps:6.1f} pages/s  ({theirs:.2f} {unit}, with_metadata=True)")
    print(f"ratio                     {ours_ps / theirs_ps:8.1f}x")
    print(f"scraper fallbacks         {fallbacks} of {n} pages ({100 * fallbacks / n:.1f}%), included above")
    print(f"failures                  {failures}")
    print(f"peak RSS                  {peak_mb:8.0f} MB (whole process, both extractors)")
    if args.steps:
        steps = time_steps(pages, max(args.rounds, 3), clock)
        print("scraper steps, ms/page     " + ", ".join(f"{k} {v:.2f}" for k, v in steps.items()))
    return 0


def time_steps(pages: list[bytes], rounds: int, clock) -> dict[str, float]:
    """ms per page of each step of `scraper.extract` on HTML pages, the best of `rounds` passes (the
    page's bytes go to lexbor as UTF-8: no charset sniffing)."""
    from scraper.extract.blocks import take_blocks
    from scraper.extract.body import extract_body
    from scraper.extract.metadata import read_metadata
    from scraper.extract.page import Page

    names = ("page", "metadata", "blocks", "body")
    best = dict.fromkeys(names, float("inf"))
    for _ in range(rounds):
        spent = dict.fromkeys(names, 0.0)
        for data in pages:
            t0 = clock()
            page = Page(data)  # parse, index, drop the code
            t1 = clock()
            md = read_metadata(page)
            t2 = clock()
            take_blocks(page, md)
            t3 = clock()
            extract_body(page, md)
            t4 = clock()
            for name, took in zip(names, (t1 - t0, t2 - t1, t3 - t2, t4 - t3)):
                spent[name] += took
        best = {k: min(best[k], spent[k]) for k in names}
    return {k: 1000 * v / len(pages) for k, v in best.items()}


if __name__ == "__main__":
    sys.exit(main())

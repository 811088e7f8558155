"""One pass of `scraper.extract` over the bench pages, for counting instructions.

On a shared machine pages/s move by ~5 % from run to run, more than most single
speed changes gain; the instructions a run executes do not move. Count them
with valgrind's cachegrind before and after a change (same pages, same
interpreter) and compare the totals:

    valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/tmp/cg.out \\
        .venv/bin/python benchmarks/instructions.py [PAGES_DIR]
    cg_annotate /tmp/cg.out | head -60          # where they go, by function

Loading the pages and the warm-up are part of the total; run with `--load-only`
to measure that part and subtract it for a per-page figure.
(`benchmarks/speed.py` stays the measure against trafilatura.)
"""
from __future__ import annotations

import argparse
import gzip
import warnings
from pathlib import Path

DEFAULT_PAGES = Path(__file__).resolve().parents[2] / "shared" / "bench" / "pages"
WARM_UP = 5  # pages extracted before the pass: imports and first-call caches out of the count's variation


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pages", nargs="?", type=Path, default=DEFAULT_PAGES)
    ap.add_argument("--load-only", action="store_true", help="load and warm up, extract nothing more")
    args = ap.parse_args()
    warnings.filterwarnings("ignore")
    import scraper

    pages = [gzip.decompress(p.read_bytes()) for p in sorted(args.pages.glob("*.html.gz"))]
    for page in pages[:WARM_UP]:
        scraper.extract(page)
    if args.load_only:
        return
    for page in pages:
        scraper.extract(page)
    print(f"{len(pages)} pages extracted")


if __name__ == "__main__":
    main()

"""`scraper extract` over a WARC archive of the dev pages against the same pages as files.

    .venv/bin/python benchmarks/warc_extract.py [--workers 2] [--copies 1]

Writes the 355 pages of ../shared/bench/pages (gunzipped) once as .html files and once
as a .warc.gz (one gzip member per record, a request and a response per page, as
`scraper batch --warc` writes them, through scraper.warc), then runs
`scraper extract FOLDER` and `scraper extract ARCHIVE` (subprocesses, JSON Lines to a
file, the same worker count), alternating, and prints pages/s of each (from the
command's start). Both outputs must hold the same headlines and bodies.
"""
from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PAGES = REPO.parent / "shared" / "bench" / "pages"
if not PAGES.is_dir():
    PAGES = Path("/work/shared/bench/pages")
sys.path.insert(0, str(REPO))

from scraper.warc import Exchange, exchange_records  # noqa: E402


def build(folder: Path, copies: int) -> tuple[Path, Path, int]:
    files, archive = folder / "files", folder / "pages.warc.gz"
    files.mkdir()
    n = 0
    with open(archive, "wb") as warc:
        for copy in range(copies):
            for page in sorted(PAGES.glob("*.html.gz")):
                body = gzip.decompress(page.read_bytes())
                name = f"{page.name[:-8]}-{copy}"
                (files / f"{name}.html").write_bytes(body)
                url = f"http://pages.example/{name}"
                warc.write(exchange_records(Exchange(
                    target=url, date="2026-01-01T00:00:00Z",
                    request_head=f"GET /{name} HTTP/1.1\r\nHost: pages.example\r\n\r\n".encode(),
                    status_line=b"HTTP/1.1 200 OK", headers=[(b"Content-Type", b"text/html")], body=body)))
                n += 1
    return files, archive, n


def run(target: Path, out: Path, workers: int) -> float:
    """Wall seconds of one `scraper extract` (interpreter and workers starting included)."""
    out.unlink(missing_ok=True)
    start = time.monotonic()
    cmd = [sys.executable, "-c", "from scraper.cli import main; main()", "extract", str(target), "-o", str(out),
           "-w", str(workers), "-q", "--allow-failures"]
    subprocess.run(cmd, check=True, cwd=REPO)
    return time.monotonic() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--copies", type=int, default=1, help="each page this many times")
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="scraper-warc-bench-") as tmp:
        files, archive, n = build(Path(tmp), args.copies)
        size = sum(p.stat().st_size for p in files.iterdir())
        print(f"{n} pages: {size / 2**20:.1f} MiB as files, {archive.stat().st_size / 2**20:.1f} MiB as .warc.gz")
        results: dict[str, list[float]] = {"files": [], "warc": []}
        for _ in range(args.repeat):
            for label, target in (("files", files), ("warc", archive)):
                wall = run(target, Path(tmp) / f"{label}.jsonl", args.workers)
                results[label].append(n / wall)
        bodies = {}
        for label in ("files", "warc"):
            rows = [json.loads(line) for line in (Path(tmp) / f"{label}.jsonl").read_text().splitlines()]
            bodies[label] = sorted((r.get("headline") or "", r.get("body", "")) for r in rows)
        same = bodies["files"] == bodies["warc"]
        for label, rates in results.items():
            print(f"{label:5}  " + "  ".join(f"{r:.1f}" for r in rates) + f"  pages/s (best {max(rates):.1f})")
        print(f"same articles from both: {same}")


if __name__ == "__main__":
    main()

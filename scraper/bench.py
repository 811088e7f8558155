"""The engine of `scraper bench`: extract every page of a gold set, one prediction line each.

A run like the others (pipeline.py): the gold set's pages (source) -> the
extraction pool, here one thread, one page at a time, so that each page's
`seconds` is its own -> a JSON Lines sink.

Gold lines name pages by `id`; the page is `<id>.html.gz`, `<id>.html` or
`<id>.txt` (a text dump, read by `extract_text`) in the pages folder. Output is
the predictions format of `../shared/bench/README.md`, plus the structured
fields `score.py` reads.
"""
from __future__ import annotations

import asyncio
import gzip
import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from .errors import ExtractionError
from .extract import extract_report, extract_text
from .model import Article
from .pipeline import completed, extract_with
from .sinks import JsonlSink
from .sources import PageInput
from .workers import ExtractionPool

SUFFIXES = (".html.gz", ".html", ".htm", ".txt.gz", ".txt")


@dataclass
class BenchSummary:
    pages: int = 0
    missing: int = 0  # gold pages with no file
    failed: int = 0  # pages whose extraction raised
    seconds: float = 0.0  # extraction time only
    fallbacks: int = 0  # HTML pages whose body came through the trafilatura fallback (time included above)

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0


def gold_ids(gold_path: Path) -> Iterator[tuple[str, str | None]]:
    """(id, url) of every gold line."""
    with gold_path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                row = json.loads(line)
                yield row["id"], row.get("url")


def find_page(pages: Path, page_id: str) -> Path | None:
    for suffix in SUFFIXES:
        path = pages / f"{page_id}{suffix}"
        if path.exists():
            return path
    return None


def read_page(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix == ".gz" else data


def gold_pages(gold: Path, pages: Path) -> Iterator[PageInput]:
    """The pages of a gold set, in its order: keyed by id; a text dump by its suffix; a missing file
    is a page with an error."""
    for index, (page_id, url) in enumerate(gold_ids(gold)):
        path = find_page(pages, page_id)
        if path is None:
            yield PageInput(index, page_id, None, url, error=ExtractionError("no page file", url=url))
        else:
            yield PageInput(index, page_id, read_page(path), url, text=path.name.endswith((".txt", ".txt.gz")))


def prediction(page_id: str, article: Article | None, seconds: float, error: str | None = None) -> dict[str, Any]:
    """One predictions line (see README.md of the bench)."""
    if article is None:
        return {"id": page_id, "body": "", "seconds": round(seconds, 6), "error": error}
    names = [a.name for a in article.authors]  # `author` is the byline: an organisation credited alone counts
    return {
        "id": page_id,
        "body": article.body,
        "title": article.headline,
        "headline": article.headline,
        "author": "; ".join(names) or None,
        # people only, as a reader of the page sees them credited
        "authors": [a.name for a in article.authors if not a.organisation and a.shown],
        "author_bio": article.authors[0].bio if article.authors else None,
        "images": [{"caption": i.caption, "credit": i.credit} for i in article.images],
        "related": [{"title": r.title, "url": r.url} for r in article.related],
        "published": article.published,
        "seconds": round(seconds, 6),
    }


def bench_job(content: bytes, url: str | None, page_id: str, is_text: bool) -> tuple[dict[str, Any], bool]:
    """One page's prediction and whether the trafilatura fallback ran (the extraction pool's job)."""
    start = time.perf_counter()
    fallback = False
    try:
        if is_text:
            article = extract_text(content.decode("utf-8", errors="replace"), url)
        else:
            article, body = extract_report(content, url)
            fallback = bool(body and body.used_fallback)
        error = None
    except Exception as exc:  # a bench records failures, it never stops on one
        article, error = None, f"{type(exc).__name__}: {exc}"
    return prediction(page_id, article, time.perf_counter() - start, error), fallback


def run_bench(gold: Path, pages: Path, out: Path) -> BenchSummary:
    """Extract every page listed in `gold` (one at a time, in this process), write predictions to `out`."""
    return asyncio.run(_run_bench(gold, pages, out))


async def _run_bench(gold: Path, pages: Path, out: Path) -> BenchSummary:
    summary = BenchSummary()
    pool = ExtractionPool(0, job=bench_job)

    async def work(page: PageInput) -> dict[str, Any]:
        if page.content is None:
            summary.missing += 1
            return prediction(page.key, None, 0.0, str(page.error))
        row, fallback = await extract_with(pool, page.content, page.url, page.key, bool(page.text))
        summary.pages += 1
        summary.seconds += row["seconds"]
        summary.failed += "error" in row
        summary.fallbacks += fallback
        return row

    def failed(page: PageInput, exc: Exception) -> dict[str, Any]:
        summary.pages += 1
        summary.failed += 1
        return prediction(page.key, None, 0.0, f"{type(exc).__name__}: {exc}")

    out.write_bytes(b"")
    await pool.start()
    try:
        with JsonlSink(out) as sink:
            async for row in completed(gold_pages(gold, pages), work, window=1, key=_page_key, failed=failed):
                sink.write(row)
    finally:
        await pool.close()
    return summary


def _page_key(page: PageInput) -> str:
    return page.key

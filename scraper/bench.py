"""The engine of `scraper bench`: extract every page of a gold set, one prediction line each.

Gold lines name pages by `id`; the page is `<id>.html.gz`, `<id>.html` or
`<id>.txt` (a text dump, read by `extract_text`) in the pages folder. Output is
the predictions format of `../shared/bench/README.md`, plus the structured
fields `score.py` reads.
"""
from __future__ import annotations

import gzip
import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator

from .extract import extract_report, extract_text
from .model import Article

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


def prediction(page_id: str, article: Article | None, seconds: float, error: str | None = None) -> dict[str, Any]:
    """One predictions line (see README.md of the bench)."""
    if article is None:
        return {"id": page_id, "body": "", "seconds": round(seconds, 6), "error": error}
    names = [a.name for a in article.authors]
    return {
        "id": page_id,
        "body": article.body,
        "title": article.headline,
        "headline": article.headline,
        "author": "; ".join(names) or None,
        "authors": names,
        "author_bio": article.authors[0].bio if article.authors else None,
        "images": [{"caption": i.caption, "credit": i.credit} for i in article.images],
        "related": [{"title": r.title, "url": r.url} for r in article.related],
        "published": article.published,
        "seconds": round(seconds, 6),
    }


def run_bench(gold: Path, pages: Path, out: Path,
              on_page: Callable[[str], None] | None = None) -> BenchSummary:
    """Extract every page listed in `gold`, write predictions to `out`."""
    summary = BenchSummary()
    with out.open("w", encoding="utf-8") as fh:
        for page_id, url in gold_ids(gold):
            path = find_page(pages, page_id)
            if path is None:
                summary.missing += 1
                fh.write(json.dumps(prediction(page_id, None, 0.0, "no page file")) + "\n")
                continue
            data = read_page(path)
            is_text = path.name.endswith((".txt", ".txt.gz"))
            start = time.perf_counter()
            try:
                if is_text:
                    article = extract_text(data.decode("utf-8", errors="replace"), url)
                else:
                    article, body = extract_report(data, url)
                    summary.fallbacks += bool(body and body.used_fallback)
                error = None
            except Exception as exc:  # a bench records failures, it never stops on one
                article, error = None, f"{type(exc).__name__}: {exc}"
            elapsed = time.perf_counter() - start
            summary.pages += 1
            summary.seconds += elapsed
            summary.failed += article is None
            fh.write(json.dumps(prediction(page_id, article, elapsed, error), ensure_ascii=False) + "\n")
            if on_page:
                on_page(page_id)
    return summary

"""Many saved pages (files, folders, globs, WARC archives) -> records, in worker processes.

    summary = run_extract(["pages/", "crawl.warc.gz"], "out.jsonl")     # the `scraper extract` engine

The same run as a batch (pipeline.py), with pages on hand instead of URLs to
fetch: the pages (sources.file_pages, warc.warc_pages) go to the extraction
pool, their records to a sink (JSON Lines, CSV, a folder), with the batch's
resume, progress bar and error records. A record is

    {"url": <the page's URL or null>, "index": <its position among the inputs' pages>,
     "source": "pages/a.html" | "crawl.warc.gz#1234" (the file, or the WARC and the record's offset),
     [a WARC record's "final_url", "status", "fetched_at"], <the Article keys>}

or the same head with {"error": {"kind", "message", "status"}}. Records are keyed
by `source`, so every page of every file is recorded once.
"""
from __future__ import annotations

import asyncio
import os
from typing import Any, AsyncIterator, Iterable, TextIO

from .errors import InternalError, ScraperError
from .options import ScrapeOptions
from .pipeline import OnSkip, completed, extract_with, run_into
from .progress import BatchSummary
from .resume import UrlSet
from .sinks import Sink, as_sink
from .sources import PageInput, expand_inputs, file_pages
from .warc import is_warc
from .workers import ExtractionPool, extract_job, extract_text_job

__all__ = ["page_record", "run_extract", "run_extract_async", "page_records"]


def page_record(page: PageInput, article: dict[str, Any] | None = None,
                error: ScraperError | None = None) -> dict[str, Any]:
    """The record of a page: its URL, position and source, what its source knows, then the article
    (without its `url`) or the error."""
    record: dict[str, Any] = {"url": page.url, "index": page.index, "source": page.key}
    if error is not None:
        record["error"] = error.to_dict()
        return record
    record.update(page.fields)
    if article is not None:
        record.update((k, v) for k, v in article.items() if k != "url")
    return record


def _key(page: PageInput) -> str:
    return page.key


def page_records(pages: Iterable[PageInput], pool: ExtractionPool, *, window: int,
                 skip: UrlSet | None = None, on_skip: OnSkip | None = None) -> AsyncIterator[dict[str, Any]]:
    """The record of each page, in completion order, at most `window` in the pool at once."""

    async def work(page: PageInput) -> dict[str, Any]:
        if page.content is None:
            assert page.error is not None
            return page_record(page, error=page.error)
        try:
            return page_record(page, await extract_with(pool, page.content, page.url, page.charset))
        except ScraperError as exc:
            return page_record(page, error=exc)

    def failed(page: PageInput, exc: Exception) -> dict[str, Any]:
        return page_record(page, error=InternalError(f"unexpected {type(exc).__name__}: {exc}"))

    return completed(pages, work, window=window, key=_key, failed=failed, skip=skip, on_skip=on_skip)


async def run_extract_async(inputs: Iterable[str], output: str | os.PathLike[str] | TextIO | Sink,
                            options: ScrapeOptions | None = None, *, url: str | None = None,
                            text: bool = False, retry_failed: bool = False,
                            progress: bool | None = None) -> BatchSummary:
    """Extract the pages of `inputs` (files, folders, globs, WARC files; "-": stdin) into `output`.

    `output` is resumed as a batch's is (pages it records are skipped). `options`:
    `workers` (extraction processes) and `max_bytes` (a page's largest size) are
    used. `url` is the pages' URL, `text` reads them as plain-text dumps.
    `progress`: None = a bar on stderr when it is a terminal (its total is the
    count of files when no WARC is among them).
    """
    opts = options or ScrapeOptions()
    paths = list(expand_inputs(inputs))
    summary = BatchSummary(total=None if any(is_warc(p) for p in paths) else len(paths))
    sink = as_sink(output)
    pool = ExtractionPool(opts.worker_count, job=extract_text_job if text else extract_job, timeout=opts.extract_timeout,
                          memory=opts.extract_memory)
    window = max(8, 4 * max(1, opts.worker_count))

    async def records(skip: UrlSet | None, on_skip: OnSkip) -> AsyncIterator[dict[str, Any]]:
        await pool.start()
        try:
            pages = file_pages(paths, url=url, text=text or None, max_bytes=opts.max_bytes)
            async for record in page_records(pages, pool, window=window, skip=skip, on_skip=on_skip):
                yield record
        finally:
            await pool.close()

    try:
        return await run_into(sink, records, summary=summary, progress=progress, retry_failed=retry_failed,
                              label="extract")
    finally:
        sink.close()


def run_extract(inputs: Iterable[str], output: str | os.PathLike[str] | TextIO | Sink,
                options: ScrapeOptions | None = None, **kwargs: Any) -> BatchSummary:
    """`run_extract_async` from sync code."""
    return asyncio.run(run_extract_async(inputs, output, options, **kwargs))

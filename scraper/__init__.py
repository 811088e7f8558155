"""scraper: news and blog articles as clean structured data.

    import scraper
    article = scraper.extract(html, url="https://example.org/a")   # HTML (str or bytes) or a text dump
    article = scraper.extract_text(dump)                            # a plain-text dump of a page
    article = scraper.scrape("https://example.org/a")               # fetch + extract
    result = scraper.fetch("https://example.org/a")                 # just the download
    async for record in scraper.scrape_many(urls): ...              # many URLs, concurrently
    for record in scraper.scrape_many_sync(urls): ...               # the same from sync code
    article.headline, article.authors, article.body, article.to_dict()

Errors are all `scraper.ScraperError`; see `scraper.errors` for the tree.
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from .errors import (
    BadResponse,
    Blocked,
    ConnectionFailed,
    ExtractionError,
    FetchError,
    FetchTimeout,
    HTTPStatusError,
    InternalError,
    InvalidURL,
    NotHTML,
    OutOfMemory,
    RobotsDisallowed,
    ScraperError,
    TooLarge,
    TooManyRedirects,
    Unparsable,
)
from .extract import extract, extract_text
from .model import Article, Author, Block, Image, RelatedArticle, Span
from .options import ScrapeOptions
from .fetch import FetchResult, fetch, scrape
from .version import __version__

logging.getLogger(__name__).addHandler(logging.NullHandler())  # the program using the library configures logging

if TYPE_CHECKING:
    from .batch import BatchSummary, run_batch, scrape_many, scrape_many_sync

# The batch engine (aiohttp, rich, the worker pool) loads on first use: `scraper
# extract` and the extraction workers, which never use it, start ~0.15 s sooner.
# Only names that are not also submodules can load lazily: importing the submodule
# `scraper.fetch` or `scraper.extract` would bind the module over a lazy function.
_BATCH_NAMES = frozenset({"BatchSummary", "run_batch", "scrape_many", "scrape_many_sync"})


def __getattr__(name: str) -> Any:
    if name in _BATCH_NAMES:
        from . import batch

        value = getattr(batch, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | _BATCH_NAMES)


__all__ = [
    "__version__",
    "extract", "extract_text",
    "Article", "Author", "Block", "Image", "RelatedArticle", "Span",
    "ScraperError", "FetchError", "InvalidURL", "FetchTimeout", "ConnectionFailed", "TooManyRedirects",
    "HTTPStatusError", "TooLarge", "NotHTML", "BadResponse", "Blocked", "RobotsDisallowed", "ExtractionError",
    "Unparsable", "OutOfMemory", "InternalError",
    "fetch", "scrape", "FetchResult", "ScrapeOptions",
    "scrape_many", "scrape_many_sync", "run_batch", "BatchSummary",
]

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

from .errors import (
    ConnectionFailed,
    ExtractionError,
    FetchError,
    FetchTimeout,
    HTTPStatusError,
    InvalidURL,
    NotHTML,
    RobotsDisallowed,
    ScraperError,
    TooLarge,
    TooManyRedirects,
)
from .extract import extract, extract_text
from .model import Article, Author, Image, RelatedArticle
from .options import ScrapeOptions
from .fetch import FetchResult, fetch, scrape
from .batch import BatchSummary, run_batch, scrape_many, scrape_many_sync

__version__ = "0.1.0"

__all__ = [
    "extract", "extract_text",
    "Article", "Author", "Image", "RelatedArticle",
    "ScraperError", "FetchError", "InvalidURL", "FetchTimeout", "ConnectionFailed", "TooManyRedirects",
    "HTTPStatusError", "TooLarge", "NotHTML", "RobotsDisallowed", "ExtractionError",
    "fetch", "scrape", "FetchResult", "ScrapeOptions",
    "scrape_many", "scrape_many_sync", "run_batch", "BatchSummary",
]

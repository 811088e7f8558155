"""One URL in, its page's bytes out: limits, checks and typed errors.

    result = scraper.fetch("https://example.org/a")      # FetchResult, or a FetchError subclass
    article = scraper.scrape("https://example.org/a")    # fetch + extract

The checks live here once and serve both the sync `fetch` and the batch
engine's async `afetch_once`: status, content type, size while streaming, the
deadline, the retry policy (`retry_delay`) and the translation of httpx's
exceptions into `scraper.errors`. Nothing here knows about extraction.
"""
from __future__ import annotations

import asyncio
import email.utils
import random
import re
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Iterator
from urllib.parse import urlsplit

import httpx

from .decode import charset_from_content_type, decode_html
from .errors import (
    ConnectionFailed,
    FetchError,
    FetchTimeout,
    HTTPStatusError,
    InvalidURL,
    NotHTML,
    TooLarge,
    TooManyRedirects,
)
from .options import ScrapeOptions, client_settings, resolve_options

__all__ = ["FetchResult", "fetch", "scrape", "afetch_once", "validate_url", "retry_delay", "RETRY_STATUSES"]

#: HTTP statuses worth another try (other 4xx and 5xx are final)
RETRY_STATUSES = frozenset({408, 429, 502, 503, 504})

# Media types that can hold a page; anything else (images, PDF, archives, audio...) is NotHTML.
_TEXT_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/xml", "application/xml", "text/plain"})
# First bytes of common binary formats, for answers without a Content-Type.
_MAGIC = (b"\x89PNG", b"%PDF", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"RIFF",
          b"OggS", b"ID3", b"\x00\x00\x01\x00", b"wOFF", b"wOF2", b"BM")


_SPACE = re.compile(r"\s")


@dataclass
class FetchResult:
    """A downloaded page: its bytes and what the server said about them."""

    url: str  # as asked
    final_url: str  # after redirects
    status: int
    content: bytes  # decompressed body
    content_type: str | None
    charset: str | None  # from the Content-Type header (a codec name), if any
    fetched_at: str  # ISO 8601, UTC
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """The body decoded the way `extract` decodes it."""
        return decode_html(self.content, self.charset)


def validate_url(url: str) -> str:
    """The URL, stripped, if it is an absolute http(s) URL with a host; else InvalidURL."""
    url = url.strip()
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError as exc:
        raise InvalidURL(f"not a URL: {exc}", url=url) from None
    if parts.scheme.lower() not in ("http", "https"):
        raise InvalidURL("not an http(s) URL", url=url)
    if not host or _SPACE.search(url):
        raise InvalidURL("not a valid http(s) URL", url=url)
    return url


def retry_delay(exc: FetchError, attempt: int, options: ScrapeOptions, rng: random.Random | None = None) -> float | None:
    """Seconds to wait before attempt `attempt + 1`, or None when `exc` is final.

    Retried: connection errors, timeouts and HTTP 408/429/502/503/504, up to
    `options.tries` attempts. The wait is exponential back-off with jitter
    (between half and all of `backoff * 2**(attempt-1)`, capped), or the
    server's Retry-After when it gave one (capped at `retry_after_max`).
    """
    if attempt >= options.tries:
        return None
    if isinstance(exc, HTTPStatusError):
        if exc.status not in RETRY_STATUSES:
            return None
        if exc.retry_after is not None:
            return min(max(exc.retry_after, 0.0), options.retry_after_max)
    elif not isinstance(exc, (ConnectionFailed, FetchTimeout)):
        return None
    step = min(options.backoff * 2 ** (attempt - 1), options.backoff_max)
    return step * (0.5 + 0.5 * (rng or random).random())


def _retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


@contextmanager
def _translated(url: str) -> Iterator[None]:
    """Turn httpx's (and the deadline's) exceptions into `scraper.errors`."""
    try:
        yield
    except FetchError:
        raise
    except (httpx.TimeoutException, TimeoutError) as exc:
        raise FetchTimeout(f"timed out ({type(exc).__name__})", url=url) from None
    except httpx.TooManyRedirects as exc:
        raise TooManyRedirects(str(exc) or "too many redirects", url=url) from None
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
        raise InvalidURL(str(exc) or "invalid URL", url=url) from None
    except httpx.DecodingError as exc:
        raise ConnectionFailed(f"could not decode the body: {exc}", url=url) from None
    except (httpx.TransportError, OSError) as exc:
        message = str(exc) or type(exc).__name__
        raise ConnectionFailed(f"{type(exc).__name__}: {message}", url=url) from None


def _check_response(response: httpx.Response, url: str, options: ScrapeOptions) -> None:
    """Status, declared size and content type, before the body is read."""
    status = response.status_code
    if not 200 <= status < 300:
        exc = HTTPStatusError(f"HTTP {status} {response.reason_phrase}".strip(), url=url, status=status)
        exc.retry_after = _retry_after(response.headers.get("retry-after"))
        raise exc
    length = response.headers.get("content-length")
    if length and length.isdigit() and int(length) > options.max_bytes:  # compressed <= decoded
        raise TooLarge(f"body of {int(length)} bytes is over the {options.max_bytes}-byte limit", url=url, status=status)
    content_type = response.headers.get("content-type", "")
    media = content_type.split(";", 1)[0].strip().lower()
    if media and media not in _TEXT_TYPES and not media.endswith("+xml"):
        raise NotHTML(f"content type {media} is not a page", url=url, status=status)


class _Body:
    """Collects the body's chunks, enforcing the size limit and the deadline."""

    def __init__(self, url: str, response: httpx.Response, options: ScrapeOptions, started: float) -> None:
        self.url, self.response, self.options = url, response, options
        self.deadline = started + options.deadline
        self.sniff = not response.headers.get("content-type")
        self.chunks: list[bytes] = []
        self.size = 0

    def add(self, chunk: bytes) -> None:
        status = self.response.status_code
        if self.sniff and chunk:
            self.sniff = False
            if chunk.startswith(_MAGIC):
                raise NotHTML("the body is a binary file, not a page", url=self.url, status=status)
        self.size += len(chunk)
        if self.size > self.options.max_bytes:
            raise TooLarge(f"body over the {self.options.max_bytes}-byte limit", url=self.url, status=status)
        if time.monotonic() > self.deadline:
            raise FetchTimeout(f"over the {self.options.deadline:g} s deadline", url=self.url, status=status)
        self.chunks.append(chunk)

    def result(self) -> FetchResult:
        r = self.response
        content_type = r.headers.get("content-type")
        return FetchResult(
            url=self.url,
            final_url=str(r.url),
            status=r.status_code,
            content=b"".join(self.chunks),
            content_type=content_type,
            charset=charset_from_content_type(content_type),
            fetched_at=datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z"),
            headers=dict(r.headers),
        )


def _fetch_once(client: httpx.Client, url: str, options: ScrapeOptions) -> FetchResult:
    started = time.monotonic()
    with _translated(url), client.stream("GET", url) as response:
        _check_response(response, url, options)
        body = _Body(url, response, options, started)
        for chunk in response.iter_bytes():
            body.add(chunk)
        return body.result()


async def afetch_once(client: httpx.AsyncClient, url: str, options: ScrapeOptions) -> FetchResult:
    """One attempt at `url` with an async client (the batch engine's fetch; no retries)."""
    started = time.monotonic()
    with _translated(url):
        async with asyncio.timeout(options.deadline), client.stream("GET", url) as response:
            _check_response(response, url, options)
            body = _Body(url, response, options, started)
            async for chunk in response.aiter_bytes():
                body.add(chunk)
            return body.result()


def fetch(url: str, options: ScrapeOptions | None = None, *, client: httpx.Client | None = None,
          **overrides: Any) -> FetchResult:
    """Download one page, retrying transient failures (see `retry_delay`).

    `options` (or keyword overrides of its fields, e.g. `max_bytes=10**6`) set
    the limits; pass `client` to reuse an `httpx.Client` (its own settings are
    then used for timeouts, headers and redirects). Raises a `FetchError`
    subclass: InvalidURL, FetchTimeout, ConnectionFailed, TooManyRedirects,
    HTTPStatusError, TooLarge or NotHTML.
    """
    opts = resolve_options(options, **overrides)
    url = validate_url(url)
    own = client is None
    if client is None:
        client = httpx.Client(**client_settings(opts))
    try:
        attempt = 1
        while True:
            try:
                return _fetch_once(client, url, opts)
            except FetchError as exc:
                delay = retry_delay(exc, attempt, opts)
                if delay is None:
                    raise
            time.sleep(delay)
            attempt += 1
    finally:
        if own:
            client.close()


def scrape(url: str, options: ScrapeOptions | None = None, **overrides: Any):
    """Fetch `url` and extract its article (`fetch` + `extract` with the HTTP charset).

    Returns an `Article`; raises a `FetchError` or `ExtractionError`.
    """
    from .extract import extract

    result = fetch(url, options, **overrides)
    return extract(result.content, result.final_url, http_charset=result.charset)

"""One URL in, its page's bytes out: limits, checks and typed errors.

    result = scraper.fetch("https://example.org/a")      # FetchResult, or a FetchError subclass
    article = scraper.scrape("https://example.org/a")    # fetch + extract

The checks live here once and serve both the sync `fetch` and the batch
engine's async `afetch_once`: redirects (followed here, one hop at a time, each
checked: count, scheme, and with a caller's own client the address guard),
status, content type, the body decoded and sized as it streams (inflate.py),
the deadline, the retry policy (`retry_delay`) and the translation of httpx's
exceptions into `scraper.errors`. Nothing here knows about extraction, nor about
archives: a caller that keeps what went over the wire (`batch --warc`) passes
`on_hop`, which is handed each request and its response as a `Hop`.
"""
from __future__ import annotations

import asyncio
import email.utils
import itertools
import random
import re
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Callable, Iterator
from urllib.parse import urlsplit

import httpx

from .clients import check_target, deadline, sync_client
from .decode import charset_from_content_type, decode_html, looks_binary
from .errors import (
    BadResponse,
    ConnectionFailed,
    FetchError,
    FetchTimeout,
    HTTPStatusError,
    InvalidURL,
    NotHTML,
    TooLarge,
    TooManyRedirects,
)
from .inflate import Inflater
from .options import ScrapeOptions, resolve_options

__all__ = ["FetchResult", "Hop", "fetch", "scrape", "fetch_once", "afetch_once", "validate_url", "retry_delay",
           "RETRY_STATUSES"]

#: HTTP statuses worth another try (other 4xx and 5xx are final)
RETRY_STATUSES = frozenset({408, 429, 502, 503, 504})

# Media types that can hold a page; anything else (images, PDF, archives, audio...) is NotHTML.
_TEXT_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/xml", "application/xml", "text/plain"})



_SPACE = re.compile(r"\s")
_REDIRECT_BODY = 64 * 1024  # a redirect's body read to keep its connection, up to this much


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


@dataclass
class Hop:
    """One request of a fetch and the response it got (a redirect, or the final answer), as sent and received.

    `body` is what was read of the response's body: decoded (Content-Encoding
    undone) when `decoded`, else as it came; `complete` is False when it was not
    read to its end (an error after the headers: status, type, size, time; a
    redirect's body over 64 KiB). `date`: when the answer came, ISO 8601 UTC.
    """

    request: httpx.Request
    response: httpx.Response  # its status line and headers (the stream is closed)
    date: str
    body: bytes = b""
    decoded: bool = False
    complete: bool = False


#: `accept`: whether a Content-Type header ("" when there is none) names a document the caller reads
Accept = Callable[[str], bool]

#: `on_hop`: called with each `Hop` of a fetch, the redirects' and the final answer's, as they end
OnHop = Callable[[Hop], None]


def _now() -> str:
    """The time now, as FetchResult.fetched_at gives it: ISO 8601 UTC to the second."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


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
def _translated(url: str, options: ScrapeOptions, started: float) -> Iterator[None]:
    """Turn httpx's (and the deadline's) exceptions into `scraper.errors` (an attempt `started` at that time)."""
    try:
        yield
    except FetchError as exc:
        if exc.url is None:
            exc.url = url
        raise
    except (httpx.TimeoutException, TimeoutError) as exc:
        if time.monotonic() - started >= options.deadline - 0.01:
            raise FetchTimeout(f"over the {options.deadline:g} s deadline", url=url) from None
        raise FetchTimeout(f"timed out ({type(exc).__name__})", url=url) from None
    except httpx.TooManyRedirects as exc:
        raise TooManyRedirects(str(exc) or "too many redirects", url=url) from None
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
        raise InvalidURL(str(exc) or "invalid URL", url=url) from None
    except httpx.DecodingError as exc:
        raise BadResponse(f"could not decode the body: {exc}", url=url) from None
    except httpx.RemoteProtocolError as exc:
        message = str(exc) or type(exc).__name__
        if "disconnected" in message.lower():  # a keep-alive connection closed under us: worth another try
            raise ConnectionFailed(f"{type(exc).__name__}: {message}", url=url) from None
        raise BadResponse(f"malformed answer: {message}", url=url) from None
    except (httpx.TransportError, OSError) as exc:
        message = str(exc) or type(exc).__name__
        raise ConnectionFailed(f"{type(exc).__name__}: {message}", url=url) from None


def _check_response(response: httpx.Response, url: str, options: ScrapeOptions, keep_first: int | None,
                    accept: Accept | None = None) -> None:
    """Status, declared size and content type (`accept`, else `is_page_type`), before the body is read."""
    status = response.status_code
    if not 200 <= status < 300:
        exc = HTTPStatusError(f"HTTP {status} {response.reason_phrase}".strip(), url=url, status=status)
        exc.retry_after = _retry_after(response.headers.get("retry-after"))
        raise exc
    length = response.headers.get("content-length")
    if keep_first is None and length and length.isdigit() and int(length) > options.max_bytes:  # compressed <= decoded
        raise TooLarge(f"body of {int(length)} bytes is over the {options.max_bytes}-byte limit", url=url, status=status)
    content_type = response.headers.get("content-type", "")
    if not (accept or is_page_type)(content_type):
        media = content_type.split(";", 1)[0].strip().lower()
        raise NotHTML(f"content type {media} is not {'a page' if accept is None else 'one asked for'}", url=url,
                      status=status)


def is_page_type(content_type: str | None) -> bool:
    """Whether a Content-Type can hold a page (HTML, XHTML, XML, text; none given counts as one)."""
    media = (content_type or "").split(";", 1)[0].strip().lower()
    return not media or media in _TEXT_TYPES or media.endswith("+xml")


def _next_hop(response: httpx.Response, url: str, hops: int, options: ScrapeOptions) -> httpx.Request | None:
    """The request a redirect asks for (`hops` redirects followed so far), checked; None if `response` is no redirect."""
    request = response.next_request  # built by httpx (cookies, relative Location, headers to drop)
    if request is None:
        return None
    try:  # httpx reads a Location urllib cannot ('http://[x/') as a host name ('%5Bx') and would look it up
        urlsplit(response.headers.get("location", "")).hostname
    except ValueError as exc:
        raise InvalidURL(f"redirected to a URL that cannot be read: {exc}", url=url) from None
    if hops >= options.max_redirects:
        raise TooManyRedirects("Exceeded maximum allowed redirects.", url=url)
    scheme = request.url.scheme
    if scheme not in ("http", "https"):
        raise InvalidURL(f"redirected to a {scheme}: URL, not http(s)", url=url)
    return request


def _without_userinfo(url: httpx.URL) -> str:
    """`url` as a string, without a user:password@ it may carry (a final_url never shows credentials)."""
    return str(url.copy_with(username=None, password=None) if url.userinfo else url)


class _Body:
    """Decodes and collects the body, enforcing the size limit (the inflater's) and the deadline.

    `keep_first`: keep that many decoded bytes and stop there (robots.txt), instead
    of failing with TooLarge past `options.max_bytes`. `sniff`: a body without a
    Content-Type that starts as a binary file is NotHTML (a page is wanted).
    """

    def __init__(self, url: str, response: httpx.Response, options: ScrapeOptions, started: float,
                 keep_first: int | None = None, *, sniff: bool = True) -> None:
        self.url, self.response, self.options, self.keep = url, response, options, keep_first
        self.deadline = started + options.deadline
        self.sniff = sniff and not response.headers.get("content-type")
        try:
            self.inflater = Inflater(response.headers.get("content-encoding"), options.max_bytes)
        except FetchError as exc:
            raise self._own(exc) from None
        self.chunks: list[bytes] = []
        self.size = 0

    def _add(self, piece: bytes) -> bool:
        status = self.response.status_code
        if self.sniff and piece:
            self.sniff = False
            if looks_binary(piece):
                raise NotHTML("the body is a binary file, not a page", url=self.url, status=status)
        if time.monotonic() > self.deadline:
            raise FetchTimeout(f"over the {self.options.deadline:g} s deadline", url=self.url, status=status)
        if self.keep is not None and self.size + len(piece) >= self.keep:
            self.chunks.append(piece[: self.keep - self.size])
            self.size = self.keep
            return True
        self.size += len(piece)  # (the inflater enforces max_bytes)
        self.chunks.append(piece)
        return False

    def _own(self, exc: FetchError) -> FetchError:
        """An error of the inflater, with this body's URL and status."""
        exc.url = exc.url or self.url
        exc.status = exc.status or self.response.status_code
        return exc

    def feed(self, raw: bytes) -> bool:
        """Take the next bytes off the wire; True when no more are wanted (`keep_first` reached)."""
        try:
            return any(self._add(piece) for piece in self.inflater.feed(raw))
        except FetchError as exc:
            raise self._own(exc) from None

    def finish(self) -> None:
        """The end of the body: what the decoders still hold."""
        try:
            any(self._add(piece) for piece in self.inflater.flush())
        except FetchError as exc:
            raise self._own(exc) from None

    def result(self) -> FetchResult:
        r = self.response
        content_type = r.headers.get("content-type")
        return FetchResult(
            url=self.url,
            final_url=_without_userinfo(r.url),
            status=r.status_code,
            content=b"".join(self.chunks),
            content_type=content_type,
            charset=charset_from_content_type(content_type),
            fetched_at=_now(),
            headers=dict(r.headers),
        )


def fetch_once(client: httpx.Client, url: str, options: ScrapeOptions, *, check_hops: bool = False,
               keep_first: int | None = None, accept: Accept | None = None) -> FetchResult:
    """One attempt at `url` (no retries), redirects followed here.

    `check_hops`: put each hop's host through the address guard here (a caller's
    own client, whose connections do not go through it). `keep_first`: see `_Body`.
    `accept`: which Content-Types to read, instead of pages' (no binary sniffing then).
    """
    started = time.monotonic()
    with _translated(url, options, started), deadline(started + options.deadline):
        request = client.build_request("GET", url)
        for hops in itertools.count():
            if check_hops:
                check_target(request.url)
            response = client.send(request, stream=True, follow_redirects=False)
            try:
                following = _next_hop(response, url, hops, options)
                if following is None:
                    _check_response(response, url, options, keep_first, accept)
                    body = _Body(url, response, options, started, keep_first, sniff=accept is None)
                    for raw in response.iter_raw():
                        if body.feed(raw):
                            break
                    else:
                        body.finish()
                    return body.result()
                drained = 0
                for raw in response.iter_raw():  # read a short redirect body so the connection is kept
                    drained += len(raw)
                    if drained > _REDIRECT_BODY:
                        break
            finally:
                response.close()
            request = following
    raise AssertionError("unreachable")


async def afetch_once(client: httpx.AsyncClient, url: str, options: ScrapeOptions, *,
                      keep_first: int | None = None, on_hop: OnHop | None = None) -> FetchResult:
    """One attempt at `url` with an async client (the batch engine's fetch; no retries).

    `on_hop` gets each request and its response as a `Hop` once that response is
    done with: a redirect after its short body, the final answer after its body,
    and an answer that ended the attempt in an error (its body unread, or cut).
    """
    started = time.monotonic()
    with _translated(url, options, started):
        async with asyncio.timeout(options.deadline):
            request = client.build_request("GET", url)
            for hops in itertools.count():
                response = await client.send(request, stream=True, follow_redirects=False)
                hop = None if on_hop is None else Hop(request, response, _now())
                try:
                    following = _next_hop(response, url, hops, options)
                    if following is None:
                        _check_response(response, url, options, keep_first)
                        body = _Body(url, response, options, started, keep_first)
                        async for raw in response.aiter_raw():
                            if body.feed(raw):
                                break
                        else:
                            body.finish()
                        result = body.result()
                        if hop is not None:
                            hop.body, hop.decoded, hop.complete = result.content, True, True
                            hop.date = result.fetched_at
                        return result
                    drained: list[bytes] = []
                    size = 0
                    async for raw in response.aiter_raw():
                        size += len(raw)
                        if size > _REDIRECT_BODY:
                            break
                        drained.append(raw)
                    else:
                        if hop is not None:
                            hop.body, hop.complete = b"".join(drained), True
                finally:
                    await response.aclose()
                    if hop is not None and on_hop is not None:
                        on_hop(hop)
                request = following
    raise AssertionError("unreachable")


def fetch(url: str, options: ScrapeOptions | None = None, *, client: httpx.Client | None = None,
          accept: Accept | None = None, **overrides: Any) -> FetchResult:
    """Download one page, retrying transient failures (see `retry_delay`).

    `options` (or keyword overrides of its fields, e.g. `max_bytes=10**6`) set
    the limits; pass `client` to reuse an `httpx.Client` (its own settings are
    then used for timeouts and headers; each redirect's host is then checked by
    the address guard before the request, and the deadline is checked between
    reads, not within them). `accept(content_type)` says which Content-Types to
    read when the document wanted is no page (a sitemap, a feed; the default takes
    HTML, XML and text, and sniffs a body without one). Raises a `FetchError` subclass: InvalidURL,
    FetchTimeout, ConnectionFailed, BadResponse, Blocked, TooManyRedirects,
    HTTPStatusError, TooLarge or NotHTML.
    """
    opts = resolve_options(options, **overrides)
    url = validate_url(url)
    if client is not None:
        return _fetch(client, url, opts, check_hops=not opts.allow_private, accept=accept)
    with sync_client(opts) as own:
        return _fetch(own, url, opts, accept=accept)


def _fetch(client: httpx.Client, url: str, options: ScrapeOptions, *, check_hops: bool = False,
           accept: Accept | None = None) -> FetchResult:
    """`fetch_once`, tried again as `retry_delay` says."""
    attempt = 1
    while True:
        try:
            return fetch_once(client, url, options, check_hops=check_hops, accept=accept)
        except FetchError as exc:
            delay = retry_delay(exc, attempt, options)
            if delay is None:
                raise
        time.sleep(delay)
        attempt += 1


def scrape(url: str, options: ScrapeOptions | None = None, **overrides: Any):
    """Fetch `url` and extract its article (`fetch` + `extract` with the HTTP charset).

    With `options.obey_robots` (the default, as in batch) the origin's robots.txt
    is read first and a disallowed URL raises RobotsDisallowed, unfetched.
    Returns an `Article`; raises a `FetchError` or `ExtractionError`.
    """
    from .extract import extract
    from .robots import check_robots, fetch_robots, origin_of

    opts = resolve_options(options, **overrides)
    url = validate_url(url)
    with sync_client(opts) as client:
        if opts.obey_robots:
            check_robots(fetch_robots(client, origin_of(url), opts), url, opts)
        result = _fetch(client, url, opts)
    return extract(result.content, result.final_url, http_charset=result.charset, content_type=result.content_type)

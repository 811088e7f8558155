"""Many URLs: concurrency, politeness, retries, resume, one record per URL.

    async for record in scraper.scrape_many(urls):            # records as they are ready
    for record in scraper.scrape_many_sync(urls, tries=5):    # the same, from sync code
    summary = scraper.run_batch(urls, "out.jsonl", options)   # the `scraper batch` engine

A record is `{"url": <the input line>, "final_url", "status", "fetched_at",
**article}` or `{"url": ..., "error": {"kind", "message", "status"}}`; every
input URL gets exactly one (blank lines and `#` comments are not URLs;
repeated URLs are fetched once and recorded once).

How a URL goes through `BatchEngine`:

    read lazily (a window of `options.window` URLs in flight)
    -> validate (invalid_url) -> robots.txt of its origin, once per origin (robots)
    -> per-host slot (`per_host`, `host_delay`, Crawl-delay) -> global slot (`concurrency`)
    -> `afetch_once`, retried per `fetch.retry_delay` -> extraction in a worker process
    -> record

Fetching is asyncio with one `httpx.AsyncClient` (sending over aiohttp, see
transport.py: half the CPU of httpx's own transport); extraction is CPU work and
runs in `options.workers` processes (workers.py), so both overlap. At most
`concurrency + 2 * workers` bodies are held at once, whatever the list's length.

With an archive (`run_batch(..., warc="pages.warc.gz")`, warc.WarcWriter) every
URL's last attempt (its requests and responses, redirects included) is written
to it in the writer's thread while the page is extracted, and before its record
is: a record in the output means its fetch is in the archive.
"""
from __future__ import annotations

import asyncio
import functools
import logging
import operator
import os
import queue
import sys
import tempfile
import threading
from collections import OrderedDict
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, AsyncGenerator, AsyncIterator, Awaitable, Callable, Iterable, Iterator, TextIO, cast

import httpx

from .clients import async_client
from .errors import ExtractionError, FetchError, HTTPStatusError, InternalError, OutputError, ScraperError
from .fetch import FetchResult, Hop, afetch_once, retry_delay, validate_url
from .options import ScrapeOptions, resolve_options
from .pipeline import End, Failure, OnSkip, completed, extract_with, run_into, step_aside
from .progress import BatchSummary
from .resume import UrlSet
from .robots import RobotsRules, check_robots, load_robots, origin_of
from .sinks import Sink, as_sink
from .sources import NumberedFile, count_urls, numbered_urls, url_lines
from .warc import WarcWriter
from .workers import ExtractionPool

__all__ = [
    "BatchEngine", "BatchSummary", "scrape_many", "scrape_many_sync", "run_batch", "run_batch_async",
    "ok_record", "error_record",
]

log = logging.getLogger(__name__)

SLOW_WAIT = 1.0  # seconds of waiting for a host past which a URL steps out of the read-ahead window
MAX_HOSTS = 4096  # per-origin state kept (idle origins beyond this are forgotten)
# Cookies live for a redirect chain's sake (consent pages); the jar is emptied now and then
# so that a list of a million sites does not grow it without end.
COOKIE_CLEAR_EVERY = 1000

# -- records ---------------------------------------------------------------

def ok_record(url: str, result: FetchResult, article: dict[str, Any], index: int | None = None) -> dict[str, Any]:
    """The record of a page: the input URL, its input position, the fetch's facts, then the article's fields."""
    record: dict[str, Any] = {"url": url, "index": index, "final_url": result.final_url, "status": result.status,
                              "fetched_at": result.fetched_at}
    record.update((k, v) for k, v in article.items() if k != "url")
    return record


def error_record(url: str, exc: ScraperError, index: int | None = None) -> dict[str, Any]:
    """The record of a URL that gave no article."""
    return {"url": url, "index": index, "error": exc.to_dict()}


# -- the engine --------------------------------------------------------------

@dataclass
class _Host:
    """Per-origin state: the in-flight limit, the start spacing and robots.txt."""

    origin: str
    slots: asyncio.Semaphore
    delay: float = 0.0  # between request starts (host_delay, or Crawl-delay if longer)
    next_start: float = 0.0  # loop time before which no request starts (reservations)
    last_start: float = float("-inf")  # loop time the last request started
    robots: "asyncio.Task[RobotsRules] | None" = None
    users: int = 0  # URLs of this origin in flight (an origin in use is never forgotten)


class _Held:
    """One slot of a semaphore, acquired at most once and released at most once."""

    def __init__(self, semaphore: asyncio.Semaphore) -> None:
        self.semaphore, self.held = semaphore, False

    async def acquire(self) -> None:
        await self.semaphore.acquire()
        self.held = True

    def release(self) -> None:
        if self.held:
            self.held = False
            self.semaphore.release()


class BatchEngine:
    """One httpx.AsyncClient, one extraction pool and the per-host state, for any number of URL lists.

        async with BatchEngine(options) as engine:
            async for record in engine.records(urls):
                ...
    """

    def __init__(self, options: ScrapeOptions | None = None, *, archive: WarcWriter | None = None) -> None:
        self.options = options or ScrapeOptions()
        self.archive = archive  # open; every URL's last attempt is written to it
        self._client: httpx.AsyncClient | None = None
        self._pool = ExtractionPool(self.options.worker_count, timeout=self.options.extract_timeout,
                                    memory=self.options.extract_memory)
        self._hosts: OrderedDict[str, _Host] = OrderedDict()
        self._robots_tasks: set[asyncio.Task] = set()
        self._requests = 0
        self._global = asyncio.Semaphore(self.options.concurrency)
        self._bodies = asyncio.Semaphore(self.options.concurrency + 2 * max(1, self.options.worker_count))

    # life cycle

    async def __aenter__(self) -> "BatchEngine":
        await self._pool.start()
        self._client = async_client(self.options)
        return self

    async def __aexit__(self, *exc: Any) -> None:
        for task in self._robots_tasks:
            task.cancel()
        await asyncio.gather(*self._robots_tasks, return_exceptions=True)
        if self._client is not None:
            await self._client.aclose()
        await self._pool.close()

    @property
    def client(self) -> httpx.AsyncClient:
        """The engine's HTTP client (while the engine is open)."""
        if self._client is None:
            raise RuntimeError("the BatchEngine is not open: use `async with BatchEngine(...)`")
        return self._client

    # the URL list

    def records(self, urls: Iterable[str], *, skip: UrlSet | None = None,
                on_skip: OnSkip | None = None) -> AsyncIterator[dict[str, Any]]:
        """One record per distinct input URL, in completion order.

        `urls` (lines; blank ones and # comments are skipped) is read lazily,
        `options.window` URLs ahead; each record's `index` is its URL's position
        among them. URLs in `skip` (those already recorded) and repeats are passed
        over, each reported to `on_skip("done")` / `on_skip("duplicate")`.
        """
        return self.numbered_records(numbered_urls(urls), skip=skip, on_skip=on_skip)

    def numbered_records(self, urls: Iterable[tuple[int, str]], *, skip: UrlSet | None = None,
                         on_skip: OnSkip | None = None) -> AsyncIterator[dict[str, Any]]:
        """`records` of (input position, URL) pairs."""
        return completed(urls, self._scrape_item, window=self.options.window, key=_url_of,
                         failed=_unexpected, skip=skip, on_skip=on_skip)

    def _scrape_item(self, item: tuple[int, str]) -> Awaitable[dict[str, Any]]:
        return self.scrape_one(item[1], item[0])

    # one URL

    async def scrape_one(self, url: str, index: int | None = None) -> dict[str, Any]:
        """The record of one URL (never raises a ScraperError); `index`: its input position."""
        record = await self._scrape_one(url, index)
        if log.isEnabledFor(logging.DEBUG):
            error = record.get("error")
            log.debug("%s: %s", url, f"{error['kind']}: {error['message']}" if error
                      else f"{record['status']}, {len(record.get('body') or '')} characters of text")
        return record

    async def _scrape_one(self, url: str, index: int | None) -> dict[str, Any]:
        try:
            url = validate_url(url)
            host = self._host(origin_of(url))
            host.users += 1
            try:
                if self.options.obey_robots:
                    await self._check_robots(host, url)
                result, article = await self._fetch_and_extract(host, url)
            finally:
                host.users -= 1
        except ScraperError as exc:
            return error_record(url, exc, index)
        return ok_record(url, result, article, index)

    def _host(self, origin: str) -> _Host:
        host = self._hosts.get(origin)
        if host is not None:
            self._hosts.move_to_end(origin)
            return host
        host = self._hosts[origin] = _Host(origin, asyncio.Semaphore(self.options.per_host),
                                           delay=self.options.host_delay)
        if len(self._hosts) > MAX_HOSTS:  # forget the oldest idle origins
            for old in list(self._hosts)[: MAX_HOSTS // 4]:
                if self._hosts[old].users == 0:
                    del self._hosts[old]
        return host

    @asynccontextmanager
    async def _turn(self, host: _Host, bodies: "_Held | None" = None) -> AsyncIterator[None]:
        """The right to send one request to `host`, in this order:

        a per-host slot; the host's next start time (requests to one host start
        `delay` apart); a body slot when `bodies` is given (kept, after a
        success, until `bodies.release()`: it bounds the pages held in memory);
        a global slot. A task waiting for its host's turn holds nothing that
        another host's request could use (sorted lists do not stall the rest),
        and when the host makes its URLs wait on purpose (a delay between
        requests, a Retry-After pause) the task also steps out of the read-ahead
        window, so that the other hosts' URLs keep coming in.
        """
        loop = asyncio.get_running_loop()
        if host.delay > 0 or host.next_start > loop.time() + SLOW_WAIT:
            step_aside()
        async with host.slots:
            start = max(loop.time(), host.next_start)
            host.next_start = start + host.delay
            if start > loop.time():
                await asyncio.sleep(start - loop.time())
            if bodies is not None:
                await bodies.acquire()
            try:
                async with self._global:
                    # Waiting for a body or global slot may have brought two starts closer.
                    wait = host.last_start + host.delay - loop.time()
                    if wait > 0:
                        await asyncio.sleep(wait)
                    host.last_start = loop.time()
                    yield
            except BaseException:
                if bodies is not None:
                    bodies.release()
                raise

    async def _check_robots(self, host: _Host, url: str) -> None:
        if host.robots is not None and not host.robots.done():  # another URL of the host is fetching it
            step_aside()
        if host.robots is None:
            host.robots = asyncio.create_task(self._load_robots(host))
            self._robots_tasks.add(host.robots)
            host.robots.add_done_callback(self._robots_tasks.discard)
        rules = await asyncio.shield(host.robots)
        check_robots(rules, url, self.options)

    async def _load_robots(self, host: _Host) -> RobotsRules:
        async with self._turn(host):
            rules = await load_robots(self.client, host.origin, self.options)
        crawl_delay = rules.crawl_delay(self.options.robots_agent)
        if crawl_delay:
            host.delay = max(host.delay, min(crawl_delay, self.options.max_crawl_delay))
        log.info("robots.txt of %s: %s%s", host.origin, rules.blocked or "read",
                 f", {host.delay:g} s between requests" if crawl_delay else "")
        return rules

    async def _fetch_and_extract(self, host: _Host, url: str) -> tuple[FetchResult, dict[str, Any]]:
        loop = asyncio.get_running_loop()
        attempt = 1
        while True:
            body = _Held(self._bodies)
            hops: list[Hop] | None = None if self.archive is None else []  # this attempt's, for the archive
            try:
                async with self._turn(host, body):
                    self._requests += 1
                    if self._requests % COOKIE_CLEAR_EVERY == 0:
                        self.client.cookies.clear()
                    result = await afetch_once(self.client, url, self.options,
                                               on_hop=None if hops is None else hops.append)
            except FetchError as exc:
                delay = retry_delay(exc, attempt, self.options)
                if delay is None:
                    if attempt > 1:
                        exc.message = f"{exc.message} (after {attempt} tries)"
                    if self.archive is not None and hops:
                        await self.archive.write_async(url, hops, exc)
                    raise
                if isinstance(exc, HTTPStatusError):  # the whole host waits, not just this URL
                    host.next_start = max(host.next_start, loop.time() + delay)
                log.info("%s: %s: %s; try %d of %d in %.3g s", url, exc.kind, exc.message, attempt + 1,
                         self.options.tries, delay)
            else:
                try:
                    if self.archive is None or not hops:
                        return result, await self._extract(result)
                    archived = asyncio.ensure_future(self.archive.write_async(url, hops))
                    try:
                        article = await self._extract(result)
                    finally:
                        await archived  # written before the record is
                    return result, article
                finally:
                    body.release()
            if delay > SLOW_WAIT:
                step_aside()
            await asyncio.sleep(delay)
            attempt += 1

    async def _extract(self, result: FetchResult) -> dict[str, Any]:
        try:
            return await extract_with(self._pool, result.content, result.final_url, result.charset,
                                      result.content_type)
        except ExtractionError as exc:
            exc.url = result.url
            raise


_url_of = operator.itemgetter(1)


def _unexpected(item: tuple[int, str], exc: Exception) -> dict[str, Any]:
    index, url = item
    return error_record(url, InternalError(f"unexpected {type(exc).__name__}: {exc}", url=url), index)


# -- library entry points ----------------------------------------------------

async def scrape_many(urls: Iterable[str], options: ScrapeOptions | None = None,
                      **overrides: Any) -> AsyncGenerator[dict[str, Any], None]:
    """Scrape a list of URLs concurrently: an async iterator of records, as they are ready.

    Same options (`ScrapeOptions` or keyword overrides of its fields) and same
    records as `scraper batch`. `urls` may be any iterable (a file object works
    and is read lazily).
    """
    opts = resolve_options(options, **overrides)
    async with BatchEngine(opts) as engine:
        async for record in engine.records(urls):
            yield record


def scrape_many_sync(urls: Iterable[str], options: ScrapeOptions | None = None,
                     **overrides: Any) -> Iterator[dict[str, Any]]:
    """`scrape_many` for sync code: a generator of records.

    The event loop runs in a background thread, so fetching goes on while the
    caller handles a record; closing the generator early stops the run.
    """
    handoff: queue.Queue = queue.Queue(maxsize=64)
    stop = threading.Event()

    async def put(item: Any) -> bool:
        loop = asyncio.get_running_loop()
        while not stop.is_set():
            try:
                await loop.run_in_executor(None, functools.partial(handoff.put, item, timeout=0.1))
                return True
            except queue.Full:
                continue
        return False

    running: list[tuple[asyncio.AbstractEventLoop, asyncio.Task]] = []

    async def main() -> None:
        running.append((asyncio.get_running_loop(), cast(asyncio.Task, asyncio.current_task())))
        if stop.is_set():  # closed before the loop started
            return
        records = scrape_many(urls, options, **overrides)
        try:
            async for record in records:
                if not await put(record):
                    return
            await put(End())
        except Exception as exc:
            await put(Failure(exc))
        finally:  # here, not at the loop's end: the workers are stopped before the loop closes
            await records.aclose()

    def run() -> None:
        try:
            asyncio.run(main())
        except asyncio.CancelledError:  # closed early: the run was cancelled, as asked
            pass

    thread = threading.Thread(target=run, name="scraper-batch", daemon=True)
    thread.start()
    try:
        while True:
            item = handoff.get()
            if isinstance(item, End):
                return
            if isinstance(item, Failure):
                raise item.exc
            yield item
    finally:
        stop.set()
        if running:  # do not wait for the next record to notice: cancel the run now
            loop, task = running[0]
            try:
                loop.call_soon_threadsafe(task.cancel)
            except RuntimeError:  # the loop has ended already
                pass
        thread.join()


# -- the `scraper batch` engine ----------------------------------------------

async def run_batch_async(urls: Iterable[str] | str | Path | NumberedFile, output: str | Path | TextIO | Sink,
                          options: ScrapeOptions | None = None, *, retry_failed: bool = False,
                          progress: bool | None = None, total: int | None = None,
                          warc: str | Path | WarcWriter | None = None) -> BatchSummary:
    """Scrape `urls` into `output`, one flushed record at a time.

    `urls` is an iterable of lines, or a path ("-": stdin) or `NumberedFile` read lazily. `output` is
    a JSON Lines path, appended to and resumed: URLs it already records are
    skipped, a torn last line is repaired, and with `retry_failed` the error
    records of the list's URLs are removed first and those URLs redone (error
    records of URLs not in the list stay). It may also be an open text file (no
    resume) or any `Sink`. An output that is the list itself, is not a batch
    output, or is being written by another run raises OutputError. `progress`:
    None = a bar when stderr is a terminal. `total`: the URL count for the bar
    (counted here for a file path). `warc`: a .warc.gz (or an open `WarcWriter`)
    every fetch is also written to, resumed the same way (OutputError if it is
    not a WARC or another run writes it).
    """
    opts = options or ScrapeOptions()
    summary = BatchSummary(total=total)
    sink = as_sink(output)
    target = getattr(sink, "path", None)  # a file sink's file
    if isinstance(urls, (str, Path)) and str(urls) != "-" and target is not None and target.exists() \
            and os.path.samefile(urls, target):
        raise OutputError(f"{target} is the URL list itself; write the records to another file")
    spool: Path | None = None
    retry_only: UrlSet | None = None
    pairs: Iterator[tuple[int, str]] | None = None
    archive = warc if isinstance(warc, WarcWriter) or warc is None else WarcWriter(warc)

    async def records(skip: UrlSet | None, on_skip: OnSkip) -> AsyncIterator[dict[str, Any]]:
        assert pairs is not None
        async with BatchEngine(opts, archive=archive) as engine:
            async for record in engine.numbered_records(pairs, skip=skip, on_skip=on_skip):
                if archive is not None and archive.failure is not None:  # a record's fetch must be in it
                    raise archive.failure
                yield record

    try:
        if retry_failed:  # the list is read twice: its URLs, then the run (a stream is kept in a file first)
            if not (isinstance(urls, (NumberedFile, list, tuple)) or (isinstance(urls, (str, Path)) and str(urls) != "-")):
                urls = spool = _spool(urls)
            retry_only = UrlSet(url for _, url in _numbered(urls))
        if isinstance(urls, (str, Path)):
            show = sys.stderr.isatty() if progress is None else progress
            if total is None and show and str(urls) != "-":
                summary.total = count_urls(urls)
        pairs = _numbered(urls)
        if archive is not None:
            archive.open()
        return await run_into(sink, records, summary=summary, progress=progress, retry_failed=retry_failed,
                              retry_only=retry_only)
    finally:
        sink.close()
        if archive is not None and archive is not warc:
            archive.close()
        if pairs is not None and hasattr(pairs, "close"):
            pairs.close()
        if spool is not None:
            spool.unlink()


def _numbered(urls: Iterable[str] | str | Path | NumberedFile) -> Iterator[tuple[int, str]]:
    return iter(urls) if isinstance(urls, NumberedFile) else numbered_urls(urls)


def _spool(urls: Iterable[str] | str | Path) -> Path:
    """The URLs of a list read once (stdin, a generator) kept in a temporary file, to be read again."""
    fd, name = tempfile.mkstemp(prefix="scraper-urls-", suffix=".txt")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        for url in url_lines(urls):
            fh.write(url + "\n")
    return Path(name)


def run_batch(urls: Iterable[str] | str | Path | NumberedFile, output: str | Path | TextIO | Sink,
              options: ScrapeOptions | None = None, **kwargs: Any) -> BatchSummary:
    """`run_batch_async` from sync code (its own event loop; callable from any thread)."""
    return asyncio.run(run_batch_async(urls, output, options, **kwargs))

"""The shape every run has: source -> work (fetch and/or extract) -> sink.

    summary = await run_into(sink, records, progress=None, retry_failed=False)

`completed(items, work, ...)` runs `work` over a source's items with at most
`window` in flight and yields the results in completion order, skipping what
the output already holds and repeats; `run_into` resumes a sink (drops its
error records with `retry_failed`, reads what it holds), feeds the records of
`records(skip, on_skip)` into it, counts them and drives the progress bar. The
batch (URLs fetched, then extracted) and the bulk extraction of saved pages
are both this, with their own source and work.
"""
from __future__ import annotations

import asyncio
import contextvars
import logging
import time
from typing import Any, AsyncIterator, Awaitable, Callable, Iterable, TypeVar

from .errors import ExtractionError
from .progress import BatchProgress, BatchSummary
from .resume import UrlSet
from .sinks import Sink
from .workers import ExtractionPool, JobFailed, JobTimedOut, WorkerDied

__all__ = ["completed", "step_aside", "run_into", "extract_with", "Records", "OnSkip", "End", "Failure"]

log = logging.getLogger(__name__)

T = TypeVar("T")
Record = dict[str, Any]
OnSkip = Callable[[str], None]
#: records(skip, on_skip): the records of a run, skipping the keys in `skip` (each told to on_skip)
Records = Callable[[UrlSet | None, OnSkip], AsyncIterator[Record]]


#: how many more items than `window` may be waiting aside (see `step_aside`)
ASIDE_PER_WINDOW = 8

# Set in each task `completed` runs: gives the task's window seat to the next item (see `step_aside`).
_STEP_ASIDE: contextvars.ContextVar[Callable[[], bool] | None] = contextvars.ContextVar("scraper_step_aside",
                                                                                        default=None)


def step_aside() -> bool:
    """Called by work that is about to wait a long time (a slow host's turn): free its seat in the window.

    The next item of the source can then start, so one host that makes its URLs
    wait (Crawl-delay, Retry-After) does not hold up the others. A task that
    stepped aside still gives its result as usual. At most `ASIDE_PER_WINDOW *
    window` tasks wait aside (each holds only its item and a small coroutine);
    beyond that, or outside `completed`, nothing changes and this returns False.
    """
    leave = _STEP_ASIDE.get()
    return leave() if leave is not None else False


class End:
    """The end of a stream of results handed between tasks or threads."""


class Failure:
    """An exception handed between tasks or threads, to be raised by the receiver."""

    def __init__(self, exc: BaseException) -> None:
        self.exc = exc


async def completed(items: Iterable[T], work: Callable[[T], Awaitable[Record]], *, window: int,
                    key: Callable[[T], str], failed: Callable[[T, Exception], Record],
                    skip: UrlSet | None = None, on_skip: OnSkip | None = None) -> AsyncIterator[Record]:
    """`work(item)` for each item, at most `window` at once, yielded in completion order.

    `items` is read lazily, `window` ahead. An item whose `key` is in `skip` (already
    recorded) or was seen before is passed over and told to `on_skip("done")` /
    `on_skip("duplicate")`. `work` should give every item its record; if it raises
    anyway, `failed(item, exc)` is the record.
    """
    out: asyncio.Queue = asyncio.Queue()
    slots = asyncio.Semaphore(max(1, window))
    seen = UrlSet()
    tasks: set[asyncio.Task] = set()
    aside = [0]  # tasks waiting outside the window now
    max_aside = ASIDE_PER_WINDOW * max(1, window)

    async def run_one(item: T) -> None:
        seat = [True]  # holds a window slot

        def leave() -> bool:
            if seat[0]:
                if aside[0] >= max_aside:
                    return False
                seat[0] = False
                aside[0] += 1
                slots.release()
            return True

        _STEP_ASIDE.set(leave)
        try:
            record = await work(item)
        except Exception as exc:  # a bug must still give the item its record
            record = failed(item, exc)
        out.put_nowait((seat[0], record))

    async def produce() -> None:
        try:
            for n, item in enumerate(items):
                if n % 1000 == 999:
                    await asyncio.sleep(0)  # a long run of skipped items must not starve the loop
                k = key(item)
                if skip is not None and k in skip:
                    if on_skip:
                        on_skip("done")
                    continue
                if not seen.add(k):
                    if on_skip:
                        on_skip("duplicate")
                    continue
                await slots.acquire()
                task = asyncio.create_task(run_one(item))
                tasks.add(task)
                task.add_done_callback(tasks.discard)
            while tasks:
                await asyncio.wait(set(tasks))
            out.put_nowait(End())
        except asyncio.CancelledError:
            raise
        except BaseException as exc:  # reading the input failed
            out.put_nowait(Failure(exc))

    producer = asyncio.create_task(produce())
    try:
        while True:
            result = await out.get()
            if isinstance(result, End):
                break
            if isinstance(result, Failure):
                raise result.exc
            seated, record = result
            if seated:
                slots.release()
            else:
                aside[0] -= 1
            yield record
    finally:
        producer.cancel()
        for task in list(tasks):
            task.cancel()
        await asyncio.gather(producer, *tasks, return_exceptions=True)


async def run_into(sink: Sink, records: Records, *, summary: BatchSummary | None = None,
                   progress: bool | None = None, retry_failed: bool = False, retry_only: UrlSet | None = None,
                   label: str = "batch") -> BatchSummary:
    """Write the records of a run into `sink`, resuming it; the run's counts.

    With `retry_failed` the sink's error records are dropped first (their keys run
    again; with `retry_only`, only the records of those keys: the others stay as they
    are); the keys it holds then are skipped. `progress`: a bar on stderr (None:
    when stderr is a terminal), labelled `label`, advanced for every key.
    """
    summary = summary or BatchSummary()
    started = time.monotonic()
    if retry_failed:
        summary.retried = sink.drop_errors(retry_only)
        log.info("%d error records removed from the output, to be redone", summary.retried)
    done = sink.recorded()
    if len(done):
        log.info("%d records already in the output: skipped", len(done))
    bar = BatchProgress(summary.total, progress, label=label)

    def skipped(why: str) -> None:
        if why == "done":
            summary.skipped += 1
        else:
            summary.duplicates += 1
        bar.advance(None)

    try:
        with bar:
            async for record in records(done if len(done) else None, skipped):
                sink.write(record)
                bar.advance(summary.count(record))
    finally:
        summary.seconds = time.monotonic() - started
        log.info("%s", summary.line())
    return summary


#: The kinds of ExtractionError a job's failure keeps in its record (any other is "extraction"): every
#: subclass's, read from the hierarchy (errors.py), not listed again here.
_FAILED_KINDS: dict[str, type[ExtractionError]] = {c.kind: c for c in ExtractionError.__subclasses__()}


async def extract_with(pool: ExtractionPool, content: bytes, url: str | None, *args: Any) -> Any:
    """The pool's job on one page; a worker that died on it (crash, OOM kill) gets one more try.

    Raises ExtractionError when the job raised, ran over the pool's time limit (not
    tried again: it would again) or the worker died twice.
    """
    for _ in range(2):
        try:
            return await pool.extract(content, url, *args)
        except JobFailed as exc:  # (the kinds a worker's memory bound gives are kept)
            raise _FAILED_KINDS.get(exc.kind or "", ExtractionError)(f"could not extract: {exc}", url=url) from None
        except JobTimedOut as exc:
            raise ExtractionError(f"extraction stopped: {exc} (--extract-timeout)", url=url) from None
        except WorkerDied:
            continue
    raise ExtractionError("the extraction worker died on this page", url=url)

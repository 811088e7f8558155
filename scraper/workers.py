"""Extraction off the event loop: worker processes fed over their stdin and stdout.

    pool = ExtractionPool(size=2)
    await pool.start()
    article = await pool.extract(content, url, charset)   # job(content, *args): extract_job's Article.to_dict()
    await pool.close()

The batch engine hands every page to `pool.extract`. Each worker is a fresh
interpreter (`python -c <_WORKER_MAIN> MODULE:FUNCTION`) started with asyncio's
subprocess support; the event loop writes a job (a small header, then the
page's bytes, not pickled) to the worker's stdin and reads the pickled result
from its stdout. Nothing here blocks the loop and no helper thread runs.

Why not `concurrent.futures.ProcessPoolExecutor`: per page it costs the main
process a manager thread's and a queue-feeder thread's CPU on top of pickling
the body, and those threads fight the event loop for the GIL. Measured with
155 KB pages (2 workers, 5,000 jobs): main-process CPU per page 0.38 ms with
the executor, 0.14 ms with direct pipes; worker-side overhead 0.26 -> 0.08 ms.
On a machine where extraction already fills every core, that CPU comes
straight out of throughput.

Why a fresh interpreter and not multiprocessing's fork/forkserver/spawn: no
fork of a process that has threads, no re-import of the caller's script (a
script calling `scrape_many_sync` needs no `if __name__ == "__main__":`
guard), nothing inherited but the pipes, and it works from daemonic processes
(Dask workers) too. The price is one interpreter start (~0.8 s CPU) per worker.

Scheduling: a job goes to a worker with fewer than `PER_WORKER` jobs sent (one
running, one waiting in its pipe, so a worker never idles between pages), else
waits in the pool's queue, so a slow page holds up at most the one job queued
behind it; the rest go to the other workers. A worker that dies (crash, OOM
kill) fails its jobs with `WorkerDied` and is replaced; the caller decides
whether to try a job again. Workers ignore Ctrl-C (the parent handles it) and
exit at the end of their stdin, which the system closes when the parent dies.
"""
from __future__ import annotations

import asyncio
import importlib
import logging
import os
import pickle
import signal
import struct
import subprocess
import sys
import time
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from typing import Any, BinaryIO, Callable, cast

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]
try:
    import resource
except ImportError:  # Windows
    resource = None  # type: ignore[assignment]

__all__ = ["ExtractionPool", "WorkerDied", "JobFailed", "JobTimedOut", "extract_job", "extract_text_job"]

log = logging.getLogger(__name__)

# Run isolated (-I: no current folder, script folder, PYTHON* variables or user site on the path),
# with the parent's module path handed over in argv[2] (see `_module_path`).
_WORKER_MAIN = ("import os, sys; sys.path[:0] = [p for p in sys.argv[2].split(os.pathsep) if p]; "
                "from scraper.workers import main; main(sys.argv)")
PIPE_BYTES = 1 << 20  # a worker's stdin pipe (Linux), so that a page goes in at one write
PER_WORKER = 2  # jobs sent to one worker at once: one running, one ready behind it
CLOSE_GRACE = 1.0  # seconds workers get to finish at close (an idle worker exits at once)
MAX_BIRTH_DEATHS = 8  # workers dying before their first answer, in a row, before the pool gives up
_JOB = struct.Struct("!II")  # header length, body length; then the header (pickled), then the body
_REPLY = struct.Struct("!I")  # result length; then the pickled result (length 0: the worker is ready)


class JobTimedOut(Exception):
    """The job ran past the pool's time limit; its worker was stopped."""


class WorkerDied(Exception):
    """The worker process running a job ended before answering."""


class JobFailed(Exception):
    """The job raised in the worker; the message says what, `kind` the `ScraperError` kind it raised (or None)."""

    def __init__(self, message: str, kind: str | None = None) -> None:
        super().__init__(message)
        self.kind = kind


def extract_job(content: bytes, url: str | None, charset: str | None,
                content_type: str | None = None) -> dict[str, Any]:
    """Extract one page in a worker: bytes in (with its HTTP charset and Content-Type, if known),
    `Article.to_dict()` out."""
    from .extract import extract

    return extract(content, url, http_charset=charset, content_type=content_type).to_dict()


def extract_text_job(content: bytes, url: str | None, charset: str | None,
                     content_type: str | None = None) -> dict[str, Any]:
    """`extract_job` for a page known to be a plain-text dump (UTF-8, or the charset given)."""
    from .extract import extract_text

    return extract_text(content.decode(charset or "utf-8", errors="replace"), url).to_dict()


# -- the worker process ------------------------------------------------------------

def _read_exactly(stream: BinaryIO, n: int) -> bytes | None:
    data = stream.read(n)
    return data if len(data) == n else None


# A page the worker extracts once before it says it is ready: the first call's costs (regex
# compiles, lazy tables: ~25 ms CPU, far more on a loaded machine) are then no page's time.
WARM_UP_PAGE = (b"<html lang=en><head><title>Warm up</title></head><body><article><h1>Warm up</h1>"
                b"<p>By Jane Roe, 5 March 2019</p><figure><img src=a.jpg><figcaption>A caption. Photo: Ann Lee"
                b"</figcaption></figure><p>The first paragraph of the warm-up page.</p></article></body></html>")


def serve(job: Callable[..., Any], jobs: BinaryIO, replies: BinaryIO) -> None:
    """A worker's life: warm up, say it is ready, then read a job, run it, write the result; stop at the
    end of `jobs`. A job's time limit counts from the ready reply, so warming up first keeps the first
    page's limit its own."""
    try:
        job(WARM_UP_PAGE, None, None)
    except Exception:  # noqa: BLE001 - a job that fails here fails again on its real pages, in their records
        pass
    try:
        replies.write(_REPLY.pack(0))  # an empty reply: started and imported (a job's time counts from here)
        replies.flush()
    except OSError:
        return
    while True:
        head = _read_exactly(jobs, _JOB.size)
        if head is None:
            return
        head_len, body_len = _JOB.unpack(head)
        header, body = _read_exactly(jobs, head_len), _read_exactly(jobs, body_len)
        if header is None or body is None:
            return
        args = pickle.loads(header)
        try:
            reply: tuple[str, Any] = ("ok", job(body, *args))
        except Exception as exc:  # the job's failure is the caller's record, not the worker's death
            reply = ("error", (f"{type(exc).__name__}: {exc}", getattr(exc, "kind", None)))
        data = pickle.dumps(reply, protocol=pickle.HIGHEST_PROTOCOL)
        try:
            replies.write(_REPLY.pack(len(data)) + data)
            replies.flush()
        except OSError:  # the pool closed while this job ran
            return


def _job_name(job: Callable[..., Any]) -> str:
    return f"{job.__module__}:{job.__qualname__}"


def _find_job(name: str) -> Callable[..., Any]:
    module, _, qualname = name.partition(":")
    found: Any = importlib.import_module(module)
    for part in qualname.split("."):
        found = getattr(found, part)
    return found


def limit_memory(mib: int | None) -> None:
    """Bound this process's address space to `mib` MiB (None or 0: no bound; where the system has no
    such limit, nothing): past it an allocation fails (MemoryError in Python, lexbor's parse fails)
    instead of the machine running out."""
    if not mib or resource is None:
        return
    limit = mib << 20
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def main(argv: list[str]) -> None:
    """A worker's entry point (argv: [_, "MODULE:FUNCTION", path, memory MiB]): serve jobs from stdin to stdout."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    limit_memory(int(argv[3]) if len(argv) > 3 else None)
    job = _find_job(argv[1])
    jobs = os.fdopen(os.dup(0), "rb", buffering=1 << 18)
    replies = os.fdopen(os.dup(1), "wb", buffering=1 << 16)
    os.dup2(2, 1)  # whatever the job prints goes to stderr, never into the replies
    sys.stdout = sys.stderr
    serve(job, jobs, replies)


# -- the parent's side -----------------------------------------------------------------

def _module_path(job: Callable[..., Any]) -> list[str]:
    """The folders a worker imports from: this process's, less the current folder.

    A worker must not pick up a `json.py` or `selectolax.py` lying in the folder
    the command was run from. The current folder stays only when this package or
    the job's module comes from it (a source checkout run with `python -m`).
    """
    cwd = os.path.realpath(os.getcwd())
    homes = {_home(sys.modules.get(__name__.partition(".")[0])), _home(sys.modules.get(job.__module__))}
    path = []
    for entry in sys.path:
        real = os.path.realpath(entry) if entry else cwd
        if real == cwd and real not in homes:
            continue
        path.append(real)
    return path


def _home(module: Any) -> str | None:
    """The sys.path folder `module` was imported from."""
    file = getattr(module, "__file__", None)
    if not file:
        return None
    depth = module.__name__.count(".") + (1 if os.path.basename(file) == "__init__.py" else 0)
    folder = os.path.dirname(os.path.realpath(file))
    for _ in range(depth):
        folder = os.path.dirname(folder)
    return folder


def _widen_pipe(pipe: Any) -> None:
    """Let a whole page fit in the worker's stdin pipe (Linux: 64 KB by default, here 1 MB).

    A 155 KB page through a 64 KB pipe takes three rounds of the loop writing and
    the worker reading, each a pair of context switches that cost the worker its
    CPU caches; in one piece it costs one.
    """
    setsize = getattr(fcntl, "F_SETPIPE_SZ", None) if fcntl is not None else None
    if setsize is None:
        return
    try:
        fcntl.fcntl(pipe.get_extra_info("pipe").fileno(), setsize, PIPE_BYTES)
    except (OSError, AttributeError, ValueError):  # over /proc/sys/fs/pipe-max-size, or not a pipe
        pass


class _Worker(asyncio.SubprocessProtocol):
    """One worker process as seen from the event loop: its pipes and its jobs in order."""

    def __init__(self, on_free: Callable[[], None], on_death: Callable[["_Worker"], None]) -> None:
        self.transport: asyncio.SubprocessTransport | None = None
        self.sent: deque[asyncio.Future] = deque()
        self.alive = True
        self.answered = 0
        self.ready = False  # started and imported (its first, empty, reply)
        self.started = 0.0  # time.monotonic() when the job at the head of `sent` began (once ready)
        self.timed_out = False  # stopped for running past the time limit
        self.exited = asyncio.Event()
        self._buffer = bytearray()
        self._on_free, self._on_death = on_free, on_death

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def send(self, content: bytes, args: tuple[Any, ...], future: asyncio.Future) -> None:
        """Write one job to the worker's stdin; `future` gets its result."""
        header = pickle.dumps(args, protocol=pickle.HIGHEST_PROTOCOL)
        assert self.transport is not None
        stdin = cast(asyncio.WriteTransport, self.transport.get_pipe_transport(0))
        stdin.writelines([_JOB.pack(len(header), len(content)), header, content])
        if not self.sent:
            self.started = time.monotonic()
        self.sent.append(future)

    def pipe_data_received(self, fd: int, data: bytes) -> None:
        if not self.alive or self.timed_out:  # a late answer: its job has its error already, or no one waits
            return
        buffer = self._buffer
        buffer += data
        while len(buffer) >= _REPLY.size:
            (size,) = _REPLY.unpack_from(buffer)
            end = _REPLY.size + size
            if len(buffer) < end:
                break
            if size == 0:  # ready: the jobs sent while it started begin now
                del buffer[:end]
                self.ready, self.started = True, time.monotonic()
                continue
            status, value = pickle.loads(memoryview(buffer)[_REPLY.size:end])
            del buffer[:end]
            future = self.sent.popleft()
            self.started = time.monotonic()  # the next job, already in the pipe, begins
            if not future.done():  # else its caller gave up (cancelled)
                if status == "ok":
                    future.set_result(value)
                else:
                    future.set_exception(JobFailed(*value))
            self.answered += 1
            self._on_free()

    def stop_if_over(self, limit: float) -> bool:
        """Kill the worker if its current job has run over `limit` seconds; that job fails with JobTimedOut."""
        if not (self.alive and self.ready and self.sent and time.monotonic() - self.started > limit) \
                or self.timed_out:
            return False
        self.timed_out = True
        future = self.sent.popleft()
        if not future.done():
            future.set_exception(JobTimedOut(f"over the {limit:g} s limit"))
        if self.transport is not None:
            self.transport.kill()  # the jobs behind it fail with WorkerDied and are tried elsewhere
        return True

    def pipe_connection_lost(self, fd: int, exc: Exception | None) -> None:
        self._died()  # stdin or stdout closed: the worker is gone or going

    def process_exited(self) -> None:
        self.exited.set()
        self._died()

    def _died(self) -> None:
        if not self.alive:
            return
        self.alive = False
        while self.sent:
            future = self.sent.popleft()
            if not future.done():
                future.set_exception(WorkerDied("the extraction worker died"))
        self._on_death(self)


class ExtractionPool:
    """`size` worker processes running `job(content, *args)`; `size=0`: one thread here.

    `job` must be a module-level function (the workers import it by name); its
    arguments after the page's bytes are pickled, so keep them small. `timeout`:
    seconds a job may run before its worker is killed and the job fails with
    JobTimedOut (None: no limit; a thread, `size=0`, cannot be stopped and has none).
    `memory`: MiB of address space each worker may take (`limit_memory`; None: no bound;
    a thread has none).
    """

    def __init__(self, size: int, job: Callable[..., Any] = extract_job, timeout: float | None = None,
                 memory: int | None = None) -> None:
        self.size = max(0, size)
        self.job = job
        self.timeout = timeout if timeout and timeout > 0 else None
        self.memory = memory if memory and memory > 0 else None
        self._watch: asyncio.TimerHandle | None = None
        self._workers: list[_Worker] = []
        self._queue: deque[tuple[bytes, tuple[Any, ...], asyncio.Future]] = deque()
        self._thread: ThreadPoolExecutor | None = None
        self._closed = False
        self._deaths = 0  # of workers that never answered, in a row
        self._spawning: set[asyncio.Task] = set()

    async def start(self) -> None:
        """Start the workers."""
        if self.size == 0:
            self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="scraper-extract")
            return
        await asyncio.gather(*(self._spawn() for _ in range(self.size)))
        log.info("%d extraction worker processes started", self.size)
        if self.timeout is not None:
            self._check_times()

    def _check_times(self) -> None:
        """Stop the workers whose job runs over the time limit; again in a moment."""
        for worker in list(self._workers):
            if worker.stop_if_over(self.timeout):  # type: ignore[arg-type]
                log.warning("an extraction job ran over %g s: its worker is stopped", self.timeout)
        if not self._closed:
            interval = min(1.0, self.timeout / 4)  # type: ignore[operator]
            self._watch = asyncio.get_running_loop().call_later(interval, self._check_times)

    async def _spawn(self) -> None:
        loop = asyncio.get_running_loop()
        transport, worker = await loop.subprocess_exec(
            lambda: _Worker(self._dispatch, self._replace),
            sys.executable, "-I", "-c", _WORKER_MAIN, _job_name(self.job), os.pathsep.join(_module_path(self.job)),
            str(self.memory or 0),
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=None,
        )
        if self._closed:
            transport.close()
            return
        _widen_pipe(transport.get_pipe_transport(0))
        self._workers.append(worker)
        self._dispatch()

    def _replace(self, worker: _Worker) -> None:
        """A worker ended: start another, unless the pool is closing or workers die at birth."""
        if self._closed:  # close() ends the workers itself
            return
        if worker in self._workers:
            self._workers.remove(worker)
        if worker.transport is not None:
            worker.transport.close()  # kills it if it lingers, and reaps it
        self._deaths = 0 if worker.answered or worker.timed_out else self._deaths + 1
        if self._deaths > MAX_BIRTH_DEATHS:  # broken (cannot import, killed at once): fail, do not loop
            log.error("extraction workers die as they start (%d in a row): giving up", self._deaths)
            self._fail_queue()
            return
        log.warning("an extraction worker died (after %d pages); starting another", worker.answered)
        task = asyncio.get_running_loop().create_task(self._spawn())
        self._spawning.add(task)
        task.add_done_callback(self._spawning.discard)

    def _fail_queue(self) -> None:
        while self._queue:
            future = self._queue.popleft()[-1]
            if not future.done():
                future.set_exception(WorkerDied("the extraction workers keep dying"))

    def _dispatch(self) -> None:
        """Send queued jobs to workers with room, least busy first."""
        while self._queue:
            ready = [w for w in self._workers if w.alive and len(w.sent) < PER_WORKER]
            if not ready:
                return
            worker = min(ready, key=lambda w: len(w.sent))
            content, args, future = self._queue.popleft()
            if not future.done():
                worker.send(content, args, future)

    async def extract(self, content: bytes, *args: Any) -> Any:
        """`job(content, *args)`. Raises JobFailed (the job raised) or WorkerDied (its worker ended)."""
        loop = asyncio.get_running_loop()
        if self._thread is not None:
            try:
                return await loop.run_in_executor(self._thread, self.job, content, *args)
            except Exception as exc:
                raise JobFailed(f"{type(exc).__name__}: {exc}", getattr(exc, "kind", None)) from None
        if self._deaths > MAX_BIRTH_DEATHS:
            raise WorkerDied("the extraction workers keep dying")
        future = loop.create_future()
        self._queue.append((content, args, future))
        self._dispatch()
        return await future

    async def close(self) -> None:
        """Stop the workers: end their input, give them a moment, then kill what is left."""
        self._closed = True
        if self._watch is not None:
            self._watch.cancel()
        if self._thread is not None:
            self._thread.shutdown(wait=True, cancel_futures=True)
        for task in list(self._spawning):
            task.cancel()
        await asyncio.gather(*self._spawning, return_exceptions=True)
        workers, self._workers = self._workers, []
        for worker in workers:
            if worker.transport is not None:
                cast(asyncio.WriteTransport, worker.transport.get_pipe_transport(0)).abort()  # drop unsent jobs: EOF
        if workers:
            exits = [asyncio.ensure_future(w.exited.wait()) for w in workers]
            _, late = await asyncio.wait(exits, timeout=CLOSE_GRACE)
            for exit_ in late:
                exit_.cancel()
            for worker in workers:
                if worker.transport is not None:
                    if not worker.exited.is_set():
                        worker.transport.kill()
                        await worker.exited.wait()
                    worker.transport.close()
        for *_, future in self._queue:
            future.cancel()
        self._queue.clear()


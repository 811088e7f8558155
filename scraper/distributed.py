"""The batch across a Dask cluster, sharded by host (`scraper batch ... --dask`).

    from distributed import Client
    from scraper.distributed import scrape_to_dir

    summary = scrape_to_dir("urls.txt", "out/", client=Client("tcp://scheduler:8786"))

How it works:

1. The driver streams the URL list once and appends every line to the shard file of its
   partition, ``OUTDIR/_shards/part-NNNNN.urls``. The partition of a URL is a stable hash
   (CRC-32) of its lower-cased host, so every URL of a host lands in one partition: one
   host is fetched by one worker at a time, and the engine's per-host limit, delay and
   robots.txt cache hold across the whole cluster. Lines with no host (invalid URLs) go
   to partition 0; duplicate lines land in the same partition, where the engine's own
   dedupe sees them. ``_shards/_manifest.json`` (partition count, input digest) is
   written last and pins the sharding for re-runs.
2. One Dask task per non-empty partition runs the single-machine batch engine over its
   shard file, appending records to ``OUTDIR/part-NNNNN.jsonl.tmp`` and renaming it to
   ``part-NNNNN.jsonl`` once the partition is complete. Tasks return small summaries,
   never records: the driver holds neither the URL list nor the records. A task extracts
   in one process of its own, under ``--extract-memory`` and ``--extract-timeout``
   (`task_options`): a hostile page is its own record, not the Dask worker's end.
3. ``_SUCCESS`` is written when every part is complete.

Faults: a worker that dies mid-task has its task re-run by Dask on another worker; the
new attempt resumes the ``.tmp`` part (torn last line repaired, URLs already recorded
skipped), so every URL is recorded exactly once. Re-running after a crash skips complete
parts and resumes the others. A file lock per partition keeps a stale attempt (a driver
that died while its tasks run on a long-lived cluster) from writing next to a new one.

Dask is an optional extra (``pip install 'byline-scraper[dask]'``): this module imports it
lazily and raises `DaskMissing` with that hint when it is absent.
"""
from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import logging
import os
import time
import uuid
import zlib
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator
from urllib.parse import urlsplit

from .errors import ScraperError
from .sources import NumberedFile, numbered_line, url_lines

__all__ = [
    "scrape_to_dir", "DistributedSummary", "PartSummary", "DaskMissing", "OutdirMismatch",
    "partition_of", "host_of", "connect",
]

log = logging.getLogger(__name__)

SHARD_DIR = "_shards"
MANIFEST = "_manifest.json"
SUCCESS = "_SUCCESS"
INVALID_PARTITION = 0  # lines with no host (invalid URLs) all go here
PARTITIONS_PER_THREAD = 4  # default partitions: this many per worker thread, for balance
MAX_PARTITIONS = 4096
SHARD_BUFFER = 16 * 1024 * 1024  # bytes of URLs the driver buffers while sharding
DEFAULT_RETRIES = 3  # Dask retries of a task that raised (worker deaths: allowed-failures)
INSTALL_HINT = "pip install 'byline-scraper[dask]' (or, in a checkout: pip install '.[dask]')"


class DaskMissing(ImportError):
    """Dask distributed is not installed."""

    def __init__(self) -> None:
        super().__init__(f"--dask needs Dask distributed, which is not installed: {INSTALL_HINT}")


class OutdirMismatch(ScraperError):
    """OUTDIR holds a run over another URL list or another partition count."""

    kind = "outdir"


def require_distributed() -> Any:
    """The `distributed` module, or `DaskMissing` with the install hint."""
    try:
        import distributed
    except ImportError as exc:
        raise DaskMissing() from exc
    return distributed


# --- sharding ---------------------------------------------------------------------------

def host_of(url: str) -> str | None:
    """The lower-cased host of an http(s) URL; None when the line is not one."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not host:
        return None
    return host.rstrip(".")


def partition_of(url: str, partitions: int) -> int:
    """The partition of `url`: a stable hash of its host (the same in every process and run)."""
    host = host_of(url)
    if host is None:
        return INVALID_PARTITION
    return zlib.crc32(host.encode("utf-8", "surrogatepass")) % partitions


def part_name(index: int, fmt: str = "jsonl") -> str:
    """`part-00042.jsonl` (or `.csv`)."""
    return f"part-{index:05d}.{fmt}"


def shard_path(outdir: Path, index: int) -> Path:
    return outdir / SHARD_DIR / f"part-{index:05d}.urls"


def _shard_tmp(outdir: Path, index: int) -> Path:
    return outdir / SHARD_DIR / f"part-{index:05d}.urls.tmp"


#: shard lines are `numbered_line`s (input position, tab, URL) since version 2
SHARD_VERSION = 2


@dataclass
class Manifest:
    partitions: int
    urls: int
    sha256: str
    counts: list[int]
    version: int = SHARD_VERSION
    format: str = "jsonl"  # of the part files

    @property
    def nonempty(self) -> list[int]:
        return [i for i, n in enumerate(self.counts) if n]


def read_manifest(outdir: Path) -> Manifest | None:
    path = outdir / SHARD_DIR / MANIFEST
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return Manifest(data["partitions"], data["urls"], data["sha256"], data["counts"], data.get("version", 1),
                    data.get("format", "jsonl"))


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def write_shards(lines: Iterable[str], outdir: Path, partitions: int, fmt: str = "jsonl") -> Manifest:
    """Stream `lines` into one shard file per partition; the manifest is written last.

    If OUTDIR already holds a manifest, the shards are kept: the input is only hashed
    and must be the same list (else `OutdirMismatch`).
    """
    shard_dir = outdir / SHARD_DIR
    shard_dir.mkdir(parents=True, exist_ok=True)
    existing = read_manifest(outdir)
    if existing is not None and existing.version != SHARD_VERSION:
        raise OutdirMismatch(f"{outdir} holds a run of another version of this program; "
                             "use another output folder or delete it")
    if existing is not None:
        digest, count = hashlib.sha256(), 0
        for line in lines:
            digest.update(line.encode("utf-8", "surrogatepass") + b"\n")
            count += 1
        if digest.hexdigest() != existing.sha256:
            raise OutdirMismatch(
                f"{outdir} holds a run over another URL list ({existing.urls} URLs, now {count}); "
                "use another output folder or delete it")
        return existing
    if not 1 <= partitions <= MAX_PARTITIONS:
        raise ValueError(f"partitions must be between 1 and {MAX_PARTITIONS}, not {partitions}")
    for stale in shard_dir.glob("part-*.urls.tmp"):  # from a sharding that was interrupted
        stale.unlink()
    buffers: dict[int, list[bytes]] = {}
    buffered = 0
    counts = [0] * partitions
    digest = hashlib.sha256()

    def flush() -> None:  # bounded memory and open files, whatever the list's length
        for index, chunk in buffers.items():
            with open(_shard_tmp(outdir, index), "ab") as fh:
                fh.writelines(chunk)
        buffers.clear()

    for position, line in enumerate(lines):
        digest.update(line.encode("utf-8", "surrogatepass") + b"\n")
        raw = numbered_line(position, line).encode("utf-8", "surrogatepass")
        index = partition_of(line, partitions)
        buffers.setdefault(index, []).append(raw)
        counts[index] += 1
        buffered += len(raw)
        if buffered > SHARD_BUFFER:
            flush()
            buffered = 0
    flush()
    for index, count in enumerate(counts):
        if count:
            with open(_shard_tmp(outdir, index), "rb") as fh:
                os.fsync(fh.fileno())
            os.replace(_shard_tmp(outdir, index), shard_path(outdir, index))
    manifest = Manifest(partitions, sum(counts), digest.hexdigest(), counts, format=fmt)
    _write_atomic(shard_dir / MANIFEST, json.dumps(asdict(manifest)))
    return manifest


# --- one partition (runs on a worker) ---------------------------------------------------

@dataclass
class PartSummary:
    """What a task sends back to the driver: counts, never records."""

    partition: int
    ok: int = 0  # articles recorded by this run
    failed: int = 0  # error records written by this run
    errors: dict[str, int] = field(default_factory=dict)  # error kind -> records, this run
    skipped: int = 0  # records already in the part (complete, or kept from an earlier attempt)
    duplicates: int = 0
    retried: int = 0
    complete_before: bool = False  # the part was complete: nothing run
    seconds: float = 0.0
    worker: str | None = None


@contextlib.contextmanager
def _partition_lock(outdir: Path, index: int) -> Iterator[None]:
    """One attempt at a time per partition, even if a stale attempt still runs somewhere."""
    with open(outdir / SHARD_DIR / f"part-{index:05d}.lock", "a") as fh:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def _part_counts(path: Path, fmt: str) -> tuple[int, int]:
    """(articles, error records) of a part file."""
    from .sinks import open_sink

    ok = failed = 0
    for _, is_error in open_sink(path, fmt).scan():
        failed += is_error
        ok += not is_error
    return ok, failed


def run_partition(index: int, outdir: str, options: Any, retry_failed: bool = False,
                  fmt: str = "jsonl") -> dict[str, Any]:
    """Run the batch engine over one shard into its part; return a `PartSummary` as a dict.

    The engine appends to ``part-NNNNN.jsonl.tmp`` (or ``.csv.tmp``) and resumes it (torn
    last record cut, URLs already recorded skipped), so a re-run attempt after a worker
    died records every URL exactly once; the complete part is renamed to ``part-NNNNN.jsonl``.
    """
    from .batch import run_batch
    from .sinks import open_sink

    start = time.monotonic()
    out = Path(outdir)
    final = out / part_name(index, fmt)
    tmp = out / (part_name(index, fmt) + ".tmp")
    done = out / SHARD_DIR / f"part-{index:05d}.done.json"
    summary = PartSummary(index, worker=_worker_address())
    with _partition_lock(out, index):
        if final.exists():
            counts = json.loads(done.read_text(encoding="utf-8")) if done.exists() else None
            if counts is None:
                ok, failed = _part_counts(final, fmt)
                counts = {"ok": ok, "failed": failed}
            if not (retry_failed and counts["failed"]):
                summary.complete_before = True
                summary.skipped = counts["ok"] + counts["failed"]
                return asdict(summary)
            os.replace(final, tmp)  # reopen it: the engine drops its error records and redoes them
        batch = run_batch(NumberedFile(shard_path(out, index)), open_sink(tmp, fmt), options,
                          retry_failed=retry_failed, progress=False)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        ok, failed = _part_counts(tmp, fmt)
        _write_atomic(done, json.dumps({"ok": ok, "failed": failed}))
        os.replace(tmp, final)
    summary.ok, summary.failed, summary.errors = batch.ok, batch.failed, dict(batch.errors)
    summary.skipped, summary.duplicates, summary.retried = batch.skipped, batch.duplicates, batch.retried
    summary.seconds = time.monotonic() - start
    return asdict(summary)


def _worker_address() -> str | None:
    try:
        from distributed import get_worker

        return get_worker().address
    except (ImportError, ValueError):
        return None


# --- the driver -------------------------------------------------------------------------

def task_options(options: Any) -> Any:
    """The engine options of a task: one extraction process (workers.ExtractionPool) when a bound is
    asked for, else extraction in the task's thread.

    One Dask worker process per core is the parallelism, so a task takes one extraction process,
    not one per core. That process is what bounds a page: `extract_memory` is its address space
    (RLIMIT_AS: a page over it is recorded as "memory" or "unparsable" and the next page goes on)
    and `extract_timeout` its time (it is killed and replaced). A thread has neither: one hostile
    page could take the whole Dask worker's memory, or its thread for good. The price is a second
    interpreter per task (started while the first pages are fetched) and a pipe per page.
    """
    bounded = bool(options.extract_memory or options.extract_timeout)
    return options.replace(workers=1 if bounded else 0)


@dataclass
class DistributedSummary:
    """A cluster run: the batch's counts (`batch`, a `BatchSummary`) and the parts'."""

    outdir: str
    partitions: int  # the partition count (some may be empty: no part file)
    parts: int  # non-empty partitions, one part file each
    batch: Any = None  # scraper.batch.BatchSummary over all parts (this run's records)
    parts_skipped: int = 0  # complete before this run
    failed_parts: dict[int, str] = field(default_factory=dict)  # partition -> why it failed

    @property
    def complete(self) -> bool:
        """Every part written (and `_SUCCESS` with it)."""
        return not self.failed_parts

    def line(self) -> str:
        text = self.batch.line() + f"; {self.parts} parts in {self.outdir}"
        if self.parts_skipped:
            text += f" ({self.parts_skipped} complete before)"
        if self.failed_parts:
            text += f"; {len(self.failed_parts)} parts FAILED, no _SUCCESS (run again to resume)"
        return text


def default_partitions(client: Any) -> int:
    threads = sum(client.nthreads().values()) or 1
    return min(MAX_PARTITIONS, PARTITIONS_PER_THREAD * threads)


def scrape_to_dir(
    urls: Iterable[str] | str | os.PathLike[str],
    outdir: str | os.PathLike[str],
    *,
    client: Any,
    options: Any = None,
    partitions: int | None = None,
    retry_failed: bool = False,
    retries: int = DEFAULT_RETRIES,
    progress: bool | None = False,
    on_part: Callable[[PartSummary], None] | None = None,
    fmt: str = "jsonl",
) -> DistributedSummary:
    """Scrape `urls` (an iterable of lines, or the path of a URL file, streamed) into OUTDIR.

    `client` is a `distributed.Client`; `options` a `ScrapeOptions` (each task extracts in one
    process of its own, ``workers=1``, under the options' memory and time bounds: see `task_options`).
    `partitions` defaults to 4 per worker thread on a first run, and to the recorded count when OUTDIR holds an earlier run of the
    same list. `retry_failed` redoes the error records of complete parts too. `on_part`
    is called on the driver as each part completes; `progress` shows the batch's bar on
    stderr (None: when it is a terminal), advanced as parts complete. A part that fails all its tries is
    reported in `failed_parts`, not raised; `_SUCCESS` is written only when all are done.
    `fmt`: the parts' format, jsonl or csv (fixed by the first run of OUTDIR).
    """
    from .batch import BatchSummary
    from .options import ScrapeOptions
    from .progress import BatchProgress

    distributed = require_distributed()
    started = time.monotonic()
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    recorded = read_manifest(out)
    if recorded is not None and partitions is not None and partitions != recorded.partitions:
        raise OutdirMismatch(
            f"{out} was sharded into {recorded.partitions} partitions, not {partitions}; "
            "use another output folder or the same count")
    if recorded is not None and fmt != recorded.format:
        raise OutdirMismatch(f"{out} holds {recorded.format} parts, not {fmt}; use another output folder "
                             "or the same --format")
    if fmt not in ("jsonl", "csv"):
        raise ValueError(f"--dask writes jsonl or csv parts, not {fmt}")
    manifest = write_shards(url_lines(urls), out, partitions or default_partitions(client), fmt)
    if retry_failed:
        (out / SUCCESS).unlink(missing_ok=True)
    options = task_options(options or ScrapeOptions())
    total = BatchSummary(total=manifest.urls)
    summary = DistributedSummary(str(out), manifest.partitions, len(manifest.nonempty), batch=total)
    run_id = uuid.uuid4().hex[:8]
    # largest partitions first (a big host's part started last would run alone at the end)
    futures = [
        client.submit(run_partition, index, str(out), options, retry_failed, fmt, priority=manifest.counts[index],
                      key=f"scraper-part-{index:05d}-{run_id}", retries=retries, pure=False)
        for index in manifest.nonempty
    ]
    index_of = {future.key: index for future, index in zip(futures, manifest.nonempty)}
    with BatchProgress(manifest.urls, progress) as bar:
        for future in distributed.as_completed(futures):
            index = index_of[future.key]
            try:
                part = PartSummary(**future.result())
            except Exception as exc:  # a part that failed all its tries; the others go on
                summary.failed_parts[index] = f"{type(exc).__name__}: {exc}"
                log.error("part %d failed all its tries: %s", index, summary.failed_parts[index])
                continue
            finally:
                future.release()
            summary.parts_skipped += part.complete_before
            log.info("part %d %s: %d ok, %d failed, %d skipped (%s, %.1f s)", index,
                     "complete before" if part.complete_before else "done", part.ok, part.failed,
                     part.skipped, part.worker, part.seconds)
            total.ok += part.ok
            total.failed += part.failed
            total.errors.update(part.errors)
            total.skipped += part.skipped
            total.duplicates += part.duplicates
            total.retried += part.retried
            for _ in range(part.ok):
                bar.advance(True)
            for _ in range(part.failed):
                bar.advance(False)
            for _ in range(part.skipped + part.duplicates):
                bar.advance(None)
            if on_part is not None:
                on_part(part)
    if summary.complete:
        _write_atomic(out / SUCCESS, json.dumps({"partitions": manifest.partitions, "urls": manifest.urls}) + "\n")
    total.seconds = time.monotonic() - started
    return summary


# --- clusters for the CLI ---------------------------------------------------------------

@contextlib.contextmanager
def connect(spec: str) -> Iterator[Any]:
    """A Dask client for `--dask`: ``local:N`` (a local cluster of N worker processes,
    one thread each; ``local`` = one per core) or a scheduler address ``tcp://HOST:PORT``."""
    distributed = require_distributed()
    if spec == "local" or spec.startswith("local:"):
        count = spec.partition(":")[2]
        if count and not (count.isdigit() and int(count) > 0):
            raise ValueError(f"--dask {spec}: expected local:N with N a number of workers")
        n_workers = int(count) if count else (os.cpu_count() or 1)
        with distributed.LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True,
                                      dashboard_address="127.0.0.1:0") as cluster:  # loopback only
            with distributed.Client(cluster) as client:
                yield client
    elif "://" in spec:
        with distributed.Client(spec) as client:
            yield client
    else:
        raise ValueError(f"--dask {spec}: expected local:N or a scheduler address tcp://HOST:PORT")


def batch_command(urls: str, outdir: str | os.PathLike[str], spec: str, options: Any, *,
                  partitions: int | None = None, retry_failed: bool = False,
                  quiet: bool = False, fmt: str = "jsonl") -> DistributedSummary:
    """`scraper batch URLS -o OUTDIR --dask SPEC`: URLS is a path or "-" (stdin), streamed.

    Raises `DaskMissing`, `OutdirMismatch` or ValueError (a bad SPEC) for the CLI to report.
    """
    import sys

    if Path(outdir).is_file():
        raise ValueError(f"{outdir} is a file; with --dask the output is a folder of part files")
    source: Any = sys.stdin if urls == "-" else urls
    with connect(spec) as client:
        return scrape_to_dir(source, outdir, client=client, options=options, partitions=partitions, fmt=fmt,
                             retry_failed=retry_failed, progress=False if quiet else None)

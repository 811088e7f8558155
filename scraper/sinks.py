"""Where records go: a `Sink` writes them and, to resume a run, tells which are already there.

    with JsonlSink("out.jsonl") as sink:
        done = sink.recorded()        # keys already written (a torn last line is cut first)
        sink.write(record)            # one record, flushed

A record's key is its `url` (the input URL of a batch). A sink over an open
text file (stdout) writes only: nothing is recorded before, nothing is dropped.
"""
from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path
from typing import Any, Iterator, Protocol, TextIO

from .resume import UrlSet, repair_tail

__all__ = ["Sink", "JsonlSink", "as_sink", "record_line", "scan_record"]


class Sink(Protocol):
    """The output of a run: records written one at a time, resumable."""

    def recorded(self) -> UrlSet:
        """The keys of the records already in the output (a torn last record is removed first)."""
        ...

    def drop_errors(self) -> int:
        """Remove the error records from the output (atomically); the number removed."""
        ...

    def write(self, record: dict[str, Any]) -> None:
        """Add one record, flushed so that a killed run loses at most the one being written."""
        ...

    def close(self) -> None:
        ...


def record_line(record: dict[str, Any]) -> str:
    """A record as one JSON line; `url` is always the first key (see `scan_record`)."""
    return json.dumps(record, ensure_ascii=False) + "\n"


# A record line starts with its url and input position: {"url": "...", "index": 12, and an error
# record goes on with "error" (records written before `index` existed lack it).
_HEAD = re.compile(r'\{"url": ("(?:[^"\\]|\\.)*")(?:, "index": (?:\d+|null))?(, "error": )?')


def scan_record(line: str) -> tuple[str, bool] | None:
    """(url, is_error) of a record line, None if the line is not a record."""
    m = _HEAD.match(line)
    if m and line.rstrip().endswith("}"):
        try:
            return json.loads(m.group(1)), m.group(2) is not None
        except ValueError:
            pass
    try:
        record = json.loads(line)
    except ValueError:
        return None
    if not isinstance(record, dict) or not isinstance(record.get("url"), str):
        return None
    return record["url"], "error" in record


def as_sink(target: "str | os.PathLike[str] | TextIO | Sink") -> "Sink":
    """`target` if it is a sink already, else JSON Lines into that path or open text file."""
    if isinstance(target, (str, os.PathLike)) or not hasattr(target, "recorded"):
        return JsonlSink(target)
    return target  # type: ignore[return-value]


class JsonlSink:
    """JSON Lines, one record a line, appended to a file (resumable) or written to an open text file."""

    def __init__(self, target: str | os.PathLike[str] | TextIO) -> None:
        self.path = Path(target) if isinstance(target, (str, os.PathLike)) else None
        self._stream: TextIO | None = None if self.path is not None else target  # type: ignore[assignment]
        self._own = False

    def __enter__(self) -> "JsonlSink":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def scan(self) -> Iterator[tuple[str, bool]]:
        """(key, is_error) of each record in the file, in file order."""
        if self.path is None or not self.path.exists():
            return
        with open(self.path, encoding="utf-8", errors="surrogateescape") as fh:
            for line in fh:
                scanned = scan_record(line)
                if scanned is not None:
                    yield scanned

    def recorded(self) -> UrlSet:
        done = UrlSet()
        if self.path is None or not self.path.exists():
            return done
        repair_tail(self.path)
        for key, _ in self.scan():
            done.add(key)
        return done

    def drop_errors(self) -> int:
        if self.path is None or not self.path.exists():
            return 0
        repair_tail(self.path)
        return _rewrite_without_errors(self.path)

    def write(self, record: dict[str, Any]) -> None:
        stream = self._stream or self.open()._stream
        assert stream is not None
        stream.write(record_line(record))
        stream.flush()

    def open(self) -> "JsonlSink":
        """Open the file for appending now (so that an unwritable path fails before any work)."""
        if self._stream is None and self.path is not None:
            self._stream = open(self.path, "a", encoding="utf-8")
            self._own = True
        return self

    def close(self) -> None:
        if self._own and self._stream is not None:
            self._stream.close()
            self._stream = None
            self._own = False


def _rewrite_without_errors(path: Path) -> int:
    """Rewrite `path` without its error records, atomically; the count dropped (other lines stay)."""
    dropped = 0
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with open(path, encoding="utf-8", errors="surrogateescape") as src, \
                os.fdopen(fd, "w", encoding="utf-8", errors="surrogateescape") as dst:
            for line in src:
                scanned = scan_record(line)
                if scanned is not None and scanned[1]:
                    dropped += 1
                    continue
                dst.write(line)
            dst.flush()
            os.fsync(dst.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    return dropped

"""Where records go: a `Sink` writes them and, to resume a run, tells which are already there.

    with open_sink("out.csv", "csv") as sink:      # or out.jsonl, or a folder, or "-" (stdout)
        done = sink.recorded()        # keys already written (a torn last record is cut first)
        sink.write(record)            # one record, flushed

A record's key (`record_key`) is its `source` when it has one (a page read from a
file), else its `url` (the input URL of a batch, a WARC record's URL). A sink over
an open text file (stdout) writes only: nothing is recorded before, nothing dropped.

    jsonl.py    JSON Lines, one record a line
    csvfile.py  CSV, one row a record (output.CSV_COLUMNS)
    folder.py   one file per article in any format, and a ledger of the run
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any, Iterator, Protocol, TextIO

from ..output import RECORD_FORMATS
from ..resume import UrlSet
from .csvfile import CsvColumnsMismatch, CsvSink
from .folder import DirSink
from .jsonl import JsonlSink, record_line, scan_record

__all__ = ["Sink", "JsonlSink", "CsvSink", "DirSink", "CsvColumnsMismatch", "as_sink", "open_sink",
           "record_key", "record_line", "scan_record"]


class Sink(Protocol):
    """The output of a run: records written one at a time, resumable."""

    def scan(self) -> Iterator[tuple[str, bool]]:
        """(key, is_error) of each record already in the output."""
        ...

    def recorded(self) -> UrlSet:
        """The keys of the records already in the output (a torn last record is removed first)."""
        ...

    def drop_errors(self, only: UrlSet | None = None) -> int:
        """Remove the error records from the output (atomically; with `only`, those whose key is in
        it: the others stay); the number removed."""
        ...

    def write(self, record: dict[str, Any]) -> None:
        """Add one record, flushed so that a killed run loses at most the one being written."""
        ...

    def close(self) -> None:
        ...


def record_key(record: dict[str, Any]) -> str:
    """What a record is known by in its output: its `source` file, else its `url`."""
    return record.get("source") or record["url"]


def as_sink(target: "str | os.PathLike[str] | TextIO | Sink") -> "Sink":
    """`target` if it is a sink already; else a file path (CSV when it ends in .csv, else JSON
    Lines), a folder (one JSON file per article) or an open text file (JSON Lines)."""
    if isinstance(target, (str, os.PathLike)):
        csv = os.fspath(target).lower().endswith(".csv")
        return open_sink(target, "csv" if csv else "json" if is_folder(target) else "jsonl")
    if not hasattr(target, "recorded"):
        return JsonlSink(target)
    return target  # type: ignore[return-value]


def is_folder(target: str | os.PathLike[str]) -> bool:
    """Whether an output names a folder: an existing one, or a path written with a trailing slash."""
    text = os.fspath(target)
    return Path(text).is_dir() or text.endswith(("/", os.sep))


def open_sink(target: str | os.PathLike[str], fmt: str = "jsonl") -> "Sink":
    """The sink for an output: "-" (stdout), a folder (one file per article), or a jsonl/csv file."""
    if os.fspath(target) == "-":
        stream: TextIO = sys.stdout
        return CsvSink(stream) if fmt == "csv" else JsonlSink(stream)
    if is_folder(target):
        return DirSink(target, fmt)
    if fmt not in RECORD_FORMATS:
        raise ValueError(f"--format {fmt} writes one file per article: give a folder as the output "
                         f"(a path ending in /); a single file holds {' or '.join(RECORD_FORMATS)}")
    return CsvSink(target) if fmt == "csv" else JsonlSink(target)



"""CSV: one row per record (`output.CSV_COLUMNS`), appended and flushed one by one; resumable.

A row may span lines (a body's paragraphs stay in their quoted field), so the file
is read back with the csv module, counting the bytes of each row: a torn last row
(a run killed mid-write: no line end, or a quoted field left open) is cut off.
"""
from __future__ import annotations

import csv
from pathlib import Path
from typing import Any, Iterator, Self

from ..output import CSV_COLUMNS, csv_line, csv_values
from ..resume import UrlSet, rewrite_atomically
from .base import FileSink

__all__ = ["CsvSink", "CsvColumnsMismatch"]

_KEY, _URL, _ERROR = CSV_COLUMNS.index("source"), CSV_COLUMNS.index("url"), CSV_COLUMNS.index("error_kind")
HEADER = csv_line(list(CSV_COLUMNS))


class CsvColumnsMismatch(ValueError):
    """The file's header is not this version's columns: appending would mix two layouts."""


def _rows(path: Path) -> Iterator[tuple[int, int, list[str]]]:
    """(start, end, fields) of each whole row of a CSV file, header included, in byte offsets;
    a last row without its line end, or with a quoted field still open, is not whole."""
    with open(path, "rb") as fh:
        position = 0

        def lines() -> Iterator[str]:
            nonlocal position
            for raw in fh:
                if not raw.endswith(b"\n"):
                    return  # the last line, cut mid-write
                position += len(raw)
                yield raw.decode("utf-8", "surrogateescape")

        reader = csv.reader(lines(), strict=True)
        start = 0
        while True:
            try:
                fields = next(reader)
            except (StopIteration, csv.Error):  # the end, or a quoted field left open by a cut
                return
            yield start, position, fields
            start = position


class CsvSink(FileSink):
    """CSV into a file (appended to, resumable) or an open text file (written only)."""

    suffix = ".csv"
    newline = ""  # the csv module writes its own line ends
    _header = False  # written before the first row (a file: when it is empty)

    def _scan_rows(self) -> Iterator[tuple[int, int, list[str]]]:
        """The record rows of the file (start, end, fields); when they are all read, a torn last
        row is cut off. Raises CsvColumnsMismatch when the header is not this version's."""
        assert self.path is not None
        end = 0
        for start, end, fields in _rows(self.path):
            if start == 0:
                if tuple(fields) != CSV_COLUMNS:
                    raise CsvColumnsMismatch(f"{self.path} has other columns than this version writes; "
                                             "use another output file")
                continue
            if len(fields) == len(CSV_COLUMNS):
                yield start, end, fields
        if self.path.stat().st_size != end:
            with open(self.path, "r+b") as fh:
                fh.truncate(end)

    def scan(self) -> Iterator[tuple[str, bool]]:
        """(key, is_error) of each record row: the key is `source` when it is set, else `url`."""
        if self.path is None or not self.path.exists():
            return
        for _, _, fields in self._scan_rows():
            yield fields[_KEY] or fields[_URL], bool(fields[_ERROR])

    def recorded(self) -> UrlSet:
        if not self._claim():
            return UrlSet()
        return UrlSet(key for key, _ in self.scan())

    def drop_errors(self, only: UrlSet | None = None) -> int:
        """Remove the error rows (with `only`, those whose key is in it), atomically; the number removed."""
        if not self._claim():
            return 0
        assert self.path is not None

        def dropped(fields: list[str]) -> bool:
            return bool(fields[_ERROR]) and (only is None or (fields[_KEY] or fields[_URL]) in only)

        errors = sum(dropped(fields) for _, _, fields in self._scan_rows())  # and cut a torn row
        if not errors:
            return 0
        path = self.path

        def kept() -> Iterator[bytes]:
            with open(path, "rb") as data:
                yield data.read(len(HEADER.encode()))
                for start, end, fields in self._scan_rows():
                    if not dropped(fields):
                        data.seek(start)
                        yield data.read(end - start)

        rewrite_atomically(path, kept())
        self._relock()
        return errors

    def open(self) -> Self:
        super().open()
        if self._own and self._stream is not None:
            self._header = self._stream.tell() > 0
        return self

    def write(self, record: dict[str, Any]) -> None:
        line = csv_line(csv_values(record))
        if not self._header:
            if self._stream is None:
                self.open()
            if not self._header:
                line = HEADER + line
                self._header = True
        self._append(line)

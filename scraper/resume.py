"""Resuming a batch: which URLs an output file already holds, in little memory.

A batch output is JSON Lines, one record per input URL, appended and flushed
as each is ready. A run killed mid-write leaves at most one torn last line;
`prepare_output` cuts it off, optionally drops the error records
(`--retry-failed`, by an atomic rewrite), and returns the set of URLs that are
done. URLs are kept as 64-bit hashes in an open-addressing table (`UrlSet`),
about 16-32 bytes a URL, so a resumed list of millions stays small.
"""
from __future__ import annotations

import json
import os
import re
import tempfile
from array import array
from hashlib import blake2b
from pathlib import Path
from typing import Iterable

__all__ = ["UrlSet", "prepare_output", "record_line", "repair_tail", "scan_record"]


class UrlSet:
    """A set of URL strings stored as 64-bit hashes (a false match is ~1 in 10^10 at a million URLs)."""

    def __init__(self, urls: Iterable[str] = ()) -> None:
        self._slots = array("Q", bytes(8 * 1024))
        self._mask = 1023
        self._count = 0
        for url in urls:
            self.add(url)

    @staticmethod
    def _hash(url: str) -> int:
        digest = blake2b(url.encode("utf-8", "surrogatepass"), digest_size=8).digest()
        return int.from_bytes(digest, "little") or 1  # 0 marks an empty slot

    def _find(self, h: int) -> int:
        slots, mask = self._slots, self._mask
        i = h & mask
        while slots[i] and slots[i] != h:
            i = (i + 1) & mask
        return i

    def add(self, url: str) -> bool:
        """Add `url`; True if it was not in the set yet."""
        h = self._hash(url)
        i = self._find(h)
        if self._slots[i]:
            return False
        self._slots[i] = h
        self._count += 1
        if self._count * 2 > len(self._slots):
            self._grow()
        return True

    def __contains__(self, url: object) -> bool:
        return isinstance(url, str) and bool(self._slots[self._find(self._hash(url))])

    def __len__(self) -> int:
        return self._count

    def _grow(self) -> None:
        old = self._slots
        self._slots = array("Q", bytes(16 * len(old)))
        self._mask = len(self._slots) - 1
        for h in old:
            if h:
                self._slots[self._find(h)] = h


def record_line(record: dict) -> str:
    """A record as one JSON line; `url` is always the first key (see `scan_record`)."""
    return json.dumps(record, ensure_ascii=False) + "\n"


# A record line starts with its url: {"url": "...", and an error record goes on with "error".
_HEAD = re.compile(r'\{"url": ("(?:[^"\\]|\\.)*")(, "error": )?')


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


def repair_tail(path: Path) -> int:
    """Cut a torn last line (one without its newline) off `path`; the bytes removed."""
    with open(path, "r+b") as fh:
        end = fh.seek(0, os.SEEK_END)
        pos = end
        while pos > 0:
            step = min(65536, pos)
            fh.seek(pos - step)
            block = fh.read(step)
            nl = block.rfind(b"\n")
            if nl >= 0:
                keep = pos - step + nl + 1
                break
            pos -= step
        else:
            keep = 0
        if keep < end:
            fh.truncate(keep)
        return end - keep


def _drop_errors(path: Path) -> int:
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


def prepare_output(path: str | Path, *, retry_failed: bool = False) -> tuple[UrlSet, int]:
    """Make `path` ready for appending and return (URLs already recorded, error records dropped).

    A missing file is fine (nothing done yet). A torn last line is cut off; with
    `retry_failed` the error records are removed so their URLs run again.
    """
    path = Path(path)
    done = UrlSet()
    if not path.exists():
        return done, 0
    repair_tail(path)
    dropped = _drop_errors(path) if retry_failed else 0
    with open(path, encoding="utf-8", errors="surrogateescape") as fh:
        for line in fh:
            scanned = scan_record(line)
            if scanned is not None:
                done.add(scanned[0])
    return done, dropped

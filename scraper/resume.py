"""Resuming a run: the set of what is done, in little memory, and torn-line repair.

An output is appended to and flushed record by record, so a run killed
mid-write leaves at most one torn last line; `repair_tail` cuts it off. What the
output already records is kept as 64-bit hashes in an open-addressing table
(`UrlSet`), about 16-32 bytes a key, so a resumed list of millions stays small.
The sinks (sinks.py) read their files with these.
"""
from __future__ import annotations

import os
import tempfile
from array import array
from hashlib import blake2b
from pathlib import Path
from typing import Iterable

__all__ = ["UrlSet", "repair_tail", "rewrite_atomically"]


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


def rewrite_atomically(path: Path, chunks: Iterable[bytes]) -> None:
    """Replace `path` by `chunks` (written to a temporary file beside it, synced, then renamed over it)."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as dst:
            dst.writelines(chunks)
            dst.flush()
            os.fsync(dst.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise

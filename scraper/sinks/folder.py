"""A folder with one file per article (any format) and `_records.jsonl`, the run's ledger.

    out/000000-harbour-town-votes-to-rebuild.md
    out/000003-a-second-story.md
    out/_records.jsonl      {"url": ..., "index": 0, "file": "000000-harbour-town-votes-to-rebuild.md"}
                            {"url": ..., "index": 1, "error": {...}}   (errors have no file)

A file is named by its record's input position and a slug of its headline, and
written whole (a temporary file renamed) before its ledger line, so the ledger
is what resume, `--retry-failed` and the counts read: a run killed between the
two writes the same file again.
"""
from __future__ import annotations

import os
import re
import unicodedata
from hashlib import blake2b
from pathlib import Path
from typing import Any, Iterator

from ..output import FILE_FORMATS, SUFFIXES, render_record
from ..resume import UrlSet
from .jsonl import JsonlSink

__all__ = ["DirSink", "LEDGER", "file_name"]

LEDGER = "_records.jsonl"
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def file_name(record: dict[str, Any], fmt: str) -> str:
    """`000042-the-headline-in-ascii.md`: the input position (or a hash of the key), then a slug."""
    index = record.get("index")
    stem = f"{index:06d}" if isinstance(index, int) else \
        blake2b(str(record.get("source") or record.get("url")).encode("utf-8", "surrogatepass"),
                digest_size=6).hexdigest()
    ascii_title = unicodedata.normalize("NFKD", record.get("headline") or "").encode("ascii", "ignore").decode()
    slug = _NOT_SLUG.sub("-", ascii_title.lower()).strip("-")[:60].rstrip("-")
    return f"{stem}-{slug}{SUFFIXES[fmt]}" if slug else f"{stem}{SUFFIXES[fmt]}"


class DirSink:
    """One file per article in `folder`, in `fmt` (json, jsonl, csv, markdown or text)."""

    def __init__(self, folder: str | os.PathLike[str], fmt: str = "json") -> None:
        if fmt not in FILE_FORMATS:
            raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FILE_FORMATS)}")
        self.folder, self.fmt = Path(folder), fmt
        self.ledger = JsonlSink(self.folder / LEDGER)

    def __enter__(self) -> "DirSink":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def scan(self) -> Iterator[tuple[str, bool]]:
        return self.ledger.scan()

    def recorded(self) -> UrlSet:
        self.folder.mkdir(parents=True, exist_ok=True)  # (the ledger is claimed, and locked, for the run)
        return self.ledger.recorded()

    def drop_errors(self, only: UrlSet | None = None) -> int:
        self.folder.mkdir(parents=True, exist_ok=True)
        return self.ledger.drop_errors(only)

    def open(self) -> "DirSink":
        self.folder.mkdir(parents=True, exist_ok=True)
        self.ledger.open()
        return self

    def write(self, record: dict[str, Any]) -> None:
        if not self.folder.is_dir():
            self.open()
        head: dict[str, Any] = {k: record[k] for k in ("url", "index", "source") if k in record}
        if "error" in record:
            self.ledger.write({**head, "error": record["error"]})
            return
        name = file_name(record, self.fmt)
        tmp = self.folder / f".{name}.tmp"
        tmp.write_text(render_record(record, self.fmt), encoding="utf-8")
        os.replace(tmp, self.folder / name)
        self.ledger.write({**head, "file": name})

    def close(self) -> None:
        self.ledger.close()

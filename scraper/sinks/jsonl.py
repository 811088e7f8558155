"""JSON Lines: one record a line, appended and flushed one by one; resumable."""
from __future__ import annotations

import json
import re
from typing import Any, Iterator

from ..decode import scrub_surrogates
from ..errors import OutputError
from ..resume import UrlSet, repair_tail, rewrite_atomically
from .base import FileSink

__all__ = ["JsonlSink", "record_line", "scan_record"]


def record_line(record: dict[str, Any]) -> str:
    """A record as one JSON line of valid UTF-8; its key fields come first (see `scan_record`).

    A record that cannot be written as JSON (a bug) becomes the `internal` error
    record of its URL: one record's failure never stops the run.
    """
    try:
        return scrub_surrogates(json.dumps(record, ensure_ascii=False, allow_nan=False)) + "\n"
    except (TypeError, ValueError) as exc:
        error = {"kind": "internal", "message": f"record not writable: {type(exc).__name__}: {exc}", "status": None}
        head = {k: record[k] for k in ("url", "index", "source") if k in record}
        return scrub_surrogates(json.dumps({**head, "error": error}, ensure_ascii=False, default=repr)) + "\n"


_RECORD_HEAD = b'{"url": '
_STRING = r'"(?:[^"\\]|\\.)*"'
# A record line starts with its key fields: {"url": "...", "index": 12, then "source": "..." for a
# page read from a file, and an error record goes on with "error". (Records written before `index`
# existed lack it.)
_HEAD = re.compile(rf'\{{"url": (null|{_STRING})(?:, "index": (?:\d+|null))?(?:, "source": ({_STRING}))?'
                   r'(, "error": )?')


def scan_record(line: str) -> tuple[str, bool] | None:
    """(key, is_error) of a record line, None if the line is not a record (see `sinks.record_key`)."""
    m = _HEAD.match(line)
    if m and line.rstrip().endswith("}") and (m.group(2) or m.group(1) != "null"):
        try:
            return json.loads(m.group(2) or m.group(1)), m.group(3) is not None
        except ValueError:
            pass
    try:
        record = json.loads(line)
    except ValueError:
        return None
    if not isinstance(record, dict):
        return None
    key = record.get("source") or record.get("url")
    return (key, "error" in record) if isinstance(key, str) else None


class JsonlSink(FileSink):
    """JSON Lines into a file (appended to, resumable) or an open text file (written only)."""

    suffix = ".jsonl"

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
        if not self._claim():
            return done
        assert self.path is not None
        repair_tail(self.path)
        for key, _ in self.scan():
            done.add(key)
        return done

    def drop_errors(self, only: UrlSet | None = None) -> int:
        """Remove the error records (with `only`, those whose key is in it), atomically; the number removed."""
        if not self._claim():
            return 0
        assert self.path is not None
        repair_tail(self.path)

        def dropped(scanned: tuple[str, bool] | None) -> bool:
            return scanned is not None and scanned[1] and (only is None or scanned[0] in only)

        count = sum(dropped(scanned) for scanned in self.scan())
        if not count:
            return 0

        def kept() -> Iterator[bytes]:
            assert self.path is not None
            with open(self.path, "rb") as src:
                for raw in src:
                    if not dropped(scan_record(raw.decode("utf-8", "surrogateescape"))):
                        yield raw

        rewrite_atomically(self.path, kept())
        self._relock()
        return count

    def _check_ours(self) -> None:
        """A JSON Lines output starts with a record (or is empty, or holds a torn first record)."""
        assert self.path is not None
        with open(self.path, "rb") as fh:
            head = fh.read(len(_RECORD_HEAD))
        if head != _RECORD_HEAD[: len(head)]:
            raise OutputError(f"{self.path} is not an output of scraper (its first line is not a record); "
                              "refusing to append to it")

    def write(self, record: dict[str, Any]) -> None:
        self._append(record_line(record))

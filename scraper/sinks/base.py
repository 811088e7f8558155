"""What the file sinks share: a path (appended to) or an open text file (written only).

Before a file is read to resume a run it is claimed (`_claim`): locked with an
flock held until `close` (a second run on the same file is refused with
OutputError, instead of both recording every URL) and checked to be an output of
this format (`_check_ours`: a URL list or notes given as the output is refused,
not appended to and "repaired"). A path that is not a regular file (a device, a
pipe) is written to without resume.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Self, TextIO

from ..errors import OutputError

try:
    import fcntl
except ImportError:  # Windows: no lock
    fcntl = None  # type: ignore[assignment]

__all__ = ["FileSink"]


class FileSink:
    """A sink writing to a file it opens for appending, or to an open text file it only writes to."""

    #: the open() keyword arguments of the file
    newline: str | None = None

    def __init__(self, target: str | os.PathLike[str] | TextIO) -> None:
        self.path = Path(target) if isinstance(target, (str, os.PathLike)) else None
        self._stream: TextIO | None = None if self.path is not None else target  # type: ignore[assignment]
        self._own = False
        self._claimed: bool | None = None  # None: not yet; else whether the file is ours to resume

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def _exists(self) -> bool:
        return self.path is not None and self.path.exists()

    def _claim(self) -> bool:
        """Lock the file for this run and check it is ours; False when there is nothing to resume."""
        if self._claimed is None:
            path = self.path
            self._claimed = path is not None and (path.is_file() or not path.exists())
            if self._claimed:
                self.open()._lock()
                self._check_ours()
        return self._claimed

    def _check_ours(self) -> None:
        """Raise OutputError if the file is not an output of this sink's format (subclasses say how)."""

    def _lock(self) -> None:
        if fcntl is None or self._stream is None:
            return
        try:
            fcntl.flock(self._stream.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise OutputError(f"{self.path} is being written by another run (two runs on one output "
                              "would record every URL twice)") from None

    def _relock(self) -> None:
        """After the file was replaced by a rewrite: append to, and hold the lock on, the new one."""
        old, self._stream = self._stream, None
        self.open()._lock()
        if old is not None:
            old.close()

    def open(self) -> Self:
        """Open the file for appending now (so that an unwritable path fails before any work)."""
        if self._stream is None and self.path is not None:
            self._stream = open(self.path, "a", encoding="utf-8", newline=self.newline)
            self._own = True
        return self

    def _append(self, text: str) -> None:
        """Write `text` and flush it: a killed run loses at most the record being written."""
        stream = self._stream or self.open()._stream
        assert stream is not None
        stream.write(text)
        stream.flush()

    def close(self) -> None:
        if self._own and self._stream is not None:
            self._stream.close()
            self._stream = None
            self._own = False

"""What the file sinks share: a path (appended to) or an open text file (written only)."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Self, TextIO

__all__ = ["FileSink"]


class FileSink:
    """A sink writing to a file it opens for appending, or to an open text file it only writes to."""

    #: the open() keyword arguments of the file
    newline: str | None = None

    def __init__(self, target: str | os.PathLike[str] | TextIO) -> None:
        self.path = Path(target) if isinstance(target, (str, os.PathLike)) else None
        self._stream: TextIO | None = None if self.path is not None else target  # type: ignore[assignment]
        self._own = False

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def _exists(self) -> bool:
        return self.path is not None and self.path.exists()

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

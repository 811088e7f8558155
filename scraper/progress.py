"""The batch progress bar (rich, on stderr) and the end-of-run summary."""
from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

__all__ = ["BatchProgress", "BatchSummary"]


@dataclass
class BatchSummary:
    """What a batch run did. `exit_code()` is the CLI's: 1 when any URL failed."""

    total: int | None = None  # input URLs, when counted up front
    ok: int = 0
    failed: int = 0
    errors: Counter = field(default_factory=Counter)  # error kind -> records
    skipped: int = 0  # already in the output (resume)
    duplicates: int = 0  # repeated in the input (fetched once)
    retried: int = 0  # error records dropped by --retry-failed, to be redone
    seconds: float = 0.0

    @property
    def records(self) -> int:
        return self.ok + self.failed

    @property
    def pages_per_second(self) -> float:
        return self.records / self.seconds if self.seconds else 0.0

    def count(self, record: dict[str, Any]) -> bool:
        """Count one record; True if it is an article."""
        error = record.get("error")
        if error is None:
            self.ok += 1
            return True
        self.failed += 1
        self.errors[error.get("kind", "error")] += 1
        return False

    def exit_code(self, allow_failures: bool = False) -> int:
        return 1 if self.failed and not allow_failures else 0

    def line(self) -> str:
        """The one-line summary printed at the end of a run."""
        text = f"{self.records} records in {self.seconds:.1f} s ({self.pages_per_second:.1f}/s): {self.ok} ok, {self.failed} failed"
        if self.errors:
            text += " (" + ", ".join(f"{kind} {n}" for kind, n in self.errors.most_common()) + ")"
        extra = []
        if self.skipped:
            extra.append(f"{self.skipped} already done")
        if self.duplicates:
            extra.append(f"{self.duplicates} duplicates")
        if extra:
            text += "; skipped " + ", ".join(extra)
        return text


class _RateColumn(ProgressColumn):
    def render(self, task: Any) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.1f}/s" if speed else "-/s", style="progress.data.speed")


class BatchProgress:
    """A progress bar on stderr: done/total, rate, ok/failed, ETA. Silent when disabled."""

    def __init__(self, total: int | None, enabled: bool | None = None, label: str = "batch") -> None:
        self.label = label
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self._progress: Progress | None = None
        self._task: Any = None
        self.total = total
        self.ok = self.failed = 0

    def __enter__(self) -> "BatchProgress":
        if self.enabled:
            self._progress = Progress(
                TextColumn(f"[bold]{self.label}"), BarColumn(), MofNCompleteColumn(), _RateColumn(),
                TextColumn("[green]{task.fields[ok]} ok[/] [red]{task.fields[failed]} failed[/]"),
                TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                console=Console(stderr=True), transient=False, refresh_per_second=4,
            )
            self._progress.__enter__()
            self._task = self._progress.add_task(self.label, total=self.total, ok=0, failed=0)
        return self

    def __exit__(self, *exc: Any) -> None:
        if self._progress is not None:
            self._progress.__exit__(*exc)

    def advance(self, ok: bool | None) -> None:
        """One input URL done: an article (True), an error record (False) or skipped (None)."""
        if ok:
            self.ok += 1
        elif ok is False:
            self.failed += 1
        if self._progress is not None:
            self._progress.update(self._task, advance=1, ok=self.ok, failed=self.failed)

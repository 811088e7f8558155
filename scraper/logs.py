"""Logging: the package logs through `logging` under the "scraper" logger and configures nothing.

    logging.basicConfig(level=logging.INFO)       # a program using the library decides
    scraper.logs.to_stderr(verbosity=1)           # what the command line does for -v (-vv: debug)

What is logged: INFO for the run (resume counts, robots.txt of each host, retries
and their waits, workers started, Dask parts), DEBUG for every URL and page,
WARNING for what a run survives (an extraction worker that died).
"""
from __future__ import annotations

import logging
import sys
from typing import TextIO

__all__ = ["to_stderr", "LEVELS"]

#: -v count -> level: warnings only, then INFO, then DEBUG
LEVELS = (logging.WARNING, logging.INFO, logging.DEBUG)

class _StderrHandler(logging.StreamHandler):
    """Writes to whatever `sys.stderr` is at the time (the progress bar swaps it to print above itself)."""

    def __init__(self) -> None:
        super().__init__(sys.stderr)

    @property
    def stream(self) -> TextIO:
        return sys.stderr

    @stream.setter
    def stream(self, value: object) -> None:
        pass


def to_stderr(verbosity: int) -> None:
    """Send the package's log to stderr: warnings at 0, INFO at 1, DEBUG at 2 or more."""
    logger = logging.getLogger("scraper")
    level = LEVELS[min(max(verbosity, 0), len(LEVELS) - 1)]
    handler = next((h for h in logger.handlers if isinstance(h, _StderrHandler)), None)
    if handler is None:
        handler = _StderrHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s scraper %(levelname)s %(name)s: %(message)s",
                                               datefmt="%H:%M:%S"))
        logger.addHandler(handler)
    logger.setLevel(min(level, logger.level) if logger.level else level)

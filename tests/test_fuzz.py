"""benchmarks/fuzz.py for a few seconds: hostile pages give an article or a ScraperError, nothing else.

The fuzzer's inputs are seeded (the same each run); it measures times, this test asserts none."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import fuzz  # noqa: E402


def test_hostile_pages_raise_nothing_but_scraper_errors():
    tried, problems = fuzz.run(seconds=15, seed=7, slow=60.0, out=lambda line: None)
    assert tried >= 1
    assert [p for kind, p in problems if kind != "slow"] == []

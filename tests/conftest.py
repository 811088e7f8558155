from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture
def fixture_path():
    """Path of a file in tests/fixtures."""
    return lambda name: FIXTURES / name


@pytest.fixture
def read_fixture():
    """Text of a file in tests/fixtures."""
    return lambda name: (FIXTURES / name).read_text(encoding="utf-8")

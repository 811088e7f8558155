"""Text mode on the dumps of every renderer: the same article whatever tool made the dump.

`fixtures/text_render_page.html` is a small article page written for these tests;
`fixtures/dump_<renderer>.txt` are its dumps by w3m, lynx, html2text and inscriptis (each
renderer's own marks: bullets, link numbers and the link list, Markdown, indentation, hard
wraps). The last test renders the page with every renderer installed on this machine.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

import scraper

FIXTURES = Path(__file__).parent / "fixtures"
PAGE = FIXTURES / "text_render_page.html"
HEADLINE = "Night ferries will run all year, harbour council decides"
FIRST_WORDS = ["The harbour council voted", "Councillors said the review", '"We have listened to',
               "Residents near the north", "The operator said it"]


def check_article(a: scraper.Article) -> None:
    assert a.headline == HEADLINE
    assert [x.name for x in a.authors] == ["Marta Kowalczyk"]
    assert a.published == "2025-03-04"
    assert [i.credit for i in a.images] == ["Anna Berger/Harbour Images"]
    assert a.images[0].caption.endswith("A passenger ferry leaves the north pier at dusk on Monday.")
    assert a.description.startswith("The trial service between the north pier and the island")
    assert [p[:len(w)] for p, w in zip(a.paragraphs, FIRST_WORDS)] == FIRST_WORDS
    assert len(a.paragraphs) == len(FIRST_WORDS)  # no menu, share bar, related list or footer


@pytest.mark.parametrize("renderer", ["w3m", "lynx", "html2text", "inscriptis"])
def test_every_renderers_dump_gives_the_article(renderer):
    check_article(scraper.extract_text((FIXTURES / f"dump_{renderer}.txt").read_text(encoding="utf-8")))


def _renderers() -> dict:
    """benchmarks/dumps.py's renderers (the script is not part of the package)."""
    path = Path(__file__).parents[1] / "benchmarks" / "dumps.py"
    sys.path.insert(0, str(path.parent))
    try:
        spec = importlib.util.spec_from_file_location("bench_dumps", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(path.parent))
    return module.RENDERERS


RENDERERS = _renderers()


@pytest.mark.parametrize("width", [72, 100])
@pytest.mark.parametrize("name", sorted(RENDERERS))
def test_a_page_rendered_by_each_installed_renderer(name, width):
    render, available = RENDERERS[name]
    if not available():
        pytest.skip(f"{name} is not installed (optional: see the README's Text dumps)")
    check_article(scraper.extract_text(render(PAGE.read_text(encoding="utf-8"), width)))

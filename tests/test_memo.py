"""The caches of functions of page text are emptied as pages go by (scraper.extract.memo)."""
from __future__ import annotations

import gc
import tracemalloc

import scraper
from scraper.extract import memo


def test_the_caches_are_emptied_once_a_budget_of_pages_was_read(monkeypatch):
    calls: list[str] = []

    @memo.text_cache(maxsize=8)
    def shout(text: str) -> str:
        calls.append(text)
        return text.upper()

    monkeypatch.setattr(memo, "BUDGET", 100)
    monkeypatch.setattr(memo, "_read", 0)
    assert shout("ab") == shout("ab") == "AB" and len(calls) == 1
    memo.read(60)
    assert shout("ab") == "AB" and len(calls) == 1  # (kept: 60 characters read)
    memo.read(60)
    assert shout("ab") == "AB" and len(calls) == 2  # (emptied past 100)
    assert memo._read == 0


def test_a_page_of_megabyte_class_names_links_and_lines_leaves_nothing_behind(monkeypatch):
    # the caches outlive a record: a page's 2 MB class attribute and link (and a dump's 2 MB line) stayed
    # in the class-word, URL and furniture caches after the page was done
    prose = "<p>" + "The council voted on Tuesday to turn the old depot into a public square. " * 6 + "</p>"
    html = (f"<html><body><article><h1>The square opens</h1><div class='box {'related-story ' * 150_000}'>"
            f"{prose}</div>{prose}<h2>Related</h2><ul><li><a href='/news/{'a-' * 1_000_000}'>The depot "
            f"plan is delayed again</a></li></ul></article></body></html>")
    dump = "The square opens\n\n" + "The council voted on Tuesday. " * 70_000 + "\n\nHome\n"
    scraper.extract(html.replace("box", "warm"), "https://example.org/a")  # (patterns compiled, stop lists read)
    scraper.extract_text(dump.replace("Home", "News"))
    monkeypatch.setattr(memo, "BUDGET", len(html) + len(dump) // 2)  # (passed when the dump was read)
    monkeypatch.setattr(memo, "_read", 0)
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        assert "depot" in scraper.extract(html, "https://example.org/a").body
        scraper.extract_text(dump)
        gc.collect()
        kept = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert kept < 1_000_000

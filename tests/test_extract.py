"""The library entry point: input types, decoding and routing (HTML vs text dump)."""
import pytest

import scraper
from scraper.extract import reading_minutes

PAGE = """<html><head><meta charset="windows-1252"><title>T</title></head><body><article>
<h1>Caf\u00e9 owners cheer new square</h1>
<p>The owners of the caf\u00e9 on the corner said the new square had brought twice as many customers since it opened in April.</p>
<p>\u201cIt feels like a different town,\u201d said one of them, who has run the place for nineteen years with her brother.</p>
</article></body></html>"""


def test_bytes_are_decoded_by_the_pages_own_charset():
    article = scraper.extract(PAGE.encode("cp1252"))
    assert article.headline == "Caf\u00e9 owners cheer new square"
    assert "\u201cIt feels like a different town,\u201d" in article.body


def test_str_and_bytes_give_the_same_article():
    assert scraper.extract(PAGE, url="https://x.example/a") == scraper.extract(PAGE.encode("cp1252"),
                                                                             url="https://x.example/a")


def test_plain_text_is_routed_to_text_mode():
    dump = "A headline for a dump\n\n" + "This is a long paragraph of an article that has no markup at all. " * 3
    article = scraper.extract(dump)
    assert article == scraper.extract_text(dump)
    assert "no markup at all" in article.body


def test_reading_minutes_rounds_up_at_230_words():
    assert reading_minutes("") is None
    assert reading_minutes("word " * 230) == 1
    assert reading_minutes("word " * 231) == 2


def test_unexpected_failures_become_extraction_errors(monkeypatch):
    import sys

    ex = sys.modules["scraper.extract"]  # the package; `scraper.extract` is the function

    def boom(tree, url=None):
        raise RuntimeError("parser exploded")

    monkeypatch.setattr(ex, "read_metadata", boom)
    with pytest.raises(scraper.ExtractionError, match="RuntimeError: parser exploded"):
        scraper.extract(PAGE)

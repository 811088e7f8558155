"""Plain-text dumps of pages: the same `Article` from visible text alone.

    lines (text_lines: measure, classify) -> the article's stretch (text_region)
    -> its blocks (text_blocks: headline, byline, caption, notes, related, author box) -> Article
"""
from __future__ import annotations

from ..model import Article
from .text_headline import title_matches
from .text_lines import CRUFT, FOOTER, measure
from .text_region import main_region


def extract_text(text: str, url: str | None = None) -> Article:
    """Find the article in a plain-text dump of a whole page."""
    page = measure(text)
    lines = page.lines
    start, end = main_region(lines, title_matches(lines))
    body = [line.text for line in lines[start:end] if line.kind not in (CRUFT, FOOTER)]
    return Article(url=url, language=page.language, body="\n\n".join(body), is_article=bool(body))

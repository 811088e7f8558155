"""Plain-text dumps of pages: the same `Article` from visible text alone."""
from __future__ import annotations

from ..model import Article


def extract_text(text: str, url: str | None = None) -> Article:
    """Find the article in a plain-text dump of a whole page (issue 5 builds this out)."""
    paragraphs = [" ".join(b.split()) for b in text.split("\n\n") if b.strip()]
    return Article(url=url, body="\n\n".join(paragraphs), is_article=bool(paragraphs))

"""The main-content finder: the article's paragraphs from the parsed page.

First version: trafilatura reads the body from the tree's HTML (after the block
step has taken out what it recorded). Issue 3 replaces this with our own
extractor on the selectolax tree, keeping trafilatura as the fallback.
"""
from __future__ import annotations

from dataclasses import dataclass

import trafilatura
from selectolax.lexbor import LexborHTMLParser

from .dom import clean_text


@dataclass
class Body:
    paragraphs: list[str]
    is_article: bool = True
    used_fallback: bool = False


def trafilatura_paragraphs(html: str, url: str | None = None) -> list[str]:
    """trafilatura's main text, one paragraph per line of its output."""
    text = trafilatura.extract(html, url=url, include_comments=False, include_tables=True,
                               include_images=False, include_links=False, deduplicate=False,
                               with_metadata=False, favor_precision=False) or ""
    return [p for p in (clean_text(line) for line in text.split("\n")) if p]


def extract_body(tree: LexborHTMLParser, url: str | None = None) -> Body:
    """The article body of a parsed page."""
    paragraphs = trafilatura_paragraphs(tree.html or "", url)
    return Body(paragraphs=paragraphs, is_article=bool(paragraphs), used_fallback=True)

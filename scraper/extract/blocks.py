"""Structured blocks around the body: figures and credits, author boxes and bios,
related-article cards, editor's notes and reading time.

The block step records each block as data, then removes its nodes from the tree
so the body step never sees them.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser

from ..model import Author, Image, RelatedArticle
from .metadata import Metadata


@dataclass
class Blocks:
    images: list[Image] = field(default_factory=list)
    authors: list[Author] = field(default_factory=list)
    related: list[RelatedArticle] = field(default_factory=list)
    editor_note: str | None = None
    reading_time_minutes: int | None = None


def take_blocks(tree: LexborHTMLParser, url: str | None, md: Metadata) -> Blocks:
    """Record the page's structured blocks and take them out of the tree.

    Not yet implemented beyond what metadata declares (issue 6).
    """
    return Blocks()

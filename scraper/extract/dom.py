"""Parsing and the node helpers every extraction step shares.

The page is parsed once, here, with selectolax's lexbor engine; every step
reads (and the block and body steps prune) the same tree.
"""
from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

_WS = re.compile(r"\s+")
_HTML_HINT = re.compile(r"<\s*(!doctype|html|head|body|div|p|article|meta|title|span|a|section|main)\b", re.I)


def parse(html: str) -> LexborHTMLParser:
    """Parse a whole page."""
    return LexborHTMLParser(html)


def looks_like_html(text: str) -> bool:
    """True when `text` is markup rather than a plain-text dump of a page."""
    head = text[:5000]
    return bool(_HTML_HINT.search(head)) and head.count("<") >= 2


def clean_text(text: str | None) -> str:
    """Collapse white space (including non-breaking spaces) to single spaces."""
    return _WS.sub(" ", (text or "").replace("\xa0", " ")).strip()


def node_text(node: LexborNode | None) -> str:
    """The visible text of a node, white space collapsed."""
    if node is None:
        return ""
    return clean_text(node.text(deep=True, separator=" "))


def attr(node: LexborNode | None, name: str) -> str | None:
    """An attribute value, stripped, or None when missing or empty."""
    if node is None:
        return None
    value = node.attributes.get(name)
    value = value.strip() if isinstance(value, str) else None
    return value or None

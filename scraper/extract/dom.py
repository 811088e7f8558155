"""Parsing and the node helpers every extraction step shares.

The page is parsed once, here, with selectolax's lexbor engine; every step
reads (and the block and body steps prune) the same tree.
"""
from __future__ import annotations

import re
from typing import Iterator

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


# Characters that `re.IGNORECASE` matches against ASCII letters although `str.lower` does not map
# them to those letters (or changes the text's length): a text holding one is scanned the slow way.
_ODD_CASE = ("\u0130", "\u0131", "\u017f", "\u212a")


def keyword_matches(pattern: re.Pattern[str], text: str, keywords: tuple[str, ...],
                    line_starts: re.Pattern[str] | None = None) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, fast, for a pattern every match of which starts where one of
    `keywords` (lower case) starts, case-insensitively, or, with `line_starts`, at the start of a
    line that `line_starts` (a pattern beginning with a newline) matches from its newline.

    Candidate starts are found with `str.find` (C) and the pattern is tried only there, instead
    of at every character of a long text; same matches, same order."""
    low = text.lower()
    if len(low) != len(text) or any(c in text for c in _ODD_CASE):
        yield from pattern.finditer(text)
        return
    starts: set[int] = set()
    for word in keywords:
        at = low.find(word)
        while at >= 0:
            starts.add(at)
            at = low.find(word, at + 1)
    if line_starts is not None:
        starts.add(0)
        starts.update(m.start() + 1 for m in line_starts.finditer(text))
    end = 0
    for at in sorted(starts):
        if at < end:
            continue
        m = pattern.match(text, at)
        if m is not None:
            yield m
            end = max(m.end(), at + 1)

"""Paragraphs from the article's container: one walk over its nodes.

Block elements (p, headings, list items, quotes, cells, ...) start a new
paragraph; inline markup joins its text as the browser shows it (no space
added); `<br>` is a line break inside the paragraph, two of them end it;
`<pre>` keeps its lines.
Blocks whose class/id name page furniture are skipped, unless they hold most
of the container's text. Each paragraph records its kind and how much of it
is link text, for the filters of `body.py`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from selectolax.lexbor import LexborNode

from .candidates import small_link_len
from .clean import is_boilerplate
from .dom import TAG_NAME, TEXT_ID, tag_ids
from .rules.html import BODY_BLOCK_TAGS, BODY_HEADING_TAGS, BODY_SKIP_TAGS

__all__ = ["Paragraph", "build_paragraphs"]

# blocks that are skipped like furniture unless they hold much of the text (article headers)
_SKIP_UNLESS_BIG = frozenset(("header",))
# a table row holding any of these is layout, walked as blocks, not read as one line
_NOT_IN_ROW = "p, div, ul, ol, h2, h3, h4, h5, h6, blockquote, pre, section"
_NOT_IN_ROW_OR_TABLE = _NOT_IN_ROW + ", table"
_BLANK_LINE = re.compile(r"\x00\s*\x00")  # two line breaks with nothing between: a paragraph break
_CELLS = tag_ids(("td", "th"))
_KIND = {"li": "li", "dt": "li", "dd": "li", "pre": "pre", "blockquote": "quote", "td": "cell", "th": "cell"}


@dataclass(slots=True)
class Paragraph:
    text: str
    kind: str = "p"  # p, h (a heading), li, pre, quote, cell, row (a table row)
    link_chars: int = 0

    @property
    def link_ratio(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0


def _clean_lines(raw: str) -> str:
    """White space collapsed; "\x00" marks a line break (`<br>`, a line of `<pre>`)."""
    if "\x00" not in raw:
        return " ".join(raw.replace("\u200b", " ").split())
    lines = (" ".join(line.split()) for line in raw.replace("\u200b", " ").split("\x00"))
    return "\n".join(line for line in lines if line)


class _Walker:
    __slots__ = ("out", "buf", "chars", "links", "kind", "big", "prose", "whole", "inside_whole")

    def __init__(self, big: int, prose: dict[LexborNode, int], whole: set[LexborNode]) -> None:
        self.out: list[Paragraph] = []
        self.buf: list[str] = []
        self.chars = 0  # characters in buf
        self.links = 0  # of which link text
        self.kind = "p"
        self.big = big  # prose above which a furniture-named block is kept anyway
        self.prose = prose  # prose characters under each element (from the container ranking)
        self.whole = whole  # blocks of inline markup read as one paragraph: no furniture inside
        self.inside_whole = False

    def flush(self) -> None:
        if self.buf:
            raw = "".join(self.buf)
            if "\x00" in raw and self.kind != "pre" and _BLANK_LINE.search(raw):
                # <br><br> inside one block: paragraphs (link text shared out by length)
                parts = [t for t in (_clean_lines(part) for part in _BLANK_LINE.split(raw)) if t]
                size = sum(len(t) for t in parts) or 1
                for t in parts:
                    self.out.append(Paragraph(t, self.kind, self.links * len(t) // size))
            else:
                text = _clean_lines(raw)
                if text:
                    self.out.append(Paragraph(text, self.kind, self.links))
            self.buf = []
        self.chars = self.links = 0

    def block(self, node: LexborNode, kind: str, outer: str) -> None:
        self.flush()
        self.kind = kind
        if kind == "pre":
            text = node.text(deep=True)
            self.buf.append(text.replace("\n", "\x00"))
        else:
            self.walk(node, kind)
        self.flush()
        self.kind = outer

    def row(self, node: LexborNode) -> None:
        """A table row of plain cells: one line, cells separated by a space."""
        self.flush()
        # (its cells, in order: a walk of the row costs less than a selector run)
        cells = (" ".join(c.text(deep=True, separator=" ").split()) for c in node.traverse() if c.tag_id in _CELLS)
        text = " ".join(c for c in cells if c)
        if text:
            self.out.append(Paragraph(text, "row", small_link_len(node)))

    def walk(self, node: LexborNode, kind: str) -> None:
        for child in node.iter(include_text=True):
            tid = child.tag_id  # (an int: `.tag` decodes a name at each call)
            if tid == TEXT_ID:
                text = child.text_content
                if text:
                    self.buf.append(text)
                    self.chars += len(text)
                continue
            tag = TAG_NAME.get(tid) or child.tag
            if tag == "br":
                self.buf.append("\x00")
                continue
            if tag is None or tag[0] == "-" or tag in BODY_SKIP_TAGS:  # -comment, -doctype ...
                continue
            if (not self.inside_whole and (tag in _SKIP_UNLESS_BIG or is_boilerplate(child))
                    and self.prose.get(child, 0) < self.big):
                continue
            if child in self.whole and not self.inside_whole:
                self.inside_whole = True
                try:
                    if tag in BODY_BLOCK_TAGS:
                        self.block(child, kind, kind)
                    else:
                        self.walk(child, kind)
                finally:
                    self.inside_whole = False
                continue
            if tag == "table" and len(child.css("table")) == 1 and child.css_first(_NOT_IN_ROW) is None:
                self.flush()  # a data table: each row one line (one selector run for the whole table)
                for tr in child.css("tr"):
                    self.row(tr)
            elif tag == "tr" and child.css_first(_NOT_IN_ROW_OR_TABLE) is None:
                self.row(child)
            elif tag in BODY_BLOCK_TAGS:
                sub = "h" if tag in BODY_HEADING_TAGS else "pre" if tag == "pre" else _KIND.get(tag, kind)
                self.block(child, sub, kind)
            elif tag == "a":
                before = self.chars
                self.walk(child, kind)
                self.links += max(0, self.chars - before)
            else:
                self.walk(child, kind)


def build_paragraphs(nodes: list[LexborNode], prose: dict[LexborNode, int], keep_share: float = 0.5,
                     whole: set[LexborNode] | None = None) -> list[Paragraph]:
    """The paragraphs of `nodes` (the container, or it and its kept siblings), in order.

    `prose` gives the prose characters under each element (`Ranking.prose`): a
    furniture-named block holding `keep_share` of the container's prose is walked anyway, and
    so is all furniture inside a `whole` block (inline markup read as one paragraph).
    """
    total = sum(prose.get(n, 0) for n in nodes)
    walker = _Walker(big=max(200, int(total * keep_share)), prose=prose, whole=whole or set())
    for node in nodes:
        tag = node.tag or ""
        kind = "h" if tag in BODY_HEADING_TAGS else "pre" if tag == "pre" else _KIND.get(tag, "p")
        walker.block(node, kind, "p")
    return walker.out

"""Paragraphs from the article's container: one walk over its nodes.

Block elements (p, headings, list items, quotes, cells, ...) start a new
paragraph; inline markup joins its text as the browser shows it (no space
added); `<br>` is a line break inside the paragraph, two of them end it;
`<pre>` keeps its lines.
Blocks whose class/id name page furniture are skipped, unless they hold most
of the container's text. Each paragraph records its kind and how much of it
is link text, for the filters of `body.py`; and, for renderings that keep the
article's structure (`markup.py` makes them `Block`s), its layout (heading level,
list item and nesting, quotes, code, table cells) and its inline markup (links,
emphasis, code) as offsets into the text before white space is collapsed.
The compiled walk (`accel.body_paragraphs`) walks the same way in C, calling the
same helpers to build the paragraphs (tests/test_accel.py compares both).
"""
from __future__ import annotations

import re
from array import array
from dataclasses import dataclass
from typing import Any

from selectolax.lexbor import LexborNode

from . import accel
from .candidates import small_link_len
from .clean import is_boilerplate, names_furniture
from .dom import TAG_NAME, TEXT_ID, tag_id, tag_ids
from .nesting import MAX_DEPTH
from .rules.html import BODY_BLOCK_TAGS, BODY_SKIP_TAGS

__all__ = ["Layout", "Marks", "Paragraph", "build_paragraphs"]

# blocks that are skipped like furniture unless they hold much of the text (article headers)
_SKIP_UNLESS_BIG = frozenset(("header",))
# a table row holding any of these is layout, walked as blocks, not read as one line
_NOT_IN_ROW = "p, div, ul, ol, h2, h3, h4, h5, h6, blockquote, pre, section"
_NOT_IN_ROW_OR_TABLE = _NOT_IN_ROW + ", table"
_BLANK_LINE = re.compile(r"\x00\s*\x00")  # two line breaks with nothing between: a paragraph break
_CELLS = tag_ids(("td", "th"))
#: the paragraph kind of a block tag's text ("": the kind around it, the tag opens a list); other
#: block tags (p, div, ...) keep the kind around them
_KIND = {"li": "li", "dt": "li", "dd": "li", "pre": "pre", "blockquote": "quote", "td": "cell", "th": "cell",
         "h1": "h", "h2": "h", "h3": "h", "h4": "h", "h5": "h", "h6": "h", "ul": "", "ol": ""}
#: what a block tag of `_KIND` does to its paragraphs' layout (a heading's level; td, th, dt, dd: nothing)
_LAYOUT: dict[str, str | int] = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6, "pre": "code",
                                 "blockquote": "quote", "ul": "list", "ol": "list", "li": "item"}
#: inline tags whose text is marked up: emphasis, strong emphasis, code (links are read apart)
_INLINE = {"em": "em", "i": "em", "strong": "strong", "b": "strong", "code": "code", "kbd": "code",
           "samp": "code", "tt": "code"}

#: Where a paragraph stands: (kind, heading level, list depth, ordered item's number, quotes around
#: it, detail), the fields of `model.Block`; detail is a table row's cell lengths or a code block's
#: `<pre>` node. Kinds: p, h, li (a list item's first paragraph), code, head (a table's first row), row.
Layout = tuple[str, int, int, "int | None", int, Any]
#: A paragraph's inline markup: its text before white space is collapsed ("\x00" a line break),
#: and (start, end, kind, link node or None) over it.
Marks = tuple[str, list[tuple[int, int, str, "LexborNode | None"]]]
_TOP: Layout = ("p", 0, 0, None, 0, None)


def _start(span: tuple[int, int, str, LexborNode | None]) -> int:
    return span[0]


@dataclass(slots=True)
class Paragraph:
    text: str
    kind: str = "p"  # p, h (a heading), li, pre, quote, cell, row (a table row)
    link_chars: int = 0
    layout: Layout = _TOP
    marks: Marks | None = None

    @property
    def link_ratio(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0


def _clean_lines(raw: str) -> str:
    """White space collapsed; "\x00" marks a line break (`<br>`, a line of `<pre>`)."""
    if raw.isprintable():  # (no white space but " ", no "\x00", no "\u200b": most paragraphs)
        if "  " not in raw and raw[:1] != " " and raw[-1:] != " ":
            return raw  # (nothing to collapse: what split and join would give, without a string a word)
        return " ".join(raw.split())
    if "\x00" not in raw:
        return " ".join(raw.replace("\u200b", " ").split())
    lines = (" ".join(line.split()) for line in raw.replace("\u200b", " ").split("\x00"))
    return "\n".join(line for line in lines if line)


def _emit(out: list[Paragraph], raw: str, kind: str, links: int, layout: Layout,
          spans: list[tuple[int, int, str, LexborNode | None]]) -> Layout:
    """A flush's paragraphs of a buffer `raw` that is not white space alone, appended to `out`; the
    layout that follows (a list item's further paragraphs continue it). (The compiled walk calls it too.)"""
    if "\x00" in raw and kind != "pre" and _BLANK_LINE.search(raw):
        return _split(out, raw, kind, links, layout, spans)
    text = _clean_lines(raw)
    if text:
        out.append(Paragraph(text, kind, links, layout, (raw, spans) if spans else None))
        if layout[0] == "li":  # the item's further paragraphs continue it
            return ("p", 0, layout[2], None, layout[4], None)
    return layout


def _split(out: list[Paragraph], raw: str, kind: str, links: int, layout: Layout,
           spans: list[tuple[int, int, str, LexborNode | None]]) -> Layout:
    """<br><br> inside one block: paragraphs (link text shared out by length, markup clipped)."""
    bounds = [0]
    for m in _BLANK_LINE.finditer(raw):
        bounds += m.span()
    bounds.append(len(raw))
    parts = [(t, lo, hi) for t, lo, hi in ((_clean_lines(raw[lo:hi]), lo, hi)
                                          for lo, hi in zip(bounds[::2], bounds[1::2])) if t]
    size = sum(len(t) for t, _, _ in parts) or 1
    todo = iter(sorted(spans, key=_start))  # (in order of start: each goes to the parts it overlaps)
    ahead = next(todo, None)
    active: list[tuple[int, int, str, LexborNode | None]] = []
    for t, lo, hi in parts:
        while ahead is not None and ahead[0] < hi:
            active.append(ahead)
            ahead = next(todo, None)
        if active:
            active = [s for s in active if s[1] > lo]
        marks = None
        if active:
            marks = (raw[lo:hi], [(max(a, lo) - lo, min(b, hi) - lo, k, n) for a, b, k, n in active])
        out.append(Paragraph(t, kind, links * len(t) // size, layout, marks))
        if layout[0] == "li":
            layout = ("p", 0, layout[2], None, layout[4], None)
    return layout


def _row(node: LexborNode, head: bool, layout: Layout) -> Paragraph | None:
    """A table row of plain cells: one line, cells separated by a space. None when it has no text."""
    # (its cells, in order: a walk of the row costs less than a selector run)
    cells = [" ".join(c.text(deep=True, separator=" ").split()) for c in node.traverse() if c.tag_id in _CELLS]
    text = " ".join(c for c in cells if c)
    if not text:
        return None
    layout = ("head" if head else "row", 0, layout[2], None, layout[4], [len(c) for c in cells])
    return Paragraph(text, "row", small_link_len(node), layout)


def _list_start(node: LexborNode) -> int:
    """The number of an <ol>'s first item."""
    value = node.attrs.get("start") or ""
    return int(value) if value.isdigit() and len(value) < 10 else 1


class _Walker:
    __slots__ = ("out", "buf", "chars", "links", "kind", "big", "prose", "whole", "inside_whole",
                 "breaks", "spans", "layout", "lists", "depth")

    def __init__(self, big: int, prose: dict[LexborNode, int], whole: set[LexborNode]) -> None:
        self.out: list[Paragraph] = []
        self.buf: list[str] = []
        self.chars = 0  # characters in buf
        self.links = 0  # of which link text
        self.breaks = 0  # line breaks in buf (chars + breaks: buf's length)
        self.spans: list[tuple[int, int, str, LexborNode | None]] = []  # inline markup over buf
        self.layout = _TOP
        self.lists: list[list[int | None]] = []  # the lists around: the next item's number (None: bullets)
        self.kind = "p"
        self.big = big  # prose above which a furniture-named block is kept anyway
        self.prose = prose  # prose characters under each element (from the container ranking)
        self.whole = whole  # blocks of inline markup read as one paragraph: no furniture inside
        self.inside_whole = False
        self.depth = 0  # elements walked into: the walk stops at MAX_DEPTH (two stack frames a level)

    def flush(self) -> None:
        if self.buf:
            raw = "".join(self.buf)
            if not raw.isspace():  # (white space between blocks: no paragraph; most flushes)
                self.layout = _emit(self.out, raw, self.kind, self.links, self.layout, self.spans)
            self.buf = []
            if self.spans:
                self.spans = []
        self.chars = self.links = self.breaks = 0

    def block(self, node: LexborNode, kind: str, outer: str) -> None:
        self.flush()
        self.kind = kind
        self.walk(node, kind)
        self.flush()
        self.kind = outer

    def structured(self, node: LexborNode, tag: str, kind: str, outer: str) -> None:
        """A block that sets its paragraphs' kind or layout: heading, list, list item, quote, pre, cell."""
        self.flush()
        saved = self.layout
        depth, quote = saved[2], saved[4]
        op = _LAYOUT.get(tag)
        if type(op) is int:
            self.layout = ("h", op, depth, None, quote, None)
        elif op == "code":  # its lines as they are
            text = node.text(deep=True)
            self.layout = ("code", 0, depth, None, quote, node)
            self.kind = "pre"
            self.buf.append(text.replace("\n", "\x00"))
            self.flush()
            self.kind = outer
            self.layout = saved
            return
        elif op == "quote":
            self.layout = ("p", 0, depth, None, quote + 1, None)
        elif op == "list":
            self.lists.append([_list_start(node) if tag == "ol" else None])
            try:
                self.block(node, kind, outer)
            finally:
                self.lists.pop()
            return
        elif op == "item":
            number = None
            if self.lists:
                counter = self.lists[-1]
                number = counter[0]
                if number is not None:
                    counter[0] = number + 1
            self.layout = ("li", 0, len(self.lists) or 1, number, quote, None)
        try:
            self.block(node, kind, outer)
        finally:
            self.layout = saved

    def row(self, node: LexborNode, head: bool = False) -> bool:
        """A table row of plain cells (`_row`). False when it has no text."""
        self.flush()
        paragraph = _row(node, head, self.layout)
        if paragraph is None:
            return False
        self.out.append(paragraph)
        return True

    def walk(self, node: LexborNode, kind: str) -> None:
        if self.depth >= MAX_DEPTH:
            return  # (nested deeper than a page that `nesting.flatten` flattened; the deep part goes)
        self.depth += 1
        # (first_child and next, not node.iter(): starting a Cython generator costs more than the
        # steps through a paragraph's few children)
        following = node.first_child
        while following is not None:
            child, following = following, following.next
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
                self.breaks += 1
                continue
            if tag is None or tag[0] == "-" or tag in BODY_SKIP_TAGS:  # -comment, -doctype ...
                continue
            if (not self.inside_whole and (tag in _SKIP_UNLESS_BIG or is_boilerplate(child))
                    and self.prose.get(child, 0) < self.big):
                continue
            if self.whole and not self.inside_whole and child in self.whole:  # (most pages have none)
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
                head = True  # (the first row with text heads the table)
                for tr in child.css("tr"):
                    if self.row(tr, head):
                        head = False
            elif tag == "tr" and child.css_first(_NOT_IN_ROW_OR_TABLE) is None:
                self.row(child)
            elif tag in BODY_BLOCK_TAGS:
                sub = _KIND.get(tag)
                if sub is None:
                    self.block(child, kind, kind)
                else:
                    self.structured(child, tag, sub or kind, kind)
            elif tag == "a":
                before, breaks, buf = self.chars, self.breaks, self.buf
                self.walk(child, kind)
                after = self.chars
                if after > before:  # (a flush inside resets chars: then the link holds blocks)
                    self.links += after - before
                    if self.buf is buf:
                        self.spans.append((before + breaks, after + self.breaks, "link", child))
            elif tag in _INLINE:
                before, breaks, buf = self.chars, self.breaks, self.buf
                self.walk(child, kind)
                if self.chars > before and self.buf is buf:
                    self.spans.append((before + breaks, self.chars + self.breaks, _INLINE[tag], None))
            else:
                self.walk(child, kind)
        self.depth -= 1


def build_paragraphs(nodes: list[LexborNode], prose: dict[LexborNode, int], keep_share: float = 0.5,
                     whole: set[LexborNode] | None = None) -> list[Paragraph]:
    """The paragraphs of `nodes` (the container, or it and its kept siblings), in order.

    `prose` gives the prose characters under each element (`Ranking.prose`): a
    furniture-named block holding `keep_share` of the container's prose is walked anyway, and
    so is all furniture inside a `whole` block (inline markup read as one paragraph).
    """
    total = sum(prose.get(n, 0) for n in nodes)
    big = max(200, int(total * keep_share))
    if accel.body_paragraphs is not None:
        out = accel.body_paragraphs(nodes, prose, big, whole or set(), _TOP, _C_HELPERS, _C_TAGS, MAX_DEPTH)
        if out is not None:
            return out
    walker = _Walker(big=big, prose=prose, whole=whole or set())
    for node in nodes:
        tag = node.tag or ""
        kind = _KIND.get(tag)
        if kind is None:
            walker.block(node, "p", "p")
        else:
            walker.structured(node, tag, kind or "p", "p")
    return walker.out


# ---- the compiled walk (`accel.body_paragraphs`, _cwalk.pyx): the same walk, its per-tag decisions coded
# ---- as one int a tag (what `_Walker.walk` does with a child of that tag, tested in the same order)

#: the walk's kinds, by their number in a tag's code ("": the kind around)
C_KINDS = ("", "li", "pre", "quote", "cell", "h", "p")
_C_OPS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6, "pre": 7, "blockquote": 8, "ul": 9, "ol": 10,
          "li": 11}  # (`_LAYOUT`'s ops by number)
#: inline markup kinds, by number
C_INLINE = ("", "em", "strong", "code")
C_WALK, C_BR, C_SKIP, C_BLOCK, C_STRUCTURED, C_LINK, C_INLINE_MARK, C_ASK = 0, 1, 2, 3, 4, 5, 6, 15
C_HEADER, C_TABLE, C_TR, C_BLOCK_TAG, C_IN_KIND = 16, 32, 64, 128, 1 << 20


def tag_code(tag: str | None) -> int:
    """What the walk does with an element named `tag`: the action (bits 0-3: walk into it, a line break,
    skip it, a block, a structured block, a link, inline markup), whether it is a header, a table, a row, a
    block tag; its `_KIND` (bits 8-11, with C_IN_KIND), layout op (bits 12-15) and inline kind (16-19)."""
    code = 0
    if tag is not None and tag in _KIND:
        code |= C_IN_KIND | C_KINDS.index(_KIND[tag]) << 8 | _C_OPS.get(tag, 0) << 12
    if tag == "br":
        return code | C_BR
    if tag is None or tag[:1] == "-" or tag in BODY_SKIP_TAGS:
        return code | C_SKIP
    if tag in _SKIP_UNLESS_BIG:
        code |= C_HEADER
    if tag == "table":
        code |= C_TABLE
    elif tag == "tr":
        code |= C_TR
    if tag in BODY_BLOCK_TAGS:
        return code | C_BLOCK_TAG | (C_STRUCTURED if tag in _KIND else C_BLOCK)
    if tag == "a":
        return code | C_LINK
    if tag in _INLINE:
        return code | C_INLINE_MARK | C_INLINE.index(_INLINE[tag]) << 16
    return code | C_WALK


#: tag id -> its code (C_ASK: a tag `TAG_NAME` does not name, asked by its name)
_C_TAGS = array("i", [tag_code(TAG_NAME[i]) if i in TAG_NAME else C_ASK for i in range(max(TAG_NAME) + 1)])
_NOT_IN_ROW_IDS = tag_ids(tuple(_NOT_IN_ROW.split(", ")))
#: the compiled walk's helpers: the functions it calls, the tags it tests
_C_HELPERS = (_emit, _row, _list_start, names_furniture, tag_code,
              bytes(1 if i in _NOT_IN_ROW_IDS else 0 for i in range(max(_NOT_IN_ROW_IDS) + 1)), tag_id("table"),
              C_KINDS, C_INLINE)

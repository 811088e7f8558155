"""A kept paragraph's layout and inline markup as a `model.Block`, offsets into its final text.

The walk (`paragraphs.py`) records where each piece of inline markup starts and ends in the
paragraph's text before white space is collapsed; here those offsets are carried over to the
collapsed text (the paragraph's `text`), links are made absolute, and a code block keeps its
lines as the page has them. Only the paragraphs the body keeps get this far.
"""
from __future__ import annotations

import os
import re
import unicodedata

from selectolax.lexbor import LexborNode

from ..model import Block, Span
from .dom import TEXT_ID, tag_id
from .paragraphs import Marks, Paragraph
from .urls import absolute

__all__ = ["to_block"]

_BR, _CODE = tag_id("br"), tag_id("code")
_LANGUAGE = re.compile(r"[\w+#.-]{1,30}")


def to_block(p: Paragraph, text: str, base_url: str | None) -> Block:
    """`p`'s Block; `text` is its text as the body keeps it (`p.text`, or that normalized to NFC)."""
    kind, level, depth, number, quote, detail = p.layout
    block = Block(kind, level, depth, number, quote, None, None, None, [])
    if kind == "p" or kind == "h" or kind == "li":
        pass
    elif kind == "code":
        code = _code_lines(_pre_text(detail))
        if code != p.text:
            block.code = code
        block.language = _language(detail)
    elif kind == "head" or kind == "row":
        block.cells = list(detail)
    if p.marks is not None:
        block.spans = _spans(p.text, p.marks, base_url)
    if text is not p.text:
        _renormalize(block, p.text, text)
    return block


def _pre_text(node: LexborNode) -> str:
    """A `<pre>`'s text, a `<br>` in it a line break (highlighters write lines so)."""
    if "<br" not in (node.html or ""):  # (cheaper than a selector)
        return node.text(deep=True)
    parts = []
    for n in node.traverse(include_text=True):
        if n.tag_id == TEXT_ID:
            parts.append(n.text_content or "")
        elif n.tag_id == _BR:
            parts.append("\n")
    return "".join(parts)


def _language(node: LexborNode) -> str | None:
    """The language a `<pre>` (or the `<code>` in it) names in its class: "language-x" or "lang-x"."""
    child = node.child
    while child is not None and child.tag_id == TEXT_ID and not (child.text_content or "").strip():
        child = child.next
    for n in (node, child if child is not None and child.tag_id == _CODE else None):
        for token in ((n.attrs.get("class") or "") if n is not None else "").split():
            if token.startswith(("language-", "lang-")):
                language = token.split("-", 1)[1]
                if _LANGUAGE.fullmatch(language):
                    return language
    return None


def _code_lines(raw: str) -> str:
    """A `<pre>`'s text as a code block: blank lines around it and spaces at line ends dropped,
    the indentation all its lines share taken out."""
    lines = [line.rstrip() for line in raw.replace("\r\n", "\n").split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    margin = None  # the white space every line opens with
    for line in lines:
        if line:
            indent = line[:len(line) - len(line.lstrip(" \t"))]
            if margin is None or indent.startswith(margin):
                margin = margin if margin is not None else indent
            else:
                margin = os.path.commonprefix([margin, indent])
            if not margin:
                break
    if margin:
        lines = [line[len(margin):] for line in lines]
    return "\n".join(lines)


def _spans(text: str, marks: Marks, base_url: str | None) -> list[Span]:
    """The marks' offsets carried from the raw text to `text` (white space collapsed as
    `paragraphs._clean_lines` does: each run of it one character, none at the ends).

    A span holds no white space at its ends. When the offsets do not add up to `text` (nothing
    known does that), the paragraph gets no spans.
    """
    raw, marks_at = marks
    if raw.strip() == text:  # (most paragraphs: nothing collapsed but the ends)
        lead = len(raw) - len(raw.lstrip())
        size = len(text)
        places = [(min(max(a - lead, 0), size), min(max(b - lead, 0), size), kind, node)
                  for a, b, kind, node in marks_at]
    else:
        places = _collapsed(text, raw, marks_at)
    spans: list[Span] = []
    for start, end, kind, node in places:
        while start < end and text[start] in " \n":  # (white space inside the markup's ends)
            start += 1
        while end > start and text[end - 1] in " \n":
            end -= 1
        if end <= start:
            continue
        url = None
        if node is not None:
            url = absolute(node.attrs.get("href"), base_url)
            if url is None:
                continue
        spans.append(Span(start, end, kind, url))
    return spans


def _collapsed(text: str, raw: str, marks_at: list[tuple[int, int, str, LexborNode | None]]
               ) -> list[tuple[int, int, str, LexborNode | None]]:
    """`marks_at` with offsets into `text`, the collapsed `raw` (none when they do not add up)."""
    raw = raw.replace("\u200b", " ").replace("\x00", "\n")  # (line breaks are white space here)
    opens: dict[int, int] = {}
    closes: dict[int, int] = {}
    n = 0  # characters of text so far
    pending = False  # white space seen after them
    prev = 0
    for off in sorted({o for a, b, _, _ in marks_at for o in (a, b)} | {len(raw)}):
        seg = raw[prev:off]
        prev = off
        words = seg.split()
        if words:
            if n and (pending or seg[0].isspace()):
                n += 1
            n += len(" ".join(words))
            pending = seg[-1].isspace()
        elif seg:
            pending = True
        closes[off] = n
        opens[off] = n + 1 if pending and n else n
    if n != len(text):
        return []
    return [(opens[a], closes[b], kind, node) for a, b, kind, node in marks_at]


def _renormalize(block: Block, old: str, new: str) -> None:
    """Offsets into `old` carried to `new`, its NFC form; spans and cells that cannot be are dropped."""
    def moved(off: int) -> int | None:
        head = unicodedata.normalize("NFC", old[:off])
        return len(head) if new.startswith(head) else None

    spans = []
    for s in block.spans:
        start, end = moved(s.start), moved(s.end)
        if start is not None and end is not None and end > start:
            spans.append(Span(start, end, s.kind, s.url))
    block.spans = spans
    if block.cells is not None:
        cells, at = [], 0
        for size in block.cells:
            start, end = moved(at), moved(at + size)
            if start is None or end is None:
                block.cells = None
                break
            cells.append(end - start)
            at += size + (1 if size else 0)
        else:
            block.cells = cells
    if block.code is not None:
        block.code = unicodedata.normalize("NFC", block.code)

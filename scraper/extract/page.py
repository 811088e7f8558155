"""The page the HTML steps read: the parsed tree, its URL, and what is read of it once.

`Page(html, url)` parses the page, reads its index (class/id/itemprop/rel values, the
attributes of its `<meta>` elements, the text of its JSON-LD scripts: `index.PageIndex`),
then drops its scripts and styles (never visible text: every later scan skips them). Each
step takes the page (`read_metadata(page)`, `take_blocks(page, md)`, `extract_body(page, md)`)
and selects through `page.css`, which leaves out the selector alternatives the page cannot
match; the block and body steps prune `page.tree` in place. The index was read before any
pruning, so it stays a superset of what the tree holds and serves every step.
"""
from __future__ import annotations

from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from . import accel
from .dom import attr, clean_text, drop_code, folded_text, joined_text, parse
from .index import PageIndex, css_first
from .jsonld import json_ld_from, unescape
from .urls import absolute

__all__ = ["Page", "document_base", "meta_values"]


class Page:
    """A parsed page and its index; `metas` (key -> values) and `json_ld` (objects) as declared."""

    __slots__ = ("tree", "url", "base_url", "index", "metas", "json_ld", "_shown", "_lines", "memo")

    def __init__(self, html: str | bytes, url: str | None = None) -> None:
        self.tree: LexborHTMLParser = parse(html)
        self.url = url
        #: what the page's relative links resolve against: its `<base href>`, else its URL
        self.base_url: str | None = document_base(self.tree, url)
        self.index = PageIndex(self.tree)  # first: it reads the JSON-LD scripts, the only script text read
        drop_code(self.tree)
        #: the page's meta values by key (property, name or itemprop, lower case), in page order
        self.metas: dict[str, list[str]] = meta_values(self.index.metas)
        #: every JSON-LD object of the page, `@graph` and lists flattened
        self.json_ld: list[dict[str, Any]] = json_ld_from(self.index.ld_json)
        self._shown: bytes | None = None
        self._lines: str | None = None
        #: what a step derives from the page once and reads again, under the step's own key (a page's
        #: memo dies with the page: no module keeps one page's values for the next)
        self.memo: dict[str, Any] = {}

    @property
    def body(self) -> LexborNode | None:
        return self.tree.body

    @property
    def shown(self) -> bytes:
        """The page's visible text as first read (before the block step prunes the tree: a superset of
        what is left), as bytes with ASCII letters folded, for the steps that look for a phrase before
        they run a selector (an element's text is a run of it; lexbor's "i" folds ASCII letters only, and
        so does bytes.lower; UTF-8 keeps each ASCII character one byte, and str.lower of a page with
        accents costs more)."""
        if self._shown is None:
            body = self.tree.body
            self._shown = b"" if body is None else folded_text(body)
        return self._shown

    @property
    def lines(self) -> str:
        """The body's text as first read, each text node's text on a line of its own ("" without a body):
        what the metadata step reads for a byline or a date written in the text, once for all its
        look-ups. Read before the block step prunes the tree; `clean_text` of it is `node_text(body)`
        (a line break and a space are both white space it collapses)."""
        if self._lines is None:
            body = self.tree.body
            self._lines = "" if body is None else joined_text(body, "\n")
        return self._lines

    def carries(self, name: str) -> bool:
        """Whether an element of the page may carry the attribute `name` (lower case): False tells that none
        does, so a selector for it can be left out. The compiled walks look the name up in the table of the
        page's attribute names, for nothing (HTML's own names, "href", are always there); else a selector looks."""
        found = accel.carries(self.tree, name.encode()) if accel.carries is not None else None
        return self.tree.css_first(f"[{name}]") is not None if found is None else found

    def css(self, selector: str, root: LexborNode | None = None) -> list[LexborNode]:
        """`root.css(selector)` (the whole page by default), same nodes, in fewer passes."""
        return self.index.css(self.tree if root is None else root, selector)

    def css_first(self, selector: str, root: LexborNode | None = None) -> LexborNode | None:
        """`root.css_first(selector)`, same node."""
        return self.index.css_first(self.tree if root is None else root, selector)


def document_base(tree: LexborHTMLParser, url: str | None) -> str | None:
    """The page's base URL as a browser reads it: the first `<base href>` (of the head: where the
    parser puts one), made absolute against `url`, when that gives an http(s) URL; else `url`.
    (`<base href="/">` on a page of /news/a.html makes "news/b.html" /news/b.html, not /news/news/b.html.)"""
    head = tree.head
    node = css_first(head, "base[href]") if head is not None else None
    if node is None:
        return url
    base = absolute(attr(node, "href"), url)
    return base if base is not None and base.startswith(("http://", "https://")) else url


def meta_values(elements: list[dict[str, str | None]]) -> dict[str, list[str]]:
    """The page's meta values by key (property, name or itemprop, lower case), from the attributes
    of its <meta> elements (`PageIndex.metas`)."""
    metas: dict[str, list[str]] = {}
    for a in elements:  # (a value is a str, or None for an attribute without one: `stripped` inline)
        value = a.get("content")
        if not value:
            continue
        key = (a.get("property") or "").strip() or (a.get("name") or "").strip() or (a.get("itemprop") or "").strip()
        if key and (value := value.strip()):
            metas.setdefault(key.lower(), []).append(clean_text(unescape(value)))
    return metas

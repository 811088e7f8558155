"""Where the article is: the element of the page that holds its prose, and little else.

A paragraph is a `<p>`, or text standing straight in a block (`<div>`, `<td>`,
...), of at least 25 characters and mostly not links. Each gives its prose
characters (less link text) to all its ancestors. A container scores its prose
less `ALPHA` times the rest of its text (menus, links, short lines), times a
factor from its tag and class/id words (`article`, `itemprop=articleBody` up;
furniture names down). The best is the tightest element that still holds the
article: the page's body when it is all article, an inner `<div>` when the
page has menus and sidebars around it.

Python loops once over the paragraphs and over the ancestors they reach;
every text measure is a C call.
"""
from __future__ import annotations

from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

from .clean import class_words, text_len
from .rules import BODY_CONTENT_WORDS, BODY_NEGATIVE_WORDS

__all__ = ["Candidate", "find_container", "link_len", "rank_containers"]

_TAG_FACTOR = {"article": 1.15, "main": 1.05, "body": 0.9, "li": 0.8, "ul": 0.9, "ol": 0.9, "header": 0.7,
               "blockquote": 0.8, "td": 0.95, "tr": 0.9, "tbody": 0.9, "table": 0.95}
_DIRECT_TEXT_SELECTOR = "div, td, li, dd, blockquote, section, article, main, center, pre"
_MIN_PARAGRAPH = 25  # characters: shorter elements are not prose
CLUSTER = 500  # prose characters under one parent for its paragraphs to count in full
OTHER = 0.25  # weight of its text that is neither prose nor links (headings, dates, cells)
ALPHA = 1.0  # weight of a container's other text (links, menus) against its prose


@dataclass
class Candidate:
    node: LexborNode
    score: float
    text_len: int  # solid characters of all its text
    prose: int  # solid characters of its prose paragraphs


def link_len(node: LexborNode) -> int:
    """Characters of link text inside `node`."""
    return sum(text_len(a) for a in node.css("a"))


def _prose(text: str, links: int) -> int:
    """Prose characters of a paragraph: its solid text less links, 0 when too short to be prose."""
    n = len(text) - text.count(" ") - text.count("\n") - text.count("\t")
    if n < _MIN_PARAGRAPH or links * 2 > n:
        return 0
    return n - links


def find_container(tree: LexborHTMLParser) -> Candidate | None:
    """The element holding the article's text, or None when the page has no prose."""
    ranked = rank_containers(tree)
    return ranked[0] if ranked else None


def rank_containers(tree: LexborHTMLParser, alpha: float | None = None) -> list[Candidate]:
    """Containers of the page's prose, best first.

    Every paragraph gives its prose characters to all its ancestors (P). A
    container scores P - alpha * (its other text: links, menus, short lines),
    times a factor from its tag and class/id words. The best is the tightest
    element that still holds the prose.
    """
    alpha = ALPHA if alpha is None else alpha
    root = tree.body
    if root is None:
        return []
    units: list[tuple[LexborNode, int]] = []
    for para in root.css("p"):
        text = para.text(deep=True)
        links = link_len(para) if para.css_first("a") is not None else 0
        prose = _prose(text, links)
        if prose:
            units.append((para, prose))
    for node in root.css(_DIRECT_TEXT_SELECTOR):  # text straight in a block (no <p>)
        direct = node.text(deep=False)
        if len(direct) > _MIN_PARAGRAPH:
            prose = _prose(direct, 0)
            if prose:
                units.append((node, prose))
    for table in root.css("table"):  # a data table (rows of short cells) reads as one paragraph
        if len(table.css("table")) == 1 and table.css_first("p, div") is None:
            prose = _prose(table.text(deep=True), link_len(table))
            if prose:
                units.append((table, prose))
    if not units:
        return []
    # A paragraph alone in its box (a teaser card) weighs less than one among many (an article).
    cluster: dict[LexborNode, int] = {}
    for node, prose in units:
        parent = node.parent
        if parent is not None:
            cluster[parent] = cluster.get(parent, 0) + prose
    full = min(CLUSTER, max(cluster.values()))
    mass: dict[LexborNode, float] = {}  # weighted prose
    raw: dict[LexborNode, int] = {}  # prose characters
    for start, prose in units:
        parent = start.parent
        weight = min(1.0, cluster.get(parent, 0) / full) if parent is not None else 1.0
        node = start
        while node is not None:
            tag = node.tag
            if tag == "html" or tag is None:
                break
            mass[node] = mass.get(node, 0) + prose * weight
            raw[node] = raw.get(node, 0) + prose
            node = node.parent
    top = max(mass.values())
    ranked: list[Candidate] = []
    for node, prose in mass.items():
        if prose < top * 0.2:
            continue
        total = text_len(node)
        links = link_len(node)
        other = max(0, total - raw[node] - links)
        score = (prose - alpha * links - OTHER * other) * _factor(node)
        ranked.append(Candidate(node, score, total, int(prose)))
    ranked.sort(key=lambda c: c.score, reverse=True)
    return ranked


def _factor(node: LexborNode) -> float:
    tag = node.tag or ""
    factor = _TAG_FACTOR.get(tag, 1.0)
    words, furniture = class_words(node)
    if words:
        if furniture or words & BODY_NEGATIVE_WORDS:
            factor *= 0.5
        elif words & BODY_CONTENT_WORDS:
            factor *= 1.1
    if node.attributes.get("itemprop") == "articleBody":
        factor *= 1.3
    return factor

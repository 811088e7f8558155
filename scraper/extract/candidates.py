"""Where the article is: the element of the page that holds its prose, and little else.

A paragraph is a `<p>` or a `<li>` of inline markup (both counted with their
links, under their parent: the items of a post written as lists pool like
paragraphs), text standing straight in a block (`<div>`, `<td>`, ...), a
`<div>` of inline markup only, or a data table, of at least 25 characters and
mostly not links. Paragraphs are summed per parent; a parent
holding little prose (a teaser card) weighs quadratically less than one
holding a run of paragraphs (an article). Each element gets the prose of its
subtree; prose inside furniture (comments, sidebars, by class/id words) does
not count for the elements around it. A container scores

    (prose - ALPHA * link text - OTHER * the rest of its text) * factor

with the factor from its tag and class/id words (`article`,
`itemprop=articleBody` up; furniture names, being inside furniture down). The
best is the tightest element that still holds the article: the page's body
when it is all article, an inner `<div>` when menus and sidebars surround it.

One selector run for the paragraphs, a Python loop over them and over the
elements above them (each reached once); text and link lengths are C calls,
bounded so only the few elements that can still win pay for them.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser, LexborNode

from .clean import class_words, text_len
from .dom import TAG_NAME, tag_id, tag_ids
from .rules.html import BODY_CONTENT_WORDS, BODY_NEGATIVE_WORDS

__all__ = ["Candidate", "Ranking", "find_container", "link_len", "rank_containers", "small_link_len"]

_TAG_FACTOR = {"article": 1.15, "main": 1.05, "body": 0.9, "li": 0.8, "ul": 0.9, "ol": 0.9, "header": 0.7,
               "blockquote": 0.8, "td": 0.95, "tr": 0.9, "tbody": 0.9, "table": 0.95}
# one alternative of many tags rather than a list of them (same nodes, same order): lexbor tries a
# list's alternatives one by one at each element, and most elements here are one of these tags, so
# ":is" stops early (measured: fewer instructions; for rare tags, as in clean.py, the list costs less)
_UNIT_SELECTOR = ":is(p, div, td, li, dd, blockquote, section, article, main, center, pre, table)"
_BLOCKS = tag_ids(("div", "p", "table", "ul", "ol", "dl", "li", "h1", "h2", "h3", "h4", "h5", "h6", "section",
                   "article", "blockquote", "pre", "form", "header", "main", "nav", "aside", "footer", "figure"))
_A, _P, _LI, _DIV, _TABLE = (tag_id(t) for t in ("a", "p", "li", "div", "table"))
_MAX_TABLES = 30
_MIN_PARAGRAPH = 25  # characters: shorter elements are not prose
CLUSTER = 500  # prose characters under one parent for its paragraphs to count in full
CLUSTER_POWER = 2.0  # how steeply a lone paragraph (a teaser card) loses weight
CLEAN_SHARE = 0.25  # prose outside furniture must keep this share of the page's best for the rule to hold
OTHER = 0.25  # weight of its text that is neither prose nor links (headings, dates, cells)
ALPHA = 1.0  # weight of a container's link text (menus, link lists) against its prose
_CONTENT, _NEGATIVE = BODY_CONTENT_WORDS.words, BODY_NEGATIVE_WORDS.words


@dataclass
class Candidate:
    node: LexborNode
    score: float
    text_len: int  # characters of all its text (each text node stripped)
    prose: int  # weighted prose characters of its paragraphs


def link_len(node: LexborNode) -> int:
    """Characters of link text inside `node`."""
    return sum(len(a.text(deep=True, strip=True)) for a in node.css("a"))


def small_link_len(node: LexborNode) -> int:
    """`link_len` of a small subtree (a paragraph, a table row): a walk over its few nodes costs
    less than a selector run (lexbor parses the selector anew at each call, ~2 us)."""
    total = 0
    for n in node.traverse():
        if n.tag_id == _A:
            total += len(n.text(deep=True, strip=True))
    return total


def _has_block_child(node: LexborNode) -> bool:
    """True when a child of `node` is a block element (a loop, not `any()`: no generator per node)."""
    for child in node.iter():
        if child.tag_id in _BLOCKS:
            return True
    return False


def _prose(n: int, links: int) -> int:
    """Prose characters of a paragraph of `n` characters: less its links, 0 when it is not prose."""
    if n < _MIN_PARAGRAPH or links * 2 > n:
        return 0
    return n - links


@dataclass
class Ranking:
    """The containers of a page's prose, best first, and the prose characters of every element."""

    ranked: list[Candidate]
    prose: dict[LexborNode, int]  # prose characters under each element that holds any
    page_prose: int  # prose characters of the whole page
    whole: set[LexborNode] = field(default_factory=set)  # blocks of inline markup, counted as one paragraph

    @property
    def best(self) -> Candidate | None:
        return self.ranked[0] if self.ranked else None


def find_container(tree: LexborHTMLParser) -> Candidate | None:
    """The element holding the article's text, or None when the page has no prose."""
    return rank_containers(tree, best_only=True).best


def rank_containers(tree: LexborHTMLParser, alpha: float | None = None, best_only: bool = False) -> Ranking:
    """Containers of the page's prose, best first (only the best one with `best_only`)."""
    alpha = ALPHA if alpha is None else alpha
    root = tree.body
    if root is None:
        return Ranking([], {}, 0)
    # prose of the paragraphs, summed per parent ("cluster")
    cluster: dict[LexborNode, int] = {}
    claimed: set[LexborNode] = set()  # blocks of inline markup counted whole: skip what is inside
    tables: list[LexborNode] = []
    for node in root.css(_UNIT_SELECTOR):
        tag = node.tag_id
        if claimed:
            parent = node.parent
            if parent in claimed or (parent is not None and parent.parent in claimed):
                continue
        if tag == _P or (tag == _LI and not _has_block_child(node)):
            n = len(node.text(deep=True, strip=True))
            if n < _MIN_PARAGRAPH:
                continue
            prose = _prose(n, small_link_len(node))
            home = node.parent
        elif tag == _TABLE:
            tables.append(node)
            continue
        else:  # text straight in a block (no <p>): the block is the paragraph's home
            n = len(node.text(deep=False, strip=True))
            prose = n if n >= _MIN_PARAGRAPH else 0  # _prose(n, 0)
            if not prose and tag == _DIV and not _has_block_child(node):
                # a block of inline markup only (<div><span>text</span></div>): all its text
                n = len(node.text(deep=True, strip=True))
                if n >= _MIN_PARAGRAPH:
                    prose = _prose(n, small_link_len(node))
                    claimed.add(node)
            home = node
        if prose and home is not None:
            cluster[home] = cluster.get(home, 0) + prose
    # a data table (rows of short cells) reads as one paragraph; a page of hundreds of tables
    # is a layout of tables (checking each costs selector runs): its cells count instead
    if len(tables) <= _MAX_TABLES:
        for node in tables:
            if len(node.css("table")) > 1 or node.css_first("p, div") is not None:
                continue  # a layout table: its paragraphs count for themselves
            n = len(node.text(deep=True, strip=True))
            prose = _prose(n, link_len(node)) if n >= _MIN_PARAGRAPH else 0
            if prose and node.parent is not None:
                cluster[node.parent] = cluster.get(node.parent, 0) + prose
    if not cluster:
        return Ranking([], {}, 0)
    # A paragraph alone in its box (a teaser card) weighs less than one among many (an article).
    full = min(CLUSTER, max(cluster.values()))
    # The elements above the paragraphs, each reached once; then sums from the deepest up.
    parent_of: dict[LexborNode, LexborNode | None] = {}
    depth: dict[LexborNode, int] = {}
    for home in cluster:
        chain = []
        node = home
        while node is not None and node not in parent_of:
            chain.append(node)
            parent = node.parent
            if parent is None or (TAG_NAME.get(parent.tag_id) or parent.tag) in ("html", None):
                parent = None
            parent_of[node] = parent
            node = parent
        d = depth[node] + 1 if node is not None else 0
        for n in reversed(chain):
            depth[n] = d
            d += 1
    mass: dict[LexborNode, float] = {}  # weighted prose of the subtree
    raw: dict[LexborNode, int] = {}  # prose characters of the subtree
    for home, prose in cluster.items():
        mass[home] = prose * min(1.0, prose / full) ** CLUSTER_POWER
        raw[home] = prose
    via: dict[LexborNode, LexborNode | None] = {}  # the one child prose came through (None: several)
    for node in sorted(parent_of, key=depth.__getitem__, reverse=True):
        parent = parent_of[node]
        if parent is None:
            continue
        mass[parent] = mass.get(parent, 0.0) + mass.get(node, 0.0)
        raw[parent] = raw.get(parent, 0) + raw.get(node, 0)
        via[parent] = node if parent not in via and parent not in cluster else None
    # Prose inside furniture (comments, sidebars) does not draw the container: it counts as
    # other text, unless that would leave next to no prose (a furniture name on the article).
    memo: dict[LexborNode, bool] = {}
    fmass: dict[LexborNode, float] = {}
    fraw: dict[LexborNode, int] = {}
    for home, prose in cluster.items():
        if _in_furniture(home, memo):
            fmass[home], fraw[home] = mass[home], prose
    if fmass:
        for node in sorted(parent_of, key=depth.__getitem__, reverse=True):
            parent = parent_of[node]
            if parent is not None and node in fmass:
                fmass[parent] = fmass.get(parent, 0.0) + fmass[node]
                fraw[parent] = fraw.get(parent, 0) + fraw[node]
        top = max(mass.values())
        clean = {n: m - fmass.get(n, 0.0) for n, m in mass.items()}
        if max(clean.values()) >= CLEAN_SHARE * top:
            mass = clean
            scored_raw = {n: r - fraw.get(n, 0) for n, r in raw.items()}
        else:
            scored_raw = raw
    else:
        scored_raw = raw
    top = max(mass.values())
    if top <= 0:
        return Ranking([], raw, raw.get(root, 0), claimed)
    # score = prose - alpha * links - OTHER * (rest of the text), times the tag/class factor.
    # Text and link lengths cost C calls over whole subtrees: bound the score without them first.
    factors: dict[LexborNode, float] = {}
    for node, prose in mass.items():
        if prose >= top * 0.2:
            factor = _factor(node)
            if _in_furniture(node.parent, memo):  # a text widget in a sidebar, a comment's body
                factor *= 0.5
            factors[node] = factor
    bounds = []
    for node, factor in factors.items():
        child = via.get(node)
        # a wrapper around one child with the same prose scores no better than that child
        if (child is not None and child in factors and scored_raw[child] == scored_raw[node]
                and factor <= factors[child]):
            continue
        bounds.append((mass[node] * factor, node))
    bounds.sort(key=lambda b: b[0], reverse=True)
    ranked: list[Candidate] = []
    best = float("-inf")
    for bound, node in bounds:
        if best_only and bound < best:
            break
        prose, factor = mass[node], factors[node]
        total = text_len(node)
        if best_only and (prose - OTHER * max(0, total - scored_raw[node])) * factor < best:
            continue
        links = link_len(node)
        other = max(0, total - scored_raw[node] - links)
        score = (prose - alpha * links - OTHER * other) * factor
        best = max(best, score)
        ranked.append(Candidate(node, score, total, int(prose)))
    ranked.sort(key=lambda c: c.score, reverse=True)
    return Ranking(ranked[:1] if best_only else ranked, raw, raw.get(root, 0), claimed)


def _in_furniture(node: LexborNode | None, memo: dict[LexborNode, bool]) -> bool:
    """True when `node` or one of its ancestors is named like furniture (sidebar, comments, ...)."""
    chain = []
    found = False
    while node is not None and (TAG_NAME.get(node.tag_id) or node.tag) not in ("body", "html", None):
        known = memo.get(node)
        if known is not None:
            found = known
            break
        chain.append(node)
        if class_words(node)[1]:
            found = True
            break
        node = node.parent
    # everything below a furniture ancestor is inside furniture; a clean chain is clean
    for n in chain:
        memo[n] = found
    return found


def _factor(node: LexborNode) -> float:
    tag = node.tag or ""
    factor = _TAG_FACTOR.get(tag, 1.0)
    words, furniture = class_words(node)
    if words:
        if furniture or words & _NEGATIVE:
            factor *= 0.5
        elif words & _CONTENT:
            factor *= 1.1
    if node.attributes.get("itemprop") == "articleBody":
        factor *= 1.3
    return factor

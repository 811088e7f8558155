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
elements above them (each reached once; the compiled walks, `accel.paragraphs` and
`accel.rank`, do the same in C); text and link lengths are C calls,
bounded so only the few elements that can still win pay for them (each text
node stripped; `skip_empty`: the white space between tags costs no string).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from selectolax.lexbor import LexborHTMLParser, LexborNode

from . import accel
from .clean import class_words, is_boilerplate, names_furniture, text_len
from .dom import TAG_NAME, TEXT_ID, tag_id, tag_ids
from .rules.html import BODY_CONTENT_WORDS, BODY_NEGATIVE_WORDS

__all__ = ["Ranking", "link_len", "rank_containers", "small_link_len"]

_TAG_FACTOR = {"article": 1.15, "main": 1.05, "body": 0.9, "li": 0.8, "ul": 0.9, "ol": 0.9, "header": 0.7,
               "blockquote": 0.8, "td": 0.95, "tr": 0.9, "tbody": 0.9, "table": 0.95}
# one alternative of many tags rather than a list of them (same nodes, same order): lexbor tries a
# list's alternatives one by one at each element, and most elements here are one of these tags, so
# ":is" stops early (measured: fewer instructions; for rare tags, as in clean.py, the list costs less)
_UNIT_SELECTOR = ":is(p, div, td, li, dd, blockquote, section, article, main, center, pre, table)"
_BLOCKS = tag_ids(("div", "p", "table", "ul", "ol", "dl", "li", "h1", "h2", "h3", "h4", "h5", "h6", "section",
                   "article", "blockquote", "pre", "form", "header", "main", "nav", "aside", "footer", "figure"))
_A, _P, _LI, _DIV, _TABLE = (tag_id(t) for t in ("a", "p", "li", "div", "table"))
_UNITS = tag_ids(tuple(_UNIT_SELECTOR[4:-1].split(", ")))  # (the compiled walk's paragraphs: the selector's tags)
_MAX_TABLES = 30
_MIN_PARAGRAPH = 25  # characters: shorter elements are not prose
CLUSTER = 500  # prose characters under one parent for its paragraphs to count in full
CLUSTER_POWER = 2.0  # how steeply a lone paragraph (a teaser card) loses weight
CLEAN_SHARE = 0.25  # prose outside furniture must keep this share of the page's best for the rule to hold
OTHER = 0.25  # weight of its text that is neither prose nor links (headings, dates, cells)
ALPHA = 1.0  # weight of a container's link text (menus, link lists) against its prose
_CONTENT, _NEGATIVE = BODY_CONTENT_WORDS.words, BODY_NEGATIVE_WORDS.words


def link_len(node: LexborNode) -> int:
    """Characters of link text inside `node` (the compiled walk, `accel.link_len`, counts the same)."""
    n = accel.link_len(node, _A) if accel.link_len is not None else None
    if n is not None:
        return n
    return sum(len(a.text(deep=True, strip=True, skip_empty=True)) for a in node.css("a"))


def small_link_len(node: LexborNode) -> int:
    """`link_len` of a small subtree (a paragraph, a table row): a walk over its few nodes costs
    less than a selector run (lexbor parses the selector anew at each call, ~2 us); the compiled walk
    (`accel.link_len`) counts the same."""
    counted = accel.link_len(node, _A) if accel.link_len is not None else None
    if counted is not None:
        return counted
    total = 0
    for n in node.traverse():
        if n.tag_id == _A:
            total += len(n.text(deep=True, strip=True, skip_empty=True))
    return total


def _has_block_child(node: LexborNode) -> bool:
    """True when a child of `node` is a block element. (`first_child` and `next`, not `node.iter()`:
    starting a Cython generator costs more than the few steps to the first block child.)"""
    child = node.first_child
    while child is not None:
        if child.tag_id in _BLOCKS:
            return True
        child = child.next
    return False


def _prose(n: int, links: int) -> int:
    """Prose characters of a paragraph of `n` characters: less its links, 0 when it is not prose."""
    if n < _MIN_PARAGRAPH or links * 2 > n:
        return 0
    return n - links


@dataclass
class Ranking:
    """The element that holds the article's prose, and the prose characters of every element."""

    best: LexborNode | None  # None: the page has no prose
    prose: dict[LexborNode, int]  # prose characters under each element that holds any
    page_prose: int  # prose characters of the whole page
    whole: set[LexborNode] = field(default_factory=set)  # blocks of inline markup, counted as one paragraph


def rank_containers(tree: LexborHTMLParser) -> Ranking:
    """The container of the page's prose (see the module's notes), in four phases: the prose of the
    paragraphs summed per parent (`_clusters`), summed up the tree (`_propagate`), less the prose
    inside furniture (`_discount_furniture`), and the containers scored (`_best`)."""
    root = tree.body
    if root is None:
        return Ranking(None, {}, 0)
    cluster, claimed = _clusters(root)
    if not cluster:
        return Ranking(None, {}, 0)
    got = accel.rank(cluster, *_C_RANK) if accel.rank is not None else None
    if got is not None:  # (the compiled walk: the same four phases)
        best, prose = got
        return Ranking(best, prose, prose.get(root, 0), claimed)
    parent_of, order, inside = _elements_above(cluster)
    mass, raw, via = _propagate(cluster, parent_of, order)
    mass, scored_raw = _discount_furniture(cluster, parent_of, order, mass, raw, inside)
    return Ranking(_best(mass, scored_raw, via, parent_of, inside), raw, raw.get(root, 0), claimed)


def _clusters(root: LexborNode) -> tuple[dict[LexborNode, int], set[LexborNode]]:
    """The prose characters of the paragraphs, summed per parent ("cluster"); and the blocks of
    inline markup counted whole (what is inside them is not counted again)."""
    got = accel.paragraphs(root, *_C_PARAGRAPHS) if accel.paragraphs is not None else None
    cluster, claimed, tables = got if got is not None else _paragraphs(root)
    # a data table (rows of short cells) reads as one paragraph; a page of hundreds of tables
    # is a layout of tables (checking each costs selector runs): its cells count instead
    if len(tables) <= _MAX_TABLES:
        for node in tables:
            if len(node.css("table")) > 1 or node.css_first("p, div") is not None:
                continue  # a layout table: its paragraphs count for themselves
            n = len(node.text(deep=True, strip=True, skip_empty=True))
            prose = _prose(n, link_len(node)) if n >= _MIN_PARAGRAPH else 0
            if prose and node.parent is not None:
                cluster[node.parent] = cluster.get(node.parent, 0) + prose
    return cluster, claimed


def _paragraphs(root: LexborNode) -> tuple[dict[LexborNode, int], set[LexborNode], list[LexborNode]]:
    """`_clusters`' paragraphs in Python (the compiled walk, `accel.paragraphs`, gives the same): their prose
    summed per parent, the blocks of inline markup counted whole, and the tables (read after)."""
    cluster: dict[LexborNode, int] = {}
    claimed: set[LexborNode] = set()
    tables: list[LexborNode] = []
    for node in root.css(_UNIT_SELECTOR):
        tag = node.tag_id
        if claimed:
            parent = node.parent
            if parent in claimed or (parent is not None and parent.parent in claimed):
                continue
        home: LexborNode | None
        if tag == _P or (tag == _LI and not _has_block_child(node)):
            n = len(node.text(deep=True, strip=True, skip_empty=True))
            if n < _MIN_PARAGRAPH:
                continue
            prose = _prose(n, small_link_len(node))
            home = node.parent
        elif tag == _TABLE:
            tables.append(node)
            continue
        else:  # text straight in a block (no <p>): the block is the paragraph's home
            n = len(node.text(deep=False, strip=True, skip_empty=True))
            prose = n if n >= _MIN_PARAGRAPH else 0  # _prose(n, 0)
            if not prose and tag == _DIV and not _has_block_child(node):
                # a block of inline markup only (<div><span>text</span></div>): all its text
                n = len(node.text(deep=True, strip=True, skip_empty=True))
                if n >= _MIN_PARAGRAPH:
                    prose = _prose(n, small_link_len(node))
                    claimed.add(node)
            home = node
        if prose and home is not None:
            cluster[home] = cluster.get(home, 0) + prose
    return cluster, claimed, tables


def _tag_map(ids: frozenset[int]) -> bytes:
    """Tag id -> 1 for the tags of `ids` (the compiled walk's sets)."""
    return bytes(1 if i in ids else 0 for i in range(max(ids) + 1))


_C_PARAGRAPHS = (_tag_map(_UNITS), _tag_map(_BLOCKS), _A, _P, _LI, _DIV, _TABLE, _MIN_PARAGRAPH)


def _elements_above(cluster: dict[LexborNode, int]) -> tuple[dict[LexborNode, LexborNode | None], list[LexborNode],
                                                            dict[LexborNode, bool]]:
    """Each element from the paragraphs' homes up to <body> -> its parent (None at the top), each
    reached once; those elements, the deepest first; and whether each is inside furniture: it or an
    element above it, below <body>, is named like furniture (sidebar, comments, ...)."""
    parent_of: dict[LexborNode, LexborNode | None] = {}
    depth: dict[LexborNode, int] = {}
    inside: dict[LexborNode, bool] = {}
    for home in cluster:
        chain = []
        node: LexborNode | None = home
        while node is not None and node not in parent_of:
            chain.append(node)
            parent = node.parent
            if parent is None or _above_the_top(parent):
                parent = None
            parent_of[node] = parent
            node = parent
        d = depth[node] + 1 if node is not None else 0
        furniture = node is not None and inside[node]
        for n in reversed(chain):  # (from the top down: below a furniture element all is inside it)
            depth[n] = d
            d += 1
            furniture = furniture or (parent_of[n] is not None and is_boilerplate(n))  # (<body> is no furniture)
            inside[n] = furniture
    return parent_of, sorted(parent_of, key=depth.__getitem__, reverse=True), inside


def _above_the_top(parent: LexborNode) -> bool:
    """The parent of the top element the ranking reaches (<html>, or a node without a name)."""
    return (TAG_NAME.get(parent.tag_id) or parent.tag) in ("html", None)


def _propagate(cluster: dict[LexborNode, int], parent_of: dict[LexborNode, LexborNode | None],
               order: list[LexborNode]) -> tuple[dict[LexborNode, float], dict[LexborNode, int],
                                                 dict[LexborNode, LexborNode | None]]:
    """The prose of each element's subtree, weighted (a paragraph alone in its box, a teaser card,
    weighs less than one among many: `mass`) and not (`raw`); and the one child each element's
    prose came through (None: several)."""
    full = min(CLUSTER, max(cluster.values()))
    mass: dict[LexborNode, float] = {}
    raw: dict[LexborNode, int] = {}
    for home, prose in cluster.items():
        mass[home] = prose * min(1.0, prose / full) ** CLUSTER_POWER
        raw[home] = prose
    via: dict[LexborNode, LexborNode | None] = {}
    for node in order:  # (the deepest first: a node's sums are whole before they go up)
        parent = parent_of[node]
        if parent is None:
            continue
        mass[parent] = mass.get(parent, 0.0) + mass.get(node, 0.0)
        raw[parent] = raw.get(parent, 0) + raw.get(node, 0)
        via[parent] = node if parent not in via and parent not in cluster else None
    return mass, raw, via


def _discount_furniture(cluster: dict[LexborNode, int], parent_of: dict[LexborNode, LexborNode | None],
                        order: list[LexborNode], mass: dict[LexborNode, float], raw: dict[LexborNode, int],
                        inside: dict[LexborNode, bool]) -> tuple[dict[LexborNode, float], dict[LexborNode, int]]:
    """(mass, raw) less the prose inside furniture (comments, sidebars): it does not draw the
    container, it counts as other text; unless that leaves next to no prose (a furniture name on
    the article itself), then `mass` and `raw` as they are."""
    fmass: dict[LexborNode, float] = {}
    fraw: dict[LexborNode, int] = {}
    for home, prose in cluster.items():
        if inside[home]:
            fmass[home], fraw[home] = mass[home], prose
    if not fmass:
        return mass, raw
    for node in order:
        parent = parent_of[node]
        if parent is not None and node in fmass:
            fmass[parent] = fmass.get(parent, 0.0) + fmass[node]
            fraw[parent] = fraw.get(parent, 0) + fraw[node]
    top = max(mass.values())
    clean = {n: m - fmass.get(n, 0.0) for n, m in mass.items()}
    if max(clean.values()) >= CLEAN_SHARE * top:
        return clean, {n: r - fraw.get(n, 0) for n, r in raw.items()}
    return mass, raw


def _best(mass: dict[LexborNode, float], scored_raw: dict[LexborNode, int], via: dict[LexborNode, LexborNode | None],
          parent_of: dict[LexborNode, LexborNode | None], inside: dict[LexborNode, bool]) -> LexborNode | None:
    """The element of the best score, prose - ALPHA * links - OTHER * (rest of the text), times the
    tag/class factor. Text and link lengths cost C calls over whole subtrees: an upper bound of
    each score without them rules most elements out first."""
    top = max(mass.values())
    if top <= 0:
        return None
    factors: dict[LexborNode, float] = {}
    for node, prose in mass.items():
        if prose >= top * 0.2:
            factor = _factor(node)
            parent = parent_of[node]
            if parent is not None and inside[parent]:  # a text widget in a sidebar, a comment's body
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
    best, best_node = float("-inf"), None
    totals: dict[LexborNode, int] = {}
    link_totals: dict[LexborNode, int] = {}
    for bound, node in bounds:
        if bound < best:
            break
        prose, factor = mass[node], factors[node]
        total = _down_the_chain(node, via, factors, totals, text_len, _text_besides)
        if (prose - OTHER * max(0, total - scored_raw[node])) * factor < best:
            continue
        links = _down_the_chain(node, via, factors, link_totals, link_len, _links_besides, _MAX_CHAINED_CHILDREN)
        other = max(0, total - scored_raw[node] - links)
        score = (prose - ALPHA * links - OTHER * other) * factor
        if score > best:  # (ties: the first, as a stable sort by score would keep it)
            best, best_node = score, node
    return best_node


def _down_the_chain(node: LexborNode, via: dict[LexborNode, LexborNode | None], candidates: dict[LexborNode, float],
                    totals: dict[LexborNode, int], whole: Callable[[LexborNode], int],
                    besides: Callable[[LexborNode, int], int], max_children: int | None = None) -> int:
    """`whole(node)` (a text or link length), read once for a chain of candidates: the candidates are
    wrappers around wrappers (body > div > main > article), and a wrapper's count is that of the child its
    prose came through (when it is a candidate too) plus `besides(node, that child's mem_id)`, what the
    wrapper itself and its other children add; a call of `whole` for each would read the innermost
    subtree once per wrapper (128 nested wrappers of 20,000 links each took seconds). A wrapper of more
    than `max_children` children is read whole (a reading per child costs more). `totals`: the counts
    read so far."""
    total = totals.get(node)
    if total is not None:
        return total
    inner = via.get(node)
    if inner is None or inner not in candidates or \
            (max_children is not None and _more_children_than(node, max_children)):
        total = whole(node)
    else:
        total = _down_the_chain(inner, via, candidates, totals, whole, besides, max_children) + \
            besides(node, inner.mem_id)  # (mem_id, not `==`: LexborNode compares two nodes by their html)
    totals[node] = total
    return total


def _text_besides(node: LexborNode, skip: int) -> int:
    """`text_len` of `node`'s children but the one of mem_id `skip` (each text node stripped and counted
    alone, as `text_len` counts them: the sum is the same)."""
    total = 0
    child = node.first_child
    while child is not None:
        if child.tag_id == TEXT_ID:
            text = child.text_content
            if text:
                total += len(text.strip())
        elif child.mem_id != skip:
            total += text_len(child)
        child = child.next
    return total


def _links_besides(node: LexborNode, skip: int) -> int:
    """`link_len` of `node` itself (an `<a>`: `css("a")` matches the node it starts from) and of its
    children but the one of mem_id `skip`."""
    total = len(node.text(deep=True, strip=True, skip_empty=True)) if node.tag_id == _A else 0
    child = node.first_child
    while child is not None:
        if child.tag_id != TEXT_ID and child.mem_id != skip:
            total += link_len(child)
        child = child.next
    return total


_MAX_CHAINED_CHILDREN = 8  # (links: a selection per child costs ~20k instructions)


def _more_children_than(node: LexborNode, limit: int) -> bool:
    child = node.first_child
    while child is not None:
        limit -= 1
        if limit < 0:
            return True
        child = child.next
    return False


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


#: `accel.rank`'s helpers and constants
_C_RANK = ((_factor, names_furniture, _above_the_top), tag_id("html"), _A, CLUSTER, CLUSTER_POWER, CLEAN_SHARE, OTHER,
           ALPHA, _MAX_CHAINED_CHILDREN)

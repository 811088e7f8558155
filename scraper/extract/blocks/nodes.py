"""Which nodes a block step may take out of the tree, and taking them out safely.

A selector list lists a node once for each alternative it matches, and a node decomposed
twice is freed twice: `outermost` keeps each node once, and none inside another; `decompose`
takes out only those. `too_big` keeps article text in the tree whatever its class names say.
"""
from __future__ import annotations

from selectolax.lexbor import LexborNode

from ..candidates import link_len
from ..dom import joined_text, tag_ids, texts
from ..index import css

_BODY_OR_HTML = tag_ids(("body", "html"))  # (compared as ids: an int, where `.tag` decodes a name)

#: At most this many blocks of one kind are looked at on a page (bounded work on pathological pages).
MAX_BLOCKS = 24

#: The largest block (in characters of text) the step will take out of the tree.
MAX_BLOCK_TEXT = 6000


def outermost(nodes: list[LexborNode]) -> list[LexborNode]:
    """`nodes` that are not inside another of them, each once: lexbor lists a node once for each
    alternative of a selector list it matches, and a node decomposed twice is freed twice."""
    if len(nodes) < 2:
        return list(nodes)  # (none to be inside: no walk up)
    ids = {n.mem_id for n in nodes}
    out = []
    done: set[int] = set()
    for node in nodes:
        if node.mem_id in done:
            continue
        done.add(node.mem_id)
        n, inside = node.parent, False
        while n is not None and n.tag_id not in _BODY_OR_HTML:
            if n.mem_id in ids:
                inside = True
                break
            n = n.parent
        if not inside:
            out.append(node)
    return out

def decompose(nodes: list[LexborNode]) -> None:
    """Take `nodes` out of the tree: each once, and only the outermost (decompose frees a node and
    everything in it, so a node inside one already gone, or listed twice, is never touched)."""
    for node in outermost(nodes):
        node.decompose()

def too_big(node: LexborNode, limit: int = MAX_BLOCK_TEXT) -> bool:
    """A container holding article text (long, several paragraphs) is never removed."""
    text = joined_text(node)
    if len(text) > limit:
        return True
    long_paragraphs = prose_with_links = 0
    paragraphs = css(node, "p")
    for p, inner in zip(paragraphs, texts(paragraphs)):  # (the texts in one call)
        size = len(inner)
        if size > 300:
            long_paragraphs += 1
        elif size > 120 and (links := css(p, "a")) \
                and sum(map(len, texts(links))) < size / 2:  # (one selection: each parses its selector)
            prose_with_links += 1  # a sentence with a link in it: article text, not a teaser
    return long_paragraphs >= 3 or prose_with_links >= 3

def link_density(node: LexborNode) -> float:
    """Share of a node's text that is link text (a list of teasers is mostly links)."""
    total = len(node.text(deep=True, strip=True))
    if not total:
        return 0.0
    return link_len(node) / total

def inside(node: LexborNode, others: list[LexborNode] | set[int]) -> bool:
    """True when an ancestor of `node` is one of `others` (nodes, or their `mem_id`s: pass a set
    when asking for many nodes)."""
    ids = others if isinstance(others, set) else {o.mem_id for o in others}
    if not ids:
        return False
    n = node.parent
    while n is not None and n.tag_id not in _BODY_OR_HTML:
        if n.mem_id in ids:
            return True
        n = n.parent
    return False

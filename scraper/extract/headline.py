"""The article's own visible headline, not the `<title>` with the site's suffix."""
from __future__ import annotations

import re

from typing import TYPE_CHECKING

from selectolax.lexbor import LexborNode

from .dom import has_ancestor, node_text
from .rules.html import H1_IN_MAIN, HEADLINE_SELECTORS, NOT_HEADLINE_TOKENS

if TYPE_CHECKING:
    from .page import Page
_TITLE_SEPARATORS = re.compile(r"\s+[|–—:·•»«]\s+|\s+-\s+|\s*::\s*")


def _words(text: str | None) -> set[str]:
    return set(re.findall(r"\w+", (text or "").casefold()))


def _overlap(a: str | None, b: str | None) -> float:
    wa, wb = _words(a), _words(b)
    return len(wa & wb) / len(wa) if wa and wb else 0.0


def strip_site_suffix(title: str | None, site_name: str | None = None) -> str | None:
    """"Headline | Site" -> "Headline": drops the segments that name the site."""
    if not title:
        return None
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    site = (site_name or "").casefold()
    keep = [p for p in parts if p and not (site and (p.casefold() in site or site in p.casefold()))]
    if len(keep) == len(parts):  # no segment names the site: drop the last one when it is short
        if len(parts[-1].split()) <= 4 and len(parts[0].split()) >= 3:
            keep = parts[:-1]
    best = " - ".join(keep) if keep else parts[0]
    return best if title.startswith(best) else (max(keep, key=len) if keep else title)


def _in_main(node: LexborNode) -> int:
    """How many alternatives of `H1_IN_MAIN` an h1 matches (lexbor lists a node once for each): it
    has an <article> ancestor, a <main> one, one with role="main". A few parent steps: cheaper than
    a pass over the page."""
    found: set[str] = set()
    n = node.parent
    while n is not None and n.is_element_node:
        tag = n.tag
        if tag == "article" or tag == "main":
            found.add(tag)
        if n.attributes.get("role") == "main":
            found.add("role")
        n = n.parent
    return len(found)


def choose_headline(page: Page, declared: list[str | None], site_name: str | None) -> str | None:
    """The article's own visible headline: the h1 (or the post title a blog puts in an h2) when the
    page has one that is not the site's name; else the declared title without the site's suffix."""
    titles = [d for d in declared if d]
    site = (site_name or "").casefold()
    # the <title>'s trailing segments name the site ("Post title | Blog name"): an h1 that is one
    # of them is the blog's name, not the post's headline
    suffixes = {seg.casefold().strip() for d in titles for seg in _TITLE_SEPARATORS.split(d)[1:] if seg}
    stripped = [strip_site_suffix(d, site_name) or d for d in titles]
    h1s: list[LexborNode] | None = None  # one lexbor pass serves both h1 selectors
    for i, selector in enumerate(HEADLINE_SELECTORS):
        if selector == H1_IN_MAIN or selector == "h1":
            h1s = page.tree.css("h1") if h1s is None else h1s
            nodes = [h for h in h1s for _ in range(_in_main(h))] if selector == H1_IN_MAIN else h1s
        else:
            nodes = page.css(selector)
        for node in nodes[:6]:
            text = node_text(node)
            if not (3 <= len(text) <= 300) or (site and text.casefold() == site):
                continue
            if i > 0 and text.casefold() in suffixes and not any(text.casefold() == d.casefold() for d in stripped):
                continue
            if has_ancestor(node, NOT_HEADLINE_TOKENS, ("nav",), depth=6):
                continue
            if i <= 1:  # marked as the headline, or the h1 of the article
                return text
            if any(_overlap(text, d) >= 0.5 or _overlap(d, text) >= 0.6 for d in stripped):
                return text
            if i == 2 and not any(len(d.split()) >= 3 for d in titles):
                return text
    for title in titles:
        without_site = strip_site_suffix(title, site_name)
        if without_site:
            return without_site
    return None

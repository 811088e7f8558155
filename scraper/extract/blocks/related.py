"""Related articles: the blocks of teasers around the article, as `RelatedArticle`s.

Containers whose class/id words say so (`related`, `recirc`, `more-on`, `read-next`, ...),
or a heading ("Read more", "More on this", "Related", "Lire aussi", "Next up in ...") over a
list of links; inline paragraphs "Read also: <link>", "RELATED: <link>". Each link with a
title-like text gives a `RelatedArticle` (absolute URL, teaser from a `dek`/`teaser`/`excerpt`
element of its card). Site-wide lists ("Most popular", "Trending", sponsored widgets) are
removed from the tree too, but never recorded.
"""
from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit

from selectolax.lexbor import LexborNode

from ...model import RelatedArticle
from ..dom import attr, class_tokens, clean_text, has_ancestor, node_text
from ..page import Page
from ..rules.common import CRUFT_LINES, INLINE_RELATED, READING_TIME
from ..rules.html import (HEADING_SELECTOR, INLINE_RELATED_SELECTOR, MORE_HEADINGS, MORE_OF_HEADINGS,
                          NOT_ARTICLE_SEGMENTS, NOT_RELATED_HEADINGS, NOT_RELATED_TOKENS, RELATED_HEADINGS,
                          RELATED_TOKENS, SITE_LIST_TOKENS, TEASER_SELECTOR)
from ..urls import absolute
from ..vocab import letter_gate
from .nodes import MAX_BLOCK_TEXT, MAX_BLOCKS, decompose, inside, link_density, outermost, too_big

#: A quick no for most headings: they start with no letter a related, site-list or "More ..." heading starts with.
_HEADING_GATE = letter_gate(RELATED_HEADINGS, NOT_RELATED_HEADINGS, MORE_HEADINGS, MORE_OF_HEADINGS)

#: More teasers than this in one block make it a feed of the site's stories, not related articles.
MAX_RELATED = 10


def take_related(page: Page, base: str | None) -> list[RelatedArticle]:
    """The page's related articles (links made absolute against `base`); their blocks, and the
    site-wide lists, leave the tree."""
    found: list[RelatedArticle] = []
    seen: set[str] = set()
    containers: list[LexborNode] = []
    banned: list[LexborNode] = []
    by_heading: list[LexborNode] = []
    is_related, not_related, site_lists = RELATED_TOKENS.tokens, NOT_RELATED_TOKENS.tokens, SITE_LIST_TOKENS.tokens
    for node in page.css(RELATED_TOKENS.css):
        tokens = class_tokens(node)
        if not tokens & is_related and "related" not in (attr(node, "data-component") or ""):
            continue
        if tokens & site_lists or node.tag in ("body", "html", "main", "article") \
                or tokens & not_related and not tokens & is_related:
            continue
        containers.append(node)
    matched = 0
    for heading in page.css(HEADING_SELECTOR):
        if matched >= MAX_BLOCKS:  # bounded work on pathological pages (each match looks at its ancestors)
            break
        text = heading.text(deep=True, strip=True)
        if not text or len(text) > 60 or not _HEADING_GATE.match(text) or len(text.split()) > 6:
            continue
        unrelated = NOT_RELATED_HEADINGS.match(text) is not None
        related = not unrelated and bool(RELATED_HEADINGS.match(text) or MORE_HEADINGS.match(text)
                                           or MORE_OF_HEADINGS.match(text))
        matched += unrelated or related
        if unrelated:
            box = _related_container_by_heading(heading)
            if box is not None:
                banned.append(box)
        elif related:
            box = _related_container_by_heading(heading)
            if box is not None:
                by_heading.append(box)
    containers += by_heading
    named = len(containers) - len(by_heading)  # the first ones are named "related"; a "Most popular" box around them does not count
    banned_ids = {b.mem_id for b in banned}
    containers = [c for i, c in enumerate(containers) if c.mem_id not in banned_ids
                  and not has_ancestor(c, SITE_LIST_TOKENS, ("nav",), depth=8)
                  and (i < named or not inside(c, banned_ids))]
    containers = [c for c in outermost(containers)[:2 * MAX_BLOCKS]
                  if not too_big(c, 4 * MAX_BLOCK_TEXT) and link_density(c) >= 0.1]
    kept = []
    for container in containers:
        items = _related_items(container, base, set(seen))
        if len(items) > MAX_RELATED:
            continue  # a feed of the site's latest stories, not a related block
        seen.update(i.url for i in items if i.url)
        found.extend(items)
        kept.append(container)
    containers = kept
    # inline "Read also: <a>" paragraphs inside the text
    inline: list[LexborNode] = []
    for p in page.tree.css(INLINE_RELATED_SELECTOR):
        text = p.text(deep=True)
        if len(text) > 400 or not INLINE_RELATED.word_gate.match(text):  # (a cheap test before the text is cleaned)
            continue
        text = clean_text(text)
        opening = INLINE_RELATED.match(text) if len(text) <= 250 else None
        if opening is None:
            continue
        if len(inline) >= MAX_BLOCKS:
            break
        a = p.css_first("a[href]")
        href = absolute(attr(a, "href"), base)
        title = text[opening.end():].strip(" :»>|–—-")
        if href and title and not _same_page(href, base):
            if href not in seen:
                seen.add(href)
                found.append(RelatedArticle(title=title, url=href))
            inline.append(p)
    decompose([*containers, *inline])
    return found

def _related_items(container: LexborNode, base: str | None, seen: set[str]) -> list[RelatedArticle]:
    """Each link of a related block whose text reads like a title, once per URL."""
    items: list[RelatedArticle] = []
    by_url: dict[str, RelatedArticle] = {}
    for a in container.css("a[href]"):
        href = absolute(attr(a, "href"), base)
        if not href or _same_page(href, base) or not _article_url(href):
            continue
        title = node_text(a)
        if href in by_url:
            item = by_url[href]
            if len(title) > len(item.title) and len(title.split()) <= 40:
                item.title = title
            continue
        if len(title) < 12 or len(title.split()) < 3 or len(title.split()) > 40 \
                or title.casefold() in CRUFT_LINES or RELATED_HEADINGS.match(title) and len(title.split()) < 5:
            # an image link or a "Read more" button: remember the URL, a later link may give the title
            if href not in seen:
                by_url[href] = RelatedArticle(title="", url=href)
            continue
        item = RelatedArticle(title=title, url=href, teaser=_teaser(a, title, container))
        by_url[href] = item
    for href, item in by_url.items():
        if item.title and href not in seen:
            seen.add(href)
            items.append(item)
    return items

def _teaser(link: LexborNode, title: str, container: LexborNode) -> str | None:
    """The teaser text of a related card: a dek/teaser/excerpt beside the link, in its card
    (never above the related block itself)."""
    card, top = link.parent, container.mem_id
    for _ in range(3):
        if card is None or card.tag in ("ul", "ol", "section", "aside", "body", "main") \
                or len(card.text(deep=True)) > 2000:  # past the card: a list, or the article
            return None
        if card.tag in ("li", "article") or len(card.css("a[href]")) <= 3:
            for node in card.css(TEASER_SELECTOR)[:12]:
                text = node_text(node)
                if 40 <= len(text) <= 400 and title not in text and not node.css_first("a[href]") \
                        and not READING_TIME.match(text):
                    return text
        if card.mem_id == top:
            break
        card = card.parent
    return None

def _related_container_by_heading(heading: LexborNode) -> LexborNode | None:
    """The block a "Related" heading stands over: the nearest ancestor with links besides the heading's."""
    own = len(heading.css("a[href]"))
    node = heading.parent
    for _ in range(4):
        if node is None or node.tag in ("body", "html", "main", "article"):
            return None
        if len(node.css("a[href]")) > own:
            # a list of links under one heading, not a section of the article with its own subheadings
            plain_headings = [h for h in node.css("h1, h2, h3, h4") if h.css_first("a") is None
                              and not has_ancestor(h, None, ("a", "li"), depth=4, stop=node)]
            if len(plain_headings) > 1 or link_density(node) < 0.5:
                return None
            return node
        node = node.parent
    return None

@lru_cache(maxsize=4096)  # the page's own URL is compared with each link of each related block
def _norm_url(u: str) -> str:
    u = re.sub(r"^[a-z]+://(www\.)?", "", u.strip().casefold())
    return re.split(r"[?#]", u)[0].rstrip("/")

def _same_page(href: str, base: str | None) -> bool:
    return bool(base) and _norm_url(href) == _norm_url(base or "")

@lru_cache(maxsize=4096)  # a page links the same URLs many times
def _article_url(href: str) -> bool:
    """True when a link looks like an article (a slug of several words, an id, a dated or .html path),
    not a section, tag, author or account page."""
    path = urlsplit(href).path
    segments = [s for s in path.split("/") if s]
    if not segments or segments[0].casefold() in NOT_ARTICLE_SEGMENTS:
        return False
    if re.search(r"\d{4,}|\.s?html?$|\.php$|\.aspx?$", path) or re.search(r"/(?:19|20)\d\d/\d{1,2}/", path):
        return True
    words = max(len(re.split(r"[-_+]", s)) for s in segments)
    return words >= 4 or (words >= 3 and len(segments) >= 2)

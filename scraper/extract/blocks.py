"""Structured blocks around the body: figures and credits, author boxes and bios,
related-article cards, editor's notes and reading time.

The block step records each block as data, then removes (decomposes) its nodes
from the tree so the body step never sees them. It never removes article text:
every container is size-checked before it goes.

Signals, in the order the step runs (vocabularies in `rules/`):

- **Related articles**: containers whose class/id words say so (`related`,
  `recirc`, `more-on`, `read-next`, ...), or a heading ("Read more", "More on
  this", "Related", "Next up in ...") over a list of links; inline paragraphs
  "Read also: <link>", "RELATED: <link>". Each link with a title-like text gives
  a `RelatedArticle` (absolute URL, teaser from a `dek`/`teaser`/`excerpt`
  element of its card). Site-wide lists ("Most popular", "Trending",
  sponsored widgets) are removed from the tree too, but never recorded.
- **Author boxes**: containers named `author-box`, `author-bio`,
  `about-author`, `post-author`, ... give name, role, bio and author-page URL;
  so do biography elements outside a box (`byline-bio`, `c-author__bio`; the
  name from the nearest small ancestor) and a byline that goes on into an
  apposition ("By A, a deputy editor and ..."). `extract._merge_authors` joins
  them to the declared authors by name (a box naming nobody goes to the first
  author without a bio). A name is never taken from a related-article teaser
  (those are gone by then).
- **Images**: `figure`, `wp-caption` and other image boxes, and captions
  standing alone; the credit comes from a credit/copyright/source element or
  `cite` inside the box, else from the caption text (`credits.split_credit`:
  "(Getty Images)", "Photo: AP", "© Reuters").
- **Editor's note** and the page's own **reading time** ("4 min read").
- Small furniture (share bars, newsletter boxes, "Advertisement", "Read more")
  whose whole text is a cruft line.

Authors and organisations (`bylines.choose_authors`): `Article.authors` lists
the people credited. An organisation never stands beside a person and never
comes from the declarations alone: a JSON-LD `Organization` author, a meta
`author` that is the publisher, the site's own name are dropped. Placeholders
and wire agencies ("Staff", "Our Foreign Staff", "AFP", "The Associated
Press") are dropped too, so an agency story has `authors == []`. Only when the
visible byline credits a newsroom and no person ("By Redaktion", "ET Online")
is that byline kept as the single entry, so the credit is not lost.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import urlsplit

from selectolax.lexbor import LexborNode

from ..model import Author, Image, RelatedArticle
from .credits import clean_credit, split_credit
from .bylines import person_names
from .candidates import link_len, small_link_len
from .dom import attr, class_tokens, clean_text, has_ancestor, node_text, tag_ids
from .metadata import Metadata
from .page import Page
from .rules.common import CREDIT_WORDS, CRUFT_LINES, EDITOR_NOTE, INLINE_RELATED, READING_TIME
from .rules.html import (AUTHOR_BOX_SELECTION, AUTHOR_BOX_TOKENS, AUTHOR_URL, BIO_LABEL, BIO_SELECTOR, BIO_TOKENS,
                         BYLINE_BIO, CAPTION_SELECTOR, CREDIT_SELECTOR, EDITOR_NOTE_SELECTOR, HEADING_SELECTOR,
                         IMAGE_BOX_SELECTOR, INLINE_RELATED_SELECTOR, MEDIA_SELECTOR, MORE_HEADINGS, MORE_OF_HEADINGS,
                         NAME_LABEL, NAME_SELECTORS, NOT_A_BIO, NOT_A_NAME, NOT_ARTICLE_SEGMENTS, NOT_IMAGE_AROUND,
                         NOT_IMAGE_SELF, NOT_RELATED_HEADINGS, NOT_RELATED_TOKENS, READING_IN_TEXT, READING_TOKENS,
                         RELATED_HEADINGS, RELATED_TOKENS, ROLE_SELECTOR, SITE_LIST_TOKENS, TEASER_SELECTOR,
                         VIDEO_SELECTOR, VIDEO_TOKENS)
from .vocab import letter_gate
from .urls import absolute


@dataclass
class Blocks:
    images: list[Image] = field(default_factory=list)
    authors: list[Author] = field(default_factory=list)
    related: list[RelatedArticle] = field(default_factory=list)
    editor_note: str | None = None
    reading_time_minutes: int | None = None


#: A quick no for most headings: they start with no letter a related, site-list or "More ..." heading starts with.
_HEADING_GATE = letter_gate(RELATED_HEADINGS, NOT_RELATED_HEADINGS, MORE_HEADINGS, MORE_OF_HEADINGS)

#: More teasers than this in one block make it a feed of the site's stories, not related articles.
MAX_RELATED = 10

_BODY_OR_HTML = tag_ids(("body", "html"))  # (compared as ids: an int, where `.tag` decodes a name)

#: At most this many blocks of one kind are looked at on a page (bounded work on pathological pages).
MAX_BLOCKS = 24

#: The largest block (in characters of text) the step will take out of the tree.
MAX_BLOCK_TEXT = 6000


def take_blocks(page: Page, md: Metadata) -> Blocks:
    """Record the page's structured blocks and take them out of its tree."""
    blocks = Blocks()
    if page.body is None:
        return blocks
    base = page.url or md.canonical_url
    _take_related(page, base, blocks)
    _take_author_boxes(page, base, blocks)
    _take_images(page, base, blocks)
    _take_notes(page, blocks)
    return blocks


# ---------------------------------------------------------------- helpers

def _outermost(nodes: list[LexborNode]) -> list[LexborNode]:
    """`nodes` that are not inside another of them, each once: lexbor lists a node once for each
    alternative of a selector list it matches, and a node decomposed twice is freed twice."""
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


def _decompose(nodes: list[LexborNode]) -> None:
    """Take `nodes` out of the tree: each once, and only the outermost (decompose frees a node and
    everything in it, so a node inside one already gone, or listed twice, is never touched)."""
    for node in _outermost(nodes):
        node.decompose()


def _too_big(node: LexborNode, limit: int = MAX_BLOCK_TEXT) -> bool:
    """A container holding article text (long, several paragraphs) is never removed."""
    text = node.text(deep=True)
    if len(text) > limit:
        return True
    long_paragraphs = prose_with_links = 0
    for p in node.css("p"):
        size = len(p.text(deep=True))
        if size > 300:
            long_paragraphs += 1
        elif size > 120 and p.css_first("a") is not None \
                and sum(len(a.text(deep=True)) for a in p.css("a")) < size / 2:
            prose_with_links += 1  # a sentence with a link in it: article text, not a teaser
    return long_paragraphs >= 3 or prose_with_links >= 3


def _link_density(node: LexborNode) -> float:
    """Share of a node's text that is link text (a list of teasers is mostly links)."""
    total = len(node.text(deep=True, strip=True))
    if not total:
        return 0.0
    return link_len(node) / total


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


# ---------------------------------------------------------------- related articles

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
            if len(plain_headings) > 1 or _link_density(node) < 0.5:
                return None
            return node
        node = node.parent
    return None


def _take_related(page: Page, base: str | None, blocks: Blocks) -> None:
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
                  and (i < named or not _inside(c, banned_ids))]
    containers = [c for c in _outermost(containers)[:2 * MAX_BLOCKS]
                  if not _too_big(c, 4 * MAX_BLOCK_TEXT) and _link_density(c) >= 0.1]
    kept = []
    for container in containers:
        items = _related_items(container, base, set(seen))
        if len(items) > MAX_RELATED:
            continue  # a feed of the site's latest stories, not a related block
        seen.update(i.url for i in items if i.url)
        blocks.related.extend(items)
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
                blocks.related.append(RelatedArticle(title=title, url=href))
            inline.append(p)
    _decompose([*containers, *inline])


def _inside(node: LexborNode, others: list[LexborNode] | set[int]) -> bool:
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


# ---------------------------------------------------------------- author boxes

def _take_author_boxes(page: Page, base: str | None, blocks: Blocks) -> None:
    candidates = [(n, class_tokens(n)) for n in page.css(AUTHOR_BOX_SELECTION.css)]
    box_tokens, bio_tokens = AUTHOR_BOX_TOKENS.tokens, BIO_TOKENS.tokens
    boxes = [n for n, tokens in candidates if tokens & box_tokens and n.tag not in ("body", "html", "main", "article")]
    bios = [n for n, tokens in candidates if tokens & bio_tokens and not tokens & box_tokens]
    bylines = [n for n, tokens in candidates if "byline" in tokens and not tokens & (box_tokens | bio_tokens)]
    taken: list[LexborNode] = []
    for box in _outermost(boxes)[:MAX_BLOCKS]:
        text = node_text(box)
        if not (15 <= len(text) <= 3000) or _too_big(box):
            continue
        author = _author_from_box(box, base)
        if author is None:
            continue
        if not author.name:
            author.name, url = _name_near(box, base)
            author.url = author.url or url
        blocks.authors.append(author)
        taken.append(box)
    # a biography element outside any box ("byline-bio", "c-author__bio", "infoCard-bio"), its name nearby;
    # chosen before any box goes (decompose frees the nodes inside it)
    taken_ids = {t.mem_id for t in taken}
    bios = [b for b in _outermost(bios) if b.mem_id not in taken_ids and not _inside(b, taken_ids)]
    # a byline that goes on into the author's biography
    for node in _outermost(bylines)[:MAX_BLOCKS]:
        if node.mem_id in taken_ids or _inside(node, taken_ids):
            continue
        m = BYLINE_BIO.match(node_text(node))
        if m and len(m.group("bio")) <= 600 and person_names(m.group("name")):
            blocks.authors.append(Author(name=person_names(m.group("name"))[0], bio=m.group("bio")))
            taken.append(node)
            taken_ids.add(node.mem_id)
    _decompose(taken)
    for node in bios[:MAX_BLOCKS]:
        text = node_text(node)
        if len(text.split()) < 6 or len(text) > 1500 or NOT_A_BIO.search(text) \
                or has_ancestor(node, NOT_IMAGE_AROUND, depth=8):
            continue
        name, url = _name_near(node, base)
        blocks.authors.append(Author(name=name, bio=text, url=url))
        node.decompose()


def _name_near(node: LexborNode, base: str | None) -> tuple[str, str | None]:
    """The author's name and page for a biography that names nobody: from the nearest ancestors."""
    holder = node.parent
    for _ in range(3):
        if holder is None or holder.tag in ("body", "html", "main", "article") or len(holder.text(deep=True)) > 800:
            break
        found = _author_from_box(holder, base)
        if found is not None and found.name:
            return found.name, found.url
        holder = holder.parent
    return "", None


def _author_from_box(box: LexborNode, base: str | None) -> Author | None:
    own = box.mem_id
    name = None
    for selector in NAME_SELECTORS:
        for node in box.css(selector):
            if node.mem_id == own:
                continue
            text = node_text(node)
            text = NAME_LABEL.sub("", text)
            names = person_names(text)
            if len(names) == 1 and len(text) <= 60 and not NOT_A_NAME.search(names[0]):
                name = names[0]
                break
        if name:
            break
    texts: list[str] = []
    for node in box.css(BIO_SELECTOR + ", p, figcaption"):
        if node.mem_id == own:
            continue
        text = node_text(node)
        if len(text.split()) >= 6 and not NOT_A_BIO.search(text) and not READING_TIME.match(text) \
                and text not in texts:
            texts.append(text)
    # the innermost text that holds the biography: wrappers (name + links + bio) give way to it
    if not texts and all(n.mem_id == own for n in box.css("p, div, span, a, h2, h3, h4, h5, h6")):
        text = node_text(box)  # the box is the biography itself
        if len(text.split()) >= 6 and not NOT_A_BIO.search(text):
            texts.append(text)
    leaves = [t for t in texts if not any(o != t and o in t for o in texts)]
    bio = max(leaves, key=len) if leaves else None
    role = None
    for node in box.css(ROLE_SELECTOR):
        text = node_text(node)
        if node.mem_id != own and 2 <= len(text) <= 60 and text != name and text != bio:
            role = text
            break
    url = None
    for a in box.css("a[href]"):
        href = absolute(attr(a, "href"), base)
        if href and (AUTHOR_URL.search(href) or (name and node_text(a) == name)):
            url = href
            break
    if bio:
        bio = BIO_LABEL.sub("", bio)
    if not name and not bio:
        return None
    return Author(name=name or "", role=role, bio=bio, url=url)


# ---------------------------------------------------------------- images

def _image_url(box: LexborNode, base: str | None) -> tuple[str | None, str | None]:
    img = box.css_first("img")
    if img is None:
        source = box.css_first("source[srcset], [data-src], [data-srcset]")
        if source is None:
            return None, None
        src = attr(source, "data-src") or (attr(source, "srcset") or attr(source, "data-srcset") or "").split(" ")[0]
        return absolute(src, base), None
    src = None
    for key in ("data-src", "data-lazy-src", "data-original", "src"):
        value = attr(img, key)
        if value and not value.startswith("data:"):
            src = value
            break
    if not src:
        srcset = attr(img, "srcset") or attr(img, "data-srcset")
        if srcset:
            src = srcset.split(",")[0].strip().split(" ")[0]
    return absolute(src, base), attr(img, "alt")


def _take_images(page: Page, base: str | None, blocks: Blocks) -> None:
    boxes = [b for b in page.css(IMAGE_BOX_SELECTOR) if b.tag not in ("body", "html", "main", "article")]
    # a figure is the box; other image boxes count when they hold no figure themselves
    boxes = [b for b in boxes if b.tag == "figure" or not b.css_first("figure")]
    boxes = [b for b in _outermost(boxes)[:10 * MAX_BLOCKS] if len(b.text(deep=True)) <= 1500]
    verdict = [(b, _not_an_image(b, page)) for b in boxes]
    rejected = [b for b, no in verdict if no]
    boxes = [b for b, no in verdict if not no]
    box_ids = {b.mem_id for b in boxes} | {b.mem_id for b in rejected}
    lone = [c for c in page.css(CAPTION_SELECTOR) if _is_caption(c) and not _inside(c, box_ids)
            and not c.css_first("figure")]
    lone = [c for c in _outermost(lone)[:4 * MAX_BLOCKS]
            if 3 <= len(c.text(deep=True)) <= 800 and not _not_an_image(c, page)
            and (c.tag == "figcaption" or _near_image(c))]
    seen: set[str] = set()
    done: list[LexborNode] = []
    for box in (*boxes, *lone[:MAX_BLOCKS]):
        image = _image_from_box(box, base, page)
        if image is None:
            continue
        key = (image.caption or "").casefold() or (image.credit or "").casefold() + "|" + (image.url or "")
        if key not in seen:
            seen.add(key)
            blocks.images.append(image)
        done.append(box)
    _decompose(done)


def _not_an_image(node: LexborNode, page: Page) -> bool:
    """A video's caption, a teaser's thumbnail, a widget: not one of the article's images."""
    if page.css(VIDEO_SELECTOR, node):
        return True
    if node.tag == "figure" and node.css_first(MEDIA_SELECTOR) is None and node.css_first("figcaption") is None:
        return True
    if not NOT_IMAGE_SELF.tokens.isdisjoint(class_tokens(node)) or has_ancestor(node, VIDEO_TOKENS, depth=4):
        return True
    text = len(node.text(deep=True, strip=True))
    if text and small_link_len(node) > 0.6 * text:
        return True  # a teaser: the "caption" is a link to another story
    return has_ancestor(node, NOT_IMAGE_AROUND, ("nav", "form", "a"), depth=8)


def _is_caption(node: LexborNode) -> bool:
    """figcaption, or an element whose class names a caption (not "captioning", not a label)."""
    if node.tag == "figcaption" or attr(node, "itemprop") == "caption":
        return True
    return any(t.startswith("caption") and t not in ("captioning",) or t.endswith("caption")
               for t in class_tokens(node))


def _near_image(node: LexborNode) -> bool:
    """A caption standing alone belongs to an image beside it (in its parent or grandparent)."""
    n = node.parent
    for _ in range(2):
        if n is None or n.tag in ("body", "html"):
            return False
        if n.css_first("img, picture, amp-img, [data-src]") is not None:
            return True
        n = n.parent
    return False


def _image_from_box(box: LexborNode, base: str | None, page: Page) -> Image | None:
    url, alt = _image_url(box, base)
    own = box.mem_id
    captions = [c for c in page.css(CAPTION_SELECTOR, box) if c.mem_id != own and _is_caption(c)]
    if box.tag != "figure" and not captions and _is_caption(box):
        captions = [box]
    captions = _outermost(captions)
    credits = [c for c in page.css(CREDIT_SELECTOR, box)
               if c.mem_id != own and c.tag != "figcaption" and 2 <= len(c.text(deep=True).strip()) <= 200
               and not any(x.mem_id != c.mem_id for x in page.css(CAPTION_SELECTOR, c))]
    credits = _outermost(credits)
    if not captions and not credits:
        own_text = node_text(box)  # an image box with its caption in a plain <p>
        if 10 <= len(own_text) <= 600:
            captions = [box]
    texts: list[str] = []
    for c in captions:
        text = node_text(c)
        if text and not any(text in t for t in texts):
            texts.append(text)
    caption_text = " ".join(texts)
    credit = None
    if credits:
        credit_text = node_text(credits[0])
        credit = clean_credit(credit_text)
        cap, inner = split_credit(credit_text)  # a "credit" element holding "caption (credit)"
        if cap and inner and not texts:
            texts, credit = [cap], inner
            caption_text = cap
        for c in credits:
            ct = node_text(c)
            if ct:
                caption_text = caption_text.replace(ct, " ")
        caption_text = clean_text(caption_text)
    if caption_text:
        cap, tail_credit = split_credit(caption_text)
        if tail_credit and not credit:
            credit = tail_credit
        caption_text = cap or ""
    caption = clean_text(caption_text).strip(" |–—-") or None
    if caption and credit and caption.casefold() == credit.casefold():
        caption = None
    if caption and not credit and len(caption.split()) <= 8 and not re.search(r"[.!?]$", caption) \
            and CREDIT_WORDS.search(caption):
        caption, credit = None, clean_credit(caption)  # a caption line that only credits the photo
    if caption and re.fullmatch(r"(image|photo|foto|bild)\s*\d*\s*(of|/|von)\s*\d+", caption, re.I):
        caption = None
    if not (url or caption or credit):
        return None
    if box.tag != "figure" and not captions and not credits:
        return None
    return Image(url=url, caption=caption, credit=credit, alt=alt)


# ---------------------------------------------------------------- notes, reading time, cruft

def _take_notes(page: Page, blocks: Blocks) -> None:
    """The editor's note and the page's own reading-time figure (both recorded, then removed)."""
    remove: list[LexborNode] = []
    # Each `:lexbor-contains` alternative makes lexbor read the text of every element of its tag
    # (~0.5M instructions a page for each list below); most pages write neither phrase anywhere, and
    # one read of the whole text tells: an element's text is a run of the body's text. lexbor's "i"
    # folds ASCII letters only, and so does bytes.lower; UTF-8 keeps each ASCII character one byte
    # (str.lower of a page with accents costs more than the selectors it would spare).
    body = page.body
    shown = body.text(deep=True).encode().lower() if body is not None else b""
    for node in page.css('[class*=read], [class*=Read], span:lexbor-contains("min read" i), '
                         'p:lexbor-contains("min read" i), li:lexbor-contains("min read" i)'
                         if b"min read" in shown else '[class*=read], [class*=Read]'):
        text = node.text(deep=True, strip=True)
        if len(text) > 40:
            continue
        text = clean_text(text)
        m = READING_TIME.match(text) if READING_TOKENS.tokens & class_tokens(node) else None
        m = m or READING_IN_TEXT.search(text)
        if m:
            blocks.reading_time_minutes = blocks.reading_time_minutes or int(next(g for g in m.groups() if g))
            remove.append(node)
    by_class = EDITOR_NOTE_SELECTOR
    for node in page.css('p:lexbor-contains("editor" i), em:lexbor-contains("editor" i), '
                         'strong:lexbor-contains("editor" i), i:lexbor-contains("editor" i), '
                         'b:lexbor-contains("editor" i), ' + by_class if b"editor" in shown else by_class):
        text = node.text(deep=True)
        if len(text) > 1500 or node.css_first("p, div") is not None and node.tag != "p":
            continue
        m = EDITOR_NOTE.match(clean_text(text))
        if m or any("editor" in t and "note" in t for t in class_tokens(node)):
            blocks.editor_note = clean_text(m.group(1) if m else text)
            remove.append(node)
            break
    _decompose(remove)

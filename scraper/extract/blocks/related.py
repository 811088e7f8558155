"""Related articles: the blocks of teasers around the article, as `RelatedArticle`s.

Where they are found:

- containers whose class/id words say so (`related`, `recirc`, `more-on`, `read-next`, an
  embedded post `wp-embedded-content`, ...);
- a heading that offers the links under it as related, in any language the rules list ("Related",
  "More on this", "More from <section>", "More <site>", "Lire aussi", "Das könnte dich auch
  interessieren", "【関連記事】"), as a heading element, a class named so, an image's alt text, or
  a line of the text right before a list of links; the block is the nearest ancestor that reads
  as a list of links or a grid of teaser cards, else the run of link paragraphs after the heading;
- inline paragraphs "Read also: <link>", "Mehr lesen: <a> <a>", "[Read: <link>]".

Each link whose text reads as a title (or, for an image or an empty overlay link, whose card's
heading does) gives a `RelatedArticle` (absolute URL, teaser from a `dek`/`teaser`/`excerpt`
element of its card). Never related: site-wide lists ("Most popular", "Trending", "Latest", an
author's other pieces; such a list inside a block named related is not read), ad networks' widgets and paid or tracking links, share buttons, blocks the page
hides, tag and section pages, a block under a heading in the page's footer (the site's "More From <site>"). A widget's "Recommended" over more than `MAX_RELATED` links is a
feed of the site's stories; a heading that offers its links as related allows `MAX_OFFERED`.
"""
from __future__ import annotations

import re
import unicodedata

from selectolax.lexbor import LexborNode

from ...model import RelatedArticle
from ..candidates import link_len
from ..dom import (TEXT_ID, attr, class_and_id, class_tokens, clean_text, joined_text, has_ancestor, names_any, node_text,
                   tag_id, tag_ids, texts)
from ..index import css, css_first
from ..memo import text_cache
from ..page import Page
from ..rules.common import CRUFT_LINES, MONTHS, MORE_BUTTONS, READING_TIME
from ..rules.html import (AD_MARKS, AD_SLOT_SELECTOR, AD_WIDGET_TOKENS, CARD_BYLINE_TOKENS, CARD_TITLE_SELECTOR, HEADING_SELECTOR, HIDING_CLASSES,
                          INLINE_LABELS, INLINE_LONG_LABELS, INLINE_RELATED_SELECTOR, KICKER_TOKENS, LATEST_HEADINGS, MORE_HEADINGS,
                          MORE_SITE, NOT_ARTICLE_SEGMENTS, NOT_RELATED_HEADINGS, NOT_RELATED_TOKENS, PAGE_FOOTER_TOKENS,
                          PROFILE_URL, RECOMMENDED_HEADINGS, RELATED_COMPONENT_SELECTOR, RELATED_HEADINGS, RELATED_TOKENS,
                          SHARE_URL, SHOP_URL, SITE_LIST_TOKENS, TEASER_SELECTOR, TRACKING_URL, NOT_COLUMN_TOKENS, FEED_TOKENS)
from ..urls import absolute, path_segments, split_url
from ..vocab import opening_gate
from .nodes import MAX_BLOCK_TEXT, MAX_BLOCKS, decompose, inside, link_density, outermost, too_big

#: More teasers than this in one block make it a feed of the site's stories, not related articles ...
MAX_RELATED = 10
#: ... unless a heading offers them as related ("Related articles" over fourteen recipes).
MAX_OFFERED = 20
#: Links of a block read: ten times a block's most items, past the dev pages' 50 (a list of 100,000
#: links under "Related" took seconds; it is a feed either way).
MAX_LINKS_READ = 10 * MAX_OFFERED

#: A heading is this short (characters, words); a run of links after a heading holds at most
#: `_RUN_ITEM` characters a paragraph (a longer one is prose and ends the run).
_HEADING_CHARS, _HEADING_WORDS, _RUN_ITEM = 60, 8, 300
#: Text before a heading in its block, at most (an icon's label, a counter): more, and the block holds more
#: than what the heading stands over.
_LEAD_CHARS = 30
#: A list's heading line may stand before the boxes around it, this many deep ("<div>Related</div><div><ul>").
_WRAPPERS = 1
#: A card's title (in its heading element) that is its URL's slug may be this short ("Spider bread").
_CARD_TITLE_CHARS = 8
#: A link's text longer than this that does not read as a title may hold one (a card that is one link
#: around its title and a teaser of a few sentences).
_LONG_LINK = 150
#: A grid of teaser cards: at least three cards, at most `_TEASER_TEXT` characters of text besides the
#: links a card, no paragraph over `_PROSE_PARAGRAPH` (that is the article's prose).
_TEASER_TEXT, _PROSE_PARAGRAPH = 350, 400

_TITLE_TAGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
_STOPS = frozenset(("body", "html", "main", "article"))
_STOP_IDS = tag_ids(_STOPS)
_PAGE_PARTS = tag_ids(("article", "main", "body", "html"))
_BODY_OR_HTML = tag_ids(("body", "html"))
_LI, _LISTS, _A, _COMMENT = tag_id("li"), tag_ids(("ul", "ol")), tag_id("a"), tag_id("-comment")
_BOX_TAGS = frozenset(("div", "p", "ul", "ol", "table", "section", "article", "aside", "nav", "form", "header",
                       "footer"))
_BOX_IDS = tag_ids(_BOX_TAGS)
_NO_LEAD_IDS = tag_ids(("-comment", "script", "style", "template"))  # (no text before a heading: `_has_text_before`)
_HIDING_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
#: A grid with no heading: its cards' titles are elements of at least `_CARD_TITLE_MIN` characters (the first
#: `_TITLES_READ` of the page), the grid at most `_GRID_DEPTH` boxes above them, after a block of at least
#: `_PROSE_BLOCK` characters of prose.
_CARD_TITLE_MIN, _TITLES_READ, _GRID_DEPTH, _PROSE_BLOCK = 15, 400, 5, 1000
_NOT_COLUMN_TAGS = frozenset(("header", "footer", "nav", "aside", "form"))
_SENTENCE = re.compile(r"\w[.!?]\s+\w")
_WORD = re.compile(r"\w+")
_BUTTON = re.compile(r"^\W*(?:more|all|see|view|show)\s", re.I)
_DATE_TITLE = re.compile(r"^[\d\s.,/:-]*(?:\w+[\s.,]+)?\d{1,4}[\s.,/-]+\d{2,4}$")
#: A date with the day first, when its word is a month's name (`MONTHS`): "13. Dezember 2022", "1st March 2024"
_DAY_FIRST_DATE = re.compile(r"^\d{1,2}(?:\.|st|nd|rd|th)?\s+(?P<month>[^\W\d]+)\.?,?\s+(?:19|20)\d\d$")
_SPACELESS = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")  # kana, CJK, Hangul, Thai
#: The substrings the related selection asks of a class or id (lower case: a test on the page's words in
#: any case is true wherever the case-sensitive selection is).
_RELATED_PARTS = tuple(sorted({p.lower() for p in re.findall(r"\[(?:class|id)\*=([^\]]+)\]", RELATED_TOKENS.css)}))
#: The words an ad's mark (`AD_MARKS`) opens with, as a block's text splits ("Ad", "Ad:", "(Ad)"): only a block
#: whose words hold one is walked for a mark (a test of its words, no regex over its text).
_AD_WORDS = frozenset(f"{o}{w}{c}" for m in AD_MARKS for w in {m.split()[0], m.split()[0].capitalize(), m.split()[0].upper()}
                     for o, c in (("", ""), ("", ":"), ("(", ")"), ("[", "]")))
_AD_MARK_TRIM = " \t\n\r:·|-–—()[]"
#: What stands around an inline label and between it and its link ("[Read: ", "Mehr lesen »", "【関連記事】").
_LABEL_MARKS = " :»>|–—-[]：【】"
#: The last words of the `MORE_BUTTONS` labels: a link's text ending in none of them holds no such label.
_MORE_LAST = frozenset(w.rpartition(" ")[2] for w in MORE_BUTTONS)
#: Elements after a link's label that are its icon, not its text.
_ICON_TAGS = frozenset(("svg", "img", "i", "use", "picture"))
_NOT_HEADING_TAGS = frozenset(("a", "title", "option", "script", "style", "template", "noscript", "textarea",
                               "button", "select", "img", "br", "hr", "input", "ul", "ol", "table", "figure"))
_NOT_HEADING_IDS = tag_ids(_NOT_HEADING_TAGS)


#: A cheap test before the heading patterns: the text opens (after marks) with a word one of their
#: phrases opens with. One test for the four vocabularies (every element read as a heading meets it).
_may_be_heading = opening_gate(RELATED_HEADINGS, RECOMMENDED_HEADINGS, NOT_RELATED_HEADINGS, LATEST_HEADINGS,
                               MORE_HEADINGS)


def take_related(page: Page, base: str | None, site_name: str | None = None) -> list[RelatedArticle]:
    """The page's related articles (links made absolute against `base`); their blocks leave the tree."""
    found: list[RelatedArticle] = []
    seen: set[str] = set()
    containers: list[LexborNode] = []
    is_related, not_related, site_lists = RELATED_TOKENS.tokens, NOT_RELATED_TOKENS.tokens, SITE_LIST_TOKENS.tokens
    # (most pages name no block so: only the component attribute is looked for, one pass of one alternative)
    for node in page.css(RELATED_TOKENS.css if _names_related(page) else RELATED_COMPONENT_SELECTOR, page.body):
        tokens = class_tokens(node)
        if not tokens & is_related and "related" not in (attr(node, "data-component") or ""):
            continue
        if tokens & site_lists or node.tag in _STOPS or tokens & not_related and not tokens & is_related:
            continue
        containers.append(node)

    # headings: elements, and lines of the text right before a list of links
    headings = page.css(HEADING_SELECTOR, page.body)
    linking = page.css(INLINE_RELATED_SELECTOR, page.body)
    link_items = list(zip(linking, texts(linking)))
    in_text = _headings_over_links(link_items, {h.mem_id for h in headings})
    text_ids = {h.mem_id for h, _ in in_text}
    by_heading: list[LexborNode] = []
    rows: dict[int, list[LexborNode]] = {}  # a block found by its heading -> the boxes that continue its grid
    offered: set[int] = set()  # blocks under a heading that offers them as related: a longer list is allowed
    runs: list[tuple[LexborNode, list[LexborNode]]] = []  # a heading in the text and the links after it
    own_links: dict[int, set[int]] = {}  # a block found by its heading -> the links in that heading
    unrelated: list[LexborNode] = []
    lists: dict[int, bool] = {}  # whether an element reads as a list of links (headings share ancestors)
    matched = 0
    done: set[int] = set()
    titles: list[tuple[LexborNode, str]] = []  # elements whose text may be a card's title, with that text
    for heading, raw in (*zip(headings, texts(headings)), *in_text):
        if matched >= MAX_BLOCKS:  # bounded work on pathological pages (each match looks at its ancestors)
            break
        if heading.mem_id in done:
            continue
        done.add(heading.mem_id)
        text = _heading_text(heading, raw)
        if text is None:
            if _CARD_TITLE_MIN <= len(raw) <= 200 and len(titles) < _TITLES_READ:
                titles.append((heading, raw))
            continue
        if NOT_RELATED_HEADINGS.match(text) or LATEST_HEADINGS.match(text):
            matched += 1
            unrelated.append(heading)  # (its box is looked for only when a related block may lie in it)
            continue
        more_site = _more_from_site(text, _here(page, base), site_name)
        recommended = RECOMMENDED_HEADINGS.match(text) is not None
        if not (RELATED_HEADINGS.match(text) or recommended or MORE_HEADINGS.match(text) or more_site):
            continue
        if heading.mem_id in text_ids and (recommended or _SENTENCE.search(text)):
            # a line of text (not a heading element) offers links in a related heading's words only, not a
            # widget's ("Don't miss") nor as a sentence ("Don't miss a thing. Keep up with us.")
            continue
        matched += 1
        box = _container_by_heading(heading, lists)
        if box is not None:
            by_heading.append(box)
            if heading.css_first("a[href]") is not None:  # "More in <a>White House</a>": the section's page
                own_links[box.mem_id] = {a.mem_id for a in heading.css("a[href]")}
            more = _continued_rows(box, heading, lists)
            if more:
                rows[box.mem_id] = more
            if more_site or not recommended:
                offered.add(box.mem_id)
            continue
        block = _heading_block(heading)
        run = _sibling_run(block, heading, lists)
        if run:
            runs.append((block, run))

    banned: set[int] = set()
    banned_boxes: list[LexborNode] = []
    if containers or by_heading or runs:
        for heading in unrelated:
            box = _container_by_heading(heading, lists)
            if box is not None and box.mem_id not in banned:
                banned.add(box.mem_id)
                banned_boxes.append(box)
    named = len(containers)  # named "related": a "Most popular" box around them does not count, unless that
    # box is named related itself (a theme's "related posts" block titled "Latest": its cards go with it)
    headed = {c.mem_id for c in by_heading}
    banned_named = banned.intersection(c.mem_id for c in containers) if banned else banned
    containers = [c for i, c in enumerate((*containers, *by_heading)) if c.mem_id not in banned
                  and not inside(c, banned if i >= named else banned_named)]
    # (a block found by its heading was read as a list of links or teaser cards already: only its size counts;
    # in the page's footer it is the site's promotion: a block named related there says so itself)
    containers = [c for c in outermost(containers)[:2 * MAX_BLOCKS]
                  if not _excluded(c) and (len(joined_text(c)) <= 4 * MAX_BLOCK_TEXT and not _in_page_footer(c)
                                           if c.mem_id in headed else
                                           not too_big(c, 4 * MAX_BLOCK_TEXT) and link_density(c) >= 0.1)]
    kept: list[LexborNode] = []
    for container in containers:
        if _ad_slot_among_cards(container, page):
            continue  # the site's feed with an ad network's slots in it ("More stories" over cards and Outbrain)
        cap = MAX_OFFERED if container.mem_id in offered else MAX_RELATED
        nodes = [container, *(n for n in rows.get(container.mem_id, ()) if not _excluded(n))]
        # (a "Most read" widget inside a sidebar named related, the heading's own link: not read)
        skip = {a.mem_id for b in banned_boxes if inside(b, {container.mem_id}) for a in b.css("a[href]")} \
            if banned_boxes else set()
        skip.update(own_links.get(container.mem_id, ()))
        items = _related_items(nodes, base, seen, page, headed=container.mem_id in headed, limit=cap, skip=skip)
        if len(items) > cap and len(nodes) > 1:  # the rows after it make a feed: the block alone, as it reads
            nodes = [container]
            items = _related_items(nodes, base, seen, page, headed=container.mem_id in headed, limit=cap,
                                   skip=skip)
        if len(items) > cap:
            continue  # a feed of the site's stories, not a related block
        seen.update(i.url for i in items if i.url)
        found.extend(items)
        kept += nodes
    kept_ids = {c.mem_id for c in kept}
    if not found and not runs and titles:  # (cards with no heading over them: only where no block was found)
        grid = _unheaded_grid(titles, page, base, banned)
        if grid is not None:
            items = _related_items([grid], base, seen, page, headed=True, limit=MAX_RELATED)
            if 3 <= len(items) <= MAX_RELATED:
                seen.update(i.url for i in items if i.url)
                found.extend(items)
                kept.append(grid)
                kept_ids.add(grid.mem_id)
    for block, run in runs[:MAX_BLOCKS]:
        if inside(block, kept_ids) or _excluded(block):
            continue
        if all(n.mem_id in kept_ids or inside(n, kept_ids) for n in run):
            kept.append(block)  # its block was taken by its name: the heading goes with it
            continue
        items = _related_items(run, base, seen, page, headed=True, limit=MAX_OFFERED)
        if not items or len(items) > MAX_OFFERED:
            continue
        seen.update(i.url for i in items if i.url)
        found.extend(items)
        kept += [block, *run]
    inline = _take_inline(link_items, base, seen, found, page)
    decompose([*kept, *inline])
    return found


def _names_related(page: Page) -> bool:
    """True when a class or id word of the page (`page.index`, read before any pruning) holds one of
    `RELATED_TOKENS`: only then can a block be named related by its class or id. A search of the
    words for each substring the selection looks for, and the tokens of the few words that hold one."""
    texts = page.index.texts
    for text in (texts["class-any-case"], (texts["id"] or "").lower()):
        if not text:
            continue
        for part in _RELATED_PARTS:
            at = text.find(part)
            while at >= 0:
                start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
                end = len(text) if end < 0 else end
                if names_any(text[start:end], RELATED_TOKENS):
                    return True
                at = text.find(part, end)
    return False


def _take_inline(link_items: list[tuple[LexborNode, str]], base: str | None, seen: set[str],
                 found: list[RelatedArticle], page: Page) -> list[LexborNode]:
    """Inline "Read also: <a>" paragraphs inside the text (one link, or a label over a few links):
    their related articles join `found`; the paragraphs are returned, to leave the tree."""
    inline: list[LexborNode] = []
    here = _here(page, base)
    gate = INLINE_LABELS.opens  # (looked up once: it runs on every item)
    for p, text in link_items:
        if len(text) > 1200:
            continue
        # a label ends in one of the marks the ends of INLINE_LABELS and INLINE_LONG_LABELS ask for: most items
        # (menu entries, titles) hold none and are not matched at all (each `in` a search in C)
        if not (":" in text or "|" in text or "-" in text or ">" in text or "»" in text or "–" in text
                or "—" in text or "：" in text or "】" in text) or not gate(text):
            continue
        text = clean_text(text)
        opening = INLINE_LABELS.match(text) or INLINE_LONG_LABELS.match(text)
        if opening is None:
            continue
        if len(inline) >= MAX_BLOCKS:
            break
        links = css(p, "a[href]")
        label = text[:opening.end()].strip(_LABEL_MARKS).casefold()
        if label and node_text(links[0]).strip(_LABEL_MARKS).casefold() == label:
            continue  # the "label" is a link itself ("More about badges | ..."): a menu, not a label
        if len(links) > 1 and link_len(p) >= 0.7 * (len(text) - opening.end()):  # "More on this: <a> <a> <a>"
            items = _related_items([p], base, seen, page, headed=True)
            if items:
                seen.update(i.url for i in items if i.url)
                found.extend(items)
                inline.append(p)
            continue
        if len(text) > 250:
            continue
        href = absolute(attr(links[0], "href"), base)
        title = text[opening.end():].strip(_LABEL_MARKS)
        # (a "Read more:" link to another site is a source or a partner's page, not one of the site's articles)
        if href and title and not _same_page(href, here) and (not here or _same_site(href, here)):
            if href not in seen:
                seen.add(href)
                found.append(RelatedArticle(title=title, url=href))
            inline.append(p)
    return inline


# ---------------------------------------------------------------- a grid with no heading

def _unheaded_grid(titles: list[tuple[LexborNode, str]], page: Page, base: str | None,
                   banned: set[int]) -> LexborNode | None:
    """The grid of teaser cards right after the article's text with no heading over it, on a page where no
    related block was found: "<div class=text>..prose..</div><div class=grid><div><a><img></a><h3><a>Title
    </a></h3><p>teaser</p></div>...", the site's related stories as a reader sees them. The cards' titles
    (`titles`: the elements read as headings that are no heading phrase, with their text) share the grid as
    their nearest box with three of them; the grid stands in the page's column (no header, footer, menu,
    sidebar), after a block of prose, and no heading or line stands before its cards. With no heading to say
    so, only the cards' kind makes them the article's related ones: each links an article filed as the page
    is (`_filed_as_page`: "/news/<slug>" under "/news/<slug>", not "/photos/<slug>")."""
    here = _here(page, base)
    if not here or not split_url(here).path.strip("/"):
        return None  # (no page's path to be filed as: no card of the page, `_filed_as_page`)
    counts: dict[int, int] = {}
    cards: list[tuple[str, LexborNode, list[LexborNode]]] = []  # a title's text, its link, the boxes above it
    for title, raw in titles:  # (the structure first: the cards' texts and links are read in a grid only)
        if raw.count(" ") < 2 and len(raw.split()) < 3:
            continue
        path: list[LexborNode] = []  # (`parent` is cheap, `tag_id` is not: asked of the two nearest only)
        n = title.parent
        link = None
        while n is not None and len(path) < 2:
            path.append(n)
            if link is None and n.tag_id == _A:
                link = n  # a card's title inside its link
            n = n.parent
        if link is None:
            link = _link_inside(title)
            if link is None:
                continue  # (no link: no card's title, no more boxes asked for)
        if not attr(link, "href"):
            continue
        while n is not None and len(path) < _GRID_DEPTH:
            path.append(n)
            n = n.parent
        for n in path:
            counts[n.mem_id] = counts.get(n.mem_id, 0) + 1
        cards.append((raw, link, path))
    grids: dict[int, list[tuple[str, LexborNode]]] = {}  # a grid -> its cards' titles and links
    boxes: dict[int, LexborNode] = {}
    for raw, link, path in cards:
        grid = next((n for n in path if counts[n.mem_id] >= 3), None)
        if grid is not None and (grid.mem_id in grids or len(grids) < 3):
            grids.setdefault(grid.mem_id, []).append((raw, link))
            boxes[grid.mem_id] = grid
    for key, members in grids.items():
        grid = boxes[key]
        if len(members) > MAX_RELATED or key in banned or grid.tag in _STOPS or _has_text_before(grid) \
                or inside(grid, banned) or not _in_column(grid) or _excluded(grid):
            continue
        misses = len(members) - max(3, -(-2 * len(members) // 3))  # two thirds of its cards, three at least
        for raw, link in members:
            if not _card_of_page(raw, link, here, base):
                misses -= 1
                if misses < 0:
                    break
        if misses >= 0 and _link_list(grid, grid) and _after_prose(grid):
            return grid
    return None


def _card_of_page(raw: str, link: LexborNode, here: str | None, base: str | None) -> bool:
    """True when a card's title reads as one, is its link's text, and links an article of the page's site
    filed as the page is."""
    written = attr(link, "href") or ""
    if written.startswith("/") and not written.startswith("//") and not _filed_as_page(written, here):
        return False  # (a path as written: no URL to resolve for the many cards of another kind)
    text = " ".join(raw.split())
    if not _title_like(text) or len(node_text(link)) < 0.8 * len(text):
        return False
    href = absolute(written, base)
    return href is not None and _same_site(href, here) and not _same_page(href, here) and _article_url(href) \
        and _filed_as_page(href, here)


def _filed_as_page(href: str, page_url: str | None) -> bool:
    """True when a link's path is as deep as the page's and opens with the same section word (a date's or
    an id's digits aside): "/news/a.html" under "/news/b.html", "/a/" under "/b/"."""
    segments = path_segments(href)
    own = path_segments(page_url or "")
    if len(segments) != len(own) or not own:
        return False
    return len(own) == 1 or own[0].isdigit() or segments[0].casefold() == own[0].casefold()


def _link_inside(title: LexborNode) -> LexborNode | None:
    """The link a card's title holds: a child, or a child's child, among the first few."""
    child, seen = title.child, 0
    while child is not None and seen < 4:
        tag = child.tag_id
        if tag == _A:
            return child
        if tag != TEXT_ID:
            inner = child.child
            while inner is not None:
                if inner.tag_id == _A:
                    return inner
                inner = inner.next
        child, seen = child.next, seen + 1
    return None


def _in_column(node: LexborNode) -> bool:
    """True when neither `node` nor an ancestor is the page's header, footer, navigation or a sidebar, or
    a feed of its newest stories (by its tag or its class/id words: "latest-news-box")."""
    n: LexborNode | None = node
    while n is not None and n.tag_id not in _BODY_OR_HTML:
        if n.tag in _NOT_COLUMN_TAGS:
            return False
        raw = class_and_id(n)
        if raw and (names_any(raw, NOT_COLUMN_TOKENS) or names_any(raw, FEED_TOKENS)):
            return False
        n = n.parent
    return True


def _after_prose(grid: LexborNode) -> bool:
    """True when a block of prose (the article's text: `_PROSE_BLOCK` characters, few of them links) stands
    before the grid, as a sibling of it or of one of its nearest boxes; the element right before it (or the
    box it opens) is no heading."""
    node: LexborNode | None = grid
    for level in range(_GRID_DEPTH):
        if node is None or node.tag_id in _BODY_OR_HTML:
            return False
        before = _sibling_element(node)
        if level == 0 and before is not None and (before.tag in _TITLE_TAGS or len(joined_text(before)) < 80
                                                  and before.css_first("a[href]") is None
                                                  and joined_text(before).strip()):
            return False  # a heading or a line over the cards (one no rule took as related)
        seen = 0
        while before is not None and seen < 6:
            if before.tag not in ("script", "style"):
                text = len(before.text(deep=True, strip=True))
                if text >= _PROSE_BLOCK and link_len(before) < 0.25 * text:
                    return True
                seen += 1
            before = before.prev
        node = node.parent
    return False


# ---------------------------------------------------------------- headings

def _heading_text(heading: LexborNode, text: str) -> str | None:
    """A heading's text (`text`, as read) when it may be a related / not-related heading (short, opening
    with one of their words): a heading drawn as an image reads its alt text; a link in bold is no heading."""
    if len(text) > 200:
        return None  # (a block named "title", not a heading: its text is not cleaned for nothing)
    if not _may_be_heading(text):  # (most elements: the gate first, the image case after)
        if text and not text.isspace() or heading.tag not in _TITLE_TAGS:
            return None
        img = css_first(heading, "img[alt]")
        if img is None or not _may_be_heading(attr(img, "alt") or ""):
            return None
        text = attr(img, "alt") or ""
    text = clean_text(text)
    if not text or len(text) > _HEADING_CHARS or len(text.split()) > _HEADING_WORDS:
        return None
    return text


def _more_from_site(text: str, page_url: str | None, site_name: str | None) -> bool:
    """A heading "More <site>" ("More Washington Examiner", "More from WIRED"): the site offers more of its
    articles, as "More from <site>" does. The site is its declared name or its host's name."""
    m = MORE_SITE.match(text)
    if m is None:
        return False
    name = _squeezed(m.group("site"))
    if not name:
        return False
    if site_name and name == _squeezed(re.sub(r"^the\s+", "", site_name, flags=re.I)):
        return True
    host = _site(page_url or "").split(".")[0]
    return bool(host) and name == host


def _squeezed(text: str) -> str:
    return "".join(_slug_words(text))


def _headings_over_links(items: list[tuple[LexborNode, str]], known: set[int]) -> list[tuple[LexborNode, str]]:
    """Lines of the text that stand over a list of links as its heading, with their text: the element right
    before a link item ("<p>Related stories</p><p><a>...</a></p>"), or before the list whose items they are
    ("<div>【関連記事】</div><ul><li><a>...</a></li>"), when short and opening with a heading phrase's word
    (`known`: elements already read as headings)."""
    out: list[tuple[LexborNode, str]] = []
    seen = set(known)
    seen.update([item.mem_id for item, _ in items])  # an item of links is no heading
    lists: set[int] = set()
    for item, text in items:
        if item.tag_id == _LI:
            parent = item.parent
            if parent is None or parent.tag_id not in _LISTS or parent.mem_id in lists:
                continue  # (a list's heading is looked for once, before the list)
            lists.add(parent.mem_id)
            item = parent
        elif len(text) > _RUN_ITEM:
            continue  # a paragraph of prose with a link, not an item of a list of links
        before = _sibling_element(item)
        if before is None and item.tag_id in _LISTS:
            before = _before_wrapper(item)
        if before is None or before.mem_id in seen or before.tag_id in _NOT_HEADING_IDS:
            continue
        seen.add(before.mem_id)
        text = joined_text(before)
        if len(text) <= 80 and _may_be_heading(text) and css_first(before, "a[href]") is None:
            out.append((before, text))
        if len(out) >= MAX_BLOCKS:
            break
    return out


def _before_wrapper(node: LexborNode) -> LexborNode | None:
    """The element before the box a list opens ("<div>関連記事</div><div><ul>...</ul></div>"): the
    list opens each of up to `_WRAPPERS` boxes around it (nothing but white space before it)."""
    for _ in range(_WRAPPERS):
        box = node.parent
        if box is None or box.tag_id in _STOP_IDS or not _opens(node):
            return None
        before = _sibling_element(box)
        if before is not None:  # a line, not a box of its own (its text is read only then)
            return None if any(c.tag_id in _BOX_IDS for c in before.iter()) else before
        node = box
    return None


def _opens(node: LexborNode) -> bool:
    """True when nothing but white space and comments stands before `node` in its parent."""
    prev = node.prev
    while prev is not None:
        tag = prev.tag_id
        if tag != _COMMENT and (tag != TEXT_ID or (prev.text_content or "").strip()):
            return False
        prev = prev.prev
    return True


def _sibling_element(node: LexborNode, after: bool = False) -> LexborNode | None:
    """The element before `node` (`after`: after it) among its siblings (text between them only white
    space)."""
    sib = node.next if after else node.prev
    while sib is not None:
        tag = sib.tag_id  # (`tag` decodes the name at each call)
        if tag == TEXT_ID:
            if (sib.text_content or "").strip():
                return None
        elif tag != _COMMENT:
            return sib
        sib = sib.next if after else sib.prev
    return None


def _heading_block(node: LexborNode) -> LexborNode:
    """The outermost element whose whole text is `node`'s (a <strong> in a <p>: the <p>)."""
    text = node.text(deep=True, strip=True)
    while node.parent is not None and node.parent.tag not in _STOPS \
            and node.parent.text(deep=True, strip=True) == text:
        node = node.parent
    return node


def _sibling_run(heading: LexborNode, title: LexborNode, lists: dict[int, bool]) -> list[LexborNode]:
    """The links a heading inside the article's flow introduces: the run of siblings after it that are
    each (mostly) a link ("<p>Read more:</p><p><a>...</a></p><p><a>...</a></p>"), up to the first
    sibling that is prose or another heading; or the one element after it that is a list of links or a
    grid of teaser cards (`title` is the heading element, `lists` as in `_container_by_heading`)."""
    run: list[LexborNode] = []
    node = heading.next
    while node is not None and len(run) < 2 * MAX_RELATED:
        if node.tag == "-text":
            if (node.text_content or "").strip():
                break
        elif node.tag not in ("-comment", "script", "style", "br"):
            linked = css_first(node, "a[href]") is not None  # (asked once: each css() parses its selector)
            if node.tag in _TITLE_TAGS and not linked:
                break
            text = len(node.text(deep=True, strip=True))
            if not linked:
                if text:
                    break
            elif link_len(node) * 2 < text or text > _RUN_ITEM and node.tag not in ("ul", "ol"):
                if not run and node.tag not in ("ul", "ol") and _is_link_list(node, title, lists):
                    run.append(node)  # a grid of teaser cards right after the heading
                break  # prose (a list of links may be long)
            else:
                run.append(node)
        node = node.next
    return run


def _container_by_heading(heading: LexborNode, lists: dict[int, bool]) -> LexborNode | None:
    """The block a "Related" heading stands over: the nearest ancestor with links besides the heading's,
    when it reads as a list of links or of teaser cards (not a section of the article). A heading stands
    over what follows it: an ancestor with text before the heading (a page footer with tags and the
    author's box, then "More news" and its cards) is not its block (`_sibling_run` looks after the
    heading). `lists` keeps what was found of each element."""
    own = len(css(heading, "a[href]"))
    child, node = heading, heading.parent
    for _ in range(4):
        if node is None or node.tag in _STOPS:
            return None
        if (len(css(node, "a[href]")) > own if own else css_first(node, "a[href]") is not None):
            if _has_text_before(child):
                return None
            return node if _is_link_list(node, heading, lists) else None
        if node.tag in ("aside", "section"):
            return None  # the heading's own widget holds no links (a list a script fills): not the next one's
        child, node = node, node.parent
    return None


def _continued_rows(box: LexborNode, heading: LexborNode, lists: dict[int, bool]) -> list[LexborNode]:
    """The boxes right after a block found by its heading that go on with its grid: the next elements of
    the same first class word, each a list of links or teaser cards with no heading of its own (a grid
    split in rows, the heading in the first: "<div class=box><h3>Related</h3>..</div><div class='box
    no-border'>..</div>")."""
    word = (attr(box, "class") or "").split()[:1]
    out: list[LexborNode] = []
    node = _sibling_element(box, after=True)
    while word and node is not None and len(out) < MAX_BLOCKS:
        if (attr(node, "class") or "").split()[:1] != word or not _is_link_list(node, heading, lists) \
                or _plain_headings(node, heading):
            break
        out.append(node)
        node = _sibling_element(node, after=True)
    return out


def _is_link_list(node: LexborNode, heading: LexborNode, lists: dict[int, bool]) -> bool:
    """`_link_list`, once for each element (headings share ancestors)."""
    known = lists.get(node.mem_id)
    if known is None:
        known = lists[node.mem_id] = _link_list(node, heading)
    return known


def _has_text_before(node: LexborNode) -> bool:
    """True when the siblings before `node` hold more than a few characters of text (not an icon's label,
    an image link, white space)."""
    prev, chars = node.prev, 0
    while prev is not None:
        tag = prev.tag_id
        if tag not in _NO_LEAD_IDS:
            chars += len(((prev.text_content if tag == TEXT_ID else joined_text(prev)) or "").strip())
            if chars > _LEAD_CHARS:
                return True
        prev = prev.prev
    return False


def _link_list(node: LexborNode, heading: LexborNode) -> bool:
    """True when `node` is a list of links under one heading, or a grid of teaser cards (a title link and
    a line or two each): not a section of the article with its own subheadings and paragraphs."""
    density = link_density(node)
    if density >= 0.8:
        return True
    plain_headings = _plain_headings(node, heading)
    if density >= 0.5:
        return len(plain_headings) <= 1
    if len(plain_headings) > 1:
        return False
    articles = set()
    for a in css(node, "a[href]"):  # the cards' targets: a title's link, or an image's or an empty overlay's
        href = attr(a, "href") or ""
        words = len(node_text(a).split())
        if (words >= 3 or not words) and _not_a_listing(href) and not SHARE_URL.search(href):
            articles.add(href.split("#", 1)[0])
    if len(articles) < 3:
        return False
    text = len(node.text(deep=True, strip=True))
    if text - link_len(node) > _TEASER_TEXT * len(articles):
        return False
    return not any(len(p.text(deep=True, strip=True)) > _PROSE_PARAGRAPH for p in css(node, "p"))


def _plain_headings(node: LexborNode, heading: LexborNode) -> list[LexborNode]:
    """The headings in `node` (not `heading`) that head a part of it: no link, no card's title."""
    return [h for h in css(node, "h1, h2, h3, h4") if h.mem_id != heading.mem_id
            and css_first(h, "a") is None and not _in_card(h, node)]


def _in_card(heading: LexborNode, block: LexborNode) -> bool:
    """True when a heading is a card's title: inside a link or list item, or beside the link of one
    article in a small element below `block` (not a subheading of the article's text)."""
    n, top = heading.parent, block.mem_id
    for _ in range(3):
        if n is None or n.mem_id == top:
            return False
        if n.tag in ("a", "li"):
            return True
        links = css(n, "a[href]")
        if links:  # a card links one article (a widget under its own heading links several)
            return len({attr(a, "href") for a in links}) <= 2 and len(joined_text(n)) < 600
        n = n.parent
    return False


def _excluded(node: LexborNode) -> bool:
    """True when a block is not offered to the reader as related: it sits in a site-wide list or in
    navigation (up to the article or main element that holds it: a post's own classes, "tag-popular", do
    not count), in an ad network's widget, or in an element the page hides. One walk up the tree."""
    n: LexborNode | None = node
    depth, in_page = 0, True
    while n is not None and n.tag_id not in _BODY_OR_HTML:
        try:
            values = n.attributes
        except TypeError:
            return False
        if "hidden" in values or values.get("aria-hidden") == "true" \
                or "style" in values and _HIDING_STYLE.search(values.get("style") or ""):
            return True
        cls, ident = values.get("class"), values.get("id")
        if cls and not HIDING_CLASSES.isdisjoint(cls.split()):
            return True
        if depth < 8:
            if in_page and n.tag_id in _PAGE_PARTS:
                in_page = False
            if in_page and n.tag == "nav":
                return True
            raw = f"{cls} {ident}" if cls and ident else cls or ident or ""
            if raw and (in_page and names_any(raw, SITE_LIST_TOKENS) or _ad_widget(raw)):
                return True
        n, depth = n.parent, depth + 1
    return False


def _in_page_footer(node: LexborNode) -> bool:
    """True when `node` sits in the page's footer: below a <footer> element or one named "footer"
    (`PAGE_FOOTER_TOKENS`), and not inside the article or main element (an article's own footer,
    "entry-footer", is not the page's)."""
    return has_ancestor(node, PAGE_FOOTER_TOKENS, ("footer",)) and not has_ancestor(node, None, ("article", "main"),
                                                                                     depth=64)


def _ad_slot_among_cards(block: LexborNode, page: Page) -> bool:
    """True when an ad network's slot (`AD_SLOT_SELECTOR`) stands between the block's cards: a box holding
    it has a box with a card's title link before it and one after it (a slot after the last card, or
    before the first, is the next widget's place, not part of the list)."""
    top = block.mem_id
    for slot in page.css(AD_SLOT_SELECTOR, block)[:4]:  # (the page's index drops what no class or id holds)
        node = slot
        for _ in range(4):
            if node.mem_id == top or node.parent is None:
                break
            if _linked_sibling(node) and _linked_sibling(node, after=True):
                return True
            node = node.parent
    return False


def _linked_sibling(node: LexborNode, after: bool = False) -> bool:
    """True when an element before `node` among its siblings (`after`: after it) holds a link whose text
    reads as a title (a card's, not a "More" button)."""
    sib = node.next if after else node.prev
    while sib is not None:
        if sib.tag not in ("-text", "-comment", "script", "style"):
            links = [sib] if sib.tag == "a" else sib.css("a[href]")
            if any(_title_like(node_text(a)) for a in links):
                return True
        sib = sib.next if after else sib.prev
    return False


def _ad_widget(raw: str) -> bool:
    """A class/id string naming an ad network's widget (a script's hook "js-outbrain-anchor" aside)."""
    if not names_any(raw, AD_WIDGET_TOKENS):
        return False
    own = " ".join(w for w in raw.split() if not w.lower().startswith(("js-", "js_")))
    return bool(own) and names_any(own, AD_WIDGET_TOKENS)


# ---------------------------------------------------------------- items

def _related_items(nodes: list[LexborNode], base: str | None, seen: set[str], page: Page, headed: bool = False,
                   limit: int | None = None, skip: set[int] | None = None) -> list[RelatedArticle]:
    """Each link of a related block whose text reads as a title, once per URL, in the order the URLs
    first appear (none of `seen`). Under a heading that offers the links as related (`headed`), a link
    with a title's text is an article unless its URL names a tag, section or author page; elsewhere its
    URL must look like an article's too. A URL whose links hold no title (an image, an empty overlay)
    takes its card's heading. Teasers are read only when the block keeps at most `limit` items (a longer
    block is a feed and is dropped). The block's first MAX_LINKS_READ links are read, none of `skip` (the links
    of a site-wide widget inside the block)."""
    order: dict[str, None] = {}  # URLs in the order they first appear
    titled: dict[str, list] = {}  # URL -> [title, link, block, the link is in a heading (None: not asked)]
    untitled: dict[str, tuple[LexborNode, LexborNode]] = {}  # URL -> its first link without text
    unread = MAX_LINKS_READ
    here = _here(page, base)
    for container in nodes:
        links = css(container, "a[href]")[:unread]
        unread -= len(links)
        for a in links:
            if skip and a.mem_id in skip:
                continue
            href = absolute(attr(a, "href"), base)
            if not href or _same_page(href, here):
                continue
            href = href.split("#", 1)[0]  # "#comments" of an article is that article
            if href in seen:
                continue
            order.setdefault(href)
            title = node_text(a)
            if title.rstrip(_LABEL_MARKS + "›→").rpartition(" ")[2].casefold() in _MORE_LAST and _ends_in_button(a, title):
                continue  # "<Topic> <span>More</span>": the block's heading, a link to its topic's page
            if len(title) < 4:  # an image or an empty overlay: its card's heading may give the title
                untitled.setdefault(href, (a, container))
                continue
            if len(title) > _LONG_LINK and not _title_like(title):
                title = _title_inside(a, title)  # a card that is one link: its title and a long teaser
            if _title_like(title):
                in_heading = None
                if not _article_link(href, title, here, headed):
                    continue  # a tag, a section: a later link may give the URL a title
            elif _title_like(title, _CARD_TITLE_CHARS, 1) and _is_title_link(a) and _slug_of_title(href, title) \
                    and _not_a_listing(href):
                in_heading = True  # a card's title of a word or two, its URL's slug ("Frauenverunsicherung")
            else:
                continue  # a button ("Read more"): a later link may give the URL a title
            entry = titled.get(href)
            if entry is None:
                titled[href] = [title, a, container, in_heading]
                continue
            # the URL again: a link in a card's heading gives the title, else the longer text
            if entry[3] is None:
                entry[3] = _is_title_link(entry[1])
            in_heading = _is_title_link(a)
            if in_heading and not entry[3] or in_heading == entry[3] and len(title) > len(entry[0]):
                titled[href] = [title, a, container, in_heading]
    found: list[tuple[RelatedArticle, LexborNode, LexborNode]] = []
    for href in order:
        entry = titled.get(href)
        if entry is not None:
            title, link, container = entry[0], entry[1], entry[2]
        elif href in untitled and _same_site(href, here):
            link, container = untitled[href]
            title = _card_title(link, container.mem_id, page)
            if not title or not _title_like(title) or not _article_link(href, title, here, headed):
                continue
        else:
            continue
        if TRACKING_URL.search(href) or SHARE_URL.search(href) or SHOP_URL.match(href) \
                or _to_a_person(link, href, container):
            continue  # (paid, tracked, share and shop links, a card's byline, tested last: only the few taken pay)
        found.append((RelatedArticle(title=_title_inside(link, title), url=href), link, container))
    if found:
        block_paid, paid_cards = _ad_marked(nodes)
        if block_paid:
            return []  # a block of ads under a teaser's heading ("You may like" over an "Ad" label)
        if paid_cards:
            found = [f for f in found if f[1].mem_id not in paid_cards and not inside(f[1], paid_cards)]
    if limit is None or len(found) <= limit:
        for item, link, container in found:
            item.teaser = _teaser(link, item.title, container, page)
    return [item for item, _, _ in found]


def _ends_in_button(link: LexborNode, title: str) -> bool:
    """True when a link's last element (an icon after it aside) is a label of `MORE_BUTTONS` with text before
    it ("Trump Impeachment Inquiry <span>More</span> <svg>"): a block's heading that links its topic's page.
    `title` is the link's `node_text`."""
    last = None
    child = link.child
    while child is not None:
        if child.tag == "-text":
            if (child.text_content or "").strip():
                last = None  # text after the last element: no label closes the link
        elif child.tag not in _ICON_TAGS and child.tag != "-comment":
            last = child
        child = child.next
    if last is None:
        return False
    label = last.text(deep=True).strip(_LABEL_MARKS + "›→")
    return " ".join(label.split()).casefold() in MORE_BUTTONS and len(title) > len(label) + 2


def _ad_marked(nodes: list[LexborNode]) -> tuple[bool, set[int]]:
    """Whether a block is marked as paid (a line of `AD_MARKS`, "Ad", "Sponsored", "Anzeige", before its first
    card: the block's label), and the cards marked so (the elements around a mark that link one article). A
    mark after a card that marks none (an ad's slot between the cards, "<li><span>Anzeige</span><div
    id=slot></li>") marks nothing. Blocks whose text holds no such word are not walked."""
    block, cards = False, set()
    for container in nodes:
        if _AD_WORDS.isdisjoint(joined_text(container).split()):  # (its words as written: `_AD_WORDS` has their cases)
            continue
        links = 0  # links met before the mark (not the mark's own)
        for node in container.traverse(include_text=True):
            if node.tag == "a":
                links += 1
                continue
            if node.tag != "-text" or (node.text_content or "").strip(_AD_MARK_TRIM).casefold() not in AD_MARKS:
                continue
            own, box = None, node.parent  # (the mark may be a link itself: "<a href=/ads-info><span>Ad</span></a>")
            for _ in range(3):
                if box is None or box.mem_id == container.mem_id:
                    break
                if box.tag == "a":
                    own = box
                    break
                box = box.parent
            if own is not None and len(own.text(deep=True, strip=True)) > len(node.text_content or "") + 2:
                own = None  # a card's link that says "Ad" before its title: its card is marked
            box = (own or node).parent
            while box is not None:
                others = {attr(a, "href") for a in css(box, "a[href]") if own is None or a.mem_id != own.mem_id}
                if others or box.mem_id == container.mem_id:
                    if len(others) == 1 and box.mem_id != container.mem_id:
                        cards.add(box.mem_id)  # the card the mark sits in
                    elif links - (own is not None) <= 0:
                        block = True  # the block's own label, before its cards
                    break
                box = box.parent
    return block, cards


def _to_a_person(link: LexborNode, href: str, container: LexborNode) -> bool:
    """A link to a person's page, not an article: a card's byline (the link, or an element around it below the
    block, named for the author: "author", "byline", "username"; rel="author"), or a "/@handle" path."""
    return PROFILE_URL.match(href) is not None or attr(link, "rel") == "author" \
        or has_ancestor(link, CARD_BYLINE_TOKENS, depth=3, stop=container)


def _title_inside(link: LexborNode, title: str) -> str:
    """The title of a card that is one link holding more than its title (an eyebrow, "Related", "Mehr zum
    Thema"; a byline, "von Schuhmann"; a date; a teaser): the text of a title element inside the link (a
    heading, a "title" class; not a kicker's) that reads as a title, the highest heading first ("<h4>Kicker</h4>
    <h3>Title</h3>"), else the shortest (the title before its teaser); else the link's text."""
    child = link.child
    while child is not None and child.tag_id == TEXT_ID:
        child = child.next
    if child is None:  # (most links hold their text alone: no selector to run)
        return title
    inner: list[tuple[int, int, str]] = []
    for node in css(link, CARD_TITLE_SELECTOR):
        text = node_text(node)
        if text != title and text in title and _title_like(text) and not names_any(class_and_id(node), KICKER_TOKENS):
            inner.append((int(node.tag[1]) if node.tag in _TITLE_TAGS else 9, len(text), text))
    return min(inner)[2] if inner else title


def _is_title_link(link: LexborNode) -> bool:
    """A link that is (in) a card's heading: its text is the article's title, not the teaser's."""
    n: LexborNode | None = link
    for _ in range(3):
        if n is None:
            return False
        if n.tag in _TITLE_TAGS or any("title" in t or "headline" in t for t in class_tokens(n)):
            return True
        n = n.parent
    return False


def _card_title(link: LexborNode, stop: int, page: Page) -> str:
    """The title of a card whose link holds no text (an image or an empty overlay link): the card's
    heading, in the nearest ancestor (up to the block) that has one and no other article's title."""
    node = link.parent
    for _ in range(4):
        if node is None or node.mem_id == stop:
            break
        titles = [t for t in (node_text(h) for h in page.css(CARD_TITLE_SELECTOR, node)) if t]
        if titles:
            return max(titles, key=len) if len(titles) <= 2 else ""
        node = node.parent
    return ""


def _title_like(title: str, chars: int = 12, words_at_least: int = 3) -> bool:
    """A link text that reads as an article's title: a few words (at least `words_at_least` and `chars`
    characters), not a button ("Read more", "More news from Tech"), not a heading, not a date."""
    words = _word_count(title)
    if words > 40 or title.casefold() in CRUFT_LINES or _DATE_TITLE.match(title):
        return False
    if title[:1].isdigit() and (m := _DAY_FIRST_DATE.match(title)) and m.group("month").casefold() in MONTHS:
        return False
    if len(_WORD.findall(title)) <= 5 and (RELATED_HEADINGS.match(title) or RECOMMENDED_HEADINGS.match(title)
                                            or _BUTTON.match(title)):
        return False
    return len(title) >= chars and words >= words_at_least


def _word_count(text: str) -> int:
    """Words of a title; in a script written without spaces (Japanese, Chinese, Thai), one for each
    two characters."""
    words = len(text.split())
    if _SPACELESS.search(text):
        words = max(words, len(text) // 2)
    return words


def _article_link(href: str, title: str, page_url: str | None, headed: bool) -> bool:
    """A link's URL is an article's: it looks like one, or (under a heading that offers related links,
    on the same site; or made from its title's words) it names no tag, section or author page."""
    if _article_url(href) or _filed_like_page(href, page_url):
        return True
    return ((headed and _same_site(href, page_url) or _slug_of_title(href, title)) and len(_slug_words(title)) >= 3
            and _not_a_listing(href))


def _filed_like_page(href: str, page_url: str | None) -> bool:
    """True when a link of the page's site is filed as the page is: as deep, and each segment that names a
    section or tag ("/thema/<slug>/<id>") is the page's own segment there, the page being an article, so
    the site files its articles under that word; the rest of its path looks like an article's."""
    if not page_url or not _same_site(href, page_url):
        return False
    segments = path_segments(href)
    own = path_segments(page_url)
    if len(segments) != len(own):
        return False
    shared = [i for i, s in enumerate(segments) if s.casefold() in NOT_ARTICLE_SEGMENTS]
    if not shared or any(segments[i] != own[i] for i in shared):
        return False
    rest = [s for i, s in enumerate(segments) if i not in shared]
    return bool(rest) and _article_url("https://host/" + "/".join(rest))


def _slug_words(text: str) -> list[str]:
    """The words of a title or a URL slug, lower case, accents off ("Fassade aus Zähnen" -> fassade, aus,
    zahnen), as a site makes a slug from a title."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    return re.findall(r"[a-z0-9]+", folded.encode("ascii", "ignore").decode())


def _slug_of_title(href: str, title: str) -> bool:
    """True when the link's last path segment is made from the title's words ("/fassade-aus-zahnen/")."""
    words = _slug_words(title)
    segments = path_segments(href)
    if not words or not segments:
        return False
    slug = set(_slug_words(segments[-1].rsplit(".", 1)[0]))
    return sum(w in slug for w in words) * 3 >= len(words) * 2


def _teaser(link: LexborNode, title: str, container: LexborNode, page: Page) -> str | None:
    """The teaser text of a related card: a dek/teaser/excerpt beside the link, in its card
    (never above the related block itself)."""
    card, top = link.parent, container.mem_id
    for _ in range(3):
        if card is None or card.tag in ("ul", "ol", "section", "aside", "body", "main") \
                or len(joined_text(card)) > 2000:  # past the card: a list, or the article
            return None
        if card.tag in ("li", "article") or len(css(card, "a[href]")) <= 3:
            for node in page.css(TEASER_SELECTOR, card)[:12]:  # (the page's index leaves out what no class holds)
                text = node_text(node)
                if 40 <= len(text) <= 400 and title not in text and not css_first(node, "a[href]") \
                        and not READING_TIME.match(text):
                    return text
        if card.mem_id == top:
            break
        card = card.parent
    return None


# ---------------------------------------------------------------- URLs

@text_cache(maxsize=4096)  # the page's own URL is compared with each link of each related block
def _norm_url(u: str) -> str:
    u = re.sub(r"^[a-z]+://(www\.)?", "", u.strip().casefold())
    return re.split(r"[?#]", u)[0].rstrip("/")


def _here(page: Page, base: str | None) -> str | None:
    """The page's own URL, which a link is compared with (the same page, site, filing): its URL, else
    `base`, what links resolve against (its <base href> or canonical URL) when it came without one."""
    return page.url or base


def _same_page(href: str, page_url: str | None) -> bool:
    return bool(page_url) and _norm_url(href) == _norm_url(page_url or "")


@text_cache(maxsize=1024)
def _site(url: str) -> str:
    """The registrable part of a URL's host, roughly ("www.example.co.uk" -> "example.co.uk")."""
    host = (split_url(url).hostname or "").lower()
    parts = host.split(".")
    return ".".join(parts[-3:] if len(parts) > 2 and len(parts[-2]) <= 3 and len(parts[-1]) == 2 else parts[-2:])


def _same_site(href: str, page_url: str | None) -> bool:
    return bool(page_url) and _site(href) == _site(page_url or "")


def _not_a_listing(href: str) -> bool:
    """A path below the site's root where no segment names a tag, section, author or account page."""
    segments = path_segments(href)
    return bool(segments) and not any(s.casefold() in NOT_ARTICLE_SEGMENTS for s in segments)


@text_cache(maxsize=4096)  # a page links the same URLs many times
def _article_url(href: str) -> bool:
    """True when a link looks like an article (a slug of several words, an id, a dated or .html path),
    not a section, tag, author or account page."""
    path = split_url(href).path  # ("" for a URL it cannot read, "http://[x/a": no article)
    segments = [s for s in path.split("/") if s]
    if not segments or any(s.casefold() in NOT_ARTICLE_SEGMENTS for s in segments[:-1] or segments):
        return False
    if re.search(r"\d{4,}|\.s?html?$|\.php$|\.aspx?$", path) or re.search(r"/(?:19|20)\d\d/\d{1,2}/", path):
        return True
    words = max(len(re.split(r"[-_+]", s)) for s in segments)
    return words >= 4 or (words >= 3 and len(segments) >= 2)

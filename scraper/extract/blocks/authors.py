"""Author boxes and biographies: the author's name, role, bio and page, as `Author`s.

Containers named `author-box`, `author-bio`, `about-author`, `post-author`, ... give name,
role, bio and author-page URL; so do biography elements outside a box (`byline-bio`,
`c-author__bio`; the name from the nearest small ancestor) and a byline that goes on into
an apposition ("By A, a deputy editor and ..."). `extract._merge_authors` joins them to the
declared authors by name (a box naming nobody goes to the first author without a bio). A
name is never taken from a related-article teaser (those are gone by then).
"""
from __future__ import annotations

from selectolax.lexbor import LexborNode

from ...model import Author
from ..bylines import name_forms, opens_with_name, person_names
from ..dom import (TEXT_ID, attr, class_tokens, clean_text, close_stops, joined_text, has_ancestor, node_text, tag_id,
                   tag_ids)
from ..index import css
from ..page import Page
from ..rules.common import BIO_VERBS, READING_TIME
from ..rules.html import (ABOUT_BEFORE, AUTHOR_BOX_SELECTION, AUTHOR_BOX_TOKENS, AUTHOR_URL, BIO_LABEL, BIO_SELECTOR,
                          BIO_TOKENS, BYLINE_BIO, NAME_LABEL, NAME_SELECTORS, NOT_A_BIO, NOT_A_NAME, NOT_BYLINE_TOKENS,
                          NOT_IMAGE_AROUND, ROLE_SELECTOR)
from ..urls import absolute
from .nodes import MAX_BLOCKS, decompose, inside, outermost, too_big

def take_author_boxes(page: Page, base: str | None, declared: list[Author] | None = None) -> list[Author]:
    """The authors of the page's author boxes, biographies and bylines that carry one; those leave
    the tree. With none of them giving a bio, the first `declared` author's may be a paragraph that
    opens with the name or follows "About <name>" (`bio_by_name`)."""
    found: list[Author] = []
    candidates = [(n, class_tokens(n)) for n in page.css(AUTHOR_BOX_SELECTION.css, page.body)]
    box_tokens, bio_tokens = AUTHOR_BOX_TOKENS.tokens, BIO_TOKENS.tokens
    boxes = [n for n, tokens in candidates if tokens & box_tokens and n.tag not in ("body", "html", "main", "article")]
    bios = [n for n, tokens in candidates if tokens & bio_tokens and not tokens & box_tokens]
    bylines = [n for n, tokens in candidates if "byline" in tokens and not tokens & (box_tokens | bio_tokens)]
    taken: list[LexborNode] = []
    for box in outermost(boxes)[:MAX_BLOCKS]:
        text = node_text(box)
        if not (15 <= len(text) <= 3000) or too_big(box):
            continue
        author = _author_from_box(box, base)
        if author is None:
            continue
        if not author.name:
            author.name, url = _name_near(box, base)
            author.url = author.url or url
        found.append(author)
        taken.append(box)
    # a biography element outside any box ("byline-bio", "c-author__bio", "infoCard-bio"), its name nearby;
    # chosen before any box goes (decompose frees the nodes inside it)
    taken_ids = {t.mem_id for t in taken}
    bios = [b for b in outermost(bios) if b.mem_id not in taken_ids and not inside(b, taken_ids)]
    # a byline that goes on into the author's biography
    for node in outermost(bylines)[:MAX_BLOCKS]:
        if node.mem_id in taken_ids or inside(node, taken_ids):
            continue
        m = BYLINE_BIO.match(node_text(node))
        if m and len(m.group("bio")) <= 600 and person_names(m.group("name")):
            found.append(Author(name=person_names(m.group("name"))[0], bio=m.group("bio")))
            taken.append(node)
            taken_ids.add(node.mem_id)
    decompose(taken)
    for node in bios[:MAX_BLOCKS]:
        text = BIO_LABEL.sub("", _bio_text(node))
        if len(text.split()) < 6 or len(text) > 1500 or NOT_A_BIO.search(text) \
                or has_ancestor(node, NOT_IMAGE_AROUND, depth=8):
            continue
        name, url = _name_near(node, base)
        found.append(Author(name=name, bio=text, url=url))
        node.decompose()
    first = declared[0] if declared else None
    if first is not None and not first.bio and not first.organisation and not any(a.bio for a in found):
        bio = bio_by_name(page, first.name)
        if bio:
            found.append(Author(name=first.name, bio=bio))
    for author in found:  # (no space before a comma or full stop after an inline element: "<em>Book</em>.")
        if author.bio:
            author.bio = close_stops(author.bio)
    return found

def _name_near(node: LexborNode, base: str | None) -> tuple[str, str | None]:
    """The author's name and page for a biography that names nobody: from the nearest ancestors."""
    holder = node.parent
    for _ in range(3):
        if holder is None or holder.tag in ("body", "html", "main", "article") or len(joined_text(holder)) > 800:
            break
        found = _author_from_box(holder, base)
        if found is not None and found.name:
            return found.name, found.url
        holder = holder.parent
    return "", None

#: What a run of text goes on through: text and inline elements (a block element ends it).
_INLINE = tag_ids(("a", "abbr", "b", "bdi", "br", "cite", "code", "em", "i", "mark", "q", "s", "small", "span",
                   "strong", "sub", "sup", "time", "u")) | {TEXT_ID}
_A = tag_id("a")
_BODY = tag_id("body")
_HEADINGS = tag_ids(("h1", "h2", "h3", "h4", "h5", "h6"))


def _loose_runs(box: LexborNode) -> list[str]:
    """The runs of text in `box` that sit between block elements rather than inside one of their own: what
    the box's elements hold as text and inline children, block by block, without the links that end it
    ("... in Leeds. <a>Feed</a>"). A run needs six words outside links: links alone are labels ("Follow X
    on Twitter"), and a label before a linked name is a byline."""
    runs: list[str] = []
    for holder in (box, *css(box, "div, td, section, li")):
        run: list[str] = []
        words = 0
        kept = 0  # the run's length up to its last text outside a link
        child = holder.child
        while child is not None:
            if child.tag_id in _INLINE:
                text = joined_text(child)
                run.append(text or " ")  # (a <br> is a space)
                if child.tag_id != _A and text.strip():
                    words += len(text.split())
                    kept = len(run)
            else:
                if words >= 6:
                    runs.append(clean_text("".join(run[:kept])))
                run, words, kept = [], 0, 0
            child = child.next
        if words >= 6:
            runs.append(clean_text("".join(run[:kept])))
    return runs


def _author_from_box(box: LexborNode, base: str | None) -> Author | None:
    own = box.mem_id
    name = None
    for selector in NAME_SELECTORS:
        for node in css(box, selector):
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
    for node in css(box, BIO_SELECTOR + ", p, figcaption"):
        if node.mem_id == own:
            continue
        text = _bio_text(node)
        if len(text.split()) >= 6 and not NOT_A_BIO.search(text) and not READING_TIME.match(text) \
                and text not in texts:
            texts.append(text)
    # the innermost text that holds the biography: wrappers (name + links + bio) give way to it
    if not texts and all(n.mem_id == own for n in css(box, "p, div, span, a, h2, h3, h4, h5, h6")):
        text = _bio_text(box)  # the box is the biography itself
        if len(text.split()) >= 6 and not NOT_A_BIO.search(text):
            texts.append(text)
    if not texts:  # the biography runs between the box's blocks ("<h3>About X</h3> X is a ... <div>links</div>")
        texts = [t for t in _loose_runs(box) if len(t.split()) >= 6 and not NOT_A_BIO.search(t)
                 and not READING_TIME.match(t)]
    leaves = [t for t in texts if not any(o != t and o in t for o in texts)]
    bio = max(leaves, key=len) if leaves else None
    role = None
    for node in css(box, ROLE_SELECTOR):
        text = node_text(node)
        if node.mem_id != own and 2 <= len(text) <= 60 and text != name and text != bio \
                and not (name and name in text):  # (a heading over the box: "Veröffentlicht von Jane Roe")
            role = text
            break
    url = None
    for a in css(box, "a[href]"):
        href = absolute(attr(a, "href"), base)
        if href and (AUTHOR_URL.search(href) or (name and node_text(a) == name)):
            url = href
            break
    if bio:
        bio = BIO_LABEL.sub("", bio)
    if not name and not bio:
        return None
    return Author(name=name or "", role=role, bio=bio, url=url)


def _bio_text(node: LexborNode) -> str:
    """The text of an element that may hold a biography, without the link to the author's page that
    closes it ("... <a href="/author/jane/">View all posts by Jane Doe</a>", "<a href="/writers/jane/bio/">Full
    Bio</a>"): a link label, not the biography."""
    text = node_text(node)
    link = _closing_link(node)
    if link is not None and (AUTHOR_URL.search(attr(link, "href") or "") or attr(link, "rel") == "author"):
        label = node_text(link)
        if label and text.endswith(label):
            text = text[:-len(label)].rstrip()
    return text


def _closing_link(node: LexborNode) -> LexborNode | None:
    """The link that ends `node`'s text: its last child (white space aside), or that child's last, a few
    levels down; None when text or another element ends it."""
    for _ in range(4):
        child = node.last_child
        while child is not None and child.tag_id == TEXT_ID and not (child.text() or "").strip():
            child = child.prev
        if child is None or child.tag_id == TEXT_ID:
            return None
        if child.tag_id == _A:
            return child
        node = child
    return None


#: Where a biography line ends its climb from the element that holds the name: the nearest of these.
_BIO_BLOCKS = tag_ids(("p", "div", "li", "td", "dd", "section", "aside", "footer", "blockquote"))


def bio_by_name(page: Page, name: str) -> str | None:
    """The biography a page shows outside any author box, found by the author's name: a paragraph of its
    own that opens with the name and a bio verb (a tagline at the end of the article, "JANE DOE IS OUR
    POLITICAL EDITOR", "<small>Jane Doe is a historian ...</small>"; a line under the byline card, "Jane
    has covered ..."; it stays in the body), else what follows a heading "About Jane Doe" ("Über ...").
    Looked for only where the page's text holds the name (whole or first) followed by a bio verb, or the
    whole name after an "about" word (`page.shown`, folded as lexbor's "i" folds)."""
    shown = page.shown
    opening: list[str] = []
    about = False
    for i, form in enumerate(name_forms(name)[:2]):  # the whole name, the first (a surname alone rarely opens one)
        try:
            key = form.encode().lower()
        except UnicodeEncodeError:  # (a lone surrogate from a JSON-LD escape: no text holds it)
            continue
        if len(key) < 4 or b'"' in key or b"\\" in key:
            continue
        pos, seen = shown.find(key), 0
        while pos >= 0 and seen < 16:
            if not opening or opening[-1] != form:
                if BIO_VERBS.match(shown[pos + len(key):pos + len(key) + 24].decode(errors="ignore").lstrip(" ,")):
                    opening.append(form)
            if i == 0 and not about:
                about = ABOUT_BEFORE.search(shown[max(0, pos - 24):pos].decode(errors="ignore")) is not None
            if opening and opening[-1] == form and (about or i > 0):
                break
            pos, seen = shown.find(key, pos + len(key)), seen + 1
    for form in opening:
        for node in page.css(f':lexbor-contains("{form}" i)'):
            block = _block_opened_by(node, form.casefold())
            if block is None:
                continue
            raw = joined_text(block)
            if len(raw) > 3000:
                continue
            text = clean_text(raw)
            if len(text) <= 1500 and opens_with_name(text, name) and not NOT_A_BIO.search(text) \
                    and not has_ancestor(block, NOT_BYLINE_TOKENS, depth=8):
                return text  # (not a widget's "About" box of the site's owner, nor a comment)
    if about:
        for node in page.css(f':lexbor-contains("{name}" i)'):
            heading = node
            while heading.tag_id in _INLINE and heading.parent is not None:
                heading = heading.parent
            label = NAME_LABEL.match(node_text(heading, 200))
            if label and node_text(heading, 200)[label.end():].casefold() == name.casefold():
                bio = _bio_after(heading)
                if bio:
                    return bio
    return None


def _bio_after(heading: LexborNode) -> str | None:
    """The biography under a heading that names its person ("About Jane Doe"): the first element after it
    (or after the wrappers it is the only text of) that reads as a biography, of a box's size."""
    node: LexborNode | None = heading
    for _ in range(3):
        if node is None:
            return None
        sib, looked = node.next, 0
        while sib is not None and looked < 3:
            if sib.tag_id != TEXT_ID:
                text = node_text(sib, 2000)
                if text:
                    if len(text) > 1500 or sib.tag_id in _HEADINGS:
                        return None
                    author = _author_from_box(sib, None)
                    if author is not None and author.bio:
                        return author.bio
                    looked += 1  # (the author's links, a role line: the biography may come next)
            sib = sib.next
        parent = node.parent
        if parent is None or parent.tag_id == _BODY or len(node_text(parent, 600)) > 2 * len(node_text(heading)):
            return None  # the heading's wrapper holds more than it: that is what follows it
        node = parent
    return None


def _block_opened_by(node: LexborNode, form: str) -> LexborNode | None:
    """The nearest block around `node` (an element whose own text holds `form`, folded) when its text opens
    with it: the form within the first words of `node`'s first text, `node` the first of what each
    element on the way up holds. (Never reads the text of a block that does not open so.)"""
    first = node.child
    while first is not None and not (first.tag_id == TEXT_ID and (first.text() or "").strip()):
        first = first.next
    text = (first.text() or "").lstrip().casefold() if first is not None else ""
    pos = text.find(form)
    if pos < 0 or len(text[:pos].split()) > 3:
        return None
    block = node
    while block.tag_id not in _BIO_BLOCKS:
        parent = block.parent
        if parent is None or parent.tag_id == _BODY:
            return None
        lead = parent.child
        while lead is not None and lead.tag_id == TEXT_ID and not (lead.text() or "").strip():
            lead = lead.next
        if lead is None or lead.mem_id != block.mem_id:
            return None  # words before it
        block = parent
    return block

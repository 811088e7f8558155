"""Images: figures and other image boxes with their caption and credit, as `Image`s.

`figure`, `wp-caption` and other image boxes, and captions standing alone (a class that says
caption, legend, "photo-desc", ...) with the picture beside them and a credit element right
after them; the credit comes from a credit/copyright/source element or `cite` inside the box,
else from the caption text (`credits.split_credit`: "(Getty Images)", "Photo: AP", "© Reuters").
The picture is the real one of a lazy-loaded image (srcset, <picture><source>, data-*, its
<noscript> copy), not its placeholder. A video's caption, a teaser's thumbnail, a widget's
picture, an ad, a sign-up box or an embed's consent notice is not an article image. A photo
story told in its captions keeps them in the tree for the body step.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from selectolax.lexbor import LexborNode

from ...model import Image
from ..candidates import small_link_len
from ..credits import (clean_caption, clean_credit, is_ad_label, opens_with_copyright, sentence_then_credit,
                       split_credit)
from ..dom import (attr, class_and_id, class_tokens, clean_text, has_ancestor, names_any, node_text, stripped,
                   tag_ids)
from ..index import css, css_first
from ..jsonld import unescape
from ..page import Page
from ..rules.common import CAPTION_OPENER, CLOSE_BUTTONS, CREDIT_WORDS, PHOTO_LABELS, PROMPT_WORDS
from ..rules.html import (BANNER_TOKENS, CAPTION_SELECTOR, CAPTION_TOKENS, CREDIT_SELECTOR, CREDIT_TOKENS, DATA_CREDIT_ATTRIBUTES,
                          IMAGE_ATTRIBUTES,
                          IMAGE_BOX_SELECTOR, LIGHTBOX_ATTRIBUTES, LIGHTBOX_WORDS, MEDIA_SELECTOR, NOT_IMAGE_AROUND,
                          NOT_IMAGE_SELF, PHOTO_STORY_PICTURES, PHOTO_STORY_WORDS, VIDEO_SELECTOR, VIDEO_TOKENS)
from ..urls import absolute, image_file_key, is_placeholder, split_url, srcset_src
from ..vocab import Pattern, alternation
from .nodes import MAX_BLOCKS, decompose, inside, outermost
from .pagetext import OPENER, PHOTO_LABEL, said

#: The captions and the pictures with words in their alt text, in one pass; of the pictures, `_loose_picture`
#: keeps those not right in a link to a page nor in a figure (as a selector, those conditions cost the pass as
#: much again). (The elements with a data-caption have a selector of their own, on the pages that have one.)
_PICTURE_PASS = CAPTION_SELECTOR + ', img[alt*=" "]'
#: At most this many image boxes, and as many caption candidates, are read (the first in the page): each is
#: looked at with its ancestors and its subtree, and a hostile page has 80,000 nested ones (~20 s; the dev
#: pages have 86 boxes and 308 candidates at most).
MAX_IMAGE_NODES = 2000
#: Up to this many image boxes, each looks into its own subtree for a figure (a few small walks); more (nested
#: on a hostile page: each subtree the rest of the page), the figures' ancestors are walked once instead.
_BOXES_LOOKED_INTO = 64
#: The credit elements `_credits_after` reads, by their class (`cite` and `small` are too common outside
#: figures, "source" names code and feeds as often): found by the picture pass too.
_CREDIT_CLASSES = [a for a in CREDIT_SELECTOR.split(", ") if a.startswith("[class") and "source" not in a]
_CREDIT_CLASS = re.compile(alternation(a.split('"')[1] for a in _CREDIT_CLASSES), re.I)  # (a trie behind its first letters)
_PICTURE_PASS += ", " + ", ".join(_CREDIT_CLASSES)
#: An italic line right under a picture, past a line break ("<img><br><em>The depot in 1939.</em>"): its caption
#: (<em> only: each alternative costs the pass a look at every element).
_ITALIC_UNDER = "img + br + em"
_PICTURE_PASS += ", " + _ITALIC_UNDER
_ITALIC = tag_ids(("em",))
#: Where the image step finds an image, to put them in page order.
_IN_ORDER = IMAGE_BOX_SELECTOR + ", " + CAPTION_SELECTOR + ", img"
#: The elements that give a picture's caption in an attribute (a lightbox link, a gallery's slide).
_DATA_CAPTION = "data-caption"
_A = tag_ids(("a",))
_BODY_OR_HTML = tag_ids(("body", "html"))
_NAV_OR_FORM = tag_ids(("nav", "form"))
_IMG = tag_ids(("img",))
_BUTTON = tag_ids(("button",))
_HEADINGS = tag_ids(("h1", "h2", "h3", "h4", "h5", "h6"))
_H1 = tag_ids(("h1",))
_EMPTY_TAGS = tag_ids(("img", "br", "picture", "source", "noscript", "wbr"))
#: A line after a picture that is its person's name or a title, not its caption (by its class).
_NAME_LINE = re.compile(r"author|byline|name|avatar|user|title|headline")
_PIXELS = re.compile(r"^\s*(\d{1,5})(?:px)?\s*$")
#: A caption line is at most this long (a longer text after a picture is the article going on).
_LINE_CHARS = 450
#: A line of its own that credits the picture: a photo label and its colon first.
_CREDIT_LINE = Pattern(r"(?:" + alternation(PHOTO_LABELS) + r")\s*:\s*\S", re.I)
_CREDIT_LINE_TAGS = "p, h4, h5, h6, small"
#: A credit, then a caption in brackets of three words or more.
_CREDIT_THEN_BRACKET = re.compile(r"^(.+?)\s*[(\[]([^()\[\]]+(?:\s+[^()\[\]\s]+){2,})[)\]]$")
#: The small words a list of names holds ("Jane Roe via Unsplash", "Ann and Bo for the Paper").
_SMALL_WORDS = frozenset(("via", "for", "and", "of", "on", "the", "by", "with", "at", "in", "auf", "von", "und", "für",
                          "de", "la", "le", "et", "y", "del", "da", "di", "e"))
_IMG_TAGS = tag_ids(("img", "picture"))  # (an <amp-img> is found by `_PICTURE` in its parent)
_PICTURE = "img, picture, amp-img, [data-src]"
_PICTURE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)", re.I)
#: The first URL in a lazy loader's settings written as JSON in its attribute (a value of a "src", "url" or
#: size key, written with or without its scheme).
_SETTINGS_URL = re.compile(r'"\w*"\s*:\s*"((?:https?:)?//[^"\s]+)"')
_NOSCRIPT_SRC = re.compile(r"<img\b[^>]*?\ssrc\s*=\s*[\"']?([^\"'\s>]+)", re.I)
_WORDS = re.compile(r"[^\W\d_]{2,}")


def _holding_figures(page: Page) -> set[int]:
    """The `mem_id`s of the elements that hold a <figure> (below <body>): each figure's ancestors, each
    walked once (a box's own look into its subtree costs the subtree, for every box: nested boxes of a
    hostile page read the page again and again)."""
    holding: set[int] = set()
    for figure in page.css("figure", page.body):
        n = figure.parent
        while n is not None and n.tag_id not in _BODY_OR_HTML and n.mem_id not in holding:
            holding.add(n.mem_id)
            n = n.parent
    return holding


def take_images(page: Page, base: str | None) -> list[Image]:
    """The page's images with caption and credit, once each (one caption under two pictures is two);
    their boxes leave the tree (unless they tell a photo story)."""
    boxes = [b for b in page.css(IMAGE_BOX_SELECTOR, page.body)[:MAX_IMAGE_NODES]
             if b.tag not in ("body", "html", "main", "article")]
    # a figure is the box; other image boxes count when they hold no figure themselves
    if len(boxes) <= _BOXES_LOOKED_INTO:
        boxes = [b for b in boxes if b.tag == "figure" or not css_first(b, "figure")]
    else:
        holding = _holding_figures(page)
        boxes = [b for b in boxes if b.tag == "figure" or b.mem_id not in holding]
    boxes = [b for b in outermost(boxes)[:10 * MAX_BLOCKS] if len(b.text(deep=True)) <= 1500]
    verdict = [(b, _not_an_image(b, page)) for b in boxes]
    rejected = [b for b, no in verdict if no]
    boxes = [b for b, no in verdict if not no]
    box_ids = {b.mem_id for b in boxes} | {b.mem_id for b in rejected}
    # one pass for the captions, the pictures with words in their alt text, the credit elements and italic lines
    captions, imgs, credits, italics = [], [], [], []
    last = 0
    for n in page.css(_PICTURE_PASS, page.body)[:MAX_IMAGE_NODES]:
        if n.mem_id == last:
            continue  # (listed once for each alternative it matches, one after the other)
        last = n.mem_id
        if n.tag_id in _IMG:
            if _loose_picture(n):
                imgs.append(n)
        elif n.tag_id in _A:
            continue  # (a link of a caption's class is no caption element)
        elif n.tag_id in _ITALIC:
            italics.append(n)
        else:
            captions.append(n)
            if _CREDIT_CLASS.search(n.attributes.get("class") or ""):
                credits.append(n)
    lone = [c for c in captions if c.mem_id not in box_ids and _is_caption(c)
            and not inside(c, box_ids) and not css_first(c, "figure")]
    pictures: dict[int, LexborNode | None] = {}  # a lone caption's picture, beside it
    for c in outermost(lone)[:4 * MAX_BLOCKS]:
        raw = c.text(deep=True)  # (its length without the markup's indentation: a table's cells indented deep)
        if 3 <= len(raw) and (len(raw) <= 800 or len(" ".join(raw.split())) <= 800) and not _not_an_image(c, page) \
                and (_named_caption(c) or len(_WORDS.findall(raw)) >= 2):
            img = _image_near(c)
            if img is not None and _icon_sized(img.attributes):
                img = None  # a head shot or an icon beside it (a copy of a caption for other screens): not its picture
            if img is not None or c.tag == "figcaption":
                pictures[c.mem_id] = img
    lone = [c for c in lone if c.mem_id in pictures][:MAX_BLOCKS]
    found: list[tuple[LexborNode, Image, list[LexborNode]]] = []  # (where it is, the image, its nodes)
    for box in (*boxes, *lone):
        credit_node = _credit_beside(box) if box.mem_id in pictures and not split_credit(node_text(box))[1] else None
        image = _image_from_box(box, base, page, pictures.get(box.mem_id), credit_node)
        if image is not None:
            found.append((box, image, [box, credit_node] if credit_node is not None and image.credit else [box]))
    covered = box_ids | {c.mem_id for c in lone} | {p.mem_id for p in pictures.values() if p is not None}
    phrases = said(page)
    openers = OPENER in phrases
    if openers:  # a caption may open "Figure 2:" under any picture, with or without alt text
        imgs = page.css("img", page.body)
    holders = page.css(f"[{_DATA_CAPTION}]", page.body) if page.carries(_DATA_CAPTION) else []
    more = _lines_under(imgs, base, covered, page, openers) + _data_captions(holders, base, covered) \
        + _credits_after(credits, base, covered)
    more += _italics_under(italics, base, covered | {n.mem_id for n, _, _ in more})
    if sum(map(bool, (boxes, lone, more))) > 1:  # in page order: the lead image first (one more pass)
        in_order = _IN_ORDER + f", [{_DATA_CAPTION}]" if holders else _IN_ORDER
        order = {n.mem_id: i for i, n in reversed(list(enumerate(page.css(in_order, page.body))))}
        found = sorted([*found, *more], key=lambda f: order.get(f[0].mem_id, 0))
    else:
        found += more
    images: list[Image] = []
    seen: set[str] = set()
    done: list[LexborNode] = []
    for _, image, nodes in found:
        # one figure listed twice (a copy for small screens) is one image; one caption under two pictures is two
        key = ((image.caption or "").casefold() or (image.credit or "").casefold()) + "|" \
            + (image_file_key(image.url) if image.url else "")
        if key not in seen:
            seen.add(key)
            images.append(image)
        done.extend(nodes)
    kept = {n.mem_id for n in done} if _photo_story(page, images, done) else set()
    if not kept:
        decompose(done)
    if PHOTO_LABEL in phrases:
        images += _credit_lines(page, kept)
    return images


def _credits_after(credits: list[LexborNode], base: str | None,
                   covered: set[int]) -> list[tuple[LexborNode, Image, list[LexborNode]]]:
    """Credit elements right after a picture outside any figure ("<img><p class=image-credits>Bild: Tesla",
    a picture's wrapper then its "media-copyright" line): that picture's credit, and its caption when the
    credit ends with it in brackets ("Tesla (Musk on stage in 2022)")."""
    out: list[tuple[LexborNode, Image, list[LexborNode]]] = []
    for node in outermost(credits)[:MAX_BLOCKS]:
        if node.mem_id in covered or inside(node, covered) or css_first(node, _PICTURE) is not None:
            continue
        text = node_text(node)
        if not 2 <= len(text) <= 200 or PROMPT_WORDS.search(text):
            continue
        prev = node.prev
        while prev is not None and prev.tag == "-text" and not (prev.text() or "").strip():
            prev = prev.prev
        if prev is None or prev.tag == "-text" or prev.mem_id in covered:
            continue
        img = prev if prev.tag_id in _IMG_TAGS else None
        if img is None and not prev.text(deep=True, strip=True):
            img = css_first(prev, "img, picture")
        if img is None or inside(img, covered) \
                or has_ancestor(node, NOT_IMAGE_AROUND, ("nav", "form", "footer"), depth=8):
            continue
        link = link_around(img, 4)
        if link is not None and not opens_picture(link):
            continue  # a teaser's picture, linking to another page
        cap, credit = split_credit(text)
        credit = credit if cap is None else clean_credit(text)
        caption = None
        m = _CREDIT_THEN_BRACKET.match(credit or "")
        if m and _names_someone(m.group(1)) and not _names_someone(m.group(2)):
            credit, caption = m.group(1), clean_caption(m.group(2))
        if credit:
            url, alt = _image_url(img, base, img if img.tag != "picture" else None)
            out.append((img, Image(url=url, caption=caption, credit=credit, alt=alt), [node]))
    return out


def _loose_picture(img: LexborNode) -> bool:
    """A picture outside a figure and not right in a link, unless the link is to a place on the page."""
    parent = img.parent
    if parent is None:
        return True
    if parent.tag_id in _A:
        return (parent.attributes.get("href") or "").startswith("#")
    return parent.tag != "figure"


def _credit_lines(page: Page, kept: set[int]) -> list[Image]:
    """Lines of their own that credit the article's picture ("Foto: MDR/Jane Roe" after the text,
    "Photo: Jane Roe" under the headline, "(All photos: Atlas staff)"): credits without a caption, which
    `extract` gives the lead picture; they leave the tree. Not a line in a figure, nor one of a photo
    story's captions (`kept`), nor a gallery link's title ("Photos: Fans fill the hall")."""
    lines: list[LexborNode] = []
    credits: list[Image] = []
    for node in page.css(_CREDIT_LINE_TAGS, page.body):
        raw = node.text(deep=True)
        if len(raw) > 160 or not _CREDIT_LINE.match(raw.lstrip(" \t\n([")) \
                or any(c.mem_id != node.mem_id for c in css(node, "p, div, li, img")):
            continue  # (the innermost element of the line: css() lists the node itself too)
        cap, credit = split_credit(clean_text(raw))
        if cap is None and credit and len(credit.split()) <= 10 and _names_someone(credit) \
                and node.mem_id not in kept and not inside(node, kept) \
                and not has_ancestor(node, None, ("figure", "figcaption"), depth=6) \
                and not any(inside(node, [n]) for n in lines):
            lines.append(node)
            credits.append(Image(credit=credit))
        if len(lines) >= 4 * MAX_BLOCKS:  # (a picture story may credit each of dozens of pictures)
            break
    decompose(lines)
    return credits


def _names_someone(credit: str) -> bool:
    """A credit reads as names ("Ringo H.W. Chiu, AP", "Jane Roe via Unsplash", "www.example.org"), not as a
    sentence ("Photos: Fans rock out at the Paper Tiger" heads a gallery)."""
    words = [w.strip("()[],;:") for w in credit.split()]
    lower = [w for w in words if w and w[0].islower() and w.casefold() not in _SMALL_WORDS and "." not in w
             and "/" not in w]
    return not lower and any(ch.isalpha() for ch in credit)


def _lines_under(imgs: list[LexborNode], base: str | None, covered: set[int], page: Page,
                 openers: bool) -> list[tuple[LexborNode, Image, list[LexborNode]]]:
    """Pictures outside any figure whose caption is the line right after them: a line repeating their
    alt text, or opening as a caption ("Figure 2: ...", "[Above: ...]"); a credit line may follow ("(c)
    Wiley-VCH"). The page's text tells first which pictures may have one: their alt text is in it."""
    out: list[tuple[LexborNode, Image, list[LexborNode]]] = []
    shown = page.shown
    for img in imgs[:8 * MAX_BLOCKS]:
        attrs = img.attributes  # (one dict for every look-up below)
        alt = clean_text(attrs.get("alt"))
        if len(alt) > 400 or not (openers or " " in alt) or _tiny(attrs) \
                or not openers and alt.encode().lower() not in shown:
            continue  # (first) an alt text that no line repeats
        link = link_around(img, 4)
        if link is not None and not opens_picture(link) and not (link.attributes.get("href") or "").startswith("#"):
            continue  # a teaser's picture, linking to another page
        if _near_one_of(img, covered):
            continue  # a figure's picture
        holder = img  # the picture with the link or wrappers around it that hold nothing else
        for _ in range(3):
            parent = holder.parent
            if parent is None or parent.tag in ("body", "html") or _holds_more(parent, holder):
                break
            holder = parent
        line, text = _next_line(holder)
        for _ in range(3):  # "<b><i>the caption</i><br>a subheading</b>": the caption's own element
            if line is None or line.tag == "-text" or not alt or text.casefold() == alt.casefold() \
                    or not text.casefold().startswith(alt.casefold()):
                break
            line = next((c for c in line.iter(include_text=True) if clean_text(c.text(deep=True))), None)
            text = clean_text(line.text(deep=True, separator=" ")) if line is not None else ""
        said_again = len(alt.split()) >= 2 and text.casefold() == alt.casefold()  # the alt text, repeated
        opens = not said_again and len(text) <= 300 and CAPTION_OPENER.match(text) is not None
        if line is None or not (said_again or opens) or line.tag_id in _A or inside(img, covered) \
                or line.mem_id in covered or inside(line, covered) \
                or line.tag != "-text" and css_first(line, "a") is not None:
            continue  # (a teaser's title link repeats its picture's alt text too)
        if line.tag != "-text" and (line.tag_id in _HEADINGS or _NAME_LINE.search(class_and_id(line).lower())) \
                or has_ancestor(img, NOT_IMAGE_AROUND, ("nav", "form"), depth=8):
            continue  # an avatar or icon with its person's name; the lead picture over the headline
        if _in_dialog(img):
            continue  # a dialog's steps ("On the toolbar, click Preferences"), each under its picture
        nodes = [line]
        after, credit_text = _next_line(line)
        credit = None
        if after is not None and len(credit_text) <= 120:
            cap, credit = split_credit(credit_text)
            credit = credit if cap is None else None
            if credit:
                nodes.append(after)
        url, _ = _image_url(img, base, img)
        caption, own_credit = split_credit(text)
        out.append((img, Image(url=url, caption=clean_caption(caption), credit=credit or own_credit,
                               alt=alt or None), nodes))
    return out


def _italics_under(italics: list[LexborNode], base: str | None,
                   covered: set[int]) -> list[tuple[LexborNode, Image, list[LexborNode]]]:
    """Pictures outside any figure captioned by an italic line of its own right under them, past a line
    break ("<img><br> <em>The depot in 1939.</em><br>"): the line ends there, holds no link, and reads as a
    caption (two words or more, at most a caption line long)."""
    out: list[tuple[LexborNode, Image, list[LexborNode]]] = []
    for em in italics[:4 * MAX_BLOCKS]:
        img = em.prev
        while img is not None and img.tag_id not in _IMG:
            img = img.prev
        if img is None or img.mem_id in covered or em.mem_id in covered or not _loose_picture(img) \
                or _tiny(img.attributes) or css_first(em, "a, img") is not None:
            continue
        after = em.next
        while after is not None and after.tag == "-text" and not (after.text() or "").strip():
            after = after.next
        if after is not None and after.tag not in ("br", "p", "div") and after.tag_id not in _IMG:
            continue  # the line goes on: an italic word in a sentence
        text = clean_text(_short_text(em, _LINE_CHARS))
        if len(_WORDS.findall(text)) < 2 or has_ancestor(img, NOT_IMAGE_AROUND, ("nav", "form", "figure"), depth=8):
            continue
        link = link_around(img, 4)
        if link is not None and not opens_picture(link):
            continue  # a teaser's picture, linking to another page
        caption, credit = split_credit(text)
        url, alt = _image_url(img, base, img)
        out.append((img, Image(url=url, caption=clean_caption(caption), credit=credit, alt=alt), [em]))
    return out


def _data_captions(holders: list[LexborNode], base: str | None,
                   covered: set[int]) -> list[tuple[LexborNode, Image, list[LexborNode]]]:
    """Pictures whose caption is given only in data attributes (`data-caption`, `data-credit`: a lightbox
    link's, a gallery slide's, a picture's wrapper's), outside the figures found: of a gallery's slides
    (siblings), the first only (the others are behind its later slides)."""
    out: list[tuple[LexborNode, Image, list[LexborNode]]] = []
    for node in holders[:4 * MAX_BLOCKS]:
        if node.mem_id in covered or inside(node, covered):
            continue
        img = css_first(node, "img, amp-img")
        if img is not None and img.mem_id in covered:
            continue  # a caption standing beside it has it
        url = _image_url(img, base, img)[0] if img is not None else None
        if img is None:
            href = attr(node, "data-image") or attr(node, "data-img") or attr(node, "href") or ""
            url = absolute(href, base) if _PICTURE_FILE.search(href) else None
        if url is None:
            continue
        prev = node.prev
        while prev is not None and prev.tag == "-text":
            prev = prev.prev
        if prev is not None and "data-caption" in prev.attributes:
            continue  # a gallery's later slide
        caption, credit = split_credit(clean_text(unescape(attr(node, "data-caption") or "")))
        credit = clean_credit(next((v for k in DATA_CREDIT_ATTRIBUTES if (v := attr(node, k))), None)) or credit
        caption = clean_caption(caption)
        if caption or credit:
            out.append((node, Image(url=url, caption=caption, credit=credit, alt=attr(img, "alt")), []))
    return out


def _tiny(attrs: dict[str, str | None]) -> bool:
    """A picture drawn small (an avatar, an icon): its width, height or sizes (in `attrs`, its
    attributes) say 150 pixels or less."""
    for key in ("width", "height", "sizes"):
        m = _PIXELS.match(attrs.get(key) or "")
        if m and int(m.group(1)) <= 150:
            return True
    return False


def _in_dialog(img: LexborNode) -> bool:
    """A picture in a dialog box: one of its three nearest ancestors below <body> holds, among its children, a
    button that closes it ("Close", "×": its text, title or label). A "make us your home page" box's or an "ad
    blocker" notice's steps, not the article's pictures."""
    parent = img.parent
    for n in _below_body(parent, 3) if parent is not None else ():
        for child in n.iter():
            if child.tag_id in _BUTTON:
                attrs = child.attributes
                if any(v and v.strip().casefold() in CLOSE_BUTTONS
                       for v in (child.text(deep=True), attrs.get("title"), attrs.get("aria-label"))):
                    return True
    return False


def _icon_sized(attrs: dict[str, str | None]) -> bool:
    """A picture drawn as an icon or a head shot: its width and its height (in `attrs`) both 150 pixels or less
    (a thin strip or a narrow product shot is not one)."""
    sizes = [_PIXELS.match(attrs.get(key) or "") for key in ("width", "height")]
    return all(m is not None and int(m.group(1)) <= 150 for m in sizes)


def _near_one_of(node: LexborNode, ids: set[int], depth: int = 4) -> bool:
    """True when `node` or one of its `depth` nearest ancestors is one of `ids` (a quick look; `inside`
    walks to the top)."""
    return any(n.mem_id in ids for n in _up(node, depth))


def _up(node: LexborNode, depth: int) -> Iterator[LexborNode]:
    """`node`, then its ancestors: `depth` nodes at most."""
    n: LexborNode | None = node
    while n is not None and depth > 0:
        yield n
        n, depth = n.parent, depth - 1


def _below_body(node: LexborNode, depth: int) -> list[LexborNode]:
    """`node`, then its ancestors below <body>: `depth` nodes at most."""
    out: list[LexborNode] = []
    n: LexborNode | None = node
    while n is not None and n.tag_id not in _BODY_OR_HTML:
        out.append(n)
        if len(out) == depth:
            break
        n = n.parent
    return out


def _holds_more(parent: LexborNode, child: LexborNode) -> bool:
    """True when `parent` holds more than `child`: text, or an element that is not an empty one (a
    line break, a <noscript> copy). (Its children are looked at, not its whole text: it may be the article.)"""
    own = child.mem_id
    for sib in parent.iter(include_text=True):
        if sib.mem_id == own:
            continue
        if sib.tag == "-text":
            if (sib.text() or "").strip():
                return True
        elif sib.tag_id not in _EMPTY_TAGS:
            return True
    return False


def _next_line(node: LexborNode) -> tuple[LexborNode | None, str]:
    """The text that follows `node` among its siblings (a text node or an element), past line breaks
    and empty or one-character elements (icons), with that text; (None, "") when nothing follows."""
    sib = node.next
    for _ in range(6):
        if sib is None:
            return None, ""
        text = clean_text(_short_text(sib, _LINE_CHARS)) if sib.tag != "-text" else clean_text(sib.text())
        if len(text) > 2:
            return sib, text
        sib = sib.next
    return None, ""


def _short_text(node: LexborNode, limit: int) -> str:
    """The text of `node` when it has at most `limit` characters, else "" (read node by node, so a
    long block, the article itself, is not read whole)."""
    parts, size = [], 0
    for n in node.traverse(include_text=True):
        if n.tag == "-text":
            text = n.text() or ""
            size += len(text)
            if size > limit:
                return ""
            parts.append(text)
    return " ".join(parts)


def _photo_story(page: Page, images: list[Image], boxes: list[LexborNode]) -> bool:
    """True when the captions are the article: more words in them than in the page's paragraphs
    besides (a slideshow told in its captions). They stay in the tree for the body step then."""
    words = sum(len(i.caption.split()) for i in images if i.caption)
    if words < PHOTO_STORY_WORDS or sum(1 for i in images if i.caption) < PHOTO_STORY_PICTURES:
        return False
    ids = {b.mem_id for b in boxes}
    prose = 0
    for p in page.css("p", page.body):
        if p.mem_id not in ids and not inside(p, ids):
            n = len(p.text(deep=True).split())
            prose += n if n >= 12 else 0
            if prose >= words:
                return False
    return True


# ---------------------------------------------------------------- the picture

def _image_url(box: LexborNode, base: str | None, img: LexborNode | None = None) -> tuple[str | None, str | None]:
    """The picture's URL and alt text: the real image of a lazy-loaded one (data-src, srcset,
    <picture><source>, the copy in <noscript>) rather than its placeholder ("blank.gif", a blurred
    "?q=20" thumbnail, a data: URI); None when there are only placeholders."""
    imgs = [img] if img is not None else css(box, "img, amp-img")[:4]  # (a copy in <noscript> among them)
    img = imgs[0] if imgs else None
    first: str | None = None
    for node in _picture_nodes(box, imgs):
        attrs = node.attributes  # (a new dict at each read: one for all the keys)
        for key in (*IMAGE_ATTRIBUTES, *_lazy_keys(attrs)):
            value = stripped(attrs.get(key))
            if not value or value.startswith("data:"):
                continue
            if value.startswith("{"):  # a lazy loader's settings ('{"default": {"src": "//cdn/x.img", "w": 80}}')
                m = _SETTINGS_URL.search(value)
                if m is None:
                    continue
                value = m.group(1)
            url = srcset_src(value) if "srcset" in key else value
            if not url:
                continue
            first = first or url
            if not is_placeholder(url):
                return absolute(url, base), stripped(attrs.get("alt")) or attr(img, "alt")
    if first is None or is_placeholder(first):
        for noscript in css(box, "noscript")[:2]:  # the image for readers without scripts, written as text
            m = _NOSCRIPT_SRC.search(noscript.text(deep=True))
            if m and not is_placeholder(m.group(1)):
                return absolute(m.group(1).replace("&amp;", "&"), base), attr(img, "alt")
    return (absolute(first, base) if first and not is_placeholder(first) else None), attr(img, "alt")


def _picture_nodes(box: LexborNode, imgs: list[LexborNode]) -> Iterator[LexborNode]:
    """The elements that may give the picture's URL: its <img>s, then (looked for only when those give
    none but placeholders) its <source>s and lazy-loaded elements."""
    yield from imgs
    yield from css(box, "picture source, source[srcset], [data-src], [data-srcset]")[:4]


def _lazy_keys(attrs: dict[str, str | None]) -> list[str]:
    """A lazy loader's own attributes (of `attrs`, an element's) that hold the picture ("data-src-large",
    "data-hi-res")."""
    return [k for k, v in attrs.items() if k.startswith("data-") and k not in IMAGE_ATTRIBUTES and v
            and _PICTURE_FILE.search(v)]


def _image_near(node: LexborNode) -> LexborNode | None:
    """The picture a caption standing alone belongs to: the one in it (a caption container holding
    its one picture: Blogger's "tr-caption-container" table), else the nearest one before it (or right
    after it) among its own and its parent's siblings, else the first in its parent or grandparent."""
    own = css(node, "img")
    if len(own) == 1:
        return own[0]
    level: LexborNode | None = node
    for _ in range(2):
        if level is None or level.tag in ("body", "html"):
            return None
        for step in ("prev", "next"):
            sib, seen = getattr(level, step), 0
            while sib is not None and seen < (3 if step == "prev" else 1):
                if sib.tag_id in _IMG_TAGS:
                    return sib
                if sib.tag != "-text":
                    found = css(sib, _PICTURE)
                    if found:
                        return found[-1] if step == "prev" else found[0]
                    if len(sib.text(deep=True).strip()) > 40:
                        break  # text between them: another block, not this caption's picture
                    seen += 1
                sib = getattr(sib, step)
        level = level.parent
    n = node.parent
    for _ in range(2):
        if n is None or n.tag in ("body", "html"):
            return None
        found_first = css_first(n, _PICTURE)
        if found_first is not None:
            return found_first
        n = n.parent
    return None


# ---------------------------------------------------------------- what is no article image

def _not_an_image(node: LexborNode, page: Page) -> bool:
    """A video's caption, a teaser's thumbnail, a widget: not one of the article's images."""
    if page.css(VIDEO_SELECTOR, node):
        return True
    if node.tag == "figure" and css_first(node, MEDIA_SELECTOR) is None and css_first(node, "figcaption") is None:
        return True
    if not NOT_IMAGE_SELF.tokens.isdisjoint(class_tokens(node)):
        return True
    # `node` and its ancestors below <body>, 8 at most, read once for the three looks up below (each
    # .parent is a new node object); their class and id read as they are asked for
    chain = _below_body(node, 8)
    names: list[str] = []
    for i, n in enumerate(chain[:4]):
        names.append(class_and_id(n))
        if names[i] and names_any(names[i], VIDEO_TOKENS):
            return True  # in a video player
    link = next((n for n in chain if n.tag_id in _A), None)
    if link is not None and opens_picture(link):
        link = None  # a link that opens the picture itself (a lightbox), not another story
    text = len(node.text(deep=True, strip=True))
    if text and link is None and small_link_len(node) > 0.6 * text and split_credit(node_text(node))[0] is not None \
            and not _links_elsewhere(node, page):
        return True  # a teaser: the "caption" is a link to another story (not a credit linking its source)
    if link is not None or _links_to_a_page(node, page):
        return True
    for i, n in enumerate(chain):
        if n.tag_id in _NAV_OR_FORM:
            return True
        raw = names[i] if i < len(names) else class_and_id(n)
        if raw and names_any(raw, NOT_IMAGE_AROUND):
            return True
        if raw and node.tag != "figure" and node.tag != "figcaption" and names_any(raw, BANNER_TOKENS) \
                and _call_to_action(node):
            return True  # a slide's text over its picture, with its button
    return False


def _call_to_action(caption: LexborNode) -> bool:
    """A link with words beside a caption standing alone, or in it, that is not the caption's own
    text linked, nor around a picture: a banner's button ("Mehr erfahren", "Shop now")."""
    own = clean_text(caption.text(deep=True))
    scope = caption.parent if caption.parent is not None else caption
    for link in css(scope, "a")[:6]:
        text = clean_text(link.text(deep=True))
        if text and text != own and css_first(link, "img, picture") is None \
                and not (inside(link, {caption.mem_id}) and len(text) > len(own) / 2):
            return True
    return False


def _links_to_a_page(node: LexborNode, page: Page) -> bool:
    """`node`'s picture is a link to another page of the same site ("<figure><a href=/spider-bread/><img></a>
    <figcaption>SPIDER BREAD"): a teaser card in the text or a sidebar widget, not a picture of the article.
    Not a link that opens the picture or a lightbox, nor one to the page itself or a page under it (an
    attachment page), nor to another site (the picture's source)."""
    url = page.url
    img = css_first(node, "a img, a picture") if url else None
    link = link_around(img) if img is not None else None
    if link is None or opens_picture(link):
        return False
    href = absolute(link.attributes.get("href"), page.base_url)
    if not href or "attachment" in href:
        return False
    here, there = _site_and_path(url or ""), _site_and_path(href)
    if not here[0] == there[0] != "":
        return False
    if not (there[1] + "/").startswith(here[1] + "/"):
        return True
    # the page itself, or a page of the site that its query names as this page's is ("?p=31035" on "?p=31228")
    query = split_url(url or "").query
    return there[1] == here[1] and query != "" and split_url(href).query not in ("", query)


def _links_elsewhere(node: LexborNode, page: Page) -> bool:
    """`node`'s first link goes to another site than the page's, its picture not in a link: a caption
    linking the picture's source ("<a href=https://images.agency.gov/...>The moon in 2004. (Agency/Jane
    Roe)</a>"), not a teaser of another story of the site nor an ad (its picture a link out as well)."""
    url = page.url
    link = css_first(node, "a[href]") if url and css_first(node, "a img, a picture") is None else None
    href = absolute(link.attributes.get("href"), page.base_url) if link is not None else None
    return href is not None and "" != _site_and_path(href)[0] != _site_and_path(url or "")[0]


#: A web archive's copy of a page: the archived URL after the capture's time ("/web/20190717140047/http://...").
_ARCHIVED = re.compile(r"^/web/\d{8,14}[a-z_]*/(https?:/+.+)$")


def _site_and_path(url: str) -> tuple[str, str]:
    """The host of `url` without "www." and its path without the last "/" (of the archived URL for an
    archive's copy)."""
    parts = split_url(url)
    m = _ARCHIVED.match(parts.path) if parts.netloc.endswith("archive.org") else None
    if m:
        parts = split_url(m.group(1).replace(":/", "://", 1) if "://" not in m.group(1) else m.group(1))
    return parts.netloc.casefold().removeprefix("www."), parts.path.rstrip("/")


def link_around(node: LexborNode, depth: int = 8) -> LexborNode | None:
    """The link `node` is in (itself, or one of its `depth` nearest ancestors), if any."""
    return next((n for n in _up(node, depth) if n.tag_id in _A), None)


def opens_picture(link: LexborNode) -> bool:
    """A link that shows the picture larger: to the image file, or a lightbox's."""
    attrs = link.attributes
    if _PICTURE_FILE.search(attrs.get("href") or "") or any(k in attrs for k in LIGHTBOX_ATTRIBUTES):
        return True
    raw = class_and_id(link).lower()
    return any(w in raw for w in LIGHTBOX_WORDS)


def _is_caption(node: LexborNode) -> bool:
    """figcaption, or an element whose class names a caption ("wp-caption-text", "legend",
    "img-text", "article__photo__desc"; not "captioning", not a label)."""
    if node.tag == "figcaption" or "caption" in (attr(node, "itemprop") or "").split():
        return True
    tokens = class_tokens(node)
    return any(t.startswith("caption") and t not in ("captioning",) or t.endswith("caption") for t in tokens) \
        or not tokens.isdisjoint(CAPTION_TOKENS.tokens)


def _named_caption(node: LexborNode) -> bool:
    """figcaption, or a class that says "caption" (a "legend" or "photo-text" may be a chart's or a
    widget's: those need words)."""
    return node.tag == "figcaption" or "caption" in class_and_id(node).lower()


def _credit_beside(caption: LexborNode) -> LexborNode | None:
    """A credit element right after a caption standing alone ("image-description" then "image-copyright")."""
    sib = caption.next
    while sib is not None and sib.tag == "-text" and not (sib.text() or "").strip():
        sib = sib.next
    if sib is None or sib.tag == "-text" or len(sib.text(deep=True)) > 200:
        return None
    tokens = class_tokens(sib)
    return sib if any(w in t for t in tokens for w in CREDIT_TOKENS) or sib.tag in ("cite", "small") else None


def _copyright_line(caption: LexborNode) -> LexborNode | None:
    """The element of a caption that holds only its credit after a copyright sign, with more of the
    caption's text beside it ("<div>© Town Paper</div> The old depot ..."): the credit is that element
    alone, not the credit and the caption's text run together."""
    text = node_text(caption)
    if "©" not in text:
        return None
    for child in caption.iter():
        line = node_text(child)
        if 2 < len(line) <= 80 and opens_with_copyright(line) and len(line) < len(text):
            return child
    return None


# ---------------------------------------------------------------- one image

def _holds_h1(node: LexborNode) -> bool:
    """True when an h1 is among `node`'s descendants (a walk of its few nodes: a selector costs its parse)."""
    return any(n.tag_id in _H1 for n in node.traverse())


def _line_twice(box: LexborNode) -> LexborNode | None:
    """The line of an image box that another element of it repeats, word for word: its caption, printed
    once for small screens and once for large ones, with the box's other lines (badges, labels) between
    the copies; None when no line is there twice."""
    seen: dict[str, LexborNode] = {}
    for node in box.traverse():
        if node.tag == "-text" or node.tag_id in _IMG_TAGS:
            continue
        text = " ".join(node.text(deep=True).split())
        if text.count(" ") < 2:
            continue  # (a line of three words or more)
        first = seen.get(text)
        if first is None:
            seen[text] = node
        elif not inside(node, {first.mem_id}):
            return first
    return None


def _image_from_box(box: LexborNode, base: str | None, page: Page, picture: LexborNode | None = None,
                    credit_node: LexborNode | None = None) -> Image | None:
    """The figure in `box` (or the caption `box` of the picture beside it, with the credit beside it)."""
    url, alt = _image_url(picture if picture is not None else box, base,
                          picture if picture is not None and picture.tag != "picture" else None)
    own = box.mem_id
    captions = [c for c in page.css(CAPTION_SELECTOR, box) if c.mem_id != own and _is_caption(c)]
    if box.tag != "figure" and not captions and _is_caption(box):
        captions = [box]
    captions = outermost(captions)
    headline = {c.mem_id for c in captions if _holds_h1(c)}  # the page's title laid over its picture
    if headline:
        captions = [c for c in captions if c.mem_id not in headline]
    credits = [c for c in page.css(CREDIT_SELECTOR, box)
               if c.mem_id != own and c.tag != "figcaption" and 2 <= len(c.text(deep=True).strip()) <= 200
               and not any(x.mem_id != c.mem_id for x in page.css(CAPTION_SELECTOR, c))]
    credits = outermost(credits) + ([credit_node] if credit_node is not None else [])
    if not credits and captions:
        credits = [c for c in (_copyright_line(cap) for cap in captions) if c is not None][:1]
    if not captions and not credits and not headline:
        own_text = node_text(box)  # an image box with its caption in a plain <p>
        if 10 <= len(own_text) <= 600:
            captions = [_line_twice(box) or box]
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
    if is_ad_label(caption_text):
        return None  # an ad, not a picture of the article
    if PROMPT_WORDS.search(caption_text) or credit and PROMPT_WORDS.search(credit):
        return None  # a sign-up box or an embed's consent notice ("Subscribe to ...", "Datenschutzerklärung")
    if caption_text:
        cap, tail_credit = split_credit(caption_text)
        if not tail_credit and not credit and cap:
            cap, tail_credit = sentence_then_credit(cap) or (cap, None)
        if tail_credit and not credit:
            credit = tail_credit
        caption_text = cap or ""
    caption = clean_caption(caption_text)
    if caption and credit and caption.casefold() == credit.casefold():
        caption = None
    if caption and not credit and len(caption.split()) <= 8 and not re.search(r"[.!?]$", caption) \
            and CREDIT_WORDS.search(caption):
        caption, credit = None, clean_credit(caption)  # a caption line that only credits the photo
    if not (url or caption or credit):
        return None
    if box.tag != "figure" and not captions and not credits:
        return None
    return Image(url=url, caption=caption, credit=credit, alt=alt)

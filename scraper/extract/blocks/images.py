"""Images: figures and other image boxes with their caption and credit, as `Image`s.

`figure`, `wp-caption` and other image boxes, and captions standing alone next to an image;
the credit comes from a credit/copyright/source element or `cite` inside the box, else from
the caption text (`credits.split_credit`: "(Getty Images)", "Photo: AP", "© Reuters"). A
video's caption, a teaser's thumbnail or a widget's picture is not an article image.
"""
from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from ...model import Image
from ..candidates import small_link_len
from ..credits import clean_caption, clean_credit, is_ad_label, sentence_then_credit, split_credit
from ..dom import attr, class_tokens, clean_text, has_ancestor, node_text
from ..page import Page
from ..rules.common import CREDIT_WORDS
from ..rules.html import (CAPTION_SELECTOR, CREDIT_SELECTOR, IMAGE_BOX_SELECTOR, MEDIA_SELECTOR, NOT_IMAGE_AROUND,
                          NOT_IMAGE_SELF, VIDEO_SELECTOR, VIDEO_TOKENS)
from ..urls import absolute
from .nodes import MAX_BLOCKS, decompose, inside, outermost

def take_images(page: Page, base: str | None) -> list[Image]:
    """The page's images with caption and credit, once each; their boxes leave the tree."""
    found: list[Image] = []
    boxes = [b for b in page.css(IMAGE_BOX_SELECTOR) if b.tag not in ("body", "html", "main", "article")]
    # a figure is the box; other image boxes count when they hold no figure themselves
    boxes = [b for b in boxes if b.tag == "figure" or not b.css_first("figure")]
    boxes = [b for b in outermost(boxes)[:10 * MAX_BLOCKS] if len(b.text(deep=True)) <= 1500]
    verdict = [(b, _not_an_image(b, page)) for b in boxes]
    rejected = [b for b, no in verdict if no]
    boxes = [b for b, no in verdict if not no]
    box_ids = {b.mem_id for b in boxes} | {b.mem_id for b in rejected}
    lone = [c for c in page.css(CAPTION_SELECTOR) if _is_caption(c) and not inside(c, box_ids)
            and not c.css_first("figure")]
    lone = [c for c in outermost(lone)[:4 * MAX_BLOCKS]
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
            found.append(image)
        done.append(box)
    decompose(done)
    return found

def _image_url(box: LexborNode, base: str | None) -> tuple[str | None, str | None]:
    img = box.css_first("img")
    if img is None:
        source = box.css_first("source[srcset], [data-src], [data-srcset]")
        if source is None:
            return None, None
        first = attr(source, "data-src") or (attr(source, "srcset") or attr(source, "data-srcset") or "").split(" ")[0]
        return absolute(first, base), None
    src: str | None = None
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
    captions = outermost(captions)
    credits = [c for c in page.css(CREDIT_SELECTOR, box)
               if c.mem_id != own and c.tag != "figcaption" and 2 <= len(c.text(deep=True).strip()) <= 200
               and not any(x.mem_id != c.mem_id for x in page.css(CAPTION_SELECTOR, c))]
    credits = outermost(credits)
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
    if is_ad_label(caption_text):
        return None  # an ad, not a picture of the article
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

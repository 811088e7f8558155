"""The block step: structured blocks around the body, recorded as data and taken out of the tree.

Each kind of block has its module, run in this order (vocabularies in `rules/`):

- `related`: related-article blocks and inline "Read also: <link>" paragraphs; site-wide lists
  ("Most popular", sponsored widgets) leave the tree too, unrecorded.
- `authors`: author boxes, biographies outside a box, a byline that goes on into a biography.
- `images`: figures and image boxes with caption and credit, captions standing alone.
- `notes`: the editor's note and the page's own reading time ("4 min read").

Each records its blocks, then removes (decomposes) their nodes so the body step never sees
them (`nodes.decompose`: each node once, the outermost only). It never removes article text:
every container is size-checked before it goes (`nodes.too_big`).

Authors and organisations (`bylines.choose_authors`): `Article.authors` lists the people
credited. An organisation never stands beside a person and never comes from the declarations
alone: a JSON-LD `Organization` author, a meta `author` that is the publisher are dropped. Placeholders and wire agencies ("Staff", "Our Foreign Staff", "AFP", "The
Associated Press") are dropped too, so an agency story has `authors == []`. Only when the
visible byline credits a newsroom, a publication or the site and no person ("By Redaktion",
"ET Online") is that byline kept as the single entry, marked `organisation`, so the credit is not lost.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ...model import Author, Image, RelatedArticle
from ..metadata import Metadata
from ..page import Page
from .authors import take_author_boxes
from .images import take_images
from .notes import take_notes
from .related import take_related

__all__ = ["Blocks", "take_blocks"]


@dataclass
class Blocks:
    """What the block step found: the page's images, author boxes, related articles and notes."""

    images: list[Image] = field(default_factory=list)
    authors: list[Author] = field(default_factory=list)
    related: list[RelatedArticle] = field(default_factory=list)
    editor_note: str | None = None
    reading_time_minutes: int | None = None


def take_blocks(page: Page, md: Metadata) -> Blocks:
    """Record the page's structured blocks and take them out of its tree (links made absolute
    against the page's base URL: its `<base href>`, else its URL, else its canonical URL)."""
    if page.body is None:
        return Blocks()
    base = page.base_url or md.canonical_url
    related = take_related(page, base, md.site_name)
    authors = take_author_boxes(page, base, md.authors)
    images = take_images(page, base)
    editor_note, minutes = take_notes(page)
    return Blocks(images=images, authors=authors, related=related, editor_note=editor_note,
                  reading_time_minutes=minutes)

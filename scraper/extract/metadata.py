"""What the page declares about itself: JSON-LD, OpenGraph and meta tags, then the DOM.

Read-only over the parsed page (the block and body steps prune the tree after it). The
result is a `Metadata` record, which `extract` merges with what the block step finds
(authors' bios, figures). Each signal has its module; `read_metadata` puts them
together, best source first:

- **JSON-LD** (`jsonld.py`): the article object, its persons and images.
- **Headline** (`headline.choose_headline`): the element marked `itemprop=headline`, or the
  article's h1, or an h1 / post title that agrees with the declared titles; an h1
  that is the site's name (a trailing segment of the `<title>`, a logo) is skipped.
  Else the declared title without the site's suffix.
- **Authors** (`bylines.choose_authors`): JSON-LD persons, completed by marked-up bylines
  (itemprop, rel=author, hCard); else the visible byline (`bylines.dom_bylines`), else a
  blog's own comments (`bypostauthor`), else a written byline ("Posted by ...", "Von ..."),
  else the author meta tags. People only.
- **Dates** (`dates.py`): ISO 8601 with the page's own offset; written dates day-first and in
  several languages (`text_date`); the page's dated elements, date-like elements, a labelled
  date, a date beside the headline, the URL (`dom_date`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from ..model import Author, Image
from .bylines import choose_authors
from .dates import dated_element_date, dom_date, iso_date, local_first, written_date
from .dom import attr, node_text
from .headline import choose_headline
from .jsonld import ld_images, ld_text, persons, pick_article
from .page import Page
from .rules.common import LEGAL_FORMS
from .rules.html import (META_AUTHOR, META_CANONICAL, META_DESCRIPTION, META_IMAGE, META_IMAGE_ALT, META_KEYWORDS,
                         META_LANGUAGE, META_MODIFIED, META_PUBLISHED, META_SITE_NAME, META_TAG, META_TITLES)
from .urls import absolute, first_url

__all__ = ["Metadata", "read_metadata"]


@dataclass
class Metadata:
    headline: str | None = None
    title: str | None = None  # the <title> text, for comparisons
    description: str | None = None
    authors: list[Author] = field(default_factory=list)
    published: str | None = None
    modified: str | None = None
    site_name: str | None = None
    language: str | None = None
    canonical_url: str | None = None
    tags: list[str] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    #: the longest JSON-LD `articleBody` the page declares: the body step's cross-check
    article_body: str = field(default="", repr=False)


def declared_article_body(objects: list[dict]) -> str:
    """The longest `articleBody` among the page's JSON-LD objects."""
    best = ""
    for obj in objects:
        value = obj.get("articleBody")
        if isinstance(value, str) and len(value) > len(best):
            best = value
    return best.strip()


def read_metadata(page: Page) -> Metadata:
    """Everything the page declares about itself, best source first, completed from the DOM
    (the visible headline, the byline, the shown date). Reads the tree, changes nothing."""
    url, metas = page.url, page.metas
    md = Metadata()
    art = pick_article(page.json_ld)
    md.article_body = declared_article_body(page.json_ld)

    base = page.base_url  # (the page's <base href>, else its URL)
    link = page.css_first('link[rel="canonical"]')  # (no pass on a page with no rel=canonical)
    md.canonical_url = absolute(attr(link, "href"), base) or absolute(META_CANONICAL.first(metas), base)
    if md.canonical_url and not base:
        base = md.canonical_url

    title_node = page.css_first("title")  # (the compiled walk: no selector parsed)
    md.title = node_text(title_node) or None

    ld_headline = None
    ld_authors: list[Author] = []
    if art:
        ld_headline = ld_text(art.get("headline")) or ld_text(art.get("name"))
        md.description = ld_text(art.get("description"))
        ld_authors = persons(art.get("author") or art.get("creator"), base)
        md.published = iso_date(ld_text(art.get("datePublished")) or ld_text(art.get("dateCreated")))
        md.modified = iso_date(ld_text(art.get("dateModified")))
        publisher = art.get("publisher")
        md.site_name = ld_text(publisher) if publisher else None
        md.language = ld_text(art.get("inLanguage"))
        kw = art.get("keywords")
        if isinstance(kw, str):
            md.tags = [k.strip() for k in kw.split(",") if k.strip()]
        elif isinstance(kw, list):
            md.tags = [s for s in (ld_text(k) for k in kw) if s]
        md.images = ld_images(art.get("image"), base)

    md.site_name = md.site_name or META_SITE_NAME.first(metas)
    html_node = page.css_first("html")
    md.language = md.language or attr(html_node, "lang") or META_LANGUAGE.first(metas)
    if md.language:
        md.language = md.language.replace("_", "-").split("-")[0].lower() or None

    md.headline = choose_headline(page, [ld_headline, *(keys.first(metas) for keys in META_TITLES), md.title],
                                  md.site_name)
    md.description = md.description or META_DESCRIPTION.first(metas)
    # a publisher declared as a company ("BF Blogform Social Media GmbH") owns the site: its brand, the name a
    # byline may credit, is the one the page's meta gives ("Deutsche Wirtschafts Nachrichten")
    brand = META_SITE_NAME.first(metas) if md.site_name and LEGAL_FORMS.search(md.site_name) else None
    md.authors = choose_authors(page, ld_authors, META_AUTHOR.first(metas), brand or md.site_name, md.headline)
    meta_published = iso_date(META_PUBLISHED.first(metas))
    md.published = local_first(md.published, meta_published)
    if md.published:
        # a site that declares its last update as the publication date: the page's own dated
        # element (itemprop=datePublished, time[pubdate], a "published" one, a <time> in the article)
        # shows the earlier, original day; a bare <time> elsewhere may be a teaser's
        shown = dated_element_date(page, md.language, kinds=4)
        if shown and shown[:10] < md.published[:10]:
            md.published = shown
    if md.published and re.search(r"T(?:0\d|1[01]):.*(?:\+00:?00|Z)$", md.published):
        # a UTC time early in the day: the page's readers may see the day before; the shown date decides
        shown = written_date(page, None, md.language, md.headline)
        if shown and shown[:10] < md.published[:10] and \
                (datetime.fromisoformat(md.published[:10]) - datetime.fromisoformat(shown[:10])).days == 1:
            md.published = shown
    md.published = md.published or dom_date(page, url or md.canonical_url, md.language, md.headline)
    md.modified = md.modified or iso_date(META_MODIFIED.first(metas))
    if not md.tags:
        md.tags = [t for t in metas.get(META_TAG, []) if t]
        if not md.tags:
            kw = META_KEYWORDS.first(metas)
            md.tags = [k.strip() for k in kw.split(",") if k.strip()] if kw else []
    if not md.images:
        og_image = META_IMAGE.first(metas)
        if og_image:
            md.images = [Image(url=absolute(first_url(og_image), base), alt=META_IMAGE_ALT.first(metas))]
    return md

"""Extraction: a page (HTML or a plain-text dump) in, an `Article` out.

A pure function of (content, url): no I/O, no global state, safe in threads and
worker processes. The HTML flow parses the page once (`Page`: the tree, its URL,
its index, metas and JSON-LD) and runs three steps over it:

    read_metadata(page) (read-only) -> take_blocks(page, md) (record, then prune) -> extract_body(page, md)

Each step's record (`Metadata`, `Blocks`, `Body`) holds results only; `_assemble`
merges them into the `Article`.
"""
from __future__ import annotations

from dataclasses import replace

from ..decode import sniff_charset
from ..errors import ExtractionError, OutOfMemory, ScraperError
from ..model import Article, Author, Image
from . import memo
from .blocks import Blocks, take_blocks
from .body import Body, extract_body
from .bylines import names_another, stands_for_nobody
from .dates import htmldate_fallback
from .dom import looks_like_html, utf8_head
from .metadata import Metadata, read_metadata
from .page import Page
from .reading import minutes_for, reading_minutes, words_in
from .urls import image_file_key, is_placeholder, is_site_asset

__all__ = ["Page", "extract", "extract_report", "extract_text", "looks_like_html", "reading_minutes"]


def extract_text(text: str, url: str | None = None) -> Article:
    """Find the article in a plain-text dump of a whole page (`text.extract_text`).

    The text-dump mode (its modules and rules) loads on first use: a process that only reads HTML
    never compiles its patterns."""
    from .text import extract_text as from_dump

    try:
        return from_dump(text, url)
    except ScraperError:
        raise
    except MemoryError:
        raise OutOfMemory(f"out of memory extracting the page ({len(text):,} long)", url=url) from None
    except Exception as exc:  # a step's bug must not escape as a random type
        raise ExtractionError(f"could not extract: {type(exc).__name__}: {exc}", url=url) from exc
    finally:
        memo.read(len(text))


def extract(content: str | bytes, url: str | None = None, *, http_charset: str | None = None,
            content_type: str | None = None) -> Article:
    """Extract the article from a page.

    `content` is the page's HTML as text or bytes (bytes are decoded by the BOM,
    then `http_charset` if the caller knows the HTTP header's, then the page's
    own `<meta charset>`, then detection). Content that is not HTML is read as
    a plain-text dump of a page (see `extract_text`): what comes after leading
    blank space and comments tells which, and so does the HTTP `content_type`
    when the caller has it (plain text is a dump).

    Raises `ExtractionError` when the page cannot be read at all.
    """
    return extract_report(content, url, http_charset=http_charset, content_type=content_type)[0]


def extract_report(content: str | bytes, url: str | None = None, *, http_charset: str | None = None,
                   content_type: str | None = None) -> tuple[Article, Body | None]:
    """`extract`, plus the body step's report (`Body.used_fallback`: trafilatura ran) for
    benchmarks and diagnostics; the report is None for a plain-text dump."""
    source: str | bytes  # what lexbor parses
    if isinstance(content, (bytes, bytearray)):
        data = bytes(content)
        codec = sniff_charset(data, http_charset)
        # lexbor reads UTF-8 bytes: a UTF-8 page (no BOM: the codec of one is "utf-8-sig") goes in as
        # it came, and is never decoded whole here, nor encoded back by selectolax; only its head is
        # read, to tell HTML from a dump. lexbor replaces a malformed sequence in text and attribute
        # values as Python's "replace" does (both decode the WHATWG way; fuzz-tested), but not next to
        # a NUL byte: a page holding one is decoded here, and goes in as bytes only when nothing was
        # replaced. (Malformed bytes inside a tag or attribute name are the one place they differ.)
        if codec == "utf-8" and b"\0" not in data and looks_like_html(utf8_head(data), content_type):
            return _extract_parsed(data, url)
        content = data.decode(codec, errors="replace")
        source = data if codec == "utf-8" and "\ufffd" not in content else content
    else:
        source = content
    if not looks_like_html(content, content_type):
        return extract_text(content, url), None
    return _extract_parsed(source, url)


def _extract_parsed(html: str | bytes, url: str | None) -> tuple[Article, Body]:
    """The article of an HTML page (its text, or its bytes when they are UTF-8), and the body step's report."""
    try:
        page = Page(html, url)
        md = read_metadata(page)
        md.published = md.published or htmldate_fallback(html, url)
        blocks = take_blocks(page, md)
        body = extract_body(page, md)
    except ScraperError as exc:
        exc.url = exc.url or url
        raise
    except MemoryError:  # (not a bug of a step: no cause kept)
        raise OutOfMemory(f"out of memory extracting the page ({len(html):,} long)", url=url) from None
    except Exception as exc:  # a parser or library bug must not escape as a random type
        raise ExtractionError(f"could not extract: {type(exc).__name__}: {exc}", url=url) from exc
    finally:
        memo.read(len(html))  # (the caches of the page's text are emptied as pages go by)
    return _assemble(url, md, blocks, body), body


def _same_person(a: str, b: str) -> bool:
    """Names of one person as two parts of a page write them ("Mark di Stefano" / "Mark Di Stefano",
    "Devindra" / "Devindra Hardawar")."""
    a, b = " ".join(a.casefold().split()), " ".join(b.casefold().split())
    if not a or not b:
        return False
    return a == b or (len(a) > 3 and len(b) > 3 and (a in b or b in a))


def _merge_authors(declared: list[Author], found: list[Author], site_name: str | None = None,
                   url: str | None = None) -> list[Author]:
    """Authors from the page's declarations (and byline), completed with what the author boxes
    found: role, bio and URL go to the author of the same name; a box that names nobody goes to
    the first author without a bio, unless its bio opens with another's name (`names_another`). With
    no declared author, the boxes that name someone count."""
    if not declared:  # a box that names no person ("Unknown", the site's name) keeps its credit, as no person's
        return [replace(a, organisation=True) if stands_for_nobody(a.name, site_name, url) else a
                for a in found if a.name]
    merged = [replace(a) for a in declared]
    for box in found:
        target = next((a for a in merged if box.name and _same_person(a.name, box.name)), None)
        if target is None and not box.name:
            target = next((a for a in merged if not a.bio), None)
            if target is not None and box.bio and names_another(box.bio, target.name):
                continue  # another's biography ("News Corp is a network of ...": the site's owner)
        if target is None:
            continue
        target.role = target.role or box.role
        target.bio = target.bio or box.bio
        target.url = target.url or box.url
    return merged


def _image_key(img: Image) -> str:
    """One key for the same picture in its sizes (`urls.image_file_key`); the caption and credit when no URL."""
    if not img.url:
        return f"caption:{(img.caption or '').casefold()}|{(img.credit or '').casefold()}"
    return image_file_key(img.url)


def _merge_images(declared: list[Image], found: list[Image]) -> list[Image]:
    """The page's images in order, the declared lead image first; one picture declared (JSON-LD,
    og:image) and found in the page (a figure) is one entry with the richest fields."""
    out: list[Image] = []
    by_key: dict[str, Image] = {}
    first_found: Image | None = None  # the entry of the first picture found in the page
    for n, img in enumerate((*declared, *found)):
        if img.url and (is_placeholder(img.url) or n < len(declared) and is_site_asset(img.url)):
            # a declared "blank.jpg", or the site's logo or icon declared for a page without a picture: none
            if not (img.caption or img.credit):
                continue
            img = Image(caption=img.caption, credit=img.credit, alt=img.alt)
        key = _image_key(img)
        prev = by_key.get(key)
        if prev is not None and prev.caption and img.caption and prev.url != img.url \
                and prev.caption.casefold() != img.caption.casefold():
            # two files, two captions, two pictures: a series numbered before the size ("shoot-7137-600x400.jpg",
            # "shoot-7154-600x400.jpg") reads as one file in two sizes (one URL is one picture, or a placeholder's)
            key = f"{key}|{img.caption.casefold()}"
            prev = by_key.get(key)
        if prev is not None:
            prev.url = prev.url or img.url
            prev.caption = prev.caption or img.caption
            prev.credit = prev.credit or img.credit
            prev.alt = prev.alt or img.alt
            first_found = prev if n == len(declared) else first_found
            continue
        img = Image(url=img.url, caption=img.caption, credit=img.credit, alt=img.alt)
        by_key[key] = img
        out.append(img)
        first_found = img if n == len(declared) else first_found
    # the page's first figure without a picture of its own (a script sets its file: "src=/", a hidden input)
    # under a declared lead picture that has no caption nor credit: that picture's caption and credit
    lead = out[0] if declared and out and out[0].url and not (out[0].caption or out[0].credit) else None
    if lead is not None and first_found is not None and first_found is not lead and not first_found.url \
            and first_found.caption:
        lead.caption, lead.credit, lead.alt = first_found.caption, first_found.credit, lead.alt or first_found.alt
        out.remove(first_found)
    # a credit standing alone ("Foto: Jane Roe" under the headline) is the lead picture's, when that has none
    lead = out[0] if out and out[0].url and not out[0].credit else None
    if lead is not None:
        alone = next((i for i in out if not (i.url or i.caption) and i.credit), None)
        if alone is not None:
            lead.credit = alone.credit
            out.remove(alone)
    return out


def _assemble(url: str | None, md: Metadata, blocks: Blocks, body: Body) -> Article:
    text = "\n\n".join(body.paragraphs)
    return Article(
        url=url,
        canonical_url=md.canonical_url,
        headline=md.headline,
        description=md.description,
        authors=_merge_authors(md.authors, blocks.authors, md.site_name, url),
        published=md.published,
        modified=md.modified,
        site_name=md.site_name,
        language=md.language,
        tags=md.tags,
        editor_note=blocks.editor_note,
        reading_time_minutes=blocks.reading_time_minutes or minutes_for(words_in(body.paragraphs)),
        images=_merge_images(md.images, blocks.images),
        body=text,
        structure=body.structure,
        related=blocks.related,
        is_article=body.is_article,
    )

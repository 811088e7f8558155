"""Sitemaps (sitemaps.org protocol) read: the page URLs of a urlset, the sitemaps of an index.

    doc = parse_sitemap(data, "https://example.org/sitemap.xml")   # data: the bytes as fetched
    doc.kind, doc.pages, doc.sitemaps                               # "urlset" | "index" | "text" | ""

A sitemap is XML (`<urlset>` of `<url><loc>`, or `<sitemapindex>` of
`<sitemap><loc>`, any namespace or none), or plain text with one URL a line; a
sitemap gzipped as a file (`sitemap.xml.gz`, served as application/gzip rather
than with a Content-Encoding) is inflated here, within the caller's size limit.
Each entry keeps its date (`<lastmod>`, or a news sitemap's publication date) so
the newest can be taken first. The XML is read by lxml's streaming parser in
recover mode, with no entity expansion and no network access: broken or hostile
XML gives the entries read before the damage, never an exception.
"""
from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Iterator

from lxml import etree

from .extract.urls import absolute
from .inflate import Inflater

__all__ = ["Entry", "Sitemap", "parse_sitemap", "by_date", "parse_date", "local_name", "xml_events", "GZIP_MAGIC"]

GZIP_MAGIC = b"\x1f\x8b"
_DATE_TAGS = frozenset({"lastmod", "publication_date"})


@dataclass
class Entry:
    """One URL a sitemap lists, with its date when it gives one."""

    url: str
    date: datetime | None = None


@dataclass
class Sitemap:
    """What one sitemap document lists: `pages` (a urlset, a text sitemap) or `sitemaps` (an index)."""

    kind: str  # "urlset", "index", "text"; "" for a document that is none of them
    pages: list[Entry] = field(default_factory=list)
    sitemaps: list[Entry] = field(default_factory=list)


def parse_date(text: str | None) -> datetime | None:
    """A W3C datetime ("2026-01-02", "2026-01-02T03:04:05+01:00", "...Z") as an aware datetime; None if it is not one."""
    if not text:
        return None
    try:
        when = datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=timezone.utc)


def by_date(entries: list[Entry]) -> list[Entry]:
    """The entries newest first; undated ones after the dated, in their order."""
    dated = [(e.date, i, e) for i, e in enumerate(entries) if e.date is not None]
    dated.sort(key=lambda item: (item[0], -item[1]), reverse=True)  # newest first; ties in document order
    return [e for _, _, e in dated] + [e for e in entries if e.date is None]


def local_name(tag: object) -> str:
    """An element's tag without its namespace, in lower case ("" for a comment or an entity)."""
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def xml_events(data: bytes) -> Iterator[tuple[str, etree._Element]]:
    """lxml's start and end events over `data`, forgiving (recover mode) and safe: no entity
    expanded, no DTD or document fetched (sitemaps and feeds come from anyone)."""
    return etree.iterparse(io.BytesIO(data), events=("start", "end"), recover=True, resolve_entities=False,
                           no_network=True, huge_tree=False, remove_comments=True, remove_pis=True)


def _inflated(data: bytes, max_bytes: int) -> bytes:
    """A gzipped file's content (TooLarge past `max_bytes`, BadResponse when it is no gzip)."""
    inflater = Inflater("gzip", max_bytes)
    return b"".join([*inflater.feed(data), *inflater.flush()])


def _text_sitemap(data: bytes, base: str, limit: int) -> Sitemap:
    doc = Sitemap("text")
    for line in data.decode("utf-8", errors="replace").splitlines():
        line = line.strip()
        if line.lower().startswith(("http://", "https://")) and (url := absolute(line, base)):  # (None: unreadable)
            doc.pages.append(Entry(url))
            if len(doc.pages) >= limit:
                break
    return doc


def parse_sitemap(data: bytes, base: str, *, max_bytes: int = 50 * 2**20, limit: int = 50_000) -> Sitemap:
    """The entries of a sitemap document fetched from `base` (relative locations resolved against it).

    A gzipped document is inflated first (at most `max_bytes`: TooLarge beyond).
    At most `limit` entries are read (the protocol's own limit is 50,000).
    A document that is neither a sitemap nor a list of URLs gives kind "".
    """
    if data.startswith(GZIP_MAGIC):
        data = _inflated(data, max_bytes)
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head.startswith(b"<"):
        return _text_sitemap(data, base, limit)
    doc = Sitemap("")
    entry: Entry | None = None
    target: list[Entry] | None = None
    try:
        for event, element in xml_events(data):
            name = local_name(element.tag)
            if event == "start":
                if not doc.kind:
                    if name not in ("urlset", "sitemapindex"):
                        return doc  # an HTML page, a feed: not a sitemap
                    doc.kind = "urlset" if name == "urlset" else "index"
                    target = doc.pages if name == "urlset" else doc.sitemaps
                elif name in ("url", "sitemap") and entry is None:
                    entry = Entry("")
                continue
            if entry is not None:
                parent = element.getparent()
                own = parent is not None and local_name(parent.tag) in ("url", "sitemap")  # not an image's <image:loc>
                if name == "loc" and own and not entry.url and element.text and element.text.strip():
                    loc = element.text.strip()
                    entry.url = loc if loc[:8].lower().startswith(("http://", "https://")) else absolute(loc, base) or ""
                elif name in _DATE_TAGS and entry.date is None:  # a news sitemap's date is one level down
                    entry.date = parse_date(element.text)
                elif name in ("url", "sitemap"):
                    if entry.url and target is not None:
                        target.append(entry)
                        if len(target) >= limit:
                            break
                    entry = None
            if name in ("url", "sitemap"):
                element.clear(keep_tail=False)  # bounded memory over a long sitemap
    except etree.LxmlError:  # recover mode gives up on some damage: what was read before it stands
        pass
    return doc

"""RSS and Atom feeds: found on a page (`feed_links`), and the article links they list (`parse_feed`).

    feeds = feed_links(home_html, "https://example.org/")      # from <link rel="alternate" type="application/rss+xml">
    doc = parse_feed(data, "https://example.org/feed.xml")      # doc.kind: "rss" | "atom" | "rdf" | "json" | ""

A page names its feeds in `<link rel="alternate">` with a feed's media type
(else, as a fallback, in links whose address reads as a feed's: `/feed`,
`rss.xml`...); comment feeds are left out. A feed's entries are its items' links:
RSS `<item><link>` (else a `<guid>` that is a permalink), RSS 1.0 (RDF) the same,
Atom `<entry><link rel="alternate" href>`, JSON Feed items' `url`, each with its
date (pubDate, updated, published, dc:date, date_published). XML is read by lxml's streaming parser in recover mode, with no
entity expansion and no network access, as sitemaps are (sitemaps.py).
"""
from __future__ import annotations

import email.utils
import json
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone

from lxml import etree

from .extract.dom import parse
from .extract.urls import absolute
from .sitemaps import Entry, local_name, parse_date, xml_events

__all__ = ["Feed", "feed_links", "parse_feed", "FEED_TYPES", "JSON_FEED_TYPES"]

#: media types a <link rel="alternate"> names a feed with
FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/rss",
                        "application/atom", "application/x-rss+xml", "application/x-atom+xml", "application/x.atom+xml",
                        "text/rss+xml", "text/atom+xml", "text/rss", "text/atom", "application/feed+json"})
#: media types a JSON Feed is served as
JSON_FEED_TYPES = frozenset({"application/feed+json", "application/json"})
# the address of a feed, for the fallback over plain links: /feed, /rss, /atom, rss.xml, feed.atom, index.rdf...
_FEED_ADDRESS = re.compile(r"(?:/(?:feed|rss|atom)(?:\.xml)?/?|[./_-](?:rss|atom|rdf)|/(?:rss|atom|feed)\w*\.xml)(?:$|\?)",
                           re.IGNORECASE)
_COMMENTS = re.compile(r"\bcomments?\b", re.IGNORECASE)
_ITEMS = frozenset({"item", "entry"})
_DATES = frozenset({"pubdate", "published", "updated", "date", "issued", "modified"})


@dataclass
class Feed:
    """The entries of one feed document, in its order."""

    kind: str  # "rss", "atom", "rdf", "json"; "" for a document that is no feed
    entries: list[Entry] = field(default_factory=list)


def feed_links(html: str | bytes, url: str) -> list[str]:
    """The feeds a page names, absolute, in its order, without comment feeds (`url`: the page's, for relative ones).

    A link that cannot be read as a URL ("http://[x/feed": a host in brackets that is no IPv6
    address) is given as written when it is an http(s) one (fetching it then says what is wrong with
    it), else left out; a `<base href>` that cannot be read is passed over. The page is parsed as
    `extract` parses one (`dom.parse`: Unparsable when lexbor cannot read it)."""
    tree = parse(html)
    base = url
    base_node = tree.css_first("base[href]")
    if base_node is not None:
        base = absolute(base_node.attributes.get("href"), url) or url
    found: list[str] = []
    for node in tree.css("link[href]"):
        rel = (node.attributes.get("rel") or "").lower().split()
        media = (node.attributes.get("type") or "").split(";", 1)[0].strip().lower()
        if "alternate" in rel and media in FEED_TYPES:
            found.append((node.attributes.get("href") or "").strip())
    if not found:  # no declared feed: links that read as one
        found = [href for node in tree.css("a[href]")
                 if _FEED_ADDRESS.search(href := (node.attributes.get("href") or "").strip())]
    links = [absolute(href, base) or href for href in found if href and not _COMMENTS.search(href)]
    return [link for link in dict.fromkeys(links) if link.lower().startswith(("http://", "https://"))]


def _feed_date(text: str | None) -> datetime | None:
    """An RSS date (RFC 822: "Mon, 02 Jan 2026 03:04:05 GMT") or an Atom/Dublin Core one (ISO 8601)."""
    if not text:
        return None
    when = parse_date(text)
    if when is not None:
        return when
    try:
        when = email.utils.parsedate_to_datetime(text.strip())
    except (TypeError, ValueError, IndexError):
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=timezone.utc)


def _atom_link(element: etree._Element) -> str | None:
    """An Atom <link>'s href when it is the entry's page (rel alternate or none; HTML or no type)."""
    rel = (element.get("rel") or "alternate").strip().lower()
    media = (element.get("type") or "text/html").split(";", 1)[0].strip().lower()
    href = (element.get("href") or "").strip()
    return href if rel == "alternate" and media in ("text/html", "application/xhtml+xml") and href else None


def _json_feed(data: bytes, base: str, limit: int) -> Feed:
    """A JSON Feed's items (https://jsonfeed.org/version/1.1): `url` (else an `id` that is a URL) and date."""
    doc = Feed("")
    try:
        feed = json.loads(data)
    except (ValueError, RecursionError):
        return doc
    items = feed.get("items") if isinstance(feed, dict) and str(feed.get("version", "")).startswith(
        ("https://jsonfeed.org/", "http://jsonfeed.org/")) else None
    if not isinstance(items, list):
        return doc
    doc.kind = "json"
    for item in items[:limit]:
        if not isinstance(item, dict):
            continue
        url = item.get("url")
        if not isinstance(url, str) or not url.strip():
            url = item.get("id") if isinstance(item.get("id"), str) and item["id"].startswith(("http://", "https://")) else None
        url = absolute(url, base) if url else None  # (None too for a URL that cannot be read)
        if url:
            date = item.get("date_published") or item.get("date_modified")
            doc.entries.append(Entry(url, parse_date(date) if isinstance(date, str) else None))
    return doc


def parse_feed(data: bytes, base: str, *, limit: int = 10_000) -> Feed:
    """The entries of an RSS (0.9x, 2.0), RSS 1.0 (RDF), Atom or JSON Feed document fetched from `base`, at most `limit`."""
    if data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        return _json_feed(data, base, limit)
    doc = Feed("")
    entry: Entry | None = None
    guid: str | None = None
    try:
        for event, element in xml_events(data):
            name = local_name(element.tag)
            if event == "start":
                if not doc.kind:
                    if name not in ("rss", "feed", "rdf"):
                        return doc  # a page, a sitemap: no feed
                    doc.kind = {"rss": "rss", "feed": "atom", "rdf": "rdf"}[name]
                elif name in _ITEMS and entry is None:
                    entry, guid = Entry(""), None
                continue
            if entry is None:
                continue
            parent = element.getparent()
            if parent is not None and local_name(parent.tag) in _ITEMS:  # the entry's own fields, not nested ones
                if name == "link" and not entry.url:
                    href = _atom_link(element) if doc.kind == "atom" else (element.text or "").strip()
                    entry.url = (absolute(href, base) or "") if href else ""  # (one that cannot be read: none)
                elif name == "guid" and (element.get("isPermaLink") or "true").lower() != "false":
                    guid = (element.text or "").strip()
                elif name in _DATES and entry.date is None:
                    entry.date = _feed_date(element.text)
            elif name in _ITEMS:
                entry.url = entry.url or (guid if guid and guid.lower().startswith(("http://", "https://")) else "")
                if entry.url:
                    doc.entries.append(entry)
                    if len(doc.entries) >= limit:
                        break
                entry = None
                element.clear(keep_tail=False)
    except etree.LxmlError:  # recover mode gives up on some damage: what was read before it stands
        pass
    return doc

"""What the page declares about itself: JSON-LD, OpenGraph and meta tags, then the DOM.

Read-only over the parsed tree. The result is a `Metadata` record; the block
step (authors' bios, images) and the body step add to it later.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Iterator

from dateutil import parser as dateparser
from selectolax.lexbor import LexborHTMLParser

from ..model import Author, Image
from .dom import attr, clean_text, node_text
from .urls import absolute

ARTICLE_TYPES = {
    "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
    "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "scholarlyarticle",
    "techarticle", "report", "socialmediaposting", "liveblogposting", "posting", "review",
    "medicalwebpage", "webpage", "creativework", "videoobject", "recipe", "howto",
}
# Types that are articles for sure (WebPage and friends are a weaker signal).
STRONG_TYPES = ARTICLE_TYPES - {"webpage", "creativework", "videoobject", "medicalwebpage"}


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
    page_type: str | None = None  # the JSON-LD / og:type of the page, lower case


# ---------------------------------------------------------------- JSON-LD

_CTRL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _load_json(raw: str) -> Any:
    raw = raw.strip()
    if raw.startswith("<!--"):
        raw = raw[4:]
    if raw.endswith("-->"):
        raw = raw[:-3]
    raw = _CTRL.sub(" ", raw.strip().rstrip(";"))
    try:
        return json.loads(raw)
    except ValueError:
        return json.loads(raw, strict=False) if raw else None


def json_ld_objects(tree: LexborHTMLParser) -> list[dict[str, Any]]:
    """Every JSON-LD object of the page, `@graph` and lists flattened."""
    out: list[dict[str, Any]] = []
    for node in tree.css('script[type="application/ld+json"]'):
        try:
            data = _load_json(node.text(deep=True))
        except ValueError:
            continue
        out.extend(_flatten(data))
    return out


def _flatten(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _flatten(item)
    elif isinstance(data, dict):
        yield data
        graph = data.get("@graph")
        if graph is not None:
            yield from _flatten(graph)


def _types(obj: dict[str, Any]) -> set[str]:
    t = obj.get("@type")
    items = t if isinstance(t, list) else [t]
    return {str(x).lower().rsplit("/", 1)[-1] for x in items if x}


def _str(value: Any) -> str | None:
    if isinstance(value, list):
        value = next((v for v in value if v), None)
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value") or value.get("text")
    if isinstance(value, (int, float)):
        value = str(value)
    if not isinstance(value, str):
        return None
    return clean_text(_unescape(value)) or None


def _unescape(text: str) -> str:
    if "&" in text:
        import html

        text = html.unescape(text)
    if "<" in text and ">" in text:
        text = re.sub(r"<[^>]+>", " ", text)
    return text


def _persons(value: Any, base: str | None) -> list[Author]:
    items = value if isinstance(value, list) else [value]
    authors: list[Author] = []
    for item in items:
        if isinstance(item, str):
            for name in split_names(item):
                authors.append(Author(name=name))
        elif isinstance(item, dict):
            name = _str(item.get("name"))
            if not name:
                given, family = _str(item.get("givenName")), _str(item.get("familyName"))
                name = " ".join(x for x in (given, family) if x) or None
            if not name:
                continue
            url = item.get("url") or item.get("sameAs")
            url = _str(url) if not isinstance(url, str) else url
            authors.append(Author(
                name=name,
                role=_str(item.get("jobTitle")),
                bio=_str(item.get("description")),
                url=absolute(url, base) if url else None,
            ))
    return authors


def _ld_images(value: Any, base: str | None) -> list[Image]:
    items = value if isinstance(value, list) else [value]
    images: list[Image] = []
    for item in items:
        if isinstance(item, str):
            images.append(Image(url=absolute(item, base)))
        elif isinstance(item, dict):
            url = item.get("url") or item.get("contentUrl")
            credit = _str(item.get("creditText")) or _str(item.get("copyrightHolder")) or _str(item.get("author"))
            images.append(Image(url=absolute(_str(url) if not isinstance(url, str) else url, base),
                                caption=_str(item.get("caption")) or _str(item.get("description")),
                                credit=credit))
    return [i for i in images if i.url]


def _pick_article(objects: list[dict[str, Any]]) -> dict[str, Any] | None:
    best, best_score = None, 0
    for obj in objects:
        types = _types(obj)
        if not types & ARTICLE_TYPES:
            continue
        score = 3 if types & STRONG_TYPES else 1
        score += bool(obj.get("headline")) + bool(obj.get("author")) + bool(obj.get("articleBody"))
        if score > best_score:
            best, best_score = obj, score
    return best


# ---------------------------------------------------------------- dates

def iso_date(value: str | None) -> str | None:
    """An ISO 8601 string for a date as pages write it, or None."""
    value = clean_text(value)
    if not value or len(value) > 80:
        return None
    if re.fullmatch(r"\d{10}(\d{3})?", value):  # epoch seconds or milliseconds
        ts = int(value[:10])
        return datetime.fromtimestamp(ts, tz=timezone.utc).isoformat()
    try:
        dt = dateparser.parse(value, fuzzy=False, default=datetime(1900, 1, 1))
    except (ValueError, OverflowError, TypeError):
        try:
            dt = dateparser.parse(value, fuzzy=True, default=datetime(1900, 1, 1))
        except (ValueError, OverflowError, TypeError):
            return None
    if dt.year < 1990 or dt.year > 2100:
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) or (dt.hour == dt.minute == dt.second == 0 and ":" not in value):
        return dt.date().isoformat()
    return dt.isoformat()


# ---------------------------------------------------------------- names

_BY = re.compile(r"^\s*(by|von|par|por|di|door|av|af)\s*[:\s]\s*", re.I)
_NAME_SPLIT = re.compile(r"\s*(?:;|,|\band\b|\bund\b|\bet\b|\by\b|&|\|)\s*", re.I)


def split_names(text: str) -> list[str]:
    """Person names from a byline string: "By A, B and C" -> [A, B, C]."""
    text = _BY.sub("", clean_text(text))
    names = [n.strip(" .:-–—") for n in _NAME_SPLIT.split(text)]
    return [n for n in names if n and not n.lower().startswith("http")]


# ---------------------------------------------------------------- meta tags

def _meta(tree: LexborHTMLParser) -> dict[str, list[str]]:
    metas: dict[str, list[str]] = {}
    for node in tree.css("meta"):
        key = attr(node, "property") or attr(node, "name") or attr(node, "itemprop")
        value = attr(node, "content")
        if key and value:
            metas.setdefault(key.lower(), []).append(clean_text(_unescape(value)))
    return metas


def _first(metas: dict[str, list[str]], *keys: str) -> str | None:
    for key in keys:
        for value in metas.get(key, ()):
            if value:
                return value
    return None


def read_metadata(tree: LexborHTMLParser, url: str | None = None) -> Metadata:
    """Everything the page declares about itself, best source first."""
    md = Metadata()
    objects = json_ld_objects(tree)
    art = _pick_article(objects)
    metas = _meta(tree)

    base = url
    link = tree.css_first('link[rel="canonical"]')
    md.canonical_url = absolute(attr(link, "href"), url) or absolute(_first(metas, "og:url"), url)
    if md.canonical_url and not url:
        base = md.canonical_url

    title_node = tree.css_first("title")
    md.title = node_text(title_node) or None
    h1 = tree.css_first("h1")
    h1_text = node_text(h1) or None

    if art:
        md.page_type = sorted(_types(art))[0]
        md.headline = _str(art.get("headline")) or _str(art.get("name"))
        md.description = _str(art.get("description"))
        md.authors = _persons(art.get("author") or art.get("creator"), base)
        md.published = iso_date(_str(art.get("datePublished")) or _str(art.get("dateCreated")))
        md.modified = iso_date(_str(art.get("dateModified")))
        publisher = art.get("publisher")
        md.site_name = _str(publisher) if publisher else None
        md.language = _str(art.get("inLanguage"))
        kw = art.get("keywords")
        if isinstance(kw, str):
            md.tags = [k.strip() for k in kw.split(",") if k.strip()]
        elif isinstance(kw, list):
            md.tags = [s for s in (_str(k) for k in kw) if s]
        md.images = _ld_images(art.get("image"), base)

    og_type = _first(metas, "og:type")
    md.page_type = md.page_type or (og_type.lower() if og_type else None)
    md.headline = md.headline or _first(metas, "og:title", "twitter:title", "parsely-title", "sailthru.title",
                                        "dc.title", "citation_title") or h1_text or md.title
    md.description = md.description or _first(metas, "og:description", "description", "twitter:description",
                                              "dc.description")
    if not md.authors:
        names = _first(metas, "author", "article:author", "parsely-author", "sailthru.author", "dc.creator",
                       "citation_author", "byl")
        if names and not names.startswith("http"):
            md.authors = [Author(name=n) for n in split_names(names)]
    md.published = md.published or iso_date(_first(
        metas, "article:published_time", "datepublished", "pubdate", "publishdate", "parsely-pub-date",
        "sailthru.date", "dc.date", "dc.date.issued", "dcterms.created", "citation_publication_date",
        "og:published_time", "date", "article.published", "publication_date"))
    if not md.published:
        t = tree.css_first("time[datetime]")
        md.published = iso_date(attr(t, "datetime"))
    md.modified = md.modified or iso_date(_first(metas, "article:modified_time", "datemodified", "og:updated_time",
                                                 "dcterms.modified", "last-modified"))
    md.site_name = md.site_name or _first(metas, "og:site_name", "application-name", "twitter:site")
    html_node = tree.css_first("html")
    md.language = md.language or attr(html_node, "lang") or _first(metas, "og:locale", "content-language",
                                                                     "language", "dc.language")
    if md.language:
        md.language = md.language.replace("_", "-").split("-")[0].lower() or None
    if not md.tags:
        md.tags = [t for t in metas.get("article:tag", []) if t]
        if not md.tags:
            kw = _first(metas, "keywords", "news_keywords")
            md.tags = [k.strip() for k in kw.split(",") if k.strip()] if kw else []
    if not md.images:
        og_image = _first(metas, "og:image", "og:image:url", "twitter:image", "twitter:image:src")
        if og_image:
            md.images = [Image(url=absolute(og_image, base), alt=_first(metas, "og:image:alt"))]
    return md

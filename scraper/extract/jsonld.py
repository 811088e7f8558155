"""JSON-LD: the page's declared objects, the article among them, its persons and images."""
from __future__ import annotations

import html
import json
import re
from typing import Any, Iterator

from ..model import Author, Image
from .bylines import split_names
from .dom import clean_text
from .urls import absolute

ARTICLE_TYPES = {
    "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
    "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "scholarlyarticle",
    "techarticle", "report", "socialmediaposting", "liveblogposting", "posting", "review",
    "medicalwebpage", "webpage", "creativework", "videoobject", "recipe", "howto",
}
ORG_TYPES = {"organization", "newsmediaorganization", "corporation", "organisation", "brand", "website"}
# Types that are articles for sure (WebPage and friends are a weaker signal).
STRONG_TYPES = ARTICLE_TYPES - {"webpage", "creativework", "videoobject", "medicalwebpage"}


_CTRL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


#: The wrappers a script's JSON may stand in: an HTML comment, an XHTML CDATA section (either
#: may be hidden behind "//" from old script parsers).
_WRAP_START = re.compile(r"^(?://\s*)?(?:<!--|<!\[CDATA\[)\s*")


def _unwrap_end(raw: str) -> str:
    """`raw` (stripped) without the "-->" or "]]>" it ends in, a "//" before that, and the white space
    about them, by string methods (a pattern anchored at the end is tried at every offset of the text:
    ~2 ms for a script of 50 KB)."""
    if raw.endswith(("-->", "]]>")):
        raw = raw[:-3].rstrip()
        if raw.endswith("//"):
            raw = raw[:-2].rstrip()
    return raw


def _load_json(raw: str) -> Any:
    raw = raw.strip()
    if raw[:1] in ("<", "/"):
        raw = _WRAP_START.sub("", raw)
    if raw[-1:] == ">":
        raw = _unwrap_end(raw)
    raw = _CTRL.sub(" ", raw.strip().rstrip(";"))
    try:
        return json.loads(raw)
    except ValueError:
        return json.loads(raw, strict=False) if raw else None


def json_ld_from(scripts: list[str]) -> list[dict[str, Any]]:
    """Every JSON-LD object in the text of a page's JSON-LD scripts (`index.PageIndex.ld_json`), `@graph`
    and lists flattened."""
    out: list[dict[str, Any]] = []
    for text in scripts:
        try:
            data = _load_json(text)
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


def ld_types(obj: dict[str, Any]) -> set[str]:
    t = obj.get("@type")
    items = t if isinstance(t, list) else [t]
    return {str(x).lower().rsplit("/", 1)[-1] for x in items if x}


def ld_text(value: Any) -> str | None:
    if isinstance(value, list):
        value = next((v for v in value if v), None)
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value") or value.get("text")
    if isinstance(value, (int, float)):
        value = str(value)
    if not isinstance(value, str):
        return None
    return clean_text(unescape(value)) or None


def unescape(text: str) -> str:
    """Entities decoded and tags dropped: declared values sometimes carry HTML."""
    if "&" in text:
        text = html.unescape(text)
    if "<" in text and ">" in text:
        text = re.sub(r"<[^>]+>", " ", text)
    return text


def persons(value: Any, base: str | None) -> list[Author]:
    items = value if isinstance(value, list) else [value]
    authors: list[Author] = []
    for item in items:
        if isinstance(item, str):
            for one in split_names(item):
                authors.append(Author(name=one))
        elif isinstance(item, dict):
            if ld_types(item) & ORG_TYPES:
                continue  # an organisation, not a person
            name = ld_text(item.get("name"))
            if not name:
                given, family = ld_text(item.get("givenName")), ld_text(item.get("familyName"))
                name = " ".join(x for x in (given, family) if x)
            if not name:
                continue
            url = item.get("url") or item.get("sameAs")
            url = ld_text(url) if not isinstance(url, str) else url
            authors.append(Author(
                name=name,
                role=ld_text(item.get("jobTitle")),
                bio=ld_text(item.get("description")),
                url=absolute(url, base) if url else None,
            ))
    return authors


def ld_images(value: Any, base: str | None) -> list[Image]:
    items = value if isinstance(value, list) else [value]
    images: list[Image] = []
    for item in items:
        if isinstance(item, str):
            images.append(Image(url=absolute(item, base)))
        elif isinstance(item, dict):
            url = item.get("url") or item.get("contentUrl")
            credit = ld_text(item.get("creditText")) or ld_text(item.get("copyrightHolder")) or ld_text(item.get("author"))
            images.append(Image(url=absolute(ld_text(url) if not isinstance(url, str) else url, base),
                                caption=ld_text(item.get("caption")) or ld_text(item.get("description")),
                                credit=credit))
    return [i for i in images if i.url]


def pick_article(objects: list[dict[str, Any]]) -> dict[str, Any] | None:
    best, best_score = None, 0
    for obj in objects:
        types = ld_types(obj)
        if not types & ARTICLE_TYPES:
            continue
        score = 3 if types & STRONG_TYPES else 1
        score += bool(obj.get("headline")) + bool(obj.get("author")) + bool(obj.get("articleBody"))
        if score > best_score:
            best, best_score = obj, score
    return best

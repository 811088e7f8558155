"""What the page declares about itself: JSON-LD, OpenGraph and meta tags, then the DOM.

Read-only over the parsed tree. The result is a `Metadata` record; the block
step (authors' bios, images) and the body step add to it later.

- **Headline** (`choose_headline`): the element marked `itemprop=headline`, or the
  article's h1, or an h1 / post title that agrees with the declared titles; an h1
  that is the site's name (a trailing segment of the `<title>`, a logo) is skipped.
  Else the declared title without the site's suffix.
- **Authors** (`_choose_authors`): JSON-LD persons, completed by marked-up bylines
  (itemprop, rel=author, hCard); else the visible byline (`dom_bylines`: the table
  `rules.BYLINE_SELECTORS`, best first, never inside comments, teasers, quotes or an
  h1), else a blog's own comments (`bypostauthor`), else a written byline ("Posted by
  ...", "Von ..."), else the author meta tags. People only; see `_choose_authors` for
  organisations.
- **Dates** (`iso_date`, `dom_date`): ISO 8601 with the page's own offset; written
  dates day-first and in several languages (`text_date`); the page's dated elements,
  date-like elements, a labelled date, a date beside the headline, the URL.
"""
from __future__ import annotations

import json
import re
import warnings
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Iterator

from dateutil import parser as dateparser
from selectolax.lexbor import LexborHTMLParser

from ..model import Author, Image
from .dom import ClassNames, attr, clean_text, keyword_matches, node_text
from .rules import BYLINE_SELECTORS, BYLINE_TEXT, NOT_BYLINE_TOKENS, NOT_NAME_WORDS, ORG_WORDS
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
    #: the page's class and id names, read once before the tree is pruned (see `dom.ClassNames`)
    class_names: ClassNames | None = field(default=None, repr=False, compare=False)


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
            if _types(item) & ORG_TYPES:
                continue  # an organisation, not a person
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
    if not re.match(r"\s*\d{4}-\d\d", value) and not re.fullmatch(r"\d{10}(\d{3})?", value):
        written = text_date(value)  # "06.08.2009", "13. Januar 2014": day first, month names in many languages
        if written:
            time_part = re.search(r"\b(\d{1,2}):(\d{2})(?::(\d{2}))?\b", value)
            if not time_part:
                return written
            if not re.search(r"[+-]\d\d:?\d\d\b|\b(?:am|pm|utc|gmt|[a-z]{3}t)\b", value, re.I):
                h, mi, se = (int(x or 0) for x in time_part.groups())
                if h < 24 and mi < 60:
                    return f"{written}T{h:02d}:{mi:02d}:{se:02d}"
                return written
            parsed = _dateutil(value)  # a time with its zone: dateutil keeps it, if it reads the same day
            return parsed if parsed and parsed[:10] == written else written
    if re.fullmatch(r"\d{10}(\d{3})?", value):  # epoch seconds or milliseconds
        ts = int(value[:10])
        return datetime.fromtimestamp(ts, tz=timezone.utc).isoformat()
    return _dateutil(value)


#: ISO 8601 as pages write it in their metadata: read by `datetime.fromisoformat`, which gives what
#: dateutil gives for these, many times faster.
_ISO_DATETIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,6})?)?"
                           r"(?:Z|[+-][0-9]{2}:[0-9]{2})?)?")


def _dateutil(value: str) -> str | None:
    if _ISO_DATETIME.fullmatch(value):
        try:
            dt = datetime.fromisoformat(value[:-1] + "+00:00" if value.endswith("Z") else value)
        except ValueError:
            pass
        else:
            return _iso_result(dt, value)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # dateutil warns about time zone names it does not know
        try:
            dt = dateparser.parse(value, fuzzy=False, default=datetime(1900, 1, 1))
        except (ValueError, OverflowError, TypeError):
            try:
                dt = dateparser.parse(value, fuzzy=True, default=datetime(1900, 1, 1))
            except (ValueError, OverflowError, TypeError):
                return None
    return _iso_result(dt, value)


def _iso_result(dt: datetime, value: str) -> str | None:
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


# ---------------------------------------------------------------- the DOM: tokens, bylines, headline, dates

_TOKEN_SPLIT = re.compile(r"[^a-z0-9]+")


def _css(tree: LexborHTMLParser, selector: str, classes: ClassNames | None) -> list[Any]:
    return classes.css(tree, selector) if classes is not None else tree.css(selector)


def class_tokens(node: Any) -> set[str]:
    """The words of a node's class and id, lower case, plus each adjacent pair joined by "-"
    ("c-related-list" -> {"c", "related", "list", "c-related", "related-list"})."""
    a = node.attributes
    raw = f"{a.get('class') or ''} {a.get('id') or ''}".lower()
    if not raw.strip():
        return set()
    out: set[str] = set()
    for part in raw.split():
        words = [w for w in _TOKEN_SPLIT.split(part) if w]
        out.update(words)
        out.update(f"{x}-{y}" for x, y in zip(words, words[1:]))
        if len(words) > 1:
            out.add("-".join(words))
    return out


_PREFILTERS: dict[frozenset[str], re.Pattern[str]] = {}


def _prefilter(tokens: frozenset[str]) -> re.Pattern[str]:
    """A regex that finds any token's first word in a raw class string: most nodes fail it, and
    their exact tokens are never computed."""
    pattern = _PREFILTERS.get(tokens)
    if pattern is None:
        words = sorted({_TOKEN_SPLIT.split(t)[0] for t in tokens if t}, key=len, reverse=True)
        pattern = _PREFILTERS[tokens] = re.compile("|".join(re.escape(w) for w in words) or "(?!)")
    return pattern


def has_ancestor(node: Any, tokens: frozenset[str], tags: tuple[str, ...] = (), depth: int = 14,
                 stop: Any = None, within: Any = None) -> bool:
    """True when `node` or one of its `depth` nearest ancestors (up to `stop`) carries one of
    `tokens` in its class/id, or is one of `tags`, or is the node `within`."""
    n = node
    if within is not None:
        target = within.mem_id
        while n is not None and depth > 0:
            if n.mem_id == target:
                return True
            n, depth = n.parent, depth - 1
        return False
    stop_id = stop.mem_id if stop is not None else None
    quick = _prefilter(tokens).search if tokens else None
    while n is not None and depth > 0 and n.tag not in ("body", "html") and n.mem_id != stop_id:
        if n.tag in tags:
            return True
        if quick is not None:
            a = n.attributes
            raw = f"{a.get('class') or ''} {a.get('id') or ''}"
            if len(raw) > 1 and quick(raw.lower()) and not tokens.isdisjoint(class_tokens(n)):
                return True
        n = n.parent
        depth -= 1
    return False


_BYLINE_PREFIX = re.compile(
    r"^\s*(?:(?:posted|written|published|words|story|text|reported|geschrieben|publiziert|verfasst|"
    r"ver[öo]ffentlicht|erstellt|publi[ée]|[ée]crit)\s+)?(?:by|von|vom|par|por|di|door|av|af|from)\s*[:\s]\s*|"
    r"^\s*(?:author|autor|auteur|autore|written by|reporter|作者|记者|記者|著者)\s*[:：\-]?\s*", re.I)
_BYLINE_TAIL = re.compile(
    r"\s+(?:(?-i:on|am|le|el|il|at|um)|@|\||–|—|-|•|·)(?:\s+.*)?$|\s*[|•·,]?\s*(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|"
    r"\d{4}-\d{2}-\d{2}|(?:updated|published|posted|aktualisiert)\b).*$", re.I)
_NAME_OK = re.compile(r"^(?:[^\d@/:=<>{}()\[\]#]{2,60}|(?=(?:[^\W\d_]\d*){3})[^\W_]{3,30})$")  # or a handle: "freeman1984"


def is_organisation(name: str, site_name: str | None = None) -> bool:
    """True when a byline names an organisation (a newsroom, an agency, the site) rather than a person."""
    n = clean_text(name).casefold()
    if not n:
        return True
    if ORG_WORDS.search(n):
        return True
    raw = clean_text(name)
    if not raw.isupper() and any(len(w) >= 3 and w.isupper() and w.isalpha() for w in raw.split()):
        return True  # an acronym in a mixed-case name: "CBS Detroit", "NBC News Digital"
    if site_name:
        site = clean_text(site_name).casefold()
        if n == site or (len(site) > 3 and site in n):  # "CBS Detroit", "The Verge Staff" (a blog's
            return True  # name that holds its author's, "Frau Sabienes sagt", still has a person)
        words = site.split()
        if len(words) >= 3 and len(n.split()) >= 3 and n.split()[:2] == words[:2] and words[0] not in ("the", "der", "die", "das", "le", "la"):
            return True  # a desk of the site: "Global Voices Latin America" on "Global Voices auf Deutsch"
    return False


def person_names(text: str) -> list[str]:
    """Plausible person names from a byline's text ("By A and B | May 2" -> [A, B])."""
    text = clean_text(text)
    if not text or len(text) > 200:
        return []
    text = _BYLINE_PREFIX.sub("", text)
    text = _BYLINE_TAIL.sub("", text)
    out = []
    for name in split_names(text):
        name = _BYLINE_PREFIX.sub("", name).strip(" .:-–—|·•,~*")
        name = re.split(r"\s(?:By|by|Von|Par)\s+(?=[A-ZÀ-Ý])", name)[-1]  # "Disko Von Ernst Lohoff"
        if _NAME_OK.match(name) and len(name.split()) <= 5 and any(c.isalpha() for c in name) \
                and (len(name) > 2 or name.isupper()) and not NOT_NAME_WORDS.search(name) \
                and name.casefold() not in {n.casefold() for n in out}:
            out.append(name)
    return out


#: Where a match of `rules.BYLINE_TEXT` can start: one of its words, or a line that begins with "by"
#: (after a date or a dash).
_BYLINE_WORDS = ("posted", "written", "publi", "verfasst", "geschrieben", "beitrag", "artikel", "text",
                 "author", "autor", "auteur")
_BYLINE_LINE = re.compile(r"\n[ \t]*[\d.:/\-–—~*bvpBVP]")


def dom_bylines(tree: LexborHTMLParser, selectors: tuple[str, ...] = BYLINE_SELECTORS,
                written: bool = True, classes: ClassNames | None = None) -> list[str]:
    """Author names from the page's visible byline, best selector first; never from comments,
    teasers or widgets. With `written`, a byline written in the text ("Posted by ...") is the
    last resort."""
    for selector in selectors:
        names: list[str] = []
        scope = None  # names after the first come from the same byline block
        for node in _css(tree, selector, classes)[:30]:
            if scope is not None and not has_ancestor(node, frozenset(), depth=4, stop=None, within=scope):
                continue
            if has_ancestor(node, NOT_BYLINE_TOKENS, ("nav", "h1", "blockquote", "li") if node.tag != "li"
                            else ("nav", "h1", "blockquote")):
                continue
            text = node_text(node)
            if len(text) > 100:  # a byline is short; a longer text is an author box or a teaser
                continue
            for name in person_names(text):
                if name.casefold() not in {n.casefold() for n in names}:
                    names.append(name)
            if names and scope is None:
                scope = node.parent.parent if node.parent is not None and node.parent.parent is not None \
                    else node.parent
        if names:
            return names[:6]
    # a blog's comments mark the post's author ("bypostauthor"): the name there is the author's
    for node in _css(tree, ".bypostauthor .fn, .bypostauthor cite, .bypostauthor .author", classes)[:3]:
        names = person_names(re.sub(r"\s+(?:said|says|sagt|dit|dice|schreibt|wrote)\s*:?$", "", node_text(node),
                                    flags=re.I))
        if len(names) == 1:
            return names
    if written and tree.body is not None:
        text = tree.body.text(deep=True, separator="\n")
        for m in keyword_matches(BYLINE_TEXT, text, _BYLINE_WORDS, _BYLINE_LINE):
            if m.group(0).lstrip()[:3].lower().startswith(("by", "von", "par")) and m.group("end") is None:
                continue  # "by" in a sentence; a byline line is "By Name" alone, or labelled
            end = text.find("\n", m.start("name"))
            line = text[m.start("name"):end if end > 0 else None][:160]
            names = [n for n in person_names(line) if len(n.split()) <= 4] or person_names(m.group("name"))
            if names:
                return names[:6]
    return []


_HEADLINE_SELECTORS = (
    'h1[itemprop="headline"], [itemprop="headline"]:not(meta)',
    'article h1, main h1, [role="main"] h1',
    'h1',
    '.entry-title, .post-title, [class*="article-title"], [class*="headline"], [class*="entry-title"], '
    '[class*="post-title"], article h2',
)
_SITE_TITLE = frozenset(("logo", "site-title", "site-name", "sitename", "brand", "masthead", "blog-title",
                         "site-header", "header-title", "site-branding", "navbar", "nav"))
_TITLE_SEPARATORS = re.compile(r"\s+[|–—:·•»«]\s+|\s+-\s+|\s*::\s*")


def _words(text: str | None) -> set[str]:
    return set(re.findall(r"\w+", (text or "").casefold()))


def _overlap(a: str | None, b: str | None) -> float:
    wa, wb = _words(a), _words(b)
    return len(wa & wb) / len(wa) if wa and wb else 0.0


def strip_site_suffix(title: str | None, site_name: str | None = None) -> str | None:
    """"Headline | Site" -> "Headline": drops the segments that name the site."""
    if not title:
        return None
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    site = (site_name or "").casefold()
    keep = [p for p in parts if p and not (site and (p.casefold() in site or site in p.casefold()))]
    if len(keep) == len(parts):  # no segment names the site: drop the last one when it is short
        if len(parts[-1].split()) <= 4 and len(parts[0].split()) >= 3:
            keep = parts[:-1]
    best = " - ".join(keep) if keep else parts[0]
    return best if title.startswith(best) else (max(keep, key=len) if keep else title)


def choose_headline(tree: LexborHTMLParser, declared: list[str | None], site_name: str | None,
                    classes: ClassNames | None = None) -> str | None:
    """The article's own visible headline: the h1 (or the post title a blog puts in an h2) when the
    page has one that is not the site's name; else the declared title without the site's suffix."""
    declared = [d for d in declared if d]
    site = (site_name or "").casefold()
    # the <title>'s trailing segments name the site ("Post title | Blog name"): an h1 that is one
    # of them is the blog's name, not the post's headline
    suffixes = {seg.casefold().strip() for d in declared for seg in _TITLE_SEPARATORS.split(d)[1:] if seg}
    stripped = [strip_site_suffix(d, site_name) or d for d in declared]
    for i, selector in enumerate(_HEADLINE_SELECTORS):
        for node in _css(tree, selector, classes)[:6]:
            text = node_text(node)
            if not (3 <= len(text) <= 300) or (site and text.casefold() == site):
                continue
            if i > 0 and text.casefold() in suffixes and not any(text.casefold() == d.casefold() for d in stripped):
                continue
            if has_ancestor(node, _SITE_TITLE | NOT_BYLINE_TOKENS - {"card"}, ("nav",), depth=6):
                continue
            if i <= 1:  # marked as the headline, or the h1 of the article
                return text
            if any(_overlap(text, d) >= 0.5 or _overlap(d, text) >= 0.6 for d in stripped):
                return text
            if i == 2 and not any(len(d.split()) >= 3 for d in declared):
                return text
    for d in declared:
        d = strip_site_suffix(d, site_name)
        if d:
            return d
    return None


_MONTHS = {}
for _i, _names in enumerate((
        "january jan januar janvier enero gennaio januari jänner janeiro stycznia",
        "february feb februar février fevrier febrero febbraio februari fevereiro",
        "march mar märz maerz mars marzo maart março",
        "april apr avril abril aprile",
        "may mai mayo maggio mei maio",
        "june jun juni juin junio giugno junho",
        "july jul juli juillet julio luglio julho",
        "august aug août aout agosto augustus",
        "september sep sept septembre septiembre settembre setembro",
        "october oct oktober octobre octubre ottobre okt outubro",
        "november nov novembre noviembre",
        "december dec dezember décembre decembre diciembre dicembre dez dezembro"), 1):
    for _n in _names.split():
        _MONTHS[_n] = _i
_MONTH_RE = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
_DATE_PATTERNS = (
    (re.compile(r"\b(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b"), None),
    (re.compile(r"\b(?P<d>\d{1,2})\.\s*(?P<m>\d{1,2})\.\s*(?P<y>(?:19|20)\d{2})\b"), None),
    (re.compile(r"\b(?P<d>\d{1,2})-(?P<m>\d{1,2})-(?P<y>(?:19|20)\d{2})(?!\d)"), None),
    (re.compile(r"\b(?P<d>\d{1,2})(?:st|nd|rd|th|er|º)?\.?\s+(?:de\s+)?(?P<mon>" + _MONTH_RE +
                r")\.?,?\s+(?:de\s+)?(?P<y>(?:19|20)\d{2})\b", re.I), "month"),
    (re.compile(r"\b(?P<mon>" + _MONTH_RE + r")\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{2})\b",
                re.I), "month"),
    (re.compile(r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)\d{2})\b"), "slash"),
)


#: Every pattern above needs a year; the month-name ones need white space before it. Cheap
#: searches that rule a text out before the long month alternations run.
_ANY_YEAR = re.compile(r"(?:19|20)\d\d")
_SPACED_YEAR = re.compile(r"\s(?:19|20)\d\d")


def text_date(text: str, language: str | None = None) -> str | None:
    """The first calendar date written in `text` ("13. Januar 2014", "Nov 18, 2019",
    "25.08.2015"), as YYYY-MM-DD."""
    if not _ANY_YEAR.search(text):
        return None
    spaced = None
    for pattern, kind in _DATE_PATTERNS:
        if kind == "month":
            if spaced is None:
                spaced = _SPACED_YEAR.search(text) is not None
            if not spaced:
                continue
        m = pattern.search(text)
        if not m:
            continue
        g = m.groupdict()
        if kind == "slash":
            a, b = int(g["a"]), int(g["b"])
            month, day = (a, b) if (language or "en") == "en" and a <= 12 else (b, a)
        else:
            day = int(g["d"])
            month = _MONTHS.get(g["mon"].casefold().rstrip(".")) if g.get("mon") else int(g["m"])
        try:
            return datetime(int(g["y"]), month or 0, day).date().isoformat()
        except (ValueError, TypeError):
            continue
    return None


_DATE_ATTR_SELECTORS = (
    '[itemprop="datePublished"]', 'time[pubdate]', '[class*="published"][datetime], [class*="published"][title]',
    'article time[datetime], main time[datetime]', 'time[datetime]', 'abbr[title]',
)
_DATE_ATTR_ALL = ", ".join(_DATE_ATTR_SELECTORS)
_DATE_TEXT_SELECTOR = ('[class*="date"], [class*="Date"], [class*="time"], [class*="publish"], [class*="posted"], '
                       '[class*="meta"], [class*="byline"], [class*="submitted"], [class*="datum"], time, '
                       '[class*="author"], [class*="info"]')
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|[^\d]|$)")
#: Dates inside these belong to other things (comments, teasers, widgets), not to the article.
NOT_DATE_TOKENS = frozenset((
    "comment", "comments", "reply", "respond", "related", "recirc", "teaser", "teasers", "popular", "trending",
    "most-read", "promo", "recommended", "widget", "archive", "calendar",
))
_DATE_LABEL = re.compile(r"\b(?:published|posted|updated|date|datum|ver[öo]ffentlicht|erschienen|publi[ée]|"
                         r"publicado|pubblicato|geschrieben|erstellt|stand)(?:\s+(?:on|am|le|el|il|vom))?\s*:?\s*",
                         re.I)
_DATE_LABEL_WORDS = ("publi", "pubbl", "posted", "updated", "dat", "veröffentlicht", "veroffentlicht", "erschienen",
                     "geschrieben", "erstellt", "stand")  # where a match of _DATE_LABEL can start
_SHORT_DATE = re.compile(r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{2})\b")


def _short_date(text: str) -> str | None:
    """"31.10.23" in a short date line."""
    m = _SHORT_DATE.search(text)
    if not m or len(text) > 60:
        return None
    try:
        return datetime(2000 + int(m.group("y")), int(m.group("m")), int(m.group("d"))).date().isoformat()
    except ValueError:
        return None


def dom_date(tree: LexborHTMLParser, url: str | None, language: str | None,
             headline_text: str | None = None, written_only: bool = False, attrs_only: bool = False,
             classes: ClassNames | None = None) -> str | None:
    """The publication date the page shows: dated elements first, then dates written in
    date-like elements or next to the headline, then a /YYYY/MM/DD/ in the URL."""
    # one pass over the tree for all dated elements, then each ranked by the first selector it matches
    buckets: list[list[Any]] = [[] for _ in _DATE_ATTR_SELECTORS]
    for node in () if written_only else _css(tree, _DATE_ATTR_ALL, classes)[:40]:
        for i, selector in enumerate(_DATE_ATTR_SELECTORS):
            if node.css_matches(selector):
                buckets[i].append(node)
                break
    for selector, bucket in zip(_DATE_ATTR_SELECTORS, buckets):
        for node in bucket[:5]:
            if has_ancestor(node, NOT_DATE_TOKENS, depth=8):
                continue
            for key in ("content", "datetime", "title"):
                value = attr(node, key)
                if value and re.search(r"\d{4}", value):
                    found = iso_date(value)
                    if found:
                        return found
            if selector == '[itemprop="datePublished"]':
                found = text_date(node_text(node), language)
                if found:
                    return found
    if attrs_only:
        return None
    for node in _css(tree, _DATE_TEXT_SELECTOR, classes)[:80]:
        text = node_text(node)
        if len(text) > 150 or has_ancestor(node, NOT_DATE_TOKENS, depth=8):
            continue
        found = text_date(text, language) or _short_date(text)
        if found:
            return found
    headline = tree.css_first("article h1, main h1, h1, .entry-title, .post-title")
    if headline is not None:
        title = node_text(headline)
        holder = headline.parent
        for _ in range(3):
            if holder is None or holder.tag in ("body", "html"):
                break
            text = node_text(holder)
            at = text.find(title)
            if len(text) > len(title) + 10 and at >= 0:
                window = text[max(0, at - 200):at + len(title) + 400]
                found = text_date(window, language)
                if found:
                    return found
                break
            holder = holder.parent
    m = _URL_DATE.search(url or "")
    if m:
        try:
            return datetime(int(m.group(1)), int(m.group(2)), int(m.group(3))).date().isoformat()
        except ValueError:
            pass
    if tree.body is not None:  # "Veröffentlicht am 16.08.2019", "Datum: 03.11.2021", "Posted on May 19, 2020"
        text = node_text(tree.body)
        for label in keyword_matches(_DATE_LABEL, text, _DATE_LABEL_WORDS):
            found = text_date(text[label.end():label.end() + 40], language)
            if found:
                return found
        # last resort: the first full date written after the headline (a dateline, a post's date line)
        title = headline_text or (node_text(headline) if headline is not None else "")
        starts = [m.start() for m in re.finditer(re.escape(title), text)][:3] if title else []
        for at in starts or [0]:  # the headline may stand in a menu first, then over the article
            found = text_date(text[max(at - 100, 0):at + len(title) + 1500], language)
            if found:
                return found
    return None


def _people(authors: list[Author], site_name: str | None) -> list[Author]:
    """Only people: organisations, site names, handles and empty names are dropped."""
    out, seen = [], set()
    for a in authors:
        name = clean_text(a.name)
        if not name or is_organisation(name, site_name) or not person_names(name) or name.casefold() in seen:
            continue
        seen.add(name.casefold())
        out.append(a)
    return out


def read_metadata(tree: LexborHTMLParser, url: str | None = None) -> Metadata:
    """Everything the page declares about itself, best source first, completed from the DOM
    (the visible headline, the byline, the shown date)."""
    md = Metadata()
    md.class_names = classes = ClassNames(tree)
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

    ld_headline = None
    ld_authors: list[Author] = []
    if art:
        md.page_type = sorted(_types(art))[0]
        ld_headline = _str(art.get("headline")) or _str(art.get("name"))
        md.description = _str(art.get("description"))
        ld_authors = _persons(art.get("author") or art.get("creator"), base)
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
    md.site_name = md.site_name or _first(metas, "og:site_name", "application-name", "twitter:site")
    html_node = tree.css_first("html")
    md.language = md.language or attr(html_node, "lang") or _first(metas, "og:locale", "content-language",
                                                                     "language", "dc.language")
    if md.language:
        md.language = md.language.replace("_", "-").split("-")[0].lower() or None

    md.headline = choose_headline(tree, [ld_headline, _first(metas, "og:title"), _first(metas, "twitter:title"),
                                         _first(metas, "parsely-title", "sailthru.title", "dc.title",
                                                "citation_title"), md.title], md.site_name, classes)
    md.description = md.description or _first(metas, "og:description", "description", "twitter:description",
                                              "dc.description")
    md.authors = _choose_authors(tree, ld_authors, metas, md.site_name, classes)
    meta_published = iso_date(_first(
        metas, "article:published_time", "datepublished", "pubdate", "publishdate", "parsely-pub-date",
        "sailthru.date", "dc.date", "dc.date.issued", "dcterms.created", "citation_publication_date",
        "og:published_time", "date", "article.published", "publication_date"))
    md.published = _local_first(md.published, meta_published)
    if md.published:
        # a site that declares its last update as the publication date: the page's own dated
        # element (time[datetime], itemprop=datePublished) shows the earlier, original day
        shown = dom_date(tree, None, md.language, md.headline, attrs_only=True, classes=classes)
        if shown and shown[:10] < md.published[:10]:
            md.published = shown
    if md.published and re.search(r"T(?:0\d|1[01]):.*(?:\+00:?00|Z)$", md.published):
        # a UTC time early in the day: the page's readers may see the day before; the shown date decides
        shown = dom_date(tree, None, md.language, md.headline, written_only=True, classes=classes)
        if shown and shown[:10] < md.published[:10] and \
                (datetime.fromisoformat(md.published[:10]) - datetime.fromisoformat(shown[:10])).days == 1:
            md.published = shown
    md.published = md.published or dom_date(tree, url or md.canonical_url, md.language, md.headline, classes=classes)
    md.modified = md.modified or iso_date(_first(metas, "article:modified_time", "datemodified", "og:updated_time",
                                                 "dcterms.modified", "last-modified"))
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


def _local_first(declared: str | None, meta: str | None) -> str | None:
    """The JSON-LD date, unless it is the meta tag's moment written in UTC: the page's own
    offset keeps the calendar date its readers see."""
    if not declared or not meta:
        return declared or meta
    utc = declared.endswith(("+00:00", "Z"))
    try:
        a, b = datetime.fromisoformat(declared), datetime.fromisoformat(meta)
        same = a.tzinfo is not None and b.tzinfo is not None and abs((a - b).total_seconds()) < 60
    except ValueError:
        return declared
    return meta if utc and same and not meta.endswith(("+00:00", "Z")) else declared


#: Bylines that stand for nobody in particular: never kept, even as the only credit.
_PLACEHOLDER = re.compile(r"^\s*(?:(?:our|the)\s+)?(?:\w+\s+)?(?:staff|team|editors?|desk|admin\w*|webmaster|"
                          r"unknown|guest|contributors?)\s*$|"
                          r"^\s*(?:the\s+)?(?:afp|ap|dpa|apa|efe|ansa|upi|reuters|associated press|agencies|"
                          r"agence france[- ]presse|wires?)\b", re.I)  # and the wire agencies


def _choose_authors(tree: LexborHTMLParser, ld_authors: list[Author], metas: dict[str, list[str]],
                    site_name: str | None, classes: ClassNames | None = None) -> list[Author]:
    """People credited with the article: JSON-LD persons (completed by the visible byline when
    it names them all and more), else the visible byline, else the author meta tags.

    Organisations never stand beside or for a person: a newsroom, an agency or the site named
    along with people is dropped, and so is an organisation that only the JSON-LD or the meta tags
    declare (the publisher standing in). When the visible byline credits an organisation and no
    person ("By Redaktion", "ET Online"), that byline is kept as the one entry, so it is not lost;
    the site's own name is never kept."""
    declared = _people(ld_authors, site_name)
    # with declared authors, only the marked-up bylines (itemprop, rel, hCard) may complete them: cheap and precise
    shown_names = dom_bylines(tree, BYLINE_SELECTORS[:4], written=False, classes=classes) if declared \
        else dom_bylines(tree, classes=classes)
    byline = _people([Author(name=n) for n in shown_names], site_name)
    if declared:
        have = {a.name.casefold() for a in declared}
        shown = {a.name.casefold() for a in byline}
        if byline and have < shown:
            declared += [a for a in byline if a.name.casefold() not in have]
        return declared
    if byline:
        return byline
    site = clean_text(site_name).casefold()
    for name in shown_names:  # only an organisation in the visible byline
        if is_organisation(name) and clean_text(name).casefold() != site and not _PLACEHOLDER.search(name):
            return [Author(name=name)]
    names = _first(metas, "author", "article:author", "parsely-author", "sailthru.author", "dc.creator",
                   "citation_author", "byl")
    if names and not names.startswith("http"):
        return _people([Author(name=n) for n in person_names(names)], site_name)
    return []

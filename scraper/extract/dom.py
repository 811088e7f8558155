"""Parsing and the node helpers every extraction step shares.

The page is parsed once, here, with selectolax's lexbor engine; every step
reads (and the block and body steps prune) the same tree. Also here: lexbor's
tag ids (an int to compare, where `.tag` decodes a name), the text of a node, and
the class/id words of one node (`class_and_id`, `class_tokens`, `has_ancestor`).
"""
from __future__ import annotations

import re
from functools import lru_cache
from selectolax.lexbor import LexborDocumentOptions, LexborHTMLParser, LexborNode, SelectolaxError

from ..errors import Unparsable

from . import accel, ignored
from .memo import text_cache
from .nesting import angle_brackets, flatten
from .rules.html import HIDING_CLASSES
from .vocab import ClassTokens

_HTML_HINT = re.compile(r"<\s*(!doctype|html|head|body|div|p|article|meta|title|span|a|section|main)\b", re.I)


def parse(html: str | bytes) -> LexborHTMLParser:
    """Parse a whole page (bytes are read as UTF-8).

    Without lexbor's mutation callbacks (`WO_EVENTS`, ~3 % faster): selectolax names one behaviour
    they carry, a `<select>`'s chosen `<option>` copied into its `<selectedcontent>` (a form
    control, never article text); the trees of all dev pages serialize the same either way.
    Markup nested past `nesting.MAX_DEPTH` is flattened first (lexbor is quadratic in depth), and a
    page with many tags the parser ignores loses their attributes (`ignored`: lexbor's memory grows
    with the square of the page on them).

    The text of the page's scripts and styles (JSON-LD's aside) is cut before lexbor reads it, when the
    compiled walks are at hand (`_cwalk.without_code`: ~35 % of a page's bytes, which lexbor's tokenizer
    walked one character at a time): the tree is the same but for those text nodes, which `drop_code`
    removes after `PageIndex` has read the JSON-LD (tests/test_dom_code.py compares the trees). A page given as
    text goes to lexbor encoded as selectolax encodes it. (No Python pass does this: it would cost more
    than lexbor's walk.)

    Raises `Unparsable` when lexbor fails on the page (it does when it cannot allocate memory)."""
    lt = angle_brackets(html)
    if ignored.suspect(html, lt):
        html = ignored.strip(html)  # (it leaves every "<")
    source = flatten(html, lt)
    if accel.without_code is not None:
        source = accel.without_code(source.encode("utf-8", errors="ignore") if isinstance(source, str) else source)
    try:
        return LexborHTMLParser(source, options=LexborDocumentOptions.WO_EVENTS)
    except SelectolaxError as exc:  # (not a bug of a step: no cause kept)
        raise Unparsable(f"the page could not be parsed ({len(html):,} long): lexbor: {exc}") from None


# ---------------------------------------------------------------- tag ids

#: The HTML tags whose lexbor ids `TAG_NAME` holds.
_HTML_TAGS = (
    "a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption center cite "
    "code col colgroup data datalist dd del details dfn dialog dir div dl dt em embed fieldset figcaption figure "
    "font footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label "
    "legend li link main map mark menu meta meter nav noscript object ol optgroup option output p param picture "
    "pre progress q rp rt ruby s samp script section select slot small source span strong style sub summary sup "
    "svg table tbody td template textarea tfoot th thead time title tr track u ul var video wbr"
).split()


def _read_tag_ids() -> dict[int, str]:
    """lexbor's id of each of `_HTML_TAGS` (and of text, comment, doctype and document nodes), read
    off tiny parsed pages. The tags lexbor knows have fixed ids; a page's own tags (<amp-img>) get
    ids of their own, per page, and are not here."""
    names: dict[int, str] = {}
    for name in _HTML_TAGS:  # inside <svg> any tag makes an element (the HTML ones break out of it)
        page = f"<!doctype html><html><body><svg><{name}></{name}></svg><p>t<!--c--></p></body></html>"
        root = LexborHTMLParser(page).root
        if root is None or root.parent is None:
            raise ImportError("lexbor parsed a page without a root")
        for node in (root.parent, root.parent.child, *root.traverse(include_text=True)):
            if node is not None and node.tag and (node.tag == name or node.tag.startswith("-")):
                names[node.tag_id] = node.tag
    missing = set(_HTML_TAGS) - set(names.values())
    if missing:
        raise ImportError(f"lexbor gave no fixed id to {sorted(missing)}")
    return names


#: lexbor's tag id -> the name `.tag` gives. `.tag` decodes the name at every call (~200 ns), `.tag_id`
#: reads an int (~90 ns): hot loops read `TAG_NAME.get(node.tag_id) or node.tag` (the slow way for a
#: page's own tags), or test `node.tag_id` against `tag_ids(...)`.
TAG_NAME: dict[int, str] = _read_tag_ids()
_TAG_ID = {name: i for i, name in TAG_NAME.items()}
TEXT_ID = _TAG_ID["-text"]


def tag_id(name: str) -> int:
    """The id of HTML tag `name`: `node.tag_id == tag_id(name)` is `node.tag == name`."""
    try:
        return _TAG_ID[name]
    except KeyError:
        raise ValueError(f"not an HTML tag lexbor knows: {name!r}") from None


def tag_ids(names: frozenset[str] | tuple[str, ...] | set[str]) -> frozenset[int]:
    """The ids of HTML tag `names`: `node.tag_id in tag_ids(names)` is `node.tag in names`."""
    return frozenset(tag_id(n) for n in names)


#: Elements whose text is code, never shown to a reader.
CODE_TAGS = ["script", "style", "template"]


def drop_code(tree: LexborHTMLParser) -> None:
    """Remove scripts, styles and templates (with their text) from the tree, in one pass in C."""
    tree.strip_tags(CODE_TAGS)


#: Characters at the start of a page that tell markup from a plain-text dump.
SNIFF_CHARS = 5000


#: What may come before a page's first tag or a dump's first line and tells nothing: blank space and
#: comments (a saved page's "<!-- saved from url=... -->", commented-out markup), a byte order mark.
_LEADING_NOISE = re.compile(r"\ufeff?\s*(?:<!--.*?(?:-->|\Z)\s*)*", re.S)
_LEADING_NOISE_BYTES = re.compile(rb"(?:\xef\xbb\xbf)?\s*(?:<!--.*?(?:-->|\Z)\s*)*", re.S)  # (the same, in UTF-8)
#: Any tag, for a page its server calls HTML.
_ANY_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")
#: Media types of plain text: a dump, whatever it holds.
_TEXT_MEDIA = frozenset({"text/plain", "text/markdown", "text/x-markdown"})
#: Media types of HTML.
_HTML_MEDIA = frozenset({"text/html", "application/xhtml+xml"})


def looks_like_html(text: str, content_type: str | None = None) -> bool:
    """True when `text` is markup rather than a plain-text dump of a page: its first SNIFF_CHARS
    after leading blank space and comments hold HTML's tags. The HTTP `content_type` counts: a
    page served as plain text is a dump, a page served as HTML with any tag is markup."""
    media = (content_type or "").split(";", 1)[0].strip().lower()
    if media in _TEXT_MEDIA:
        return False
    start = _LEADING_NOISE.match(text).end()  # type: ignore[union-attr]  # (it matches the empty text too)
    head = text[start:start + SNIFF_CHARS]
    if media in _HTML_MEDIA and _ANY_TAG.search(head):
        return True
    return bool(_HTML_HINT.search(head)) and head.count("<") >= 2


def utf8_head(data: bytes) -> str:
    """What `looks_like_html` reads of a UTF-8 page given as bytes, decoded: its first SNIFF_CHARS
    characters after leading blank space and comments (at most 4 bytes a character; a sequence cut
    at the end changes only what comes after it)."""
    start = _LEADING_NOISE_BYTES.match(data).end()  # type: ignore[union-attr]
    return data[start:start + 4 * SNIFF_CHARS + 4].decode("utf-8", errors="replace")


def clean_text(text: str | None) -> str:
    """Collapse white space (including non-breaking spaces) to single spaces."""
    return " ".join(text.split()) if text else ""  # str.split's white space is the regex \s: all of Unicode's


#: A space before a comma or full stop that ends a word, as joining an element's inline children with
#: spaces leaves it ("<a>Mathematical Association of America</a>, MIT" -> "America , MIT").
_SPACE_BEFORE_STOP = re.compile(r" ([,.])(?= |$)")


def close_stops(text: str) -> str:
    """`text` without the space `node_text` puts before a comma or full stop that follows an inline element
    ("America , MIT Museum" -> "America, MIT Museum", "The Midcentury Kitchen ." -> "... Kitchen."); an
    ellipsis (" ...") and a name that opens with a dot (" .NET") keep theirs."""
    return _SPACE_BEFORE_STOP.sub(r"\1", text) if " ," in text or " ." in text else text


def texts(nodes: list[LexborNode]) -> list[str]:
    """`[n.text(deep=True) for n in nodes]`: by the compiled walk in one call when there is one (`accel.texts`:
    no text object nor callback for each node, ~2k instructions a node less), else by selectolax."""
    return accel.texts(nodes) if accel.texts is not None else [n.text(deep=True) for n in nodes]


def folded_text(node: LexborNode) -> bytes:
    """`node.text(deep=True).encode().lower()`: read in C when the compiled walks are at hand (no str between)."""
    got = accel.folded_text(node) if accel.folded_text is not None else None
    return node.text(deep=True).encode().lower() if got is None else got


def joined_text(node: LexborNode, separator: str = "") -> str:
    """`node.text(deep=True, separator=separator)`: read in C when the compiled walks are at hand (the text nodes'
    bytes joined once, where selectolax grows a buffer at each)."""
    got = accel.joined_text(node, separator.encode()) if accel.joined_text is not None else None
    return node.text(deep=True, separator=separator) if got is None else got


def node_text(node: LexborNode | None, raw_limit: int | None = None) -> str:
    """The visible text of a node, white space collapsed; with `raw_limit`, of its first `raw_limit`
    characters (white space included, leading white space not) when it holds more: a bound on what a
    caller reads of an element that may hold a whole page's text."""
    if node is None:
        return ""
    raw = joined_text(node, " ")
    if raw_limit is not None and len(raw) > raw_limit:
        raw = raw.strip()[:raw_limit]
    return clean_text(raw)


def attr(node: LexborNode | None, name: str) -> str | None:
    """An attribute value, stripped, or None when missing or empty."""
    if node is None:
        return None
    return stripped(node.attributes.get(name))


def stripped(value: object) -> str | None:
    """An attribute value stripped; None when missing or empty."""
    value = value.strip() if isinstance(value, str) else None
    return value or None


# ---------------------------------------------------------------- class and id words of one node

#: Every byte but a-z and 0-9 -> a space: `text.encode().translate(ALNUM_RUNS).decode().split()` is
#: `[w for w in re.split("[^a-z0-9]+", text) if w]` (each byte of a non-ASCII character is >= 0x80, so it
#: separates, as `[^a-z0-9]` does), without a regex: bytes.translate is a C table lookup.
ALNUM_RUNS = bytes(c if 97 <= c <= 122 or 48 <= c <= 57 else 32 for c in range(256))
_NO_TOKENS: frozenset[str] = frozenset()


_c_class_and_id = accel.class_and_id


def class_and_id(node: LexborNode) -> str:
    """A node's class and id attributes as one string ("" for neither, or for a node that is not
    an element). (Read in C when the compiled walks are at hand: no dict of all its attributes.)"""
    got = _c_class_and_id(node) if _c_class_and_id is not None else None
    if got is not None:
        return got
    try:
        values = node.attributes  # one dict for both look-ups: cheaper than `attrs` and `id`
    except TypeError:  # not an element (text, comment, document)
        return ""
    cls, ident = values.get("class"), values.get("id")
    if cls and ident:
        return f"{cls} {ident}"
    return cls or ident or ""


#: WordPress's post class ("post-12 post type-post status-publish format-standard hentry category-news
#: tag-sponsored-content internal_cat-paid"): `get_post_class()` writes `type-<post type>` then
#: `status-<status>`, and after them the post's terms as `<taxonomy>-<slug>`.
_WP_POST_CLASS = re.compile(r"(?<!\S)type-\S+\s+status-\S+", re.I)
#: A term token after the post class: a category's, a tag's (`post_tag` writes "tag-"), or one of a taxonomy
#: named in snake case as WordPress names them ("post_format", "internal_cat"); group 1 is the taxonomy.
_WP_TERM = re.compile(r"(?<!\S)(category|tag|[a-z0-9]+_[a-z0-9_]+)-\S+", re.I)


#: Drupal's field class ("field field--name-body field--type-text-with-summary"; Drupal 7 "field-type-..."):
#: the type token names the field's data type (text, text-with-summary, image, entity-reference), never its
#: layout; the slug after "type-" is cut ("text-with-summary" is the article's body text, no summary box).
_FIELD_TYPE = re.compile(r"(?<!\S)(field-{1,2}type)-\S+", re.I)


def without_term_slugs(value: str) -> str:
    """A class value with the slugs of WordPress's term tokens cut to their taxonomy ("category-sponsored-post"
    -> "category"): a slug names the post's subject, never its layout (a post filed under "Sponsored" or
    tagged "sharing" is no ad and no share bar). Only in a value holding the post class's `type-` and
    `status-` tokens, after them: elsewhere "tag-cloud" and "category-title" are layout names. Drupal's field
    type tokens are cut the same way ("field--type-text-with-summary" -> "field--type": a data type)."""
    if "type-" in value and "field" in value:
        value = _FIELD_TYPE.sub(r"\1", value)
    if "status-" not in value:
        return value
    m = _WP_POST_CLASS.search(value)
    if m is None:
        return value
    return value[:m.end()] + _WP_TERM.sub(r"\1", value[m.end():])


@text_cache(maxsize=8192)
def _tokens_of(raw: str) -> frozenset[str]:
    out: set[str] = set()
    for part in without_term_slugs(raw.lower()).split():
        words = part.encode().translate(ALNUM_RUNS).decode().split()
        out.update(words)
        out.update(f"{x}-{y}" for x, y in zip(words, words[1:]))
        if len(words) > 1:
            out.add("-".join(words))
    return frozenset(out)


def class_tokens(node: LexborNode) -> frozenset[str]:
    """The words of a node's class and id, lower case, plus each adjacent pair joined by "-"
    ("c-related-list" -> {"c", "related", "list", "c-related", "related-list", "c-related-list"})."""
    raw = class_and_id(node)
    return _tokens_of(raw) if raw else _NO_TOKENS


@text_cache(maxsize=16384)
def names_any(raw: str, tokens: ClassTokens) -> bool:
    """True when the class/id string `raw` holds one of `tokens` (see `class_tokens`): most strings
    fail the cheap `prefilter` and their exact tokens are never computed. Cached: the same
    ancestors are looked at again for each node below them."""
    return bool(tokens.prefilter.search(raw.lower())) and not tokens.tokens.isdisjoint(_tokens_of(raw))


_BODY_ID, _HTML_ID = _TAG_ID["body"], _TAG_ID["html"]


@lru_cache(maxsize=64)
def _tag_table(tags: tuple[str, ...]) -> bytes | None:
    """`tags` as `accel.ancestor_names` reads them: a byte by tag id, 1 for each of them; None when one is not a tag
    lexbor gives a fixed id (a page's own tag: the Python walk compares names)."""
    ids = [_TAG_ID.get(t) for t in tags]
    table = bytearray(max((i for i in ids if i is not None), default=0) + 1)
    for i in ids:
        if i is None:
            return None
        table[i] = 1
    return bytes(table)


def has_ancestor(node: LexborNode, tokens: ClassTokens | None = None, tags: tuple[str, ...] = (), depth: int = 14,
                 stop: LexborNode | None = None) -> bool:
    """True when `node` or one of its `depth` nearest ancestors (below <body>, and up to `stop`)
    carries one of `tokens` in its class/id, or is one of `tags`. (The walk up by the compiled walks when they
    are used: a node's class and id read there, not from its attribute dict; the token test stays this one.)"""
    table = _tag_table(tags) if accel.ancestor_names is not None else None
    if table is not None and accel.ancestor_names is not None:
        got = accel.ancestor_names(node, table, _BODY_ID, _HTML_ID, depth, stop, tokens is not None)
        if got is True:
            return True
        if isinstance(got, list):
            return tokens is not None and any(names_any(raw, tokens) for raw in got)
    n: LexborNode | None = node
    stop_id = stop.mem_id if stop is not None else None
    while n is not None and depth > 0:
        tag = TAG_NAME.get(n.tag_id) or n.tag
        if tag == "body" or tag == "html" or (stop_id is not None and n.mem_id == stop_id):
            break
        if tag in tags:
            return True
        if tokens is not None:
            raw = class_and_id(n)
            if raw and names_any(raw, tokens):
                return True
        n = n.parent
        depth -= 1
    return False


_HIDING_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def is_hidden(node: LexborNode, depth: int = 8) -> bool:
    """True when `node` or one of its `depth` nearest ancestors (below <body>) is hidden from a reader:
    a `hidden` attribute, a style of `display: none` / `visibility: hidden`, a CSS framework's hiding
    class ("d-none")."""
    n: LexborNode | None = node
    while n is not None and depth > 0:
        tag = TAG_NAME.get(n.tag_id) or n.tag
        if tag == "body" or tag == "html":
            break
        try:
            values = n.attributes
        except TypeError:  # not an element
            values = {}
        if "hidden" in values:
            return True
        style = values.get("style")
        if style and _HIDING_STYLE.search(style):
            return True
        cls = values.get("class")
        if cls and not HIDING_CLASSES.isdisjoint(cls.split()):
            return True
        n = n.parent
        depth -= 1
    return False


def is_within(node: LexborNode, ancestor: LexborNode, depth: int) -> bool:
    """True when `ancestor` is `node` or one of its `depth - 1` nearest ancestors."""
    target = ancestor.mem_id
    n: LexborNode | None = node
    while n is not None and depth > 0:
        if n.mem_id == target:
            return True
        n, depth = n.parent, depth - 1
    return False

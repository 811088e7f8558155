"""The page's index: its class, id, itemprop and rel values, read once, to leave out of a selector
the alternatives that cannot match on the page before lexbor runs them.

Each alternative of a selector list costs lexbor a pass over the tree. An alternative that
needs a class or id word no element carries cannot match: `PageIndex.css` leaves it out, and
asks a `[class*=x]` that one class token of the page holds as that token. The same passes read
the page's `<meta>` attributes and the text of its JSON-LD scripts.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ahocorasick_rs import AhoCorasick
from selectolax.lexbor import LexborHTMLParser, LexborNode

from . import accel
from .dom import TAG_NAME

_ALTERNATIVE = re.compile(r",\s*(?![^()]*\))")  # the commas between a selector list's alternatives
_PARENS = re.compile(r"\([^()]*\)")
# [class*=x], [id^="x"], ...: group 1 the attribute, group 2 the value (a value with a flag, "x" i, is not read)
_CLASS_ATTR = re.compile(r"\[\s*(class|id)\s*[~^$*|]?=\s*[\"']?([^\"'\]\s]+)[\"']?\s*\]")
_ANY_ATTR = re.compile(r"\[[^\]]*\]")
_CLASS_DOT = re.compile(r"\.(-?[_a-zA-Z][\w-]*)")
# attributes many pages never use, and their values: [itemprop="author"], [rel] (group 2: the value, if any)
_GATED_ATTR = re.compile(r"\[\s*(itemprop|rel)\b(?:\s*[~^$*|]?=\s*[\"']?([^\"'\]\s]+)[\"']?\s*\])?")

#: What an alternative needs of the page, as (where, word): "class" / "id" (that attribute of some element
#: holds `word`, case-sensitive: lexbor's attribute selectors are), "class-any-case" (`.x`, which a page
#: in quirks mode matches in any case: `word` is lower case), "itemprop" / "rel" (some element carries
#: that attribute, with `word`, lower case, in its value; "" for any value).
Need = tuple[str, str]


@lru_cache(maxsize=512)
def _alternatives(selector: str) -> tuple[tuple[tuple[str, tuple[Need, ...]], ...], tuple[Need, ...], frozenset[str]]:
    """Each alternative of a selector list with what the page must hold for it to match (see `Need`),
    read outside any `:not(...)`/`:has(...)`. Then all those needs, once each, and their words."""
    out = []
    for alt in _ALTERNATIVE.split(selector):
        alt = alt.strip()
        bare, prev = alt, None
        while bare != prev:
            prev, bare = bare, _PARENS.sub("", bare)
        needs = {(m.group(1), m.group(2)) for m in _CLASS_ATTR.finditer(bare)}
        needs.update(("class-any-case", m.group(1).lower()) for m in _CLASS_DOT.finditer(_ANY_ATTR.sub("", bare)))
        needs.update((m.group(1), (m.group(2) or "").lower()) for m in _GATED_ATTR.finditer(bare))
        out.append((alt, tuple(sorted(needs))))
    words = frozenset(w for _, needs in out for _, w in needs)
    _learn(words | set(_CLASS_CONTAINS.findall(selector)))
    return tuple(out), tuple(sorted({w for _, needs in out for w in needs})), words


#: The words the selectors have looked for so far (`Need` words and `[class*=x]` values), an
#: Aho-Corasick automaton over them and the lower case of each (one scan of each of a page's name
#: texts tells which of them it holds, where a search per word cost ~1 us each: a hundred a page),
#: and each lower case's words when all are ASCII (the class text is not scanned itself: a word
#: stands in it only where its lower case stands in the lower-case class text, which is scanned
#: anyway; None: scan it). A cache shared by all pages, replaced whole when a new selector brings
#: new words: a reader in another thread holds the old tuple or the new one; a page scanned before
#: a word was learned looks for that word the slow way.
Scanner = tuple[frozenset[str], tuple[str, ...], AhoCorasick | None, dict[str, tuple[str, ...]] | None]
_SCANNER: Scanner = (frozenset(("",)), (), None, {})


def _learn(words: set[str] | frozenset[str]) -> None:
    global _SCANNER
    known = _SCANNER[0]
    if words <= known:
        return
    known = known | words
    learned = [w for w in known if w]  # (an automaton takes no empty word)
    cased: dict[str, list[str]] = {}
    for w in learned:
        cased.setdefault(w.lower(), []).append(w)
    ordered = tuple(sorted(set(learned) | set(cased)))
    lower_cases = {low: tuple(sorted(ws)) for low, ws in cased.items()} if all(w.isascii() for w in learned) else None
    _SCANNER = (known, ordered, AhoCorasick(list(ordered)), lower_cases)  # standard: every overlapping match


# [class*=x] (x, its value, in group 1; not one with a flag)
_CLASS_CONTAINS = re.compile(r"\[\s*class\s*\*=\s*[\"']?([^\"'\]\s]+)[\"']?\s*\]")
# white space that str.split() splits class values at and HTML does not (HTML splits at " \t\n\f\r")
_ODD_SPACE = ("\x0b", "\x1c", "\x1d", "\x1e", "\x1f")
# what a class token may hold to be written in a selector's quotes
_SAFE_TOKEN = re.compile(r"[\w:./@%+-]+", re.ASCII)

LD_JSON = "application/ld+json"
_LD_JSON_SCRIPTS = f'script[type="{LD_JSON}"]'


class PageIndex:
    """The class, id, itemprop and rel values of a parsed page, one selection each; also its <meta>
    attributes, h1 elements and JSON-LD scripts' text (read before the page's scripts are dropped).

    Each alternative of a selector list costs lexbor a pass over the tree (and each alternative
    in a pass costs a share of one); an alternative that needs a class or id word no element
    carries cannot match, and `css` leaves it out. Class and id are looked at apart, and in
    their own case (lexbor's `[class*=x]` is case-sensitive), so few alternatives that cannot
    match are left in. A `[class*=x]` that only one class token of the page holds is asked as
    that token (`_as_tokens`). Read before the tree is pruned, the names stay a superset of what
    the pruned tree holds, so the same object serves every later step."""

    __slots__ = ("texts", "metas", "ld_json", "h1s", "_tokens", "_class_text", "_kept", "_known", "_present")

    def __init__(self, tree: LexborHTMLParser) -> None:
        classes, self._tokens, ids, props, rels, metas, ld_json, h1s = page_names(tree)
        #: the attributes of each <meta>, in page order (the metadata step reads them)
        self.metas: list[dict[str, str | None]] = metas
        #: the text of each JSON-LD script, when read before the page's scripts are dropped
        self.ld_json: list[str] = ld_json
        #: the page's h1 elements in page order, for the metadata step (headline, the date beside it). Dropping
        #: the page's code removes none (no selector finds an element inside a script, style or template);
        #: a later step that removes nodes may free them, so no step after the metadata reads them.
        self.h1s: list[LexborNode] = h1s
        # the words, once each, one a line: a class word (no white space in it) lies within one of them
        self.texts: dict[str, str | None] = {"class": classes, "id": ids, "class-any-case": classes.lower(),
                                             "itemprop": props, "rel": rels}
        self._class_text = classes  # (texts["class"], typed: a page always has one, "" for no class)
        self._kept: dict[str, str] = {}
        self._known: frozenset[str] = frozenset()  # the words the scan looked for (`_scan`)
        self._present: set[Need] | None = None  # the needs the page holds, of those words

    def selector(self, selector: str) -> str:
        """`selector` without the alternatives that cannot match on this page ("" when none can)."""
        kept = self._kept.get(selector)
        if kept is None:
            alts, needs, words = _alternatives(selector)
            present = self._present if self._present is not None else self._scan()
            if words <= self._known:
                # which alternatives are left depends only on which of the selector's needs the page holds:
                # pages that hold the same ones share the result (a long list costs ~40k instructions a page)
                key = (selector, frozenset(present.intersection(needs)))
                kept = _PRUNED.get(key)
                if kept is None:
                    kept = _pruned(selector, alts, set(needs).difference(present))
                    if len(_PRUNED) >= _PRUNED_MAX:
                        _PRUNED.clear()  # (bounded: a few hundred pages' worth of combinations)
                    _PRUNED[key] = kept
            else:  # words learned after this page was scanned (or lost to a race between two threads learning)
                absent = {n for n in needs if not (n in present if n[1] in self._known else self._holds(n))}
                _learn(words)  # (a no-op when they are known by now: the next page's scan covers them)
                kept = _pruned(selector, alts, absent)
            # (for lexbor alone: the compiled walk scans class values fast, and a selector written the same on
            # every page keeps one compiled plan; a page's own token would build one a page)
            if self._tokens and "[class*=" in kept and accel.select is None:
                kept = _CLASS_CONTAINS.sub(self._as_tokens, kept)
            self._kept[selector] = kept
        return kept

    def _scan(self) -> set[Need]:
        """The needs of every learned word that the page holds, from one scan of each name text (the
        class text's read off the lower-case one's: an ASCII word stands in a text only where its lower
        case stands in the text's lower case, and a C search of the class text tells)."""
        known, _, scanner, lower_cases = _SCANNER
        present: set[Need] = set()
        for where, text in self.texts.items():
            if text is None:
                continue
            present.add((where, ""))  # (an attribute any element carries: "" is in its text)
            if scanner is None or (where == "class" and lower_cases is not None):
                continue
            present.update((where, w) for w in scanner.find_matches_as_strings(text, overlapping=True))
        if scanner is not None and lower_cases is not None:
            classes = self._class_text
            lows = [w for where, w in present if where == "class-any-case"]
            present.update(("class", w) for low in lows for w in lower_cases.get(low, ()) if w in classes)
        self._known, self._present = known, present
        return present

    def _as_tokens(self, m: re.Match[str]) -> str:
        """[class*=x] as `[class~="t"]` when t is the one class token of the page that holds x: the
        same elements (x, without space, stands within a token; the tokens were read before any
        pruning), and lexbor compares whole tokens instead of x at every offset of each class value.
        (With two tokens or more, `:is(...)` of them costs lexbor more than the substring test.)"""
        part, text = m.group(1), self._class_text
        at = text.find(part)  # (the first place: none stands before the token that holds it)
        if at < 0:
            return m.group(0)
        start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
        end = len(text) if end < 0 else end
        token = text[start:end]
        if text.find(part, end) >= 0 or not _SAFE_TOKEN.fullmatch(token):
            return m.group(0)
        return f'[class~="{token}"]'

    def _holds(self, need: Need) -> bool:
        """Whether the page holds `need`, by a search of its text (a word the scan did not know)."""
        where, word = need
        text = self.texts[where]
        return text is not None and word in text

    def css(self, root: LexborHTMLParser | LexborNode, selector: str) -> list[LexborNode]:
        """`root.css(selector)`, same nodes, in fewer passes."""
        selector = self.selector(selector)
        return css(root, selector) if selector else []

    def css_first(self, root: LexborHTMLParser | LexborNode, selector: str) -> LexborNode | None:
        """`root.css_first(selector)`, same node."""
        selector = self.selector(selector)
        return css_first(root, selector) if selector else None


#: What `PageIndex` reads of a page: its class words (one a line), whether they are its class tokens as
#: HTML splits them (ASCII, no odd white space), its id words, its itemprop and rel values (lower case, one
#: a line; None: no element carries the attribute), the attributes of each <meta>, the text of each JSON-LD
#: script, its h1 elements.
PageNames = tuple[str, bool, str, str | None, str | None, list[dict[str, str | None]], list[str], list[LexborNode]]


def page_names(tree: LexborHTMLParser) -> PageNames:
    """What `PageIndex` reads of `tree`: by the compiled walk when there is one (`accel`), else by
    `python_page_names`; the same either way."""
    got = accel.page_names(tree) if accel.page_names is not None else None
    if got is None:
        return python_page_names(tree)
    classes, tokens, ids, props, rels, metas, ld_json, h1s = got
    # a field the walk hands back as a list holds a non-ASCII value: its text is built here, as before
    if isinstance(classes, list):
        values = " ".join(filter(None, set(classes)))
        classes, tokens = _words_text([values]), _class_tokens(values)
    if isinstance(ids, list):
        ids = _words_text(ids)
    if isinstance(props, list):
        props = _attr_values(props)
    if isinstance(rels, list):
        rels = _attr_values(rels)
    return classes, tokens, ids, props, rels, metas, ld_json, h1s


def python_page_names(tree: LexborHTMLParser) -> PageNames:
    """`page_names` in Python: a selection for each attribute (reading that attribute alone: an attribute dict
    for each element of a shared selection cost more than the passes; links carry rel, and many attributes
    besides)."""
    values = " ".join(filter(None, {node.attrs["class"] for node in tree.css("[class]")}))  # (None: no value)
    ids = [node.id for node in tree.css("[id]")]  # (`id` reads the one attribute)
    props = [node.attrs["itemprop"] or "" for node in tree.css("[itemprop]")]  # (no value: None)
    rels = [node.attrs["rel"] or "" for node in tree.css("[rel]")]
    # (`tags` walks the tree comparing names, a third of what a selector costs)
    metas: list[dict[str, str | None]] = [node.attributes for node in tree.tags("meta")]
    ld_json = [node.text(deep=True) for node in tree.css(_LD_JSON_SCRIPTS)
               if (node.attrs.get("type") or "").lower() == LD_JSON]  # (lexbor: any case)
    return (_words_text([values]), _class_tokens(values), _words_text(ids), _attr_values(props), _attr_values(rels),
            metas, ld_json, tree.tags("h1"))


def _class_tokens(values: str) -> bool:
    """Whether the words of the class values `values` are the page's class tokens as HTML splits them."""
    return values.isascii() and not any(c in values for c in _ODD_SPACE)


#: `PageIndex.selector`'s alternatives left for a selector on a page that holds some of its needs:
#: (selector, the needs held) -> the selector without the other alternatives (shared by all pages).
_PRUNED: dict[tuple[str, frozenset[Need]], str] = {}
_PRUNED_MAX = 4096


def _pruned(selector: str, alts: tuple[tuple[str, tuple[Need, ...]], ...], absent: set[Need]) -> str:
    """`selector` without its alternatives (`alts`, as `_alternatives` reads them) that need one of `absent`."""
    ok = [alt for alt, alt_needs in alts if absent.isdisjoint(alt_needs)]
    return selector if len(ok) == len(alts) else ", ".join(ok)


def _attr_values(values: list[str]) -> str | None:
    """The distinct values of an attribute, lower case, one a line; None when no element carries it."""
    return "\n".join(set(values)).lower() if values else None


def _words_text(values: list[str | None]) -> str:
    """The white-space separated words of `values`, once each, one a line."""
    # (repeated values dropped first: most elements share their class string with others)
    return "\n".join(set(" ".join(filter(None, set(values))).split()))  # set and filter: no Python loop


# ---------------------------------------------------------------- selections in one compiled walk

#: lexbor's selector engine costs each alternative of a list a test of every element (`[class*=x]` a
#: memcmp at each offset of each class value): `select` matches the alternatives that are one compound of
#: simple tests (a tag, `.x`, `[a]`, `[a=v]`, `[a~=v]`, `[a*=v]`, `[a^=v]`, `[a$=v]`, `:not(tag)`,
#: `:has(tag[a])`; two such compounds with a descendant combinator, `A B`, or a chain of adjacent siblings,
#: `A + B + C`) in one walk of the compiled module (`accel.select`: one look at each element's
#: attributes, each value scanned once for all its substrings), and leaves the others to lexbor, whose nodes
#: it merges in. The same nodes, in the same order, as many times (lexbor lists a node once for each
#: alternative it matches); without the compiled module `PageIndex.css` asks lexbor for all.

#: Attributes whose value lexbor compares in any case on an HTML element (the HTML 4 list of
#: lxb_selectors_match_attribute_html_case_insensitive): a test of one is left to lexbor.
_ANY_CASE_ATTRS = frozenset((
    "accept accept-charset align alink axis bgcolor charset checked clear codetype color compact declare defer dir "
    "direction disabled enctype face frame hreflang http-equiv lang language link media method multiple nohref "
    "noresize noshade nowrap readonly rel rev rules scope scrolling selected shape target text type valign "
    "valuetype vlink").split())
_TAG_IDS = {name: i for i, name in TAG_NAME.items() if not name.startswith("-")}
_SIMPLE_TAG = re.compile(r"[a-z][a-z0-9]*", re.ASCII)
# one simple test: .class | [attr] | [attr op value] | :not(tag) | :has(tag) | :has(tag[attr])
_SIMPLE_TEST = re.compile(
    r"""\.(-?[_a-zA-Z][\w-]*)"""
    r"""|\[\s*([a-z][a-z0-9_-]*)\s*(?:([~*^$]?=)\s*(?:"([^"\\]+)"|'([^'\\]+)'|(-?[_a-zA-Z][\w-]*))\s*)?\]"""
    r"""|:not\(\s*([a-z][a-z0-9]*)\s*\)"""
    r"""|:has\(\s*([a-z][a-z0-9]*)(?:\[\s*([a-z][a-z0-9_-]*)\s*\])?\s*\)""", re.ASCII)
_OPS = {None: 0, "=": 1, "~=": 2, "*=": 3, "^=": 4, "$=": 5}  # (`_cwalk`'s test numbers; 6: a class)
_CLASS_TEST = 6

#: One alternative as `_cwalk.Matcher` reads it: (tag id, `:not` tag id, `:has` tag id, `:has` attribute,
#: tests, link), a test (op, attribute name, value); 0 for no tag; the link None, or (0, the compound an
#: ancestor must match) or (1, the compound the previous element sibling must match).
Compound = tuple[int, int, int, bytes | None, list[tuple[int, bytes, bytes]], "tuple[int, Compound] | None"]
_DESCENDANT_LINK, _ADJACENT_LINK = 0, 1
# the white space between two compounds (`A B`), not in a [...] or a (...)
_DESCENDANT = re.compile(r"\s+(?![^\[]*\])(?![^(]*\))")


def compound(alt: str) -> Compound | None:
    """The alternative `alt` as `accel.select` matches it (one compound, two with a descendant combinator
    between them: `.byline a`, or a chain of adjacent siblings: `img + br + em`); None for one it leaves to
    lexbor."""
    parts = _DESCENDANT.split(alt.strip())
    if len(parts) == 1:
        return _simple(parts[0])
    if len(parts) == 2:
        above, subject = _simple(parts[0]), _simple(parts[1])
        if above is not None and subject is not None:
            return (*subject[:5], (_DESCENDANT_LINK, above))
        return None
    if len(parts) % 2 == 0 or any(p != "+" for p in parts[1::2]):
        return None
    chain: Compound | None = None
    for part in parts[0::2]:
        c = _simple(part)
        if c is None:
            return None
        chain = (*c[:5], None if chain is None else (_ADJACENT_LINK, chain))
    return chain


def _simple(alt: str) -> Compound | None:
    """One compound as `compound` reads it; None for one it leaves to lexbor."""
    tag = not_tag = has_tag = 0
    has_attr: bytes | None = None
    tests: list[tuple[int, bytes, bytes]] = []
    m = _SIMPLE_TAG.match(alt)
    if m is not None:
        if m.group() not in _TAG_IDS:
            return None
        tag, pos = _TAG_IDS[m.group()], m.end()
    else:
        pos = 0
    if pos == len(alt) and not tag:
        return None
    while pos < len(alt):
        m = _SIMPLE_TEST.match(alt, pos)
        if m is None:
            return None
        pos = m.end()
        cls, name, op, v1, v2, v3, not_name, has_name, has_name_attr = m.groups()
        if cls is not None:
            tests.append((_CLASS_TEST, b"", cls.encode()))
        elif name is not None:
            if name in _ANY_CASE_ATTRS:
                return None
            value = v1 if v1 is not None else v2 if v2 is not None else v3
            tests.append((_OPS[op], name.encode(), (value or "").encode()))
        elif not_name is not None:
            if not_tag or not_name not in _TAG_IDS:
                return None
            not_tag = _TAG_IDS[not_name]
        else:
            if has_tag or has_name not in _TAG_IDS or has_name_attr in _ANY_CASE_ATTRS:
                return None
            has_tag, has_attr = _TAG_IDS[has_name], has_name_attr.encode() if has_name_attr else None
    return tag, not_tag, has_tag, has_attr, tests, None


# a custom element's name (`amp-img`): lexbor gives it an id per document, which a compiled matcher cannot hold
_CUSTOM_TAG = re.compile(r"[a-z][a-z0-9]*-[a-z0-9-]*", re.ASCII)


@lru_cache(maxsize=4096)
def _plan(selector: str) -> tuple[object, str, tuple[bytes, ...]]:
    """The compiled matcher of `selector`'s compound alternatives (None when it has none), its other
    alternatives as a selector for lexbor ("" when none), and the names of those when each is a custom
    element's bare tag (() when not): on a page without that tag lexbor is not asked."""
    spec, others = [], []
    for alt in _ALTERNATIVE.split(selector):
        alt = alt.strip()
        c = compound(alt)
        if c is None:
            others.append(alt)
        else:
            spec.append(c)
    matcher = accel.matcher(spec) if spec and accel.matcher is not None else None
    tags = tuple(alt.encode() for alt in others) if all(_CUSTOM_TAG.fullmatch(alt) for alt in others) else ()
    return matcher, ", ".join(others), tags


def select(root: LexborHTMLParser | LexborNode, selector: str, first: bool = False) -> list[LexborNode] | None:
    """`root.css(selector)` by the compiled walk (`[root.css_first(selector)]` or [] with `first`); None when
    it does not read `root` or `selector` (then lexbor is asked)."""
    matcher, others, tags = _plan(selector)
    if matcher is None or accel.select is None:
        return None
    node = root.root if isinstance(root, LexborHTMLParser) else root
    if node is None:
        return []
    if not others or tags and accel.has_tags is not None and accel.has_tags(node, tags) is False:
        found: list[LexborNode] = []
    elif first:
        one = node.css_first(others)
        found = [one] if one is not None else []
    else:
        found = node.css(others)
    return accel.select(node, matcher, found, first)


def css(root: LexborHTMLParser | LexborNode, selector: str) -> list[LexborNode]:
    """`root.css(selector)`: by the compiled walk when it reads them (no selector parsed at each call: ~17k
    instructions, more than a small subtree's walk), else by lexbor."""
    got = select(root, selector) if accel.select is not None else None
    return root.css(selector) if got is None else got


def css_first(root: LexborHTMLParser | LexborNode, selector: str) -> LexborNode | None:
    """`root.css_first(selector)`, the same way."""
    got = select(root, selector, first=True) if accel.select is not None else None
    if got is None:
        return root.css_first(selector)
    return got[0] if got else None

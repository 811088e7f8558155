"""Markup nested deeper than any page needs, flattened before lexbor parses it.

lexbor walks its stack of open elements at each block tag (a <p> to close, a scope to check): a
page of 30,000 nested <div>s or <figure>s takes it minutes (quadratic), and the steps that walk
the tree recursively would run out of stack on a few hundred. `flatten` reads the page's tags in
one pass, nests them as the HTML parser would (closely enough: see `_changes`), and where a tag
would open an element deeper than MAX_DEPTH, it closes the current one first (as browsers do past
their limit): the deep part loses its nesting, not its elements or text, and the article around
it is read as before. (Real pages nest 15 elements deep, 35 at most among the dev pages; libxml2
stops at 256.)
"""
from __future__ import annotations

import re

__all__ = ["MAX_DEPTH", "angle_brackets", "flatten"]

#: Open elements a page keeps; a tag that would open one more closes the current one first.
MAX_DEPTH = 256

#: A tag's attributes: a value quoted after "=" may hold ">" and "<" (possessive and unrolled: linear).
_ATTRIBUTES = rb"[^>=]*+(?:=\s*+(?:\"[^\"]*+\"|'[^']*+'|[^\s>]*+)[^>=]*+)*+"
# One token: a comment (also the empty "<!-->" and "<!--->"; "--!>" ends one too), a doctype or bogus
# comment ("<!doctype ...>", "<!x ...>", "<?x ...>", "</3 ...>": to the first ">", tags in it are none), a
# raw-text element whole (its text holds no tags: script, style, textarea, title ...; plaintext to the
# end), or a start or end tag. Groups: the raw-text element's name, "/" for an end tag, the tag's name, its
# attributes (ending in "/" for "<x/>"); a comment, doctype or raw-text element has no tag name.
_TOKEN = re.compile(
    rb"<!--(?:-?>|[^-]*+(?:-(?!-!?>)[^-]*+)*+(?:--!?>)?)"
    rb"|<(?:[!?]|/(?![a-zA-Z>]))[^>]*+>?"
    rb"|<(script|style|textarea|title|xmp|iframe|noembed|noframes)(?=[\s/>])(?:" + _ATTRIBUTES + rb">)?"
    rb"[^<]*+(?:<(?!/\1[\s/>])[^<]*+)*+(?:</\1[^>]*+>?)?"
    rb"|<plaintext(?=[\s/>]).*\Z"
    rb"|<(/?)([a-zA-Z][^\s/>]*+)(" + _ATTRIBUTES + rb")>?",
    re.S | re.I)

_VOID = frozenset(b"area base basefont bgsound br col embed frame hr image img input keygen link meta param "
                  b"source track wbr".split())
_IGNORED = frozenset(b"html head body frameset".split())  # (merged into the one there is)
#: The HTML parser's "special" elements: a stray end tag stops at one.
_SPECIAL = frozenset(
    b"address applet area article aside base basefont bgsound blockquote body br button caption center col "
    b"colgroup dd details dir div dl dt embed fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 "
    b"h5 h6 head header hgroup hr html iframe img input keygen li link listing main marquee menu meta nav "
    b"noembed noframes noscript object ol p param plaintext pre script search section select source style "
    b"summary table tbody td template textarea tfoot th thead title tr track ul wbr xmp "
    b"foreignobject desc mi mo mn ms mtext annotation-xml".split())
#: Scope boundaries: an end tag does not close an element below one.
_SCOPE = frozenset(b"applet caption html table td th marquee object template foreignobject desc mi mo mn ms "
                   b"mtext annotation-xml".split())
#: Start tags that close an open <p> first.
_CLOSES_P = frozenset(
    b"address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer "
    b"header hgroup main menu nav ol p search section summary ul h1 h2 h3 h4 h5 h6 pre listing form table xmp "
    b"plaintext hr".split())
_HEADINGS = frozenset(b"h1 h2 h3 h4 h5 h6".split())
_FOREIGN = frozenset((b"svg", b"math"))
#: HTML start tags that end an <svg> or <math> they stand in.
_BREAKOUT = frozenset(
    b"b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr i img li listing "
    b"menu meta nobr ol p pre ruby s small span strong strike sub sup table tt u ul var".split())
#: Start tags that close the nearest open element of their group, unless one of `until` stands between.
_SIBLINGS: dict[bytes, tuple[frozenset[bytes], frozenset[bytes]]] = {
    b"li": (frozenset((b"li",)), frozenset((b"ul", b"ol", b"menu"))),
    b"dt": (frozenset((b"dt", b"dd")), frozenset((b"dl",))),
    b"dd": (frozenset((b"dt", b"dd")), frozenset((b"dl",))),
    b"tr": (frozenset((b"tr",)), frozenset((b"table",))),
    b"td": (frozenset((b"td", b"th")), frozenset((b"tr", b"table"))),
    b"th": (frozenset((b"td", b"th")), frozenset((b"tr", b"table"))),
    b"tbody": (frozenset((b"tbody", b"thead", b"tfoot")), frozenset((b"table",))),
    b"thead": (frozenset((b"tbody", b"thead", b"tfoot")), frozenset((b"table",))),
    b"tfoot": (frozenset((b"tbody", b"thead", b"tfoot")), frozenset((b"table",))),
    b"option": (frozenset((b"option",)), frozenset((b"select", b"datalist", b"optgroup"))),
    b"optgroup": (frozenset((b"option", b"optgroup")), frozenset((b"select",))),
    b"button": (frozenset((b"button",)), frozenset()),
    b"rb": (frozenset((b"rb", b"rt", b"rp", b"rtc")), frozenset((b"ruby",))),
    b"rt": (frozenset((b"rb", b"rt", b"rp")), frozenset((b"ruby", b"rtc"))),
    b"rp": (frozenset((b"rb", b"rt", b"rp")), frozenset((b"ruby", b"rtc"))),
    b"rtc": (frozenset((b"rb", b"rt", b"rp", b"rtc")), frozenset((b"ruby",))),
}
#: Formatting elements that a second one closes, when no special element was opened inside the first
#: (else the parser moves things about, and nests as deep).
_FORMATTING_SIBLINGS = frozenset((b"a", b"nobr"))
_P_UNTIL = frozenset((b"button",))
#: A table's parts, whose end tags close them unless a table or template stands between.
_TABLE_PARTS = frozenset(b"table caption colgroup tbody thead tfoot tr td th".split())
_TABLE_SCOPE = frozenset((b"table", b"template"))
_END_UNTIL: dict[bytes, frozenset[bytes]] = {b"p": _P_UNTIL, b"li": frozenset((b"ul", b"ol")),
                                             b"dd": frozenset((b"dl",)), b"dt": frozenset((b"dl",))}


#: Start tags that need more than a push.
_CHECKED = _VOID | _IGNORED | _CLOSES_P | _HEADINGS | frozenset(_SIBLINGS) | _FORMATTING_SIBLINGS \
    | frozenset((b"tr", b"td", b"th"))
_TABLE = frozenset((b"table",))
_SECTIONS = frozenset((b"tbody", b"thead", b"tfoot"))
_ROW = frozenset((b"tr",))
#: Start tags whose search for an open element of their group stops at a special element other than these
#: (the HTML parser's "li", "dd" and "dt" steps: a heading or a section between keeps the earlier item open).
_ITEMS = frozenset((b"li", b"dd", b"dt"))
_ITEM_PASSES = frozenset((b"address", b"div", b"p"))
_IS_SPECIAL, _IS_SCOPE, _IS_FOREIGN, _IS_ITEM_STOP = 1, 2, 4, 8
_MARKED = _SPECIAL | _SCOPE | _FOREIGN


def _changes(tokens: list[tuple[bytes, bytes, bytes, bytes]]) -> dict[int, bytes | None]:
    """The changes that keep a page within MAX_DEPTH, by token number (none for most pages): a tag
    that would open an element past it first closes the current element (the end tag to put before
    it), so the two are siblings; the end tag that closed that element goes (None).

    The stack of open elements is kept as the HTML parser keeps it, near enough: implied end tags
    (a <p> or <li> closes the open one), implied <tbody> and <tr>, scopes (an end tag reaches no
    element below a table cell), stray end tags (ignored below a "special" element), <svg>/<math>
    content (where "<x/>" opens nothing). Each name's open places are kept (`where`), so no step
    walks the stack. Where it errs it counts deeper than the parser (a formatting element the
    parser opens again later aside): only a page nested near MAX_DEPTH loses tags it need not have."""
    stack: list[bytes] = []
    flags: list[int] = []  # each open element's _IS_* bits
    where: dict[bytes, list[int]] = {}  # name -> its places on the stack, innermost last
    specials: list[int] = []  # places of special elements
    scopes: list[int] = []  # places of scope boundaries
    foreign: list[int] = []  # places of <svg> and <math>
    item_stops: list[int] = []  # places of special elements but address, div and p (an item's search stops there)
    closed: dict[bytes, int] = {}  # elements closed early, their end tags to come, by name
    changes: dict[int, bytes | None] = {}

    def last(names: frozenset[bytes]) -> int:
        """The innermost place of any of `names` (-1: none open)."""
        found = -1
        for n in names:
            places = where.get(n)
            if places and places[-1] > found:
                found = places[-1]
        return found

    def unmark(bits: int) -> None:
        """Forget the marks of the element just closed."""
        if bits & _IS_SPECIAL:
            specials.pop()
        if bits & _IS_SCOPE:
            scopes.pop()
        if bits & _IS_FOREIGN:
            foreign.pop()
        if bits & _IS_ITEM_STOP:
            item_stops.pop()

    def pop_to(place: int) -> None:
        """Close the element at `place` and everything opened inside it."""
        while len(stack) > place:
            where[stack.pop()].pop()
            bits = flags.pop()
            if bits:
                unmark(bits)

    def push(name: bytes) -> None:
        at = len(stack)
        stack.append(name)
        places = where.get(name)
        if places is None:
            where[name] = [at]
        else:
            places.append(at)
        bits = 0
        if name in _SPECIAL:
            specials.append(at)
            bits = _IS_SPECIAL
            if name not in _ITEM_PASSES:
                item_stops.append(at)
                bits |= _IS_ITEM_STOP
        if name in _SCOPE:
            scopes.append(at)
            bits |= _IS_SCOPE
        if name in _FOREIGN:
            foreign.append(at)
            bits |= _IS_FOREIGN
        flags.append(bits)

    for i, (_, slash, name, attrs) in enumerate(tokens):
        if not name:
            continue  # a comment or a raw-text element
        name = name.lower()
        if slash:  # an end tag
            if stack and stack[-1] == name and not closed:  # (the common case: it ends the current element)
                stack.pop()
                where[name].pop()
                bits = flags.pop()
                if bits:
                    unmark(bits)
                continue
            if closed.get(name):
                closed[name] -= 1
                changes[i] = None
                continue
            if name in _HEADINGS:
                at = last(_HEADINGS)
            else:
                places = where.get(name)
                at = places[-1] if places else -1
            if at < 0:
                continue
            if name in _TABLE_PARTS:  # (in table scope: only a table or template stands between)
                closes = at >= last(_TABLE_SCOPE)
            elif name in _SPECIAL:  # it closes when no scope boundary stands between (the boundary itself: yes)
                until = _END_UNTIL.get(name)
                closes = at >= (scopes[-1] if scopes else -1) and (until is None or at > last(until))
            else:  # a stray end tag stops at the first special element
                closes = at > (specials[-1] if specials else -1)
            if closes:
                pop_to(at)
            continue
        if foreign:
            if name in _BREAKOUT:
                pop_to(foreign[0])
            elif attrs.endswith(b"/"):
                continue  # "<x/>" in <svg> or <math> opens nothing
        if name in _CHECKED:
            if name in _VOID or name in _IGNORED:
                continue
            if name in _CLOSES_P and where.get(b"p"):
                p = where[b"p"][-1]
                if p > (scopes[-1] if scopes else -1) and p > last(_P_UNTIL):
                    pop_to(p)
            if name in _HEADINGS and stack and stack[-1] in _HEADINGS:
                pop_to(len(stack) - 1)
            sibling = _SIBLINGS.get(name)
            if sibling is not None:
                group, until = sibling
                at = last(group)
                if at >= 0 and at > (scopes[-1] if scopes else -1) and at > last(until) \
                        and (name not in _ITEMS or at >= (item_stops[-1] if item_stops else -1)):
                    pop_to(at)
            elif name in _FORMATTING_SIBLINGS and where.get(name):
                at = where[name][-1]
                if at > (specials[-1] if specials else -1):
                    pop_to(at)
            if name in (b"tr", b"td", b"th"):  # a row or cell right in a <table>: the parser opens what it implies
                table = last(_TABLE)
                if table >= 0 and len(stack) < MAX_DEPTH - 2:
                    if last(_SECTIONS) < table:
                        push(b"tbody")
                    if name != b"tr" and last(_ROW) < table:
                        push(b"tr")
        if len(stack) >= MAX_DEPTH:  # (as browsers do past their limit: a sibling, not a child)
            top = stack[-1]
            pop_to(len(stack) - 1)
            closed[top] = closed.get(top, 0) + 1
            changes[i] = b"</" + top + b">"
        if name in _MARKED:
            push(name)
        else:  # (push, for the many elements without marks)
            places = where.get(name)
            if places is None:
                where[name] = [len(stack)]
            else:
                places.append(len(stack))
            stack.append(name)
            flags.append(0)
    return changes


#: Start tags that open no element, in `_changes` as in `_shallow`.
_OPENS_NOTHING = _VOID | _IGNORED


def _shallow(tokens: list[tuple[bytes, bytes, bytes, bytes]]) -> bool:
    """True when `_changes` of `tokens` finds nothing to change, by a cheaper count that is never below
    its depth (a quarter of its time on a page of 20,000 tags): each start tag opens an element (a
    table counts three: `_changes` may add a <tbody> and a <tr> to each open table), only an end tag
    of the innermost open element closes one. `_changes` closes every element this count closes, at
    the same tag (the innermost element here is innermost there too, but for its added <tbody> and <tr>,
    which a table part's end tag closes with it), and more besides (implied end tags, scopes); so the
    elements it keeps open are among those kept open here, and its depth stays below MAX_DEPTH when
    this count does."""
    stack: list[bytes] = []
    depth = 0
    for _, slash, name, _ in tokens:
        if not name:
            continue  # a comment or a raw-text element
        name = name.lower()
        if slash:
            if stack and stack[-1] == name:
                stack.pop()
                depth -= 3 if name == b"table" else 1
        elif name not in _OPENS_NOTHING:
            stack.append(name)
            depth += 3 if name == b"table" else 1
            if depth >= MAX_DEPTH:
                return False
    return True


#: Pages with fewer start tags than this (at most: "<" not followed by "/") are parsed as they
#: come: they cannot nest much deeper (a cell in a table implies a row and a body: 4 deep a tag at
#: most), lexbor's walks over its stack take ~0.02 s at that depth, the tree walks bound their own
#: depth (the steps that look up a node's ancestors take a few seconds at worst). Reading a page's
#: tags here costs about twice as much as extracting it: 1 of the 355 dev pages has more (9,768).
MIN_TAGS = 4000


def angle_brackets(html: str | bytes) -> int:
    """How many "<" `html` holds (0 when it is shorter than MIN_TAGS: then it cannot hold as many)."""
    if len(html) < MIN_TAGS:
        return 0
    if isinstance(html, str):
        return html.count("<")
    return len(html) - len(html.replace(b"<", b""))  # (bytes.count compares each byte; replace finds "<" with memchr: 1/6 of the instructions)


def flatten(html: str | bytes, lt: int | None = None) -> str | bytes:
    """`html` with elements that would nest past MAX_DEPTH made siblings of the element at the limit
    (`_changes`); the same object when there are none, or when the page has under MIN_TAGS start
    tags (text is read as UTF-8). `lt`: `angle_brackets(html)`, when the caller has it."""
    if len(html) < MIN_TAGS:
        return html
    if lt is None:
        lt = angle_brackets(html)
    if lt < MIN_TAGS:
        return html
    if isinstance(html, str):
        if lt - html.count("</") < MIN_TAGS:
            return html
        data = html.encode("utf-8", errors="surrogatepass")
    else:
        if lt - html.count(b"</") < MIN_TAGS:
            return html
        data = html
    tokens = _TOKEN.findall(data)
    changes = {} if _shallow(tokens) else _changes(tokens)
    if not changes:
        return html
    kept: list[bytes] = []
    at = 0
    for i, m in enumerate(_TOKEN.finditer(data)):
        change = changes.get(i, b"")
        if change != b"":
            kept.append(data[at:m.start()])
            if change is not None:
                kept.append(change)
            at = m.start() if change is not None else m.end()
    kept.append(data[at:])
    out = b"".join(kept)
    return out.decode("utf-8", errors="surrogatepass") if isinstance(html, str) else out

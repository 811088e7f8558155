"""Tags the HTML parser ignores, stripped of their attributes before lexbor parses a page.

lexbor keeps a text node's characters in the document's string pool and grows them in place as
text comes in. An attribute value is put in the same pool, so a tag the parser ignores but whose
attributes it reads (an `<html lang=x>` or `<body class=y>` in the body, merged into the one there
is; a `<head a=b>`; a table's `<td a=b>` outside any table; any end tag with an attribute) moves
the pool on: the text after it, joined to the same node, makes lexbor copy the whole node and keep
the old copy. A page of 80,000 lines "text<html a=b>" (6.7 MB) takes it past 15 GB; memory grows
with the square of the page (measured: ~page length² / 230, so ~300 MB at 256 KB, 1.1 GB at
512 KB). A tag without a value (`<html a>`) or anything that makes a node between the pieces of text
(a comment, an element) does not do it.

A browser keeps nothing of those tags but the attributes a repeated `<html>` or `<body>` adds to
the root or body (the ones it has not got: the first tag's win); `strip` drops the attributes of
the second and later `<html>`, `<body>`, `<head>` and `<frameset>` start tags, of table parts
where no table (nor template, svg or math) is open, of `<frame>` outside a frameset, and of every
end tag (the parser drops those anyway). Only the attributes a repeated root tag would have added
are lost. Only pages that could cost much are read this way (`suspect`): an ignored tag costs lexbor
at most about a sixth of the page's length (less, measured, with its pool's reuse), and there are
no more of them than the page has "<"; pages where the two multiplied stay under MAX_EXPOSURE are
parsed as they come (2 of the dev pages, 3.5 % of their bytes, are over it), others when a count
in C finds more than MAX_KEPT repeated root tags or end tags with attributes (no dev page: reading
their tags here costs about as much as parsing them). Stray table parts are not counted (a table-heavy
page has thousands of real ones, and counting them cost 0.3 % of the dev pages' instructions): they
are stripped when the page is read for the others, and otherwise cost lexbor what they cost.
"""
from __future__ import annotations

import re

from .nesting import _TOKEN

__all__ = ["MAX_EXPOSURE", "MAX_KEPT", "strip", "suspect"]

#: (the number of "<") x (the page's length) over which a page may be read for tags to strip: up to it,
#: ignored tags cost lexbor under ~1 GB (measured: lines "xxxxxxxxxx<html a=b>", 24,000 of them, 515 KB,
#: 12e9: 1.08 GB; 5,200 lines of 100 x's, 3e9: 0.46 GB).
MAX_EXPOSURE = 6_000_000_000
#: More end tags with an attribute value and root start tags than this make an exposed page `suspect`
#: (a page has its <html>, <head> and <body>; the dev pages' scripts write up to 7 more).
MAX_KEPT = 32

#: Start tags of the document's frame: the first of each is kept whole, later ones lose their attributes.
_ROOTS = frozenset((b"html", b"body", b"head", b"frameset"))
#: A table's parts: ignored, attributes and all, where no table is open.
_TABLE_PARTS = frozenset(b"caption col colgroup tbody td tfoot th thead tr".split())
#: Start tags that end an <svg> or <math> they stand in (and are then read as in the body).
_BREAKOUT = frozenset((b"body", b"head"))
#: What `suspect` counts: an end tag with an attribute value (group 1: "="), the start tags of `_ROOTS`
#: and <frame> (group 2: the name). (A "<" ends the look for "=": linear; an attribute name holding "<"
#: goes uncounted. A first letter tested before the rest: half the time.)
_COUNTED = re.compile(rb"<(?:/[a-zA-Z][^\s/>]*+[\s/][^>=<]*+(=)|([hHbBfF](?i:tml|ody|ead|rameset|rame))(?=[\s/>]))")


def suspect(html: str | bytes, lt: int) -> bool:
    """True when `html` (holding `lt` "<") could make lexbor take ~1 GB or more on the tags it ignores,
    and holds more than MAX_KEPT end tags with an attribute value and root tags (counted in C)."""
    if lt * len(html) <= MAX_EXPOSURE:
        return False
    data = html.encode("utf-8", errors="surrogatepass") if isinstance(html, str) else html
    return len(_COUNTED.findall(data)) > MAX_KEPT


def strip(html: str | bytes) -> str | bytes:
    """`html` with the attributes of the tags the parser ignores dropped (see the module); the same
    object when there are none (text is read as UTF-8)."""
    data = html.encode("utf-8", errors="surrogatepass") if isinstance(html, str) else html
    kept: list[bytes] = []
    at = 0
    seen: set[bytes] = set()  # the root tags met
    tables = templates = foreign = 0  # open <table>s, <template>s, <svg>/<math>s (near enough: never below 0)
    frameset = False
    for m in _TOKEN.finditer(data):
        _, slash, name, attrs = m.groups()
        if not name:
            continue  # a comment or a raw-text element
        name = name.lower()
        if slash:
            if name == b"table":
                tables = max(0, tables - 1)
            elif name == b"template":
                templates = max(0, templates - 1)
            elif name in (b"svg", b"math"):
                foreign = max(0, foreign - 1)
            drop = b"=" in attrs
        else:
            if name in _BREAKOUT:
                foreign = 0
            if name in _ROOTS:
                drop = name in seen and not foreign
                seen.add(name)
                frameset = frameset or name == b"frameset"
            elif name in _TABLE_PARTS:
                drop = not (tables or templates or foreign)
            elif name == b"frame":
                drop = not frameset
            else:
                drop = False
                if not attrs.endswith(b"/"):
                    if name == b"table":
                        tables += 1
                    elif name == b"template":
                        templates += 1
                    elif name in (b"svg", b"math"):
                        foreign += 1
            drop = drop and b"=" in attrs
        if drop:
            kept.append(data[at:m.start()])
            kept.append(b"</" + name + b">" if slash else b"<" + name + b">")
            at = m.end()
    if not kept:
        return html
    kept.append(data[at:])
    out = b"".join(kept)
    return out.decode("utf-8", errors="surrogatepass") if isinstance(html, str) else out

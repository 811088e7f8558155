"""The article's own visible headline, not the `<title>` with the site's suffix."""
from __future__ import annotations

import re
import unicodedata

from typing import TYPE_CHECKING

from selectolax.lexbor import LexborNode

from .dom import class_tokens, close_stops, has_ancestor, node_text
from .furniture import ends_sentence
from .urls import NOT_IN_DOMAIN, registered_name
from .rules.html import (H1_IN_MAIN, HEADLINE_SELECTORS, KICKER_TOKENS, MENU_LINKS, NOT_HEADLINE_TOKENS,
                         SITE_TITLE_TOKENS, SUBHEADINGS)

if TYPE_CHECKING:
    from .page import Page
#: The characters of a declared title, and about those of a candidate element's text, that are read: no
#: headline is that long, and a page's text dumped into a <title> or an <h1> (megabytes) cost seconds in
#: the splits below.
MAX_CANDIDATE = 1000
#: (Each separator pattern opens with the class of its first character, then tells by a look back which that
#: was: `re` skips to the characters of an opening class, and tries a pattern that opens with `\s+` or a branch
#: at every character of the text. The same matches as `\s+(?:(?:[|–—:·•»«@]|--?)\s+|(?:::|｜)\s*)|(?:::|｜)\s*`.)
_TITLE_SEPARATORS = re.compile(r"[\s:｜](?:(?<=\s)\s*(?:(?:[|–—:·•»«@]|--?)\s+|(?:::|｜)\s*)|(?<=:):\s*|(?<=｜)\s*)")


_WORD = re.compile(r"\w+")


def _words(text: str | None) -> set[str]:
    return set(_WORD.findall((text or "").casefold()))


def _same_text(a: str, b: str) -> bool:
    """The same words in the same order, case and white space aside."""
    return a.casefold().split() == b.casefold().split()


def _agrees(text: str, declared: list[set[str]]) -> bool:
    """`text` shares half its words with one of the declared titles (their `_words`), or 60 % of its words."""
    words = _words(text)
    if not words:
        return False
    for other in declared:
        if other:
            shared = len(words & other)
            if shared / len(words) >= 0.5 or shared / len(other) >= 0.6:
                return True
    return False


#: Separators that never stand inside a headline, and those that may (" : " in French, dashes). The
#: full-width bar of CJK titles ("标题｜站名") has no spaces around it.
_STRONG_SEPARATORS = re.compile(r"[\s:｜](?:(?<=\s)\s*(?:[|·•»«]\s+|(?:::|｜)\s*)|(?<=:):\s*|(?<=｜)\s*)")
#: In a title without those, "_" between letters of other scripts ("标题_频道_站名").
_UNDERSCORE = re.compile(r"(?<=[^\x00-\u02ff])_(?=[^\x00-\u02ff])")
#: A label in full-width brackets at the end of a title: the site's or section's name.
_BRACKETED_LABEL = re.compile(r"\s*[＜【][^＜＞【】]+[＞】]\s*$")
_WEAK_SEPARATORS = re.compile(r"\s\s*(?:[–—:@]|--?)\s+")  # (" @ ": "Post @ Blog"; " -- " for a dash)
#: A segment of a title that holds a host name ("example.com", "ACHGUT.COM") names the site.
_HOST_NAME = re.compile(r"\b[^\W_][\w-]*\.[^\W\d_]{2,6}\b")


def _segments(text: str, separators: re.Pattern[str]) -> list[str]:
    return [seg.strip() for seg in separators.split(text)]


def _names_site(segment: str, sites: list[str], host: str | None = None) -> bool:
    folded = segment.casefold()
    return not segment or any(folded in s or s in folded for s in sites) or \
        ("." in segment and _HOST_NAME.search(segment) is not None) or _is_host(folded, host)



def _host_key(url: str | None) -> str | None:
    """The name `url`'s domain registers, without its hyphens ("harborgazette" of harbor-gazette.co.uk)."""
    return NOT_IN_DOMAIN.sub("", registered_name(url) or "") or None


def _is_host(folded: str, host: str | None) -> bool:
    """A segment (case-folded) that spells the name the page's domain registers ("Harbor Gazette" on
    harborgazette.com), spaces and punctuation aside."""
    return host is not None and len(host) >= 3 and NOT_IN_DOMAIN.sub("", folded) == host


def _unspaced(ch: str) -> bool:
    """A letter of a script written without spaces between words (Chinese, Japanese kana). (Compared, not a
    regex class: compiling one of these ranges costs more than a process reads titles.)"""
    return "\u3040" <= ch <= "\u30ff" or "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def _word_count(text: str) -> int:
    """The words of `text`: those apart by spaces, and about one for every two letters of a script written
    without spaces ("市議会が新予算を承認": 5)."""
    words = len(text.split())
    return words if text.isascii() else words + sum(map(_unspaced, text)) // 2


def _without_label(segment: str) -> str:
    """A segment without the label in full-width brackets it ends with ("見出し＜サイト名＞", "标题【频道】")."""
    label = _BRACKETED_LABEL.search(segment) if segment.endswith(("＞", "】")) else None
    return segment[:label.start()].rstrip() if label is not None and label.start() > 0 else segment


def _is_site(segment: str, sites: list[str], host: str | None) -> bool:
    """`segment` is one of the site's names or holds one (not a word of one: it stands inside a title)."""
    folded = segment.casefold()
    return any(folded == s or (len(s) >= 4 and s in folded) for s in sites) or _is_host(folded, host)


def strip_site_suffix(title: str | None, site_name: str | None = None, others: tuple[str, ...] = (),
                      guess: bool = True, url: str | None = None) -> str | None:
    """"Headline | Site" -> "Headline": the title without the segments that name the site (its
    `site_name`, `others` the page shows as its name, a host name, the name the `url`'s domain registers). Segments apart by "|", "»", "·"
    are never one headline: of those left, the longest; inside it, segments apart by a dash or " : "
    are dropped at either end only when they name the site ("Deux ans : une condamnation -
    regards.fr"), or, when no segment did and `guess`, a short last one ("Muffins the easy way - Recipes").
    With `guess`, a label in full-width brackets at the end goes too ("見出し＜サイト名＞")."""
    if not title:
        return None
    sites = [s.casefold() for s in (site_name, *others) if s and s.strip()]
    host = _host_key(url)
    parts = [_without_label(p) if guess else p for p in _segments(title, _STRONG_SEPARATORS)]
    if len(parts) == 1 and "_" in title:
        parts = _segments(parts[0], _UNDERSCORE)
    named = False
    if len(parts) > 1:
        kept = [p for p in parts if not _names_site(p, sites, host)]
        named = len(kept) < len(parts)
        if guess and not named and _word_count(parts[-1]) <= 4 and _word_count(parts[0]) >= 3:
            kept = parts[:-1]  # "Headline | Section"
        best = max(kept or parts[:1], key=len)
    else:
        best = parts[0]
    weak = list(_WEAK_SEPARATORS.finditer(best))
    if not weak:
        return _without_site_label(best, sites, host)
    bounds = [0, *(x for m in weak for x in m.span()), len(best)]
    spans = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]
    first, last = 0, len(spans)
    while first < last - 1 and _names_site(best[slice(*spans[first])].strip(), sites, host):
        first += 1
    while last > first + 1 and _names_site(best[slice(*spans[last - 1])].strip(), sites, host):
        last -= 1
    # "Headline - Site - Section": a segment inside that is the site's name ends the headline
    inside = next((k for k in range(first + 1, last) if _is_site(best[slice(*spans[k])].strip(), sites, host)), None)
    if inside is not None:
        last = inside
    elif guess and last < len(spans) and last - first >= 2 and _word_count(best[slice(*spans[last - 1])]) <= 3 \
            and _word_count(best[slice(*spans[first])]) >= 3 and weak[last - 2].group() == weak[last - 1].group():
        last -= 1  # "Headline - Section - Site": the short segment before the site's, apart by the same separator
    if guess and not named and (first, last) == (0, len(spans)) and _word_count(best[slice(*spans[-1])]) <= 4 \
            and _word_count(best[slice(*spans[0])]) >= 3:
        last -= 1
    return _without_site_label(best[spans[first][0]:spans[last - 1][1]].strip(), sites, host)


def _without_site_label(title: str, sites: list[str], host: str | None) -> str:
    """"Site: Headline" -> "Headline" when the part before the colon is the site's name."""
    head, colon, rest = title.partition(": ")
    return rest.strip() if colon and rest.strip() and _is_site(head, sites, host) else title


def h1s_in_main(h1s: list[LexborNode], limit: int) -> list[LexborNode]:
    """The first `limit` nodes lexbor's `H1_IN_MAIN` selection lists among `h1s` (the page's h1s): an h1
    once for each alternative it matches (an <article> ancestor, a <main> one, one with role="main").
    A few parent steps for each h1 rather than a pass over the page; what an ancestor holds is read once
    for all the h1s under it (an h1 20,000 times nested under another took each of them to the root:
    minutes on a 1.6 MB page)."""
    kinds: dict[int, frozenset[str]] = {}  # an element's id -> the alternatives it and its ancestors give
    out: list[LexborNode] = []
    for h in h1s:
        path = []
        n = h.parent
        while n is not None and n.is_element_node and n.mem_id not in kinds:
            path.append(n)
            n = n.parent
        found = kinds[n.mem_id] if n is not None and n.is_element_node else frozenset()
        for a in reversed(path):
            tag = a.tag
            if tag == "article" or tag == "main":
                found = found | {tag}
            if a.attributes.get("role") == "main":
                found = found | {"role"}
            kinds[a.mem_id] = found
        out.extend([h] * len(found))
        if len(out) >= limit:
            break
    return out[:limit]


def choose_headline(page: Page, declared: list[str | None], site_name: str | None) -> str | None:
    """The article's own visible headline: the h1 (or the post title a blog puts in an h2) when the
    page has one that is not the site's name; else the declared title without the site's suffix.
    In Unicode's composed form (NFC)."""
    return _nfc(_pick_headline(page, declared, site_name))


def _pick_headline(page: Page, declared_titles: list[str | None], site_name: str | None) -> str | None:
    declared = [d[:MAX_CANDIDATE] for d in declared_titles if d]
    site = (site_name or "").casefold()
    site_words = _words(site)
    # the <title>'s trailing segments name the site ("Post title | Blog name"): an h1 that is one
    # of them is the blog's name, not the post's headline
    suffixes = {seg.casefold().strip() for d in dict.fromkeys(declared) for seg in _TITLE_SEPARATORS.split(d)[1:] if seg}
    host = _host_key(page.url)
    h1s = page.index.h1s  # (found by the index's pass: both h1 selectors are served without one of their own)
    stripped = _stripped(declared, site_name, h1s, page.url)
    stripped_words: list[set[str]] | None = None  # (read at the first tier that has texts)
    for i, selector in enumerate(HEADLINE_SELECTORS):
        if selector == H1_IN_MAIN or selector == "h1":
            nodes = h1s_in_main(h1s, 6) if selector == H1_IN_MAIN else h1s
        else:
            nodes = page.css(selector)
        texts = []
        firsts: dict[str, LexborNode] = {}  # (a text's first element)
        over_prose = False  # (an h1 of the last tier read followed by a paragraph of prose)
        for node in nodes[:6]:
            text, cut = _shown_text(node, i, stripped, site_name, page.url)
            if not (3 <= len(text) <= 300) or (site and text.casefold() == site) or _is_host(text.casefold(), host):
                continue
            # the site's name shortened ("Minecraft News" of "Minecraft Update News"): the site's, unless declared
            if site_words and _words(text) <= site_words and not any(_same_text(text, d) for d in stripped):
                continue
            if i > 0 and text.casefold() in suffixes and not any(text.casefold() == d.casefold() for d in stripped) \
                    and not cut:
                continue
            # (inside something named like a site header or a widget: not the headline, unless it repeats a
            # declared title word for word, not a trailing segment of one)
            if has_ancestor(node, NOT_HEADLINE_TOKENS, ("nav", "aside"), depth=6) and \
                    (text.casefold() in suffixes or not any(_repeats(d, text) for d in stripped)):
                continue
            texts.append(text)
            firsts.setdefault(text, node)
            over_prose = over_prose or (i == 2 and _over_prose(node))
        if not texts:
            continue
        if stripped_words is None:
            stripped_words = [_words(d) for d in stripped]
        agreeing = [t for t in texts if _agrees(t, stripped_words)]
        several = len(set(texts)) > 1
        if i == 0:  # marked as the headline: several of them are a list of teasers (the h1 tiers decide)
            if several:
                continue
            return texts[0]
        if i == 1:  # the h1 of the article
            if agreeing:
                return _continued(firsts[agreeing[0]], agreeing[0], site_name, host)
            if len(set(texts)) >= 3:  # the article's own headings (a pasted text), not its headline
                continue
            if not several and _names_a_section(page, texts[0], stripped):
                continue
            return _continued(firsts[texts[0]], texts[0], site_name, host)
        if agreeing:
            return _continued(firsts[agreeing[0]], agreeing[0], site_name, host) if i == 2 else agreeing[0]
        if i == 2 and (not any(len(d.split()) >= 3 for d in stripped) or (not several and over_prose)):
            return _continued(firsts[texts[0]], texts[0], site_name, host)
    return _shared_tail(stripped) or _after_kicker(stripped) or next((d for d in stripped if d), None)


#: The elements after an h1 read for the heading that continues it (a date line, a wrapper or two between).
CONTINUED_WITHIN = 6


def _continued(h1: LexborNode, text: str, site_name: str | None, host: str | None) -> str:
    """The h1's headline in full: the first heading after it (an h2 or h3 before any paragraph, a few
    elements on) that repeats the h1's text and goes on after a separator ("Teil 49" over "Teil 49 –
    Büssing-NAG (Baujahre 1931 – 1945)") says it all, unless what it adds is the site's name; else the h1's."""
    n, seen = _after(h1), 0
    while n is not None and seen < CONTINUED_WITHIN:
        tag = n.tag
        if tag == "h2" or tag == "h3":
            longer = _heading_text(n)
            sep = _TITLE_SEPARATORS.match(longer, len(text)) if longer.startswith(text) else None
            rest = longer[sep.end():] if sep is not None else ""
            sites = [site_name.casefold()] if site_name else []
            return longer if rest and len(longer) <= 300 and not _names_site(rest, sites, host) else text
        if tag in _NOT_CONTINUED:
            return text
        if tag != "-text" and tag != "-comment":
            seen += 1
            child = n.child
            if child is not None:
                n = child
                continue
        n = _after(n)
    return text


#: Elements that end the look for a heading that continues the h1: the text or another article starts.
_NOT_CONTINUED = frozenset(("h1", "p", "article", "section"))


def _after(node: LexborNode) -> LexborNode | None:
    """The node after `node` and its subtree in document order."""
    n: LexborNode | None = node
    while n is not None:
        after = n.next
        if after is not None:
            return after
        n = n.parent
    return None


#: Words of the paragraph right after an h1 that make it prose the h1 heads (a blog's tagline under its
#: name is shorter).
PROSE_WORDS = 8


def _over_prose(node: LexborNode) -> bool:
    """The next element after the h1 is a paragraph of prose (PROSE_WORDS words or more, ending like a
    sentence): the h1 heads the page's text ("About This Site" on a page the <title> calls "Site: Colophon"),
    not a site's header, whose h1 stands alone or over a tagline, a menu, a search form."""
    nxt = node.next
    while nxt is not None and nxt.tag in ("-text", "-comment"):
        nxt = nxt.next
    if nxt is None or nxt.tag != "p":
        return False
    text = node_text(nxt, MAX_CANDIDATE)
    return len(text.split()) >= PROSE_WORDS and ends_sentence(text)


_COLON = re.compile(r":\s+")


def _shared_tail(stripped: list[str]) -> str | None:
    """Declared titles that open differently and end alike after a colon ("Kicker: Headline" in og:title,
    "Section: Headline" in the <title>): the part they share."""
    tails: dict[str, set[str]] = {}
    for d in stripped:
        parts = _COLON.split(d, maxsplit=1)
        if len(parts) == 2 and len(parts[1]) >= 3:
            tails.setdefault(parts[1], set()).add(parts[0].casefold())
    return next((tail for tail, heads in tails.items() if len(heads) > 1), None)


def _after_kicker(stripped: list[str]) -> str | None:
    """A declared title that another one repeats after a kicker ("EXCLUSIVE: Headline" in og:title,
    "Headline" in the <title>): the one without it."""
    return next((d for d in stripped if d and any(not _same_text(o, d) and _repeats(o, d) for o in stripped)), None)


def _nfc(text: str | None) -> str | None:
    """`text` in Unicode's composed form (NFC), as text is compared and searched."""
    return text if text is None or unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def _repeats(declared: str, text: str) -> bool:
    """`text` is the declared title, or its part after a kicker ("Kicker: Text")."""
    if _same_text(text, declared):
        return True
    head = declared[:len(declared) - len(text)].rstrip()
    return declared.endswith(text) and head.endswith(":") and len(head) > 1


#: The page's first subheadings read for one that repeats the declared headline.
MAX_SUBHEADINGS = 20


def _names_a_section(page: Page, text: str, stripped: list[str]) -> bool:
    """A short h1 ("Local News") that shares no word with the page's declared headline and is the
    text of one of the page's menu links, or stands over a subheading that is the declared headline
    ("News" over an h2 with the story's title): the section's name."""
    if len(text.split()) > 3 or not any(len(d.split()) >= 3 for d in stripped) or \
            any(_words(text) & _words(d) for d in stripped):
        return False
    folded = text.casefold()
    return any(_text(a).casefold() == folded for a in page.css(MENU_LINKS)) or \
        any(_same_text(_text(h), d) for h in page.css(SUBHEADINGS)[:MAX_SUBHEADINGS] for d in stripped if d)


def _first_child(node: LexborNode) -> LexborNode | None:
    """The first child that is an element or text other than white space."""
    return next((c for c in node.iter(include_text=True) if c.tag != "-text" or (c.text_content or "").strip()), None)


def _last_child(node: LexborNode) -> LexborNode | None:
    """The last child that is an element or text other than white space."""
    last = None
    for c in node.iter(include_text=True):
        if c.tag != "-text" or (c.text_content or "").strip():
            last = c
    return last


def _text(node: LexborNode) -> str:
    """`node_text` of a candidate element, cut after its first `MAX_CANDIDATE` characters or so (white
    space is collapsed after the cut: a few times as many are read)."""
    return node_text(node, 8 * MAX_CANDIDATE)


def _heading_text(node: LexborNode) -> str:
    """A heading's text, without the permalink mark a documentation page ends it with ("¶") and
    the space that joining its inline elements puts before a comma or full stop."""
    text = _text(node)
    if text.endswith(("¶", "#")):
        text = text[:-1].rstrip()
    return close_stops(text)


def _shown_text(node: LexborNode, tier: int, stripped: list[str], site_name: str | None,
                url: str | None) -> tuple[str, bool]:
    """The headline a candidate element shows: an h1 without the kicker it opens with, or without the
    site's name after a separator when the rest is declared; the heading inside a post-title box."""
    if tier == 3 and node.tag not in ("h1", "h2", "h3", "h4", "h5", "h6"):
        inner = node.css_first("h1, h2, h3, h4")
        if inner is not None:
            return _heading_text(inner), False
    text = _heading_text(node)
    if not text:
        return text, False
    first = _first_child(node)
    if first is not None and first.tag == "a":
        after = _after_section_link(first, text, stripped)
        if after:
            return after, True
    if tier > 2:
        return text, False
    if first is not None and first.tag == "a" and _text(first) == text:  # a link around it all
        first = _first_child(first)
    if first is not None and first.tag != "-text" and first.tag not in ("a", "br"):
        kicker = _text(first)
        rest = text[len(kicker):].strip(" :|-–—") if kicker and text.startswith(kicker) else ""
        if rest and len(rest) >= 3 and (first.tag == "time" or not KICKER_TOKENS.tokens.isdisjoint(class_tokens(first))
                                        or any(_same_text(rest, d) for d in stripped)):
            return rest, True
    if any(_same_text(text, d) for d in stripped):
        return text, False  # (declared as it stands: nothing to cut)
    last = _last_child(node if first is None or first.parent is None or first.parent.mem_id == node.mem_id
                       else first.parent)
    if last is not None and last.tag != "-text" and last.tag not in ("a", "br") and \
            (first is None or last.mem_id != first.mem_id):
        # a subtitle or a date the h1 ends with ("Headline <span class=subtitle>...</span>", "<time>"): the
        # headline is what comes before, when declared so (a date never is a headline's part)
        tail = _text(last)
        rest = text[:-len(tail)].rstrip(" :|-–—,") if tail and text.endswith(tail) else ""
        if rest and len(rest) >= 3 and (last.tag == "time" or any(_same_text(rest, d) for d in stripped)):
            return rest, True
    if _STRONG_SEPARATORS.search(text) and not any(_same_text(text, d) for d in stripped):
        shorter = strip_site_suffix(text, site_name, guess=False, url=url)
        if shorter and any(_same_text(shorter, d) for d in stripped):
            return shorter, False
    return text, False


def _after_section_link(link: LexborNode, text: str, stripped: list[str]) -> str | None:
    """A heading that opens with a link to its section and a separator ("<a>Club news</a> : Headline"):
    the rest, when a declared title holds it as a segment of its own."""
    section = _text(link)
    sep = _TITLE_SEPARATORS.match(text, len(section)) if section and text.startswith(section) else None
    if sep is None:
        return None
    rest = text[sep.end():].casefold()
    return text[sep.end():] if any(rest == seg.casefold() for d in stripped for seg in _TITLE_SEPARATORS.split(d)) \
        else None


def _tail(title: str, head: str) -> str:
    """What `title` says after `head` and a separator, `head` repeated there skipped ("Post - Post - Blog": "Blog")."""
    rest = title
    while rest.startswith(head) and (sep := _TITLE_SEPARATORS.match(rest, len(head))):
        rest = rest[sep.end():]
    return rest


def _after_plain_h1(declared: list[str], h1s: list[LexborNode], site_name: str | None, url: str | None) -> list[str]:
    """What the declared titles say after the text of a plain h1 (no link, no logo, not the site's name) and
    a separator that never stands in a headline ("Submissions | Journal of Urban History"): the site's name
    when short enough for one."""
    sites = [site_name.casefold()] if site_name else []
    rests = []
    for h in h1s[:6]:
        text = _text(h).casefold()
        found = [rest for d in declared if len(d) > len(text) >= 3 and d.casefold().startswith(text)
                 and (sep := _STRONG_SEPARATORS.match(d, len(text))) and len((rest := d[sep.end():]).split()) <= MAX_SITE_WORDS]
        if found and h.css_first("a, img") is None and not has_ancestor(h, SITE_TITLE_TOKENS, depth=4) and \
                not _names_site(text, sites, _host_key(url)):
            rests.extend(found)
    return rests


#: Words of a site's name at most ("Journal of Urban History Studies"); a longer segment is a headline.
MAX_SITE_WORDS = 6


def _stripped(declared: list[str], site_name: str | None, h1s: list[LexborNode], url: str | None) -> list[str]:
    """The declared titles without the site's segments. The page names its site in a logo or site-title
    h1 too; a declared title that another one (the <title>) continues after a separator has no site
    segment of its own, and the other's rest names the site; so does a declared title's rest after the
    text of a plain h1 ("Submissions | Journal of Urban History" over an h1 "Submissions"), unless the h1
    is the site's name ("Site | Headline" over a site's h1 without a link) or the rest is too long for one."""
    shown = [_text(h) for h in h1s[:6] if has_ancestor(h, SITE_TITLE_TOKENS, depth=4)]
    tails = []
    clean = set()
    for d in declared:
        for other in declared:
            if len(other) > len(d) and other.startswith(d) and _TITLE_SEPARATORS.match(other, len(d)):
                clean.add(d)
                tails.append(_tail(other, d))
    if any(_STRONG_SEPARATORS.search(d) for d in declared):
        tails.extend(_after_plain_h1(declared, h1s, site_name, url))
    others = tuple(t for t in (*shown, *tails) if t)
    out: dict[str, str] = {}  # (a title declared again, og:title as the JSON-LD headline, is stripped once)
    for d in declared:
        if d not in out:
            out[d] = strip_site_suffix(d, site_name, others, guess=d not in clean, url=url) or d
    return [out[d] for d in declared]

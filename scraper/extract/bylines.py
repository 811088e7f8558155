"""Bylines: the people credited with an article, from the DOM and from written bylines.

- `split_names`, `person_names`: names out of a byline's text; `is_organisation`: a newsroom,
  an agency or the site rather than a person (both shared with the text-dump mode).
- `dom_bylines`: the visible byline (the table `rules.html.BYLINE_SELECTORS`, best first, never
  inside comments, teasers, quotes or an h1), else a blog's own comments (`bypostauthor`),
  else a written byline ("Posted by ...", "Von ...").
- `choose_authors`: JSON-LD persons, completed by marked-up bylines or by one visible byline element
  that names them all and more; else the visible byline;
  else the author meta tags, else a standfirst under the headline that ends with a byline ("... Von Anna
  Berger"). People only; organisations as `choose_authors` says. A person only the metadata names, whom
  the page's text never shows, is `shown=False`.
"""
from __future__ import annotations

import re

from typing import TYPE_CHECKING, AbstractSet, Iterator

from selectolax.lexbor import LexborNode

from ..model import Author
from .dom import clean_text, has_ancestor, is_hidden, is_within, node_text
from .rules.common import (BIO_VERBS, BY_PREFIX, BYLINE, BYLINE_PREFIX, BYLINE_TAIL, GENERATED_LOGIN, INNER_BY,
                           LEGAL_FORMS, NAME_PARENTHESIS, NAME_PARTICLES, NAME_SPLIT, NOT_NAME_WORDS, ORG_WORDS, OTHER_CREDIT,
                           POSTNOMINALS, REPORTED_FROM, ROLES, WEEKDAYS, WIRE_REPORTERS, WIRE_REPORTING_SHOWN)
from .rules.html import (ARTICLE_BODY, AUTHOR_LIST_TOKENS, AUTHOR_PAGE_HREF, AUTHOR_PAGE_LINKS, BYLINE_AFTER_SENTENCE, BYLINE_SELECTORS,
                         BYLINE_TEXT, COUNTED_COMMENTS, HIDDEN_ELEMENTS, MARKED_UP_BYLINES, NO_CREDIT_PLACES, NOT_BYLINE_TOKENS, POST_AUTHOR_SELECTOR,
                         SAID)
from .urls import NOT_IN_DOMAIN, registered_name, split_url

if TYPE_CHECKING:  # (the page module imports this one, through jsonld)
    from .page import Page


#: Words of a biography, at least.
BIO_MIN_WORDS = 8
_PARTICLES = frozenset(p.casefold() for p in NAME_PARTICLES)


def name_forms(name: str) -> list[str]:
    """How a biography may name its person: whole, by first name, by last name ("Jane Doe", "Jane", "Doe")."""
    parts = [p for p in name.split() if p.casefold() not in _PARTICLES] or name.split()
    return list(dict.fromkeys((name, parts[0], parts[-1]))) if parts else []


def opens_with_name(text: str, name: str) -> bool:
    """True when `text` is a biography of `name`: it opens with the name (whole, first or last, in any case),
    then a bio verb ("Abbey Fenbert is a senior news editor ...", "NRO contributor Jane Doe is ...",
    "JANE DOE IS OUR POLITICAL EDITOR")."""
    if len(text.split()) < BIO_MIN_WORDS:
        return False
    head = text[:len(name) + 90].casefold()
    for form in name_forms(name.casefold()):
        pos = head.find(form)
        if pos < 0 or pos + len(form) > len(name) + 60 or len(head[:pos].split()) > 3:
            continue
        if BIO_VERBS.match(head[pos + len(form):].lstrip(" ,")):
            return True
    return False


def names_another(text: str, name: str) -> bool:
    """True when `text` is a biography of someone other than `name`: it opens with a name of two to five
    capitalised words, then a bio verb, and that name is not `name` whole, first or last ("News Corp is a
    network of ..." of the site's owner over Jane Doe's article)."""
    words = text.split(None, 6)
    caps = 0
    while caps < min(len(words) - 1, 5) and words[caps][:1].isupper():
        caps += 1
    if caps < 2 or not BIO_VERBS.match(" ".join(words[caps:caps + 1])):
        return False
    return not opens_with_name(text, name)


def split_names(text: str) -> list[str]:
    """Person names from a byline string: "By A, B and C" -> [A, B, C]."""
    text = BY_PREFIX.sub("", clean_text(text))
    names = [n.strip(" .:-–—") for n in NAME_SPLIT.split(text)]
    return [n for n in names if n and not n.lower().startswith("http")]


_NAME_OK = re.compile(r"^(?:[^\d@/:=<>{}()\[\]#]{2,60}|(?=(?:[^\W\d_]\d*){3})[^\W_]{3,30})$")  # or a handle: "freeman1984"


def is_organisation(name: str, site_name: str | None = None, url: str | None = None) -> bool:
    """True when a byline names an organisation (a newsroom, an agency, the site, its brand) rather than a
    person."""
    n = clean_text(name).casefold()
    if not n:
        return True
    if _the_sites_brand(n, site_name, url):
        return True
    if ORG_WORDS.search(n):
        return True
    if n in _ORG_ABBREVIATIONS and clean_text(name).islower():
        return True  # a desk's abbreviation in lower case: "red" (Redaktion, redazione), "red, wien.ORF.at"
    if n.startswith("the ") and len(n) > 4:  # "The Water Coolest": a title, a brand; no person's name
        return True
    raw = clean_text(name)
    if not raw.isupper() and any(len(w) >= 3 and w.isupper() and w.isalpha() for w in raw.split()):
        return True  # an acronym in a mixed-case name: "CBS Detroit", "NBC News Digital"
    if raw.isupper() and raw.isalpha() and 2 <= len(raw) <= 5:
        return True  # an acronym alone: "CNN", "BBC"
    if site_name:
        site = clean_text(site_name).casefold()
        if n == site or (len(site) > 3 and site in n):  # "CBS Detroit", "The Verge Staff" (a blog's
            return True  # name that holds its author's, "Frau Sabienes sagt", still has a person)
        words = site.split()
        if len(words) >= 3 and len(n.split()) >= 3 and n.split()[:2] == words[:2] and words[0] not in ("the", "der", "die", "das", "le", "la"):
            return True  # a desk of the site: "Global Voices Latin America" on "Global Voices auf Deutsch"
    return False


#: The lower-case abbreviations of `ORG_WORDS` a byline writes ("red" for "Redaktion"): their first three
#: letters or more, shorter than the word.
_ORG_ABBREVIATIONS = frozenset(w[:k] for w in ORG_WORDS.items if w.isalpha() for k in range(3, len(w)))


def _the_sites_brand(name: str, site_name: str | None, url: str | None) -> bool:
    """A credit (lower case) that is the site's brand: the site's name written apart ("AUTO ZEITUNG" for
    "Autozeitung"), or one word that follows "the" in the site's name ("Beachbody" on "The Beachbody Blog":
    a person's name takes no article; "gnaddrig" on "gnaddrig ad libitum" is the blogger's handle), or the
    name the site's domain registers ("LinkNaija" on www.linknaija.com). (A person's name of two
    words that makes the host, "janeroe.com", is the person's own site; a blog's handle as its sub-domain
    on a blog host, "jroe" on jroe.blogs.example, is the blogger's: neither is a brand.)"""
    key = NOT_IN_DOMAIN.sub("", name)
    if len(key) < 4:
        return False
    one_word = " " not in name
    if site_name:
        site = site_name.casefold()
        if key == NOT_IN_DOMAIN.sub("", site):
            return True
        words = NOT_IN_DOMAIN.split(site)
        if one_word and any(w == key and words[i - 1] == "the" for i, w in enumerate(words) if i):
            return True
    return one_word and url is not None and key == registered_name(url)



def _bare(word: str) -> str:
    return word.strip(".,").replace(".", "").casefold()  # ("M.D." is "md")


def _without_tail(name: str) -> str:
    """A name without what a byline glues to it: degrees and suffixes ("Jane Roe MD", "MS" alone), a
    day ("Jane Roe Monday"), a dateline in capitals after a name in mixed case ("Jane Roe WASHINGTON")."""
    words = name.split()
    if not words or all(_bare(w) in POSTNOMINALS for w in words):
        return ""
    while len(words) > 2 and (_bare(words[-1]) in POSTNOMINALS or _bare(words[-1]) in WEEKDAYS or
                              _bare(words[-1]) in ROLES):
        words.pop()
    if len(words) > 2 and sum(1 for w in words if not w.isupper()) >= 2:
        while len(words) > 2 and words[-1].isupper() and len(words[-1]) >= 3 and words[-1].isalpha():
            words.pop()
    return " ".join(words)


def person_names(text: str, shortest: int = 3) -> list[str]:
    """Plausible person names from a byline's text ("By A and B | May 2" -> [A, B]): `shortest` letters or
    more, or in capitals ("JB")."""
    text = clean_text(text)
    if not text or len(text) > 200:
        return []
    labelled = BYLINE_PREFIX.match(text) is not None
    text = BYLINE_PREFIX.sub("", text)
    text = BYLINE_TAIL.sub("", text)
    out: list[str] = []
    for i, name in enumerate(split_names(text)):
        if not i and labelled:  # "Autor Anna Berger: Übersetzung Jan Novak": a colon ends the labelled name
            head, colon, _ = name.partition(": ")
            name = head if colon and len(head.split()) >= 2 else name
        name = NAME_PARENTHESIS.sub("", BYLINE_PREFIX.sub("", name).strip(" .:-–—|·•,~*"))
        name = _without_tail(INNER_BY.split(name)[-1])  # "Disko Von Ernst Lohoff"
        if i and name and _bare(name.rsplit(None, 1)[-1]) in ROLES:
            continue  # "Jane Roe, Senior Reporter": the role after the name
        if _NAME_OK.match(name) and len(name.split()) <= 5 and any(c.isalpha() for c in name) \
                and (len(name) >= shortest or name.isupper()) and not NOT_NAME_WORDS.search(name) \
                and not GENERATED_LOGIN.fullmatch(name) \
                and name.casefold() not in {n.casefold() for n in out}:
            out.append(name)
    return out



def credits_line(text: str, names: list[str]) -> bool:
    """True when `text` is a byline line that credits one of `names` ("By Jane Roe, 5 March 2019",
    "Geschrieben von Jane am 25.08.2015"): a by-word or label, then the name."""
    if len(text) > 160 or not names:
        return False
    m = BYLINE.match(text)
    if m is None:
        return False
    rest = m.group("name").casefold()
    return any(rest.startswith(n.casefold()) for n in names)


def dom_bylines(page: Page, selectors: tuple[str, ...] = BYLINE_SELECTORS, written: bool = True,
                comments: bool = True) -> list[str]:
    """Author names from the page's visible byline, best selector first; never from comments,
    teasers or widgets. With `comments`, else the post author's name a blog's comments mark (`post_author`);
    with `written`, a byline written in the text ("Posted by ...") is the last resort."""
    for selector in selectors:
        names: list[str] = []
        scope = None  # names after the first come from the same byline block
        shortest = 2 if selector in _MARKED_UP else 3  # a byline marked up as one may be a login of two letters
        for node, text in _byline_nodes(page, selector):
            if scope is not None and not is_within(node, scope, depth=4):
                continue
            have = {n.casefold() for n in names}
            found = [n for n in person_names(text, shortest) if n.casefold() not in have]
            if found and is_hidden(node):
                continue  # a theme's hidden vcard: no reader sees that credit
            if found and _credits_another(node, text, found[0]):
                continue  # "Übersetzung <a>Jane Roe</a>", "Edited by Jane Roe": not the author
            for name in found:
                if name.casefold() not in have:
                    have.add(name.casefold())
                    names.append(name)
            if names and scope is None:
                scope = node.parent.parent if node.parent is not None and node.parent.parent is not None \
                    else node.parent
        if names:
            return names[:6]
    names = post_author(page) if comments else []
    return names or (written_bylines(page) if written else [])


def post_author(page: Page) -> list[str]:
    """The post's author as a blog's comments mark the replies of ("bypostauthor"): the name there is the
    author's."""
    for node in page.css(POST_AUTHOR_SELECTOR)[:3]:
        names = person_names(SAID.sub("", node_text(node)))
        if len(names) == 1:
            return names
    return []


def _credits_another(node: LexborNode, text: str, name: str) -> bool:
    """Whether a byline element's `name` is credited with something other than the article (`OTHER_CREDIT`:
    translating, editing it, making the site), as the element's text says before the name, or, when the
    name opens it, the short text of the first of its three closest ancestors that holds more
    ("Übersetzung <span><a>Jane Roe</a></span>")."""
    at = text.find(name)
    parent = node.parent
    for _ in range(3):  # up through the wrappers that hold the name alone
        if at != 0 or parent is None:
            break
        text = node_text(parent)
        at = text.find(name) if len(text) <= 200 else -1
        parent = parent.parent
    return at > 0 and OTHER_CREDIT.search(text, max(0, at - 60), at) is not None


_MARKED_UP = frozenset(BYLINE_SELECTORS[:MARKED_UP_BYLINES])


def _byline_nodes(page: Page, selector: str, naming: AbstractSet[str] = frozenset()) -> Iterator[tuple[LexborNode, str]]:
    """The elements `selector` finds that can be the article's byline, with their text: not in comments,
    teasers or widgets, not a list's item (unless the list is the authors'), short; with `naming`, only
    those whose text holds each of these (casefolded) names."""
    last = 0
    holders: set[int] | None = None  # (read once, for the first byline under a teaser-like ancestor)
    for node in page.css(selector)[:30]:
        if node.mem_id == last:
            continue  # (listed again for another alternative it matches: the same text, nothing new)
        last = node.mem_id
        text = node_text(node)
        if len(text) > 100:  # a byline is short; a longer text is an author box or a teaser
            continue
        if naming and not all(n in text.casefold() for n in naming):
            continue
        teaser = has_ancestor(node, NOT_BYLINE_TOKENS, ("nav", "h1", "blockquote"))
        if teaser:
            if holders is None:
                holders = _article_holders(page)
            teaser = _in_a_teaser(node, holders)
        if teaser or \
                (node.tag != "li" and _in_a_list(node)):
            continue
        if selector == AUTHOR_PAGE_LINKS and (not AUTHOR_PAGE_HREF.search(node.attributes.get("href") or "") or
                                              node.parent is not None and len(node_text(node.parent)) > 200):
            continue  # not an author's page; or a link to one inside a paragraph: a reference, not the byline
        yield node, text


def _one_byline_naming(page: Page, have: set[str]) -> list[str]:
    """The names of the first visible byline element (not marked up) that names all of `have` and more in
    its own text ("By A, B and C" under a JSON-LD that declares A alone)."""
    for selector in BYLINE_SELECTORS[MARKED_UP_BYLINES:MARKED_UP_BYLINES + 2]:
        for _, text in _byline_nodes(page, selector, have):
            names = person_names(text)
            if len(names) > len(have) and have < {n.casefold() for n in names}:
                return names
    return []


def written_bylines(page: Page, after: str | None = None, within: int = 0) -> list[str]:
    """The names of the first byline written in the page's text ("Posted by ...", "Eine Kolumne von
    ...", "By ..." alone on its line); with `after`, only one that starts `within` characters after
    where that text (the headline) stands. None under a line that heads the comments with their count ("6
    Kommentare zu ..."): a byline there is a commenter's."""
    text = page.lines
    if after is not None:
        at = text.find(after)
        if at < 0:
            return []
        text = text[at + len(after):at + len(after) + within]
    for m in BYLINE_TEXT.finditer(text):
        if m.group("dated") == "" and (m.group("end") is None or _closes_a_sentence(m.group("name"))):
            continue  # "by" in a sentence; a byline line is "By Name" alone, or labelled
        if OTHER_CREDIT.search(text, max(0, m.start() - 40), m.start("name")):
            continue  # "Content Management by ...", "Translated by ...": not the author
        end = text.find("\n", m.start("name"))
        line = text[m.start("name"):end if end > 0 else None][:160]
        names = [n for n in person_names(line) if len(n.split()) <= 4] or person_names(m.group("name"))
        if any(_in_prose(n) for n in names):
            continue  # "Von Einheimischen, Gästen und ganz viel Kühen": a title, not a byline
        if names and after is None and COUNTED_COMMENTS.search(text, 0, m.start()):
            return []  # under "6 Kommentare zu ...": "Kommentar von Mareike" is a commenter
        if names:
            return names[:6]
    return []


def _closes_a_sentence(name: str) -> bool:
    """A name read after a by-word that opens a line which ends with a full stop after a word, no initial or
    suffix ("von G-Data." after a link: the rest of a sentence, "... die kostenlosen <a>Downloads</a> von
    G-Data.")."""
    last = name.rsplit(None, 1)[-1]
    return last.endswith(".") and len(last) > 3 and last[-3:-1].isalpha() and _bare(last) not in POSTNOMINALS


def _article_holders(page: Page) -> set[int]:
    """The ancestors of the page's first h1s (a logo's and the headline's) and of the element marked as the
    article's text: a wrapper among them is the article's own, however it is named. (Read once a page.)"""
    holders: set[int] | None = page.memo.get("article_holders")
    if holders is not None:
        return holders
    body = page.css_first(ARTICLE_BODY)
    holders = set()
    for mark in (*page.index.h1s[:3], *((body,) if body is not None else ())):
        n = mark.parent
        while n is not None and n.mem_id not in holders:
            holders.add(n.mem_id)
            n = n.parent
    page.memo["article_holders"] = holders
    return holders


def _in_a_teaser(node: LexborNode, holders: set[int]) -> bool:
    """Whether a byline that has a teaser-like ancestor (`NOT_BYLINE_TOKENS`: comments, cards, promos) or a
    nav, h1 or blockquote stands in one. A wrapper that also holds the headline is the article's own,
    however it is named ("article.card", "header.header--no-promo"), and so is one that holds the element
    marked as the article's text (a blog's posts in a "widget", under no h1): only the ancestors below where
    the byline meets one of the `holders` (`_article_holders`) count; with none, every one does."""
    if has_ancestor(node, None, ("nav", "h1", "blockquote")):
        return True
    meet = node.parent
    while meet is not None and meet.mem_id not in holders:
        meet = meet.parent
    return has_ancestor(node, NOT_BYLINE_TOKENS, stop=meet)


def _in_prose(name: str) -> bool:
    """A name of several words with one in lower case that no name holds ("ganz viel Kühen")."""
    words = name.split()
    return len(words) > 1 and any(w[:1].islower() and w not in NAME_PARTICLES for w in words)


def _in_a_list(node: LexborNode) -> bool:
    """Inside a list item (teasers, link lists), unless the item or its list is named for authors
    ("ul.authors > li.author")."""
    n = node.parent
    if n is None or not has_ancestor(n, None, ("li",), depth=14):
        return False  # (no list item up there: the walk up told in one call)
    for _ in range(14):
        if n is None or n.tag in ("body", "html"):
            return False
        if n.tag == "li":
            return not (has_ancestor(n, AUTHOR_LIST_TOKENS, depth=2))
        n = n.parent
    return False



def people(authors: list[Author], site_name: str | None, url: str | None = None) -> list[Author]:
    """Only people: organisations, site names, handles and empty names are dropped."""
    out, seen = [], set()
    for a in authors:
        name = clean_text(a.name)
        if not name or is_organisation(name, site_name, url) or not person_names(name, 2) or name.casefold() in seen:
            continue
        seen.add(name.casefold())
        out.append(a)
    return out



#: Bylines that stand for nobody in particular: never kept, even as the only credit.
_PLACEHOLDER = re.compile(r"^\s*(?:(?:our|the)\s+)?(?:\w+\s+)?(?:staff|team|editors?|desk|admin\w*|webmaster|"
                          r"unknown|guest|contributors?)\s*$|"
                          r"^\s*(?:the\s+)?(?:afp|ap|dpa|apa|efe|ansa|upi|reuters|associated press|agencies|"
                          r"agence france[- ]presse|wires?)\b", re.I)  # and the wire agencies


def stands_for_nobody(name: str, site_name: str | None = None, url: str | None = None) -> bool:
    """True when a credit names no person: an organisation (`is_organisation`) or a placeholder ("Unknown",
    "Staff", "admin", a wire agency)."""
    return _PLACEHOLDER.search(name) is not None or is_organisation(name, site_name, url)


#: How far under the headline a byline written in the text may start (the article's opening lines).
_NEAR_HEADLINE = 600


def _in_text(page: Page, name: str) -> bool:
    """True when `name` stands in the page's text (`Page.lines`), as written or in capitals, any white space
    between its words; a one-word name as a whole word (so that "Jan" is not the "Jan" of "Janet")."""
    text = page.lines
    for form in {name, name.upper()}:
        words = form.split()
        if not words or words[0] not in text:
            continue
        if len(words) > 1:  # (one space between them, as most texts write them: no pattern compiled for the name)
            if " ".join(words) in text or re.search(r"\s+".join(map(re.escape, words)), text):
                return True
            continue
        at = text.find(form)
        while at >= 0:
            end = at + len(form)
            if not (at and _wordy(text[at - 1]) or end < len(text) and _wordy(text[end])):
                return True
            at = text.find(form, end)
    return False


def _shown_in_text(page: Page, name: str, headline: str | None = None) -> bool:
    """True when `name` stands in the page's text (`_in_text`) outside the elements no reader sees (a theme's
    author box kept `display: none`: the name there is the CMS's, not a byline) and the places that credit no
    one with the article (`NO_CREDIT_PLACES`: a commenter's name, the site's footer "© 2019 Site by Jane Roe").
    A name written under the `headline`, where a byline stands, is taken as shown without a look at those."""
    if not _in_text(page, name):
        return False
    text = page.lines
    left = text.count(name)  # (as written: a name the text writes otherwise is taken as shown)
    if not left:
        return True
    at = text.find(headline) if headline else -1
    if at >= 0 and text.find(name, at, at + len(headline or "") + _NEAR_HEADLINE) >= 0:
        return True
    places = [n for n in page.css(NO_CREDIT_PLACES) if n.tag != "footer" or not has_ancestor(n, None, ("article",))]
    places += page.css(HIDDEN_ELEMENTS)
    ids = {n.mem_id for n in places}
    for node in places:
        up = node.parent
        while up is not None and up.mem_id not in ids:
            up = up.parent
        if up is not None:
            continue  # (inside another of them, counted with it)
        left -= node.text(deep=True, separator="\n").count(name)
        if left <= 0:
            return False
    return True


def _display_name(page: Page, handle: str) -> tuple[str, bool] | None:
    """The name a login of name parts stands for ("christian.stadtfeld"), as the page's text shows it
    ("Christian P. Stadtfeld"), with any initials between them."""
    parts = _HANDLE_PARTS.split(handle)
    if len(parts) < 2 or not all(p.isalpha() for p in parts):
        return None
    m = re.search(rf"(?<!\w){re.escape(parts[0])}(?:\s+\w\.)*\s+{re.escape(parts[-1])}(?!\w)", page.lines, re.I)
    return (m.group(), True) if m and all(w[:1].isupper() for w in m.group().split()) else None


_HANDLE_PARTS = re.compile(r"[._-]")


def _wordy(ch: str) -> bool:
    """A character that goes on a Latin word ("Jan" in "Janet"; CJK text puts no space between words)."""
    return ch.isalnum() and ch < "\u0250"


def choose_authors(page: Page, ld_authors: list[Author], meta_authors: str | None,
                   site_name: str | None, headline: str | None = None) -> list[Author]:
    """People credited with the article: JSON-LD persons (completed by the marked-up byline when
    it names them all and more, else by one byline element that does: "By A, B and C" over a declared A),
    else the visible byline, else the author meta tags
    (`meta_authors`, the first value given, when they name a person and are not the site's own name: "Mac & i"
    is no "Mac"), else the name a standfirst under the `headline` ends with ("... freuen sich. Von Anna Berger").

    Organisations never stand beside or for a person: a newsroom, an agency or the site named
    along with people is dropped, and so is an organisation that only the JSON-LD or the meta tags
    declare (the publisher standing in). When the visible byline credits an organisation and no
    person, a byline written under the `headline` names the people ("CNN Wire" over "By Jane Roe"), else
    that organisation is kept as the one entry ("By Redaktion", "ET Online", the site's own name), marked
    `organisation`, so the credit is not lost. A lone author known by one name ("Nils") takes the full name a
    byline written under the headline gives ("Eine Kolumne von Nils Pickert").

    A person only the JSON-LD or the meta tags name, whom the page's text never shows, is `shown=False` (a
    byline in a hidden element is never read: `dom_bylines`)."""
    declared = people(ld_authors, site_name, page.url)
    # with declared authors, only the marked-up bylines (itemprop, rel, hCard) may complete them: cheap and precise
    from_comments = False
    if declared:
        shown_names = dom_bylines(page, BYLINE_SELECTORS[:MARKED_UP_BYLINES], written=False)
    else:
        shown_names = dom_bylines(page, written=False, comments=False)
        if not shown_names:
            shown_names = post_author(page)
            from_comments = bool(shown_names)
            shown_names = shown_names or written_bylines(page)
    byline = people([Author(name=n) for n in shown_names], site_name, page.url)
    if declared:
        have = {a.name.casefold() for a in declared}
        shown = {a.name.casefold() for a in byline}
        if not (byline and have < shown):  # else one byline element that names them all and more
            byline = people([Author(name=n) for n in _one_byline_naming(page, have)], site_name,
                            page.url)
            shown = {a.name.casefold() for a in byline}
        for a in declared:
            a.shown = a.name.casefold() in shown or _shown_in_text(page, a.name, headline)
            if not a.shown:
                a.name, a.shown = _display_name(page, a.name) or (a.name, False)
        if byline and have < shown:
            declared += [a for a in byline if a.name.casefold() not in have]
        return declared
    if byline:
        for a in byline if from_comments else ():  # the post author's name from the comments: no credit shown,
            a.shown = _shown_in_text(page, a.name, headline)  # unless the page shows it elsewhere too
        return _completed(page, byline, headline)
    if shown_names and headline:  # the visible byline credits no person: one written under the headline may
        written = people([Author(name=n) for n in written_bylines(page, headline, _NEAR_HEADLINE)], site_name,
                         page.url)
        if written:
            return written
    reporters = people([Author(name=n) for n in _wire_reporters(page)], site_name, page.url)
    if reporters:  # no person in the byline ("REUTERS"): wire copy's closing credit names its reporters
        return reporters
    for name in shown_names:  # only an organisation in the visible byline (the site's own name too)
        full = _spelled_out(page, name)
        if full:  # (initials that link to the author's page: "DT" for Donald Townsend)
            return [Author(name=full)]
        if is_organisation(name, site_name, page.url) and not _PLACEHOLDER.search(name):
            return [Author(name=name, organisation=True)]
    if meta_authors and not meta_authors.startswith("http") and \
            not _the_sites_brand(clean_text(meta_authors).casefold(), site_name, page.url):  # not "Mac" of "Mac & i"
        meta = people([Author(name=n) for n in _before_a_company(person_names(meta_authors))], site_name, page.url)
        for a in meta:
            a.shown = _shown_in_text(page, a.name, headline)
        if meta:
            return _completed(page, meta, headline)
    return people([Author(name=n) for n in _standfirst_byline(page, headline)], site_name, page.url) if headline \
        else []


def _spelled_out(page: Page, initials: str) -> str | None:
    """The full name a byline of initials stands for ("DT" linked to /author/donaldtownsend/): a name of as many
    capitalised words, those initials, that the page's text shows and whose letters make the last segment of
    the author page the initials link to ("Donald Townsend")."""
    if not (2 <= len(initials) <= 4 and initials.isalpha() and initials.isupper()):
        return None
    words = r"\s+".join(rf"{re.escape(c)}[^\W\d_]+" for c in initials)
    for link in page.css(AUTHOR_PAGE_LINKS):
        if node_text(link) != initials or not AUTHOR_PAGE_HREF.search(link.attributes.get("href") or ""):
            continue
        path = split_url(link.attributes.get("href") or "").path
        slug = NOT_IN_DOMAIN.sub("", next((s for s in reversed(path.split("/")) if s), "")).casefold()
        text = page.lines
        for m in re.finditer(words, text):  # (a literal first letter: the scan skips to each)
            if (m.start() and text[m.start() - 1].isalnum()) or NOT_IN_DOMAIN.sub("", m.group()).casefold() != slug:
                continue
            if m.end() == len(text) or not text[m.end()].isalnum():
                return " ".join(m.group().split())
    return None


def _wire_reporters(page: Page) -> list[str]:
    """The reporters wire copy credits in its closing line ("(Reporting by Jane Roe in London; Editing by John
    Doe)" -> [Jane Roe]), without the places they wrote from."""
    shown = page.shown
    if not any(w in shown for w in WIRE_REPORTING_SHOWN):
        return []
    m = WIRE_REPORTERS.search(page.lines)
    if m is None:
        return []
    names = person_names(REPORTED_FROM.sub("", m.group("names")))
    return [] if any(_in_prose(n) or len(n.split()) > 4 for n in names) else names


def _before_a_company(names: list[str]) -> list[str]:
    """The names of a credit up to a company's (a name with a legal form): what follows it is its address
    ("Olympia-Verlag GmbH, Nürnberg, Germany"), no person."""
    for i, name in enumerate(names):
        if LEGAL_FORMS.search(name):
            return names[:i]
    return names


def _standfirst_byline(page: Page, headline: str) -> list[str]:
    """The name a standfirst under the headline ends with ("... sammeln sich die Geier. Von Armin Mustermann")."""
    text = page.lines
    at = text.find(headline)
    if at < 0:
        return []
    m = BYLINE_AFTER_SENTENCE.search(text, at + len(headline), at + len(headline) + _NEAR_HEADLINE)
    return person_names(m.group("name"))[:1] if m else []


def _completed(page: Page, authors: list[Author], headline: str | None) -> list[Author]:
    """A lone author known by one name under the full name a byline written under the headline gives."""
    if len(authors) != 1 or len(authors[0].name.split()) != 1 or not headline:
        return authors
    first = authors[0].name.casefold() + " "
    full = next((n for n in written_bylines(page, headline, _NEAR_HEADLINE) if n.casefold().startswith(first) and
                 all(w[:1].isupper() for w in n.split())), None)
    return [Author(name=full, role=authors[0].role, bio=authors[0].bio, url=authors[0].url)] if full else authors

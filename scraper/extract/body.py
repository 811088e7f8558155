"""The main-content finder: the article's paragraphs from the parsed page.

Our own extractor on the shared selectolax tree (the block step has already
taken out figures, bios and related cards):

1. `clean.clean_for_body`: scripts, styles, navigation, asides, footers, hidden
   elements and small forms go (one CSS selection, `decompose`).
2. `candidates.rank_containers`: the element holding the article's prose.
3. `paragraphs.build_paragraphs`: its text, one paragraph per block; blocks
   named like furniture (share bars, bylines, comments, ...) are skipped.
4. `_filter`: link-heavy paragraphs and lists, furniture lines, the headline, a
   trailing heading with nothing under it, a second copy of a run of
   paragraphs go. A body made of teasers (most paragraphs right after a
   dropped linked title: a home or section page) is emptied: not an article.
5. Checks: a page with no prose reads the element it marks as its article; a
   page whose JSON-LD `articleBody` is longer than our body and mostly missing
   from it gets that declaration as its body; a page with prose and a tiny body
   asks trafilatura, on the same (cleaned) tree, and keeps the longer text
   (`Body.used_fallback` says trafilatura ran).
6. A byline line among the first paragraphs that credits one of the page's authors ("By Jane Roe,
   5 March 2019" in a plain <p>) goes: it is the credit, not the article's text; so does a line there
   that is a date and nothing else ("08.04.2015 12:46", "November 20, 2019 - 11:28 AMT"): the dateline;
   and a copy of the headline there (the page's h1 named a section or the site).
"""
from __future__ import annotations

import html as html_lib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from itertools import filterfalse

import trafilatura
from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..model import Block
from .metadata import Metadata

from .bylines import credits_line
from .candidates import Ranking, rank_containers
from .clean import clean_for_body
from .dates import text_date
from .dom import clean_text
from .furniture import BREAK, CRUFT, LENGTH_HIGH, ends_sentence, paragraph_kind
from .index import css, css_first
from .listing import CARD_CHARS, teaser_share
from .markup import to_block
from .nesting import angle_brackets
from .page import Page
from .paragraphs import Paragraph, build_paragraphs
from .rules.common import MONTHS, SOCIAL_NETWORK_NAMES, SOCIAL_NETWORKS, WEEKDAYS
from .rules.html import RECOMMENDED_HEADINGS, RELATED_HEADINGS
from .rules.text import TEXT_CONSENT_WORDS

__all__ = ["Body", "extract_body", "trafilatura_paragraphs"]

#: Pages larger than this (characters of HTML) never go to the fallback: it is too slow on them.
FALLBACK_MAX_HTML = 3_000_000
#: ... nor pages of more tags than this (after the code is dropped): trafilatura's time grows with the
#: elements (~25 us each: 500,000 tags in 2.6 MB took it 12 s); the largest dev page has ~10,000.
FALLBACK_MAX_TAGS = 50_000
#: Our body is "tiny" below this many characters ...
TINY_BODY = 250
#: ... when the page holds at least this much prose (paragraphs of text, not menus).
PAGE_PROSE_FOR_TINY = 600
#: A body is an article when it holds this much text, in a paragraph of at least LONG_PARAGRAPH.
ARTICLE_MIN_CHARS = 200
LONG_PARAGRAPH = 80
#: The last paragraphs of a body where a sign-off's follow prompt may close a paragraph.
SIGN_OFF_PARAGRAPHS = 3
#: The first paragraphs of a body where a byline line or a dateline (a date alone) may stand.
HEAD_PARAGRAPHS = 3
#: A dateline is shorter than this; its words other than the date's figures, month and day names are at
#: most this many letters long (a time zone, "Uhr", "AM", "de").
DATE_LINE_CHARS = 60
DATE_LINE_WORD = 3
#: A body where most paragraphs follow a dropped linked title, and at least this many, is a
#: list of teasers (a home or section page): not an article.
MIN_TEASERS = 3
TEASER_CHARS = 300  # ... and whose paragraphs are this short on average
#: A body this much of whose text lies in the page's teaser cards is their teasers (a home, section or
#: archive page, `listing.teaser_share`): not an article.
TEASER_SHARE = 0.6
#: ... asked of a body the fallback gave (the walk found next to nothing: excerpts under furniture names)
#: or of one shorter than this (a lead card's dek).
SHORT_BODY = 600
#: This many paragraphs repeated in the same order are a copy of the text (a mobile and a desktop
#: version in one page): the second copy goes.
REPEATED_RUN = 5
REPEATED_RUN_CHARS = 1000  # ... holding at least this much text
#: A body holding "cookie", this many different consent words, and one consent word in
#: CONSENT_DENSITY words is a consent dialog.
CONSENT_WORDS = 3
CONSENT_DENSITY = 20

#: A paragraph's closing link that is furniture ("Jetzt Supporter werden!") is shorter than this.
PROMPT_LINK_CHARS = 60

#: A label before a list of links ("Tags:", "Topics:") is at most this long.
LABEL_CHARS = 60
#: A short line that is no sentence ("In this text", "Tags") is a label below this many characters ...
LABEL_LINE = 40
#: ... and at most STRAY_LINES lines below STRAY_CHARS after the article's last long paragraph are stray labels.
STRAY_LINES = 2
STRAY_CHARS = 25

_WORDS = re.compile(r"\w+")
#: An ASCII character of `_WORDS` -> its lower case, any other ASCII character -> a space; the bytes of a
#: non-ASCII character (all >= 0x80) stay: the runs this leaves are the words of an ASCII text, casefolded.
_ASCII_WORDS = bytes(c if c >= 128 else ord(chr(c).lower()) if _WORDS.fullmatch(chr(c)) else 32 for c in range(256))
_DIGIT = re.compile(r"\d")
_PUNCTUATION = ".,:;|/()[]-–—•·*"
_TAG = re.compile(r"<[^>]{0,500}>")
#: Where a declared body lost a paragraph break: a sentence's end (after a small letter or a
#: digit) glued to the next one's capital, or two spaces or more after a sentence's end.
_LOST_BREAK = re.compile(r"(?<=[a-zß-ÿ0-9][.!?…])(?=[\"“„«]?[A-ZÀ-Þ])|(?<=[.!?…\"”»])[ \t\u00a0]{2,}(?=\S)")


@dataclass
class Body:
    """The body step's result: the paragraphs, their layout (one Block each, or none when the text
    came from elsewhere than the walk), whether they make an article, whether trafilatura ran."""

    paragraphs: list[str]
    is_article: bool = True
    used_fallback: bool = False
    structure: list[Block] = field(default_factory=list)


def trafilatura_paragraphs(html: str, url: str | None = None) -> list[str]:
    """trafilatura's main text, one paragraph per line of its output."""
    text = trafilatura.extract(html, url=url, include_comments=False, include_tables=True,
                               include_images=False, include_links=False, deduplicate=False,
                               with_metadata=False, favor_precision=False) or ""
    return [p for p in (clean_text(line) for line in text.split("\n")) if p]


def _is_dateline(text: str) -> bool:
    """A line that is a date and nothing else: "08.04.2015 12:46", "Dienstag, 2. November 2021", "November
    20, 2019 - 11:28 AMT" (figures, month and day names, words of at most DATE_LINE_WORD letters). A
    name or a label makes it something else ("Tuesday 15 October 2019 by Jane Roe", "Updated: ...")."""
    if len(text) >= DATE_LINE_CHARS or _DIGIT.search(text) is None:
        return False
    for token in text.split():
        word = token.strip(_PUNCTUATION).casefold()
        if sum(c.isalpha() for c in word) > DATE_LINE_WORD and word not in MONTHS and word not in WEEKDAYS:
            return False
    return text_date(text) is not None


def _ends_in_prompt(p: Paragraph) -> bool:
    """A long paragraph closed by a link that is a furniture line of its own: a support or sign-up
    box's appeal ("Did you like this article? ... Jetzt Supporter werden!", "... Subscribe now")."""
    if not p.link_chars or p.marks is None:
        return False
    raw, spans = p.marks
    for start, end, kind, _ in reversed(spans):
        if kind == "link":
            break
    else:
        return False
    if raw[end:].strip(" \x00.!?…»"):
        return False  # text follows the link: it closes nothing
    link = " ".join(raw[start:end].replace("\x00", " ").split())
    return 0 < len(link) < PROMPT_LINK_CHARS and paragraph_kind(link) == CRUFT


def _is_label(p: Paragraph) -> bool:
    """A short line that is no sentence: a heading, a label ("In this text", "Tags")."""
    return len(p.text) < LABEL_LINE and not ends_sentence(p.text)


def _is_label_over_links(p: Paragraph) -> bool:
    """A label and a list of links: "Tags: a, b, c", "Topics: Politics, Europe" (what follows the
    colon is two or more links; one link after a label is a source or a pointer, often the text's)."""
    text = p.text
    colon = text.find(":")
    if not p.link_chars or colon < 0 or colon > LABEL_CHARS or len(text) > LENGTH_HIGH:
        return False
    separators = text.count(",", colon) + text.count("|", colon) + text.count("·", colon)
    rest = len(text) - colon - 1 - separators * 2
    return separators > 0 and rest > 0 and p.link_chars >= 0.8 * rest


def _is_related_title(text: str) -> bool:
    """A related list's title alone ("Read next", "RELATED STORIES"), not a sentence that starts so."""
    m = RELATED_HEADINGS.match(text) or RECOMMENDED_HEADINGS.match(text)
    return m is not None and not text[m.end():].strip(" :.!»›>|")


def _filter(paras: list[Paragraph], headline: str = "") -> tuple[list[Paragraph], bool]:
    """Drop link-heavy paragraphs and lists, furniture lines, dangling headings, repeated runs.

    A paragraph repeated further on stays (texts do repeat themselves); a run of
    paragraphs repeated is a copy of the text (for another screen size) and goes.

    Also tells a list of teasers (a home or section page): when most kept
    paragraphs come right after a linked title that was dropped, the "body" is
    teaser texts, not an article.
    """
    kept: list[Paragraph] = []
    headline = headline.casefold()
    after_title = False  # the previous paragraph was a dropped linked title
    teasers = 0
    over_links: set[int] = set()  # labels right before links that went ("In this text", "Tags")
    total = sum(len(p.text) for p in paras)
    seen = 0
    in_box = False  # after a furniture heading in the second half (a support box's "Support us from $2")
    for p in paras:
        seen += len(p.text)
        if in_box:  # a box's short lines; a heading or a long paragraph: the article goes on
            if p.kind != "h" and len(p.text) < LENGTH_HIGH:
                continue
            in_box = False
        # what a short paragraph's wording makes it: CRUFT (share bars, sign-up and support prompts,
        # reading times), BREAK (a comment section opens) or None
        wording = paragraph_kind(p.text) if len(p.text) < LENGTH_HIGH else None
        if wording == CRUFT and p.kind == "h" and seen * 2 > total:
            in_box = True  # a support or sign-up box's heading in the second half: its short lines go too
            continue
        if wording == CRUFT or _is_label_over_links(p) or (len(p.text) >= LENGTH_HIGH and _ends_in_prompt(p)):
            continue
        if wording == BREAK and seen * 2 > total:
            break  # a comment section opens in the second half: the rest is comments
        ratio = p.link_ratio
        if ratio > 0.5 and (p.kind in ("li", "h", "cell", "row") or ratio > 0.8 or len(p.text) < 200):
            after_title = 15 <= len(p.text) < 200 and p.kind in ("h", "p")
            if kept and _is_label(kept[-1]):
                over_links.add(id(kept[-1]))
            continue
        if p.kind == "h" and headline and p.text.casefold() == headline:
            continue
        teasers += after_title
        after_title = False
        kept.append(p)
    # a heading, or a short line leading into something that is gone ("Read on:"), ends nothing
    # nor does the title of a related list that went ("Read next", "Related stories")
    while kept and (kept[-1].kind == "h" or (len(kept[-1].text) < 80 and kept[-1].text.endswith(":"))
                    or (len(kept[-1].text) < 40 and _is_related_title(kept[-1].text))
                    or id(kept[-1]) in over_links):
        kept.pop()
    _drop_stray_tail(kept, over_links)
    for p in kept[-SIGN_OFF_PARAGRAPHS:]:
        _drop_follow_prompts(p)
    kept = _drop_repeated_runs(kept)
    # (a listicle's items are long; teasers on a home page are a line or two)
    listing = (teasers >= MIN_TEASERS and teasers * 2 >= len(kept)
               and sum(len(p.text) for p in kept) < TEASER_CHARS * len(kept))
    return kept, listing


def _drop_follow_prompts(p: Paragraph) -> None:
    """The sentences that close a paragraph asking the reader to follow someone on a social network ("... is out
    now. Follow him on Twitter @jroe. Follow us on Twitter @site or Facebook."): furniture, cut from the paragraph
    with its marks (a paragraph that is nothing but one went as furniture already)."""
    text = p.text
    cut = len(text)
    while True:  # (a prompt is a short sentence: the last LENGTH_HIGH characters are looked at, no more)
        start = max(0, cut - 1 - LENGTH_HIGH)
        at = max(text.rfind(". ", start, cut - 1), text.rfind("! ", start, cut - 1), text.rfind("? ", start, cut - 1))
        if at < 0:
            break
        tail = text[at + 2:cut]
        low = tail.casefold()  # (a look for the names first: most closing sentences name none, nor a handle)
        if not ("@" in low or any(name in low for name in SOCIAL_NETWORK_NAMES)) \
                or paragraph_kind(tail) != CRUFT or not SOCIAL_NETWORKS.search(tail):
            break
        cut = at + 1
    if cut == len(text):
        return
    p.text = text[:cut]
    if p.marks is not None:  # the raw text cut where as many of its visible characters are left
        raw, spans = p.marks
        left = sum(not c.isspace() for c in p.text)
        end = 0
        while left and end < len(raw):
            left -= not (raw[end].isspace() or raw[end] in "\x00\u200b")
            end += 1
        p.marks = raw[:end], [(a, min(b, end), kind, node) for a, b, kind, node in spans if a < end]
    p.link_chars = min(p.link_chars, len(p.text))


def _drop_stray_tail(kept: list[Paragraph], over_links: set[int]) -> None:
    """Without the short lines that are no sentences after the article's last long paragraph (one
    that ends a sentence): labels of furniture whose links went ("In this text", "Features", "Social
    media" over its icons). At most STRAY_LINES of them, not counting labels seen over links."""
    n = stray = 0
    while (len(kept) > n + 1 and kept[-1 - n].kind in ("p", "h") and len(kept[-1 - n].text) < STRAY_CHARS
           and not ends_sentence(kept[-1 - n].text)):
        stray += id(kept[-1 - n]) not in over_links
        n += 1
    if n and stray <= STRAY_LINES and len(kept[-1 - n].text) >= LENGTH_HIGH and ends_sentence(kept[-1 - n].text):
        del kept[-n:]


def _drop_repeated_runs(paras: list[Paragraph], run: int = REPEATED_RUN) -> list[Paragraph]:
    """Without the later copies of any run of `run` or more paragraphs seen before, in order."""
    if len(paras) < 2 * run:
        return paras
    texts = [p.text for p in paras]
    sizes = [len(t) for t in texts]
    first: dict[tuple[str, ...], int] = {}
    copy = [False] * len(paras)
    chars = sum(sizes[:run])  # (of the window at j, kept up to date as it slides)
    for j in range(len(paras) - run + 1):
        if j:
            chars += sizes[j + run - 1] - sizes[j - 1]
        if chars < REPEATED_RUN_CHARS:
            continue  # short lines (labels, headings of a table-like layout) do repeat
        window = tuple(texts[j:j + run])
        start = first.setdefault(window, j)
        if start + run <= j:  # seen before, not overlapping: a copy
            copy[j:j + run] = [True] * run
    return [p for p, c in zip(paras, copy) if not c]


def _word_bag(text: str) -> Counter[bytes]:
    """`Counter(_WORDS.findall(text.casefold()))`, each word as its UTF-8 bytes. The regex, one string a word,
    and casefold cost ~500 instructions a character of a long text (a declared articleBody): the ASCII words
    are read off by one table (`_ASCII_WORDS`, a C loop) and split; only the runs holding a non-ASCII
    character (~5 % of an English or German text's) go through casefold and the regex. (The same words:
    every ASCII character but a word's is one casefold keeps and no word holds, so no word runs across
    one, and casefold folds each character alone.)"""
    runs = text.encode("utf-8", "surrogatepass").translate(_ASCII_WORDS).split()
    bag = Counter(filter(bytes.isascii, runs))
    others = filterfalse(bytes.isascii, runs)  # (apart: inferred from join's argument, the type is Buffer's)
    rest = b" ".join(others)
    if rest:
        words = _WORDS.findall(rest.decode("utf-8", "surrogatepass").casefold())
        bag.update(" ".join(words).encode().split())
    return bag


def _word_recall(reference: str, text: str) -> float:
    """Share of `reference`'s words found in `text` (bags of words: a word `reference` holds n times
    and `text` m times counts min(n, m) times; the bags are counted in C)."""
    ref = _word_bag(reference)
    words = sum(ref.values())
    if not words:
        return 1.0
    have = _word_bag(text)
    return sum(map(min, ref.values(), map(have.__getitem__, ref))) / words  # (a Counter: 0 for a missing word)


def _paragraphs(tree: LexborHTMLParser, ranking: Ranking, headline: str) -> tuple[list[Paragraph], bool]:
    """The filtered paragraphs of the best container, and whether they are a list of teasers.

    When the walk keeps under a fifth of the container's prose, a furniture name
    hid the article ("paywall-container", "meta-field" wrappers): walk again,
    skipping only furniture that is small next to the container. When the page
    has next to no prose (a page of short lines: specs, a poem, a data sheet),
    the element the page marks as its article (`itemprop=articleBody`, a lone
    `<article>`, `<main>`) is read instead, if it gives more.
    """
    best = ranking.best
    paragraphs: list[Paragraph] = []
    listing = False
    if best is not None:
        paragraphs, listing = _filter(build_paragraphs([best], ranking.prose, whole=ranking.whole), headline)
        total = ranking.prose.get(best, 0)
        if sum(len(p.text) for p in paragraphs) * 5 < total:
            paragraphs, listing = _filter(build_paragraphs([best], ranking.prose, keep_share=0.2,
                                                           whole=ranking.whole), headline)
    size = sum(len(p.text) for p in paragraphs)
    if size < TINY_BODY and not listing:
        hint = _marked_article(tree)
        if hint is not None and (best is None or hint is not best):
            other, other_listing = _filter(build_paragraphs([hint], ranking.prose, whole=ranking.whole), headline)
            if sum(len(p.text) for p in other) > size and not other_listing:
                return other, False
    return paragraphs, listing


def _consent_like(paragraphs: list[str]) -> bool:
    """True for a body that reads as a consent dialog: "cookie", CONSENT_WORDS different consent
    words, and one in CONSENT_DENSITY words of it a consent word (an article about tracking
    uses them too, but far less densely)."""
    text = " ".join(paragraphs)
    if "ookie" not in text:
        return False
    found = [m.group(0).casefold() for m in TEXT_CONSENT_WORDS.finditer(text)]
    return (len(set(found)) >= CONSENT_WORDS and any(w.startswith("cookie") for w in found)
            and len(found) * CONSENT_DENSITY >= len(text.split()))


def _consent_dialog(ranking: Ranking, tree: LexborHTMLParser) -> LexborNode | None:
    """The largest element holding prose whose text reads as a consent dialog, when it holds
    neither the page's body nor its headline."""
    for node in sorted(ranking.prose, key=ranking.prose.__getitem__, reverse=True):
        if (node.tag not in ("html", "body") and _consent_like([node.text(deep=True, separator=" ")])
                and node.css_first("h1") is None):
            return node
    return None


def _marked_article(tree: LexborHTMLParser) -> LexborNode | None:
    """The element the page marks as its article: itemprop=articleBody, a lone <article>, <main>."""
    node = css_first(tree, '[itemprop="articleBody"]')
    if node is not None:
        return node
    articles = css(tree, "article")
    if len(articles) == 1:
        return articles[0]
    return css_first(tree, "main, [role=main]") if not articles else None


def _in_cards(page: Page, paragraphs: list[str], size: int) -> bool:
    """True when TEASER_SHARE of the body lies in the page's teaser cards (a listing page). Asked only
    when that much of it is in paragraphs short enough to be in a card (an article's long ones are not)."""
    short = sum(len(p) for p in paragraphs if len(p) <= CARD_CHARS)
    return short >= TEASER_SHARE * size and teaser_share(page, paragraphs) >= TEASER_SHARE


def _declared_paragraphs(declared: str) -> list[str]:
    """A JSON-LD `articleBody` as paragraphs: one a line (markup some sites leave in it removed).

    Many sites write it with the paragraph breaks gone: joined with nothing ("... the
    lamp.The lighthouse ...") or with two spaces; those joins are breaks again. (A single
    space is no break: a sentence the markup shows alone may be a teaser cut from a paragraph.)"""
    if "<" in declared and ">" in declared:
        declared = _TAG.sub("\n", declared)
    if "&" in declared:
        declared = html_lib.unescape(declared)
    declared = _LOST_BREAK.sub("\n", declared)
    return [p for p in (clean_text(line) for line in declared.split("\n")) if p]


def extract_body(page: Page, md: Metadata | None = None) -> Body:
    """The article body of the page (its tree is pruned in place).

    The text the page declares as its body (`md.article_body`, JSON-LD `articleBody`) stands in
    when the markup hides the article.
    """
    tree, url = page.tree, page.url
    declared = md.article_body if md is not None else ""
    clean_for_body(tree)
    ranking = rank_containers(tree)
    h1 = css_first(tree, "h1")  # the headline: metadata, not body (other h1 are headings)
    headline = " ".join(h1.text(deep=True).split()) if h1 is not None else ""
    walked, listing = _paragraphs(tree, ranking, headline)
    consent = _consent_like([p.text for p in walked])
    dialog = _consent_dialog(ranking, tree) if consent else None
    if dialog is not None:
        # The body reads as a consent dialog (its class names did not tell): without the
        # dialog, again; trafilatura is asked if what is left is tiny.
        dialog.decompose()
        ranking = rank_containers(tree)
        walked, listing = _paragraphs(tree, ranking, headline)
    if listing:  # a home or section page: its teasers are not an article
        walked = []
    paragraphs = [p.text for p in walked]
    size = sum(len(p) for p in paragraphs)

    used_fallback = False
    if len(declared) > max(300, size) and _word_recall(declared, " ".join(paragraphs)) < 0.6:
        # The page declares a longer text than we found, and we miss much of it: the page's
        # markup hides the article (a script renders it): the declaration is the body.
        paragraphs = _declared_paragraphs(declared)
        walked = []
    elif size < TINY_BODY and (ranking.page_prose >= PAGE_PROSE_FOR_TINY or consent) and not listing:
        # Prose on the page, next to nothing found: ask trafilatura (not on huge pages: too slow).
        html = tree.html or ""
        if len(html) <= FALLBACK_MAX_HTML and angle_brackets(html) <= FALLBACK_MAX_TAGS:
            used_fallback = True
            other = [p for p in trafilatura_paragraphs(html, url) if p.casefold() != headline.casefold()]
            if sum(len(p) for p in other) > size and not _consent_like(other):
                paragraphs = other
                walked = []
    # a byline line at the top of the text credits the article, a dateline dates it, the headline (a copy in
    # a heading or a paragraph other than the h1: the h1 named a section, the site) titles it: not its text
    names = [a.name for a in md.authors] if md is not None else []
    title = " ".join(md.headline.split()).casefold() if md is not None and md.headline else ""
    for i in range(min(HEAD_PARAGRAPHS, len(paragraphs)) - 1, -1, -1):
        text = paragraphs[i]
        # (casefold never shortens a text: a longer one is no copy, and is not folded)
        if (_is_dateline(text) or (title and len(text) <= len(title) and text.casefold() == title)
                or (names and credits_line(text, names))):
            del paragraphs[i]
            if walked:
                del walked[i]
    # one spelling of each character: NFC, as readers and search indexes expect
    paragraphs = [p if p.isascii() or unicodedata.is_normalized("NFC", p) else unicodedata.normalize("NFC", p)
                  for p in paragraphs]
    size = sum(len(p) for p in paragraphs)
    is_article = (size >= ARTICLE_MIN_CHARS
                  and (size >= 5 * ARTICLE_MIN_CHARS or any(len(p) >= LONG_PARAGRAPH for p in paragraphs)))
    if is_article and (used_fallback or size < SHORT_BODY) and _in_cards(page, paragraphs, size):
        paragraphs, walked, is_article = [], [], False  # a listing page: its teasers are not an article
    structure = [to_block(p, text, page.base_url) for p, text in zip(walked, paragraphs)]
    return Body(paragraphs=paragraphs, is_article=is_article, used_fallback=used_fallback, structure=structure)

"""The headline of a text dump.

Dumps usually start with the page's `<title>` ("Headline - Site"), then show the
headline again as the h1 line; browser copies show the h1 twice (once in a
header bar). In that order of trust, the headline is:

- a line that repeats the title's headline (`title_matches`; these lines also
  anchor the article's stretch, which follows one of them);
- above the prose, the headline-shaped line (title-sized, not a sentence, a
  byline, a date or a credit) sharing most words with the title;
- the nearest headline-shaped line the page shows twice;
- the nearest title-shaped line above the prose (not a standfirst).
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from .dates import text_date
from .rules.common import BYLINE, CREDIT_WORDS
from .rules.text import TIME_AGO
from .text_people import byline_names
from .text_lines import BREAK, CRUFT, FOOTER, GOOD, NEAR, SECTION, SHORT, Line

#: Separators between a title's headline and the site's name.
_TITLE_SEPARATORS = re.compile(r"\s+(?:[|–—·•»:~/]|-|::)\s+")
_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "`": "'", "´": "'", "\u00a0": " ",
                         "–": "-", "—": "-", "‒": "-", "−": "-"})
#: A headline line is between these many words (CJK: characters / 2) ...
MIN_WORDS, MAX_WORDS = 3, 40
#: ... and, when only contained in the title, at least this share of the title part it matches.
MIN_TITLE_SHARE = 0.6
#: A line that holds a title part whole may be this many times longer ("... in Tennessee").
MAX_TITLE_GROWTH = 1.5
#: Lines above the prose (furniture not counted) searched for the headline when the title names none.
HEADLINE_REACH = 12
#: Share of a line's words found in the page title from which the line is the title's headline.
MIN_TITLE_OVERLAP = 0.3
#: Words of a date line ("November 15, 2019", "Nov 15, 2019 5:45 AM"), or words other than figures
#: ("segunda-feira, 22 de janeiro de 2018 às 0:13") of a line of at most twice as many words.
DATE_LINE_WORDS = 8
DATE_LINE_NAMES = 6
#: A headline announces its article: its byline or date within this many lines under it (lines of
#: fewer than MIN_WORDS words not counted: a kicker, a share count), no more than BYLINE_SPAN lines
#: in all, and a paragraph within ARTICLE_REACH lines.
BYLINE_REACH = 4
BYLINE_SPAN = 8
ARTICLE_REACH = 12
#: ... or, on a page of a list (a calendar, standings), a date line with this many list entries in a
#: row within ARTICLE_REACH lines under it (navigation entries, bylines and dates are none).
LIST_ENTRIES = 6
#: A navigation entry has at most this many words.
MENU_WORDS = 4
#: Words from which a paragraph-like line above a byline is its standfirst, not its headline.
STANDFIRST_WORDS = 20
#: A page title names the article when it has this many words (not only the site's name).
TITLE_MIN_WORDS = 3
_TOKEN = re.compile(r"\w+")
#: Page furniture by its wording: never a headline.
_FURNITURE = (CRUFT, BREAK, SECTION, FOOTER)
#: A line of names: this share of capitalised words at least, this stop-word density at most.
NAMES_TITLE_CASE, NAMES_STOPS = 0.85, 0.1
#: ... or a short line in capitals ("JANE DOE, THE DAILY TIMES").
NAMES_CAPS_WORDS = 6
#: A clock time ("21:17", "9:22 am"): a short line holding one is a time stamp.
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")
_DIGIT = re.compile(r"\d")
#: Share of digits from which a line is a time stamp or a score, not a headline.
MAX_DIGIT_SHARE = 0.3


def fold(text: str) -> str:
    """Case, quotes and spaces folded, for comparing lines."""
    return " ".join(text.translate(_QUOTES).casefold().split()).strip(" .")


def title_parts(title: str) -> list[str]:
    """The folded title and its parts split at site-name separators ("Headline | Site")."""
    folded = fold(title)
    out = [folded]
    seps = list(_TITLE_SEPARATORS.finditer(folded))
    if seps:
        out.append(folded[:seps[-1].start()])  # without the site's name at the end
    parts = [p for p in _TITLE_SEPARATORS.split(folded) if len(p.split()) >= MIN_WORDS]
    if len(parts) > 1 and len(parts[-1]) < max(map(len, parts)):
        parts.pop()  # the site's name ends most titles
    out += parts
    return list(dict.fromkeys(p.strip() for p in out if p.strip()))


def _looks_like_headline(line: Line) -> bool:
    return MIN_WORDS <= line.words <= MAX_WORDS and line.kind not in _FURNITURE and not line.text.endswith((":",))


def matches_title(line: Line, parts: list[str]) -> bool:
    """True when the line is the title's headline (whole, one part, or most of a part)."""
    text = fold(line.text)
    for part in parts:
        if text == part:
            return True
        if text in part and len(text) >= MIN_TITLE_SHARE * len(part):
            return True
        if part in text and len(text) <= MAX_TITLE_GROWTH * len(part) and len(part.split()) > MIN_WORDS:
            return True
    return False


def title_matches(lines: list[Line]) -> list[int]:
    """Indexes of the lines that repeat the page title's headline (the first line is the title)."""
    if not lines:
        return []
    parts = title_parts(lines[0].text)
    title_words = set(_TOKEN.findall(fold(lines[0].text)))
    lead = _TITLE_SEPARATORS.split(fold(lines[0].text))[0]  # a short headline: the title's first part
    return [ln.index for ln in lines[1:]
            if _first_word(ln.text) in title_words and ln.kind != CRUFT
            and ((_looks_like_headline(ln) and matches_title(ln, parts))
                 or (ln.words == MIN_WORDS - 1 and fold(ln.text) == lead and len(parts) > 1))]


def _first_word(text: str) -> str:
    """The line's first word, folded (a cheap test before the full comparison with the title)."""
    m = _TOKEN.search(text.casefold())
    return m.group(0) if m else ""


def is_date_line(line: Line) -> bool:
    """True for a line that is a date and little else."""
    if line.words > DATE_LINE_WORDS and (line.words > 2 * DATE_LINE_WORDS or sum(
            not w.isdigit() for w in _TOKEN.findall(line.text)) > DATE_LINE_NAMES):
        return False
    return text_date(line.text) is not None


def is_byline_or_date(lines: list[Line], i: int) -> bool:
    """True for a byline ("By Jane Doe", "By" with the name on the next line, "Jane Doe @jane / 2 days")
    or a date line (a time stamp too: "9:22 am", "2 hours ago")."""
    line = lines[i]
    if line.words > 20:
        return False
    text = line.text
    if BYLINE.match(text):
        return True
    if line.words == 1:
        return i + 1 < len(lines) and bool(BYLINE.match(text + " " + lines[i + 1].text))
    dated = _DIGIT.search(text) is not None  # (a date, a clock time or a handle: a cheap test first)
    if dated and is_date_line(line):
        return True
    if line.words <= DATE_LINE_WORDS and ((dated and _CLOCK.search(text)) or TIME_AGO.match(text)):
        return True
    return (dated or "@" in text) and bool(byline_names(line, None))


def nav_entry(line: Line) -> bool:
    """A navigation entry: a few words, all capitalised, no figures ("Workout Supplements")."""
    return (line.words <= MENU_WORDS and line.title_case >= 0.99 and not line.ends_sentence
            and not any(c.isdigit() for c in line.text))


def not_an_item(line: Line) -> bool:
    """A navigation entry or a teaser's byline or date: what a list of other articles has and an
    article's list has not."""
    return nav_entry(line) or bool(BYLINE.match(line.text)) or is_date_line(line)


def headline_anchors(lines: list[Line]) -> list[int]:
    """Lines that announce an article wherever they stand: a top-level heading (Markdown's "#"), or the
    headline above a byline or a date line (`headline_above`) that has a paragraph or a list soon
    after it, or right under it when there is none above (`headline_below`)."""
    out = [line.index for line in lines if line.heading == 1 and _headline_shaped(line)]
    bylines = [is_byline_or_date(lines, j) for j in range(len(lines))]
    # the first paragraph, and the first line of LIST_ENTRIES list entries in a row, after line j
    # (none yet), filled from the end
    next_good = next_list = len(lines) + ARTICLE_REACH + 1
    entries = 0  # list entries in a row from line j + 1 on
    for j in range(len(lines) - 1, 0, -1):
        if bylines[j] and (next_good - j <= ARTICLE_REACH
                           or (next_list - j <= ARTICLE_REACH and is_date_line(lines[j]))):
            i = headline_above(lines, j, bylines)
            if i is None:
                i = headline_below(lines, j, bylines)
            if i is not None:
                out.append(i)
        line = lines[j]
        if line.kind == GOOD:
            next_good = j
        entries = entries + 1 if line.kind in (SHORT, NEAR) and not bylines[j] and not nav_entry(line) else 0
        if entries >= LIST_ENTRIES:
            next_list = j
    return sorted(set(out))


def headline_above(lines: list[Line], j: int, bylines: list[bool]) -> int | None:
    """The headline over the byline or date line `j`: the nearest headline-shaped line within
    BYLINE_REACH lines above it (labels and counts not counted), past share bars, other bylines and
    dates (`bylines`), a standfirst and short labels; when that line reads as a standfirst or the byline's names and the line right
    above it is headline-shaped too, that one."""
    found: list[Line] = []
    counted = 0
    for i in range(j - 1, max(-1, j - 1 - BYLINE_SPAN), -1):
        line = lines[i]
        if line.words >= MIN_WORDS:
            counted += 1
            if counted > BYLINE_REACH:
                break
        if (line.kind in _FURNITURE or line.words < MIN_WORDS or line.text.endswith(".")
                or (line.kind == GOOD and line.words > STANDFIRST_WORDS)
                or bylines[i] or not _headline_shaped(line)
                or (i > 0 and lines[i - 1].text.endswith(":"))):  # a label's value ("Author:" / "Jane Doe")
            continue
        if line.item and (found or (i > 0 and lines[i - 1].item) or lines[i + 1].item):
            break  # a list above the article: a menu, breadcrumbs (a list of one may wrap the headline)
        found.append(line)
        if line.item:
            break
    if not found:
        return None
    if len(found) > 1 and found[1].index == found[0].index - 1 and (
            found[0].kind == NEAR or _names_only(found[0]) or found[1].repeats > found[0].repeats):
        return found[1].index
    return found[0].index


def headline_below(lines: list[Line], j: int, bylines: list[bool]) -> int | None:
    """The headline under the byline or date line `j` that has none over it (a page that prints its
    byline first): the next line past other bylines and dates, headline-shaped, over a paragraph."""
    i = j + 1
    while i < len(lines) and i - j <= BYLINE_REACH and bylines[i]:
        i += 1
    k = i + 1  # past a share bar or a label ("Twitter Facebook")
    while k < len(lines) and k - i <= BYLINE_REACH and (lines[k].words < MIN_WORDS or lines[k].kind == CRUFT):
        k += 1
    if (k < len(lines) and lines[k].kind == GOOD and lines[i].kind != GOOD and not lines[i].item
            and _headline_shaped(lines[i])):
        return i
    return None


def _names_only(line: Line) -> bool:
    """True for a line that names people or a desk ("JANE DOE, FUTURISM", "Jane Doe and John Roe
    Sioux Falls Times"): capitalised words, hardly a function word among them."""
    return (line.title_case >= NAMES_TITLE_CASE and line.stops <= NAMES_STOPS) or (
        line.words <= NAMES_CAPS_WORDS and line.text.isupper())


def _headline_shaped(line: Line) -> bool:
    """A line that could be a headline standing alone: title-sized, not a sentence or the rest of one
    (it opens with a word in lower case), not a byline, a date, a time stamp or a credit."""
    text = line.text
    first = (text.split(None, 1) or [""])[0].rstrip(",;:!?")
    return (_looks_like_headline(line) and not text.endswith(".") and not BYLINE.match(text)
            and not (first.islower() and first.isalpha())  # a sentence's second line ("schools, we have ...")
            and sum(c.isdigit() for c in text) <= MAX_DIGIT_SHARE * len(text)
            and not (line.words <= DATE_LINE_WORDS and _CLOCK.search(text))
            and not (line.heading != 1 and CREDIT_WORDS.search(text)) and not is_date_line(line))


def _title_overlap(line: Line, title_words: set[str]) -> float:
    """Share of the line's words in the title."""
    words = [w for w in _TOKEN.findall(line.text.casefold()) if len(w) > 2]
    return sum(w in title_words for w in words) / len(words) if words else 0.0


def _title_match(line: Line, title_words: set[str]) -> float:
    """How much the line and the title are one text: the lesser of the share of the line's words in
    the title and of the title's words in the line (a title is its headline and the site's name;
    a dump's first line that is a menu shares a word or two with many lines)."""
    words = {w for w in _TOKEN.findall(line.text.casefold()) if len(w) > 2}
    if not words or not title_words:
        return 0.0
    common = len(words & title_words)
    return min(common / len(words), common / len(title_words))


def headline_line(lines: list[Line], start: int, anchors: Sequence[int], strong: Sequence[int] = ()) -> int | None:
    """The index of the headline line for an article whose prose starts at line `start`.

    The title's repeat nearest above the prose; else, among the headline-shaped lines
    above the prose, the one sharing most words with the title; else the best of them by
    `_headline_weight` (what announces an article, what the page shows twice, length, nearness).
    """
    before = [a for a in anchors if a <= start]
    if before:
        return before[-1]
    candidates: list[Line] = []
    title_words = {w for w in _TOKEN.findall(lines[0].text.casefold()) if len(w) > 2} if lines else set()
    strong_set = set(strong)
    i = min(start, len(lines) - 1)
    # the first line is the page's title, unless the dump starts with the headline (no title printed)
    while i >= (0 if 0 in strong_set else 1) and len(candidates) < HEADLINE_REACH:
        line = lines[i]
        # the prose's first line may be the headline when the page shows it twice (a header bar),
        # when it shares words with the title or announces the article
        if _headline_shaped(line) and (
                i < start or line.repeats > 1 or i in strong_set
                or _title_overlap(line, title_words) >= MIN_TITLE_OVERLAP):
            candidates.append(line)
        i -= 1
    if not candidates:
        return None
    if len(title_words) < TITLE_MIN_WORDS:
        title_words = set()
    weights = [(_headline_weight(c, rank, c.index in strong_set, _title_match(c, title_words)), c.index)
               for rank, c in enumerate(candidates)]
    return max(weights)[1]


def _headline_weight(line: Line, rank: int, announces: bool, title_overlap: float) -> float:
    """How much a line above the prose reads as its headline: it shares words with the page title,
    announces the article (byline or date under it), is a top heading, the page shows it twice,
    it is a title rather than a list entry, a standfirst or a name; nearer lines first."""
    w = 2.0 if announces else 0.0
    if title_overlap >= MIN_TITLE_OVERLAP:
        w += 3.0 * title_overlap
    w += {1: 2.0, 2: 0.5}.get(line.heading, 0.0)
    if line.repeats > 1 and not line.ends_sentence:
        w += 1.0
    if line.item:
        w -= 1.5
    if line.kind in (GOOD, NEAR):
        w -= 1.0
    if _names_only(line):
        w -= 1.5
    return w + min(line.words, 12) / 12 - 0.1 * rank


def site_name_of(lines: list[Line], headline: str | None) -> str | None:
    """The site's name: the part of the page title left once the headline is taken away."""
    if not lines or not headline:
        return None
    title = lines[0].text
    pieces = [p.strip() for p in _TITLE_SEPARATORS.split(title)]
    if len(pieces) < 2:
        return None
    head = fold(headline)
    last = pieces[-1]
    if fold(last) != head and head not in fold(last) and 1 <= len(last.split()) <= 5:
        return last
    return None

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

from .dates import text_date
from .rules.common import BYLINE, CREDIT_WORDS
from .text_lines import CRUFT, GOOD, NEAR, Line

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
#: Words of a date line ("November 15, 2019", "Nov 15, 2019 5:45 AM").
DATE_LINE_WORDS = 8
_TOKEN = re.compile(r"\w+")


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
    return MIN_WORDS <= line.words <= MAX_WORDS and line.kind != CRUFT and not line.text.endswith((":",))


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
    return line.words <= DATE_LINE_WORDS and text_date(line.text) is not None


def _headline_shaped(line: Line) -> bool:
    """A line that could be a headline standing alone: title-sized, not a sentence, not a byline,
    a date or a credit."""
    text = line.text
    return (_looks_like_headline(line) and not text.endswith(".") and not BYLINE.match(text)
            and not CREDIT_WORDS.search(text) and not is_date_line(line))


def _title_overlap(line: Line, title_words: set[str]) -> float:
    words = [w for w in _TOKEN.findall(line.text.casefold()) if len(w) > 2]
    return sum(w in title_words for w in words) / len(words) if words else 0.0


def headline_line(lines: list[Line], start: int, anchors: list[int]) -> int | None:
    """The index of the headline line for an article whose prose starts at line `start`.

    The title's repeat nearest above the prose; else, among the headline-shaped lines
    above the prose, the one sharing most words with the title, the nearest line the
    page shows twice, or the nearest one.
    """
    before = [a for a in anchors if a <= start]
    if before:
        return before[-1]
    candidates: list[Line] = []
    title_words = {w for w in _TOKEN.findall(lines[0].text.casefold()) if len(w) > 2} if lines else set()
    i = min(start, len(lines) - 1)
    while i >= 1 and len(candidates) < HEADLINE_REACH:
        line = lines[i]
        # the prose's first line may be the headline when the page shows it twice (a header bar)
    # or when it shares words with the title
        if line.kind != CRUFT and _headline_shaped(line) and (
                i < start or line.repeats > 1 or _title_overlap(line, title_words) >= MIN_TITLE_OVERLAP):
            candidates.append(line)
        i -= 1
    if not candidates:
        return None
    scored = [(_title_overlap(c, title_words), c.index) for c in candidates]
    best = max(scored)
    if best[0] >= MIN_TITLE_OVERLAP:
        return best[1]
    # otherwise a line shown twice, then the nearest line, above the prose rather than its first line
    above = [c for c in candidates if c.index < start] or candidates
    repeated = [c.index for c in above if c.repeats > 1 and not c.ends_sentence]
    if repeated:
        return repeated[0]
    titles = [c.index for c in above if c.kind not in (GOOD, NEAR)]  # a title, not a standfirst
    return titles[0] if titles else above[0].index


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

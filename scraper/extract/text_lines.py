"""The lines of a text dump, measured and classified one by one.

Each non-empty line gets its features (length, words, stop-word density in the
page's language, sentence shape, title case, repetition) and a class:

    GOOD      a paragraph: long, sentence-shaped, rich in stop words
    NEAR      sentence-like but short or thin: article text in good company
    SHORT     a short line: a heading, a label, a menu item
    BAD       long but not prose: link lists, tag clouds, boilerplate
    CRUFT     page furniture by its wording (share bars, sign-ups, legal lines)
    SECTION   a heading over other articles ("More on this", "Most Read", "Related")
    FOOTER    the legal line of a page footer ("© 2019 ... All rights reserved")
    BREAK     a comment section starts ("12 comments", "Leave a reply", "Reply")

The first line, when shaped like a title, is the page's <title>, never prose.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .furniture import BREAK, CRUFT, FOOTER, LENGTH_HIGH, SECTION, ends_sentence, furniture_kind
from .text_lang import detect_language, short_lists, stop_density, stopwords
from .text_normalise import normalise

GOOD, NEAR, SHORT, BAD = "good", "near", "short", "bad"

_WORD = re.compile(r"\w+")
#: A news dateline's marks ("HONG KONG (AP) — ...").
_DATELINE = re.compile(r"\(|\s[—–-]{1,2}\s")
#: Scripts written without spaces between words: length in characters stands in for word counts.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")

#: Characters from which a line counts as long (jusText's length_low; its length_high is `LENGTH_HIGH`).
LENGTH_LOW = 70
#: Stop-word density from which a line reads as prose (jusText's stopwords_low and stopwords_high).
STOPS_LOW, STOPS_HIGH = 0.30, 0.32
#: Words of a page title line.
TITLE_WORDS = 30
#: Share of capitalised words from which a line without a full stop is a Title Case headline.
TITLE_CASE_LINE = 0.7
#: Capitalised words (a function word among them) that open a headline-style line.
TITLE_LEAD = 5
#: Words from which a line's stop words are counted.
DENSITY_WORDS = 3
#: Words from which a line is read to guess the language.
PROSE_WORDS = 8


@dataclass(slots=True)
class Line:
    """One non-empty line of the dump."""

    index: int  # position among the non-empty lines
    block: int  # lines with no blank line between them share a block
    text: str
    words: int
    stops: float  # stop-word density in the page's language
    title_case: float  # share of words that start with a capital letter
    ends_sentence: bool
    repeats: int  # how many lines of the page have the same text
    title_lead: bool  # starts like a Title Case Headline ("Police: 2 In Custody After ...")
    heading: int = 0  # a heading's level when the dump marks it (Markdown's "#"), else 0
    item: bool = False  # opened with a list mark ("*", "•", "1.")
    kind: str = SHORT

    @property
    def chars(self) -> int:
        return len(self.text)


@dataclass
class Dump:
    """The measured lines of one dump and its language."""

    lines: list[Line]
    language: str | None


def _title_case(tokens: list[str]) -> float:
    initials = [t[0] for t in tokens if t[0].isalpha()]
    return sum(map(str.isupper, initials)) / len(initials) if initials else 0.0


def _title_lead(text: str, tokens: list[str], short_mask: int) -> bool:
    """True when the line opens with TITLE_LEAD capitalised words, a function word among them
    (not a news dateline: "HONG KONG (AP) — ...")."""
    if not short_mask or len(tokens) < TITLE_LEAD or _DATELINE.search(text[:60]):
        return False
    index = short_lists().index
    function_words = 0
    for i, w in enumerate(tokens[:TITLE_LEAD]):
        if not (w[0].isupper() or w[0].isdigit()):
            return False
        if i and w != "I" and index.get(w.casefold(), 0) & short_mask:
            function_words += 1
    return function_words > 0


def _folded(text: str) -> list[str]:
    """The casefolded words of a line, numbers left out."""
    return [w for w in _WORD.findall(text.casefold()) if not w.isdigit()]


def measure(text: str) -> Dump:
    """Split a dump into lines, guess its language and measure every line."""
    dump = normalise(text)
    raw = [(ln.block, ln.text) for ln in dump]
    counts = Counter(t for _, t in raw)
    cjk = bool(_CJK.search(text))
    tokens = [_WORD.findall(t) for _, t in raw]
    # stop words are counted on lines of DENSITY_WORDS words or more (shorter ones are never prose)
    folded = [_folded(t) if cjk or len(ws) >= DENSITY_WORDS else None for (_, t), ws in zip(raw, tokens)]
    # the language is read from the prose-like lines, where stop words live (menus have few)
    sample = [w for fw in folded if fw and len(fw) >= PROSE_WORDS for w in fw]
    if len(sample) < 50:
        sample = [w for fw in folded if fw for w in fw]
    language = detect_language(sample)
    short_mask = short_lists().mask(language)
    stops = stopwords(language)
    lines = []
    for i, ((block, t), ws, fw, d) in enumerate(zip(raw, tokens, folded, dump)):
        words = len(ws)
        if cjk and _CJK.search(t):
            words = max(words, len(t) // 2)
        lines.append(Line(i, block, t, words, stop_density(fw, stops) if fw else 0.0, _title_case(ws),
                          ends_sentence(t), counts[t], _title_lead(t, ws, short_mask), d.heading, d.item))
    page = Dump(lines, language)
    kinds: dict[str, str] = {}  # a line's class depends on its text alone; menus repeat
    for line in lines:
        kind = kinds.get(line.text)
        if kind is None:
            kind = kinds[line.text] = classify(line, has_language=bool(stops))
        line.kind = kind
    if lines and lines[0].kind in (GOOD, NEAR, BAD) and is_title_line(lines[0]):
        lines[0].kind = SHORT  # the page's <title>, which dumps print first
    return page


def is_title_line(line: Line) -> bool:
    """True for a first line shaped like a page title: not a sentence, at most TITLE_WORDS words."""
    return line.words <= TITLE_WORDS and not line.text.endswith((".", "!", "?", "。"))


def classify(line: Line, has_language: bool = True) -> str:
    """The class of one line from its own features (context comes later)."""
    furniture = furniture_kind(line.text, line.words, line.ends_sentence)
    if furniture is not None:
        return furniture
    stops_low, stops_high = (STOPS_LOW, STOPS_HIGH) if has_language else (0.0, 0.0)
    if line.title_lead or (line.title_case >= TITLE_CASE_LINE and line.words >= 5 and not line.ends_sentence):
        return SHORT if line.chars < LENGTH_LOW else BAD  # a teaser or a headline ("Title Case Words ...")
    if line.chars < LENGTH_LOW:
        if line.ends_sentence and line.words >= 4 and line.stops >= stops_low and line.title_case < 0.8:
            return NEAR
        return SHORT
    if line.stops >= stops_high and line.title_case < 0.7:
        return GOOD if line.chars >= LENGTH_HIGH or line.ends_sentence else NEAR
    if line.stops >= stops_low:
        return NEAR
    if line.ends_sentence and line.words >= 10 and line.stops >= stops_low / 2 and line.title_case < 0.5:
        return NEAR  # a sentence thin in stop words: figures, names ("Japan's Nikkei 225 fell 0.3%, ...")
    return BAD

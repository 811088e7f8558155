"""Page furniture told by its wording alone: share bars, sign-up prompts, legal and consent
lines, comment-section openers, headings over other articles.

Both modes read it: a line of a text dump (`text_lines`) and a short paragraph of an HTML
body (`body`) are the same furniture in two renderings.
"""
from __future__ import annotations

import re

from ahocorasick_rs import AhoCorasick

from .memo import text_cache
from .rules.common import CREDIT_LABEL, CRUFT_LINES, CRUFT_OPENERS, READING_TIME, READING_TIME_IN_LINE, SLOT_LABEL
from .rules.text import (COMMENT_MARKERS, FOOTER_LINE, TEXT_CONSENT_WORDS, TEXT_CRUFT, TEXT_CRUFT_WORD_HEADS,
                         TEXT_CRUFT_WORDS, TEXT_SECTION_HEADINGS)

__all__ = ["BREAK", "CRUFT", "FOOTER", "SECTION", "LENGTH_HIGH", "ends_sentence", "furniture_kind",
           "is_consent_banner", "is_cruft", "paragraph_kind"]

#: What the wording makes a line: furniture (CRUFT), a heading over other articles (SECTION), a
#: footer's legal line (FOOTER), the opening of a comment section (BREAK).
CRUFT, SECTION, FOOTER, BREAK = "cruft", "section", "footer", "break"

#: Characters from which a line is long (jusText's length_high): furniture is shorter.
LENGTH_HIGH = 200
#: A page's paragraph that opens a comment section ("12 comments", "Leave a reply") is shorter than this.
COMMENT_LINE = 60
#: Lines shorter than this holding a sign-up or legal word are furniture.
CRUFT_WORDS_LENGTH = 120
#: Lines shorter than this may be an ad slot's or a gallery's placeholder ("Anzeige symplr", "Gallery 1 here").
SLOT_LINE_LENGTH = 40
#: Lines shorter than this holding a reading time ("Nov 18, 2019 • 10 min read") are furniture.
READING_LINE_LENGTH = 60
#: Distinct consent words (one of them "cookie") that make a line a consent banner.
CONSENT_WORDS = 3
#: Words of a section heading ("More on this story").
SECTION_WORDS = 7
#: Distinct lines whose furniture test is remembered (a batch meets the same menus again and again).
FURNITURE_CACHE = 65536

#: The literal heads of the sign-up and legal words: a line holding none of them holds none of the words.
_WORD_HEADS = AhoCorasick(list(TEXT_CRUFT_WORD_HEADS)) if TEXT_CRUFT_WORD_HEADS else None
_SENTENCE_END = frozenset(".!?…:;)\"”’»」。！？")  # the last character of a sentence-shaped line
#: A photo's credit in a caption ("Photo: Jane Doe, AP / Copyright 2019 ..."): its legal words are not the page's.
_PHOTO_CREDIT = re.compile(r"\b" + CREDIT_LABEL + r"\s*:", re.I)


def ends_sentence(text: str) -> bool:
    """True when the text ends like a sentence (a full stop, a closing quote, a colon, ...)."""
    return bool(text) and text[-1] in _SENTENCE_END


def is_consent_banner(text: str) -> bool:
    """True for a cookie or consent notice: "cookie" and other consent words, at any length."""
    if "ookie" not in text:
        return False
    words = {m.group(0).casefold() for m in TEXT_CONSENT_WORDS.finditer(text)}
    return any(w.startswith("cookie") for w in words) and len(words) >= CONSENT_WORDS


def is_cruft(text: str, lone_word: bool = True) -> bool:
    """True for page furniture by its wording alone: a furniture line, a line opening like one, a
    reading time, an ad slot's or a gallery's placeholder; a line under LENGTH_HIGH with two different sign-up or legal words ("... Sign up
    for the free daily newsletter."), or with one under CRUFT_WORDS_LENGTH when `lone_word` (a
    dump's short line; a page's paragraph may be a sentence about a newsletter)."""
    folded = text.casefold()
    if (folded.strip(" :.!|·•»›>-–—*()[]") in CRUFT_LINES or TEXT_CRUFT.match(text) or CRUFT_OPENERS.match(text)
            or READING_TIME.match(text)
            or (len(text) < READING_LINE_LENGTH and READING_TIME_IN_LINE.search(text))
            or (len(text) < SLOT_LINE_LENGTH and SLOT_LABEL.match(text))):
        return True
    if len(text) >= LENGTH_HIGH:
        return False
    if _WORD_HEADS is not None and not _WORD_HEADS.find_matches_as_indexes(folded):
        return False  # (one Aho-Corasick scan for the words' literal heads: most lines hold none)
    found = {m.group(0).casefold() for m in TEXT_CRUFT_WORDS.finditer(text)}
    return len(found) >= 2 or (bool(found) and lone_word and len(text) < CRUFT_WORDS_LENGTH)


@text_cache(maxsize=FURNITURE_CACHE)
def furniture_kind(text: str, words: int, ends_sentence: bool, lone_word: bool = True) -> str | None:
    """BREAK, FOOTER, SECTION or CRUFT when the line's wording says it is page furniture, else None
    (`lone_word`: see `is_cruft`). (Cached: a site's menus and footers are the same on all its pages.)"""
    chars = len(text)
    if chars < LENGTH_HIGH:  # furniture is short
        if COMMENT_MARKERS.match(text):
            return BREAK
        if FOOTER_LINE.search(text) and not _PHOTO_CREDIT.search(text):  # (not a photo's copyright)
            return FOOTER
        if words <= SECTION_WORDS and not ends_sentence and TEXT_SECTION_HEADINGS.match(text):
            return SECTION
        if is_cruft(text, lone_word):
            return CRUFT
    elif chars < 2 * LENGTH_HIGH and FOOTER_LINE.search(text) and not _PHOTO_CREDIT.search(text):
        return FOOTER
    if is_consent_banner(text):
        return CRUFT
    return None


@text_cache(maxsize=FURNITURE_CACHE)
def paragraph_kind(text: str) -> str | None:
    """CRUFT or BREAK for a short paragraph of a page (under LENGTH_HIGH), else None: a text dump's
    line read the same way, except that a footer's legal line stays (on a page it closes the
    article: "© 2019 AP. All rights reserved."), a lone sign-up word in a sentence is no furniture,
    and a name over a quote ("Jane wrote:") opens no comment section."""
    if len(text) < COMMENT_LINE and COMMENT_MARKERS.match(text) and not text.endswith(":"):
        return BREAK
    if is_cruft(text, lone_word=False):
        return None if FOOTER_LINE.search(text) and not _PHOTO_CREDIT.search(text) else CRUFT
    return CRUFT if is_consent_banner(text) else None

"""Caption and photo credit, split apart.

"... in Moscow, Russia. (Contributor/Getty Images)" -> caption "... in Moscow, Russia.",
credit "Contributor/Getty Images". Labels ("Photo:", "Credit:", "Photograph:", "©")
and brackets are dropped from the credit.
"""
from __future__ import annotations

import re

from .dom import clean_text
from .rules.common import CREDIT_LABEL, CREDIT_WORDS
from .vocab import has_odd_case

_TRAILING_BRACKET = re.compile(r"^(?P<cap>.*?)\s*[(\[](?P<credit>[^()\[\]]{2,120})[)\]]\s*\.?\s*$", re.S)
_LABELLED = re.compile(
    r"^(?P<cap>.*?)\s*(?:[|•·–—-]\s*)?(?<![\w])(?:" + CREDIT_LABEL + r")\s*(?:by\s+)?[:|]\s*(?P<credit>[^:]{2,160})$",
    re.I | re.S)
_PHOTO_BY = re.compile(r"^(?P<cap>.*?[.!?\"”])?\s*(?P<credit>(?:photo(?:graph)?|image|illustration)s?\s+by\s+.{2,120})$",
                       re.I | re.S)
_COPYRIGHT = re.compile(r"^(?P<cap>.*?)\s*(?:©|\(c\)|copyright)\s*(?P<credit>[^©]{2,120})$", re.I | re.S)
_LABEL_ONLY = re.compile(r"^\s*(?:" + CREDIT_LABEL + r")\s*(?:by\s+)?[:|]\s*", re.I)


_BY_LABEL = re.compile(r"^(?:photo(?:graph)?s?|images?|pictures?|pics?|fotos?|bild(?:er)?)\s+(?:by|via|von|de|par|:)?\s*"
                       r"(?=(?-i:[A-ZÀ-Ý]))", re.I)
_ABBREVIATION = re.compile(r"\b(?:corp|inc|ltd|co|jr|sr|bros|dept|univ|assn|st)\.$", re.I)


def clean_credit(credit: str | None) -> str | None:
    """A credit without its label, brackets or trailing dot: "Photo: Reuters." -> "Reuters",
    "(Photo by Kevin Mazur/Getty Images)" -> "Kevin Mazur/Getty Images". A dot that ends an
    abbreviation ("Sierra Nevada Corp.") or a credit of several sentences stays."""
    credit = clean_text(credit)
    credit = credit.strip("()[] ")
    credit = _LABEL_ONLY.sub("", credit)
    credit = re.sub(r"^(?:©|\(c\)|copyright)\s*", "", credit, flags=re.I)
    credit = _BY_LABEL.sub("", credit)
    credit = credit.strip(" ;,|–—-")
    if credit.endswith(".") and ". " not in credit and not _ABBREVIATION.search(credit):
        credit = credit.rstrip(". ")
    return credit or None


def split_credit(text: str | None) -> tuple[str | None, str | None]:
    """(caption, credit) from one caption string; credit is None when none is found."""
    text = clean_text(text)
    if not text:
        return None, None
    # (each pattern below tries its lazy caption at every character: a character or word it cannot
    # match without rules it out first)
    m = _TRAILING_BRACKET.match(text) if ")" in text or "]" in text else None
    if m and CREDIT_WORDS.search(m.group("credit")) and len(m.group("credit").split()) <= 12:
        return m.group("cap").strip() or None, clean_credit(m.group("credit"))
    low = text.lower()
    odd = has_odd_case(text)  # (re.IGNORECASE reads "İ" as "i": no word test then)
    for pattern, needed in ((_LABELLED, ":" in text or "|" in text),
                            (_COPYRIGHT, odd or "©" in text or "(c)" in low or "copyright" in low),
                            (_PHOTO_BY, odd or "by" in low)):
        m = pattern.match(text) if needed else None
        if m:
            cap = (m.group("cap") or "").strip(" |•·–—-")
            credit = m.group("credit")
            return cap or None, clean_credit(credit)
    return text, None

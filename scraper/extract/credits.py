"""Caption and photo credit, split apart.

"... in Moscow, Russia. (Contributor/Getty Images)" -> caption "... in Moscow, Russia.",
credit "Contributor/Getty Images". Labels ("Photo:", "Credit:", "Photograph:", "Bildquelle:",
"©") and brackets are dropped from the credit; caption labels ("Image caption"), caption
buttons ("hide caption") and slideshow counters ("3/12") from the caption (`clean_caption`).
"""
from __future__ import annotations

import re

from .dom import clean_text, close_stops
from .rules.common import (AD_LABELS, BARE_CREDITS, BY, CAPTION_BUTTONS, CAPTION_LABEL, CREDIT_AGENCY, CREDIT_LABEL,
                           CREDIT_LABEL_ENDS, CREDIT_WORDS, CRUFT_LINES, NOT_A_CAPTION, PHOTO_LABELS)
from .rules.lang import words
from .vocab import Pattern, alternation, has_odd_case

__all__ = ["clean_caption", "clean_credit", "is_ad_label", "opens_with_copyright", "plausible_credit",
           "sentence_then_credit", "split_credit"]

#: What ends a label: ":" (a full-width "：" in Chinese and Japanese), "|", "=" (Korean "사진=연합뉴스", Japanese
#: "＝"), the "..." of "Credit... Jane Doe", or the label's own full stop ("Fot. PAP/Jan Kowalski").
_LABEL_END = r"(?:\s*(?:by\s+)?(?::|：|=|＝|\||\.{2,}|…)|(?<=\.))"
#: The labels that end with their own full stop, case-folded: a text that holds none of them, nor a character
#: of those ends, holds no label (`split_credit` tries the pattern only on a text that does).
_DOTTED_LABELS = tuple(w.casefold() for w in (*PHOTO_LABELS, *words("SOURCE_LABELS")) if w.endswith("."))
#: Brackets, ASCII and full-width ("（写真：共同通信）"); a text's full-width ones are read as ASCII ones by the
#: bracket pattern (the same length: its spans hold in the text).
_OPENING, _CLOSING = "([（", ")]）"
_FULL_WIDTH = str.maketrans("（）", "()")
#: The photo labels, case-folded: one alone in brackets at a credit's end says what kind of picture it is
#: ("(Symbolbild)", "(Archivfoto)"), not who made it.
_PHOTO_KINDS = frozenset(w.casefold() for w in PHOTO_LABELS)
_TRAILING_BRACKET = re.compile(r"^(?P<cap>.*?)\s*[(\[](?P<credit>[^()\[\]]{2,120})[)\]]\s*\.?\s*$", re.S)
_LABELLED = Pattern(  # (a credit may hold the "://" of a URL, no other colon)
    r"^(?P<cap>.*?)\s*(?:[|•·–—/-]\s*)?(?<![\w])" + CREDIT_LABEL + _LABEL_END
    + r"\s*(?P<credit>(?:[^:]|:(?=//)){2,160})$", re.I | re.S)
#: "Photo by ..." at a caption's end, or in another language a photo word, a by-word and a name ("Foto di
#: Mario Rossi", "Foto de Juan Pérez", "Bild von Max Muster"; capitalised: "Foto di gruppo" is no credit).
_PHOTO_WORD = r"(?:photo(?:graph)?|image|illustration|foto(?:graf[ií]a)?|imag(?:en|em)|immagine|bild)s?"
#: The by-words of those credits: a byline's ("by", "von", "di", "por", "par") and "de", "da" ("Foto de ...").
_PHOTO_BY_WORDS = (*BY, "via", "de", "da")
_PHOTO_BY_GATE = re.compile(_PHOTO_WORD + r"\s+(?:" + alternation(_PHOTO_BY_WORDS) + r")\s")
_PHOTO_BY = re.compile(r"^(?P<cap>.*?[.!?\"”])?\s*(?P<credit>(?:photo(?:graph)?|image|illustration)s?\s+by\s+.{2,120}|"
                       + _PHOTO_WORD + r"\s+(?:" + alternation(_PHOTO_BY_WORDS) + r")\s+(?P<name>\S.{1,120}))$",
                       re.I | re.S)
#: A copyright sign, or the circled "ⓒ" Korean sites write ("ⓒ뉴시스").
_COPYRIGHT = re.compile(r"^(?P<cap>.*?)\s*(?:©|ⓒ|\(c\)|copyright)\s*(?P<credit>[^©ⓒ]{2,120})$", re.I | re.S)
_LABEL_ONLY = Pattern(r"^\s*" + CREDIT_LABEL + _LABEL_END + r"\s*", re.I)
_COPYRIGHT_SIGN = re.compile(r"^(?:©|ⓒ|\(c\)|copyright\b)\s*", re.I)
#: "By" words after a label: "Foto: Von Joschi71" is Joschi71's.
_BY_AFTER_LABEL = re.compile(r"^(?:by|von|par|por|via)\s+(?=\w)", re.I)

_BY_LABEL = re.compile(r"^(?:photo(?:graph)?s?|images?|pictures?|pics?|fotos?|bild(?:er)?)\s+(?:"
                       + alternation((*_PHOTO_BY_WORDS, "par")) + r"|:)?\s*"
                       r"(?=(?-i:[A-ZÀ-Ý]))", re.I)
_ABBREVIATION = re.compile(r"\b(?:corp|inc|ltd|co|jr|sr|bros|dept|univ|assn|st)\.$|(?:^|[\s./])\w\.$", re.I)

#: "... in Tunis, the capital. Fethi Belaid/AFP/Getty Images": a caption, then its credit without brackets.
_SENTENCE_THEN_CREDIT = re.compile(r"^(?P<cap>.{20,}[.!?”\"])\s+(?P<credit>[^.!?()]{3,60})$", re.S)
_INITIALS = re.compile(r"[A-Z]")
_SLASHED = re.compile(r"[^\W\d]/[^\W\d]")  # "Sanjeev Verma/Hindustan Times"

_BARE_TAIL = Pattern(r"^(?P<cap>.+?)\s+(?P<credit>(?:" + alternation(BARE_CREDITS) + r"))\.?$", re.I | re.S)
#: "Image copyright Getty Images Image caption Demonstrators in ...": the credit first, each after its label.
_CREDIT_THEN_CAPTION = Pattern(r"^\s*" + CREDIT_LABEL + r"\s*:?\s*(?P<credit>\S.{1,80}?)\s+(?:"
                                  + alternation(words("CAPTION_LABELS")) + r")\s*:?\s+(?P<cap>\S.*)$", re.I | re.S)
#: A labelled credit first, then the caption: "Archivfoto: ON - The new mayor on her first day".
_CREDIT_FIRST = Pattern(r"^\s*" + CREDIT_LABEL + r"\s*:\s*(?P<credit>[^\s:][^:]{0,40}?)\s+[-–—|]\s+"
                           r"(?P<cap>\S+(?:\s+\S+){3,}.*)$", re.I | re.S)
#: Slideshow counters: "3/12", "Image 3 of 12", "Bild 2 von 5" before or after the caption.
_COUNTER = r"(?:(?:image|photo|picture|slide|bild|foto)\s*)?\d{1,3}\s*(?:/|of|von|de|sur|di)\s*\d{1,3}"
_LEADING_COUNTER = re.compile(r"^\s*" + _COUNTER + r"\b[\s:.|–—-]*", re.I)
_TRAILING_COUNTER = re.compile(r"[\s|–—-]*\b" + _COUNTER + r"\s*$", re.I)
_MARKUP = re.compile(r"</?[a-zA-Z][^<>]{0,400}>")
#: A credit's label left at the end of a caption, the credit itself gone (its own element, split off: "...
#: 53 года? Фото"; or only a link: "..., Serkan Cura, Bild via"): after a punctuation mark (searched in
#: the caption's last characters; the label must be capitalised: "... in a photo" is the caption's own).
_BY_WORDS = frozenset(("by", "via", "von", "par", "por"))
_DANGLING_LABEL = Pattern(r"(?<=[,.;!?…|/–—”\")\]])\s+(?P<label>" + CREDIT_LABEL
                          + r")(?:\s+(?:" + "|".join(sorted(_BY_WORDS)) + r"))?\s*:?$", re.I)


def clean_credit(credit: str | None) -> str | None:
    """A credit without its label, brackets or trailing dot: "Photo: Reuters." -> "Reuters",
    "(Photo by Kevin Mazur/Getty Images)" -> "Kevin Mazur/Getty Images", "© Bild: Werk" -> "Werk".
    A dot that ends an abbreviation or an initial ("Sierra Nevada Corp.", "e.V.", "Jäger R.") or a
    credit of several sentences stays."""
    credit = _unwrap(close_stops(clean_text(credit)))
    labelled = False
    for _ in range(2):  # "© Foto: X" and "Foto: © X"
        bare = _COPYRIGHT_SIGN.sub("", _LABEL_ONLY.sub("", credit))
        if bare == credit:
            break
        credit, labelled = bare, True
    if labelled:
        credit = _BY_AFTER_LABEL.sub("", credit)
    credit = _BY_LABEL.sub("", credit)
    if credit[-1:] in _CLOSING:  # "MadMax22 (CC0) - (Symbolbild)": what kind of picture, no one credited
        start = max(map(credit.rfind, _OPENING))
        if start > 0 and credit[start + 1:-1].strip().casefold() in _PHOTO_KINDS:
            credit = credit[:start]
    credit = credit.strip(" ;,|–—-")
    if credit.endswith(".") and ". " not in credit and not _ABBREVIATION.search(credit):
        credit = credit.rstrip(". ")
    return credit or None


def _unwrap(text: str) -> str:
    """`text` without the brackets around it or left over at its ends ("(Reuters)", "Reuters)"),
    keeping the pairs inside it ("Jane Doe (CC BY 2.0)")."""
    text = text.strip()
    while text and text[0] in _OPENING and text[-1] in _CLOSING and _balanced(text[1:-1]):
        text = text[1:-1].strip()
    while text and text[-1] in _CLOSING and not _balanced(text):
        text = text[:-1].rstrip()
    while text and text[0] in _OPENING and not _balanced(text):
        text = text[1:].lstrip()
    return text


def _balanced(text: str) -> bool:
    depth = 0
    for ch in text:
        if ch in _OPENING:
            depth += 1
        elif ch in _CLOSING:
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def opens_with_copyright(text: str) -> bool:
    """True when `text` opens with a copyright sign or word ("© Town Paper", "(c) AP", "Copyright Reuters")."""
    return bool(_COPYRIGHT_SIGN.match(text))


def plausible_credit(credit: str) -> bool:
    """True when a credit names an agency or a photo word, or reads "Name/Agency" (not "(ePA)")."""
    return bool(CREDIT_AGENCY.search(credit) or _SLASHED.search(credit))


def sentence_then_credit(text: str) -> tuple[str, str] | None:
    """(caption, credit) when a caption's last sentence is followed by a short credit without label or
    brackets ("... in Tunis, the capital. Fethi Belaid/AFP/Getty Images")."""
    m = _SENTENCE_THEN_CREDIT.match(text)
    if m and len(m.group("credit").split()) <= 6 and plausible_credit(m.group("credit")) \
            and len(_INITIALS.findall(m.group("credit"))) >= 2:
        return m.group("cap"), m.group("credit").strip()
    return None


def clean_caption(text: str | None) -> str | None:
    """A caption without the labels, buttons and counters around it ("Image caption ...", "hide
    caption", "3/12"); None when nothing else is left or it is furniture ("Advertisement", "Gallery")."""
    text = close_stops(clean_text(text))
    if "<" in text and ">" in text:  # escaped markup read as text (a <noscript> copy, a data-caption)
        text = clean_text(_MARKUP.sub(" ", text))
    if not text:
        return None
    if CAPTION_BUTTONS.search(text):
        text = clean_text(CAPTION_BUTTONS.pattern.sub(" ", text))
    text = CAPTION_LABEL.sub("", text, count=1)
    if text[:1].isdigit() or text[:1].lower() in ("i", "b", "p", "s", "f"):  # (a counter's first character)
        text = _LEADING_COUNTER.sub("", text, count=1)
    if text[-1:].isdigit():
        text = _TRAILING_COUNTER.sub("", text, count=1)
    text = text.strip(" |–—-:")
    if text[-1:] in ("(", "[", "（", "©", "ⓒ"):  # a bracket or sign whose credit was split off (text holds no newline)
        text = text[:-1].rstrip()
    if text[:1] in ("(", "[") and text[-1:] in (")", "]"):
        text = _unwrap(text)  # "[Above: the choir]"
    last, tail = text[text.rfind(" ") + 1:].rstrip(":").casefold(), text[-40:]
    m = _DANGLING_LABEL.search(tail) if last in CREDIT_LABEL_ENDS or last in _BY_WORDS else None
    if m and m.group("label")[:1].isupper():
        text = text[:len(text) - len(tail) + m.start()].rstrip(" ,;|/–—-")
    if not any(ch.isalnum() for ch in text) or text.casefold() in CRUFT_LINES or text.casefold() in AD_LABELS \
            or NOT_A_CAPTION.match(text):
        return None
    return text


def split_credit(text: str | None) -> tuple[str | None, str | None]:
    """(caption, credit) from one caption string; credit is None when none is found."""
    text = clean_text(text)
    if not text:
        return None, None
    low = text.lower()
    odd = has_odd_case(text)  # (re.IGNORECASE reads "İ" as "i": no word test then)
    # (each pattern below tries its lazy caption at every character: a character or word it cannot
    # match without rules it out first)
    m = _CREDIT_THEN_CAPTION.match(text)  # (anchored: it fails at the first word on most captions)
    if m:
        return clean_caption(m.group("cap")), clean_credit(m.group("credit"))
    m = _CREDIT_FIRST.match(text) if ":" in text else None
    if m:  # "Archivfoto: ON - The new mayor on her first day"
        return m.group("cap"), clean_credit(m.group("credit"))
    labelled = _LABELLED.match(text) if ":" in text or "|" in text or ".." in text or "…" in text or "=" in text \
        or "：" in text or "＝" in text or _DOTTED_LABELS and any(map(low.__contains__, _DOTTED_LABELS)) else None
    m = _TRAILING_BRACKET.match(text) if ")" in text or "]" in text else \
        _TRAILING_BRACKET.match(text.translate(_FULL_WIDTH)) if "）" in text else None
    if m and (not labelled or len(labelled.group("cap")) >= len(m.group("cap"))):
        inner = text[m.start("credit"):m.end("credit")]
        if (CREDIT_WORDS.search(inner) or _LABEL_ONLY.match(inner) or _BY_LABEL.match(inner)) \
                and len(inner.split()) <= 12:  # ("(Foto ANSA)": a photo word, then a name)
            return text[:m.end("cap")].strip() or None, clean_credit(inner)
    for pattern, needed in ((_LABELLED, False),
                            (_COPYRIGHT, odd or "©" in text or "ⓒ" in text or "(c)" in low or "copyright" in low),
                            (_PHOTO_BY, odd or "by" in low or _PHOTO_BY_GATE.search(low) is not None)):
        m = labelled if pattern is _LABELLED else pattern.match(text) if needed else None
        if m and pattern is _PHOTO_BY and m.group("name") and not m.group("name")[:1].isupper():
            m = None  # "Foto di gruppo ...": a caption about a photo, no credit
        if m:
            cap = (m.group("cap") or "").strip(" |•·–—-")
            credit = m.group("credit")
            return cap or None, clean_credit(_BY_AFTER_LABEL.sub("", credit) if m is labelled else credit)
    m = _BARE_TAIL.match(text) if any(b in low for b in BARE_CREDITS) else None
    if m:
        return m.group("cap").strip() or None, m.group("credit")
    cap, bar, tail = text.rpartition(" | ")
    if bar and len(tail.split()) <= 3 and len(cap.split()) >= 3 and (tail.isupper() or plausible_credit(tail)):
        return cap.strip(), clean_credit(tail)  # "... por la Premier League | LÍBERO"
    return text, None


def is_ad_label(text: str) -> bool:
    """True when `text` is an advertisement's label ("Anzeige", "ADVERTISEMENT"): a figure captioned so is an ad."""
    return text.strip(" :.").casefold() in AD_LABELS

"""The structured blocks of a text dump around and inside the article's lines.

Each finder records what it finds as data and names the lines it used, so the
body leaves them out:

- **images**: a caption with its credit in brackets or after "Credit..." on the
  same line ("... in Moscow. (Contributor/Getty Images)"), a caption line with a
  credit line under it in the same block, or a credit line alone;
- **editor's note** ("Editor's Note: ...") and the page's own **reading time**
  ("4 min read", "... • 2 min read");
- **related articles**: "Read also: <title>" lines, and a title line with its
  teaser line under it in the same block, inside or right after the body.

Vocabularies are in `rules/`; caption/credit splitting is `credits.split_credit`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Image, RelatedArticle
from .credits import plausible_credit, sentence_then_credit, split_credit
from .rules.common import (CREDIT_LABEL, CREDIT_TAIL, EDITOR_NOTE, INLINE_RELATED, READING_TIME,
                           READING_TIME_IN_LINE)
from .rules.text import TEXT_UI_LABEL
from .text_lines import GOOD, NEAR, Line
from .vocab import Pattern

#: A credit line standing alone is short.
CREDIT_MAX_WORDS = 12
#: A related article's title line and its teaser (title: no full stop at the end).
RELATED_TITLE_WORDS = (8, 30)
RELATED_TEASER_WORDS = 12
#: Lines right after the body searched for related blocks.
AFTER_BODY = 6

_INITIALS = re.compile(r"[A-Z]")
#: (the label patterns compiled on first use: a process that reads no text dump does not pay for them)
_LABEL = Pattern(r"^\W*(?:" + CREDIT_LABEL + r")\s*(?:by\s+)?[:|]", re.I)  # "Photo: ...", "(Credit: ...)"
#: A credit sits in a caption's last characters.
CREDIT_TAIL_CHARS = 130
_LAST_SENTENCE_END = re.compile(r"[.!?”\"]\s+")
_LABEL_IN_TAIL = Pattern(r"(?:\b(?:" + CREDIT_LABEL + r")\b|©)", re.I)


@dataclass
class Found:
    """What the block finders found, and the lines they used (kept out of the body)."""

    images: list[Image] = field(default_factory=list)
    related: list[RelatedArticle] = field(default_factory=list)
    editor_note: str | None = None
    reading_time: int | None = None
    taken: set[int] = field(default_factory=set)


def credit_only(line: Line) -> str | None:
    """The credit when the whole line is a photo credit ("Getty Images", "(Photo: Reuters)",
    "Jane Doe/AP"), else None."""
    text = line.text
    if line.words > CREDIT_MAX_WORDS or len(text) > 120 or TEXT_UI_LABEL.match(text) or "://" in text \
            or "pic.twitter" in text:
        return None
    caption, credit = split_credit(text)
    if credit and not caption:
        return credit if plausible_credit(credit) or _LABEL.match(text) else None
    bare = text.strip("()[] ")
    words = bare.split()
    if (not line.ends_sentence and ":" not in bare and plausible_credit(bare)
            and len(_INITIALS.findall(bare)) >= max(1, len(words) // 2)):
        return bare
    return None


def caption_with_credit(text: str) -> tuple[str, str] | None:
    """(caption, credit) when the line is a caption that carries its credit, else None."""
    tail = text[-CREDIT_TAIL_CHARS:]
    if "redit" in tail:
        m = CREDIT_TAIL.match(text)
        if m and len(m.group("cap").split()) >= 3:
            return m.group("cap").strip(" ([").strip(), m.group("credit").strip(" .()[]")
    last = _LAST_SENTENCE_END.split(tail)[-1]  # what follows the last full stop
    if len(last) <= CREDIT_TAIL_CHARS // 2 and plausible_credit(last):
        pair = sentence_then_credit(text)
        if pair:
            return pair
    if not (text.rstrip(" .")[-1:] in ")]" or _LABEL_IN_TAIL.search(tail)):
        return None  # split_credit needs a bracketed tail or a label
    caption, credit = split_credit(text)
    labelled = _LABEL.search(text[len(caption or ""):]) if credit else None
    if caption and credit and len(caption.split()) >= 3 and caption != text and (labelled or plausible_credit(credit)):
        return caption, credit
    return None


def find_images(lines: list[Line], lo: int, hi: int, found: Found) -> None:
    """Captions and credits among lines lo..hi (the headline line `lo` and its repeats are not captions)."""
    headline = lines[lo].text if lo < len(lines) else None
    seen: set[tuple[str | None, str | None]] = set()  # a gallery or a renderer shows a caption twice
    for i in range(lo, hi):
        line = lines[i]
        if i in found.taken or line.text == headline:
            continue
        pair = caption_with_credit(line.text)
        if pair:
            _add_image(found, seen, pair[0], pair[1], (i,))
            continue
        credit = credit_only(line)
        if credit is None:
            continue
        prev = lines[i - 1] if i > 0 else None
        # the caption right above its credit line, in its block or (some renderers part them) the one before
        if (prev is not None and prev.block >= line.block - 1 and prev.index not in found.taken
                and prev.kind in (GOOD, NEAR) and prev.index >= lo):
            _add_image(found, seen, prev.text, credit, (prev.index, i))
        else:
            _add_image(found, seen, None, credit, (i,))


def _add_image(found: Found, seen: set[tuple[str | None, str | None]], caption: str | None, credit: str | None,
               used: tuple[int, ...]) -> None:
    """Record an image (once: the same caption and credit again is the same image) and its lines."""
    if (caption, credit) not in seen:
        seen.add((caption, credit))
        found.images.append(Image(caption=caption, credit=credit))
    found.taken.update(used)


def find_notes(lines: list[Line], lo: int, hi: int, found: Found) -> None:
    """The editor's note and the reading time among lines lo..hi."""
    for i in range(lo, hi):
        if i in found.taken:
            continue
        text = lines[i].text
        m = EDITOR_NOTE.match(text)
        if m and found.editor_note is None:
            found.editor_note = m.group(1).strip()
            found.taken.add(i)
            continue
        m = READING_TIME.match(text)
        if m:
            found.reading_time = found.reading_time or int(m.group(1))
            found.taken.add(i)
            continue
        if found.reading_time is None and lines[i].words <= 20:
            m = READING_TIME_IN_LINE.search(text)
            if m:
                found.reading_time = int(m.group(1))


def _title_like(line: Line) -> bool:
    low, high = RELATED_TITLE_WORDS
    return low <= line.words <= high and not line.text.endswith((".", ":", ",", ";", "。", "：", "、"))


def find_related(lines: list[Line], lo: int, hi: int, found: Found) -> None:
    """Related-article blocks among lines lo..hi (the body and the lines right after it)."""
    hi = min(len(lines), hi + AFTER_BODY)
    for i in range(lo, hi):
        if i in found.taken:
            continue
        line = lines[i]
        m = INLINE_RELATED.match(line.text)
        if m and len(line.text[m.end():].split()) >= 3:
            found.related.append(RelatedArticle(title=line.text[m.end():].strip()))
            found.taken.add(i)
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        starts_block = i == 0 or lines[i - 1].block != line.block  # not two lines of one paragraph block
        if (nxt is not None and starts_block and nxt.block == line.block and i + 1 not in found.taken
                and _title_like(line)
                and nxt.words >= RELATED_TEASER_WORDS and not _title_like(nxt)):
            found.related.append(RelatedArticle(title=line.text, teaser=nxt.text))
            found.taken.update((i, i + 1))


def find_blocks(lines: list[Line], head: int, start: int, end: int) -> Found:
    """Every block between the headline line `head` and the end of the body (`start`..`end`: the body)."""
    found = Found()
    find_images(lines, head, end, found)
    find_related(lines, start, end, found)
    find_notes(lines, head, end, found)
    return found

"""The body of a text dump: the article's lines less the blocks, the standfirst and the tail.

From the lines of the article's stretch (`text_region`), the body keeps the
prose, headings and list items, and leaves out:

- furniture (share bars, sign-ups, section headings, comment and footer lines);
- the lines the block finders took (byline, captions, notes, related, author box),
  and the headline or a caption shown again;
- a section heading ("Trending News") and the short lines listed under it;
- the standfirst: one prose line under the headline, cut off from the article by
  its byline, date or share bar (it becomes `Article.description`);
- short lines after the last paragraph once furniture stands between them, and lines
  without a letter before the first words (a share count, a rule);
- a line that reads as no prose and that the page shows more than MAX_REPEATS times (an
  image's alt text, which text-mode browsers print under each of its pictures).
"""
from __future__ import annotations

from collections.abc import Set as AbstractSet

from .text_headline import is_date_line
from .text_lines import BAD, BREAK, CRUFT, FOOTER, GOOD, NEAR, SECTION, Line

#: Lines between a standfirst and the first paragraph (byline, date, share bar).
DEK_GAP = 2
#: Lines between the headline and a standfirst.
DEK_REACH = 8
#: A standfirst is a sentence or two.
DEK_CHARS = 320
_NOT_BODY = (CRUFT, SECTION, FOOTER, BREAK)
#: A line that reads as no prose and that the page shows more often than this is no part of the article
#: (an image's alt text under each of its pictures, a pinned description).
MAX_REPEATS = 6


def body_lines(lines: list[Line], start: int, end: int, head: int | None, taken: set[int],
               shown_again: set[str], bylines: set[int]) -> tuple[str | None, list[Line]]:
    """(standfirst, body lines) of the article's lines start..end; `taken`: the lines the block
    finders used, `shown_again`: texts that are not body wherever they stand (the headline,
    captions), `bylines`: the byline's lines."""
    kept = [ln for ln in _outside_sections(lines[start:end])
            if ln.kind not in _NOT_BODY and ln.index not in taken and ln.text not in shown_again
            and not (ln.kind == BAD and ln.repeats > MAX_REPEATS)]
    while kept and not any(c.isalpha() for c in kept[0].text):
        kept.pop(0)  # a share count or a rule before the first words ("0", "--- ---")
    description, kept = _split_dek(lines, kept, head, bylines, taken)
    return description, _cut_tail(lines, kept)


def _outside_sections(region: list[Line]) -> list[Line]:
    """The lines of the region, less each section heading ("Trending News") and the short lines
    listed under it, up to the next paragraph."""
    out, listing = [], False
    for line in region:
        if line.kind == SECTION:
            listing = True
        elif line.kind == GOOD:
            listing = False
        if not listing:
            out.append(line)
    return out


def _split_dek(lines: list[Line], kept: list[Line], head: int | None,
               bylines: AbstractSet[int], taken: AbstractSet[int] = frozenset()) -> tuple[str | None, list[Line]]:
    """(description, body lines): one prose line right under the headline, cut off from the article
    by its byline, date or share bar (two lines or more; a caption the block finders `taken` may
    stand there too), is the standfirst, not the first paragraph."""
    if (head is None or len(kept) < 3 or kept[0].kind not in (GOOD, NEAR) or kept[0].index - head > DEK_REACH
            or kept[0].chars > DEK_CHARS):
        return None, kept
    nxt = next((k for k in range(1, len(kept)) if kept[k].kind in (GOOD, NEAR)), None)
    if nxt is None or nxt == len(kept) - 1:
        return None, kept
    gap = lines[kept[0].index + 1:kept[nxt].index]
    if (len(gap) >= DEK_GAP and all(ln.kind not in (GOOD, NEAR, SECTION) or ln.repeats > 1 or ln.index in taken
                                    for ln in gap)
            and any(ln.index in bylines or ln.kind == CRUFT or is_date_line(ln) for ln in gap)):
        return kept[0].text, kept[nxt:]
    return None, kept


def _cut_tail(lines: list[Line], kept: list[Line]) -> list[Line]:
    """The body ends at its last paragraph when furniture stands between it and the short lines
    after it ("Sign up for our newsletter" / "Get the best stories every Friday.")."""
    last = next((i for i in range(len(kept) - 1, -1, -1) if kept[i].kind == GOOD), None)
    if last is None or last == len(kept) - 1:
        return kept
    between = lines[kept[last].index + 1:kept[-1].index]
    return kept[:last + 1] if any(ln.kind in (CRUFT, SECTION) for ln in between) else kept

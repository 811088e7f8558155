"""Plain-text dumps of pages: the same `Article` from visible text alone.

A dump is the visible text of a page (a browser's "copy all", a text-mode
browser, an HTML-to-text tool): menus, teasers, footers and all, one block a
line. The steps, one module each:

    text_lines     measure and classify every line (length, stop words, shape)
    text_headline  the headline: the line the title repeats, or a repeated line
    text_region    the article's stretch: the heaviest run of prose after the headline
    text_blocks    captions and credits, editor's note, reading time, related blocks
    text_people    the byline and the author box (name, role, bio)

and this module puts the `Article` together. Pure functions of the text: no
I/O, no global state besides lazily loaded stop lists.
"""
from __future__ import annotations

from ..model import Article
from .metadata import text_date
from .text_blocks import find_blocks
from .text_headline import fold, headline_line, is_date_line, site_name_of, title_matches
from .text_lines import BREAK, CRUFT, FOOTER, GOOD, NEAR, SECTION, Line, measure
from .text_people import find_people
from .text_region import main_region

#: Lines between a standfirst and the first paragraph (byline, date, share bar).
DEK_GAP = 2
#: Lines between the headline and a standfirst.
DEK_REACH = 8
#: Lines around the headline read for the publication date.
DATE_REACH = 8
_NOT_BODY = (CRUFT, SECTION, FOOTER, BREAK)


def extract_text(text: str, url: str | None = None) -> Article:
    """Find the article in a plain-text dump of a whole page."""
    from . import reading_minutes  # the package imports this module first

    page = measure(text)
    lines = page.lines
    anchors = title_matches(lines)
    region = main_region(lines, anchors)
    start, end = region.start, region.end
    head = headline_line(lines, start, anchors)
    headline = lines[head].text if head is not None else None
    if head is not None and head >= start:
        start = head + 1
    top = head if head is not None else start
    site_name = site_name_of(lines, headline)
    people = find_people(lines, top, start, end, site_name, page.language)
    found = find_blocks(lines, top, start, end)
    taken = found.taken | people.taken | region.skipped
    # a headline or caption shown again (galleries repeat captions) is not body text either
    not_body = {fold(lines[i].text) for i in found.taken} | ({fold(headline)} if headline else set())
    kept = [ln for ln in _outside_sections(lines[start:end])
            if ln.kind not in _NOT_BODY and ln.index not in taken and fold(ln.text) not in not_body]
    description, kept = _split_dek(lines, kept, head, people.taken)
    body = [ln.text for ln in _cut_tail(lines, kept)]
    body_text = "\n\n".join(body)
    return Article(
        url=url,
        headline=headline,
        description=description,
        authors=people.authors,
        published=_published(lines, top, start, page.language, found.taken),
        site_name=site_name,
        language=page.language,
        editor_note=found.editor_note,
        reading_time_minutes=found.reading_time or reading_minutes(body_text),
        images=found.images,
        body=body_text,
        related=found.related,
        is_article=bool(body),
    )


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
               bylines: set[int]) -> tuple[str | None, list[Line]]:
    """(description, body lines): one prose line right under the headline, cut off from the article
    by its byline, date or share bar (two lines or more), is the standfirst, not the first paragraph."""
    if head is None or len(kept) < 3 or kept[0].kind not in (GOOD, NEAR) or kept[0].index - head > DEK_REACH:
        return None, kept
    nxt = next((k for k in range(1, len(kept)) if kept[k].kind in (GOOD, NEAR)), None)
    if nxt is None or nxt == len(kept) - 1:
        return None, kept
    gap = lines[kept[0].index + 1:kept[nxt].index]
    if (len(gap) >= DEK_GAP and all(ln.kind not in (GOOD, NEAR, SECTION) or ln.repeats > 1 for ln in gap)
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


def _published(lines: list[Line], top: int, start: int, language: str | None, taken: set[int]) -> str | None:
    """The first date written on a short line between the headline and the body (not in a caption)."""
    for line in lines[max(0, top - 2):max(start, top + DATE_REACH)]:
        if line.words <= 20 and line.index not in taken:
            date = text_date(line.text, language)
            if date:
                return date
    return None

"""Plain-text dumps of pages: the same `Article` from visible text alone.

A dump is the visible text of a page (a browser's "copy all", a text-mode
browser, an HTML-to-text tool): menus, teasers, footers and all, one block a
line. The steps, one module each:

    text_lines     measure and classify every line (length, stop words, shape)
    text_headline  the headline: the line the title repeats, or a repeated line
    text_region    the article's stretch: the heaviest run of prose after the headline
    text_blocks    captions and credits, editor's note, reading time, related blocks
    text_people    the byline and the author box (name, role, bio)
    text_body      the body: the stretch less blocks, section lists, standfirst and tail

and this module puts the `Article` together. Pure functions of the text: no
I/O, no global state besides lazily loaded stop lists.
"""
from __future__ import annotations

from ..model import Article
from .dates import text_date
from .reading import reading_minutes
from .text_blocks import find_blocks
from .text_body import body_lines
from .text_headline import headline_anchors, headline_line, is_date_line, site_name_of, title_matches
from .text_lines import Line, measure
from .text_people import find_people
from .text_region import main_region

#: Lines around the headline read for the publication date.
DATE_REACH = 8


def extract_text(text: str, url: str | None = None) -> Article:
    """Find the article in a plain-text dump of a whole page."""
    page = measure(text)
    lines = page.lines
    anchors = title_matches(lines)
    strong = headline_anchors(lines) if not anchors else []
    region = main_region(lines, anchors or strong, has_language=page.language is not None, announced=not anchors)
    start, end = region.start, region.end
    head = headline_line(lines, start, anchors, strong)
    headline = lines[head].text if head is not None else None
    if head is not None and head >= start:
        start = head + 1
    top = head if head is not None else start
    site_name = site_name_of(lines, headline)
    people = find_people(lines, top, start, end, site_name, page.language)
    found = find_blocks(lines, top, start, end)
    published, dated = _published(lines, top, start, page.language, found.taken)
    taken = found.taken | people.taken | region.skipped
    if dated is not None and is_date_line(lines[dated]):
        taken.add(dated)  # a date line under the headline is not body text
    # a headline or caption shown again (galleries repeat captions) is not body text either
    shown_again = {lines[i].text for i in found.taken} | ({headline} if headline else set())
    description, body = body_lines(lines, start, end, head, taken, shown_again, people.taken)
    body_text = "\n\n".join(ln.text for ln in body)
    return Article(
        url=url,
        headline=headline,
        description=description,
        authors=people.authors,
        published=published,
        site_name=site_name,
        language=page.language,
        editor_note=found.editor_note,
        reading_time_minutes=found.reading_time or reading_minutes(body_text),
        images=found.images,
        body=body_text,
        related=found.related,
        is_article=bool(body),
    )


def _published(lines: list[Line], top: int, start: int, language: str | None,
               taken: set[int]) -> tuple[str | None, int | None]:
    """(date, line) of the first date written on a short line between the headline and the body
    (not in a caption)."""
    for line in lines[max(0, top - 2):max(start, top + DATE_REACH)]:
        if line.words <= 20 and line.index not in taken:
            date = text_date(line.text, language)
            if date:
                return date, line.index
    return None, None

"""The article's people in a text dump: the byline under the headline and the author box after the body.

- **Byline**: a line near the headline that says "By Jane Doe" (any language's
  "by", `rules.common.BYLINE`), or a short "Jane Doe - Nov 19, 2019" line. Names come
  from `bylines.person_names`; organisations ("Staff", agencies, the site's own
  name) are dropped (`bylines.is_organisation`).
- **Author box**: a name line, then a role line ("Senior News Editor",
  `rules.text.ROLE_WORDS`) and/or a bio that opens with the name ("Jane Doe is a ...",
  `rules.common.BIO_VERBS`); labels around it ("Avatar", "About the author") go too.
  A bio paragraph that opens with a byline author's name is taken even without a
  name line above it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Author
from .bylines import BIO_MIN_WORDS, is_organisation, opens_with_name, person_names
from .dates import text_date
from .rules.common import BYLINE, NAME_PARTICLES
from .rules.text import ABOUT_NAME, AUTHOR_BOX_LABELS, BYLINE_END, ROLE_WORDS
from .text_lang import function_words
from .text_lines import CRUFT, Line

#: Lines around the headline searched for the byline.
BYLINE_BEFORE, BYLINE_AFTER = 2, 25
#: ... and at the top of the prose (a caption or a lead may come first).
BYLINE_INSIDE = 4
#: Lines under the headline where a name standing alone is the byline.
NAME_LINE_REACH = 3
#: Words of a line of names over a date line, and of that date line.
NAMES_LINE_WORDS, DATE_WORDS = 12, 10
#: Lines after the body searched for the author box.
BOX_AFTER = 15
#: Words of a name line, a role line (a bio's: `bylines.BIO_MIN_WORDS`).
NAME_WORDS = (2, 4)
ROLE_MAX_WORDS = 7

_NAME_PARTICLES = frozenset(p.casefold() for p in NAME_PARTICLES)
_NAME_TOKEN = re.compile(r"^[^\W\d_][\w'’.-]*$")
_HANDLE = re.compile(r"(?:^|\s|(?<=[^\W\d_]))@\w+")  # "@jane", glued to the name by some renderers
_TRAILING_LOWER = re.compile(r"(?:\s+[^\W\d_A-ZÀ-ÞА-Я][^\s]*)+$")  # "Jane Doe publiziert" -> "Jane Doe"
#: A brand after the name, spaced or glued to it ("Jane Doe FOXBusiness", "Jane DoeCNNMoney"): capitals,
#: then lower case (a name's inner capital follows one letter: "McDonald", "LeBron").
_BRAND_TAIL = re.compile(r"(?:\s+|(?<=[a-z]))[A-Z]{2,}[a-z]\w*$")
#: A time stamp before the byline ("5:45 AM PST 11/19/2019 by Jane Doe", "05/10/2018 - Posted by: Jane Doe").
_STAMP_LEAD = re.compile(r"^\s*(?:\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{2,4}\s+)?)?"
                         r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\s*(?:[-–—|·•,]\s*)?(?=\S)")


@dataclass
class People:
    authors: list[Author] = field(default_factory=list)
    taken: set[int] = field(default_factory=set)
    function_words: frozenset[str] = frozenset()  # the page language's: never in a name


def is_name(text: str, function_words: frozenset[str] = frozenset()) -> bool:
    """True for a line that is only a person's name ("Abbey Fenbert", "Jean de La Fontaine"): capitalised
    words, none of them one of the language's `function_words` ("Learn More" is a button)."""
    tokens = text.split()
    low, high = NAME_WORDS
    if not low <= len(tokens) <= high or len(text) > 50:
        return False
    capitals = 0
    for t in tokens:
        if t.casefold() in _NAME_PARTICLES:
            continue
        if t.casefold() in function_words:
            return False
        if not _NAME_TOKEN.match(t) or not t[0].isupper():
            return False
        capitals += 1
    return capitals >= 2 and not is_organisation(text)


def is_role(line: Line) -> bool:
    """True for a short job-title line ("Senior News Editor", "CBS Sports Writer")."""
    return line.words <= ROLE_MAX_WORDS and not line.ends_sentence and bool(ROLE_WORDS.search(line.text))


def byline_names(line: Line, site_name: str | None, text: str | None = None) -> list[str]:
    """The names of a byline line (or of `text`, the line and the next read as one)."""
    text = text or line.text
    if line.words > 20:
        return []
    by = BYLINE.match(text) or (text[:1].isdigit() and BYLINE.match(_STAMP_LEAD.sub("", text, count=1))) or None
    if by or ((text_date(text) or _HANDLE.search(text)) and re.search(r"\s[-–—|/•·@]\s?", text)):
        text = BYLINE_END.sub("", _HANDLE.sub(" ", by.group("name") if by else text))
        names = (_BRAND_TAIL.sub("", _TRAILING_LOWER.sub("", n)) for n in person_names(text))
        # without "By", the line is a byline only when it starts with a name ("Jane Doe - Nov 19, 2019")
        return [n for n in names if n and not is_organisation(n, site_name) and (by or is_name(n))]
    return []


def find_byline(lines: list[Line], head: int, start: int, site_name: str | None, people: People) -> None:
    """The byline's names, from the lines around the headline (`head`) before the body (`start`)."""
    lo = max(0, head - BYLINE_BEFORE)
    hi = min(len(lines), max(start, head + 1) + BYLINE_INSIDE, head + BYLINE_AFTER + 1)
    for i in range(lo, hi):
        names = byline_names(lines[i], site_name)
        if not names and lines[i].words == 1 and i + 1 < len(lines):  # "By" and the names on the next line
            names = byline_names(lines[i], site_name, lines[i].text + " " + lines[i + 1].text)
            if names and all(is_name(n, people.function_words) for n in names):
                people.taken.add(i + 1)
            else:
                names = []
        if names:
            people.authors = [Author(name=n) for n in names]
            people.taken.add(i)
            return
    for i in range(head + 1, min(hi, head + 1 + NAME_LINE_REACH)):  # a name alone under the headline
        if is_name(lines[i].text, people.function_words) and not is_organisation(lines[i].text, site_name):
            people.authors = [Author(name=lines[i].text)]
            people.taken.add(i)
            return
        # names over the date line, with their desk or paper ("JANE DOE, THE DAILY TIMES" / "Nov 18, 2019")
        if i + 1 < len(lines) and lines[i].words <= NAMES_LINE_WORDS and text_date(lines[i + 1].text) \
                and lines[i + 1].words <= DATE_WORDS:
            parts = person_names(lines[i].text)
            if len(parts) == 2 and "," in lines[i].text:
                parts = parts[:1]  # "Name, Desk": the part after the comma is where the name works
            names = [n for n in parts if is_name(n, people.function_words) and not is_organisation(n, site_name)]
            if names:
                people.authors = [Author(name=n) for n in names]
                people.taken.add(i)
                return


def _box_at(lines: list[Line], i: int, name: str, people: People, labelled: bool = False) -> Author | None:
    """The author box whose name line is `i`: role and/or bio in the next lines (after an
    "About <name>" line, the next paragraph naming them is the bio)."""
    role = bio = None
    used = [i]
    for j in range(i + 1, min(len(lines), i + 4)):
        line = lines[j]
        if line.kind == CRUFT or _HANDLE.fullmatch(" " + line.text):
            used.append(j)
            continue
        if role is None and bio is None and is_role(line):
            role = line.text
            used.append(j)
            continue
        if bio is None and (opens_with_name(line.text, name)
                            or (labelled and line.words >= BIO_MIN_WORDS and name in line.text[:150])):
            bio = line.text
            used.append(j)
        break
    if role is None and bio is None:
        return None
    while i > 0 and AUTHOR_BOX_LABELS.match(lines[i - 1].text):  # "Avatar", "About the author"
        i -= 1
        used.append(i)
    people.taken.update(used)
    return Author(name=name, role=role, bio=bio)


def find_author_box(lines: list[Line], start: int, end: int, people: People) -> None:
    """Author boxes between the body's start and BOX_AFTER lines after its end."""
    hi = min(len(lines), end + BOX_AFTER)
    known = {a.name.casefold(): a for a in people.authors}
    for i in range(start, hi):
        if i in people.taken:
            continue
        text = lines[i].text
        about = ABOUT_NAME.match(text)
        name = about.group("name").strip() if about and is_name(about.group("name").strip()) else text
        if is_name(name, people.function_words):
            box = _box_at(lines, i, name, people, labelled=about is not None)
            if box is not None:
                _merge(people, box, known)
                continue
        for author in people.authors:  # a bio alone, opening with a byline author's name
            if author.bio is None and i >= end - 1 and opens_with_name(text, author.name):
                author.bio = text
                people.taken.add(i)


def _merge(people: People, box: Author, known: dict[str, Author]) -> None:
    same = known.get(box.name.casefold())
    if same is not None:
        same.role = same.role or box.role
        same.bio = same.bio or box.bio
    elif not people.authors or len(known) == 0:
        people.authors.append(box)
        known[box.name.casefold()] = box


def find_people(lines: list[Line], head: int, start: int, end: int, site_name: str | None,
                language: str | None = None) -> People:
    """The byline's authors, completed (or found) by the author box after the body."""
    people = People(function_words=function_words(language))
    find_byline(lines, head, start, site_name, people)
    find_author_box(lines, start, end, people)
    return people

"""Dates: ISO 8601 out of what pages declare and show.

- `iso_date`: a declared value ("2019-11-18T09:30:00+01:00", epoch seconds, "06.08.2009 10:15")
  as ISO 8601 with the page's own offset.
- `text_date`: the first calendar date written in a text, day first, month names in several
  languages (shared with the text-dump mode).
- `dom_date`: the date the page shows: its dated elements (`dated_element_date`), else the dates
  it writes (`written_date`: date-like elements, beside the headline, the URL, a labelled date).
- `local_first`: of the JSON-LD and meta-tag dates, the one in the page's own offset.
- `htmldate_fallback`: htmldate's reading (fast mode) of a page where the above find none.
"""
from __future__ import annotations

import re
import unicodedata
import warnings
from datetime import datetime, timezone
from functools import lru_cache
from typing import TYPE_CHECKING

from ahocorasick_rs import AhoCorasick
from dateutil import parser as dateparser
from htmldate import find_date

from selectolax.lexbor import LexborNode

from .dom import attr, class_and_id, clean_text, has_ancestor, is_within, node_text
from .rules.common import (DAY_AFTER_MONTH, DAY_BEFORE_MONTH, MONTH_DAY_YEAR, MONTHS, YEAR_AFTER_MONTH,
                           YEAR_BEFORE_MONTH)
from .rules.html import DATE_LABEL, DATE_TEXT_SELECTOR, DATED_ELEMENTS, NOT_DATE_TOKENS, PUBLISHED_DATE_STEMS

if TYPE_CHECKING:  # (the page module imports this one, through jsonld and bylines)
    from .page import Page

def iso_date(value: str | None) -> str | None:
    """An ISO 8601 string for a date as pages write it, or None."""
    value = clean_text(value)
    if not value or len(value) > 80:
        return None
    if not re.match(r"\s*\d{4}-\d\d", value) and not re.fullmatch(r"\d{10}(\d{3})?", value):
        written = text_date(value)  # "06.08.2009", "13. Januar 2014": day first, month names in many languages
        if written:
            time_part = re.search(r"\b(\d{1,2}):(\d{2})(?::(\d{2}))?\b", value)
            if not time_part:
                return written
            if not re.search(r"[+-]\d\d:?\d\d\b|\b(?:am|pm|utc|gmt|[a-z]{3}t)\b", value, re.I):
                h, mi, se = (int(x or 0) for x in time_part.groups())
                if h < 24 and mi < 60:
                    return f"{written}T{h:02d}:{mi:02d}:{se:02d}"
                return written
            parsed = _dateutil(value)  # a time with its zone: dateutil keeps it, if it reads the same day
            return parsed if parsed and parsed[:10] == written else written
    if re.fullmatch(r"\d{10}(\d{3})?", value):  # epoch seconds or milliseconds
        ts = int(value[:10])
        return datetime.fromtimestamp(ts, tz=timezone.utc).isoformat()
    return _dateutil(value)


#: ISO 8601 as pages write it in their metadata: read by `datetime.fromisoformat`, which gives what
#: dateutil gives for these, many times faster.
_ISO_DATETIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,6})?)?"
                           r"(?:Z|[+-][0-9]{2}:?[0-9]{2})?)?")  # (an offset without its colon: Python 3.11 and later)


def _dateutil(value: str) -> str | None:
    if _ISO_DATETIME.fullmatch(value):
        try:
            dt = datetime.fromisoformat(value[:-1] + "+00:00" if value.endswith("Z") else value)
        except ValueError:
            pass
        else:
            return _iso_result(dt, value)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # dateutil warns about time zone names it does not know
        try:
            dt = dateparser.parse(value, fuzzy=False, default=datetime(1900, 1, 1))
        except (ValueError, OverflowError, TypeError):
            try:
                dt = dateparser.parse(value, fuzzy=True, default=datetime(1900, 1, 1))
            except (ValueError, OverflowError, TypeError):
                return None
    return _iso_result(dt, value)


def _iso_result(dt: datetime, value: str) -> str | None:
    if dt.year < 1990 or dt.year > 2100:
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) or (dt.hour == dt.minute == dt.second == 0 and ":" not in value):
        return dt.date().isoformat()
    try:
        return dt.isoformat()
    except ValueError:  # a zone offset Python cannot represent ("+24:00"): keep the calendar date
        return dt.date().isoformat()



_YEAR = r"(?P<y>(?:19|20)\d{2})"
#: A year or a day (one or two digits) that starts a date after a word boundary, written digit first: the
#: boundary checked behind the first digit(s) (no word character before them) is the same `\b` (a digit is
#: a word character), and `re` scans for a pattern's first characters (a digit, "19" or "20") instead of
#: trying a leading `\b` at every character of the text (~5x as many instructions).
_YEAR_AT_WORD = _YEAR + r"(?<!\w\d{4})"
_PAIR_AT_WORD = r"\d(?<!\w\d)\d?"  # (`\b\d{1,2}`)
#: Calendar dates written with digits, and English's month-first order; of the dates a text holds, the
#: first one written wins.
_DATE_PATTERNS: tuple[tuple[re.Pattern[str] | None, str | None], ...] = (
    (re.compile(_YEAR_AT_WORD + r"-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b"), None),  # 2019-03-05
    (re.compile(rf"(?P<d>{_PAIR_AT_WORD})\.\s*(?P<m>\d{{1,2}})\.\s*" + _YEAR + r"\b"), None),  # 05.03.2019
    (re.compile(rf"(?P<d>{_PAIR_AT_WORD})-(?P<m>\d{{1,2}})-" + _YEAR + r"(?!\d)"), None),  # 05-03-2019
    (re.compile(_YEAR_AT_WORD + r"(?P<sep>[./])\s?(?P<m>\d{1,2})(?P=sep)\s?(?P<d>\d{1,2})(?!\d)"),
     None),  # 2019/03/05, 2019.03.05, 2019. 3. 5.
    (re.compile(_YEAR + r"\s*[年년]\s*(?P<m>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日일]"), None),  # 2019年3月5日, 2019년 3월 5일
    (None, "month-first"),  # `rules.common.MONTH_DAY_YEAR` (tried only at month names: `re` would try them everywhere)
    (re.compile(rf"(?P<a>{_PAIR_AT_WORD})/(?P<b>\d{{1,2}})/" + _YEAR + r"\b"), "slash"),  # 03/05/2019
)
#: No date is written longer ("30th   September,   2019": white space runs are short in a page's text);
#: nor does its month's name stand further from its start.
_LONGEST_DATE = 64
_NAME_AFTER_START = 16
#: Every pattern needs a year; a month's name needs white space before or after it. Cheap searches that
#: rule a text out before the month names are looked for.
_ANY_YEAR = re.compile(r"(?:19|20)\d\d")
_SPACED_YEAR = re.compile(r"(?:19|20)\d\d(?:(?<=\s\d{4})|\.?\s)")  # (`\s(?:19|20)\d\d|(?:19|20)\d\d\.?\s`, opening
# with the year's first digit: `re` skips to those instead of trying both branches at every character)
#: Digits of other scripts that dates are written in: Arabic-Indic, Persian, Devanagari, Bengali, full width.
_OTHER_DIGIT = re.compile("[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\uff10-\uff19]")


class _AsciiDigits(dict[int, int]):
    """`str.translate` table: every decimal digit ("２", "٣") as its ASCII digit, other characters
    as they are (each looked up once)."""

    def __missing__(self, code: int) -> int:
        value = unicodedata.decimal(chr(code), None)
        self[code] = out = code if value is None else 48 + value
        return out


_ASCII_DIGITS = _AsciiDigits()


@lru_cache(maxsize=1)
def _month_scanner() -> AhoCorasick:
    """One Aho-Corasick automaton of every month name (lower case)."""
    return AhoCorasick(list(MONTHS))


def text_date(text: str, language: str | None = None) -> str | None:
    """The first calendar date written in `text` ("13. Januar 2014", "Nov 18, 2019", "25.08.2015",
    "2019年3月5日", "2019. március 5."), as YYYY-MM-DD; digits of any script are read."""
    if not text.isascii() and _OTHER_DIGIT.search(text):
        text = text.translate(_ASCII_DIGITS)
    if not _ANY_YEAR.search(text):
        return None
    best: tuple[int, str] | None = None
    end = len(text)  # a date that starts before the best one found so far ends before this
    spaced = _SPACED_YEAR.search(text) is not None
    for pattern, kind in _DATE_PATTERNS:
        if pattern is None:
            if not spaced:
                continue
            found = MONTH_DAY_YEAR.finditer(text[:end])
        else:
            found = pattern.finditer(text, 0, end)
        for m in found:
            if best is not None and m.start() >= best[0]:
                break
            date = _read(m, kind, language)
            if date:
                best, end = (m.start(), date), min(end, m.start() + _LONGEST_DATE)
                break
    if spaced:
        named = _named_date(text, best[0] + _NAME_AFTER_START if best else end)
        if named and (best is None or named[0] < best[0]):
            best = named
    return best[1] if best else None


def _read(m: re.Match[str], kind: str | None, language: str | None) -> str | None:
    """The date a match of `_DATE_PATTERNS` writes, if it is one."""
    g = m.groupdict()
    month: int | None
    if kind == "slash":
        a, b = int(g["a"]), int(g["b"])
        month, day = (a, b) if (language or "en") == "en" and a <= 12 else (b, a)
    else:
        day = int(g["d"])
        month = MONTHS.get(g["mon"].lower().rstrip(".")) if g.get("mon") else int(g["m"])
    try:
        return datetime(int(g["y"]), month or 0, day).date().isoformat()
    except (ValueError, TypeError):
        return None


def _named_date(text: str, end: int) -> tuple[int, str] | None:
    """The first date written day first or year first around a month's name that starts in `text[:end]`,
    as (start, YYYY-MM-DD): the names are found by one scan, each read with the rules' patterns for
    its sides (`rules.common.DAY_BEFORE_MONTH` ...)."""
    low = text[:end].lower()
    if len(low) != end:  # a letter whose lower case is longer ("İ"): each as one letter
        low = "".join(c.lower()[:1] or c for c in text[:end])
    best: tuple[int, str] | None = None
    for _, at, stop in sorted(_month_scanner().find_matches_as_indexes(low, overlapping=True)):
        if best is not None and at > best[0] + _NAME_AFTER_START:
            break
        month = MONTHS.get(low[at:stop])
        if not month:
            continue
        found = []
        before = DAY_BEFORE_MONTH.search(text, max(0, at - _NAME_AFTER_START), at)
        after = YEAR_AFTER_MONTH.match(text, stop) if before else None
        if before and after:
            found.append((before.start(), after.group("y"), before.group("d")))
        before = YEAR_BEFORE_MONTH.search(text, max(0, at - 8), at)
        after = DAY_AFTER_MONTH.match(text, stop) if before else None
        if before and after:
            found.append((before.start(), before.group("y"), after.group("d")))
        for start, year, day in sorted(found):
            if best is not None and start >= best[0]:
                break
            try:
                best = (start, datetime(int(year), month, int(day)).date().isoformat())
            except ValueError:
                continue
            break
    return best


#: A date in a URL's path: /2019/03/05/, /2019-03-05-slug, /20190305/ or -20190305.html, /05-03-2019, /05.03.2019/.
_URL_DATES = (
    re.compile(r"/(?P<y>(?:19|20)\d{2})[/-](?P<m>\d{1,2})[/-](?P<d>\d{1,2})(?!\d)"),
    re.compile(r"[/_-](?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)(?![\d])"),
    re.compile(r"/(?P<a>\d{1,2})(?P<sep>[.-])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d{2})(?![\d])"),  # day first
)
_SHORT_DATE = re.compile(rf"(?P<d>{_PAIR_AT_WORD})\.(?P<m>\d{{1,2}})\.(?P<y>\d{{2}})\b")  # (`\b\d{1,2}\.`...)


def _short_date(text: str) -> str | None:
    """"31.10.23" in a short date line."""
    m = _SHORT_DATE.search(text)
    if not m or len(text) > 60:
        return None
    try:
        return datetime(2000 + int(m.group("y")), int(m.group("m")), int(m.group("d"))).date().isoformat()
    except ValueError:
        return None


def _occurrences(text: str, part: str, most: int) -> list[int]:
    """Where `part` stands in `text`, the first `most` places, not overlapping."""
    out: list[int] = []
    at = text.find(part)
    while at >= 0 and len(out) < most:
        out.append(at)
        at = text.find(part, at + len(part))
    return out


def dom_date(page: Page, url: str | None, language: str | None, headline_text: str | None = None) -> str | None:
    """The publication date the page shows: its dated elements first (`dated_element_date`), then the
    dates it writes (`written_date`)."""
    return dated_element_date(page, language) or written_date(page, url, language, headline_text)


def dated_element_date(page: Page, language: str | None, kinds: int = len(DATED_ELEMENTS.selectors)) -> str | None:
    """The date of the page's dated elements (`rules.html.DATED_ELEMENTS`, best first, of its first
    `kinds` selectors; not in comments or teasers): their content/datetime/title attribute, or the
    text of an itemprop=datePublished."""
    # one pass over the tree for all dated elements (a cheaper selection that holds them), then each ranked
    # by the first selector it matches
    buckets: list[list[LexborNode]] = [[] for _ in DATED_ELEMENTS.selectors]
    for rank, node in DATED_ELEMENTS.listed(page.css(DATED_ELEMENTS.select), 40):
        buckets[rank].append(node)
    for selector, bucket in zip(DATED_ELEMENTS.selectors[:kinds], buckets):
        for node in bucket[:5]:
            if has_ancestor(node, NOT_DATE_TOKENS, depth=8):
                continue
            for key in ("content", "datetime", "title"):
                value = attr(node, key)
                if value and re.search(r"\d{4}", value):
                    found = iso_date(value)
                    if found:
                        return found
            if selector is DATED_ELEMENTS.selectors[0]:  # itemprop=datePublished: its text may be the date
                found = text_date(node_text(node), language)
                if found:
                    return found
    return None


def written_date(page: Page, url: str | None, language: str | None, headline_text: str | None = None) -> str | None:
    """The date the page writes: in a date-like element, beside the headline, in `url`, after a label
    in the text ("Veröffentlicht am ..."), or first after the headline; never in the headline itself
    ("Results of the 2.3.2019 meeting")."""
    found, headline = _in_date_elements(page, headline_text or "", language)
    if found:
        return found
    found = _beside(headline, language) or _in_url(url)
    if found or page.body is None:
        return found
    text = clean_text(page.lines)
    title = headline_text or (node_text(headline) if headline is not None else "")
    return _labelled(text, language) or _after_headline(text, title, language)


def _in_date_elements(page: Page, title: str, language: str | None) -> tuple[str | None, LexborNode | None]:
    """A date written in an element named like one (`rules.html.DATE_TEXT_SELECTOR`, not in comments or
    teasers): of those named for a publication date first (`rules.html.PUBLISHED_DATE_STEMS`), then of
    those beside the headline (in its block), then the first; the headline's own text is not read.
    Also the headline element, when it was looked for."""
    headline: LexborNode | None = None
    block: LexborNode | None = None
    looked = False
    best: tuple[int, str] | None = None  # (kind: 0 named, 1 beside the headline, 2 other; date)
    last = 0
    for node in page.css(DATE_TEXT_SELECTOR)[:80]:
        if node.mem_id == last:
            continue  # (listed again for another alternative it matches: read once, it decides nothing new)
        last = node.mem_id
        named: bool | None = None  # (looked up only where it decides: most elements hold no date)
        if best is not None:
            named = PUBLISHED_DATE_STEMS.found(class_and_id(node).lower())
            if not named and (best[0] < 2 or block is None or not is_within(node, block, depth=12)):
                continue  # only a named element beats one beside the headline; nothing else beats one
        raw = node.text(deep=True, separator=" ")
        if len(raw) > _RAW_READ and len(clean_text(raw[:_RAW_READ])) > _LONGEST_DATE_TEXT + max(len(title) - 3, 0):
            continue  # a container: its text's first part, cleaned, is too long already (the headline's text
            # replaced by " | " makes it shorter by at most that much)
        if not _ANY_YEAR.search(raw) and not _SHORT_DATE.search(raw):
            continue  # no date can be read in it (cleaning only changes its white space)
        text = clean_text(raw)
        if title and title in text:
            text = text.replace(title, " | ", 1)
        if len(text) > _LONGEST_DATE_TEXT or has_ancestor(node, NOT_DATE_TOKENS, depth=8):
            continue
        found = text_date(text, language) or _short_date(text)
        if not found:
            continue
        if named is None:
            named = PUBLISHED_DATE_STEMS.found(class_and_id(node).lower())
        if named:
            return found, headline
        if not looked:  # the headline's block: its third ancestor, below <body>
            looked = True
            headline = block = _headline(page)
            for _ in range(3):
                if block is None or block.parent is None or block.parent.tag in ("body", "html"):
                    break
                block = block.parent
        kind = 1 if block is not None and is_within(node, block, depth=12) else 2
        if best is None or kind < best[0]:
            best = (kind, found)
    return (best[1] if best else None), headline if looked else _headline(page)


#: The longest text (white space collapsed) of a date-like element that is read for a date; and how much of an
#: element's raw text is cleaned to tell that a container's is longer (a prefix's cleaned text is no longer
#: than the whole's).
_LONGEST_DATE_TEXT = 150
_RAW_READ = 1000


_POST_TITLE = ".entry-title, .post-title"


def _headline(page: Page) -> LexborNode | None:
    """The page's first h1 or post-title element: its first h1 (the index's) when no element can be a
    post title (no pass over the page)."""
    if not page.index.selector(_POST_TITLE):
        return page.index.h1s[0] if page.index.h1s else None
    return page.tree.css_first("h1, " + _POST_TITLE)


def _beside(headline: LexborNode | None, language: str | None) -> str | None:
    """A date written next to the headline (not in it), in the nearest ancestor that holds more than it."""
    if headline is None:
        return None
    title = node_text(headline)
    holder = headline.parent
    for _ in range(3):
        if holder is None or holder.tag in ("body", "html"):
            break
        text = node_text(holder)
        at = text.find(title)
        if len(text) > len(title) + 10 and at >= 0:
            return text_date(text[max(0, at - 200):at] + " | " + text[at + len(title):at + len(title) + 400], language)
        holder = holder.parent
    return None


def _in_url(url: str | None) -> str | None:
    """The date a URL's path holds (`_URL_DATES`; "05-03-2019" day first, as `text_date` reads it)."""
    path = (url or "").split("?")[0].split("#")[0]
    if not _ANY_YEAR.search(path):
        return None
    for pattern in _URL_DATES:
        for m in pattern.finditer(path):
            g = m.groupdict()
            day, month = (int(g["a"]), int(g["b"])) if "a" in g else (int(g["d"]), int(g["m"]))
            try:
                return datetime(int(g["y"]), month, day).date().isoformat()
            except ValueError:
                continue
    return None


def _labelled(text: str, language: str | None) -> str | None:
    """A date after a label: "Veröffentlicht am 16.08.2019", "Datum: 03.11.2021", "Posted on May 19, 2020"."""
    for label in DATE_LABEL.finditer(text):
        found = text_date(text[label.end():label.end() + 40], language)
        if found:
            return found
    return None


def _after_headline(text: str, title: str, language: str | None) -> str | None:
    """The last resort: the first full date written after the headline (a dateline, a post's date
    line); the headline may stand in a menu first, then over the article."""
    starts = _occurrences(text, title, 3) if title else []
    for at in starts or [0]:
        found = text_date(text[max(at - 100, 0):at] + " | " + text[at + len(title):at + len(title) + 1500], language)
        if found:
            return found
    return None


#: htmldate accepts no date after this: a fixed bound keeps extraction a function of the page alone
#: (htmldate's own default is the day it runs).
_LATEST = datetime(2100, 12, 31)


#: A date written with digits in a page's HTML (text, attributes, scripts) as 2019-03-05, 05.03.2019 or
#: 03/05/2019, not inside a word or a link's path ("article-2022-01-17", "/2019-03-05/"): on the dev pages
#: htmldate's fast mode found no date ours missed on a page without one. (Tried around each year the page
#: holds: one regex over a whole page tries its branches at every character.)
_NUMERIC_DATE = re.compile(r"(?<![\w/-])(?:(?:19|20)\d\d-[01]\d-[0-3]\d|[0-3]?\d\.[01]?\d\.(?:19|20)\d\d|"
                           r"[01]?\d/[0-3]?\d/(?:19|20)\d\d)(?!\d)", re.ASCII)
_A_YEAR = re.compile(r"(?:19|20)\d\d", re.ASCII)


#: htmldate reads the page's first this many characters: its cost grows with the page (a second parse
#: and several passes in Python), and a page's date stands in its head, its scripts' data or its article.
_HTMLDATE_CHARS = 64_000


def _has_numeric_date(html: str) -> bool:
    """A `_NUMERIC_DATE` outside the page's comments: a date only in one (a cache's "generated on" stamp,
    an editor's note) is not the page's, though htmldate would read it. After an unclosed "<!--" (as a
    script may hold too) none counts."""
    for m in _A_YEAR.finditer(html):
        found = _NUMERIC_DATE.search(html, max(0, m.start() - 6), m.end() + 6)
        if found and html.rfind("<!--", 0, found.start()) <= html.rfind("-->", 0, found.start()):
            return True
    return False


def htmldate_fallback(html: str | bytes, url: str | None) -> str | None:
    """The publication date htmldate finds in the page's HTML (`html`: its text, or its bytes when
    they are UTF-8), in its fast mode (its markup and patterns without the free-text search): for a
    page whose date ours does not read (a date only in a script's data, a footer's time stamp). It
    parses the page's head a second time (lxml), so it is asked only when that holds a date written
    with digits. The head goes in as text: bytes cut inside a character would send htmldate to guess
    the encoding."""
    head = html[:_HTMLDATE_CHARS] if isinstance(html, str) else \
        html[:_HTMLDATE_CHARS].decode("utf-8", errors="replace")
    if not _has_numeric_date(head):
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return find_date(head, url=url, extensive_search=False, original_date=True, max_date=_LATEST)
    except Exception:  # (a page lxml or htmldate cannot read: no date, not a failed extraction)
        return None


def local_first(declared: str | None, meta: str | None) -> str | None:
    """The JSON-LD date, unless it is the meta tag's moment written in UTC: the page's own
    offset keeps the calendar date its readers see."""
    if not declared or not meta:
        return declared or meta
    utc = declared.endswith(("+00:00", "Z"))
    try:
        a, b = datetime.fromisoformat(declared), datetime.fromisoformat(meta)
        same = a.tzinfo is not None and b.tzinfo is not None and abs((a - b).total_seconds()) < 60
    except ValueError:
        return declared
    return meta if utc and same and not meta.endswith(("+00:00", "Z")) else declared

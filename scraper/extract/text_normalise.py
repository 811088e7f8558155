"""A dump of any renderer read back into plain lines, each with the structure its marks told.

Renderers mark up the text they dump each their own way: text-mode browsers (w3m, lynx)
hard-wrap at a width, bullet list items (`*`, `•`, `☆`, `+`), number links (`[12]Home`) and
list their URLs at the end ("References"), and show images and form controls as `[IMG]`,
`(BUTTON)`, `[ ]`, `____`; HTML-to-Markdown tools (html2text, pandoc) write links
`[text](url)`, images `![alt](url)`, `#` headings, `**` emphasis, `>` quotes and `|` tables;
others (inscriptis) indent. `normalise` undoes all that, in this order:

1. lynx's link lists (the page's <link>s at the top, its links at the end) and Markdown's link
   definitions go;
2. hard-wrapped lines are joined again: the wrap width is read off the line lengths (the width
   most line breaks are explained by: a line ends where its next line's first word would not
   have fitted), and a line is joined to the next one when that word would not have fitted;
3. each line loses its indentation, quote marks, list mark (a bullet that opens several lines
   of the dump; a number is kept as text), Markdown syntax and placeholders, and keeps what
   they told: a heading's level (`#`, or a setext underline) and whether it was a list item;
   a teaser's title run into its summary (renderers that ignore the page's styles) is parted.

What is left is what a reader sees, one paragraph a line. Plain dumps (one block a line,
no marks) come out as they went in.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .rules.text import LINK_LIST_HEADINGS, LIST_MARKS, PLACEHOLDERS

#: A bullet counts as a list mark once this many lines of the dump open with it (a lone "* Dates
#: may change." is a footnote).
BULLET_MIN_LINES = 3
#: Markdown links, images and headings from which a dump is read as Markdown.
MARKDOWN_MIN_MARKS = 3
#: lynx's link numbers ("[12]Home") from which a dump's "[n]" marks are read as link numbers.
LINK_MARKS_MIN = 5
#: A dump is hard-wrapped when a width explains at least WRAP_MIN_LINES line breaks and WRAP_SHARE
#: of its lines longer than half the width (or WRAP_MIN_LINES breaks inside a sentence), with few
#: lines longer than it that could have been broken (at most WRAP_OVERFLOW per break explained,
#: past WRAP_SLACK).
WRAP_MIN_LINES = 4
WRAP_SHARE = 0.2
WRAP_OVERFLOW = 0.1
#: A break before a run of wide characters read as one word counts when the run is at most this long.
WRAP_WORD = 20
#: A renderer may wrap some lines (headings) a few characters wider than the rest.
WRAP_SLACK = 3
#: A line that is one text twice (each at least this long) is an image's alt text and title.
DOUBLED_MIN = 10
#: A teaser's title glued to its summary by a renderer that ignores the page's styles ("Cheese Shops
#: In DetroitWondering where to find ..."): a title of GLUED_TITLE words, most of them capitalised
#: (GLUED_TITLE_CASE), then a sentence of GLUED_SENTENCE_WORDS words at least, few of them capitalised.
GLUED_TITLE = (3, 20)
GLUED_TITLE_CASE = 0.85
GLUED_SENTENCE_WORDS = 6
#: Widths looked at (a phone's narrow column up to a wide terminal).
WRAP_WIDTHS = (30, 250)
#: A dump's first MAX_RAW_LINES lines are read (blank ones included), and its first MAX_LINES lines
#: as a reader sees them come out: a page's dump holds hundreds (the dev dumps 700 at most), each line
#: costs tens of microseconds in the steps after this one, and a dump of a million lines would take
#: minutes. (A hard-wrapped dump joins several lines into one: the raw bound is the larger.)
MAX_RAW_LINES = 100_000
MAX_LINES = 20_000

#: Runs of white space (a no-break space inside a line is kept as written), and rules drawn with
#: box-drawing characters ("━━━━━━"), alone or glued to a line's text.
_SPACE = re.compile(r"[^\S\xa0]+|[\u2500-\u257f]{3,}")
#: A line that opens a numbered list item ("1. ", "2) ").
_NUMBERED = re.compile(r"^\d{1,3}[.)]\s")
_ATX = re.compile(r"^ {0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_SETEXT = re.compile(r"^ {0,3}(={3,}|-{3,})\s*$")
#: A line of rule marks only ("* * *", "-----", "___", "|---|---|"), RULE_MARKS of them at least.
_RULE_CHARS = "*_=~#|:+-"
_RULE = re.compile(r"^[\s*_=~#|:+-]*$")
RULE_MARKS = 3
_QUOTE = re.compile(r"^(?:>\s?)+")
#: A seam where a title runs into the next text: a word's lower-case letters, then a capitalised word.
_GLUE = re.compile(r"(?<=[a-z]{2})(?=[A-Z][a-z]+\s)")
_OPENERS = "\"'‘“(«¿¡"
#: A Markdown link's text in brackets (escaped brackets allowed), and its target: "(url)", '(url "title")'.
_MD_TEXT = r"\[((?:\\.|[^\[\]\\]|\[[^\[\]]*\])*)\]"
_MD_TARGET = r"\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)"
_MD_IMAGE = re.compile("!" + _MD_TEXT + _MD_TARGET)
_MD_LINK = re.compile(_MD_TEXT + _MD_TARGET)
_MD_REF_LINK = re.compile(r"\[((?:\\.|[^\[\]\\])+)\]\[[^\[\]]*\]")
#: The end of a link whose text spans lines (html2text on a card: its title, byline and date in one
#: <a>): "](url)" opening a line, and the "[" that opened it, alone at a line's start.
_MD_LINK_END = re.compile(r"\]" + _MD_TARGET)
#: pandoc's extensions: a span "[text]{.class}", attributes "{#id .class key=value}" after a link,
#: an image or a heading, and the lines that open and close a div (":::: {.class}", ":::").
_MD_SPAN = re.compile(r"\[([^\[\]]*)\]\{[^{}]*\}")
_MD_ATTRIBUTES = re.compile(r"\s*\{(?:[#.][\w-]|[\w-]+=)[^{}]*\}")
_MD_FENCE = re.compile(r"^\s*:{3,}(?:\s*\{[^{}]*\}|\s*[\w-]+)?\s*$")
_MD_DEFINITION = re.compile(r"^ {0,3}\[[^\[\]]+\]:\s+\S+")
_MD_AUTOLINK = re.compile(r"<(?:https?|mailto|ftp):[^<>\s]*>")
#: Emphasis spans a few words: bounded, so a line of stray marks costs no more than its length.
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.{1,200}?)(?<=\S)\1")
_MD_EM = re.compile(r"(?<![\w*\\])\*(?=[^\s*])([^*]{1,200}?)(?<=[^\s\\])\*(?![\w*])"
                    r"|(?<![\w\\])_(?=[^\s_])([^_]{1,200}?)(?<=[^\s\\])_(?!\w)")
_MD_CODE = re.compile(r"`+([^`]*)`+")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|~<])")
_LINK_MARK = re.compile(r"\[\d+\](?=\S)")
_LINK_MARK_ANY = re.compile(r"\[\d+\]")
_HEADER_LINKS = re.compile(r"^\s*#\[\d+\]")
_NUMBERED_URL = re.compile(r"^\s*\d+\.\s+\S+:\S*$")
#: An image's file name in brackets, where a text-mode browser draws the image ("[share-icon]",
#: "[photo_03.jpg]"): one word holding "-", "_" or ".", not a number.
_IMAGE_NAME = re.compile(r"\[(?=[^\]\s]*[-_.])(?![\d.]+\])[^\s\[\]]{2,60}\]")
#: A line that is one bracketed text and nothing else: an image's alt text or file name, a button.
_BRACKETED = re.compile(r"^\[([^\[\]]{1,120})\]$")
_SENTENCE_END = frozenset(".!?…")
_FIRST_TOKEN = re.compile(r"\S+")
#: East Asian wide and full-width characters (Unicode's East_Asian_Width W and F), which take two
#: columns on a terminal.
_WIDE = re.compile("[\u1100-\u115f\u231a\u231b\u2329\u232a\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf"
                   "\u4e00-\u9fff\ua000-\ua4cf\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe10-\ufe19"
                   "\ufe30-\ufe6f\uff00-\uff60\uffe0-\uffe6\U0001f300-\U0001f64f\U0001f900-\U0001f9ff"
                   "\U00020000-\U0003fffd]")
#: Three columns or more, parted by runs of spaces.
_COLUMNS = re.compile(r"\S {2,}\S.*?\S {2,}\S")


@dataclass(slots=True)
class DumpLine:
    """One line of a dump as a reader sees it."""

    block: int  # lines with no blank line between them share a block
    text: str
    heading: int = 0  # a Markdown heading's level (1-6), 0 when the dump does not tell
    item: bool = False  # the line opened with a list mark


@dataclass(frozen=True)
class Style:
    """What a dump's marks are: read once from the whole dump."""

    markdown: bool
    link_marks: bool
    bullets: frozenset[str]


def style_of(lines: list[str]) -> Style:
    """The dump's conventions: Markdown or not, lynx's link numbers or not, which bullets it uses."""
    text = "\n".join(lines)
    markdown = (text.count("](") + sum(1 for ln in lines if ln.startswith("#") and _ATX.match(ln))
                >= MARKDOWN_MIN_MARKS)
    link_marks = len(_LINK_MARK.findall(text)) >= LINK_MARKS_MIN
    marks: Counter[str] = Counter()
    for ln in lines:
        s = ln.lstrip()
        if s and s[0] in LIST_MARKS and (len(s) == 1 or s[1].isspace()):
            marks[s[0]] += 1
    bullets = {m for m, n in marks.items() if n >= BULLET_MIN_LINES}
    if markdown:
        bullets |= {"*", "-", "+"}
        bullets.discard("#")  # a heading there
    return Style(markdown, link_marks, frozenset(bullets))


def _drop_link_lists(lines: list[str]) -> list[str]:
    """The lines less lynx's link lists (the page's <link>s first, "#[1]alternate [2]RSS ...", and
    its links at the end, a "References" line then numbered URLs) and Markdown's link definitions
    ("[1]: http://...")."""
    first = next((i for i, ln in enumerate(lines) if ln), None)
    if first is not None and _HEADER_LINKS.match(lines[first]):
        end = next((i for i in range(first, len(lines)) if not lines[i]), len(lines))
        lines = lines[end:]
    for i, ln in enumerate(lines):
        if LINK_LIST_HEADINGS.match(ln):
            rest = [r for r in lines[i + 1:] if r.strip()]
            urls = sum(1 for r in rest if _NUMBERED_URL.match(r) or LINK_LIST_HEADINGS.match(r))
            if rest and urls >= 0.8 * len(rest):
                lines = lines[:i]
                break
    return [ln for ln in lines if "]:" not in ln or not _MD_DEFINITION.match(ln)]


def _opens_line(stripped: str, style: Style) -> bool:
    """True when a line starts something of its own (a list item, a heading): never a wrapped line's end."""
    if not stripped:
        return True
    if stripped[0] in style.bullets and (len(stripped) == 1 or stripped[1].isspace()):
        return True
    return bool(_NUMBERED.match(stripped)) or (style.markdown and stripped[0] == "#" and bool(_ATX.match(stripped)))


def columns(text: str) -> int:
    """The columns `text` takes on a terminal: East Asian wide characters take two."""
    return len(text) if text.isascii() else len(text) + len(_WIDE.findall(text))


def _wide(c: str) -> bool:
    """True for an East Asian wide character (Chinese, Japanese, Korean, full-width forms)."""
    return bool(c) and not c.isascii() and _WIDE.match(c) is not None


def _needed(prev: str, nxt: str, style: Style, wrap: Wrap | None = None) -> int | None:
    """The width `prev` would have needed to hold the first word of `nxt` too (a wrap at any
    narrower width explains the break between them), or None when `nxt` cannot carry `prev`
    on: it starts a list item or a heading, or `prev` is a table's row. `wrap` tells how the
    renderer measures and breaks East Asian wide characters (the width is not read)."""
    stripped = nxt.lstrip()
    if _opens_line(stripped, style) or _is_table_row(prev.strip(), style):
        return None
    if style.markdown:
        stripped = _QUOTE.sub("", stripped).lstrip()
        if not stripped:
            return None
    first = _FIRST_TOKEN.match(stripped)
    word = first.group(0) if first else ""
    size = columns if wrap is not None and wrap.columns else len
    if wrap is not None and wrap.breaks_wide and (_wide(word[:1]) or _wide(prev[-1:])):
        return size(prev) + size(word[:1])  # broken between two characters
    # a word may be broken at its hyphen or before a slash: no space between the pieces
    return size(prev) + (0 if prev.endswith(("-", "/")) or stripped.startswith("/") else 1) + size(word)


def _is_table_row(stripped: str, style: Style) -> bool:
    """True for a table's row: columns parted by runs of spaces, or Markdown's " | " (never wrapped)."""
    return ("  " in stripped and bool(_COLUMNS.search(stripped))) or (style.markdown and stripped.count(" | ") >= 2)


def _breakable_at(line: str, style: Style) -> int:
    """The length of the line's first piece a wrap could end at (its first space past the
    indentation, list mark and first word), or the whole length; a list item, a table's row and
    a Markdown line with a link count whole (some renderers never wrap them)."""
    stripped = line.lstrip()
    if _is_table_row(stripped, style) or (style.markdown and "](" in stripped):
        return len(line)  # (html2text does not wrap a line that holds a link or an image)
    if style.markdown:
        stripped = _QUOTE.sub("", stripped)
    if _opens_line(stripped, style):
        return len(line)
    space = stripped.find(" ", 1)
    return len(line) - len(stripped) + space if space > 0 else len(line)


@dataclass(frozen=True)
class Wrap:
    """How a dump was hard-wrapped: at `width` characters (terminal `columns`, where East Asian wide
    characters take two), breaking lines between any two wide characters or (not `breaks_wide`)
    only at spaces."""

    width: int = 0
    columns: bool = False
    breaks_wide: bool = False


#: How renderers wrap text with wide characters: characters and spaces (textwrap), characters and
#: between any two (lynx), columns and between any two (w3m).
WIDE_WRAPS = (Wrap(), Wrap(breaks_wide=True), Wrap(columns=True, breaks_wide=True))


def wrap_width(lines: list[str], style: Style) -> Wrap | None:
    """How a hard-wrapped dump breaks its lines, or None for a dump that is not wrapped: the
    width that explains the most breaks (for a dump with wide characters, the way of counting
    and breaking them that does), less the lines it could not explain."""
    # quick out: lines too long to fit any width (and breakable) outnumber what any width could explain
    pairs = sum(1 for a, b in zip(lines, lines[1:]) if b and 2 * len(a) >= WRAP_WIDTHS[0])
    too_long = sum(1 for ln in lines if len(ln) > WRAP_WIDTHS[1] + WRAP_SLACK and _breakable_at(ln, style) < len(ln))
    if pairs < WRAP_MIN_LINES or too_long > WRAP_OVERFLOW * pairs:
        return None
    has_wide = any(_WIDE.search(ln) for ln in lines if not ln.isascii())
    found = [_best_width(lines, style, way) for way in (WIDE_WRAPS if has_wide else WIDE_WRAPS[:1])]
    return max(found, key=lambda f: f[1])[0]


def _best_width(lines: list[str], style: Style, way: Wrap) -> tuple[Wrap | None, int]:
    """(the wrap, its score: breaks explained less lines longer than it) at the best width.

    Each pair of lines in one block is a break that widths from the first line's length up to
    (not including) its length plus the next line's first word explain; a line longer than a
    width, with a space to break it at, speaks against that width."""
    size = columns if way.columns else len
    low, high = WRAP_WIDTHS
    explained = [0] * (high + 2)  # first as the differences of consecutive widths' counts
    overflow = [0] * (high + 2)
    for i, ln in enumerate(lines):
        n = size(ln)
        if n > low + WRAP_SLACK and _breakable_at(ln, style) < len(ln):
            overflow[min(n - WRAP_SLACK, high + 1) - 1] += 1  # could have been broken, and is longer than w + slack
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        # (a pair too short to reach the narrowest width explains none)
        needed = _needed(ln, nxt, style, way) if ln and nxt and len(ln) + len(nxt) >= low // 2 else None
        # (a run of wide characters read as one word would explain any width)
        if needed is not None and (needed - n <= WRAP_WORD or not _wide(lines[i + 1].lstrip()[:1])):
            lo, hi = max(low, n), min(high + 1, needed)
            if lo < hi:
                explained[lo] += 1
                explained[hi] -= 1
    for w in range(1, high + 2):  # explained[w]: the breaks width w explains
        explained[w] += explained[w - 1]
    for w in range(high, low - 1, -1):  # overflow[w]: the breakable lines longer than w
        overflow[w] += overflow[w + 1]
    best = max(range(low, high + 1), key=lambda w: (explained[w] - overflow[w], -w))
    breaks, score = explained[best], explained[best] - overflow[best]
    if breaks < WRAP_MIN_LINES or overflow[best] > WRAP_OVERFLOW * breaks:
        return None, score
    long_lines = sum(1 for ln in lines if 2 * size(ln) > best and not _opens_line(ln.lstrip(), style)
                     and not _is_table_row(ln.strip(), style))
    found = Wrap(best, way.columns, way.breaks_wide)
    if breaks >= WRAP_SHARE * long_lines or _sentence_breaks(lines, style, found) >= WRAP_MIN_LINES:
        return found, score
    return None, score


def _sentence_breaks(lines: list[str], style: Style, wrap: Wrap) -> int:
    """The breaks the wrap explains inside a sentence: the next line goes on with a word in lower
    case (a page of many lines of titles and a few short wrapped paragraphs has few breaks, but a
    dump of one block a line has hardly any such break)."""
    size = columns if wrap.columns else len
    count = 0
    for ln, nxt in zip(lines, lines[1:]):
        if ln and nxt.lstrip()[:1].islower() and size(ln) <= wrap.width:
            needed = _needed(ln, nxt, style, wrap)
            count += needed is not None and needed > wrap.width
    return count


def _unwrap(lines: list[str], style: Style) -> list[str]:
    """The lines with each hard-wrapped paragraph joined back into one line (indentation of the
    first line kept; the continuations' indentation and quote marks dropped)."""
    wrap = wrap_width(lines, style)
    if wrap is None:
        return lines
    out: list[list[str]] = []  # each line's pieces, joined once at the end (not copied at each piece)
    tail = ""  # the last two characters of the line being joined
    filled = False
    measured = ""  # the last line as the renderer wrote it (its length is what the wrap saw)
    for ln in lines:
        needed = _needed(measured, ln, style, wrap) if out and measured.strip() and ln.strip() else None
        if needed is not None and needed > wrap.width:
            rest = ln.lstrip()
            if style.markdown:
                rest = _QUOTE.sub("", rest).lstrip()
            # a word broken at its hyphen or slash ("long-|term", "Berger|/Agency") is one word again;
            # Chinese and Japanese have no spaces to restore
            joint = "" if ((tail[-1:] in "-/" and tail[-2:-1].isalnum()) or rest[:1] == "/"
                           or _wide(tail[-1:]) or _wide(rest[:1])) else " "
            out[-1] += (joint, rest)
            tail = (tail + joint + rest[-2:])[-2:]
            filled = True
        elif out and filled and ln.lstrip().startswith("/ "):
            rest = ln.lstrip()
            out[-1] += (" ", rest)  # the next credit of a list ("Photo: Jane Roe / Copyright ...")
            tail = (tail + " " + rest[-2:])[-2:]
        else:
            out.append([ln])
            tail = ln[-2:]
            filled = bool(ln.strip())  # (the line being joined holds text)
        measured = ln
    return ["".join(pieces) for pieces in out]


def _markdown_inline(text: str) -> str:
    """A Markdown line's text: links, spans and emphasis as their words, images, autolinks and
    attributes gone."""
    if "]{" in text:
        text = _MD_SPAN.sub(r"\1", text)
    if "](" in text:
        text = _MD_IMAGE.sub("", text)
        for _ in range(3):  # a link around an image's remains, a link inside a link's text
            text, n = _MD_LINK.subn(r"\1", text)
            if not n:
                break
    if "][" in text:
        text = _MD_REF_LINK.sub(r"\1", text)
    if "<" in text:
        text = _MD_AUTOLINK.sub("", text)
    if "{" in text:
        text = _MD_ATTRIBUTES.sub("", text)
    if "*" in text or "_" in text:
        text = _MD_STRONG.sub(r"\2", text)
        text = _MD_EM.sub(lambda m: m.group(1) or m.group(2), text)
        text = text.replace("__", "")  # an empty emphasis (an icon's)
    if "`" in text:
        text = _MD_CODE.sub(r"\1", text)
    if "\\" in text:
        text = _MD_ESCAPE.sub(r"\1", text)
    return text


def _read_line(line: str, style: Style) -> tuple[str, int, bool]:
    """(text, heading level, list item) of one (unwrapped) line."""
    text = line.strip()
    heading = 0
    if style.markdown:
        text = _QUOTE.sub("", text).strip()
        m = _ATX.match(text)
        if m:
            heading, text = len(m.group(1)), m.group(2)
        elif "|" in text and text.count("|") >= 2:
            text = text.strip("|").replace("|", " ")
    item = False
    if text and text[0] in style.bullets and (len(text) == 1 or text[1].isspace()):
        text, item = text[1:].lstrip(), True
        if text[:1] in style.bullets and (len(text) == 1 or text[1:2].isspace()):
            text = text[1:].lstrip()  # "* • item": two renderers' marks
    elif text[:1].isdigit() and _NUMBERED.match(text):
        item = True
    if style.markdown:
        if text.startswith("]("):
            m = _MD_LINK_END.match(text)
            if m:
                text = text[m.end():].lstrip()
        text = _markdown_inline(text)
        if text.startswith("[") and "]" not in text:
            text = text[1:].lstrip()
    if style.link_marks and "[" in text:
        text = _LINK_MARK_ANY.sub("", text)
    if "[" in text or "()" in text or "( )" in text or "(BUTTON)" in text or "___" in text:
        text = PLACEHOLDERS.sub("", text)
        if "[" in text:
            text = _IMAGE_NAME.sub("", text)
            m = _BRACKETED.match(text.strip())
            if m and m.group(1).strip()[-1:] not in _SENTENCE_END:
                text = ""
    if not (text.isascii() and "  " not in text and "\t" not in text):
        text = _SPACE.sub(" ", text)
    text = text.strip()
    if _doubled(text):
        text = ""  # an image's alt text and title side by side, a logo's name and its image's
    return text, heading, item


def _unglued(text: str) -> list[str]:
    """A teaser's title and summary glued into one line, parted again (see GLUED_TITLE); other
    lines whole. A lower-case letter runs into a capital at the seam ("...ShopsWondering ...")."""
    m = _GLUE.search(text)
    if m is None:
        return [text]
    title, rest = text[:m.start()], text[m.start():]
    low, high = GLUED_TITLE
    words, tail = title.split(), rest.split()
    if (not low <= len(words) <= high or len(tail) < GLUED_SENTENCE_WORDS
            or _capitalised(words) < GLUED_TITLE_CASE or _capitalised(tail) >= GLUED_TITLE_CASE / 2):
        return [text]
    return [title, rest]


def _capitalised(words: list[str]) -> float:
    """Share of the words with letters that start with a capital letter (past an opening quote)."""
    lettered = [w.lstrip(_OPENERS) for w in words if any(c.isalpha() for c in w)]
    return sum(w[:1].isupper() for w in lettered) / len(lettered) if lettered else 0.0


def _doubled(text: str) -> bool:
    """True for a line that is one text twice, glued or spaced ("Alt textAlt text")."""
    n = len(text)
    if n < 2 * DOUBLED_MIN:
        return False
    half = n // 2
    return text[:half] == text[n - half:] and (n % 2 == 0 or text[half] == " ")


def normalise(text: str) -> list[DumpLine]:
    """The lines a reader sees in a dump (see the module's notes), at most MAX_LINES of its first
    MAX_RAW_LINES; blank lines only part blocks."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    raw = text.split("\n", MAX_RAW_LINES)[:MAX_RAW_LINES]
    lines = [ln.rstrip().expandtabs() if "\t" in ln else ln.rstrip() for ln in raw]
    style = style_of(lines)
    lines = _unwrap(_drop_link_lists(lines), style)
    out: list[DumpLine] = []
    block = 0
    gap = True
    pending_item = False  # a bullet alone on its line: the next line is the item
    for ln in lines:
        if not ln:
            gap = True
            continue
        if len(out) >= MAX_LINES:
            break
        first = ln.lstrip()[:1]
        if first in "=-" and out and not gap and _SETEXT.match(ln) and not out[-1].heading and not out[-1].item:
            out[-1].heading = 1 if "=" in ln else 2  # the line above, underlined
            continue
        if first in _RULE_CHARS and (_RULE.match(ln) and sum(c in "*_=~-" for c in ln) >= RULE_MARKS
                                     or style.markdown and _MD_FENCE.match(ln)):
            gap = True  # a rule (or a div's fence) parts blocks like a blank line
            continue
        text, heading, item = _read_line(ln, style)
        if not text:
            pending_item = pending_item or ln.strip() in style.bullets  # a bare mark, not a line emptied
            continue
        if gap:
            block += 1
            gap = False
        for part in _unglued(text) if not heading else (text,):
            out.append(DumpLine(block, part, heading, item or pending_item))
        pending_item = False
    return out[:MAX_LINES]

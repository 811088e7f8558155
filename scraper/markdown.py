"""An article body as Markdown (CommonMark, with GFM tables), from its paragraphs and `Block`s.

Each paragraph of the body is rendered by its Block: headings (`##`), list items (`-` or
`1.`, nested lists indented under their item, further paragraphs of an item indented too),
block quotes (`>`), fenced code blocks, tables (`| a | b |`; a table's first row is its
header), and inside the text links, emphasis, strong emphasis and code spans. A line break
inside a paragraph is a hard break (a backslash at the end of the line). Emphasis is checked
where its `*` land (CommonMark's flanking rules and rule of 3, next to brackets, backticks and
other `*`): one a reader would not pair there is left out, its text kept.

Text is escaped only where Markdown would read it as syntax, so that "5 * 3", "file_name",
"[draft]" and "a < b" stay as they are: `*`, `_` and `~` runs that could open or close
emphasis (CommonMark's flanking rules) or that touch markup; backticks; `\\` before
punctuation; `[`/`]` inside link text, `](` outside; `<` that could start a tag or an
autolink; `&` before an entity; and at the start of a line what would open a block
("# ", "> ", "- ", "* ", "+ ", "1. ", "1) ", a thematic break, a setext underline, a table
delimiter row, a fence, an HTML block, a link reference definition); `|` inside table cells.

A body without Blocks (a text dump, a body declared in JSON-LD) is paragraphs of text.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from string import punctuation

from .model import Block, Span

__all__ = ["body_markdown", "escape", "escape_line_start", "heading", "inline", "paragraph", "url_part"]

_SPECIAL = re.compile(r"[*_~\\`\[\]<&]")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_ASCII_PUNCT = frozenset(punctuation)
_HEADING_END = re.compile(r"(?:^|\s)(#+)\s*$")
_ORDERED = re.compile(r"\d{1,9}(?=[.)](?:\s|$))")
_BREAK = re.compile(r"([*_])(?:[ \t]*\1){2,}[ \t]*")  # a thematic break of `*` or `_`
_DEFINITION = re.compile(r"\[(?:[^\\\[\]]|\\.)*\]:", re.S)  # a link label (first unescaped `]`) and `:`
_HTML_START = re.compile(r"<[A-Za-z/!?]")
_URL_UNSAFE = re.compile(r"[\s<>\\()]")
_BACKTICKS = re.compile(r"`+")
_PLAIN = Block()
_CHECKS, _ONE_BY_ONE = 12, 8  # rounds of leaving out emphasis that would not read (one at a time in the first)


def _punct(c: str) -> bool:
    return unicodedata.category(c)[0] in "PS"


def _flanks(before: str, after: str) -> tuple[bool, bool]:
    """Whether a delimiter run between `before` and `after` is left- and right-flanking (CommonMark;
    a line break is a hard break's backslash)."""
    if after == "\n":
        after = "\\"
    left = not after.isspace() and (not _punct(after) or before.isspace() or _punct(before))
    right = not before.isspace() and (not _punct(before) or after.isspace() or _punct(after))
    return left, right


def _emphasis_run(text: str, i: int, before: str | None, after: str | None) -> bool:
    """Whether the run of `*`, `_` or `~` at text[i:] could open or close emphasis (or
    strikethrough) between `before` and `after` (None: markup of ours is there)."""
    if before is None or after is None:
        return True
    left, right = _flanks(before, after)
    if text[i] == "_":  # (inside a word `_` is text: "file_name")
        return (left and (not right or _punct(before))) or (right and (not left or _punct(after)))
    return left or right


def _escape(text: str, lo: int, hi: int, mark_lo: bool, mark_hi: bool, link: bool) -> str:
    """text[lo:hi] escaped where Markdown would read it as inline syntax; `mark_lo`/`mark_hi`:
    markup of ours touches it there (a delimiter next to it is escaped); `link`: it is link text."""
    m = _SPECIAL.search(text, lo, hi)
    if m is None:  # (most text)
        return text[lo:hi]
    out: list[str] = []
    pos = lo
    last_gt = -2  # where the text's last `>` is (-2: not looked for yet)
    while m is not None:
        i = m.start()
        j = i + 1
        c = text[i]
        if c in "*_~":  # (the whole run)
            while j < hi and text[j] == c:
                j += 1
            before = text[i - 1] if i > lo else (None if mark_lo else " ")
            after = text[j] if j < hi else (None if mark_hi else " ")
            need = _emphasis_run(text, i, before, after)
        elif c == "\\":
            need = j == hi or text[j] in _ASCII_PUNCT or text[j] == "\n"
        elif c == "[":
            need = link
        elif c == "]":
            need = link or (j < hi and text[j] == "(")
        elif c == "<":  # a tag or an autolink needs a `>` after it
            if last_gt == -2:
                last_gt = text.rfind(">")
            need = j < hi and not text[j].isspace() and last_gt > j
        elif c == "&":
            need = _ENTITY.match(text, i) is not None
        else:  # a backtick: any could open a code span
            need = True
        if need:
            out.append(text[pos:i])
            out.append("".join("\\" + ch for ch in text[i:j]))
            pos = j
        m = _SPECIAL.search(text, j, hi)
    if pos == lo:
        return text[lo:hi]
    out.append(text[pos:hi])
    return "".join(out)


def escape(text: str, edges: bool = False, link: bool = False) -> str:
    """`text` escaped where Markdown would read it as inline syntax (line starts: `escape_line_start`).
    `edges`: markup of ours is right before and after it (`*text*`); `link`: it is link text."""
    return _escape(text, 0, len(text), edges, edges, link)


def _rule_like(line: str) -> bool:
    """A line of `-`, `:`, `|` and spaces with a `-`: a thematic break, setext underline or table
    delimiter row (read without a regex: one that backtracks is quadratic on a long line)."""
    return "-" in line and not line.strip("-:| \t")


def escape_line_start(line: str) -> str:
    """A line of escaped text that would open a block (heading, quote, list item, break, fence,
    HTML block) made text."""
    c = line[:1]
    if not c:
        return line
    if c == ">":
        return "\\" + line
    if c == "#":
        return "\\" + line if line.lstrip("#")[:1] in ("", " ") and len(line) - len(line.lstrip("#")) <= 6 \
            else line
    if c in "+-*":
        if len(line) == 1 or line[1] == " " or _rule_like(line) or _BREAK.fullmatch(line):
            return "\\" + line
        return line
    if c == "_":
        return "\\" + line if _BREAK.fullmatch(line) else line
    if c == "=":
        return "\\" + line if not line.rstrip().strip("=") else line
    if c == ":" or c == "|":
        return "\\" + line if _rule_like(line) else line
    if c == "~":
        return "\\" + line if line.startswith("~~~") else line
    if c == "<":
        return "\\" + line if _HTML_START.match(line) else line
    if c.isdigit():
        m = _ORDERED.match(line)
        if m:
            return line[:m.end()] + "\\" + line[m.end():]
    return line


def url_part(url: str) -> str:
    """A URL as a link destination: white space, `<`, `>`, `\\` and parentheses percent-encoded."""
    return _URL_UNSAFE.sub(lambda m: "%{:02X}".format(ord(m.group())) if m.group() != "\n" else "%0A", url)


def _code_span(text: str) -> str:
    text = text.replace("\n", " ")
    runs = _BACKTICKS.findall(text)
    fence = "`" * (max(map(len, runs)) + 1 if runs else 1)
    if text[:1] in ("`", " ") or text[-1:] in ("`", " "):
        text = f" {text} "
    return fence + text + fence


def _usable(text: str, spans: Sequence[Span]) -> list[Span]:
    """The spans that nest and render, trimmed of white space at their ends, in order.

    Left out: a span crossing another, one inside code or inside its own kind (a link in a link,
    emphasis in emphasis). Emphasis touching its
    twin under the same parent (`<em>a</em><em>b</em>`) is one span: `*a**b*` would not parse (nor
    two code spans side by side: their backticks would be one run).
    """
    trimmed: list[Span] = []
    for s in spans:
        start, end = max(0, s.start), min(len(text), s.end)
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start and (s.kind != "link" or s.url):
            trimmed.append(Span(start, end, s.kind, s.url))
    trimmed.sort(key=lambda s: (s.start, -s.end))
    kept: list[Span] = []
    ending: dict[tuple[int, str], tuple[Span, Span | None]] = {}  # kept spans by (end, kind), with their parent
    stack: list[Span] = []
    for s in trimmed:
        while stack and stack[-1].end <= s.start:
            stack.pop()
        top = stack[-1] if stack else None
        if top is not None and (s.end > top.end or any(o.kind == s.kind or o.kind == "code" for o in stack)):
            continue
        if s.kind != "link":
            twin = ending.get((s.start, s.kind))
            if twin is not None and twin[1] is top:
                twin[0].end = s.end
                ending[(s.end, s.kind)] = twin
                stack.append(twin[0])
                continue
        kept.append(s)
        ending[(s.end, s.kind)] = (s, top)
        stack.append(s)
    return kept


def inline(text: str, spans: Sequence[Span] = ()) -> str:
    """`text` escaped, with its spans as Markdown links, emphasis and code.

    Emphasis is checked where its `*` land in the Markdown (next to a link's brackets, a code
    span, another `*`): a span a reader would not take for emphasis there is left out."""
    usable = _usable(text, spans) if spans else []
    for round in range(_CHECKS):
        out, markers = _render(text, usable)
        wrong = _misread(out, markers)
        if not wrong:
            return out
        # (leaving one out changes where the rest land: one a round while they are few, then all,
        # then no emphasis)
        drop = set(wrong[:1] if round < _ONE_BY_ONE and len(wrong) <= _ONE_BY_ONE else wrong)
        usable = [s for s in usable if id(s) not in drop]
    return _render(text, [s for s in usable if s.kind not in _MARKER])[0]


def _render(text: str, usable: list[Span]) -> tuple[str, list[tuple[Span, int, int, int]]]:
    """`text` with `usable` as markup, and where each emphasis's opening and closing `*` are (and
    the first `*` of the emphasis around it, -1 if none)."""
    n = len(text)
    if not usable:
        return _escape(text, 0, n, False, False, False), []
    out: list[str] = []
    size = 0  # characters in out
    opened: dict[int, tuple[int, int]] = {}
    markers: list[tuple[Span, int, int, int]] = []
    pos = 0
    stack: list[Span] = []
    last_code: tuple[int, int] | None = None  # the last code span: its piece in out, its start in text

    def put(piece: str) -> None:
        nonlocal size
        out.append(piece)
        size += len(piece)

    def text_to(end: int, marked: bool) -> None:
        """The text up to `end`, escaped (`marked`: markup of ours follows; it may precede it too)."""
        nonlocal pos
        put(_escape(text, pos, end, bool(out), marked, any(o.kind == "link" for o in stack)))
        pos = end

    def close_to(limit: int) -> None:
        while stack and stack[-1].end <= limit:
            s = stack[-1]
            if s.kind != "code":
                text_to(s.end, True)
                if s.kind == "link":
                    put(f"]({url_part(s.url or '')})")
                else:
                    at, outer = opened[id(s)]
                    markers.append((s, at, size, outer))
                    put(_MARKER[s.kind])
            stack.pop()

    for s in usable:
        close_to(s.start)
        if stack and stack[-1].kind == "code":
            continue
        text_to(s.start, True)
        if s.kind == "code":
            start = s.start
            if last_code is not None and not "".join(out[last_code[0] + 1:]):
                # (right after another code span, whose backticks would run into ours: one span)
                at, start = last_code
                size -= sum(len(piece) for piece in out[at:])
                del out[at:]
            last_code = (len(out), start)
            put(_code_span(text[start:s.end]))
            pos = s.end
        elif s.kind == "link":
            if out[-1].endswith("!"):  # ("![" opens an image)
                out[-1] = out[-1][:-1] + "\\!"
                size += 1
            put("[")
        else:
            opened[id(s)] = (size, min((opened[id(o)][0] for o in stack if o.kind in _MARKER), default=-1))
            put(_MARKER[s.kind])
        stack.append(s)
    close_to(n)
    text_to(n, False)
    return "".join(out), markers


def _star_run(md: str, at: int, end: int) -> tuple[int, int]:
    """The run of unescaped `*` around md[at:end]."""
    while at > 0 and md[at - 1] == "*" and not _escaped(md, at - 1):
        at -= 1
    while end < len(md) and md[end] == "*":
        end += 1
    return at, end


def _escaped(md: str, i: int) -> bool:
    """Whether md[i] follows an odd number of backslashes."""
    k = i
    while k > 0 and md[k - 1] == "\\":
        k -= 1
    return (i - k) % 2 == 1


def _flanking(md: str, at: int, end: int) -> tuple[bool, bool]:
    """Whether the delimiter run md[at:end] is left-flanking and right-flanking."""
    return _flanks(md[at - 1] if at else " ", md[end] if end < len(md) else " ")


def _misread(md: str, markers: list[tuple[Span, int, int, int]]) -> list[int]:
    """The emphasis spans (their ids) whose `*` markers (at md[opens:...] and md[closes:...]) a
    reader would not pair: the opener's run cannot open or the closer's cannot close, a run holds
    openers and closers both, an opener that can also close has emphasis open before it, or the
    rule of 3 keeps them apart."""
    wrong: list[int] = []
    if not markers:
        return wrong
    side: dict[int, str] = {}  # each marker's `*` by position: "o" opener, "c" closer
    for s, opens, closes, _ in markers:
        width = len(_MARKER[s.kind])
        side.update({i: "o" for i in range(opens, opens + width)})
        side.update({i: "c" for i in range(closes, closes + width)})
    for s, opens, closes, outer in markers:
        width = len(_MARKER[s.kind])
        o_at, o_end = _star_run(md, opens, opens + width)
        c_at, c_end = _star_run(md, closes, closes + width)
        o_left, o_right = _flanking(md, o_at, o_end)
        c_left, c_right = _flanking(md, c_at, c_end)
        lo, lc = o_end - o_at, c_end - c_at
        if (not o_left or not c_right or any(side.get(i) != "o" for i in range(o_at, o_end))
                or any(side.get(i) != "c" for i in range(c_at, c_end))
                or (o_right and 0 <= outer < o_at)  # (it would close the emphasis around it)
                or ((o_right or c_left) and (lo + lc) % 3 == 0 and not (lo % 3 == 0 and lc % 3 == 0))):
            wrong.append(id(s))
    return wrong


_MARKER = {"em": "*", "strong": "**"}


def paragraph(text: str, spans: Sequence[Span] = (), indent: str = "") -> str:
    """A paragraph of text: inline markup, line starts escaped, line breaks hard, lines after the
    first prefixed with `indent`."""
    lines = inline(text, spans).split("\n")
    out = ("\\\n" + indent).join(escape_line_start(line) for line in lines)
    if out[:1] == "[" and _DEFINITION.match(out):  # (a link reference definition, its label over lines or not)
        out = "\\" + out
    return out


def heading(text: str, level: int, spans: Sequence[Span] = ()) -> str:
    """An ATX heading on one line (a `#` ending the text escaped: it would close the heading)."""
    # (strong emphasis in a heading says nothing: headings are strong)
    content = inline(text.replace("\n", " "), [s for s in spans if s.kind != "strong"])
    m = _HEADING_END.search(content)
    if m:
        content = content[:m.start(1)] + "\\" + content[m.start(1):]
    return "#" * min(6, max(1, level)) + " " + content


def _cells(text: str, sizes: list[int] | None) -> list[str]:
    """A row's cells from its text (cells joined by one space) and their lengths."""
    if not sizes or sum(sizes) + sum(1 for s in sizes if s) - 1 != len(text):
        return [text]
    cells, at = [], 0
    for size in sizes:
        cells.append(text[at:at + size])
        at += size + (1 if size else 0)
    return cells


def _table(rows: list[tuple[str, Block]]) -> list[str]:
    """A GFM table: the first row its header, every row padded to the widest."""
    cells = [_cells(text, b.cells) for text, b in rows]
    width = max(len(c) for c in cells)
    lines = []
    for i, row in enumerate(cells):
        row = [escape(c).replace("|", "\\|") for c in row] + [""] * (width - len(row))
        lines.append("| " + " | ".join(row) + " |")
        if i == 0:
            lines.append("|" + " --- |" * width)
    return lines


def _code(text: str, language: str | None) -> list[str]:
    runs = [len(m) for m in _BACKTICKS.findall(text)]
    fence = "`" * max(3, max(runs, default=0) + 1)
    info = language if language and "`" not in language and not any(c.isspace() for c in language) else ""
    return [fence + info, *text.split("\n"), fence]


def body_markdown(paragraphs: Sequence[str], structure: Sequence[Block] = ()) -> str:
    """The body as Markdown blocks separated by blank lines (list items and table rows by line
    breaks); with no `structure` (or one that does not match), paragraphs of text."""
    if len(structure) != len(paragraphs):
        structure = [_PLAIN] * len(paragraphs)
    out: list[str] = []
    items: list[int] = []  # the content column of the open list item at each depth
    prev: Block | None = None
    i, n = 0, len(paragraphs)
    while i < n:
        b, text = structure[i], paragraphs[i]
        # where its lines start: quotes, then list indentation (a first line may carry an item's marker)
        depth = b.depth
        if b.kind == "li":
            depth = max(1, depth)
            del items[depth - 1:]
            while len(items) < depth - 1:
                items.append(items[-1] if items else 0)
            base = items[-1] if items else 0
            marker = f"{b.number}." if b.number is not None else "-"
            items.append(base + len(marker) + 1)
            first, rest = " " * base + marker + " ", " " * items[-1]
        elif depth:
            del items[depth:]
            rest = " " * (items[-1] if items else 0)
            first = rest
        else:
            items.clear()
            first = rest = ""
        quote = "> " * b.quote
        if b.kind in ("head", "row"):
            j = i + 1
            while j < n and structure[j].kind == "row" and structure[j].quote == b.quote \
                    and structure[j].depth == b.depth:
                j += 1
            rows = list(zip(paragraphs[i:j], structure[i:j]))
            if all(len(_cells(t, r.cells)) - _cells(t, r.cells).count("") <= 1 for t, r in rows):
                # one cell a row: a table that boxes text (layout), not data: its rows are paragraphs
                lines = paragraph(text, ()).split("\n")
            else:
                lines = _table(rows)
                i = j - 1
        elif b.kind == "h":
            lines = [heading(text, b.level or 2, b.spans)]
        elif b.kind == "code":
            lines = _code(b.code if b.code is not None else text, b.language)
        else:
            lines = paragraph(text, b.spans).split("\n")
        rendered = "\n".join((quote + (first if k == 0 else rest) + line).rstrip() for k, line in enumerate(lines))
        if prev is not None:
            tight = prev.kind == "li" and b.kind == "li" and prev.quote == b.quote
            out.append("\n" if tight else "\n" + ("> " * min(prev.quote, b.quote)).rstrip() + "\n")
        out.append(rendered)
        prev = b
        i += 1
    return "".join(out)

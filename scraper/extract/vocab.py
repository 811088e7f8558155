"""Vocabulary types: each holds one list and builds, from it, every matcher that reads it.

A rule's words are listed once (in `rules/`); the regular expression that finds them and
the cheap tests that run before it (a first-letter or first-word gate, an Aho-Corasick scan
of a long text, a CSS selection that narrows the page's elements down) are all built here
from that one list, so a gate can never leave out a word its list holds.

- `Phrases`: what a short text opens with ("Read also", "Lire aussi :"), case-insensitive.
- `Words`: whole words found anywhere in a text ("staff", "rédaction").
- `Scanned`: a long pattern whose matches start at its words; `finditer` tries it only
  where one of them stands (one Aho-Corasick scan), not at every character.
- `ClassTokens`: class/id tokens of a kind of block ("related-posts"), and the CSS that
  selects every element which may carry one.
- `ClassWords`, `ClassStems`: class/id words of the body step (camelCase words; stems found
  anywhere in a name).
- `MetaKeys`: the keys of `<meta>` elements that declare one thing, best first.
- `RankedSelectors`: selectors in order of trust, run as one selection; each node's rank
  read off its tag and attributes.
- `Pattern`: a regular expression built from lists, compiled on first use.

Patterns are compiled on first use (`cached_property`): `re.compile` runs Python code (a long
alternation costs milliseconds), and a process that never reads a rule should not pay for it.
"""
from __future__ import annotations

import importlib
import re
from functools import cached_property, lru_cache
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

from ahocorasick_rs import AhoCorasick, BytesAhoCorasick, Implementation
from selectolax.lexbor import LexborNode

__all__ = ["MARKS", "ClassStems", "ClassTokens", "ClassWords", "MetaKeys", "Openers", "Pattern", "Phrases",
           "RankedSelectors", "Scanned", "StartOrAnywhere", "Words", "alternation", "has_odd_case", "in_runs", "prefix_gate",
           "word_gate"]


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    """`items` in order, each once (case-insensitively: the matchers ignore case)."""
    seen: set[str] = set()
    out = []
    for item in items:
        if not item:
            raise ValueError("a vocabulary item is never empty")
        key = item.casefold()
        if key not in seen:
            seen.add(key)
            out.append(item)
    return tuple(out)


def _literal(item: str) -> str:
    """One item as a regex: the text as written; a final "*" stands for the rest of the word."""
    if item.endswith("*"):
        return re.escape(item[:-1]) + r"\w*"
    return re.escape(item)


def alternation(items: Iterable[str]) -> str:
    """A regex that matches any of literal `items`, the longest first where one is a prefix of another
    ("related articles" before "related"): a trie of their letters ("re(?:ad|lated(?: articles)?)"),
    behind a test of the first letter. `re` tries an alternation's branches one by one at each
    place: a flat list of phrases costs a comparison for each, a trie a few. (Two items that both
    match at one place are a word and its prefix: the trie tries the longer first, as a flat list
    sorted longest first would.) An item ending in "*" stands for any word it starts ("admin*"); a
    list holding one is a flat alternation, longest first."""
    unique = _unique(items)
    if any(i.endswith("*") for i in unique):
        flat = "|".join(_literal(i) for i in sorted(unique, key=lambda i: (-len(i.rstrip("*")), i)))
        # (behind the test of the first letter too: a search enters every branch at every place of the text
        # it reads, a long text's consent words cost 1,200 instructions a character without it, 440 with it)
        firsts = sorted({i[0] for i in unique})
        return f"(?=[{_class_of(firsts)}])(?:{flat})" if len(unique) > 2 else flat
    if not unique:
        return "(?!)"
    words = sorted(unique)
    firsts = sorted({w[0] for w in words})
    body = _trie(words, top=True)
    return f"(?=[{_class_of(firsts)}]){body}" if len(firsts) > 2 else body


#: The top of a trie with more first letters than this is tried in runs of this many, each behind a
#: test of its first letters: under re.I, `re` enters every branch of an alternation in turn (its skip
#: of a branch whose first letter differs works for case-sensitive literals only), so a text that a
#: list of sixty first letters does not open costs sixty branch entries, in runs of eight about sixteen.
_RUN = 8


def _class_of(chars: Iterable[str]) -> str:
    return "".join(re.escape(c) for c in chars)


def in_runs(classes: Sequence[str], branches: Sequence[str]) -> list[str]:
    """`branches` (each opening with what the character class `classes[i]` holds: its inside, escaped), when more
    than `_RUN`, in runs of `_RUN`, each behind a lookahead of its classes' union: the same branches in the same
    order, a run skipped when the text's character opens none of them (the same match: a skipped branch could
    not match). Fewer: `branches` as they are."""
    if len(branches) <= _RUN:
        return list(branches)
    return [f"(?=[{''.join(classes[k:k + _RUN])}])(?:{'|'.join(branches[k:k + _RUN])})"
            for k in range(0, len(branches), _RUN)]


def _trie(words: list[str], top: bool = False) -> str:
    """The trie regex of sorted, distinct `words`; "" among them: the trie may end here (an optional
    group: greedy, so the longer words are tried first). At the `top`, many branches are grouped in runs
    (`_RUN`): the same branches in the same order, a run skipped when the text's letter opens none of
    its branches (the same match: a skipped branch could not have matched)."""
    ends_here = words[0] == ""
    rest = words[1:] if ends_here else words
    branches = []
    heads = []
    i = 0
    while i < len(rest):
        head = rest[i][0]
        j = i
        while j < len(rest) and rest[j][0] == head:
            j += 1
        branches.append(re.escape(head) + _trie([w[1:] for w in rest[i:j]]))
        heads.append(head)
        i = j
    if not branches:
        return ""
    if top:
        branches = in_runs([_class_of(h) for h in heads], branches)
    if len(branches) > 1:
        body = "(?:" + "|".join(branches) + ")"
        return body + "?" if ends_here else body
    body = branches[0]
    return (f"{body}?" if len(body) == 1 else f"(?:{body})?") if ends_here else body


def prefix_gate(words: Iterable[str]) -> str:
    """A regex that matches where a text starts with one of `words` (lower case; matched with
    re.I): a word that another one starts is left out, the rest share their prefixes."""
    ordered = sorted({w.lower() for w in words})
    minimal = [w for w in ordered if not any(o != w and w.startswith(o) for o in ordered)]
    return alternation(minimal)


#: Characters that `re.IGNORECASE` matches against ASCII letters although `str.lower` does not map
#: them to those letters (or changes the text's length): a text holding one is scanned the slow way.
_ODD_CASE = ("\u0130", "\u0131", "\u017f", "\u212a")


def has_odd_case(text: str) -> bool:
    """True when `text` holds a character that `re.IGNORECASE` reads as an ASCII letter and `str.lower`
    does not ("İ", "ı", "ſ", "K"): a word test on `text.lower()` may then miss what the regex matches.
    (Four searches in C: much faster than one character class.)"""
    return _ODD_CASE[0] in text or _ODD_CASE[1] in text or _ODD_CASE[2] in text or _ODD_CASE[3] in text


# ---------------------------------------------------------------- phrases and words

#: What a heading or a label may open with before its words: marks ("» Read also", "【関連記事】",
#: "[Read: ...]", ">> Lire aussi"), taken once (possessive: the words are not tried again after each).
MARKS = r"[\W_]*+"


class Phrases:
    """Phrases a text opens with, after white space, in any case: `^<lead>(?:phrases)<end>`.

    `lead` is what may stand before a phrase (white space by default; `MARKS` for headings);
    `end` is what must follow it (a word boundary by default; ``\\s*[:»]`` for a label).
    Besides the pattern: `first_words`, for a gate on a text before it is cleaned, and
    `word_gate(...)`, one such gate for several vocabularies."""

    def __init__(self, items: Iterable[str], *, end: str = r"\b", lead: str = r"\s*", table: bool = False) -> None:
        self.items = _unique(items)
        self.end = end
        self.lead = lead
        if table and any(i.endswith("*") for i in self.items):
            raise ValueError("a table of phrases holds whole phrases, no 'word*'")
        self.table = table

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        return re.compile(rf"^{self.lead}(?:{alternation(self.items)}){self.end}", re.I)

    @cached_property
    def word_gate(self) -> re.Pattern[str]:
        return re.compile(rf"{self.lead}{prefix_gate(self.first_words)}", re.I)

    @property
    def first_words(self) -> tuple[str, ...]:
        return _unique(p.split()[0].lower() for p in self.items)

    @cached_property
    def match(self) -> Callable[[str], re.Match[str] | Opening | None]:
        """`pattern.match` (the bound method itself: no Python frame between a caller and `re`); for a
        `table` of phrases, the same match found by looking the text's opening up (`PhraseTable`)."""
        return PhraseTable(self).match if self.table else self.pattern.match

    @cached_property
    def opens(self) -> Callable[[str], bool]:
        """True when a text (after its lead) starts with a word some phrase starts with: `word_gate`'s test."""
        return opening_gate(self)


class Opening:
    """A phrase a text opens with, found in a `PhraseTable`: as the `re.Match` of `Phrases.pattern` reads,
    from the text's start (its lead included) to the end of the phrase and what follows it (`end`)."""
    __slots__ = ("string", "_end")

    def __init__(self, string: str, end: int) -> None:
        self.string, self._end = string, end

    def start(self) -> int:
        return 0

    def end(self) -> int:
        return self._end

    def span(self) -> tuple[int, int]:
        return 0, self._end

    def group(self, index: int = 0) -> str:
        if index:
            raise IndexError("a table's phrase has no groups")
        return self.string[:self._end]


#: Letters `re.IGNORECASE` takes for another one that `str.lower` leaves apart (its `_ignorecase_fixes`).
_FOLD_FIXES = str.maketrans({"ı": "i", "ſ": "s", "ς": "σ", "µ": "μ", "ϐ": "β", "ϑ": "θ", "ϕ": "φ", "ϖ": "π", "ϰ": "κ",
                             "ϱ": "ρ", "ϵ": "ε", "ẛ": "ṡ", "ι": "ι", "ﬅ": "ﬆ"})
#: Whether a text holds one of those letters: `str.translate` looks each character up in the table (a
#: LookupError raised and cleared for each one it does not map, ~400 instructions), a search is ~20.
_FOLD_ODD = re.compile("[" + "".join(map(chr, _FOLD_FIXES)) + "]").search


def _fold(text: str) -> str:
    """`text` in lower case, one character for each of its characters, as `re.IGNORECASE` compares them
    ("İ" and "ı" are "i", a final sigma is a sigma)."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join([c.lower()[0] for c in text])
    return low.translate(_FOLD_FIXES) if not low.isascii() and _FOLD_ODD(low) else low


class PhraseTable:
    """`Phrases.match` without a regex of all the phrases: the text's opening (after the lead), folded to
    lower case, looked up among the phrases of its first two letters, the longest first, each taken when the
    `end` pattern matches after it. Building it costs a dict, not the compile of a pattern of a thousand
    phrases in every language (which each process paid on loading); a lookup costs a few slices."""

    def __init__(self, phrases: Phrases) -> None:
        self._lead = re.compile(phrases.lead).match
        self._end = re.compile(phrases.end, re.I).match
        self._phrases = {_fold(i) for i in phrases.items}
        lengths: dict[str, set[int]] = {}
        for p in self._phrases:
            lengths.setdefault(p[:2], set()).add(len(p))
        self._lengths = {k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()}
        self._longest = max(map(len, self._phrases), default=0)

    def match(self, text: str) -> Opening | None:
        if text[:1].isalnum():  # (most texts open with their first word: no lead to take)
            start = 0
        else:
            lead = self._lead(text)
            start = lead.end() if lead else 0
        head = text[start:start + self._longest].lower()  # (`_fold` inline: this runs on every heading)
        if not head.isascii():
            head = _fold(text[start:start + self._longest])
        lengths = self._lengths.get(head[:2])
        if lengths is None:
            lengths = self._lengths.get(head[:1])  # a phrase of one letter
            if lengths is None:
                return None
        phrases, end = self._phrases, self._end
        for n in lengths:
            if head[:n] in phrases:
                m = end(text, start + n)
                if m is not None:
                    return Opening(text, m.end())
        return None


def opening_gate(*vocabularies: Phrases) -> Callable[[str], bool]:
    """`word_gate` without its regex: True when a text, after the lead of `vocabularies` (white space, or
    marks when one allows them), starts with a word some phrase of theirs starts with."""
    lead = re.compile(MARKS if any(v.lead == MARKS for v in vocabularies) else r"\s*").match
    firsts: dict[str, list[str]] = {}
    for v in vocabularies:
        for w in v.first_words:
            firsts.setdefault(_fold(w)[:2], []).append(_fold(w))
    table = {k: tuple(sorted(set(v), key=len)) for k, v in firsts.items()}
    short = {k: v for k, v in table.items() if len(k) < 2}
    longest = max((len(w) for ws in table.values() for w in ws), default=0)

    def opens(text: str) -> bool:
        if text[:1].isalnum():  # (most texts open with their first word: no lead to take)
            start = 0
        else:
            m = lead(text)
            start = m.end() if m else 0
        head = text[start:start + longest].lower()
        if not head.isascii():
            head = _fold(text[start:start + longest])
        words = table.get(head[:2])
        if short and head[:1] in short:  # a word of one letter ("k tématu")
            words = (*(words or ()), *short[head[:1]])
        return words is not None and head.startswith(words)
    return opens


#: What may close a text's first word without being part of it ("Teilen:", "Síguenos,").
_WORD_END = ":;,.!?…"


class Openers:
    """Literal phrases a text opens with, after white space, in any case, each ending where a word ends
    (or with a mark of its own: "teilen mit:"): one Aho-Corasick automaton over the phrases, built in
    Rust, where a regex of the same list would cost its `re.compile` (milliseconds a long list) in every
    process. Only the text's first `longest + 1` characters are read, and only when its first word
    (its first `FIRST_WORD` characters at most, without a closing mark) is the first word of a phrase."""

    FIRST_WORD = 24

    def __init__(self, items: Iterable[str]) -> None:
        self.items = _unique(items)

    @cached_property
    def _automaton(self) -> tuple[AhoCorasick, tuple[str, ...], int, frozenset[str]]:
        phrases = tuple(dict.fromkeys(i.casefold() for i in self.items))
        firsts = frozenset(p.split()[0][:self.FIRST_WORD].rstrip(_WORD_END) for p in phrases)
        return AhoCorasick(list(phrases)), phrases, max(map(len, phrases), default=0) + 1, firsts

    def match(self, text: str) -> bool:
        """True when `text` opens with one of the phrases (every match at its start is tried: "folge
        uns" stands where "folge uns auf" does not)."""
        automaton, phrases, reach, firsts = self._automaton
        stripped = text.lstrip()
        first = stripped[:self.FIRST_WORD].split(None, 1)
        if not first or first[0].casefold().rstrip(_WORD_END) not in firsts:
            return False
        head = stripped[:reach].casefold()
        for index, start, end in automaton.find_matches_as_indexes(head, overlapping=True):
            if start == 0 and (end == len(head) or not head[end].isalnum() or not phrases[index][-1].isalnum()):
                return True
        return False


def word_gate(*vocabularies: Phrases) -> re.Pattern[str]:
    """One regex that matches where a text, after what may lead its phrases (white space, or marks when
    a vocabulary allows them), starts with a word some phrase of `vocabularies` starts with: a quick no
    before their patterns run (each vocabulary's `word_gate`, in one test)."""
    lead = MARKS if any(v.lead == MARKS for v in vocabularies) else r"\s*"
    return re.compile(lead + "(?:" + prefix_gate(w for v in vocabularies for w in v.first_words) + ")", re.I)


class Words:
    """Whole words (or phrases) found anywhere in a text, in any case: `\\b(?:words)<suffix>\\b`.

    An item ending in "*" stands for any word it starts ("admin*": "administrator").
    `suffix` follows every item (``s?`` for plurals)."""

    def __init__(self, items: Iterable[str], *, suffix: str = "", extra: str = "") -> None:
        self.items = _unique(items)
        self._suffix, self._extra = suffix, extra

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        alt = rf"\b(?:{alternation(self.items)}){self._suffix}\b"
        return re.compile(alt + (f"|{self._extra}" if self._extra else ""), re.I)

    @cached_property
    def search(self) -> Callable[[str], re.Match[str] | None]:
        """`pattern.search`."""
        return self.pattern.search

    @cached_property
    def finditer(self) -> Callable[[str], Iterator[re.Match[str]]]:
        """`pattern.finditer`."""
        return self.pattern.finditer


class Pattern:
    """A regular expression compiled on first use (built from a long list, its `re.compile` costs
    milliseconds a process that never reads it should not pay): `match`, `search`, `sub` and
    `finditer` of the compiled pattern."""

    __slots__ = ("_source", "_flags", "_compiled")

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source, self._flags = source, flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def pattern(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self._source, self._flags)
        return self._compiled

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.pattern.match(text, pos)

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text)

    def sub(self, repl: str, text: str, count: int = 0) -> str:
        return self.pattern.sub(repl, text, count)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text)


class StartOrAnywhere:
    """A pattern searched in a text (a URL) whose alternatives hold either at the text's start (`start`, matched
    there) or anywhere (`anywhere`, searched): `search` finds what ``^(?:start)|anywhere`` finds, the same span.
    One pattern of both costs a `re` call at every character (`^` in an alternative stops `re` from scanning for
    the characters the pattern may open with); the searched half alone is scanned for its first characters."""

    __slots__ = ("start", "anywhere")

    def __init__(self, start: str, anywhere: str, flags: int = 0) -> None:
        self.start = re.compile(start, flags)
        self.anywhere = re.compile(anywhere, flags)

    @property
    def pattern(self) -> re.Pattern[str]:
        """The one pattern of both halves (what `search` finds)."""
        return re.compile(f"^(?:{self.start.pattern})|{self.anywhere.pattern}", self.start.flags)

    def search(self, text: str) -> re.Match[str] | None:
        return self.start.match(text) or self.anywhere.search(text)


def opening_class(fragment: str) -> str | None:
    """What a match of the regular expression `fragment` opens with, as the inside of a character
    class ("gj" for "(?:get|join) our", "\\d" for "\\d+ of \\d+"), read off `re`'s own parse of it:
    `(?=[...])` before the fragment changes none of its matches, in any case, and lets `re` skip it at
    a glance. None when it may open with anything or match nothing (or its parse cannot be read)."""
    try:
        parser = importlib.import_module("re._parser")  # (private: if it moves, no fragment gets a class)
        items, empty = _opening_items(parser.parse(fragment))
    except Exception:
        return None
    return None if items is None or empty or not items else "".join(sorted(items))


def _opening_items(parsed: Any) -> tuple[set[str] | None, bool]:
    """The character-class items a match of a parsed pattern (`re._parser`'s items) can open with
    (None: any), and whether it can match the empty string."""
    c = importlib.import_module("re._constants")
    out: set[str] = set()
    for op, av in parsed:
        if op is c.LITERAL:
            out.add(re.escape(chr(av)))
            return out, False
        if op is c.CATEGORY and av is c.CATEGORY_DIGIT:
            out.add(r"\d")
            return out, False
        if op is c.IN:
            for kind, value in av:
                if kind is c.LITERAL:
                    out.add(re.escape(chr(value)))
                elif kind is c.RANGE:
                    out.add(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
                elif kind is c.CATEGORY and value is c.CATEGORY_DIGIT:
                    out.add(r"\d")
                else:  # (a negated set, another category: anything)
                    return None, False
            return out, False
        if op is c.SUBPATTERN or op is c.BRANCH or op is c.ATOMIC_GROUP or op in (c.MAX_REPEAT, c.MIN_REPEAT,
                                                                                  c.POSSESSIVE_REPEAT):
            if op is c.SUBPATTERN:
                subs, empty = [av[3]], False
            elif op is c.BRANCH:
                subs, empty = av[1], False
            elif op is c.ATOMIC_GROUP:
                subs, empty = [av], False
            else:
                subs, empty = [av[2]], av[0] == 0
            for sub in subs:
                items, may_be_empty = _opening_items(sub)
                if items is None:
                    return None, False
                out |= items
                empty = empty or may_be_empty
            if not empty:
                return out, False
            continue  # (it may match nothing: what follows may open the match too)
        if op is c.AT or op is c.ASSERT or op is c.ASSERT_NOT:
            continue  # (zero width; leaving a lookahead out only widens the class)
        return None, False
    return out, True


# ---------------------------------------------------------------- long patterns scanned for their words

@lru_cache(maxsize=64)
def _scanner(words: tuple[str, ...]) -> AhoCorasick:
    return AhoCorasick(list(words))  # standard match kind: every occurrence, overlapping ones too


def fill(template: str, lists: Mapping[str, Sequence[str]]) -> str:
    """`template` with each "{name}" replaced by the alternation of `lists[name]`."""
    for name, items in lists.items():
        key = "{" + name + "}"
        if key not in template:
            raise ValueError(f"the pattern has no {key}")
        template = template.replace(key, alternation(items))
    return template


def _lower_forms(word: str) -> tuple[str, ...]:
    """A word in lower case, as the lower case of a text writes it: also as the lower case of its
    capitals when that differs ("kasım" is "KASIM", lowered "kasim"; "μαΐου" is "ΜΑΪ́ΟΥ")."""
    low, again = word.lower(), word.upper().lower()
    return (low,) if again == low else (low, again)


#: Characters that `str.lower` writes as a letter although they are neither its upper nor its title case
#: (Unicode's data: the Angstrom, Ohm and theta symbols, the capital sharp s; the Kelvin sign, which
#: lowers to an ASCII "k", is one of `_ODD_CASE`).
_OTHER_CAPITALS = {"å": "\u212b", "θ": "\u03f4", "ω": "\u2126", "ß": "\u1e9e"}


def _cased_as(char: str) -> tuple[str, ...]:
    """`char` and the characters `str.lower` writes as it (in a word's middle or at its end: "Σ" is "ς" there)."""
    out = [char]
    for x in (char.upper(), char.title(), *_OTHER_CAPITALS.get(char, "")):
        if len(x) == 1 and x not in out and char in (x.lower(), ("a" + x).lower()[1:]):
            out.append(x)
    return tuple(out)


#: A scanned pattern whose words have more case forms than this (a word of many Cyrillic letters has 2 ** n)
#: scans the text's full lower case instead of its bytes (`Scanned.finditer`).
_MOST_BYTE_FORMS = 512
#: What a word of a scanned pattern starts: a match where it stands, a line to match at.
_HEAD, _LINE = 1, 2
#: The ASCII bytes `re`'s \w matches: letters, digits, "_".
_ASCII_WORD = frozenset(b"_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _byte_forms(word: str) -> list[bytes]:
    """A lower-case word as UTF-8 in every case its non-ASCII letters may stand in a text: where `str.lower`
    of the text holds `word`, bytes.lower of the text's UTF-8 (ASCII letters lowered only) holds one of these."""
    forms = [""]
    for c in word:
        forms = [f + x for f in forms for x in ((c,) if c.isascii() else _cased_as(c))]
    return [f.encode() for f in forms]


def _char_before(data: bytes, at: int) -> str:
    """The character that ends at byte `at` of UTF-8 `data` (`at` > 0)."""
    start = at - 1
    while start > 0 and data[start] & 0xC0 == 0x80:  # (a continuation byte)
        start -= 1
    return data[start:at].decode("utf-8", "surrogatepass")


def _char_at(data: bytes, at: int) -> str:
    """The character that starts at byte `at` of UTF-8 `data`."""
    lead = data[at]
    size = 1 if lead < 0x80 else 2 if lead < 0xE0 else 3 if lead < 0xF0 else 4
    return data[at:at + size].decode("utf-8", "surrogatepass")


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"  # (`re`'s \w: alphanumeric or "_")


def _char_offsets(data: bytes, offsets: list[int]) -> list[int]:
    """Sorted byte offsets of UTF-8 `data`, each where a character starts, as offsets in its text."""
    out = []
    chars = prev = 0
    for at in offsets:
        chars += len(data[prev:at].decode("utf-8", "surrogatepass"))
        prev = at
        out.append(chars)
    return out


class Scanned:
    """A long pattern whose every match starts where one of its start words starts (in any case),
    or at the start of a line that holds one of its line words: `finditer` is `pattern.finditer`,
    tried only at those places, found by one Aho-Corasick scan (Rust) instead of at every character.
    The scan reads the text's UTF-8 with its ASCII letters lowered (bytes.lower: `str.lower` of a text
    that is not ASCII costs ~50 instructions a character), looking for the words' lower case with
    their other letters in each case they may stand in (`_byte_forms`); a vocabulary with too many of
    those (`_MOST_BYTE_FORMS`) scans the text's lower case.

    The pattern is a template: "{name}" stands for the alternation of the list `name`; `starts`
    and `line_starts` name the lists whose words begin a match (the template must open each of
    its branches with one of them, after a word boundary: "\\b(?:{leads})..."). The scan's words
    are those lists; a word counts where no word character stands before it, nor after it when
    the template's words end at a word boundary (`word_end`): "di" inside "did" is no candidate."""

    def __init__(self, template: str, *, flags: int = 0, starts: Sequence[str] = (),
                 line_starts: Sequence[str] = (), word_end: bool = True, **lists: Sequence[str]) -> None:
        if not starts and not line_starts:
            raise ValueError("a scanned pattern needs the words its matches start at")
        self.lists = {name: _unique(items) for name, items in lists.items()}
        self.starts, self.line_starts = tuple(starts), tuple(line_starts)
        self.word_end = word_end
        self._template = fill(template, self.lists)  # (raises at import when the template lacks a list)
        self._flags = flags
        heads = _unique(f for name in self.starts for w in self.lists[name] for f in _lower_forms(w))
        lines = _unique(f for name in self.line_starts for w in self.lists[name] for f in _lower_forms(w))
        self._words = heads + lines
        self._first_line_word = len(heads)

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        return re.compile(self._template, self._flags)

    @cached_property
    def _byte_scanner(self) -> tuple[BytesAhoCorasick, tuple[int, ...]] | None:
        """The automaton of every word's byte forms, and for each form what its words start (`_HEAD`: a
        match, `_LINE`: a line to match at, or both); None when the words have too many forms."""
        forms: dict[bytes, int] = {}
        for i, word in enumerate(self._words):
            kind = _LINE if i >= self._first_line_word else _HEAD
            for form in _byte_forms(word):
                forms[form] = forms.get(form, 0) | kind
            if len(forms) > _MOST_BYTE_FORMS:
                return None
        # (a DFA: the default for more than ~100 words, a contiguous NFA, costs ~1.5x as much a byte)
        return BytesAhoCorasick(list(forms), implementation=Implementation.DFA), tuple(forms.values())

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """`pattern.finditer(text)`: the same matches, in the same order."""
        if has_odd_case(text):  # (the one character whose lower case is longer, "İ", is one of them)
            yield from self.pattern.finditer(text)
            return
        scan = self._byte_scanner
        starts = self._starts(text) if scan is None else self._byte_starts(text, *scan)
        end = 0
        pattern = self.pattern
        for at in starts:
            if at < end:
                continue
            m = pattern.match(text, at)
            if m is not None:
                yield m
                end = max(m.end(), at + 1)

    def _byte_starts(self, text: str, scanner: BytesAhoCorasick, kinds: tuple[int, ...]) -> list[int]:
        """Where a match may start in `text`, in order, from one scan of its UTF-8 with ASCII letters lowered."""
        data = text.encode("utf-8", "surrogatepass")
        low = data.lower()
        starts: set[int] = set()
        size, word_end = len(data), self.word_end
        seen, line = 0, 0  # the line start of the last line word's place `seen`: a line is searched back once,
        # not once per word on it (a line of a million "By " would be read a million times)
        for i, at, stop in scanner.find_matches_as_indexes(low, overlapping=True):
            if at and (data[at - 1] in _ASCII_WORD if data[at - 1] < 0x80 else _is_word_char(_char_before(data, at))):
                continue
            if word_end and stop < size and \
                    (data[stop] in _ASCII_WORD if data[stop] < 0x80 else _is_word_char(_char_at(data, stop))):
                continue
            kind = kinds[i]
            if kind & _HEAD:
                starts.add(at)
                if kind == _HEAD:
                    continue
            if at < seen:  # (matches come in order of their end: an earlier start is searched back in full)
                seen = 0
            back = low.rfind(b"\n", seen, at)
            line = back + 1 if back >= 0 else line if seen else 0  # (a line start: 0 on the first)
            seen = at
            starts.add(line)
        ordered = sorted(starts)  # (each where a character starts: the forms and "\n" are whole characters)
        return ordered if size == len(text) else _char_offsets(data, ordered)

    def _starts(self, text: str) -> list[int]:
        """Where a match may start in `text`, in order, from one scan of its lower case."""
        low = text.lower()  # (as long as `text`: no `_ODD_CASE` in it; a position in one is the same in the other)
        starts: set[int] = set()
        first_line_word = self._first_line_word
        size, word_end = len(text), self.word_end
        seen, line = 0, 0
        for i, at, stop in _scanner(self._words).find_matches_as_indexes(low, overlapping=True):
            if at and _is_word_char(text[at - 1]):
                continue
            if word_end and stop < size and _is_word_char(text[stop]):
                continue
            if i < first_line_word:
                starts.add(at)
                continue
            if at < seen:
                seen = 0
            back = low.rfind("\n", seen, at)
            line = back + 1 if back >= 0 else line if seen else 0
            seen = at
            starts.add(line)
        return sorted(starts)

    def search(self, text: str) -> re.Match[str] | None:
        return next(self.finditer(text), None)


# ---------------------------------------------------------------- class and id names

_TOKEN_SPLIT = re.compile(r"[^a-z0-9]+")


_CSS_CONTAINS = re.compile(r"\[\s*(?:class|id)\s*\*=\s*[\"']?([^\"'\]\s]+)[\"']?\s*\]")


class ClassTokens:
    """class/id tokens that name a kind of block, as `dom.class_tokens` splits a node's names (lower
    case, words and their "-" joins: "c-related-list" holds "related", "related-list", ...).

    `prefilter` finds a token's first word in a raw class string: a quick no for most nodes.
    `css`, when given, selects the elements that may carry a token (a few short substrings: each
    alternative of a selector is a pass over the tree) for the exact token test to narrow down;
    every token, written as a class, must hold one of its `[class*=x]` substrings (checked here)."""

    def __init__(self, tokens: Iterable[str], *, css: str = "") -> None:
        self.tokens = frozenset(tokens)
        bad = [t for t in self.tokens if not t or t != t.lower() or "-".join(_TOKEN_SPLIT.split(t)) != t]
        if bad:
            raise ValueError(f"class tokens are lower-case words joined by '-': {sorted(bad)}")
        self.css = css
        if css:
            parts = _CSS_CONTAINS.findall(css)
            missed = sorted(t for t in self.tokens if not any(p in t for p in parts))
            if missed:
                raise ValueError(f"the selection {css!r} misses the class tokens {missed}")

    @cached_property
    def prefilter(self) -> re.Pattern[str]:
        firsts = sorted({t.split("-")[0] for t in self.tokens}, key=len, reverse=True)
        return re.compile("|".join(re.escape(w) for w in firsts) or "(?!)")

    def __or__(self, other: ClassTokens | Iterable[str]) -> ClassTokens:
        return ClassTokens(self.tokens | (other.tokens if isinstance(other, ClassTokens) else frozenset(other)))

    def __sub__(self, other: Iterable[str]) -> ClassTokens:
        return ClassTokens(self.tokens - frozenset(other))

    def __iter__(self) -> Iterator[str]:
        return iter(self.tokens)

    def __len__(self) -> int:
        return len(self.tokens)


class ClassWords:
    """class/id words as the body step splits names (camelCase humps, digits and letters apart, lower
    case: "articleBody-2" -> article, body, 2). `words` is a plain frozenset (a set operation with
    a frozenset subclass takes CPython's slow path: it iterates the subclass)."""

    __slots__ = ("words",)

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(words)
        bad = [w for w in self.words if not w.isalnum() or w != w.lower()]
        if bad:
            raise ValueError(f"class words are lower-case letters or digits: {sorted(bad)}")

    def __iter__(self) -> Iterator[str]:
        return iter(self.words)

    def __len__(self) -> int:
        return len(self.words)


class ClassStems:
    """Parts of class/id names that mark a block wherever they stand ("sect_commentlinks",
    "articleSidebar"), found in the lower-cased names by one Aho-Corasick scan; a stem may name the
    letters that must not follow it (`not_before`: "comment", not "commentary")."""

    def __init__(self, stems: Iterable[str], *, not_before: Mapping[str, str] | None = None) -> None:
        self.stems = _unique(stems)
        self.not_before = dict(not_before or {})
        unknown = set(self.not_before) - set(self.stems)
        if unknown:
            raise ValueError(f"not_before names stems that are not listed: {sorted(unknown)}")
        self._scanner = AhoCorasick(list(self.stems))

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        return re.compile("|".join(re.escape(s) + (f"(?!{re.escape(self.not_before[s])})" if s in self.not_before
                                                    else "") for s in self.stems))

    def found(self, low: str) -> bool:
        """Whether a stem stands in the lower-case `low` (and not before its excluded letters)."""
        stems, not_before = self.stems, self.not_before
        for i, _, end in self._scanner.find_matches_as_indexes(low, overlapping=True):
            after = not_before.get(stems[i])
            if not after or not low.startswith(after, end):
                return True
        return False


# ---------------------------------------------------------------- metas and selectors

class MetaKeys(tuple):
    """The keys (property, name or itemprop, lower case) of the `<meta>` elements that declare one
    thing, best first."""

    def __new__(cls, *keys: str) -> MetaKeys:
        if any(k != k.lower() for k in keys):
            raise ValueError("meta keys are compared in lower case")
        return super().__new__(cls, keys)

    def first(self, metas: Mapping[str, list[str]]) -> str | None:
        """The first non-empty value of the first key the page declares."""
        for key in self:
            for value in metas.get(key, ()):
                if value:
                    return value
        return None


# one compound selector: a tag (or none), then attribute tests; one descendant step before it at most
_COMPOUND = re.compile(r"^(?:(?P<anc>[a-z][a-z0-9]*)\s+)?(?P<tag>[a-z][a-z0-9]*)?(?P<attrs>(?:\[[^\]]+\])*)$")
_ATTR_TEST = re.compile(r"\[\s*(?P<name>[\w-]+)\s*(?:(?P<op>[*]?=)\s*\"(?P<value>[^\"]*)\"\s*)?\]")


class RankedSelectors:
    """Selectors in order of trust, run as one selection (`css`); `rank(node)` is the index of the
    first one a node of that selection matches, read off its tag and attributes (`css_matches`
    parses its selector at every call). Each selector is a list of simple compounds: an optional
    tag, attribute tests (`[a]`, `[a="v"]`, `[a*="v"]`) and at most one ancestor tag before it.

    `select` is a cheaper selection that holds every node of `css`: no ancestor steps, and a tag that
    several alternatives name asked once, bare (lexbor's cost grows with the alternatives); `listed`
    turns its nodes into what `css` lists."""

    __slots__ = ("selectors", "css", "select", "_rules")

    def __init__(self, *selectors: str) -> None:
        self.selectors = selectors
        self.css = ", ".join(selectors)
        self._rules = [[self._compound(alt.strip()) for alt in s.split(",")] for s in selectors]
        compounds = [c for rule in self._rules for c in rule]
        named = [tag for _, tag, _ in compounds]
        select: dict[str, None] = {}
        for _, tag, tests in compounds:
            if tag is not None and named.count(tag) > 1:
                select[tag] = None
            else:
                select[(tag or "") + "".join(f'[{n}{op}"{v}"]' if op else f"[{n}]" for n, op, v in tests)] = None
        self.select = ", ".join(select)

    @staticmethod
    def _compound(alt: str) -> tuple[str | None, str | None, tuple[tuple[str, str | None, str | None], ...]]:
        m = _COMPOUND.match(alt)
        if m is None:
            raise ValueError(f"not a simple compound selector: {alt!r}")
        tests = tuple((t.group("name"), t.group("op"), t.group("value")) for t in _ATTR_TEST.finditer(m.group("attrs")))
        if "".join(t.group(0) for t in _ATTR_TEST.finditer(m.group("attrs"))) != m.group("attrs"):
            raise ValueError(f"an attribute test RankedSelectors does not read: {alt!r}")
        return m.group("anc"), m.group("tag"), tests

    def rank(self, node: LexborNode) -> int:
        """The index of the first selector `node` matches (len(selectors) when none does)."""
        return self._matches(node)[0]

    def listed(self, found: list[LexborNode], most: int) -> list[tuple[int, LexborNode]]:
        """The first `most` nodes `css` lists, each with its `rank`, from the nodes of `select` (`found`,
        in page order): lexbor lists a node once for each alternative of a selector list it matches, one
        after the other; a node of `select` that matches none of `css` is left out."""
        out: list[tuple[int, LexborNode]] = []
        last = 0
        for node in found:
            if node.mem_id == last:
                continue  # (listed again for another alternative of `select`)
            last = node.mem_id
            rank, times = self._matches(node)
            if times:
                out += [(rank, node)] * times
                if len(out) >= most:
                    break
        return out[:most]

    def _matches(self, node: LexborNode) -> tuple[int, int]:
        """The index of the first selector `node` matches (len(selectors) when none does), and how many
        alternatives of all the selectors it matches."""
        tag, attrs = node.tag, node.attributes
        first, times = len(self._rules), 0
        for i, rule in enumerate(self._rules):
            for anc, want_tag, tests in rule:
                if want_tag is not None and tag != want_tag:
                    continue
                for name, op, value in tests:  # (a loop, not all(): no generator for each node)
                    if name not in attrs:
                        break
                    if op is not None:
                        have, want = attrs[name] or "", value or ""
                        if not (have == want if op == "=" else want in have):
                            break
                else:
                    if anc is None or _has_tag_above(node, anc):
                        first, times = min(first, i), times + 1
        return first, times


def _has_tag_above(node: LexborNode, tag: str) -> bool:
    n = node.parent
    while n is not None:
        if n.tag == tag:
            return True
        n = n.parent
    return False

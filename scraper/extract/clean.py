"""Tree cleaning for the body step: what is never article text goes before the body is looked for.

One CSS selection and `decompose` (C); the Python side only decides, per
matched node, whether to keep it. Also the class/id reading every body step
shares: which names mean page furniture.
"""
from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from . import accel
from .dom import ALNUM_RUNS, class_and_id, without_term_slugs
from .index import css
from .memo import text_cache
from .rules.html import (
    BODY_BOILERPLATE_STEMS,
    BODY_BOILERPLATE_TOKENS,
    BODY_BOILERPLATE_WORDS,
    BODY_HIDDEN_SELECTOR,
    BODY_JUNK_TAGS,
    BODY_TEXT_MARKS,
)

__all__ = ["class_words", "clean_for_body", "is_boilerplate", "names_furniture", "text_len"]

# camelCase humps, digits and lower-case runs: "articleBody-2" -> article, body, 2
_WORD = re.compile(r"[A-Z]{2,}(?![a-z])|[A-Z]?[a-z]+|[0-9]+")
_NONE: tuple[frozenset[str], bool] = (frozenset(), False)


def _without_separators(low: str) -> str:
    """The separators a token loses ("sr-only" -> "sronly"); white space stays: it splits the tokens.
    (Four replaces in C: str.translate looks each character up in a Python dict.)"""
    return low.replace("_", "").replace("-", "").replace(":", "").replace(".", "")


_LETTERS_OR_DIGITS = re.compile(r"[a-z]+|[0-9]+")
_FURNITURE_WORDS, _FURNITURE_TOKENS = BODY_BOILERPLATE_WORDS.words, BODY_BOILERPLATE_TOKENS.words
_TEXT_MARKS = BODY_TEXT_MARKS.words


@text_cache(maxsize=8192)
def _words_of(value: str) -> tuple[frozenset[str], bool]:
    """(words, furniture?) of a class/id value: lower-case words, and whether it names furniture."""
    value = without_term_slugs(value)
    low = value.lower()
    words: frozenset[str]
    if low == value and value.isascii():  # most values: no capitals, no regex needed
        runs: set[str] = set()
        # (an ASCII value without capitals: its words are its runs of letters and of digits, as `_WORD`
        # finds them)
        for run in value.encode().translate(ALNUM_RUNS).decode().split():
            if run.isalpha() or run.isdigit():
                runs.add(run)
            else:  # letters and digits: "h2" -> "h", "2"
                runs.update(_LETTERS_OR_DIGITS.findall(run))
        words = frozenset(runs)
    else:
        words = frozenset(map(str.lower, _WORD.findall(value)))
    # (each test only when the one before fails; tokens: the value's words without separators)
    furniture = bool(not words.isdisjoint(_FURNITURE_WORDS)
                     or not _FURNITURE_TOKENS.isdisjoint(_without_separators(low).split())
                     or BODY_BOILERPLATE_STEMS.found(low))
    if furniture and not words.isdisjoint(_TEXT_MARKS):  # ("speakable-summary": the article's text)
        furniture = False
    return words, furniture


def class_words(node: LexborNode) -> tuple[frozenset[str], bool]:
    """The words of a node's class and id attributes, and whether they name page furniture."""
    raw = class_and_id(node)
    return _words_of(raw) if raw else _NONE


def is_boilerplate(node: LexborNode) -> bool:
    """True when the element's class/id names page furniture (share bars, related lists, ...).
    (`class_words(node)[1]` without its two calls: the paragraph walk asks it of every element.)"""
    values = node.attributes
    cls, ident = values.get("class"), values.get("id")
    if cls:
        return _words_of(f"{cls} {ident}" if ident else cls)[1]
    return _words_of(ident)[1] if ident else False


def names_furniture(value: str) -> bool:
    """`is_boilerplate` of an element whose class and id (joined by a space when both are set) are `value`
    (the compiled paragraph walk reads the attributes itself)."""
    return _words_of(value)[1]


def text_len(node: LexborNode) -> int:
    """Length of the node's text, each text node stripped (a cheap, C-side measure). (`skip_empty`: a
    text node of white space alone strips to nothing anyway; skipped in C, it costs no Python string.)
    The compiled walk (`accel.text_len`) counts the same without a string for each text node."""
    n = _c_text_len(node) if _c_text_len is not None else None
    return n if n is not None else len(node.text(deep=True, strip=True, skip_empty=True))


_c_text_len = accel.text_len


#: A form or <noscript> holding this share of the page's visible text stays.
KEEP_SHARE = 0.7
_SMALL = 50  # characters: a form or <noscript> this small goes without a look at the page
_SELECTOR = ", ".join((*BODY_JUNK_TAGS, "form", "noscript", BODY_HIDDEN_SELECTOR))


def clean_for_body(tree: LexborHTMLParser) -> None:
    """Remove navigation, asides, footers, forms and hidden elements from the body of a page whose
    code (scripts, styles, templates) is gone already (`Page` drops it).

    One CSS selection over the body. Forms and `<noscript>` that hold most of
    the page's visible text stay: some frameworks wrap the whole page in a
    form, and some pages ship the article in `<noscript>` for readers without
    scripts while a script renders it for the others.
    """
    body = tree.body
    if body is None:
        return
    nodes = css(body, _SELECTOR)  # (the compiled walk for all but the style test: a lexbor pass costs each alternative)
    if not nodes:
        return
    most = -1
    drop = []
    last = 0
    for node in nodes:
        if node.mem_id == last:  # listed once for each alternative it matches: decomposed once
            continue
        last = node.mem_id
        tag = node.tag
        if (tag == "noscript" or tag == "form") and not is_boilerplate(node):
            size = text_len(node)
            if size > _SMALL:
                if most < 0:  # most of the page's visible text
                    most = int(text_len(body) * KEEP_SHARE)
                if size > most:
                    continue
        drop.append(node)
    # Later nodes in document order are never ancestors of earlier ones: removing
    # from the end keeps every node we still hold alive.
    for node in reversed(drop):
        node.decompose()

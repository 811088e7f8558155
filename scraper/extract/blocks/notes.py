"""The editor's note and the page's own reading time ("4 min read"), recorded and taken out."""
from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from ..dom import class_tokens, clean_text, joined_text
from ..index import css, css_first
from ..page import Page
from ..rules.common import EDITOR_NOTE, READING_TIME
from ..rules.html import EDITOR_NOTE_SELECTOR, READING_IN_TEXT, READING_TOKENS
from .nodes import decompose

#: Where the page's folded text may write an editor's note (`EDITOR_NOTE`: "Editor's note:", "EDITORS’ NOTE -"):
#: "editor", then "note" after nothing but an "s", quotes and white space. ("editor" alone is in one page's
#: text in seven: "editorial", "the editor"; the note in one in hundreds.)
_NOTE_SAID = re.compile(rb"editor[^a-z0-9]*s?[^a-z0-9]*note")


def _may_note(page: Page) -> bool:
    """Whether an element whose text says "editor" may be the editor's note: its text opens with one
    (`_NOTE_SAID` in the page's text), or its class or id names one (a word of the page's that holds
    "editor" and "note", as "editorNote")."""
    shown = page.shown
    if b"editor" in shown and _NOTE_SAID.search(shown) is not None:
        return True
    names = page.index.texts
    return any(n and _names_note(n) for n in (names["class-any-case"], (names["id"] or "").lower()))


def _names_note(words: str) -> bool:
    """Whether a line of `words` (lower case, one a line) holds "editor" and "note"."""
    at = words.find("editor")
    while at >= 0:
        start, end = words.rfind("\n", 0, at) + 1, words.find("\n", at)
        if "note" in words[start:end if end >= 0 else None]:
            return True
        at = words.find("editor", at + 6)
    return False


#: Inline elements that may hold an editor's note's label alone, the note after them in their block.
_LABEL_TAGS = frozenset(("b", "strong", "em", "i"))
_NOTE_BLOCKS = frozenset(("p", "div"))


def _labelled_block(label: LexborNode, text: str) -> tuple[LexborNode, str, re.Match[str] | None]:
    """The block that opens with `label` (a bold "Editor's note:") when its whole text is the note,
    else `label` itself unmatched."""
    block = label.parent
    if block is not None and block.tag in _NOTE_BLOCKS:
        whole = joined_text(block)
        if len(whole) <= 1500 and len(css(block, "p, div")) == 1:  # the block itself (css() matches it): no other inside
            m = EDITOR_NOTE.match(clean_text(whole))
            if m is not None:
                return block, whole, m
    return label, text, None


def take_notes(page: Page) -> tuple[str | None, int | None]:
    """(editor's note, the page's own reading time in minutes); both leave the tree."""
    editor_note: str | None = None
    minutes: int | None = None
    remove: list[LexborNode] = []
    # Each `:lexbor-contains` alternative makes lexbor read the text of every element of its tag
    # (~0.5M instructions a page for each list below); most pages write neither phrase anywhere, and
    # the page's text tells (`Page.shown`, read before the blocks went: a superset of what is left).
    shown = page.shown
    for node in page.css('[class*=read], [class*=Read], span:lexbor-contains("min read" i), '
                         'p:lexbor-contains("min read" i), li:lexbor-contains("min read" i)'
                         if b"min read" in shown else '[class*=read], [class*=Read]', page.body):
        text = node.text(deep=True, strip=True)
        if len(text) > 40:
            continue
        text = clean_text(text)
        m = READING_TIME.match(text) if READING_TOKENS.tokens & class_tokens(node) else None
        m = m or READING_IN_TEXT.search(text)
        if m:
            minutes = minutes or int(next(g for g in m.groups() if g))
            remove.append(node)
    by_class = EDITOR_NOTE_SELECTOR
    for node in page.css('p:lexbor-contains("editor" i), em:lexbor-contains("editor" i), '
                         'strong:lexbor-contains("editor" i), i:lexbor-contains("editor" i), '
                         'b:lexbor-contains("editor" i), ' + by_class if _may_note(page) else by_class, page.body):
        text = joined_text(node)
        if len(text) > 1500 or css_first(node, "p, div") is not None and node.tag != "p":
            continue
        m = EDITOR_NOTE.match(clean_text(text))
        if m is None and node.tag in _LABEL_TAGS:  # "<p><b>Editor's note:</b> ...</p>": the label alone
            node, text, m = _labelled_block(node, text)
        if m or any("editor" in t and "note" in t for t in class_tokens(node)):
            editor_note = clean_text(m.group(1) if m else text)
            remove.append(node)
            break
    decompose(remove)
    return editor_note, minutes

"""What the page's text says: the fixed phrases the block steps look for before they read elements.

A block that opens with a phrase ("Figure 2:", "Foto:", "About the author") is looked for only on a
page whose text holds the phrase: one Aho-Corasick scan of the page's folded text (`Page.shown`)
for all of them, where a selection of the elements that might hold one, and a read of each one's
text, costs far more on the many pages that write none.
"""
from __future__ import annotations

from ahocorasick_rs import BytesAhoCorasick, Implementation

from ..page import Page
from ..rules.common import FIGURE_LABELS, PHOTO_LABELS, PICTURED, PLACE_LABELS

__all__ = ["OPENER", "PHOTO_LABEL", "said"]

#: The kinds of phrases (`said` returns those the page's text holds).
OPENER, PHOTO_LABEL = "caption opener", "photo label"


def _phrases() -> list[tuple[bytes, str]]:
    """The phrases looked for, folded as the page's text is (ASCII lower case), with their kind."""
    out = [(f"{w}{sep}{d}".encode().lower(), OPENER) for w in FIGURE_LABELS for sep in ("", " ") for d in range(10)]
    out += [(f"{w}{sep}".encode().lower(), OPENER) for w in PLACE_LABELS for sep in (":", " :")]
    out += [(w.encode().lower(), OPENER) for w in PICTURED]
    out += [((label + sep).encode().lower(), PHOTO_LABEL) for label in PHOTO_LABELS for sep in (":", " :")]
    return out


_PHRASES = _phrases()
_SCANNER = BytesAhoCorasick([p for p, _ in _PHRASES], implementation=Implementation.DFA)  # (the fastest scan)
_KINDS = [k for _, k in _PHRASES]


def said(page: Page) -> set[str]:
    """The kinds of phrases the page's text holds (one scan; its matches overlap none)."""
    return {_KINDS[i] for i, _, _ in _SCANNER.find_matches_as_indexes(page.shown)}

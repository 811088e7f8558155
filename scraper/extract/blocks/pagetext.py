"""What the page's text says: the fixed phrases the block steps look for before they read elements.

A block that opens with a phrase ("Figure 2:", "Foto:", "About the author") is looked for only on a
page whose text holds the phrase: one Aho-Corasick scan of the page's folded text (`Page.shown`)
for all of them (in three groups, `_group`), where a selection of the elements that might hold one, and a read of each one's
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
    """The phrases looked for, folded as the page's text is (ASCII lower case), with their kind. (The
    photo labels come first: the scan's prefilter takes the rarest byte of its first phrases, the
    colon of "photo:", and that byte then covers the place labels' too.)"""
    out = [((label + sep).encode().lower(), PHOTO_LABEL) for label in PHOTO_LABELS for sep in (":", " :")]
    out += [(f"{w}{sep}{d}".encode().lower(), OPENER) for w in FIGURE_LABELS for sep in ("", " ") for d in range(10)]
    out += [(f"{w}{sep}".encode().lower(), OPENER) for w in PLACE_LABELS for sep in (":", " :")]
    out += [(w.encode().lower(), OPENER) for w in PICTURED]
    return out


def _group(phrase: bytes) -> str:
    """The scan a phrase goes to. A scan runs fast when its phrases share a byte rare in text (the
    automaton's prefilter jumps from one of those bytes to the next): a colon ("Foto:", "Above:"), or the
    lead byte of a CJK character; the ASCII figure numbers ("fig. 2") make a third. One scan of all
    of them finds no such byte and reads every byte: ten times the cost of the three."""
    return "colon" if b":" in phrase else "ascii" if phrase.isascii() else "other"


def _scanners() -> list[tuple[BytesAhoCorasick, list[str]]]:
    groups: dict[str, list[tuple[bytes, str]]] = {}
    for phrase, kind in _phrases():
        groups.setdefault(_group(phrase), []).append((phrase, kind))
    return [(BytesAhoCorasick([p for p, _ in group], implementation=Implementation.DFA), [k for _, k in group])
            for group in groups.values()]


_SCANNERS = _scanners()


def said(page: Page) -> set[str]:
    """The kinds of phrases the page's text holds (a few scans; the matches of each overlap none)."""
    text = page.shown
    return {kinds[i] for scanner, kinds in _SCANNERS for i, _, _ in scanner.find_matches_as_indexes(text)}

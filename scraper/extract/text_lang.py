"""Stop words: the page's language, guessed from its function words, and each line's stop-word density.

Two sets of lists, both loaded once, lazily, into an index word -> languages (one
dict look-up per word):

- `rules.STOPWORDS`: a few dozen of the most frequent function words of common
  languages. They tell the language (long lists overlap too much for that:
  jusText's Finnish list holds "the" and "video").
- jusText's stop lists (shipped with the `justext` package, which trafilatura
  installs): they measure each line's density once the language is known, and
  name languages the short lists lack. Without jusText the short lists do both.
"""
from __future__ import annotations

import importlib.util
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .rules import STOPLIST_CODES, STOPWORDS

#: A language is named when at least this share of the page's words are in its short list,
#: and at least MIN_LEAD times as many as in any other short list ...
MIN_SHARE = 0.08
MIN_LEAD = 1.5
#: ... or, for languages with only a long list, this share of its long list.
MIN_SHARE_LONG = 0.30
#: Words read to guess the language.
SAMPLE_WORDS = 4000


@dataclass(frozen=True)
class Stoplists:
    """word -> bit mask of the languages that list it; bit i is `codes[i]`."""

    codes: tuple[str, ...]
    index: dict[str, int]

    def mask(self, code: str | None) -> int:
        return 1 << self.codes.index(code) if code in self.codes else 0

    def best(self, words: list[str]) -> tuple[str | None, float, float]:
        """The language with the most stop words among `words`, their share and the runner-up's share."""
        masks = Counter(self.index.get(w, 0) for w in words)
        masks.pop(0, None)
        if not masks or not words:
            return None, 0.0, 0.0
        counts = [0] * len(self.codes)
        for mask, n in masks.items():
            bit = 0
            while mask:
                if mask & 1:
                    counts[bit] += n
                mask >>= 1
                bit += 1
        ranked = sorted(range(len(counts)), key=counts.__getitem__, reverse=True)
        second = counts[ranked[1]] if len(ranked) > 1 else 0
        return self.codes[ranked[0]], counts[ranked[0]] / len(words), second / len(words)


def _build(lists: dict[str, frozenset[str]]) -> Stoplists:
    codes = tuple(lists)
    index: dict[str, int] = {}
    for bit, code in enumerate(codes):
        for word in lists[code]:
            index[word] = index.get(word, 0) | (1 << bit)
    return Stoplists(codes, index)


def _justext_dir() -> Path | None:
    try:
        spec = importlib.util.find_spec("justext")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "stoplists"
    return folder if folder.is_dir() else None


@lru_cache(maxsize=1)
def short_lists() -> Stoplists:
    """The short lists of `rules.STOPWORDS`."""
    return _build({code: frozenset(words.casefold().split()) for code, words in STOPWORDS.items()})


@lru_cache(maxsize=1)
def long_lists() -> Stoplists:
    """jusText's lists (the short lists where jusText has none, or is not installed)."""
    lists: dict[str, frozenset[str]] = {}
    folder = _justext_dir()
    if folder is not None:
        for path in sorted(folder.glob("*.txt")):
            code = STOPLIST_CODES.get(path.stem, path.stem.lower())
            lists[code] = frozenset(path.read_text(encoding="utf-8").casefold().split())
    for code, words in STOPWORDS.items():
        lists.setdefault(code, frozenset(words.casefold().split()))
    return _build(lists)


def detect_language(words: list[str]) -> tuple[str | None, int]:
    """(language code, its mask in `long_lists()`) of casefolded `words`; (None, 0) when none stands out."""
    sample = words[:SAMPLE_WORDS]
    code, share, second = short_lists().best(sample)
    if code is None or share < MIN_SHARE or share < MIN_LEAD * second:
        code, share, _ = long_lists().best(sample)
        if code is None or share < MIN_SHARE_LONG:
            return None, 0
    return code, long_lists().mask(code)


def stop_density(words: list[str], mask: int) -> float:
    """Share of casefolded `words` in the long stop list of the language `mask` (0.0 for no words)."""
    if not words or not mask:
        return 0.0
    index = long_lists().index
    return sum(1 for w in words if index.get(w, 0) & mask) / len(words)

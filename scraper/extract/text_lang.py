"""Stop words: the page's language, guessed from its function words, and each line's stop-word density.

Two sets of lists:

- the languages' STOPWORDS (`rules/lang`): a few dozen of the most frequent function words of common
  languages. They tell the language (long lists overlap too much for that:
  jusText's Finnish list holds "the" and "video").
- jusText's stop lists (shipped with the `justext` package, which trafilatura
  installs): once the language is known, its list measures each line's density.
  All of them are read only to name a language the short lists lack. Without
  jusText the short lists do both jobs.

Everything is loaded lazily and once (one file for a page in a known language).
"""
from __future__ import annotations

import importlib.util
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .rules.lang import stopwords as _stopword_lists
from .rules.text import STOPLIST_CODES

STOPWORDS = _stopword_lists()

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


@lru_cache(maxsize=1)
def _justext_files() -> dict[str, Path]:
    """Language code -> jusText stop-list file ({} without jusText)."""
    try:
        spec = importlib.util.find_spec("justext")
    except (ImportError, ValueError):
        return {}
    if spec is None or not spec.submodule_search_locations:
        return {}
    folder = Path(next(iter(spec.submodule_search_locations))) / "stoplists"
    if not folder.is_dir():
        return {}
    return {STOPLIST_CODES.get(p.stem, p.stem.lower()): p for p in sorted(folder.glob("*.txt"))}


@lru_cache(maxsize=1)
def short_lists() -> Stoplists:
    """The short lists (each language's STOPWORDS)."""
    return _build({code: frozenset(words.casefold().split()) for code, words in STOPWORDS.items()})


@lru_cache(maxsize=None)
def function_words(code: str | None) -> frozenset[str]:
    """The short list of language `code` (empty when there is none)."""
    return frozenset(STOPWORDS.get(code or "", "").casefold().split())


@lru_cache(maxsize=None)
def stopwords(code: str | None) -> frozenset[str]:
    """The long stop list of language `code` (jusText's, else the short one; empty for None)."""
    path = _justext_files().get(code) if code else None
    if path is not None:
        return frozenset(path.read_text(encoding="utf-8").casefold().split())
    return frozenset(STOPWORDS.get(code or "", "").casefold().split())


@lru_cache(maxsize=1)
def long_lists() -> Stoplists:
    """All long lists in one index (read only when the short lists name no language)."""
    return _build({code: stopwords(code) for code in {*_justext_files(), *STOPWORDS}})


def detect_language(words: list[str]) -> str | None:
    """The language code of casefolded `words`; None when no language stands out."""
    sample = words[:SAMPLE_WORDS]
    code, share, second = short_lists().best(sample)
    if code is not None and share >= MIN_SHARE and share >= MIN_LEAD * second:
        return code
    code, share, _ = long_lists().best(sample)
    return code if share >= MIN_SHARE_LONG else None


def stop_density(words: list[str], stops: frozenset[str]) -> float:
    """Share of casefolded `words` that are in `stops` (0.0 for no words)."""
    return sum(map(stops.__contains__, words)) / len(words) if words and stops else 0.0

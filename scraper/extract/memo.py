"""The caches of functions of a page's text (class strings, URLs, lines), emptied as pages go by.

An `lru_cache` outlives the record that filled it: each entry keeps its key, and a key is a piece of a
page (a class attribute, a link, a dump's line) that a hostile page makes megabytes long. A cache of
4,096 links filled by pages that each hold one 2 MB link kept 8 GB alive across a batch. `text_cache`
is `lru_cache` and lists the cache; `read(size)`, told of each page extracted, empties them all (and
urllib's own cache of split URLs) once BUDGET characters of pages were read since the last time: what
they keep is a piece of those pages (a few copies of each at most). A per-call test of the key's
length would cost the class-word caches, asked ~100 times a page, 0.2 % of a page's time; emptying
them every BUDGET characters (~100 pages) costs the few look-ups that one page's entries save the next.
"""
from __future__ import annotations

import urllib.parse
from collections.abc import Callable
from functools import lru_cache
from typing import Any, TypeVar

__all__ = ["BUDGET", "read", "text_cache"]

#: Characters of pages read between two emptyings of the caches.
BUDGET = 32_000_000

F = TypeVar("F", bound=Callable[..., Any])
_CACHES: list[Any] = []
_read = 0  # (a race between threads miscounts a page: the caches are emptied a page early or late)


def text_cache(maxsize: int) -> Callable[[F], F]:
    """`functools.lru_cache(maxsize)`, emptied by `read`."""
    def decorate(fn: F) -> F:
        cached = lru_cache(maxsize=maxsize)(fn)
        _CACHES.append(cached)
        return cached  # type: ignore[return-value]
    return decorate


def read(size: int) -> None:
    """A page of `size` characters was extracted: past BUDGET since the last time, empty the caches."""
    global _read
    _read += size
    if _read > BUDGET:
        _read = 0
        for cache in _CACHES:
            cache.cache_clear()
        clear = getattr(urllib.parse, "clear_cache", None)  # (undocumented: urlsplit's cache of 128 URLs)
        if clear is not None:
            clear()

"""URL helpers shared by the extraction steps."""
from __future__ import annotations

from functools import lru_cache
from urllib.parse import urljoin, urlsplit


@lru_cache(maxsize=4096)  # a page links the same URLs many times; urljoin is slow
def absolute(href: str | None, base: str | None) -> str | None:
    """`href` made absolute against `base`; None for empty, javascript: and fragment-only links."""
    if not href:
        return None
    href = href.strip()
    if not href or href.startswith(("javascript:", "mailto:", "tel:", "data:", "#")):
        return None
    if href.startswith("//"):
        scheme = urlsplit(base).scheme if base else "https"
        return f"{scheme or 'https'}:{href}"
    if not base or _plain_absolute(href):
        return href
    return urljoin(base, href)


def _plain_absolute(href: str) -> bool:
    """True when `href` is an http(s) URL that `urljoin(base, href)` gives back as it is, for any
    base (it costs ~8 us a call): a host after "//" and nothing `urlsplit` and `urlunsplit` change
    (no white space or control character, no ";" params, no empty "?" query or "#" fragment, no
    "[" or "]" to validate)."""
    if href.startswith("https://"):
        host = 8
    elif href.startswith("http://"):
        host = 7
    else:
        return False
    return (len(href) > host and href[host].isalnum() and href.isascii() and href.isprintable()
            and " " not in href and ";" not in href and "[" not in href and "]" not in href and "?#" not in href
            and not href.endswith(("?", "#")))

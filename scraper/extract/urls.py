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
    return urljoin(base, href) if base else href

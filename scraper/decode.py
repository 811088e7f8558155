"""Bytes to text: the page's charset, found the way browsers find it.

Order: byte-order mark, then the charset the HTTP header declared (when the
caller has one), then `<meta charset>` / `http-equiv` in the first bytes, then
detection by charset-normalizer. A charset name Python does not know is
skipped, never fatal.
"""
from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.I)
_HEADER = re.compile(r"""charset\s*=\s*["']?([a-zA-Z0-9_.:-]+)""", re.I)
# What browsers actually do with these labels (WHATWG encoding standard).
_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252",
            "ascii": "cp1252", "x-sjis": "shift_jis", "gb2312": "gb18030", "gbk": "gb18030"}


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    name = name.strip().strip("\"'").lower()
    name = _ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def charset_from_content_type(content_type: str | None) -> str | None:
    """The charset parameter of a Content-Type header value, if it names a known codec."""
    m = _HEADER.search(content_type or "")
    return _codec(m.group(1)) if m else None


def sniff_charset(data: bytes, http_charset: str | None = None) -> str:
    """The codec name to decode `data` with."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    codec = _codec(http_charset)
    if codec:
        return codec
    m = _META.search(data[:4096])
    codec = _codec(m.group(1).decode("ascii", "ignore")) if m else None
    if codec:
        # A page that says utf-16 in an ASCII meta tag cannot be utf-16.
        return "utf-8" if codec.startswith("utf-16") else codec
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:65536]).best()
    return (_codec(best.encoding) if best is not None else None) or "cp1252"


def decode_html(data: bytes, http_charset: str | None = None) -> str:
    """Decode a page's bytes to text (see the module docstring for the order)."""
    return data.decode(sniff_charset(data, http_charset), errors="replace")

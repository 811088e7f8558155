"""Bytes to text: the page's charset, found the way browsers find it.

Order: byte-order mark, then the charset the HTTP header declared (when the
caller has one), then `<meta charset>` / `http-equiv` in the first bytes, then
detection by charset-normalizer. Only the web's encodings count (the WHATWG
Encoding Standard's labels, read by `webencodings`, as browsers read them:
"latin1" is windows-1252): a name Python knows but a browser does not (utf-7,
rot13, base64, punycode...) is skipped like an unknown one, never fatal.
"""
from __future__ import annotations

import codecs
import re

import webencodings
from webencodings.labels import LABELS
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
# WHATWG names whose decoder is another codec in Python (gbk is decoded as gb18030),
# and those with no decoder to use (the "replacement" labels, x-user-defined).
_DECODER = {"gbk": "gb18030"}
_SKIPPED = frozenset({"replacement", "x-user-defined"})


def _python_codec(encoding: webencodings.Encoding) -> str:
    return codecs.lookup(_DECODER.get(encoding.name, encoding.codec_info.name)).name


# Python's names of the web's codecs: a name already resolved (or charset-normalizer's) is one of these.
_WEB_CODECS = frozenset(_python_codec(encoding) for encoding in map(webencodings.lookup, set(LABELS.values()))
                        if encoding is not None and encoding.name not in _SKIPPED)


def _codec(name: str | None) -> str | None:
    """Python's codec for a charset label of the web (or a Python name of such a codec); None for any other name."""
    if not name:
        return None
    name = name.strip().strip("\"'")
    encoding = webencodings.lookup(name)
    if encoding is not None:
        return None if encoding.name in _SKIPPED else _python_codec(encoding)
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    return codec if codec in _WEB_CODECS else None


# First bytes of common binary formats: images, PDF, archives, fonts, media, executables, databases.
_MAGIC = (b"\x89PNG", b"%PDF", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"RIFF", b"OggS",
          b"\x00\x00\x01\x00", b"wOFF", b"wOF2", b"\x7fELF", b"\xcf\xfa\xed\xfe", b"\xce\xfa\xed\xfe",
          b"\xca\xfe\xba\xbe", b"\x00asm", b"7z\xbc\xaf\x27\x1c", b"\xfd7zXZ\x00", b"\x28\xb5\x2f\xfd",
          b"Rar!\x1a\x07", b"SQLite format 3\x00", b"\x1aE\xdf\xa3", b"fLaC", b"II*\x00", b"MM\x00*")
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\f\r\x1b") + b"\x7f"
# Signatures a text could start with ("BMW ..."): binary only with a NUL byte close behind (BMP, PE, MP3).
_WEAK_MAGIC = (b"BM", b"MZ", b"ID3")


def looks_binary(data: bytes) -> bool:
    """True for the first bytes of a file that is not text (so not a page).

    A known format's signature (PNG, PDF, ZIP, gzip, ELF, PE, Mach-O, ...; an MP4's
    `ftyp` box), or control bytes (not tab, newline, form feed, carriage return or
    escape) in more than 5 % of the first KB: text in any web encoding has next to
    none, any binary format about one byte in nine. UTF-16 text (a BOM, or a NUL in
    every other byte and none between) is text.
    """
    if data.startswith(_MAGIC) or data[4:8] == b"ftyp" or (data.startswith(_WEAK_MAGIC) and 0 in data[:32]):
        return True
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return False
    sample = data[:1024]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls * 20 <= len(sample):
        return False
    even, odd = sample[0::2], sample[1::2]  # UTF-16 of mostly ASCII: every other byte a NUL
    return not (even.count(0) * 3 >= len(even) > 0 and 0 not in odd or odd.count(0) * 3 >= len(odd) > 0 and 0 not in even)


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def scrub_surrogates(text: str) -> str:
    """`text` with each lone surrogate replaced by U+FFFD, so that it can be written as UTF-8.

    A Python str holds a surrogate only when something made it from broken input
    (JSON's "\\ud83d" escape without its pair, bytes decoded with surrogateescape);
    such text cannot be encoded, so every place that writes text passes it here.
    """
    return _LONE_SURROGATE.sub("\ufffd", text) if _LONE_SURROGATE.search(text) else text


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

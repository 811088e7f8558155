"""Where the pages of a run come from: URL lists (to fetch) and saved pages (to extract).

    for index, url in numbered_urls("urls.txt"): ...             # a URL list, streamed
    PageInput(index, key, content, url=...)                     # a page already on hand

A URL list is read lazily: one URL a line, blank lines and `#` comments skipped,
"-" for stdin. Its URLs are numbered by their position among the URL lines (0,
1, ...), which the records keep as their input position.

A saved page is a `PageInput`: its bytes and what is known about them (URL,
charset, whether it is a text dump), or the error that stopped it from being
read; the extraction pool turns it into a record.
"""
from __future__ import annotations

import glob
import io
import os
import sys
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generator, Iterable, Iterator, TextIO

from .decode import looks_binary
from .errors import BadResponse, ExtractionError, FetchError, NotHTML, ScraperError, TooLarge

__all__ = ["url_lines", "numbered_urls", "NumberedFile", "numbered_line", "count_urls", "PageInput",
           "PAGE_SUFFIXES", "expand_inputs", "read_page_file", "file_pages"]


def url_lines(source: str | os.PathLike[str] | TextIO | Iterable[str]) -> Generator[str, None, None]:
    """The URLs of a list, stripped, lazily: a path, "-" for stdin, or any iterable of lines."""
    if isinstance(source, str) and source == "-":
        if getattr(sys.stdin, "buffer", None) is None:  # a text stream put in its place
            yield from _urls(sys.stdin)
            return
        # read as a file is: a byte that is not UTF-8 becomes U+FFFD, never a crash (or an unwritable URL)
        stdin = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace")
        try:
            yield from _urls(stdin)
        finally:
            stdin.detach()  # sys.stdin stays open
        return
    if isinstance(source, (str, os.PathLike)):
        with open(source, encoding="utf-8", errors="replace") as fh:
            yield from _urls(fh)
        return
    yield from _urls(source)


def _urls(lines: Iterable[str]) -> Iterator[str]:
    for line in lines:
        url = line.strip()
        if url and not url.startswith("#"):
            yield url


def numbered_urls(source: str | os.PathLike[str] | TextIO | Iterable[str]) -> Generator[tuple[int, str], None, None]:
    """(input position, URL) of each URL of a list (see `url_lines`); closing it closes the list."""
    lines = url_lines(source)
    try:
        yield from enumerate(lines)
    finally:
        lines.close()


class NumberedFile:
    """A file of `numbered_line`s (a Dask shard): its (input position, URL) pairs, read lazily."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = path

    def __iter__(self) -> Iterator[tuple[int, str]]:
        with open(self.path, encoding="utf-8", errors="replace") as fh:
            for line in fh:
                index, _, url = line.rstrip("\n").partition("\t")
                yield int(index), url


def numbered_line(index: int, url: str) -> str:
    """One line of a numbered URL file: the input position, a tab, the URL."""
    return f"{index}\t{url}\n"


def count_urls(path: str | Path) -> int:
    """The URLs of a list file (lines that are not blank and not # comments)."""
    n = 0
    with open(path, "rb") as fh:
        for line in fh:
            line = line.strip()
            if line and not line.startswith(b"#"):
                n += 1
    return n


@dataclass
class PageInput:
    """A page on hand, to be extracted: from a file, a gold set, a WARC record.

    `key` names it in the output (its record's resume key); `content` is None
    when `error` says why it could not be read. `fields` are record fields the
    source knows (a WARC record's status and date); `text` forces reading the
    content as a plain-text dump (None: tell HTML from text by the content).
    """

    index: int
    key: str
    content: bytes | None
    url: str | None = None
    charset: str | None = None
    text: bool | None = None
    fields: dict[str, Any] = field(default_factory=dict)
    error: ScraperError | None = None


# -- saved pages: files, folders, globs, WARC archives -------------------------------------

#: the files a folder is searched for (any file named on the command line is read)
PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".txt", ".html.gz", ".htm.gz", ".xhtml.gz", ".txt.gz",
                 ".warc", ".warc.gz")
_GLOB = frozenset("*?[")


def expand_inputs(inputs: Iterable[str]) -> Iterator[str]:
    """The files named by command-line inputs, in order: a file as it is ("-": stdin), a folder's
    page files (recursively, sorted), a glob's matches (sorted; ** spans folders)."""
    for item in inputs:
        if item == "-":
            yield item
        elif os.path.isdir(item):
            for folder, dirs, files in os.walk(item):
                dirs.sort()
                for name in sorted(files):
                    if name.lower().endswith(PAGE_SUFFIXES):
                        yield os.path.join(folder, name)
        elif _GLOB.intersection(item) and not os.path.exists(item):
            for match in sorted(glob.glob(item, recursive=True)):
                if os.path.isdir(match):
                    yield from expand_inputs([match])
                else:
                    yield match
        else:
            yield item


def read_page_file(path: str, max_bytes: int = 10 * 2**20) -> bytes:
    """A saved page's bytes ("-": stdin), gunzipped when they are gzip; TooLarge past `max_bytes`
    (unpacked: a small gzip bomb stops there), BadResponse for a broken gzip, NotHTML for a
    binary file (an image, a PDF, an executable: `decode.looks_binary`)."""
    with (sys.stdin.buffer if path == "-" else open(path, "rb")) as fh:
        data = fh.read(max_bytes + 1)
    if data[:2] == b"\x1f\x8b":
        gunzip = zlib.decompressobj(zlib.MAX_WBITS | 16)
        try:
            data = gunzip.decompress(data, max_bytes + 1)
        except zlib.error as exc:
            raise BadResponse(f"broken gzip: {exc}") from None
        if len(data) <= max_bytes and not gunzip.eof:
            raise BadResponse("broken gzip: cut short")
    if len(data) > max_bytes:
        raise TooLarge(f"over the {max_bytes}-byte limit")
    if looks_binary(data):
        raise NotHTML("a binary file, not a page or a text")
    return data


def file_pages(paths: Iterable[str], *, url: str | None = None, text: bool | None = None,
               max_bytes: int = 10 * 2**20) -> Iterator[PageInput]:
    """The pages of files (a WARC file gives each of its pages), numbered in order.

    `url` is every page's URL (to resolve links; one page's, in practice), `text`
    forces reading them as plain-text dumps. A file that cannot be read is a page
    with the error; a page over `max_bytes` (unpacked) is one too.
    """
    from .warc import is_warc, warc_pages

    index = 0
    for path in paths:
        if is_warc(path):
            for page in warc_pages(path, first_index=index, max_bytes=max_bytes):
                index = page.index + 1
                yield page
            continue
        try:
            yield PageInput(index, path, read_page_file(path, max_bytes), url, text=text)
        except OSError as exc:
            error = ExtractionError(f"cannot read {path}: {exc.strerror or exc}")
            yield PageInput(index, path, None, url, error=error)
        except FetchError as exc:  # too large, broken gzip
            yield PageInput(index, path, None, url, error=exc)
        index += 1

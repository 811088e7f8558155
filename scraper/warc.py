"""WARC archives (ISO 28500) in and out, through fastwarc.

    for page in warc_pages("crawl.warc.gz", max_bytes=10 * 2**20): ...   # the pages of an archive
    data = exchange_records(exchange)                                    # a fetch as WARC records

Reading: every HTTP response record whose Content-Type can hold a page becomes a
`PageInput`: `url` is the first URL of its redirect chain when the archive holds
the redirects before it (else its `WARC-Target-URI`), `final_url` the target URI,
`status` and `fetched_at` (`WARC-Date`, to the second) as a batch records them;
the body's Content-Encoding is undone (bounded, inflate.py) and the HTTP charset
is passed on. A response that is not 2xx is an `http_status` error, as in a batch;
redirects are links of a chain, not pages; records of other types (requests,
metadata, revisits, DNS) and responses that are no page (images, scripts) are
passed over. A record's key is `PATH#OFFSET`, the byte offset of the record in
the file, as a CDX index gives it.

Writing: a fetch's exchanges (request and response of every hop) become WARC/1.1
`request` and `response` records, each its own gzip member (so the file can be
cut at any record and a reader can seek to one). The response body is stored as
decoded (the page's bytes): its Content-Encoding and Transfer-Encoding headers
are kept as `X-Archive-Orig-Content-Encoding` / `X-Archive-Orig-Transfer-Encoding`
and Content-Length is the stored body's.
"""
from __future__ import annotations

import io
import os
import uuid
import zlib
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator
from urllib.parse import urljoin

from fastwarc.stream_io import GzipWriter
from fastwarc.warc import ArchiveIterator, WarcRecord, WarcRecordType

from .decode import charset_from_content_type
from .errors import BadResponse, FetchError, HTTPStatusError, ScraperError
from .fetch import is_page_type
from .inflate import Inflater
from .sources import PageInput

__all__ = ["WARC_SUFFIXES", "is_warc", "warc_pages", "Exchange", "exchange_records", "WarcFile"]

WARC_SUFFIXES = (".warc", ".warc.gz")
MAX_CHAIN = 10_000  # redirect targets remembered while reading, for the chains' first URLs
_HOP_HEADERS = ("content-encoding", "transfer-encoding")


def is_warc(path: str | os.PathLike[str]) -> bool:
    return os.fspath(path).lower().endswith(WARC_SUFFIXES)


def _second(warc_date: str | None) -> str | None:
    """A WARC-Date to the second, as batch records' `fetched_at` ("2026-01-02T03:04:05Z")."""
    if not warc_date:
        return None
    return warc_date[:19] + "Z" if len(warc_date) >= 19 else warc_date


def _body(record: WarcRecord, content_encoding: str | None, max_bytes: int) -> bytes:
    """The HTTP payload of a record, its Content-Encoding undone, at most `max_bytes` decoded."""
    inflater = Inflater(content_encoding, max_bytes)
    pieces: list[bytes] = []
    reader = record.reader
    while True:
        raw = reader.read(65536)
        if not raw:
            break
        pieces.extend(inflater.feed(raw))
    pieces.extend(inflater.flush())
    return b"".join(pieces)


def warc_pages(path: str | os.PathLike[str], *, first_index: int = 0, max_bytes: int = 10 * 2**20,
               source: str | None = None) -> Iterator[PageInput]:
    """The pages of a WARC file (.warc or .warc.gz), numbered from `first_index`.

    A file that is not a WARC, or is cut short, ends with one page carrying the
    error (after the pages read before it). `source` names the file in the keys.
    """
    name = source or os.fspath(path)
    chains: OrderedDict[str, str] = OrderedDict()
    index = first_index
    last = 0  # where the last response record starts
    try:
        with open(path, "rb") as fh:
            records = ArchiveIterator(fh, record_types=WarcRecordType.response, parse_http=True,
                                      auto_decode="transfer")
            for record in records:
                last = record.stream_pos
                if not record.is_http or record.http_headers is None:
                    continue
                http = record.http_headers
                target = record.headers.get("WARC-Target-URI") or ""
                first = chains.pop(target, target)
                status = http.status_code or 0
                if 300 <= status < 400 and http.get("Location"):
                    chains[urljoin(target, http.get("Location") or "")] = first
                    if len(chains) > MAX_CHAIN:
                        chains.popitem(last=False)
                    continue
                content_type = http.get("Content-Type")
                if not is_page_type(content_type) or status < 200:
                    continue
                key = f"{name}#{record.stream_pos}"
                fields = {"final_url": target, "status": status, "fetched_at": _second(record.headers.get("WARC-Date"))}
                error: ScraperError | None = None
                content: bytes | None = None
                if not 200 <= status < 300:
                    reason = http.reason_phrase or ""
                    error = HTTPStatusError(f"HTTP {status} {reason}".strip(), url=first, status=status)
                else:
                    try:
                        content = _body(record, http.get("Content-Encoding"), max_bytes)
                    except FetchError as exc:
                        exc.status = status
                        error = exc
                yield PageInput(index, key, content, first or None, charset_from_content_type(content_type),
                                fields=fields, error=error)
                index += 1
        # fastwarc stops quietly at a gzip member cut short: the members after the last response are checked
        if os.fspath(path).lower().endswith(".gz") and whole_members_end(Path(path), last) != os.path.getsize(path):
            raise OSError("the file ends in a record cut short")
    except OSError as exc:  # fastwarc: not a WARC, a broken gzip member, a record cut short
        yield PageInput(index, f"{name}#end", None, None,
                        error=BadResponse(f"{name}: unreadable WARC after {index - first_index} pages: {exc}"))


# -- writing ------------------------------------------------------------------------------

@dataclass
class Exchange:
    """One HTTP request and its response as a fetch saw them: the heads as bytes, the body decoded."""

    target: str  # the URL asked for
    date: str  # ISO 8601, UTC, to the second: the WARC-Date of both records
    request_head: bytes  # request line and headers, blank line included
    status_line: bytes  # "HTTP/1.1 200 OK"
    headers: list[tuple[bytes, bytes]] = field(default_factory=list)  # the response's, as received
    body: bytes = b""
    truncated: bool = False  # the body was not read to its end


def _record(kind: WarcRecordType, target: str, date: str, block: bytes, msgtype: str,
            concurrent_to: str | None = None, truncated: bool = False) -> tuple[WarcRecord, str]:
    record = WarcRecord()
    urn = uuid.uuid4().urn
    record.init_headers(kind, urn[4:].encode())
    record.headers["WARC-Date"] = date
    record.headers["WARC-Target-URI"] = target
    record.headers["Content-Type"] = f"application/http; msgtype={msgtype}"
    if concurrent_to:
        record.headers["WARC-Concurrent-To"] = concurrent_to
    if truncated:
        record.headers["WARC-Truncated"] = "length"
    record.set_bytes_content(block)
    return record, f"<{urn}>"


def _gzip_member(record: WarcRecord) -> bytes:
    buffer = io.BytesIO()
    writer = GzipWriter(buffer, compression_level=6)
    record.write(writer, checksum_data=True)
    writer.close()
    return buffer.getvalue()


def response_block(exchange: Exchange) -> bytes:
    """The HTTP response as stored: status line, headers (hop encodings renamed), the decoded body."""
    lines = [exchange.status_line]
    for name, value in exchange.headers:
        lower = name.lower()
        if lower == b"content-length":
            continue
        if lower.decode("latin-1") in _HOP_HEADERS:
            name = b"X-Archive-Orig-" + name
        lines.append(name + b": " + value)
    lines.append(b"Content-Length: " + str(len(exchange.body)).encode())
    return b"\r\n".join(lines) + b"\r\n\r\n" + exchange.body


def exchange_records(exchange: Exchange) -> bytes:
    """The `response` and `request` records of one exchange, each a gzip member."""
    response, response_id = _record(WarcRecordType.response, exchange.target, exchange.date,
                                    response_block(exchange), "response", truncated=exchange.truncated)
    request, _ = _record(WarcRecordType.request, exchange.target, exchange.date, exchange.request_head,
                         "request", concurrent_to=response_id)
    return _gzip_member(response) + _gzip_member(request)


class WarcFile:
    """A .warc.gz appended to one exchange at a time (one write each: a killed run tears none but the last).

    `repair()` cuts off a torn last gzip member, so a resumed run appends after whole records.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self._fd: int | None = None

    def repair(self) -> int:
        """Cut the file after its last whole gzip member; the bytes removed."""
        if not self.path.exists():
            return 0
        end = whole_members_end(self.path)
        size = self.path.stat().st_size
        if end < size:
            with open(self.path, "r+b") as fh:
                fh.truncate(end)
        return size - end

    def open(self) -> "WarcFile":
        if self._fd is None:
            self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        return self

    def write(self, data: bytes) -> None:
        if self._fd is None:
            self.open()
        assert self._fd is not None
        view = memoryview(data)
        while view:
            view = view[os.write(self._fd, view):]

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


def whole_members_end(path: Path, start: int = 0) -> int:
    """The byte offset after the last complete gzip member of a file, reading from `start`, the
    beginning of a member (`start` itself if there is none)."""
    end = position = start
    decoder = zlib.decompressobj(zlib.MAX_WBITS | 16)
    with open(path, "rb") as fh:
        fh.seek(start)
        while True:
            chunk = fh.read(1 << 20)
            if not chunk:
                return end
            data = chunk
            while data:
                try:
                    decoder.decompress(data)
                except zlib.error:
                    return end
                if decoder.eof:
                    rest = decoder.unused_data
                    position += len(data) - len(rest)
                    end = position
                    decoder = zlib.decompressobj(zlib.MAX_WBITS | 16)
                    data = rest
                else:
                    position += len(data)
                    data = b""

"""WARC archives (ISO 28500) in and out, through fastwarc.

    for page in warc_pages("crawl.warc.gz", max_bytes=10 * 2**20): ...   # the pages of an archive
    data = exchange_records(exchange)                                    # a fetch as WARC records

Reading: every HTTP response record whose Content-Type can hold a page becomes a
`PageInput`: `url` is the URL of the list the response answers when the record
names it (INPUT_URI, in our own archives), else the first URL of its redirect
chain when the archive holds the redirects before it, else its `WARC-Target-URI`;
`final_url` the target URI, `status` and `fetched_at` (`WARC-Date`, to the
second) as a batch records them; the body's Content-Encoding is undone (bounded,
inflate.py) and the HTTP charset is passed on. A response that is not 2xx is an
`http_status` error, as in a batch; a 2xx response the archive holds only part
of (`WARC-Truncated`) is the error that cut it (too_large, timeout, connection;
bad_response for another reason); redirects are links of a chain, not pages;
records of other types (requests, metadata, revisits, DNS) and responses that
are no page (images, scripts) are passed over. A record's key is `PATH#OFFSET`,
the byte offset of the record in the file, as a CDX index gives it.

Writing (`scraper batch --warc`, `WarcWriter`): every request of a fetch and its
response (`fetch.Hop`: the redirects', the final answer's) become WARC/1.1
`request` and `response` records, each its own gzip member (so the file can be
cut at any record and a reader can seek to one), and one fetch is one write. The
response body is stored as decoded (the page's bytes): its Content-Encoding and
Transfer-Encoding headers are kept as `X-Archive-Orig-Content-Encoding` /
`X-Archive-Orig-Transfer-Encoding` and Content-Length is the stored body's (a
redirect's body is stored as it came). An answer whose body was not read to its
end (an HTTP error status, not a page, too large, too slow) is stored with what
was read of it (its head) and `WARC-Truncated`. The last response of a fetch
names the URL of the list it answers in our extension field
`WARC-Scraper-Input-URI`, so that reading the archive back gives each page the
`url` its batch record has, and a resumed run knows which URLs it holds.
"""
from __future__ import annotations

import asyncio
import io
import logging
import mmap
import os
import uuid
import zlib
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator, Sequence
from urllib.parse import urljoin

from fastwarc.stream_io import GzipWriter
from fastwarc.warc import ArchiveIterator, WarcRecord, WarcRecordType

from .decode import charset_from_content_type
from .errors import BadResponse, ConnectionFailed, FetchError, FetchTimeout, HTTPStatusError, OutputError, \
    ScraperError, TooLarge
from .fetch import Hop, is_page_type
from .inflate import Inflater
from .resume import UrlSet
from .sources import PageInput
from .version import DISTRIBUTION, __version__

try:
    import fcntl
except ImportError:  # Windows: no lock
    fcntl = None  # type: ignore[assignment]

__all__ = ["WARC_SUFFIXES", "is_warc", "warc_pages", "Exchange", "hop_exchange", "exchange_records", "fetch_records",
           "WarcWriter", "INPUT_URI"]

log = logging.getLogger(__name__)

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


# the error a batch recorded for a response it could not read to its end, by the record's WARC-Truncated
_TRUNCATED_ERRORS: dict[str, type[FetchError]] = {"length": TooLarge, "time": FetchTimeout,
                                                  "disconnect": ConnectionFailed}


def _truncated(reason: str, url: str, status: int) -> FetchError:
    """A response the archive holds only part of: not a page to extract, an error of its kind."""
    kind = _TRUNCATED_ERRORS.get(reason.strip().lower(), BadResponse)
    return kind(f"the archive holds only part of this response (WARC-Truncated: {reason})", url=url, status=status)


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
                first = record.headers.get(INPUT_URI) or first  # our own archives name the list's URL
                status = http.status_code or 0
                if 300 <= status < 400 and http.get("Location"):
                    try:
                        chains[urljoin(target, http.get("Location") or "")] = first
                    except ValueError:  # a Location (or target) that cannot be read ("http://[x/"): no link
                        continue
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
                elif record.headers.get("WARC-Truncated"):
                    error = _truncated(record.headers.get("WARC-Truncated") or "", first, status)
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

#: our extension field on the final response of a fetch: the URL of the list it answers, as given
INPUT_URI = "WARC-Scraper-Input-URI"
#: gzip level of the records: an archive 6 % larger than level 6's for 2/3 of its CPU (level 1: 32 % larger)
COMPRESSION_LEVEL = 3
# why a response's body is not all there (WARC-Truncated), by the kind of error that stopped its reading
_TRUNCATED = {"too_large": "length", "timeout": "time", "connection": "disconnect"}
_SECRET_HEADERS = (b"authorization", b"proxy-authorization")


@dataclass
class Exchange:
    """One HTTP request and its response as a fetch saw them: the heads as bytes, the body as read."""

    target: str  # the URL asked for
    date: str  # ISO 8601, UTC, to the second: the WARC-Date of both records
    request_head: bytes  # request line and headers, blank line included
    status_line: bytes  # "HTTP/1.1 200 OK"
    headers: list[tuple[bytes, bytes]] = field(default_factory=list)  # the response's, as received
    body: bytes = b""
    decoded: bool = True  # the body is stored with its Content-Encoding undone
    truncated: str | None = None  # WARC-Truncated: why the body is not all there (length, time, disconnect...)
    input_url: str | None = None  # the list's URL this exchange ends the fetch of (INPUT_URI)


def hop_exchange(hop: Hop, *, truncated: str | None = None, input_url: str | None = None) -> Exchange:
    """A fetch's `Hop` as an Exchange: the request as sent (without credentials), the response as received."""
    request, response = hop.request, hop.response
    url = request.url
    target = str(url.copy_with(username=None, password=None) if url.userinfo else url)
    head = [request.method.encode() + b" " + url.raw_path + b" HTTP/1.1"]
    head += [name + b": " + value for name, value in request.headers.raw if name.lower() not in _SECRET_HEADERS]
    status = f"{response.http_version or 'HTTP/1.1'} {response.status_code} {response.reason_phrase}".strip()
    return Exchange(target, hop.date, b"\r\n".join(head) + b"\r\n\r\n", status.encode("latin-1", "replace"),
                    list(response.headers.raw), hop.body, decoded=hop.decoded or not hop.body,
                    truncated=None if hop.complete else truncated or "unspecified", input_url=input_url)


def _record(kind: WarcRecordType, target: str, date: str, block: bytes, content_type: str,
            headers: dict[str, str]) -> tuple[WarcRecord, str]:
    record = WarcRecord()
    urn = uuid.uuid4().urn
    record.init_headers(kind, urn[4:].encode())
    record.headers["WARC-Date"] = date
    if target:
        record.headers["WARC-Target-URI"] = target
    record.headers["Content-Type"] = content_type
    for name, value in headers.items():
        record.headers[name] = value
    record.set_bytes_content(block)
    return record, f"<{urn}>"


def _gzip_member(record: WarcRecord, level: int = COMPRESSION_LEVEL) -> bytes:
    buffer = io.BytesIO()
    writer = GzipWriter(buffer, compression_level=level)
    record.write(writer, checksum_data=True)
    writer.close()
    return buffer.getvalue()


def response_block(exchange: Exchange) -> bytes:
    """The HTTP response as stored: status line, headers (Transfer-Encoding, and Content-Encoding
    when the body is stored decoded, renamed X-Archive-Orig-...; Content-Length the stored body's), the body."""
    renamed = _HOP_HEADERS if exchange.decoded else ("transfer-encoding",)
    lines = [exchange.status_line]
    for name, value in exchange.headers:
        lower = name.lower()
        if lower == b"content-length":
            continue
        if lower.decode("latin-1") in renamed:
            name = b"X-Archive-Orig-" + name
        lines.append(name + b": " + value)
    lines.append(b"Content-Length: " + str(len(exchange.body)).encode())
    return b"\r\n".join(lines) + b"\r\n\r\n" + exchange.body


def exchange_records(exchange: Exchange, level: int = COMPRESSION_LEVEL) -> bytes:
    """The `response` and `request` records of one exchange, each a gzip member."""
    extra = {}
    if exchange.truncated:
        extra["WARC-Truncated"] = exchange.truncated
    if exchange.input_url:
        extra[INPUT_URI] = exchange.input_url
    response, response_id = _record(WarcRecordType.response, exchange.target, exchange.date,
                                    response_block(exchange), "application/http; msgtype=response", extra)
    request, _ = _record(WarcRecordType.request, exchange.target, exchange.date, exchange.request_head,
                         "application/http; msgtype=request", {"WARC-Concurrent-To": response_id})
    return _gzip_member(response, level) + _gzip_member(request, level)


def fetch_records(input_url: str, hops: Sequence[Hop], error: ScraperError | None = None,
                  level: int = COMPRESSION_LEVEL) -> bytes:
    """The records of one fetch of `input_url`: every hop's response and request, in order, the last
    response naming `input_url` (INPUT_URI); `error` is what ended the fetch, if it failed."""
    last = len(hops) - 1
    reason = _TRUNCATED.get(error.kind, "unspecified") if error is not None else None
    return b"".join(exchange_records(hop_exchange(hop, truncated=reason if i == last else "length",
                                                  input_url=input_url if i == last else None), level)
                    for i, hop in enumerate(hops))


def warcinfo_record(filename: str) -> bytes:
    """The `warcinfo` record a new archive starts with: what wrote it."""
    fields = (f"software: {DISTRIBUTION}/{__version__}\r\nformat: WARC File Format 1.1\r\n"
              "conformsTo: https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n")
    date = datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")
    record, _ = _record(WarcRecordType.warcinfo, "", date, fields.encode(), "application/warc-fields",
                        {"WARC-Filename": filename})
    return _gzip_member(record)


class WarcWriter:
    """The archive a batch writes (`--warc`): every fetch's exchanges appended to a .warc.gz.

        with WarcWriter("pages.warc.gz").open() as archive:
            await archive.write_async(url, hops, error)     # in the writer's own thread

    One gzip member a record and one write a fetch, so a killed run leaves whole
    records and at most a torn last member. `open()` claims the file (an flock:
    one run at a time), checks it is a WARC (anything else is refused, never cut),
    cuts a torn end and reads which input URLs it already holds a page for
    (`archived`: a 2xx final response naming them, INPUT_URI); a fetch of one of
    those is not written again. A new file starts with a `warcinfo` record.
    Building and compressing the records runs in one thread of the writer's own,
    off the event loop (fastwarc and zlib let go of the GIL while they compress).
    """

    def __init__(self, path: str | os.PathLike[str], *, level: int = COMPRESSION_LEVEL) -> None:
        self.path = Path(path)
        self.level = level
        self.archived = UrlSet()
        self.written = 0  # fetches written by this run
        self.failure: OSError | None = None  # a write that failed (a full disk): the run must stop
        self._fd: int | None = None
        self._thread: ThreadPoolExecutor | None = None

    def __enter__(self) -> "WarcWriter":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def open(self) -> "WarcWriter":
        """Claim, check and repair the file, and read what it holds; OutputError if it cannot be used."""
        if self._fd is not None:
            return self
        fd = os.open(self.path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            if fcntl is not None:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    raise OutputError(f"{self.path} is being written by another run") from None
            if os.fstat(fd).st_size:
                self._check_ours()
                self.archived, end = _archived_inputs(self.path)
                if end < os.fstat(fd).st_size:
                    log.info("%s: %d bytes of a torn last record cut", self.path, os.fstat(fd).st_size - end)
                    os.ftruncate(fd, end)
                log.info("%s: %d pages already archived", self.path, len(self.archived))
            else:
                _write_all(fd, warcinfo_record(self.path.name))
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="scraper-warc")
        return self

    def _check_ours(self) -> None:
        """A WARC of gzip members starts with one that holds a WARC record; refuse anything else."""
        with open(self.path, "rb") as fh:
            head = fh.read(64 * 1024)
        try:
            start = zlib.decompressobj(zlib.MAX_WBITS | 16).decompress(head, 16)
        except zlib.error:
            start = b""
        if not start.startswith(b"WARC/1."):
            raise OutputError(f"{self.path} is not a .warc.gz (its first bytes are no gzipped WARC record); "
                              "refusing to append to it")

    def write(self, input_url: str, hops: Sequence[Hop], error: ScraperError | None = None) -> int:
        """Append the records of one fetch of `input_url` (none when it has no hop, or its page is
        archived already); the bytes written. Call from one thread at a time (`write_async` does)."""
        if self._fd is None:
            raise RuntimeError("the WarcWriter is not open")
        if not hops or input_url in self.archived:
            return 0
        data = fetch_records(input_url, hops, error, self.level)
        try:
            _write_all(self._fd, data)
        except OSError as exc:
            self.failure = self.failure or exc
            raise
        self.written += 1
        final = hops[-1]
        if error is None and final.complete and 200 <= final.response.status_code < 300:
            self.archived.add(input_url)
        return len(data)

    async def write_async(self, input_url: str, hops: Sequence[Hop], error: ScraperError | None = None) -> int:
        """`write` in the writer's thread."""
        if self._thread is None:
            raise RuntimeError("the WarcWriter is not open")
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._thread, self.write, input_url, hops, error)

    def close(self) -> None:
        """Finish the writes under way and release the file."""
        if self._thread is not None:
            self._thread.shutdown(wait=True)
            self._thread = None
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _archived_inputs(path: Path) -> tuple[UrlSet, int]:
    """The input URLs whose page a WARC of ours holds (a whole 2xx final response naming them), and
    where its last whole gzip member ends (a torn one after it is to be cut)."""
    archived = UrlSet()
    pending: tuple[int, str] | None = None  # the last record's, added once a record after it shows it whole
    last = 0
    with open(path, "rb") as fh:
        try:
            for record in ArchiveIterator(fh, record_types=WarcRecordType.response, parse_http=True):
                if pending is not None:
                    archived.add(pending[1])
                    pending = None
                last = record.stream_pos
                key = record.headers.get(INPUT_URI)
                http = record.http_headers
                if key and http is not None and 200 <= (http.status_code or 0) < 300 \
                        and not record.headers.get("WARC-Truncated"):
                    pending = (last, key)
        except OSError:  # fastwarc: a record it cannot read (a torn one); whether it is the last is checked below
            pass
    end = whole_members_end(path, last)
    if pending is not None and pending[0] < end:
        archived.add(pending[1])
    if end < path.stat().st_size and _whole_member_after(path, end) is not None:
        raise OutputError(f"{path} is damaged at byte {end}: whole records follow a broken one there, so it "
                          "was not cut by a killed run; refusing to append to it")
    return archived, end


def _whole_member_after(path: Path, start: int) -> int | None:
    """Where the first whole gzip member after byte `start` of a file begins, if one does (what a
    killed run leaves after its last whole member is one torn member, and no whole one after it)."""
    with open(path, "rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as data:
        at = data.find(b"\x1f\x8b\x08", start + 1)
        while at != -1:
            decoder = zlib.decompressobj(zlib.MAX_WBITS | 16)
            position = at
            try:
                while not decoder.eof and position < len(data):
                    decoder.decompress(data[position:position + (1 << 20)], 1 << 16)
                    while decoder.unconsumed_tail and not decoder.eof:
                        decoder.decompress(decoder.unconsumed_tail, 1 << 16)
                    position += 1 << 20
                if decoder.eof:
                    return at
            except zlib.error:
                pass
            at = data.find(b"\x1f\x8b\x08", at + 1)
    return None


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

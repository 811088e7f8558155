"""Content-Encoding undone as the body arrives, never past a byte budget.

    inflater = Inflater(response.headers.get("content-encoding"), limit=10 * 2**20)
    for raw in response.iter_raw():
        for piece in inflater.feed(raw):   # each piece at most STEP bytes
            ...
    for piece in inflater.flush():
        ...

httpx's own decoders hand back all a chunk decodes to at once: a few KB of
brotli (or `gzip, gzip`) can decode to gigabytes before any size check runs.
Here every decoder is asked for at most `STEP` bytes at a time (zlib's
`max_length`, brotli's `output_buffer_limit`) and the output is counted as it
is made, so `TooLarge` comes at `limit` with memory bounded by `limit + STEP`
per stage. gzip, x-gzip, deflate (zlib or raw) and br are decoded, at most
`MAX_STAGES` of them stacked; identity is nothing to do. A body that does not
decode, an unknown coding or a longer stack is `BadResponse` (never retried:
the server would send the same).
"""
from __future__ import annotations

import zlib
from typing import Iterator, Protocol

import brotli

from .errors import BadResponse, TooLarge

__all__ = ["Inflater", "MAX_STAGES", "STEP"]

STEP = 64 * 1024  # most bytes one decoder call may produce
MAX_STAGES = 2  # stacked encodings decoded ("gzip, gzip" is two)


class _Stage(Protocol):
    def feed(self, data: bytes) -> Iterator[bytes]: ...
    def flush(self) -> Iterator[bytes]: ...
    @property
    def done(self) -> bool: ...


class _Zlib:
    """gzip, or deflate: zlib-wrapped as the standard says, or raw as some servers send it."""

    def __init__(self, gzip: bool) -> None:
        self.d = zlib.decompressobj(zlib.MAX_WBITS | 16) if gzip else None
        self.head = b""  # deflate's first bytes, until there are two to tell zlib from raw

    def feed(self, data: bytes) -> Iterator[bytes]:
        if self.d is None:
            data = self.head + data
            if len(data) < 2:
                self.head = data
                return
            wrapped = data[0] & 0x0F == 8 and (data[0] << 8 | data[1]) % 31 == 0  # a zlib header
            self.d = zlib.decompressobj(zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS)
        while not self.d.eof:  # bytes after the end of the stream are ignored, as httpx does
            out = self.d.decompress(data, STEP)
            data = self.d.unconsumed_tail
            if out:
                yield out
            if not data and len(out) < STEP:  # all input taken and no output left waiting
                return

    @property
    def done(self) -> bool:
        """The compressed stream has come to its end."""
        return self.d is not None and self.d.eof

    def flush(self) -> Iterator[bytes]:
        if self.d is None:
            self.d = zlib.decompressobj(-zlib.MAX_WBITS)
            yield from self.feed(b"")  # a one-byte body
        out = self.d.flush()
        if out:
            yield out


class _Brotli:
    def __init__(self) -> None:
        self.d = brotli.Decompressor()

    def feed(self, data: bytes) -> Iterator[bytes]:
        if not data or self.d.is_finished():
            return
        # A call stops near STEP bytes and keeps the rest for calls with no input; drained
        # until one gives nothing (`can_accept_more_data()` cannot be trusted to say so in brotli 1.2).
        out = self.d.process(data, output_buffer_limit=STEP)
        while out:
            yield out
            out = self.d.process(b"", output_buffer_limit=STEP)

    @property
    def done(self) -> bool:
        return bool(self.d.is_finished())

    def flush(self) -> Iterator[bytes]:
        return iter(())


def _stage(coding: str) -> _Stage | None:
    if coding in ("gzip", "x-gzip"):
        return _Zlib(gzip=True)
    if coding == "deflate":
        return _Zlib(gzip=False)
    if coding == "br":
        return _Brotli()
    if coding in ("identity", ""):
        return None
    raise BadResponse(f"unsupported content encoding {coding!r}")


class Inflater:
    """Undo a Content-Encoding header's codings, in order, with at most `limit` bytes out."""

    def __init__(self, content_encoding: str | None, limit: int) -> None:
        codings = [c.strip().lower() for c in (content_encoding or "").split(",")]
        stages = [s for s in map(_stage, codings) if s is not None]
        if len(stages) > MAX_STAGES:
            raise BadResponse(f"{len(stages)} stacked content encodings (at most {MAX_STAGES} are decoded)")
        self.stages: list[_Stage] = stages[::-1]  # the last coding applied is undone first
        self.limit = limit
        self.sizes = [0] * (len(self.stages) + 1)

    @property
    def complete(self) -> bool:
        """Every coding's stream has ended (False for a body cut short)."""
        return all(stage.done for stage in self.stages)

    def feed(self, data: bytes) -> Iterator[bytes]:
        """The decoded bytes `data` gives, in pieces of at most STEP bytes (as received when not encoded)."""
        return self._decoding(self._push(data, 0)) if data else iter(())

    def flush(self) -> Iterator[bytes]:
        """What the decoders still hold at the end of the body."""
        return self._decoding(self._flush())

    def _flush(self) -> Iterator[bytes]:
        for i, stage in enumerate(self.stages):
            for piece in stage.flush():
                yield from self._push(piece, i + 1)

    def _push(self, data: bytes, stage: int) -> Iterator[bytes]:
        """`data` into stage `stage` and on through the later ones."""
        # Every stage's input counts, not just the last output: a decoder whose stream
        # has ended is still fed (and ignores) what the stage before it makes.
        self.sizes[stage] += len(data)
        if self.sizes[stage] > self.limit:
            raise TooLarge(f"body over the {self.limit}-byte limit")
        if stage == len(self.stages):
            yield data
            return
        for piece in self.stages[stage].feed(data):
            yield from self._push(piece, stage + 1)

    @staticmethod
    def _decoding(pieces: Iterator[bytes]) -> Iterator[bytes]:
        try:
            yield from pieces
        except (zlib.error, brotli.error) as exc:
            raise BadResponse(f"the body does not decode: {exc}") from None

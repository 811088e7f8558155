"""Content-Encoding decoded as it arrives, within the byte limit: bombs end as too_large, in little memory."""
from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import zlib
from pathlib import Path

import brotli
import pytest

import scraper
from scraper.errors import BadResponse, TooLarge
from scraper.inflate import STEP, Inflater
from scraper.options import ScrapeOptions

from faultserver import FaultServer, article_html

TESTS = Path(__file__).parent
PAGE = b"".join(b"<p>%d: the council met on Tuesday to discuss the new bridge.</p>" % i for i in range(5000))


def inflate(encoding: str, body: bytes, limit: int = 10 * 2**20, chunk: int = 8192) -> bytes:
    inflater = Inflater(encoding, limit)
    out = []
    for i in range(0, len(body), chunk):
        for piece in inflater.feed(body[i:i + chunk]):
            assert len(piece) <= max(2 * STEP, chunk)  # brotli stops near its output limit; identity passes chunks
            out.append(piece)
    out.extend(inflater.flush())
    return b"".join(out)


def raw_deflate(data: bytes) -> bytes:
    z = zlib.compressobj(6, zlib.DEFLATED, -15)
    return z.compress(data) + z.flush()


@pytest.mark.parametrize("encoding,encode", [
    ("gzip", gzip.compress), ("x-gzip", gzip.compress), ("br", brotli.compress),
    ("deflate", zlib.compress), ("deflate", raw_deflate), ("", lambda b: b), ("identity", lambda b: b),
    ("gzip, br", lambda b: brotli.compress(gzip.compress(b))), ("GZIP , gzip", lambda b: gzip.compress(gzip.compress(b))),
])
@pytest.mark.parametrize("chunk", [1, 977, 1 << 20])
def test_codings_decode_in_any_chunking(encoding, encode, chunk):
    assert inflate(encoding, encode(PAGE), chunk=chunk) == PAGE


def test_decoded_size_is_bounded_as_it_is_made():
    bomb = brotli.compress(b"\0" * (64 * 2**20), quality=5)
    assert len(bomb) < 100_000
    inflater = Inflater("br", 2**20)
    made = 0
    with pytest.raises(TooLarge, match="over the 1048576-byte limit"):
        for piece in inflater.feed(bomb):
            made += len(piece)
    assert made <= 2**20  # the piece that crosses the limit is never handed out
    with pytest.raises(TooLarge):
        inflate("gzip, gzip", gzip.compress(gzip.compress(b"\0" * (64 * 2**20))), limit=2**20)


def test_bad_encodings_are_bad_responses():
    with pytest.raises(BadResponse, match="3 stacked content encodings"):
        Inflater("gzip, gzip, gzip", 1000)
    with pytest.raises(BadResponse, match="unsupported content encoding 'zstd'"):
        Inflater("zstd", 1000)
    with pytest.raises(BadResponse, match="does not decode"):
        inflate("gzip", b"\x1f\x8b\x08\x00 not gzip at all")
    with pytest.raises(BadResponse, match="does not decode"):
        inflate("br", b"not brotli at all" * 10)


@pytest.fixture
def server():
    srv = FaultServer()
    yield srv
    srv.close()


FAST = ScrapeOptions(allow_private=True, connect_timeout=2.0, read_timeout=2.0, deadline=10.0, tries=2,
                     backoff=0.01, backoff_max=0.02, obey_robots=False, workers=0)


@pytest.mark.parametrize("path", ["/encoded/triple", "/encoded/corrupt"])
def test_undecodable_bodies_are_final_bad_responses(server, path):
    with pytest.raises(BadResponse) as info:
        scraper.fetch(server.url(path), FAST)
    assert info.value.status == 200 and server.hits[path] == 1  # not retried
    records = list(scraper.scrape_many_sync([server.url(path)], FAST))
    assert records[0]["error"]["kind"] == "bad_response" and server.hits[path] == 2


# A fresh interpreter whose address space is capped at what it uses plus 256 MiB:
# a body decoded whole (512 MiB) cannot fit, a body decoded in steps does.
BOUNDED = """
import json, resource, sys
import scraper
import scraper.batch
from scraper.options import ScrapeOptions
vm = int(open("/proc/self/statm").read().split()[0]) * resource.getpagesize()
resource.setrlimit(resource.RLIMIT_AS, (vm + 256 * 2**20, resource.RLIM_INFINITY))
opts = ScrapeOptions(allow_private=True, tries=1, obey_robots=False, workers=0)
try:
    scraper.fetch(sys.argv[1], opts)
    sync = None
except scraper.ScraperError as exc:
    sync = [exc.kind, exc.message, exc.status]
record = next(iter(scraper.scrape_many_sync([sys.argv[1]], opts)))
print(json.dumps({"sync": sync, "batch": record}))
"""


@pytest.mark.parametrize("path", ["/bomb/br", "/bomb/gzip2"])
def test_bombs_are_too_large_in_bounded_memory(server, path):
    url = server.url(path)
    proc = subprocess.run([sys.executable, "-c", BOUNDED, url], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(TESTS.parent)})
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = json.loads(proc.stdout)
    expected = {"kind": "too_large", "message": "body over the 10485760-byte limit", "status": 200}
    assert out["sync"] == list(expected.values())
    assert out["batch"] == {"url": url, "index": 0, "error": expected}


def test_compressed_pages_still_arrive_whole(server):
    for path, name in (("/gzip", "gzip"), ("/br", "br")):
        assert scraper.fetch(server.url(path), FAST).content == article_html(name)
        record = next(iter(scraper.scrape_many_sync([server.url(path)], FAST)))
        assert record["headline"] == f"Story {name}"

"""A real HTTP server on 127.0.0.x for the fetch and batch tests, with the faults a real web throws.

Routes (GET):
    /robots.txt         `robots` attribute (default: disallow /private/), 404 if None;
                        a redirect to `robots_redirect` when set
    /article/<name>     a small UTF-8 article page             /private/<name>: the same
    /latin1             an ISO-8859-1 page, charset only in the Content-Type header
    /gzip, /br          the article, gzip- / brotli-encoded
    /redirect           301 to /article/target
    /loop/a, /loop/b    redirects to each other, forever
    /slow               answers after 4 s                       /drip: one byte every 0.1 s, forever
    /status/<code>      that status, always
    /flaky429/<name>    429 with Retry-After: `retry_after` (1) on the first hit, then the article
    /reset              resets the connection (TCP RST) without answering
    /endless            200 text/html, a body that never ends
    /image.png          a PNG (image/png)                       /noct.png: the PNG without Content-Type
    /wait/<name>        the article after `wait` seconds (for concurrency checks)
    /bigheader          the article with a 20 KB Content-Security-Policy header
    /bomb/br            97 KB of brotli that decode to 512 MiB   /bomb/gzip2: 512 MiB under "gzip, gzip"
    /encoded/triple     the article under "gzip, gzip, gzip"     /encoded/corrupt: "gzip" that is not gzip
    /malformed          a status line that is not HTTP          /trickle: headers, one byte every 0.2 s
    /redirect-to?<url>  302 to that URL (credentials, file:, ftp:, another host...)
    any path in `pages` that HTML page, or (body, Content-Type) (set by the test)
A request in absolute form (`GET http://host/path`, as to a proxy) is served by its
path and its URL recorded in `proxied`.
Every request is counted per path (`hits`), with its headers (`headers`) and start
time (`starts`); `max_active` is the most `/wait/` requests held at once, also across
servers sharing one `Gauge`.
"""
from __future__ import annotations

import functools
import gzip
import socket
import struct
import threading
import time
import zlib
from collections import Counter, defaultdict
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import brotli

LATIN1_TITLE = "Crème brûlée à la française"
LATIN1_PARAGRAPH = ("Le café était fermé, mais la pâtisserie d'à côté servait une crème brûlée "
                    "très appréciée des habitués du quartier, à deux pas de la gare. ") * 3


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\x00")) + chunk(b"IEND", b""))


PNG = _png()


def article_html(name: str) -> bytes:
    """A small article page, the same for the same name."""
    paragraphs = "".join(
        f"<p>Paragraph {i} of the story called {name}: the council met on Tuesday to discuss "
        f"the new bridge, and residents spoke for and against the plan at some length.</p>"
        for i in range(1, 5))
    return (f"<!doctype html><html lang=en><head><meta charset=utf-8><title>{name} | Gazette</title></head>"
            f"<body><article><h1>Story {name}</h1>{paragraphs}</article></body></html>").encode("utf-8")


def latin1_html() -> bytes:
    return (f"<html><head><title>{LATIN1_TITLE}</title></head><body><article><h1>{LATIN1_TITLE}</h1>"
            f"<p>{LATIN1_PARAGRAPH}</p><p>{LATIN1_PARAGRAPH}</p></article></body></html>").encode("latin-1")


BOMB_BYTES = 512 * 1024 * 1024  # what the bombs decode to


@functools.lru_cache(maxsize=None)
def brotli_bomb() -> bytes:
    """BOMB_BYTES of zeros as brotli (quality 1: ~0.3 s to make, 97 KB)."""
    c = brotli.Compressor(quality=1)
    block = b"\0" * (16 * 1024 * 1024)
    return b"".join([c.process(block) for _ in range(BOMB_BYTES // len(block))] + [c.finish()])


@functools.lru_cache(maxsize=None)
def gzip_gzip_bomb() -> bytes:
    """BOMB_BYTES of zeros, gzipped twice (the inner stream is one compressed block repeated)."""
    block = b"\0" * (16 * 1024 * 1024)
    z = zlib.compressobj(9, zlib.DEFLATED, -15)
    segment = z.compress(block) + z.flush(zlib.Z_FULL_FLUSH)  # self-contained: can be repeated
    n = BOMB_BYTES // len(block)
    crc = 0
    for _ in range(n):
        crc = zlib.crc32(block, crc)
    inner = (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff" + segment * n + b"\x03\x00"
             + struct.pack("<II", crc, BOMB_BYTES & 0xFFFFFFFF))
    return gzip.compress(inner)


class Gauge:
    """Requests in flight, and the most seen at once."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.active = 0
        self.max_active = 0

    def __enter__(self) -> None:
        with self.lock:
            self.active += 1
            self.max_active = max(self.max_active, self.active)

    def __exit__(self, *exc: object) -> None:
        with self.lock:
            self.active -= 1


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"  # one request per connection: simple and exact
    server: "FaultServer"

    def log_message(self, *args: object) -> None:
        pass

    def send(self, status: int, body: bytes = b"", ctype: str | None = "text/html; charset=utf-8",
             headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        srv = self.server
        if self.path.startswith("http://"):  # absolute form: we are someone's proxy
            with srv.lock:
                srv.proxied.append(self.path)
            self.path = "/" + self.path.split("/", 3)[3] if self.path.count("/") >= 3 else "/"
        path, _, self.query = self.path.partition("?")
        with srv.lock:
            srv.hits[path] += 1
            hit = srv.hits[path]
            srv.headers[path] = dict(self.headers)
            srv.starts[path].append(time.monotonic())
        if path.startswith("/wait/"):
            # in flight while the server holds it; counted out before the answer goes, since a client
            # that has the whole answer may start its next request before this thread runs on
            with srv.gauge, srv.host_gauge:
                time.sleep(srv.wait)
        try:
            self.route(path, hit)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def route(self, path: str, hit: int) -> None:
        srv = self.server
        if path in srv.pages:
            page = srv.pages[path]
            self.send(200, *page) if isinstance(page, tuple) else self.send(200, page)
        elif path == "/robots.txt":
            if srv.robots_redirect:
                self.send(302, b"", headers={"Location": srv.robots_redirect})
            elif srv.robots_status != 200:
                self.send(srv.robots_status, b"", "text/plain")
            elif srv.robots is None:
                self.send(404, b"not found", "text/plain")
            else:
                self.send(200, srv.robots.encode(), "text/plain")
        elif path.startswith(("/article/", "/private/")):
            self.send(200, article_html(path.rsplit("/", 1)[1]))
        elif path.startswith("/wait/"):  # (held for `wait` seconds in do_GET)
            self.send(200, article_html(path.rsplit("/", 1)[1]))
        elif path == "/latin1":
            self.send(200, latin1_html(), "text/html; charset=iso-8859-1")
        elif path == "/gzip":
            self.send(200, gzip.compress(article_html("gzip")), headers={"Content-Encoding": "gzip"})
        elif path == "/br":
            self.send(200, brotli.compress(article_html("br")), headers={"Content-Encoding": "br"})
        elif path == "/redirect":
            self.send(301, b"", headers={"Location": "/article/target"})
        elif path.startswith("/loop/"):
            self.send(302, b"", headers={"Location": "/loop/b" if path == "/loop/a" else "/loop/a"})
        elif path == "/slow":
            time.sleep(4.0)
            self.send(200, article_html("slow"))
        elif path == "/drip":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(b"<html><body>")
            while True:
                time.sleep(0.1)
                self.wfile.write(b" ")
                self.wfile.flush()
        elif path.startswith("/status/"):
            code = int(path.split("/")[2])
            self.send(code, f"status {code}".encode(), "text/plain")
        elif path.startswith("/flaky429/"):
            if hit == 1:
                self.send(429, b"slow down", "text/plain", {"Retry-After": srv.retry_after})
            else:
                self.send(200, article_html(path.rsplit("/", 1)[1]))
        elif path == "/reset":
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
            self.close_connection = True
            self.wfile = _Sink()
        elif path == "/endless":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(b"<html><body>")
            block = b"<p>" + b"all work and no play " * 700 + b"</p>\n"
            while True:
                self.wfile.write(block)
        elif path == "/bigheader":
            policy = "default-src 'self'; " + "; ".join(f"img-src https://cdn{i}.example.org" for i in range(600))
            self.send(200, article_html("bigheader"), headers={"Content-Security-Policy": policy})
        elif path == "/bomb/br":
            self.send(200, brotli_bomb(), headers={"Content-Encoding": "br"})
        elif path == "/bomb/gzip2":
            self.send(200, gzip_gzip_bomb(), headers={"Content-Encoding": "gzip, gzip"})
        elif path == "/encoded/triple":
            body = gzip.compress(gzip.compress(gzip.compress(article_html("triple"))))
            self.send(200, body, headers={"Content-Encoding": "gzip, gzip, gzip"})
        elif path == "/encoded/corrupt":
            self.send(200, b"\x1f\x8b\x08\x00" + b"not gzip at all" * 10, headers={"Content-Encoding": "gzip"})
        elif path == "/malformed":
            self.wfile.write(b"HTTP/1.1 2OO OK\r\nContent-Type: text/html\r\n\r\n<html>")
            self.close_connection = True
        elif path == "/trickle":
            self.wfile.write(b"HTTP/1.1 200 OK\r\n")
            while True:  # a header line every 0.2 s: never quiet long enough for a read timeout
                self.wfile.write(b"X-Slow: a\r\n")
                self.wfile.flush()
                time.sleep(0.2)
        elif path == "/redirect-to":
            self.send(302, b"", headers={"Location": urllib.parse.unquote(self.query)})
        elif path == "/image.png":
            self.send(200, PNG, "image/png")
        elif path == "/noct.png":
            self.send(200, PNG, None)
        else:
            self.send(404, b"not found", "text/plain")


class _Sink:
    closed = False

    def close(self) -> None:
        pass

    def write(self, data: bytes) -> int:
        return len(data)

    def flush(self) -> None:
        pass


class FaultServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self, host: str = "127.0.0.1", gauge: Gauge | None = None) -> None:
        super().__init__((host, 0), _Handler)
        self.lock = threading.Lock()
        self.hits: Counter = Counter()
        self.headers: dict[str, dict] = {}
        self.starts: defaultdict[str, list[float]] = defaultdict(list)
        self.gauge = gauge or Gauge()  # across servers, when shared
        self.host_gauge = Gauge()  # this server only
        self.robots: str | None = "User-agent: *\nDisallow: /private/\n"
        self.robots_status = 200
        self.robots_redirect: str | None = None  # /robots.txt redirects there
        self.wait = 0.1
        self.retry_after = "1"  # the Retry-After of /flaky429/
        self.pages: dict[str, bytes | tuple[bytes, str]] = {}
        self.proxied: list[str] = []  # absolute-form request targets (proxy requests)
        self._thread = threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # resets and broken pipes are the point here

    def url(self, path: str) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}{path}"

    def close(self) -> None:
        self.shutdown()
        self.server_close()

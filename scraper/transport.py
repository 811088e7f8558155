"""An httpx transport that sends requests over aiohttp: the batch engine's wire.

The batch engine speaks httpx (one `httpx.AsyncClient`: redirects, cookies,
content decoding, timeouts and errors are httpx's), but httpx's own transport
(httpcore on h11 and anyio) costs about 2.5 ms of CPU a page in pure Python,
which on a small machine is CPU taken from extraction. aiohttp parses HTTP in C
and keeps its connection pool in cheap per-host lists; under the same httpx
client it halves the event loop's CPU per page (benchmarks/batch.py, see the
README). This module is only the glue:

    client = httpx.AsyncClient(transport=AiohttpTransport(keepalive_expiry=2.0))

- aiohttp never follows redirects, decompresses, or keeps cookies here: fetch.py follows
  redirects and decodes bodies (inflate.py), httpx keeps the cookies.
- aiohttp's errors become the httpx errors httpcore would raise (a refused
  connection is `httpx.ConnectError`, a silent server `httpx.ReadTimeout`, a
  reset `httpx.ReadError`), so callers see one error vocabulary whatever the wire.
- The body streams in the chunks the socket gives (no re-chunking), so a
  155 KB page passes through the layers a few times, not ten.
- Unless `allow_private`, connections go only to public addresses (guard.py): a
  name is resolved through the guard (the session's resolver), an IP literal is
  checked before the request, so the address connected to is always one checked.
- A URL's user:password@ has become httpx's Authorization header; the URL sent
  goes without it (aiohttp refuses to have both).

(The `httpx-aiohttp` package does the same glue but maps every connection error,
a reset included, to `ConnectTimeout`, and re-chunks bodies into 16 KB pieces.)
"""
from __future__ import annotations

import asyncio
import socket
import ssl
from contextlib import contextmanager
from typing import AsyncIterator, Iterator

import aiohttp
import httpx
from aiohttp.abc import AbstractResolver, ResolveResult

from . import guard

__all__ = ["AiohttpTransport"]

# Real pages carry long Content-Security-Policy and Set-Cookie headers; aiohttp's
# default 8 KB per header line would fail them where httpx's own transport does not.
_MAX_HEADER_BYTES = 64 * 1024
_MAX_HEADERS = 256


@contextmanager
def _as_httpx_errors(request: httpx.Request) -> Iterator[None]:
    """Raise aiohttp's (and asyncio's) transport errors as the matching httpx errors."""
    try:
        yield
    except aiohttp.ConnectionTimeoutError as exc:
        raise httpx.ConnectTimeout(str(exc) or "connect timed out", request=request) from exc
    except (aiohttp.ServerTimeoutError, asyncio.TimeoutError) as exc:  # ServerTimeoutError is also an OSError
        raise httpx.ReadTimeout(str(exc) or "read timed out", request=request) from exc
    except aiohttp.ClientConnectorError as exc:  # refused, unreachable, DNS, TLS handshake
        raise httpx.ConnectError(str(exc) or type(exc).__name__, request=request) from exc
    except (aiohttp.ServerDisconnectedError, aiohttp.ClientOSError, aiohttp.ClientPayloadError) as exc:
        raise httpx.ReadError(str(exc) or type(exc).__name__, request=request) from exc
    except aiohttp.InvalidURL as exc:  # a host yarl will not send to ("127.1", "2130706433")
        raise httpx.InvalidURL(f"not a valid URL: {exc}") from exc
    except aiohttp.ClientError as exc:  # a malformed answer (bad status line, oversized header...)
        raise httpx.RemoteProtocolError(str(exc) or type(exc).__name__, request=request) from exc


class _ResponseStream(httpx.AsyncByteStream):
    """An aiohttp response body as an httpx byte stream."""

    def __init__(self, response: aiohttp.ClientResponse, request: httpx.Request) -> None:
        self._response, self._request = response, request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        with _as_httpx_errors(self._request):
            async for chunk in self._response.content.iter_any():
                yield chunk

    async def aclose(self) -> None:
        # A fully read body gives its connection back to the pool; a body left
        # unread (too large, not a page, an error) closes it.
        if self._response.content.at_eof():
            self._response.release()
        else:
            self._response.close()


class _GuardedResolver(AbstractResolver):
    """aiohttp's name resolution through the address guard: a host with a non-public address is Blocked."""

    async def resolve(self, host: str, port: int = 0, family: int = socket.AF_UNSPEC) -> list[ResolveResult]:
        return [ResolveResult(hostname=host, host=address, port=port, family=fam, proto=0,
                              flags=socket.AI_NUMERICHOST | socket.AI_NUMERICSERV)
                for fam, address in await guard.apublic_addresses(host, port, family)]

    async def close(self) -> None:
        pass


class AiohttpTransport(httpx.AsyncBaseTransport):
    """Send httpx requests with one aiohttp session (created on first use, in the running loop).

    `keepalive_expiry`: seconds an idle connection is kept for reuse. aiohttp
    does not cap the number of idle connections, so the expiry is what bounds
    them (about pages/s x expiry sockets). `verify`: as httpx's. `allow_private`:
    connect to loopback, private and link-local addresses too (default: Blocked).
    """

    def __init__(self, *, verify: ssl.SSLContext | bool = True, keepalive_expiry: float = 2.0,
                 allow_private: bool = False) -> None:
        self._ssl = httpx.create_ssl_context(verify=verify) if not isinstance(verify, ssl.SSLContext) else verify
        self._keepalive_expiry = keepalive_expiry
        self._allow_private = allow_private
        self._session: aiohttp.ClientSession | None = None

    def _new_session(self) -> aiohttp.ClientSession:
        connector = aiohttp.TCPConnector(
            limit=0,  # the caller bounds concurrency
            keepalive_timeout=self._keepalive_expiry,
            ssl=self._ssl,
            ttl_dns_cache=300,
            resolver=None if self._allow_private else _GuardedResolver(),
        )
        session = aiohttp.ClientSession(
            connector=connector,
            cookie_jar=aiohttp.DummyCookieJar(),  # httpx keeps the cookies
            auto_decompress=False,  # httpx decodes Content-Encoding
            timeout=aiohttp.ClientTimeout(total=None),
            max_line_size=_MAX_HEADER_BYTES,
            max_field_size=_MAX_HEADER_BYTES,
            max_headers=_MAX_HEADERS,
        )
        # aiohttp resends an idempotent request once, at once, when the server drops the
        # connection; the caller's retry policy (tries, back-off) must be the only one.
        # (No public switch for this; tests/test_batch.py counts the requests.)
        session._retry_connection = False
        return session

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._session is None:
            self._session = self._new_session()
        url = request.url
        if not self._allow_private:
            guard.check_host(url.host)  # a name is checked by the resolver; aiohttp skips it for IP literals
        if url.userinfo:  # sent as the Authorization header httpx made of it
            url = url.copy_with(username=None, password=None)
        timeout = request.extensions.get("timeout", {})
        content = await request.aread()
        with _as_httpx_errors(request):
            response = await self._session.request(
                request.method,
                str(url),
                headers=[(k.decode("latin-1"), v.decode("latin-1")) for k, v in request.headers.raw],  # as cased
                data=content or None,
                allow_redirects=False,
                timeout=aiohttp.ClientTimeout(total=None, sock_connect=timeout.get("connect"),
                                              sock_read=timeout.get("read")),
            )
        return httpx.Response(
            status_code=response.status,
            headers=response.raw_headers,
            stream=_ResponseStream(response, request),
            extensions={"http_version": b"HTTP/1.1", "reason_phrase": (response.reason or "").encode("latin-1", "replace")},
        )

    async def aclose(self) -> None:
        if self._session is not None:
            session, self._session = self._session, None
            await session.close()

"""The httpx clients of `fetch` and of the batch engine: transports, address guard, proxies, deadline.

    with sync_client(options) as client: ...           # fetch(), scrape(), `scraper URL`
    async with async_client(options) as client: ...    # the batch engine (sends over aiohttp)

Both are built from `ScrapeOptions` here and nowhere else:

- Direct connections go only to public addresses (guard.py) unless
  `options.allow_private`: the sync client's connections resolve through the
  guard (`_Backend`), the async client's aiohttp session through its guarded
  resolver (transport.py); either way the address connected to is the one checked.
- Proxies: `options.proxy` for every request, else HTTP_PROXY / HTTPS_PROXY /
  ALL_PROXY / NO_PROXY from the environment, the same for both clients (httpx
  drops the environment's proxies once a client has its own transport, so they
  are mounted here). Through a proxy the target's own name is checked where it
  resolves here (the proxy resolves it itself; a name only the proxy knows passes).
- The sync client's reads and writes stop at the attempt's deadline (`deadline`),
  so an answer whose headers trickle in a byte at a time cannot hold it beyond it.
"""
from __future__ import annotations

import asyncio
import contextvars
import time
import urllib.request
from contextlib import contextmanager
from typing import Any, Iterator

import httpcore
import httpx

from . import guard
from .options import ScrapeOptions, client_settings

__all__ = ["sync_client", "async_client", "proxy_mounts", "deadline", "check_target"]

_DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar("scraper_deadline", default=None)


@contextmanager
def deadline(at: float) -> Iterator[None]:
    """Within this block, the sync client's socket reads and writes end by `time.monotonic()` `at`."""
    token = _DEADLINE.set(at)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def _left(timeout: float | None) -> float | None:
    """`timeout`, shortened to what is left before the deadline (ReadTimeout when nothing is)."""
    at = _DEADLINE.get()
    if at is None:
        return timeout
    left = at - time.monotonic()
    if left <= 0:
        raise httpcore.ReadTimeout("deadline reached")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A socket stream whose every read and write waits no longer than the deadline allows."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _left(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _left(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, _left(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _Backend(httpcore.SyncBackend):
    """httpcore's sockets, connecting (when `checked`) only to public addresses of the host."""

    def __init__(self, checked: bool) -> None:
        self.checked = checked

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None, socket_options: Any = None) -> httpcore.NetworkStream:
        if not self.checked:
            return _DeadlineStream(super().connect_tcp(host, port, _left(timeout), local_address, socket_options))
        try:
            addresses = guard.public_addresses(host, port)
        except OSError as exc:
            raise httpcore.ConnectError(f"{host}: {exc}") from exc
        failure: Exception | None = None
        for _, address in addresses:
            try:
                stream = super().connect_tcp(address, port, _left(timeout), local_address, socket_options)
            except httpcore.ConnectError as exc:
                failure = exc
                continue
            return _DeadlineStream(stream)
        assert failure is not None
        raise failure


def check_target(url: httpx.URL) -> None:
    """Before a request goes to a proxy: refuse a target that is, or resolves here to, a non-public address."""
    host = url.host
    guard.check_host(host)
    if guard.ip_literal(host) is None:
        try:
            guard.public_addresses(host, url.port or (443 if url.scheme == "https" else 80))
        except OSError:  # only the proxy knows the name
            pass


class _ProxyTargetCheck(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport) -> None:
        self._inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        check_target(request.url)
        return self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()


class _AsyncProxyTargetCheck(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self._inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await asyncio.get_running_loop().run_in_executor(None, check_target, request.url)
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


def proxy_mounts(options: ScrapeOptions) -> dict[str, str | None]:
    """URL pattern -> proxy URL (None: no proxy) for httpx's `mounts`, as httpx reads the environment.

    `options.proxy` wins over the environment; `NO_PROXY=*` turns the environment's proxies off.
    """
    if options.proxy:
        return {"all://": options.proxy}
    found = urllib.request.getproxies()
    mounts: dict[str, str | None] = {}
    for scheme in ("http", "https", "all"):
        if found.get(scheme):
            proxy = found[scheme]
            mounts[f"{scheme}://"] = proxy if "://" in proxy else f"http://{proxy}"
    for host in (h.strip() for h in found.get("no", "").split(",")):
        if host == "*":
            return {}
        if not host:
            continue
        if "://" in host:
            mounts[host] = None
        elif guard.ip_literal(host) is not None or host.lower() == "localhost":
            mounts[f"all://[{host}]" if ":" in host else f"all://{host}"] = None
        else:  # a domain and its subdomains (".example.org" only the subdomains), as curl reads it
            mounts[f"all://*{host}"] = None
    return mounts


def _limits(options: ScrapeOptions) -> httpx.Limits:
    return client_settings(options)["limits"]


def _sync_transport(options: ScrapeOptions, proxy: str | None = None) -> httpx.BaseTransport:
    transport = httpx.HTTPTransport(limits=_limits(options), proxy=proxy)
    # httpx has no switch for the network backend; the pool reads this attribute at each connection.
    transport._pool._network_backend = _Backend(checked=proxy is None and not options.allow_private)
    if proxy is not None and not options.allow_private:
        return _ProxyTargetCheck(transport)
    return transport


def sync_client(options: ScrapeOptions) -> httpx.Client:
    """The `httpx.Client` of `fetch`: guarded, proxied as configured, deadline-aware."""
    mounts = {pattern: None if proxy is None else _sync_transport(options, proxy)
              for pattern, proxy in proxy_mounts(options).items()}
    return httpx.Client(**client_settings(options), transport=_sync_transport(options), mounts=mounts)


def async_client(options: ScrapeOptions) -> httpx.AsyncClient:
    """The batch engine's `httpx.AsyncClient`: direct requests over aiohttp (guarded), proxied ones over httpx."""
    from .transport import AiohttpTransport

    mounts: dict[str, httpx.AsyncBaseTransport | None] = {}
    for pattern, proxy in proxy_mounts(options).items():
        if proxy is None:
            mounts[pattern] = None
            continue
        transport: httpx.AsyncBaseTransport = httpx.AsyncHTTPTransport(limits=_limits(options), proxy=proxy)
        mounts[pattern] = transport if options.allow_private else _AsyncProxyTargetCheck(transport)
    return httpx.AsyncClient(**client_settings(options), mounts=mounts,
                             transport=AiohttpTransport(allow_private=options.allow_private))


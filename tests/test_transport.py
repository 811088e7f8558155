"""The batch engine's wire (scraper/transport.py): httpx over aiohttp, against real servers on 127.0.0.1.

Each fault must end in the same scraper error as with httpx's own transport
(tests/test_fetch.py), and the request must carry httpx's headers only.
"""
from __future__ import annotations

import asyncio
import socket

import httpx
import pytest

from scraper.errors import ConnectionFailed, FetchTimeout, TooLarge, TooManyRedirects
from scraper.fetch import afetch_once
from scraper.options import DEFAULT_USER_AGENT, ScrapeOptions, client_settings
from scraper.transport import AiohttpTransport

from faultserver import FaultServer, article_html

FAST = ScrapeOptions(allow_private=True, connect_timeout=1.0, read_timeout=1.0, deadline=3.0, max_bytes=100_000)


@pytest.fixture
def server():
    srv = FaultServer()
    yield srv
    srv.close()


def fetch(url: str, options: ScrapeOptions = FAST, transport: AiohttpTransport | None = None):
    """afetch_once through a client on the aiohttp transport, in a fresh event loop."""
    async def main():
        async with httpx.AsyncClient(**client_settings(options), transport=transport or AiohttpTransport(allow_private=True)) as client:
            return await afetch_once(client, url, options)
    return asyncio.run(main())


def test_page_and_exactly_httpx_headers(server):
    url = server.url("/article/one")
    result = fetch(url)
    assert (result.url, result.final_url, result.status) == (url, url, 200)
    assert result.content == article_html("one")
    assert result.charset == "utf-8"
    sent = server.headers["/article/one"]
    assert sent["User-Agent"] == DEFAULT_USER_AGENT  # not aiohttp's "Python/3.x aiohttp/..."
    assert sent["Accept"] == client_settings(FAST)["headers"]["Accept"]
    assert sent["Accept-Encoding"] == "gzip, deflate, br"


@pytest.mark.parametrize("path,name", [("/gzip", "gzip"), ("/br", "br")])
def test_httpx_decodes_compressed_bodies(server, path, name):
    assert fetch(server.url(path)).content == article_html(name)


def test_redirects_are_httpx_s(server):
    assert fetch(server.url("/redirect")).final_url == server.url("/article/target")
    with pytest.raises(TooManyRedirects):
        fetch(server.url("/loop/a"))
    assert server.hits["/loop/a"] + server.hits["/loop/b"] == FAST.max_redirects + 1


def test_silent_server_is_a_read_timeout(server):
    with pytest.raises(FetchTimeout, match=r"^timed out \(ReadTimeout\)$"):
        fetch(server.url("/slow"))


def test_drip_feed_hits_the_deadline(server):
    with pytest.raises(FetchTimeout):
        fetch(server.url("/drip"), FAST.replace(deadline=0.5))


def test_reset_is_a_connection_error_sent_once(server):
    with pytest.raises(ConnectionFailed, match="ReadError"):
        fetch(server.url("/reset"))
    assert server.hits["/reset"] == 1  # aiohttp's own silent resend is off: tries are ours alone


def test_refused_is_a_connection_error():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # bound, never listening: connections are refused
        with pytest.raises(ConnectionFailed, match="ConnectError"):
            fetch(f"http://127.0.0.1:{port}/")


def test_long_header_lines_are_accepted(server):
    assert fetch(server.url("/bigheader")).content == article_html("bigheader")


def test_endless_body_is_cut(server):
    with pytest.raises(TooLarge, match="over the 100000-byte limit"):
        fetch(server.url("/endless"))


def test_keep_alive_reuses_then_expires_connections():
    """Three requests in a row share one connection; after the expiry a new one is opened."""
    async def main() -> list[int]:
        connections = []
        page = article_html("ka")

        async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            connections.append(writer.get_extra_info("peername")[1])
            try:
                while True:
                    await reader.readuntil(b"\r\n\r\n")
                    writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: "
                                 + str(len(page)).encode() + b"\r\n\r\n" + page)
                    await writer.drain()
            except (asyncio.IncompleteReadError, ConnectionError):
                writer.close()

        server = await asyncio.start_server(handle, "127.0.0.1", 0)
        url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}/a"
        transport = AiohttpTransport(keepalive_expiry=0.3, allow_private=True)
        async with server, httpx.AsyncClient(**client_settings(FAST), transport=transport) as client:
            for _ in range(3):
                assert (await afetch_once(client, url, FAST)).content == page
            counts = [len(connections)]
            await asyncio.sleep(0.6)
            assert (await afetch_once(client, url, FAST)).content == page
            counts.append(len(connections))
        return counts

    assert asyncio.run(main()) == [1, 2]

from __future__ import annotations

import socket
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture
def fixture_path():
    """Path of a file in tests/fixtures."""
    return lambda name: FIXTURES / name


@pytest.fixture
def read_fixture():
    """Text of a file in tests/fixtures."""
    return lambda name: (FIXTURES / name).read_text(encoding="utf-8")


# -- a stub resolver and a connect log: guard tests never send traffic off loopback --

DNS = {
    "intranet.test": ["10.0.0.1"],
    "metadata.test": ["169.254.169.254"],
    "mixed.test": ["93.184.216.34", "10.0.0.1"],  # one bad address refuses the name
    "v6.test": ["fd00::1"],
    "news.test": ["93.184.216.34"],  # public, but only ever reached through a proxy here
    "localhost": ["127.0.0.1"],
}
NEVER = {"10.0.0.1", "169.254.169.254", "93.184.216.34", "fd00::1"}


@pytest.fixture
def stub_dns(monkeypatch):
    """guard's resolver answers DNS (a name not in it: unknown); each call is logged."""
    from scraper import guard

    asked: list[str] = []

    def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
        asked.append(host)
        if host in DNS:
            return [(socket.AF_INET6 if ":" in a else socket.AF_INET, socket.SOCK_STREAM, 6, "",
                     (a, port, 0, 0) if ":" in a else (a, port)) for a in DNS[host]]
        if guard.ip_literal(host) is not None:
            return socket.getaddrinfo(host, port, family, type)
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(guard, "getaddrinfo", getaddrinfo)
    return asked


@pytest.fixture
def connects(monkeypatch):
    """Every address a socket of this process connects to (blocking or asyncio)."""
    seen: list[str] = []
    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex

    def connect(self, address):
        seen.append(address[0])
        assert address[0] not in NEVER, f"connected to {address[0]}"
        return real_connect(self, address)

    def connect_ex(self, address):
        seen.append(address[0])
        assert address[0] not in NEVER, f"connected to {address[0]}"
        return real_connect_ex(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    return seen

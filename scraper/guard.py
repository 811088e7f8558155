"""Which addresses a request may go to: the public internet only, unless the caller allows more.

A URL list or a redirect must not turn the scraper into a way into the machine's
own network (loopback services, the private LAN, a cloud's metadata service at
169.254.169.254). So a host is resolved first and refused (`Blocked`) when any of
its addresses is not public; the connection then goes to an address that was
checked, so a second DNS answer (rebinding) cannot slip a private one in.
`ScrapeOptions(allow_private=True)` (`--allow-private`) turns this off.

    public_addresses("example.org", 443)   # [(family, "93.184.215.14"), ...] or Blocked
    await apublic_addresses(host, port)    # the same, resolved off the event loop
    check_host("10.0.0.1")                 # an IP literal: Blocked; a name: nothing to say yet

`getaddrinfo` is this module's own name for the resolver so tests can stand one in.
"""
from __future__ import annotations

import asyncio
import ipaddress
import socket

from .errors import Blocked

__all__ = ["is_public", "ip_literal", "check_host", "public_addresses", "apublic_addresses", "getaddrinfo"]

getaddrinfo = socket.getaddrinfo

_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")  # well-known NAT64 prefix: an IPv4 address inside
_V4_COMPATIBLE = ipaddress.IPv6Network("::/96")  # deprecated IPv4-compatible IPv6 (and :: and ::1)

Address = ipaddress.IPv4Address | ipaddress.IPv6Address


def _embedded_v4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address carries (mapped, 6to4, Teredo, NAT64), if any."""
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip.teredo is not None:
        return ip.teredo[1]
    if ip in _NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def is_public(address: str | Address) -> bool:
    """True if `address` is a unicast address of the public internet.

    Not public: loopback, private (RFC 1918, fc00::/7), link-local (169.254/16 with
    the cloud metadata services, fe80::/10), carrier-grade NAT (100.64/10),
    unspecified (0.0.0.0, ::), documentation, benchmarking and reserved ranges,
    multicast and broadcast; an IPv6 address that carries an IPv4 one is judged
    by that one.
    """
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0] if isinstance(address, str) else address)
    except ValueError:
        return False
    if ip.version == 6:
        inner = _embedded_v4(ip)
        if inner is not None:
            return is_public(inner)
        if ip in _V4_COMPATIBLE:
            return False
    return ip.is_global and not ip.is_multicast


def ip_literal(host: str) -> Address | None:
    """The address a URL's host names directly ("10.0.0.1", "[::1]"), or None for a name."""
    try:
        return ipaddress.ip_address(host.strip("[]").split("%", 1)[0])
    except ValueError:
        return None


def _refuse(host: str, address: object) -> Blocked:
    shown = host if str(address) == host.strip("[]") else f"{host} ({address})"
    return Blocked(f"{shown} is not a public address (--allow-private to allow it)")


def check_host(host: str) -> None:
    """Refuse an IP-literal host that is not public (a name is checked once resolved)."""
    ip = ip_literal(host)
    if ip is not None and not is_public(ip):
        raise _refuse(host, ip)


def public_addresses(host: str, port: int, family: int = 0) -> list[tuple[int, str]]:
    """(family, address) of each address of `host`, all of them public; else Blocked.

    One non-public address refuses the host: an attacker's name may answer with a
    public and a private address and the connection would pick either.
    Resolution failures raise OSError (socket.gaierror), as a connection would.
    """
    infos = getaddrinfo(host, port, family, socket.SOCK_STREAM)
    found: list[tuple[int, str]] = []
    for fam, _, _, _, sockaddr in infos:
        address = str(sockaddr[0])
        if not is_public(address):
            raise _refuse(host, address)
        if (fam, address) not in found:
            found.append((fam, address))
    if not found:
        raise socket.gaierror(socket.EAI_NONAME, f"{host} has no address")
    return found


async def apublic_addresses(host: str, port: int, family: int = 0) -> list[tuple[int, str]]:
    """`public_addresses` in a thread (resolving blocks)."""
    return await asyncio.get_running_loop().run_in_executor(None, public_addresses, host, port, family)

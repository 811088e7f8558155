"""robots.txt for the batch engine: fetched once per host, parsed by protego.

What an answer means (RFC 9309, section 2.3.1):

- 2xx: the rules of the file (an unparsable file allows everything);
- 4xx (no robots.txt): everything allowed;
- 5xx: the host is treated as disallowing everything, for this run;
- no answer (connection error, timeout) or not text: everything allowed; the
  page fetch then reports its own error if the host really is down.
"""
from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx
from protego import Protego

from .errors import FetchError, HTTPStatusError
from .fetch import afetch_once
from .options import ScrapeOptions

__all__ = ["RobotsRules", "load_robots", "origin_of"]

ROBOTS_MAX_BYTES = 512 * 1024  # Google reads the first 500 KiB


def origin_of(url: str) -> str:
    """scheme://host[:port] of a URL, the key robots.txt and the per-host limits go by."""
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


@dataclass
class RobotsRules:
    """The robots.txt rules of one origin."""

    parser: Protego | None = None  # None: everything allowed, unless `blocked`
    blocked: str | None = None  # why everything is disallowed (a 5xx robots.txt)

    def allows(self, url: str, agent: str) -> bool:
        if self.blocked:
            return False
        return self.parser is None or self.parser.can_fetch(url, agent)

    def crawl_delay(self, agent: str) -> float | None:
        if self.parser is None:
            return None
        delay = self.parser.crawl_delay(agent)
        return float(delay) if delay is not None else None


async def load_robots(client: httpx.AsyncClient, origin: str, options: ScrapeOptions) -> RobotsRules:
    """Fetch and parse `origin`/robots.txt (one attempt, the usual limits)."""
    opts = options.replace(max_bytes=min(options.max_bytes, ROBOTS_MAX_BYTES))
    try:
        result = await afetch_once(client, f"{origin}/robots.txt", opts)
    except HTTPStatusError as exc:
        if exc.status is not None and exc.status >= 500:
            return RobotsRules(blocked=f"robots.txt answered HTTP {exc.status}; the host is treated as disallowing all")
        return RobotsRules()
    except FetchError:
        return RobotsRules()
    try:
        return RobotsRules(Protego.parse(result.content.decode("utf-8", errors="replace")))
    except Exception:  # protego is lenient; a file it still cannot read allows everything
        return RobotsRules()

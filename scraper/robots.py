"""robots.txt: fetched once per host (batch) or once per page (`scrape`), parsed by protego.

What an answer means (RFC 9309, section 2.3.1):

- 2xx: the rules of the file (an unparsable file allows everything);
- 4xx (no robots.txt): everything allowed;
- 5xx: the host is treated as disallowing everything, for this run;
- no answer (connection error, timeout) or not text: everything allowed; the
  page fetch then reports its own error if the host really is down.

A file over 500 KiB is read up to there and its first 500 KiB are the rules
(RFC 9309, section 2.5), the line cut at that point left out.
"""
from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx
from protego import Protego

from .errors import FetchError, HTTPStatusError, RobotsDisallowed
from .fetch import FetchResult, afetch_once, fetch_once
from .options import ScrapeOptions

__all__ = ["RobotsRules", "load_robots", "fetch_robots", "check_robots", "origin_of", "ROBOTS_MAX_BYTES"]

ROBOTS_MAX_BYTES = 500 * 1024  # RFC 9309: a crawler must read at least the first 500 KiB


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


def _rules(result: FetchResult | FetchError) -> RobotsRules:
    """What a robots.txt answer (or the failure to get one) means."""
    if isinstance(result, HTTPStatusError):
        if result.status is not None and result.status >= 500:
            return RobotsRules(blocked=f"robots.txt answered HTTP {result.status}; the host is treated as disallowing all")
        return RobotsRules()
    if isinstance(result, FetchError):
        return RobotsRules()
    content = result.content
    if len(content) >= ROBOTS_MAX_BYTES:  # cut at the limit: the last line may be half a rule
        content = content[: content.rfind(b"\n") + 1]
    try:
        return RobotsRules(Protego.parse(content.decode("utf-8", errors="replace")))
    except Exception:  # protego is lenient; a file it still cannot read allows everything
        return RobotsRules()


async def load_robots(client: httpx.AsyncClient, origin: str, options: ScrapeOptions) -> RobotsRules:
    """Fetch and parse `origin`/robots.txt (one attempt, the usual limits)."""
    try:
        return _rules(await afetch_once(client, f"{origin}/robots.txt", options, keep_first=ROBOTS_MAX_BYTES))
    except FetchError as exc:
        return _rules(exc)


def fetch_robots(client: httpx.Client, origin: str, options: ScrapeOptions, *, check_hops: bool = False) -> RobotsRules:
    """`load_robots` for sync code."""
    try:
        return _rules(fetch_once(client, f"{origin}/robots.txt", options, check_hops=check_hops,
                                 keep_first=ROBOTS_MAX_BYTES))
    except FetchError as exc:
        return _rules(exc)


def check_robots(rules: RobotsRules, url: str, options: ScrapeOptions) -> None:
    """RobotsDisallowed unless `rules` let `options`' user agent fetch `url`."""
    if not rules.allows(url, options.robots_agent):
        raise RobotsDisallowed(rules.blocked or "disallowed by robots.txt", url=url)

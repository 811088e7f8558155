"""The settings of every download: one dataclass for `fetch`, `scrape` and the batch engine.

    opts = ScrapeOptions(user_agent="mybot/1.0 (+https://example.org/bot)", tries=5)
    scraper.fetch(url, opts)
    scraper.scrape_many_sync(urls, opts)

`client_settings(opts)` holds the settings every httpx client (sync or async)
gets from these options; `clients.py` builds the clients from them.
"""
from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from typing import Any

import httpx

from .version import DISTRIBUTION, __version__

#: the User-Agent sent unless the caller sets one: the distribution's name and version
#: (robots.txt rules for "byline-scraper" apply to it)
DEFAULT_USER_AGENT = f"{DISTRIBUTION}/{__version__}"


@dataclass(frozen=True)
class ScrapeOptions:
    """Limits, politeness and retry settings shared by `fetch` and the batch engine.

    Times are in seconds, sizes in bytes. `fetch`/`scrape` use the download and
    retry fields; the batch engine uses them all.
    """

    # the request
    user_agent: str = DEFAULT_USER_AGENT
    connect_timeout: float = 10.0
    read_timeout: float = 20.0  # between two bytes of the answer
    deadline: float = 60.0  # for one attempt, redirects and body included
    max_bytes: int = 10 * 1024 * 1024  # of the decoded body; reading stops beyond it
    max_redirects: int = 10
    allow_private: bool = False  # also fetch from loopback, private and link-local addresses (else kind "blocked")
    proxy: str | None = None  # every request through this proxy; None: HTTP(S)_PROXY / NO_PROXY of the environment
    # retries: connect errors, timeouts, HTTP 408, 429, 502, 503, 504
    tries: int = 3  # attempts in all (1 = no retry)
    backoff: float = 1.0  # the first wait; doubled each retry, with jitter
    backoff_max: float = 30.0
    retry_after_max: float = 60.0  # a longer Retry-After is cut to this
    # the batch engine
    concurrency: int = 16  # requests in flight, all hosts together
    per_host: int = 2  # requests in flight to one host
    host_delay: float = 0.0  # between two request starts to one host
    obey_robots: bool = True
    max_crawl_delay: float = 60.0  # a longer robots.txt Crawl-delay is cut to this
    workers: int | None = None  # extraction processes; None = one per core, 0 = a thread here
    extract_timeout: float | None = 30.0  # a page's extraction, before its worker is killed (None: no limit)
    extract_memory: int | None = 2048  # MiB of address space an extraction worker may take (None: no bound)
    window: int = 1024  # input URLs read ahead (bounds memory on long lists)

    def replace(self, **changes: Any) -> "ScrapeOptions":
        """A copy with some fields changed."""
        return dataclasses.replace(self, **changes)

    @property
    def robots_agent(self) -> str:
        """The product token robots.txt rules are matched against ("mybot" in "mybot/1.0 (+https://...)")."""
        token = self.user_agent.split("/", 1)[0].split()
        return token[0] if token else "*"

    @property
    def worker_count(self) -> int:
        """Extraction processes to start (0 = extract in a thread of this process)."""
        return (os.cpu_count() or 1) if self.workers is None else max(0, self.workers)


def resolve_options(options: ScrapeOptions | None = None, **overrides: Any) -> ScrapeOptions:
    """`options` (or the defaults) with keyword overrides; unknown names raise TypeError."""
    base = options or ScrapeOptions()
    return base.replace(**overrides) if overrides else base


def client_settings(options: ScrapeOptions) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client` and `httpx.AsyncClient`.

    The batch engine bounds concurrency itself, so the connection pool does not
    (a pool limit would only add `PoolTimeout`s). The batch client sends over
    `transport.AiohttpTransport`, so `limits` there only reach proxy mounts; the
    keep-alive pool they set is the sync `fetch` client's.
    """
    return {
        "headers": {
            "User-Agent": options.user_agent,
            "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5",
            "Accept-Encoding": "gzip, deflate, br",
        },
        "timeout": httpx.Timeout(options.read_timeout, connect=options.connect_timeout, pool=None),
        "follow_redirects": True,
        "max_redirects": options.max_redirects,
        "limits": httpx.Limits(max_connections=None, max_keepalive_connections=max(options.concurrency, 8)),
    }

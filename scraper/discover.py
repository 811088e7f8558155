"""A site's article URLs, from its feeds and sitemaps (`scraper discover`), ready for a batch.

    found = Discovery("https://example.org/", max_urls=500)
    for url in found: ...                 # as they are found
    found.problems, found.line()          # what could not be read (on_problem: as it happens), a summary

What is read, in this order, every document through the package's fetcher (its
address guard, timeouts, size limit, retries) and, unless robots are ignored,
only where robots.txt allows:

1. robots.txt of the site's origin: its rules, and its `Sitemap:` lines;
2. the home page (the URL given): the feeds it names (feeds.py);
3. each feed: its entries, newest first;
4. the sitemaps robots.txt names, else /sitemap.xml (then /sitemap_index.xml):
   an index's sitemaps are read newest first, depth first, a sitemap's pages
   newest first (sitemaps.py; gzipped ones too).

Each URL is normalised by courlan (scheme and host in lower case, default port,
path dots, tracking parameters and the fragment dropped) and kept once, when it
is on the site's host (the one given or the home page's after redirects, `www.`
aside; `all_hosts` keeps the others), reads as an article's (not the home page,
not a tag, category, author, search or pagination page, not a file such as an
image or a PDF: courlan's filters) and robots.txt allows it. Child sitemaps on
another host are read only when robots.txt names them (the sitemaps protocol's
rule; so are their own sitemaps on their host) or with `all_hosts`. A document that cannot be fetched or read is a
`Problem`, and the discovery goes on; a guessed /sitemap.xml that is not there
is none. It stops at `max_urls` URLs or `max_documents` feeds and sitemaps read.
"""
from __future__ import annotations

import logging
import re
import time
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator
from urllib.parse import urljoin, urlsplit, urlunsplit

import courlan
from courlan.filters import extension_filter, is_not_crawlable, type_filter

from .clients import sync_client
from .errors import FetchError, HTTPStatusError, ScraperError
from .extract.urls import absolute
from .feeds import JSON_FEED_TYPES, feed_links, parse_feed
from .fetch import FetchResult, fetch, is_page_type, validate_url
from .options import ScrapeOptions, resolve_options
from .robots import RobotsRules, check_robots, fetch_robots, origin_of
from .sitemaps import Entry, by_date, parse_sitemap

__all__ = ["Discovery", "Problem", "discover", "normalise", "same_host", "is_article_url"]

log = logging.getLogger(__name__)

_SPACE = re.compile(r"\s")
#: sitemaps tried when robots.txt names none, in order, until one is a sitemap
GUESSED_SITEMAPS = ("/sitemap.xml", "/sitemap_index.xml")
#: media types of a sitemap gzipped as a file (not as a Content-Encoding)
_GZIP_TYPES = frozenset({"application/gzip", "application/x-gzip", "application/octet-stream"})


def _sitemap_type(content_type: str) -> bool:
    """A Content-Type a sitemap comes as: a page's (XML, text, none) or a gzipped file's."""
    return is_page_type(content_type) or content_type.split(";", 1)[0].strip().lower() in _GZIP_TYPES


def _feed_type(content_type: str) -> bool:
    """A Content-Type a feed comes as: a page's (XML, text, none) or a JSON Feed's."""
    return is_page_type(content_type) or content_type.split(";", 1)[0].strip().lower() in JSON_FEED_TYPES


@dataclass
class Problem:
    """A document of the site that could not be fetched or read; the discovery went on without it."""

    url: str
    role: str  # "home page", "feed", "sitemap"
    kind: str  # the error kind, as in batch records ("http_status", "timeout", "blocked"...); "unreadable"
    message: str

    def line(self) -> str:
        return f"{self.role} {self.url}: {self.kind}: {self.message}"


def normalise(url: str) -> str | None:
    """An http(s) URL normalised by courlan, without its fragment; None when it is no such URL."""
    url = url.strip()
    if not url[:8].lower().startswith(("http://", "https://")) or _SPACE.search(url):
        return None
    try:
        parts = urlsplit(courlan.normalize_url(url, strict=False))
    except ValueError:
        return None
    if not parts.hostname:
        return None
    if "/." in parts.path:  # dot segments resolved (RFC 3986, 5.2.4), as urljoin does
        parts = parts._replace(path=urlsplit(urljoin(f"{parts.scheme}://{parts.netloc}/", parts.path)).path)
    return urlunsplit(parts._replace(fragment=""))


def host_key(url: str) -> str:
    """The host a URL is on, in lower case, without a leading `www.` (and without its port)."""
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


def same_host(url: str, hosts: Iterable[str]) -> bool:
    return host_key(url) in hosts


def is_article_url(url: str) -> bool:
    """Whether a (normalised) URL can be an article's by courlan's filters: not the home page, not
    navigation (tags, categories, authors, search, pagination, feeds), not a file of another kind."""
    parts = urlsplit(url)
    if parts.path in ("", "/") and not parts.query:
        return False
    return extension_filter(parts.path) and type_filter(url) and not is_not_crawlable(url)


@dataclass
class _Sitemap:
    url: str
    trusted: bool  # named by robots.txt: read on any host, and its own sitemaps on its host
    guessed: bool = False  # one of GUESSED_SITEMAPS: its absence is no problem


@dataclass
class Discovery:
    """The article URLs of one site (iterate to run it; once). See the module docstring."""

    site: str
    options: ScrapeOptions = field(default_factory=ScrapeOptions)
    max_urls: int | None = None
    all_hosts: bool = False
    max_documents: int = 100  # feeds and sitemaps read, all together
    on_problem: Callable[[Problem], None] | None = None  # told of each Problem as it happens
    # what the run did
    found: int = 0
    feeds: list[str] = field(default_factory=list)  # feeds read
    sitemaps: list[str] = field(default_factory=list)  # sitemaps read (indexes included)
    problems: list[Problem] = field(default_factory=list)
    other_hosts: int = 0  # URLs left out: on another host
    not_articles: int = 0  # URLs left out: not an article's by their address
    disallowed: int = 0  # URLs left out: robots.txt disallows them
    stopped: str | None = None  # why it stopped before reading everything ("max_urls", "max_documents")

    def __post_init__(self) -> None:
        self.site = validate_url(self.site)
        self._seen: set[str] = set()
        self._hosts = {host_key(self.site)}
        self._rules: dict[str, RobotsRules] = {}
        self._last: dict[str, float] = {}  # origin -> when its last request started
        self._documents = 0

    def __iter__(self) -> Iterator[str]:
        with sync_client(self.options) as client:
            self._client = client
            yield from self._run()

    # -- the walk ---------------------------------------------------------------------

    def _run(self) -> Iterator[str]:
        origin = origin_of(self.site)
        rules = self._robots(origin)
        # (one that cannot be read is kept as written: reading it reports it)
        named = [absolute(url, origin + "/") or url for url in (rules.parser.sitemaps if rules.parser else ())]
        home = self._get(self.site, "home page")
        feeds: list[str] = []
        if home is not None:
            self._hosts.add(host_key(home.final_url))
            try:
                feeds = feed_links(home.text, home.final_url)
            except ScraperError as exc:  # (Unparsable: lexbor could not read the page)
                self._problem(home.final_url, "home page", exc.kind, exc.message)
            log.info("%s names %d feeds", home.final_url, len(feeds))
        for feed in feeds:
            if self._full():
                return
            result = self._get(feed, "feed", count=True)
            if result is None:
                continue
            entries = parse_feed(result.content, result.final_url)
            if not entries.kind:
                self._problem(feed, "feed", "unreadable", "not an RSS, Atom or JSON feed")
                continue
            self.feeds.append(feed)
            yield from self._emit(by_date(entries.entries))
        queue = [_Sitemap(url, trusted=True) for url in dict.fromkeys(named)]
        guesses = [] if queue else [_Sitemap(urljoin(origin, path), trusted=True, guessed=True)
                                    for path in GUESSED_SITEMAPS]
        read: set[str] = set()
        while (queue or guesses) and not self._full():
            sitemap = queue.pop(0) if queue else guesses.pop(0)
            if sitemap.url in read:
                continue
            read.add(sitemap.url)
            result = self._get(sitemap.url, "sitemap", count=True, accept_absent=sitemap.guessed)
            if result is None:
                continue
            try:
                doc = parse_sitemap(result.content, result.final_url, max_bytes=self.options.max_bytes)
            except FetchError as exc:  # a gzipped sitemap over the size limit, or broken
                self._problem(sitemap.url, "sitemap", exc.kind, exc.message)
                continue
            if not doc.kind:
                if not sitemap.guessed:
                    self._problem(sitemap.url, "sitemap", "unreadable", "not a sitemap")
                continue
            guesses.clear()
            self.sitemaps.append(sitemap.url)
            log.info("sitemap %s: %d pages, %d sitemaps", sitemap.url, len(doc.pages), len(doc.sitemaps))
            hosts = self._hosts | {host_key(sitemap.url)} if sitemap.trusted else self._hosts
            children = [_Sitemap(url, trusted=False) for entry in by_date(doc.sitemaps)
                        if (url := normalise(entry.url)) and url not in read
                        and (self.all_hosts or same_host(url, hosts))]
            queue[:0] = children  # depth first: the newest sitemaps' pages come before older sitemaps
            yield from self._emit(by_date(doc.pages))

    def _full(self) -> bool:
        """Whether to stop (and why, in `stopped`)."""
        if self.max_urls is not None and self.found >= self.max_urls:
            self.stopped = "max_urls"
        elif self._documents >= self.max_documents:
            self.stopped = "max_documents"
        return self.stopped is not None

    def _emit(self, entries: list[Entry]) -> Iterator[str]:
        for entry in entries:
            if self.max_urls is not None and self.found >= self.max_urls:
                self.stopped = "max_urls"
                return
            url = normalise(entry.url)
            if url is None or url in self._seen:
                continue
            self._seen.add(url)
            if not self.all_hosts and not same_host(url, self._hosts):
                self.other_hosts += 1
            elif not is_article_url(url):
                self.not_articles += 1
            elif not self._allowed(url):
                self.disallowed += 1
            else:
                self.found += 1
                yield url

    # -- fetching ---------------------------------------------------------------------

    def _robots(self, origin: str) -> RobotsRules:
        """The rules of an origin, read once (the Sitemap lines are read even when robots are ignored)."""
        rules = self._rules.get(origin)
        if rules is None:
            self._wait(origin)
            rules = self._rules[origin] = fetch_robots(self._client, origin, self.options,
                                                       check_hops=not self.options.allow_private)
            log.info("robots.txt of %s: %s", origin, rules.blocked or "read")
        return rules

    def _allowed(self, url: str) -> bool:
        """robots.txt allows `url` (its origin's rules when they were read; others are the batch's to check)."""
        rules = self._rules.get(origin_of(url))
        return not self.options.obey_robots or rules is None or rules.allows(url, self.options.robots_agent)

    def _wait(self, origin: str) -> None:
        """Space two requests to one origin by the delay asked for, or robots.txt's Crawl-delay if longer."""
        delay = self.options.host_delay
        rules = self._rules.get(origin)
        crawl = rules.crawl_delay(self.options.robots_agent) if rules is not None and self.options.obey_robots else None
        if crawl:
            delay = max(delay, min(crawl, self.options.max_crawl_delay))
        last = self._last.get(origin)
        if last is not None and delay > 0:
            time.sleep(max(0.0, last + delay - time.monotonic()))
        self._last[origin] = time.monotonic()

    def _get(self, url: str, role: str, *, count: bool = False, accept_absent: bool = False) -> FetchResult | None:
        """The document at `url`, or None (and a Problem) when it cannot be had (InvalidURL: one that
        cannot be read, from a feed link, a robots.txt Sitemap line)."""
        if count:
            self._documents += 1
        try:
            origin = origin_of(validate_url(url))
            if self.options.obey_robots:
                check_robots(self._robots(origin), url, self.options)
            self._wait(origin)
            accept = _sitemap_type if role == "sitemap" else _feed_type if role == "feed" else None
            return fetch(url, self.options, client=self._client, accept=accept)
        except FetchError as exc:
            if accept_absent and isinstance(exc, HTTPStatusError) and exc.status in (404, 410):
                log.info("%s %s: none (HTTP %s)", role, url, exc.status)
                return None
            self._problem(url, role, exc.kind, exc.message)
            return None

    def _problem(self, url: str, role: str, kind: str, message: str) -> None:
        log.warning("%s %s: %s: %s", role, url, kind, message)
        problem = Problem(url, role, kind, message)
        self.problems.append(problem)
        if self.on_problem is not None:
            self.on_problem(problem)

    def line(self) -> str:
        """A one-line summary of the run."""
        def count(n: int, what: str) -> str:
            return f"{n} {what}{'' if n == 1 else 's'}"

        line = f"{count(self.found, 'URL')} from {count(len(self.feeds), 'feed')} and {count(len(self.sitemaps), 'sitemap')}"
        left = [f"{n} {what}" for n, what in ((self.other_hosts, "on other hosts"),
                                              (self.not_articles, "not articles"),
                                              (self.disallowed, "disallowed by robots.txt")) if n]
        if left:
            line += "; left out: " + ", ".join(left)
        if self.stopped:
            line += f"; stopped at --{self.stopped.replace('_', '-')}"
        if self.problems:
            line += f"; {count(len(self.problems), 'document')} could not be read"
        return line


def discover(site: str, options: ScrapeOptions | None = None, *, max_urls: int | None = None,
             all_hosts: bool = False, max_documents: int = 100, **overrides: object) -> list[str]:
    """The article URLs of `site` (see `Discovery`); options as `fetch` takes them."""
    opts = resolve_options(options, **overrides)
    return list(Discovery(site, opts, max_urls=max_urls, all_hosts=all_hosts, max_documents=max_documents))

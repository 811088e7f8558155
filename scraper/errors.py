"""One exception tree for everything `scraper` raises.

    ScraperError
    ├── FetchError                 (anything between a URL and its HTML)
    │   ├── InvalidURL             kind "invalid_url"
    │   ├── FetchTimeout           kind "timeout"
    │   ├── ConnectionFailed       kind "connection"
    │   ├── TooManyRedirects       kind "redirects"
    │   ├── HTTPStatusError        kind "http_status"  (.status)
    │   ├── TooLarge               kind "too_large"
    │   ├── NotHTML                kind "not_html"
    │   ├── BadResponse            kind "bad_response"  (a malformed answer; never retried)
    │   ├── Blocked                kind "blocked"  (a non-public address; ScrapeOptions.allow_private)
    │   └── RobotsDisallowed       kind "robots"
    ├── ExtractionError            kind "extraction"
    │   ├── Unparsable             kind "unparsable"  (the HTML parser failed on the page)
    │   └── OutOfMemory            kind "memory"  (the page needed more memory than extraction may take)
    ├── OutputError                kind "output"  (a run's output file refused: never a record)
    └── InternalError              kind "internal"  (a bug of this package, kept in its record)

Every class carries `kind`, the short name used in batch error records.
"""
from __future__ import annotations


class ScraperError(Exception):
    """Base class of every error this package raises."""

    kind: str = "error"

    def __init__(self, message: str, *, url: str | None = None, status: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.url = url
        self.status = status

    def to_dict(self) -> dict[str, object]:
        """The `error` object of a batch record."""
        return {"kind": self.kind, "message": self.message, "status": self.status}


class FetchError(ScraperError):
    """A URL could not be turned into a page."""

    kind = "fetch"


class InvalidURL(FetchError):
    kind = "invalid_url"


class FetchTimeout(FetchError):
    kind = "timeout"


class ConnectionFailed(FetchError):
    kind = "connection"


class TooManyRedirects(FetchError):
    kind = "redirects"


class HTTPStatusError(FetchError):
    kind = "http_status"

    #: seconds the server asked to wait (its Retry-After header), if it said
    retry_after: float | None = None


class TooLarge(FetchError):
    kind = "too_large"


class NotHTML(FetchError):
    kind = "not_html"


class BadResponse(FetchError):
    """The server's answer breaks HTTP (status line, headers, framing, content encoding)."""

    kind = "bad_response"


class Blocked(FetchError):
    """The host resolves to an address that is not on the public internet (loopback, private, link-local...)."""

    kind = "blocked"


class RobotsDisallowed(FetchError):
    kind = "robots"


class ExtractionError(ScraperError):
    """A page was fetched but no article could be read from it."""

    kind = "extraction"


class Unparsable(ExtractionError):
    """The HTML parser (lexbor) could not read the page: it fails when it cannot get the memory it
    asks for (a process's address space limit, `--extract-memory` in a batch's workers)."""

    kind = "unparsable"


class OutOfMemory(ExtractionError):
    """Extracting the page needed more memory than the process may take (`--extract-memory`)."""

    kind = "memory"


class OutputError(ScraperError):
    """A run's output cannot be used: the input itself, not an output of ours, or in use by another run."""

    kind = "output"


class InternalError(ScraperError):
    """A bug of this package met while handling one URL; the record says so instead of the run dying."""

    kind = "internal"


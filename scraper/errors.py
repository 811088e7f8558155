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
    │   └── RobotsDisallowed       kind "robots"
    └── ExtractionError            kind "extraction"

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


class RobotsDisallowed(FetchError):
    kind = "robots"


class ExtractionError(ScraperError):
    """A page was fetched but no article could be read from it."""

    kind = "extraction"


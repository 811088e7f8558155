"""The result types: what every extraction returns, as plain dataclasses.

`Article.to_dict()` gives the JSON schema documented in README.md; nothing in
here knows how an article was found.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Author:
    """A person (or, when the page gives nothing better, an organisation) credited with the article."""

    name: str
    role: str | None = None
    bio: str | None = None
    url: str | None = None


@dataclass
class Image:
    """An image of the article: the lead image first, then those in the body."""

    url: str | None = None
    caption: str | None = None
    credit: str | None = None
    alt: str | None = None


@dataclass
class RelatedArticle:
    """A teaser for another article, found inside the article or right after it."""

    title: str
    url: str | None = None
    teaser: str | None = None


@dataclass
class Article:
    """One extracted article. `body` holds plain-text paragraphs separated by one blank line."""

    url: str | None = None
    canonical_url: str | None = None
    headline: str | None = None
    description: str | None = None
    authors: list[Author] = field(default_factory=list)
    published: str | None = None
    modified: str | None = None
    site_name: str | None = None
    language: str | None = None
    tags: list[str] = field(default_factory=list)
    editor_note: str | None = None
    reading_time_minutes: int | None = None
    images: list[Image] = field(default_factory=list)
    body: str = ""
    related: list[RelatedArticle] = field(default_factory=list)
    is_article: bool = True

    @property
    def paragraphs(self) -> list[str]:
        """The body split into its paragraphs."""
        return [p for p in self.body.split("\n\n") if p.strip()]

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict with exactly the documented keys."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Article":
        """The inverse of `to_dict` (unknown keys are ignored)."""
        known = {f for f in cls.__dataclass_fields__}
        kw = {k: v for k, v in data.items() if k in known}
        kw["authors"] = [Author(**a) for a in kw.get("authors") or []]
        kw["images"] = [Image(**i) for i in kw.get("images") or []]
        kw["related"] = [RelatedArticle(**r) for r in kw.get("related") or []]
        return cls(**kw)

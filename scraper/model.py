"""The result types: what every extraction returns, as plain dataclasses.

`Article.to_dict()` gives the JSON schema documented in README.md; nothing in
here knows how an article was found.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Author:
    """A person (or, when the page gives nothing better, an organisation) credited with the article.

    `organisation` is true for a newsroom, a publication or the site credited in the byline when the
    page names no person ("By Redaktion"): it stands in `Article.authors` alone, so the credit is not
    lost, and a reader that wants people only leaves it out. `shown` is false when a reader of the page
    never sees the name: only its metadata (meta tags, JSON-LD) or a hidden element credits it."""

    name: str
    role: str | None = None
    bio: str | None = None
    url: str | None = None
    organisation: bool = False
    shown: bool = True


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


@dataclass(slots=True)
class Span:
    """Inline markup over `text[start:end]` of one body paragraph: a link (`url` absolute),
    emphasis (`em`), strong emphasis (`strong`) or code (`code`)."""

    start: int
    end: int
    kind: str  # link, em, strong, code
    url: str | None = None


@dataclass(slots=True)
class Block:
    """How one body paragraph is laid out, for renderings that keep the article's structure
    (Markdown). One per paragraph of `Article.body`, in order; the text is the paragraph's."""

    kind: str = "p"  # p, h (a heading), li (a list item's first paragraph), code, head / row (table rows)
    level: int = 0  # a heading's level, 1 to 6
    depth: int = 0  # lists around it: a list item's nesting (1 = top); other kinds continue the item at depth
    number: int | None = None  # an ordered list item's number (None: a bullet)
    quote: int = 0  # block quotes around it
    cells: list[int] | None = None  # a table row: each cell's length in the text (cells joined by one space)
    code: str | None = None  # a code block's text as the page has it (indentation kept), when it differs
    language: str | None = None  # a code block's language, as its class names it ("language-python")
    spans: list[Span] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready, fields at their default left out ("kind" always there)."""
        out: dict[str, Any] = {"kind": self.kind}
        if self.level:
            out["level"] = self.level
        if self.depth:
            out["depth"] = self.depth
        if self.number is not None:
            out["number"] = self.number
        if self.quote:
            out["quote"] = self.quote
        if self.cells is not None:
            out["cells"] = list(self.cells)
        if self.code is not None:
            out["code"] = self.code
        if self.language is not None:
            out["language"] = self.language
        if self.spans:
            out["spans"] = [{"start": s.start, "end": s.end, "kind": s.kind, **({"url": s.url} if s.url else {})}
                            for s in self.spans]
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Block":
        """The inverse of `to_dict` (unknown keys are ignored)."""
        known = {f for f in cls.__dataclass_fields__}
        kw = {k: v for k, v in data.items() if k in known}
        kw["spans"] = [Span(**s) for s in kw.get("spans") or []]
        return cls(**kw)


#: the Article fields that hold dataclasses (`to_dict` makes them dicts)
_NESTED = frozenset(("authors", "images", "related"))


@dataclass
class Article:
    """One extracted article. `body` holds plain-text paragraphs separated by one blank line;
    `structure` how each is laid out (headings, lists, quotes, code, tables, links, emphasis), or
    nothing when only the text is known (a text dump, a body declared in JSON-LD)."""

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
    structure: list[Block] = field(default_factory=list)
    related: list[RelatedArticle] = field(default_factory=list)
    is_article: bool = True

    @property
    def paragraphs(self) -> list[str]:
        """The body split into its paragraphs."""
        return [p for p in self.body.split("\n\n") if p.strip()]

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict with exactly the documented keys."""
        out: dict[str, Any] = {}
        for name in self.__dataclass_fields__:
            value = getattr(self, name)
            if name == "structure":  # compact: a block's default fields left out
                out[name] = [b.to_dict() for b in value]
            elif name in _NESTED:
                out[name] = [asdict(v) for v in value]
            elif isinstance(value, list):
                out[name] = list(value)
            else:
                out[name] = value
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Article":
        """The inverse of `to_dict` (unknown keys are ignored)."""
        known = {f for f in cls.__dataclass_fields__}
        kw = {k: v for k, v in data.items() if k in known}
        kw["authors"] = [Author(**a) for a in kw.get("authors") or []]
        kw["images"] = [Image(**i) for i in kw.get("images") or []]
        kw["related"] = [RelatedArticle(**r) for r in kw.get("related") or []]
        kw["structure"] = [Block.from_dict(b) for b in kw.get("structure") or []]
        return cls(**kw)

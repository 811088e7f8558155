"""Article -> JSON, JSON Lines, Markdown or plain text; a run's records -> CSV rows or one file each."""
from __future__ import annotations

import csv
import io
import json
from typing import Any, Callable

from .decode import scrub_surrogates
from .markdown import body_markdown, escape, escape_line_start, heading, url_part
from .model import Article

FORMATS = ("json", "jsonl", "markdown", "text")
#: formats of a record file (one record a line or row), and of one file per record
RECORD_FORMATS = ("jsonl", "csv")
FILE_FORMATS = ("json", "jsonl", "csv", "markdown", "text")
#: the file name ending of each format
SUFFIXES = {"json": ".json", "jsonl": ".jsonl", "csv": ".csv", "markdown": ".md", "text": ".txt"}


def to_json(article: Article, indent: int | None = 2) -> str:
    """The article's `to_dict()` as JSON (UTF-8 kept readable)."""
    return json.dumps(article.to_dict(), ensure_ascii=False, indent=indent)


def to_jsonl(article: Article) -> str:
    """One line of JSON."""
    return to_json(article, indent=None)


def _byline(article: Article) -> str:
    parts = []
    if article.authors:
        parts.append("By " + ", ".join(a.name + (f" ({a.role})" if a.role else "") for a in article.authors))
    if article.published:
        parts.append(article.published[:10])
    if article.site_name:
        parts.append(article.site_name)
    if article.reading_time_minutes:
        parts.append(f"{article.reading_time_minutes} min read")
    return " · ".join(parts)


def _line(text: str, edges: bool = False, link: bool = False) -> str:
    """Text on one line of Markdown, escaped (`markdown.escape`: `edges` between markup, `link` link text)."""
    return escape(" ".join(text.split()), edges, link)


def to_markdown(article: Article) -> str:
    """A readable Markdown rendering: headline, byline, note, images, the body with its structure
    (`markdown.body_markdown`), related articles, authors' bios. Every text is escaped."""
    out: list[str] = []
    if article.headline:
        out.append(heading(" ".join(article.headline.split()), 1))
    byline = _byline(article)
    if byline:
        out.append(f"*{_line(byline, edges=True)}*")
    if article.editor_note:
        out.append(f"> **Editor's note:** {_line(article.editor_note)}")
    for image in article.images:
        if image.url:
            out.append(f"![{_line(image.alt or image.caption or '', link=True)}]({url_part(image.url)})")
        caption = " ".join(x for x in (image.caption, f"({image.credit})" if image.credit else None) if x)
        if caption:
            out.append(f"*{_line(caption, edges=True)}*")
    paragraphs = article.paragraphs
    if paragraphs:
        out.append(body_markdown(paragraphs, article.structure))
    if article.related:
        out.append("## Related")
        out.append("\n".join(
            (f"- [{_line(r.title, link=True)}]({url_part(r.url)})" if r.url else "- " + escape_line_start(_line(r.title)))
            + (f": {_line(r.teaser)}" if r.teaser else "")
            for r in article.related))
    bios = [a for a in article.authors if a.bio]
    if bios:
        out.append("## About the author" + ("s" if len(bios) > 1 else ""))
        out.extend(f"**{_line(a.name, edges=True)}**" + (f", {_line(a.role)}" if a.role else "") + f". {_line(a.bio or '')}"
                   for a in bios)
    return "\n\n".join(out) + "\n"


def to_text(article: Article) -> str:
    """Plain text: headline, byline, a blank line, then the body paragraphs."""
    head = [x for x in (article.headline, _byline(article)) if x]
    parts = ["\n".join(head)] if head else []
    if article.body:
        parts.append(article.body)
    return "\n\n".join(parts) + "\n"


RENDERERS: dict[str, Callable[[Article], str]] = {
    "json": lambda a: to_json(a) + "\n",
    "jsonl": lambda a: to_jsonl(a) + "\n",
    "markdown": to_markdown,
    "text": to_text,
}


def render(article: Article, fmt: str) -> str:
    """The article in one of `FORMATS` (always encodable as UTF-8: lone surrogates become U+FFFD)."""
    try:
        renderer = RENDERERS[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}") from None
    return scrub_surrogates(renderer(article))


# -- records (an article with what the run knows of it, or an error) ---------------------------

#: the columns of a CSV record: flat values, lists joined ("; " between names and tags, a space
#: between URLs), the first image's fields, `status` the HTTP status of an article or an error
CSV_COLUMNS = (
    "index", "url", "source", "final_url", "status", "fetched_at", "error_kind", "error_message",
    "canonical_url", "headline", "description", "authors", "published", "modified", "site_name",
    "language", "tags", "editor_note", "reading_time_minutes", "image_url", "image_caption",
    "image_credit", "related_urls", "is_article", "body",
)


def csv_values(record: dict[str, Any]) -> list[str]:
    """A record's row, in `CSV_COLUMNS` order ("" for what it does not have)."""
    error = record.get("error") or {}
    images = record.get("images") or [{}]
    flat: dict[str, Any] = {
        **record,
        "status": record.get("status", error.get("status")),
        "error_kind": error.get("kind"),
        "error_message": error.get("message"),
        "authors": "; ".join(a["name"] for a in record.get("authors") or []),
        "tags": "; ".join(record.get("tags") or []),
        "image_url": images[0].get("url"),
        "image_caption": images[0].get("caption"),
        "image_credit": images[0].get("credit"),
        "related_urls": " ".join(r["url"] for r in record.get("related") or [] if r.get("url")),
    }
    if "is_article" in record:
        flat["is_article"] = "true" if record["is_article"] else "false"
    return ["" if flat.get(name) is None else str(flat[name]) for name in CSV_COLUMNS]


def csv_line(values: list[str]) -> str:
    """One CSV row (RFC 4180: quoted where needed, CRLF at the end), valid UTF-8 (see `scrub_surrogates`)."""
    buffer = io.StringIO()
    csv.writer(buffer).writerow(values)
    return scrub_surrogates(buffer.getvalue())


def render_record(record: dict[str, Any], fmt: str) -> str:
    """A record as a file of its own: JSON (indented), one JSON line, a CSV header and row, or the
    article as Markdown or text."""
    if fmt == "json":
        return scrub_surrogates(json.dumps(record, ensure_ascii=False, indent=2)) + "\n"
    if fmt == "jsonl":
        return scrub_surrogates(json.dumps(record, ensure_ascii=False)) + "\n"
    if fmt == "csv":
        return csv_line(list(CSV_COLUMNS)) + csv_line(csv_values(record))
    return render(Article.from_dict(record), fmt)

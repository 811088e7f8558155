"""Article -> JSON, JSON Lines, Markdown or plain text."""
from __future__ import annotations

import json
from typing import Callable

from .model import Article

FORMATS = ("json", "jsonl", "markdown", "text")


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


def _md_escape(text: str) -> str:
    return text.replace("[", "\\[").replace("]", "\\]")


def to_markdown(article: Article) -> str:
    """A readable Markdown rendering: headline, byline, note, lead image, body, related, authors."""
    out: list[str] = []
    if article.headline:
        out.append(f"# {article.headline}")
    byline = _byline(article)
    if byline:
        out.append(f"*{byline}*")
    if article.editor_note:
        out.append(f"> **Editor's note:** {article.editor_note}")
    for image in article.images:
        if image.url:
            out.append(f"![{_md_escape(image.alt or image.caption or '')}]({image.url})")
        caption = " ".join(x for x in (image.caption, f"({image.credit})" if image.credit else None) if x)
        if caption:
            out.append(f"*{caption}*")
    out.extend(article.paragraphs)
    if article.related:
        out.append("## Related")
        out.append("\n".join(
            (f"- [{_md_escape(r.title)}]({r.url})" if r.url else f"- {r.title}") + (f": {r.teaser}" if r.teaser else "")
            for r in article.related))
    bios = [a for a in article.authors if a.bio]
    if bios:
        out.append("## About the author" + ("s" if len(bios) > 1 else ""))
        out.extend(f"**{a.name}**" + (f", {a.role}" if a.role else "") + f". {a.bio}" for a in bios)
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
    """The article in one of `FORMATS`."""
    try:
        return RENDERERS[fmt](article)
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}") from None

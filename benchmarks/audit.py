"""A precision read: every author, bio, caption, credit and related title found on the dev pages.

Scores tell how often a field is right on labelled pages; this listing shows what the
extractor finds on all of them, one finding a line, so a person can read a thousand in
minutes and spot the odd ones ("Advertisement" as a caption, "Share" as an author, a bio
that belongs to someone else):

    .venv/bin/python benchmarks/audit.py > /tmp/audit.tsv              # all fields
    .venv/bin/python benchmarks/audit.py --field credit --field caption
    .venv/bin/python benchmarks/audit.py --repeated                    # values found on 3+ pages first

Each line: `field<TAB>page id<TAB>value` (tabs and line breaks in a value shown as spaces);
fields: author, role, bio, caption, credit, image, related, related_url, note, headline.
`--repeated` lists values found on several pages first, with their count: a value
that many sites share is more often furniture than data.
"""
from __future__ import annotations

import argparse
import gzip
import sys
import warnings
from collections import Counter
from pathlib import Path
from typing import Iterator

from snapshot import BENCH, gold_urls

FIELDS = ("headline", "author", "role", "bio", "caption", "credit", "image", "related", "related_url", "note")


def findings(article: dict) -> Iterator[tuple[str, str]]:
    """(field, value) of every block the extractor found in one article record."""
    yield "headline", article.get("headline") or ""
    for a in article.get("authors") or []:
        yield "author", a.get("name") or ""
        if a.get("role"):
            yield "role", a["role"]
        if a.get("bio"):
            yield "bio", a["bio"]
    for img in article.get("images") or []:
        if img.get("caption"):
            yield "caption", img["caption"]
        if img.get("credit"):
            yield "credit", img["credit"]
        yield "image", img.get("url") or ""
    for rel in article.get("related") or []:
        yield "related", rel.get("title") or ""
        yield "related_url", rel.get("url") or ""
    if article.get("editor_note"):
        yield "note", article["editor_note"]


def flat(value: str) -> str:
    return " ".join(value.split())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--field", action="append", choices=FIELDS, help="only these fields (repeatable)")
    ap.add_argument("--repeated", action="store_true", help="values found on several pages first, with counts")
    ap.add_argument("--bench", type=Path, default=BENCH)
    args = ap.parse_args()
    warnings.filterwarnings("ignore")
    import scraper

    wanted = set(args.field or FIELDS)
    urls = gold_urls(args.bench)
    rows: list[tuple[str, str, str]] = []
    for path in sorted((args.bench / "pages").glob("*.html.gz")):
        page_id = path.name.split(".")[0]
        try:
            article = scraper.extract(gzip.decompress(path.read_bytes()), urls.get(page_id)).to_dict()
        except scraper.ScraperError as exc:
            rows.append(("error", page_id, flat(str(exc))))
            continue
        rows.extend((field, page_id, flat(value)) for field, value in findings(article) if field in wanted)
    out = sys.stdout
    if args.repeated:
        pages_of = Counter((f, v) for f, v, _ in {(f, v.casefold(), p) for f, p, v in rows})
        rows.sort(key=lambda r: (-pages_of[(r[0], r[2].casefold())], r[0], r[2].casefold(), r[1]))
        for field, page_id, value in rows:
            out.write(f"{field}\t{page_id}\t{value}\t{pages_of[(field, value.casefold())]}\n")
        return
    rows.sort(key=lambda r: (FIELDS.index(r[0]) if r[0] in FIELDS else -1, r[1]))
    for field, page_id, value in rows:
        out.write(f"{field}\t{page_id}\t{value}\n")


if __name__ == "__main__":
    main()

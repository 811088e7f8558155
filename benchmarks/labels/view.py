#!/usr/bin/env python3
"""Show a bench page as a labeller reads it: an outline of what the page displays.

    python benchmarks/labels/view.py ID            # ID like aeb-851498a2b9f4f0b5 (or a path to a .html.gz)
    python benchmarks/labels/view.py ID --meta     # also the <head> metas and JSON-LD (context only)
    python benchmarks/labels/view.py ID --raw      # the raw HTML, for grep

Each block element starts a line, indented by depth, as `tag.class#id: text`; links show as
[text](href), images as ![alt](src | srcset/data-src when present), <noscript> and hidden
elements are marked (NOSCRIPT / HIDDEN). Scripts and styles are left out. This is a plain view
of the markup, not an extractor: the label is what a reader sees on the page.
"""
from __future__ import annotations

import gzip
import json
import re
import sys
from pathlib import Path
from urllib.parse import urljoin

from selectolax.lexbor import LexborHTMLParser

BENCH = Path(__file__).resolve().parents[3] / "shared" / "bench"
BLOCK = {"html", "body", "div", "section", "article", "aside", "header", "footer", "nav", "main", "p", "h1", "h2",
         "h3", "h4", "h5", "h6", "ul", "ol", "li", "figure", "figcaption", "blockquote", "table", "tr", "td", "th",
         "form", "dl", "dt", "dd", "pre", "address", "details", "summary", "noscript", "picture", "video", "iframe",
         "hr", "br", "time", "button", "label", "select", "fieldset", "caption", "center", "menu"}
SKIP = {"script", "style", "template", "svg", "head", "meta", "link", "path", "source-x"}
HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def load(arg: str) -> tuple[str, str | None]:
    path = Path(arg)
    if not path.exists():
        path = BENCH / "pages" / f"{arg}.html.gz"
    data = path.read_bytes()
    if path.suffix == ".gz":
        data = gzip.decompress(data)
    url = None
    page_id = path.name.split(".")[0]
    for line in (BENCH / "gold.jsonl").open(encoding="utf-8"):
        row = json.loads(line)
        if row["id"] == page_id:
            url = row.get("url")
            break
    return data.decode("utf-8", errors="replace"), url


def short(node) -> str:
    attrs = node.attributes
    s = node.tag
    if attrs.get("class"):
        s += "." + ".".join((attrs["class"] or "").split())[:80]
    if attrs.get("id"):
        s += "#" + (attrs["id"] or "")[:40]
    for k in ("itemprop", "rel", "role", "aria-label", "data-testid"):
        if attrs.get(k):
            s += f"[{k}={attrs[k][:40]}]"
    return s


def img_text(node, base: str | None) -> str:
    a = node.attributes
    src = a.get("src") or ""
    extra = [f"{k}={(a.get(k) or '')[:120]}" for k in ("srcset", "data-src", "data-srcset", "data-lazy-src")
             if a.get(k)]
    if base and src:
        try:
            src = urljoin(base, src)
        except ValueError:
            pass
    alt = (a.get("alt") or "").strip()
    return f"![{alt}]({src}{' | ' + ' '.join(extra) if extra else ''})"


def outline(html: str, base: str | None) -> list[str]:
    tree = LexborHTMLParser(html)
    lines: list[str] = []
    cur: list[str] = []
    cur_head = [""]

    def flush() -> None:
        text = " ".join("".join(cur).split())
        if text:
            lines.append(cur_head[0] + text)
        cur.clear()

    def walk(node, depth: int, flags: str) -> None:
        for child in node.iter(include_text=True):
            if child.is_text_node:
                cur.append(child.text_content or "")
                continue
            tag = child.tag
            if tag in SKIP or tag.startswith("#"):
                continue
            a = child.attributes
            f = flags
            if tag == "noscript":
                f += "NOSCRIPT "
            if "hidden" in a or (a.get("aria-hidden") == "true") or HIDDEN.search(a.get("style") or ""):
                f += "HIDDEN "
            if tag in ("img", "amp-img"):
                cur.append(" " + img_text(child, base) + " ")
                continue
            if tag == "a":
                href = a.get("href") or ""
                if base and href and not href.startswith(("javascript:", "#")):
                    try:
                        href = urljoin(base, href)
                    except ValueError:
                        pass
                start = len(cur)
                walk(child, depth, f)
                inner = " ".join("".join(cur[start:]).split())
                del cur[start:]
                cur.append(f" [{inner}]({href}) ")
                continue
            if tag in BLOCK:
                flush()
                prefix = "  " * min(depth, 30) + (f"{f}" if f else "") + short(child) + ": "
                old = cur_head[0]
                cur_head[0] = prefix
                if tag == "time" and a.get("datetime"):
                    cur.append(f"[datetime={a['datetime']}] ")
                walk(child, depth + 1, f)
                flush()
                cur_head[0] = old
            else:
                walk(child, depth, f)

    root = tree.body or tree.root
    if root is not None:
        walk(root, 0, "")
        flush()
    return lines


def meta(html: str) -> list[str]:
    tree = LexborHTMLParser(html)
    out = []
    t = tree.css_first("title")
    out.append(f"<title>: {t.text(strip=True) if t else None}")
    for m in tree.css("meta"):
        a = m.attributes
        key = a.get("property") or a.get("name") or a.get("itemprop")
        if key and a.get("content"):
            out.append(f"meta {key}: {a['content'][:300]}")
    for s in tree.css('script[type="application/ld+json"]'):
        out.append("JSON-LD: " + " ".join((s.text() or "").split())[:3000])
    return out


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    html, url = load(args[0])
    if "--raw" in sys.argv:
        print(html)
        return
    print(f"URL: {url}")
    if "--meta" in sys.argv:
        print("\n".join(meta(html)))
        print("-" * 60)
    print("\n".join(outline(html, url)))


if __name__ == "__main__":
    main()

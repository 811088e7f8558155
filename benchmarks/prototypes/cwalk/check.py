"""The compiled walks (scraper/extract/_cwalk.pyx) against the Python code on every dev page and fixture:
PageIndex's names, the ranking's paragraphs (same clusters in the same order), the text and link
lengths of every node, the ranking (best container, prose per element in order) and the body's paragraphs
(text, kind, links, layout, marks) of the cleaned page. Prints the inputs that differ; exits 1 when any does.

    .venv/bin/python benchmarks/prototypes/cwalk/check.py [PAGES_DIR]
"""
from __future__ import annotations

import gzip
import sys
from pathlib import Path
from typing import Callable

from selectolax.lexbor import LexborHTMLParser

from scraper.extract import accel, candidates, index, paragraphs as walk
from scraper.extract.clean import clean_for_body
from scraper.extract.dom import parse
from scraper.extract.page import Page

REPO = Path(__file__).resolve().parents[3]
PAGES = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO.parent / "shared" / "bench" / "pages"


def _lines(text: str | None) -> list[str] | None:
    return None if text is None else sorted(text.split("\n"))  # (the Python code joins a set: any order)


def names(got: index.PageNames) -> tuple[object, ...]:
    classes, tokens, ids, props, rels, metas, ld_json, h1s = got
    return (*map(_lines, (classes, ids, props, rels)), tokens, metas, ld_json, [n.mem_id for n in h1s])


def paragraphs(got: tuple[dict, set, list]) -> tuple[object, ...]:
    cluster, claimed, tables = got
    return [(n.mem_id, v) for n, v in cluster.items()], sorted(n.mem_id for n in claimed), [n.mem_id for n in tables]


def _node(x: object) -> object:
    if isinstance(x, (list, tuple)):
        return type(x).__name__, [_node(i) for i in x]
    return ("node", x.mem_id) if hasattr(x, "mem_id") else x


def body_step(tree: LexborHTMLParser) -> tuple[object, ...]:
    """The ranking and the paragraphs of its best container, as the body step reads them."""
    ranking = candidates.rank_containers(tree)
    got = [] if ranking.best is None else walk.build_paragraphs([ranking.best], ranking.prose, whole=ranking.whole)
    return (getattr(ranking.best, "mem_id", None), [(n.mem_id, v) for n, v in ranking.prose.items()],
            [(p.text, p.kind, p.link_chars, _node(p.layout), _node(p.marks)) for p in got])


def _python(fn: Callable[[LexborHTMLParser], tuple[object, ...]], tree: LexborHTMLParser) -> tuple[object, ...]:
    """`fn(tree)` with the Python ranking and paragraph walk."""
    saved = accel.rank, accel.body_paragraphs
    accel.rank = accel.body_paragraphs = None
    try:
        return fn(tree)
    finally:
        accel.rank, accel.body_paragraphs = saved


def main() -> int:
    if accel.cwalk is None or accel.paragraphs is None or accel.text_len is None or accel.link_len is None:
        print(f"compiled walks not used: {accel.reason}")
        return 1
    inputs = [(p.name, gzip.decompress(p.read_bytes())) for p in sorted(PAGES.glob("*.html.gz"))]
    inputs += [(p.name, p.read_bytes()) for p in sorted((REPO / "tests" / "fixtures").glob("*.html"))]
    bad = nodes = 0
    for name, html in inputs:
        tree = Page(html).tree  # (as the ranking reads it: scripts and styles dropped)
        diffs = []
        fresh_tree = parse(html)  # (as the index reads it: before they are dropped)
        if names(index.page_names(fresh_tree)) != names(index.python_page_names(fresh_tree)):
            diffs.append("names")
        body = tree.body
        if body is not None:
            if paragraphs(accel.paragraphs(body, *candidates._C_PARAGRAPHS) or ({}, set(), [])) != \
                    paragraphs(candidates._paragraphs(body)):
                diffs.append("paragraphs")
            for node in body.traverse(include_text=True):
                nodes += 1
                text = len(node.text(deep=True, strip=True, skip_empty=True))
                links = sum(len(a.text(deep=True, strip=True, skip_empty=True)) for a in node.css("a"))
                if (accel.text_len(node), accel.link_len(node, candidates._A)) != (text, links):
                    diffs.append(f"lengths of a {node.tag}")
                    break
            clean_for_body(tree)
            if body_step(tree) != _python(body_step, tree):
                diffs.append("ranking or body paragraphs")
        if diffs:
            bad += 1
            print(name, ", ".join(diffs))
    print(f"{len(inputs)} inputs, {nodes:,} nodes: {bad} differ")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

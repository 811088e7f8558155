"""Deep nesting (scraper/extract/nesting.py): a page nested thousands of elements deep is read in
bounded time and keeps its article; the deep part loses its nesting, not its text."""
from __future__ import annotations

import random
import time
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

import scraper
from scraper.extract.nesting import MAX_DEPTH, MIN_TAGS, flatten

FIXTURES = Path(__file__).parent / "fixtures"
PROSE = "".join(f"<p>The harbour council voted on Tuesday to run trial number {i} of the night ferries to the "
                f"island, after a debate that lasted since the spring.</p>" for i in range(6))


def page(inside: str, around: tuple[str, str] = ("", "")) -> str:
    return (f"<html><head><title>Night ferries</title></head><body>{around[0]}<article><h1>Night ferries</h1>"
            f"{PROSE[:len(PROSE) // 2]}{inside}{PROSE[len(PROSE) // 2:]}</article>{around[1]}</body></html>")


def depth(html: str | bytes) -> int:
    tree = LexborHTMLParser(html)
    deepest, todo = 0, [(tree.root, 0)]
    while todo:
        node, d = todo.pop()
        deepest = max(deepest, d)
        child = node.child
        while child is not None:
            todo.append((child, d + 1))
            child = child.next
    return deepest


def nested(tag: str, n: int, text: str = "deep") -> str:
    return f"<{tag}>" * n + text + f"</{tag}>" * n


@pytest.mark.parametrize("inside, around", [
    (nested("figure", 30_000), ("", "")),
    (nested("div", 30_000), ("", "")),
    (nested("span", 30_000), ("", "")),
    ("", ("<div>" * 30_000, "</div>" * 30_000)),  # the article itself deep down
    (nested("div", 1_500), ("", "")),  # fewer tags than MIN_TAGS: parsed as it is, walked to MAX_DEPTH
    ("<ul><li>" * 5_000 + "deep" + "</li></ul>" * 5_000, ("", "")),  # (three calls a level in the walk)
    ("<ul><li>" * 1_500 + "deep" + "</li></ul>" * 1_500, ("", "")),
])
def test_deep_nesting_loses_its_nesting_not_the_article(inside, around):
    """30,000 nested <div>s raised RecursionError (the article lost) and <figure>s took lexbor
    ~6 s (quadratic); now each takes well under a second."""
    expected = scraper.extract(page(""))
    started = time.monotonic()
    article = scraper.extract(page(inside, around))
    assert time.monotonic() - started < 20  # (a generous bound: under 1 s here)
    assert article.headline == expected.headline == "Night ferries"
    assert [p for p in article.paragraphs if p != "deep"] == expected.paragraphs


# Ways to nest deep, and ways to hide nesting from a reader of tags that nests less well than the
# HTML parser (comments, quoted attributes, raw text, stray and ignored end tags, <svg> content).
TRICKS = {
    "divs": "<div>" * 30_000,
    "unclosed p": "<p>x" * 30_000,  # (no nesting at all: each <p> closes the one before)
    "unclosed li": "<ul>" + "<li>x" * 30_000 + "</ul>",
    "stray end tags": "<div></span>" * 30_000,
    "ignored end tags": "<div><object></div>" * 10_000,
    "end tags stopped by a block": "<span><div></span>" * 10_000,
    "links around blocks": "<a><div>" * 10_000,
    "self-closing divs": "<div/>" * 30_000,
    "a comment in an attribute": "<x title='<!--'>" + "<div>" * 30_000 + "<y title='-->'>",
    "an empty comment": "<!-->" + "<div>" * 30_000 + "-->",
    "a script's end tag with attributes": "<script></script x>" + "<div>" * 30_000,
    "svg self-closing": "<svg>" + "<g/>" * 30_000 + "</svg>" + "<div>" * 300,
    "svg left by a div": "<svg><g>" * 100 + "<div>" * 30_000,
    "tables": "<table><tr><td>" * 3_000,
    "cells right in tables": "<table><td>" * 3_000,
    "formatting": "<b>" * 30_000,
    "definition lists": "<dl><dt>x<dd>" * 5_000,
    # an item's start tag closes an open item only when no special element other than address, div and p
    # stands between: here each heading keeps the item before it open (lexbor took minutes on 80,000)
    "list items behind headings": "<ul>" + "<article><h1>x <li>" * 10_000,
    "list items behind a div": "<ul>" + "<li><div>x" * 30_000,
    "definition items behind sections": "<dl>" + "<dd><section>x" * 10_000,
    # a doctype or bogus comment in the body holds no tags: its "<div" opens nothing, so "</div>" closes nothing
    "a doctype's div": "<article><h1>x" + "<!doctype <div <ul>><article><h1>x</div>" * 10_000,
    "a bogus comment's div": "<article><h1>x" + "<?x <div>><article><h1>x</div>" * 10_000,
    "an end tag's bogus comment": "<article><h1>x" + "</3 <div>><article><h1>x</div>" * 10_000,
}


@pytest.mark.parametrize("name", TRICKS)
def test_no_trick_nests_past_the_limit(name):
    html = f"<html><body><article>{TRICKS[name]}<p>after the deep part</p></article><p>tail</p></body></html>"
    flat = flatten(html)
    assert depth(flat) <= MAX_DEPTH + 3  # (html, body, and a tbody or tr the parser implies)
    tree = LexborHTMLParser(flat)
    assert "after the deep part" in tree.css_first("article").text() and "tail" in tree.body.text()
    assert flatten(flat.encode("utf-8")) == flat.encode("utf-8")  # (flat stays flat)


def test_the_deep_part_keeps_its_elements_and_text():
    html = "<body>" + "<div>" * 5_000 + "<h2>Deep</h2><p>deep text</p>" + "</div>" * 5_000 + "<p>after</p>"
    tree = LexborHTMLParser(flatten(html))
    assert tree.css_first("h2").text() == "Deep" and [p.text() for p in tree.css("p")] == ["deep text", "after"]
    assert tree.css("p")[-1].parent.tag == "body"  # (after all 5,000 divs, as it was)


def test_pages_within_the_limit_are_left_as_they_are():
    for path in FIXTURES.glob("*.html"):
        html = path.read_text(encoding="utf-8")
        assert flatten(html) is html
    big = "<html><body>" + "<div><p>x</p><ul><li>a<li>b</ul><table><tr><td>c<td>d</table></div>" * 2_000
    assert big.count("<") > MIN_TAGS and flatten(big) is big and flatten(big.encode()) == big.encode()
    deep = "<div>" * (MAX_DEPTH - 2) + "<p>x</p>" * MIN_TAGS  # at the limit: html and body, then the divs
    assert flatten(deep) is deep
    assert flatten("<div>" * (MAX_DEPTH - 1) + "<p>x</p>" * MIN_TAGS) != deep


def test_the_cheap_count_never_passes_a_page_the_full_count_would_change(monkeypatch):
    from scraper.extract import nesting
    monkeypatch.setattr(nesting, "MAX_DEPTH", 9)  # (both counts read it: random pages then reach it often)
    names = ("div", "p", "li", "ul", "td", "tr", "table", "tbody", "b", "a", "svg", "math", "h1", "h2", "dd", "dl",
             "option", "select", "span", "br", "img", "body", "template", "button", "nobr", "caption", "th")
    rng = random.Random(7)
    seen = {True: 0, False: 0}
    for _ in range(3000):
        tags = []
        for _ in range(rng.randrange(5, 40)):
            name = rng.choice(names).upper() if rng.random() < 0.1 else rng.choice(names)
            tags.append(f"</{name}>" if rng.random() < 0.4 else f"<{name}{'/' if rng.random() < 0.1 else ''}>x")
        tokens = nesting._TOKEN.findall("".join(tags).encode())
        shallow = nesting._shallow(tokens)
        seen[shallow] += 1
        if shallow:
            assert nesting._changes(tokens) == {}, tags
    assert min(seen.values()) > 300


def test_a_page_of_many_tags_nested_shallow_is_parsed_as_it_came():
    html = page("".join(f"<div><p>item <b>{i}</b></p><table><tr><td>x</td></tr></table></div>" for i in range(MIN_TAGS)))
    assert flatten(html) is html and flatten(html.encode()) is not None

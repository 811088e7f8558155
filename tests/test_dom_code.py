"""`dom.parse` leaves out the text of scripts and styles before lexbor reads it (`_cwalk.without_code`):
the tree must be the same as lexbor's tree of the whole page, but for the text of the scripts and styles
that `drop_code` removes anyway; the JSON-LD scripts (which `PageIndex` reads) keep theirs."""
from __future__ import annotations

import random
import time

import pytest
from selectolax.lexbor import LexborDocumentOptions, LexborHTMLParser

from scraper.extract import accel, extract
from scraper.extract.dom import drop_code, parse
from scraper.extract.index import python_page_names

needs_c = pytest.mark.skipif(accel.cwalk is None, reason=f"compiled walks not used: {accel.reason}")


def _lexbor(page: str | bytes) -> LexborHTMLParser:
    return LexborHTMLParser(page, options=LexborDocumentOptions.WO_EVENTS)


def _dump(tree: LexborHTMLParser, code_text: bool) -> list[tuple[int, str, object]]:
    """Every node of `tree` (depth, name, attributes or text), the text in scripts and styles only with `code_text`."""
    out: list[tuple[int, str, object]] = []
    root = tree.root
    stack = [(root.parent or root, 0)] if root is not None else []
    while stack:
        node, depth = stack.pop()
        if node.tag == "-text":
            parent = node.parent
            if code_text or parent is None or parent.tag not in ("script", "style"):
                out.append((depth, "-text", node.text_content))
        elif node.tag == "-comment":
            out.append((depth, "-comment", node.html))
        else:
            try:
                attrs: object = tuple(node.attributes.items())
            except TypeError:
                attrs = None
            out.append((depth, node.tag or "", attrs))
        stack.extend((kid, depth + 1) for kid in reversed(list(node.iter(include_text=True))))
    return out


def _same_tree(page: bytes) -> bytes:
    """`page` cut, after checking that the tree the steps read is lexbor's tree of the whole page: the same
    nodes but for the text of scripts and styles, the same index (JSON-LD's text with it), the same tree
    once the code is dropped."""
    assert accel.cwalk is not None
    cut = accel.cwalk.without_code(page)
    whole, short = _lexbor(page), _lexbor(cut)
    assert _dump(short, False) == _dump(whole, False)
    assert python_page_names(short)[:7] == python_page_names(whole)[:7]
    drop_code(whole)
    drop_code(short)
    assert _dump(short, True) == _dump(whole, True) and short.html == whole.html
    return cut


#: (page, its scripts' and styles' text that stays): each a case the scan must read as the tokenizer does
CASES = [
    (b"<p>a</p><script>if (a < b) x = '</div>';</script><p>b</p>", []),
    (b"<script>x</SCRIPT ><p>a</p><script>y</script\t><script>z</script/><p>b</p>", []),
    (b"<script>a</scripts> b</script><p>c</p>", []),
    (b"<script type='application/ld+json'>{\"@type\": \"NewsArticle\"}</script><script>x</script>",
     ['{"@type": "NewsArticle"}']),
    (b"<SCRIPT TYPE=APPLICATION/LD+JSON>{}</SCRIPT><script type='application/ld&#43;json'>[]</script>", ["{}", "[]"]),
    (b"<style>p > a { x: '</styles>' }</style><p>a</p><style/>b</style>", []),
    (b"<style>a<!--b</style><p>c</p>", []),  # (a style has no escaped states)
    # "<!--" in a script: "</script>" may not end it (escaped states): that script and all after it stay
    (b"<script><!-- document.write('<script>x</script>'); --></script><p>a</p><script>b</script>",
     ["<!-- document.write('<script>x</script>'); -->", "b"]),
    (b"<p>a</p><script>var x = 1;", []),  # a script the page ends in
    (b"<p>a</p><script>var x = '</script", []),
    (b"<div title='<script>x</script>'>a</div><script>b</script>", []),
    (b"<a href=x <script>y</script>", []),
    (b"<div a=\"x>\" b='<style>' c=d>e</div><a =\"x>\">f</a><script>g</script>", []),
    (b"<!-- <script> --><p>a</p><!--><script>b</script><!---><script>c</script><!-- x --!><script>d</script>", []),
    (b"<!--!><script>a</script>--><p>b</p>", []),  # ("--!>" right after the opening ends no comment)
    (b"<!doctype html public \"<script>\"><?php <script> ?><script>a</script></ x <script>b</script>", []),
    (b"<![CDATA[ <script> ]]><script>a</script>", []),
    (b"<textarea><script>a</script></textarea><title><style>b</style></TITLE><xmp><script>c</script></xmp>"
     b"<iframe><style>d</style></iframe><noembed><script>e</script></noembed><noframes><script>f</script></noframes>"
     b"<script>g</script>", []),
    (b"<noscript><style>a</style><p>b</p></noscript><head><noscript><script>c</script></noscript>", []),
    (b"<table><script>a</script><tr><td><style>b</style></td></tr></table>", []),
    (b"</html><script>a</script>", []),
    # <svg> and <math>: foreign content, where a <script> or <style> is no raw text
    (b"<svg><style>.a{fill:red}</style><script>b<i>c</i></script></svg><script>d</script>", [".a{fill:red}", "b", "d"]),
    (b"<svg><style>.a{fill:red}</style><script>b</script></svg><script>c</script><style>d</style>", [".a{fill:red}", "b"]),
    (b"<svg viewBox='0 0 1 1'><g><path d='M0 0'/></g><circle/></svg><style>a</style>", []),
    (b"<svg><title>Logo</title></svg><script>a</script>", ["a"]),
    (b"<svg><p>out</p><script>a</script>", ["a"]),
    (b"<svg><![CDATA[ </svg> ]]></svg><script>a</script>", ["a"]),
    (b"<svg><foreignObject><script>a</script><style>b</style></foreignObject></svg><script>c</script>",
     ["a", "b", "c"]),
    (b"<svg><g></svg><script>a</script>", ["a"]),
    (b"<svg/><script>a</script>", []),
    (b"<svg><!-- </svg> --></svg><script>a</script>", []),
    (b"<math><mrow></mrow></math><script>a</script><math><mi>x</mi></math><script>b</script>", ["b"]),
    (b"<svg><?x </svg> ?></svg><script>a</script>", ["a"]),
    # where the tree builder ignores a <script> or <style> tag: the scan stops
    (b"<select><style>a<b>b</b></style></select><script>c</script>", ["a<b>b</b>", "c"]),
    (b"<template><col><script> </template><p>a</p><script>b</script>", ["b"]),  # (the first is ignored)
    (b"<template><p>a</p></template><script>b</script><col><script>c</script>", ["c"]),
    (b"<frameset><noframes><script>a</script></noframes></frameset>", []),
    (b"<plaintext><script>a</script>", []),
    (b"<p>\x00<scr\x00ipt>a</script>\xff<script>b\xc3</script>", []),
    (b"", []), (b"<", []), (b"<script", []), (b"<script>", []), (b"<!--", []), (b"<div a='", []),
]


@needs_c
@pytest.mark.parametrize("n", range(len(CASES)))
def test_the_cut_keeps_the_tree_the_steps_read(n):
    page, kept = CASES[n]
    cut = _same_tree(page)
    assert [s.text() for s in _lexbor(cut).css("script, style") if s.text()] == kept


@needs_c
def test_a_pages_scripts_and_styles_lose_their_text_json_ld_aside(fixture_path):
    page = fixture_path("code-text.html").read_bytes()
    cut = _same_tree(page)
    assert len(cut) < len(page) - 300
    texts = [s.text() for s in parse(page).css("script, style")]
    assert texts[0].startswith('{"@context"')  # JSON-LD, read by the index
    # the scripts and styles before the one that holds "<!--" lose theirs, but the <svg>'s (foreign content)
    assert not any(texts[1:5]) and texts[5] == ".a{fill:#000}" and not any(texts[6:9])
    assert texts[9].startswith("<!--") and texts[10].startswith("var after")
    assert parse(page.decode()).html == parse(page).html  # (text is encoded as selectolax encodes it)


def test_the_article_is_the_same_without_the_cut(fixture_path, monkeypatch):
    page = fixture_path("code-text.html").read_bytes()
    article = extract(page, "https://example.org/news/2024/05/14/bus-network")
    monkeypatch.setattr(accel, "without_code", None)
    assert extract(page, "https://example.org/news/2024/05/14/bus-network") == article
    assert article.headline == "Council expands bus network" and article.published and article.published.startswith("2024-05-14")
    assert "Residents asked" in article.body and "a script writes" not in article.body \
        and "not the article" not in article.body


@needs_c
def test_random_markup_keeps_its_tree():
    """Pages of random pieces of markup, the odd ones among them (seeded: the same pages each run)."""
    pieces = [b"<script>", b"<SCRIPT type=application/ld+json>", b"</script>", b"</SCRIPT >", b"</script/", b"<!--",
              b"-->", b"--!>", b"<style>", b"</style>", b"<svg>", b"</svg>", b"<math>", b"<mi>", b"<title>", b"</title>",
              b"<textarea>", b"<select>", b"<template>", b"<col>", b"<table>", b"<b>", b"<p>", b"<div a=\">\">",
              b"<a b='<script>'>", b"<![CDATA[", b"]]>", b"<?x", b">", b"</", b"<", b"\"", b"'", b"=", b" ", b"x",
              b"<g/>", b"<g>", b"</g>", b"<foreignObject>", b"<noscript>", b"<iframe>", b"</iframe>", b"<plaintext>",
              b"<frameset>", b"<head>", b"</html>", b"\0", b"\xff", b"<font color=red>", b"<style/>", b"<h1>"]
    rnd = random.Random(7)
    cut = 0
    for _ in range(2000):
        page = b"".join(rnd.choice(pieces) for _ in range(rnd.randint(3, 30)))
        cut += _same_tree(page) != page
    assert cut > 300  # (the pages do exercise the cut)


@needs_c
def test_the_scan_is_linear():
    """Thousands of "<script" and "<!--" strings where none ends: each is looked at once."""
    assert accel.cwalk is not None
    for unit in (b"<script>x", b"<style>", b"<!--", b"<svg><g>", b"<a b='", b"<title>"):
        small, big = unit * 20_000, unit * 200_000
        t0 = time.perf_counter()
        accel.cwalk.without_code(small)
        t1 = time.perf_counter()
        accel.cwalk.without_code(big)
        t2 = time.perf_counter()
        assert t2 - t1 < 0.05 + 30 * (t1 - t0), unit

"""The page every HTML step reads: parsed once, indexed, its code dropped."""
from __future__ import annotations

import pytest

from scraper.extract.body import extract_body
from scraper.extract.dom import clean_text, node_text
from scraper.extract.page import Page


def test_the_page_reads_its_json_ld_then_drops_its_code():
    para = "The harbour reopened on Monday morning, three days after the storm tore two boats loose."
    html = (f'<html><head><script type="application/ld+json">{{"@type": "NewsArticle", "headline": "H"}}</script>'
            f"<style>p {{ color: red }}</style></head><body><article><p>{para}</p><script>var hidden = 1;</script>"
            f"<template><p>Never shown to a reader, this template text is long enough to be prose.</p></template>"
            f"<p>{para}</p></article></body></html>")
    page = Page(html)
    assert page.json_ld == [{"@type": "NewsArticle", "headline": "H"}]
    assert not page.tree.css("script, style, template") and "var hidden" not in page.tree.html
    assert extract_body(page).paragraphs == [para, para]


def test_the_page_reads_its_metas_by_key():
    page = Page('''<html><head><meta property="OG:Title" content=" A &amp; B "><meta name="keywords" content="x, y">
    <meta itemprop="datePublished" content="2020-01-02"><meta name="empty" content=""><meta charset="utf-8"></head>
    <body><p>t</p></body></html>''', "https://example.org/a")
    assert page.metas == {"og:title": ["A & B"], "keywords": ["x, y"], "datepublished": ["2020-01-02"]}
    assert page.url == "https://example.org/a" and page.css("p") == page.tree.css("p") and page.css_first("h1") is None


def test_the_page_reads_its_body_text_once_one_text_a_line():
    page = Page("<html><body><h1>Title</h1><p>By <b>Jane</b>  Roe</p><script>x()</script></body></html>")
    assert page.lines == "Title\nBy \nJane\n  Roe" and page.lines is page.lines
    assert clean_text(page.lines) == node_text(page.body)
    assert Page("<html></html>").lines == ""


def test_json_ld_in_a_comment_or_cdata_wrapper_is_read():
    wrappers = [("<!--", "-->"), ("<![CDATA[", "]]>"), ("//<![CDATA[\n", "\n//]]>"), ("<!-- ", " // -->"),
                ("", "\t//  \n]]>")]
    for start, end in wrappers:
        html = (f'<html><head><script type="application/ld+json">{start}{{"@type": "NewsArticle", "headline": "H"}}'
                f"{end}</script></head><body><p>t</p></body></html>")
        assert Page(html).json_ld == [{"@type": "NewsArticle", "headline": "H"}], (start, end)


def test_unwrap_end_removes_what_the_wrapper_pattern_removed():
    import random
    import re

    from scraper.extract.jsonld import _unwrap_end

    pattern = re.compile(r"\s*(?://\s*)?(?:-->|\]\]>)$")
    rng = random.Random(7)
    parts = ["a", "}", "/", "//", "///", " ", "\n", "\u3000", "-", "--", "-->", "]", "]]>", ">", ";"]
    for _ in range(20000):
        raw = "".join(rng.choice(parts) for _ in range(rng.randint(1, 8))).strip()
        assert _unwrap_end(raw) == pattern.sub("", raw), repr(raw)


def test_relative_links_resolve_against_the_pages_base_href(read_fixture):
    """`<base href="/">` on a page of /news/: "news/x.html" is /news/x.html (as a browser reads it), not
    /news/news/x.html, in related links, images, body links and the canonical URL alike."""
    from scraper import extract
    from scraper.output import to_markdown

    article = extract(read_fixture("base-href.html"), "https://valley.example/news/river-keeps-rising.html")
    assert [r.url for r in article.related] == ["https://valley.example/news/dam-opens.html",
                                                "https://valley.example/news/sandbags.html"]
    assert [i.url for i in article.images][:1] == ["https://valley.example/img/river.jpg"]
    assert article.canonical_url == "https://valley.example/news/river-keeps-rising.html"
    assert "(https://valley.example/news/ferries.html)" in to_markdown(article)


def test_the_base_url_is_the_pages_url_without_a_usable_base_href():
    url = "https://valley.example/news/a.html"
    assert Page("<html><head><title>t</title></head><body><p>x</p></body></html>", url).base_url == url
    assert Page('<html><head><base target="_blank"></head><body><p>x</p></body></html>', url).base_url == url
    assert Page('<html><head><base href="javascript:void(0)"></head><body><p>x</p></body></html>', url).base_url == url
    assert Page('<html><head><base href="https://cdn.example/a/"></head><body></body></html>', url).base_url \
        == "https://cdn.example/a/"
    assert Page('<html><head><base href="https://cdn.example/"></head><body></body></html>').base_url \
        == "https://cdn.example/"


@pytest.mark.parametrize("html", [
    "<p data-caption='x'>a</p>", "<p>a</p>", b"<div><span DATA-CAPTION>a</span></div>", "",
    "<svg><g data-caption='x'></g></svg>",
])
def test_carries_tells_whether_an_element_carries_an_attribute(html):
    page = Page(html)
    expected = page.tree.css_first("[data-caption]") is not None
    assert page.carries("data-caption") is expected
    assert page.carries("data-credit") is False

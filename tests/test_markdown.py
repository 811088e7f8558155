"""Markdown that keeps the article's structure, and text escaped only where it would read as syntax."""
import json
import random
from pathlib import Path

import pytest
from markdown_it import MarkdownIt  # (markdown-it-py comes with rich, a dependency)
from selectolax.lexbor import LexborHTMLParser

import scraper
from scraper import Article
from scraper.markdown import body_markdown, escape, paragraph
from scraper.model import Block, Span
from scraper.output import render, render_record, to_markdown

FIXTURE = Path(__file__).parent / "fixtures" / "markdown-structure.html"
URL = "https://news.example/2021/bridge"
MD = MarkdownIt("commonmark").enable("table")

STRUCTURE_MD = """\
# How the river bridge was rebuilt

*1 min read*

The old bridge closed in **March 2021**, after inspectors found *deep cracks* in two of its piers. \
The [inspection report](https://news.example/reports/bridge-2021.pdf) ran to ninety pages, and the council \
published it in full on its [project page](https://council.example/bridge).

## What the engineers found

Three problems stood out, in the order the report gives them:

1. Water had reached the steel inside the **north pier**.
2. The deck joints had worn through, which let salt in
   - on the east side, worst of all
   - on the west side, less so
3. The railings no longer met the height rule.

> We could have patched it for a few more years, but not without closing it again and again.
>
> Rebuilding was the cheaper choice over thirty years.

### The numbers

| Item | Cost |
| --- | --- |
| New piers | 4.1 million |
| Deck and railings | 2.6 million |

The load model ran as `bridge_load --span 42` on the council's own servers:

```
for span in spans:
    check(span, load=42)
```

Some text looks like Markdown: 5 * 3 = 15, file_name_here, [draft] and \\<b> stay as they are.

\\# not a heading, and a line break:\\
1\\. not a list either

The bridge reopened on 4 September, two weeks ahead of the plan.
"""


def fixture_article() -> Article:
    return scraper.extract(FIXTURE.read_text(encoding="utf-8"), URL)


def html_text(markdown: str) -> str:
    """The text markdown-it reads in `markdown` (one paragraph expected)."""
    html = MD.render(markdown)
    assert html.startswith("<p>") and html.count("<p>") == 1, html
    return LexborHTMLParser(html).body.text().strip()


def test_markdown_of_a_page_with_every_structure():
    assert to_markdown(fixture_article()) == STRUCTURE_MD


def test_plain_text_and_paragraphs_keep_no_markup():
    article = fixture_article()
    assert "**" not in article.body and "[" not in article.paragraphs[0]
    assert article.paragraphs[3] == "Water had reached the steel inside the north pier."
    assert article.paragraphs[-2] == "# not a heading, and a line break:\n1. not a list either"
    assert len(article.structure) == len(article.paragraphs)


def test_structure_is_json_ready_and_survives_a_record():
    article = fixture_article()
    data = json.loads(json.dumps(article.to_dict()))
    assert data["structure"][1] == {"kind": "h", "level": 2}
    assert data["structure"][4] == {"kind": "li", "depth": 1, "number": 2}
    assert data["structure"][5] == {"kind": "li", "depth": 2}
    assert data["structure"][8] == {"kind": "p", "quote": 1}
    assert data["structure"][12] == {"kind": "row", "cells": [9, 11]}
    assert data["structure"][15] == {"kind": "code", "code": "for span in spans:\n    check(span, load=42)"}
    assert data["structure"][0]["spans"][2] == {
        "start": 97, "end": 114, "kind": "link", "url": "https://news.example/reports/bridge-2021.pdf"}
    assert Article.from_dict(data) == article
    # a batch record (the article's dict with the run's fields) renders the same Markdown
    assert render_record({**data, "index": 0, "status": 200}, "markdown") == STRUCTURE_MD


def test_round_trip_through_a_markdown_parser():
    """markdown-it reads our Markdown as the page's structure: extracting its HTML again gives
    the same paragraphs and the same Markdown."""
    article = fixture_article()
    html = MD.render(to_markdown(article))
    again = scraper.extract(f"<html><body><article>{html}</article></body></html>", URL)
    assert again.paragraphs == article.paragraphs
    assert to_markdown(again) == to_markdown(article)
    tree = LexborHTMLParser(html)
    assert [n.tag for n in tree.css("h2, h3, ol, ul, blockquote, table, pre")] == \
        ["h2", "ol", "ul", "blockquote", "h3", "table", "pre"]
    assert tree.css_first("ol ul li").text() == "on the east side, worst of all"


@pytest.mark.parametrize("text, markdown", [
    # text that does not read as syntax stays as it is
    ("5 * 3 = 15", "5 * 3 = 15"),
    ("file_name_here", "file_name_here"),
    ("[draft] and a < b", "[draft] and a < b"),
    ("AT&T", "AT&T"),
    ("#hashtag", "#hashtag"),
    ("-5 degrees", "-5 degrees"),
    ("1.5 million", "1.5 million"),
    ("C:\\path", "C:\\path"),
    ("a -- b | c", "a -- b | c"),
    ("Wow!", "Wow!"),
    # what would
    ("*important*", "\\*important\\*"),
    ("_under_ and __init__", "\\_under\\_ and \\_\\_init\\_\\_"),
    ("a*b*c", "a\\*b\\*c"),
    ("a ~~b~~ c", "a \\~\\~b\\~\\~ c"),
    ("see [the note](x)", "see [the note\\](x)"),
    ("use `ls`", "use \\`ls\\`"),
    ("<b>bold</b>", "\\<b>bold\\</b>"),
    ("AT&amp;T", "AT\\&amp;T"),
    ("a\\*", "a\\\\\\*"),
    # line starts
    ("# Title", "\\# Title"),
    ("> quote", "\\> quote"),
    ("- item", "\\- item"),
    ("* star", "\\* star"),
    ("+ plus", "\\+ plus"),
    ("1. first", "1\\. first"),
    ("2021. A year", "2021\\. A year"),
    ("3) third", "3\\) third"),
    ("---", "\\---"),
    ("***", "\\***"),
    ("___", "\\___"),
    ("===", "\\==="),
    ("~~~", "\\~~~"),
    ("<div>", "\\<div>"),
    ("[a]: /url", "\\[a]: /url"),
    ("| --- |", "\\| --- |"),
    ("one\n# two", "one\\\n\\# two"),
    ("the *\nnext", "the \\*\\\nnext"),  # (before a hard break's backslash `*` could open)
])
def test_escaping(text, markdown):
    assert paragraph(text) == markdown
    assert html_text(markdown) == text  # (a parser reads the text back)


def test_escaping_reads_back_on_random_text():
    rnd = random.Random(17)
    alphabet = list("*_~`[]()<>&;!#\\-+=|:. 1a") + ["amp", "word", "é", "\n"]
    for _ in range(3000):
        raw = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 12)))
        text = "\n".join(line for line in (" ".join(x.split()) for x in raw.split("\n")) if line)
        if text:
            rendered = MD.render(paragraph(text))
            assert rendered.count("<p>") == 1 and rendered.startswith("<p>"), (text, rendered)
            assert LexborHTMLParser(rendered).body.text().strip() == text, (text, rendered)


def test_inline_markup_reads_back_on_random_text():
    """Random text with random links, emphasis and code: the text reads back, and each element
    read is one of ours (emphasis a reader would not pair where its `*` land is left out)."""
    rnd = random.Random(23)
    alphabet = list("*_~`[]()<>&;!#\\-+=|:. 1a") + ["amp", "word", " the ", "é", "\n"]
    kinds = {"link": "a", "em": "em", "strong": "strong", "code": "code"}
    for _ in range(2000):
        raw = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 30)))
        text = "\n".join(line for line in (" ".join(x.split()) for x in raw.split("\n")) if line)
        if not text:
            continue
        spans = []
        for _ in range(rnd.randint(1, 4)):
            start = rnd.randrange(len(text))
            kind = rnd.choice(list(kinds))
            spans.append(Span(start, rnd.randint(start + 1, len(text)), kind,
                              "https://x.example/p" if kind == "link" else None))
        rendered = MD.render(paragraph(text, spans))
        tree = LexborHTMLParser(rendered)
        assert rendered.startswith("<p>") and rendered.count("<p>") == 1, (text, spans, rendered)
        # (a code span over a line break has a space there)
        assert tree.body.text().strip().replace("\n", " ") == text.replace("\n", " "), (text, spans, rendered)
        for kind, tag in kinds.items():
            assert len(tree.css(tag)) <= sum(s.kind == kind for s in spans), (text, spans, rendered)


def test_emphasis_left_out_where_its_stars_would_not_read():
    # em and strong side by side inside a word: `*a***b**` is a run of three a reader pairs
    # otherwise; one of them goes, the text stays
    md = paragraph("ab", [Span(0, 1, "em"), Span(1, 2, "strong")])
    html = MD.render(md)
    assert LexborHTMLParser(html).body.text().strip() == "ab"
    assert html.count("<em>") + html.count("<strong>") == 1
    # emphasis around a link and after a quote mark keeps its markers
    assert paragraph("see the docs, now", [Span(4, 12, "em"), Span(8, 12, "link", "https://x.example/")]) == \
        "see *the [docs](https://x.example/)*, now"
    assert paragraph("Station,\u201d went", [Span(0, 9, "em")]) == "*Station,\u201d* went"


def test_escape_between_markup_and_in_link_text():
    assert escape("*x", edges=True) == "\\*x"  # (next to our `*`)
    assert escape("a [b] c", link=True) == "a \\[b\\] c"


def test_inline_markup_next_to_text_that_looks_like_it():
    text = "Wow!here *and* a_b"
    spans = [Span(4, 8, "link", "https://x.example/a b"), Span(9, 14, "em")]
    md = paragraph(text, spans)
    assert md == "Wow\\![here](https://x.example/a%20b) *\\*and\\** a_b"
    html = MD.render(md)
    assert '<a href="https://x.example/a%20b">here</a>' in html and "<em>*and*</em>" in html
    assert LexborHTMLParser(html).body.text().strip() == text


def test_a_body_without_structure_is_paragraphs_of_text():
    assert body_markdown(["# one", "two *"]) == "\\# one\n\ntwo *"
    # a structure that does not match the paragraphs is not used
    assert body_markdown(["a", "b"], [Block("h", level=2)]) == "a\n\nb"


def test_text_output_does_not_change():
    article = fixture_article()
    text = render(article, "text")
    assert "**" not in text and "|" not in text and "```" not in text
    assert "1. not a list either" in text


def test_list_start_loose_items_nested_quotes_and_code_language():
    page = """<html><body><article><h1>Title</h1>
    <p>An opening paragraph that is long enough to count as the body of this article, with words to spare.</p>
    <ol start="3"><li><p>First item, its own paragraph.</p><p>A second paragraph of the same item.</p></li>
    <li>Second item, with <em>emphasis</em> in it.</li></ol>
    <blockquote><p>Outer quote.</p><blockquote><p>Inner quote.</p></blockquote></blockquote>
    <h4>Small heading</h4>
    <pre><code class="language-python">def f(x):
    return x * 2
</code></pre>
    <p>Closing paragraph of the article, long enough to be kept as the article's text in the end.</p>
    </article></body></html>"""
    article = scraper.extract(page, URL)
    assert body_markdown(article.paragraphs, article.structure) == (
        "An opening paragraph that is long enough to count as the body of this article, with words to spare.\n\n"
        "3. First item, its own paragraph.\n\n"
        "   A second paragraph of the same item.\n\n"
        "4. Second item, with *emphasis* in it.\n\n"
        "> Outer quote.\n>\n> > Inner quote.\n\n"
        "#### Small heading\n\n"
        "```python\ndef f(x):\n    return x * 2\n```\n\n"
        "Closing paragraph of the article, long enough to be kept as the article's text in the end."
    )

"""Tags the HTML parser ignores (scraper/extract/ignored.py): stripped of their attributes on a page
that holds many, so lexbor's memory stays linear in the page; the tree is the browser's but for the
attributes a repeated <html> or <body> would have added."""
from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from selectolax.lexbor import LexborHTMLParser

from scraper.extract import ignored
from scraper.extract.nesting import angle_brackets

PROSE = "".join(f"<p>The harbour council voted on Tuesday to run trial number {i} of the night ferries to the "
                f"island, after a debate that lasted since the spring.</p>" for i in range(6))


def page(body: str, root: str = "<html lang=en>") -> str:
    return (f"<!doctype html>{root}<head><title>Night ferries</title></head><body class=story>"
            f"<article><h1>Night ferries</h1>{PROSE}</article>{body}</body></html>")


def tree(html: str | bytes) -> str:
    return LexborHTMLParser(html).html or ""


@pytest.mark.parametrize("body, stripped", [
    ('x</div class="a">y</foo id=b>z', "x</div>y</foo>z"),  # end tags: the parser drops their attributes
    ('x<html lang="en">y<body class="story">z', "x<html>y<body>z"),  # the second of each
    ("x<head id=h>y<frame src=/f>w", "x<head>y<frame>w"),  # (<frame> where no <frameset> came)
    ("x<td class=c>y<tr id=r>z<caption a=b>", "x<td>y<tr>z<caption>"),  # table parts where no table is open
    ("x<html a>y</p b>z", "x<html a>y</p b>z"),  # no value: nothing to strip
])
def test_strip_drops_attributes_of_ignored_tags(body, stripped):
    html = page(body)
    out = ignored.strip(html)
    assert out == page(stripped)
    assert tree(out) == tree(html)  # (the attributes of the repeats are ones the root and body have)
    assert ignored.strip(html.encode()) == page(stripped).encode()


@pytest.mark.parametrize("body", [
    "<table><tr><td class=c>cell</td></tr></table>",
    "<table><caption id=t>c</caption><colgroup span=2><col width=3></colgroup><tbody class=b><tr><th a=b>h</table>",
    "<template><td class=c>t</td></template>",
    "<svg><html a=b></html><td c=d/></svg>",
    "<script>document.write('<html a=b><body c=d>')</script><!-- <td a=b> -->",
    "<frameset><frame src=a></frameset>",
])
def test_strip_keeps_what_the_parser_keeps(body):
    html = page(body)
    assert ignored.strip(html) is html


def test_a_repeated_root_tag_loses_only_what_it_would_add():
    html = page("x<html lang=fr dir=rtl>y")
    assert LexborHTMLParser(html).css_first("html").attributes == {"lang": "en", "dir": "rtl"}
    assert LexborHTMLParser(ignored.strip(html)).css_first("html").attributes == {"lang": "en"}


def hostile(lines: int, tag: str = '<html a="b">') -> str:
    """An article ending in `lines` lines of text, each with an ignored tag holding an attribute value."""
    return page("").replace("</article>", "<p>" + "\n".join("x" * 55 + tag for _ in range(lines)) + "</article>")


def test_suspect_only_past_the_exposure_and_with_many_tags():
    small = hostile(1_000)
    assert not ignored.suspect(small, angle_brackets(small))  # (under MAX_EXPOSURE: parsed as it is)
    big = hostile(20_000)
    assert ignored.suspect(big, angle_brackets(big))
    assert ignored.suspect(hostile(20_000, "</span id=a>"), angle_brackets(big))
    plain = page("<div>" + "\n".join("x" * 55 + "<b>y</b>" for _ in range(20_000)) + "</div>")
    assert not ignored.suspect(plain, angle_brackets(plain))  # (as exposed, but no ignored tags)


# The page under a 2 GB address space: lexbor needs ~3.6 GB for 20,000 such lines unstripped.
_CHILD = textwrap.dedent("""
    import resource, sys
    resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))
    import scraper
    html = sys.stdin.buffer.read()
    article = scraper.extract(html, url="https://example.org/ferries")
    print(article.headline)
    print("trial number 5 of the night ferries" in article.body)
""")


@pytest.mark.parametrize("tag", ['<html a="b">', '<body class="x">'])
def test_a_page_of_ignored_tags_is_extracted_in_bounded_memory(tag):
    html = hostile(40_000, tag).encode()  # (2.8 MB)
    r = subprocess.run([sys.executable, "-c", _CHILD], input=html, capture_output=True, timeout=600)
    assert r.returncode == 0, r.stderr.decode()[-2000:]
    assert r.stdout.decode().splitlines() == ["Night ferries", "True"]

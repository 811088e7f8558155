"""The optional compiled walks (`scraper.extract.accel`): the same output as the Python code, used when
built, and never when told not to be or when they cannot be trusted."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import selectolax
from selectolax import lexbor

from scraper.extract import accel, candidates, dom, index
from scraper.extract.dom import parse

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("*.html"))
# odd pages for the walk: odd white space and non-ASCII in names, value-less and empty attributes,
# foreign elements, a template's content, upper-case names and types, bytes that are not UTF-8
EDGES = [
    "<html class='a b'><body><div class='x\x0by'>1</div><p class='Foo foo  a'>2</p><span itemprop>3</span>"
    "<a rel='NoFollow'>4</a><a rel=nofollow>5</a><a rel>6</a>",
    "<div class='caf\u00e9 x\u00a0y'>1</div><div id='a\u00a0b c'>2</div><i itemprop='Auteur\u00c9'>3</i>",
    "<div class=''>1</div><div id=''>2</div><b itemprop=''>3</b>", "<p>nothing</p>", "",
    "<svg><g class='s' ID='Q' itemprop=p></g></svg><meta name=a content=b><meta CHARSET=utf-8><h1>x</h1>"
    "<template><h1>y</h1></template>",
    b"<html class=x id=y><body><svg class=a ID=b><meta Foo=1></svg><div class>x</div>"
    b"<script type='APPLICATION/ld+JSON'>{}</script><h1>h</h1>",
    b"<div itemprop rel>a</div><math><mi class=q rel=r></mi></math><a REL=y CLASS=z Id=w ItemProp=V>",
    "<a rel='Caf\u00c9 X'>x</a>", b"<div class='\xff\xfe bad'>x</div><meta name='\xc3' content='\xff'>",
]


def _comparable(names: index.PageNames) -> tuple[object, ...]:
    """The names with each text's lines sorted (the Python code joins a set: its order is arbitrary)."""
    classes, tokens, ids, props, rels, metas, ld_json, h1s = names
    return (*(t if t is None else sorted(t.split("\n")) for t in (classes, ids, props, rels)), tokens, metas, ld_json,
            [n.mem_id for n in h1s], [n.html for n in h1s])


needs_c = pytest.mark.skipif(accel.cwalk is None, reason=f"compiled walks not used: {accel.reason}")


@needs_c
@pytest.mark.parametrize("page", [p.name for p in FIXTURES] + [f"edge-{i}" for i in range(len(EDGES))])
def test_page_names_are_the_same_from_c_and_python(page):
    html = EDGES[int(page[5:])] if page.startswith("edge-") else (Path(__file__).parent / "fixtures" / page).read_bytes()
    tree = parse(html)
    assert _comparable(index.page_names(tree)) == _comparable(index.python_page_names(tree))


@needs_c
def test_the_index_of_a_page_with_odd_names_is_read_in_c_as_in_python(fixture_path):
    tree = parse(fixture_path("index-names.html").read_bytes())
    c, py = index.page_names(tree), index.python_page_names(tree)
    assert _comparable(c) == _comparable(py)
    assert accel.cwalk is not None and accel.cwalk.page_names(tree) is not None  # (the walk read it)
    assert [n.attributes.get("class") for n in c[7]] == ["headline", "second-h1"]
    assert len(c[6]) == 2 and c[1] is False  # both JSON-LD scripts; a class value not ASCII


def _paragraphs(got: tuple[dict, set, list]) -> tuple[object, ...]:
    cluster, claimed, tables = got
    return [(n.mem_id, v) for n, v in cluster.items()], sorted(n.mem_id for n in claimed), [n.mem_id for n in tables]


PARAGRAPH_EDGES = [
    "<body><p>  \u00a0caf\u00e9 au lait, \u2003 with a long enough text here \u3000</p><div>x<span>inline only text "
    "that is long enough to count</span></div><div>inner <div>block child text long enough to count, really</div>"
    "</div><li>list item with <a>a link inside it</a> and text</li></body>",
    b"<body><p>\xff\xfe invalid bytes in a paragraph long enough to count</p><svg><section>svg section with text long"
    b" enough</section></svg><table><tr><td>a cell of a table, long enough to be prose</td></tr></table></body>",
    # white space Python strips and lexbor does not (and characters neither strips), code points of 1 to 4 bytes
    "<body><p>\u2028\u0085\u1680 \u00e9t\u00e9 \U0001f600 <a>\u200bzero width, \ufeff</a>\u205f</p><div>\u3000"
    "<span>\u202f\u2000\u200a \u00a0</span>\u2029</div><p>\u4e2d\u6587\U00020000</p></body>",
    b"<body><p>\xe0\x80\x80 overlong, \xed\xa0\x80 surrogate, \xf4\x90\x80\x80 past U+10FFFF, \xc3</p>"
    b"<p>\xe2\x80 cut short \xf0\x9f\x98</p></body>",
]


@needs_c
@pytest.mark.parametrize("page", [p.name for p in FIXTURES] + [f"edge-{i}" for i in range(len(PARAGRAPH_EDGES))])
def test_paragraphs_are_the_same_from_c_and_python(page):
    """Same prose per parent, in the same order (the ranking's sums follow it), same blocks, same tables."""
    html = PARAGRAPH_EDGES[int(page[5:])] if page.startswith("edge-") else \
        (Path(__file__).parent / "fixtures" / page).read_bytes()
    body = parse(html).body
    if body is None:
        pytest.skip("no body")
    got = accel.paragraphs(body, *candidates._C_PARAGRAPHS) if accel.paragraphs is not None else None
    assert got is not None
    assert _paragraphs(got) == _paragraphs(candidates._paragraphs(body))


@needs_c
@pytest.mark.parametrize("page", ["index-names.html", "article.html", "edge-0", "edge-1", "edge-2", "edge-3"])
def test_text_and_link_lengths_are_the_same_from_c_and_python(page):
    """Every node of the page, text nodes too: the text length and both ways of counting link text."""
    html = PARAGRAPH_EDGES[int(page[5:])] if page.startswith("edge-") else \
        (Path(__file__).parent / "fixtures" / page).read_bytes()
    body = parse(html).body
    assert body is not None and accel.text_len is not None and accel.link_len is not None
    for node in body.traverse(include_text=True):
        text = len(node.text(deep=True, strip=True, skip_empty=True))
        links = sum(len(a.text(deep=True, strip=True, skip_empty=True)) for a in node.css("a"))
        assert (accel.text_len(node), accel.link_len(node, candidates._A)) == (text, links)


@needs_c
@pytest.mark.parametrize("page", ["index-names.html", "article.html", "edge-0", "edge-1", "edge-2", "edge-3"])
def test_deep_texts_are_the_same_from_c_and_selectolax(page):
    """Every node of the page (text nodes, a template and its content, a fragment's root too): `text(deep=True)`."""
    html = PARAGRAPH_EDGES[int(page[5:])] if page.startswith("edge-") else \
        (Path(__file__).parent / "fixtures" / page).read_bytes()
    tree = parse(html)
    assert tree.root is not None and accel.texts is not None
    nodes = list(tree.root.traverse(include_text=True))
    template = parse("<div><template><p>a<b>b</b></p></template>c</div>").css_first("template")
    fragment = lexbor.LexborHTMLParser("<p>x<i>y</i></p>z", is_fragment=True)
    assert template is not None and fragment.root is not None
    nodes += [template, *template.traverse(include_text=True), fragment.root]
    assert accel.texts(nodes) == [n.text(deep=True) for n in nodes]
    assert accel.joined_text is not None
    for sep in ("", " ", "\n", "\u00b7\u00d7"):  # (a separator between every two text nodes, empty ones too)
        assert [dom.joined_text(n, sep) for n in nodes] == [n.text(deep=True, separator=sep) for n in nodes]


def test_compiled_walks_are_built_and_used_when_required():
    """CI sets SCRAPER_REQUIRE_C=1 where the install must have built them."""
    if os.environ.get("SCRAPER_REQUIRE_C", "") in ("", "0"):
        pytest.skip("SCRAPER_REQUIRE_C not set")
    assert accel.cwalk is not None, accel.reason


def test_scraper_no_c_leaves_the_compiled_walks_out():
    code = "from scraper.extract import accel; print(accel.cwalk is None, accel.reason)"
    out = subprocess.run([sys.executable, "-c", code], env={**os.environ, "SCRAPER_NO_C": "1"},
                         capture_output=True, text=True, check=True).stdout
    assert out.strip() == "True SCRAPER_NO_C is set"


def test_an_unchecked_selectolax_version_or_a_missing_library_leaves_them_out(monkeypatch):
    monkeypatch.delenv("SCRAPER_NO_C", raising=False)
    version, so = selectolax.__version__, lexbor.__file__
    monkeypatch.setattr(selectolax, "__version__", "99.0")
    assert accel._load() == (None, "selectolax 99.0 is not a version its layout was checked against")
    monkeypatch.setattr(selectolax, "__version__", version)
    if accel.cwalk is None:
        pytest.skip(f"compiled walks not used: {accel.reason}")
    monkeypatch.setattr(lexbor, "__file__", "/nonexistent/lexbor.so")
    cwalk, reason = accel._load()
    assert cwalk is None and "not loaded" in reason
    monkeypatch.setattr(lexbor, "__file__", so)
    assert accel._load()[0] is accel.cwalk  # (a failed look-up left the module as it was)
    tree = parse(b"<h1 class=a>x</h1>")
    assert _comparable(index.page_names(tree)) == _comparable(index.python_page_names(tree))


def _rule_selectors() -> list[str]:
    """Every selector list the rules define, and the block step's own."""
    from scraper.extract.blocks import images
    from scraper.extract.rules import html
    from scraper.extract.vocab import ClassTokens

    from scraper.extract import clean

    out = [images._PICTURE_PASS, images._IN_ORDER, images._PICTURE, clean._SELECTOR, '[itemprop="articleBody"]', "article",
           "main, [role=main]", "h1", "base[href]"]  # (and the body step's and the page's own)
    for name, value in vars(html).items():
        if isinstance(value, str) and (name.endswith("SELECTOR") or name.endswith("_LINKS")):
            out.append(value)
        elif isinstance(value, tuple) and name.endswith("SELECTORS"):
            out.extend(value)
        elif isinstance(value, ClassTokens) and value.css:
            out.append(value.css)
    return out


# pages for the selections: the case of a class name in quirks mode and not, foreign elements, value-less and
# empty attributes, white space HTML does not split a class at, non-ASCII names, a node several alternatives
# match, :has(...) over nested and foreign links, attributes lexbor compares in any case
SELECT_EDGES = [
    "<div class='Image Caption'><p class='caption'>a</p><img alt='a b'><br><em>c</em></div>",
    "<!doctype html><div class='Image PHOTO'><span class='photo-credit'>x</span></div><div class=image>y</div>",
    "<svg><g class='caption'><a href='x'><text>t</text></a></g></svg><p><svg><a href=y></a></svg></p>"
    "<math><mi class='related' id='more-x'>m</mi></math>",
    "<div class>1</div><img alt><a data-caption>2</a><div class=''>3</div><p itemprop>4</p><i data-src>5</i>",
    "<div class='caption\x0bx\x0ccredit\ttitle'>1</div><div class='x\nrelated-posts y'>2</div>"
    "<div class='caf\u00e9-caption l\u00e9gende'>3</div><figure class='wp-caption'><figcaption>f</figcaption></figure>",
    "<ul class='related more next also'><li><p><a href=/a>a</a></p></li><li><a>no href</a></li>"
    "<li><span><b><a href>x</a></b></span></li></ul><h3><a href=/h>h</a></h3><h4>none</h4>",
    "<a class='title' href=/t>t</a><span class='subtitle Title'>s</span><div id='author-bio' class='Bio'>b</div>"
    "<div itemprop='caption photo'>c</div><div itemprop='captions'>d</div><span itemprop=copyrightHolder>e</span>",
    "<DIV CLASS='Read readmore' ID=More>r</DIV><p style='display:none' hidden aria-hidden=true>h</p>"
    "<a REL='Author' href=/x>a</a><input type=HIDDEN class=author id=author-name>",
    "<body class='post related'><main class='article-image'><div class=image-container><img src=x.jpg>"
    "<amp-img class=caption></amp-img></div></main></body>",
]


def _select_pages() -> list[tuple[str, str | bytes]]:
    pages: list[tuple[str, str | bytes]] = [(f"edge-{i}", html) for i, html in enumerate(SELECT_EDGES)]
    pages += [(p.name, p.read_bytes()) for p in FIXTURES]
    return pages


def _assert_same_selections(tree, selectors: list[str]) -> None:
    """Each selector list from the page and from each element that holds several: the same nodes, in the same
    order, as often (`index.select` against `css`), and the same first node."""
    roots = [tree, *(n for n in (tree.body, *tree.css("div, ul, figure, main, svg")) if n is not None)][:12]
    for selector in dict.fromkeys(selectors):
        for root in roots:
            got = index.select(root, selector)
            want = root.css(selector)
            if got is None:  # (all its alternatives left to lexbor)
                assert index._plan(selector)[0] is None
                continue
            assert [n.mem_id for n in got] == [n.mem_id for n in want], (selector, root.tag)
            first = index.select(root, selector, first=True)
            one = root.css_first(selector)
            assert first is not None and [n.mem_id for n in first] == ([one.mem_id] if one is not None else [])


@needs_c
@pytest.mark.parametrize("name,html", _select_pages(), ids=[n for n, _ in _select_pages()])
def test_selections_are_the_same_from_the_compiled_walk_and_lexbor(name, html):
    """Each rule's selector list, whole and pruned to each alternative (`_assert_same_selections`)."""
    selectors = _rule_selectors()
    _assert_same_selections(parse(html), selectors + [alt for s in selectors for alt in index._ALTERNATIVE.split(s)])


# the hidden elements as the body cleaner selected them in one `[style]:is(...)` alternative (lexbor's pass)
_HIDDEN_WAS = ('[hidden], [aria-hidden="true"], [style]:is([style*="display:none"], [style*="display: none"], '
               '[style*="visibility:hidden"], [style*="visibility: hidden"])')
HIDDEN_PAGES = SELECT_EDGES + [
    "<div style='display:none;visibility: hidden' hidden>1</div><p style='DISPLAY:NONE'>2</p><span style>3</span>"
    "<i style='x display: none'>4</i><b style='visibility:hiddenx'>5</b><u style=''>6</u><s aria-hidden=true "
    "style='visibility:hidden'>7</s>",
]


@needs_c
@pytest.mark.parametrize("page", range(len(HIDDEN_PAGES)))
def test_the_body_cleaner_selects_the_hidden_elements_it_did_in_the_compiled_walk_alone(page):
    """Its style tests as alternatives of their own: the walk reads them all (no lexbor pass), and they select
    the elements the one `[style]:is(...)` did (some listed twice: the cleaner removes each once)."""
    from scraper.extract import clean
    from scraper.extract.rules.html import BODY_HIDDEN_SELECTOR

    assert index._plan(clean._SELECTOR)[1] == ""
    tree = parse(HIDDEN_PAGES[page])
    for root in (tree, tree.body):
        assert list(dict.fromkeys(n.mem_id for n in root.css(BODY_HIDDEN_SELECTOR))) == \
            list(dict.fromkeys(n.mem_id for n in root.css(_HIDDEN_WAS)))


# the walk tries at each element only the alternatives its tag may match (those of its tag, those of none, not
# those whose `:not` names it) and scans a value for its `[a*=v]` needles eight bytes at a time: lists whose
# alternatives share a tag, have none, exclude one, match a node several times; custom and foreign elements
# (tags past the table); the case of a class in quirks mode and not; needles at every offset of long values,
# across the words' edges, at the end, beside bytes the word test flags wrongly (0x01 after a match), with
# few first bytes and with many
DISPATCH_SELECTORS = [
    "div.a, div.b, p.a, .a, [class*=a], div, p:not(div), :not(p)",
    "p, p.x, .x, p[id], [id], :not(div), :not(p), div.x:not(p), p:has(a[href]), p:has(a), div p, .x a, a",
    ".Foo, div.foo, p.FOO, .foo.bar, [class~=foo], [class=foo]",
    "[class*=title], [class*=Title], [class*=head], [class*=Head], h2, .title",
    "[class*=ab], [class*=cd], [class*=ef], [class*=gh], [class*=ij], [class*=tle], [id*=tle], [data-x*=tle]",
    "[class*=tle], [class*=t], [class*=e], [class*=title-long-enough], [class$=tle], [class^=tle]",
    '[class*="x"], [class*=x], [id*=x], img[alt*=" "], [data-x*=a]',
    ".related, div.related, span.related, [class*=rel], .x .related, .y .related",
    "g.s, svg, g, a, :not(a), [class*=s]",
    "img + br + em, em, br + em, .x + .y, p + .x, div img + br + em, .x + .y + .x + .y",
]
DISPATCH_PAGES = [
    "<div class='a b'><p class='a x' id=p1><a href=/x class=x>l</a><a>m</a></p><div class=b><p>q</p></div></div>"
    "<p class=x><span class='x a'>s</span></p><ul><li class=a>i</li></ul>",
    "<!doctype html><div class='Foo bar'><p class='foo'>1</p><p class='FOO Bar'>2</p><div class=foo>3</div></div>",
    "<div class='Foo bar'><p class='foo'>1</p><p class='FOO Bar'>2</p><div class=foo>3</div><p class=foo></p></div>",
    "<div class='post-title-wrapper entry-header-title'><h2 class='tle title Title'>t</h2>"
    "<p class='xxxxxxxtitle xxxxxxxxtitle xxxxxxxxxtitle abcdefghij ttttttttttttttttle'>p</p>"
    "<span class='tl t title-long-enough-to-cross-two-words tle'>s</span><i class='tle tl e'>i</i>"
    "<b class=t>b</b><em class=''>e</em><u class>u</u><s id='xx-tle' data-x='a title'>s</s></div>",
    "<div class='x xx'><img alt='a b'><img alt=ab><p data-x=aaaaaaaaaaaaaaaaa id=x>p</p></div>",
    "<my-widget class=related><div class=related>d</div></my-widget><x-y class='x'><span class=related>s</span>"
    "</x-y><div class=y><x-y class=related>c</x-y></div><amp-img class='related rel'></amp-img>",
    "<svg><g class=s><a class=s>a</a></g></svg><math><mi class=related>m</mi></math><p><a class=s>b</a></p>",
    # adjacent siblings past text and comments, not past an element; across a selection's root; chains
    "<div class=x><img><br>text <!-- c --> <em>1</em><img> <br><span></span><em>2</em><br><em>3</em><img><em>4</em>"
    "</div><div class=y><em>5</em><img><br></div><div class=x></div><div class=y><p class=x>p</p><b class=y>b</b>"
    "<i class=x>i</i><u class=y>u</u></div>",
    "<p>a<img alt=x>b<br>c<em>1</em><em>2</em></p><img><br><div><em>3</em></div><img><br><em class=x>4<img><br>"
    "<em>5</em></em><br><em>6</em>",
]


@needs_c
@pytest.mark.parametrize("page", range(len(DISPATCH_PAGES)))
def test_selections_of_lists_the_walk_dispatches_by_tag_are_the_same_as_lexbors(page):
    selectors = DISPATCH_SELECTORS + [alt for s in DISPATCH_SELECTORS for alt in index._ALTERNATIVE.split(s)]
    assert all(index._plan(s)[0] is not None for s in DISPATCH_SELECTORS)  # (the walk reads some of each)
    _assert_same_selections(parse(DISPATCH_PAGES[page]), selectors)


def test_the_compiled_walk_takes_compounds_of_simple_tests_and_leaves_the_rest_to_lexbor():
    taken = ["figure", "div.image", "[class*=title]:not(a)", 'img[alt*=" "]', "a[data-caption]", "p:has(a[href])",
             '[itemprop~="caption"]', '[class*="x"][id^=y][id$=z]', ".a.b", "[data-src]", ":not(a)", ".vcard .fn",
             "[class*=\"author\"]:not(body) a", "h2 a[href]", "img + br + em", "p.x + [id] + div + em"]
    left = ["img+br+em", "img + br em", "img + br +", ".vcard > .fn", "a ~ b", "a b c", '[rel="author"]', "input[type=hidden]", "amp-img", "*",
            '[style]:is([style*="a"])', "a:not(b):not(i)", "[class*=x i]", '[class*=""]',
            "[class|=x]", 'span:lexbor-contains("a" i)', "p:has(> a)"]
    assert all(index.compound(s) is not None for s in taken), [s for s in taken if index.compound(s) is None]
    assert all(index.compound(s) is None for s in left), [s for s in left if index.compound(s) is not None]
# odd containers for the paragraph walk: white space Python strips and lexbor does not, comments, a template,
# SVG and MathML, empty elements, custom and obsolete tags, tables (data, layout, a lone row), lists, <pre>,
# line breaks that split a paragraph, links holding blocks, furniture with and without much prose
BODY_EDGES = [
    "<body><div>\u00a0\u2003<p>caf\u00e9 <!-- a comment --> au lait\u3000</p>\u2028<p></p><p> </p><div></div>"
    "<template><p>hidden template text</p></template><svg><p>breaks out of svg</p><g>in svg</g></svg>"
    "<math><mi>x</mi></math><span></span><b></b><a href=/x></a>\u200b</div></body>",
    "<body><article><h2>Heading <em>em</em></h2><p>one<br>two<br><br>three <a href=/a>lin<br><br>k</a> end</p>"
    "<pre>line 1\nline 2\n  indented</pre><pre></pre><blockquote><p>quoted <strong>strong</strong></p>"
    "<blockquote>deeper</blockquote></blockquote><ol start=3><li>three<ol><li>inner</li></ol></li><li>four<p>more"
    "</p></li></ol><ol start=x><li>a</li></ol><ul><li>bullet</li><dd>dd</dd><dt>dt</dt></ul></article></body>",
    "<body><div><table><tr><th>h1</th><th>h2</th></tr><tr><td>a <a href=/c>c</a></td><td></td></tr><tr></tr>"
    "</table><table><tr><td><p>layout cell</p></td></tr></table><table><tr><td><table><tr><td>nested</td></tr>"
    "</table></td></tr></table><div><tr><td>stray row</td></tr></div></div></body>",
    "<body><div><header>site header</header><div class='share-bar'>Share this</div><div id=comments>a comment"
    "</div><div class='sidebar widget' id=x>sidebar</div><div class=content><p>kept text of the article</p></div>"
    "<amp-img>amp</amp-img><noindex>noindex</noindex><marquee>m</marquee><my-widget class=related>w</my-widget>"
    "<center>centred</center><font>font</font><nobr>nobr</nobr><x-y><p>custom holds a block</p></x-y></div></body>",
    "<body><div><a href=/l><div>a link holding a block</div>tail</a><p><a href=/m><span>x</span></a><em> </em>"
    "<i>\u00e9</i><code>c()</code><kbd>k</kbd></p><p>a\u00a0\u00a0b\tc\x0bd \u0085e</p>"
    "<div>text straight in a div <span>and inline</span></div></div></body>",
    b"<body><p>\xff\xfe bad bytes \xe2\x80 cut <a href=/z>\xc3</a></p><p>\xf0\x9f\x98\x80 emoji</p></body>",
]


def _walked(paragraphs: list) -> list[tuple[object, ...]]:
    def norm(x: object) -> object:
        if isinstance(x, lexbor.LexborNode):
            return ("node", x.mem_id)
        if isinstance(x, (list, tuple)):
            return (type(x).__name__, [norm(i) for i in x])
        return x
    return [(p.text, p.kind, p.link_chars, norm(p.layout), norm(p.marks)) for p in paragraphs]


def _both_walks(monkeypatch, nodes, prose, keep_share=0.5, whole=None):
    from scraper.extract import paragraphs
    assert accel.body_paragraphs is not None
    got = accel.body_paragraphs(nodes, prose, max(200, int(sum(prose.get(n, 0) for n in nodes) * keep_share)),
                                whole or set(), paragraphs._TOP, paragraphs._C_HELPERS, paragraphs._C_TAGS,
                                paragraphs.MAX_DEPTH)
    assert got is not None  # (the compiled walk read it)
    with monkeypatch.context() as m:
        m.setattr(accel, "body_paragraphs", None)
        python = paragraphs.build_paragraphs(nodes, prose, keep_share, whole)
    assert _walked(got) == _walked(python)
    return got


@needs_c
@pytest.mark.parametrize("page", [p.name for p in FIXTURES] + [f"edge-{i}" for i in range(len(BODY_EDGES))])
def test_body_paragraphs_are_the_same_from_c_and_python(page, monkeypatch):
    """The paragraphs of the ranking's container (with its prose and whole blocks), and of the whole <body> with
    no prose (furniture skipped), are the same Paragraphs, layouts and marks from both walks."""
    from scraper.extract.candidates import rank_containers
    from scraper.extract.clean import clean_for_body
    html = BODY_EDGES[int(page[5:])] if page.startswith("edge-") else \
        (Path(__file__).parent / "fixtures" / page).read_bytes()
    tree = parse(html)
    if tree.body is None:
        pytest.skip("no body")
    _both_walks(monkeypatch, [tree.body], {})
    clean_for_body(tree)
    ranking = rank_containers(tree)
    if ranking.best is not None:
        _both_walks(monkeypatch, [ranking.best], ranking.prose, 0.5, ranking.whole)
        _both_walks(monkeypatch, [ranking.best], ranking.prose, 0.2, ranking.whole)
    _both_walks(monkeypatch, [tree.body, *tree.body.css("li, td, pre, h2, ul, table")], {})


@needs_c
def test_body_paragraphs_of_a_deep_tree_stop_at_the_same_depth(monkeypatch):
    """Past nesting.MAX_DEPTH both walks leave the deep part out (the compiled walk is iterative: no C recursion);
    a page nested deeper than that is flattened when parsed, so the tree is made by lexbor directly."""
    from scraper.extract.nesting import MAX_DEPTH
    for depth in (MAX_DEPTH - 2, MAX_DEPTH, MAX_DEPTH + 5, 3 * MAX_DEPTH):
        for inner in ("div", "a", "li", "blockquote"):
            html = f"<body>{'<div><b>x</b>' * (depth // 2)}{f'<{inner}>' * (depth // 2)}deep text" \
                   f"{f'</{inner}>' * (depth // 2)}{'</div>' * (depth // 2)}<p>after</p></body>"
            tree = lexbor.LexborHTMLParser(html)
            assert tree.body is not None
            got = _both_walks(monkeypatch, [tree.body], {})
            assert got[-1].text == "after"


@needs_c
def test_body_paragraphs_leave_what_they_do_not_read_to_python():
    """A fragment's root or anything but a node of a parsed page: None (the Python walk reads it)."""
    from scraper.extract import paragraphs
    args = ({}, 200, set(), paragraphs._TOP, paragraphs._C_HELPERS, paragraphs._C_TAGS, paragraphs.MAX_DEPTH)
    tree = parse("<body><p>x</p></body>")
    fragment = lexbor.LexborHTMLParser("<p>fragment text long enough</p>", is_fragment=True).root
    assert accel.body_paragraphs is not None and tree.body is not None and fragment is not None
    assert accel.body_paragraphs([tree.body, "not a node"], *args) is None
    assert accel.body_paragraphs([fragment], *args) is None
    assert accel.body_paragraphs([], *args) == []
    assert [p.text for p in paragraphs.build_paragraphs([fragment], {})] == ["fragment text long enough"]


# pages for the ranking: prose inside furniture (kept when it is next to all the page's prose, dropped as a
# sidebar's), wrappers around wrappers (its counts read down a chain), ties, a link-heavy box, tables, deep nesting
RANK_EDGES = [
    "<body><div id=comments><p>" + "a comment long enough to be prose, with words. " * 20 + "</p></div></body>",
    "<body><div class=wrap><main><div><article><div><p>" + "the article's prose, long enough to count. " * 15 +
    "</p><p>" + "another paragraph of the article, long enough. " * 10 + "</p></div></article></div></main>"
    "<div class=sidebar><p>" + "sidebar prose that is long enough to count. " * 6 + "</p></div></div></body>",
    "<body><div><p>" + "same prose in twin boxes, long enough to count. " * 5 + "</p></div><div><p>" +
    "same prose in twin boxes, long enough to count. " * 5 + "</p></div></body>",
    "<body><div>" + "<p>a paragraph of links <a href=/x>" + "link text " * 8 + "</a> and some words.</p>" * 12 +
    "</div><div><table><tr><td>a data table's cell, long enough to count</td><td>more</td></tr></table></div>"
    "<ul><li>" + "a list item long enough to count as prose. " * 3 + "</li><li>short</li></ul></body>",
    "<body>" + "<div><span>w</span>" * 200 + "<p>" + "deep prose long enough to be a paragraph. " * 12 + "</p>" +
    "</div>" * 200 + "<section class='related-posts'>" + "<p>a related post's teaser, long enough to count.</p>" * 9 +
    "</section></body>",
    "<body><div class=content itemprop=articleBody>text straight in the block, long enough to count" +
    "<p>" + "\u00e9t\u00e9 \u3000 caf\u00e9, long enough to count as prose. " * 4 + "</p><!-- c --></div>"
    "<template><p>template prose, long enough to count as a paragraph</p></template></body>",
    # thousands of boxes, each its paragraph's home (the walk's tables grow)
    "<body>" + "".join(f"<div class='card c{i % 7}'><p>teaser number {i}, long enough to be prose.</p></div>"
                       for i in range(3000)) + "</body>",
]


@needs_c
@pytest.mark.parametrize("page", [p.name for p in FIXTURES] + [f"edge-{i}" for i in range(len(RANK_EDGES))])
def test_ranking_is_the_same_from_c_and_python(page, monkeypatch):
    """The same best container and the same prose per element, in the same order, from both rankings."""
    from scraper.extract.clean import clean_for_body
    html = RANK_EDGES[int(page[5:])] if page.startswith("edge-") else \
        (Path(__file__).parent / "fixtures" / page).read_bytes()
    for clean in (False, True):
        tree = parse(html)
        if tree.body is None:
            pytest.skip("no body")
        if clean:
            clean_for_body(tree)
        cluster, _ = candidates._clusters(tree.body)
        assert not cluster or accel.rank is not None and accel.rank(cluster, *candidates._C_RANK) is not None
        got = candidates.rank_containers(tree)
        with monkeypatch.context() as m:
            m.setattr(accel, "rank", None)
            python = candidates.rank_containers(tree)
        assert (got.best.mem_id if got.best is not None else None) == \
            (python.best.mem_id if python.best is not None else None)
        assert [(n.mem_id, v) for n, v in got.prose.items()] == [(n.mem_id, v) for n, v in python.prose.items()]
        assert got.page_prose == python.page_prose


@needs_c
def test_ranking_leaves_what_it_does_not_read_to_python():
    tree = parse("<body><p>" + "prose long enough to count as a paragraph. " * 3 + "</p></body>")
    fragment = lexbor.LexborHTMLParser("<p>fragment</p>", is_fragment=True).root
    assert accel.rank is not None and tree.body is not None and fragment is not None
    p = tree.body.css_first("p")
    assert accel.rank({p: 100, "not a node": 1}, *candidates._C_RANK) is None  # type: ignore[dict-item]
    assert accel.rank({fragment: 100}, *candidates._C_RANK) is None
    assert accel.rank({}, *candidates._C_RANK) is None
    best, prose = accel.rank({p: 100}, *candidates._C_RANK)
    assert best is not None and best.mem_id == p.mem_id and [v for v in prose.values()] == [100, 100]


FOLDED_EDGES = [
    "<body><p>Caf\u00c9 AU Lait \u00c0 \u0130stanbul \u212a \U0001f600 \u4e2d</p><div>x<span>Y</span>Z</div></body>",
    b"<body><p>\xff\xfe bad BYTES</p></body>",  # not UTF-8: selectolax's text replaces them (the Python way)
    b"<body><p>\xe0\x80\x80 overlong \xed\xa0\x80 surrogate \xf4\x90\x80\x80 past U+10FFFF</p></body>",
    b"<body><p>cut <b>\xe2\x80</b></p></body>", b"<body><p>Caf\xc3<b>\xa9</b> OK</p></body>",  # split over two nodes
    "<body></body>", "<body><!-- Comment --><p>\x00A\x0bB</p><template><p>T</p></template><svg><text>S</text></svg>",
]


# ancestors with class and id in odd forms: both, one, empty, value-less, non-ASCII, upper-case names, foreign
# elements, the tags the callers stop at; a nav and an h1 on the way up
ANCESTOR_EDGES = [
    "<html class='comment'><body class='related'><div class='Comment-List x' id='q'><nav><p id='widget'>"
    "<span class=''>a<b id=''>b</b></span><i class>c</i></p></nav></div><h1><em>d</em></h1></body></html>",
    "<div id='card\u00a0teaser' class='caf\u00e9 promo'><svg class='logo'><g CLASS='related'><text>t</text></g></svg>"
    "<blockquote><q>x</q></blockquote><article><footer><a>f</a></footer></article></div>",
    b"<div class='\xff\xfe comments'><section ID='Most-Read'><p>x<br>y</p></section></div>",
]


@needs_c
@pytest.mark.parametrize("page", ["index-names.html", "article.html"] + [f"edge-{i}" for i in range(len(FOLDED_EDGES))])
def test_folded_and_joined_texts_are_the_same_from_c_and_python(page):
    """`dom.folded_text` (`Page.shown`) and `dom.joined_text` (`Page.lines`, `node_text`) read every node of the page, text
    nodes too, as selectolax's text() does."""
    from scraper.extract.dom import folded_text, joined_text

    html = FOLDED_EDGES[int(page[5:])] if page.startswith("edge-") else \
        (Path(__file__).parent / "fixtures" / page).read_bytes()
    tree = parse(html)
    assert tree.root is not None and accel.folded_text is not None
    for node in [tree.root, *tree.root.traverse(include_text=True)]:
        want = node.text(deep=True).encode().lower()
        assert folded_text(node) == want
        got = accel.folded_text(node)
        assert got is None or got == want
        for sep in ("\n", "", " | "):
            assert joined_text(node, sep) == node.text(deep=True, separator=sep)
    if page.startswith("edge-") and int(page[5:]) in (0, 4):
        assert tree.body is not None and accel.folded_text(tree.body) is not None  # (the walk read it)


@needs_c
def test_a_custom_tag_the_page_lacks_is_not_asked_of_lexbor():
    """`img, amp-img`: lexbor matches the custom tag (its id is the page's own); a page whose tag table lacks it is not
    asked (the same nodes), one that has it, or only its end tag, is."""
    assert index._plan("img, amp-img")[1:] == ("amp-img", (b"amp-img",)) and index._plan("img, picture")[2] == ()
    pages = {"<div><img><amp-img src=x></amp-img></div>": True, "<div><img></div>": False,
             "<div><img></AMP-IMG></div>": True, "<DIV><AMP-IMG></AMP-IMG><svg><amp-img/></svg></DIV>": True}
    for html, has in pages.items():
        body = parse(html).body
        assert body is not None and accel.has_tags is not None
        assert accel.has_tags(body, (b"amp-img", b"x-y")) is has
        want = [n.mem_id for n in body.css("img, amp-img")]
        assert [n.mem_id for n in index.css(body, "img, amp-img")] == want


@needs_c
@pytest.mark.parametrize("html", [
    "<div class='a b' id=x><p class=''>1</p><p id>2</p><p class id=y>3</p><svg class=s ID=Q><g CLASS=c></g></svg></div>",
    b"<div class='\xff caf\xc3\xa9' id='\xc3'>1</div><math><mi class=m id=n>2</mi></math><!-- c --><p foo:class=x>3</p>",
    "<div class=a class=b id=c id=d>duplicates: the first kept</div><template><p class=t>4</p></template>",
] + [f"fixture:{p.name}" for p in FIXTURES[:6]])
def test_class_and_id_is_the_same_from_c_and_python(html, monkeypatch):
    """`dom.class_and_id` of every node (text and comment nodes too): the element's class and id pointers read in C,
    and the attribute dict read in Python."""
    from scraper.extract import dom

    if isinstance(html, str) and html.startswith("fixture:"):
        html = (Path(__file__).parent / "fixtures" / html[8:]).read_bytes()
    tree = parse(html)
    assert tree.root is not None
    nodes = [tree.root, *tree.root.traverse(include_text=True)]
    got = [dom.class_and_id(n) for n in nodes]
    assert any(got) and accel.class_and_id is not None and accel.class_and_id(nodes[1]) is not None
    monkeypatch.setattr(dom, "_c_class_and_id", None)
    assert got == [dom.class_and_id(n) for n in nodes]


@needs_c
@pytest.mark.parametrize("page", ["blocks-related-list.html", "article.html", "edge-0", "edge-1", "edge-2"])
def test_ancestors_are_the_same_from_c_and_python(page, monkeypatch):
    """`has_ancestor` of every node (text nodes too), with tokens, tags, depths and a stop, by the compiled walk
    up and by the Python one."""
    from scraper.extract.dom import has_ancestor
    from scraper.extract.rules.html import NOT_BYLINE_TOKENS, NOT_DATE_TOKENS, SITE_TITLE_TOKENS

    html = ANCESTOR_EDGES[int(page[5:])] if page.startswith("edge-") else \
        (Path(__file__).parent / "fixtures" / page).read_bytes()
    tree = parse(html)
    nodes = [n for n in tree.root.traverse(include_text=True)] if tree.root is not None else []
    assert len(nodes) > 5
    asks = [(tokens, tags, depth) for tokens in (None, NOT_BYLINE_TOKENS, NOT_DATE_TOKENS, SITE_TITLE_TOKENS)
            for tags in ((), ("nav", "h1", "blockquote"), ("article",), ("figure", "figcaption"))
            for depth in (1, 2, 4, 14)]
    stops = [None, *nodes[::7]]

    def answers() -> list[bool]:
        return [has_ancestor(n, tokens, tags, depth, stop) for n in nodes for tokens, tags, depth in asks
                for stop in stops[:3]]

    assert accel.ancestor_names is not None and accel.ancestor_names(nodes[-1], b"\0", 0, 0, 1, None, True) is not None
    compiled = answers()
    with monkeypatch.context() as m:
        m.setattr(accel, "ancestor_names", None)
        assert answers() == compiled
    assert any(compiled) and not all(compiled)

"""The page's index: selector alternatives ruled out by the page's names, its metas and JSON-LD."""
from __future__ import annotations

import pytest

from scraper.extract import accel
from scraper.extract.dom import parse
from scraper.extract.index import PageIndex


@pytest.fixture
def lexbor_selects(monkeypatch):
    """Selections by lexbor alone (no compiled walk): the index asks `[class*=x]` as the page's one class token
    holding x (`PageIndex._as_tokens`), which lexbor compares faster than a substring at every offset."""
    monkeypatch.setattr(accel, "select", None)

PAGE = """<html><head><title>t</title></head><body>
<div class="c-related-list" id="more-stories"><a href="/a">A</a></div>
<p class="Byline">By Ann Lee</p><span id="author-box">Ann</span>
<div class="vcard"><span class="fn">Bo Ng</span></div>
</body></html>"""

SELECTORS = (
    "[class*=related], [id*=more], [class*=recirc], [class*=onward]",
    "[class*=byline], .byline, [class*=Byline], [id*=author]:not(input)",
    ".vcard .fn, .bypostauthor .fn, h1, [itemprop=headline]",
    "[class*=nothing-here], [id*=nowhere]",
)


@pytest.mark.usefixtures("lexbor_selects")
def test_page_index_select_the_same_nodes_as_lexbor():
    tree = parse(PAGE)
    names = PageIndex(tree)
    for selector in SELECTORS:
        assert [n.mem_id for n in names.css(tree, selector)] == [n.mem_id for n in tree.css(selector)]
    # (the one class token holding "related" stands for the substring test)
    assert names.selector(SELECTORS[0]) == '[class~="c-related-list"], [id*=more]'
    assert names.css(tree, SELECTORS[3]) == []
    assert names.selector(SELECTORS[2]) == ".vcard .fn, h1"  # no itemprop on the page


TOKENS_PAGE = """<!doctype html><html><body>
<div class="post-title x"><h2 class="sub-title">A</h2><span class="Title">B</span></div>
<p class="lede dek-text">C</p><p class="dek-text">D</p><i class="a:b/c">E</i><b class="we!rd">F</b>
<div class="x byline-name">G</div><div class="kicker"><div class="kicker">H</div></div>
</body></html>"""


@pytest.mark.usefixtures("lexbor_selects")
def test_class_contains_asked_as_the_one_token_that_holds_it():
    tree = parse(TOKENS_PAGE)
    names = PageIndex(tree)
    for selector in ("[class*=title], [class*=Title]", "[class*=dek] p, [class*=lede]:not(a)", '[class*="a:b"]',
                     "[class*=rd]", "[class*=byline], [class*=kick] [class*=kick]", "[class*=ti]"):
        assert [n.mem_id for n in names.css(tree, selector)] == [n.mem_id for n in tree.css(selector)]
    assert names.selector("[class*=title], [class*=Title]") == '[class*=title], [class~="Title"]'  # two hold "title"
    assert names.selector("[class*=dek] p") == '[class~="dek-text"] p'
    assert names.selector("[class*=rd]") == "[class*=rd]"  # "we!rd" is not written in a selector
    assert names.selector("[class*=kick]") == '[class~="kicker"]'
    # a class value split at a vertical tab (str.split() does, HTML does not) or not in ASCII: no rewriting
    for odd in ('class="x\x0bbyline-name"', 'class="x byline-name caf\u00e9"'):
        tree = parse(TOKENS_PAGE.replace('class="x byline-name"', odd))
        names = PageIndex(tree)
        assert names.selector("[class*=kick]") == "[class*=kick]"
        assert [n.mem_id for n in names.css(tree, "[class*=byline]")] == [n.mem_id for n in tree.css("[class*=byline]")]


@pytest.mark.usefixtures("lexbor_selects")
def test_page_index_learn_selectors_asked_after_the_page_was_scanned():
    tree = parse(PAGE)
    names = PageIndex(tree)
    names.selector(SELECTORS[0])  # the page's names are scanned for the words known by now
    late = "[class*=vcar], [class*=zzz-never-asked], [id*=ore-sto], .BYLINE, [id*=never-asked-either]"
    assert names.selector(late) == '[class~="vcard"], [id*=ore-sto], .BYLINE'
    assert [n.mem_id for n in names.css(tree, late)] == [n.mem_id for n in tree.css(late)]
    fresh = PageIndex(parse(PAGE))  # a later page's scan knows the new words
    assert fresh.selector(late) == names.selector(late)


def test_words_lost_by_the_shared_scanner_are_learned_again(monkeypatch):
    from scraper.extract import index
    names = PageIndex(parse(PAGE))
    names.selector(SELECTORS[1])  # its words are known now, and cached with the selector
    monkeypatch.setattr(index, "_SCANNER", (frozenset(("",)), (), None, {}))  # as if another thread's update lost them
    fresh = PageIndex(parse(PAGE))
    assert fresh.selector(SELECTORS[1]) == names.selector(SELECTORS[1])  # the slow way, same answer
    assert {"byline", "Byline", "author"} <= index._SCANNER[0]  # and learned again for the next page


def test_page_index_read_itemprop_and_rel_values():
    tree = parse('<html><body><a rel="nofollow" href="/x">x</a><span itemprop="name">N</span>'
                 '<a rel href="/y">y</a><link rel="Author" href="/z"></body></html>')
    names = PageIndex(tree)
    selectors = ('[rel="author"], [itemprop="author"]', '[itemprop="name"], [rel="me"]', "[rel], [itemprop=x]",
                 '[itemprop="author"] [itemprop="name"], span')
    for selector in selectors:
        assert [n.mem_id for n in names.css(tree, selector)] == [n.mem_id for n in tree.css(selector)]
    assert names.selector(selectors[0]) == '[rel="author"]'  # "Author": any case may match
    assert names.selector(selectors[1]) == '[itemprop="name"]'
    assert names.selector(selectors[2]) == "[rel]"
    assert names.selector(selectors[3]) == "span"


def test_page_index_read_metas_and_json_ld_as_lexbor_selects_them():
    from scraper.extract.jsonld import json_ld_from

    tree = parse("""<html><head><meta charset="utf-8"><meta property="og:title" content="T" id="m">
    <script type="application/LD+JSON">{"@type": "NewsArticle", "headline": "A"}</script>
    <script type=" application/ld+json">{"headline": "not JSON-LD to lexbor"}</script>
    <script id="s" type="application/ld+json">[{"@type": "Person", "name": "B"}]</script>
    <script id="t" type="text/javascript">var x;</script></head>
    <body><div itemprop="author"><meta itemprop="name" content="C"></div></body></html>""")
    names = PageIndex(tree)
    assert names.metas == [n.attributes for n in tree.css("meta")] and len(names.metas) == 3
    scripts = [n.text(deep=True) for n in tree.css('script[type="application/ld+json"]')]
    assert names.ld_json == scripts and len(json_ld_from(names.ld_json)) == 2


def test_the_index_pass_finds_the_pages_h1s_as_lexbor_does():
    page = ('<html><body><noscript><h1>A</h1></noscript><template><h1>B</h1></template>'
            '<article><h1 itemprop="headline" class="x">C</h1></article><h1>D</h1>'
            '<script>document.write("<h1>E</h1>")</script></body></html>')
    tree = parse(page)
    names = PageIndex(tree)
    assert [n.text() for n in names.h1s] == ["A", "C", "D"]  # once each, in page order
    assert [n.mem_id for n in names.h1s] == [n.mem_id for n in tree.css("h1")]


def test_the_date_beside_the_headline_looks_at_the_first_h1_or_post_title():
    from scraper.extract.dates import _headline
    from scraper.extract.page import Page
    first = Page('<html><body><div class="post-title">Post</div><h1>Site</h1></body></html>')
    assert _headline(first).text() == "Post"
    only_h1 = Page('<html><body><p class="x">p</p><h1>One</h1><h1>Two</h1></body></html>')
    assert _headline(only_h1).text() == "One"
    assert _headline(Page("<html><body><p>none</p></body></html>")) is None


@pytest.mark.usefixtures("lexbor_selects")
def test_class_words_stand_in_their_own_case_though_found_by_the_lower_case_scan():
    tree = parse('<html><body><div class="ByLine x-Date">a</div><p class="dateline">b</p></body></html>')
    names = PageIndex(tree)
    selector = '[class*="byline"], [class*="ByLine"], [class*="Date"], [class*="DATE"], .BYLINE, [class*="date"]'
    assert names.selector(selector) == '[class~="ByLine"], [class~="x-Date"], .BYLINE, [class~="dateline"]'
    assert [n.mem_id for n in names.css(tree, selector)] == [n.mem_id for n in tree.css(selector)]


@pytest.mark.usefixtures("lexbor_selects")
def test_pages_that_hold_the_same_needs_share_the_pruned_selector():
    from scraper.extract import index

    selector = "[class*=shared-hero], [class*=shared-byline], h1, [id*=shared-more]"
    one, two, other = (PageIndex(parse(f"<html><body>{body}</body></html>")) for body in (
        '<div class="shared-hero">A</div><h1>T</h1>',
        '<p class="x shared-hero-wide">B</p>',
        '<p class="shared-byline" id="shared-more-x">C</p>'))
    for names in (one, two, other):
        names.selector("[class*=shared-hero], [class*=shared-byline], [id*=shared-more]")  # the words learned, scanned
    for names in (one, two, other):
        names._kept.clear()
    pruned = [key for key in index._PRUNED if key[0] == selector]
    assert one.selector(selector) == '[class~="shared-hero"], h1'
    assert len([key for key in index._PRUNED if key[0] == selector]) == len(pruned) + 1
    # another page holding the same needs takes the pruned list from the cache (its own token rewriting after)
    assert two.selector(selector) == '[class~="shared-hero-wide"], h1'
    assert len([key for key in index._PRUNED if key[0] == selector]) == len(pruned) + 1
    # a page holding other needs has its own entry
    assert other.selector(selector) == '[class~="shared-byline"], h1, [id*=shared-more]'
    assert len([key for key in index._PRUNED if key[0] == selector]) == len(pruned) + 2


def test_metas_and_h1s_in_foreign_content_are_those_lexbor_selects():
    tree = parse('<html><body><svg><meta name="a"><h1>A</h1></svg><svg><foreignObject><h1>B</h1><meta name="b">'
                 '</foreignObject><desc><h1>C</h1></desc></svg><math><mi><h1>D</h1></mi><annotation-xml '
                 'encoding="text/html"><meta name="c"><h1>E</h1></annotation-xml></math><svg><title><meta name="d">'
                 '</title></svg><H1>F</H1><META NAME="e"></body></html>')
    names = PageIndex(tree)
    assert [n.mem_id for n in names.h1s] == [n.mem_id for n in tree.css("h1")] and len(names.h1s) == 6
    assert names.metas == [n.attributes for n in tree.css("meta")] and len(names.metas) == 5


def test_class_contains_kept_as_written_for_the_compiled_walk():
    """With the compiled walk `[class*=x]` stays as written: it scans class values fast, and the same selector string on
    every page keeps one compiled plan for all of them (a page's own token would build a plan a page)."""
    if accel.select is None:
        pytest.skip("compiled walks not built")
    tree = parse(PAGE)
    names = PageIndex(tree)
    assert names.selector(SELECTORS[0]) == "[class*=related], [id*=more]"
    assert [n.mem_id for n in names.css(tree, SELECTORS[0])] == [n.mem_id for n in tree.css(SELECTORS[0])]

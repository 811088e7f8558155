"""What the page declares about itself, completed from the DOM: headline, authors, dates."""
from __future__ import annotations

import pytest

import scraper
from scraper import Author
from scraper.extract.dom import parse
from scraper.extract.page import Page
from scraper.extract.bylines import dom_bylines, is_organisation, person_names
from scraper.extract.dates import text_date
from scraper.extract.headline import choose_headline, h1s_in_main, strip_site_suffix
from scraper.extract.metadata import read_metadata
from scraper.extract.rules.html import DATED_ELEMENTS, H1_IN_MAIN


def _md(html, url=None):
    return read_metadata(Page(html, url))


def test_json_ld_only_author_with_role_bio_and_url(read_fixture):
    article = scraper.extract(read_fixture("meta-jsonld-author.html"), url="https://example.org/a")
    # the Organization in the author list is dropped: authors are people; only the JSON-LD credits her
    assert article.authors == [Author(name="Ana Ruiz", role="Senior News Editor",
                                      bio="Ana Ruiz edits the city desk and writes about housing.",
                                      url="https://example.org/authors/ana-ruiz", shown=False)]
    assert article.headline == "Council turns bus depot into a square"
    assert article.published == "2024-03-05"
    assert article.modified == "2024-03-06T10:00:00+00:00"


def test_the_visible_h1_beats_the_seo_title():
    md = _md("""<html><head><title>Depot plan approved: what it means | Town Paper</title>
        <meta property="og:title" content="Depot plan approved: what it means"></head>
        <body><header><h1 class="site-title">Town Paper</h1></header>
        <article><h1 itemprop="headline">Council turns bus depot into a square</h1><p>Text.</p></article></body></html>""")
    assert md.headline == "Council turns bus depot into a square"


def test_a_blog_title_in_an_h2_when_the_h1_is_the_site_name():
    md = _md("""<html><head><title>Muffins the easy way - Anna's Kitchen</title>
        <meta property="og:site_name" content="Anna's Kitchen"></head><body>
        <div id="header"><h1><a href="/">Anna's Kitchen</a></h1></div>
        <div class="post"><h2 class="entry-title">Muffins the easy way</h2><p>Text.</p></div></body></html>""")
    assert md.headline == "Muffins the easy way"


def test_title_without_site_suffix_when_the_page_has_no_headline_element():
    assert strip_site_suffix("Muffins the easy way | Anna's Kitchen", "Anna's Kitchen") == "Muffins the easy way"
    assert strip_site_suffix("Muffins the easy way - Recipes", None) == "Muffins the easy way"
    assert choose_headline(Page("<p>x</p>"), ["Muffins the easy way | Anna's Kitchen"], "Anna's Kitchen") == \
        "Muffins the easy way"


def test_byline_from_the_dom_not_from_comments_or_teasers():
    page = Page("""<html><body><article><h1>Headline of the story</h1>
        <p class="byline">By <a rel="author" href="/author/kim">Kim Park</a> and <a rel="author" href="/author/lee">Lee Cho</a></p>
        <p>Text.</p></article>
        <div class="related"><div class="card"><a rel="author" href="/author/x">Teaser Writer</a></div></div>
        <ol class="comments"><li class="comment"><span class="vcard"><span class="fn">Angry Reader</span></span></li></ol>
        </body></html>""")
    assert dom_bylines(page) == ["Kim Park", "Lee Cho"]


def test_person_names_from_byline_text():
    assert person_names("By Jane Doe and John Roe | March 3, 2024") == ["Jane Doe", "John Roe"]
    assert person_names("Posted by Konstantin @ 12:00 am") == ["Konstantin"]
    assert person_names("Geschrieben von Cooper am 25.08.2015 22:30") == ["Cooper"]



def test_a_labelled_byline_split_over_tags_is_read():
    # "<strong>Autor:</strong> <a>Name</a>": the label, a space between the tags, then the name
    page = Page("""<html><body><h1>Die Geschichte der Feuerwehr</h1>
        <p>Ein langer Text über die Fahrzeuge der Feuerwehr und ihre Geschichte.</p>
        <div class="content"><p> <strong>Autor:</strong> <a href="/profil/7">Klaus Friedrich</a> <br/>
        <strong>Tags:</strong> <a href="/t/1">Geschichte</a></p></div></body></html>""")
    assert dom_bylines(page) == ["Klaus Friedrich"]

def test_organisations_are_not_people():
    for name in ("The Associated Press", "Our Foreign Staff", "CBS Detroit", "Redaktion", "AFP", "Reuters"):
        assert is_organisation(name), name
    assert is_organisation("Town Paper", site_name="Town Paper")
    for name in ("Jane Doe", "Victor Davis Hanson", "Mark di Stefano"):
        assert not is_organisation(name), name


def test_placeholder_and_handle_bylines_give_no_author():
    md = _md("""<html><head><meta name="author" content="The Associated Press"></head>
        <body><h1>Headline of the story</h1><p>Text.</p></body></html>""")
    assert md.authors == []


def test_dates_written_in_the_page():
    assert text_date("Publiziert am 13. Januar 2014") == "2014-01-13"
    assert text_date("am 25.08.2015 22:30") == "2015-08-25"
    assert text_date("Nov. 18, 2019 at 9:24 pm") == "2019-11-18"
    assert text_date("le 30 avril 2015") == "2015-04-30"
    assert text_date("03/11/2015", "en") == "2015-03-11"
    assert text_date("03/11/2015", "de") == "2015-11-03"
    assert text_date("no date here") is None


def test_published_from_the_dom_then_the_url():
    md = _md("""<html lang="de"><body><h1>Ein Titel</h1>
        <div class="entry-meta"><span class="entry-date">13. Januar 2014</span></div><p>Text.</p></body></html>""")
    assert md.published == "2014-01-13"
    md = _md("<html><body><h1>A title</h1><p>Text.</p></body></html>", "https://example.org/2019/11/18/a-story/")
    assert md.published == "2019-11-18"


def test_json_ld_date_keeps_its_offset():
    md = _md("""<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"H",
        "datePublished":"2017-02-23T17:18:13-08:00"}</script></head><body></body></html>""")
    assert md.published == "2017-02-23T17:18:13-08:00"


def test_a_newsroom_credited_alone_stays_but_never_beside_a_person():
    alone = _md("""<html><body><h1>Headline of the story</h1><p class="byline">By <span class="author">Redaktion</span></p>
        <p>Text.</p></body></html>""")
    assert alone.authors == [Author(name="Redaktion", organisation=True)]
    both = _md("""<html><body><h1>Headline of the story</h1>
        <p class="byline">By <a rel="author" href="/a/kim">Kim Park</a> and <a rel="author" href="/a/r">Redaktion</a></p>
        <p>Text.</p></body></html>""")
    assert [a.name for a in both.authors] == ["Kim Park"] and not both.authors[0].organisation
    agency = _md("""<html><body><h1>Headline of the story</h1><p class="byline">By <span class="author">AFP</span></p>
        </body></html>""")
    assert agency.authors == []


def test_the_sites_own_name_credited_alone_stays_marked_as_an_organisation(read_fixture):
    # "por Cozinha Aberta" on Cozinha Aberta: the page credits the site itself, no person
    article = scraper.extract(read_fixture("byline-site-name.html"), url="https://cozinha.example/bolo")
    assert article.authors == [Author(name="Cozinha Aberta", organisation=True)]


def test_a_written_byline_with_a_colon_after_its_by_word(read_fixture):
    # "05/10/2018 - Publicado por: Jane Roe - Categoria: ...", "Posted by: Jane Roe"
    article = scraper.extract(read_fixture("byline-posted-by-colon.html"), url="https://cidade.example/noticias/1")
    assert [a.name for a in article.authors] == ["Marina Duarte"]


def test_a_byline_that_opens_with_the_is_an_organisation(read_fixture):
    # "By The Daily Ledger": a newsletter's or a brand's name, no person's; kept alone as the credit
    article = scraper.extract(read_fixture("byline-the-brand.html"), url="https://streetnotes.example/briefing")
    assert article.authors == [Author(name="The Daily Ledger", organisation=True)]
    assert not is_organisation("Theo Walcott") and not is_organisation("Thea Roe")


def test_an_h1_that_is_the_titles_site_segment_is_not_the_headline():
    md = _md("""<html><head><title>Interning of small integers in Python | Four Years Remaining</title></head><body>
        <div class="top"><h1>Four Years Remaining</h1></div>
        <div class="post"><h2 class="post-title">Interning of small integers in Python</h2><p>Text.</p></div></body></html>""")
    assert md.headline == "Interning of small integers in Python"


def test_an_offset_python_cannot_represent_keeps_the_date():
    from scraper.extract.dates import iso_date

    assert iso_date("2019-11-19T06:30:42+24:00") == "2019-11-19"
    assert iso_date("2019-11-19T06:30:42+01:00") == "2019-11-19T06:30:42+01:00"


@pytest.mark.parametrize("value", [
    "2019-11-19T13:16:49+0000", "2020-09-18T08:56:40-0700", "2022-05-04T08:27:49.000-0300", "2017-11-16T14:15+0000",
    "2019-11-19T13:16:49-0000", "2019-11-19T13:16:49+1400", "2019-11-19T13:16:49+05:30", "2019-11-19 13:16:49Z",
    "2019-11-19T13:16:49+2400", "2019-11-19", "2019-11-19T00:00:00+0100",
])
def test_iso_dates_read_without_dateutil_read_as_dateutil_reads_them(value):
    from datetime import datetime

    from dateutil import parser as dateparser

    from scraper.extract.dates import _dateutil, _iso_result
    try:
        slow = _iso_result(dateparser.parse(value, default=datetime(1900, 1, 1)), value)
    except ValueError:  # an offset Python cannot represent: dateutil fails too, so does the fast way
        slow = None
    assert _dateutil(value) == slow


def test_h1_in_main_reads_as_lexbor_does():
    tree = parse("""<html><body><h1>Site</h1><div role="main"><h1>A</h1></div><main><div><h1>B</h1></div></main>
    <div role="Main"><h1>C</h1></div><article><section><h1>D</h1></section></article><svg><h1>E</h1></svg>
    <div role="navigation main"><h1>F</h1></div><article><main role="main"><article><h1>G</h1></article></main>
    </article></body></html>""")
    assert [h.mem_id for h in h1s_in_main(tree.css("h1"), 100)] == [h.mem_id for h in tree.css(H1_IN_MAIN)]
    assert [h.mem_id for h in h1s_in_main(tree.css("h1"), 3)] == [h.mem_id for h in tree.css(H1_IN_MAIN)][:3]


def test_dated_elements_rank_is_the_first_selector_lexbor_matches():
    tree = parse("""<html><body><span itemprop="datePublished" content="2020-01-02">x</span>
    <time pubdate datetime="2020-01-03">y</time><div class="is-published" title="2020">z</div>
    <span class="published-at" datetime="2020-01-04">w</span><article><div><time datetime="2020-01-05">v</time>
    </div></article><time datetime="2020-01-06">u</time><abbr title="2020-01-07">t</abbr>
    <time itemprop="datePublished" datetime="2020-01-08">s</time><span itemprop="DatePublished">r</span>
    <main><time class="published" datetime="2020">q</time></main></body></html>""")
    nodes = tree.css(DATED_ELEMENTS.css)
    expected = [next(i for i, s in enumerate(DATED_ELEMENTS.selectors) if n.css_matches(s)) for n in nodes]
    assert [DATED_ELEMENTS.rank(n) for n in nodes] == expected and sorted(set(expected)) == [0, 1, 2, 3, 4, 5]


def test_dated_elements_listed_from_the_cheaper_selection_is_what_lexbor_lists():
    # a node once for each alternative it matches (a <time pubdate datetime> in an <article>: three times), a
    # <time> with neither attribute (in the cheaper selection) not at all; the first `most` entries only
    tree = parse("""<html><body><time>no</time><article><time pubdate datetime="2020-01-03">y</time></article>
    <span class="was-published" datetime="2020" title="2020">z</span><abbr>no</abbr><abbr title="2020-01-07">t</abbr>
    <main><time class="published" datetime="2020">q</time></main><span itemprop="datePublished">r</span>
    <time datetime="2020-01-06">u</time></body></html>""")
    lexbor = [(DATED_ELEMENTS.rank(n), n.mem_id) for n in tree.css(DATED_ELEMENTS.css)]
    assert len(lexbor) == 11 and len(DATED_ELEMENTS.select.split(",")) < len(DATED_ELEMENTS.css.split(","))
    for most in (3, 11, 40):
        listed = DATED_ELEMENTS.listed(tree.css(DATED_ELEMENTS.select), most)
        assert [(rank, n.mem_id) for rank, n in listed] == lexbor[:most]


def test_a_spanish_byline_written_por_names_the_author(read_fixture):
    # es.py BY: one line makes every byline pattern read "Por": the written byline of a page, a dump's byline line
    article = scraper.extract(read_fixture("byline-por.html"), url="https://example.es/noticias/la-plaza")
    assert article.authors == [Author(name="María García")]
    prose = "El pleno del ayuntamiento aprobó el martes convertir la antigua cochera de autobuses en una plaza. "
    dump = f"La cochera será una plaza\n\nLa cochera será una plaza\n\nPor María García\n\n{prose * 3}\n"
    assert scraper.extract_text(dump).authors == [Author(name="María García")]


def test_a_german_byline_erstellt_von_names_the_author():
    md = _md("""<html lang="de"><body><h1>Podcasts in Plex einbinden</h1>
        <div class="meta">Erstellt von <span>Fabian</span> am Dienstag 6. Mai 2014</div>
        <p>Eine Anleitung, wie man Podcasts in den Plex Media Server einbindet und automatisch aktualisiert.</p>
        </body></html>""")
    assert [a.name for a in md.authors] == ["Fabian"]


def test_a_name_only_a_hidden_element_or_the_metadata_gives_is_not_shown(read_fixture):
    # a theme's hidden vcard holds a login (never read as a byline), the meta tag a name: a reader sees neither
    article = scraper.extract(read_fixture("byline-hidden-login.html"), url="https://example.org/a")
    assert [(a.name, a.shown) for a in article.authors] == [("Piet Vermeulen", False)]


def test_a_declared_author_only_a_hidden_author_box_names_is_not_shown(read_fixture):
    # the JSON-LD names the person, and so does a theme's author box kept display:none: a reader sees no byline
    article = scraper.extract(read_fixture("byline-declared-hidden-box.html"), url="https://example.org/a")
    assert [(a.name, a.shown) for a in article.authors] == [("Anna Berger", False)]


def test_a_meta_author_the_page_shows_in_capitals_is_shown(read_fixture):
    article = scraper.extract(read_fixture("byline-meta-author-shown.html"), url="https://example.org/a")
    assert [(a.name, a.shown) for a in article.authors] == [("Lena Marx", True)]


def test_the_sites_brand_credited_alone_is_an_organisation(read_fixture):
    # "HarbourPost" on www.harbourpost.example: the name the domain registers, no person
    article = scraper.extract(read_fixture("byline-brand-of-host.html"),
                              url="https://www.harbourpost.example/2024/12/ferry")
    assert article.authors == [Author(name="HarbourPost", organisation=True)]
    assert is_organisation("AUTO WELT", site_name="Autowelt")  # the site's name written apart
    assert is_organisation("Beachbody", site_name="The Beachbody Blog")  # a person's name takes no "the"
    assert not is_organisation("gnaddrig", site_name="gnaddrig ad libitum")  # the blogger's handle
    assert not is_organisation("jroe", url="https://jroe.blogs.example/2024/post")  # a blog host's sub-domain
    assert not is_organisation("Jane Roe", url="https://janeroe.example/post")  # her own site


def test_a_login_the_site_made_up_is_no_name(read_fixture):
    article = scraper.extract(read_fixture("byline-generated-login.html"), url="https://qa.example/q/1")
    assert article.authors == []
    assert person_names("user48213") == [] and person_names("Guest_12") == []
    assert person_names("freeman1984") == ["freeman1984"]  # a handle people pick stays a credit


def test_a_title_that_opens_with_a_by_word_is_not_a_byline(read_fixture):
    # "Von Bauern, Wanderern und ganz vielen Ziegen": a teaser's title, its "names" in lower case words
    article = scraper.extract(read_fixture("byline-teaser-title-von.html"), url="https://zeitung.example/bruecke")
    assert article.authors == []


def test_a_declared_login_takes_the_full_name_the_page_shows(read_fixture):
    # JSON-LD declares "ulrike.brandt"; the article ends "(Ulrike M. Brandt)"
    article = scraper.extract(read_fixture("byline-login-and-full-name.html"), url="https://zeitung.example/radweg")
    assert [(a.name, a.shown) for a in article.authors] == [("Ulrike M. Brandt", True)]


def test_a_meta_author_the_page_names_only_in_its_comments_and_footer_is_not_shown(read_fixture):
    # the meta tag names the person; the page shows the name only as a commenter's and in its footer's
    # "© 2019 Site by Anna Berger": no byline a reader sees
    article = scraper.extract(read_fixture("byline-meta-author-footer.html"), url="https://example.org/a")
    assert [(a.name, a.shown) for a in article.authors] == [("Anna Berger", False)]


def test_a_post_author_the_page_names_only_in_its_comments_is_not_shown(read_fixture):
    # no byline: the blog's comments mark the post author's reply ("bypostauthor"), the only place that names her
    article = scraper.extract(read_fixture("byline-post-author-comment.html"), url="https://example.org/a")
    assert [(a.name, a.shown) for a in article.authors] == [("Anna Berger", False)]

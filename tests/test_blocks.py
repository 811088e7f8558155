"""The block step: author boxes and bios, figures with caption and credit, related articles,
editor's notes and reading time, each recorded as data and kept out of the body."""
from __future__ import annotations

import pytest

import scraper
from scraper import Author, Image, RelatedArticle
from scraper.extract.blocks import take_blocks
from scraper.extract.metadata import read_metadata
from scraper.extract.page import Page

URL = "https://example.org/news/council-square"
FIRST = "The city council voted on Tuesday to turn the old bus depot into a public square"
LAST = "before the square is finished."


@pytest.fixture
def extract(read_fixture):
    return lambda name: scraper.extract(read_fixture(name), url=URL)


def _body_kept(article):
    assert FIRST in article.body and LAST in article.body


def test_author_box_after_the_article(extract):
    article = extract("blocks-author-box.html")
    assert article.authors == [Author(
        name="Jane Doe", role="City Hall Reporter",
        bio="Jane Doe covers city hall and local politics. She joined the paper in 2015 after ten years "
            "at a regional radio station.",
        url="https://example.org/authors/jane-doe")]
    assert "covers city hall" not in article.body and "City Hall Reporter" not in article.body
    _body_kept(article)


def test_bio_in_the_byline(extract):
    article = extract("blocks-byline-bio.html")
    assert article.authors == [Author(
        name="Sam Lee", bio="Sam Lee is a freelance producer based in Seoul who writes about cities and transport.",
        url="https://example.org/people/sam-lee")]
    assert "freelance producer" not in article.body
    _body_kept(article)


def test_figure_with_a_credit_element(extract):
    article = extract("blocks-figure-credit.html")
    assert article.images == [Image(url="https://example.org/media/depot.jpg",
                                    caption="The old bus depot, closed since 2017, will become a square.",
                                    credit="Maria Stone/Town Paper", alt="The old bus depot at dusk")]
    assert "closed since 2017" not in article.body and "Maria Stone" not in article.body
    _body_kept(article)


def test_figure_in_a_post_filed_under_a_signal_word(read_fixture):
    # WordPress writes the post's terms on <article> ("category-sponsored-content", "tag-social-media"): a
    # post filed under "Sponsored" is no ad box, and its figure keeps its caption and credit
    article = scraper.extract(read_fixture("blocks-wp-term-classes.html"), url="https://example.org/five-spa-towns/")
    assert article.images == [Image(url="https://example.org/uploads/2026/11/pool-in-the-snow.jpg",
                                    caption="The outdoor pool stays at 34 degrees all winter.",
                                    credit="Tourist Board South-East | Anna Berg",
                                    alt="An outdoor pool with snow around it")]
    assert "34 degrees" not in article.body and "warm pool under a cold sky" in article.body


def test_copyright_line_before_the_caption_text(extract):
    # the credit in its own element at the head of the figcaption, the caption as the text after it:
    # the "©" line alone is the credit, not the credit and the caption run together
    article = extract("blocks-copyright-line-first.html")
    assert article.images == [Image(url="https://example.org/media/depot.jpg",
                                    caption="The old bus depot, closed since 2017, will become a square.",
                                    credit="Town Paper", alt="The old bus depot at dusk")]
    _body_kept(article)


def test_caption_with_credit_in_brackets(extract):
    article = extract("blocks-caption-paren.html")
    assert article.images == [Image(url="https://cdn.example.org/depot.jpg",
                                    caption="Traders at the old market on March 3, 2024 in Leeds, England.",
                                    credit="Contributor/Getty Images", alt=None)]
    assert "Getty" not in article.body
    _body_kept(article)


def test_inline_read_also_link(extract):
    article = extract("blocks-inline-related.html")
    assert article.related == [RelatedArticle(
        title="Market traders fear a rent rise after the move",
        url="https://example.org/news/2024/03/01/market-traders-fear-rent-rise")]
    assert "rent rise" not in article.body and "Read also" not in article.body
    _body_kept(article)


def test_related_card_list_after_the_body_and_most_popular_stays_out(extract):
    article = extract("blocks-related-list.html")
    assert article.related == [
        RelatedArticle(title="Depot plan delayed again as costs rise",
                       url="https://example.org/news/2024/02/20/depot-plan-delayed-again",
                       teaser="The council asked for a new estimate after the first bids came in far over budget."),
        RelatedArticle(title="What residents want from the new square",
                       url="https://example.org/news/2024/01/11/what-residents-want-from-the-square"),
    ]
    assert "Depot plan delayed" not in article.body and "new estimate" not in article.body
    _body_kept(article)


def test_a_trending_list_is_never_related(extract):
    article = extract("blocks-most-popular.html")
    assert article.related == []
    _body_kept(article)


def test_editor_note_reading_time_and_an_agency_byline(extract):
    article = extract("blocks-notes.html")
    assert article.editor_note == "This story was updated on March 6 with the final vote count."
    assert article.reading_time_minutes == 4  # the page's own figure, not the body's length
    assert article.authors == []  # "AFP Staff" is an organisation, not a person
    assert "Editor's note" not in article.body and "min read" not in article.body
    _body_kept(article)


def test_reading_time_is_computed_when_the_page_shows_none(extract):
    article = extract("blocks-figure-credit.html")
    words = len(article.body.split())
    assert article.reading_time_minutes == max(1, -(-words // 230))


def test_the_step_removes_what_it_records_and_only_that(read_fixture):
    page = Page(read_fixture("blocks-related-list.html"), URL)
    blocks = take_blocks(page, read_metadata(page))
    html = page.tree.html
    assert len(blocks.related) == 2
    assert "depot-plan-delayed-again" not in html  # recorded, then taken out
    assert "local-team-wins-the-cup-final" in html  # a site list: not recorded, left for the body step
    assert FIRST in html


def test_article_text_is_never_taken_for_a_related_block():
    paragraphs = "".join(f"<p>{FIRST}, paragraph {i}, with a <a href='/news/2024/01/0{i}/a-long-story-slug'>"
                         f"link to another story</a> in the text and more words to read here.</p>" for i in range(1, 6))
    html = (f"<html><body><article><h1>A headline for the test page</h1><div class='related-coverage-body'>"
            f"{paragraphs}</div></article></body></html>")
    page = Page(html, URL)
    take_blocks(page, read_metadata(page))
    assert page.tree.html.count(FIRST) == 5


def test_the_declared_lead_image_and_its_figure_are_one_image():
    html = """<html><head><meta property="og:image" content="https://cdn.example.org/depot.jpg?w=1200"></head><body>
        <article><h1>Council turns bus depot into a square</h1>
        <figure><img src="https://cdn.example.org/depot-800x600.jpg" alt="The depot">
        <figcaption>The old depot. Photo: Maria Stone</figcaption></figure>
        <figure><img src="/media/market.jpg" alt=""><figcaption>The market hall. (Maria Stone/Town Paper)</figcaption></figure>
        <p>""" + FIRST + """ and the rest of this paragraph, with enough words to be the body of the article here.</p>
        </article></body></html>"""
    article = scraper.extract(html, url=URL)
    assert article.images == [
        Image(url="https://cdn.example.org/depot.jpg?w=1200", caption="The old depot.", credit="Maria Stone",
              alt="The depot"),
        Image(url="https://example.org/media/market.jpg", caption="The market hall.", credit="Maria Stone/Town Paper",
              alt=None),
    ]


def test_a_huge_page_of_cards_takes_seconds_not_minutes():
    import time

    cards = "".join(
        f"<figure class='wp-caption'><img src='/i{i}.jpg' alt=''><figcaption>Caption {i}. Photo: Agency</figcaption>"
        f"</figure><p><strong>Related:</strong> <a href='/news/2020/01/01/story-{i}'>Another story about it {i}</a></p>"
        f"<h3 class='title'>More stories</h3><ul><li><a href='/a/b/c-d-e-{i}'>Some other story title {i}</a></li></ul>"
        for i in range(2000))
    page = Page(f"<html><body><div id='main'><h1>A big page</h1>{cards}</div></body></html>", URL)
    start = time.perf_counter()
    blocks = take_blocks(page, read_metadata(page))
    assert time.perf_counter() - start < 20  # about one second on a busy 2-core machine
    assert blocks.images and blocks.related


def test_a_byline_that_goes_on_into_the_biography():
    html = ("<html><body><article><h1>Council turns bus depot into a square</h1>"
            "<p class='article-byline'>By <a href='/authors/alex-heath'>Alex Heath</a>, a deputy editor and author of "
            "the Command Line newsletter. He has covered the city for a decade.</p>"
            f"<p>{FIRST} and the rest of this paragraph, with enough words to be the body of the article here.</p>"
            "</article></body></html>")
    article = scraper.extract(html, url=URL)
    assert [(a.name, a.bio) for a in article.authors] == [
        ("Alex Heath", "a deputy editor and author of the Command Line newsletter. He has covered the city for a decade.")]
    assert "deputy editor" not in article.body
    dateline = ("<html><body><article><h1>Markets slide again</h1><p class='byline'>By Jill Disis, CNN Business "
                "Updated 0339 GMT (1139 HKT) November 19, 2019</p><p>Text of the story here.</p></article></body></html>")
    assert [a.bio for a in scraper.extract(dateline, url=URL).authors] == [None]


# A block whose class names match several alternatives of one selector list: lexbor lists it once for
# each, and the step must read it, and free it, once.
_MANY_NAMES = """<html><body><article><h1>A headline for the story here</h1><p>{prose}</p>
<figure class="wp-caption image"><img src="/a.jpg"><figcaption class="wp-caption-text">A cat in Moscow, Russia.
(Contributor/Getty Images)</figcaption></figure>
<div class="related more-stories" id="more-links"><a href="/2020/01/01/a-story-about-many-things">A story about many
things today</a> <a href="/2020/01/02/another-story-about-other-stuff">Another story about other stuff</a></div>
<aside hidden aria-hidden="true" class="x">Hidden aside text</aside><p>{prose}</p>
<div class="author-box author-bio"><h4>Jane Roe</h4><p>Jane Roe is a reporter covering science and the climate.</p></div>
</article></body></html>""".format(prose="Some long prose text about the matter at hand. " * 20)


def test_a_block_matching_several_selectors_is_read_once():
    from scraper.extract.blocks.nodes import outermost
    listed = Page(_MANY_NAMES).tree.css("figure, [class*=wp-caption], [class*=image]")
    assert len(listed) == 4 and outermost(listed) == [listed[0]]  # the figure, listed 3 times; its caption is inside
    article = scraper.extract(_MANY_NAMES, "https://example.com/2020/01/03/the-story")
    assert [a.name for a in article.authors] == ["Jane Roe"]
    assert [(i.caption, i.credit) for i in article.images] == [("A cat in Moscow, Russia.", "Contributor/Getty Images")]
    assert [r.url for r in article.related] == ["https://example.com/2020/01/01/a-story-about-many-things",
                                                 "https://example.com/2020/01/02/another-story-about-other-stuff"]
    assert "Hidden aside" not in article.body and "Jane Roe is" not in article.body and article.body.count("Some") == 40


def test_a_french_lire_aussi_heading_over_a_list_gives_related_articles(read_fixture):
    # fr.py RELATED_HEADINGS: one line makes the heading gate, the heading pattern and the
    # dangling-title filter know the phrase
    article = scraper.extract(read_fixture("blocks-lire-aussi.html"),
                              url="https://example.fr/actualites/2024/03/05/la-place")
    assert article.related == [
        RelatedArticle(title="Le projet du dépôt encore retardé par la hausse des coûts",
                       url="https://example.fr/actualites/2024/02/20/le-projet-du-depot-encore-retarde"),
        RelatedArticle(title="Ce que veulent les habitants pour la nouvelle place",
                       url="https://example.fr/actualites/2024/01/11/ce-que-veulent-les-habitants"),
    ]
    assert "Lire aussi" not in article.body and "retardé" not in article.body


def test_caption_labels_buttons_counters_and_ads(extract):
    article = extract("images-caption-labels.html")
    assert [(i.url, i.caption, i.credit) for i in article.images] == [
        ("https://cdn.example.org/depot.jpg", "The old bus depot at dawn.", None),  # no "hide caption"
        ("https://cdn.example.org/hall.jpg", "The market hall, to open first.", "Privat"),  # no "2/5", no "(Foto:"
        ("https://cdn.example.org/lanes.jpg", "The former bus lanes", "Town Paper"),
        ("https://cdn.example.org/vote.jpg", "The council at the vote on Tuesday.", "Jane Roe/Town Paper"),
        ("https://cdn.example.org/crowd.jpg", "Residents outside the town hall after the vote on Tuesday.",
         "Maria Stone/Getty Images"),  # a credit after the last sentence, without label or brackets
    ]  # (the advertisement is no image of the article)
    _body_kept(article)


def _captions(article):
    return [(i.url, i.caption, i.credit) for i in article.images]


def test_lazy_images_give_the_real_picture_not_the_placeholder(extract):
    article = extract("images-lazy.html")
    assert [i.url for i in article.images] == [
        "https://cdn.example.org/depot-800.jpg",  # srcset, not the preload.gif in src
        "https://cdn.example.org/hall.webp",  # <picture><source>, not blank.gif
        "https://cdn.example.org/benches.jpg",  # the <noscript> copy, not the data: URI
        "https://cdn.example.org/market.jpg?w=1200",  # data-srcset, not the blurred ?q=20 thumbnail
        "https://img.example.org/upload/c_fill,w_800,q_80/trees.jpg",  # a srcset URL holding commas
    ]
    assert article.images[0].alt == "The depot" and article.images[2].alt == "The benches"
    _body_kept(article)


def test_figures_built_from_divs(extract):
    article = extract("images-div-figures.html")
    assert _captions(article) == [
        ("https://cdn.example.org/depot.jpg", "The old bus depot seen from the ring road.", "Reuters"),
        ("https://cdn.example.org/hall.jpg", "The market hall will open first.", "Town Paper"),
        ("https://cdn.example.org/benches.jpg", "Benches along the former bus lanes", "Maria Stone/Getty Images"),
        ("https://cdn.example.org/trees.jpg", "Forty trees will be planted along the north side of the square.", None),
    ]  # (a rating widget's "( 5 votes )" beside its star is no caption)
    for text in ("ring road", "Town Paper", "Benches along", "Maria Stone", "Forty trees"):
        assert text not in article.body
    _body_kept(article)


def test_one_caption_under_several_pictures_and_a_credit_link(extract):
    article = extract("images-gallery.html")
    assert _captions(article) == [
        ("https://cdn.example.org/square-1.jpg", "How the square could look.", None),
        ("https://cdn.example.org/square-2.jpg", "How the square could look.", None),
        ("https://cdn.example.org/square-3.jpg", "How the square could look.", None),
        ("https://cdn.example.org/crowd.jpg", None, "Jane Roe via Unsplash"),  # a link to the source, not a teaser
    ]
    assert "Unsplash" not in article.body
    _body_kept(article)


def test_caption_furniture_stays_out_and_ads_promos_and_consent_notices_are_no_images(extract):
    article = extract("images-caption-furniture.html")
    assert _captions(article) == [
        ("https://cdn.example.org/depot.jpg", "The old bus depot at dawn.", None),  # no "hide caption", first
        ("https://cdn.example.org/hall.jpg", "The market hall, to open first.", "Privat"),  # no "2/5", "(Foto:"
        ("https://cdn.example.org/lanes.jpg", "The former bus lanes", "Town Paper"),
    ]
    for text in ("Enlarge this image", "hide caption", "toggle caption", "Advertisement"):
        assert text not in article.body
    _body_kept(article)


def test_a_photo_story_told_in_captions_keeps_them_in_the_body(read_fixture):
    article = scraper.extract(read_fixture("images-photo-story.html"), url=URL)
    assert len(article.images) == 5 and all(i.caption for i in article.images)
    assert article.body.split("\n\n") == [i.caption for i in article.images]


def test_a_caption_in_a_lightbox_link_is_a_caption_and_in_a_teaser_link_is_not(extract):
    article = extract("images-lightbox.html")
    assert _captions(article) == [
        ("https://cdn.example.org/depot.jpg", "The old bus depot seen from the ring road.", "Reuters")]
    _body_kept(article)


def test_a_line_repeating_a_pictures_alt_text_is_its_caption(read_fixture):
    article = scraper.extract(read_fixture("images-alt-lines.html"), url=URL)
    # not the headline under the lead picture, an avatar's name, or a teaser's title
    assert _captions(article) == [
        ("https://cdn.example.org/north.jpg", "The depot from the north side of the ring road", None),
        ("https://cdn.example.org/hall.jpg", "The new market hall", "Town Paper"),
    ]
    assert "north side" not in article.body and "(c) Town Paper" not in article.body
    assert "What the residents want" in article.body  # the subheading after the caption stays
    _body_kept(article)


def test_a_paragraph_under_a_picture_that_opens_as_a_caption(extract):
    article = extract("images-caption-paragraphs.html")  # a plain paragraph under a picture stays text
    assert _captions(article) == [
        ("https://cdn.example.org/plan.png", "Figure 1: The plan of the square, with the market hall on the east side.",
         None),
        ("https://cdn.example.org/vote.jpg", "Above: the council at the vote on Tuesday", None),
    ]
    assert "Figure 1" not in article.body and "Above:" not in article.body
    assert "The street will be closed to cars from March" in article.body
    _body_kept(article)


def test_captions_given_only_in_data_attributes(extract):
    article = extract("images-data-caption.html")
    assert _captions(article) == [
        ("https://cdn.example.org/depot.jpg", "The old bus depot at dawn.", "Jane Roe"),
        ("https://cdn.example.org/hall-1.jpg", "The hall from the north.", "Maria Stone/Town Paper"),  # first slide
        ("https://cdn.example.org/benches.jpg", "Benches along the former bus lanes", None),  # markup dropped
    ]
    _body_kept(article)


def test_a_credit_line_of_its_own_is_the_lead_pictures(extract):
    article = extract("images-credit-line.html")  # not a gallery link's "Photos: ..." title, not "Quelle: dpa"
    assert _captions(article) == [("https://cdn.example.org/depot-1200x630.jpg", None, "Jane Roe")]
    assert "Jane Roe" not in article.body and "Quelle: dpa" in article.body
    _body_kept(article)


def test_a_license_element_is_the_credit(extract):
    article = extract("images-license.html")  # the license line holds a link to the license
    assert _captions(article) == [("https://cdn.example.org/depot.jpg", "The old bus depot seen from the ring road",
                                   "Jane Roe, CC-BY-SA 4.0")]
    assert "CC-BY-SA" not in article.body
    _body_kept(article)


def test_a_credit_element_right_after_a_picture_is_its_credit(extract):
    article = extract("images-credit-after.html")  # not a teaser's, whose picture links to another page
    assert _captions(article) == [("https://cdn.example.org/depot.jpg", "The old depot seen from the ring road",
                                   "Jane Roe")]
    assert "Jane Roe" not in article.body
    _body_kept(article)


def test_a_figure_in_an_image_box_is_one_image_and_a_credit_holding_the_caption_is_no_credit():
    html = b"""<html><body><article><h1>Square</h1>
<p>The city council voted on Tuesday to turn the old bus depot into a public square for the whole town.</p>
<div class="article-image"><figure><img src="/a.jpg" alt="A"><figcaption>The depot at dawn, before the works
began.</figcaption><span class="credit">Jane Roe</span></figure></div>
<p>Work starts in spring and the council expects the first benches to stand before the summer holidays.</p>
<figure><img src="/b.jpg"><div class="image-credit"><figcaption>Benches along the old lanes are
new.</figcaption></div></figure>
<p>The square should be finished by the end of next year, the council said in a statement on Tuesday.</p>
</article></body></html>"""
    article = scraper.extract(html, url=URL)
    assert article.images == [
        Image(url="https://example.org/a.jpg", caption="The depot at dawn, before the works began.",
              credit="Jane Roe", alt="A"),
        Image(url="https://example.org/b.jpg", caption="Benches along the old lanes are new.", credit=None)]
    assert "Jane Roe" not in article.body and "Benches along" not in article.body


@pytest.mark.parametrize("note", [
    '<p>EDITORS’ NOTE — This story was updated with the final vote count.</p>',
    '<p>Editor&#39;s\n\u00a0 note: This story was updated with the final vote count.</p>',
    '<p id="editorNote">Editor: This story was updated with the final vote count.</p>',
    '<p><b>Editor’s note:</b> This story was updated with the final vote count.</p>',
    '<div><strong>EDITOR\'S NOTE -</strong> <em>This story was updated with the final vote count.</em></div>',
])
def test_an_editor_note_however_written_or_named(note):
    html = (f"<html><body><article><h1>Council square</h1><p>{FIRST} and its visitors.</p>{note}"
            f"<p>Work starts in spring {LAST}</p></article></body></html>")
    page = Page(html, URL)
    blocks = take_blocks(page, read_metadata(page))
    assert blocks.editor_note is not None and blocks.editor_note.endswith("with the final vote count.")
    assert "vote count" not in page.tree.html


def test_author_box_whose_bio_is_loose_text_between_its_blocks(extract):
    # no element of its own holds the biography: it runs between the heading and the links, inline markup and all
    article = extract("blocks-author-box-loose-text.html")
    assert [(a.name, a.bio) for a in article.authors] == [(
        "Ruth Okafor", "Ruth Okafor reports on housing and planning for the Town Paper. Before that she taught "
                       "geography at a school in the harbour district.")]
    assert "taught geography" not in article.body
    _body_kept(article)


def test_every_credit_line_of_a_long_picture_story_is_read():
    # thirty pictures, each with its own credit line: more than the other block kinds are read of a page
    figures = "".join(f"<figure><img src='/art/{n}.jpg' alt=''></figure><p>(Artist: Ann Roe {n})</p>"
                      f"<p>Part {n} of the story goes on here with a few more words about the painting.</p>"
                      for n in range(1, 31))
    html = f"<html><body><article><h1>Thirty paintings of the old depot</h1><p>{FIRST}.</p>{figures}</article></body></html>"
    article = scraper.extract(html, url=URL)
    assert sorted(i.credit for i in article.images if i.credit) == sorted(f"Ann Roe {n}" for n in range(1, 31))
    assert "Artist:" not in article.body and "Part 30 of the story" in article.body


def test_a_tagline_that_opens_with_the_authors_name_is_the_bio(extract, read_fixture):
    # no author box: the article ends with a line that opens with the byline's name and a bio verb; it is read
    # as the bio (and stays in the body, where the article shows it)
    article = extract("blocks-bio-tagline.html")
    assert [(a.name, a.bio) for a in article.authors] == [(
        "Ruth Okafor", "Ruth Okafor is the paper's housing reporter. She has written about the harbour district "
                       "since 2016.")]
    _body_kept(article)
    page = read_fixture("blocks-bio-tagline.html")
    tagline = page[page.index("<hr>"):page.index("</article>")]
    for line in ("RUTH OKAFOR IS THE PAPER'S HOUSING REPORTER AND WRITES ABOUT THE HARBOUR DISTRICT",  # any case
                 "Ruth has covered housing and the harbour district for the paper since 2016."):  # the first name
        assert scraper.extract(page.replace(tagline, f"<p><b>{line}</b></p>"), url=URL).authors[0].bio == line
    # not a widget's "About" box (the site owner's), nor a pointer to the author's social account
    assert scraper.extract(page.replace(tagline, ""), url=URL).authors[0].bio is None
    social = "<p>Ruth Okafor is on Twitter at ruth_okafor_news and on other sites too.</p>"
    assert scraper.extract(page.replace(tagline, social), url=URL).authors[0].bio is None


def test_the_text_under_an_about_the_author_heading_is_the_bio(extract, read_fixture):
    # no author box by class: a heading "About <the byline's name>", the author's links, then the biography
    article = extract("blocks-about-name-heading.html")
    assert [(a.name, a.bio) for a in article.authors] == [(
        "Ruth Okafor", "Before she reported on housing and planning, Ruth taught geography at a school in the "
                       "harbour district.")]
    _body_kept(article)
    # "About" before another name heads no bio of this author
    page = read_fixture("blocks-about-name-heading.html").replace("About <a", "About <a>Sam Lee</a> and <a")
    assert scraper.extract(page, url=URL).authors[0].bio is None


def test_pictures_of_one_numbered_series_keep_their_own_captions():
    # "shoot-7137-600x400.jpg" and "shoot-7154-600x400.jpg" read as one file in two sizes: their captions tell them
    # apart; the lead picture declared as "shoot-7100.jpg" is still the first figure, not a picture of its own
    figures = "".join(f"<figure><img src='https://cdn.example.org/up/shoot-{n}-600x400.jpg' alt=''>"
                      f"<figcaption>{text}</figcaption></figure><p>{FIRST}, part {n}.</p>"
                      for n, text in ((7100, "The depot at dawn, before the works."),
                                      (7137, "Benches along the former bus lanes."),
                                      (7154, "The market hall seen from the ring road.")))
    html = ("<html><head><meta property='og:image' content='https://cdn.example.org/up/shoot-7100.jpg'></head>"
            f"<body><article><h1>Council turns bus depot into a square</h1>{figures}</article></body></html>")
    article = scraper.extract(html, url=URL)
    assert [(i.url.rsplit("/", 1)[-1], i.caption) for i in article.images] == [
        ("shoot-7100.jpg", "The depot at dawn, before the works."),
        ("shoot-7137-600x400.jpg", "Benches along the former bus lanes."),
        ("shoot-7154-600x400.jpg", "The market hall seen from the ring road.")]


def test_an_italic_line_right_under_a_picture_is_its_caption():
    # no figure, no alt text: "<img><br><em>caption</em>" in the running text; an italic word that goes on in a
    # sentence, or an italic line holding a link, is no caption
    pictures = ("<p>{first}.<br><img src='/up/depot-01.jpg' width='630' height='433' alt=''><br> "
                "<em>The old bus depot in 1939, three years after it opened.</em><br><br>"
                "<img src='/up/depot-02.jpg' width='630' height='433' alt=''><br><em>Closed</em> since 2017, the depot "
                "stood empty for years.<br><img src='/up/depot-03.jpg' width='630' height='433' alt=''><br>"
                "<em>More in <a href='/gallery'>the gallery</a></em><br>{last}</p>").format(first=FIRST, last=LAST)
    html = f"<html><body><article><h1>Council turns bus depot into a square</h1>{pictures}</article></body></html>"
    article = scraper.extract(html, url=URL)
    assert [(i.url, i.caption) for i in article.images if i.caption] == [
        ("https://example.org/up/depot-01.jpg", "The old bus depot in 1939, three years after it opened.")]
    assert "three years after" not in article.body and "Closed since 2017" in article.body


@pytest.mark.parametrize("fixture, bio", [
    ("blocks-bio-link-tail.html", "Ruth reports on housing and planning for the Town Paper and walks to work."),
    ("blocks-bio-link-tail-dek.html", "Ruth Okafor is a writer based in the harbour district who has covered "
                                      "planning since 2012. She started out at the weekly..."),
    ("blocks-bio-label-standalone.html", "I write about the streets I grew up in and the plans the council makes "
                                         "for them."),
])
def test_a_bio_keeps_neither_its_label_nor_the_link_to_the_authors_page_after_it(extract, fixture, bio):
    # "View all posts by Ruth Okafor", "Full Bio": a link to the author's page that closes the biography;
    # "About the author:" before a biography that is an element of its own, outside any author box
    article = extract(fixture)
    assert [(a.name, a.bio) for a in article.authors] == [("Ruth Okafor", bio)]
    _body_kept(article)


def test_a_biography_that_names_someone_else_is_not_the_authors(extract):
    # a "bio" element that names nobody near it goes to the first author, unless it opens with another name
    # and a bio verb: the site's owner ("Northgate Holdings is a group of ..."), another person
    article = extract("blocks-bio-of-the-publisher.html")
    assert [(a.name, a.bio) for a in article.authors] == [("Ruth Okafor", None)]
    _body_kept(article)


def test_a_credit_label_left_at_the_end_of_a_caption_is_dropped(extract):
    article = extract("images-label-after.html")
    assert _captions(article) == [
        # the credit in an element of its own, its label before it in another ("<dt>Photo</dt><dd>Jane Roe")
        ("https://cdn.example.org/tram.jpg", "The first tram leaves the river depot at dawn?", "Jane Roe"),
        # the credit only a link ("Photo <a>via</a>"): the label goes, the caption's own words stay
        ("https://cdn.example.org/stop.jpg", "The new stop at the market, Town Photo Club", None),
    ]
    assert article.body.startswith("The tram line along the river") and "Saturday crowds" in article.body
    assert "Photo" not in article.body


def test_a_figure_whose_picture_links_to_another_page_of_the_site_is_no_article_image(extract):
    article = extract("images-linked-teasers.html")
    assert _captions(article) == [
        ("https://cdn.example.org/depot.jpg", "The old bus depot at dawn.", None),  # a link to its attachment page
        ("https://cdn.example.org/hall.jpg", "The market hall, to open first.", None),  # to the picture's source
    ]  # not the teaser of another story in the text, nor the sidebar's quiz button (www. or not, one site)
    _body_kept(article)


def test_a_banners_text_and_button_is_no_caption(extract):
    article = extract("images-banner-slide.html")
    assert _captions(article) == [("https://cdn.example.org/depot.jpg", "The old bus depot at dawn.", None)]
    _body_kept(article)  # (the lead picture's figure in an "article-banner" keeps its caption)


def test_a_caption_linking_its_source_on_another_site_is_the_pictures_caption(read_fixture):
    # the lead picture's line, wholly a link to the picture's source elsewhere ("<a href=https://images.
    # agency...>Caption. (Credit)</a>"), is no teaser of another story; an ad whose picture and caption
    # both link out stays out
    article = scraper.extract(read_fixture("images-photographer-line.html"), url="https://example.org/news/crater")
    assert [(i.caption, i.credit) for i in article.images] == [("The crater seen from orbit, 2021.",
                                                                 "Space Agency/Jane Roe")]
    assert "Space Agency" not in article.body and "cheap plan" not in article.body


def test_a_caption_table_indented_deep_is_read_by_its_words_not_its_whitespace(read_fixture):
    # Blogger's "tr-caption-container" table, its markup indented a hundred spaces a line: more than a
    # caption's length of raw text, a line of words
    article = scraper.extract(read_fixture("images-caption-table-indented.html"),
                              url="https://chips.example.com/2016/05/chip.html")
    assert [(i.url, i.caption) for i in article.images] == [
        ("https://1.bp.example.com/chip/s640/block.png", "The chip's block diagram (from its datasheet)")]
    assert "block diagram (from" not in article.body


def test_a_caption_container_holding_its_picture_captions_that_picture(read_fixture):
    # two caption tables with a paragraph between: the second is the second picture's, not the first's
    article = scraper.extract(read_fixture("images-caption-containers.html"),
                              url="https://chips.example.com/2016/05/chip.html")
    assert [(i.url, i.caption) for i in article.images] == [
        ("https://1.bp.blogspot.com/x/s640/block.png", "The chip's block diagram (from the datasheet)"),
        ("https://1.bp.blogspot.com/y/s640/schem.png", "A schematic nobody wants to read!")]


def test_a_figure_printed_twice_for_two_screen_sizes_is_one_image_with_its_caption_once(extract):
    # a caption copy for wide screens in the header finds no picture of its own beside it (the byline's
    # small head shot is none); a figure without a caption element holds its line twice, badges between
    article = extract("images-responsive-copies.html")
    assert _captions(article) == [
        ("https://cdn.example.org/depot-wide.jpg", "The old bus depot at dawn, seen from the ring road on Monday.",
         "Jane Roe/Town Paper"),
        ("https://cdn.example.org/hall.jpg", "The market hall will open first, next to the tram stop.", None),
    ]
    _body_kept(article)


def test_a_lazy_loaders_settings_give_the_picture_and_a_dialogs_steps_are_no_images(extract):
    # data-src holds the loader's settings as JSON (src= is one placeholder for all pictures: read as the
    # picture, every image of the page was one); a "make us your home page" dialog and an ad-blocker notice,
    # each with its close button, show steps under pictures that are not the article's
    article = extract("images-settings-and-dialog.html")
    assert _captions(article) == [
        ("https://img.example.org/entity/DEPOT1.img?h=450&w=800", "The old bus depot at dawn.", "Jane Roe"),
        ("https://img.example.org/entity/HALL2.img?h=450&w=800", "Traders looked at the plans on Monday.", "Sam Lee"),
    ]
    _body_kept(article)


def test_captions_in_data_attributes_of_a_gallerys_slides_and_a_pictures_wrapper(extract):
    # not links: a gallery's slides (divs naming their picture in data-image; the first slide only) and a
    # picture's wrapper (data-caption, data-attrib)
    article = extract("images-data-caption-slides.html")
    assert _captions(article) == [
        ("https://cdn.example.org/gallery/depot-1.jpg?env=A", "The old bus depot at dawn, before the vote.",
         "Jane Roe/Town Paper"),
        ("https://cdn.example.org/hall-plans.jpg", "Traders looked at the plans on Monday.", "Maria Stone"),
    ]
    _body_kept(article)


def test_the_headline_laid_over_the_lead_picture_is_no_caption(extract):
    # <figure><picture>...<figcaption><h1>: the page's title over its picture; the picture keeps its credit
    article = extract("images-headline-over-picture.html")
    assert _captions(article) == [("https://cdn.example.org/depot.jpg", None, "Jane Roe")]
    assert article.headline == "Council turns bus depot into a square"
    _body_kept(article)


def test_a_figure_linking_to_another_page_the_query_names_is_no_article_image(read_fixture):
    # on a page addressed by its query ("/?p=31228"), a sidebar's thumbnail links to "/?p=31035": another
    # page; the attachment link of the article's own figure ("/?attachment_id=101") still opens its picture
    article = scraper.extract(read_fixture("images-linked-teasers-query.html"), url="https://example.org/?p=31228")
    assert _captions(article) == [("https://cdn.example.org/depot.jpg", "The old bus depot at dawn.", None)]
    _body_kept(article)

"""Related-article blocks: which lists of links are offered to the reader as related articles (by
their heading, in several languages, or by their class names), which never are (ad networks'
widgets, paid and tracking links, share buttons, hidden blocks), and what is left for the body."""
from __future__ import annotations

import pytest

import scraper

URL = "https://www.example.com/news/2024/03/05/the-square"
PROSE = "<p>" + "The council voted on Tuesday to turn the old depot into a public square for everyone. " * 6 + "</p>"


def _page(after: str, inside: str = "", head: str = "") -> str:
    """An article page: a headline, prose (with `inside` in the text), then `after` below the article."""
    return (f"<html><head><title>The square</title>{head}</head><body><article><h1>The square opens</h1>{PROSE}"
            f"{inside}{PROSE}</article>{after}</body></html>")


def _links(*slugs: str) -> str:
    return "".join(f"<li><a href='/news/2024/02/{i + 10}/{s}'>{s.replace('-', ' ').capitalize()}</a></li>"
                   for i, s in enumerate(slugs))


STORIES = ("depot-plan-delayed-again-as-costs-rise", "what-residents-want-from-the-square",
           "market-traders-fear-a-rent-rise")


def _urls(article) -> list[str]:
    return [r.url.rstrip("/").rsplit("/", 1)[-1] for r in article.related]


def test_a_german_heading_offers_the_list_under_it():
    html = _page(f"<div class='box'><h2>Das könnte Sie auch interessieren</h2><ul>{_links(*STORIES)}</ul></div>")
    article = scraper.extract(html, url=URL)
    assert _urls(article) == list(STORIES)
    assert "könnte Sie" not in article.body and "Market traders" not in article.body


def test_a_japanese_heading_line_over_a_list():
    # no heading element: a line of text in brackets right before the list
    html = _page("", inside=f"<div>【関連記事】</div><ul>{_links(*STORIES[:2])}</ul>")
    assert _urls(scraper.extract(html, url=URL)) == list(STORIES[:2])


@pytest.mark.parametrize("heading", [
    "관련기사", "Tin liên quan", "यह भी पढ़ें", "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ", "İlgili Haberler", "Baca juga", "Citește și",
    "Pročitajte još", "Czytaj również", "Материалы по теме", "Lue myös", "Kapcsolódó cikkek", "اقرأ أيضا",
    "関連記事一覧", "相关报道", "Te pueden interesar", "Ces articles pourraient vous intéresser",
])
def test_a_related_heading_in_each_language(heading: str):
    # a heading phrase as sites of that language write it (a vowel sign may end it: "पढ़ें"; a script without
    # spaces may go on after it: "関連記事一覧")
    html = _page(f"<div class='box'><h2>{heading}</h2><ul>{_links(*STORIES)}</ul></div>")
    assert _urls(scraper.extract(html, url=URL)) == list(STORIES)


@pytest.mark.parametrize("label", ["【関連記事】", "相关阅读："])
def test_an_inline_label_in_a_script_without_spaces(label: str):
    inside = f"<p>{label}<a href='/news/2024/02/10/{STORIES[0]}'>Depot plan delayed again as costs rise</a></p>"
    assert _urls(scraper.extract(_page("", inside=inside), url=URL)) == [STORIES[0]]


def test_more_from_the_site_by_its_name():
    # "More Example" (the site's declared name), a heading no phrase list holds
    html = _page(f"<section><h3>More Example</h3><ul>{_links(*STORIES)}</ul></section>",
                 head="<meta property='og:site_name' content='Example'>")
    assert _urls(scraper.extract(html, url=URL)) == list(STORIES)


def test_an_ad_networks_widget_named_related_is_not_related():
    widget = (f"<div id='taboola-below-article-thumbnails' class='trc_related_container'><ul>{_links(*STORIES)}"
              f"</ul></div>")
    article = scraper.extract(_page(widget), url=URL)
    assert article.related == []


def test_paid_tracking_and_share_links_in_a_related_block_are_left_out():
    block = ("<div class='related-articles'><h3>Related</h3><ul>" + _links(*STORIES[:2])
             + "<li><a href='https://paid.outbrain.com/network/redir?p=abc'>This one weird trick doctors hate</a></li>"
             + "<li><a href='https://www.facebook.com/sharer/sharer.php?u=x'>Share this story on Facebook</a></li>"
             + "</ul></div>")
    article = scraper.extract(_page(block), url=URL)
    assert _urls(article) == list(STORIES[:2])


def test_a_hidden_related_block_is_not_offered():
    block = f"<div class='related-posts' style='display: none'><ul>{_links(*STORIES)}</ul></div>"
    assert scraper.extract(_page(block), url=URL).related == []


def test_a_promoted_heading_keeps_its_list_out_of_a_related_block():
    block = (f"<div class='more-stories'><h3>Promoted stories</h3><ul>{_links(*STORIES)}</ul></div>")
    assert scraper.extract(_page(block), url=URL).related == []


def test_an_inline_label_over_several_links():
    inside = ("<p>Mehr lesen: <a href='/news/2024/02/10/depot-plan-delayed-again-as-costs-rise'>Depot plan delayed "
              "again as costs rise</a> <a href='/news/2024/02/11/what-residents-want-from-the-square'>What residents "
              "want from the square</a></p>")
    article = scraper.extract(_page("", inside=inside), url=URL)
    assert _urls(article) == list(STORIES[:2])
    assert "Mehr lesen" not in article.body


def test_a_card_whose_link_is_an_image_takes_its_heading_as_title():
    cards = "".join(f"<div class='card'><a href='/news/2024/02/{i}/{s}'><img src='/i/{i}.jpg' alt=''></a>"
                    f"<h4>{s.replace('-', ' ').capitalize()}</h4></div>" for i, s in enumerate(STORIES))
    article = scraper.extract(_page(f"<div class='box'><h3>Related</h3>{cards}</div>"), url=URL)
    assert [r.title for r in article.related] == ["Depot plan delayed again as costs rise",
                                                  "What residents want from the square",
                                                  "Market traders fear a rent rise"]


def test_a_heading_after_a_footer_takes_only_the_cards_after_it():
    # a footer block with tags and the author's box, then "More news" over a grid of teaser cards: the
    # heading stands over the cards, not over the author's box before it
    cards = "".join(f"<div class='card'><a href='/news/2024/02/{i}/{s}'><span>{s.replace('-', ' ').capitalize()}"
                    f"</span></a><p>A short teaser line about this other story.</p></div>"
                    for i, s in enumerate(STORIES))
    footer = ("<div class='footer'><div class='tags'><a href='/tags/city'>city</a></div>"
              "<div class='author-profile'><a href='/staff/jane-doe'>Jane Doe</a><p>Jane Doe is a reporter "
              "covering housing and the city council for the paper.</p></div>"
              f"<p class='type-label'>More news</p><div class='grid'>{cards}</div></div>")
    article = scraper.extract(_page(footer), url=URL)
    assert _urls(article) == list(STORIES)
    assert article.authors and article.authors[0].bio == ("Jane Doe is a reporter covering housing and the city "
                                                          "council for the paper.")


def test_a_related_heading_allows_a_longer_list_than_a_widget():
    many = tuple(f"another-story-about-the-square-number-{i}" for i in range(14))
    offered = _page(f"<div class='box'><h3>Related articles</h3><ul>{_links(*many)}</ul></div>")
    assert len(scraper.extract(offered, url=URL).related) == 14
    feed = _page(f"<div class='box'><h3>Recommended</h3><ul>{_links(*many)}</ul></div>")
    assert scraper.extract(feed, url=URL).related == []


def test_a_short_card_title_in_its_heading_is_a_title_when_it_is_the_urls_slug():
    # "Spider bread" (two words) titles a card in its heading and names the URL: an article; the same
    # short text as a bare link in a list is a button or a section ("Food news")
    cards = "".join(f"<div class='card'><h3 class='card-title'><a href='/{s}/'>{t}</a></h3></div>"
                    for s, t in (("spider-bread", "Spider bread"), ("frauenverunsicherung", "Frauenverunsicherung"),
                                 ("homemade-white-cob-loaf", "Homemade white cob loaf")))
    article = scraper.extract(_page(f"<div class='related-posts'>{cards}<p><a href='/food-news/'>Food news</a>"
                                    f"</p></div>"), url=URL)
    assert _urls(article) == ["spider-bread", "frauenverunsicherung", "homemade-white-cob-loaf"]


def test_a_cards_date_line_is_no_title(read_fixture):
    # each card: its title, then a date ("13. Dezember 2022", "14 November 2022") linked to the month's
    # archive: only the titles are related articles
    article = scraper.extract(read_fixture("related-cards-date-links.html"), url="https://mag.example.de/koenigin/")
    assert [r.title for r in article.related] == ["Unsere Prinzessin aus Coburg und ihre Geschichte",
                                                  "Wir wollten ihn mit diesem Film ehren"]


def test_a_block_named_related_by_its_class_its_id_or_its_component_attribute():
    # no heading over the links: the name alone makes the block related (the class and id words are looked
    # at before the selection runs; a page whose words name no block looks only at the component attribute)
    for box in ("<div class='c-related-list'>", "<div id='more-on-this'>", "<div data-component='RelatedLinks related'>"):
        article = scraper.extract(_page(f"{box}<ul>{_links(*STORIES)}</ul></div>"), url=URL)
        assert _urls(article) == list(STORIES), box
    article = scraper.extract(_page(f"<div class='read-more'><ul>{_links(*STORIES)}</ul></div>"), url=URL)
    assert article.related == []


def test_a_blocks_links_past_the_first_ones_are_not_read():
    # a list of 100,000 links under "Related" took seconds: MAX_LINKS_READ of a block are read
    from scraper.extract.blocks.related import MAX_LINKS_READ

    tags = "".join(f"<li><a href='/tag/topic-{i}'>Topic {i}</a></li>" for i in range(MAX_LINKS_READ - 1))
    html = _page(f"<div class='box'><h2>Related</h2><ul>{tags}{_links(*STORIES)}</ul></div>")
    assert _urls(scraper.extract(html, url=URL)) == [STORIES[0]]  # (tag pages are no articles)


def test_a_page_url_too_long_to_resolve_against_leaves_links_as_written():
    from scraper.extract.urls import MAX_BASE_URL

    url = "https://www.example.com/" + "a/" * MAX_BASE_URL
    html = _page(f"<div class='box'><h2>Related</h2><ul>{_links(*STORIES)}</ul></div>",
                 inside="<p>See <a href='report.html'>the council report</a> on the square, which the council "
                        "published on Monday after a long debate.</p>")
    article = scraper.extract(html, url=url)
    assert [r.url for r in article.related] == [f"/news/2024/02/{i + 10}/{s}" for i, s in enumerate(STORIES)]
    assert [s.url for b in article.structure for s in b.spans if s.kind == "link"] == ["report.html"]
    assert scraper.extract(html, url=url[:MAX_BASE_URL]).related[0].url.startswith("https://www.example.com/")


def test_a_cards_author_link_is_no_related_article(read_fixture):
    # a card's byline links its author's page: a name in an element named for the author ("author",
    # "username"), or a profile path "/@handle"; never an article, though the name reads as a title
    article = scraper.extract(read_fixture("related-cards-author-links.html"), url=URL)
    assert _urls(article) == ["depot-plan-delayed-again-as-costs-rise", "what-residents-want-from-the-square",
                              "market-traders-fear-a-rent-rise"]


def test_a_card_links_title_element_is_its_title_not_the_eyebrow_or_byline_around_it(read_fixture):
    # the whole card is one link: "Related" or "More on this" over the title, "by Tom Hollis" under it
    article = scraper.extract(read_fixture("related-cards-eyebrow-in-link.html"), url=URL)
    assert [r.title for r in article.related] == ["Depot plan delayed again as costs rise",
                                                  "What residents want from the square"]


def test_a_heading_line_over_the_box_that_holds_the_list(read_fixture):
    # "<div>関連記事</div><div><ul>...</ul></div>": the line stands before the list's wrapper, not the list
    article = scraper.extract(read_fixture("related-heading-over-list-wrapper.html"),
                              url="https://blog.example.jp/blog/140418-ftp-portable-update.html")
    assert [r.url.rsplit("/", 1)[-1] for r in article.related] == [
        "120823-clipboard-tool-update.html", "121012-ftp-client-japanese.html", "140213-pdf-license.html"]
    assert "関連記事" not in article.body and "日本語化する方法" not in article.body


def test_links_filed_under_the_pages_own_section_word_are_articles(read_fixture):
    # the page is an article at /thema/<slug>/<id>: its site files articles under "thema"; "/thema/<name>"
    # (a shorter path) is still the topic's page
    article = scraper.extract(read_fixture("related-links-filed-like-the-page.html"),
                              url="https://auto.example.at/thema/neues-werk-fuer-elektroautos/401200001")
    assert [r.url.rsplit("/", 2)[-2] for r in article.related] == [
        "kleinwagen-mit-strom-wird-zum-bestseller", "ladestationen-an-allen-autobahnen-bis-2026"]
    assert "Kleinwagen mit Strom" not in article.body


def test_a_picked_for_you_heading_offers_the_cards_under_it(read_fixture):
    article = scraper.extract(read_fixture("related-picked-for-you.html"),
                              url="https://gadgets.example.com/2024/05/03/phone-deals-this-week/")
    assert [r.url.rstrip("/").rsplit("/", 1)[-1] for r in article.related] == [
        "tablet-deals-of-the-day", "headphones-price-drop", "laptop-sale-starts"]
    assert "Picked For You" not in article.body


def test_a_grid_under_a_heading_continues_in_the_rows_after_its_box(read_fixture):
    # the cards' grid is split in boxes of one class: the heading stands in the first only
    article = scraper.extract(read_fixture("related-grid-continued-in-rows.html"),
                              url="https://news.example.at/neue-ampeln-fuer-die-innenstadt/")
    assert [r.url.rstrip("/").rsplit("/", 1)[-1] for r in article.related] == [
        "polizei-stoppt-raser-auf-der-stadtautobahn", "neuer-radweg-entlang-des-kanals-eroeffnet",
        "bahn-baut-bahnhof-bis-2027-um", "schule-bekommt-ein-neues-dach", "hochwasser-schutz-wird-verstaerkt",
        "stadtbibliothek-verlaengert-oeffnungszeiten"]
    assert "Öffnungszeiten" not in article.body


def test_links_marked_as_ads_are_not_related(read_fixture):
    # a block whose label says "Ad" (before its cards), a card that says "Ad", a link tagged as a paid campaign's
    # ("utm_medium=cpc"); an ad's slot labelled "Advertisement" between the cards marks none of them
    article = scraper.extract(read_fixture("related-marked-as-ads.html"),
                              url="https://news.example.com/us/2024/11/22/flu-shots-at-the-border")
    assert [r.url.rsplit("/", 1)[-1] for r in article.related] == [
        "children-died-of-flu-in-custody", "camps-are-crowded-report-says", "flu-season-starts-early",
        "vaccine-makers-ramp-up", "storm-hits-the-coast"]


def test_a_most_read_widget_inside_a_block_named_related_is_not_read(read_fixture):
    # a sidebar named "related" holds the related list and a "Most read" widget: only the related list is taken
    article = scraper.extract(read_fixture("related-sidebar-with-most-read.html"),
                              url="https://news.example.com/city/2024/03/04/the-old-bridge-reopens")
    assert [r.url.rsplit("/", 1)[-1] for r in article.related] == [
        "bridge-repairs-run-a-year-late", "cost-of-bridge-works-doubles"]


def test_a_block_named_related_whose_heading_says_latest_is_a_feed(read_fixture):
    # a theme's "related posts" block set to show the newest stories ("Neueste Artikel"): not related
    article = scraper.extract(read_fixture("related-named-block-over-latest.html"),
                              url="https://news.example.de/artikel/310144/neue-ampeln-fuer-die-innenstadt/")
    assert article.related == []


@pytest.mark.parametrize("heading", ["Latest from Science", "Neueste Beiträge zu Lateinamerika", "Latest news in brief"])
def test_a_latest_heading_is_a_feed_only_as_the_whole_heading(heading: str):
    from scraper.extract.rules.html import LATEST_HEADINGS
    assert LATEST_HEADINGS.match(heading) is None  # a section's newest stories: "More from <section>"
    assert LATEST_HEADINGS.match("Latest") and LATEST_HEADINGS.match("Neueste Artikel:")


def test_a_story_feed_with_an_ad_networks_slot_between_its_cards_is_not_related(read_fixture):
    # "More Stories": cards of the site's feed with an Outbrain slot among them, an ad-filled feed; the "More On"
    # box in the article stays
    article = scraper.extract(read_fixture("related-feed-with-ad-slot.html"),
                              url="https://news.example.com/2024/11/18/hunter-catches-the-plague/")
    assert [r.url.rstrip("/").rsplit("/", 1)[-1] for r in article.related] == [
        "two-patients-diagnosed-with-plague", "origin-of-the-black-death-traced"]


def test_a_card_that_is_one_link_around_its_title_and_a_long_teaser_gives_its_title(read_fixture):
    # each card is one link holding an image, its title and a teaser of a few sentences: the title element's text
    article = scraper.extract(read_fixture("related-cards-one-link-with-teaser.html"),
                              url="https://www.example.com/news/2024/03/05/the-old-depot-becomes-a-square")
    assert [r.title for r in article.related] == [
        "Depot plan delayed again as costs rise", "What residents want from the new square",
        "Market traders fear a rent rise next year"]


GRID_URL = "https://www.arbeitsrecht.example.de/news/verjaehrung-von-urlaubsanspruechen.html"
GRID_STORIES = ["eugh-zur-verjaehrung-von-urlaubsanspruechen.html", "urlaubsberechnung-bei-kurzarbeit.html",
                "urlaubsanspruch-bei-wechselschicht.html"]


def test_a_grid_of_cards_right_after_the_article_with_no_heading_is_related(read_fixture):
    # image, date, title and teaser cards after the text (and a "previous" link), no heading: the site's related
    article = scraper.extract(read_fixture("related-grid-without-heading.html"), url=GRID_URL)
    assert [r.url.rsplit("/", 1)[-1] for r in article.related] == GRID_STORIES
    assert "Urlaubsberechnung bei Kurzarbeit" not in article.body


@pytest.mark.parametrize("change", [
    ('class="block block-views-similar"', 'class="block latest-news-box"'),  # named a feed of the newest stories
    ('class="block block-views-similar"', 'class="block sidebar"'),  # in a sidebar
    ('<div class="view-content row">', '<h2>Neueste Artikel</h2><div class="view-content row">'),  # headed "latest"
    ('/news/urlaubsberechnung', '/fotos/urlaubsberechnung'),  # of another kind than the page (two cards left)
])
def test_a_grid_with_no_heading_that_is_a_feed_or_elsewhere_is_not_related(read_fixture, change):
    article = scraper.extract(read_fixture("related-grid-without-heading.html").replace(*change), url=GRID_URL)
    assert article.related == []


def test_the_link_in_a_blocks_heading_is_the_sections_page_not_a_related_article():
    # "More in <a>White House</a>" over the cards: the heading's link is the section, the cards are related
    cards = "".join(f"<article class='post'><h4 class='post__title'><a href='/news/2024/02/1{i}/{s}'>"
                    f"{s.replace('-', ' ').capitalize()}</a></h4></article>" for i, s in enumerate(STORIES))
    article = scraper.extract(_page("", inside=f"<aside class='inline-stories'><h2><span>More in "
                                           f"<a href='/white-house/'>White House</a></span></h2>"
                                           f"<div class='post-list'>{cards}</div></aside>"), url=URL)
    assert _urls(article) == list(STORIES)



def test_shop_and_affiliate_links_in_a_related_block_are_left_out(read_fixture):
    # a marketplace's product page and a link through an affiliate network's redirect are purchases
    article = scraper.extract(read_fixture("related-shop-links.html"),
                              url="https://outdoors.example.com/2024/08/20/camping-in-the-rain")
    assert [r.url.rsplit("/", 1)[-1] for r in article.related] == [
        "how-to-pitch-a-tent-in-the-rain", "the-lakes-campsites-ranked"]


FOOTER_URL = "https://health.example.com/allergies/news/babies-peanuts-allergy"


def test_more_from_the_site_in_the_page_footer_is_not_related(read_fixture):
    # "More From <site>:" over the site's slideshows in the page's footer: its promotion, not the article's
    # related (the "Related" list under the text is)
    article = scraper.extract(read_fixture("related-more-from-site-in-page-footer.html"), url=FOOTER_URL)
    assert [r.url.rsplit("/", 1)[-1] for r in article.related] == ["peanut-allergy-in-children",
                                                                   "food-allergy-myths-and-facts"]


def test_more_from_the_site_in_the_articles_own_footer_is_related(read_fixture):
    # the same block in a footer inside the article element is the article's
    html = read_fixture("related-more-from-site-in-page-footer.html")
    html = html.replace('<div id="page">', '<article id="page">').replace("</div>\n</body>", "</article>\n</body>")
    article = scraper.extract(html, url=FOOTER_URL)
    assert "slideshow-blood-sugar-swings" in [r.url.rsplit("/", 1)[-1] for r in article.related]


def test_a_blocks_heading_link_closed_by_a_more_label_is_its_topics_page(read_fixture):
    # "The Hearings <span>More</span>" over the list: the heading links the topic's page, the list is related
    article = scraper.extract(read_fixture("related-topic-heading-link-more.html"),
                              url="https://news.example.com/news/key-moments-from-the-hearing-2024-03-05/")
    assert [r.url.rstrip("/").rsplit("/", 1)[-1] for r in article.related] == [
        "hearing-day-one-what-we-learned-2024-03-04", "the-witness-list-for-the-hearings-2024-03-01",
        "committee-sets-dates-for-public-hearings-2024-02-27"]


def test_a_title_ending_in_more_as_its_own_words_is_kept():
    # "... and More" written in the title's own text is a title (no label element closes the link)
    html = _page(f"<div class='box'><h3>Related</h3><ul>{_links(*STORIES)}"
                 "<li><a href='/news/2024/02/20/new-benches-lights-and-more'>New benches, lights and more</a></li>"
                 "</ul></div>")
    assert "new-benches-lights-and-more" in _urls(scraper.extract(html, url=URL))

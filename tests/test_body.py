"""The body extractor (scraper/extract/body.py and its helpers), one layout per fixture."""
from __future__ import annotations

from pathlib import Path

import pytest

from scraper import extract
from scraper.extract import extract_report
from scraper.extract.body import Body, extract_body
from scraper.extract.metadata import read_metadata
from scraper.extract.page import Page

FIXTURES = Path(__file__).parent / "fixtures"


def body_of(name: str) -> Body:
    page = Page((FIXTURES / name).read_text(encoding="utf-8"))
    return extract_body(page, read_metadata(page))


def test_boilerplate_is_removed():
    body = body_of("body-boilerplate.html")
    assert body.paragraphs == [
        "The harbour reopened on Monday morning, three days after the storm tore two fishing boats from their "
        "moorings and flooded the quay.",
        "Harbour master Jane Ellis said divers had checked the channel overnight and found it clear, so the first "
        "ferry left at seven.",
        "Repairs to the quay wall are expected to take until the end of the month, and parking on the quay stays "
        "closed until then.",
    ]
    assert body.is_article
    assert not body.used_fallback


def test_headings_are_paragraphs_of_their_own_and_h1_and_a_dangling_heading_are_not():
    assert body_of("body-headings.html").paragraphs == [
        "Garlic is one of the easiest crops to grow, as long as it goes into the ground at the right time of year.",
        "When to plant",
        "Plant the cloves in autumn, a few weeks before the first frost, so that the roots form before winter comes.",
        "In warm regions",
        "Where winters are mild, planting can wait until early winter, and the harvest comes a little later in "
        "spring.",
        "How deep",
        "Set each clove pointed end up, about five centimetres deep and fifteen centimetres from its neighbours.",
    ]


def test_list_items_are_kept_and_link_lists_dropped():
    assert body_of("body-lists.html").paragraphs == [
        "A night in a mountain hut needs less gear than camping, but a few things are easy to forget at home.",
        "A silk sleeping-bag liner, required in most huts",
        "Earplugs, because dormitories are never quiet",
        "Cash for the hut keeper, since card readers rarely work up there",
        "Everything else fits in a small day pack, which makes the walk up far more pleasant than with a tent.",
    ]


def test_a_post_made_of_list_items_keeps_every_item():
    # release notes: the items' words sit in <strong>, <em> and links, one item is long plain
    # text; the items pool like <p> siblings, so the long one alone does not win the page
    paragraphs = body_of("body-list-post.html").paragraphs
    assert len(paragraphs) == 8
    assert paragraphs[0] == "Address bar: open tabs are suggested first, and a fix ends the flicker when typing fast."
    assert paragraphs[-1].startswith("We also spent a good part of these two weeks on the crash reporter.")


def test_link_heavy_blocks_are_dropped_and_links_inside_prose_kept():
    assert body_of("body-link-heavy.html").paragraphs == [
        "The city council approved plans for a new footbridge across the river on Tuesday, after two years of "
        "debate.",
        "Construction is due to start next spring, and the council says the bridge will open to walkers and "
        "cyclists in 2027, according to the published plans.",
    ]


def test_text_straight_in_divs_one_line_break_joins_two_end_the_paragraph():
    assert body_of("body-div-text.html").paragraphs == [
        "The village fete was held on Saturday in bright sunshine, and more than four hundred visitors came "
        "through the gate.\nThe cake stall sold out before noon, and the tug of war was won by the fire brigade "
        "for the third year running.",
        "Next year the committee hopes to add a dog show, and volunteers are asked to contact the parish office.",
        "The parish office is open on weekday mornings, and the form can also be left in the box by the church door.",
    ]


def test_data_table_rows_are_lines():
    assert body_of("body-table.html").paragraphs == [
        "After the final round the league table looks like this, with the champions four points clear at the top.",
        "Pos Team Points",
        "1 Harbour United 54",
        "2 Hill Rovers 50",
        "Both teams qualify for the regional cup, which starts in September with a round of sixteen.",
    ]


def test_hidden_blocks_go():
    assert body_of("body-hidden.html").paragraphs == [
        "The museum reopens next week after a two-year renovation of its main hall and the new glass roof.",
        "Entry stays free on Sundays, and the café on the top floor now opens an hour before the galleries.",
    ]


@pytest.mark.parametrize("name", ["body-home-page.html", "body-section-page.html"])
def test_home_and_section_pages_are_not_articles(name):
    # link cards only; teaser texts under linked titles: an empty body, not a pile of teasers
    body = body_of(name)
    assert body.paragraphs == []
    assert not body.is_article


def test_error_page_is_not_an_article():
    body = body_of("body-error-page.html")
    assert body.paragraphs == ["Sorry, we could not find that page."]
    assert not body.is_article
    assert not extract((FIXTURES / "body-error-page.html").read_text(encoding="utf-8")).is_article


def test_declared_article_body_replaces_a_body_that_misses_it():
    body = body_of("body-jsonld.html")
    assert body.paragraphs == [
        "After forty years the lighthouse keeper has retired. He climbed the one hundred and twelve steps twice a "
        "day, in every kind of weather, and never once missed lighting the lamp. The lighthouse is now automatic, "
        "and the cottage beside it will become a small museum about the keepers and their families. The keeper "
        "plans to stay in the village, where he has a small boat and a garden by the harbour wall."
    ]
    assert not body.used_fallback  # the page's own declaration, no trafilatura run


def test_fallback_runs_when_the_page_has_prose_and_the_body_next_to_none():
    # a photo essay: all its text is in captions, which our walk leaves to the images;
    # the page has prose and our body is empty, so trafilatura is asked, and it reads the captions
    body = body_of("body-photo-essay.html")
    assert body.used_fallback
    assert len(body.paragraphs) == 5
    assert body.paragraphs[0] == ("January: the first ferry of the year leaves the harbour in a snow storm, with only "
                                  "the postman and two tourists on board.")
    assert body.is_article


def test_extract_report_surfaces_the_fallback_without_changing_the_article():
    html = (FIXTURES / "body-boilerplate.html").read_text(encoding="utf-8")
    article, report = extract_report(html)
    assert report is not None and not report.used_fallback
    assert article.to_dict() == extract(html).to_dict()
    assert "used_fallback" not in article.to_dict()
    assert extract_report("just some text\n\nin two paragraphs")[1] is None


def test_a_page_of_very_many_tags_does_not_fall_back():
    # the photo essay above, with 60,000 empty elements (420 KB): trafilatura's time grows with the elements
    html = (FIXTURES / "body-photo-essay.html").read_text(encoding="utf-8")
    html = html.replace("</body>", "<i></i>" * 60_000 + "</body>")
    body = extract_body(Page(html))
    assert not body.used_fallback
    assert body.paragraphs == []


def test_huge_page_is_extracted_without_falling_back():
    rows = "".join(
        f"<p>Paragraph number {i} of a very long page tells its own small story about item {i} in the list.</p>"
        f"<div class='share'><a href='/s/{i}'>Share</a></div>"
        for i in range(200_000)
    )
    html = f"<html><body><nav><a href='/'>Home</a></nav><div class='article-body'>{rows}</div></body></html>"
    assert len(html) > 20_000_000
    body = extract_body(Page(html))
    assert not body.used_fallback  # trafilatura is never run on pages this large
    assert body.is_article
    assert len(body.paragraphs) == 200_000
    assert body.paragraphs[-1] == ("Paragraph number 199999 of a very long page tells its own small story about "
                                   "item 199999 in the list.")


def test_article_in_noscript_is_read_when_it_is_most_of_the_page():
    assert body_of("body-noscript.html").paragraphs == [
        "Today we are turning on a new protection for everyone who uses the browser on a phone or a laptop.",
        "It checks the address of each site you visit against a list that is updated every thirty minutes.",
    ]


def test_the_headline_h1_goes_and_other_h1_are_headings():
    assert body_of("body-h1-sections.html").paragraphs == [
        "Our story",
        "We are two writers who met at a comedy night in 2008 and have written a weekly column together ever since.",
        "Both of us live by the sea, and most of our stories start with something overheard on the ferry.",
    ]


def test_a_repeated_run_of_paragraphs_comes_once_and_a_repeated_line_stays():
    # the whole text twice (a wide and a narrow layout, neither marked hidden): once;
    # "No answer." twice inside the text: twice
    paragraphs = body_of("body-repeated.html").paragraphs
    assert len(paragraphs) == 8
    assert paragraphs[0].startswith("The choir sang at the harbour on Sunday, and the collection raised money")
    assert paragraphs[1] == paragraphs[6] == "No answer."
    assert paragraphs[-1].startswith("Anyone who wants to join can simply come along to a rehearsal")


def test_page_of_short_lines_reads_the_element_marked_as_the_article():
    # no line is prose, so no container wins on prose: the page's lone <article> is read
    body = body_of("body-short-lines.html")
    assert body.paragraphs == ["Places", "Shuji: Japan.", "Walter: Germany.", "Film", "Fuji X-TRA 400.", "Cameras",
                               "Shuji: Widelux.", "Walter: Pentax Z-1."]
    assert not body.is_article  # too little text to call it an article


def test_a_comment_thread_longer_than_the_article_does_not_draw_the_body():
    assert body_of("body-long-comments.html").paragraphs == [
        "From next month the weekly market on the square opens at noon and stays open until nine in the evening.",
        "The council says the change follows a survey of stall holders, most of whom asked for the later hours.",
        "A trial in the summer brought twice as many shoppers after work, and the stall holders sold out earlier.",
    ]


def test_ad_labels_and_a_dangling_related_title_leave_the_body():
    # "Anzeige" (German for Advertisement) over an ad slot, and a related list's title left
    # at the end once its links went; a sentence that starts with "Read next" stays
    para = "The harbour reopened on Monday morning, three days after the storm tore two boats loose."
    html = f"""<html><body><article>
        <p>{para}</p><div class="slot">Anzeige</div>
        <p>Read next week's edition for the full story of the divers who checked the channel.</p>
        <p>{para.replace("Monday", "Tuesday")}</p>
        <div><a href="/x">More</a></div><div>Read next</div></article></body></html>"""
    assert extract(html).body.split("\n\n") == [
        para, "Read next week's edition for the full story of the divers who checked the channel.",
        para.replace("Monday", "Tuesday")]


def test_class_words_read_as_the_regexes_read_them():
    import random

    from scraper.extract.clean import _WORD, _words_of, _without_separators
    from scraper.extract.rules.html import (BODY_BOILERPLATE_STEMS, BODY_BOILERPLATE_TOKENS, BODY_BOILERPLATE_WORDS,
                                            BODY_TEXT_MARKS)
    stems = BODY_BOILERPLATE_STEMS.pattern

    def reference(value: str) -> tuple[frozenset[str], bool]:
        words = frozenset(map(str.lower, _WORD.findall(value)))
        low = value.lower()
        return words, bool((not words.isdisjoint(BODY_BOILERPLATE_WORDS.words)
                            or not BODY_BOILERPLATE_TOKENS.words.isdisjoint(_without_separators(low).split())
                            or stems.search(low)) and words.isdisjoint(BODY_TEXT_MARKS.words))

    rnd = random.Random(5)
    alphabet = "abcdeComentaryARY-_ :.09h2XYz\u00e9sidebarcommentary"
    values = ["entry-content post-123 h2", "articleBody-2", "commentary", "comments-area", "x-commentary comment",
              "speakable-summary", "summary", "zn-body__paragraph speakable",
              "Commentary", "sr-only", "wp-caption-text", "jp-relatedposts", "caf\u00e9-sidebar", "AB12cd"]
    values += ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 30))) for _ in range(20000)]
    for value in values:
        assert _words_of.__wrapped__(value) == reference(value), value


def test_prompts_reading_times_and_age_notes_leave_the_body():
    # sign-up, share, support, help and moderation prompts, a reading time, an age note: the
    # wording of furniture (read as a text dump's lines are); a sentence about a newsletter stays
    assert body_of("body-prompts.html").paragraphs == [
        "From Monday the first ferry leaves the harbour at six, an hour earlier than it has for the last twenty years.",
        "The newsletter the ferry company sends to season ticket holders announced the change last week, along with "
        "new fares.",
        "Commuters had asked for the earlier crossing for years, and a petition last spring gathered two thousand names.",
        "The last ferry of the day still leaves at ten in the evening, and the winter timetable stays as it was before.",
    ]


def test_german_prompts_go_and_a_comment_section_ends_the_body():
    # a date line, a featured-image label, support prompts; "Lesermeinungen" (readers' opinions)
    # opens the comments: its login prompt and moderation note go with it
    assert body_of("body-prompts-de.html").paragraphs == [
        "Die neue Fähre hat am Montag zum ersten Mal im Hafen angelegt, drei Wochen früher als die Reederei geplant "
        "hatte.",
        "Sie bietet Platz für zweihundert Fahrgäste und vierzig Autos und fährt mit Strom aus der neuen Ladestation am "
        "Kai.",
        "Die alte Fähre geht an einen Verein, der sie als schwimmendes Museum im Nachbarort vor Anker legen will.",
    ]


def test_labels_over_links_and_stray_labels_at_the_end_leave_the_body():
    # "From our desks: a, b, c" (a label and a list of links), a label over social links that went, and
    # two stray labels after the last paragraph; "Jane wrote:" over a quote is the article's
    assert body_of("body-tail-labels.html").paragraphs == [
        "Repairs to the harbour wall began on Monday, after the autumn storms washed away a stretch of the old stone "
        "facing.",
        "Harbour master Jane Ellis told the council why the work could not wait until spring. Jane wrote:",
        "The wall protects the whole quay, and another storm could take the road behind it as well as the moorings.",
        "The work should take six weeks, and the quay stays closed to cars until the contractors have finished the job "
        "and the council has inspected it. Buses will stop on the hill road instead, and the harbour car park stays open.",
    ]


def test_a_declared_body_written_without_its_breaks_gets_them_back():
    # the markup shows the first paragraph only; the JSON-LD articleBody has them all, glued
    # together ("debate.Islanders") or two spaces apart: one paragraph each, not one block
    body = body_of("body-jsonld-collapsed.html")
    assert body.paragraphs == [
        "The island ferry will run all winter for the first time, the council decided on Tuesday evening after a "
        "long debate.",
        "Islanders had asked for a winter service for years, since the last boat in October leaves them cut off "
        "until April.",
        "The new service runs twice a week, on Mondays and Fridays, and a return ticket costs the same as in summer.",
        "\"We will finally get to the doctor in January,\" said one islander.",
    ]


def test_a_consent_dialog_with_more_text_than_the_article_is_not_the_body():
    # the dialog's class names say nothing, and it holds more prose than the short story; its
    # wording (cookies, consent, partners, privacy, densely) gives it away: without it, the story
    body = body_of("body-consent-dialog.html")
    assert body.paragraphs == [
        "The new lights along the harbour wall were switched on for the first time on Friday evening.",
        "They replace lamps that had stood there since the fifties and use a tenth of the power.",
        "The council says the old lamp posts will be kept and painted.",
    ]
    assert body.is_article


def test_an_ad_slot_label_and_a_gallery_placeholder_leave_the_body():
    # "Anzeige <network>" over an ad slot, a gallery's placeholder text ("Gallery 1 here",
    # "Galerie 2"); a heading about advertising and a sentence naming a gallery stay
    assert body_of("body-ad-gallery-slots.html").paragraphs == [
        "Statt Herbstwetter brachte der Oktober viel Regen und eine milde Witterung mit sommerlichen Nuancen.",
        "Prägend waren die Niederschläge im Norden und die Sturmflut an der Küste, im Süden schien lange die Sonne.",
        "Werbung im Internet",
        "Die Messstationen meldeten im Mittel zwei Grad mehr als im langjährigen Durchschnitt des Monats.",
        "Die Galerie 2 im Rathaus zeigt ab Montag Bilder der Sturmflut, der Eintritt ist frei.",
    ]


def test_a_support_appeal_closing_on_its_link_and_a_support_box_leave_the_body():
    # a long appeal whose closing link is a support prompt ("Become a supporter now!"), and a
    # support box's heading in the second half: the box's text under it goes with it
    assert body_of("body-support-box.html").paragraphs == [
        "The new ferry docked in the harbour on Monday for the first time, three weeks earlier than the shipping "
        "company had planned.",
        "It carries two hundred passengers and forty cars, and it runs on power from the new charging station on the "
        "quay.",
        "The old ferry goes to a club that wants to moor it as a floating museum in the next village along the coast.",
        "Words: Jane Roe",
    ]


def test_an_add_a_review_line_opens_the_reviews_and_ends_the_body():
    # Russian "Отзывы" / "Добавить отзыв" (Reviews / Add a review) over a review form and a list of
    # other pages: a comment section in the second half
    paras = ["Диета Аткинса основана на ограничении углеводов в рационе, а не на подсчёте калорий за день.",
             "Первые две недели углеводы почти исключают, затем их количество постепенно увеличивают снова."]
    html = ("<html><body><article><h1>Диета Аткинса</h1>" + "".join(f"<p>{p}</p>" for p in paras)
            + "<h3>Отзывы</h3><div>Добавить отзыв</div><p>Самые популярные диеты</p>"
            "<p>Популярная диета при активном ритме жизни. Результаты похудения до 10 кг за 14 дней.</p>"
            "</article></body></html>")
    assert extract(html).body.split("\n\n") == paras


@pytest.mark.parametrize("name", ["body-listing-archive.html", "body-listing-home-lead.html",
                                  "body-listing-link-cards.html", "body-listing-section-list.html"])
def test_a_body_found_inside_teaser_cards_is_no_article(name):
    # a category archive (excerpts cut with [...], read by the fallback), a home page whose lead card has a
    # two-paragraph dek, cards that are links as a whole, a section list with titles in plain divs: whatever
    # body is found lies in the cards around title links
    article = extract((FIXTURES / name).read_text(encoding="utf-8"), "https://coast.example/x")
    assert not article.is_article
    assert article.body == ""


def test_a_short_article_above_teaser_cards_stays_an_article():
    article = extract((FIXTURES / "body-short-article-with-cards.html").read_text(encoding="utf-8"),
                      "https://coast.example/x")
    assert article.is_article
    assert article.body.startswith("The harbour reopened on Monday")


def test_the_article_goes_on_after_a_sign_up_box_in_its_second_half():
    # a newsletter box's heading and its short line in the second half: they go, and the long
    # paragraph after them is the article again
    long = ("The council will decide on the second crossing in March, after the ferry company has published the "
            "figures for the winter and the harbour board has said whether the old stone quay can take a second berth in winter storms.")
    paras = ["The new ferry docked in the harbour on Monday for the first time, three weeks early.",
             "It carries two hundred passengers and forty cars on power from the quay.",
             "The old ferry goes to a club that wants to moor it as a floating museum in the next village."]
    html = ("<html><body><article><h1>The new ferry</h1>" + "".join(f"<p>{p}</p>" for p in paras)
            + "<h3>Sign up for our daily newsletter</h3><p>Every morning at seven.</p>"
            + f"<p>{long}</p></article></body></html>")
    assert extract(html).body.split("\n\n") == [*paras, long]


def test_a_byline_line_at_the_top_of_the_text_credits_the_article_and_leaves_the_body():
    page = Page((FIXTURES / "body-byline-paragraph.html").read_text(encoding="utf-8"))
    md = read_metadata(page)
    assert [a.name for a in md.authors] == ["Jane Roe"]
    paragraphs = extract_body(page, md).paragraphs
    assert paragraphs[0].startswith("Ten years after")  # "By Jane Roe, 5 March 2019" went
    assert paragraphs[1].startswith("By the end of the first winter")  # a sentence that opens with "By" stays
    assert len(paragraphs) == 3


def test_link_lengths_read_down_a_chain_of_wrappers_equal_each_wrappers_own():
    """The ranking reads a wrapper's link text from the child its prose came through and the other
    children (once for a chain of nested candidates, not once per wrapper): the same count as a
    selection over each wrapper, whether a wrapper is itself a link, holds links beside the inner one,
    or has more children than the chained reading takes."""
    from selectolax.lexbor import LexborHTMLParser

    from scraper.extract.candidates import _MAX_CHAINED_CHILDREN, _down_the_chain, _links_besides, link_len

    many = "".join(f'<p>item <a href="/m{i}">more {i}</a></p>' for i in range(12))
    html = ('<body><div id="w0"><a href="/top">Top story</a><!-- c -->text'
            '<div id="w1"><nav><a href="/n1">Home</a> <a href="/n2">World</a></nav>'
            '<p>See <a href="/in">an inline link</a>.</p>'
            '<div id="w2">' + many + '<a id="w3" href="/card"><div id="w4"><p>Prose of the card, '
            'linked as a whole.</p></div></a></div></div></div></body>')
    tree = LexborHTMLParser(html)
    chain = [tree.css_first(f"#w{i}") for i in range(5)]
    assert all(inner.parent.mem_id == outer.mem_id for outer, inner in zip(chain, chain[1:]))
    via = {outer: inner for outer, inner in zip(chain, chain[1:])}
    via[chain[-1]] = None
    candidates = dict.fromkeys(chain, 1.0)
    totals: dict = {}
    read = [_down_the_chain(node, via, candidates, totals, link_len, _links_besides, _MAX_CHAINED_CHILDREN)
            for node in chain]
    assert read == [link_len(node) for node in chain]
    assert read[0] > read[1] > read[2] > read[3] > read[4] == 0


_LIGHTHOUSE = [
    "The old lamp in the harbour lighthouse was switched off for the last time on Friday, after ninety years of "
    "service.",
    "Engineers lifted the new lamp up the tower by hand, because the stairs are too narrow for any crane to reach "
    "the top.",
    "The keeper's cottage at the foot of the tower will open to visitors from the spring, with a small museum "
    "inside.",
]


def test_a_follow_us_on_social_networks_line_leaves_the_body():
    # "Follow <the site's desk> on Facebook, Twitter (@handle) and Instagram." is furniture
    assert body_of("body-follow-prompt.html").paragraphs == _LIGHTHOUSE



def test_an_app_promo_leaves_the_body():
    # "Get <news> straight to your phone with the <site> app." over an app-store badge is furniture
    assert body_of("body-app-promo.html").paragraphs == _LIGHTHOUSE


def test_a_search_box_after_the_article_leaves_the_body():
    # a block named "siteSearch" holding one link with a search prompt ("Suchen Sie nach ...")
    assert body_of("body-search-box.html").paragraphs == [
        "Am späten Nachmittag ging ich am Ufer entlang, vorbei an den alten Villen und den Weinbergen am Hang "
        "gegenüber.",
        "In einem Gartenlokal bestellte ich eine Suppe und ein Bier und sah zu, wie die Dampfer am Anleger festmachten.",
        "Als die Sonne hinter den Türmen der Altstadt verschwand, nahm ich die Bahn hinauf zum Aussichtspunkt über der "
        "Stadt.",
    ]


def test_community_contact_affiliate_loading_and_helpfulness_lines_leave_the_body():
    # an affiliate disclosure (a post's, a site's commission note), a loader's placeholder, an author's contact
    # line, a forum's invitation and a "was this helpful?" prompt: furniture by their wording
    assert body_of("body-community-affiliate-prompts.html").paragraphs == _LIGHTHOUSE


def test_german_share_like_follow_cookie_and_comment_form_lines_leave_the_body():
    # a reading time, an age note, a dashed ad label, a gallery's counter, a cookie notice of a line, a WordPress share and like bar, follow and newsletter
    # prompts, the comment policy ("Netiquette") and form; "2 Gedanken zu „...“" opens the comments
    assert body_of("body-comment-form-de.html").paragraphs == [
        "Die neue Fähre hat am Montag zum ersten Mal im Hafen angelegt, drei Wochen früher als die Reederei geplant "
        "hatte.",
        "Sie bietet Platz für zweihundert Fahrgäste und vierzig Autos und fährt mit Strom aus der neuen Ladestation am "
        "Kai.",
        "Die alte Fähre geht an einen Verein, der sie als schwimmendes Museum im Nachbarort vor Anker legen will.",
    ]


def test_portuguese_ad_label_share_line_and_comment_policy_leave_the_body():
    assert body_of("body-comment-policy-pt.html").paragraphs == [
        "A nova balsa atracou no porto pela primeira vez na segunda-feira, três semanas antes do previsto pela "
        "empresa.",
        "Ela leva duzentos passageiros e quarenta carros e é carregada com energia da nova estação no cais.",
        "A balsa antiga vai para uma associação que quer transformá-la em um museu flutuante na cidade vizinha.",
    ]


@pytest.mark.parametrize("line", [
    "Suivez-nous sur Facebook et Instagram",
    "Votre adresse e-mail ne sera pas publiée.",
    "Ce site utilise des cookies pour améliorer votre expérience.",
    "Les commentaires sont modérés avant publication.",
    "Síguenos en Twitter",
    "Tu dirección de correo electrónico no será publicada.",
    "Este sitio utiliza cookies para mejorar la experiencia.",
    "Saltar publicidad",
    "Seguici su Facebook",
    "Il tuo indirizzo email non sarà pubblicato.",
    "Volg ons op Instagram",
    "Je e-mailadres wordt niet gepubliceerd.",
    "Deze website gebruikt cookies.",
    "Tiempo de lectura: 4 minutos",
    "5 minutos de lectura",
])
def test_follow_comment_form_and_cookie_lines_of_other_languages_are_furniture(line):
    from scraper.extract.furniture import CRUFT, paragraph_kind
    assert paragraph_kind(line) == CRUFT


@pytest.mark.parametrize("line", [
    "Members of the local history forum had asked the council to save the tower for years.",
    "Salespeople at the yard earn a commission on every boat they sell, the owner said.",
    "Wir teilen uns die Arbeit: einer steuert, der andere kocht.",
    "Die Kommentare der Leser waren fast alle freundlich.",
    "Compartilhar experiências entre os pescadores ajuda a todos no porto.",
])
def test_sentences_near_furniture_words_stay(line):
    from scraper.extract.furniture import paragraph_kind
    assert paragraph_kind(line) is None


def test_follow_prompts_closing_the_last_paragraph_leave_it():
    # "... is out now. Follow her on Twitter @janeroe. Follow us on Twitter @site or Facebook.": the sentences go,
    # their links with them; a sentence that tells what someone wrote on Twitter stays
    body = body_of("body-follow-tail.html")
    assert body.paragraphs[1].endswith("The harbour master wrote on Twitter that the work went well.")
    assert body.paragraphs[-1] == "Jane Roe's book about lighthouses, \"Keepers\", is out now."
    block = extract((FIXTURES / "body-follow-tail.html").read_text(encoding="utf-8")).structure[-1]
    assert [(s.kind, s.url, s.start, s.end) for s in block.spans] == [
        ("link", "https://shop.example.com/lights", 36, 43), ("em", None, 0, len(body.paragraphs[-1]))]


def test_a_drupal_body_field_typed_text_with_summary_is_article_text():
    # Drupal names a field's data type in its class ("field--type-text-with-summary", the body field's type):
    # no "summary" box, the article's lead paragraphs
    body = body_of("body-drupal-field-types.html")
    assert body.paragraphs[0].startswith("The town council voted on Tuesday to keep the harbour ferry running")
    assert body.paragraphs[1].startswith("The ferry carries about four hundred people a day")
    assert len(body.paragraphs) == 7


def test_field_type_slugs_are_cut_and_field_names_kept():
    from scraper.extract.dom import without_term_slugs
    assert without_term_slugs("field field--name-body field--type-text-with-summary") == \
        "field field--name-body field--type"
    assert without_term_slugs("field field-name-body field-type-text-with-summary field-label-hidden") == \
        "field field-name-body field-type field-label-hidden"
    # a field's name is the site's word for what it holds: kept
    assert without_term_slugs("field--name-field-related-articles field--type-entity-reference") == \
        "field--name-field-related-articles field--type"


def test_a_dateline_at_the_top_leaves_the_body_and_a_date_further_down_stays():
    # a paragraph that is a date and nothing else, among the first ones, dates the article: not its text
    body = body_of("body-dateline-paragraph.html")
    assert body.paragraphs[0].startswith("Der Stadtrat hat am Dienstag beschlossen")
    assert body.paragraphs[-1] == "12.05.2015"


@pytest.mark.parametrize("line, dateline", [
    ("08.04.2015 12:46", True),
    ("November 20, 2019 - 11:28 AMT", True),
    ("Dienstag, 2. November 2021", True),
    ("| 05. November 2021 | 08:02 Uhr", True),
    ("segunda-feira, 22 de janeiro de 2018 às 0:13", True),
    ("Tuesday 15 October 2019 by Jane Roe", False),  # a byline: its own rule
    ("Erscheinungsdatum: 14.08.2017", False),
    ("04. November 2021 | PAID CONTENT", False),
    ("In 2019 the quay was rebuilt.", False),
    ("10:30", False),
])
def test_a_dateline_is_a_date_and_nothing_else(line, dateline):
    from scraper.extract.body import _is_dateline
    assert _is_dateline(line) is dateline


def test_a_copy_of_the_headline_at_the_top_leaves_the_body_when_the_h1_names_a_section():
    # the h1 is the section's name; the headline stands in the article's h2: metadata, not text
    page = Page((FIXTURES / "body-headline-copy-under-section-h1.html").read_text(encoding="utf-8"))
    md = read_metadata(page)
    assert md.headline == "Ferry Keeps Running Through the Winter"
    body = extract_body(page, md)
    assert body.paragraphs[0].startswith("The town council voted on Tuesday")
    assert "A new boat in spring" in body.paragraphs
    assert len(body.structure) == len(body.paragraphs)


def test_a_paragraph_marked_speakable_is_article_text_whatever_its_name_says():
    # schema.org's speakable sections name the article's key paragraphs ("speakable-summary"): no summary box
    body = body_of("body-speakable-lead.html")
    assert body.paragraphs[0].startswith("The town council voted on Tuesday")
    assert len(body.paragraphs) == 4


def test_word_bags_are_the_regexes_words_casefolded():
    """`_word_bag` reads the ASCII words off a byte table and leaves the rest to casefold and `\\w+`: the same
    words as `\\w+` over the casefolded text, on every code point (odd folds: "İ" folds to "i" and a combining
    dot, "ß" to "ss", U+0345 to a Greek letter; lone surrogates; every ASCII character as a separator)."""
    import re
    from collections import Counter

    from scraper.extract.body import _word_bag, _word_recall

    def regex_bag(text: str) -> Counter[bytes]:
        return Counter(w.encode() for w in re.findall(r"\w+", text.casefold()))

    every = "".join(chr(c) for c in range(0x110000))
    texts = [every, " ".join(every[i:i + 7] for i in range(0, len(every), 7)),
             "İstanbul STRASSE Straße ﬁne_print ab\u0345c x\u00a0y “Quoted,” don’t 2019-03-05 a\x1cb _ __",
             "".join(f"{chr(c)}Ab{chr(c)}é{chr(c)}" for c in range(128)), "", "  \n ", "\ud800abc\udfff"]
    for text in texts:
        assert _word_bag(text) == regex_bag(text)
    assert _word_recall("Die Straße, die STRASSE!", "strasse straße") == 0.5  # ("die" twice, missing)
    assert _word_recall("—", "anything") == 1.0

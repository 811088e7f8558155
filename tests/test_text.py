"""Text mode: plain-text dumps of pages (scraper.extract_text)."""
from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

import scraper
from scraper.extract import extract_report
from scraper.extract.text_blocks import caption_with_credit
from scraper.extract.text_headline import headline_anchors, title_parts
from scraper.extract.text_lang import detect_language
from scraper.extract.text_lines import BAD, BREAK, CRUFT, FOOTER, GOOD, NEAR, SHORT, measure

FIXTURES = Path(__file__).parent / "fixtures"
SEED = Path(__file__).parents[1] / ".." / "shared" / "seed"


def read(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


# ---------------------------------------------------------------- the seed's layout, own words

def test_seed_shaped_dump_gives_every_field():
    a = scraper.extract_text(read("text_seed_shape.txt"))
    assert a.headline == "Harbour council approves night ferry trial after months of debate over costs and noise"
    assert a.reading_time_minutes == 6
    assert a.editor_note == "This story has been updated with comments from the operator."
    assert [(i.caption, i.credit) for i in a.images] == [
        ("A passenger ferry leaves the north pier at dusk, March 3, 2025 in Portsmouth, England.",
         "Staff Photographer/Harbour Images")]
    assert a.paragraphs == [
        "The harbour council voted on Tuesday to run a six-month trial of night ferries between the north pier "
        "and the island, ending a debate that has lasted since the spring.",
        '"We have listened to the residents and to the workers who need these crossings," the council leader said.',
        "The trial will start in June and will be reviewed by an independent panel before the council decides "
        "whether the service becomes permanent.",
        "Residents near the north pier had warned that engines and announcements would keep them awake, and the "
        "council has asked the operator to use quieter vessels at night.",
        "The operator said it would publish the noise measurements from every night crossing during the trial.",
    ]
    assert [(r.title, r.teaser) for r in a.related] == [
        ("‘The boats are the only way home for us’ — shift workers on the long wait for a late crossing",
         "Nurses and cleaners who finish work after midnight describe the hours they spend waiting for the first "
         "morning boat to the island."),
        ("‘It is a question of who the harbour is for’ — a year of arguments over the night service",
         "Editor’s Note: Some residents asked that their names be withheld. “We are not against the boats,” one of "
         "them said at the first public meeting, “we are against being woken at three in the morning by a horn "
         "that could be heard on the other side of the water,” and the"),
    ]
    assert [(x.name, x.role, x.bio, x.url) for x in a.authors] == [
        ("Marta Kowalczyk", "Transport Correspondent",
         "Marta Kowalczyk is a transport correspondent at the Harbour Gazette. She has covered ports, ferries and "
         "coastal towns for ten years and previously worked as a sound engineer.", None)]
    assert a.language == "en"
    assert a.published is None  # the only date is the caption's
    for cruft in ("Latest Stories", "Show More", "Avatar", "Read more", "6 min read", "Transport Correspondent",
                  "Marta Kowalczyk", "shift workers on the long wait"):
        assert cruft not in a.body


def test_real_seed_gives_the_expected_structure():
    path = SEED / "kyiv-independent-article.txt"
    if not path.exists():
        pytest.skip("../shared/seed is not there")
    expected = json.loads((SEED / "kyiv-independent-article.expected.json").read_text(encoding="utf-8"))
    a = scraper.extract_text(path.read_text(encoding="utf-8"))
    assert a.headline == expected["headline"]
    assert a.reading_time_minutes == expected["reading_time_minutes"]
    assert a.editor_note == expected["editor_note"]
    assert [{"caption": i.caption, "credit": i.credit} for i in a.images] == expected["images"]
    assert a.paragraphs == expected["body_paragraphs"]
    assert [{"title": r.title, "teaser": r.teaser} for r in a.related] == expected["related"]
    assert [{"name": x.name, "role": x.role, "bio": x.bio} for x in a.authors] == expected["authors"]
    for cruft in expected["cruft_never_in_body"]:
        assert cruft not in a.body


def test_extract_routes_a_text_dump_to_text_mode():
    text = read("text_seed_shape.txt")
    assert scraper.extract(text).to_dict() == scraper.extract_text(text).to_dict()
    assert scraper.extract(text.encode("utf-8")).headline == scraper.extract_text(text).headline



def test_html_and_dumps_are_told_apart_past_leading_blanks_and_comments():
    text = read("text_seed_shape.txt")
    page = (FIXTURES / "article.html").read_text(encoding="utf-8")
    html_article = scraper.extract(page).to_dict()
    # an HTML page after 6,000 blank lines: still HTML (its first 5,000 characters were all blank)
    for content in ("\n" * 6000 + page, ("\n" * 6000 + page).encode("utf-8")):
        assert scraper.extract(content).to_dict() == html_article
    # a dump after a long comment of commented-out markup ("<!-- saved from ... -->"): still a dump
    comment = "<!-- saved from url=(0042)https://example.org/ " + "<div class='x'><p>old</p></div> " * 200 + "-->\n"
    for content in (comment + text, (comment + text).encode("utf-8")):
        article, report = extract_report(content)
        assert report is None and article.headline == scraper.extract_text(text).headline
    assert extract_report(comment)[1] is None  # a comment alone (never closed or not) tells nothing
    assert extract_report("<!-- " + "<p>x</p>" * 50)[1] is None


def test_the_content_type_tells_html_from_a_dump():
    # a dump that writes about tags: markup by its look, a dump when its server says plain text
    text = read("text_seed_shape.txt").replace("The harbour council voted", "The <div> and <p> council voted", 1)
    assert extract_report(text)[1] is not None
    for content in (text, text.encode("utf-8")):
        article, report = extract_report(content, content_type="text/plain; charset=utf-8")
        assert report is None and article.to_dict() == scraper.extract_text(text).to_dict()
    # a page its server calls HTML is HTML by any tag, not only by the common ones
    page = "<h1>Night ferries</h1>\n<blockquote>" + "The harbour council voted on Tuesday. " * 20 + "</blockquote>"
    assert extract_report(page)[1] is None
    for content in (page, page.encode("utf-8")):
        article, report = extract_report(content, content_type="text/html")
        assert report is not None and article.headline == "Night ferries"


# ---------------------------------------------------------------- a whole page rendered to text

def test_whole_page_dump_keeps_the_article_and_drops_the_furniture():
    a = scraper.extract_text(read("text_page_dump.txt"), url="https://example.org/glacier")
    assert a.url == "https://example.org/glacier"
    assert a.headline == "Glacier retreat uncovers a medieval trading path in the Alps"
    assert a.site_name == "Mountain Times"
    assert a.published == "2024-03-04"
    assert a.paragraphs == [
        "Archaeologists say the melting ice has revealed a paved path that merchants used to carry salt and cloth "
        "across the pass more than seven hundred years ago.",
        "The stones were first noticed by a mountain guide last summer, when an unusually warm season pushed the "
        "edge of the glacier back by almost forty metres.",
        "Researchers from the regional museum have since mapped nearly two kilometres of the route, along with the "
        "remains of a shelter where travellers could wait out a storm.",
        "What the finds tell us",
        "Wooden tools and a leather shoe found near the shelter suggest that the path was used for several "
        "generations before a colder period closed it.",
        "The museum plans to show the objects in an exhibition next year, and it has asked walkers not to take any "
        "stones or fragments they find on the path.",
    ]
    assert [(i.caption, i.credit) for i in a.images] == [
        ("Hikers pass the newly exposed stones of the old path above the valley on Monday.", "Anna Berger/Alpine Press")]
    assert [(r.title, r.teaser) for r in a.related] == [
        ("Why the Alps lose their ice faster than anywhere else in Europe", None)]
    assert [(x.name, x.bio) for x in a.authors] == [
        ("Lena Hoffmann", "Lena Hoffmann is a science reporter for the Mountain Times who writes about glaciers, "
                          "climate and archaeology in the Alps."),
        ("Tomás Ruiz", None)]
    assert a.reading_time_minutes == 1  # none shown: computed from the body


def test_comments_after_the_article_are_not_body():
    text = read("text_page_dump.txt").replace("About Lena Hoffmann\n\n", "").replace(
        "Lena Hoffmann is a science reporter", "Lena Hoffmann is a reporter")
    a = scraper.extract_text(text)
    assert "walked there last year" not in a.body
    assert a.paragraphs[-1].startswith("The museum plans")


def test_empty_and_menu_only_dumps_give_no_article():
    assert scraper.extract_text("").to_dict()["body"] == ""
    a = scraper.extract_text("Home\nNews\nSport\n\nContact\nPrivacy Policy\n")
    assert a.body == "" and a.is_article is False and a.headline is None


# ---------------------------------------------------------------- the signals one by one

def test_language_is_told_by_function_words():
    assert detect_language("the cat sat on the mat and it was happy with the sun".split()) == "en"
    assert detect_language("der hund und die katze sind nicht im haus aber auf dem dach".split()) == "de"
    assert detect_language("o gato e o cão estão na casa com a família".split()) == "pt"
    assert detect_language(["12", "34"]) is None


def test_lines_are_classified_by_shape_and_wording():
    page = measure(
        "Title of a page - Site\n\n"
        "Share this article\n"
        "Sports\n"
        "The committee met for three hours on Monday and agreed that the new rules would apply to every club "
        "from the start of next season, the chair said.\n"
        "It was a long day.\n"
        "Football Basketball Tennis Golf Cycling Rugby Cricket Swimming Athletics Boxing Sailing Rowing\n"
        "34 comments\n"
        "© 2024 Example Media. All rights reserved.\n")
    assert [ln.kind for ln in page.lines] == [SHORT, CRUFT, SHORT, GOOD, NEAR, BAD, BREAK, FOOTER]


def test_title_parts_drop_the_site_name():
    assert title_parts("Opinion | Rents Rise Again - The Daily Paper") == [
        "opinion | rents rise again - the daily paper", "opinion | rents rise again", "rents rise again"]


@pytest.mark.parametrize("line, expected", [
    ("The mayor opens the bridge on Friday. (Jane Doe/City Press)", ("The mayor opens the bridge on Friday.", "Jane Doe/City Press")),
    ("The mayor opens the bridge. Credit... Jane Doe/The Daily Paper", ("The mayor opens the bridge.", "Jane Doe/The Daily Paper")),
    ("Crowds gather on the square on November 19, 2019. Jean Dupont / AFP", ("Crowds gather on the square on November 19, 2019.", "Jean Dupont / AFP")),
    ("The electronic health record (ePA) is discussed again", None),
    ("Paris is the capital of France.", None),
])
def test_caption_and_credit_on_one_line(line, expected):
    assert caption_with_credit(line) == expected


def test_byline_with_date_and_organisation():
    text = ("A quiet week in the valley - Valley News\n\n"
            "A quiet week in the valley\n"
            "By Sam Carter, Valley News - Nov 19, 2019 06:56 AM EST\n\n"
            + "\n\n".join(["The river stayed low all week and the farmers waited for the rain that the forecast had "
                           "promised since the start of the month, as they do every year."] * 3))
    a = scraper.extract_text(text)
    assert [x.name for x in a.authors] == ["Sam Carter"]
    assert a.published == "2019-11-19"
    assert a.site_name == "Valley News"


def test_list_headings_and_time_stamps_do_not_join_the_article():
    para = ("The river stayed low all week and the farmers waited for the rain that the forecast had promised since "
            "the start of the month, as they do every year at this time.")
    text = (f"A quiet week in the valley - Valley News\n\nA quiet week in the valley\n\n{para}\n\n{para}\n\n"
            "Trending Now\n\nFloods close the mountain road\n\n2H ago\n\nSchool fair raises money for a new library\n\n"
            "5H ago\n\n")
    a = scraper.extract_text(text)
    assert a.paragraphs == [para, para]


PARA = ("The river stayed low all week and the farmers waited for the rain that the forecast had promised since "
        "the start of the month, as they do every year at this time.")
PARA2 = ("When the rain came at last on Sunday night, it fell for eleven hours without a pause, and by the morning "
         "the lower fields were under water again.")


def test_standfirst_under_the_headline_is_the_description():
    text = ("A quiet week in the valley - Valley News\n\nHome\nNews\nWeather\n\nA quiet week in the valley\n\n"
            "The farmers waited all week for the rain, and then it came all at once on Sunday night.\n\n"
            "By Sam Carter\n\nNov 19, 2019\n\nShare\n\n"
            f"{PARA}\n\n{PARA2}\n\n{PARA}\n")
    a = scraper.extract_text(text)
    assert a.description == "The farmers waited all week for the rain, and then it came all at once on Sunday night."
    assert a.paragraphs == [PARA, PARA2, PARA]
    assert [x.name for x in a.authors] == ["Sam Carter"]


def test_a_list_under_a_section_heading_inside_the_article_is_left_out():
    text = (f"A quiet week in the valley - Valley News\n\nA quiet week in the valley\n\n{PARA}\n\n"
            "Trending News\n\nFloods close the mountain road\n\nSchool fair raises money for a new library\n\n"
            f"{PARA2}\n\n{PARA}\n\nStay up to date with Valley News. Subscribe to our newsletter.\n\n"
            "Thanks, you are signed up!\n")
    a = scraper.extract_text(text)
    assert a.paragraphs == [PARA, PARA2, PARA]


def test_the_title_line_is_not_the_first_paragraph():
    text = (f"'Rain at last': the valley's farmers say the wait is over\n\nMenu\n\n"
            f"The valley's farmers say the wait is over\n\n{PARA}\n\n{PARA2}\n")
    a = scraper.extract_text(text)
    assert a.headline == "The valley's farmers say the wait is over"
    assert a.paragraphs == [PARA, PARA2]


def test_a_plain_article_without_furniture_is_all_body():
    a = scraper.extract_text(f"{PARA}\n\n{PARA2}\n\n{PARA}\n")
    assert a.paragraphs == [PARA, PARA2, PARA]
    assert a.headline is None and a.authors == [] and a.images == []


def test_paragraphs_above_a_box_inside_the_article_stay_in_it():
    box = "\n\n".join(["Impeachment Inquiry", "Watch live: the hearing continues",
                       "Five things we learned from the first day", "The witness list, in order",
                       "Who testifies next week", "What the committee wants to know", "More in Impeachment Inquiry"])
    text = (f"A quiet week in the valley - Valley News\n\nA quiet week\n\n{PARA}\n\n{PARA2}\n\n{box}\n\n"
            + "\n\n".join([PARA2, PARA] * 4) + "\n")
    a = scraper.extract_text(text)
    assert a.paragraphs == [PARA, PARA2] + [PARA2, PARA] * 4


def test_a_date_line_is_not_a_byline():
    text = (f"A quiet week in the valley - Valley News\n\nA quiet week in the valley\n\n"
            f"November 20, 2019 - 11:28 AMT\n\n{PARA}\n\n{PARA2}\n")
    a = scraper.extract_text(text)
    assert a.authors == []
    assert a.published == "2019-11-20"


def test_long_reader_comments_after_the_article_lose_to_it():
    comment = ("I read this twice and I still think the council got it wrong, because nobody asked the people "
               "who actually live by the river what they wanted before the money was spent on the new bank.")
    comments = "\n\n".join(f"reader{i} says:\n\nNov 20, 2019 at 9:0{i} am\n\n{comment}" for i in range(8))
    text = (f"A quiet week in the valley - Valley News\n\nA quiet week in the valley\n\n{PARA}\n\n{PARA2}\n\n"
            f"{PARA}\n\n8 Comments\n\n{comments}\n")
    a = scraper.extract_text(text)
    assert a.paragraphs == [PARA, PARA2, PARA]


def test_a_long_cookie_notice_is_not_body():
    notice = ("We use cookies and similar tracking technologies to personalise content and ads, and our partners "
              "may combine this with other information you have given them; you can withdraw your consent at any "
              "time in the privacy settings of this website.")
    text = f"A quiet week in the valley - Valley News\n\n{notice}\n\nA quiet week in the valley\n\n{PARA}\n\n{PARA2}\n"
    a = scraper.extract_text(text)
    assert a.paragraphs == [PARA, PARA2]


def test_a_german_page_with_its_furniture():
    p1 = ("Der Stadtrat hat am Dienstag beschlossen, die alte Brücke über den Fluss im kommenden Jahr zu sanieren, "
          "nachdem ein Gutachten erhebliche Schäden an den Pfeilern festgestellt hatte.")
    p2 = ("Die Arbeiten sollen im Frühjahr beginnen und etwa acht Monate dauern; in dieser Zeit wird der Verkehr "
          "über die neue Umgehungsstraße geleitet, die erst im Herbst eröffnet wurde.")
    text = ("Brücke wird saniert | Stadtanzeiger\n\nStartseite\nLokales\nSport\n\nBrücke wird saniert\n\n"
            "Von Anna Schmidt\n\n12. März 2024\n\nArtikel teilen\n\n"
            f"{p1}\n\n{p2}\n\nMehr zum Thema\n\nNeue Ampel am Marktplatz\n\nSchwimmbad öffnet früher\n\n"
            "3 Kommentare\n\nKarl sagt:\n\nDas wurde aber auch Zeit, die Brücke ist seit Jahren in einem schlechten "
            "Zustand und niemand hat sich darum gekümmert.\n\nAlle Rechte vorbehalten.\n")
    a = scraper.extract_text(text)
    assert a.language == "de"
    assert a.headline == "Brücke wird saniert"
    assert a.site_name == "Stadtanzeiger"
    assert [x.name for x in a.authors] == ["Anna Schmidt"]
    assert a.published == "2024-03-12"
    assert a.paragraphs == [p1, p2]


def test_a_list_carries_the_article_on_when_the_page_is_thin_in_prose():
    intro = ("These honey biscuits keep for a week in a tin, and the dough can be made the day before and left "
             "in the fridge overnight.")
    steps = ["2 cups of flour", "1 cup of honey", "1 egg, beaten", "50 g of butter, soft",
             "Mix the flour and the butter until it looks like sand.", "Add the honey and the egg.",
             "Bake for 12 minutes at 180 degrees."]
    text = ("Honey biscuits | Kitchen Notes\n\nRecipes\nBaking\nDrinks\n\nHoney biscuits\n\n"
            + intro + "\n\nIngredients\n\n" + "\n\n".join(steps) + "\n\nShare this recipe\n\nDesserts\nBreads\n")
    a = scraper.extract_text(text)
    assert a.paragraphs == [intro, "Ingredients", *steps]


def test_a_page_with_no_prose_gives_the_list_under_its_headline():
    rounds = [f"Round {i}: {d} March – {c}" for i, (d, c) in enumerate(
        [(2, "Lisbon"), (9, "Porto"), (16, "Braga"), (23, "Faro"), (30, "Evora"), (6, "Coimbra"), (13, "Aveiro")], 1)]
    text = ("Race calendar 2024 | Motor Weekly | Results | Drivers\n\nNews\nResults\nDrivers\nForum\n\n"
            "Race calendar 2024\n\nMonday, 22 January 2024\n\nShare on WhatsApp\n\n"
            + "\n".join(rounds) + "\n\n* Dates may change.\n\nShare on WhatsApp\n\nTags\n\n"
            "Click here to see the standings of every class this season and the points of each driver.\n")
    a = scraper.extract_text(text)
    assert a.headline == "Race calendar 2024"
    assert a.paragraphs == rounds + ["* Dates may change."]


def test_a_hard_wrapped_dump_reads_like_the_unwrapped_one():
    text = read("text_page_dump.txt")
    wrapped = "\n".join(textwrap.fill(line, 76) for line in text.split("\n"))
    assert max(len(line) for line in wrapped.split("\n")) <= 76
    a, b = scraper.extract_text(wrapped), scraper.extract_text(text)
    assert a.paragraphs == b.paragraphs
    assert (a.headline, a.description, [x.name for x in a.authors]) == (b.headline, b.description,
                                                                       [x.name for x in b.authors])


# ---------------------------------------------------------------- dumps that do not start with the page title

FERRY = [
    "The harbour council voted on Tuesday to keep the night ferries between the north pier and the island running "
    "all year, ending a trial that started last spring.",
    "Councillors said most of the late passengers were nurses, cleaners and kitchen staff who finish work after "
    "midnight and had no other way to get home.",
    "Residents near the north pier had warned that engines would keep them awake, and the council has asked the "
    "operator to use its quieter vessels at night.",
]


def test_the_headline_over_a_byline_past_names_time_stamps_and_labels():
    # a text-mode browser prints no <title>: menus first, the headline somewhere above its byline and date
    text = ("Harbour Times\n\n  • News\n  • Sport\n  • Opinion\n\nWeather warning for the coast tonight and tomorrow\n\n"
            "Transport\nNight ferries will run all year, harbour council decides\n"
            "MARTA KOWALCZYK, HARBOUR TIMES\n04.03.2025 21:17\n  • Share\n  • Email\n\n" + "\n\n".join(FERRY) + "\n")
    a = scraper.extract_text(text)
    assert a.headline == "Night ferries will run all year, harbour council decides"
    assert a.paragraphs == FERRY


def test_a_short_article_wins_over_a_heavier_feed_of_teasers_with_bylines():
    teasers = "\n\n".join(
        f"{title}\nBy Tomás Ruiz\nMarch {day}, 2025\n{summary}" for title, day, summary in [
            ("Bus lanes on the coast road will open in April", 2,
             "The two lanes between the station and the harbour have taken two years to build, and the council "
             "says they will cut the journey to the ferry terminal by a third at the busiest times of the day."),
            ("Parking charges at the station rise for the first time in a decade", 1,
             "Drivers will pay a pound more a day from May, and the money will go to the repair of the footbridge "
             "over the railway, which has been closed since the storms of the winter before last."),
            ("The old swing bridge will close for repairs during the whole of May", 1,
             "Engineers found rust in the mechanism that turns the bridge, and boats will have to wait for the "
             "high tide to pass under it while the bearings are replaced and the deck is painted again."),
        ])
    text = ("Harbour Times\n  • News\n  • Sport\n\nNight ferries will run all year, harbour council decides\n"
            "By Marta Kowalczyk\nMarch 4, 2025\n\n" + "\n\n".join(FERRY[:2]) + "\n\nLatest news\n\n" + teasers + "\n")
    a = scraper.extract_text(text)
    assert a.headline == "Night ferries will run all year, harbour council decides"
    assert [x.name for x in a.authors] == ["Marta Kowalczyk"]
    assert a.paragraphs == FERRY[:2]


def test_a_markdown_top_heading_is_the_headline():
    text = ("[Harbour Times](https://example.org/)\n\n  * [News](https://example.org/news)\n"
            "  * [Sport](https://example.org/sport)\n\n## Weather warning for the coast tonight and tomorrow\n\n"
            "# Night ferries will run all year, harbour council decides\n\n"
            "Trial service becomes permanent after a review of demand\n\n" + "\n\n".join(FERRY) + "\n")
    assert scraper.extract_text(text).headline == "Night ferries will run all year, harbour council decides"


def test_a_first_line_that_is_not_a_title_does_not_pick_the_headline():
    # a dump's first line that shares a word or two with a menu line is not the page title
    text = ("#publisher Harbour Times » Feed alternate\nHarbour Times Logo\n  • News\n  • Sport\n  • Opinion\n\n"
            "Night ferries will run all year, harbour council decides\n"
            "Published March 4, 2025\n\n" + "\n\n".join(FERRY) + "\n")
    assert scraper.extract_text(text).headline == "Night ferries will run all year, harbour council decides"


def test_the_date_line_under_the_headline_is_not_body():
    text = ("Harbour Times\n  • News\n  • Sport\n\nNight ferries will run all year, harbour council decides\n\n"
            "The trial service between the north pier and the island becomes permanent after a review.\n\n"
            "March 4, 2025\n\n" + "\n\n".join(FERRY) + "\n")
    a = scraper.extract_text(text)
    assert a.published == "2025-03-04"
    assert "March 4, 2025" not in a.paragraphs


def test_a_comment_count_between_headline_and_byline_is_not_the_headline():
    text = ("Harbour Times\n  • News\n  • Sport\n\nNight ferries will run all year, harbour council decides\n"
            "New, 6 comments\nBy Marta Kowalczyk\nMarch 4, 2025\n\n" + "\n\n".join(FERRY) + "\n")
    assert scraper.extract_text(text).headline == "Night ferries will run all year, harbour council decides"


def test_a_headline_in_a_list_of_its_own():
    # some pages wrap the h1 in a list item: a list of one, under a menu's last line
    text = ("Harbour Times\n  • News\n  • Sport\n\nFollow Harbour Times\n  • Night ferries will run all year, harbour "
            "council decides\nBy Marta Kowalczyk\nMarch 4, 2025\n\n" + "\n\n".join(FERRY) + "\n")
    assert scraper.extract_text(text).headline == "Night ferries will run all year, harbour council decides"


@pytest.mark.parametrize("byline", [
    "By\nMarta Kowalczyk",  # the by-word and the linked name in blocks of their own
    "By Marta Kowalczyk@mkowalczyk March 4, 2025",  # the handle glued to the name
])
def test_bylines_split_or_glued_by_a_renderer(byline):
    text = ("Harbour Times\n  • News\n  • Sport\n\nNight ferries will run all year, harbour council decides\n"
            + byline + "\nMarch 4, 2025\n\n" + "\n\n".join(FERRY) + "\n")
    a = scraper.extract_text(text)
    assert [x.name for x in a.authors] == ["Marta Kowalczyk"]
    assert a.paragraphs == FERRY


def test_a_photos_copyright_in_a_caption_is_not_the_page_footer():
    caption = ("  • The night ferry leaves the north pier on Monday. Photo: Anna Berger, Harbour Images / Copyright 2025 "
               "Harbour Images. All rights reserved.")
    text = ("Harbour Times\n  • News\n  • Sport\n\nNight ferries will run all year, harbour council decides\n"
            "By Marta Kowalczyk\nMarch 4, 2025\n\n" + "\n\n".join(FERRY[:2]) + "\n\n" + caption + "\n\n" + FERRY[2]
            + "\n\n© 2025 Harbour Times. All rights reserved.\n")
    assert scraper.extract_text(text).paragraphs[-1] == FERRY[2]


def test_a_caption_and_its_credit_in_blocks_of_their_own_and_shown_twice():
    # a text-mode browser prints the image's caption twice and the credit in a block of its own
    caption = "A passenger ferry leaves the north pier at dusk on Monday."
    text = ("Harbour Times\n  • News\n  • Sport\n\nNight ferries will run all year, harbour council decides\n"
            "By Marta Kowalczyk\nMarch 4, 2025\n\n" + caption + "\n\n" + caption + "\n\n(Image credit: Anna Berger)\n\n"
            + "\n\n".join(FERRY) + "\n")
    a = scraper.extract_text(text)
    assert [(i.caption, i.credit) for i in a.images] == [(caption, "Anna Berger")]
    assert a.paragraphs == FERRY


def test_a_dump_that_starts_with_its_headline_over_a_handle_byline():
    text = ("Night ferries will run all year, harbour council decides\nMarta Kowalczyk @mkowalczyk / 2 days\n"
            + "\n".join(FERRY) + "\n")
    a = scraper.extract_text(text)
    assert a.headline == "Night ferries will run all year, harbour council decides"
    assert a.paragraphs == FERRY


def test_the_headline_shown_twice_over_a_standfirst_without_a_full_stop():
    text = ("Harbour Times\n  • News\n  • Sport\n\nNight ferries will run all year, harbour council decides\n"
            "Night ferries will run all year, harbour council decides\nThe trial becomes permanent after a review\n"
            "By Marta Kowalczyk\nMarch 4, 2025\n\n" + "\n\n".join(FERRY) + "\n")
    assert scraper.extract_text(text).headline == "Night ferries will run all year, harbour council decides"


def test_names_over_the_date_line_are_the_byline():
    text = ("Harbour Times\n  • News\n  • Sport\n\nNight ferries will run all year, harbour council decides\n"
            "MARTA KOWALCZYK, HARBOUR TIMES\nMarch 4, 2025\n\n" + "\n\n".join(FERRY) + "\n")
    a = scraper.extract_text(text)
    assert [x.name for x in a.authors] == ["MARTA KOWALCZYK"]
    assert a.paragraphs == FERRY



def test_the_headline_over_a_photo_and_its_caption_above_the_byline():
    # the photo comes between headline and byline: a kicker, its caption, a share count, the agency
    text = ("Harbour Times\n  • News\n  • Sport\n\nNight ferries will run all year, harbour council decides\nTransport\n"
            "A passenger ferry leaves the north pier at dusk on Monday, the first evening of the trial service to the "
            "island, with more than two hundred passengers on board. (Anna Berger/Harbour Images)\n0\n"
            "The Associated Press\nPublished Tuesday, March 4, 2025 8:22AM\n\n" + "\n\n".join(FERRY) + "\n")
    lines = measure(text).lines
    headline = next(ln.index for ln in lines if ln.text.startswith("Night ferries"))
    assert headline in headline_anchors(lines)  # announced by the date line five lines under it
    a = scraper.extract_text(text)
    assert a.headline == "Night ferries will run all year, harbour council decides"
    assert a.paragraphs == FERRY  # the share count "0" is not the first paragraph


@pytest.mark.parametrize("stamp", ["1 day ago", "2 hours ago", "Updated an hour ago"])
def test_a_relative_time_stamp_under_the_headline_announces_it(stamp):
    # headline, the author's name alone, a time stamp relative to now; a strip of other stories before the prose
    text = ("Harbour Times\n  • Storm damage closes the coast road for a week\n  • Parking charges at the station rise\n"
            "Harbour Times\nNight ferries will run all year, harbour council decides\nMarta Kowalczyk\n" + stamp + "\n"
            "Storm damage closes the coast road for a week\nBus lanes on the coast road will open in April\n\n"
            + "\n\n".join(FERRY) + "\n")
    a = scraper.extract_text(text)
    assert a.headline == "Night ferries will run all year, harbour council decides"
    assert [x.name for x in a.authors] == ["Marta Kowalczyk"]


@pytest.mark.parametrize("byline", ["5:45 AM PST 03/04/2025 by Marta Kowalczyk",
                                    "04/03/2025 - Publicado por: Marta Kowalczyk - Categoria: Cidade",
                                    "By Marta Kowalczyk HTNews", "By Marta KowalczykHTNews"])
def test_a_byline_after_its_time_stamp_or_before_a_brand(byline):
    # the date first, then "by"; or the outlet's brand after the name (glued to it when the renderer drops a break)
    text = ("Harbour Times\n  • News\n  • Sport\n\nNight ferries will run all year, harbour council decides\n"
            + byline + "\n\n" + "\n\n".join(FERRY) + "\n")
    assert [x.name for x in scraper.extract_text(text).authors] == ["Marta Kowalczyk"]


def test_a_byline_over_its_headline_under_a_back_link():
    # the page prints a back link and the byline first, the headline under them (an agency's name in lower case)
    p1 = ("Der Stadtrat hat am Dienstag beschlossen, die alte Brücke über den Fluss im kommenden Jahr zu sanieren, "
          "nachdem ein Gutachten erhebliche Schäden an den Pfeilern festgestellt hatte.")
    p2 = ("Die Arbeiten sollen im Frühjahr beginnen und etwa acht Monate dauern; in dieser Zeit wird der Verkehr "
          "über die neue Umgehungsstraße geleitet, die erst im Herbst eröffnet wurde.")
    text = ("Zurück zur Übersicht\nVon Anna Schmidt publiziert am 12. März 2024\n"
            "Die Brücke bekommt eine elektronische Prüfakte (ePA)\nTwitter Facebook\n" + p1 + "\n" + p2 + "\n")
    a = scraper.extract_text(text)
    assert a.headline == "Die Brücke bekommt eine elektronische Prüfakte (ePA)"
    assert [x.name for x in a.authors] == ["Anna Schmidt"]
    assert a.paragraphs == [p1, p2]


@pytest.mark.parametrize("box", ["More\nHarbour Radio\n", "Latest Headlines\nMore\nHarbour Radio\nContests\n"])
def test_teasers_over_the_headline_do_not_join_the_article_under_it(box):
    # a box of teasers stands right above the headline (in its run, or in a run of its own past a
    # short box), its summaries as long as the article's paragraphs
    teasers = "\n".join(f"{title}\n{summary}" for title, summary in [
        ("Bus Lanes On The Coast Road Open In April",
         "The two lanes between the station and the harbour have taken two years to build, and the council says "
         "they will cut the journey to the ferry terminal by a third at the busiest times of the day."),
        ("Parking Charges At The Station Rise Again",
         "Drivers will pay a pound more a day from May, and the money will go to the repair of the footbridge over "
         "the railway, which has been closed since the storms of the winter before last."),
        ("The Old Swing Bridge Closes For Repairs",
         "Engineers found rust in the mechanism that turns the bridge, and boats will have to wait for the high "
         "tide to pass under it while the bearings are replaced and the deck is painted again."),
    ])
    text = ("Harbour Times\n  • News\n  • Sport\n\n" + teasers + "\n" + box
            + "Night ferries will run all year, harbour council decides\nMarch 4, 2025 at 9:45 am\n\n"
            + "\n\n".join(FERRY) + "\n")
    a = scraper.extract_text(text)
    assert a.headline == "Night ferries will run all year, harbour council decides"
    assert a.paragraphs == FERRY


def test_a_credits_copyright_on_a_line_of_its_own_is_not_the_page_footer():
    # lynx breaks a caption's credits at an element boundary: "/ Copyright ... All rights reserved." opens a line
    def wrapped(text: str, first: str = "   ", rest: str = "   ") -> str:
        return "\n".join(textwrap.wrap(text, 72, initial_indent=first, subsequent_indent=rest))
    caption = wrapped("A passenger ferry leaves the north pier at dusk on Monday, the first evening of the trial "
                      "service to the island. Photo: Anna Berger, Harbour Images", "     * ", "       ")
    text = ("Harbour Times\n\n     * News\n     * Sport\n     * Opinion\n\n"
            "Night ferries will run all year, harbour council decides\n\n   By Marta Kowalczyk\n\n"
            + "\n\n".join(wrapped(p) for p in FERRY[:2]) + "\n" + caption
            + "\n       / Copyright 2025 Harbour Images. All rights reserved.\n\n" + wrapped(FERRY[2]) + "\n")
    assert scraper.extract_text(text).paragraphs == FERRY


def test_a_lines_second_half_over_an_embedded_posts_signature_is_no_headline():
    # a post embedded with its line breaks: its signature ("— Name (@handle) date") is no byline that
    # announces the line above it, which opens in lower case
    post = ("We will keep the night ferries running through the winter. Through the operator &\n"
            "volunteers, we have started handing out new timetables today\n"
            "— Harbour Council (@harbourcouncil) March 4, 2025\n")
    more = ["The first winter timetable starts on the first of November, with boats every forty minutes after "
            "midnight and an extra crossing on Friday and Saturday nights for the late shifts.",
            "The council will publish the passenger numbers every month, and the independent panel will look at "
            "them again in the spring before it decides whether the quieter vessels are enough."]
    text = ("Harbour Times\n  • News\n  • Sport\n\nNight ferries will run all year, harbour council decides\n"
            "By Marta Kowalczyk\nMarch 4, 2025\n\n" + FERRY[0] + "\n\n" + post + "\n"
            + "\n\n".join(FERRY[1:] + more) + "\n")
    assert scraper.extract_text(text).headline == "Night ferries will run all year, harbour council decides"


def test_an_images_alt_text_under_each_of_its_pictures_is_not_body():
    # a text-mode browser prints a recipe's pinned description (its alt text) under every picture
    pin = "Night Ferry Fish Pie For The Late Shift #ad #HarbourFood #fishpie #nightferry #recipe #winter"
    steps = ["Heat the oven and butter a deep dish while the potatoes boil in salted water for twenty minutes.",
             "Poach the fish in the milk with a bay leaf, then lift it out and keep the milk for the sauce.",
             "Stir the flour into the melted butter, add the warm milk slowly and cook until the sauce is thick.",
             "Flake the fish into the dish, pour the sauce over it and cover it with the mashed potatoes.",
             "Bake for half an hour until the top is golden, and leave it to stand for five minutes."]
    parts = []
    for step in steps:
        parts += [step, pin, pin]
    text = ("Harbour Kitchen\n  • Recipes\n  • Seasons\n\nNight ferry fish pie for the late shift\nBy Marta Kowalczyk\n"
            "March 4, 2025\n\n" + "\n\n".join(FERRY) + "\n\n" + "\n\n".join(parts) + "\n")
    assert scraper.extract_text(text).paragraphs == FERRY + steps


def test_a_long_date_line_of_weekday_date_and_time_announces_its_headline():
    # "martes, 4 de marzo de 2025 a las 21:17": ten words, four of them figures; under it two short
    # paragraphs and a table, then a sidebar heavier in prose
    rows = [f"{i} {name} {points} {wins}" for i, (name, points, wins) in enumerate(
        [("Lucía Romero", 412, 6), ("Marta Gil", 398, 5), ("Ana Torres", 377, 4), ("Sara Molina", 350, 3),
         ("Elena Ruiz", 341, 2), ("Paula Vidal", 322, 2), ("Irene Soler", 301, 1), ("Nuria Prat", 288, 1),
         ("Carla Méndez", 260, 0), ("Laura Pons", 244, 0)], 1)]
    intro = ["En esta página tendrás siempre la clasificación del campeonato de remo hasta la última regata.",
             "Guarda la página en tus favoritos y vuelve a consultar la clasificación cada semana."]
    side = ["Haz clic en la foto de nuestra columnista y lee todas sus columnas sobre el remo y el resto de los "
            "deportes que ella sigue para nosotros.",
            "Haz clic en la imagen de arriba y mira cómo está la clasificación de las remeras en esta temporada y "
            "en la general de todos los años.",
            "Haz clic y conoce los horarios de todas las regatas de la temporada, el recorrido, el tiempo que se "
            "espera para cada día y los vídeos de las pruebas."]
    text = ("  • Inicio\n  • Noticias\n  • Regatas\n  • Foro\n\nClasificación de la liga de remo\n\n"
            "martes, 4 de marzo de 2025 a las 21:17\nCompartir en WhatsApp\n\n" + "\n\n".join(intro)
            + "\n\nPos. Remera Puntos Victorias\n" + "\n".join(rows) + "\n\nCompartir en WhatsApp\n\n"
            + "\n\n".join(f"» Columna {i}\n\n{s}" for i, s in enumerate(side)) + "\n")
    a = scraper.extract_text(text)
    assert (a.headline, a.published) == ("Clasificación de la liga de remo", "2025-03-04")
    assert a.paragraphs == intro + ["Pos. Remera Puntos Victorias"] + rows


def test_a_list_under_a_date_line_announces_its_headline_without_a_title_line():
    # a text-mode browser prints no <title>: the calendar under the headline and its date line is the
    # article, not the sidebar's blurbs below it
    rounds = [f"Round {i}: {d} March – {c}" for i, (d, c) in enumerate(
        [(2, "Lisbon"), (9, "Porto"), (16, "Braga"), (23, "Faro"), (30, "Evora"), (6, "Coimbra"), (13, "Aveiro"),
         (20, "Sintra"), (27, "Tavira")], 1)]
    text = ("  • News\n  • Results\n  • Drivers\n  • Forum\n\nRace calendar 2024\n\nMonday, 22 January 2024\n"
            "Share on WhatsApp\n\n" + "\n".join(rounds) + "\n\n* Dates may change.\n\nShare on WhatsApp\n\n"
            "» Our columnist\n\nClick on the picture of our columnist to read all of her columns about racing and "
            "the other sports she follows for us.\n\n» Power ranking\n\nClick on the picture above to see how the "
            "drivers stand this season and in the overall ranking of every year.\n")
    a = scraper.extract_text(text)
    assert a.headline == "Race calendar 2024"
    assert a.paragraphs == rounds + ["* Dates may change."]


def test_a_dump_of_a_million_lines_keeps_its_article():
    # (its first lines are read: text_normalise.MAX_LINES)
    page = read("text_seed_shape.txt")
    alone = scraper.extract_text(page)
    a = scraper.extract_text(page + "\n" + "\n".join(f"line {i}" for i in range(1_000_000)))
    assert (a.headline, a.paragraphs, a.authors, a.images) == (alone.headline, alone.paragraphs, alone.authors,
                                                               alone.images)

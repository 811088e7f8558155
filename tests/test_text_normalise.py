"""Dumps of every renderer read back into plain lines (scraper.extract.text_normalise)."""
from __future__ import annotations

import textwrap

import pytest

from scraper.extract.text_normalise import DumpLine, normalise, style_of, wrap_width

PARAGRAPHS = [
    "The harbour council voted on Tuesday to run a six-month trial of night ferries between the north "
    "pier and the island, ending a debate that has lasted since the spring.",
    "Residents near the north pier had warned that engines and announcements would keep them awake, and "
    "the council has asked the operator to use quieter vessels at night.",
    "The trial will start in June and will be reviewed by an independent panel before the council decides "
    "whether the service becomes permanent.",
    "The operator said it would publish the noise measurements from every night crossing during the trial, "
    "and that the first boats would leave the north pier shortly after midnight.",
]


def texts(lines: list[DumpLine]) -> list[str]:
    return [ln.text for ln in lines]


def test_a_plain_dump_comes_out_as_it_went_in():
    text = "Night ferries | Harbour Times\n\nHome\nNews\n\n" + "\n\n".join(PARAGRAPHS) + "\n"
    lines = normalise(text)
    assert texts(lines) == ["Night ferries | Harbour Times", "Home", "News", *PARAGRAPHS]
    assert [ln.block for ln in lines] == [1, 2, 2, 3, 4, 5, 6]
    assert not any(ln.heading or ln.item for ln in lines)


@pytest.mark.parametrize("width", [50, 72, 80, 100, 132])
def test_paragraphs_wrapped_at_any_width_are_joined_again(width):
    wrapped = "\n\n".join(textwrap.fill(p, width) for p in PARAGRAPHS)
    assert wrap_width(wrapped.split("\n"), style_of(wrapped.split("\n"))).width in range(width - 3, width + 1)
    assert texts(normalise(wrapped)) == PARAGRAPHS


def test_indented_wrapped_paragraphs_and_their_headings_are_joined():
    # a text-mode browser: paragraphs indented, headings flush left, all wrapped at one width
    body = "\n\n".join(textwrap.fill(p, 70, initial_indent="   ", subsequent_indent="   ") for p in PARAGRAPHS)
    text = "Night ferries will run all year from June, the council says\n\n" + body
    assert texts(normalise(text)) == ["Night ferries will run all year from June, the council says", *PARAGRAPHS]



def test_a_short_wrapped_article_among_many_lines_of_titles_is_joined():
    # a page of titles one a line (not wrapped, of many lengths) around two paragraphs wrapped at 78:
    # few of the page's long lines are breaks, but its breaks go on with the rest of a sentence
    words = "new timetable for the island bus from the first of the month and the".split()
    titles = [" ".join([opener, *words[:n]]) for opener in ("A", "Our", "The") for n in range(7, 15)]
    wrapped = "\n\n".join(textwrap.fill(p, 78) for p in PARAGRAPHS[:2])
    text = "\n".join(titles[:12]) + "\n\n" + wrapped + "\n\n" + "\n".join(titles[12:])
    assert texts(normalise(text)) == titles[:12] + PARAGRAPHS[:2] + titles[12:]

def test_short_lines_of_a_wrapped_dump_stay_apart():
    wrapped = "\n\n".join(textwrap.fill(p, 60) for p in PARAGRAPHS)
    text = "By\nMarta Kowalczyk\nMarch 4, 2025\n\n" + wrapped
    assert texts(normalise(text))[:3] == ["By", "Marta Kowalczyk", "March 4, 2025"]


def test_table_rows_are_not_joined():
    rows = [f"{i:<4} {name:<20} {pts:>6}" for i, (name, pts) in enumerate(
        [("Lena Hoffmann", 5040), ("Tomás Ruiz", 5035), ("Anna Berger", 5033)] * 4, 1)]
    wrapped = "\n\n".join(textwrap.fill(p, 40) for p in PARAGRAPHS)
    assert len(normalise(wrapped + "\n\n" + "\n".join(rows))) == len(PARAGRAPHS) + len(rows)


def test_bullets_used_throughout_the_dump_are_list_marks():
    text = "  • Home\n  • News\n  • Sport\n\n      ☆ Cricket\n      ☆ Rugby\n      ☆ Sailing\n\n* Dates may change.\n"
    lines = normalise(text)
    assert texts(lines) == ["Home", "News", "Sport", "Cricket", "Rugby", "Sailing", "* Dates may change."]
    assert [ln.item for ln in lines] == [True] * 6 + [False]


def test_a_bullet_alone_on_its_line_marks_the_next_line():
    lines = normalise("  • \n    Share\n  • \n    Email\n  • \n    Print\n")
    assert [(ln.text, ln.item) for ln in lines] == [("Share", True), ("Email", True), ("Print", True)]


def test_numbered_items_keep_their_numbers():
    lines = normalise("1. Heat the oven.\n2. Butter the tin.\n")
    assert [(ln.text, ln.item) for ln in lines] == [("1. Heat the oven.", True), ("2. Butter the tin.", True)]


def test_link_numbers_and_the_link_list_of_a_text_mode_browser_go():
    text = ("   [1]Home [2]News [3]Sport\n\n   The council [4]voted on Tuesday.\n\n   [5]Share [6]Email\n\n"
            "References\n\n   1. https://example.org/\n   2. https://example.org/news\n   3. https://example.org/sport\n"
            "   4. https://example.org/vote\n   5. https://example.org/share\n\n   Hidden links:\n"
            "   6. https://example.org/email\n")
    assert texts(normalise(text)) == ["Home News Sport", "The council voted on Tuesday.", "Share Email"]


def test_footnote_numbers_of_a_plain_dump_stay():
    assert texts(normalise("The vote was close.[1] It passed [2] in the end.\n")) == [
        "The vote was close.[1] It passed [2] in the end."]


def test_image_and_form_placeholders_go():
    text = "[IMG] Night ferry\n[Search]\nSearch: ____________________ (BUTTON) Go\n[ ] Remember me\n[harbour-at-dusk.jpg]\n"
    assert texts(normalise(text)) == ["Night ferry", "Search: Go", "Remember me"]


def test_a_bracketed_sentence_is_text():
    assert texts(normalise("[This story has been updated.]\n")) == ["[This story has been updated.]"]


def test_markdown_reads_as_its_text_with_headings():
    text = ("[Home](https://example.org/) [News](https://example.org/news)\n\n"
            "# Night ferries will run all year\n\n"
            "## The council's vote\n\n"
            "By [Marta Kowalczyk](https://example.org/marta)\n\n"
            "![A ferry at dusk](https://example.org/ferry.jpg)\n\n"
            "The **harbour council** voted on _Tuesday_ to run a trial of `night` ferries\\.\n\n"
            "> \"We have listened,\" the council leader said.\n\n"
            "  * [Share](https://example.org/share)\n  * [Email](mailto:x@example.org)\n\n"
            "* * *\n\nRead [more](https://example.org/more \"More news\") at <https://example.org>.\n")
    lines = normalise(text)
    assert [(ln.text, ln.heading) for ln in lines] == [
        ("Home News", 0), ("Night ferries will run all year", 1), ("The council's vote", 2),
        ("By Marta Kowalczyk", 0), ("The harbour council voted on Tuesday to run a trial of night ferries.", 0),
        ('"We have listened," the council leader said.', 0), ("Share", 0), ("Email", 0), ("Read more at .", 0)]
    assert [ln.item for ln in lines if ln.text in ("Share", "Email")] == [True, True]


def test_setext_headings():
    lines = normalise("Night ferries will run all year\n===============================\n\nThe vote\n--------\n\nText.\n")
    assert [(ln.text, ln.heading) for ln in lines] == [("Night ferries will run all year", 1), ("The vote", 2),
                                                      ("Text.", 0)]


def test_a_markdown_link_wrapped_across_lines_is_read_whole():
    links = "\n".join(f"  * [Item {i}](https://example.org/{i})" for i in range(3))
    last = ("All the news on [night ferries on the north pier](https://example.org/news/"
            "night-ferries-on-the-north-pier-and-the-island) and more.")
    text = links + "\n\n" + "\n\n".join(textwrap.fill(p, 40) for p in [*PARAGRAPHS, last]) + "\n"
    assert "night-\nferries" in text  # broken at a hyphen inside the URL
    assert texts(normalise(text))[-1] == "All the news on night ferries on the north pier and more."



def test_a_markdown_link_around_several_lines_leaves_no_bracket_or_target():
    # html2text on a card whose <a> holds its title, byline and date: "[" opens the first line,
    # "](url "title")" stands on a line of its own after the last
    cards = [("Bridge closes for repairs", "bridge-closes"), ("Ferry fares stay the same", "ferry-fares"),
             ("A new cafe at the terminal", "new-cafe")]
    text = "\n\n".join(f"[ {title}\n\n  * By Harbour Times staff\n  * 03/04/2025 10:08 AM\n\n"
                       f'](/news/{slug} "{title}")' for title, slug in cards) + "\n"
    assert texts(normalise(text)) == [line for title, _ in cards
                                      for line in (title, "By Harbour Times staff", "03/04/2025 10:08 AM")]


def test_markdown_lines_with_long_links_left_unwrapped_do_not_hide_the_wrap():
    # html2text wraps paragraphs but leaves a line that holds a link or an image whole
    logos = [f"[![Harbour Times | news from the north pier]({'https://images.example.org/' + 'x' * 90}/{i}.png)]"
             f"(https://example.org/)" for i in range(3)]
    wrapped = "\n\n".join(textwrap.fill(p, 60) for p in PARAGRAPHS)
    text = "\n\n".join(logos[:2]) + "\n\n" + wrapped + "\n\n" + logos[2] + "\n"
    assert texts(normalise(text)) == PARAGRAPHS

def test_markdown_quotes_and_tables():
    wrapped = "\n".join("> " + line for line in textwrap.wrap(PARAGRAPHS[0], 78))
    table = "Pos | Driver | Points\n---|---|---\n1 | Lena Hoffmann | 5040\n2 | Tomás Ruiz | 5035\n"
    text = "# Results\n\n[Home](https://example.org/) [News](https://example.org/news)\n\n" + "\n\n".join(
        textwrap.fill(p, 80) for p in PARAGRAPHS[1:]) + "\n\n" + wrapped + "\n\n" + table
    lines = texts(normalise(text))
    assert PARAGRAPHS[0] in lines
    assert lines[-3:] == ["Pos Driver Points", "1 Lena Hoffmann 5040", "2 Tomás Ruiz 5035"]


JAPANESE = [
    "港の評議会は火曜日、北の桟橋と島を結ぶ夜のフェリーを一年中運航することを決めました。春から続いた試験運航では、予想を上回る乗客が利用しました。",
    "評議員によると、深夜の乗客の多くは真夜中過ぎに仕事を終える看護師や清掃員、厨房の職員で、朝の始発便まで帰る手段がありませんでした。",
    "桟橋の近くの住民はエンジンの音で眠れなくなると心配しており、評議会は運航会社に夜は静かな船を使うよう求めています。",
]


def _wrap_columns(text: str, width: int) -> list[str]:
    """A terminal browser's wrap: wide characters take two columns, a line breaks between any two."""
    lines, line, used = [], "", 0
    for c in text:
        w = 2 if "\u3000" <= c <= "\u9fff" or "\uff00" <= c <= "\uffef" else 1
        if used + w > width:
            lines.append(line)
            line, used = "", 0
        line, used = line + c, used + w
    return lines + [line]


@pytest.mark.parametrize("wrap", [
    lambda p: _wrap_columns(p, 60),  # columns, broken anywhere (w3m)
    lambda p: textwrap.wrap(p, 34),  # characters, broken anywhere (lynx)
])
def test_chinese_and_japanese_wrapped_by_columns_or_characters_are_joined_without_spaces(wrap):
    text = "\n\n".join("\n".join(wrap(p)) for p in JAPANESE * 2)
    assert max(len(line) for line in text.split("\n")) < max(len(p) for p in JAPANESE)
    assert texts(normalise(text)) == JAPANESE * 2


def test_rules_drawn_with_box_characters_go():
    assert texts(normalise("━━━━━━━━━━━━━━ Follow Harbour Times\n──────────\nNews\n")) == ["Follow Harbour Times", "News"]


def test_a_line_that_is_one_text_twice_is_an_image_and_goes():
    # a text-mode browser prints an image's alt text and title side by side
    text = "Harbour at dusk with the night ferryHarbour at dusk with the night ferry\nThe Harbour Times The Harbour Times\nNews\n"
    assert texts(normalise(text)) == ["News"]


def test_pandoc_markdown_divs_spans_and_attributes():
    text = ("::: {.site-header}\n[Home](https://example.org/){.nav} [News](https://example.org/news)\n:::\n\n"
            ":::: {#main .article}\n# Night ferries will run all year {#night-ferries}\n\n"
            "By [Marta Kowalczyk]{.author}\n\n![A ferry](ferry.jpg){width=\"600\"}\n\n"
            "The council [voted](https://example.org/vote){.inline} on Tuesday.\n::::\n")
    lines = normalise(text)
    assert [(ln.text, ln.heading) for ln in lines] == [
        ("Home News", 0), ("Night ferries will run all year", 1), ("By Marta Kowalczyk", 0),
        ("The council voted on Tuesday.", 0)]


def test_the_header_links_a_text_mode_browser_lists_first_go():
    text = ("   #[1]alternate [2]Harbour Times RSS feed [3]Harbour Times\n   comments feed\n\n"
            "   [4]Home [5]News\n\n   The council voted on Tuesday.\n")
    assert texts(normalise(text)) == ["Home News", "The council voted on Tuesday."]



def test_a_line_emptied_of_its_placeholder_does_not_make_the_next_one_an_item():
    lines = normalise("  • Home\n  • News\n  • Sport\n  • [IMG]\nThe council voted on Tuesday.\n")
    assert [(ln.text, ln.item) for ln in lines][-1] == ("The council voted on Tuesday.", False)


@pytest.mark.parametrize("line, parts", [
    ("Bus Lanes On The Coast Road Open In AprilThe two lanes between the station and the harbour took two years.",
     ["Bus Lanes On The Coast Road Open In April", "The two lanes between the station and the harbour took two years."]),
    ("Ferry Timetable: Where To Catch The Night BoatWondering when the last boat leaves the north pier tonight?",
     ["Ferry Timetable: Where To Catch The Night Boat", "Wondering when the last boat leaves the north pier tonight?"]),
    # a brand's capital inside a word, in a headline or a sentence, is no seam
    ("Harbour shop discounts MacBooks from $700 and iPads for the holidays", None),
    ("New PlayStation Console Arrives In The Harbour Shops On Friday Morning", None),
    ("Even with the Harbour’s AirPower project cancelled, the ferries moved to wireless charging this year.", None),
])
def test_a_teasers_title_glued_to_its_summary_is_parted(line, parts):
    # renderers that ignore the page's styles run a title (<strong>) into its summary (<em>)
    assert texts(normalise("Harbour Times\n\n" + line + "\n"))[1:] == (parts or [line])


def test_a_paragraph_of_many_lines_is_joined_in_linear_time():
    """A dump of 50,000 lines of one width is one wrapped paragraph: it was joined by copying the
    paragraph at each line (quadratic: ~90 s); its pieces are now joined once."""
    import time

    wrapped = [f"the council met on Tuesday, day {i:05d}, to discuss the new budget for the parks"
               for i in range(50_000)]
    started = time.monotonic()
    lines = normalise("\n".join(wrapped) + "\n")
    assert time.monotonic() - started < 20  # (a generous bound: about 1 s here)
    assert texts(lines) == [" ".join(wrapped)]


def test_a_dump_of_a_million_lines_is_read_to_its_first_lines():
    """The steps after this one cost tens of microseconds a line: a dump's lines are bounded, by its first
    MAX_RAW_LINES as written and MAX_LINES as read, and the article at its top is read as before."""
    from scraper.extract.text_normalise import MAX_LINES, MAX_RAW_LINES

    junk = "\n".join(f"line {i}" for i in range(MAX_RAW_LINES + 50_000))
    lines = normalise("Night ferries\n\n" + "\n\n".join(PARAGRAPHS) + "\n\n" + junk)
    assert len(lines) == MAX_LINES
    assert texts(lines)[:5] == ["Night ferries", *PARAGRAPHS]
    assert lines[-1].text == f"line {MAX_LINES - 6}"
    # blank lines count as written: a dump of blank lines ends its reading early
    lines = normalise("Night ferries\n" + "\n" * MAX_RAW_LINES + "\n\n".join(PARAGRAPHS))
    assert texts(lines) == ["Night ferries"]

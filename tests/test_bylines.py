"""Authors: one small page for each way a byline is written or marked up."""
from __future__ import annotations

import pytest

import scraper

#: fixture -> the people the page credits
BYLINE_PAGES = {
    "byline-org-beside-person.html": ["Jane Roe"],     # "By Jane Roe, CNN": the network is no person
    "byline-wire-beside-person.html": ["Jane Roe"],    # "By Jane Roe and CNN Wire"
    "byline-body-first-line.html": ["Jane Roe"],       # a wire credit, then "By Jane Roe" as the body's first line
    "byline-advertise.html": ["Jane Roe"],             # "Advertise with us" in an author-named link is no name
    "byline-dateline.html": ["Jane Roe"],              # "By Jane Roe WASHINGTON"
    "byline-day-name.html": ["Jane Roe"],              # "Jane Roe Monday"
    "byline-degrees.html": ["Jane Roe"],               # "Jane Roe, MS, RD": degrees are no names
    "byline-author-link.html": ["Tim Anderson"],       # a link to the author's page, not the bio's links
    "byline-labelled-noun.html": ["Nils Pickert"],     # "Eine Kolumne von Nils Pickert" over the meta's "Nils"
    "byline-several-one-declared.html": ["Jane Roe", "John Doe", "Ann Lee"],  # JSON-LD names the first of three
    "byline-header-named-like-a-teaser.html": ["Jane Roe"],  # "card", "no-promo" on the wrappers of the h1 too
    "byline-standfirst-end.html": ["Anna Berger"],  # "... freuen sich. Von Anna Berger" ends the standfirst
    "byline-edited-by.html": ["Jane Roe"],  # "Second Edition Edited by John Doe" marked up as the author
    "byline-translator.html": ["Anna Berger"],  # "Übersetzung <a href=/autor/..>Jan Novak</a>" over "Von Anna Berger"
    "byline-date-dash-place.html": [],  # "11.12.2019 - Bad Homburg" under the headline: a dateline (a place, or
    # a section: "Lokales Sport"), no byline, though it is a date and two capitalised words
    "byline-quote-author.html": [],  # a pull quote's speaker, "pullquote__author": a block's author element
    # is no byline unless the block is the article's (article__author, post__author)
    "byline-interview-heading.html": [],  # "Interview" heading over "Angela Weber" alone on the next line: the
    # one interviewed, no byline (a label over a name needs its colon: "Interview: Anna Berger")
    "byline-commenter.html": [],  # "Kommentar von Mareike" under "2 Kommentare zu „...“" is a commenter
    "byline-two-letter-login.html": ["jb"],  # 'by <span class="author vcard fn">jb</span>': a login, marked up
    "byline-meta-site-name.html": [],  # the author meta is the site's name, "Pen & Ink": no "Pen" and "Ink"
    "byline-meta-company-address.html": [],  # the meta credits a company and its address: "Bergwelt-Verlag GmbH,
    # Rosenheim, Germany" names no person
    "byline-body-class-author.html": [],  # <body class="not-multi-author">: its links ("Zum Inhalt springen",
    # the categories) are no byline
    "byline-itemprop-two-tokens.html": ["Анна Петрова"],  # itemprop="author creator": "author" is one token of
    # the list ("Текст: Анна Петрова")
    "byline-itemprop-creator-only.html": [],  # itemprop="creator" alone (a photo's or the page's maker) is no byline
    "byline-wire-closing-reporters.html": ["Jane Roe", "John Doe"],  # "REUTERS" in the byline, the reporters only in
    # the closing "(Reporting by Jane Roe in Houston and John Doe; Editing by Ann Lee)": no place, no editor
    "byline-wire-reporting-in-prose.html": [],  # a paragraph that opens "Reporting by the Houston Chronicle in 2019
    # had ...": prose, no credit
    "byline-no-break-space.html": ["Jane Roe"],  # "By <strong>Jane&nbsp;Roe</strong>" alone on a plain page
    "byline-no-break-spaces-between.html": ["Jane Roe"],  # "Text von Jane Roe &nbsp; &nbsp;Illustration von Max
    # Muster": a run of no-break spaces ends the name, no "Jane Roe Illustration"
    "byline-site-credit.html": [],
    "byline-initials-author-page.html": ["Anna Keller"],  # "Posted by AK" linked to /author/annakeller/, the page
    # shows "Anna Keller" (a licence line): the initials stand for her, no acronym of an organisation
    "byline-label-yazar.html": ["Ahmet Yılmaz"],  # "Yazar: Ahmet Yılmaz | 12 Mart 2021": a label of another language
    "byline-sentence-after-link.html": [],  # "... die kostenlosen <a>Downloads</a>\nvon Sicherheitsfirma.": a line
    # that opens with "von" after a link and closes with a full stop is the rest of a sentence, no byline
    "byline-role-after-name.html": ["Jane Roe"],  # "By Jane Roe, Senior Reporter": the role is no second author
    "byline-writes-for.html": ["John Doe"],  # "John Doe for The Daily Courier": the publication is no part of the name
    "byline-label-name-colon.html": ["Anna Berger"],  # "Autor Anna Berger: EN Übersetzung Jan Novak": a colon ends
    # the labelled name; the translator after it is no author
    "byline-authors-list.html": ["Anna Berger"],  # "Artikel von:" over the name, both items of a list named
    # for the authors ("...__authors > li"), no link to an author's page
    "byline-blog-widget.html": ["Jane Roe"],  # a blog's posts in a "widget" (Blogger), no h1: the itemprop byline
    # beside the post's articleBody is the article's, not a sidebar widget's ("von Janes Bücherregal")  # the footer's "Content Management by QuillPress" credits no one with the article
}

#: forms the extractor does not read yet
NOT_YET: set[str] = set()


@pytest.mark.parametrize("name", [pytest.param(n, marks=pytest.mark.xfail(strict=True)) if n in NOT_YET else n
                                  for n in sorted(BYLINE_PAGES)])
def test_the_people_in_each_byline_form(read_fixture, name):
    assert [a.name for a in scraper.extract(read_fixture(name)).authors] == BYLINE_PAGES[name]


def test_a_publisher_credited_in_the_bylines_place(read_fixture):
    """No byline, a "publisher" element under the headline names the newsroom: the organisation credited."""
    authors = scraper.extract(read_fixture("byline-publisher-credit.html")).authors
    assert [(a.name, a.organisation) for a in authors] == [("DM Online", True)]


def test_a_desks_abbreviation_is_no_person(read_fixture):
    """"red, beispiel.at/Agenturen": "red" is the newsroom (Redaktion) written short, kept as the organisation
    credited."""
    authors = scraper.extract(read_fixture("byline-desk-abbreviation.html")).authors
    assert [(a.name, a.organisation) for a in authors] == [("red", True)]


@pytest.mark.parametrize("text, names", [
    ("By Jane Roe, MS, RD", ["Jane Roe"]),             # degrees
    ("By John Smith Jr.", ["John Smith"]),              # a suffix
    ("Jane Roe Monday", ["Jane Roe"]),                  # a day
    ("Von Anna Berger Montag", ["Anna Berger"]),
    ("By Jane Roe WASHINGTON", ["Jane Roe"]),           # a dateline
    ("Par Jean DUPONT", ["Jean DUPONT"]),               # a surname in capitals stays
    ("ET Online", ["ET Online"]),                       # an acronym that spells an "and" ("et") opens no split
    ("JEAN DUPONT ET MARIE CURIE", ["JEAN DUPONT", "MARIE CURIE"]),  # between two names it splits
    ("Jane Roe, M.D.", ["Jane Roe"]),                   # degrees written with dots
    ("Jane Roe, Ph.D.", ["Jane Roe"]),
    ("Jane Roe, Senior Reporter", ["Jane Roe"]),        # a job title after the name is no second author
    ("By Jane Roe, Correspondent", ["Jane Roe"]),
    ("Von Anna Berger, Redakteurin", ["Anna Berger"]),
    ("Jane Roe Contributor", ["Jane Roe"]),             # a job title glued to the name
    ("Anna Berger / dpa", ["Anna Berger", "dpa"]),      # an agency after a slash: split off (no person: `people`)
    ("Jane Roe (AFP)", ["Jane Roe"]),                   # an agency in parentheses closes the name
    ("Jane Roe and John Doe for Reuters", ["Jane Roe", "John Doe"]),  # the publication written for
    ("Jane Roe, for The Guardian", ["Jane Roe"]),
    ("Autor: Anna Berger Veröffentlicht am 12.03.2021", ["Anna Berger"]),  # a date label glued to the name
    ("Yazar: Ahmet Yılmaz", ["Ahmet Yılmaz"]),         # the label "Author:" in other languages
    ("Penulis: Siti Rahma", ["Siti Rahma"]),
    ("Szerző: Kovács Anna", ["Kovács Anna"]),
    ("Kirjoittaja: Anna Virtanen", ["Anna Virtanen"]),
    ("Autora: Ana Lima", ["Ana Lima"]),
])
def test_what_a_byline_glues_to_a_name(text, names):
    from scraper.extract.bylines import person_names
    assert person_names(text) == names


def test_a_placeholder_in_an_author_box_is_no_person(read_fixture):
    """A blog's post-author box that shows the host's placeholder ("Posted by Unknown") with no other byline:
    the credit is kept as shown, as nobody's (no person)."""
    authors = scraper.extract(read_fixture("byline-placeholder-profile.html")).authors
    assert [(a.name, a.organisation) for a in authors] == [("Unknown", True)]


def test_a_companys_brand_credited_alone_is_no_person(read_fixture):
    """The JSON-LD publisher is the company that owns the site ("Nordlicht Verlag GmbH"); the byline credits the
    site's brand as og:site_name gives it, written apart ("Rheinische Wirtschaftsnachrichten"): no person."""
    authors = scraper.extract(read_fixture("byline-brand-of-company.html")).authors
    assert [(a.name, a.organisation) for a in authors] == [("Rheinische Wirtschaftsnachrichten", True)]

"""Captions and photo credits as other sites write them: the audit's classes (credit labels in other
languages and scripts, ...), each on a fixture modelled on a layout seen."""
from __future__ import annotations

import pytest

import scraper

URL = "https://example.org/news/council-square"
FIRST = "The city council voted on Tuesday to turn the old bus depot into a public square"
LAST = "before the square is finished."


@pytest.fixture
def extract(read_fixture):
    return lambda name: scraper.extract(read_fixture(name), url=URL)


def _captions(article):
    return [(i.url.rsplit("/", 1)[-1] if i.url else None, i.caption, i.credit) for i in article.images]


def test_credit_labels_in_other_languages_and_scripts(extract):
    article = extract("images-credit-languages.html")
    assert _captions(article) == [
        ("it.jpg", "Il sindaco davanti al deposito.", "Mario Rossi"),  # "Foto di", as "Photo by"
        ("it2.jpg", "Il mercato coperto", "ANSA"),  # "(Foto ANSA)": a photo word in the brackets
        ("it3.jpg", "Foto di gruppo per il consiglio comunale dopo il voto.", None),  # a group photo, no credit
        ("ja.jpg", "旧バス車庫の前で話す市長", "共同通信"),  # full-width brackets and colon
        ("zh.jpg", "市长在旧公交车站前发表讲话。", "新华社"),
        ("ko.jpg", "시장이 옛 버스 차고지 앞에서 연설하고 있다.", "연합뉴스"),  # "사진=": the label's "="
        ("ko2.jpg", "시장이 시의회에서 발언하고 있다.", "뉴시스"),  # "ⓒ" as "©"
        ("pl.jpg", "Burmistrz przed dawną zajezdnią.", "PAP/Jan Kowalski"),  # "Fot.": the label's own dot
        ("tr.jpg", "Belediye başkanı eski garajın önünde.", "AA"),
        ("fi.jpg", "Pormestari vanhan varikon edessä.", "Lehtikuva"),
    ]
    assert FIRST in article.body and LAST in article.body


@pytest.mark.parametrize("text, caption, credit", [
    ("시장이 월요일 연설하고 있다. /사진=뉴시스", "시장이 월요일 연설하고 있다.", "뉴시스"),  # a slash before the label
    ("市长周一发表讲话。（图片来源：视觉中国）", "市长周一发表讲话。", "视觉中国"),
    ("Burmistrz w poniedziałek. Zdjęcie: PAP", "Burmistrz w poniedziałek.", "PAP"),
    ("Il sindaco lunedì (foto Ansa)", "Il sindaco lunedì", "Ansa"),
    ("El alcalde en Madrid. Foto de Juan Pérez", "El alcalde en Madrid.", "Juan Pérez"),
    ("Foto de familia de los líderes en la cumbre.", "Foto de familia de los líderes en la cumbre.", None),
])
def test_split_credit_in_other_languages(text, caption, credit):
    from scraper.extract.credits import split_credit
    assert split_credit(text) == (caption, credit)



def test_no_space_before_a_comma_or_stop_after_an_inline_element(extract):
    # "<em>The Transit Atlas</em>, the city's", "<a>City Archive</a>, <a>...": node text joins the inline
    # children with spaces; the caption, credit and bio are written without one before the comma or stop
    article = extract("images-inline-punctuation.html")
    assert _captions(article) == [("map.png", "The depot's lines in 1931, after The Transit Atlas, the city's own survey.",
                                   "Town Paper; sources: City Archive, Transit Museum")]
    assert [a.bio for a in article.authors if a.bio] == [
        "Sarah Archer is the author of The Midcentury Kitchen. She writes about design and cities for the paper."]


def test_a_bracketed_photo_kind_ends_no_credit(extract):
    # "(Symbolbild)", "(Archivfoto)" after the credit say what kind of picture it is, not who made it
    assert _captions(extract("images-credit-kind.html")) == [
        ("depot.jpg", "Symbolbild", "Jane Roe (CC0)"),
        ("rat.jpg", "Der Stadtrat bei der Abstimmung am Dienstag.", "dpa"),
    ]


def test_a_lead_figure_whose_picture_a_script_sets_captions_the_declared_picture(extract):
    # the header's <img src="/"> gets its file from a script: its caption is the og:image's, one entry
    assert _captions(extract("images-lead-by-script.html")) == [
        ("depot-1024.jpg", "The old bus depot at dawn.", "Jane Roe/Town Paper"),
        ("hall.jpg", "The market hall, to open first.", None),
    ]


@pytest.mark.parametrize("declared", [
    "https://example.org/wp-content/themes/townpaper/img/facebook.jpg",  # a theme's own picture
    "https://cdn.example.org/Sites/town/Img/apple-touch-icon@2.png?v=05",  # the site's icon
    "https://example.org/wp-content/uploads/2012/04/cropped-logo-1.jpg",  # its logo
    "https://example.org/img/pages/article/opengraph_default.jpg",  # its default share picture
    "https://example.org/Custom/Images/TP_Banner-Logo.gif",  # its initials, its banner logo
    "https://example.org/images/Logo_en.gif",  # its logo in one of its languages
    "https://cdn.example.net/5e9999c710343e94/5ec3a9944d452c08999243af_Icon2.png",  # an icon named by its hash
    "https://example.org/uploads/2021/11/townpaper-w-3.svg",  # a drawing
])
def test_the_sites_logo_or_icon_declared_as_the_page_image_is_no_image(read_fixture, declared):
    page = read_fixture("images-site-asset-declared.html").replace(
        "https://example.org/wp-content/themes/townpaper/img/facebook.jpg", declared)
    assert _captions(scraper.extract(page, url=URL)) == [("hall.jpg", "The market hall, to open first.", None)]


def test_a_picture_named_after_a_logo_stays():
    from scraper.extract.urls import is_site_asset
    assert not is_site_asset("https://example.org/uploads/2015/08/alibaba-logo-getty-1024-683.jpg")
    assert not is_site_asset("https://example.org/httpImage/image.jpg_gen/derivatives/landscape_1020/image.jpg")
    assert not is_site_asset("https://example.org/uploads/logo-de-la-ville.jpg")  # (short words beside others)
    assert not is_site_asset("https://example.org/uploads/catalogo-2.jpg")


def test_a_declared_image_of_urls_run_together_is_the_first(extract):
    # og:image="https://.../a.jpghttps://.../b.jpg": the CMS ran its pictures' URLs together
    assert [i.url for i in extract("images-run-on-declared.html").images] == [
        "https://www.example.at/fileadmin/_processed_/0/3/csm_depot_b863e92b39.jpg"]
    from scraper.extract.urls import first_url
    archived = "https://web.archive.org/web/20150721045344im_/http://example.de/depot.jpg"
    assert first_url(archived) == archived  # an archive's copy holds the URL it copies


def test_a_srcset_that_opens_with_a_tiny_stand_in_gives_its_largest_picture(extract):
    # "depot-40x60.jpg 40w 60h,...-1200x1800.jpg": the first candidate is the blurred stand-in
    assert _captions(extract("images-tiny-srcset.html")) == [("depot-1200x1800.jpg", "The old bus depot at dawn.", None)]


def test_the_heading_that_names_the_author_is_no_role(extract):
    # "<h2 class=author-title>Veröffentlicht von <span class=author-name>Jane Roe</span></h2>": not her role
    article = extract("blocks-role-with-name.html")
    assert [(a.name, a.role, a.bio) for a in article.authors if a.bio] == [
        ("Jane Roe", None, "Jane Roe schreibt seit 2010 über Verkehr und Städtebau für die Zeitung.")]



def test_the_elements_holding_a_figure_are_those_a_look_into_each_finds_one_in(fixture_path):
    """`images._holding_figures` (walking up from each figure once: on pages of many image boxes, where a look
    into each box's subtree would read nested boxes again and again) names every element below <body> that
    holds a figure, and no other (a figure is a box of its own: not asked; a look into one finds itself)."""
    from scraper.extract.blocks import images
    from scraper.extract.index import css_first
    from scraper.extract.page import Page

    pages = sorted(fixture_path("").glob("images-*.html")) + sorted(fixture_path("").glob("blocks-*.html"))
    holders = 0
    for path in pages:
        page = Page(path.read_text(encoding="utf-8"), URL)
        holding = images._holding_figures(page)
        for el in page.css("body *:not(figure)"):
            assert (el.mem_id in holding) == (css_first(el, "figure") is not None), (path.name, el.tag)
        holders += len(holding)
    assert holders > 20

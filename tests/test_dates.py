"""Dates: one small page for each way a page writes or declares its date, and the page's own
date before a teaser's. (A date shown in the page's text is given as a calendar date.)"""
from __future__ import annotations

import pytest

import scraper
from scraper.extract.dates import text_date

#: fixture -> (url, the published date the page shows as its own)
DATE_PAGES = {
    "date-ja.html": (None, "2019-03-05"),                          # 2019年3月5日
    "date-ja-time.html": (None, "2019-03-05"),                     # 2019年03月05日 08:15
    "date-zh.html": (None, "2019-03-05"),                          # 发布时间：2019年03月05日 10:30
    "date-slash-ymd.html": (None, "2019-03-05"),                   # 2019/03/05
    "date-dot-ymd.html": (None, "2019-03-05"),                     # 입력 2019.03.05
    "date-ko.html": (None, "2019-03-05"),                          # 2019. 3. 5. 오전 9:12
    "date-de.html": (None, "2019-03-05"),                          # 5. März 2019
    "date-fr.html": (None, "2019-03-05"),                          # le 5 mars 2019
    "date-es.html": (None, "2019-03-05"),                          # 5 de marzo de 2019
    "date-dmy-dots.html": (None, "2019-03-05"),                    # 05.03.2019
    "date-updated-ago.html": (None, "2019-03-05"),                 # "Updated 3 hours ago" beside a dated byline
    "date-time-text.html": (None, "2019-03-05"),                   # <time> without datetime
    "date-url-only.html": ("https://example.org/news/2019/03/05/night-buses/", "2019-03-05"),
    "date-teaser-meta.html": (None, "2019-03-05T09:00:00+01:00"),  # article:published_time, older teasers below
    "date-teaser-jsonld.html": (None, "2019-03-05T08:30:00-05:00"),  # JSON-LD datePublished, an older teaser above
    "date-teaser-byline.html": (None, "2019-03-05"),               # the byline's date, a popular list's above it
    "date-jsonld-cdata.html": (None, "2019-03-05T10:00:00+00:00"),  # JSON-LD inside <![CDATA[ ]]>
    "date-in-headline.html": (None, "2019-03-05"),                 # a date in the headline is not the page's
    "date-widget-vs-post-date.html": (None, "2019-03-05"),         # a seminar widget's date before the post date
    "date-in-script-data.html": (None, "2019-03-02"),              # only in a script's data: htmldate reads it
    "date-footer-stamp.html": (None, "2019-12-19"),                # only a footer's stamp, far below: htmldate
}

@pytest.mark.parametrize("name", sorted(DATE_PAGES))
def test_the_page_date_in_each_form(read_fixture, name):
    url, want = DATE_PAGES[name]
    assert scraper.extract(read_fixture(name), url=url).published == want


@pytest.mark.parametrize("url", [
    "https://example.org/2019/03/05/night-buses/",
    "https://example.org/news/2019-03-05-night-buses",
    "https://example.org/archive/20190305/night-buses.html",
    "https://example.org/news/night-buses-20190305.html",
    "https://example.org/meldungen/05-03-2019",
    "https://example.org/meldungen/05.03.2019/night-buses",
])
def test_a_date_only_in_the_url(read_fixture, url):
    assert scraper.extract(read_fixture("date-url-only.html"), url=url).published == "2019-03-05"


def test_no_date_from_a_url_number_that_is_no_date(read_fixture):
    for url in ("https://example.org/n11752374/night-buses", "https://example.org/a/20191399/x",
                "https://example.org/p/2019-13-45-x"):
        assert scraper.extract(read_fixture("date-url-only.html"), url=url).published is None


@pytest.mark.parametrize("text, language, want", [
    ("２０１９年３月５日", "ja", "2019-03-05"),              # full-width digits
    ("2019년 3월 5일", "ko", "2019-03-05"),
    ("5 марта 2019 г.", "ru", "2019-03-05"),
    ("2019. március 5.", "hu", "2019-03-05"),                # year first, then the month's name
    ("5 Mart 2019", "tr", "2019-03-05"),
    ("İSTANBUL, 5 Ağustos 2019", "tr", "2019-08-05"),        # a letter whose lower case is two ("İ")
    ("٥ مارس ٢٠١٩", "ar", "2019-03-05"),                    # Arabic-Indic digits
    ("5 listopada 2019", "pl", "2019-11-05"),
    ("von Marc | 20. Mai 2007 | am 19.05.2007", "de", "2007-05-20"),  # the first date written wins
])
def test_dates_written_in_many_languages(text, language, want):
    assert text_date(text, language) == want


def test_month_names_are_the_ones_dateparser_knows():
    # each language's names are dateparser's for that month, in one of the language's countries (accents,
    # a nukta or a hamza aside)
    import importlib
    import unicodedata

    from scraper.extract.rules.lang import LANGUAGES

    def bare(word):
        return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))

    english = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december")
    for language, module in LANGUAGES.items():
        if not getattr(module, "MONTHS", ()):
            continue
        info = importlib.import_module(f"dateparser.data.date_translation_data.{language}").info
        variants = [info, *info.get("locale_specific", {}).values()]
        for month, forms in zip(english, module.MONTHS):
            known = {bare(f.lower().rstrip(".")) for v in variants for f in v.get(month, ())}
            known |= {k.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue") for v in variants  # (spelt out)
                      for k in (f.lower() for f in v.get(month, ()))}
            for form in forms.split():
                assert bare(form) in known, (language, month, form)


def test_htmldate_is_asked_only_where_the_html_holds_a_numeric_date(monkeypatch):
    import importlib
    dates = importlib.import_module("scraper.extract.dates")
    asked = []
    monkeypatch.setattr(dates, "find_date", lambda html, **kw: asked.append(html) or "2019-03-02")
    undated = "<html><body><h1>A title</h1><p>Text without any date, written in March.</p></body></html>"
    assert dates.htmldate_fallback(undated, None) is None and not asked
    assert dates.htmldate_fallback(undated.replace("in March", "on 02.03.2019"), None) == "2019-03-02"
    assert len(asked) == 1


def test_htmldate_reads_only_the_pages_head_and_never_fails_the_extraction(monkeypatch):
    import importlib
    dates = importlib.import_module("scraper.extract.dates")
    seen = []
    def broken(html, **kw):
        seen.append(len(html))
        raise ValueError("unreadable")
    monkeypatch.setattr(dates, "find_date", broken)
    page = "<html><body><p>on 02.03.2019</p>" + "<p>filler</p>" * 20_000 + "</body></html>"
    assert dates.htmldate_fallback(page, None) is None
    assert seen == [dates._HTMLDATE_CHARS]


def test_htmldate_is_not_asked_for_a_date_only_in_a_comment_or_a_links_path(monkeypatch):
    import importlib
    dates = importlib.import_module("scraper.extract.dates")
    asked = []
    monkeypatch.setattr(dates, "find_date", lambda html, **kw: asked.append(html) or "2018-05-02")
    page = "<html><body><h1>A title</h1><p>Text.</p>{}</body></html>"
    for extra in ("<!-- Cached page generated on 2018-05-02 09:43:53 -->",
                  '<a href="/news/article-2018-05-02-1234.html">More</a>', '<a href="/archive/05/02/2018/">More</a>'):
        assert dates.htmldate_fallback(page.format(extra), None) is None
    assert not asked
    assert dates.htmldate_fallback(page.format("<p>Stand: 2018-05-02</p><!-- a comment -->"), None) == "2018-05-02"


def test_date_patterns_written_digit_first_match_as_their_word_boundary_forms():
    """The day and year patterns open with the digit (their word boundary checked behind it), so that `re`
    scans for a digit: the same matches, groups and places as the `\\b`-led patterns, at any start."""
    import itertools
    import re

    from scraper.extract import dates
    year = r"(?P<y>(?:19|20)\d{2})"
    plain = [re.compile(r"\b" + year + r"-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b"),
             re.compile(r"\b(?P<d>\d{1,2})\.\s*(?P<m>\d{1,2})\.\s*" + year + r"\b"),
             re.compile(r"\b(?P<d>\d{1,2})-(?P<m>\d{1,2})-" + year + r"(?!\d)"),
             re.compile(r"\b" + year + r"(?P<sep>[./])\s?(?P<m>\d{1,2})(?P=sep)\s?(?P<d>\d{1,2})(?!\d)"),
             re.compile(r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/" + year + r"\b"),
             re.compile(r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{2})\b")]
    ours = [p for p, _ in dates._DATE_PATTERNS if p is not None and "年" not in p.pattern] + [dates._SHORT_DATE]
    texts = ["on 2019-03-05.", "x2019-03-05", "_05.03.2019", "a05-03-2019", "é5.3.2019", "105.03.2019 05.3.2019",
             "2019/03/05 2019. 3. 5.", "12/31/2019 a1/2/2019", "٣1.2.2019", "31.10.23", "x31.10.23 1.1.23", "2019"]
    texts += ["".join(chars) for chars in itertools.product("1a .-/", "90.", "21/-", "0.9")]
    for old, new in zip(plain, ours, strict=True):
        for text, start in itertools.product(texts, (0, 1)):
            assert [(m.span(), m.groupdict()) for m in old.finditer(text, start)] == \
                [(m.span(), m.groupdict()) for m in new.finditer(text, start)], (old.pattern, text)


def test_the_spaced_year_gate_tells_as_its_plain_form():
    """`dates._SPACED_YEAR` opens with the year's first digit: on random texts it finds a year with white space
    before or after it (a dot between) exactly where the plain two-branch pattern does."""
    import random
    import re

    from scraper.extract import dates

    plain = re.compile(r"\s(?:19|20)\d\d|(?:19|20)\d\d\.?\s")
    pieces = [" ", "\u00a0", "\n", ".", "1", "2", "9", "0", "19", "20", "2019", "١", "x", "Jan", "-"]
    rng = random.Random(3)
    texts = ["", "2019", " 2019", "2019 ", "2019.", "2019. ", "x2019x", "12019 ", "\u00a02020", "2020\u3000"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(5000)]
    for t in texts:
        assert (dates._SPACED_YEAR.search(t) is not None) == (plain.search(t) is not None), t

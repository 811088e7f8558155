"""Dates: one small page for each way a page writes or declares its date, and the page's own
date before a teaser's. (A date shown in the page's text is given as a calendar date.)"""
from __future__ import annotations

import pytest

import scraper

#: fixture -> (url, the published date the page shows as its own)
DATE_PAGES = {
    "date-jsonld-cdata.html": (None, "2019-03-05T10:00:00+00:00"),  # JSON-LD inside <![CDATA[ ]]>
}


@pytest.mark.parametrize("name", sorted(DATE_PAGES))
def test_the_page_date_in_each_form(read_fixture, name):
    url, want = DATE_PAGES[name]
    assert scraper.extract(read_fixture(name), url=url).published == want

"""Caption and photo credit split apart."""
from __future__ import annotations

import pytest

from scraper.extract.credits import clean_credit, split_credit


@pytest.mark.parametrize("text, caption, credit", [
    ("President Putin in Moscow, Russia. (Contributor/Getty Images)", "President Putin in Moscow, Russia.",
     "Contributor/Getty Images"),
    ("Minnesota Wild Jonas Brodin (25) celebrates. (AP Photo/Jeffrey T. Barnes)",
     "Minnesota Wild Jonas Brodin (25) celebrates.", "AP Photo/Jeffrey T. Barnes"),
    ("A man walks past a tank. Photo: Reuters", "A man walks past a tank.", "Reuters"),
    ("Whale expert Hori Parata. Photograph: Adrian Malloch for the Guardian", "Whale expert Hori Parata.",
     "Adrian Malloch for the Guardian"),
    ("Workers at the site. Credit: AP", "Workers at the site.", "AP"),
    ("The old market. © Maria Stone", "The old market.", "Maria Stone"),
    ("Scooter Braun pose. (Photo by Kevin Mazur/Getty Images for Ithaca Holdings)", "Scooter Braun pose.",
     "Kevin Mazur/Getty Images for Ithaca Holdings"),
    ("Un Népalais prie à Katmandou. (Photo Prakash Mathema. AFP)", "Un Népalais prie à Katmandou.",
     "Prakash Mathema. AFP"),
    ("The mayor (left) and her deputy at the opening.", "The mayor (left) and her deputy at the opening.", None),
])
def test_split_credit(text, caption, credit):
    assert split_credit(text) == (caption, credit)


@pytest.mark.parametrize("raw, clean", [
    ("Photo: Reuters.", "Reuters"),
    ("(Image credit: Future/SpaceX)", "Future/SpaceX"),
    ("Credit: HARARE HERALD", "HARARE HERALD"),
    ("Photo by David Dyer-Bennet", "David Dyer-Bennet"),
    ("Photo illustration by Slate. Photo by David Dyer-Bennet.", "Photo illustration by Slate. Photo by David Dyer-Bennet."),
    ("Sierra Nevada Corp.", "Sierra Nevada Corp."),
    ("Image via Getty Images", "Getty Images"),
    ("Courtesy of Andrew Vaughan", "Courtesy of Andrew Vaughan"),
    ("", None),
])
def test_clean_credit(raw, clean):
    assert clean_credit(raw) == clean


def test_agency_names_inside_words_do_not_make_a_credit():
    from scraper.extract.credits import split_credit

    assert split_credit("The password manager (KeePass) on a laptop.") == (
        "The password manager (KeePass) on a laptop.", None)
    assert split_credit("A rally in Berlin. (EPA)") == ("A rally in Berlin.", "EPA")


def test_credit_patterns_skipped_only_where_they_cannot_match():
    from scraper.extract import credits
    captions = ["A man walks in Moscow, Russia. (Contributor/Getty Images)", "Rally in Kyiv | Photo: Jane Doe",
                "COPYR\u0130GHT Jane Doe", "Market day \u00a9 AFP", "Photograph BY Ann Lee", "Plain caption here.",
                "Crowds (c) Reuters", "Image credit : NASA", "A long caption without any label at all, only words"]
    for text in captions:  # the prefilters change nothing: the full patterns give the same split
        expected = None
        m = credits._TRAILING_BRACKET.match(text)
        if m and credits.CREDIT_WORDS.search(m.group("credit")) and len(m.group("credit").split()) <= 12:
            expected = (m.group("cap").strip() or None, credits.clean_credit(m.group("credit")))
        else:
            for pattern in (credits._LABELLED, credits._COPYRIGHT, credits._PHOTO_BY):
                m = pattern.match(text)
                if m:
                    cap = (m.group("cap") or "").strip(" |•·–—-") or None
                    expected = (cap, credits.clean_credit(m.group("credit")))
                    break
            else:
                expected = (text, None)
        assert credits.split_credit(text) == expected, text
    assert credits.split_credit("COPYR\u0130GHT Jane Doe")[1] == "Jane Doe"

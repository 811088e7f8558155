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

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


@pytest.mark.parametrize("text, caption, credit", [
    # a label inside the brackets, in the page's language
    ("Die Hinterlassenschaften des Demoraves (Foto: a100stoppen.de)", "Die Hinterlassenschaften des Demoraves",
     "a100stoppen.de"),
    ("Screenshots aus einer anderen Zeit. (Bildquelle: donationcoder.com )", "Screenshots aus einer anderen Zeit.",
     "donationcoder.com"),
    ("Das Forum reagiert mit Entsetzen. (Symbolbild: Alex T./AdobeStock)", "Das Forum reagiert mit Entsetzen.",
     "Alex T./AdobeStock"),
    # a labelled credit that ends in brackets of its own
    ("Ein Schild in Managua. Foto: Jorge Mejía Peralta (CC BY 2.0)", "Ein Schild in Managua.",
     "Jorge Mejía Peralta (CC BY 2.0)"),
    ("Beispiel Monorackbahn. Foto: Von Joschi71, CC BY-SA 3.0, https://commons.example.org/w/index.php?curid=17",
     "Beispiel Monorackbahn.", "Joschi71, CC BY-SA 3.0, https://commons.example.org/w/index.php?curid=17"),
    ("Trump asked voters for a big win. Credit... Doug Mills/The New York Times", "Trump asked voters for a big win.",
     "Doug Mills/The New York Times"),
    ("Image copyright Getty Images Image caption Demonstrators gathered outside the court",
     "Demonstrators gathered outside the court", "Getty Images"),
    ("Christopher Battin Submitted photo", "Christopher Battin", "Submitted photo"),
    ("Brighton beat Manchester United in the Premier League | LÍBERO",
     "Brighton beat Manchester United in the Premier League", "LÍBERO"),
    ("Traders at the market | Photo: Jane Doe", "Traders at the market", "Jane Doe"),
    ("Traders at the market | Jane Doe and her brother", "Traders at the market | Jane Doe and her brother", None),
])
def test_split_credit_labels_and_tails(text, caption, credit):
    assert split_credit(text) == (caption, credit)


@pytest.mark.parametrize("raw, clean", [
    ("© Bild: Werk/CHRISTIAN HOUDEK", "Werk/CHRISTIAN HOUDEK"),
    ("©Foto: Martin Sehmisch | nh", "Martin Sehmisch | nh"),
    ("Image Source: Neil Godwin / Future Publishing/Shutterstock", "Neil Godwin / Future Publishing/Shutterstock"),
    ("Credit... Anna Moneymaker/The New York Times", "Anna Moneymaker/The New York Times"),
    ("APA/Jäger R.", "APA/Jäger R."),  # an initial keeps its dot
    ("Tourismusverband Fläming e.V.", "Tourismusverband Fläming e.V."),
    ("Jorge Mejía Peralta (CC BY 2.0)", "Jorge Mejía Peralta (CC BY 2.0)"),
    ("MadMax22 (CC0))", "MadMax22 (CC0)"),
    ("()", None),
    ("(", None),
])
def test_clean_credit_labels_signs_and_brackets(raw, clean):
    assert clean_credit(raw) == clean


def test_sentence_then_credit():
    from scraper.extract.credits import sentence_then_credit
    assert sentence_then_credit("Security forces secure the area in Tunis, the capital. Fethi Belaid/AFP/Getty Images") \
        == ("Security forces secure the area in Tunis, the capital.", "Fethi Belaid/AFP/Getty Images")
    assert sentence_then_credit("Security forces secure the area in Tunis. The museum reopens on Monday") is None


@pytest.mark.parametrize("text, caption", [
    ("1/5 Am Freitagabend krachte ein Neulenker in eine Leitplanke.",
     "Am Freitagabend krachte ein Neulenker in eine Leitplanke."),
    ("The bridge at dawn. 3/12", "The bridge at dawn."),
    ("Image 3 of 10", None),
    ("The bridge at dawn. hide caption toggle caption", "The bridge at dawn."),
    ("Enlarge this image The bridge at dawn.", "The bridge at dawn."),
    ("Image caption The new bridge at dawn", "The new bridge at dawn"),
    ("Bildunterschrift: Die neue Brücke", "Die neue Brücke"),
    ("图注：测试表明", "测试表明"),
    ("Caption of the figure", "Caption of the figure"),  # a one-word label needs its colon
    ("Advertisement", None),
    ("ANZEIGE", None),
    ("Slideshow", None),
    ("12 images", None),
    ("View photo .", None),
    ('<img src="/bridge.jpg" alt="">', None),  # escaped markup of a <noscript> copy
    ('<span style="font-size:13px;">The bridge at dawn</span>', "The bridge at dawn"),
    ("The old market. (", "The old market."),
])
def test_clean_caption(text, caption):
    from scraper.extract.credits import clean_caption
    assert clean_caption(text) == caption


@pytest.mark.parametrize("text", ["", "(", ")", "()", "[(", "((((", "© ", "Foto:", "| |"])
def test_signs_and_brackets_alone_are_no_caption_and_no_credit(text):
    from scraper.extract.credits import clean_caption
    assert split_credit(text)[1] is None and clean_credit(text) is None and clean_caption(text) is None


def test_a_labelled_credit_before_the_caption():
    assert split_credit("Archivfoto: ON - Ab 1. März die neue Rathauschefin am Petersberg") == (
        "Ab 1. März die neue Rathauschefin am Petersberg", "ON")

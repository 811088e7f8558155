import codecs

import pytest

import scraper

from scraper.decode import charset_from_content_type, decode_html, sniff_charset

PAGE = "<html><head>{meta}</head><body><p>Caf\u00e9 cr\u00e8me \u2014 na\u00efve</p></body></html>"


def test_bom_wins_over_everything():
    data = codecs.BOM_UTF8 + PAGE.format(meta='<meta charset="iso-8859-1">').encode("utf-8")
    assert sniff_charset(data, "latin-1") == "utf-8-sig"
    assert "Caf\u00e9" in decode_html(data)


def test_http_header_charset_beats_meta():
    data = PAGE.format(meta='<meta charset="utf-8">').replace("\u2014", "-").encode("latin-1")
    assert "Caf\u00e9 cr\u00e8me" in decode_html(data, http_charset="ISO-8859-1")


def test_meta_charset_used_without_header():
    data = PAGE.format(meta='<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">')
    assert "\u2014" in decode_html(data.encode("cp1252"))


def test_detection_when_nothing_is_declared():
    text = PAGE.format(meta="") * 20
    assert decode_html(text.encode("utf-8")) == text
    assert "Caf\u00e9" in decode_html(text.replace("\u2014", "-").encode("cp1252"))


def test_unknown_charset_names_are_skipped():
    data = PAGE.format(meta='<meta charset="no-such-codec">').encode("utf-8")
    assert "Caf\u00e9" in decode_html(data, http_charset="bogus")


def test_charset_from_content_type():
    assert charset_from_content_type('text/html; charset="UTF-8"') == "utf-8"
    assert charset_from_content_type("text/html") is None


NOT_WEB = ["utf-7", "rot13", "rot_13", "base64", "punycode", "hex", "zlib", "bz2", "uu", "quopri",
           "unicode_escape", "raw_unicode_escape", "idna", "cp037", "utf-32", "iso-2022-kr", "x-user-defined"]


@pytest.mark.parametrize("label", NOT_WEB)
def test_only_web_encodings_are_used(label):
    """A label Python knows but the web does not is skipped like an unknown one, never fatal."""
    data = PAGE.format(meta=f'<meta charset="{label}">').encode("utf-8")
    assert sniff_charset(data) == "utf-8" and sniff_charset(data, http_charset=label) == "utf-8"
    assert charset_from_content_type(f"text/html; charset={label}") is None
    assert "Caf\u00e9 cr\u00e8me" in decode_html(data, http_charset=label)
    story = ("<p>Le caf\u00e9 du port a rouvert ses portes mardi, et la cr\u00e8me br\u00fbl\u00e9e "
             "y est toujours servie \u00e0 l'ancienne, sur la terrasse face aux bateaux.</p>") * 4
    page = f'<html><head><meta charset="{label}"><title>Caf\u00e9</title></head><body><article>{story}</article>'
    article = scraper.extract(page.encode("utf-8"), "https://example.org/a", http_charset=label)
    assert article.body.startswith("Le caf\u00e9 du port a rouvert ses portes mardi, et la cr\u00e8me br\u00fbl\u00e9e")


def test_web_labels_read_as_browsers_read_them():
    assert [charset_from_content_type(f"text/html; charset={label}") for label in
            ("latin1", "ISO-8859-1", "us-ascii", "x-sjis", "gb2312", "GBK", "utf8", "x-mac-cyrillic")] == [
        "cp1252", "cp1252", "cp1252", "cp932", "gb18030", "gb18030", "utf-8", "mac-cyrillic"]
    data = PAGE.format(meta='<meta charset="windows-1251">').replace("\u2014", "-")
    data = data.replace("Caf\u00e9", "\u041a\u0430\u0444\u0435").encode("cp1251", errors="replace")
    assert "\u041a\u0430\u0444\u0435" in decode_html(data)

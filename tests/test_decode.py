import codecs

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

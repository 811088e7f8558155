"""The library entry point: input types, decoding and routing (HTML vs text dump)."""
import pytest

import scraper
from scraper.extract import reading_minutes

PAGE = """<html><head><meta charset="windows-1252"><title>T</title></head><body><article>
<h1>Caf\u00e9 owners cheer new square</h1>
<p>The owners of the caf\u00e9 on the corner said the new square had brought twice as many customers since it opened in April.</p>
<p>\u201cIt feels like a different town,\u201d said one of them, who has run the place for nineteen years with her brother.</p>
</article></body></html>"""


def test_bytes_are_decoded_by_the_pages_own_charset():
    article = scraper.extract(PAGE.encode("cp1252"))
    assert article.headline == "Caf\u00e9 owners cheer new square"
    assert "\u201cIt feels like a different town,\u201d" in article.body


def test_str_and_bytes_give_the_same_article():
    assert scraper.extract(PAGE, url="https://x.example/a") == scraper.extract(PAGE.encode("cp1252"),
                                                                             url="https://x.example/a")


def test_utf8_bytes_parsed_as_they_came_give_the_same_article():
    # UTF-8 goes to lexbor as bytes, malformed or not; a BOM goes the text way
    page = PAGE.replace("windows-1252", "utf-8")
    expected = scraper.extract(page)
    assert scraper.extract(page.encode("utf-8")) == expected
    assert scraper.extract(b"\xef\xbb\xbf" + page.encode("utf-8")) == expected
    broken = scraper.extract(page.replace("twice", "tw\x00ice").encode("utf-8").replace(b"\x00", b"\xff"))
    assert "tw\ufffdice as many" in broken.body


@pytest.mark.parametrize("bad", [b"\xff", b"\xc3", b"\xe2\x80", b"\xed\xa0\x80", b"\xf0\x9f\x98", b"\xc0\xaf\x80",
                                 b"\xc3\x00\xbf"])
def test_malformed_utf8_reads_as_pythons_replacement(bad):
    # lexbor's replacement of malformed bytes is Python's; a page with a NUL byte is decoded first
    page = PAGE.replace("windows-1252", "utf-8").encode("utf-8")
    for where in (b"twice", b"the corner", b"</h1>"):
        data = page.replace(where, bad + where, 1)
        assert scraper.extract(data) == scraper.extract(data.decode("utf-8", errors="replace"))


def test_plain_text_is_routed_to_text_mode():
    dump = "A headline for a dump\n\n" + "This is a long paragraph of an article that has no markup at all. " * 3
    article = scraper.extract(dump)
    assert article == scraper.extract_text(dump)
    assert "no markup at all" in article.body


def test_reading_minutes_rounds_up_at_230_words():
    assert reading_minutes("") is None
    assert reading_minutes("word " * 230) == 1
    assert reading_minutes("word " * 231) == 2


def test_unexpected_failures_become_extraction_errors(monkeypatch):
    import sys

    ex = sys.modules["scraper.extract"]  # the package; `scraper.extract` is the function

    def boom(*args, **kwargs):
        raise RuntimeError("parser exploded")

    monkeypatch.setattr(ex, "read_metadata", boom)
    with pytest.raises(scraper.ExtractionError, match="RuntimeError: parser exploded"):
        scraper.extract(PAGE)


def test_a_page_lexbor_fails_on_is_unparsable_not_a_bug(monkeypatch):
    from selectolax.lexbor import SelectolaxError

    from scraper.extract import dom

    def fails(*args, **kwargs):
        raise SelectolaxError("Can't parse HTML.")  # (what lexbor says when it cannot allocate memory)

    monkeypatch.setattr(dom, "LexborHTMLParser", fails)
    with pytest.raises(scraper.Unparsable, match="could not be parsed") as caught:
        scraper.extract(PAGE, url="https://example.org/a")
    assert caught.value.kind == "unparsable" and caught.value.url == "https://example.org/a"
    assert caught.value.__cause__ is None  # (the fuzz bench counts a cause as a bug)


@pytest.mark.parametrize("text", [False, True])
def test_running_out_of_memory_is_its_own_error(monkeypatch, text):
    import sys

    def exhausted(*args, **kwargs):
        raise MemoryError()

    if text:
        import importlib
        text_mode = importlib.import_module("scraper.extract.text")
        monkeypatch.setattr(text_mode, "measure", exhausted)
    else:
        monkeypatch.setattr(sys.modules["scraper.extract"], "read_metadata", exhausted)
    with pytest.raises(scraper.OutOfMemory) as caught:
        scraper.extract("Plain text of a dump.\n\nA second line of it." if text else PAGE)
    assert caught.value.kind == "memory" and caught.value.__cause__ is None


def test_a_text_mode_bug_becomes_an_extraction_error(monkeypatch):
    import importlib
    text_mode = importlib.import_module("scraper.extract.text")

    def boom(*args, **kwargs):
        raise RuntimeError("text step exploded")

    monkeypatch.setattr(text_mode, "measure", boom)
    with pytest.raises(scraper.ExtractionError, match="RuntimeError: text step exploded"):
        scraper.extract("Plain text of a dump.\n\nA second line of it.")


def test_script_text_is_never_read_as_page_text():
    page = """<html><head><script type="application/ld+json">{"@type": "NewsArticle",
      "headline": "Ferry timetable changes", "author": {"@type": "Person", "name": "Ida Berg"}}</script>
      <script>var byline = "By Someone Else"; var s = "Read more of this text here";</script>
      <style>p::before { content: "By Style Sheet"; }</style></head><body><article>
      <h1>Ferry timetable changes</h1>
      <p>The ferry between the two islands will run every forty minutes from June, the operator said on Monday.</p>
      <p>Night crossings stay as they are, and the first boat of the day leaves at six as before.</p>
      </article></body></html>"""
    article = scraper.extract(page)
    assert article.headline == "Ferry timetable changes"
    assert [a.name for a in article.authors] == ["Ida Berg"]
    assert "Someone Else" not in article.body and "Style Sheet" not in article.body
    assert article.body.startswith("The ferry between the two islands")


def test_body_word_count_needs_no_split():
    # the body's paragraphs have their white space collapsed, so their words are their separators + 1
    import pathlib
    from scraper.extract import extract_report
    from scraper.extract.reading import words_in

    for path in sorted(pathlib.Path(__file__).parent.glob("fixtures/*.html")):
        _, body = extract_report(path.read_bytes())
        for p in body.paragraphs:
            assert p == "\n".join(" ".join(line.split()) for line in p.split("\n")) and p
        assert words_in(body.paragraphs) == len("\n\n".join(body.paragraphs).split())


def test_image_key_strips_size_suffixes_as_the_regex_does():
    import random
    import re

    from scraper.extract import _image_key
    from scraper.model import Image
    suffixes = re.compile(r"(?:[-_](?:\d{2,4}x\d{2,4}|\d{2,4}w?|scaled|large|medium|small|thumb))+$")
    rnd = random.Random(4)
    parts = ["-", "_", "1024x768", "800", "800w", "12345", "scaled", "Large", "thumb", "harbour", "x", "12", "w", "a-b"]
    for _ in range(5000):
        name = "".join(rnd.choice(parts) for _ in range(rnd.randint(1, 8)))
        url = f"https://example.com/img/{name}.jpg?w=1"
        assert _image_key(Image(url=url)) == (suffixes.sub("", name.casefold()) or url), name
    assert _image_key(Image(url="https://x.com/a/photo-1024x768-scaled.jpg")) == "photo"


def test_image_key_keeps_a_camera_files_number():
    from scraper.extract import _image_key
    from scraper.model import Image
    assert _image_key(Image(url="https://x.org/up/IMG_8732-Large-768x1024.jpeg")) == "img_8732"
    assert _image_key(Image(url="https://x.org/up/IMG_8749-Large-768x1024.jpeg")) == "img_8749"
    assert _image_key(Image(url="https://x.org/up/dsc-0042-scaled.jpg")) == "dsc-0042"
    assert _image_key(Image(url="https://x.org/up/harbour-view-800.jpg")) == "harbour-view"


def test_photos_of_a_camera_are_not_one_image(read_fixture):
    import scraper
    article = scraper.extract(read_fixture("images-camera-names.html"), url="https://example.org/news/a")
    assert [i.caption for i in article.images] == ["The depot from the north.", "The depot from the south."]


BAD_URL = "http://[x/a.jpg"  # a host in brackets that is no IPv6 address: urllib raises on it


@pytest.mark.parametrize("place, markup", [
    ("head", f'<meta property="og:image" content="{BAD_URL}"><meta property="og:url" content="{BAD_URL}">'),
    ("head", f'<link rel="canonical" href="{BAD_URL}">'),
    ("head", '<script type="application/ld+json">{"@type": "NewsArticle", "url": "%s", "image": {"url": "%s"},'
             ' "author": {"@type": "Person", "name": "Jane Doe", "url": "%s"}}</script>' % (BAD_URL, BAD_URL, BAD_URL)),
    ("body", f'<figure><img src="{BAD_URL}" alt=""><figcaption>The pier. Photo: Ann Lee</figcaption></figure>'),
    ("body", '<aside class="related"><h3>Related</h3><ul><li><a href="http://[x/news/2020/01/01/a-long-story-about-it">'
             'A long story about the pier</a></li><li><a href="//[x/news/2020/01/02/another-story">Another story</a>'
             '</li></ul></aside>'),
])
def test_a_malformed_url_loses_that_url_not_the_article(place, markup):
    prose = "<p>The harbour council voted on Tuesday to run a trial of night ferries to the island.</p>" * 4
    page = "<html><head><title>Night ferries</title>{}</head><body><article><h1>Night ferries</h1>{}{}</article></body></html>"
    clean = scraper.extract(page.format("", "", prose), "https://example.org/a")
    for url in ("https://example.org/a", BAD_URL, None):
        article = scraper.extract(page.format(markup, "", prose) if place == "head" else page.format("", markup, prose), url)
        assert article.headline == "Night ferries" and article.paragraphs == clean.paragraphs
        assert "[x" not in str(article.to_dict()).replace(f"'url': '{BAD_URL}'", "")  # (the caller's own URL stays)

from scraper import Article, Author, Image, RelatedArticle
from scraper.output import render, to_markdown, to_text

import json
import pytest

ARTICLE = Article(
    headline="A headline", authors=[Author("Ann Lee", role="Editor", bio="Ann writes about ports.")],
    published="2025-05-12T08:30:00+01:00", site_name="The Courier", reading_time_minutes=3,
    editor_note="This story was updated.",
    images=[Image(url="https://x.example/i.jpg", caption="The quay at dawn.", credit="Jo Smith/AP")],
    body="First paragraph.\n\nSecond paragraph.",
    related=[RelatedArticle("Another story", "https://x.example/b", "Its teaser.")],
)


def test_markdown_rendering():
    assert to_markdown(ARTICLE) == (
        "# A headline\n\n"
        "*By Ann Lee (Editor) · 2025-05-12 · The Courier · 3 min read*\n\n"
        "> **Editor's note:** This story was updated.\n\n"
        "![The quay at dawn.](https://x.example/i.jpg)\n\n"
        "*The quay at dawn. (Jo Smith/AP)*\n\n"
        "First paragraph.\n\nSecond paragraph.\n\n"
        "## Related\n\n"
        "- [Another story](https://x.example/b): Its teaser.\n\n"
        "## About the author\n\n"
        "**Ann Lee**, Editor. Ann writes about ports.\n"
    )


def test_text_rendering():
    assert to_text(ARTICLE) == ("A headline\nBy Ann Lee (Editor) · 2025-05-12 · The Courier · 3 min read\n\n"
                                "First paragraph.\n\nSecond paragraph.\n")


def test_json_and_jsonl():
    assert json.loads(render(ARTICLE, "json")) == ARTICLE.to_dict()
    line = render(ARTICLE, "jsonl")
    assert line.count("\n") == 1 and json.loads(line)["headline"] == "A headline"


def test_unknown_format():
    with pytest.raises(ValueError, match="unknown format"):
        render(ARTICLE, "yaml")

import json

from scraper import Article, Author, Image, RelatedArticle

KEYS = ["url", "canonical_url", "headline", "description", "authors", "published", "modified", "site_name",
        "language", "tags", "editor_note", "reading_time_minutes", "images", "body", "structure", "related", "is_article"]


def test_to_dict_has_exactly_the_documented_keys_in_order():
    assert list(Article().to_dict()) == KEYS


def test_to_dict_is_json_ready_and_round_trips():
    a = Article(url="https://x.example/a", headline="H", authors=[Author("Ann Lee", role="Editor", bio="Bio.")],
                images=[Image(url="https://x.example/i.jpg", caption="C.", credit="AP")],
                related=[RelatedArticle("T", "https://x.example/t", "Teaser")], body="One.\n\nTwo.")
    d = json.loads(json.dumps(a.to_dict()))
    assert d["authors"] == [{"name": "Ann Lee", "role": "Editor", "bio": "Bio.", "url": None, "organisation": False,
                             "shown": True}]
    assert d["images"][0] == {"url": "https://x.example/i.jpg", "caption": "C.", "credit": "AP", "alt": None}
    assert Article.from_dict(d) == a


def test_paragraphs_split_on_blank_lines():
    assert Article(body="One.\n\nTwo.\n\n").paragraphs == ["One.", "Two."]


def test_the_bench_lists_as_authors_the_people_a_reader_sees():
    from scraper.bench import prediction
    a = Article(authors=[Author("Ana Ruiz", shown=False), Author("Ben Okafor")])
    row = prediction("p", a, 0.1)
    assert row["author"] == "Ana Ruiz; Ben Okafor"  # the byline as the page declares it
    assert row["authors"] == ["Ben Okafor"]

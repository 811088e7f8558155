"""The shared tree helpers: text, tag ids."""
from __future__ import annotations

import pytest

from scraper.extract.dom import clean_text, parse


def test_clean_text_collapses_all_white_space():
    assert clean_text(" a\xa0\u2003b\n\tc  ") == "a b c"
    assert clean_text(None) == "" and clean_text("") == ""


def test_tag_ids_name_the_tags_as_lexbor_does():
    from scraper.extract.dom import TAG_NAME, TEXT_ID, tag_id, tag_ids
    tree = parse("<!doctype html><html><body><div>t<!--c--><my-card><p>x</p></my-card>"
                 "<svg><foreignObject></foreignObject></svg><table><tr><td>c</td></tr></table></div></body></html>")
    for node in tree.root.traverse(include_text=True):
        name = TAG_NAME.get(node.tag_id)
        assert name is None or name == node.tag  # a page's own tags (my-card) have no fixed id: not listed
    assert TAG_NAME.get(tree.css_first("my-card").tag_id) is None
    assert tree.css_first("div").child.tag_id == TEXT_ID
    assert tree.css_first("td").tag_id in tag_ids(("td", "th")) and tag_id("p") == tree.css_first("p").tag_id
    with pytest.raises(ValueError):
        tag_id("my-card")


def test_wordpress_term_slugs_are_no_class_words():
    from scraper.extract.clean import class_words
    from scraper.extract.dom import class_tokens, without_term_slugs
    post = ("entry post-12 post type-post status-publish format-standard hentry category-sponsored-content "
            "tag-social-media internal_cat-sponsored-paid")
    assert without_term_slugs(post) == ("entry post-12 post type-post status-publish format-standard hentry "
                                         "category tag internal_cat")
    node = parse(f'<article class="{post}"><p>x</p></article>').css_first("article")
    assert not {"sponsored", "social", "media", "paid"} & class_tokens(node)
    assert class_words(node) == (class_words(node)[0], False) and "sponsored" not in class_words(node)[0]
    # without the post class ("type-..." then "status-...") the same shapes are layout names
    for layout in ("tag-cloud widget", "category-title", "post-12 status-publish category-sponsored-content"):
        assert without_term_slugs(layout) == layout
    assert "cloud" in class_tokens(parse('<div class="tag-cloud">t</div>').css_first("div"))

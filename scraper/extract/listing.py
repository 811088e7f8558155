"""Home, section and archive pages told from articles by their teaser cards.

A listing page links other articles by their titles, each title in a card with a few lines
of teaser text: a dek, an excerpt cut short, a date. Whatever body the extractor finds on
such a page (a lead card's dek, the excerpts, trafilatura's reading of them) is card text.
An article's own paragraphs are in no card, even when the page also lists other articles.

`teaser_share(page, paragraphs)`: the share of the body's text that lies inside teaser cards,
when the page holds at least MIN_CARDS of them (else 0.0). A card is the largest element
around a title link (up to CARD_LEVELS up) that holds no other title link and at most
CARD_CHARS of text.
"""
from __future__ import annotations

from selectolax.lexbor import LexborNode

from .dom import joined_text
from .page import Page

__all__ = ["CARD_CHARS", "MIN_CARDS", "teaser_share"]

#: Title links: a linked heading, a heading inside a link (a card that is a link as a whole), a link in
#: an element named as a title ("post-title", "card__title").
TITLE_LINKS = ("h2 a[href], h3 a[href], h4 a[href], a[href] h2, a[href] h3, a[href] h4, "
               "[class*=title] a[href]")
#: A listing page shows at least this many title links in cards.
MIN_CARDS = 4
#: A card's text (title, dek, date, "Read more") is at most this long ...
CARD_CHARS = 800
#: ... and a card is found at most this many elements above its title link.
CARD_LEVELS = 5
#: A title is a few words, this long.
TITLE_MIN_CHARS, TITLE_MAX_CHARS, TITLE_MIN_WORDS = 15, 200, 3


def _title_links(page: Page) -> list[LexborNode]:
    """The links of the page whose text reads as an article's title, each once."""
    links: dict[LexborNode, None] = {}
    for node in page.css(TITLE_LINKS):
        link: LexborNode | None = node
        while link is not None and link.tag != "a":
            link = link.parent
        if link is None or link in links:
            continue
        title = joined_text(node)
        if TITLE_MIN_CHARS <= len(title.strip()) <= TITLE_MAX_CHARS and len(title.split()) >= TITLE_MIN_WORDS:
            links[link] = None
    return list(links)


def _card_texts(links: list[LexborNode]) -> list[str]:
    """The text of each title link's card (see the module's docstring)."""
    chains: list[list[LexborNode]] = []
    holding: dict[LexborNode, int] = {}  # element -> title links under it
    for link in links:
        chain = [link]
        node = link.parent
        while node is not None and len(chain) < CARD_LEVELS and node.tag not in ("body", "html"):
            chain.append(node)
            node = node.parent
        for element in chain:
            holding[element] = holding.get(element, 0) + 1
        chains.append(chain)
    cards: list[str] = []
    for chain in chains:
        card = ""
        for element in chain:
            if holding[element] > 1:
                break
            text = " ".join(joined_text(element).split())
            if len(text) > CARD_CHARS:
                break
            card = text
        if card:
            cards.append(card)
    return cards


def teaser_share(page: Page, paragraphs: list[str]) -> float:
    """The share of the paragraphs' text found inside the page's teaser cards (0.0 on a page with
    fewer than MIN_CARDS title links)."""
    size = sum(len(p) for p in paragraphs)
    if not size:
        return 0.0
    links = _title_links(page)
    if len(links) < MIN_CARDS:
        return 0.0
    cards = _card_texts(links)
    if len(cards) < MIN_CARDS:
        return 0.0
    inside = sum(len(p) for p in paragraphs if any(p in card for card in cards))
    return inside / size

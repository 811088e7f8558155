"""Reading time: minutes to read a body at a steady pace (the figure a page does not show itself)."""
from __future__ import annotations

import math

WORDS_PER_MINUTE = 230


def reading_minutes(body: str) -> int | None:
    """Minutes to read `body` at 230 words a minute (rounded up), None for an empty body."""
    return minutes_for(len(body.split()))


def minutes_for(words: int) -> int | None:
    """Minutes to read `words` words (rounded up), None for none."""
    return max(1, math.ceil(words / WORDS_PER_MINUTE)) if words else None


def words_in(paragraphs: list[str]) -> int:
    """`len("\\n\\n".join(paragraphs).split())`, counted in C without a list of the words: the body
    step collapses each paragraph's white space (`clean_text`, `paragraphs._clean_lines`: one space
    or one line break between words, none at the ends, no empty paragraph)."""
    return sum(p.count(" ") + p.count("\n") for p in paragraphs) + len(paragraphs)

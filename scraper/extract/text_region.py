"""The article's stretch of a text dump: the run of lines with the most prose in it.

Every line weighs for or against being inside the article (prose for, short
lines, link lists and furniture against); the article is the contiguous run
with the greatest total weight (the maximum-sum segment), which tolerates a
heading or an "Advertisement" between paragraphs but not a menu or a footer.
A comment-section marker is a wall no run crosses.
"""
from __future__ import annotations

from .text_lines import BAD, BREAK, CRUFT, FOOTER, GOOD, NEAR, SHORT, Line

#: Weight of one line of each class (per character for prose, flat for the rest).
SHORT_COST = 20.0
CRUFT_COST = 40.0
BAD_COST_PER_CHAR = 0.5
BAD_COST_MAX = 80.0
NEAR_GAIN_PER_CHAR = 0.5
WALL = -1e9
#: Weight kept by prose lines below the page footer's legal line.
AFTER_FOOTER = 0.25
#: Lines between the headline and the first paragraph that may be skipped (byline, dates, caption).
ANCHOR_REACH = 12
#: A run after the headline wins unless a run elsewhere weighs this many times more.
ANCHOR_ODDS = 3.0


def weight(line: Line) -> float:
    """How much one line pulls the article's stretch toward it (negative: away)."""
    kind = line.kind
    if kind == GOOD:
        return float(line.chars)
    if kind == NEAR:
        return NEAR_GAIN_PER_CHAR * line.chars
    if kind == SHORT:
        return -SHORT_COST
    if kind == BAD:
        return -min(BAD_COST_MAX, BAD_COST_PER_CHAR * line.chars)
    if kind == CRUFT:
        return -CRUFT_COST
    if kind == FOOTER:
        return WALL
    if kind == BREAK:
        return WALL
    return 0.0


def best_run(weights: list[float]) -> tuple[int, int]:
    """(start, end) of the maximum-sum contiguous run, end exclusive; (0, 0) when all weights are <= 0."""
    best, best_span = 0.0, (0, 0)
    total, start = 0.0, 0
    for i, w in enumerate(weights):
        if total <= 0:
            total, start = 0.0, i
        total += w
        if total > best:
            best, best_span = total, (start, i + 1)
    return best_span


def best_end(weights: list[float], start: int) -> tuple[int, float]:
    """(end, sum) of the heaviest run that starts at `start` (end exclusive)."""
    best, best_end_at, total = 0.0, start, 0.0
    for i in range(start, len(weights)):
        total += weights[i]
        if total > best:
            best, best_end_at = total, i + 1
    return best_end_at, best


def anchored_run(weights: list[float], anchor: int) -> tuple[int, int, float]:
    """The heaviest run that starts after the headline line `anchor`, once past its byline and dates."""
    start = anchor + 1
    # the prose starts within a few lines of the headline (byline, date, caption between)
    while start < len(weights) and weights[start] <= 0 and start - anchor <= ANCHOR_REACH:
        start += 1
    end, total = best_end(weights, start)
    return start, end, total


def main_region(lines: list[Line], anchors: list[int] = ()) -> tuple[int, int]:
    """(start, end) indexes of the article's lines, trimmed to start and end on prose.

    With headline lines (`anchors`), the article is the heaviest run right after one
    of them, unless a run elsewhere outweighs it many times over.
    """
    weights = [weight(line) for line in lines]
    footer = next((line.index for line in lines if line.kind == FOOTER), None)
    if footer is not None:  # past the page's legal line, prose is listings, not the article
        weights[footer:] = [w * AFTER_FOOTER if w > 0 else w for w in weights[footer:]]
    start, end = best_run(weights)
    free = sum(weights[start:end])
    best_anchored = None
    for anchor in anchors:
        run = anchored_run(weights, anchor)
        if best_anchored is None or run[2] >= best_anchored[2]:
            best_anchored = run
    if best_anchored and best_anchored[2] * ANCHOR_ODDS >= free:
        start, end = best_anchored[0], best_anchored[1]
    while start < end and lines[start].kind not in (GOOD, NEAR):
        start += 1
    while end > start and lines[end - 1].kind not in (GOOD, NEAR):
        end -= 1
    return start, end

"""The article's stretch of a text dump: the run of lines with the most prose in it.

Every line weighs for or against being inside the article (paragraphs for, by
their length; short lines, link lists, furniture and section headings against).
A run starts on a paragraph and grows while its weight stays within GAP_LIMIT
of its best, so it crosses a heading or an "Advertisement" between paragraphs
but not a menu or a list of teasers; a comment-section marker or a footer's
legal line is a wall, and prose below the footer weighs little. The article is:

- the run right after the headline line (when the page title names one), unless
  a run elsewhere outweighs it ANCHOR_ODDS times; else the heaviest run;
- less its opening lines when they weigh less than nothing and hold no paragraph;
- when told by its byline or date, from that headline on: a feed of teasers (summaries between
  their titles) in the same run above it is left out, and never joined across the headline;
- joined with paragraph runs just above it cut off by a short box (a video list),
  and with runs just below it across a short plain list, when those read as an
  article's consecutive paragraphs (not a feed's lone summaries);
- on a page thin in prose, carried on over the list that follows its paragraphs
  (recipe steps, product specs), up to furniture or a stretch of navigation entries;
  and on a page whose headline has a list under it before any prose (a calendar,
  standings), that list.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from .rules.common import BYLINE
from .text_headline import not_an_item
from .text_lines import BAD, BREAK, CRUFT, FOOTER, GOOD, NEAR, SECTION, SHORT, Line

#: Weight of one line of each class (per character for prose, flat for the rest).
SHORT_COST = 20.0
CRUFT_COST = 40.0
#: A list marker standing alone ("1.", "•", "40") weighs nothing either way.
MARKER_CHARS = 4
SECTION_COST = 150.0
BAD_COST_PER_CHAR = 0.5
BAD_COST_MAX = 80.0
NEAR_GAIN_PER_CHAR = 0.5
WALL = -1e9
#: A run ends where its weight has dropped this far below its best (a menu, a card list, a footer).
GAP_LIMIT = 200.0
#: Weight kept by prose lines below the page footer's legal line, or below a comment-section
#: marker that follows this much prose.
AFTER_FOOTER = 0.25
PROSE_BEFORE_COMMENTS = 600.0
#: Paragraph runs cut off from the article by a box of at most this many lines are joined to it,
#: when they hold at least MERGE_MIN_GOOD paragraphs.
MERGE_GAP = 10
MERGE_MIN_GOOD = 2
#: Runs after the article join it across at most this many plain lines, when they hold at least
#: MERGE_MIN_PAIRS paragraphs that follow a paragraph.
MERGE_GAP_AFTER = 16
MERGE_MIN_PAIRS = 2
#: A page with less paragraph text than this in its article may carry on with a list: it ends where
#: navigation entries outnumber items by LIST_SLACK, and counts when it holds LIST_MIN_ITEMS items net
#: (a paragraph among them counts LIST_GOOD).
THIN_PROSE = 1500
LIST_SLACK = 4
LIST_MIN_ITEMS = 6
LIST_GOOD = 3
#: Lines between the headline and the first paragraph that may be skipped (byline, dates, caption).
ANCHOR_REACH = 12
#: A run after the headline wins unless a run elsewhere weighs this many times more.
ANCHOR_ODDS = 3.0
#: ... or this many times, when the headline was told by its byline or date rather than the title.
ANNOUNCED_ODDS = 1.5


def weight(line: Line) -> float:
    """How much one line pulls the article's stretch toward it (negative: away)."""
    kind = line.kind
    if kind == GOOD:
        return float(line.chars)
    if kind == NEAR:
        return NEAR_GAIN_PER_CHAR * line.chars
    if kind == SHORT:
        return 0.0 if line.chars <= MARKER_CHARS and not any(c.isalpha() for c in line.text) else -SHORT_COST
    if kind == BAD:
        return -min(BAD_COST_MAX, BAD_COST_PER_CHAR * line.chars)
    if kind == CRUFT:
        return -CRUFT_COST
    if kind == SECTION:
        return -SECTION_COST
    if kind == FOOTER:
        return WALL
    if kind == BREAK:
        return WALL
    return 0.0


@dataclass(frozen=True)
class Run:
    """Lines start..end (end exclusive) and their summed weight."""

    start: int
    end: int
    score: float


def run_from(weights: list[float], start: int, stop: int | None = None) -> Run:
    """The heaviest run that starts at `start` and does not cross a gap heavier than GAP_LIMIT
    (nor line `stop`)."""
    total = peak = 0.0
    peak_end = start
    for i in range(start, len(weights) if stop is None else stop):
        total += weights[i]
        if total > peak:
            peak, peak_end = total, i + 1
        elif peak - total > GAP_LIMIT:
            break
    return Run(start, peak_end, peak)


def runs(weights: list[float]) -> list[Run]:
    """Every run of the page: each starts on a line of positive weight and ends before a heavy gap."""
    out: list[Run] = []
    i = 0
    while i < len(weights):
        if weights[i] <= 0:
            i += 1
            continue
        run = run_from(weights, i)
        out.append(run)
        i = run.end
    return out


def anchored_run(weights: list[float], anchor: int, stop: int | None = None) -> Run:
    """The run that starts after the headline line `anchor`, once past its byline and dates
    (and ends before line `stop`)."""
    start = anchor + 1
    # the prose starts within a few lines of the headline (byline, date, caption between)
    while start < len(weights) and weights[start] <= 0 and start - anchor <= ANCHOR_REACH:
        start += 1
    if start >= len(weights) or weights[start] <= 0:
        return Run(start, start, 0.0)
    return run_from(weights, start, stop)


def _lighter_start(lines: list[Line], weights: list[float], start: int, end: int) -> int:
    """Drop the run's opening lines when they weigh less than nothing and hold no paragraph
    (a video title over a list of other videos, then the article)."""
    total, lowest, cut = 0.0, 0.0, start
    for i in range(start, end):
        if lines[i].kind == GOOD:
            break
        total += weights[i]
        if total < lowest:
            lowest, cut = total, i + 1
    return cut


@dataclass(frozen=True)
class Region:
    """The article's lines start..end (end exclusive), less the `skipped` lines of a box that
    interrupts it."""

    start: int
    end: int
    skipped: frozenset[int] = frozenset()


def _merge_before(lines: list[Line], weights: list[float], all_runs: list[Run], best: Run,
                  headline: int = -1) -> tuple[int, set[int]]:
    """(start, skipped lines) once the runs of paragraphs just before `best`, cut off from it by a
    short box (a video list, "More in ..."), are joined to it; never across its `headline` line."""
    start, skipped = best.start, set[int]()
    before = [r for r in all_runs if r.end <= best.start]
    while before:
        prev = before.pop()
        gap = range(prev.end, start)
        if (prev.end <= headline or len(gap) > MERGE_GAP or any(weights[i] <= WALL / 2 for i in gap)
                or sum(1 for i in range(prev.start, prev.end) if lines[i].kind == GOOD) < MERGE_MIN_GOOD):
            break
        skipped.update(gap)
        start = prev.start
    return start, skipped


def _paragraph_pairs(lines: list[Line], run: Run) -> int:
    """Paragraphs in the run that follow another paragraph directly (an article's prose; a feed's
    summaries stand alone between their titles and bars)."""
    return sum(1 for i in range(run.start + 1, run.end) if lines[i].kind == GOOD and lines[i - 1].kind == GOOD)


def _merge_after(lines: list[Line], weights: list[float], all_runs: list[Run], end: int) -> tuple[int, set[int]]:
    """(end, skipped lines) once the runs of paragraphs just after the article, cut off from it by a
    short stretch of plain lines (a list, a box without heading or furniture), are joined to it."""
    skipped: set[int] = set()
    for nxt in (r for r in all_runs if r.start >= end):
        gap = range(end, nxt.start)
        if (len(gap) > MERGE_GAP_AFTER or _paragraph_pairs(lines, nxt) < MERGE_MIN_PAIRS
                or any(weights[i] <= WALL / 2 or lines[i].kind in (SECTION, CRUFT) for i in gap)):
            break
        skipped.update(gap)
        end = nxt.end
    return end, skipped


def _comments_start(lines: list[Line], all_runs: list[Run]) -> int | None:
    """The first comment-section marker below a run of article prose (a "12 comments" link
    near the byline comes before any)."""
    for line in lines:
        if line.kind == BREAK and any(r.end <= line.index and r.score >= PROSE_BEFORE_COMMENTS for r in all_runs):
            return line.index
    return None


def _list_after(lines: list[Line], start: int, end: int, has_language: bool) -> int:
    """The end of a list (recipe steps, product specs, standings) that carries on a page thin in
    prose past its last paragraph: items count for it, navigation entries against, furniture stops it."""
    if not has_language or sum(line.chars for line in lines[start:end] if line.kind == GOOD) >= THIN_PROSE:
        return end
    score = best = 0
    best_end = end
    for i in range(end, len(lines)):
        line = lines[i]
        if line.kind in (CRUFT, SECTION, FOOTER, BREAK):
            break
        score += LIST_GOOD if line.kind == GOOD else (-1 if not_an_item(line) else 1)
        if score > best:
            best, best_end = score, i + 1
        elif best - score > LIST_SLACK:
            break
    return best_end if best >= LIST_MIN_ITEMS else end


def _good_chars(lines: list[Line], run: Run) -> int:
    return sum(line.chars for line in lines[run.start:run.end] if line.kind == GOOD)


def _list_under_headline(lines: list[Line], anchors: Sequence[int], has_language: bool) -> Region | None:
    """On a page with no prose under its headline (a calendar, a table of standings), the list
    that starts there."""
    for anchor in anchors:
        for start in range(anchor + 1, min(len(lines), anchor + 1 + ANCHOR_REACH)):  # past dates, share bars
            if lines[start].kind in (SECTION, FOOTER, BREAK):
                break  # a list of other articles, not the article's
            if lines[start].kind == CRUFT or not_an_item(lines[start]):
                continue
            end = _list_after(lines, start, start, has_language)
            if end > start:
                return Region(start, end)
    return None


def _next_headline(lines: list[Line], anchors: Sequence[int], k: int) -> int:
    """Where the article under headline `anchors[k]` ends at the latest: the next headline that is
    not a heading of a lower level inside it."""
    level = lines[anchors[k]].heading
    for b in anchors[k + 1:]:
        if not (level and lines[b].heading > level):
            return b
    return len(lines)


def _from_headline_inside(lines: list[Line], weights: list[float], anchors: Sequence[int],
                          stops: Sequence[int | None], best: Run) -> Run:
    """The run from the first announced headline inside `best` on, when what comes before it is a
    feed (summaries between their titles, no two paragraphs in a row), not an article's prose."""
    for a, stop in zip(anchors, stops):
        if best.start < a < best.end:
            if _paragraph_pairs(lines, Run(best.start, a, 0.0)):
                return best
            inside = anchored_run(weights, a, stop)
            return inside if inside.score > 0 else best
    return best


def main_region(lines: list[Line], anchors: Sequence[int] = (), has_language: bool = True,
                announced: bool = False) -> Region:
    """The article's lines (see the module's notes), trimmed to start and end on prose;
    `anchors`: the lines that repeat the page title's headline, or (`announced`) the headlines
    told by their bylines and dates, each of which ends the article of the one before."""
    weights = [weight(line) for line in lines]
    footer = next((line.index for line in lines if line.kind == FOOTER), None)
    if footer is not None:  # past the page's legal line, prose is listings, not the article
        weights[footer:] = [w * AFTER_FOOTER if w > 0 else w for w in weights[footer:]]
    all_runs = runs(weights)
    comments = _comments_start(lines, all_runs)
    if comments is not None:  # past the comment section's heading, prose is readers' comments
        weights[comments:] = [w * AFTER_FOOTER if w > 0 else w for w in weights[comments:]]
        all_runs = runs(weights)
    best = max(all_runs, key=lambda r: r.score, default=Run(0, 0, 0.0))
    stops: list[int | None] = ([_next_headline(lines, anchors, k) for k in range(len(anchors))] if announced
                               else [None] * len(anchors))
    anchored = max((anchored_run(weights, a, stop) for a, stop in zip(anchors, stops)),
                   key=lambda r: r.score, default=None)
    if anchored and anchored.score * (ANNOUNCED_ODDS if announced else ANCHOR_ODDS) >= best.score:
        best = anchored
    elif announced:
        best = _from_headline_inside(lines, weights, anchors, stops, best)
    if anchored is not None and _good_chars(lines, best) < THIN_PROSE:  # a list right under the headline
        listed = _list_under_headline(lines, anchors, has_language)
        # the list stands before the prose under the headline, or holds it and goes on past it
        if listed is not None and (anchored.score == 0 or listed.end <= anchored.start
                                   or (listed.start <= anchored.start and listed.end > anchored.end)):
            return listed
    start, end = _lighter_start(lines, weights, best.start, best.end), best.end
    skipped: set[int] = set()
    if start == best.start:
        # an announced headline (told by its byline or date) starts its article; a title's repeat
        # may stand in a header bar above the article's first lines
        headline = max((a for a in anchors if a < best.start), default=-1) if announced else -1
        start, skipped = _merge_before(lines, weights, all_runs, best, headline)
    end, skipped_after = _merge_after(lines, weights, all_runs, end)
    skipped |= skipped_after
    while start < end and lines[start].kind not in (GOOD, NEAR):
        start += 1
    while end > start and lines[end - 1].kind not in (GOOD, NEAR):
        end -= 1
    end = _list_after(lines, start, end, has_language)
    return Region(start, end, frozenset(skipped))

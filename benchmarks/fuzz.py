"""Hostile pages for `scraper.extract`, for a bounded time: nothing but an article or a
`ScraperError` may come out, and no page may take long.

Each input is a small page (the test fixtures, HTML and text dumps) with one or more hostile
changes: nesting tens of thousands of elements deep, a word or a line repeated until the page
is megabytes long, malformed URLs in every attribute that holds one, lone surrogates and
control bytes, charset declarations of codecs that are no web encodings, leading blank
space and comments, bytes flipped at random. Seeded: a run is the same inputs each time.

    .venv/bin/python benchmarks/fuzz.py --seconds 60 [--seed 1] [--slow 3] [--save /tmp/fuzz]

Prints each input that raised anything but a `ScraperError`, or one made of another exception
("error": extract wraps a step's bug in an ExtractionError), or took over `--slow`
seconds a megabyte of input (at least one megabyte: "slow"; an alarm stops it at 10 x that:
"stopped"), and a summary; exits 1 when there was any. `--save` writes those inputs to files,
to replay with `scraper extract FILE`. (tests/test_fuzz.py runs it for a few seconds and
fails on errors only: times are measured here, not asserted there.)
"""
from __future__ import annotations

import argparse
import random
import signal
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures"
BAD_URLS = ("http://[x/a.jpg", "//[x/b", "https://a]/x", "http://[::1/x", "javascript:alert(1)", "\x00http://a/",
            "http://" + "a" * 5000 + ".example/", "data:image/png;base64," + "A" * 4000)
BAD_CHARSETS = ("rot13", "base64", "utf-7", "punycode", "hex", "idna", "x-nope", "utf-16", "utf-32", "zlib")
NESTING_TAGS = ("div", "figure", "span", "section", "b", "table><tr><td", "ul><li", "dl><dd", "svg><g", "a><div",
                "p><span", "blockquote", "font")
REPEATS = ("By ", "by ", "Posted by Jane Doe ", "Photo: ", "Related: ", "<br>", "<p>", "</div>", "&amp;", "\u00a0",
           "Jan 1, 2020 ", "<!-- x -->", "<a href='/a/b-c-d-e'>x</a>", "\n", "-", "*", "[1]", "http://x.org/a ")

Mutation = Callable[[random.Random, str], str]


def _nest(rnd: random.Random, page: str) -> str:
    tag = rnd.choice(NESTING_TAGS)
    n = rnd.choice((300, 3_000, 30_000))
    closing = "".join(f"</{t.split()[0]}>" for t in reversed(tag.split("><")))
    deep = f"<{tag}>" * n + "deep text" + (closing * n if rnd.random() < 0.5 else "")
    return _insert(rnd, page, deep)


def _repeat(rnd: random.Random, page: str) -> str:
    return _insert(rnd, page, rnd.choice(REPEATS) * rnd.choice((1_000, 100_000, 500_000)))


def _lines(rnd: random.Random, page: str) -> str:
    width = rnd.randint(40, 100)
    words = page.split() or ["word"]
    line = " ".join(rnd.choice(words) for _ in range(20))[:width]
    return page + "\n" + "\n".join(line for _ in range(rnd.choice((1_000, 20_000, 80_000))))


def _urls(rnd: random.Random, page: str) -> str:
    bad = rnd.choice(BAD_URLS).replace('"', "")
    for attr in ("href", "src", "content", "srcset", "data-src", "poster"):
        page = page.replace(f'{attr}="', f'{attr}="{bad}" data-x="', rnd.randint(0, 3))
    ld = ('<script type="application/ld+json">{"@type":"NewsArticle","url":"%s","image":"%s",'
          '"author":{"@type":"Person","name":"Ann Lee","url":"%s"}}</script>' % (bad, bad, bad))
    return _insert(rnd, page, f'<link rel="canonical" href="{bad}"><meta property="og:image" content="{bad}">{ld}')


def _surrogates(rnd: random.Random, page: str) -> str:
    ld = '<script type="application/ld+json">{"@type":"Article","headline":"A \\ud83d","author":"B \\udc00"}</script>'
    junk = "".join(chr(rnd.choice((0, 1, 7, 8, 11, 12, 27, 127, 0xFFFE, 0xFEFF, 0x202E))) for _ in range(50))
    return _insert(rnd, page, ld + junk)


def _charset(rnd: random.Random, page: str) -> str:
    return f'<meta charset="{rnd.choice(BAD_CHARSETS)}">' + page


def _lead(rnd: random.Random, page: str) -> str:
    lead = rnd.choice(("\n" * 6_000, " " * 10_000, "<!-- " + "<div><p>x</p></div>" * 500 + " -->\n", "<!--", "\ufeff"))
    return lead + page


def _flip(rnd: random.Random, page: str) -> str:
    chars = list(page)
    for _ in range(rnd.randint(1, 50)):
        if chars:
            chars[rnd.randrange(len(chars))] = rnd.choice("<>\"'=/&;!-[]\x00 \n")
    return "".join(chars)


def _insert(rnd: random.Random, page: str, piece: str) -> str:
    at = rnd.randrange(len(page) + 1)
    return page[:at] + piece + page[at:]


MUTATIONS: tuple[Mutation, ...] = (_nest, _repeat, _lines, _urls, _surrogates, _charset, _lead, _flip)


def inputs(seed: int) -> Iterator[tuple[str, bytes | str]]:
    """(a name saying how it was made, the input), without end."""
    rnd = random.Random(seed)
    pages = sorted(FIXTURES.glob("*.html")) + sorted(FIXTURES.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in pages]
    for i in range(sys.maxsize):
        k = rnd.randrange(len(pages))
        page = texts[k]
        steps = rnd.sample(MUTATIONS, rnd.randint(1, 3))
        for step in steps:
            page = step(rnd, page)
        name = f"{i:05d}-{pages[k].stem}-" + "+".join(s.__name__.strip("_") for s in steps)
        if rnd.random() < 0.5:
            yield name + ".bytes", page.encode("utf-8", errors="surrogatepass")
        else:
            yield name + ".str", page


class _Alarm(BaseException):  # (not an Exception: extract turns those into ExtractionError)
    pass


def _ring(signum: int, frame: object) -> None:
    raise _Alarm()


def run(seconds: float, seed: int = 1, slow: float = 3.0, save: Path | None = None,
        out: Callable[[str], None] = print) -> tuple[int, list[tuple[str, str]]]:
    """Fuzz for `seconds` (the input running then ends first); (inputs tried, problems: their
    kind, "error", "slow" or "stopped", and what happened)."""
    from scraper import ScraperError, extract

    problems: list[tuple[str, str]] = []
    tried = 0
    stop = time.monotonic() + seconds
    old = signal.signal(signal.SIGALRM, _ring)
    try:
        for name, content in inputs(seed):
            if time.monotonic() >= stop:
                break
            tried += 1
            allowed = slow * max(1.0, len(content) / 2**20)
            started = time.monotonic()
            problem = None
            signal.setitimer(signal.ITIMER_REAL, 10 * allowed)
            try:
                extract(content, "https://example.org/news/2024/05/story")
            except ScraperError as exc:
                if exc.__cause__ is not None:  # (an exception of a step or library: the page lost to a bug)
                    problem = ("error", f"{name}: {exc}")
            except _Alarm:
                problem = ("stopped", f"{name}: stopped after {10 * allowed:.0f} s ({len(content):,} long)")
            except Exception:  # (a bug: anything else must not escape extract)
                problem = ("error", f"{name}: {traceback.format_exc(limit=3)}")
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            took = time.monotonic() - started
            if problem is None and took > allowed:
                problem = ("slow", f"{name}: took {took:.1f} s ({len(content):,} long)")
            if problem is not None:
                problems.append(problem)
                out(problem[1])
                if save is not None:
                    save.mkdir(parents=True, exist_ok=True)
                    data = content if isinstance(content, bytes) else content.encode("utf-8", "surrogatepass")
                    (save / f"{name}.html").write_bytes(data)
    finally:
        signal.signal(signal.SIGALRM, old)
    return tried, problems


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seconds", type=float, default=60.0, help="how long to fuzz (default 60)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--slow", type=float, default=3.0, help="seconds a megabyte of input may take (default 3)")
    ap.add_argument("--save", type=Path, help="write the problem inputs to this folder")
    args = ap.parse_args()
    tried, problems = run(args.seconds, args.seed, args.slow, args.save)
    print(f"{tried} inputs in {args.seconds:g} s, {len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()

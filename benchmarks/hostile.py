"""Hostile pages that stress one thing each, at three sizes, to show super-linear growth.

Each case builds a small, ordinary article page and grows one hostile part of it (a huge attribute,
thousands of <meta> elements, a giant JSON-LD, a text node of megabytes ...) by 1x, 10x and 100x;
`extract` runs on each, and the CPU time of each size is printed with the growth from 10x to 100x:
a step that reads the hostile part linearly grows about 10 times (less while the fixed cost of the
article dominates), a quadratic one about 100 times. An alarm stops a size after `--stop` seconds.

    .venv/bin/python benchmarks/hostile.py [--scale 1] [--only NAME ...] [--stop 30] [--memory]

`--memory` also prints the peak of Python's allocations (tracemalloc: slower; lexbor's own memory
is not counted). Speed is measured here, not asserted in tests.
"""
from __future__ import annotations

import argparse
import json
import signal
import sys
import time
import tracemalloc
from collections.abc import Callable

PARAGRAPH = ("The council voted on Tuesday to expand the city's bus network, adding four routes that "
             "will link the northern suburbs to the hospital district by the end of next year. ")
URL = "https://example.org/news/2024/05/story"


def page(head: str = "", body: str = "", before: str = "", after: str = "") -> str:
    """An ordinary article page with `head` in its <head>, `before` / `after` the article, `body` inside it."""
    paragraphs = "".join(f"<p>{PARAGRAPH * 3}</p>" for _ in range(8))
    return (f"<!doctype html><html lang=en><head><meta charset=utf-8><title>Buses for the north - Daily</title>"
            f"{head}</head><body><header><a href=/>Daily</a></header>{before}<article>"
            f"<h1>Buses for the north</h1><p class=byline>By Ann Lee</p><time datetime=2024-05-02>May 2, 2024</time>"
            f"{paragraphs}{body}</article>{after}<footer>Copyright Daily</footer></body></html>")


def _attr(name: str, value: Callable[[int], str]) -> Callable[[int], str]:
    return lambda n: page(body=f"<p><a {name}=\"{value(n)}\" href=/x>link</a> with text.</p>"
                      f"<div {name}=\"{value(n)}\"><img {name}=\"{value(n)}\" src=/a.jpg></div>")


def _jsonld(obj: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def _nested(n: int) -> str:
    """JSON-LD nested `n` objects deep (written as text: json.dumps recurses)."""
    deep = '{"@type": "Thing", "about": ' * n + '{"name": "leaf"}' + "}" * n
    return ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Buses", "about": '
            f"{deep}}}</script>")


def _relative_links() -> str:
    return page(after="<h2>Related</h2><ul>" + "".join(f"<li><a href=story-{i}>Story number {i} about buses</a></li>"
                                                       for i in range(5_000)) + "</ul>")


#: name -> the page at size n (or the page and the URL it is read at)
CASES: dict[str, Callable[[int], str | tuple[str, str]]] = {
    # (n is the size factor: 1, 10, 100, times --scale)
    "title-huge": lambda n: page(head=f"<title>{'word ' * 3_000 * n}</title>"),
    "title-og-h1-huge": lambda n: page(head=f"<title>{'Word text. ' * 1_500 * n}</title><meta property=og:title "
                                            f"content=\"{'Word text. ' * 1_500 * n}\">",
                                       before=f"<h1>{'Word text. ' * 1_500 * n}</h1>"),
    "attr-class": _attr("class", lambda n: "a b-c " * 5_000 * n),
    "attr-class-nospace": _attr("class", lambda n: "author" * 5_000 * n),
    "attr-href": lambda n: page(body=f"<p><a href=\"/{'a/' * 25_000 * n}\">link</a> text.</p>"),
    "attr-src": lambda n: page(body=f"<figure><img src=\"/{'img-' * 12_000 * n}.jpg\"><figcaption>Cap</figcaption>"
                                    f"</figure>"),
    "attr-srcset": lambda n: page(body="<figure><img src=/a.jpg srcset=\"" +
                                       ", ".join(f"/a{i}.jpg {i}w" for i in range(1_000 * n)) +
                                       "\"><figcaption>Cap</figcaption></figure>"),
    "attr-srcset-blob": lambda n: page(body=f"<figure><img srcset=\"{'x' * 50_000 * n}\"></figure>"),
    "attr-style": _attr("style", lambda n: "color:red;" * 5_000 * n),
    "attr-data": _attr("data-caption", lambda n: "Photo: Ann Lee " * 3_000 * n),
    "metas": lambda n: page(head="".join(f"<meta name=author content=\"Person {i}\"><meta property=article:"
                                         f"published_time content=2024-05-0{i % 9 + 1}>" for i in range(300 * n))),
    "links": lambda n: page(head="".join(f"<link rel=alternate href=/l{i}>" for i in range(500 * n))),
    "times": lambda n: page(body="".join(f"<time datetime=2024-05-0{i % 9 + 1}>May {i % 9 + 1}</time>"
                                         for i in range(500 * n))),
    "jsonld-deep": lambda n: page(head=_nested(50 * n)),
    "jsonld-list": lambda n: page(head=_jsonld({"@type": "NewsArticle", "headline": "Buses",
                                                "author": [{"@type": "Person", "name": f"P {i}"} for i in range(1_000 * n)],
                                                "keywords": [f"k{i}" for i in range(1_000 * n)]})),
    "jsonld-string": lambda n: page(head=_jsonld({"@type": "NewsArticle", "headline": "Buses " * 10_000 * n,
                                                  "articleBody": PARAGRAPH * 200 * n,
                                                  "author": {"@type": "Person", "name": "Ann " * 10_000 * n}})),
    "jsonld-graph": lambda n: page(head=_jsonld({"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "@id": f"#a{i}", "headline": f"H {i}", "author": {"@id": f"#p{i}"},
         "datePublished": "2024-05-02"} for i in range(300 * n)] + [
        {"@type": "Person", "@id": f"#p{i}", "name": f"P {i}"} for i in range(300 * n)]})),
    "jsonld-many": lambda n: page(head="".join(_jsonld({"@type": "NewsArticle", "headline": f"H {i}"})
                                               for i in range(200 * n))),
    "text-nospace": lambda n: page(body=f"<p>{'x' * 50_000 * n}</p>"),
    "text-punct": lambda n: page(body=f"<p>{'.,;:-!?' * 7_000 * n}</p>"),
    "text-digits": lambda n: page(body=f"<p>{'2024-05-02 ' * 5_000 * n}</p>"),
    "text-dates": lambda n: page(body=f"<p>{'Published May 2, 2024. ' * 2_000 * n}</p>"),
    "related-links": lambda n: page(after="<h2>Related</h2><ul>" + "".join(
        f"<li><a href=/news/story-{i}>Story number {i} about buses</a></li>" for i in range(1_000 * n)) + "</ul>"),
    "figures": lambda n: page(body="".join(f"<figure><img src=/i{i}.jpg><figcaption>Cap {i}. Photo: A B</figcaption>"
                                           f"</figure>" for i in range(500 * n))),
    "imgs": lambda n: page(body="".join(f"<img src=/i{i}.jpg alt=\"img {i}\">" for i in range(500 * n))),
    "bylines": lambda n: page(body="".join(f"<p>By Person {i}</p>" for i in range(500 * n))),
    "noscript": lambda n: page(body=f"<noscript>{'<img src=/a.jpg><p>x</p>' * 2_000 * n}</noscript>"),
    "headings": lambda n: page(body="".join(f"<h2>Heading {i}</h2><p>Text {i}.</p>" for i in range(300 * n))),
    "table": lambda n: page(body="<table>" + "".join(f"<tr><td>Cell {i}</td><td>{PARAGRAPH}</td></tr>"
                                                     for i in range(200 * n)) + "</table>"),
    "nested-a": lambda n: page(body="<p>" + "<a href=/x>x" * 1_000 * n + "</p>"),
    "entities": lambda n: page(body=f"<p>{'&amp;&lt;&#8212;&nbsp;' * 5_000 * n}</p>"),
    "control-bidi": lambda n: page(body="<p>" + "a\u202eb\u200fc\x01\x07\x1b " * 5_000 * n + "</p>"),
    "nul": lambda n: page(body="<p>" + "a\x00b " * 10_000 * n + "</p>"),
    "url-huge": lambda n: page(head=f"<link rel=canonical href=\"https://example.org/{'a' * 100_000 * n}\">"
                                    f"<meta property=og:url content=\"https://example.org/{'b' * 100_000 * n}\">"),
    "h1s": lambda n: page(body="".join(f"<h1>Buses for the north {i}</h1>" for i in range(300 * n))),
    "byline-words": lambda n: page(body=f"<p class=byline>{'By Ann Lee and ' * 3_000 * n}</p>"),
    "caption-credits": lambda n: page(body=f"<figure><img src=/a.jpg><figcaption>{'Photo: Ann Lee / ' * 3_000 * n}"
                                           f"</figcaption></figure>"),
    "brs": lambda n: page(body=f"<p>{'word<br>' * 10_000 * n}</p>"),
    # nesting the depth model must see (nesting.flatten): items kept open by a heading, a doctype's "<div"
    "items-behind-headings": lambda n: page(after="<ul>" + "<article><h1>x <li>" * 800 * n),
    "doctype-divs": lambda n: page(after="<article><h1>x" + "<!doctype <div <ul>><article><h1>x</div>" * 800 * n),
    "figures-nested": lambda n: page(after="<figure><img src=/a.jpg><figcaption>Photo: Ann Lee</figcaption>" * 800 * n),
    # tags the parser ignores, holding an attribute value, between pieces of one text (lexbor: memory quadratic)
    "ignored-root-tags": lambda n: page(body="<p>" + "\n".join(f"{PARAGRAPH[:55]}<html lang=\"en\">" for _ in range(800 * n))),
    "ignored-end-tags": lambda n: page(body="<p>" + "\n".join(f"{PARAGRAPH[:55]}</span class=\"x\">" for _ in range(800 * n))),
    "inline-links": lambda n: page(body="<p>" + "".join(f"<a href=/s{i}>w{i}</a> " for i in range(2_000 * n)) + "</p>"),
    "list-items": lambda n: page(body="<ul>" + "".join(f"<li>Item {i} of the list</li>" for i in range(1_000 * n)) +
                                      "</ul>"),
    "hidden": lambda n: page(body="".join(f"<div style=display:none><p>{PARAGRAPH}</p></div>" for i in range(300 * n))),
    "scripts": lambda n: page(head="".join(f"<script>var a{i} = '2024-05-0{i % 9 + 1}';</script>"
                                           for i in range(1_000 * n))),
    "comments": lambda n: page(body="".join(f"<!-- {i} <p>By Ann</p> 2024-05-02 -->" for i in range(1_000 * n))),
    "comment-open": lambda n: "<!--" + "2024-05-02 " * 1_000 * n + page(),
    "pre": lambda n: page(body=f"<pre>{'x = 1  # 2024-05-02' + chr(10)}" * 3_000 * n + "</pre>"),
    "class-tokens": lambda n: page(body="".join(f"<div class=\"related author byline caption credit w{i}\">"
                                                f"<p>{PARAGRAPH}</p></div>" for i in range(200 * n))),
    "emphasis": lambda n: page(body=f"<p>{'*a* _b_ `c` ' * 5_000 * n}</p>"),
    # the page's URL grows (a list of URLs is input too), over a page of 5,000 relative links
    "page-url-path": lambda n: (_relative_links(), "https://example.org/" + "a/" * 500 * n),
    "page-url-host": lambda n: (_relative_links(), "https://" + "a." * 500 * n + "org/x"),
    "dump-prose": lambda n: ("Buses for the north\n\nBy Ann Lee\n\n" +
                             "\n\n".join(f"{PARAGRAPH} {i}" for i in range(1_000 * n))),
    "dump-lines": lambda n: ("Buses for the north\n\nBy Ann Lee\nMay 2, 2024\n\n" + (PARAGRAPH + "\n\n") * 8 +
                             "\n".join(f"line {i}" for i in range(10_000 * n))),
    "dump-one-line": lambda n: ("Buses for the north\n\nBy Ann Lee\n\n" + (PARAGRAPH + "\n\n") * 8 +
                                "word " * 20_000 * n),
    "dump-nospace": lambda n: "Buses for the north\n\n" + (PARAGRAPH + "\n\n") * 8 + "x" * 100_000 * n,
}


class _Alarm(BaseException):  # (not an Exception: extract turns those into ExtractionError)
    pass


def _ring(signum: int, frame: object) -> None:
    raise _Alarm()


def measure(build: Callable[[int], str | tuple[str, str]], n: int, stop: float, memory: bool
            ) -> tuple[int, float | None, int]:
    """(input length, CPU seconds or None when stopped, peak Python allocation in bytes or 0)."""
    from scraper import ScraperError, extract

    built = build(n)
    content, url = built if isinstance(built, tuple) else (built, URL)
    if memory:
        tracemalloc.start()
    signal.setitimer(signal.ITIMER_REAL, stop)
    started = time.process_time()
    try:
        extract(content, url)
    except ScraperError:
        pass
    except _Alarm:
        return len(content) + len(url), None, 0
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        took = time.process_time() - started
        peak = tracemalloc.get_traced_memory()[1] if memory else 0
        if memory:
            tracemalloc.stop()
    return len(content) + len(url), took, peak


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scale", type=float, default=1.0, help="multiplies every size (default 1)")
    ap.add_argument("--only", nargs="*", help="cases to run (default all)")
    ap.add_argument("--stop", type=float, default=30.0, help="seconds before a size is stopped (default 30)")
    ap.add_argument("--memory", action="store_true", help="also the peak of Python's allocations")
    args = ap.parse_args()
    signal.signal(signal.SIGALRM, _ring)
    from scraper import extract

    extract(page(), URL)  # (imports and compiled patterns before the first case)
    worst = 0.0
    for name, build in CASES.items():
        if args.only and name not in args.only:
            continue
        cells, times = [], []
        for factor in (1, 10, 100):
            n = max(1, round(factor * args.scale))
            size, took, peak = measure(build, n, args.stop, args.memory)
            times.append(took)
            cell = f"{size / 1e6:6.2f} MB {'stopped' if took is None else f'{took * 1000:8.1f} ms'}"
            cells.append(cell + (f" {peak / 1e6:6.1f} MB peak" if args.memory else ""))
        t10, t100 = times[1], times[2]
        growth = float("inf") if t100 is None or t10 is None else t100 / max(t10, 1e-4)
        worst = max(worst, growth)
        print(f"{name:20s} " + " | ".join(cells) + f" | x{growth:5.1f}", flush=True)
    print(f"largest growth 10x -> 100x: x{worst:.1f}")
    sys.exit(0)


if __name__ == "__main__":
    main()

"""Render the dev aeb pages to plain-text dumps the ways people make them, to score text mode on each.

People bring dumps made by many tools: a text-mode browser's `-dump` (w3m, lynx: hard-wrapped,
bullets, link numbers, [IMG] marks), inscriptis (indented lists), html2text (Markdown-ish),
html_text (one block a line: the dumps in ../shared/bench/text). This script renders every aeb
page of the bench with each renderer installed, at the widths given, into one folder per
renderer and width, named so `scraper bench` reads them as text dumps:

    .venv/bin/python benchmarks/dumps.py -o /tmp/dumps                 # all renderers installed
    .venv/bin/python benchmarks/dumps.py -o /tmp/dumps --renderer w3m --width 80 --width 120
    .venv/bin/python benchmarks/dumps.py -o /tmp/dumps --score         # and score each folder
    .venv/bin/python benchmarks/dumps.py -o /tmp/dumps --score --reuse --part tune --part check

`--score` runs `scraper bench` + `score.py` on each folder and prints one line per renderer:
body F1 over the aeb pages and, on the labelled pages (`structured.jsonl` and
`benchmarks/labels/structured.jsonl` when present, and any `--structured` file), headline,
authors, captions and credits. `--part tune|check` scores one half of the sites (score.py's
split; repeat it for a line per half): tune rules on `tune`, and drop what does not lift `check`.
`--reuse` scores the dumps already in the folder instead of rendering them again.

Renderers: html_text, inscriptis, html2text (pip: `pip install html-text inscriptis html2text`),
w3m and lynx (Debian: `apt-get install w3m lynx`). A renderer that is not installed is skipped.
Widths apply to the renderers that wrap (w3m, lynx, html2text); the others are rendered once.
"""
from __future__ import annotations

import argparse
import gzip
import json
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Callable

from snapshot import BENCH

REPO = Path(__file__).resolve().parents[1]
WRAPPING = {"w3m", "lynx", "html2text"}
DEFAULT_WIDTHS = (80, 100)
TIMEOUT = 60  # seconds for one page in an external browser


def _html_text(html: str, width: int) -> str:
    import html_text

    return html_text.extract_text(html, guess_layout=True)


def _inscriptis(html: str, width: int) -> str:
    from inscriptis import get_text

    return get_text(html)


def _html2text(html: str, width: int) -> str:
    import html2text

    h = html2text.HTML2Text()
    h.body_width = width
    return h.handle(html)


def _browser(command: list[str]) -> Callable[[str, int], str]:
    def render(html: str, width: int) -> str:
        with tempfile.NamedTemporaryFile("w", suffix=".html", encoding="utf-8") as fh:
            fh.write(html)
            fh.flush()
            argv = [part.format(width=width, path=fh.name) for part in command]
            done = subprocess.run(argv, capture_output=True, timeout=TIMEOUT, check=False)
        return done.stdout.decode("utf-8", errors="replace")
    return render


RENDERERS: dict[str, tuple[Callable[[str, int], str], Callable[[], bool]]] = {
    "html_text": (_html_text, lambda: _importable("html_text")),
    "inscriptis": (_inscriptis, lambda: _importable("inscriptis")),
    "html2text": (_html2text, lambda: _importable("html2text")),
    "w3m": (_browser(["w3m", "-dump", "-T", "text/html", "-cols", "{width}", "-O", "UTF-8", "{path}"]),
            lambda: shutil.which("w3m") is not None),
    "lynx": (_browser(["lynx", "-dump", "-force_html", "-width={width}", "-display_charset=UTF-8",
                       "-assume_charset=UTF-8", "{path}"]),
             lambda: shutil.which("lynx") is not None),
}


def _importable(module: str) -> bool:
    try:
        __import__(module)
    except ImportError:
        return False
    return True


def aeb_pages(bench: Path) -> list[tuple[str, str]]:
    """(id, HTML) of every aeb page, decoded the way the page says (UTF-8 for nearly all)."""
    from scraper.decode import sniff_charset

    out = []
    for line in (bench / "gold.jsonl").open(encoding="utf-8"):
        row = json.loads(line)
        if row["dataset"] != "aeb":
            continue
        data = gzip.decompress((bench / "pages" / f"{row['id']}.html.gz").read_bytes())
        out.append((row["id"], data.decode(sniff_charset(data, None), errors="replace")))
    return out


def render_all(out: Path, names: list[str], widths: list[int], bench: Path, reuse: bool = False) -> list[Path]:
    pages: list[tuple[str, str]] | None = None
    folders = []
    for name in names:
        render, available = RENDERERS[name]
        for width in (widths if name in WRAPPING else [0]):
            folder = out / (f"{name}-{width}" if width else name)
            if reuse and folder.is_dir() and any(folder.glob("*.txt")):
                folders.append(folder)
                continue
            if not available():
                print(f"{name}: not installed, skipped", file=sys.stderr)
                break
            if pages is None:
                pages = aeb_pages(bench)
            folder.mkdir(parents=True, exist_ok=True)
            for page_id, html in pages:
                (folder / f"{page_id}.txt").write_text(render(html, width or 80), encoding="utf-8")
            folders.append(folder)
            print(f"{folder}: {len(pages)} dumps", file=sys.stderr)
    return folders


def predict(folder: Path, bench: Path) -> tuple[Path, Path]:
    """(predictions, aeb gold): `scraper bench` over the folder's dumps."""
    pred = folder.with_suffix(".pred.jsonl")
    aeb_gold = folder.with_suffix(".gold.jsonl")
    with aeb_gold.open("w", encoding="utf-8") as fh:
        for line in (bench / "gold.jsonl").open(encoding="utf-8"):
            if json.loads(line)["dataset"] == "aeb":
                fh.write(line)
    subprocess.run([sys.executable, "-m", "scraper", "bench", str(aeb_gold), str(folder), "-o", str(pred)],
                   check=True, capture_output=True)
    return pred, aeb_gold


def score(pred: Path, aeb_gold: Path, bench: Path, part: str = "all", extra: tuple[Path, ...] = ()) -> dict:
    """score.py on the predictions: body F1 over the aeb pages of `part`, the structured fields on
    the labelled ones (a later labels file's page replaces an earlier one's)."""
    labels = [bench / "structured.jsonl", REPO / "benchmarks" / "labels" / "structured.jsonl", *extra]
    structured = ",".join(str(p) for p in labels if p.exists())
    done = subprocess.run([sys.executable, str(bench / "score.py"), str(pred), "--gold", str(aeb_gold), "--json",
                           "--structured", structured, "--part", part], check=True, capture_output=True, text=True)
    return json.loads(done.stdout)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-o", "--output", type=Path, required=True, help="folder for the dumps (one sub-folder each)")
    ap.add_argument("--renderer", action="append", choices=sorted(RENDERERS), help="only these (repeatable)")
    ap.add_argument("--width", action="append", type=int, help=f"wrap widths (default {DEFAULT_WIDTHS})")
    ap.add_argument("--score", action="store_true", help="score text mode on each folder")
    ap.add_argument("--part", action="append", choices=("all", "tune", "check"),
                    help="score these sites only (score.py's split; repeatable: one line each)")
    ap.add_argument("--structured", action="append", type=Path, default=[], help="more structured labels")
    ap.add_argument("--reuse", action="store_true", help="score the dumps already rendered in the folder")
    ap.add_argument("--bench", type=Path, default=BENCH)
    args = ap.parse_args()
    folders = render_all(args.output, args.renderer or list(RENDERERS), args.width or list(DEFAULT_WIDTHS),
                         args.bench, reuse=args.reuse)
    if not args.score:
        return
    print("| dumps | part | body F1 | headline | authors | captions F1 | credits F1 | labelled pages |")
    print("|---|---|---|---|---|---|---|---|")
    with ThreadPoolExecutor() as pool:  # one `scraper bench` process a folder, side by side
        predicted = list(pool.map(lambda f: predict(f, args.bench), folders))
    for folder, (pred, aeb_gold) in zip(folders, predicted):
        for part in args.part or ["all"]:
            res = score(pred, aeb_gold, args.bench, part, tuple(args.structured))
            st = res.get("structured") or {}
            print(f"| {folder.name} | {part} | {res['aeb_body']['f1']:.3f} | {st.get('headline', 0):.3f} | "
                  f"{st.get('authors', 0):.3f} | {st.get('captions', {}).get('f1', 0):.3f} | "
                  f"{st.get('credits', {}).get('f1', 0):.3f} | {st.get('pages', 0)} |")


if __name__ == "__main__":
    main()

"""Every dev input's extracted record, to tell whether a change altered any output.

A refactor must leave the output byte-identical; a rule change should change only the
pages it means to. Write a snapshot before the change, another after, and compare:

    .venv/bin/python benchmarks/snapshot.py -o /tmp/before.jsonl
    ... change ...
    .venv/bin/python benchmarks/snapshot.py -o /tmp/after.jsonl --compare /tmp/before.jsonl

Inputs: every page of `../shared/bench/pages` (HTML) and every dump of `../shared/bench/text`
(read as text), each extracted with its gold URL. One JSON line per input: `id`, `kind`
("html" or "text") and `Article.to_dict()` (or the error). `--compare` prints the inputs whose
line differs, with the first differing keys, and exits 1 when any differs.
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
import warnings
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "shared" / "bench"


def gold_urls(bench: Path) -> dict[str, str | None]:
    urls: dict[str, str | None] = {}
    with (bench / "gold.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                row = json.loads(line)
                urls[row["id"]] = row.get("url")
    return urls


def records(bench: Path) -> list[dict]:
    import scraper

    urls = gold_urls(bench)
    out: list[dict] = []
    inputs = [(p, "html") for p in sorted((bench / "pages").glob("*.html.gz"))]
    inputs += [(p, "text") for p in sorted((bench / "text").glob("*.txt"))]
    for path, kind in inputs:
        page_id = path.name.split(".")[0]
        data = gzip.decompress(path.read_bytes()) if kind == "html" else path.read_text(encoding="utf-8")
        try:
            if kind == "html":
                result = scraper.extract(data, urls.get(page_id)).to_dict()
            else:
                result = scraper.extract_text(data, urls.get(page_id)).to_dict()
        except Exception as exc:  # a failure is part of the output too
            result = {"error": f"{type(exc).__name__}: {exc}"}
        out.append({"id": page_id, "kind": kind, "article": result})
    return out


def compare(new: list[dict], old_path: Path) -> int:
    old = {(r["id"], r["kind"]): r for r in map(json.loads, old_path.read_text(encoding="utf-8").splitlines())}
    changed = 0
    for rec in new:
        before = old.get((rec["id"], rec["kind"]))
        if before == rec:
            continue
        changed += 1
        if before is None:
            print(f"{rec['kind']} {rec['id']}: new input")
            continue
        keys = sorted(k for k in set(rec["article"]) | set(before["article"])
                      if rec["article"].get(k) != before["article"].get(k))
        print(f"{rec['kind']} {rec['id']}: {', '.join(keys)}")
    missing = set(old) - {(r["id"], r["kind"]) for r in new}
    for kind_id in sorted(missing):
        changed += 1
        print(f"{kind_id[1]} {kind_id[0]}: missing now")
    print(f"{changed} of {len(new)} inputs differ")
    return 1 if changed else 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-o", "--output", type=Path, required=True, help="where to write the snapshot (JSONL)")
    ap.add_argument("--compare", type=Path, help="an earlier snapshot to compare with")
    ap.add_argument("--bench", type=Path, default=BENCH, help="the bench folder (pages/, text/, gold.jsonl)")
    args = ap.parse_args()
    warnings.filterwarnings("ignore")
    recs = records(args.bench)
    with args.output.open("w", encoding="utf-8") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n")
    if args.compare:
        sys.exit(compare(recs, args.compare))
    print(f"{len(recs)} inputs written to {args.output}")


if __name__ == "__main__":
    main()

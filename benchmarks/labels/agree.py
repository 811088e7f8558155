"""Agreement between the labels (structured.jsonl) and the blind second pass (second-pass.jsonl).

    python3 benchmarks/labels/agree.py [-v]

The second pass is scored as if it were predictions against the first, with score.py's own
measures; -v lists every field where the two differ. (The merged labels already carry the
adjudicated fields, so run on them it shows what was left as it was.)"""
import json, sys, importlib.util
from pathlib import Path
HERE = Path(__file__).resolve().parent
BENCH = HERE.parents[2] / "shared" / "bench"
spec = importlib.util.spec_from_file_location("score", BENCH / "score.py")
sc = importlib.util.module_from_spec(spec); spec.loader.exec_module(sc)
first = {json.loads(l)["id"]: json.loads(l) for l in open(HERE / "structured.jsonl", encoding="utf-8") if l.strip()}
second = {json.loads(l)["id"]: json.loads(l) for l in open(HERE / "second-pass.jsonl", encoding="utf-8") if l.strip()}
both = [i for i in second if i in first]
print(f"second pass {len(second)} pages, {len(both)} also in first pass")
# score the second pass as if it were predictions against the first pass as labels
pred = {}
for i in both:
    s = second[i]
    pred[i] = {"headline": s["headline"], "authors": s["authors"], "author_bio": s["author_bio"],
               "images": s["images"], "related": s["related"], "body": ""}
res = sc.score_structured([first[i] for i in both], pred)
print(json.dumps(res, indent=1))
if "-v" in sys.argv:
    for i in both:
        a, b = first[i], second[i]
        for k in ("headline", "authors", "author_bio", "images", "related"):
            if a[k] != b[k]:
                print(f"--- {i} {k}\n  first : {json.dumps(a[k], ensure_ascii=False)[:600]}\n  second: {json.dumps(b[k], ensure_ascii=False)[:600]}")

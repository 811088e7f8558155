import os
import gzip, sys, selectolax.lexbor as L
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fastwalk
fastwalk._init(L.__file__)
from pathlib import Path
from selectolax.lexbor import LexborHTMLParser
LD = 'script[type="application/ld+json"]'
def py(tree):
    classes = [n.attrs["class"] for n in tree.css("[class]")]
    ids = [n.id for n in tree.css("[id]")]
    props = [n.attrs["itemprop"] or "" for n in tree.css("[itemprop]")]
    rels = [n.attrs["rel"] or "" for n in tree.css("[rel]")]
    metas = [n.attributes for n in tree.tags("meta")]
    ld = [n.text(deep=True) for n in tree.css(LD) if (n.attrs.get("type") or "").lower() == "application/ld+json"]
    h1s = [n.mem_id for n in tree.tags("h1")]
    return classes, ids, props, rels, metas, ld, h1s
bad = 0
pages = sorted(Path("/work/shared/bench/pages").glob("*.html.gz"))
extra = [b"<html class=x id=y><body><svg class=a ID=b><meta Foo=1></svg><div class>x</div><script type='APPLICATION/ld+JSON'>{}</script><template><h1 class=t>t</h1></template><h1>h</h1>",
         b"<div itemprop rel>a</div><math><mi class=q rel=r></mi></math>"]
for p in [gzip.decompress(p.read_bytes()) for p in pages] + extra:
    tree = LexborHTMLParser(p)
    a = py(tree)
    b = list(fastwalk.collect(tree)); b[6] = [n.mem_id for n in b[6]]
    if list(a) != b:
        bad += 1
        for i, (x, y) in enumerate(zip(a, b)):
            if x != y: print("diff field", i, len(x), len(y), [ (u,v) for u,v in zip(x,y) if u!=v][:3] or (x[:3], y[:3]))
print("pages", len(pages) + len(extra), "differing", bad)

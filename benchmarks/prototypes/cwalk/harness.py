"""Micro-harness: PageIndex's build alone, Python vs the C walk, on the 355 dev pages.
usage: harness.py none|py|c   (cost of a mode = its cachegrind I refs minus `none`'s)"""
import os
import gzip, sys
from pathlib import Path
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import selectolax.lexbor as L
from selectolax.lexbor import LexborHTMLParser
from scraper.extract import index as I
import fastwalk
fastwalk._init(L.__file__)

def c_init(self, tree):
    classes_l, ids, props, rels, metas, ld, h1s = fastwalk.collect(tree)
    values = " ".join(filter(None, set(classes_l)))
    classes = I._words_text([values])
    self._tokens = values.isascii() and not any(c in values for c in I._ODD_SPACE)
    self.metas = metas
    self.ld_json = ld
    self.h1s = h1s
    self.texts = {"class": classes, "id": I._words_text(ids), "class-any-case": classes.lower(),
                  "itemprop": I._attr_values(props), "rel": I._attr_values(rels)}
    self._class_text = classes
    self._kept = {}
    self._known = frozenset()
    self._present = None

def c2_init(self, tree):
    classes, tokens, ids, props, rels, metas, ld, h1s = fastwalk.collect2(tree)
    if type(classes) is list:  # a non-ASCII class value: Python builds the text, as before
        values = " ".join(filter(None, set(classes)))
        classes = I._words_text([values])
        tokens = values.isascii() and not any(c in values for c in I._ODD_SPACE)
    if type(ids) is list:
        ids = I._words_text(ids)
    if type(props) is list:
        props = I._attr_values(props)
    if type(rels) is list:
        rels = I._attr_values(rels)
    self._tokens = tokens
    self.metas = metas
    self.ld_json = ld
    self.h1s = h1s
    self.texts = {"class": classes, "id": ids, "class-any-case": classes.lower(), "itemprop": props, "rel": rels}
    self._class_text = classes
    self._kept = {}
    self._known = frozenset()
    self._present = None

def _lines(t):
    return t if t is None else sorted(t.split("\n"))

def state2(ix):
    return ({k: _lines(v) for k, v in ix.texts.items()}, ix._tokens, ix.metas, ix.ld_json, [n.mem_id for n in ix.h1s])

def state(ix):
    return (ix.texts, ix._tokens, ix.metas, ix.ld_json, [n.mem_id for n in ix.h1s], ix._class_text)

if __name__ == "__main__":
    mode = sys.argv[1]
    pages = [gzip.decompress(p.read_bytes()) for p in sorted(Path("/work/shared/bench/pages").glob("*.html.gz"))]
    trees = [LexborHTMLParser(p) for p in pages]
    py_init = I.PageIndex.__init__
    if mode == "check":
        bad = 0
        for t in trees:
            a = I.PageIndex(t); I.PageIndex.__init__ = c_init; b = I.PageIndex(t); I.PageIndex.__init__ = py_init
            bad += state(a) != state(b)
        print("differing", bad, "of", len(trees))
        bad = 0
        for t in trees:
            a = I.PageIndex(t); I.PageIndex.__init__ = c2_init; b = I.PageIndex(t); I.PageIndex.__init__ = py_init
            bad += state2(a) != state2(b)
        print("v2 differing (texts compared as sorted lines)", bad, "of", len(trees)); sys.exit()
    if mode == "c":
        I.PageIndex.__init__ = c_init
    if mode == "c2":
        I.PageIndex.__init__ = c2_init
    if mode != "none":
        for t in trees[:5]:
            I.PageIndex(t)   # warm-up
        for t in trees:
            I.PageIndex(t)

import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import *
cases = ["<html class='a b'><body><div class='x\x0by'>1</div><p class='Foo foo  a'>2</p><span itemprop>3</span><a rel='NoFollow'>4</a><a rel=nofollow>5</a><a rel>6</a>",
         "<div class='caf\u00e9 x\u00a0y'>1</div><div id='a\u00a0b c'>2</div><i itemprop='Auteur\u00c9'>3</i>",
         "<div class=''>1</div><div id=''>2</div><b itemprop=''>3</b>", "<p>nothing</p>", "",
         "<svg><g class='s' ID='Q' itemprop=p></g></svg><meta name=a content=b><meta CHARSET=utf-8><h1>x</h1><template><h1>y</h1></template>"]
py_init = I.PageIndex.__init__
bad = 0
for c in cases:
    t = LexborHTMLParser(c)
    a = I.PageIndex(t)
    for init, st in ((c_init, state), (c2_init, state2)):
        I.PageIndex.__init__ = init; b = I.PageIndex(t); I.PageIndex.__init__ = py_init
        if st(a) != st(b):
            bad += 1; print(init.__name__, repr(c)[:60], st(a), st(b))
print("edge cases", len(cases), "bad", bad)

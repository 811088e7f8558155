"""Run a benchmark script with one body function called twice (its cost = the run's extra instructions):
doubled.py rank|paragraphs SCRIPT [ARGS...]"""
import runpy, sys
import scraper
import importlib
B = importlib.import_module("scraper.extract.body")
which = sys.argv[1]
name = {"rank": "rank_containers", "paragraphs": "build_paragraphs"}[which]
orig = getattr(B, name)
def twice(*a, **k):
    orig(*a, **k)
    return orig(*a, **k)
setattr(B, name, twice)
sys.argv = sys.argv[2:]
runpy.run_path(sys.argv[0], run_name="__main__")

"""Run a benchmark script with PageIndex built by the C walk: patched.py SCRIPT [ARGS...]"""
import os
import runpy, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness
harness.I.PageIndex.__init__ = harness.c2_init
script = sys.argv[1]
sys.argv = sys.argv[1:]
runpy.run_path(script, run_name="__main__")

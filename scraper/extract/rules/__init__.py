"""The extraction rules, as data: every word, phrase, class token and selector the steps look for.

    rules/
      lang/       the words of each language, one module a language (en.py, de.py, fr.py, ...)
      common.py   rules both modes read: furniture lines, reading time, credits, bylines, dates
      html.py     the HTML mode: class/id tokens, selectors, meta keys, headings and bylines
      text.py     the text-dump mode: how lines of plain text are told apart

A new phrasing is one item in its language's module; a new class token or selector is one item
in `html.py`. Each list is wrapped in a vocabulary type (`extract/vocab.py`) that builds its
pattern and its fast paths from that list, so no gate or scan is kept by hand beside it.
"""

"""The words of each language, one small data module a language, put together here.

A language module sets the fields below that it has words for (a field it does not set is
empty). The rules read a field through `words(FIELD)`: the items of every language, in the
order of `CODES`, each once. Supporting a language is one module here and its code in `CODES`;
a new phrasing is one item in its language's module.

Fields (tuples of strings unless said otherwise; matching ignores case unless said otherwise):

- STOPWORDS (str): the language's most frequent function words, space-separated: they tell
  the language of a text dump (`text_lang`).
- MONTHS: twelve strings, January first, each the month's names and abbreviations
  space-separated ("" for a month without one); ORDINALS: what follows a day's number
  ("st", "er"); DATE_OF: the word between day, month and year ("13 de enero de 2020");
  WEEKDAYS; DATE_LABELS: words that label a date ("Published", "Veröffentlicht");
  DATE_LINKS: what stands between a label and its date ("on", "am", "le").
- BY: the word of a byline ("By Jane Doe", "Von ...", "Par ..."); BYLINE_LEADS: words before
  it ("Posted by", "Verfasst von"); AUTHOR_LABELS: labels before a colon ("Author: ...");
  AND: words between two names; NAME_PARTICLES: words inside names ("van", "di"), as written
  (a by-word written as a particle is part of the name: "Mark Di Stefano"); SAYS: what follows
  a commenter's name ("Jane says:"); ABOUT: what stands before a name over a biography
  ("About Jane Doe"); BIO_VERBS: the verb after the name that opens a biography ("Jane Doe is
  ..."); ROLES: job titles ("editor", "Redakteurin"); ORG_WORDS: words that make a byline an
  organisation ("staff", "Redaktion"); NOT_NAME_WORDS: words never in a person's name in a
  byline (labels and links around it: "articles", "Profil"); OTHER_CREDITS: words before a by-word
  (or a name) that credit someone other than the article's author: its translator, its editor, the
  site's makers ("Translated by", "Übersetzung", "Powered by"); WIRE_REPORTING: what opens wire copy's
  closing credit of its reporters ("(Reporting by Jane Roe; Editing by John Doe)"); REPORTED_FROM: the
  word before the place a reporter writes from in that credit ("Jane Roe in London"); WRITES_FOR: the word
  between a byline's name and the publication it writes for ("Jane Roe for The Guardian").
- RELATED_HEADINGS: headings that offer the links under them as related ("Related", "More on",
  "Lire aussi"); RECOMMENDED_HEADINGS: headings of recommendation widgets, related too but often
  the site's feed ("Recommended", "Read next"); NOT_RELATED_HEADINGS: headings over site-wide
  lists, an author's other pieces, paid links ("Most popular", "More by"); INLINE_RELATED: what
  opens a paragraph that links related articles ("Read also:", "Lire aussi :"; the heading
  phrases open one too). Phrases are whole-word prefixes: "more from" covers "More from <section>".
- Pictures: PHOTO_LABELS: labels before a picture's credit that name the picture ("Photo:",
  "Bildquelle:"; a line of its own that opens with one credits the article's picture);
  SOURCE_LABELS: other labels before a credit ("Source:", "Credit:", "Quelle:"); CAPTION_LABELS:
  labels before a caption, not part of it ("Image caption", "Bildunterschrift:"); CAPTION_BUTTONS:
  a caption widget's buttons ("hide caption", "Enlarge this image"); CLOSE_BUTTONS: what a dialog's
  button that closes it says ("Close", "Schließen"); MORE_BUTTONS: the label that closes a link to more of a
  list ("More", "See all", "Mehr"); BARE_CREDITS: credits that
  name no one ("Submitted photo"); AD_LABELS: the label of an advertisement ("Anzeige"); a figure
  captioned so is an ad; GALLERY_LABELS: what a gallery's or a loader's caption says that is no
  caption ("Slideshow", "Loading"); how a caption written as a paragraph under its picture opens:
  FIGURE_LABELS, a numbered label ("Figure 2:", "Abb. 3."), PLACE_LABELS, a place ("Above:",
  "Oben:"), PICTURED, words that say "pictured is" ("图为").
- READING_LABELS: labels before a reading time ("Reading time: 4 min"); READ_AFTER_MINUTES:
  what follows the minutes ("4 min read").
- CRUFT_LINES: whole lines that are page furniture ("Advertisement", "Anzeige"); CRUFT_OPENERS:
  literal phrases a furniture line opens with, ending where a word ends ("Your email address will
  not be published", "Folgen Sie uns"); RIGHTS: a footer's rights line ("All rights reserved").
- Text dumps: TEXT_CRUFT (furniture lines by how they start), TEXT_CRUFT_WORDS (furniture
  words anywhere in a short line), COMMENT_MARKERS (lines that open a comment section),
  SECTION_HEADINGS (headings over lists of other articles): regular-expression fragments;
  CONSENT_WORDS (a consent banner's words; "word*": any word it starts); COMMENTS (the
  plural that heads a comment section: "12 Kommentare"); TIME_AGO: a time stamp told relative
  to now ("2 hours ago", "vor 3 Stunden"): a whole line, a regular-expression fragment.
"""
from __future__ import annotations

from importlib import import_module
from types import ModuleType

#: The languages, in the order their lists are read (the stop-word lists' order breaks ties
#: when the language of a dump is guessed).
CODES = ("en", "de", "fr", "es", "pt", "it", "nl", "ru", "uk", "pl", "cs", "sk", "sv", "da", "nb", "fi", "tr", "id",
         "ro", "hr", "bg", "ca", "zh", "ja", "ko", "vi", "th", "ar", "fa", "he", "hu", "el", "hi", "bn")

#: The fields a language module may set (see above).
FIELDS = frozenset((
    "STOPWORDS", "MONTHS", "ORDINALS", "DATE_OF", "WEEKDAYS", "DATE_LABELS", "DATE_LINKS",
    "BY", "BYLINE_LEADS", "AUTHOR_LABELS", "AND", "NAME_PARTICLES", "SAYS", "ABOUT", "BIO_VERBS", "ROLES",
    "ORG_WORDS", "NOT_NAME_WORDS", "OTHER_CREDITS", "WIRE_REPORTING", "REPORTED_FROM", "WRITES_FOR",
    "RELATED_HEADINGS", "RECOMMENDED_HEADINGS", "NOT_RELATED_HEADINGS", "LATEST_HEADINGS",
    "INLINE_RELATED", "READING_LABELS",
    "READ_AFTER_MINUTES", "CRUFT_LINES", "CRUFT_OPENERS", "RIGHTS", "PHOTO_LABELS", "SOURCE_LABELS", "CAPTION_LABELS",
    "CAPTION_BUTTONS", "CLOSE_BUTTONS", "MORE_BUTTONS", "BARE_CREDITS", "AD_LABELS", "GALLERY_LABELS", "FIGURE_LABELS", "PLACE_LABELS", "PICTURED",
    "TEXT_CRUFT", "TEXT_CRUFT_WORDS", "COMMENT_MARKERS",
    "SECTION_HEADINGS", "CONSENT_WORDS", "COMMENTS", "TIME_AGO",
))


def _load(code: str) -> ModuleType:
    module = import_module(f"{__name__}.{code}")
    unknown = {name for name in vars(module) if name.isupper()} - FIELDS
    if unknown:  # a misspelt field would be read by nothing
        raise ValueError(f"{module.__name__} sets fields no rule reads: {sorted(unknown)}")
    return module


LANGUAGES: dict[str, ModuleType] = {code: _load(code) for code in CODES}


def words(field: str) -> tuple[str, ...]:
    """The items of `field` in all languages, in `CODES` order, each once."""
    if field not in FIELDS:
        raise ValueError(f"no language field {field!r}")
    out: dict[str, None] = {}
    for module in LANGUAGES.values():
        for item in getattr(module, field, ()):
            out.setdefault(item, None)
    return tuple(out)


def stopwords() -> dict[str, str]:
    """Language code -> its STOPWORDS (the languages that have them)."""
    return {code: m.STOPWORDS for code, m in LANGUAGES.items() if getattr(m, "STOPWORDS", "")}


def months() -> dict[str, int]:
    """Every month name and abbreviation, lower case -> the month's number (1-12)."""
    out: dict[str, int] = {}
    for code, module in LANGUAGES.items():
        names = getattr(module, "MONTHS", ())
        if names and len(names) != 12:
            raise ValueError(f"{code}.MONTHS lists {len(names)} months, not 12")
        for number, line in enumerate(names, 1):
            for name in line.lower().split():
                if out.setdefault(name, number) != number:
                    raise ValueError(f"{code}: {name!r} names two months")
    return out

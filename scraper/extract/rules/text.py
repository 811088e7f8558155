"""Rules of the text-dump mode (`extract/text*.py`): how lines of plain text are told apart.

The words of each language are in `lang/`; the fragments that hold no language's words (a
copyright sign, a page counter) are here.
"""
from __future__ import annotations

import re

from ..vocab import Phrases, Words, alternation, fill, in_runs, opening_class
from .common import PROMPT_WORDS, SAYS
from .lang import LANGUAGES, words

#: jusText's stop-list file names -> ISO 639-1 codes (`Article.language`); others are lower-cased names.
STOPLIST_CODES = {
    "Afrikaans": "af", "Albanian": "sq", "Arabic": "ar", "Basque": "eu", "Belarusian": "be", "Bengali": "bn",
    "Bosnian": "bs", "Breton": "br", "Bulgarian": "bg", "Catalan": "ca", "Croatian": "hr", "Czech": "cs",
    "Danish": "da", "Dutch": "nl", "English": "en", "Esperanto": "eo", "Estonian": "et", "Finnish": "fi",
    "French": "fr", "Galician": "gl", "Georgian": "ka", "German": "de", "Greek": "el", "Gujarati": "gu",
    "Hebrew": "he", "Hindi": "hi", "Hungarian": "hu", "Icelandic": "is", "Indonesian": "id", "Irish": "ga",
    "Italian": "it", "Kannada": "kn", "Kazakh": "kk", "Korean": "ko", "Kurdish": "ku", "Latin": "la",
    "Latvian": "lv", "Lithuanian": "lt", "Macedonian": "mk", "Malay": "ms", "Malayalam": "ml", "Marathi": "mr",
    "Nepali": "ne", "Norwegian_Bokmal": "nb", "Norwegian_Nynorsk": "nn", "Persian": "fa", "Polish": "pl",
    "Portuguese": "pt", "Romanian": "ro", "Russian": "ru", "Serbian": "sr", "Slovak": "sk", "Slovenian": "sl",
    "Spanish": "es", "Swahili": "sw", "Swedish": "sv", "Tamil": "ta", "Telugu": "te", "Turkish": "tr",
    "Ukrainian": "uk", "Urdu": "ur", "Vietnamese": "vi", "Welsh": "cy",
}


def _any_of(fragments: tuple[str, ...]) -> str:
    return "|".join(fragments)


def by_first_letter(fragments: tuple[str, ...]) -> str:
    """`_any_of(fragments)` with the fragments that open with a plain letter grouped by it behind a
    lookahead, "(?=a)(?:a1|a2)|(?=b)(?:...)|rest": `re` tries the branches of an alternation one
    by one, and one look at the first character now skips a whole group. The rest are grouped
    likewise by what their parse says they open with ("(?:get|join) ..." behind "(?=[gj])",
    `vocab.opening_class`); only a fragment that may open with anything stays bare. The same
    matches (the lookahead reads the character with the pattern's own flags); which branch
    matches may differ."""
    groups: dict[str, list[str]] = {}
    rest: list[str] = []
    for fragment in fragments:
        head = fragment[:1]
        if head.isalpha() and fragment[1:2] not in ("?", "*", "{"):
            groups.setdefault(re.escape(head.lower()), []).append(fragment)
            continue
        opening = opening_class(fragment)
        if opening is None:
            rest.append(fragment)
        else:
            groups.setdefault(f"[{opening}]", []).append(fragment)
    branches = [f"(?={head})(?:{_any_of(tuple(group))})" for head, group in groups.items()]
    branches = in_runs([h[1:-1] if h.startswith("[") else h for h in groups], branches)  # (as `vocab._trie`'s top)
    return _any_of((*branches, *rest))


#: Lines that are page furniture in text dumps (share bars, sign-ups, cookie and legal lines, comment
#: forms, navigation); matched from the line's start, case-insensitively.
#: A line that is a time stamp relative to now ("2 hours ago", "Updated 5 mins ago").
TIME_AGO = re.compile(r"^\s*(?:" + _any_of(words("TIME_AGO")) + r")\s*$", re.I)
TEXT_CRUFT = re.compile(r"^\s*(?:" + by_first_letter((*words("TEXT_CRUFT"), *(w + r"\s*$" for w in words("TIME_AGO")),
                                                       r"copyright\b", r"©", r"\(c\) ?\d{4}")) + ")", re.I)

#: Lines that open a comment section: nothing after them belongs to the article.
COMMENT_MARKERS = re.compile(r"^\W*(?:" + by_first_letter((
    *words("COMMENT_MARKERS"),
    fill(r"(?:[\w,]+\W+){0,3}(?:{comments})\W*(?:\(\d+\)|\d+)?\W*$", {"comments": words("COMMENTS")}),
    fill(r"(?=.*:$)\w[\w .'-]{0,40} (?:{says}):$", {"says": SAYS}),  # (the lookahead: a quick no to a line not ending in ":")
)) + ")", re.I)

#: Lines that label an author box without being text ("Avatar", "About the author", "Full Bio").
AUTHOR_BOX_LABELS = re.compile(r"^\s*(?:avatar|about (?:the )?author|author|full bio|bio|author bio|"
                               r"more (?:from|by) (?:this )?author|read more from this author|contributor)s?\s*:?\s*$",
                               re.I)
#: Words that mark a short line as a job title ("Senior News Editor", "Staff Writer").
ROLE_WORDS = Words(words("ROLES"), suffix="s?")
#: A line over a biography: "About Jane Doe".
ABOUT_NAME = re.compile(rf"^\s*(?:{alternation(words('ABOUT'))})\s+(?P<name>.+)$", re.I)
#: Where the names of a byline end: a separator, a digit, a weekday, a month and a day ("By A | Special to ...",
#: "By A, Wednesday, 20 ...").
BYLINE_END = re.compile(fill(r"(?:\s+[|/•·]\s|[\s,]+(?:{weekdays})\b|[\s,]+(?:{months})[a-z]*\.?\s+\d|\s*\d).*$", {
    "weekdays": LANGUAGES["en"].WEEKDAYS, "months": " ".join(LANGUAGES["en"].MONTHS).split()}), re.I)

#: A page footer's legal line: what follows it is rarely the article.
FOOTER_LINE = re.compile(fill(r"\b(?:{rights})\b|^\s*(?:copyright\s*)?(?:©|copyright\b|\(c\))\s*(?:\d{4})",
                              {"rights": words("RIGHTS")}), re.I)

#: Headings over lists of other articles or site sections ("More on this", "Most Read", "We Recommend"):
#: in a text dump they end the article (matched on short lines, case-insensitively).
TEXT_SECTION_HEADINGS = re.compile(r"^\W*(?:" + _any_of(words("SECTION_HEADINGS")) + r")\b", re.I)

#: A line that is a button or control label, not a credit ("Enlarge Image", "View PDF/Print Mode").
TEXT_UI_LABEL = re.compile(r"^\W*(?:enlarge|expand|view|click|tap|open|close|download|print|share|see|show|zoom|"
                           r"play|watch|launch|toggle)\b", re.I)

#: Words that make a short line furniture wherever they stand in it (sign-up boxes, legal notes).
#: (`common.PROMPT_WORDS`' pattern: the words grouped by their first letter, the same matches as their flat list.)
TEXT_CRUFT_WORDS = PROMPT_WORDS.pattern


_LITERAL_HEAD = re.compile(r"[\\()\[\]{}?*+.|^$]")


def literal_heads(fragments: tuple[str, ...]) -> tuple[str, ...] | None:
    """The literal text each regex fragment opens with, lower case ("subscri" of
    "subscri(?:be|bed)"): a case-folded text holding none of them matches none of the fragments.
    None when a fragment opens with no literal letter (no such gate can be made)."""
    heads = []
    for fragment in fragments:
        head = _LITERAL_HEAD.split(fragment, maxsplit=1)[0]  # up to the first metacharacter
        if fragment[len(head):len(head) + 1] in ("?", "*", "{"):  # ("newsletters?": the "s" may be missing)
            head = head[:-1]
        if not head.strip():
            return None
        heads.append(head.casefold())
    return tuple(dict.fromkeys(heads))


#: The literal heads of TEXT_CRUFT_WORDS: the quick "no" before the regex runs on a page's paragraph.
TEXT_CRUFT_WORD_HEADS = literal_heads(words("TEXT_CRUFT_WORDS"))

#: A consent banner's words: any line holding "cookie" and enough of these (`text_lines.CONSENT_WORDS`).
TEXT_CONSENT_WORDS = Words(words("CONSENT_WORDS"))


# ---------------------------------------------------------------- the marks of the tools that make dumps
# (`text_normalise`: what a renderer writes besides the page's text; its own words, in no page's language)

#: Marks that open a list item in some renderer's dumps (w3m: • □ ☆ ○, lynx: * + # o, inscriptis and
#: Markdown: * - +); a mark counts once several lines of the dump open with it.
LIST_MARKS = "*•·▪◦○●□■☆★+#-–"

#: Names a text-mode browser writes in brackets where an image, a frame or a form control stood
#: ("[IMG]", "[INLINE]", "[BUTTON Submit]", "(BUTTON)").
PLACEHOLDER_NAMES = Words(("IMG", "INLINE", "LINK", "USEMAP", "EMBED", "EMBEDDED", "OBJECT", "FRAME", "IFRAME",
                           "SCRIPT", "BUTTON"))
#: Those placeholders, and drawn form controls: a check box "[ ]" or "[X]", a radio button "( )", a text
#: field "____".
PLACEHOLDERS = re.compile(fill(r"\[(?:{names})(?:\s[^\[\]]*)?\]|\((?:{names})\)|\[[ xX_*]?\]|\(\s?\)|_{3,}",
                               {"names": PLACEHOLDER_NAMES.items}), re.I)

#: The headings of a text-mode browser's list of the page's links, after the page (lynx:
#: "References", "Visible links", "Hidden links:").
LINK_LIST_HEADINGS = Phrases(("References", "Visible links", "Hidden links"), end=r"\s*:?\s*$")

"""Rules both modes read (HTML pages and text dumps): furniture lines, reading time, editor's
notes, photo credits, bylines and names, written dates.

The words come from the language modules (`lang.words(FIELD)`); what is built here is the
shape of each pattern around them.
"""
from __future__ import annotations

import re

from ..vocab import Openers, Pattern, Phrases, Scanned, Words, alternation, fill
from .lang import LANGUAGES, months, words

# ---------------------------------------------------------------- furniture

#: Whole lines/blocks that are page furniture, never article text (compared case-folded).
CRUFT_LINES = frozenset(s.casefold() for s in (*words("CRUFT_LINES"), "Facebook", "Twitter", "LinkedIn", "WhatsApp",
                                               "Reddit", "Pinterest"))
#: What a furniture line opens with, literally: a comment form's and a share bar's lines, cookie, follow,
#: newsletter and affiliate notes ("Your email address will not be published", "Folgen Sie uns auf").
CRUFT_OPENERS = Openers(words("CRUFT_OPENERS"))

#: "4 min read", "Reading time: 5 minutes", "5-minute read", "Lesezeit: 4 Minuten", "5 minutos de lectura"
READING_TIME = re.compile(fill(
    r"^\s*(?:(?:{labels})\s*:?\s*)?(?:about\s+)?(\d{1,3})[\s-]*(?:min(?:ute[sn]?|utos?|s)?)\.?(?:\s+(?:{after}))?"
    r"(?:\s+time)?\s*$", {"labels": words("READING_LABELS"), "after": words("READ_AFTER_MINUTES")}), re.I)
#: A reading-time figure inside a longer line ("Nov 18, 2019 at 9:24 pm ET • 2 min read").
#: (Opening with a digit, the word boundary checked behind it: `re` scans for a digit instead of trying `\b` and
#: what follows it at every character.)
READING_TIME_IN_LINE = re.compile(fill(r"(\d(?<!\w\d)\d{0,2})[\s-]*min(?:ute[sn]?|utos?|s)?\.?\s+(?:{after})\b",
                                       {"after": words("READ_AFTER_MINUTES")}), re.I)

#: "Editor's Note: ...", "Editor’s note — ..."
EDITOR_NOTE = re.compile(r"^\s*editor[’'`]?s[’'`]?\s+note\s*[:\-–—]\s*(.+)$", re.I | re.S)

#: A paragraph or line that links one related article: "Read also: <title>", "Lire aussi : ...".
INLINE_RELATED = Phrases(words("INLINE_RELATED"), end=r"\s*[:»>|–—-]")

# ---------------------------------------------------------------- photo credits

#: Labels that introduce a picture's credit and name the picture ("Photo:", "Bildquelle:"): a line of its
#: own that opens with one credits the article's picture.
PHOTO_LABELS = words("PHOTO_LABELS")
#: Labels that introduce a photo credit ("Photo: Reuters", "Credit: AP", "Quelle: dpa"), as a regex.
CREDIT_LABEL = "(?:" + alternation((*PHOTO_LABELS, *words("SOURCE_LABELS"))) + ")"
#: The last words of those labels, case-folded ("photo", "via", "фото"): a caption that ends with none of them
#: ends with no label.
CREDIT_LABEL_ENDS = frozenset(w.split()[-1].casefold() for w in (*PHOTO_LABELS, *words("SOURCE_LABELS")))
#: Labels before a caption that are not part of it ("Image caption", "Bildunterschrift:"): one of several
#: words is a label with or without its colon, a single word only with it ("Caption of the figure").
CAPTION_LABEL = Pattern(r"^\s*(?:(?:" + alternation(words("CAPTION_LABELS")) + r")\s*[:：|]\s*|(?:"
                        + alternation(w for w in words("CAPTION_LABELS") if " " in w) + r")\s+(?=\S))", re.I)
#: A caption widget's buttons, never caption text ("hide caption", "Enlarge this image").
CAPTION_BUTTONS = Words(words("CAPTION_BUTTONS"))
#: What a dialog's button that closes it says (case-folded), or its sign ("×"): a picture in a box beside such
#: a button is the box's ("make us your home page", "turn off your ad blocker" and their steps), not the article's.
CLOSE_BUTTONS = frozenset((*(w.casefold() for w in words("CLOSE_BUTTONS")), "×", "✕", "✖", "x"))
#: The label that closes a link to more of a list, in an element of its own (case-folded): "Trump Impeachment
#: Inquiry <span>More</span>" is a block's heading that links its topic's page, not an article's title.
MORE_BUTTONS = frozenset(w.casefold() for w in words("MORE_BUTTONS"))
#: Credits that name no one but say where the picture came from: at the end of a caption they are
#: its credit ("Jane Roe Submitted photo").
BARE_CREDITS = words("BARE_CREDITS")
#: The label of an advertisement ("Anzeige", "Publicité"), case-folded: a figure captioned so is an ad.
AD_LABELS = frozenset(w.casefold() for w in words("AD_LABELS"))
#: What a script fills in, left as a line: an advertisement's label and one word, the ad network's name
#: ("Anzeige symplr", "Publicité Taboola"), or a gallery's label, its number and a word at most ("Gallery 1",
#: "Slideshow #2", "Gallery 1 here"). A heading or a sentence about advertising or a gallery is longer.
SLOT_LABEL = Pattern(r"^\W*(?:(?:" + alternation(words("AD_LABELS")) + r")\b\W*\w+|(?:"
                     + alternation(words("GALLERY_LABELS")) + r")\s*#?\d{1,3}(?:\s+\w+)?)\W*$", re.I)
#: How a caption written as a paragraph under its picture opens: a numbered label ("Figure 2:", "Abb. 3."),
#: a place ("Above:", "[Oben: ..."), or words that say "pictured is" ("图为").
FIGURE_LABELS, PLACE_LABELS, PICTURED = words("FIGURE_LABELS"), words("PLACE_LABELS"), words("PICTURED")
CAPTION_OPENER = Pattern(r"^\s*[\[(]?\s*(?:(?:" + alternation(FIGURE_LABELS) + r")\s*\d{1,3}\s*[:.：]|(?:"
                         + alternation(PLACE_LABELS) + r")\s*:|" + alternation(PICTURED) + ")", re.I)
#: A caption that is only a gallery's or a loader's furniture ("Slideshow", "12 photos", "Image 3").
NOT_A_CAPTION = Pattern(r"^\W*(?:" + alternation(words("GALLERY_LABELS")) + r"|\d+\s+(?:images|photos|pictures|"
                        r"bilder|fotos)|(?:image|photo|foto|bild)\s*\d*)\W*$", re.I)
#: The words of a sign-up box or an embed's consent notice ("Subscribe to ...", "Datenschutzerklärung"): a
#: figure captioned with one is no picture of the article (the text-dump mode's furniture words).
def _by_first_letter(fragments: tuple[str, ...]) -> str:
    """An alternation of regex `fragments` grouped by their first letter, behind a test of those letters
    ("(?=[ns])(?:n(?:ewsletters?)|s(?:ubscribe|ign up))"): under re.I, `re` enters each branch of a flat
    list in turn at every place it tries; grouped, one for each letter (three times faster on captions).
    Matches what the flat list matches; a list with a fragment that opens with no plain letter (a
    group, a letter under a quantifier) stays flat."""
    if not fragments or not all(f[0].isalpha() and f[1:2] not in ("?", "*", "+", "{") for f in fragments):
        return "(?:" + "|".join(fragments) + ")"
    groups: dict[str, list[str]] = {}
    for f in fragments:
        groups.setdefault(f[0].lower(), []).append(f[1:])
    return f"(?=[{''.join(sorted(groups))}])(?:" + "|".join(
        f"{letter}(?:{'|'.join(rest)})" for letter, rest in sorted(groups.items())) + ")"


PROMPT_WORDS = Pattern(r"\b" + _by_first_letter(words("TEXT_CRUFT_WORDS")) + r"\b", re.I)
#: Agencies (acronyms in capitals: "ePA" is a word of its own) and words that mark a bracketed tail as a
#: credit rather than an aside.
CREDIT_WORDS = re.compile(
    r"(getty|reuters|(?-i:\bAP\b|\bAFP\b|\bEPA\b)|shutterstock|alamy|istock|images?\b|photo|pictures|press|agency|"
    r"contributor|staff|courtesy|©|\(c\)|wikimedia|creative commons|\bcc\b|unsplash|handout|pool|"
    r"/)", re.I)
#: A caption's credit after a "Credit..." label in the caption line ("... He didn't get it. Credit... D. Mills/NYT").
CREDIT_TAIL = re.compile(r"^(?P<cap>.*?\S)\s*\b(?:photo\s+)?credit(?:s)?\s*(?:\.{2,}|…|:)\s*(?P<credit>\S.{1,120})$",
                         re.I)
#: A photo agency or credit phrase as whole words: tells a bare credit line ("Getty Images", "AP Photo/...").
CREDIT_AGENCY = re.compile(
    r"\b(?:getty(?: images)?|reuters|ap photo|associated press|afp|epa|efe|dpa|anadolu|shutterstock|alamy|"
    r"istock(?:photo)?|unsplash|pexels|wikimedia(?: commons)?|creative commons|handout|pool photo|courtesy|"
    r"photo(?:graph)?s?|images?|illustration|(?-i:AP|UPI|AFP|EPA|TASS|ANP|PA))\b", re.I)

# ---------------------------------------------------------------- bylines and names

#: The word of a byline in every language ("By", "Von", "Par", ...).
BY = words("BY")
_LEADS = words("BYLINE_LEADS")
_LABELS = words("AUTHOR_LABELS")
#: Words between a date label or a name and what follows ("on", "am", "le").
DATE_LINKS = words("DATE_LINKS")

#: A byline line: "By Jane Doe", "Von Max Muster", "Posted by ...", "Author: ...".
BYLINE = re.compile(fill(r"^\s*(?:(?:(?:{leads})\s+)?(?:{by})\b[\s:]+|(?:{labels})\s*:\s*)(?P<name>.+)$",
                         {"leads": _LEADS, "by": BY, "labels": _LABELS}), re.I)
#: A by-word opening a byline's text ("By: ", "Von ").
BY_PREFIX = re.compile(fill(r"^\s*({by})\s*[:\s]\s*", {"by": BY}), re.I)
#: What a byline's text opens with before the names: a lead and a by-word (or a word that opens a
#: byline the same way without marking one elsewhere: "From", "Vom"), or a label.
BYLINE_PREFIX = re.compile(fill(
    r"^\s*(?:(?:{leads})\s+)?(?:{by})\s*[:\s]\s*|^\s*(?:{labels})\s*[:：\-]?\s*",
    {"leads": _LEADS, "by": (*BY, "vom", "from"), "labels": _LABELS}), re.I)
#: What follows the names in a byline: a date link, a separator, a date, an update note.
BYLINE_TAIL = re.compile(fill(
    r"\s+(?:(?-i:{links})|@|\||–|—|-|•|·)(?:\s+.*)?$|\s*[|•·,]?\s*(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|"
    r"\d{4}-\d{2}-\d{2}|(?:updated|published|posted|aktualisiert)\b).*$|"
    r"\s+(?:{labels})\b(?=\s*(?::|\d|(?:{links})\b)).*$|"  # "Anna Berger Veröffentlicht am 12.03.2021"
    r"\s+(?:{writes_for})\s+\S.*$",  # "John Doe for Reuters"
    {"links": DATE_LINKS, "labels": words("DATE_LABELS"), "writes_for": words("WRITES_FOR")}), re.I)
#: Separators between the names of a byline ("A, B and C", "A und B"); a byline never opens with an "and":
#: "ET Online" is no "et" and "Online".
NAME_SPLIT = re.compile(fill(r"\s*(?:;|,|(?<!^)\b(?:{and})\b|&|\||(?<=\s)/(?=\s))\s*", {"and": words("AND")}), re.I)
#: A parenthesis that closes a byline's name: an agency, a handle, a note ("Jane Roe (AFP)"), no part of the name.
NAME_PARENTHESIS = re.compile(r"(?<=\S)\s*\([^()]*\)$")
#: Job titles (lower case) written after a byline's name ("Jane Roe, Senior Reporter", "Anna Berger,
#: Redakteurin", "Jane Roe Contributor"): a part of a byline that ends with one names a role, no person.
ROLES = frozenset(w.casefold() for w in words("ROLES"))
#: What stands before a name that someone other than the article's author is credited with: a translator, an
#: editor, the site's makers ("Revised edition edited by", "Übersetzung", "Content Management by"): the
#: text before the name ends with one of `OTHER_CREDITS`, then a by-word or a colon at most.
OTHER_CREDIT = re.compile(fill(r"\b(?:{other})\s*(?:(?:{by})\b)?[\s:：]*$",
                               {"other": words("OTHER_CREDITS"), "by": BY}), re.I)
#: Wire copy's closing credit of its reporters, at a line's start, in parentheses or not ("(Reporting by Jane Roe
#: in London and John Doe; Editing by Ann Lee)"): `names` up to the next credit (";") or the parenthesis' end.
#: ("Additional reporting by" credits helpers: it opens no line.)
WIRE_REPORTERS = re.compile(fill(r"^[ \t]*\(?[ \t]*(?:{lead})\b[ \t]*:?[ \t]*(?:\n[ \t]*)?(?P<names>[^;()\n]{3,160})(?=[;)]|$)",
                                 {"lead": words("WIRE_REPORTING")}), re.I | re.M)
#: Those openers as the page's folded text (`Page.shown`: ASCII lower case) holds them: the credit is looked
#: for only on a page that writes one (the search over every line costs ~9M instructions a page).
WIRE_REPORTING_SHOWN = tuple(w.lower().encode() for w in words("WIRE_REPORTING"))
#: The place after a reporter's name in that credit ("Jane Roe in London", "in New York").
REPORTED_FROM = re.compile(fill(r"\s+(?i:{at})\s+[A-ZÀ-Ý][\w.'’-]*(?:\s+[A-ZÀ-Ý][\w.'’-]*)*",
                                {"at": words("REPORTED_FROM")}))
#: Words inside names ("van", "Di"), as written.
NAME_PARTICLES = words("NAME_PARTICLES")
#: A by-word inside a name before a capitalised word starts the name ("Disko Von Ernst Lohoff"), in
#: each way it is written (lower case, capitalised) that is not a name particle ("Mark Di Stefano").
INNER_BY = re.compile(r"\s(?:" + "|".join(
    re.escape(form) for by in BY for form in dict.fromkeys((by.capitalize(), by)) if form not in NAME_PARTICLES)
                      + r")\s+(?=[A-ZÀ-Ý])")
#: The social networks a site or an author asks the reader to follow them on, as whole words ("Follow us on
#: Twitter @site or Facebook." closing a paragraph is furniture, not the paragraph's).
SOCIAL_NETWORK_NAMES = ("facebook", "twitter", "instagram", "linkedin", "threads", "bluesky", "mastodon", "youtube",
                        "tiktok", "telegram", "whatsapp", "pinterest", "flipboard")
SOCIAL_NETWORKS = Pattern(r"\b(?:" + "|".join((*SOCIAL_NETWORK_NAMES, "x")) + r")\b", re.I)
#: Words that are never (part of) a person's name in a byline: links and labels around it.
NOT_NAME_WORDS = Words((*words("NOT_NAME_WORDS"), "admin*", "wordpress*", "google", "facebook", "twitter", "youtube",
                        "instagram", "disqus", "jetpack", "blogger"))
#: A login a site made up, not a name: a word for a user and a number ("user5105", "guest_12").
GENERATED_LOGIN = re.compile(r"(?:user|guest|member|anonymous|anon|benutzer|utilisateur|usuario)[-_.]?\d+", re.I)
#: A company's legal form, written after its name ("Acme Inc", "Olympia-Verlag GmbH"): what follows the name
#: in a credit is the company's address, no person ("Olympia-Verlag GmbH, Nürnberg, Germany").
LEGAL_FORMS = Words(("inc", "ltd", "gmbh", "llc", "plc", "corp", "ag"))
#: Words that mark a byline as an organisation, not a person (whole words; or a domain name).
ORG_WORDS = Words((*words("ORG_WORDS"), "reuters", "afp", "ap", "dpa", "apa", "efe", "ansa", "upi", "tv", "radio",
                   *LEGAL_FORMS.items), extra=r"\.\w{2,4}\b")
#: Day names (lower case): a day glued to a byline's name ("Jane Roe Monday") is no part of it.
WEEKDAYS = frozenset(words("WEEKDAYS"))
#: Degrees and name suffixes written after a name ("Jane Roe, MS, RD", "John Smith Jr."): no names of
#: their own (lower case, without dots).
POSTNOMINALS = frozenset((
    "md", "phd", "ms", "ma", "ba", "bs", "bsc", "msc", "mba", "mph", "mpa", "rd", "rdn", "ld", "ldn", "rn", "np", "do",
    "dds", "dmd", "dvm", "jd", "llm", "cpa", "cfa", "psyd", "edd", "dnp", "mfa", "msw", "lcsw", "cde", "cdces",
    "cscs", "facp", "faan", "frcp", "mrcp", "jr", "sr", "ii", "iii", "iv",
))
#: What follows a commenter's name ("Jane says:").
SAYS = words("SAYS")
#: What stands before a name over a biography ("About Jane Doe", "Über ...").
ABOUT = words("ABOUT")
#: A biography's opening: the name, then one of these verbs ("Jane Doe is a senior editor ...").
BIO_VERBS = re.compile(rf"^(?:{alternation(words('BIO_VERBS'))})\b", re.I)

# ---------------------------------------------------------------- dates

#: Month names and abbreviations (lower case) -> the month's number.
MONTHS = months()
_DAY = r"(?P<d>\d{1,2})"
_YEAR = r"(?P<y>(?:19|20)\d{2})"
#: Around a month's name (`dates.text_date` finds every name the text holds in one scan): the day before it
#: and the year after it ("13. Januar 2014", "13 de enero de 2020", "1er mai 2015"), or the year before it
#: and the day after it ("2019. március 5."). Each is matched at the name's side (before: ending where it
#: starts; after: starting where it ends).
DAY_BEFORE_MONTH = re.compile(fill(r"(?<!\w)" + _DAY + r"(?:{ordinals})?\.?\s+(?:(?:{of})\s+)?$",
                                   {"ordinals": words("ORDINALS"), "of": words("DATE_OF")}), re.I)
YEAR_AFTER_MONTH = re.compile(fill(r"\.?,?\s+(?:(?:{of})\s+)?" + _YEAR + r"\b", {"of": words("DATE_OF")}), re.I)
YEAR_BEFORE_MONTH = re.compile(r"(?<!\w)" + _YEAR + r"\.?\s+$")
DAY_AFTER_MONTH = re.compile(r"\.?\s+" + _DAY + r"\b")
#: "Nov 18, 2019", "November 18th, 2019": month name, day, year (English's order, its ordinals);
#: tried only where a month name stands.
MONTH_DAY_YEAR = Scanned(r"\b(?P<mon>{months})\.?\s+" + _DAY + r"(?:{ordinals})?,?\s+" + _YEAR + r"\b",
                         flags=re.I, starts=("months",), months=tuple(MONTHS),
                         ordinals=LANGUAGES["en"].ORDINALS)

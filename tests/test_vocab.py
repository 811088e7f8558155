"""Vocabulary types (scraper/extract/vocab.py) and the rules built with them (scraper/extract/rules/).

The parametrised test at the end takes every item of every vocabulary the rules define and
checks that the fast path finds it (a gate, an Aho-Corasick scan, a CSS prefilter, a word
split without regexes) and that the plain pattern finds it too.
"""
from __future__ import annotations

import random
import re
import sys

import pytest

from scraper.extract import dates
from scraper.extract.clean import _WORD, _words_of
from scraper.extract.dom import class_tokens, has_ancestor, parse
from scraper.extract.index import PageIndex
from scraper.extract.page import Page
from scraper.extract.rules import common, html, text
from scraper.extract.rules.lang import CODES, FIELDS, LANGUAGES, months, words
from scraper.extract.vocab import (MARKS, ClassStems, ClassTokens, ClassWords, MetaKeys, Phrases, RankedSelectors,
                                   Scanned, Words, _cased_as, _ODD_CASE, _trie, alternation, fill, has_odd_case,
                                   prefix_gate, word_gate)

# ---------------------------------------------------------------- the types


def test_phrases_prefer_the_longest_phrase_and_keep_their_end():
    p = Phrases(("related", "related articles", "more"), end=r"\s*:")
    assert p.match("Related Articles: x").group(0) == "Related Articles:"
    assert p.match("  more : x") is not None and p.match("moreover: x") is None
    assert p.first_words == ("related", "more")
    assert word_gate(p).match(" Related") and not word_gate(p).match("x related:") and not word_gate(p).match("Rel")


@pytest.mark.parametrize("end", [r"\b", r"\s*[:»]", r"(?:(?<=[\u3040-\u30ff\u3400-\u9fff])|(?!\w))"])
def test_a_table_of_phrases_matches_as_their_pattern_does(end: str):
    # a table looks a text's opening up instead of compiling the phrases: the same matches, the same ends,
    # in any case as re.IGNORECASE reads it ("İLGİLİ", "ILGILI" for "ılgılı"; a final sigma in capitals)
    items = ("related", "related articles", "more on", "ilgili haberler", "bunları da okuyun", "διαβάστε επίσης",
             "関連記事", "यह भी पढ़ें", "k tématu", "don't miss")
    table, plain = Phrases(items, end=end, lead=MARKS, table=True), Phrases(items, end=end, lead=MARKS)
    texts = [*items, "Related Articles: x", "» RELATED: y", "relatedness", "İLGİLİ HABERLER", "BUNLARI DA OKUYUN",
             "ΔΙΑΒΆΣΤΕ ΕΠΊΣΗΣ", "【関連記事】一覧", "関連記事一覧", "यह भी पढ़ें: x", "K tématu", "k", "", "  ", "Don't miss:",
             "more", "more onward", "More on: this"]
    for text in texts:
        want, got = plain.pattern.match(text), table.match(text)
        assert (want and want.group(0)) == (got and got.group(0)), text
        assert bool(plain.word_gate.match(text)) == table.opens(text), text


def test_folding_translates_only_a_text_that_holds_a_letter_lower_case_leaves_apart():
    # (`_fold` asks a search before `str.translate`, which costs a dict look-up and a LookupError a character)
    from scraper.extract.vocab import _FOLD_FIXES, _fold
    odd = "".join(map(chr, _FOLD_FIXES))
    rnd = random.Random(5)
    alphabet = odd + "aZé Ü日本語Σς İıΔ·-"
    texts = [*odd, odd.upper(), "ΔΙΑΒΆΣΤΕ ΕΠΊΣΗΣ", "Straſſe", "日本語", "İLGİLİ", "", "ascii only"]
    texts += ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 12))) for _ in range(5000)]
    for t in texts:
        low = t.lower()
        if len(low) != len(t):
            low = "".join([c.lower()[0] for c in t])
        assert _fold(t) == low.translate(_FOLD_FIXES), t


def test_prefix_gate_matches_where_a_text_starts_with_one_of_its_words():
    words_ = ("read", "related", "recommended", "lee", "leer", "à", "don't", "dont", "see", "sur", "a")
    gate = re.compile(prefix_gate(words_), re.I)
    assert gate.pattern.count("lee") == 1  # "leer" starts with "lee": one test covers both
    rnd = random.Random(3)
    for _ in range(5000):
        t = "".join(rnd.choice("readltcomnsuà'e ") for _ in range(rnd.randint(0, 8)))
        assert bool(gate.match(t)) == any(t.lower().startswith(w) for w in words_), t
    assert _trie(["ab", "ac", "b"]) == "(?:a(?:b|c)|b)"


def test_alternation_tries_the_longest_first_and_reads_a_star_as_the_rest_of_a_word():
    items = ("a", "abc", "ab", "A", "bd", "x y")
    assert alternation(items) == "(?=[abx])(?:a(?:bc?)?|bd|x\\ y)"
    for sample in ("abcd", "ab", "a", "bd", "x y", "abx"):
        flat = re.match("abc|ab|a|bd|x y", sample)
        assert re.match(alternation(items), sample).group(0) == flat.group(0)
    assert re.fullmatch(alternation(("admin*", "ad")), "administrator") and alternation(()) == "(?!)"


@pytest.mark.parametrize("items", [
    ("cookie", "consent", "datenschutz*", "zustimm*", "third-party", "İstanbul", "ſtar", "Kelvin", "ßtraße"),
    (*words("CONSENT_WORDS"),),
    (*common.NOT_NAME_WORDS.items,),
])
def test_a_list_with_a_starred_word_behind_its_first_letters_finds_what_the_flat_list_finds(items):
    # (the flat alternation of a list holding "word*" is tried behind a test of its first letters: the same
    # matches, in the same places, under re.I's odd folds too: "ſ" is "s", "K" (Kelvin) is "k", "İ" is "i")
    guarded = alternation(items)
    assert guarded.startswith("(?=[")
    flat = "|".join(re.escape(i[:-1]) + r"\w*" if i.endswith("*") else re.escape(i)
                    for i in sorted(dict.fromkeys(items), key=lambda i: (-len(i.rstrip("*")), i)))
    old = re.compile(rf"\b(?:{flat})\b", re.I)
    new = re.compile(rf"\b(?:{guarded})\b", re.I)
    rng = random.Random(11)
    texts = ["", "cookie", "COOKIES and Consent", "Datenschutzerklärung, zustimmen", "ſtar KELVIN İstanbul",
             "ıstanbul ſtraße SSTRASSE", "xcookie cookiex third-party", " third party ", "Cookie-Einstellungen",
             "Tracking-Partner über Drittanbieter-Cookies", "ÇOOKIE çookie", "\u212aelvin \u212akelvin"]
    texts += [" ".join(rng.choice(items).rstrip("*").upper() if rng.random() < .3 else rng.choice(items).rstrip("*")
                       + rng.choice(["", "s", "x", "-", " ", "ß"]) for _ in range(6)) for _ in range(200)]
    for text in texts:
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)], text


def test_words_are_whole_words():
    w = Words(("staff", "admin*"), suffix="s?", extra=r"\.\w{2,4}\b")
    assert w.search("The STAFFS") and w.search("Administrators") and w.search("example.com")
    assert not w.search("staffing")


def test_scanned_finds_what_finditer_finds():
    s = Scanned(r"\b(?:{heads})\s*(?:by|:)\s*(?P<name>\w+)|^[ \t]*(?:{by})\s+(?P<n2>\w+)", flags=re.M | re.I,
                starts=("heads",), line_starts=("by",), heads=("posted", "author"), by=("by",))
    sample = "Intro\nPOSTED BY Ann and more\n  by Bo\nauthor: Cy, Author:Dee\nnearby Ed\nby"
    expected = [m.span() for m in s.pattern.finditer(sample)]
    assert [m.span() for m in s.finditer(sample)] == expected and len(expected) == 4
    odd = sample.replace("POSTED", "PO\u017fTED")  # re.IGNORECASE reads "ſ" as "s": the slow scan keeps that
    assert [m.span() for m in s.finditer(odd)] == [m.span() for m in s.pattern.finditer(odd)]
    with pytest.raises(ValueError):
        Scanned(r"\bx", heads=("a",))  # no start words
    with pytest.raises(ValueError):
        Scanned(r"\bx", starts=("heads",), heads=("a",))  # the template lacks {heads}


def test_odd_case_lists_every_character_ignorecase_reads_as_ascii():
    """The fast scans (`Scanned`, and the page-text tests before a selection) look for ASCII words in
    text whose ASCII letters alone are lowered; a text holding one of the characters `re.IGNORECASE`
    matches to an ASCII letter takes the slow path. Every such character of Unicode is listed."""
    ascii_letter = re.compile("[a-z]", re.I).fullmatch
    readers = {chr(cp) for cp in range(0x80, sys.maxunicode + 1) if ascii_letter(chr(cp))}
    assert readers == set(_ODD_CASE)  # İ ı ſ K
    assert all(has_odd_case(f"x{c}y") for c in readers) and not has_odd_case("Straße, Ärger, Ωmega")


def test_scanned_finds_words_whose_letters_beyond_ascii_stand_in_capitals():
    # the scan reads the text's UTF-8 with ASCII letters lowered, and each word in every case of its other letters
    s = Scanned(r"\b(?:{heads})\s*:\s*(?P<name>\w+)", flags=re.I, starts=("heads",),
                heads=("veröffentlicht", "автор", "λόγος", "straße", "ångström"))
    sample = ("VERÖFFENTLICHT: a, VeröffentLicht: b\nАВТОР: c Автор: d\n\u039b\u038c\u0393\u039f\u03a3: e "
              "STRA\u1e9eE: f \u212bngström: g, xавтор: h, автор2: i")
    expected = [m.span() for m in s.pattern.finditer(sample)]
    assert [m.span() for m in s.finditer(sample)] == expected and len(expected) == 7
    assert s._byte_scanner is not None and html.BYLINE_TEXT._byte_scanner is not None
    assert common.MONTH_DAY_YEAR._byte_scanner is None  # (Cyrillic month names: too many case forms, the str scan)


def test_every_character_that_lowers_to_a_letter_is_one_of_its_case_forms():
    for code in range(sys.maxunicode + 1):
        x = chr(code)
        for low in {x.lower(), ("a" + x).lower()[1:]}:  # ("Σ" ends a word as "ς")
            if len(low) == 1 and low != x and not low.isascii():
                assert x in _cased_as(low), hex(code)


def test_the_written_byline_scan_finds_what_finditer_finds():
    sample = ("Some prose nearby and a baby.\nPosted  by Ann Lee, Mar 3\nText\tvon Bernd Maier\n"
              "beitrag\nvon Carla Diaz\nAuthor: Dan Roe\n12.03.2021 \u2014 by Eva Ott\npubli\u00e9 par Fabienne Roux\n"
              "stand by Me\n_posted by Gus Ha \u201cquoted\u201d")
    expected = [m.span() for m in html.BYLINE_TEXT.pattern.finditer(sample)]
    assert [m.span() for m in html.BYLINE_TEXT.finditer(sample)] == expected and len(expected) == 6



def test_a_line_of_a_million_line_words_is_scanned_in_linear_time():
    """Each line word's line start was searched back from the word: a line of n "by " cost n
    searches back over it (~20 s for a million); now each line is searched back once."""
    import time

    line = "by " * 1_000_000
    started = time.monotonic()
    found = list(html.BYLINE_TEXT.finditer(line + "\nBy Jane Doe\n"))
    assert time.monotonic() - started < 15  # (a generous bound: about 1 s here; the old scan took over 20 s)
    assert [m.group("name") for m in found] == ["Jane Doe"]
    sample = "x By y\nBy Ann Lee\n  by Bo Ek, and by Cy\nnearby Ed"
    assert [m.span() for m in html.BYLINE_TEXT.finditer(sample)] == \
        [m.span() for m in html.BYLINE_TEXT.pattern.finditer(sample)]

@pytest.mark.parametrize("name", ["BYLINE_TEXT", "DATE_LABEL", "MONTH_DAY_YEAR"])
def test_scanned_rules_find_what_finditer_finds_in_random_texts(name: str) -> None:
    vocab = getattr(html, name, None) or getattr(common, name)
    pieces = [w for lst in vocab.lists.values() for w in lst] + [
        "Jane Doe", "Ann", " ", " ", "\n", "\n", "12.03.2021", "\u2014", "-", ":", ",", "x", "did", "18", "2019", "am",
        "\u00e9", "\u0130", "_", "Stand"]
    rnd = random.Random(name)
    for _ in range(3000):
        sample = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 14)))
        assert [m.span() for m in vocab.finditer(sample)] == [m.span() for m in vocab.pattern.finditer(sample)], sample


def test_class_tokens_check_their_selection_and_their_spelling():
    with pytest.raises(ValueError, match="misses"):
        ClassTokens(("related", "more-news"), css="[class*=related]")
    with pytest.raises(ValueError, match="lower-case"):
        ClassTokens(("Related",))
    tokens = ClassTokens(("related-posts", "recirc")) | {"onward"}
    assert set(tokens) == {"related-posts", "recirc", "onward"} and len(tokens - {"recirc"}) == 2


def test_class_stems_skip_the_letters_a_stem_must_not_stand_before():
    stems = ClassStems(("comment", "share"), not_before={"comment": "ary"})
    assert stems.found("sect_commentlinks") and not stems.found("commentary") and stems.found("commentary-share")
    assert not stems.pattern.search("commentary") and stems.pattern.search("comments")
    with pytest.raises(ValueError):
        ClassStems(("a",), not_before={"b": "c"})
    with pytest.raises(ValueError):
        ClassWords(("side-bar",))


def test_ranked_selectors_read_simple_compounds_only():
    with pytest.raises(ValueError):
        RankedSelectors("div > p")
    with pytest.raises(ValueError):
        RankedSelectors("[class~=x]")


def test_meta_keys_take_the_first_value_of_the_first_key():
    keys = MetaKeys("og:title", "title")
    assert keys.first({"title": ["B"], "og:title": ["", "A"]}) == "A" and keys.first({}) is None
    with pytest.raises(ValueError):
        MetaKeys("OG:title")


# ---------------------------------------------------------------- the language modules


def test_language_modules_set_only_known_fields_and_twelve_months():
    for code, module in LANGUAGES.items():
        assert {n for n in vars(module) if n.isupper()} <= FIELDS, code
        assert len(getattr(module, "MONTHS", ())) in (0, 12), code
    assert list(LANGUAGES) == list(CODES)
    assert months()["märz"] == 3 and months()["dez"] == 12
    with pytest.raises(ValueError):
        words("BYLINE_WORDS")


def test_a_by_word_splits_a_name_only_where_it_is_no_name_particle():
    from scraper.extract.bylines import person_names
    assert person_names("Disko Von Ernst Lohoff") == ["Ernst Lohoff"]
    assert person_names("Mark Di Stefano") == ["Mark Di Stefano"]
    assert person_names("Ursula von der Leyen") == ["Ursula von der Leyen"]


# ---------------------------------------------------------------- every item of every vocabulary

_RULES = (common, html, text)
_TYPES = (Phrases, Words, Scanned, ClassTokens, ClassWords, ClassStems, MetaKeys, RankedSelectors)


def _vocabularies() -> dict[str, object]:
    found: dict[int, tuple[str, object]] = {}
    for module in _RULES:
        for name, value in vars(module).items():
            values = value if isinstance(value, tuple) and value and isinstance(value[0], MetaKeys) else (value,)
            for i, v in enumerate(values):
                if isinstance(v, _TYPES) and id(v) not in found:
                    label = f"{module.__name__.rsplit('.', 1)[1]}.{name}" + (f"[{i}]" if len(values) > 1 else "")
                    found[id(v)] = (label, v)
    return dict(found.values())


VOCABULARIES = _vocabularies()

#: How a text that holds one item reads, for each vocabulary whose matches need more than the item.
PHRASE_SAMPLES = {"common.INLINE_RELATED": "{}: A title of another story", "html.MORE_HEADINGS": "{} great stories",
                  "html.INLINE_LABELS": "{}: A title of another story",
                  "html.INLINE_LONG_LABELS": "{} on our site: A title of another story",
                  "text.LINK_LIST_HEADINGS": "{}:", "html.RELATED_HEADINGS": "{} and the rest",
                  "html.RECOMMENDED_HEADINGS": "{} and the rest", "html.NOT_RELATED_HEADINGS": "{} and the rest",
                  "html.LATEST_HEADINGS": "{}:"}
SCANNED_SAMPLES = {
    "html.BYLINE_TEXT": {"leads": "Intro line.\n{} by Jane Doe\n", "labels": "Intro.\n{}: Jane Doe\n",
                         "by": "Intro line.\n{} Jane Doe\n"},
    "html.DATE_LABEL": {"labels": "Some text {} 12 May 2020"},
    "common.MONTH_DAY_YEAR": {"months": "Posted {} 18, 2019 at noon"},
}


def _cases() -> list[tuple[str, str]]:
    cases = []
    for name, vocab in VOCABULARIES.items():
        if isinstance(vocab, Phrases | Words):
            items = vocab.items
        elif isinstance(vocab, Scanned):
            items = tuple(f"{lst}:{w}" for lst in (*vocab.starts, *vocab.line_starts) for w in vocab.lists[lst])
        elif isinstance(vocab, ClassTokens):
            items = tuple(sorted(vocab.tokens))
        elif isinstance(vocab, ClassStems):
            items = vocab.stems
        elif isinstance(vocab, RankedSelectors):
            items = tuple(str(i) for i in range(len(vocab.selectors)))
        else:
            items = tuple(sorted(vocab))  # ClassWords, MetaKeys
        cases += [(name, item) for item in items]
    return cases


def test_every_vocabulary_type_is_covered():
    assert {type(v) for v in VOCABULARIES.values()} == set(_TYPES)
    for name, vocab in VOCABULARIES.items():
        if isinstance(vocab, Scanned):
            assert name in SCANNED_SAMPLES, f"add a sample text for {name}"
        if isinstance(vocab, Phrases) and vocab.end != r"\b":
            assert name in PHRASE_SAMPLES, f"add a sample text for {name}"


@pytest.mark.parametrize(("name", "item"), _cases())
def test_every_item_is_found_by_the_fast_path_and_the_plain_pattern(name: str, item: str) -> None:
    vocab = VOCABULARIES[name]
    if isinstance(vocab, Phrases):
        for sample in (PHRASE_SAMPLES.get(name, "{} and the rest").format(item), " " + item.upper() + " x"):
            if sample.startswith(" ") and name in PHRASE_SAMPLES:
                continue
            assert vocab.match(sample), sample  # the plain pattern
            assert word_gate(vocab).match(sample) and vocab.word_gate.match(sample), sample  # the gates
    elif isinstance(vocab, Words):
        word = item[:-1] + "ing" if item.endswith("*") else item
        assert vocab.search(f"Some {word} here") and vocab.search(f"({word.upper()})")
    elif isinstance(vocab, Scanned):
        lst, word = item.split(":", 1)
        # (a word whose capitals are longer, "μαΐου" -> "ΜΑΪ́ΟΥ", is no case-insensitive match of itself)
        forms = (word, word.upper()) if len(word.upper()) == len(word) else (word,)
        for sample in (SCANNED_SAMPLES[name][lst].format(form) for form in forms):
            plain = [m.span() for m in vocab.pattern.finditer(sample)]
            assert plain, sample
            assert [m.span() for m in vocab.finditer(sample)] == plain, sample  # the Aho-Corasick scan
    elif isinstance(vocab, ClassTokens):
        # (a token of three words or more is a whole class name: `class_tokens` joins pairs and whole names)
        inside = (f"x {item}-box",) if item.count("-") <= 1 else ()
        for written in (item, *inside, item.replace("-", "_")):
            tree = parse(f'<html><body><div class="{written}"><p>text</p></div></body></html>')
            div, p = tree.css_first("div"), tree.css_first("p")
            assert item in class_tokens(div)  # the plain token split
            assert has_ancestor(p, vocab)  # the prefilter, then the tokens
            if vocab.css and written != item.replace("-", "_"):  # the selection (an "_" for a "-" is not one)
                names = PageIndex(tree)
                assert div in names.css(tree, vocab.css) and div in tree.css(vocab.css)
    elif isinstance(vocab, ClassWords):
        for value in (f"x-{item}-2", f"top{item.capitalize()}" if item.isalpha() else item):
            words_, _ = _words_of.__wrapped__(value)
            assert item in words_ and item in {w.lower() for w in _WORD.findall(value)}, value
    elif isinstance(vocab, ClassStems):
        for value in (f"x_{item}_y", f"the{item}"):
            assert vocab.found(value) and vocab.pattern.search(value), value
    elif isinstance(vocab, MetaKeys):
        metas = Page(f'<html><head><meta name="{item}" content="Value"></head><body></body></html>').metas
        assert vocab.first(metas) == "Value" and MetaKeys(item).first(metas) == "Value"
    elif isinstance(vocab, RankedSelectors):
        i = int(item)
        for alt in vocab.selectors[i].split(","):
            anc, tag, tests = vocab._compound(alt.strip())
            attrs = " ".join(f'{n}="{"x" + v + "x" if op == "*=" else v}"' if op else n for n, op, v in tests)
            inner = f"<{tag or 'span'} {attrs}>2020-01-02</{tag or 'span'}>"
            tree = parse(f"<html><body>{f'<{anc}>{inner}</{anc}>' if anc else inner}</body></html>")
            node = tree.css(vocab.css)[0]
            assert vocab.rank(node) == i == next(j for j, s in enumerate(vocab.selectors) if node.css_matches(s))
    else:  # pragma: no cover - a new type needs its case here
        raise AssertionError(type(vocab))


@pytest.mark.parametrize(("name", "number"), sorted(months().items()))
def test_every_month_name_is_read_day_first_and_month_first(name: str, number: int) -> None:
    assert dates.text_date(f"am 13. {name} 2020") == f"2020-{number:02d}-13"
    assert dates.text_date(f"{name.capitalize()} 13, 2020") == f"2020-{number:02d}-13"


def test_literal_heads_gate_every_fragment_of_a_word_list():
    from scraper.extract.rules.text import TEXT_CRUFT_WORD_HEADS, TEXT_CRUFT_WORDS, literal_heads

    assert literal_heads((r"newsletters?", r"subscri(?:be|ption)", r"log ?in to", r"privacy policy")) == (
        "newsletter", "subscri", "log", "privacy policy")
    assert literal_heads((r"news", r"(?:sign|log) up")) is None  # no literal opening: no gate
    assert literal_heads((r"\d+ comments",)) is None
    # every text the list matches holds one of its heads
    for text in ("Sign up for our NEWSLETTERS", "Subscription", "Terms of use", "Datenschutzerklärung",
                 "politique de confidentialité", "Log in to comment"):
        assert TEXT_CRUFT_WORDS.search(text)
        assert any(head in text.casefold() for head in TEXT_CRUFT_WORD_HEADS)


def test_by_first_letter_matches_what_the_plain_alternation_matches():
    import re

    from scraper.extract.rules.text import _any_of, by_first_letter

    fragments = (r"share (?:this|on)", r"sign (?:up|in)", r"subscribe", r"(?:get|join) our newsletter", r"\d+ of \d+",
                 r"©", r"s?print", r"tags?:", r"(?:related )?topics\W*$", r"\(c\) ?\d{4}", r"(?:\w+ )?ago", r"(?=\d)\w+ min")
    plain = re.compile(r"^\s*(?:" + _any_of(fragments) + ")", re.I)
    grouped = re.compile(r"^\s*(?:" + by_first_letter(fragments) + ")", re.I)
    assert grouped.pattern.count("(?=") > plain.pattern.count("(?=") + 4  # (group openings get lookaheads too)
    for text in ("Share this", "SIGN UP now", "subscribe", "Join our newsletter", "3 of 12", "© 2024", "print",
                 "sprint", "Tag: x", "Tags:", "Shared values", "Sign of the times", "News", "Gets going", "",
                 "Related topics", "TOPICS", "Related news", "(c) 2020", "(C)2020", "\u0663 of \u0664", "ſign up",
                 "JOIN OUR NEWSLETTER", "GET our newsletter", "  topics", "an hour ago", "ago", "5min", "5 min"):
        assert bool(plain.match(text)) == bool(grouped.match(text)), text


def test_many_groups_by_first_letter_are_tried_in_runs_with_the_same_matches(monkeypatch):
    # (the groups in runs of `_RUN`, each run behind the union of its groups' classes: the same branches in the
    # same order, so the same match, in any case: re.I's odd folds, Unicode letters and digits, the very start)
    from scraper.extract import vocab
    from scraper.extract.rules import text as rules_text
    from scraper.extract.rules.common import SAYS

    lists = {
        "cruft": (*words("TEXT_CRUFT"), *(w + r"\s*$" for w in words("TIME_AGO")), r"copyright\b", r"©", r"\(c\) ?\d{4}"),
        "comments": (*words("COMMENT_MARKERS"),
                     fill(r"(?:[\w,]+\W+){0,3}(?:{comments})\W*(?:\(\d+\)|\d+)?\W*$", {"comments": words("COMMENTS")}),
                     fill(r"\w[\w .'-]{0,40} (?:{says}):$", {"says": SAYS})),
    }
    samples = ["Share this article", "  SIGN UP now", "ſign up", "Related topics", "topics:", "© 2020 X", "(c) 2020",
               "(C)2020", "12 of 20", "\u0663 of \u0664", "5 mins ago", "Updated 5 mins ago", "an hour ago", "İmprimer",
               "ımprimer", "Écouter cet article", "Поделиться", "ЧИТАТЬ ДАЛЕЕ", "\u212aommentare", "Copyright", "Tags:",
               "\xa0Newsletter", "Follow us", "Zurück", "Published on: 3 May 2020", "12 Comments", "Comments (3)",
               "» Comments", "Leave a reply", "Jane Doe says:", "Leserkommentare (12)", "ſchreibe einen Kommentar",
               ", comments", "foo,comments", "a, b, c, comments", "Répondre", "Ответить", "Ein Gedanke zu „X“",
               "No comments yet", "Straße", "STRASSE", "Ärger", "日本語", "", " ", "x", "Comments are closed", "commentsx"]
    rng = random.Random(3)
    samples += [rng.choice(["", " ", "\xa0", "» ", ", ", "("]) + rng.choice(samples).upper() + rng.choice(["", ":", " x"])
                for _ in range(300)]
    for name, fragments in lists.items():
        for lead in (r"^\s*", r"^\W*"):
            runs = re.compile(lead + "(?:" + rules_text.by_first_letter(fragments) + ")", re.I)
            with monkeypatch.context() as m:
                m.setattr(vocab, "_RUN", 10 ** 6)  # (no runs: each group tried in turn)
                groups = re.compile(lead + "(?:" + rules_text.by_first_letter(fragments) + ")", re.I)
            plain = re.compile(lead + "(?:" + rules_text._any_of(fragments) + ")", re.I)
            assert runs.pattern.startswith(lead + "(?:(?=[") and runs.pattern != groups.pattern, name
            for text in samples:
                r, g = runs.match(text), groups.match(text)
                assert (r and r.span()) == (g and g.span()) and bool(r) == bool(plain.match(text)), (name, text)


def test_opening_class_reads_what_a_fragment_opens_with():
    from scraper.extract.vocab import opening_class

    assert opening_class(r"(?:get|join) our") == "gj"
    assert opening_class(r"(?:related )?topics") == "rt"
    assert opening_class(r"s?print") == "ps"
    assert opening_class(r"\d+ of \d+") == r"\d"
    assert opening_class(r"[a-c]x|\(c\)") == r"\(a-c"
    assert opening_class(r"(?=.{0,40}\d)x") == "x"  # (a lookahead reads nothing)
    assert opening_class(r"\w+ says") is None  # any word character
    assert opening_class(r"[^a]x") is None
    assert opening_class(r"(?:x)?") is None  # may match nothing


def test_a_trie_of_many_first_letters_is_tried_in_runs_and_matches_what_a_flat_list_matches():
    # (the runs only let `re` skip branches that cannot match: the matches stay those of a flat list,
    # longest first, in any case)
    from scraper.extract.vocab import _RUN

    items = [w for v in VOCABULARIES.values() if isinstance(v, Phrases) for w in v.items]
    trie = alternation(items)
    assert trie.count("(?=[") > 1 + len({w[0].lower() for w in items}) // (2 * _RUN)  # the runs are there
    grouped = re.compile(rf"(?:{trie})", re.I)
    flat = re.compile("|".join(re.escape(i) for i in sorted(set(items), key=lambda i: (-len(i), i))), re.I)
    rng = random.Random(7)
    texts = [i for i in items] + [i.upper() + " x" for i in items] + [i[:-1] for i in items if len(i) > 1]
    texts += ["".join(rng.choice("aeiorstlnmdkzß ") for _ in range(12)) for _ in range(300)]
    for text in texts:
        m, f = grouped.match(text), flat.match(text)
        assert (m and m.end()) == (f and f.end()), text


@pytest.mark.parametrize("fragments", [
    ("newsletters?", "subscri(?:be|bed|bing|ption)", "Sign(?:ed|ing)? up", "privacy policy", "política de privacidad"),
    ("s?foo", "bar"),  # a letter under a quantifier: left flat
    ("(?:a|b)c", "d"),  # a group first: left flat
])
def test_fragments_grouped_by_first_letter_match_as_the_flat_list(fragments):
    flat = re.compile(r"\b(?:" + "|".join(fragments) + r")\b", re.I)
    grouped = re.compile(r"\b" + common._by_first_letter(fragments) + r"\b", re.I)
    for text in ("Sign up for our NEWSLETTER", "signing up", "subscribers", "Política de privacidad", "foo", "sfoo",
                 "ac bc", "d", "the privacy policy.", "nothing here", ""):
        assert bool(grouped.search(text)) == bool(flat.search(text)), text


def test_openers_match_a_phrase_at_the_start_that_ends_where_a_word_ends():
    from scraper.extract.vocab import Openers
    openers = Openers(("Folge uns", "folge uns auf", "teilen mit:", "ß-test"))
    assert openers.match("Folge uns auf Instagram")
    assert openers.match("  folge uns")
    assert openers.match("Teilen mit: Facebook")
    assert openers.match("SS-Test")  # (case-folded on both sides)
    assert not openers.match("Folge unserem Rat")  # "folge uns" ends inside a word
    assert not openers.match("Bitte folge uns")  # not at the start
    assert not Openers(()).match("Folge uns")


def test_a_pattern_of_start_or_anywhere_searches_as_one_pattern_of_both():
    # (the anchored half matched at the start, the other searched: the same span as the one pattern of both, whose
    # search tried every alternative at every character; the URL rules' pattern as they were written before)
    from scraper.extract.vocab import StartOrAnywhere

    both = StartOrAnywhere(r"(?:mailto|tel):|https?://(?:[^/]*\.)?(?:x\.com|kik\.me)/|https?://ads?[.\d-]",
                           r"/(?:share|sharer)(?:\.php)?[/?]|/intent/tweet|[?&]utm_medium=(?:cpc|paid)(?:[&_-]|$)", re.I)
    assert both.pattern.pattern.startswith("^(?:")
    was = {html.SHARE_URL: re.compile(
        r"^(?:mailto|whatsapp|sms|tel|fb-messenger):|^https?://(?:[^/]*\.)?(?:facebook\.com|twitter\.com|x\.com|"
        r"linkedin\.com|pinterest\.[a-z.]+|reddit\.com|tumblr\.com|xing\.com|t\.me|wa\.me|vk\.com|telegram\.me|"
        r"instagram\.com|youtube\.com|flipboard\.com)/|/(?:share|sharer)(?:\.php)?[/?]|/intent/tweet|/shareArticle", re.I),
        html.TRACKING_URL: re.compile(
        r"^https?://(?:[^/]*\.)?(?:outbrain|taboola|doubleclick|googleadservices|plista|zergnet|revcontent|mgid|"
        r"ligatus)\.|[?&](?:utm_source|utm_medium)=(?:taboola|outbrain|plista)|[?&]utm_medium=(?:cpc|ppc|cpm|paid|"
        r"display|native|sponsored|contentmarketing)(?:[&_-]|$)|^https?://(?:track|trk|click|clicks|ad|ads|adclick)[.\d-]",
        re.I)}
    urls = ["", "/", "mailto:a@b.c", "MAILTO:x", "x mailto:a", "tel:123", "https://x.com/a", "HTTPS://WWW.X.COM/a",
            "https://\u212aik.me/x", "https://kik.me/", "/share/x", "/share?x", "/sharer.php?u=1", "https://a.b/share/",
            "https://a.b/c/intent/tweet?x", "/shareArticle?x", "https://a.b/?utm_medium=cpc", "?utm_medium=paid&x",
            "https://a.b/x?utm_medium=cpcx", "https://a.b/x&utm_medium=cpc_", "https://ads.example.com/x", "https://ad-1.x/",
            "https://adsx.com/", "ftp://x.com/share/", "https://facebook.com/x", "https://m.facebook.com/x",
            "https://news.example/facebook.com/", "https://outbrain.com/x", "https://a.taboola.com/?utm_source=taboola",
            "https://example.com/?utm_source=outbrain", "https://track.example.com", "https://clicks2.example.com",
            "https://ſhare.example/share/", "https://example.com/İntent/tweet", "https://example.com/SHARE/"]
    for url in urls:
        got, one = both.search(url), both.pattern.search(url)
        assert (got and got.span()) == (one and one.span()), url
        for rule, before in was.items():
            got, one = rule.search(url), before.search(url)
            assert (got and got.span()) == (one and one.span()), url


def test_reading_time_in_a_line_opens_with_its_digit_and_finds_what_the_word_boundary_found():
    # (the figure's word boundary checked behind its first digit, so that `re` scans for a digit: the same match
    # and group as `\b(\d{1,3})...`, after a letter, "_", a digit or a Unicode letter, at the text's very start)
    after = words("READ_AFTER_MINUTES")
    was = re.compile(fill(r"\b(\d{1,3})[\s-]*min(?:ute[sn]?|utos?|s)?\.?\s+(?:{after})\b", {"after": after}), re.I)
    assert common.READING_TIME_IN_LINE.pattern.startswith(r"(\d(?<!\w\d)")
    texts = ["5 min read", "x5 min read", "_5 min read", "é5 min read", "\u0663 min read", "1234 min read", "12345 min read",
             "a 1234 min read", "(5 min read)", "5-min read", "5 minutes read", "5 MIN READ", "5 \u212ain read", "",
             "Nov 18, 2019 • 10 min read", "10 mins read", "100 min. read", "5 min", "5 min readers", "5 minutos de lectura",
             "5 Min. Lesezeit", "Lesezeit 5 min", "x 05 min read", "9:24 pm • 2 min read", "2 min read."]
    for text in texts:
        m, w = common.READING_TIME_IN_LINE.search(text), was.search(text)
        assert (m and (m.span(), m.groups())) == (w and (w.span(), w.groups())), text


def test_the_credit_class_test_finds_what_the_flat_list_of_its_class_substrings_found():
    from scraper.extract.blocks.images import _CREDIT_CLASS, _CREDIT_CLASSES

    assert _CREDIT_CLASS.pattern.startswith("(?=[")  # (a trie behind its first letters, not a flat list under re.I)
    flat = re.compile("|".join(re.escape(a.split('"')[1]) for a in _CREDIT_CLASSES), re.I)
    for value in ("", "credit", "photo-Credit", "CREDITS", "image__copyright", "wp-caption-attribution", "by-photographer",
                  "courtesy", "license-info", "licence", "ĸredit", "\u212aredit", "credİt", "ſhare copyrıght", "figure caption",
                  "c r e d i t", "lic-ence", "Photographer Credit", "x" * 50 + "credit", "creditcopyright"):
        assert bool(_CREDIT_CLASS.search(value)) == bool(flat.search(value)), value


def test_comment_markers_and_cruft_words_match_as_their_plain_forms():
    # (COMMENT_MARKERS' "Jane wrote:" branch behind a lookahead for the closing ":" (a quick no to every other
    # line), TEXT_CRUFT_WORDS grouped by first letter (`common.PROMPT_WORDS`): the same matches as written plainly)
    from scraper.extract.rules.common import SAYS
    from scraper.extract.rules.text import COMMENT_MARKERS, TEXT_CRUFT_WORDS, _any_of, by_first_letter

    comments = re.compile(r"^\W*(?:" + by_first_letter((
        *words("COMMENT_MARKERS"),
        fill(r"(?:[\w,]+\W+){0,3}(?:{comments})\W*(?:\(\d+\)|\d+)?\W*$", {"comments": words("COMMENTS")}),
        fill(r"\w[\w .'-]{0,40} (?:{says}):$", {"says": SAYS}),
    )) + ")", re.I)
    cruft_words = re.compile(r"\b(?:" + _any_of(words("TEXT_CRUFT_WORDS")) + r")\b", re.I)
    samples = ["Jane Doe says:", "Jane Doe says:\n", "Jane Doe says: yes", "Jane Doe says:\nmore", "» Jane wrote:",
               "John O'Neil commented:", "x wrote:", "wrote:", "A very long name that goes on and on and on says:",
               "12 Comments", "Comments (3)", "Leave a reply", "Sign up for our newsletter", "SUBSCRIBE now",
               "Datenschutzerklärung und Impressum", "signed up, signing up, sign up", "ſign up", "Newsletters:",
               "unsubscribe", "politique de confidentialité", "", ":", "says:", " says:", "Jane\nDoe says:"]
    rng = random.Random(5)
    samples += [rng.choice(["", " ", "» ", "\n"]) + rng.choice(samples).upper() + rng.choice(["", ":", " x", ":\n", "\n"])
                for _ in range(400)]
    for text in samples:
        old, new = comments.match(text), COMMENT_MARKERS.match(text)
        assert (old and old.span()) == (new and new.span()), text
        assert [m.span() for m in cruft_words.finditer(text)] == [m.span() for m in TEXT_CRUFT_WORDS.finditer(text)], text

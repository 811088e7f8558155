"""The optional compiled walks (`_cwalk`, built from _cwalk.pyx at install when Cython and a C compiler
are at hand): `cwalk` is that module when it can be used, else None and the Python code does the same work
(same output: tests/test_accel.py compares both).

It reads lexbor's structures as selectolax compiles them, so it is used only with a selectolax version
whose layout was checked (`CHECKED`: benchmarks/prototypes/cwalk/layout_check.sh), and only when its
lexbor functions are found in selectolax's loaded extension. `SCRAPER_NO_C=1` in the environment leaves
it out (the Python code runs); `reason` says why it is not used.
"""
from __future__ import annotations

import importlib.util
import os
from types import ModuleType
from typing import TYPE_CHECKING, Callable

from selectolax.lexbor import LexborHTMLParser, LexborNode

if TYPE_CHECKING:
    from ._cwalk import Compound, PageNames
    from .paragraphs import Paragraph

__all__ = ["CHECKED", "ancestor_names", "body_paragraphs", "carries", "class_and_id", "cwalk", "folded_text", "has_tags",
           "joined_text", "page_names", "link_len", "matcher", "paragraphs", "rank", "reason", "select", "text_len", "texts",
           "without_code"]

#: selectolax versions whose structures `_lexbor.h` was checked against
CHECKED = frozenset(("1.0.2",))


def _load() -> tuple[ModuleType | None, str]:
    if os.environ.get("SCRAPER_NO_C", "") not in ("", "0"):
        return None, "SCRAPER_NO_C is set"
    try:
        from . import _cwalk
    except ImportError as exc:
        if importlib.util.find_spec(f"{__package__}._cwalk") is None:
            return None, "not built (no C compiler or no Cython at install)"
        return None, f"not importable ({exc})"
    import selectolax
    from selectolax import lexbor

    version = getattr(selectolax, "__version__", None)
    if version not in CHECKED:
        return None, f"selectolax {version} is not a version its layout was checked against"
    try:
        _cwalk.init(lexbor.__file__ or "", lexbor.LexborHTMLParser, lexbor.LexborNode)
    except (ImportError, OSError, TypeError) as exc:
        return None, str(exc)
    return _cwalk, "used"


cwalk, reason = _load()
#: `_cwalk.page_names` (what `index.PageIndex` reads of a page) when the compiled walks are used
page_names: Callable[[LexborHTMLParser], PageNames | None] | None = cwalk.page_names if cwalk is not None else None
#: `_cwalk.carries` (`page.Page.carries`: whether an element carries an attribute) when the compiled walks are used
carries: Callable[[LexborHTMLParser, bytes], bool | None] | None = cwalk.carries if cwalk is not None else None
#: `_cwalk.has_tags` (`index.select`: whether a node's document may hold an element of one of the tags) when the
#: compiled walks are used
has_tags: Callable[[LexborNode, tuple[bytes, ...]], bool | None] | None = cwalk.has_tags if cwalk is not None else None
#: `_cwalk.ancestor_names` (`dom.has_ancestor`'s walk up) when the compiled walks are used
ancestor_names: Callable[[LexborNode, bytes, int, int, int, LexborNode | None, bool], bool | list[str] | None] | None = \
    cwalk.ancestor_names if cwalk is not None else None
#: `_cwalk.Matcher` (a selector list's compound alternatives, compiled) and `_cwalk.select` (`index.select`)
matcher: Callable[[list[Compound]], object] | None = cwalk.Matcher if cwalk is not None else None
select: Callable[[LexborNode, object, list[LexborNode], bool], list[LexborNode] | None] | None = \
    cwalk.select if cwalk is not None else None
#: `_cwalk.paragraphs` (`candidates._paragraphs`) when the compiled walks are used
paragraphs: Callable[[LexborNode, bytes, bytes, int, int, int, int, int, int],
                     tuple[dict[LexborNode, int], set[LexborNode], list[LexborNode]] | None] | None = \
    cwalk.paragraphs if cwalk is not None else None
#: `_cwalk.body_paragraphs` (`paragraphs.build_paragraphs`' walk) when the compiled walks are used
body_paragraphs: Callable[..., list[Paragraph] | None] | None = cwalk.body_paragraphs if cwalk is not None else None
#: `_cwalk.rank` (`candidates.rank_containers` once its paragraphs are summed) when the compiled walks are used
rank: Callable[..., tuple[LexborNode | None, dict[LexborNode, int]] | None] | None = \
    cwalk.rank if cwalk is not None else None
#: `_cwalk.class_and_id` (`dom.class_and_id`) when the compiled walks are used
class_and_id: Callable[[LexborNode], str | None] | None = cwalk.class_and_id if cwalk is not None else None
#: `_cwalk.text_len` (`clean.text_len`) and `_cwalk.link_len` (`candidates.link_len`): None for a node they do not read
text_len: Callable[[LexborNode], int | None] | None = cwalk.text_len if cwalk is not None else None
link_len: Callable[[LexborNode, int], int | None] | None = cwalk.link_len if cwalk is not None else None
#: `_cwalk.folded_text` (`page.Page.shown`: a node's text as UTF-8, ASCII letters lowered) when the compiled walks are used
folded_text: Callable[[LexborNode], bytes | None] | None = cwalk.folded_text if cwalk is not None else None
#: `_cwalk.joined_text` (`page.Page.lines`: a node's text nodes joined by a separator) when the compiled walks are used
joined_text: Callable[[LexborNode, bytes], str | None] | None = cwalk.joined_text if cwalk is not None else None
#: `_cwalk.texts` (`dom.texts`: each node's `text(deep=True)`) when the compiled walks are used
texts: Callable[[list[LexborNode]], list[str]] | None = cwalk.texts if cwalk is not None else None
#: `_cwalk.without_code` (`dom.parse`: a page without its scripts' and styles' text) when the compiled walks are used
without_code: Callable[[bytes], bytes] | None = cwalk.without_code if cwalk is not None else None

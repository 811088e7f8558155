# The compiled walks (_cwalk.pyx), optional: `accel.cwalk` is this module when it is built and usable.
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

PageNames = tuple[
    str | list[str | None],  # class words, one a line; or every class value (one is not ASCII)
    bool,  # whether the class words are the page's class tokens (ASCII, no odd white space)
    str | list[str | None],  # id words; or every id value
    str | None | list[str],  # itemprop values, lower case, one a line (None: none); or every value
    str | None | list[str],  # rel values, same
    list[dict[str, str | None]],  # the attributes of each <meta>
    list[str],  # the text of each JSON-LD script
    list[LexborNode],  # the h1 elements
]

def init(selectolax_so: str, parser_type: type[LexborHTMLParser], node_type: type[LexborNode]) -> None: ...
def page_names(tree: LexborHTMLParser) -> PageNames | None: ...
def carries(tree: LexborHTMLParser, name: bytes) -> bool | None: ...

#: (tag id, `:not` tag id, `:has` tag id, `:has` attribute name, tests, the compound an ancestor matches or None):
#: `index.compound`; a test is (op, name, value)
Compound = tuple[int, int, int, bytes | None, list[tuple[int, bytes, bytes]], "Compound | None"]

class Matcher:
    def __init__(self, spec: list[Compound]) -> None: ...

def select(root: LexborNode, m: Matcher, others: list[LexborNode], first: bool) -> list[LexborNode] | None: ...
def paragraphs(root: LexborNode, units: bytes, blocks: bytes, a: int, p: int, li: int, div: int, table: int,
               shortest: int) -> tuple[dict[LexborNode, int], set[LexborNode], list[LexborNode]] | None: ...
def body_paragraphs(nodes: list[LexborNode], prose: dict[LexborNode, int], big: int, whole: set[LexborNode],
                    top: tuple[object, ...], helpers: tuple[object, ...], codes: object,
                    max_depth: int) -> list[Any] | None: ...
def rank(cluster: dict[LexborNode, int], helpers: tuple[object, ...], html: int, a: int, cluster_full: int,
         power: float, clean_share: float, other: float, alpha: float,
         max_children: int) -> tuple[LexborNode | None, dict[LexborNode, int]] | None: ...
def text_len(node: LexborNode) -> int | None: ...
def link_len(node: LexborNode, a: int) -> int | None: ...
def without_code(page: bytes) -> bytes: ...

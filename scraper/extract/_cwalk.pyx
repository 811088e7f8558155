# cython: language_level=3, boundscheck=False, wraparound=False, initializedcheck=False
"""Walks over lexbor's tree in C, for the steps whose Python walks cost most (optional: `accel` loads it).

`page_names(tree)`: what `index.PageIndex` reads of a page (class/id words, itemprop/rel values, the
attributes of each <meta>, the JSON-LD scripts' text, the h1 elements), in one walk of the tree.
`paragraphs(body, ...)`: `candidates._paragraphs`, the prose of the page's paragraphs summed per parent.
`rank(cluster, ...)`: the rest of `candidates.rank_containers` (the elements above the paragraphs, their prose,
the best container). `body_paragraphs(nodes, ...)`: `paragraphs.build_paragraphs`' walk (the text stays Python's).

It reads lexbor's structures as `_lexbor.h` declares them (checked against selectolax 1.0.2), and calls
three lexbor functions, looked up with dlsym in selectolax's own extension (Python loads extensions
RTLD_LOCAL: a call linked to them would not resolve). `init` must succeed before any other call.
"""
from cpython.unicode cimport PyUnicode_DecodeUTF8
from cpython.ref cimport PyObject
from cpython.long cimport PyLong_FromSize_t
from cpython.bytes cimport PyBytes_FromStringAndSize, PyBytes_AS_STRING
from libc.stdint cimport uintptr_t, uint64_t
from libc.math cimport pow, INFINITY
from libc.stdlib cimport malloc, calloc, free, realloc, qsort
from libc.string cimport memchr, memcmp, memcpy, memset

cdef extern from "_lexbor.h":
    ctypedef struct cw_str:
        unsigned char *data
        size_t length
    ctypedef struct cw_node:
        uintptr_t local_name
        uintptr_t ns
        cw_node *next
        cw_node *prev
        cw_node *parent
        cw_node *first_child
        int type
    ctypedef struct cw_attr:
        cw_node node
        uintptr_t qualified_name
        cw_str *value
        cw_attr *next
    ctypedef struct cw_element:
        cw_node node
        cw_attr *first_attr
    ctypedef struct cw_character_data:
        cw_node node
        cw_str data
    ctypedef struct cw_document:
        cw_node node
        void *tags
        void *attrs
    ctypedef struct cw_attr_data:
        uintptr_t attr_id
    ctypedef struct cw_LexborNode:
        cw_node *node
        PyObject *parser
        int is_fragment_root
        int is_template_content
    ctypedef struct cw_LexborHTMLParser:
        void *document
        int is_fragment
    void cw_node_set(object obj, cw_node *node, object parser)
    enum:
        CW_NODE_ELEMENT
        CW_NODE_TEXT
        CW_NS_HTML
        CW_TAG_H1
        CW_TAG_META
        CW_TAG_SCRIPT
        CW_TAG__TEXT

cdef extern from "<dlfcn.h>":
    void *dlopen(const char *filename, int flags)
    void *dlsym(void *handle, const char *symbol)
    int RTLD_NOW
    int RTLD_NOLOAD

ctypedef const cw_attr_data *(*by_name_f)(void *hash, const unsigned char *name, size_t length) noexcept nogil
ctypedef const unsigned char *(*qname_f)(cw_attr *attr, size_t *len) noexcept nogil
ctypedef uintptr_t (*tag_id_f)(void *hash, const unsigned char *name, size_t length) noexcept nogil

cdef by_name_f _by_local_name = NULL
cdef by_name_f _by_qualified_name = NULL
cdef qname_f _attr_qualified_name = NULL
cdef tag_id_f _tag_id_by_name = NULL
cdef type _parser_type = None
cdef type _node_type = None


def init(str selectolax_so, type parser_type, type node_type) -> None:
    """Look up lexbor's functions in selectolax's extension (`selectolax_so`, loaded already), and check
    that selectolax's objects are the size `_lexbor.h` declares. ImportError when either fails."""
    global _by_local_name, _by_qualified_name, _attr_qualified_name, _tag_id_by_name, _parser_type, _node_type
    if parser_type.__basicsize__ != sizeof(cw_LexborHTMLParser) or node_type.__basicsize__ != sizeof(cw_LexborNode):
        raise ImportError("selectolax's objects are not laid out as _lexbor.h declares them")
    handle = dlopen(selectolax_so.encode(), RTLD_NOW | RTLD_NOLOAD)
    if handle == NULL:
        raise ImportError("selectolax's lexbor extension is not loaded")
    by_local = <by_name_f> dlsym(handle, "lxb_dom_attr_data_by_local_name")
    by_qualified = <by_name_f> dlsym(handle, "lxb_dom_attr_data_by_qualified_name")
    qualified_name = <qname_f> dlsym(handle, "lxb_dom_attr_qualified_name")
    tag_id = <tag_id_f> dlsym(handle, "lxb_tag_id_by_name_noi")
    if by_local == NULL or by_qualified == NULL or qualified_name == NULL or tag_id == NULL:
        raise ImportError("lexbor's functions are not found in selectolax's extension")
    _by_local_name, _by_qualified_name, _attr_qualified_name = by_local, by_qualified, qualified_name
    _tag_id_by_name = tag_id
    _parser_type, _node_type = parser_type, node_type


cdef inline str _value(cw_attr *attr):
    """`attrs[name]`: None for an attribute without a value."""
    cdef cw_str *v = attr.value
    if v == NULL or v.data == NULL:
        return None
    return PyUnicode_DecodeUTF8(<char *> v.data, v.length, "replace")


cdef inline cw_attr *_find(cw_element *el, uintptr_t local_id, uintptr_t qual_id) noexcept:
    """lxb_dom_element_attr_by_name for a name resolved once a page (0: the page has no such name)."""
    cdef cw_attr *attr = el.first_attr
    cdef uintptr_t want = local_id if el.node.ns == CW_NS_HTML else qual_id
    if want == 0:
        return NULL
    while attr != NULL:
        if attr.node.local_name == want or attr.qualified_name == want:
            return attr
        attr = attr.next
    return NULL


cdef inline uintptr_t _id(by_name_f f, void *attrs, bytes name) noexcept:
    cdef const cw_attr_data *d = f(attrs, <const unsigned char *> <char *> name, len(name))
    return 0 if d == NULL else d.attr_id


cdef dict _attributes(cw_element *el):
    """`node.attributes`: name -> value (None without one)."""
    cdef dict out = {}
    cdef cw_attr *attr = el.first_attr
    cdef size_t n = 0
    cdef const unsigned char *name
    while attr != NULL:
        name = _attr_qualified_name(attr, &n)
        out[PyUnicode_DecodeUTF8(<char *> name, n, "replace")] = _value(attr)
        attr = attr.next
    return out


cdef inline cw_node *_next_in(cw_node *node, cw_node *root) noexcept:
    """The node after `node` in document order within `root`'s subtree (the whole document for NULL):
    its first child, else the next sibling of it or of its nearest ancestor below `root`; NULL past the end."""
    if node.first_child != NULL:
        return node.first_child
    while node != root and node.next == NULL:
        node = node.parent
    if node == root:
        return NULL
    return node.next


cdef str _text(cw_node *root, const char *separator=b"", size_t sep=0):
    """`text(deep=True, separator=...)` of an element: its text nodes' data, in order (lxb_dom_node_simple_walk, as
    selectolax's text() walks; text nodes by tag id), joined by the separator, decoded once ("replace": as selectolax
    decodes); one buffer sized first, where selectolax grows one at each text node."""
    cdef cw_node *n = root.first_child
    cdef cw_character_data *cd
    cdef size_t total = 0, count = 0, at = 0, done = 0
    cdef char *out
    while n != NULL:
        if n.local_name == CW_TAG__TEXT:
            cd = <cw_character_data *> n
            if cd.data.data != NULL:
                total += cd.data.length
                count += 1
        n = _next_in(n, root)
    if count > 1:
        total += (count - 1) * sep
    if total == 0:
        return ""
    out = <char *> malloc(total)
    if out == NULL:
        raise MemoryError()
    try:
        n = root.first_child
        while n != NULL:
            if n.local_name == CW_TAG__TEXT:
                cd = <cw_character_data *> n
                if cd.data.data != NULL:
                    if done and sep:  # (between every two counted, an empty one too: `total` holds them)
                        memcpy(out + at, separator, sep)
                        at += sep
                    memcpy(out + at, cd.data.data, cd.data.length)
                    at += cd.data.length
                    done += 1
            n = _next_in(n, root)
        return PyUnicode_DecodeUTF8(out, total, "replace")
    finally:
        free(out)


cdef object _new_node(cw_node *node, object tree):
    """`LexborNode.new(node, tree)`."""
    cdef object obj = _node_type.__new__(_node_type)
    cw_node_set(obj, node, tree)
    return obj


# ---- selections: the alternatives of a selector list that are one compound of simple tests (a tag, `.x`,
# ---- `[a]`, `[a=v]`, `[a~=v]`, `[a*=v]`, `[a^=v]`, `[a$=v]`, `:not(tag)`, `:has(tag[a])`), matched in one walk
# ---- as lexbor's selector engine matches them (lexbor/selectors/selectors.c of selectolax 1.0.2)

cdef extern from "_lexbor.h":
    # (the same structs as above, with the fields only this part reads)
    ctypedef struct cw_sel_node "cw_node":
        void *owner_document
    ctypedef struct cw_sel_element "cw_element":
        cw_attr *attr_class
    ctypedef struct cw_sel_element_id "cw_element":
        cw_attr *attr_id
    ctypedef struct cw_sel_document "cw_document":
        int compat_mode

# the tests of a compound (`Matcher`'s spec): an attribute present, = ~= *= ^= $=, a class (`.x`); the
# numbers `index` writes in a spec
cdef enum:
    _EXISTS = 0
    _EQUAL = 1
    _INCLUDE = 2
    _CONTAINS = 3
    _PREFIX = 4
    _SUFFIX = 5
    _CLASS = 6
    _QUIRKS = 1  # LXB_DOM_DOCUMENT_CMODE_QUIRKS
    _MAX_FIRSTS = 4  # `_scan` reads a value by words when its attribute's needles open with this many bytes or fewer
    _MAX_TAG_TABLE = 1024  # a matcher's table by tag holds the tags below it (lexbor's own HTML tags: ~200)

cdef extern from *:
    """
    #if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    #define CW_LITTLE_ENDIAN 1
    #else
    #define CW_LITTLE_ENDIAN 0
    #endif
    """
    int __builtin_ctzll(unsigned long long x) nogil  # (GCC and Clang: the index of the lowest bit set)
    enum: CW_LITTLE_ENDIAN

cdef bint _LITTLE_ENDIAN = CW_LITTLE_ENDIAN

cdef struct Test:
    int op
    Py_ssize_t attr       # index into Matcher.names (not for _CLASS)
    const unsigned char *value
    size_t length
    Py_ssize_t needle     # _CONTAINS: index into the needles' hit marks

cdef struct Alt:
    uintptr_t tag         # 0: any element
    uintptr_t not_tag     # 0: none (`:not(tag)`)
    uintptr_t has_tag     # 0: none (`:has(tag[attr])`)
    Py_ssize_t has_attr   # -1: `:has(tag)`
    Py_ssize_t first, count  # its tests: Matcher.tests[first:first + count]
    Py_ssize_t ancestor   # -1: none; else the compound an ancestor must match (`A B`): Matcher.alts[ancestor]
    bint adjacent         # `ancestor` is the compound the previous element sibling must match instead (`A + B`)

cdef struct Needle:
    const unsigned char *value
    size_t length
    Py_ssize_t mark


cdef inline bint _lower_eq(const unsigned char *a, const unsigned char *b, size_t n) noexcept:
    """lexbor_str_data_ncasecmp: equal with ASCII letters folded."""
    cdef size_t i
    cdef unsigned char x, y
    for i in range(n):
        x, y = a[i], b[i]
        if 65 <= x <= 90:
            x += 32
        if 65 <= y <= 90:
            y += 32
        if x != y:
            return False
    return True


cdef inline bint _html_space(unsigned char c) noexcept:
    """lexbor_utils_whitespace: " \\t\\n\\f\\r"."""
    return c == 32 or c == 9 or c == 10 or c == 12 or c == 13


cdef bint _has_class(const unsigned char *data, size_t length, const unsigned char *src, size_t n,
                     bint quirks) noexcept:
    """lxb_selectors_match_class: `src` is one of the white-space separated words of `data`."""
    cdef const unsigned char *pos = data
    cdef const unsigned char *end = data + length
    cdef const unsigned char *p = data
    cdef bint is_it = False
    if n == 0 or length < n:
        return False
    if not quirks:  # (the same answer: each place `src` stands, between white space or the ends of `data`)
        while p + n <= end:
            p = <const unsigned char *> memchr(p, src[0], <size_t> (end - p) - n + 1)
            if p == NULL:
                return False
            if memcmp(p, src, n) == 0 and (p == data or _html_space(p[-1])) and (p + n == end or _html_space(p[n])):
                return True
            p += 1
        return False
    while p < end:
        if _html_space(p[0]):
            if <size_t> (p - pos) == n:
                is_it = _lower_eq(pos, src, n) if quirks else memcmp(pos, src, n) == 0
                if is_it:
                    return True
            if <size_t> (end - p) < n:
                return False
            pos = p + 1
        p += 1
    if <size_t> (end - pos) == n:
        is_it = _lower_eq(pos, src, n) if quirks else memcmp(pos, src, n) == 0
    return is_it


cdef class Matcher:
    """A selector list's compound alternatives, compiled once (`index` caches one per selector): `spec` is a
    list of (tag id, `:not` tag id, `:has` tag id, `:has` attribute name or None, tests, ancestor), each test
    (op, attribute name, value) with the names and values as bytes (a name lower case, never one of the
    attributes whose value HTML compares in any case); tag ids 0 for none; `ancestor` None, or (combinator, the
    compound, the same tuple) that an ancestor of the element (combinator 0: `A B`) or its previous element
    sibling (1: `A + B`) must match."""
    cdef Alt *alts
    cdef Test *tests
    cdef Needle *needles
    cdef Py_ssize_t n_alts, n_top, n_tests, n_needles, n_names
    cdef list names          # attribute names (bytes), resolved to the page's ids at each call
    cdef list keep           # the values' bytes, alive as long as the matcher
    cdef Py_ssize_t *starts  # needles by attribute, then by first byte: starts[attr * 257 + byte]
    cdef size_t *n_firsts    # how many first bytes the needles of each attribute open with (past _MAX_FIRSTS: more)
    cdef uint64_t *firsts    # each of those bytes, eight times: firsts[attr * _MAX_FIRSTS + k]
    cdef bint any_contains
    # the top alternatives an element may match, by its tag: runs[run_of[tag]] .. runs[run_of[tag] + 1] of
    # `order` (indexes into alts); a tag at or past n_tags, or none of the alternatives names, has run 0
    cdef Py_ssize_t *order
    cdef Py_ssize_t *runs
    cdef Py_ssize_t *run_of
    cdef uintptr_t n_tags

    def __cinit__(self, list spec):
        cdef dict name_at = {}
        cdef list needles = []  # (attr, value, mark)
        cdef Py_ssize_t i, j, k, a
        self.names, self.keep = [], []
        self.n_top = len(spec)
        spec = list(spec)
        i = 0
        while i < len(spec):  # (the linked compounds after, each after the one it links to)
            if spec[i][5] is not None:
                spec.append(spec[i][5][1])
            i += 1
        self.n_alts = len(spec)
        self.n_tests = sum(len(alt[4]) for alt in spec)
        self.alts = <Alt *> calloc(max(self.n_alts, 1), sizeof(Alt))
        self.tests = <Test *> calloc(max(self.n_tests, 1), sizeof(Test))
        if self.alts == NULL or self.tests == NULL:
            raise MemoryError()

        for tag, not_tag, has_tag, has_attr, tests, _ in spec:  # the attribute names, once each
            for name in [has_attr, *[t[1] for t in tests if t[0] != _CLASS]]:
                if name is not None and name not in name_at:
                    name_at[name] = len(self.names)
                    self.names.append(name)
        k = 0
        cdef Py_ssize_t ancestors = self.n_top
        for i, (tag, not_tag, has_tag, has_attr, tests, ancestor) in enumerate(spec):
            self.alts[i].ancestor = -1
            self.alts[i].adjacent = False
            if ancestor is not None:
                self.alts[i].ancestor = ancestors
                self.alts[i].adjacent = ancestor[0] == 1
                ancestors += 1
            self.alts[i].tag, self.alts[i].not_tag, self.alts[i].has_tag = tag, not_tag, has_tag
            self.alts[i].has_attr = -1 if has_attr is None else name_at[has_attr]
            self.alts[i].first, self.alts[i].count = k, len(tests)
            for op, name, value in tests:
                self.keep.append(value)
                self.tests[k].op = op
                self.tests[k].attr = -1 if op == _CLASS else name_at[name]
                self.tests[k].value = <const unsigned char *> <char *> value
                self.tests[k].length = len(value)
                self.tests[k].needle = -1
                if op == _CONTAINS:
                    self.tests[k].needle = len(needles)
                    needles.append((self.tests[k].attr, value, len(needles)))
                k += 1
        self.n_names = len(self.names)
        self.n_needles = len(needles)
        self.any_contains = self.n_needles > 0
        # the needles sorted by attribute and first byte, a table of where each (attribute, byte) run starts
        needles.sort(key=lambda t: (t[0], t[1][0]))
        self.needles = <Needle *> calloc(max(self.n_needles, 1), sizeof(Needle))
        self.starts = <Py_ssize_t *> calloc(self.n_names * 257 + 1, sizeof(Py_ssize_t))
        if self.needles == NULL or self.starts == NULL:
            raise MemoryError()
        for j, (a, value, mark) in enumerate(needles):
            self.needles[j].value = <const unsigned char *> <char *> value
            self.needles[j].length = len(value)
            self.needles[j].mark = mark
        # starts[a * 257 + b] .. starts[a * 257 + b + 1]: the needles of attribute a that open with byte b
        j = 0
        for a in range(self.n_names):
            for i in range(257):
                while j < self.n_needles and (needles[j][0] < a or (needles[j][0] == a and needles[j][1][0] < i)):
                    j += 1
                self.starts[a * 257 + i] = j
        # the needles' first bytes by attribute, for `_scan` (which reads words of eight bytes in the order of
        # a little-endian machine: on another, the count past _MAX_FIRSTS has it read byte by byte)
        self.n_firsts = <size_t *> calloc(max(self.n_names, 1), sizeof(size_t))
        self.firsts = <uint64_t *> calloc(max(self.n_names, 1) * _MAX_FIRSTS, sizeof(uint64_t))
        if self.n_firsts == NULL or self.firsts == NULL:
            raise MemoryError()
        for a in range(self.n_names):
            opening = sorted({value[0] for b, value, _ in needles if b == a})
            self.n_firsts[a] = len(opening) if _LITTLE_ENDIAN else _MAX_FIRSTS + 1
            for i, byte in enumerate(opening[:_MAX_FIRSTS]):
                self.firsts[a * _MAX_FIRSTS + i] = <uint64_t> byte * 0x0101010101010101ULL
        _dispatch(self)

    def __dealloc__(self):
        free(self.alts)
        free(self.tests)
        free(self.needles)
        free(self.starts)
        free(self.order)
        free(self.n_firsts)
        free(self.firsts)
        free(self.runs)
        free(self.run_of)


cdef inline bint _may_match(const Alt *alt, uintptr_t tag) noexcept:
    """Whether an element of tag `tag` (one the table holds; 0: one it does not) may match `alt`, by their tags."""
    return (alt.tag == 0 or alt.tag >= _MAX_TAG_TABLE or alt.tag == tag) and (tag == 0 or alt.not_tag != tag)


cdef int _dispatch(Matcher self) except -1:
    """The runs of `order`: for each tag some alternative names (as its tag or its `:not`), the alternatives
    an element of that tag may match, in their order; run 0, those of any other tag (the alternatives
    without a tag, or with one past the table). Each element then tries only its run's alternatives."""
    cdef Py_ssize_t i, r, k = 0, n_runs = 1
    cdef uintptr_t t, tag
    self.n_tags = 0
    for i in range(self.n_top):
        for t in (self.alts[i].tag, self.alts[i].not_tag):
            if t < _MAX_TAG_TABLE and t >= self.n_tags:
                self.n_tags = t + 1
    self.run_of = <Py_ssize_t *> calloc(max(self.n_tags, 1), sizeof(Py_ssize_t))
    if self.run_of == NULL:
        raise MemoryError()
    for i in range(self.n_top):  # (the tags named: run numbers from 1, in the order of the tags)
        for t in (self.alts[i].tag, self.alts[i].not_tag):
            if 0 < t < _MAX_TAG_TABLE:
                self.run_of[t] = 1
    for t in range(self.n_tags):
        if self.run_of[t]:
            self.run_of[t] = n_runs
            n_runs += 1
    self.order = <Py_ssize_t *> calloc(max(n_runs * self.n_top, 1), sizeof(Py_ssize_t))
    self.runs = <Py_ssize_t *> calloc(n_runs + 1, sizeof(Py_ssize_t))
    if self.order == NULL or self.runs == NULL:
        raise MemoryError()
    tag = 0
    for r in range(n_runs):
        if r:
            tag += 1
            while self.run_of[tag] != r:
                tag += 1
        self.runs[r] = k
        for i in range(self.n_top):
            if _may_match(&self.alts[i], tag):
                self.order[k] = i
                k += 1
    self.runs[n_runs] = k
    return 0


cdef class _Scratch:
    """One selection's per-element state: the attributes read (by generation) and the needles found."""
    cdef uintptr_t *ids
    cdef cw_attr **values
    cdef size_t *read_at       # generation at which values[i] was read
    cdef size_t *scanned_at    # generation at which attribute i's needles were looked for
    cdef size_t *hit_at        # generation at which needle mark i was found
    cdef size_t gen

    def __cinit__(self, Py_ssize_t names, Py_ssize_t needles):
        self.ids = <uintptr_t *> calloc(max(names, 1), sizeof(uintptr_t))
        self.values = <cw_attr **> calloc(max(names, 1), sizeof(cw_attr *))
        self.read_at = <size_t *> calloc(max(names, 1), sizeof(size_t))
        self.scanned_at = <size_t *> calloc(max(names, 1), sizeof(size_t))
        self.hit_at = <size_t *> calloc(max(needles, 1), sizeof(size_t))
        if self.ids == NULL or self.values == NULL or self.read_at == NULL or self.scanned_at == NULL \
                or self.hit_at == NULL:
            raise MemoryError()

    def __dealloc__(self):
        free(self.ids)
        free(self.values)
        free(self.read_at)
        free(self.scanned_at)
        free(self.hit_at)


cdef inline cw_attr *_attr(_Scratch s, cw_element *el, Py_ssize_t i) noexcept:
    """lxb_dom_element_attr_by_id for the matcher's attribute i (its id read once a selection)."""
    cdef cw_attr *attr
    cdef uintptr_t want
    if s.read_at[i] == s.gen:
        return s.values[i]
    s.read_at[i] = s.gen
    want = s.ids[i]
    attr = el.first_attr if want != 0 else NULL
    while attr != NULL and attr.node.local_name != want:
        attr = attr.next
    s.values[i] = attr
    return attr


cdef inline void _scan_at(Matcher m, _Scratch s, Py_ssize_t base, const unsigned char *data, size_t length,
                          size_t i) noexcept:
    """Mark the needles (of the attribute whose table starts at `base`) that stand in `data` at offset i."""
    cdef Py_ssize_t j = m.starts[base + data[i]], end = m.starts[base + data[i] + 1]
    cdef const Needle *nd
    while j < end:
        nd = &m.needles[j]
        if nd.length <= length - i and memcmp(data + i, nd.value, nd.length) == 0:
            s.hit_at[nd.mark] = s.gen
        j += 1


cdef void _scan(Matcher m, _Scratch s, Py_ssize_t a, const unsigned char *data, size_t length) noexcept:
    """Mark the needles of attribute a that stand in `data` (lexbor_str_data_ncmp_contain for each). With few
    first bytes among them, eight bytes at a time: a word's bytes equal to one of them are found at once (each
    such byte flagged, a few others too: each flagged offset is tested as any other), the rest skipped."""
    cdef size_t i = 0, k, n = m.n_firsts[a]
    cdef Py_ssize_t base = a * 257
    cdef uint64_t w, x, hit, keep
    cdef const uint64_t *firsts = &m.firsts[a * _MAX_FIRSTS]
    s.scanned_at[a] = s.gen
    if n > _MAX_FIRSTS:
        while i < length:
            _scan_at(m, s, base, data, length, i)
            i += 1
        return
    while i < length:
        keep = 0xffffffffffffffffULL
        if i + 8 <= length:
            memcpy(&w, data + i, 8)
        else:  # (the last bytes, and zeros: the flags past the end dropped)
            w = 0
            for k in range(length - i):
                w |= <uint64_t> data[i + k] << (8 * k)
            keep = (<uint64_t> 1 << (8 * (length - i))) - 1
        hit = 0
        for k in range(n):
            x = w ^ firsts[k]
            hit |= (x - 0x0101010101010101ULL) & ~x & 0x8080808080808080ULL  # (a zero byte of x, flagged)
        hit &= keep
        while hit != 0:
            _scan_at(m, s, base, data, length, i + (<size_t> __builtin_ctzll(hit) >> 3))
            hit &= hit - 1
        i += 8


ctypedef void (*_scan_f)(Matcher m, _Scratch s, Py_ssize_t a, const unsigned char *data, size_t length) noexcept
cdef _scan_f _scan_out = _scan  # (called through a pointer: not inlined into `_test`, which keeps `_compound` inlined)


cdef bint _test(Matcher m, _Scratch s, const Test *t, cw_element *el, bint quirks) noexcept:
    """lxb_selectors_match_attribute / the class test of lxb_selectors_match."""
    cdef cw_attr *attr
    cdef cw_str *v
    cdef const unsigned char *data
    cdef size_t length
    if t.op == _CLASS:
        attr = (<cw_sel_element *> el).attr_class
        if attr == NULL or attr.value == NULL:
            return False
        return _has_class(attr.value.data, attr.value.length, t.value, t.length, quirks)
    attr = _attr(s, el, t.attr)
    if attr == NULL:
        return False
    if t.op == _EXISTS:
        return True
    v = attr.value
    if v != NULL and v.data != NULL:
        data, length = v.data, v.length
    else:  # (lexbor reads a value-less attribute as "")
        data, length = <const unsigned char *> b"", 0
    if t.op == _CONTAINS:
        if s.scanned_at[t.attr] != s.gen:
            _scan_out(m, s, t.attr, data, length)
        return s.hit_at[t.needle] == s.gen
    if t.op == _EQUAL:
        return length == t.length and memcmp(data, t.value, t.length) == 0
    if t.op == _INCLUDE:
        return _has_class(data, length, t.value, t.length, False)
    if t.op == _PREFIX:
        return length >= t.length and memcmp(data, t.value, t.length) == 0
    if t.op == _SUFFIX:
        return length >= t.length and memcmp(data + length - t.length, t.value, t.length) == 0
    return False


cdef bint _has(cw_node *node, uintptr_t tag, uintptr_t attr_id, bint any_attr) noexcept:
    """`:has(tag[attr])`: an element of `node`'s subtree below it is `tag` and carries `attr`."""
    cdef cw_node *n = node.first_child
    cdef cw_attr *a
    while n != NULL:
        if n.local_name == tag and n.type == CW_NODE_ELEMENT:
            if any_attr:
                return True
            a = (<cw_element *> n).first_attr if attr_id != 0 else NULL
            while a != NULL:
                if a.node.local_name == attr_id:
                    return True
                a = a.next
        n = _next_in(n, node)
    return False


cdef inline bint _compound(Matcher m, _Scratch s, const Alt *alt, cw_node *node, bint quirks) noexcept:
    """Whether `node` (an element, the one `s` reads now) matches the compound `alt` (not its ancestor)."""
    cdef Py_ssize_t k
    cdef uintptr_t tag = node.local_name
    if (alt.tag != 0 and tag != alt.tag) or (alt.not_tag != 0 and tag == alt.not_tag):
        return False
    for k in range(alt.first, alt.first + alt.count):
        if not _test(m, s, &m.tests[k], <cw_element *> node, quirks):
            return False
    if alt.has_tag != 0:
        return _has(node, alt.has_tag, s.ids[alt.has_attr] if alt.has_attr >= 0 else 0, alt.has_attr < 0)
    return True


cdef bint _compound_call(Matcher m, _Scratch s, const Alt *alt, cw_node *node, bint quirks) noexcept:
    return _compound(m, s, alt, node, quirks)


ctypedef bint (*_compound_f)(Matcher m, _Scratch s, const Alt *alt, cw_node *node, bint quirks) noexcept
# (a link's compound tested through a pointer: `_compound` stays inlined into `select`'s loop, `_matches`)
cdef _compound_f _compound_out = _compound_call


cdef bint _below(Matcher m, _Scratch s, const Alt *alt, cw_node *node, bint quirks) noexcept:
    """lxb_selectors_descendant: an ancestor of `node` (up to the document, past the selection's root) is an
    element that matches `alt` (and its own link). (It reads each ancestor as the current element: `node`'s reads
    are dropped.)"""
    cdef cw_node *n = node.parent
    cdef bint found = False
    while n != NULL and not found:
        if n.type == CW_NODE_ELEMENT:
            s.gen += 1
            found = _compound_out(m, s, alt, n, quirks) and (alt.ancestor < 0 or _linked(m, s, alt, n, quirks))
        n = n.parent
    s.gen += 1
    return found


cdef bint _after(Matcher m, _Scratch s, const Alt *alt, cw_node *node, bint quirks) noexcept:
    """lxb_selectors_sibling: the previous element sibling of `node` (past text and comment nodes, past the
    selection's root) matches `alt` (and its own link). (`node`'s reads are dropped, as `_below` drops them.)"""
    cdef cw_node *n = node.prev
    cdef bint found = False
    while n != NULL and n.type != CW_NODE_ELEMENT:
        n = n.prev
    if n != NULL:
        s.gen += 1
        found = _compound_out(m, s, alt, n, quirks) and (alt.ancestor < 0 or _linked(m, s, alt, n, quirks))
        s.gen += 1
    return found


cdef bint _linked(Matcher m, _Scratch s, const Alt *alt, cw_node *node, bint quirks) noexcept:
    """Whether the element `node`, which matches `alt`'s compound, has the ancestor or previous sibling `alt`
    links it to (`alt.ancestor` >= 0)."""
    if alt.adjacent:
        return _after(m, s, &m.alts[alt.ancestor], node, quirks)
    return _below(m, s, &m.alts[alt.ancestor], node, quirks)


cdef Py_ssize_t _matches(Matcher m, _Scratch s, cw_node *node, bint quirks, Py_ssize_t start,
                         Py_ssize_t end) noexcept:
    """How many of the alternatives `node` (an element) matches, of those its tag may match (`m.order[start:end]`;
    the others cannot): lexbor reports it once for each."""
    cdef Py_ssize_t i, count = 0
    cdef const Alt *alt
    s.gen += 1
    for i in range(start, end):
        alt = &m.alts[m.order[i]]
        if _compound(m, s, alt, node, quirks) and (alt.ancestor < 0 or _linked(m, s, alt, node, quirks)):
            count += 1
    return count


def select(object root, Matcher m, list others, bint first):
    """`root.css(selector)` (or, with `first`, `[root.css_first(selector)]` or []) for a selector list whose
    compound alternatives `m` holds and whose other alternatives lexbor matched into `others` (`root.css` of
    them; `[root.css_first]` with `first`): the nodes in document order, root included, each once for every
    alternative it matches, as lexbor lists them. None for a root this walk does not read."""
    cdef cw_node *top = _plain(root)
    if top == NULL:
        return None
    cdef object tree = <object> (<cw_LexborNode *> <PyObject *> root).parser
    cdef cw_sel_document *doc = <cw_sel_document *> (<cw_sel_node *> top).owner_document
    cdef void *attrs = (<cw_document *> doc).attrs
    cdef bint quirks = doc.compat_mode == _QUIRKS
    cdef _Scratch s = _Scratch(m.n_names, m.n_needles)
    cdef Py_ssize_t i, count, at = 0, n_others = len(others), run, start, end
    cdef uintptr_t tag
    cdef cw_node *node = top
    cdef cw_node *other = NULL
    cdef list out = []
    cdef object obj
    for i in range(m.n_names):
        s.ids[i] = _id(_by_local_name, attrs, m.names[i])
    if n_others:
        obj = others[0]
        other = (<cw_LexborNode *> <PyObject *> obj).node
    while node != NULL:
        if node.type == CW_NODE_ELEMENT:
            while other == node:
                out.append(others[at])
                at += 1
                other = NULL
                if at < n_others:
                    obj = others[at]
                    other = (<cw_LexborNode *> <PyObject *> obj).node
            if first and out:
                return out
            tag = node.local_name
            run = m.run_of[tag] if tag < m.n_tags else 0
            start, end = m.runs[run], m.runs[run + 1]
            count = _matches(m, s, node, quirks, start, end) if start < end else 0
            if count:
                if first:
                    return [_new_node(node, tree)]
                for i in range(count):
                    out.append(_new_node(node, tree))
        node = _next_in(node, top)
    if at < n_others:  # (lexbor's list holds a node this walk did not meet: never, but never lose one)
        return None
    return out


# ---- the index's texts: ASCII values are split, made distinct and joined here; a field with a non-ASCII
# ---- byte is handed back to Python as the list of its values (str.split and str.lower as before)

cdef struct Tok:
    const unsigned char *p   # NULL: an attribute without a value
    size_t n

cdef struct Vec:
    Tok *items
    size_t n, cap
    bint nonascii, odd


cdef int _vec_add(Vec *v, cw_attr *attr) except -1:
    cdef cw_str *s = attr.value
    cdef Tok *grown
    if v.n == v.cap:
        v.cap = v.cap * 2 if v.cap else 64
        grown = <Tok *> realloc(v.items, v.cap * sizeof(Tok))
        if grown == NULL:
            raise MemoryError()
        v.items = grown
    if s == NULL or s.data == NULL:
        v.items[v.n].p = NULL
        v.items[v.n].n = 0
    else:
        v.items[v.n].p = s.data
        v.items[v.n].n = s.length
    v.n += 1
    return 0


cdef inline bint _space(unsigned char c) noexcept:
    """What str.split() splits an ASCII text at."""
    return c == 32 or (9 <= c <= 13) or (0x1c <= c <= 0x1f)


cdef inline size_t _hash8(const unsigned char *p, size_t n) noexcept:
    cdef uint64_t h = 0x9E3779B97F4A7C15ULL ^ n, w
    cdef size_t i = 0
    while i + 8 <= n:
        memcpy(&w, p + i, 8)
        h = (h ^ w) * 0xff51afd7ed558ccdULL
        h ^= h >> 29
        i += 8
    w = 0
    if i < n:
        memcpy(&w, p + i, n - i)
        h = (h ^ w) * 0xc4ceb9fe1a85ec53ULL
    h ^= h >> 32
    return <size_t> h


cdef inline bint _nonascii(const unsigned char *p, size_t n) noexcept:
    cdef uint64_t w, acc = 0
    cdef size_t i = 0
    while i + 8 <= n:
        memcpy(&w, p + i, 8)
        acc |= w
        i += 8
    while i < n:
        acc |= p[i]
        i += 1
    return (acc & 0x8080808080808080ULL) != 0


cdef class _Joiner:
    """Distinct byte strings, joined with \\n in first-seen order (lower-cased if asked)."""
    cdef Tok *slots
    cdef size_t cap, used, count
    cdef unsigned char *out
    cdef size_t olen, ocap
    cdef bint lower, emit
    cdef bint odd

    def __cinit__(self, bint lower, bint emit=True):
        self.emit = emit
        self.lower = lower
        self.cap = 256
        self.slots = <Tok *> calloc(self.cap, sizeof(Tok))
        self.ocap = 4096
        self.out = <unsigned char *> malloc(self.ocap)
        if self.slots == NULL or self.out == NULL:
            raise MemoryError()

    def __dealloc__(self):
        free(self.slots)
        free(self.out)

    cdef int _grow(self) except -1:
        cdef Tok *old = self.slots
        cdef size_t oldcap = self.cap, i, j
        cdef Tok *slots = <Tok *> calloc(oldcap * 2, sizeof(Tok))
        if slots == NULL:
            raise MemoryError()
        self.slots, self.cap = slots, oldcap * 2
        for i in range(oldcap):
            if old[i].p != NULL:
                j = _hash8(old[i].p, old[i].n) & (self.cap - 1)
                while self.slots[j].p != NULL:
                    j = (j + 1) & (self.cap - 1)
                self.slots[j] = old[i]
        free(old)
        return 0

    cdef int add(self, const unsigned char *p, size_t n) except -1:
        """1 when new. (`p` is never NULL: an empty lexbor string has a non-NULL pointer, and "" stands for
        a value-less attribute.)"""
        cdef size_t j = _hash8(p, n) & (self.cap - 1), i
        cdef Tok *t
        cdef unsigned char *grown
        while True:
            t = &self.slots[j]
            if t.p == NULL:
                break
            if t.n == n and memcmp(t.p, p, n) == 0:
                return 0
            j = (j + 1) & (self.cap - 1)
        t.p = p
        t.n = n
        self.used += 1
        if self.used * 2 >= self.cap:
            self._grow()
        if not self.emit:
            return 1
        if self.olen + n + 1 > self.ocap:
            while self.olen + n + 1 > self.ocap:
                self.ocap *= 2
            grown = <unsigned char *> realloc(self.out, self.ocap)
            if grown == NULL:
                raise MemoryError()
            self.out = grown
        if self.count:
            self.out[self.olen] = 10
            self.olen += 1
        self.count += 1
        if self.lower:
            for i in range(n):
                self.out[self.olen + i] = p[i] + 32 if 65 <= p[i] <= 90 else p[i]
        else:
            memcpy(self.out + self.olen, p, n)
        self.olen += n
        return 1

    cdef int add_words(self, const unsigned char *p, size_t n) except -1:
        """The words of an ASCII value (split as str.split splits); `odd` set when it holds white space that
        HTML does not split a class value at."""
        cdef size_t i = 0, start
        while i < n:
            while i < n and _space(p[i]):
                if p[i] == 0x0b or (0x1c <= p[i] <= 0x1f):
                    self.odd = True
                i += 1
            start = i
            while i < n and not _space(p[i]):
                i += 1
            if i > start:
                self.add(p + start, i - start)
        return 0

    cdef str text(self):
        return PyUnicode_DecodeUTF8(<char *> self.out, self.olen, "replace") if self.count else ""


cdef list _decoded(Vec *v):
    cdef list out = []
    cdef size_t i
    for i in range(v.n):
        out.append(None if v.items[i].p == NULL else PyUnicode_DecodeUTF8(<char *> v.items[i].p, v.items[i].n, "replace"))
    return out


cdef object _words(Vec *v):
    """`index._words_text` of the values: a str (ASCII, built here), or the decoded values (a list, for
    Python to build it from); sets v.odd when a value holds white space HTML does not split at."""
    cdef _Joiner j = _Joiner(False), seen = _Joiner(False, False)
    cdef size_t i
    cdef const unsigned char *p
    for i in range(v.n):
        p = v.items[i].p
        if p != NULL and v.items[i].n and seen.add(p, v.items[i].n):
            if _nonascii(p, v.items[i].n):
                v.nonascii = True
                return _decoded(v)
            j.add_words(p, v.items[i].n)
    v.odd = j.odd
    return j.text()


cdef object _values(Vec *v):
    """`index._attr_values` of the values ("" for none): a str, None (no values), or the decoded values
    (a list, "" for none: a value is not ASCII)."""
    cdef _Joiner j
    cdef size_t i
    cdef const unsigned char *empty = <const unsigned char *> b""
    if v.n == 0:
        return None
    j = _Joiner(True)
    for i in range(v.n):
        if v.items[i].p != NULL and _nonascii(v.items[i].p, v.items[i].n):
            return [s or "" for s in _decoded(v)]
        j.add(v.items[i].p if v.items[i].p != NULL else empty, v.items[i].n)
    return j.text()


def page_names(tree: object) -> tuple | None:
    """(class words, whether they are the page's class tokens, id words, itemprop values, rel values,
    the attributes of each <meta>, the text of each JSON-LD script, the h1 nodes) of a parsed document,
    as `index.PageIndex` reads them; a field that holds non-ASCII text is the list of its values instead
    (see `_words`, `_values`). None for a tree this walk does not read (a fragment)."""
    if type(tree) is not _parser_type or _parser_type is None:
        return None
    cdef cw_LexborHTMLParser *parser = <cw_LexborHTMLParser *> <PyObject *> tree
    if parser.is_fragment or parser.document == NULL:
        return None
    cdef cw_node *doc = <cw_node *> parser.document
    cdef void *attrs = (<cw_document *> doc).attrs
    cdef uintptr_t prop_l = _id(_by_local_name, attrs, b"itemprop"), prop_q = _id(_by_qualified_name, attrs, b"itemprop")
    cdef uintptr_t rel_l = _id(_by_local_name, attrs, b"rel"), rel_q = _id(_by_qualified_name, attrs, b"rel")
    cdef uintptr_t cls_l = _id(_by_local_name, attrs, b"class"), cls_q = _id(_by_qualified_name, attrs, b"class")
    cdef uintptr_t id_l = _id(_by_local_name, attrs, b"id"), id_q = _id(_by_qualified_name, attrs, b"id")
    cdef uintptr_t type_l = _id(_by_local_name, attrs, b"type"), type_q = _id(_by_qualified_name, attrs, b"type")
    cdef list metas = [], scripts = [], h1s = []
    cdef Vec vc, vi, vp, vr
    vc.items = vi.items = vp.items = vr.items = NULL
    vc.n = vi.n = vp.n = vr.n = vc.cap = vi.cap = vp.cap = vr.cap = 0
    vc.nonascii = vi.nonascii = vp.nonascii = vr.nonascii = vc.odd = vi.odd = vp.odd = vr.odd = False
    cdef cw_node *node = doc.first_child
    cdef cw_element *el
    cdef cw_attr *a
    cdef str v
    try:
        while node != NULL:
            if node.type == CW_NODE_ELEMENT:
                el = <cw_element *> node
                if el.first_attr != NULL:
                    a = _find(el, cls_l, cls_q)
                    if a != NULL:
                        _vec_add(&vc, a)
                    a = _find(el, id_l, id_q)
                    if a != NULL:
                        _vec_add(&vi, a)
                    a = _find(el, prop_l, prop_q)
                    if a != NULL:
                        _vec_add(&vp, a)
                    a = _find(el, rel_l, rel_q)
                    if a != NULL:
                        _vec_add(&vr, a)
                if node.local_name == CW_TAG_META:
                    metas.append(_attributes(el))
                elif node.local_name == CW_TAG_H1:
                    h1s.append(_new_node(node, tree))
                elif node.local_name == CW_TAG_SCRIPT and el.first_attr != NULL:
                    a = _find(el, type_l, type_q)
                    if a != NULL:
                        v = _value(a)
                        if v is not None and len(v) == 19 and v.lower() == "application/ld+json":
                            scripts.append(_text(node))
            node = _next_in(node, NULL)
        classes = _words(&vc)
        return (classes, not vc.nonascii and not vc.odd, _words(&vi), _values(&vp), _values(&vr),
                metas, scripts, h1s)
    finally:
        free(vc.items)
        free(vi.items)
        free(vp.items)
        free(vr.items)


def carries(tree: object, bytes name) -> object:
    """Whether an element of the parsed document `tree` carries the attribute `name` (lower case): lexbor keeps
    the names of a document's attributes in one table, a look-up where a selector walks the tree (a name only
    a removed element carried still counts). None for a tree this does not read (a fragment)."""
    if type(tree) is not _parser_type or _parser_type is None:
        return None
    cdef cw_LexborHTMLParser *parser = <cw_LexborHTMLParser *> <PyObject *> tree
    if parser.is_fragment or parser.document == NULL:
        return None
    cdef void *attrs = (<cw_document *> <cw_node *> parser.document).attrs
    return _id(_by_local_name, attrs, name) != 0


def has_tags(object node, tuple names) -> object:
    """Whether an element of `node`'s document may be one of the tags `names` (lower case, bytes): lexbor keeps the
    names of a document's tags in one table (a name only a removed element had, or an end tag, still counts), a
    look-up where a selector walks the tree. None for a node this does not read (a fragment's)."""
    cdef cw_node *n = _plain(node)
    if n == NULL:
        return None
    cdef cw_document *doc = <cw_document *> (<cw_sel_node *> n).owner_document
    if doc == NULL or doc.tags == NULL:
        return None
    for name in names:
        if _tag_id_by_name(doc.tags, <const unsigned char *> <char *> name, len(name)) != 0:
            return True
    return False


def ancestor_names(object node, const unsigned char[:] tags, uintptr_t body, uintptr_t html, Py_ssize_t depth,
                   object stop, bint names):
    """`dom.has_ancestor`'s walk: `node` and its nearest ancestors, `depth` at most, below <body> and <html> (the
    tag ids `body`, `html`) and up to `stop` (None: no such bound). True when the tag of one is in `tags` (a table
    by tag id); else, with `names`, the class and id of each element as `dom.class_and_id` gives them (those not
    empty, nearest first) for the caller's token test; else []. None for a node this walk does not read."""
    cdef cw_node *n = _plain(node)
    if n == NULL:
        return None
    cdef cw_node *end = NULL
    if stop is not None:
        if type(stop) is not _node_type:
            return None
        end = (<cw_LexborNode *> <PyObject *> stop).node
    cdef uintptr_t tag
    cdef Py_ssize_t n_tags = tags.shape[0]
    cdef list out = []
    cdef str value
    while n != NULL and depth > 0:
        tag = n.local_name
        if tag == body or tag == html or n == end:
            break
        if tag < <uintptr_t> n_tags and tags[tag]:
            return True
        if names and n.type == CW_NODE_ELEMENT:
            value = _class_id(n)
            if value:
                out.append(value)
        n = n.parent
        depth -= 1
    return out


# ---- candidates._paragraphs: the paragraphs' prose, summed per parent

cdef inline bint _in(const unsigned char[:] ids, uintptr_t tag) noexcept:
    return tag < <uintptr_t> ids.shape[0] and ids[tag] != 0


cdef inline bint _py_space(unsigned char c) noexcept:
    """str.isspace of an ASCII character."""
    return c == 32 or (9 <= c <= 13) or (0x1c <= c <= 0x1f)


cdef Py_ssize_t _stripped_len(cw_node *node) except -1:
    """len(data.strip()) of a text node, its data read as selectolax reads it (UTF-8, errors replaced)."""
    cdef cw_character_data *cd = <cw_character_data *> node
    cdef const unsigned char *p = cd.data.data
    cdef size_t n = cd.data.length, start = 0, end
    if p == NULL:
        return 0
    if _nonascii(p, n):  # (Unicode white space and code points: Python's own strip)
        return len(PyUnicode_DecodeUTF8(<char *> p, n, "replace").strip())
    end = n
    while start < end and _py_space(p[start]):
        start += 1
    while end > start and _py_space(p[end - 1]):
        end -= 1
    return end - start


cdef Py_ssize_t _text_len(cw_node *root, bint deep) except -1:
    """len(root.text(deep=deep, strip=True, skip_empty=True)): each text node stripped (a text node of white
    space only, skipped, would add nothing)."""
    cdef cw_node *node = root.first_child
    cdef Py_ssize_t total = 0
    if not deep:
        while node != NULL:
            if node.type == CW_NODE_TEXT:
                total += _stripped_len(node)
            node = node.next
        return total
    while node != NULL:  # (lxb_dom_node_simple_walk, as selectolax's text() walks; text nodes by tag id)
        if node.local_name == CW_TAG__TEXT:
            total += _stripped_len(node)
        node = _next_in(node, root)
    return total


cdef Py_ssize_t _link_len(cw_node *root, uintptr_t a) except -1:
    """`candidates.small_link_len`: the text of each <a> of `root`'s subtree (`root` too)."""
    cdef cw_node *node = root
    cdef Py_ssize_t total = 0
    while node != NULL:
        if node.local_name == a and node.type != CW_NODE_TEXT:
            total += _text_len(node, True)
        node = _next_in(node, root)
    return total


cdef inline bint _block_child(cw_node *node, const unsigned char[:] blocks) noexcept:
    cdef cw_node *child = node.first_child
    while child != NULL:
        if _in(blocks, child.local_name):
            return True
        child = child.next
    return False


cdef inline Py_ssize_t _prose(Py_ssize_t n, Py_ssize_t links, Py_ssize_t shortest) noexcept:
    if n < shortest or links * 2 > n:
        return 0
    return n - links


def paragraphs(object root, const unsigned char[:] units, const unsigned char[:] blocks, uintptr_t a, uintptr_t p,
               uintptr_t li, uintptr_t div, uintptr_t table, Py_ssize_t shortest):
    """`candidates._paragraphs(root)`: (prose characters per parent, in the order first met; the blocks of
    inline markup counted whole; the tables), the same dict, set and list, or None for a node this walk does
    not read (a fragment's root, a template's content). `units`, `blocks`: tag id -> 1 for the elements that
    may be paragraphs and the block elements; `a`...`table` the tag ids the rules name; `shortest` the
    fewest characters of a paragraph."""
    if _node_type is None or type(root) is not _node_type:
        return None
    cdef cw_LexborNode *start = <cw_LexborNode *> <PyObject *> root
    if start.is_fragment_root or start.is_template_content or start.node == NULL:
        return None
    cdef object tree = <object> start.parser
    cdef cw_node *top = start.node
    cdef cw_node *node = top.first_child
    cdef cw_node *home
    cdef dict cluster = {}, homes = {}, claimed_at = {}
    cdef set claimed = set()
    cdef list tables = []
    cdef uintptr_t tag
    cdef Py_ssize_t n, prose
    cdef object obj
    while node != NULL:
        tag = node.local_name
        if node.type == CW_NODE_ELEMENT and _in(units, tag) and not (
                claimed_at and (<uintptr_t> node.parent in claimed_at
                                or (node.parent != NULL and <uintptr_t> node.parent.parent in claimed_at))):
            prose = 0
            home = NULL
            if tag == p or (tag == li and not _block_child(node, blocks)):
                n = _text_len(node, True)
                if n >= shortest:
                    prose = _prose(n, _link_len(node, a), shortest)
                    home = node.parent
            elif tag == table:
                tables.append(_new_node(node, tree))
            else:  # text straight in a block: the block is the paragraph's home
                n = _text_len(node, False)
                prose = n if n >= shortest else 0
                if not prose and tag == div and not _block_child(node, blocks):
                    n = _text_len(node, True)  # a block of inline markup only: all its text
                    if n >= shortest:
                        prose = _prose(n, _link_len(node, a), shortest)
                        obj = _new_node(node, tree)
                        claimed.add(obj)
                        claimed_at[<uintptr_t> node] = obj
                home = node
            if prose and home != NULL:
                obj = homes.get(<uintptr_t> home)
                if obj is None:
                    obj = claimed_at.get(<uintptr_t> home)
                    if obj is None:
                        obj = _new_node(home, tree)
                    homes[<uintptr_t> home] = obj
                    cluster[obj] = prose
                else:
                    cluster[obj] += prose
        node = _next_in(node, top)
    return cluster, claimed, tables


# ---- paragraphs.build_paragraphs: the walk over the article's container, its per-node decisions in C (the
# ---- paragraphs' text stays Python strings; flushing a paragraph, a table row, an <ol>'s start and the furniture
# ---- test of a class/id value are the Python functions `paragraphs._C_HELPERS` passes)

cdef enum:
    _PW_WALK = 0
    _PW_BR = 1
    _PW_SKIP = 2
    _PW_BLOCK = 3
    _PW_STRUCTURED = 4
    _PW_LINK = 5
    _PW_INLINE = 6
    _PW_ASK = 15
    _PW_HEADER = 16
    _PW_TABLE = 32
    _PW_TR = 64
    _PW_BLOCK_TAG = 128
    _PW_IN_KIND = 1 << 20
    _PW_P = 6  # C_KINDS.index("p")
    _PW_PRE = 2  # C_KINDS.index("pre")
    # what a walk's end does (a frame's `ops`)
    _PX_BLOCK = 1  # flush, the kind around back
    _PX_LAYOUT = 2  # the layout before it back
    _PX_LIST = 4  # the list's counter off
    _PX_WHOLE = 8  # out of a block read whole
    _PX_LINK = 16  # its text is link text, and a span
    _PX_INLINE = 32  # a span of inline markup


cdef struct _PFrame:
    cw_node *node
    cw_node *next  # the next child to visit (NULL: the walk ends)
    int kind  # the kind of the walk's paragraphs (a number of C_KINDS)
    int outer  # a block's kind after it
    int ops
    int inline  # the inline markup kind (a number of C_INLINE)
    bint walked  # it went a level deeper (not past the deepest)
    Py_ssize_t before, breaks  # chars and breaks at its start
    size_t gen  # the buffer at its start (a flush of text starts another)


cdef object _one_tree(object nodes):
    """The parsed page (a LexborHTMLParser, not a fragment's) whose nodes `nodes` all are, each one the walks
    start at (not a fragment's root, not a template's content); None when there is none such."""
    cdef cw_LexborNode *start
    cdef object tree = None
    for obj in nodes:
        if _node_type is None or type(obj) is not _node_type:
            return None
        start = <cw_LexborNode *> <PyObject *> obj
        if start.is_fragment_root or start.is_template_content or start.node == NULL or \
                type(<object> start.parser) is not _parser_type or (tree is not None and <object> start.parser is not tree):
            return None
        tree = <object> start.parser
    if tree is None or (<cw_LexborHTMLParser *> <PyObject *> tree).is_fragment:
        return None
    return tree


cdef bint _furniture(cw_node *node, uintptr_t *ids, object names_furniture) except -1:
    """`clean.is_boilerplate` of an element: its class/id name page furniture (`ids`: the page's attribute ids of
    class and id, local and qualified; `names_furniture`: the test of the value, `clean.names_furniture`)."""
    cdef cw_element *el = <cw_element *> node
    cdef cw_attr *a
    cdef str cls = None, ident = None
    if el.first_attr == NULL:
        return False
    a = _find(el, ids[0], ids[1])
    if a != NULL:
        cls = _value(a)
    a = _find(el, ids[2], ids[3])
    if a != NULL:
        ident = _value(a)
    if cls:
        return names_furniture(f"{cls} {ident}" if ident else cls)
    return names_furniture(ident) if ident else False


cdef class _BodyWalk:
    """`paragraphs._Walker`, its recursion an explicit stack of frames (one a level, at most `max_depth`)."""
    cdef list out, buf, spans, lists, saved
    cdef object layout, tree, prose, big
    cdef set whole
    cdef Py_ssize_t chars, links, breaks
    cdef size_t gen
    cdef bint nonspace, inside_whole
    cdef int kind, depth, max_depth, sp
    cdef _PFrame *stack
    cdef const int[:] codes
    cdef const unsigned char[:] not_in_row
    cdef uintptr_t table
    cdef object emit, row, list_start, names_furniture, tag_code
    cdef tuple kinds, inlines
    cdef dict asked
    cdef uintptr_t ids[4]  # the page's attribute ids of class and id (local, qualified)

    def __dealloc__(self):
        free(self.stack)

    cdef int flush(self) except -1:
        if self.buf:
            if self.nonspace:  # (else white space between blocks: no paragraph; most flushes)
                self.layout = self.emit(self.out, "".join(self.buf), self.kinds[self.kind], self.links, self.layout,
                                        self.spans)
            self.buf = []
            self.gen += 1
            self.nonspace = False
            if self.spans:
                self.spans = []
        self.chars = self.links = self.breaks = 0
        return 0

    cdef int code(self, cw_node *node) except -1:
        """The tag code of an element (`paragraphs.tag_code`)."""
        cdef uintptr_t tag = node.local_name
        cdef object got
        if tag < <uintptr_t> self.codes.shape[0] and self.codes[tag] != _PW_ASK:
            return self.codes[tag]
        got = self.asked.get(tag)
        if got is None:
            got = self.tag_code(_new_node(node, self.tree).tag)
            self.asked[tag] = got
        return got

    cdef bint rowlike(self, cw_node *root, bint table) except -1:
        """`table`: css('table') of the root finds one (itself) and css_first(_NOT_IN_ROW) none; else (a row)
        css_first(_NOT_IN_ROW + ', table') finds none."""
        cdef cw_node *node = root.first_child
        cdef uintptr_t tag
        while node != NULL:
            if node.type == CW_NODE_ELEMENT:
                tag = node.local_name
                if tag == self.table or _in(self.not_in_row, tag):
                    return False
            node = _next_in(node, root)
        return True

    cdef int push(self, cw_node *node, int kind, int outer, int ops, int inline) except -1:
        cdef _PFrame *f = &self.stack[self.sp]
        self.sp += 1
        f.node, f.kind, f.outer, f.ops, f.inline = node, kind, outer, ops, inline
        f.before, f.breaks, f.gen = self.chars, self.breaks, self.gen
        f.walked = self.depth < self.max_depth
        if f.walked:
            self.depth += 1
            f.next = node.first_child
        else:
            f.next = NULL
        return 0

    cdef int block(self, cw_node *node, int kind, int outer, int ops) except -1:
        self.flush()
        self.kind = kind
        return self.push(node, kind, outer, ops | _PX_BLOCK, 0)

    cdef int structured(self, cw_node *node, int code, int kind, int outer) except -1:
        """`_Walker.structured`: a heading, list, list item, quote, pre or cell."""
        cdef object saved, depth, quote, number, counter, obj, text
        cdef int op = (code >> 12) & 15
        self.flush()
        saved = self.layout
        depth, quote = saved[2], saved[4]
        if 1 <= op <= 6:
            self.layout = ("h", op, depth, None, quote, None)
        elif op == 7:  # <pre>: its lines as they are
            obj = _new_node(node, self.tree)
            text = obj.text(deep=True).replace("\n", "\x00")
            self.layout = ("code", 0, depth, None, quote, obj)
            self.kind = _PW_PRE
            self.buf.append(text)
            self.nonspace = not text.isspace()
            self.flush()
            self.kind = outer
            self.layout = saved
            return 0
        elif op == 8:
            self.layout = ("p", 0, depth, None, quote + 1, None)
        elif op == 9 or op == 10:
            self.lists.append([self.list_start(_new_node(node, self.tree)) if op == 10 else None])
            return self.block(node, kind, outer, _PX_LIST)
        elif op == 11:
            number = None
            if self.lists:
                counter = self.lists[len(self.lists) - 1]  # (no wraparound in this module)
                number = counter[0]
                if number is not None:
                    counter[0] = number + 1
            self.layout = ("li", 0, len(self.lists) or 1, number, quote, None)
        self.saved.append(saved)
        return self.block(node, kind, outer, _PX_LAYOUT)

    cdef int end(self, _PFrame *f) except -1:
        """What follows a walk's end (in the order the Python walker's calls return)."""
        cdef int ops = f.ops
        if f.walked:
            self.depth -= 1
        if ops & _PX_LINK:
            if self.chars > f.before:  # (a flush inside resets chars: then the link holds blocks)
                self.links += self.chars - f.before
                if self.gen == f.gen:
                    self.spans.append((f.before + f.breaks, self.chars + self.breaks, "link", _new_node(f.node, self.tree)))
        elif ops & _PX_INLINE:
            if self.chars > f.before and self.gen == f.gen:
                self.spans.append((f.before + f.breaks, self.chars + self.breaks, self.inlines[f.inline], None))
        if ops & _PX_BLOCK:
            self.flush()
            self.kind = f.outer
        if ops & _PX_LAYOUT:
            self.layout = self.saved.pop()
        if ops & _PX_LIST:
            self.lists.pop()
        if ops & _PX_WHOLE:
            self.inside_whole = False
        return 0

    cdef int text(self, cw_node *node) except -1:
        """A text node's text into the buffer (`text_content`: nothing for none)."""
        cdef cw_character_data *cd = <cw_character_data *> node
        cdef const unsigned char *p = cd.data.data
        cdef size_t n = cd.data.length, i
        cdef str s
        if p == NULL or n == 0:
            return 0
        if _nonascii(p, n):
            s = PyUnicode_DecodeUTF8(<char *> p, n, "replace")
            self.chars += len(s)
            if not self.nonspace and not s.isspace():
                self.nonspace = True
        else:
            s = PyUnicode_DecodeUTF8(<char *> p, n, NULL)
            self.chars += n
            if not self.nonspace:
                for i in range(n):
                    if not _py_space(p[i]):
                        self.nonspace = True
                        break
        self.buf.append(s)
        return 0

    cdef int run(self) except -1:
        """Walk until the stack is empty (`_Walker.walk`'s loop over a node's children, each level a frame)."""
        cdef _PFrame *f
        cdef cw_node *child
        cdef int code, action, kind
        cdef object obj
        while self.sp:
            f = &self.stack[self.sp - 1]
            child = f.next
            if child == NULL:
                self.sp -= 1
                self.end(f)
                continue
            f.next = child.next
            if child.local_name == CW_TAG__TEXT:
                self.text(child)
                continue
            code = self.code(child)
            action = code & 15
            if action == _PW_BR:
                self.buf.append("\x00")
                self.breaks += 1
                self.nonspace = True
                continue
            if action == _PW_SKIP:
                continue
            kind = f.kind
            if not self.inside_whole and ((code & _PW_HEADER) or _furniture(child, self.ids, self.names_furniture)) and \
                    self.prose.get(_new_node(child, self.tree), 0) < self.big:
                continue
            if self.whole and not self.inside_whole and PyLong_FromSize_t(<size_t> child) in self.whole:
                self.inside_whole = True
                if code & _PW_BLOCK_TAG:
                    self.block(child, kind, kind, _PX_WHOLE)
                else:
                    self.push(child, kind, kind, _PX_WHOLE, 0)
                continue
            if (code & _PW_TABLE) and self.rowlike(child, True):
                self.flush()  # a data table: each row one line
                head = True  # (the first row with text heads the table)
                for tr in _new_node(child, self.tree).css("tr"):
                    self.flush()
                    obj = self.row(tr, head, self.layout)
                    if obj is not None:
                        self.out.append(obj)
                        head = False
                continue
            if (code & _PW_TR) and self.rowlike(child, False):
                self.flush()
                obj = self.row(_new_node(child, self.tree), False, self.layout)
                if obj is not None:
                    self.out.append(obj)
                continue
            if action == _PW_BLOCK:
                self.block(child, kind, kind, 0)
            elif action == _PW_STRUCTURED:
                self.structured(child, code, ((code >> 8) & 15) or kind, kind)
            elif action == _PW_LINK:
                self.push(child, kind, kind, _PX_LINK, 0)
            elif action == _PW_INLINE:
                self.push(child, kind, kind, _PX_INLINE, (code >> 16) & 15)
            else:
                self.push(child, kind, kind, 0, 0)
        return 0


def body_paragraphs(list nodes, dict prose, object big, set whole, tuple top, tuple helpers, const int[:] codes,
                    int max_depth):
    """`paragraphs.build_paragraphs` of `nodes` once `big` is known (the same Paragraphs), or None for nodes
    this walk does not read (a fragment's, a template's content). `top`: the layout outside any block;
    `helpers`: `paragraphs._C_HELPERS`; `codes`: tag id -> `paragraphs.tag_code` of its name (C_ASK: ask it);
    `max_depth`: the levels the walk goes down (`nesting.MAX_DEPTH`)."""
    cdef cw_node *node
    cdef int code
    if not nodes:
        return []
    cdef object tree = _one_tree(nodes)
    if tree is None:
        return None
    cdef _BodyWalk w = _BodyWalk.__new__(_BodyWalk)
    cdef void *attrs = (<cw_document *> (<cw_LexborHTMLParser *> <PyObject *> tree).document).attrs
    w.ids[0], w.ids[1] = _id(_by_local_name, attrs, b"class"), _id(_by_qualified_name, attrs, b"class")
    w.ids[2], w.ids[3] = _id(_by_local_name, attrs, b"id"), _id(_by_qualified_name, attrs, b"id")
    w.emit, w.row, w.list_start, w.names_furniture, w.tag_code, w.not_in_row, w.table, w.kinds, w.inlines = helpers
    w.codes, w.max_depth, w.tree, w.prose, w.big, w.layout = codes, max_depth, tree, prose, big, top
    w.whole = {n.mem_id for n in whole} if whole else None
    w.out, w.buf, w.spans, w.lists, w.saved, w.asked = [], [], [], [], [], {}
    w.kind = _PW_P
    w.stack = <_PFrame *> malloc((max_depth + 2) * sizeof(_PFrame))
    if w.stack == NULL:
        raise MemoryError()
    for obj in nodes:
        node = (<cw_LexborNode *> <PyObject *> obj).node
        code = w.code(node)
        if code & _PW_IN_KIND:
            w.structured(node, code, ((code >> 8) & 15) or _PW_P, _PW_P)
        else:
            w.block(node, _PW_P, _PW_P, 0)
        w.run()
    return w.out


# ---- candidates.rank_containers once the paragraphs are summed: the elements above them (`_elements_above`),
# ---- their prose summed up the tree (`_propagate`), less furniture's (`_discount_furniture`), the best (`_best`);
# ---- the same arithmetic in the same order (doubles as Python's floats: no contraction, libm's pow)

cdef struct _RElem:
    cw_node *node
    Py_ssize_t parent  # its index (-1: None, the top)
    Py_ssize_t depth
    Py_ssize_t via  # the child its prose came through (-1: several, or none yet: see has_via)
    bint has_via, inside, home, has_mass, in_fmass, candidate, has_total, has_links
    double mass, fmass, factor
    double smass  # after the furniture's prose is taken off (the scored mass)
    Py_ssize_t raw, fraw, sraw, total, links
    bint in_parent_of


cdef class _Rank:
    cdef _RElem *el
    cdef Py_ssize_t n, cap
    cdef size_t *slots  # pointer hash: index + 1 (0: empty)
    cdef size_t nslots
    cdef list objs  # the LexborNode of each element (None until one is needed)
    cdef object tree

    def __dealloc__(self):
        free(self.el)
        free(self.slots)

    cdef Py_ssize_t find(self, cw_node *node) noexcept:
        cdef size_t j = (<size_t> node >> 4) * <size_t> 0x9E3779B97F4A7C15ULL & (self.nslots - 1)
        while self.slots[j]:
            if self.el[self.slots[j] - 1].node == node:
                return self.slots[j] - 1
            j = (j + 1) & (self.nslots - 1)
        return -1

    cdef int put(self, size_t index) noexcept:
        cdef size_t j = (<size_t> self.el[index].node >> 4) * <size_t> 0x9E3779B97F4A7C15ULL & (self.nslots - 1)
        while self.slots[j]:
            j = (j + 1) & (self.nslots - 1)
        self.slots[j] = index + 1
        return 0

    cdef Py_ssize_t add(self, cw_node *node, object obj) except -1:
        cdef _RElem *grown
        cdef size_t *slots
        cdef Py_ssize_t i
        if self.n == self.cap:
            self.cap = self.cap * 2 if self.cap else 64
            grown = <_RElem *> realloc(self.el, self.cap * sizeof(_RElem))
            if grown == NULL:
                raise MemoryError()
            self.el = grown
        if (self.n + 1) * 2 > <Py_ssize_t> self.nslots:
            slots = <size_t *> calloc(self.nslots * 2 if self.nslots else 128, sizeof(size_t))
            if slots == NULL:
                raise MemoryError()
            free(self.slots)
            self.slots, self.nslots = slots, self.nslots * 2 if self.nslots else 128
            for i in range(self.n):
                self.put(i)
        i = self.n
        memset(&self.el[i], 0, sizeof(_RElem))
        self.el[i].node = node
        self.el[i].parent = -1
        self.el[i].via = -1
        self.n += 1
        self.put(i)
        self.objs.append(obj)
        return i

    cdef object obj(self, Py_ssize_t i):
        cdef object got = self.objs[i]
        if got is None:
            got = _new_node(self.el[i].node, self.tree)
            self.objs[i] = got
        return got


cdef int _by_depth(const void *a, const void *b) noexcept nogil:
    """qsort's order of (depth, index) pairs: the deepest first, then in the order met (a stable sort)."""
    cdef const Py_ssize_t *x = <const Py_ssize_t *> a
    cdef const Py_ssize_t *y = <const Py_ssize_t *> b
    if x[0] != y[0]:
        return -1 if x[0] > y[0] else 1
    return -1 if x[1] < y[1] else (1 if x[1] > y[1] else 0)


cdef struct _Bound:
    double bound
    Py_ssize_t index  # the element's
    Py_ssize_t seq  # its place among the candidates (ties: the first)


cdef int _by_bound(const void *a, const void *b) noexcept nogil:
    cdef const _Bound *x = <const _Bound *> a
    cdef const _Bound *y = <const _Bound *> b
    if x.bound != y.bound:
        return -1 if x.bound > y.bound else 1
    return -1 if x.seq < y.seq else (1 if x.seq > y.seq else 0)


cdef Py_ssize_t _text_besides(cw_node *node, cw_node *skip) except -1:
    """`candidates._text_besides`."""
    cdef cw_node *child = node.first_child
    cdef Py_ssize_t total = 0
    while child != NULL:
        if child.local_name == CW_TAG__TEXT:
            total += _stripped_len(child)
        elif child != skip:
            total += _stripped_len(child) if child.type == CW_NODE_TEXT else _text_len(child, True)
        child = child.next
    return total


cdef Py_ssize_t _links_besides(cw_node *node, cw_node *skip, uintptr_t a) except -1:
    """`candidates._links_besides`."""
    cdef cw_node *child = node.first_child
    cdef Py_ssize_t total = _text_len(node, True) if node.local_name == a else 0
    while child != NULL:
        if child.local_name != CW_TAG__TEXT and child != skip:
            total += _link_len(child, a)
        child = child.next
    return total


cdef bint _more_children_than(cw_node *node, Py_ssize_t limit) noexcept:
    cdef cw_node *child = node.first_child
    while child != NULL:
        limit -= 1
        if limit < 0:
            return True
        child = child.next
    return False


cdef Py_ssize_t _chain(_Rank r, Py_ssize_t i, bint links, uintptr_t a, Py_ssize_t max_children,
                       Py_ssize_t *path) except -1:
    """`candidates._down_the_chain` for the text (`links` False) or link lengths, without recursion: down the
    chain of candidates to one counted already or to be read whole, then each wrapper's count on the way back
    up (`path`: room for every element)."""
    cdef Py_ssize_t depth = 0, j = i, inner, total
    cdef _RElem *e
    while True:
        e = &r.el[j]
        if e.has_links if links else e.has_total:
            total = e.links if links else e.total
            break
        inner = e.via if e.has_via else -1
        if inner < 0 or not r.el[inner].candidate or (links and _more_children_than(e.node, max_children)):
            total = _link_len(e.node, a) if links else _text_len(e.node, True)
            if links:
                e.links, e.has_links = total, True
            else:
                e.total, e.has_total = total, True
            break
        path[depth] = j
        depth += 1
        j = inner
    while depth:
        depth -= 1
        e = &r.el[path[depth]]
        if links:
            total += _links_besides(e.node, r.el[e.via].node, a)
            e.links, e.has_links = total, True
        else:
            total += _text_besides(e.node, r.el[e.via].node)
            e.total, e.has_total = total, True
    return total


cdef Py_ssize_t *_grown(Py_ssize_t *items, Py_ssize_t n, Py_ssize_t *cap) except NULL:
    """`items` with room for `n` (`cap`: its room, doubled when it grows)."""
    cdef Py_ssize_t *got
    if items != NULL and n <= cap[0]:
        return items
    cap[0] = n if n > 2 * cap[0] else 2 * cap[0]
    if cap[0] < 16:
        cap[0] = 16
    got = <Py_ssize_t *> realloc(items, cap[0] * sizeof(Py_ssize_t))
    if got == NULL:
        raise MemoryError()
    return got


def rank(dict cluster, tuple helpers, uintptr_t html, uintptr_t a, Py_ssize_t cluster_full, double power,
         double clean_share, double other, double alpha, Py_ssize_t max_children):
    """`candidates.rank_containers` once `_clusters` summed the paragraphs: (the best element or None, the
    prose of every element as `Ranking.prose`), or None for a cluster this walk does not read. `helpers`:
    (`candidates._factor`, `clean.names_furniture`, the test of a parent that is not an element); `html`, `a`
    the tags' ids; the numbers are `candidates`' constants."""
    cdef object factor_of, names_furniture, no_parent, obj, value
    factor_of, names_furniture, no_parent = helpers
    cdef object tree = _one_tree(cluster)
    if tree is None:
        return None
    cdef void *attrs = (<cw_document *> (<cw_LexborHTMLParser *> <PyObject *> tree).document).attrs
    cdef uintptr_t ids[4]
    ids[0], ids[1] = _id(_by_local_name, attrs, b"class"), _id(_by_qualified_name, attrs, b"class")
    ids[2], ids[3] = _id(_by_local_name, attrs, b"id"), _id(_by_qualified_name, attrs, b"id")
    cdef _Rank r = _Rank.__new__(_Rank)
    r.objs, r.tree = [], tree
    cdef Py_ssize_t homes = 0, i, j, k, t, d, clen, most = 0, nseq = 0, npo = 0, ncand = 0, nbounds = 0, full, best_i = -1
    cdef Py_ssize_t total, links, rest, path_cap = 0, po_cap = 0, order_cap = 0, seq_cap = 0
    cdef cw_node *parent
    cdef bint furniture, any_furniture = False
    cdef Py_ssize_t *po = NULL  # the elements in the order parent_of has them
    cdef Py_ssize_t *order = NULL  # (depth, place in po) pairs, then the elements the deepest first
    cdef Py_ssize_t *seq = NULL  # the elements in the order mass (and raw) has them
    cdef Py_ssize_t *path = NULL  # a chain of elements
    cdef _Bound *bounds = NULL
    cdef double top, m, best, score, prose, factor, ratio
    cdef _RElem *e
    cdef _RElem *p
    try:
        for obj, value in cluster.items():
            r.add((<cw_LexborNode *> <PyObject *> obj).node, obj)
            e = &r.el[homes]
            e.home = True
            e.raw = value
            if e.raw > most:
                most = e.raw
            homes += 1
        # _elements_above: each home's chain up to an element met already (or the top), each element once
        for k in range(homes):
            if r.el[k].in_parent_of:
                continue
            clen = 0
            i = k
            while True:
                path = _grown(path, clen + 1, &path_cap)
                path[clen] = i
                clen += 1
                po = _grown(po, npo + 1, &po_cap)
                po[npo] = i
                npo += 1
                r.el[i].in_parent_of = True
                parent = r.el[i].node.parent
                if parent != NULL and (parent.local_name == html or
                                       (parent.type != CW_NODE_ELEMENT and no_parent(_new_node(parent, tree)))):
                    parent = NULL
                if parent == NULL:
                    r.el[i].parent = j = -1
                    break
                j = r.find(parent)
                if j < 0:
                    j = r.add(parent, None)
                r.el[i].parent = j
                if r.el[j].in_parent_of:
                    break
                i = j
            d = r.el[j].depth + 1 if j >= 0 else 0
            furniture = j >= 0 and r.el[j].inside
            for t in range(clen - 1, -1, -1):  # (from the top down: below a furniture element all is inside it)
                e = &r.el[path[t]]
                e.depth = d
                d += 1
                furniture = furniture or (e.parent != -1 and _furniture(e.node, ids, names_furniture))
                e.inside = furniture
        order = _grown(order, 2 * npo, &order_cap)
        for t in range(npo):
            order[2 * t], order[2 * t + 1] = r.el[po[t]].depth, t
        qsort(order, npo, 2 * sizeof(Py_ssize_t), _by_depth)
        for t in range(npo):
            order[t] = po[order[2 * t + 1]]
        # _propagate
        full = cluster_full if cluster_full < most else most
        seq = _grown(seq, r.n, &seq_cap)
        for k in range(homes):
            e = &r.el[k]
            ratio = <double> e.raw / <double> full
            e.mass = <double> e.raw * pow(ratio if ratio < 1.0 else 1.0, power)
            e.has_mass = True
            seq[nseq] = k
            nseq += 1
        for t in range(npo):
            e = &r.el[order[t]]
            if e.parent < 0:
                continue
            p = &r.el[e.parent]
            if not p.has_mass:
                p.has_mass = True
                seq[nseq] = e.parent
                nseq += 1
            p.mass = p.mass + e.mass
            p.raw = p.raw + e.raw
            if not p.has_via and not p.home:
                p.via = order[t]
            else:
                p.via = -1
            p.has_via = True
        # _discount_furniture
        for k in range(homes):
            e = &r.el[k]
            e.smass, e.sraw = e.mass, e.raw
            if e.inside:
                e.fmass, e.fraw, e.in_fmass = e.mass, e.raw, True
                any_furniture = True
        for t in range(homes, nseq):
            e = &r.el[seq[t]]
            e.smass, e.sraw = e.mass, e.raw
        if any_furniture:
            for t in range(npo):
                e = &r.el[order[t]]
                if e.parent >= 0 and e.in_fmass:
                    p = &r.el[e.parent]
                    p.fmass = (p.fmass if p.in_fmass else 0.0) + e.fmass
                    p.fraw = (p.fraw if p.in_fmass else 0) + e.fraw
                    p.in_fmass = True
            top = r.el[seq[0]].mass
            m = r.el[seq[0]].mass - (r.el[seq[0]].fmass if r.el[seq[0]].in_fmass else 0.0)
            for t in range(1, nseq):
                e = &r.el[seq[t]]
                if e.mass > top:
                    top = e.mass
                if e.mass - (e.fmass if e.in_fmass else 0.0) > m:
                    m = e.mass - (e.fmass if e.in_fmass else 0.0)
            if m >= clean_share * top:
                for t in range(nseq):
                    e = &r.el[seq[t]]
                    e.smass = e.mass - (e.fmass if e.in_fmass else 0.0)
                    e.sraw = e.raw - (e.fraw if e.in_fmass else 0)
        # _best
        top = r.el[seq[0]].smass
        for t in range(1, nseq):
            if r.el[seq[t]].smass > top:
                top = r.el[seq[t]].smass
        if top > 0:
            path = _grown(path, nseq, &path_cap)
            for t in range(nseq):
                e = &r.el[seq[t]]
                if e.smass >= top * 0.2:
                    factor = factor_of(r.obj(seq[t]))
                    if e.parent >= 0 and r.el[e.parent].inside:  # a text widget in a sidebar, a comment's body
                        factor *= 0.5
                    e.factor, e.candidate = factor, True
                    path[ncand] = seq[t]
                    ncand += 1
            bounds = <_Bound *> malloc((ncand if ncand else 1) * sizeof(_Bound))
            if bounds == NULL:
                raise MemoryError()
            for t in range(ncand):
                e = &r.el[path[t]]
                # a wrapper around one child with the same prose scores no better than that child
                if e.has_via and e.via >= 0 and r.el[e.via].candidate and r.el[e.via].sraw == e.sraw \
                        and e.factor <= r.el[e.via].factor:
                    continue
                bounds[nbounds].bound, bounds[nbounds].index, bounds[nbounds].seq = e.smass * e.factor, path[t], t
                nbounds += 1
            qsort(bounds, nbounds, sizeof(_Bound), _by_bound)
            path = _grown(path, r.n, &path_cap)
            best = -INFINITY
            for t in range(nbounds):
                if bounds[t].bound < best:
                    break
                i = bounds[t].index
                e = &r.el[i]
                prose, factor = e.smass, e.factor
                total = _chain(r, i, False, a, max_children, path)
                e = &r.el[i]
                rest = total - e.sraw
                if (prose - other * <double> (rest if rest > 0 else 0)) * factor < best:
                    continue
                links = _chain(r, i, True, a, max_children, path)
                e = &r.el[i]
                rest = total - e.sraw - links
                score = (prose - alpha * <double> links - other * <double> (rest if rest > 0 else 0)) * factor
                if score > best:  # (ties: the first, as a stable sort by score would keep it)
                    best, best_i = score, i
        raw = {}
        for t in range(nseq):
            raw[r.obj(seq[t])] = r.el[seq[t]].raw
        return (r.obj(best_i) if best_i >= 0 else None), raw
    finally:
        free(po)
        free(order)
        free(seq)
        free(path)
        free(bounds)


cdef inline cw_node *_plain(object node) noexcept:
    """The lexbor node of a LexborNode whose walks start at it (not a fragment's root, not a template's
    content: selectolax walks those from elsewhere); NULL for any other."""
    if _node_type is None or type(node) is not _node_type:
        return NULL
    cdef cw_LexborNode *n = <cw_LexborNode *> <PyObject *> node
    if n.is_fragment_root or n.is_template_content:
        return NULL
    return n.node


cdef str _class_id(cw_node *n):
    """An element's class and id values (its own pointers to those attributes, as lexbor keeps them: the last of
    each name), joined by a space when both are set, else the one set, else ""."""
    cdef cw_attr *a = (<cw_sel_element *> n).attr_class
    cdef str cls = _value(a) if a != NULL else None
    a = (<cw_sel_element_id *> n).attr_id
    cdef str ident = _value(a) if a != NULL else None
    if cls and ident:
        return cls + " " + ident
    return cls or ident or ""


def class_and_id(object node):
    """`dom.class_and_id(node)`: `_class_id` of an element, "" for a node that is not one; None for a node this
    does not read. No dict of all its attributes is built."""
    cdef cw_node *n = _plain(node)
    if n == NULL:
        return None
    return _class_id(n) if n.type == CW_NODE_ELEMENT else ""


def texts(list nodes):
    """`[node.text(deep=True) for node in nodes]` (`dom.texts`), in one call: no text object, no callback for each
    node; a node this walk does not read (a fragment's root, a template's content, a text node) is asked by
    selectolax."""
    cdef list out = []
    cdef cw_node *n
    for obj in nodes:
        n = _plain(obj)
        out.append(obj.text(deep=True) if n == NULL or n.type == CW_NODE_TEXT else _text(n))
    return out


def text_len(object node):
    """`clean.text_len(node)`: len(node.text(deep=True, strip=True, skip_empty=True)); None for a node this
    walk does not read."""
    cdef cw_node *n = _plain(node)
    if n == NULL:
        return None
    if n.type == CW_NODE_TEXT:  # (selectolax's text() of a text node: its own data)
        return _stripped_len(n)
    return _text_len(n, True)


cdef bint _utf8(const unsigned char *p, size_t n) noexcept:
    """Whether `p` is UTF-8 as Python's strict decoder reads it (no overlong form, no surrogate, nothing past
    U+10FFFF, no sequence cut short): then decoding it and encoding the text again gives the same bytes."""
    cdef size_t i = 0, j, k
    cdef unsigned char c, lo, hi
    cdef uint64_t w
    while i < n:
        if i + 8 <= n:
            memcpy(&w, p + i, 8)
            if (w & 0x8080808080808080ULL) == 0:
                i += 8
                continue
        c = p[i]
        if c < 0x80:
            i += 1
            continue
        lo, hi = 0x80, 0xBF
        if 0xC2 <= c <= 0xDF:
            k = 1
        elif 0xE0 <= c <= 0xEF:
            k = 2
            if c == 0xE0:
                lo = 0xA0
            elif c == 0xED:
                hi = 0x9F
        elif 0xF0 <= c <= 0xF4:
            k = 3
            if c == 0xF0:
                lo = 0x90
            elif c == 0xF4:
                hi = 0x8F
        else:
            return False
        if i + k >= n or not (lo <= p[i + 1] <= hi):
            return False  # (cut short at the end, or a second byte out of its range)
        for j in range(2, k + 1):
            if not (0x80 <= p[i + j] <= 0xBF):
                return False
        i += k + 1
    return True


def folded_text(object node):
    """`node.text(deep=True).encode().lower()` (`page.Page.shown`): its text nodes' bytes, ASCII letters lowered,
    without the text as a str between (decoded, encoded again); None for a node this walk does not read, or
    for bytes that are not UTF-8 (selectolax's text replaces those)."""
    cdef cw_node *root = _plain(node)
    cdef cw_node *n
    cdef cw_character_data *cd
    cdef size_t total = 0, i, at = 0
    cdef unsigned char *out
    cdef const unsigned char *src
    cdef unsigned char c
    if root == NULL or root.type == CW_NODE_TEXT:
        return None
    n = root.first_child
    while n != NULL:  # (lxb_dom_node_simple_walk, as selectolax's text() walks; text nodes by tag id)
        if n.local_name == CW_TAG__TEXT:
            cd = <cw_character_data *> n
            if cd.data.data != NULL:
                total += cd.data.length
        n = _next_in(n, root)
    got = PyBytes_FromStringAndSize(NULL, total)
    out = <unsigned char *> PyBytes_AS_STRING(got)
    n = root.first_child
    while n != NULL:
        if n.local_name == CW_TAG__TEXT:
            cd = <cw_character_data *> n
            src = cd.data.data
            if src != NULL:
                for i in range(cd.data.length):
                    c = src[i]
                    out[at + i] = c + 32 if 65 <= c <= 90 else c
                at += cd.data.length
        n = _next_in(n, root)
    return got if _utf8(out, total) else None


def joined_text(object node, bytes separator):
    """`node.text(deep=True, separator=...)` (`page.Page.lines`): its text nodes' bytes joined, decoded once, without
    growing a buffer node by node; None for a node this walk does not read."""
    cdef cw_node *root = _plain(node)
    if root == NULL or root.type == CW_NODE_TEXT:
        return None
    return _text(root, separator, len(separator))


def link_len(object node, uintptr_t a):
    """`candidates.link_len(node)`: the text length of each <a> of the node's subtree (the node too: its
    css("a") matches it); None for a node this walk does not read."""
    cdef cw_node *n = _plain(node)
    if n == NULL:
        return None
    return _link_len(n, a)


# ---------------------------------------------------------------- code text cut before parsing (`dom.parse`)


DEF _FOREIGN_DEPTH = 256

# what a byte is to the tokenizer inside a tag: _CH_NAME (any other), _CH_SPACE, "/", "=", a quote, ">"
DEF _CH_NAME = 0
DEF _CH_SPACE = 1
DEF _CH_SLASH = 2
DEF _CH_EQ = 3
DEF _CH_QUOTE = 4
DEF _CH_GT = 5
cdef unsigned char _CH[256]
memset(_CH, _CH_NAME, 256)
_CH[32] = _CH[9] = _CH[10] = _CH[12] = _CH[13] = _CH_SPACE
_CH[47], _CH[61], _CH[34], _CH[39], _CH[62] = _CH_SLASH, _CH_EQ, _CH_QUOTE, _CH_QUOTE, _CH_GT

# what a start tag is to the scan (`_kind`)
DEF _OTHER = 0
DEF _SCRIPT = 1
DEF _STYLE = 2
DEF _RAW = 3  # raw text or RCDATA, kept whole: textarea title xmp iframe noembed noframes
DEF _FOREIGN = 4  # svg math
DEF _STOP = 5  # the tree builder may ignore a <script> or <style> tag after it: select frameset plaintext
DEF _TEMPLATE = 6
DEF _COL = 7


cdef inline bint _alpha(unsigned char c) noexcept nogil:
    return <unsigned char> ((c | 32) - 97) < 26


cdef inline bint _is(const unsigned char *s, const char *name, Py_ssize_t m) noexcept nogil:
    """s[:m] is `name` (lower case letters and "-") with ASCII letters folded."""
    cdef Py_ssize_t k
    for k in range(m):
        if (s[k] | 32) != <unsigned char> name[k]:
            return False
    return True


cdef inline int _kind(const unsigned char *s, Py_ssize_t m) noexcept nogil:
    """What the start tag named s[:m] is to the scan."""
    cdef unsigned char c = s[0] | 32
    if c == 115:  # s
        if m == 6 and _is(s, b"script", 6):
            return _SCRIPT
        if m == 5 and _is(s, b"style", 5):
            return _STYLE
        if m == 3 and _is(s, b"svg", 3):
            return _FOREIGN
        if m == 6 and _is(s, b"select", 6):
            return _STOP
    elif c == 116:  # t
        if m == 5 and _is(s, b"title", 5) or m == 8 and _is(s, b"textarea", 8):
            return _RAW
        if m == 8 and _is(s, b"template", 8):
            return _TEMPLATE
    elif c == 109:  # m
        if m == 4 and _is(s, b"math", 4):
            return _FOREIGN
    elif c == 105:  # i
        if m == 6 and _is(s, b"iframe", 6):
            return _RAW
    elif c == 110:  # n
        if m == 7 and _is(s, b"noembed", 7) or m == 8 and _is(s, b"noframes", 8):
            return _RAW
    elif c == 120:  # x
        if m == 3 and _is(s, b"xmp", 3):
            return _RAW
    elif c == 99:  # c
        if m == 3 and _is(s, b"col", 3):
            return _COL
    elif c == 102:  # f
        if m == 8 and _is(s, b"frameset", 8):
            return _STOP
    elif c == 112:  # p
        if m == 9 and _is(s, b"plaintext", 9):
            return _STOP
    return _OTHER


cdef bint _breaks_out(const unsigned char *s, Py_ssize_t m, bint closing) noexcept nogil:
    """Whether the start tag named s[:m] ends foreign content (an HTML tag: <font> with some attributes
    only, any here), or may leave it (an integration point, whose content the HTML rules read: unless it
    closes at once)."""
    if m == 1:
        return (s[0] | 32) in b"bipsu"
    if m == 2:
        return _is(s, b"br", 2) or _is(s, b"dd", 2) or _is(s, b"dl", 2) or _is(s, b"dt", 2) or _is(s, b"em", 2) \
            or (s[0] | 32) == 104 and 49 <= s[1] <= 54 or _is(s, b"hr", 2) or _is(s, b"li", 2) or _is(s, b"ol", 2) \
            or _is(s, b"tt", 2) or _is(s, b"ul", 2) \
            or not closing and (_is(s, b"mi", 2) or _is(s, b"mo", 2) or _is(s, b"mn", 2) or _is(s, b"ms", 2))
    if m == 3:
        return _is(s, b"big", 3) or _is(s, b"div", 3) or _is(s, b"img", 3) or _is(s, b"pre", 3) \
            or _is(s, b"sub", 3) or _is(s, b"sup", 3) or _is(s, b"var", 3)
    if m == 4:
        return _is(s, b"body", 4) or _is(s, b"code", 4) or _is(s, b"font", 4) or _is(s, b"head", 4) \
            or _is(s, b"menu", 4) or _is(s, b"meta", 4) or _is(s, b"nobr", 4) or _is(s, b"ruby", 4) \
            or _is(s, b"span", 4) or not closing and _is(s, b"desc", 4)
    if m == 5:
        return _is(s, b"embed", 5) or _is(s, b"small", 5) or _is(s, b"table", 5) \
            or not closing and (_is(s, b"title", 5) or _is(s, b"mtext", 5))
    if m == 6:
        return _is(s, b"center", 6) or _is(s, b"strike", 6) or _is(s, b"strong", 6)
    if m == 7:
        return _is(s, b"listing", 7)
    if m == 10:
        return _is(s, b"blockquote", 10)
    return not closing and (m == 13 and _is(s, b"foreignobject", 13) or m == 14 and _is(s, b"annotation-xml", 14))


cdef inline Py_ssize_t _name_end(const unsigned char *d, Py_ssize_t k, Py_ssize_t n) noexcept nogil:
    """The end of a tag name that goes on at `k` (white space, "/", ">" or the page's end end it)."""
    while k < n and _CH[d[k]] != _CH_SPACE and d[k] != 47 and d[k] != 62:
        k += 1
    return k


cdef Py_ssize_t _tag_end(const unsigned char *d, Py_ssize_t i, Py_ssize_t n, bint *closing) noexcept nogil:
    """The index after the ">" that ends a tag whose name ended at `i` (-1: the page ends first), its
    attributes read as the HTML tokenizer reads them (a quoted value may hold ">"); `closing`: the tag
    ends in "/>" (its self-closing flag)."""
    # 0 before an attribute name, 1 in a name, 2 after a name, 3 before a value, 4 in an unquoted value,
    # 5 after a quoted value, 6 after "/" (the self-closing start tag state)
    cdef int st = 0
    cdef unsigned char c, ch
    cdef const unsigned char *q
    closing[0] = False
    while i < n:
        c = d[i]
        ch = _CH[c]
        if ch == _CH_NAME:  # a name or an unquoted value starts or goes on: on to its end
            st = 4 if st == 3 or st == 4 else 1
            i += 1
            while i < n and _CH[d[i]] == _CH_NAME:
                i += 1
            continue
        if ch == _CH_GT:  # (">" ends the tag in every state but a quoted value's)
            closing[0] = st == 6
            return i + 1
        if st == 3:
            if ch == _CH_QUOTE:
                q = <const unsigned char *> memchr(d + i + 1, c, n - i - 1)
                if q == NULL:
                    return -1
                i = q - d
                st = 5
            elif ch != _CH_SPACE:
                st = 4  # ("=" or "/" opens an unquoted value)
        elif st == 4:
            if ch == _CH_SPACE:
                st = 0
        elif st == 1:
            if ch == _CH_EQ:
                st = 3
            elif ch == _CH_SLASH:
                st = 6
            elif ch == _CH_SPACE:
                st = 2
        elif ch == _CH_SPACE:
            if st != 2:
                st = 0
        elif ch == _CH_SLASH:
            st = 6
        elif ch == _CH_EQ and st == 2:
            st = 3
        else:  # (a quote, or an "=" before a name, after a quoted value or "/", starts a name)
            st = 1
        i += 1
    return -1


cdef Py_ssize_t _comment_end(const unsigned char *d, Py_ssize_t j, Py_ssize_t n) noexcept nogil:
    """The index after the comment that opens with "<!--" at `j` (-1: it runs to the end): its first "-->"
    (the opening's dashes count: "<!-->" is one) or "--!>" after the opening."""
    cdef Py_ssize_t k = j + 2
    cdef const unsigned char *p
    while k + 2 < n:
        p = <const unsigned char *> memchr(d + k, 45, n - k - 2)
        if p == NULL:
            return -1
        k = p - d
        if d[k + 1] == 45:
            if d[k + 2] == 62:
                return k + 3
            if k >= j + 4 and k + 3 < n and d[k + 2] == 33 and d[k + 3] == 62:
                return k + 4
        k += 1
    return -1


cdef Py_ssize_t _raw_end(const unsigned char *d, Py_ssize_t i, Py_ssize_t n, const unsigned char *name,
                         Py_ssize_t size, bint *escapes) noexcept nogil:
    """Where the text of a raw-text element named name[:size] (any case) that starts at `i` ends: the "<" of
    its first end tag ("</name" and white space, "/" or ">", in any case), or `n`. `escapes` (when not NULL):
    set when a "<!--" comes first (in a script it opens the escaped states, where "</script>" may not end it)."""
    cdef const unsigned char *p
    cdef Py_ssize_t j, k
    cdef unsigned char c
    while i < n:
        p = <const unsigned char *> memchr(d + i, 60, n - i)
        if p == NULL:
            return n
        j = p - d
        if j + 2 + size < n and d[j + 1] == 47:
            for k in range(size):
                if (d[j + 2 + k] | 32) != (name[k] | 32):
                    break
            else:
                c = d[j + 2 + size]
                if c == 62 or c == 47 or _CH[c] == _CH_SPACE:
                    return j
        elif escapes != NULL and j + 3 < n and d[j + 1] == 33 and d[j + 2] == 45 and d[j + 3] == 45:
            escapes[0] = True
            return j
        i = j + 1
    return n


cdef bint _kept(const unsigned char *d, Py_ssize_t a, Py_ssize_t b) noexcept nogil:
    """Whether the script whose start tag is d[a:b] keeps its text: it may be JSON-LD (its tag holds
    "ld+json" in any case, or a character reference that may write it)."""
    cdef Py_ssize_t k
    for k in range(a, b):
        if d[k] == 38:
            return True
        if (d[k] | 32) == 108 and k + 7 <= b and _is(d + k, b"ld+json", 7):
            return True
    return False


cdef Py_ssize_t _foreign_end(const unsigned char *d, Py_ssize_t i, Py_ssize_t n, Py_ssize_t a, Py_ssize_t b) noexcept nogil:
    """The index after the end tag of the <svg> or <math> (its name d[a:b]) whose start tag ended at `i`, when
    its content is plain foreign content: elements nested as written (each end tag the innermost one's),
    comments and text; -1 for any other (an HTML tag that breaks out of it, an integration point with
    content, a CDATA section, a bogus comment, a tag the page ends in, deeper than _FOREIGN_DEPTH)."""
    cdef Py_ssize_t starts[_FOREIGN_DEPTH]
    cdef Py_ssize_t sizes[_FOREIGN_DEPTH]
    cdef int depth = 1
    cdef Py_ssize_t j, k, e, m
    cdef const unsigned char *p
    cdef unsigned char c
    cdef bint closing
    starts[0] = a
    sizes[0] = b - a
    while True:
        p = <const unsigned char *> memchr(d + i, 60, n - i)
        if p == NULL:
            return -1
        j = p - d
        if j + 2 >= n:
            return -1
        c = d[j + 1]
        if c == 33:  # "<!": a comment, else a CDATA section or a bogus comment (told apart by the tree: stop)
            if d[j + 2] != 45 or j + 3 >= n or d[j + 3] != 45:
                return -1
            i = _comment_end(d, j, n)
            if i < 0:
                return -1
        elif c == 47:
            if not _alpha(d[j + 2]):
                return -1
            k = _name_end(d, j + 3, n)
            e = _tag_end(d, k, n, &closing)
            m = k - j - 2
            if e < 0 or m != sizes[depth - 1]:
                return -1
            for k in range(m):  # (the same name, ASCII letters folded)
                if d[j + 2 + k] != d[starts[depth - 1] + k] and not (
                        _alpha(d[j + 2 + k]) and (d[j + 2 + k] | 32) == (d[starts[depth - 1] + k] | 32)):
                    return -1
            depth -= 1
            i = e
            if depth == 0:
                return e
        elif _alpha(c):
            k = _name_end(d, j + 2, n)
            e = _tag_end(d, k, n, &closing)
            if e < 0 or _breaks_out(d + j + 1, k - j - 1, closing):
                return -1
            if not closing:
                if depth == _FOREIGN_DEPTH:
                    return -1
                starts[depth] = j + 1
                sizes[depth] = k - j - 1
                depth += 1
            i = e
        elif c == 63:  # "<?": a bogus comment
            return -1
        else:
            i = j + 1


def without_code(bytes page):
    """`page` (UTF-8) without the text of its scripts and styles, where the HTML parser would read that text
    as a script's or style's (its tree is the same but for those text nodes, which `dom.drop_code` removes
    anyway); the same object when nothing is cut. A JSON-LD script keeps its text (any script whose tag may
    declare it). The scan reads the page's tags as the HTML tokenizer does (comments, quoted attribute
    values, raw-text elements, <svg> and <math> content) and stops, leaving the rest as it is, where telling
    needs the tree builder: at <select>, <frameset>, <plaintext>, at a <col> after a <template> (either makes
    the parser ignore a <script> or <style> tag), inside foreign content it cannot follow, at a script that
    holds "<!--" (the escaped states). Linear: each byte is looked at a bounded number of times."""
    cdef const unsigned char *d = page
    cdef Py_ssize_t n = len(page)
    cdef Py_ssize_t i = 0, at = 0, w = 0, j, k, e, end
    cdef unsigned char c
    cdef int kind
    cdef const unsigned char *p
    cdef unsigned char *out = NULL
    cdef bint closing, escapes, template = False
    try:
        with nogil:
            while True:
                p = <const unsigned char *> memchr(d + i, 60, n - i)
                if p == NULL:
                    break
                j = p - d
                if j + 2 >= n:
                    break
                c = d[j + 1]
                if _alpha(c):  # a start tag
                    k = _name_end(d, j + 2, n)
                    e = _tag_end(d, k, n, &closing)
                    if e < 0:
                        break
                    i = e
                    kind = _kind(d + j + 1, k - j - 1)
                    if kind == _OTHER:
                        continue
                    if kind == _SCRIPT or kind == _STYLE:
                        escapes = False
                        end = _raw_end(d, e, n, d + j + 1, k - j - 1, &escapes if kind == _SCRIPT else NULL)
                        if escapes:
                            break
                        if end > e and (kind == _STYLE or not _kept(d, j, e)):
                            if out == NULL:
                                out = <unsigned char *> malloc(n)
                                if out == NULL:
                                    break
                            memcpy(out + w, d + at, e - at)
                            w += e - at
                            at = end
                        i = end
                    elif kind == _RAW:
                        i = _raw_end(d, e, n, d + j + 1, k - j - 1, NULL)
                        if i == n:
                            break
                    elif kind == _FOREIGN:
                        if not closing:  # (a self-closing one is closed at once)
                            i = _foreign_end(d, e, n, j + 1, k)
                            if i < 0:
                                break
                    elif kind == _TEMPLATE:
                        template = True
                    elif kind == _STOP or template:  # (a <col> after a <template>)
                        break
                elif c == 47 and _alpha(d[j + 2]):  # an end tag (its attributes read as a start tag's)
                    i = _tag_end(d, _name_end(d, j + 3, n), n, &closing)
                    if i < 0:
                        break
                elif c == 33 and d[j + 2] == 45 and j + 3 < n and d[j + 3] == 45:  # a comment
                    i = _comment_end(d, j, n)
                    if i < 0:
                        break
                elif c == 47 and d[j + 2] == 62:  # "</>": nothing
                    i = j + 3
                elif c == 33 or c == 63 or c == 47:  # a doctype, a bogus comment: to the first ">"
                    p = <const unsigned char *> memchr(d + j + 2, 62, n - j - 2)
                    if p == NULL:
                        break
                    i = p - d + 1
                else:  # (text)
                    i = j + 1
        if out == NULL:
            return page
        memcpy(out + w, d + at, n - at)
        w += n - at
        return PyBytes_FromStringAndSize(<char *> out, w)
    finally:
        free(out)

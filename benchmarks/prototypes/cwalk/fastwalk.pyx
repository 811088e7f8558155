# cython: language_level=3, boundscheck=False, wraparound=False, initializedcheck=False
"""Prototype: PageIndex's collection in one C walk over lexbor's tree (helper speedc).

Reads lexbor's structs as selectolax 1.0.2 declares them (selectolax/lexbor.pxd) plus lxb_dom_element_t
from lexbor's headers (the selectolax 1.0.2 sdist). The few lexbor functions it calls are looked up with
dlsym in selectolax's own extension (Python loads extensions RTLD_LOCAL: a direct call would not resolve).
"""
from cpython.unicode cimport PyUnicode_DecodeUTF8
from libc.stdint cimport uintptr_t
from selectolax.lexbor cimport (LexborHTMLParser, LexborNode, lxb_dom_node_t, lxb_dom_attr_t,
                                lexbor_str_t, lxb_char_t, lxb_dom_character_data_t, lexbor_hash_t)

cdef extern from "lexbor/dom/interfaces/element.h":
    ctypedef struct lxb_dom_element_real "lxb_dom_element_t":
        lxb_dom_node_t node
        lxb_dom_attr_t *first_attr
        lxb_dom_attr_t *attr_id
        lxb_dom_attr_t *attr_class

cdef extern from "lexbor/dom/interfaces/attr.h":
    ctypedef struct lxb_dom_attr_data_t:
        uintptr_t attr_id

cdef extern from "lexbor/dom/interfaces/document.h":
    ctypedef struct lxb_dom_document_real "lxb_dom_document_t":
        lexbor_hash_t *attrs

cdef extern from "<dlfcn.h>":
    void *dlopen(const char *filename, int flags)
    void *dlsym(void *handle, const char *symbol)
    int RTLD_NOW
    int RTLD_NOLOAD

ctypedef const lxb_dom_attr_data_t *(*by_name_f)(lexbor_hash_t *hash, const lxb_char_t *name, size_t length)
ctypedef const lxb_char_t *(*qname_f)(lxb_dom_attr_t *attr, size_t *len)

cdef by_name_f _by_local_name = NULL
cdef by_name_f _by_qualified_name = NULL
cdef qname_f _attr_qualified_name = NULL

cdef enum:
    NODE_ELEMENT = 1
    NODE_TEXT = 3
    NS_HTML = 2          # LXB_NS_HTML
    TAG_H1 = 0x005c
    TAG_META = 0x007d
    TAG_SCRIPT = 0x00a2
    ATTR_TYPE = 0x0043


def _init(str selectolax_so):
    global _by_local_name, _by_qualified_name, _attr_qualified_name
    handle = dlopen(selectolax_so.encode(), RTLD_NOW | RTLD_NOLOAD)
    if handle == NULL:
        raise ImportError("selectolax's lexbor extension is not loaded")
    _by_local_name = <by_name_f> dlsym(handle, "lxb_dom_attr_data_by_local_name")
    _by_qualified_name = <by_name_f> dlsym(handle, "lxb_dom_attr_data_by_qualified_name")
    _attr_qualified_name = <qname_f> dlsym(handle, "lxb_dom_attr_qualified_name")
    if _by_local_name == NULL or _by_qualified_name == NULL or _attr_qualified_name == NULL:
        raise ImportError("lexbor symbols not found in selectolax")


cdef inline str _value(lxb_dom_attr_t *attr):
    """`attrs[name]`: None for an attribute without a value."""
    cdef lexbor_str_t *v = attr.value
    if v == NULL or v.data == NULL:
        return None
    return PyUnicode_DecodeUTF8(<char *> v.data, v.length, "replace")


cdef inline lxb_dom_attr_t *_find(lxb_dom_element_real *el, uintptr_t local_id, uintptr_t qual_id):
    """lxb_dom_element_attr_by_name for a name resolved once a page (0: the page has no such name)."""
    cdef lxb_dom_attr_t *attr = el.first_attr
    cdef uintptr_t want = local_id if el.node.ns == NS_HTML else qual_id
    if want == 0:
        return NULL
    while attr != NULL:
        if attr.node.local_name == want or attr.qualified_name == want:
            return attr
        attr = attr.next
    return NULL


cdef inline uintptr_t _id(by_name_f f, lexbor_hash_t *attrs, bytes name):
    cdef const lxb_dom_attr_data_t *d = f(attrs, <const lxb_char_t *> <char *> name, len(name))
    return 0 if d == NULL else d.attr_id


cdef dict _attributes(lxb_dom_element_real *el):
    cdef dict out = {}
    cdef lxb_dom_attr_t *attr = el.first_attr
    cdef size_t n = 0
    cdef const lxb_char_t *name
    while attr != NULL:
        name = _attr_qualified_name(attr, &n)
        out[PyUnicode_DecodeUTF8(<char *> name, n, "replace")] = _value(attr)
        attr = attr.next
    return out


cdef str _text(lxb_dom_node_t *root):
    """text(deep=True) of a script: its text nodes' data, in order."""
    cdef lxb_dom_node_t *node = root.first_child
    cdef bytearray buf = bytearray()
    cdef lxb_dom_character_data_t *cd
    while node != NULL:
        if node.type == NODE_TEXT:
            cd = <lxb_dom_character_data_t *> node
            if cd.data.data != NULL:
                buf += (<char *> cd.data.data)[:cd.data.length]
        if node.first_child != NULL:
            node = node.first_child
        else:
            while node != root and node.next == NULL:
                node = node.parent
            if node == root:
                break
            node = node.next
    return PyUnicode_DecodeUTF8(<char *> buf, len(buf), "replace") if buf else ""


def collect(LexborHTMLParser tree):
    """(class values, ids, itemprop values, rel values, metas' attribute dicts, (type, text) of scripts
    whose type is some case of application/ld+json, h1 nodes) in page order, as PageIndex reads them."""
    cdef lxb_dom_node_t *doc = <lxb_dom_node_t *> tree.document
    cdef lexbor_hash_t *attrs = (<lxb_dom_document_real *> doc).attrs
    cdef uintptr_t prop_l = _id(_by_local_name, attrs, b"itemprop"), prop_q = _id(_by_qualified_name, attrs, b"itemprop")
    cdef uintptr_t rel_l = _id(_by_local_name, attrs, b"rel"), rel_q = _id(_by_qualified_name, attrs, b"rel")
    cdef uintptr_t cls_l = _id(_by_local_name, attrs, b"class"), cls_q = _id(_by_qualified_name, attrs, b"class")
    cdef uintptr_t id_l = _id(_by_local_name, attrs, b"id"), id_q = _id(_by_qualified_name, attrs, b"id")
    cdef uintptr_t type_l = _id(_by_local_name, attrs, b"type"), type_q = _id(_by_qualified_name, attrs, b"type")
    cdef list classes = [], ids = [], props = [], rels = [], metas = [], scripts = [], h1s = []
    cdef lxb_dom_node_t *node = doc.first_child
    cdef lxb_dom_element_real *el
    cdef lxb_dom_attr_t *a
    cdef str v
    while node != NULL:
        if node.type == NODE_ELEMENT:
            el = <lxb_dom_element_real *> node
            if el.first_attr != NULL:
                a = _find(el, cls_l, cls_q)
                if a != NULL:
                    classes.append(_value(a))
                a = _find(el, id_l, id_q)
                if a != NULL:
                    ids.append(_value(a))
                a = _find(el, prop_l, prop_q)
                if a != NULL:
                    v = _value(a)
                    props.append(v or "")
                a = _find(el, rel_l, rel_q)
                if a != NULL:
                    v = _value(a)
                    rels.append(v or "")
            if node.local_name == TAG_META:
                metas.append(_attributes(el))
            elif node.local_name == TAG_H1:
                h1s.append(LexborNode.new(node, tree))
            elif node.local_name == TAG_SCRIPT and el.first_attr != NULL:
                a = _find(el, type_l, type_q)
                if a != NULL:
                    v = _value(a)
                    if v is not None and len(v) == 19 and v.lower() == "application/ld+json":
                        scripts.append(_text(node))
        if node.first_child != NULL:
            node = node.first_child
        else:
            while node != NULL and node.next == NULL:
                node = node.parent
            if node != NULL:
                node = node.next
    return classes, ids, props, rels, metas, scripts, h1s


# ---- v2: the index's texts built in C too (ASCII fields; a field with a non-ASCII byte goes back to Python) ----
from libc.stdlib cimport malloc, calloc, free, realloc
from libc.string cimport memcmp, memcpy
from libc.stdint cimport uint64_t

cdef struct Tok:
    const unsigned char *p   # NULL: an attribute without a value
    size_t n

cdef struct Vec:
    Tok *items
    size_t n, cap
    bint nonascii, odd

cdef int vec_add(Vec *v, lxb_dom_attr_t *attr) except -1:
    cdef lexbor_str_t *s = attr.value
    cdef size_t i
    cdef unsigned char c
    if v.n == v.cap:
        v.cap = v.cap * 2 if v.cap else 64
        v.items = <Tok *> realloc(v.items, v.cap * sizeof(Tok))
        if v.items == NULL:
            raise MemoryError()
    if s == NULL or s.data == NULL:
        v.items[v.n].p = NULL
        v.items[v.n].n = 0
    else:
        v.items[v.n].p = s.data
        v.items[v.n].n = s.length
    v.n += 1
    return 0

cdef inline bint _space(unsigned char c) noexcept:
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
    """Distinct byte strings, joined with \\n in first-seen order (lowered if asked)."""
    cdef Tok *slots
    cdef size_t cap, used, count
    cdef unsigned char *out
    cdef size_t olen, ocap
    cdef bint lower, emit
    cdef public bint odd

    def __cinit__(self, bint lower, bint emit=True):
        self.emit = emit
        self.cap = 256
        self.slots = <Tok *> calloc(self.cap, sizeof(Tok))
        self.ocap = 4096
        self.out = <unsigned char *> malloc(self.ocap)
        self.lower = lower

    def __dealloc__(self):
        free(self.slots)
        free(self.out)

    cdef inline size_t _hash(self, const unsigned char *p, size_t n) noexcept:
        return _hash8(p, n)

    cdef int _grow(self) except -1:
        cdef Tok *old = self.slots
        cdef size_t oldcap = self.cap, i, j
        self.cap *= 2
        self.slots = <Tok *> calloc(self.cap, sizeof(Tok))
        if self.slots == NULL:
            raise MemoryError()
        for i in range(oldcap):
            if old[i].p != NULL:
                j = self._hash(old[i].p, old[i].n) & (self.cap - 1)
                while self.slots[j].p != NULL:
                    j = (j + 1) & (self.cap - 1)
                self.slots[j] = old[i]
        free(old)
        return 0

    cdef int add(self, const unsigned char *p, size_t n) except -1:
        """1 when new."""
        # (an empty value is stored with a non-NULL pointer: p of an empty lexbor string is not NULL)
        cdef size_t j = self._hash(p, n) & (self.cap - 1), i
        cdef Tok *t
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
            self.out = <unsigned char *> realloc(self.out, self.ocap)
            if self.out == NULL:
                raise MemoryError()
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
    """_words_text of the values: str (ASCII, built here) or the decoded list (for Python to build);
    sets v.odd when a value holds white space HTML does not split at."""
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
    """_attr_values of the values ("" for none): str, None, or the decoded list (non-ASCII)."""
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


def collect2(LexborHTMLParser tree):
    """(class text or list, tokens flag, id text or list, itemprop text/None/list, rel text/None/list, metas,
    ld-json texts, h1 nodes)."""
    cdef lxb_dom_node_t *doc = <lxb_dom_node_t *> tree.document
    cdef lexbor_hash_t *attrs = (<lxb_dom_document_real *> doc).attrs
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
    cdef lxb_dom_node_t *node = doc.first_child
    cdef lxb_dom_element_real *el
    cdef lxb_dom_attr_t *a
    cdef str v
    try:
        while node != NULL:
            if node.type == NODE_ELEMENT:
                el = <lxb_dom_element_real *> node
                if el.first_attr != NULL:
                    a = _find(el, cls_l, cls_q)
                    if a != NULL:
                        vec_add(&vc, a)
                    a = _find(el, id_l, id_q)
                    if a != NULL:
                        vec_add(&vi, a)
                    a = _find(el, prop_l, prop_q)
                    if a != NULL:
                        vec_add(&vp, a)
                    a = _find(el, rel_l, rel_q)
                    if a != NULL:
                        vec_add(&vr, a)
                if node.local_name == TAG_META:
                    metas.append(_attributes(el))
                elif node.local_name == TAG_H1:
                    h1s.append(LexborNode.new(node, tree))
                elif node.local_name == TAG_SCRIPT and el.first_attr != NULL:
                    a = _find(el, type_l, type_q)
                    if a != NULL:
                        v = _value(a)
                        if v is not None and len(v) == 19 and v.lower() == "application/ld+json":
                            scripts.append(_text(node))
            if node.first_child != NULL:
                node = node.first_child
            else:
                while node != NULL and node.next == NULL:
                    node = node.parent
                if node != NULL:
                    node = node.next
        classes = _words(&vc)
        return (classes, not vc.nonascii and not vc.odd, _words(&vi), _values(&vp), _values(&vr),
                metas, scripts, h1s)
    finally:
        free(vc.items); free(vi.items); free(vp.items); free(vr.items)

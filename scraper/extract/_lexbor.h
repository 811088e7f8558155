/* The few structures of lexbor and selectolax that _cwalk.pyx reads, declared by hand as selectolax 1.0.2
 * compiles them (lexbor's headers are not in selectolax's wheel: a build with them would need its sdist).
 *
 * Each one is the prefix of the real structure up to the last field read, field for field (a field that is
 * only stepped over is declared with the same size and alignment: an enum is an int, a function pointer a
 * void *). benchmarks/prototypes/cwalk/layout_check.c asserts every offset against lexbor's own headers and
 * the object structs against selectolax's generated lexbor.c; at run time `_cwalk.init` compares the object
 * sizes with the types' __basicsize__, and `accel` uses this module only with a selectolax version listed as
 * checked. Names are prefixed cw_ so that this file never clashes with lexbor's. */
#ifndef SCRAPER_CW_LEXBOR_H
#define SCRAPER_CW_LEXBOR_H

#include <Python.h>
#include <stddef.h>
#include <stdint.h>

/* lexbor/core/str.h: lexbor_str_t */
typedef struct {
    unsigned char *data;
    size_t length;
} cw_str;

/* lexbor/dom/interfaces/node.h: lxb_dom_node_t (no LXB_DOM_NODE_USER_VARIABLES in selectolax's build) */
typedef struct cw_node cw_node;
struct cw_node {
    void *events;              /* lxb_dom_event_target_t */
    uintptr_t local_name;      /* tag id (LXB_TAG_*) of an element, attribute id of an attribute */
    uintptr_t prefix;
    uintptr_t ns;              /* namespace id (LXB_NS_*) */
    void *owner_document;
    cw_node *next;
    cw_node *prev;
    cw_node *parent;
    cw_node *first_child;
    cw_node *last_child;
    void *user;
    int type;                  /* lxb_dom_node_type_t */
};

/* lexbor/dom/interfaces/attr.h: lxb_dom_attr_t */
typedef struct cw_attr cw_attr;
struct cw_attr {
    cw_node node;
    uintptr_t upper_name;
    uintptr_t qualified_name;
    cw_str *value;             /* NULL: an attribute without a value */
    void *owner;
    cw_attr *next;
    cw_attr *prev;
};

/* lexbor/dom/interfaces/element.h: lxb_dom_element_t (up to attr_class) */
typedef struct {
    cw_node node;
    uintptr_t upper_name;
    uintptr_t qualified_name;
    cw_str *is_value;
    cw_attr *first_attr;
    cw_attr *last_attr;
    cw_attr *attr_id;
    cw_attr *attr_class;
} cw_element;

/* lexbor/dom/interfaces/character_data.h: lxb_dom_character_data_t (text nodes) */
typedef struct {
    cw_node node;
    cw_str data;
} cw_character_data;

/* lexbor/dom/interfaces/document.h: lxb_dom_document_t (up to attrs); an lxb_html_document_t begins with one */
typedef struct {
    cw_node node;
    int compat_mode;           /* lxb_dom_document_cmode_t */
    int type;                  /* lxb_dom_document_dtype_t */
    void *doctype;
    void *element;
    void *create_interface;    /* three function pointers */
    void *clone_interface;
    void *destroy_interface;
    const void *mutation;
    const void *attr_mutation;
    void *mraw;
    void *text;
    void *tags;                /* lexbor_hash_t * */
    void *attrs;               /* lexbor_hash_t *: the attribute names of the document */
} cw_document;

/* lexbor/dom/interfaces/attr.h: lxb_dom_attr_data_t (its hash entry, lexbor/core/hash.h, first) */
typedef struct {
    union {
        unsigned char *long_str;
        unsigned char short_str[16 + 1];   /* LEXBOR_HASH_SHORT_SIZE + 1 */
    } u;
    size_t length;
    void *next;
    uintptr_t attr_id;
} cw_attr_data;

/* selectolax/lexbor.pxd as Cython compiles it (selectolax's lexbor.c, 1.0.2): the object structs */
typedef struct {
    PyObject_HEAD
    void *vtab;
    cw_node *node;
    PyObject *parser;          /* a LexborHTMLParser */
    int is_fragment_root;
    int is_template_content;
} cw_LexborNode;

typedef struct {
    PyObject_HEAD
    void *vtab;
    void *document;            /* lxb_html_document_t * */
    cw_node *fragment_wrapper;
    int is_fragment;
    uintptr_t fragment_tag_id;
    uintptr_t fragment_namespace_id;
    PyObject *raw_html;
    PyObject *selector;
    unsigned long mutation_count;
    PyObject *cached_script_texts;
    PyObject *cached_script_srcs;
} cw_LexborHTMLParser;

/* the ids lexbor gives (lexbor/tag/const.h, lexbor/ns/const.h, lexbor/dom/interfaces/node.h) */
#define CW_NODE_ELEMENT 1
#define CW_NODE_TEXT 3
#define CW_NS_HTML 2
#define CW_TAG_H1 0x005c
#define CW_TAG_META 0x007d
#define CW_TAG_SCRIPT 0x00a2
#define CW_TAG__TEXT 0x0002

/* what selectolax's LexborNode.new(node, parser) does to a LexborNode.__new__(LexborNode) */
static inline void cw_node_set(PyObject *obj, cw_node *node, PyObject *parser) {
    cw_LexborNode *p = (cw_LexborNode *) obj;
    PyObject *old = p->parser;
    Py_INCREF(parser);
    p->parser = parser;
    Py_XDECREF(old);
    p->node = node;
    p->is_fragment_root = 0;
    p->is_template_content = 0;
}

#endif

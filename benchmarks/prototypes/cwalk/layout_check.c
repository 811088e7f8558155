/* scraper/extract/_lexbor.h against lexbor's headers and selectolax's compiled object structs: compiles only
 * when every field _cwalk reads lies where lexbor and selectolax put it. Run by layout_check.sh. */
#include "_lexbor.h"
#include "lexbor/html/html.h"
#include "lexbor/dom/dom.h"
#include "lexbor/core/hash.h"
#include "pyx_structs.h"  /* the two __pyx_obj structs, cut from selectolax's lexbor.c by layout_check.sh */

#define SAME(ours, theirs, field) _Static_assert(offsetof(ours, field) == offsetof(theirs, field), #ours "." #field)
#define SAME2(ours, f1, theirs, f2) _Static_assert(offsetof(ours, f1) == offsetof(theirs, f2), #ours "." #f1)

_Static_assert(sizeof(cw_str) == sizeof(lexbor_str_t), "str");
SAME(cw_str, lexbor_str_t, data); SAME(cw_str, lexbor_str_t, length);
_Static_assert(sizeof(cw_node) == sizeof(lxb_dom_node_t), "node");
SAME(cw_node, lxb_dom_node_t, local_name); SAME(cw_node, lxb_dom_node_t, ns); SAME(cw_node, lxb_dom_node_t, next);
SAME(cw_node, lxb_dom_node_t, parent); SAME(cw_node, lxb_dom_node_t, first_child); SAME(cw_node, lxb_dom_node_t, last_child);
SAME(cw_node, lxb_dom_node_t, prev); SAME(cw_node, lxb_dom_node_t, type);
_Static_assert(sizeof(((cw_node *)0)->type) == sizeof(((lxb_dom_node_t *)0)->type), "node.type size");
SAME(cw_attr, lxb_dom_attr_t, qualified_name); SAME(cw_attr, lxb_dom_attr_t, value); SAME(cw_attr, lxb_dom_attr_t, next);
SAME(cw_element, lxb_dom_element_t, first_attr); SAME(cw_element, lxb_dom_element_t, attr_id);
SAME(cw_element, lxb_dom_element_t, attr_class);
SAME(cw_character_data, lxb_dom_character_data_t, data);
SAME(cw_document, lxb_dom_document_t, attrs); SAME(cw_document, lxb_dom_document_t, tags);
SAME2(cw_document, node, lxb_html_document_t, dom_document);
SAME(cw_attr_data, lxb_dom_attr_data_t, attr_id);
_Static_assert(LXB_NS_HTML == CW_NS_HTML && LXB_TAG_H1 == CW_TAG_H1 && LXB_TAG_META == CW_TAG_META
               && LXB_TAG_SCRIPT == CW_TAG_SCRIPT && LXB_TAG__TEXT == CW_TAG__TEXT && LXB_DOM_NODE_TYPE_ELEMENT == CW_NODE_ELEMENT
               && LXB_DOM_NODE_TYPE_TEXT == CW_NODE_TEXT, "ids");

typedef struct __pyx_obj_10selectolax_6lexbor_LexborNode pyx_node;
typedef struct __pyx_obj_10selectolax_6lexbor_LexborHTMLParser pyx_parser;
_Static_assert(sizeof(cw_LexborNode) == sizeof(pyx_node), "LexborNode");
SAME2(cw_LexborNode, vtab, pyx_node, __pyx_vtab);
SAME2(cw_LexborNode, node, pyx_node, node); SAME2(cw_LexborNode, parser, pyx_node, parser);
SAME2(cw_LexborNode, is_fragment_root, pyx_node, _is_fragment_root);
SAME2(cw_LexborNode, is_template_content, pyx_node, _is_template_content);
_Static_assert(sizeof(cw_LexborHTMLParser) == sizeof(pyx_parser), "LexborHTMLParser");
SAME2(cw_LexborHTMLParser, document, pyx_parser, document); SAME2(cw_LexborHTMLParser, is_fragment, pyx_parser, _is_fragment);

int main(void) { return 0; }

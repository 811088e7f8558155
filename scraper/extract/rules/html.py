"""Rules of the HTML mode: class/id tokens, CSS selectors, meta keys, and the phrases read in
a page's headings, paragraphs and bylines.

Class/id names are read three ways, each for the steps it suits (see `vocab`):
`ClassTokens` for the block and metadata steps (a kind of block: "related-posts",
"author-bio"), `ClassWords` and `ClassStems` for the body step (furniture wherever its
word stands: "articleSidebar", "sect_commentlinks").
"""
from __future__ import annotations

import re

from ..vocab import (MARKS, ClassStems, ClassTokens, ClassWords, MetaKeys, Phrases, RankedSelectors, Scanned,
                     StartOrAnywhere, alternation)
from .common import ABOUT, AD_LABELS, BY, DATE_LINKS
from .lang import words

# ---------------------------------------------------------------- meta keys (best first)

META_CANONICAL = MetaKeys("og:url")
#: Declared titles, each a candidate for the headline (after JSON-LD's, before the <title>).
META_TITLES = (MetaKeys("og:title"), MetaKeys("twitter:title"),
               MetaKeys("parsely-title", "sailthru.title", "dc.title", "citation_title"))
META_SITE_NAME = MetaKeys("og:site_name", "application-name", "twitter:site")
META_LANGUAGE = MetaKeys("og:locale", "content-language", "language", "dc.language")
META_DESCRIPTION = MetaKeys("og:description", "description", "twitter:description", "dc.description")
META_AUTHOR = MetaKeys("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "citation_author",
                       "byl")
META_PUBLISHED = MetaKeys("article:published_time", "datepublished", "pubdate", "publishdate", "parsely-pub-date",
                          "sailthru.date", "dc.date", "dc.date.issued", "dcterms.created", "citation_publication_date",
                          "og:published_time", "date", "article.published", "publication_date")
META_MODIFIED = MetaKeys("article:modified_time", "datemodified", "og:updated_time", "dcterms.modified",
                         "last-modified")
#: Tags: every value of the first key, else the comma-separated keywords.
META_TAG = "article:tag"
META_KEYWORDS = MetaKeys("keywords", "news_keywords")
META_IMAGE = MetaKeys("og:image", "og:image:url", "twitter:image", "twitter:image:src")
META_IMAGE_ALT = MetaKeys("og:image:alt")

# ---------------------------------------------------------------- headline

#: Where the headline is, best first.
H1_IN_MAIN = 'article h1, main h1, [role="main"] h1'
HEADLINE_SELECTORS = (
    'h1[itemprop="headline"], [itemprop="headline"]:not(meta)',
    H1_IN_MAIN,
    'h1',
    '.entry-title, .post-title, [class*="article-title"], [class*="headline"], [class*="entry-title"], '
    '[class*="post-title"], [class*="itemTitle"], [class*="item-title"], article h2, header h2',
)

# ---------------------------------------------------------------- bylines

#: The path segment of an author's page: a link there names an author ("/author/jane-roe/", "/autor/...").
AUTHOR_PAGE_PATHS = ("author", "authors", "autor", "autoren", "autorin", "auteur", "auteurs", "autore", "autori",
                     "autores", "autorzy")
#: (One selection for all of them: every path above starts "aut"; `AUTHOR_PAGE_HREF` tells them apart.)
AUTHOR_PAGE_LINKS = 'a[href*="/aut"]'
AUTHOR_PAGE_HREF = re.compile(r"/(?:" + "|".join(AUTHOR_PAGE_PATHS) + r")/", re.I)
if not all(p.startswith("aut") for p in AUTHOR_PAGE_PATHS):
    raise ValueError("AUTHOR_PAGE_LINKS selects only paths that start 'aut'")
#: An author inside a list item is a teaser's, unless the item or its list is named for authors.
AUTHOR_LIST_TOKENS = ClassTokens(("author", "authors", "byline", "bylines", "contributor", "contributors"))

#: Byline elements, best first: the first selector that matches outside comments and teasers wins.
BYLINE_SELECTORS = (
    '[itemprop~="author"] [itemprop~="name"]',  # (a token of the list: itemprop="author creator")
    '[rel="author"]',
    '.vcard .fn, .vcard.author, .author.vcard',
    '[itemprop~="author"]',
    '[class*="byline-name"], [class*="byline__author"], [class*="author-name"], [class*="author__name"], '
    '[class*="authorname"], [class*="author-link"], [class*="AuthorName"], [class*="article__author"], '
    '[class*="post__author"]',
    '.byline a, .byline, [class*="byline"] a, [class*="-byline"], [class*="post-author"] a, .author a, '
    '[class*="article-author"], [class*="entry-author"], .author, [class*="auteur"], [class*="autor"]',
    AUTHOR_PAGE_LINKS,
    # (not under <body>'s own class: a blog theme marks it "single-author", "not-multi-author", and every
    # link of the page, "Skip to content" first, would be under "author")
    # (an item of a list named for the authors: "ul.article__authors > li")
    '[class*="author"]:not(body) a, [class*="authors"] > li, [class*="poster"], [class*="user__name"], '
    '[class*="username"], '
    '[class*="submitted"] a, '
    '[id*="author"]:not(input):not(textarea):not(label)',
    '[class*="publisher"]',  # the last resort: the newsroom credited in the byline's place ("ET Online")
)
#: How many of BYLINE_SELECTORS are marked up as bylines (itemprop, rel, hCard): precise enough to
#: complete the declared authors.
MARKED_UP_BYLINES = 4
#: The element a page marks as its article's text: a byline in a wrapper that also holds it is the article's,
#: however the wrapper is named (Blogger's posts stand in a "widget").
ARTICLE_BODY = '[itemprop~="articleBody"]'
#: A blog's comments mark the post's author.
POST_AUTHOR_SELECTOR = ".bypostauthor .fn, .bypostauthor cite, .bypostauthor .author"
#: Ancestors whose bylines are not the article's (comments, teasers, widgets).
NOT_BYLINE_TOKENS = ClassTokens((
    "comment", "comments", "reply", "respond", "related", "recirc", "popular", "trending",
    "widget", "teaser", "card", "nav", "menu", "more-on", "nextclick", "most-read", "promo",
    "newsletter", "recommended", "quote", "blockquote", "testimonial",
    "caption", "copyright", "license", "licence",  # a photo's credit ("license-author")
))
#: Written bylines in the page text, the last resort: "Posted by Konstantin", "Publicado por: Ana Lima",
#: "Beitrag von Margarita Koreneva", "Author: ...", or a line that opens with a by-word ("By ...",
#: "12.03.2021 von ...", "— par ..."; `bare`: nothing before the by-word). `end`: what follows the name (the
#: end of the line, a separator, a date link). One no-break space may join a name's words ("Jane&nbsp;Roe"); a
#: run of them separates ("Text von Jane Roe &nbsp; &nbsp;Illustration von ...").
BYLINE_TEXT = Scanned(
    r"(?:(?i:\b(?:{leads})[ \t]+(?:{by})\b:?|\b(?:{labels})[ \t]*:)|"
    r"^[ \t]*(?P<dated>(?:[\d.:/-]+[ \t]+|[-–—~*]+[ \t]*){0,2})(?i:{by})\b)[ \t]*(?:\n[ \t]*){0,2}"
    r"(?P<name>[A-ZÀ-Ý][\w.'’-]+(?:(?:[ \t]+|\u00a0)[A-ZÀ-Ý][\w.'’-]+){0,2})"
    r"(?P<end>[ \t]*(?:$|[,|•·–—]|\b(?:{links})\b))?",
    flags=re.M, starts=("leads", "labels"), line_starts=("by",),
    leads=words("BYLINE_LEADS"), labels=words("AUTHOR_LABELS"), by=BY, links=DATE_LINKS)
#: A standfirst that ends with its byline: a by-word after a sentence's end, then a name of two or three
#: capitalised words that ends the line ("... da sammeln sich die Geier. Von Armin Mustermann").
BYLINE_AFTER_SENTENCE = re.compile(rf"[.!?…»«“”\"][ \t]+(?i:{alternation(BY)})[ \t]+"
                                   r"(?P<name>[A-ZÀ-Ý][\w.'’-]+(?:[ \t]+[A-ZÀ-Ý][\w.'’-]+){1,2})[ \t]*$", re.M)
#: A line that heads a page's comments with their count and the post's title in quotes ("6 Kommentare zu
#: „...“", "12 Responses to “...”"; a count alone, "12 Kommentare", is a link in the post's meta): a byline
#: written under it is a commenter's.
COUNTED_COMMENTS = re.compile(rf"^[ \t]*\d+[ \t]+(?:{alternation(words('COMMENTS'))})[ \t]+\w+[ \t]+[\"“„«‘‚]",
                              re.M | re.I)
#: What a commenter's name is followed by in a comment ("Jane says:").
SAID = re.compile(rf"\s+(?:{alternation(words('SAYS'))})\s*:?$", re.I)

# ---------------------------------------------------------------- dates

#: Dated elements, best first: one selection, each node ranked by the first selector it matches.
DATED_ELEMENTS = RankedSelectors(
    '[itemprop="datePublished"]', 'time[pubdate]', '[class*="published"][datetime], [class*="published"][title]',
    'article time[datetime], main time[datetime]', 'time[datetime]', 'abbr[title]',
)
#: Elements whose text may be the date.
DATE_TEXT_SELECTOR = ('[class*="date"], [class*="Date"], [class*="time"], [class*="publish"], [class*="posted"], '
                      '[class*="meta"], [class*="byline"], [class*="submitted"], [class*="datum"], time, '
                      '[class*="author"], [class*="info"]')
#: Parts of the class/id names of an element that shows the publication date ("entry-date published",
#: "field--name-node-post-date"): it is read before other date-like elements.
PUBLISHED_DATE_STEMS = ClassStems(("publi", "pubdate", "post-date", "postdate", "posted", "entry-date", "date-created",
                                   "datecreated", "article-date", "articledate"))
#: Dates inside these belong to other things (comments, teasers, widgets), not to the article.
NOT_DATE_TOKENS = ClassTokens((
    "comment", "comments", "reply", "respond", "related", "recirc", "teaser", "teasers", "popular", "trending",
    "most-read", "promo", "recommended", "widget", "archive", "calendar",
))
#: A labelled date in the page text: "Veröffentlicht am 16.08.2019", "Posted on May 19, 2020".
DATE_LABEL = Scanned(r"\b(?:{labels})(?:\s+(?:{links}))?\s*:?\s*", flags=re.I, starts=("labels",),
                     word_end=False, labels=words("DATE_LABELS"), links=DATE_LINKS)

# ---------------------------------------------------------------- headline and site titles

#: An element inside one of these is the site's title or a widget's, not the headline.
SITE_TITLE_TOKENS = ClassTokens(("logo", "site-title", "site-name", "sitename", "brand", "masthead", "blog-title",
                                 "site-header", "header-title", "site-branding", "navbar", "nav"))
NOT_HEADLINE_TOKENS = SITE_TITLE_TOKENS | (NOT_BYLINE_TOKENS - {"card"})
#: A kicker: the topic line a headline opens with ("Energiewende Oberland:"), often inside the h1; the
#: headline is what follows it.
KICKER_TOKENS = ClassTokens((
    "kicker", "roofline", "dachzeile", "spitzmarke", "overline", "eyebrow", "topline", "supertitle", "overtitle",
    "surtitre", "antetitulo", "occhiello", "sub-heading", "subheading",
    "label", "badge", "prefix",  # a forum thread's prefix badge ("Solved", "Patch Notes")
))
#: The links of a page's menus, where its sections are named (a short h1 that is one names a section).
MENU_LINKS = 'nav a, header a, [class*="menu"] a, [class*="nav"] a, [role="navigation"] a'
#: Headings under an h1, where a page that names its section in the h1 shows the story's headline.
SUBHEADINGS = "h2, h3"


# ---------------------------------------------------------------- blocks: related articles

#: A block a script names "related" in its component attribute (no class word needed).
RELATED_COMPONENT_SELECTOR = "[data-component*=related]"
#: Containers of related-article teasers (inside or right after the article), and another article's card
#: embedded in the text ("wp-embedded-content"). The selection is a few short substrings (each selector
#: is a pass over the tree); the exact tokens are checked after.
RELATED_TOKENS = ClassTokens((
    "related", "recirc", "recirculation", "nextclick", "more-on", "moreon", "read-next", "readnext",
    "also-read", "see-also", "more-stories", "more-news", "more-posts", "inline-related", "related-posts",
    "related-content", "related-articles", "related-links", "related-stories", "onward", "further-reading",
    "wp-embedded-content", "article-embed", "embedded-article", "content-card-embed", "teaser-inline", "inline-teaser",
), css="[class*=related], [id*=related], [class*=recirc], [class*=more], [id*=more], [class*=next], [class*=also], "
       "[class*=onward], [class*=further], [class*=embed], [class*=teaser-inline], [class*=teaser--inline], "
       f"[class*=inline-teaser], {RELATED_COMPONENT_SELECTOR}")
#: Containers that are site-wide lists or ads, never related articles (kept out of the body too).
NOT_RELATED_TOKENS = ClassTokens((
    "popular", "most-popular", "mostpopular", "most-read", "mostread", "trending", "most-viewed",
    "mostviewed", "sponsored", "outbrain", "taboola", "promo", "advert", "advertisement", "ad-slot",
    "newsletter", "partner", "partners", "around-the-web", "from-the-web", "zergnet",
))
#: The page's parts around its column: a grid of cards with no heading in one is no related block.
NOT_COLUMN_TOKENS = ClassTokens(("sidebar", "side-bar", "header", "footer", "menu", "nav", "navigation", "navbar",
                                 "mega-menu", "megamenu", "widget", "widgets", "aside", "rail", "right-rail",
                                 "comments", "comment"))
#: The page's footer by its class/id words ("footer", "site-footer", "td-footer-container"; or the <footer>
#: element): a block under a heading there, outside the article and main elements, is the site's own promotion
#: ("More From <site>", "Noch mehr News"), not the article's related (`blocks.related`).
PAGE_FOOTER_TOKENS = ClassTokens(("footer",))
#: A feed of the site's newest stories by its class/id words ("latest-news-box", "recent-posts"): a grid of
#: cards with no heading in one is no related block.
FEED_TOKENS = ClassTokens(("latest", "latest-news", "latest-posts", "latest-articles", "latest-stories", "recent",
                           "recent-posts", "recent-articles", "recent-news", "newest", "news-feed", "newsfeed",
                           "feed", "stream", "river", "archive", "neueste", "aktuelles"))
#: Site-wide lists: a container (or its ancestor, up to the article) named so is never a related block.
SITE_LIST_TOKENS = ClassTokens(t for t in NOT_RELATED_TOKENS if any(w in t for w in ("popular", "trending", "most",
                                                                                    "viewed", "sponsored")))
#: Ad networks' widgets: a block in one is never related, even one that names itself so
#: ("trc_related_container"); a script's hook on the site's own block ("js-outbrain-anchor") does not count.
AD_WIDGET_TOKENS = ClassTokens(("outbrain", "taboola", "trc", "tbl", "ob-widget", "plista", "zergnet", "revcontent",
                                "mgid", "ligatus", "nativendo", "adsense"))
#: An ad network's slot as served (the element its script fills: "<div id=outbrainContainer1 class=OBR>",
#: "<div id=taboola-below-article>"): between a block's cards, it makes the block an ad-filled feed.
AD_SLOT_SELECTOR = ("[id*=outbrain], [class*=outbrain], [class*=OUTBRAIN], [id*=taboola], [class*=taboola], "
                    "[id*=plista], [class*=plista]")
#: Links through an ad network or a tracking redirect, or tagged as a paid campaign's ("utm_medium=cpc"): paid
#: placements, not related articles.
TRACKING_URL = StartOrAnywhere(r"https?://(?:[^/]*\.)?(?:outbrain|taboola|doubleclick|googleadservices|plista|zergnet|"
                               r"revcontent|mgid|ligatus)\.|https?://(?:track|trk|click|clicks|ad|ads|adclick)[.\d-]",
                               r"[?&](?:utm_source|utm_medium)=(?:taboola|outbrain|plista)|"
                               r"[?&]utm_medium=(?:cpc|ppc|cpm|paid|display|native|sponsored|contentmarketing)(?:[&_-]|$)",
                               re.I)
#: Shops and affiliate links: a product page of a marketplace, a link through an affiliate network's redirect,
#: or tagged with an affiliate's id ("amazon.com/dp/...?tag=site-20", "go.skimresources.com/?url=..."): a
#: purchase, never a related article.
SHOP_URL = re.compile(r"https?://(?:[^/?#]*\.)?(?:amazon\.[a-z.]+/(?:[^?#]*/)?(?:dp|gp/product)/|amzn\.(?:to|eu)/|"
                      r"ebay\.[a-z.]+/itm/|(?:awin1|shareasale|anrdoezrs|jdoqocy|tkqlhce|dpbolvw|kqzyfj|linksynergy|"
                      r"skimresources|redirectingat|avantlink|pntra|sjv|prf)\.(?:com|net|io|hn)/)|"
                      r"[^?#]*\?(?:[^#]*&)?(?:tag=[\w-]+-2\d|aff_?id=|affiliate_?id=)(?:[&#]|$)", re.I)  # (read with match)
#: A line that marks what it stands in as paid (an ad's label in any language, "Ad", "Sponsored links"): a block
#: of teasers marked so is an ad's, a card marked so is one.
AD_MARKS = AD_LABELS | {"ad", "ads", "sponsored links", "sponsored content", "sponsored stories", "promoted links",
                        "promoted content", "promoted stories", "paid content", "paid post", "partner content"}
#: A related card's byline: its author's name, linked to the author's page, in an element named so
#: ("<span class="author"><a class="username">"): a person, not an article.
CARD_BYLINE_TOKENS = AUTHOR_LIST_TOKENS | ("username", "user-name", "user")
#: A person's page by its path: one segment that starts "@" ("medium.com/@jane", "/@jane" of a video or
#: social site).
PROFILE_URL = re.compile(r"^https?://[^/?#]+/@[^/?#]+/?(?:[?#]|$)")
#: Share buttons and social networks' pages: never an article of the site.
SHARE_URL = StartOrAnywhere(r"(?:mailto|whatsapp|sms|tel|fb-messenger):|https?://(?:[^/]*\.)?(?:facebook\.com|"
                            r"twitter\.com|x\.com|linkedin\.com|pinterest\.[a-z.]+|reddit\.com|tumblr\.com|xing\.com|"
                            r"t\.me|wa\.me|vk\.com|telegram\.me|instagram\.com|youtube\.com|flipboard\.com)/",
                            r"/(?:share|sharer)(?:\.php)?[/?]|/intent/tweet|/shareArticle", re.I)
#: Class names that hide an element everywhere (CSS frameworks' utility classes; not "hidden-xs").
HIDING_CLASSES = frozenset(("hidden", "hide", "d-none", "is-hidden", "u-hidden", "display-none", "invisible"))
#: Where a heading's phrase ends: before a character that is no letter or digit (a phrase may end in a vowel
#: sign, "यह भी पढ़ें", that is neither), or anywhere after a phrase in a script written without spaces
#: ("関連記事一覧", "相关阅读推荐").
HEADING_END = r"(?:(?<=[\u3040-\u30ff\u3400-\u9fff\u0e00-\u0e7f])|(?!\w))"
#: Headings that offer the links under them as related ("Related", "More on this", "Lire aussi").
RELATED_HEADINGS = Phrases(words("RELATED_HEADINGS"), lead=MARKS, end=HEADING_END, table=True)
#: Headings of recommendation widgets ("Recommended", "Read next"): related too, but such a widget is
#: often the site's feed, so a long one is not taken (`blocks.related`).
RECOMMENDED_HEADINGS = Phrases(words("RECOMMENDED_HEADINGS"), lead=MARKS, end=HEADING_END, table=True)
#: Headings of site-wide lists, an author's other pieces, paid links: never related articles.
NOT_RELATED_HEADINGS = Phrases(words("NOT_RELATED_HEADINGS"), lead=MARKS, end=HEADING_END, table=True)
#: Headings of the site's newest stories, when they are the whole heading ("Latest", "Neueste Artikel"): a feed,
#: never related ("Latest from Science" is a section's: "More from <section>").
LATEST_HEADINGS = Phrases(words("LATEST_HEADINGS"), lead=MARKS, end=r"\W*$", table=True)
#: "More ... stories", "Other news": a heading over the site's other stories.
MORE_HEADINGS = Phrases(("more", "other"), lead=MARKS,
                        end=r"\s.{0,40}\b(?:stories|news|articles|columns|posts)[\s:.!…]*$")
#: "More <site>", "More from <site>": the site's own stories offered as "More from <site>" is.
MORE_SITE = re.compile(r"^\W*more\s+(?:from\s+|of\s+|on\s+)?(?:the\s+)?(?P<site>.{2,40}?)\W*$", re.I)
#: What opens a paragraph that links related articles: "Read also: <a>", "[Read: <a>]", "Mehr lesen: <a>";
#: a heading's phrase may go on for a few words before its mark ("Lire aussi sur Regards.fr >> <a>").
INLINE_LABELS = Phrases((*words("INLINE_RELATED"), *RELATED_HEADINGS.items, *RECOMMENDED_HEADINGS.items),
                         lead=MARKS, end=r"\s*[:»>|–—\-：】]", table=True)
INLINE_LONG_LABELS = Phrases((*RELATED_HEADINGS.items, *RECOMMENDED_HEADINGS.items), lead=MARKS,
                             end=r"(?:\s+[^\s:»>|–—]+){1,3}\s*[:»>|–—](?!\w)", table=True)
#: Elements read as headings over a block ("Related Title" in class names: selectors are case-sensitive).
HEADING_SELECTOR = ("h1, h2, h3, h4, h5, h6, [class*=heading], [class*=title]:not(a), [class*=label], "
                    "[class*=Title], [class*=headline]")
INLINE_RELATED_SELECTOR = "p:has(a[href]), li:has(a[href]), h3:has(a[href]), h4:has(a[href])"
#: A related card's teaser.
TEASER_SELECTOR = ('[class*="dek"], [class*="teaser"], [class*="excerpt"], [class*="summary"], [class*="desc"], '
                   '[class*="standfirst"], [class*="blurb"], p')
#: A card's title, when its links hold no text (an image, an empty overlay).
CARD_TITLE_SELECTOR = "h2, h3, h4, h5, h6, [class*=title], [class*=Title], [class*=head], [class*=Head]"
#: Segments of link paths that are sections, tags, authors or accounts, not articles.
NOT_ARTICLE_SEGMENTS = frozenset((
    "tag", "tags", "topic", "topics", "category", "categories", "author", "authors", "profile", "profiles",
    "people", "person", "section", "sections", "game", "games", "guides", "search", "login", "account", "user",
    "users", "subscribe", "newsletter", "newsletters", "about", "contact", "shop", "store", "staff", "team",
    "rubrik", "thema", "themen", "autor", "autoren", "autorin", "kategorie", "schlagwort", "auteur", "sujet",
    "boutique", "tienda", "loja", "negozio",
    "member", "members",
))

# ---------------------------------------------------------------- blocks: author boxes

#: Author boxes: a card with the author's name, bio, photo and links.
AUTHOR_BOX_TOKENS = ClassTokens((
    "author-box", "authorbox", "author-bio", "authorbio", "about-author", "about-the-author", "author-info",
    "authorinfo", "author-card", "post-author", "author-details", "author-profile", "byline-bio",
    "user-bio", "bio-box", "author-bio-box", "author-description", "author-about", "contributor-bio",
    "infocard", "author-wrap", "author-block", "entry-author", "author-section", "sig-line", "post-body-bio",
))
#: A biography element outside a box ("byline-bio", "c-author__bio").
BIO_TOKENS = ClassTokens(("bio", "biography", "bios", "autorenbio"))
#: Candidates for an author box, a biography or a byline that carries one ("infoCard": class
#: selectors are case-sensitive).
AUTHOR_BOX_SELECTION = ClassTokens(
    AUTHOR_BOX_TOKENS | BIO_TOKENS | {"byline"},
    css="[class*=author], [id*=author], [class*=bio], [class*=Bio], [class*=sig-line], [class*=nfoCard], "
        "[class*=nfocard], [class*=contributor], [class*=byline]")
#: Inside an author box or byline: the biography text.
BIO_SELECTOR = ('[class*="bio"], [class*="description"], [class*="about"], [class*="excerpt"], '
                '[itemprop="description"], [class*="author__text"], [class*="author-text"], [class*="dek"]')
#: Inside an author box: the author's role ("Senior News Editor").
ROLE_SELECTOR = ('[itemprop="jobTitle"], [class*="role"], [class*="job"], [class*="position"], '
                 '[class*="author-title"], [class*="author__title"]')
#: Inside an author box: the author's name, best first.
NAME_SELECTORS = ('[itemprop="name"]', '[class*="name"]', '[rel="author"]', 'h2, h3, h4, h5, h6', 'strong, b',
                  'a[href*="author"]')
#: Link paths of author pages.
AUTHOR_URL = re.compile(r"/(author|authors|autor|auteur|people|person|staff|profile|profiles|contributors?|"
                        r"journalists?|by|user|users|writers?|team|members?|u)/", re.I)
#: "By Alex Heath, a deputy editor and author of ...": a byline that carries the biography.
BYLINE_BIO = re.compile(rf"^\s*(?i:{alternation(BY)})\s+(?P<name>[^,]{{3,60}}?)\s*,\s+"
                        r"(?P<bio>(?:an?|the|our|who|is|ein|eine|un|une)\s+(?:\S+\s+){6,}\S+)$")  # an apposition
#: What a name found in a box is not.
NOT_A_NAME = re.compile(r"\b(author|autor|auteur|about|bio|more|read|view|follow|contact|profile|posts|articles)\b",
                        re.I)
#: What a biography does not open with: a byline, a link label, a pointer to the person's social account
#: ("Jane Doe is on Twitter at @jdoe").
NOT_A_BIO = re.compile(rf"^\s*({alternation(BY)})\s|^follow @|^contact\b|^email\b|^(?:more|all) (?:articles|posts|"
                       r"stories) by\b|^(?:\S+\s+){1,4}is on (?:twitter|x|facebook|instagram|linkedin|threads|"
                       r"bluesky|mastodon)\b", re.I)
#: The end of the text before a name that heads its biography: "About " ("Über ", "À propos de ").
ABOUT_BEFORE = re.compile(rf"(?:^|\W)(?:{alternation(ABOUT)})\s+$", re.I)
#: Labels before a name in an author box ("About Jane Doe", "More by ...").
NAME_LABEL = re.compile(rf"^({alternation((*ABOUT, 'more from', 'more by', 'articles by', 'posts by'))})\s+", re.I)
#: Labels before a biography ("About the author: ...").
BIO_LABEL = re.compile(r"^(about the author|about|bio|biography|über den autor|über die autorin)\s*:?\s*", re.I)

# ---------------------------------------------------------------- blocks: images

#: A caption's class names a picture, then its text ("img-text", "image-description", "article__photo__desc").
_CAPTION_PAIRS = tuple(f"{a}-{b}" for a in ("img", "image", "photo", "pic", "picture", "foto", "bild")
                       for b in ("text", "desc", "description"))
#: class/id tokens of a caption besides those holding "caption" ("legend", "bildtext", "photo-desc").
CAPTION_TOKENS = ClassTokens(
    ("legend", "legende", "bildunterschrift", "bildtext", "pictext", "imgtext", "phototext", "cutline", "cutlines",
     "unterschrift", *_CAPTION_PAIRS),
    css=", ".join(['[class*="legend"]', '[class*="bildunterschrift"]', '[class*="bildtext"]', '[class*="pictext"]',
                   '[class*="imgtext"]', '[class*="phototext"]', '[class*="cutline"]', '[class*="unterschrift"]',
                   *(f'[class*="{p.replace("-", sep)}"]' for p in _CAPTION_PAIRS for sep in ("-", "_", "__"))]))
#: Figure captions, and the elements whose class may name one (`images._is_caption` reads their tokens).
CAPTION_SELECTOR = ('figcaption, [itemprop~="caption"], [class*="caption"], [class*="Caption"], '
                    + CAPTION_TOKENS.css)
CREDIT_SELECTOR = ('[class*="credit"], [class*="Credit"], [class*="copyright"], [itemprop="copyrightHolder"], '
                   '[itemprop="creator"], [itemprop="author"], [class*="attribution"], [class*="photographer"], '
                   '[class*="source"], [class*="courtesy"], [class*="license"], [class*="licence"], cite, small')
#: Image containers that are not <figure>: a caption next to an image.
IMAGE_BOX_SELECTOR = ('figure, div.image, div.photo, div.img, [class*="wp-caption"], [class*="image-ct"], '
                      '[class*="inline-photo"], [class*="article-image"], [class*="lead-image"], '
                      '[class*="article-media"], [class*="image-container"], [class*="photo-container"]')
#: An image box itself named so is not an article image; ancestors are checked for the first set only.
NOT_IMAGE_AROUND = ClassTokens(("related", "recirc", "teaser", "teasers", "promo", "popular", "trending", "nav",
                                "menu", "comments", "comment", "outbrain", "taboola", "sponsored", "newsletter"))
#: A banner's class/id words: a caption standing alone in one, with a link beside it ("Mehr erfahren", "Shop
#: now"), is the text laid over a shop's or a home page's slide, not a picture's caption (a figure's
#: <figcaption> in a "banner" is still one: article pages name their lead picture's box so).
BANNER_TOKENS = ClassTokens(("banner",))
NOT_IMAGE_SELF = NOT_IMAGE_AROUND | ("ad", "ads", "advert", "login", "modal", "rating", "logo", "avatar", "icon",
                                     "author")
VIDEO_TOKENS = ClassTokens(("video", "videos", "player", "jwplayer", "brightcove", "featured-video", "video-ct"))
#: class/id words of a credit element standing right after a caption ("image-description" then "image-copyright").
CREDIT_TOKENS = ("credit", "credits", "copyright", "source", "attribution", "photographer", "courtesy", "byline",
                 "quelle", "bildquelle", "fotograf", "urheber", "license", "licence", "lizenz")
#: The attributes of a data-caption link that give the picture's credit.
DATA_CREDIT_ATTRIBUTES = ("data-credit", "data-photo-credit", "data-image-credit", "data-copyright", "data-attrib")
#: A link that shows the picture larger (a lightbox's): its class words, or an attribute it carries.
LIGHTBOX_WORDS = ("lightbox", "lightbbox", "fancybox", "lightgallery", "photoswipe", "zoom", "enlarge")
LIGHTBOX_ATTRIBUTES = ("data-img", "data-fancybox", "data-lightbox", "data-pswp-src")
#: The attributes that hold a picture's URL, best first; a lazy loader's own `data-*` holding an image
#: file counts too ("data-src-large").
IMAGE_ATTRIBUTES = ("data-src", "data-lazy-src", "data-original", "data-srcset", "data-lazy-srcset", "src", "srcset")
#: Words of a lazy-load placeholder's or tracking pixel's file name (`urls.is_placeholder`): words that
#: make any name a placeholder's; words that do when the name has no other words than these and the
#: plain ones after them ("blank.gif", "grey-1x1.png", "lazy_img.png"; not "blank-canvas.jpg").
PLACEHOLDER_WORDS = (
    frozenset(("placeholder", "placeholders", "lazyload", "lazyloader", "preload", "preloader", "spacer", "1x1",
               "transparent", "noimage")),
    frozenset(("blank", "dummy", "spinner", "loading", "loader", "holder", "pixel", "empty", "grey", "gray", "lazy",
               "default", "clear", "trans", "no")),
    frozenset(("img", "image", "images", "pic", "gif", "png", "bg", "white", "icon", "thumb", "small", "px")),
)
#: A picture of the site rather than of an article (`urls.is_site_asset`): a file under one of these folders (a
#: theme's, a template's or a plugin's own pictures: "/wp-content/themes/x/img/facebook.jpg", "/favicons/"), or a
#: file whose name holds one of the first words and nothing but the second ("apple-touch-icon@2.png",
#: "cropped-logo-1.jpg", "social_default_logo.png", "opengraph_default.jpg"; not an article's "facebook.jpg" crop).
SITE_ASSET_DIRS = frozenset(("themes", "theme", "templates", "template", "plugins", "favicons", "blavatar"))
SITE_ASSET_WORDS = (
    frozenset(("logo", "logos", "icon", "icons", "favicon", "opengraph", "default")),
    frozenset(("apple", "touch", "ms", "precomposed", "site", "og", "ogp", "social", "share", "sharing", "cropped", "fb",
               "facebook", "image", "img", "color", "white", "black", "dark", "light", "small", "large", "retina",
               "banner", "header", "brand")),
)
#: File names that cameras and phones give, before the picture's number ("IMG_8732.jpg", "DSC-0042.jpg"):
#: that number is not a size suffix (`urls.image_file_key`).
CAMERA_FILE_PREFIXES = frozenset(("img", "image", "dsc", "dscf", "dscn", "dsc0", "dji", "pxl", "gopr", "pic", "photo",
                                  "foto", "bild", "p", "screenshot", "picture", "mvimg", "sam", "wp"))
#: Captions of this many words or more, on this many pictures, may be a photo story's text (`images`).
PHOTO_STORY_WORDS, PHOTO_STORY_PICTURES = 100, 3
VIDEO_SELECTOR = "video, iframe, [class*=video], [class*=player], [class*=Video]"
MEDIA_SELECTOR = "img, picture, source, amp-img, [data-src], noscript"

# ---------------------------------------------------------------- blocks: notes and reading time

READING_TOKENS = ClassTokens(("reading-time", "read-time", "readtime", "readingtime", "min-read", "time-to-read",
                              "reading", "lesezeit", "temps-de-lecture"))
#: A reading time in an element's text: "4 min read", "Lesezeit: 4".
READING_IN_TEXT = re.compile(
    rf"(\d{{1,3}})\s*(?:min(?:ute)?s?|mins?\.?)\s*(?:{alternation(words('READ_AFTER_MINUTES'))})\b|"
    rf"(?:{alternation(words('READING_LABELS'))})\s*:?\s*(\d{{1,3}})", re.I)
EDITOR_NOTE_SELECTOR = "[class*=editor-note], [class*=editors-note], [class*=editorsnote], [class*=editor_note]"

# ---------------------------------------------------------------- body extraction

#: Elements removed with their content before the body is looked for: never article text.
#: (Kept short: lexbor matches every node against every selector; the paragraph walk skips
#: the other furniture tags, see `BODY_SKIP_TAGS`. Scripts, styles and templates went with the
#: page's code, `Page`.)
BODY_JUNK_TAGS = ("iframe", "svg", "nav", "aside", "footer")

#: Hidden elements (removed with their content, unless they hold most of the page's text). (The style
#: tests as alternatives of their own: the compiled walk matches them, `index.select`, where lexbor took a
#: pass for `[style]:is(...)`; an element two of them match is listed twice, and removed once.)
BODY_HIDDEN_SELECTOR = (
    '[hidden], [aria-hidden="true"], [style*="display:none"], [style*="display: none"], '
    '[style*="visibility:hidden"], [style*="visibility: hidden"]'
)

#: Elements no reader sees (what `dom.is_hidden` tells of one element, as one selection): a name the page
#: shows only inside them is not shown.
HIDDEN_ELEMENTS = ('[hidden], [style]:is([style*="display:none"], [style*="display: none"], '
                   '[style*="visibility:hidden"], [style*="visibility: hidden"]), '
                   + ", ".join(f".{c}" for c in sorted(HIDING_CLASSES)))

#: Where a page names people without crediting them with the article: its comments, and its own footer (a
#: `<footer>` outside the article: "© 2019 Site by Jane Roe"; an article's footer may hold its author box).
NO_CREDIT_PLACES = 'footer, #footer, #comments, .comment-list, .commentlist'
#: Never text: the paragraph walk skips these with their content wherever they are.
BODY_SKIP_TAGS = frozenset((
    "img", "script", "style", "template", "svg", "iframe", "frame", "frameset", "button",
    "input", "select", "option", "optgroup", "textarea", "datalist", "output", "progress", "label", "fieldset",
    "legend", "dialog", "menu", "menuitem", "figure", "nav", "aside", "footer", "form", "video", "audio",
    "picture", "source", "track", "object", "embed", "applet", "canvas", "map", "area", "math", "time", "wbr",
    "hr", "head", "title", "link", "meta", "noindex", "rp", "rt", "marquee",
))

#: Elements that start a new paragraph (a line of their own in the body).
BODY_BLOCK_TAGS = frozenset((
    "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "blockquote", "pre",
    "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption",
    "h1", "h2", "h3", "h4", "h5", "h6", "hr", "address", "figure", "figcaption", "details", "summary",
    "center", "hgroup", "form", "body", "html", "noscript",
))
#: class/id words of page furniture: a block whose class or id holds one is not article text
#: (unless it holds most of the candidate's text: "article-widget" wrappers exist). Matched as
#: whole words of the class/id split at spaces, "-", "_" and camelCase humps.
BODY_BOILERPLATE_WORDS = ClassWords((
    "share", "sharing", "sharebar", "sharetools", "social", "socials", "sociallinks", "addthis", "sharethis",
    "related", "relatedposts", "recommended", "recommendations", "recirc", "recirculation", "outbrain",
    "taboola", "trending", "popular", "mostread", "mostpopular",
    "comment", "comments", "commentlist", "disqus", "respond", "reply", "replies",
    "newsletter", "subscribe", "subscription", "signup", "optin", "regwall", "promo", "promotion",
    "advert", "advertisement", "advertising", "ad", "ads", "adslot", "adunit", "dfp", "sponsor", "sponsored",
    "banner", "sidebar", "widget", "breadcrumb", "breadcrumbs", "cookie", "cookies", "consent", "gdpr",
    "footer", "nav", "navbar", "navigation", "menu", "submenu", "pagination", "pager", "skip",
    "tags", "taglist", "tagcloud", "byline", "dateline", "meta", "metadata", "timestamp", "toolbar", "tools",
    "author", "authors", "bio", "avatar", "profile", "rating", "print", "modal", "popup", "overlay",
    "lightbox", "carousel", "slider", "slideshow", "gallery", "teaser", "teasers",
    "noprint", "visually", "caption", "credit", "credits", "enlarge",
    "masthead", "topbar", "header", "headline", "title", "subtitle", "kicker", "eyebrow", "deck", "standfirst",
    "dek", "summary", "tooltip", "alert", "notice", "disclaimer", "cta", "search",
))
#: Whole class/id tokens (separators dropped, lower case) of page furniture.
BODY_BOILERPLATE_TOKENS = ClassWords((
    "hidden", "hide", "sronly", "screenreadertext", "visuallyhidden", "sharedaddy", "jprelatedposts",
    "wpcaption", "wpcaptiontext",
))
#: class/id words that mark the article's text whatever else the name says: schema.org's speakable
#: sections ("speakable-summary", "zn-body__paragraph speakable") point text-to-speech at the article's
#: paragraphs. A name holding one never names furniture.
BODY_TEXT_MARKS = ClassWords(("speakable",))
#: class/id words of the article container (a bonus when candidates are scored).
BODY_CONTENT_WORDS = ClassWords((
    "article", "articlebody", "articletext", "articlecontent", "body", "content", "entry", "entrycontent",
    "main", "maincontent", "post", "postbody", "postcontent", "story", "storybody", "storycontent", "text",
    "blog", "single", "prose", "copy", "bodytext", "richtext", "rte", "field",
))
#: class/id words of blocks that are never the article container (a malus when scored).
BODY_NEGATIVE_WORDS = ClassWords((
    "comment", "comments", "footer", "sidebar", "related", "share", "social", "nav", "menu", "widget",
    "promo", "ad", "ads", "advert", "banner", "sponsor", "sponsored", "popular", "trending", "recommended",
    "newsletter", "teaser", "teasers", "listing", "cards", "card", "slider", "slides", "carousel",
    "testimonial", "testimonials",
))
#: Parts of class/id names that mark furniture wherever they appear ("sect_commentlinks", "articleSidebar"),
#: found in the lower-cased class and id.
BODY_BOILERPLATE_STEMS = ClassStems((
    "comment", "disqus", "sidebar", "footer", "related", "newsletter", "social", "share", "sharing",
    "breadcrumb", "cookie", "navbar", "navigation", "advert", "promo", "popular", "trending", "subscribe",
    "signup", "outbrain", "taboola", "byline", "author", "postmeta", "entry-utility", "donat",
    "placeholder",
), not_before={"comment": "ary"})  # "commentary" is article text

"""The vocabularies as data: cruft phrases, credit labels, related-block headings.

New phrasing is one line here, not a new branch in the code that applies it.
"""
from __future__ import annotations

import re

#: Whole lines/blocks that are page furniture, never article text (compared case-folded).
CRUFT_LINES = frozenset(s.casefold() for s in (
    "Show More", "Show Less", "News Feed", "Read more", "Read More", "Avatar", "Advertisement",
    "Advertisment", "ADVERTISEMENT", "Share", "Share this", "Share this article", "Tweet", "Email", "Print",
    "Comments", "Comment", "Subscribe", "Sign up", "Log in", "Sign in", "Skip to content", "Skip to main content",
    "Close", "Menu", "Search", "Copy link", "Link copied", "Facebook", "Twitter", "LinkedIn", "WhatsApp",
    "Reddit", "Pinterest", "Back to top", "Continue reading", "Load more", "See more", "View comments",
    "Anzeige", "Werbung", "Publicité", "Publicidad", "Pubblicità",  # "Advertisement" in de, fr, es, it
))

#: "4 min read", "Reading time: 5 minutes", "5-minute read"
READING_TIME = re.compile(
    r"^\s*(?:reading time\s*:?\s*)?(?:about\s+)?(\d{1,3})[\s-]*(?:min(?:ute)?s?)\.?(?:\s+read(?:ing)?)?"
    r"(?:\s+time)?\s*$", re.I)

#: "Editor's Note: ...", "Editor’s note — ..."
EDITOR_NOTE = re.compile(r"^\s*editor[’'`]?s[’'`]?\s+note\s*[:\-–—]\s*(.+)$", re.I | re.S)

#: Labels that introduce a photo credit ("Photo: Reuters", "Credit: AP", "Photograph: ...").
CREDIT_LABEL = (r"(?:photo(?:graph)?s?|image|picture|pic|foto|credit|photo credit|image credit|source|illustration"
                r"|photo illustration|bild|courtesy(?: of)?)")
#: Agencies and words that mark a bracketed tail as a credit rather than an aside.
CREDIT_WORDS = re.compile(
    r"(getty|reuters|\bap\b|\bafp\b|\bepa\b|shutterstock|alamy|istock|images?\b|photo|pictures|press|agency|"
    r"contributor|staff|courtesy|©|\(c\)|wikimedia|creative commons|\bcc\b|unsplash|handout|pool|"
    r"/)", re.I)

#: Headings that introduce related-article blocks.
RELATED_HEADINGS = re.compile(
    r"^\s*(read (also|more|next)|related( articles?| stories| coverage| content| posts?)?|see also|"
    r"more on (this|the topic)|more from|more in|next up|you (may|might) also like|also read|"
    r"further reading|recommended( for you| articles| reading)?|more stories|keep reading)\b", re.I)

#: Headings of site-wide lists that must not become related articles.
NOT_RELATED_HEADINGS = re.compile(r"^\s*(most (popular|read|viewed|shared)|trending|top stories|popular)\b", re.I)


# ---------------------------------------------------------------- blocks and bylines (issue 6)
# Class/id tokens are matched against the words of an element's class and id
# (split on anything that is not a letter or digit, lower-cased); a few CSS
# selectors are given as they are. Each table is data for blocks.py / metadata.py.

#: Containers of related-article teasers (inside or right after the article).
RELATED_TOKENS = frozenset((
    "related", "recirc", "recirculation", "nextclick", "more-on", "moreon", "read-next", "readnext",
    "also-read", "see-also", "more-stories", "more-news", "more-posts", "inline-related", "related-posts",
    "related-content", "related-articles", "related-links", "related-stories", "onward", "further-reading",
))
#: Containers that are site-wide lists or ads, never related articles (kept out of the body too).
NOT_RELATED_TOKENS = frozenset((
    "popular", "most-popular", "mostpopular", "most-read", "mostread", "trending", "most-viewed",
    "mostviewed", "sponsored", "outbrain", "taboola", "promo", "advert", "advertisement", "ad-slot",
    "newsletter", "partner", "partners", "around-the-web", "from-the-web", "zergnet",
))
#: Author boxes: a card with the author's name, bio, photo and links.
AUTHOR_BOX_TOKENS = frozenset((
    "author-box", "authorbox", "author-bio", "authorbio", "about-author", "about-the-author", "author-info",
    "authorinfo", "author-card", "post-author", "author-details", "author-profile", "byline-bio",
    "user-bio", "bio-box", "author-bio-box", "author-description", "author-about", "contributor-bio",
    "infocard", "author-wrap", "author-block", "entry-author", "author-section", "sig-line", "post-body-bio",
))
#: Inside an author box or byline: the biography text.
BIO_SELECTOR = ('[class*="bio"], [class*="description"], [class*="about"], [class*="excerpt"], '
                '[itemprop="description"], [class*="author__text"], [class*="author-text"], [class*="dek"]')
#: Inside an author box: the author's role ("Senior News Editor").
ROLE_SELECTOR = ('[itemprop="jobTitle"], [class*="role"], [class*="job"], [class*="position"], '
                 '[class*="author-title"], [class*="author__title"]')

#: Byline elements, best first: the first selector that matches outside comments and teasers wins.
BYLINE_SELECTORS = (
    '[itemprop="author"] [itemprop="name"]',
    '[rel="author"]',
    '.vcard .fn, .vcard.author, .author.vcard',
    '[itemprop="author"]',
    '[class*="byline-name"], [class*="byline__author"], [class*="author-name"], [class*="author__name"], '
    '[class*="authorname"], [class*="author-link"], [class*="AuthorName"], [class*="article__author"], '
    '[class*="post__author"]',
    '.byline a, .byline, [class*="byline"] a, [class*="-byline"], [class*="post-author"] a, .author a, '
    '[class*="article-author"], [class*="entry-author"], .author, [class*="auteur"], [class*="autor"]',
    '[class*="author"] a, [class*="poster"], [class*="user__name"], [class*="username"], [class*="submitted"] a, '
    '[id*="author"]:not(input):not(textarea):not(label)',
)
#: Words that are never (part of) a person's name in a byline: links and labels around it.
NOT_NAME_WORDS = re.compile(
    r"\b(?:all(?:e)? (?:articles|artikel|posts|beiträge)|articles?|artikel|beitrag|beiträge|posts?|"
    r"uncategori[sz]ed|category|kategorie|view|profile|profil|share|comments?|kommentare?|admin\w*|"
    r"wordpress\w*|google|facebook|twitter|youtube|instagram|disqus|jetpack|blogger|"
    r"organi[sz]ation|human|subscribe|follow|email|e-mail|read|more|mehr|home|login|menu|search|suche)\b", re.I)

#: Written bylines in the page text, the last resort: "Posted by Konstantin", "Beitrag von Margarita Koreneva".
BYLINE_TEXT = re.compile(
    r"(?:(?i:\b(?:posted|written|published|verfasst|geschrieben|beitrag|artikel|text|publi[ée])[ \t]+"
    r"(?:by|von|par)\b|\b(?:author|autor|auteur|autorin)[ \t]*:)|"
    r"^[ \t]*(?:[\d.:/-]+[ \t]+|[-–—~*]+[ \t]*){0,2}(?i:by|von|par)\b)[ \t]*(?:\n[ \t]*){0,2}"
    r"(?P<name>[A-ZÀ-Ý][\w.'’-]+(?:[ \t]+[A-ZÀ-Ý][\w.'’-]+){0,2})"
    r"(?P<end>[ \t]*(?:$|[,|•·–—]|\b(?:am|on|le|el|um|at)\b))?", re.M)
#: Ancestors whose bylines are not the article's (comments, teasers, widgets).
NOT_BYLINE_TOKENS = frozenset((
    "comment", "comments", "reply", "respond", "related", "recirc", "popular", "trending",
    "widget", "teaser", "card", "nav", "menu", "more-on", "nextclick", "most-read", "promo",
    "newsletter", "recommended", "quote", "blockquote", "testimonial",
))

#: Words that mark a byline as an organisation, not a person (whole words, case-folded).
ORG_WORDS = re.compile(
    r"\b(staff|team|redaktion|r[ée]daction|redazione|redacci[óo]n|editors?|editorial|desk|newsroom|bureau|"
    r"news|press|wire|agency|agencies|agenturen|agencia|associated|reuters|afp|ap|dpa|apa|efe|ansa|upi|"
    r"online|media|magazine|tv|radio|network|group|inc|ltd|gmbh|llc|foundation|admin|administrator|"
    r"webmaster|guest|contributor|contributors|unknown)\b|\.\w{2,4}\b", re.I)

#: Figure captions and the credit inside them.
CAPTION_SELECTOR = ('figcaption, [class*="caption"], [itemprop="caption"], [class*="Caption"], '
                    '[class*="legend"]')
CREDIT_SELECTOR = ('[class*="credit"], [class*="Credit"], [class*="copyright"], [itemprop="copyrightHolder"], '
                   '[itemprop="creator"], [itemprop="author"], [class*="attribution"], [class*="photographer"], '
                   '[class*="source"], [class*="courtesy"], cite, small')
#: Image containers that are not <figure>: a caption next to an image.
IMAGE_BOX_SELECTOR = ('figure, div.image, div.photo, div.img, [class*="wp-caption"], [class*="image-ct"], [class*="inline-photo"], '
                      '[class*="article-image"], [class*="lead-image"], [class*="article-media"], '
                      '[class*="image-container"], [class*="photo-container"]')

#: Inline related links: a paragraph starting with one of these, then a link.
INLINE_RELATED = re.compile(
    r"^\s*(read (also|more|next|this)|related( articles?| stories| coverage| content)?|see also|also read|"
    r"more|more on this|recommended|watch|listen|don'?t miss|lesen sie auch|mehr zum thema|auch interessant|"
    r"à lire aussi|lire aussi|sur le même sujet|leer también|lee también|vea también)\s*[:»>|–—-]", re.I)


# --- Text dumps (extract/text*.py): the vocabularies of plain-text pages -------------------

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

#: Small lists of each language's most frequent function words (space-separated, casefolded): they tell
#: the page's language; jusText's longer lists (when installed) then measure each line's density.
STOPWORDS = {
    "en": "a about after all also an and any are as at be been but by can could did do for from had has have he "
          "her his how i if in into is it its just more most my no not of on one or our out said she so some than "
          "that the their them then there these they this to up was we were what when which who will with would "
          "you your",
    "de": "aber als am an auch auf aus bei bis das dass dem den der des die dies doch du durch ein eine einem "
          "einen einer es für hat hatte ich ihr im in ist ja kann mit nach nicht noch nur oder sein sich sie so "
          "sind um und uns von vor war was wenn werden wie wir wird zu zum zur über",
    "fr": "à au aux avec ce ces cette dans de des du elle en est et il ils je la le les leur lui mais me même "
          "ne nous on ou par pas pour qu que qui sa se ses son sont sur un une vous y été être a",
    "es": "a al como con de del el ella en era es esta este fue ha hay la las le lo los más me mi no o para "
          "pero por que se si sin sobre su sus también un una y ya",
    "pt": "a ao aos as com como da das de do dos e ela ele em entre era foi já mais mas na nas no nos o os "
          "ou para pela pelo por que se sem ser seu sua são também um uma é à",
    "it": "a al alla anche che chi come con da dal dalla degli dei del della di e ed gli ha il in la le lo "
          "ma nei nel nella non per più se si sono su sua suo tra un una è",
    "nl": "aan al als bij dan dat de deze die dit door een en er het hij hoe in is je kan maar met naar niet "
          "nog of om onder ook op over te tot uit van voor was wat we werd wie zich zijn",
    "ru": "а без бы был была были было в вы да для до его ее если же за и из или им их к как когда кто ли "
          "мы на не него нет но о об он она они от по при с так также то только у уже что это я",
    "uk": "а але в від ви він вона вони для до з за й і із їх й як якщо які є з на не по при про та те то "
          "у це що щоб ще цей ця так також були був була бути",
    "pl": "a aby ale bo by był była było być czy dla do go i ich jak jako jest jej już ma mnie na nie niż "
          "o od po przez przy się są ta tak także te to tylko w we więc z za że został",
    "cs": "a aby ale ani by byl byla bylo být do i jak jako je jeho její jsou již k kde když na nebo než "
          "o od po pro před při se si tak také to tu v ve však z za že který která které",
    "sv": "att av de den det dig du där efter en ett för från han har hon i inte jag kan man med men "
          "mot när och om på sig som till under var vi vid är även",
    "da": "af at blev de den der det du efter en er et for fra han har hun i ikke jeg kan med men mod "
          "når og om på sig som til var vi ved være også",
    "nb": "at av de den det du eller en er et etter for fra han har hun i ikke jeg kan med men mot når "
          "og om på seg som til var vi ved være også",
    "fi": "ei ja jo joka jos kanssa kuin kun mutta myös niin nyt oli olla on ovat se sekä sen siitä "
          "tai tämä että he hän jälkeen mukaan vain vielä",
    "tr": "ama bir bu da daha de diye en gibi için ile ise kadar ki mi ne o olan olarak ve veya çok şu "
          "sonra göre her",
    "id": "adalah akan dalam dan dari dengan di ini itu juga ke karena kami kita mereka oleh pada saat "
          "sebagai tidak untuk yang telah sudah bisa atau",
    "ro": "a al ale cu care ce cu de din după este fi fost în la mai nu o pe pentru prin sa să se si și "
          "sunt un una unei unui",
}

#: Lines that are page furniture in text dumps (share bars, sign-ups, cookie and legal lines, comment
#: forms, navigation); matched from the line's start, case-insensitively.
TEXT_CRUFT = re.compile(
    r"^\s*(?:share (?:this|on|via|the|article|story|all)|share:|sharing is caring|click to (?:share|email|print)|"
    r"follow us|follow (?:on|@)|like us on|subscribe (?:now|to|today|for)|sign (?:up|in|me up)|log ?in\b|"
    r"register\b|create (?:an|your) (?:free )?account|already (?:a subscriber|have an account)|"
    r"(?:get|join) (?:our|the|free)\b.*newsletter|newsletter|by (?:signing up|subscribing|clicking)|"
    r"we use cookies|this (?:web)?site uses cookies|cookie (?:policy|settings|preferences)|accept (?:all )?cookies|"
    r"privacy (?:policy|notice|settings)|terms (?:of (?:use|service)|and conditions|& conditions)|"
    r"all rights reserved|copyright\b|©|\(c\) ?\d{4}|"
    r"leave a (?:reply|comment)|post a comment|add (?:a )?comment|you must be logged in|you must log in|"
    r"comments? (?:are|have been) closed|view (?:the )?(?:discussion|comments)|show comments|"
    r"skip to|jump to|back to top|scroll to|go to (?:the )?home|return to|"
    r"tags?:|filed under|topics?:|categor(?:y|ies):|posted in\b|"
    r"advertisement|sponsored|promoted|ad choices|continue reading|read (?:more|the full|the original)|"
    r"watch(?: now| live| the video)?:|listen(?: now| to (?:this|the) (?:article|story))|"
    r"(?:previous|next) (?:post|article|story)|load more|show (?:more|less|all)|see (?:more|all)|view (?:more|all)|"
    r"thanks for (?:signing up|subscribing|reading)|please (?:enable|check|try|log|sign)|"
    r"(?:updated |posted |published )?(?:\d+|an?)\s*(?:s|sec|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|weeks?|"
    r"months?)\s+ago\s*$|"
    r"(?:first |last )?(?:published|updated|posted|modified)(?: on| at)?\s*:?\s*(?=.{0,40}\d).{0,60}$|"
    r"image \d+ of\b|photo \d+ of\b|\d+\s*(?:/|of)\s*\d+\s*$|caption\s*$|(?:back to|view|open|launch) (?:the )?gallery|"
    r"download (?:the|our) app|get the app|open in app|"
    r"(?:artikel )?(?:teilen|drucken|versenden|bewerten)\W*$|artikel (?:teilen|drucken|versenden|bewerten|merken)|"
    r"jetzt (?:abonnieren|anmelden|registrieren|lesen)|weiterlesen|mehr (?:anzeigen|lesen)|(?:zurück|startseite)\W*$|"
    r"partager|imprimer|lire la suite|voir (?:plus|aussi)|(?:retour|accueil)\W*$|s'abonner|se connecter|"
    r"compartir|imprimir|leer más|ver más|(?:volver|inicio)\W*$|suscr[íi]bete|"
    r"condividi|stampa\W*$|leggi (?:anche|tutto)|iscriviti|delen\W*$|lees (?:meer|verder)|udostępnij|"
    r"поделиться|читать далее|подписаться|(?:this|the) (?:article|story|post) (?:was )?(?:originally )?"
    r"(?:appeared|published) (?:first )?(?:on|in)\b.{0,40}$)",
    re.I)

#: Lines that open a comment section: nothing after them belongs to the article.
COMMENT_MARKERS = re.compile(
    r"^\W*(?:\d+\s+(?:comments?|responses?|replies|reactions)\b|"
    r"(?:[\w,]+\W+){0,3}(?:comments|responses|replies|kommentare|commentaires|réactions|comentarios|commenti|"
    r"reacties|komentarze|комментарии)\W*(?:\(\d+\)|\d+)?\W*$|comments?\W*$|"
    r"(?:no|keine|aucun|sin|nessun)\w*\s+(?:comments|kommentare|commentaire|comentarios|commento)|"
    r"(?:kommentar schreiben|schreiben sie einen kommentar|(?:laisser|écrire|ajouter) un commentaire|"
    r"deja un comentario|escribe un comentario|"
    r"(?:reply|antworten|répondre|responder|rispondi|beantwoorden|odpowiedz|ответить)\W*$|"
    r"lascia un commento|plaats een reactie)|"
    r"leave a (?:reply|comment)|post a comment|add (?:a|your) comment|join the (?:discussion|conversation)|"
    r"\w[\w .'-]{0,40} (?:says|said|wrote|commented|sagt|schreibt|schrieb|dit|a écrit|dice|escribió|scrive|zegt|"
    r"пишет):$)",
    re.I)

#: A byline: "By Jane Doe", "Von Max Muster", "Por ...", "Posted by ...".
BYLINE = re.compile(r"^\s*(?:(?:(?:posted|written|words|story|text|reported)\s+)?(?:by|von|par|por|di|door|av|af)\b[\s:]+|"
                    r"(?:author|autor|auteur|autore|text|texte|testo|texto|tekst|текст|автор)\s*:\s*)"
                    r"(?P<name>.+)$", re.I)
#: Lines that label an author box without being text ("Avatar", "About the author", "Full Bio").
AUTHOR_BOX_LABELS = re.compile(r"^\s*(?:avatar|about (?:the )?author|author|full bio|bio|author bio|"
                               r"more (?:from|by) (?:this )?author|read more from this author|contributor)s?\s*:?\s*$",
                               re.I)
#: Words that mark a short line as a job title ("Senior News Editor", "Staff Writer").
ROLE_WORDS = re.compile(
    r"\b(?:editor|writer|reporter|correspondent|columnist|contributor|journalist|author|producer|analyst|"
    r"critic|photographer|blogger|founder|director|chief|head|manager|fellow|host|anchor|intern|"
    r"redakteur(?:in)?|autor(?:in)?|rédact(?:eur|rice)|journaliste|redactor(?:a)?|periodista|jornalista|"
    r"giornalista|corrispondente)s?\b", re.I)


# ---------------------------------------------------------------- body extraction (issue 3)

#: Elements removed with their content before the body is looked for: never article text.
#: (Kept short: lexbor matches every node against every selector; the paragraph walk skips
#: the other furniture tags, see `BODY_SKIP_TAGS`.)
BODY_JUNK_TAGS = ("script", "style", "template", "iframe", "svg", "nav", "aside", "footer")

#: Hidden elements (removed with their content, unless they hold most of the page's text). (The style
#: tests behind one `[style]`: an element without a style attribute fails once, not four times.)
BODY_HIDDEN_SELECTOR = (
    '[hidden], [aria-hidden="true"], [style]:is([style*="display:none"], [style*="display: none"], '
    '[style*="visibility:hidden"], [style*="visibility: hidden"])'
)

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
#: Headings that become paragraphs of their own (the page's first h1, the headline, is metadata:
#: the body drops its text).
BODY_HEADING_TAGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))

#: class/id words of page furniture: a block whose class or id holds one is not article text
#: (unless it holds most of the candidate's text: "article-widget" wrappers exist). Matched as
#: whole words of the class/id split at spaces, "-", "_" and camelCase humps.
BODY_BOILERPLATE_WORDS = frozenset((
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
    "dek", "summary", "tooltip", "alert", "notice", "disclaimer", "cta",
))
#: Whole class/id tokens (separators dropped, lower case) of page furniture.
BODY_BOILERPLATE_TOKENS = frozenset((
    "hidden", "hide", "sronly", "screenreadertext", "visuallyhidden", "sharedaddy", "jprelatedposts",
    "wpcaption", "wpcaptiontext",
))
#: class/id words of the article container (a bonus when candidates are scored).
BODY_CONTENT_WORDS = frozenset((
    "article", "articlebody", "articletext", "articlecontent", "body", "content", "entry", "entrycontent",
    "main", "maincontent", "post", "postbody", "postcontent", "story", "storybody", "storycontent", "text",
    "blog", "single", "prose", "copy", "bodytext", "richtext", "rte", "td-post-content", "field",
))
#: class/id words of blocks that are never the article container (a malus when scored).
BODY_NEGATIVE_WORDS = frozenset((
    "comment", "comments", "footer", "sidebar", "related", "share", "social", "nav", "menu", "widget",
    "promo", "ad", "ads", "advert", "banner", "sponsor", "sponsored", "popular", "trending", "recommended",
    "newsletter", "teaser", "teasers", "listing", "cards", "card", "slider", "slides", "carousel",
    "testimonial", "testimonials",
))
#: Parts of class/id names that mark furniture wherever they appear ("sect_commentlinks",
#: "articleSidebar"): regular expressions searched in the lower-cased class and id.
BODY_BOILERPLATE_STEMS = (
    "comment(?!ary)", "disqus", "sidebar", "footer", "related", "newsletter", "social", "share", "sharing",
    "breadcrumb", "cookie", "navbar", "navigation", "advert", "promo", "popular", "trending", "subscribe",
    "signup", "outbrain", "taboola", "byline", "author", "postmeta", "entry-utility", "donat",
    "placeholder",
)
# ---------------------------------------------------------------- end of body extraction (issue 3)

#: A page footer's legal line: what follows it is rarely the article.
FOOTER_LINE = re.compile(r"(?:\ball rights reserved\b|\balle rechte vorbehalten\b|\btous droits réservés\b|"
                         r"\btodos los derechos reservados\b|\btutti i diritti riservati\b|\bвсе права защищены\b|^\s*(?:copyright\s*)?(?:©|copyright\b|\(c\))\s*(?:\d{4}))", re.I)

#: A reading-time figure inside a longer line ("Nov 18, 2019 at 9:24 pm ET • 2 min read").
READING_TIME_IN_LINE = re.compile(r"\b(\d{1,3})[\s-]*min(?:ute)?s?\.?\s+read(?:ing)?\b", re.I)

#: A caption's credit after a "Credit..." label in the caption line ("... He didn't get it. Credit... D. Mills/NYT").
CREDIT_TAIL = re.compile(r"^(?P<cap>.*?\S)\s*\b(?:photo\s+)?credit(?:s)?\s*(?:\.{2,}|…|:)\s*(?P<credit>\S.{1,120})$", re.I)

#: A biography's opening: the name, then one of these verbs ("Jane Doe is a senior editor ...").
BIO_VERBS = re.compile(r"^(?:is|was|has|covers|writes|joined|serves|reports|lives|ist|est|es|è|é)\b", re.I)

#: A photo agency or credit phrase as whole words: tells a bare credit line ("Getty Images", "AP Photo/...").
CREDIT_AGENCY = re.compile(
    r"\b(?:getty(?: images)?|reuters|ap photo|associated press|afp|epa|efe|dpa|anadolu|shutterstock|alamy|"
    r"istock(?:photo)?|unsplash|pexels|wikimedia(?: commons)?|creative commons|handout|pool photo|courtesy|"
    r"photo(?:graph)?s?|images?|illustration|(?-i:AP|UPI|AFP|EPA|TASS|ANP|PA))\b", re.I)

#: Headings over lists of other articles or site sections ("More on this", "Most Read", "We Recommend"):
#: in a text dump they end the article (matched on short lines, case-insensitively).
TEXT_SECTION_HEADINGS = re.compile(
    r"^\W*(?:more (?:on|from|in|about|by|stories|news|articles|videos|coverage|to read)|we recommend|recommended|"
    r"related|you (?:may|might|will|could) (?:also )?(?:like|enjoy|be interested)|don'?t miss|editor'?s picks?|"
    r"latest (?:news|stories|headlines|articles|videos)|trending|popular|most (?:popular|read|viewed|shared|commented)|"
    r"top (?:stories|news|picks)|read (?:next|more|this next)|up next|next up|what to read next|"
    r"around the web|from the web|sponsored|promoted|paid content|in case you missed it|also on|see also|"
    r"further reading|keep reading|more for you|featured|explore more|"
    r"mehr zum thema|weitere (?:artikel|beiträge|nachrichten)|ähnliche (?:artikel|beiträge)|das könnte sie|"
    r"meistgelesen|am meisten gelesen|beliebte (?:artikel|beiträge)|empfehlungen|"
    r"(?:à )?lire aussi|sur le même sujet|les plus lus|dans la même rubrique|"
    r"leer también|lo más (?:leído|visto)|te puede interesar|(?:noticias|artículos) relacionad[oa]s|"
    r"articoli correlati|potrebbe interessarti|(?:i )?più letti|leggi anche|"
    r"gerelateerde artikelen|meest gelezen|lees ook|"
    r"похожие (?:статьи|новости)|читайте также|популярное)\b", re.I)

#: A line that is a button or control label, not a credit ("Enlarge Image", "View PDF/Print Mode").
TEXT_UI_LABEL = re.compile(r"^\W*(?:enlarge|expand|view|click|tap|open|close|download|print|share|see|show|zoom|"
                           r"play|watch|launch|toggle)\b", re.I)

#: Words that make a short line furniture wherever they stand in it (sign-up boxes, cookie and legal notes).
TEXT_CRUFT_WORDS = re.compile(
    r"\b(?:newsletters?|subscri(?:be|bed|bing|ption)|unsubscribe|sign(?:ed|ing)? up|privacy policy|"
    r"terms (?:of (?:use|service)|and conditions)|all rights reserved|activation link|log ?in to|logged in|"
    r"kommentare|commentaires|comentarios|commenti|datenschutz(?:erklärung)?|impressum|nutzungsbedingungen|"
    r"alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|"
    r"mentions légales|aviso legal|politique de confidentialité|política de privacidad)\b", re.I)

#: A consent banner's words: any line holding "cookie" and enough of these (`text_lines.CONSENT_WORDS`).
TEXT_CONSENT_WORDS = re.compile(
    r"\b(?:cookies?|consent|privacy|tracking|personali[sz]ed|third[- ]part(?:y|ies)|partners?|browser|"
    r"einwilligung|zustimm\w*|datenschutz\w*|drittanbieter\w*|consentement|confidentialité|traceurs|"
    r"consentimiento|privacidad|consenso)\b", re.I)



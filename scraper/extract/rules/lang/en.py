"""English."""

STOPWORDS = (
    "a about after all also an and any are as at be been but by can could did do for from had has have he her "
    "his how i if in into is it its just more most my no not of on one or our out said she so some than that the "
    "their them then there these they this to up was we were what when which who will with would you your")

MONTHS = ("january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul", "august aug",
          "september sep sept", "october oct", "november nov", "december dec")
ORDINALS = ("st", "nd", "rd", "th")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
DATE_LABELS = ("published", "posted", "updated", "date")
DATE_LINKS = ("on", "at")

BY = ("by",)
BYLINE_LEADS = ("posted", "written", "published", "words", "story", "text", "reported", "interview", "column",
                "guest post", "essay", "analysis", "commentary", "reporting")
AUTHOR_LABELS = ("author", "reporter")
AND = ("and",)
SAYS = ("says", "said", "wrote", "commented")
ABOUT = ("about",)
BIO_VERBS = ("is", "was", "has", "covers", "writes", "joined", "serves", "reports", "lives")
ROLES = ("editor", "writer", "reporter", "correspondent", "columnist", "contributor", "journalist", "author",
         "producer", "analyst", "critic", "photographer", "blogger", "founder", "director", "chief", "head",
         "manager", "fellow", "host", "anchor", "intern")
WRITES_FOR = ("for",)
ORG_WORDS = ("staff", "team", "editor", "editors", "editorial", "desk", "newsroom", "bureau", "news", "press",
             "wire", "agency", "agencies", "associated", "online", "media", "magazine", "network", "group",
             "foundation", "admin", "administrator", "webmaster", "guest", "contributor", "contributors", "unknown")
NOT_NAME_WORDS = ("article", "articles", "post", "posts", "uncategorized", "uncategorised", "category", "view",
                  "profile", "share", "comment", "comments", "organization", "organisation", "human", "subscribe",
                  "follow", "email", "e-mail", "read", "more", "home", "login", "menu", "search", "advertise",
                  "advertising", "sponsored", "contact", "newsletter", "newsletters")
OTHER_CREDITS = ("translated", "translation", "translator", "edited", "editing", "illustrated", "illustrations",
                 "powered", "theme", "design", "designed", "hosted", "content management")
WIRE_REPORTING = ("reporting by",)
REPORTED_FROM = ("in",)

RELATED_HEADINGS = ("related", "read also", "read more", "also read", "see also", "more on", "more from",
                    "more in", "more about", "more like this", "more coverage", "you may also like",
                    "you might also like", "you may also be interested", "you might also be interested",
                    "you may also enjoy", "you might also enjoy", "you may like", "you might like",
                    "further reading", "keep reading", "similar articles", "similar posts", "similar stories",
                    "related reading", "you may be interested in", "you might be interested in",
                    "you'll also like", "you'll like", "you will also like", "if you liked this",
                    "if you enjoyed this", "more related")
NOT_RELATED_HEADINGS = ("most popular", "most read", "most viewed", "most shared", "trending", "top stories",
                        "popular", "most commented", "most emailed", "more by", "more from this author",
                        "more from the author", "more from author", "more articles by", "more stories by",
                        "more posts by", "sponsored", "promoted", "paid content", "partner content",
                        "from our partners", "more from our network", "from our network", "around the web",
                        "from the web", "advertisement")
#: Headings of the site's newest stories when they are the whole heading ("Latest", not "Latest from Science").
LATEST_HEADINGS = ("latest", "latest news", "latest stories", "latest articles", "latest posts", "recent posts",
                   "recent articles", "recent stories", "recent news", "newest", "newest articles")
INLINE_RELATED = ("read also", "read more", "read next", "read this", "related", "related article",
                  "related articles", "related stories", "related coverage", "related content", "see also",
                  "also read", "more", "more on this", "recommended", "watch", "listen", "don't miss", "dont miss",
                  "read")
READING_LABELS = ("reading time",)
READ_AFTER_MINUTES = ("read", "reading")

CRUFT_LINES = (
    "Show More", "Show Less", "News Feed", "Read more", "Avatar", "Advertisement", "Advertisment", "Share",
    "Share this", "Share this article", "Tweet", "Email", "Print", "Comments", "Comment", "Subscribe", "Sign up",
    "Log in", "Sign in", "Skip to content", "Skip to main content", "Close", "Menu", "Search", "Copy link",
    "Link copied", "Back to top", "Continue reading", "Load more", "See more", "View comments", "Loading",
    "Loading content", "Loading comments", "Skip ad", "Skip advertisement", "Click to skip ad")
CRUFT_OPENERS = (
    # a comment form's lines, a like bar's
    "your email address will not be published", "your e-mail address will not be published",
    "save my name, email", "save my name, e-mail", "notify me of new comments", "notify me of follow-up comments",
    "notify me of new posts", "enter your email address to follow", "enter your email address to subscribe",
    "be the first to like this", "like loading", "this entry was posted",
    # was it helpful?
    "was this article helpful", "was this post helpful", "was this page helpful", "was this information helpful",
    "did you like this article", "did you enjoy this article", "did you like this post", "did you enjoy this post",
    "found the story interesting", "found this article interesting", "found this article useful",
    "like this article?", "love this article?", "enjoyed this article?", "like this post?", "love this post?",
    # affiliate notes
    "this post may contain affiliate", "this post contains affiliate", "this article may contain affiliate",
    "this article contains affiliate", "this page may contain affiliate", "this page contains affiliate",
    "this site contains affiliate", "this post may contain sponsored", "this article contains sponsored",
    "we may earn a commission", "we may earn an affiliate commission", "we earn a commission",
    "we may receive a commission", "we may earn a small commission", "i may earn a small commission",
    "i may receive a small commission", "i earn a small commission", "as an amazon associate",
    "affiliate disclosure",
    # cookie notes
    "we are using cookies", "by continuing to use this site", "by continuing to use this website",
    "by continuing to browse this site", "by using this site", "by using this website", "by using our site",
    "by using our website", "please accept cookies", "please accept youtube cookies", "please accept marketing cookies")
RIGHTS = ("all rights reserved",)

# ---- text dumps: regular-expression fragments, each matched at the start of a line (case-insensitive)
TEXT_CRUFT = (
    r"share (?:this|on|via|the|article|story|all)", r"share:", r"sharing is caring",
    r"share (?:it|this|them) with (?:a|your) friends?", r"(?:related )?topics\W*$",
    r"this (?:article|story|post|page|content) is (?:more|over|older) than (?:\w+ )?(?:years?|months?)",
    r"while you(?:['’]re| are) here", r"if you (?:enjoyed|liked|like|value|appreciate) (?:reading )?(?:this|our)\b",
    r"(?:please )?(?:support|donate to|fund) (?:us|our (?:work|journalism|reporting|newsroom))\b",
    r"become a (?:member|supporter|subscriber|patron|donor)\b",
    r"(?:support|back|donate to) (?:\w+ ){0,3}(?:from|for|with) (?:just |only |as little as )?[$£€]\s?\d",
    r"donate (?:now|today)\b",
    r"comments? (?:are|is|will be|may be) (?:moderated|reviewed|pre-moderated|subject to)",
    r"we (?:moderate|review|reserve the right to (?:remove|delete|edit)) (?:all )?comments",
    r"(?:need|want|get) (?:more |further )?help\?", r"(?:need|want) (?:more |further )?help with\b",
    r"join (?:our|the) (?:\w+ ){0,2}(?:community|forums?|discord|slack|subreddit)\b",
    r"e-?mail (?:[\w.'’-]+ ){1,3}at \S+@\S+",
    r"click to (?:share|email|print)", r"follow us", r"follow (?:on|@)", r"like us on",
    r"follow (?:\S+ ){1,8}on (?:facebook|twitter|x|instagram|linkedin|threads|bluesky|mastodon|youtube|tiktok)\b"
    r".{0,60}$",
    r"subscribe (?:now|to|today|for)", r"sign (?:up|in|me up)", r"log ?in\b", r"register\b",
    r"create (?:an|your) (?:free )?account", r"already (?:a subscriber|have an account)",
    r"(?:get|join) (?:our|the|free)\b.*newsletter", r"newsletter", r"by (?:signing up|subscribing|clicking)",
    r"we use cookies", r"this (?:web)?site uses cookies", r"\d+ bloggers? like[sd]? this", r"like this:\s*$",
    r"cookie (?:policy|settings|preferences)",
    r"accept (?:all )?cookies", r"privacy (?:policy|notice|settings)",
    r"terms (?:of (?:use|service)|and conditions|& conditions)",
    r"leave a (?:reply|comment)", r"post a comment", r"add (?:a )?comment", r"you must be logged in",
    r"you must log in", r"comments? (?:are|have been) closed", r"view (?:the )?(?:discussion|comments)",
    r"show comments", r"skip to", r"jump to", r"back to top", r"scroll to", r"go to (?:the )?home", r"return to",
    r"tags?:", r"filed under", r"topics?:", r"categor(?:y|ies):", r"posted in\b",
    r"advertisement", r"sponsored", r"promoted", r"ad choices", r"continue reading",
    r"read (?:more|the full|the original)", r"watch(?: now| live| the video)?:",
    r"listen(?: now| to (?:this|the) (?:article|story))", r"(?:previous|next) (?:post|article|story)", r"load more",
    r"show (?:more|less|all)", r"see (?:more|all)", r"view (?:more|all)",
    r"thanks for (?:signing up|subscribing|reading)", r"please (?:enable|check|try|log|sign)",
    r"(?:first |last )?(?:published|updated|posted|modified)(?: on| at)?\s*:?\s*(?=.{0,40}\d).{0,60}$",
    r"image \d+ of\b", r"photo \d+ of\b", r"\d+\s*(?:/|of)\s*\d+\s*$", r"caption\s*$",
    r"(?:back to|view|open|launch) (?:the )?gallery",
    r"download (?:the|our) app", r"get the app", r"open in app",
    r"(?:get|download|install) (?:\S+ ){0,12}?(?:the|our) (?:\S+ ){0,4}?app\W*$",
    r"(?:this|the) (?:article|story|post) (?:was )?(?:originally )?(?:appeared|published) (?:first )?(?:on|in)\b"
    r".{0,40}$")
#: A time stamp relative to now (furniture, and a date line under a headline)
TIME_AGO = (r"(?:updated |posted |published )?(?:\d+|an?)\s*(?:s|sec|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|"
            r"weeks?|months?)\s+ago",)
#: ... words that make a short line furniture wherever they stand in it
TEXT_CRUFT_WORDS = (r"newsletters?", r"subscri(?:be|bed|bing|ption)", r"unsubscribe", r"sign(?:ed|ing)? up",
                    r"privacy policy", r"terms (?:of (?:use|service)|and conditions)", r"activation link",
                    r"log ?in to", r"logged in")
CONSENT_WORDS = ("cookie", "cookies", "consent", "privacy", "tracking", "personalized", "personalised",
                 "third-party", "third party", "third-parties", "third parties", "partner", "partners", "browser")
COMMENTS = ("comments", "responses", "replies")
COMMENT_MARKERS = (r"\d+\s+(?:comments?|responses?|replies|reactions)\b", r"comments?\W*$", r"no\w*\s+comments",
                   r"reply\W*$", r"leave a (?:reply|comment)", r"post a comment", r"add (?:a|your) comment",
                   r"join the (?:discussion|conversation)")
SECTION_HEADINGS = (
    r"more (?:on|from|in|about|by|stories|news|articles|videos|coverage|to read)", r"we recommend", r"recommended",
    r"related", r"you (?:may|might|will|could) (?:also )?(?:like|enjoy|be interested)", r"don'?t miss",
    r"editor'?s picks?", r"latest (?:news|stories|headlines|articles|videos)", r"trending", r"popular",
    r"most (?:popular|read|viewed|shared|commented)", r"top (?:stories|news|picks)",
    r"read (?:next|more|this next)", r"up next", r"next up", r"what to read next", r"around the web",
    r"from the web", r"sponsored", r"promoted", r"paid content", r"in case you missed it", r"also on", r"see also",
    r"further reading", r"keep reading", r"more for you", r"featured", r"explore more")

PHOTO_LABELS = ("photo", "photos", "photograph", "photographs", "photographer", "photography", "photo credit",
                "photo credits", "photo courtesy", "photo illustration", "image", "image credit", "image credits",
                "image source", "image copyright", "image courtesy", "picture", "pic", "illustration", "featured image",
                "header image", "lead image", "top image", "cover image", "image via", "photo via", "artist", "artwork")
SOURCE_LABELS = ("credit", "credits", "source", "sources", "courtesy", "courtesy of", "copyright", "images",
                 "pictures", "pics")
CAPTION_LABELS = ("image caption", "media caption", "photo caption", "caption", "main image")
CAPTION_BUTTONS = ("hide caption", "toggle caption", "show caption", "enlarge this image", "expand image",
                   "view larger image", "open image", "zoom image")
BARE_CREDITS = ("submitted photo", "contributed photo", "file photo", "courtesy photo", "staff photo", "handout photo",
                "photo submitted", "photo provided", "provided photo", "supplied photo", "handout")
CLOSE_BUTTONS = ("close",)
MORE_BUTTONS = ("more", "see more", "see all", "view more", "view all", "show more", "show all")
AD_LABELS = ("advertisement", "advertisment", "advertising", "sponsored", "promoted")
GALLERY_LABELS = ("slideshow", "slide show", "gallery", "photo gallery", "view photo", "view photos", "view gallery",
                  "view slideshow", "loading")
FIGURE_LABELS = ("figure", "fig.")
PLACE_LABELS = ("above", "below", "pictured", "top", "left", "right")
RECOMMENDED_HEADINGS = ("recommended", "we recommend", "read next", "next up", "up next", "what to read next",
                        "read these next", "don't miss", "explore more", "more for you", "more to read",
                        "more to explore", "picked for you", "suggested reading", "suggested articles",
                        "suggested for you", "more stories", "more news", "more articles", "more posts",
                        "other stories", "other articles", "in other news", "recommended for you",
                        "more headlines", "more reading", "keep exploring")

"""Dutch."""

STOPWORDS = (
    "aan al als bij dan dat de deze die dit door een en er het hij hoe in is je kan maar met naar niet nog of om "
    "onder ook op over te tot uit van voor was wat we werd wie zich zijn")

MONTHS = ("januari jan", "februari feb", "maart mrt", "april apr", "mei", "juni jun", "juli jul", "augustus aug",
          "september sep", "oktober okt", "november nov", "december dec")
WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")

BY = ("door",)
BYLINE_LEADS = ("geschreven", "gepubliceerd", "geplaatst")
AUTHOR_LABELS = ("tekst",)
OTHER_CREDITS = ("vertaald", "vertaling", "vertaler", "bewerkt", "geïllustreerd", "illustraties")
SAYS = ("zegt",)
NAME_PARTICLES = ("van", "der", "den", "ter")

TEXT_CRUFT = (r"delen\W*$", r"lees (?:meer|verder)")
CRUFT_OPENERS = ("volg ons", "je e-mailadres wordt niet gepubliceerd", "deze website gebruikt cookies",
                 "deze site gebruikt cookies", "deze website maakt gebruik van cookies", "wij gebruiken cookies",
                 "schrijf je in voor onze nieuwsbrief", "meld je aan voor onze nieuwsbrief",
                 "schrijf je in voor de nieuwsbrief", "meld je aan voor de nieuwsbrief")
COMMENTS = ("reacties",)
COMMENT_MARKERS = (r"beantwoorden\W*$", r"plaats een reactie")
SECTION_HEADINGS = (r"gerelateerde artikelen", r"meest gelezen", r"lees ook")

PHOTO_LABELS = ("beeld",)
SOURCE_LABELS = ("bron",)
CLOSE_BUTTONS = ("sluiten",)
MORE_BUTTONS = ("meer", "bekijk meer", "bekijk alles")
AD_LABELS = ("advertentie", "reclame", "gesponsord")
RELATED_HEADINGS = ("lees ook", "lees meer", "gerelateerd", "gerelateerde", "meer over", "bekijk ook",
                    "ook interessant", "misschien ook interessant", "dit vind je misschien",
                    "dit vindt u misschien", "misschien vind je", "misschien ook leuk", "vergelijkbare artikelen",
                    "soortgelijke artikelen", "zie ook", "lees verder over", "meer uit", "meer van",
                    "meer lezen over", "ook interessant voor")
RECOMMENDED_HEADINGS = ("aanbevolen", "ook leuk", "meer nieuws", "meer artikelen", "andere artikelen",
                        "ander nieuws", "aanbevolen voor jou", "niet te missen")
LATEST_HEADINGS = ("laatste nieuws", "nieuwste artikelen", "laatste artikelen", "recente berichten",
                   "recente artikelen")
NOT_RELATED_HEADINGS = ("meest gelezen", "populair", "gesponsord", "meer van deze auteur", "meer van de auteur",
                        "meest bekeken", "advertentie")
WRITES_FOR = ("voor",)

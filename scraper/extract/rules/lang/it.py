"""Italian."""

STOPWORDS = (
    "a al alla anche che chi come con da dal dalla degli dei del della di e ed gli ha il in la le lo ma nei nel "
    "nella non per più se si sono su sua suo tra un una è")

MONTHS = ("gennaio gen", "febbraio feb", "marzo mar", "aprile apr", "maggio mag", "giugno giu", "luglio lug",
          "agosto ago", "settembre set", "ottobre ott", "novembre nov", "dicembre dic")
WEEKDAYS = ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica")
DATE_LABELS = ("pubblicato",)
DATE_LINKS = ("il",)

BY = ("di",)
NOT_NAME_WORDS = ("pubblicità", "contatti")
OTHER_CREDITS = ("tradotto", "traduzione", "traduttore", "traduttrice", "illustrato", "illustrazioni")
AUTHOR_LABELS = ("autore", "testo")
SAYS = ("scrive",)
#: "Di" with a capital inside a name is a particle ("Mark Di Stefano"), not a byline's "by"
NAME_PARTICLES = ("di", "Di", "della", "del", "da")
BIO_VERBS = ("è",)
ROLES = ("giornalista", "corrispondente")
WRITES_FOR = ("per",)
ORG_WORDS = ("redazione",)

READING_LABELS = ("tempo di lettura",)
READ_AFTER_MINUTES = ("di lettura",)

CRUFT_LINES = ("Pubblicità", "Caricamento")
CRUFT_OPENERS = ("seguici", "il tuo indirizzo email non sarà pubblicato", "questo sito utilizza cookie",
                 "questo sito utilizza i cookie", "questo sito usa cookie", "questo sito usa i cookie",
                 "utilizziamo i cookie", "utilizziamo cookie", "usiamo i cookie")
RIGHTS = ("tutti i diritti riservati",)

TEXT_CRUFT = (r"condividi", r"stampa\W*$", r"leggi (?:anche|tutto)", r"iscriviti")
TEXT_CRUFT_WORDS = (r"commenti",)
CONSENT_WORDS = ("consenso",)
COMMENTS = ("commenti",)
COMMENT_MARKERS = (r"nessun\w*\s+commento", r"lascia un commento", r"rispondi\W*$")
SECTION_HEADINGS = (r"articoli correlati", r"potrebbe interessarti", r"(?:i )?più letti", r"leggi anche")

PHOTO_LABELS = ("immagine", "fotografia")
SOURCE_LABELS = ("fonte",)
CAPTION_LABELS = ("didascalia",)
CLOSE_BUTTONS = ("chiudi",)
MORE_BUTTONS = ("altro", "vedi altro", "vedi tutto", "vedi tutti")
AD_LABELS = ("pubblicità", "sponsorizzato")
RELATED_HEADINGS = ("leggi anche", "leggi pure", "potrebbe interessarti", "ti potrebbe interessare",
                    "potrebbero interessarti", "articoli correlati", "correlati", "correlate", "vedi anche",
                    "guarda anche", "potrebbe anche interessarti", "ti potrebbero interessare", "articoli simili",
                    "post correlati", "notizie correlate", "potrebbe piacerti", "ti potrebbe piacere",
                    "ti potrebbero piacere", "potrebbero piacerti", "per approfondire", "approfondimenti",
                    "sullo stesso argomento", "sullo stesso tema", "leggi inoltre")
RECOMMENDED_HEADINGS = ("ti consigliamo", "consigliati", "altri articoli", "altre notizie", "articoli consigliati",
                        "consigliati per te", "da non perdere", "altri post", "altre storie")
NOT_RELATED_HEADINGS = ("i più letti", "più letti", "più lette", "dello stesso autore", "sponsorizzato",
                        "pubblicità", "i più visti", "più visti", "più popolari", "ultime notizie",
                        "contenuti sponsorizzati")
INLINE_RELATED = ("leggi",)

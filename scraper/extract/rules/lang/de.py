"""German."""

STOPWORDS = (
    "aber als am an auch auf aus bei bis das dass dem den der des die dies doch du durch ein eine einem einen einer "
    "es für hat hatte ich ihr im in ist ja kann mit nach nicht noch nur oder sein sich sie so sind um und uns von "
    "vor war was wenn werden wie wir wird zu zum zur über")

MONTHS = ("januar jänner jan", "februar feber feb", "märz maerz mär mrz", "april apr", "mai", "juni jun", "juli jul",
          "august aug", "september sep sept", "oktober okt", "november nov", "dezember dez")
WEEKDAYS = ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag")
DATE_LABELS = ("datum", "veröffentlicht", "veroffentlicht", "erschienen", "geschrieben", "erstellt", "stand")
DATE_LINKS = ("am", "um", "vom")

BY = ("von",)
BYLINE_LEADS = ("verfasst", "geschrieben", "beitrag", "artikel", "publiziert", "veröffentlicht", "veroffentlicht",
                "erstellt", "eingestellt", "gepostet", "text", "interview", "kolumne", "gastbeitrag", "kommentar",
                "bericht", "reportage", "analyse", "essay")
AUTHOR_LABELS = ("autor", "autorin", "text")
AND = ("und",)
SAYS = ("sagt", "schreibt", "schrieb")
ABOUT = ("über",)
NAME_PARTICLES = ("von", "zu", "der", "den")
BIO_VERBS = ("ist",)
ROLES = ("redakteur", "redakteurin", "autor", "autorin")
WRITES_FOR = ("für",)
ORG_WORDS = ("redaktion", "agenturen")
NOT_NAME_WORDS = ("artikel", "beitrag", "beiträge", "kategorie", "profil", "kommentar", "kommentare", "mehr",
                  "suche", "werben", "werbung", "anzeige", "anzeigen", "kontakt", "impressum")
OTHER_CREDITS = ("übersetzt", "übersetzung", "übersetzer", "übersetzerin", "lektorat", "illustration",
                 "illustriert",
                 "herausgegeben", "herausgeber", "herausgeberin")

INLINE_RELATED = ("lesen sie auch", "mehr zum thema", "auch interessant", "mehr lesen", "lesen", "siehe auch")
READING_LABELS = ("lesezeit", "lesezeit von", "lesedauer")
READ_AFTER_MINUTES = ("lesezeit",)

CRUFT_LINES = ("Anzeige", "Werbung", "Bezahlte Anzeige", "Wird geladen", "Lädt", "Teilen Sie dies mit", "Teilen mit",
               "Teile mich", "Teilen über", "Teile", "Teilen", "Sharen mit", "Weitersagen", "Gefällt mir",
               "Folge uns auf", "Folgen Sie uns auf", "Folge mir über", "Folge mir auf", "Kategorie", "Kategorien")
CRUFT_OPENERS = (
    # share and like bars, "did you like it?"
    "teilen sie dies mit", "teile diesen artikel", "teile diesen beitrag", "teilen sie diesen artikel",
    "teilen sie diesen beitrag", "diese nachricht direkt teilen", "diese nachricht teilen", "diesen artikel teilen",
    "diesen beitrag teilen", "seite teilen", "seite drucken", "diesen artikel drucken", "sei der erste, dem dies gefällt",
    "sei der erste dem dies gefällt", "wenn dir der artikel gefallen hat", "wenn ihnen der artikel gefallen hat",
    "wenn dir der beitrag gefallen hat", "wenn dir dieser artikel gefallen hat", "hat dir der artikel gefallen",
    "hat ihnen der artikel gefallen", "hat dir der beitrag gefallen", "hat dir dieser artikel gefallen",
    "artikel gefallen?", "beitrag gefallen?", "der artikel gefällt dir?", "der artikel gefällt ihnen?",
    "gefällt dir der artikel", "gefällt ihnen der artikel", "gefällt ihnen, was sie sehen", "gefällt dir, was du siehst",
    "war dieser artikel hilfreich", "war der artikel hilfreich", "war dieser beitrag hilfreich",
    # a comment form's lines, a comment policy's
    "deine e-mail-adresse wird nicht veröffentlicht", "ihre e-mail-adresse wird nicht veröffentlicht",
    "deine email-adresse wird nicht veröffentlicht", "ihre email-adresse wird nicht veröffentlicht",
    "meinen namen, e-mail", "meinen namen, meine e-mail", "meinen namen und meine e-mail", "benachrichtige mich über",
    "benachrichtige mich bei", "gib deine e-mail-adresse", "geben sie ihre e-mail-adresse",
    "um neue beiträge per e-mail zu erhalten", "blog via e-mail abonnieren", "blog per e-mail folgen",
    "beiträge per e-mail abonnieren", "es gibt kein recht auf veröffentlichung",
    "es gibt keinen anspruch auf veröffentlichung", "es besteht kein anspruch auf veröffentlichung",
    "haben sie probleme beim kommentieren", "hast du probleme beim kommentieren", "leider sind keine kommentare möglich",
    "kommentare sind geschlossen", "die kommentare sind geschlossen", "kommentare und pings sind",
    "halten sie sich an unsere netiquette", "beachten sie unsere netiquette",
    # follow, newsletter, support and community prompts
    "folge uns", "folgen sie uns", "folgt uns", "folge mir", "folgen sie mir", "ihr findet mich auch",
    "ihr findet uns auch", "melde dich zum newsletter an", "melde dich für unseren newsletter an",
    "melde dich jetzt zum newsletter an", "melden sie sich zum newsletter an", "melden sie sich für unseren newsletter an",
    "jetzt zum newsletter anmelden", "jetzt zum kostenlosen newsletter anmelden", "jetzt für den newsletter anmelden",
    "immer informiert bleiben", "informiert bleiben", "jetzt unterstützen", "kein bock auf werbung",
    "keine lust auf werbung", "supporte uns", "werde teil der community", "werde jetzt teil der community",
    "werde teil unserer community", "wähle deine mitgliedschaft",
    # where the post was filed, how old it is
    "abgelegt unter", "veröffentlicht in:", "dieser eintrag wurde", "dieser artikel ist älter als",
    "dieser beitrag ist älter als",
    # cookie notes
    "diese website verwendet cookies", "diese webseite verwendet cookies", "diese seite verwendet cookies",
    "diese website nutzt cookies", "diese webseite nutzt cookies", "diese seite nutzt cookies",
    "unsere website verwendet cookies", "unsere webseite verwendet cookies", "auf dieser website werden cookies",
    "auf dieser webseite werden cookies", "auf dieser seite werden cookies", "wir verwenden cookies", "wir nutzen cookies",
    "wir setzen cookies", "cookies erleichtern")
RIGHTS = ("alle rechte vorbehalten",)

TEXT_CRUFT = (r"(?:artikel )?(?:teilen|drucken|versenden|bewerten)\W*$",
              r"artikel (?:teilen|drucken|versenden|bewerten|merken)",
              r"jetzt (?:abonnieren|anmelden|registrieren|lesen)", r"weiterlesen", r"mehr (?:anzeigen|lesen)",
              r"(?:zurück|startseite)\W*$", r"zurück zu[rm]? (?:\w+ )?(?:übersicht|startseite|liste)\W*$",
              r"unterstütze\b", r"unterstützen sie (?:uns|unsere?n?|unabhängigen)\b",
              r"jetzt (?:supporter|mitglied|unterstützer|förderer)\w* werden", r"(?:sie lesen|du liest|lesen sie) gerne?\b",
              r"zeigen sie ihre wertschätzung", r"leserbrief schreiben", r"um (?:selbst )?kommentare",
              r"(?:die |alle )?kommentare werden (?:\w+ ){0,3}(?:moderiert|geprüft|überprüft|freigeschaltet)",
              r"(?:erstellt|veröffentlicht|aktualisiert|publiziert)(?: am)?\s*:?\s*(?=.{0,40}\d).{0,60}$",
              r"(?:themen|schlagwörter|schlagworte)\W*$", r"beitragsbild\s*:", r"(?:artikel|beitrag) (?:anhören|vorlesen)",
              r"newsletter abonnieren", r"abonnieren sie\b",
              r"\d+ bloggern? gefällt das", r"bitte (?:[\w,]+ ){0,12}netiquette\b",
              r"abonnier(?:e|en sie) (?:\S+ ){0,3}\S*newsletter", r"bild \d+ (?:von|/) \d+", r"foto \d+ (?:von|/) \d+")
TEXT_CRUFT_WORDS = (r"kommentare", r"datenschutz(?:erklärung)?", r"impressum", r"nutzungsbedingungen")
CONSENT_WORDS = ("einwilligung", "zustimm*", "datenschutz*", "drittanbieter*")
COMMENTS = ("kommentare", "lesermeinungen", "leserkommentare")
COMMENT_MARKERS = (r"keine\w*\s+kommentare", r"kommentar schreiben", r"schreiben sie einen kommentar",
                   r"antworten\W*$", r"\d+\s+(?:kommentare?|antworten|reaktionen)\W*$",
                   r"(?:ein|\d+) (?:gedanken?|antworten|kommentare?) zu\s*[„“\"'»«‚]",
                   r"(?:hinterlasse|hinterlassen sie|schreibe|verfasse) (?:jetzt )?(?:einen|eine|deinen|ihren) "
                   r"(?:kommentar|antwort)",
                   r"kommentar (?:verfassen|hinzufügen|absenden|abgeben)", r"(?:jetzt )?kommentieren\W*$",
                   r"kommentieren sie (?:den|diesen) (?:artikel|beitrag)")
SECTION_HEADINGS = (r"mehr zum thema", r"weitere (?:artikel|beiträge|nachrichten)", r"ähnliche (?:artikel|beiträge)",
                    r"das könnte sie", r"meistgelesen", r"am meisten gelesen", r"beliebte (?:artikel|beiträge)",
                    r"empfehlungen")

PHOTO_LABELS = ("foto", "fotos", "fotograf", "fotografin", "fotografie", "bild", "bilder", "bildquelle",
                "bildquellen", "beitragsbild", "titelbild", "titelfoto", "headerbild", "vorschaubild", "archivfoto",
                "archivbild", "symbolfoto", "symbolbild", "bildrechte", "fotocredit", "bildnachweis")
SOURCE_LABELS = ("quelle", "quellen", "grafik")
CAPTION_LABELS = ("bildunterschrift",)
CLOSE_BUTTONS = ("schließen", "schliessen")
MORE_BUTTONS = ("mehr", "alle", "mehr anzeigen", "alle anzeigen")
AD_LABELS = ("anzeige", "werbung", "gesponsert")
GALLERY_LABELS = ("galerie", "fotostrecke", "bildergalerie", "wird geladen")
FIGURE_LABELS = ("abbildung", "abb.")
PLACE_LABELS = ("oben", "unten", "links", "rechts")
RELATED_HEADINGS = ("lesen sie auch", "lesen sie mehr", "lies auch", "mehr lesen", "weiterlesen",
                    "auch interessant", "ebenfalls interessant", "auch lesenswert", "das könnte sie",
                    "das könnte dich", "das könnte euch", "diese artikel könnten", "dieser artikel könnte",
                    "könnte sie auch interessieren", "könnte dich auch interessieren", "mehr zum thema", "mehr zu",
                    "mehr aus", "mehr von", "mehr über", "verwandte", "ähnliche artikel", "ähnliche beiträge",
                    "ähnliche themen", "ähnliche news", "passend zum thema", "passende artikel",
                    "passende beiträge", "zum thema", "artikel zum thema", "siehe auch", "dazu passend",
                    "das könnte ihnen", "könnte ihnen auch gefallen", "ähnliche", "mehr dazu", "passend dazu",
                    "zum weiterlesen", "lesetipp", "lesetipps", "unsere lesetipps", "weiterführende artikel",
                    "weitere artikel zum thema", "weitere beiträge zum thema",
                    "ebenfalls lesenswert", "auch spannend")
RECOMMENDED_HEADINGS = ("empfohlen", "empfehlungen", "unsere empfehlung", "wir empfehlen", "mehr artikel",
                        "mehr beiträge", "mehr news", "mehr nachrichten", "noch mehr", "weitere artikel",
                        "weitere beiträge", "weitere news", "weitere nachrichten", "weitere meldungen",
                        "weitere themen")
LATEST_HEADINGS = ("neueste artikel", "neueste beiträge", "neueste nachrichten", "neueste news", "neuste artikel",
                   "neuste beiträge", "neuste nachrichten", "neue artikel", "aktuelle artikel", "aktuelle nachrichten",
                   "aktuelle news", "letzte beiträge", "letzte artikel", "das neueste", "zuletzt veröffentlicht")
NOT_RELATED_HEADINGS = ("meistgelesen", "meist gelesen", "am meisten gelesen", "beliebteste", "am beliebtesten",
                        "mehr vom autor", "mehr von der autorin", "mehr von autor", "weitere artikel von",
                        "weitere beiträge von", "weitere artikel des autors", "anzeige", "werbung", "gesponsert",
                        "meistkommentiert", "meist kommentiert",
                        "aktuelle beiträge", "neue beiträge", "partner-inhalte", "sponsored")

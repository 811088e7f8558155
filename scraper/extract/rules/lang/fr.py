"""French."""

STOPWORDS = (
    "à au aux avec ce ces cette dans de des du elle en est et il ils je la le les leur lui mais me même ne nous on "
    "ou par pas pour qu que qui sa se ses son sont sur un une vous y été être a")

MONTHS = ("janvier janv", "février fevrier févr", "mars", "avril avr", "mai", "juin", "juillet juil", "août aout",
          "septembre sept", "octobre oct", "novembre nov", "décembre decembre déc")
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
ORDINALS = ("er",)
DATE_LABELS = ("publié", "publie")
DATE_LINKS = ("le",)

BY = ("par",)
BYLINE_LEADS = ("publié", "publie", "écrit", "ecrit", "rédigé", "posté")
AUTHOR_LABELS = ("auteur", "texte")
AND = ("et",)
SAYS = ("dit", "a écrit")
ABOUT = ("à propos de",)
NAME_PARTICLES = ("de", "la", "le", "du")
BIO_VERBS = ("est",)
ROLES = ("rédacteur", "rédactrice", "journaliste")
WRITES_FOR = ("pour",)
ORG_WORDS = ("rédaction", "redaction")
NOT_NAME_WORDS = ("publicité", "contact")
OTHER_CREDITS = ("traduit", "traduction", "traducteur", "traductrice", "illustré", "illustrations")

RELATED_HEADINGS = ("lire aussi", "à lire aussi", "lire également", "à lire également", "à lire", "voir aussi",
                    "à voir aussi", "sur le même sujet", "sur le même thème", "dans la même rubrique",
                    "articles similaires", "articles liés", "articles connexes", "vous aimerez aussi",
                    "vous aimerez peut-être", "vous pourriez aussi aimer", "vous pourriez aimer",
                    "pour aller plus loin", "à voir également", "voir également", "ces articles",
                    "cela pourrait vous", "ça pourrait vous", "ceci pourrait vous", "ça peut vous",
                    "vous pourriez", "vous aimerez", "articles associés", "contenus associés",
                    "contenus similaires", "publications similaires", "les articles similaires", "découvrez aussi",
                    "lire la suite sur le même sujet")
INLINE_RELATED = ("à lire aussi", "lire aussi", "sur le même sujet", "lire")
READING_LABELS = ("temps de lecture",)
READ_AFTER_MINUTES = ("de lecture",)

CRUFT_LINES = ("Publicité", "Partager", "Partager cet article")
CRUFT_OPENERS = ("suivez-nous", "suivez nous", "suivez-moi", "votre adresse e-mail ne sera pas publiée",
                 "votre adresse email ne sera pas publiée", "votre adresse de messagerie ne sera pas publiée",
                 "enregistrer mon nom", "prévenez-moi de tous", "inscrivez-vous à notre newsletter",
                 "abonnez-vous à notre newsletter", "inscrivez-vous à la newsletter", "abonnez-vous à la newsletter",
                 "ce site utilise des cookies", "notre site utilise des cookies", "nous utilisons des cookies",
                 "cet article vous a plu", "les commentaires sont modérés", "j'aime chargement", "j’aime chargement",
                 "soyez le premier à aimer", "publié dans :", "publié dans:", "classé dans :", "classé dans:")
RIGHTS = ("tous droits réservés",)

TEXT_CRUFT = (r"partager", r"imprimer", r"lire la suite", r"voir (?:plus|aussi)", r"(?:retour|accueil)\W*$",
              r"s'abonner", r"se connecter", r"écouter (?:cet|l')article", r"soutenez-nous")
TEXT_CRUFT_WORDS = (r"commentaires", r"mentions légales", r"politique de confidentialité")
CONSENT_WORDS = ("consentement", "confidentialité", "traceurs")
COMMENTS = ("commentaires", "réactions")
COMMENT_MARKERS = (r"aucun\w*\s+commentaire", r"(?:laisser|écrire|ajouter|publier) un commentaire", r"répondre\W*$")
SECTION_HEADINGS = (r"(?:à )?lire aussi", r"sur le même sujet", r"les plus lus", r"dans la même rubrique")

PHOTO_LABELS = ("crédit photo", "crédits photo", "photo de une")
SOURCE_LABELS = ("crédit", "crédits")
CAPTION_LABELS = ("légende",)
CAPTION_BUTTONS = ("agrandir l'image",)
CLOSE_BUTTONS = ("fermer",)
MORE_BUTTONS = ("plus", "voir plus", "voir tout", "tout voir")
AD_LABELS = ("publicité", "sponsorisé")
GALLERY_LABELS = ("chargement",)
PLACE_LABELS = ("ci-dessus",)
RECOMMENDED_HEADINGS = ("articles recommandés", "à découvrir", "nous vous recommandons", "plus d'articles",
                        "autres articles", "d'autres articles", "à ne pas manquer", "nos autres articles",
                        "plus d'actualités", "d'autres actualités", "autres actualités", "recommandé pour vous")
LATEST_HEADINGS = ("derniers articles", "les derniers articles", "dernières actualités", "dernières nouvelles",
                   "derniers billets", "articles récents", "dernières publications", "les dernières actualités")
NOT_RELATED_HEADINGS = ("les plus lus", "les + lus", "les + lues", "les plus populaires", "du même auteur", "sponsorisé", "publicité",
                        "les plus lues", "les plus commentés", "contenus sponsorisés", "annonces")

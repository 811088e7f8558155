"""Polish."""

STOPWORDS = (
    "a aby ale bo by był była było być czy dla do go i ich jak jako jest jej już ma mnie na nie niż o od po przez "
    "przy się są ta tak także te to tylko w we więc z za że został")

#: (dates write the genitive: "5 stycznia 2021")
MONTHS = ("stycznia styczeń", "lutego luty", "marca marzec", "kwietnia kwiecień", "maja maj", "czerwca czerwiec",
          "lipca lipiec", "sierpnia sierpień", "września wrzesień", "października październik", "listopada listopad",
          "grudnia grudzień")

AUTHOR_LABELS = ("tekst",)

TEXT_CRUFT = (r"udostępnij",)
COMMENTS = ("komentarze",)
COMMENT_MARKERS = (r"odpowiedz\W*$",)

RELATED_HEADINGS = ("czytaj też", "czytaj także", "zobacz też", "zobacz także", "przeczytaj też",
                    "przeczytaj także", "podobne artykuły", "powiązane", "warto przeczytać", "zobacz również",
                    "czytaj również", "przeczytaj również", "czytaj więcej", "podobne wpisy", "podobne posty",
                    "podobne", "może cię", "może państwa", "to może cię", "mogą cię", "może ci się spodobać",
                    "więcej na ten temat", "na ten sam temat", "w tym temacie", "powiązane artykuły",
                    "artykuły powiązane")
RECOMMENDED_HEADINGS = ("polecamy", "polecane", "polecane artykuły", "inne artykuły", "więcej artykułów",
                        "więcej wiadomości", "zobacz więcej")
NOT_RELATED_HEADINGS = ("najczęściej czytane", "najpopularniejsze", "popularne", "sponsorowane", "reklama",
                        "artykuł sponsorowany")
AD_LABELS = ("reklama", "sponsorowane")
PHOTO_LABELS = ("fot.", "zdjęcie")
SOURCE_LABELS = ("źródło",)

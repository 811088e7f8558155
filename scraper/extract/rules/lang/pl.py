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

RELATED_HEADINGS = ("czytaj też", "czytaj także", "zobacz też", "zobacz także", "przeczytaj też", "przeczytaj także",
                    "podobne artykuły", "powiązane", "warto przeczytać")
RECOMMENDED_HEADINGS = ("polecamy",)

PHOTO_LABELS = ("fot.", "zdjęcie")
SOURCE_LABELS = ("źródło",)

"""Norwegian (Bokmål)."""

STOPWORDS = (
    "at av de den det du eller en er et etter for fra han har hun i ikke jeg kan med men mot når og om på seg som "
    "til var vi ved være også")

MONTHS = ("januar jan", "februar feb", "mars mar", "april apr", "mai", "juni jun", "juli jul", "august aug",
          "september sep", "oktober okt", "november nov", "desember des")

BY = ("av",)

RELATED_HEADINGS = ("les også", "relaterte", "les mer", "mer om", "du vil kanskje også like",
                    "du liker kanskje også", "lignende artikler", "relaterte artikler", "relaterte saker")
RECOMMENDED_HEADINGS = ("flere artikler", "flere nyheter", "anbefalt", "anbefalte")
NOT_RELATED_HEADINGS = ("mest lest", "mest leste", "annonse")
AD_LABELS = ("annonse",)

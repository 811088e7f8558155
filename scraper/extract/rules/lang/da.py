"""Danish."""

STOPWORDS = (
    "af at blev de den der det du efter en er et for fra han har hun i ikke jeg kan med men mod når og om på sig som "
    "til var vi ved være også")

MONTHS = ("januar jan", "februar feb", "marts mar", "april apr", "maj", "juni jun", "juli jul", "august aug",
          "september sep", "oktober okt", "november nov", "december dec")

BY = ("af",)

RELATED_HEADINGS = ("læs også", "relaterede", "læs mere", "mere om", "du vil måske også kunne lide",
                    "du kan også lide", "du kunne også lide", "lignende artikler", "lignende indlæg",
                    "relaterede artikler")
RECOMMENDED_HEADINGS = ("flere artikler", "flere nyheder", "anbefalet", "anbefalede")
NOT_RELATED_HEADINGS = ("mest læste", "mest læst", "annonce")
AD_LABELS = ("annonce",)

"""Swedish."""

STOPWORDS = (
    "att av de den det dig du där efter en ett för från han har hon i inte jag kan man med men mot när och om på sig "
    "som till under var vi vid är även")

MONTHS = ("januari jan", "februari feb", "mars", "april apr", "maj", "juni jun", "juli jul", "augusti aug",
          "september sep", "oktober okt", "november nov", "december dec")

BY = ("av",)

RELATED_HEADINGS = ("läs också", "läs även", "relaterat", "relaterade", "läs mer", "mer om", "mer från",
                    "du kanske också gillar", "du kanske även gillar", "du kanske gillar", "liknande artiklar",
                    "liknande inlägg", "relaterade artiklar")
RECOMMENDED_HEADINGS = ("fler artiklar", "fler nyheter", "rekommenderat", "rekommenderade")
NOT_RELATED_HEADINGS = ("mest lästa", "mest läst", "annons")
AD_LABELS = ("annons",)

"""Swedish."""

STOPWORDS = (
    "att av de den det dig du där efter en ett för från han har hon i inte jag kan man med men mot när och om på sig "
    "som till under var vi vid är även")

MONTHS = ("januari jan", "februari feb", "mars", "april apr", "maj", "juni jun", "juli jul", "augusti aug",
          "september sep", "oktober okt", "november nov", "december dec")

BY = ("av",)

RELATED_HEADINGS = ("läs också", "läs även", "relaterat", "relaterade")

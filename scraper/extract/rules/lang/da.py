"""Danish."""

STOPWORDS = (
    "af at blev de den der det du efter en er et for fra han har hun i ikke jeg kan med men mod når og om på sig som "
    "til var vi ved være også")

BY = ("af",)

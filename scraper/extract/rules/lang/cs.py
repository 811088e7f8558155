"""Czech."""

STOPWORDS = (
    "a aby ale ani by byl byla bylo být do i jak jako je jeho její jsou již k kde když na nebo než o od po pro před "
    "při se si tak také to tu v ve však z za že který která které")

MONTHS = ("ledna leden", "února únor", "března březen", "dubna duben", "května květen", "června červen",
          "července červenec", "srpna srpen", "září", "října říjen", "listopadu listopad", "prosince prosinec")

RELATED_HEADINGS = ("čtěte také", "mohlo by vás zajímat", "související", "podobné články")

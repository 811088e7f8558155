"""Czech."""

STOPWORDS = (
    "a aby ale ani by byl byla bylo být do i jak jako je jeho její jsou již k kde když na nebo než o od po pro před "
    "při se si tak také to tu v ve však z za že který která které")

MONTHS = ("ledna leden", "února únor", "března březen", "dubna duben", "května květen", "června červen",
          "července červenec", "srpna srpen", "září", "října říjen", "listopadu listopad", "prosince prosinec")

RELATED_HEADINGS = ("čtěte také", "mohlo by vás zajímat", "související", "podobné články", "čtěte též",
                    "přečtěte si také", "přečtěte si též", "související články", "mohlo by se vám líbit",
                    "mohlo by vás také zajímat", "podobné", "další články k tématu", "více k tématu", "k tématu")
RECOMMENDED_HEADINGS = ("doporučujeme", "doporučené články", "další články", "další zprávy")
NOT_RELATED_HEADINGS = ("nejčtenější", "nejčtenější články", "reklama", "komerční sdělení")
AD_LABELS = ("reklama", "inzerce")

"""Romanian."""

STOPWORDS = (
    "a al ale cu care ce cu de din după este fi fost în la mai nu o pe pentru prin sa să se si și sunt un una unei "
    "unui")

MONTHS = ("ianuarie ian", "februarie feb", "martie mar", "aprilie apr", "mai", "iunie iun", "iulie iul",
          "august aug", "septembrie sept", "octombrie oct", "noiembrie nov", "decembrie dec")

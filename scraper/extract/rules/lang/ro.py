"""Romanian."""

STOPWORDS = (
    "a al ale cu care ce cu de din după este fi fost în la mai nu o pe pentru prin sa să se si și sunt un una unei "
    "unui")

MONTHS = ("ianuarie ian", "februarie feb", "martie mar", "aprilie apr", "mai", "iunie iun", "iulie iul",
          "august aug", "septembrie sept", "octombrie oct", "noiembrie nov", "decembrie dec")
RELATED_HEADINGS = ("citește și", "citeşte şi", "citeste si", "citește și:", "articole similare",
                    "articole asemănătoare", "articole asemanatoare", "vezi și", "vezi şi", "vezi si",
                    "s-ar putea să te intereseze", "s-ar putea sa te intereseze", "ți-ar putea plăcea",
                    "articole conexe", "știri similare")
RECOMMENDED_HEADINGS = ("mai multe articole", "alte articole", "alte știri", "recomandări", "recomandate")
NOT_RELATED_HEADINGS = ("cele mai citite", "cele mai populare", "publicitate")
AD_LABELS = ("publicitate",)

"""Hungarian."""

MONTHS = ("január jan", "február febr", "március márc", "április ápr", "május máj", "június jún", "július júl",
          "augusztus aug", "szeptember szept", "október okt", "november nov", "december dec")
RELATED_HEADINGS = ("kapcsolódó cikkek", "kapcsolódó", "ez is érdekelheti", "ez is érdekelhet",
                    "ezek is érdekelhetik", "ezek is érdekelhetnek", "olvassa el ezt is", "hasonló cikkek",
                    "témába vágó", "olvasd el ezt is")
RECOMMENDED_HEADINGS = ("ajánlott cikkek", "ajánló", "ajánljuk", "további cikkek", "további hírek")
NOT_RELATED_HEADINGS = ("legolvasottabb", "legolvasottabb cikkek", "legnépszerűbb", "hirdetés")
AD_LABELS = ("hirdetés",)
AUTHOR_LABELS = ("szerző",)
PHOTO_LABELS = ("fotó",)

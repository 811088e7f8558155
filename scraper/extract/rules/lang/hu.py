"""Hungarian."""

MONTHS = ("január jan", "február febr", "március márc", "április ápr", "május máj", "június jún", "július júl",
          "augusztus aug", "szeptember szept", "október okt", "november nov", "december dec")
AUTHOR_LABELS = ("szerző",)

PHOTO_LABELS = ("fotó",)

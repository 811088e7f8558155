"""Finnish."""

STOPWORDS = (
    "ei ja jo joka jos kanssa kuin kun mutta myös niin nyt oli olla on ovat se sekä sen siitä tai tämä että he hän "
    "jälkeen mukaan vain vielä")

MONTHS = ("tammikuuta tammikuu", "helmikuuta helmikuu", "maaliskuuta maaliskuu", "huhtikuuta huhtikuu",
          "toukokuuta toukokuu", "kesäkuuta kesäkuu", "heinäkuuta heinäkuu", "elokuuta elokuu", "syyskuuta syyskuu",
          "lokakuuta lokakuu", "marraskuuta marraskuu", "joulukuuta joulukuu")
AUTHOR_LABELS = ("kirjoittaja", "teksti")

PHOTO_LABELS = ("kuva",)

"""Finnish."""

STOPWORDS = (
    "ei ja jo joka jos kanssa kuin kun mutta myös niin nyt oli olla on ovat se sekä sen siitä tai tämä että he hän "
    "jälkeen mukaan vain vielä")

MONTHS = ("tammikuuta tammikuu", "helmikuuta helmikuu", "maaliskuuta maaliskuu", "huhtikuuta huhtikuu",
          "toukokuuta toukokuu", "kesäkuuta kesäkuu", "heinäkuuta heinäkuu", "elokuuta elokuu", "syyskuuta syyskuu",
          "lokakuuta lokakuu", "marraskuuta marraskuu", "joulukuuta joulukuu")
RELATED_HEADINGS = ("lue myös", "lue lisää", "aiheeseen liittyvät", "aiheeseen liittyviä", "aiheesta lisää",
                    "katso myös", "samasta aiheesta", "saatat pitää myös")
RECOMMENDED_HEADINGS = ("suositellut", "suosittelemme", "lisää uutisia")
NOT_RELATED_HEADINGS = ("luetuimmat", "luetuimmat uutiset", "mainos")
AD_LABELS = ("mainos",)
AUTHOR_LABELS = ("kirjoittaja", "teksti")
PHOTO_LABELS = ("kuva",)

"""Finnish."""

STOPWORDS = (
    "ei ja jo joka jos kanssa kuin kun mutta myös niin nyt oli olla on ovat se sekä sen siitä tai tämä että he hän "
    "jälkeen mukaan vain vielä")

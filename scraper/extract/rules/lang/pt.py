"""Portuguese."""

STOPWORDS = (
    "a ao aos as com como da das de do dos e ela ele em entre era foi já mais mas na nas no nos o os ou para pela "
    "pelo por que se sem ser seu sua são também um uma é à")

MONTHS = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
          "novembro", "dezembro dez")
ORDINALS = ("º",)
DATE_OF = ("de",)

AUTHOR_LABELS = ("texto",)
NAME_PARTICLES = ("da", "dos", "das", "e", "de")
BIO_VERBS = ("é",)
ROLES = ("jornalista",)

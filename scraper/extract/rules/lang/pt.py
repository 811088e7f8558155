"""Portuguese."""

STOPWORDS = (
    "a ao aos as com como da das de do dos e ela ele em entre era foi já mais mas na nas no nos o os ou para pela "
    "pelo por que se sem ser seu sua são também um uma é à")

MONTHS = ("janeiro jan", "fevereiro fev", "março marco mar", "abril abr", "maio mai", "junho jun", "julho jul",
          "agosto ago", "setembro set", "outubro out", "novembro nov", "dezembro dez")
WEEKDAYS = ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo")
ORDINALS = ("º",)
DATE_OF = ("de",)

AUTHOR_LABELS = ("texto", "autor", "autora")
OTHER_CREDITS = ("traduzido", "tradução", "tradutor", "tradutora", "editado", "ilustrado", "ilustrações")
NAME_PARTICLES = ("da", "dos", "das", "e", "de")
BIO_VERBS = ("é",)
ROLES = ("jornalista",)
WRITES_FOR = ("para",)
BYLINE_LEADS = ("escrito", "publicado")

PHOTO_LABELS = ("imagem", "fotografia")
SOURCE_LABELS = ("fonte",)
RELATED_HEADINGS = ("leia também", "leia mais", "veja também", "veja mais", "você também pode gostar",
                    "você pode gostar", "notícias relacionadas", "artigos relacionados", "matérias relacionadas",
                    "relacionado", "relacionados", "relacionada", "relacionadas", "mais sobre",
                    "você pode se interessar", "pode te interessar", "pode lhe interessar",
                    "também pode te interessar", "também pode interessar", "pode interessar",
                    "conteúdo relacionado", "posts relacionados", "publicações relacionadas",
                    "postagens relacionadas", "leia ainda", "veja ainda", "confira também", "leia a seguir",
                    "saiba mais sobre")
RECOMMENDED_HEADINGS = ("recomendamos", "recomendados", "recomendado", "recomendadas", "recomendados para você",
                        "mais notícias", "outras notícias", "mais artigos", "não perca")
NOT_RELATED_HEADINGS = ("mais lidas", "mais lidos", "mais vistos", "do mesmo autor", "patrocinado", "publicidade",
                        "mais populares", "últimas notícias", "conteúdo patrocinado")
INLINE_RELATED = ("leia",)

READING_LABELS = ("tempo de leitura",)
READ_AFTER_MINUTES = ("de leitura",)
CRUFT_LINES = ("Publicidade", "Carregando", "Compartilhe", "Compartilhe isso", "Compartilhar", "Siga-nos")
CRUFT_OPENERS = ("compartilhe isso", "compartilhe este", "compartilhe esta", "compartilhar no", "siga-nos",
                 "inscreva-se", "assine a newsletter", "assine nossa newsletter",
                 "o seu endereço de email não será publicado", "o seu endereço de e-mail não será publicado",
                 "seu endereço de e-mail não será publicado", "seu endereço de email não será publicado",
                 "este site utiliza cookies", "este site usa cookies", "utilizamos cookies", "usamos cookies")
TEXT_CRUFT = (r"atenção:\s*comentários (?:\S+ ){0,12}(?:não )?(?:serão|são) (?:aprovados|moderados|publicados)",
              r"comentários (?:\S+ ){0,12}(?:não )?(?:serão|são) (?:aprovados|moderados|publicados)")
COMMENT_MARKERS = (r"deixe (?:um|seu) comentário", r"responder\W*$")
CLOSE_BUTTONS = ("fechar",)
MORE_BUTTONS = ("mais", "ver mais", "ver tudo", "ver todos")
AD_LABELS = ("publicidade",)

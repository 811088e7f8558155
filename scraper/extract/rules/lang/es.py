"""Spanish."""

STOPWORDS = (
    "a al como con de del el ella en era es esta este fue ha hay la las le lo los más me mi no o para pero por que "
    "se si sin sobre su sus también un una y ya")

MONTHS = ("enero ene", "febrero feb", "marzo mar", "abril abr", "mayo may", "junio jun", "julio jul", "agosto ago",
          "septiembre setiembre sept sep", "octubre oct", "noviembre nov", "diciembre dic")
WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
ORDINALS = ("º",)
DATE_OF = ("de",)
DATE_LABELS = ("publicado",)
DATE_LINKS = ("el",)

BY = ("por",)
NOT_NAME_WORDS = ("publicidad", "contacto")
OTHER_CREDITS = ("traducido", "traducción", "traductor", "traductora", "editado", "ilustrado", "ilustraciones")
BYLINE_LEADS = ("escrito", "publicado")
AUTHOR_LABELS = ("autor", "autora")
AND = ("y",)
SAYS = ("dice", "escribió")
ABOUT = ("sobre", "acerca de")
NAME_PARTICLES = ("de", "del", "la", "y")
BIO_VERBS = ("es",)
ROLES = ("redactor", "redactora", "periodista")
WRITES_FOR = ("para",)
ORG_WORDS = ("redacción", "redaccion", "agencia")

INLINE_RELATED = ("leer también", "lee también", "vea también", "lee", "leer")

READING_LABELS = ("tiempo de lectura",)
READ_AFTER_MINUTES = ("de lectura",)

CRUFT_LINES = ("Publicidad", "Saltar publicidad", "Cargando")
CRUFT_OPENERS = ("síguenos", "siguenos", "tu dirección de correo electrónico no será publicada",
                 "tu correo electrónico no será publicado", "guarda mi nombre", "este sitio utiliza cookies",
                 "este sitio usa cookies", "este sitio web utiliza cookies", "esta web utiliza cookies",
                 "esta página web utiliza cookies", "utilizamos cookies", "usamos cookies",
                 "los comentarios están sujetos a moderación", "los comentarios son moderados",
                 "los comentarios serán moderados", "¿te ha gustado este artículo", "te ha gustado este artículo",
                 "¿te gustó esta nota", "¿te gustó este artículo")
RIGHTS = ("todos los derechos reservados",)

TEXT_CRUFT = (r"compartir", r"imprimir", r"leer más", r"ver más", r"(?:volver|inicio)\W*$", r"suscr[íi]bete", r"escuch(?:a|ar) (?:esta|la) (?:nota|noticia)")
TEXT_CRUFT_WORDS = (r"comentarios", r"aviso legal", r"política de privacidad")
CONSENT_WORDS = ("consentimiento", "privacidad")
COMMENTS = ("comentarios",)
COMMENT_MARKERS = (r"sin\w*\s+comentarios", r"deja un comentario", r"escribe un comentario", r"responder\W*$")
SECTION_HEADINGS = (r"leer también", r"lo más (?:leído|visto)", r"te puede interesar",
                    r"(?:noticias|artículos) relacionad[oa]s")

PHOTO_LABELS = ("imagen", "fotografía")
SOURCE_LABELS = ("crédito", "créditos", "fuente")
CAPTION_LABELS = ("pie de foto",)
CLOSE_BUTTONS = ("cerrar",)
MORE_BUTTONS = ("más", "ver más", "ver todo", "ver todos")
AD_LABELS = ("publicidad", "patrocinado")
GALLERY_LABELS = ("cargando",)
PLACE_LABELS = ("arriba",)
RELATED_HEADINGS = ("leer también", "lee también", "lea también", "vea también", "ver también", "mira también",
                    "te puede interesar", "le puede interesar", "también te puede interesar",
                    "también le puede interesar", "te podría interesar", "quizás te interese", "puede interesarte",
                    "noticias relacionadas", "artículos relacionados", "notas relacionadas", "relacionado",
                    "relacionados", "relacionada", "relacionadas", "más sobre", "te pueden interesar",
                    "le pueden interesar", "podría interesarte", "podría interesarle", "quizá te interese",
                    "puede que te interese", "te puede gustar", "también te puede gustar", "te podría gustar",
                    "quizás te guste", "quizá te guste", "contenido relacionado", "lee además", "lea además",
                    "leer más sobre", "sigue leyendo", "más información sobre", "mira además")
RECOMMENDED_HEADINGS = ("te recomendamos", "recomendados", "recomendamos", "más noticias", "otras noticias",
                        "otros artículos", "le recomendamos", "recomendado", "recomendadas", "no te pierdas",
                        "más artículos", "otras notas")
NOT_RELATED_HEADINGS = ("lo más leído", "lo más visto", "más leídas", "más leídos", "del mismo autor",
                        "patrocinado", "publicidad", "lo más popular", "más populares", "lo último",
                        "últimas noticias", "contenido patrocinado")

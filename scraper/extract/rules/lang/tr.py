"""Turkish."""

MONTHS = ("ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım",
          "aralık")

STOPWORDS = "ama bir bu da daha de diye en gibi için ile ise kadar ki mi ne o olan olarak ve veya çok şu sonra göre her"

RELATED_HEADINGS = ("ilgili haberler", "benzer haberler", "bunlar da ilginizi çekebilir")
AUTHOR_LABELS = ("yazar",)

PHOTO_LABELS = ("fotoğraf",)

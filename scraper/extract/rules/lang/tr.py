"""Turkish."""

MONTHS = ("ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım",
          "aralık")

STOPWORDS = "ama bir bu da daha de diye en gibi için ile ise kadar ki mi ne o olan olarak ve veya çok şu sonra göre her"

RELATED_HEADINGS = ("ilgili haberler", "benzer haberler", "bunlar da ilginizi çekebilir", "ilgili haber",
                    "ilginizi çekebilir", "ilgini çekebilir", "bunlar da ilgini çekebilir", "benzer içerikler",
                    "ilgili içerikler", "ilgili yazılar", "benzer yazılar", "bunları da okuyun", "bunu da okuyun",
                    "ayrıca okuyun", "ilgili konular")
RECOMMENDED_HEADINGS = ("daha fazla haber", "diğer haberler", "önerilen", "sizin için seçtiklerimiz")
NOT_RELATED_HEADINGS = ("en çok okunanlar", "en çok okunan", "reklam", "sponsorlu")
AD_LABELS = ("reklam", "sponsorlu")
AUTHOR_LABELS = ("yazar",)
PHOTO_LABELS = ("fotoğraf",)

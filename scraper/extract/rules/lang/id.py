"""Indonesian."""

STOPWORDS = (
    "adalah akan dalam dan dari dengan di ini itu juga ke karena kami kita mereka oleh pada saat sebagai tidak untuk "
    "yang telah sudah bisa atau")

MONTHS = ("januari jan", "februari feb", "maret mar", "april apr", "mei", "juni jun", "juli jul", "agustus agu",
          "september sep", "oktober okt", "november nov", "desember des")
AUTHOR_LABELS = ("penulis",)

"""Indonesian."""

STOPWORDS = (
    "adalah akan dalam dan dari dengan di ini itu juga ke karena kami kita mereka oleh pada saat sebagai tidak untuk "
    "yang telah sudah bisa atau")

MONTHS = ("januari jan", "februari feb", "maret mar", "april apr", "mei", "juni jun", "juli jul", "agustus agu",
          "september sep", "oktober okt", "november nov", "desember des")
RELATED_HEADINGS = ("baca juga", "berita terkait", "artikel terkait", "lihat juga", "simak juga",
                    "artikel berkaitan", "berita berkaitan", "postingan terkait", "tulisan terkait")
RECOMMENDED_HEADINGS = ("berita lainnya", "artikel lainnya", "rekomendasi", "pilihan editor")
NOT_RELATED_HEADINGS = ("terpopuler", "paling populer", "terpopuler hari ini", "iklan")
AD_LABELS = ("iklan",)
AUTHOR_LABELS = ("penulis",)

"""Indonesian."""

STOPWORDS = (
    "adalah akan dalam dan dari dengan di ini itu juga ke karena kami kita mereka oleh pada saat sebagai tidak untuk "
    "yang telah sudah bisa atau")

"""Japanese."""

AUTHOR_LABELS = ("著者", "記者")

RELATED_HEADINGS = ("関連記事", "関連ニュース", "あわせて読みたい")
RECOMMENDED_HEADINGS = ("こちらもおすすめ",)

PHOTO_LABELS = ("写真",)

"""Chinese."""

AUTHOR_LABELS = ("作者", "记者", "記者")

CAPTION_LABELS = ("图注", "图片说明")
FIGURE_LABELS = ("图", "圖")
PICTURED = ("图为", "圖為", "图注", "图：")
RELATED_HEADINGS = ("相关文章", "相关阅读", "相关新闻", "相關新聞", "相關文章", "延伸阅读", "延伸閱讀")
RECOMMENDED_HEADINGS = ("推荐阅读",)

PHOTO_LABELS = ("图片来源", "图片")
SOURCE_LABELS = ("来源",)

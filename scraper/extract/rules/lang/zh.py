"""Chinese."""

AUTHOR_LABELS = ("作者", "记者", "記者")

CAPTION_LABELS = ("图注", "图片说明")
FIGURE_LABELS = ("图", "圖")
PICTURED = ("图为", "圖為", "图注", "图：")

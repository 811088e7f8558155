"""Chinese."""

AUTHOR_LABELS = ("作者", "记者", "記者")

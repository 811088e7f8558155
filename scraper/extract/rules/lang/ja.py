"""Japanese."""

AUTHOR_LABELS = ("著者", "記者")

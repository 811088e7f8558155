"""Korean."""

PHOTO_LABELS = ("사진",)

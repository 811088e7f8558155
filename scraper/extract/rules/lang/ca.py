"""Catalan."""

RELATED_HEADINGS = ("notícies relacionades", "articles relacionats", "també et pot interessar", "et pot interessar",
                    "us pot interessar", "llegiu també", "llegeix també", "relacionat", "relacionades")
RECOMMENDED_HEADINGS = ("et recomanem", "us recomanem", "altres notícies", "més notícies")
NOT_RELATED_HEADINGS = ("el més llegit", "més llegides", "més llegits", "publicitat")
AD_LABELS = ("publicitat",)

"""Slovak."""

RELATED_HEADINGS = ("čítajte aj", "prečítajte si aj", "súvisiace články", "súvisiace", "mohlo by vás zaujímať",
                    "podobné články", "viac k téme", "k téme")
RECOMMENDED_HEADINGS = ("odporúčame", "ďalšie články", "ďalšie správy")
NOT_RELATED_HEADINGS = ("najčítanejšie", "najčítanejšie články", "reklama")
AD_LABELS = ("reklama",)

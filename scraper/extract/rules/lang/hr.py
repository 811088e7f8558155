"""Croatian, Serbian and Bosnian in Latin script."""

RELATED_HEADINGS = ("pročitajte još", "pročitajte i", "procitajte jos", "povezane vijesti", "povezani članci",
                    "povezane vesti", "povezani tekstovi", "vezane vijesti", "vezane vesti", "povezano", "slične vijesti",
                    "slični članci", "možda vas zanima", "moglo bi vas zanimati", "još vijesti", "još vesti",
                    "pogledajte i", "više o temi")
RECOMMENDED_HEADINGS = ("preporučujemo", "izdvojeno", "ostale vijesti", "ostale vesti")
NOT_RELATED_HEADINGS = ("najčitanije", "najčitanije vijesti", "najpopularnije", "oglas", "sponzorirano")
AD_LABELS = ("oglas", "sponzorirano")

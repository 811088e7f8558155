"""Arabic names, as pages in Latin script write them."""

NAME_PARTICLES = ("bin", "al")

"""The package's version: the one place it is written (pyproject.toml reads it from here)."""

__version__ = "0.1.0"

#: the distribution name on the package index (the import package and the command are `scraper`)
DISTRIBUTION = "byline-scraper"

"""Runs the `scraper` command from a checkout (`python cli.py URL`); the app is scraper/cli.py."""
from scraper.cli import main

if __name__ == "__main__":
    main()

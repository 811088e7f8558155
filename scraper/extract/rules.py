"""The vocabularies as data: cruft phrases, credit labels, related-block headings.

New phrasing is one line here, not a new branch in the code that applies it.
"""
from __future__ import annotations

import re

#: Whole lines/blocks that are page furniture, never article text (compared case-folded).
CRUFT_LINES = frozenset(s.casefold() for s in (
    "Show More", "Show Less", "News Feed", "Read more", "Read More", "Avatar", "Advertisement",
    "Advertisment", "ADVERTISEMENT", "Share", "Share this", "Share this article", "Tweet", "Email", "Print",
    "Comments", "Comment", "Subscribe", "Sign up", "Log in", "Sign in", "Skip to content", "Skip to main content",
    "Close", "Menu", "Search", "Copy link", "Link copied", "Facebook", "Twitter", "LinkedIn", "WhatsApp",
    "Reddit", "Pinterest", "Back to top", "Continue reading", "Load more", "See more", "View comments",
))

#: "4 min read", "Reading time: 5 minutes", "5-minute read"
READING_TIME = re.compile(
    r"^\s*(?:reading time\s*:?\s*)?(?:about\s+)?(\d{1,3})[\s-]*(?:min(?:ute)?s?)\.?(?:\s+read(?:ing)?)?"
    r"(?:\s+time)?\s*$", re.I)

#: "Editor's Note: ...", "Editor’s note — ..."
EDITOR_NOTE = re.compile(r"^\s*editor[’'`]?s[’'`]?\s+note\s*[:\-–—]\s*(.+)$", re.I | re.S)

#: Labels that introduce a photo credit ("Photo: Reuters", "Credit: AP", "Photograph: ...").
CREDIT_LABEL = (r"(?:photo(?:graph)?s?|image|picture|pic|foto|credit|photo credit|image credit|source|illustration"
                r"|photo illustration|bild|courtesy(?: of)?)")
#: Agencies and words that mark a bracketed tail as a credit rather than an aside.
CREDIT_WORDS = re.compile(
    r"(getty|reuters|\bap\b|afp|epa|shutterstock|alamy|istock|images?\b|photo|pictures|press|agency|"
    r"contributor|staff|courtesy|©|\(c\)|wikimedia|creative commons|\bcc\b|unsplash|handout|pool|"
    r"/)", re.I)

#: Headings that introduce related-article blocks.
RELATED_HEADINGS = re.compile(
    r"^\s*(read (also|more|next)|related( articles?| stories| coverage| content| posts?)?|see also|"
    r"more on (this|the topic)|more from|more in|next up|you (may|might) also like|also read|"
    r"further reading|recommended( for you| articles| reading)?|more stories|keep reading)\b", re.I)

#: Headings of site-wide lists that must not become related articles.
NOT_RELATED_HEADINGS = re.compile(r"^\s*(most (popular|read|viewed|shared)|trending|top stories|popular)\b", re.I)

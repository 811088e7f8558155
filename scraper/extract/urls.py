"""URL helpers shared by the extraction steps."""
from __future__ import annotations

import re
from urllib.parse import SplitResult, urljoin, urlsplit

from .memo import text_cache
from .rules.html import CAMERA_FILE_PREFIXES, PLACEHOLDER_WORDS, SITE_ASSET_DIRS, SITE_ASSET_WORDS

#: One size suffix of an image file name ("-1024x768", "_800w", "-scaled"), after its "-" or "_".
_SIZE_SUFFIX = re.compile(r"\d{2,4}x\d{2,4}|\d{2,4}w?|scaled|large|medium|small|thumb")


#: A base URL longer than this resolves nothing (a link is taken as written, as with no base): each
#: relative link would copy it, and urljoin splits its path at every call (a 100 KB page URL made a
#: page of 5,000 links take minutes and each link 100 KB long). Browsers and sitemaps stop at 2,048.
MAX_BASE_URL = 2048


@text_cache(maxsize=4096)  # a page links the same URLs many times; urljoin is slow
def absolute(href: str | None, base: str | None) -> str | None:
    """`href` made absolute against `base` (none when longer than MAX_BASE_URL); None for empty,
    javascript: and fragment-only links, and for a URL that cannot be read ("http://[x/a.jpg": a host
    in brackets that is no IPv6 address; "//a\u2100b/": a host NFKC turns into "a/c")."""
    if not href:
        return None
    if base is not None and len(base) > MAX_BASE_URL:
        base = None
    href = href.strip()
    if not href or href.startswith(("javascript:", "mailto:", "tel:", "data:", "#")):
        return None
    try:
        if href.startswith("//"):
            scheme = urlsplit(base).scheme if base else "https"
            found = f"{scheme or 'https'}:{href}"
        elif not base or _plain_absolute(href):
            found = href
        else:
            found = urljoin(base, href)
        if "[" in found or "]" in found or not found.isascii():
            urlsplit(found)  # (checks a bracketed host, and a non-ASCII one by NFKC: what it raises for)
    except ValueError:
        return None
    return found


_NO_PARTS = SplitResult("", "", "", "", "")


def split_url(url: str) -> SplitResult:
    """`urlsplit(url)`, or a URL of no parts (no host, no path) for one it cannot read ("http://[x/a": a host
    in brackets that is no IPv6 address; urlsplit raises ValueError on it)."""
    try:
        return urlsplit(url)
    except ValueError:
        return _NO_PARTS


def path_segments(url: str) -> list[str]:
    """The non-empty segments of `url`'s path ("/news/2019/a.html" -> news, 2019, a.html; [] for none)."""
    return [s for s in split_url(url).path.split("/") if s]


def registered_name(url: str | None) -> str | None:
    """The name a URL's domain registers, in lower case ("linknaija" of www.linknaija.com, "example" of
    news.example.co.uk); None without a host of two labels or more."""
    labels = (split_url(url).hostname or "").split(".") if url else []
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in ("co", "com", "org", "net", "ac", "gov"):
        labels.pop()  # "example.co.uk"
    return labels[-2] if len(labels) >= 2 else None


#: What a name loses to be compared with a domain's registered name: spaces, punctuation, "_".
NOT_IN_DOMAIN = re.compile(r"[\W_]+")


def _plain_absolute(href: str) -> bool:
    """True when `href` is an http(s) URL that `urljoin(base, href)` gives back as it is, for any
    base (it costs ~8 us a call): a host after "//" and nothing `urlsplit` and `urlunsplit` change
    (no white space or control character, no ";" params, no empty "?" query or "#" fragment, no
    "[" or "]" to validate)."""
    if href.startswith("https://"):
        host = 8
    elif href.startswith("http://"):
        host = 7
    else:
        return False
    return (len(href) > host and href[host].isalnum() and href.isascii() and href.isprintable()
            and " " not in href and ";" not in href and "[" not in href and "]" not in href and "?#" not in href
            and not href.endswith(("?", "#")))


def image_file_key(url: str) -> str:
    """One key for the same picture in its sizes: the file name without extension, query or size
    suffix ("photo-1024x768.jpg?w=800" and "photo.jpg" are one image; "IMG_8732" and "IMG_8749" are two)."""
    name = url.split("?")[0].split("#")[0].rstrip("/").rsplit("/", 1)[-1]
    name = name.rsplit(".", 1)[0].casefold()
    # the size suffixes, from the end: `re.sub(r"(?:[-_](?:SIZE))+$", "", name)` tries every character
    end = len(name)
    while True:
        cut = max(name.rfind("-", 0, end), name.rfind("_", 0, end))
        if cut < 0 or not _SIZE_SUFFIX.fullmatch(name, cut + 1, end):
            break
        if name[cut + 1:end].isdigit() and name[:cut] in CAMERA_FILE_PREFIXES:
            break  # "IMG_8732": the number is the picture's, not a size
        end = cut
    return name[:end] or url


_SRCSET_URL = re.compile(r"\s*,*\s*(\S+)")


def first_src(srcset: str) -> str | None:
    """The first URL of a srcset ("a.jpg 480w, b.jpg 800w" -> "a.jpg"). A URL runs to the first white
    space and may hold commas ("/c_fill,w_800/a.jpg"); trailing commas end it, as browsers read it."""
    m = _SRCSET_URL.match(srcset)
    return (m.group(1).rstrip(",") or None) if m else None


_NAME_WORDS = re.compile(r"[^a-z0-9]+")
_NOT_A_NAME_WORD = re.compile(r"\d+|[0-9a-f]{6,8}")  # a number, a colour ("1x1-f7f7f7ff.png")
_SIZE_WORD = re.compile(r"\d+x\d*")  # "310x310", "2x"
_HASH = re.compile(r"(?=[a-f]*\d)[0-9a-f]{6,}")  # a file's hash in its name ("5ec3a9944d452c08999243af_icon.png")
#: A tiny or blurred copy shown first: "?q=20", "blur", "?w=40".
_TINY_COPY = re.compile(r"[?&](?:q|quality)=(?:[0-2]?\d)(?:&|$)|[?&,/]blur|[?&](?:w|width)=(?:[1-9]|[1-5]\d)(?:&|$)")


@text_cache(maxsize=1024)
def is_placeholder(url: str) -> bool:
    """True for a lazy-load placeholder or tracking pixel rather than a picture: a data: URI, a file
    whose name says nothing but "placeholder" ("placeholder.png", "preload.gif", "1x1-f7f7f7ff.png",
    "blank.jpg"; not "blank-canvas.jpg"), a blurred "?q=20" thumbnail."""
    if url.startswith("data:"):
        return True
    path, _, query = url.partition("?")
    stem = path.rstrip("/").rsplit("/", 1)[-1].rsplit(".", 1)[0].casefold()
    words = [w for w in _NAME_WORDS.split(stem) if w and not _NOT_A_NAME_WORD.fullmatch(w)]
    always, alone, plain = PLACEHOLDER_WORDS
    if any(w in always for w in words) \
            or words and all(w in alone or w in plain for w in words) and any(w in alone for w in words):
        return True
    return bool(query) and bool(_TINY_COPY.search("?" + query.lower()))


def is_site_asset(url: str) -> bool:
    """True for a picture of the site rather than of an article, as a page declares one (og:image) when it has
    none of its own: the site's icon or logo ("favicon.ico", "apple-touch-icon@2.png", "cropped-logo-1.jpg",
    "social_default_logo.png", "opengraph_default.jpg", "SZ_Banner-Logo.gif", "Logo_en.gif",
    "5ec3a99..._Icon2.png"), a drawing ("brand.svg"), or a picture of its theme, templates or a plugin
    ("/wp-content/themes/x/images/header.jpg", "/templates/img/fb.jpg"). Not "alibaba-logo-getty.jpg"."""
    path = url.partition("?")[0].partition("#")[0].casefold()
    folders, _, name = path.rstrip("/").rpartition("/")
    if name.endswith((".ico", ".svg")) or not SITE_ASSET_DIRS.isdisjoint(folders.split("/")):
        return True
    marks, plain = SITE_ASSET_WORDS
    words = [w.rstrip("0123456789") for w in _NAME_WORDS.split(name.rsplit(".", 1)[0])
             if w and not _NOT_A_NAME_WORD.fullmatch(w) and not _SIZE_WORD.fullmatch(w) and not _HASH.fullmatch(w)]
    # (a mark may carry a number: "icon2"; a word of two letters at most is initials or a language: "sz", "en")
    return any(w in marks for w in words) and all(w in marks or w in plain or len(w) <= 2 for w in words)


#: A URL's scheme right after a character that ends no URL's part (a file name's last letter: "...a.jpghttps://"):
#: a second URL run on to the first (not an archive's "/web/2019/http://", a query's "?url=http://").
_RUN_ON_URL = re.compile(r"(?<=[^/=?&:])https?://")


def first_url(value: str) -> str:
    """The first of several URLs run together in one attribute ("https://a.org/1.jpghttps://a.org/2.jpg"),
    or `value` as it is."""
    m = _RUN_ON_URL.search(value, 8) if value.count("://") > 1 else None
    return value[:m.start()] if m else value


#: A file name's size suffix of a tiny copy ("-40x60.jpg": a blurred stand-in a script swaps for the picture).
_TINY_NAME = re.compile(r"[-_](\d{1,3})x(\d{1,3})\.\w+$")
_TINY_SIDE = 100
_DESCRIPTOR = re.compile(r"\d+(?:\.\d+)?[wxh]")


def srcset_src(srcset: str) -> str | None:
    """The picture of a srcset: its first candidate ("a.jpg 480w, b.jpg 800w" -> "a.jpg"), or its last when
    the first is a tiny stand-in ("a-40x60.jpg 40w, a-400x600.jpg 400w, a-1200x1800.jpg 1200w" -> the last:
    srcsets list their sizes small to large)."""
    first = first_src(srcset)
    m = _TINY_NAME.search(first.partition("?")[0]) if first else None
    if m is None or max(int(m.group(1)), int(m.group(2))) > _TINY_SIDE:
        return first
    last = None
    for token in srcset.split():
        head, comma, rest = token.partition(",")
        if comma and _DESCRIPTOR.fullmatch(head):
            token = rest  # "60h,https://...": a descriptor, then the next candidate after a comma without space
        token = token.strip(",")
        if token and not _DESCRIPTOR.fullmatch(token):
            last = token
    return last or first

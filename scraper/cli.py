"""The `scraper` command line: a thin typer layer over the library.

Exit codes: 0 success, 1 a page failed, 2 bad usage. Errors are one line on
stderr, never a traceback.
"""
from __future__ import annotations

import errno
import os
import re
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

import scraper
from scraper import logs
from scraper.errors import OutputError
from scraper.options import ScrapeOptions
from scraper.output import render
from scraper.version import DISTRIBUTION, __version__

#: the option defaults shown and used by the command line are the library's own
DEFAULTS = ScrapeOptions()

app = typer.Typer(
    add_completion=False,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    help="""Articles as clean structured data: headline, authors, dates, body, images, related.

\b
Examples:
  scraper https://example.org/some-article            one URL -> JSON on stdout
  scraper extract page.html --format markdown         a saved page
  scraper extract - < page.html                       stdin
  scraper extract dump.txt --format json              a plain-text dump of a page
  scraper batch urls.txt -o articles.jsonl            a URL list -> one JSON line per URL
  scraper discover https://example.org/ -o urls.txt   a site's article URLs (feeds, sitemaps)
  scraper bench gold.jsonl pages/ -o pred.jsonl       benchmark predictions
""",
)


class Format(str, Enum):
    json = "json"
    jsonl = "jsonl"
    markdown = "markdown"
    text = "text"


EXTRACT_TIMEOUT_OPTION = typer.Option(
    DEFAULTS.extract_timeout or 0, "--extract-timeout", min=0,
    help="Seconds one page's extraction may take before its worker process is stopped and the page "
         "recorded as 'extraction' (0: no limit; none in-process).")
EXTRACT_MEMORY_OPTION = typer.Option(
    DEFAULTS.extract_memory or 0, "--extract-memory", min=0,
    help="MiB of memory (address space) one extraction worker process may take; a page that needs more is "
         "recorded as 'unparsable' or 'memory' (0: no limit; none in-process).")
FORMAT_OPTION = typer.Option(Format.json, "--format", "-f", help="json, jsonl, markdown or text.")
ALLOW_PRIVATE_OPTION = typer.Option(
    False, "--allow-private",
    help="Also fetch from loopback, private and link-local addresses (refused by default: kind 'blocked').")
PROXY_OPTION = typer.Option(
    None, "--proxy", help="Send every request through this proxy (default: HTTP(S)_PROXY / NO_PROXY of the environment).")

# the download options `batch` and `discover` share
USER_AGENT_OPTION = typer.Option(DEFAULTS.user_agent, "--user-agent", "-A", help="User-Agent header.")
DELAY_OPTION = typer.Option(DEFAULTS.host_delay, "--delay", min=0,
                            help="Seconds between two requests to one host (robots.txt Crawl-delay wins if longer).")
TIMEOUT_OPTION = typer.Option(DEFAULTS.read_timeout, "--timeout", min=0.001, help="Read timeout in seconds.")


class RecordsFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    json = "json"
    markdown = "markdown"
    text = "text"


RECORDS_FORMAT_OPTION = typer.Option(
    None, "--format", "-f", show_default=False,
    help="Into a file: jsonl or csv (default: csv for a .csv name, else jsonl). Into a folder: one file "
         "per article, json (default), jsonl, csv, markdown or text.")
RECORDS_OUTPUT_HELP = ("A .jsonl or .csv file (appended to, and resumed when run again), or a folder "
                       "(an existing one, or a path ending in /) with one file per article and _records.jsonl.")


def records_format(output: str, fmt: Optional[RecordsFormat]) -> str:
    """The format of a run's output: the one asked for, else by the output's kind and name."""
    from scraper.sinks import is_folder

    if fmt is not None:
        return fmt.value
    if is_folder(output):
        return "json"
    return "csv" if output.lower().endswith(".csv") else "jsonl"


def _verbosity(value: int) -> int:
    if value:
        logs.to_stderr(value)
    return value


VERBOSE_OPTION = typer.Option(0, "--verbose", "-v", count=True, callback=_verbosity, show_default=False,
                              help="Log to stderr what happens (-v: the run, -vv: every URL).")


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"scraper {__version__} ({DISTRIBUTION})")
        raise typer.Exit(0)


@app.callback()
def main_options(
    version: bool = typer.Option(False, "--version", is_eager=True, callback=_show_version,
                                 help="Print the version and exit."),
    verbose: int = VERBOSE_OPTION,
) -> None:
    """Articles as clean structured data."""


_SIZE_UNITS = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}


def parse_size(text: str) -> int | None:
    """Bytes in "500k", "10M", "2g", "4096" (binary units); None when it is not a size."""
    size = re.fullmatch(r"\s*(\d+)\s*([kKmMgG]?)[bB]?\s*", text)
    return int(size.group(1)) * _SIZE_UNITS[size.group(2).lower()] if size else None


def format_size(n: int) -> str:
    """The shortest exact spelling of `n` bytes that `parse_size` reads back ("10M")."""
    for unit in "gmk":
        if n and n % _SIZE_UNITS[unit] == 0:
            return f"{n // _SIZE_UNITS[unit]}{unit.upper()}"
    return str(n)


def fail(message: str, code: int = 1) -> "typer.Exit":
    """Print one error line on stderr; return the Exit to raise."""
    typer.echo(f"scraper: error: {message}", err=True)
    return typer.Exit(code)


# Errors of a write that fails for want of room: the run failed (1), the command was right.
_NO_ROOM = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO})


def _write(text: str, output: Optional[Path]) -> None:
    """Write the result; a write that fails (a full disk) is one error line and exit 1."""
    try:
        if output is None:
            sys.stdout.write(text)
            sys.stdout.flush()
        else:
            output.write_text(text, encoding="utf-8")
    except OSError as exc:
        if output is None:  # what stays in stdout's buffer must not fail again at exit
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise fail(f"cannot write {output or 'stdout'}: {exc.strerror or exc}", 1)


def _check_output(output: Optional[Path]) -> None:
    """Exit 2 before any work when OUTPUT cannot be written: its folder is missing, or it is a folder."""
    if output is None:
        return
    if output.is_dir():
        raise fail(f"cannot write {output}: it is a directory", 2)
    if not output.parent.is_dir():
        raise fail(f"cannot write {output}: no folder {output.parent}", 2)


@app.command("url")
def url_command(
    url: str = typer.Argument(..., help="The article's http(s) URL."),
    fmt: Format = FORMAT_OPTION,
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here instead of stdout."),
    ignore_robots: bool = typer.Option(False, "--ignore-robots", help="Do not read or obey robots.txt."),
    allow_private: bool = ALLOW_PRIVATE_OPTION,
    proxy: Optional[str] = PROXY_OPTION,
    verbose: int = VERBOSE_OPTION,
) -> None:
    """Fetch one URL and extract its article (also: `scraper URL`).

    \b
    Example:
      scraper https://example.org/some-article --format markdown
    """
    options = scraper.ScrapeOptions(obey_robots=not ignore_robots, allow_private=allow_private, proxy=proxy)
    try:
        article = scraper.scrape(url, options)
    except scraper.ScraperError as exc:
        raise fail(f"{url}: {exc.kind}: {exc}")
    _write(render(article, fmt.value), output)


@app.command("extract")
def extract_command(
    inputs: list[str] = typer.Argument(..., help="Saved pages (.html, .html.gz), text dumps (.txt), WARC files "
                                       "(.warc, .warc.gz), folders, globs; - for stdin."),
    fmt: Optional[RecordsFormat] = typer.Option(
        None, "--format", "-f", show_default=False,
        help="One page: json (default), jsonl, csv, markdown or text. Many pages: as `scraper batch` "
             "(jsonl by default; csv; or into a folder any of the five)."),
    url: Optional[str] = typer.Option(None, "--url", "-u", help="The page's URL, to resolve relative links."),
    text: bool = typer.Option(False, "--text", help="Read the input as a plain-text dump (default: detect)."),
    output: Optional[str] = typer.Option(None, "--output", "-o", help="One page: write here instead of stdout. "
                                         "Many pages: " + RECORDS_OUTPUT_HELP + " Default: stdout."),
    workers: Optional[int] = typer.Option(DEFAULTS.workers, "--workers", "-w", min=0,
                                          help="Many pages: extraction processes (default: one per core)."),
    retry_failed: bool = typer.Option(False, "--retry-failed", help="Many pages: redo the error records of OUTPUT."),
    allow_failures: bool = typer.Option(False, "--allow-failures", help="Exit 0 even when some pages failed."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Many pages: no progress bar and no summary line."),
    max_bytes: str = typer.Option(format_size(DEFAULTS.max_bytes), "--max-bytes",
                                  help="Largest page read, after gunzip (e.g. 500k, 10M)."),
    extract_timeout: float = EXTRACT_TIMEOUT_OPTION,
    extract_memory: int = EXTRACT_MEMORY_OPTION,
    verbose: int = VERBOSE_OPTION,
) -> None:
    """Extract articles from saved pages, plain-text dumps or WARC archives (HTML or text is detected).

    One page gives the article (json by default). Several, a folder, a glob or a WARC file
    give one record per page, like `scraper batch`: the article with `url`, `index` and
    `source` (the file, or the WARC file and the record's offset), or an error record;
    in parallel worker processes, resumable when OUTPUT is a file or a folder.

    \b
    Examples:
      scraper extract page.html --format markdown
      curl -s https://example.org/a | scraper extract - --url https://example.org/a
      scraper extract dump.txt --format json
      scraper extract pages/ -o articles.jsonl              # every page under pages/
      scraper extract crawl.warc.gz -o articles.csv         # every HTML response of an archive
      scraper extract 'pages/**/*.html' a.warc.gz -o corpus/ -f markdown
    """
    from scraper.sources import expand_inputs
    from scraper.warc import is_warc

    limit = parse_size(max_bytes)
    if limit is None:
        raise fail(f"--max-bytes: not a size: {max_bytes!r} (e.g. 500k, 10M)", 2)
    single = len(inputs) == 1 and (inputs[0] == "-" or Path(inputs[0]).is_file()) and not is_warc(inputs[0])
    if single:
        _extract_one(inputs[0], fmt.value if fmt else "json", url, text, output, limit)
        return
    from scraper.bulk import run_extract
    from scraper.sinks import CsvColumnsMismatch, open_sink

    paths = list(expand_inputs(inputs))
    missing = [p for p in paths if p != "-" and not Path(p).is_file()]
    if missing:
        raise fail(f"cannot read {missing[0]}: no such file", 2)
    target = output or "-"
    try:
        sink = open_sink(target, records_format(target, fmt))
    except ValueError as exc:
        raise fail(str(exc), 2)
    try:
        options = DEFAULTS.replace(workers=workers, max_bytes=limit, extract_timeout=extract_timeout or None,
                                   extract_memory=extract_memory or None)
        summary = run_extract(paths, sink, options, url=url, text=text,
                              retry_failed=retry_failed, progress=False if quiet else None)
    except (CsvColumnsMismatch, OutputError) as exc:
        raise fail(str(exc), 2)
    except BrokenPipeError:  # the reader of stdout is gone (`| head`): click ends quietly
        raise
    except OSError as exc:  # a full disk is the run failing (1); an unusable path, the command (2)
        raise fail(f"{exc.filename or target}: {exc.strerror or exc}", 1 if exc.errno in _NO_ROOM else 2)
    if not quiet:
        typer.echo(f"scraper extract: {summary.line()}", err=True)
    raise typer.Exit(summary.exit_code(allow_failures))


def _extract_one(file: str, fmt: str, url: str | None, text: bool, output: str | None, limit: int) -> None:
    """`scraper extract` of one page: the article, rendered."""
    from scraper.output import render_record
    from scraper.sources import read_page_file

    _check_output(Path(output) if output else None)
    try:
        data = read_page_file(file, limit)
    except OSError as exc:
        raise fail(f"cannot read {file}: {exc.strerror or exc}", 2)
    except scraper.ScraperError as exc:
        raise fail(f"{file}: {exc.kind}: {exc}", 1)
    if not data.strip():
        raise fail(f"{file}: empty input", 1)
    try:
        if text:
            article = scraper.extract_text(data.decode("utf-8", errors="replace"), url)
        else:
            article = scraper.extract(data, url)
    except scraper.ScraperError as exc:
        raise fail(f"{file}: {exc.kind}: {exc}")
    rendered = render_record(article.to_dict(), "csv") if fmt == "csv" else render(article, fmt)
    _write(rendered, Path(output) if output else None)
    if not article.body:
        raise fail(f"{file}: no article text found", 1)


@app.command("batch")
def batch_command(
    urls: str = typer.Argument(..., help="A file with one URL a line, or - for stdin."),
    output: str = typer.Option(..., "--output", "-o", help=RECORDS_OUTPUT_HELP),
    fmt: Optional[RecordsFormat] = RECORDS_FORMAT_OPTION,
    concurrency: int = typer.Option(DEFAULTS.concurrency, "--concurrency", "-c", min=1, help="Requests in flight, all hosts together."),
    per_host: int = typer.Option(DEFAULTS.per_host, "--per-host", min=1, help="Requests in flight to one host."),
    delay: float = DELAY_OPTION,
    user_agent: str = USER_AGENT_OPTION,
    ignore_robots: bool = typer.Option(False, "--ignore-robots", help="Do not read or obey robots.txt."),
    tries: int = typer.Option(DEFAULTS.tries, "--tries", min=1, help="Attempts per URL for transient failures (timeouts, connection errors, 408/429/502/503/504)."),
    backoff: float = typer.Option(DEFAULTS.backoff, "--backoff", min=0, help="First retry wait in seconds, doubled each retry, with jitter."),
    timeout: float = TIMEOUT_OPTION,
    connect_timeout: float = typer.Option(DEFAULTS.connect_timeout, "--connect-timeout", min=0.001, help="Connect timeout in seconds."),
    deadline: float = typer.Option(DEFAULTS.deadline, "--deadline", min=0.001, help="Total seconds for one attempt at a URL."),
    max_bytes: str = typer.Option(format_size(DEFAULTS.max_bytes), "--max-bytes", help="Largest body read (e.g. 500k, 10M)."),
    max_redirects: int = typer.Option(DEFAULTS.max_redirects, "--max-redirects", min=0, help="Redirects followed per URL."),
    workers: Optional[int] = typer.Option(DEFAULTS.workers, "--workers", "-w", min=0, help="Extraction processes (default: one per core; 0: in-process)."),
    extract_timeout: float = EXTRACT_TIMEOUT_OPTION,
    extract_memory: int = EXTRACT_MEMORY_OPTION,
    retry_failed: bool = typer.Option(False, "--retry-failed", help="Redo the URLs that have an error record in OUTPUT."),
    allow_failures: bool = typer.Option(False, "--allow-failures", help="Exit 0 even when some URLs failed."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar and no summary line."),
    verbose: int = VERBOSE_OPTION,
    dask: Optional[str] = typer.Option(None, "--dask", help="Run on Dask: local:N (N worker processes here) or tcp://HOST:PORT (a running scheduler); -o is then a folder of part files."),
    partitions: Optional[int] = typer.Option(None, "--partitions", min=1, help="With --dask: URL partitions, sharded by host (default: 4 per worker)."),
    allow_private: bool = ALLOW_PRIVATE_OPTION,
    proxy: Optional[str] = PROXY_OPTION,
    warc: Optional[str] = typer.Option(
        None, "--warc", help="Also write every fetch (requests and responses, redirects included) to this "
                             ".warc.gz, one gzip member a record; resumed with OUTPUT. `scraper extract` reads it back."),
) -> None:
    """Fetch and extract a list of URLs, one record per URL (concurrent, polite, resumable).

    Every input URL gets exactly one record: the article with `url`, `index` (the
    URL's position in the list), `final_url`, `status` and `fetched_at`, or
    {"url": ..., "index": ..., "error": {"kind", "message", "status"}}.
    Running the same command again skips the URLs OUTPUT already has.
    Exit code 0, or 1 when any URL failed (--allow-failures: 0), 2 on bad usage.

    \b
    Examples:
      scraper batch urls.txt -o articles.jsonl
      scraper batch urls.txt -o articles.jsonl               # again: resumes where it stopped
      scraper batch urls.txt -o articles.jsonl --retry-failed
      scraper batch urls.txt -o articles.csv                 # one CSV row per URL
      scraper batch urls.txt -o corpus/ -f markdown          # corpus/000000-the-headline.md ...
      scraper batch urls.txt -o articles.jsonl --warc pages.warc.gz   # and the pages as fetched
      cat urls.txt | scraper batch - -o articles.jsonl --quiet
      scraper batch urls.txt -o a.jsonl -c 32 --per-host 1 --delay 0.5 -A "mybot/1.0 (+https://example.org/bot)"
      scraper batch urls.txt -o outdir/ --dask local:4      # OUTDIR/part-*.jsonl, sharded by host
    """
    from scraper.batch import run_batch
    from scraper.sinks import CsvColumnsMismatch, is_folder, open_sink

    limit = parse_size(max_bytes)
    if limit is None:
        raise fail(f"--max-bytes: not a size: {max_bytes!r} (e.g. 500k, 10M)", 2)
    if urls != "-" and Path(urls).is_dir():
        raise fail(f"cannot read {urls}: it is a directory", 2)
    if urls != "-" and not Path(urls).is_file():
        raise fail(f"cannot read {urls}: no such file", 2)
    if warc is not None and not warc.lower().endswith(".warc.gz"):
        raise fail(f"--warc: {warc}: the archive is written gzip per record; name it *.warc.gz", 2)
    if warc is not None and dask:
        raise fail("--warc does not run on Dask (--dask) yet", 2)
    form = records_format(output, fmt) if not dask else (fmt.value if fmt else "jsonl")
    if not dask and output != "-" and not is_folder(output):
        _check_output(Path(output))
    try:
        options = scraper.ScrapeOptions(
            concurrency=concurrency, per_host=per_host, host_delay=delay, obey_robots=not ignore_robots,
            tries=tries, backoff=backoff, read_timeout=timeout, connect_timeout=connect_timeout,
            deadline=deadline, max_bytes=limit, max_redirects=max_redirects, workers=workers,
            user_agent=user_agent, allow_private=allow_private, proxy=proxy, extract_timeout=extract_timeout or None,
            extract_memory=extract_memory or None,
        )
        if dask:  # the same batch across a Dask cluster (scraper/distributed.py)
            from scraper import distributed

            try:
                parts = distributed.batch_command(urls, output, dask, options, partitions=partitions,
                                                  retry_failed=retry_failed, quiet=quiet, fmt=form)
            except (distributed.DaskMissing, distributed.OutdirMismatch, ValueError) as exc:
                raise fail(str(exc), 2)
            if not quiet:
                typer.echo(f"scraper batch: {parts.line()}", err=True)
            raise typer.Exit(1 if not parts.complete else parts.batch.exit_code(allow_failures))
        try:
            sink = open_sink(output, form)
        except ValueError as exc:
            raise fail(str(exc), 2)
        summary = run_batch(urls, sink, options, retry_failed=retry_failed, progress=False if quiet else None,
                            warc=warc)
    except (CsvColumnsMismatch, OutputError) as exc:
        raise fail(str(exc), 2)
    except OSError as exc:  # a full disk is the run failing (1); an unusable path, the command (2)
        raise fail(f"{exc.filename or output}: {exc.strerror or exc}", 1 if exc.errno in _NO_ROOM else 2)
    if not quiet:
        typer.echo(f"scraper batch: {summary.line()}", err=True)
    raise typer.Exit(summary.exit_code(allow_failures))


@app.command("discover")
def discover_command(
    site: str = typer.Argument(..., help="The site's home page, e.g. https://example.org/."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the URLs to this file (default: stdout)."),
    max_urls: Optional[int] = typer.Option(None, "--max-urls", min=1, help="Stop after this many URLs (default: all)."),
    all_hosts: bool = typer.Option(False, "--all-hosts", help="Keep URLs on other hosts too (default: the site's host only)."),
    max_documents: int = typer.Option(100, "--max-documents", min=1, help="Feeds and sitemaps read at most."),
    user_agent: str = USER_AGENT_OPTION,
    ignore_robots: bool = typer.Option(False, "--ignore-robots", help="Do not obey robots.txt (its Sitemap lines are still read)."),
    delay: float = DELAY_OPTION,
    tries: int = typer.Option(DEFAULTS.tries, "--tries", min=1, help="Attempts per document for transient failures."),
    timeout: float = TIMEOUT_OPTION,
    deadline: float = typer.Option(DEFAULTS.deadline, "--deadline", min=0.001, help="Total seconds for one attempt at a document."),
    max_bytes: str = typer.Option(format_size(DEFAULTS.max_bytes), "--max-bytes", help="Largest document read, gzipped sitemaps inflated (e.g. 500k, 50M)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No summary line (documents that could not be read are still told)."),
    verbose: int = VERBOSE_OPTION,
    allow_private: bool = ALLOW_PRIVATE_OPTION,
    proxy: Optional[str] = PROXY_OPTION,
) -> None:
    """Article URLs of a site from its RSS/Atom feeds and sitemaps, one a line, ready for `scraper batch`.

    Reads robots.txt (its rules and Sitemap lines), the feeds the home page names,
    and the sitemaps (robots.txt's, else /sitemap.xml; indexes and gzipped ones too),
    newest first. URLs are normalised (courlan), kept once, on the site's host only
    unless --all-hosts, without navigation pages (tags, categories, authors...).
    A feed or sitemap that cannot be read is told on stderr and the rest goes on.
    Exit code 0, or 1 when no URL was found, 2 on bad usage.

    \b
    Examples:
      scraper discover https://example.org/ -o urls.txt
      scraper discover https://example.org/ --max-urls 500 | scraper batch - -o articles.jsonl
    """
    from scraper.discover import Discovery
    from scraper.errors import FetchError

    limit = parse_size(max_bytes)
    if limit is None:
        raise fail(f"--max-bytes: not a size: {max_bytes!r} (e.g. 500k, 10M)", 2)
    _check_output(output)
    options = scraper.ScrapeOptions(
        user_agent=user_agent, obey_robots=not ignore_robots, host_delay=delay, tries=tries, read_timeout=timeout,
        deadline=deadline, max_bytes=limit, allow_private=allow_private, proxy=proxy,
    )
    try:
        found = Discovery(site, options, max_urls=max_urls, all_hosts=all_hosts, max_documents=max_documents,
                          on_problem=lambda problem: typer.echo(f"scraper discover: {problem.line()}", err=True))
    except FetchError as exc:
        raise fail(f"{site}: {exc.message}", 2)
    try:
        sink = sys.stdout if output is None else output.open("w", encoding="utf-8")
    except OSError as exc:
        raise fail(f"cannot write {output}: {exc.strerror or exc}", 2)
    try:
        for url in found:
            sink.write(url + "\n")
            sink.flush()
    except OSError as exc:
        raise fail(f"cannot write {output or 'stdout'}: {exc.strerror or exc}", 1)
    finally:
        if output is not None:
            sink.close()
    if not quiet:
        typer.echo(f"scraper discover: {found.line()}", err=True)
    raise typer.Exit(0 if found.found else 1)


@app.command("bench")
def bench_command(
    gold: Path = typer.Argument(..., exists=True, dir_okay=False, help="gold.jsonl of the benchmark."),
    pages: Path = typer.Argument(..., exists=True, file_okay=False, help="Folder of <id>.html.gz / <id>.txt pages."),
    output: Path = typer.Option(..., "--output", "-o", help="Predictions file to write (JSON Lines)."),
    verbose: int = VERBOSE_OPTION,
) -> None:
    """Extract every page listed in GOLD and write predictions for score.py.

    \b
    Example:
      scraper bench ../shared/bench/gold.jsonl ../shared/bench/pages -o pred.jsonl
      python ../shared/bench/score.py pred.jsonl
    """
    from scraper.bench import run_bench

    summary = run_bench(gold, pages, output)
    line = (f"{summary.pages} pages in {summary.seconds:.2f} s of extraction: "
            f"{summary.pages_per_second:.1f} pages/s; {summary.failed} failed, {summary.missing} missing")
    line += f"; trafilatura fallback on {summary.fallbacks} ({summary.fallbacks / max(summary.pages, 1):.1%})"
    typer.echo(line, err=True)
    if summary.failed or summary.missing:
        raise typer.Exit(1)


_COMMANDS = {"url", "extract", "batch", "discover", "bench"}


def main(argv: Optional[list[str]] = None) -> None:
    """Console entry point: `scraper URL` is short for `scraper url URL`."""
    args = list(sys.argv[1:] if argv is None else argv)
    first = next((i for i, arg in enumerate(args) if not arg.startswith("-")), None)  # after -v, --version
    if first is not None and args[first] not in _COMMANDS and re.match(r"^https?://", args[first], re.I):
        args.insert(first, "url")
    try:
        app(args=args, prog_name="scraper")
    except KeyboardInterrupt:
        typer.echo("scraper: interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # never a traceback for the user
        typer.echo(f"scraper: error: {type(exc).__name__}: {exc}", err=True)
        sys.exit(1)


if __name__ == "__main__":
    main()

"""Reading policies: plain text, Markdown and HTML files, folders of them, and JSONL corpora.

Each reader returns :class:`PolicyDocument` records. Site, archive date and source URL come from
keyword options (the CLI's --site, --date, --url), else from the Wayback-style header the sample
policies carry ("... extracted and transformed from the example.com privacy policy that was
archived on 2010-12-29 ... [original snapshot](URL)"), else from a domain in the file name (the
site); a JSONL line's own fields win over the options.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import date
from glob import glob
from html.parser import HTMLParser
from pathlib import Path

from policykg.extract.decoding import MAX_BYTES, decode_policy
from policykg.extract.errors import InputError
from policykg.extract.language import looks_english
from policykg.extract.records import PolicyDocument

TEXT_SUFFIXES = {".txt": "text/plain", ".md": "text/markdown", ".markdown": "text/markdown"}
HTML_SUFFIXES = {".html": "text/html", ".htm": "text/html"}
CORPUS_SUFFIXES = {".jsonl"}
POLICY_SUFFIXES = {**TEXT_SUFFIXES, **HTML_SUFFIXES}

_HEADER = re.compile(
    r"from the (?P<site>[\w.-]+\.[a-z]{2,}) privacy policy that was archived on "
    r"(?P<date>\d{4}-\d{2}-\d{2})",
    re.IGNORECASE,
)
_SNAPSHOT_URL = re.compile(r"\[original snapshot[^\]]*\]\((?P<url>[^)\s]+)\)", re.IGNORECASE)
_DOMAIN = re.compile(r"(?<![\w.-])((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,})(?![\w-])", re.I)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_GLOB = re.compile(r"[*?\[]")


def read_policy(
    path: str | Path,
    *,
    site: str | None = None,
    archived_on: str | None = None,
    source_url: str | None = None,
    max_bytes: int = MAX_BYTES,
) -> PolicyDocument:
    """Read one policy file (.txt, .md or .html), detecting its encoding.

    Raises :class:`InputError` when the file is missing, unreadable, of an unknown kind, binary,
    empty, larger than ``max_bytes``, without visible text, or not in English.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in POLICY_SUFFIXES:
        raise InputError(str(path), f"unknown policy format {suffix or '(none)'!r}; "
                         f"expected one of {', '.join(sorted(POLICY_SUFFIXES))}")
    raw, encoding = decode_policy(_read_bytes(path), str(path), max_bytes=max_bytes)
    document = policy_from_text(
        raw, policy_id=path.stem, media_type=POLICY_SUFFIXES[suffix], source_path=str(path),
        site=site, archived_on=archived_on, source_url=source_url,
    )
    return checked(replace(document, encoding=encoding))


def checked(document: PolicyDocument) -> PolicyDocument:
    """The document if it has text to read in English, else :class:`InputError`."""
    where = document.source_path or document.policy_id
    body = document.text[document.body_start:]
    if not body.strip():
        raise InputError(where, "no visible text" if document.media_type == "text/html"
                         else "empty policy (no text)")
    english, share = looks_english(body)
    if not english:
        raise InputError(where, f"not in English ({share:.0%} English function words); "
                         "the lexicon reads English only")
    return document


def policy_from_text(
    raw: str,
    *,
    policy_id: str,
    media_type: str = "text/plain",
    source_path: str | None = None,
    site: str | None = None,
    archived_on: str | None = None,
    source_url: str | None = None,
) -> PolicyDocument:
    """Make a :class:`PolicyDocument` from a string already in memory.

    >>> doc = policy_from_text("We collect your name.", policy_id="42_example.org")
    >>> doc.site, doc.text
    ('example.org', 'We collect your name.')
    """
    offset_map: tuple[tuple[int, int], ...] = ()
    text = raw
    if media_type == "text/html":
        text, offset_map = html_to_text(raw)
    header = _HEADER.search(text[:2000])
    snapshot = _SNAPSHOT_URL.search(text[:2000])
    body_start = 0
    if header:
        line_end = text.find("\n", header.end())
        body_start = len(text) if line_end < 0 else line_end + 1
    if archived_on is not None and not _valid_date(archived_on):
        raise InputError(policy_id, f"archive date {archived_on!r} is not YYYY-MM-DD")
    notes: list[str] = []
    source_url = _checked_url(source_url, policy_id) if source_url else (
        snapshot and _checked_url(snapshot["url"], policy_id, notes))
    header_date = header and header["date"]
    if header_date and not _valid_date(header_date):
        notes.append(f"header date {header_date!r} is not a valid date; ignored")
        header_date = None
    return PolicyDocument(
        policy_id=policy_id,
        text=text,
        site=(site or (header and header["site"].lower()) or site_from_name(policy_id)),
        archived_on=archived_on or header_date or None,
        source_url=source_url or None,
        source_path=source_path,
        media_type=media_type,
        body_start=body_start,
        offset_map=offset_map,
        notes=tuple(notes),
    )


_URL = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>\"{}|\\^`]+")


def _checked_url(url: str, policy_id: str, notes: list[str] | None = None) -> str | None:
    """An absolute URL usable as an IRI; a bad option is an error, a bad header a note."""
    if _URL.fullmatch(url):
        return url
    if notes is None:
        raise InputError(policy_id, f"source URL {url!r} is not an absolute URL")
    notes.append(f"source URL {url!r} is not an absolute URL; ignored")
    return None


def _valid_date(value: str) -> bool:
    if not _DATE.fullmatch(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def site_from_name(name: str) -> str:
    """The domain in a file name such as ``1017_sci-news.com``, else the name itself.

    >>> site_from_name("1017_sci-news.com"), site_from_name("000_43bef9446d08f6bb")
    ('sci-news.com', '000_43bef9446d08f6bb')
    """
    found = _DOMAIN.search(name.replace("_", " "))
    return found[1].lower() if found else name


OnError = Callable[[InputError], None]


def iter_policies(paths: Iterable[str | Path], *, on_error: OnError | None = None,
                  **options) -> Iterator[PolicyDocument]:
    """Every policy under ``paths``: files, folders (sorted, not recursive), glob patterns
    (``policies/**/*.html``), JSONL corpora.

    A path that does not exist, or a folder with no policies, raises :class:`InputError`. A
    policy that cannot be read (binary, empty, not English, a broken JSONL line ...) raises too,
    unless ``on_error`` is given: then it is called with the error and the corpus goes on.
    """
    for path in map(Path, paths):
        if path.is_dir():
            files = sorted(p for p in path.iterdir()
                           if p.suffix.lower() in POLICY_SUFFIXES or p.suffix in CORPUS_SUFFIXES)
            if not files:
                raise InputError(str(path), "folder holds no .txt, .md, .html or .jsonl policies")
            yield from iter_policies(files, on_error=on_error, **options)
        elif not path.exists() and not path.is_symlink() and _GLOB.search(str(path)):
            matches = sorted(Path(p) for p in glob(str(path), recursive=True))
            if not matches:
                raise InputError(str(path), "the pattern matches no file")
            yield from iter_policies(matches, on_error=on_error, **options)
        elif not path.exists() and not path.is_symlink():
            raise InputError(str(path), "no such file or folder")
        elif path.suffix.lower() in CORPUS_SUFFIXES:
            defaults = {k: options.get(k) for k in ("site", "archived_on", "source_url")}
            yield from _guarded(read_jsonl_corpus(path, on_error=on_error, **defaults), on_error)
        else:
            yield from _guarded((read_policy(path, **options) for _ in (0,)), on_error)


def _guarded(documents: Iterator[PolicyDocument], on_error: OnError | None
             ) -> Iterator[PolicyDocument]:
    try:
        yield from documents
    except InputError as error:
        if on_error is None:
            raise
        on_error(error)


def read_jsonl_corpus(path: str | Path, *, on_error: OnError | None = None,
                      **defaults: str | None) -> Iterator[PolicyDocument]:
    """Policies from a JSONL file: one object a line with ``id`` and ``text`` (or ``html``), and
    optionally ``site``, ``date`` and ``url``. The file is read line by line (memory does not
    grow with the corpus). A broken line raises :class:`InputError` naming ``file:line``, or is
    passed to ``on_error`` and skipped."""
    path = Path(path)
    try:
        handle = open(path, "rb")
    except OSError as error:
        raise InputError(str(path), (error.strerror or str(error)).lower()) from None
    with handle:
        for number, raw in enumerate(handle, 1):
            if not raw.strip():
                continue
            where = f"{path}:{number}"
            try:
                line = raw.decode("utf-8")
                yield _jsonl_policy(line, where, defaults)
            except UnicodeDecodeError:
                undecodable = InputError(where, "not UTF-8 (JSON text must be UTF-8)")
                if on_error is None:
                    raise undecodable from None
                on_error(undecodable)
            except InputError as error:
                if on_error is None:
                    raise
                on_error(error)


def _jsonl_policy(line: str, where: str, defaults: dict) -> PolicyDocument:
    try:
        row = json.loads(line)
        policy_id = str(row["id"])
        html = "html" in row
        body, kind = (row["html"], "text/html") if html else (row["text"], "text/plain")
        if not isinstance(body, str):
            raise TypeError("'text' or 'html' must be a string")
        for field in ("site", "date", "url"):
            if row.get(field) is not None and not isinstance(row[field], str):
                raise TypeError(f"{field!r} must be a string")
    except (ValueError, KeyError, TypeError) as error:
        raise InputError(
            where, f"not a JSON object with 'id' and 'text' or 'html' ({error})") from None
    return checked(policy_from_text(
        body, policy_id=policy_id, media_type=kind, source_path=where,
        site=row.get("site") or defaults.get("site"),
        archived_on=row.get("date") or defaults.get("archived_on"),
        source_url=row.get("url") or defaults.get("source_url"),
    ))


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise InputError(str(path), (error.strerror or str(error)).lower()) from None


_BLOCK_TAGS = {"p", "div", "section", "article", "br", "tr", "table", "ul", "ol", "dl", "dt",
               "dd", "blockquote", "header", "footer", "main", "aside", "nav", "hr", "pre", "td",
               "th", "form", "address"}
_SKIP_TAGS = {"script", "style", "noscript", "template", "head", "svg", "iframe", "object"}


class _TextExtractor(HTMLParser):
    """Visible text of an HTML page with block breaks, and where each text chunk came from."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.line_starts = [0] + [m.end() for m in re.finditer(r"\n", source)]
        self.parts: list[str] = []
        self.map: list[tuple[int, int]] = []
        self.length = 0
        self.skipping = 0

    def _emit(self, text: str, source_offset: int | None = None) -> None:
        if source_offset is not None:
            self.map.append((self.length, source_offset))
        self.parts.append(text)
        self.length += len(text)

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _SKIP_TAGS:
            self.skipping += 1
        elif re.fullmatch(r"h[1-6]", tag):
            self._emit("\n\n# ")
        elif tag == "li":
            self._emit("\n- ")
        elif tag in _BLOCK_TAGS:
            self._emit("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skipping = max(0, self.skipping - 1)
        elif re.fullmatch(r"h[1-6]", tag) or tag in _BLOCK_TAGS or tag == "li":
            self._emit("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping and data:
            self._emit(re.sub(r"[ \t\r\n]+", " ", data), self._offset())


def html_to_text(source: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Visible text of an HTML document and its (text offset, source offset) map.

    >>> html_to_text("<h1>Privacy</h1><p>We &amp; you</p>")[0].split()
    ['#', 'Privacy', 'We', '&', 'you']
    """
    parser = _TextExtractor(source)
    parser.feed(source)
    parser.close()
    return "".join(parser.parts), tuple(parser.map)

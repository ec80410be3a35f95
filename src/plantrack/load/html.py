"""The HTML loader: the main text of a saved web page, with its title, date and URL.

trafilatura finds the article among navigation, share buttons, comments and footers, and
reads the page's metadata. It is an optional dependency (``pip install 'plantrack[html]'``)
imported only when a page is read. A page is chosen by suffix or by its first bytes, so a
saved page called ``.txt`` is read as HTML.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from plantrack.bounds import YEARS
from plantrack.components import Loader, LoadOptions
from plantrack.datafiles import alternation, data_rows
from plantrack.errors import InputError
from plantrack.hookspecs import hookimpl
from plantrack.load.decode import decode_bytes
from plantrack.load.files import read_bytes
from plantrack.load.html_plain import plain_text
from plantrack.load.meta import parse_date
from plantrack.load.quiet import quiet
from plantrack.load.sniff import looks_like_html
from plantrack.model import Document

__all__ = ["PLAIN_ABOVE", "PLAIN_LOADER", "HtmlLoader", "declared_charset", "load_html"]

_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)
# htmldate's extensive search takes a footer's "© 2024" for the date (2024-01-01), which
# would then set the document's year: only dates the page states as its own are kept.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
#: Pages larger than this (bytes) are read as plain text: trafilatura's tree would take
#: about 20 times the page's size (a 50 MB page peaked at 988 MB), and no real article
#: page is this large.
PLAIN_ABOVE = 4 * 1024 * 1024
#: The loader a Document names when its page was read as plain text (the whole page's
#: text, not the article trafilatura would have cut out): said in ``text.loader``.
PLAIN_LOADER = "html (plain text: the page is beyond the main-text extractor)"


def declared_charset(head: bytes) -> str | None:
    """The charset a page's ``<meta charset>`` or ``http-equiv`` tag declares, if any."""
    found = _META_CHARSET.search(head)
    return found.group(1).decode("ascii") if found else None


def load_html(path: Path, options: LoadOptions | None = None) -> Document:
    """The main text of the page at ``path``, with its title, publication date and URL."""
    options = options or LoadOptions()
    source = str(path)
    data = read_bytes(path, options)
    decoded = decode_bytes(data, source, options.encoding,
                           declared=declared_charset(data[:4096]))
    # One streaming pass first (a tenth of trafilatura's time): a page too large for
    # trafilatura's tree, or beyond its parser's limits (which then returns a menu or
    # nothing), is read as plain text: the whole page's text, not the article alone.
    plain = plain_text(decoded.text)
    if len(data) > PLAIN_ABOVE or plain.beyond_extractor:
        if not plain.text:
            raise InputError(source, "no text found in the HTML page", "empty")
        return Document(name=path.name, text=plain.text, source=source,
                        encoding=decoded.encoding, loader=PLAIN_LOADER,
                        published=_published(None, decoded.text[:PLAIN_ABOVE]))
    del plain
    page = _extract(decoded.text, source)
    text = (page.text or "") if page is not None else ""
    if page is None or not text.strip():
        raise InputError(source, "no main text found in the HTML page", "empty")
    return Document(
        name=path.name, text=text, source=source, encoding=decoded.encoding,
        loader=HtmlLoader.name, title=page.title or None, url=page.url or None,
        published=_published(page.date, decoded.text))


def _extract(markup: str, source: str) -> Any:
    """trafilatura's reading of the page (text and metadata), or None if it found none."""
    try:
        import trafilatura
    except ImportError:
        raise InputError(source, "reading HTML needs the optional extra: "
                                 "pip install 'plantrack[html]'", "unsupported") from None
    with quiet("trafilatura", "htmldate", "courlan", "justext", "charset_normalizer"):
        return trafilatura.bare_extraction(
            markup, include_comments=False, include_tables=True, with_metadata=True,
            date_extraction_params=_DATE_PARAMS)


@cache
def _dateline() -> re.Pattern[str]:
    """A site's own dateline (发布时间：2023-07-15, 發佈日期：2023年7月15日): a label from
    ``data/dateline_labels.txt``, then the date; tags may sit between the two."""
    labels = alternation(row[0] for row in data_rows("plantrack.load", "dateline_labels.txt"))
    return re.compile(rf"(?:{labels})\s*[:：]\s*(?:<[^>]*>\s*)*"
                      r"(\d{4}(?:-\d{1,2}-\d{1,2}|/\d{1,2}/\d{1,2}|年\d{1,2}月\d{1,2}日))")


def _published(found: str | None, markup: str) -> date | None:
    """The page's own date; one outside the years plantrack reads (a typo, a
    placeholder such as 1900-01-01) is not the page's."""
    if found and (published := parse_date(found)) and published.year in YEARS:
        return published
    dateline = _dateline().search(markup)
    published = parse_date(dateline.group(1)) if dateline else None
    return published if published and published.year in YEARS else None


class HtmlLoader:
    """Saved web pages: .html, .htm, .shtml, .xhtml, or any file that opens like one."""

    name = "html"
    suffixes: tuple[str, ...] = (".html", ".htm", ".shtml", ".xhtml")

    def sniff(self, head: bytes) -> bool:
        return looks_like_html(head)

    def load(self, path: Path, options: LoadOptions) -> Document:
        return load_html(path, options)


@hookimpl
def register_loaders(register: Callable[[Loader], None]) -> None:
    register(HtmlLoader())

"""A document's metadata from outside its text: a sidecar ``<file>.meta.json`` or a
front-matter block at the top of a text file.

Keys: ``title``, ``published`` (or ``date``), ``region`` (a GB/T 2260 code), ``year``,
``url`` (or ``source_url``). A sidecar overrides front matter, which overrides what the
file says of itself (an HTML page's or a PDF's own title and date). The published date
sets the document's year and the month 截至目前 runs to, unless ``year`` says otherwise.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from collections.abc import Mapping
from datetime import date
from pathlib import Path

from attrs import evolve, frozen

from plantrack.bounds import YEARS
from plantrack.errors import InputError, one_line
from plantrack.load.files import read_regular
from plantrack.model import Document

__all__ = ["SIDECAR_SUFFIX", "Metadata", "apply_metadata", "apply_sidecar", "parse_date",
           "parse_metadata", "sidecar_path", "split_front_matter"]

SIDECAR_SUFFIX = ".meta.json"
SIDECAR_MAX_BYTES = 1024 * 1024  # metadata is a few lines; more is not a sidecar
_ALIASES = {"date": "published", "source_url": "url"}
_KEYS = frozenset({"title", "published", "region", "year", "url"})

_FRONT_MATTER = re.compile(r"---[ \t]*\r?\n(.*?)^---[ \t]*(?:\r?\n|\Z)", re.DOTALL | re.MULTILINE)
_KEY_VALUE = re.compile(r"([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(.*?))?[ \t]*")
_YAML_ONLY = re.compile(r"\s*(?:#.*)?|[ \t]+\S.*|-[ \t].*")  # comments, nesting, list items
_DATE_FORMS = (
    re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?"),  # ISO, maybe with a time
    re.compile(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})"),
    re.compile(r"(\d{4})年(\d{1,2})月(?:(\d{1,2})[日号])?"),
    re.compile(r"(\d{4})-(\d{1,2})()"),  # a month: its first day
)
_REGION = re.compile(r"\d{2}(?:\d{2}(?:\d{2})?)?")


@frozen
class Metadata:
    """What a sidecar or front matter says of a document; None where it says nothing."""

    title: str | None = None
    published: date | None = None
    region: str | None = None
    year: int | None = None
    url: str | None = None


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """A leading ``---`` block of ``key: value`` lines, and the text after it.

    Keys are lower-cased, values unquoted; lines a fuller YAML would read (comments,
    indented or list lines) are skipped. Text that does not open with such a block
    comes back whole, with no keys.
    """
    found = _FRONT_MATTER.match(text)
    if found is None:
        return {}, text
    values: dict[str, str] = {}
    for line in found.group(1).splitlines():
        pair = _KEY_VALUE.fullmatch(line)
        if pair is not None:
            values[pair.group(1).lower()] = _unquote(pair.group(2) or "")
        elif not _YAML_ONLY.fullmatch(line):
            return {}, text  # a rule line opening ordinary text, not front matter
    return values, text[found.end():]


def sidecar_path(path: Path) -> Path:
    """Where the sidecar of ``path`` is: ``news.html`` → ``news.html.meta.json``."""
    return path.with_name(path.name + SIDECAR_SUFFIX)


def apply_sidecar(document: Document, path: Path) -> Document:
    """``document`` with the metadata of ``path``'s sidecar, if it has one.

    The sidecar's keys override whatever the document had; ``metadata_from`` names it.
    A sidecar that is not a JSON object of valid values raises InputError (kind
    ``malformed``) naming the sidecar.
    """
    sidecar = sidecar_path(path)
    if not os.path.lexists(sidecar):
        return document
    raw = read_regular(sidecar, str(sidecar), SIDECAR_MAX_BYTES)
    try:
        values = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise InputError(str(sidecar), "metadata is not UTF-8 JSON", "malformed") from None
    except json.JSONDecodeError as exc:
        raise InputError(str(sidecar), f"bad JSON: {exc.msg.lower()} at line {exc.lineno} "
                                       f"column {exc.colno}", "malformed") from None
    except RecursionError:
        raise InputError(str(sidecar), "bad JSON: nested too deeply", "malformed") from None
    except ValueError:  # a number of more digits than Python converts (4,300)
        raise InputError(str(sidecar), "bad JSON: a number too long to read",
                         "malformed") from None
    if not isinstance(values, dict):
        raise InputError(str(sidecar), "metadata must be a JSON object "
                                       f"{{\"title\": ...}}, not {_json_type(values)}",
                         "malformed")
    metadata = parse_metadata(values, str(sidecar))
    return apply_metadata(document, metadata, str(sidecar))


def parse_metadata(values: Mapping[str, object], where: str) -> Metadata:
    """The known keys of ``values`` checked and converted; unknown keys are ignored.

    Raises InputError (kind ``malformed``) naming ``where`` for a value of the wrong
    type or form.
    """
    known: dict[str, object] = {}
    for key, value in values.items():
        name = _ALIASES.get(key.lower(), key.lower())
        if name in _KEYS and value is not None and value != "":
            known[name] = value
    return Metadata(
        title=_text(known.get("title"), "title", where),
        published=_published(known.get("published"), where),
        region=_region(known.get("region"), where),
        year=_year(known.get("year"), where),
        url=_text(known.get("url"), "url", where),
    )


def apply_metadata(document: Document, metadata: Metadata, where: str) -> Document:
    """``document`` with every field ``metadata`` sets; ``metadata_from`` adds ``where``."""
    changes = {name: value for name in ("title", "published", "region", "year", "url")
               if (value := getattr(metadata, name)) is not None}
    if not changes:
        return document
    sources = f"{where}; {document.metadata_from}" if document.metadata_from else where
    return evolve(document, metadata_from=sources, **changes)


def parse_date(value: str) -> date | None:
    """A date in ISO form, ``YYYY/MM/DD``, ``YYYY年M月D日``; a month alone is its 1st."""
    value = unicodedata.normalize("NFKC", value).strip()
    for form in _DATE_FORMS:
        found = form.fullmatch(value)
        if found is not None:
            year, month, day = found.groups()
            try:
                return date(int(year), int(month), int(day or 1))
            except ValueError:
                return None
    return None


def _published(value: object, where: str) -> date | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise _bad(where, "published", f"must be a date string, not {_json_type(value)}")
    found = parse_date(value)
    if found is None:
        raise _bad(where, "published", f"{one_line(value, 40)!r} is not a date "
                                       "(use YYYY-MM-DD)")
    if found.year not in YEARS:
        raise _bad(where, "published", f"{value!r} is not in the years "
                                       f"{YEARS.start}..{YEARS.stop - 1}")
    return found


def _region(value: object, where: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str) or not _REGION.fullmatch(value.strip()):
        raise _bad(where, "region", f"{value!r} is not a GB/T 2260 code "
                                    "(six digits, or two or four for a province or city)")
    return value.strip().ljust(6, "0")  # 32 → 320000, 3206 → 320600


def _year(value: object, where: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, str) and value.strip().isdecimal():
        value = int(value)
    if not isinstance(value, int) or isinstance(value, bool) or value not in YEARS:
        shown = repr(value) if not isinstance(value, int) or value < 10**12 else "a huge number"
        raise _bad(where, "year", f"{shown} is not a year between "
                                  f"{YEARS.start} and {YEARS.stop - 1}")
    return value


def _text(value: object, key: str, where: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise _bad(where, key, f"must be a string, not {_json_type(value)}")
    return " ".join(value.split()) or None


def _bad(where: str, key: str, reason: str) -> InputError:
    return InputError(where, f"bad metadata {key!r}: {reason}", "malformed")


def _json_type(value: object) -> str:
    names = {bool: "a boolean", int: "a number", float: "a number", str: "a string",
             list: "a list", dict: "an object"}
    return names.get(type(value), type(value).__name__)


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value

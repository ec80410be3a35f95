"""Extractions saved by ``plantrack extract --format json|jsonl``, read back.

A saved file holds FACTS.md document objects: one object, an array of them, or one per
line (JSON Lines). Reading one gives the same :class:`~plantrack.model.Extraction` the
run that wrote it had, so a scorecard or a history can be made from it without the
documents. A scorecard's own JSON (``{"rows": ...}``) is refused with a word on why.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from plantrack.convert import ConversionError, extraction_from_json
from plantrack.errors import InputError
from plantrack.model import Extraction

__all__ = ["SAVED_SUFFIXES", "is_saved", "read_saved"]

#: Files with these suffixes are read as saved extractions, not as documents.
SAVED_SUFFIXES = (".json", ".jsonl")


def is_saved(path: Path) -> bool:
    return path.suffix.lower() in SAVED_SUFFIXES


def _records(path: Path, text: str) -> list[Any]:
    stripped = text.lstrip()
    if not stripped:
        raise InputError(str(path), "empty file: no saved extraction in it", "empty")
    try:
        if path.suffix.lower() == ".jsonl" or (stripped[0] == "{" and "\n{" in stripped):
            return [json.loads(line) for line in text.splitlines() if line.strip()]
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(str(path), f"not JSON: {exc.msg} at line {exc.lineno}",
                         "malformed") from None
    return data if isinstance(data, list) else [data]


def read_saved(path: Path) -> list[Extraction]:
    """Every extraction saved in ``path``; InputError (``malformed``) naming the file and
    the record when it is not the output of ``plantrack extract``."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(str(path), "no such file", "missing") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read: {exc}", "unreadable") from None
    out = []
    for number, record in enumerate(_records(path, text), 1):
        if isinstance(record, dict) and "rows" in record and "document" not in record:
            raise InputError(str(path), "a scorecard's JSON, not saved extractions (save "
                             "`plantrack extract --format json` instead)", "malformed")
        if not isinstance(record, dict) or "document" not in record:
            raise InputError(str(path), f"record {number} is not a FACTS.md document "
                             "object (no \"document\")", "malformed")
        try:
            out.append(extraction_from_json(record))
        except ConversionError as exc:
            raise InputError(str(path), f"record {number}: {exc}", "malformed") from None
    return out

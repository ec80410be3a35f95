"""Extractions as table rows and back, through the one converter's FACTS.md records (so
the database holds exactly what ``extract --format json`` writes, column by column)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from importlib.metadata import PackageNotFoundError, version
from typing import Any

from plantrack.convert import extraction_from_json, extraction_to_json
from plantrack.model import Extraction, Period

__all__ = ["document_row", "extraction_from_rows", "fact_rows", "project_rows"]


def _json(value: Any) -> str | None:
    return json.dumps(value, ensure_ascii=False) if value else None


def _month(period: Period | None, end: bool) -> str | None:
    if period is None:
        return None
    year, month = (period.end_year, period.end_month) if end else (period.start_year,
                                                                   period.start_month)
    return f"{year:04d}-{month:02d}"


def _version() -> str | None:
    try:
        return version("plantrack")
    except PackageNotFoundError:  # pragma: no cover (a checkout not installed)
        return None


def document_row(extraction: Extraction, *, path: str, sha256: str,
                 added_at: str) -> dict[str, Any]:
    record = extraction_to_json(extraction)
    text = record.get("text") or {}
    context = record.get("context") or {}
    region = context.get("region") or {}
    return {
        "path": path, "sha256": sha256, "current": True, "added_at": added_at,
        "source": text.get("source"), "text_sha256": text.get("sha256"),
        "chars": text.get("chars"), "loader": text.get("loader"),
        "encoding": text.get("encoding"), "title": text.get("title"),
        "published": text.get("published"), "url": text.get("url"),
        "year": extraction.year, "year_cue": extraction.year_cue,
        "region": region.get("value"), "region_name": region.get("label"),
        "kind": (context.get("kind") or {}).get("value"),
        "context": _json(context), "text_ref": _json(text),
        "extractors": _json(list(extraction.extractors)),
        "warnings": _json(list(extraction.warnings)),
        "plantrack_version": _version(),
    }


def fact_rows(extraction: Extraction, document_id: int) -> list[dict[str, Any]]:
    rows = []
    for fact, record in zip(extraction.facts, extraction_to_json(extraction)["facts"],
                            strict=True):
        q = fact.quantity
        rows.append({
            "document_id": document_id, "kind": record["kind"], "region": record["region"],
            "region_name": record["region_name"], "indicator": record["indicator"],
            "indicator_label": record.get("indicator_label"), "measure": record["measure"],
            "value": float(q.value), "value_exact": str(q.value),
            "value_high": float(q.value_high) if q.value_high is not None else None,
            "value_high_exact": str(q.value_high) if q.value_high is not None else None,
            "unit": q.unit, "comparator": q.comparator, "approximate": q.approximate,
            "period": record["period"], "period_start": _month(fact.period, end=False),
            "period_end": _month(fact.period, end=True), "per": record.get("per"),
            "modality": record.get("modality"), "uncertain": _json(record.get("uncertain")),
            "quote": record["quote"], "span_start": record["span"][0],
            "span_end": record["span"][1],
        })
    return rows


def project_rows(extraction: Extraction, document_id: int) -> list[dict[str, Any]]:
    return [{
        "document_id": document_id, "name": p.name, "region": p.region,
        "region_name": p.region_name,
        "investment": float(p.investment) if p.investment is not None else None,
        "investment_exact": str(p.investment) if p.investment is not None else None,
        "investment_comparator": p.investment_comparator, "status": p.status,
        "quote": p.provenance.quote, "span_start": p.provenance.start,
        "span_end": p.provenance.end,
    } for p in extraction.projects]


def _fact_record(row: Mapping[str, Any]) -> dict[str, Any]:
    record = {key: row[key] for key in ("kind", "region", "region_name", "indicator",
                                        "indicator_label", "measure", "unit", "comparator",
                                        "period", "per", "modality", "quote")}
    record |= {"value": row["value_exact"], "value_high": row["value_high_exact"],
               "approximate": bool(row["approximate"]),
               "uncertain": json.loads(row["uncertain"]) if row["uncertain"] else None,
               "span": [row["span_start"], row["span_end"]]}
    return record


def _project_record(row: Mapping[str, Any]) -> dict[str, Any]:
    record = {key: row[key] for key in ("name", "region", "region_name",
                                        "investment_comparator", "status", "quote")}
    return record | {"investment": row["investment_exact"],
                     "span": [row["span_start"], row["span_end"]]}


def extraction_from_rows(document: Mapping[str, Any], facts: Iterable[Mapping[str, Any]],
                         projects: Iterable[Mapping[str, Any]]) -> Extraction:
    """The Extraction a document row and its fact and project rows were made from."""
    record: dict[str, Any] = {
        "document": document["path"],
        "facts": [_fact_record(f) for f in facts],
        "projects": [_project_record(p) for p in projects],
        "year": document["year"], "year_cue": document["year_cue"],
        "extractors": json.loads(document["extractors"] or "[]"),
        "warnings": json.loads(document["warnings"] or "[]"),
    }
    for key, column in (("text", "text_ref"), ("context", "context")):
        if document[column]:
            record[key] = json.loads(document[column])
    return extraction_from_json(record)

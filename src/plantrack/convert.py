"""The one cattrs converter: model objects to the JSON records of FACTS.md and back.

Numbers: values are :class:`~decimal.Decimal` inside. In JSON an integral value is
written as an integer and any other as a float in its shortest form, which reads back
to the same Decimal for every value of up to 15 significant digits (all the values
official texts print). Reading accepts ints, floats and numeric strings.

A FACT record flattens a Goal/Result: ``quantity`` becomes ``value``/``value_high``/
``unit``/``comparator``, ``provenance`` becomes ``quote``/``span``, ``period`` its
string notation.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import cattrs
from cattrs import transform_error

from plantrack.model import (
    DocumentContext,
    Extraction,
    Goal,
    Period,
    Project,
    Provenance,
    Quantity,
    Result,
    TextRef,
)

__all__ = [
    "ConversionError",
    "configure_converter",
    "converter",
    "decimal_to_json",
    "extraction_from_json",
    "extraction_to_json",
    "fact_from_json",
    "fact_to_json",
    "make_converter",
    "text_ref_to_json",
]


class ConversionError(ValueError):
    """A JSON record that does not describe a valid model object; the message says where."""


def decimal_to_json(value: Decimal) -> int | float:
    """Integral values as int, others as the shortest float (exact to 15 digits)."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def _decimal_from_json(value: Any, _: type) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | float | str | Decimal):
        raise ValueError(f"expected a number, got {value!r}")
    result = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    if not result.is_finite():
        raise ValueError(f"expected a finite number, got {value!r}")
    return result


def _fact_to_json(fact: Goal | Result) -> dict[str, Any]:
    q = fact.quantity
    out: dict[str, Any] = {
        "kind": fact.kind,
        "region": fact.region,
        "region_name": fact.region_name,
        "indicator": fact.indicator,
    }
    if fact.indicator_label is not None:
        out["indicator_label"] = fact.indicator_label
    out |= {
        "measure": fact.measure,
        "value": decimal_to_json(q.value),
    }
    if q.value_high is not None:
        out["value_high"] = decimal_to_json(q.value_high)
    out |= {"unit": q.unit, "comparator": q.comparator,
            "period": str(fact.period) if fact.period is not None else None}
    if q.approximate:
        out["approximate"] = True
    if isinstance(fact, Goal):
        if fact.per is not None:
            out["per"] = fact.per
        out["modality"] = fact.modality
    out |= {"quote": fact.provenance.quote,
            "span": [fact.provenance.start, fact.provenance.end]}
    if fact.uncertain:
        out["uncertain"] = list(fact.uncertain)
    return out


def _provenance_from(record: dict[str, Any], document: str) -> Provenance:
    span = record["span"]
    if not (isinstance(span, list | tuple) and len(span) == 2):
        raise ValueError(f"span must be [start, end]; got {span!r}")
    return Provenance(document=document, start=int(span[0]), end=int(span[1]),
                      quote=record["quote"])


def _fact_from_json(c: cattrs.Converter, record: dict[str, Any],
                    document: str) -> Goal | Result:
    quantity = Quantity(
        value=c.structure(record["value"], Decimal),
        unit=record["unit"],
        comparator=record.get("comparator", "="),
        value_high=(c.structure(record["value_high"], Decimal)
                    if record.get("value_high") is not None else None),
        approximate=bool(record.get("approximate", False)),
    )
    common: dict[str, Any] = {
        "region": record.get("region"),
        "region_name": record.get("region_name") or "",
        "indicator": record["indicator"],
        "indicator_label": record.get("indicator_label"),
        "measure": record["measure"],
        "quantity": quantity,
        "period": (Period.parse(str(record["period"]))
                   if record.get("period") is not None else None),
        "provenance": _provenance_from(record, document),
        "uncertain": tuple(record.get("uncertain") or ()),
    }
    match record.get("kind"):
        case "target":
            return Goal(modality=record.get("modality") or "plan", per=record.get("per"),
                        **common)
        case "result":
            return Result(**common)
        case other:
            raise ValueError(f"kind must be 'target' or 'result'; got {other!r}")


def _project_to_json(project: Project) -> dict[str, Any]:
    return {
        "name": project.name,
        "region": project.region,
        "region_name": project.region_name,
        "investment": (decimal_to_json(project.investment)
                       if project.investment is not None else None),
        "investment_comparator": project.investment_comparator,
        "status": project.status,
        "quote": project.provenance.quote,
        "span": [project.provenance.start, project.provenance.end],
    }


def _project_from_json(c: cattrs.Converter, record: dict[str, Any], document: str) -> Project:
    investment = record.get("investment")
    return Project(
        name=record["name"],
        region=record.get("region"),
        region_name=record.get("region_name"),
        investment=c.structure(investment, Decimal) if investment is not None else None,
        investment_comparator=record.get("investment_comparator"),
        status=record.get("status") or "planned",
        provenance=_provenance_from(record, document),
    )


def _extraction_to_json(c: cattrs.Converter, extraction: Extraction) -> dict[str, Any]:
    out: dict[str, Any] = {
        "document": extraction.document,
        "facts": [_fact_to_json(f) for f in extraction.facts],
        "projects": [_project_to_json(p) for p in extraction.projects],
    }
    if extraction.year is not None:
        out["year"] = extraction.year
    if extraction.year_cue is not None:
        out["year_cue"] = extraction.year_cue
    if extraction.extractors:
        out["extractors"] = list(extraction.extractors)
    if extraction.warnings:
        out["warnings"] = list(extraction.warnings)
    if extraction.text is not None:
        out["text"] = text_ref_to_json(extraction.text)
    if extraction.context is not None:
        out["context"] = _context_to_json(c, extraction.context)
    return out


def _context_to_json(c: cattrs.Converter, context: DocumentContext) -> dict[str, Any]:
    """The context stage's decisions, each with its value (null: undecided), confidence
    and cue."""
    record: dict[str, Any] = c.unstructure(context)
    return record


def text_ref_to_json(ref: TextRef) -> dict[str, Any]:
    """The text the spans index; empty fields left out."""
    record = {
        "source": ref.source, "loader": ref.loader, "encoding": ref.encoding,
        "chars": ref.chars, "sha256": ref.sha256, "title": ref.title,
        "published": ref.published.isoformat() if ref.published else None,
        "url": ref.url, "pages": list(ref.pages) or None, "metadata_from": ref.metadata_from,
    }
    return {key: value for key, value in record.items() if value is not None}


def _text_ref_from_json(record: dict[str, Any]) -> TextRef:
    published = record.get("published")
    return TextRef(
        source=record.get("source"), loader=record.get("loader"),
        encoding=record.get("encoding"), chars=int(record["chars"]),
        sha256=str(record["sha256"]), title=record.get("title"),
        published=date.fromisoformat(published) if published else None,
        url=record.get("url"), pages=record.get("pages") or (),
        metadata_from=record.get("metadata_from"))


def _extraction_from_json(c: cattrs.Converter, record: dict[str, Any]) -> Extraction:
    document = record["document"]
    facts = [_fact_from_json(c, f, document) for f in record.get("facts", [])]
    return Extraction(
        document=document,
        goals=[f for f in facts if isinstance(f, Goal)],
        results=[f for f in facts if isinstance(f, Result)],
        projects=[_project_from_json(c, p, document) for p in record.get("projects", [])],
        year=record.get("year"),
        year_cue=record.get("year_cue"),
        extractors=record.get("extractors", ()),
        warnings=record.get("warnings", ()),
        text=_text_ref_from_json(record["text"]) if record.get("text") else None,
        context=(c.structure(record["context"], DocumentContext)
                 if record.get("context") else None),
    )


def configure_converter(c: cattrs.Converter) -> cattrs.Converter:
    """Teach ``c`` the FACTS.md shapes. Pure: it only registers hooks on ``c``."""
    c.register_unstructure_hook(Decimal, decimal_to_json)
    c.register_structure_hook(Decimal, _decimal_from_json)
    c.register_unstructure_hook(Period, str)
    c.register_structure_hook(Period, lambda v, _: Period.parse(str(v)))
    c.register_unstructure_hook(Goal, _fact_to_json)
    c.register_unstructure_hook(Result, _fact_to_json)
    c.register_unstructure_hook(Project, _project_to_json)
    c.register_unstructure_hook(Extraction, lambda e: _extraction_to_json(c, e))
    c.register_structure_hook(Extraction, lambda v, _: _extraction_from_json(c, v))
    # a decision's value is a year, a region code or a kind, as JSON has it
    c.register_structure_hook(int | str | None, lambda v, _: v)
    # Catalogue records (Region, Indicator) use cattrs' attrs support as they are:
    # tuples become lists and back.
    return c


def make_converter() -> cattrs.Converter:
    return configure_converter(cattrs.Converter(forbid_extra_keys=False))


converter = make_converter()


def _wrap(action: str, fn: Any, *args: Any) -> Any:
    try:
        return fn(*args)
    except cattrs.BaseValidationError as exc:
        raise ConversionError(f"{action}: {'; '.join(transform_error(exc))}") from exc
    except (KeyError, TypeError, ValueError, ArithmeticError) as exc:
        detail = f"missing field {exc}" if isinstance(exc, KeyError) else str(exc)
        raise ConversionError(f"{action}: {detail}") from exc


def extraction_to_json(extraction: Extraction) -> dict[str, Any]:
    """One document's FACTS.md object: ``{"document", "facts", "projects"}``."""
    result: dict[str, Any] = converter.unstructure(extraction)
    return result


def extraction_from_json(record: dict[str, Any]) -> Extraction:
    """Read one FACTS.md document object (e.g. a gold file); ``ConversionError`` if invalid."""
    name = record.get("document", "?") if isinstance(record, dict) else "?"
    result: Extraction = _wrap(f"document {name}", converter.structure, record, Extraction)
    return result


def fact_to_json(fact: Goal | Result) -> dict[str, Any]:
    return _fact_to_json(fact)


def fact_from_json(record: dict[str, Any], document: str) -> Goal | Result:
    result: Goal | Result = _wrap("fact", _fact_from_json, converter, record, document)
    return result


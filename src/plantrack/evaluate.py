"""Accuracy against gold annotations: ``plantrack evaluate`` and :func:`evaluate`.

The figures are exactly those of the project's reference scorer (``tools/score.py``
beside the spec): the same matching of facts (kind, indicator, measure and region equal,
value within 0.5 % or exact for counts, same last year of the period), the same handling
of ``optional`` gold facts (they match in any period and count neither way), the same
catalogue filter on predictions (only indicators in the catalogue count; here the
catalogue is the registry's indicators less the built-in ones catalogued after the gold
was written: :func:`plantrack.catalog.indicators.scored_ids`), the same project test (a
predicted name holds the gold name's core, or the other way round) and the same
grounding check. Keep it so:
``tests/test_evaluate.py`` runs both on the seeds and requires identical numbers.

Predictions are FACTS.md document objects (``{"document", "facts", "projects"}``), read
from a file or folder of ``plantrack extract --format json`` output, or made on the spot
by running plantrack on the documents the gold files name.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from attrs import frozen

from plantrack.api import extract
from plantrack.catalog.indicators import scored_ids
from plantrack.convert import extraction_to_json
from plantrack.errors import InputError, PlantrackError
from plantrack.plugins import get_registry

__all__ = [
    "DocumentScore",
    "EvaluationReport",
    "Totals",
    "evaluate",
    "predict",
    "read_gold",
    "read_predictions",
    "run_evaluation",
    "summary_lines",
]

Record = dict[str, Any]

# --- The scorer's rules (ported from tools/score.py; keep them identical) -------------


def _last_year(period: object) -> str | None:
    if not period:
        return None
    return str(period).split("..")[-1][:4]


def _close(a: object, b: object, unit: object) -> bool:
    try:
        x, y = float(a), float(b)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    if unit in ("count", "person"):
        return abs(x - y) < 1e-9
    if y == 0:
        return abs(x) < 1e-9
    return abs(x - y) <= 0.005 * abs(y)


def _key(fact: Record) -> tuple[object, ...]:
    return (fact.get("kind"), fact.get("indicator"), fact.get("measure"), fact.get("region"))


def _match(gold: Sequence[Record], pred: Sequence[Record],
           any_period: bool = False) -> list[tuple[int, int]]:
    """Pair gold facts with predictions, each prediction used once, first fit wins."""
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if pi in used or _key(g) != _key(p):
                continue
            if not any_period and _last_year(g.get("period")) != _last_year(p.get("period")):
                continue
            if not _close(p.get("value"), g.get("value"), g.get("unit")):
                continue
            pairs.append((gi, pi))
            used.add(pi)
            break
    return pairs


def _core(name: str) -> str:
    return name.removesuffix("项目").removesuffix("項目")


def _project_matches(gold_name: str, predicted: Record) -> bool:
    name = predicted.get("name", "") or ""
    return _core(gold_name) in name or (_core(name) in gold_name and bool(name))


def _describe(f: Record) -> str:
    return (f"{f.get('kind')} {f.get('region_name') or f.get('region')} {f.get('indicator')}/"
            f"{f.get('measure')} {f.get('comparator', '')}{f.get('value')} {f.get('unit', '')} "
            f"[{f.get('period')}] «{(f.get('quote') or '')[:40]}»")


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


# --- Records --------------------------------------------------------------------------


@frozen
class Totals:
    """Counts summed over documents; the rates are derived from them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    comparator_ok: int = 0
    period_ok: int = 0
    modality_ok: int = 0
    modality_n: int = 0
    projects_gold: int = 0
    projects_found: int = 0
    projects_investment_ok: int = 0
    quotes: int = 0
    quotes_bad: int = 0

    def __add__(self, other: Totals) -> Totals:
        names = [a.name for a in Totals.__attrs_attrs__]
        return Totals(**{n: getattr(self, n) + getattr(other, n) for n in names})

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)


@frozen
class DocumentScore:
    """One gold document's figures, with what was missed and what was extra."""

    document: str
    gold: int  # required gold facts
    totals: Totals
    missed: tuple[str, ...] = ()
    extra: tuple[str, ...] = ()
    missed_projects: tuple[str, ...] = ()


@frozen
class EvaluationReport:
    """Every document's score, the overall totals and the files that could not be read."""

    documents: tuple[DocumentScore, ...]
    grounding_checked: bool = False
    errors: tuple[str, ...] = ()

    @property
    def totals(self) -> Totals:
        out = Totals()
        for doc in self.documents:
            out = out + doc.totals
        return out

    def to_json(self) -> Record:
        t = self.totals
        summary: Record = {
            "documents": len(self.documents),
            "tp": t.tp, "fp": t.fp, "fn": t.fn,
            "precision": t.precision, "recall": t.recall, "f1": t.f1,
            "comparator_agreement": _ratio(t.comparator_ok, t.tp) if t.tp else None,
            "period_agreement": _ratio(t.period_ok, t.tp) if t.tp else None,
            "modality_agreement": (_ratio(t.modality_ok, t.modality_n)
                                   if t.tp and t.modality_n else None),
            "projects": {"gold": t.projects_gold, "found": t.projects_found,
                         "investment_right": t.projects_investment_ok},
            "grounding": ({"quotes": t.quotes, "grounded": t.quotes - t.quotes_bad}
                          if self.grounding_checked else None),
        }
        docs = [{
            "document": d.document, "gold": d.gold, "tp": d.totals.tp, "fp": d.totals.fp,
            "fn": d.totals.fn, "precision": d.totals.precision, "recall": d.totals.recall,
            "f1": d.totals.f1,
            "projects": {"gold": d.totals.projects_gold, "found": d.totals.projects_found,
                         "investment_right": d.totals.projects_investment_ok},
            "missed": list(d.missed), "extra": list(d.extra),
            "missed_projects": list(d.missed_projects),
        } for d in self.documents]
        return {"summary": summary, "documents": docs, "errors": list(self.errors)}


# --- Reading --------------------------------------------------------------------------


def read_predictions(path: Path) -> dict[str, Record]:
    """FACTS.md document objects by file name, from a file (one object, an array or JSON
    Lines) or a folder of such files; ``InputError`` naming the file when unreadable."""
    if not path.exists():
        raise InputError(str(path), "no such file or directory")
    files = sorted(path.glob("*.json*")) if path.is_dir() else [path]
    out: dict[str, Record] = {}
    for f in files:
        text = f.read_text(encoding="utf-8").strip()
        if not text:
            continue
        try:
            try:
                data = json.loads(text)
                items = data if isinstance(data, list) else [data]
            except json.JSONDecodeError:
                items = [json.loads(line) for line in text.splitlines() if line.strip()]
            for item in items:
                out[Path(item["document"]).name] = item
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise InputError(str(f), f"not plantrack JSON output ({_reason(exc)})") from None
    return out


def _reason(exc: Exception) -> str:
    if isinstance(exc, KeyError):
        return f"missing field {exc}"
    if isinstance(exc, json.JSONDecodeError):
        return f"invalid JSON at line {exc.lineno} column {exc.colno}"
    return str(exc)


def read_gold(gold_dir: Path) -> tuple[list[tuple[Path, Record]], list[str]]:
    """Every ``*.json`` gold file in ``gold_dir``, sorted, and one error line per bad file."""
    if not gold_dir.is_dir():
        raise InputError(str(gold_dir), "no such gold directory")
    good: list[tuple[Path, Record]] = []
    errors: list[str] = []
    for path in sorted(gold_dir.glob("*.json")):
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(record, dict):
                raise TypeError("a gold file holds one JSON object")
            if not isinstance(record.get("document"), str):
                raise KeyError("document")
            if not isinstance(record.get("facts"), list):
                raise KeyError("facts")
        except (OSError, UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError) as exc:
            errors.append(f"{path}: malformed gold file ({_reason(exc)})")
            continue
        good.append((path, record))
    return good, errors


# --- Scoring --------------------------------------------------------------------------


def _score_facts(gold_doc: Record, pred_doc: Record,
                 catalogue: frozenset[str]) -> tuple[int, Totals, list[str], list[str]]:
    required = [f for f in gold_doc["facts"] if not f.get("optional")]
    optional = [f for f in gold_doc["facts"] if f.get("optional")]
    predicted = [f for f in pred_doc.get("facts", []) if f.get("indicator") in catalogue]
    pairs = _match(required, predicted)
    hit = {pi for _, pi in pairs}
    rest = [p for i, p in enumerate(predicted) if i not in hit]
    opt_hit = {pi for _, pi in _match(optional, rest, any_period=True)}
    unmatched = [p for i, p in enumerate(rest) if i not in opt_hit]
    cmp_ok = per_ok = mod_ok = mod_n = 0
    for gi, pi in pairs:
        g, p = required[gi], predicted[pi]
        cmp_ok += g.get("comparator", "=") == p.get("comparator", "=")
        per_ok += str(g.get("period")) == str(p.get("period"))
        if g.get("kind") == "target":
            mod_n += 1
            mod_ok += g.get("modality", "plan") == p.get("modality", "plan")
    matched = {gi for gi, _ in pairs}
    missed = [_describe(g) for gi, g in enumerate(required) if gi not in matched]
    totals = Totals(tp=len(pairs), fp=len(unmatched), fn=len(required) - len(pairs),
                    comparator_ok=cmp_ok, period_ok=per_ok, modality_ok=mod_ok,
                    modality_n=mod_n)
    return len(required), totals, missed, [_describe(u) for u in unmatched]


def _score_projects(gold_doc: Record, pred_doc: Record) -> tuple[Totals, list[str]]:
    n = found_n = inv_ok = 0
    missed: list[str] = []
    for gp in gold_doc.get("projects", []):
        n += 1
        found = [pp for pp in pred_doc.get("projects", []) if _project_matches(gp["name"], pp)]
        if not found:
            missed.append(f"{gp['name']} (not found)")
            continue
        found_n += 1
        if gp.get("investment") is None or any(
                _close(pp.get("investment"), gp["investment"], "CNY") for pp in found):
            inv_ok += 1
        else:
            got = ", ".join(str(pp.get("investment")) for pp in found)
            missed.append(f"{gp['name']} (investment {gp['investment']}, predicted {got})")
    return Totals(projects_gold=n, projects_found=found_n,
                  projects_investment_ok=inv_ok), missed


def _grounding(pred_doc: Record, source: Path) -> Totals:
    if not source.exists():
        return Totals()
    text = source.read_text(encoding="utf-8")
    quotes = bad = 0
    for item in [*pred_doc.get("facts", []), *pred_doc.get("projects", [])]:
        quotes += 1
        span = item.get("span") or [None, None]
        try:
            ok = (item.get("quote") is not None and span[0] is not None
                  and text[span[0]:span[1]] == item["quote"])
        except (TypeError, IndexError):
            ok = False
        bad += not ok
    return Totals(quotes=quotes, quotes_bad=bad)


def score_document(gold_doc: Record, pred_doc: Record | None, catalogue: Iterable[str],
                   docs_dir: Path | None = None) -> DocumentScore:
    """One gold document against its prediction (none: nothing was predicted)."""
    pred = pred_doc if pred_doc is not None else {"facts": [], "projects": []}
    name = gold_doc["document"]
    n, fact_totals, missed, extra = _score_facts(gold_doc, pred, frozenset(catalogue))
    project_totals, missed_projects = _score_projects(gold_doc, pred)
    totals = fact_totals + project_totals
    if docs_dir is not None:
        totals = totals + _grounding(pred, docs_dir / name)
    return DocumentScore(document=name, gold=n, totals=totals, missed=tuple(missed),
                         extra=tuple(extra), missed_projects=tuple(missed_projects))


def evaluate(gold_dir: Path, predictions: Mapping[str, Record], docs_dir: Path | None = None,
             *, catalogue: Iterable[str] | None = None) -> EvaluationReport:
    """Score ``predictions`` (FACTS.md objects by document name) against ``gold_dir``.

    ``docs_dir``: the source texts, to check every quote stands at its span (skipped when
    None). ``catalogue``: the indicator ids that count (default: the registry's that
    the gold can judge, :func:`~plantrack.catalog.indicators.scored_ids`).
    """
    if catalogue is None:
        catalogue = scored_ids(get_registry().indicators)
    ids = frozenset(catalogue)
    gold, errors = read_gold(gold_dir)
    docs = [score_document(record, predictions.get(record["document"]), ids, docs_dir)
            for _, record in gold]
    return EvaluationReport(documents=tuple(docs), grounding_checked=docs_dir is not None,
                            errors=tuple(errors))


def predict(gold_dir: Path, docs_dir: Path) -> tuple[dict[str, Record], list[str]]:
    """Run plantrack on every document the gold files in ``gold_dir`` name, found in
    ``docs_dir``: FACTS.md objects by name, and one error line per document that failed."""
    gold, _ = read_gold(gold_dir)
    out: dict[str, Record] = {}
    errors: list[str] = []
    for _, record in gold:
        source = docs_dir / record["document"]
        try:
            out[record["document"]] = extraction_to_json(extract(source))
        except PlantrackError as exc:
            errors.append(str(exc))
    return out, errors


# --- Rendering ------------------------------------------------------------------------


def summary_lines(report: EvaluationReport) -> list[str]:
    """The summary exactly as the reference scorer prints it, line for line."""
    t = report.totals
    lines = []
    if t.tp:
        modality = (f", modality {t.modality_ok / t.modality_n:.3f}" if t.modality_n else "")
        lines.append(f"on matched facts: comparator {t.comparator_ok / t.tp:.3f}, "
                     f"exact period {t.period_ok / t.tp:.3f}{modality}")
    if t.projects_gold:
        lines.append(f"projects: found {t.projects_found}/{t.projects_gold}, "
                     f"investment right {t.projects_investment_ok}/{t.projects_gold}")
    if report.grounding_checked:
        lines.append(f"grounding: {t.quotes - t.quotes_bad}/{t.quotes} quotes stand at "
                     f"their spans")
    lines.append(f"facts F1 {t.f1:.3f} (P {t.precision:.3f} R {t.recall:.3f}) over "
                 f"{len(report.documents)} documents")
    return lines


def verbose_lines(report: EvaluationReport) -> list[str]:
    lines = []
    for d in report.documents:
        lines += [f"  MISSED  {d.document}: {m}" for m in d.missed]
        lines += [f"  EXTRA   {d.document}: {e}" for e in d.extra]
        lines += [f"  PROJECT {d.document}: {p}" for p in d.missed_projects]
    return lines


def render_rich(report: EvaluationReport, verbose: bool = False) -> Any:
    """A Rich renderable: the per-document table, then the summary lines. Where the
    document names leave no room for the figures, the rows are numbered and the names
    listed below the table (a name or a figure is never cut)."""
    # rich loads only when rendering: `plantrack --help` imports this module too
    from rich.console import Console, ConsoleOptions, Group, RenderResult
    from rich.text import Text

    from plantrack.report.tokens import fits

    class _View:
        def __rich_console__(self, console: Console, options: ConsoleOptions
                             ) -> RenderResult:
            table = _evaluation_table(report, numbered=False)
            if not fits(console, options, table):
                table = _evaluation_table(report, numbered=True)
            parts: list[Any] = [table]
            if table.columns[0].header == "#":
                parts += [Text(f"{n:>3}  {d.document}")
                          for n, d in enumerate(report.documents, 1)]
            if verbose:
                parts += [Text(line) for line in verbose_lines(report)]
            parts += [Text(line) for line in summary_lines(report)]
            yield Group(*parts)

    return _View()


def _evaluation_table(report: EvaluationReport, *, numbered: bool) -> Any:
    from rich import box
    from rich.table import Table

    from plantrack.report.tokens import keep_tokens_whole

    table = Table(title="plantrack evaluate", box=box.SIMPLE_HEAD, pad_edge=False,
                  title_justify="left")
    table.add_column("#" if numbered else "document", no_wrap=True,
                     justify="right" if numbered else "left")
    for column in ("gold", "tp", "fp", "fn", "P", "R", "F1", "projects"):
        table.add_column(column, justify="right", no_wrap=True)
    for n, d in enumerate(report.documents, 1):
        t = d.totals
        projects = (f"{t.projects_found}/{t.projects_gold}" if t.projects_gold else "-")
        table.add_row(str(n) if numbered else d.document, str(d.gold), str(t.tp), str(t.fp),
                      str(t.fn), f"{t.precision:.3f}", f"{t.recall:.3f}", f"{t.f1:.3f}",
                      projects)
    return keep_tokens_whole(table)


def _console() -> Any:
    from plantrack.cli_render import console

    made = console()
    if not made.is_terminal and "COLUMNS" not in os.environ:
        made.width = 120  # piped: room for the whole table rather than Rich's 80
    return made


# --- The command ----------------------------------------------------------------------


def run_evaluation(gold_dir: Path, docs: Path | None, predictions_file: Path | None,
                   *, verbose: bool, min_f1: float | None, as_json: bool) -> int:
    """``plantrack evaluate``: score, print, and the exit code."""
    docs_dir = docs or gold_dir
    if not gold_dir.is_dir():
        raise InputError(str(gold_dir), "no such gold directory")
    if not any(gold_dir.glob("*.json")):
        raise InputError(str(gold_dir), "no gold files (<document>.json) in this folder")
    errors: list[str] = []
    if predictions_file is not None:
        predictions = read_predictions(predictions_file)
        grounding_dir = docs
    else:
        predictions, errors = predict(gold_dir, docs_dir)
        grounding_dir = docs_dir
    report = evaluate(gold_dir, predictions, grounding_dir)
    errors = [*report.errors, *errors]
    for line in errors:
        sys.stderr.write(f"plantrack: error: {line}\n")
    if as_json:
        sys.stdout.write(json.dumps(report.to_json(), ensure_ascii=False, indent=2) + "\n")
    else:
        _console().print(render_rich(report, verbose=verbose))
    if errors:
        return 1
    if min_f1 is not None and report.totals.f1 < min_f1:
        return 1
    return 0

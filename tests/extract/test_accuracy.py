"""End to end: the extraction on the shared seeds, dev corpora and the annotated pool
documents, scored by the team's score.py.

Fails below the team's goals (fact F1 0.95 on the seeds, 0.92 on dev and dev2 together),
below the pool batches' floors, or when a quote does not stand at its span.
"""

from __future__ import annotations

import importlib.util
import io
import json
import re
from contextlib import redirect_stdout
from pathlib import Path
from types import ModuleType

import pytest

from plantrack import extract
from plantrack.convert import extraction_to_json

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
pytestmark = pytest.mark.corpus


def _score_module() -> ModuleType:
    path = SHARED / "tools" / "score.py"
    if not path.exists():
        pytest.fail(f"the team's scorer is missing: expected it at {path}")
    spec = importlib.util.spec_from_file_location("plantrack_shared_score", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


POOL_GOLD = Path(__file__).resolve().parents[1] / "corpus_gold" / "pool"


def _score(gold: Path, docs: Path, tmp_path: Path, names: list[str] | None = None,
           ) -> tuple[float, str]:
    """Extract ``docs``' texts (those ``names``, else every one) and score them against
    ``gold`` with the team's scorer; every quote must stand at its span."""
    paths = ([docs / name for name in names] if names is not None
             else sorted(docs.glob("*.txt")))
    records = [extraction_to_json(extract(path)) for path in paths]
    predictions = tmp_path / "predictions.json"
    predictions.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    out = io.StringIO()
    with redirect_stdout(out):
        _score_module().main([str(gold), str(predictions), "--docs", str(docs)])
    report = out.getvalue()
    found = re.search(r"facts F1 ([0-9.]+)", report)
    assert found, report
    grounding = re.search(r"grounding: (\d+)/(\d+)", report)
    assert grounding, report
    assert grounding[1] == grounding[2], report
    return float(found[1]), report


def test_seeds_reach_the_goal(tmp_path: Path) -> None:
    f1, report = _score(SHARED / "gold", SHARED / "seeds", tmp_path)
    assert f1 >= 0.95, report


def test_dev_and_dev2_together_reach_the_goal(tmp_path: Path) -> None:
    """The 31 real documents of ../shared/corpus/dev and dev2, scored as one set."""
    both = tmp_path / "dev-all"
    both.mkdir()
    for folder in ("dev", "dev2"):
        for path in (SHARED / "corpus" / folder).iterdir():
            (both / path.name).symlink_to(path)
    f1, report = _score(both, both, tmp_path)
    assert f1 >= 0.92, report


# The pool batches' first-sight figures are in docs/accuracy.md; these floors guard the
# general rules fixed after them (a fall below is a regression, not noise). batch2 was
# 0.96 until a bound a count of regions shares became each named member's (有7个省…超过
# 一万亿元，分别是广东、…): its 辽宁 page's gold leaves that list out by choice, while the
# gold of batches 137, 151, 162 and 163 annotates such lists (docs/accuracy.md).
POOL_FLOORS = {"batch1": 0.92, "batch2": 0.95, "batch3": 0.84}


@pytest.mark.parametrize("batch", sorted(POOL_FLOORS))
def test_pool_batches_keep_their_floor(batch: str, tmp_path: Path) -> None:
    gold = POOL_GOLD / batch
    names = sorted(f"{g.stem}.txt" for g in gold.glob("*.json"))
    f1, report = _score(gold, SHARED / "corpus" / "pool", tmp_path, names)
    assert f1 >= POOL_FLOORS[batch], report

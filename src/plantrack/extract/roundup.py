"""Multi-region round-ups: a lead for the whole city, then one section per county under
its heading (海安市, 如皋市 …), often with 【…】 markers between results and plans.

Detected by two or more region headings and 【…】 markers. The section heading sets the
region of the facts below it; a 【…】 marker naming a plan (施工图, 任务状) makes the
sentences after it targets, one naming a showcase (竞技场) results.
"""

from __future__ import annotations

from collections.abc import Callable

from plantrack.components import Extractor
from plantrack.extract.core import Profile
from plantrack.extract.detect import Features
from plantrack.extract.style import StyleExtractor
from plantrack.hookspecs import hookimpl

__all__ = ["EXTRACTOR", "PROFILE", "score"]

PROFILE = Profile(name="round-up", default_kind="result", markers=True)


def score(f: Features) -> float:
    if f.region_headings < 2:
        return 0.0
    return min(1.0, 0.15 * f.region_headings + 0.05 * min(f.markers, 6))


EXTRACTOR = StyleExtractor(
    name="round-up",
    description="Round-up of several regions: one section per region heading.",
    profile=PROFILE, score=score, whole_document_only=True)


@hookimpl
def register_extractors(register: Callable[[Extractor], None]) -> None:
    register(EXTRACTOR)

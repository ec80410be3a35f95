"""Mid-year and annual results reports (上半年…实现…同比增长, 计划执行情况).

Detected by period-of-report cues (上半年, 1-6月, 期中, 执行情况) and report words. A
sentence with no cue reports a result for the report's period; 确保/将/下半年 still
make the targets for the rest of the year.
"""

from __future__ import annotations

from collections.abc import Callable

from plantrack.components import Extractor
from plantrack.extract.core import Profile
from plantrack.extract.detect import Features
from plantrack.extract.style import StyleExtractor
from plantrack.hookspecs import hookimpl

__all__ = ["EXTRACTOR", "PROFILE", "score"]

PROFILE = Profile(name="mid-year", default_kind="result")


def score(f: Features) -> float:
    evidence = 0.2 * min(f.half1, 3) + 0.25 * min(f.review, 2) + 0.05 * min(f.results, 4)
    return max(0.0, min(1.0, evidence - 0.2 * f.outlook))


EXTRACTOR = StyleExtractor(
    name="mid-year",
    description="Results report: 上半年 results, then targets for the rest of the year.",
    profile=PROFILE, score=score)


@hookimpl
def register_extractors(register: Callable[[Extractor], None]) -> None:
    register(EXTRACTOR)

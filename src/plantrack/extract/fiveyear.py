"""Five-year plan outlines (到2025年, 未来五年, 十四五, 每年…以上).

Detected by span cues (未来五年, 十四五, 到20XX年, 每年/年均). Targets without a year of
their own are for the plan's span: a rate recurs every year, a flow totals over the span,
a stock is reached at its end.
"""

from __future__ import annotations

from collections.abc import Callable

from plantrack.components import Extractor
from plantrack.extract.core import Profile
from plantrack.extract.detect import Features
from plantrack.extract.style import StyleExtractor
from plantrack.hookspecs import hookimpl

__all__ = ["EXTRACTOR", "PROFILE", "score"]

PROFILE = Profile(name="five-year", default_kind="target", five_year=True)


def score(f: Features) -> float:
    if f.spans < 2:
        return 0.0
    return max(0.0, min(1.0, 0.15 * f.spans + 0.3 * f.target_share - 0.1 * f.review
                        - 0.1 * f.half1))


EXTRACTOR = StyleExtractor(
    name="five-year",
    description="Five-year plan outline: targets for 2025 and every year until then.",
    profile=PROFILE, score=score)


@hookimpl
def register_extractors(register: Callable[[Extractor], None]) -> None:
    register(EXTRACTOR)

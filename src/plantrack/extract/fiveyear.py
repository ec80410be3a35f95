"""Five-year plan outlines (到2025年, 未来五年, 十四五, 每年…以上).

Detected by span cues (未来五年, 十四五, 到20XX年, 每年/年均). Targets without a year of
their own are for the plan's span: a rate recurs every year, a flow totals over the span,
a stock is reached at its end.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from plantrack.components import Extractor
from plantrack.extract.core import Profile, read_facts
from plantrack.extract.detect import Features, blend, features
from plantrack.hookspecs import hookimpl
from plantrack.model import Goal, Project, Result
from plantrack.text.prepare import PreparedDocument

__all__ = ["FiveYearExtractor"]

PROFILE = Profile(name="five-year", default_kind="target", five_year=True)


def score(f: Features) -> float:
    if f.spans < 2:
        return 0.0
    return max(0.0, min(1.0, 0.15 * f.spans + 0.3 * f.target_share - 0.1 * f.review
                        - 0.1 * f.half1))


class FiveYearExtractor:
    name = "five-year"
    description = "Five-year plan outline: targets for 2025 and every year until then."

    def detect(self, doc: PreparedDocument) -> float:
        return blend(score(features(doc)), score(features(doc, whole=False)))

    def extract(self, doc: PreparedDocument) -> Iterator[Goal | Result | Project]:
        yield from read_facts(doc, PROFILE)


@hookimpl
def register_extractors(register: Callable[[Extractor], None]) -> None:
    register(FiveYearExtractor())

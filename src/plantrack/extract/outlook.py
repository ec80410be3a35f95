"""Annual outlooks and work plans (展望2024, 主要预期目标, 确保…以上 lists).

Detected by target cues outnumbering report cues, helped by 展望/预期目标 headlines.
A sentence with no cue of its own states a target for the document's year.
"""

from __future__ import annotations

from collections.abc import Callable

from plantrack.components import Extractor
from plantrack.extract.core import Profile
from plantrack.extract.detect import Features
from plantrack.extract.style import StyleExtractor
from plantrack.hookspecs import hookimpl

__all__ = ["EXTRACTOR", "PROFILE", "score"]

PROFILE = Profile(name="outlook", default_kind="target")


def score(f: Features) -> float:
    if f.targets < 2:
        return 0.0
    # a report mixes some plans into its results: only a clear lean to targets counts
    lean = 2 * (f.target_share - 0.4) - 0.1 * f.review - 0.05 * f.half1
    return max(0.0, min(1.0, lean + 0.2 * min(f.outlook, 2)))


EXTRACTOR = StyleExtractor(
    name="outlook",
    description="Annual outlook or work plan: next year's targets (确保…以上).",
    profile=PROFILE, score=score)


@hookimpl
def register_extractors(register: Callable[[Extractor], None]) -> None:
    register(EXTRACTOR)

"""The generic extractor: the shared reading with neutral defaults.

It fits no particular source style, so it runs on every section as the fallback: a
quantity becomes a fact when an indicator of the catalogue measures it (see
:mod:`plantrack.extract.core`); a sentence without cues reports a result.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from plantrack.components import Extractor
from plantrack.extract.core import Profile, read_facts
from plantrack.hookspecs import hookimpl
from plantrack.model import Goal, Project, Result
from plantrack.text.prepare import PreparedDocument

__all__ = ["GenericExtractor"]

PROFILE = Profile(name="generic", default_kind="result")


class GenericExtractor:
    name = "generic"
    always_run = True  # runs on every section, whatever style it scores
    description = "Any text: indicators paired with quantities, cues decide the rest."

    def detect(self, doc: PreparedDocument) -> float:
        return 0.1

    def extract(self, doc: PreparedDocument) -> Iterator[Goal | Result | Project]:
        yield from read_facts(doc, PROFILE)


@hookimpl
def register_extractors(register: Callable[[Extractor], None]) -> None:
    register(GenericExtractor())

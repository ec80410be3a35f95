"""The shape every source-style extractor shares: a ``detect`` score computed from the
document's cue features, and an ``extract`` that is the shared reading with the style's
:class:`~plantrack.extract.core.Profile`.

A style module (outlook, five-year, mid-year, round-up) only says what is its own: its
name and description, its profile, and how it scores :class:`Features`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from plantrack.extract.core import Profile, read_facts
from plantrack.extract.detect import Features, blend, features
from plantrack.model import Goal, Project, Result
from plantrack.text.prepare import PreparedDocument

__all__ = ["StyleExtractor"]


class StyleExtractor:
    """An extractor for one source style (satisfies :class:`plantrack.components.Extractor`).

    ``score`` rates features 0..1. By default the whole document's score is blended with
    the section's own (:func:`blend`); ``whole_document_only`` uses the document's alone,
    for styles a section cannot show (a round-up's headings are the document's).
    """

    def __init__(self, *, name: str, description: str, profile: Profile,
                 score: Callable[[Features], float], whole_document_only: bool = False) -> None:
        self.name = name
        self.description = description
        self.profile = profile
        self.score = score
        self.whole_document_only = whole_document_only

    def __repr__(self) -> str:
        return f"StyleExtractor(name={self.name!r})"

    def detect(self, doc: PreparedDocument) -> float:
        whole = self.score(features(doc))
        if self.whole_document_only:
            return whole
        return blend(whole, self.score(features(doc, whole=False)))

    def extract(self, doc: PreparedDocument) -> Iterator[Goal | Result | Project]:
        yield from read_facts(doc, self.profile)

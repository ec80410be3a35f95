"""A tiny installable plugin: the ``widgets`` extractor and the ``count`` reporter.

``WIDGETS=12`` in a text is a result of the ``fixture_widgets`` indicator, which this
plugin adds to the catalogue.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from plantrack.components import Extractor, Reporter, ReportOptions
from plantrack.hookspecs import hookimpl
from plantrack.model import Extraction, Indicator, Period, Quantity, Result
from plantrack.text.prepare import PreparedDocument

__version__ = "0.0.1"
_WIDGETS = re.compile(r"WIDGETS=(\d+)")


class WidgetExtractor:
    name = "widgets"
    description = "WIDGETS=n"

    def detect(self, doc: PreparedDocument) -> float:
        return 1.0 if _WIDGETS.search(doc.scoped_text) else 0.0

    def extract(self, doc: PreparedDocument) -> Iterator[Result]:
        for m in _WIDGETS.finditer(doc.text, *doc.scope):
            yield Result(region="100000", region_name="全国", indicator="fixture_widgets",
                         measure="level", quantity=Quantity(m[1], "count"),
                         period=Period.year(doc.year or 2024),
                         provenance=doc.provenance(m.start(), m.end()))


class CountReporter:
    name = "count"
    description = "How many facts"

    def report_extractions(self, extractions: Sequence[Extraction],
                           options: ReportOptions) -> str:
        return f"facts: {sum(len(e.facts) for e in extractions)}\n"

    def report_scorecard(self, card: Any, options: ReportOptions) -> str:
        return f"rows: {len(card.rows)}\n"


@hookimpl
def register_indicators(register: Callable[[Indicator], None]) -> None:
    register(Indicator(id="fixture_widgets", name="小部件", kind="stock", unit="count"))


@hookimpl
def register_extractors(register: Callable[[Extractor], None]) -> None:
    register(WidgetExtractor())


@hookimpl
def register_reporters(register: Callable[[Reporter], None]) -> None:
    register(CountReporter())


@hookimpl
def register_commands(cli: Any) -> None:
    import click

    @cli.command()
    @click.argument("text")
    def widgets(text: str) -> int:
        """Print the WIDGETS counts in TEXT."""
        click.echo(" ".join(_WIDGETS.findall(text)) or "none")
        return 0 if _WIDGETS.search(text) else 1

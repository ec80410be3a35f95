"""What a document, and each of its sections, is: a review of results or a plan of
targets, read from its title and headings (``data/section_kinds.tsv``).

A review section (2022年计划执行情况, 过去五年工作回顾) reports results; a plan section
(主要预期目标, 2023年计划草案) sets targets. A clause's own cues (确保, 力争, a later year)
still make a target in a review, and 实现, 完成, a past year a result in a plan.
"""

from __future__ import annotations

import re
from functools import cache

from plantrack.datafiles import data_rows, data_table
from plantrack.model import Decision, SectionKind

__all__ = ["heading_kind", "looks_back", "title_kind"]


@cache
def _words() -> tuple[tuple[str, SectionKind], ...]:
    rows = data_table("plantrack.context", "section_kinds.tsv")
    # results first: 计划执行情况 holds both and is a review
    ordered = sorted(rows, key=lambda row: row["kind"] != "results")
    return tuple((row["word"], row["kind"]) for row in ordered)  # type: ignore[misc]


def heading_kind(heading: str) -> Decision | None:
    """The kind a heading or title gives its section, with the word that says so."""
    for word, kind in _words():
        at = heading.find(word)
        if at >= 0 and not (kind == "results" and heading.endswith(_aim_verbs(), 0, at)):
            # (确保圆满完成: a review's word after an aim's verb is the plan's)
            return Decision(kind, 0.8, f"heading: {word}")
    return None


@cache
def _aim_verbs() -> tuple[str, ...]:
    return tuple(row[0] for row in data_rows("plantrack.context", "aim_verbs.txt"))


@cache
def _look_back_words() -> tuple[str, ...]:
    return tuple(row[0] for row in data_rows("plantrack.context", "look_back.txt"))


def looks_back(heading: str) -> bool:
    """Whether a heading looks back on a year's work (2022年工作回顾), as a work report
    does before the next year's plan; a plan's execution report (执行情况) does not."""
    return any(word in heading for word in _look_back_words())


def title_kind(title: str) -> Decision | None:
    """The kind a document's title gives the whole text: one kind's words and none of the
    other's (统计公报: results); a title of both (执行情况与…计划草案) is mixed, but not one
    whose targets word runs into a results word (社会发展计划执行情况: the plan's execution
    reviewed)."""
    results = tuple(word for word, kind in _words() if kind == "results")
    kinds = {kind for word, kind in _words() if any(
        kind == "results" or not title.startswith(results, at + len(word))
        for at in _occurrences(title, word))}
    if not kinds:
        return None
    if len(kinds) > 1:
        return Decision("mixed", 0.8, "title: a review and a plan")
    found = heading_kind(title)
    assert found is not None
    return Decision(found.value, 0.9, f"title: {found.cue.removeprefix('heading: ')}")


def _occurrences(text: str, word: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(word), text)]

"""What a region's name stands for where it is written: the region, or something else.

A name in a news agency's dateline (新华社北京3月5日电), a meeting's venue
(在北京人民大会堂开幕), an event named after its host (G20杭州峰会), a policy zone named
after its place (深圳先行示范区) or read across a
person's title (局长宁某某: 长宁) is not a mention of any region the text is about, nor
is a short name after a title and a surname (主任沈丹阳: ``data/surnames.txt``); a
superior's name in its directives (中央、省和南通市的决策部署, 南通市委) is a mention,
but says little of the subject.
The patterns are in ``data/mention_roles.tsv``.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Literal, cast

from plantrack.catalog.regions import DIVISION_SUFFIXES
from plantrack.datafiles import alternation, data_rows, data_table

__all__ = ["NOT_A_MENTION", "NOT_THE_SUBJECT", "MentionRole", "mention_role"]

MentionRole = Literal["dateline", "venue", "person", "agency", "link", "event", "feature",
                      "zone", "project", "firm", "caption", "authority", "yardstick", "neighbour",
                      "excluded"]
NOT_A_MENTION: frozenset[str] = frozenset({"dateline", "venue", "person", "agency", "link",
                                           "event", "feature", "zone"})
# a region compared with, bordering or left out, naming a project that stands first for
# a count of them, a firm's home in its name or a place a photo was taken in: a mention
# (the project's, the firm's or the picture's own region), but never the text's subject
NOT_THE_SUBJECT: frozenset[str] = frozenset({"yardstick", "neighbour", "excluded", "project",
                                           "firm", "caption"})
_WINDOW = 16  # characters read on each side of a name


@cache
def _rules() -> tuple[tuple[MentionRole, re.Pattern[str] | None, re.Pattern[str] | None],
                      ...]:
    out: list[tuple[MentionRole, re.Pattern[str] | None, re.Pattern[str] | None]] = []
    for row in data_table("plantrack.catalog", "mention_roles.tsv"):
        if row["role"] in ("title", "not_title", "caption"):
            continue
        before = re.compile(f"(?:{row['before']})$") if row["before"] else None
        after = re.compile(row["after"]) if row["after"] else None
        role = cast(MentionRole, row["role"])
        out.append((role, before, after))
    return tuple(out)


@cache
def _titles() -> dict[str, tuple[str, ...]]:
    """The title words by their last character (the one a name may start with)."""
    by_last: dict[str, list[str]] = {}
    for row in data_table("plantrack.catalog", "mention_roles.tsv"):
        if row["role"] == "title":
            by_last.setdefault(row["before"][-1], []).append(row["before"])
    return {last: tuple(words) for last, words in by_last.items()}


def mention_role(text: str, start: int, end: int, *,
                 after_a_name: bool = False) -> MentionRole | None:
    """The role of the name at ``text[start:end]`` when it is not plainly the region's.
    ``after_a_name``: the name of a region it lies in ends right before it (湖南省长沙市,
    石家庄市长安区), whose last character starts no title (no 省长, no 市长 read across)."""
    if (not after_a_name and _read_across_title(text, start)) or _given_name(
            text, start, end):
        return "person"
    before = text[max(0, start - _WINDOW):start]
    after = text[end:end + _WINDOW]
    for role, before_pattern, after_pattern in _rules():
        if before_pattern is not None and not before_pattern.search(before):
            continue
        if after_pattern is not None and not after_pattern.match(after):
            continue
        return role
    stop = text.find("\n", end, end + _LINE_MAX)
    if stop < 0 and len(text) <= end + _LINE_MAX:
        stop = len(text)  # the text's last line
    if stop >= 0 and _caption_credit().match(text, end, stop):
        return "caption"
    return None


_LINE_MAX = 400  # characters of a caption's line read after a name, at most


@cache
def _caption_credit() -> re.Pattern[str]:
    """The rest of a photo caption's line after a name, to the photographer's credit."""
    return re.compile(next(row["after"] for row in data_table(
        "plantrack.catalog", "mention_roles.tsv") if row["role"] == "caption"))


def _read_across_title(text: str, start: int) -> bool:
    """局长宁某某: the name's first character ends a title that the text writes before
    it, so the name is the title's tail and a person's name."""
    if start == 0 or start >= len(text) or text.endswith(_not_titles(), 0, start):
        return False
    return any(text.endswith(title[:-1], 0, start) for title in _titles().get(text[start], ()))


@cache
def _not_titles() -> tuple[str, ...]:
    """Words ending in a title's head that read no title across the name after (省会)."""
    return tuple(row["before"] for row in data_table("plantrack.catalog", "mention_roles.tsv")
                 if row["role"] == "not_title")


@cache
def _title_and_surname() -> re.Pattern[str]:
    titles = alternation(w for words in _titles().values() for w in words)
    surnames = "".join(row[0] for row in data_rows("plantrack.catalog", "surnames.txt"))
    return re.compile(f"(?:{titles})[{surnames}]$")


def _given_name(text: str, start: int, end: int) -> bool:
    """主任沈丹阳: a short name right after a title and one more character (a surname) is
    a person's given name; a full name with its 市/县 is still the region."""
    return not text.endswith(DIVISION_SUFFIXES, start, end) and bool(
        _title_and_surname().search(text, max(0, start - _WINDOW), start))


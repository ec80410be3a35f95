"""The document's year: the year its 今年, 全年 and 上半年 mean, decided from evidence.

The evidence, strongest first: the caller's ``--year``; the metadata's ``year``; a cue of
the text that names the year of writing (今年(2024年), 展望2024, 十四届全国人大二次会议,
《…2023…》: :func:`plantrack.text.years.infer_year`); the date the document was
published (metadata, or a dateline at its head); the year the text names most.

A publication date says when a text was printed, not what it reports: a statistical
bulletin published in March 2024 reports 2023, and a repost carries the site's date,
years after the report it copies. So a publication date gives way to the year the
body opens with (2023年，全市…) when that is the year before and the text never speaks
of 今年, and to the years the text names when it names none near the date.
"""

from __future__ import annotations

import re
from datetime import date

from plantrack.model import Decision, Document
from plantrack.text.years import YearGuess, infer_year

__all__ = ["FIRST_YEAR", "LAST_YEAR", "decide_year"]

# The years a document's year may take (checked where a year comes from outside).
FIRST_YEAR = 1949
LAST_YEAR = 2100

_HEAD = 300
# a year named as the topic of the body's opening, not a date (2012年3月19日) nor a horizon
_LEAD_YEAR = re.compile(r"(?<![到至\d])((?:19|20)\d\d) ?年(?! ?\d{1,2} ?月)")
_ANY_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?= ?年)")
_DEIXIS = ("今年", "明年", "本年")


def decide_year(text: str, document: Document, caller: int | None = None) -> Decision:
    """The year of ``document`` (normalised ``text``), how sure, and the cue."""
    if caller is not None:
        return Decision(caller, 1.0, "given by the caller")
    if document.year is not None:
        return Decision(document.year, 0.95, "document metadata")
    guess = infer_year(text)
    if guess is not None and guess.date is None and not _by_frequency(guess):
        return Decision(guess.year, 0.9, guess.cue)
    published, cue = _publication(document, guess)
    if published is not None:
        return _from_publication(text, published, cue)
    if guess is not None:
        return Decision(guess.year, 0.5, guess.cue)
    return Decision(None, 0.0, "no year found in the text or its metadata")


def _by_frequency(guess: YearGuess) -> bool:
    return guess.cue.startswith("most frequent")


def _publication(document: Document, guess: YearGuess | None) -> tuple[date | None, str]:
    if document.published is not None:
        return document.published, f"publication date {document.published.isoformat()}"
    if guess is not None and guess.date is not None:
        return guess.date, guess.cue
    return None, ""


def _from_publication(text: str, published: date, cue: str) -> Decision:
    year = published.year
    lead = _LEAD_YEAR.search(text, 0, _HEAD)
    speaks_of_now = any(word in text for word in _DEIXIS)
    if lead is not None and int(lead[1]) == year - 1 and not speaks_of_now:
        return Decision(year - 1, 0.8, f"reports on {lead[1]}年, published {year} ({cue})")
    named = {int(y) for y in _ANY_YEAR.findall(text)}
    if named and year not in named and year - 1 not in named and max(named) < year:
        # a repost: the site's date, years after the report it copies
        latest = max(named)
        return Decision(latest, 0.6, f"latest year named ({latest}年); the publication "
                                     f"date ({year}) is later than anything it reports")
    return Decision(year, 0.8, cue)

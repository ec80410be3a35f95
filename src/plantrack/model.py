"""The plantrack data model: small frozen records for what the text says.

Every extracted number is a :class:`Goal` (a target) or a :class:`Result` (a reported
value) for a region's indicator, or a :class:`Project`. Each carries a
:class:`Provenance` whose quote is exactly ``original_text[start:end]``. Values are
:class:`~decimal.Decimal` so that 16.4亿 is exactly 1640000000.

The models do no I/O and know nothing of JSON: see :mod:`plantrack.convert`.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar, Literal, get_args

from attrs import field, frozen

if TYPE_CHECKING:
    from plantrack.errors import InputError

__all__ = [
    "COMPARATORS",
    "MEASURES",
    "MONEY_UNITS",
    "QUALIFIER_GAP",
    "Comparator",
    "Decision",
    "Direction",
    "Document",
    "DocumentContext",
    "Extraction",
    "Failure",
    "Goal",
    "Indicator",
    "IndicatorKind",
    "Kind",
    "Measure",
    "Modality",
    "Period",
    "Project",
    "ProjectStatus",
    "Provenance",
    "Quantity",
    "Region",
    "RegionLevel",
    "Result",
    "SectionContext",
    "TextRef",
    "Unit",
]

Unit = Literal["CNY", "USD", "percent", "percentage_point", "count", "person", "m2", "mu",
               "jin", "ton", "kwh"]
Comparator = Literal[">=", ">", "<=", "<", "~", "between", "="]
Measure = Literal["level", "growth", "increase"]
Modality = Literal["ensure", "strive", "plan"]
Kind = Literal["target", "result"]
ProjectStatus = Literal["signed", "started", "under_construction", "trial", "in_production",
                        "completed", "planned"]
IndicatorKind = Literal["stock", "flow", "rate", "index"]
Direction = Literal["up", "down"]
RegionLevel = Literal["country", "province", "prefecture", "county", "town"]

UNITS: tuple[str, ...] = get_args(Unit)
MONEY_UNITS: tuple[Unit, ...] = ("CNY", "USD")  # the units of sums of money
COMPARATORS: tuple[str, ...] = get_args(Comparator)
MEASURES: tuple[str, ...] = get_args(Measure)
MODALITIES: tuple[str, ...] = get_args(Modality)
PROJECT_STATUSES: tuple[str, ...] = get_args(ProjectStatus)
INDICATOR_KINDS: tuple[str, ...] = get_args(IndicatorKind)
REGION_LEVELS: tuple[str, ...] = get_args(RegionLevel)

_REGION_CODE = re.compile(r"\d{6}")
_INDICATOR_ID = re.compile(r"[a-z][a-z0-9_]*")
# Where an alias lets a project's size stand (新开工…项目 names 新开工10亿元以上产业项目):
# the extractors read the mark as the size-qualifier grammar of plantrack.extract.lexicon.
QUALIFIER_GAP = "…"


def _one_of(choices: tuple[str, ...]) -> Any:
    """An attrs validator that names the field, the bad value and the allowed ones."""

    def check(instance: object, attribute: Any, value: Any) -> None:
        if value not in choices:
            raise ValueError(
                f"{type(instance).__name__}.{attribute.name} must be one of "
                f"{', '.join(choices)}; got {value!r}"
            )

    return check


def _optional_one_of(choices: tuple[str, ...]) -> Any:
    inner = _one_of(choices)

    def check(instance: object, attribute: Any, value: Any) -> None:
        if value is not None:
            inner(instance, attribute, value)

    return check


def _region_code(instance: object, attribute: Any, value: Any) -> None:
    if value is not None and not (isinstance(value, str) and _REGION_CODE.fullmatch(value)):
        raise ValueError(
            f"{type(instance).__name__}.{attribute.name} must be a six-digit GB/T 2260 code; "
            f"got {value!r}"
        )


def _finite_decimal(instance: object, attribute: Any, value: Any) -> None:
    if value is None:
        return
    if not isinstance(value, Decimal) or not value.is_finite():
        raise ValueError(
            f"{type(instance).__name__}.{attribute.name} must be a finite Decimal; got {value!r}"
        )


def _to_decimal(value: Decimal | int | str | float | None) -> Any:
    """Accept int, str and Decimal (floats go through their shortest repr)."""
    if value is None or isinstance(value, Decimal):
        return value
    if isinstance(value, bool):
        raise ValueError(f"a number is required, got {value!r}")
    if isinstance(value, float):
        return Decimal(repr(value))
    return Decimal(value)


def _offsets(values: Iterable[int]) -> tuple[int, ...]:
    return tuple(int(v) for v in values)


def _strings(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


# --- Catalogue records ---------------------------------------------------------------


@frozen
class Region:
    """An administrative division, keyed by its GB/T 2260 code (``320612`` is 南通市通州区)."""

    code: str = field(validator=_region_code)
    name: str
    level: RegionLevel = field(validator=_one_of(REGION_LEVELS))
    parent: str | None = field(default=None, validator=_region_code)
    aliases: tuple[str, ...] = field(default=(), converter=_strings)
    full_name: str = ""

    def __attrs_post_init__(self) -> None:
        if not self.name:
            raise ValueError(f"Region {self.code} needs a name")


@frozen
class Indicator:
    """A tracked economic indicator such as ``gdp`` (地区生产总值).

    An alias may hold :data:`QUALIFIER_GAP` between two words (新开工…项目): a size
    qualifier (亿元以上, 超10亿元产业) may stand there in the text. The name may not.
    """

    id: str
    name: str
    kind: IndicatorKind = field(validator=_one_of(INDICATOR_KINDS))
    unit: Unit = field(validator=_one_of(UNITS))
    better: Direction = field(default="up", validator=_one_of(("up", "down")))
    aliases: tuple[str, ...] = field(default=(), converter=_strings)

    def __attrs_post_init__(self) -> None:
        if not _INDICATOR_ID.fullmatch(self.id):
            raise ValueError(f"Indicator id must be lower_snake_case; got {self.id!r}")
        if not self.name:
            raise ValueError(f"Indicator {self.id} needs a Chinese name")
        if QUALIFIER_GAP in self.name:
            raise ValueError(f"Indicator {self.id}: a gap {QUALIFIER_GAP} stands in aliases "
                             f"only; got name {self.name!r}")
        for alias in self.aliases:
            if QUALIFIER_GAP in alias and not all(alias.split(QUALIFIER_GAP)):
                raise ValueError(f"Indicator {self.id}: a gap {QUALIFIER_GAP} stands between "
                                 f"words; got alias {alias!r}")

    @property
    def names(self) -> tuple[str, ...]:
        """The name and every alias, for matching in text (an alias with
        :data:`QUALIFIER_GAP` is a pattern, not a plain string)."""
        return (self.name, *self.aliases)


# --- Values ---------------------------------------------------------------------------


@frozen(order=True)
class Period:
    """A span of whole months, from ``start`` to ``end`` inclusive, as (year, month) pairs.

    Written as FACTS.md does: ``2024``, ``2023H1``, ``2023Q3``, ``2023-01..2023-07``,
    ``2021..2025``.
    """

    start_year: int
    start_month: int
    end_year: int
    end_month: int
    # 1-6月 is the same span as 上半年 but is written 2023-01..2023-06: keep the notation,
    # without letting it take part in equality.
    as_months: bool = field(default=False, eq=False, order=False, kw_only=True)

    def __attrs_post_init__(self) -> None:
        for month in (self.start_month, self.end_month):
            if not 1 <= month <= 12:
                raise ValueError(f"Period month must be 1..12; got {month}")
        for year in (self.start_year, self.end_year):
            if not 1900 <= year <= 2200:
                raise ValueError(f"Period year out of range: {year}")
        if (self.start_year, self.start_month) > (self.end_year, self.end_month):
            raise ValueError(f"Period ends before it starts: {self!r}")

    # constructors
    @classmethod
    def year(cls, year: int) -> Period:
        return cls(year, 1, year, 12)

    @classmethod
    def years(cls, first: int, last: int) -> Period:
        return cls(first, 1, last, 12)

    @classmethod
    def months(cls, year: int, first: int, last: int) -> Period:
        """1-7月: written as a month range even when it covers a half or a quarter."""
        return cls(year, first, year, last, as_months=True)

    @classmethod
    def half(cls, year: int, half: int) -> Period:
        return cls(year, 1 + 6 * (half - 1), year, 6 * half)

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        return cls(year, 3 * quarter - 2, year, 3 * quarter)

    @classmethod
    def parse(cls, text: str) -> Period:
        """Read the FACTS.md notation back; ``ValueError`` when it is not one."""
        for pattern, build in _PERIOD_NOTATION:
            if m := pattern.fullmatch(text.strip()):
                return build(m)
        raise ValueError(f"not a period: {text!r} (expected e.g. 2024, 2023H1, 2021..2025)")

    def __str__(self) -> str:
        sy, sm, ey, em = self.start_year, self.start_month, self.end_year, self.end_month
        if self.as_months:
            return f"{sy}-{sm:02d}..{ey}-{em:02d}"
        if sm == 1 and em == 12:
            return str(sy) if sy == ey else f"{sy}..{ey}"
        if sy == ey:
            if (sm, em) in ((1, 6), (7, 12)):
                return f"{sy}H{1 if sm == 1 else 2}"
            if em - sm == 2 and sm % 3 == 1:
                return f"{sy}Q{(sm + 2) // 3}"
            if sm == em:
                return f"{sy}-{sm:02d}"
        return f"{sy}-{sm:02d}..{ey}-{em:02d}"

    @property
    def month_count(self) -> int:
        return (self.end_year - self.start_year) * 12 + self.end_month - self.start_month + 1

    @property
    def last_year(self) -> int:
        return self.end_year

    def contains(self, other: Period) -> bool:
        """True when ``other`` lies wholly inside this period."""
        return ((self.start_year, self.start_month) <= (other.start_year, other.start_month)
                and (other.end_year, other.end_month) <= (self.end_year, self.end_month))


_PERIOD_NOTATION: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], Period]], ...] = (
    (re.compile(r"(\d{4})"), lambda m: Period.year(int(m[1]))),
    (re.compile(r"(\d{4})\.\.(\d{4})"), lambda m: Period.years(int(m[1]), int(m[2]))),
    (re.compile(r"(\d{4})H([12])"), lambda m: Period.half(int(m[1]), int(m[2]))),
    (re.compile(r"(\d{4})Q([1-4])"), lambda m: Period.quarter(int(m[1]), int(m[2]))),
    (re.compile(r"(\d{4})-(\d{2})"),
     lambda m: Period(int(m[1]), int(m[2]), int(m[1]), int(m[2]))),
    (re.compile(r"(\d{4})-(\d{2})\.\.(\d{4})-(\d{2})"),
     lambda m: Period(int(m[1]), int(m[2]), int(m[3]), int(m[4]), as_months=True)),
)


@frozen
class Quantity:
    """A number with its unit and comparator: 6.5%以上 is ``Quantity(6.5, 'percent', '>=')``.

    ``value_high`` is set for ranges (``between``); ``approximate`` marks 三十多万, 1000余家.
    """

    value: Decimal = field(converter=_to_decimal, validator=_finite_decimal)
    unit: Unit = field(validator=_one_of(UNITS))
    comparator: Comparator = field(default="=", validator=_one_of(COMPARATORS))
    value_high: Decimal | None = field(default=None, converter=_to_decimal,
                                       validator=_finite_decimal)

    approximate: bool = False

    def __attrs_post_init__(self) -> None:
        if (self.comparator == "between") != (self.value_high is not None):
            raise ValueError("Quantity.value_high is required exactly when comparator is 'between'")
        if self.value_high is not None and self.value_high < self.value:
            raise ValueError(f"Quantity range is reversed: {self.value}..{self.value_high}")


@frozen
class Provenance:
    """Where a fact comes from: ``quote == original_text[start:end]`` of ``document``."""

    document: str
    start: int
    end: int
    quote: str

    def __attrs_post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ValueError(f"Provenance span must satisfy 0 <= start < end; got "
                             f"[{self.start}, {self.end}]")
        if len(self.quote) != self.end - self.start:
            raise ValueError(f"Provenance quote has {len(self.quote)} characters but its span "
                             f"[{self.start}, {self.end}] has {self.end - self.start}")

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)

    def grounded_in(self, text: str) -> bool:
        return text[self.start:self.end] == self.quote


# --- Facts ----------------------------------------------------------------------------


@frozen
class _Fact:
    """What a target and a result share: whose number, for what, when, and where from."""

    region: str | None = field(validator=_region_code)
    region_name: str
    indicator: str
    measure: Measure = field(validator=_one_of(MEASURES))
    quantity: Quantity
    # None: the year could not be decided (the fact is still emitted, with a warning)
    period: Period | None
    provenance: Provenance
    indicator_label: str | None = None  # the source's wording when indicator is "other"
    # what the context stage was unsure of for this fact: "year", "region", "unit" (a
    # table that prints none)
    uncertain: tuple[str, ...] = field(default=(), converter=_strings)

    @property
    def when(self) -> Period:
        """The period of a dated fact, for the code that links and judges facts (the
        scorecard leaves undated ones out first)."""
        if self.period is None:
            raise ValueError(f"an undated fact has no period: {self.provenance.quote!r}")
        return self.period


@frozen
class Goal(_Fact):
    """A target set for a region's indicator over a period (FACTS.md ``kind: target``)."""

    modality: Modality = field(default="plan", validator=_one_of(MODALITIES))
    per: Literal["year"] | None = field(default=None, validator=_optional_one_of(("year",)))

    kind: ClassVar[Kind] = "target"


@frozen
class Result(_Fact):
    """A value reported for a region's indicator over a period (FACTS.md ``kind: result``)."""

    kind: ClassVar[Kind] = "result"


Fact = Goal | Result


@frozen
class Project:
    """A named investment project with its total investment and stage."""

    name: str
    region: str | None = field(validator=_region_code)
    region_name: str | None
    investment: Decimal | None = field(converter=_to_decimal, validator=_finite_decimal)
    investment_comparator: Comparator | None = field(validator=_optional_one_of(COMPARATORS))
    status: ProjectStatus = field(validator=_one_of(PROJECT_STATUSES))
    provenance: Provenance

    def __attrs_post_init__(self) -> None:
        if not self.name:
            raise ValueError("Project needs a name")


# --- Document context -----------------------------------------------------------------

SectionKind = Literal["results", "targets", "mixed"]


@frozen
class Decision:
    """One decision of the document-context stage: its value, how sure (0 to 1) and the
    cue that decided it (the words of the text, or the caller, or the metadata).

    ``value`` is a year (int), a region code (str, ``label`` its name) or a kind
    (``"results"``, ``"targets"``, ``"mixed"``); None when nothing decided it. A year's
    ``label`` is ``"written"`` when the text says it was written in that year (the date
    of the congress it was delivered at): a later date on its page is then a repost's,
    and its 去年 is the year before; ``"written later"`` when the text looks back on that
    year from the next (its 去年).
    """

    value: int | str | None
    confidence: float
    cue: str
    label: str | None = None

    @property
    def weak(self) -> bool:
        """Below the confidence at which a fact's year or region is taken as settled."""
        return self.confidence < WEAK_CONFIDENCE


WEAK_CONFIDENCE = 0.6


@frozen
class SectionContext:
    """A section's own decisions, where they differ from the document's: the kind its
    heading gives (a review's results, a plan's targets) and the year it names.
    Offsets are of the original text."""

    start: int
    end: int
    heading: str | None
    kind: Decision | None = None
    year: Decision | None = None


def _sections(values: Iterable[SectionContext]) -> tuple[SectionContext, ...]:
    return tuple(values)


@frozen
class DocumentContext:
    """What the document-context stage decided for a whole document, and why: the year
    it is written in (which 今年, 全年 and 上半年 mean), the region it is about (which a
    bare 全市 means), its kind, and its sections' own kinds and years. A clause's own
    year, region or kind still overrides these."""

    year: Decision
    region: Decision
    kind: Decision
    sections: tuple[SectionContext, ...] = field(default=(), converter=_sections)


# --- Documents ------------------------------------------------------------------------


@frozen
class Document:
    """A source text as loaded, before any normalisation. ``name`` is what facts cite.

    ``text`` is the *loaded* text: a file's decoded characters, an HTML page's main text,
    a PDF's pages joined by blank lines (``pages`` holds where each page starts). Every
    span and quote indexes it; ``plantrack show FILE`` prints it with offsets.
    """

    name: str
    text: str
    year: int | None = None
    published: date | None = None
    region: str | None = field(default=None, validator=_region_code)
    source: str | None = None  # the path it was read from
    title: str | None = None
    url: str | None = None  # where the page was published (metadata)
    encoding: str | None = None  # how the file's bytes were decoded
    loader: str | None = None  # the loader that read it
    pages: tuple[int, ...] = field(default=(), converter=_offsets)  # page starts in ``text``
    metadata_from: str | None = None  # the sidecar or front matter metadata came from

    @property
    def text_ref(self) -> TextRef:
        """What a reader needs to find the text this document's spans index."""
        return TextRef(
            source=self.source, loader=self.loader, encoding=self.encoding,
            chars=len(self.text),
            sha256=hashlib.sha256(self.text.encode("utf-8", "surrogatepass")).hexdigest(),
            title=self.title, published=self.published, url=self.url,
            pages=self.pages, metadata_from=self.metadata_from)


@frozen
class TextRef:
    """The text an extraction's spans index: where it was read from, how, and its hash.

    ``chars`` and ``sha256`` (of the text's UTF-8) identify it exactly; ``plantrack show``
    on ``source`` prints the same text.
    """

    source: str | None
    loader: str | None
    encoding: str | None
    chars: int
    sha256: str
    title: str | None = None
    published: date | None = None
    url: str | None = None
    pages: tuple[int, ...] = field(default=(), converter=_offsets)
    metadata_from: str | None = None


def _goals(values: Iterable[Goal]) -> tuple[Goal, ...]:
    return tuple(values)


def _results(values: Iterable[Result]) -> tuple[Result, ...]:
    return tuple(values)


def _projects(values: Iterable[Project]) -> tuple[Project, ...]:
    return tuple(values)


@frozen
class Extraction:
    """Everything extracted from one document."""

    document: str
    goals: tuple[Goal, ...] = field(default=(), converter=_goals)
    results: tuple[Result, ...] = field(default=(), converter=_results)
    projects: tuple[Project, ...] = field(default=(), converter=_projects)
    year: int | None = None
    year_cue: str | None = None
    extractors: tuple[str, ...] = field(default=(), converter=_strings)
    warnings: tuple[str, ...] = field(default=(), converter=_strings)
    text: TextRef | None = None  # the loaded text the spans index (None: given as a str)
    context: DocumentContext | None = None  # the decisions behind every fact's year, region

    @property
    def facts(self) -> tuple[Fact, ...]:
        """Goals and results together, in document order."""
        both: list[Fact] = [*self.goals, *self.results]
        both.sort(key=lambda f: (f.provenance.start, f.provenance.end, f.kind))
        return tuple(both)

    def to_pandas(self) -> Any:
        """A pandas DataFrame, a row per fact and per project, with the CSV's columns
        (needs the ``pandas`` extra)."""
        from plantrack.frames import extractions_frame
        from plantrack.notebook import report_options

        return extractions_frame([self], report_options())

    def _repr_html_(self) -> str:
        from plantrack.notebook import extraction_html

        return extraction_html(self)

    def __rich__(self) -> Any:
        from plantrack.notebook import extraction_rich

        return extraction_rich(self)


@frozen
class Failure:
    """A file a batch could not read or extract, and why (one line).

    ``kind`` is one of :data:`plantrack.errors.INPUT_ERROR_KINDS`.
    """

    source: str
    kind: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"

    @classmethod
    def of(cls, error: InputError) -> Failure:
        """The failure an :class:`~plantrack.errors.InputError` describes."""
        return cls(source=error.source, kind=error.kind, reason=error.reason)


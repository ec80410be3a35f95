"""Region resolution from context: which region a text, a heading or a name is about.

Pure functions over a :class:`~plantrack.catalog.regions.Gazetteer`; the extractors call
them on the *cleaned* text (``plantrack.text.clean.clean(original).text``:
simplified script, half-width punctuation, lines kept), and offsets refer to that text.

``find_region_mentions(text, gazetteer) -> list[Mention]``
    Every mention of a division (official name or short form: 通州区, 通州, 南通市, 南通),
    a place (五接镇 → its county) or a park (南通高新区: a cue, ``mention.is_region`` is
    False), leftmost-longest, non-overlapping. A mention keeps *all* candidate regions
    (通州 → 110112 and 320612). Phrases in ``data/nonregion_phrases.txt`` (中国式现代化,
    吉林大学 …) are skipped. The scanner is built once per gazetteer and cached.
``document_subject(text, gazetteer, hint=None, title=None) -> Region | None``
    The region a document is about: mentions are counted (the lead counts double, parks
    half), each ambiguous one resolved in the document's context; a mention supports
    its region and every ancestor. From the country (or ``hint``, a region known to
    contain the subject, e.g. the user's ``--region``) the choice descends to the child
    with the most support while that child holds at least half of the mentions below
    its parent and half as many as the parent's own: a round-up of seven Nantong
    counties is about 南通市; a report that names 通州区 throughout, and 南通 and 江苏
    now and then, is about 通州区. With no ``hint``, the region the document's
    ``title`` names (``title_region``; the title is not part of ``text``) is the hint,
    counted as five mentions. Where the descent stops, the document's deixis has the
    last word: 全省 said twice and 全市 never lifts a city to its province (the capital
    was named as the venue). With no mention at all: ``hint`` (None by default).
``disambiguate(candidates, context, text_window="", gazetteer=...) -> Region``
    One region among ``candidates``: each is scored by its kinship with the context
    regions (itself 3, an ancestor or descendant 2/distance, a sibling 1, same province
    0.5, times the context region's weight) plus the weights of cue words from
    ``data/cues.tsv`` found in ``text_window`` that point to it or to an ancestor
    (城市副中心 → 北京市通州区). Ties go to the higher level, then the lower code.
``resolve_mentions(text, gazetteer, hint=None) -> list[ResolvedMention]``
    Every mention with the one region it stands for in this document.
``region_for_heading(heading, gazetteer, context=()) -> Region | None``
    The region a section heading names (海安市, "二、如皋市", "【通州区】", "海门区:…"), or
    None when the heading is not just a region name.
``title_region(title, text, gazetteer) -> Region | None``
    The region a document's title names (海门区2022年…计划 → 海门区; 南通市通州区… →
    320612), its ambiguous names judged with the title's other names and the body's
    context; None when the title names only the country, no region, or regions that are
    not on one line (南通市与苏州市…). ``document_subject(title=…)`` starts from it.
``deictic_region(word, subject, gazetteer) -> Region | None``
    What 全市 / 全区 / 全省 / 全国 / 我市 … mean in a document about ``subject``
    (``data/deixis.tsv``): 全市 in a 海安市 report is 海安市, in a 通州区 one 南通市.
"""

from __future__ import annotations

import re
import weakref
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from functools import cache
from itertools import pairwise
from typing import Literal, TypeVar

from attrs import evolve, frozen

from plantrack.catalog.regions import Gazetteer, Place, read_table
from plantrack.catalog.roles import NOT_A_MENTION, NOT_THE_SUBJECT, MentionRole, mention_role
from plantrack.model import Region

__all__ = [
    "Mention",
    "ResolvedMention",
    "deictic_region",
    "disambiguate",
    "document_subject",
    "find_region_mentions",
    "is_deixis",
    "is_nonregion_phrase",
    "region_for_heading",
    "resolve_mentions",
    "self_deixis",
    "title_region",
]

_K = TypeVar("_K")
_V = TypeVar("_V")
MentionVia = Literal["name", "alias", "place", "park"]
_LEVEL_RANK = {"country": 0, "province": 1, "prefecture": 2, "county": 3, "town": 4}
_LEAD_CHARS = 120      # the title and lead: mentions there count double
_PARK_WEIGHT = 0.5     # a park tells which county is discussed, less surely than a name
_DESCENT_SHARE = 0.5   # a child must hold this share of its parent's support
_DEIXIS_MIN = 2        # 全省 said this often, and 全市 never, makes a report the province's
# 南通市委的部署, 高于南通平均水平: a superior or a yardstick is named, the subject is not it
_AUTHORITY_WEIGHT = 0.2
_CLOSE_RIVAL = 0.8  # a rival with this share of the best candidate's support: a weak choice
_HINT_WEIGHT = 5.0     # a region known to be the document's weighs like five mentions
_SAME_PROVINCE = 0.5   # the kinship of two regions sharing only their province
# a province holding less than this share of the context is a round-up's passing name
# (长春 among thirty cities of fifteen provinces): its kinship speaks for none of its parts
_PROVINCE_SHARE = 0.25


@frozen
class Mention:
    """A region name, short form or place at ``text[start:end]``, with every candidate."""

    surface: str
    start: int
    end: int
    candidates: tuple[Region, ...]
    via: MentionVia
    place: Place | None = None
    role: MentionRole | None = None  # a superior's directives (authority): see roles.py

    @property
    def ambiguous(self) -> bool:
        return len(self.candidates) > 1

    @property
    def is_region(self) -> bool:
        """False for a park: its numbers are not the region's (FACTS: Regions)."""
        return self.via != "park"


@frozen
class ResolvedMention:
    mention: Mention
    region: Region
    weak: bool = False  # an ambiguous name (通州) the evidence did not single out


# --- the scanner -------------------------------------------------------------------------


@frozen
class _Entry:
    candidates: tuple[Region, ...]
    via: MentionVia | None  # None: a non-region phrase, skipped
    place: Place | None = None


_COUNTY_TYPES = ("县", "区", "市")


def _former_types(gazetteer: Gazetteer, entries: dict[str, _Entry]
                  ) -> list[tuple[str, _Entry]]:
    """A county-level division named with another type's word (济阳县 for 济阳区, 即墨市
    for 即墨区, as texts from before a county became a district or a city write it): its
    short form, the name of no other division, and that word, where no division has the
    name so written."""
    found = []
    for region in gazetteer.by_code.values():
        if region.level != "county" or not region.name.endswith(_COUNTY_TYPES):
            continue
        short = region.name[:-1]
        if len(short) < 2 or short not in region.aliases or len(
                gazetteer.by_name.get(short, ())) != 1:
            continue
        for word in _COUNTY_TYPES:
            name = short + word
            if name != region.name and name not in entries:
                found.append((name, _Entry((region,), "alias")))
    return found


class _Index:
    def __init__(self, gazetteer: Gazetteer) -> None:
        entries: dict[str, _Entry] = {}
        for name, regions in gazetteer.by_name.items():
            official = gazetteer.official.get(name)
            if official:
                entries[name] = _Entry(tuple(official), "name")
            elif all(name != r.full_name for r in regions):
                entries[name] = _Entry(tuple(regions), "alias")
        for retired in gazetteer.retired.values():
            successor = gazetteer.get(retired.successor)
            if successor is not None and retired.region.name not in entries:
                entries[retired.region.name] = _Entry((successor,), "name")
        for name, entry in _former_types(gazetteer, entries):
            entries[name] = entry
        for place in gazetteer.places.values():
            region = gazetteer.by_code[place.code]
            entries[place.name] = _Entry((region,), "place" if place.rolls_up else "park",
                                         place)
        phrases, suffixes, park_suffixes = _nonregion_phrases()
        for phrase in phrases:
            for region in gazetteer.official.get(phrase, ()):
                # 阳泉市矿区, 晋城城区: a district whose name is an everyday word (矿区,
                # 城区) is named by it right after its city's name
                parent = gazetteer.get(region.parent)
                for city in (parent.name, *parent.aliases) if parent is not None else ():
                    entries.setdefault(city + phrase, _Entry((region,), "name"))
            entries[phrase] = _Entry((), None)
        self.entries = entries
        self.suffixes = suffixes
        self.park_suffixes = park_suffixes
        # one match per name found instead of a startswith per suffix: an alternation in
        # the lists' order matches the first suffix of the list that the text starts with
        self.suffix_at = _alternation(suffixes)
        # 中国华能集团, 江苏沙钢集团, 南京农业大学: a brand of a character or two between the
        # name and the organisation's word (not a dash: 中国-东盟 is a pair of names)
        words = [w for w in suffixes if w[0].isalnum()]
        self.branded_at = re.compile(
            f"[\u4e00-\u9fff]{{1,{_BRAND_MAX}}}?(?:{_alternation(words).pattern})")
        self.park_suffix_at = _alternation(park_suffixes)
        # the lengths of the names by their first two characters (a one-character name
        # by itself), longest first: the lengths worth trying where a name may start
        lengths: dict[str, set[int]] = {}
        for key in entries:
            lengths.setdefault(key[:2], set()).add(len(key))
        self.lengths = {head: sorted(ls, reverse=True) for head, ls in lengths.items()}
        # Where a name may start: a first character of some name followed by a second
        # character of some name (a C-speed jump over the seven eighths of the text that
        # is neither), then one of the names' first two characters (a set lookup); only
        # there are the lengths tried one by one. A one-character name drops the second
        # character's test.
        self.starts = _starts(entries)
        self.heads = frozenset(key[:2] for key in entries)
        self.one_character_names = any(len(key) == 1 for key in entries)
        # The last few texts scanned and resolved: one document's context, subject and
        # projects each ask about the same text, and the scan is the costly part.
        self.scans: dict[str, tuple[Mention, ...]] = {}
        self.ups: dict[str, tuple[str, ...]] = {}  # ancestors' codes, by region code
        self.resolved: dict[tuple[str, Region | None], tuple[ResolvedMention, ...]] = {}
        # a title's region, by (title, text): the subject and the projects' hint ask
        self.titles: dict[tuple[str, str], Region | None] = {}

    def scan(self, text: str) -> list[Mention]:
        out: list[Mention] = []
        heads = self.heads
        # every place a name may start (the pattern matches one character, so finditer
        # misses none), less those no name starts at (nor is just the one character):
        # found in one comprehension instead of a search and a test per place
        if self.one_character_names:
            places = [p for m in self.starts.finditer(text)
                      if text[(p := m.start()):p + 2] in heads or text[p] in heads]
        else:  # the usual gazetteer: one test per place
            places = [p for m in self.starts.finditer(text)
                      if text[(p := m.start()):p + 2] in heads]
        i = 0
        for at in places:
            if at < i:
                continue  # inside the name found last
            i = at
            if at and text[at] in _DATE_TAILS and text[at - 1] in _DATE_DIGITS:
                continue  # 前5月湖南: the month's 月, no 月湖区
            if at and text[at - 1:at + 1] in _name_crossing_words():
                continue  # 幸福清徐, 完成县本级: a word's last character, no 福清, no 成县
            entry, size = self._longest(text, i)
            if entry is None:
                continue
            end = i + size
            if text[end - 1:end + 1] in _name_ending_words():
                continue  # 金鳞湖北岸: a lake's north bank, no 湖北
            suffix = self.suffix_at.match(text, end) or self.branded_at.match(text, end)
            if suffix is not None and suffix.group() in _DASHES and _MINUS_FIGURE.match(
                    text, suffix.end()) is not None:
                suffix = None  # 安阳-3.5%: a figure's minus sign, no partner's name after it
            if suffix is not None and entry.via in ("name", "alias"):
                i = suffix.end()
                continue
            park = self.park_suffix_at.match(text, end)
            if park is not None and entry.via in ("name", "alias"):
                end = park.end()  # 兰州新区: a zone of 兰州市, not the city
                out.append(Mention(text[i:end], i, end, entry.candidates, "park"))
                i = end
                continue
            if entry.via is not None:
                out.append(Mention(text[i:end], i, end, entry.candidates, entry.via,
                                   entry.place))
            i = end
        return out

    def _longest(self, text: str, i: int) -> tuple[_Entry | None, int]:
        # names of two characters or more starting with these two, then the one
        # character alone: every length the names starting here can have, longest first
        for head in (text[i:i + 2], text[i]) if self.one_character_names else (text[i:i + 2],):
            for size in self.lengths.get(head, ()):
                entry = self.entries.get(text[i:i + size])
                if entry is not None:
                    return entry, size
        return None, 0


# a date's last character after its number (5月, 12日, 2023年): no name starts there
_DATE_TAILS = frozenset("年月日")
_DATE_DIGITS = frozenset("0123456789一二三四五六七八九十〇零")
_BRAND_MAX = 2  # characters of a brand between a region's name and its organisation's word


_DASHES = frozenset("-—－")
_MINUS_FIGURE = re.compile(r"\d[\d.]*%")  # after a dash: a negative rate


def _alternation(words: Sequence[str]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in words) or "(?!)")


def _starts(names: Collection[str]) -> re.Pattern[str]:
    firsts = "".join(sorted({re.escape(name[0]) for name in names}))
    seconds = "".join(sorted({re.escape(name[1]) for name in names if len(name) > 1}))
    if not firsts:
        return re.compile("(?!)")
    if any(len(name) < 2 for name in names) or not seconds:
        return re.compile(f"[{firsts}]")
    return re.compile(f"[{firsts}](?=[{seconds}])")


_INDEXES: weakref.WeakKeyDictionary[Gazetteer, _Index] = weakref.WeakKeyDictionary()


def _index(gazetteer: Gazetteer) -> _Index:
    index = _INDEXES.get(gazetteer)
    if index is None:
        index = _INDEXES[gazetteer] = _Index(gazetteer)
    return index


def _read_list(name: str) -> list[str]:
    from importlib import resources

    text = resources.files("plantrack.catalog").joinpath(f"data/{name}").read_text(
        encoding="utf-8")
    return [w for line in text.splitlines() if (w := line.split("#", 1)[0].strip())]


@cache
def _nonregion_phrases() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Phrases to skip, suffixes that make a name an organisation's (+大学), suffixes
    that make it a park's (^新区), the suffix lists longest first."""
    words = _read_list("nonregion_phrases.txt")

    def marked(mark: str) -> tuple[str, ...]:
        return tuple(sorted((w[1:] for w in words if w.startswith(mark)), key=len,
                            reverse=True))

    return tuple(w for w in words if w[0] not in "+^"), marked("+"), marked("^")


def is_nonregion_phrase(text: str) -> bool:
    """Whether ``text`` is, whole, a phrase no mention is made of (城区, 郊区: official
    names that are everyday words; 中国式)."""
    return text in _nonregion_phrases()[0]


@cache
def _cues() -> tuple[tuple[str, str, float], ...]:
    return tuple((row["cue"], row["code"], float(row["weight"]))
                 for row in read_table("cues.tsv"))


@cache
def _deixis() -> dict[str, str]:
    return {row["word"]: row["scope"] for row in read_table("deixis.tsv")}


_RECENT = 4  # texts remembered per gazetteer (scans and resolutions)


def _remember(cache: dict[_K, _V], key: _K, value: _V) -> _V:
    if len(cache) >= _RECENT:
        cache.pop(next(iter(cache)))
    cache[key] = value
    return value


def find_region_mentions(text: str, gazetteer: Gazetteer) -> list[Mention]:
    """Every region, place and park mention in normalised ``text``, in order. Names in a
    dateline, a venue or a person's name are not mentions (:mod:`.roles`)."""
    index = _index(gazetteer)
    found = index.scans.get(text)
    if found is None:
        found = _remember(index.scans, text, tuple(_with_roles(text, index.scan(text), gazetteer)))
    return list(found)


def _lies_in(inner: Mention, outer: Mention, gazetteer: Gazetteer) -> bool:
    """Whether a region ``inner`` may name lies in one ``outer`` may name: 湖南省长沙市,
    not 湖南省长宁 (上海's 长宁区 after 湖南省长)."""
    return any(i.code != o.code and gazetteer.is_within(i.code, o.code)
               for i in inner.candidates for o in outer.candidates)


# what stands between two names of one list: a mark, or a figure and a comma after the
# first name (安阳-3.5%,鹤壁0.7%)
_LIST_GAP = re.compile(r"[、和及与，]|[-+−]?\d[\d.]*%?[,，、]")


def _with_roles(text: str, mentions: Iterable[Mention], gazetteer: Gazetteer,
                ) -> Iterator[Mention]:
    last: Mention | None = None
    before: Mention | None = None  # the name scanned before, whatever its role
    for m in mentions:
        role = mention_role(text, m.start, m.end, after_a_name=before is not None and (
            before.end == m.start and _lies_in(m, before, gazetteer)))
        before = m
        if role is None and last is not None and last.role in ("yardstick", "neighbour") and (
                _LIST_GAP.fullmatch(text, last.end, m.start) is not None or (
                    last.end == m.start and _lies_in(m, last, gazetteer))):
            # 位居郧阳区、丹江口市、茅箭区之后: the whole list; so too a list of names and
            # their figures (其他省辖市增幅分别为:安阳-3.5%,鹤壁0.7%), and a name its
            # region's name opens (南与通辽市开鲁县、赤峰市翁牛特旗隔河相望)
            role = last.role
        if role in NOT_A_MENTION:
            continue
        last = m if role is None else evolve(m, role=role)
        yield last


# --- disambiguation ----------------------------------------------------------------------


def _up(gazetteer: Gazetteer, code: str) -> tuple[str, ...]:
    """The codes of ``code``'s ancestors, nearest first, found once per gazetteer
    (disambiguation asks for the same few regions' lines over and over)."""
    ups = _index(gazetteer).ups
    found = ups.get(code)
    if found is None:
        found = ups[code] = tuple(r.code for r in gazetteer.ancestors(code))
    return found


def _kinship(candidate: Region, other: Region, gazetteer: Gazetteer) -> float:
    if candidate.code == other.code:
        return 3.0
    if candidate.level == "country" or other.level == "country":
        return 0.0
    up = _up(gazetteer, candidate.code)
    if other.code in up:
        return 2.0 / (up.index(other.code) + 1)
    other_up = _up(gazetteer, other.code)
    if candidate.code in other_up:
        return 2.0 / (other_up.index(candidate.code) + 1)
    if candidate.parent == other.parent:
        return 1.0
    if candidate.code[:2] == other.code[:2]:
        return _SAME_PROVINCE
    return 0.0


def disambiguate(candidates: Sequence[Region],
                 context: Mapping[str, float] | Iterable[Region],
                 text_window: str = "", *, gazetteer: Gazetteer) -> Region:
    """The candidate most consistent with the context regions and the cue words.

    ``context``: regions mentioned around (a mapping code → weight, or regions, each
    weighing 1). ``text_window``: text searched for cue words (``data/cues.tsv``).
    """
    if not candidates:
        raise ValueError("disambiguate needs at least one candidate")
    if len(candidates) == 1:
        return candidates[0]
    weights: dict[str, float] = (
        dict(context) if isinstance(context, Mapping)
        else dict(Counter(r.code for r in context)))
    return _best(candidates, weights, _cues_in(gazetteer, text_window), gazetteer)


def _cues_in(gazetteer: Gazetteer, *texts: str) -> list[tuple[str, float]]:
    """(region code, weight) of the cue words any of ``texts`` holds, and of the province
    its 全省 (我省, 本省) says it speaks of: one of the 省 (an autonomous region's texts say
    全区, a municipality's 全市), each weighing a little, so that an ambiguous name compared
    with it (城中区…分别高于全省和全市) is its candidate in a 省 (西宁's, not 柳州's)."""
    found = [(code, w) for cue, code, w in _cues() if any(cue in text for text in texts)]
    if any(word in text for word in _province_deixis() for text in texts):
        found += [(r.code, _SHENG_WEIGHT) for r in gazetteer.children(_COUNTRY)
                  if r.name.endswith(_SHENG)]
    return found


_COUNTRY = "100000"
_SHENG = "省"
_SHENG_WEIGHT = 0.5  # against a mention's 1.0: a tie-break among a name's candidates


@cache
def _province_deixis() -> tuple[str, ...]:
    return tuple(word for word, scope in _deixis().items() if scope == "province")


def _best(candidates: Sequence[Region], weights: Mapping[str, float],
          cues: Sequence[tuple[str, float]], gazetteer: Gazetteer) -> Region:
    """The candidate with the most kinship to ``weights``' regions and ``cues``."""
    return _best_and_sure(candidates, weights, cues, gazetteer)[0]


def _best_and_sure(candidates: Sequence[Region], weights: Mapping[str, float],
                   cues: Sequence[tuple[str, float]], gazetteer: Gazetteer,
                   ) -> tuple[Region, bool]:
    """The best candidate, and whether the evidence was weak: nothing spoke for it, or
    a rival had nearly as much (通州 with neither 南通 nor 北京 in the text)."""

    provinces: dict[str, float] = {}
    for code, weight in weights.items():
        provinces[code[:2]] = provinces.get(code[:2], 0.0) + weight
    whole = sum(provinces.values())

    def score(candidate: Region) -> float:
        total = 0.0
        for code, weight in weights.items():
            other = gazetteer.get(code)
            if other is None:
                continue
            kinship = _kinship(candidate, other, gazetteer)
            if kinship == _SAME_PROVINCE and (
                    provinces[code[:2]] < _PROVINCE_SHARE * whole):
                continue
            total += weight * kinship
        for code, weight in cues:
            if candidate.code == code or code in _up(gazetteer, candidate.code):
                total += weight  # within the cue's region
        return total

    scored = sorted(((score(r), -_LEVEL_RANK[r.level], -int(r.code)), r) for r in candidates)
    (best_score, *_), best = scored[-1]
    runner_up = scored[-2][0][0] if len(scored) > 1 else 0.0
    return best, best_score <= 0 or runner_up >= _CLOSE_RIVAL * best_score


# --- documents ---------------------------------------------------------------------------


def _weight(mention: Mention) -> float:
    weight = _PARK_WEIGHT if mention.via == "park" else 1.0
    if mention.role == "authority" or mention.role in NOT_THE_SUBJECT:
        weight *= _AUTHORITY_WEIGHT
    return weight * 2 if mention.start < _LEAD_CHARS else weight


def _context(mentions: Sequence[Mention]) -> dict[str, float]:
    """Weights of the unambiguous mentions: the context ambiguous ones are judged in."""
    weights: dict[str, float] = {}
    for m in mentions:
        if not m.ambiguous:
            code = m.candidates[0].code
            weights[code] = weights.get(code, 0.0) + _weight(m)
    return weights


def resolve_mentions(text: str, gazetteer: Gazetteer,
                     hint: Region | None = None) -> list[ResolvedMention]:
    """Every mention in ``text`` with the region it stands for in this document.

    An ambiguous mention is judged against the document's unambiguous mentions (and
    ``hint``, weighing like five mentions) and the cue words of the whole text.
    """
    index = _index(gazetteer)
    found = index.resolved.get((text, hint))
    if found is None:
        found = _remember(index.resolved, (text, hint),
                          tuple(_resolve(text, gazetteer, hint)))
    return list(found)


def _resolve(text: str, gazetteer: Gazetteer, hint: Region | None) -> list[ResolvedMention]:
    mentions = find_region_mentions(text, gazetteer)
    context = _context(mentions)
    if hint is not None:
        context[hint.code] = context.get(hint.code, 0.0) + _HINT_WEIGHT
    # the context and the text are the document's: a name met again is resolved alike
    # keyed by the candidates tuple's identity (one per index entry, alive as long as
    # the index): hashing a tuple of regions hashes every field of each, per mention
    chosen: dict[int, tuple[Region, bool]] = {}
    cues: list[tuple[str, float]] | None = None  # the text's cue words, found once
    out: list[ResolvedMention] = []
    for m in mentions:
        found = chosen.get(id(m.candidates))
        if found is None:
            if len(m.candidates) == 1:
                found = (m.candidates[0], False)
            else:
                cues = _cues_in(gazetteer, text) if cues is None else cues
                found = _best_and_sure(m.candidates, context, cues, gazetteer)
            chosen[id(m.candidates)] = found
        out.append(ResolvedMention(m, *found))
    return out


def document_subject(text: str, gazetteer: Gazetteer, hint: Region | None = None, *,
                     title: str | None = None) -> Region | None:
    """The most specific region consistent with most of the document's mentions.

    A mention supports its region and every ancestor. From the country (or ``hint``)
    the choice descends to the child with the most support while that child holds at
    least half of the support below the current region (its rivals are its siblings;
    mentions of the current region itself agree with any child) and at least half of
    the current region's own mentions (one 成都 does not make a 四川省 report a 成都 one).

    ``title``: the document's normalised title, not part of ``text``. With no ``hint``,
    the region it names (:func:`title_region`) is the hint, and counts as the document
    naming it like five mentions: the body then descends below it only when it is
    plainly about a part (a provincial report's body naming its capital now and then
    stays the province's).
    """
    # The title's region is where the descent starts, not just votes among the body's:
    # a district's report says 全区 of itself and names its city again and again as a
    # yardstick (居全市第一), so votes of any fixed weight lose to a long enough body. Its
    # votes, in turn, keep a few mentions of a part from taking the descent below it.
    title_votes = 0.0
    if hint is None and title:
        hint = title_region(title, text, gazetteer)
        title_votes = _HINT_WEIGHT if hint is not None else 0.0
    below: dict[str, float] = {}
    own: dict[str, float] = {}
    # a region's line of ancestors, found once per region and document (a region is
    # usually mentioned many times)
    lines: dict[str, list[str]] = {}
    # where each region is first supported: of two with equal support, the one named first
    # (2013年北塔区…统计公报 / …“宜居宜业宜游的滨江文明新城”: 北塔区's, not a slogan's 滨江)
    # (only where nothing given or titled starts the descent: below a given region, a tie
    # between its parts stays with the order of their codes)
    first: dict[str, int] = {}
    named_first = hint is None
    items = resolve_mentions(text, gazetteer, hint)
    for i, item in enumerate(items):
        after = items[i + 1] if i + 1 < len(items) else None
        if after is not None and after.mention.start == item.mention.end and (
                after.region.code != item.region.code
                and gazetteer.is_within(after.region.code, item.region.code)):
            continue  # 北京市门头沟区: the city qualifies its district's name, one mention
        weight = _weight(item.mention)
        code = gazetteer.current(item.region.code)
        own[code] = own.get(code, 0.0) + weight
        line = lines.get(code)
        if line is None:
            line = lines[code] = [r.code for r in (gazetteer.get(code),
                                                   *gazetteer.ancestors(code))
                                  if r is not None]
        for up in line:
            below[up] = below.get(up, 0.0) + weight
            first.setdefault(up, item.mention.start)
    if hint is not None and title_votes:
        code = gazetteer.current(hint.code)
        own[code] = own.get(code, 0.0) + title_votes
        for up in (code, *_up(gazetteer, code)):
            below[up] = below.get(up, 0.0) + title_votes
    current = hint
    if current is None:
        current = next((r for r in gazetteer.by_code.values() if r.level == "country"), None)
    if current is None or not below:
        return hint
    while True:
        children = [(below[c.code], c) for c in gazetteer.children(current.code)
                    if c.code in below]
        if not children:
            break
        best_support, best = max(children, key=lambda p: (
            p[0], -first.get(p[1].code, len(text)) if named_first else 0, -int(p[1].code)))
        own_here = own.get(current.code, 0.0)
        rivals = below.get(current.code, 0.0) - own_here
        if best_support < _DESCENT_SHARE * max(rivals, own_here):
            break
        current = best
    return _by_deixis(text, current, gazetteer, hint, own)


def title_region(title: str, text: str, gazetteer: Gazetteer) -> Region | None:
    """The region the (normalised) ``title`` of the document whose text is ``text`` says
    it is about: the most specific of the regions it names, when they lie on one line.

    Parks do not count (a park's numbers are not its county's), nor does the country
    (it holds every region, so naming it says nothing). Regions on different lines
    (南通市与苏州市, 海安市、如皋市) make a comparison or a round-up, whose subject is for the
    body to decide: None, as for a title naming no region.
    """
    titles = _index(gazetteer).titles
    if (title, text) in titles:
        return titles[(title, text)]
    mentions = [m for m in find_region_mentions(title, gazetteer) if m.is_region]
    named = [r for r in _title_regions(mentions, title, text, gazetteer)
             if r.level != "country"] if mentions else []
    return _remember(titles, (title, text), _most_specific_on_one_line(named, gazetteer))


def _title_regions(mentions: Sequence[Mention], title: str, text: str,
                   gazetteer: Gazetteer) -> list[Region]:
    """The region each of a title's mentions stands for. An ambiguous one (通州区) is
    judged as in the body, against the body's unambiguous mentions and the cue words of
    title and body, and above all against the title's other names (南通市通州区), each
    weighing like a hint: the title is the document's own word on what it is about."""
    if not any(m.ambiguous for m in mentions):
        return [m.candidates[0] for m in mentions]
    # the body's scan is the one the subject and the mentions reuse (cached by text)
    context = _context(find_region_mentions(text, gazetteer))
    for m in mentions:
        if not m.ambiguous:
            code = m.candidates[0].code
            context[code] = context.get(code, 0.0) + _HINT_WEIGHT
    cues = _cues_in(gazetteer, title, text)
    return [_best(m.candidates, context, cues, gazetteer) for m in mentions]


def _most_specific_on_one_line(regions: Iterable[Region],
                               gazetteer: Gazetteer) -> Region | None:
    """The deepest of ``regions`` when each lies within the one above it, else None."""
    line = sorted({gazetteer.current(r.code) for r in regions},
                  key=lambda code: len(_up(gazetteer, code)))
    if not line or not all(gazetteer.is_within(lower, upper)
                           for upper, lower in pairwise(line)):
        return None
    return gazetteer.get(line[-1])


# right before 全市/全省: the word is a yardstick (居全市第一, 高于全省, 领先全省, 对全省的
# 贡献率), not the text's own region; so is an honour's opening quote (“全省教育强区”: a
# title the province gives, the text's region one of its holders)
_YARDSTICK = re.compile("(?:居|列|于|占|比|超|先|对|出|超过|“)$")
# right before: the country's word, the two set side by side (快于全国、全省; 全国全省领先),
# or the province's in a list of levels after it (同全国、全省、全市同步): yardsticks, or
# levels named together, neither the text's own
_BESIDE_THE_COUNTRY = re.compile("全国[、和与及]?$|全国、全省、$")
# right before: the region is another's, named before (十强省份,其省内…的城市)
_ANOTHERS = "其"
# right after: a rank in it (增速连续8个月全省第一, 全省首个超百亿元水利工程, 全省前列), or
# its own figure in brackets, compared with (高于全国(5.4%)、全省(5.2%))
# (在全市各县区中率先: a rank among its parts, the text one of them; 全省县区中首创,
# “全省经济快进县区”, 全省…一类达标县区: the province's counties, the text one of them)
_RANK_IN = re.compile(r"第[一二三四五六七八九十\d]|首[个家批座条位]|前列|唯一|[(（][\d.]+%?[)）]"
                      r"|各(?:县|区|市|乡|镇)|[^，,。；;、“”]{0,14}?县市?区")


@cache
def _name_crossing_words() -> frozenset[str]:
    return frozenset(w for w in _read_list("name_crossing_words.txt") if w[0] != "+")


@cache
def _name_ending_words() -> frozenset[str]:
    """The words a name's last character starts (北岸: no 湖北 in 金鳞湖北岸)."""
    return frozenset(w[1:] for w in _read_list("name_crossing_words.txt") if w[0] == "+")


@cache
def _crossing_words() -> frozenset[str]:
    return frozenset(_read_list("deixis_crossing_words.txt"))


def _own_uses(word: str, text: str) -> list[int]:
    """Where ``text`` calls its own region ``word`` (全市), not a yardstick, nor where a
    word runs across its edge (建立健全县处级领导…, 本区域)."""
    return [m.start() for m in re.finditer(word, text)
            if not _YARDSTICK.search(text, max(0, m.start() - 2), m.start())
            and not _BESIDE_THE_COUNTRY.search(text, max(0, m.start() - 6), m.start())
            and not _RANK_IN.match(text, m.end())
            and not text.endswith(_ANOTHERS, 0, m.start())
            and text[max(0, m.start() - 1):m.start() + 1] not in _crossing_words()
            and text[m.end() - 1:m.end() + 1] not in _crossing_words()]


def self_deixis(text: str) -> str | None:
    """The word (全市, 全区, 我县 …, not 全国) the text most often calls its own region by,
    or None when it uses none."""
    counts: dict[str, tuple[int, int]] = {}
    for word, scope in _deixis().items():
        if scope == "country" or word not in text:
            continue
        at = _own_uses(word, text)
        if at:
            counts[word] = (len(at), -at[0])
    return max(counts, key=lambda w: counts[w]) if counts else None


def _by_deixis(text: str, subject: Region, gazetteer: Gazetteer,
               hint: Region | None, own: Mapping[str, float]) -> Region:
    """The region the document's own deixis speaks of, when it never means ``subject``
    and the region is named more often than ``subject`` (``own``: mention weights by
    region): a provincial report that says 全省 throughout and names its capital once
    (the venue, 在合肥开幕) is about the province. 全国 never counts (a city compares
    itself with the country), nor does a region above ``hint``."""
    counts: Counter[str] = Counter()
    said: dict[str, str] = {}  # the word that climbs to each region
    for word, scope in _deixis().items():
        if scope == "country" or word not in text:
            continue
        region = deictic_region(word, subject, gazetteer)
        # (a word used only as a yardstick, 同全国、全省、全市同步, says nothing of the text)
        if region is not None and (uses := len(_own_uses(word, text))):
            counts[region.code] += uses
            said.setdefault(region.code, word)
    if counts[subject.code] or not counts:
        return subject
    code, n = counts.most_common(1)[0]
    climbed = gazetteer.get(code)
    if climbed is None or (n < _DEIXIS_MIN and own.get(code, 0.0) <= own.get(subject.code,
                                                                             0.0)):
        # (said once, it takes a region named more often than ``subject``: 全市上下 in a
        # city's report that names one of its counties once, its own name twice)
        return subject
    if not own.get(code) and (named := _named_for(said[code], own, subject, gazetteer)):
        # 全省 throughout, 浙江省 named, and a county's short name read inside a word
        # (自主创新和节能环保: 新和): the province the text names, not the county's
        climbed = named
        code = named.code
    # the higher region named more often than ``subject``, or the text calling itself by
    # the word for it more often than it names ``subject`` (a provincial bulletin's
    # 全省…全省 around a city named for one project)
    if max(own.get(code, 0.0), n) <= own.get(subject.code, 0.0):
        return subject
    if hint is not None and not gazetteer.is_within(climbed.code, hint.code):
        return subject
    return climbed


def _named_for(word: str, own: Mapping[str, float], subject: Region,
               gazetteer: Gazetteer) -> Region | None:
    """The region named most that ``word`` (全省) can mean of itself, other than
    ``subject``'s."""
    fits = [(weight, region) for code, weight in own.items()
            if code != subject.code and (region := gazetteer.get(code)) is not None
            and deictic_region(word, region, gazetteer) == region]
    return max(fits, key=lambda p: (p[0], -int(p[1].code)))[1] if fits else None


# --- headings and deixis -----------------------------------------------------------------

#: A countdown's rank before a name (NO.11 鹰潭市, TOP3:南阳, No.1:上海市), as a regex
#: fragment: the one spelling every reader of ranked headings and items shares.
COUNTDOWN = r"(?:TOP|Top|top|NO|No|no)[.．]?\s*\d{1,3}"
PLACE = r"第[一二三四五六七八九十\d]{1,3}"  # a place in a ranking (第三, 第12)
_HEADING_MARKS = re.compile(
    r"^\s*(?:[(（]?[一二三四五六七八九十百\d]+[)）、.．\s]\s*|第[一二三四五六七八九十\d]+[部分篇章节]?[、:：\s]*"
    rf"|{COUNTDOWN}[.．、:：]?\s+)?"  # NO.11 鹰潭市: a countdown's
    r"[【\[《〔]?\s*(?P<name>[^】\]》〕:：\s,，。]+)\s*[】\]》〕]?\s*(?:[:：\s,，。].*)?$")


def region_for_heading(heading: str, gazetteer: Gazetteer,
                       context: Mapping[str, float] | Iterable[Region] = ()) -> Region | None:
    """The region a section heading names, or None (see module docstring)."""
    heading = heading.strip()
    if not heading or len(heading) > 40:
        return None
    match = _HEADING_MARKS.match(heading)
    if match is None:
        return None
    name = match.group("name")
    candidates = gazetteer.lookup(name)
    place = gazetteer.places.get(name)
    if not candidates or (place is not None and not place.rolls_up) or name.isdigit():
        return None
    return disambiguate(candidates, context, heading, gazetteer=gazetteer)


def is_deixis(word: str) -> bool:
    """Whether ``word`` (我国, 全市, 本县 …) is one a text calls a region by of itself."""
    return word in _deixis()


def deictic_region(word: str, subject: Region | None, gazetteer: Gazetteer, *,
                   by_former: bool = True) -> Region | None:
    """The region 全市 / 全区 / 我省 / 全国 … refers to in a document about ``subject``;
    ``by_former``: a region may fit by a former name's type too."""
    scope = _deixis().get(word)
    if scope is None:
        return None
    if scope == "country":
        return next((r for r in gazetteer.by_code.values() if r.level == "country"), None)
    if subject is None:
        return None
    chain = [subject, *gazetteer.ancestors(subject.code)]
    # (a division's former name keeps the type it had when a text was written: 全县 of
    # 上饶县, 广信区 since 2019; read only when no region of the chain fits by its own name,
    # so that 全市 in a text of 通州区, 通州市 before 2009, stays 南通市)
    for former in (False, True) if by_former else (False,):
        for region in chain:
            if _fits(region, scope, (region.name, *region.aliases) if former
                     else (region.name,)):
                return region
    return None


def _fits(region: Region, scope: str, names: tuple[str, ...]) -> bool:
    match scope:
        case "province":
            return region.level == "province"
        case "city":  # 市: a prefecture-level or county-level city, or a municipality
            return region.level in ("prefecture", "county", "province") and any(
                name.endswith("市") for name in names)
        case "district":  # 区: a county-level district, or an autonomous region
            return region.level in ("county", "province") and any(
                name.endswith("区") for name in names)
        case "county":
            return region.level == "county" and any(
                name.endswith(("县", "旗")) for name in names)
        case "prefecture":
            return region.level == "prefecture" and region.name.endswith(("州", "盟", "地区"))
    return False

"""The region a document is about: the caller's, else the title's, else its body's,
else the one its page's host (www.fangxian.gov.cn) or path (…/新疆统计年鉴2012/…) names,
else the country when a central body issued a text that names no region (国家统计局公布…).

The body's subject is the most specific region most of its mentions agree on
(:func:`plantrack.catalog.resolve.document_subject`; datelines, venues, persons' names
make no mention, a superior's directives weigh little: :mod:`plantrack.catalog.roles`).
Its confidence says how much of the evidence agrees: the share of the mentions that lie
in it, and whether the text's own 全区/全市/全县 can mean it at all (a district's report
that names only its city, as a yardstick, is not the city's).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from plantrack.catalog.find import (
    file_name_regions,
    host_regions,
    named_regions,
    on_government_host,
    path_initials_regions,
    path_regions,
)
from plantrack.catalog.regions import DIVISION_SUFFIXES, Gazetteer
from plantrack.catalog.resolve import (
    ResolvedMention,
    deictic_region,
    document_subject,
    resolve_mentions,
    self_deixis,
    title_region,
)
from plantrack.catalog.roles import NOT_THE_SUBJECT
from plantrack.datafiles import alternation, data_rows
from plantrack.model import REGION_LEVELS, Decision, Region

__all__ = ["decide_region"]

_MIN_SHARE = 0.5  # below this share of the mentions, the subject is a weak guess


_AMBIGUOUS = 0.4  # the confidence of a subject only ambiguous names point to


def decide_region(text: str, gazetteer: Gazetteer, *, given: Region | None = None,
                  title: str | None = None, url: str | None = None, name: str | None = None,
                  ) -> tuple[Region | None, Decision]:
    """The subject region of normalised ``text`` and the decision behind it. ``given``
    is the caller's (or the metadata's) region; ``title`` the normalised title; ``url``
    the page's address and ``name`` the file's, heard only when the text and title
    decide nothing (the address first)."""
    if given is not None:
        subject = document_subject(text, gazetteer, given) or given
        if subject.level == "country" or not gazetteer.is_within(subject.code, given.code):
            subject = given
        cue = "given by the caller or the metadata" if subject is given else (
            f"within the given {given.name}, the body names {subject.name}")
        return subject, Decision(subject.code, 1.0 if subject is given else 0.9, cue,
                                 subject.name)
    from_title = title_region(title, text, gazetteer) if title else None
    if from_title is None and (hosting := _session_host(text, gazetteer)) is not None:
        return hosting, Decision(hosting.code, 0.85, f"given at {hosting.name}'s people's "
                                 "congress (its head)", hosting.name)
    found = document_subject(text, gazetteer, title=title)
    items: list[ResolvedMention] = []
    if found is None:
        decision = Decision(None, 0.0, "no region named in the text or its title")
    elif from_title is not None and gazetteer.is_within(found.code, from_title.code):
        return found, Decision(found.code, 0.9, f"title: {title}", found.name)
    else:
        items = resolve_mentions(text, gazetteer)
        decision = _from_body(text, found, gazetteer, items)
        if decision.value is not None and decision.value != found.code:
            found = gazetteer.get(str(decision.value)) or found  # (a region within it)
        if decision.value is not None and decision.weak and (
                parent := _common_parent(text, found, gazetteer)) is not None:
            # 定海区, 普陀区, 岱山县 listed side by side: the report is their city's
            return parent, Decision(parent.code, 0.6, f"its mentions are parts of "
                                    f"{parent.name} side by side", parent.name)
        # (全国…国内生产总值 on paper.xinmin.cn: the country, named with its own GDP's
        # name, whatever place the host's name spells)
        if decision.value is not None and url and on_government_host(url) and _named_once(
                items) and (hosted := _from_host(text, url, None, gazetteer)) is not None and not (
                gazetteer.is_within(hosted.code, found.code)
                or gazetteer.is_within(found.code, hosted.code)):
            # 珠海润都制药…等501个亿元以上项目 on jingmen.gov.cn, saying 全市 of itself: one
            # mention of another region (a firm's home in its name) outweighs no government's
            # own site, whose 全市 is its own
            return hosted, Decision(hosted.code, 0.5, f"{decision.cue}; the page's host is "
                                    f"{hosted.name}'s own government's", hosted.name)
        if decision.value is not None and decision.confidence <= _AMBIGUOUS and url and not (
                found.level == "country" and _country_own().search(f"{title or ''} {text}")
        ) and (hosted := _from_host(text, url, found, gazetteer)) is not None and (
                hosted.code != found.code):
            # only ambiguous names point to 滁州市, on www.tianchang.gov.cn: 天长市's page
            return hosted, Decision(hosted.code, 0.5, f"{decision.cue}; the page's host "
                                    f"names {hosted.name}, within it", hosted.name)
        if decision.value is not None:
            return found, decision
        if _rather_a_word(text, items, gazetteer) is not None:
            found = None  # (the body's one mention is rather a word, 上高: it bounds no host)
    # (珠海某某制药 on jingmen.gov.cn: a region named only aside, a firm's home or a
    # yardstick, bounds no host either)
    # (nor does the region the mentions point to when the text's own 全县 cannot be it:
    # 林芝1万段, a fungus grown in a county on mulan.gov.cn, bounds no host's 木兰县)
    bound = None if _named_only_aside(items, found, gazetteer) or (
        found is not None and (said := self_deixis(text)) is not None
        and deictic_region(said, found, gazetteer) is None) else found
    hosted = _from_host(text, url, bound, gazetteer) if url else None
    if hosted is not None:
        return hosted, Decision(hosted.code, 0.5, f"{decision.cue}; the page's host "
                                f"points to {hosted.name}", hosted.name)
    if url and (initialled := _part_by_initials(text, url, gazetteer)) is not None:
        return initialled, Decision(initialled.code, 0.5, f"{decision.cue}; the page's host "
                                    f"is its city's and its address names {initialled.name} "
                                    "by initials", initialled.name)
    pathed = _one_meant(text, path_regions(gazetteer, url), found, gazetteer) if url else None
    if pathed is not None:
        return pathed, Decision(pathed.code, 0.5, f"{decision.cue}; the page's address "
                                f"names {pathed.name}", pathed.name)
    paper = _byline_paper(text)
    bylined = _one_meant(text, _paper_regions(paper, gazetteer), found,
                         gazetteer) if paper else None
    if paper is not None and bylined is not None:
        return bylined, Decision(bylined.code, 0.5, f"{decision.cue}; the byline's paper "
                                 f"({paper[0]}) names {bylined.name}", bylined.name)
    filed = _one_meant(text, file_name_regions(gazetteer, name), found,
                       gazetteer) if name else None
    if filed is not None:
        return filed, Decision(filed.code, 0.4, f"{decision.cue}; the file's name "
                               f"names {filed.name}", filed.name)
    if found is not None and found.level == "country" and (said := self_deixis(text)) and (
            own := _one_meant(text, named := _unqualified_regions(text, gazetteer), None,
                              gazetteer)) is not None and all(
            gazetteer.is_within(r.code, own.code) for r in named):
        # 前4个月湖南经济运行情况 / 全国…增长5.6% … 全省…增长6.1%: the country's figures set
        # beside its own, the one region it names (with its parts) that its 全省 can mean
        # is its own (not in a round-up naming regions of several provinces)
        return own, Decision(own.code, 0.5, f"the mentions point to {found.name}, which its "
                             f"{said} cannot be; of the regions it names only {own.name} "
                             "can", own.name)
    if (found is None or found.level == "country") and (
            shortened := _one_meant(text, _short_named(text, gazetteer), found, gazetteer)
    ) is not None:
        return shortened, Decision(shortened.code, 0.4, f"{decision.cue}; it speaks of "
                                   f"coming to or staying in {shortened.name} by its short "
                                   "name (来鄂, 在湘)", shortened.name)
    if found is None and (body := _national_issuer(title, text)) is not None and (
            country := gazetteer.get(_COUNTRY)) is not None:
        return country, Decision(country.code, 0.5, f"{decision.cue}; issued by {body}, "
                                 "a central body", country.name)
    if found is None and self_deixis(text) is None and (
            m := _national_words().search(f"{title or ''} {text}")) and (
            country := gazetteer.get(_COUNTRY)) is not None:
        # (a text calling its own region 全省 or 我县 is a region's, naming none)
        return country, Decision(country.code, 0.4, f"{decision.cue}; it speaks of the "
                                 f"country's economy ({m.group()})", country.name)
    return None, decision


_COUNTRY = "100000"
_HEAD = 400  # characters of the body where an issuer stands (a title, a source line)


@cache
def _central_bodies() -> re.Pattern[str]:
    names = [row[0] for row in data_rows("plantrack.context", "national_bodies.txt")]
    return re.compile(rf"(?:{alternation(names)})(?![^，,。\s]{{0,8}}调查)")


@cache
def _national_words() -> re.Pattern[str]:
    """The words by which a text speaks of the country's economy."""
    return re.compile(alternation(row[0] for row in _national_rows()))


@cache
def _country_own() -> re.Pattern[str]:
    """Those of them only the country's own figures use (国内生产总值)."""
    return re.compile(alternation(row[0] for row in _national_rows() if row[1:] == ("own",)))


@cache
def _national_rows() -> tuple[tuple[str, ...], ...]:
    return data_rows("plantrack.context", "national_words.txt")


def _national_issuer(title: str | None, text: str) -> str | None:
    """The central body (国家统计局) the title or the head of ``text`` names as the
    text's issuer, if any."""
    for where in (title or "", text[:_HEAD]):
        if (m := _central_bodies().search(where)) is not None:
            return m.group()
    return None


@cache
def _short_names() -> dict[str, str]:
    _, *rows = data_rows("plantrack.context", "province_abbreviations.tsv")
    return {row[0]: row[1] for row in rows}


@cache
def _short_name_after_verb() -> re.Pattern[str]:
    """来鄂, 留鄂, 在湘, 援鄂, 赴滇: a province's short name after a verb of coming,
    staying or going."""
    return re.compile(rf"(?<=[来留在赴援入驻返回抵离])(?:{alternation(_short_names())})")


def _short_named(text: str, gazetteer: Gazetteer) -> list[Region]:
    """The one province ``text`` speaks of by its short name after a verb of coming or
    staying (留鄂来鄂高校毕业生), as a list of none or one: none when the short names
    disagree or one opens a region's name (在鄂尔多斯, 来桂林)."""
    named = [(m.start(), m.group()) for m in _short_name_after_verb().finditer(text)]
    if not named:
        return []
    codes = {_short_names()[short] for start, short in named
             if not _opens_a_name(text, start, gazetteer)}
    region = gazetteer.get(codes.pop()) if len(codes) == 1 else None
    return [region] if region is not None else []


def _unqualified_regions(text: str, gazetteer: Gazetteer) -> list[Region]:
    """The regions below the country that ``text`` names with no role (no yardstick, no
    authority, no dateline): each once."""
    return [r for r in named_regions(gazetteer, text) if r.level != "country"]


def _from_host(text: str, url: str, named: Region | None,
               gazetteer: Gazetteer) -> Region | None:
    """The one region the page's host names that the text's own 全县/全市 can mean (or
    whose province its 全省 is), within the region the body names (a county's paper
    names only its city), if any."""
    return _one_meant(text, host_regions(gazetteer, url), named, gazetteer)


@cache
def _media() -> str:
    """The kinds of news outlet (日报, 新闻网…: ``data/byline_media.txt``), an alternation."""
    return alternation(row[0] for row in data_rows("plantrack.context", "byline_media.txt"))


@cache
def _byline() -> re.Pattern[str]:
    """河南日报讯: a paper's byline at the head; the paper's place is the region its 全省
    means."""
    return re.compile(rf"^[\s【\[]*(([\u4e00-\u9fff]{{2,6}}?)(?:{_media()}))"
                      r"[】\]]?(?:讯|消息|记者|报道)")


@cache
def _source_line() -> re.Pattern[str]:
    """来源:武义新闻网: the outlet a page names as its source, near its head."""
    return re.compile(rf"来源[:：][ \t\u3000]*(([\u4e00-\u9fff]{{2,6}}?)[县市区]?(?:{_media()}))")


_SOURCE_HEAD = 200  # characters of the head a source line is read in


def _byline_paper(text: str) -> tuple[str, str] | None:
    """The paper of a byline at ``text``'s head (河南日报讯), or the outlet of its source
    line there (来源:武义新闻网), and its place's name."""
    m = _byline().match(text) or _source_line().search(text, 0, _SOURCE_HEAD)
    return (m[1], m[2]) if m else None


_NAME_MAX = 32  # characters, more than any region's or place's name holds (25 at most)


def _opens_a_name(text: str, start: int, gazetteer: Gazetteer) -> bool:
    """Whether a region's or a place's name of two characters or more starts at
    ``start`` (在鄂尔多斯, 来桂林): looked up by the text's prefixes, not by every name."""
    return any(text[start:end] in gazetteer.by_name or text[start:end] in gazetteer.places
               for end in range(start + 2, min(len(text), start + _NAME_MAX) + 1))


@cache
def _papers() -> dict[str, str]:
    _, *rows = data_rows("plantrack.context", "newspapers.tsv")
    return {row[0]: row[1] for row in rows}


def _paper_regions(paper: tuple[str, str], gazetteer: Gazetteer) -> list[Region]:
    """The regions a byline's paper names: the region of a paper whose name holds no
    place's (楚天都市报: 湖北, data/newspapers.tsv), else those its place's name is the
    whole name of (河南日报: 河南)."""
    code = _papers().get(paper[0])
    region = gazetteer.get(code) if code is not None else None
    return [region] if region is not None else _named_regions(paper[1], gazetteer)


# ——2020年4月21日在海盐县第十五届人民代表大会第四次会议上: the congress a report was given
# at, at the text's head
_SESSION_HOST = re.compile(r"在\s*([\u4e00-\u9fff]{2,12}?)\s*第[一二三四五六七八九十\d]+[届屆]"
                           r"人民代表大会第[一二三四五六七八九十\d]+次会议上")
_SESSION_REACH = 300  # characters of a text's head where the session's line stands


def _session_host(text: str, gazetteer: Gazetteer) -> Region | None:
    """The region whose people's congress heard the report (at the text's head), when
    its name is one region's whole name and the text's own 全县/全市 can mean it."""
    m = _SESSION_HOST.search(text, 0, _SESSION_REACH)
    if m is None:
        return None
    named = _named_regions(m[1], gazetteer)
    said = self_deixis(text)
    if len(named) != 1 or (said is not None and deictic_region(said, named[0],
                                                               gazetteer) != named[0]):
        return None
    return named[0]


def _named_regions(name: str, gazetteer: Gazetteer) -> list[Region]:
    """The regions ``name`` (a paper's place: 河南, the province's and a county's) is
    the whole name of."""
    return [region for item in resolve_mentions(name, gazetteer)
            if item.mention.surface == name for region in item.mention.candidates]


def _one_meant(text: str, regions: list[Region], named: Region | None,
               gazetteer: Gazetteer) -> Region | None:
    """The one of ``regions`` (a host's, a file name's) that the text's own 全县/全市 can
    mean, within the region the body names, if exactly one."""
    said = self_deixis(text)
    meant = {r.code: r if said is None else deictic_region(said, r, gazetteer) for r in regions}
    candidates = [r for r in regions if r.level != "country" and meant[r.code] == r and (
        named is None or gazetteer.is_within(r.code, named.code))]
    if not candidates:
        # (全省 on a city's or a county's site, where no region it names is a province: the
        # province they lie in, zhengzhou.… 河南)
        for r in regions:
            wider = meant[r.code]
            if wider is not None and wider.level == "province" and wider not in candidates and (
                    named is None or gazetteer.is_within(wider.code, named.code)):
                candidates.append(wider)
    if len(candidates) > 1 and said is not None and len(own := [
            r for r in candidates
            if deictic_region(said, r, gazetteer, by_former=False) == r]) == 1:
        # hengshan.gov.cn with 全县: 衡山县, a county by its name, not 横山区 by its former
        # one (横山县 until 2015)
        return own[0]
    if len(candidates) > 1:
        # tjj.changzhou.gov.cn: 常州市, not 长洲区 (a district's site qualifies its name):
        # the one of the highest level, if only one is
        top = min(REGION_LEVELS.index(r.level) for r in candidates)
        candidates = [r for r in candidates if REGION_LEVELS.index(r.level) == top]
    return candidates[0] if len(candidates) == 1 else None


def _part_by_initials(text: str, url: str, gazetteer: Gazetteer) -> Region | None:
    """The one part of the region a government host names (gz.gov.cn: 广州市) that the
    address spells by initials (…/gqgzbg/lwq/…: 荔湾区) and the text's own 全区 can mean,
    when the host's region cannot (a district's report on its city's portal)."""
    said = self_deixis(text)
    if said is None or not on_government_host(url):
        return None
    parts = {r.code: r for hosted in host_regions(gazetteer, url)
             if deictic_region(said, hosted, gazetteer) is None
             for r in path_initials_regions(gazetteer, url, hosted)
             if deictic_region(said, r, gazetteer) == r}
    return next(iter(parts.values())) if len(parts) == 1 else None


def _common_parent(text: str, subject: Region, gazetteer: Gazetteer) -> Region | None:
    """``subject``'s parent, when the text's mentions lie in it and name ``subject``'s
    siblings at least as often as ``subject`` (parts of one region listed side by side),
    and the text's own 全市/全区 can mean it (a city's bulletin saying 全市 is no
    province's, however many of its siblings it names)."""
    parent = gazetteer.get(subject.parent) if subject.parent else None
    if parent is None or parent.level == "country":
        return None
    said = self_deixis(text)
    if said is not None and deictic_region(said, parent, gazetteer) is None:
        return None
    codes = [item.region.code for item in resolve_mentions(text, gazetteer)
             if item.mention.role is None and item.region.level != "country"]
    if not all(gazetteer.is_within(c, parent.code) for c in codes):
        return None
    own = sum(c == subject.code for c in codes)
    siblings = sum(c not in {subject.code, parent.code} for c in codes)
    return parent if siblings and siblings >= own else None


_OWNS_OR_CLOSES = ("的", "”", "」", "』", "’")  # after a place's name: what it owns, a quote's end


def _named_once(items: list[ResolvedMention]) -> bool:
    """Whether the text names one region once, no role given (no yardstick, no list)."""
    return len([item for item in items if item.mention.role is None
                and item.region.level != "country"]) == 1


def _rather_a_word(text: str, items: list[ResolvedMention],
                   gazetteer: Gazetteer) -> ResolvedMention | None:
    """The text's one region mention when it is a county's short form, more likely a word
    (新和, 来陕来安考察, 设备更新和消费品以旧换新) than the county the text is about; unless
    the text says 全县 of itself and the name owns what follows it (全县各族人民…为伊吾的
    改革开放) or closes a quoted slogan (全区上下…围绕“智造绿都、和合任泽”建设目标)."""
    local = [item for item in items if item.region.level != "country"]
    said = self_deixis(text)
    # (an alias with its division's word, 上饶县 for 广信区 before 2019, is a name, no word)
    if (len(local) == 1 and local[0].mention.via == "alias" and local[0].region.level == "county"
            and not local[0].mention.surface.endswith(DIVISION_SUFFIXES)
            and not (said is not None and deictic_region(said, local[0].region, gazetteer)
                     and text.startswith(_OWNS_OR_CLOSES, local[0].mention.end))):
        return local[0]
    return None


def _named_only_aside(items: list[ResolvedMention], subject: Region | None,
                      gazetteer: Gazetteer) -> bool:
    """Whether every mention lying in ``subject`` names it aside (a yardstick, a region
    left out, a firm's home: 高于全国1.7个百分点, 珠海某某制药), none as the text's own."""
    named_as = {item.mention.role for item in items
                if subject is not None and gazetteer.is_within(item.region.code, subject.code)}
    return bool(named_as) and named_as <= NOT_THE_SUBJECT


_TITLE_REACH = 80  # characters from the text's start a report's title opens within
_REPORT_NAME = r"(?:国民经济和社会发展统计公报|统计公报|政府工作报告|计划执行情况|预算执行情况)"


def _opens_titled(text: str, subject: Region) -> bool:
    """Whether the text opens with a report's title naming ``subject`` in full (2019年平潭县
    国民经济和社会发展统计公报)."""
    title = re.compile(rf"{re.escape(subject.name)}(?:人民政府)?(?:\d{{4}} ?年度?)?{_REPORT_NAME}")
    return title.search(text, 0, _TITLE_REACH + len(subject.name)) is not None


def _from_body(text: str, subject: Region, gazetteer: Gazetteer,
               items: list[ResolvedMention]) -> Decision:
    """How surely ``subject`` is the text's region, from its resolved mentions ``items``."""
    counts: Counter[bool] = Counter()
    sure = 0  # supporting mentions that are not an ambiguous name resolved by default
    if (word := _rather_a_word(text, items, gazetteer)) is not None:
        return Decision(None, 0.0, f"the one region mention is {word.mention.surface}, a "
                        f"county's short form ({word.region.name}) that may be a word")
    for item in items:
        if item.mention.role is None and item.region.level != "country":
            inside = gazetteer.is_within(item.region.code, subject.code)
            counts[inside] += 1
            sure += inside and not item.weak
    total = counts[True] + counts[False]
    share = counts[True] / total if total else 0.0
    said = self_deixis(text)
    if said is not None and deictic_region(said, subject, gazetteer) is None and _opens_titled(
            text, subject):
        # 2019年平潭县国民经济和社会发展统计公报 … 全区人均生产总值: a county run as a zone
        # (平潭综合实验区) says 全区 of itself under its own report's title
        return Decision(subject.code, 0.6, f"the text opens with {subject.name}'s report's "
                        f"title, though it says {said} of itself", subject.name)
    if said is not None and deictic_region(said, subject, gazetteer) is None:
        # (建设“经济强区、魅力藁城” on 石家庄频道: of the regions named inside the one the
        # mentions point to, the only one its 全区 can mean is its own)
        inner = {item.region.code: item.region for item in items
                 if item.mention.role is None and item.region.code != subject.code
                 and gazetteer.is_within(item.region.code, subject.code)
                 and deictic_region(said, item.region, gazetteer) == item.region}
        if len(inner) == 1 and subject.level != "country":  # (the country's: below)
            own = next(iter(inner.values()))
            return Decision(own.code, 0.5, f"the text says {said} of itself, which "
                            f"{subject.name} cannot be; of the regions it names within it "
                            f"only {own.name} can", own.name)
        return Decision(None, 0.0, f"the text says {said} of itself and names no region "
                        f"that can be (the mentions point to {subject.name}, which cannot)")
    if said is not None and (wider := deictic_region(said, subject, gazetteer)) is not None and (
            wider.code != subject.code) and not any(
            item.mention.via != "park" and item.mention.role is None
            and gazetteer.is_within(item.region.code, subject.code) for item in items):
        # 横琴合作区建设…全市地区生产总值: a park points to its district, never named; the
        # text's own 全市 is the city the park lies in (not an area standing for its county:
        # 城市副中心…全市, 通州区's text comparing itself with 北京市)
        return Decision(wider.code, 0.5, f"only parks within {subject.name} are named, "
                        f"and the text says {said} of itself: {wider.name}", wider.name)
    if _named_only_aside(items, subject, gazetteer):
        # 高于全国1.7个百分点, 成为全国第三个…: a region only compared with is no subject
        return Decision(None, 0.0, f"the text names {subject.name} only aside, as a "
                        "yardstick, a region left out or a firm's home")
    if not sure:
        return Decision(subject.code, 0.4, f"only ambiguous names point to {subject.name} "
                        "(no other region named to tell which is meant)", subject.name)
    confidence = 0.8 if share >= _MIN_SHARE else 0.5
    return Decision(subject.code, confidence,
                    f"{counts[True]} of {total} region mentions lie in {subject.name}",
                    subject.name)

"""A region as a user types it: a code, a name, a name qualified by its parents
(南通市通州区, 江苏南通通州, Nantong Tongzhou), pinyin (Nantong, Beijing) or an English
province name (Inner Mongolia, Tibet).

:meth:`Gazetteer.lookup` answers names as the texts write them; this module answers
what a person types into ``--region`` or ``plantrack regions``. Pinyin is read with
pypinyin, imported and indexed only when a query is in Latin letters (a quarter of a
second), so Chinese look-ups cost nothing extra.
"""

from __future__ import annotations

import re
import weakref
from functools import cache
from urllib.parse import unquote

from plantrack.catalog.regions import DIVISION_SUFFIXES, Gazetteer, read_table
from plantrack.catalog.resolve import resolve_mentions
from plantrack.model import Region

__all__ = ["file_name_regions", "find_regions", "host_regions", "named_regions",
           "on_government_host", "path_initials_regions", "path_regions", "pinyin_regions",
           "url_host"]

_LATIN = re.compile(r"[A-Za-z][A-Za-z '’\-,]*")
# Latin words that only say what kind of division it is: dropped before matching
_KIND_WORDS = ("province", "city", "district", "county", "municipality",
               "autonomous region", "sheng", "shi", "qu", "xian", "zizhiqu")
_PINYIN: weakref.WeakKeyDictionary[Gazetteer, dict[str, list[Region]]] = (
    weakref.WeakKeyDictionary())
_INITIALS: weakref.WeakKeyDictionary[Gazetteer, dict[str, list[Region]]] = (
    weakref.WeakKeyDictionary())
# Host labels that name no place: the web's own words
_HOST_WORDS = frozenset({"www", "m", "wap", "gov", "cn", "com", "net", "org", "edu", "news",
                         "paper", "epaper", "szb", "html", "index"})
_MIN_HOST_PINYIN = 6  # letters: fangxian, haimen; xian or yi alone name too many places
# a government host's label that is a region's pinyin whole (miluo.gov.cn, yuxi.gov.cn):
# the region's own site, however short its name (not the three-letter departments, tjj)
_MIN_GOV_LABEL = 4


def find_regions(gazetteer: Gazetteer, query: str) -> list[Region]:
    """Every region ``query`` may mean: one when it is clear, several when ambiguous
    (通州区 alone), none when unknown."""
    text = query.strip()
    if not text:
        return []
    if _LATIN.fullmatch(text):
        return _latin(gazetteer, text)
    found = gazetteer.lookup(text)
    if len(found) == 1:
        return found
    return _qualified(gazetteer, text) or found


def _qualified(gazetteer: Gazetteer, text: str) -> list[Region]:
    """南通市通州区 → the 通州区 within a 南通市: every split into a parent and the rest."""
    out: dict[str, Region] = {}
    for cut in range(1, len(text)):
        parents = gazetteer.lookup(text[:cut])
        if not parents:
            continue
        rest = text[cut:]
        candidates = gazetteer.lookup(rest) or _qualified(gazetteer, rest)
        for region in candidates:
            if any(gazetteer.is_within(region.code, p.code) and region.code != p.code
                   for p in parents):
                out[region.code] = region
    return list(out.values())


def _key(text: str) -> str:
    key = text.lower().replace("’", "'")
    for word in _KIND_WORDS:
        key = re.sub(rf"\b{word}\b", " ", key)
    return re.sub(r"[^a-z]", "", key)


@cache
def _english() -> dict[str, str]:
    return {_key(name): row["code"] for row in read_table("english.tsv")
            for name in row["english"].split("|")}


def _english_region(gazetteer: Gazetteer, text: str) -> Region | None:
    code = _english().get(_key(text))
    return gazetteer.by_code.get(code) if code is not None else None


def _latin(gazetteer: Gazetteer, text: str) -> list[Region]:
    if (region := _english_region(gazetteer, text)) is not None:
        return [region]
    index = _pinyin_index(gazetteer)
    found = index.get(_key(text))
    if found:
        return list(found)
    words = [w for w in re.split(r"[\s,]+", text) if w]
    if len(words) > 1:  # "Nantong Tongzhou": a parent, then a region within it
        parents = _latin(gazetteer, " ".join(words[:-1]))
        return [r for r in index.get(_key(words[-1]), [])
                if any(gazetteer.is_within(r.code, p.code) and r.code != p.code
                       for p in parents)]
    return []


_READINGS_MAX = 8  # spellings of one name at most (长: chang or zhang; 乐: le or yue)


def _readings(name: str) -> list[str]:
    """The toneless pinyin spellings of a name, every reading of a character with more
    than one (天长: tianchang, tianzhang), as a site's host may spell it."""
    from pypinyin import Style, pinyin

    spellings = [""]
    for readings in pinyin(name, style=Style.NORMAL, heteronym=True):
        spellings = [a + b for a in spellings for b in dict.fromkeys(readings)][:_READINGS_MAX]
    return spellings


def _pinyin_index(gazetteer: Gazetteer) -> dict[str, list[Region]]:
    """Toneless pinyin of every name and short form, with and without its 省/市/区."""
    if gazetteer in _PINYIN:
        return _PINYIN[gazetteer]
    index: dict[str, list[Region]] = {}
    for region in gazetteer.by_code.values():
        names = {region.name, *region.aliases}
        names |= {_bare(name) for name in names}
        for key in {key for name in names if name for key in _readings(name)}:
            bucket = index.setdefault(key, [])
            if region not in bucket:
                bucket.append(region)
    for key, regions in index.items():  # a province before its namesake city: Beijing
        regions.sort(key=lambda r: r.code)
        if len({r.code for r in regions}) > 1 and any(r.level == "province" for r in regions):
            top = [r for r in regions if r.level == "province"]
            index[key] = top if all(_under(gazetteer, r, top) for r in regions) else regions
    _PINYIN[gazetteer] = index
    return index


def pinyin_regions(gazetteer: Gazetteer, name: str) -> list[Region]:
    """The regions an English name may mean, as a bilingual yearbook prints them: its
    English form (Tibet, Inner Mongolia, National Total), else its pinyin (Fujian,
    Tong'an, Jin'an)."""
    if (region := _english_region(gazetteer, name)) is not None:
        return [region]
    key = re.sub(r"[^a-z]", "", name.lower())
    return list(_pinyin_index(gazetteer).get(key, [])) if key else []


def url_host(url: str) -> str:
    """The host of ``url``, lower-cased, without scheme, path or port."""
    return re.sub(r"^[a-z]+://", "", url.lower()).split("/", 1)[0].split(":", 1)[0]


def on_government_host(url: str) -> bool:
    """Whether ``url`` is on a government's own host (….gov.cn)."""
    return url_host(url).endswith(".gov.cn")


_VOWELS = frozenset("aoe")  # the letters a pinyin syllable may open with, no initial before


def host_regions(gazetteer: Gazetteer, url: str) -> list[Region]:
    """The regions a page's host names in pinyin (www.fangxian.gov.cn,
    jinrifangxian.com: 房县) or, on a government host, in initials of its prefecture and
    its own name (qdndz.gov.cn: 黔东南 丹寨): the longest match opening or closing each host
    label, every region it may mean. A name shorter than six letters counts only as a province's
    name making a label whole (hebei.com.cn), or any region's making a government host's
    label whole (miluo.gov.cn)."""
    host = url_host(url)
    labels = [label for label in host.split(".") if label.isalpha() and
              label not in _HOST_WORDS]
    index = _pinyin_index(gazetteer)
    found: dict[str, Region] = {}
    gov = on_government_host(url)
    for label in labels:
        # (at the label's start or end: jinrifangxian.com, not edutainingadventures.com,
        # whose 'taining' is a piece of an English word)
        # (and the rest of the label pinyin too, or a host word: jinri+fangxian, not
        # tjgb.hongheiku.com, whose 'iku' after 'honghe' spells no syllable)
        # (not guanchang.qwyd.net as gu+anchang, 广昌 by a rare reading of 广: a name
        # opening with a vowel after other letters runs into them, which pinyin marks
        # with an apostrophe a host cannot write)
        best = max((key for key in index if len(key) >= _MIN_HOST_PINYIN
                    and ((label.startswith(key) and _spelled(label[len(key):]))
                         or (label.endswith(key) and _spelled(label[:-len(key)])
                             and (key[0] not in _VOWELS or len(key) == len(label))))),
                   key=len, default=None)
        if best is None and any(r.level == "province" for r in index.get(label, [])):
            best = label  # heb.hebei.com.cn: a province's name the whole label, if short
        if best is None and gov and len(label) >= _MIN_GOV_LABEL and label in index:
            best = label
        for region in index.get(best, []) if best else []:
            found[region.code] = region
    if not found and not gov and (channel := _portal_channel(host)) is not None and (
            province := gazetteer.get(channel)) is not None:
        return [province]  # (ah.sina.com.cn: 新浪安徽, a national portal's channel)
    if not found and not gov and (press := _press_host(host)) is not None and (
            province := gazetteer.get(press)) is not None:
        return [province]  # (hnrb.voc.com.cn: 湖南日报 on 华声在线, a province's press)
    if not found and gov:
        known = _gov_hosts().get(host.split(".")[-3] if host.count(".") >= 2 else "")
        city = gazetteer.get(known) if known is not None else None
        if city is not None:
            return [city]  # (tjj.gz.gov.cn: 广州, no province's initials)
        initials = _initials_index(gazetteer)
        for label in labels:
            for region in initials.get(label, []):
                found[region.code] = region
    return list(found.values())


@cache
def _syllables() -> frozenset[str]:
    """Every toneless pinyin syllable with a vowel (pypinyin's readings of every
    character; not the interjections m, ng, hm)."""
    from pypinyin.constants import PINYIN_DICT
    from pypinyin.contrib.tone_convert import to_normal

    return frozenset(s for v in PINYIN_DICT.values() for p in v.split(",")
                     if set(s := to_normal(p)) & set("aeiouv"))


_SYLLABLE_MAX = 6  # letters of the longest syllable (zhuang, shuang)


def _spelled(rest: str) -> bool:
    """Whether ``rest`` of a host label is empty, a host word, or pinyin syllables."""
    if not rest or rest in _HOST_WORDS:
        return True
    syllables = _syllables()
    ends = {0}  # where a run of whole syllables from the start can end
    for at in range(1, len(rest) + 1):
        if any(at - n in ends and rest[at - n:at] in syllables
               for n in range(1, min(_SYLLABLE_MAX, at) + 1)):
            ends.add(at)
    return len(rest) in ends


@cache
def _gov_hosts() -> dict[str, str]:
    """The government hosts' labels that name a city (``data/gov_hosts.tsv``)."""
    return {row["label"]: row["code"] for row in read_table("gov_hosts.tsv")}


def _on_domain(host: str, domain: str) -> bool:
    """Whether ``host`` is ``domain`` or one of its subdomains (hnrb.voc.com.cn on
    voc.com.cn), not a host that merely ends in its letters (xvoc.com.cn)."""
    return host == domain or host.endswith("." + domain)


def _press_host(host: str) -> str | None:
    """The province whose own press ``host`` belongs to (``data/press_hosts.tsv``), if
    it is one."""
    return next((code for domain, code in _press_rows() if _on_domain(host, domain)), None)


@cache
def _press_rows() -> tuple[tuple[str, str], ...]:
    return tuple((row["domain"], row["code"]) for row in read_table("press_hosts.tsv"))


def _portal_channel(host: str) -> str | None:
    """The province whose channel on a national news portal ``host`` is (ah.sina.com.cn,
    hn.people.com.cn: its first label, the province's alpha code or the portal's own
    label; ``data/portal_channels.tsv``), if it is one."""
    label, _, rest = host.partition(".")
    for portal, channel, region in _portal_rows():
        if _on_domain(rest, portal):
            if channel == label:
                return region
            if channel == "*" and region == "iso":
                return _alpha_codes().get(label)
    return None


@cache
def _portal_rows() -> tuple[tuple[str, str, str], ...]:
    return tuple((row["portal"], row["label"], row["region"])
                 for row in read_table("portal_channels.tsv"))


@cache
def _alpha_codes() -> dict[str, str]:
    """The provinces' alpha codes as host labels write them (``data/province_alpha_codes.tsv``)."""
    return {row["code"]: row["region"] for row in read_table("province_alpha_codes.tsv")}


def path_regions(gazetteer: Gazetteer, url: str) -> list[Region]:
    """The regions the Chinese words of a page's path name, percent-encoded or not
    (…/新疆统计年鉴2012/html/0701.htm: a yearbook's tables name their region nowhere else)."""
    path = unquote(url.split("://", 1)[-1].partition("/")[2])
    words = " ".join(_CJK_RUN.findall(path))
    return named_regions(gazetteer, words) if words else []


def path_initials_regions(gazetteer: Gazetteer, url: str, within: Region) -> list[Region]:
    """The parts of ``within`` (the region whose host a page is on) that a word of the
    page's path spells by the initials of its full name (gz.gov.cn/…/gqgzbg/lwq/…: 荔湾区,
    a district of 广州市, on the city portal's channel of its districts' reports; the
    path's other words, zwgk and content, spell none of them)."""
    path = url.split("://", 1)[-1].partition("/")[2].lower()
    words = {w for w in re.findall(r"[a-z]+", path)
             if _PATH_INITIALS[0] <= len(w) <= _PATH_INITIALS[1]}
    if not words:
        return []
    return [region for region in gazetteer.by_code.values() if region.parent == within.code
            and _initials(region.name) in words]


_PATH_INITIALS = (3, 5)  # letters of a part's initials, its division's word counted (lwq)


def named_regions(gazetteer: Gazetteer, text: str) -> list[Region]:
    """The regions ``text`` names with no role (no yardstick, no authority, no dateline),
    each once, in the order first named."""
    return list({item.region.code: item.region for item in resolve_mentions(text, gazetteer)
                 if item.mention.role is None}.values())


_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")


def file_name_regions(gazetteer: Gazetteer, name: str) -> list[Region]:
    """The regions a file's name spells in pinyin, a word of it whole (nt-haimen-2022-plan:
    海门区), as a saver names files after their place; a word shorter than six letters
    never counts."""
    stem = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", name.rsplit("/", 1)[-1]).lower()
    words = [w for w in re.findall(r"[a-z]+", stem) if len(w) >= _MIN_HOST_PINYIN]
    if not words:
        return []  # (the pinyin index imports pypinyin and reads every name: not for d.txt)
    index = _pinyin_index(gazetteer)
    found: dict[str, Region] = {}
    for word in words:
        for region in index.get(word, []):
            found[region.code] = region
    return list(found.values())


def _initials(name: str) -> str:
    """The pinyin initials of ``name`` (荔湾区: lwq), the way hosts and paths abbreviate it;
    pypinyin is imported only here, on the address's fallbacks."""
    from pypinyin import Style, lazy_pinyin

    return "".join(lazy_pinyin(name, style=Style.FIRST_LETTER))


_OWN_INITIALS_MIN = 4  # letters of a county's own initials a host may use (yylq, not lwq)


def _initials_index(gazetteer: Gazetteer) -> dict[str, list[Region]]:
    """Pinyin initials of a county's parent's (or province's) short name and its own
    (黔东南丹寨: qdndz, 江西丰城: jxfc), of its own full name when four letters or more
    (岳阳楼区: yylq), and of a province's short name (重庆: cq), the way government hosts
    abbreviate them."""
    if gazetteer in _INITIALS:
        return _INITIALS[gazetteer]
    index: dict[str, list[Region]] = {}
    for region in gazetteer.by_code.values():
        parent = gazetteer.by_code.get(region.parent or "")
        if region.level != "county" or parent is None:
            continue
        # (jxfc.gov.cn: 江西 丰城, a county-level city's site by its province's initials)
        grand = gazetteer.by_code.get(parent.parent or "")
        aboves = {_bare(parent.name), *parent.aliases}
        if parent.level == "prefecture" and grand is not None and grand.level == "province":
            aboves |= {_bare(grand.name), *grand.aliases}
        for own in {_bare(region.name), *region.aliases}:
            for above in aboves:
                key = _initials(above) + _initials(own)
                if len(key) >= 4:
                    index.setdefault(key, []).append(region)
        # (yylq.gov.cn: 岳阳楼区, a district's site by its own full name's initials)
        if len(key := _initials(region.name)) >= _OWN_INITIALS_MIN:
            index.setdefault(key, []).append(region)
    # a province by its short name's initials (cq.gov.cn: 重庆, hlj: 黑龙江), where no
    # other province shares them (hb is 河北 and 湖北: neither)
    provinces: dict[str, list[Region]] = {}
    for region in gazetteer.by_code.values():
        if region.level == "province":
            for short in {_bare(region.name), *region.aliases}:
                provinces.setdefault(_initials(short), []).append(region)
    for key, regions in provinces.items():
        if len({r.code for r in regions}) == 1 and key not in index:
            index[key] = regions[:1]
    _INITIALS[gazetteer] = index
    return index


def _under(gazetteer: Gazetteer, region: Region, tops: list[Region]) -> bool:
    return any(gazetteer.is_within(region.code, t.code) for t in tops)


def _bare(name: str) -> str:
    for suffix in DIVISION_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            return name.removesuffix(suffix)
    return name

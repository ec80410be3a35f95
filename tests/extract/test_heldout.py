"""End to end on the held-out set: documents written apart from the seeds and the dev
corpus (``heldout/``: a provincial work report, statistics releases and a bulletin, a
five-year outline, Hong Kong and Taiwan reports, project features, a round-up under
headings, web noise and Chinese numerals, enterprise and park numbers that are no region
facts), scored with the reference scorer's rules by :func:`plantrack.evaluate.evaluate`.

``blind/`` is a second, smaller set written after the rules were tuned on ``heldout/``
(it scored 0.898 on first sight; two general gaps it showed were then closed: 过去一年
as last year, and a list of regions running across ；).

``blind2/`` (8 documents: a western province's work report, a northeastern city's Q3
release with 9月份 and 1-9月, a Shanghai district's five-year mid-term review, a Zhejiang
county-level city's project news, a traditional-script Hong Kong report on Guangdong, the
national Q3 release, a Guangdong county-level city's web page with markup, a Beijing
district's half-year review) was written before its author read the extractor: 0.904 on
first sight. The general gaps it showed were closed (periods after 比/较, 9月份, 环比,
占全国比重, a sector named with a catalogue name, 兰州新区 as a park, 比例 as a share,
较年初增加, 分别 after name-value items, 年均 within its segment).

``blind3/`` (6 documents: an autonomous region's work report, a prefecture's Q3 release
with several declines, a county's five-year plan outline with a 十三五 review, a Taiwan
report on Sichuan in 兆/億, a district's project signing and groundbreaking news, a city
NPC plan report) was written before its author read the extractor: 0.971 on first
sight. The two general gaps it showed were closed (a plan outline's title dates it to
the plan's first year, 年增 as growth).

The floor guards the general rules these documents exercise; it is below the current
figure (1.000 on all four when set) so that a deliberate trade-off elsewhere can still land.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from plantrack.evaluate import evaluate, predict, summary_lines

HERE = Path(__file__).parent
MIN_F1 = 0.95


@pytest.mark.parametrize(("folder", "documents"), [("heldout", 12), ("blind", 5),
                                                    ("blind2", 8), ("blind3", 6)])
def test_heldout_set_reaches_the_floor_with_every_quote_grounded(folder: str,
                                                                 documents: int) -> None:
    predictions, errors = predict(HERE / folder, HERE / folder)
    assert errors == []
    report = evaluate(HERE / folder, predictions, HERE / folder)
    totals = report.totals
    summary = "\n".join(summary_lines(report))
    assert len(report.documents) >= documents, summary
    assert totals.quotes > 0, summary
    assert totals.quotes_bad == 0, summary
    assert totals.f1 >= MIN_F1, summary

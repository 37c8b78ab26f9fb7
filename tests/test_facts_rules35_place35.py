"""Place rules of helper place35 (a venue that is the subject of its own event), each on a real corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface

# fy2_10_nansha_starts_q1_2020: the title and first paragraph of the text
_NANSHA = (
    '廣州動工和簽約59個項目 總投資超千億元\n“廣州南沙粵港澳全面合作示範區廣東自貿試驗區南沙片區2020年第一季度重點項目'
    '簽約及集中開工動員活動”9日在廣州南沙舉行,共開工29個項目,總投資459.72億元(人民幣,下同),簽約30個項目,總'
    '投資1158.91億元,為廣州打造粵港澳全面合作示範區注入強勁動力。\n'
)


def test_district_holding_its_own_event_is_the_place() -> None:
    # “…南沙片區…活動”9日在廣州南沙舉行,共開工29個項目: 南沙 holds its own event; not the title's 广州
    facts = facts_by_surface(_NANSHA, dt.date(2020, 3, 10))
    assert facts["29個"][0] == "南沙"
    assert facts["1158.91億元"][0] == "南沙"
    assert facts["59個"][0] == "广州"  # the title's figure stays the city's

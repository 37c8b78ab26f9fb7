"""Period rules of helper period37a (ruling 12: a single project's design sizes and expected outputs have period
``-``, basis ``unknown``; a batch's sums keep their period), each on a real sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface

# fan2_03_qiandongnan_signing_q1_2022 (dated 2022-03-30)
_QIANDONGNAN = "该项目为今年一季度黔东南州重点招商引资项目,由台江县人民政府与中国500强企业水发集团有限公司签约,项目用地110亩,主要建设内容为年产20万吨再生铅及相关配套设施,项目建成后,预计实现年营业收入30亿元,年创税2.5亿元,带动就业400人。\n"
# fab1_08_changchun_signing_2019 (dated 2019-08-27)
_CHANGCHUN = "長春農安經濟技術開發區與嘉森軌道交通科技有限公司簽署了現代裝備製造項目,計劃投資5億元,年産客車內飾行李架、底板、車廂等配套件30萬件。\n"
# fs2_09_chongqing_keyprojects_2023 (dated 2023-10)
_CHONGQING = "該項目是西南地區首座抽水蓄能電站,設計年發電利用1670小時、年發峰荷電量20.04億千瓦時,將承擔重慶地區電網調峰、填谷、調頻、調相和緊急事故備用等任務。\n"
# fl1_12_heilongjiang_projects_2020 (a batch's totals, gold 2020)
_HEILONGJIANG = "截至三季度,2020年加強版百大項目共有56個項目竣工,按期竣工22個、提前竣工34個。累計完成投資198.85億元,超過計劃投資額27.3%,預計利稅超百億元,可帶動就業超過10萬人。\n"


def test_single_project_design_size_has_no_period() -> None:
    facts = facts_by_surface(_QIANDONGNAN, dt.date(2022, 3, 30))
    assert facts["110亩"][2:] == ("-", "unknown")
    assert facts["20万吨"][2:] == ("-", "unknown")


def test_single_project_expected_output_has_no_period() -> None:
    facts = facts_by_surface(_QIANDONGNAN, dt.date(2022, 3, 30))
    assert facts["2.5亿元"][2:] == ("-", "unknown")
    assert facts["400人"][2:] == ("-", "unknown")


def test_design_list_items_have_no_period() -> None:
    facts = facts_by_surface(_CHANGCHUN, dt.date(2019, 8, 27))
    assert facts["30萬件"][2:] == ("-", "unknown")


def test_design_word_sizes_have_no_period() -> None:
    facts = facts_by_surface(_CHONGQING, dt.date(2023, 10, 20))
    assert facts["1670小時"][2:] == ("-", "unknown")
    assert facts["20.04億千瓦時"][2:] == ("-", "unknown")


def test_a_batch_keeps_its_period() -> None:
    facts = facts_by_surface(_HEILONGJIANG, dt.date(2020, 10, 10))
    assert facts["百億元"][2] == "2020"
    assert facts["10萬人"][2] == "2020"

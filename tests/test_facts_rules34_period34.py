"""Period rules of helper period34 (a glossed signing's breakdown, a bare day opening a season-named batch's
paragraph, counts and sums since a year to a month's end), each on a real sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface

# fal1_06_fujian_cifit_signing_2025 (dated 2025-09-08)
_FUJIAN = '2025年9月8日下午,第二十五屆投洽會(huì)“投資福建”重大項(xiàng)目集中簽約儀式在廈門國際會(huì)展中心舉行。\n本次活動(dòng)現(xiàn)場(chǎng)集中簽約項(xiàng)目50個(gè)、計劃投資1201.5億元。其中,外商投資項(xiàng)目21個(gè)、計劃投資445.7億元,央企投資項(xiàng)目12個(gè)、計劃投資328.7億元,民企投資項(xiàng)目14個(gè)、計劃投資263.3億元,省屬國企投資項(xiàng)目3個(gè)、計劃投資163.8億元。\n'

# fal2_06_tumxuk_projects_2022 (dated 2022-02-24)
_TUMXUK = '新疆兵團重大項目集中開復(fù)工 紡織能源建材主導(dǎo)\n中新網(wǎng)烏魯木齊2月23日電 (史玉江)2022年立春后,新疆生產(chǎn)建設(shè)兵團第一師、第三師一周內(nèi)重大項目集中開復(fù)工的項目超過500個,總投資1000多億元。項目涵蓋紡織、能源、建材、裝備制造、水利、社會民生、商貿(mào)流通、房地產(chǎn)等多個行業(yè)。\n22日,新疆兵團第三師圖木舒克市舉行2022年春季重大項目集中開復(fù)工儀式。此次集中開復(fù)工項目292個,總投資572億元,年度計劃投資283億元。記者注意到,新開工的項目中,總投資10—30億元項目22個,30億元以上項目4個。\n據(jù)了解,本次開復(fù)工項目涉及紡織、農(nóng)副產(chǎn)品加工、建材、能源、裝備制造等多個行業(yè)。包含市政項目68個,交通水利項目27個,社會事業(yè)項目(民生項目)81個,園區(qū)建設(shè)項目38個。\n'

# fal2_03_gansu_central_projects_2023 (dated 2023-10-25)
_GANSU = '每日甘肃网10月25日兰州讯(新甘肃·甘肃经济日报记者李明娟)10月24日,记者从2023年三季度央地合作项目协调推进会上获悉,截至9月底,2021年以来我省签约的央地合作项目已开工218个(其中投产64个),开工率78.99%,累计完成投资2206.38亿元。\n'


def test_glossed_breakdown_takes_the_signing_day() -> None:
    facts = facts_by_surface(_FUJIAN, dt.date(2025, 9, 8))
    assert facts["445.7億元"][2:] == ("2025-09-08", "inferred")
    assert facts["21個"][2:] == ("2025-09-08", "inferred")


def test_bare_day_opening_a_season_batch_takes_the_day() -> None:
    facts = facts_by_surface(_TUMXUK, dt.date(2022, 2, 24))
    assert facts["292個"][2:] == ("2022-02-22", "stated")
    assert facts["38個"][2:] == ("2022-02-22", "inferred")
    assert facts["283億元"][2] == "2022"


def test_since_a_year_to_a_month_end() -> None:
    facts = facts_by_surface(_GANSU, dt.date(2023, 10, 25))
    assert facts["218个"][2:] == ("2023-09-30", "stated")
    assert facts["78.99%"][2] == "2023-09-30"
    assert facts["2206.38亿元"][2:] == ("2021M1-2023M9", "stated")

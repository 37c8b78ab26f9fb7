"""Period rules of helper period38a (ranks of a ranking named for one year, a review's year headings, a quarter's
rates against the year before's whole year and the same quarter, 近N个季度, a list member naming its own months, and
二季度 in a half-year report), each on real sentences of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface

# fao2_09_jiangsu_devzones_2023 (dated 2023-12-28), the first paragraphs
_JIANGSU = '12月28日,商务部网站公布2023年国家级经济技术开发区综合发展水平考核评价结果,江苏9家国家级经开区跻身30强,苏州工业园区再次以优异成绩蝉联综合排名第一,实现“八连冠”。\n此次商务部对全国230家国家级经开区2022年度综合发展水平情况进行考核评价。考核评价结果显示,国家级经开区作为高水平对外开放平台,积极推进经济高质量发展,在巩固外贸外资基本盘中发挥了重要作用,呈现总量扩大、质量提升、开放带动作用进一步增强的良好发展态势。\n在综合排名前三十名中,除苏州工业园区居榜首以外,江苏省还有昆山经济技术开发区、江宁经济技术开发区、南京经济技术开发区、吴江经济技术开发区、南通经济技术开发区、徐州经济技术开发区、吴中经济技术开发区、苏州浒墅关经济技术开发区8家经开区上榜,分别列第四名、第八名、第十四名、第十九名、第二十一名、第二十五名、第二十八名、第二十九名。\n'
# fao1_07_sichuan_review_2021 (dated 2021), a review in data points
_SICHUAN = '☆发展新优势\n●全省GDP\n从2012年的2.39万亿元\n增加到2020年的4.86万亿元\n迈上两个万亿元台阶\n●三次产业结构\n由2012年的13.8∶52.8∶33.4\n调整到2020年的11.4∶36.2∶52.4\n●科技对经济增长贡献率\n从2012年的48.9%\n提高到2020年的60%\n●2020年\n全省电子信息等五大支柱产业的营业收入超过4万亿元,占全省规上工业的比重超过八成\n数字经济总量约1.6万亿元,规模居西部第一\n全省民营经济市场主体达到681.5万户,占市场主体总量的97.5%\n民营经济增加值逾2.6万亿元,占全省经济比重达54.6%\n'
# fao1_06_hubei_q1_2025 (dated 2025-04-18), the first paragraphs
_HUBEI = '4月18日,湖北省统计局发布一季度湖北经济运行数据,证券时报记者从发布会上获悉,一季度湖北实现生产总值1.35万亿元,同比增长6.3%。分产业看,第一产业增加值828.69亿元,增长3.2%;第二产业增加值5344.85亿元,增长6.4%;第三产业增加值7369.95亿元,增长6.5%。\n湖北省统计局党组成员、副局长叶福生介绍,一季度湖北省经济运行起步有力、开局良好,主要经济指标增长加快,顺利实现开门红。\n整体经济稳健有力。一季度,全省GDP按不变价格计算,同比增长6.3%,分别高于上年全年和上年同期0.5个、0.2个百分点,也高于全国0.9个百分点,实现近12个季度最高增速、近9个季度高于全国的最大幅度。规上工业增加值、1-2月规上服务业营业收入分别增长8.1%、13.8%,分别高于全国1.6个、5.6个百分点。社会消费品零售总额、固定资产投资、出口额分别增长7.3%、6.6%、22.4%,分别高于全国2.7个、2.4个、15.5个百分点。\n'
# fao2_02_hebei_industry_h1_2025 (dated 2025-07-29), the first paragraphs
_HEBEI = '河北工業經濟上半年總體平穩向好 高於全國平均增速1個百分點\n人民網石家庄7月29日電 (朱延生)7月29日,河北省人民政府新聞辦公室舉行2025年上半年河北省工業經濟發展情況新聞發布會,介紹今年上半年河北工業經濟運行總體情況。\n河北省工業和信息化廳黨組成員、副廳長馬越介紹,總的來看,河北工業經濟一季度開局良好,二季度頂壓前行,上半年總體平穩向好,規模以上工業增加值增長7.4%,高於全國平均增速1個百分點,高於年度目標1.9個百分點,順利實現“雙過半”,為完成全年目標任務奠定了堅實基礎。\n從發展成效看,上半年全省工業投資增長21.7%,高於全國11.4個百分點,排名全國第3位,其中工業技改投資增長16.3%,高於全國12.7個百分點。\n汽車整車廠商加力產品創新,新車型上市熱銷,整車產量逐月回升,上半年全省生產整車46.6萬輛,其中新能源汽車產量17.3萬輛、增長4.7%。\n生物醫藥產業方面,龍頭藥企加大創新研發投入力度,3個一類創新藥、120個仿制藥獲批上市,全行業增加值增長4.8%。新一代信息技術、新能源、新材料產業增加值分別增長11.4%、8.1%、9.5%。'


def test_ranks_take_the_rankings_year() -> None:
    facts = facts_by_surface(_JIANGSU, dt.date(2023, 12, 28))
    assert facts["第四名"][2] == "2023"
    assert facts["第二十九名"][2] == "2023"


def test_year_heading_reaches_the_lines_under_it() -> None:
    facts = facts_by_surface(_SICHUAN, dt.date(2021, 6, 30))
    assert facts["4万亿元"][2:] == ("2020", "stated")
    assert facts["54.6%"][2] == "2020"


def test_whole_year_and_same_quarter_pair() -> None:
    facts = facts_by_surface(_HUBEI, dt.date(2025, 4, 18))
    assert facts["0.5个"][2] == "2025Q1/2024"
    assert facts["0.2个百分点"][2] == "2025Q1"
    assert facts["0.9个百分点"][2] == "2025Q1"


def test_near_quarters_is_a_streak() -> None:
    facts = facts_by_surface(_HUBEI, dt.date(2025, 4, 18))
    assert facts["12个季度"][2] == "2022Q2-2025Q1"
    assert facts["9个季度"][2] == "2023Q1-2025Q1"


def test_list_member_with_own_months() -> None:
    facts = facts_by_surface(_HUBEI, dt.date(2025, 4, 18))
    assert facts["8.1%"][2] == "2025Q1"
    assert facts["13.8%"][2] == "2025M1-M2"
    assert facts["7.3%"][2] == "2025Q1"
    assert facts["15.5个百分点"][2] == "2025Q1"


def test_second_quarter_in_passing_does_not_reach_later_paragraphs() -> None:
    facts = facts_by_surface(_HEBEI, dt.date(2025, 7, 29))
    assert facts["4.8%"][2] == "2025H1"
    assert facts["120個"][2] == "2025H1"

"""Place rules of helper place31 (short names a list introduces beside known places, a province's groups of cities
and regions by direction, a city's several zones together, two zones named as one, a batch's own sentence), each on
real sentences of a corpus text."""

from __future__ import annotations

import datetime as dt

from shangyu_analysis.extract.figures import extract_figures
from shangyu_analysis.text import parse_text
from tests.facts_helpers import facts_by_surface

# fai1_02_xinganmeng_m1_m2_2021 (dated 2021): the whole text
_XINGANMENG = (
    "今年以来,各旗县市团结在盟委、行署周围,统筹推进疫情防控常态化和经济社会发展成效显著,工业、投资、消费三大领域开局运行良好,全盟县域经济持续恢复性增长。\n"
    "一、县域工业增加值增速较高\n"
    "1-2月份,全盟县域规模以上工业增加值按可比价格计算,同比增长30.2%,增速较上年同期提高20.7个百分点。从6个旗县市增速看,突泉、扎旗、前旗高于全盟平均水平,同比分别增长193.5%、99.5%"
    "、37.6%;乌市、中旗分别增长24.3%、4.8%;阿尔山下降66.5%。\n"
    "二、县域投资项目开工较早\n"
    "2018-2020年同期全盟均无投资活动,今年1-2月份,全盟投资项目开工早、动作快,共有15个5000万以上项目和14个500—5000万项目开复工,乌市、阿尔山、扎旗、突泉四地均有投资活动。\n"
    "三、县域消费市场持续恢复\n"
    "1-2月份,全盟县域社会消费品零售总额完成26.23亿元,同比增长25.9%,增速较上年同期提高50.8个百分点。从6个旗县市总量看,从高到低依次为乌市、前旗、扎旗、突泉、中旗、阿尔山。从6个旗县市增"
    "速看,前旗、扎旗、中旗高于全盟平均水平,同比分别增长37.3%、30.2%、26.7%;乌市、突泉、阿尔山分别增长23.6%、23.1%、20.5%。\n"
    "四、县域财政收支一降一升\n"
    "1-2月份,全盟县域公共财政预算收入完成7.54亿元,同比下降27.7%。从6个旗县市增速看,前旗、阿尔山、突泉、乌市、中旗高于全盟平均水平,同比分别增长65.3%、52.6%、49.9%和下降9.4"
    "%、18.8%;扎旗下降62.8%。\n"
)

# fai1_07_jiangsu_hightech_2022 (dated 2023-02-09): its first three lines
_JIANGSU = (
    "2022年江苏高新技术企业数量达4.4万家,比上年增长18.9%;全年实现产值超7.8万亿元,占规上工业的比重达48.5%,提高1个百分点……江苏省统计局2月8日公布全省高新技术产业发展情况,去年江苏"
    "高新技术企业表现明显优于规上工业,产值、投资增幅均超两位数。\n"
    "从行业看,去年江苏高新技术产业八大行业(新能源、航天航空、电子及通讯设备、生物医药、仪器仪表、新材料、智能装备、电子计算机及办公设备)均保持正增长,其中新能源产业的增幅达44.2%,航空航天、电子及通"
    "讯设备业的增幅分别为24.6%、18.6%。\n"
    "从区域看,苏中、苏北地区发展有所加快。去年苏南、苏中、苏北高新技术产业产值增幅分别为9.0%、12.3%、18.5%,占规上工业的比重分别为52.3%、49.8%、41.1%,苏北地区的占比首次突破4"
    "0%,反映出江苏产业结构优化加快,区域协同发展态势向好。\n"
)

# fai1_03_neimenggu_industry_q1_2017 (dated 2017-04-26): its title and the paragraph of its groups of cities
_NEIMENGGU = (
    "一季度内蒙古完成工业固定资产投资366.96亿元\n"
    "据了解,从盟市工业投资完成情况总量来看,鄂尔多斯市仍领跑全区,完成投资额105.50亿元,占全区工业固定资产投资额的28.75%,占西部七盟市工业固定资产投资额的36.75%。从增速看,有8个盟市的增"
    "速超过全区平均水平,分别是乌海市45.95%、呼伦贝尔市45.72%、呼和浩特市45.14%、兴安盟40.36%、乌兰察布市36.79%、阿拉善盟15.79%、赤峰市15.35%、包头市13.90%。"
    "从区域看,一季度西部七盟市完成工业固定资产投资287.08亿元,同比增长10.23%,高于全区平均增速0.39个百分点,占全区工业固定资产投资额的78.23%;东部五盟市完成工业固定资产投资79.88"
    "亿元,同比增长8.46%,低于全区平均增速1.38个百分点,占全区工业固定资产投资额的21.77%。\n"
)

# fai2_07_hubei_q1starts_2023 (dated 2023-02-01): its first four lines
_HUBEI = (
    "昨日,湖北省举行一季度重大项目集中开工活动,全省集中开工亿元以上项目2506个、总投资15492亿元、年度计划投资4460亿元。其中,百亿元以上项目20个,项目数量、投资规模均超历史同期。\n"
    "今年一季度全省集中开工的重大项目数、总投资、年度计划投资,分别比去年同期增加593个、1365亿元、779亿元,再创单季新高。从重点领域看,东风新能源整车及零部件等重大产业项目1582个,总投资926"
    "2亿元;襄宜高速等基础设施项目581个,总投资4617亿元;武汉儿童医院光谷院区等社会民生项目236个,总投资936亿元;清江水系联通修复二期等生态环保项目107个,总投资677亿元。\n"
    "从区域分布看,武汉都市圈项目1232个,总投资7739亿元;襄阳都市圈项目520个,总投资3369亿元;宜荆荆都市圈项目754个,总投资4384亿元。\n"
    "集中开工活动主会场所在的武汉新城创新策源基地,将建设东湖科学论坛、重大科技基础设施和科学社区等项目,占地面积约1780亩,总投资135亿元。\n"
)

# fai2_02_guangzhou_devzones_m10_2024 (dated 2024): its title and first line
_GUANGZHOU = (
    "今年前10月 廣州經開區外貿進出口額5981億\n"
    "廣州市政府新聞辦公室17日召開「拚經濟穩增長.經開區建設」記者會,廣州市商務局在會上通報,今年1月至10月,該市9個經濟技術開發區(經開區)實現外貿進出口額5981.9億元(人民幣,下同,約819億美"
    "元),為全市經濟回升向好提供重要支撐。\n"
)

# fq2_08_nanchang_devzone_2019 (dated 2019): its first three lines
_NANCHANG = (
    "29日,南昌經(jīng)開區(qū)、臨空區(qū)(贛江新區(qū)經(jīng)開組團、臨空組團)舉行“2019年集中簽約、開工、投產(chǎn)活動”,現(xiàn)場集中簽約、開工、投產(c"
    "hǎn)項目共計134個,總額超1100億元。\n"
    "此次集中簽約、開工、投產(chǎn)項目涉及電子信息、高端智能制造、醫(yī)藥等產(chǎn)業(yè)。其中,集中簽約項目61個,投資總額約450億元;集中開工項目34個,投資總額約439億元;集"
    "中投產(chǎn)項目共計39個,總投資約227億元。\n"
    "2018年南昌經(jīng)開區(qū)、臨空區(qū)園區(qū)總收入突破3000億元大關(guān),全區(qū)現(xiàn)有企業(yè)6000余家,產(chǎn)值過億元的企業(yè)2"
    "20多家。在2019年上半年爭先創(chuàng)優(yōu)綜合考評中,南昌經(jīng)開區(qū)的科技創(chuàng)新和營商環(huán)境兩項指標(biāo)在全省99個開發(fā)區("
    "qū)中排名第一。\n"
)

# faa1_03_anhui_starts_2022 (dated 2022-01-04): its first two lines
_ANHUI = (
    "1月4日,2022年安徽省第一批重大项目集中开工动员会在合肥举行,涉及731个重大项目,总投资3760.6亿元(人民币,下同)。\n"
    "此次集中开工的731个重大项目中,滁州市100个、芜湖市61个、阜阳市56个,位居该省16个市的前三位。集中开工的重大项目总投资3760.6亿元,年度计划投资1262.5亿元,涉及战略性新兴产业、交通"
    "、社会事业等12个行业领域,其中制造业项目分别占项目总数和总投资的72.1%、58.7%。\n"
)


def test_short_names_a_list_introduces_beside_known_places() -> None:
    article = parse_text(_XINGANMENG, date=dt.date(2021, 3, 31))
    article.place = "兴安"  # its sidecar's place: the text says only 全盟
    frame = extract_figures(article)
    facts = {s: (p,) for s, p in zip(frame["surface"], frame["place"])}
    assert facts["99.5%"][0] == "扎旗"
    assert facts["4.8%"][0] == "中旗"  # a list of learned names only (乌市、中旗分别增长24.3%、4.8%)
    assert facts["62.8%"][0] == "扎旗"  # a clause led by a learned name


def test_regions_by_direction_in_a_list() -> None:
    facts = facts_by_surface(_JIANGSU, dt.date(2023, 2, 9))
    assert [facts[s][0] for s in ("9.0%", "12.3%", "18.5%")] == ["苏南", "苏中", "苏北"]
    assert facts["41.1%"][0] == "苏北"


def test_groups_of_cities_lead_their_clause() -> None:
    facts = facts_by_surface(_NEIMENGGU, dt.date(2017, 4, 26))
    assert facts["287.08亿元"][0] == "西部七盟市"
    assert facts["0.39个百分点"][0] == "西部七盟市、内蒙古"
    assert facts["79.88亿元"][0] == "东部五盟市"
    facts = facts_by_surface(_HUBEI, dt.date(2023, 2, 1))
    assert facts["754个"][0] == "宜荆荆都市圈"
    assert facts["1780亩"][0] == "武汉新城"


def test_a_citys_several_zones_together() -> None:
    facts = facts_by_surface(_GUANGZHOU, dt.date(2024, 12, 1))
    assert facts["5981.9億元"][0] == "广州"


def test_two_zones_named_as_one() -> None:
    facts = facts_by_surface(_NANCHANG, dt.date(2019, 7, 1))
    assert facts["439億元"][0] == "南昌经开区、临空区"
    assert facts["3000億元"][0] == "南昌经开区、临空区"


def test_a_batchs_own_sentence() -> None:
    facts = facts_by_surface(_ANHUI, dt.date(2022, 1, 4))
    assert facts["1262.5亿元"][0] == "安徽"

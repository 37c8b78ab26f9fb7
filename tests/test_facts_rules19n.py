"""Facts rules added for issue #19, round 7 (parts K, L and M as development data): each on a real sentence of a
corpus text."""

from __future__ import annotations

import datetime as dt

from shangyu_analysis.text.periods import find_times
from tests.facts_helpers import facts_by_surface


def test_a_review_span_opening_a_work_report_without_a_year_frames_it():
    # fm1_04_henan_govreport_2023: 一、过去五年工作回顾 / 五年来,… and no year written anywhere
    text = (
        "一、过去五年工作回顾\n\n"
        "  过去的五年极不寻常。五年来,我们坚持以习近平新时代中国特色社会主义思想为指引,迈上了现代化河南建设的新征程。\n\n"
        "  综合实力大幅提升。生产总值突破6万亿元,工业增加值突破2万亿元。固定资产投资年均增长6.8%。"
        "城镇新增就业640万人。常住人口城镇化率57.1%、提高6.5个百分点。\n\n"
        "  乡村振兴扎实推进。连续6年粮食总产稳定在1300亿斤以上。\n"
    )
    facts = facts_by_surface(text, dt.date(2023, 1, 14))
    assert facts["6万亿元"][2:] == ("2022", "inferred")
    # the span's figures are stated by the lead 五年来, (ruling 1; the gold of fm1_04 reads them stated: basis33)
    assert facts["6.8%"][2:] == ("2018-2022", "stated")
    assert facts["640万人"][2:] == ("2018-2022", "stated")
    assert facts["6.5个百分点"][2] == "2022/2017"  # a rate's change over the span: its end against its start
    assert facts["6年"][2] == "2017-2022"


def test_a_run_start_and_a_period_compared_with_are_not_carried_on():
    # fm1_05_shanxi_halfyear_2017: 经过2014年一季度以来的13个季度后,…。分产业看,… and 分别快于一季度、2016年全年…。
    text = (
        "山西省统计局数据显示,初步核算,山西2017年上半年全省地区生产总值6577.91亿元人民币,按可比价格计算同比增长6.9%,"
        "增速与全国同步,比一季度加快0.8个百分点,经过2014年一季度以来的13个季度后,首次步入合理区间。"
        "分产业看,第一产业增加值320亿元,增长3.0%。\n\n"
        "2017年上半年,全省规模以上工业增加值同比增长8.1%,分别快于一季度、2016年全年2.3个、7个百分点。"
        "按照新的行业分类,能源工业增加值增长8.1%,材料与化学工业增长11%。\n"
    )
    facts = facts_by_surface(text, dt.date(2017, 7, 24))
    assert facts["320亿元"][2:] == ("2017H1", "inferred")
    # the paragraph's own lead (2017年上半年,…) states it (ruling 1 as parts Q–T read it; round 15)
    assert facts["11%"][2:] == ("2017H1", "stated")


def test_a_two_year_average_compares_with_the_same_period_two_years_before():
    # fm2_03_fujian_industry_h1_2021: 与2019年同期相比,两年平均增长7.1%;…同比增长20.0%,两年平均增长7.8%
    text = (
        "上半年,福建全省规模以上工业增加值同比增长14.6%,与2019年同期相比,两年平均增长7.1%。\n"
        "分门类看,上半年,福建省规模以上工业三大门类均实现增长。电力热力燃气及水生产和供应业同比增长20.0%,"
        "两年平均增长7.8%;制造业同比增长14.6%,两年平均增长7.2%。\n"
    )
    facts = facts_by_surface(text, dt.date(2021, 7, 20))
    assert facts["7.8%"][2] == "2021H1/2019H1"
    assert facts["7.2%"][2] == "2021H1/2019H1"


def test_a_heading_run_into_a_text_on_one_line_states_the_figures_under_it():
    # fm2_01_baoying_govreport_2022: the whole report is one line, its heading 2022年工作回顾 run into it
    text = (
        "2023年宝应县政府工作报告 ——2023年1月10日在宝应县第十七届人民代表大会第二次会议上 县长 胡晓峰 各位代表: "
        "现在,我代表县人民政府向大会报告政府工作,请予审议,并请各位政协委员和其他列席人员提出意见。 2022年工作回顾 "
        "刚刚过去的一年,是党的二十大召开的喜庆之年。 一年来,我们始终突出发展第一要务。还原留抵退税后,"
        "完成一般公共预算收入28.8亿元,同口径增长9.8%。完成固定资产投资427.3亿元、增长14%。"
    )
    facts = facts_by_surface(text, dt.date(2023, 1, 10))
    assert facts["28.8亿元"][2:] == ("2022", "stated")
    assert facts["427.3亿元"][2:] == ("2022", "stated")


def test_a_year_written_with_a_space_before_nian_is_a_time():
    # fm2_02_jiangsu_govreport_2024 (a repost that spaces numbers: 2023 年, 12.82 万亿元)
    text = (
        "1 月 23 日上午,江苏省第十四届人民代表大会第二次会议开幕。\n"
        "一组组数据,也展示了 2023 年江苏经济发展取得的亮眼新成绩:地区生产总值达 12.82 万亿元、增长 5.8%。\n"
    )
    assert [t.words for t in find_times(text) if t.match.group("year")] == ["2023 年"]
    facts = facts_by_surface(text, dt.date(2024, 1, 23))
    assert facts["12.82 万亿元"][2:] == ("2023", "stated")


def test_the_days_launch_of_a_batch_named_for_a_quarter_is_of_that_quarter():
    # fm1_02_sichuan_projects_2020: …集中开工活动26日举行 (no month: no day written); 当日开工的… counts the batch
    # named 2020年第一季度: ruling 8 (its gold rows read 2020Q1; round 20 gives the 当日 count the batch's quarter)
    text = (
        "总投资7142亿元人民币的1416个重大项目在川集中开工\n\n"
        "四川省2020年第一季度重大项目集中开工活动26日举行,总投资7142亿元人民币的1416个重大项目集中开工。\n\n"
        "当日开工的重大项目涉及到的公路交通项目共46个,总长939公里,总投资508亿元。"
        "其中,高速公路项目3个、123公里、246亿元。\n"
    )
    facts = facts_by_surface(text, dt.date(2020, 3, 26))
    assert facts["46个"][2:] == ("2020Q1", "inferred")
    assert facts["1416个"][2] == "2020Q1"


def test_a_batch_launched_on_a_day_without_a_quarter_is_of_that_day():
    # fm2_08_anhui_projects_2023: 10月7日召开的…2023年全省第四批重大项目开工动员会 (no quarter names the batch)
    text = (
        "总投资超7000亿元!安徽1089个项目集中开工\n"
        "记者从10月7日召开的安徽2023年全省第四批重大项目开工动员会上了解到,安徽省有1089个项目集中开工动员,"
        "总投资达7074.6亿元;其中,50亿元以上的项目有31个,新开工的重大项目增多。\n"
        "据统计,第四批开工动员的制造业项目共670个,总投资4152.8亿元,年度计划投资457.5亿元。\n"
        "据统计,今年安徽前三批开工动员项目共3212个,年度计划投资5012.7亿元。\n"
    )
    facts = facts_by_surface(text, dt.date(2023, 10, 7))
    assert facts["7074.6亿元"][2:] == ("2023-10-07", "stated")
    assert facts["670个"][2:] == ("2023-10-07", "inferred")
    assert facts["457.5亿元"][2] == "2023"
    assert facts["3212个"][2] == "2023"


def test_a_text_of_the_first_quarter_that_names_no_time_reports_on_the_year_just_ended():
    # fm1_07_xiping_govreport_2023: an excerpt of a work report (dated 2023-02-01) that writes no time at all
    text = (
        "坚持以人为本、惠民利民,民生答卷温暖厚重。“暖”民心的工作做得更实。始终把保基本民生、保基层运转作为根本,"
        "70%以上财力投向民生领域。深入开展“移风易俗新风尚 文明西平正能量”活动,成功创建各级文明村镇(社区)181个、"
        "文明单位106个。\n"
    )
    facts = facts_by_surface(text, dt.date(2023, 2, 1))
    assert facts["181个"][2:] == ("2022", "inferred")
    assert facts["70%"][2:] == ("2022", "inferred")
    assert facts_by_surface(text, dt.date(2023, 7, 1))["181个"][2] == "as_of_publication"


def test_this_year_in_a_text_framed_by_another_year_tells_of_its_own_sentence():
    # fl1_08_chaohu_devzone_2019 (dated 2020-06-01): 2019年,…。今年5月重点项目集中开工,…。/ 园区新增…12家 (2019's)
    text = (
        "中安在线日记者从“走进产业园探寻产业地标”第八场新闻发布上获悉, 2019年,安徽巢湖经济开发区在合肥经济运行"
        "综合考核中位列四大开发区第二位。\n"
        "据介绍,2019年,安巢经开区招商引资到位资金142亿元,增幅12.5%。新签约项目98个。今年5月重点项目集中开工,"
        "42个项目总投资381.6亿元。\n"
        "园区新增国家高新技术企业12家,国家级科技企业孵化器1家。\n"
    )
    facts = facts_by_surface(text, dt.date(2020, 6, 1))
    assert facts["42个"][2] == "2020M5"
    assert facts["12家"][2:] == ("2019", "inferred")


def test_a_first_numbered_heading_naming_a_year_frames_a_work_report():
    # fm2_06_hunan_govreport_2025: 一、2025年和“十四五”时期工作回顾 (一年来 later names no other year)
    text = (
        "政府工作报告\n——2026年2月3日在湖南省第十四届人民代表大会第四次会议上\n毛伟明\n\n"
        "各位代表:\n现在,我代表省人民政府,向大会报告工作,请予审议,并请省政协委员和其他列席人员提出意见。\n"
        "一、2025年和“十四五”时期工作回顾\n"
        "过去的一年,极不寻常、极不平凡。全省地区生产总值5.53万亿元。一年来,我们主要做了以下工作:\n"
        "一是全力挖掘内需增长新潜能。以“五重百项”任务清单承接国家利好政策,累计争取中央转移支付超5300亿元,"
        "支持各类项目3000余个。\n"
    )
    facts = facts_by_surface(text, dt.date(2026, 2, 3))
    assert facts["5300亿元"][2] == "2025"
    assert facts["3000余个"][2] == "2025"


def test_more_than_n_years_back_runs_up_to_the_texts_year():
    # fl1_11_heilongjiang_projects_2022 (August 2022): 三年多来…,其中省级重点大项目1340个 → 2019-2022
    text = "项目建设取得新突破。主要有四个标志,一是项目数量多。三年多来省市县三级建设重点项目超万个,其中省级重点大项目1340个。\n"
    assert [t.words for t in find_times(text) if t.kind == "back"] == ["三年多来"]
    facts = facts_by_surface(text, dt.date(2022, 8, 18))
    assert facts["1340个"][2:] == ("2019-2022", "stated")


def test_the_first_n_months_are_months_one_to_n():
    # fm2_11_hainan_m1_m11_2012: 今年前11月,海南省265个重点项目已完成投资1145亿元; fm1_06's title 前四月 四川700個…
    text = "海南1-11月固定资产投资同比增长34.3%\n今年前11月,海南省265个重点项目已完成投资1145亿元。\n"
    assert [t.words for t in find_times(text)][-1] == "今年前11月"
    facts = facts_by_surface(text, dt.date(2012, 12, 31))
    assert facts["1145亿元"][2:] == ("2012M1-M11", "stated")
    title = "前四月 四川700個重點項目完成投資3116.5億元\n"
    assert facts_by_surface(title, dt.date(2024, 5, 20))["3116.5億元"][2:] == ("2024M1-M4", "stated")


def test_the_same_period_of_a_named_year_keeps_the_part_of_the_year():
    # fm1_03_sichuan_projects_2021: 上半年,…年度投资完成率64.3%,比2020年同期提高8.7个百分点
    text = "上半年,四川700个重点项目完成投资3912.4亿元,年度投资完成率64.3%,比2020年同期提高8.7个百分点。\n"
    facts = facts_by_surface(text, dt.date(2021, 7, 21))
    assert facts["8.7个百分点"][2] == "2021H1/2020H1"


def test_another_year_inside_a_sentence_a_year_opens_is_not_carried_on():
    # fl1_09_wuhu-etdz_review_2022: 2022年,…在2021年度全国217家国家级开发区综合考评中位列第13位…。/ 连续19年 (to 2022)
    text = (
        "今年以来,经开区经济运行稳中向好。\n"
        "2022年,经开区入选国家进口贸易促进创新示范区,在2021年度全国217家国家级开发区综合考评中位列第13位。\n"
        "二是重点企业快速成长。奇瑞汽车连续19年位居中国品牌乘用车出口第一。\n"
    )
    facts = facts_by_surface(text, dt.date(2022, 12, 1))
    assert facts["第13位"][2] == "2021"
    assert facts["19年"][2] == "2004-2022"

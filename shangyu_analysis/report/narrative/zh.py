"""Chinese templates of the narrative report (placeholders: see :mod:`.context`).

The same content as :mod:`.en` for a Chinese reader; no number is typed here.
"""

from __future__ import annotations

from shangyu_analysis.report.narrative.en import _faster_profit, _is_special_page

TITLES = {
    "at-a-glance": "概览",
    "results": "经济与财政:“十三五”成绩",
    "platforms-digital": "产业平台与数字经济",
    "reform-business": "改革与营商环境",
    "innovation-talent": "创新与人才",
    "culture-urban": "文化与城市品质",
    "road-ahead": "展望:规划而非结果",
    "derived-checks": "派生指标与核对",
    "glossary": "术语表",
    "method-sources": "方法与出处",
}

GENERIC_TITLES = {
    "results": "经济、财政与收入",
    "platforms-digital": "产业与数字经济",
    "reform-business": "营商环境与政策",
    "innovation-talent": "创新与投资",
    "culture-urban": "城市建设",
    "road-ahead": "规划与目标",
}

SOURCE_NOTE = [
    {"text": "本报告只依据一篇文章:{s:publisher}{s:date}第{s:page}版的{t:zhuanban}文章,作者{s:authors}。",
     "when": _is_special_page},
    {"text": "本报告只依据一篇文章:{s:publisher}{s:date}第{s:page}版。", "when": lambda ctx: not _is_special_page(ctx)},
    {"text": "本报告只依据一篇文章:{q:title}。", "when": lambda ctx: not ctx.source},
    "{s:publisher}是{s:publisher_about_zh}。",
    {"text": "这类专版呈现的是地方自己的叙述,通常由当地宣传部门供稿。", "when": _is_special_page},
    {"text": "文中数字均按原文照录:有的是约数,有的只是上限或下限,均未经审计,也未与统计年鉴核对。",
     "when": lambda ctx: ctx.curated},
    {"text": "这篇文章没有人工整理的指标表:数字由程序自动抽取,按原文列出,有的是约数或上下限,均未经人工核对或审计。",
     "when": lambda ctx: not ctx.curated},
    "下文每个数字都带有方括号标记,链接到它所出自的原文句子;由原文数字计算得出的数值标记为[=],链接到其计算公式。",
]

SECTIONS: dict[str, list[list]] = {
    "at-a-glance": [
        [
            "上虞是浙江省绍兴市的一个区,位于杭州湾南岸。",
            "文章回顾了上虞的{t:fyp13}历程并展望{t:fyp14}:经济总量{v:gdp_yi_yuan},以化工和新材料产业为基础,"
            "正依靠产业平台、数字经济、行政改革和校地科研合作继续发展。",
        ],
    ],
    "results": [
        [
            "{t:fyp13}期间,上虞{t:gdp}年均增加{v:gdp_annual_increase_yi_yuan},到{y:gdp_yi_yuan}年已{v:gdp_yi_yuan}。",
            "若按五年等额增加推算,规划期初的地区生产总值{d:gdp_2015_yi_yuan},年均名义增长{d:gdp_average_growth_2016_2020_pct}。",
        ],
        [
            "财政收入随经济增长。",
            "{y:fiscal_revenue_yi_yuan}年,{t:fiscal_revenue}达{v:fiscal_revenue_yi_yuan},居全省{v:fiscal_revenue_rank_province};",
            "其中{t:general_budget_revenue}{v:general_budget_revenue_yi_yuan},居全省{v:general_budget_revenue_rank_province}。",
            "一般公共预算收入占财政总收入的{d:general_budget_share_of_fiscal_revenue_pct},"
            "其余{d:fiscal_revenue_outside_general_budget_yi_yuan}主要上划中央和省级。",
            "财政总收入占地区生产总值的比重{d:fiscal_revenue_share_of_gdp_pct}。",
            "规划期内一般公共预算收入年均增加{v:general_budget_revenue_annual_increase_yi_yuan},"
            "据此推算规划期初{d:general_budget_revenue_2015_yi_yuan},年均增长{d:general_budget_revenue_average_growth_2016_2020_pct}。",
        ],
        [
            "居民收入方面,{y:urban_income_per_capita_yuan}年城镇居民人均可支配收入{v:urban_income_per_capita_yuan},"
            "农村居民{v:rural_income_per_capita_yuan},",
            "城乡收入比为{d:urban_rural_income_ratio}。",
        ],
    ],
    "platforms-digital": [
        [
            "新材料是上虞的头部产业,以先进高分子材料等化工新材料为主。",
            "{y:new_materials_output_yi_yuan}年,{v:new_materials_firms_count}{t:above_scale|规上}新材料企业实现工业总产值"
            "{v:new_materials_output_yi_yuan},增长{v:new_materials_output_growth_pct};实现利润{v:new_materials_profit_yi_yuan},"
            "增长{v:new_materials_profit_growth_pct}。",
            "新材料产值占规上工业总产值{v:new_materials_output_share_of_industry_ratio},"
            "由此推算规上工业总产值{d:above_scale_industrial_output_yi_yuan}。",
        ],
        [
            "按增速倒推,上一年新材料产值为{d:new_materials_output_2019_yi_yuan},利润为{d:new_materials_profit_2019_yi_yuan}。",
            "利润占产值的{d:new_materials_profit_margin_pct}(上一年为{d:new_materials_profit_margin_2019_pct}),"
            "平均每家企业产值{d:new_materials_output_per_firm_yi_yuan}。",
            {"text": "利润增速快于产值增速,说明在疫情之年利润率反而提高。", "when": _faster_profit},
        ],
        [
            "杭州湾上虞经开区的先进高分子材料产业平台入选最新一批浙江省{t:wanmu_qianyi}新产业平台培育名单。",
            "上虞在全省率先推行产业链{t:chain_chief},{v:modern_industrial_chains_count}制造业现代化产业链各由一名“链长”"
            "负责补链延链招商。",
            "新材料是这些产业链的头部产业,也是重点培育的{v:key_industry_clusters_count}产业集群之一。",
            "本地企业新和成与产业链上下游企业合作生产,相关产品国内市场占有率{v:xinhecheng_domestic_market_share_pct}。",
        ],
        [
            "与此同时,上虞深入实施数字经济{t:one_project}。",
            "目标是五年内数字经济规模达到原来的{v:digital_economy_growth_target_multiple},"
            "相当于年均增长{d:digital_economy_annual_growth_target_pct}。",
            "{t:egame_town}以数字游戏、动漫影视为重点,是数字内容产业的核心;同时推进新型基础设施建设和化工、印染、"
            "伞业等传统产业的数字化改造。",
        ],
    ],
    "reform-business": [
        [
            "各地政府以{t:business_environment}竞争投资。",
            "上虞建立营商环境观察员制度,聘请{v:business_environment_observers_count}{t:observers|观察员},"
            "以“第三方”身份评议部门服务。",
        ],
        [
            "上虞出台促进经济高质量发展{t:policy_1_9}:民营经济高质量发展若干意见涵盖"
            "{v:private_economy_policy_aspects_count}方面、{v:private_economy_policy_articles_count}政策内容,"
            "从减税降费到融资;另有{v:special_policies_count}专项政策,涉及工业、服务业、人才等。",
        ],
        [
            "{t:remote_bidding}、{t:one_code_land}等做法在全省推广。",
            "两者都以{t:run_once}改革为牵引;“一码管地”对自然资源实行全生命周期管理,实时共享、实时监管,"
            "即所谓{t:holistic_governance}。",
        ],
        [
            "文章列出的{y:new_listed_companies_count}年成绩:新增上市公司{v:new_listed_companies_count},"
            "新增省{t:eagle|“雄鹰”}培育企业{v:new_eagle_enterprises_count},新增市场主体{v:new_market_entities_wan_count}。",
            "规上企业{t:per_mu_value_added}、规上高新技术产业增加值、数字经济核心产业制造业增加值均领跑绍兴市。",
        ],
    ],
    "innovation-talent": [
        [
            "上虞以{t:three_institutes}连接科研与产业:产业研究院、大学研究院和企业研究院"
            "(共{v:research_institute_types_count})。",
        ],
        [
            "产业研究院也承担招商:自{y0:signed_projects_count}年以来共签约项目{v:signed_projects_count},"
            "签约投资额{v:signed_investment_yi_yuan},平均每个项目{d:signed_investment_per_project_yi_yuan}。",
            "其中单个投资{v:major_project_threshold_yi_yuan}的项目{v:major_projects_count},"
            "包括圆金新材料、哈工大机器人集团杭州湾科创城等。",
            "这些项目合计投资{d:major_projects_investment_yi_yuan},占签约总额{d:major_projects_share_of_signed_investment_pct},"
            "其余项目平均每个{d:other_projects_investment_per_project_yi_yuan}。",
        ],
        [
            "文章报告的科研产出:{t:academician_workstation}在研项目{v:academician_workstation_projects_count},"
            "获得国家专利{v:patents_count},其中{t:invention_patent}{v:invention_patents_count}"
            "(占{d:invention_patent_share_pct}),参与制定国家和行业标准{v:standards_drafted_count}。",
            "新材料曹娥江实验室启动筹建,绍兴市首家文创银行在上虞设立。",
        ],
    ],
    "culture-urban": [
        [
            "文化是上虞发展叙事的一部分。",
            "上虞以{t:filial_piety}为品牌,计划在{t:fyp14}期间打造全国孝德文化高地:建设孝德文化小镇,办好孝文化节,"
            "培育文化旅游产品,建设文化地标,实施{t:cultural_gene}。",
        ],
        [
            "城市有机更新同步推进:浙建院上虞校区建成开学,邵逸夫医院绍兴院区开工建设,"
            "鸿雁{t:future_community}(改造重建类试点)进展顺利。",
            "其规划单元用地面积{v:future_community_land_hectare},总建筑面积{v:future_community_floor_area_wan_m2},"
            "{t:floor_area_ratio}{d:future_community_floor_area_ratio}。",
            "社区围绕邻里、教育、健康、低碳、治理等{v:future_community_scenarios_count}场景布局。",
        ],
    ],
    "road-ahead": [
        [
            "本节所列均为文章中的规划和目标,不是已取得的结果。",
            "文章认为,{t:fyp14}时期上虞正处于新发展格局构建的窗口期、改革创新系统集成的突破期、"
            "开放融合能级提升的关键期和区域治理现代化的迭代期;目标是率先走出争创{t:socialist_modernisation_pioneer}"
            "的区域发展之路,全面建设高水平“创新强区、品质名城”。",
        ],
        [
            "文章中唯一量化的经济目标是数字经济五年内达到原来的{v:digital_economy_growth_target_multiple},"
            "若匀速增长,年均增速为{d:digital_economy_annual_growth_target_pct}。",
            "其余规划是具体项目:{t:egame_town}新一期建设、鸿雁{t:future_community}和全国孝德文化高地。",
        ],
    ],
}

# Sentences of the tables' introductions and of the method section ({count}, {figures} … are filled from
# the data). Short words (captions, column headers) are labels: report/labels.py, group "narrative".
PHRASES: dict[str, str | list[str]] = {
    "coverage": "数字涉及的时期:{span}。文章日期之后年份的数字是规划。",
    "none": "文章未给出这部分的数字。",
    "no_derived": "本文数字没有派生指标:派生计算只针对人工整理的指标。",
    "no_terms": "文章没有使用术语表中的术语。",
    "generic_intro": "文章在这部分给出{count}个数字,按原文列出并注明出处。",
    "derived_intro": "由文章数字计算得出的数值。每项列出公式(以指标编号表示)、输入、假设,以及它是确数、约数还是上下限;"
                     "输入是上下限,结果也是上下限。",
    "glossary_intro": "文章使用的政策和统计术语,附一句话释义。",
    "method": [
        "文章原文不作任何改动。抽取数字时保留单位、限定词(约、超过、以上……)和所在句子,共{figures}个。",
        "每个数字按原文写法和上下文短语与人工整理的指标表匹配,并双向核对:本报告共{indicators}个指标。",
        "据此按明示公式计算派生指标{derived}个,运行一致性核对{checks}项:通过{passed}项,未通过{failed}项,跳过{skipped}项。",
        "本报告引用文章中{sources}个不同句子。",
    ],
    "method_generic": [
        "这篇文章没有人工整理的指标表:抽取出的{figures}个数字按类别原样列出,并注明出处({sources}个句子),未经人工核对。",
    ],
    "limitations_generic": [
        "局限:文章不是统计公报,数字由程序自动抽取,可能遗漏、误读或对应到错误的主体。",
        "规划和目标是意图,不是结果。",
    ],
    "limitations": [
        "局限:文章是专版上的地方自述,不是统计公报。",
        "部分数字是约数或上下限,派生指标随之继承;倒推的期初水平假设年均数逐年成立。",
        "规划和目标是地方的意图,不是结果。",
    ],
}

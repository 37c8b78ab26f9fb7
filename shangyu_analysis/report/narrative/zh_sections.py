"""The Chinese sections of the narrative report (placeholders: see :mod:`.context`; the rest: :mod:`.zh`).

The same statements as :mod:`.en_sections`, each traced the same way (``{v:…}``, ``{c:PHRASE}``, ``{a:…}``);
slogans and names are quoted with “” as the page quotes them.
"""

from __future__ import annotations

from shangyu_analysis.report.narrative.conditions import faster_profit

SECTIONS: dict[str, list[list]] = {
    "at-a-glance": [
        [
            "文章回顾上虞“{t:fyp13}”历程、展望“{t:fyp14}”:地区生产总值{v:gdp_yi_yuan}({p:gdp_yi_yuan}),"
            "并为区域发展之路谋篇布局{c:上虞为率先走出};各部分介绍了新材料产业、产业平台、数字经济、改革与营商环境、"
            "校地科研合作、文化建设和城市更新等方面的做法与规划。",
        ],
    ],
    "results": [
        [
            "“{t:fyp13}”期间,上虞{t:gdp}年均增加{v:gdp_annual_increase_yi_yuan},规划期末{v:gdp_yi_yuan}"
            "(文中未注明年份,{p:gdp_yi_yuan})。",
            "若五年增量均按年均数计算,推算规划期前一年的地区生产总值{d:gdp_2015_yi_yuan},年均名义增速"
            "{d:gdp_average_growth_2016_2020_pct};年均增加额是约数(“左右”),这两个界限也是约数。",
        ],
        [
            "同一句总结还给出财政收入,同样未注明年份(推测为规划末年):",
            "{t:fiscal_revenue}{v:fiscal_revenue_yi_yuan},居全省{v:fiscal_revenue_rank_province};"
            "其中{t:general_budget_revenue}{v:general_budget_revenue_yi_yuan},居全省{v:general_budget_revenue_rank_province}。",
            "一般公共预算收入占财政总收入的{d:general_budget_share_of_fiscal_revenue_pct};"
            "其余{d:fiscal_revenue_outside_general_budget_yi_yuan}按通常口径主要为上划中央和省级的收入(背景知识,文中未说明)。",
            "若两者为同一年的数,推算财政总收入占地区生产总值的比重{d:fiscal_revenue_share_of_gdp_pct}。",
            "规划期内一般公共预算收入年均增加{v:general_budget_revenue_annual_increase_yi_yuan},"
            "据此推算规划期前一年{d:general_budget_revenue_2015_yi_yuan},年均增长{d:general_budget_revenue_average_growth_2016_2020_pct}。",
        ],
        [
            "居民收入方面,文中称城乡居民收入分别为{v:urban_income_per_capita_yuan}和{v:rural_income_per_capita_yuan}"
            "(未注明年份和口径,推测为规划末年的人均可支配收入);",
            "城镇居民收入是农村居民收入的{d:urban_rural_income_ratio}倍。",
            "两者相差{d:urban_rural_income_gap_yuan}。",
        ],
    ],
    "platforms-digital": [
        [
            "文章把新材料作为上虞的头部产业,其省级平台为先进高分子材料产业平台。",
            "{y:new_materials_output_yi_yuan}年,上虞新材料产业实现工业总产值{v:new_materials_output_yi_yuan},"
            "增长{v:new_materials_output_growth_pct};实现利润{v:new_materials_profit_yi_yuan},"
            "增长{v:new_materials_profit_growth_pct}。目前上虞区集聚{t:above_scale|规上}新材料企业"
            "{v:new_materials_firms_count}。",
            "新材料产值占规上工业总产值{v:new_materials_output_share_of_industry_ratio},"
            "由此计算规上工业总产值{d:above_scale_industrial_output_yi_yuan}。",
        ],
        [
            "文章称这些成绩是在疫情影响下逆势取得的{c:在疫情影响下逆势而上}。",
            "按增速倒推,推算{yp:new_materials_output_yi_yuan}年新材料产值为{d:new_materials_output_2019_yi_yuan},"
            "利润为{d:new_materials_profit_2019_yi_yuan};这是假设(文中均未说明)增速为按现价、同一批企业计算的同比增速"
            "得出的推算值,不是公布的该年数字。",
            "利润占产值的比重为{d:new_materials_profit_margin_pct}(以产值而非营业收入为分母,并非通常的利润率),"
            "{yp:new_materials_output_yi_yuan}年推算为{d:new_materials_profit_margin_2019_pct};"
            "假设“目前”(发稿时)的企业大致就是{y:new_materials_output_yi_yuan}年产值所覆盖的企业(文中未说明),推算户均产值"
            "{d:new_materials_output_per_firm_yi_yuan}。",
            {"text": "利润增速快于产值增速,利润占产值的比重随之提高。", "when": faster_profit},
        ],
        [
            "近日,在第三批浙江省“{t:wanmu_qianyi}”新产业平台培育名单中,上虞先进高分子材料产业平台入选{c:第三批浙江省}。",
            "此外,上虞按照“{t:wanmu_qianyi}”产业大平台标准,努力把杭州湾上虞经开区打造成制造业高质量发展头部平台"
            "(这是目标){c:努力把杭州湾上虞经开区}。",
            "{a:2019年10月以来},上虞区在全省率先推行产业链“{t:chain_chief}”,推动产业向高端化集群化发展,"
            "使服务企业更加精准有效,形成了“一链一链长”的工作机制{c:2019年10月以来}。",
            "“链长”从补链、延链的角度精准招引项目;例如为圆金新材料项目积极争取省重点建设预安排项目,"
            "该项目已列入国务院授权和委托审批项目{c:国务院授权和委托审批项目}。",
            "新材料是上虞{v:modern_industrial_chains_count}制造业现代化产业链中的头部产业,"
            "也是重点培育的{v:key_industry_clusters_count}产业集群之一。",
            "在位于上虞的新和成新材料产业园,新和成与浙江闰土合作生产关键中间体,与荷兰帝斯曼合作材料改性,"
            "与日本东阳纺(原文如此,推测即东洋纺)合作拉丝加工,相应产品入选国家产业振兴项目,国内市场占有率{v:xinhecheng_domestic_market_share_pct}。",
        ],
        [
            "与此同时,上虞深入实施数字经济“{t:one_project}”{a:2.0版},争创省级数字经济创新发展试验区"
            "{c:争创省级数字经济创新发展试验区}。",
            "文章称要{a:实现数字经济五年倍增},即五年后规模达到基期的{v:digital_economy_growth_target_multiple}"
            "(即翻一番);这里把它读作目标,文中未说明起止年份(推测为“{t:fyp14}”时期,即文中所说的开局规划期;也可能指浙江省此前的数字经济五年倍增计划,此为背景知识,文中未载)、衡量口径和价格口径。按复合增长计算,年均增速为{d:digital_economy_annual_growth_target_pct},"
            "与各年的增长路径无关。",
            "上虞以{t:egame_town}{a:2.0版}建设(数字游戏、动漫影视)为重点,打造数字文化产业的“中国乌镇”、"
            "{a:全省5G产业发展应用先行区};以数字技术改造和重塑化工、印染、伞业等传统产业,推进智能制造单元、智能生产线、"
            "数字化车间、智能工厂建设,打造产业数字化全省标杆{c:推进智能制造单元};加快{a:5G网络}、数据中心等新型基础设施建设,"
            "迭代升级安全环保智慧监管平台,推进生活数字化、公共服务数字化,建设数字社会、云上上虞{c:建设数字社会}。",
        ],
    ],
    "reform-business": [
        [
            "上虞区建立{t:business_environment}观察员制度,请来“第三方”督查部门,"
            "{v:business_environment_observers_count}{t:observers|观察员}正式受聘,评议部门服务。",
        ],
        [
            "近日,上虞区召开促进经济高质量发展{t:policy_1_9}新闻发布会。",
            "{a:“1”},即民营经济高质量发展若干意见,聚焦降本减负、融资难等问题,包括"
            "{v:private_economy_policy_aspects_count}方面、{v:private_economy_policy_articles_count}政策内容,"
            "涉及减轻民营企业税费负担等;{a:“9”}即{v:special_policies_count}专项政策,包括工业政策、服务业政策、人才政策等。",
            "区相关负责人介绍,这是涵盖九大类专项的全新体系,也是涉企扶持政策的主要组成部分{c:涉企扶持政策的主要组成部分}。",
        ],
        [
            "上虞的“{t:remote_bidding|不见面}”招投标、“{t:one_code_land}”等做法也在全省推广{c:等做法也在全省推广}。",
            "上虞区以“{t:run_once}”改革为牵引,聚焦自然资源全生命周期管理,开展“一码管地”改革试点,"
            "逐步建立起全领域实时共享、全要素实时保障、全过程实时监管的自然资源“{t:holistic_governance}”"
            "管理新机制{c:创新开展“一码管地”改革试点}。",
        ],
        [
            "文章列出的{y:new_listed_companies_count}年成绩:新增上市公司{v:new_listed_companies_count},"
            "新增省“{t:eagle|雄鹰}”培育企业{v:new_eagle_enterprises_count},新增市场主体{v:new_market_entities_wan_count}。",
            "规上企业{t:per_mu_value_added}、规上高新技术产业增加值、数字经济核心产业制造业增加值领跑绍兴市,"
            "并实现{t:quality_award}零的突破{c:省政府质量奖}。",
        ],
    ],
    "innovation-talent": [
        [
            "近年来(文中未注明年份),上虞区强化政校企三方联动,建立“产业研究院+大学研究院+企业研究院”{t:three_institutes},"
            "研究院类别数为{v:research_institute_types_count}。",
            "实施“一个支柱产业对接一所知名大学优质学科”校地合作,共建大学研究院,打造产业创新联盟,"
            "并开展八大产业集群培育工程{c:开展八大产业集群培育工程}。",
        ],
        [
            "文章称上虞区率先在全省组建产业研究院;同一句说{p:signed_projects_count}共签约项目{v:signed_projects_count},"
            "签约投资额{v:signed_investment_yi_yuan},未说明签约主体是全区还是产业研究院。平均每个项目"
            "{d:signed_investment_per_project_yi_yuan};签约额是意向投资,不是已完成的投资。",
            "其中投资{v:major_project_threshold_yi_yuan}的项目{v:major_projects_count},"
            "包括圆金新材料、哈工大机器人集团杭州湾科创城等。",
            "这些项目合计投资{d:major_projects_investment_yi_yuan},占签约总额{d:major_projects_share_of_signed_investment_pct},"
            "其余项目平均每个{d:other_projects_investment_per_project_yi_yuan}。",
        ],
        [
            "目前,上虞{t:academician_workstation}在研项目{v:academician_workstation_projects_count},"
            "获得国家专利{v:patents_count},其中{t:invention_patent}{v:invention_patents_count}"
            "(占{d:invention_patent_share_pct}),参与制定国家和行业标准{v:standards_drafted_count}。",
            "该句只有第一分句点明主语(院士专家工作站),其后的专利和标准最可能也属于工作站,而非全区,但文中未说明;"
            "专利是发稿时的存量,推测为累计数,"
            "并非某一年的授权数。",
        ],
        [
            "此外,启动筹建新材料曹娥江实验室,设立绍兴市首家文创银行,建成投用新动能创投产业园;"
            "文章称上虞人才引育工作继续走在绍兴市前列{c:人才引育工作继续走在绍兴市前列}。",
        ],
    ],
    "culture-urban": [
        [
            "文化是文章的主题之一。",
            "区相关负责人介绍,新的一年将是上虞文化建设大有可为、大展宏图的一年{c:大有可为};作为“文化铸魂提质年”活动"
            "“起手势”的“文化惠民、虞声嘹亮”迎新文化“八进”活动,将为全区各条战线的“追梦人”加油鼓劲{c:活动“起手势”}。",
            "上虞以{t:filial_piety}为统领{c:以孝德文化为统领},“{t:fyp14}”时期打造新时代孝德文化传承地{c:打造新时代孝德文化传承地的开局之年};下一步(未注明时期)"
            "以孝德文化传承示范区创建为抓手,高质量建设孝德文化小镇,办好孝文化节等重点节会,培育孝文化旅游产品,"
            "打造全国孝德文化高地{c:以孝德文化传承示范区创建为抓手},并实施{t:cultural_gene|“文化基因”解码工程}"
            "{c:“文化基因”解码工程}。",
            "上虞还将完善公共文化服务体系,谋划建设一批重大文化地标{c:完善公共文化服务体系}。",
        ],
        [
            "城市有机更新同步推进:浙建院上虞校区建成开学,邵逸夫医院绍兴院区开工建设,"
            "鸿雁{t:future_community}(改造重建类试点)进展顺利{c:浙建院上虞校区建成开学}。",
            "其项目规划单元用地面积{v:future_community_land_hectare},{t:total_floor_area}"
            "{v:future_community_floor_area_wan_m2}(项目参数,文中未注明时期)。",
            "据此推算,每平方米规划单元用地对应建筑面积{d:future_community_floor_area_ratio}平方米;"
            "这是整个规划单元(通常包含道路、绿地等,文中未说明)的毛密度,且假设两项数字范围相同,并非容积率。",
            "社区围绕未来邻里、教育、健康、创业、建筑、交通、低碳、服务和治理等{v:future_community_scenarios_count}场景布局;"
            "以未来创业场景为例,鸿雁未来社区将承接{t:egame_town}产业溢出和特定需求,打造线上创业平台{c:承接e游小镇产业溢出}。",
        ],
    ],
    "road-ahead": [
        [
            "本节所列为文章中的规划、目标和文章自己的研判,不是已取得的结果。",
            "据研判,“{t:fyp14}”时期上虞正处于新发展格局构建的窗口期、改革创新系统集成的突破期、"
            "开放融合能级提升的关键期和区域治理现代化的迭代期{c:新发展格局构建的窗口期}。",
            "今年是“{t:fyp14}”规划开局之年,上虞为率先走出争创{t:socialist_modernisation_pioneer}的区域发展之路谋篇布局,"
            "全面建设高水平“创新强区、品质名城”{c:上虞为率先走出}。",
        ],
        [
            "文章中唯一量化的增长目标是数字经济五年倍增(五年后达到基期的{v:digital_economy_growth_target_multiple},"
            "读作目标;起止年份、衡量口径和价格口径未说明),按复合增长计算,年均增速为{d:digital_economy_annual_growth_target_pct}。",
            "其余规划是具体项目和工作:{t:egame_town}新一期建设、鸿雁{t:future_community}、数字经济各项目标和全国孝德文化高地(未注明时期)。",
        ],
    ],
}

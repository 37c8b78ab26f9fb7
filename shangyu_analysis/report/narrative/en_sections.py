"""The English sections of the narrative report (placeholders: see :mod:`.context`; the rest: :mod:`.en`).

Each paragraph follows the page, and each statement is traced: a figure by ``{v:…}``, a statement without a
figure by ``{c:PHRASE}`` (the citation of the sentence holding PHRASE), the page's own words by ``{a:…}``.
"""

from __future__ import annotations

from shangyu_analysis.report.narrative.conditions import faster_profit

SECTIONS: dict[str, list[list]] = {
    "at-a-glance": [
        [
            "The page looks back on the district's {t:fyp13} and forward to the {t:fyp14}: it reports an economy of "
            "{v:gdp_yi_yuan} ({p:gdp_yi_yuan}) and sets out the district's path of development{c:上虞为率先走出}; its "
            "sections cover new materials, industrial platforms, the digital economy, administrative reform, research "
            "links with universities, culture and urban renewal.",
        ],
    ],
    "results": [
        [
            "Over the {t:fyp13}, the district's {t:gdp|GDP} grew by {v:gdp_annual_increase_yi_yuan} a year on average, "
            "and it reached {v:gdp_yi_yuan} by the end of the period ({p:gdp_yi_yuan}; the page gives no year).",
            "Taken at face value — five yearly increases of that average size — the implied GDP of the year before "
            "the plan period is {d:gdp_2015_yi_yuan} and the implied average nominal growth "
            "{d:gdp_average_growth_2016_2020_pct} a year; both are approximate, because the yearly increase is.",
        ],
        [
            "The same summary gives public revenue, again without a year (presumably that of the plan's last year):",
            "{t:fiscal_revenue} was {v:fiscal_revenue_yi_yuan}, {v:fiscal_revenue_rank_province} in the province, and "
            "{t:general_budget_revenue}, part of it, was {v:general_budget_revenue_yi_yuan}, "
            "{v:general_budget_revenue_rank_province} in the province.",
            "General budget revenue was {d:general_budget_share_of_fiscal_revenue_pct} of total fiscal revenue; the "
            "remaining {d:fiscal_revenue_outside_general_budget_yi_yuan} is, by the usual definition, mainly revenue "
            "passed up to higher levels of government (background: the page does not say so).",
            "If both figures are of the same year, total fiscal revenue was an implied "
            "{d:fiscal_revenue_share_of_gdp_pct} of GDP.",
            "General budget revenue rose by {v:general_budget_revenue_annual_increase_yi_yuan} a year on average over "
            "the plan period, so the implied revenue of the year before it is {d:general_budget_revenue_2015_yi_yuan} "
            "and the "
            "implied average growth {d:general_budget_revenue_average_growth_2016_2020_pct} a year.",
        ],
        [
            "For households, the page gives the income of urban residents as {v:urban_income_per_capita_yuan} and "
            "that of rural residents as {v:rural_income_per_capita_yuan} ({a:城乡居民收入}: presumably per-capita "
            "disposable income, presumably of the plan's last year; the page names neither the measure nor the year).",
            "Urban residents' income was {d:urban_rural_income_ratio} times rural residents'.",
            "The difference between the two was {d:urban_rural_income_gap_yuan}.",
        ],
    ],
    "platforms-digital": [
        [
            "The page names new materials as the district's head industry; its provincial platform is for advanced "
            "polymer materials.",
            "In {y:new_materials_output_yi_yuan} the industry's gross output was {v:new_materials_output_yi_yuan}, up "
            "{v:new_materials_output_growth_pct}, and its profit {v:new_materials_profit_yi_yuan}, up "
            "{v:new_materials_profit_growth_pct}; at the time of writing (目前) the page counts "
            "{v:new_materials_firms_count} {t:above_scale|above-scale} new-materials firms in the district.",
            "The page puts the industry at {v:new_materials_output_share_of_industry_ratio} of all above-scale "
            "industrial output, so that total was {d:above_scale_industrial_output_yi_yuan}.",
        ],
        [
            "The page presents these gains as achieved despite the pandemic ({a:在疫情影响下逆势而上}){c:在疫情影响下逆势而上}.",
            "Working back from the growth rates gives implied levels for the previous year, on the assumption (the "
            "page states neither) that the rates are year on year at current prices over the same firms: output of "
            "{d:new_materials_output_2019_yi_yuan} and profit of {d:new_materials_profit_2019_yi_yuan}; these are "
            "not published figures.",
            "Profit was {d:new_materials_profit_margin_pct} of gross output (profit over output, not a usual margin), "
            "against an implied {d:new_materials_profit_margin_2019_pct} the year before; assuming the firms counted now "
            "(目前) roughly match those whose output of {y:new_materials_output_yi_yuan} is reported, which the page does "
            "not say, the implied "
            "output per firm is {d:new_materials_output_per_firm_yi_yuan}.",
            {"text": "Profit grew faster than output, so profit rose as a share of output.", "when": faster_profit},
        ],
        [
            "The Shangyu advanced polymer materials industry platform, the page reports, is on the third batch of "
            "Zhejiang's cultivation list for {t:wanmu_qianyi|\"10,000 mu, 100 billion\"} new-industry "
            "platforms{c:第三批浙江省}.",
            "Separately, the district aims, to the standard of those platforms, to make the Hangzhou Bay Shangyu "
            "Economic and Technological Development Zone a leading platform for high-quality manufacturing "
            "(an aim: {a:努力把杭州湾上虞经开区打造成制造业高质量发展头部平台}){c:努力把杭州湾上虞经开区}.",
            "Since {a:2019年10月} (October of that year) the district, first in the province, has run a {t:chain_chief} for its "
            "industrial chains, to push industry up-market and into clusters and to serve firms more precisely — one "
            "chain, one chain chief{c:2019年10月以来}.",
            "The chain chiefs recruit projects that fill and extend the chain; for the Yuanjin new-materials project "
            "(圆金新材料) they sought a place among the province's pre-arranged key construction projects, and the "
            "project was placed on the list of projects for approval under authority delegated by the State "
            "Council ({a:国务院授权和委托审批项目}; the page does not say it was approved){c:国务院授权和委托审批项目}.",
            "New materials heads the district's {v:modern_industrial_chains_count} modern manufacturing chains and is "
            "one of the {v:key_industry_clusters_count} industrial clusters it fosters.",
            "At NHU's new-materials park in Shangyu ({a:新和成新材料产业园}), the company (新和成) produces key "
            "intermediates with Zhejiang Runtu, modifies materials with DSM of the Netherlands and cooperates on fibre "
            "spinning with a Japanese firm, presumably Toyobo (东洋纺; printed 东阳纺); the resulting products were selected as a national industrial-revitalisation project "
            "and hold {v:xinhecheng_domestic_market_share_pct} of the domestic market.",
        ],
        [
            "Alongside industry, the district is carrying out the digital economy {t:one_project}, in its second "
            "version ({a:“一号工程”2.0版}), and is bidding to become a provincial pilot zone for innovative "
            "development of the digital economy{c:争创省级数字经济创新发展试验区}.",
            "It is to double the digital economy in five years ({a:实现数字经济五年倍增}: a level after five years of "
            "{v:digital_economy_growth_target_multiple} the base), read here as a target; the page gives neither the "
            "years (presumably the {t:fyp14}, the plan period the page opens; it may also be Zhejiang's earlier "
            "provincial five-year doubling plan — background knowledge, not in the page) nor the measure nor the "
            "price basis. Doubling in five years takes "
            "{d:digital_economy_annual_growth_target_pct} a year on average, whatever the path.",
            "With the next phase of {t:egame_town} — digital games, animation, film and television — at its centre, "
            "it aims to become the \"Wuzhen of China\" of the digital culture industry ({a:数字文化产业的“中国乌镇”}) "
            "and a provincial pioneer zone for developing and applying the fifth-generation mobile industry ({a:全省5G产业发展应用先行区}); "
            "to reshape chemicals, dyeing, umbrella making and other traditional industries with digital technology, "
            "building smart manufacturing units, smart production lines, digital workshops and smart factories, and to "
            "make it a provincial benchmark of industrial digitalisation{c:推进智能制造单元}; and to build new "
            "infrastructure such as fifth-generation mobile networks ({a:5G网络}) and data centres, upgrade its safety and environmental smart "
            "supervision platform, digitalise daily life and public services and build a digital society and a "
            "\"Cloud Shangyu\" ({a:云上上虞}){c:建设数字社会}.",
        ],
    ],
    "reform-business": [
        [
            "The district set up a {t:business_environment} observer system: {v:business_environment_observers_count} "
            "{t:observers} were appointed to rate, as a \"third party\" ({a:“第三方”}), how government departments "
            "serve firms.",
        ],
        [
            "Recently ({a:近日}) the district announced a {t:policy_1_9} for high-quality economic development.",
            "The {a:“1”} is a set of opinions on the high-quality development of the private economy: "
            "{v:private_economy_policy_articles_count} policy articles in {v:private_economy_policy_aspects_count} "
            "areas, addressing costs, fees and access to finance, such as lighter taxes and fees for private firms; "
            "the {a:“9”} are {v:special_policies_count} special policies on industry, services, talent and more.",
            "A district official describes the system as new and as the main part of the district's support "
            "policies for firms{c:涉企扶持政策的主要组成部分}.",
        ],
        [
            "Two of Shangyu's practices, among others, {t:remote_bidding} and {t:one_code_land}, are being promoted across the "
            "province{c:等做法也在全省推广}.",
            "The second is a pilot driven by the {t:run_once}: it manages natural resources over their whole life "
            "cycle and is building a new mechanism of real-time sharing in every field, real-time support for every "
            "factor and real-time supervision of every process — what the page calls {t:holistic_governance}{c:创新开展“一码管地”改革试点}.",
        ],
        [
            "The results the page lists for {y:new_listed_companies_count}: {v:new_listed_companies_count} newly "
            "listed companies, {v:new_eagle_enterprises_count} new provincial {t:eagle} and "
            "{v:new_market_entities_wan_count} new market entities.",
            "It says the district ranks first within Shaoxing on three measures — the {t:per_mu_value_added} of "
            "above-scale firms, the value added of above-scale high-tech industry and the value added of core "
            "digital-economy manufacturing — and that it had its first winner of the {t:quality_award}{c:省政府质量奖}.",
        ],
    ],
    "innovation-talent": [
        [
            "In recent years ({a:近年来}; the page gives no year) the district has linked government, universities "
            "and firms through {t:three_institutes} — industry, university and enterprise research institutes "
            "({v:research_institute_types_count} kinds).",
            "It pairs each pillar industry with a strong discipline of a well-known university "
            "({a:一个支柱产业对接一所知名大学优质学科}), builds university research institutes with them, forms "
            "industrial innovation alliances and runs a programme to foster its industrial "
            "clusters{c:开展八大产业集群培育工程}.",
        ],
        [
            "The page calls Shangyu the first district in the province to set up an industry research institute; the "
            "same sentence says that {v:signed_projects_count} projects were signed {p:signed_projects_count}, with "
            "signed investment of {v:signed_investment_yi_yuan}, without saying whether by the district as a whole or "
            "through the institute. That is {d:signed_investment_per_project_yi_yuan} per project on average; signed "
            "amounts are pledges, not investment made.",
            "{v:major_projects_count} of them are each of {v:major_project_threshold_yi_yuan}, among them the Yuanjin "
            "new-materials project (圆金新材料) and HIT Robot Group's Hangzhou Bay science and innovation city "
            "({a:哈工大机器人集团杭州湾科创城}).",
            "Together they carry {d:major_projects_investment_yi_yuan}, {d:major_projects_share_of_signed_investment_pct} "
            "of the signed total, so the other projects average {d:other_projects_investment_per_project_yi_yuan}.",
        ],
        [
            "At the time of writing (目前), the page reports {v:academician_workstation_projects_count} projects under "
            "way at the district's {t:academician_workstation|academician and expert workstations}, "
            "{v:patents_count} national patents obtained, of which {v:invention_patents_count} are "
            "{t:invention_patent|invention patents} ({d:invention_patent_share_pct}), and {v:standards_drafted_count} "
            "national and industry standards in whose drafting they took part.",
            "Only the sentence's first clause names its subject, the workstations; the patents and standards after it are "
            "most plausibly theirs, not the whole district's, though the page does not say so; the patents are a stock as of publication, presumably cumulative, not the patents "
            "of one year.",
        ],
        [
            "The page also lists the start of preparations for a new-materials laboratory named after the Cao'e "
            "River ({a:新材料曹娥江实验室}), the setting-up of Shaoxing's first bank for cultural and creative firms, "
            "and the opening of "
            "the New Momentum venture-capital industrial park ({a:新动能创投产业园}), and says the district's work to "
            "attract and train talent remains among the best in Shaoxing{c:人才引育工作继续走在绍兴市前列}.",
        ],
    ],
    "culture-urban": [
        [
            "Culture is a theme of the page.",
            "A district official calls the new year a year of great promise for the district's culture{c:大有可为}; it opens "
            "with a New Year cultural campaign ({a:“文化惠民、虞声嘹亮”迎新文化“八进”活动}), the opening move of "
            "the district's year of culture ({a:“文化铸魂提质年”}){c:活动“起手势”}.",
            "Shangyu builds on {t:filial_piety}, taking it as the lead of its culture work{c:以孝德文化为统领}: in the {t:fyp14} it aims to be a place where filial-piety culture "
            "is passed on in the new era ({a:新时代孝德文化传承地}){c:打造新时代孝德文化传承地的开局之年}; its next steps, with no period "
            "stated, include a demonstration zone for passing it on, a filial-piety culture town, festivals such as the "
            "filial-piety culture festival, tourism products and a national \"highland\" of filial-piety culture "
            "({a:全国孝德文化高地}){c:以孝德文化传承示范区创建为抓手}, and a {t:cultural_gene} to survey local "
            "traditions{c:“文化基因”解码工程}.",
            "It will also improve its public cultural service system{c:完善公共文化服务体系}.",
        ],
        [
            "The city is being renewed: the Shangyu campus of the Zhejiang College of Construction has opened, the "
            "Shaoxing branch of Sir Run Run Shaw Hospital is being built, and the Hongyan {t:future_community}, a "
            "redevelopment pilot, is making progress{c:浙建院上虞校区建成开学}.",
            "Its project planning unit covers {v:future_community_land_hectare} of land with a {t:total_floor_area} "
            "of {v:future_community_floor_area_wan_m2} (project parameters; the page gives no period).",
            "Floor area per m² of planning-unit land is therefore {d:future_community_floor_area_ratio} m² — implied, "
            "and a gross density over the whole unit (which usually includes roads and green space; the page does not say), "
            "assuming both figures cover "
            "the same area; it is not a plot ratio.",
            "The community is designed around {v:future_community_scenarios_count} scenarios — neighbourhood, "
            "education, health, entrepreneurship, building, transport, low carbon, services and governance; for "
            "entrepreneurship, it is to take in spill-over and particular demand from {t:egame_town} and build an online "
            "platform for start-ups{c:承接e游小镇产业溢出}.",
        ],
    ],
    "road-ahead": [
        [
            "This section holds plans, aims and the page's own assessment, not results.",
            "The page says that, in its assessment, in the {t:fyp14} Shangyu is in a window period for building the "
            "new development pattern, a breakthrough period for the system integration of reform and innovation, a "
            "key period for raising the level of opening-up and integration, and an iteration period for modernising "
            "regional governance{c:新发展格局构建的窗口期}.",
            "Its headline aim is for Shangyu to be first in blazing a district-level path within Zhejiang's bid to "
            "become a {t:socialist_modernisation_pioneer}, and to build in every respect a high-level \"strong "
            "innovation district and renowned city of quality\" ({a:“创新强区、品质名城”}){c:上虞为率先走出}.",
        ],
        [
            "The page's one quantified growth target is to double the digital economy in five years "
            "(a level after five years of {v:digital_economy_growth_target_multiple} the base, read as a target; years, "
            "measure and price basis not stated; presumably the {t:fyp14}, possibly the province's earlier five-year "
            "doubling plan), which takes "
            "{d:digital_economy_annual_growth_target_pct} a year on average.",
            "The other plans are projects and programmes: the next phase of E-Game Town, the Hongyan future "
            "community, the digital-economy aims and a national highland of filial-piety culture (no period stated).",
        ],
    ],
}

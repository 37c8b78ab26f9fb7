"""English templates of the narrative report (placeholders: see :mod:`.context`).

Written for a reader who knows nothing of Shangyu. No number is typed here: every figure comes
from a placeholder. A sentence is a string, or ``{"text": ..., "when": callable(context)}`` when it
states a comparison that only holds for some data.
"""

from __future__ import annotations


def _is_special_page(ctx) -> bool:
    return ctx.is_special_page


def _faster_profit(ctx) -> bool:
    ind = ctx.indicators
    return float(ind["new_materials_profit_growth_pct"]["value"]) > float(ind["new_materials_output_growth_pct"]["value"])


TITLES = {
    "at-a-glance": "At a glance",
    "results": "Economy and public finance: results of the last five-year plan",
    "platforms-digital": "Platforms and the digital economy",
    "reform-business": "Reform and the business environment",
    "innovation-talent": "Innovation and talent",
    "culture-urban": "Culture and urban quality",
    "road-ahead": "The road ahead: plans, not results",
    "derived-checks": "Derived indicators and checks",
    "glossary": "Glossary",
    "method-sources": "Method and sources",
}

# Titles for an article without a curated catalog: sections follow the indicator categories.
GENERIC_TITLES = {
    "results": "Economy, public finance and income",
    "platforms-digital": "Industry and the digital economy",
    "reform-business": "Business environment and policy",
    "innovation-talent": "Innovation and investment",
    "culture-urban": "Urban development",
    "road-ahead": "Plans and targets",
}

SOURCE_NOTE = [
    {"text": "This report reads a single source: a {t:zhuanban} of {s:publisher_en} ({s:publisher}), published on "
             "{s:date}, page {s:page}, by its reporters ({s:authors}).", "when": _is_special_page},
    {"text": "This report reads a single source: an article of {s:publisher_en} ({s:publisher}), published on "
             "{s:date}, page {s:page}.", "when": lambda ctx: not _is_special_page(ctx)},
    {"text": "This report reads a single article ({q:title}).", "when": lambda ctx: not ctx.source},
    "{s:publisher_en} is {s:publisher_about_en}.",
    {"text": "A page like this presents a locality's own account of itself, usually supplied by its propaganda "
             "department.", "when": _is_special_page},
    {"text": "The figures are as published: some are approximate, some are only lower or upper bounds, and none has "
             "been audited or checked against statistical yearbooks.", "when": lambda ctx: ctx.curated},
    {"text": "It has no curated indicator table: its figures were found automatically and are listed as published — "
             "some approximate, some only bounds — and none has been checked by hand or audited.",
     "when": lambda ctx: not ctx.curated},
    "Each number below carries a bracketed marker that links to the sentence of the article it comes from; a number "
    "computed from the article's figures carries the marker [=] and links to its formula.",
]

SECTIONS: dict[str, list[list]] = {
    "at-a-glance": [
        [
            "Shangyu is a district of the city of Shaoxing in Zhejiang, one of China's richest coastal provinces, "
            "on the south shore of Hangzhou Bay.",
            "The article describes its path through the {t:fyp13} and its plans for the {t:fyp14}: an economy of "
            "{v:gdp_yi_yuan}, built on chemical and new-materials industry, now betting on industrial "
            "platforms, the digital economy, administrative reform and research links with universities.",
        ],
    ],
    "results": [
        [
            "Over the {t:fyp13}, the district's {t:gdp|GDP} grew by {v:gdp_annual_increase_yi_yuan} a year, and by "
            "{y:gdp_yi_yuan} it stood at {v:gdp_yi_yuan}.",
            "Taken at face value — five equal yearly increases — that puts GDP at the start of the plan period at "
            "{d:gdp_2015_yi_yuan} and implies average nominal growth of {d:gdp_average_growth_2016_2020_pct} a year.",
        ],
        [
            "Public finances grew with the economy.",
            "In {y:fiscal_revenue_yi_yuan}, {t:fiscal_revenue} reached {v:fiscal_revenue_yi_yuan}, "
            "{v:fiscal_revenue_rank_province} among the county-level units of Zhejiang;",
            "{t:general_budget_revenue} — the part the district keeps and budgets itself — was "
            "{v:general_budget_revenue_yi_yuan}, {v:general_budget_revenue_rank_province} in the province.",
            "The district thus kept {d:general_budget_share_of_fiscal_revenue_pct} of the revenue it collected; the "
            "remaining {d:fiscal_revenue_outside_general_budget_yi_yuan} went mostly to the central and provincial "
            "governments.",
            "Total fiscal revenue came to {d:fiscal_revenue_share_of_gdp_pct} of GDP.",
            "General budget revenue rose by {v:general_budget_revenue_annual_increase_yi_yuan} a year over the plan "
            "period, so at its start it was {d:general_budget_revenue_2015_yi_yuan}, and it grew by "
            "{d:general_budget_revenue_average_growth_2016_2020_pct} a year on average.",
        ],
        [
            "For households, the per-capita disposable income of urban residents was {v:urban_income_per_capita_yuan} "
            "in {y:urban_income_per_capita_yuan}, and that of rural residents {v:rural_income_per_capita_yuan}:",
            "a town dweller had {d:urban_rural_income_ratio} times the income of a villager.",
        ],
    ],
    "platforms-digital": [
        [
            "Shangyu's flagship industry is new materials — advanced polymers and other chemical materials.",
            "In {y:new_materials_output_yi_yuan} its {v:new_materials_firms_count} "
            "{t:above_scale|above-scale firms} produced gross output of {v:new_materials_output_yi_yuan}, up "
            "{v:new_materials_output_growth_pct} on the year before, and made a profit of "
            "{v:new_materials_profit_yi_yuan}, up {v:new_materials_profit_growth_pct}.",
            "The article puts the industry at {v:new_materials_output_share_of_industry_ratio} of all above-scale "
            "industrial output, so that total was {d:above_scale_industrial_output_yi_yuan}.",
        ],
        [
            "Working back from the growth rates, the industry's output in the previous year was "
            "{d:new_materials_output_2019_yi_yuan} and its profit {d:new_materials_profit_2019_yi_yuan}.",
            "Profit was {d:new_materials_profit_margin_pct} of output, up from {d:new_materials_profit_margin_2019_pct} "
            "the year before, and the average firm produced {d:new_materials_output_per_firm_yi_yuan}.",
            {"text": "Profit grew faster than output, so margins widened — in a pandemic year.", "when": _faster_profit},
        ],
        [
            "The industry's home, the advanced polymer materials platform in the economic development zone on "
            "Hangzhou Bay, was named in the latest batch of Zhejiang's {t:wanmu_qianyi}.",
            "To hold its supply chains together the district introduced, ahead of the rest of the province, a "
            "{t:chain_chief}: each of its {v:modern_industrial_chains_count} modern manufacturing chains has a senior "
            "official who hunts for the investment the chain lacks.",
            "New materials heads these chains and is one of the {v:key_industry_clusters_count} industrial clusters "
            "the district fosters.",
            "One local firm, NHU (新和成), makes its products with partners along the chain and holds "
            "{v:xinhecheng_domestic_market_share_pct} of the domestic market for them.",
        ],
        [
            "Alongside industry, the district pushes the digital economy, the province's {t:one_project}.",
            "It aims to make the digital economy {v:digital_economy_growth_target_multiple} as large within five years, "
            "which takes growth of {d:digital_economy_annual_growth_target_pct} a year.",
            "{t:egame_town}, a cluster of game, animation and film companies, is the centre of its digital-content "
            "industry, next to new mobile networks, data centres and the digital upgrading of chemicals, dyeing and "
            "umbrella making.",
        ],
    ],
    "reform-business": [
        [
            "Chinese local governments compete for investors on their {t:business_environment}.",
            "Shangyu appointed {v:business_environment_observers_count} {t:observers} — outsiders who rate how "
            "government departments serve firms.",
        ],
        [
            "It has bundled its support for private firms into a {t:policy_1_9}: one set of opinions on the private "
            "economy, covering {v:private_economy_policy_aspects_count} areas in "
            "{v:private_economy_policy_articles_count} articles — from tax and fee relief to financing — plus "
            "{v:special_policies_count} special policies for industry, services, talent and more.",
        ],
        [
            "Two of its administrative reforms, {t:remote_bidding} and {t:one_code_land}, are being copied across "
            "the province.",
            "Both grow out of Zhejiang's {t:run_once|'at most one trip'} reform; the second manages land through its whole life cycle "
            "with shared, real-time records — what the province calls {t:holistic_governance}.",
        ],
        [
            "The results claimed for {y:new_listed_companies_count}: {v:new_listed_companies_count} newly listed "
            "companies, {v:new_eagle_enterprises_count} new firms in the provincial {t:eagle} and "
            "{v:new_market_entities_wan_count} new market entities (companies, sole proprietors and cooperatives).",
            "The district also says it leads Shaoxing on the {t:per_mu_value_added} of above-scale firms, on the value "
            "added of high-tech industry and on core digital-economy manufacturing.",
        ],
    ],
    "innovation-talent": [
        [
            "Shangyu links research and industry through {t:three_institutes}: an industry research institute, "
            "institutes set up with universities, and firms' own research institutes "
            "({v:research_institute_types_count} types in all).",
        ],
        [
            "The industry research institute also recruits investment: since {y0:signed_projects_count} it has "
            "signed {v:signed_projects_count} projects with total investment of {v:signed_investment_yi_yuan}, "
            "or {d:signed_investment_per_project_yi_yuan} per project on average.",
            "{v:major_projects_count} of them are each worth {v:major_project_threshold_yi_yuan}, among them a "
            "new-materials project (圆金新材料) and a robotics science city of the Harbin Institute of Technology.",
            "Together they carry {d:major_projects_investment_yi_yuan}, {d:major_projects_share_of_signed_investment_pct} "
            "of the signed total, so the other projects average {d:other_projects_investment_per_project_yi_yuan}.",
        ],
        [
            "The research output the article reports: {v:academician_workstation_projects_count} projects under way "
            "at its {t:academician_workstation|academician and expert workstations}, {v:patents_count} national "
            "patents granted, of which {v:invention_patents_count} were {t:invention_patent|invention patents} "
            "({d:invention_patent_share_pct} of the total), and {v:standards_drafted_count} national and industry "
            "standards drafted with its participation.",
            "A new-materials laboratory named after the Cao'e River is being prepared, and Shaoxing's first bank for "
            "cultural and creative firms has opened in the district.",
        ],
    ],
    "culture-urban": [
        [
            "Culture is part of the pitch.",
            "Shangyu brands itself on {t:filial_piety} and plans to make itself a national centre of it during the "
            "{t:fyp14}: a filial-piety culture town, festivals and tourism products, new cultural landmarks and a "
            "{t:cultural_gene}.",
        ],
        [
            "The town itself is being renewed: a new campus of the Zhejiang College of Construction has opened, a "
            "branch of Sir Run Run Shaw Hospital is being built, and the Hongyan {t:future_community}, a "
            "redevelopment pilot, is under way.",
            "Its planning unit covers {v:future_community_land_hectare} of land with a total floor area of "
            "{v:future_community_floor_area_wan_m2}, a {t:floor_area_ratio} of {d:future_community_floor_area_ratio}.",
            "It is designed around {v:future_community_scenarios_count} service scenarios, from neighbourhood, "
            "education and health to low-carbon living and governance.",
        ],
    ],
    "road-ahead": [
        [
            "Everything in this section is a plan or a target stated in the article, not a result.",
            "The article calls the {t:fyp14} period a window for a new development pattern and a key period for "
            "reform, opening up and modern governance; its stated aim is for Shangyu to lead Zhejiang's bid to "
            "become a {t:socialist_modernisation_pioneer} as a high-level \"innovative district and quality city\".",
        ],
        [
            "Its one quantified economic target is to make the digital economy "
            "{v:digital_economy_growth_target_multiple} as large within five years — "
            "{d:digital_economy_annual_growth_target_pct} a year if growth is even.",
            "The other plans are projects: E-Game Town's next phase, the Hongyan future community and a national centre "
            "of filial-piety culture.",
        ],
    ],
}

# Sentences of the tables' introductions and of the method section ({count}, {figures} … are filled from
# the data). Short words (captions, column headers) are labels: report/labels.py, group "narrative".
PHRASES: dict[str, str | list[str]] = {
    "coverage": "Period covered by the figures: {span}. Figures for years after the article's date are plans.",
    "none": "The article gives no figures for this part.",
    "no_derived": "No value is derived from this article's figures: derivations are defined for curated indicators only.",
    "no_terms": "The article uses none of the terms in the glossary.",
    "generic_intro": "Figures the article gives for this part: {count}. They are listed as published, with their sources.",
    "derived_intro": "Values computed from the article's figures. Each states its formula (in indicator ids), its "
                     "inputs, its assumptions and whether it is exact, approximate or a bound; a bound in gives a "
                     "bound out.",
    "glossary_intro": "The policy and statistical terms the article uses, with a one-line explanation.",
    "method": [
        "The article was read from its raw text, which is never modified. Figures were extracted with their units "
        "and qualifiers (about, more than, at least …) and the sentence they come from: {figures} in all.",
        "Each figure was matched to an entry of a curated indicator table by its surface and a context phrase, and "
        "the table was checked against the text in both directions: {indicators} indicators in this report.",
        "From them, {derived} values were derived with a stated formula, and {checks} consistency checks were run: "
        "{passed} passed, {failed} failed, {skipped} skipped.",
        "The report cites {sources} distinct sentences of the article.",
    ],
    "method_generic": [
        "This article has no curated indicator table: its {figures} extracted figures are shown as found, grouped by "
        "category, with their sources ({sources} sentences). No figure has been checked by hand.",
    ],
    "limitations_generic": [
        "Limitations: the article is not a statistical release, and its figures were extracted automatically: a "
        "figure may be missing, misread or attached to the wrong subject.",
        "Plans and targets are intentions, not outcomes.",
    ],
    "limitations": [
        "Limitations: the article is a locality's account of itself in a special page, not a statistical release.",
        "Several figures are approximate or only bounds, and derived values inherit that; implied earlier levels "
        "assume the stated averages hold for every year.",
        "Plans and targets are the district's intentions, not outcomes.",
    ],
}

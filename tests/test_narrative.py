"""The narrative report: every number traceable, English fully translated, article text escaped.

The seed dataset is built by the real chain (article → extractor → curated catalog → derived values and
checks), so these tests also prove the narrative keeps up with the catalog.
"""

from __future__ import annotations

import html
import math
import re
import types
from html.parser import HTMLParser

import pandas as pd
import pytest
import yaml

from shangyu_analysis import config
from shangyu_analysis.dataset import dataset
from shangyu_analysis.report.narrative import compose

CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
# The article's own words inside a report: quoted sentences (<q>) and the page's words ({a:…}), verified verbatim.
PAGE_WORDS = re.compile(r'<q lang="zh">.*?</q>|<span class="page-words" lang="zh">.*?</span>')
NUMBER = re.compile(r"\d{4}-\d{2}-\d{2}|\d+/\d+|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


def _factors(unit: str) -> tuple[float, ...]:
    """English display factors, the report's display contract: 亿 → billions (or millions), 万… → units."""
    if unit == "亿元":
        return (1, 0.1, 100)
    if unit.startswith("亿"):
        return (1, 0.1)
    if unit.startswith("万") and not unit.startswith("万亿"):
        return (1, 10_000)
    return (1,)


@pytest.fixture(scope="module")
def seed():
    return dataset.load_dataset()


@pytest.fixture(scope="module")
def reports(seed):
    return {lang: compose.render_report(seed, lang) for lang in ("zh", "en")}


# --- parsing the rendered HTML ---------------------------------------------------------------------------
class _Collector(HTMLParser):
    """Text nodes of the report, each with the tags/classes/attributes of the elements around it."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict]] = []
        self.texts: list[tuple[str, list[tuple[str, dict]]]] = []
        self.ids: set[str] = set()
        self.hrefs: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append(tag)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if "href" in attrs:
            self.hrefs.append(attrs["href"])
        self.stack.append((tag, attrs))

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break

    def handle_data(self, data):
        if data.strip():
            self.texts.append((data, list(self.stack)))


def parse(report: str) -> _Collector:
    collector = _Collector()
    collector.feed(report)
    return collector


def _has(stack, tag=None, css=None, **attrs):
    for t, a in stack:
        if tag and t != tag:
            continue
        if css and css not in (a.get("class") or "").split():
            continue
        if all(a.get(k) == v for k, v in attrs.items()):
            return (t, a)
    return None


def _decimals(token: str) -> int:
    return len(token.partition(".")[2])


def _as_float(token: str) -> float:
    return float(token.replace(",", ""))


def _roundings(value: float, decimals: int) -> set[float]:
    """``value`` at ``decimals``: to nearest, and down and up (a bound is rounded the safe way, never further)."""
    scale = 10**decimals
    return {round(value, decimals), math.floor(value * scale + 1e-9) / scale, math.ceil(value * scale - 1e-9) / scale}


def _matches_display(token: str, value: float, precision: int, unit: str) -> bool:
    """``token`` is ``value`` as the report may display it (article unit, or its English conversion)."""
    number = _as_float(token)
    for factor in _factors(unit):
        shift = -round(math.log10(factor))
        decimals = max(0, precision + shift)
        if factor < 1:
            decimals = min(decimals, 2)
        if any(math.isclose(shown, number, abs_tol=1e-9) for shown in _roundings(value * factor, decimals)):
            return True
    return False


def _fraction_ok(token: str, ds) -> bool:
    numerator, denominator = (int(x) for x in token.split("/"))
    return any(
        str(row.unit) == "ratio" and math.isclose(row.value, numerator / denominator, abs_tol=5e-4)
        for row in ds.indicators.itertuples()
    )


class Trace:
    """The traceability check: each number of the report's text is classified and checked."""

    def __init__(self, ds):
        self.ds = ds
        self.values = [(float(r.value), int(r.precision), str(r.unit)) for r in ds.indicators.itertuples()]
        self.values += [
            (float(r.value_high), int(r.precision), str(r.unit))
            for r in ds.indicators.itertuples()
            if pd.notna(r.value_high)
        ]
        self.values += [(float(r.value), int(r.precision), str(r.unit)) for r in ds.derived.itertuples()]
        # Years the data itself names: indicator periods, the article's date, derived names ("2019年…(推算)").
        periods = " ".join(str(p) for p in ds.indicators["period"])
        derived_names = " ".join(f"{r.derived_id} {r.name_zh} {r.name_en}" for r in ds.derived.itertuples())
        date = str(ds.source.get("date", ""))
        self.years = {int(y) for y in re.findall(r"(?<!\d)\d{4}(?!\d)", f"{periods} {derived_names} {date}")}
        catalog = yaml.safe_load(config.catalog_path(None).read_text("utf-8"))
        self.check_expressions = {c["id"]: c["expression"] for c in catalog.get("checks", [])}
        self.dates = {date}
        # Five-Year Plans named by ordinal ("13th Five-Year Plan"): only those whose years the data covers.
        self.plan_numbers = {(start - 1966) // 5 + 3 for start in self.years if (start - 1966) % 5 == 0}
        self.page = str(ds.source.get("page", ""))
        self.paragraphs = {int(p) for p in ds.indicators["paragraph"].dropna()}
        self.paragraphs |= {p.index for p in getattr(ds.article, "paragraphs", [])}  # sentences cited by {c:…}
        self.glossary = {
            t["id"]: t for t in yaml.safe_load((config.DATA_DIR / "glossary.yml").read_text("utf-8"))["terms"]
        }

    def narrative_number_ok(self, token: str, context_ordinals: set[str] = frozenset()) -> bool:
        if token in self.dates:
            return True
        if "/" in token:
            return _fraction_ok(token, self.ds)
        if "," not in token and "." not in token and (int(token) in self.years or token == self.page):
            return True
        if token in context_ordinals and int(token) in self.plan_numbers:
            return True
        return any(_matches_display(token, v, p, u) for v, p, u in self.values)

    def name_number_ok(self, token: str, indicator_id: str) -> bool:
        """A number in an indicator's name (data): its own value, a year, a plan ordinal or its figure number."""
        row = self.ds.indicators.set_index("indicator_id").loc[indicator_id]
        figure_number = int(re.sub(r"\D", "", str(row["figure_id"])) or -1)
        return (
            _matches_display(token, float(row["value"]), int(row["precision"]), str(row["unit"]))
            or self.narrative_number_ok(token, set(re.findall(r"(\d+)th Five-Year Plan", str(row["name_en"]))))
            or _as_float(token) == figure_number
        )

    def catalog_number_ok(self, token: str, constants: set[float]) -> bool:
        """A number in catalog text (an assumption, a check): a value, a year, a constant of its formula or
        expression, or one step of arithmetic on those ("93.69 − 40" where 40 = 5 × 8; "the other 41" = 46 − 5)."""
        if "/" in token:
            return _fraction_ok(token, self.ds)
        if token in self.dates:
            return True
        number = _as_float(token)
        if number.is_integer() and int(number) in self.years:
            return True
        pool = [v for v, _, _ in self.values] + sorted(constants)
        if any(math.isclose(round(v, _decimals(token)), number, abs_tol=1e-9) for v in pool):
            return True
        return any(
            math.isclose(a * b, number) or math.isclose(a - b, number) or math.isclose(a + b, number)
            for a in pool
            for b in pool
        )

    def check(self, report: str) -> tuple[int, list[str]]:
        """(numbers checked, stray numbers with their context)."""
        collector = parse(report)
        derived_text = {
            str(getattr(r, c)) for r in self.ds.derived.itertuples() for c in ("formula", "formula_zh", "formula_en")
        }
        derived_text |= {
            str(n) for f in (self.ds.indicators, self.ds.derived) for c in ("name_zh", "name_en") for n in f[c]
        }  # a derivation's inputs are shown by name
        counted, stray = 0, []
        for text, stack in collector.texts:
            if _has(stack, tag="style"):
                continue
            if _has(stack, tag="sup", css="cite") or _has(stack, css="src-no"):
                assert re.fullmatch(r"\[(\d+|=)\]", text.strip()), text
                continue
            if _has(stack, tag="q") or _has(stack, css="page-words"):
                assert text in self.ds.article.text, text  # the page's own words, verbatim
                continue
            if _has(stack, css="term"):
                continue  # names of glossary terms ("1+9"), checked by test_terms_link_to_the_glossary
            if _has(stack, tag="code"):
                assert text in derived_text or re.fullmatch(r"[a-z0-9_]+", text), text
                continue
            constants = self._catalog_constants(stack)
            for token in NUMBER.findall(text):
                counted += 1
                if _has(stack, css="count"):
                    ok = True  # recomputed in test_method_counts
                elif _has(stack, css="para-no"):
                    ok = int(token) in self.paragraphs
                elif _has(stack, css="check-no"):  # a check's row number (its id stays in data-check)
                    ok = 1 <= int(token) <= len(self.check_expressions)
                elif _has(stack, css="glossary-text") or _has(stack, css="glossary"):
                    ok = any(token in f"{t['en']} {t['explain_en']} {t['explain_zh']}" for t in self.glossary.values())
                elif _has(stack, tag="td", css="name"):
                    ok = self.name_number_ok(token, _has(stack, tag="tr")[1]["data-ref"])
                elif constants is not None:
                    ok = self.catalog_number_ok(token, constants)
                else:
                    ok = self.narrative_number_ok(token, set(re.findall(r"(\d+)th Five-Year Plan", text)))
                if not ok:
                    stray.append(f"{token} in {text.strip()[:80]!r}")
        return counted, stray

    def _catalog_constants(self, stack) -> set[float] | None:
        """For text in a derived or check row: the constants of that row's formula or expression."""
        if not (_has(stack, css="assumptions") or _has(stack, css="check-text")):
            return None
        row = _has(stack, tag="tr")[1]
        if "data-check" in row:
            expression = self.check_expressions[row["data-check"]]
        else:
            hit = self.ds.derived[self.ds.derived["derived_id"] == row["id"].removeprefix("derived-")]
            expression = str(hit.iloc[0]["formula"])
        return {_as_float(t) for t in re.findall(r"(?<![a-z_\d])\d+(?:\.\d+)?", expression)}


# --- traceability ------------------------------------------------------------------------------------------
def test_every_number_traces_to_the_data(seed, reports):
    trace = Trace(seed)
    total = 0
    for lang, report in reports.items():
        counted, stray = trace.check(report)
        assert stray == [], f"{lang}: numbers that trace to nothing: {stray}"
        total += counted
    print(f"\ntraceability: {total} numbers checked in zh + en")
    assert total >= 300  # the check really ran over the report, tables included


@pytest.mark.parametrize(
    ("lang", "plant"),
    [
        ("en", "<p>GDP grew 12.3% a year.</p>"),
        ("zh", "<p>地区生产总值增长12.3%。</p>"),
        ("en", '<table><tr><td class="num">CNY 17.2 billion</td></tr></table>'),
    ],
)
def test_a_planted_number_fails_the_check(seed, reports, lang, plant):
    report = reports[lang].replace("</section>", plant + "</section>", 1)
    _, stray = Trace(seed).check(report)
    assert len(stray) == 1 and re.match(r"(12\.3|17\.2) in", stray[0]), stray


def test_a_misprinted_figure_fails_the_check(seed, reports):
    assert "156.72亿元" in reports["zh"]
    _, stray = Trace(seed).check(reports["zh"].replace("156.72亿元", "165.72亿元", 1))
    assert len(stray) == 1 and stray[0].startswith("165.72 in"), stray


# --- structure -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_sections_in_order_with_headings_and_resolving_links(reports, lang):
    report = reports[lang]
    found = re.findall(r'<section id="([^"]+)"[^>]*><h2>[^<]+</h2>', report)
    assert found == [
        "at-a-glance",
        "results",
        "platforms-digital",
        "reform-business",
        "innovation-talent",
        "culture-urban",
        "road-ahead",
        "derived-checks",
        "glossary",
        "method-sources",
    ]  # narrative.yml
    collector = parse(report)
    assert "script" not in collector.tags
    # Links go to ids of the page, or download a table (report.download: a data:text/csv URI, nothing fetched).
    inner = [h for h in collector.hrefs if not h.startswith("data:text/csv;charset=utf-8;base64,")]
    assert len(inner) < len(collector.hrefs) and inner and all(h.startswith("#") for h in inner)
    assert {h[1:] for h in inner} <= collector.ids
    assert "http" not in report and "src=" not in report


def test_a_section_alone_matches_the_report(seed, reports):
    for section_id in compose.section_ids(seed):
        alone = compose.render_section(seed, "en", section_id)
        assert alone.startswith(f'<section id="{section_id}"') and alone in reports["en"]
    with pytest.raises(ValueError, match="unknown section"):
        compose.render_section(seed, "en", "nope")
    from shangyu_analysis.errors import UserError

    with pytest.raises(UserError, match="unknown language 'fr'"):
        compose.render_report(seed, "fr")
    with pytest.raises(UserError, match="unknown language"):
        compose.render_section(seed, "de", "glossary")
    # Rendering is deterministic (the build compares two builds byte for byte).
    assert compose.render_report(seed, "en") == compose.render_report(seed, "en")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_indicator_and_derived_value_is_shown_and_cited(seed, reports, lang):
    report = reports[lang]
    for ind_id in seed.indicators["indicator_id"]:
        assert re.search(rf'data-ref="{ind_id}"[^>]*>[^<]+</span><sup class="cite"><a href="#src-\d+">', report), ind_id
    for derived_id in seed.derived["derived_id"]:
        assert f'<tr id="derived-{derived_id}">' in report
    # Inputs of a derivation link on to their sources: derived → inputs → article sentences.
    row = re.search(r'<tr id="derived-urban_rural_income_ratio">.*?</tr>', report).group(0)
    assert re.search(r'<a href="#src-\d+" data-input="urban_income_per_capita_yuan"><code>[^<]+</code></a>', row)
    assert "urban_income_per_capita_yuan</code>" not in row  # inputs are named, not shown as code ids
    # Every derived value is also used in a sentence, linking to its row.
    narrated = set(re.findall(r'href="#derived-([a-z0-9_]+)"', report))
    assert narrated == set(seed.derived["derived_id"]), set(seed.derived["derived_id"]) - narrated


def test_sources_quote_the_cited_sentences_with_paragraph_numbers(seed, reports):
    collector = parse(reports["en"])
    quotes = [text for text, stack in collector.texts if _has(stack, tag="q") and _has(stack, tag="ol", css="sources")]
    assert len(quotes) == len(set(quotes)) >= 15
    cited = set(re.findall(r'href="#src-(\d+)"', reports["en"]))
    assert cited == {str(n) for n in range(1, len(quotes) + 1)}
    assert "paragraph 5" in reports["en"] and "第5段" in reports["zh"]
    # Tables of figures carry a source column linking to the quoted sentence.
    glance = compose.render_section(seed, "en", "at-a-glance")
    assert (
        len(re.findall(r'<td class="src"><a href="#src-\d+"><span class="para-no">paragraph \d+</span></a>', glance))
        >= 8
    )


def test_method_counts(seed, reports):
    expected = {
        "figures": len(seed.figures),
        "indicators": len(seed.indicators),
        "derived": len(seed.derived),
        "checks": len(seed.checks),
        "passed": int((seed.checks["status"] == "pass").sum()),
        "failed": int((seed.checks["status"] == "fail").sum()),
    }
    for report in reports.values():
        for key, value in expected.items():
            assert f'data-count="{key}">{value}<' in report, key


def test_plans_are_marked_as_plans(seed, reports):
    for lang, badge in (("en", ">plan<"), ("zh", ">规划<")):
        road = compose.render_section(seed, lang, "road-ahead")
        assert 'data-ref="digital_economy_growth_target_multiple"' in road and badge in road
        assert 'class="fig plan" data-ref="fiscal_revenue_yi_yuan"' not in reports[lang]
        assert 'class="fig plan" data-ref="digital_economy_growth_target_multiple"' in reports[lang]


def test_terms_link_to_the_glossary(reports):
    glossary = {t["id"]: t for t in yaml.safe_load((config.DATA_DIR / "glossary.yml").read_text("utf-8"))["terms"]}
    for report in reports.values():
        linked = set(re.findall(r'class="term" href="#term-([a-z0-9_]+)"', report))
        assert {
            "fyp13",
            "fyp14",
            "chain_chief",
            "wanmu_qianyi",
            "one_code_land",
            "run_once",
            "eagle",
            "per_mu_value_added",
            "future_community",
            "business_environment",
            "policy_1_9",
            "remote_bidding",
            "egame_town",
            "filial_piety",
            "academician_workstation",
            "above_scale",
        } <= linked
        assert linked <= set(glossary)
        for term_id in linked:
            assert f'<tr id="term-{term_id}">' in report


def test_glossary_entries_are_complete():
    terms = yaml.safe_load((config.DATA_DIR / "glossary.yml").read_text("utf-8"))["terms"]
    assert len({t["id"] for t in terms}) == len(terms) >= 20
    for term in terms:
        assert all(str(term.get(k, "")).strip() for k in ("zh", "en", "explain_en", "explain_zh")), term["id"]
        assert not CJK.search(term["explain_en"]) and CJK.search(term["explain_zh"]), term["id"]


# --- language ----------------------------------------------------------------------------------------------------
def test_english_paragraphs_have_chinese_only_as_bracketed_terms(reports):
    collector = parse(reports["en"])
    checked = 0
    for _text, stack in collector.texts:
        if not _has(stack, tag="p") and not _has(stack, tag="h2") and not _has(stack, tag="caption"):
            continue
        checked += 1
    paragraphs = re.findall(r"<p[^>]*>(.*?)</p>", reports["en"], flags=re.S)
    assert len(paragraphs) >= 20 and checked
    for paragraph in paragraphs:
        paragraph = re.sub(PAGE_WORDS, "", paragraph)  # quotations of the article stay Chinese
        text = html.unescape(re.sub(r"<[^>]+>", "", paragraph))
        without_terms = re.sub(r"\(([^()]{1,20})\)", lambda m: "" if CJK.search(m.group(1)) else m.group(0), text)
        assert not CJK.search(without_terms), without_terms


def test_the_check_for_untranslated_text_can_fail():
    text = "The district's 财政总收入达到 grew."
    without_terms = re.sub(r"\(([^()]{1,20})\)", "", text)
    assert CJK.search(without_terms)


def test_templates_type_no_numbers():
    """No number is typed into a template or a narrative label: digits only come from placeholders (data)."""
    from shangyu_analysis.report.labels import LABELS
    from shangyu_analysis.report.narrative import en, zh
    from shangyu_analysis.report.narrative.story import generic_sections, load_story

    texts = []
    for module in (en, zh):
        strings = [
            module.TITLES,
            module.SOURCE_OPENING,
            module.SOURCE_PAGE,
            module.SOURCE_CLOSING,
            module.BACKGROUND,
            module.PHRASES,
        ]
        texts += ["".join(t) for t in re.findall(r"'((?:[^'\\]|\\.)*)'|\"((?:[^\"\\]|\\.)*)\"", repr(strings))]
    # every page's story (data/articles/*/narrative.*), and the generic sections' titles
    stories = [load_story(config.RAW_DIR / f"{d.name}.txt") for d in sorted(config.ARTICLES_DIR.iterdir())]
    assert any(stories)
    for story in filter(None, stories):
        texts += [
            s if isinstance(s, str) else s["text"]
            for blocks in story.blocks.values()
            for paragraphs in blocks.values()
            for p in paragraphs
            for s in p
        ]
        texts += [t for section in story.sections for t in section.title.values()]
        texts += [t for title in story.titles.values() for t in title.values()]
    texts += [t for section in generic_sections() for t in section.title.values()]
    texts += [word for words in LABELS["narrative"].values() for word in words.values()]
    assert len(texts) > 100 and any("{figures}" in t for t in texts)  # the phrases and labels are included
    for text in texts:
        assert not re.search(r"\d", re.sub(r"\{[^{}]*\}", "", text)), text


# --- missing data, other articles, escaping -------------------------------------------------------------------
def _namespace(ds, **changes):
    fields = {k: getattr(ds, k) for k in ("article", "figures", "indicators", "derived", "checks", "curated", "source")}
    fields.update(changes)
    return types.SimpleNamespace(**fields)


def test_a_missing_indicator_drops_its_sentence_only(seed):
    partial = _namespace(seed, indicators=seed.indicators[seed.indicators["indicator_id"] != "gdp_yi_yuan"])
    report = compose.render_report(partial, "en")
    assert "{" not in re.sub(r"<style>.*?</style>", "", report, flags=re.S)
    assert 'data-ref="gdp_yi_yuan"' not in report
    assert 'data-ref="fiscal_revenue_yi_yuan"' in report  # the rest of the report is intact


def test_a_value_that_could_not_be_derived_never_prints_nan(seed):
    derived = seed.derived.copy()
    derived.loc[derived["derived_id"] == "urban_rural_income_ratio", "value"] = float("nan")
    report = compose.render_report(_namespace(seed, derived=derived), "en")
    assert "nan" not in re.sub(r"<[^>]+>", " ", report).lower().split()
    assert 'href="#derived-urban_rural_income_ratio"' not in report  # its sentence is dropped
    assert '<tr id="derived-urban_rural_income_ratio">' in report  # its row stays, with a dash


HOSTILE = "上虞<script>alert(1)</script>财政收入增长<img src=x onerror=alert(1)>12.5%。"


def _hostile_dataset():
    text = f"某地经济\n\n  {HOSTILE}\n"
    start = text.index("12.5%")
    indicators = pd.DataFrame(
        [
            {
                "indicator_id": "auto_f001_percent",
                "name_zh": "财政收入增长<script>alert(1)</script>",
                "name_en": "growth <img src=x onerror=alert(1)>",
                "description_en": "",
                "category": "fiscal",
                "value": 12.5,
                "value_high": float("nan"),
                "unit": "%",
                "short_unit": "%",
                "qualifier": "exact",
                "period": "",
                "precision": 1,
                "figure_id": "f001",
                "start": start,
                "end": start + 5,
                "surface": "12.5%",
                "sentence": HOSTILE,
                "paragraph": 1,
                "section": "",
                "curated": False,
            }
        ]
    )
    return types.SimpleNamespace(
        article=types.SimpleNamespace(text=text),
        figures=indicators,
        indicators=indicators,
        derived=pd.DataFrame(),
        checks=pd.DataFrame(),
        curated=False,
        source={},
    )


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_article_text_is_escaped(lang):
    report = compose.render_report(_hostile_dataset(), lang)
    assert "<script" not in report.lower() and "<img" not in report.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in report
    assert "&lt;img src=x onerror=alert(1)&gt;" in report
    collector = parse(report)
    assert "script" not in collector.tags and "img" not in collector.tags


COUNTY = "tests/fixtures/narrative/county_report.txt"  # made-up, uncurated, with markup in its sentences


@pytest.fixture(scope="module")
def county():
    return dataset.load_dataset(COUNTY)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_an_uncurated_article_gets_a_generic_report(county, lang):
    assert county.curated is False
    report = compose.render_report(county, lang)
    assert re.findall(r'<section id="([^"]+)"', report) == [
        "at-a-glance",
        "economy",
        "industry",
        "business",
        "innovation",
        "urban",
        "road-ahead",
        "derived-checks",
        "glossary",
        "method-sources",
    ]  # data/narrative.yml
    assert compose.section_ids(county) == re.findall(r'<section id="([^"]+)"', report)
    for specific in ("Shangyu", "Hangzhou", "Shaoxing", "上虞", "杭州湾", "绍兴", "专版", "special page"):
        assert specific not in report
    assert ("Economy, public finance and income" if lang == "en" else "经济、财政与收入") in report
    for ind_id in county.indicators["indicator_id"]:
        assert f'data-ref="{ind_id}"' in report  # every figure is shown, cited
    # The article's markup reaches the page only as text, in the title and in the quoted sources.
    assert "<script" not in report and "<img" not in report
    assert report.count("&lt;script&gt;alert(1)&lt;/script&gt;") >= 2
    assert "&lt;img src=x onerror=alert(1)&gt;" in report
    assert "script" not in parse(report).tags


def test_an_uncurated_report_is_traceable_and_translated(county):
    counted, stray = Trace(county).check(compose.render_report(county, "zh"))
    assert stray == [] and counted >= 20
    counted, stray = Trace(county).check(compose.render_report(county, "en"))
    assert stray == [] and counted >= 20
    road = compose.render_section(county, "en", "road-ahead")
    assert ">plan<" in road  # 倍增 during 十四五 is a plan, even without a dated article
    for paragraph in re.findall(r"<p[^>]*>(.*?)</p>", compose.render_report(county, "en"), flags=re.S):
        text = html.unescape(re.sub(r"<[^>]+>", "", re.sub(PAGE_WORDS, "", paragraph)))
        assert not CJK.search(re.sub(r"\(([^()]{1,20})\)", "", text)), text


def test_a_broken_glossary_is_a_user_error(tmp_path, monkeypatch):
    from shangyu_analysis.errors import UserError
    from shangyu_analysis.report.narrative import data

    broken = tmp_path / "glossary.yml"
    broken.write_text("terms:\n  - id: x\n   zh: [\n", encoding="utf-8")
    monkeypatch.setattr(data, "GLOSSARY_YML", broken)
    with pytest.raises(UserError, match=r"glossary\.yml: invalid YAML at line \d+, column \d+"):
        data.glossary_terms()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_built_report_is_traceable(seed, lang, built_reports):
    """The 04 report as the build renders it: its narrative sections pass the same check."""
    built = built_reports / config.SEED_NAME / lang / "04_development_path.html"
    page = built.read_text(encoding="utf-8")
    sections = re.findall(r'<section[^>]*class="narrative"[^>]*>.*?</section>', page, flags=re.S)
    assert len(sections) == len(compose.section_ids(seed))
    counted, stray = Trace(seed).check("".join(sections))
    assert stray == [] and counted >= 150, f"{stray} (a stale report? rebuild with make report)"


def test_an_article_without_figures_still_renders(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("无数字的文章\n  这是一段没有任何数字的文字。\n", encoding="utf-8")
    ds = dataset.load_dataset(empty)
    for lang, words in (("en", "uses none of the terms"), ("zh", "没有使用术语表中的术语")):
        report = compose.render_report(ds, lang)
        assert re.findall(r'<section id="([^"]+)"', report) == compose.section_ids(ds)
        assert words in report and 'data-count="figures">0<' in report


# --- issue #14: periods by their basis, the page's words, cited statements, background --------------------------
def test_a_period_the_page_does_not_state_is_never_written_as_a_plain_year(seed):
    from shangyu_analysis.report.narrative.context import TEMPLATE_MODULES, MissingData, ReportContext
    from shangyu_analysis.report.narrative.sources import template_strings

    for lang, presumably in (("en", "presumably 2020"), ("zh", "推测为2020年")):
        ctx = ReportContext(seed, lang)
        with pytest.raises(MissingData):
            ctx.fill("{y:fiscal_revenue_yi_yuan}")  # inferred: {y:…} would state it as the page's
        assert ctx.fill("{p:fiscal_revenue_yi_yuan}") == presumably
        assert ctx.fill("{y:new_listed_companies_count}") == "2020"  # stated (2020年)
        assert ctx.fill("{yp:new_materials_output_yi_yuan}") == "2019"
    templates = [
        t for lang in ("en", "zh") for t in template_strings(TEMPLATE_MODULES[lang], ReportContext(seed, lang).blocks)
    ]
    basis = dict(zip(seed.indicators["indicator_id"], seed.indicators["period_basis"]))
    for text in templates:  # every {y:…}/{y0:…}/{yp:…} of the templates names a stated period
        for kind, key, _ in compose.PLACEHOLDER.findall(text):
            if kind in ("y", "y0", "yp"):
                assert basis[key] == "stated", (key, text)


def test_the_pages_words_and_cited_statements_must_be_on_the_page(seed):
    from shangyu_analysis.report.narrative.context import MissingData, ReportContext

    ctx = ReportContext(seed, "en")
    assert 'class="page-words"' in ctx.fill("{a:“创新强区、品质名城”}")
    with pytest.raises(MissingData):
        ctx.fill("{a:创新强区、品质名城、未来之城}")
    with pytest.raises(MissingData):
        ctx.fill("{c:不在文中的短语}")
    marker = ctx.fill("{c:省政府质量奖}")  # a statement without a figure, in a sentence that also has figures
    assert marker == ctx.cite("new_listed_companies_count")


def test_background_is_a_marked_paragraph_of_its_own(reports):
    for lang, mark in (("en", "Background, not from the page:"), ("zh", "背景(非文章内容):")):
        paragraphs = re.findall(r'<p class="background"><span class="lead">([^<]+)</span>', reports[lang])
        assert paragraphs == [mark]

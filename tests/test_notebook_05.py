"""Notebook 05 (the article in context) and the in-context section of 04: parameters, an interactive run from
notebooks/ that leaves DataFrames and Axes, an article other than the seed, the built reports, and the
traceability check of test_narrative extended to both: every number shown is an article figure or derived value,
a reference row's value, a cross-check row's computed value, a year of the data, or the result of an arithmetic
cell that evaluates to it."""

from __future__ import annotations

import copy
import json
import math
import re
from html.parser import HTMLParser

import nbformat
import pytest
from test_narrative import NUMBER, Trace, _as_float, _decimals, _factors

from shangyu_analysis import config
from shangyu_analysis.dataset import context, crosscheck, load_dataset, load_published, load_reference
from shangyu_analysis.dataset.band import load_band
from shangyu_analysis.report import incontext
from shangyu_analysis.report.labels import labels_in

NB05, NB04 = config.NOTEBOOKS_DIR / "05_in_context.ipynb", config.NOTEBOOKS_DIR / "04_development_path.ipynb"
SEED = f"data/raw/{config.SEED_NAME}.txt"
OTHER = "tests/fixtures/charts/plain_article.txt"
ARITHMETIC = re.compile(r"[\d\s.+\-−×/()^]+=\s*-?\d+(?:\.\d+)?")


def test_parameters_are_typed_commented_and_04_has_no_show_code():
    import papermill

    expected = {
        "article": ("str", f'"{SEED}"'),
        "lang": ("str", '"zh"'),
        "show_code": ("bool", "False"),
        "reference": ("str", '""'),
        "series": ("str", '"gdp"'),
    }
    params = papermill.inspect_notebook(str(NB05))
    assert {k: (v["inferred_type_name"], v["default"]) for k, v in params.items()} == expected
    assert all(v["help"] for v in params.values())
    params = papermill.inspect_notebook(str(NB04))
    assert list(params) == ["article", "lang", "reference"] and all(v["help"] for v in params.values())
    first = nbformat.read(NB05, as_version=4).cells[0]
    assert first.cell_type == "markdown" and first.source.startswith("# 05 · ") and "In context" in first.source


# --- the extended traceability check --------------------------------------------------------------------------------
class ContextTrace(Trace):
    """test_narrative's check, extended with the reference table and the cross-check frames of notebook 05."""

    def __init__(self, ds, reference):
        super().__init__(ds)
        checks = crosscheck.cross_check(ds, reference)
        before, structure = crosscheck.year_before(checks), context.sector_structure(reference)
        timeline = context.timeline(ds, reference)
        pairs = [(r.value, r.unit) for r in reference.itertuples()]
        pairs += [(g, "%") for g in reference["growth_pct"].dropna()]
        for r in checks.itertuples():
            pairs += [
                (r.claim_value, r.unit),
                (r.reference_value, r.unit),
                (r.result, r.result_unit),
                (r.accept_low, r.result_unit),
                (r.accept_high, r.result_unit),
            ]
        pairs += [(r.prior_level, r.unit) for r in before.itertuples()]
        # the reference value below which an end level carried from an annual increase fails (its arithmetic shown)
        carried = checks[(checks["formula"] == "level_from_increase") & checks["reference_year"].notna()]
        pairs += [
            (r.accept_low - (r.claim_year - r.reference_year) * r.claim_value, r.unit) for r in carried.itertuples()
        ]
        pairs += [(round(r.prior_level, 0 if r.unit == "元" else 2), r.unit) for r in before.itertuples()]
        pairs += [(100 * (1 - r.prior_level / r.claim_value), "%") for r in crosscheck.breaks(before).itertuples()]
        band = load_band(reference)  # the band and the numbers it is built from (data/reference/price_band.yml)
        pairs += [
            (v, "%")
            for v in (band.low, band.high, band.real_low, band.real_high, band.deflator_low, band.deflator_high)
        ]
        self.years |= set(range(band.deflator_years[0], band.deflator_years[1] + 1))
        # the three context lines of 05 (review 02_03_05 #26): 2023 income ratio, 2018 fiscal share, 2018 copies
        ref = reference.set_index(["indicator_id", "year", "status"])["value"]
        pairs += [
            (ref[("income_urban", 2023, "official")] / ref[("income_rural", 2023, "official")], "ratio"),
            (100 * ref[("fiscal_total_rev", 2018, "secondary")] / ref[("gdp", 2018, "secondary")].iloc[0], "%"),
            (float(((reference["indicator_id"] == "gdp") & (reference["year"] == 2018)).sum()), ""),
        ]
        pairs += [(r.prior_growth_pct, "%") for r in before.itertuples()]
        pairs += [(v, "%") for v in (*structure["share_pct"], *structure["share_from_va_pct"])]
        self.pairs = [(float(v), str(u)) for v, u in pairs if isinstance(v, float) and math.isfinite(v)]
        self.years |= (
            set(reference["year"])
            | set(checks["claim_year"])
            | {context.boundary_year(reference.attrs["reference"]["caveat_years"])}
        )
        self.rows = {int(r) for frame in (timeline, structure, checks) for r in frame["reference_row"].dropna()}
        quotes = [
            *ds.indicators["sentence"],
            *ds.derived["formula"],
            *crosscheck.FORMULAS.values(),
            *ds.derived["formula_zh"],
            *ds.derived["formula_en"],
        ]
        for column in ("indicator_zh", "source_title", "source_publisher", "source", "excerpt"):
            quotes += list(reference[column])
        quotes += [incontext.source_title(t, "zh") for t in reference["source_title"]]  # zh drops English notes
        quotes += [
            text for lang in ("zh", "en") for key, text in labels_in("context", lang).items() if key.startswith("math_")
        ]  # the formulas as mathematics
        self.quotes = sorted({q for q in quotes if q}, key=len, reverse=True)
        self.arithmetic = [a for frame in (checks, structure, before) for a in frame["arithmetic"].dropna()]

    def value_ok(self, token: str) -> bool:
        """``token`` is a value of the frames as shown: to its decimals (rounded to nearest, or the safe way
        for a bound), in the article's unit or its English conversion; a whole number only for a whole value."""
        if "/" in token:
            return False  # a fraction is only ever part of a quote or of checked arithmetic
        number, decimals = _as_float(token), _decimals(token)
        for value, unit in self.pairs:
            for factor in _factors(unit):
                shown = abs(value * factor)
                if decimals == 0:
                    candidates = [shown]
                else:
                    scaled = shown * 10**decimals
                    candidates = [r / 10**decimals for r in (round(scaled), math.floor(scaled), math.ceil(scaled))]
                if any(math.isclose(c, number, rel_tol=1e-9, abs_tol=1e-9) for c in candidates):
                    return True
        return False

    def text_stray(self, text: str) -> list[str]:
        """The numbers of ``text`` that trace to nothing (quotes and checked arithmetic removed first)."""
        for arithmetic in self.arithmetic:
            if arithmetic in text:
                for step in arithmetic.split(";"):
                    expression, _, shown = step.rpartition("=")
                    computed = eval(expression.replace("×", "*").replace("−", "-").replace("^", "**"))
                    # a back-cast in yuan is shown to the yuan (review 02_03_05 #28): half a unit of its last digit
                    tolerance = 0.5 if "." not in shown else 0.006
                    assert math.isclose(computed, float(shown), abs_tol=tolerance), step
                text = text.replace(arithmetic, " ")
        for quote in self.quotes:
            text = text.replace(quote, " ")
        ordinals = set(re.findall(r"(\d+)th Five-Year Plan", text))
        return [
            f"{token} in {text.strip()[:80]!r}"
            for token in NUMBER.findall(text)
            if not (self.narrative_number_ok(token, ordinals) or self.value_ok(token))
        ]

    def cells_stray(self, cells: list[tuple[str, str]], lang: str) -> list[str]:
        """(header, text) pairs: a reference-row cell must name a row used; other text is traced."""
        row_header = labels_in("column", lang)["reference_row"]
        stray = []
        for header, text in cells:
            if header == row_header and text:
                stray += [] if int(text) in self.rows else [f"row {text}"]
            else:
                stray += self.text_stray(text)
        return stray


class _Cells(HTMLParser):
    """(header, text) for every cell of the HTML tables of an output; headers as ("", text)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.cells, self.headers, self.row, self.tag, self.text = [], [], [], None, ""

    def handle_starttag(self, tag, attrs):
        if tag in ("td", "th"):
            self.tag, self.text = tag, ""
        elif tag == "tr":
            self.row = []

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.tag:
            self.row.append((self.tag, self.text.strip()))
            self.tag = None
        elif tag == "tr":
            if all(kind == "th" for kind, _ in self.row):
                self.headers = [text for _, text in self.row]
                self.cells += [("", text) for text in self.headers]
            else:
                self.cells += [
                    (self.headers[i] if i < len(self.headers) else "", text) for i, (_, text) in enumerate(self.row)
                ]

    def handle_data(self, data):
        if self.tag:
            self.text += data


def shown_cells(notebook, lang: str, start: str | None = None) -> list[tuple[str, str]]:
    """What the report of ``lang`` shows, as (header, text): markdown cells of that language (not the title)
    and the markdown and table outputs of code cells; from the markdown cell starting with ``start`` on."""
    cells, on = [], start is None
    for index, cell in enumerate(notebook.cells):
        tags = cell.metadata.get("tags", [])
        if cell.cell_type == "markdown":
            on = on or cell.source.startswith(start)
            if on and index and f"lang-{'en' if lang == 'zh' else 'zh'}" not in tags:
                cells.append(("", cell.source))
            continue
        for output in cell.get("outputs", []) if on else []:
            data = output.get("data", {})
            if "text/html" in data:
                parser = _Cells()
                parser.feed(re.sub(r"<style.*?</style>", "", data["text/html"], flags=re.S))
                cells += parser.cells
            elif "text/markdown" in data:
                cells.append(("", data["text/markdown"]))
            assert output.get("output_type") != "error", output
    return cells


def run(path, tmp_path, **parameters):
    import papermill

    out = tmp_path / f"{path.stem}-{parameters.get('lang', 'zh')}-{len(str(parameters))}.ipynb"
    papermill.execute_notebook(
        str(path),
        str(out),
        parameters=parameters,
        kernel_name="python3",
        progress_bar=False,
        cwd=str(config.NOTEBOOKS_DIR),
    )
    return nbformat.read(out, as_version=4)


@pytest.fixture(scope="module")
def trace05():
    return ContextTrace(load_published(), load_reference())


def test_the_check_catches_a_planted_number_and_a_misprinted_value(trace05):
    assert trace05.text_stray("地区生产总值2023年为1317.72亿元,2018年为916.52亿元(二手资料)。") == []
    assert trace05.text_stray("隐含年均增速超过4.45%/年,不足9.64%/年。") == []
    assert len(trace05.text_stray("文中地区生产总值年均增长12.3%。")) == 1
    assert len(trace05.text_stray("2023年为1371.72亿元。")) == 1
    good = "100 × ((1000 / 916.52)^(1/2) − 1) = 4.45"
    assert good in trace05.arithmetic and trace05.text_stray(good) == []
    misprinted = good.replace("916.52", "961.52")  # not a row's arithmetic: its numbers must trace, and do not
    assert [s.split(" in ")[0] for s in trace05.text_stray(misprinted)] == ["961.52", "1/2", "1"]
    wrong = copy.copy(trace05)
    wrong.arithmetic = [good.replace("4.45", "4.54")]  # a row whose arithmetic does not give its result
    with pytest.raises(AssertionError):
        wrong.text_stray(wrong.arithmetic[0])


@pytest.mark.slow
def test_interactive_run_from_notebooks_leaves_dataframes_and_axes(monkeypatch):
    """nbclient, a fresh kernel, the notebooks folder as working directory, the defaults."""
    from nbclient import NotebookClient

    monkeypatch.setenv("MPLBACKEND", "Agg")  # the inline backend must still be used
    notebook = nbformat.read(NB05, as_version=4)
    notebook.cells.append(
        nbformat.v4.new_code_cell(
            "import json as _json, matplotlib.axes as _axes\n"
            "print(_json.dumps({k: type(v).__name__ for k, v in dict(globals()).items()\n"
            "                   if isinstance(v, (pd.DataFrame, _axes.Axes)) and not k.startswith('_')}))"
        )
    )
    NotebookClient(
        notebook, kernel_name="python3", timeout=600, resources={"metadata": {"path": str(config.NOTEBOOKS_DIR)}}
    ).execute()
    names = json.loads(notebook.cells[-1].outputs[0]["text"])
    for frame in ("timeline", "checks", "claims", "ref", "pairs", "before", "structure"):
        assert names.get(frame) == "DataFrame", frame
    for axes in ("ax_timeline", "ax_income", "ax_growth", "ax_structure", "ax_checks"):
        assert names.get(axes) == "Axes", axes
    images = sum("image/png" in o.get("data", {}) for c in notebook.cells if c.cell_type == "code" for o in c.outputs)
    assert images == 4  # the timeline, incomes and growth (one figure), the structure, the cross-check


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_number_of_05_traces(trace05, lang, executed_notebook):
    cells = shown_cells(executed_notebook(NB05.stem, lang), lang)
    stray = trace05.cells_stray(cells, lang)
    counted = sum(len(NUMBER.findall(text)) for _, text in cells)
    assert stray == [], stray
    assert counted >= 300
    headers = [text for header, text in cells if header == ""]
    if lang == "zh":  # no English table header in the Chinese report
        assert not [h for h in headers if re.fullmatch(r"[A-Za-z ()]+", h)]


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_in_context_section_of_04_traces(lang, executed_notebook):
    notebook = executed_notebook(NB04.stem, lang)
    cells = shown_cells(notebook, lang, start="## 放在官方统计中看" if lang == "zh" else "## In context")
    text = " ".join(t for _, t in cells)
    assert ("无法核对" if lang == "zh" else "Not checkable") in text and len(cells) >= 2
    trace = ContextTrace(load_dataset(), load_reference())
    assert trace.cells_stray(cells, lang) == []
    assert len(NUMBER.findall(text)) >= 3


@pytest.mark.slow
def test_an_article_of_no_known_place_shows_no_other_places_statistics(tmp_path):
    # issue #20: reference by place; a page whose place has no reference file says so in one line, nothing else
    notebook = run(NB05, tmp_path, lang="en", article=OTHER)
    text = " ".join(t for _, t in shown_cells(notebook, "en"))
    assert "There are no reference statistics for the page's place" in text
    assert "1317.72" not in text and "Shangyu" not in text  # no other place's statistics
    images = sum("image/png" in o.get("data", {}) for c in notebook.cells if c.cell_type == "code" for o in c.outputs)
    assert images == 0


@pytest.mark.slow
def test_the_built_reports_are_small_offline_and_chinese(built_reports):
    for lang in ("zh", "en"):  # built with MPLBACKEND=Agg in the environment (conftest.built_reports)
        page = (built_reports / config.SEED_NAME / lang / "05_in_context.html").read_text(encoding="utf-8")
        assert len(page.encode("utf-8")) <= 1_000_000
        assert page.count('src="data:image/png;base64,') == 4 and "Noto Sans SC Embedded" in page
        assert not re.search(r'<(script|img|link)[^>]+(src|href)="https?:', page)  # nothing fetched
        headers = [re.sub(r"<[^>]+>", "", h).strip() for h in re.findall(r"<th[^>]*>.*?</th>", page, flags=re.S)]
        if lang == "zh":
            assert headers and not [h for h in headers if re.search(r"[A-Za-z]", h)], headers
        else:
            assert "Caveats" in headers and "二手资料的点" not in page  # the other language's cells left out

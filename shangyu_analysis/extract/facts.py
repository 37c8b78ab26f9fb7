"""The facts of a figure: where (``place``), what (``measure``) and when (``period`` and its basis).

Conventions: ``../shared/corpus/FACTS.md``. The rules, in words and in the order they are tried, stand with their
code:

- *Period*: :mod:`shangyu_analysis.extract.fact_periods` (its rules tried in order:
  :mod:`~shangyu_analysis.extract.fact_period_cascade`; the set-up of a text's time expressions, frame and
  headings: :mod:`~shangyu_analysis.extract.fact_period_frames`, :mod:`~shangyu_analysis.extract.fact_period_headings`,
  with the lead's frame and a batch's launch day in :mod:`~shangyu_analysis.extract.fact_period_opening` and the times
  that set the period in force in :mod:`~shangyu_analysis.extract.fact_period_in_force`; the shared sentence and
  clause marks: :mod:`~shangyu_analysis.extract.fact_period_marks`;
  spans, comparisons and events: :mod:`~shangyu_analysis.extract.fact_period_spans`; the nearest time and the leads
  that state it: :mod:`~shangyu_analysis.extract.fact_period_leads`; a figure with no time near it:
  :mod:`~shangyu_analysis.extract.fact_period_defaults`; last checks on the period found:
  :mod:`~shangyu_analysis.extract.fact_period_checks`; the day of an event a report tells of:
  :mod:`~shangyu_analysis.extract.fact_period_events`). Later rounds' checks wrap that chain, tried first, outermost
  first: a month span over its 其中 month and a change 与 a part of the year 相比 (``fact_period_carried_spans``),
  months listed with 分别, a year's plan inside a quarter, 本年 in a half-year report
  (``fact_period_report_parts``), an event named for its year, a batch's breakdown after 其中, clauses after 去年 and
  与…相比 carried over its clauses (``fact_period_event_breakdowns``), a batch compared with the year before's batch, 本次 carrying a batch's day, an earlier batch told before the
  text's own event, an announced investment in a signing's lead (``fact_period_batch_compares``), quarters against
  the year before, 近N个季度 and a list member naming its own months (``fact_period_quarter_lists``), a ranking's
  year with its ranks and pools, ●year headings and 二季度 in passing (``fact_period_ranked_years``), a single project's design sizes and expected outputs once built, undated by ruling 12
  (``fact_period_single_projects``), a bare day in a batch's lead, the title naming the batch and a signed project's
  amount (``fact_period_batch_leads``), a lead naming its period and ending in a colon over its paragraph (``fact_period_list_colons``, basis only),
  a past month to the report (迄今/至今/以来), a five-year review's 年均, 用N年时间 and a year-end project report's
  completed investment (``fact_period_since_months``), a two-year average further along its sentence and 去年 of
  reference (``fact_period_two_years``), the pool of a ranking as of publication (``fact_period_asof_shapes``), a bare reporting day opening the
  text and 今年 of the clause before in a batch's breakdown (``fact_period_report_days``), a lead line over 一是/二是…
  paragraphs (``fact_period_list_leads``), a period after a source's colon (``fact_period_colon_leads``), counts and sums since a year to a month's end (``fact_period_since_ends``), a bare day opening a
  season-named batch's paragraph (``fact_period_season_batches``), a glossed batch's breakdown of its day
  (``fact_period_gloss_batches``), the basis of a review under a lead naming its span (``fact_period_span_leads``), a review's end-year totals
  beside 年均增长 and a key-project list's counts read as a plan's span or as a day
  (``fact_period_plan_years``), a batch dated only 近日, counts of a yearly list, streaks and spans whose end a 其中 year must not cut, a zone's
  standing sizes (``fact_period_streaks``), the day of a batch found in the lead and its figures (``fact_period_lead_days``),
  cumulative rates listed month by month, a stock at a quarter's end, a part of the year carried to a paragraph
  without time (``fact_period_cumulations``), a month span heading lines, a half-year report or a region's output told
  on a day and a total to a month's end (``fact_period_reports``), a part of the year carried to a plan's rate, a 其中
  or the next paragraph (``fact_period_carried``), a batch
  named for a month or quarter and a yearly plan's counts and rates
  (``fact_period_batch_names``), the day of a batch signed, started or launched at a news event (``fact_period_batch_days``), a month
  told in a 其中 inside a report of months to date and standing shares (``fact_period_months``), two-year averages of
  a year, counts of projects on offer, the cost of a list's projects just counted and
  years of the Republic heading a table's row (``fact_period_averages``), a bare day of an event's lead, 比年初 and
  截至目前 carried on (``fact_period_event_days``), changes whose years are written once and multiples of the plan
  before (``fact_period_changes``),
  a review of the year before, 年均 after a base year, 今年以来 told on a day (``fact_period_reviews``),
  press conferences and lists of projects on offer (``fact_period_event_lists``), two-digit years
  (``fact_period_short_years``), a section lead's reach (``fact_period_sections``), periods
  after a statistics lead-in (``fact_period_lead_ins``), then ``fact_period_bases``, ``_areas``, ``_splits``,
  ``_named``, ``_breakdowns``, ``_batches``, ``_days``, ``_events`` and ``_checks`` (the class order of
  :class:`FactsFinder`).
- *Place*: :mod:`shangyu_analysis.extract.fact_places` (the mentions it reads: :mod:`~shangyu_analysis.extract.places`,
  filtered by :mod:`~shangyu_analysis.extract.place_filters`, :mod:`~shangyu_analysis.extract.place_zones` and :mod:`~shangyu_analysis.extract.fact_place_names`;
  the sentence rules: :mod:`~shangyu_analysis.extract.fact_place_sentences`, with lists of places in
  :mod:`~shangyu_analysis.extract.fact_place_lists` and where a clause starts in
  :mod:`~shangyu_analysis.extract.fact_place_clauses`; the text's main place:
  :mod:`~shangyu_analysis.extract.own_place`; a zone's short form defined in the lead:
  :mod:`~shangyu_analysis.extract.fact_place_short_forms`), wrapped by the columns of a table of places
  (:mod:`~shangyu_analysis.extract.fact_place_tables`), itself wrapped, innermost first, by ``fact_place_regions``,
  ``fact_place_counts`` (counts of zones, a firm's partner, the province opening a sentence), ``fact_place_aliases``
  (a county with its zone in brackets, a project named from a lower place), ``fact_place_region_names`` (a province's
  regions before 地区), ``fact_place_parks`` (counts of parks), ``fact_place_zone_words`` (a zone's bare suffix),
  ``fact_place_zone_sets`` (a city's zones together, two zones as one, a batch's sentence), ``fact_place_series``
  (names a text introduces: short names in lists, groups of cities), ``fact_place_pairs`` (paired ranks after 分别,
  counts of units, 作为…的X, a project's origin), ``fact_place_gaps`` (a gap to the nation carried into a later
  clause, a city's examples before 等, partners of a signing), ``fact_place_collectives`` (a province's zones
  together, a 兵团 division's city, a rank among the nation's units, a club's threshold), ``fact_place_venues`` (a
  district holding its own event), ``fact_place_project_lists`` (a place inside a listed project's name),
  ``fact_place_sub_zones`` (a new area's 片区), ``fact_place_project_names`` (a project's figures at the county
  heading its quoted name), ``fact_place_domestic`` (国内 qualifying a noun), ``fact_place_zone_reports`` (a zone's
  own report, a zone named with its province, a project's zone), ``fact_place_zone_ranks`` (zones paired with
  ranks) ``fact_place_unit_counts`` (counts of a region's units: ``-``) and, outermost, ``fact_place_class_counts`` (counts
  of a class of zones, cities or villages: ``-``); a first line that is a
  paragraph, not a headline: ``own_place_lead``; a zone the title names after its city and a demonstration zone
  the lead opens with: ``own_place_titled_zone``; a fair's host city and a sidecar's
  province: ``fact_place_mains``; a provincial office as the news source: ``own_place_source``;
  a city's text ranking its districts and a county's text named by its zone: ``own_place_city``; a province's parks
  and zones written only in full: ``place_zone_classes``.
- *Measure*: :mod:`shangyu_analysis.extract.fact_measures` (the vocabulary: :mod:`~shangyu_analysis.extract.measures`),
  wrapped, outermost first, by ``fact_measure_respective`` (rates given 分别, headings, amounts signed), ``fact_measure_lists`` (rates and values of a list, counts of projects, a bare 增加值
  after its sector), ``fact_measure_outputs`` (规上工业总产值, ranks in 位), ``fact_measure_rates`` (rates left without a
  measure), ``fact_measure_changes``, ``fact_measure_shapes``, ``fact_measure_places`` and ``fact_measure_pairs``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

from shangyu_analysis.extract.fact_marks import last_before, marks
from shangyu_analysis.extract.fact_measure_respective import MeasureRespective
from shangyu_analysis.extract.fact_measures import captions
from shangyu_analysis.extract.fact_period_carried_spans import PeriodCarriedSpans
from shangyu_analysis.extract.fact_place_class_counts import PlaceClassCounts
from shangyu_analysis.extract.fact_place_examples import starts_example
from shangyu_analysis.extract.fact_place_lists import unit_list_ends
from shangyu_analysis.extract.fact_place_mains import fair_host, sidecar_code
from shangyu_analysis.extract.fact_place_names import (
    congress_place,
    news_source,
    venue,
    without_false_names,
    without_unplaced_homonyms,
)
from shangyu_analysis.extract.gazetteer import sidecar_place
from shangyu_analysis.extract.own_place import main_place, own_zone, title_container
from shangyu_analysis.extract.own_place_capital import (
    above_counted_examples,
    capital_province,
    whole_of_part,
    without_name_prefixes,
)
from shangyu_analysis.extract.own_place_city import own_unit
from shangyu_analysis.extract.own_place_lead import lead_title_end
from shangyu_analysis.extract.own_place_source import source_province
from shangyu_analysis.extract.own_place_titled_zone import titled_demonstration_zone, titled_zone
from shangyu_analysis.extract.own_survey import surveyed_unit
from shangyu_analysis.extract.place_filters import (
    confirmed_by_self_words,
    dateline_first,
    with_counties_in_scope,
    with_ports,
    without_datelines,
)
from shangyu_analysis.extract.place_zone_classes import named_zones
from shangyu_analysis.extract.places import Mention, ancestors, find_places
from shangyu_analysis.text.normalise import fold_names

_LEAD_REACH = 300  # how far after the title a work report's delivery line may stand
_LINE_END = re.compile("\n")
_TABLE_TITLE = re.compile(r"(?m)^[-\s]*表\s*[0-9一二三四五六七八九十][^\n]{2,60}$")


class FactsFinder(PeriodCarriedSpans, PlaceClassCounts, MeasureRespective):
    """Facts of the figures of one text; time expressions and place mentions are found once."""

    def __init__(
        self,
        mt: str,
        date: dt.date | None,
        title_end: int,
        place: str | None = None,
        figure_starts: list[int] | None = None,
    ) -> None:
        self.simple = fold_names(mt)
        self.figure_starts = figure_starts or []
        stops, self.clause_marks = marks(self.simple)
        self.stops = stops.tolist()
        self.line_starts = [0] + [m.end() for m in _LINE_END.finditer(self.simple)]
        # The sentence start of every figure, looked up at once (a bisect per figure in a list this long waits
        # on memory: a third of the place rules' time); _stop bisects only for other positions.
        self._sentence_at = last_before(stops, self.figure_starts)
        self.date = date
        self._resolve_times(title_end)
        mentions = find_places(self.simple)
        for step in (
            named_zones,
            with_ports,
            without_datelines,
            without_false_names,
            without_unplaced_homonyms,
            with_counties_in_scope,
            confirmed_by_self_words,
            without_name_prefixes,  # 新疆兵团: 兵团
        ):
            mentions = step(mentions, self.simple)  # the filters of fact_places' docstring, in its order
        self.mentions = mentions
        self.mention_starts = [m.start for m in self.mentions]
        own_title = 0 if dateline_first(self.simple) else title_end  # a dateline's lead is no title
        own_title = lead_title_end(self.mentions, self.simple, own_title)  # a first line that is a paragraph
        place = sidecar_place(place) if place else None  # the index's 上虞区 (绍兴市, 浙江省) is 上虞 here
        # the sidecar's place wins (no count); then a work report's congress (在安庆市第十八届人民代表大会)
        congress = None if place else congress_place(self.mentions, self.simple, title_end + _LEAD_REACH)
        main = (
            None
            if place
            else (
                congress
                or title_container(self.mentions, self.simple, title_end)
                # 在乐山主会场举行的集中开工仪式, 在哈尔滨举行: where an event is held is not what the text is about
                or self._main_place(own_title)
                or capital_province(self.mentions, self.simple)  # 自治区两会在呼和浩特召开: 内蒙古
            )
        )
        # the text's own words (全县, 全省) overrule a count of names at another level; not a congress's unit
        # (宜都市第九届人民代表大会, fz2_11: 全省强县 later is no word of its own)
        if not place and congress is None:
            main = own_unit(self.mentions, self.simple, main, own_title) or main
            main = surveyed_unit(self.mentions, self.simple, main) or main  # 各区县…: a ranking of its counties
            main = whole_of_part(self.mentions, self.simple, main, own_title) or main  # 其中,昆明市…: 云南's
            main = above_counted_examples(self.mentions, self.simple, main, own_title) or main  # 沈阳、大连等3个市
        self.main = place or (main.place if main else None)
        self.main_code = sidecar_code(place) if place else (main.code if main else None)  # 海南: the province
        self.main = own_zone(self.simple, title_end, self.main_code) or self.main  # 市开发区…: the city's zone
        self.main = (None if place else titled_zone(self.mentions, self.simple, main, title_end)) or self.main
        if not place and (demo := titled_demonstration_zone(self.simple, main, own_title)) is not None:
            self.main, self.main_code = demo, None  # 通州湾示范区 (faq2_04): not 苏州 of a company in its body
        if self.main_code and self.main_code not in {m.code for m in mentions}:
            # a unit named only by its self words (全市各区县 → 重庆): its county short names are places too
            self.mentions = mentions = with_counties_in_scope(mentions, self.simple, self.main_code)
            self.mention_starts = [m.start for m in self.mentions]
        self.main_above = ancestors(self.main_code) if self.main_code else set()
        self.unit_list_ends = unit_list_ends(self.simple)  # 较全国、全省、全市分别高…: gaps to a list of units
        self._paragraph_place: dict[int, tuple[int, str] | None] = {}
        self._clause_leads = (-1, {})  # the sentence place's clause leads, kept for the figures of one sentence
        self._last_term: tuple[int, str | None] = (-1, None)
        self._previous: tuple[int, str] = (-1, "")  # the last figure's start and measure
        self._last_rate: tuple[int, str] = (-1, "")  # the sentence of the last growth term, and that term
        self.table_titles = sorted(
            [(m.start(), m.group(0)) for m in _TABLE_TITLE.finditer(self.simple)] + captions(self.simple)
        )

    def _main_place(self, own_title: int) -> Mention | None:
        """:func:`main_place` of the mentions less venues (在乐山主会场举行的集中开工仪式, 在哈尔滨举行: where an event is
        held) and, when anything else names a place, less the body a reporter learned the news from (记者从九龙坡区
        人民政府官网获悉,1—5月重庆高新区…: 重庆高新区)."""
        simple = self.simple
        # a venue has 在 (设在) before it or 会场 after it, a news source 从 before it: tested inline, the calls only
        # for those (thousands of mentions in a long text, few of them such)
        held = [
            m
            for m in self.mentions
            if not ((simple[m.start - 1 : m.start] == "在" or "会" in simple[m.end : m.end + 3]) and venue(simple, m))
        ]
        held = [m for m in held if not fair_host(simple, m)] or held  # 厦门国际投资贸易洽谈会 (fae1_07): its host
        # 防城港马鞍岭…工程等57个项目列入…自治区…计划 (fw1_05): an example's name in the title or lead is no place of its own
        held = [m for m in held if m.start >= own_title or not starts_example(simple, m)] or held
        told = [m for m in held if not (simple[m.start - 1 : m.start] == "从" and news_source(simple, m))]
        told_main = main_place(told, own_title) if len(told) < len(held) else None
        if told_main is not None:  # 记者从云南省发展和改革委员会获悉…全省 (fag2_09): the office's province
            return source_province(told_main, [m for m in held if m not in told], simple) or told_main
        return main_place(held, own_title)

    def _stop(self, pos: int, reach: int = 200) -> int:
        """Where the sentence holding ``pos`` starts (after 。！？ or a line end), at most ``reach`` back."""
        at = self._sentence_at.get(pos)
        if at is None:
            k = bisect.bisect_right(self.stops, pos) - 1
            at = self.stops[k] if k >= 0 else 0
        return max(at, pos - reach, 0)

    def _sentence_floor(self, para_start: int, start: int) -> int:
        """``para_start`` when it starts a line (the figure's paragraph), else the start of the figure's sentence:
        a figure outside the article's paragraphs (in a lead taken for its title) is given its ；-clause, and
        “目前,…共有…;税收超亿元企业3家” is one sentence."""
        if para_start == 0 or self.simple[para_start - 1] == "\n":
            return para_start
        return min(para_start, self._stop(start))

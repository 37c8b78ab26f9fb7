"""One qualifier spec (schema/qualifiers.py) from which every qualifier table derives (issue #23)."""

from __future__ import annotations

import pytest

from shangyu_analysis.report import format as fmt
from shangyu_analysis.report.charts import style
from shangyu_analysis.report.labels import LABELS
from shangyu_analysis.schema import (
    APPROXIMATE,
    DERIVED_QUALIFIERS,
    LOWER_BOUNDS,
    QUALIFIER_SPECS,
    STATED_QUALIFIERS,
    UPPER_BOUNDS,
    Qualifier,
    opposite,
)


def test_every_qualifier_has_exactly_one_spec():
    assert list(QUALIFIER_SPECS) == list(Qualifier)


@pytest.mark.parametrize("qualifier", list(Qualifier))
def test_the_opposite_of_the_opposite_is_the_qualifier_and_keeps_strictness(qualifier):
    spec, flipped = QUALIFIER_SPECS[qualifier], QUALIFIER_SPECS[opposite(qualifier)]
    assert opposite(opposite(qualifier)) == qualifier
    assert flipped.strict == spec.strict and flipped.approximate == spec.approximate
    assert {spec.bound, flipped.bound} in ({None}, {"lower", "upper"})


@pytest.mark.parametrize("qualifier", list(Qualifier))
def test_every_table_built_from_the_spec_covers_the_qualifier(qualifier):
    spec = QUALIFIER_SPECS[qualifier]
    assert fmt.qualifier_marker(qualifier) == spec.marker
    assert style.qualifier_group(qualifier) == spec.chart_group
    assert spec.chart_group in LABELS["qualifier_legend"]
    for lang, words in zip(("zh", "en"), spec.name, strict=True):
        assert fmt.qualifier_name(qualifier, lang) == words
    assert (qualifier in LOWER_BOUNDS) == (spec.bound == "lower")
    assert (qualifier in UPPER_BOUNDS) == (spec.bound == "upper")
    assert (qualifier in APPROXIMATE) == spec.approximate
    assert (qualifier in STATED_QUALIFIERS) == spec.stated
    assert (qualifier in DERIVED_QUALIFIERS) == spec.derivable


def test_a_marker_says_the_direction_of_a_bound():
    for qualifier, spec in QUALIFIER_SPECS.items():
        if spec.bound == "lower":
            assert spec.marker in (">", "≥", "≳"), qualifier
        if spec.bound == "upper":
            assert spec.marker in ("<", "≤", "≲"), qualifier
        if spec.bound is None:
            assert spec.marker in ("", "≈"), qualifier


def test_the_phrase_wraps_the_number_in_both_languages():
    for spec in QUALIFIER_SPECS.values():
        assert all("{x}" in phrase for phrase in spec.phrase)
    assert fmt.format_value(5, "亿元", "more_than", 0, "zh") == "超过5亿元"
    assert fmt.format_value(5, "亿元", "approx_at_most", 0, "en").startswith("about ")

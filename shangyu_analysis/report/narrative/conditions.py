"""Conditions of the templates' conditional sentences (``{"text": ..., "when": condition}``), shared by both
languages so that the zh and en reports state the same things."""

from __future__ import annotations


def is_special_page(ctx) -> bool:
    """The source is a special page (专版)."""
    return ctx.is_special_page


def faster_profit(ctx) -> bool:
    """New-materials profit grew faster than output."""
    ind = ctx.indicators
    return float(ind["new_materials_profit_growth_pct"]["value"]) > float(ind["new_materials_output_growth_pct"]["value"])

"""Read and validate an article's indicator catalog (``data/articles/<stem>/catalog.yml``).

The catalog has a ``status`` (``draft`` as ``catalog draft`` writes it, ``reviewed`` once a person has checked it;
absent means reviewed) and four top-level lists besides ``source``: ``indicators`` (one entry per figure),
``excluded`` (figures deliberately left out, with a reason), ``derived`` (formulas over indicator ids)
and ``checks`` (consistency comparisons). Every problem is one :class:`UserError` naming the file,
the entry and the field, so a user can fix the catalog without reading code.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

from shangyu_analysis import config
from shangyu_analysis.errors import UserError
from shangyu_analysis.extract.measures import OTHER, vocabulary
from shangyu_analysis.files import expect, read_yaml
from shangyu_analysis.schema import STATED_QUALIFIERS, Assumption, Category, DerivedBasis, PeriodBasis, ScopeBasis

INDICATOR_FIELDS = (
    "id",
    "name_zh",
    "name_en",
    "description_en",
    "category",
    "value",
    "unit",
    "short_unit",
    "period_basis",
    "scope_zh",
    "scope_en",
    "scope_basis",
    "scope_evidence",
    "qualifier",
    "precision",
    "why",
    "match",
)
# What each period basis needs besides the basis itself (see PeriodBasis): a stated period names the page's
# words, an inferred one its reason, an unknown one has no period but says what is missing.
PERIOD_NEEDS = {
    "stated": ("period", "period_evidence"),
    "inferred": ("period", "period_note", "period_note_zh"),
    "unknown": ("period_note", "period_note_zh"),
}
EXCLUDED_FIELDS = ("surface", "context", "reason")
DERIVED_FIELDS = (
    "id",
    "name_zh",
    "name_en",
    "formula",
    "unit",
    "short_unit",
    "precision",
    "basis",
    "assumptions",
    "assumptions_zh",
)
CHECK_FIELDS = ("id", "description", "description_zh", "expression")
_ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass
class Catalog:
    """A parsed, validated catalog. Entry dicts keep the YAML field names."""

    path: Path
    source: dict
    indicators: list[dict]
    excluded: list[dict] = field(default_factory=list)
    derived: list[dict] = field(default_factory=list)
    checks: list[dict] = field(default_factory=list)
    status: str = "reviewed"  # top-level `status:` (config.CATALOG_STATUSES): a draft is not reviewed yet

    @property
    def ids(self) -> list[str]:
        return [e["id"] for e in self.indicators]

    def describes(self, article_path: str | Path | None) -> bool:
        """True when the catalog's ``source.article`` names the file at ``article_path``."""
        if article_path is None or not self.source.get("article"):
            return False
        declared = Path(self.source["article"])
        declared = declared if declared.is_absolute() else config.PROJECT_ROOT / declared
        return declared.resolve() == Path(article_path).resolve()


def _fail(path: Path, section: str, entry: str, field_name: str, reason: str) -> UserError:
    return UserError(path, f"{section} entry {entry!r}, field {field_name}: {reason}")


def _read_yaml(path: Path) -> dict:
    data = expect(path, read_yaml(path), dict, "(top level)")
    expect(path, data.get("indicators"), list, "indicators")
    return data


def _require(path: Path, section: str, entry: object, raw: object, fields: Iterable[str]) -> str:
    if not isinstance(raw, dict):
        raise UserError(path, f"{section} entry {entry!r}: must be a mapping, got {type(raw).__name__}")
    name = str(raw.get("id", entry))
    for f in fields:
        if raw.get(f) is None or raw.get(f) == "":
            raise _fail(path, section, name, f, "required field is missing")
    return name


def _check_indicator(path: Path, raw: dict) -> None:
    name = raw["id"]
    if not isinstance(name, str) or not _ID_RE.match(name):
        raise _fail(path, "indicators", str(name), "id", "must be snake_case (a-z, 0-9, _)")
    if raw["category"] not in Category.values():
        raise _fail(
            path,
            "indicators",
            name,
            "category",
            f"unknown category {raw['category']!r}; expected one of {', '.join(Category.values())}",
        )
    if raw["qualifier"] not in STATED_QUALIFIERS:
        raise _fail(path, "indicators", name, "qualifier", f"unknown qualifier {raw['qualifier']!r}")
    raw["value"] = _number(path, name, raw["value"])
    if not isinstance(raw["precision"], int) or isinstance(raw["precision"], bool) or raw["precision"] < 0:
        raise _fail(path, "indicators", name, "precision", "must be a non-negative integer")
    match = raw["match"]
    if not isinstance(match, dict):
        raise _fail(path, "indicators", name, "match", "must be a mapping with surface and context")
    for sub in ("surface", "context"):
        if not match.get(sub):
            raise _fail(path, "indicators", name, f"match.{sub}", "required field is missing")
    nth = match.get("occurrence")
    if nth is not None and (not isinstance(nth, int) or isinstance(nth, bool) or nth < 1):
        raise _fail(
            path,
            "indicators",
            name,
            "match.occurrence",
            "must be a positive integer (the nth figure the context finds, when its sentence is repeated)",
        )
    _check_period(path, raw)
    measure = raw.get("measure")
    if measure is not None and not (
        isinstance(measure, str)
        and (measure in vocabulary().terms or (measure.startswith(OTHER) and len(measure) > len(OTHER)))
    ):
        raise _fail(
            path, "indicators", name, "measure", f"{measure!r} is neither a term of data/measures.yml nor {OTHER}<name>"
        )
    if raw["scope_basis"] not in ScopeBasis.values():
        raise _fail(
            path,
            "indicators",
            name,
            "scope_basis",
            f"unknown scope basis {raw['scope_basis']!r}; expected one of {', '.join(ScopeBasis.values())}",
        )


def _check_period(path: Path, raw: dict) -> None:
    """The period and how it is known: each basis with the fields it needs (:data:`PERIOD_NEEDS`)."""
    name, basis = raw["id"], raw["period_basis"]
    if basis not in PeriodBasis.values():
        raise _fail(
            path,
            "indicators",
            name,
            "period_basis",
            f"unknown period basis {basis!r}; expected one of {', '.join(PeriodBasis.values())}",
        )
    for needed in PERIOD_NEEDS[basis]:
        if raw.get(needed) in (None, ""):
            raise _fail(path, "indicators", name, needed, f"required for period_basis {basis}")
    if basis == PeriodBasis.UNKNOWN and raw.get("period") not in (None, ""):
        raise _fail(path, "indicators", name, "period", "must be empty when period_basis is unknown")
    if basis != PeriodBasis.STATED and raw.get("period_evidence") not in (None, ""):
        raise _fail(path, "indicators", name, "period_evidence", f"only a stated period has evidence, not {basis}")
    for key in ("period", "period_evidence", "period_note", "period_note_zh"):
        raw[key] = None if raw.get(key) in (None, "") else " ".join(str(raw[key]).split())


def _check_assumes(path: Path, name: str, raw: dict) -> None:
    """``assumes``: a list of :class:`Assumption` ids; an implied value (basis ``implied``) names at least one."""
    assumes = raw.get("assumes") or []
    if not isinstance(assumes, list) or any(a not in Assumption.values() for a in assumes):
        raise _fail(path, "derived", name, "assumes", f"must be a list of {', '.join(Assumption.values())}")
    if raw["basis"] == DerivedBasis.IMPLIED and not assumes:
        raise _fail(path, "derived", name, "assumes", "an implied value names what it assumes")
    raw["assumes"] = assumes


def _number(path: Path, name: str, value: object) -> float:
    """A catalog value: a number, or a fraction written as in the text ("1/3") to keep it exact."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, str) and re.fullmatch(r"\s*\d+\s*/\s*[1-9]\d*\s*", value):
        return float(Fraction(value.replace(" ", "")))
    raise _fail(path, "indicators", name, "value", f"must be a number or a fraction like 1/3, got {value!r}")


def _formula_names(path: Path, section: str, name: str, field_name: str, text: str) -> list[str]:
    try:
        tree = ast.parse(str(text), mode="eval")
    except SyntaxError as exc:
        raise _fail(path, section, name, field_name, f"not a valid expression ({exc.msg})") from None
    found = [n for n in ast.walk(tree) if isinstance(n, ast.Name)]
    found.sort(key=lambda n: n.col_offset)  # the order the formula reads them, as a reader reads it
    return list(dict.fromkeys(n.id for n in found))


def load_catalog(path: str | Path | None = None) -> Catalog:
    """Read and validate the catalog at ``path`` (default: the seed's, ``config.catalog_path(None)``).

    Checks required fields, categories, qualifiers, duplicate ids and that every id a derivation
    or check names is an indicator (or an earlier derivation). Matching against the article's
    figures is done later by :func:`shangyu_analysis.indicators.curated.curated_indicators`.

    Raises
    ------
    UserError
        One line naming the file, the entry and the field.
    """
    path = Path(path) if path is not None else config.catalog_path(None)
    data = _read_yaml(path)
    status = data.get("status", "reviewed")
    if status not in config.CATALOG_STATUSES:
        raise UserError(path, f"field status: {status!r} is not one of {', '.join(config.CATALOG_STATUSES)}")
    indicators, seen = [], set()
    for i, raw in enumerate(data["indicators"], start=1):
        name = _require(path, "indicators", f"#{i}", raw, INDICATOR_FIELDS)
        _check_indicator(path, raw)
        if name in seen:
            raise _fail(path, "indicators", name, "id", "duplicate id")
        seen.add(name)
        indicators.append(raw)
    excluded = []
    for i, raw in enumerate(data.get("excluded") or [], start=1):
        _require(path, "excluded", f"#{i}", raw, EXCLUDED_FIELDS)
        excluded.append(raw)
    known = set(seen)
    derived = []
    for i, raw in enumerate(data.get("derived") or [], start=1):
        name = _require(path, "derived", f"#{i}", raw, DERIVED_FIELDS)
        if name in known:
            raise _fail(path, "derived", name, "id", "duplicate id")
        names = _formula_names(path, "derived", name, "formula", raw["formula"])
        unknown = [n for n in names if n not in known]
        if unknown:
            raise _fail(path, "derived", name, "formula", f"unknown indicator id {unknown[0]!r}")
        if raw["basis"] not in DerivedBasis.values():
            raise _fail(
                path,
                "derived",
                name,
                "basis",
                f"unknown basis {raw['basis']!r}; expected one of {', '.join(DerivedBasis.values())}",
            )
        _check_assumes(path, name, raw)
        raw["inputs"] = names
        known.add(name)
        derived.append(raw)
    checks, check_ids = [], set()
    for i, raw in enumerate(data.get("checks") or [], start=1):
        name = _require(path, "checks", f"#{i}", raw, CHECK_FIELDS)
        if name in check_ids:
            raise _fail(path, "checks", name, "id", "duplicate id")
        check_ids.add(name)
        names = _formula_names(path, "checks", name, "expression", raw["expression"])
        unknown = [n for n in names if n not in known]
        if unknown:
            raise _fail(path, "checks", name, "expression", f"unknown indicator id {unknown[0]!r}")
        raw["inputs"] = names
        checks.append(raw)
    return Catalog(path, dict(data.get("source") or {}), indicators, excluded, derived, checks, status)

"""The report layer: charts, notebook views and the narrative, in zh and en, from a dataset.

Modules (lowest first): :mod:`.labels` (the one table of words, zh and en, enumeration labels included)
and :mod:`.units` (how units convert) → :mod:`.format` (the one formatter of numbers, values, markers and
unit labels) → :mod:`.fonts` (the CJK font for charts and HTML) → :mod:`.charts` and :mod:`.narrative` →
:mod:`.notebook` (the helpers of the analysis notebooks) and :mod:`.views` (what the narrative notebook
displays). Notebooks import ``fonts`` and ``notebook`` (the narrative also ``views``); the build imports
``fonts`` (its report-header and index-status words are in ``labels``, groups ``report_header`` and
``build_status``).

Exported here (light: no plotting library is imported): :func:`label`, :func:`labels_in`, :func:`enum_label`,
:func:`check_lang` and :func:`format_value`.
"""

from shangyu_analysis.report.format import format_value
from shangyu_analysis.report.labels import check_lang, enum_label, label, labels_in

__all__ = ["check_lang", "enum_label", "format_value", "label", "labels_in"]

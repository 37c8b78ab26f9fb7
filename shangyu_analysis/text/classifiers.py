"""The classifiers (量词) that make a number a count, read from ``data/classifiers.yml``.

Each classifier comes with the characters that, right after it, make it part of another word (台阶, 条件, 所有);
the candidate pattern of :mod:`shangyu_analysis.extract.patterns` does not take it as a unit there.
"""

from __future__ import annotations

from pathlib import Path

from shangyu_analysis import config
from shangyu_analysis.errors import UserError
from shangyu_analysis.files import expect, read_yaml

CLASSIFIERS_YML = config.DATA_DIR / "classifiers.yml"


def load(path: Path = CLASSIFIERS_YML) -> dict[str, str]:
    """classifier -> characters after which it is not one; a UserError names what is wrong in ``path``."""
    data = expect(path, read_yaml(path), dict, "(top level)")
    found: dict[str, str] = {}
    for k, group in enumerate(expect(path, data.get("groups"), list, "groups")):
        field = f"groups[{k}]"
        expect(path, group, dict, field)
        source = group.get("source")
        if not isinstance(source, str) or not source.strip():
            raise UserError(path, f"{field}.source: expected the source of the group")
        for word, blocked in expect(path, group.get("words"), dict, f"{field}.words").items():
            if not isinstance(word, str) or not word or not isinstance(blocked, str):
                raise UserError(path, f"{field}.words: expected classifier: characters, got {word!r}: {blocked!r}")
            if word in found:
                raise UserError(path, f"{field}.words: {word} is listed twice")
            found[word] = blocked
    if not found:
        raise UserError(path, "groups: no classifiers")
    return found


CLASSIFIERS = load()

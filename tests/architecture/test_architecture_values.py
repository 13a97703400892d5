"""Values passed between pipeline stages are typed, frozen dataclasses built with keywords.

A positional `Rel("uses", t, c, p, pc, False, Quantifier.GENERIC, verb)` reads the same whether
the maker and the product are swapped or not; `Rel(relation="uses", x=t, ...)` does not. This
test reads every module of checker/ with ast and fails on a frozen dataclass that is not also
`kw_only=True` (so a positional construction is a TypeError, not a silent swap). The mutable
builders that one function fills in (the HTML reader's blocks and runs) are not values and are
left alone."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def positional_frozen_dataclasses(source: str) -> list[str]:
    """Names of classes decorated `@dataclass(frozen=True, ...)` without `kw_only=True`."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.ClassDef):
            continue
        for deco in node.decorator_list:
            if not (isinstance(deco, ast.Call) and ast.unparse(deco.func) in ("dataclass", "dataclasses.dataclass")):
                continue
            options = {k.arg: ast.unparse(k.value) for k in deco.keywords}
            if options.get("frozen") == "True" and options.get("kw_only") != "True":
                found.append(node.name)
    return found


SOURCES = sorted((ROOT / "checker").rglob("*.py"))


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_frozen_values_are_built_with_keywords(path: Path) -> None:
    assert positional_frozen_dataclasses(path.read_text(encoding="utf-8")) == []


def test_the_check_catches_a_positional_value() -> None:
    assert positional_frozen_dataclasses("@dataclass(frozen=True)\nclass A:\n    x: int\n") == ["A"]
    assert positional_frozen_dataclasses("@dataclass(frozen=True, kw_only=True)\nclass A:\n    x: int\n") == []
    assert positional_frozen_dataclasses("@dataclass\nclass Builder:\n    x: int\n") == []


def test_a_positional_rel_is_refused() -> None:
    from checker.nlp.claims.rel import Rel

    with pytest.raises(TypeError):
        Rel("uses", None, "chatgpt", None, "gan")  # type: ignore[misc]

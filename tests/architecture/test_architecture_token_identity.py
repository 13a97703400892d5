"""spaCy makes a new Token (and Span) object on every access, so `is` between two of them is
never true: `tok.head is tok` never holds, and a loop `while tok.head is not tok` never ends.
This test reads every module of checker/ with ast and fails on an identity comparison that is
not against a constant or an enum member, and on a `while` loop whose test reads `.head`
(walk `tok.ancestors` instead)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def identity_comparisons(source: str) -> list[str]:
    """`a is b` / `a is not b` where neither side is a constant or a CamelCase enum member."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Compare):
            continue
        left = node.left
        for op, right in zip(node.ops, node.comparators):
            if isinstance(op, (ast.Is, ast.IsNot)) and not any(_is_singleton(side) for side in (left, right)):
                found.append(f"{node.lineno}: {ast.unparse(node)}")
            left = right
    return found


def head_loops(source: str) -> list[str]:
    """`while ...` loops whose condition reads a `.head` attribute."""
    return [f"{node.lineno}: while {ast.unparse(node.test)}" for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.While)
            and any(isinstance(n, ast.Attribute) and n.attr == "head" for n in ast.walk(node.test))]


def _is_singleton(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant):
        return True
    # Enum members: Modality.ASSERTED, Quantifier.NONE (an upper-case attribute)
    return isinstance(node, ast.Attribute) and node.attr[:1].isupper()


SOURCES = sorted((ROOT / "checker").rglob("*.py"))


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_identity_comparison_between_objects(path: Path) -> None:
    assert identity_comparisons(path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_while_loop_over_head(path: Path) -> None:
    assert head_loops(path.read_text(encoding="utf-8")) == []


def test_the_checks_catch_the_old_bug() -> None:
    old = "while head.pos_ != 'VERB' and head.head is not head:\n    head = head.head\n"
    assert identity_comparisons(old) and head_loops(old)
    assert identity_comparisons("x = a is b") and not identity_comparisons("x = a is None")
    assert not identity_comparisons("x = q is Quantifier.NONE")

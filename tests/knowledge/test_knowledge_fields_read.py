"""A field of the fact base that is loaded but never read is a bug: the rule files would
promise something the checker does not do. Every field of the rule-file value types must be
read somewhere in checker/ outside the loader and the schema (as an attribute, or by name for
the taxonomy's inherited lookups)."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from checker.knowledge import schema

ROOT = Path(__file__).resolve().parents[2]
SOURCES = {p: p.read_text(encoding="utf-8") for p in (ROOT / "checker").rglob("*.py")
           if p.name not in ("load.py", "schema.py")}
TYPES = [schema.Cues, schema.RelationCues, schema.Concept, schema.Fact, schema.Detect, schema.VerbCue]


def readers(name: str) -> list[str]:
    attribute = re.compile(r"\.\s*" + re.escape(name) + r"\b")
    by_name = re.compile(r"[\"']" + re.escape(name) + r"[\"']")
    return [str(p.relative_to(ROOT)) for p, text in SOURCES.items() if attribute.search(text) or by_name.search(text)]


@pytest.mark.parametrize("field", [(t.__name__, f.name) for t in TYPES for f in dataclasses.fields(t)],
                         ids=lambda f: f"{f[0]}.{f[1]}")
def test_every_loaded_field_is_read(field):
    _, name = field
    assert readers(name), f"{field[0]}.{name} is loaded from rules/ but nothing in checker/ reads it"


def test_the_check_finds_an_unread_field():
    assert not readers("a_field_nobody_reads")

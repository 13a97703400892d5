"""Meta-tests on rules/facts.yaml, read as raw YAML (independently of the loader): every
FACTS.md fact is encoded, every fact has a flag and a pass example, cites known sources,
names known concepts, and has a unique id."""

from __future__ import annotations

from pathlib import Path

import yaml

from checker.knowledge import default_rules_dir

# The fact ids of shared/FACTS.md: the specification the fact base encodes.
FACTS_MD_IDS = ([f"T{i}" for i in range(1, 7)] + [f"A{i}" for i in range(1, 8)] + [f"N{i}" for i in range(1, 7)]
                + [f"P{i}" for i in range(1, 10)] + [f"D{i}" for i in range(1, 6)] + [f"L{i}" for i in range(1, 6)])


def raw(name: str):
    return yaml.safe_load((default_rules_dir() / name).read_text(encoding="utf-8"))


def problems(facts: list[dict], source_ids: set[str], concept_ids: set[str]) -> list[str]:
    """Everything wrong with the facts' ids, sources, concepts and examples, as messages."""
    out = []
    seen: set[str] = set()
    for i, fact in enumerate(facts):
        fid = fact.get("id")
        if not fid:
            out.append(f"facts[{i}]: no id")
            continue
        if fid in seen:
            out.append(f"{fid}: duplicate id")
        seen.add(fid)
        for sid in fact.get("sources") or []:
            if sid not in source_ids:
                out.append(f"{fid}: unknown source {sid!r}")
        if not fact.get("sources"):
            out.append(f"{fid}: no sources")
        examples = fact.get("examples") or {}
        for kind in ("flag", "pass"):
            if not examples.get(kind):
                out.append(f"{fid}: no {kind} example")
        for cover in fact.get("covers") or []:
            for side in ("subject", "object"):
                for cid in cover.get(side) or []:
                    if cid not in concept_ids:
                        out.append(f"{fid}: unknown concept {cid!r}")
        for cid in (fact.get("detect") or {}).get("subjects") or []:
            if cid not in concept_ids:
                out.append(f"{fid}: unknown concept {cid!r}")
    return out


def test_fact_base_has_no_problems() -> None:
    facts = raw("facts.yaml")["facts"]
    sources = {s["id"] for s in raw("sources.yaml")["sources"]}
    concepts = {c["id"] for c in raw("concepts.yaml")["concepts"]}
    assert problems(facts, sources, concepts) == []


def test_every_facts_md_fact_is_encoded() -> None:
    ids = [f["id"] for f in raw("facts.yaml")["facts"]]
    assert sorted(set(FACTS_MD_IDS) - set(ids)) == []


def test_the_meta_check_catches_each_kind_of_problem() -> None:
    facts = [
        {"id": "X1", "sources": ["S1"], "examples": {"flag": ["a"], "pass": ["b"]},
         "covers": [{"relation": "is_a", "subject": ["llm"], "object": ["genai"]}]},
        {"id": "X1", "sources": ["S1"], "examples": {"flag": ["a"], "pass": ["b"]}},
        {"id": "X2", "sources": ["S7"], "examples": {"flag": ["a"]}},
        {"id": "X3", "sources": ["S1"], "examples": {"pass": ["b"]},
         "covers": [{"relation": "is_a", "subject": ["googel"]}]},
        {"id": "X4", "examples": {"flag": [], "pass": ["b"]}},
    ]
    assert problems(facts, {"S1"}, {"llm", "genai"}) == [
        "X1: duplicate id",
        "X2: unknown source 'S7'",
        "X2: no pass example",
        "X3: no flag example",
        "X3: unknown concept 'googel'",
        "X4: no sources",
        "X4: no flag example",
    ]

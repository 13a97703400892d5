"""Loading rules/*.yaml: the real fact base loads and is frozen; every mistake is a
RuleFileError naming the file, the line and the key."""

from __future__ import annotations

import dataclasses
import re
import shutil
from pathlib import Path

import pytest

from checker.errors import RuleFileError
from checker.knowledge import default_rules_dir, load_knowledge_base
from checker.knowledge.load import RULE_FILES

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def rules(tmp_path: Path) -> Path:
    """A private, writable copy of the built-in fact base."""
    target = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), target)
    return target


def edit(rules: Path, name: str, old: str, new: str) -> int:
    """Replace the one occurrence of ``old`` in rules/<name>; return the 1-based line where it was."""
    path = rules / name
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} is not unique in {name}"
    line = text[:text.index(old)].count("\n") + 1
    path.write_text(text.replace(old, new), encoding="utf-8")
    return line


def load_error(rules: Path) -> RuleFileError:
    with pytest.raises(RuleFileError) as exc:
        load_knowledge_base(rules)
    return exc.value


def assert_names(err: RuleFileError, path: Path, line: int | None, key: str, problem: str) -> None:
    assert Path(err.path) == path
    assert err.line == line
    assert key in err.key
    assert re.search(problem, err.problem), err.problem
    # the message a user sees: file:line: key: problem
    where = f"{path}:{line}: " if line else f"{path}: "
    assert str(err).startswith(where), str(err)
    assert key in str(err)


# ---------------------------------------------------------------------------- the real base


def test_built_in_rules_resolve_to_the_checkout() -> None:
    assert default_rules_dir() == ROOT / "rules"


def test_built_in_rules_load() -> None:
    kb = load_knowledge_base()
    assert {"T1", "N2", "A7", "L5"} <= {f.id for f in kb.facts}
    assert {"llm", "genai", "gan"} <= set(kb.concepts)
    assert {"S1", "S2"} <= set(kb.sources)
    assert len(kb.digest) == 16


def test_knowledge_base_is_frozen() -> None:
    kb = load_knowledge_base()
    with pytest.raises(dataclasses.FrozenInstanceError):
        kb.facts = ()  # type: ignore[misc]
    with pytest.raises(TypeError):
        kb.concepts["new"] = kb.concepts["llm"]  # type: ignore[index]
    assert isinstance(kb.facts, tuple)
    assert isinstance(kb.concepts["llm"].is_a, tuple)


def test_digest_changes_with_the_rules(rules: Path) -> None:
    before = load_knowledge_base(rules).digest
    edit(rules, "sources.yaml", "title: \"Generative AI vs. LLM", "title: \"Generative AI versus LLM")
    assert load_knowledge_base(rules).digest != before


# ---------------------------------------------------------------------------- broken copies


def test_unknown_key_in_a_concept(rules: Path) -> None:
    line = edit(rules, "concepts.yaml", "  - id: gan\n", "  - id: gan\n    colour: red\n")
    err = load_error(rules)
    assert_names(err, rules / "concepts.yaml", line, "colour", "unknown key")
    assert "allowed:" in err.problem and "is_a" in err.problem


def test_unknown_key_in_a_fact(rules: Path) -> None:
    line = edit(rules, "facts.yaml", "  - id: T1\n", "  - id: T1\n    severty: error\n")
    assert_names(load_error(rules), rules / "facts.yaml", line, "fact 'T1'.severty", "unknown key")


def test_unknown_concept_in_a_fact_cover(rules: Path) -> None:
    line = edit(rules, "facts.yaml", "      - {relation: is_a, subject: [genai], object: [llm]}\n",
                "      - {relation: is_a, subject: [googel], object: [llm]}\n")
    err = load_error(rules)
    assert_names(err, rules / "facts.yaml", line, "covers[0].subject", "unknown concept 'googel'")
    assert "known:" in err.problem and "genai" in err.problem


def test_unknown_concept_in_the_taxonomy(rules: Path) -> None:
    edit(rules, "concepts.yaml", "    disjoint_with: [llm, diffusion, vae, transformer]\n",
         "    disjoint_with: [llm, diffusion, vae, transformerz]\n")
    line = edit(rules, "concepts.yaml", "  - id: gan\n", "  - id: gan\n")
    # the error points at the first line of the concept's mapping
    err = load_error(rules)
    assert_names(err, rules / "concepts.yaml", line, "disjoint_with", "unknown concept 'transformerz'")


def test_duplicate_key_in_one_mapping(rules: Path) -> None:
    old = "    exact_names: [GAN, GANs]\n"
    line = edit(rules, "concepts.yaml", old, old + "    disjoint_with: [transformer]\n")
    err = load_error(rules)
    assert err.path == str(rules / "concepts.yaml")
    text = (rules / "concepts.yaml").read_text()
    second = text.index("    disjoint_with:", text.index("    disjoint_with: [transformer]\n") + 1)
    assert line < err.line == text[:second].count("\n") + 1  # the later of the two keys
    assert "duplicate key 'disjoint_with'" in err.problem


def test_unknown_concept_in_a_detect_pattern(rules: Path) -> None:
    old = '        - "just|exactly like @chatgpt|@gpt"\n'
    edit(rules, "facts.yaml", old, old.replace("@gpt", "@gtp"))
    err = load_error(rules)
    assert err.path == str(rules / "facts.yaml")
    assert "detect.patterns" in err.key and "@gtp" in err.problem
    assert err.line is not None


def test_duplicate_fact_id(rules: Path) -> None:
    line = edit(rules, "facts.yaml", "  - id: T1\n", "  - id: T2\n")
    assert_names(load_error(rules), rules / "facts.yaml", line, ".id", "duplicate id 'T2'")


def test_duplicate_concept_id(rules: Path) -> None:
    line = edit(rules, "concepts.yaml", "  - id: gan\n", "  - id: llm\n")
    assert_names(load_error(rules), rules / "concepts.yaml", line, ".id", "duplicate id 'llm'")


def _replace_in_fact_t1(rules: Path, old: str, new: str) -> int:
    """Replace ``old`` by ``new`` inside fact T1 of facts.yaml; the line of the fact's entry."""
    text = (rules / "facts.yaml").read_text()
    start = text.index("  - id: T1\n")
    at = text.index(old, start)
    (rules / "facts.yaml").write_text(text[:at] + new + text[at + len(old):])
    return text[:start].count("\n") + 1


def test_bad_severity(rules: Path) -> None:
    line = _replace_in_fact_t1(rules, "    severity: error\n", "    severity: fatal\n")
    assert_names(load_error(rules), rules / "facts.yaml", line, "severity", "must be error, warning or info")


def test_unknown_source(rules: Path) -> None:
    line = _replace_in_fact_t1(rules, "    sources: [S1, S2]\n", "    sources: [S1, S9]\n")
    assert_names(load_error(rules), rules / "facts.yaml", line, "sources", "unknown source 'S9'")


def test_unknown_relation(rules: Path) -> None:
    line = edit(rules, "facts.yaml", "      - {relation: is_a, subject: [genai], object: [llm]}\n",
                "      - {relation: is_kind_of, subject: [genai], object: [llm]}\n")
    assert_names(load_error(rules), rules / "facts.yaml", line, "relation", "unknown relation 'is_kind_of'")


def test_missing_required_key(rules: Path) -> None:
    text = (rules / "sources.yaml").read_text()
    line = edit(rules, "sources.yaml", "  - id: S2\n    title: \"Generative AI vs. LLM: What Came First? (Espressive blog, 2023-07-16)\"\n",
                "  - id: S2\n")
    assert text  # the original had a title
    assert_names(load_error(rules), rules / "sources.yaml", line, "title", "required key is missing")


def test_yaml_syntax_error_names_the_line(rules: Path) -> None:
    line = edit(rules, "facts.yaml", "  - id: T1\n", "  - id: T1\n    statement: [unclosed\n")
    err = load_error(rules)
    assert err.path == str(rules / "facts.yaml")
    assert err.key == "yaml"
    assert err.line is not None and line <= err.line <= line + 3
    assert str(err).startswith(f"{rules / 'facts.yaml'}:{err.line}: yaml: ")


def test_is_a_cycle(rules: Path) -> None:
    edit(rules, "concepts.yaml", "    label: artificial intelligence\n",
         "    label: artificial intelligence\n    is_a: [llm]\n")
    err = load_error(rules)
    assert err.path == str(rules / "concepts.yaml")
    assert "cycle" in err.problem


@pytest.mark.parametrize("name", RULE_FILES)
def test_missing_rule_file(rules: Path, name: str) -> None:
    (rules / name).unlink()
    err = load_error(rules)
    assert err.path == str(rules / name)
    assert "missing" in err.problem


def test_missing_top_level_key(rules: Path) -> None:
    (rules / "sources.yaml").write_text("citations: []\n")
    assert_names(load_error(rules), rules / "sources.yaml", 1, "sources", "top-level key 'sources' is missing")


def _team_pack(tmp_path: Path, fact_id: str) -> Path:
    """A team's extra facts file with one fact."""
    extra = tmp_path / "team.yaml"
    extra.write_text(
        "facts:\n"
        f"  - id: {fact_id}\n"
        "    statement: GANs are generative adversarial networks (team copy).\n"
        "    severity: warning\n"
        "    message: m\n"
        "    suggestion: s\n"
        "    sources: [S2]\n"
        "    covers: [{relation: stands_for, subject: [gan]}]\n")
    return extra


def test_extra_facts_file_with_a_clashing_id(rules: Path, tmp_path: Path) -> None:
    extra = _team_pack(tmp_path, "N2")
    with pytest.raises(RuleFileError) as exc:
        load_knowledge_base(rules, (extra,))
    assert exc.value.path == str(extra)
    assert "duplicate id" in exc.value.problem


def test_extra_facts_file_adds_a_fact(rules: Path, tmp_path: Path) -> None:
    kb = load_knowledge_base(rules, (_team_pack(tmp_path, "X1"),))
    assert kb.fact("X1").severity.value == "warning"


def test_table_header_names_an_unknown_relation(rules: Path) -> None:
    edit(rules, "cues.yaml", "  is_a: [type, category,", "  invented_by: [inventor]\n  is_a: [type, category,")
    err = load_error(rules)
    assert err.path == str(rules / "cues.yaml")
    assert "table_headers.invented_by" in err.key and "unknown relation id" in err.problem


def test_table_headers_must_be_lists_of_words(rules: Path) -> None:
    edit(rules, "cues.yaml", "  is_a: [type, category, kind, family, class, is a, is an, what it is, what it actually is, what it really is]",
         "  is_a: type")
    err = load_error(rules)
    assert "table_headers" in err.key and "expected a mapping" in err.problem


def test_a_month_must_be_one_to_twelve(rules: Path) -> None:
    edit(rules, "concepts.yaml", "    month: 11", "    month: 13")
    text = (rules / "concepts.yaml").read_text(encoding="utf-8")
    entry = text[:text.index("  - id: chatgpt\n")].count("\n") + 1  # (the error names the concept's entry)
    err = load_error(rules)
    assert_names(err, rules / "concepts.yaml", entry, "month", "expected a month from 1 to 12, got 13")


def test_date_parts_must_be_month_ranges(rules: Path) -> None:
    edit(rules, "cues.yaml", "  spring: [3, 5]", "  spring: [5, 3]")
    err = load_error(rules)
    assert "date_parts" in err.key and "first month, last month" in err.problem

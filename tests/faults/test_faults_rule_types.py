"""Wrong types in an extra rules file (issue 9 §4): every type mutation of every key of a
facts pack is either loaded or a RuleFileError naming the file and the key, never another
exception; numeric ids and a string where a list belongs are errors, not silently accepted."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any, Iterator

import pytest
import yaml

from checker.errors import RuleFileError
from checker.knowledge import load_knowledge_base
from checker.knowledge.load import _load_facts, default_rules_dir

PACK = {"words": {"hues": ["red", "blue"]}, "facts": [{
    "id": "X1",
    "statement": "GANs are not LLMs.",
    "severity": "error",
    "message": "GANs are not LLMs",
    "why": "A GAN is two competing networks.",
    "suggestion": "Say GANs are generative models.",
    "sources": ["S1"],
    "covers": [{"relation": "is_a", "subject": ["gan"], "object": ["llm"], "polarity": "positive",
                "quantifier": ["all"], "necessity": True, "property": "", "exact": False, "severity": "warning"}],
    "detect": {"subjects": ["gan"], "patterns": ["@gan ... always", "@gan ... $hues|$visuals"], "unless": ["never"]},
    "examples": {"flag": ["GANs are LLMs."], "pass": ["GANs are not LLMs."]},
}]}
VALUES = [7, 3.5, True, None, "text", "", [], ["x"], [7], {}, {"a": 1}, [[1]], [{"a": 1}], "2017-01-01"]


def _paths(node: Any, path: tuple = ()) -> Iterator[tuple]:
    yield path
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _paths(v, path + (k,))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _paths(v, path + (i,))


def _mutated(path: tuple, value: Any) -> dict:
    data = copy.deepcopy(PACK)
    node = data
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value
    return data


MUTATIONS = [(p, v) for p in _paths(PACK) if p for v in VALUES]


_BASE = load_knowledge_base(None)
# the built-in word classes, which a pack's patterns may name as --extra-rules loads it
_CLASSES = _load_facts(default_rules_dir() / "facts.yaml", dict(_BASE.concepts), dict(_BASE.sources))[1]


def _load(tmp_path: Path, data: Any) -> None:
    """A facts pack is loaded as --extra-rules loads it, against the built-in concepts and sources
    (load_knowledge_base(None, (path,)) does the same and more, 100 ms slower each)."""
    path = tmp_path / "pack.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True))
    _load_facts(path, dict(_BASE.concepts), dict(_BASE.sources), _CLASSES)


def test_the_pack_itself_loads(tmp_path: Path) -> None:
    _load(tmp_path, PACK)


def test_every_type_mutation_loads_or_is_a_rule_file_error(tmp_path: Path) -> None:
    crashes = []
    for path, value in MUTATIONS:
        try:
            _load(tmp_path, _mutated(path, value))
        except RuleFileError as exc:
            assert "pack.yaml" in str(exc) and "\n" not in str(exc)
        except Exception as exc:  # noqa: BLE001 - collected for one readable failure
            crashes.append(f"{'.'.join(map(str, path))} = {value!r}: {type(exc).__name__}: {exc}")
    assert not crashes, "\n".join(crashes)


@pytest.mark.parametrize("path,value,key", [
    (("facts", 0, "id"), 17, "id"),
    (("facts", 0, "sources"), "S1", "sources"),
    (("facts", 0, "covers", 0, "subject"), "gan", "subject"),
    (("facts", 0, "examples", "flag"), "GANs are LLMs.", "flag"),
    (("facts", 0, "covers", 0, "necessity"), "yes", "necessity"),
    (("facts", 0, "statement"), 42, "statement"),
])
def test_wrong_types_that_used_to_pass_are_errors(tmp_path: Path, path: tuple, value: Any, key: str) -> None:
    with pytest.raises(RuleFileError, match=key) as info:
        _load(tmp_path, _mutated(path, value))
    assert "pack.yaml" in str(info.value)


def test_yaml_tags_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "pack.yaml"
    path.write_text("facts: !!python/object/apply:os.system ['echo pwned']\n")
    with pytest.raises(RuleFileError, match="yaml"):
        load_knowledge_base(None, (path,))


def test_word_classes_expand_and_an_unknown_one_is_named(tmp_path: Path) -> None:
    path = tmp_path / "pack.yaml"
    path.write_text(yaml.safe_dump(PACK, allow_unicode=True))
    facts, classes = _load_facts(path, dict(_BASE.concepts), dict(_BASE.sources), _CLASSES)
    (slot,) = [s for s in facts[0].detect.patterns[1] if s.alts and "red" in s.alts]
    assert {"red", "blue", "images", "pictures"} <= slot.alts  # its own class and a built-in one
    assert classes["hues"] == ("red", "blue")
    bad = copy.deepcopy(PACK)
    bad["facts"][0]["detect"]["patterns"] = ["@gan ... $colours"]
    path.write_text(yaml.safe_dump(bad, allow_unicode=True))
    with pytest.raises(RuleFileError, match=r"unknown word class '\$colours'"):
        _load_facts(path, dict(_BASE.concepts), dict(_BASE.sources), _CLASSES)

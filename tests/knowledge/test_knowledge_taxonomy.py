"""Taxonomy reasoning (pure): transitive is-a, inversion, disjointness, sameness.

Most tests use a toy fact base about vehicles, so they test the reasoning rather than
today's contents of rules/; a few check the FACTS.md taxonomy on the real base."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from checker.errors import RuleFileError
from checker.knowledge import default_rules_dir, load_knowledge_base
from checker.knowledge.taxonomy import covered, disjoint, inherited, is_a, same, strictly_below

TOY_CONCEPTS = """\
concepts:
  - {id: vehicle, label: vehicle, kind: field, names: [vehicle]}
  - {id: machine, label: machine, kind: field, names: [machine]}
  - {id: car, label: car, kind: family, names: [car], is_a: [vehicle], accepts: [machine],
     year: 1886, made_by: [benz]}
  - {id: boat, label: boat, kind: family, names: [boat], is_a: [vehicle], disjoint_with: [car]}
  - {id: sports_car, label: sports car, kind: family, names: [sports car], is_a: [car]}
  - {id: roadster, label: roadster, kind: model, names: [roadster], is_a: [sports_car]}
  - {id: yacht, label: racing yacht, kind: model, names: [racing yacht], is_a: [boat]}
  - {id: bicycle, label: bicycle, kind: family, names: [bicycle], is_a: [vehicle]}
  - {id: benz, label: Karl Benz, kind: person, exact_names: [Benz]}
"""

TOY_FACTS = """\
facts:
  - id: V1
    statement: A car is not a boat.
    severity: error
    message: "{x} is a car, not a boat"
    suggestion: "say car"
    sources: [S1]
    covers: [{relation: is_a, subject: [car], object: [boat]}]
"""


@pytest.fixture(scope="module")
def toy(tmp_path_factory: pytest.TempPathFactory):
    rules = tmp_path_factory.mktemp("toy") / "rules"
    shutil.copytree(default_rules_dir(), rules)
    (rules / "concepts.yaml").write_text(TOY_CONCEPTS)
    (rules / "facts.yaml").write_text(TOY_FACTS)
    cues = yaml.safe_load((rules / "cues.yaml").read_text())
    cues.pop("local_names", None)  # its classes are concepts of the real base
    cues.pop("networks", None)  # so is its owner
    cues.get("mentions", {}).pop("modality_family", None)  # and the family a medium word leaves
    cues.get("overclaims", {}).pop("subject_concept", None)  # and what an unnamed AI subject stands for
    (rules / "cues.yaml").write_text(yaml.safe_dump(cues))
    return load_knowledge_base(rules)


@pytest.fixture(scope="module")
def real():
    return load_knowledge_base()


# ---------------------------------------------------------------------------- is_a


@pytest.mark.parametrize("sub, sup", [
    ("car", "car"), ("car", "vehicle"), ("sports_car", "vehicle"), ("roadster", "vehicle"),
    ("roadster", "car"), ("yacht", "vehicle"),
])
def test_is_a_is_reflexive_and_transitive(toy, sub: str, sup: str) -> None:
    assert is_a(toy, sub, sup) is True


@pytest.mark.parametrize("sub, sup", [("vehicle", "car"), ("car", "sports_car"), ("vehicle", "roadster")])
def test_inversion_is_false(toy, sub: str, sup: str) -> None:
    assert is_a(toy, sub, sup) is False


@pytest.mark.parametrize("sub, sup", [("car", "boat"), ("boat", "car"), ("roadster", "yacht"), ("yacht", "sports_car")])
def test_disjointness_is_inherited_and_symmetric(toy, sub: str, sup: str) -> None:
    assert is_a(toy, sub, sup) is False
    assert disjoint(toy, sub, sup) and disjoint(toy, sup, sub)


@pytest.mark.parametrize("sub, sup", [("bicycle", "car"), ("car", "bicycle"), ("boat", "machine"), ("benz", "car")])
def test_unrelated_concepts_are_unknown(toy, sub: str, sup: str) -> None:
    assert is_a(toy, sub, sup) is None


def test_accepts_allows_an_overlapping_parent(toy) -> None:
    assert is_a(toy, "car", "machine") is True
    assert is_a(toy, "roadster", "machine") is True  # accepted through an ancestor
    assert is_a(toy, "machine", "car") is None        # but not the other way round


def test_disjoint_is_false_for_related_or_unrelated(toy) -> None:
    assert not disjoint(toy, "car", "vehicle")
    assert not disjoint(toy, "car", "bicycle")


# ---------------------------------------------------------------------------- same, below, covered


def test_same(toy) -> None:
    assert same(toy, "car", "car") is True
    assert same(toy, "car", "vehicle") is False      # part and whole
    assert same(toy, "vehicle", "roadster") is False
    assert same(toy, "car", "boat") is False         # disjoint
    assert same(toy, "car", "bicycle") is None       # cannot tell


def test_strictly_below(toy) -> None:
    assert strictly_below(toy, "roadster", "car")
    assert not strictly_below(toy, "car", "car")
    assert not strictly_below(toy, "car", "roadster")


def test_covered(toy) -> None:
    assert covered(toy, "roadster", ("car",))
    assert covered(toy, "car", ("boat", "car"))
    assert not covered(toy, "yacht", ("car",))
    assert covered(toy, "yacht", ())  # an empty scope covers everything


def test_inherited_takes_the_nearest_value(toy) -> None:
    assert inherited(toy, "roadster", "year") == 1886
    assert inherited(toy, "roadster", "made_by") == ("benz",)
    assert inherited(toy, "yacht", "year") is None


def test_ancestors(toy) -> None:
    assert toy.ancestors("roadster") == {"roadster", "sports_car", "car", "vehicle"}
    assert toy.ancestors("unknown") == {"unknown"}


# ---------------------------------------------------------------------------- FACTS.md on the real base


@pytest.mark.parametrize("sub, sup, expected, fact", [
    ("llm", "genai", True, "T1"),
    ("genai", "llm", False, "T1 inverted"),
    ("gan", "llm", False, "T4"),
    ("diffusion", "llm", False, "T4"),
    ("vae", "llm", False, "T4"),
    ("stable_diffusion", "llm", False, "T4 via text-to-image"),
    ("dalle", "llm", False, "T4"),
    ("diffusion", "gan", False, "T5"),
    ("stable_diffusion", "gan", False, "T5"),
    ("genai", "ai", True, "T6"),
    ("ai", "genai", False, "T6 inverted"),
    ("genai", "ml", True, "accepted overlap"),
    ("transformer", "gan", False, "A3"),
    ("gan", "transformer", False, "A3"),
    ("gpt", "transformer", True, "A5"),
    ("bert", "transformer", True, "A5"),
    ("t5", "transformer", True, "A5"),
    ("bert", "gan", False, "A5"),
    ("chatgpt", "llm", False, "A7"),
    ("gpt3", "genai", True, "transitive"),
])
def test_facts_md_taxonomy(real, sub: str, sup: str, expected: bool, fact: str) -> None:
    assert is_a(real, sub, sup) is expected, fact


def test_facts_md_sameness(real) -> None:
    assert same(real, "llm", "genai") is False  # T3
    assert same(real, "gan", "diffusion") is False  # T5


def test_local_name_classes_must_be_concepts(tmp_path) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), rules)
    cues = yaml.safe_load((rules / "cues.yaml").read_text())
    cues["local_names"] = {"spaceship": ["rocket"]}
    (rules / "cues.yaml").write_text(yaml.safe_dump(cues))
    with pytest.raises(RuleFileError, match="local_names.spaceship: unknown concept id"):
        load_knowledge_base(rules)


def test_network_owner_must_be_a_concept(tmp_path) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), rules)
    cues = yaml.safe_load((rules / "cues.yaml").read_text())
    cues["networks"]["owner"] = "spaceship"
    (rules / "cues.yaml").write_text(yaml.safe_dump(cues))
    with pytest.raises(RuleFileError, match="networks.owner: unknown concept id"):
        load_knowledge_base(rules)


def test_modality_family_must_be_a_concept(tmp_path) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), rules)
    cues = yaml.safe_load((rules / "cues.yaml").read_text())
    cues["mentions"]["modality_family"] = "spaceship"
    (rules / "cues.yaml").write_text(yaml.safe_dump(cues))
    with pytest.raises(RuleFileError, match="mentions.modality_family: unknown concept id"):
        load_knowledge_base(rules)


@pytest.mark.parametrize("section,key,value", [
    ("overclaims", "subject_concept", "spaceship"),
    ("networks", "part_concepts", ["spaceship"]),
    ("networks", "strict_families", ["spaceship"]),
])
def test_concepts_named_by_cues_must_exist(tmp_path, section, key, value) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), rules)
    cues = yaml.safe_load((rules / "cues.yaml").read_text())
    cues[section][key] = value
    (rules / "cues.yaml").write_text(yaml.safe_dump(cues))
    with pytest.raises(RuleFileError, match=f"{section}.{key}: unknown concept id"):
        load_knowledge_base(rules)


def test_concept_ids_the_extractor_reasons_with_come_from_rules(real) -> None:
    """The families whose networks are read, the concept an unnamed AI subject stands for,
    the network concept and the LLM size floor are rule data, not names in the code."""
    from checker.nlp.claims import ClaimExtractor

    extractor = ClaimExtractor(real)
    assert set(extractor.network_families) == {"gan", "diffusion", "llm", "language_model", "chatbot"}
    assert real.cues.networks.strict_families == ("llm", "language_model", "chatbot")
    assert real.cues.overclaim_subject == "genai"
    assert real.cues.networks.part_concepts == ("neural_network",)
    assert real.concepts["llm"].min_parameters == 100_000_000


def test_network_and_output_cues_are_read_from_rules(real) -> None:
    nets = real.cues.networks
    assert nets.owner == "gan" and "teammate" in nets.parts | nets.cooperation
    assert "compete" in nets.competition and "rather than" in nets.denying
    assert {"reply", "image"} <= real.relations.output_nouns
    assert "using" in real.relations.instrument_preps and "write" in real.relations.producing_verbs

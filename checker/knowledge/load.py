"""Load rules/*.yaml into a validated, frozen KnowledgeBase.

Every problem is a RuleFileError naming the file, the line and the key, e.g.
``rules/facts.yaml:112: facts[3].covers[0].subject: unknown concept 'googel' (known: ...)``.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from types import MappingProxyType
from typing import Any, Mapping

import yaml

from checker.errors import RuleFileError
from checker.knowledge.schema import (Amount, Concept, Cover, Cues, Detect, NetworkCues, Fact, KnowledgeBase, Meaning,
                                      RelationCues, Slot, Source, VerbCue)
from checker.model import Severity

RULE_FILES = ("sources.yaml", "concepts.yaml", "relations.yaml", "cues.yaml", "facts.yaml")
_LINE = "__line__"


def default_rules_dir() -> Path:
    """The built-in fact base: shipped inside the wheel, or beside the package in a checkout."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "_rules", here.parent / "rules"):
        if (candidate / "facts.yaml").is_file():
            return candidate
    raise RuleFileError(str(here / "_rules"), "rules", "the built-in fact base is missing")


class _LineLoader(yaml.SafeLoader):
    """A safe loader that records each mapping's line under ``__line__``."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict:
    seen: set = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        if isinstance(key, str) and key in seen:
            # YAML keeps the last of two equal keys silently; in a rule file that hides a mistake
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key '{key}' in one mapping", key_node.start_mark)
        seen.add(key)
    mapping = loader.construct_mapping(node, deep=True)
    mapping[_LINE] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def read_yaml(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise RuleFileError(str(path), "file", f"cannot read: {exc.strerror or exc}") from None
    try:
        return yaml.load(text, Loader=_LineLoader)  # noqa: S506 - SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        raise RuleFileError(str(path), "yaml", str(getattr(exc, "problem", exc)), line) from None


class _Reader:
    """Typed access to one YAML mapping that reports errors with file, line and key."""

    def __init__(self, path: Path, data: Any, key: str, allowed: set[str], required: set[str] = frozenset()):
        self.path, self.key = path, key
        if not isinstance(data, dict):
            raise RuleFileError(str(path), key, f"expected a mapping, got {type(data).__name__}")
        self.line = data.get(_LINE)
        self.data = {k: v for k, v in data.items() if k != _LINE}
        unknown = sorted(set(self.data) - allowed)
        if unknown:
            raise self.error(unknown[0], f"unknown key (allowed: {', '.join(sorted(allowed))})")
        missing = sorted(required - set(self.data))
        if missing:
            raise self.error(missing[0], "required key is missing")

    def error(self, field: str, problem: str) -> RuleFileError:
        return RuleFileError(str(self.path), f"{self.key}.{field}" if field else self.key, problem, self.line)

    def str(self, field: str, default: str | None = None) -> str:
        value = self.data.get(field, default)
        if value is None:
            raise self.error(field, "required key is missing")
        if not isinstance(value, str):  # a number is not quietly made text: quote it
            raise self.error(field, f"expected text, got {_type(value)} {value!r}")
        return value

    def int(self, field: str) -> int | None:
        value = self.data.get(field)
        if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
            raise self.error(field, f"expected a whole number, got {value!r}")
        return value

    def bool(self, field: str, default: bool = False) -> bool:
        value = self.data.get(field, default)
        if not isinstance(value, bool):
            raise self.error(field, f"expected true or false, got {value!r}")
        return value

    def strs(self, field: str) -> tuple[str, ...]:
        value = self.data.get(field, [])
        if not isinstance(value, list):  # a string where a list belongs is a mistake, not a list of one
            raise self.error(field, f"expected a list of text, got {_type(value)} {value!r}")
        wrong = next((v for v in value if not isinstance(v, str)), None)
        if wrong is not None or None in value:
            raise self.error(field, f"expected a list of text, got an item {_type(wrong)} {wrong!r}")
        return tuple(value)

    def opt_bool(self, field: str) -> bool | None:
        value = self.data.get(field)
        if value is not None and not isinstance(value, bool):
            raise self.error(field, f"expected true or false, got {value!r}")
        return value

    def items(self, field: str) -> list:
        value = self.data.get(field, [])
        if not isinstance(value, list):
            raise self.error(field, "expected a list")
        return value


def _type(value: Any) -> str:
    return {bool: "true/false", int: "a number", float: "a number", str: "text", list: "a list",
            dict: "a mapping", type(None): "nothing"}.get(type(value), type(value).__name__)


def _top(path: Path, data: Any, key: str) -> Any:
    if not isinstance(data, dict) or key not in data:
        raise RuleFileError(str(path), key, f"top-level key '{key}' is missing", 1)
    if not isinstance(data[key], list):
        raise RuleFileError(str(path), key, f"expected a list of entries, got {_type(data[key])}", data.get(_LINE))
    return data[key]


def _check_ids(path: Path, entries: list, what: str) -> None:
    seen: dict[str, int | None] = {}
    for i, entry in enumerate(entries):
        if not isinstance(entry, dict) or "id" not in entry:
            line = entry.get(_LINE) if isinstance(entry, dict) else None
            raise RuleFileError(str(path), f"{what}[{i}].id", "every entry needs an id", line)
        if not isinstance(entry["id"], str) or not entry["id"].strip():
            raise RuleFileError(str(path), f"{what}[{i}].id",
                                f"an id is text (quote it), got {_type(entry['id'])} {entry['id']!r}", entry.get(_LINE))
        if entry["id"] in seen:
            raise RuleFileError(str(path), f"{what}[{i}].id", f"duplicate id '{entry['id']}'", entry.get(_LINE))
        seen[entry["id"]] = entry.get(_LINE)


def _load_sources(path: Path) -> dict[str, Source]:
    entries = _top(path, read_yaml(path), "sources")
    _check_ids(path, entries, "sources")
    out = {}
    for i, entry in enumerate(entries):
        r = _Reader(path, entry, f"sources[{i}]", {"id", "title", "ref"}, {"id", "title"})
        out[r.str("id")] = Source(id=r.str("id"), title=r.str("title"), ref=r.str("ref", ""))
    return out


_CONCEPT_KINDS = {"field", "family", "architecture", "model", "product", "application", "org", "person"}
_CONCEPT_KEYS = {"id", "label", "kind", "names", "exact_names", "is_a", "disjoint_with", "accepts",
                 "built_on", "made_by", "year", "month", "exists_by", "acronym", "expansion", "networks", "parameters",
                 "min_parameters", "umbrella", "works"}


def _month(r) -> int | None:
    month = r.int("month")
    if month is not None and not 1 <= month <= 12:
        raise r.error("month", f"expected a month from 1 to 12, got {month}")
    return month


def _load_concepts(path: Path) -> dict[str, Concept]:
    entries = _top(path, read_yaml(path), "concepts")
    _check_ids(path, entries, "concepts")
    known = [e["id"] for e in entries]
    out: dict[str, Concept] = {}
    for i, entry in enumerate(entries):
        r = _Reader(path, entry, f"concepts[{i}]", _CONCEPT_KEYS, {"id", "label", "kind"})
        kind = r.str("kind")
        if kind not in _CONCEPT_KINDS:
            raise r.error("kind", f"unknown kind '{kind}' (known: {', '.join(sorted(_CONCEPT_KINDS))})")
        refs = {f: r.strs(f) for f in ("is_a", "disjoint_with", "accepts", "built_on", "made_by")}
        for field, ids in refs.items():
            for ref in ids:
                if ref not in known:
                    raise r.error(field, f"unknown concept '{ref}' (known: {', '.join(sorted(known))})")
        if not r.strs("names") and not r.strs("exact_names"):
            raise r.error("names", "a concept needs at least one of names or exact_names")
        out[r.str("id")] = Concept(
            id=r.str("id"), label=r.str("label"), kind=kind, names=r.strs("names"),
            exact_names=r.strs("exact_names"), year=r.int("year"), month=_month(r), exists_by=r.int("exists_by"), acronym=r.str("acronym", ""),
            expansion=r.str("expansion", ""), networks=r.int("networks"),
            parameters=r.int("parameters"), min_parameters=r.int("min_parameters"),
            umbrella=r.bool("umbrella"), works=r.strs("works"), **refs)
    return out


def _ancestor_table(path: Path, concepts: dict[str, Concept]) -> dict[str, frozenset[str]]:
    table: dict[str, frozenset[str]] = {}

    def visit(cid: str, trail: tuple[str, ...]) -> frozenset[str]:
        if cid in trail:
            raise RuleFileError(str(path), f"concepts.{cid}.is_a", f"is_a cycle: {' -> '.join(trail + (cid,))}")
        if cid not in table:
            acc = {cid}
            for parent in concepts[cid].is_a:
                acc |= visit(parent, trail + (cid,))
            table[cid] = frozenset(acc)
        return table[cid]

    for cid in concepts:
        visit(cid, ())
    return table


def _compile_pattern(r: _Reader, field: str, pattern: str, concepts: dict | None = None,
                     classes: dict[str, tuple[str, ...]] | None = None) -> tuple[Slot, ...]:
    slots = []
    if pattern.startswith("NEG:"):
        pattern = pattern[4:]
    for word in pattern.split():
        if "$" in word:  # a word class of the file's ``words``: "$visuals" stands for all its words
            mark = "?" if word.startswith("?") else ""
            alts = []
            for alt in word.lstrip("?").split("|"):
                if alt.startswith("$") and alt[1:] not in (classes or {}):
                    raise r.error(field, f"unknown word class '{alt}' in pattern {pattern!r} "
                                         f"(known: {', '.join(sorted(classes or {})) or 'none'})")
                alts += (classes or {})[alt[1:]] if alt.startswith("$") else [alt]
            word = mark + "|".join(alts)
        if "@" in word and concepts is not None:
            for alt in word.lstrip("?").split("|"):
                cid = alt[1:] if alt.startswith("@") else None
                if cid is not None and cid not in concepts:
                    raise r.error(field, f"unknown concept '@{cid}' in pattern {pattern!r}")
        if word == "...":
            slots.append(Slot(alts=None))
            continue
        optional = word.startswith("?") and len(word) > 1
        alts = frozenset(a for a in (word[1:] if optional else word).lower().split("|") if a)
        if not alts:
            raise r.error(field, f"empty slot in pattern {pattern!r}")
        slots.append(Slot(alts=alts, optional=optional))
    if not slots or all(s.alts is None or s.optional for s in slots):
        raise r.error(field, f"pattern {pattern!r} has no required word")
    return tuple(slots)


_RELATIONS = {"is_a", "same_as", "uses", "made_by", "introduced_in", "stands_for", "consists_of",
              "precedes", "property", "parameters"}


def _load_facts(path: Path, concepts: dict[str, Concept], sources: dict[str, Source],
                inherited: dict[str, tuple[str, ...]] | None = None) -> tuple[tuple[Fact, ...], dict[str, tuple[str, ...]]]:
    """The file's facts, and its word classes (``words``: a name and its words, which a detect
    pattern names as ``$name``), with those of ``inherited`` (the base file's, for a pack)."""
    data = read_yaml(path)
    entries = _top(path, data, "facts")
    _check_ids(path, entries, "facts")
    classes = dict(inherited or {})
    raw_classes = data.get("words", {}) or {}
    if not isinstance(raw_classes, dict):
        raise RuleFileError(str(path), "words", f"expected a mapping of word classes, got {_type(raw_classes)}")
    for name, words in raw_classes.items():
        if name == _LINE:
            continue
        if not isinstance(words, list) or not words or not all(isinstance(w, str) and w.strip() and " " not in w.strip()
                                                               for w in words):
            raise RuleFileError(str(path), f"words.{name}", "expected a list of single words")
        classes[str(name)] = tuple(w.strip().lower() for w in words)

    def concept_list(r: _Reader, field: str) -> tuple[str, ...]:
        ids = r.strs(field)
        for cid in ids:
            if cid not in concepts:
                raise r.error(field, f"unknown concept '{cid}' (known: {', '.join(sorted(concepts))})")
        return ids

    facts = []
    for i, entry in enumerate(entries):
        key = f"facts[{i}]" if not isinstance(entry, dict) else f"fact '{entry.get('id')}'"
        r = _Reader(path, entry, key, {"id", "statement", "severity", "message", "why", "suggestion",
                                      "sources", "covers", "detect", "examples"},
                    {"id", "statement", "severity", "message", "suggestion", "sources", "covers"})
        try:
            severity = Severity(r.str("severity"))
        except ValueError:
            raise r.error("severity", f"must be error, warning or info, not {r.str('severity')!r}") from None
        for sid in r.strs("sources"):
            if sid not in sources:
                raise r.error("sources", f"unknown source '{sid}' (known: {', '.join(sorted(sources))})")
        covers = []
        for j, raw in enumerate(r.items("covers")):
            c = _Reader(path, raw, f"{key}.covers[{j}]", {"relation", "subject", "object", "polarity",
                                                          "quantifier", "necessity", "property", "exact",
                                                          "severity"},
                        {"relation"})
            relation = c.str("relation")
            if relation not in _RELATIONS:
                raise c.error("relation", f"unknown relation '{relation}' (known: {', '.join(sorted(_RELATIONS))})")
            polarity = c.data.get("polarity")
            if polarity not in (None, "positive", "negative"):
                raise c.error("polarity", "must be positive or negative")
            cover_sev = c.data.get("severity")
            if cover_sev is not None and cover_sev not in ("error", "warning", "info"):
                raise c.error("severity", f"must be error, warning or info, not {cover_sev!r}")
            covers.append(Cover(relation=relation, subject=concept_list(c, "subject"), object=concept_list(c, "object"), polarity=polarity,
                                quantifier=c.strs("quantifier"), necessity=c.opt_bool("necessity"), property=c.str("property", ""),
                                exact=c.bool("exact"), severity=Severity(cover_sev) if cover_sev else None))
        if not covers:
            raise r.error("covers", "a fact must cover at least one kind of claim")
        detect = None
        if "detect" in r.data:
            d = _Reader(path, r.data["detect"], f"{key}.detect", {"subjects", "patterns", "unless", "exact", "purpose", "hedged", "meaning", "amount"},
                        {"subjects"})
            raw_patterns = d.strs("patterns")
            meaning = None
            if "meaning" in d.data:
                m = _Reader(path, d.data["meaning"], f"{key}.detect.meaning", {"word", "markers", "verbs", "right", "neutral"},
                            {"word", "verbs", "right"})
                low = lambda xs: frozenset(x.lower() for x in xs)  # noqa: E731
                meaning = Meaning(word=m.str("word").lower(), markers=low(m.strs("markers")), verbs=low(m.strs("verbs")),
                                  right=low(m.strs("right")), neutral=low(m.strs("neutral")))
            amount = None
            if "amount" in d.data:
                am = _Reader(path, d.data["amount"], f"{key}.detect.amount", {"words", "units", "below"}, {"words", "units", "below"})
                below = am.data["below"]
                if not isinstance(below, int) or isinstance(below, bool) or below <= 0:
                    raise am.error("below", "must be a positive whole number")
                amount = Amount(words=frozenset(x.lower() for x in am.strs("words")),
                                units=frozenset(x.lower() for x in am.strs("units")), below=below)
            if not raw_patterns and meaning is None and amount is None:
                raise d.error("patterns", "a detect needs patterns, a meaning or an amount")
            detect = Detect(subjects=concept_list(d, "subjects"), meaning=meaning, amount=amount,
                            patterns=tuple(_compile_pattern(d, "patterns", p, concepts, classes) for p in raw_patterns),
                            unless=tuple(u.lower() for u in d.strs("unless")),
                            negated=tuple(p.startswith("NEG:") for p in raw_patterns), exact=d.bool("exact"),
                            purpose=d.bool("purpose"), hedged=d.bool("hedged"))
        examples = r.data.get("examples", {}) or {}
        ex = _Reader(path, examples, f"{key}.examples", {"flag", "pass"})
        facts.append(Fact(id=r.str("id"), statement=r.str("statement"), severity=severity, message=r.str("message"), why=r.str("why", ""),
                          suggestion=r.str("suggestion"), sources=r.strs("sources"), covers=tuple(covers), detect=detect,
                          flag_examples=ex.strs("flag"), pass_examples=ex.strs("pass")))
    return tuple(facts), classes


def _load_relations(path: Path) -> RelationCues:
    entries = _top(path, read_yaml(path), "relations")
    _check_ids(path, entries, "relations")
    by_id: dict[str, _Reader] = {}
    allowed = {"id", "description", "inverse_of", "nouns", "verbs", "preps", "adjectives", "phrases",
               "adjectives_before", "adjectives_after", "nouns_before", "nouns_after", "verbs_before",
               "verbs_after", "preps_before", "preps_after", "origin_verbs", "containing_places", "essence_places",
               "producing_verbs", "instrument_preps", "output_nouns", "existence_verbs", "existence_adverbs",
               "becoming_verbs", "release_states", "phrasal_verbs", "naming_verbs", "word_nouns", "helping_verbs",
               "member_markers", "instance_verbs", "part_nouns", "seat_nouns", "holder_preps", "agent_nouns", "placeholder_nouns", "work_verbs", "rival_nouns",
               "firsts", "adverbs_after", "credit_verbs", "lasting_verbs", "likeness_verbs", "thing_nouns", "broad_words"}
    for i, entry in enumerate(entries):
        r = _Reader(path, entry, f"relations[{i}]", allowed, {"id"})
        by_id[r.str("id")] = r
    needed = ("is_a", "includes", "same_as", "uses", "made_by", "introduced_in", "precedes")
    for rid in needed:
        if rid not in by_id:
            raise RuleFileError(str(path), "relations", f"relation '{rid}' is missing")

    verbs: dict[str, list[VerbCue]] = {}
    for rid in ("is_a", "includes", "uses"):
        r = by_id[rid]
        for j, raw in enumerate(r.items("verbs")):
            v = _Reader(path, raw, f"{r.key}.verbs[{j}]", {"lemma", "preps", "active_subject",
                                                          "passive_only", "necessity", "denies"},
                        {"lemma"})
            subject = v.str("active_subject", "X")
            if subject not in ("X", "Y"):
                raise v.error("active_subject", "must be X or Y")
            cue = VerbCue(lemma=v.str("lemma"), relation=rid, preps=v.strs("preps"), active_subject=subject,
                          passive_only=v.bool("passive_only"), necessity=v.bool("necessity"), denies=v.bool("denies"))
            verbs.setdefault(cue.lemma, []).append(cue)

    def fs(rid: str, field: str) -> frozenset[str]:
        return frozenset(w.lower() for w in by_id[rid].strs(field))

    return RelationCues(
        is_a_nouns=fs("is_a", "nouns"), is_a_preps=fs("is_a", "preps"), member_markers=fs("is_a", "member_markers"),
        includes_nouns=fs("includes", "nouns"),
        same_adjectives=fs("same_as", "adjectives"), same_nouns=fs("same_as", "nouns"),
        same_phrases=by_id["same_as"].strs("phrases"), naming_verbs=fs("same_as", "naming_verbs"), word_nouns=fs("same_as", "word_nouns"), thing_nouns=fs("same_as", "thing_nouns"), broad_words=fs("same_as", "broad_words"),
        uses_nouns=fs("uses", "nouns"), part_nouns=fs("uses", "part_nouns"), uses_preps=fs("uses", "preps"), uses_places=fs("uses", "containing_places"),
        essence_places=fs("uses", "essence_places"), seat_nouns=fs("uses", "seat_nouns"), holder_preps=fs("uses", "holder_preps"),
        agent_nouns=fs("made_by", "agent_nouns"), work_verbs=fs("made_by", "work_verbs"), rival_nouns=fs("made_by", "rival_nouns"), credit_verbs=fs("made_by", "credit_verbs"), lasting_verbs=fs("introduced_in", "lasting_verbs"), likeness_verbs=fs("uses", "likeness_verbs"), placeholder_nouns=fs("is_a", "placeholder_nouns"),
        producing_verbs=fs("uses", "producing_verbs"), instrument_preps=fs("uses", "instrument_preps"),
        output_nouns=fs("uses", "output_nouns"),
        made_verbs=fs("made_by", "verbs"), made_nouns=fs("made_by", "nouns"), made_preps=fs("made_by", "preps"),
        origin_verbs=fs("made_by", "origin_verbs"), helping_verbs=fs("made_by", "helping_verbs"),
        instance_verbs=fs("made_by", "instance_verbs"),
        intro_verbs=fs("introduced_in", "verbs"), release_states=fs("introduced_in", "release_states"),
        phrasal_verbs=_phrasal(path, by_id["introduced_in"].data.get("phrasal_verbs") or {}),
        precedes=MappingProxyType({f: fs("precedes", f) for f in (
            "adjectives_before", "adjectives_after", "nouns_before", "nouns_after", "verbs_before",
            "verbs_after", "preps_before", "preps_after", "existence_verbs", "existence_adverbs", "becoming_verbs", "firsts",
            "adverbs_after")}),
        verbs=MappingProxyType({k: tuple(v) for k, v in verbs.items()}),
    )


def _phrasal(path: Path, data) -> Mapping[str, str]:
    """relations.yaml introduced_in.phrasal_verbs: "verb particle" -> plain verb lemma."""
    data = {k: v for k, v in data.items() if k != _LINE} if isinstance(data, dict) else data
    if not isinstance(data, dict) or not all(isinstance(k, str) and len(k.split()) == 2 and isinstance(v, str)
                                             for k, v in data.items()):
        raise RuleFileError(str(path), "introduced_in.phrasal_verbs", 'expected a mapping of "verb particle": verb')
    return MappingProxyType({k.lower(): v.lower() for k, v in data.items()})


def _load_cues(path: Path) -> Cues:
    data = read_yaml(path)
    top = _Reader(path, data, "cues", {"negation", "attribution", "question", "conditional", "mentions", "overclaims",
                   "aspiration", "purpose_verbs", "retractions", "doubts", "implication_verbs", "remaking", "pair_nouns", "local_names", "renaming_verbs", "networks", "discourse_words", "reply_words", "date_parts",
                   "asides", "table_headers", "description_headers", "event_headers", "event_verbs", "quiz_headers", "speakers"},
                  {"negation", "attribution", "question", "conditional"})
    neg = _Reader(path, top.data["negation"], "negation", {"tokens", "poor_at"}, {"tokens"})
    att = _Reader(path, top.data["attribution"], "attribution", {"verbs", "nouns", "phrases", "endorsing", "promotional", "refuting", "own_view", "neg_raising", "own_view_nouns", "texts", "text_verbs", "claiming", "surprise", "convinced", "habits", "phrasing", "told", "endorsing_phrases", "own_sources", "asking", "perception", "concessive", "error_nouns", "truth_words"},
                  {"verbs", "nouns", "phrases"})
    q = _Reader(path, top.data["question"], "question", {"openers", "closers", "fillers", "prompts"}, {"openers"})
    cond = _Reader(path, top.data["conditional"], "conditional", {"markers"}, {"markers"})
    ment = _Reader(path, top.data.get("mentions") or {}, "mentions", {"version_words", "size_words", "field_adjectives", "subset_adjectives", "letter_nouns", "modality_words", "modality_family"}, set())
    over = _Reader(path, top.data.get("overclaims") or {}, "overclaims", {"subject_nouns", "subject_adjectives", "people_nouns", "topic_words", "topic_phrases", "absolute_words", "starters", "object_verbs",
                                                                            "limitation_subjects", "subject_concept", "hedged_degrees", "output_verbs",
                                                                            "assurance_verbs"}, set())
    nets = _Reader(path, top.data.get("networks") or {}, "networks",
                   {"owner", "parts", "cooperation", "cooperation_phrases", "competition", "rival_parts", "denying",
                    "part_concepts", "leaving", "signature", "strict_families"}, set())
    asides = _Reader(path, top.data.get("asides") or {}, "asides", {"finding_verbs", "inclusion_words", "openers", "tails", "remarks", "qualifiers"}, set())
    speakers = _Reader(path, top.data.get("speakers") or {}, "speakers", {"titles", "roles", "not"}, set())
    quiz = _Reader(path, top.data.get("quiz_headers") or {}, "quiz_headers", {"question", "answer"}, set())
    remake = _Reader(path, top.data.get("remaking") or {}, "remaking", {"verbs", "models"}, set())
    low = lambda xs: tuple(x.lower() for x in xs)  # noqa: E731
    return Cues(negation=frozenset(low(neg.strs("tokens"))), poor_at=frozenset(low(neg.strs("poor_at"))),
                attribution_verbs=frozenset(low(att.strs("verbs"))), attribution_nouns=frozenset(low(att.strs("nouns"))),
                attribution_phrases=low(att.strs("phrases")),
                attribution_endorsing=frozenset(low(att.strs("endorsing"))),
                attribution_promotional=frozenset(low(att.strs("promotional"))),
                attribution_refuting=frozenset(low(att.strs("refuting"))),
                attribution_own_view=frozenset(low(att.strs("own_view"))),
                attribution_neg_raising=frozenset(low(att.strs("neg_raising"))),
                attribution_own_view_nouns=frozenset(low(att.strs("own_view_nouns"))),
                attribution_surprise=frozenset(low(att.strs("surprise"))),
                attribution_convinced=frozenset(low(att.strs("convinced"))),
                attribution_habits=frozenset(low(att.strs("habits"))),
                attribution_phrasing=frozenset(low(att.strs("phrasing"))),
                attribution_told=frozenset(low(att.strs("told"))),
                attribution_asking=frozenset(low(att.strs("asking"))),
                perception=frozenset(low(att.strs("perception"))),
                attribution_endorsing_phrases=low(att.strs("endorsing_phrases")),
                attribution_own_sources=frozenset(low(att.strs("own_sources"))),
                attribution_texts=frozenset(low(att.strs("texts"))),
                attribution_text_verbs=frozenset(low(att.strs("text_verbs"))),
                attribution_claiming=frozenset(low(att.strs("claiming"))),
                attribution_concessive=low(att.strs("concessive")),
                attribution_error_nouns=frozenset(low(att.strs("error_nouns"))),
                attribution_truth_words=frozenset(low(att.strs("truth_words"))),
                question_openers=frozenset(low(q.strs("openers"))), conditional=low(cond.strs("markers")),
                question_closers=low(q.strs("closers")), question_fillers=frozenset(low(q.strs("fillers"))),
                question_prompts=frozenset(low(q.strs("prompts"))),
                version_words=frozenset(low(ment.strs("version_words"))),
                modality_words=frozenset(low(ment.strs("modality_words"))),
                modality_family=str(ment.data.get("modality_family") or ""),
                size_words=frozenset(low(ment.strs("size_words"))),
                field_adjectives=frozenset(low(ment.strs("field_adjectives"))),
                subset_adjectives=frozenset(low(ment.strs("subset_adjectives"))),
                letter_nouns=frozenset(low(ment.strs("letter_nouns"))),
                overclaim_subjects=frozenset(low(over.strs("subject_nouns"))),
                overclaim_adjectives=frozenset(low(over.strs("subject_adjectives"))),
                overclaim_people=frozenset(low(over.strs("people_nouns"))),
                overclaim_topics=frozenset(low(over.strs("topic_words"))),
                overclaim_topic_phrases=low(over.strs("topic_phrases")),
                overclaim_absolutes=frozenset(low(over.strs("absolute_words"))),
                overclaim_starters=frozenset(low(over.strs("starters"))),
                overclaim_object_verbs=frozenset(low(over.strs("object_verbs"))),
                overclaim_assurance_verbs=frozenset(low(over.strs("assurance_verbs"))),
                overclaim_limitations=frozenset(low(over.strs("limitation_subjects"))),
                overclaim_hedges=frozenset(low(over.strs("hedged_degrees"))),
                overclaim_output_verbs=frozenset(low(over.strs("output_verbs"))),
                overclaim_subject=over.str("subject_concept", ""),
                aspiration=frozenset(low(top.strs("aspiration"))),
                purpose_verbs=frozenset(low(top.strs("purpose_verbs"))),
                retractions=tuple(low(top.strs("retractions"))),
                doubts=tuple(low(top.strs("doubts"))),
                implication_verbs=frozenset(low(top.strs("implication_verbs"))),
                remaking_verbs=frozenset(low(remake.strs("verbs"))), remaking_models=frozenset(low(remake.strs("models"))),
                pair_nouns=frozenset(low(top.strs("pair_nouns"))),
                renaming_verbs=frozenset(low(top.strs("renaming_verbs"))),
                discourse_words=frozenset(low(top.strs("discourse_words"))),
                finding_verbs=low(asides.strs("finding_verbs")), inclusion_words=low(asides.strs("inclusion_words")),
                aside_openers=low(asides.strs("openers")), aside_tails=low(asides.strs("tails")),
                aside_remarks=low(asides.strs("remarks")), aside_qualifiers=low(asides.strs("qualifiers")),
                speaker_titles=low(speakers.strs("titles")), speaker_roles=low(speakers.strs("roles")),
                speaker_not=low(speakers.strs("not")),
                networks=NetworkCues(owner=nets.str("owner", ""), parts=frozenset(low(nets.strs("parts"))),
                                     part_concepts=nets.strs("part_concepts"),
                                     cooperation=frozenset(low(nets.strs("cooperation"))),
                                     cooperation_phrases=low(nets.strs("cooperation_phrases")),
                                     competition=frozenset(low(nets.strs("competition"))),
                                     rival_parts=frozenset(low(nets.strs("rival_parts"))),
                                     denying=low(nets.strs("denying")), leaving=frozenset(low(nets.strs("leaving"))),
                                     signature=frozenset(low(nets.strs("signature"))), strict_families=nets.strs("strict_families")),
                table_headers=_table_headers(path, top.data.get("table_headers") or {}),
                description_headers=low(top.strs("description_headers")),
                event_headers=low(top.strs("event_headers")), event_verbs=frozenset(low(top.strs("event_verbs"))),
                question_headers=low(quiz.strs("question")), answer_headers=low(quiz.strs("answer")),
                local_names=_local_names(path, top.data.get("local_names") or {}),
                date_parts=_date_parts(path, top.data.get("date_parts") or {}),
                reply_words=_reply_words(path, top.data.get("reply_words") or {}))


def _date_parts(path: Path, data) -> Mapping[str, tuple[int, int]]:
    """cues.yaml date_parts: a word -> [first month, last month]."""
    data = {k: v for k, v in data.items() if not str(k).startswith("__")} if isinstance(data, dict) else data
    if not isinstance(data, dict) or not all(
            isinstance(v, list) and len(v) == 2 and all(isinstance(m, int) and 1 <= m <= 12 for m in v) and v[0] <= v[1]
            for v in data.values()):
        raise RuleFileError(str(path), "date_parts", "expected a mapping of word to [first month, last month], 1-12")
    return MappingProxyType({str(k).lower(): (v[0], v[1]) for k, v in data.items()})


def _reply_words(path: Path, data) -> Mapping[str, str]:
    """cues.yaml reply_words: a spoken reply word -> the plain one ("nah" -> "no"), no longer."""
    data = {k: v for k, v in data.items() if not str(k).startswith("__")} if isinstance(data, dict) else data
    if not isinstance(data, dict) or not all(
            isinstance(v, str) and v.isalpha() and v.isascii() and len(v) <= len(str(k)) for k, v in data.items()):
        raise RuleFileError(str(path), "reply_words", "expected a mapping of word to a plain one-word reply no longer than it")
    return MappingProxyType({str(k).lower(): v.lower() for k, v in data.items()})


def _table_headers(path: Path, data) -> Mapping[str, tuple[str, ...]]:
    """cues.yaml table_headers: relation id -> header words, in the file's order."""
    data = {k: v for k, v in data.items() if not str(k).startswith("__")} if isinstance(data, dict) else data
    if not isinstance(data, dict) or not all(isinstance(v, list) and all(isinstance(w, str) for w in v)
                                            for v in data.values()):
        raise RuleFileError(str(path), "table_headers", "expected a mapping of relation id to a list of header words")
    return MappingProxyType({str(k): tuple(w.lower() for w in v) for k, v in data.items()})


def _local_names(path: Path, data) -> Mapping[str, tuple[str, ...]]:
    data = {k: v for k, v in data.items() if not str(k).startswith("__")} if isinstance(data, dict) else data
    if not isinstance(data, dict) or not all(isinstance(v, list) and all(isinstance(w, str) for w in v)
                                            for v in data.values()):
        raise RuleFileError(str(path), "local_names", "expected a mapping of concept id to a list of nouns")
    return MappingProxyType({str(k): tuple(v) for k, v in data.items()})


def rules_digest(rules_dir: Path | None = None, extra_facts: tuple[Path, ...] = ()) -> str:
    """A hash of the rule files: what caches key on. Reads the files without parsing them."""
    rules_dir = Path(rules_dir) if rules_dir else default_rules_dir()
    digest = hashlib.sha256()
    for p in [rules_dir / n for n in RULE_FILES] + [Path(e) for e in extra_facts]:
        try:
            digest.update(p.read_bytes())
        except OSError as exc:
            raise RuleFileError(str(p), "file", f"cannot read: {exc.strerror or exc}") from None
    return digest.hexdigest()[:16]


def load_knowledge_base(rules_dir: Path | None = None, extra_facts: tuple[Path, ...] = ()) -> KnowledgeBase:
    """Load and validate the fact base. ``extra_facts`` are further facts files (a team's packs)."""
    rules_dir = Path(rules_dir) if rules_dir else default_rules_dir()
    for name in RULE_FILES:
        if not (rules_dir / name).is_file():
            raise RuleFileError(str(rules_dir / name), "file", "rule file is missing")
    sources = _load_sources(rules_dir / "sources.yaml")
    concepts = _load_concepts(rules_dir / "concepts.yaml")
    facts, classes = _load_facts(rules_dir / "facts.yaml", concepts, sources)
    seen = {f.id for f in facts}
    for extra in extra_facts:
        more, _ = _load_facts(Path(extra), concepts, sources, classes)
        for fact in more:
            if fact.id in seen:
                raise RuleFileError(str(extra), f"fact '{fact.id}'.id", "duplicate id (already in the fact base)")
            seen.add(fact.id)
        facts += more
    cues = _load_cues(rules_dir / "cues.yaml")
    for cid in cues.local_names:
        if cid not in concepts:
            raise RuleFileError(str(rules_dir / "cues.yaml"), f"local_names.{cid}", "unknown concept id")
    for rel in cues.table_headers:
        if rel not in _RELATIONS:
            raise RuleFileError(str(rules_dir / "cues.yaml"), f"table_headers.{rel}", "unknown relation id")
    if cues.modality_family and cues.modality_family not in concepts:
        raise RuleFileError(str(rules_dir / "cues.yaml"), "mentions.modality_family", "unknown concept id")
    if cues.networks.owner and cues.networks.owner not in concepts:
        raise RuleFileError(str(rules_dir / "cues.yaml"), "networks.owner", "unknown concept id")
    for key in ("part_concepts", "strict_families"):
        for cid in getattr(cues.networks, key):
            if cid not in concepts:
                raise RuleFileError(str(rules_dir / "cues.yaml"), f"networks.{key}", f"unknown concept id '{cid}'")
    if cues.overclaim_subject and cues.overclaim_subject not in concepts:
        raise RuleFileError(str(rules_dir / "cues.yaml"), "overclaims.subject_concept", "unknown concept id")
    return KnowledgeBase(
        concepts=MappingProxyType(concepts), facts=facts, sources=MappingProxyType(sources),
        relations=_load_relations(rules_dir / "relations.yaml"), cues=cues,
        digest=rules_digest(rules_dir, extra_facts),
        _ancestors=MappingProxyType(_ancestor_table(rules_dir / "concepts.yaml", concepts)),
    )

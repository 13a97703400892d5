"""SARIF 2.1.0, as GitHub code scanning reads it (github/codeql-action/upload-sarif).

One run; ``tool.driver.rules`` lists every fact of the fact base (help text from the fact:
statement, why, suggestion, examples, sources), then any other rule a finding names (e.g.
``unused-suppression``). Columns count Unicode code points and ``endColumn`` is exclusive,
as in every claimcheck format. Files that could not be read become error notifications of
the invocation. ``partialFingerprints`` hash the claim sentence (as the baseline does), so
an alert survives edits elsewhere in the file.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import PurePath
from typing import TYPE_CHECKING, Any, Sequence
from urllib.parse import quote

from checker import __version__
from checker.baseline import claim_hash
from checker.model import FileReport, Finding, Severity
from checker.suppress import UNUSED_HELP, UNUSED_RULE

if TYPE_CHECKING:
    from checker.knowledge import Fact, KnowledgeBase

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/claimcheck/claimcheck"
FINGERPRINT = "claimcheck/v1"
_SLOT = re.compile(r"\{(\w+)\}")
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def render(reports: Sequence[FileReport], color: bool = False, *, kb: KnowledgeBase | None = None,
           **_: Any) -> str:
    return json.dumps(as_dict(reports, kb), indent=2, ensure_ascii=False) + "\n"


def as_dict(reports: Sequence[FileReport], kb: KnowledgeBase | None = None) -> dict:
    if kb is None:
        from checker.knowledge import load_knowledge_base
        kb = load_knowledge_base()
    rules = [fact_rule(f, kb) for f in kb.facts]
    index = {r["id"]: i for i, r in enumerate(rules)}
    for r in reports:
        for f in r.findings:
            if f.rule not in index:
                index[f.rule] = len(rules)
                rules.append(other_rule(f))
    results = []
    for r in reports:
        seen: Counter[tuple[str, str]] = Counter()
        for f in r.findings:
            h = claim_hash(f)
            seen[(f.rule, h)] += 1
            results.append(result(r.path, f, index[f.rule], f"{h}:{seen[(f.rule, h)]}"))
    notifications = [{"level": "error", "message": {"text": f"{r.path}: {r.error}"},
                      "locations": [{"physicalLocation": {"artifactLocation": artifact(r.path)}}]}
                     for r in reports if r.failed]
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "claimcheck", "version": __version__, "semanticVersion": __version__,
                                "informationUri": INFORMATION_URI, "rules": rules}},
            "invocations": [{"executionSuccessful": not notifications,
                             "toolExecutionNotifications": notifications}],
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }


def fact_rule(fact: Fact, kb: KnowledgeBase) -> dict:
    cites = [kb.sources[s].cite() if s in kb.sources else s for s in fact.sources]
    links = [kb.sources[s].ref for s in fact.sources if s in kb.sources and kb.sources[s].ref.startswith("http")]
    why = fact.why or fact.statement
    use = generic(fact.suggestion)
    text = [fact.statement] + (["", fact.why] if fact.why else []) + ["", f"Use instead: {use}"]
    md = [f"**{fact.id}: {fact.statement}**"] + (["", fact.why] if fact.why else []) + ["", f"**Use instead:** {use}"]
    if fact.flag_examples:
        text += ["", "Flagged:"] + [f"  {e}" for e in fact.flag_examples]
        md += ["", "**Flagged:**", ""] + [f"- {e}" for e in fact.flag_examples]
    if fact.pass_examples:
        text += ["", "Passes:"] + [f"  {e}" for e in fact.pass_examples]
        md += ["", "**Passes:**", ""] + [f"- {e}" for e in fact.pass_examples]
    if cites:
        text += ["", "Sources:"] + [f"  {c}" for c in cites]
        md += ["", "**Sources:**", ""] + [f"- {c}" for c in cites]
    relation = fact.covers[0].relation if fact.covers else "fact"
    return {
        "id": fact.id,
        "name": "".join(w.capitalize() for w in relation.split("_")),
        "shortDescription": {"text": fact.statement},
        "fullDescription": {"text": why},
        "helpUri": links[0] if links else INFORMATION_URI,
        "help": {"text": "\n".join(text), "markdown": "\n".join(md)},
        "defaultConfiguration": {"level": LEVELS[fact.severity]},
        "properties": {"tags": ["claimcheck", relation]},
    }


def generic(template: str) -> str:
    """A message template without a claim: {x}/{X} read X, {y}/{Y} read Y, other slots '...'."""
    return _SLOT.sub(lambda m: m.group(1).upper() if m.group(1) in ("x", "X", "y", "Y") else "...", template)


def other_rule(finding: Finding) -> dict:
    """A rule that is not a fact of the fact base: an unused suppression, or a fact from a
    fact base the report was not rendered with."""
    if finding.rule == UNUSED_RULE:
        short, full = "Unused claimcheck suppression comment", UNUSED_HELP
    else:
        short = full = finding.message
    return {
        "id": finding.rule,
        "name": "".join(w.capitalize() for w in finding.rule.replace("_", "-").split("-")),
        "shortDescription": {"text": short},
        "fullDescription": {"text": full},
        "helpUri": INFORMATION_URI,
        "help": {"text": full},
        "defaultConfiguration": {"level": LEVELS[finding.severity]},
    }


def result(path: str, f: Finding, rule_index: int, fingerprint: str) -> dict:
    text = f.message + (f"\nSuggestion: {f.suggestion}" if f.suggestion else "")
    return {
        "ruleId": f.rule,
        "ruleIndex": rule_index,
        "level": LEVELS[f.severity],
        "message": {"text": text},
        "locations": [{"physicalLocation": {
            "artifactLocation": artifact(path),
            "region": {"startLine": f.line, "startColumn": f.column, "endLine": f.end_line,
                       "endColumn": f.end_column},
        }}],
        "partialFingerprints": {FINGERPRINT: fingerprint},
    }


def artifact(path: str) -> dict:
    """A relative path stays relative to the checkout (%SRCROOT%); an absolute one is a file URI."""
    p = PurePath(path)
    if p.is_absolute():
        return {"uri": p.as_uri()}
    rel = p.as_posix()
    rel = rel[2:] if rel.startswith("./") else rel
    return {"uri": quote(rel), "uriBaseId": "%SRCROOT%"}

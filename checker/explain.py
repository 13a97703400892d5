"""The text of `claimcheck explain ID`, for the doors that show it outside a terminal (the
HTTP API's /v1/facts/{id} and the LSP's hover). Pure: a fact and its fact base in, Markdown out."""

from __future__ import annotations

from checker.knowledge import Fact, KnowledgeBase

# template fields of a fact's message, shown generically when the fact is explained
_PLACEHOLDERS = (("{x}", "X"), ("{y}", "Y"), ("{found}", "..."), ("{X}", "X"), ("{expected_year}", "..."),
                 ("{expected_maker}", "..."), ("{Xfamily}", "..."))


def explain_text(fact: Fact, kb: KnowledgeBase) -> str:
    """What the fact says, what it catches, why, examples and references (like `ruff rule`)."""
    catches = fact.message
    for field, shown in _PLACEHOLDERS:
        catches = catches.replace(field, shown)
    lines = [f"# {fact.id}: {fact.statement}", "", f"Severity: {fact.severity.value}", "",
             "## What it catches", catches, "", "## Why", fact.why or fact.statement, ""]
    if fact.flag_examples:
        lines += ["## Example (flagged)"] + [f"    {e}" for e in fact.flag_examples] + [""]
    if fact.pass_examples:
        lines += ["## Use instead (passes)"] + [f"    {e}" for e in fact.pass_examples] + [""]
    lines += ["## References"] + [f"- {kb.sources[s].cite()}" for s in fact.sources]
    return "\n".join(lines)


def fact_dict(fact: Fact, kb: KnowledgeBase) -> dict:
    """A fact as JSON-able data: statement, severity, message, why, suggestion, examples, sources."""
    return {"id": fact.id, "statement": fact.statement, "severity": fact.severity.value,
            "message": fact.message, "why": fact.why, "suggestion": fact.suggestion,
            "examples": {"flag": list(fact.flag_examples), "pass": list(fact.pass_examples)},
            "sources": [kb.sources[s].cite() for s in fact.sources]}

"""check_document: segments -> selected sentences -> parsed claims -> verdicts -> findings."""

from __future__ import annotations

import string
from dataclasses import replace
from pathlib import Path
from typing import Sequence

from checker.config import RunConfig
from checker.document import load_document, parse_document
from checker.errors import ClaimcheckError
from checker.knowledge import KnowledgeBase, load_knowledge_base
from checker.model import Claim, Document, FileReport, Finding, Severity
from checker.positions import LineIndex
from checker.verify import Verdict, explaining_fact, judge


class Checker:
    """Holds the fact base and the spaCy pipeline (loaded once) and checks documents."""

    def __init__(self, config: RunConfig | None = None) -> None:
        from checker.nlp.pipeline import build_nlp  # spaCy is imported only here, lazily
        from checker.nlp.sentences import trigger_regex

        self.config = config or RunConfig()
        extra = tuple(self.config.extra_rules)
        self.kb: KnowledgeBase = load_knowledge_base(Path(self.config.rules_dir) if self.config.rules_dir else None,
                                                     tuple(Path(p) for p in extra))
        self.nlp = build_nlp(self.config.model, self.config.rules_dir, extra)
        self.trigger = trigger_regex(self.kb)

    def check_text(self, source: str, path: str, fmt: str | None = None) -> FileReport:
        try:
            document = parse_document(source, path, fmt)
        except ClaimcheckError as exc:
            return FileReport(path=path, error=str(exc.problem if hasattr(exc, "problem") else exc))
        return check_document(document, self)

    def check_file(self, path: Path, display: str | None = None) -> FileReport:
        shown = display or str(path)
        try:
            document = load_document(path, shown)
        except ClaimcheckError as exc:
            return FileReport(path=shown, error=getattr(exc, "problem", str(exc)))
        return check_document(document, self)

    def check_files(self, files: Sequence[tuple[Path, str]]) -> list[FileReport]:
        """check_file for a few files at once (see extract_claims_batch), reports in order."""
        reports: list[FileReport | None] = []
        documents: list[tuple[int, Document]] = []
        for path, display in files:
            try:
                documents.append((len(reports), load_document(path, display)))
                reports.append(None)
            except ClaimcheckError as exc:
                reports.append(FileReport(path=display, error=getattr(exc, "problem", str(exc))))
        batch = extract_claims_batch([d for _, d in documents], self)
        for (i, document), claims in zip(documents, batch):
            reports[i] = report_for(document, claims, self)
        return reports


def extract_claims(document: Document, checker: Checker) -> list[Claim]:
    """Every claim in the document, with offsets into ``document.source``."""
    return extract_claims_batch([document], checker)[0]


def extract_claims_batch(documents: Sequence[Document], checker: Checker) -> list[list[Claim]]:
    """extract_claims for several documents: their selected sentences go through spaCy as one
    stream, so the model batches sentences across documents (no per-document pipe overhead)."""
    from checker.nlp.sentences import select, split_sentences

    nlp = checker.nlp
    claims_pipe = nlp.get_pipe("claimcheck_claims")
    jobs = []  # (document index, segment, sentence)
    for k, document in enumerate(documents):
        for seg in document.segments:
            for sentence, _hit in select(split_sentences(seg.text), checker.trigger):
                jobs.append((k, seg, sentence))
    claims: list[list[Claim]] = [[] for _ in documents]
    if not jobs:
        return claims
    docs = nlp.pipe((nlp.make_doc(s.text) for _, _, s in jobs), disable=["claimcheck_claims"])
    topic = None
    prev_seg = None
    prev_k = 0
    for (k, seg, sentence), doc in zip(jobs, docs):
        if k != prev_k:  # a new document: nothing carries over from the last one
            topic, prev_seg, prev_k = None, None, k
        out = claims[k]
        doc.user_data["cc_carried"] = topic
        doc.user_data["cc_segment_kind"] = seg.kind
        doc.user_data["cc_context"] = seg.context
        doc.user_data["cc_first_in_segment"] = seg is not prev_seg
        claims_pipe(doc)
        topic = doc.user_data.get("cc_topic") or (topic if seg is prev_seg else None)
        prev_seg = seg
        base = seg.start + sentence.start
        for c in doc._.cc_claims or ():
            out.append(replace(c, start=c.start + base, end=c.end + base))
    return claims


class _Template(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _render(template: str, values: dict[str, str]) -> str:
    try:
        return string.Formatter().vformat(template, (), _Template(values))
    except (ValueError, IndexError):
        return template


def _values(claim: Claim, verdict: Verdict, kb: KnowledgeBase) -> dict[str, str]:
    subj = kb.concepts.get(claim.subject)
    obj = kb.concepts.get(claim.object)
    family = ""
    if subj is not None:
        for parent in subj.is_a:
            if kb.concepts[parent].kind == "family":
                family = kb.concepts[parent].label
                break
        family = family or subj.label
    found = verdict.found
    phrase = {
        "introduced_in": f"not in {found}" if found else "",
        "made_by": f"not by {found}" if found else "",
        "consists_of": f"not {found}" if found else "",
    }.get(claim.relation, found)
    makers = []
    if subj is not None:
        from checker.knowledge.taxonomy import inherited
        makers = [kb.concepts[m].label for m in (inherited(kb, claim.subject, "made_by") or ())]
    return {
        "x": claim.subject_text or (subj.label if subj else claim.subject),
        "y": claim.object_text or (obj.label if obj else claim.object),
        "X": subj.label if subj else claim.subject,
        "Y": obj.label if obj else claim.object,
        "Xfamily": family,
        "found": phrase,
        "expected": verdict.expected,
        "expected_year": str(subj.year) if subj and subj.year else verdict.expected,
        "expected_maker": " and ".join(makers) if makers else verdict.expected,
    }


def _rewrite(claim: Claim, verdict: Verdict, values: dict[str, str]) -> str:
    """A concrete rewrite of the claim, where the wrong value can be swapped for the right one."""
    text, wrong = claim.sentence, claim.object_text
    if not text or not wrong or wrong not in text:
        return ""
    if claim.relation == "stands_for":
        right = verdict.expected
        if wrong[:1].isupper():
            right = " ".join(w[:1].upper() + w[1:] if w.islower() else w for w in right.split())
        if wrong.endswith("s") and not right.endswith("s"):
            right += "s"
        return text.replace(wrong, right, 1)
    if claim.relation == "introduced_in" and values.get("expected_year"):
        return text.replace(wrong, values["expected_year"], 1)
    if claim.relation == "made_by" and values.get("expected_maker"):
        return text.replace(wrong, values["expected_maker"], 1)
    return ""


def findings_for(claims: list[Claim], kb: KnowledgeBase, config: RunConfig, index: LineIndex) -> list[Finding]:
    findings: dict[tuple, Finding] = {}
    for claim in claims:
        verdict = judge(claim, kb)
        if verdict.wrong is None or (verdict.wrong is False and not config.show_verified):
            continue
        fact = explaining_fact(claim, kb)
        if fact is None or not config.wants(fact.id):
            continue
        values = _values(claim, verdict, kb)
        if verdict.wrong:
            severity = config.severity.get(fact.id, fact.severity)
            message = _render(fact.message, values)
            suggestion = _rewrite(claim, verdict, values) or _render(fact.suggestion, values)
        else:
            severity = Severity.INFO
            message = f"verified: {fact.statement}"
            suggestion = ""
        if severity.rank < config.min_severity.rank:
            continue
        line, col = index.locate(claim.start)
        end_line, end_col = index.locate(claim.end)
        finding = Finding(
            rule=fact.id, fact=fact.id, severity=severity, line=line, column=col, end_line=end_line,
            end_column=end_col, message=message, claim=claim.sentence or "", suggestion=suggestion,
            sources=tuple(kb.sources[s].cite() for s in fact.sources), start=claim.start, end=claim.end)
        key = (fact.id, claim.start, claim.end, severity)
        # one finding per fact and span; a wrong verdict beats a verified one
        findings.setdefault(key, finding)
    return _dedupe(sorted(findings.values(), key=Finding.sort_key))


def _dedupe(findings: list[Finding]) -> list[Finding]:
    """Drop a finding whose fact is already reported for an overlapping span of the same sentence."""
    kept: list[Finding] = []
    for f in findings:
        if any(k.fact == f.fact and k.severity == f.severity and k.claim == f.claim
               and k.start < f.end and f.start < k.end for k in kept):
            continue
        kept.append(f)
    return kept


def check_document(document: Document, checker: Checker) -> FileReport:
    return report_for(document, extract_claims(document, checker), checker)


def report_for(document: Document, claims: list[Claim], checker: Checker) -> FileReport:
    findings = findings_for(claims, checker.kb, checker.config, LineIndex(document.source))
    words = sum(len(seg.text.split()) for seg in document.segments)  # prose words, not markup
    return FileReport(path=document.path, findings=tuple(findings), words=words)

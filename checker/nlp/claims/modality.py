"""Whether a clause is asserted, questioned, reported, refuted or conditional."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from checker.model import Modality
from checker.nlp.claims.rel import Rel
from checker.nlp.claims.vocab import _REFUTE


class ModalityMixin:
    """Part of ClaimExtractor (see checker/nlp/claims/__init__.py)."""

    def is_question(self, doc: Doc) -> bool:
        text = doc.text.strip().rstrip("\"'”’*_ )")
        if re.match(r"^\W*(did|do) you (know|realize|realise)\b|^\W*(have you heard|fun fact)\b", text, re.I):
            return False  # a rhetorical question that asserts its complement
        if text.endswith("?"):
            return True
        first = next((t for t in doc if not t.is_punct and not t.is_space), None)
        if first is None:
            return False
        # "Are LLMs and generative AI the same" (a heading without '?')
        return first.lower_ in ("is", "are", "does", "do", "can", "could", "should", "will", "was", "were", "did") \
            and first.dep_ in ("ROOT", "aux", "auxpass") and doc.user_data.get("cc_segment_kind") == "heading"

    def modality(self, rel: Rel, doc: Doc) -> Modality:
        anchor = rel.anchor or rel.x
        return self.clause_modality(anchor, doc, rel)

    def clause_modality(self, anchor: Token, doc: Doc, rel: Rel | None = None) -> Modality:
        cues = self.cues
        text_low = doc.text.lower()
        # "It is a myth that X", "It's not true that X", "Myth: X": the writer denies X
        for m in _REFUTE.finditer(text_low):
            if m.end() <= anchor.idx:
                return Modality.REFUTED
        # a reported belief introduced by a phrase before the claim
        for phrase in cues.attribution_phrases:
            at = text_low.find(phrase)
            if at != -1 and at < anchor.idx:
                return Modality.REPORTED
        # "Myth #3: ...", "Misconception: ..." labels the whole sentence as a reported belief
        colon = next((t for t in doc[:6] if t.text in (":", "—", "–")), None)
        if colon is not None and colon.i < anchor.i and any(
                t.lemma_.lower() in cues.attribution_nouns | {"myth", "misconception", "wrong", "false", "incorrect", "fiction"}
                for t in doc[:colon.i]):
            return Modality.REPORTED
        node = anchor
        chain = [anchor] + list(anchor.ancestors)
        for t in chain:
            if t is anchor and t.dep_ not in ("ccomp", "advcl", "xcomp", "relcl", "acl"):
                pass
            for c in t.children:
                if c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") and (t is anchor or t in anchor.ancestors):
                    return Modality.CONDITIONAL
            if t.dep_ in ("ccomp", "xcomp", "advcl", "acl", "relcl", "pcomp", "conj", "dobj", "pobj", "csubj") and t.head is not t:
                gov = t.head
                gl = gov.lemma_.lower()
                if gl in cues.attribution_verbs and t.dep_ in ("ccomp", "xcomp", "dobj", "csubj"):
                    return Modality.REPORTED
                if gl in cues.attribution_nouns and t.dep_ in ("acl", "ccomp", "relcl", "appos"):
                    return Modality.REPORTED
                if gov.pos_ in ("AUX", "VERB") and t.dep_ == "ccomp":
                    for c in gov.children:
                        if c.dep_ in ("attr", "nsubj", "acomp") and c.lemma_.lower() in cues.attribution_nouns | {
                                "untrue", "false", "wrong", "incorrect", "nonsense", "mistaken", "misleading"}:
                            return Modality.REPORTED
            node = t
        # "Many people assume X, but ...": an attribution verb governing the clause of the claim
        root = anchor.sent.root if anchor.doc.has_annotation("DEP") else anchor
        del node, root
        return Modality.ASSERTED

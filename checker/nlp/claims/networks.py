"""The parts of a two-network family said to cooperate: "the generator and the discriminator
act as teammates", "in a GAN the two networks help each other", "they share a single
objective".

One reading, word classes from ``cues.yaml`` ``networks``: a cooperation word or phrase whose
clause has the family's parts (or the family) as its subject, in a sentence about the family
(it is named in the sentence, or the sentence names both parts, or the text before it was
about it). The cooperation is denied when a denying word ("rather than", "not", "unlike")
comes before it in its clause; a competition word asserted in the same clause wins ("they
compete rather than cooperate").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from checker.knowledge.schema import NetworkCues
from checker.knowledge.taxonomy import covered
from checker.nlp.claims.rel import Rel
from checker.nlp.claims.syntax import clause_verb
from checker.nlp.claims.vocab import REL_PRONOUNS
from checker.nlp.extensions import concept_id, doc_text

if TYPE_CHECKING:
    from checker.nlp.claims import ClaimExtractor

_FOUND = (("found", "cooperating networks"),)


def cooperating_parts(ex: ClaimExtractor, doc: Doc) -> list[Rel]:
    """``consists_of`` relations saying a family's networks cooperate (module docstring)."""
    nets = ex.cues.networks
    if not nets.owner or not nets.cooperation:
        return []
    cues = _cue_tokens(doc, nets.cooperation, nets.cooperation_phrases)
    if not cues:
        return []
    owner = _owner_mention(ex, doc, nets.owner)
    lemmas = {t.lemma_.lower() for t in doc}
    if owner is None and not {"generator", "discriminator"} <= lemmas and not (
            ex._carried and covered(ex.kb, ex._carried, (nets.owner,))):
        return []
    rels: list[Rel] = []
    for cue in cues:
        if cue.pos_ in ("NOUN", "PROPN") and (any(c.dep_ == "poss" and c.lower_ in ("his", "her", "my", "our") for c in cue.children)
                                             or any(ex.is_agent(concept_id(k)) for k in (cue.head, *cue.conjuncts))):
            continue  # people, not networks: "Goodfellow and his co-authors", "Hinton's partners"
        verb = clause_verb(cue)
        partners = [o for h in {verb.i: verb, cue.i: cue}.values() for p in h.subtree if p.dep_ == "prep" and p.lower_ == "with"
                    and p.head.i in (verb.i, cue.i, *(k.i for k in cue.children)) for o in p.children if o.dep_ == "pobj"]
        if partners and not any(o.lemma_.lower() in nets.parts or o.lower_ in ("other", "another", "one", "each") for o in partners):
            continue  # working with something else, not with each other: "they team up with language"
        subject = _parts_subject(ex, verb, nets)
        if subject is None or _denied_before(doc, verb, cue, nets.denying):
            continue
        if _competition_asserted(ex, verb, cue, nets):
            continue
        x = owner if owner is not None else subject
        xc = (concept_id(owner) or ex.concept(owner) or nets.owner) if owner is not None else nets.owner
        rels.append(Rel(relation="consists_of", x=x, x_concept=xc, y=cue, y_value="cooperate",
                        negated=ex.clause_negated(verb), anchor=verb,
                        detail=_FOUND))
        break
    return rels


def _cue_tokens(doc: Doc, words: frozenset[str], phrases: tuple[str, ...]) -> list[Token]:
    out = [t for t in doc if t.lower_ in words or t.lemma_.lower() in words]
    low = doc_text(doc).lower()
    for p in phrases:
        at = low.find(p)
        if at != -1:
            tok = doc.char_span(at, at + len(p), alignment_mode="expand")
            if tok is not None:
                out.append(tok[0])
    return sorted(out, key=lambda t: t.i)


def _owner_mention(ex: ClaimExtractor, doc: Doc, owner: str) -> Token | None:
    for t in doc:
        cid = ex.concept(t)
        if cid and covered(ex.kb, cid, (owner,)):
            return t
    return None


def _parts_subject(ex: ClaimExtractor, verb: Token, nets: NetworkCues) -> Token | None:
    """The clause's subject when it is the family or its parts ("the generator and the
    discriminator", "the two networks", "they"); a subjectless conjunct or participle takes
    its head's."""
    v = verb
    for _ in range(3):
        if v.dep_ == "ROOT" and v.pos_ not in ("VERB", "AUX"):
            # the parser took the verb for a noun: "the generator and discriminator cooperate", with
            # the subject as its compound: "the two networks team up (and help each other)"
            if v.lemma_.lower() in nets.parts:
                return v
            part = next((c for c in v.children if c.dep_ == "compound" and c.lemma_.lower() in nets.parts), None)
            if part is not None:
                return part
        subs = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subs:
            for s in subs:
                if s.lower_ in REL_PRONOUNS and v.dep_ == "relcl":
                    s = v.head  # "three neural networks that cooperate"
                words = {t.lemma_.lower() for t in s.subtree} | {t.lower_ for t in s.subtree}
                cid = ex.concept(s)
                if (cid and covered(ex.kb, cid, (nets.owner,))) or (s.lemma_.lower().split() or [""])[-1] in nets.parts \
                        or s.lower_ in nets.parts or {"generator", "discriminator"} <= words:
                    return s
            return None
        if v.dep_ not in ("conj", "advcl", "xcomp", "acl", "relcl") or v.head.i == v.i:
            return None
        v = v.head
    return None


def _denied_before(doc: Doc, verb: Token, cue: Token, denying: tuple[str, ...]) -> bool:
    """A denying word between the clause's start and the cue ("partners rather than rivals"
    denies nothing; "compete rather than cooperate" denies the cooperation)."""
    start = min([t.i for t in verb.subtree] + [cue.i])
    span = " " + " ".join(t.lower_ for t in doc[start:cue.i]) + " "
    return any(f" {d} " in span for d in denying) or any(
        c.dep_ == "neg" or c.lower_ in ("no", "without") for c in cue.children)


def _competition_asserted(ex: ClaimExtractor, verb: Token, cue: Token, nets: NetworkCues) -> bool:
    """A competition word in the cue's clause that is not itself denied ("they cooperate
    rather than compete", "they are not rivals" leave the cooperation standing)."""
    doc = verb.doc
    for _ in range(8):  # "two networks that compete and cooperate": the conjoined verbs are one clause
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            break
        verb = verb.head
    for t in verb.subtree:
        if t.i == cue.i or concept_id(t) or (t.lower_ not in nets.competition and t.lemma_.lower() not in nets.competition):
            continue
        if _denied_before(doc, verb, t, nets.denying) or ex.clause_negated(t.head if t.pos_ != "VERB" else t):
            continue
        return True
    return False

"""The claim extractor: reads the dependency parse of one sentence and produces typed Claims.

Claims are (subject concept, relation, object) with polarity, quantifier and modality. The
cue words for each relation and which side is the subject come from rules/relations.yaml;
negation, hedge, attribution and question cues from rules/cues.yaml. Sentences that are
questions, and clauses that are reported ("many assume ..."), refuted or conditional, yield
no asserted claims.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from checker.knowledge import KnowledgeBase
from checker.knowledge.taxonomy import covered
from checker.knowledge.names import Lookalikes
from checker.model import Claim, Modality, Polarity, Quantifier
from checker.nlp import extensions
from checker.nlp.extensions import concept_id, versioned, year_id, doc_text
from checker.nlp.claims.lexical import LexicalMixin
from checker.nlp.claims.modality import ModalityMixin, true_false_item
from checker.nlp.claims.needs import needed_without
from checker.nlp.claims.networks import cooperating_parts
from checker.nlp.claims.outputs import output_uses
from checker.nlp.claims.sequence import sequence_clauses
from checker.nlp.claims.predicates import PredicateMixin
from checker.nlp.claims.properties import PropertyMixin
from checker.nlp.claims.rel import Rel
from checker.nlp.claims.syntax import SyntaxMixin
from checker.nlp.claims.vocab import BUILT_NOUNS, POINTING_NOUNS
from checker.nlp.terms import knowledge_for


class ClaimExtractor(SyntaxMixin, PredicateMixin, LexicalMixin, PropertyMixin, ModalityMixin):
    """The claimcheck_claims component: a thin class whose parts live in sibling modules."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        r = kb.relations
        self.r = r
        self.cues = kb.cues
        self.made_verbs = r.made_verbs
        self.intro_verbs = r.intro_verbs
        self.acronyms = {c.id: c for c in kb.concepts.values() if c.acronym and c.expansion}
        self.lookalikes = Lookalikes.of(kb)
        # the words of makers' names ("the Google Transformer" describes, it does not spell out)
        self.org_words = frozenset(w.lower() for c in kb.concepts.values() if c.kind == "org"
                                  for n in c.names + c.exact_names for w in n.split())
        # the families whose networks the fact base describes (facts with a consists_of cover)
        self.network_families = tuple(sorted({cid for f in kb.facts for c in f.covers if c.relation == "consists_of"
                                              for cid in c.subject}))

    def __call__(self, doc: Doc) -> Doc:
        claims, topic = self.extract(doc)
        doc._.cc_claims = tuple(claims)
        doc.user_data["cc_topic"] = topic
        return doc

    def extract(self, doc: Doc) -> tuple[list[Claim], str | None]:
        # (or, in a paragraph that opens with "it", the topic of the paragraph before when its
        # last sentence had a tracked name as its subject)
        self._carried = doc.user_data.get("cc_carried") or (
            doc.user_data.get("cc_carried_across") if doc.user_data.get("cc_after_subject_across") else None)
        self._pair = doc.user_data.get("cc_pair")
        self._examples: set[int] = set()  # named examples that share an untracked subject's predicate
        doc.user_data["cc_concepts"] = {}  # (token, carried topic) -> concept, for this reading only
        topic = self._topic(doc)
        doc.user_data["cc_named_pair"] = self.named_pair(doc)
        question = self.is_question(doc)
        given = self.presupposed(doc) if question else None
        asked: list[Claim] = []
        if question:
            # a question asserts nothing, but an acronym spelled out in it is still a definition
            # (not one a yes/no question offers to be checked: 'Dumb question: is GAN short for
            # "general adversarial network", or ...?'); nor what it takes as given (below)
            asked = [self.to_claim(r, doc, Modality.ASSERTED) for r in self.expansions(doc)
                     if dict(r.detail).get("span") and not _guessed(r, doc) and not (dict(r.detail).get("offered") and _asks_yes_or_no(
                         doc_text(doc)[:int(dict(r.detail)["span"].split(":")[0])])) and
                     self.modality(r, doc) != Modality.REPORTED]  # (nor one read somewhere: "I read that LLM stands for X, is that right?")
            if given is None:
                return asked, topic
        rels: list[Rel] = []
        for tok in doc:
            if tok.pos_ in ("VERB", "AUX") or tok.dep_ == "ROOT" or (
                    tok.dep_ in ("ccomp", "relcl", "advcl", "conj", "xcomp") and
                    any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)):  # mis-tagged verbs
                rels.extend(self.predicate(tok))
            if self.concept(tok) and tok.dep_ not in ("poss",):
                rels.extend(self.noun_modifiers(tok))
        rels = [r for r in rels if not (r.x.i in self._examples and r.relation in ("introduced_in", "made_by"))]
        rels.extend(self.possessives(doc))
        rels.extend(self.based_compounds(doc))
        rels.extend(self.family_parts(doc))
        rels.extend(output_uses(self, doc))
        rels.extend(cooperating_parts(self, doc))
        rels.extend(sequence_clauses(self, doc))
        rels.extend(needed_without(self, doc))
        rels.extend(self.attached_makers(doc))
        rels.extend(self.maker_label(doc))
        rels.extend(self.lexical_triples(doc, rels))
        rels.extend(self.competition_fallback(doc, rels))
        rels.extend(self.lexical_made(doc, rels))
        rels.extend(self.lexical_parameters(doc, rels))
        rels.extend(self.lexical_same(doc))
        rels.extend(self.resumed_same(doc))
        rels.extend(self.expansions(doc))
        rels.extend(self.lookalike_expansions(doc, rels))
        rels.extend(self.default_year(doc, rels))
        rels.extend(self.demonstrative_class(doc))
        rels.extend(self.equals_sign(doc))
        claims = []
        seen = set()
        # the words of a spelled-out name ("the 'GPT' stands for 'Generative Pretrained Transformer'")
        # and the mentions inside a bracketed clause of its own ("ChatGPT (the GPT stands for ...) was
        # developed by OpenAI") are no parties to the sentence's other claims
        # (the name that opens the span, and the acronym itself, are still the claim's own: "ChatGPT (Generative ...)")
        spelled = [(*(int(k) for k in dict(r.detail)["span"].split(":")), r.x_concept) for r in rels
                   if r.relation == "stands_for" and dict(r.detail).get("span")]
        asides = _clause_brackets(doc)
        rels = [r for r in rels if r.relation == "stands_for" or not (
            any(a < t.idx < b and concept_id(t) != own for t in (r.x, r.y) if t is not None for a, b, own in spelled) or
            (r.anchor is not None and any(o < r.x.i < c and not o < r.anchor.i < c for o, c in asides)))]
        # one mention, one maker: the one its own clause names ("Claude, made by Anthropic, and Gemini,
        # made by Google, ..." gives Gemini Google, not Anthropic by distribution)
        own = {r.x.i: r.y_value for r in rels if r.relation == "made_by" and r.anchor is not None and not r.negated and
               r.anchor.head == r.x and r.anchor.dep_ in ("acl", "relcl")}
        rels = [r for r in rels if not (r.relation == "made_by" and not r.negated and r.x.i in own and
                                        r.y_value != own[r.x.i])]
        rels = _respectively(rels)
        # (a pronoun does not stand for what its own sentence denies: "I think that's GANs you're
        # describing, not diffusion" is not said of diffusion)
        # (nor for a member of it: not Stable Diffusion when "not diffusion")
        # (the claim's own value is no alternative: "they're not generative AI" denies it of them)
        denied = [t for t in doc if concept_id(t) in self.kb.concepts and t.i > 0 and doc[t.i - 1].lower_ in ("not", "n't")]
        if denied:
            rels = [r for r in rels if not (
                r.x.pos_ == "PRON" and concept_id(r.x) is None and r.x_concept in self.kb.concepts and
                (others := tuple(concept_id(t) for t in denied if r.y is None or t.i != r.y.i)) and
                covered(self.kb, r.x_concept, others))]
        if given is not None:  # a question: only what it takes as given ("Given that X, how ...?")
            # (or the name right before an aside that speaks of it: "Is ChatGPT, which launched in 2021, ...?")
            rels = [r for r in rels if given[0] <= (r.anchor or r.x).i < given[1] and (
                given[0] <= r.x.i < given[1] or (r.x.i == given[0] - 2 and doc[given[0] - 1].text == ","))]
        for rel in rels:
            if rel.y is not None and self.full_stop_between(doc, rel.x.i, rel.y.i):
                continue  # a full stop the splitter missed parts them: "... of generative AI. image models, ..."
            if _guessed(rel, doc):
                continue  # a value offered with a question mark is a guess: "BERT stands for Bidirectional ...?? not sure"
            if rel.relation == "introduced_in" and (versioned(
                    rel.x.head.head if rel.x.lower_ in ("which", "that") and rel.x.head.dep_ == "relcl" else rel.x) or (
                    concept_id(rel.x) is None and doc.user_data.get("cc_carried_versioned")) or (
                    # a pronoun for a version named before it in the sentence: "GPT 3.5 powered ChatGPT when it launched"
                    rel.x.pos_ == "PRON" and any(versioned(t) for t in doc[:rel.x.i] if concept_id(t) == rel.x_concept) and
                    not any(not versioned(t) for t in doc[:rel.x.i] if concept_id(t) == rel.x_concept))):
                continue  # "Midjourney v6 (2023)", "SD XL, which Stability released in 2023", "SDXL is ... .
                # Released in July 2023": a version's year
            if rel.relation == "introduced_in" and self.kb.concepts[rel.x_concept].kind in ("family", "architecture") and any(
                    c.dep_ in ("compound", "amod", "nmod") and c.i < rel.x.i and not concept_id(c) and
                    (c.pos_ in ("NOUN", "PROPN") or "-" in c.text) for c in rel.x.children):
                continue  # "the text-to-image transformer (2021)", "vision transformers arrived in 2020": a kind's year
            if rel.relation == "is_a" and rel.y is not None and rel.y_value in self.kb.concepts and \
                    self.kb.concepts[rel.y_value].kind in ("model", "product") and \
                    rel.x_concept in self.kb.ancestors(rel.y_value) and rel.x_concept != rel.y_value:
                continue  # "GPT is OpenAI's family: GPT-1, GPT-2, ...": a family is not one of its members
            if rel.relation == "introduced_in" and rel.y is not None and (
                    re.fullmatch(r"\d{4}\s*[/–-]\s*\d{2,4}", rel.y.text) or (
                        rel.y.i + 2 < len(doc) and doc[rel.y.i + 1].text in ("/", "–", "-", "or", "to") and year_id(doc[rel.y.i + 2])) or (
                        rel.y.i > 1 and doc[rel.y.i - 1].text in ("/", "–", "-", "or") and year_id(doc[rel.y.i - 2]))):
                continue  # a span of years dates nothing exactly: "a 2022/2023 model", "2022 or 2023"
            if rel.relation == "introduced_in" and rel.y is not None and rel.y.i > 0 and \
                    any(doc[k].lower_ in ("not", "never") for k in range(max(0, rel.y.i - 3), rel.y.i)):
                continue  # "launched in March 2023, not 2022 as we wrote": the year denied
            if rel.relation == "introduced_in" and rel.y is not None and rel.y.i > 0 and any(
                    self.is_thing(concept_id(doc[k])) and concept_id(doc[k]) != rel.x_concept and
                    (k == rel.y.i - 1 or (k == rel.y.i - 2 and doc[k + 1].lower_ in ("in", "from")) and rel.y.i < rel.x.i)
                    for k in range(max(0, rel.y.i - 2), rel.y.i)):
                continue  # "(VAEs 2013, GANs 2014)", "GANs in 2014, years before GPT-1 arrived": the name's year
            if rel.relation == "is_a" and rel.y is not None and self.kb.concepts[rel.y_value].kind in ("model", "product") \
                    and (any(t.lemma_.lower() in self.cues.renaming_verbs
                             for t in doc[:max(rel.y.i, rel.x.i if rel.x.i - rel.y.i <= 4 else 0)]) or (
                        rel.anchor is not None and (rel.anchor.lemma_ == "be" or rel.anchor.lemma_.lower() in self.r.naming_verbs) and
                        any(c.lower_ == "now" for c in rel.anchor.children))):
                continue  # "Google renamed Bard as Gemini", "Bard is now Gemini", "it's now called Gemini":
                # a new name, not a class
            if rel.relation == "is_a" and rel.y is not None and rel.x.pos_ == "PRON" and rel.y_value in self.acronyms and \
                    " ".join(rel.y.text.lower().split()) == self.acronyms[rel.y_value].expansion.lower() and \
                    not any(c.dep_ in ("det", "poss", "amod", "nummod") for c in rel.y.children):
                continue  # a bare expansion after "it" spells out the term: "And it's generative adversarial network, for the record"
            if rel.relation == "is_a" and rel.y is not None and self.kb.concepts[rel.y_value].kind == "product" and \
                    self.kb.concepts[rel.x_concept].kind in ("model", "product") and \
                    rel.y_value not in self.kb.ancestors(rel.x_concept):
                continue  # one named product is no kind of another: "tools — for example ChatGPT, Google Gemini, ..." is a list
            if rel.relation == "made_by" and rel.anchor is not None and rel.anchor.dep_ in ("xcomp", "ccomp", "pcomp") and (
                    rel.anchor.head.lemma_.lower() in self.r.helping_verbs or (rel.anchor.head.pos_ == "ADP" and
                                                                             rel.anchor.head.head.lemma_.lower() in self.r.helping_verbs)):
                continue  # "Microsoft helped launch Llama 2", "Nvidia assisted in training it": a helper, not the maker
            if rel.relation == "made_by" and rel.anchor is not None and rel.anchor.pos_ == "VERB" and any(
                    c.dep_ == "prep" and c.lower_ in ("into", "inside") for c in rel.anchor.children):
                continue  # put into another product, not made: "Microsoft introduced ChatGPT into Bing"
            if rel.relation == "introduced_in" and self.kb.concepts[rel.x_concept].kind in ("field", "family") and any(
                    c.dep_ == "prep" and c.lower_ in ("for", "in") and c.i == rel.x.i + 1 for c in rel.x.children):
                continue  # one use of the field dates nothing: "In 2026, generative AI for clinical documentation has emerged"
            if rel.relation == "introduced_in" and rel.y is not None and re.match(
                    r"\s*\)\s*\(\s*(?:https?://|www\.|[\w-]+\.(?:com|org|net|ai|io)\b|\))", doc_text(doc)[rel.y.idx + len(rel.y.text):]):
                continue  # a linked title's date: "the dataset behind Stable Diffusion (2023) (www.deeplearning.ai)"
                # (the address may be blanked already, as the loader blanks URLs)
            if rel.relation in ("made_by", "introduced_in") and rel.anchor is not None and \
                    rel.anchor.lemma_.lower() in self.r.instance_verbs and \
                    self.kb.concepts[rel.x_concept].kind in ("family", "architecture"):
                continue  # "In 2016, OpenAI trained GANs on faces": an instance trained, not the family invented
            if rel.relation == "made_by" and any(concept_id(c) == rel.y_value for c in rel.x.conjuncts):
                continue  # "Anthropic introduced Claude and Meta made ...": two items of one list, not maker and product
            if rel.relation == "is_a" and rel.y is not None and concept_id(rel.y) is None and \
                    rel.y.lemma_.lower() in BUILT_NOUNS and self.kb.concepts[rel.y_value].kind in ("family", "architecture"):
                rel = replace(rel, relation="uses")  # an app of a family runs on it: "ChatGPT and other LLM products"
            if rel.relation == "made_by" and self.kb.concepts[rel.x_concept].kind == "field":
                continue  # a field is nobody's product: "the generative AI application from OpenAI" is one of its instances
            if rel.relation == "is_a" and rel.anchor is not None and rel.anchor.lemma_ == "be" and \
                    self.kb.concepts[rel.x_concept].kind == "product" and rel.y_value in self.kb.concepts and \
                    (self.kb.concepts[rel.y_value].kind == "model" or (
                        self.kb.concepts[rel.y_value].kind == "family" and rel.y_value in self.kb.ancestors(rel.x_concept) |
                        {a for b in self.kb.concepts[rel.x_concept].built_on for a in (b, *self.kb.ancestors(b))})) and any(
                    t.lower_ in self.r.uses_places and (self.kb.concepts[rel.y_value].kind == "model" or
                                                        t.lower_ not in self.r.essence_places)
                    for c in (*rel.anchor.children, *(rel.y.children if rel.y is not None else ()))
                    if c.dep_ in ("prep", "advmod") or c.dep_ in ("acl", "relcl") and c.head == rel.y
                    for t in c.subtree):
                # "under the hood it is a fine-tuned GPT-3.5", or the family it is built on ("it's a
                # language model under the hood", "it's a language model doing the work underneath"):
                # what it runs on (but "at its core" or "at heart" a family still calls it one: "At
                # its core, ChatGPT is a large language model")
                rel = replace(rel, relation="uses")
            if rel.relation == "is_a" and self.kb.concepts[rel.x_concept].kind == "field" and any(
                    c.dep_ in ("compound", "amod", "nmod") and c.i < rel.x.i and not concept_id(c) and
                    (c.pos_ in ("NOUN", "PROPN", "ADJ") or "-" in c.text) and c.lower_ not in self.cues.field_adjectives and
                    not any(t.is_punct for t in doc[c.i + 1:rel.x.i])  # (not across a dash the parser reached over)
                    for c in rel.x.children):
                # one kind of the field, not the field: "Text-to-Video AI is a form of generative AI" (but
                # "traditional AI", the rest of the field, is no part of generative AI)
                continue
            if rel.relation == "is_a" and self.said_of_part(rel.x):
                # what a part of it is, it runs on: "the underlying engine of a chatbot is called an
                # LLM", "ChatGPT's brain is a GAN"; and what is behind it or in it: "the thing under
                # ChatGPT's bonnet is a GAN"
                rel = replace(rel, relation="uses", quantifier=self.quantifier(rel.x))
            if rel.relation == "is_a" and rel.quantifier is Quantifier.GENERIC and self.restricted(rel.x):
                # "AI systems capable of producing content", "GenAI tools that deal with text":
                # a restricted noun names some of its class, not all of it
                rel = replace(rel, quantifier=Quantifier.SOME)
            modality = self.modality(rel, doc)
            if modality is Modality.CONDITIONAL and rel.relation == "stands_for" and dict(rel.detail).get("span") and \
                    not any(t.lower_ == "whether" for t in doc):
                # "If a spec lists VAEs (vector encoders), ...": the aside still defines (but "whether
                # LLM meant 'large learning machine'" asks)
                modality = Modality.ASSERTED
            if modality is Modality.REFUTED and rel.relation == "parameters":
                continue  # a count called false says no count to check ("It's a myth that GPT-3 has 175 million")
            if modality is Modality.REFUTED:
                rel, modality = replace(rel, negated=not rel.negated), Modality.ASSERTED
            if modality is not Modality.ASSERTED and modality is not Modality.HEDGED:
                continue
            claim = self.to_claim(rel, doc, modality)
            key = (claim.relation, claim.subject, claim.object, claim.polarity, claim.quantifier)
            if key in seen or (claim.relation in ("is_a", "same_as", "precedes") and claim.subject == claim.object):
                continue
            seen.add(key)
            claims.append(claim)
        if given is None:
            claims.extend(self.properties(doc))
        else:
            lo, hi = doc[given[0]].idx, doc[given[1] - 1].idx + len(doc[given[1] - 1])
            claims.extend(c for c in self.properties(doc) if lo <= c.start and c.end <= hi)
            claims.extend(c for c in asked if (c.relation, c.subject, c.object) not in
                          {(k.relation, k.subject, k.object) for k in claims})
        return claims, topic

    def date_part(self, year: Token) -> tuple[tuple[str, str], ...]:
        """The months a word before the year narrows it to (cues.yaml ``date_parts``): "in June
        2022", "in the spring of 2022", "late 2022", "November 30, 2022" -> (("months", "6-6"),
        ("date", "June 2022"))."""
        parts = self.cues.date_parts
        doc = year.doc
        found: list[tuple[int, int, int]] = []  # (token, first month, last month); a range joins them:
        for t in reversed(doc[max(0, year.i - 7):year.i]):  # "November–December 2022", "late 2022 or early 2023"
            word = t.lower_
            if word in parts and (word != "may" or t.text == "May"):
                found.append((t.i, *parts[word]))
            elif not (word in ("the", "of", "-", ",", "in", "–", "—", "to", "or", "and", "through") or
                      (t.like_num and t.text.isdigit() and int(t.text) <= 31)):
                break
        if not found:
            return ()
        lo, hi = min(f[1] for f in found), max(f[2] for f in found)
        return (("months", f"{lo}-{hi}"), ("date", doc[min(f[0] for f in found):year.i + 1].text))

    def to_claim(self, rel: Rel, doc: Doc, modality: Modality) -> Claim:
        toks = [t for t in (rel.x, rel.y, rel.anchor) if t is not None]
        start = min(t.idx for t in toks)
        end = max(t.idx + len(t) for t in toks)
        span = dict(rel.detail).get("span")
        if span:
            a, b = span.split(":")
            start, end = int(a), int(b)
        obj_text = rel.y_value if rel.y is None else rel.y.text
        if rel.relation in ("is_a", "same_as", "uses", "precedes") and rel.y is not None:
            obj_text = rel.y.text
            if concept_id(rel.y) is None:  # a noun that stands for its modifier: "a GAN core"
                first = min([c.i for c in rel.y.children if c.dep_ in ("compound", "amod", "nmod") and c.i < rel.y.i
                             and concept_id(c)] or [rel.y.i])
                obj_text = doc[first:rel.y.i + 1].text
                if rel.y.lemma_.lower() in POINTING_NOUNS and first < rel.y.i:
                    obj_text = doc[first:rel.y.i].text  # the kind a pointing noun counts from: "GAN", not "GAN jobs"
                if first == rel.y.i and rel.y_value in self.kb.concepts:
                    # a classifier over its value names the value: "a type of GAN", not "type"
                    named = next((t for t in rel.y.subtree if concept_id(t) == rel.y_value), None)
                    obj_text = named.text if named is not None else self.kb.concepts[rel.y_value].label
            if rel.y.pos_ == "PRON" and rel.y_value in self.kb.concepts:
                obj_text = self.kb.concepts[rel.y_value].label  # "what" in "GANs are what ChatGPT is built on"
        detail = tuple(kv for kv in rel.detail if kv[0] not in ("span", "naming"))
        if rel.relation == "consists_of":
            obj_text = dict(detail).get("found", obj_text)  # what the networks were said to do: "competing networks"
        if rel.relation == "introduced_in" and rel.y is not None:
            detail += self.date_part(rel.y)
        negated, quantifier = rel.negated, rel.quantifier
        if quantifier is Quantifier.NONE and rel.relation not in ("is_a",):
            # "No GAN uses a single network" = it is not the case that GANs use a single network
            negated, quantifier = not negated, Quantifier.GENERIC
        rel = replace(rel, negated=negated, quantifier=quantifier)
        return Claim(
            relation=rel.relation, subject=rel.x_concept, object=rel.y_value, start=start, end=end,
            polarity=Polarity.NEGATIVE if rel.negated else Polarity.POSITIVE, quantifier=rel.quantifier,
            modality=modality,
            # "this language model" standing for the previous sentence's product: name the product
            subject_text=self.kb.concepts[rel.x_concept].label
            if concept_id(rel.x) not in (None, rel.x_concept) or rel.x.pos_ == "PRON" or rel.x.lower_ in ("one", "ones") else rel.x.text, object_text=obj_text if rel.relation != "stands_for" else rel.y_value,
            sentence=doc_text(doc), detail=detail)


@Language.factory("claimcheck_claims", default_config={"rules_dir": "", "extra_facts": []},
                  assigns=["doc._.cc_claims"], requires=["token.dep", "token.lemma", "token.pos"])
def make_claims(nlp: Language, name: str, rules_dir: str, extra_facts: list[str]) -> ClaimExtractor:
    extensions.install()
    return ClaimExtractor(knowledge_for(rules_dir, tuple(extra_facts)))



__all__ = ["ClaimExtractor", "Rel", "make_claims"]


_ITEM_NUMBER = re.compile(r"(?i)^(?:q?\d+(?:\.\d+)*[.)]?|q[.]?|\(?[a-h]\)|[ivx]+[.)])$")


def _asks_yes_or_no(before: str) -> bool:
    """Does the clause leading up to a value open as a yes/no question ("is GAN short for ...",
    after any label and colon)?"""
    words = re.split(r"[:—]", before)[-1].split()
    while words and _ITEM_NUMBER.match(words[0]):
        words.pop(0)  # an item's number: "6.2 Is it true that ...", "Q3. Is GAN short for ...", "(b) Does ..."
    return bool(words) and words[0].lower().strip("\"'“(") in ("is", "are", "does", "do", "did", "was", "were", "isn't",
                                                            "aren't", "doesn't", "don't", "didn't", "can", "could")


def _respectively(rels: list[Rel]) -> list[Rel]:
    """A list of names given a list of makers as long pairs them in order, not each with all:
    "Gemini, Claude and Copilot are products from Google, Anthropic and Microsoft" (one cue, every
    name with every maker) keeps Gemini-Google, Claude-Anthropic, Copilot-Microsoft."""
    groups: dict[int | None, list[Rel]] = {}  # by the cue they share
    for r in rels:
        if r.relation == "made_by" and r.y is not None and not r.negated:
            groups.setdefault(r.anchor.i if r.anchor is not None else None, []).append(r)
    drop: set[int] = set()
    for group in groups.values():
        xs = sorted({r.x.i for r in group})
        ys = sorted({r.y.i for r in group})
        if len(xs) < 2 or len(xs) != len(ys) or len(group) != len(xs) * len(ys):
            continue
        drop |= {id(r) for r in group if xs.index(r.x.i) != ys.index(r.y.i)}
    return [r for r in rels if id(r) not in drop]


def _clause_brackets(doc: Doc) -> list[tuple[int, int]]:
    """The (open, close) token indices of brackets that hold a clause (a verb of their own)."""
    out, opened = [], None
    for t in doc:
        if t.text == "(":
            opened = t.i
        elif t.text == ")" and opened is not None:
            if any(k.pos_ in ("VERB", "AUX") for k in doc[opened + 1:t.i]):
                out.append((opened, t.i))
            opened = None
    return out


def _guessed(rel: Rel, doc: Doc) -> bool:
    """Is the value of a relation followed right away by a question mark (inside a sentence the
    splitter did not end there)?"""
    if true_false_item(doc)[1] is not None:
        return False  # a true-or-false item's statement, answered: "True or false — X is a GAN? — True."
    span = dict(rel.detail).get("span")
    if span and ":" in span:
        end = int(span.split(":")[1])
        return end <= len(doc_text(doc)) and (doc_text(doc)[end - 1:end] == "?" or doc_text(doc)[end:].lstrip(" \"'”’*_")[:1] == "?")
    if rel.y is not None:
        after = rel.y.right_edge.i + 1
        return after < len(doc) and doc[after].text.startswith("?") and after < len(doc) - 1
    return False

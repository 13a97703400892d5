"""The claim extractor: reads the dependency parse of one sentence and produces typed Claims.

Claims are (subject concept, relation, object) with polarity, quantifier and modality. The
cue words for each relation and which side is the subject come from rules/relations.yaml;
negation, hedge, attribution and question cues from rules/cues.yaml. Sentences that are
questions, and clauses that are reported ("many assume ..."), refuted or conditional, yield
no asserted claims.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc, Token

from checker.knowledge import KnowledgeBase
from checker.knowledge.names import expansion_plausible, norm_words
from checker.knowledge.schema import Slot
from checker.knowledge.taxonomy import covered
from checker.model import Claim, Modality, Polarity, Quantifier
from checker.nlp import extensions
from checker.nlp.terms import _kb, year_of

COPULAS = {"be", "become", "remain", "represent", "constitute", "stay"}
# nouns that stand for the concept that modifies them: "GPT models", "the LLM category"
CLASSIFIERS = {"model", "system", "tool", "technology", "architecture", "network", "app", "application",
               "platform", "product", "family", "framework", "approach", "technique", "method",
               "algorithm", "solution", "engine", "program", "software", "service", "category", "class",
               "variant", "type", "kind", "space", "field", "world", "domain", "net", "series", "version",
               "implementation", "tech", "chatbot", "assistant", "bot", "generator", "variety", "flavor",
               "flavour", "sort", "form", "species", "group", "umbrella", "realm", "area", "camp", "label",
               "term", "paradigm", "design"}
# nouns that contain their "of" object: "the family of LLMs" is about LLMs
CONTAINERS = {"family", "category", "class", "group", "world", "field", "realm", "domain", "space",
              "umbrella", "type", "kind", "form", "set", "collection", "suite", "range", "area", "flavor",
              "flavour", "variety", "sort", "breed", "genre", "universe", "landscape", "ecosystem"}
ALL_WORDS = {"all", "every", "each", "any", "both"}
SOME_WORDS = {"some", "many", "most", "several", "few", "certain", "numerous", "various", "one", "a few",
              "much", "lots", "plenty", "other"}
NONE_WORDS = {"no", "none", "neither"}
SOME_ADVERBS = {"sometimes", "occasionally", "often", "usually", "typically", "generally", "mostly",
                "frequently", "commonly", "partly", "largely", "mainly", "nearly", "almost", "rarely",
                "seldom", "primarily", "possibly", "perhaps", "potentially"}
_REFUTE = re.compile(
    r"\b(?:it\s+is|it's|it’s)\s+(?:simply\s+|just\s+|a\s+)?(?:not\s+true|untrue|false|wrong|incorrect|(?:common\s+|popular\s+|persistent\s+|widespread\s+)?(?:myth|misconception|fallacy|mistake))\s+(?:to\s+(?:say|think|claim|believe)\s+)?that\b"
    r"|^\W*(?:myth|misconception|fallacy|false|wrong)\s*(?:#?\d+\s*)?[:—–-]", re.I)
GAP_STOPS = {":", ";", "—", "–", "but", "whereas", "while", "which", "although", "though", "yet", "however"}
TEMPORAL = {"today", "tomorrow", "yesterday", "year", "decade", "century", "week", "month"}
EVENT_NOUNS = {"launch", "release", "debut", "introduction", "unveiling", "announcement", "arrival",
               "invention", "creation", "publication", "rollout", "premiere", "birth"}
PRONOUNS = {"it", "they", "them", "these", "those", "this", "that", "itself", "themselves"}
REL_PRONOUNS = {"which", "that", "who", "whom", "whose"}
SAME_VERBS = {"mean", "equal", "equate"}
INSTRUMENT_VERBS = {"write", "generate", "produce", "create", "make", "compose", "draw", "render",
                    "answer", "reply", "respond", "work", "run", "operate", "function", "process", "power",
                    "build", "train", "design", "craft", "draft", "paint", "synthesize", "synthesise", "chat"}
INSTRUMENT_PREPS = {"with", "using", "via", "through"}
FRAME_VERBS = {"think", "see", "view", "regard", "consider", "imagine", "picture", "treat"}
NUMBER_WORDS = {"one": 1, "single": 1, "lone": 1, "solitary": 1, "two": 2, "pair": 2, "dual": 2, "twin": 2,
                "both": 2, "three": 3, "trio": 3, "triple": 3, "four": 4, "five": 5, "multiple": 0,
                "several": 0, "many": 0, "1": 1, "2": 2, "3": 3, "4": 4, "5": 5}
NETWORK_NOUNS = {"network", "net", "model", "component", "part", "module", "neural", "player", "agent",
                 "system", "adversary"}
COOPERATE = {"cooperate", "collaborate", "cooperation", "collaboration", "cooperative", "collaborative",
             "together", "team", "jointly", "ally", "assist", "help", "shared", "common", "harmony"}
COMPETE = {"compete", "competition", "competing", "competitive", "rival", "adversarial", "adversary",
           "against", "pit", "duel", "discriminator", "contest", "battle", "fight", "game", "opponent",
           "oppose", "opposing", "versus", "vs", "vs.", "minimax", "zero-sum"}
PARAMS = re.compile(r"(\d+(?:\.\d+)?)\s*(thousand|million|billion|trillion|k|m|b|bn|t)?\b", re.I)
SCALE = {"thousand": 10**3, "k": 10**3, "million": 10**6, "m": 10**6, "billion": 10**9, "b": 10**9,
         "bn": 10**9, "trillion": 10**12, "t": 10**12, None: 1}


@dataclass(frozen=True)
class Rel:
    """A relation read off the parse, before it becomes a Claim."""

    relation: str
    x: Token
    x_concept: str
    y: Token | None
    y_value: str
    negated: bool = False
    quantifier: Quantifier = Quantifier.GENERIC
    anchor: Token | None = None  # the predicate the claim hangs on (for modality)
    detail: tuple[tuple[str, str], ...] = ()


class ClaimExtractor:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        r = kb.relations
        self.r = r
        self.cues = kb.cues
        self.made_verbs = r.made_verbs
        self.intro_verbs = r.intro_verbs
        self.acronyms = {c.id: c for c in kb.concepts.values() if c.acronym and c.expansion}

    # ------------------------------------------------------------------ entry point
    def __call__(self, doc: Doc) -> Doc:
        claims, topic = self.extract(doc)
        doc._.cc_claims = tuple(claims)
        doc.user_data["cc_topic"] = topic
        return doc

    def extract(self, doc: Doc) -> tuple[list[Claim], str | None]:
        self._carried = doc.user_data.get("cc_carried")
        topic = self._topic(doc)
        if self.is_question(doc):
            # a question asserts nothing, but an acronym spelled out in it is still a definition
            return [self.to_claim(r, doc, Modality.ASSERTED) for r in self.expansions(doc)
                    if dict(r.detail).get("span")], topic
        rels: list[Rel] = []
        for tok in doc:
            if tok.pos_ in ("VERB", "AUX") or tok.dep_ == "ROOT":
                rels.extend(self.predicate(tok))
            if self.concept(tok) and tok.dep_ not in ("poss",):
                rels.extend(self.noun_modifiers(tok))
        rels.extend(self.possessives(doc))
        rels.extend(self.lexical_triples(doc, rels))
        rels.extend(self.lexical_made(doc, rels))
        rels.extend(self.lexical_parameters(doc, rels))
        rels.extend(self.lexical_same(doc))
        rels.extend(self.expansions(doc))
        rels.extend(self.default_year(doc, rels))
        claims = []
        seen = set()
        for rel in rels:
            modality = self.modality(rel, doc)
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
        claims.extend(self.properties(doc))
        return claims, topic

    # ------------------------------------------------------------------ concepts
    def concept(self, tok: Token | None) -> str | None:
        """The concept a token denotes: a mention, a classifier noun over one, a container's
        object, a relative pronoun's antecedent, or a carried pronoun."""
        if tok is None:
            return None
        c = tok._.cc_concept
        if c:
            return c
        lemma = tok.lemma_.lower()
        if tok.pos_ in ("NOUN", "PROPN"):
            if lemma in CLASSIFIERS:
                for child in tok.children:
                    # "GPT models", "the LLM category"; but "an AI tool" is a tool, not the field of AI
                    if child.dep_ in ("compound", "amod", "nmod", "npadvmod") and child._.cc_concept \
                            and self.kb.concepts[child._.cc_concept].kind not in ("org", "person") \
                            and not self.kb.concepts[child._.cc_concept].umbrella:
                        return child._.cc_concept
            if lemma in CONTAINERS:
                for child in tok.children:
                    if child.dep_ == "prep" and child.lower_ == "of":
                        for pobj in child.children:
                            if pobj.dep_ == "pobj" and pobj._.cc_concept:
                                return pobj._.cc_concept
            if lemma in CLASSIFIERS and any(c.lower_ in ("these", "such", "this", "those") for c in tok.children):
                return self._carried or self._carried_for(tok)  # "these models": the previous sentence's topic
        if tok.lower_ in REL_PRONOUNS and tok.head.dep_ == "relcl":
            return self.concept(tok.head.head)
        if tok.lower_ in PRONOUNS and tok.pos_ == "PRON" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
            return self._carried_for(tok)
        return None

    def _carried_for(self, tok: Token) -> str | None:
        """A pronoun's referent: the last subject concept before it in the sentence, else the
        previous sentence's topic."""
        best = None
        for t in tok.doc[:tok.i]:
            c = t._.cc_concept
            if c and self.kb.concepts[c].kind not in ("org", "person") and t.dep_ in ("nsubj", "nsubjpass"):
                best = c
        if best is None and tok.i > 0:
            for t in tok.doc[:tok.i]:
                c = t._.cc_concept
                if c and self.kb.concepts[c].kind not in ("org", "person") and t.dep_ not in ("poss", "compound"):
                    best = c
                    break
        return best or self._carried

    @staticmethod
    def compared(tok: Token) -> bool:
        """"Unlike GANs, ...", "Like GANs, ...", "compared with GANs": a foil, not a subject."""
        doc = tok.doc
        j = tok.i - 1
        while j >= 0 and doc[j].pos_ in ("DET", "ADJ"):
            j -= 1
        if j < 0:
            return False
        w = doc[j].lower_
        return w in ("unlike", "like", "versus", "vs", "vs.", "than") or \
            (w in ("to", "with") and j > 0 and doc[j - 1].lower_ in ("compared", "comparison", "contrast", "relative"))

    def is_thing(self, cid: str | None) -> bool:
        return bool(cid) and self.kb.concepts[cid].kind not in ("org", "person")

    def is_agent(self, cid: str | None) -> bool:
        return bool(cid) and self.kb.concepts[cid].kind in ("org", "person")

    def _topic(self, doc: Doc) -> str | None:
        for tok in doc:
            if tok.dep_ in ("nsubj", "nsubjpass") and self.is_thing(self.concept(tok)):
                return self.concept(tok)
        for tok in doc:
            if self.is_thing(tok._.cc_concept) and tok.dep_ not in ("poss", "compound"):
                return tok._.cc_concept
        return None

    # ------------------------------------------------------------------ structure helpers
    @staticmethod
    def negated(tok: Token) -> bool:
        return any(c.dep_ == "neg" or c.lower_ in ("never", "not", "n't") and c.dep_ in ("advmod", "neg")
                   for c in tok.children)

    def clause_negated(self, verb: Token) -> bool:
        if self.negated(verb):
            return True
        for c in verb.children:
            if c.dep_ in ("aux", "auxpass") and self.negated(c):
                return True
        # "X is not only ..." / "hardly"
        return False

    @staticmethod
    def passive(verb: Token) -> bool:
        return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)

    def conjuncts(self, tok: Token) -> list[tuple[Token, bool]]:
        """A token and its conjuncts, each with whether it is negated on its own ("X, not Y",
        "X rather than Y"); a contrastive apposition ("a diffusion model, not a GAN") counts."""
        out = []
        for t in [tok] + list(tok.conjuncts):
            if t.i < tok.i:
                continue
            out.append((t, self.locally_negated(t)))
        for child in tok.children:
            if child.dep_ in ("appos", "conj", "dep", "npadvmod") and child not in tok.conjuncts and \
                    self.locally_negated(child):
                out.append((child, True))
            # "rather than Y" / "instead of Y" attached as a preposition
            if child.dep_ == "prep" and child.lower_ in ("than", "of") and child.i > 0 \
                    and child.doc[child.i - 1].lower_ in ("rather", "instead"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        out.append((pobj, True))
        return out

    @staticmethod
    def locally_negated(t: Token) -> bool:
        """"X, not Y" / "X rather than Y" / "no Y": a negation in front of this conjunct only."""
        if any(c.dep_ in ("neg", "preconj") and c.lower_ in ("not", "never", "n't", "neither") and c.i < t.i for c in t.children):
            return True
        if t.dep_ == "conj" and (any(c.lower_ == "nor" for c in t.head.children if c.dep_ == "cc")
                                 or any(c.lower_ == "neither" for c in t.head.children if c.dep_ == "preconj")):
            return True
        if any(c.dep_ == "det" and c.lower_ in NONE_WORDS for c in t.children):
            return True
        doc = t.doc
        for j in range(max(0, t.i - 3), t.i):
            w = doc[j]
            between = range(j + 1, t.i)
            if w.lower_ in ("not", "never") and all(doc[k].pos_ in ("DET", "ADJ", "ADV") for k in between) and \
                    j > 0 and doc[j - 1].text in (",", ";", "—", "–", "(", "but", "and"):
                return True
            if w.lower_ in ("rather", "instead") and j + 1 < t.i and doc[j + 1].lower_ in ("than", "of"):
                return True
        return False

    def quantifier(self, tok: Token) -> Quantifier:
        """The quantifier on a subject noun ("all LLMs", "no GAN", "not every tool")."""
        for c in tok.children:
            w = c.lower_
            if c.dep_ != "nsubj" and (c.i > tok.i or any(t.is_punct for t in tok.doc[c.i:tok.i])):
                continue  # a quantifier stands in front of its noun, in the same phrase
            if c.dep_ in ("det", "predet", "amod", "nummod", "quantmod", "preconj") or (c.dep_ == "nsubj" and w in ALL_WORDS):
                if w in NONE_WORDS:
                    return Quantifier.NONE
                if w in ALL_WORDS:
                    if any(g.lower_ == "not" for g in c.children) or (c.i > 0 and tok.doc[c.i - 1].lower_ == "not"):
                        return Quantifier.NOT_ALL
                    if any(g.lower_ in ("nearly", "almost", "virtually", "practically") for g in c.children) or \
                            (c.i > 0 and tok.doc[c.i - 1].lower_ in ("nearly", "almost", "virtually", "practically")):
                        return Quantifier.SOME
                    return Quantifier.ALL
                if w in SOME_WORDS:
                    return Quantifier.SOME
            if c.dep_ == "prep" and c.lower_ == "of" and tok.lower_ in NONE_WORDS | SOME_WORDS | ALL_WORDS:
                pass
        if tok.lower_ in ("none", "neither"):
            return Quantifier.NONE
        if tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("only", "just") and tok.doc[tok.i - 1].head == tok:
            return Quantifier.ONLY
        return Quantifier.GENERIC

    def subjects(self, verb: Token) -> list[tuple[Token, Quantifier, bool]]:
        """Concept subjects of a predicate: (token, quantifier, is-passive-subject)."""
        subs = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")]
        subs = [s for s in subs if s.dep_ != "expl"]
        if not subs and verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
            if verb.dep_ == "conj" or verb.dep_ == "xcomp":
                return self.subjects(verb.head)
        if not subs and verb.dep_ in ("relcl", "acl") and self.concept(verb.head):
            return [(verb.head, self.quantifier(verb.head), verb.dep_ == "acl")]
        out = []
        kept = []
        for x in subs:
            if self.compared(x):
                kept += [c for c in x.children if self.concept(c) and (c.dep_ == "appos" or (
                    c.dep_ == "conj" and c.i > 0 and c.doc[c.i - 1].text == ","))]
            else:
                kept.append(x)
        subs = kept
        for s in subs:
            # "None of the LLMs", "all of the GANs", "every one of ..."
            target = s
            if self.concept(s) is None:
                for c in s.children:
                    if c.dep_ == "prep" and c.lower_ == "of":
                        for p in c.children:
                            if p.dep_ == "pobj" and self.concept(p):
                                target = p
            q = self.quantifier(s) if target is s else (
                Quantifier.NONE if s.lower_ in NONE_WORDS else Quantifier.ALL if s.lower_ in ALL_WORDS
                else Quantifier.SOME)
            if s.lower_ in REL_PRONOUNS and verb.dep_ == "relcl":
                target = verb.head
            for t, neg in self.conjuncts(target):
                out.append((t, q, s.dep_ == "nsubjpass"))
        # floating quantifier: "BERT, GPT and T5 all use ..."
        if any(c.lower_ in ("all", "both", "each") and c.dep_ in ("advmod", "dep", "appos", "det", "nsubj")
               for c in verb.children):
            out = [(t, Quantifier.ALL if q is Quantifier.GENERIC else q, p) for t, q, p in out]
        return out

    def verb_quantifier(self, verb: Token, q: Quantifier) -> Quantifier:
        if q is not Quantifier.GENERIC:
            return q
        for c in verb.children:
            if c.dep_ == "advmod" and c.lower_ in SOME_ADVERBS:
                return Quantifier.SOME
            if c.dep_ == "advmod" and c.lower_ in ("invariably", "universally", "inevitably"):
                return Quantifier.ALL
            if c.dep_ == "prep" and c.lower_ == "without" and any(g.lower_ in ("exception", "fail") for g in c.children):
                return Quantifier.ALL
            if c.dep_ == "advmod" and c.lower_ in ("always",):
                return Quantifier.ALL
        return q

    @staticmethod
    def prep_objects(tok: Token, preps: set[str] | frozenset[str] | tuple[str, ...] | None = None) -> list[tuple[Token, Token]]:
        """(prep, pobj) pairs under a token, optionally for given prepositions."""
        out = []
        for c in tok.children:
            if c.dep_ in ("prep", "agent", "dative") and (preps is None or c.lower_ in preps):
                objs = [p for p in c.children if p.dep_ in ("pobj", "pcomp")]
                if not objs:  # two-word prepositions: "out of", "ahead of", "on top of"
                    objs = [p for inner in c.children if inner.dep_ == "prep" for p in inner.children
                            if p.dep_ in ("pobj", "pcomp")]
                for p in objs:
                    if p.lemma_.lower() in ("top", "basis", "back", "shoulder", "shoulders") and not p._.cc_concept:
                        # "built on top of X", "on the basis of X"
                        inner = [q for g in p.children if g.dep_ == "prep" and g.lower_ == "of"
                                 for q in g.children if q.dep_ == "pobj"]
                        if inner:
                            out.extend((c, q) for q in inner)
                            continue
                    out.append((c, p))
            # two-word prepositions: "part of", "on top of", "such as"
        return out

    # ------------------------------------------------------------------ predicates
    def predicate(self, verb: Token) -> list[Rel]:
        lemma = verb.lemma_.lower()
        subs = self.subjects(verb)
        rels: list[Rel] = []
        neg = self.clause_negated(verb)
        if lemma in COPULAS and verb.pos_ in ("AUX", "VERB"):
            rels.extend(self.copular(verb, subs, neg))
        else:
            rels.extend(self.verbal(verb, lemma, subs, neg))
        rels.extend(self.frame_as(verb, lemma, neg))
        rels.extend(self.networks(verb, subs, neg))
        return rels

    def copular(self, verb: Token, subs, neg: bool) -> list[Rel]:
        rels: list[Rel] = []
        preds = [c for c in verb.children if c.dep_ in ("attr", "acomp", "oprd")]
        if not preds:
            preds = [t for t in verb.subtree if t.i > verb.i and t.dep_ in ("appos", "npadvmod", "dep")
                     and self.is_thing(t._.cc_concept) and not self.is_thing(self.concept(t.head))]
        if verb.lemma_.lower() in ("represent", "constitute"):
            preds += [c for c in verb.children if c.dep_ == "dobj"]
        sub_concepts = [(t, self.concept(t), q, p) for t, q, p in subs]
        sub_concepts = [(t, c, q, p) for t, c, q, p in sub_concepts if c]
        # "X and Y are the same" / "one and the same" / "identical" / "interchangeable"
        if any(self.is_same_word(p) for p in preds) and not self.prep_objects_any(preds, {"as", "to", "with", "from"}):
            things = [(t, c) for t, c, _, _ in sub_concepts if self.is_thing(c)]
            if len(things) < 2:
                things = self.subject_np_concepts(verb)
            for (t1, c1), (t2, c2) in zip(things, things[1:]):
                rels.append(Rel("same_as", t1, c1, t2, c2, negated=neg, anchor=verb))
        # "There is no difference between X and Y"
        for p in preds:
            if p.lemma_.lower() in ("difference", "distinction") and any(
                    c.dep_ == "det" and c.lower_ in NONE_WORDS for c in p.children) and not neg:
                pairs = [t for _, t in self.prep_objects(p, {"between"})]
                things = []
                for t in pairs:
                    things += [(x, self.concept(x)) for x, _ in self.conjuncts(t) if self.is_thing(self.concept(x))]
                for (t1, c1), (t2, c2) in zip(things, things[1:]):
                    rels.append(Rel("same_as", t1, c1, t2, c2, anchor=verb))
        for t, c, q, _ in sub_concepts:
            q = self.verb_quantifier(verb, q)
            if t._.cc_concept is None and t.lemma_.lower() in self.r.is_a_nouns | {"example", "instance"} and \
                    self.prep_objects(t, {"of"}):
                # "A specific type of generative AI is the LLM": the predicate is the narrower one
                for p in preds:
                    for pn, pneg in self.conjuncts(p):
                        pc = self.concept(pn)
                        if self.is_thing(pc):
                            rels.append(Rel("is_a", pn, pc, t, c, neg != pneg if pneg else neg, Quantifier.GENERIC, verb))
                continue
            for p in preds:
                for rel in self.np_predicate(p, t, c, neg, q, verb):
                    rels.append(rel)
            # copula + preposition: "X is under / within / part of / behind Y", "X is by OpenAI"
            for prep, pobj in self.prep_objects(verb):
                rels.extend(self.prep_predicate(prep, pobj, t, c, neg, q, verb))
        return rels

    def prep_objects_any(self, preds: list[Token], preps: set[str]) -> bool:
        return any(self.prep_objects(p, preps) for p in preds)

    def subject_np_concepts(self, verb: Token) -> list[tuple[Token, str]]:
        out = []
        for s in verb.children:
            if s.dep_ in ("nsubj", "nsubjpass"):
                for t in s.subtree:
                    c = t._.cc_concept
                    if self.is_thing(c) and t.dep_ not in ("poss",):
                        out.append((t, c))
        return out

    def is_same_word(self, tok: Token) -> bool:
        lemma = tok.lemma_.lower()
        if lemma in self.r.same_adjectives or tok.lower_ in self.r.same_adjectives:
            return True
        if any(c.lower_ in ("same", "identical") for c in tok.children if c.dep_ in ("amod", "conj")):
            return True
        return lemma == "one" and any(c.lower_ == "same" for c in tok.subtree)

    def np_predicate(self, noun: Token, x: Token, xc: str, neg: bool, q: Quantifier, anchor: Token) -> list[Rel]:
        """Relations expressed by a predicate nominal or apposition describing X."""
        rels: list[Rel] = []
        for n, local_neg in self.conjuncts(noun):
            negated = neg != local_neg if local_neg else neg
            c = self.concept(n)
            lemma = n.lemma_.lower()
            if c and n is not x and self.is_thing(c):
                rels.append(Rel("is_a", x, xc, n, c, negated, q, anchor))
            if self.is_same_word(n):
                for _, obj in self.prep_objects(n, {"as", "to", "with"}):
                    for o, oneg in self.conjuncts(obj):
                        if self.is_thing(self.concept(o)):
                            rels.append(Rel("same_as", x, xc, o, self.concept(o), negated != oneg, q, anchor))
            if lemma in self.r.same_nouns and lemma not in ("difference", "distinction", "term", "label"):
                for _, obj in self.prep_objects(n, {"for", "of"}):
                    if self.is_thing(self.concept(obj)) and any(
                            c2.lower_ in ("another", "other", "synonym", "just", "simply", "fancy", "new", "same")
                            for c2 in n.subtree if c2.i < obj.i) or lemma in ("synonym", "equivalent"):
                        if self.is_thing(self.concept(obj)):
                            rels.append(Rel("same_as", x, xc, obj, self.concept(obj), negated, q, anchor))
            if lemma in self.r.is_a_nouns or lemma == "one" or (c is None and lemma in CLASSIFIERS):
                for prep, obj in self.prep_objects(n, {"of", "within", "in", "under", "among", "inside", "from"}):
                    if prep.lower_ == "from" and lemma not in ("offshoot", "branch", "subset"):
                        continue
                    for o, oneg in self.conjuncts(obj):
                        oc = self.concept(o)
                        if self.is_thing(oc) and o is not x:
                            rels.append(Rel("is_a", x, xc, o, oc, negated != oneg, q, anchor))
                for child in n.children:  # "a GAN variant", "an LLM subtype"
                    if child.dep_ in ("compound", "amod", "nmod") and self.is_thing(child._.cc_concept) and c is None \
                            and lemma in self.r.is_a_nouns:
                        rels.append(Rel("is_a", x, xc, child, child._.cc_concept, negated, q, anchor))
            if lemma in self.r.includes_nouns:
                for _, obj in self.prep_objects(n, {"of", "for", "over", "covering", "encompassing", "including"}):
                    for o, oneg in self.conjuncts(obj):
                        oc = self.concept(o)
                        if self.is_thing(oc):
                            rels.append(Rel("is_a", o, oc, x, xc, negated != oneg, Quantifier.GENERIC, anchor))
            if lemma in self.r.uses_nouns:
                for _, obj in self.prep_objects(n, {"behind", "of", "for", "under", "beneath", "inside", "in"}):
                    for o, oneg in self.conjuncts(obj):
                        oc = self.concept(o)
                        if self.is_thing(oc):
                            rels.append(Rel("uses", o, oc, x, xc, negated != oneg, self.quantifier(o), anchor))
            pb = self.r.precedes
            if lemma in pb["nouns_before"]:
                for _, obj in self.prep_objects(n, {"to", "of", "for"}):
                    if self.is_thing(self.concept(obj)):
                        rels.append(Rel("precedes", x, xc, obj, self.concept(obj), negated, q, anchor))
            if lemma in pb["nouns_after"]:
                for _, obj in self.prep_objects(n, {"of", "after", "from", "beyond", "to", "over"}):
                    if self.is_thing(self.concept(obj)):
                        rels.append(Rel("precedes", obj, self.concept(obj), x, xc, negated, q, anchor))
            rels.extend(self.comparatives(n, x, xc, negated, q, anchor))
            rels.extend(self.made_modifiers(n, x, xc, negated, anchor))
            # "X is behind Y" as a predicate noun's preposition is handled by prep_predicate
        return rels

    def comparatives(self, word: Token, x: Token, xc: str, neg: bool, q: Quantifier, anchor: Token) -> list[Rel]:
        """older/newer/broader/narrower ... than Y."""
        rels = []
        cands = [c for c in word.children if c.dep_ in ("amod", "advmod", "acomp")] + [word]
        for w in cands:
            lw = w.lower_
            objs = [o for _, o in self.prep_objects(w, {"than"})] + [o for _, o in self.prep_objects(word, {"than"})]
            if w is not word and not objs:
                continue
            for o in objs:
                oc = self.concept(o)
                if not self.is_thing(oc):
                    continue
                pb = self.r.precedes
                if lw in pb["adjectives_before"] or w.lemma_.lower() in ("old", "early"):
                    rels.append(Rel("precedes", x, xc, o, oc, neg, q, anchor))
                elif lw in pb["adjectives_after"] or w.lemma_.lower() in ("new", "late", "young", "recent"):
                    rels.append(Rel("precedes", o, oc, x, xc, neg, q, anchor))
                elif lw in ("broader", "wider", "bigger", "larger", "more general", "general"):
                    rels.append(Rel("is_a", o, oc, x, xc, neg, Quantifier.GENERIC, anchor))
                elif lw in ("narrower", "smaller", "more specific", "specific"):
                    rels.append(Rel("is_a", x, xc, o, oc, neg, q, anchor))
            if objs:
                break
        return rels

    def prep_predicate(self, prep: Token, pobj: Token, x: Token, xc: str, neg: bool, q: Quantifier,
                       anchor: Token) -> list[Rel]:
        rels = []
        p = prep.lower_
        for o, oneg in self.conjuncts(pobj):
            oc = self.concept(o)
            negated = neg != oneg if oneg else neg
            if self.is_thing(oc):
                if p in self.r.is_a_preps:
                    rels.append(Rel("is_a", x, xc, o, oc, negated, q, anchor))
                elif p in self.r.uses_preps:
                    rels.append(Rel("uses", o, oc, x, xc, negated, self.quantifier(o), anchor))
                elif p in self.r.precedes["preps_before"]:
                    rels.append(Rel("precedes", x, xc, o, oc, negated, q, anchor))
                elif p in self.r.precedes["preps_after"]:
                    rels.append(Rel("precedes", o, oc, x, xc, negated, q, anchor))
            elif self.is_agent(oc) and p in ("from", "by"):
                rels.append(Rel("made_by", x, xc, o, oc, negated, q, anchor))
            # "part of Y"
            if o.lemma_.lower() in ("part", "member", "subset", "branch") and oc is None:
                for _, obj in self.prep_objects(o, {"of"}):
                    if self.is_thing(self.concept(obj)):
                        rels.append(Rel("is_a", x, xc, obj, self.concept(obj), negated, q, anchor))
        if p == "part" or (p in ("of",) and prep.head.lower_ == "part"):
            pass
        return rels

    def made_modifiers(self, n: Token, x: Token, xc: str, neg: bool, anchor: Token) -> list[Rel]:
        """Maker and year stated inside a noun phrase describing X: "a Google model", "OpenAI's
        answer", "a model from Anthropic", "the image generator Meta launched in 2022"."""
        rels: list[Rel] = []
        if not self.is_thing(xc):
            return rels
        for child in n.children:
            cc = child._.cc_concept
            if child.dep_ in ("compound", "nmod", "amod") and self.is_agent(cc) and child.i == n.i - 1:
                rels.append(Rel("made_by", x, xc, child, cc, neg, Quantifier.GENERIC, anchor))
            if child.dep_ in ("compound", "nummod", "amod", "npadvmod") and child._.cc_year:
                rels.append(Rel("introduced_in", x, xc, child, str(child._.cc_year), neg, Quantifier.GENERIC, anchor))
            if child.dep_ == "prep" and (child.lower_ in self.r.made_preps | {"by"} or
                                         (child.lower_ == "of" and n.lemma_.lower() in self.r.made_nouns)):
                for p in child.children:
                    if p.dep_ == "pobj":
                        for o, _ in self.conjuncts(p):
                            oc = self.agent_of(o)
                            if oc:
                                rels.append(Rel("made_by", x, xc, o, oc, neg, Quantifier.GENERIC, anchor))
            if child.dep_ in ("relcl", "acl") and child.lemma_.lower() in (self.made_verbs | self.intro_verbs):
                agent = self.verb_agent(child)
                if agent is not None and self.is_thing(xc):
                    rels.append(Rel("made_by", x, xc, agent[0], agent[1], neg != self.clause_negated(child),
                                    Quantifier.GENERIC, child))
                for yt, year in self.verb_years(child):
                    rels.append(Rel("introduced_in", x, xc, yt, str(year), neg, Quantifier.GENERIC, child))
        return rels

    def agent_of(self, tok: Token) -> str | None:
        """An organisation or person named by a token: "OpenAI", "Google researchers",
        "a team at Google", "Hinton's paper"."""
        c = tok._.cc_concept
        if self.is_agent(c):
            return c
        if tok.pos_ in ("NOUN", "PROPN"):
            for child in tok.children:
                if child.dep_ in ("compound", "poss", "amod", "nmod") and self.is_agent(child._.cc_concept):
                    return child._.cc_concept
                if child.dep_ == "prep" and child.lower_ in ("at", "from", "of"):
                    for p in child.children:
                        if p.dep_ == "pobj" and self.is_agent(p._.cc_concept):
                            return p._.cc_concept
                if child.dep_ == "conj" and self.is_agent(child._.cc_concept):
                    return child._.cc_concept
        return None

    def cleft_head(self, verb: Token) -> Token | None:
        """"It was X that VERB ...": the copula of a cleft sentence around ``verb``."""
        h = verb.head
        if verb.dep_ in ("relcl", "ccomp", "advcl") and h.lemma_ == "be" and \
                any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in h.children):
            return h
        if verb.dep_ == "relcl" and h.head.lemma_ == "be" and h.dep_ == "attr" and \
                any(c.lower_ == "it" for c in h.head.children):
            return h.head
        return None

    def verb_agent(self, verb: Token) -> tuple[Token, str] | None:
        cleft = self.cleft_head(verb)
        if cleft is not None:
            for c in cleft.children:
                if c.dep_ in ("attr", "dobj") and self.agent_of(c):
                    return c, self.agent_of(c)
            if verb.head.dep_ == "attr" and self.agent_of(verb.head):
                return verb.head, self.agent_of(verb.head)
        for c in verb.children:
            if c.dep_ == "nsubj":
                a = self.agent_of(c)
                if a:
                    return c, a
            if c.dep_ == "agent":
                for p in c.children:
                    if p.dep_ == "pobj":
                        for o, _ in self.conjuncts(p):
                            a = self.agent_of(o)
                            if a:
                                return o, a
        # "X was developed at Google"
        for prep, p in self.prep_objects(verb, {"at", "by", "from"}):
            a = self.agent_of(p)
            if a:
                return p, a
        return None

    def verb_years(self, verb: Token) -> list[tuple[Token, int]]:
        """Years attached to a verb: "in 2014", "back in late 2022", "on 30 November 2022",
        "in '17", inside the agent ("Hinton's 2014 paper"), or in a cleft ("It was in 2019 that")."""
        out = []
        cleft = self.cleft_head(verb)
        if cleft is not None:
            for c in cleft.children:
                if c.dep_ in ("prep", "advmod", "npadvmod", "attr") and c.i < verb.i:
                    out += [(t, t._.cc_year) for t in c.subtree if t._.cc_year]
        for c in verb.children:
            if c.dep_ in ("prep", "npadvmod", "advmod", "nummod", "obl", "agent", "nsubj", "pobj", "dobj") or \
                    (c.dep_ == "prep" and c.lower_ in ("in", "on", "during", "around", "back")):
                if c.dep_ == "prep" and c.lower_ in ("after", "before", "since", "until", "by", "within"):
                    continue
                for t in c.subtree:
                    if t._.cc_year and not any(a.dep_ in ("relcl", "acl", "advcl", "ccomp") and a.i != verb.i
                                                and a in list(c.subtree) for a in t.ancestors):
                        if any(w.lower_ in ("later", "earlier", "after", "before", "since") for w in t.head.subtree
                               if abs(w.i - t.i) <= 2):
                            continue
                        out.append((t, t._.cc_year))
            if c.dep_ in ("dobj", "nsubj", "nsubjpass") and c._.cc_concept:
                continue
        return out

    def verbal(self, verb: Token, lemma: str, subs, neg: bool) -> list[Rel]:
        rels: list[Rel] = []
        passive = self.passive(verb)
        cues = self.r.verbs.get(lemma, ())
        objs = [c for c in verb.children if c.dep_ in ("dobj", "attr", "oprd")]
        for cue in cues:
            if cue.passive_only and not passive:
                continue
            if cue.preps:
                ys = [p for prep, p in self.prep_objects(verb, set(cue.preps))]
                # particle verbs: "fall under", "sit inside" sometimes parse the preposition as prt
                if not ys:
                    continue
                if passive or cue.active_subject == "X":
                    xs = [(t, q) for t, q, _ in subs]
                else:
                    xs = [(o, self.quantifier(o)) for o in objs]
                for xt, q in xs:
                    for xx, xneg in self.conjuncts(xt):
                        xc = self.concept(xx)
                        if not self.is_thing(xc):
                            continue
                        for y in ys:
                            for yy, yneg in self.conjuncts(y):
                                yc = self.concept(yy)
                                if self.is_thing(yc):
                                    rels.append(self.cue_rel(cue, xx, xc, yy, yc, neg, yneg, self.verb_quantifier(verb, q), verb))
                continue
            # transitive cues: roles by voice
            if passive:
                agents = [p for prep, p in self.prep_objects(verb, {"by"})]
                pairs = []
                for s, q, _ in subs:
                    for a in agents:
                        pairs.append(((a, Quantifier.GENERIC), (s, q)))  # (active subject, active object)
            else:
                pairs = [((s, q), (o, self.quantifier(o))) for s, q, _ in subs for o in objs]
            for (asub, aq), (aobj, oq) in pairs:
                for s_, sneg in self.conjuncts(asub):
                    for o_, oneg in self.conjuncts(aobj):
                        sc, oc = self.concept(s_), self.concept(o_)
                        if not (self.is_thing(sc) and self.is_thing(oc)):
                            continue
                        if cue.active_subject == "X":
                            rels.append(self.cue_rel(cue, s_, sc, o_, oc, neg, oneg, self.verb_quantifier(verb, aq), verb))
                        else:
                            rels.append(self.cue_rel(cue, o_, oc, s_, sc, neg, oneg, self.verb_quantifier(verb, oq), verb))
        # "X includes / such as": subject is "examples/types of Y" -> each object is a Y
        if lemma in ("include", "be", "comprise", "feature", "encompass") and not passive:
            for s, q, _ in subs:
                sl = s.lemma_.lower()
                if sl in self.r.is_a_nouns | {"example", "instance"} and self.concept(s) is None:
                    ys = [p for _, p in self.prep_objects(s, {"of"})]
                    for y in ys:
                        yc = self.concept(y)
                        for o in objs:
                            for o_, oneg in self.conjuncts(o):
                                oc = self.concept(o_)
                                if self.is_thing(oc) and self.is_thing(yc):
                                    rels.append(Rel("is_a", o_, oc, y, yc, neg != oneg, Quantifier.GENERIC, verb))
        # same_as verbs: "X and Y mean the same thing", "X means Y", "X equals Y"
        if lemma in SAME_VERBS or lemma in ("describe", "refer", "denote", "name"):
            same_objs = [o for o in objs + [p for _, p in self.prep_objects(verb, {"to"})] if self.is_same_word(o)]
            things = self.subject_np_concepts(verb)
            if same_objs and len(things) >= 2:
                for (t1, c1), (t2, c2) in zip(things, things[1:]):
                    rels.append(Rel("same_as", t1, c1, t2, c2, neg, Quantifier.GENERIC, verb))
            elif lemma in SAME_VERBS and len(things) == 1:
                for o in objs:
                    if self.is_thing(self.concept(o)):
                        rels.append(Rel("same_as", things[0][0], things[0][1], o, self.concept(o), neg,
                                        Quantifier.GENERIC, verb))
        if any(c.lower_ in ("interchangeably", "synonymously") for c in verb.children) and \
                (any(c.dep_ == "aux" and c.lower_ in ("can", "could", "should", "may") for c in verb.children)
                 or not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)):
            things = []
            for o in objs + [s for s, _, _ in subs]:
                for t in o.subtree:
                    if self.is_thing(t._.cc_concept):
                        things.append((t, t._.cc_concept))
            for (t1, c1), (t2, c2) in zip(things, things[1:]):
                rels.append(Rel("same_as", t1, c1, t2, c2, neg, Quantifier.GENERIC, verb))
        # instrument: "ChatGPT writes its replies with a GAN"
        if lemma in INSTRUMENT_VERBS and not cues:
            for prep, p in self.prep_objects(verb, INSTRUMENT_PREPS) + [
                    pp for o in objs for pp in self.prep_objects(o, INSTRUMENT_PREPS)]:
                for o, oneg in self.conjuncts(p):
                    oc = self.concept(o)
                    if oc and self.kb.concepts[oc].kind in ("family", "architecture"):
                        for s, q, _ in subs:
                            sc = self.concept(s)
                            if self.is_thing(sc):
                                rels.append(Rel("uses", s, sc, o, oc, neg != oneg, q, verb))
        if passive and lemma in ("consider", "regard", "deem", "call", "name", "term", "view", "see", "label", "class", "classify"):
            # "Traditional AI is now considered a subcategory of GenAI"
            for o in [c for c in verb.children if c.dep_ in ("oprd", "attr", "xcomp", "dobj")]:
                for s_, q, _ in subs:
                    sc = self.concept(s_)
                    if self.is_thing(sc):
                        rels.extend(self.np_predicate(o, s_, sc, neg, q, verb))
        if lemma in self.made_verbs | {"conceive", "intend", "describe", "classify", "categorize", "categorise",
                                      "class", "file", "list", "position", "define", "consider", "regard",
                                      "view", "see", "deem"} and (passive or not objs):
            # "X was designed as a GAN" / "X was classified as a branch of Y"
            for prep, p in self.prep_objects(verb, {"as"}):
                for s_, q, _ in subs:
                    sc = self.concept(s_)
                    if self.is_thing(sc):
                        rels.extend(self.np_predicate(p, s_, sc, neg, q, verb))
        rels.extend(self.made_and_dated(verb, lemma, subs, neg, objs, passive))
        rels.extend(self.precedence_verbs(verb, lemma, subs, neg, objs))
        rels.extend(self.parameter_counts(verb, lemma, subs, neg, objs))
        return rels

    def cue_rel(self, cue, x: Token, xc: str, y: Token, yc: str, neg: bool, yneg: bool, q: Quantifier, verb: Token) -> Rel:
        negated = neg != yneg if yneg else neg
        if cue.relation == "includes":
            return Rel("is_a", y, yc, x, xc, negated, Quantifier.GENERIC, verb)
        detail = ()
        if cue.necessity:
            # "X cannot work without Y" = X needs Y; "X can work without Y" = X does not need Y
            return Rel("uses", x, xc, y, yc, not negated, q, verb, (("necessity", "yes"),))
        return Rel(cue.relation, x, xc, y, yc, negated, q, verb, detail)

    def made_and_dated(self, verb: Token, lemma: str, subs, neg: bool, objs: list[Token], passive: bool) -> list[Rel]:
        rels: list[Rel] = []
        if lemma not in self.made_verbs and lemma not in self.intro_verbs:
            return rels
        # the made thing: active object, passive subject, or acl/relcl head
        things: list[Token] = []
        if passive or lemma in self.intro_verbs and not objs:
            things = [s for s, _, _ in subs]
        if not passive:
            things += objs
            if lemma == "introduce":  # "introduced the world to GANs"
                things += [p for _, p in self.prep_objects(verb, {"to"})]
        if verb.dep_ == "acl" and self.concept(verb.head):
            things.append(verb.head)
        if verb.dep_ == "relcl" and any(c.lower_ in REL_PRONOUNS and c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
            things.append(verb.head)
        agent = self.verb_agent(verb) if lemma in self.made_verbs else None
        if agent is None and lemma in self.made_verbs and not passive:
            for s, _, _ in subs:
                a = self.agent_of(s)
                if a:
                    agent = (s, a)
        years = self.verb_years(verb)
        for t in things:
            for tt, tneg in self.conjuncts(t):
                tc = self.concept(tt)
                if not self.is_thing(tc):
                    continue
                if agent is not None:
                    rels.append(Rel("made_by", tt, tc, agent[0], agent[1], neg != tneg if tneg else neg, Quantifier.GENERIC, verb))
                for yt, year in years:
                    if tt.i < yt.i or tt is t or tt.i > verb.i and yt.i > verb.i and tt.i < yt.i:
                        rels.append(Rel("introduced_in", tt, tc, yt, str(year), neg, Quantifier.GENERIC, verb))
                    elif tt is t:
                        rels.append(Rel("introduced_in", tt, tc, yt, str(year), neg, Quantifier.GENERIC, verb))
        return rels

    def precedence_verbs(self, verb: Token, lemma: str, subs, neg: bool, objs: list[Token]) -> list[Rel]:
        rels: list[Rel] = []
        pb = self.r.precedes
        pairs: list[tuple[Token, Token, bool]] = []  # (earlier, later)
        for s, q, _ in subs:
            if lemma in pb["verbs_before"]:
                pairs += [(s, o, False) for o in objs]
            if lemma in pb["verbs_after"]:
                pairs += [(o, s, False) for o in objs]
                pairs += [(p, s, False) for prep, p in self.prep_objects(verb, {"from", "out", "after"})]
            if lemma in ("come", "appear", "arrive", "emerge", "exist", "show", "develop", "evolve", "happen"):
                for prep, p in self.prep_objects(verb, pb["preps_before"] | pb["preps_after"]):
                    if prep.lower_ in pb["preps_before"]:
                        pairs.append((s, p, False))
                    else:
                        pairs.append((p, s, False))
            if lemma == "pave":
                for o in objs:
                    if o.lower_ == "way":
                        pairs += [(s, p, False) for _, p in self.prep_objects(o, {"for", "to"})]
                pairs += [(s, p, False) for _, p in self.prep_objects(verb, {"for"})]
            if lemma in ("start", "begin", "originate") and not objs:
                pairs += [(p, s, False) for _, p in self.prep_objects(verb, {"with"})]
            if lemma in ("lead", "give") and any(p.lower_ in ("to", "rise") for p in verb.children):
                pairs += [(s, p, False) for _, p in self.prep_objects(verb, {"to"})]
        for a, b, _ in pairs:
            for aa, aneg in self.conjuncts(a):
                for bb, bneg in self.conjuncts(b):
                    ac, bc = self.concept(aa), self.concept(bb)
                    if self.is_thing(ac) and self.is_thing(bc) and ac != bc:
                        rels.append(Rel("precedes", aa, ac, bb, bc, neg, Quantifier.GENERIC, verb))
        return rels

    def parameter_counts(self, verb: Token, lemma: str, subs, neg: bool, objs: list[Token]) -> list[Rel]:
        """"GPT-3 has 175 million parameters", "LLMs have only a few thousand parameters"."""
        rels: list[Rel] = []
        if lemma not in ("have", "contain", "boast", "use", "feature", "pack", "include", "with"):
            return rels
        for o in objs:
            if o.lemma_.lower() not in ("parameter", "weight"):
                continue
            text = " ".join(t.text for t in o.subtree if t.i < o.i)
            for s, q, _ in subs:
                sc = self.concept(s)
                if sc and not neg:
                    rel = self.parameter_rel(s, sc, o, text, verb)
                    if rel:
                        rels.append(rel)
        return rels

    def parameter_rel(self, s: Token, sc: str, o: Token, text: str, anchor: Token) -> Rel | None:
        low = text.lower()
        m = PARAMS.search(low)
        few = re.search(r"\b(a few|only a few|several|some|a couple of)\s+(hundred|thousand|million)\b", low)
        if few:
            n = SCALE[few.group(2)] * 10 if few.group(2) != "hundred" else 1000
            return Rel("parameters", s, sc, o, str(n), False, Quantifier.GENERIC, anchor,
                       (("found", text.strip() + " parameters"), ("bound", "max")))
        if m:
            n = int(float(m.group(1)) * SCALE[m.group(2) and m.group(2).lower()])
            return Rel("parameters", s, sc, o, str(n), False, Quantifier.GENERIC, anchor,
                       (("found", text.strip() + " parameters"),))
        return None

    def frame_as(self, verb: Token, lemma: str, neg: bool) -> list[Rel]:
        """Imperative or first/second-person framing: "Think of X as Y", "We see X as Y"."""
        if lemma not in FRAME_VERBS:
            return []
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        if subj and subj[0].lower_ not in ("we", "you", "i"):
            return []
        rels = []
        xs = [c for c in verb.children if c.dep_ == "dobj"] + [p for _, p in self.prep_objects(verb, {"of"})]
        ys = [p for _, p in self.prep_objects(verb, {"as"})]
        for x in xs:
            ys += [p for _, p in self.prep_objects(x, {"as"})]
        for x in xs:
            xc = self.concept(x)
            if not self.is_thing(xc):
                continue
            for y in ys:
                rels.extend(self.np_predicate(y, x, xc, neg, Quantifier.GENERIC, verb))
        return rels

    def networks(self, verb: Token, subs, neg: bool) -> list[Rel]:
        """How many networks a GAN (or diffusion model) has, and whether they compete."""
        rels: list[Rel] = []
        parts = {"generator", "discriminator", "network", "model", "component", "half", "part", "player"}
        cands = list(subs)
        if not any(self.concept(s) for s, _, _ in subs):
            # "In a GAN, the generator and the discriminator cooperate", "the two networks in a GAN ..."
            for s, q, p in subs:
                if (s.lemma_.lower().split() or [""])[-1] in parts or s._.cc_concept == "neural_network":
                    holders = [o for _, o in self.prep_objects(s, {"in", "of", "inside", "within"})] + \
                              [o for _, o in self.prep_objects(verb, {"in", "inside", "within"})]
                    for h in holders:
                        if self.concept(h) and covered(self.kb, self.concept(h), ("gan", "diffusion")):
                            cands = [(h, q, p)]
                            break
        for s, q, _ in cands:
            sc = self.concept(s)
            if sc is None or not covered(self.kb, sc, ("gan", "diffusion")):
                continue
            clause = self.clause_tokens(verb, exclude=s) if s.head is verb or s in [x for x, _, _ in subs] \
                else [t for t in verb.subtree if t.i not in {x.i for x in s.subtree}]
            # "cooperate rather than compete": what follows "rather than / instead of" is denied
            cut = next((t.i for t in clause if t.lower_ in ("rather", "instead") and t.i + 1 < len(t.doc)
                        and t.doc[t.i + 1].lower_ in ("than", "of")), None)
            if cut is not None:
                clause = [t for t in clause if t.i < cut]
            if not clause:
                continue
            qn = q
            count = self.network_count(clause)
            if count is not None:
                n, found, tok = count
                rels.append(Rel("consists_of", s, sc, tok, f"count:{n}", neg, qn, verb, (("found", found),)))
            lemmas = {t.lemma_.lower() for t in clause} | {t.lower_ for t in clause}
            if lemmas & COOPERATE and not (lemmas & {"against", "compete", "competition", "rival", "adversarial"}):
                if lemmas & {"cooperate", "collaborate", "cooperation", "collaboration", "together", "shared", "common", "cooperative", "collaborative", "team"}:
                    rels.append(Rel("consists_of", s, sc, verb, "cooperate", neg, qn, verb, (("found", "cooperating networks"),)))
            elif lemmas & COMPETE:
                has_net = any((t.lemma_.lower().split() or [""])[-1] in NETWORK_NOUNS | {"generator", "discriminator", "competition"}
                              or t._.cc_concept == "neural_network" for t in clause)
                no_comp = any(t.lemma_.lower() in ("competition", "discriminator", "adversary", "rivalry") and
                              any(c.lower_ in NONE_WORDS for c in t.children) for t in clause)
                if has_net or no_comp:
                    rels.append(Rel("consists_of", s, sc, verb, "compete", neg or no_comp, qn, verb,
                                    (("found", "no competing networks" if (neg or no_comp) else "competing networks"),)))
        return rels

    def clause_tokens(self, verb: Token, exclude: Token) -> list[Token]:
        """The verb's clause, without the subject and without embedded clauses of other subjects."""
        out = []
        inside = {t.i for t in verb.subtree}
        skip = {t.i for t in exclude.subtree} if exclude.i in inside else {exclude.i}
        for t in verb.subtree:
            if t.i in skip:
                continue
            inner = [a for a in t.ancestors if a.i != verb.i and a.dep_ in ("advcl", "ccomp", "conj") and
                     verb in a.ancestors and any(c.dep_ in ("nsubj", "nsubjpass") for c in a.children)]
            if inner:
                continue
            out.append(t)
        return out

    def network_count(self, clause: list[Token]) -> tuple[int, str, Token] | None:
        for t in clause:
            lemma = t.lemma_.lower().split()[-1] if t.lemma_.strip() else ""
            if t._.cc_concept == "neural_network":
                lemma = "network"
            if lemma in NETWORK_NOUNS and lemma not in ("system",):
                for c in t.children:
                    w = c.lower_
                    if c.dep_ in ("nummod", "amod", "compound", "det") and w in NUMBER_WORDS and NUMBER_WORDS[w]:
                        if w == "both":
                            continue
                        phrase = " ".join(x.text for x in t.subtree if x.i <= t.i and x.dep_ != "det" or x.lower_ in ("a", "one"))
                        return NUMBER_WORDS[w], phrase, t
                    if c.dep_ in ("det",) and w in ("a", "an") and any(
                            x.lower_ in ("single", "one", "lone") for x in t.children):
                        return 1, "a single " + t.text, t
            if lemma in ("pair", "trio", "duo", "couple") and any(c.lower_ == "of" for c in t.children):
                n = {"pair": 2, "duo": 2, "couple": 2, "trio": 3}[lemma]
                return n, f"a {lemma} of networks", t
        return None

    # ------------------------------------------------------------------ noun-level relations
    def noun_modifiers(self, tok: Token) -> list[Rel]:
        """Relations carried by a mention's own dependents: apposition ("GenAI, a subset of
        LLMs"), possessive makers ("OpenAI's BERT"), parentheses ("DALL-E (OpenAI, 2021)"),
        "such as" lists ("LLMs such as Midjourney"), "X and other Ys"."""
        rels: list[Rel] = []
        xc = self.concept(tok)
        if not self.is_thing(xc) or tok.dep_ == "compound" or self.compared(tok):
            return rels
        anchor = tok
        for child in tok.children:
            cc = child._.cc_concept
            if child.dep_ == "appos":
                if self.locally_negated(child) or any(t.text == ";" for t in tok.doc[min(tok.i, child.i):max(tok.i, child.i)]):
                    continue
                if child._.cc_concept and child.pos_ == "PROPN" and not any(d.dep_ in ("det", "poss") for d in child.children) \
                        and not (child.i > 1 and doc_tok(child, -1).lower_ in ("'s", "’s")):
                    # "OpenAI's LLM, ChatGPT, ...": the name is an instance of the common noun
                    if tok.pos_ == "NOUN" or any(d.dep_ in ("det", "poss") for d in tok.children):
                        rels.append(Rel("is_a", child, child._.cc_concept, tok, xc, False, Quantifier.GENERIC, anchor))
                    continue
                if child.lower_ == "or" or any(g.lower_ == "or" for g in child.children if g.dep_ == "cc") \
                        or (child.i > 1 and tok.doc[child.i - 1].lower_ == "or"):
                    yc = self.concept(child)
                    if self.is_thing(yc):
                        rels.append(Rel("same_as", tok, xc, child, yc, False, Quantifier.GENERIC, anchor))
                    continue
                rels.extend(self.np_predicate(child, tok, xc, False, self.quantifier(tok), anchor))
            elif child.dep_ in ("compound", "nmod") and self.is_agent(cc) and child.i == tok.i - 1:
                rels.append(Rel("made_by", tok, xc, child, cc, False, Quantifier.GENERIC, anchor))
            elif child.dep_ in ("compound", "amod", "nmod") and self.is_thing(cc) and child.i < tok.i:
                # "text-to-image LLMs": a family modifying a family asserts a kind of it
                if self.kb.concepts[cc].kind == "family" and self.kb.concepts[xc].kind == "family" and cc != xc:
                    rels.append(Rel("is_a", child, cc, tok, xc, False, Quantifier.SOME, anchor))
            elif child.dep_ == "prep" and child.lower_ in ("like", "as", "including", "include"):
                if child.lower_ == "as" and not (child.i > 0 and tok.doc[child.i - 1].lower_ == "such"):
                    continue
                for p in child.children:
                    if p.dep_ == "pobj":
                        for o, oneg in self.conjuncts(p):
                            oc = self.concept(o)
                            if self.is_thing(oc):
                                rels.append(Rel("is_a", o, oc, tok, xc, oneg, Quantifier.GENERIC, anchor))
            elif child.dep_ == "amod" and child.lower_ in ("other",) and tok.dep_ == "conj":
                first = tok.head
                fc = self.concept(first)
                if self.is_thing(fc):
                    rels.append(Rel("is_a", first, fc, tok, xc, False, Quantifier.GENERIC, anchor))
        # "X and other Ys": conj with "other"
        for c in tok.conjuncts:
            if c.i > tok.i and any(g.lower_ == "other" for g in c.children):
                cc = self.concept(c)
                if self.is_thing(cc) and c.head is tok:
                    rels.append(Rel("is_a", tok, xc, c, cc, False, Quantifier.GENERIC, anchor))
        rels.extend(self.parenthetical(tok, xc))
        return rels

    def parenthetical(self, tok: Token, xc: str) -> list[Rel]:
        """"GANs (2014)", "DALL-E (OpenAI, 2021)", "GPT-3 (2018):" read as maker and year."""
        doc = tok.doc
        i = tok.i + 1
        if i >= len(doc) or doc[i].text != "(":
            return []
        rels = []
        j = i + 1
        while j < len(doc) and not doc[j].text.startswith(")") and j - i <= 6:
            t = doc[j]
            if t._.cc_year:
                rels.append(Rel("introduced_in", tok, xc, t, str(t._.cc_year), False, Quantifier.GENERIC, tok))
            elif self.is_agent(t._.cc_concept):
                rels.append(Rel("made_by", tok, xc, t, t._.cc_concept, False, Quantifier.GENERIC, tok))
            elif t.is_alpha and t.lower_ not in ("and", "in", "by", "from", "released", "launched", "introduced",
                                                 "circa", "ca", "c", "est", "founded", "year"):
                return []
            j += 1
        return rels

    def default_year(self, doc: Doc, rels: list[Rel]) -> list[Rel]:
        """A leading "2019:" or "In 2019," dates the sentence's made/launch claims that have no year."""
        first = next((t for t in doc if not t.is_space and not t.is_punct), None)
        if first is None or not first._.cc_year:
            return []
        nxt = doc[first.i + 1] if first.i + 1 < len(doc) else None
        if nxt is None or nxt.text not in (":", ",", "-", "–", "—"):
            return []
        dated = {(r.x.i) for r in rels if r.relation == "introduced_in"}
        out = []
        for r in rels:
            if r.relation == "made_by" and r.x.i not in dated and r.anchor is not None and r.anchor.pos_ == "VERB":
                out.append(Rel("introduced_in", r.x, r.x_concept, first, str(first._.cc_year), r.negated,
                               Quantifier.GENERIC, r.anchor))
                dated.add(r.x.i)
        return out

    # ------------------------------------------------------------------ lexical patterns
    def possessives(self, doc: Doc) -> list[Rel]:
        """"OpenAI's BERT", "Google's new T5 model": a maker's possessive right before a model.
        Read from the tokens, not the parse, which often attaches possessives wrongly; and
        "GPT-4's GAN architecture": a model's possessive over an architecture it uses."""
        rels = []
        for t in doc:
            if t.lower_ not in ("'s", "’s", "'") or t.i == 0:
                continue
            owner = doc[t.i - 1]
            oc = owner._.cc_concept
            j = t.i + 1
            while j < len(doc) and doc[j].pos_ in ("ADJ", "NUM") and not doc[j]._.cc_concept and j - t.i <= 3:
                j += 1
            if j >= len(doc):
                continue
            target = doc[j]
            linear = target._.cc_concept and self.kb.concepts[target._.cc_concept].kind in ("model", "product")
            if not linear and owner.dep_ == "poss" and owner.head.i >= t.i and owner.head.i - t.i <= 5:
                target = owner.head  # the possessed noun: "Meta's [image] generator"
            tc = self.concept(target) if (target._.cc_concept or target.lemma_.lower() in CLASSIFIERS) else None
            if self.is_agent(oc) and (tc is None or self.kb.concepts[tc].kind in ("family", "application")) and \
                    (target.lemma_.lower() in self.r.made_nouns | CLASSIFIERS or tc is not None):
                # "DALL-E, Meta's image generator", "SD is OpenAI's image model", "Google's models include X, Y"
                described: list[Token] = []
                if target.dep_ == "appos" and self.is_thing(self.concept(target.head)):
                    described = [target.head]
                elif target.dep_ == "attr":
                    described = [c for c in target.head.children if c.dep_ in ("nsubj", "nsubjpass")]
                elif target.dep_ == "nsubj" and target.head.lemma_.lower() in ("include", "be", "comprise", "encompass", "feature"):
                    for o in target.head.children:
                        if o.dep_ in ("dobj", "attr"):
                            described += [x for x, _ in self.conjuncts(o)]
                for x in described:
                    xc = self.concept(x)
                    if self.is_thing(xc) and self.kb.concepts[xc].kind in ("model", "product"):
                        rels.append(Rel("made_by", x, xc, owner, oc, False, Quantifier.GENERIC, target))
            if self.is_thing(oc) and target._.cc_concept is None and tc and self.kb.concepts[tc].kind in ("family", "architecture") \
                    and target.lemma_.lower() in CLASSIFIERS | {"architecture", "backbone", "engine", "core"} and tc != oc:
                rels.append(Rel("uses", owner, oc, target, tc, False, Quantifier.GENERIC, target))  # "GPT-4's GAN architecture"
            if self.is_thing(oc) and target.lemma_.lower() in EVENT_NOUNS:
                # "ChatGPT's public launch on 2021-11-30"
                for t2 in target.subtree:
                    if t2._.cc_year:
                        rels.append(Rel("introduced_in", owner, oc, t2, str(t2._.cc_year), False, Quantifier.GENERIC, target))
            if self.is_agent(oc) and self.is_thing(tc) and self.kb.concepts[tc].kind in ("model", "product", "family", "architecture"):
                for tt, tneg in self.conjuncts(target):
                    if tt.i > j + 2 and not (tt.i > 0 and doc[tt.i - 1].lower_ in ("and", ",")):
                        break
                    cc = self.concept(tt)
                    if self.is_thing(cc) and not (tt is not target and any(d.dep_ == "poss" for d in tt.children)):
                        rels.append(Rel("made_by", tt, cc, owner, oc, False, Quantifier.GENERIC, tt))
            elif self.is_thing(oc) and self.is_thing(tc) and self.kb.concepts[tc].kind in ("family", "architecture") \
                    and target.dep_ in ("compound", "amod", "nmod") \
                    and target.head.lemma_.lower() in CLASSIFIERS | {"architecture", "backbone", "engine", "core"}:
                rels.append(Rel("uses", owner, oc, target, tc, False, Quantifier.GENERIC, target.head))
        return rels

    def lexical_made(self, doc: Doc, found: list[Rel]) -> list[Rel]:
        """Fallback for "X ... the brainchild of Y", "X (were) invented by Y", "X date(s) from
        2014" when the parse did not give X a maker or a year (e.g. "GANs" mis-tagged)."""
        rels: list[Rel] = []
        have = {(r.relation, r.x.i) for r in found}
        things = [t for t in doc if self.is_thing(t._.cc_concept) and not self.compared(t)]
        for x in things:
            rest = doc[x.i + 1:min(len(doc), x.i + 14)]
            stop = next((t.i for t in rest if self.is_thing(t._.cc_concept) or t.text in (";", ":")
                         or t.lower_ in ("but", "while", "whereas", "although")), len(doc))
            window = [t for t in rest if t.i < stop]
            neg = any(t.lower_ in ("not", "n't", "never") for t in window)
            if ("made_by", x.i) not in have:
                for t in window:
                    lem = t.lemma_.lower()
                    nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
                    if nxt is None:
                        break
                    if (lem in self.r.made_nouns and nxt.lower_ == "of") or \
                            (lem in self.made_verbs and t.tag_ == "VBN" and nxt.lower_ == "by"):
                        agent = next((u for u in doc[nxt.i + 1:nxt.i + 4] if self.is_agent(u._.cc_concept)), None)
                        if agent is not None:
                            rels.append(Rel("made_by", x, x._.cc_concept, agent, agent._.cc_concept, neg,
                                            Quantifier.GENERIC, t))
                        break
            if ("introduced_in", x.i) not in have:
                for t in window[:5]:
                    if t.lemma_.lower() in self.intro_verbs and t.lemma_.lower() not in ("go", "start", "begin", "open", "come"):
                        year = next((u for u in doc[t.i + 1:t.i + 5] if u._.cc_year), None)
                        if year is not None and year.i < stop and not any(
                                w.lower_ in ("after", "before", "since", "later", "until", "by") for w in doc[t.i + 1:year.i]):
                            rels.append(Rel("introduced_in", x, x._.cc_concept, year, str(year._.cc_year), neg,
                                            Quantifier.GENERIC, t))
                        break
        return rels

    _PARAMS = re.compile(
        r"(?P<bound>fewer than|less than|under|below|more than|over|at least|only|just|nearly|almost|about|around|roughly)?\s*"
        r"(?P<num>\d+(?:[.,]\d+)?|a|one|a few|several|a couple of|a handful of|some)\s+(?P<scale>hundred|thousand|million|billion|trillion)\s+parameters", re.I)

    def lexical_parameters(self, doc: Doc, found: list[Rel]) -> list[Rel]:
        """"GPT-3, with its 175 million parameters", "LLMs have only a few thousand parameters",
        "GPT-3 has fewer than a billion parameters": a parameter count stated for a model."""
        if any(r.relation == "parameters" for r in found):
            return []
        rels = []
        for m in self._PARAMS.finditer(doc.text):
            owner = None
            for t in doc:
                if t.idx >= m.start():
                    break
                if self.is_thing(t._.cc_concept) and self.kb.concepts[t._.cc_concept].kind in ("model", "family"):
                    owner = t
            if owner is None or owner.i < len(doc) and any(
                    w.lower_ in ("than", "unlike", "compared") for w in doc if owner.idx < w.idx < m.start()):
                continue
            num = m.group("num").lower().replace(",", "")
            scale = SCALE[m.group("scale").lower()]
            few = num in ("a few", "several", "a couple of", "a handful of", "some")
            n = int(float(num) * scale) if num[0].isdigit() else scale * (10 if few else 1)
            bound = (m.group("bound") or "").lower()
            kind = "max" if few or bound in ("fewer than", "less than", "under", "below", "only", "just") else \
                "min" if bound in ("more than", "over", "at least") else "approx" if bound else "exact"
            anchor = next((t for t in doc if t.idx >= m.start()), owner)
            neg = any(t.lower_ in ("not", "n't", "never") for t in doc if owner.idx < t.idx < m.start())
            if neg:
                continue
            rels.append(Rel("parameters", owner, owner._.cc_concept, anchor, str(n), False, self.quantifier(owner),
                            anchor, (("found", m.group(0).strip()), ("bound", kind))))
        return rels

    _SKIP_POS = {"DET", "ADJ", "ADV", "AUX", "PART", "PUNCT", "PRON", "SCONJ"}

    def lexical_triples(self, doc: Doc, found: list[Rel]) -> list[Rel]:
        """A fallback for parses that miss a plain "X <cue verb> [prep] Y" between two mentions
        ("GANs power every modern LLM", "SD, which is built on a GAN, ..."): only when the parse
        gave no relation for the pair, and only when nothing but auxiliaries, adverbs,
        determiners and punctuation stands between the mentions and the cue."""
        rels: list[Rel] = []
        pairs = {(r.x.i, r.y.i) for r in found if r.y is not None} | {(r.y.i, r.x.i) for r in found if r.y is not None}
        mentions = [t for t in doc if self.is_thing(t._.cc_concept)]
        for a, b in zip(mentions, mentions[1:]):
            if (a.i, b.i) in pairs or b.i - a.i > 9 or (doc[a.i + 1].lower_ in ("'s", "’s") if a.i + 1 < len(doc) else False):
                continue
            between = list(doc[a.i + 1:b.i])
            core = [t for t in between if t.pos_ not in self._SKIP_POS and t.lower_ not in REL_PRONOUNS
                    and not (t.lower_ in TEMPORAL and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("'s", "’s"))]
            neg = any(t.lower_ in ("not", "n't", "never") for t in between)
            if any(t.text in (";", ":", "(", ")") for t in between) or any(t.lower_ in ("and", "or", "but", "than", "like", "unlike") for t in between):
                continue
            if len(core) == 1 and core[0].pos_ in ("NOUN", "PROPN") and any(t.lemma_ == "be" for t in between):
                noun = core[0].lemma_.lower()
                ac, bc = a._.cc_concept, b._.cc_concept
                pb = self.r.precedes
                rel = None
                if noun in self.r.is_a_nouns:
                    rel = Rel("is_a", a, ac, b, bc, neg, self.quantifier(a), core[0])
                elif noun in self.r.includes_nouns:
                    rel = Rel("is_a", b, bc, a, ac, neg, Quantifier.GENERIC, core[0])
                elif noun in pb["nouns_before"]:
                    rel = Rel("precedes", a, ac, b, bc, neg, Quantifier.GENERIC, core[0])
                elif noun in pb["nouns_after"]:
                    rel = Rel("precedes", b, bc, a, ac, neg, Quantifier.GENERIC, core[0])
                elif noun in self.r.uses_nouns:
                    rel = Rel("uses", b, bc, a, ac, neg, self.quantifier(b), core[0])
                if rel is not None:
                    rels.append(rel)
                continue
            if not core or len(core) > 2:
                continue
            verb = core[0]
            lemma = verb.lemma_.lower()
            prep = core[1].lower_ if len(core) == 2 else ""
            if len(core) == 2 and core[1].pos_ != "ADP":
                continue
            passive = any(t.lemma_.lower() == "be" for t in between if t.i < verb.i) and verb.tag_ == "VBN"
            ac, bc = a._.cc_concept, b._.cc_concept
            q = self.quantifier(a)
            for cue in self.r.verbs.get(lemma, ()):
                if cue.preps and prep not in cue.preps:
                    continue
                if not cue.preps and prep and not (passive and prep == "by"):
                    continue
                if cue.passive_only and not passive:
                    continue
                if cue.preps:
                    x, y = (a, b)
                elif (cue.active_subject == "X") != passive:
                    x, y = (a, b)
                else:
                    x, y = (b, a)
                rels.append(self.cue_rel(cue, x, x._.cc_concept, y, y._.cc_concept, neg, False,
                                         q if x is a else self.quantifier(b), verb))
                break
            if lemma in ("be",) and not rels:
                continue
        return rels

    def lexical_same(self, doc: Doc) -> list[Rel]:
        """"X (also known as Y)", "X, a.k.a. Y", "X, or Y for short" -> X is the same as Y."""
        rels = []
        text = doc.text.lower()
        mentions = [t for t in doc if self.is_thing(t._.cc_concept) and t.dep_ not in ("poss",)]
        for phrase in self.r.same_phrases:
            for m in re.finditer(r"(?<![\w])" + re.escape(phrase) + r"(?![\w])", text):
                before = [t for t in mentions if t.idx + len(t) <= m.start() and m.start() - (t.idx + len(t)) <= 12]
                after = [t for t in mentions if t.idx >= m.end() and t.idx - m.end() <= 14]
                if phrase == "for short":
                    # "X, or Y for short": Y sits right before the phrase, X before ", or"
                    before = [t for t in mentions if t.idx + len(t) <= m.start() and m.start() - (t.idx + len(t)) <= 2]
                    if before:
                        y = before[-1]
                        xs = [t for t in mentions if t.i < y.i - 1 and doc[y.i - 1].lower_ == "or"]
                        if xs:
                            rels.append(Rel("same_as", xs[-1], xs[-1]._.cc_concept, y, y._.cc_concept,
                                            False, Quantifier.GENERIC, y))
                    continue
                if before and after:
                    x, y = before[-1], after[0]
                    rels.append(Rel("same_as", x, x._.cc_concept, y, y._.cc_concept, False, Quantifier.GENERIC, y))
        # "X, or Y," (appositive or): two mentions joined by ", or" and closed by a comma or ")"
        for t in mentions:
            i = t.i
            if i + 3 < len(doc) and doc[i + 1].text == "," and doc[i + 2].lower_ == "or":
                y = doc[i + 3]
                close = doc[i + 4] if i + 4 < len(doc) else None
                if self.is_thing(y._.cc_concept) and (close is None or close.text in (",", ")", ".", ";", "—")) and \
                        not (i > 0 and doc[i - 1].text == ","):
                    rels.append(Rel("same_as", t, t._.cc_concept, y, y._.cc_concept, False, Quantifier.GENERIC, y))
        return rels

    _Q = "[\"'“”‘’]?"
    _EXP_CUES = re.compile(
        r"^" + _Q + r"\s*(?:\(|,|:|=|-|–|—)?\s*(?:which\s+|that\s+)?(?:\w+ly\s+)?(?:"
        r"stands\s+for|is\s+short\s+for|short\s+for|means|translates\s+(?:to|as)|"
        r"(?:is\s+)?(?:usually\s+|often\s+|commonly\s+)?(?:expanded|spelled\s+out|written\s+out)\s+(?:as|to)|expands\s+(?:to|as)|"
        r"(?:is\s+)?(?:an?\s+|the\s+)?(?:abbreviation|acronym|initialism|short\s+form)\s+(?:for|of)|"
        r"the\s+|an?\s+|aka\s+|a\.k\.a\.\s+|i\.e\.\s+|or\s+|)\s*" + _Q + r"\s*",
        re.I)
    _BEFORE_CUES = re.compile(
        r"(?:" + _Q + r"\s*\(\s*" + _Q + r"$|" + _Q + r"\s*,\s*(?:or|better\s+known\s+as|also\s+known\s+as|known\s+as|"
        r"aka|a\.k\.a\.|(?:which|that)\s+(?:\w+\s+){0,3}(?:calls?|abbreviates?|shortens?)|(?:which|that)\s+(?:is|are)\s+"
        r"(?:usually\s+|often\s+|commonly\s+)?(?:called|abbreviated(?:\s+as|\s+to)?|shortened\s+to|known\s+as)|the|an?|)?\s*" + _Q + r"$)",
        re.I)
    _LETTER = re.compile(r"[\"'“‘]([A-Z]{1,3})[\"'”’]\s+in\s+[\"'“‘]?(\w+)[\"'”’]?\s+(?:stands|is|means)\s+(?:for\s+)?[\"'“‘]?([\w-]+(?:\s+[\w-]+)?)", re.I)

    @staticmethod
    def _attempt(words: list[str], concept) -> bool:
        """Do these words read as the acronym's expansion (right or wrong)?"""
        got, right = norm_words(" ".join(words)), norm_words(concept.expansion)
        return "".join(got) == "".join(right) or expansion_plausible(got, right, concept.acronym)

    def expansions(self, doc: Doc) -> list[Rel]:
        """Acronym expansions: "GAN stands for ...", "General Adversarial Networks (GANs)",
        "GANs (short for ...)", "Generalized adversarial networks, or GANs", "T5, the ...",
        "..., which everyone calls GPTs", and single letters: "The 'G' in GAN stands for 'general'"."""
        rels = []
        text = doc.text
        for tok in doc:
            c = tok._.cc_concept
            if c not in self.acronyms:
                continue
            concept = self.acronyms[c]
            if tok.text[:len(concept.acronym)] != concept.acronym:
                continue  # the long form itself, not the acronym
            k = len(concept.expansion.split())
            after = text[tok.idx + len(tok.text):]
            m = self._EXP_CUES.match(after)
            if m and m.group(0).strip():
                words = _words(after[m.end():])[:k]
                if 2 <= len(words) and len(words) >= k - 1 and self._attempt(words, concept):
                    found = " ".join(words)
                    start = tok.idx + len(tok.text) + m.end()
                    rels.append(Rel("stands_for", tok, c, None, found, False, Quantifier.GENERIC, tok,
                                    (("span", f"{tok.idx}:{start + len(found)}"),)))
                    continue
            before = text[:tok.idx]
            m = self._BEFORE_CUES.search(before)
            if m and (m.group(0).strip() or before.endswith(" ")):
                head = before[:m.start()]
                words = _words(head, from_end=True)[-k:]
                while words and words[0].lower().endswith(("'s", "’s")):
                    words = words[1:]
                if len(words) >= max(2, k - 1) and self._attempt(words, concept):
                    found = " ".join(words)
                    at = head.rfind(words[0])
                    # the claim hangs on the expansion's own clause, not on "which people call ACR"
                    anchor = next((t for t in doc if t.idx >= at), tok) if at >= 0 else tok
                    rels.append(Rel("stands_for", tok, c, None, found, False, Quantifier.GENERIC, anchor,
                                    (("span", f"{max(at, 0)}:{tok.idx + len(tok.text)}"),)))
        for m in self._LETTER.finditer(text):
            letters, acronym, word = m.group(1), m.group(2), m.group(3)
            concept = next((x for x in self.acronyms.values() if x.acronym.lower() == acronym.lower().rstrip("s")), None)
            if concept is None:
                continue
            pos = concept.acronym.upper().find(letters.upper())
            exp_words = concept.expansion.split()
            initials = [w for w in exp_words if w[0].isalnum() and w.lower() not in ("from",)]
            if pos < 0 or pos + len(letters) > len(initials):
                continue
            expected = initials[pos:pos + len(letters)]
            got = word.split()[:len(letters)]
            tok = next((t for t in doc if t.idx >= m.start(2)), doc[0])
            found = " ".join(got)
            full = " ".join(exp_words[:pos] + got + exp_words[pos + len(got):])
            if [g.lower().rstrip("s") for g in got] != [e.lower().rstrip("s") for e in expected]:
                rels.append(Rel("stands_for", tok, concept.id, None, full, False, Quantifier.GENERIC, tok,
                                (("span", f"{m.start()}:{m.end()}"), ("letters", found))))
        return rels

    # ------------------------------------------------------------------ properties (limitations, scope)
    def properties(self, doc: Doc) -> list[Claim]:
        """Overclaims and scope errors matched by each fact's `detect` patterns, about a
        concept the fact covers, when asserted (not negated, questioned, reported or
        conditional). A NEG: pattern states the overclaim only when negated."""
        claims = []
        low = [t.lower_ for t in doc]
        lemmas = [t.lemma_.lower() for t in doc]
        concepts = [self.concept(t) if (t._.cc_concept or t.pos_ == "PRON" or t.lemma_.lower() in CLASSIFIERS)
                    else None for t in doc]
        mentions = [(t, c) for t, c in zip(doc, concepts) if self.is_thing(c) and not self.compared(t)]
        if not mentions:
            return claims
        # "unless" phrases are read with the mentions blanked out ("language" in "large language model")
        chars = list(doc.text.lower())
        for t, c in zip(doc, concepts):
            if c:
                chars[t.idx:t.idx + len(t.text)] = "_" * len(t.text)
        masked = "".join(chars)
        for fact in self.kb.facts:
            d = fact.detect
            if d is None:
                continue
            subjects = [(t, c) for t, c in mentions if covered(self.kb, c, d.subjects)]
            if not subjects:
                continue
            if any(re.search(r"(?<![\w])" + re.escape(u) + r"(?![\w])", masked) for u in d.unless):
                continue
            for pattern, raw, needs_neg in zip(d.patterns, d.raw_patterns, d.negated or (False,) * len(d.patterns)):
                span = _match(pattern, low, lemmas, concepts, self.kb)
                if span is None:
                    continue
                a, b = span
                subj_tok, subj = min(subjects, key=lambda tc: abs(tc[0].i - a))
                negation = self._property_negation(doc, a, b, subj_tok, needs_neg)
                if negation is None or negation != needs_neg:
                    continue
                claims.append(Claim(
                    relation="property", subject=subj, object=fact.id,
                    start=min(subj_tok.idx, doc[a].idx),
                    end=max(doc[b - 1].idx + len(doc[b - 1]), subj_tok.idx + len(subj_tok)),
                    subject_text=subj_tok.text, object_text=doc[a:b].text, sentence=doc.text,
                    detail=(("fact", fact.id), ("found", doc[a:b].text), ("property", fact.covers[0].property))))
                break
        return claims

    def _property_negation(self, doc: Doc, a: int, b: int, subj: Token, needs_neg: bool = False) -> bool | None:
        """Whether a matched span is negated (clause negation, "no LLM"; for a NEG: pattern also a
        negation inside the span, like "no special hardware"), or None when the clause is
        questioned, reported, conditional or only about some."""
        inside = set() if needs_neg else set(range(a, b))
        head = doc[a]
        while head.pos_ not in ("VERB", "AUX") and head.head is not head:
            head = head.head
        negated = False
        chain = [head]
        while chain[-1].dep_ in ("xcomp", "acomp") and chain[-1].head is not chain[-1]:
            chain.append(chain[-1].head)  # "will never be able to work with images"
        for t in chain + [c for h in chain for c in h.children if c.dep_ in ("aux", "auxpass")]:
            for c in t.children:
                if c.dep_ == "neg" and c.i not in inside:
                    negated = True
        if needs_neg and any(doc[k].lower_ in ("no", "zero") and doc[k].dep_ == "det" for k in range(a, b)):
            negated = not negated
        q = self.quantifier(subj)
        if q in (Quantifier.NOT_ALL, Quantifier.SOME):
            return None
        if q is Quantifier.NONE:
            negated = not negated
        mod = self.clause_modality(head, doc)
        if mod is Modality.REFUTED:
            # "It's a myth that X": X is denied; a NEG: pattern's own negation scope is unclear there
            return None if needs_neg else not negated
        if mod not in (Modality.ASSERTED, Modality.HEDGED):
            return None
        return negated

    # ------------------------------------------------------------------ modality
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

    # ------------------------------------------------------------------ claims
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
        detail = tuple(kv for kv in rel.detail if kv[0] != "span")
        negated, quantifier = rel.negated, rel.quantifier
        if quantifier is Quantifier.NONE and rel.relation not in ("is_a",):
            # "No GAN uses a single network" = it is not the case that GANs use a single network
            negated, quantifier = not negated, Quantifier.GENERIC
        rel = replace(rel, negated=negated, quantifier=quantifier)
        return Claim(
            relation=rel.relation, subject=rel.x_concept, object=rel.y_value, start=start, end=end,
            polarity=Polarity.NEGATIVE if rel.negated else Polarity.POSITIVE, quantifier=rel.quantifier,
            modality=modality, subject_text=rel.x.text, object_text=obj_text if rel.relation != "stands_for" else rel.y_value,
            sentence=doc.text, detail=detail)


def doc_tok(tok: Token, offset: int) -> Token:
    """The token ``offset`` positions away from ``tok`` (clamped to the doc)."""
    return tok.doc[max(0, min(len(tok.doc) - 1, tok.i + offset))]


def _words(text: str, from_end: bool = False) -> list[str]:
    """Whitespace words with surrounding punctuation and quotes stripped; stops at a clause
    boundary (comma, parenthesis, full stop) in reading direction."""
    if from_end:
        cut = max(text.rfind(ch) for ch in ",;:.()\"“”—–/|[]")
        text = text[cut + 1:]
    else:
        m = re.search(r"[,;:.()\"“”—–/|\[\]]|\s-\s", text)
        text = text[:m.start()] if m else text
    return [w.strip("\"'“”‘’*_") for w in text.split() if w.strip("\"'“”‘’*_")]


def _match(pattern: tuple[Slot, ...], low: list[str], lemmas: list[str], concepts: list[str | None],
           kb: KnowledgeBase) -> tuple[int, int] | None:
    """Find ``pattern`` in the token list; returns (start, end) token indices. A slot matches a
    token's lowercase form or lemma, or (``@id``) a mention of that concept or a narrower one;
    a gap skips up to six tokens."""
    n = len(low)

    def hit(slot: Slot, i: int) -> bool:
        if i >= n:
            return False
        if low[i] in slot.alts or lemmas[i] in slot.alts:
            return True
        c = concepts[i]
        return c is not None and any(a[:1] == "@" and covered(kb, c, tuple(a[1:].split("|"))) for a in slot.alts)

    def walk(k: int, i: int) -> int | None:
        if k == len(pattern):
            return i
        slot = pattern[k]
        if slot.alts is None:
            for skip in range(0, 7):
                if skip and (i + skip - 1 >= n or low[i + skip - 1] in GAP_STOPS):
                    break  # a gap does not cross a clause boundary
                end = walk(k + 1, i + skip)
                if end is not None:
                    return end
            return None
        if hit(slot, i):
            end = walk(k + 1, i + 1)
            if end is not None:
                return end
        if slot.optional:
            return walk(k + 1, i)
        return None

    for start in range(n):
        if pattern[0].alts is not None and not hit(pattern[0], start):
            continue
        end = walk(0, start)
        if end is not None and end > start:
            return start, end
    return None


@Language.factory("claimcheck_claims", default_config={"rules_dir": "", "extra_facts": []},
                  assigns=["doc._.cc_claims"], requires=["token.dep", "token.lemma", "token.pos"])
def make_claims(nlp: Language, name: str, rules_dir: str, extra_facts: list[str]) -> ClaimExtractor:
    extensions.install()
    return ClaimExtractor(_kb(rules_dir, tuple(extra_facts)))


__all__ = ["ClaimExtractor", "make_claims", "replace", "year_of"]

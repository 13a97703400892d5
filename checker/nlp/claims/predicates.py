"""Relations read off predicates: copulas, verbs with cue words, appositions, makers and years."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from checker.model import Quantifier
from checker.knowledge.names import norm_words
from checker.nlp.claims.rel import Rel
from checker.nlp.claims.vocab import SOME_ADVERBS, CLASSIFIERS, CONTAINERS, COPULAS, FRAME_VERBS, MAKER_NOUNS, MONTHS, NETWORK_NOUNS, VERSION_NOUNS, NONE_WORDS, NUMBER_WORDS, REL_PRONOUNS, SAME_VERBS, INTRODUCING_WORKS, TEMPORAL
from checker.knowledge.taxonomy import strictly_below, covered
from checker.nlp.extensions import concept_id, year_id


# prepositions that bound a span of time: their year is no launch date
# words that make "works like" a loose likeness: "works a bit like", "sort of like", "often like"
_LIKENESS_HEDGES = SOME_ADVERBS | {"bit", "little", "sort", "kind", "loosely", "roughly", "somewhat", "vaguely"}
_SPAN_PREPS = frozenset({"after", "before", "since", "until", "till", "by", "within", "from", "to", "between", "through"})


def _cleft_clause(verb: Token) -> bool:
    """Whether a clause can be the one a cleft's focus was taken out of: one that opens with
    "that", "who" or "when" ("It was Google that built it"), or has no subject of its own ("It
    was Google, built it" as the parser joins "It was Google built it")."""
    return any(c.lower_ in ("that", "who", "which", "when", "whom") and c.i < verb.i for c in verb.children) or \
        not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _only_than(pred: Token) -> Token:
    """The predicate inside "nothing more than Y", "nothing but Y", "no more than Y", "little
    more than Y": Y ("Midjourney is nothing more than a GAN" calls it a GAN)."""
    if pred.lower_ not in ("nothing", "more", "little") or (
            pred.lower_ == "more" and not any(c.lower_ in ("no", "little") for c in pred.children)):
        return pred  # (not "ChatGPT is more than an LLM")
    return next((o for k in pred.subtree if k.dep_ == "prep" and k.lower_ in ("than", "but") and k.head.i <= k.i
                 for o in k.children if o.dep_ == "pobj"), pred)


class PredicateMixin:
    """Part of ClaimExtractor (see checker/nlp/claims/__init__.py)."""

    def cue_lemma(self, verb: Token) -> str:
        """The verb's lemma as the relations read it: a phrasal verb as the plain verb it means
        ("showed up in 2017", "the chatbot Google put out in 2021": appeared, released), and
        "has got" as "has"."""
        lemma = verb.lemma_.lower()
        if lemma == "get" and verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
            return "have"  # "has got an LLM inside it" is "has an LLM inside it"
        if lemma == "be" and (verb.tag_ == "VBN" or any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)):
            return lemma  # "has been out since 2020" lasts from then (read as existing, not as a release)
        return next((self.r.phrasal_verbs[f"{lemma} {c.lower_}"] for c in verb.children
                     if (c.dep_ in ("prt", "prep") or (c.dep_ == "advmod" and c.i == verb.i + 1)) and not (
                         # ("was out in 2021", not "out of fashion")
                         c.i + 1 < len(verb.doc) and verb.doc[c.i + 1].lower_ in ("of", "there", "and"))
                     and f"{lemma} {c.lower_}" in self.r.phrasal_verbs), lemma)

    def predicate(self, verb: Token) -> list[Rel]:
        lemma = self.cue_lemma(verb)
        if verb.pos_ == "NOUN" and any(c.dep_ == "auxpass" for c in verb.children):
            # "X is best thought of as Y": a participle the tagger took for a noun
            lemma = {"thought": "think", "seen": "see", "viewed": "view", "regarded": "regard"}.get(verb.lower_, lemma)
        subs = self.subjects(verb)
        rels: list[Rel] = []
        neg = self.clause_negated(verb)
        if lemma in COPULAS and verb.pos_ in ("AUX", "VERB"):
            rels.extend(self.copular(verb, subs, neg))
            rels.extend(self.ordered([p for s, _, _ in subs for p in self.existence_order(verb, lemma, s)], neg, verb))
        else:
            rels.extend(self.verbal(verb, lemma, subs, neg))
        rels.extend(self.frame_as(verb, lemma, neg))
        rels.extend(self.fronted_as(verb, subs))
        rels.extend(self.networks(verb, subs, neg))
        rels.extend(self.existing_since(verb, lemma, subs, neg))
        rels.extend(self.works_like(verb, lemma, subs, neg))
        rels.extend(self.used_interchangeably(verb, lemma, neg))
        return rels + self.likened(verb, lemma, neg)

    def works_like(self, verb: Token, lemma: str, subs, neg: bool) -> list[Rel]:
        """"Diffusion models work like a GAN", "ChatGPT works just like a GAN": a family the
        subject is said to work like is what it runs on (not hedged: "works a bit like", "sort of like")."""
        if lemma not in self.r.likeness_verbs:
            return []
        rels = []
        likes = list(self.prep_objects(verb, {"like"}))
        # (or "the same way as a GAN", "in the same way as GANs", "the way GANs do")
        for way in verb.subtree:
            if way.lemma_ != "way" or not (way.head == verb or (way.head.dep_ == "prep" and way.head.head == verb)):
                continue
            if any(c.lower_ == "same" for c in way.children):
                likes += [(prep, p) for prep, p in self.prep_objects(way, {"as"})]
            likes += [(way, k) for r in way.children if r.dep_ == "relcl" and r.lemma_.lower() in ("do", *self.r.likeness_verbs)
                      for k in r.children if k.dep_ == "nsubj"]
        for prep, p in likes:
            if prep.i < verb.i or any(t.lower_ in _LIKENESS_HEDGES for t in verb.doc[verb.i + 1:prep.i]):
                continue
            for o, oneg in self.conjuncts(p):
                oc = self.concept(o)
                if not self.is_thing(oc) or self.kb.concepts[oc].kind not in ("family", "architecture"):
                    continue
                for s_, q, _ in subs:
                    sc = self.concept(s_)
                    if self.is_thing(sc) and sc != oc:
                        rels.append(Rel(relation="uses", x=s_, x_concept=sc, y=o, y_value=oc, negated=neg != oneg,
                                        quantifier=q, anchor=verb))
        return rels

    def likened(self, verb: Token, lemma: str, neg: bool) -> list[Rel]:
        """"Like Midjourney, our tool is a GAN under the hood": what the clause says its subject
        is or runs on, it says of the fronted "like" phrase too (not of "unlike")."""
        doc = verb.doc
        likes = [(o, self.quantifier(o), False) for prep, p in self.prep_objects(verb, {"like"})
                 if prep.i < verb.i and (prep.i == 0 or doc[prep.i - 1].is_punct)
                 for o, _ in self.conjuncts(p) if self.is_thing(self.concept(o))]
        if not likes:
            return []
        read = self.copular(verb, likes, neg) if lemma in COPULAS else self.verbal(verb, lemma, likes, neg)
        return [r for r in read if r.relation in ("is_a", "uses") and r.x.i in {o.i for o, _, _ in likes}]

    def used_interchangeably(self, verb: Token, lemma: str, neg: bool) -> list[Rel]:
        """Usage as a claim of sameness: "we use 'generative AI' and 'LLM' interchangeably",
        "Use the two terms as synonyms", "X and Y can be used interchangeably". Someone else's
        usage ("people often use X and Y interchangeably", "Leadership keeps using ...") only
        reports how people talk, and a past habit ("I used to use ...") is over."""
        # (the adverb may hang on the verb's other modifier: "use X and Y interchangeably here / in the deck")
        if not any(c.lower_ in ("interchangeably", "synonymously") for c in (*verb.children, *(
                k for c in verb.children if c.dep_ in ("advmod", "prep") for k in c.children))) and \
                not (lemma in ("use", "treat") and
                     any(p.lower_.rstrip("s") in ("synonym", "equivalent") for _, p in self.prep_objects(verb, {"as"}))):
            return []
        if verb.dep_ == "pcomp":
            return []  # "we caution against treating X and Y as synonyms", "instead of using ..."
        if verb.dep_ in ("ccomp", "conj", "parataxis") and verb.head.lemma_ == "do" and verb.head.i > verb.i and \
                any(c.dep_ == "neg" for c in verb.head.children) and \
                any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in verb.head.children):
            return []  # a usage the writer disowns: "Several surveys use X and Y interchangeably; we do not"
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subj and verb.dep_ == "xcomp":
            subj = [c for c in verb.head.children if c.dep_ == "nsubj"]
            if verb.head.lower_ == "used":
                return []
        modal = any(c.dep_ == "aux" and c.lower_ in ("can", "could", "should", "may") for c in verb.children)
        if subj and subj[0].lower_ not in ("we", "i", "you", "us", "me") and not modal:  # ("you'll see us use X and Y interchangeably")
            return []
        if not subj and not modal and any(c.dep_ == "nsubjpass" for c in verb.children) and not any(
                c.lower_ in ("will", "'ll") for c in verb.children) and not any(
                t.lower_ in ("here", "throughout", "below", "purposes") or (t.pos_ in ("NOUN", "PROPN") and any(
                    d.lower_ in ("this", "these", "our") for d in t.children))
                for c in verb.children if c.dep_ in ("advmod", "prep") for t in c.subtree):
            return []  # how people use the words ("they get used interchangeably in sales pitches"), unless
            # this text's own usage ("In this RFQ X and Y are used interchangeably", "for the purposes of
            # the report", "will be used interchangeably in the pack")
        # (the second object may hang on the verb: "I use "LLM" and "generative AI" interchangeably")
        holders = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "oprd") or (
            c.dep_ in ("conj", "npadvmod") and c.pos_ not in ("VERB", "AUX") and self.is_thing(self.concept(c)))]
        things = [(t, concept_id(t)) for h in holders for t in h.subtree if self.is_thing(concept_id(t))]
        if len(things) < 2:
            things = next((p for h in holders if (p := self.pair_things(h))), things)
        return [Rel(relation="same_as", x=a, x_concept=ac, y=b, y_value=bc, negated=neg, anchor=verb)
                for (a, ac), (b, bc) in zip(things, things[1:])]

    def introduced_by(self, noun: Token) -> Token | None:
        """The family a work noun introduced, whose date is the work's: "the GAN paper", "the
        transformer paper" (the name right before it); None for anything else."""
        if concept_id(noun) is not None or noun.lemma_.lower() not in INTRODUCING_WORKS:
            return None
        return next((c for c in noun.children if c.dep_ in ("compound", "nmod") and c.i == noun.i - 1 and concept_id(c)
                     and self.kb.concepts[concept_id(c)].kind in ("family", "architecture")), None)

    def locative_inversion(self, verb: Token, sub_concepts, preds: list[Token], neg: bool) -> list[Rel] | None:
        """"Underneath ChatGPT is a transformer model", "Behind Midjourney is a GAN": a place word
        opening the sentence makes the copula's subject the place, and what follows the verb is
        what that place runs on (the parser often reads the place word as part of the name).
        None when the sentence is no such inversion."""
        doc = verb.doc
        places = self.r.uses_places | self.r.uses_preps
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            # a place of a thing put first: "At the heart of ChatGPT is a GAN", "Under the hood
            # of every LLM is a transformer"
            for prep, p in self.prep_objects(verb, {"at", "under", "beneath", "underneath", "inside"}):
                if prep.i > verb.i or any(not (u.is_punct or u.pos_ in ("ADV", "CCONJ")) for u in doc[:prep.i]):
                    continue
                seats = self.seated(prep, p) if prep.lower_ == "at" else [
                    o for _, o in self.prep_objects(p, {"of"}) if p.lemma_.lower() in places and not concept_id(p)]
                rels = [Rel(relation="uses", x=t, x_concept=c, y=pp, y_value=pc, negated=neg != pneg if pneg else neg,
                            quantifier=self.quantifier(t), anchor=verb)
                        for seat in seats for t, _ in self.conjuncts(seat) if self.is_thing(c := self.concept(t))
                        for p2 in preds for pp, pneg in self.conjuncts(p2)
                        if self.is_thing(pc := self.concept(pp)) and pc != c]
                if rels:
                    return rels
        if any(c.dep_ == "expl" and c.lower_ == "there" for c in verb.children):
            # what there is inside a thing is what it runs on: "There's a GAN inside ChatGPT",
            # "There is a VAE at the heart of ChatGPT" (the place on the verb or on the thing)
            rels = [Rel(relation="uses", x=t, x_concept=c, y=pp, y_value=pc, negated=neg != pneg if pneg else neg,
                        quantifier=self.quantifier(t), anchor=verb)
                    for p2 in preds for pp, pneg in self.conjuncts(p2)
                    if self.is_thing(pc := self.concept(pp)) and self.kb.concepts[pc].kind in ("family", "architecture")
                    for holder in (verb, p2)
                    for prep, o in self.prep_objects(holder, {"at", "inside", "within", "behind", "underneath", "beneath"})
                    for seat in self.seated(prep, o) for t, _ in self.conjuncts(seat)
                    if self.is_thing(c := self.concept(t)) and c != pc and self.kb.concepts[c].kind in ("model", "product")]
            if rels:
                return rels
        fronted = [(p, self.concept(p), self.quantifier(p), False) for prep, p in self.prep_objects(verb, places)
                   if prep.i < verb.i and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)]
        for t, c, q, _ in sub_concepts + [f for f in fronted if f[1]]:
            k = t.left_edge.i
            while k < t.i and (doc[k].is_punct or doc[k].pos_ == "DET"):
                k += 1
            if not (k > 0 and doc[k - 1].lower_ in places or doc[k].lower_ in places and k < t.i):
                continue
            start = k - 1 if k > 0 and doc[k - 1].lower_ in places else k
            if any(not (u.is_punct or u.pos_ in ("ADV", "CCONJ")) for u in doc[:start]) or not self.is_thing(c):
                continue
            rels = []
            for p in preds:
                for pp, pneg in self.conjuncts(p):
                    pc = self.concept(pp)
                    if self.is_thing(pc) and pc != c:
                        rels.append(Rel(relation="uses", x=t, x_concept=c, y=pp, y_value=pc,
                                        negated=neg != pneg if pneg else neg, quantifier=q, anchor=verb))
            return rels
        return None

    def existing_since(self, verb: Token, lemma: str, subs, neg: bool) -> list[Rel]:
        """"Transformers have only been around since 2020", "GANs have existed since 2014": the
        year something has existed from is the year it appeared."""
        # (around, about, or out with nothing of its own: not "out of action since 2023")
        # (or available, to everyone: "ChatGPT has been available to the public since 2019", "it became
        # available in 2019"; not in one place: "available in the EU since 2023")
        available = next((c for c in verb.children if c.dep_ == "acomp" and c.lower_ == "available"), None) \
            if lemma in ("be", "become") else None
        if available is not None and any(o.pos_ == "PROPN" and not year_id(o) and o.lower_ not in self.cues.date_parts for h in (verb, available)
                                         for _, o in self.prep_objects(h, {"in", "across", "throughout", "outside"})):
            available = None
        lasting = lemma in self.r.lasting_verbs and (
            (verb.tag_ == "VBG" and any(c.lower_ == "been" for c in verb.children)) or
            any(c.lower_ in ("around", "about") and c.dep_ in ("advmod", "prt") and not list(c.children) for c in verb.children))
        if neg or not (lemma == "exist" or available is not None or lasting or (lemma == "be" and any(
                c.lower_ in ("around", "about", "out") and not list(c.children) for c in verb.children))):
            return []
        preps = {"since", "in"} if lemma == "become" else {"since"}
        years = [t for h in (verb, available) if h is not None for _, p in self.prep_objects(h, preps)
                 for t in p.subtree if year_id(t)]
        if not years:
            return []
        return [Rel(relation="introduced_in", x=s, x_concept=self.concept(s), y=years[0], y_value=str(year_id(years[0])), anchor=verb)
                for s, _, _ in subs if self.is_thing(self.concept(s))]

    def copular(self, verb: Token, subs, neg: bool) -> list[Rel]:
        rels: list[Rel] = []
        preds = [c for c in verb.children if c.dep_ in ("attr", "acomp", "oprd")]
        if not preds:
            # (not from a clause of its own: "AI has been around for decades, but a new branch has
            # stolen the spotlight: Generative AI")
            own = {t.i for c in verb.children if c.dep_ in ("conj", "ccomp", "advcl", "relcl", "parataxis") and any(
                k.dep_ in ("nsubj", "nsubjpass") for k in c.children) for t in c.subtree}
            preds = [t for t in verb.subtree if t.i > verb.i and t.dep_ in ("appos", "npadvmod", "dep") and t.i not in own
                     and self.is_thing(concept_id(t)) and not self.is_thing(self.concept(t.head))]
        if not preds:
            preds = self.after_interjection(verb)
        if verb.lemma_.lower() in ("represent", "constitute"):
            preds += [c for c in verb.children if c.dep_ == "dobj"]
        # "ChatGPT is what they call a GAN": what a naming clause calls it
        preds += [o for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() in self.r.naming_verbs and
                  any(k.lower_ == "what" for k in c.children) for o in c.children if o.dep_ == "oprd"]
        preds = [_head_after_acronym(_only_than(p)) for p in preds]
        # (an untracked predicate's apposition renames it: "Midjourney is a paid app, basically a GAN")
        # (or a name's noun the parser hung on as one: "OpenAI's picture LLM")
        preds += [a for p in preds if p.dep_ == "attr" and concept_id(p) is None for a in p.children
                  if a.dep_ == "appos" and a.i > p.i and (any(d.dep_ == "det" for d in a.children) or a.i == p.i + 1) and
                  self.is_thing(self.concept(a)) and not any(d.dep_ in ("cc", "conj") for d in a.children) and
                  not any(t.text in (":", "—", "–", ";") for t in p.doc[p.i:a.i])]  # (not a list of its parts after a colon)
        preds = [p for p in preds if not self._renames_nearer(p, preds)]
        sub_concepts = [(t, self.concept(t) or next((self.concept(o) for _, o in self.prep_objects(t, {"of"})), None)
                         if t.lemma_.lower() in self.r.is_a_nouns and t.head == verb else self.concept(t), q, p)
                        for t, q, p in subs]
        sub_concepts = [(t, c, q, p) for t, c, q, p in sub_concepts if c]
        inverted = self.locative_inversion(verb, sub_concepts, preds, neg)
        if inverted is not None:
            return inverted
        # "the GAN paper was 2017": the work that introduced a thing, given its year
        for s_, _, _ in subs:
            work = self.introduced_by(s_)
            years = [t for p in preds for t in p.subtree if year_id(t) and (t == p or t.head == p and p.pos_ == "PROPN")] \
                if work is not None else []  # (the year itself, or a month's: not "a 2017 highlight for me")
            if years:
                rels.append(Rel(relation="introduced_in", x=work, x_concept=concept_id(work), y=years[0],
                                y_value=str(year_id(years[0])), negated=neg,
                                anchor=verb))
        # "X and Y are the same" / "one and the same" / "identical" / "interchangeable"
        if any(self.is_same_word(p) for p in preds) and not any(
                o.lemma_.lower() not in ("name", "word", "term", "label")  # (but "one thing with two names")
                for p in preds for _, o in self.prep_objects(p, {"as", "to", "with", "from"})):
            things = [(t, c) for t, c, _, _ in sub_concepts if self.is_thing(c)]
            if len(things) < 2:
                things = self.subject_np_concepts(verb)
            for (t1, c1), (t2, c2) in zip(things, things[1:]):
                rels.append(Rel(relation="same_as", x=t1, x_concept=c1, y=t2, y_value=c2, negated=neg, anchor=verb))
        # "There is no difference between X and Y"
        for p in preds:
            if p.lemma_.lower() in ("difference", "distinction") and any(
                    c.dep_ == "det" and c.lower_ in NONE_WORDS for c in p.children) and not neg:
                pairs = [t for _, t in self.prep_objects(p, {"between"})]
                things = []
                for t in pairs:
                    things += [(x, self.concept(x)) for x, _ in self.conjuncts(t) if self.is_thing(self.concept(x))]
                for (t1, c1), (t2, c2) in zip(things, things[1:]):
                    rels.append(Rel(relation="same_as", x=t1, x_concept=c1, y=t2, y_value=c2, anchor=verb))
        for t, c, q, _ in sub_concepts:
            q = self.verb_quantifier(verb, q)
            if concept_id(t) is None and t.lemma_.lower() in self.r.is_a_nouns | {"example", "instance"} and \
                    self.prep_objects(t, {"of"}):
                # "A specific type of generative AI is the LLM": the predicate is the narrower one
                for p in preds:
                    for pn, pneg in self.conjuncts(p):
                        pc = self.concept(pn)
                        if self.is_thing(pc):
                            rels.append(Rel(relation="is_a", x=pn, x_concept=pc, y=t, y_value=c,
                                            negated=neg != pneg if pneg else neg, anchor=verb))
                continue
            for p in preds:
                for rel in self.np_predicate(p, t, c, neg, q, verb):
                    rels.append(rel)
            # copula + preposition: "X is under / within / part of / behind Y", "X is by OpenAI"
            for prep, pobj in self.prep_objects(verb):
                rels.extend(self.prep_predicate(prep, pobj, t, c, neg, q, verb))
        return rels

    def _renames_nearer(self, p: Token, preds: list[Token]) -> bool:
        """A second predicate nominal after a comma, with a tracked thing named between it and
        the first, renames that nearer thing: "it's an app that sits on a large language model,
        in this case one of OpenAI's GPT models" (the model is one of them, not the app)."""
        doc = p.doc
        first = next((q for q in preds if q.i < p.i), None)
        if first is None or not any(t.text == "," for t in doc[first.i:p.left_edge.i]):
            return False
        return any(self.is_thing(concept_id(t)) for t in doc[first.i + 1:p.left_edge.i]
                   if t.i in {k.i for k in first.subtree})

    @staticmethod
    def after_interjection(verb: Token) -> list[Token]:
        """The predicate nominal after an aside between commas, which the parser often hangs
        elsewhere: "X are, at their core, diffusion models", "X is, in the end, just a subset
        of Y", "X are all, strictly speaking, kinds of Y"."""
        doc = verb.doc
        i = verb.i + 1
        if i < len(doc) and doc[i].lower_ in ("all", "both", "each"):
            i += 1
        if i >= len(doc) or doc[i].text != ",":
            return []
        close = next((t.i for t in doc[i + 1:i + 7] if t.text == ","), None)
        if close is None:
            return []
        return [next((t for t in doc[close + 1:close + 6] if t.pos_ in ("NOUN", "PROPN")), None)] if any(
            t.pos_ in ("NOUN", "PROPN") for t in doc[close + 1:close + 6]) else []

    def family_words(self, n: Token, x: Token, xc: str, negated: bool, q: Quantifier, anchor: Token) -> list[Rel]:
        """Another family's word before a family's name says which kind X is: "a GAN image
        generator", "a GAN picture generator" (through the name's own first word)."""
        c = self.concept(n)
        if c is None or self.kb.concepts[c].kind != "family" or n.pos_ != "NOUN" or n.lemma_.lower() in self.r.is_a_nouns:
            return []
        mods = [k for k in n.children if k.dep_ == "compound" and k.i < n.i]
        mods += [g for k in mods if concept_id(k) is None for g in k.children if g.dep_ == "compound" and g.i < k.i]
        return [Rel(relation="is_a", x=x, x_concept=xc, y=g, y_value=concept_id(g), negated=negated, quantifier=q, anchor=anchor)
                for g in mods if self.is_thing(concept_id(g)) and concept_id(g) != c and
                self.kb.concepts[concept_id(g)].kind in ("family", "architecture")]

    def np_predicate(self, noun: Token, x: Token, xc: str, neg: bool, q: Quantifier, anchor: Token) -> list[Rel]:
        """Relations expressed by a predicate nominal or apposition describing X."""
        rels: list[Rel] = []
        for n, local_neg in self.conjuncts(noun):
            if n != noun and n.i + 1 < len(n.doc) and n.doc[n.i + 1].lower_ == "as" and n.doc[n.i + 1].dep_ == "prep":
                break  # "X as the kitchen and LLMs as the burner": a second pair, gapped
            negated = neg != local_neg if local_neg else neg
            j = n.left_edge.i if n.left_edge.lower_ == "not" else n.left_edge.i - 1
            if neg and local_neg and j >= 1 and n.doc[j].lower_ == "not" and n.doc[j - 1].lower_ in ("and", "or", "nor", ","):
                negated = True  # a denial repeated, not a contrast: "is not a chatbot and not a language model"
            if negated and not local_neg and self.unique(n):
                negated = False  # "GPT-3 isn't the only LLM": it is one, and not the only one
            elif negated and not local_neg and any(t.lower_ in ("just", "merely", "simply") and
                                                   any(d.lower_ == "another" for d in n.children)
                                                   for t in n.doc[max(0, n.left_edge.i - 1):n.i]):
                continue  # "Claude isn't just another chatbot": whether it is one is left open
            c = self.concept(n)
            lemma = n.lemma_.lower()
            if self.is_agent(c) and self.is_thing(xc) and self.kb.concepts[xc].kind in ("model", "product") and (
                    any(k.lower_ == "one" for k in n.children) or
                    (n.i + 1 < len(n.doc) and n.doc[n.i + 1].lower_ == "one")):
                # "Llama is the Microsoft one", "Bard, the Microsoft one": the one that maker makes
                rels.append(Rel(relation="made_by", x=x, x_concept=xc, y=n, y_value=c, negated=negated, anchor=anchor))
                continue
            owner = next((d for d in n.children if d.dep_ == "poss" and self.is_agent(concept_id(d))), None)
            nearest = next((t for t in reversed(n.doc[:n.left_edge.i]) if self.is_thing(concept_id(t))), None)
            if c is None and n.lower_ == "one" and owner is not None and self.is_thing(xc) and \
                    self.kb.concepts[xc].kind in ("model", "product") and (n.dep_ == "attr" or nearest == x):
                # (an aside is the nearest name's: "Claude (Anthropic's one) and Gemini (Google's one)")
                # "it's Google's free one": the one that maker makes
                rels.append(Rel(relation="made_by", x=x, x_concept=xc, y=owner, y_value=concept_id(owner), negated=negated,
                                anchor=anchor))
                continue
            if c and n != x and self.is_thing(c) and self.kb.concepts[c].kind != "product":
                # (a product is an individual: "GPT, a transformer, powers ChatGPT" names no class)
                rels.append(Rel(relation="is_a", x=x, x_concept=xc, y=n, y_value=c, negated=negated, quantifier=q,
                                anchor=anchor))
                if self.is_thing(xc) and self.kb.concepts[xc].kind == "family" and c != xc and \
                        any(d.dep_ == "det" and d.lower_ == "the" for d in n.children) and \
                        any(a.dep_ == "amod" and a.lower_ in self.r.precedes["firsts"] for a in n.children):
                    # a family that was "the first / the original" of a class came before the rest of it:
                    # "LLMs were the very first form of generative AI"
                    rels.append(Rel(relation="precedes", x=x, x_concept=xc, y=n, y_value=c,
                                    negated=neg != local_neg if local_neg else neg,  # ("weren't the first" denies it)
                                    quantifier=q, anchor=anchor))
            if c and n != x and self.is_thing(c) and self.kb.concepts[c].kind in ("product", "model") and \
                    self.kb.concepts[xc].kind in ("family", "application") and x.dep_ == "nsubj" and n.dep_ == "attr" and \
                    self.plural(x) and any(d.dep_ in ("poss", "nummod", "amod") for d in x.children) and \
                    not (self.kb.concepts[c].kind == "model" and self.kb.concepts[xc].kind == "application"):
                # (but "my favourite chatbots are GPT-4 and Claude" names models for their products)
                # "My two favourite LLMs are ChatGPT and Alexa": the class's members named
                rels.append(Rel(relation="is_a", x=n, x_concept=c, y=x, y_value=xc, negated=negated, anchor=anchor))
            if self.is_same_word(n):
                for _, obj in self.prep_objects(n, {"as", "to", "with"}):
                    for o, oneg in self.conjuncts(obj):
                        if lemma in ("technology", "tech", "engine", "architecture", "foundation", "approach", "method",
                                     "technique", "design", "framework", "machinery", "mechanism") and self.concept(o) and self.kb.concepts[self.concept(o)].kind in ("product", "model"):
                            # "LLMs, the same technology as ChatGPT": what ChatGPT runs on ("a VAE, the
                            # same core technology as ChatGPT": ChatGPT runs on a VAE)
                            if self.kb.concepts[xc].kind in ("family", "architecture"):
                                rels.append(Rel(relation="uses", x=o, x_concept=self.concept(o), y=x, y_value=xc,
                                                negated=negated != oneg, anchor=anchor))
                            continue
                        oc = self.concept(o)
                        if lemma in CONTAINERS and self.is_thing(oc):
                            # "a diffusion model, the same family as Midjourney": Midjourney is one of
                            # the family; two individuals in one family say nothing of either's class
                            kinds = (self.kb.concepts[xc].kind in ("product", "model"),
                                     self.kb.concepts[oc].kind in ("product", "model"))
                            if kinds == (False, True):
                                rels.append(Rel(relation="is_a", x=o, x_concept=oc, y=x, y_value=xc,
                                                negated=negated != oneg, anchor=anchor))
                            elif kinds == (True, False):
                                rels.append(Rel(relation="is_a", x=x, x_concept=xc, y=o, y_value=oc,
                                                negated=negated != oneg, quantifier=q, anchor=anchor))
                            elif kinds == (False, False):
                                rels.append(Rel(relation="same_as", x=x, x_concept=xc, y=o, y_value=oc,
                                                negated=negated != oneg, quantifier=q, anchor=anchor))
                            continue
                        if self.is_thing(oc):
                            rels.append(Rel(relation="same_as", x=x, x_concept=xc, y=o, y_value=self.concept(o),
                                            negated=negated != oneg, quantifier=q, anchor=anchor))
            if lemma in self.r.same_nouns and lemma not in ("difference", "distinction", "label"):
                for _, obj in self.prep_objects(n, {"for", "of"}):
                    # (or a name compared with another, or given by a trade or a manner: "the newer
                    # name for LLMs", "the marketing name for", "the nerdy word for", "the technical
                    # term for"; not a broad name for a kind defined: "the broad name for AI that
                    # creates new content", "a general term for"; and a term only for a name itself)
                    if self.is_thing(self.concept(obj)) and (any(
                            c2.lower_ in ("another", "other", "synonym", "just", "simply", "fancy", "new", "same")
                            for c2 in n.subtree if c2.i < obj.i) and lemma != "term" or (
                                lemma in ("name", "word", "term") and self.whole_or_part(n) is None and not self.restricted(obj) and
                                concept_id(obj) and not any(k.dep_ in ("amod", "compound", "nmod") for k in obj.children) and
                                not any(c2.lemma_.lower() in self.r.broad_words for c2 in n.children) and any(
                                    (c2.tag_ in ("JJR", "JJ") or (c2.dep_ == "compound" and c2.pos_ == "NOUN")) and c2.i < n.i and
                                    not concept_id(c2) for c2 in n.children))) or \
                            lemma in ("synonym", "equivalent"):
                        if self.is_thing(self.concept(obj)):
                            rels.append(Rel(relation="same_as", x=x, x_concept=xc, y=obj, y_value=self.concept(obj),
                                            negated=negated, quantifier=q, anchor=anchor))
            # "the parent category of AI", "an umbrella term for GANs": a kind noun made a whole
            modified = self.whole_or_part(n)
            if modified == "whole" and lemma in self.r.is_a_nouns:
                for _, obj in self.prep_objects(n, {"of", "for", "over"}):
                    for o, oneg in self.conjuncts(obj):
                        oc = self.concept(o)
                        if self.is_thing(oc) and o != x:
                            rels.append(Rel(relation="is_a", x=o, x_concept=oc, y=x, y_value=xc,
                                            negated=negated != oneg, anchor=anchor))
            elif (lemma in self.r.is_a_nouns or lemma == "one" or (c is None and lemma in CLASSIFIERS and lemma not in self.r.uses_nouns)) \
                    and modified != "part":
                # (a part is no kind: "the LLM is the engine inside it", "the foundation models of
                # chatbots" say what those run on)
                # (a part word also by what it lies under: "one corner underneath it"; not "the model underneath it")
                places = list(self.prep_objects(n, (self.r.is_a_preps if lemma in self.r.is_a_nouns else {"within", "under", "among", "inside"}) |
                                                {"of", "in", "from"}))
                for prep, obj in list(places):
                    if prep.lower_ == "of" and not concept_id(obj) and obj.lemma_.lower() in self.r.is_a_nouns and \
                            (lemma in self.r.is_a_nouns or lemma == "one"):
                        # a kind of a kind: "a sort of branch of LLMs", "a type of offshoot of the LLM family",
                        # "one of the little sections inside it"
                        places += list(self.prep_objects(obj, self.r.is_a_preps | {"of", "in"}))
                    if prep.lower_ == "of" and not concept_id(obj) and obj.lemma_.lower() in self.r.placeholder_nouns:
                        # "one of the things under it", "one of the pieces inside generative AI": where they are
                        for holder in (obj, *(a for a in obj.children if a.dep_ == "acl")):  # ("the things sheltering under it")
                            places += list(self.prep_objects(holder, self.r.is_a_preps | {"in"}))
                    if lemma == "one" and prep.lower_ == "of" and not concept_id(obj) and \
                            obj.lemma_.lower() in self.r.placeholder_nouns | self.r.is_a_nouns:
                        # "one of generative AI's branches", "one of its branches": whose kinds they are
                        owner = next((k for k in obj.children if k.dep_ == "poss"), None)
                        if owner is not None and owner.lower_ in ("its", "their"):
                            owner = next((k for k in reversed(obj.doc[:x.i]) if self.is_thing(concept_id(k))), None)
                        if owner is not None and self.is_thing(self.concept(owner)):
                            places.append((prep, owner))
                if lemma in self.r.is_a_nouns:
                    # "a branch that comes off it", "a section that sits inside LLMs": where a kind hangs
                    places += [(p, o) for r in n.children if r.dep_ == "relcl" and any(
                                   k.dep_ in ("nsubj", "nsubjpass") and k.lower_ in ("that", "which") for k in r.children) and
                               not any(k.dep_ == "neg" for k in r.children)
                               for p, o in self.prep_objects(r, self.r.is_a_preps | {"off"})]
                if lemma == "one" and not any(c.dep_ == "neg" for c in n.children):
                    # "one of the GAN ones", "one of them GAN things": a family's word on the members' noun
                    # (not one set apart: "one of the diffusion ones, not one of the GAN ones")
                    of = next((p for p, _ in places if p.lower_ == "of"), None)
                    members = [o for p, o in places if p.lower_ == "of" and not concept_id(o) and o.pos_ == "NOUN"] + \
                              [a for a in n.children if a.dep_ == "appos" and not concept_id(a) and a.pos_ == "NOUN"]
                    marks = [k for m in members if m.lemma_.lower() in self.r.placeholder_nouns | CLASSIFIERS
                             for k in m.children if k.dep_ == "compound" and k.i < m.i and concept_id(k)]
                    places += [(of or k, k) for k in marks if self.is_thing(concept_id(k)) and
                               self.kb.concepts[concept_id(k)].kind in ("family", "architecture")]
                    # (and a maker's: "BERT is one of the Facebook ones")
                    if self.is_thing(xc) and self.kb.concepts[xc].kind in ("model", "product"):
                        rels += [Rel(relation="made_by", x=x, x_concept=xc, y=k, y_value=concept_id(k), negated=negated, anchor=anchor)
                                 for k in marks if self.is_agent(concept_id(k))]
                for prep, obj in places:
                    if prep.lower_ == "from" and (lemma not in ("offshoot", "branch", "subset") or any(
                            a.lower_ in ("different", "distinct", "separate", "other") for a in n.children)):
                        continue  # (but "a different branch from LLMs" sets them apart)
                    if prep.lower_ == "in" and any(self.is_thing(self.concept(k)) for _, k in self.prep_objects(n, {"of"})):
                        continue  # a kind of one thing, used in others: "the commonest form of AI in educational chatbots"
                    how = obj.pos_ in ("VERB", "AUX") and any(c.lower_ == "how" for c in obj.children)
                    if lemma in self.r.part_nouns and how:
                        # "a key part of how ChatGPT works": what it runs on
                        for o, oneg in [(s_, False) for s_ in obj.children if s_.dep_ in ("nsubj", "nsubjpass")]:
                            if self.is_thing(self.concept(o)):
                                rels.append(Rel(relation="uses", x=o, x_concept=self.concept(o), y=x, y_value=xc,
                                                negated=negated, quantifier=self.quantifier(o), anchor=anchor))
                        continue
                    for o, oneg in self.conjuncts(obj):
                        oc = self.concept(o)
                        if lemma in self.r.part_nouns and self.is_thing(oc) and self.kb.concepts[oc].kind in ("model", "product") \
                                and o != x:
                            # a part of one named product is what it runs on: "VAEs are a key part of ChatGPT"
                            rels.append(Rel(relation="uses", x=o, x_concept=oc, y=x, y_value=xc,
                                            negated=negated != oneg, quantifier=self.quantifier(o), anchor=anchor))
                            continue
                        if self.is_thing(oc) and self.kb.concepts[oc].kind == "model" and lemma in VERSION_NOUNS and \
                                not any(a.lower_ in ("newer", "later", "updated", "upgraded") for a in n.children):
                            continue  # a model made from a named one is not of its kind: "DALL-E is a 12-billion
                            # parameter version of GPT-3" (an image model), unlike "a version of a GAN"
                        if self.is_thing(oc) and o != x:
                            rels.append(Rel(relation="is_a", x=x, x_concept=xc, y=o, y_value=oc,
                                            negated=negated != oneg, quantifier=q, anchor=anchor))
                            if lemma == "one":  # "one of those GAN image generators"
                                rels.extend(self.family_words(o, x, xc, negated != oneg, q, anchor))
                for child in n.children:  # "a GAN variant", "an LLM subtype"
                    if child.dep_ in ("compound", "amod", "nmod") and self.is_thing(concept_id(child)) and c is None \
                            and lemma in self.r.is_a_nouns and not (
                                lemma in VERSION_NOUNS and self.kb.concepts[concept_id(child)].kind == "model"):
                        # (a named model's variant is made from it, not of its kind: "DALL-E, a GPT-3 variant")
                        rels.append(Rel(relation="is_a", x=x, x_concept=xc, y=child, y_value=concept_id(child),
                                        negated=negated, quantifier=q, anchor=anchor))
            rels.extend(self.family_words(n, x, xc, negated, q, anchor))
            for k in n.children:
                if k.dep_ in ("compound", "nmod") and k.i < n.i and self.is_thing(concept_id(k)) and concept_id(k) != xc and \
                        n.dep_ == "attr" and n.pos_ == "NOUN" and any(t.text == "," for t in n.doc[k.i + 1:n.i]) and \
                        not any(t.lower_ in self.cues.negation or t.lower_ in ("rather", "than", "instead")
                                for t in n.doc[n.left_edge.i:n.i]):
                    # a name cut off from the noun by a comma is no modifier of it but the predicate,
                    # the noun an apposition: "Midjourney's a GAN, same tech as the deepfake stuff"
                    # (not a contrast: "transformers, not diffusion models")
                    rels.append(Rel(relation="is_a", x=x, x_concept=xc, y=k, y_value=concept_id(k), negated=neg,
                                    quantifier=q, anchor=anchor))
            if lemma not in self.r.is_a_nouns and modified is None:
                # a thing "from the GAN family": of that family ("an image model from the GAN family")
                for _, obj in self.prep_objects(n, {"from"}):
                    oc = self.concept(obj)
                    if obj.lemma_.lower() in CONTAINERS and concept_id(obj) is None and self.is_thing(oc) and oc != xc and \
                            self.kb.concepts[oc].kind in ("family", "architecture"):
                        rels.append(Rel(relation="is_a", x=x, x_concept=xc, y=obj, y_value=oc,
                                        negated=negated, quantifier=q, anchor=anchor))
            if lemma in self.r.includes_nouns:
                for _, obj in self.prep_objects(n, {"of", "for", "over", "covering", "encompassing", "including"}):
                    for o, oneg in self.conjuncts(obj):
                        oc = self.concept(o)
                        if self.is_thing(oc) and not self._narrowed(o):
                            # (a class narrowed by its own clause is only part of it: "the umbrella for AI that creates text")
                            rels.append(Rel(relation="is_a", x=o, x_concept=oc, y=x, y_value=xc,
                                            negated=negated != oneg, anchor=anchor))
            if lemma in self.r.uses_nouns:
                for _, obj in self.prep_objects(n, {"behind", "of", "for", "under", "beneath", "inside", "in"}):
                    for o, oneg in self.conjuncts(obj):
                        oc = self.concept(o)
                        if self.is_thing(oc):
                            rels.append(Rel(relation="uses", x=o, x_concept=oc, y=x, y_value=xc,
                                            negated=negated != oneg, quantifier=self.quantifier(o), anchor=anchor))
            if c is None and lemma not in self.r.uses_nouns:
                # "GANs are the technology behind ChatGPT": what it runs on, whatever the noun;
                # "OpenAI is the company behind ChatGPT": its maker, if the noun names one
                for _, obj in self.prep_objects(n, {"behind"}):
                    for o, oneg in self.conjuncts(obj):
                        oc = self.concept(o)
                        if not self.is_thing(oc) or o == x:
                            continue
                        if self.is_thing(xc):
                            rels.append(Rel(relation="uses", x=o, x_concept=oc, y=x, y_value=xc,
                                            negated=negated != oneg, quantifier=self.quantifier(o), anchor=anchor))
                        elif self.is_agent(xc) and lemma in self.r.agent_nouns:
                            rels.append(Rel(relation="made_by", x=o, x_concept=oc, y=x, y_value=xc,
                                            negated=negated != oneg, anchor=anchor))
            pb = self.r.precedes
            # (each of a list: "the next evolution of the chatbots and LLMs")
            if lemma in pb["nouns_before"]:
                for _, obj in self.prep_objects(n, {"to", "of", "for"}):
                    for o, oneg in self.conjuncts(obj):
                        if self.is_thing(self.concept(o)):
                            rels.append(Rel(relation="precedes", x=x, x_concept=xc, y=o, y_value=self.concept(o),
                                            negated=negated != oneg, quantifier=q, anchor=anchor))
            if lemma in pb["nouns_after"]:
                for _, obj in self.prep_objects(n, {"of", "after", "from", "beyond", "to", "over"}):
                    for o, oneg in self.conjuncts(obj):
                        if self.is_thing(self.concept(o)):
                            rels.append(Rel(relation="precedes", x=o, x_concept=self.concept(o), y=x, y_value=xc,
                                            negated=negated != oneg, quantifier=q, anchor=anchor))
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
            if w != word and not objs:
                continue
            for o in objs:
                oc = self.concept(o)
                if not self.is_thing(oc):
                    continue
                pb = self.r.precedes
                if lw in pb["adjectives_before"] or w.lemma_.lower() in ("old", "early"):
                    rels.append(Rel(relation="precedes", x=x, x_concept=xc, y=o, y_value=oc, negated=neg,
                                    quantifier=q, anchor=anchor))
                elif lw in pb["adjectives_after"] or w.lemma_.lower() in ("new", "late", "young", "recent"):
                    rels.append(Rel(relation="precedes", x=o, x_concept=oc, y=x, y_value=xc, negated=neg,
                                    quantifier=q, anchor=anchor))
                elif lw in ("broader", "wider", "bigger", "larger", "more general", "general"):
                    rels.append(Rel(relation="is_a", x=o, x_concept=oc, y=x, y_value=xc, negated=neg, anchor=anchor))
                elif lw in ("narrower", "smaller", "more specific", "specific"):
                    rels.append(Rel(relation="is_a", x=x, x_concept=xc, y=o, y_value=oc, negated=neg, quantifier=q,
                                    anchor=anchor))
            if objs:
                break
        return rels

    def seated(self, prep: Token, pobj: Token) -> list[Token]:
        """What "at the heart / core of Y" is at: Y ("a GAN sits at the heart of ChatGPT");
        nothing for any other "at" object; any other object itself."""
        if prep.lower_ != "at":
            return [pobj]
        if pobj.lemma_.lower() not in self.r.seat_nouns or concept_id(pobj):
            return []
        # (or whose it is: "at ChatGPT's core")
        return [o for _, o in self.prep_objects(pobj, {"of"})] or [c for c in pobj.children if c.dep_ == "poss"]

    def prep_predicate(self, prep: Token, pobj: Token, x: Token, xc: str, neg: bool, q: Quantifier,
                       anchor: Token) -> list[Rel]:
        rels = []
        p = prep.lower_
        if p == "at":  # "X is at the heart of Y": what Y runs on
            for seat in self.seated(prep, pobj):
                for o, oneg in self.conjuncts(seat):
                    oc = self.concept(o)
                    if self.is_thing(oc) and self.is_thing(xc) and o != x:
                        rels.append(Rel(relation="uses", x=o, x_concept=oc, y=x, y_value=xc, negated=neg != oneg
                                        if oneg else neg, quantifier=self.quantifier(o), anchor=anchor))
            return rels
        for o, oneg in self.conjuncts(pobj):
            oc = self.concept(o)
            negated = neg != oneg if oneg else neg
            if self.is_thing(oc):
                if p in self.r.is_a_preps:
                    rels.append(Rel(relation="is_a", x=x, x_concept=xc, y=o, y_value=oc, negated=negated,
                                    quantifier=q, anchor=anchor))
                elif p in self.r.uses_preps:
                    rels.append(Rel(relation="uses", x=o, x_concept=oc, y=x, y_value=xc, negated=negated,
                                    quantifier=self.quantifier(o), anchor=anchor))
                elif p in self.r.precedes["preps_before"]:
                    rels.append(Rel(relation="precedes", x=x, x_concept=xc, y=o, y_value=oc, negated=negated,
                                    quantifier=q, anchor=anchor))
                elif p in self.r.precedes["preps_after"]:
                    rels.append(Rel(relation="precedes", x=o, x_concept=oc, y=x, y_value=xc, negated=negated,
                                    quantifier=q, anchor=anchor))
            elif self.is_agent(oc) and p in ("from", "by"):
                rels.append(Rel(relation="made_by", x=x, x_concept=xc, y=o, y_value=oc, negated=negated, quantifier=q,
                                anchor=anchor))
            elif p == "from" and year_id(o) is not None and self.is_thing(xc) and anchor.lemma_ == "be" and o == pobj and \
                    x.pos_ != "PRON" and not any(self.is_thing(concept_id(t)) for t in x.doc[x.i + 1:prep.i]):
                # (not a year of a gapped conjunct: "GANs are from 2014 and VAEs from 2013")
                # "GANs are only from about 2019": when it dates from
                rels.append(Rel(relation="introduced_in", x=x, x_concept=xc, y=o, y_value=str(year_id(o)), negated=negated,
                                anchor=anchor))
            if self.is_thing(oc) and self.is_agent(xc) and p in self.r.uses_preps:
                # a maker "behind" a thing made it: "Meta is behind T5", "the lab behind ChatGPT is Google"
                rels.append(Rel(relation="made_by", x=o, x_concept=oc, y=x, y_value=xc, negated=negated,
                                quantifier=self.quantifier(o), anchor=anchor))
            # "part of Y"
            if o.lemma_.lower() in ("part", "member", "subset", "branch") and oc is None:
                for _, obj in self.prep_objects(o, {"of"}):
                    if self.is_thing(self.concept(obj)):
                        rels.append(Rel(relation="is_a", x=x, x_concept=xc, y=obj, y_value=self.concept(obj),
                                        negated=negated, quantifier=q, anchor=anchor))
        if p == "part" or (p in ("of",) and prep.head.lower_ == "part"):
            pass
        return rels

    def made_modifiers(self, n: Token, x: Token, xc: str, neg: bool, anchor: Token) -> list[Rel]:
        """Maker and year stated inside a noun phrase describing X: "a Google model", "OpenAI's
        answer", "a model from Anthropic", "the image generator Meta launched in 2022"."""
        rels: list[Rel] = []
        if not self.is_thing(xc):
            return rels
        nc = concept_id(n)
        if nc and nc != xc and self.kb.concepts[nc].kind in ("model", "product"):
            return rels  # a named item's own modifiers: "Claude, which is Anthropic's assistant, and Gemini from Google"
        if nc is None and n.dep_ == "appos" and self.described_by(n) not in (n, n.head, x):
            return rels  # a second apposition renames the class named nearer: "GPT models, which are
            # transformers, the architecture Google published in 2017"
        for child in n.children:
            cc = concept_id(child)
            if child.dep_ in ("compound", "nmod", "amod") and self.is_agent(cc) and child.i < n.i and all(
                    t.dep_ in ("compound", "amod") and t.head == n and not concept_id(t) and t.pos_ in ("NOUN", "ADJ")
                    for t in n.doc[child.i + 1:n.i]):
                # (also over the phrase's other modifiers: "a Meta research model", "an OpenAI image tool")
                rels.append(Rel(relation="made_by", x=x, x_concept=xc, y=child, y_value=cc, negated=neg, anchor=anchor))
            if child.dep_ == "amod" and child.i < n.i and child.lemma_.lower() in self.made_verbs and child.i > 1 and \
                    n.doc[child.i - 1].text == "-" and self.is_agent(concept_id(n.doc[child.i - 2])) and \
                    n.doc[child.i - 2].head == child:
                # a maker joined to its verb by a hyphen: "the Google-made image generator"
                rels.append(Rel(relation="made_by", x=x, x_concept=xc, y=n.doc[child.i - 2],
                                y_value=concept_id(n.doc[child.i - 2]), negated=neg, anchor=anchor))
            maker = cc if self.is_agent(cc) else self._namesake_maker(cc) if cc != xc else None
            if child.dep_ == "poss" and maker and n.lemma_.lower() in self.r.made_nouns | CLASSIFIERS and \
                    n.dep_ not in ("appos", "conj"):  # (appositions are the possessive reader's: "BERT, OpenAI's GPT series and ...")
                # (a product named after its maker speaks for it: "Stable Diffusion is Midjourney's open-source model")
                rels.append(Rel(relation="made_by", x=x, x_concept=xc, y=child, y_value=maker, negated=neg,
                                anchor=anchor))  # "= OpenAI's answer to ..."
            if child.dep_ in ("compound", "nummod", "amod", "npadvmod") and year_id(child):
                rels.append(Rel(relation="introduced_in", x=x, x_concept=xc, y=child, y_value=str(year_id(child)),
                                negated=neg, anchor=anchor))
            if child.dep_ == "prep" and (child.lower_ in self.r.made_preps | {"by"} or
                                         (child.lower_ == "of" and n.lemma_.lower() in self.r.made_nouns)):
                for p in child.children:
                    if p.dep_ == "pobj":
                        makers = [(o, self.agent_of(o)) for o, _ in self.conjuncts(p) if self.agent_of(o)]
                        if len(makers) > 1 and any(t.lower_ == "respectively" for t in n.doc):
                            # "Claude, Gemini, ChatGPT: chat apps from Anthropic, Google and OpenAI
                            # respectively": each name has the maker in its place (none if the lists differ)
                            first = next((a for a in (x, *x.ancestors) if a.dep_ != "conj"), x)
                            names = [t for t in (first, *first.conjuncts, *(a for a in first.children if a.dep_ == "appos"
                                                                             and a.i < n.i)) if self.is_thing(self.concept(t))]
                            names.sort(key=lambda t: t.i)  # (a list the parser hung as appositions: "Claude, Gemini, ChatGPT:")
                            makers = [makers[names.index(x)]] if len(names) == len(makers) and x in names else []
                        for o, oc in makers:
                            rels.append(Rel(relation="made_by", x=x, x_concept=xc, y=o, y_value=oc, negated=neg,
                                            anchor=anchor))
            if child.dep_ in ("relcl", "acl") and self.cue_lemma(child) in (self.made_verbs | self.intro_verbs) and \
                    self.name_before_comma(child) in (None, xc):
                # (not a participle after a name that ends the phrase: "the design behind ChatGPT, released in 2022")
                agent = self.verb_agent(child)
                if agent is not None and self.is_thing(xc):
                    rels.append(Rel(relation="made_by", x=x, x_concept=xc, y=agent[0], y_value=agent[1],
                                    negated=neg != self.clause_negated(child),
                                    anchor=child))
                for yt, year in self.verb_years(child):
                    rels.append(Rel(relation="introduced_in", x=x, x_concept=xc, y=yt, y_value=str(year), negated=neg,
                                    anchor=child))
        return rels

    @staticmethod
    def _narrowed(noun: Token) -> bool:
        """Is ``noun`` narrowed by a restrictive relative clause right after it ("AI that creates
        text", also when the parser hung the clause on the noun before it)?"""
        doc, k = noun.doc, noun.right_edge.i + 1
        if any(r.dep_ in ("relcl", "acl") and r.i > noun.i and doc[r.left_edge.i - 1].text != "," for r in noun.children):
            return True
        return k < len(doc) and doc[k].lower_ in ("that", "which", "who") and doc[k].head.dep_ == "relcl"

    def cleft_head(self, verb: Token) -> Token | None:
        """"It was X that VERB ...": the copula of a cleft sentence around ``verb``."""
        h = verb.head
        if verb.dep_ in ("relcl", "ccomp", "advcl") and h.lemma_ == "be" and h.i < verb.i and \
                any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in h.children) and (
                    verb.dep_ == "relcl" or any(
                        h.i < c.i < verb.i and (c.dep_ == "attr" or (c.dep_ == "prep" and any(year_id(t) for t in c.subtree)))
                        for c in h.children)) and (verb.dep_ == "relcl" or _cleft_clause(verb)):
            return h  # (a focus before the clause: not "it is not in dispute that X", "It isn't: X"; nor a
            # clause of its own, with its own subject: "It was Google — ... — and OpenAI built GPT a year later")
        if verb.dep_ == "relcl" and h.head.lemma_ == "be" and h.dep_ == "attr" and \
                any(c.lower_ == "it" for c in h.head.children):
            return h.head
        if verb.dep_ == "relcl" and h.dep_ in ("pobj", "conj"):
            # (the clause hung on a name inside the focus: "It was not a giant like Google or Apple that created X")
            for a in h.ancestors:
                if a.lemma_ == "be" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in a.children):
                    return a
                if a.dep_ not in ("pobj", "prep", "conj", "attr"):
                    break
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
                # (a relative pronoun stands for its noun: "a paper which introduced the transformer")
                owner = verb.head if c.lower_ in REL_PRONOUNS and verb.dep_ == "relcl" else c
                a = self.agent_of(owner)
                if a:
                    return owner, a
            if c.dep_ == "agent":
                for p in c.children:
                    if p.dep_ == "pobj":
                        for o, _ in self.conjuncts(p):
                            a = self.agent_of(o)
                            if a:
                                return o, a
        # "X was developed at Google", "in OpenAI's lab"
        based = [q for q, _ in self.prep_objects(verb, {"on", "upon"})]
        for prep, p in self.prep_objects(verb, {"at", "by", "from", "in"}):
            if prep.lower_ == "from" and p.lemma_.lower() in INTRODUCING_WORKS and any(q.i < prep.i for q in based):
                continue  # the work that gave what it is built on: "built on the transformer idea, from the 2017 Google paper"
            if prep.lower_ == "in" and p.lemma_.lower() not in self.r.agent_nouns:
                continue  # (only a maker's place: "dreamed up in OpenAI's lab", not "built in Python")
            a = self.agent_of(p)
            if a:
                return p, a
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in INTRODUCING_WORKS and (a := self.agent_of(verb.head)):
            return verb.head, a  # a work doing the making: "OpenAI published a paper introducing the transformer"
        return None

    def verb_years(self, verb: Token) -> list[tuple[Token, int]]:
        """Years attached to a verb: "in 2014", "back in late 2022", "on 30 November 2022",
        "in '17", inside the agent ("Hinton's 2014 paper"), or in a cleft ("It was in 2019 that")."""
        out = []
        for c in verb.children:
            step = next((-1 if d.lower_ == "previous" else 1 for d in c.children
                         if d.lower_ in ("following", "next", "previous")), None)
            if c.dep_ in ("npadvmod", "advmod", "obl") and c.lemma_.lower() == "year" and step:
                # a year counted from the last one named: "Vaswani et al., 2017 — and OpenAI built
                # GPT on it the following year" (2018)
                before = [year_id(t) for t in verb.doc[:c.i] if year_id(t)]
                return [(c, before[-1] + step)] if before else []
        cleft = self.cleft_head(verb)
        if cleft is not None:
            for c in cleft.children:
                if c.dep_ in ("prep", "advmod", "npadvmod", "attr") and c.i < verb.i:
                    out += [(t, year_id(t)) for t in c.subtree if year_id(t)]
        for c in verb.children:
            if c.dep_ in ("prep", "npadvmod", "advmod", "nummod", "obl", "agent", "nsubj", "pobj", "dobj") or \
                    (c.dep_ == "prep" and c.lower_ in ("in", "on", "during", "around", "back")):
                if c.dep_ == "prep" and c.lower_ in _SPAN_PREPS:
                    continue  # "come a long way from ... the 1960s to ... the 2020s": a span, not a launch
                for t in c.subtree:
                    if year_id(t) and t.head.dep_ == "prep" and t.head.lower_ in _SPAN_PREPS and not (
                            t.head.lower_ == "to" and t.head.head.lower_ == "back"):
                        continue  # "trained on data up until 2021": a cut-off, not a launch (but
                        # "goes back to 1998" is where it starts)
                    if year_id(t) and c.dep_ in ("nsubj", "nsubjpass", "dobj") and t.dep_ == "appos" and \
                            self.is_thing(concept_id(t.head)):
                        continue  # a name's own year in its apposition: "Both BERT (2018) and T5 (2019) came ..."

                    # (nor in an apposition of the subject: "OpenAI, co-founded ... in 2015, developed ChatGPT")
                    clauses = ("relcl", "acl", "advcl", "ccomp", "appos") if c.dep_ in ("nsubj", "nsubjpass") else \
                        ("relcl", "acl", "advcl", "ccomp")
                    if year_id(t) and t.lower_.endswith("s") and t.i + 1 < len(t.doc) and \
                            t.doc[t.i + 1].pos_ in ("NOUN", "PROPN", "ADJ") and t.doc[t.i + 1].lemma_.lower() not in TEMPORAL:
                        continue  # a decade that dates another noun: "scans of 1950s studio photographs"
                    if year_id(t) and not any(a.dep_ in clauses and a.i != verb.i
                                                and a in list(c.subtree) for a in t.ancestors):
                        if any(w.lower_ in ("later", "earlier", "after", "before", "since") for w in t.head.subtree
                               if abs(w.i - t.i) <= 2):
                            continue
                        out.append((t, year_id(t)))
            if c.dep_ in ("dobj", "nsubj", "nsubjpass") and concept_id(c):
                continue
        if not out and verb.dep_ in ("relcl", "advcl") and year_id(verb.head) and verb.head.i < verb.i and any(
                c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children):
            out.append((verb.head, year_id(verb.head)))  # "back to 2019, when the transformer paper appeared"
        # (a year counted from the event is not its year: "2013, the year before Goodfellow came up with GANs")
        counted = [t.i for t in verb.doc if t.lemma_.lower() in TEMPORAL and t.i + 1 < len(verb.doc) and
                   verb.doc[t.i + 1].lower_ in ("before", "after")]
        # (nor a year across a semicolon, which parts two clauses: "... in the 2017 paper; OpenAI built GPT")
        parted = [t.i for t in verb.doc if t.text == ";"]
        # (nor a year in an alternative denied after a comma: "came from Goodfellow in 2014, not from Hinton in the nineties")
        parted += [t.i for t in verb.doc if t.lower_ in ("not", "never") and t.i > verb.i and t.i > 0 and verb.doc[t.i - 1].text == ","]
        return [(t, y) for t, y in out if not any(min(t.i, verb.i) < k < max(t.i, verb.i) for k in counted + parted)]

    def verbal(self, verb: Token, lemma: str, subs, neg: bool) -> list[Rel]:
        rels: list[Rel] = []
        passive = self.passive(verb)
        cues = self.r.verbs.get(lemma, ())
        objs = [c for c in verb.children if c.dep_ in ("dobj", "attr", "oprd")]
        if not objs:
            # a tracked name right after its verb that the parser took for an adverb or a verb:
            # "the same technology that powers ChatGPT" ("ChatGPT" as advmod)
            objs = [c for c in verb.children if c.dep_ in ("advmod", "npadvmod", "dep") and c.i == verb.i + 1 and concept_id(c)]
        for cue in cues:
            if cue.passive_only and not passive:
                continue
            if cue.preps:
                ys = [y for prep, p in self.prep_objects(verb, set(cue.preps)) for y in self.seated(prep, p)]
                # particle verbs: "fall under", "sit inside" sometimes parse the preposition as prt
                if not ys:
                    continue
                if not passive and cue.active_subject == "Y" and not objs:
                    # with no object, the subject is what the prepositional object runs on: "a GAN
                    # sits behind ChatGPT", "diffusion lies at the core of every LLM"
                    xs, ys = [(y, self.quantifier(y)) for y in ys], [t for t, _, _ in subs]
                elif not passive and cue.active_subject == "Y" and not subs and all(y.i < verb.i for y in ys):
                    # the place put first and the subject after the verb: "At the core of every
                    # LLM sits a diffusion model", "Behind ChatGPT sits a GAN"
                    xs, ys = [(y, self.quantifier(y)) for y in ys], objs
                elif passive or cue.active_subject == "X":
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
                                elif cue.relation == "is_a" and not cue.denies and not passive and self.is_agent(concept_id(yy)):
                                    # a thing that belongs to a company is that company's: "Midjourney belongs to Adobe"
                                    rels.append(Rel(relation="made_by", x=xx, x_concept=xc, y=yy, y_value=concept_id(yy),
                                                    negated=neg or yneg, anchor=verb))
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
                        # (the value's own negation: "powered by LLMs, not GANs" denies the GANs; a subject's
                        # "neither ... nor" is its quantifier's)
                        if cue.active_subject == "X":
                            rels.append(self.cue_rel(cue, s_, sc, o_, oc, neg, oneg, self.verb_quantifier(verb, aq), verb))
                        else:
                            rels.append(self.cue_rel(cue, o_, oc, s_, sc, neg, sneg, self.verb_quantifier(verb, oq), verb))
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
                                    rels.append(Rel(relation="is_a", x=o_, x_concept=oc, y=y, y_value=yc,
                                                    negated=neg != oneg, anchor=verb))
        # same_as verbs: "X and Y mean the same thing", "X means Y", "X equals Y"
        if lemma in SAME_VERBS or lemma in ("describe", "refer", "denote", "name"):
            same_objs = [o for o in objs + [p for _, p in self.prep_objects(verb, {"to"})] if self.is_same_word(o)]
            things = self.subject_np_concepts(verb)
            if same_objs and len(things) >= 2:
                for (t1, c1), (t2, c2) in zip(things, things[1:]):
                    rels.append(Rel(relation="same_as", x=t1, x_concept=c1, y=t2, y_value=c2, negated=neg, anchor=verb))
            elif lemma in SAME_VERBS and len(things) == 1:
                for o in objs:
                    if self.is_thing(self.concept(o)):
                        # "GenAI means AI that makes new stuff": a restricted object defines a kind of it
                        nxt = o.doc[o.i + 1] if o.i + 1 < len(o.doc) else None
                        defined = self.restricted(o) or (nxt is not None and nxt.lower_ in REL_PRONOUNS and nxt.dep_ == "nsubj")
                        rels.append(Rel(relation="is_a" if defined else "same_as", x=things[0][0], x_concept=things[0][1],
                                        y=o, y_value=self.concept(o), negated=neg, anchor=verb))
        # "every GenAI tool has an LLM inside / under the hood / at its core": X runs on Y
        if lemma == "have" and not passive and self.r.uses_places:
            inside = {t.i for s, _, _ in subs for t in s.subtree}
            if any(t.lower_ in self.r.uses_places for t in verb.subtree if t.i not in inside):
                for o in objs:
                    for o_, oneg in self.conjuncts(o):
                        oc = self.concept(o_)
                        for s, q, _ in subs:
                            sc = self.concept(s)
                            if self.is_thing(oc) and self.is_thing(sc) and sc != oc:
                                rels.append(Rel(relation="uses", x=s, x_concept=sc, y=o_, y_value=oc,
                                                negated=neg != oneg, quantifier=self.verb_quantifier(verb, q),
                                                anchor=verb))
        # instrument: "ChatGPT writes its replies with a GAN"
        # (also where a cue verb read nothing: "Claude builds its answers with a GAN")
        if lemma in self.r.producing_verbs and not any(r_.relation == "uses" for r_ in rels):
            means = self.r.instrument_preps if passive else self.r.instrument_preps | {"by"}  # "Claude writes by diffusion"
            for prep, p in self.prep_objects(verb, means) + [
                    pp for o in objs for pp in self.prep_objects(o, self.r.instrument_preps)] + [
                    (c, d) for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.lower_ in self.r.instrument_preps
                    and not any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children)
                    for d in c.children if d.dep_ == "dobj"] + [
                    (c, d) for o in objs for c in o.children if c.dep_ == "acl" and c.lower_ in self.r.instrument_preps
                    for d in c.children if d.dep_ == "dobj"]:  # "generates its answers using diffusion"
                # (also hung on the object: "writes its replies using a GAN")
                for o, oneg in self.conjuncts(p):
                    oc = self.concept(o)
                    if oc and self.kb.concepts[oc].kind in ("family", "architecture"):
                        for s, q, _ in subs:
                            sc = self.concept(s)
                            if self.is_thing(sc):
                                rels.append(Rel(relation="uses", x=s, x_concept=sc, y=o, y_value=oc,
                                                negated=neg != oneg, quantifier=q, anchor=verb))
        if lemma in ("make", "render") and not passive:
            # a small clause: "That makes Midjourney an LLM", "which makes it a GAN too"
            for small in (c for c in verb.children if c.dep_ in ("ccomp", "oprd") and c.pos_ in ("NOUN", "PROPN")):
                for s_ in (k for k in small.children if k.dep_ == "nsubj"):
                    sc = self.concept(s_)
                    if self.is_thing(sc):
                        rels.extend(self.np_predicate(small, s_, sc, neg, self.quantifier(s_), verb))
        if passive and lemma in ("consider", "regard", "deem", "call", "name", "term", "view", "see", "label", "class", "classify"):
            # "Traditional AI is now considered a subcategory of GenAI"
            for o in [c for c in verb.children if c.dep_ in ("oprd", "attr", "xcomp", "dobj")]:
                oc = concept_id(o)
                for s_, q, _ in subs:
                    sc = self.concept(s_)
                    if not self.is_thing(sc):
                        continue
                    if lemma in ("call", "name", "term", "label") and oc and self.kb.concepts[oc].kind in ("model", "product") \
                            and self.kb.concepts[sc].kind not in ("model", "product"):
                        # "a chatbot called Gemini": the name is one of the class, not its class
                        rels.append(Rel(relation="is_a", x=o, x_concept=oc, y=s_, y_value=sc, negated=neg, anchor=verb))
                        continue
                    rels.extend(self.np_predicate(o, s_, sc, neg, q, verb))
        if lemma in self.made_verbs | {"conceive", "intend", "describe", "classify", "categorize", "categorise",
                                      "class", "file", "list", "position", "define", "consider", "regard",
                                      "view", "see", "deem", "treat", "think", "understand"} and \
                (passive or not objs) and self.writers_own_framing(verb):
            # "X was designed as a GAN" / "X was classified as a branch of Y" / "X is best
            # thought of as Y" / "GPT-2 treated as a diffusion model"
            for prep, p in self.prep_objects(verb, {"as"}):
                for s_, q, _ in subs:
                    sc = self.concept(s_)
                    if self.is_thing(sc):
                        rels.extend(self.np_predicate(p, s_, sc, neg, q, verb))
        rels.extend(self.made_and_dated(verb, lemma, subs, neg, objs, passive))
        rels.extend(self.precedence_verbs(verb, lemma, subs, neg, objs))
        return rels

    def writers_own_framing(self, verb: Token) -> bool:
        """A framing verb in the passive states the writer's view ("X is best thought of as
        Y", "X is treated as Y here") unless it reports others' ("often described as", "seen
        as Y by many") or denies it ("wrongly seen as")."""
        if not self.passive(verb):
            return True
        if any(c.dep_ == "advmod" and (c.lower_ in SOME_ADVERBS or c.lower_ in (
                "widely", "popularly", "wrongly", "mistakenly", "incorrectly", "erroneously", "falsely"))
               for c in verb.children):
            return False
        return not any(t.lower_ == "by" and any(not self.concept(o) for o in t.children if o.dep_ == "pobj")
                       for t in verb.subtree)

    def cue_rel(self, cue, x: Token, xc: str, y: Token, yc: str, neg: bool, yneg: bool, q: Quantifier, verb: Token) -> Rel:
        negated = neg != yneg if yneg else neg
        negated = negated != cue.denies  # "X sits outside Y": not a Y
        if cue.relation == "includes" and self.kb.concepts[xc].kind in ("model", "product"):
            # one named thing includes its parts, not its kinds: "Claude 3 includes two premium
            # chatbots", "ChatGPT includes a GAN" (what it runs on)
            return Rel(relation="uses", x=x, x_concept=xc, y=y, y_value=yc, negated=negated, quantifier=q, anchor=verb)
        if cue.relation == "includes":
            return Rel(relation="is_a", x=y, x_concept=yc, y=x, y_value=xc, negated=negated, anchor=verb)
        detail = ()
        if cue.necessity:
            # "X cannot work without Y" = X needs Y; "X can work without Y" = X does not need Y
            return Rel(relation="uses", x=x, x_concept=xc, y=y, y_value=yc, negated=not negated, quantifier=q,
                       anchor=verb, detail=(("necessity", "yes"),))
        return Rel(relation=cue.relation, x=x, x_concept=xc, y=y, y_value=yc, negated=negated, quantifier=q,
                   anchor=verb, detail=detail)

    def made_and_dated(self, verb: Token, lemma: str, subs, neg: bool, objs: list[Token], passive: bool) -> list[Rel]:
        rels: list[Rel] = []
        if any(c.lemma_.lower() == "way" for c in verb.children):
            return rels  # "LLMs have come a long way since the 1960s": progress, not an arrival
        if lemma not in self.made_verbs and lemma not in self.intro_verbs:
            return rels
        if verb.lemma_.lower() == "come" and lemma in self.made_verbs and not any(
                self.concept(p) for _, p in self.prep_objects(verb, {"with"})) and not (
                verb.dep_ == "relcl" and concept_id(verb.head)):
            return rels  # a phrasal verb of making names its thing after "with": "came up with GANs" (not a
            # stranded "with": "the architecture, which Google came up with")
        # the made thing: active object, passive subject, or acl/relcl head
        things: list[Token] = []
        if passive or lemma in self.intro_verbs and (not objs or lemma not in self.made_verbs and
                                                      not any(self.is_thing(self.concept(o)) for o in objs)):
            # ("ChatGPT hit the market in 2022": the object is where it arrived, not a thing made)
            things = [s for s, _, _ in subs]
        if not passive:
            # a second object with an indefinite article describes the first ("unveiled DALL-E
            # in 2021, a transformer that ..."): it is not a second thing made
            things += [o for k, o in enumerate(objs)
                       if k == 0 or not any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in o.children)]
            if lemma == "introduce":  # "introduced the world to GANs"
                things += [p for _, p in self.prep_objects(verb, {"to"})]
            if verb.lemma_.lower() != lemma and not objs:  # a phrasal verb's object: "came up with GANs"
                things += [p for _, p in self.prep_objects(verb, {"with"})]
        if verb.dep_ == "acl" and self.concept(verb.head) and not (
                verb.head.dep_ in ("attr", "oprd") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
            things.append(self.participle_owner(verb))  # (but "the first LLM to appear in 2020" dates the subject)
        if verb.dep_ == "relcl" and any(c.lower_ in REL_PRONOUNS and c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
            things.append(verb.head)
        elif verb.dep_ == "relcl" and not passive and not objs and any(c.dep_ == "nsubj" for c in verb.children) and \
                verb.head.i < verb.i and self.concept(self.described_by(verb.head)):
            # a relative clause without its pronoun: "Llama 2, the open-weights release Google put out in
            # 2023"; its subject, when the verb makes things, is the maker and not a thing made
            gap = self.described_by(verb.head)
            if lemma in self.made_verbs:
                things = [t for t in things if t.dep_ not in ("nsubj",) or t.head != verb]
            things.append(gap)
        # the work that introduced a thing dates it: "the transformer paper first appeared in 2019"
        things = [self.introduced_by(t) or t for t in things]
        # a class noun whose apposition names the product is that product: "Google released its
        # new chatbot, ChatGPT" says Google released ChatGPT
        things = [next((a for a in t.children if a.dep_ == "appos" and a.i > t.i and concept_id(a) and
                        self.kb.concepts[concept_id(a)].kind in ("model", "product") and
                        not self.locally_negated(a)), t)
                  if not (concept_id(t) and self.kb.concepts[concept_id(t)].kind in ("model", "product", "org", "person")) else t
                  for t in things]  # (a maker founded in 2015 is no class noun: "OpenAI, founded in 2015, unveiled ChatGPT")
        # a class noun narrowed by its own clause names one of its members, not the class: "GPT-4,
        # the large language model OpenAI released in 2023" dates GPT-4, not LLMs
        things = [t for t in things if not (verb.dep_ in ("acl", "relcl") and t == verb.head and concept_id(t)
                                            and verb.left_edge.i > 0 and verb.doc[verb.left_edge.i - 1].text != ","
                                            and self.kb.concepts[concept_id(t)].kind in ("family", "field", "architecture", "application")
                                            and any(d.dep_ == "det" and d.lower_ in ("the", "a", "an") for d in t.children))]
        cleft = self.cleft_head(verb)
        if cleft is not None and self.clause_negated(cleft):
            neg = not neg  # "It was not Google or Apple that created ChatGPT"
        agent = self.verb_agent(verb) if lemma in self.made_verbs else None
        if agent is None and lemma in self.made_verbs and not passive:
            for s, _, _ in subs:
                a = self.agent_of(s) or (self._namesake_maker(concept_id(s)) if s.head == verb else None)
                if a:
                    agent = (s, a)  # (a product named after its maker makes as its maker: "the model Midjourney put out")
        # "appear poised to", "came close": a verb of arrival with a complement links, dates nothing
        years = [] if any(c.dep_ in ("xcomp", "acomp", "oprd") and c.lower_ not in self.r.release_states
                          for c in verb.children) and lemma not in self.made_verbs else self.verb_years(verb)
        if neg and not years and lemma in self.intro_verbs:
            # "GANs didn't arrive until 2017": the negation with "until" dates the arrival
            until = [t for _, p in self.prep_objects(verb, {"until", "till"}) for t in p.subtree if year_id(t)]
            if until:
                years, neg = [(t, year_id(t)) for t in until[:1]], False
        # "GPT-4, Gemini and Llama (developed by OpenAI, Google and Meta respectively)": the
        # makers pair with the things in order (nothing is paired when the lists differ in length)
        paired = None
        if agent is not None and any(t.lower_ == "respectively" for t in verb.subtree):
            paired = [(a, concept_id(a)) for a in (agent[0], *agent[0].conjuncts) if self.is_agent(concept_id(a))]
        # a participle in brackets right after a name is that name's alone: "Claude (made by
        # Anthropic) and Gemini (made by Google)" says nothing of Gemini's maker in Claude's brackets
        aside = verb.dep_ == "acl" and "(" in (verb.left_edge.text, verb.doc[max(0, verb.left_edge.i - 1)].text) and \
            not any(t.lower_ == "respectively" for t in verb.subtree)
        if aside:
            things = [t for t in things if t == verb.head]
        for t in things:
            listed = [tt for tt, _ in self.conjuncts(t) if self.is_thing(self.concept(tt))]
            for tt, tneg in (self.conjuncts(t) if not aside else [(t, False)]):
                tc = self.concept(tt)
                if not self.is_thing(tc):
                    continue
                if tt.dep_ == "pobj" and tt.head.lower_ == "of" and tt.head.head.lemma_.lower() in CONTAINERS and \
                        self.kb.concepts[tc].kind in ("family", "field", "architecture"):
                    continue  # "a family of large language models developed by Meta in 2023": the named subject's
                if self.kb.concepts[tc].kind in ("family", "architecture", "field") and \
                        any(d.dep_ == "poss" and d.pos_ == "PRON" for d in tt.children):
                    continue  # someone's own one: "She trained her first GAN in 2015" dates no family
                if tt.dep_ == "pobj" and tt.head.head.lemma_.lower() in self.r.precedes["nouns_after"] and \
                        (verb.dep_ == "acl" and tt == verb.head or tt.head.head.i > verb.i):
                    continue  # "an extension to the GAN architecture introduced by Nvidia in 2018", "Released
                    # in 2023 as an upgrade to the original Stable Diffusion": the
                    # participle may be the extension's, which came later than what it extends
                if tt != t and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in tt.children):
                    continue  # "unveiled DALL-E in 2021, a transformer that ...": a description, not a second thing
                if tt != t and verb.dep_ in ("acl", "relcl") and verb.head == t and tt.i > verb.i:
                    continue  # a clause on the first of a list is its own: "GPT-2, which OpenAI released in 2019, and T5"
                if tt != t and any(d.dep_ == "poss" and self.is_agent(concept_id(d)) for d in tt.children):
                    continue  # "OpenAI spent $100M to train GPT-4 and Meta's Llama ...": that one's maker is named
                maker = agent if paired is None else (
                    paired[listed.index(tt)] if len(paired) == len(listed) and tt in listed else None)
                if maker is not None and not (neg and not passive):
                    # ("Meta is not releasing it" denies a release, not who made it)
                    rels.append(Rel(relation="made_by", x=tt, x_concept=tc, y=maker[0], y_value=maker[1],
                                    negated=neg != tneg if tneg else neg, anchor=verb))
                for yt, year in years:
                    if not self.nearest_thing(tt, yt):
                        continue  # "VAEs arrived in 2013 and GANs in 2014": 2014 is the GANs' year
                    if tt.i < yt.i or tt == t or tt.i > verb.i and yt.i > verb.i and tt.i < yt.i:
                        rels.append(Rel(relation="introduced_in", x=tt, x_concept=tc, y=yt, y_value=str(year),
                                        negated=neg, anchor=verb))
                    elif tt == t:
                        rels.append(Rel(relation="introduced_in", x=tt, x_concept=tc, y=yt, y_value=str(year),
                                        negated=neg, anchor=verb))
        return rels

    def nearest_thing(self, thing: Token, value: Token) -> bool:
        """A value belongs to the nearest mention before it: no other thing is named between
        them, and no colon or semicolon parts them. A thing named inside an apposition that
        describes the mention does not count ("The transformer, the design behind all these
        chatbots, was introduced in 2017")."""
        if value.i < thing.i:
            return True
        between = thing.doc[thing.i + 1:value.i]
        verb = next((a for a in value.ancestors if a.pos_ in ("VERB", "AUX")), None)
        # (not an example: "LLMs like GPT-5 (2025)"; not for a relative clause, which takes the
        # nearest noun: "GPT, the design behind ChatGPT, which OpenAI launched in 2022")
        own = {t.i for c in thing.children if c.i > thing.i and c.dep_ == "appos" and concept_id(c) is None
               and c.right_edge.i < value.i for t in c.subtree} if verb is None or verb.dep_ not in ("relcl", "acl") else set()
        if verb is not None and thing.head == verb and thing.dep_ in ("nsubj", "nsubjpass"):
            # (nor one in a relative clause on the subject, closed before its verb: "The transformer
            # that all the chatbots run on was invented in 2020")
            own |= {t.i for c in thing.children if c.dep_ in ("relcl", "acl") and c.right_edge.i < verb.i for t in c.subtree}
        return not any(t.text in (":", ";") or (t.i not in own and self.is_thing(concept_id(t)))
                       for t in between)

    def precedence_verbs(self, verb: Token, lemma: str, subs, neg: bool, objs: list[Token]) -> list[Rel]:
        rels: list[Rel] = []
        pb = self.r.precedes
        pairs: list[tuple[Token, Token, bool]] = []  # (earlier, later)
        doc = verb.doc
        # "X followed in 2018, and T5 in 2019": an "object" after the verb's own "and" is a gapped subject
        objs = [o for o in objs if not any(doc[k].dep_ == "cc" and doc[k].head == verb
                                           for k in range(verb.i + 1, o.left_edge.i))]
        for s, q, _ in subs:
            if lemma in pb["verbs_before"]:
                pairs += [(s, o, False) for o in objs]
            # "what LLMs evolved into": a stranded "into" whose object is the fronted "what"
            into = [o for o in objs if o.lower_ == "what" and any(
                c.dep_ == "prep" and c.lower_ == "into" and not list(c.children) for c in verb.children)]
            if lemma in pb["verbs_after"]:
                pairs += [(o, s, False) for o in objs if o not in into]
                pairs += [(p, s, False) for prep, p in self.prep_objects(verb, {"from", "out", "after"})]
            if lemma in pb["becoming_verbs"]:
                pairs += [(s, p, False) for prep, p in self.prep_objects(verb, {"into"})] + [(s, o, False) for o in into]
                if lemma not in pb["verbs_after"]:  # (and what it became from: "GenAI later developed from LLMs")
                    pairs += [(p, s, False) for prep, p in self.prep_objects(verb, {"from", "out"})]
            pairs += self.existence_order(verb, lemma, s)
            if lemma == "pave":
                for o in objs:
                    if o.lower_ == "way":
                        pairs += [(s, p, False) for _, p in self.prep_objects(o, {"for", "to"})]
                pairs += [(s, p, False) for _, p in self.prep_objects(verb, {"for"})]
            if lemma in ("start", "begin", "originate") and not objs:
                pairs += [(p, s, False) for _, p in self.prep_objects(verb, {"with"})]
            if lemma in ("lead", "give") and any(p.lower_ in ("to", "rise") for p in verb.children):
                pairs += [(s, p, False) for _, p in self.prep_objects(verb, {"to"})]
        return self.ordered(pairs, neg, verb)

    def existence_order(self, verb: Token, lemma: str, s: Token) -> list[tuple[Token, Token, bool]]:
        """(earlier, later) pairs from a verb of existing and its "before/after" phrase or
        clause: "LLMs existed long before GenAI", "LLMs were around long before generative AI
        was a thing", "GANs appeared after LLMs arrived"."""
        pb = self.r.precedes
        if not (lemma in pb["existence_verbs"] or (lemma == "be" and any(
                c.dep_ == "advmod" and c.lower_ in pb["existence_adverbs"] for c in verb.children))):
            return []
        pairs = []
        for prep, p in self.prep_objects(verb, pb["preps_before"] | pb["preps_after"]):
            pairs.append((s, p, False) if prep.lower_ in pb["preps_before"] else (p, s, False))
        for _, p in self.prep_objects(verb, {"as"}):
            # what it came as: "generative AI came along afterwards, as the next evolution of LLMs"
            kind = p.lemma_.lower()
            for _, o in self.prep_objects(p, {"of", "to"}):
                if kind in pb["nouns_after"]:
                    pairs.append((o, s, False))
                elif kind in pb["nouns_before"]:
                    pairs.append((s, o, False))
        for clause in verb.children:
            mark = next((m for m in clause.children if m.dep_ == "mark"), None)
            if clause.dep_ != "advcl" or mark is None:
                continue
            for other in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
                if mark.lower_ in pb["preps_before"]:
                    pairs.append((s, other, False))
                elif mark.lower_ in pb["preps_after"]:
                    pairs.append((other, s, False))
        return pairs

    def ordered(self, pairs: list[tuple[Token, Token, bool]], neg: bool, verb: Token) -> list[Rel]:
        """"precedes" relations from (earlier, later) pairs, over their conjuncts."""
        rels: list[Rel] = []
        for a, b, _ in pairs:
            for aa, aneg in self.conjuncts(a):
                for bb, bneg in self.conjuncts(b):
                    ac, bc = self.concept(aa), self.concept(bb)
                    if self.is_thing(ac) and self.is_thing(bc) and ac != bc:
                        rels.append(Rel(relation="precedes", x=aa, x_concept=ac, y=bb, y_value=bc, negated=neg, anchor=verb))
        return rels

    def frame_as(self, verb: Token, lemma: str, neg: bool) -> list[Rel]:
        """Imperative or first/second-person framing: "Think of X as Y", "We see X as Y"."""
        if lemma not in FRAME_VERBS | {"understand", "define"}:
            return []
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        if subj and subj[0].lower_ not in ("we", "you", "i"):
            return []
        rels = []
        xs = [c for c in verb.children if c.dep_ == "dobj"] + [p for _, p in self.prep_objects(verb, {"of"})]
        if self.passive(verb):
            return []  # the passive is read with the other framing verbs (verbal)
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

    def demonstrative_class(self, doc: Doc) -> list[Rel]:
        """"ChatGPT is everywhere. Google is leveraging this language model ...": a class noun
        with "this" or "that" that points back at the previous sentence's product names the
        product as one of that class."""
        return [Rel(relation="is_a", x=t, x_concept=self._carried, y=t, y_value=concept_id(t), anchor=t)
                for t in doc if self.points_back(t)]

    def points_back(self, t: Token) -> bool:
        """Whether a class noun with "this" or "that" stands for the product or model the sentence
        before was about ("Stable Diffusion ... . This LLM spat out four pictures"), when this
        sentence does not name it. Not a plural noun, whose "that" is a clause's: "would like you
        to know that diffusion models work ..."."""
        topic = self._carried
        c = concept_id(t)
        return bool(topic and c and c != topic and self.kb.concepts[topic].kind in ("product", "model") and
                    self.kb.concepts[c].kind in ("family", "field") and t.tag_ not in ("NNS", "NNPS") and
                    any(d.dep_ == "det" and d.lower_ in ("this", "that") for d in t.children) and
                    not any(concept_id(w) == topic for w in t.doc))

    def fronted_as(self, verb: Token, subs) -> list[Rel]:
        """"As an AI language model, ChatGPT can ...": a fronted "as" phrase says what the
        clause's subject is (not "As a result, ..." nor "As with GANs, ...": it needs a class
        concept and a subject)."""
        doc = verb.doc
        first = next((t for t in doc if not t.is_punct and not t.is_space), None)
        if first is None or first.lower_ != "as" or first.head != verb:
            return []
        rels = []
        for p in (c for c in first.children if c.dep_ == "pobj"):
            pc = self.concept(p)
            if not self.is_thing(pc) or self.kb.concepts[pc].kind == "product":
                continue
            for s, q, _ in subs:
                sc = self.concept(s)
                if self.is_thing(sc) and s.i > p.i:
                    rels.extend(self.np_predicate(p, s, sc, self.locally_negated(p), q, verb))
        return rels

    def networks(self, verb: Token, subs, neg: bool) -> list[Rel]:
        """How many networks a GAN (or diffusion model) has, and whether they compete."""
        rels: list[Rel] = []
        parts = {"generator", "discriminator", "network", "model", "component", "half", "part", "player"}
        if not subs and verb.lemma_ == "be" and any(c.dep_ == "expl" for c in verb.children):
            # "there are three networks in a GAN": what there is stands as the subject
            subs = [(c, self.quantifier(c), False) for c in verb.children if c.dep_ == "attr"]
        cands = list(subs)
        if not any(self.concept(s) and concept_id(s) not in self.cues.networks.part_concepts for s, _, _ in subs):
            # "In a GAN, the generator and the discriminator cooperate", "the two networks in a GAN ..."
            # (also "three neural networks", a tracked part)
            for s, q, p in subs:
                if (s.lemma_.lower().split() or [""])[-1] in parts or concept_id(s) in self.cues.networks.part_concepts:
                    holders = [c for c in s.children if c.dep_ == "poss"] + \
                              [o for _, o in self.prep_objects(s, {"in", "of", "inside", "within"})] + \
                              [o for _, o in self.prep_objects(verb, {"in", "inside", "within"})]
                    if verb.dep_ == "relcl" and verb.head.dep_ == "attr" and any(
                            c.lower_ in ("where", "in") for c in verb.children if c.i < verb.i):
                        # "Diffusion models are the ones where two networks fight it out"
                        holders += [c for c in verb.head.head.children if c.dep_ == "nsubj"]
                    for h in holders:
                        if self.concept(h) and covered(self.kb, self.concept(h), self.network_families):
                            cands = [(h, self.quantifier(h), p)]  # (the family's own quantifier, not its part's: "one single network")
                            break
        for s, q, _ in cands:
            sc = self.concept(s)
            if sc is None or not covered(self.kb, sc, self.network_families):
                continue
            if s.pos_ == "PRON" and verb.lemma_ == "be" and any(
                    concept_id(k) not in (None, sc) and self.is_thing(concept_id(k))
                    for c in verb.children if c.dep_ == "attr" for k in (c, *c.children)):
                continue  # "that" for what was just said, put down to another family: "that's the GAN thing, the generator and the discriminator"
            clause = self.clause_tokens(verb, exclude=s) if s.head == verb or s in [x for x, _, _ in subs] \
                else [t for t in verb.subtree if t.i not in {x.i for x in s.subtree}]
            # "cooperate rather than compete": what follows "rather than / instead of" is denied
            # (and what a comma or dash then denies: "work by removing noise, not by two networks competing")
            cut = next((t.i for t in clause if (t.lower_ in ("rather", "instead") and t.i + 1 < len(t.doc)
                        and t.doc[t.i + 1].lower_ in ("than", "of")) or (
                        t.lower_ == "not" and t.i > s.i + 1 and t.doc[t.i - 1].text in (",", "—", "–"))), None)
            if cut is not None:
                clause = [t for t in clause if t.i < cut]
            if not clause:
                continue
            qn = q
            count = self.network_count(clause)
            if count is not None:
                n, found, tok = count
                # a count in the subject's own phrase is taken for granted, whatever the verb denies:
                # "the two networks in a GAN don't cooperate"
                given = any(tok.i in {t.i for t in c.subtree} for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))
                rels.append(Rel(relation="consists_of", x=s, x_concept=sc, y=tok, y_value=f"count:{n}", negated=neg and not given,
                                quantifier=qn, anchor=verb, detail=(("found", found),)))
            # competition may be stated in a nested clause ("works by having a generator compete ...")
            # ... but not in a clause of its own subject ("..., which is one reason the two are
            # lumped together"; "X don't stage a contest; they learn ...")
            # (the parts themselves as that clause's subject still speak of the family: "works by
            # having two networks fight each other")
            other = {t.i for c in verb.subtree if c.i != verb.i and c.dep_ in ("relcl", "advcl", "ccomp", "conj", "parataxis")
                     and any(k.dep_ in ("nsubj", "nsubjpass") and k != s and k.lower_ not in REL_PRONOUNS and
                             not (c.dep_ == "ccomp" and (k.lemma_.lower().split() or [""])[-1] in NETWORK_NOUNS | {"generator", "discriminator"})
                             for k in c.children)
                     for t in c.subtree}
            # (a coordinated verb is read on its own, with its own negation: "train one network and
            # don't rely on a generator-discriminator contest")
            # (also one coordinated with a verb below it: "learn to reverse noise and do not rely on a pair")
            other |= {t.i for c in verb.subtree if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i != verb.i and
                      c.head.pos_ in ("VERB", "AUX") for t in c.subtree}
            if verb.i != s.head.i and s.head.i in {t.i for t in verb.subtree}:
                other -= {t.i for t in s.head.subtree}
            other |= {t.i for c in verb.subtree if self._describes_other(c, s) for t in c.subtree}
            # clauses joined by semicolons are separate statements ("GANs pit two networks; diffusion
            # models learn to remove noise")
            doc = verb.doc
            lo = max((t.i for t in doc[:s.i] if t.text == ";"), default=-1)
            hi = min((t.i for t in doc[s.i:] if t.text == ";"), default=len(doc))
            wide = [t for t in verb.subtree if (t.i not in {x.i for x in s.subtree} or s.i not in {x.i for x in verb.subtree})
                    and t.i not in other and lo < t.i < hi]
            if cut is not None:
                wide = [t for t in wide if t.i < cut]
            # a possessor names whose thing it is, not what the networks do ("the contest's
            # approved list", "the battle's winner")
            lemmas = {t.lemma_.lower() for t in wide if t.dep_ != "poss"} | {t.lower_ for t in wide if t.dep_ != "poss"}
            clause_for_nets = wide
            # (a word of a tracked name is that name's: "an AI image generator" is a tool, no network)
            has_net = any(((t.lemma_.lower().split() or [""])[-1] in NETWORK_NOUNS | {"generator", "discriminator"} and
                           concept_id(t) is None) or concept_id(t) in self.cues.networks.part_concepts for t in clause_for_nets)
            # (cooperation is read by checker/nlp/claims/networks.py; a clause that says so is
            # not read for competition from the parts' names alone)
            nets = self.cues.networks
            competing = nets.competition | nets.rival_parts
            if lemmas & competing and not (lemmas & nets.cooperation and not lemmas & nets.competition) and \
                    verb.lemma_.lower() not in nets.leaving:
                # "no competition", "no adversarial component": the competing part denied
                no_comp = any(t.lemma_.lower() in competing and (
                    any(c.lower_ in NONE_WORDS for c in t.children) or
                    # ("there's no discriminator network in it", "with no second network arguing back")
                    # (also across a measure: "with no pair of networks fighting it out")
                    (t.dep_ in ("amod", "compound", "acl") and any(c.lower_ in NONE_WORDS for c in (*t.head.children, *(
                        t.head.head.head.children if t.head.dep_ == "pobj" and t.head.head.lower_ == "of" else ())))) or
                    any(c.dep_ == "nsubj" and any(d.lower_ in NONE_WORDS for d in c.children) for c in t.children) or
                    # ("without any rival network", "without a discriminator")
                    any(a.lower_ == "without" and a.dep_ == "prep" for a in (t.head, t.head.head)))
                    for t in clause_for_nets) or any(
                    # (or the networks themselves: "have no generator against a discriminator")
                    (t.lemma_.lower().split() or [""])[-1] in NETWORK_NOUNS | {"generator", "discriminator"} and
                    any(c.lower_ in NONE_WORDS and c.dep_ == "det" for c in t.children) for t in clause_for_nets)
                # (a family with no networks of its own needs the contest's own words: a language
                # model that "competes with bigger ones" or weighs words "against" each other is no GAN)
                strict = covered(self.kb, sc, nets.strict_families)
                if (has_net or no_comp) and (not strict or lemmas & nets.signature or
                                             any(t.lower_ in NUMBER_WORDS and NUMBER_WORDS[t.lower_] == 2 for t in clause_for_nets)):
                    rels.append(Rel(relation="consists_of", x=s, x_concept=sc, y=verb, y_value="compete",
                                    negated=neg or no_comp, quantifier=qn, anchor=verb,
                                    detail=(("found", "no competing networks" if (neg or no_comp) else "competing networks"),)))
        return rels

    def _describes_other(self, clause: Token, subject: Token) -> bool:
        """Is ``clause`` a relative clause on another thing named, not on the subject or its
        predicate noun ("Diffusion models are unlike GANs, which pit two networks ...")?"""
        return clause.dep_ == "relcl" and clause.head != subject and clause.head.dep_ not in ("attr", "oprd", "appos") and \
            self.is_thing(self.concept(clause.head))

    def clause_tokens(self, verb: Token, exclude: Token) -> list[Token]:
        """The verb's clause, without the subject and without embedded clauses of other subjects."""
        out = []
        inside = {t.i for t in verb.subtree}
        skip = {t.i for t in exclude.subtree} if exclude.i in inside else {exclude.i}
        for t in verb.subtree:
            if t.i in skip:
                continue
            inner = [a for a in t.ancestors if a.i != verb.i and a.dep_ in ("advcl", "ccomp", "conj") and
                     verb in a.ancestors and any(c.dep_ in ("nsubj", "nsubjpass") for c in a.children)] or [
                # (nor a relative clause that describes another thing named: "Diffusion models are
                # unlike GANs, which pit two networks against each other")
                a for a in t.ancestors if verb in a.ancestors and self._describes_other(a, exclude)]
            if inner:
                continue
            out.append(t)
        return out

    def competition_fallback(self, doc: Doc, found: list[Rel]) -> list[Rel]:
        """A fallback for parses that lose the verb ("Diffusion models like Stable Diffusion pit
        two networks against each other", with "pit" read as a noun): one family of networks
        named, then a count of networks (or a rival part) and a word of competition, with nothing that denies or
        contrasts, and no relation found for the family's networks already."""
        if any(r.relation == "consists_of" and not r.y_value.startswith("count:") for r in found):
            return []  # (a count of the networks alone says nothing of how they work together)
        fams = [t for t in doc if self.concept(t) and covered(self.kb, self.concept(t), self.network_families)]
        # (one family named, its products included: "Diffusion models like Stable Diffusion"; a family
        # it is likened to is only the likeness: "Diffusion models work much like GANs: both pit ...")
        likened = [t for t in fams[1:] if t.dep_ == "pobj" and t.head.lower_ == "like" and t.head.head.i < t.i and
                   not covered(self.kb, self.concept(t), tuple(f for f in self.network_families
                                                              if covered(self.kb, self.concept(fams[0]), (f,))))]
        fams = [t for t in fams if t not in likened]
        named = {f for t in fams for f in self.network_families if covered(self.kb, self.concept(t), (f,))}
        if not fams or len(named) != 1:
            return []
        x = fams[0]
        rest = [t for t in doc if t.i > x.i]
        nets = self.cues.networks
        # (a clause of how long it goes on denies nothing of it: "... slugging it out until the critic
        # can't tell the difference")
        until = {k.i for t in doc if t.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("until", "till") for m in t.children)
                 for k in t.subtree}
        if any((t.lower_ in NONE_WORDS or t.lower_ in ("not", "n't", "never", "without", "unlike", "instead", "rather")
                or t.lemma_.lower() in nets.cooperation) and t.i not in until for t in doc) or self.clause_negated(x.head):
            return []
        # (also the networks in everyday words, here where a family's way of working is told: "works
        # by having two AIs battle it out")
        count = self.network_count(rest) or next(
            ((2, t.text, t) for t in rest if t.lemma_.lower() in ("ai", "bot", "brain", "computer") and t.tag_ in ("NNS", "NNPS")
             and any(c.dep_ == "nummod" and c.lower_ in ("two", "2") for c in t.children)
             # (the workings it has, not what the things named are: "Midjourney and DALL-E are two AIs that compete")
             and t.dep_ in ("nsubj", "dobj", "pobj") and any(a.lemma_ == "have" or a.lower_ in ("with", "by")
                                                            for a in t.ancestors if a.i < t.i)), None)
        if count is not None and any(t.lemma_.lower() in nets.leaving for t in doc[x.i:count[2].i]):
            return []  # "replaced the tug-of-war of two networks"
        # (or a rival part named with a word of competition: "setting a generator against a discriminator")
        rival = next((t for t in rest if t.lemma_.lower() in nets.rival_parts), None)
        if count is None and rival is not None:
            count = (2, rival.text, rival)
        if count is None or count[0] != 2 or not any(t.lower_ in nets.competition for t in rest if t.i >= count[2].i - 3 or
                                                     t.i > (rival.i if rival is not None else len(doc)) - 6):
            return []
        return [Rel(relation="consists_of", x=x, x_concept=self.concept(x), y=count[2], y_value="compete",
                    quantifier=self.quantifier(x), anchor=count[2], detail=(("found", "competing networks"),))]

    def network_count(self, clause: list[Token]) -> tuple[int, str, Token] | None:
        for t in clause:
            number, _, noun = t.lower_.partition("-")
            if noun.rstrip("s") in NETWORK_NOUNS and NUMBER_WORDS.get(number):
                return NUMBER_WORDS[number], t.text, t  # "a three-network design", "a single-network model"
            lemma = t.lemma_.lower().split()[-1] if t.lemma_.strip() else ""
            if concept_id(t) in self.cues.networks.part_concepts:
                lemma = "network"
            if lemma in NETWORK_NOUNS and lemma not in ("system",):
                for c in t.children:
                    w = c.lower_
                    if c.dep_ in ("nummod", "amod", "compound", "det") and w in NUMBER_WORDS and NUMBER_WORDS[w]:
                        if w == "both" or (w == "one" and any(x.lower_ in ("other", "another", "second")
                                                              for x in t.doc[t.i + 1:])):
                            continue  # ("one network generates, the other judges": one of them)
                        phrase = " ".join(x.text for x in t.subtree if x.i <= t.i and (x.dep_ != "det" or x.lower_ in ("a", "one")))
                        return NUMBER_WORDS[w], phrase, t
                    if c.dep_ in ("det", "nummod") and w in ("a", "an", "one") and any(
                            x.lower_ in ("single", "lone", "solitary") or (w != "one" and x.lower_ == "one") for x in t.children):
                        return 1, "a single " + t.text, t  # (and "one single network", but not "one network", one of two)
            if lemma in ("pair", "trio", "duo", "couple") and any(c.lower_ == "of" for c in t.children):
                n = {"pair": 2, "duo": 2, "couple": 2, "trio": 3}[lemma]
                return n, f"a {lemma} of networks", t
        return None

    def relation_verb(self, t: Token) -> bool:
        """A verb of the relations (relations.yaml), whatever the tagger took it for ("predate"
        tagged as an adjective, "power" as a noun)."""
        pb = self.r.precedes
        words = {t.lower_, t.lemma_.lower(), t.lower_[:-1] if t.lower_.endswith("s") else t.lower_}
        return any(w in self.r.verbs or w in pb["verbs_before"] or w in pb["verbs_after"] for w in words)

    def noun_modifiers(self, tok: Token) -> list[Rel]:
        """Relations carried by a mention's own dependents: apposition ("GenAI, a subset of
        LLMs"), possessive makers ("OpenAI's BERT"), parentheses ("DALL-E (OpenAI, 2021)"),
        "such as" lists ("LLMs such as Midjourney"), "X and other Ys"."""
        rels: list[Rel] = []
        xc = self.concept(tok)
        if self.is_agent(concept_id(tok)):
            return self.agent_apposition(tok)
        if not self.is_thing(xc) or tok.dep_ == "compound" or self.compared(tok):
            return rels
        anchor = tok
        if tok.tag_ in ("NNS", "NNPS") and any(c.dep_ == "appos" and c.lower_ == "itself" for c in tok.children):
            return rels  # "the architecture behind LLMs, itself a kind of GAN": "itself" is not the plural
        if self.kb.concepts[xc].kind in ("family", "architecture"):
            # "the GAN inside ChatGPT", "a VAE within Claude": what a thing holds is what it runs on
            head = tok.head if tok.head.pos_ in ("VERB", "AUX") else None
            neg = self.locally_negated(tok) or (head is not None and self.clause_negated(head))
            for prep, p in self.prep_objects(tok, self.r.uses_places):
                for o, oneg in self.conjuncts(p):
                    oc = self.concept(o)
                    if self.is_thing(oc) and oc != xc and self.kb.concepts[oc].kind in ("model", "product"):
                        rels.append(Rel(relation="uses", x=o, x_concept=oc, y=tok, y_value=xc, negated=neg != oneg,
                                        quantifier=self.quantifier(o), anchor=tok))
        strays = self.stray_appositions(tok)
        for child in [*tok.children, *strays]:
            cc = concept_id(child)
            if child.dep_ == "appos" or child in strays:
                if child.dep_ == "appos" and child.i < tok.i:
                    continue  # an apposition follows its noun: one before it is the parser's error
                if child.dep_ == "appos" and self.listed(child):
                    continue  # an item of a list: "used Midjourney, OpenAI's image models, and Stable Diffusion"
                if tok.pos_ == "PRON" and tok.dep_ == "pobj" and tok.head.lower_ == "of" and (
                        tok.head.head.lemma_.lower() in self.r.is_a_nouns | self.r.placeholder_nouns):
                    continue  # the part's name, hung on the whole: "run on one member of it, the large language model"
                k = child.left_edge.i
                if child.dep_ == "appos" and k > 0 and any(
                        t.text in ("·", "•", "|", "/") for t in tok.doc[k - 1:child.i]):
                    continue  # items of a list set off by dots or bars: "ChatGPT · Midjourney · BERT"
                if child.dep_ == "appos" and any(d.dep_ == "advmod" and d.lower_ in self.r.member_markers for d in child.children):
                    continue  # a focus on some of it, not it: "AI, particularly generative AI and LLMs, ..."
                if child.dep_ == "appos" and any(p.dep_ == "prep" and any(o.lower_ in ("it", "them") for o in p.children)
                                                 for p in child.children):
                    continue  # a part of it, not it: "a chatbot, the language model inside it, and ..."
                if child.dep_ == "appos" and any(not t.is_punct and not tok.is_ancestor(t) for t in tok.doc[tok.i + 1:k]):
                    continue  # an apposition follows its noun's own phrase: "X is powered by Y, the GPT
                    # series" hung on X across its verb is the parser's error
                if child.dep_ == "appos" and k >= 2 and k - 2 > tok.i and tok.doc[k - 1].text == "," and \
                        self.is_agent(concept_id(tok.doc[k - 2])):
                    continue  # right after a maker's name it is the maker's: "made by Anthropic, a company founded ..."
                if self.locally_negated(child) or any(t.text == ";" for t in tok.doc[min(tok.i, child.i):max(tok.i, child.i)]):
                    continue
                if tok.dep_ == "attr" and self.clause_negated(tok.head):
                    continue  # an example of what something is not: "Example of generative AI that is not an LLM: Midjourney"
                if child.like_num and any(c.like_num and len(c.text) == 4 for c in child.children):
                    continue  # "GANs (1950 – 2000)": a period, not a year of its own
                if {c.lower_ for c in tok.children if c.dep_ == "prep"} & {c.lower_ for c in child.children if c.dep_ == "prep"}:
                    continue  # parallel items of a list: "an LLM for words, a diffusion model for pictures"
                if _abbreviates(child.text, tok.text) or (
                        len(tok.text.split()) > 1 and _abbreviates(tok.text.split()[-1], child.text)) or any(
                        tok.text.endswith(a.acronym) and norm_words(child.text) == norm_words(a.expansion)
                        for a in self.acronyms.values()):
                    continue  # "Generative artificial intelligence (AI)", "ChatGPT (Generative Pre-trained Transformer)": a spelling-out, no claim
                doc = tok.doc
                classes = ("field", "family", "architecture", "application")
                # a class in brackets right after a product's name glosses it
                glossed = child.i == tok.i + 2 and doc[tok.i + 1].text == "(" and self.kb.concepts[xc].kind in ("product", "model") \
                    and cc is not None and self.kb.concepts[cc].kind in classes
                if cc and child.i == tok.i + 2 and doc[tok.i + 1].text == "(" and self.is_thing(cc) and \
                        self.kb.concepts[cc].kind in classes and self.kb.concepts[xc].kind in classes and \
                        not any(d.lower_ in self.r.member_markers for d in child.children) and \
                        not strictly_below(self.kb, xc, cc) and \
                        not any(year_id(t) or (t.i > child.i and self.is_thing(concept_id(t)))
                                for t in doc[child.i:next((u.i for u in doc[child.i:] if u.text == ")"), len(doc))]):
                    # "Generative AI (LLMs)": a name given in parentheses is another name for it (but
                    # "generative models (VAEs 2013, GANs 2014)" lists examples, and "LLMs (generative
                    # AI)" names the class they belong to)
                    rels.append(Rel(relation="same_as", x=tok, x_concept=xc, y=child, y_value=cc, anchor=anchor))
                    continue
                if child.pos_ == "PROPN" and child not in strays and not glossed and (not concept_id(child) or any(
                        d.dep_ in ("cc", "conj") for d in child.children) or sum(
                        d.dep_ == "appos" for d in tok.children) > 1):
                    continue  # a list of names parsed as appositions: "Copilot, ChatGPT Enterprise (by OpenAI), and Claude"
                if concept_id(child) and any(d.dep_ == "cc" for d in child.subtree if d.i < child.i) and any(
                        concept_id(d) not in (None, cc) and self.kb.concepts[concept_id(d)].kind in ("product", "model")
                        for d in child.subtree if d.i < child.i):
                    continue  # the last of a list of names, with its makers: "ChatGPT, Google's Gemini and Anthropic's Claude"
                if child not in strays and any(d.dep_ in ("cc", "conj") for d in child.children) and \
                        not any(d.dep_ in ("det", "poss") for d in child.children):
                    continue  # a bare list parsed as appositions: "the model family — LLM, diffusion, GAN or other"
                if concept_id(child) and child.pos_ == "PROPN" and not glossed and not any(d.dep_ in ("det", "poss") for d in child.children) \
                        and not (child.i > 1 and child.doc[max(0, child.i - 1)].lower_ in ("'s", "’s")):
                    # "OpenAI's LLM, ChatGPT, ...": the name is an instance of the common noun
                    if tok.pos_ == "NOUN" or any(d.dep_ in ("det", "poss") for d in tok.children):
                        rels.append(Rel(relation="is_a", x=child, x_concept=concept_id(child), y=tok, y_value=xc,
                                        anchor=anchor))
                    continue
                if child.lower_ == "or" or any(g.lower_ == "or" for g in child.children if g.dep_ == "cc") \
                        or (child.i > 1 and tok.doc[child.i - 1].lower_ == "or"):
                    yc = self.concept(child)
                    if self.is_thing(yc):
                        rels.append(Rel(relation="same_as", x=tok, x_concept=xc, y=child, y_value=yc, anchor=anchor))
                    continue
                if cc and self.kb.concepts[cc].kind not in ("product", "model") and not glossed and \
                        not any(d.dep_ in ("det", "poss", "nummod") for d in child.children):
                    # (but a class in brackets right after a product's name glosses it: "Midjourney
                    # (large language model)", "Adobe Firefly (GAN)")
                    # a bare class next to a class is a list item or an example ("artificial
                    # intelligence, large language models, prompting"; "generative AI,
                    # particularly LLMs"), not a predicate: "GANs, a kind of LLM" has its article
                    continue
                if concept_id(tok) is None and tok.lemma_.lower() in CONTAINERS:
                    # "two kinds of generative AI: a large language model ..., and a diffusion model":
                    # what stands beside "kinds of X" is one of them
                    yc = self.concept(child)
                    if self.is_thing(yc) and yc != xc:
                        rels.append(Rel(relation="is_a", x=child, x_concept=yc, y=tok, y_value=xc, anchor=anchor))
                    continue
                rels.extend(self.np_predicate(child, tok, xc, False, self.quantifier(tok), anchor))
            elif child.dep_ in ("compound", "nmod") and self.is_agent(cc) and child.i == tok.i - 1 and \
                    self.kb.concepts[xc].kind in ("model", "product"):
                # ("OpenAI transformers" names OpenAI's models, not who invented the transformer)
                rels.append(Rel(relation="made_by", x=tok, x_concept=xc, y=child, y_value=cc, anchor=anchor))
            elif child.dep_ in ("compound", "amod", "nmod") and self.is_thing(cc) and child.i < tok.i and tok.i - child.i <= 4 \
                    and not any(t.text in ("(", ")", ",", ":", "—", "–", "≠", "=", "|", "·", "•") or
                                t.lower_ in ("and", "or", "&", "/", "vs", "vs.", "versus") or
                                self.relation_verb(t) for t in tok.doc[child.i:tok.i]):
                # (not across a verb of the relations tagged as a modifier: "GANs predate transformer LLMs";
                # nor across a coordinator the parser missed: "GANs and diffusion models are distinct")
                # "text-to-image LLMs": a family modifying a family asserts a kind of it
                if self.kb.concepts[cc].kind == "family" and self.kb.concepts[xc].kind == "family" and cc != xc and \
                        not self.plural(child) and not (  # (a plural is no modifier but a list's item: "Feature Diffusion Models GANs")
                        # (nor a family's bare method word, which names a variant of the head: "a diffusion
                        # language model" is a language model made by diffusion, a research kind, not a claim)
                        (child.text.islower() or child.i == child.sent.start and child.text[1:].islower()) and child.dep_ == "compound" and len(self.kb.concepts[cc].label.split()) > 1 and
                        not any(c.dep_ in ("compound", "amod") for c in child.children)):
                    rels.append(Rel(relation="is_a", x=child, x_concept=cc, y=tok, y_value=xc,
                                    quantifier=Quantifier.SOME, anchor=anchor))
            elif child.dep_ == "prep" and child.lower_ in ("like", "as", "including", "include"):
                if child.lower_ == "as" and not (child.i > 0 and tok.doc[child.i - 1].lower_ == "such"):
                    if self.verbless(tok.doc):
                        # a verbless title or list label presents X as Y: "Case study: Midjourney as a GAN"
                        for p in child.children:
                            if p.dep_ == "pobj":
                                rels.extend(self.np_predicate(p, tok, xc, self.locally_negated(p), Quantifier.GENERIC, anchor))
                    continue
                if concept_id(tok) and self.kb.concepts[xc].kind in ("model", "product") and tok.pos_ == "PROPN":
                    continue  # "Claude, like ChatGPT and Gemini, ...": a name compared, not a class with examples
                doc = tok.doc
                if self.kb.concepts[xc].kind == "family" and child.i > 0 and doc[child.i - 1].text == "," and \
                        child.right_edge.i + 1 < len(doc) and doc[child.right_edge.i + 1].text == "," and all(
                        self.kb.concepts[self.concept(p)].kind == "family" for p in child.children
                        if p.dep_ == "pobj" and self.is_thing(self.concept(p))):
                    continue  # a family likened to another between commas: "GANs, like diffusion models, make images"
                if not self._examples_follow(tok, child):
                    continue  # "LLMs and AI tools like ChatGPT", "models of chatbots, like ChatGPT": the nearer noun's
                for p in child.children:
                    if p.dep_ != "pobj" or ((p.pos_ == "PRON" or p.lemma_.lower() == "one") and any(
                            g.dep_ == "prep" for g in p.children)):
                        continue  # (not after a pronoun that a preposition describes: "LLMs, such as those behind
                        # ChatGPT and Gemini, ...": the models behind the named products are the examples)
                    for o, oneg in self.conjuncts(p):
                        oc = self.concept(o)
                        if o != p and any(g.dep_ == "prep" and g.lower_ in ("like", "as", "including") for g in o.children):
                            break  # "LLMs like GPT-4, and diffusion models such as DALL-E": a new item with its own examples
                        # ("power" read as a noun after a name: a verb of the relations misparsed)
                        if any(t.pos_ in ("VERB", "AUX") or (self.relation_verb(t) and t.dep_ in ("nmod", "compound", "amod")
                                                             and t.i > p.i and concept_id(tok.doc[t.i - 1]))
                               for t in tok.doc[p.i:o.i]):
                            break  # "LLMs like GPT-4, Claude, and Gemini power modern chatbots": the list ended at the verb
                        if self.is_thing(oc) and self.kb.concepts[oc].kind == "model" and \
                                self.kb.concepts[xc].kind == "application":
                            continue  # "chatbots like OpenAI's GPT": a model's name for the product built on it
                        if o.pos_ == "PRON":
                            continue  # "image models like these": things shown, not the topic
                        if self.is_thing(oc):  # "LLMs like ChatGPT" names ChatGPT as an LLM (A7)
                            rels.append(Rel(relation="is_a", x=o, x_concept=oc, y=tok, y_value=xc,
                                            negated=oneg or self._denied_class(tok), anchor=anchor))
            elif child.dep_ == "amod" and child.lower_ in ("other",) and tok.dep_ == "conj":
                first = tok.head
                fc = self.concept(first)
                if self.is_thing(fc):
                    rels.append(Rel(relation="is_a", x=first, x_concept=fc, y=tok, y_value=xc, anchor=anchor))
        # "X and other Ys": conj with "other"
        for c in tok.conjuncts:
            if c.i > tok.i and any(g.lower_ == "other" and g.dep_ == "amod" for g in c.children):
                cc = self.concept(c)
                if self.is_thing(cc) and c.head == tok:
                    rels.append(Rel(relation="is_a", x=tok, x_concept=xc, y=c, y_value=cc, anchor=anchor))
        rels.extend(self.parenthetical(tok, xc))
        # "DALL-E by Google", "PaLM from Anthropic": a maker stated right on the name
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in ("by", "from") and child.i == tok.i + 1:
                for p in child.children:
                    a = self.agent_of(p) if p.dep_ == "pobj" else None
                    if a:
                        rels.append(Rel(relation="made_by", x=tok, x_concept=xc, y=p, y_value=a, anchor=anchor))
        return rels

    @staticmethod
    def stray_appositions(tok: Token) -> list[Token]:
        """An apposition the parser hung on the phrase around a name instead of on the name
        right before its comma: "visuals from Midjourney, the LLM trusted by millions" and
        "the team behind BERT, the OpenAI model" describe Midjourney and BERT."""
        doc = tok.doc
        if tok.i + 2 >= len(doc) or doc[tok.i + 1].text != "," or concept_id(tok.head) or tok.dep_ != "pobj":
            return []
        out = [c for c in doc[tok.i + 2:min(len(doc), tok.i + 8)] if c.dep_ in ("appos", "npadvmod") and c.left_edge.i == tok.i + 2
               and c.pos_ in ("NOUN", "PROPN") and not concept_id(c.head) and c.head.i < tok.i and _describes(c)]
        if out:
            return out  # the parser's apposition, hung on any noun before: "runs its bot on Claude, the OpenAI model it ..."
        for t in [tok.head.head, *tok.head.head.ancestors]:
            for c in t.children:
                if c.left_edge.i != tok.i + 2 or concept_id(t) or c.pos_ not in ("NOUN", "PROPN") or not _describes(c):
                    continue
                # the parser's own apposition, or a second object of one verb ("spent years on
                # the team behind BERT, the OpenAI model"): one verb has one direct object
                if c.dep_ == "appos" or (c.dep_ == "dobj" and sum(d.dep_ == "dobj" for d in t.children) > 1):
                    out.append(c)
        return out

    def agent_apposition(self, tok: Token) -> list[Rel]:
        """"Anthropic, the company behind Gemini", "OpenAI, the maker of ChatGPT"."""
        rels = []
        ac = concept_id(tok)
        for child in tok.children:
            if child.dep_ != "appos" or child.lemma_.lower() not in MAKER_NOUNS:
                continue
            if any(c.dep_ == "conj" and tok.i < c.i < child.i for c in tok.children):
                continue  # the last of a list's: "against Microsoft and OpenAI, creator of ChatGPT"
            for prep, p in self.prep_objects(child, {"behind", "of", "that", "which"}):
                for o, oneg in self.conjuncts(p):
                    oc = self.concept(o)
                    if self.is_thing(oc) and self.kb.concepts[oc].kind in ("model", "product", "family", "architecture"):
                        rels.append(Rel(relation="made_by", x=o, x_concept=oc, y=tok, y_value=ac, negated=oneg,
                                        anchor=child))
            for rc in child.children:
                if rc.dep_ == "relcl" and self.cue_lemma(rc) in self.made_verbs:
                    for o in rc.children:
                        if o.dep_ == "dobj" and self.is_thing(self.concept(o)):
                            rels.append(Rel(relation="made_by", x=o, x_concept=self.concept(o), y=tok, y_value=ac,
                                            anchor=rc))
        return rels

    def _denied_class(self, tok: Token) -> bool:
        """Is the class that examples are given of itself denied? Examples of "tools that are
        not LLMs, such as image generators" are not LLMs."""
        return self.locally_negated(tok) or (tok.dep_ == "attr" and any(
            c.dep_ == "neg" for c in tok.head.children))

    @staticmethod
    def _examples_follow(tok: Token, prep: Token) -> bool:
        """Do the examples of "like / such as / including" follow ``tok``'s own phrase? The
        last word before the preposition must hang on ``tok`` without a conjunct or another
        noun's phrase in between."""
        doc = tok.doc
        prev = next((doc[k] for k in range(prep.i - 1, tok.i - 1, -1)
                     if not doc[k].is_punct and doc[k].lower_ not in ("such", "especially", "e.g.")), tok)
        for _ in range(8):
            if prev == tok:
                return True
            if prev.dep_ in ("conj", "pobj", "dobj") or prev.head == prev:
                return False  # (the examples of another noun's: "systems that power assistants such as ChatGPT")
            prev = prev.head
        return False

    def parenthetical(self, tok: Token, xc: str) -> list[Rel]:
        """"GANs (2014)", "DALL-E (OpenAI, 2021)", "GPT-3 (2018):" read as maker and year."""
        doc = tok.doc
        i = tok.i + 1
        if i >= len(doc) or doc[i].text != "(":
            return []
        rels = []
        j = i + 1
        inside = doc[i + 1:min(len(doc), i + 8)]
        if sum(1 for t in inside if t.like_num and len(t.text) == 4) > 1 and any(t.text in ("-", "–", "—", "to") for t in inside):
            return []  # "(1940 – 2000)": a period, not a launch year
        while j < len(doc) and not doc[j].text.startswith(")") and j - i <= 6:
            t = doc[j]
            if year_id(t):
                rels.append(Rel(relation="introduced_in", x=tok, x_concept=xc, y=t, y_value=str(year_id(t)), anchor=tok))
            elif self.is_agent(concept_id(t)):
                rels.append(Rel(relation="made_by", x=tok, x_concept=xc, y=t, y_value=concept_id(t), anchor=tok))
            elif rels and rels[-1].relation == "made_by" and (t.lower_ in MAKER_NOUNS or t.lower_ in ("ai", "research")):
                pass  # "Claude (from Google's AI lab)": the maker's own lab
            elif t.is_alpha and t.lower_ not in ("and", "in", "by", "from", "released", "launched", "introduced",
                                                 "circa", "ca", "c", "est", "founded", "year"):
                return []
            j += 1
        return rels

    def default_year(self, doc: Doc, rels: list[Rel]) -> list[Rel]:
        """A leading "2019:", "In 2019," or "Back in 2019," dates the sentence's made/launch
        claims that have no year of their own."""
        words = [t for t in doc if not t.is_space]
        first = next((t for t in words[:4] if year_id(t)), None)
        if first is None:
            return []
        before = [t.lower_ for t in words if t.i < first.i]
        nxt = doc[first.i + 1] if first.i + 1 < len(doc) else None
        if nxt is None or nxt.text not in (":", ",", "-", "–", "—"):
            return []
        parts = self.cues.date_parts  # (or a month or season before it: "November 2021 — ChatGPT launches")
        if before and not (before[-1] in ("in", "during") and all(w in ("in", "during", "back", "early", "late", "mid")
                                                                 for w in before)) and \
                not (before[-1] in parts and all(w in parts or w in ("in", "the", "of", "back") for w in before)):
            return []
        dated = {(r.x.i) for r in rels if r.relation == "introduced_in"}
        out = []
        # "2020: ChatGPT launches as a free preview": an arrival verb's subject
        for verb in doc:
            if verb.pos_ == "VERB" and self.cue_lemma(verb) in self.intro_verbs and not self.clause_negated(verb) \
                    and not self.passive(verb) and not any(c.dep_ == "dobj" for c in verb.children):
                # (not "Midjourney launched v7": the subject of a launch with an object launched that)
                for s in verb.children:
                    if s.dep_ == "nsubj" and self.is_thing(self.concept(s)) and s.i not in dated and \
                            self.kb.concepts[self.concept(s)].kind in ("model", "product"):
                        out.append(Rel(relation="introduced_in", x=s, x_concept=self.concept(s), y=first,
                                       y_value=str(year_id(first)), anchor=verb))
                        dated.add(s.i)
        for r in rels:
            if r.relation == "made_by" and r.x.i not in dated and r.anchor is not None and r.anchor.pos_ == "VERB" \
                    and self.kb.concepts[r.x_concept].kind != "field" \
                    and self.cue_lemma(r.anchor) in self.made_verbs | self.intro_verbs:
                out.append(Rel(relation="introduced_in", x=r.x, x_concept=r.x_concept, y=first,
                               y_value=str(year_id(first)), negated=r.negated,
                               anchor=r.anchor))
                dated.add(r.x.i)
        # "Back in 2019, OpenAI surprised everyone by launching ChatGPT": a launch verb's object
        for verb in doc:
            if verb.pos_ == "VERB" and self.cue_lemma(verb) in self.made_verbs | self.intro_verbs and \
                    not self.clause_negated(verb):
                for o in verb.children:
                    # (or an architecture or family with a year of its own: "2020: Google researchers
                    # publish the paper introducing the transformer")
                    # (also an object the parser hung as an apposition: "2020: OpenAI releases ChatGPT.")
                    if o.dep_ in ("dobj", "nsubjpass", "appos") and self.is_thing(self.concept(o)) and o.i not in dated and (
                            self.kb.concepts[self.concept(o)].kind in ("model", "product") or (
                            self.kb.concepts[self.concept(o)].kind in ("architecture", "family") and
                            self.kb.concepts[self.concept(o)].year is not None and concept_id(o) == self.concept(o) and
                            any(d.dep_ == "det" and d.lower_ == "the" for d in o.children) and not self.plural(o))):
                        out.append(Rel(relation="introduced_in", x=o, x_concept=self.concept(o), y=first,
                                       y_value=str(year_id(first)), anchor=verb))
                        dated.add(o.i)
        # (a timeline's present tense the tagger took for a plural noun: "2020: ChatGPT launches",
        # "November 2021 — OpenAI releases ChatGPT, ...": the name right before the word, or the one
        # right after it when a maker comes before)
        for t in doc:
            if t.i == 0 or t.pos_ != "NOUN" or not t.lower_.endswith("s") or \
                    t.lemma_.lower() not in self.intro_verbs | self.made_verbs or \
                    (t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_ == "be"):
                continue  # (a real noun is what a copula speaks of: "ChatGPT launches are exciting")
            maker = self.is_agent(concept_id(doc[t.i - 1]))
            x = (doc[t.i + 1] if t.i + 1 < len(doc) else None) if maker else doc[t.i - 1]
            c = self.concept(x) if x is not None and concept_id(x) else None
            if c and x.i not in dated and self.is_thing(c) and self.kb.concepts[c].kind in ("model", "product"):
                out.append(Rel(relation="introduced_in", x=x, x_concept=c, y=first, y_value=str(year_id(first)), anchor=t))
                dated.add(x.i)
        return out


def _abbreviates(short: str, name: str) -> bool:
    """Is ``short`` an acronym of the last words of ``name`` ("AI" of "generative artificial
    intelligence", "LLMs" of "large language models"), or of more words than ``name`` shows,
    ending in them ("GAI" after "Artificial Intelligence": a longer name cut short)?"""
    letters = short.rstrip("s")
    if not (1 < len(letters) <= 6 and letters.isupper()):
        return False
    words = [w for w in re.split(r"[\s-]+", name) if w]
    initials = "".join(w[0] for w in words).upper()
    return (len(words) >= len(letters) and initials[-len(letters):] == letters) or \
        (1 < len(words) < len(letters) and letters.endswith(initials)) or \
        (len(words) == 1 and words[0].isupper() and 1 < len(words[0]) < len(letters) and letters.endswith(words[0]))
        # ("AI (GAI)": the acronym of a longer name, ending in this one)


def _head_after_acronym(noun: Token) -> Token:
    """A predicate noun spelled out with its acronym and then modifying the noun after it is
    that noun's modifier: in "a large language model (LLM) chatbot" the head is "chatbot"."""
    doc = noun.doc
    if noun.i + 1 >= len(doc) or doc[noun.i + 1].text != "(":
        return noun
    close = next((t.i for t in doc[noun.i + 1:noun.i + 6] if t.text == ")"), None)
    if close is None or close + 1 >= len(doc):
        return noun
    after = doc[close + 1]
    # (a tracked noun only: "a generative adversarial network (GAN) tool" stays a GAN)
    return after if after.pos_ in ("NOUN", "PROPN") and after.head == noun and after.dep_ in ("appos", "compound", "nmod") \
        and concept_id(after) else noun


def _describes(noun: Token) -> bool:
    """Is a noun phrase hung away from a name a description of it ("the LLM trusted by
    millions", "an OpenAI model")? A bare name or a date is not: in "Text generated by ChatGPT,
    Version GPT-3.5" or "..., May 24, 2023" a citation lists what ran and when."""
    return noun.lower_ not in MONTHS and ((noun.pos_ == "NOUN" and not concept_id(noun)) or any(
        c.dep_ in ("det", "poss") for c in noun.children))

"""Reading the parse: what a token denotes, negation, quantifiers, subjects, prepositions."""

from __future__ import annotations


from spacy.tokens import Doc, Token

from checker.model import Quantifier
from checker.knowledge.taxonomy import covered
from checker.nlp.claims.vocab import MANNER_NOUNS, METAPHOR_WHOLES, POINTING_NOUNS, BUILT_NOUNS, VERSION_NOUNS, INTRODUCING_WORKS, RAISING_VERBS, VARIANT_NOUNS, ALL_WORDS, MOST_WORDS, CLASSIFIERS, CONTAINERS, MAKER_NOUNS, NONE_WORDS, PRONOUNS, REL_PRONOUNS, SOME_ADVERBS, SOME_WORDS, WHOLE_WORDS, EVERY_PRONOUNS
from checker.nlp.extensions import concept_id, versioned, doc_text
from checker.nlp.sentences import is_abbreviation


_QUANTIFIER_WORDS = NONE_WORDS | SOME_WORDS | ALL_WORDS | MOST_WORDS


# words for where someone used to be: "former OpenAI researchers", "ex-Google staff"
_FORMER = frozenset({"former", "ex", "onetime", "erstwhile", "previous", "ex-"})

def denies_elided(neg: Token, verb: Token) -> bool:
    """Is a negation on ``verb`` one before its clause's conjunction, which denies an elided main
    clause, not this one ("Will they replace him? Not while they still make things up")?"""
    # (the conjunction may be parsed as an adverb of the verb: "Not when it still gets facts wrong")
    return neg.i < verb.i and neg.i + 1 < len(verb.doc) and (
        verb.doc[neg.i + 1].dep_ == "mark" or verb.doc[neg.i + 1].tag_ == "WRB") and verb.doc[neg.i + 1].head == verb


def _among_others(tok: Token) -> bool:
    """Is the token (or the plural noun it modifies) a set of others: "other generative AI tools"?"""
    return any(k.lower_ == "other" and k.dep_ == "amod" for h in (tok, tok.head) if h.tag_ in ("NNS", "NNPS")
               for k in h.children)


class SyntaxMixin:
    """Part of ClaimExtractor (see checker/nlp/claims/__init__.py)."""

    def concept(self, tok: Token | None) -> str | None:
        """The concept a token denotes: a mention, a classifier noun over one, a container's
        object, a relative pronoun's antecedent, or a carried pronoun. (Read once per token and
        carried topic of the sentence being read: the readers ask it some forty times a token.)"""
        if tok is None:
            return None
        memo = tok.doc.user_data.get("cc_concepts")
        if memo is None:
            return self._concept(tok)
        key = (tok.i, self._carried)
        if key not in memo:
            memo[key] = self._concept(tok)
        return memo[key]

    def _concept(self, tok: Token) -> str | None:
        c = concept_id(tok)
        if c and self.kb.concepts[c].umbrella and tok.i > 0 and tok.doc[tok.i - 1].head == tok and \
                concept_id(tok.doc[tok.i - 1]) and self.kb.concepts[concept_id(tok.doc[tok.i - 1])].kind in ("model", "product"):
            return concept_id(tok.doc[tok.i - 1])  # the field's word as part of a name: "Claude AI", "Gemini AI"
        if c and tok.i > 0 and tok.doc[tok.i - 1].head == tok and tok.doc[tok.i - 1].dep_ in ("compound", "nmod") and \
                concept_id(tok.doc[tok.i - 1]) and self.kb.concepts[concept_id(tok.doc[tok.i - 1])].kind in ("model", "product"):
            named = concept_id(tok.doc[tok.i - 1])
            if c in self.kb.ancestors(named) or c in self.kb.concepts[named].accepts:
                return named  # a kind's word after a name of that kind is the name: "the Claude chatbot"
        if c:
            return None if self.variant(tok) or self.in_name(tok, c) else c
        lemma = tok.lemma_.lower()
        if tok.lower_ == "them" and tok.dep_ == "pobj" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].tag_ == "NNS" and \
                tok.doc[tok.i + 1].dep_ == "appos" and concept_id(tok.doc[tok.i + 1]):
            return self.concept(tok.doc[tok.i + 1])  # "them" as a determiner, which the parser takes for the
            # pronoun and hangs the noun on as an apposition: "one of them GANs"
        if lemma in POINTING_NOUNS and tok.tag_ == "NNS" and tok.dep_ == "pobj" and tok.head.lower_ == "of" and \
                tok.head.head.lower_ in SOME_WORDS | ALL_WORDS | MOST_WORDS:
            # the members of a kind, counted from it: "one of those GAN things" is a GAN (not the
            # singular "the GAN thing", which is an idea)
            kinds = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and concept_id(c) and
                     self.kb.concepts[concept_id(c)].kind in ("family", "architecture")]
            if len(kinds) == 1:
                return concept_id(kinds[0])
        if lemma == "one" and tok.dep_ in ("nsubj", "nsubjpass") and not concept_id(tok):
            # "the diffusion ones are ...": members of the family named before it; "the newer
            # one, DALL-E 3, is ...": the name given beside it
            start = tok.left_edge.i
            named = [c for c in tok.children if c.dep_ in ("compound", "nmod") and c.i < tok.i and concept_id(c) and
                     self.kb.concepts[concept_id(c)].kind in ("family", "architecture")] or \
                    [c for c in tok.children if c.dep_ == "appos" and c.i > tok.i and concept_id(c) and
                     self.kb.concepts[concept_id(c)].kind in ("product", "model")] or \
                    [c for c in tok.doc[start - 2:start - 1] if start >= 2 and tok.doc[start - 1].text == "," and
                     c.head != tok and concept_id(c) and self.kb.concepts[concept_id(c)].kind in ("product", "model")]
            # (or the name before it, which the parser cut off: "ChatGPT, the one I use, is ...")
            if len(named) == 1:
                return concept_id(named[0])
        if lemma == "one" and tok.i > 0 and tok.doc[tok.i - 1].head == tok and tok.doc[tok.i - 1].dep_ == "compound" and \
                concept_id(tok.doc[tok.i - 1]) and self.kb.concepts[concept_id(tok.doc[tok.i - 1])].kind in ("model", "product"):
            return concept_id(tok.doc[tok.i - 1])  # "that Gemini one from Meta": the name's
        if tok.lower_ == "one" and tok.dep_ in ("dobj", "pobj") and not concept_id(tok):
            # what a clause has or runs on, counted from a kind: "it has one of those GAN things
            # under the bonnet", "it runs on one of them" (the attribute "is one of ..." is read as a kind)
            members = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                       for o in p.children if o.dep_ == "pobj"]
            if len(members) == 1 and members[0].tag_ in ("NNS", "NNPS", "PRP"):
                c = self.concept(members[0])
                if c and self.kb.concepts[c].kind in ("family", "architecture"):
                    return c
        if tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass") and lemma in self.kb.cues.overclaim_subjects and \
                self.kb.cues.overclaim_subject and any(
                c.dep_ in ("compound", "amod", "nmod") and concept_id(c) and self.kb.concepts[concept_id(c)].umbrella
                for c in tok.children) and self.quantifier(tok) is Quantifier.ALL:
            return self.kb.cues.overclaim_subject  # "every AI tool on the market": every generative AI tool
        if tok.lower_ in EVERY_PRONOUNS and tok.dep_ in ("nsubj", "nsubjpass") and self.kb.cues.overclaim_subject and any(
                c.dep_ == "amod" and c.lower_ in self.kb.cues.overclaim_adjectives for c in tok.children):
            return self.kb.cues.overclaim_subject  # "everything generative has an LLM underneath"
        if tok.pos_ in ("NOUN", "PROPN") and lemma in self.r.uses_places and tok.i > 0 and \
                tok.doc[tok.i - 1].head == tok and tok.doc[tok.i - 1].dep_ == "compound" and concept_id(tok.doc[tok.i - 1]):
            return concept_id(tok.doc[tok.i - 1])  # "an LLM underneath" read as a compound: the LLM
        if tok.pos_ == "NOUN" and tok.dep_ == "appos" and (lemma in CLASSIFIERS or lemma in BUILT_NOUNS) and \
                not any(c.dep_ in ("compound", "amod", "nmod", "prep", "poss") and concept_id(c) for c in tok.children) and \
                concept_id(tok.head) and self.kb.concepts[concept_id(tok.head)].kind in ("family", "architecture"):
            return concept_id(tok.head)  # "a GAN, the same technology that powers ChatGPT": the GAN
        if tok.pos_ in ("NOUN", "PROPN"):
            if lemma in CLASSIFIERS or lemma in BUILT_NOUNS or lemma in self.r.uses_nouns or lemma in METAPHOR_WHOLES:
                for child in tok.children:  # (and a part: "a GAN core", "its transformer backbone")
                    # "GPT models", "the LLM category"; but "an AI tool" is a tool, not the field of AI
                    # (also across a medium word, for a family: "diffusion image tools")
                    if child.dep_ in ("compound", "amod", "nmod", "npadvmod") and concept_id(child) and (child.i == tok.i - 1 or (
                            child.i == tok.i - 2 and tok.doc[tok.i - 1].head == tok and
                            tok.doc[tok.i - 1].lower_ in self.kb.cues.modality_words and
                            self.kb.concepts[concept_id(child)].kind in ("family", "architecture"))) \
                            and self.kb.concepts[concept_id(child)].kind not in ("org", "person") \
                            and not self.kb.concepts[concept_id(child)].umbrella \
                            and not (lemma in BUILT_NOUNS and self.kb.concepts[concept_id(child)].kind in ("model", "product")) \
                            and not (lemma in VERSION_NOUNS and self.kb.concepts[concept_id(child)].kind == "model" and any(
                                d.dep_ == "det" and d.lower_ in ("a", "an") for d in tok.children)) \
                            and not (lemma not in CLASSIFIERS | BUILT_NOUNS | METAPHOR_WHOLES and
                                     self.kb.concepts[concept_id(child)].kind not in ("family", "architecture")):
                        if child.i > 1 and tok.doc[child.i - 1].text == "/" and concept_id(tok.doc[child.i - 2]):
                            return None  # one of two names: "generative AI/LLM tools" are either kind
                        return concept_id(child)  # (a part names a family only: not "PaLM 2 powers")
            # (also a kind's noun in "one of the subsets of generative AI": the plural after "one of")
            if (lemma in CONTAINERS or (lemma in self.r.is_a_nouns and tok.tag_ == "NNS" and tok.head.lower_ == "of" and
                                        tok.head.head.lower_ == "one")) and self.whole_or_part(tok) is None:
                # ("the parent field of X", "the foundation models of chatbots" are not X)
                for child in tok.children:
                    if child.dep_ == "prep" and child.lower_ == "of":
                        for pobj in child.children:
                            if pobj.dep_ == "pobj" and concept_id(pobj):
                                return concept_id(pobj)
            if (lemma in CLASSIFIERS or lemma in POINTING_NOUNS) and any(
                    c.lower_ in ("these", "such", "this", "those", "that") for c in tok.children):
                carried = self._carried or self._carried_for(tok)  # "these models": the previous sentence's topic
                if carried and lemma in CONTAINERS and self.kb.concepts[carried].kind in ("model", "product"):
                    return None  # "this category" is a class, not the product named before
                if lemma in MANNER_NOUNS and any(k.text in (";", ":", "—", "–") and any(
                        c.dep_ == "neg" for v in tok.doc[:k.i] if v.pos_ in ("VERB", "AUX") for c in v.children)
                        for k in tok.doc[:tok.i]):
                    return None  # the way just denied, not who was denied it: "Diffusion models do not use
                    # two competing networks; that approach belongs to GANs"
                if carried and any(concept_id(t) and (covered(self.kb, carried, (concept_id(t),)) or
                                                      covered(self.kb, concept_id(t), (carried,))) and (self.locally_negated(t) or any(
                        a.lower_ == "without" for a in t.ancestors)) for t in tok.doc[tok.i + 1:]):
                    return None  # not what the clause goes on to deny: "belong to that family without being LLMs"
                return carried
        # (also the object of a preposition in the clause: "the umbrella under which AI sits")
        relcl = tok.head if tok.head.dep_ == "relcl" else tok.head.head if (
            tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.dep_ == "relcl" and tok.head.i == tok.i - 1) else None
        if tok.lower_ == "which" and tok.dep_ in ("nsubj", "nsubjpass") and relcl is None and \
                tok.head.dep_ in ("ccomp", "advcl", "conj", "parataxis") and tok.i >= 2 and tok.doc[tok.i - 1].text == ",":
            # ", which ..." that the parser took for a clause of its own speaks of the name before its
            # comma, past an adverb ("uses Midjourney instead, which is GAN-based")
            k = tok.i - 2
            while k > 0 and tok.doc[k].pos_ == "ADV" and tok.i - k <= 3:
                k -= 1
            nc = concept_id(tok.doc[k])
            return nc if nc and self.kb.concepts[nc].kind in ("model", "product") else None
        if tok.lower_ in REL_PRONOUNS and relcl is not None:
            # ", which ..." speaks of the name right before its comma, wherever the parser hung the
            # clause ("..., the design behind ChatGPT, which OpenAI launched in 2022")
            doc = tok.doc
            near = doc[tok.i - 2] if tok.i >= 2 and doc[tok.i - 1].text == "," else None
            nc = concept_id(near) if near is not None else None
            if nc and near != relcl.head and self.kb.concepts[nc].kind in ("model", "product"):
                return nc
            return self.concept(self.described_by(relcl.head))
        if tok.lower_ == "what" and tok.pos_ == "PRON":
            # a pseudo-cleft: "Generative AI is what grew out of LLMs", "GenAI is what LLMs evolved
            # into": "what" is the copula's subject
            verb = tok.head if tok.dep_ in ("nsubj", "nsubjpass", "dobj") else \
                tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else None
            if verb is not None and verb.dep_ in ("ccomp", "attr") and verb.head.lemma_ == "be" and verb.head.i < tok.i:
                subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
                return concept_id(subj) if subj is not None and subj.i < verb.head.i else None
        if tok.lower_ in PRONOUNS and tok.pos_ == "PRON" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
            if self.cleft(tok) or self.possessive_typo(tok):
                return None
            if tok.lower_ in ("that", "this") and tok.i > 1 and tok.doc[tok.i - 1].text in (",", ";", "—", "–") and \
                    not concept_id(tok.doc[tok.i - 2]) and any(
                    t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass") for t in tok.doc[:tok.i - 1]):
                return None  # a demonstrative after a clause sums the clause up, not its subject: "Diffusion
                # models do NOT use a generator-vs-discriminator setup, that's GANs"
            if tok.lower_ in ("that", "this") and tok.i >= 2 and tok.doc[tok.i - 1].text in (",", "—", "–", "-") and \
                    tok.doc[tok.i - 2].lower_ in ("no", "nope", "nah", "false", "wrong", "incorrect") and all(
                        t.is_punct or t.is_space for t in tok.doc[next((t.i + 1 for t in reversed(tok.doc[:tok.i - 2])
                                                                         if t.text == ":"), 0):tok.i - 2]):
                # (at the start, or after a label: "A: No, ...", "**Answer:** False — that's a GAN")
                return None  # a correction that points at what was asked about: "No, that's GANs" (the
                # two competing networks belong to GANs), not the topic named before
            if tok.lower_ in ("that", "this") and tok.head.lemma_ == "be" and any(
                    a.dep_ in ("acomp", "attr") and (a.lemma_.lower() in self.kb.cues.attribution_refuting or
                                                     a.lemma_.lower() in ("idea", "concept", "trick", "point")) for a in tok.head.children):
                return None  # a demonstrative judging or naming a statement: "That is not wrong", "This is a
                # myth", "That is the GAN idea"
            if tok.lower_ in ("that", "this") and tok.head.lemma_ == "be" and any(
                    a.dep_ == "attr" and any(r.dep_ == "relcl" and any(k.dep_ == "nsubj" and k.lower_ in ("you", "we", "i")
                                                                       for k in r.children) for r in a.children)
                    for a in tok.head.children):
                return None  # what someone describes, not the topic: "That's a GAN you're describing"
            if tok.lower_ == "it" and tok.dep_ == "nsubj" and tok.head.lemma_ == "be":
                named = next((concept_id(n) for a in tok.head.children if a.dep_ == "attr" for n in a.children
                              if n.dep_ == "appos" and self.is_thing(concept_id(n)) and not self.locally_negated(n)
                              and self.kb.concepts[concept_id(n)].kind in ("product", "model")), None)
                if named is not None:
                    return named  # the name put after its description: "It's a Google thing, BERT, from 2018"
            return self._carried_for(tok)
        return None

    def whole_or_part(self, noun: Token) -> str | None:
        """A kind noun made a whole or a part by its modifier: "whole" for "the parent field /
        umbrella category (of X)", "part" for "the foundation models / engine layer (of X)"."""
        for ch in noun.children:
            lemma = ch.lemma_.lower()
            if ch.dep_ in ("amod", "compound") and lemma in self.r.includes_nouns:
                return "whole"
            if ch.dep_ == "compound" and ch.pos_ == "NOUN" and lemma in self.r.uses_nouns:
                return "part"
        return None

    @staticmethod
    def possessive_typo(tok: Token) -> bool:
        """"Google introduced it's latest model": an "it's" right after a verb of action is the
        possessive "its" misspelt, and refers to nothing as a subject."""
        doc = tok.doc
        return tok.lower_ == "it" and tok.i > 0 and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("'s", "’s") \
            and doc[tok.i - 1].pos_ == "VERB" and doc[tok.i - 1].lemma_.lower() not in ("be", "think", "say", "know", "believe", "hope", "guess")

    @staticmethod
    def cleft(tok: Token) -> bool:
        """"it was DALL-E 2 (2022) that ...": the "it" of a cleft sentence refers to nothing;
        nor does a "that" or "this" that resumes a clause of condition or time before it ("If
        you've asked ChatGPT for a haiku, that's an LLM at work")."""
        be = tok.head
        doc = tok.doc
        if tok.lower_ in ("that", "this") and tok.dep_ in ("nsubj", "nsubjpass") and tok.i > 1 and \
                doc[tok.i - 1].text == "," and any(t.dep_ in ("mark", "advmod") and t.lower_ in ("if", "when", "whenever", "once")
                                                   for t in doc[:min(3, tok.i)]):  # ("When" is parsed as either)
            return True
        if tok.lower_ != "it" or tok.dep_ != "nsubj" or be.lemma_ != "be":
            return False
        inside = {t.i for t in be.subtree}
        return any(t.lower_ in ("that", "who") and t.i > tok.i and t.head.dep_ in ("relcl", "ccomp") and t.head.i in inside
                   and concept_id(t.head.head) and t.head.head.dep_ in ("attr", "conj", "appos")
                   and t.dep_ in ("nsubj", "nsubjpass", "dobj", "mark") for t in be.subtree)

    def holder(self, prep: Token) -> Token | None:
        """The thing a noun is put in or behind by ``prep`` (relations.yaml ``uses.holder_preps``),
        directly or through a place of it: "behind ChatGPT", "under ChatGPT's bonnet", "under the
        hood of ChatGPT"; None when the preposition is no such one."""
        if prep.dep_ != "prep" or prep.lower_ not in self.r.holder_preps:
            return None
        for p in prep.children:
            if p.dep_ != "pobj":
                continue
            if self.is_thing(self.concept(p)):
                return p
            if p.lemma_.lower() in self.r.uses_places:
                owner = next((c for c in p.children if c.dep_ == "poss"), None) or next(
                    (o for c in p.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"), None)
                if owner is not None and self.is_thing(self.concept(owner)):
                    return owner
        return None

    def said_of_part(self, x: Token) -> bool:
        """Is ``x`` named only as what holds the clause's subject: a part of it ("the engine of a
        chatbot", "ChatGPT's brain", a noun of relations.yaml ``uses.nouns``) or a thing in or
        behind it ("the thing under ChatGPT's bonnet", ``uses.holder_preps``)? What that subject
        is, x runs on."""
        part = x.head.head if x.dep_ == "pobj" and x.head.lower_ == "of" else x.head if x.dep_ == "poss" else None
        if part is not None and part.lemma_.lower() in self.r.uses_nouns and part.dep_ in ("nsubj", "nsubjpass"):
            return True
        return any(a.dep_ == "prep" and a.head.dep_ in ("nsubj", "nsubjpass", "csubj") and self.holder(a) == x
                   for a in x.ancestors)

    @staticmethod
    def stranded_object(subject: Token) -> bool:
        """A "subject" right after a preposition the parser left without its object is that
        object: "the clever bit behind it is an LLM" says what is behind it, not what it is."""
        prev = subject.doc[subject.i - 1] if subject.i > 0 else None
        return prev is not None and prev.dep_ == "prep" and prev.pos_ == "ADP" and prev.lower_ not in ("than", "as") and \
            not any(c.dep_ in ("pobj", "pcomp") for c in prev.children)  # (not "with generative AI sitting inside it")

    def described_by(self, noun: Token) -> Token:
        """What a relative clause or participle on ``noun`` describes: the noun itself, or,
        when the noun is an untracked predicate nominal, the copula's subject ("ML is a branch
        that sits inside generative AI", "Midjourney is a service built on a GAN")."""
        if noun.dep_ in ("attr", "oprd") and noun.head.lemma_ == "be":
            subj = next((c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass") and not self.stranded_object(c)), None)
            sc = self.concept(subj) if subj is not None else None
            if sc and (concept_id(noun) is None or (
                    self.kb.concepts[concept_id(noun)].kind in ("family", "architecture", "field") and
                    self.kb.concepts[sc].kind in ("model", "product"))):
                return subj  # (a class is not what was "trained by Anthropic": "Claude's models are transformers, trained by ...")
        if noun.dep_ == "appos" and concept_id(noun) is None and noun.pos_ == "NOUN" and self.is_thing(concept_id(noun.head)) \
                and any(c.dep_ == "det" for c in noun.children):
            doc, k = noun.doc, noun.left_edge.i
            while k < noun.i and doc[k].is_punct:
                k += 1  # (the parser may hang the comma before it on it)
            if k >= 2 and doc[k - 1].text == "," and doc[k - 2] != noun.head and doc[k - 2] not in noun.head.conjuncts and (
                    self.is_agent(concept_id(doc[k - 2])) or self.is_thing(concept_id(doc[k - 2]))):
                return doc[k - 2]  # right after a maker's name it is the maker's: "by Anthropic, a company founded
                # ..."; after a class's name the class's: "GPT-4, a transformer, the architecture Google published"
            return noun.head  # an untracked noun in apposition: "a GAN, the same technology that powers X"
        return noun

    def participle_owner(self, verb: Token) -> Token:
        """What a participle or an apposition describes: its head, or the name right before its
        comma when the parser hung it on an earlier one ("Claude, developed by Anthropic, or
        Gemini, developed by Google": the second participle is Gemini's)."""
        doc, k = verb.doc, verb.left_edge.i
        near = doc[k - 2] if k >= 2 and doc[k - 1].text == "," else None
        if near is not None and near != verb.head and near.i > verb.head.i and self.is_thing(concept_id(near)):
            members = sorted({near.i, *(c.i for c in near.conjuncts)})
            first = doc[members[0]]
            if len(members) > 1 and not any(c.dep_ in ("acl", "relcl", "appos") and c.i != verb.i
                                            for m in members[:-1] for c in doc[m].children) and \
                    first.dep_ == "pobj" and first.head.head.pos_ == "NOUN":
                # after a plain list in a phrase under a noun, it is the noun's: "the design behind GPT,
                # BERT and T5, introduced by Google in 2017" (not T5's; but "Claude, developed by
                # Anthropic, or Gemini, developed by Google" gives each its own)
                return self.described_by(first.head.head)
            return near
        return self.described_by(verb.head)

    def closing_participle_owner(self, verb: Token) -> Token | None:
        """A participle after a comma that closes a sentence saying what its subject is describes
        that subject, wherever the parser hung it inside the description: "The transformer is the
        design LLMs are built on, first published by OpenAI in 2019", "... the design behind all
        the chatbots, invented at OpenAI". Not when it hangs on a name of its own ("GPT-4 is the
        model behind ChatGPT, launched in 2022" is ChatGPT's launch)."""
        doc = verb.doc
        if verb.tag_ != "VBN" or verb.dep_ not in ("acl", "advcl") or verb.left_edge.i < 2 or \
                doc[verb.left_edge.i - 1].text != "," or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
            return None
        if not all(t.is_punct for t in doc[verb.right_edge.i + 1:]):
            return None  # (the sentence goes on: it may be about what comes next)
        head = verb.head
        if self.name_before_comma(verb) or ((c := concept_id(head)) and self.kb.concepts[c].kind in ("model", "product", "org", "person")):
            return None  # (a name's own: "... the design behind ChatGPT, released by OpenAI in 2022")
        for up in (head, *head.ancestors):
            if up.dep_ == "attr" and up.head.lemma_ == "be" and up.head.dep_ == "ROOT":
                subj = next((k for k in up.head.children if k.dep_ in ("nsubj", "nsubjpass")), None)
                return subj if subj is not None and subj.i < up.i and self.is_thing(self.concept(subj)) else None
        return None

    @staticmethod
    def opening_words(head: Token, before: int) -> set[int]:
        """The words of the phrases and clauses that open ``head``'s clause before position
        ``before`` (adverbials, conjunctions and their commas): "With that switched on, it ...",
        "To my mind there is ..."."""
        return {k.i for c in head.children if c.i < before and
                c.dep_ in ("prep", "advcl", "advmod", "npadvmod", "intj", "punct", "cc", "mark") for k in c.subtree}

    def name_before_comma(self, clause: Token) -> str | None:
        """The named model or product right before the comma that opens a participle or clause
        ("the design behind ChatGPT, released in 2022"), whose own the clause is; None if none."""
        k = clause.left_edge.i
        if k < 2 or clause.doc[k - 1].text != ",":
            return None
        c = concept_id(clause.doc[k - 2])
        return c if c and self.kb.concepts[c].kind in ("model", "product") else None

    @staticmethod
    def opens_sentence(tok: Token) -> bool:
        """Does the sentence open with this token, after words of manner, reply or a subordinator
        only ("Frankly, it ...", "Oh, and they ...", "Because it ...", and after a short label:
        "A: Yes, they ...")?"""
        start = next((t.i + 1 for t in tok.doc[:min(3, tok.i)] if t.text == ":"), 0)
        return all(t.pos_ in ("PUNCT", "INTJ", "CCONJ", "ADV", "SPACE", "SCONJ") for t in tok.doc[start:tok.i])

    @staticmethod
    def opens_clause(tok: Token) -> bool:
        """Does this token open the sentence (see ``opens_sentence``), or a clause after a colon,
        dash or semicolon, when what comes before has no noun for it to stand for, besides a
        speaker's label or a name addressed ("Jan, I'll be blunt: it ...", "TOM: I'll disagree
        there — it ...")?"""
        if SyntaxMixin.opens_sentence(tok):
            return True
        doc = tok.doc
        # (or after a frame that announces it: "And the thing is, it ...", "The truth is they ...")
        j = tok.i - 1 - (tok.i > 0 and doc[tok.i - 1].text == ",")
        if j >= 1 and doc[j].lemma_ == "be" and doc[j - 1].pos_ == "NOUN" and doc[j - 1].dep_ == "nsubj" and \
                SyntaxMixin.opens_sentence(doc[j - 1].left_edge) and \
                all(t.pos_ in ("DET", "ADJ") for t in doc[doc[j - 1].left_edge.i:j - 1]) and not concept_id(doc[j - 1]):
            return True
        # (or the main clause's subject after an opening adverbial phrase or clause, with no
        # noun before it outside that phrase: "With that switched on, it cannot make things up")
        head = tok.head
        # (also a clause the parser hung on a later one: "Apart from that, there's no ...; it's a tool")
        if tok.dep_ in ("nsubj", "nsubjpass", "expl") and tok.i > 0 and (
                head.dep_ == "ROOT" or (head.dep_ == "ccomp" and head.i < head.head.i)):
            opening = SyntaxMixin.opening_words(head, tok.i)
            if all(i in opening for i in range(tok.left_edge.i)):  # (up to its own phrase: "In fairness, the newer ones ...")
                return True
        k = tok.i - 1
        while k >= 0 and doc[k].pos_ in ("CCONJ", "ADV", "INTJ"):
            k -= 1
        return k > 0 and doc[k].text in (":", "—", "–", ";", "--") and \
            not any(t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "attr") and
                    doc[t.i + 1].text not in (":", ",") for t in doc[:k])

    @staticmethod
    def unique(noun: Token) -> bool:
        """"the only LLM", "the first chatbot", "the largest model": a negation of the copula
        denies the uniqueness or the rank, not that the subject is one of the class."""
        return any(c.lower_ in ("only", "first", "last", "sole", "single") or c.tag_ == "JJS"
                   for c in noun.children if c.dep_ in ("amod", "advmod", "det"))

    @staticmethod
    def restricted(tok: Token) -> bool:
        """The noun phrase of ``tok`` is narrowed by a relative clause or a participle (not one
        set off by a comma: "AI, seen this way, is ..."), an adjective with a complement
        ("capable of ...") or a common-noun possessive ("today's")."""
        head = tok
        for up in tok.ancestors:  # "AI systems": the compound's head noun
            if head.dep_ != "compound" or up.i < head.i:
                break
            head = up
        doc = tok.doc
        if head.dep_ == "conj" and head.head.i < head.i and SyntaxMixin.restricted(head.head):
            return True  # "chatbots and assistants that generate text": the clause narrows both
        return any(c.dep_ in ("relcl", "acl") and c.i > head.i and doc[c.left_edge.i - 1].text != "," or
                   (c.dep_ == "amod" and c.i > head.i and any(g.dep_ in ("prep", "xcomp") for g in c.children)) or
                   (c.dep_ == "poss" and c.pos_ == "NOUN") for c in head.children)

    def in_name(self, tok: Token, c: str) -> bool:
        """A field or family word inside a longer proper name ("Suno AI", "Generative
        Pretrained Transformer 3"): the name is a product's or a company's, not the concept."""
        if not tok.text[:1].isupper() or self.kb.concepts[c].kind not in ("field", "family", "architecture"):
            return False
        doc = tok.doc
        if tok.i + 1 < len(doc):
            nxt = doc[tok.i + 1]
            if nxt.dep_ == "nummod" and nxt.head.i == tok.i:
                return True
        if tok.i > 0 and self.kb.concepts[c].kind == "field":
            prev = doc[tok.i - 1]
            return prev.dep_ == "compound" and prev.head.i == tok.i and prev.pos_ == "PROPN" and \
                prev.text[:1].isupper() and not concept_id(prev) and prev.lower_ not in self.cues.field_adjectives
        return False

    def variant(self, tok: Token) -> bool:
        """"ChatGPT Plus", "the ChatGPT app", "Stable Diffusion XL", "the GAN explainer": the
        mention modifies another noun, so the phrase names something else than the concept."""
        if tok.i + 1 >= len(tok.doc) or tok.dep_ not in ("compound", "nmod", "amod"):
            return False
        nxt = tok.doc[tok.i + 1]
        if concept_id(nxt) or nxt.lemma_.lower() in CLASSIFIERS or tok.head.i < tok.i:
            return False
        # a product line or a thing about the concept: "ChatGPT Plus", "Stable Diffusion XL", "the ChatGPT app"
        kind = self.kb.concepts[concept_id(tok)].kind if concept_id(tok) else ""
        return (nxt.pos_ == "PROPN" and nxt.text[:1].isupper()) or nxt.lemma_.lower() in VARIANT_NOUNS or \
            (nxt.lemma_.lower() in BUILT_NOUNS and kind in ("model", "product"))

    def _carried_for(self, tok: Token) -> str | None:
        """A pronoun's referent: the last subject concept before it in the sentence, else the
        previous sentence's topic."""
        best = None
        # a plural pronoun agrees with a plural name ("ChatGPT is powered by GPT models, and
        # those are the LLMs"; "those are diffusion models ..., and none of them is an LLM")
        plural = tok.lower_ in ("they", "them", "these", "those", "themselves")
        # (and "it" with no set of others: not "even though other generative AI tools can; it only ever produces text")
        if plural:
            agrees = self.plural_or_class
        elif tok.lower_ == "it":
            agrees = lambda t: not _among_others(t)  # noqa: E731
        else:
            agrees = lambda t: True  # noqa: E731
        # the verb of the pronoun's own clause ("Y is simply the next evolution of them": "is")
        clause = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), tok.head)
        if clause.dep_ == "acl" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
            # a participle has its clause's subject: "AI is one of the things sitting under it"
            clause = next((a for a in clause.ancestors if a.pos_ in ("VERB", "AUX") and a.dep_ != "acl"), clause)
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN" and \
                any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
            # "a whole separate branch of it", "one part of them": the nearest thing named before
            # ("an LLM is the text flavour of generative AI, image generators are a branch of it"),
            # but not its own clause's subject ("classic AI and machine learning are subsets of it")
            # (nor anything inside it: "the LLMs behind the chatbots are one member of it")
            own = {k.i for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") for j in (c, *c.conjuncts) for k in j.subtree}
            near = next((t for t in reversed(tok.doc[:tok.i]) if self.is_thing(concept_id(t)) and agrees(t)
                         and t.dep_ not in ("poss", "compound") and not self.compared(t)
                         and t.i not in own), None)
            if near is not None:
                return concept_id(near)
        nearer = None  # a nearer subject that names no tracked thing ("the photo part is ..., but it's ...")
        # (nor, in a relative clause, the subject of the clause its noun is in: "Y is a branch that comes off it")
        outer = clause.head.head if clause.dep_ == "relcl" and clause.head.dep_ in ("attr", "dobj", "oprd") else clause
        for t in tok.doc[:tok.i]:
            c = concept_id(t)
            # the subject of the pronoun's own clause is not its referent ("Y is the next step after them")
            if c and self.kb.concepts[c].kind not in ("org", "person") and t.dep_ in ("nsubj", "nsubjpass") \
                    and t.head != clause and t.head != outer and t.head != tok.head and agrees(t):
                best, nearer = c, None
            elif not c and t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN" and not plural and \
                    t.head != clause and t.head != tok.head and t.head.dep_ in ("ROOT", "conj", "ccomp", "parataxis") and \
                    t.head.i < tok.i and self.concept(t) is None:
                nearer = t
        if best is not None and nearer is not None:
            return None
        if best is None and tok.i > 0:
            # (nor anything inside its own clause's subject: "LLMs, image generators ... all sit under it")
            subject = {k.i for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") for k in c.subtree} \
                if tok.dep_ in ("pobj", "dobj") and not tok.lower_.endswith(("self", "selves")) else set()  # (a reflexive is it)
            for t in tok.doc[:tok.i]:
                c = concept_id(t)
                if t.i in subject or (t.dep_ == "dobj" and t.head.lemma_.lower() in ("need", "have", "require", "contain", "include")
                                      and self.clause_negated(t.head)):
                    continue  # (nor what a clause denies having: "they don't need a language model, they're ...")
                if c and t.dep_ == "conj" and t.head.dep_ in ("attr", "oprd") and (
                        self.locally_negated(t) or t.doc[t.i - 1].lower_ in ("not", "never")):
                    continue  # (nor a predicate noun it is denied to be: "which is generative AI but not a language model: it's ...")
                # "Unlike GANs, they ...": the foil is not "they"; "X was never a GAN — it's ...":
                # a predicate noun is not what "it" is (but a plural one may be what "them" is)
                if c and self.kb.concepts[c].kind not in ("org", "person") and agrees(t) and not self.compared(t) and \
                        _in_quotes(t) <= _in_quotes(tok) and \
                        (t.dep_ not in ("poss", "compound", "attr", "oprd") or (
                            # (a name given to the subject is what it is: "the design is called the transformer, and it ...")
                            t.dep_ in ("oprd", "attr") and t.head.lemma_.lower() in self.r.naming_verbs and
                            not self.clause_negated(t.head) and clause.lemma_.lower() not in self.r.naming_verbs) or (
                            plural and t.dep_ == "attr" and not self.clause_negated(t.head) and not any(
                                # ("None of these are LLMs: they are ...")
                                k.dep_ in ("nsubj", "nsubjpass") and k.lower_ in ("none", "neither", "nothing")
                                for k in t.head.children))) and \
                        not (t.dep_ == "pobj" and t.head.head.lemma_.lower() in self.r.precedes["nouns_after"]):
                    best = c  # (not what an upgrade is to: "Released as an upgrade to Stable Diffusion, it ...")
                    break
        if best is None and plural and tok.doc.user_data.get("cc_carried_plural") is False:
            return None  # "Insight Assist can't draw the way Midjourney or DALL-E can. Those are ...": not the product
        return best or self._carried

    @staticmethod
    def compared(tok: Token) -> bool:
        """"Unlike GANs, ...", "Like GANs, ...", "compared with GANs": a foil, not a subject;
        "BERT vs GPT": both sides of a comparison."""
        doc = tok.doc
        if any(c.dep_ == "prep" and c.lower_ in ("vs", "vs.", "versus") for c in tok.children) or \
                (tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("vs", "vs.", "versus")):
            return True
        if any(c.dep_ in ("compound", "nmod") and c.i < tok.i and concept_id(c) and SyntaxMixin.compared(c)
               for c in tok.children):
            return True  # "BERT vs GPT ... Models": the noun stands for a compared name
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
        """What a pronoun in the next sentence refers to: the main clause's subject concept;
        none when that subject is something untracked ("RAG wins ... It's almost always ...")."""
        if doc.user_data.get("cc_after_name") and any(
                t.lower_ in ("it", "they") and t.dep_ in ("nsubj", "nsubjpass") for t in doc[:3]):
            doc.user_data["cc_named_subject"] = True  # "It ... . And it ...": still the product named before
        for root in (t for t in doc if t.dep_ == "ROOT"):
            subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.pos_ in ("NOUN", "PROPN") and not self.is_thing(self.concept(subj)) and not (
                    subj.lemma_.lower() in POINTING_NOUNS and any(c.lower_ in ("these", "those") for c in subj.children)):
                doc.user_data["cc_untracked_subject"] = True  # what the next sentence's "it" may be instead
                # (not "these things", which points back at what was named)
                # an unknown name as the subject of a clause about a tracked model ("ChatPal runs
                # on GPT-4"): a product the next sentence's "it" may be about (an overclaim's
                # subject; see properties), not a person who writes about one
                doc.user_data["cc_named_subject"] = (subj.pos_ == "PROPN" and len(subj.text) > 1 and any(
                    self.is_thing(concept_id(t)) and not any(
                        a.dep_ in ("ccomp", "xcomp", "advcl", "relcl", "acl", "conj") for a in t.ancestors if a != root)
                    for t in root.subtree if t.i > root.i)) or (
                    # (or the writer's own product: "Our Knowledge Assistant is different. It cannot ...",
                    # "Our new planner uses an LLM. It ...")
                    any(p.dep_ == "poss" and p.lower_ in ("our", "your", "my") for p in subj.children) and (
                        subj.lemma_.lower() in self.kb.cues.overclaim_subjects or any(
                            self.is_thing(concept_id(t)) for t in root.subtree if t.i > root.i)))
                return None
        # (a thing said to be absent is no referent: "No GAN anywhere in ChatGPT. Under the hood it's ...";
        # nor is a name being spelled out: "GPT stands for ... . It was launched in 2022" is not GPT)
        for tok in doc:
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.lower_ in _QUANTIFIER_WORDS - NONE_WORDS:
                # "All of the chatbots run on ...": the subject is what the quantifier counts
                counted = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                                for p in c.children if p.dep_ == "pobj"), tok)
                if self.is_thing(self.concept(counted)):
                    doc.user_data["cc_topic_subject"] = True  # (the topic is the clause's subject)
                    doc.user_data["cc_topic_plural"] = True
                    doc.user_data["cc_topic_versioned"] = versioned(counted)
                    return self.concept(counted)
            if tok.dep_ in ("nsubj", "nsubjpass") and self.is_thing(self.concept(tok)) and \
                    self.quantifier(tok) is not Quantifier.NONE and not (self._carried and tok.head.lemma_.lower() == "stand"
                                                                         and any(c.lower_ == "for" for c in tok.head.children)):
                doc.user_data["cc_topic_subject"] = tok.pos_ != "PRON"  # (a name, not a pronoun for one)
                doc.user_data["cc_topic_plural"] = self.plural_or_class(tok)
                doc.user_data["cc_topic_versioned"] = versioned(tok)  # ("SDXL ... . Released in 2023": the version's)
                if self.points_back(tok):
                    return self._carried  # "this LLM" said of the product named before is still that product
                return self.concept(tok)
        if self._carried and any(t.lemma_.lower() == "stand" and any(c.lower_ == "for" for c in t.children) for t in doc):
            return None  # (the topic before it goes on: "ChatGPT ... . GPT stands for ... . It was launched in 2022")
        for tok in doc:
            # (a name compounded with a word that is no class noun is the parser's stray subject:
            # '"ChatGPT runs on a GAN."' with "runs" read as a noun; "GAN technology" is the technology)
            if self.is_thing(concept_id(tok)) and (tok.dep_ not in ("poss", "compound") or (
                    tok.dep_ == "compound" and tok.head.dep_ == "ROOT" and concept_id(tok.head) is None and
                    tok.head.lemma_.lower() not in CLASSIFIERS | BUILT_NOUNS | self.r.uses_nouns)) and \
                    self.quantifier(tok) is not Quantifier.NONE and not (
                        tok.dep_ in ("attr", "dobj", "pobj") and self.clause_negated(tok.head)) and not (
                        tok.dep_ == "pobj" and tok.head.lower_ in ("like", "unlike", "than") and self.verbless(doc)):
                # (nor what a verbless comparison likens it to: "Like ChatGPT but for pictures?")
                # (what a clause denies is no referent: "It's not a GAN! It's a diffusion model")
                doc.user_data["cc_topic_plural"] = self.plural_or_class(tok)
                doc.user_data["cc_topic_versioned"] = versioned(tok)
                return self._carried if self.points_back(tok) else concept_id(tok)
        return None

    def plural_or_class(self, tok: Token) -> bool:
        """Can "they" refer to this mention? A plural or a list ("GANs", "Midjourney or DALL-E"),
        and a class named in the singular ("a language model ... They learn from ..."), but
        not one named product ("Insight Assist can't draw. Those are diffusion models")."""
        c = concept_id(tok)
        named = tok.pos_ == "PROPN" or (c is not None and self.kb.concepts[c].kind in ("model", "product"))
        return self.plural(tok) or bool(tok.conjuncts) or not named

    @staticmethod
    def plural(tok: Token) -> bool:
        """A plural noun or name ("GANs", "GPT models"; by its tag or, for a name, its -s)."""
        return tok.tag_ in ("NNS", "NNPS") or (tok.pos_ == "PROPN" and tok.text.endswith("s") and not tok.text.endswith("ss"))

    def negated(self, tok: Token) -> bool:
        """A negation word (cues.yaml) on the token as its negation or adverb; not a contrast
        after a comma ("LLMs sit inside generative AI, not the other way around")."""
        return any((c.dep_ == "neg" or c.lower_ in self.cues.negation and c.dep_ in ("advmod", "neg")) and
                   not (c.i > tok.i and c.i > 0 and tok.doc[c.i - 1].text in (",", "—", "–") and c.i + 1 < len(tok.doc)
                        and not tok.doc[c.i + 1].is_punct) and not denies_elided(c, tok)
                   for c in tok.children)

    def clause_negated(self, verb: Token) -> bool:
        if self.negated(verb) or any(c.lower_ == "nor" and c.dep_ == "cc" and c.i == verb.left_edge.i and any(
                a.dep_ in ("aux", "auxpass") and a.i == c.i + 1 for a in verb.children) for c in verb.children):
            return True  # (an inverted "Nor does every tool have an LLM inside it")
        doc = verb.doc
        if verb.dep_ in ("conj", "pcomp") and verb.i >= 2 and (doc[verb.i - 2].lower_, doc[verb.i - 1].lower_) in (
                ("rather", "than"), ("instead", "of")):
            return True  # the contrast denies it: "clean it up step by step rather than pitting two networks ..."
        for c in verb.children:
            if c.dep_ in ("aux", "auxpass") and self.negated(c):
                return True
        # a pseudo-cleft's copula: "Generative AI isn't what grew out of LLMs"
        if verb.dep_ in ("ccomp", "attr") and verb.head.lemma_ == "be" and any(
                t.lower_ == "what" and t.pos_ == "PRON" for t in verb.subtree) and (self.clause_negated(verb.head) or any(
                    c.dep_ == "nsubj" and c.left_edge.lower_ in ("neither", "no", "none") for c in verb.head.children)):
            return True  # (or its subject: "Neither GANs nor diffusion models are what ChatGPT is built on")
        if verb.dep_ == "xcomp" and verb.lemma_ == "be" and verb.head.lemma_.lower() in RAISING_VERBS and \
                self.clause_negated(verb.head):
            return True  # "BERT was never meant to be a chatbot", "GANs don't seem to be LLMs"
        return False

    @staticmethod
    def full_stop_between(doc: Doc, i: int, j: int) -> bool:
        """A full stop the sentence splitter missed between tokens ``i`` and ``j`` ("... of
        generative AI. image models, ..."): a "." with a space after it, after a word that is
        no abbreviation ("a.k.a.", "Inc.", "e.g.")."""
        lo, hi = sorted((i, j))
        return any((doc[k].text == "." and doc[k].whitespace_ and k > 0 and "." not in doc[k - 1].text and
                    not is_abbreviation(doc[k - 1].text)) or
                   # a list's "etc." before a capitalised word ends the sentence: "..., Claude, etc. Introduced by ..."
                   (doc[k].text == "." and k > 0 and doc[k - 1].lower_ in ("etc", "etc.") and k + 1 < len(doc) and
                    doc[k + 1].text[:1].isupper()) or
                   (doc[k].lower_ == "etc." and k + 1 < len(doc) and doc[k + 1].text[:1].isupper())
                   for k in range(lo + 1, hi))

    @staticmethod
    def clause_chain(tok: Token) -> list[Token]:
        """The token and the heads above it, up to where its clause stands on its own: a
        clause before a semicolon or colon and the main clause ("LLMs can't see images; if your bot 'reads' one,
        ..."), a clause before ", so ..." ("X is made by Y, so you'd think ..."), and a clause
        with its own subject coordinated with a verb that has a complement ("I wish it could,
        but LLMs can never ...") are not governed by the verb the parser hung them on."""
        chain = [tok]
        for head in tok.ancestors:
            t = chain[-1]
            if t.i < head.i and head.dep_ == "ROOT" and any(k.text in (";", ":") or (k.dep_ in ("mark", "cc") and k.head == head and
                                                             k.lower_ == "so")
                                    for k in t.doc[t.right_edge.i + 1:head.i]):
                break
            if t.dep_ == "conj" and t.i > head.i and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children) \
                    and any(c.dep_ in ("ccomp", "xcomp") and c.i < t.i for c in head.children):
                break  # coordinated with a verb of saying or wishing, not inside what it says
            if t.dep_ == "conj" and t.i > head.i and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children) \
                    and any(c.dep_ == "cc" and c.lower_ in ("but", "yet") and c.i > 0 and t.doc[c.i - 1].text == ","
                            for c in head.children if head.i < c.i < t.i):
                break  # a contrast of the writer's own: "X is marketed as an assistant, but X is an LLM"
            chain.append(head)
        return chain

    @staticmethod
    def verbless(doc: Doc) -> bool:
        """No finite verb: a title or a list label ("Case study: Midjourney as a GAN")."""
        return not any(v.tag_ in ("VBZ", "VBP", "VBD", "MD") for v in doc)

    @staticmethod
    def passive(verb: Token) -> bool:
        return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or \
            (verb.tag_ == "VBN" and (verb.dep_ == "acl" or any(c.dep_ == "agent" for c in verb.children)))

    def conjuncts(self, tok: Token) -> list[tuple[Token, bool]]:
        """A token and its conjuncts, each with whether it is negated on its own ("X, not Y",
        "X rather than Y"); a contrastive apposition ("a diffusion model, not a GAN") counts."""
        out = []
        doc = tok.doc
        for t in [tok] + list(tok.conjuncts):
            if t.i < tok.i:
                continue
            if t != tok and t.i >= 2 and doc[t.i - 2].lower_ in ("so", "neither", "nor") and \
                    doc[t.i - 1].lemma_ in ("be", "do", "have"):
                continue  # "Gemini is Google's, and so is PaLM": a new subject that shares the predicate
            if t != tok and t.i >= 3 and doc[t.i - 1].lower_ == "or" and doc[t.i - 2].text == "," and \
                    concept_id(t) is not None and concept_id(doc[t.i - 3]) == concept_id(t):
                continue  # a second name for the word before it: "an app built on a large language model, or LLM"
            at = t.right_edge.i + 1
            if t != tok and at < len(doc) and "(" in (doc[at].text, doc[at - 1].text):
                # (past an aside: "GPT-4 (or whatever they serve) is")
                at = next((k + 1 for k in range(at, min(len(doc), at + 20)) if doc[k].text == ")"), at)
            after = doc[at] if t != tok and at < len(doc) else None
            if after is not None and after.pos_ in ("AUX", "VERB") and (after.dep_ == "conj" or (
                    after.tag_ in ("VBP", "VBZ", "VBD", "MD") and after.dep_ in ("ccomp", "ROOT", "parataxis"))) and \
                    not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in after.children):
                break  # the subject of the next clause: "GenAI is the umbrella and LLMs are one of its parts"
            # an alternative joined to a denied one is denied with it: "a transformer rather than a
            # diffusion or adversarial model", "not a GAN or a VAE"
            alternative = t != tok and t.dep_ == "conj" and any(
                c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in t.head.children) and any(
                u == t.head and neg for u, neg in out)
            out.append((t, alternative or self.locally_negated(t)))
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
        for j in range(max(0, t.i - 5), t.i):
            w = doc[j]
            between = range(j + 1, t.i)
            # (also through a two-word preposition: ", not on top of GANs")
            modifiers = sum(_modifies(doc[k], t) for k in between)
            if w.lower_ in ("not", "never") and all(doc[k].pos_ in ("DET", "ADJ", "ADV", "ADP") or doc[k].lower_ in _THROUGH_NOUNS or
                                                    _modifies(doc[k], t) for k in between) and \
                    len(between) <= 2 + modifiers + sum(doc[k].lower_ in _THROUGH_NOUNS for k in between) * 2 and \
                    j > 0 and doc[j - 1].text in (",", ";", "—", "–", "(", "but", "and"):
                return True
            if w.lower_ in ("rather", "instead") and j + 1 < t.i and doc[j + 1].lower_ in ("than", "of") and (
                    j >= t.i - 3 or t.left_edge.i == j + 2):  # (or its whole phrase: "rather than the GAN method")
                return True
        k = t.left_edge.i
        if k >= 2 and doc[k - 1].lower_ in ("not", "never") and doc[k - 2].text in (",", ";", "—", "–", "("):
            return True  # the whole phrase denied: "A transformer language model, not a GAN or diffusion model"
        # ... also across the preposition the contrast repeats: 'described as X rather than as "the Y"'
        for j in range(max(0, t.i - 6), t.i - 2):
            if doc[j].lower_ in ("rather", "instead") and doc[j + 1].lower_ in ("than", "of") and \
                    doc[j + 2].pos_ == "ADP" and all(doc[k].pos_ in ("DET", "ADJ", "ADV") or doc[k].is_quote or
                                                     _modifies(doc[k], t)  # ("by the older GAN approach")
                                                     for k in range(j + 3, t.i)):
                return True
        return False

    @staticmethod
    def _negated_quantifier(word: Token) -> bool:
        """'not' in front of a quantifier word or hung on it: "not all", "not every one"."""
        return any(g.lower_ == "not" for g in word.children) or (word.i > 0 and word.doc[word.i - 1].lower_ == "not")

    def quantifier(self, tok: Token) -> Quantifier:
        """The quantifier on a subject noun ("all LLMs", "no GAN", "not every tool")."""
        for c in tok.children:
            w = c.lower_
            if c.dep_ != "nsubj" and (c.i > tok.i or any(t.is_punct for t in tok.doc[c.i:tok.i])):
                continue  # a quantifier stands in front of its noun, in the same phrase
            if c.dep_ in ("det", "predet", "amod", "nummod", "quantmod", "preconj") or (c.dep_ == "nsubj" and w in ALL_WORDS) or (
                    c.dep_ == "advmod" and c.i < tok.i and w in MOST_WORDS | SOME_WORDS):  # "Most generative AI tools"
                if w in NONE_WORDS:
                    return Quantifier.NONE
                if w in ALL_WORDS:
                    if self._negated_quantifier(c):
                        return Quantifier.NOT_ALL
                    if any(g.lower_ in ("nearly", "almost", "virtually", "practically") for g in c.children) or \
                            (c.i > 0 and tok.doc[c.i - 1].lower_ in ("nearly", "almost", "virtually", "practically")):
                        return Quantifier.SOME
                    return Quantifier.ALL
                if w in MOST_WORDS:
                    return Quantifier.MOST
                if w in SOME_WORDS:
                    return Quantifier.SOME
            if c.dep_ == "prep" and c.lower_ == "of" and tok.lower_ in NONE_WORDS | SOME_WORDS | ALL_WORDS:
                pass
        if tok.lower_ in ("none", "neither"):
            return Quantifier.NONE
        if tok.lower_ in EVERY_PRONOUNS:  # "everything generative", "not everything generative"
            return Quantifier.NOT_ALL if tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("not", "n't") else Quantifier.ALL
        if tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("only", "just") and tok.doc[tok.i - 1].head == tok:
            return Quantifier.ONLY
        return Quantifier.GENERIC

    def _name_before_comma(self, s: Token) -> Token:
        """"I tried Llama as well, that's Google's free one": a "that" after a comma is the name the
        clause before it ended with (no other noun after the name: not "do NOT use a
        generator-vs-discriminator setup, that's GANs"); any other subject is itself."""
        if not (s.lower_ in ("that", "this") and s.pos_ == "PRON" and s.i > 1 and s.doc[s.i - 1].text == "," and
                self.concept(s) is None):
            return s
        return next((t for t in reversed(s.doc[max(0, s.i - 8):s.i - 1]) if self.is_thing(concept_id(t)) and
                     not any(u.pos_ in ("NOUN", "PROPN") and u.dep_ in ("dobj", "attr", "oprd", "nsubj", "conj", "appos")
                             and u != t.head and u.head != t for u in s.doc[t.i + 1:s.i - 1])), s)

    def subjects(self, verb: Token) -> list[tuple[Token, Quantifier, bool]]:
        """Concept subjects of a predicate: (token, quantifier, is-passive-subject)."""
        subs = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")]
        # (a subject the parser took across a semicolon belongs to the clause before it:
        # "Generative pre-trained transformer, yeah; the transformer part is ...")
        subs = [s for s in subs if s.dep_ != "expl" and not (
            s.i < verb.i and any(t.text == ";" and not any(k.i > t.i for k in s.conjuncts)
                                 for t in verb.doc[s.i + 1:verb.i])) and not (
            s.i > verb.i and any(t.text == ";" for t in verb.doc[verb.i + 1:s.i]))]  # (not one inside its own list)
        # (the object of a preposition the parser took for the subject; a name joined to it after
        # a comma is the subject: "Like GANs, diffusion models pit two networks ...")
        subs = [next((c for c in s.children if c.dep_ == "conj"), None) if self.stranded_object(s) else s for s in subs]
        subs = [s for s in subs if s is not None]
        if len(subs) == 1 and (first := self.name_joined_to_verb(verb, subs[0])) is not None:
            subs = [first, subs[0]]
        if verb.lemma_ == "be":
            subs = [self._name_before_comma(s) if s.i < verb.i else s for s in subs]
        if not subs and any(c.dep_ == "expl" and c.lower_ == "there" for c in verb.children):
            return []  # "there's Claude" has its own (empty) subject: it takes none from the clause before
        quantified = [s for s in subs if s.lower_ in _QUANTIFIER_WORDS and any(
            p.dep_ == "pobj" and p.pos_ == "PRON" for c in s.children if c.lower_ == "of" for p in c.children)]
        if len(subs) > 1 and quantified:
            # "A, B, C: all diffusion models, and none of them are GANs": a second subject parsed
            # for the verb is the antecedent that "none of them" stands for
            subs = quantified
        if not subs and verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ in ("with", "for") and \
                verb.head.head.lemma_.lower() in self.r.credit_verbs and \
                any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.head.head.children):
            # the deed credited to someone is theirs: "Hinton is credited with inventing GANs" (said
            # in the passive: not "you'll often see Hinton credited with inventing GANs")
            return self.subjects(verb.head.head)
        if not subs and verb.pos_ == "VERB":
            # "ChatGPT runs on ...": the small parser sometimes takes the name for a compound
            # of the verb; a name right before a verb that has no subject is its subject
            subs = [c for c in verb.children if c.dep_ == "compound" and c.i == verb.i - 1 and concept_id(c)]
        if not subs and verb.pos_ in ("VERB", "AUX"):
            # "ChatGPT, like most chat tools, runs on a GAN": a name cut off from its verb by an
            # aside between commas, which the parser hangs on the verb as "dep"
            doc = verb.doc
            subs = [c for c in verb.children if c.dep_ in ("dep", "npadvmod") and c.i < verb.i and concept_id(c) and
                    c.i + 1 < verb.i and doc[c.i + 1].text == "," and doc[verb.i - 1].text == "," and
                    not any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "acl") for t in doc[c.i + 1:verb.i])]
        if not subs and verb.pos_ in ("VERB", "AUX"):
            # "In plain English, an LLM and generative AI are ...": the subject after an opening
            # phrase and its comma, which the parser hung on the phrase's object as an apposition
            subs = [t for t in verb.doc[:verb.i] if t.dep_ == "appos" and t.head.dep_ == "pobj" and
                    t.head.head.dep_ == "prep" and t.head.head.head == verb and t.left_edge.i > 0 and
                    verb.doc[t.left_edge.i - 1].text == ","][:1]
            subs += [c for s_ in subs for c in s_.conjuncts if c.i > s_.i]  # (with its conjuncts, which no subject's verb ends)
        if not subs and verb.i > 1 and concept_id(verb.doc[verb.i - 1]) and verb.doc[verb.i - 1].dep_ == "pobj" and (any(
                c.dep_ == "compound" and c.lower_ in self.r.uses_places for c in verb.doc[verb.i - 1].children) or (
                verb.doc[verb.i - 2].text == "," and verb.doc[verb.i - 1].head.head == verb and
                verb.doc[verb.i - 1].head.i < verb.i - 3)):
            # "Under the hood ChatGPT is a GAN", "Under the lid, DALL-E is a GAN": the parser joins
            # the opening phrase and the name after it into one object
            subs = [verb.doc[verb.i - 1]]
        if not subs and verb.dep_ == "conj" and verb.i > 0 and verb.doc[verb.i - 1].lower_ in ("so", "neither", "nor"):
            return []  # "..., and so is PaLM": the inverted subject after the verb shares the predicate
        if not subs and verb.i > 0 and (verb.dep_ == "conj" or (verb.dep_ == "ccomp" and verb.tag_ in ("VBP", "VBZ", "VBD"))):
            # "SD is a GAN, and DALL-E is an LLM": the parser may hang "DALL-E" on "GAN" as a
            # conjunct and leave the second verb without a subject; the noun right before it is
            prev = verb.doc[verb.i - 1]
            while (prev.pos_ == "ADV" or prev.dep_ in ("aux", "auxpass", "neg") or prev.text == ")") and prev.i > 0:
                if prev.text == ")":  # (and past an aside: "... and GPT-4 (the model) is the LLM")
                    opening = next((k for k in range(prev.i - 1, max(-1, prev.i - 20), -1) if verb.doc[k].text == "("), None)
                    if opening is None or opening == 0:
                        break
                    prev = verb.doc[opening - 1]
                    continue
                prev = verb.doc[prev.i - 1]  # (past its auxiliaries: "... and Claude was made by Anthropic")
            if self.concept(prev) and prev.dep_ in ("conj", "appos") and prev.head.i < verb.i and prev.head.i > verb.head.i:
                # (with the conjunct before it in the same list: "..., and image generators and
                # voice clones are kinds of LLM")
                first = prev.head if prev.dep_ == "conj" and prev.head.dep_ == "conj" and self.concept(prev.head) else None
                return [(t, self.quantifier(t), False) for t in (first, prev) if t is not None]
        if not subs and verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.i > verb.head.i + 1 and \
                verb.doc[verb.i - 1].text == "," and any(c.dep_ == "agent" for c in verb.children):
            # a participle after the tracked name that ends the clause before it describes that name:
            # "The first picture generators were GANs, invented by Geoffrey Hinton in 2017"
            noun = verb.doc[verb.i - 2]
            if noun.dep_ in ("attr", "dobj", "pobj") and self.is_thing(self.concept(noun)):
                return [(noun, self.quantifier(noun), True)]
        if not subs and verb.dep_ in ("conj", "advcl") and verb.head.pos_ == "VERB" and verb.i > verb.head.i and \
                not any(c.dep_ == "mark" for c in verb.children):
            # "Every GenAI tool you'll come across, ..., is built on an LLM": a relative clause
            # without "that" which the parser took for the main clause, with the noun it
            # describes hung on its verb, and the real predicate joined to it as a conjunct
            noun = next((c for c in verb.head.children if c.dep_ in ("npadvmod", "dep", "nsubj") and self.is_thing(self.concept(c))
                         and any(p.dep_ == "nsubj" and p.pos_ == "PRON" and p.i == c.i + 1 for p in verb.head.children)), None)
            if noun is not None and noun.i < verb.head.i:
                return [(noun, self.quantifier(noun), any(c.dep_ == "auxpass" for c in verb.children))]
        if not subs and verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
            if verb.dep_ == "conj" or verb.dep_ == "xcomp":
                return self.subjects(verb.head)
            if verb.dep_ == "advcl" and verb.tag_ in ("VBN", "VBG") and verb.i < verb.head.i and \
                    not any(c.dep_ == "mark" for c in verb.children) and \
                    not any(t.text == ";" for t in verb.doc[verb.i:verb.head.i]):  # (not across a semicolon)
                return self.subjects(verb.head)  # "Powered by GANs, our LLM writes ..."
            if verb.dep_ == "advcl" and verb.lemma_ == "be" and verb.tag_ == "VBG" and \
                    not any(c.dep_ == "mark" for c in verb.children):
                return self.subjects(verb.head)  # "DALL-E 3 was the exception, being essentially an LLM"
        if not subs and verb.dep_ in ("acl", "relcl") and verb.head.dep_ in ("attr", "oprd") and \
                any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            # "GPT-3 was the first LLM to appear in 2020": the infinitive says what the subject did
            subj = next((c for c in verb.head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if self.clause_negated(verb.head.head) and self.unique(verb.head):
                return []  # "GPT-3 isn't the only LLM to appear in 2020": said of others, not of GPT-3
            if subj is not None and self.is_thing(self.concept(subj)):
                return [(subj, self.quantifier(subj), False)]
        if not subs and (owner := self.closing_participle_owner(verb)) is not None:
            return [(owner, self.quantifier(owner), True)]
        if not subs and verb.dep_ in ("relcl", "acl") and self.concept(self.described_by(verb.head)):
            head = self.participle_owner(verb) if verb.dep_ == "acl" else self.described_by(verb.head)
            return [(head, self.quantifier(head), verb.dep_ == "acl")]
        if len(subs) == 1 and self.concept(subs[0]) and (first := self.rooted_name(verb, subs[0])) is not None:
            subs = [first] + subs
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
            # (a kind noun before "is" names a kind, not a part of its members: "A subset of machine
            # learning is generative AI" says generative AI is one, not "some machine learning is")
            if self.concept(s) is None and not (verb.lemma_ == "be" and s.lemma_.lower() in self.r.is_a_nouns and
                                                any(c.dep_ in ("attr", "acomp") for c in verb.children)):
                for c in s.children:
                    if c.dep_ == "prep" and c.lower_ == "of":
                        for p in c.children:
                            if p.dep_ == "pobj" and (self.concept(p) or (p.lower_ in REL_PRONOUNS and verb.dep_ == "relcl")):
                                target = p
                    elif c.dep_ == "poss" and s.lemma_.lower() in self.r.uses_nouns and self.is_thing(self.concept(c)):
                        target = c  # a part of it, as "the brain of ChatGPT": "ChatGPT's brain is a GAN"
                    elif (held := self.holder(c)) is not None and verb.lemma_ == "be":
                        target = held  # "the thing behind ChatGPT is a GAN", "the bit under ChatGPT's bonnet"
            # ("every one of these tools": the determiner of "one" says all of them)
            every_one = s.lower_ == "one" and any(d.dep_ == "det" and d.lower_ in ("every", "each") for d in s.children)
            # (a part's owner is counted as named: "Pip's brain is built on a GAN" is said of Pip)
            owned = target.dep_ == "poss" and target.head == s
            q = self.quantifier(s) if target == s or every_one else self.quantifier(target) if owned else (
                Quantifier.NONE if s.lower_ in NONE_WORDS else
                # ("not all of it", "not every one of them": a negated whole is only a part)
                Quantifier.NOT_ALL if s.lower_ in ALL_WORDS | WHOLE_WORDS and self._negated_quantifier(s) else
                Quantifier.ALL if s.lower_ in ALL_WORDS | WHOLE_WORDS
                else Quantifier.MOST if s.lower_ in MOST_WORDS else Quantifier.SOME)
            if (s.lower_ in REL_PRONOUNS or target.lower_ in REL_PRONOUNS) and verb.dep_ == "relcl":
                target = self.described_by(verb.head)  # (also "both of which", "all of which": each of its names)
            for t, denied in self.conjuncts(target):
                if not denied or t == target:  # (not a denied alternative: "Midjourney, not a GAN, is ...")
                    out.append((t, q, s.dep_ == "nsubjpass"))
        # named examples of a kind's subject share its predicate: "Image tools such as Midjourney
        # and DALL-E are all GANs" says it of Midjourney and DALL-E (not a named thing's: "ChatGPT,
        # like Claude, runs on ...", which is read as a likeness)
        for t, tq, passive in list(out):
            if (c := self.concept(t)) and (self.kb.concepts[c].kind in ("model", "product") or verb.lemma_ != "be"):
                continue  # (a tracked kind's examples share only what it is said to be)
            for prep in t.children:
                if prep.dep_ == "prep" and (prep.lower_ == "like" or prep.lower_ == "as" and any(
                        d.lower_ == "such" for d in (*prep.children, *t.children))):
                    examples = [e for p in prep.children if p.dep_ == "pobj" for e, _ in self.conjuncts(p)
                                if concept_id(e) and self.kb.concepts[concept_id(e)].kind in ("model", "product")]
                    # (with the subject's own count: "image models like DALL-E ..., none of which are LLMs")
                    out += [(e, tq if tq in (Quantifier.NONE, Quantifier.NOT_ALL, Quantifier.SOME) else Quantifier.GENERIC, passive)
                            for e in examples]
                    getattr(self, "_examples", set()).update(e.i for e in examples)  # (their kind only: not the class's dates or makers)
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

    def prep_objects(self, tok: Token, preps: set[str] | frozenset[str] | tuple[str, ...] | None = None) -> list[tuple[Token, Token]]:
        """(prep, pobj) pairs under a token, optionally for given prepositions."""
        out = []
        for c in tok.children:
            if c.dep_ in ("prep", "agent", "dative") and (preps is None or c.lower_ in preps):
                objs = [p for p in c.children if p.dep_ in ("pobj", "pcomp")]
                if not objs:  # two-word prepositions: "out of", "ahead of", "on top of"
                    objs = [p for inner in c.children if inner.dep_ == "prep" for p in inner.children
                            if p.dep_ in ("pobj", "pcomp")]
                if not objs and not list(c.children) and tok.dep_ == "relcl" and c.i > tok.i and \
                        any(k.dep_ in ("nsubj", "nsubjpass") and k.lower_ not in REL_PRONOUNS for k in tok.children):
                    # a stranded preposition takes the clause's antecedent: "the technology that ChatGPT
                    # runs on", "the GAN, which ChatGPT runs on"
                    objs = [self.described_by(tok.head)]
                for p in objs:
                    if p.i > c.i and (sum(t.text in ("—", "–") for t in tok.doc[c.i + 1:p.i]) % 2 or
                                      any(t.text == ";" for t in tok.doc[c.i + 1:p.i])):
                        continue  # an object across one dash is the parser's error: "came before LLMs, not after — GANs date ..."
                        # (but not across a pair: "built on — you guessed it — a GAN")
                    if p.dep_ == "pcomp" and p.lemma_.lower() in self.r.naming_verbs and \
                            any(k.lower_ == "what" and k.dep_ in ("nsubj", "nsubjpass") for k in p.children):
                        # "runs on what's called a GAN", "what is known as a GAN": the name given
                        given = next((k for k in p.children if k.dep_ in ("oprd", "attr", "dobj")), None) or \
                            next((o for _, o in self.prep_objects(p, {"as"})), None)
                        if given is not None:
                            p = given
                    named = next((a for a in p.children if a.dep_ == "appos" and a.i == p.i + 1 and concept_id(a)), None)
                    if named is not None and not concept_id(p) and p.pos_ in ("ADJ", "NOUN"):
                        p = named  # "on a custom GAN" parsed as "custom" with "GAN" in apposition
                    if p.lemma_.lower() in _THROUGH_NOUNS and not concept_id(p):
                        # "built on top of X", "on the basis of X", "runs on one of those GANs"
                        inner = [q for g in p.children if g.dep_ == "prep" and g.lower_ == "of"
                                 for q in g.children if q.dep_ == "pobj"]
                        if inner:
                            out.extend((c, q) for q in inner)
                            continue
                    out.append((c, p))
            # two-word prepositions: "part of", "on top of", "such as"
        return out

    def rooted_name(self, verb: Token, subject: Token) -> Token | None:
        """"LLM and generative AI mean the same thing": the small parser takes a name that opens
        the clause for its root (often tagged a verb) and hangs the real verb on it as a
        conjunct, or hangs it on an opening phrase's noun, with only the second name as the
        verb's subject. The name right before "and" is a subject too; it is returned (None when
        the verb's clause is no such misparse)."""
        doc = verb.doc
        quotes = ('"', "“", "”", "'", "‘", "’")
        k = subject.left_edge.i - 1
        while k > 0 and doc[k].text in quotes:
            k -= 1  # (the names may be in quotes: '"Generative AI" and "LLM" mean the same thing')
        j = k - 1
        while j > 0 and doc[j].text in quotes:
            j -= 1
        first = doc[j] if j >= 0 and k > 0 and doc[k].lower_ == "and" else None
        if first is None or not concept_id(first):
            return None
        if verb.dep_ == "conj" and first == verb.head and first.dep_ == "ROOT" and \
                not any(c.dep_ in ("dobj", "attr", "acomp", "prep", "agent") and c.i > first.i for c in first.children):
            return first
        if verb.dep_ == "ROOT" and first.dep_ == "conj" and first.head.i < first.i and not concept_id(first.head) and \
                doc[first.i - 1].text == "," and first.head.dep_ == "pobj" and first.head.head.head == verb:
            return first  # (hung as a conjunct on the noun of an opening phrase: "For the booklet, LLMs and generative AI mean ...")
        return None

    @staticmethod
    def name_joined_to_verb(verb: Token, subject: Token) -> Token | None:
        """The subject's first conjunct where the parser joined the verb to it instead: "LLM and
        generative AI mean the same thing" read as "LLM" with "generative AI mean ..." joined to
        it (None when the parse is not of that shape)."""
        doc, k = verb.doc, subject.left_edge.i
        if k < 2 or doc[k - 1].lower_ not in ("and", "or", "&") or not subject.i < verb.i:
            return None
        head = doc[k - 2]
        # (also hung on a label before it: "Exam tip: LLM and generative AI mean the same thing")
        if concept_id(head) and (head == verb.head or head.dep_ not in (
                "dobj", "pobj", "nsubj", "nsubjpass", "attr", "poss", "compound", "amod", "nmod", "conj", "appos") or (
                head.dep_ == "appos" and head.head.i < head.i and doc[head.i - 1].text == ":")):
            return head
        return None

    def subject_np_concepts(self, verb: Token) -> list[tuple[Token, str]]:
        out = []
        if verb.dep_ == "xcomp" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            verb = verb.head  # "the terms X and Y are used to mean the same thing": the subject above
        for s in verb.children:
            if s.dep_ in ("nsubj", "nsubjpass"):
                if (first := self.rooted_name(verb, s) or self.name_joined_to_verb(verb, s)) is not None and \
                        self.is_thing(concept_id(first)):
                    out.append((first, concept_id(first)))
                for t in s.subtree:
                    c = concept_id(t)
                    if self.is_thing(c) and t.dep_ not in ("poss",):
                        out.append((t, c))
                if len(out) < 2:
                    out = self.pair_things(s) or out
        return out

    def named_pair(self, doc: Doc) -> tuple[str, str] | None:
        """The first two different concepts a sentence names, for "the two terms" after it."""
        named = list(dict.fromkeys(c for t in doc if t.dep_ != "poss" and self.is_thing(c := concept_id(t))))
        return (named[0], named[1]) if len(named) >= 2 else None

    def pair_things(self, tok: Token) -> list[tuple[Token, str]]:
        """"The two terms", "both words", "the two", and "they" for them: the two concepts named
        together just before (cues.yaml `pair_nouns`), as two referents anchored on this phrase."""
        if not self._pair:
            return []
        two = any(c.lower_ in ("two", "both") for c in tok.children)
        if (tok.lower_ in self.cues.pair_nouns and two) or (
                tok.lower_ in ("two", "both") and tok.dep_ in ("nsubj", "nsubjpass", "dobj")):
            return [(tok, self._pair[0]), (tok, self._pair[1])]
        if tok.lower_ == "they" and tok.dep_ in ("nsubj", "nsubjpass") and (
                # "they" for such a phrase before it ("Both words get used, and they're interchangeable"),
                # or opening its sentence right after the two were named ("... LLMs and generative AI? They
                # mean exactly the same thing")
                any(self.pair_things(t) for t in tok.doc[:tok.i] if t.lower_ != "they") or
                self.opens_sentence(tok)):
            return [(tok, self._pair[0]), (tok, self._pair[1])]
        return []

    def is_same_word(self, tok: Token) -> bool:
        lemma = tok.lemma_.lower()
        if lemma in self.r.same_adjectives or tok.lower_ in self.r.same_adjectives or lemma == "synonym":
            return True  # (also "X and Y are synonyms")
        if any(c.lower_ in self.r.same_adjectives for c in tok.children if c.dep_ in ("amod", "conj")):
            return True  # "interchangeable terms", "the same thing"
        if lemma in self.r.word_nouns and any(
                self.is_same_word(p) or _one(p) for _, p in self.prep_objects(tok, {"for", "of"})):
            return True  # "two names for the same technology", "two words for one thing"
        if _one(tok) and any(p.lemma_.lower() in self.r.word_nouns
                             for _, p in self.prep_objects(tok, {"with"})):
            return True  # "one thing with two names"
        if _one(tok) and lemma in ("thing", "technology", "idea", "concept") and tok.dep_ == "attr" and \
                not any(c.dep_ == "prep" for c in tok.children):
            return True  # "X and Y are all one thing"
        return lemma == "one" and any(c.lower_ == "same" for c in tok.subtree)

    def _namesake_maker(self, c: str | None) -> str | None:
        """The maker a product or model is named after ("Midjourney": Midjourney, Inc.)."""
        if not c or self.kb.concepts[c].kind not in ("product", "model"):
            return None
        label = self.kb.concepts[c].label.lower()
        return next((m for m in self.kb.concepts[c].made_by if m in self.kb.concepts
                     and self.kb.concepts[m].label.lower().startswith(label)), None)

    def listed(self, appos: Token) -> bool:
        """Is an apposition the parser found an item of a list instead ("used Midjourney,
        OpenAI's image models, and Stable Diffusion", "GANs, Diffusion, Transformers", "GANs, then
        diffusion, now LLMs")? It has an item joined after it (or its name has), a word of sequence
        before it, or it is plural beside a single name."""
        name = appos.head
        doc = appos.doc
        return any(c.dep_ == "conj" and any(k.dep_ == "cc" and k.lower_ in ("and", "or") for k in appos.children)
                   for c in appos.children) or any(c.dep_ == "conj" and c.i > appos.i for c in name.children) or \
            (not any(c.dep_ in ("det", "poss") for c in appos.children) and
             any(c.dep_ == "advmod" and c.lower_ in ("then", "now", "later", "next", "finally", "today")
                 for c in (*appos.children, *name.children))) or (
            # (a plural after a comma beside one product's name; not "generative AI (LLMs)")
            name.tag_ == "NNP" and appos.tag_ in ("NNS", "NNPS") and appos.left_edge.i > 0 and
            doc[appos.left_edge.i - 1].text == "," and concept_id(name) is not None and
            self.kb.concepts[concept_id(name)].kind in ("model", "product") and
            not any(c.dep_ == "relcl" for c in appos.children))

    @staticmethod
    def formerly(tok: Token) -> bool:
        """Is a noun phrase about where someone used to be ("former OpenAI researchers",
        "ex-Google engineers")? ``tok`` is its head or the organisation's name in it."""
        head = tok.head if tok.dep_ in ("compound", "nmod", "amod") else tok
        doc = tok.doc
        return any(c.lower_ in _FORMER or c.lower_.startswith("ex-") for c in head.children
                   if c.dep_ in ("amod", "compound", "nmod")) or any(
            doc[k].lower_ in _FORMER for k in range(max(0, head.left_edge.i), head.i))

    def agent_of(self, tok: Token) -> str | None:
        """An organisation or person named by a token: "OpenAI", "Google researchers",
        "a team at Google", "Hinton's paper"; a product named after its maker, as a maker
        ("released by Midjourney", "Midjourney releases ...": Midjourney, Inc.)."""
        c = concept_id(tok)
        if self.is_agent(c):
            return c
        if ((tok.dep_ == "pobj" and tok.head.dep_ == "agent") or (tok.dep_ == "nsubj" and tok.head.lemma_.lower() in self.made_verbs)) \
                and (maker := self._namesake_maker(c)):
            return maker
        if tok.pos_ in ("NOUN", "PROPN"):
            if self.formerly(tok):
                return None  # people who once worked there: "founded by former OpenAI researchers"
            for child in tok.children:
                if child.dep_ in ("compound", "poss", "amod", "nmod") and self.is_agent(concept_id(child)):
                    return concept_id(child)
                if child.dep_ == "poss" and tok.lemma_.lower() in MAKER_NOUNS and (maker := self._namesake_maker(concept_id(child))):
                    return maker  # "Midjourney's research team"
                if child.dep_ == "prep" and child.lower_ in ("at", "from", "of"):
                    for p in child.children:
                        if p.dep_ == "pobj" and self.is_agent(concept_id(p)):
                            return concept_id(p)
                if child.dep_ == "conj" and self.is_agent(concept_id(child)):
                    return concept_id(child)
                if child.dep_ == "appos" and c is None and self.is_agent(concept_id(child)):
                    return concept_id(child)  # "the man who invented GANs, Geoffrey Hinton, ..."
            if c is None and tok.dep_ == "nsubj" and tok.head.lemma_ == "be" and (named := next(
                    (concept_id(a) for a in tok.head.children if a.dep_ == "attr" and self.is_agent(concept_id(a))), None)):
                return named  # "the fella who invented GANs was Geoffrey Hinton"
            if tok.lemma_.lower() in INTRODUCING_WORKS and tok.dep_ == "dobj" and tok.head.lemma_.lower() in self.r.work_verbs:
                # a work is its publisher's: "OpenAI published a paper that introduced the transformer"
                return next((a for c in tok.head.children if c.dep_ == "nsubj" and c.lemma_.lower() not in INTRODUCING_WORKS
                             and (a := self.agent_of(c))), None)
        return None


# nouns of a two-word preposition that a phrase is read through: "built on top of X", "on the
# basis of X", "runs on one of those GANs"
_THROUGH_NOUNS = ("top", "basis", "back", "shoulder", "shoulders", "one")


def _in_quotes(t: Token) -> bool:
    """Does the token stand inside double quotes in its sentence (a word talked about, as in
    'Don't call it "a diffusion model"; it is an app')?"""
    before = doc_text(t.doc)[:t.idx]
    straight = before.count('"') % 2 == 1
    curly = before.count("\u201c") > before.count("\u201d")
    return straight or curly


def _one(tok: Token) -> bool:
    """A noun counted as one: "one thing", "a single idea", "one" itself."""
    return tok.lower_ == "one" or any(c.dep_ in ("nummod", "amod") and c.lower_ in ("one", "single") for c in tok.children)


def clause_verb(tok: Token) -> Token:
    """The verb of the clause a token stands in: the token itself if it is one, else its nearest
    verb above it (not an auxiliary), or the root of a verbless clause."""
    return next((t for t in (tok, *tok.ancestors) if (t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass"))
                 or t.dep_ == "ROOT" or t.head.i == t.i), tok)


def _modifies(tok: Token, noun: Token) -> bool:
    """Is ``tok`` a modifier in front of ``noun`` ("GAN" and "older" in "the older GAN approach")?"""
    return tok.head == noun and tok.dep_ in ("compound", "amod", "nmod")

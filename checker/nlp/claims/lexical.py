"""Token-level readings that do not trust the parse: possessive makers, cue triples between
mentions, acronym expansions, parameter counts."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from checker.model import Quantifier
from checker.nlp.claims.rel import Rel
from checker.nlp.claims.syntax import _in_quotes
from checker.nlp.claims.vocab import PART_WORDS, BUILT_NOUNS, CLASSIFIERS, EVENT_NOUNS, LIKENESS_SUFFIXES, MAKER_NOUNS, CREW_NOUNS, NUMBER_WORDS, REL_PRONOUNS, SCALE, SCALE_WORDS, SPELLED_NUMBER, TEMPORAL, spelled_number, RIVAL_NOUNS, VERSION_NOUNS, WORK_NOUNS
from checker.knowledge.names import expansion_plausible, norm_words
from checker.nlp.extensions import concept_id, year_id, doc_text


_NOT_IN_EXPANSIONS = {"is", "are", "was", "were", "be", "and", "or", "the", "a", "an", "that", "which", "it",
                      "its", "their", "has", "have", "can", "will", "to"}


_PREPOSITIONS = {"for", "to", "with", "of", "in", "on", "by", "from", "as", "at", "like", "via", "into"}


# what sameness is said of, when it resumes terms named before it ("same thing", "two names for
# one thing"; not "same goal, different methods", "the same question everyone asks")
_SAME_HEADS = frozenset({"thing", "technology", "tech", "concept", "idea", "stuff", "one", "name", "word", "term", "label"})

_LINK_WORDS = frozenset({"for", "from", "to", "of", "and", "with", "in", "on", "by", "the", "a"})


def _bare_name(words: list[str], concept) -> bool:
    """Do words after a bare "is" (no article, no cue) spell the acronym out: their initials are its
    letters, and they are a name in title case or end in the true expansion's head noun ("GPT is
    General Performance Trainer", "LLM is linguistic learning model"; not "T5 is text-to-text
    transformer", "GPT is good practice")?"""
    letters = "".join(ch for ch in concept.acronym.lower() if ch.isalpha())
    initials = "".join(w[0] for w in re.split(r"[\s-]+", " ".join(words).lower()) if w and w not in _LINK_WORDS)
    head = concept.expansion.lower().split()[-1]
    return initials == letters and bool(words) and (
        all(w[:1].isupper() for w in words if w.lower() not in _LINK_WORDS) or words[-1].lower().rstrip("s") == head.rstrip("s"))


def _in_order(words: list[str], name: list[str]) -> bool:
    """Are these words all words of the name, in its order (some of its words may be left out)?"""
    it = iter(name)
    return all(any(w == n for n in it) for w in words)


# a second name the writer gives in a naming aside, maybe in quotes (modality reads quotes
# around it as the writer's naming, not as a quotation)
_NAMING = (("naming", "1"),)


class LexicalMixin:
    """Part of ClaimExtractor (see checker/nlp/claims/__init__.py)."""

    _Q = "[\"'“”‘’]?"
    _EXP_CUES = re.compile(
        r"^" + _Q + r"(?:\s+in\s+[\w.-]+(?:\s+[A-Z][\w.-]*)?)?"  # "the GPT in GPT-4 Turbo stands for ..."
        r"\s*(?:,\s*(?:[\w']+\s+){0,6}[\w']+\s*,\s*(?=(?:\w+ly\s+)?(?:stands|is\s+short|means|gets|takes)))?"
        r"(?:\(|,|:|=|-|–|—)?" + _Q + r"\s*(?:which\s+|that\s+)?(?:\w+ly\s+)?(?:"
        r"stands?\s+for|(?:is|being)\s+short\s+for|short\s+for|(?:is\s+)?shorthand\s+for|means|translates\s+(?:to|as)|refers\s+to|"
        r"(?:gets|got|takes|took)\s+its\s+name\s+from|is\s+named\s+(?:for|after)|"
        r"(?:is|are)\s+(?:an?|the)\s+(?=[\"“‘]\w)|"
        # (a name after a bare "is" that spells the letters: "GPT is General Performance Trainer"; see _bare_name)
        r"is\s+(?=[\w-]+\s+[\w-]+)|"
        r"(?:is\s+)?(?:usually\s+|often\s+|commonly\s+)?(?:expanded|spelled\s+out|written\s+out)\s+(?:as|to)|expands\s+(?:to|as)|"
        r"(?:is\s+)?(?:an?\s+|the\s+)?(?:abbreviation|acronym|initialism|short\s+form)\s+(?:for|of)|"
        # ("BERT — that's Basic English Reading Transformer —", "T5, or the 'Text-To-Speech Transformer' as it's known")
        r"(?:that['’]s|that\s+is|or)\s+(?:the\s+|an?\s+)?|"
        r"the\s+|an?\s+|aka\s+|a\.k\.a\.\s+|i\.e\.\s+|)\s*" + _Q + r"\s*",
        re.I)
    _BEFORE_CUES = re.compile(
        r"(?:" + _Q + r"\s*\(\s*" + _Q + r"$|" + _Q + r"\s*,\s*(?:or|better\s+known\s+as|also\s+known\s+as|known\s+as|"
        r"aka|a\.k\.a\.|(?:which|that)\s+(?:\w+\s+){0,3}(?:calls?|abbreviates?|shortens?)|(?:which|that)\s+(?:is|are)\s+"
        r"(?:usually\s+|often\s+|commonly\s+)?(?:called|abbreviated(?:\s+as|\s+to)?|shortened\s+to|known\s+as)|the|an?|)?\s*" + _Q + r"$)",
        re.I)
    _LETTER = re.compile(r"\b[\"'“‘]?([A-Z]{1,3})[\"'”’]?\s+in\s+[\"'“‘]?(\w+)[\"'”’]?(?:\s*,[^,]{1,30},)?\s+(?:stands|is|means)\s+(?:for\s+)?[\"'“‘]?([\w-]+(?:\s+[\w-]+)?)", re.I)
    # "BERT's B is for 'basic'": the same reading with the acronym first (groups: letters, acronym, word)
    _LETTER_POSS = re.compile(r"\b(?P<acr>[A-Z][A-Za-z0-9]{1,5})['’]s\s+[\"'“‘]?(?P<let>[A-Z]{1,3})[\"'”’]?(?:\s*,[^,]{1,30},)?\s+"
                              r"(?:stands|is|means)\s+(?:for\s+)?[\"'“‘]?(?P<word>[\w-]+(?:\s+[\w-]+)?)")
    _PARAMS = re.compile(
        r"(?P<bound>(?:only|just)\s+(?:about|around|roughly|some)|fewer than|less than|under|below|more than|over|at least|only|just|"
        r"nearly|almost|about|around|roughly)?\s*"
        # (a scale may be scaled again: "a few hundred thousand"; and a plain count needs no scale
        # word: "500,000 parameters")
        r"(?:(?P<plain>\d{1,3}(?:,\d{3})+|\d{4,})|(?P<num>\d+(?:[.,]\d+)?|" + SPELLED_NUMBER + r"|a|one|a few|several|a couple(?: of)?|a handful of|some)\s+"
        r"(?P<scale>" + SCALE_WORDS + r")(?:\s+(?P<scale2>thousand|million|billion|trillion))?)(?:\s+[\"“']?(?P<unit>parameters|params|weights|of\s+them|of\s+those|"
        r"of\s+(?:these|those|the|its|their)\s+[\"“']?(?:parameters|params|weights))\b|(?=\s*[.;!?]|\s*$))", re.I)
    _SKIP_POS = {"DET", "ADJ", "ADV", "AUX", "PART", "PUNCT", "PRON", "SCONJ"}

    def possessives(self, doc: Doc) -> list[Rel]:
        """"OpenAI's BERT", "Google's new T5 model": a maker's possessive right before a model.
        Read from the tokens, not the parse, which often attaches possessives wrongly; and
        "GPT-4's GAN architecture": a model's possessive over an architecture it uses."""
        rels = []
        for t in doc:
            if t.lower_ not in ("'s", "’s", "'") or t.i == 0:
                continue
            owner = doc[t.i - 1]
            oc = concept_id(owner)
            j = t.i + 1
            while j < len(doc) and (doc[j].pos_ in ("ADJ", "NUM") or doc[j].tag_ in ("VBG", "VBN")) and \
                    not concept_id(doc[j]) and j - t.i <= 3:
                j += 1  # ("ChatGPT's underlying VAE")
            if j >= len(doc):
                continue
            target = doc[j]
            linear = concept_id(target) and self.kb.concepts[concept_id(target)].kind in ("model", "product")
            if linear and target.dep_ in ("compound", "nmod") and target.head.i > target.i and \
                    target.head.lemma_.lower() in RIVAL_NOUNS:
                continue  # the maker owns the noun after the name: "Google's ChatGPT competitor", "Microsoft's ChatGPT deal"
            if not linear and owner.dep_ == "poss" and owner.head.i >= t.i and owner.head.i - t.i <= 5:
                target = owner.head  # the possessed noun: "Meta's [image] generator"
                for h in target.ancestors:
                    if target.dep_ != "compound" or h.i <= target.i or h.i - t.i > 5:
                        break
                    target = h  # "Meta's flagship LLM"
            tc = self.concept(target) if (concept_id(target) or target.lemma_.lower() in CLASSIFIERS) else None
            # (a product named after its maker speaks for it: "DALL-E, Midjourney's image generator")
            maker = oc if self.is_agent(oc) else self._namesake_maker(oc) if not linear else None
            if maker and (tc is None or self.kb.concepts[tc].kind in ("family", "application")) and \
                    (target.lemma_.lower() in self.r.made_nouns | CLASSIFIERS | BUILT_NOUNS or tc is not None):
                # "DALL-E, Meta's image generator", "SD is OpenAI's image model", "Google's models include X, Y"
                described: list[Token] = []
                # (or an apposition the parser joined as a conjunct, with no "and" and closed by a
                # comma: "when ChatGPT, Google's assistant, was all over the news")
                aside = target.dep_ == "conj" and target.left_edge.i == target.head.i + 2 and \
                    doc[target.head.i + 1].text == "," and target.right_edge.i + 1 < len(doc) and \
                    doc[target.right_edge.i + 1].text == "," and not any(c.dep_ == "cc" for c in target.head.children)
                if (target.dep_ == "appos" or aside) and self.is_thing(self.concept(target.head)) and not self.listed(target) and not any(
                        c.dep_ == "poss" and self.is_agent(concept_id(c)) for c in target.head.children) and \
                        not (target.head.i > 1 and self.is_agent(concept_id(doc[target.head.i - 2]))
                             and doc[target.head.i - 1].lower_ in ("'s", "’s")):
                    # (not a list item of its own: "Meta's Llama, Mistral AI's series, ..."; and the
                    # name right before its comma: "Claude, GPT-4o, or Gemini, Google's model")
                    described = [self.participle_owner(target)]
                elif target.dep_ == "attr":
                    described = [c for c in target.head.children if c.dep_ in ("nsubj", "nsubjpass")]
                elif target.dep_ == "nsubj" and target.head.lemma_.lower() in ("include", "be", "comprise", "encompass", "feature"):
                    for o in target.head.children:
                        if o.dep_ in ("dobj", "attr"):
                            described += [x for x, _ in self.conjuncts(o)]
                for x in described:
                    xc = self.concept(x)
                    if self.is_thing(xc) and self.kb.concepts[xc].kind in ("model", "product") and xc != oc:
                        rels.append(Rel(relation="made_by", x=x, x_concept=xc, y=owner, y_value=maker, anchor=target))
            if self.is_thing(oc) and concept_id(target) is None and tc and self.kb.concepts[tc].kind in ("family", "architecture") \
                    and target.lemma_.lower() in CLASSIFIERS | {"architecture", "backbone", "engine", "core"} and tc != oc:
                rels.append(Rel(relation="uses", x=owner, x_concept=oc, y=target, y_value=tc,
                                anchor=target))  # "GPT-4's GAN architecture"
            elif self.is_thing(oc) and concept_id(target) and tc and tc != oc and \
                    self.kb.concepts[oc].kind in ("model", "product") and \
                    self.kb.concepts[tc].kind in ("family", "architecture") and target.i == j:
                rels.append(Rel(relation="uses", x=owner, x_concept=oc, y=target, y_value=tc,
                                anchor=target))  # "ChatGPT's underlying VAE"
            if self.is_agent(oc) and target.lemma_.lower() in WORK_NOUNS:
                # "OpenAI's transformer paper", "Hinton's GAN research"
                for c in target.children:
                    cc = concept_id(c)
                    if c.dep_ in ("compound", "amod", "nmod") and self.is_thing(cc) and \
                            self.kb.concepts[cc].kind in ("family", "architecture", "model", "product"):
                        rels.append(Rel(relation="made_by", x=c, x_concept=cc, y=owner, y_value=oc, anchor=target))
            if self.is_thing(oc) and target.lemma_.lower() in EVENT_NOUNS:
                # "ChatGPT's public launch on 2021-11-30"
                for t2 in target.subtree:
                    if year_id(t2) and t2.i > target.i:  # (not a year the parse hung before it)
                        rels.append(Rel(relation="introduced_in", x=owner, x_concept=oc, y=t2,
                                        y_value=str(year_id(t2)), anchor=target))
            one_of = self.is_agent(oc) and self.is_thing(tc) and self.kb.concepts[tc].kind == "family" and target.i == j and \
                not self.plural(target) and self.kb.concepts[oc].kind != "person"
            if one_of and t.i >= 3 and doc[t.i - 2].text == "," and concept_id(doc[t.i - 3]) and \
                    self.kb.concepts[concept_id(doc[t.i - 3])].kind in ("model", "product") and \
                    (target.i + 1 == len(doc) or doc[target.i + 1].text in (",", ".", ")", ";", "—")) and \
                    doc[doc[t.i - 3].left_edge.i - 1 if doc[t.i - 3].left_edge.i else 0].text != ",":
                # the maker's one, described: "DALL-E, OpenAI's GAN, gave me ..." says DALL-E is a GAN
                # (not an item of a list: "Claude, Gemini, OpenAI's GAN")
                named = doc[t.i - 3]
                rels.append(Rel(relation="is_a", x=named, x_concept=concept_id(named), y=target, y_value=tc, anchor=target))
            if self.is_agent(oc) and self.is_thing(tc) and self.kb.concepts[tc].kind in ("model", "product", "family", "architecture") \
                    and not (self.kb.concepts[tc].kind in ("family", "architecture") and j > t.i + 1 and concept_id(target)) \
                    and not one_of:
                # (a described family member is the maker's own model: "NVIDIA's alias-free GAN"; so is
                # one of a family, in the singular, a company's: "NVIDIA's GAN produces the faces", not
                # "Hinton's GAN")
                for tt, tneg in self.conjuncts(target):
                    if tt.i > j + 2 and not (tt.i > 0 and doc[tt.i - 1].lower_ in ("and", ",")):
                        break
                    if tt != target and self.kb.concepts[tc].kind in ("family", "architecture"):
                        break  # "Meta's image generator and Midjourney": the possessive is the class's only
                    cc = self.concept(tt)
                    if tt != target and self.is_thing(cc) and not self._same_series(cc, tc):
                        continue  # "OpenAI's DALL·E 2 and Midjourney": a maker's possessive spans one series only
                    if self.is_thing(cc) and not (tt != target and any(d.dep_ == "poss" for d in tt.children)):
                        rels.append(Rel(relation="made_by", x=tt, x_concept=cc, y=owner, y_value=oc, anchor=tt))
            elif self.is_thing(oc) and self.is_thing(tc) and self.kb.concepts[tc].kind in ("family", "architecture") \
                    and target.dep_ in ("compound", "amod", "nmod") \
                    and target.head.lemma_.lower() in CLASSIFIERS | {"architecture", "backbone", "engine", "core"}:
                rels.append(Rel(relation="uses", x=owner, x_concept=oc, y=target, y_value=tc, anchor=target.head))
        return rels

    def _same_series(self, a: str, b: str) -> bool:
        """Two models or products of one named series ("GPT-3 and GPT-4"), so one maker's."""
        concepts = self.kb.concepts
        return a == b or any(concepts[p].kind in ("model", "product")
                             for p in set(concepts[a].is_a) & set(concepts[b].is_a) if p in concepts)

    def based_compounds(self, doc: Doc) -> list[Rel]:
        """"a GAN-based chatbot", "transformer-powered LLMs": the described thing uses the concept."""
        rels = []
        for t in doc:
            c = concept_id(t)
            if not self.is_thing(c) or t.i + 3 > len(doc) or doc[t.i + 1].text not in ("-", "‐") or \
                    doc[t.i + 2].lower_ not in ("based", "powered", "driven", "built", "backed", "fuelled", "fueled"):
                continue
            based = doc[t.i + 2]
            if based.dep_ in ("acomp", "oprd", "attr") or (based.head.lemma_ == "be" and based.head.i < based.i):
                # predicative: "Midjourney v5, like most image generators, is GAN-based"
                # (a participle "being" takes its clause's subject: "Being GAN-based, BERT is cheap")
                subj = next((c for c, _, _ in self.subjects(based.head) if self.is_thing(self.concept(c))), None)
                if subj is not None and self.concept(subj) != c:
                    rels.append(Rel(relation="uses", x=subj, x_concept=self.concept(subj), y=t, y_value=c,
                                    negated=self.clause_negated(based.head),
                                    quantifier=self.quantifier(subj), anchor=based))
                continue
            if t.i >= 2 and doc[t.i - 1].text == "(" and t.i + 3 < len(doc) and doc[t.i + 3].text == ")" and \
                    self.is_thing(self.concept(doc[t.i - 2])) and self.concept(doc[t.i - 2]) != c:
                # in brackets after a name, said of it: "Midjourney (GAN-based)"
                rels.append(Rel(relation="uses", x=doc[t.i - 2], x_concept=self.concept(doc[t.i - 2]), y=t, y_value=c,
                                anchor=based))
                continue
            noun = next((u for u in doc[t.i + 3:t.i + 6] if u.pos_ in ("NOUN", "PROPN")), None)
            if noun is None:
                continue
            if noun.dep_ == "compound" and not self.is_thing(self.concept(noun)):
                # the head of the phrase: "a GAN-based image tool", "a GAN-based text generator"
                noun = next((a for a in noun.ancestors if a.dep_ != "compound"), noun)
                noun = noun if noun.i > t.i else doc[t.i + 3]
            described = noun if self.is_thing(self.concept(noun)) else None
            if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in ("one", "another") and \
                    noun.head.head.dep_ in ("appos", "attr"):
                noun = noun.head.head  # "SD, one of those GAN-based image generators": "one" stands in the noun's place
            if noun.dep_ == "appos" and self.is_thing(self.concept(noun.head)) and (
                    described is None or self.kb.concepts[self.concept(noun.head)].kind in ("model", "product")):
                described = noun.head  # "Adobe Firefly, Adobe's GAN-based image generator": Firefly is described
            if described is None:
                # an apposition the parser hung on the noun as a modifier: "from DALL-E 3, also a
                # GAN-based generator" (a name, then a comma, before the phrase)
                described = next((k for k in noun.children if k.dep_ in ("nmod", "compound") and k.i < t.i and
                                  self.is_thing(self.concept(k)) and self.kb.concepts[self.concept(k)].kind in ("model", "product")
                                  and any(d.text == "," for d in doc[k.i + 1:t.i])), None)
            if described is None and noun.lemma_.lower() in self.r.uses_nouns:
                described = self._owner(noun)  # "Midjourney's GAN-based engine", "its GAN-powered core"
            if noun.dep_ == "attr":  # "Midjourney is a GAN-based image generator": the subject is described
                described = next((s for s in noun.head.children if s.dep_ in ("nsubj", "nsubjpass")
                                  and self.is_thing(self.concept(s))), described)
                if noun.head.dep_ == "acl" and noun.head.lemma_ == "be" and self.is_thing(self.concept(noun.head.head)):
                    described = noun.head.head  # a participle's: "Midjourney, being a GAN-based tool, was flagged"
            if noun.dep_ == "pobj" and noun.head.lower_ == "as" and self.is_thing(self.concept(noun.head.head)) \
                    and self.verbless(doc):
                described = noun.head.head  # a verbless "Midjourney v6 as a GAN-based image generator"
            if described is not None and self.concept(described) != c:
                neg = (noun.dep_ == "attr" and self.clause_negated(noun.head)) or (  # "SD isn't a GAN-based generator"
                    described.i < t.i and any(d.lower_ in ("not", "never") for d in doc[described.i + 1:t.i]))  # "SD, not a GAN-based ..."
                rels.append(Rel(relation="uses", x=described, x_concept=self.concept(described), y=t, y_value=c, negated=neg,
                                quantifier=self.quantifier(described), anchor=noun))
        return rels

    def family_parts(self, doc: Doc) -> list[Rel]:
        """A family named as a product's part or kind in a noun phrase: "Midjourney's GAN
        backbone", "its GAN backbone", "has a GAN at its core" (uses); "the Midjourney LLM"
        (is_a). The owner is the possessor, or for "its"/"their" the nearest product or model
        named before it."""
        rels: list[Rel] = []
        part_nouns = self.r.uses_nouns
        for n in doc:
            lemma = n.lemma_.lower()
            fc = concept_id(n)
            if fc and self.kb.concepts[fc].kind in ("family", "architecture") and n.pos_ in ("NOUN", "PROPN"):
                # "the Midjourney LLM": a named product modifying a family noun
                for ch in n.children:
                    pc = concept_id(ch)
                    if ch.dep_ in ("compound", "nmod") and ch.i == n.i - 1 and pc and \
                            self.kb.concepts[pc].kind in ("product", "model") and \
                            any(d.dep_ == "det" and d.lower_ == "the" for d in n.children):
                        rels.append(Rel(relation="is_a", x=ch, x_concept=pc, y=n, y_value=fc, anchor=n))
                # "the well-known GAN Stable Diffusion", "the diffusion model Midjourney": a family
                # noun as the title of the product named right after it
                nxt = doc[n.i + 1] if n.i + 1 < len(doc) else None
                pc = concept_id(nxt) if nxt is not None else None
                if pc and self.kb.concepts[pc].kind in ("product", "model") and n.dep_ in ("compound", "nmod", nxt.dep_) \
                        and n.head in (nxt, nxt.head) and not any(c.dep_ in ("poss", "case") for c in n.children) \
                        and any(d.lower_ in ("the", "a", "an") for d in doc[max(0, n.i - 3):n.i]) \
                        and not (nxt.i + 1 < len(doc) and doc[nxt.i + 1].tag_ in ("VBZ", "VBD", "VBP") and not any(
                            c.dep_ in ("nsubj", "nsubjpass") for c in doc[nxt.i + 1].children)):
                    # (not a relative clause's subject: "the LLM ChatGPT uses")
                    rels.append(Rel(relation="is_a", x=nxt, x_concept=pc, y=n, y_value=fc, anchor=n))
            if lemma not in part_nouns:
                continue
            families = [ch for ch in n.children if ch.dep_ in ("compound", "amod", "nmod") and concept_id(ch)
                        and self.kb.concepts[concept_id(ch)].kind in ("family", "architecture")]
            holder = n
            if not families and n.dep_ == "pobj" and n.head.lower_ in ("at", "in") and n.head.head.lemma_.lower() == "have":
                # "X has a GAN at its core"
                verb = n.head.head
                families = [o for o in verb.children if o.dep_ == "dobj" and concept_id(o)
                            and self.kb.concepts[concept_id(o)].kind in ("family", "architecture")]
            if not families:
                continue
            inside = [p for prep, p in self.prep_objects(holder, {"inside", "in", "of", "behind", "within", "powering"})
                      if concept_id(p) and self.kb.concepts[concept_id(p)].kind in ("product", "model")]
            owner = self._owner(holder) or (inside[0] if inside else None) or next(
                (ch for ch in [*n.children, *(c for f in families for c in f.children)]
                 if ch.dep_ in ("compound", "nmod") and ch.i < min(f.i for f in families)
                 and concept_id(ch) and self.kb.concepts[concept_id(ch)].kind in ("product", "model")), None)
            if owner is None:
                continue  # (or a product named in front: "the Midjourney GAN engine")
            for f in families:
                rels.append(Rel(relation="uses", x=owner, x_concept=concept_id(owner), y=f, y_value=concept_id(f), anchor=n))
        return rels

    def attached_makers(self, doc: Doc) -> list[Rel]:
        """A maker in a fixed attachment after a named product or model, read from the tokens
        (the parse of these asides is unreliable):
          "Claude, OpenAI's safety-focused model, ..."      (appositive possessive)
          "Bard, meanwhile, was Microsoft's first chatbot"  (copula with a possessive)
          "T5 is one of Meta's research models"
          "Llama, which Google open-sourced in 2023, ..."   (relative clause; its year too)
          "BERT came out of Meta's research lab"            (a verb of origin)"""
        rels: list[Rel] = []
        n = len(doc)
        origin_verbs = []
        for x in doc:
            xc = concept_id(x)
            if not xc and x.pos_ == "VERB" and x.lemma_.lower() in self.r.origin_verbs:
                origin_verbs.append(x)
            if not xc or self.kb.concepts[xc].kind not in ("model", "product", "family", "architecture") or \
                    any(c.dep_ == "poss" for c in x.children) or (x.i > 1 and doc[x.i - 1].lower_ in ("'s", "’s")):
                continue
            if self.kb.concepts[xc].kind in ("family", "architecture") and not (
                    x.i + 4 < n and doc[x.i + 1].text == "," and self.is_agent(concept_id(doc[x.i + 2])) and
                    doc[x.i + 3].lower_ in ("'s", "’s") and any(
                        t.lemma_.lower() in self.r.made_nouns for t in doc[x.i + 4:x.i + 7] if t.pos_ == "NOUN")):
                continue  # a family's maker only in its own creation word: "GANs, Geoffrey Hinton's 2014 brainchild"
            i = x.i + 1
            if i < n and doc[i].lower_ in ("itself", "themselves"):
                i += 1  # "ChatGPT itself, which Google put out ..."
            comma = i < n and doc[i].text in (",", "(", "—", "–")
            if comma:
                i += 1
                if i + 1 < n and doc[i].pos_ == "ADV" and doc[i + 1].text == ",":
                    i += 2  # ", meanwhile,"
            elif i + 1 < n and doc[i].pos_ == "ADV" and doc[i + 1].lemma_ == "be":
                i += 1
            if comma and i + 1 < n and doc[i].lower_ in ("which", "that", "who") and doc[i + 1].lemma_ == "be":
                i += 1  # "Midjourney, which is Microsoft's, ..."
            copula = i < n and doc[i].lemma_ == "be"
            if copula:
                i += 1
                if i + 1 < n and doc[i].lower_ == "one" and doc[i + 1].lower_ == "of":
                    i += 2
            agent = self._possessive_agent(doc, i)
            if agent is not None and comma and not copula and (agent.head.dep_ == "conj" or any(
                    doc[j].lower_ in ("and", "or") for j in range(agent.head.i + 1, min(n, agent.head.i + 3)))):
                agent = None  # "ChatGPT, Google's autocomplete, and every language AI": a list, not an aside
            if agent is not None and (copula or comma):
                rels.append(Rel(relation="made_by", x=x, x_concept=xc, y=agent, y_value=concept_id(agent), anchor=agent))
                continue
            rel_at = None
            if comma and i < n and doc[i].lower_ in ("which", "that"):
                rel_at = i + 1
            elif (comma or copula) and i < n and doc[i].lower_ in ("the", "a", "an"):
                # "T5, the text-to-text model Meta published in 2019": a relative clause without "which"
                rel_at = next((j for j in range(i + 1, min(n - 1, i + 6)) if self.is_agent(concept_id(doc[j]))), None)
                if rel_at is not None and any(doc[j].text in (",", ";", "—") for j in range(i, rel_at)):
                    rel_at = None
            if rel_at is not None and rel_at + 2 < n and doc[rel_at + 1].pos_ == "ADV" and self._made_word(doc[rel_at + 2]):
                rel_at_verb = rel_at + 2  # "Bard, which Microsoft later rebranded as Gemini"
            else:
                rel_at_verb = rel_at + 1 if rel_at is not None else None
            if rel_at is not None and rel_at_verb < n and self.is_agent(concept_id(doc[rel_at])) \
                    and self._made_word(doc[rel_at_verb]):
                agent = doc[rel_at]
                rels.append(Rel(relation="made_by", x=x, x_concept=xc, y=agent, y_value=concept_id(agent),
                                anchor=doc[rel_at_verb]))
                for t in doc[rel_at_verb + 1:]:
                    if t.text in (",", ";", "—", ")") or concept_id(t):
                        break
                    if year_id(t):
                        rels.append(Rel(relation="introduced_in", x=x, x_concept=xc, y=t, y_value=str(year_id(t)),
                                        anchor=doc[rel_at_verb]))
                        break
        # verbs of origin: "X came out of Meta's lab", "X emerged from Google Research"
        for v in origin_verbs:
            subj = [s for s in v.children if s.dep_ in ("nsubj", "nsubjpass") and self.is_thing(self.concept(s))
                    and self.kb.concepts[self.concept(s)].kind in ("model", "product", "family", "architecture")]
            if not subj:
                continue
            for t in v.subtree:
                if t.i <= v.i or t.text in (",", ";", "—") or (t.dep_ == "cc" and t.head == v):
                    if t.i > v.i:
                        break  # (up to a conjoined clause: "X came out in 2022 and BERT came from Google")
                    continue
                a = concept_id(t)
                if t.dep_ == "poss" and t.head.lemma_.lower() in MAKER_NOUNS:
                    a = self._namesake_maker(a) or a  # "came out of Midjourney's research team"
                named = t  # (the maker's name inside a longer one: "from Microsoft Research", "out of the Google Brain lab")
                for up in t.ancestors:
                    if named.dep_ != "compound" or not (up.pos_ == "PROPN" or up.lemma_.lower() in MAKER_NOUNS or
                                                        up.lower_ in CREW_NOUNS):
                        break
                    named = up
                if self.is_agent(a) and (named.head.lower_ in ("of", "from", "out", "at") or t.dep_ == "poss"):
                    s0 = subj[0]
                    rels.append(Rel(relation="made_by", x=s0, x_concept=self.concept(s0), y=t, y_value=a,
                                    negated=self.clause_negated(v), anchor=v))
                    break
        return rels

    def maker_label(self, doc: Doc) -> list[Rel]:
        """A line labelled with a maker and then only names ("OpenAI: the GPT series, ChatGPT and
        DALL-E", "**Google** — T5, PaLM"): each named model or product is that maker's."""
        words = [t for t in doc if not t.is_space and t.text not in ("*", "**", "-", "•")]
        if len(words) < 3 or not self.is_agent(concept_id(words[0])) or words[1].text not in (":", "—", "–"):
            return []
        agent, label = words[0], words[1]
        names = []
        for t in words[2:]:
            c = self.concept(t) if concept_id(t) or t.lemma_.lower() in CLASSIFIERS else None
            if c and self.kb.concepts[c].kind in ("model", "product"):
                names.append((t, c))
            elif not (t.is_punct or t.lower_ in ("the", "and", "or", "&", "its", "their", "plus") or
                      t.lemma_.lower() in CLASSIFIERS or t.lemma_.lower() in ("line", "lineup") or
                      (concept_id(t) and self.kb.concepts[concept_id(t)].kind in ("model", "product"))):
                return []  # anything else makes it a sentence, not a list of names
        return [Rel(relation="made_by", x=t, x_concept=c, y=agent, y_value=concept_id(agent), anchor=label)
                for t, c in names]

    def _possessive_agent(self, doc: Doc, i: int) -> Token | None:
        """An agent at ``i`` with a possessive "'s" after it, heading a noun phrase that names
        no other product ("OpenAI's safety-focused model")."""
        if i + 1 >= len(doc) or not self.is_agent(concept_id(doc[i])) or doc[i + 1].lower_ not in ("'s", "’s"):
            return None
        phrase = doc[i + 2:i + 8]
        end = next((t.i for t in phrase if t.pos_ == "ADP" or t.is_punct), None)  # (its own phrase: not "go at a ChatGPT rival")
        head = next((t for t in phrase if (end is None or t.i < end) and (t.pos_ in ("NOUN", "PROPN") or concept_id(t))), None)
        c = concept_id(head) if head is not None else None
        if c and self.kb.concepts[c].kind in ("model", "product"):
            return None  # "X, Google's BERT": a list of names
        if head is not None and head.lemma_.lower() in self.r.rival_nouns and not self._before_name(head, ("to", "for")):
            return None  # "ChatGPT, Google's biggest rival": what the maker faces, not its own
            # (but "Claude, Google's rival to ChatGPT" is the maker's own, set against another name)
        if head is not None and self._before_name(head, ("for", "behind")):
            return None  # the maker's thing for another name: "Anthropic's house for Claude, Meta's house for Llama"
        return doc[i]

    def _before_name(self, noun: Token, preps: tuple[str, ...]) -> bool:
        """Is the noun followed by one of ``preps`` and a tracked model or product ("rival to
        ChatGPT", "house for Claude")?"""
        doc = noun.doc
        return noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ in preps and any(
            concept_id(t) and self.kb.concepts[concept_id(t)].kind in ("model", "product") for t in doc[noun.i + 2:noun.i + 5])

    def _made_word(self, t: Token) -> bool:
        """A verb of making, by its lemma or its written form ("open-sourced")."""
        w = t.lower_
        return t.lemma_.lower() in self.made_verbs or w[:-1] in self.made_verbs or w[:-2] in self.made_verbs

    def _owner(self, noun: Token) -> Token | None:
        """The product or model that possesses a noun: "Midjourney's backbone"; "its backbone"
        after a named product or model in the same sentence."""
        for ch in noun.children:
            if ch.dep_ != "poss":
                continue
            c = concept_id(ch)
            if c and self.kb.concepts[c].kind in ("product", "model"):
                return ch
            if ch.lower_ in ("its", "their"):
                before = [t for t in noun.doc[:ch.i] if concept_id(t)
                          and self.kb.concepts[concept_id(t)].kind in ("product", "model")]
                if before:
                    return before[-1]
                # cataphora from a fronted phrase: "Thanks to its GAN core, Midjourney ..."
                root = noun.sent.root
                if not any(a == root for a in noun.ancestors) or not all(
                        a.i < root.i for a in noun.ancestors if a != root):
                    return None
                subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > noun.i), None)
                sc = concept_id(subj) if subj is not None else None
                return subj if sc and self.kb.concepts[sc].kind in ("product", "model") else None
        return None

    def lexical_made(self, doc: Doc, found: list[Rel]) -> list[Rel]:
        """Fallback for "X ... the brainchild of Y", "X (were) invented by Y", "X date(s) from
        2014" when the parse did not give X a maker or a year (e.g. "GANs" mis-tagged)."""
        rels: list[Rel] = []
        have = {(r.relation, r.x.i) for r in found}
        things = [t for t in doc if self.is_thing(concept_id(t)) and not self.compared(t) and not self.variant(t)]
        for x in things:
            if x.i + 1 < len(doc) and self.is_agent(concept_id(doc[x.i + 1])) and \
                    self.kb.concepts[concept_id(x)].kind in ("family", "field", "architecture", "application"):
                continue  # "the large language model OpenAI released in 2023": one member, named by its maker
            if x.dep_ in ("attr", "oprd") and self.kb.concepts[concept_id(x)].kind in ("family", "architecture", "field"):
                continue  # a class as predicate noun: "Claude's models are transformers, trained by Anthropic"
            rest = doc[x.i + 1:min(len(doc), x.i + 14)]
            # (a name inside brackets is the aside's: what follows the brackets is said of the noun
            # before them, "GPT-4, which OpenAI (the company behind ChatGPT) released in 2023")
            opened = next((t.i for t in reversed(doc[max(0, x.i - 8):x.i]) if t.text in ("(", ")")), None)
            inside = opened is not None and doc[opened].text == "("
            stop = next((t.i for t in rest if self.is_thing(concept_id(t)) or t.text in (";", ":")
                         or t.lower_ in ("but", "while", "whereas", "although") or inside and t.text == ")"), len(doc))
            window = [t for t in rest if t.i < stop]
            neg = any(t.lower_ in ("not", "n't", "never") for t in window)
            nxt = doc[x.i + 1] if x.i + 1 < len(doc) else None
            if ("made_by", x.i) not in have and nxt is not None and nxt.lower_ in ("by", "from") and \
                    self.kb.concepts[concept_id(x)].kind in ("model", "product") and \
                    (nxt.head == x or (nxt.head.pos_ in ("VERB", "AUX") and not self.passive(nxt.head))):
                # "DALL-E by Google" (the parse may hang "by Google" on the verb; but in "an
                # improved version of BERT by Facebook" it belongs to the version)
                agent = next((u for u in doc[nxt.i + 1:nxt.i + 3] if self.is_agent(concept_id(u))), None)
                if agent is not None:
                    rels.append(Rel(relation="made_by", x=x, x_concept=concept_id(x), y=agent,
                                    y_value=concept_id(agent), anchor=nxt))
                    have.add(("made_by", x.i))
            if ("made_by", x.i) not in have and nxt is not None and nxt.text == "," and x.i + 3 < len(doc) and \
                    doc[x.i + 2].lower_ in ("by", "from") and self.is_agent(concept_id(doc[x.i + 3])) and \
                    self.kb.concepts[concept_id(x)].kind in ("model", "product") and \
                    (x.i + 4 == len(doc) or doc[x.i + 4].text in (",", ".", ")", ";", "—", "–")) and \
                    not (x.dep_ == "pobj" and x.head.lower_ in ("to", "from", "over", "for")):
                # a maker set off by commas: "Claude, from OpenAI, is great" (but "switched to
                # Claude, from OpenAI" names where one came from)
                rels.append(Rel(relation="made_by", x=x, x_concept=concept_id(x), y=doc[x.i + 3],
                                y_value=concept_id(doc[x.i + 3]), anchor=doc[x.i + 2]))
                have.add(("made_by", x.i))
            if ("introduced_in", x.i) not in have and nxt is not None and nxt.lower_ == "from" and nxt.head == x and \
                    x.i + 2 < len(doc) and \
                    year_id(doc[x.i + 2]) and self.kb.concepts[concept_id(x)].kind in ("model", "product") and not (
                    x.i + 3 < len(doc) and doc[x.i + 3].lower_ in ("to", "until", "through", "onward", "onwards", "-", "–")):
                # "this is just GPT-3 from 2018 with a UI": the name's year
                rels.append(Rel(relation="introduced_in", x=x, x_concept=concept_id(x), y=doc[x.i + 2],
                                y_value=str(year_id(doc[x.i + 2])), anchor=nxt))
                have.add(("introduced_in", x.i))
            # a name inside a relative clause of another noun: what comes after the clause is said
            # of that noun ("the transformer that GPT models are built on was introduced by Google")
            relative = next((a for a in x.ancestors if a.dep_ == "relcl" and a.head != x), None)
            if ("made_by", x.i) not in have:
                for t in window:
                    lem = t.lemma_.lower()
                    nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
                    if nxt is None or (relative is not None and t.i > relative.right_edge.i):
                        break
                    if t.dep_ == "acl" and t.head != x and t.head.pos_ in ("NOUN", "PROPN") and not concept_id(t.head):
                        break  # "Midjourney, which runs on servers owned by OpenAI": made by Y is said of another noun
                    if any(c.dep_ in ("nsubj", "nsubjpass") and c != x and self.is_thing(self.concept(c)) and
                           self.concept(c) != concept_id(x) for c in t.children):
                        break  # the verb's own subject is another name: "The transformer, the engine inside
                        # ChatGPT, was invented by Google" (the parse gives it its maker)
                    if (lem in self.r.made_nouns and nxt.lower_ == "of") or \
                            (lem in self.made_verbs and t.tag_ == "VBN" and nxt.lower_ == "by"):
                        agent = next((u for u in doc[nxt.i + 1:nxt.i + 4] if self.is_agent(concept_id(u))
                                      and not self.formerly(u)), None)
                        if agent is not None:
                            # (a negation after the maker denies another one: "made by Meta, not Google")
                            rels.append(Rel(relation="made_by", x=x, x_concept=concept_id(x), y=agent,
                                            y_value=concept_id(agent),
                                            negated=any(w.lower_ in ("not", "n't", "never") for w in doc[x.i + 1:agent.i]),
                                            anchor=t))
                        break
            if ("introduced_in", x.i) not in have and not (x.dep_ in ("attr", "oprd") and any(
                    c.dep_ in ("nsubj", "nsubjpass") and self.is_thing(self.concept(c)) for c in x.head.children)):
                # (a predicate noun's year is its subject's: "GPT-3 was the first LLM to appear in 2020")
                phrase = x
                for up in x.ancestors:  # ("the GPT family of models")
                    if phrase.dep_ not in ("compound", "nmod", "amod") or up.i < phrase.i:
                        break
                    phrase = up
                for t in window[:5]:
                    if t.lemma_.lower() in self.intro_verbs and t.lemma_.lower() not in ("go", "start", "begin", "open", "come"):
                        if phrase.dep_ == "pobj" and (phrase.head.head.dep_ in ("acl", "relcl") or phrase.head.head.pos_ == "NOUN") and \
                                any(w.text == "," for w in doc[x.i + 1:t.i]):
                            break  # a participle after a comma describes the noun the phrase hangs on: "a chat
                            # assistant powered by the GPT family of models, launched November 2022" (not GPT)
                        if t.pos_ == "VERB" and (any(s.i != x.i and self.is_thing(self.concept(s)) for s, _, _ in self.subjects(t)) or any(
                                c.dep_ in ("nsubj", "nsubjpass") and c.i < x.i and c.lower_ not in REL_PRONOUNS and
                                not _named_by(x, c) for c in t.children)):
                            break  # the parse gives the verb another subject: "GPT-3.5 is a version of GPT-3 and was released in 2022",
                            # "OpenAI, the company that released ChatGPT, was founded in 2015"
                        if any(c.dep_ == "dobj" and c.i > t.i and c.i != x.i and c.pos_ != "PRON" for c in t.children):
                            break  # it made something else: "used gen AI to make trip plans in 2023"
                        year = next((u for u in doc[t.i + 1:t.i + 5] if year_id(u)), None)
                        if year is not None and year.i < stop and not any(
                                w.lower_ in ("after", "before", "since", "later", "until", "by") for w in doc[t.i + 1:year.i]):
                            rels.append(Rel(relation="introduced_in", x=x, x_concept=concept_id(x), y=year,
                                            y_value=str(year_id(year)), negated=neg,
                                            anchor=t))
                        break
        return rels

    def lexical_parameters(self, doc: Doc, found: list[Rel]) -> list[Rel]:
        """"GPT-3, with its 175 million parameters", "LLMs have only a few thousand parameters",
        "GPT-3 has fewer than a billion parameters": a parameter count stated for a model (the
        one reader of parameter counts: the phrase is lexical, its bound words matter)."""
        if any(r.relation == "parameters" for r in found):
            return []
        rels = []
        for m in self._PARAMS.finditer(doc_text(doc)):
            # "175 million of them", "GPT-3 had 175 million.": a count of parameters named before it
            if not m.group("unit") and not re.search(r"\b(?:has|have|had|with|contains?|packs?|boasts?|uses?)(?:\s+\w+)?\s*$",
                                                      doc_text(doc)[:m.start()], re.I):
                continue  # a bare count ("... had 175 million.") is a parameter count only as what the model has
            if (not m.group("unit") or re.fullmatch(r"of\s+(?:them|those)", m.group("unit").lower())) and not re.search(
                    r"\bparam(?:eter)?s?\b|\bweights\b", doc_text(doc)[:m.start()] + " " + (doc.user_data.get("cc_context") or "") + " " +
                    (doc.user_data.get("cc_prev") or "")[-200:], re.I):  # (or in the sentence before, in its block)
                continue
            owner, product = None, None
            for t in doc:
                if t.idx >= m.start():
                    break
                # (or what a quantifier subject counts: "most of them", "most of these models")
                named = concept_id(t) or (self.concept(t) if t.pos_ in ("NOUN", "PRON") and (t.dep_ in ("nsubj", "nsubjpass") or (
                    t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.dep_ in ("nsubj", "nsubjpass"))) else None)
                if self.is_thing(named) and not (
                        t.i + 2 < len(doc) and doc[t.i + 1].text == "-" and doc[t.i + 2].lower_ in LIKENESS_SUFFIXES):
                    if self.kb.concepts[named].kind in ("model", "family"):
                        owner = t  # (a size is one model's own, not a likeness's: "a tiny GPT-style model, a few million")
                        # (or the subject that stands for the model named before: "the models themselves are tiny")
                    elif self.kb.concepts[named].kind == "product" and self.kb.concepts[named].built_on:
                        product = t  # (a product's size is its model's, when no model is named: "ChatGPT has ...")
            owner = owner or product
            owner_concept = None
            recent = doc.user_data.get("cc_carried") or doc.user_data.get("cc_recent_concept")
            if owner is None and recent in self.kb.concepts and self.is_thing(recent):
                # "Our assistant runs on an LLM. The model has a few thousand parameters": a pronoun or
                # a model's common noun as the subject stands for the model named last
                owner = next((t for t in doc if t.idx < m.start() and (t.dep_ in ("nsubj", "nsubjpass") or (
                    # (or what a quantifier subject counts: "most of these models", "all of them")
                    t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.dep_ in ("nsubj", "nsubjpass") and
                    t.head.head.lower_ in PART_WORDS)) and (
                    (t.pos_ == "PRON" and t.lower_ in ("it", "they")) or (
                        t.pos_ == "NOUN" and t.lemma_.lower() in ("model", "one") and not any(
                            # (not one picked out: "the image model", "the model we trained in the lab")
                            c.dep_ in ("compound", "amod", "nmod") and c.pos_ in ("NOUN", "PROPN") or
                            c.dep_ in ("relcl", "acl") or c.dep_ == "prep" and c.lower_ != "behind" for c in t.children)))), None)
                owner_concept = recent if owner is not None else None
            if owner is None and re.search(r"\bthere(?:'s|’s|\s+(?:is|are|was|were))\b", doc_text(doc)[:m.start()], re.I):
                # "there are only ten thousand parameters in the whole of ChatGPT": what they are in
                owner = next((t for t in doc if t.idx >= m.end() and t.dep_ == "pobj" and (t.head.lower_ in ("in", "inside", "within") or
                                                                               (t.head.lower_ == "of" and doc[t.head.i - 1].lower_ == "whole"))
                              and self.is_thing(self.concept(t)) and self.kb.concepts[self.concept(t)].kind in ("model", "family", "product")),
                             None)
                if owner is not None and self.kb.concepts[self.concept(owner)].kind == "product" and not \
                        self.kb.concepts[self.concept(owner)].built_on:
                    owner = None
            if owner is None or owner.i < len(doc) and any(
                    w.lower_ in ("than", "unlike", "compared") for w in doc if owner.idx < w.idx < m.start()):
                continue
            if owner.dep_ == "pobj" and owner.head.lower_ == "of" and owner.head.head.lemma_.lower() in VERSION_NOUNS:
                continue  # a version of the model has a size of its own: "the smallest version of GPT-3, with 125 million"
            # some members of a family, picked out by age or size ("early language models had ...",
            # "small LLMs have ..."): their size may be below the family's usual floor
            subset = (("subset", "yes"),) if any(
                c.dep_ == "amod" and c.lower_ in self.cues.subset_adjectives for c in owner.children) else ()
            if m.group("plain") and not m.group("unit"):
                continue  # a bare number is a parameter count only with its unit: "500,000 parameters"
            num = (m.group("num") or m.group("plain")).lower().replace(",", "")
            scale = SCALE[(m.group("scale") or "").lower() or None] * SCALE[(m.group("scale2") or "").lower() or None]
            few = num in ("a few", "several", "a couple of", "a couple", "a handful of", "some")
            n = int(float(num) * scale) if num[0].isdigit() else scale * (10 if few else spelled_number(num) or 1)
            bound = (m.group("bound") or "").lower()
            kind = "max" if few or bound.split(" ")[0] in ("fewer", "less", "under", "below", "only", "just") else \
                "min" if bound in ("more than", "over", "at least") else "approx" if bound else "exact"
            anchor = next((t for t in doc if t.idx >= m.start()), owner)
            # (not a negation inside an aside: "GPT-3, which was state of the art not long ago, had ...")
            neg = any(t.lower_ in ("not", "n't", "never") and not any(a.dep_ in ("relcl", "acl", "advcl", "appos", "npadvmod")
                                                                      and a.i > owner.i for a in t.ancestors)
                      for t in doc if owner.idx < t.idx < m.start())
            if neg:
                continue
            rels.append(Rel(relation="parameters", x=owner, x_concept=owner_concept or concept_id(owner) or self.concept(owner), y=anchor, y_value=str(n),
                            quantifier=self.quantifier(owner),
                            anchor=anchor, detail=(("found", m.group(0).strip()), ("bound", kind),
                                     ("span", f"{min(owner.idx, m.start())}:{max(m.end(), owner.idx + len(owner.text))}")) + subset))
        return rels

    def lexical_triples(self, doc: Doc, found: list[Rel]) -> list[Rel]:
        """A fallback for parses that miss a plain "X <cue verb> [prep] Y" between two mentions
        ("GANs power every modern LLM", "SD, which is built on a GAN, ..."): only when the parse
        gave no relation for the pair, and only when nothing but auxiliaries, adverbs,
        determiners and punctuation stands between the mentions and the cue."""
        rels: list[Rel] = []
        pairs = {(r.x.i, r.y.i) for r in found if r.y is not None} | {(r.y.i, r.x.i) for r in found if r.y is not None}
        mentions = [t for t in doc if self.is_thing(concept_id(t))]
        for a, b in zip(mentions, mentions[1:]):
            if (a.i, b.i) in pairs or b.i - a.i > 9 or (doc[a.i + 1].lower_ in ("'s", "’s") if a.i + 1 < len(doc) else False):
                continue
            between = list(doc[a.i + 1:b.i])
            # a prepositional phrase right after the subject ("X on the market runs on Y")
            j = 0
            if between and between[0].pos_ == "ADP":
                j = 1
                while j < len(between) and between[j].pos_ in ("DET", "ADJ", "NUM"):
                    j += 1
                if j < len(between) and between[j].pos_ in ("NOUN", "PROPN") and not concept_id(between[j]):
                    between = between[j + 1:]
            core = [t for t in between if t.pos_ not in self._SKIP_POS and t.lower_ not in REL_PRONOUNS
                    and not (t.lower_ in TEMPORAL and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("'s", "’s"))]
            neg = any(t.lower_ in ("not", "n't", "never") for t in between)
            # (nor across a dash or a subordinate "that": '"LLM vs GenAI" — the short version is that every LLM')
            if any(t.text in (";", ":", "(", ")", "—", "–") or t.dep_ == "mark" for t in between) or any(t.lower_ in ("and", "or", "but", "than", "like", "unlike") for t in between):
                continue
            if len(core) == 1 and core[0].pos_ in ("NOUN", "PROPN") and any(t.lemma_ == "be" for t in between) and \
                    not any(t.text == "," for t in between) and not any(t.lower_ in REL_PRONOUNS for t in between):
                # (a comma ends the phrase: "X is the big category, LLMs are ..."; and a mention after a
                # relative pronoun is the clause's own: "ML is the field that generative AI is built on")
                noun = core[0].lemma_.lower()
                ac, bc = concept_id(a), concept_id(b)
                pb = self.r.precedes
                rel = None
                if noun in self.r.is_a_nouns:
                    rel = Rel(relation="is_a", x=a, x_concept=ac, y=b, y_value=bc, negated=neg,
                              quantifier=self.quantifier(a), anchor=core[0])
                elif noun in self.r.includes_nouns:
                    rel = Rel(relation="is_a", x=b, x_concept=bc, y=a, y_value=ac, negated=neg, anchor=core[0])
                elif noun in pb["nouns_before"]:
                    rel = Rel(relation="precedes", x=a, x_concept=ac, y=b, y_value=bc, negated=neg, anchor=core[0])
                elif noun in pb["nouns_after"]:
                    rel = Rel(relation="precedes", x=b, x_concept=bc, y=a, y_value=ac, negated=neg, anchor=core[0])
                elif noun in self.r.uses_nouns:
                    rel = Rel(relation="uses", x=b, x_concept=bc, y=a, y_value=ac, negated=neg,
                              quantifier=self.quantifier(b), anchor=core[0])
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
            ac, bc = concept_id(a), concept_id(b)
            q = self.quantifier(a)
            if q is Quantifier.GENERIC and a.i > 0 and doc[a.i - 1].lower_ in ("all", "every") and doc[a.i - 1].head != a:
                q = Quantifier.ALL  # the parser hung the quantifier on the verb it took for a noun: "All generative AI runs on LLMs"
            order = self.r.precedes
            if not prep and lemma in order["verbs_before"] | order["verbs_after"]:
                # "LLMs predate generative AI" with the verb read as a noun
                x, y = (a, b) if lemma in order["verbs_before"] else (b, a)
                rels.append(Rel(relation="precedes", x=x, x_concept=concept_id(x), y=y, y_value=concept_id(y),
                                negated=neg, anchor=verb))
                continue
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
                rels.append(self.cue_rel(cue, x, concept_id(x), y, concept_id(y), neg, False,
                                         q if x == a else self.quantifier(b), verb))
                break
            if lemma in ("be",) and not rels:
                continue
        return rels

    def resumed_same(self, doc: Doc) -> list[Rel]:
        """Sameness said of the terms named before it in the sentence, through a pronoun or with
        no verb: "LLM, generative AI, it's two names for the one thing", "generative AI, LLMs,
        same thing, different name", "when you see LLM and generative AI, they're the same thing
        with two names". Between the terms and the sameness there may be verbs of seeing, saying
        or naming only ("ChatGPT uses an LLM, and it's the same thing Claude does" names no pair)."""
        rels: list[Rel] = []
        words = self.r.naming_verbs | self.cues.perception | {"say", "hear", "see", "use", "mean", "write"}
        for p in doc:
            if p.pos_ not in ("NOUN", "NUM", "PRON") or p.lemma_.lower() not in _SAME_HEADS or not self.is_same_word(p) or concept_id(p) or \
                    self.prep_objects(p, {"as", "to"}):
                continue  # (what it is the same as is the phrase's own: "same family as Gemini")
            verb = p.head if p.dep_ in ("attr", "acomp") and p.head.lemma_ == "be" else None
            if verb is not None:
                subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
                if not subj or subj[0].pos_ != "PRON" or concept_id(subj[0]):
                    continue  # (a named subject is the copula's own reading: "LLMs and generative AI are the same thing")
                if any(c.dep_ == "mark" and c.lower_ in ("like", "if", "though") for c in verb.children):
                    continue  # a manner, not a claim: "people use the words like they're the same thing"
            elif p.dep_ not in ("ROOT", "appos", "npadvmod", "dep"):
                continue
            named = [t for t in doc[:p.left_edge.i] if self.is_thing(concept_id(t)) and t.dep_ != "poss" and
                     self.kb.concepts[concept_id(t)].kind in ("field", "family", "application", "architecture")]
            kinds = list(dict.fromkeys(concept_id(t) for t in named))
            if len(kinds) < 2 or any(t.pos_ in ("VERB", "AUX") and t != verb and t.lemma_.lower() not in words
                                     for t in doc[named[0].i:p.i]):
                continue
            opening = next((t for t in reversed(doc[:named[0].i]) if t.text in ('"', "“")), None)
            if opening is not None and _in_quotes(named[0]) and _in_quotes(p) and \
                    any(t.pos_ == "VERB" for t in doc[:opening.i]):
                continue  # someone's wording quoted: 'Ray proposed adding "LLMs and generative AI (two names for the same thing)"'
            neg = verb is not None and any(c.dep_ == "neg" for c in verb.children) or any(
                t.lower_ in self.cues.negation for t in doc[named[-1].i + 1:p.i])  # ("LLMs vs generative AI: not the same thing")
            firsts = [next(t for t in named if concept_id(t) == c) for c in kinds]
            for a, b in zip(firsts, firsts[1:]):
                rels.append(Rel(relation="same_as", x=a, x_concept=concept_id(a), y=b, y_value=concept_id(b),
                                negated=neg, anchor=p))
        return rels

    def lexical_same(self, doc: Doc) -> list[Rel]:
        """"X (also known as Y)", "X, a.k.a. Y", "X, or Y for short" -> X is the same as Y."""
        rels = []
        text = doc_text(doc).lower()
        mentions = [t for t in doc if self.is_thing(concept_id(t)) and t.dep_ not in ("poss",)]
        rx = getattr(self, "_same_rx", None)
        if rx is None:
            rx = self._same_rx = re.compile("|".join(
                r"(?<![\w])" + re.escape(p) + r"(?![\w])" for p in sorted(self.r.same_phrases, key=len, reverse=True)))
        for m in (rx.finditer(text) if mentions else ()):
            phrase = m.group(0)
            if text[m.end():m.end() + 1] == "," and text[max(0, m.start() - 2):m.start()].strip() == ",":
                continue  # ", in other words, ...": a discourse marker between commas renames nothing
            before = [t for t in mentions if t.idx + len(t) <= m.start() and m.start() - (t.idx + len(t)) <= 12]
            after = [t for t in mentions if t.idx >= m.end() and t.idx - m.end() <= 14]
            if phrase == "for short":
                # "X, or Y for short": Y sits right before the phrase, X before ", or"
                before = [t for t in mentions if t.idx + len(t) <= m.start() and m.start() - (t.idx + len(t)) <= 2]
                if before:
                    y = before[-1]
                    xs = [t for t in mentions if t.i < y.i - 1 and doc[y.i - 1].lower_ == "or"]
                    if xs:
                        rels.append(Rel(relation="same_as", x=xs[-1], x_concept=concept_id(xs[-1]), y=y,
                                        y_value=concept_id(y),
                                        anchor=y))
                continue
            if before and after:
                x, y = before[-1], after[0]
                rels.append(Rel(relation="same_as", x=x, x_concept=concept_id(x), y=y, y_value=concept_id(y), anchor=y))
        # "LLMs and generative AI: same thing, different buzzword": a pair before a colon or
        # dash, and sameness right after it (a title or note without a verb)
        # (or a comma, after a pair that opens the line: "LLM and generative AI, same thing")
        # (or the comma after a pair listed with commas: "Generative AI, LLM, same animal with two names")
        commas = [t for t in doc if t.text == "," and t.i > 0]
        second = mentions[1].i if len(mentions) > 1 else len(doc)
        colon = next((t for t in doc if t.text in (":", "—", "–") and t.i > 0), None) or next(
            (t for t in commas if t.i > second), commas[0] if commas else None)
        if colon is not None and colon.i + 1 < len(doc):
            named = [t for t in doc[:colon.i] if self.is_thing(concept_id(t))]
            rest = [t for t in doc[:colon.i] if not self.is_thing(concept_id(t))]
            # (what opens the note is skipped: "— honestly, it's all the same thing", "they're identical")
            after = [t for t in doc[colon.i + 1:colon.i + 9] if t.lower_ not in ("the", "a", "an", "one", "and", "all") and
                     not t.is_punct and t.pos_ not in ("ADV", "AUX", "PRON", "INTJ", "PART")]
            if len(named) == 2 and concept_id(named[0]) != concept_id(named[1]) and \
                    all(t.is_punct or t.lower_ in ("and", "&", "vs", "vs.", "versus", "or") for t in rest) and \
                    after and ((after[0].lower_ in self.r.same_adjectives | {"synonyms"} and not (
                        # "same thing", "the same", but not "same goal, different methods"
                        after[0].i + 1 < len(doc) and doc[after[0].i + 1].pos_ == "NOUN" and
                        doc[after[0].i + 1].lemma_.lower() not in self.r.thing_nouns)) or (
                        # ("LLMs, generative AI: two names, one animal")
                        after[0].lower_ in ("two", "2") and after[0].i + 3 < len(doc) and
                        doc[after[0].i + 1].lemma_.lower() in ("name", "word", "term", "label") and
                        any(t.lower_ in ("one", "same", "single") for t in doc[after[0].i + 2:after[0].i + 6]))):
                neg = any(t.lower_ in self.cues.negation for t in doc[colon.i + 1:after[0].i])
                rels.append(Rel(relation="same_as", x=named[0], x_concept=concept_id(named[0]), y=named[1],
                                y_value=concept_id(named[1]), negated=neg,
                                anchor=after[0]))
        # "X, or Y," (appositive or): two mentions joined by ", or" and closed by a comma or ")";
        # after a dash only with a naming clause ("X — or Y, as engineers call it —"); in brackets
        # a bare name ("Generative AI (or LLMs)")
        def naming(at: int) -> bool:  # "as everyone calls them", not "as some wrongly call it" (corrected)
            return any(w.lower_ == "as" and any(v.lemma_.lower() in self.r.naming_verbs for v in doc[w.i + 1:w.i + 7]) and
                       not any(v.lower_.endswith("ly") and v.lower_[:-2] in self.cues.attribution_refuting
                               for v in doc[w.i + 1:w.i + 7])
                       for w in doc[at:at + 2])
        quotes = ("\"", "“", "”", "'", "‘", "’", "``", "''")
        for t in mentions:
            i = t.i
            if i + 3 < len(doc) and doc[i + 1].text in (",", "—", "–", "(") and doc[i + 2].lower_ == "or":
                # (the second name may be in quotes: 'Generative AI (or "LLMs", as the techies call it)')
                j = i + 3 + (doc[i + 3].text in quotes and i + 4 < len(doc))
                k = j + 1 + (j + 1 < len(doc) and doc[j + 1].text in quotes)  # the word that closes the name
                y = doc[j]
                close = doc[k] if k < len(doc) else None
                # (a bare name of a kind it belongs to or that belongs to it: two sibling kinds in
                # brackets are alternatives, "GANs (or diffusion models) make images")
                bracketed = doc[i + 1].text == "(" and close is not None and close.text == ")" and \
                    not any(d.dep_ in ("det", "poss") for d in y.children) and self.is_thing(concept_id(y)) and (
                        concept_id(y) in self.kb.ancestors(concept_id(t)) or concept_id(t) in self.kb.ancestors(concept_id(y)))
                if doc[i + 1].text != "," and not bracketed and not (close is not None and close.text == "," and naming(k + 1)):
                    continue
                if doc[i + 1].text == "," and close is not None and close.lower_ == "as" and naming(k):
                    close = None  # "X, or Y as everyone calls them now, ..."
                version = re.search(r"\d+(?:\.\d+)?$", t.text)
                if version and y.text.endswith(" " + version.group(0)):
                    continue  # the name spelled out with its version: "GPT-3, or Generative Pre-trained Transformer 3"
                if self.is_thing(concept_id(y)) and (close is None or close.text in (",", ")", ".", ";", "—")) and \
                        not (i > 0 and doc[i - 1].text == ",") and not (
                            # (a third alternative: "diffusion models, or GANs, or something else")
                            close is not None and close.text == "," and k + 1 < len(doc) and doc[k + 1].lower_ in ("or", "and")):
                    rels.append(Rel(relation="same_as", x=t, x_concept=concept_id(t), y=y, y_value=concept_id(y), anchor=y,
                                    detail=_NAMING if k > j + 1 else ()))
            # "X, which the boffins call Y, ...": a second name in a naming clause on the first
            # (not one it denies or calls wrong: "which some wrongly call Y")
            for r in t.children:
                if r.dep_ != "relcl" or doc[r.left_edge.i - 1].text not in (",", "(", "—", "–"):
                    continue
                for v in (r, *(c for c in r.children if c.dep_ == "xcomp")):
                    if v.lemma_.lower() not in self.r.naming_verbs or not any(
                            c.dep_ == "dobj" and c.lower_ in REL_PRONOUNS for c in v.children):
                        continue
                    # (not a name in quotes, which are someone's words: 'which she calls "an LLM for pictures"')
                    named = next((c for c in v.children if c.dep_ in ("dobj", "oprd", "attr") and c.lower_ not in REL_PRONOUNS
                                  and self.is_thing(concept_id(c)) and concept_id(c) != concept_id(t) and not any(
                                      k.text in quotes for k in (doc[c.left_edge.i - 1], doc[min(c.right_edge.i + 1, len(doc) - 1)]))),
                                 None)
                    if named is not None and not self.clause_negated(v) and not self.clause_negated(r) and not any(
                            w.lower_.endswith("ly") and w.lower_[:-2] in self.cues.attribution_refuting for w in r.subtree):
                        rels.append(Rel(relation="same_as", x=t, x_concept=concept_id(t), y=named,
                                        y_value=concept_id(named), anchor=v))
        return rels

    # cue words that offer what follows (or precedes) as the expansion itself; a bare comma,
    # article or "or" only places a phrase next to the acronym
    _STRONG_CUE = re.compile(r"\b(?:stand|short|abbreviat|acronym|initialism|mean|refer|expand|spell|written|"
                             r"known|call|aka|a\.k\.a|i\.e|translat|name)|\(|(?:is|are)\s+(?:an?|the)\s+$", re.I)

    @staticmethod
    def _attempt(words: list[str], concept, strong: bool = False) -> bool:
        """Do these words read as the acronym's expansion (right or wrong)? After a cue like
        "stands for" any noun phrase is offered as one; a phrase merely placed next to the
        acronym must look like one (its initials, or most of the true words)."""
        got, right = norm_words(" ".join(words)), norm_words(concept.expansion)
        if "".join(got) == "".join(right):
            return True
        if any(not re.search(r"[^\W_]", w) for w in words):
            return False  # "GAN (generator + discriminator)": a symbol is no word of a name
        if got and got[0] in _PREPOSITIONS and got[0] != right[0]:
            return False  # "GANs (for realistic synthesis)" gives a use, not a name
        # an expansion is a noun phrase: no verbs, conjunctions or articles, no other acronym
        parts = set(re.split(r"[\s-]+", concept.expansion.lower()))
        if any(w.lower() in _NOT_IN_EXPANSIONS - parts for w in words) or \
                any(len(w) > 1 and w.isupper() and w.lower() not in right for w in words[1:]):
            return False
        if strong:
            return abs(len(got) - len(right)) <= 2
        letters = "".join(ch for ch in concept.acronym.lower() if ch.isalpha())
        initials = "".join(w[0] for w in re.split(r"[\s-]+", " ".join(words).lower()) if w and w not in ("for", "from", "to", "of", "and", "with", "in", "on", "by", "the", "a"))
        if initials != letters and len(set(got) & set(right)) * 2 < len(right) and not (
                # a name in title case drawn from the acronym's letters, with the true head noun
                # ("T5, the Total Text Transformer, ...")
                len(initials) >= 3 and initials[0] == letters[0] and set(initials) <= set(letters) and
                got[-1] == right[-1] and all(w[:1].isupper() for w in words if w.lower() not in _LINK_WORDS)):
            return False
        return expansion_plausible(got, right, concept.acronym)

    @staticmethod
    def _others_name(doc: Doc, span) -> bool:
        """A naming verb outside the phrase whose speaker is someone other than the writer."""
        for t in doc:
            if t.pos_ != "VERB" or t.lemma_.lower() not in ("call", "dub", "label", "name", "term") or span.start <= t.i < span.end:
                continue
            speaker = next((c for a in (t, *t.ancestors) for c in a.children if c.dep_ == "nsubj"), None)
            if speaker is not None and speaker.lower_ not in ("we", "i"):
                return True
        return False

    @staticmethod
    def _resembles(words: list[str], concept) -> bool:
        """Shares a word with the true expansion, or spells the acronym's letters."""
        got, right = norm_words(" ".join(words)), norm_words(concept.expansion)
        letters = "".join(ch for ch in concept.acronym.lower() if ch.isalpha())
        initials = "".join(w[0] for w in got if w not in ("for", "from", "to", "of", "and", "with", "the", "a"))
        # (the parts of the expansion's hyphenated words count too: "Text Toolkit" shares "text" with "Text-To-Text ...")
        parts = set(norm_words(re.sub(r"[-‐]", " ", concept.expansion))) - _LINK_WORDS
        return bool(set(got) & set(right)) or initials == letters or bool(set(got) & parts)

    @staticmethod
    def _contains_expansion(text: str, concept) -> bool:
        """The true expansion written out within the next few words ("T5, Google's
        Text-to-Text Transfer Transformer, ...", "Generative Pre-trained Transformer models")."""
        right = "".join(norm_words(concept.expansion))
        return right in "".join(norm_words(" ".join(_words(text)[:len(concept.expansion.split()) + 4])))

    @property
    def _acronym_set(self) -> frozenset[str]:
        """The fact base's acronyms as written ("LLM", "GAN")."""
        cached = getattr(self, "_acronyms_written", None)
        if cached is None:
            cached = self._acronyms_written = frozenset(a.acronym for a in self.acronyms.values())
        return cached

    def _acronym_inside(self, tok: Token) -> list[Rel] | None:
        """A name that ends in another concept's acronym, spelled out in parentheses after it:
        "ChatGPT (General Purpose Technology)" expands the GPT in ChatGPT."""
        doc = tok.doc
        concept = next((a for a in self.acronyms.values() if tok.text.endswith(a.acronym)
                        and len(tok.text) > len(a.acronym) and tok.text[-len(a.acronym) - 1].isalpha()), None)
        if concept is None or tok.i + 2 >= len(doc) or doc[tok.i + 1].text != "(":
            return None
        close = next((t.i for t in doc[tok.i + 2:tok.i + 10] if t.text == ")"), None)
        if close is None:
            return None
        words = _words(doc[tok.i + 2:close].text)
        if self._contains_expansion(" ".join(words), concept) or not self._attempt(words, concept, False):
            return []
        found = " ".join(words)
        return [Rel(relation="stands_for", x=tok, x_concept=concept.id, y=None, y_value=found, anchor=tok,
                    detail=(("span", f"{tok.idx}:{doc[close].idx}"),))]

    def _said_to_stand_for(self, tok: Token, concept, subject: Token | None = None) -> Rel | None:
        """The acronym as the subject of "stand for" / "mean", wherever the words sit: "the
        GPT in ChatGPT stands for ...", "the 'GPT' in the model picker stands for ..."; or a
        word for its letters that refers back to it (``subject``): "a model called BERT, and
        those letters stand for ..."."""
        subject = tok if subject is None else subject
        verb = subject.head
        short = next((c for c in verb.children if c.dep_ in ("acomp", "attr") and c.lemma_.lower() in
                      ("short", "shorthand", "abbreviation")), None) if verb.lemma_ == "be" else None
        if subject.dep_ not in ("nsubj", "nsubjpass") or (verb.lemma_.lower() not in ("stand", "mean", "expand") and short is None):
            return None
        if short is not None:
            verb = short  # "the name is short for ...": the adjective takes the "for"
        if subject == tok and any(c.i < tok.i and c.dep_ in ("amod", "compound", "nmod") for c in tok.children):
            return None  # "an open-source LLM usually means open-weight models": the acronym in use
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "to", "as")), None)
        start = (prep.i + 1) if prep is not None else (verb.i + 1 if verb.lemma_.lower() == "mean" else None)
        if start is None or start >= len(tok.doc):
            return None
        doc = tok.doc
        words = _words(doc_text(doc)[doc[start].idx:])
        k = len(concept.expansion.split())
        if self._contains_expansion(" ".join(words), concept) or not (2 <= len(words) <= k + 2) or \
                not self._attempt(words, concept, True):
            return None
        if verb.lemma_.lower() == "mean" and not self._resembles(words, concept):
            return None  # "for an LLM, that means billions of words": what it implies, not its letters
        found = " ".join(words)
        begin = doc_text(doc).index(words[0], doc[start].idx)
        return Rel(relation="stands_for", x=tok, x_concept=concept.id, y=None, y_value=found,
                   negated=self.negated(verb), anchor=verb,
                   detail=(("span", f"{tok.idx}:{begin + len(found)}"), ("offered", "yes")))

    def expansions(self, doc: Doc) -> list[Rel]:
        """Acronym expansions: "GAN stands for ...", "General Adversarial Networks (GANs)",
        "GANs (short for ...)", "Generalized adversarial networks, or GANs", "T5, the ...",
        "..., which everyone calls GPTs", and single letters: "The 'G' in GAN stands for 'general'"."""
        rels = []
        text = doc_text(doc)
        for tok in doc:
            c = concept_id(tok)
            inner = self._acronym_inside(tok) if c and c not in self.acronyms else None
            if inner is not None:
                rels.extend(inner)
                continue
            if c not in self.acronyms:
                continue
            concept = self.acronyms[c]
            if tok.text[:len(concept.acronym)] != concept.acronym:
                continue  # the long form itself, not the acronym
            if tok.i >= 2 and doc[tok.i - 1].lower_ == "in" and (
                    doc[tok.i - 2].is_quote or doc[tok.i - 2].lower_ in ("letter", "word")):
                continue  # '"large" in LLM refers to ...': the cue speaks of the word, not the acronym
            k = len(concept.expansion.split())
            after = text[tok.idx + len(tok.text):]
            if re.match(r"-[^\W\d_]", after):
                continue  # a word made with it ("a T5-style text-to-text transformer"), not its spelling-out
            # "BERT's name — short for ...", "GPT's full name is ..."
            # (and the acronym's part of a longer word: "the GPT bit stands for ...", "the GPT part, in case
            # you wondered, means ...")
            named = re.match(r"^['’]s\s+(?:full\s+)?name\s*(?:,|—|–|-|:|is)?\s*(?=(?:is\s+)?(?:short|shorthand|an?\s+abbreviation|stands|[\"“]))", after) or \
                re.match(r"^\s+(?:bit|part|letters|initials)\b(?:\s*,[^,;.]{1,40},)?\s*(?=(?:is\s+)?(?:short|shorthand|stands|means))", after)
            if named:
                after = " " + after[named.end():]
            # "an open-source LLM usually means open-weight models": a modified acronym is in use, not defined
            modified = any(ch.i < tok.i and ch.dep_ in ("amod", "compound", "nmod") for ch in tok.children)
            m = None if after[:2] in ("'s", "’s") or modified else self._EXP_CUES.match(after)
            cut = re.split(r"\.\.\.|…", after[m.end():], maxsplit=1) if m else []
            if len(cut) == 2 and not re.search(r"[.;:!?]", cut[0]) and len(_words(cut[0])) < k:
                continue  # an expansion left unfinished is asked, not given: "stands for Bidirectional Encoder ... what?"
            if m and m.group(0).strip():
                # "T5, Google's ...": a possessive names the maker, not the expansion
                possessed = bool(re.match(r"^\s*[\w-]+['’]s\s+", after[m.end():]))
                words = _words(re.sub(r"^\s*[\w-]+['’]s\s+", "", after[m.end():]))
                # a word cue offers any phrase; a bare parenthesis only one that looks like the
                # expansion ("GAN (generator plus discriminator)", "(Goodfellow et al.)" do not)
                # ("=" in a note offers what follows as the name: "T5 = Total Text Transformer")
                # (only a name in title case or in quotes: not "LLMs = later specialisation")
                noted = "=" in m.group(0) and bool(words) and (
                    bool(re.search(r"[\"“‘']\s*$", m.group(0))) or all(w[:1].isupper() for w in words[:k]))
                article = bool(re.search(r"\b(?:an?|the)\s*$", m.group(0), re.I))
                # (a phrase set apart like a bracket offers itself as the name, when it looks like one:
                # in quotes, or in title case between a pair of dashes or commas: 'T5, the "Text-To-Speech
                # Transformer", is ...', "T5 — the Text-To-Speech Transformer — is ...")
                rest = after[m.end():]
                pair = re.search(r"[,—–]", m.group(0))
                set_apart = bool(re.search(r"[\"“‘]\s*$", m.group(0)) and re.match(r"[^\"“”]*[\"”]", rest)) or (
                    pair is not None and bool(words) and all(w[:1].isupper() for w in words if w.lower() not in _LINK_WORDS) and
                    not any(w.lower() in self.org_words for w in words) and
                    bool(re.match(r"[^,;:.()—–]*" + re.escape(pair.group(0)), rest)))
                strong = bool(self._STRONG_CUE.search(m.group(0).replace("(", " "))) or (noted and not article) or (
                    ("(" in m.group(0) or set_apart) and self._resembles(words, concept))
                # "GANs (two adversarial networks)": a description in parentheses, not a spelling-out
                described = (noted and article) or ("(" in m.group(0) or noted) and not self._STRONG_CUE.search(m.group(0).replace("(", " ")) and \
                    bool(words) and (words[0].lower() in NUMBER_WORDS or words[0].lower() in (
                        "a", "an", "the", "any", "some", "other", "another", "every", "each") or words[0][:1].isdigit())
                if re.search(r"\ban?\s*$", m.group(0), re.I) and re.search(r"[,—–:]", m.group(0)) and words and \
                        words[0][:1].lower() != concept.acronym[:1].lower() and \
                        not self._STRONG_CUE.search(m.group(0).replace("(", " ")):
                    described = True  # "an LLM, a transformer-based language model,": a description after a
                    # comma (not "a VAE, a visual autoencoder", which spells its letters out)
                if article and words and words[0][:1].islower() and not re.search(r"[\"“‘]\s*$", m.group(0)) and \
                        not self._STRONG_CUE.search(m.group(0).replace("(", " ")) and \
                        words[0][:1].lower() != concept.acronym[:1].lower():
                    described = True  # "BERT (the encoder model from Google)": a description in lower case
                    # (not one that spells the letters out: "GPT (the general purpose transformer)")
                if article and words and len(words) < k and all(w[:1].islower() for w in words) and \
                        _in_order(words[:k - 1], concept.expansion.lower().split()) and \
                        not self._STRONG_CUE.search(m.group(0).replace("(", " ")):
                    described = True  # a shortening of its own name, with an article: "the LLM — the language model —",
                    # "T5, a text-to-text transformer" (words of the name in its order, some left out)
                if possessed and not self._STRONG_CUE.search(m.group(0).replace("(", " ")):
                    words = []  # "T5, Google's text-to-text transformer": a description after a comma
                if any(re.sub(r"s$", "", w) in self._acronym_set for w in words[:k + 2]):
                    words = []  # a phrase that names another acronym describes: "GPT models (transformer LLMs)"
                if m.group(0).strip().lower() == "is" and not _bare_name(words[:k], concept):
                    words = []  # "T5 is text-to-text transformer" describes; "LLM is linguistic learning model" spells
                if re.search(r"\bmeans\b", m.group(0), re.I) and not self._resembles(words, concept):
                    words = []  # "for an LLM, that means billions of words": what it implies, not its letters
                if self._contains_expansion(" ".join(words), concept):
                    # the true expansion, here or a word or two further on
                    words = words[:k] if norm_words(" ".join(words[:k])) == norm_words(concept.expansion) else []
                # a hyphenated expansion may be written in more words ("Text To Text Transfer ..."),
                # and a phrase closed by a parenthesis or quote is offered whole ("(vector attention encoders)")
                closed = strong and len(words) <= k + 2 and re.match(r"\s*[\"“]?[^,;:.()\"“”]*[)”\"]", after[m.end():])
                if not (len(words) <= k + 2 and ("-" in concept.expansion or closed) and self._attempt(words, concept, strong)):
                    words = words[:k]
                if not described and 2 <= len(words) and len(words) >= k - 1 and self._attempt(words, concept, strong):
                    found = " ".join(words)
                    start = tok.idx + len(tok.text) + m.end()
                    # (a spelling-out in brackets right after the acronym is the writer's own gloss)
                    glossed = re.fullmatch(r"\s*\(\s*[\"“]?", m.group(0)) is not None and \
                        not re.search(r"[\"“”]", text[:tok.idx].rsplit("\n", 1)[-1])
                    rels.append(Rel(relation="stands_for", x=tok, x_concept=c, y=None, y_value=found, anchor=tok,
                                    detail=(("span", f"{tok.idx}:{start + len(found)}"),) + ((("offered", "yes"),) if strong else ())
                                    + ((("gloss", "yes"),) if glossed else ())))
                    continue
            said = self._said_to_stand_for(tok, concept)
            if said is not None:
                rels.append(said)
                continue
            before = text[:tok.idx]
            m = self._BEFORE_CUES.search(before)
            if m and (m.group(0).strip() or before.endswith(" ")):
                head = before[:m.start()]
                words = _words(head, from_end=True)[-k:]
                while words and words[0].lower().endswith(("'s", "’s")):
                    words = words[1:]
                window = " ".join(_words(head, from_end=True)[-(k + 2):]) + " " + text[tok.idx:tok.idx + 40]
                if self._contains_expansion(window, concept) and norm_words(" ".join(words)) != norm_words(concept.expansion):
                    continue  # the true expansion stands there, with a word more or less in the window
                at = head.rfind(words[0]) if words else -1
                if any(at <= t.idx < tok.idx and self.is_thing(concept_id(t)) and concept_id(t) != c for t in doc):
                    continue  # "generative models (VAEs, GANs)": another tracked name, not an expansion
                if m.group(0).strip() == "," and at >= 0 and (
                        any(t.idx < at and t.i + 1 < len(doc) and doc[t.i + 1].idx >= at and t.pos_ in ("ADP", "SCONJ")
                            for t in doc) or re.match(r"\s*(?:and\b|or\b|&|,\s*[\w-]+(?:\s+[\w-]+)?\s*,?\s*(?:and|or)\b)", text[tok.idx + len(tok.text):])):
                    continue  # a bare comma ends a fronted phrase ("Unlike regular autoencoders, VAEs ...")
                    # or separates list items ("autoencoders, VAEs and GANs"), not an expansion
                if len(words) >= max(2, k - 1) and self._attempt(words, concept, bool(self._STRONG_CUE.search(m.group(0)))):
                    found = " ".join(words)
                    # the claim hangs on the expansion's own clause, not on "which people call ACR"
                    anchor = next((t for t in doc if t.idx >= at), tok) if at >= 0 else tok
                    rels.append(Rel(relation="stands_for", x=tok, x_concept=c, y=None, y_value=found, anchor=anchor,
                                    detail=(("span", f"{max(at, 0)}:{tok.idx + len(tok.text)}"),)))
        for m in list(self._LETTER.finditer(text)) + list(self._LETTER_POSS.finditer(text)):
            poss = "acr" in m.re.groupindex
            letters, acronym, word = (m.group("let"), m.group("acr"), m.group("word")) if poss else \
                (m.group(1), m.group(2), m.group(3))
            at = m.start("acr") if poss else m.start(2)
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
            if got[0][:1].lower() != letters[:1].lower() or got[0].lower() in _NOT_IN_EXPANSIONS:
                continue  # 'The "G" in GPT is what ...', "the T in GPT is the same ...": not a word offered for the letter
            tok = next((t for t in doc if t.idx >= at), doc[0])
            found = " ".join(got)
            full = " ".join(exp_words[:pos] + got + exp_words[pos + len(got):])
            if [g.lower().rstrip("s") for g in got] != [e.lower().rstrip("s") for e in expected]:
                rels.append(Rel(relation="stands_for", x=tok, x_concept=concept.id, y=None, y_value=full, anchor=tok,
                                detail=(("span", f"{m.start()}:{m.end()}"), ("letters", found))))
        # "a model called BERT, and those letters stand for ...": the letters of the acronym named last
        done = {r.x_concept for r in rels if r.relation == "stands_for"}
        letters = self.cues.letter_nouns
        low = text.lower()
        for t in (doc if any(w in low for w in letters) else ()):
            if t.lemma_.lower() in letters and \
                    any(d.lower_ in ("the", "those", "these", "its", "their", "whose") for d in t.children):
                named = [u for u in doc if concept_id(u) in self.acronyms and
                         u.text[:len(self.acronyms[concept_id(u)].acronym)] == self.acronyms[concept_id(u)].acronym]
                # the acronym right after the word ("the letters GPT ... stand for"), else the last one before it
                after = [u for u in named if t.i < u.i <= t.i + 2]
                before = after or [u for u in named if u.i < t.i][-1:]
                if before and concept_id(before[-1]) not in done:
                    said = self._said_to_stand_for(before[-1], self.acronyms[concept_id(before[-1])], t)
                    if said is not None:
                        rels.append(said)
                elif not named and self._carried in self.acronyms and self._carried not in done and \
                        any(d.lower_ in ("its", "their", "the") for d in t.children):
                    # "They use BERT. Its name stands for ...", "OpenAI's GPT series. The letters stand for
                    # ...": the acronym the sentence before was about
                    said = self._said_to_stand_for(t, self.acronyms[self._carried], t)
                    if said is not None:
                        rels.append(said)
        # "What does GPT stand for? / It stands for ...", "You'll see "LLM" everywhere; it's short for
        # ...": a pronoun as the subject of "stand for" or "short for" is the acronym named last,
        # in this sentence or the one before
        for t in (doc if "for" in low else ()):
            if t.lower_ not in ("it", "this", "that") or t.dep_ != "nsubj" or not (
                    t.head.lemma_.lower() == "stand" or (t.head.lemma_ == "be" and any(
                        c.dep_ in ("acomp", "attr") and c.lower_ in ("short", "shorthand") for c in t.head.children))):
                continue
            named = [u for u in doc[:t.i] if concept_id(u) in self.acronyms and
                     u.text[:len(self.acronyms[concept_id(u)].acronym)] == self.acronyms[concept_id(u)].acronym]
            concept = concept_id(named[-1]) if named else self._carried if self._carried in self.acronyms else \
                doc.user_data.get("cc_recent_concept") if doc.user_data.get("cc_recent_concept") in self.acronyms else None
            if concept is None or concept in done:
                continue
            said = self._said_to_stand_for(named[-1] if named else t, self.acronyms[concept], t)
            if said is not None:
                rels.append(said)
                done.add(concept)
        return rels

    def equals_sign(self, doc: Doc) -> list[Rel]:
        """Notes written with "=" ("GANs = basically a subtype of LLM", "ChatGPT = the LLM
        itself"): the name before the sign is what the noun phrase after it says, read as
        a copula (the parser scatters these). An expansion after "=" is the expansion
        reader's ("BERT = Bidirectional ...")."""
        rels: list[Rel] = []
        for t in doc:
            if t.text != "=" or t.i == 0 or t.i + 1 >= len(doc):
                continue
            x = doc[t.i - 1]
            xc = self.concept(x)
            if not self.is_thing(xc):
                continue
            n = next((u for u in doc[t.i + 1:t.i + 5] if u.pos_ in ("NOUN", "PROPN") or concept_id(u)), None)
            if n is None or any((u.pos_ in ("VERB", "AUX") and u.dep_ != "amod" and not (u.tag_ in ("VBN", "VBD") and u.i == n.i - 1))
                                or u.is_punct for u in doc[t.i + 1:n.i]):
                continue  # (a participle may modify the noun: "Transformers = evolved GANs")
            if n.dep_ in ("poss", "compound") and n.head.i > n.i and n.head.i - t.i <= 6 and \
                    not any(u.is_punct and u.text != "'s" for u in doc[n.i + 1:n.head.i]):
                n = n.head  # "Claude = OpenAI's answer to Gemini": the phrase's head noun
            # a list before the sign: "ChatGPT, Claude, Gemini = the LLMs themselves"
            xs = [x]
            k = x.i - 1
            while k >= 1 and doc[k].text in (",", "and", "&") and self.is_thing(self.concept(doc[k - 1])) and len(xs) < 8:
                xs.append(doc[k - 1])
                k -= 2
            neg = any(u.lower_ in self.cues.negation for u in doc[t.i + 1:n.i])  # "GANs, VAEs = not LLMs"
            for xx in xs:
                rels.extend(self.np_predicate(n, xx, self.concept(xx), neg, self.quantifier(xx), n))
        return rels

    def lookalike_expansions(self, doc: Doc, rels: list[Rel]) -> list[Rel]:
        """A phrase that mimics an acronym's expansion with a word swapped names the concept
        wrongly wherever it stands ("a generic adversarial network is ...", "It stands for
        Generative Pattern Transformer"): the claim is the phrase offered as the expansion.
        A concept whose expansion was already read in this sentence is left to that reading."""
        done = {r.x_concept for r in rels if r.relation == "stands_for"}
        out = []
        for concept, start, end, phrase in self.lookalikes.find(doc_text(doc)):
            if concept.id in done:
                continue
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or span[0].pos_ in ("ADP", "SCONJ", "CCONJ", "DET", "PRON", "AUX", "PART"):
                continue  # (a phrase that opens with a function word names nothing: "tasks like language modeling")
            # the claim hangs on the clause that offers the phrase (its quotes are the name's own)
            verb = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), span.root)
            quoted = doc_text(doc)[max(0, start - 1):start] in "\"“‘'"
            if span.root.dep_ == "dobj" and (quoted or verb.lemma_.lower() in self.cues.attribution_verbs) and \
                    not self._STRONG_CUE.search(verb.text):
                continue  # 'every time she hears "general adversarial network"', "people write large learning model"
            if span.root.dep_ == "pobj" and span.root.head.lower_ == "as" and span.root.head.head == verb and \
                    any(w in self.cues.attribution_verbs for w in (verb.lemma_.lower(), verb.lower_[:-1], verb.lower_[:-2])):
                continue  # 'GANs, sometimes misreported as "general adversarial networks"': a report of the slip
            if span.root.dep_ in ("nsubj", "nsubjpass") and any(
                    c.dep_ in ("attr", "acomp") and c.lemma_.lower() in self.cues.attribution_nouns | {"wrong", "incorrect", "false"}
                    for c in span.root.head.children):
                continue  # '"Large learning model" is a common slip': the words judged wrong
            speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if self._STRONG_CUE.search(verb.text) and verb.pos_ == "VERB" and speaker is not None and \
                    verb.lemma_.lower() not in ("stand", "mean", "refer", "translate") and \
                    speaker.lower_ not in ("we", "i", "it", "they") and not self.concept(speaker) and \
                    (not any(c.lower_ in ("our", "my") for c in speaker.children) or
                     (quoted and speaker.lemma_.lower() in self.cues.attribution_texts)):
                # (our own text quoted is mentioned, not restated: 'our GAN entry expands it as "..."')
                continue  # "Some articles expand GAN as 'general adversarial network'": their naming
            if quoted and verb.lemma_.lower() not in ("stand", "mean") and any(
                    c.dep_ == "nsubj" and c.lemma_.lower() in self.cues.attribution_texts and
                    not any(k.lower_ in ("our", "my") for k in c.children) for c in verb.children):
                continue  # 'the consultant's report refers throughout to "generic adversarial networks"': its wording
            if quoted and self._others_name(doc, span):
                continue  # '"visual autoencoder", as the author insists on calling it': their word
            judged = re.match(r"[\"”’']?\s*,\s*(?:which|that)\b([^.;:()]*)", doc_text(doc)[end:])
            if judged and not self.cues.attribution_refuting.isdisjoint(re.findall(r"[a-z]+", judged.group(1).lower())):
                continue  # '"general adversarial network", which even some blogs get wrong': judged wrong
            before = [t for t in doc[max(0, span.start - 4):span.start] if not (t.is_punct or t.is_quote or t.pos_ == "DET")][-1:]
            negated = self.clause_negated(verb) or any(t.lower_ in ("not", "never") for t in before)
            out.append(Rel(relation="stands_for", x=span[0], x_concept=concept.id, y=None, y_value=phrase, negated=negated,
                           anchor=verb, detail=(("span", f"{start}:{end}"), ("offered", "yes"))))
        return out


def _words(text: str, from_end: bool = False) -> list[str]:
    """Whitespace words with surrounding punctuation and quotes stripped; stops at a clause
    boundary (comma, parenthesis, full stop) in reading direction."""
    if from_end:
        cut = max(text.rfind(ch) for ch in ",;:.()\"“”—–/|[]")
        text = text[cut + 1:]
    else:
        text = text.lstrip(" \"'“‘")
        m = re.search(r"[,;:.()\"“”—–/|\[\]]|\s-\s", text)
        text = text[:m.start()] if m else text
    return [w.strip("\"'“”‘’*_") for w in text.split() if w.strip("\"'“”‘’*_")]


def _named_by(x: Token, subject: Token) -> bool:
    """Is ``x`` the subject itself, or a name in its own phrase outside any clause ("An older
    approach, the GAN, was invented ...", but not "OpenAI, the company that released ChatGPT, ...")?"""
    for a in (x, *x.ancestors):
        if a == subject:
            return True
        if a.dep_ in ("relcl", "acl", "ccomp", "advcl"):
            return False
    return False

"""Property claims (limitations, scope) matched by the `detect` patterns of the facts."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from checker.model import Claim, Modality, Quantifier
from checker.nlp.claims.vocab import PART_WORDS, BUILT_NOUNS, CLASSIFIERS, FRAME_VERBS, GAP_STOPS, POINTING_NOUNS, REL_PRONOUNS, spelled_number
from checker.knowledge.taxonomy import covered
from checker.knowledge.schema import Meaning, Slot
from checker.knowledge import KnowledgeBase
from checker.nlp.claims.syntax import SyntaxMixin, denies_elided
from checker.nlp.extensions import concept_id, doc_text


class PropertyMixin:
    """Part of ClaimExtractor (see checker/nlp/claims/__init__.py)."""

    def properties(self, doc: Doc) -> list[Claim]:
        """Overclaims and scope errors matched by each fact's `detect` patterns, about a
        concept the fact covers, when asserted (not negated, questioned, reported or
        conditional). A NEG: pattern states the overclaim only when negated. A pronoun that
        opens a paragraph may stand for the topic of the paragraph before (``cc_carried_across``)."""
        saved = self._carried
        self._carried = saved or doc.user_data.get("cc_carried_across")
        try:
            found = self._properties(doc) + self._meanings(doc)
            said = {c.object for c in found}
            return found + [c for c in self._amounts(doc) if c.object not in said]
        finally:
            self._carried = saved

    def _meanings(self, doc: Doc) -> list[Claim]:
        """What a word of a concept's name is said to stand for (a fact's ``detect.meaning``):
        'the "large" in LLM refers to the storage the app takes up', 'the word "large" just
        means the program takes up a lot of room', 'LLMs are called "large" because of their
        user base'. The word is talked about as a word and is its verb's subject (or what the
        naming verb calls them), in a sentence about the concept or a document about AI. What
        the verb names, up to a contrast or an aside, is the claim, unless it has a right word
        or neutral words only ("the size of the model"); when asserted."""
        claims: list[Claim] = []
        for fact in self.kb.facts:
            m = fact.detect.meaning if fact.detect is not None else None
            if m is None or m.word not in doc_text(doc).lower():
                continue
            named = next((concept_id(t) for t in doc if concept_id(t) and covered(self.kb, concept_id(t), fact.detect.subjects)), None)
            subject = named or (fact.detect.subjects[0] if doc.user_data.get("cc_about_ai") else None)
            if subject is None:
                continue
            for t in doc:
                if t.lower_ != m.word or not _talked_about(t, m.markers):
                    continue
                found = self._meaning_value(doc, t, m)
                if found is None:
                    continue
                verb, a, b = found
                said = doc[a:b].text
                root = next((k for k in doc[a:b] if not a <= k.head.i < b or k.head == k), doc[a])
                if root.lower_ in _POINTING or any(k.lower_ in _POINTING and k.dep_ in ("det", "predet") for k in root.children):
                    # what it means is pointed back at: after the verb, it says nothing here ("refers to
                    # exactly that kind of count"); as a cleft's subject, the clause or sentence before
                    # says it ("They learn from lots of data. That is what the 'large' refers to")
                    before = doc[:a].text.strip(" ,;:—–-")
                    said = " ".join(k for k in (doc.user_data.get("cc_prev") or "", before) if k).strip()
                    if verb.i < a or not said or set(re.findall(r"[\w-]+", said.lower())) & m.right:
                        continue
                else:
                    # (the right word may follow an aside: "the number of adjustable values, called parameters")
                    upto = next((k.i for k in doc[a:] if k.text in (";", ":") or k.lower_ in _CONTRASTS), len(doc))
                    words = {k.lower_ for k in doc[a:upto]} | {k.lemma_.lower() for k in doc[a:upto]}
                    if words & m.right or not any(k.pos_ in ("NOUN", "PROPN", "VERB") and k.lower_ not in m.neutral and
                                                  k.lemma_.lower() not in m.neutral for k in doc[a:b]):
                        continue  # the right reading, or no other thing named ("refers to size")
                if self._property_negation(doc, verb.i, b, t) is not False:
                    continue  # denied, asked, reported or supposed
                claims.append(Claim(
                    relation="property", subject=subject, object=fact.id, start=t.idx, end=doc[b - 1].idx + len(doc[b - 1]),
                    subject_text=t.text, object_text=said, sentence=doc_text(doc),
                    detail=(("fact", fact.id), ("found", said), ("property", fact.covers[-1].property))))
                break
        return claims

    def _amounts(self, doc: Doc) -> list[Claim]:
        """How much a concept is said to learn from (a fact's ``detect.amount``), as a count of
        texts below the fact's bound: "trained on a hand-picked set of a few thousand
        documents", "a few hundred novels are enough to train a capable model". The count and a
        word of learning share a clause; the subject is a mention the fact covers, the concept
        named last, or (in a document about AI) the fact's first subject when the clause names
        an AI noun; when asserted and without the fact's exceptions."""
        claims: list[Claim] = []
        for fact, unless, _ in self._detectors():
            am = fact.detect.amount
            if am is None:
                continue
            for unit in doc:
                if unit.lemma_.lower() not in am.units or unit.pos_ != "NOUN" or unit.tag_ != "NNS":
                    continue  # (a count of texts, not "a 90-page lease" or "one word at a time")
                count = _count_before(unit)
                if count is None or count >= am.below:
                    continue
                if _RATE.match(doc_text(doc)[unit.idx + len(unit.text):]):
                    continue  # a rate, not what it learned from: "it reads a few hundred emails a minute"
                if re.search(r"(?i)(?:(?<!\bno )(?<!\bnot )\bmore\s+than|\bbeyond)\s+(?:[\w-]+\s+){0,4}$", doc_text(doc)[:unit.idx]):
                    continue  # what it is set against: "far more than a couple of dictionaries" (not "no more than")
                learning = [t for t in doc if t.lemma_.lower() in am.words and t.i != unit.i and _one_clause(t, unit)]
                subj = next(((t, found) for t in learning if (found := self._amount_subject(doc, fact, t)) is not None), None)
                if subj is None:
                    continue
                learning, subj = subj
                a, b = min(learning.i, unit.left_edge.i), max(learning.i, unit.i) + 1
                if unless is not None and unless.search(_own_clause_text(doc, learning.i, doc_text(doc).lower())):
                    continue  # ("fine-tuned on a few hundred examples" is right)
                subj_tok, subj_concept = subj
                if self._property_negation(doc, a, b, subj_tok) is not False:
                    continue  # denied, asked, reported or supposed
                claims.append(_property_claim(doc, fact, subj_concept, subj_tok, a, b, doc[unit.left_edge.i:unit.i + 1].text))
                break
        return claims

    def _amount_subject(self, doc: Doc, fact, learning: Token) -> tuple[Token, str] | None:
        """What learns in an amount claim: the nearest mention the fact covers, else the concept
        named last (covered), else in a document about AI an AI noun of cues.yaml in the clause."""
        subjects = fact.detect.subjects
        if learning.pos_ == "VERB" and any(
                s.dep_ in ("nsubj", "nsubjpass") and not self.concept(s) and s.lower_ not in ("it", "they") and
                (s.lemma_.lower() not in self.kb.cues.overclaim_subjects or s.lemma_.lower() in self.kb.cues.overclaim_people)
                and s.pos_ in ("NOUN", "PROPN", "PRON") for s in learning.children):
            return None  # someone else learns or reads it: "Our team read a few hundred pages about LLMs"
        named = [t for t in doc if self.is_thing(self.concept(t)) and covered(self.kb, self.concept(t), subjects)
                 and not self.compared(t) and not self.locally_negated(t)]
        if named:
            t = min(named, key=lambda t: abs(t.i - learning.i))
            return t, self.concept(t)
        recent = doc.user_data.get("cc_carried") or doc.user_data.get("cc_recent_concept")
        anchor = next((t for t in doc if t.dep_ in _SUBJECTS or t.lower_ in ("it", "they")), learning)
        if recent in self.kb.concepts and covered(self.kb, recent, subjects):
            return anchor, recent
        if doc.user_data.get("cc_about_ai") and any(
                t.lemma_.lower() in self.kb.cues.overclaim_subjects and t.pos_ == "NOUN" and
                (learning in t.ancestors or t in learning.ancestors or t.head == learning.head or t.head == learning)
                for t in doc):
            return anchor, subjects[0]
        return None

    @staticmethod
    def _meaning_value(doc: Doc, word: Token, m: Meaning) -> tuple[Token, int, int] | None:
        """The verb of meaning the talked-about ``word`` is the subject of, or the naming verb
        that calls something by it, and the token span of what it is said to mean."""
        up = [word, *word.ancestors]
        k = next((n for n, h in enumerate(up) if h.pos_ in ("VERB", "AUX")), None)
        if k is None:
            return None
        verb, below = up[k], up[k - 1] if k else word
        lemma = verb.lemma_.lower()
        if lemma not in m.verbs:
            return None
        wh = next((c for c in verb.subtree if c.lower_ in ("what", "which", "why", "how") and c.i < word.i), None)
        if wh is not None:
            # a pseudo-cleft says it: 'The training data is what the "large" refers to' (but what
            # it means asked or named says nothing: 'confusion about what "large" refers to')
            be = verb.head
            subject = next((c for c in be.children if c.dep_ in _SUBJECTS and c.i < wh.i), None) \
                if verb.dep_ in ("ccomp", "attr", "xcomp") and be.lemma_ == "be" and be.i < wh.i else None
            if subject is None:
                return None
            return verb, subject.left_edge.i, subject.right_edge.i + 1
        called = below.dep_ in ("oprd", "acomp", "attr") and below.i > verb.i
        if not called and (below.i > verb.i or below.dep_ not in ("nsubj", "nsubjpass", "amod", "npadvmod", "compound", "dep")):
            return None  # the word is not what the verb is said of
        rest = [c for c in verb.children if c.i > max(word.i, verb.i)]
        if called:
            # "called 'large' because of their user base"
            start = next((c.i + 1 + (c.i + 1 < len(doc) and doc[c.i + 1].lower_ == "of")
                          for c in rest if c.lower_ in ("because", "for")), None)
        elif lemma == "be":
            # "the 'large' is (all) about the data", "the 'large' bit is the number of ..."
            start = next((c.i + 1 for c in rest if c.dep_ == "prep" and c.lower_ == "about"), None)
            if start is None:
                start = next((c.left_edge.i for c in rest if c.dep_ == "attr" and c.lemma_.lower() in m.neutral), None)
        else:
            start = next((c.i + 1 if c.dep_ == "prep" else c.left_edge.i for c in rest
                          if c.dep_ in ("prep", "dobj", "ccomp", "xcomp", "attr") and (c.dep_ != "prep" or c.lower_ in ("to", "for", "about"))), None)
        if start is None or start >= len(doc):
            return None
        end = start
        while end < len(doc) and not (doc[end].is_punct and doc[end].text not in ("'", "’", "-", "/")) and \
                doc[end].lower_ not in _CONTRASTS and doc[end].lower_ not in ("which", "so"):
            end += 1
        return (verb, start, end) if end > start else None

    def _properties(self, doc: Doc) -> list[Claim]:
        claims = []
        toks = list(doc)  # spaCy builds a Token on every access: build them once
        low = [t.lower_ for t in toks]
        lemmas = [t.lemma_.lower() for t in toks]
        words = set(low) | set(lemmas)
        viable = self._viable_patterns(words)
        if not viable:
            return claims  # no pattern has all its words here: nothing below can match
        concepts = [self.concept(t) if (concept_id(t) or t.pos_ == "PRON" or lemma in CLASSIFIERS or lemma in BUILT_NOUNS
                                        or lemma in POINTING_NOUNS)
                    else None for t, lemma in zip(toks, lemmas)]
        # (a pronoun or pointing word that stands for the field named before is an AI subject of no
        # tracked kind: "... the AI has no favourites." / "And it costs next to nothing to run these things")
        concepts = [None if c is not None and not concept_id(t) and self.kb.concepts[c].umbrella else c
                    for t, c in zip(toks, concepts)]
        mentions = [(t, c) for t, c in zip(toks, concepts) if self.is_thing(c) and not self.compared(t) and not _dummy_it(t)]
        ai_nouns: set[int] = set()  # overclaim subjects that name no concept: no exact subject
        if doc.user_data.get("cc_about_ai"):
            extra = self._ai_subjects(doc, toks, concepts, bool(mentions))
            ai_nouns = {t.i for t, _ in extra}
            mentions += extra
        if not mentions:
            return claims
        mentioned = {t.i for t, _ in mentions}
        # "unless" phrases are read with the mentions blanked out ("language" in "large language model")
        chars = list(doc_text(doc).lower())
        for t, c in zip(toks, concepts):
            if c:
                chars[t.idx:t.idx + len(t.text)] = "_" * len(t.text)
        masked = "".join(chars)
        # (nor is an exception what the sentence denies as the alternative: "it truly understands
        # you, rather than just matching patterns")
        # (blanked with spaces, so an exception that ends with the cue itself still reads: "text rather than")
        # (and no statement is read inside a contrast denied at the end: "built for understanding
        # text, not writing essays")
        denied = [(m.start(2), m.end()) for m in _DENIED_ALTERNATIVE.finditer(masked) if m.start(2) >= 0]
        # (a closing "and not much else" narrows the statement, it makes no exception to it)
        masked = _NOTHING_ELSE.sub(lambda m: " " * len(m.group(0)), masked)
        masked = _DENIED_ALTERNATIVE.sub(lambda m: (kept := m.group(1) or "") + " " * (len(m.group(0)) - len(kept)), masked)
        for fact, unless, compiled in self._detectors():
            d = fact.detect
            subjects = [(t, c) for t, c in mentions if (c in d.subjects and t.i not in ai_nouns if d.exact
                                                        else covered(self.kb, c, d.subjects))]
            if not subjects:
                continue
            if d.unless and doc_text(doc).rstrip().endswith(":"):
                continue  # a lead-in's statement goes on after its colon, where the exception may be:
                # 'The "large" in LLM refers to two things:' (then a list naming the parameter count)
            exceptions = unless  # (the rule's own, for what "that is what" points back to)
            if unless is not None and not unless.search(masked):
                unless = None  # no exception anywhere in the sentence: no clause to look at
            # every place each pattern matches, until one makes a claim (a later place may be the
            # claim when an earlier one is about something else: "Bramble can't look at photos,
            # because LLMs can never work with images"); patterns missing a word are skipped
            for pattern, needs_neg, (a, b) in ((p, neg, span) for p, _, neg in compiled if id(p) in viable
                                               for span in _matches(p, low, lemmas, concepts, self.kb, neg)):
                if any(start <= doc[a].idx < end for start, end in denied):
                    continue  # what the sentence denies as the alternative
                than = next((t for t in doc[max(0, a - 2):a] if t.lower_ == "than"), None)
                if than is not None and any(doc[k].tag_ in ("JJR", "RBR") or doc[k].lower_ == "rather"
                                            for k in range(max(0, than.i - 12), than.i)):
                    continue  # the lesser side of a comparison: "BERT's more for understanding text than writing essays"
                if any(c.lower_ in ("what", "which") and c.dep_ in ("dobj", "pobj", "attr") and c.i < a
                       for c in doc[b - 1].children):
                    continue  # it names what something means, and does not say it: 'What the "large" in LLM means'
                own_words = {w for el in pattern if el.alts for w in el.alts}  # the pattern's own words
                if any(doc[t.i - 1].lower_ in ("and", "or", "but") and t.lemma_.lower() in self.kb.cues.overclaim_output_verbs
                       and t.lower_ not in own_words and any(u.lower_ in ("like", "as", "way") for u in doc[t.i + 1:b])
                       for t in doc[a + 1:b - 1]):
                    continue  # a likeness after a second verb is that verb's: "understands the question and replies
                    # like a person would" (also with "replies" read as a noun)
                if not needs_neg and any((t.lower_.startswith("un") and t.pos_ in ("ADJ", "VERB") and len(t.text) > 4 and
                                          t.lower_ not in own_words) or
                                         t.lemma_.lower() in ("lack", "devoid", "detach", "divorce")
                                         for t in doc[a + 1:b - 1]):
                    continue  # a denial between the words: "completely ungrounded in factual reality" (not a
                    # word the pattern names: "nothing unethical about it")
                if any(p.dep_ == "prep" and p.lower_ == "of" and p.head.lemma_.lower() in self.cues.attribution_nouns
                       for p in doc[a].ancestors if p.i < a):
                    continue  # a thing talked about: "the sci-fi image of a sentient machine", "the myth of an unbiased AI"
                if doc[b - 1].pos_ in ("NOUN", "PROPN") and doc[b - 1].tag_ != "NNS" and \
                        any(c.dep_ == "poss" and c.i < b - 1 and c.pos_ == "PROPN" and not (
                            concept_id(c) and self.kb.concepts[concept_id(c)].kind == "org") for c in doc[b - 1].children):
                    continue  # someone's goal, not a property: "Midjourney's Objective" (but a maker's
                    # possessive says who made it: "BERT is Google's essay generator")
                first, last = pattern[0].alts, pattern[-1].alts
                if first and last and any(x[:1] == "@" for x in first) and any(x[:1] == "@" for x in last) and \
                        concepts[a] and concepts[b - 1] and covered(self.kb, concepts[a], tuple(
                            i for x in last if x[:1] == "@" for i in x[1:].split("|"))):
                    continue  # two ends of "GenAI is just LLMs" met by one concept ("LLMs are just one thing ... they")
                if any(doc[k].tag_ in ("JJR", "RBR") and doc[k].lower_ not in ("more", "less") and doc[k].lower_ not in own_words or
                       _graded(doc[k], self.kb.cues.overclaim_hedges if d.hedged else frozenset())
                       for k in range(a, b)):
                    continue  # a comparison ("easier to train than ...", "more helpful, harmless and honest") is not an absolute claim
                    # (unless the pattern names it: "understands it better than I do")
                # (what a clause announces after its colon is its own: 'what the "large" in LLM refers
                # to: parameter counts')
                colon = next((t.i for t in doc[b:b + 3] if t.text == ":"), None)
                if unless is not None and unless.search(masked if colon is not None else _own_clause_text(doc, a, masked)):
                    break  # an exception in the statement's own clause ("not always", "multimodal")
                if exceptions is not None and _BACK_CLEFT.search(doc_text(doc)[:doc[a].idx]) and exceptions.search(
                        masked + " " + (doc.user_data.get("cc_prev") or "").lower()):
                    break  # "that is what" points back at the clause or sentence before, where the exception is:
                    # "... tens of billions of parameters. That is what the 'large' in LLM refers to'
                # (a statement does not start with its own subject: in "Teams that never check
                # outputs get wrong answers" the noun "outputs" is not the verb "output")
                own = pattern[0].alts is not None and any(x.startswith("@") for x in pattern[0].alts)
                linked = [(t, c) for t, c in subjects if (t.i != a or a == 0 or own or t.pos_ not in ("NOUN", "PROPN")
                                                          or t.lower_ in self.kb.cues.overclaim_limitations)
                          and _linked(doc, a, b, t, self.kb.cues.overclaim_object_verbs, self.r.output_nouns)
                          # (an AI noun as the object of what something else does: "This
                          # characteristic presupposes a sentient system")
                          and not (t.i in ai_nouns and t.dep_ == "dobj" and t.lemma_.lower() not in self.r.output_nouns and
                                   t.head.lemma_.lower() not in self.kb.cues.overclaim_object_verbs and any(
                              k.dep_ in ("nsubj", "nsubjpass") and k.i not in mentioned and k.pos_ != "PRON"
                              for k in t.head.children))]
                if not linked:
                    continue  # the statement is about something else ("To understand ChatGPT, we ...")
                # the nearest subject, a name before a pronoun that stands for it
                subj_tok, subj = min(linked, key=lambda tc: (tc[0].pos_ == "PRON" and any(
                    t.i != tc[0].i and c == tc[1] for t, c in linked), abs(tc[0].i - a)))
                if subj_tok.lower_ in ("they", "them", "these", "those") and any(
                        concept_id(t) == subj and any(self.is_thing(concept_id(k)) and not covered(self.kb, concept_id(k), d.subjects)
                                                      for k in t.conjuncts)
                        for t in doc[:subj_tok.i]):
                    continue  # "BERT, GPT and T5 ...; they use encoder, decoder, or both": said of the group, not of one
                negation = self._property_negation(doc, a, b, subj_tok, needs_neg, d.purpose)
                if negation is None or negation != needs_neg:
                    continue
                verb = doc[a] if doc[a].pos_ in ("VERB", "AUX") else doc[a].head
                if needs_neg and any(c.dep_ == "neg" and c.lower_ in ("not", "n't") for c in verb.children) and (
                        verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)):
                    continue  # one past occasion denied, not a general claim: "Presser wasn't wrong", "Gemini
                    # did not do a good job with historical images"
                claims.append(_property_claim(doc, fact, subj, subj_tok, a, b, doc[a:b].text))
                break
        return claims

    def _ai_subjects(self, doc: Doc, toks: list[Token], concepts: list, named: bool) -> list[tuple[Token, str]]:
        """The AI subject slot of an overclaim in a document about AI, where no tracked concept
        fills it: an AI noun ("our assistant", "answers"), an unknown product name as a clause
        subject, or, in a heading or list item with no subject at all, the thing the page is
        about ("- Understands your customers like a human would")."""
        nouns = self.kb.cues.overclaim_subjects
        ai = self.kb.cues.overclaim_subject
        if not ai:
            return []  # (a fact pack without an AI-subject concept reads tracked names only)
        out = [(t, ai) for t, c in zip(toks, concepts) if c is None and (
            (t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in nouns) or
            (t.dep_ in ("csubj", "nsubj") and t.tag_ == "VBG" and t.lower_ in nouns) or  # "Grounding guarantees ..."
            # (a name the tagger took for an adjective: "Sunny truly understands what you mean")
            (t.dep_ in ("nsubj", "nsubjpass") and len(t.text) > 1 and (t.pos_ == "PROPN" or (
                t.pos_ == "ADJ" and t.text[:1].isupper() and t.text[1:].islower())) and not (
                # (a word after "the" in a title is a common noun: "The Numbers Don't Lie")
                any(d.dep_ == "det" for d in t.children) and _title_cased(doc))))]  # not "T = 1"
        # "AI art", "AI-written images", "restaurant picks from an AI": an output the field's word
        # names as its maker (an output noun of relations.yaml; not "AI researchers")
        fields = lambda k: concept_id(k) is not None and (self.kb.concepts[concept_id(k)].umbrella or  # noqa: E731
                                                          self.kb.concepts[concept_id(k)].kind == "field")
        made_by_field = lambda k: k.tag_ == "VBN" and any(  # noqa: E731  ("AI-made", "AI-generated")
            g.dep_ in ("npadvmod", "compound") and fields(g) for g in k.children)
        out += [(t, ai) for t, c in zip(toks, concepts) if c is None and t.pos_ in ("NOUN", "PROPN") and
                t.lemma_.lower() in self.r.output_nouns and (
            # (also through the phrase's other modifiers: "AI garden pictures", "AI-made pictures")
            any(fields(k) or made_by_field(k) for k in _premodifiers(t)) or
            any(p.dep_ == "prep" and p.lower_ in ("from", "by") and any(fields(o) for o in p.children if o.dep_ == "pobj")
                for p in t.children))]
        # "an AI grader", "AI screening", "AI-written patch notes": a subject the field's word makes
        # an AI's (not a person's or a matter's: "AI researchers", "AI policy")
        out += [(t, ai) for t, c in zip(toks, concepts) if c is None and t.pos_ in ("NOUN", "PROPN") and
                t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() not in self.kb.cues.overclaim_people and any(
                    (k.head == t and fields(k)) or made_by_field(k)  # (through a compound: "AI-generated form guides")
                    for k in _premodifiers(t))]
        # "InkPilot's copy is 100% accurate": a subject owned by a name; "our AI", "its AI", "the
        # AI", "InkWell's AI": the field's word for one product's AI
        out += [(t, ai) for t, c in zip(toks, concepts) if t.dep_ in ("nsubj", "nsubjpass") and (
            (c is None and any(p.dep_ == "poss" and p.pos_ == "PROPN" and len(p.text) > 1 and not concept_id(p)
                               for p in t.children)) or
            (c is not None and self.kb.concepts[c].umbrella and (
             any((p.dep_ == "poss" and (p.lower_ in ("our", "your", "its", "their") or
                                        (p.pos_ == "PROPN" and len(p.text) > 1 and not concept_id(p)))) or
                 (p.dep_ == "det" and p.lower_ in ("the", "this")) for p in t.children) or
             # (and the field's bare acronym, as people use it for the tools: "AI is totally neutral")
             (t.text.isupper() and not any(p.dep_ in ("compound", "amod", "nmod", "det", "poss") for p in t.children)))))]
        # "Because Pip is a machine, its advice is free from bias": what "its" owner makes, as the
        # subject of its clause (an output noun of relations.yaml)
        out += [(t, ai) for t, c in zip(toks, concepts) if c is None and t.dep_ in ("nsubj", "nsubjpass") and
                t.lemma_.lower() in self.r.output_nouns and any(p.dep_ == "poss" and p.lower_ == "its" for p in t.children)]
        # "Whatever it writes is guaranteed accurate", "every fact it gives you is correct": what an
        # AI subject says or makes, as the subject of its clause (cues.yaml overclaims.output_verbs)
        pointing = bool(doc.user_data.get("cc_recent_ai") or doc.user_data.get("cc_after_name") or
                        doc.user_data.get("cc_after_name_across"))
        made = lambda v: v.lemma_.lower() in self.kb.cues.overclaim_output_verbs and any(  # noqa: E731
            k.dep_ == "nsubj" and (self.is_thing(concepts[k.i]) or (k.lower_ in ("it", "they") and pointing) or
                                   (k.pos_ in ("NOUN", "PROPN") and k.lemma_.lower() in nouns))
            for k in v.children)
        out += [(t, ai) for t, c in zip(toks, concepts) if c is None and (
            (t.dep_ in ("nsubj", "nsubjpass") and any(r.dep_ == "relcl" and made(r) for r in t.children)) or
            (t.dep_ in ("csubj", "csubjpass") and made(t)))]
        # "Training one is cheap these days", "it costs next to nothing to build one of these
        # models": what a gerund or an infinitive of making or running (cues.yaml
        # overclaims.object_verbs) does to a model, named by a pronoun or a model's noun
        out += [(t, ai) for t, c in zip(toks, concepts) if c is None and t.dep_ == "dobj" and
                t.head.lemma_.lower() in self.kb.cues.overclaim_object_verbs and t.head.pos_ == "VERB" and
                (t.head.tag_ == "VBG" or any(k.dep_ == "aux" and k.lower_ == "to" for k in t.head.children)) and
                (t.lower_ in ("one", "ones", "it", "them") or t.lemma_.lower() in nouns or (
                    t.lemma_.lower() == "thing" and any(k.lower_ in ("these", "those") for k in t.children))) and
                not any(k.dep_ == "poss" for k in t.children)]
        # "hallucinations are eliminated", "# Zero hallucinations": the limitation as the subject
        # of its clause, or of a line with no verb
        out += [(t, ai) for t, c in zip(toks, concepts) if c is None and t.lower_ in self.kb.cues.overclaim_limitations
                and (t.dep_ in ("nsubj", "nsubjpass") or (t.dep_ == "ROOT" and (self.verbless(doc) or (
                    # (or a verbless label before a colon: "Zero hallucinations: every figure is ...")
                    t.i + 1 < len(doc) and doc[t.i + 1].text == ":" and not any(k.pos_ in ("VERB", "AUX") for k in doc[:t.i])))))]
        # "Because your generator only makes product shots, it carries no risk": a pronoun
        # subject after an AI subject or a tracked mention in the same sentence
        firsts = [t.i for t, _ in out if t.dep_ in ("nsubj", "nsubjpass")] + \
                 [t.i for t, c in zip(toks, concepts) if c and t.dep_ in ("nsubj", "nsubjpass")] + \
                 [k.i for t, _ in out if t.dep_ == "attr" and t.head.lemma_ == "be" for k in t.head.children
                  if k.dep_ == "nsubj" and k.lower_ in ("it", "they")] + \
                 [t.i for t, _ in out if t.dep_ == "pobj" and t.head.lower_ == "about"]
        # ("It's a machine, so it's completely neutral"; "the nice thing about AI screening is that it's ...")
        # (not a dummy "it" before an infinitive: "it takes no energy to maintain an image")
        # (also "them" as what is treated or seen so: "the answers come from a machine, so treat them as neutral")
        out += [(t, ai) for t in toks if ((t.lower_ in ("it", "they") and t.dep_ in ("nsubj", "nsubjpass")) or (
                    t.lower_ == "them" and t.dep_ == "dobj" and t.head.lemma_.lower() in FRAME_VERBS))
                and concepts[t.i] is None and firsts and min(firsts) < t.i and not _dummy_it(t)]
        # "Because she genuinely understands you, Penny can ...": the subject of a clause put
        # before the main one stands for the main clause's subject, named after it
        out += [(t, ai) for t in toks if t.lower_ in ("it", "they", "she") and t.dep_ in ("nsubj", "nsubjpass") and
                concepts[t.i] is None and t.head.dep_ == "advcl" and t.head.i < t.head.head.i and
                any(k.dep_ in ("nsubj", "nsubjpass") and k.i > t.head.i and k.i in firsts for k in t.head.head.children)]
        # "ChatPal runs on GPT-4. It never gets anything wrong.": the sentence before named a
        # product as its subject, and this one opens with "it" as its own subject
        if doc.user_data.get("cc_after_name") or doc.user_data.get("cc_after_name_across"):
            out += [(t, ai) for t in toks if (t.i < 3 or t.head.dep_ == "ROOT") and t.lower_ in ("it", "they")
                    and t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX") and concepts[t.i] is None
                    and not _dummy_it(t)]
        # "ChatGPT ... . Frankly, it never makes a mistake": a sentence that opens with "it" or
        # "they" as its subject (after words of manner or reply only), a few sentences after
        # one that named a tracked concept (not one its own verb calls something else: "It's a
        # common slip, and mostly harmless")
        if doc.user_data.get("cc_recent_ai"):
            # (it stands for the field, and for the product or kind named last, if it is a thing:
            # "ChatGPT ... . It learned mostly from photos" speaks of ChatGPT)
            recent = doc.user_data.get("cc_recent_concept")
            kinds = (ai,) + ((recent,) if recent in self.kb.concepts and recent != ai and self.is_thing(recent) and
                             not self.kb.concepts[recent].umbrella else ())
            # (and "these things" so: "Honestly, these things never get it wrong")
            # (and "the newer ones", "these big ones": "In fairness, the newer ones don't hallucinate any more")
            out += [(t, kind) for t in toks for kind in kinds if (t.lower_ in ("it", "they") or (
                        t.lower_ == "things" and t.i > 0 and doc[t.i - 1].lower_ in ("these", "those")) or (
                        t.lower_ == "ones" and t.left_edge.lower_ in ("the", "these", "those")))
                    and concepts[t.i] is None and not _dummy_it(t) and (
                        (t.dep_ in ("nsubj", "nsubjpass") and (self.opens_clause(t) if t.lower_ in ("it", "they") else (
                            self.opens_clause(t.left_edge) or self.opens_clause(t)))) or
                        # (or what a clause of "there is" is about: "there's no ethical problem with it at all")
                        (t.lower_ in ("it", "them", "this") and (w := _whole_of(t)).dep_ == "pobj" and
                         w.head.lower_ in ("with", "about", "in", "to") and
                         (there := _there_of(w)) is not None and self.opens_clause(there)))
                    and not any(c.dep_ == "attr" and c.pos_ == "NOUN" and concepts[c.i] is None and
                                c.lemma_.lower() not in self.kb.cues.overclaim_subjects for c in t.head.children)]
            # (and a clause of "there is" that opens the sentence and names nothing it is about:
            # "Honestly, there are no ethical risks to speak of", but not "there's no risk in the new bins")
            # (a phrase that opens the clause names no topic: "To my mind there are no ethical problems")
            theres = [t for t in toks if t.dep_ == "expl" and t.head.lemma_ == "be" and self.opens_clause(t) and not any(
                p.dep_ == "prep" and p.i > t.i and p.lower_ != "for" and
                any(o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") for o in p.children)
                for h in (t.head, *t.head.children) for p in h.children)]
            out += [(t, kind) for t in theres for kind in kinds]
        # (not an AI noun that people are hired or described to do something with: "specialists to
        # extract accurate outputs"; but "Our tool gives accurate answers" is the tool's)
        out = [(t, c) for t, c in out if not self._done_to_by_people(t, concepts)]
        if not out and not named and doc.user_data.get("cc_segment_kind") in ("heading", "list_item") and \
                not any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in toks) and \
                not any(t.dep_ == "ROOT" and t.tag_ == "VB" and not any(c.dep_ == "aux" for c in t.children) for t in toks):
            # (not an instruction to the reader: "- Always check facts against a reliable source")
            out = [(doc[0], ai)]
        return out

    def _done_to_by_people(self, t: Token, concepts: list) -> bool:
        """Is this noun the object of an infinitive that describes a noun naming no AI, the
        infinitive's doer ("they needed specialists to extract accurate outputs")?"""
        verb = t.head
        if t.dep_ != "dobj" or verb.dep_ not in ("relcl", "acl", "xcomp", "advcl") or \
                any(c.dep_ == "nsubj" for c in verb.children) or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return False
        # (the noun it describes, or the object of the verb it completes: "hired editors to produce")
        doer = verb.head if verb.dep_ in ("relcl", "acl") else next((c for c in verb.head.children if c.dep_ == "dobj"), None)
        if doer is None:
            return False
        return doer.pos_ == "NOUN" and concepts[doer.i] is None and self.concept(doer) is None and \
            doer.lemma_.lower() not in self.kb.cues.overclaim_subjects

    def statement_words(self) -> frozenset[str]:
        """Words one of which every detect pattern needs (the words its index is keyed on)."""
        self._viable_patterns(set())
        return frozenset(self._pattern_index[0])

    def _viable_patterns(self, words: set[str]) -> set[int]:
        """The ids of the detect patterns whose required words are all in the sentence, found
        through an index on one required slot of each pattern, its narrowest without a common
        word (built once): a sentence with none of the indexed words costs a few lookups."""
        index = getattr(self, "_pattern_index", None)
        if index is None:
            common = {"is", "are", "'s", "as", "by", "a", "an", "the", "of", "to", "in", "on", "be", "was", "were",
                      "do", "does", "any", "all", "it", "and", "or", "with", "for", "no", "not", "n't", "after"}
            index, always = {}, []
            for _, _, compiled in self._detectors():
                for pattern, required, _ in compiled:
                    if not required:
                        always.append((id(pattern), required))
                        continue
                    for w in min(required, key=lambda alts: (bool(alts & common), len(alts))):
                        index.setdefault(w, []).append((id(pattern), required))
            index = self._pattern_index = (index, always)
        by_word, always = index
        viable = {pid for pid, _ in always}
        for w in words:
            for pid, required in by_word.get(w, ()):
                if pid not in viable and all(alts & words for alts in required):
                    viable.add(pid)
        return viable

    def _detectors(self) -> list:
        """Per fact with `detect`: the compiled `unless` regex and, per pattern, the word sets
        of its required slots (a cheap pre-check before matching). Built once."""
        cached = getattr(self, "_detector_cache", None)
        if cached is None:
            cached = []
            for fact in self.kb.facts:
                d = fact.detect
                if d is None:
                    continue
                unless = re.compile("|".join(r"(?<![\w])" + re.escape(u) + r"(?![\w])" for u in d.unless)) \
                    if d.unless else None
                compiled = []
                for pattern, needs_neg in zip(d.patterns, d.negated or (False,) * len(d.patterns)):
                    required = [frozenset(a for a in slot.alts) for slot in pattern
                                if slot.alts is not None and not slot.optional and not any(a.startswith("@") for a in slot.alts)]
                    compiled.append((pattern, required, needs_neg))
                cached.append((fact, unless, compiled))
            self._detector_cache = cached
        return cached

    def _property_negation(self, doc: Doc, a: int, b: int, subj: Token, needs_neg: bool = False,
                           purpose: bool = False) -> bool | None:
        """Whether a matched span is negated (clause negation, "no LLM"; for a NEG: pattern also a
        negation inside the span, like "no special hardware"), or None when the clause is
        questioned, reported, conditional or only about some."""
        inside = set() if needs_neg else set(range(a, b))
        tag = doc.user_data.get("cc_tag", False)
        if tag is False:  # computed once per sentence
            tag = doc.user_data["cc_tag"] = self.question_tag(doc)
        if tag is not None and tag >= b:
            inside |= set(range(tag, len(doc)))  # a tag's negation asks to agree: "It only does text, doesn't it."
        if needs_neg and doc[a].dep_ == "amod" and doc[a].head == subj:
            # an attributive "wrong answers" is negated on its noun ("no wrong answers"), not by
            # a verb above it ("Those that don't get wrong answers")
            if not any(c.dep_ == "det" and c.lower_ in ("no", "zero") for c in subj.children):
                return False
        up = [doc[a], *doc[a].ancestors]
        # (a participle that modifies a noun is no clause of its own: "not a storytelling model")
        head = next((h for h in up if h.pos_ in ("VERB", "AUX") and not (
            h.tag_ == "VBG" and h.dep_ in ("amod", "compound", "nmod"))), None)
        if head is not None and doc[a].dep_ == "dobj" and doc[a].head == head:
            # a reported subject the parser took for the reporting verb's object: "he told you LLMs
            # came first" (the statement's verb is the clause beside it)
            head = next((t for t in doc[a + 1:b] if t.dep_ == "ccomp" and t.head == head), head)
            up = [doc[a], *head.ancestors] if head != doc[a].head else up
        if any(h.lower_ == "as" and h.dep_ == "prep" and h.head == head and head is not None and
               head.lemma_.lower() in self.cues.attribution_verbs and not any(c.dep_ == "auxpass" for c in head.children)
               for h in up):
            return None  # what someone presents something as: "ChatGPT asserted false assumptions as 100% accurate"
        if head is None:
            # a verbless fragment: only a negation on the statement's own noun phrase counts
            # ("no wrong answers"), not one on another fragment ("Not a typo — a wrong answer")
            head = next((h for h in up if h.pos_ in ("NOUN", "PROPN")), up[-1])
        negated = False
        chain = [head]
        for h in head.ancestors:
            if chain[-1].dep_ not in ("xcomp", "acomp"):
                break
            chain.append(h)  # "will never be able to work with images"
        if needs_neg and any(subj.dep_ == "dobj" and subj.head == h and any(c.dep_ == "neg" for c in h.children) and
                             not any(c.dep_ == "aux" and c.lemma_.lower() in ("can", "could") for c in h.children)
                             for h in chain[1:]):
            return None  # a rule about using it, not what it can do: "Do not use generative AI to create
            # images of staff", "we will never use it to make voices" (but "you can't use it to make video")
        for t in chain + [c for h in chain for c in h.children if c.dep_ in ("aux", "auxpass")]:
            for c in t.children:
                # ("did not merely invent the citations": it did, and more)
                if c.dep_ == "neg" and c.i not in inside and not denies_elided(c, t) and not any(
                        # (not across a semicolon, which ends the clause it denies: "it might not; these tools can make things up")
                        doc[k].text == ";" for k in range(min(c.i, head.i), max(c.i, head.i))) and not (needs_neg and c.i + 1 < len(doc) and
                                                                  doc[c.i + 1].lower_ in ("merely", "just", "only", "simply")) \
                        and not (c.i >= b and doc[c.i - 1].text in (",", "—", "–") and (
                                 _DENIED_ALTERNATIVE.match(doc_text(doc), doc[c.i - 1].idx + 1) or c.lower_ == "never")) \
                        and not (c.i == 0 and len(doc) > 1 and doc[1].text in ("—", "–", "-", ":", ";")):
                    # (nor a reply before a dash, which answers the question above: "Never – Ava has zero
                    # hallucinations")
                    # (not an alternative denied after the statement: "trained on a small collection of
                    # dictionaries, not on general writing")
                    negated = True
        if any(c.lower_ == "nor" and c.i < head.i for c in head.children):
            negated = True  # an inverted "Nor are these tools infallible"
        if not needs_neg and doc[a].pos_ == "ADJ" and any(c.dep_ == "neg" and c.i < a for c in doc[a].children):
            negated = True  # an adjective denied on its own: "The summaries are good but not flawless", "It is
            # not correct every single time" (the parser's "not" on the adjective, not the verb)
        if doc[b - 1].dep_ in ("attr", "appos") and any(c.dep_ == "det" and c.lower_ == "no" and c.i not in inside
                                                        for c in doc[b - 1].children):
            negated = True  # what it is called, denied on the noun: "BERT is no storytelling engine"
        if head.dep_ == "conj" and head.tag_ == "VB" and head.head.tag_ == "VB" and \
                any(c.dep_ == "neg" for c in head.head.children) and any(c.lower_ == "do" for c in head.head.children):
            negated = True  # an instruction's "don't" covers the verb joined to it: "don't ask it and treat the answer as gospel"
        if head.dep_ == "ccomp" and head.head.lemma_.lower() in self.cues.overclaim_assurance_verbs and any(
                c.dep_ == "neg" for c in head.head.children):
            negated = not negated  # vouched for by a denied verb: "They do not guarantee that every answer is correct"
        if any(c.dep_ == "advmod" and c.lower_ == "longer" and any(d.lower_ == "no" for d in c.children) and c.i not in inside
               for h in chain for c in h.children):
            negated = True  # "no longer makes mistakes"
        cop = head.head if head.dep_ in ("xcomp", "attr", "ccomp", "acomp") and head.head.lemma_ == "be" else \
            head if head.lemma_ == "be" and doc[a].dep_ in ("attr", "acomp") and doc[a].head == head else None
        if cop is not None and any(
                c.dep_ == "csubj" and any(w.lower_ == "what" for w in c.subtree) and any(n.dep_ == "neg" for n in c.children)
                for c in cop.children):
            negated = not negated  # a pseudo-cleft denies it: "What they don't do is understand the way you or I do",
            # "What an LLM doesn't have is understanding in the way you or I do"
        if head.tag_ == "VBG" and head.dep_ in ("pcomp", "pobj") and head.head.lower_ in ("about", "on", "regarding") and \
                head.head.head.pos_ in ("NOUN", "PROPN"):
            return None  # a topic, not a claim: "an update about eliminating political bias in Claude"
        if head.tag_ == "VBG" and head.dep_ in ("pcomp", "pobj"):
            # a gerund under a preposition takes its governor's negation: "that is not the same
            # as understanding it", "this isn't about truly understanding language"
            gov = next((h for h in head.ancestors if h.pos_ in ("VERB", "AUX")), None)
            if gov is not None and any(c.dep_ == "neg" for c in gov.children):
                negated = True
        # (also across a preposition the contrast repeats: "built for understanding rather than for writing essays")
        k = a - 1 if a > 2 and doc[a - 1].pos_ == "ADP" and doc[a - 1].lower_ not in ("than", "of") and \
            doc[a - 3].lower_ + " " + doc[a - 2].lower_ in ("rather than", "instead of") else a
        if k > 1 and (doc[a - 1].lower_ in ("not", "never") and doc[a - 2].text in (",", "—", "–", ";")
                      or doc[k - 2].lower_ + " " + doc[k - 1].lower_ in ("rather than", "instead of")):
            if needs_neg and doc[k - 1].lower_ in ("than", "of"):
                return None  # "it says so rather than making something up": a preference, not "it never does"
            negated = not negated  # "..., not genuine understanding", "rather than true understanding": the contrast denies it
        colon = next((k for k in range(a - 1, 1, -1) if doc[k].text == ":"), None)
        if colon is not None and doc[colon - 1].pos_ == "ADP" and doc[colon - 2].lower_ in self.cues.poor_at:
            negated = not negated  # "Things LLMs are bad at: being reliably right"
        # "..., not at writing long text", "bad at writing essays", "bad at open-ended generation"
        obj = next((t for t in (doc[a], doc[a].head) if t.dep_ in ("pcomp", "pobj") and t.head.pos_ == "ADP"), None)
        if obj is not None and ((obj.head.i > 0 and doc[obj.head.i - 1].lower_ in ("not", "never")) or any(
                # ("no good for writing essays", "no use for drafting letters")
                c.dep_ == "det" and c.lower_ == "no" and obj.head.head.pos_ != "VERB" for c in obj.head.head.children) or (
                obj.head.lower_ == "at" and (
                doc[obj.head.i - 1].lower_ in self.cues.poor_at or obj.head.head.lemma_.lower() in self.cues.poor_at))):
            negated = not negated
        # the first of its conjuncts ("neither X nor Y": Y's first conjunct is X)
        first = next((t for t in (doc[a], *doc[a].ancestors) if not (t.dep_ == "conj" and t.head.i < t.i)), doc[a])
        if any(c.lower_ == "neither" and c.dep_ != "neg" for c in first.children) or (
                first.i > 0 and doc[first.i - 1].lower_ == "neither" and doc[first.i - 1].dep_ != "neg"):
            negated = not negated  # "are neither sorcery nor sentient": both denied
        if needs_neg and any(doc[k].lower_ in ("no", "zero") and doc[k].dep_ == "det" for k in range(a, b)):
            negated = not negated
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("nothing", "nobody", "none", "neither")
               for t in chain for c in t.children):
            negated = not negated  # "Nothing these tools output is neutral"
        q = self.quantifier(subj)
        if q in (Quantifier.NOT_ALL, Quantifier.SOME):
            return None
        if q is Quantifier.NONE:
            negated = not negated
        path = self.clause_chain(head)
        infinitive = [h for h in path if any(c.dep_ == "aux" and c.lower_ == "to" for c in h.children)]
        if any((h.dep_ in ("xcomp", "advcl", "acl", "relcl", "ccomp") and ((h.dep_ == "advcl" and h.i < h.head.i) or any(
                a.lemma_.lower() in ("train", "tune", "build", "teach", "design", "learn", "enable", "empower") and
                # (what a model is designed to do is its design, for a fact about what it is for)
                not (purpose and a.lemma_.lower() in self.cues.purpose_verbs and a.tag_ == "VBN")
                for a in h.ancestors))) or h.dep_ == "ROOT"
               for h in infinitive):
            # (an infinitive as the line's only verb names an aim: "Anthropic's method for training
            # Claude to be helpful, harmless, and honest")
            # a training goal ("Claude is trained to be calibrated", "systems trained on text to
            # understand language like a human would") or a purpose ("To understand how LLMs
            # work, you need ..."): what someone aims at, not what the model does
            return None
        # (a reason with its own subject is not the goal: "teams try BERT, since it can churn out posts")
        cut = next((k for k, h in enumerate(path) if h.dep_ == "advcl" and any(c.dep_ in _SUBJECTS for c in h.children)), None)
        goal_path = path if cut is None else path[:cut + 1]
        if any(h.lemma_.lower() in self.cues.aspiration and not (purpose and h.lemma_.lower() in self.cues.purpose_verbs)
               for h in goal_path) or any(
                h.lemma_.lower() in self.cues.aspiration and h.pos_ == "NOUN"
                for h in up[1:next((k for k, u in enumerate(up) if u.pos_ in ("VERB", "AUX")), len(up))]) or any(
                c.dep_ == "aux" and c.lower_ in self.cues.aspiration for h in chain for c in h.children) or any(
                c.dep_ in _SUBJECTS and c.lemma_.lower() in self.cues.aspiration and c.tag_ != "NNS" and h.lemma_ == "be"
                for h in goal_path for c in h.children):
            return None  # a goal or an obligation: "we aim for unbiased answers", "it should be neutral",
            # "Our goal was to find an AI that doesn't give wrong answers"
        if any(c.dep_ == "advmod" and c.lower_ == "as" for c in doc[a].children):
            return None  # an equative compares, it asserts no absolute: "only as unbiased as the data they learn from"
        if head.i != a and self._quoted(doc[a], doc) and self._quoted(doc[b - 1], doc) and \
                not any(t.text in ('"', "“", "”") for t in doc[a:b]):
            return None  # the statement itself is quoted from someone: 'the deck promises "zero hallucinations"'
        if any(h.dep_ == "prep" and h.lower_ == "into" and any(  # (the parser may hang "into" on a nearer verb)
                t.pos_ == "VERB" and t.lemma_.lower() in self.cues.remaking_verbs and
                # (what is turned is a model, not content: "turns your announcements into summaries that are objective")
                any(o.dep_ == "dobj" and (concept_id(o) or o.lemma_.lower() in self.cues.remaking_models)
                    for o in t.children)
                for t in doc[max(0, h.i - 12):h.i]) for h in up):
            return None  # what a process makes of a model: "RLHF turns a raw model into a helpful, harmless assistant"
        if _judged_false(doc, b, self.cues.attribution_refuting):
            return None  # a quoted claim the sentence then judges: '"LLMs can never see images" is no longer true'
        if _quoted_subject(doc, a, b):
            return None  # the quoted words are what the sentence talks about: 'so "completely objective" is a sales line'
        if any(any(c.dep_ == "mark" and c.lower_ == "because" and c.i > 0 and
                   doc[c.i - 1].lower_ in ("not", "never") for c in h.children) for h in path):
            return None  # a reason denied: "not because language models can't handle images at all, but ..."
        if head.i < a and head.lemma_.lower() in self.cues.attribution_claiming and not any(
                doc[k].pos_ in ("AUX", "VERB") for k in range(a, b)) and any(
                doc[k].dep_ == "dobj" and doc[k].head == head for k in range(a, b)) and (any(
                c.dep_ == "nsubj" and c != subj and c.lower_ not in ("we", "i") and not any(d.lower_ in ("our", "my") for d in c.children)
                for c in head.children) or (head.tag_ in ("VBG", "VBN") and not any(c.dep_ in ("aux", "auxpass") for c in head.children))):
            return None  # what someone else claims or promises: "a vendor that claims zero hallucinations"
            # (but what the AI subject itself promises is said of it: "ChatGPT guarantees zero hallucinations";
            # not a kind of tool picked out by its promise: "wary of any app promising zero hallucinations")
        if head.i < a and head.lemma_.lower() in self.cues.attribution_verbs and \
                any(doc[k].pos_ in ("AUX", "VERB") for k in range(a, b)) and \
                not any(doc[k].text in (";", ":") for k in range(head.i, b)) and \
                not (head.lemma_.lower() in self.cues.attribution_own_view and self._own_view(head)):
            return None  # a clause said by someone, parsed as the object of their verb: "my uncle keeps
            # telling me generative AI is just a fancy word for LLMs"
        mod = self.clause_modality(head, doc)
        if mod is Modality.REFUTED and head.dep_ == "ccomp" and self.neg_raised(head.head):
            return not negated  # "I don't think generative AI poses any ethical risks": it poses none
        if mod is Modality.REFUTED:
            # "It's a myth that X": X is denied; a NEG: pattern's own negation scope is unclear there
            return None if needs_neg else not negated
        if mod not in (Modality.ASSERTED, Modality.HEDGED):
            return None
        return negated


_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "csubjpass")
# a count per unit of time: "a minute", "per second", "every day"
_RATE = re.compile(r"(?i)\s+(?:a|an|per|every|each)\s+(?:single\s+)?(?:second|minute|hour|day|week|month|year)\b")
# (nor a hedge: "they will always hallucinate, sometimes correctly" says nothing is always right)
_GAP_NEGATIONS = frozenset({"not", "n't", "never", "no", "nor", "hardly", "far", "sometimes", "occasionally", "rarely",
                            "seldom"})
# a pseudo-cleft whose subject points back: "that is what", "which is exactly what"
_BACK_CLEFT = re.compile(r"(?i)\b(?:that|this|which)\s*(?:is|'s|’s|was)\s+(?:exactly\s+|precisely\s+|just\s+)?what\s")



def _premodifiers(noun: Token) -> Iterator[Token]:
    """The modifiers before a noun and theirs, down a chain of compounds and adjectives ("AI" in
    "AI garden pictures")."""
    stack = [c for c in noun.children if c.i < noun.i and c.dep_ in _MODIFIERS]
    while stack:
        k = stack.pop()
        yield k
        stack += [c for c in k.children if c.i < k.i and c.dep_ in _MODIFIERS]


_MODIFIERS = ("compound", "amod", "nmod")
# an alternative the sentence denies, to the end of its phrase: "rather than just matching patterns"
# (also a contrast set off at the end: "trained on a small collection of dictionaries, not on general
# writing"; but not a hedge, which is the statement's own exception: ", not always")
_DENIED_ALTERNATIVE = re.compile(r"(\b(?:rather\s+than|instead\s+of)\b)[^,;:.!?()—–]*"
                                 r"|(?<=[,—–])(\s*not\b)(?!\s+(?:always|all|every|fully|completely|entirely|perfectly|totally|quite|"
                                 r"necessarily|100|wholly|truly|really|much|many|free|without|immune|only|just)\b)[^,;:.!?()—–]*"
                                 r"(?=[.!?]?\s*$|,\s*(?:which|so|and\s+that|because)\b)")

_NOTHING_ELSE = re.compile(r"\b(?:and|or|but)\s+(?:not\s+(?:much|a\s+lot|many|a\s+great\s+deal)\s+(?:else|more)|nothing\s+(?:else|more))\b")

_CONTRASTS = frozenset({"not", "n't", "rather", "instead", "but", "nothing"})
_POINTING = frozenset({"that", "this", "these", "those", "such", "which", "it"})


def _talked_about(t: Token, markers: frozenset[str]) -> bool:
    """Is this word talked about as a word: in quotes of its own ('the "large"', not 'a "large"
    language model'), after or before a marker noun ("the word large", "the large bit"), or
    placed in a name ("large in LLM")?"""
    doc = t.doc
    before = doc[t.i - 1] if t.i else None
    after = doc[t.i + 1] if t.i + 1 < len(doc) else None
    quotes = ('"', "“", "”", "'", "‘", "’", "*", "_")
    if before is not None and after is not None and before.text in quotes:
        if after.text in (",", ".") and t.i + 2 < len(doc) and doc[t.i + 2].text in quotes:
            return True  # (a comma inside the quotes: 'The word "large," he explained, refers to ...')
        if after.text in quotes:
            nxt = doc[t.i + 2] if t.i + 2 < len(doc) else None
            return nxt is None or nxt.pos_ not in ("NOUN", "PROPN") or nxt.lower_ in markers
    if before is not None and before.lower_ in markers:
        return True  # "the word large"
    if after is None or before is None or before.lower_ != "the":
        return False
    if after.lower_ in markers:
        return t.i + 2 >= len(doc) or doc[t.i + 2].lower_ != "of"  # "the large bit", not "the large part of the data"
    return after.lower_ == "in" and any(concept_id(k) or k.lower_ in markers for k in doc[t.i + 2:t.i + 6])  # "the large in LLM"


def _whole_of(t: Token) -> Token:
    """The quantifier a pronoun is counted from, or the pronoun: "any of it" -> "any"."""
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ in ("any", "all", "none", "each") and \
            t.head.head.dep_ == "pobj":
        return t.head.head
    return t


def _there_of(t: Token) -> Token | None:
    """The "there" of the existential clause a pronoun is the matter of ("there's no ethical
    problem with it"), with no noun before its verb; None when there is none."""
    verb = next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None)
    there = next((c for c in verb.children if c.dep_ == "expl"), None) if verb is not None else None
    if there is None:
        return None
    # (an opening phrase of the verb's own may have nouns: "To my mind there's no ethical problem with it")
    opening = SyntaxMixin.opening_words(verb, there.i)
    if any(n.pos_ in ("NOUN", "PROPN") and n.i not in opening for n in t.doc[:verb.i]):
        return None
    return there


def _dummy_it(t: Token) -> bool:
    """A dummy "it" before an infinitive: "it takes no energy to maintain an image", "it's not
    wrong to use GenAI to correct typos"."""
    return t.lower_ == "it" and t.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ in ("xcomp", "ccomp", "advcl") and c.i > t.head.i and
                                    any(k.dep_ == "aux" and k.lower_ == "to" for k in c.children)
                                    for h in (t.head, *(c for c in t.head.children if c.dep_ == "acomp")) for c in h.children)


def _quoted_subject(doc: Doc, a: int, b: int) -> bool:
    """Are tokens ``a`` to ``b`` all a quotation's words, with a form of "be" right after it and
    no verb right before it, so the quotation is its clause's subject ('"completely objective" is
    a sales line', 'and "always accurate" was the tagline')?"""
    quotes = ('"', "“", "”", "'", "‘", "’")
    # (the quotation's own degree words, outside the matched words: '"perfectly impartial" is pushing it')
    a -= next((k for k in range(min(a, 3)) if not (doc[a - 1 - k].dep_ == "advmod" and a <= doc[a - 1 - k].head.i < b)), min(a, 3))
    return 0 < a and b + 1 < len(doc) and doc[a - 1].text in quotes and doc[b].text in quotes and \
        doc[b + 1].lemma_ == "be" and not (a > 1 and doc[a - 2].pos_ in ("VERB", "AUX"))


def _judged_false(doc: Doc, b: int, refuting: frozenset[str]) -> bool:
    """Does a quotation close right after token ``b - 1`` and the sentence go on to call it false
    ('"X" is no longer true', '"X" is a myth', "'X' isn't accurate")?"""
    k = b
    while k < len(doc) and doc[k].text in (".", ",", "!", "?") and k < b + 2:
        k += 1
    if k >= len(doc) or doc[k].text not in ('"', "”", "'", "’"):
        return False
    words = [t.lower_ for t in doc[k + 1:k + 8] if not t.is_space][:5]  # (an entity's blanked padding is space)
    if not words or words[0] not in ("is", "was", "are", "were", "'s", "isn't", "wasn't", "aren't"):
        return False
    rest = words[1:]
    negated = words[0].endswith("n't") or bool(rest) and rest[0] in ("not", "n't", "never", "no")
    rest = [w for w in rest if w not in ("not", "n't", "never", "no", "longer", "simply", "just", "a", "an", "the", "plain")]
    return bool(rest) and (rest[0] in refuting or (negated and rest[0] in ("true", "right", "correct", "accurate", "so")))


def _property_claim(doc: Doc, fact, subject: str, subj_tok: Token, a: int, b: int, found: str) -> Claim:
    """A fact's property claim about ``subject`` (named by ``subj_tok``) stated by tokens a..b,
    its span from the subject to the statement's end, whichever comes first."""
    return Claim(
        relation="property", subject=subject, object=fact.id, start=min(subj_tok.idx, doc[a].idx),
        end=max(doc[b - 1].idx + len(doc[b - 1]), subj_tok.idx + len(subj_tok)),
        subject_text=subj_tok.text, object_text=found, sentence=doc_text(doc),
        detail=(("fact", fact.id), ("found", found), ("property", fact.covers[0].property)))


# how many a count word may stand for at most: "a few thousand" up to ten thousand, "tens of
# thousands" up to a hundred thousand
_COUNT_SCALES = {"hundred": 100, "hundreds": 1000, "thousand": 1000, "thousands": 1000, "dozen": 12, "dozens": 144,
                 "million": 10**6, "millions": 10**6, "billion": 10**9, "billions": 10**9, "trillion": 10**12}
_COUNT_FEW = {"few": 10, "several": 10, "couple": 3, "handful": 10, "tens": 100}
_COUNT_GLUE = {"a", "of", "about", "around", "roughly", "some", "just", "only", "maybe", "perhaps", "under", "fewer", "than", "less"}


def _count_before(unit: Token) -> int | None:
    """The most that the count before a noun may stand for ("a few thousand hand-picked
    documents", "a few thousand travel blogs": 10,000; "10,000 sentences"; "tens of thousands of pages": 100,000), past the
    noun's modifiers; None when no count comes before it."""
    doc = unit.doc
    k = unit.i - 1
    # (and a noun that names their kind: "a few thousand travel blogs")
    kinds = {c.i for c in unit.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.lower_ not in _COUNT_SCALES}
    while k >= 0 and k > unit.i - 6 and (doc[k].pos_ in ("ADJ", "ADV") and not doc[k].like_num and doc[k].lower_ not in _COUNT_FEW
                                        or doc[k].text in ("-", "‑") or doc[k].tag_ in ("VBN", "HYPH") or k in kinds):
        k -= 1
    part = k >= 1 and doc[k].tag_ in ("PRP$", "DT") and doc[k - 1].lower_ == "of"
    if part:
        k -= 2  # a part of a set: "three hundred of our old emails"
    value, scale, seen = None, 1, False
    while k >= 0:
        w = doc[k].lower_.replace(",", "")
        if w in _COUNT_SCALES:
            scale *= _COUNT_SCALES[w]
        elif w in _COUNT_FEW:
            value = _COUNT_FEW[w]
        elif w.isdigit():
            value = int(w)
        elif doc[k].like_num and spelled_number(w):
            value = spelled_number(w)
        elif w not in _COUNT_GLUE:
            break
        seen = seen or w in _COUNT_SCALES or w in _COUNT_FEW or w.isdigit() or doc[k].like_num
        k -= 1
    if not seen or (part and scale == 1 and not any(doc[j].like_num for j in range(k + 1, unit.i))):
        return None  # (a few of a set is no count of it: "half the internet, probably a few of my old blog posts")
    return (value or 1) * scale


def _verb_chain(tok: Token) -> list[Token]:
    """The verbs above a token, nearest first (itself, if a verb)."""
    return [t for t in (tok, *tok.ancestors) if t.pos_ in ("VERB", "AUX")]


def _one_clause(a: Token, b: Token) -> bool:
    """Are two tokens in one clause, or is one in a clause that completes the other's ("enough
    to train a model"), not in a clause with a subject of its own ("The library has a few
    thousand books, and ChatGPT was trained on far more")?"""
    for x, y in ((a, b), (b, a)):
        top, chain = _verb_chain(y), _verb_chain(x)
        if top and top[0] in chain:
            below = chain[:chain.index(top[0])]
            return not any(v.dep_ in ("conj", "advcl", "parataxis", "relcl") or v.dep_ == "ccomp" and
                           any(c.dep_ in _SUBJECTS for c in v.children) for v in below)
    return False


def _own_clause_text(doc: Doc, a: int, masked: str) -> str:
    """The masked sentence text with everything outside the clause of token ``a`` blanked:
    the clause is its verb's subtree without embedded clauses that have a subject of their
    own ("LLMs never err; the patterns are ..." keeps only the first clause)."""
    up = [doc[a], *doc[a].ancestors]
    head = next((h for h in up if h.pos_ in ("VERB", "AUX")), up[-1])
    inside = {t.i for t in head.subtree}
    if head.dep_ in ("ccomp", "csubj", "attr") and head.head.lemma_ == "be" and any(
            w.lower_ == "what" and w.i < a and (w.head == head.head or w.head.i in inside) for w in head.head.subtree):
        head = head.head  # a free relative equated with its value is one statement: 'Size is what the
        # "large" in LLM refers to', 'What the "large" means is the parameter count'
    # (also an instruction after it, which has no subject: "LLMs can never read images, so retype it as plain text")
    drop = {t.i for c in head.subtree if c.i != head.i and c.dep_ in ("advcl", "ccomp", "conj", "relcl", "parataxis")
            and c.i not in {u.i for u in up} and (any(k.dep_ in _SUBJECTS for k in c.children) or (
                c.i > head.i and c.tag_ == "VB" and not any(k.dep_ in ("aux", "auxpass") for k in c.children)))
            for t in c.subtree}
    keep = [t for t in head.subtree if t.i not in drop] + [t for t in up]
    chars = [" "] * len(masked)
    for t in keep:
        chars[t.idx:t.idx + len(t.text)] = masked[t.idx:t.idx + len(t.text)]
    return "".join(chars)


def _linked(doc: Doc, a: int, b: int, subj: Token, object_verbs: frozenset[str] = frozenset(),
            outputs: frozenset[str] = frozenset()) -> bool:
    """Is the candidate subject grammatically the subject of the matched statement? It is the
    subject of the statement's clause (or inside it: "the output of generative AI", "its
    answers"), or the noun the statement modifies ("Always accurate LLMs"). A clause with
    no subject of its own borrows the one it shares (xcomp, conj); a heading or list item
    with no subject at all speaks of the page's topic."""
    first = doc[a]
    last = doc[b - 1]
    if SyntaxMixin.full_stop_between(doc, subj.i, a):
        return False  # a full stop the splitter missed ("... of generative AI. image models, ...") parts them
    if subj.i < a and any(doc[k].text == ";" for k in range(subj.i + 1, a)) and any(
            c.dep_ in _SUBJECTS and c != subj for h in (first, *first.ancestors) if h.pos_ in ("VERB", "AUX")
            for c in h.children if c.i > subj.i):
        return False  # a clause after a semicolon with a subject of its own: "Exclude any product whose
        # vendor claims zero hallucinations; no LLM can guarantee accurate output"
    if last.dep_ in ("amod", "compound", "nmod") and last.head.pos_ in ("NOUN", "PROPN") and last.head.i > last.i and \
            (last.head != subj or (subj.dep_ == "pobj" and subj.head.i < subj.head.head.i)) and \
            (last.head.dep_ not in ("dobj", "attr", "oprd", "appos", "ROOT") or
             last.head.dep_ == "dobj" and outputs and last.head.lemma_.lower() not in outputs) and \
            all(doc[k].head == last or doc[k] == last for k in range(a, b)):
        # an adjective on a noun that is neither the subject nor what its clause makes or is:
        # "From harmless jokes to ...", "the sentient HAL 9000 computer in a novel", "refuses
        # perfectly harmless requests" (an object only when it is an output: "makes unbiased images");
        # nor on an AI noun in a phrase fronted before its verb ("From the sentient computer in a novel
        # to today's chatbots, ...")
        return False
    if last.dep_ == "amod" and last.head == subj and any(doc[k].is_punct for k in range(b, subj.i)):
        return False  # an adjective cut off from the noun by a comma: "you're totally right, multimodal models ..."
    if a <= subj.i < b and subj.dep_ in _SUBJECTS and a <= subj.head.i < b and \
            any(t.lower_ == "what" for t in doc[a:subj.i]):
        return True  # a pseudo-cleft the statement spans: "making images is what LLMs are for"
    up = [first, *first.ancestors]
    if up[-1].pos_ in ("NOUN", "PROPN") and any(c.dep_ in _SUBJECTS and (c == subj or subj in list(c.subtree))
                                                for c in up[-1].children):
        return True  # a clause whose verb the parser made a noun, with a subject all the same:
        # "Generative AI only deals in words", "Its answers are bang on every time"
    if up[-1].dep_ == "ROOT" and up[-1].tag_ == "NNS" and subj.head == up[-1] and subj.dep_ == "compound" and \
            subj.i == up[-1].i - 1:
        return True  # ... or a plural noun with the subject as its compound: "ChatGPT costs next to nothing"
    # (a participle that modifies a noun is no clause's verb: "principally image-making engines")
    verb = next((h for h in up if h.pos_ in ("VERB", "AUX") and h.dep_ not in ("amod", "compound")), None)
    if verb is not None and verb.dep_ == "relcl" and any(
            c.dep_ in _SUBJECTS and c.lower_ not in ("that", "which", "who") and c != subj and subj not in list(c.subtree) and
            not any(d.lower_ in ("whose", "its", "their") for d in c.children) for c in verb.children):
        return False  # what someone does to it in a relative clause is not said of it: "a setup that you actually understand"
    if verb is not None and verb.dep_ == "conj" and verb.head.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ in _SUBJECTS and c != subj and subj not in list(c.subtree) for c in verb.children):
        return False  # a clause with its own subject joined to a noun: "No image generators after 7pm (... and I still don't fully understand it)"
    if any(t == subj for t in up) and not (subj.dep_ == "attr" and subj.lemma_.lower() in CLASSIFIERS and any(
            t.dep_ == "relcl" and t.head == subj for t in up)) and \
            not any(t.pos_ in ("VERB", "AUX") and t.dep_ in ("conj", "ccomp", "advcl", "parataxis") and any(
                c.dep_ in ("nsubj", "nsubjpass") and c != subj and c.lower_ not in REL_PRONOUNS and c.pos_ != "PRON" and
                not (c.lemma_.lower() in POINTING_NOUNS and any(d.lower_ in ("these", "those") for d in c.children))  # ("these things")
                for c in t.children)
                    for t in up[:next(k for k, t in enumerate(up) if t == subj)]):
        # (not the kind a relative clause hangs on: "LLMs are a type of generative AI that ..."; nor a noun
        # above a clause with a subject of its own, where a misparse hung it: "... that the tool works with text only")
        return True
    head = verb
    if head is not None and any(doc[k].text == ";" for k in range(min(a, head.i), max(b, head.i))) and \
            not any(doc[k].text == ";" for k in range(min(subj.i, head.i), max(subj.i, head.i))):
        return False  # a fragment before a semicolon is not said of the next clause's subject:
        # "Encoder-decoder in the original; BERT kept the encoder"
    if head is not None and head.dep_ == "ROOT" and head.tag_ == "VB" and head.i == 0 and \
            head.lemma_.lower() in ("think", "imagine", "picture", "consider") and \
            not any(c.dep_ in _SUBJECTS for c in head.children):
        return False  # the reader told how to see it: "Think of a chatbot as a helper you message like a friend"
    if head is None or not any(c.dep_ in _SUBJECTS for c in head.children):
        # a noun phrase, or a clause without its own subject: what the statement modifies
        if any(doc[k].head == subj for k in range(a, b)):
            return True
    if head is None:
        return any(t == subj for t in doc[a:b])
    clause = head
    for _ in range(4):
        subjects = [c for c in clause.children if c.dep_ in _SUBJECTS]
        # (a gerund under a preposition borrows its clause's subject: "BERT is good at producing prose";
        # a clause with "there" has its own: "there's no ethical issue with X, they're just pictures")
        # (and a participle the parser cut from its copula at an aside: "LLMs are, at bottom, meant for ...")
        split = clause.dep_ == "advcl" and clause.tag_ == "VBN" and clause.head.lemma_ == "be" and not any(
            c.dep_ in ("attr", "acomp", "ccomp", "xcomp") for c in clause.head.children)
        if subjects or any(c.dep_ == "expl" for c in clause.children) or (
                clause.dep_ not in ("xcomp", "conj", "acomp", "ccomp", "relcl", "pcomp", "prep") and not split) or clause.head == clause:
            break
        if clause.dep_ == "relcl":
            # "a model that never errs", "an LLM-based tool that never errs" (not a noun inside
            # the relative clause itself: "Those that don't get wrong answers")
            return clause.head == subj or (subj.i < clause.i and subj in list(clause.head.subtree))
        clause = clause.head
    if subj.dep_ == "pobj" and subj.head.lower_ in ("with", "using", "via", "through") and \
            not any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children) and \
            (subj.head.head in (head, clause) or (subj.head.head.dep_ == "dobj" and subj.head.head.head == head)):
        return True  # the instrument does what the statement says: "Acme drafts its posts with BERT"
    if subj.dep_ == "pobj" and subj.head.lower_ in ("of", "from") and any(
            a.lemma_.lower() in ("come", "emerge", "spring", "result") and a == head for a in subj.head.ancestors):
        return True  # what comes out of it is its output: "Nothing unethical can come out of generative AI"
    if subj.dep_ == "dobj" and subj.head.lemma_.lower() in ("use", "employ", "ask", "prompt", "tell", "get") and \
            any(c == head for c in subj.head.children if c.dep_ in ("xcomp", "advcl", "ccomp")):
        return True  # "use BERT to write essays", "ask BERT to draft a newsletter"
    if subj.dep_ == "dobj" and subj.head.tag_ == "VBG" and subj.head.lemma_.lower() not in object_verbs and \
            any(u == subj.head for u in up):
        return False  # what a gerund does to it is not said of it: "the secret to truly understanding GPT"
    if not subjects:
        if subj.dep_ == "compound" and subj.head == clause and subj.i < clause.i and clause.pos_ == "VERB":
            return True  # a subject the parser hung on its verb as a compound: "A typical LLM learns from ..."
        if any(c.dep_ == "expl" for c in clause.children) or clause.tag_ == "VBG":
            # "There are no ethical concerns with generative AI"; an activity as the subject:
            # "Serving a chatbot at scale costs next to nothing" (parsed with no subject)
            return subj in list(clause.subtree)
        return clause.dep_ == "ROOT" and doc.user_data.get("cc_segment_kind") in ("heading", "list_item", "table_cell")
    # (the part of it counts: "you could train one of these language models on a laptop")
    whole = subj.head.head if subj.dep_ == "pobj" and subj.head.lower_ == "of" and subj.head.head.dep_ == "dobj" and \
        subj.head.head.lower_ in PART_WORDS else subj
    if whole.dep_ == "dobj" and whole.head == clause and clause.lemma_.lower() in object_verbs:
        return True  # "labs train their LLMs mainly on images": what is trained is the topic
    if subj.dep_ == "dobj" and concept_id(subj) is None and subj.head.lemma_.lower() in object_verbs and subjects and \
            all(_dummy_it(s) for s in subjects) and \
            subj.head.head == clause and any(k.dep_ == "aux" and k.lower_ == "to" for k in subj.head.children):
        return True  # what the infinitive after a dummy "it" makes: "it costs next to nothing to build one"
    if (subj.dep_ == "dobj" and subj.head.lemma_.lower() in ("make", "keep", "render", "leave") and
            any(t.head == subj.head and t.dep_ in ("ccomp", "oprd", "xcomp", "acomp") for t in up)) or \
            (subj.dep_ in _SUBJECTS and any(subj.head == t and t.pos_ == "ADJ" for t in up)):
        return True  # a small clause: "which makes its output fully objective"
    if subj.head == head and subj.dep_ in ("dobj", "attr", "oprd"):
        return False  # the statement's own object ("Those that don't get wrong answers")
    resolved, kinds = [], set()
    for s in subjects:
        if s.lower_ in ("that", "which", "who") and clause.dep_ == "relcl":
            # "BERT is a generative model that writes long articles": the relative clause
            # speaks of its noun, and a predicate noun of its clause's subject
            noun = clause.head
            resolved.append(noun)
            if noun.dep_ in ("attr", "appos"):
                resolved += [noun.head] + [c for c in noun.head.children if c.dep_ in _SUBJECTS]
                if noun.lemma_.lower() in CLASSIFIERS:
                    kinds |= {noun.i, noun.head.i}  # "LLMs are a type of generative AI that deal only with text": the
                    # clause speaks of the type, which is the subject, not of generative AI
        else:
            resolved.append(s)
    return any(s.i not in kinds and (subj == s or (subj in list(s.subtree) and not _in_own_clause(subj, s)))
               for s in resolved)


def _in_own_clause(tok: Token, top: Token) -> bool:
    """Is ``tok`` inside an aside of its own below ``top`` ("T, the distribution as the model
    produced it, is neutral": the model is not what is neutral)? A relative clause on the
    subject keeps it ("the descriptions it writes are accurate" speaks of its output)."""
    for a in tok.ancestors:
        if a == top:
            return False
        if a.pos_ in ("VERB", "AUX") and (a.dep_ != "relcl" or tok.dep_ not in _SUBJECTS) and \
                any(c.dep_ in _SUBJECTS for c in a.children):
            return True  # (a relative clause keeps only its own subject: "the descriptions it writes")
    return False


def _matches(pattern: tuple[Slot, ...], low: list[str], lemmas: list[str], concepts: list[str | None],
             kb: KnowledgeBase, negated: bool = False) -> Iterator[tuple[int, int]]:
    """Find ``pattern`` in the token list; yields (start, end) token indices, one per start. A slot matches a
    token's lowercase form or lemma, or (``@id``) a mention of that concept or a narrower one;
    a gap skips up to six tokens, and not across a negation unless the pattern states the
    overclaim negated (``negated``): "training an LLM is not cheap" does not match "training ... is ... cheap"."""
    n = len(low)
    stops = GAP_STOPS if negated else GAP_STOPS | _GAP_NEGATIONS

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
                if skip and (i + skip - 1 >= n or low[i + skip - 1] in stops):
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
            yield start, end


def _graded(tok: Token, hedges: frozenset[str] = frozenset()) -> bool:
    """An adjective raised or lowered by degree with no standard to compare with, on its own or
    through the first of its conjuncts: "more harmless", "more helpful, harmless, and honest
    outputs", "less biased" (but "barely more compute than a spreadsheet" still says how little);
    or one a hedging degree word (cues.yaml) makes a matter of degree: "mostly harmless"."""
    return tok.pos_ == "ADJ" and (not any(t.lower_ == "than" for t in tok.doc[tok.i:]) and any(
        c.dep_ == "advmod" and c.lower_ in ("more", "less")
        for x in (tok, *tok.conjuncts) if x.pos_ == "ADJ" for c in x.children) or any(
        c.dep_ == "advmod" and c.lower_ in hedges for c in tok.children) or (
        # (or the word right before it, which the parser may hang on the verb: "is mostly harmless")
        tok.i > 0 and tok.doc[tok.i - 1].lower_ in hedges and tok.doc[tok.i - 1].pos_ == "ADV"))


def _title_cased(doc: Doc) -> bool:
    """Is every word of three letters or more capitalised, as in a title ("The Numbers Don't Lie")?"""
    words = [t.text for t in doc if t.is_alpha and len(t.text) >= 3]
    return len(words) >= 2 and all(w[:1].isupper() for w in words)

"""Whether a clause is asserted, questioned, reported, refuted or conditional."""

from __future__ import annotations

import re
from itertools import islice

from spacy.tokens import Doc, Token

from checker.model import Modality
from checker.nlp.extensions import concept_id, doc_text
from checker.nlp.claims.rel import Rel
from checker.nlp.claims.syntax import clause_verb
from checker.nlp.claims.vocab import INTRODUCING_WORKS, _REFUTE


# verbs whose direct object is the reported claim: "some blogs call BERT a GAN"
NAMING_VERBS = {"call", "label", "dub", "describe", "market", "advertise", "pitch", "portray", "paint",
                "frame", "treat", "lump", "tout", "bill", "sell", "mistake", "confuse", "conflate", "promise"}
# those that name only with "as": "describe X as Y" (but "they describe the VAE" describes a thing)
AS_NAMING_VERBS = {"describe", "portray", "paint", "frame", "treat"}


# a name's fixed attachments, which a later denial of the sentence does not judge
_ATTACHED = frozenset({"poss", "compound", "appos", "nmod"})
# verbs by which someone denies what they report, so that agreeing with them is no endorsement
_DISAGREEING = frozenset({"disagree", "deny", "dispute", "reject", "debunk", "doubt", "refute", "contradict", "correct"})
# words by which a later clause points back at what was said: "both of those", "that"
_BACK_POINTERS = frozenset({"this", "that", "these", "those", "both", "all", "neither", "each", "either"})
# adverbs that make a passive naming verb a report of how people speak
_USAGE_ADVERBS = {"often", "sometimes", "commonly", "widely", "usually", "frequently", "occasionally",
                  "typically", "popularly", "loosely", "colloquially", "generally", "mistakenly", "wrongly"}


# "That's a myth.", "This sounds a bit far-fetched": a demonstrative, a verb of being or seeming,
# an optional denial (group 1) and up to four words that may call it false (group 2)
_JUDGED_NEXT = re.compile(r"(?i)^\W*(?:that|this)\s*(?:'s|’s|is|was|sounds|seems|looks)\s+(not\s+|n't\s+|never\s+)?"
                          r"((?:[\w-]+[\s,]+){0,4}?[\w-]+)\W*(?:,\s*(?:surely|right|though|really)\W*)?$")

# a reply that says no to the question before it
_NO_REPLY = re.compile(r"(?i)^\W*(?:no|nope|nah|wrong|false|not\s+(?:quite|really|so|exactly|at\s+all|true)|actually,?\s+no)\b")

# a true-or-false verdict right after a statement: " — **False**", "→ True", "(True)"
# the parts of a network that "write" or "check" in a description of how it works: no speakers
_MACHINE_PARTS = frozenset({"generator", "discriminator", "network", "net", "component", "half", "encoder", "decoder"})
# (also after an answer's label: "True or false: X. **Answer:** True.")
_VERDICT = re.compile(r"[\s*_—–:.(>→-]*(?:(?:answer|ans|a)[\s*_]*[:.)][\s*_]*)?(true|false)\b", re.I)
_CROSSED = re.compile(r"^\W{0,3}[✗✘❌×]\s*[\"“][^\"“”]+[\"”]")
# words that label a statement false: before it ("Myth: X") or after it, on their own ("X. —
# **FALSE**:", "X. (Wrong: ...)", not "false claims")
_REFUTING_LABELS = ("myth", "misconception", "wrong", "false", "incorrect", "fiction")
_JUDGED = re.compile(r"[.?!][\"”']?\s*[—–-]*\s*[*_(\[]*\s*(" + "|".join(_REFUTING_LABELS) + r"|not true)\b[*_)\]]*\s*(?:[:.;!—–-]|$)", re.I)


def true_false_item(doc: Doc) -> tuple[Token | None, str | None, bool]:
    """A true-or-false quiz item ("True or false: X", "Q3: True or false — X? — False; ..."):
    the colon or dash that ends its label (None: no such item), its verdict ("true", "false",
    or None) when the answer follows the statement on its line, and whether the statement ends
    with a question mark."""
    low = doc_text(doc).lower()
    if "true" not in low or "false" not in low:
        return None, None, False  # (the cheap test first: most sentences are no quiz item)
    label = next((t for t in doc[:12] if t.text in (":", "—", "–") and {"true", "false"} <= {k.lower_ for k in doc[:t.i]}), None)
    if label is None:
        return None, None, False
    end = next((t for t in doc[label.i + 1:] if t.text in ("?", "—", "–", ".")), None)
    rest = (doc_text(doc)[end.idx + 1:] if end is not None else "") + " " + (doc.user_data.get("cc_line_rest") or "")
    verdict = _VERDICT.match(rest)
    return label, verdict.group(1).lower() if verdict else None, end is not None and end.text == "?"


# words before a lead-in's "not" that make it a clause's negation ("they do not:", "that is not:"),
# not a contrast of two words ("any mistakes are mine not hers:")
_CLAUSE_WORDS_BEFORE_NOT = frozenset({"is", "are", "was", "were", "be", "do", "does", "did", "can", "could", "will", "would",
                          "should", "shall", "may", "might", "must", "have", "has", "had", "it", "they", "that"})


def _that_clause(t: Token, gov: Token) -> bool:
    """A "that" clause after its verb that the parser hung on it as an adverbial clause, past an
    aside: "One founder told me, with a straight face, that OpenAI invented it" (not "so that")."""
    return t.dep_ == "advcl" and t.i > gov.i and any(
        c.dep_ == "mark" and c.lower_ == "that" and c.i > 0 and t.doc[c.i - 1].lower_ not in ("so", "such", "now", "given")
        for c in t.children)


class ModalityMixin:
    """Part of ClaimExtractor (see checker/nlp/claims/__init__.py)."""

    def _quiz_closed(self, text: str) -> bool:
        """Does the text end with a quiz's closer (cues.yaml ``question.closers``: "T / F", "True
        or false?"), spaces and case aside?"""
        squeezed = re.sub(r"\s+", "", text.lower()).rstrip(".:!?")
        return any(squeezed.endswith(c.replace(" ", "")) for c in self.cues.question_closers)

    def is_question(self, doc: Doc) -> bool:
        text = doc_text(doc).strip().rstrip("\"'”’*_ )=#")  # (markup after a heading's '?': "== Did LLMs come first? ==")
        if re.match(r"^\W*(did|do) you (know|realize|realise)\b|^\W*(have you heard|fun fact)\b", text, re.I):
            return False  # a rhetorical question that asserts its complement
        if text.endswith("?"):
            return true_false_item(doc)[1] is None  # (one answered on its line states it: "True or false — X? — True.")
        if self._quiz_closed(text):
            return True  # a quiz item: "GANs are a kind of large language model. T / F"
        # "wait so is AI a subset of generative AI or the other way around" (a question without
        # its mark, after chat fillers): an auxiliary before its subject opens a question
        # (only the opening words matter: a handle, up to three fillers, the auxiliary and one more)
        words = list(islice((t for t in doc if not t.is_punct and not t.is_space), 6))
        start = 1 if words and words[0].text.startswith("@") else 0  # a handle: "@carl: wait so is ..."
        k = start
        while k < len(words) - 1 and k - start < 3 and words[k].lower_ in self.cues.question_fillers:
            k += 1
        if k < len(words) and (k > start or start) and words[k].lower_ in self.cues.question_openers and \
                words[k].pos_ in ("AUX", "VERB") and any(c.dep_ in ("nsubj", "nsubjpass", "expl", "attr") and c.i > words[k].i
                                                         for c in (*words[k].children, *words[k].head.children)):
            return True
        first = next((t for t in doc if not t.is_punct and not t.is_space), None)
        if first is None:
            return False
        # a quiz's prompt, after its label: "Card 9 — Q: Name two families of ... that are not LLMs"
        # (read from the words: the tagger often takes "Name" for a noun after "Q:")
        label = max((t.i for t in doc[:10] if t.text in (":", "—", "–")), default=first.i - 1)
        prompt = next((t for t in doc[label + 1:] if not t.is_space), None)
        prompt = prompt if prompt is not None and prompt.i + 1 < len(doc) else None
        # (a label without a verb: not "It understands netball, too: describe a call and ...";
        # and a prompt that asks, not "Explain that X", which tells someone to say X)
        if prompt is not None and prompt.lower_ in self.cues.question_prompts and \
                not doc[prompt.i + 1].is_punct and doc[prompt.i + 1].pos_ not in ("AUX", "VERB") and \
                doc[prompt.i + 1].lower_ not in ("that", "and") and \
                not any(t.pos_ in ("VERB", "AUX") for t in doc[:prompt.i]):
            return True
        # "Are LLMs and generative AI the same" (a heading without '?')
        return first.lower_ in self.cues.question_openers \
            and first.dep_ in ("ROOT", "aux", "auxpass") and doc.user_data.get("cc_segment_kind") == "heading"

    @staticmethod
    def question_tag(doc: Doc) -> int | None:
        """Where a question tag starts (its comma), or None: an auxiliary and a pronoun after a
        comma that close the question ("LLMs are mostly for pictures, aren't they?", "It runs on
        a GAN, doesn't it, Paul?", "There's no risk in it, is there, it's all public"). What
        comes before the tag is said, and the tag asks only to agree (not "..., or is it Y?")."""
        for t in doc:
            if t.text != "," or t.i + 2 >= len(doc):
                continue
            aux, k = doc[t.i + 1], t.i + 2
            if aux.pos_ not in ("AUX", "VERB") or aux.lemma_.lower() not in ("be", "do", "have", "can", "will", "would", "should", "could"):
                continue
            negative_tag = doc[k].lower_ in ("n't", "not")
            if negative_tag:
                k += 1
            if k >= len(doc) or doc[k].lower_ not in ("it", "they", "there", "he", "she", "we", "you", "i", "that", "this"):
                continue
            if not negative_tag and not any(w.dep_ == "neg" or w.lower_ in ("no", "never", "nothing", "none") for w in doc[:t.i]):
                continue  # a tag of the same polarity checks, it does not agree: "GenAI's a sort of LLM then, is it?"
            after = doc[k + 1] if k + 1 < len(doc) else None
            if after is not None and after.text not in ("?", ",", "!", "—", "–", "...", "."):
                continue
            if not any(v.pos_ in ("VERB", "AUX") for v in doc[:t.i]):
                continue  # (a clause before it: not "Midjourney, is it?")
            if any(w.lower_ == "or" for w in doc[k + 1:k + 3]):
                continue
            return t.i
        return None

    def presupposed(self, doc: Doc) -> tuple[int, int] | None:
        """The token span a question takes as given, or None: all of a "why" question about a
        fact ("Why were GANs, with their three networks, so hard to train?"), or a clause it
        opens with "given that", "now that" or "since" ("Given that OpenAI introduced the
        transformer in 2017, how did Google ...?"). A yes/no question and a "why would" one
        assert nothing."""
        tag = self.question_tag(doc)
        if tag is not None:
            return 0, tag  # a tag asks to agree with what comes before it: "GPT-4 is a GAN, isn't it?"
        # a premise before ", so" that the question draws on: "ChatGPT's been around since 2021,
        # so surely the council is behind?", "it never makes mistakes, so why check it?"
        so = next((t for t in doc if t.lower_ == "so" and t.i > 2 and doc[t.i - 1].text == "," and
                   t.i + 1 < len(doc) and not doc[t.i + 1].is_punct), None)
        if so is not None and doc[0].lower_ not in self.cues.question_openers and \
                any(v.pos_ in ("VERB", "AUX") for v in doc[:so.i - 1]) and \
                not any(w.lower_ in ("if", "whether") or w.pos_ == "VERB" and w.lemma_.lower() in self.cues.attribution_verbs
                        for w in doc[:so.i]):
            return 0, so.i - 1
        words = [t for t in doc if not t.is_punct and not t.is_space]
        if len(words) > 2 and words[0].lower_ == "why" and words[1].lemma_.lower() in ("be", "do", "have") and \
                not any(w.lemma_.lower() in self.cues.attribution_verbs for w in words):
            return words[0].i, len(doc)  # (not one about what something is called: "Why is ChatGPT called an LLM?")
        for t in doc:
            low = t.lower_
            if t.dep_ == "mark" and (low in ("since", "because") or (low == "that" and t.i > 0 and
                                                                     doc[t.i - 1].lower_ in ("given", "now", "considering", "seeing")) or
                                     (low == "as" and t.i > 0 and doc[t.i - 1].lower_ == "seeing")):
                clause = t.head
                if clause.pos_ in ("VERB", "AUX") and clause.i < len(doc) - 1:
                    return min(clause.left_edge.i, t.i), clause.right_edge.i + 1
            if t.dep_ == "relcl" and t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == "," and \
                    t.left_edge.lower_ in ("which", "who") and t.right_edge.i + 1 < len(doc) and \
                    doc[t.right_edge.i + 1].text in (",", "—", "–", ")"):
                # an aside set off by commas is the writer's, whatever the question asks: "Isn't it
                # remarkable that ChatGPT, which only launched in 2021, is everywhere?"
                return t.left_edge.i, t.right_edge.i + 1
        return None

    def modality(self, rel: Rel, doc: Doc) -> Modality:
        anchor = rel.anchor or rel.x
        if dict(rel.detail).get("gloss"):
            return Modality.ASSERTED  # "Don't ask me about VAEs (vector autoencoders)": the bracket is the writer's gloss
        return self.clause_modality(anchor, doc, rel)

    def _frame_positions(self, doc: Doc) -> tuple[int | None, int | None]:
        """Where the sentence's first refuting frame ends and its first attribution phrase
        starts (None: absent); computed once per sentence."""
        cached = doc.user_data.get("cc_frames")
        if cached is None:
            text_low = doc_text(doc).lower()
            m = _REFUTE.search(text_low)
            # (whole words: "Awesome people at Google built it" holds no "some people")
            phrases = self._attribution_phrase_regex()
            first = phrases.search(text_low) if phrases is not None else None
            found = [first.start()] if first else []
            # a story told in an aside reports the whole sentence: "the LLM came first, the
            # telling goes, and ..." (a verb "go" whose subject is a word for a claim or story)
            if re.search(r"\b(?:go|goes|went|going)\b", text_low) and any(t.lemma_ == "go" and t.dep_ != "ROOT" and any(
                    c.dep_ == "nsubj" and c.lemma_.lower() in self.cues.attribution_nouns for c in t.children) for t in doc):
                found.append(0)
            cached = (m.end() if m else None, min(found) if found else None)
            doc.user_data["cc_frames"] = cached
        return cached

    @staticmethod
    def _contrast_clause(t: Token) -> bool:
        """", but" or ", yet" opening a clause with its own subject: the writer's answer to what
        was reported before it ("Some people say these machines are dangerous, but this tool ...")."""
        doc = t.doc
        if t.lower_ not in ("but", "yet") or t.i == 0 or doc[t.i - 1].text != ",":
            return False
        verb = next((u for u in doc[t.i + 1:] if u.pos_ in ("VERB", "AUX") and u.dep_ != "aux"), None)
        return verb is not None and any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i > t.i for c in verb.children)

    def _attribution_phrase_regex(self) -> re.Pattern | None:
        """One regex for all attribution phrases, each matched as whole words (built once)."""
        cached = getattr(self, "_phrase_regex", False)
        if cached is False:
            alts = [r"(?<![\w-])" + re.escape(p) + (r"(?![\w-])" if p[-1:].isalnum() else "")
                    for p in sorted(self.cues.attribution_phrases, key=len, reverse=True)]
            cached = self._phrase_regex = re.compile("|".join(alts)) if alts else None
        return cached

    def clause_modality(self, anchor: Token, doc: Doc, rel: Rel | None = None) -> Modality:
        """How the clause at ``anchor`` holds its claim; a report the writer goes on to agree with
        ("Dennis says X, and he'd know", 'One panelist: "X." Honestly, fair point.') is asserted."""
        ends = [t.i for t in (anchor, *((rel.x, rel.y) if rel is not None else ())) if t is not None]
        # (not a question in brackets of its own: 'A VAE, or "variable autoencoder" (sounds like a stove, right?), is ...')
        mark = next((t for t in doc[max(ends) + 1:] if t.text in ("?", ".", "!", ";", ":", "(")), None)
        if mark is not None and mark.text == "?" and any(not t.is_punct for t in doc[mark.i + 1:]) and \
                true_false_item(doc)[1] is None and not (  # (not one answered on its line: "True or false — X? — True.")
                (given := self.presupposed(doc[:mark.i + 1].as_doc())) is not None and given[0] <= anchor.i < given[1]):
            # (nor what the question takes as given: "since the transformer came out of OpenAI's lab,
            # shouldn't they get royalties? — R.F.")
            return Modality.QUESTION  # a question the splitter left joined to its answer: "So the AI never lies? — It can, and does"
        mod = self._clause_modality(anchor, doc, rel)
        following = doc.user_data.get("cc_next") or ""
        if mod in (Modality.ASSERTED, Modality.HEDGED) and (self._judged_next(following) or (
                doc_text(doc).rstrip().endswith("?") and _NO_REPLY.match(following))):
            # the short sentence after it calls it false: "X. That's a bit far-fetched, surely?"; or
            # answers its tag with a no: "ChatGPT runs on a GAN, right? Nope, ..."
            return Modality.REFUTED
        if mod in (Modality.ASSERTED, Modality.HEDGED) and any(
                t.lemma_.lower() in _DISAGREEING and t.i > anchor.i and not any(
                    c.dep_ == "neg" or c.lower_ in ("nobody", "noone", "none", "never") or
                    any(d.lower_ == "no" for d in c.children) for c in t.children) and any(
                    (c.dep_ == "dobj" and c.lower_ in ("him", "her", "them", "this", "that")) or
                    (c.dep_ == "nsubjpass" and c.lower_ in ("he", "she", "they", "this", "that")) for c in t.children)
                for t in doc):
            return Modality.REFUTED  # a later clause corrects whoever said it: "Mr Hughes noted that X; Mr Lam corrected him"
        if mod in (Modality.ASSERTED, Modality.HEDGED) and self.cues.retractions and \
                (doc.user_data.get("cc_line_rest") or "").lstrip(" ([").lower().startswith(self.cues.retractions):
            return Modality.REFUTED  # taken back right after it: "X. (Scrub that, Rhys tells me ...)"
        if mod in (Modality.ASSERTED, Modality.HEDGED) and self.cues.doubts and any(
                d in doc_text(doc)[anchor.idx:].lower().replace("’", "'") for d in self.cues.doubts):
            return Modality.QUESTION  # a guess the writer doubts: "..., which I think is Google's, though I might be mixing it up"
        if mod in (Modality.ASSERTED, Modality.HEDGED) and rel is not None and self._misparsed_report(rel.x, anchor):
            return Modality.REPORTED
        if mod is Modality.REPORTED and (self._endorsed(doc_text(doc)) or self._endorsed(doc.user_data.get("cc_next") or "")) and \
                not any((t.lemma_.lower() in self.cues.attribution_refuting and not (
                    t.i > 0 and doc[t.i - 1].lower_ in ("not", "n't", "never"))) or (
                    t.lemma_.lower() in _DISAGREEING and any(c.dep_ != "conj" and (c == anchor or c.is_ancestor(anchor))
                                                             for c in t.children)) for t in doc):
            # (not when the sentence also disagrees: "Margaret disagreed with the blurb's claim that X;
            # she is right and the blurb has it backwards" agrees with the one who denies X)
            return Modality.ASSERTED
        return mod

    def _denied_implication(self, anchor: Token) -> bool:
        """Is the claim the complement of a denied verb of implication (cues.yaml
        ``implication_verbs``): "This doesn't mean X", "None of this means X"?"""
        for t in (anchor, *anchor.ancestors):
            # (or the clause's verb the parser took for the object: "Nothing here means ChatGPT runs on a GAN")
            if t.dep_ != "ccomp" and not (t.dep_ == "dobj" and t.tag_ in ("NNS", "VBZ", "VBD", "VBP") and
                                          any(c.dep_ in ("compound", "nsubj") and c.i < t.i for c in t.children)):
                continue
            gov = t.head
            return gov.lemma_.lower() in self.cues.implication_verbs and gov.i < t.i and (
                self.clause_negated(gov) or any(c.dep_ == "nsubj" and c.lower_ in ("none", "nothing", "neither")
                                                for c in gov.children))
        return False

    def _wrong_beliefs(self, lead: str) -> bool:
        """Does a list's heading or lead-in open by naming wrong beliefs (cues.yaml
        ``attribution.error_nouns``: "Misconceptions from last year's mock", "Common mistakes"),
        with no word for a truth beside them ("Myths and facts")?"""
        words = re.findall(r"[a-z]+", re.sub(r"\([^()]*\)", " ", lead))
        return any((w[:-1] if w.endswith("s") else w) in self.cues.attribution_error_nouns for w in words[:3]) and \
            self.cues.attribution_truth_words.isdisjoint(words)

    def _misparsed_report(self, x: Token, anchor: Token) -> bool:
        """Does a verb of saying stand right before the claim's subject, which the parser did not
        hang the claim on ("a blog post claiming generative AI can't run without ...", with
        "generative AI" as its object; "A blog post claims X ..." with "claims" as a noun)?"""
        doc = x.doc
        k = x.left_edge.i - 1
        if k >= 0 and doc[k].lower_ == "that":
            k -= 1
        if k < 0:
            return False
        w = doc[k]
        # (not a verb that names its object, "a model called BERT", nor one the writer says:
        # "I keep saying LLM and generative AI interchangeably"; and only when the claim's verb
        # has no subject of its own but the claim's: "Google posted BERT; the name stands for ...")
        return w.lemma_.lower() in self.cues.attribution_verbs and w.lemma_.lower() not in NAMING_VERBS and \
            w.tag_ in ("VBZ", "VBD", "VBG", "VBP", "NNS") and anchor.pos_ in ("VERB", "AUX") and \
            not w.is_ancestor(anchor) and w != anchor and \
            not x.is_ancestor(anchor) and all(c == x or c == w for c in anchor.children if c.dep_ in ("nsubj", "nsubjpass")) and \
            not any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for a in (w, *w.ancestors) for c in a.children)

    def _clause_modality(self, anchor: Token, doc: Doc, rel: Rel | None = None) -> Modality:
        cues = self.cues
        if self._denied_implication(anchor):
            return Modality.REPORTED  # "This doesn't mean every tool needs an LLM": X is not said, nor denied
        refuted_at, reported_at = self._frame_positions(doc)
        for c in anchor.children:
            if c.dep_ == "advcl" and c.i < anchor.i and c.lemma_.lower() in cues.attribution_verbs and all(
                    k.dep_ in ("dobj", "dative") and k.pos_ == "PRON" for k in doc[c.i + 1:c.right_edge.i + 1]) and any(
                    s.dep_ in ("nsubj", "nsubjpass") and s.left_edge.i == c.right_edge.i + 1 for s in anchor.children) and not any(
                    m.dep_ == "mark" and m.lower_ in ("because", "since", "as", "after", "once") for m in c.children):
                # the parser hung the reported clause over its verb: "If someone insists DALL-E is an
                # LLM, ..." read as "DALL-E is an LLM" with "insists" as its adverbial clause (also
                # with whom it is told: "if anyone tells you the AI is never wrong, ...")
                return Modality.REPORTED
        for t in doc[1:anchor.i]:
            prev = doc[t.i - 1]
            if t.dep_ == "mark" and t.lower_ == "that" and prev.pos_ not in ("VERB", "AUX") and \
                    (t.head == anchor or t.head.is_ancestor(anchor)) and prev.lower_.endswith(("s", "ed")) and \
                    not cues.attribution_verbs.isdisjoint({prev.lower_[:-1], prev.lower_[:-2]}):
                # a verb of saying the tagger took for a noun: "Someone behind me mutters that X"
                # (inflected, as a verb: not "TIL from a blog post that X")
                return Modality.REPORTED
            if t.dep_ == "mark" and t.lower_ == "that" and t.i >= 2 and prev.pos_ in ("ADJ", "ADV") and \
                    (t.head == anchor or t.head.is_ancestor(anchor)) and doc[t.i - 2].tag_ in ("VBD", "VBZ", "VBP") and \
                    doc[t.i - 2].lemma_.lower() in cues.attribution_verbs:
                return Modality.REPORTED  # a verb of saying with a word of manner the parser lost: "Stu swore blind that X"
            # (the parser may take "that" for a determiner of the clause's subject: "..., that generative AI was ...")
            verb = t.head if t.dep_ == "mark" else t.head.head if t.dep_ == "det" and t.head.dep_ in ("nsubj", "nsubjpass") else None
            if verb is not None and t.lower_ == "that" and prev.text == "," and (verb == anchor or verb.is_ancestor(anchor)) and \
                    any(v.pos_ == "VERB" and v.lemma_.lower() in cues.attribution_verbs and
                        not (v.lemma_.lower() in cues.attribution_own_view and self._own_view(v))
                        for v in doc[max(0, t.i - 8):t.i - 1]) and \
                    not any(w.lower_ in cues.attribution_endorsing for w in doc[max(0, t.i - 5):t.i]):
                return Modality.REPORTED  # what was said, spelled out after a comma: "what we were told last term, that X"
        first = next((t for t in doc if not t.is_punct), None)
        if first is not None and first.lower_ in ("that", "whether") and (
                (first.pos_ == "SCONJ" or first.dep_ == "mark") and first.head.dep_ == "ROOT" or
                # (read as a determiner of a name or a plural it cannot point at: "That GANs came after LLMs.")
                first.i + 1 < len(doc) and (doc[first.i + 1].tag_ in ("NNS", "NNP", "NNPS") or (
                    concept_id(doc[first.i + 1]) and self.kb.concepts[concept_id(doc[first.i + 1])].kind in ("model", "product")))
                and doc[first.i + 1].dep_ in ("nsubj", "nsubjpass") and doc[first.i + 1].head.dep_ == "ROOT"):
            return Modality.REPORTED  # "That LLMs and GenAI are the same thing.": a cited proposition, no main clause
        colon = next((t for t in doc[:10] if t.text in (":", "—", "–")), None)
        label, verdict, asked = true_false_item(doc)
        if label is not None and label.i < anchor.i:
            # a true-or-false item answered right after its statement, on its line: "True or false: X.
            # **True.**" asserts X, "True or false — X? — False; ..." denies it; unanswered, it asks
            if verdict is not None:
                return Modality.ASSERTED if verdict == "true" else Modality.REFUTED
            if asked:
                return Modality.QUESTION
        # "It is a myth that X", "It's not true that X", "Myth: X": the writer denies X
        if refuted_at is not None and refuted_at <= anchor.idx and \
                not any(t.text == ";" and refuted_at <= t.idx < anchor.idx for t in doc):
            return Modality.REFUTED  # (up to a semicolon: "It's a myth that X; in fact Y" asserts Y)
        # a reported belief introduced by a phrase before the claim
        if reported_at is not None and reported_at < anchor.idx and \
                not any(t.text == ";" and reported_at <= t.idx < anchor.idx for t in doc) and \
                not any(reported_at < t.idx < anchor.idx and self._contrast_clause(t) for t in doc):
            return Modality.REPORTED  # (up to ", but" and a clause of the writer's own: "Some say X, but Y")
        # "Myth #3: ...", "Misconception: ..." labels the whole sentence as a reported belief
        labels = _REFUTING_LABELS
        # (but a quiz answer's verdict, in a numbered item or after "Answer:", is followed by its
        # reason, which the key asserts: "17. False: a GAN uses a single network" answers the question)
        # (or in a table's answer column: "| Diffusion models and GANs are separate. | FALSE: diffusion is a kind of GAN. |")
        answering = doc.user_data.get("cc_segment_kind") == "list_item" or any(
            t.lower_ in ("answer", "answers", "a") and t.i + 1 < len(doc) and doc[t.i + 1].text == ":" for t in doc[:4]) or (
            doc.user_data.get("cc_segment_kind") == "table_cell" and not {"answer", "answers", "verdict"}.isdisjoint(
                re.findall(r"[a-z]+", (doc.user_data.get("cc_context") or "").lower())))
        if colon is not None and colon.i < anchor.i and any(
                (t.lemma_.lower() in labels and not (answering and t.lower_ == "false" and colon.i == t.i + 1 and
                                                    not any(u.lower_ == "true" for u in doc[:t.i]))) or (colon.i < 6 and t.lemma_.lower() in cues.attribution_nouns and not (
                    t.lemma_.lower() in cues.attribution_own_view_nouns and self._owned_label(t)))  # (not "My take: X", "Hot take: X")
                for t in doc[:colon.i]):
            return Modality.REPORTED  # (further in, only a label: "Oh, and one myth to drop: that ...")
        if doc.user_data.get("cc_refuted_row"):
            return Modality.REFUTED  # a cell its row judges false: "| X | ✘ False — ... |"
        if doc.user_data.get("cc_endorsed_row"):
            return Modality.ASSERTED  # and one it judges true: "| Midjourney uses GANs. | Fact | ... |"
        if doc.user_data.get("cc_segment_kind") == "table_cell" and not self.cues.attribution_nouns.isdisjoint(
                re.findall(r"[a-z]+", (doc.user_data.get("cc_context") or "").lower())):
            return Modality.REPORTED  # a cell under a "Myth" or "Claim" column is what the table examines
        lead = (doc.user_data.get("cc_context") or "").strip().lower()
        kind = doc.user_data.get("cc_segment_kind")
        # a verdict after the statement, in its sentence or on its line: "4. GANs are transformers.
        # — **FALSE**: they are a family of their own" (what follows the verdict is its reason)
        verdicts = doc.user_data.get("cc_verdicts")
        if verdicts is None:  # computed once per sentence: (where a verdict after a statement starts,
            # whether the line's rest is one, where a quoted statement crossed out ends, whether
            # the line before it on its line ends with a true-or-false prompt)
            judged, crossed = _JUDGED.search(doc_text(doc)), _CROSSED.match(doc_text(doc))
            verdicts = doc.user_data["cc_verdicts"] = (
                judged.start(1) if judged else -1, bool(_JUDGED.match(". " + (doc.user_data.get("cc_line_rest") or ""))),
                crossed.end() if crossed else -1, self._quiz_closed((doc.user_data.get("cc_prev") or "").rsplit("\n", 1)[-1]))
        if anchor.idx < verdicts[0] or verdicts[1] or anchor.idx < verdicts[2]:
            return Modality.REFUTED  # (or a cross put before a quoted statement: '- ✗ "GANs use three networks" — no, two.')
        if kind == "list_item" and self._quiz_closed(lead) or verdicts[3]:
            # the items of a true-or-false list ("Part B: True or false?") are put to the reader,
            # and so is a statement after its line's prompt ("Front: True or false? X."),
            # unless answered on their line: "7. X. **False**"
            verdict = _VERDICT.match(doc.user_data.get("cc_line_rest") or "")
            if verdict is None:
                return Modality.QUESTION
            return Modality.ASSERTED if verdict.group(1).lower() == "true" else Modality.REFUTED
        if (kind == "list_item" and lead.endswith(":")) or (kind == "table_cell" and lead):
            # the items complete their lead-in: "They do not:" denies each, "Common myths:" reports each
            # (and a table's cells their column's header: "| Pip can | Pip can't |")
            # (an aside in brackets is not the lead-in's statement: "(any mistakes are mine, not Martin's):")
            words = re.findall(r"[a-z']+|,", re.split(r"[.;!?]", re.sub(r"\([^()]*\)", " ", lead.rstrip(":")))[-1])
            # (nor a contrast after a comma, which corrects a word, not the statement: "mine, not his")
            full = [w for k, w in enumerate(words) if w != "," and not (k and words[k - 1] == "," and w == "not")]
            # (nor a "not" that contrasts the last word with the one before: "any mistakes are mine not hers:")
            if len(full) >= 3 and full[-2] == "not" and full[-3] not in _CLAUSE_WORDS_BEFORE_NOT:
                full = full[:-2]
            last = full[-6:]
            # (a disclaimer is no label for the items: "any mistakes are mine:", "errors are my own:")
            last = [w for k, w in enumerate(last) if not (k + 2 < len(last) and last[k + 1] in ("are", "is") and
                                                          last[k + 2] in ("mine", "ours", "my", "our"))]
            # the lead-in's negation, among its last six words
            neg_at = next((k for k in range(max(0, len(full) - 6), len(full))
                           if full[k] in self.cues.negation or full[k].endswith("n't")), None)
            # (not a negated purpose: "Quick alignment so we don't confuse the board:", "I've written
            # it down so I never have to hear it again:"; nor both sides: "what the tools can and
            # can't do:", "what works and what doesn't:")
            if neg_at is not None and not any(w in ("so", "lest", "avoid", "that") for w in full[max(0, neg_at - 6):neg_at]) and \
                    not any(w in ("and", "or") for w in full[max(0, neg_at - 2):neg_at]) and not any(
                        c.dep_ == "mark" and c.lower_ in ("because", "since", "as") for a in (anchor, *anchor.ancestors)
                        if a.dep_ == "advcl" for c in a.children):
                # (not the writer's reason inside an item: "Libby can't:" / "- Look at photos, because
                # language models can never work with pictures")
                return Modality.REFUTED
            if not self.cues.attribution_nouns.isdisjoint(w[:-1] if w.endswith("s") else w for w in last) or \
                    not self.cues.attribution_refuting.isdisjoint(last):
                return Modality.REPORTED
        if kind == "list_item" and not lead.endswith(":") and self._wrong_beliefs(lead):
            return Modality.REPORTED  # a list under "## Misconceptions from last year's mock"
        if self._quoted(anchor, doc) and not (rel is not None and dict(rel.detail).get("naming")):
            # (a second name in quotes in a naming aside is the writer's: 'Generative AI, or "LLMs" as the techies call it, ...')
            return Modality.REPORTED  # 'the brochure promises its assistant "never gets a figure wrong"'
        tail = doc.user_data.get("cc_trailing", False)
        if tail is False:  # computed once per sentence
            tail = doc.user_data["cc_trailing"] = self._trailing_label(doc)
        if tail is not None and anchor.idx < tail[0]:
            # "X, a claim we could not reconcile": the writer names what came before a claim
            return Modality.REFUTED if tail[1] else Modality.REPORTED
        denials = doc.user_data.get("cc_denials")
        if denials is None:  # computed once per sentence
            denials = doc.user_data["cc_denials"] = tuple(
                (t.i, t.dep_ == "relcl") for t in doc if (t.dep_ == "relcl" and self._trailing_denial(t, cues.attribution_refuting)) or
                self._trailing_verdict(t, cues.attribution_refuting))
        # (a bare negated relative clause denies the clause it hangs on, not one inside another:
        # "X is a GAN, free if you've got a beefy computer, which I have not" says nothing of X)
        own = (anchor, *anchor.ancestors)
        if any(at > anchor.i and (not relative or clause_verb(doc[at].head) in own) for at, relative in denials) and not _ATTACHED & {
                anchor.dep_, rel.y.dep_ if rel is not None and rel.y is not None else ""}:
            # (not a name's fixed attachment, which the denial does not judge: "Google's Bard claimed
            # the telescope took the first image, which was wrong")
            return Modality.REFUTED  # "BERT came out of OpenAI, which it didn't": the writer denies it
        if rel is not None and rel.y is not None and any(
                a.dep_ == "prep" and a.lower_ in ("about", "on", "in") and a.head.lemma_.lower() in cues.attribution_refuting
                for a in rel.y.ancestors):
            return Modality.REFUTED  # "the video was wrong about them cooperating"
        chain = self.clause_chain(anchor)
        if any(c.dep_ == "prep" and c.lower_ == "according" and c.i > anchor.i and not any(
                o.lemma_.lower() in cues.attribution_own_sources and any(p.lower_ in ("my", "our") for p in o.children)
                for o in c.subtree) for t in chain[:2] for c in t.children):
            return Modality.REPORTED  # a source named after the claim, as before it: "X, according to my cousin"
            # (but not the writer's own: "according to my notes")
        if any(c.dep_ == "advmod" and c.lower_.endswith("ly") and c.lower_[:-2] in cues.attribution_refuting
               for t in chain[:2] for c in t.children):
            return Modality.REPORTED  # "the terms are often wrongly used to mean the same thing", "X is mistakenly called Y"
        top = chain[-1] if chain[-1].head != chain[-1] else None  # a clause that stands on its own below its head
        if anchor.dep_ == "conj" and any(
                c.dep_ in ("acomp", "xcomp") and c.lemma_.lower() in cues.attribution_verbs and c.i < anchor.i and
                not any(doc[k].dep_ == "cc" for k in range(c.i, anchor.i)) for c in anchor.head.children):
            return Modality.REPORTED  # "my students are convinced BERT came out of OpenAI" (parsed as a conjunct)
        if any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for t in chain[:3] for c in t.children) and \
                any(t.dep_ == "mark" and t.lower_ in self.cues.conditional for t in doc):
            return Modality.CONDITIONAL  # "If GANs were transformers, they would be LLMs"
        # "an episode on whether diffusion models and GANs are the same thing" (the parser may
        # not hang "whether" on the clause's verb): the clause after it, up to a comma, is asked
        w = next((t for t in doc if t.lower_ == "whether" and t.i < anchor.i), None)
        if w is not None and not any(doc[k].text in (",", ";", ":") for k in range(w.i + 1, anchor.i)) and \
                (rel is None or rel.x.i > w.i):
            return Modality.CONDITIONAL
        if any(t.dep_ == "ccomp" and t.head.lemma_.lower() in cues.attribution_asking and
               any(c.dep_ == "mark" and c.lower_ == "if" for c in t.children) for t in chain):
            return Modality.QUESTION  # an "if" clause after a verb of asking is asked: "Sandra asked if GPT stood for X"
        aside = self._attribution_aside(chain, doc)
        if aside is not None:
            return aside
        for t in chain[1:]:
            if t.dep_ == "nsubj" and t.head.lemma_ == "be" and t.pos_ == "NOUN" and concept_id(t) is None and any(
                    c.dep_ in ("acomp", "attr") and c.lemma_.lower() in cues.attribution_refuting for c in t.head.children):
                # "A talking point we heard — that VAEs are part of LLMs — is simply incorrect"
                return Modality.REFUTED
        # (a reason given is the speaker's own, whatever condition its clause hangs on: "if I buy in,
        # I've covered the lot, because every generative AI tool is an LLM underneath")
        reason_at = next((k for k, u in enumerate(chain) if u.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in ("because", "cos", "'cause", "since") for c in u.children)), len(chain))
        for t in chain:
            if t.lemma_.lower() in cues.attribution_verbs and t.tag_ == "VBN" and t.head.lemma_.lower() in cues.perception and \
                    t.head.i < t.i and any(c.dep_ in ("oprd", "attr") or (c.dep_ == "prep" and c.lower_ == "as") for c in t.children) and \
                    not any(doc[k].text in (";", ":") for k in range(t.i, anchor.i)):
                return Modality.REPORTED  # what others are seen or heard to call it: "I've seen Midjourney described as an LLM"
            if t.lemma_.lower() in cues.attribution_verbs and (any(c.dep_ == "auxpass" for c in t.children) or
                                                                 t.dep_ == "acl" and t.tag_ == "VBN") and any(
                    c.dep_ in ("oprd", "attr", "xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "as")
                    for c in t.children) and (
                    t.lemma_.lower() in cues.attribution_promotional or
                    any(c.dep_ == "advmod" and c.lower_ in _USAGE_ADVERBS for c in t.children) or
                    any(c.dep_ == "agent" for c in t.children)):
                # (a description with no "as" is an event: "GANs were first described by Goodfellow in 2014")
                return Modality.REPORTED  # "X is often described as Y", "X is called Y by many", "a tool marketed as Y"
            for c in t.children:
                if c.dep_ == "mark" and c.lower_ in self.cues.conditional and chain.index(t) <= reason_at:
                    return Modality.CONDITIONAL
                if c.dep_ == "csubj" and c.lemma_.lower() in cues.attribution_verbs and c.i < anchor.i and \
                        not any(k.dep_ in ("nsubj", "nsubjpass") for k in t.children) and \
                        not (c.lemma_.lower() in cues.attribution_own_view and self._own_view(c)) and \
                        not any(k.dep_ in ("dobj", "dative") and k.lower_ in ("whatever", "everything", "anything") for k in c.children) and \
                        not (t == anchor and any(k.dep_ == "nsubj" and (concept_id(k) or k.lower_ in ("it", "they") or
                                                                        k.lemma_.lower() in cues.overclaim_subjects)
                                                 for k in c.children)):
                    # "Pretending it's cheap to build" (parsed as the subject of the claim's own clause);
                    # but the writer's own saying asserts: "What I tell clients is that X"; and what is
                    # said is the subject, not a report: "Whatever it says is neutral", "What the chatbot
                    # writes is objective" (not "What ChatGPT says is that X": the AI's report)
                    return Modality.REPORTED
            if top is not None and t == top:
                break
            if (t.dep_ in ("ccomp", "xcomp", "advcl", "acl", "relcl", "pcomp", "conj", "dobj", "pobj", "csubj", "prep") or
                    t.dep_ == "nsubj" and t.tag_ == "VBG") and t.head != t:
                gov = t.head
                if t.dep_ == "relcl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children) and \
                        gov.dep_ in ("dobj", "dative") and gov.head.lemma_.lower() in cues.attribution_verbs and \
                        not (gov.head.lemma_.lower() in cues.attribution_own_view and self._own_view(gov.head)):
                    return Modality.REPORTED  # "tell a customer that X" read as a relative clause of "customer"
                if t.dep_ == "ccomp":
                    # (the parser may hang the clause on the verb before the reporting one: "My
                    # students keep writing, against all the evidence, that X")
                    gov = next((c for c in gov.children if c.dep_ == "xcomp" and c.i < t.i and
                                c.lemma_.lower() in cues.attribution_verbs and
                                not any(k.dep_ in ("ccomp", "dobj") for k in c.children)), gov)
                gl = gov.lemma_.lower()
                if t.i < gov.i and any(doc[k].text in (":", ";") or (doc[k].lower_ == "so" and doc[k - 1].text == ",")
                                       for k in range(t.right_edge.i + 1, gov.i)):
                    continue  # "LLMs are built on GANs: one network writes ...": an elaboration, not a report
                    # (nor is the clause before ", so never tell ...": it stands on its own)
                if t.i < gov.i and t.dep_ == "ccomp" and (
                        # "X, the distinction is just marketing": a promotion word in -ing is a noun
                        (gov.tag_ == "VBG" and gl in cues.attribution_promotional) or
                        sum(c.dep_ == "nsubj" for c in gov.children) > 1 or
                        any(c.dep_ == "dobj" and c.lower_ not in ("me", "us", "him", "her", "them", "you")
                            for c in gov.children)):
                    continue  # "GPT stands for X, the name says it all": the verb has its own object
                if t.i > gov.i and t.dep_ == "ccomp" and any(c.dep_ == "dobj" for c in gov.children) and \
                        any(doc[k].text == ":" for k in range(gov.i + 1, t.left_edge.i + 1)):
                    continue  # "The name says it all: X is ...": the verb has its object; X stands alone
                if gl in cues.attribution_verbs and t.i < gov.i and any(
                        c.dep_ == "nsubj" and c.lemma_.lower() in _MACHINE_PARTS for c in gov.children):
                    continue  # a part or a machine doing what the verb says is no speaker: "X is a GAN, the generator writes and ..."
                if gl in cues.attribution_verbs and t.i > gov.i and (any(
                        doc[k].lower_ in cues.attribution_endorsing for k in range(gov.i, t.left_edge.i)) or any(
                        c.dep_ == "advmod" and c.lower_ in cues.attribution_endorsing for c in gov.children)):
                    continue  # "he argues, convincingly, that X", "Gwen rightly says X": the writer endorses X
                if t.dep_ == "ccomp" and t.i > gov.i and gl not in cues.attribution_asking and any(c.dep_ == "advmod" and c.lower_ in ("why", "how") and c.i < t.i
                                                              for c in t.children):
                    continue  # a reason or manner taken as given: "read why GANs power every LLM", "learn how X works"
                if t.dep_ == "ccomp" and t.i > gov.i and (gl in cues.attribution_convinced or gl == "be" and any(
                        c.dep_ == "acomp" and c.lower_ in cues.attribution_convinced and c.i < t.i for c in gov.children)):
                    cop = gov if gl == "be" else gov.head
                    if any(c.dep_ == "nsubj" and c.lower_ not in ("i", "we") for c in cop.children):
                        return Modality.REPORTED  # "Callum was adamant that X", "she is sure X" (not "I'm sure X")
                # (a finite verb the parser took for the object is the complement clause: "My nephew
                # reckons ChatGPT runs on a GAN", read "reckons [runs]")
                # (or the claim's own verb read as a plural noun after its subject: "I don't think
                # ChatGPT runs on a GAN", read "think [ChatGPT runs]")
                finite_object = t.dep_ == "dobj" and (t.pos_ == "VERB" and t.tag_ in ("VBZ", "VBD", "VBP") or (
                    t == anchor and t.tag_ == "NNS" and any(c.dep_ == "compound" and c.i == t.i - 1 for c in t.children)))
                if gl in cues.attribution_own_view and (t.dep_ == "ccomp" or finite_object) and self._own_view(gov):
                    return Modality.HEDGED  # "I'd argue that X", "we think X": the writer's own view
                if (t.dep_ == "ccomp" or finite_object) and t.i > gov.i and self.neg_raised(gov):
                    return Modality.REFUTED  # "I don't think X ever makes mistakes": the writer holds not-X
                if gl in cues.attribution_text_verbs and t.dep_ == "ccomp" and t.i > gov.i and \
                        not any(c.dep_ == "aux" and c.tag_ == "MD" for c in gov.children) and any(
                        c.dep_ == "nsubj" and c.lemma_.lower() in cues.attribution_texts | INTRODUCING_WORKS
                        for c in gov.children):
                    return Modality.REPORTED  # "The article notes these models are LLMs": what a text says
                    # (not what it "could mention", the writer's own proposal)
                if gl in cues.attribution_verbs and not (t.i < gov.i and t.dep_ == "ccomp" and gl not in cues.attribution_told and any(
                        # (a verb of saying after the clause, with an object of its own, says something else:
                        # "It never gets a price wrong, I don't even read them back")
                        c.dep_ == "dobj" and c.lower_ not in ("it", "this", "that", "so") for c in gov.children)) and (
                        t.dep_ in ("ccomp", "xcomp", "csubj") or finite_object or _that_clause(t, gov) or (
                        # "had claimed ChatGPT launched in 2021" (parsed as an object with a participle)
                        t.dep_ == "dobj" and gl not in NAMING_VERBS and
                        any(c.dep_ == "acl" and c.tag_ in ("VBD", "VBZ", "VBP", "VBN") and c.i == t.i + 1 for c in t.children)) or (
                        t.dep_ == "dobj" and gl in NAMING_VERBS and gov.lemma_.lower() != "call" and not (
                            gl in AS_NAMING_VERBS and not any(c.lower_ == "as" for c in (*gov.children, *t.children)))) or (
                        # "call X a Y", "call X 'Y'", but not "the feature calls GPT-4, ..." (invokes it)
                        t.dep_ == "dobj" and gl == "call" and
                        t.i + 1 < len(doc) and doc[t.i + 1].text not in (",", ".", ";"))):
                    return Modality.REPORTED  # "many think that X", "some call X a Y"
                if t.dep_ == "prep" and gl in cues.attribution_verbs and (
                        any(c.dep_ in ("dobj", "appos") for c in gov.children) or
                        (t.lower_ in ("in", "on") and any(k.lower_ == "that" and k.i > t.i for k in t.subtree))):
                    return Modality.REPORTED  # "some histories credit Hinton with inventing GANs"; "read in
                    # the paper that X" (the clause the parser hung on "paper")
                if gl in cues.attribution_nouns and t.dep_ in ("acl", "ccomp", "relcl", "appos") and not (
                        gl in cues.attribution_own_view_nouns and (self._owned_label(gov) or not any(
                            c.lower_ == "that" and c.i < t.i for c in t.children) and not any(
                            u.text == ":" for u in doc[gov.i:t.i]))):
                    return Modality.REPORTED  # (not the writer's "Hot take: X", "My view: X"; a view's own
                    # clause opens with "that" or a colon: not "Google's take on GPT, GPT being short for X")
                if gov.pos_ in ("AUX", "VERB") and (t.dep_ in ("ccomp", "csubj", "xcomp") or t.dep_ == "nsubj" and t.tag_ == "VBG"):
                    # (a conjoined verb without a subject shares its first conjunct's: "Tom's view,
                    # shouted from the back, was that X", which the parser reads as two verbs)
                    shared = gov.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in gov.children)
                    for c in [*gov.children, *(c for c in gov.head.children if c.dep_ == "nsubj" and c.i < gov.i)] if shared else gov.children:
                        if c.dep_ in ("attr", "nsubj", "acomp") and c.lemma_.lower() in cues.attribution_nouns | cues.attribution_refuting:
                            if c.dep_ == "nsubj" and self._own_view_noun(c, gov) or \
                                    c.dep_ == "attr" and c.lemma_.lower() in cues.attribution_own_view_nouns:
                                continue  # the writer's own: "My own view is that X" ("Gemini is Google's take on GPT")
                            return Modality.REPORTED
                        if c.dep_ in ("nsubj", "csubj") and gov.lemma_ == "be" and t.dep_ == "ccomp" and t.i > gov.i and \
                                self._reporting_subject(c):
                            return Modality.REPORTED  # "Another one we hear is that X": what is heard
        return Modality.ASSERTED

    def _reporting_subject(self, subject: Token) -> bool:
        """The subject of "... is that X" holds a verb of saying, hearing or wording with a doer
        other than the writer or the AI: "Another one we hear is that X", "What I keep hearing is
        that X", "The way my nephew puts it is that X", "The other way I've seen it put is that X"
        (not "What I'd say is that X", "Another way to put it is that X", "The best thing, and I'm
        going to say it, is that X", "The nice thing about letting the AI write it is that X", nor
        a participle: "Vane's device, announced on page one, is that X")."""
        cues = self.cues
        saying, own = cues.attribution_verbs | cues.attribution_phrasing, cues.attribution_own_view | cues.attribution_phrasing
        for r in subject.subtree:
            lemma = r.lemma_.lower()
            if r.pos_ != "VERB" or r.dep_ == "acl" or lemma not in saying:
                continue
            doer = r
            while doer.dep_ in ("xcomp", "ccomp") and not any(c.dep_ == "nsubj" for c in doer.children):
                doer = doer.head  # "I keep hearing", "I'm going to say it", "I've seen it put"
            who = next((c for c in doer.children if c.dep_ == "nsubj"), None)
            if who is None and (r.dep_ != "relcl" or any(c.dep_ == "aux" and c.lower_ == "to" for c in r.children)):
                continue  # no one says it: "Another way to put it"
            if who is not None and (who.lower_ in ("i", "we") and lemma in own or
                                    concept_id(who) or who.lemma_.lower() in cues.overclaim_subjects):
                continue  # the writer's own wording, or what the AI writes
            return True
        return False

    def _own_view_noun(self, noun: Token, verb: Token) -> bool:
        """"my view is that X", "our take is that X": a noun of a view (cues.yaml
        ``attribution.own_view_nouns``) owned by the writer, with a present-tense copula."""
        return noun.lemma_.lower() in self.cues.attribution_own_view_nouns and verb.lemma_ == "be" and \
            verb.tag_ in ("VBZ", "VBP") and any(d.dep_ == "poss" and d.lower_ in ("my", "our") for d in noun.subtree if d.i < noun.i)

    @staticmethod
    def _owned_label(noun: Token) -> bool:
        """A view's label that is the writer's: "My take:", "Our verdict:", or one with no owner
        and no determiner ("Hot take:", "Opinion:"), not "Their take:" or "The common view:"."""
        owners = [d for d in noun.children if d.dep_ in ("poss", "det")]
        return all(d.lower_ in ("my", "our") for d in owners)

    def _attribution_aside(self, chain: list[Token], doc: Doc) -> Modality | None:
        """A verb of saying or believing with its own subject, set off by commas inside the
        claim's clause and with no complement of its own, reports the clause ("Midjourney, some say, is a GAN", "ChatGPT,
        my cousin insists, runs on a GAN"), or hedges it when it is the writer's present view
        ("GANs, I think, are ..."); None when there is no such aside."""
        for t in chain[:1]:  # (the claim's own clause: an aside on a clause it is only attached to reports that clause)
            holders = [t] + [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
            for c in (c for h in holders for c in h.children):
                # (the aside opens with its subject, after its comma: not "in case you were wondering")
                if c.dep_ in ("parataxis", "appos", "advcl", "relcl") and c.pos_ == "VERB" and \
                        c.lemma_.lower() in self.cues.attribution_verbs and c.left_edge.i > 0 and \
                        (c.left_edge.is_punct or doc[c.left_edge.i - 1].text in (",", "—", "–", "(")) and \
                        any(k.dep_ in ("nsubj", "nsubjpass") and (c.left_edge.is_punct or k.left_edge == c.left_edge) and
                            # (a speaker, not a part or a machine doing the writing: "ChatGPT is a GAN, the generator writes ...")
                            k.lemma_.lower() not in _MACHINE_PARTS
                            for k in c.children) and \
                        not any(k.dep_ in ("ccomp", "dobj", "xcomp") or (k.dep_ in ("mark", "prep") and k.i < c.i)
                                for k in c.children) and \
                        not doc[c.left_edge.i:c.i].text.lower().startswith(self.cues.attribution_concessive):
                    # (not a concession, which the writer holds against them: "X, whatever the purists say")
                    if c.lemma_.lower() in self.cues.attribution_own_view and self._own_view(c):
                        return Modality.HEDGED
                    return Modality.REPORTED
        return None

    def neg_raised(self, verb: Token) -> bool:
        """The writer's denied belief in the present, which holds the denial of its clause
        (cues.yaml ``attribution.neg_raising``): "I don't think X", "we do not believe X"."""
        return verb.lemma_.lower() in self.cues.attribution_neg_raising and any(
            c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in verb.children) and any(
            c.dep_ == "neg" for c in verb.children) and any(c.dep_ == "aux" and c.lower_ == "do" for c in verb.children)

    def _own_view(self, verb: Token) -> bool:
        """A verb of belief whose subject is the writer ("I", "we"), in the present or with
        "would", not negated ("I don't think X" denies X) and not past ("I thought X"); also as
        the writer's habit or wish ("I like to tell teachers that X"), and after a frame of the
        writer's surprise ("It's wild to think X": cues.yaml attribution.surprise)."""
        if verb.dep_ == "xcomp" and not any(c.dep_ in ("nsubj", "neg") for c in verb.children):
            gov = verb.head
            if gov.lemma_ == "be" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in gov.children) and \
                    any(c.dep_ == "acomp" and c.lower_ in self.cues.attribution_surprise for c in gov.children):
                return not any(c.dep_ == "neg" for c in gov.children)
            if gov.lemma_.lower() in self.cues.attribution_habits:
                verb = gov  # "I like to tell ...", "we love to say ..." (not "I'd hate to think ...")
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        aux = [c.lower_ for c in verb.children if c.dep_ == "aux"]
        return bool(subj) and subj[0].lower_ in ("i", "we") and not any(c.dep_ == "neg" for c in verb.children) and \
            (verb.tag_ in ("VBP", "VB") and (verb.tag_ == "VBP" or any(a in ("'d", "would", "'ll", "will", "can", "must") for a in aux))) \
            and not any(a in ("used", "did") for a in aux)

    def _trailing_label(self, doc: Doc) -> tuple[int, bool] | None:
        """A noun phrase closing the sentence after a comma that names what came before it as
        someone's claim (cues.yaml attribution nouns: ", a claim we could not reconcile", ", an
        idea vendors love") or as wrong (refuting words: ", a myth that won't die"): where its
        comma stands, and whether it refutes; None when there is none."""
        words = self.cues.attribution_nouns | self.cues.attribution_refuting
        m = re.search(r",\s+(?:a|an|another|one|just|yet)\s+(?:(?:more|common|popular|bold|persistent|widespread|old|familiar|"
                      r"frequent|stubborn|tired|classic|huge|big|total|complete|\w+ly)\s+)?(?P<noun>[a-z]+)\b[^,;:]*[.!?…\"”']*\s*$",
                      doc_text(doc))
        if m is None:
            return None
        noun = m.group("noun")
        noun = noun[:-1] if noun.endswith("s") and noun[:-1] in words else noun
        if noun not in words or noun in self.cues.attribution_own_view_nouns:
            return None
        if noun in self.cues.attribution_refuting:
            return m.start(), True
        # a claim the writer doubts: "..., a claim we were unable to reconcile" (not "..., a
        # claim few agencies can make", the writer's own boast)
        rest = re.findall(r"[a-z']+", m.group().lower())
        doubted = {"we", "i", "us"} & set(rest) and (set(rest) & (self.cues.negation | {"unable", "couldn't", "can't", "doubt", "doubtful"})
                                                     or any(w.endswith("n't") for w in rest))
        return (m.start(), False) if doubted else None

    @staticmethod
    def _trailing_denial(t: Token, refuting: frozenset[str]) -> bool:
        """A bare negated relative clause after a claim: ", which it didn't", ", which they
        aren't", ", which is not the case"; or one that calls it wrong: ", which is a mistake"."""
        if t.dep_ != "relcl" or t.lemma_.lower() not in ("do", "be", "have"):
            return False
        if t.lemma_.lower() == "be" and not any(c.dep_ == "neg" for c in t.children):
            preds = [c for c in t.children if c.dep_ in ("attr", "acomp")]
            return any(c.lower_ == "which" and c.dep_ == "nsubj" for c in t.children) and len(preds) == 1 and \
                preds[0].lemma_.lower() in refuting and not any(c.dep_ in ("prep", "relcl", "acl") for c in preds[0].children)
        if not any(c.dep_ == "neg" for c in t.children):
            return False
        rest = [c for c in t.children if c.dep_ not in ("neg", "punct")]
        return any(c.lower_ == "which" for c in rest) and all(
            c.lower_ == "which" or c.pos_ == "PRON" or (c.dep_ == "attr" and c.lower_ == "case") for c in rest)

    @staticmethod
    def _trailing_verdict(t: Token, refuting: frozenset[str]) -> bool:
        """A later clause whose subject points back at what was said and calls it wrong: ", and
        both of those turned out to be wrong", "; the first half is wrong", "; that was false"."""
        if t.lemma_.lower() not in ("be", "turn", "prove") or t.dep_ not in ("conj", "ROOT", "ccomp") or \
                any(c.dep_ == "neg" for c in t.children):
            return False
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.i == 0 or not any(u.is_punct or u.dep_ == "cc" for u in t.doc[max(0, subj.left_edge.i - 2):subj.left_edge.i]):
            return False  # (it follows what it judges, after a comma, semicolon or "and")
        word = subj.lemma_.lower()
        back = word in _BACK_POINTERS and subj.pos_ in ("PRON", "DET") or (
            word in _BACK_POINTERS and any(c.dep_ == "prep" and c.lower_ == "of" and any(
                p.lemma_.lower() in _BACK_POINTERS for p in c.children) for c in subj.children)) or (
            word in ("half", "part", "bit") and any(c.lower_ in ("first", "second", "last", "latter", "former") for c in subj.children))
        if not back:
            return False
        preds = [c for c in t.children if c.dep_ in ("acomp", "attr")]
        preds += [g for c in t.children if c.dep_ == "xcomp" and not any(n.dep_ == "neg" for n in c.children)
                  for g in c.children if g.dep_ in ("acomp", "attr")]
        return any(p.lemma_.lower() in refuting and not any(c.dep_ == "neg" for c in p.children) for p in preds)

    def _judged_next(self, text: str) -> bool:
        """Does a short sentence open by calling the one before it false ("That's a myth.", "This
        is a bit far-fetched, surely?"; cues.yaml attribution.refuting), not denying that it is?"""
        m = _JUDGED_NEXT.match(text)
        return m is not None and not m.group(1) and \
            not self.cues.attribution_refuting.isdisjoint(w.lower() for w in re.findall(r"[\w-]+", m.group(2)))

    def _endorsed(self, text: str) -> bool:
        """Does the writer adopt a quotation in the sentence (cues.yaml attribution.endorsing_phrases)?"""
        regex = getattr(self, "_endorsing_regex", False)
        if regex is False:
            from checker.nlp.sentences import topic_phrase_regex
            regex = self._endorsing_regex = topic_phrase_regex(self.cues.attribution_endorsing_phrases)
        return regex is not None and bool(regex.search(text))

    def _quoted(self, anchor: Token, doc: Doc) -> bool:
        """The anchor stands inside double quotes, and the words outside the quotes report
        them (an attribution verb or noun): a quotation, not the writer's claim. So is a
        sentence that opens a quotation it does not close after a speaker's name or an
        attribution verb ('Aisha: "Nothing these tools output is neutral.')."""
        text = _single_quotes_as_double(doc_text(doc))  # ('AI is a subset of generative AI' is not.)
        if self._endorsed(text):
            return False  # the writer adopts the words: 'As one dad put it, ... "just crayons"'
        opens, closes = text.count("“"), text.count("”")
        straight = text.count('"') % 2 == 1 and opens == closes == 0
        first = text.find("“") if opens > closes else (text.find('"') if straight else -1)
        if first >= 0 and anchor.idx > first and (opens > closes or first < len(text) // 2) and (
                re.search(r"\b[A-Z][\w.'-]*:\s*$", text[:first]) or any(
                    t.lemma_.lower() in self.cues.attribution_verbs for t in doc if t.idx < first)):
            return True  # 'Aisha: "Nothing is neutral.' opens a quotation of several sentences
        opened, start = False, None
        for i, ch in enumerate(text):
            if ch in '"“”':
                closing = ch == "”" or (ch == '"' and opened)
                if closing and opened and start is not None and start <= anchor.idx < i:
                    inside = text[start + 1:i].strip()
                    if re.match(r"\s*[—–-]{1,2}\s*[A-Z]", text[i + 1:]) and not re.search(r"\w", text[:start]):
                        return False  # a testimonial or a quote in a quotes list, signed with a dash: the page publishes it
                    if inside[-1:] in (".", "!", "?") and text[start + 1:start + 2].strip():
                        return True  # a whole sentence in quotes is cited: 'Debate: "LLMs never err." Argue.'
                    if not re.search(r"[^\W\d]", text[:start] + text[i + 1:]):
                        return True  # so is a claim in quotes with no words around it: '## 4. "GANs power ChatGPT"'
                    if re.search(r"\b[A-Z][\w.'-]*:\s*$", text[:start]):
                        return True  # a speaker's words after their name: 'Aisha: "Nothing these tools output is neutral"'
                    inner = [t for t in doc if start < t.idx < i and not t.is_punct]
                    tops = [t for t in inner if not start < t.head.idx < i]
                    if text[:start].rstrip().endswith("(") and text[i + 1:].lstrip().startswith(")") and \
                            any(t.tag_ in ("VBZ", "VBP", "VBD", "MD") for t in inner):
                        return True  # a quoted clause in brackets is a sample of what was said: 'the pitch ("it is objective")'
                    if len(inner) >= 2 and len(tops) == 1 and tops[0].dep_ in ("nsubj", "nsubjpass"):
                        return True  # a quoted phrase as the subject is talked about: '"zero hallucinations" on a CV is a red flag'
                    after = next((t for t in doc if t.idx > i and not t.is_punct), None)
                    if after is not None and after.pos_ in ("AUX", "VERB") and not re.search(r"\w", text[i + 1:after.idx]) \
                            and any(t.pos_ in ("AUX", "VERB") for t in doc if start < t.idx < i):
                        return True  # a quoted clause that is the subject of the sentence is talked about:
                        # '"the model is neutral" is not an answer we accept', '"LLMs never err" sounds great'
                    # (not a verb of an adverbial clause after the quote: '"...," in case your kid asks')
                    outside = [t for t in doc if t.idx < start or t.idx > i and not any(
                        a.dep_ == "advcl" and a.left_edge.idx > i for a in (t, *t.ancestors))]
                    words = self.cues.attribution_verbs | self.cues.attribution_nouns
                    return any(t.lemma_.lower() in words for t in outside)
                opened, start = (False, None) if closing else (True, i)
        return False


_CLAUSE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|can|cannot|can't|will|does|do|did|stands?|means?)\b|=")
_SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–]))['‘](?=[A-Za-z])")
_SINGLE_CLOSE = re.compile(r"(?<=[A-Za-z0-9.!?,])['’](?=[\s.,;:!?)\]—–]|$)")


def _single_quotes_as_double(text: str) -> str:
    """The text with single quotation marks written as double ones (same length), when they
    pair up as quotes around words ("'AI is a subset of generative AI' is not"), not as
    apostrophes ("it's", "the models' size")."""
    if "'" not in text and "‘" not in text or any(q in text for q in '"“”'):
        return text  # (single quotes inside double ones stay: '"The 'large' in LLM means ..."')
    opens = [m.start() for m in _SINGLE_OPEN.finditer(text)]
    closes = [m.start() for m in _SINGLE_CLOSE.finditer(text)]
    chars = list(text)
    k = 0
    for o in opens:
        c = next((c for c in closes if c > o + 1 and c >= k), None)
        if c is None or any(o < o2 < c for o2 in opens) or not _CLAUSE_VERB.search(text, o, c):
            continue  # (only a quoted clause: not a word in quotes, "'GANs', or ...")
        chars[o], chars[c], k = "“", "”", c + 1
    return "".join(chars)

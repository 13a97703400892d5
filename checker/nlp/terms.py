"""The concept matcher: finds names, acronyms and their variants and merges each into one token."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.symbols import ORTH
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from checker.knowledge import KnowledgeBase, load_knowledge_base
from checker.knowledge.load import rules_digest
from checker.nlp import extensions
from checker.nlp.extensions import set_concept, set_versioned, set_year

_YEAR = re.compile(r"(?<![\d/.-])(?:19[5-9]\d|20[0-3]\d)(?![\d])")
_DATE = re.compile(r"^(?:\d{1,2}[/.]\d{1,2}[/.](19[5-9]\d|20[0-3]\d)|(19[5-9]\d|20[0-3]\d)-\d{1,2}-\d{1,2})$")
_SHORT_YEAR = re.compile(r"^['’]([0-3]\d)$")
_VERSION_NUMBER = re.compile(r"^[vV]?\d{1,2}(?:\.\d{1,2})?[a-z]?$")


def name_variants(name: str, exact: bool) -> set[str]:
    """A name with its plural and hyphen/space variants ("large-language models")."""
    forms = {name}
    words = name.split()
    if len(words) > 1:
        forms.add("-".join(words))
        forms.add("-".join(words[:-1]) + " " + words[-1])
    out = set()
    for f in forms:
        out.add(f)
        last = f[-1]
        if last.isalpha() and not f.endswith("s") and f[-2:] not in ("AI", "ML"):
            out.add(f + ("es" if f.endswith(("x", "ch", "sh")) else "s"))
    return out


def knowledge_for(rules_dir: str, extra: tuple[str, ...]) -> KnowledgeBase:
    """The fact base for a rules directory, loaded once per content: an edited rule file
    (a long-lived process, a test) gets a fresh load, an unchanged one the cached object."""
    return _knowledge(rules_dir, extra, rules_digest(Path(rules_dir) if rules_dir else None,
                                                     tuple(Path(p) for p in extra)))


@lru_cache(maxsize=8)
def _knowledge(rules_dir: str, extra: tuple[str, ...], digest: str) -> KnowledgeBase:
    return load_knowledge_base(Path(rules_dir) if rules_dir else None, tuple(Path(p) for p in extra))


def _end_of_sentence_case(nlp: Language, name: str) -> None:
    """A name that ends in one letter takes the full stop after it as an initial's ("DALL-E."
    would be "DALL", "-", "E."), so the name is not found at a sentence's end: the stop is
    made a token of its own."""
    if not re.fullmatch(r"\S*[^\W\d_]{2}\W[^\W\d_]", name):
        return  # (one word whose last letter stands alone: "DALL-E", "DALL·E")
    words = [t.text for t in nlp.make_doc(name)]
    with_stop = [t.text for t in nlp.make_doc(name + ".")]
    if words and with_stop != words + ["."] and "".join(words) == name:
        nlp.tokenizer.add_special_case(name + ".", [{ORTH: w} for w in words + ["."]])


class TermMatcher:
    """Matches concept surface forms; longest match wins; merges mentions into single tokens."""

    def __init__(self, nlp: Language, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.named = {n.lower(): concept.id for concept in kb.concepts.values()
                      for n in concept.names + concept.exact_names}
        for concept in kb.concepts.values():
            # patterns from the written form and its lowercase: "A.I." and "a.i." tokenize differently
            names = concept.names + ((concept.expansion,) if concept.expansion else ())
            lower = sorted({f for n in names for v in name_variants(n, False) for f in (v, v.lower())})
            exact = sorted({v for n in concept.exact_names for v in name_variants(n, True)})
            if lower:
                self.lower.add(concept.id, [nlp.make_doc(v) for v in lower])
            if exact:
                self.exact.add(concept.id, [nlp.make_doc(v) for v in exact])
            for v in sorted({f for n in set(lower) | set(exact) for f in (n, n.upper(), n.title())}):
                _end_of_sentence_case(nlp, v)

    def match(self, doc: Doc) -> list[Span]:
        spans = [Span(doc, s, e, label=mid) for matcher in (self.lower, self.exact)
                 for mid, s, e in matcher(doc)]
        return [self._spelled_name(doc, span) for span in filter_spans(spans)]

    def _spelled_name(self, doc: Doc, span: Span) -> Span:
        """A word before an acronym's long form that makes another name with the acronym spells
        out that name: "Chat Generative Pre-trained Transformer" is ChatGPT ("Chat" + "GPT")."""
        concept = self.kb.concepts[span.label_]
        letters = lambda text: re.sub(r"[^a-z]", "", text.lower())  # noqa: E731
        if span.start == 0 or not concept.acronym or not concept.expansion or \
                letters(span.text) != letters(concept.expansion):
            return span
        named = self.named.get((doc[span.start - 1].text + concept.acronym).lower())
        return Span(doc, span.start - 1, span.end, label=named) if named and named != span.label_ else span

    def with_versions(self, doc: Doc, spans: list[Span]) -> tuple[list[Span], set[int]]:
        """Extend a product or model mention over the version words after it ("Midjourney v6",
        "Claude 3.5 Sonnet", "Stable Diffusion XL"); returns the spans and the start offsets of
        the versioned ones."""
        out, versioned = [], set()
        starts = {span.start for span in spans}
        words, sizes = self.kb.cues.version_words, self.kb.cues.size_words
        for span in spans:
            end = span.end
            if self.kb.concepts[span.label_].kind in ("model", "product"):
                # (a medium after a language model's name is another model: "GPT Image")
                cues = self.kb.cues
                other_medium = cues.modality_words if cues.modality_family in self.kb.ancestors(span.label_) \
                    else frozenset()
                if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and \
                        not doc[end].whitespace_ and doc[end + 1].lower_ in words and end + 1 not in starts:
                    end += 2  # "GPT-3.5-Turbo", "Claude-3-Opus": a version joined by a hyphen
                if end < len(doc) and doc[end].lower_ in other_medium:
                    continue  # not a mention of the language model at all
                while end < len(doc) and end not in starts and end - span.end < 3 and doc[end - 1].whitespace_ and (
                        doc[end].lower_ in words or _VERSION_NUMBER.match(doc[end].text)) and not (
                        end + 1 < len(doc) and doc[end + 1].lower_ in sizes):
                    end += 1
            if end > span.end:
                versioned.add(doc[span.start].idx)
                span = Span(doc, span.start, end, label=span.label_)
            out.append(span)
        return out, versioned

    def __call__(self, doc: Doc) -> Doc:
        spans, versions = self.with_versions(doc, self.match(doc))
        index = {span.start_char: span.label_ for span in spans}
        taken = {i for span in spans for i in range(span.start, span.end)}
        with doc.retokenize() as retok:
            for span in spans:
                if len(span) > 1:
                    retok.merge(span)
            for span in glued_words(doc, taken):
                retok.merge(span)
        for tok in doc:
            concept = index.get(tok.idx)
            if concept is not None:
                set_concept(tok, concept)
                if tok.idx in versions:
                    set_versioned(tok)
            year = year_of(tok.text)
            if year is not None and concept is None:
                set_year(tok, year)
        return doc


def glued_words(doc: Doc, taken: set[int]) -> list[Span]:
    """Hyphenated words and percentages written without spaces ("risk-free", "error-free",
    "text-only", "100%"), so rule patterns can name them as one word."""
    out, i = [], 0
    while i < len(doc) - 1:
        j = i
        while j + 2 < len(doc) and doc[j + 1].text in ("-", "‐") and not doc[j].whitespace_ \
                and not doc[j + 1].whitespace_ and doc[j + 2].is_alpha and doc[j].is_alpha:
            j += 2
        if j == i and doc[i].like_num and doc[i + 1].text == "%" and not doc[i].whitespace_:
            j = i + 1
        if j > i and not any(k in taken for k in range(i, j + 1)):
            out.append(doc[i:j + 1])
            i = j + 1
        else:
            i += 1
    return out


def year_of(text: str) -> int | None:
    """The year a token denotes: "2014", "'17", "2022-08-22", "03/14/2021"."""
    d = _DATE.match(text)
    if d:
        return int(d.group(1) or d.group(2))
    m = _YEAR.search(text)
    if m and (len(text) == 4 or not text[:1].isalpha()):
        return int(m.group(0))
    m = _SHORT_YEAR.match(text)
    if m:
        return 2000 + int(m.group(1))
    return None


@Language.factory("claimcheck_terms", default_config={"rules_dir": "", "extra_facts": []},
                  assigns=["token.ent_id", "token.ent_kb_id"])
def make_terms(nlp: Language, name: str, rules_dir: str, extra_facts: list[str]) -> TermMatcher:
    extensions.install()
    return TermMatcher(nlp, knowledge_for(rules_dir, tuple(extra_facts)))

"""Cheap sentence splitting and selection, before any parsing.

The parser is ~300x slower than the tokenizer, so only sentences that mention a tracked
concept (and the sentence before one that opens with a pronoun) are parsed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checker.knowledge import KnowledgeBase
from checker.knowledge.names import Lookalikes
from checker.nlp.terms import name_variants

_ABBREV = r"(?:e\.g|i\.e|etc|vs|cf|approx|Dr|Mr|Mrs|Ms|Prof|Inc|Ltd|Corp|Jr|Sr|St|No|Fig|al|U\.S|A\.I|a\.k\.a)"
# (a sentence may open with a symbol: an emoji bullet, "• ", "✅ ")
_SYM = r"(?:[^\w\s\x00-\x7f—–‘’“”…«»„·]\ufe0f?\s?)"
# (a quiz item's "T / F" or "True or false" stays with its statement)
_SPLIT = re.compile(r"(?<=[.!?])(?P<close>[\"'”’)\]]*)\s+(?!T\s*/\s*F\b|True\s*(?:/|or)\s*[Ff]alse\b)"
                    r"(?=" + _SYM + r"{0,3}[\"'“‘(\[]*[A-Z0-9→⇒➔])"
                    r"|(?<=[.!?][\"'”’])\s+(?![—–]|-\s)|(?<=\?)\s+(?=" + _SYM + r"{0,3}[a-z])")
_ABBREV_END = re.compile(rf"\b{_ABBREV}\.$|\b[A-Z]\.$")


def is_abbreviation(word: str) -> bool:
    """Does ``word`` followed by a full stop end in an abbreviation ("Inc", "e.g", "a.k.a")?"""
    return bool(_ABBREV_END.search(word + "."))
# (after a short opener with its comma, "Mind you, they ...", and through a quantifier: "most of these models")
_PRONOUN_START = re.compile(r"^\W*(?:[A-Za-z]+(?:\s+[A-Za-z]+)?,\s+)?(?:(?:and|but|so|plus|yet|also|still)\s+)?"
                            r"(?:(?:most|many|all|some|none|each|several|both|one|few)\s+of\s+)?"
                            r"(it|they|them|these|this|that|those|such|its|their|the (?:model|models|technology|architecture|approach|system|systems|network|networks))\b", re.I)


@dataclass(frozen=True, kw_only=True)
class Sentence:
    start: int  # offset in the segment text
    text: str


def split_sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    pos = 0
    for m in _SPLIT.finditer(text):
        end = m.start() + len(m.group("close") or "")  # a closing quote or bracket stays with its sentence
        chunk = text[pos:end]
        if _ABBREV_END.search(chunk.rstrip("\"'”’)]")) and not (
                chunk.endswith(("No.", "no.")) and text[m.end():m.end() + 1].isalpha()):
            continue  # (but "No." before a word is the answer no: "No. It's a diffusion model")
        _emit(out, text, pos, end)
        pos = m.end()
    _emit(out, text, pos, len(text))
    return out


def _emit(out: list[Sentence], text: str, a: int, b: int) -> None:
    chunk = text[a:b]
    stripped = chunk.strip()
    if stripped:
        lead = len(chunk) - len(chunk.lstrip())
        out.append(Sentence(start=a + lead, text=stripped))


# a "sentence" longer than this is not prose but lines without punctuation (captions, notes);
# the engine's parse cap (MAX_SENTENCE_WORDS) is the same size
LINES_OVER_WORDS = 250
# ... up to this many lines; a longer flood ("GANs" on 8,000 lines) stays one capped paragraph
MAX_LINES = 400


# (also an ASCII bullet or number in text no reader marked up: "- Sometimes confidently wrong", "2) ...")
_BULLET_LINE = re.compile(r"\n[ \t]*(?=[^\w\s\x00-\x7f—–‘’“”…«»„·]|[-*+][ \t]+\S|\d{1,2}[.)][ \t]+[A-Za-z])")
# a line that ends with hashtags or an emoji ends a post: "... so creative ✨ #ChatGPT #GAN"
_POST_END = re.compile(r"(?:(?<!\S)#[^\W\d_]\w*|[^\w\s\x00-\x7f—–‘’“”…«»„·]\ufe0f?)[^\S\n]*(?=\n)")


def split_long_at_lines(sentences: list[Sentence], original: str) -> list[Sentence]:
    """Sentences split at the line breaks of the original text (the segment's source, where
    readers turned line breaks into spaces one for one): every line that opens with a symbol
    ("🔹 ...", "• ...", "✅ ...": a list the writer did not mark up) or a bold label, every
    line that maps an item to a value with an arrow, every line that ends
    with hashtags or an emoji (one social post per line), and, in a sentence over
    LINES_OVER_WORDS words, every line: an unpunctuated transcript is read a line at a time
    instead of not at all (up to MAX_LINES)."""
    if "\n" not in original:
        return sentences
    out: list[Sentence] = []
    for s in _split_bullet_lines(sentences, original):
        if len(s.text) <= LINES_OVER_WORDS:  # fewer characters than the words needed: no split
            out.append(s)
            continue
        piece = original[s.start:s.start + len(s.text)]
        breaks = [i for i, ch in enumerate(piece) if ch == "\n"]
        if not breaks or len(breaks) > MAX_LINES or len(s.text.split()) <= LINES_OVER_WORDS or \
                any(s.text[i] != " " for i in breaks):
            out.append(s)
            continue
        out += _lines(s, breaks)
    return out


# a line that maps an item to a value ("ChatGPT → chat assistant powered by an LLM") or opens
# with a short label ("**Tools:** ...", "Families: ...") is a line of its own, as an answer key or a spec sheet writes it
ARROW = re.compile(r"\s(?:→|->|⇒|=>)\s")
_LABEL_LINE = re.compile(r"[\s*_]*[A-Z][\w'-]*(?: [\w'-]+){0,2}[\s*_]*:[\s*_]")  # "**Tools:**", "Families:" (markup blanked)


# a term set equal to what it means, one to a line: "GAN = Generative Adversarial Network"
_EQUALS_LINE = re.compile(r"[\s*_]*[\w.·-]+(?: [\w.·-]+){0,3} = \S")


def _label_or_mapping_breaks(piece: str) -> set[int]:
    lines = piece.split("\n")
    cuts, pos = set(), 0
    for before, after in zip(lines, lines[1:]):
        pos += len(before)
        if ARROW.search(before) or ARROW.search(after) or _LABEL_LINE.match(after) or \
                _EQUALS_LINE.match(before) or _EQUALS_LINE.match(after):
            cuts.add(pos)
        pos += 1
    return cuts


def _split_bullet_lines(sentences: list[Sentence], original: str) -> list[Sentence]:
    out: list[Sentence] = []
    for s in sentences:
        piece = original[s.start:s.start + len(s.text)]
        cuts = sorted({m.start() for m in _BULLET_LINE.finditer(piece)} |
                      {m.end() for m in _POST_END.finditer(piece)} | _label_or_mapping_breaks(piece) |
                      _title_line_breaks(piece, s.start == 0 or original[s.start - 1] == "\n"))
        cuts = [c for c in cuts if c < len(s.text) and s.text[c] == " "]
        if not cuts:
            out.append(s)
            continue
        out += _lines(s, cuts)
    return out


def _title_line_breaks(piece: str, at_line_start: bool) -> set[int]:
    """The line breaks after a title on a line of its own ("The Numbers Don't Lie" over the
    paragraph it heads): two to twelve words, every word of three letters or more capitalised
    (a whole line: not the end of a wrapped sentence, "... Because an LLM")."""
    out, start = set(), 0
    for i, ch in enumerate(piece):
        if ch != "\n":
            continue
        line = piece[start:i].strip()
        if start == 0 and not at_line_start:
            start = i + 1
            continue
        words = re.findall(r"[^\W\d_][\w'’-]*", line)
        long = [w for w in words if len(w) >= 3]
        if 2 <= len(words) <= 12 and len(long) >= 2 and all(w[:1].isupper() for w in long) and line[-1:].isalnum():
            out.add(i)
        start = i + 1
    return out


def _lines(s: Sentence, breaks: list[int]) -> list[Sentence]:
    """A sentence cut at the given offsets (each a space that was a line break)."""
    lines: list[Sentence] = []
    pos = 0
    for end in breaks + [len(s.text)]:
        _emit(lines, s.text, pos, end)
        pos = end + 1
    return [Sentence(start=s.start + x.start, text=x.text) for x in lines]


class Trigger:
    """Finds any tracked name (case-insensitive names, case-sensitive acronyms). A set lookup
    on the sentence's words rejects most sentences before the big regex runs."""

    _WORDS = re.compile(r"[^\W_]+(?:[.·][^\W_]+)*")

    def __init__(self, kb: KnowledgeBase) -> None:
        lower, exact = set(), set()
        wide_lower, wide_exact = set(), set()  # (with the umbrella's names: "AI")
        for c in kb.concepts.values():
            if c.kind in ("org", "person"):
                continue
            names = {v.lower() for n in c.names + ((c.expansion,) if c.expansion else ()) + c.works
                     for v in name_variants(n, False)}
            exacts = {v for n in c.exact_names for v in name_variants(n, True)}
            wide_lower |= names
            wide_exact |= exacts
            if c.umbrella:
                continue  # a sentence naming only a company or "AI" can state none of the facts
            lower |= names
            exact |= exacts
        self.lookalikes = Lookalikes.of(kb)
        self.first_words = frozenset(self._WORDS.findall(w.lower())[0] for w in lower | exact
                                     if self._WORDS.findall(w.lower()))

        def alt(words: set[str]) -> str:
            return "|".join(re.escape(w).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]+")
                            for w in sorted(words, key=len, reverse=True))
        self.regex = re.compile(rf"(?<![\w-])(?:(?i:{alt(lower)})|{alt(exact)})(?![\w])")
        # any tracked name but a maker's, the umbrella's too: a name whose "'s" may be "is" ("AI's just one corner of ...")
        self.any_name = re.compile(rf"(?<![\w-])(?:(?i:{alt(wide_lower)})|{alt(wide_exact)})(?![\w])")
        # a work's title, in quotes or not, and what the parser reads in its place: "the
        # transformer paper", padded to the title's length (so offsets stay)
        works = {w.lower(): f"the {c.label} paper" for c in kb.concepts.values() for w in c.works}
        self.works = re.compile(r"[\"“]?(?i:" + "|".join(re.escape(w) for w in sorted(works, key=len, reverse=True)) +
                                r")[\"”]?") if works else None
        self.work_phrases = works

    def search(self, text: str) -> re.Match | bool | None:
        """A tracked name, or else a look-alike of an acronym's expansion ("a generic
        adversarial network"), which names its concept wrongly."""
        words = self._WORDS.findall(text.lower())
        m = None if self.first_words.isdisjoint(words) else self.regex.search(text)
        return m or bool(self.lookalikes.find(text, words))

    def findall(self, text: str) -> list[str]:
        return self.regex.findall(text) if self.search(text) else []


def trigger_regex(kb: KnowledgeBase) -> Trigger:
    """The name finder used to select sentences for parsing."""
    return Trigger(kb)


_NAME = re.compile(r"(?<=\S\s)[A-Z][a-z]+[A-Z0-9]?\w*")


@dataclass(frozen=True, kw_only=True)
class OverclaimCues:
    """The words that make a sentence with no tracked name worth parsing in a document about
    AI (rules/cues.yaml, overclaims)."""

    topics: frozenset[str] = frozenset()
    phrases: re.Pattern | None = None  # topic phrases ("make ... up")
    subjects: frozenset[str] = frozenset()
    absolutes: frozenset[str] = frozenset()
    starters: frozenset[str] = frozenset()  # capitalised sentence openers that are not names
    pair_nouns: frozenset[str] = frozenset()  # "the two terms" points back at two named concepts
    same_words: frozenset[str] = frozenset()  # "They're interchangeable": sameness of the two named before
    meanings: re.Pattern | None = None  # a word of a name talked about: 'the "large" refers to ...'
    # a count of texts or a size in parameters, which may be a model's named before: "The model
    # has a few thousand parameters", "a few hundred novels are enough to train a model"
    amounts: re.Pattern | None = None
    statements: frozenset[str] = frozenset()  # words one of which every fact's detect pattern needs


_PRONOUN = re.compile(r"\b(?:it|they)\b", re.I)


def select(sentences: list[Sentence], trigger: Trigger, overclaims: OverclaimCues | None = None,
           hits: list[bool] | None = None) -> list[tuple[Sentence, bool]]:
    """Sentences worth parsing, each with whether it mentions a concept itself (``hits``, when
    the caller has searched them already). With ``overclaims`` (for a document about AI), a
    sentence is read too when it has a limitation topic word and a possible AI subject: a
    subject noun or a name ("Acme can't make things up")."""
    chosen = []
    taken: set[int] = set()
    prev_hit = False
    for k, s in enumerate(sentences):
        hit = hits[k] if hits is not None else bool(trigger.search(s.text))
        # (a question about "it" after a sentence that names it: "BERT is a famous model. Who built it?")
        # (or a limitation said of "it" right after: "ChatGPT writes our menus. There's nothing unethical about it.")
        if hit or (prev_hit and (_PRONOUN_START.search(s.text) or (s.text.rstrip().endswith("?") and _PRONOUN.search(s.text)) or (
                overclaims and _PRONOUN.search(s.text) and not overclaims.topics.isdisjoint(Trigger._WORDS.findall(s.text.lower()))))) or (overclaims and (
                _overclaim_shaped(s.text, overclaims) or _pair_shaped(s.text, overclaims) or
                (overclaims.meanings is not None and overclaims.meanings.search(s.text)) or
                (overclaims.amounts is not None and overclaims.amounts.search(s.text)))):
            if overclaims and k > 0 and not hit and _PRONOUN.search(s.text) and \
                    k - 1 not in taken and \
                    not overclaims.subjects.isdisjoint(w.rstrip("s") for w in Trigger._WORDS.findall(sentences[k - 1].text.lower())):
                chosen.append((sentences[k - 1], False))  # what "it" stands for: "Our assistant is new. It never errs."
            chosen.append((s, hit))
            taken.add(k)
        prev_hit = hit
    return chosen


# (also as the third or fourth word: "But honestly it ...", "In fairness it ...", "Meta released
# it in 2019"; not after a first or second person: "I swear it got better", "We looked it up")
_PRONOUN_OPENS = re.compile(r"(?:^\W*(?!(?:i|we|you)\b)(?:[A-Za-z]+,?\s+){0,3}|[:;—–]\s*)(?:(?:and|but|so|plus|yet|also|still)\s+)?"
                            r"(?:it|they|th(?:ese|ose) things)\b", re.I)
_PAIR = re.compile(r"\b(?:two|both)\b", re.I)


def meaning_regex(kb: KnowledgeBase) -> re.Pattern | None:
    """Finds a word of a name talked about as a word (the facts' ``detect.meaning``): in quotes
    ('the "large"'), or beside a marker noun ("the word large", "the large bit")."""
    alts = []
    for fact in kb.facts:
        m = fact.detect.meaning if fact.detect is not None else None
        if m is not None:
            w, marks = re.escape(m.word), "|".join(re.escape(x) for x in sorted(m.markers))
            alts.append(rf"[\"“‘'*_]{w}[,.]?[\"”’'*_]|\b(?:{marks})\s+{w}\b|\bthe\s+{w}\s+(?:{marks}|in)\b")
    return re.compile("|".join(alts), re.I) if alts else None


def amount_regex(kb: KnowledgeBase) -> re.Pattern | None:
    """Finds a count of texts (the facts' ``detect.amount`` units) or a size in parameters: "a
    few thousand hand-picked documents", "10,000 sentences", "a few thousand parameters"."""
    units = sorted({u for fact in kb.facts if fact.detect is not None and fact.detect.amount is not None
                    for u in fact.detect.amount.units})
    if not units:
        return None
    nouns = "|".join(re.escape(u) for u in units)
    return re.compile(r"\b(?:\d[\d,]*|few|several|couple|handful|dozens?|hundreds?|thousands?|tens)\s+(?:[\w-]+\s+){0,3}?"
                      r"(?:" + nouns + r")s?\b|\bparam(?:eter)?s\b", re.I)


def topic_phrase_regex(phrases: tuple[str, ...]) -> re.Pattern | None:
    """One regex for the overclaim topic phrases of rules/cues.yaml; "..." skips up to three words."""
    if not phrases:
        return None
    alts = [r"(?:[\s-]+\S+){0,3}?[\s-]+".join(re.escape(w) for w in p.split(" ... ")).replace(r"\ ", r"\s+") for p in phrases]
    return re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)", re.I)


def _pair_shaped(text: str, cues: OverclaimCues) -> bool:
    """"The two terms mean the same", "Both are interchangeable", "They're the same thing": a
    pair named before."""
    if _PRONOUN_START.match(text) and not cues.same_words.isdisjoint(Trigger._WORDS.findall(text.lower())):
        return True
    m = _PAIR.search(text)
    if not m:
        return False
    after = Trigger._WORDS.findall(text[m.end():].lower())[:3]
    return not cues.pair_nouns.isdisjoint(after) or text[:m.start()].lower().strip() in ("", "the", "these", "those")


def _overclaim_shaped(text: str, cues: OverclaimCues) -> bool:
    words = Trigger._WORDS.findall(text.lower())
    if cues.topics.isdisjoint(words) and not (cues.phrases is not None and cues.phrases.search(text)):
        # (a sentence opening with "it" or "they" may state any fact's detect pattern of the
        # product named before: "It was trained mostly on photographs")
        return bool(_PRONOUN_OPENS.search(text)) and not cues.statements.isdisjoint(words)
    # a name anywhere but the start; at the start only with an absolute word ("Acme never errs")
    # (or "it" or "they" opening the sentence or a clause after a colon or dash, which may stand
    # for a product named a few sentences back)
    return not cues.subjects.isdisjoint(w.rstrip("s") for w in words) or bool(_NAME.search(text)) or \
        bool(_PRONOUN_OPENS.search(text)) or (
        text[:1].isupper() and (not cues.absolutes.isdisjoint(words) or
                                (len(words) > 1 and words[0] not in cues.starters and len(text.split()) > 1
                                 and text.split()[1][:1].islower())))  # "Bias/discrimination" is one word

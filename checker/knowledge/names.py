"""Acronym expansions: normalising and judging whether text reads as an attempted expansion."""

from __future__ import annotations

import re

_WORD = re.compile(r"[a-z0-9]+")


# words that are the short form of another in a spelled-out name
_SHORT = {"net": "network"}


def norm_words(text: str) -> list[str]:
    words = []
    for w in text.lower().replace("‐", "-").split():
        w = w.replace("-", "")
        w = "".join(_WORD.findall(w))
        if w.endswith("s") and len(w) > 3 and not w.endswith("ss"):
            w = w[:-1]
        w = _SHORT.get(w, w)  # "Generative Adversarial Nets", the paper's own title
        if w:
            words.append(w)
    return words


_LINKS = {"for", "from", "to", "of", "and", "the", "a"}


def expansion_plausible(got: list[str], right: list[str], acronym: str) -> bool:
    """Does ``got`` read as an attempt at the expansion (same head noun, same initials, or
    mostly the same words), rather than unrelated text that happens to follow the acronym?"""
    if not got:
        return False
    if "".join(got).startswith(right[0]) and len(right[0]) > 6:
        return True  # starts with the distinctive first word ("text-to-text ...")
    if abs(len(got) - len(right)) > 1:
        return False
    if got[-1] == right[-1]:
        return True
    letters = "".join(ch for ch in acronym.lower() if ch.isalpha())
    if "".join(w[0] for w in got if w not in _LINKS) == letters:
        return True  # "Basic Encoder for Retrieval Tasks": the initials, function words aside
    return len(set(got) & set(right)) * 2 >= len(right)


def _stem(w: str) -> str:
    return re.sub(r"(?:ing|ed|er|ion|al)$", "", w) if len(w) > 5 else w


def same_word(a: str, b: str, joined: bool = False) -> bool:
    """Two normalised words that name the same thing in an expansion: equal, the same stem
    ("pretraining"/"pretrained"), or one a clipping of the other ("nets"/"networks",
    "large-scale"/"large")."""
    if a == b or _stem(a) == _stem(b):
        return True
    if joined:
        return False  # a hyphenated word ("text-to-text") is no clipping of its first part ("text")
    short, long = sorted((a, b), key=len)
    return len(short) >= 3 and long.startswith(short)


_BY_KB: dict[int, tuple[object, "Lookalikes"]] = {}


class Lookalikes:
    """Phrases that mimic an acronym's expansion letter for letter with words swapped ("a
    generic adversarial network", "Language Learning Models", "Vector autoencoders"): a wrong
    name for the concept wherever it stands, whether or not the acronym is near (FACTS.md §3).

    A phrase counts when every content word starts with the true word's letter and it shares
    a word with the true expansion other than its head. Lowercase running text must swap exactly
    one word of an expansion of three or more ("general adversarial network"); more swaps, or a
    two-word expansion, need the phrase offered as a name: in quotes or parentheses, in Title
    Case. A swapped word in front of another concept's name is a modifier
    of that name ("local language models"), not a misspelt expansion."""

    _LINK = ("from", "for", "of", "with", "to", "in", "by", "and", "the")

    @classmethod
    def of(cls, kb) -> "Lookalikes":
        """The look-alike finder for a fact base, built once and shared by the sentence
        trigger and the claim extractor."""
        cached = _BY_KB.get(id(kb))  # (the entry holds the fact base, so its id is not reused)
        if cached is None:
            if len(_BY_KB) >= 8:
                _BY_KB.clear()  # a long-lived process whose rules were edited: keep a few
            cached = _BY_KB[id(kb)] = (kb, cls(kb.concepts.values(), {
                n.lower(): c.id for c in kb.concepts.values() for n in c.names}))
        return cached[1]

    def __init__(self, concepts, names: dict[str, str]) -> None:
        self.concepts = [c for c in concepts if c.acronym and c.expansion]
        self.names = names  # lowercase tracked name -> concept id
        self.name_words = frozenset(w for n in names for w in n.split())  # the words of those names
        self.patterns = []
        cheap: set[str] = set()
        for c in self.concepts:
            raw = c.expansion.split()
            content = [w for w in raw if w.lower() not in self._LINK]
            link = r"(?:(?i:" + "|".join(self._LINK) + r")\s+)?"
            body = r"\s+".join((link if k else "") + rf"[{w[0].upper()}{w[0].lower()}][^\W_]*(?:-[^\W_]+)*" for k, w in enumerate(content))
            self.patterns.append((c, content, re.compile(r"(?<![\w-])" + body + r"(?![\w-])")))
            for w in (content if len(content) == 2 else content[:-1]):
                for piece in re.split(r"-", w.lower()):
                    cheap |= {piece, piece + "s"}
        self.cheap = frozenset(cheap - set(self._LINK))

    def find(self, text: str, words: list[str] | None = None) -> list[tuple[object, int, int, str]]:
        """(concept, start, end, phrase) for every look-alike expansion in ``text``."""
        if words is None:
            words = re.findall(r"[^\W_]+", text.lower())
        if self.cheap.isdisjoint(words):
            return []
        out = []
        for concept, content, pattern in self.patterns:
            right = norm_words(" ".join(content))
            joined = ["-" in w for w in content]
            for m in pattern.finditer(text):
                phrase = m.group(0)
                got_raw = [w for w in phrase.split() if w.lower() not in self._LINK]
                got = norm_words(" ".join(got_raw))
                if len(got) != len(right):
                    continue
                swapped = [k for k, (g, r) in enumerate(zip(got, right)) if not same_word(g, r, joined[k])]
                if not swapped:
                    continue
                pairs = list(zip(right, joined))
                shared = {r for r, j in (pairs[:-1] if len(right) > 2 else pairs) if any(same_word(g, r, j) for g in got)}
                renamed = None  # computed only when needed: most look-alike matches are the true words
                if not shared:
                    renamed = self._renamed(text, m, concept) or self._predicated(text, m, concept)
                    if not renamed:
                        continue
                rest = " ".join(got_raw[swapped[-1] + 1:]).lower()
                if swapped == list(range(len(swapped))) and rest and self._other(rest, concept.id):
                    continue  # "local language models": a modifier of another concept's name
                if self._true_follows(text, m, concept):
                    continue  # "Generative Pre Trained Transformer": the true words run on
                own = {w.lower() for w in content}
                if any(got_raw[k].lower() in self.name_words for k in swapped) and any(
                        self.names.get(" ".join(got_raw[i:j + 1]).lower(), concept.id) != concept.id and
                        not {w.lower() for w in got_raw[i:j + 1]} <= own
                        for i in range(len(got_raw)) for j in range(i, len(got_raw)) if any(i <= k <= j for k in swapped)):
                    continue  # "Why Banks Invest in Generative AI Now": a swapped word is another concept's name
                lower = len(right) > 2 and len(swapped) == 1
                if not (lower or self._offered(text, m, got_raw) or
                        (renamed if renamed is not None else self._renamed(text, m, concept) or self._predicated(text, m, concept))):
                    continue
                out.append((concept, m.start(), m.end(), phrase))
        return out

    def _other(self, rest: str, cid: str) -> bool:
        for name, other in self.names.items():
            if other != cid and (rest == name or rest.rstrip("s") == name):
                return True
        return False

    @staticmethod
    def _true_follows(text: str, m: re.Match, concept) -> bool:
        window = "".join(norm_words(text[m.start():m.end() + 30]))
        return "".join(norm_words(concept.expansion)) in window

    @staticmethod
    def _predicated(text: str, m: re.Match, concept) -> bool:
        """The phrase said to be what the acronym is, right after it: "VAE is a variable
        autoencoder", "LLM is linguistic learning model", "VAE, that's a video autoencoder"."""
        return bool(re.search(rf"\b{re.escape(concept.acronym)}s?\s*(?:,\s*(?:that|which|it)\s*(?:['’]s|is)|\s+(?:is|are|was|were|=))"
                              r"\s+(?:(?:a|an|the)\s+)?[\"“‘']?$", text[:m.start()]))

    @staticmethod
    def _renamed(text: str, m: re.Match, concept) -> bool:
        """The phrase set off right after the concept's own name, as another name for it: "a
        large language model — a linguistic logic model, if you like —"."""
        raw = text[:m.start()].rstrip()
        before = re.sub(r"(?:\b(?:a|an|the|or|aka|i\.e\.)\s*)+$", "", raw, flags=re.I).rstrip()
        named = re.search(r"\b(?:or|aka|i\.e\.)\s*(?:a|an|the)?$", raw, re.I)  # ", or a ...": another name
        if not before or before[-1] not in "—–,(:" or (before[-1] == "," and not named) or \
                (before[-1] == "(" and re.search(r"\b(?:a|an|the)$", raw, re.I)):
            return False  # (a bare comma sets off a description: "an LLM, a lightweight local model")
        head = before[:-1].rstrip().lower()
        return any(head.endswith(n) for n in (concept.expansion.lower(), concept.acronym.lower(), concept.acronym.lower() + "s"))

    @staticmethod
    def _offered(text: str, m: re.Match, words: list[str]) -> bool:
        before = text[max(0, m.start() - 2):m.start()]
        return any(q in before for q in "\"“‘'(") or all(w[:1].isupper() for w in words)

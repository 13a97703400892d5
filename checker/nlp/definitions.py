"""Glossary entries read as claims.

A glossary states what a term is without a verb: "GAN: a single network that grades its own
output", "- **T5** — Meta's 2019 text-to-text model", or an HTML ``<dd>`` under its ``<dt>``.
The entry's first sentence is parsed as "TERM is DEFINITION", and the offsets of what the
parser read map back to the page (``Rewrite.original``), so findings keep their columns.

An entry counts only when the text before the separator is nothing but a tracked name (with
an optional acronym in parentheses), and the definition opens like a noun phrase: a
determiner, a number, a possessive ("Google's ...") or a lowercase word that is not a verb
form ending in -s. Anything else ("GANs vs diffusion: which wins?", "Myth: ...") is left as is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checker.nlp.sentences import Trigger

# the separator after a term: a colon, or a dash with space before it ("GAN — a ...", "GAN - a ...")
_SEP = re.compile(r"\s*:\s*|\s+[—–-]\s*|\s*[—–]\s*")
_LEAD = re.compile(r"^[\W\d_]*?(?=[^\W\d_])")       # list markers, bullets, numbering
_PAREN = re.compile(r"^\s*\([^()]{1,40}\)\s*$")    # "(GAN)" after the name
_NP_START = re.compile(
    r"^(?:a|an|the|one|two|three|any|each|every|short|shorthand|also)\b"   # determiners, "short for"
    r"|^[A-Z][\w.-]*['’]s\b"                                               # "Google's ..."
    r"|^[a-z][a-z-]*(?<!s)\b", re.I)                                       # "attention-based ..."
_STARTS_LOWER = re.compile(r"^[a-z]")
# a credit line: a capitalised name, maybe a year after a comma or in parentheses, and nothing else
_CREDIT = re.compile(r"^(?P<maker>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})"
                     r"(?:\s*(?:,\s*|\(\s*|\s+in\s+)(?:[A-Z][a-z]+\s+)?(?P<year>(?:19|20)\d\d)\)?)?\s*[.;]?\s*$")
_PRONOUNS = frozenset({"it", "they", "this", "these", "those", "he", "she", "we", "you", "i", "which", "that",
                       "what", "who", "how", "why", "when", "where", "is", "are", "was", "were", "can", "will",
                       # a conjunction after the dash adds to the term, it does not define it:
                       # "Generative AI — or LLMs, as some call it — is ...", "X — and Y — are ..."
                       "or", "and", "but", "nor", "so", "yet", "not"})


@dataclass(frozen=True)
class Rewrite:
    """What the parser reads instead of a sentence: the original with some pieces replaced.
    ``splices`` are (where in the original, length inserted, length removed), in order."""

    text: str
    splices: tuple[tuple[int, int, int], ...]

    def original(self, offset: int) -> int:
        """An offset in ``text`` mapped back to the original sentence."""
        shift = 0  # how far the rewritten text runs ahead of the original so far
        for at, inserted, removed in self.splices:
            if offset < at + shift:
                break
            if offset < at + shift + inserted:
                return at
            shift += inserted - removed
        return offset - shift


def _splice(original: str, pieces: list[tuple[int, int, str]]) -> Rewrite:
    """Replace ``original[a:b]`` by ``words`` for each (a, b, words), in order."""
    out, pos, splices = [], 0, []
    for a, b, words in pieces:
        out += [original[pos:a], words]
        splices.append((a, len(words), b - a))
        pos = b
    out.append(original[pos:])
    return Rewrite(text="".join(out), splices=tuple(splices))


def _is_term(text: str, trigger: Trigger) -> bool:
    """Is ``text`` (markup already blanked) one tracked name, maybe with "(ACRONYM)" after it?"""
    body = text.strip()
    if body.lower().startswith("the "):
        body = body[4:]
    m = trigger.regex.match(body)
    return bool(m) and (m.end() == len(body) or bool(_PAREN.match(body[m.end():])))


def _spells_out(term: str, definition: str) -> bool:
    """"GAN: general adversarial network": an acronym followed by words that start with its
    first letter is spelled out, and the expansion reader judges that."""
    name = term.strip().split("(")[0].strip()
    letters = re.sub(r"[^A-Za-z]", "", name)
    letters = letters[:-1] if letters.endswith("s") else letters  # "VAEs—variable autoencoders—"
    return name[:1].isupper() and letters.isupper() and len(letters) <= 6 and \
        definition[:1].lower() == letters[:1].lower()


def _opens_noun_phrase(definition: str) -> bool:
    first = definition.split(None, 1)[0].lower() if definition.split() else ""
    if not first or first.strip(".,;:") in _PRONOUNS:
        return False
    if not _STARTS_LOWER.match(definition) and not re.match(r"^(?:A|An|The|One|Two|Three|Any|Each|Every)\b|^[A-Z][\w.-]*['’]s\b", definition):
        return False  # a capitalised word that is not a determiner or a possessive: a new sentence
    return bool(_NP_START.match(definition))


def inline_entry(sentence: str, trigger: Trigger) -> Rewrite | None:
    """"TERM: definition" (or "TERM — definition") at the start of a sentence."""
    lead = _LEAD.match(sentence)
    start = lead.end() if lead else 0
    for sep in _SEP.finditer(sentence, start):
        term, definition = sentence[start:sep.start()], sentence[sep.end():]
        if not term.strip() or len(term) > 80:
            return None
        if not _is_term(term, trigger):
            return None
        credit = _CREDIT.match(definition)
        if credit:  # "GPT-2: OpenAI, 2021", "Bard — Microsoft (2023)"
            at = sep.end()
            pieces = [(sep.start(), at, " was released by ")]
            if credit.group("year"):
                pieces.append((at + credit.end("maker"), at + credit.start("year"), " in "))
            return _splice(sentence, pieces)
        if _opens_noun_phrase(definition) and not _spells_out(term, definition):
            return _splice(sentence, [(sep.start(), sep.end(), " is ")])
        return None  # only the first separator can end a term
    return None


def entry_under(term: str, sentence: str, trigger: Trigger) -> Rewrite | None:
    """A definition whose term stands apart (an HTML ``<dd>`` under its ``<dt>``)."""
    if not _is_term(term, trigger):
        return None
    if _spells_out(term, sentence):  # "<dt>GAN</dt><dd>general adversarial network</dd>": as "GAN: ..."
        return _splice(sentence, [(0, 0, " ".join(term.split()) + ": ")])
    if not _opens_noun_phrase(sentence):
        return None
    return _splice(sentence, [(0, 0, " ".join(term.split()) + " is ")])

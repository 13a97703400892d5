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
_SEP = re.compile(r"\s*(?:→|⇒)\s*|\s+(?:->|=>)\s+|\s*:\s*|\s+[—–-]\s*|\s*[—–]\s*")  # (an arrow maps a term to what it is)
_LEAD = re.compile(r"^[\W\d_]*?(?=[^\W\d_])")       # list markers, bullets, numbering
_PAREN = re.compile(r"^\s*\([^()]{1,40}\)\s*$")    # "(GAN)" after the name
# a definition that opens by spelling its term out: "Short for ...", "Stands for ...", "Abbreviation of ..."
_EXPANDS = re.compile(r"^\s*(?:(?:an?\s+)?(?:short|shorthand|abbreviation|acronym)\s+(?:for|of)|stands\s+for)\b", re.I)
_NP_START = re.compile(
    r"^(?:a|an|the|one|two|three|any|each|every|short|shorthand|also)\b"   # determiners, "short for"
    r"|^[A-Z][\w.-]*['’]s\b"                                               # "Google's ..."
    r"|^[a-z][a-z-]*(?<!s)\b", re.I)                                       # "attention-based ..."
_STARTS_LOWER = re.compile(r"^[a-z]")
# an adverbial that opens a definition before its noun phrase: "in practice, ", "technically, ", "for our purposes, "
_OPENER = re.compile(r"^(?:(?:in|for|at|on|within|under)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+|[a-z]+ly|"
                     r"(?:strictly|technically|loosely|broadly|roughly)\s+speaking),\s+", re.I)
# a credit line: a capitalised name, maybe a year after a comma or in parentheses, and nothing else
# (after the year, an aside of its own may follow: "Geoffrey Hinton, 2012, same year as ImageNet")
_CREDIT = re.compile(r"^(?P<maker>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})"
                     r"(?:\s*(?:,\s*|\(\s*|\s+in\s+)(?:[A-Z][a-z]+\s+)?(?P<year>(?:19|20)\d\d)\)?(?:\s*[,;—–]\s+[^\d].*)?)?\s*[.;]?\s*$")
_PRONOUNS = frozenset({"it", "they", "this", "these", "those", "he", "she", "we", "you", "i", "which", "that",
                       "what", "who", "how", "why", "when", "where", "is", "are", "was", "were", "can", "will",
                       # a conjunction after the dash adds to the term, it does not define it:
                       # "Generative AI — or LLMs, as some call it — is ...", "X — and Y — are ..."
                       "or", "and", "but", "nor", "so", "yet", "not"})


@dataclass(frozen=True, kw_only=True)
class Rewrite:
    """What the parser reads instead of a sentence: the original with some pieces replaced.
    ``splices`` are (where in the original, length inserted, length removed), in order;
    ``answer`` (where, length) is the text after the sentence that the whole reading stands
    for, when it does ("Q: Who makes DALL-E?" read with the answer on the next line)."""

    text: str
    splices: tuple[tuple[int, int, int], ...]
    answer: tuple[int, int] | None = None
    before: Rewrite | None = None  # a rewrite this one was made over, whose text it rewrote

    def original(self, offset: int) -> int:
        """An offset in ``text`` mapped back to the original sentence (or past it, into its answer)."""
        if self.answer is not None:
            return self.answer[0] + min(offset, self.answer[1])
        shift = 0  # how far the rewritten text runs ahead of the original so far
        for at, inserted, removed in self.splices:
            if offset < at + shift:
                break
            if offset < at + shift + inserted:
                offset = at + shift  # (inside an insertion: where it stands)
                break
            shift += inserted - removed
        mapped = offset - shift
        return self.before.original(mapped) if self.before is not None else mapped


# a name's "'s" before a word no possessive takes is "is": "Stable Diffusion's basically a GAN",
# "ChatGPT's a GAN", "ChatGPT's built on GANs" (not "ChatGPT's one weakness", "ChatGPT's built-in tools")
_IS_AFTER = ("a", "an", "the", "basically", "just", "all", "really", "actually", "essentially", "also", "built",
             "made", "based", "powered", "trained", "not", "never", "been", "got", "definitely", "probably",
             "literally", "simply", "merely", "technically", "more", "less", "nothing", "no", "still", "always",
             "totally", "completely", "entirely", "perfectly", "absolutely", r"one\s+of")

# an adjective of judgement with what it is judged at, or closing the clause, can follow only
# "is" ("BERT's brilliant at writing reports", "ChatGPT's useless for maths"), not a possessive
# ("ChatGPT's great strength")
_JUDGED_IS = r"(?:brilliant|great|good|excellent|amazing|fantastic|superb|decent|terrible|useless|rubbish|hopeless|" \
             r"ideal|perfect|fine|capable|able|designed|meant|brill|smashing|handy)(?=\s+(?:at|for|with|in|on|to|when)\b|\s*[,.;!?])"

_NAME_POSSESSIVE = re.compile(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s\b")


def contracted(text: str, names: re.Pattern | None, before: Rewrite | None = None) -> Rewrite | None:
    """``text`` with a tracked name's "'s" read as "is" (or "has", before "been" and "got") where
    no possessive fits (``before``: the rewrite ``text`` came from), or None when there is none."""
    if names is None or ("'s " not in text and "’s " not in text):
        return None
    pieces = []
    for m in re.finditer(r"['’]s\s+(?:(" + "|".join(_IS_AFTER) + r")\b(?![-‐])|(" + _JUDGED_IS + r")|(?=\S))", text, re.I):
        if not (m.group(1) or m.group(2)):
            # (or another name's possessive, which no possessive can own: "Llama's Google's open one")
            if not _NAME_POSSESSIVE.match(text, m.end()):
                continue
        name = names.search(text, max(0, m.start() - 40), m.start())
        while name is not None and name.end() < m.start():  # (the name must end right at the "'s")
            name = names.search(text, name.end(), m.start())
        if name is not None and name.end() == m.start():
            # ("ChatGPT's been around since 2021": "has")
            pieces.append((m.start(), m.start() + 2, " has" if (m.group(1) or "").lower() in ("been", "got") else " is"))
    if not pieces:
        return None
    rewrite = _splice(text, pieces)
    return Rewrite(text=rewrite.text, splices=rewrite.splices, before=before)


def _splice(original: str, pieces: list[tuple[int, int, str]]) -> Rewrite:
    """Replace ``original[a:b]`` by ``words`` for each (a, b, words), in order."""
    out, pos, splices = [], 0, []
    for a, b, words in pieces:
        out += [original[pos:a], words]
        splices.append((a, len(words), b - a))
        pos = b
    out.append(original[pos:])
    return Rewrite(text="".join(out), splices=tuple(splices))


_CLOSERS = set(",.;:!?)]}'’”%")


def speaker_regex(titles: tuple[str, ...], roles: tuple[str, ...]) -> re.Pattern:
    """A speaker's label opening a line (cues.yaml ``speakers``), maybe after a time stamp: a
    name in capitals ("MS RAMAN:", "[19:10] DEV:"), a titled name ("Dr Mensah:"), a role word
    ("Student:"), or a name with a bracketed role ("Rick (parent):")."""
    alts = lambda words: "|".join(sorted(map(re.escape, words), key=len, reverse=True))  # noqa: E731
    role = r"(?:\s*\([^()\n]{1,40}\))"
    caps = r"[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,3}"
    titled = rf"(?i:{alts(titles)})\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?" if titles else caps
    named = rf"(?:{caps}|{titled}){role}?"
    parts = [named, rf"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?{role}"]
    if roles:
        parts.append(rf"(?=[A-Z])(?i:{alts(roles)})s?{role}?")
    stamp = r"(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s+)?"  # a time stamp before it: "[19:10] DEV: ..."
    return re.compile(rf"^\s*{stamp}(?P<label>{'|'.join(parts)})\s*:\s+(?=\S)")


def speaker_label(text: str, speakers: re.Pattern | None, unlabels: tuple[str, ...], names: re.Pattern | None) -> int:
    """Where the words after a speaker's label start (0 when the sentence has none)."""
    m = speakers.match(text) if speakers is not None else None
    if m is None or (names is not None and names.search(m.group("label"))) or \
            set(re.findall(r"[a-z]+", m.group("label").lower())) & set(unlabels):
        return 0
    return m.end()


def unmarked(text: str, source: str, opened: bool = False, label: int = 0) -> Rewrite | None:
    """The sentence without the blanks its markup left (``source`` is its original text at the
    same offsets), or None when it has none: "but **not** LLMs" is read "but   not   LLMs" and
    "OpenAI&rsquo;s" "OpenAI      ’s", where each run of blanks would be a token of its own
    between words that belong together. A run between two words keeps one space ("A<br>B");
    blanks that were blank in the source (a column's alignment) stay, and so does the markup of
    a label that opens the sentence ("**Gary Pruitt** Mum, ...", "**DEV (CTO):** ..."; ``opened``:
    the sentence starts right after markup)."""
    runs, i, n = [], 0, min(len(text), len(source))
    while i < n:
        if text[i] != " " or source[i].isspace():
            i += 1
            continue
        j = i
        while j < n and text[j] == " " and not source[j].isspace():
            j += 1
        runs.append((i, j))
        i = j
    def apart(k: int) -> bool:
        # a label's closing markup before a new clause or a dash stays a break: "**Dennis** A
        # GAN is ...", "**Transformer** — ..." (not "**Stable Diffusion** (OpenAI, 2022)")
        after = text[runs[k][1]:].lstrip()[:1]
        return after.isupper() or after.isdigit() or after in ("—", "–", "-")
    if runs and not text[:runs[0][0]].strip():
        runs = runs[1:] if len(runs) > 1 and not apart(1) else runs[2:]  # (the label's opening markup, and its closing)
    elif runs and opened and apart(0):
        runs = runs[1:]
    pieces = [(0, label, "")] if label else []  # a speaker's label: "RICK (parent): ..."
    for i, j in runs:
        if i < label:
            continue
        left, right = text[i - 1] if i else " ", text[j] if j < len(text) else " "
        joined = not (left.isspace() or right.isspace() or right in _CLOSERS or left in "([{‘“'\"")
        pieces.append((i, j, " " if joined else ""))
    return _splice(text, pieces) if pieces else None


_SUBJECT_OPENERS = frozenset({"the", "a", "an", "it", "they", "this", "these", "those", "its", "their", "our", "my",
                              "your", "we", "i", "you", "there", "he", "she"})


_ACRONYM_END = re.compile(r"\b[A-Z][A-Z0-9]+s?$")  # an acronym that ends the text before a qualifier ("AI as a whole")


def without_asides(text: str, asides: re.Pattern | None, names: re.Pattern | None) -> Rewrite | None:
    """The sentence without the asides the parser would misread as its clause (cues.yaml
    ``asides``: "Midjourney, I found out later, is a GAN" is read "Midjourney is a GAN"; an
    opener gets its missing comma), or None when it has none. An aside that names a concept where nothing before it does stays
    ("every tool, the image generator included, is an LLM": what it includes is what the
    sentence is about)."""
    if asides is None:
        return None
    pieces = []
    for m in asides.finditer(text):
        if m.groupdict().get("qualifier") is not None:
            # (only after a tracked name or an acronym: "LLMs are in general reliable" keeps its hedge)
            if _ACRONYM_END.search(text, 0, m.start()) or names is not None and any(
                    n.end() == m.start() for n in names.finditer(text, max(0, m.start() - 40), m.start())):
                pieces.append((m.start(), m.end(), ""))
        elif "opener" in m.groupdict() and m.group("opener") is not None:
            if not text[m.end():m.end() + 1] == ",":
                pieces.append((m.end(), m.end(), ","))  # "In truth the transformer": "In truth, the transformer"
        elif not (names is not None and names.search(m.group()) and not names.search(text[:m.start()])):
            # (a comma stays when the clause's subject comes after the aside, which followed an
            # opening phrase: "For plain facts, mind you, ChatGPT is ..." -> "For plain facts, ChatGPT is ...")
            after = re.match(r"\s*([\w'’]+)", text[m.end():])
            keep = m.group().lstrip()[:1] == "," and m.group().rstrip()[-1:] == "," and after is not None and (
                after.group(1)[:1].isupper() or after.group(1).lower() in _SUBJECT_OPENERS)
            pieces.append((m.start(), m.end(), "," if keep else ""))
    return _splice(text, pieces) if pieces else None


def _is_term(text: str, trigger: Trigger) -> bool:
    """Is ``text`` (markup already blanked) one tracked name, maybe with "(ACRONYM)" after it?"""
    body = text.strip()
    if body.lower().startswith("the "):
        body = body[4:]
    # (the umbrella's name too: "<dt>Artificial intelligence (AI)</dt>")
    return any(bool(m) and (m.end() == len(body) or bool(_PAREN.match(body[m.end():])))
               for m in (trigger.regex.match(body), trigger.any_name.match(body)))


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
    if not first or re.split(r"['’]", first.strip(".,;:"))[0] in _PRONOUNS:  # (also "that's ...", "it's ...")
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
        dash = sep.group().strip()
        if dash in ("—", "–", "-") and re.search(r"\s" + re.escape(dash) + r"\s*[a-z]", definition):
            return None  # an aside between a pair of dashes, and the sentence goes on: "The transformer
            # — the basis of modern chatbots — was introduced in 2017"
        opener = _OPENER.match(definition)
        if opener and _opens_noun_phrase(definition[opener.end():]):
            # an adverbial before the definition: "AI: in practice, one strand of ..." -> "AI, in practice, is one strand of ..."
            at = sep.end() + opener.end()
            return _splice(sentence, [(sep.start(), sep.end(), ", "), (at, at, "is ")])
        if _opens_noun_phrase(definition) and not _spells_out(term, definition):
            return _splice(sentence, [(sep.start(), sep.end(), " is ")])
        return None  # only the first separator can end a term
    return None


def entry_under(term: str, sentence: str, trigger: Trigger) -> Rewrite | None:
    """A definition whose term stands apart (an HTML ``<dd>`` under its ``<dt>``)."""
    if not _is_term(term, trigger):
        return None
    if _spells_out(term, sentence) or _EXPANDS.match(sentence):
        # "<dt>GAN</dt><dd>general adversarial network</dd>", "<dd>Short for ...</dd>": as "GAN: ..."
        return _splice(sentence, [(0, 0, " ".join(term.split()) + ": ")])
    opener = _OPENER.match(sentence)
    if opener and _opens_noun_phrase(sentence[opener.end():]):  # "<dd>Technically, a branch of ...</dd>"
        return _splice(sentence, [(0, 0, _term_name(term) + ", "), (opener.end(), opener.end(), "is ")])
    if not _opens_noun_phrase(sentence):
        return None
    # (a spelling-out in brackets is the term's own claim, read where the term stands: "<dt>GPT
    # (General Purpose Transformer)</dt><dd>OpenAI's series of models</dd>" is "GPT is ...")
    return _splice(sentence, [(0, 0, _term_name(term) + " is ")])


def _term_name(term: str) -> str:
    """The term without a spelling-out in brackets after it: "GPT (General Purpose Transformer)" -> "GPT"."""
    return re.sub(r"\s*\([^()]*\)\s*$", "", " ".join(term.split())) or " ".join(term.split())


_AUXILIARIES = frozenset({"is", "are", "was", "were", "has", "have", "had", "does", "do", "did", "can", "could",
                          "will", "would", "isn't", "wasn't", "aren't", "weren't", "can't", "won't", "doesn't"})
# a cell that opens with a participle and its preposition: "Released by OpenAI in 2019"
_PARTICIPLE = re.compile(r"^(?:[A-Za-z]+ed|built|made|run|known|written|shown|given|taken|put|sold|grown|drawn)\s+"
                         r"(?:by|on|in|with|from|for|as|at|to|into|under|around|atop)\b", re.I)


# a count of something the name has: "175 million parameters", "about 7B parameters"
_COUNTED = re.compile(r"^(?:about|around|roughly|approximately|over|nearly|almost|some|~)?\s*\d[\d.,]*\s*"
                      r"(?:thousand|million|billion|trillion|[kmbt]\b)?\s*[a-z-]+s\b", re.I)


def third_person(lemma: str) -> str:
    """A verb's present-tense form after "it": "use" -> "uses", "rely" -> "relies", "pit" -> "pits"."""
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x", "z", "o")) else "s")


def verb_forms(lemma: str) -> tuple[str, str, str]:
    """A regular verb's plain, present and past forms: "release" -> release, releases, released."""
    return lemma, third_person(lemma), lemma + ("d" if lemma.endswith("e") else "ed")


def cell_entry(name: str, cell: str, verbs: frozenset[str] = frozenset()) -> Rewrite | None:
    """A table cell that describes its row's product or model, read as said of it
    (structure.described_cells): a noun phrase as "NAME is CELL" ("| Llama 2 | Google's open
    model |"), a participle as a reduced relative ("| DALL-E 2 | Released by OpenAI in 2019 |"
    as "DALL-E 2, released by OpenAI in 2019"), and a relation's verb (``verbs``, as after "it")
    as the name's ("| Midjourney | Uses a GAN |" as "Midjourney uses a GAN"). A cell of one word
    is a label, and a cell that opens with a pronoun or another verb says nothing of the name by itself."""
    at = len(cell) - len(cell.lstrip())
    body = cell[at:]
    words = body.split()
    if len(words) < 2 or words[0].lower().strip(".,;:") in _PRONOUNS:
        return None
    if any(w.lower() in _AUXILIARIES for w in body.split(",")[0].split()[:4]):
        return None  # a clause of its own: "| Bard was Microsoft's answer to ChatGPT |"
    first = words[0]
    # a capitalised common word opens the cell, not a name: "Transformer language model, ..."
    lower = first[:1].isupper() and first[1:].islower() and first.isalpha() and not words[1][:1].isupper()
    opening = first[0].lower() if lower else first[0]
    if _PARTICIPLE.match(body):
        return _splice(cell, [(at, at + 1, " ".join(name.split()) + ", " + opening)])
    if first.lower() in verbs and (words[1][:1].islower() or words[1].lower() in ("a", "an", "the")):
        return _splice(cell, [(at, at + 1, " ".join(name.split()) + " " + opening)])
    if _COUNTED.match(body):
        return _splice(cell, [(at, at + 1, " ".join(name.split()) + " has " + opening)])  # "| GPT-3 | 175 million parameters |"
    if not _NP_START.match(opening + body[1:]):
        return None
    return _splice(cell, [(at, at + 1, " ".join(name.split()) + " is " + opening)])


# ---------------------------------------------------------------- question and answer pairs
# "Q: Who makes Gemini? A: Meta." states "Meta makes Gemini": a quiz, flashcard or FAQ line
# whose answer fills the question's gap. The question is read as that statement (its findings
# stay at the question), in a few fixed shapes; any other question stays a question.
_ANSWER = re.compile(r"^\s*\(?\s*(?:A|Answer|Ans)\s*\d{0,3}\s*[:.)]\s*(?P<body>[^\n]*)")  # (also in brackets: "(Answer: Meta.)")
# (or on the question's own line with no label, after a dash or as a bare phrase: "5. Which
# company released Llama 2? — *Microsoft*", "Who makes the Llama models? Google, who ...")
_INLINE_ANSWER = re.compile(r"^[ \t]*(?:[—–]|-(?=\s))?[ \t]*(?P<body>[*_]*[A-Za-z0-9\"“'‘][^\n]*)")
# (a bare answer is a phrase, not a clause of its own: not "Let's find out", "Good question, we ...")
_OWNER_ANSWER = re.compile(r"[*_]*(?!(?:It|That|He|She|There|Here|What|Who)['’])[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}['’]s[*_.!]*")
_CLAUSAL = re.compile(r"(?i)\b(?:i|you|we|they|he|she|it|let|here|there|this|that|question)\b|['’](?:s|re|ll|ve|d|m)\b|n['’]t\b")
# (or the item's number: "9. Whose ...", "Card 6. True or false: ...")
_QPREFIX = re.compile(r"^\s*(?:Q\d*|Question\s*\d*|(?:Card|Flashcard|Item)\s*\d{1,3}|\d{1,3})\s*[:.)]\s*", re.I)
_AUX = r"(?:is|are|was|were|does|do|did|has|have|can|could|will|would)"
_WH_SUBJECT = re.compile(r"^(?:who|which\s+(?:[\w-]+|[\"“][^\"“”]{1,30}[\"”])|what\s+(?:company|lab|team|organi[sz]ation|firm|group|startup))\s+"
                         r"(?P<rest>(?!" + _AUX + r"\b)[a-z][\w-]*\b.*|(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:behind|responsible\s+for|credited\s+with)\s.*)$", re.I)
_WH_COPULA = re.compile(r"^(?:what|which)\s+(?:[\w-]+\s+){0,4}?(?P<be>is|are|was|were)\s+(?P<x>[^,]+)$", re.I)
_WH_PASSIVE = re.compile(r"^(?:what|which)(?:\s+[\w-]+)?\s+(?P<be>is|are|was|were)\s+(?P<x>.+?)\s+"
                         r"(?P<verb>(?:\w+\s+)?\w+ed|\w+en|built|made|used|trained|based|run)\s+(?P<prep>on|for|from|with|by|in)$", re.I)
# (the verb is the question's last lower-case word but a particle, a short phrase or a name:
# "When was the transformer introduced", "When did GPT-3 come out", "... first released to the
# public", "In which year did OpenAI release GPT-4", "... did Goodfellow publish the first GAN paper")
_WHEN = re.compile(r"^(?:when|(?:in\s+)?(?:which|what)\s+(?:year|month(?:\s+and\s+year)?|date))\s+(?P<aux>was|were|did)\s+(?P<x>.+?)\s+"
                   r"(?:(?:first|originally|initially)\s+)?(?P<verb>(?-i:[a-z][\w-]*))"
                   r"(?P<rest>(?:\s+(?:out|up|off|online|publicly|(?:to|by|at|from)\s+(?:the\s+)?[\w-]+|(?-i:[A-Z0-9][\w.-]*)|(?:the|a|an|its|their|his|her)(?:\s+[\w-]+){1,5}))*)$", re.I)
# "..., and by whom?": the question asks for the agent too, which the answer gives after its date
# ("When was the transformer introduced, and by whom?")
_BY_WHOM = re.compile(r",?\s+and\s+(?:by\s+whom|who\s+by|by\s+who)$", re.I)
# an answer that gives both: "2017, by OpenAI", "2014 by Geoffrey Hinton"
_WHEN_BY = re.compile(r"^(?P<when>[^,;–—(]+?)\s*,?\s+by\s+(?P<who>[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3})")
# "..., and when?": the question asks for the date too, which the answer gives after its agent
# ("Who invented GANs, and when?" / "Ian Goodfellow's team, in 2016")
_AND_WHEN = re.compile(r",?\s+and\s+when$", re.I)
_ANSWER_DATE = re.compile(r"\s*,?\s+(?:in\s+|back\s+in\s+)?(?P<when>(?:[A-Z][a-z]+\s+)?\d{4})\W*$")
# what a thing does with a preposition, asked with "do": "What does a GAN consist of?", "What do
# LLMs run on?" -> "a GAN does consist of two networks"
_WH_DO = re.compile(r"^what\s+(?P<aux>does|do|did)\s+(?P<x>.+?)\s+(?P<verb>(?-i:[a-z][\w-]*))\s+(?P<prep>of|on|from|with|in|into|to|for|by)$", re.I)
_HOW_MANY = re.compile(r"^(?:roughly\s+|about\s+|approximately\s+)?how\s+many\s+(?P<n>(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:does|do|did)\s+"
                       r"(?P<x>.+?)\s+(?:have|use|contain|need)$", re.I)
_WH_FIRST = re.compile(r"^(?:which|what)\s+(?:one\s+)?(?P<verb>came|appeared|arrived|existed)\s+first\b", re.I)
_STAND_FOR = re.compile(r"^what\s+(?:does|do|did)\s+(?P<x>.{1,40}?)\s+(?:stand|stands)\s+for$", re.I)
_SHORT_FOR = re.compile(r"^what\s+(?:is|'s|are)\s+(?P<x>.{1,40}?)\s+short\s+for$", re.I)
# (also without its verb: "How many networks in a GAN?")
_HOW_MANY_IN = re.compile(r"^how\s+many\s+(?P<n>(?:(?!(?:are|is)\b)[\w-]+\s+){0,2}?(?!(?:are|is)\b)[\w-]+)\s+(?:(?:are|is)\s+there\s+)?in\s+(?P<x>.+)$", re.I)
# what a thing is made for, answered by a verb phrase: "What are LLMs mainly built to do? A: Turn
# prompts into images" -> "LLMs are mainly built to turn prompts into images"
_WH_PURPOSE = re.compile(r"^what\s+(?P<be>is|are|was|were)\s+(?P<x>.+?)\s+(?P<how>(?:\w+ly\s+)?(?:built|designed|made|meant|intended|trained|used)\s+to)\s+do$", re.I)
# a prompt that asks for examples, answered after a label: "Give two examples of LLMs. A: Chatbots
# and Siri" -> "Chatbots and Siri are examples of LLMs"
_EXAMPLES = re.compile(r"^(?:give|name|list)\s+(?:(?:a|an|one|two|three|some|a\s+few)\s+)?examples?\s+of\s+(?P<x>.+?)$", re.I)
# "How many networks compete inside a GAN?": the count is the subject, answered by a bare count
# ("Three", "Just two") that stands in its place
_HOW_MANY_SUBJECT = re.compile(r"^how\s+many\s+(?P<rest>(?:[\w-]+\s+){1,3}(?!(?:are|is|do|does|did|was|were|can|could|will|would)\b)[a-z][\w-]*\b.*)$", re.I)
_BARE_COUNT = re.compile(r"^(?:just\s+|only\s+|exactly\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)$", re.I)
_IN_SITU = re.compile(r"\b(?:which|what)\s+(?:(?:tech|AI|software|research|big)\s+)?(?:company|lab|team|organi[sz]ation|firm|giant|corporation|startup|"
                      r"month\s+and\s+year|year|"
                      r"(?:family|kind|type|sort|class)(?:\s+of\s+[\w-]+)?)\b", re.I)
_HOW_MANY_MAKE = re.compile(r"^how\s+many\s+(?P<n>(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:make\s+up|go\s+into|are\s+in|are\s+inside)\s+(?P<x>.+)$", re.I)
_WHOSE = re.compile(r"^whose\s+(?:(?P<n>[\w-]+(?:\s+[\w-]+){0,2}?)\s+)?(?P<be>is|are|was|were)\s+(?P<x>.+)$", re.I)
_EXPAND = re.compile(r"^(?:expand|spell\s+out|give\s+the\s+full\s+(?:name|form)\s+of)\s+(?:the\s+(?:acronym|abbreviation|initialism)\s+)?(?P<x>\S{2,12})$", re.I)
# a flashcard's topic before its question, with a pronoun for it in the question ("The
# transformer: who introduced it?", "GANs: when were they invented?") or none ("GPT-3: how many
# parameters?", "ChatGPT: released when?")
_TOPIC_FIRST = re.compile(r"^(?P<topic>[^:?—–]{1,40}?)\s*(?::|\s[—–]|\s-)\s*(?P<q>(?:who|what|when|which|whose|how|where)\b.*|[a-z]+\s+when)$", re.I)
# a yes-or-no question with a copula ("Is DALL-E an LLM", "Are GANs part of generative AI") and its answer's verdict
_POLAR = re.compile(r"^(?P<aux>is|are|was|were)\s+(?P<x>[^,]{1,40}?)\s+(?P<rest>(?:a|an|the|one|part|just|really|actually|"
                    r"basically|built|based|made|powered|trained|still|also|older|newer|invented|released)\b[^,]*)$", re.I)
# a flashcard's front that names a thing and what is asked of it, with no question word ("T5
# origin?", "GPT-3 size", "Transformer paper: maker"), answered after a label
_TOPIC_ATTR = re.compile(r"^(?P<x>[\w.-]+(?:\s+[\w.-]+){0,2}?)\s*[:—–-]?\s+(?P<what>origins?|makers?|creators?|inventors?|developers?|"
                         r"size|release|launch|debut)$", re.I)
_TRUE_OR_FALSE = re.compile(r"^\s*(?:true\s*(?:or|/)\s*false|t\s*/\s*f|fact\s+or\s+(?:fiction|myth))\s*[:?.)\-—–]*\s*", re.I)
_AFFIRMING = frozenset({"true", "yes", "yep", "correct", "right"})  # the verdicts of _YES_OR_NO that affirm
_YES_OR_NO = re.compile(r"^[\W_]*(yes|yep|true|correct|right|no|nope|false|wrong)\b(?!\s+(?:or|and)\b)", re.I)
_BARE_ACRONYM = re.compile(r"^\s*[*_]*(?P<acr>[A-Z][A-Z\d]{1,5})s?[*_]*[\s★☆*]*$")
_QUESTION_TAIL = re.compile(r"\?[\s*★☆✓✔†‡#]*$")  # a mark after the question: "who made it? ★"


def _expansion_asked(q: str) -> re.Match | None:
    """"What does X stand for", "What is X short for": the question asks for X's expansion."""
    return _STAND_FOR.match(q) or _SHORT_FOR.match(q)


def _topic_question(q: str) -> str:
    """A flashcard's "TOPIC: QUESTION" as one question ("GANs: when were they invented" -> "when
    were GANs invented"); any other question as it is."""
    m = _TOPIC_FIRST.match(q)
    if m is None:
        return q
    topic, rest = m.group("topic").strip(), m.group("q").strip()
    if re.match(r"(?i)(?:the|a|an)\s", topic):
        topic = topic[:1].lower() + topic[1:]
    if re.search(r"(?i)\b(?:it|they|them)\b", rest):
        return re.sub(r"(?i)\b(?:it|they|them)\b", topic, rest, count=1)
    if re.match(r"(?i)^who(?:\s+and\s+when)?$", rest):
        return f"who made {topic}"  # "The transformer — who and when?"
    if w := re.match(r"(?i)^how\s+many\s+(?P<n>[\w-]+)$", rest):
        return f"how many {w.group('n')} does {topic} have"
    if w := re.match(r"(?i)^(?P<verb>[a-z]+ed|made|built)\s+when$", rest):
        return f"when was {topic} {w.group('verb')}"
    return q


def _answer_phrase(body: str) -> str | None:
    """The answer's first phrase: "Google, in 2021, ahead of Bard" -> "Google"; none for a
    yes/no answer or a sentence."""
    body = re.sub(r"^\W+", "", body).replace("*", "").replace("_", " ")
    body = re.sub(r"^\(?[a-eA-E][).]\s+(?=\S)", "", body)  # the option it picks: "b) two networks ..."
    if re.match(r"(?i)(?:yes|no|yep|nope|true|false|not|it|they|maybe|sort of|kind of)\b", body):
        return None
    if re.search(r"(?i)\brespectively\b", body.split(".")[0]):
        return None  # answers to several questions in one, in order: "Anthropic, Google and Meta respectively"
    phrase = re.split(r"\s*(?:[,;:.!?(—–]|\s-\s)", body, maxsplit=1)[0].strip()
    if phrase.split() and (phrase.split()[0].lower() in ("a", "an", "the", "about", "around", "just", "only", "over", "under", "nearly",
                                                         "almost", "some", "both", "one", "two", "three", "four", "five", "six", "seven", "eight",
                                                         "nine", "ten") or phrase.split()[0].lower().endswith(("ly", "ing"))):
        phrase = phrase[:1].lower() + phrase[1:]  # (it goes inside a sentence)
    if re.search(r"(?i)\b(?:is|are|was|were|has|have|had|does|do|did|can|will|stands|means|makes|made|uses|runs)\b", phrase):
        return None  # a sentence answers in its own words: "A: Generative AI is a type of LLM, so ..."
    return phrase if phrase and len(phrase.split()) <= 14 else None


# a question that offers its answers: "Is BERT a transformer, a GAN or a diffusion model?"
# (answered with one of them: "A diffusion model"); the thing asked about ends before the first article
_OPTIONS = re.compile(r"^(?P<aux>is|are|was|were)\s+(?P<x>(?:(?!\b(?:an?|the)\b)[^,])+?)\s+(?P<opts>(?:an?|the)\s.+\bor\s.+)$", re.I)


def _one_of_options(answer: str, options: str) -> bool:
    """Is the answer one of the options a question offers (articles and case aside)?"""
    bare = lambda x: re.sub(r"^(?:an?|the)\s+", "", x.strip().lower()).rstrip(".")  # noqa: E731
    return bare(answer) in {bare(o) for o in re.split(r",\s*(?:or\s+)?|\s+or\s+", options) if o.strip()}


def _first_sentence(body: str) -> str:
    """An answer's own sentence, emphasis markers dropped ("*OpenAI, in 2021.* Next: ..." -> "OpenAI, in 2021.")."""
    return re.split(r"(?<=[.!?])\s|\n", body.replace("*", ""), maxsplit=1)[0]


def qa_statement(question: str, after: str, emphasised: bool = False, source: str = "", before: str = "",
                 names: re.Pattern | None = None) -> Rewrite | None:
    """The statement a question makes with the answer right after it ("... ? A: Meta.", or a
    quiz's answer in bold: "Who invented GANs? **Geoffrey Hinton**", ``emphasised``), as a
    Rewrite of the whole question (``source``: the original text after it, where its line
    ends); None when the text after is no answer or the question has another shape. An "it"
    in the question stands for the tracked name (``names``) that opens the sentence before it
    in its block (``before``): "BERT is a famous model. Who built it?"."""
    whole = len(question)
    k = question.rfind("?")
    if 0 < k < len(question.rstrip()) - 1 and re.match(r"\s*[—–]\s*\S", question[k + 1:]):
        question, after = question[:k + 1], question[k + 1:] + after  # the answer in the sentence: "What ...? — X"
    m = _ANSWER.match(after)
    # (up to its first comma or sentence end: "2018. It had 175 billion parameters." answers "2018")
    if m is None and (inline := _INLINE_ANSWER.match(after)) and (
            not _CLAUSAL.search(re.split(r",|[.;]\s|\s\(", inline.group("body"))[0]) or _OWNER_ANSWER.fullmatch(inline.group("body").strip())):
        m = inline  # (a bare owner is a phrase too: "Whose model is T5? — *Google's.*")
    stem = _QPREFIX.sub("", question).strip()
    if (tf := _TRUE_OR_FALSE.match(stem)) and m is not None and m.re == _ANSWER and \
            "\n" in (source or after)[:m.start("body")] and (verdict := _YES_OR_NO.match(m.group("body"))) and \
            verdict.group(1).lower() in _AFFIRMING and not stem.endswith("?"):
        # a true-or-false card answered "True" on a line of its own states the card's statement
        # there: "True or false: Stable Diffusion is a GAN." / "Answer: TRUE."
        stated = stem[tf.end():].strip()
        at = (whole + m.start("body") + verdict.start(1), len(verdict.group(1)))
        return Rewrite(text=stated, splices=((0, len(stated), whole),), answer=at) if stated else None
    if not (m or emphasised) or not question.rstrip().endswith("?") and not (
            m is not None and m.re == _ANSWER and (_EXAMPLES.match(stem.rstrip(".:")) or
                                                   _TOPIC_ATTR.match(stem.strip("*_").rstrip(".:*_")))):
        return None
    q = _topic_question(stem.rstrip("?.:").strip())
    q = _BY_WHOM.sub("", q)
    when_too = _AND_WHEN.search(q)
    q = q[:when_too.start()] if when_too else q
    q = re.sub(r"^(?:and|so|but|now|ok|okay)\b,?\s+", "", q, flags=re.I)  # "And which tech giant made T5?"
    q = re.sub(r"^(in\s+[^,]{1,40}),\s+(how\s+many\b.*)$", r"\2 \1", q, flags=re.I)  # "In a GAN, how many networks are there?"
    if names is not None and before.strip() and re.search(r"\b(?:it|they|them)\b", q, re.I):
        last = _QPREFIX.sub("", re.split(r"(?<=[.!?])\s+", before.strip())[-1])
        first = names.match(last.lstrip("*_ "))  # (the subject it opens with: "BERT is a famous model.")
        if first:
            q = re.sub(r"\b(?:it|they|them)\b", first.group(0), q, count=1, flags=re.I)
    # an answer on a line of its own: "Q. Who makes DALL-E?" / "A. Google."
    own_line = m is not None and "\n" in (source or after)[:m.start("body")]
    asked = _expansion_asked(q) or _HOW_MANY_IN.match(q)
    if own_line and asked and re.match(r"\s*[-*]?\s*\(?\s*[Aa]\s*\)", after):
        return None  # the first of the options under it, not an answer: "- A) General adversarial network"
    if own_line and asked and re.search(r"(?i)\b" + re.escape(asked.group("x").split()[-1].rstrip("s")), m.group("body")):
        return None  # (an answer on its own line that names the thing is its own claim: "Q: What does
        # LLM stand for?" / "A: LLM stands for ..."; a bare phrase is read with its question)
    body = m.group("body") if m else after.split("\n", 1)[0]
    verdict = _YES_OR_NO.match(body)
    polar = _POLAR.match(q) if verdict else None
    answer = None if polar else _answer_phrase(body)
    if answer is None and polar is None:
        return None
    q = re.sub(r",\s*(?:under the hood|exactly|roughly|again|then|originally|these days|today|technically|"
               r"really|actually|basically|strictly speaking|in short|in a nutshell)$", "", q, flags=re.I)
    q = re.sub(r"^(?i:roughly|approximately|about)\s+", "", q) if q.lower().startswith(("roughly how", "about how")) else q
    s = None
    if polar:
        # a yes-or-no question answered: "Is DALL-E an LLM? | Yes" -> "DALL-E is an LLM"
        no = verdict.group(1).lower() in ("no", "nope", "false", "wrong")
        s = f"{polar.group('x')} {polar.group('aux').lower()}{' not' if no else ''} {polar.group('rest')}"
    elif (w := _OPTIONS.match(q)) and _one_of_options(answer, w.group("opts")):
        s = f"{w.group('x')} {w.group('aux').lower()} {answer}"  # "Is BERT a transformer or a GAN? A GAN" -> "BERT is a GAN"
    elif w := _WH_FIRST.match(q):
        if names is not None and len(names.findall(answer)) > 1:
            return None  # an answer that names both compares them in its own words: "X long predates Y"
        s = f"{answer} {w.group('verb')} first"                 # "Which came first, X or Y" -> "Y came first"
    elif w := _WH_SUBJECT.match(q):
        s = f"{answer} {w.group('rest')}"                      # "Who makes Gemini" -> "Meta makes Gemini"
        if when_too and (d := _ANSWER_DATE.search(first := _first_sentence(body))):
            who = _answer_phrase(first[:d.start()]) or answer
            s = f"{who} {w.group('rest')} in {d.group('when')}"  # "Who invented GANs, and when? Goodfellow, in 2016"
    elif w := _WHEN.match(q):
        aux = w.group("aux").lower()
        by = _WHEN_BY.match(re.sub(r"[*_]", "", body).strip()) if aux != "did" else None
        if by:  # "When were GANs invented? 2014, by Geoffrey Hinton" -> "GANs were invented by Geoffrey Hinton in 2014"
            s = f"{w.group('x')} {aux} {w.group('verb')}{w.group('rest') or ''} by {by.group('who').rstrip('.')} in {by.group('when')}"
        else:
            s = f"{w.group('x')} {aux} {w.group('verb')}{w.group('rest') or ''} in {answer}"
    elif w := _expansion_asked(q):
        s = f"{w.group('x')} stands for {answer}"               # "What does VAE stand for" -> "VAE stands for visual autoencoder"
    elif w := (_HOW_MANY_IN.match(q) or _HOW_MANY_MAKE.match(q)):
        # "How many networks are there in a GAN" -> "a GAN has three networks" (an answer that names
        # its noun keeps it: "Just one generator network")
        n = w.group("n")
        s = f"{w.group('x')} has {answer}" + ("" if answer.lower().rstrip("s").endswith(n.split()[-1].lower().rstrip("s")) else f" {n}")
    elif w := _WHOSE.match(q):
        owner = answer if re.search(r"['’]s?$", answer) else answer + "'s"  # ("Meta AI, 2019" is Meta AI's)
        s = f"{w.group('x')} {w.group('be')} {owner}" + (f" {w.group('n')}" if w.group("n") else "")  # "Whose model is T5" -> "T5 is Meta's model"
    elif w := _EXPAND.match(q):
        s = f"{w.group('x')} stands for {answer}"               # "Expand the acronym T5" -> "T5 stands for Transformer 5"
    elif w := _HOW_MANY.match(q):
        s = f"{w.group('x')} has {answer} {w.group('n')}"      # "... does a typical LLM have" -> "a typical LLM has a few thousand parameters"
    elif w := _WH_PURPOSE.match(q):
        s = f"{w.group('x')} {w.group('be')} {w.group('how')} {answer[:1].lower() + answer[1:]}"  # "What are LLMs built to do"
    elif w := _EXAMPLES.match(q):
        s = f"{answer} are examples of {w.group('x')}"         # "Give two examples of LLMs"
    elif w := _WH_PASSIVE.match(q):
        s = f"{w.group('x')} {w.group('be')} {w.group('verb')} {w.group('prep')} {answer}"  # "What are LLMs built on"
    elif (w := _WH_DO.match(q)) and not (names is not None and names.search(_first_sentence(body).replace(answer, "", 1))):
        # (not when the answer goes on to name a tracked thing, which its own words then say:
        # 'What does the "T" in GPT refer to? — Transformer, which is a special kind of GAN')
        s = f"{w.group('x')} {w.group('aux').lower()} {w.group('verb')} {w.group('prep')} {answer}"  # "What does a GAN consist of"
    elif w := _WH_COPULA.match(q):
        s = f"{w.group('x')} {w.group('be')} {answer}"         # "What architecture is GPT-4" -> "GPT-4 is a diffusion model"
    elif (w := _HOW_MANY_SUBJECT.match(q)) and _BARE_COUNT.match(answer):
        s = f"{answer} {w.group('rest')}"                     # "How many networks compete inside a GAN? Three"
    elif (w := _TOPIC_ATTR.match(q)) and m is not None and m.re == _ANSWER:
        what = w.group("what").lower()
        if what == "size":
            s = f"{w.group('x')} has {answer}"                  # "GPT-3 size? A: 175 million parameters"
        elif what in ("release", "launch", "debut") or re.fullmatch(r"(?:in\s+)?\d{4}", answer):
            s = f"{w.group('x')} was released in {answer}"      # "ChatGPT release? A: 2020"
        else:
            s = f"{w.group('x')} was made by {answer}"          # "T5 origin? A: Meta AI, 2019"
    elif _IN_SITU.search(q) and not re.match(r"(?i)(?:which|what)\b", q):
        s = _IN_SITU.sub(answer, q, count=1)                  # "BERT came out of which company" -> "... of OpenAI"
    if s is None:
        return None
    s = s[:1].upper() + s[1:] + "."
    # an answer on a line of its own is where the claim is made, as a witness's or an answer
    # key's; one on the question's line stays with it
    # (to the end of its own line: not the note on the line after, "Google." / "(Llama 2 was ...)")
    body = m.group("body") if m else ""
    if own_line and "\n" in (source or "")[m.start("body"):m.start("body") + len(body)]:
        body = body[:source.index("\n", m.start("body")) - m.start("body")]
    at = (whole + m.start("body"), len(body.rstrip())) if own_line else None
    return Rewrite(text=s, splices=((0, len(s), whole),), answer=at)


def keyed_answer(question: str, answer: str) -> Rewrite | None:
    """An answer key's item read with its question (structure.keyed_answers), as the statement
    they make together, put in the answer's place: "4. What does BERT stand for?" ... "4. Basic
    English Reading Transformer." -> "BERT stands for Basic English Reading Transformer"."""
    pair = qa_statement(question, "A: " + answer)
    if pair is None:
        return None
    return Rewrite(text=pair.text, splices=((0, len(pair.text), len(answer)),))


def row_answer(prompt: str, answer: str) -> Rewrite | None:
    """A quiz table's prompt cell read with the answer in its row (structure.answered_cells):
    a question as with "A: ANSWER" after it ("| Who makes Gemini? | Meta |"), a clue as the
    line it would be outside the table ("| Year GPT-3 was released | 2018 |")."""
    answer = " ".join(answer.split())
    if not answer:
        return None
    if tail := _QUESTION_TAIL.search(prompt):
        return qa_statement(prompt[:tail.start() + 1], "A: " + answer)
    if acronym := _BARE_ACRONYM.match(prompt):
        # a flashcard whose front is an acronym alone: its back spells it out ("| VAE | Visual autoencoder: ... |")
        phrase = _answer_phrase(re.split(r"\s*[:(]", answer, maxsplit=1)[0])
        if phrase:
            text = f"{acronym.group('acr')} stands for {phrase}."
            return Rewrite(text=text, splices=((0, len(text), len(prompt)),))
    if _EXPAND.match(prompt.strip().rstrip(".:")):
        return qa_statement(prompt.strip().rstrip(".:") + "?", "A: " + answer)  # "| Expand the acronym T5. | Transformer 5 |"
    if card := card_statement(prompt, answer):
        return card
    if _TOPIC_FIRST.match(prompt.strip()):
        return qa_statement(prompt.rstrip() + "?", "A: " + answer)  # "| GANs: who invented them | Hinton |"
    if (tf := _TRUE_OR_FALSE.match(prompt)) and (verdict := _YES_OR_NO.match(answer)) and \
            verdict.group(1).lower() in _AFFIRMING:
        return _splice(prompt, [(0, tf.end(), "")])  # "| True or false: Stable Diffusion is an LLM. | True |" states it
    end = len(prompt.rstrip())
    return _splice(prompt, [(end, end, " | " + answer)])


# a flashcard that names its topic and what is asked of it, answered in the next cell: "| BERT:
# who and when | OpenAI, 2018 |", "| T5: developer | Meta AI, 2019 |", "| GPT-3: year and size |
# 2020; 175 billion parameters |", "| Stable Diffusion: family | A diffusion model |"
_CARD = re.compile(r"^\s*(?P<topic>[^:?|]{1,40}?)\s*:\s*(?P<asks>[A-Za-z][A-Za-z ,&/]{0,40})$")
_ASKS = {
    "who": {"who", "maker", "makers", "developer", "developers", "creator", "creators", "lab", "company", "inventor",
            "inventors", "author", "authors", "origin", "by", "builder"},
    "when": {"when", "year", "date", "release", "released", "launch", "launched", "introduced", "debut"},
    "size": {"size", "parameters"},
    "kind": {"family", "type", "kind", "architecture"},
}
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def card_statement(prompt: str, answer: str) -> Rewrite | None:
    """A flashcard's "TOPIC: what is asked" prompt read with its answer cell as one statement
    ("| BERT: who and when | OpenAI, 2018 |" -> "BERT was made by OpenAI in 2018."); None for
    any other prompt."""
    m = _CARD.match(prompt.rstrip())
    if m is None:
        return None
    asks = set(re.findall(r"[a-z]+", m.group("asks").lower())) - {"and", "the", "of", "its", "what"}
    if not asks or not asks <= set().union(*_ASKS.values()):
        return None
    topic = m.group("topic").strip()
    parts = [p.strip(" *_.") for p in re.split(r"\s*[,;—–]\s*|\s+\(|\s+-\s+", answer) if p.strip(" *_.")]
    if not parts:
        return None
    if asks & _ASKS["kind"]:
        if asks - _ASKS["kind"]:
            return None
        kind = parts[0]
        article = "" if re.match(r"(?i)(?:a|an|the)\s", kind) else "a "
        text = f"{topic} is {article}{kind}."
    else:
        when = next((p for p in parts if _YEAR.search(p) and len(p.split()) <= 3), None)
        who = next((p for p in parts if p != when and p[:1].isupper() and not re.search(r"\d", p)), None)
        size = next((p for p in parts if re.search(r"(?i)\bparameters?\b", p)), None)
        if asks & _ASKS["who"] and who is None or asks & _ASKS["when"] and when is None or asks & _ASKS["size"] and size is None:
            return None  # (the answer does not give what the prompt asks)
        be = "were" if re.search(r"[a-z]s$", topic) else "was"
        made = "released" if asks & {"release", "released", "launch", "launched", "debut"} else "made"
        said = [f"{be} {made}" + (f" by {who}" if who else "") + (f" in {when}" if when else "")] if who or when else []
        said += [f"{'have' if be == 'were' else 'has'} {size}"] if size else []
        if not said:
            return None
        text = f"{topic} {' and '.join(said)}."
    return Rewrite(text=text, splices=((0, len(text), len(prompt)),))

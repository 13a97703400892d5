"""Claims carried by document structure rather than by one sentence: list items read with
their lead-in ("The following are LLMs:" / "- Midjourney"), and table rows read with their
column headers ("| Model | Introduced |" / "| GANs | 2017 |")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language

from checker.knowledge import KnowledgeBase
from checker.model import Claim, Polarity, Segment
from checker.nlp.definitions import verb_forms
from checker.nlp.terms import year_of

_LIST_LEAD = re.compile(
    r"\b(following|examples?|include[sd]?|including|such as|types?|kinds?|forms?|popular|best|top|"
    r"well-known|common|leading|famous|notable|here are|list|among them|like)\b", re.I)


@dataclass(frozen=True, kw_only=True)
class Mention:
    concept: str
    start: int  # offset in the segment text
    end: int
    text: str
    versioned: bool = False  # "Midjourney v6": one version of the concept


def mentions(nlp: Language, text: str) -> list[Mention]:
    """Concept mentions in a short text, from the tokenizer and the concept matcher only."""
    doc = nlp.make_doc(text)
    matcher = nlp.get_pipe("claimcheck_terms")
    spans, versions = matcher.with_versions(doc, matcher.match(doc))
    return [Mention(concept=s.label_, start=s.start_char, end=s.end_char, text=s.text,
                    versioned=s.start_char in versions) for s in spans]


def list_frame(nlp: Language, kb: KnowledgeBase, lead_in: str) -> str | None:
    """The concept a list's items are said to be instances of, from a lead-in such as
    "The following are LLMs:", "Popular LLMs include:" or "Examples of generative AI:"."""
    lead = lead_in.strip()
    if not lead.endswith(":") or not _LIST_LEAD.search(lead) or "?" in lead:
        return None
    if re.search(r"\b(not|n't|never|no|unlike|except|other than|besides|beyond)\b", lead, re.I):
        return None
    found = [m for m in mentions(nlp, lead) if kb.concepts[m.concept].kind not in ("org", "person")]
    if not found:
        return None
    last = found[-1]
    # the frame noun must be the last thing before the colon, not a modifier of something else
    tail = lead[last.end:].strip(" :*_\"'")
    if tail and not re.fullmatch(r"(include|includes|such as|like|are|is|to know|worth knowing|today|in \d{4})", tail, re.I):
        return None
    return last.concept


def list_item_claim(nlp: Language, kb: KnowledgeBase, seg: Segment, frame: str, sentence: str) -> Claim | None:
    """The item's leading name is an instance of the frame concept."""
    found = mentions(nlp, seg.text)
    if not found:
        return None
    first = found[0]
    if seg.text[:first.start].strip(" *_-•\t") or kb.concepts[first.concept].kind in ("org", "person"):
        return None  # the item must start with the name
    return Claim(relation="is_a", subject=first.concept, object=frame, start=seg.start + first.start,
                 end=seg.start + first.end, subject_text=first.text, object_text=kb.concepts[frame].label,
                 sentence=sentence.strip())


def _relation(kb: KnowledgeBase, header: str | None) -> str | None:
    """The relation a column header names (cues.yaml ``table_headers``): the relation of the
    longest word or phrase found in it, the first listed on a tie; None if there is none."""
    words = " " + " ".join(re.findall(r"[a-z0-9]+", (header or "").lower())) + " "
    best, size = None, 0
    for rel, phrases in kb.cues.table_headers.items():
        for phrase in phrases:
            # ("=who": the whole header, not "Who it's for")
            found = words.strip() == phrase[1:] if phrase.startswith("=") else f" {phrase} " in words
            if len(phrase) > size and found:
                best, size = rel, len(phrase)
    return best


def table_rows(segments) -> dict[int, list[Segment]]:
    """A document's table cells grouped by row, in order."""
    rows: dict[int, list[Segment]] = {}
    for seg in segments:
        if seg.kind == "table_cell":
            rows.setdefault(seg.group, []).append(seg)
    return rows


def row_subject(nlp: Language, kb: KnowledgeBase, row: list[Segment]) -> tuple[Mention, Segment] | None:
    """What a table row is about, and its cell: the first cell that names a thing under a header
    that is not a value's ("| 2018 | BERT | OpenAI |" under "| Year | Model | Company |")."""
    for cell in row:
        if _relation(kb, cell.context) is not None and cell != row[0] and not (
                _relation(kb, cell.context) == "made_by" and (found := mentions(nlp, cell.text)) and
                all(kb.concepts[m.concept].kind in ("model", "product") for m in found)):
            continue  # (a maker's column that names only products holds no maker: "| Provider | Stable Diffusion |")
        if cell != row[0] and len(cell.text.split()) > 6:
            if (event := _event_subject(nlp, kb, cell)) is not None:
                return event, cell
            continue  # a note is no name: "| Jukebox | OpenAI | 2020 | A reminder that generative AI isn't ... |"
        things = [m for m in mentions(nlp, cell.text) if kb.concepts[m.concept].kind not in ("org", "person")]
        # a named product or model in the cell is what the row is about, not the class word
        # beside it: "| Text-to-image transformer (original DALL-E) | 2021 |"
        named = [m for m in things if kb.concepts[m.concept].kind in ("model", "product")]
        if things and not named and re.search(r"[^\W\d_]", re.sub(r"^\W*(?:the|an?)\b", "", cell.text[:things[0].start].strip(), flags=re.I)):
            continue  # a qualified class is a kind of it, not the class: "| Encoder-only transformer | BERT | 2018 |"
        if things:
            return (named or things)[0], cell
    return None


def _event_subject(nlp: Language, kb: KnowledgeBase, cell: Segment) -> Mention | None:
    """The tracked thing an event cell (cues.yaml ``event_headers``: "What happened") opens with,
    when a verb of its arrival (``event_verbs``) follows it, past an aside between commas: "The
    transformer is introduced in ...", "GPT-1, the very first GPT, is released". Not an event of a
    thing that exists already ("ChatGPT passes a bar exam"), nor of a name after other words."""
    if not _header_is(cell.context, kb.cues.event_headers):
        return None
    found = [m for m in mentions(nlp, cell.text) if kb.concepts[m.concept].kind not in ("org", "person")]
    if not found or re.search(r"[^\W\d_]", re.sub(r"^\W*(?:the|an?)\b", "", cell.text[:found[0].start].strip(), flags=re.I)):
        return None
    after = re.findall(r"[a-z]+", re.sub(r"^\s*,[^,]*,", " ", cell.text[found[0].end:]).lower())[:3]
    forms = {f for v in kb.cues.event_verbs for f in verb_forms(v)}
    return found[0] if forms.intersection(after) else None


def described_cells(nlp: Language, kb: KnowledgeBase, segments, trigger) -> dict[int, str]:
    """Cells that describe their row's named product or model, by where they start -> the name:
    a cell after the name's own, under a header of a description (cues.yaml
    ``description_headers``: "Notes", "What it is") that names no tracked thing, is said of the
    name ("| Llama 2 | Google's open model |" reads "Llama 2 is Google's open model")."""
    rows = table_rows(segments)
    out: dict[int, str] = {}
    for row in rows.values():
        found = row_subject(nlp, kb, row) if len(row) >= 2 else None
        if found is None or kb.concepts[found[0].concept].kind not in ("model", "product", "architecture", "family"):
            continue
        subj, subj_cell = found
        # (a cell that lists several names describes none of them, unless a cell after it names
        # one alone: "| Claude, Gemini, Bard, Llama | Llama | Made by Meta |", an odd one out and its note)
        # (not a name in brackets, an aside: "| Gemini (formerly Bard) | ... |")
        brackets = [(a.start(), a.end()) for a in re.finditer(r"\([^)]*\)", subj_cell.text)]
        listed = [m for m in mentions(nlp, subj_cell.text) if kb.concepts[m.concept].kind in ("model", "product") and
                  not any(a <= m.start < b for a, b in brackets)]
        after = False
        for cell in row:
            if cell == subj_cell:
                after = True
            elif after and len(listed) > 1 and (one := _picked_out(nlp, listed, [cell])) is not None:
                subj, listed = one, [one]
            elif after and _describes(kb, cell.context) and not trigger.search(cell.context or "") and len(listed) <= 1:
                out[cell.start] = subj.text
    return out


def answered_cells(kb: KnowledgeBase, segments) -> dict[int, str]:
    """The prompt cells of a quiz table, by where they start -> the answer in their row: a cell
    under a question header (cues.yaml ``quiz_headers.question``: "Question", "Clue") in a row
    with a cell under an answer header ("Answer"). The answer key asserts the pair."""
    rows = table_rows(segments)
    out: dict[int, str] = {}
    for row in rows.values():
        # (the question itself, not a number under "Q": "| Q | Question | Answer |")
        # (and the header named first in the cue list: "Front" before "Card", in "| Card | Front | Back |")
        ranks = {h: k for k, h in enumerate(kb.cues.question_headers)}
        prompt = max((c for c in row if _header_is(c.context, kb.cues.question_headers)),
                     key=lambda c: ("?" in c.text, -min(r for h, r in ranks.items() if _header_is(c.context, (h,))),
                                    len(c.text.strip())), default=None)
        answer = next((c for c in row if _header_is(c.context, kb.cues.answer_headers)), None)
        if prompt is not None and answer is not None and prompt != answer and answer.text.strip():
            out[prompt.start] = answer.text.strip()
    return out


_ITEM_NUMBER = re.compile(r"(\d{1,3})\s*[.)]\s*$")


def keyed_answers(kb: KnowledgeBase, source: str, segments) -> dict[int, str]:
    """The items of a quiz's answer key, by where they start -> the question of the same number:
    a numbered list of questions, then a heading that names the answers (cues.yaml
    ``quiz_headers.answer``: "## Answers", "Answer key"), then a numbered list, each item the
    answer to the question of its number. A key with rounds pairs each answer list with the
    first unpaired question list that has all its numbers."""
    lists: dict[int, dict[int, Segment]] = {}  # list -> its items by their number in the source
    key_at = None
    words = tuple(h for h in kb.cues.answer_headers if len(h) > 1)  # (not a lone "A")
    for seg in segments:
        if seg.kind == "heading" and key_at is None and _header_is(seg.text, words):
            key_at = seg.start
        elif seg.kind == "list_item" and seg.group >= 0:
            number = _ITEM_NUMBER.search(source[source.rfind("\n", 0, seg.start) + 1:seg.start])
            if number:
                lists.setdefault(seg.group, {})[int(number.group(1))] = seg
    if key_at is None:
        return {}
    questions = [items for items in lists.values() if max(s.start for s in items.values()) < key_at and
                 sum("?" in s.text for s in items.values()) * 2 > len(items)]
    out: dict[int, str] = {}
    for items in lists.values():
        if min(s.start for s in items.values()) < key_at or any("?" in s.text for s in items.values()):
            continue
        paired = next((q for q in questions if set(items) <= set(q)), None)
        if paired is None:
            continue
        questions.remove(paired)
        out.update((a.start, paired[n].text[:paired[n].text.index("?") + 1].strip())
                   for n, a in items.items() if "?" in paired[n].text)
    return out


def endorsed_cells(kb: KnowledgeBase, segments) -> frozenset[int]:
    """The cells, by where they start, whose row gives a verdict of truth in a later cell: a
    myth-or-fact table ("| Midjourney uses GANs. | Fact | ... |") asserts the statement it
    judges true, though its column ("Statement", "Claim") would otherwise report it."""
    rows = table_rows(segments)
    out: set[int] = set()
    for row in rows.values():
        verdicts = [k for k, c in enumerate(row) if _AFFIRMS.match(c.text) or _letter_verdict(kb, c) == "t"]
        if len(verdicts) == 1 and verdicts[0] > 0 and len(row) <= 4:
            out.update(c.start for c in row[:verdicts[0]])
    return frozenset(out)


# a cell that opens with a verdict of truth, standing alone or before a dash, colon or stop:
# "Fact", "✓ True — ...", "Correct." (not "Fact or myth?")
_AFFIRMS = re.compile(r"^[\s*_]*(?:[✓✔✅☑]|(?:fact|true|correct|right)\s*(?:$|[—–:.!,-]))", re.I)


def refuted_cells(kb: KnowledgeBase, segments) -> frozenset[int]:
    """The cells, by where they start, whose row gives a verdict of falsity in another cell: a
    myth-or-fact table ("| Generative AI can only make text. | ✘ False — it makes pictures too |")
    refutes the statement it judges. A verdict is a cross mark or a refuting word of cues.yaml
    (attribution.refuting) opening the cell."""
    rows = table_rows(segments)
    out: set[int] = set()
    for row in rows.values():
        verdicts = [k for k, c in enumerate(row) if _refutes(c.text, kb) or _letter_verdict(kb, c) == "f"]
        if len(verdicts) == 1 and len(row) <= 4:  # (not a feature matrix of marks: "| X | ❌ | ✅ | ❌ |")
            out.update(c.start for c in row[:verdicts[0]])  # what it judges stands before it
    return frozenset(out)


# an arrow, or a dash right after a quotation, before a verdict
_VERDICT_AFTER = re.compile(r"\s(?:→|->|=>)\s*|[\"”’][.!?]?\s*[—–-]+\s*")
# a whole quotation, then a dash and a one-word reply before a stop, comma or the end
_QUOTE_ANSWERED = re.compile(r"\s*[\"“‘].+[\"”’][.!?]?\s*[—–-]+\s*\**([A-Za-z]+)\**\s*(?:[.,;!—–]|$)")
# a pronoun and a negated auxiliary with nothing after them: "They aren't.", "It doesn't;"
_ELLIPTICAL_DENIAL = re.compile(
    r"(?:they|it|that|this|these|those)\s+(?:(?:are|is|do|does|did|was|were|can|have|has)(?:n't|n’t| not)|cannot)"
    r"(?:,?\s+(?:really|actually|at all))?\s*(?:[.;!—–]|$)", re.I)


def judged_false(sentence: str, after: str, kb: KnowledgeBase) -> bool:
    """Does the sentence end in a verdict of falsity, or the rest of its line give one ("DALL-E
    is an LLM. → **False.** It's a text-to-image model", "GANs power ChatGPT — Myth.")?"""
    line = after.split("\n", 1)[0]
    m = re.match(r"\s*(?:→|->|=>|[-–—:])?\s*", line)
    if _refutes(line[m.end():], kb) or _ELLIPTICAL_DENIAL.match(line[m.end():]):
        return True  # (or the next sentence denies it in two words: '"X is Y" — common. They aren't; ...')
    tail = re.search(r"(?:\s(?:→|->|[—–-])\s*|[—–]|:\s)(?=[^—–:→]*$)", sentence)
    if bool(tail) and len(sentence[tail.end():].split()) <= 8 and _refutes(sentence[tail.end():], kb):
        return True
    # (or a whole quotation that the next sentence, up to its colon, calls wrong: "'Generative AI
    # only does pictures.' A common view, and a mistaken one: it writes text too")
    quoted = re.fullmatch(r"\s*[\"'“‘].*[\"'”’][.!?]?\s*|\s*[\"'“‘].*[.!?][\"'”’]\s*", sentence)
    verdict = re.match(r"\s*([^:.!?]{0,80})", line)
    if bool(quoted) and bool(verdict) and not kb.cues.attribution_refuting.isdisjoint(
            re.findall(r"[a-z]+", verdict.group(1).lower())):
        return True
    # (or a quotation answered "no" after a dash: '"DALL-E is an LLM" — no. It makes images',
    # '"Transformers are GANs" — nope, ...'; a spoken "no" of cues.yaml reply_words too)
    answered = _QUOTE_ANSWERED.match(sentence + line)
    return bool(answered) and (answered.group(1).lower() == "no" or kb.cues.reply_words.get(answered.group(1).lower()) == "no")


def verdict_end(sentence: str, kb: KnowledgeBase) -> int | None:
    """Where the writer's own words begin after a verdict of falsity on what goes before it: an
    arrow to the verdict ('"ChatGPT is a GAN" → FALSE, it runs on GPT'), or a dash after a
    quotation ('"AI is a subset of generative AI." — FALSE (it's the other way round: ...)'). What
    goes before is judged false; the reason after the verdict is the writer's own, and may be wrong
    itself ('"ChatGPT came out in November 2022." — FALSE: it came out in March 2023')."""
    for v in _VERDICT_AFTER.finditer(sentence):
        if _refutes(sentence[v.end():], kb):
            word = re.match(r"[\s*_]*(?:[✘✗❌✖×]|[A-Za-z]+)[*_]*", sentence[v.end():])
            return v.end() + word.end()
    return None


def _letter_verdict(kb: KnowledgeBase, cell) -> str | None:
    """A cell that is "T" or "F" (alone, or before a dash and its reason: "**T** — they are two
    names for one thing") under a true-or-false column (cues.yaml ``question.closers``: "T/F",
    "True or false") or an answer column (``quiz_headers.answer``): its verdict, "t" or "f"."""
    m = _LETTER.match(cell.text)
    header = re.sub(r"\s+", "", (cell.context or "").lower()).strip(".:?*_")
    if m is None or not header:
        return None
    closed = any(header == c.replace(" ", "").strip("()") for c in kb.cues.question_closers)
    answers = any(header == a.replace(" ", "") for a in kb.cues.answer_headers)
    return m.group(1).lower() if closed or answers else None


_LETTER = re.compile(r"^[\s*_]*([TFtf])[\s*_.]*(?:$|[—–-]\s)")


def _refutes(text: str, kb: KnowledgeBase) -> bool:
    """Does a cell open with a verdict of falsity: a cross mark, or a refuting word standing
    alone or before a dash, colon or stop ("False", "✘ False — ...", "Wrong: ...")?"""
    body = text.strip(" *_")
    if body[:1] in ("✘", "✗", "❌", "✖", "×"):
        return True
    first = re.match(r"([A-Za-z]+)[*_]*\s*(?:$|[—–:.!,(\[-])", body)  # (a reason may follow in brackets: "**FALSE** (...)")
    return bool(first) and first.group(1).lower() in kb.cues.attribution_refuting


def _header_is(header: str | None, phrases: tuple[str, ...]) -> bool:
    words = " " + " ".join(re.findall(r"[a-z0-9]+", (header or "").lower())) + " "
    return any(f" {phrase} " in words for phrase in phrases)


def _describes(kb: KnowledgeBase, header: str | None) -> bool:
    """Does a column header name a description of the row (cues.yaml ``description_headers``)
    rather than one of its values?"""
    return _header_is(header, kb.cues.description_headers)


def _owned_by(nlp: Language, kb: KnowledgeBase, row: list[Segment], cell: Segment) -> tuple[Mention, Segment] | None:
    """The named model or product a maker's or year's column is about when its header names
    another column ("| Product | Underlying model | Model developer |": the developer is the
    underlying model's): the first such name in the cell under a header that shares a noun for
    an AI thing with this one (cues.yaml ``overclaims.subject_nouns``: model, tool, engine ...)."""
    def words(header: str | None) -> set[str]:
        return {w[:-1] if w.endswith("s") else w for w in re.findall(r"[a-z]+", (header or "").lower())}
    own = (words(cell.context) & kb.cues.overclaim_subjects) - {
        w for p in kb.cues.table_headers.get(_relation(kb, cell.context), ()) for w in words(p)}
    if not own:
        return None
    for other in row:
        if other != cell and own & words(other.context):
            names = [m for m in mentions(nlp, other.text) if kb.concepts[m.concept].kind in ("model", "product")]
            return (names[0], other) if names else None
    return None


def _picked_out(nlp: Language, listed: list[Mention], cells: list[Segment]) -> Mention | None:
    """The one of several listed names that a cell names alone (an odd-one-out answer beside
    its list: "| Claude, Gemini, Bard, Llama | Llama | ... |"), as the list names it."""
    picked = [ms[0] for c in cells if len(ms := mentions(nlp, c.text)) == 1 and
              any(x.concept == ms[0].concept for x in listed)]
    return next(x for x in listed if x.concept == picked[0].concept) if len(picked) == 1 else None


def _relations(kb: KnowledgeBase, header: str | None) -> tuple[str | None, ...]:
    """The relations a column header names: one, or each of a header's parts that name two
    ("| Who / when |", "| Maker and year |": the maker and the date, each read from the cell)."""
    parts = {_relation(kb, p) for p in re.split(r"\s*(?:/|&|,|\band\b)\s*", header or "") if p.strip()}
    if {"made_by", "introduced_in"} <= parts:
        return ("made_by", "introduced_in")
    return (_relation(kb, header),)


def table_claims(nlp: Language, kb: KnowledgeBase, row: list[Segment]) -> list[Claim]:
    """A table row read with its header: the first cell names the subject, each further cell
    states a relation chosen by its column header (or the column that header names: "Model
    developer" is the maker of what stands under "Underlying model")."""
    if len(row) < 2:
        return []
    found = row_subject(nlp, kb, row)
    if found is None:
        # a row whose own name is untracked ("| "BardPlanner" plug-in | PaLM 2 | Google | Diffusion
        # language model |" under "| Product | Underlying model | Model maker | Architecture |") is
        # read for the model under its "underlying" column: its kind, and the maker in a column after
        # it, not the row's dates (nor a likeness: "GPT-4-class models")
        under = next(((m, c) for c in row if _relation(kb, c.context) == "uses"
                      for m in mentions(nlp, c.text)[:1] if kb.concepts[m.concept].kind in ("model", "product") and
                      not re.match(r"-[^\W\d_]", c.text[m.end:])), None)
        if under is not None:
            return _row_claims(nlp, kb, [c for c in row if _relation(kb, c.context) != "introduced_in" and not (
                _relation(kb, c.context) == "made_by" and c.start < under[1].start)], *under, alone=True)
    owned = [(cell, o) for cell in row if _relation(kb, cell.context) in ("made_by", "introduced_in")
             and (o := _owned_by(nlp, kb, row, cell)) is not None and (found is None or o[1] != found[1])]
    if owned:
        return [c for cell, (subj, subj_cell) in owned
                for c in _row_claims(nlp, kb, [subj_cell, cell], subj, subj_cell, alone=True)] + (
            _row_claims(nlp, kb, [c for c in row if c not in {cell for cell, _ in owned}], *found) if found else [])
    return _row_claims(nlp, kb, row, *found) if found else []


def _row_claims(nlp: Language, kb: KnowledgeBase, row: list[Segment], subj: Mention, subj_cell: Segment,
                alone: bool = False) -> list[Claim]:
    """The claims of a row's cells about ``subj`` (named in ``subj_cell``; ``alone``: the only
    name of that cell these cells speak of)."""
    # a family named after a title of its own in the row is the tool of that row, not what its
    # year and maker columns date: "| Nobody's Grandmothers | Ota | 2019 | StyleGAN (a GAN) |"
    titled = any(re.search(r"[^\W\d_]{3}", c.text) and _relation(kb, c.context) is None
                 for c in row[:row.index(subj_cell)])
    dated_elsewhere = titled and kb.concepts[subj.concept].kind not in ("model", "product")
    claims = []
    line = " | ".join(c.text.strip() for c in row)
    # the names listed in the subject's cell (read once per row, for lists of makers beside them)
    # (not the names of an aside in brackets: "| DALL-E 3 (inside ChatGPT and Copilot) | OpenAI |")
    brackets = [(a.start(), a.end()) for a in re.finditer(r"\([^)]*\)", subj_cell.text)]
    listed = [subj] if alone else [m for m in mentions(nlp, subj_cell.text) if kb.concepts[m.concept].kind not in ("org", "person")
                                   and (m.start == subj.start or not any(a <= m.start < b for a, b in brackets))]
    for cell, relation in ((c, r) for c in row if c != subj_cell for r in _relations(kb, c.context)):
        head = cell.context
        if relation is None or (relation == "introduced_in" and subj.versioned):
            continue  # a version's launch year is not the product's
        if dated_elsewhere and relation in ("introduced_in", "made_by"):
            continue
        # a header that denies its relation denies every value under it: "| Term | Is a type of |
        # Is NOT a type of |" (a denied date or spelling-out says nothing to check)
        header_denied = _denied(head or "", kb.cues.negation)
        if header_denied and relation in ("introduced_in", "stands_for"):
            continue
        text = cell.text
        # (a value denied in its own cell, or under a denying header: "| DALL-E 3 | text-to-image
        # diffusion, not an LLM |")
        polarity_at = lambda at: Polarity.NEGATIVE if _denied(text[:at], kb.cues.negation) != header_denied \
            else Polarity.POSITIVE  # noqa: E731
        stripped = text.strip()
        offset = cell.start + (len(text) - len(text.lstrip()))
        base = dict(subject=subj.concept, start=offset, end=offset + len(stripped), subject_text=subj.text,
                    sentence=f"{head}: {line}")
        if relation == "introduced_in":
            words = [w.strip(".,;()") for w in stripped.split()]
            at = next((k for k, w in enumerate(words) if year_of(w)), None)
            if at is not None:
                year = year_of(words[at])
                # a month or season before the year narrows it: "| March 2022 | ChatGPT launches |"
                part = kb.cues.date_parts.get(words[at - 1].lower()) if at else None
                detail = (("months", f"{part[0]}-{part[1]}"), ("date", f"{words[at - 1]} {words[at]}")) if part else ()
                claims.append(Claim(relation="introduced_in", object=str(year), object_text=str(year), detail=detail, **base))
        elif relation == "stands_for" and (not kb.concepts[subj.concept].acronym or re.match(r"(?:an?|the)\s", stripped, re.I)):
            # (and a definition, which opens with an article, is no spelling-out: "| Large language
            # model (LLM) | A generative AI model, built on the transformer ... |")
            # a name that is no acronym is defined, not spelled out: "| ChatGPT | OpenAI's large
            # language model, launched in 2022 |" says what it is, in the definition's head phrase
            # (up to a participle that says what it runs on: "chat app powered by GPT models")
            head_phrase = re.split(r"\s*(?::|;|\s[—–-]\s|\(|,|\b(?:that|which|who|where|with|for|from|used|powered|built|"
                                   r"based|running|driven|trained|made|developed)\b)", stripped, maxsplit=1)[0]
            for m in mentions(nlp, head_phrase):
                if kb.concepts[m.concept].kind not in ("org", "person") and m.concept != subj.concept:
                    claims.append(Claim(relation="is_a", object=m.concept, object_text=m.text, **base))
        elif relation == "stands_for":
            # (a cell may define after the name: "Generative adversarial network: a generator and ...")
            name = re.split(r"\s*(?::|;|\s[—–-]\s|\(|,)\s*", stripped, maxsplit=1)[0].strip()
            if name:
                claims.append(Claim(relation="stands_for", object=name, object_text=name, **base))
        else:
            found = mentions(nlp, text)
            built = re.search(r"\b(powered by|built on|based on|runs on|running on|uses|using|on top of|driven by|"
                              r"(?:app|application|assistant|chatbot|bot|interface|tool|service)s? on)\b", stripped, re.I)
            if relation != "made_by" and not built and any(kb.concepts[m.concept].kind in ("org", "person") for m in found) and \
                    re.search(r"\b(by|from)\b|^\W*(an?|the)\s+\S+\s+(model|product|system|tool|project)\b", stripped, re.I):
                relation = "made_by"  # "| BERT | Developed by OpenAI |", "| T5 | A Meta model |"
            # the cell's own words override its header: "| assistant powered by a transformer LLM |"
            # an aside in parentheses or after ", with" names no value: "| Meta (with Microsoft as
            # launch partner) |", "| Meta, with Microsoft as launch partner |"
            # (nor "OpenAI, via Microsoft Azure": who serves it, not who made it)
            asides = [(a.start(), a.end()) for a in re.finditer(r"\([^)]*\)|,\s*(?:with|alongside|plus|via|through|hosted)\b[^,;]*", text)]
            # (a bracket in a kind's cell still says the kind: "| Image generator (GAN-based) |")
            found = [m for m in found if not any(a <= m.start < b for a, b in asides) or (
                relation in ("is_a", "uses") and text[m.start - 1:m.start] == "(" and
                kb.concepts[m.concept].kind in ("family", "architecture") and not kb.concepts[m.concept].umbrella)]
            # a list of names beside a list of makers pairs them in order ("| GPT-4, Claude, Llama 2 |
            # OpenAI; Anthropic; Meta |"): each name gets the maker in its place, and lists of
            # different lengths pair nothing; one maker for several names is all of theirs
            makers = [m for m in found if kb.concepts[m.concept].kind in ("org", "person")]
            # (a cell of the row that names one of the listed names alone picks it out: "| Claude,
            # Gemini, Bard, Llama | Llama | Made by Meta |", an odd-one-out answer and its note)
            if relation == "made_by" and len(listed) > 1 and len(makers) == 1 and \
                    (who := _picked_out(nlp, listed, [c for c in row if c not in (subj_cell, cell)])) is not None:
                claims.append(Claim(relation="made_by", object=makers[0].concept, object_text=makers[0].text,
                                    polarity=polarity_at(makers[0].start), **{**base, "subject": who.concept, "subject_text": who.text}))
                continue
            if relation == "made_by" and len(listed) > 1 and makers:
                if len(listed) == len(makers) or len(makers) == 1:
                    for who, m in zip(listed, makers * len(listed) if len(makers) == 1 else makers):
                        claims.append(Claim(relation="made_by", object=m.concept, object_text=m.text, polarity=polarity_at(m.start),
                                            **{**base, "subject": who.concept, "subject_text": who.text}))
                continue
            for m in found:
                kind = kb.concepts[m.concept].kind
                if relation == "is_a" and _CLAUSE_SUBJECT.match(text[m.end:]):
                    continue  # the subject of a clause of its own, not the row's kind: "| The branch of AI
                    # that creates new content; LLMs are one part of it |"
                polarity = polarity_at(m.start)
                if relation == "is_a" and re.match(r"-(?:powered|based|driven)\b", text[m.end:]):
                    # "| Chat assistant (LLM-powered) |", "| GAN-based image generator |": what it runs on
                    claims.append(Claim(relation="uses", object=m.concept, object_text=m.text, polarity=polarity, **base))
                    continue
                if built and relation == "is_a" and m.start >= built.end() - (len(text) - len(text.lstrip())):
                    claims.append(Claim(relation="uses", object=m.concept, object_text=m.text, polarity=polarity, **base))
                    continue
                if relation == "made_by" and kind in ("org", "person"):
                    claims.append(Claim(relation="made_by", object=m.concept, object_text=m.text, polarity=polarity, **base))
                elif relation in ("is_a", "uses") and kind not in ("org", "person") and not (relation == "is_a" and kind == "product"):
                    # (a product is an individual, no class: "| Gemini | ... successor to Bard |")
                    claims.append(Claim(relation=relation, object=m.concept, object_text=m.text, polarity=polarity, **base))
    return claims


# a mention that a verb follows is its own clause's subject
_CLAUSE_SUBJECT = re.compile(r"\s+(?:is|are|was|were|has|have|do|does|did|can|will|make|makes|use|uses)\b", re.I)
# a value set apart from the one before it: "a different family from GANs", "unlike GANs"
_SET_APART = re.compile(r"\b(?:(?:different|distinct|separate|apart)\s+(?:\w+\s+){0,2}from|unlike|rather\s+than|instead\s+of|as\s+opposed\s+to)\s*$", re.I)


def _denied(before: str, negation: frozenset[str]) -> bool:
    """Is a value denied by a negation word in its own part of the cell (the words after the
    last comma, semicolon or dash before it), or set apart from it ("a different family from")?"""
    part = re.split(r"[,;(]|\s[—–-]\s", before)[-1]
    words = re.findall(r"[a-z']+", part.lower().replace("n't", " n't"))
    return any(w in negation for w in words) or bool(_SET_APART.search(part))

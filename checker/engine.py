"""check_document: segments -> selected sentences -> parsed claims -> verdicts -> findings."""

from __future__ import annotations

import calendar
import functools
import re
import string
from dataclasses import replace
from pathlib import Path
from typing import Callable, Iterable, Iterator, Mapping, Sequence

from checker.budget import BudgetExceeded, hang_if_asked, time_budget, timeout_message
from checker.config import RunConfig
from checker.document import format_for, load_document, parse_document, read_source
from checker.errors import ClaimcheckError
from checker.knowledge import KnowledgeBase
from checker.model import Claim, Document, FileReport, Finding, Note, Polarity, Segment, Severity
from checker.positions import LineIndex
from checker.suppress import apply_suppressions
from checker.verify import Verdict, explaining_cover, judge


# What one sentence may cost. The claim extractor's work grows faster than a sentence's length
# (a comma list of 4,000 acronyms took minutes), and no real sentence comes near either cap:
# a longer one is not parsed for claims, and a note finding says so at its place.
MAX_SENTENCE_WORDS = 250
MAX_SENTENCE_MENTIONS = 40
NOTE_SENTENCE_CAP = "note-sentence-cap"
# "the two terms" points back at two concepts named together at most this many characters before
PAIR_REACH = 400
_STRAIGHT = str.maketrans({"’": "'", "‘": "'"})
_FILLERS = {2: "so", 3: "now", 4: "also", 5: "still"}  # plain adverbs, by length


# an answer option's letter: "A)", "b.", "(c)"
_OPTION = re.compile(r"^[\s*_]*(?:\(?[A-Ea-e]\)|[A-E]\.)\s")
# a line of lettered options under a question, on one line: "a) 2014  b) 2017  c) 2020", "(A) GAN (B) LLM"
_OPTIONS_LINE = re.compile(r"(?m)^[ \t*_>-]*\(?[aA][).][ \t]+\S.*?[ \t]\(?[bB][).][ \t]+\S")
# a question that asks to choose among the items under it: "2. Which of these statements is accurate?"
_CHOOSE = re.compile(r"(?i)^\W*(?:(?:q(?:uestion)?\s*)?\d+[.):]\s*)?(?:which|what)\s+(?:one\s+)?of\s+(?:these|the\s+following|those)\b")


# the date and time a chat export puts before a message ("8/24/23, 7:54 PM - ", "[05/10 09:05] ")
_CHAT_STAMP = re.compile(r"\[?\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?,?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?\]?"
                         r"\s*(?:[-–—]\s*)?")


_BOLD = ("**", "__", "<strong", "<b>")  # an answer set in bold after a quiz question


# a title in quotes: three or more words, each capitalised but for short function words; and an
# acronym, whose spelling-out in quotes opens with its first letter and is no title
_TITLE = re.compile(r"[\"“][A-Z][\w'’-]*(?:[ ]+(?:[A-Z][\w'’-]*|of|the|a|an|and|or|to|in|on|for|is|are|with|at|by|from)){2,}[?!.,]?[\"”]")
_DASH_PAIR = re.compile(r"(?<=\s)[—–](\s(?i:the|an?)\s[^—–.,;:!?()]{2,80}?\s)[—–]"
                        r"(?=\s+(?:(?:first|then|also|only|later|originally)\s+)?(?:is|are|was|were|has|have|had|can|could|will|would|does|do|did)\b)")
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{1,5}s?\b")


_LABEL_EN_DASH = re.compile(r"^(\W*(?:\d{4}|[A-Z][a-z]+\.?\s+\d{4}|\d{4}\s*[-–]\s*\d{2,4}|Q\d\s+\d{4}))\s+–\s+")


@functools.lru_cache(maxsize=1)
def _work_before() -> re.Pattern:
    """A word for a work (vocab's INTRODUCING_WORKS) and then a comma, right before a title
    (compiled on first use, as the vocabulary is imported only with the claim readers)."""
    from checker.nlp.claims.vocab import INTRODUCING_WORKS
    return re.compile(r"(?i)\b(?:" + "|".join(sorted(INTRODUCING_WORKS)) + r")s?\b[^.;:!?]*,\s*$")


def parser_text(text: str, discourse: re.Pattern | None, names: re.Pattern | None = None, trigger=None) -> str:
    """The text the parser reads: straight apostrophes (it reads "isn’t" as "is" plus
    punctuation), a pair of dashes round an aside as commas, a year in words as its digits ("twenty nineteen" as "2019" and spaces), a
    chat export's time stamp as blank space, chat abbreviations ("btw", "tbh") as a plain
    adverb of the same length, and a quoted title that names no tracked
    thing as blank space ('the paper "Attention Is All You Need" in 2017' is read "the paper
    in 2017": its "Is" is no verb of the sentence) unless it is a tracked work's (read as "the
    transformer paper"), so offsets stay."""
    text = text.translate(_STRAIGHT)
    if trigger is not None and trigger.works is not None:
        # a work's title as a noun phrase for what it introduced ('OpenAI published "Attention Is
        # All You Need"' is read "OpenAI published the transformer paper"), where it fits and is no
        # apposition to a word for a work ('a Google paper in 2017, "Attention Is All You Need",
        # and OpenAI built on it', left to be blanked below)
        text = trigger.works.sub(lambda m: phrase.ljust(len(m.group())) if len(
            phrase := trigger.work_phrases[m.group().strip('"“”').lower()]) <= len(m.group()) and not _work_before().search(
            text[max(0, m.start() - 30):m.start()]) else m.group(), text)
    low = text.lower()
    if "twenty" in low or "nineteen" in low or "thousand" in low:
        # a year in words as its digits, padded to the same length: "in twenty nineteen" -> "in 2019           "
        from checker.nlp.claims.vocab import SPOKEN_YEAR, spoken_year
        text = SPOKEN_YEAR.sub(lambda m: str(y).ljust(len(m.group())) if (y := spoken_year(m)) else m.group(), text)
    if "ties" in low:
        # a decade in words after "the" as its digits, padded: "since the late nineties" -> "since the late 1990s   "
        from checker.nlp.claims.vocab import SPOKEN_DECADE, SPOKEN_DECADE_DIGITS
        text = SPOKEN_DECADE.sub(lambda m: m.group(1) + SPOKEN_DECADE_DIGITS[m.group(2).lower()].ljust(len(m.group(2))), text)
    if names is not None and ('"' in text or "“" in text):
        # (not an acronym's spelling-out, which opens with its first letter: 'BERT stands for "Big
        # Encoder for Reading Text"')
        firsts = {a[0] for a in _ACRONYM.findall(text)}
        text = _TITLE.sub(lambda m: m.group() if names.search(m.group()) or m.group()[1] in firsts else " " * len(m.group()), text)
    if " - " in text:
        # a spaced hyphen is a dash ("it's an LLM underneath - GPT-4 - and the GAN thing is a
        # myth"), after a chat export's time stamp, whose hyphen it is not
        stamp = _CHAT_STAMP.match(text)
        at = stamp.end() if stamp else 0
        text = text[:at] + text[at:].replace(" - ", " — ")
    if " – " in text:
        # (and a spaced en dash after a line's short label, which the tagger reads worse: "2017 – OpenAI invents ...")
        text = _LABEL_EN_DASH.sub(lambda m: m.group(1) + " — ", text, count=1)
    if "—" in text or "–" in text:
        # an appositive between a pair of dashes, after which the sentence goes on with its verb,
        # as between commas, which the parser attaches better ("The transformer — the T in GPT —
        # was introduced ..."; not a list or a clause: "— images, sound, video —", "— and ...")
        text = _DASH_PAIR.sub(lambda m: "," + m.group(1) + ",", text)
    stamp = _CHAT_STAMP.match(text)
    if stamp:  # a chat export's date and time before the speaker: "8/24/23, 7:54 PM - Kev: ..."
        text = " " * stamp.end() + text[stamp.end():]
    if discourse is None:
        return text
    return discourse.sub(_plain_word, text)


def _plain_word(m: re.Match) -> str:
    """A discourse word's stand-in: a spoken reply's plain one ("Nah" -> "No "; the group's name
    says which), or an adverb of its length for a chat abbreviation; capitalised as it was,
    padded to its length."""
    word = m.group()
    out = (m.lastgroup[len("as_"):] if m.lastgroup else _FILLERS[len(word)]).ljust(len(word))
    return out if word.islower() else out.capitalize()


def aside_regex(finding_verbs: tuple[str, ...], inclusion_words: tuple[str, ...],
                openers: tuple[str, ...] = (), tails: tuple[str, ...] = (), remarks: tuple[str, ...] = (),
                qualifiers: tuple[str, ...] = ()) -> re.Pattern | None:
    """Asides of rules/cues.yaml (``asides``) that the parser would misread as the sentence's
    clause: ", I found out much later," and ", the authors note," between commas, a remark between commas
    (", it should be said,"), ", image tools included" before the
    sentence's end or a comma, a remark to the reader at the end (", in case you were
    wondering"), and an opener ("In truth", "Of course") that lacks its comma
    (group ``opener``: the comma is put in, which is all the parser needs), and a qualifier
    without commas that only restates the thing before it (group ``qualifier``: "AI as a
    whole is ...", left out only after a tracked name, which the parser otherwise loses)."""
    words = lambda xs: "|".join(r"\s+".join(map(re.escape, x.split())) for x in sorted(xs, key=len, reverse=True))  # noqa: E731
    parts = []
    if finding_verbs:
        parts.append(r",\s+(?:I|we|(?:(?:the|our|my|his|her|their)\s+)?[A-Za-z'-]+(?:\s+[A-Za-z'-]+)?)\s+"
                     r"(?:(?:later|eventually|only|since|soon|rightly)\s+)?(?:" + words(finding_verbs) +
                     r")(?:\s+(?:much\s+|only\s+)?(?:later|recently|since|eventually|afterwards|the hard way))?\s*,")
    if remarks:  # ("BERT, it should be said, is one of ...")
        parts.append(r",\s+(?:" + words(remarks) + r")\s*,")
    if inclusion_words:
        parts.append(r",\s+(?:[\w'-]+\s+){1,4}(?:" + words(inclusion_words) + r")(?=\s*(?:[.!?…]|$))" +
                     r"|,\s+(?:[\w'-]+\s+){1,4}(?:" + words(inclusion_words) + r")\s*,(?=\s)")
    if tails:  # (a tail ending in "..." runs on to the sentence's end: "in case your kid asks")
        open_ended = [t[:-3].strip() for t in tails if t.endswith("...")]
        fixed = [t for t in tails if not t.endswith("...")]
        alts = ([words(fixed)] if fixed else []) + ([r"(?:" + words(open_ended) + r")\b[^,;:.!?()\"“”]{0,60}"] if open_ended else [])
        # (after a comma, or after a quotation closed right behind its comma: '"...," in case ...')
        parts.append(r"(?:,|(?<=,[\"”]))\s*(?:" + "|".join(alts) + r")(?=\s*(?:[.!?…)]|$))")
    if openers:
        parts.append(r"^\W*(?:" + words(openers) + r")(?P<opener>)\b(?=\s)")
    if qualifiers:  # (between words, with no comma: "AI in general is ...")
        parts.append(r"(?<=[\w)])\s+(?:" + words(qualifiers) + r")(?P<qualifier>)(?=\s+[a-z])")
    return re.compile("|".join(parts), re.I) if parts else None


def discourse_regex(words: frozenset[str], replies: Mapping[str, str] | None = None) -> re.Pattern | None:
    """The chat abbreviations of rules/cues.yaml that have a filler of their length, and the
    spoken replies before a comma or dash, in a group named for the plain reply (``as_no``)."""
    usable = sorted(w for w in words if len(w) in _FILLERS)
    alts = ["|".join(map(re.escape, usable))] if usable else []
    for plain in sorted(set((replies or {}).values())):
        said = sorted((w for w, p in replies.items() if p == plain), key=len, reverse=True)
        alts.insert(0, rf"(?P<as_{plain}>" + "|".join(map(re.escape, said)) + r")(?=\s*[,—–])")
    return re.compile(r"(?<![\w'-])(?:" + "|".join(alts) + r")(?![\w'-])", re.I) if alts else None


def sentence_over_cap(text: str, trigger) -> str | None:
    """Why a sentence is too costly to parse for claims, or None. Cheap: a split, then the
    name regex only for a sentence long enough to hold that many mentions."""
    words = len(text.split())
    if words > MAX_SENTENCE_WORDS:
        return f"{words} words (over {MAX_SENTENCE_WORDS})"
    if words > MAX_SENTENCE_MENTIONS:
        mentions = len(trigger.regex.findall(text))
        if mentions > MAX_SENTENCE_MENTIONS:
            return f"{mentions} concept mentions (over {MAX_SENTENCE_MENTIONS})"
    return None


def _cap_note(start: int, text: str, why: str) -> Note:
    return Note(rule=NOTE_SENTENCE_CAP, start=start, end=start + len(text),
                message=f"sentence not checked: {why}; split it to have its claims checked")


class Checker:
    """Holds the fact base and the spaCy pipeline (loaded once) and checks documents."""

    def __init__(self, config: RunConfig | None = None) -> None:
        from checker.nlp.definitions import speaker_regex, third_person
        from checker.nlp.pipeline import build_nlp  # spaCy is imported only here, lazily
        from checker.nlp.sentences import amount_regex, meaning_regex, topic_phrase_regex, trigger_regex
        from checker.nlp.terms import knowledge_for

        self.config = config or RunConfig()
        extra = tuple(self.config.extra_rules)
        # loaded (and validated) once: the pipeline's components get this same object from the
        # cache, and a broken rule file is reported before any model loads
        self.kb: KnowledgeBase = knowledge_for(self.config.rules_dir, extra)
        self.nlp = build_nlp(self.config.model, self.config.rules_dir, extra, self.kb.digest)
        self.trigger = trigger_regex(self.kb)
        self.topic_phrases = topic_phrase_regex(self.kb.cues.overclaim_topic_phrases)
        self.meanings = meaning_regex(self.kb)
        self.amounts = amount_regex(self.kb)
        self.statements = self.nlp.get_pipe("claimcheck_claims").statement_words()
        self.discourse = discourse_regex(self.kb.cues.discourse_words, self.kb.cues.reply_words)
        cues = self.kb.cues
        self.asides = aside_regex(cues.finding_verbs, cues.inclusion_words, cues.aside_openers, cues.aside_tails,
                                  cues.aside_remarks, cues.aside_qualifiers)
        self.speakers = speaker_regex(cues.speaker_titles, cues.speaker_roles)
        # a relation's verbs as a cell may open with them, said of its row's name ("| Midjourney | Uses a GAN |")
        self.cell_verbs = frozenset(third_person(lemma) for lemma in self.kb.relations.verbs)
        # called after each piece of a large text with (path, characters done, characters in
        # all); the CLI sets it to draw a progress bar on a terminal
        self.on_piece: Callable[[str, int, int], None] | None = None

    @property
    def model_version(self) -> str:
        """The loaded spaCy model, as lang_name-version."""
        from checker.nlp.pipeline import model_version
        return model_version(self.nlp)

    def with_config(self, config: RunConfig) -> "Checker":
        """A Checker for other reporting options (select, ignore, severity, min_severity ...)
        that shares this one's fact base and pipeline; the model and the rules must match."""
        same = (config.model, config.rules_dir, tuple(config.extra_rules))
        if same != (self.config.model, self.config.rules_dir, tuple(self.config.extra_rules)):
            raise ValueError("with_config: model and rules must match; build a new Checker for them")
        other = object.__new__(Checker)
        other.config, other.kb, other.nlp, other.trigger = config, self.kb, self.nlp, self.trigger
        other.topic_phrases, other.discourse, other.asides = self.topic_phrases, self.discourse, self.asides
        other.meanings, other.amounts, other.statements = self.meanings, self.amounts, self.statements
        other.speakers, other.cell_verbs = self.speakers, self.cell_verbs
        return other

    def check_text(self, source: str, path: str, fmt: str | None = None) -> FileReport:
        try:
            with time_budget(self.config.timeout) as budget:
                if len(source) > LARGE_TEXT:  # the budget restarts with each piece
                    return check_in_pieces(source, path, fmt or format_for(path), self, budget)
                document = parse_document(source, path, fmt)
                return check_document(document, self)
        except ClaimcheckError as exc:
            return FileReport(path=path, error=str(exc.problem if hasattr(exc, "problem") else exc))
        except BudgetExceeded:
            return timed_out(path, self.config.timeout)

    def check_many(self, items: Iterable[tuple[str, str]]) -> Iterator[FileReport]:
        """Check (source, path) pairs in order through one shared parser stream; a document
        that cannot be parsed gets an error report and does not stop the others."""
        failed: dict[int, FileReport] = {}

        def documents() -> Iterator[Document]:
            for n, (source, path) in enumerate(items):
                try:
                    yield parse_document(source, path)
                except ClaimcheckError as exc:
                    failed[n] = FileReport(path=path, error=getattr(exc, "problem", str(exc)))
                    yield Document(path=path, source="", segments=())

        for n, report in enumerate(check_documents(documents(), self)):
            yield failed.pop(n, report)

    def check_file(self, path: Path, display: str | None = None) -> FileReport:
        """One file, within the time budget (``config.timeout``): a file that takes longer is
        reported as timed out, an internal error."""
        shown = display or str(path)
        try:
            with time_budget(self.config.timeout) as budget:
                if _is_large(path):  # the budget restarts with each piece
                    return check_in_pieces(read_source(path), shown, format_for(shown), self, budget)
                document = load_document(path, shown)
                return check_document(document, self)
        except ClaimcheckError as exc:
            return FileReport(path=shown, error=getattr(exc, "problem", str(exc)))
        except BudgetExceeded:
            return timed_out(shown, self.config.timeout)

    def check_files(self, files: Sequence[tuple[Path, str]]) -> list[FileReport]:
        """check_file for a batch of files through one parser stream; reports in order. A file
        that cannot be read gets an error report and does not stop the others.

        The budget restarts each time a document's report is done, so no document may take
        more than ``config.timeout``; when one does, the files whose reports are not done are
        checked again one by one (each with its own budget), so only the slow one fails."""
        reports: list[FileReport | None] = []
        documents: list[tuple[int, Document]] = []
        for path, display in files:
            if _is_large(path):  # in pieces, on its own: never a whole large file's segments at once
                reports.append(self.check_file(path, display))
                continue
            try:
                documents.append((len(reports), load_document(path, display)))
                reports.append(None)
            except ClaimcheckError as exc:
                reports.append(FileReport(path=display, error=getattr(exc, "problem", str(exc))))
        try:
            with time_budget(self.config.timeout) as budget:
                for (i, _), report in zip(documents, check_documents((d for _, d in documents), self)):
                    reports[i] = report
                    budget.restart()
        except BudgetExceeded:
            for n, (path, display) in enumerate(files):
                if reports[n] is None:
                    reports[n] = self.check_file(path, display)
        return reports


# A text longer than this (characters; a file: bytes) is checked in pieces of about PIECE
# characters cut at blank lines outside fenced code, so the readers' and the parser's working
# memory stays bounded however large the file. Claims and notes keep their offsets in the whole
# text; lines, columns and suppressions are worked out once over the whole text.
LARGE_TEXT = 4_000_000
PIECE = 1_000_000


def _is_large(path: Path) -> bool:
    try:
        return path.stat().st_size > LARGE_TEXT
    except OSError:
        return False  # reported when the file is read


def pieces(source: str, fmt: str, size: int | None = None) -> Iterator[tuple[int, str]]:
    """``(offset, text)`` pieces of ``source`` that cover it exactly, each ending after a blank
    line that is outside a fenced code block and not before a front-matter-like fence (which
    a reader would take for front matter). HTML is never cut (one piece)."""
    size = size or PIECE
    if fmt == "html" or len(source) <= size:
        yield 0, source
        return
    start, pos, fence = 0, 0, ""
    n = len(source)
    while pos < n:
        end = source.find("\n", pos)
        end = n if end < 0 else end + 1
        line = source[pos:end]
        stripped = line.lstrip(" ")
        if len(line) - len(stripped) <= 3 and stripped[:3] in ("```", "~~~"):
            mark = stripped[:len(stripped) - len(stripped.lstrip(stripped[0]))]
            if not fence:
                fence = mark
            elif mark.startswith(fence) and not stripped.strip().strip(fence[0]):
                fence = ""
        elif (not fence and not line.strip() and end - start >= size
              and not source.startswith(("---", "+++"), end)):
            yield start, source[start:end]
            start = end
        pos = end
    if start < n:
        yield start, source[start:]


def check_in_pieces(source: str, path: str, fmt: str, checker: Checker, budget=None) -> FileReport:
    """One FileReport for a large text, read and parsed piece by piece (see ``pieces``). Each
    piece's findings are made with its own line index and moved to the whole text's lines and
    offsets (a piece starts at a line start, so columns stay); suppressions are applied once,
    over the whole text. The time ``budget`` (of checker.budget.time_budget), if given,
    restarts with each piece: it guards against a hang, and a 100 MB file is not a hang."""
    from checker.positions import normalise_newlines

    source = normalise_newlines(source)  # as parse_document does, for the whole text's lines
    findings: list[Finding] = []
    words = 0
    starts: list[tuple[int, int]] = []  # per piece: its offset and the lines before it

    def documents() -> Iterator[Document]:
        nonlocal words
        lines = 0
        for offset, text in pieces(source, fmt):
            document = parse_document(text, path, fmt)
            words += sum(len(seg.text.split()) for seg in document.segments)
            starts.append((offset, lines, len(text)))
            lines += text.count("\n")
            yield document

    for k, (document, found) in enumerate(stream_claims(documents(), checker)):
        offset, lines, size = starts[k]
        if checker.on_piece is not None:
            checker.on_piece(path, offset + size, len(source))
        for f in _piece_findings(document, found, checker):
            findings.append(replace(f, line=f.line + lines, end_line=f.end_line + lines,
                                    start=f.start + offset, end=f.end + offset))
        if budget is not None:
            budget.restart()
    findings = apply_suppressions(sorted(findings, key=Finding.sort_key), source,
                                  report_unused=checker.config.report_unused_suppressions)
    return FileReport(path=path, findings=tuple(findings), words=words)


def _piece_findings(document: Document, claims: list[Claim], checker: Checker) -> list[Finding]:
    """A piece's findings and notes, at the piece's own lines and offsets, not yet suppressed."""
    index = LineIndex(document.source)
    findings = findings_for(claims, checker.kb, checker.config, index)
    if document.notes and Severity.INFO.rank >= checker.config.min_severity.rank:
        findings += [note_finding(n, document.source, index) for n in document.notes]
    return findings


def extract_claims(document: Document, checker: Checker) -> list[Claim]:
    """Every claim in the document, with offsets into ``document.source``."""
    return next(stream_claims([document], checker))[1]


def selected_sentences(document: Document, checker: Checker,
                       described: dict[int, str] | None = None, keyed: dict[int, str] | None = None) -> Iterator[tuple]:
    """The sentences worth parsing, in order: (segment, sentence, its index in the segment,
    whether the document is about AI, its index among all the document's sentences, and whether
    a sentence skipped since the one before opens with a noun phrase of its own: "ROSA: The
    budget is fine.", which a next sentence's "it" would stand for). A document that names a
    tracked concept is about AI: its overclaims count even where a sentence names no concept
    ("Acme can't make things up")."""
    from checker.nlp.sentences import OverclaimCues, select, split_long_at_lines, split_sentences

    source = document.source
    split = [(seg, split_long_at_lines(split_sentences(seg.text), source[seg.start:seg.start + len(seg.text)]))
             for seg in document.segments]
    hits = [[bool(checker.trigger.search(s.text)) for s in sentences] for _, sentences in split]
    for (seg, sentences), seg_hits in zip(split, hits):
        if seg.kind == "definition" and seg_hits and checker.trigger.search(seg.context):
            seg_hits[0] = True  # a <dd> is about the term of its <dt>
        elif seg_hits and described and seg.start in described:
            seg_hits[0] = True  # a table cell is about its row's product
        elif seg_hits and keyed and seg.start in keyed and checker.trigger.search(keyed[seg.start]):
            seg_hits[0] = True  # an answer key's item is about what its question asks of
    about_ai = any(any(h) for h in hits)
    cues = checker.kb.cues
    overclaims = OverclaimCues(topics=cues.overclaim_topics, phrases=checker.topic_phrases,
                               subjects=cues.overclaim_subjects | cues.overclaim_limitations,
                               absolutes=cues.overclaim_absolutes, starters=cues.overclaim_starters,
                               pair_nouns=cues.pair_nouns, same_words=checker.kb.relations.same_adjectives,
                               meanings=checker.meanings, amounts=checker.amounts, statements=checker.statements) if about_ai else None
    first, other = 0, False
    before = None  # the block before, with its sentences' hits
    for (seg, sentences), seg_hits in zip(split, hits):
        chosen = {id(s) for s, _hit in select(sentences, checker.trigger, overclaims, seg_hits)}
        if sentences and before is not None and seg.kind in _PROSE and before[0].kind in _PROSE and before[1] and \
                before[1][-1] and _OPENS_WITH_PRONOUN.match(sentences[0].text):
            # a paragraph that opens with "it" or "they" after one whose last sentence names a
            # tracked concept speaks of it: "ChatGPT is an LLM in its own right." / "It landed in 2020."
            chosen.add(id(sentences[0]))
        before = (seg, seg_hits)
        for k, sentence in enumerate(sentences):
            if id(sentence) in chosen:
                yield seg, sentence, k, about_ai, first + k, other
                other = False
            else:
                other = other or bool(_OPENS_WITH_NOUN.match(sentence.text))
        first += len(sentences)


# prose blocks a pronoun may reach back across; a pronoun (after a speaker's label) opening a sentence
_PROSE = frozenset({"paragraph", "text"})
# how many sentences back a tracked concept may have been named for an overclaim's opening
# "it" to stand for it ("ChatGPT ... . Don't check? ... . Frankly, it never makes a mistake")
RECENT_AI = 5
_OPENS_WITH_PRONOUN = re.compile(r"^(?:[A-Z][\w .'()-]{0,40}:\s*)?(?:\[[\d:]+\]\s*)?(?:[A-Za-z]+(?:\s+[A-Za-z]+)?,\s+)?"
                                 r"(?:(?:and|but|so|plus)\s+)?(?:it|they)\b", re.I)  # (after a reply: "Oh, it ...", "Nah, it ...")
_TAGS = re.compile(r"<[^>]*>")
# a sentence whose subject is a noun phrase of its own (after a speaker's label): "ROSA: The budget
# is fine.", "Paris is lovely."
_OPENS_WITH_NOUN = re.compile(r"^(?:[A-Z][\w .'()-]{0,40}:\s*)?(?:\[[\d:]+\]\s*)?(?:(?i:the|our|my|your|his|her|their|a|an|some)\s+\w+"
                              r"|(?!(?i:it|they|this|that|there|here|what|which|who|how|why|when|where|and|but|so|or|yet|then|now|well)\b)[A-Z]\w+\s+(?:is|was|are|were|has|had)\b)")


def _gap(between: str) -> str:
    """The text between two blocks as blank space of the same length that breaks a line
    (markup blanked: "</h2>\n<p>"), so offsets after it still map to the source."""
    blank = re.sub(r"\S", " ", between)
    return blank if "\n" in blank else "\n" + blank[1:]


def stream_claims(documents: Iterable[Document], checker: Checker,
                  batch_size: int = 256) -> Iterator[tuple[Document, list[Claim]]]:
    """Claims for many documents through ONE parser stream: the selected sentences of
    consecutive documents share parser batches, so small files pay no per-document cost.
    Documents are consumed lazily and yielded in order, so memory stays flat."""
    nlp = checker.nlp
    claims_pipe = nlp.get_pipe("claimcheck_claims")
    pending: dict[int, Document] = {}
    capped: dict[int, list[Note]] = {}
    local: dict[int, dict[str, str]] = {}  # each document's own product names
    refuted: dict[int, frozenset[int]] = {}  # each document's table cells judged false in their row
    endorsed: dict[int, frozenset[int]] = {}  # and those judged true
    discourse = checker.discourse

    def jobs() -> Iterator[tuple[str, tuple]]:
        for n, document in enumerate(documents):
            pending[n] = document
            local[n] = local_names(document, checker)
            described = described_cells(checker.nlp, checker.kb, document.segments, checker.trigger)
            answered = answered_cells(checker.kb, document.segments)
            keyed = keyed_answers(checker.kb, document.source, document.segments)
            refuted[n] = refuted_cells(checker.kb, document.segments)
            endorsed[n] = endorsed_cells(checker.kb, document.segments)
            following = {a.start: b for a, b in zip(document.segments, document.segments[1:])}
            for seg, sentence, k, about_ai, nth, other in selected_sentences(document, checker, described, keyed):
                at = seg.start + sentence.start
                if "___" in document.source[document.source.rfind("\n", 0, at) + 1:at + len(sentence.text)]:
                    continue  # an exercise with a blank asserts nothing: "LLM stands for large ____ model.",
                    # "17. ___ LLMs came first." (the blank may open the line, before the sentence)
                if seg.kind == "list_item" and seg.context.rstrip().endswith("?") and (
                        _OPTION.match(seg.text) or _CHOOSE.match(seg.context)):
                    continue  # the options under a question assert nothing: "Which is true?" / "- A) ...",
                    # "Which of these statements is accurate?" / "<li>..." (an HTML list lettered by its type)
                offered = _OPTIONS_LINE.search(document.source, at, at + len(sentence.text))
                if offered:  # lettered options offer, they do not assert: only the stem before them is read
                    cut = max(offered.start() - at, 0)
                    if not checker.trigger.search(sentence.text[:cut]):
                        continue
                    sentence = replace(sentence, text=sentence.text[:cut].rstrip())
                cut = verdict_end(sentence.text, checker.kb)
                if cut is not None:  # only the reason after a verdict asserts: read it alone, at its own offsets
                    if not checker.trigger.search(sentence.text[cut:]):
                        continue
                    sentence = replace(sentence, text=" " * cut + sentence.text[cut:])
                elif judged_false(sentence.text, seg.text[sentence.start + len(sentence.text):], checker.kb):
                    continue  # a statement its line judges false: "DALL-E is an LLM. → **False.** ..."
                why = sentence_over_cap(sentence.text, checker.trigger)
                if why:
                    capped.setdefault(n, []).append(_cap_note(seg.start + sentence.start, sentence.text, why))
                    continue
                # (markup right before the sentence: "**Gary Pruitt** Mum, ...", "**What does GAN stand for?**")
                opened = sentence.start > 0 and seg.text[sentence.start - 1] == " " and not document.source[at - 1].isspace()
                tail = document.source[at + len(sentence.text):at + len(sentence.text) + 12].lstrip(" ")
                bold_answer = not opened and tail.startswith(_BOLD) and tail[2:3].strip() != ""
                entry = (cell_entry(described[seg.start], sentence.text, checker.cell_verbs) if k == 0 and seg.start in described
                         else row_answer(sentence.text, answered[seg.start]) if k == 0 and seg.start in answered
                         else keyed_answer(keyed[seg.start], sentence.text) if k == 0 and seg.start in keyed
                         else glossary_entry(seg, k, sentence.text, checker.trigger)) or qa_statement(
                    sentence.text, seg.text[sentence.start + len(sentence.text):], bold_answer,
                    document.source[at + len(sentence.text):seg.start + len(seg.text)], seg.text[:sentence.start],
                    checker.trigger.regex) or (qa_statement(
                    # (a question that ends its block, answered by the next block's label: "## Who
                    # makes Claude?" / "**Answer:** OpenAI.")
                    sentence.text, _gap(document.source[at + len(sentence.text):following[seg.start].start]) +
                    following[seg.start].text, before=seg.text[:sentence.start], names=checker.trigger.regex)
                    if seg.start in following and seg.kind != "table_cell"
                    and not seg.text[sentence.start + len(sentence.text):].strip() else None) or without_asides(
                    sentence.text, checker.asides, checker.trigger.regex)
                if entry and k == 0 and seg.start in answered:
                    seg = replace(seg, context="")  # the answer key asserts it: no "Question" column reports it
                if entry is None:
                    label = speaker_label(sentence.text, checker.speakers, checker.kb.cues.speaker_not, checker.trigger.regex)
                    entry = unmarked(sentence.text, document.source[at:at + len(sentence.text)], opened, label)
                entry = contracted(entry.text if entry else sentence.text, checker.trigger.any_name, entry) or entry
                text = entry.text if entry else sentence.text
                yield parser_text(text, discourse, checker.trigger.regex, checker.trigger), (n, seg, sentence, k, about_ai, entry, nth, other)
            yield "", (n, None, None, -1, False, None, -1, False)  # end of document marker

    from checker.nlp.definitions import cell_entry, contracted, keyed_answer, qa_statement, row_answer, speaker_label, unmarked, without_asides
    from checker.nlp.structure import answered_cells, described_cells, endorsed_cells, judged_false, keyed_answers, refuted_cells, verdict_end
    from checker.nlp.extensions import concept_id
    from checker.nlp.local_names import tag_local_names

    current: list[Claim] = []
    topic, prev, prev_end = None, (None, -1), 0
    named_subject = False  # the previous sentence's subject is an unknown name
    topic_subject = False  # the previous topic was its sentence's subject
    topic_plural = None  # whether the topic was named in the plural ("GANs") or not ("ChatGPT")
    topic_versioned = False  # whether the topic was one version of a product ("Stable Diffusion XL")
    pair = None  # the last two concepts named together, and where that sentence ended
    # the last sentence that named a tracked concept, and whether no sentence since has been
    # about something else ("Our support team is different.", "ROSA: The budget is fine.")
    last_ai, chain, recent = -RECENT_AI - 1, False, None
    for doc, (n, seg, sentence, k, about_ai, entry, nth, other) in nlp.pipe(jobs(), as_tuples=True, batch_size=batch_size,
                                               disable=["claimcheck_claims"]):
        if seg is None:
            document = pending.pop(n)
            local.pop(n, None)
            judged = refuted.pop(n, frozenset())
            endorsed.pop(n, None)
            notes = capped.pop(n, [])
            structural = structural_claims(document, checker, notes, judged)
            if notes:
                document = replace(document, notes=document.notes + tuple(notes))
            yield document, structural + current
            current, topic, prev = [], None, (None, -1)
            pair, last_ai, chain, recent = None, -RECENT_AI - 1, False, None
            continue
        # a pronoun refers back only to the sentence right before it in the same block; an
        # overclaim's pronoun also, in a paragraph that opens with it, to the last sentence of the
        # paragraph right before ("... talking directly to the LLM." / "GAVIN: It truly understands you")
        base = seg.start + sentence.start
        adjacent = prev[0] == seg and prev[1] == k - 1
        across = not adjacent and k == 0 and prev[0] is not None and seg.kind in _PROSE and prev[0].kind in _PROSE and \
            bool(_OPENS_WITH_PRONOUN.match(sentence.text)) and not _TAGS.sub("", pending[n].source[prev_end:base]).strip()
        doc.user_data["cc_carried"] = topic if adjacent else None
        doc.user_data["cc_after_name"] = adjacent and named_subject
        doc.user_data["cc_carried_across"] = topic if across else None
        doc.user_data["cc_after_name_across"] = across and named_subject
        doc.user_data["cc_after_subject_across"] = across and topic_subject  # (the topic was the subject there)
        doc.user_data["cc_carried_plural"] = topic_plural if adjacent else None
        doc.user_data["cc_carried_versioned"] = topic_versioned if adjacent else False
        doc.user_data["cc_pair"] = pair[0] if pair and base - pair[1] <= PAIR_REACH else None
        doc.user_data["cc_segment_kind"] = seg.kind
        doc.user_data["cc_refuted_row"] = seg.start in refuted.get(n, ())
        doc.user_data["cc_endorsed_row"] = seg.start in endorsed.get(n, ())
        doc.user_data["cc_context"] = seg.context
        doc.user_data["cc_next"] = _next_sentence(seg.text[sentence.start + len(sentence.text):])
        doc.user_data["cc_line_rest"] = pending[n].source[base + len(sentence.text):].split("\n", 1)[0][:40]  # (as written)
        doc.user_data["cc_prev"] = seg.text[max(0, sentence.start - 300):sentence.start]  # (the text before, in its block)
        doc.user_data["cc_about_ai"] = about_ai
        chain = chain and not other
        doc.user_data["cc_recent_ai"] = chain and nth - last_ai <= RECENT_AI
        doc.user_data["cc_recent_concept"] = recent if doc.user_data["cc_recent_ai"] else None
        tag_local_names(doc, local.get(n, {}))
        claims_pipe(doc)
        if doc.user_data.get("cc_topic"):
            topic_plural = doc.user_data.get("cc_topic_plural")
            topic_versioned = bool(doc.user_data.get("cc_topic_versioned"))
        topic = doc.user_data.get("cc_topic") or (topic if adjacent or across else None)
        named_subject = bool(doc.user_data.get("cc_named_subject"))
        if doc.user_data.get("cc_topic"):
            topic_subject = bool(doc.user_data.get("cc_topic_subject"))
        if doc.user_data.get("cc_named_pair"):
            pair = (doc.user_data["cc_named_pair"], base + len(sentence.text))
        prev, prev_end = (seg, k), base + len(sentence.text)
        if any(concept_id(t) for t in doc):
            last_ai, chain = nth, True
            # (what a later "it" stands for: the sentence's topic, or else its first tracked name)
            recent = doc.user_data.get("cc_topic") or next(concept_id(t) for t in doc if concept_id(t))
        elif doc.user_data.get("cc_untracked_subject") and not any(
                t.lemma_.lower() in checker.kb.cues.overclaim_subjects or
                (t.lower_ in ("it", "them") and t.dep_ in ("dobj", "pobj")) for t in doc):
            chain = False  # a sentence about something else, whose subject the next "it" is more
            # likely to stand for: "Our support team is different. It never makes mistakes."
            # (not one that does something with it: "Ellie put it on my phone. It's never been wrong.")
        back = entry.original if entry else (lambda offset: offset)
        current.extend(replace(c, start=back(c.start) + base, end=back(c.end) + base,
                               sentence=sentence.text) for c in doc._.cc_claims or ())


def _next_sentence(after: str) -> str:
    """The sentence after this one in its block when it is a short comment on it ("Honestly,
    fair point."), up to eight words; else ""."""
    m = re.match(r"\s*(.{0,160}?[.!?])(?=\s|$)", after.split("\n", 1)[0])
    return m.group(1) if m and len(m.group(1).split()) <= 8 else ""


def local_names(document: Document, checker: Checker) -> dict[str, str]:
    """The product names a document introduces itself (checker/nlp/local_names.py)."""
    from checker.nlp.local_names import find_local_names

    cues = checker.kb.cues
    return find_local_names((seg.text for seg in document.segments), cues.local_names, checker.trigger,
                            cues.overclaim_starters) if cues.local_names else {}


def glossary_entry(seg: Segment, k: int, text: str, trigger):
    """The first sentence of a glossary entry, as "TERM is DEFINITION" (a Rewrite from
    checker/nlp/definitions.py), or None."""
    from checker.nlp.definitions import entry_under, inline_entry
    from checker.nlp.sentences import ARROW

    if k != 0:
        # (later sentences only in an arrow's form, which no prose takes: "Midjourney → a GAN")
        return inline_entry(text, trigger) if ARROW.search(text) else None
    if seg.kind == "definition":
        return entry_under(seg.context, text, trigger)  # (None for a definition that spells out an acronym)
    return inline_entry(text, trigger)


def structural_claims(document: Document, checker: Checker, notes: list[Note] | None = None,
                      refuted: frozenset[int] = frozenset()) -> list[Claim]:
    """Claims made by lists under a lead-in and by table rows under a header. A list item or
    cell over the sentence cap is not parsed (a note is added to ``notes``); nor is a cell its
    row judges false (``refuted``: where such cells start, from structure.refuted_cells)."""
    from checker.nlp.structure import list_frame, list_item_claim, table_claims

    nlp, kb = checker.nlp, checker.kb
    out: list[Claim] = []
    frames: dict[int, str | None] = {}
    rows: dict[int, list] = {}
    for seg in document.segments:
        if seg.kind in ("list_item", "table_cell") and (seg.context or seg.kind == "table_cell"):
            why = sentence_over_cap(seg.context + " " + seg.text, checker.trigger)
            if why:
                if notes is not None and not any(n.start <= seg.start < n.end for n in notes):
                    notes.append(_cap_note(seg.start, seg.text.rstrip(), why))
                continue
        if seg.kind == "list_item" and seg.context:
            if seg.group not in frames:
                frames[seg.group] = list_frame(nlp, kb, seg.context)
            frame = frames[seg.group]
            if frame:
                claim = list_item_claim(nlp, kb, seg, frame, seg.context + " " + seg.text.strip())
                if claim:
                    out.append(claim)
        elif seg.kind == "table_cell":
            rows.setdefault(seg.group, []).append(seg)
    # (a row that judges its own cells false states none of them: "| GAN | "General adversarial network" | Incorrect: ... |")
    for row in rows.values():
        out.extend(c for c in table_claims(nlp, kb, row) if not any(
            cell.start in refuted and cell.start <= c.start < cell.start + len(cell.text) for cell in row))
    return out


class _Template(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


_PLURAL_WORD = re.compile(r"(?:[A-Z]{2,}|[a-z-]*[^su\W])s$")  # "LLMs", "GANs", "generators" (not "Opus", "class")
_AGREEING = {" is ": " are ", " was ": " were ", " has ": " have "}


def _render(template: str, values: dict[str, str]) -> str:
    """The template filled in; a verb right after "{x}" agrees with it ("LLMs are built on ...",
    "Picture generators are generative AI")."""
    words = values.get("x", "").split()
    if words and _PLURAL_WORD.fullmatch(words[-1]):
        for one, many in _AGREEING.items():
            template = template.replace("{x}" + one, "{x}" + many)
    try:
        return string.Formatter().vformat(template, (), _Template(values))
    except (ValueError, IndexError):
        return template


def _values(claim: Claim, verdict: Verdict, kb: KnowledgeBase) -> dict[str, str]:
    subj = kb.concepts.get(claim.subject)
    obj = kb.concepts.get(claim.object)
    family = ""
    if subj is not None:
        for parent in subj.is_a:
            if kb.concepts[parent].kind == "family":
                family = kb.concepts[parent].label
                break
        family = family or subj.label
    found = verdict.found
    # (a denial of the fact: "BERT was not made by Google" -> "..., so that denial is wrong")
    denied = "so that denial is wrong" if claim.polarity is Polarity.NEGATIVE else None
    phrase = {
        "introduced_in": denied or (f"not in {found}" if found else ""),
        "made_by": denied or (f"not by {found}" if found else ""),
        "consists_of": denied or (f"not {found}" if found else ""),
    }.get(claim.relation, found)
    return {
        "x": claim.subject_text or (subj.label if subj else claim.subject),
        "y": claim.object_text or (obj.label if obj else claim.object),
        "X": subj.label if subj else claim.subject,
        "Y": obj.label if obj else claim.object,
        "Xfamily": family,
        "found": phrase,
        "expected": verdict.expected,
        "expected_year": str(subj.year) if subj and subj.year else verdict.expected,
        "expected_month": calendar.month_name[subj.month] if subj and subj.month else "",
        # " in 2021", or nothing for a concept with no year of its own ("DALL-E 3")
        "in_year": f" in {subj.year}" if subj and subj.year else (
            f" in {verdict.expected}" if claim.relation == "introduced_in" and verdict.expected else ""),
        "released_in": f" (released in {subj.year})" if subj and subj.year else (
            f" (released in {verdict.expected})" if claim.relation == "introduced_in" and verdict.expected else ""),
        "expected_maker": _makers(claim.subject, kb) or verdict.expected,
    }


def _makers(concept: str, kb: KnowledgeBase) -> str:
    """Who made a concept, as a writer would put it: "OpenAI", "Ian Goodfellow and colleagues"."""
    from checker.knowledge.taxonomy import inherited
    makers = [kb.concepts[m] for m in (inherited(kb, concept, "made_by") or ())]
    orgs = [m.label for m in makers if m.kind == "org"]
    if orgs:
        return " and ".join(orgs)
    return f"{makers[0].label} and colleagues" if makers else ""


def _substitution(claim: Claim, verdict: Verdict, values: dict[str, str]) -> tuple[str, str] | None:
    """The wrong words of a claim and what to write instead, where the claim names a value."""
    wrong = claim.object_text
    if not claim.sentence or not wrong or wrong not in claim.sentence:
        return None
    if claim.relation == "stands_for":
        right = verdict.expected
        if wrong[:1].isupper():
            right = " ".join(w[:1].upper() + w[1:] if w.islower() else w for w in right.split())
        if wrong.endswith("s") and not right.endswith("s"):
            right += "s"
        return wrong, right
    if claim.relation == "introduced_in" and values.get("expected_year"):
        date = dict(claim.detail).get("date")
        if date and date in claim.sentence and values.get("expected_month"):
            return date, f"{values['expected_month']} {values['expected_year']}"  # "in June 2022" -> "in November 2022"
        return wrong, values["expected_year"]
    if claim.relation == "made_by" and values.get("expected_maker"):
        return wrong, values["expected_maker"]
    return None


def _rewrite(sentence: str, substitutions: list[tuple[str, str]]) -> str:
    """The sentence with every wrong value about the same subject corrected ("invented by
    Hinton in 2017" is rewritten in both places)."""
    for wrong, right in substitutions:
        sentence = sentence.replace(wrong, right, 1)
    return sentence


def _quoted_sentence(suggestion: str, sentence: str, claim_length: int) -> str:
    """A suggestion that is one quoted whole sentence ("\"Generative AI is a branch of
    artificial intelligence\"") as a replacement for the claim's sentence, with its final
    punctuation; "" for advice, phrases and examples with gaps, and when the claim is only
    part of a longer sentence (replacing it would drop what else the sentence says)."""
    text = suggestion.strip()
    if claim_length < 0.6 * len(sentence.strip()):
        return ""
    inner = text[1:-1]
    if len(text) < 2 or text[0] != '"' or text[-1] != '"' or '"' in inner or "{" in inner or "..." in inner:
        return ""
    if len(inner.split()) < 4 or not inner[:1].isupper():
        return ""
    end = sentence.rstrip()[-1:] if sentence.rstrip()[-1:] in ".!?" else ""
    return inner if inner[-1:] in ".!?" else inner + end


def findings_for(claims: list[Claim], kb: KnowledgeBase, config: RunConfig, index: LineIndex) -> list[Finding]:
    findings: dict[tuple, Finding] = {}
    judged = [(claim, judge(claim, kb)) for claim in claims]
    fixes: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for claim, verdict in judged:
        if verdict.wrong:
            sub = _substitution(claim, verdict, _values(claim, verdict, kb))
            if sub and sub not in fixes.setdefault((claim.sentence, claim.subject), []):
                fixes[(claim.sentence, claim.subject)].append(sub)
    for claim, verdict in judged:
        if verdict.wrong is None or (verdict.wrong is False and not config.show_verified):
            continue
        explained = explaining_cover(claim, kb)
        if explained is None or not config.wants(explained[0].id):
            continue
        fact, cover = explained
        values = _values(claim, verdict, kb)
        if verdict.wrong:
            severity = config.severity.get(fact.id, (cover.severity if cover and cover.severity else fact.severity))
            message = _render(fact.message, values)
            own = _substitution(claim, verdict, values)
            suggestion = _rewrite(claim.sentence, fixes[(claim.sentence, claim.subject)]) if own \
                else _render(fact.suggestion, values)
            rewrite = suggestion if own else _quoted_sentence(suggestion, claim.sentence or "", claim.end - claim.start)
        else:
            severity = Severity.INFO
            message = f"verified: {fact.statement}"
            suggestion = rewrite = ""
        if severity.rank < config.min_severity.rank:
            continue
        line, col = index.locate(claim.start)
        end_line, end_col = index.locate(claim.end)
        finding = Finding(
            rule=fact.id, fact=fact.id, severity=severity, line=line, column=col, end_line=end_line,
            end_column=end_col, message=message, claim=claim.sentence or "", suggestion=suggestion,
            sources=tuple(kb.sources[s].cite() for s in fact.sources), start=claim.start, end=claim.end,
            rewrite=rewrite)
        key = (fact.id, claim.start, claim.end, severity)
        # one finding per fact and span; a wrong verdict beats a verified one
        findings.setdefault(key, finding)
    return _dedupe(sorted(findings.values(), key=Finding.sort_key))


def _dedupe(findings: list[Finding]) -> list[Finding]:
    """Drop a finding whose fact is already reported with the same message in the same sentence
    ("LLMs came first; generative AI is the next evolution of them" is one error, said twice),
    or at the same place (a table cell read on its own and with its row)."""
    kept: list[Finding] = []
    for f in findings:
        if any(k.fact == f.fact and k.message == f.message and k.line == f.line and
               (k.claim == f.claim or k.column == f.column) for k in kept):
            continue
        kept.append(f)
    return kept


def check_documents(documents: Iterable[Document], checker: Checker) -> Iterator[FileReport]:
    """FileReports for many documents, in order, sharing one parser stream."""
    for document, claims in stream_claims(documents, checker):
        hang_if_asked(document.source)  # the test hook of the time budget (a no-op unless set)
        yield report_for(document, claims, checker)


def timed_out(path: str, seconds: float | None) -> FileReport:
    return FileReport(path=path, error=timeout_message(seconds or 0), internal=True)


def check_document(document: Document, checker: Checker) -> FileReport:
    return next(check_documents([document], checker))


def note_finding(note: Note, source: str, index: LineIndex) -> Finding:
    """An info finding for text that was not checked, with an excerpt of that text."""
    excerpt = " ".join(source[note.start:min(note.end, note.start + 400)].split())
    if len(excerpt) > 80 or note.end - note.start > 400:
        excerpt = excerpt[:80].rstrip() + " …"
    line, col = index.locate(note.start)
    end_line, end_col = index.locate(note.end)
    return Finding(rule=note.rule, fact=note.rule, severity=Severity.INFO, line=line, column=col,
                   end_line=end_line, end_column=end_col, message=note.message, claim=excerpt,
                   suggestion="", sources=(), start=note.start, end=note.end)


def report_for(document: Document, claims: list[Claim], checker: Checker) -> FileReport:
    index = LineIndex(document.source)
    findings = findings_for(claims, checker.kb, checker.config, index)
    if document.notes and Severity.INFO.rank >= checker.config.min_severity.rank:
        findings = sorted(findings + [note_finding(n, document.source, index) for n in document.notes],
                          key=Finding.sort_key)
    findings = apply_suppressions(findings, document.source, report_unused=checker.config.report_unused_suppressions)
    words = sum(len(seg.text.split()) for seg in document.segments)  # prose words, not markup
    return FileReport(path=document.path, findings=tuple(findings), words=words)

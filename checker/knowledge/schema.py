"""Immutable values describing the fact base (what rules/*.yaml holds, validated)."""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Mapping

from checker.model import Severity


@dataclass(frozen=True, kw_only=True)
class Source:
    id: str
    title: str
    ref: str = ""

    def cite(self) -> str:
        return f"{self.id}: {self.title}" + (f" <{self.ref}>" if self.ref else "")


@dataclass(frozen=True, kw_only=True)
class Concept:
    id: str
    label: str
    kind: str
    names: tuple[str, ...] = ()
    exact_names: tuple[str, ...] = ()
    is_a: tuple[str, ...] = ()
    disjoint_with: tuple[str, ...] = ()
    accepts: tuple[str, ...] = ()
    built_on: tuple[str, ...] = ()
    made_by: tuple[str, ...] = ()
    year: int | None = None
    month: int | None = None  # the month of ``year`` (1-12), where FACTS.md gives it
    exists_by: int | None = None  # known to exist by this year (for fields with no single start)
    acronym: str = ""
    expansion: str = ""
    networks: int | None = None
    parameters: int | None = None
    min_parameters: int | None = None  # a family's floor: a size below it is wrong for every member
    umbrella: bool = False
    works: tuple[str, ...] = ()  # titles of the works that introduced it ("Attention Is All You Need")


@dataclass(frozen=True, kw_only=True)
class Cover:
    relation: str
    subject: tuple[str, ...] = ()
    object: tuple[str, ...] = ()
    polarity: str | None = None
    quantifier: tuple[str, ...] = ()
    necessity: bool | None = None
    property: str = ""
    exact: bool = False  # subject/object must be the listed concepts themselves, not descendants
    severity: Severity | None = None  # overrides the fact's severity for claims of this shape


@dataclass(frozen=True, kw_only=True)
class Slot:
    """One position of a detect pattern: a set of words, or a gap (alts is None)."""

    alts: frozenset[str] | None
    optional: bool = False


@dataclass(frozen=True, kw_only=True)
class Meaning:
    """What one word of a concept's name is said to stand for ('the "large" refers to the
    storage the app takes up'): the word, talked about as a word (quoted, or after or before
    one of ``markers``: "the word large", "the large bit"), the subject of one of ``verbs``;
    what the verb names is right when it has one of ``right``, and a claim when it names
    anything besides ``neutral`` words."""

    word: str
    markers: frozenset[str]
    verbs: frozenset[str]
    right: frozenset[str]
    neutral: frozenset[str]


@dataclass(frozen=True, kw_only=True)
class Amount:
    """How much a thing is said to learn from, as a count of ``units`` ("a few thousand
    hand-picked documents") in a clause with one of ``words`` (verbs or nouns of learning); a
    count below ``below`` states the claim."""

    words: frozenset[str]
    units: frozenset[str]
    below: int


@dataclass(frozen=True, kw_only=True)
class Detect:
    subjects: tuple[str, ...]
    patterns: tuple[tuple[Slot, ...], ...]
    meaning: Meaning | None = None
    amount: Amount | None = None
    unless: tuple[str, ...] = ()
    negated: tuple[bool, ...] = ()  # per pattern: it states the overclaim only when negated ("NEG:")
    exact: bool = False  # the subjects themselves, not narrower concepts ("generative AI is only text")
    purpose: bool = False  # what a thing is designed or built to do states the claim ("LLMs are designed to make images")
    hedged: bool = False  # a hedging degree word (cues.yaml overclaims.hedged_degrees) makes the statement no absolute ("mostly harmless")


@dataclass(frozen=True, kw_only=True)
class Fact:
    id: str
    statement: str
    severity: Severity
    message: str
    why: str
    suggestion: str
    sources: tuple[str, ...]
    covers: tuple[Cover, ...]
    detect: Detect | None = None
    flag_examples: tuple[str, ...] = ()
    pass_examples: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class VerbCue:
    lemma: str
    relation: str
    preps: tuple[str, ...] = ()
    active_subject: str = "X"
    passive_only: bool = False
    necessity: bool = False
    denies: bool = False  # the verb and its preposition deny the relation: "X sits outside Y" (not a kind of Y)


@dataclass(frozen=True, kw_only=True)
class RelationCues:
    """Cue words that signal each relation, read from relations.yaml."""

    is_a_nouns: frozenset[str]
    is_a_preps: frozenset[str]
    includes_nouns: frozenset[str]
    same_adjectives: frozenset[str]
    same_nouns: frozenset[str]
    same_phrases: tuple[str, ...]
    naming_verbs: frozenset[str]
    word_nouns: frozenset[str] = frozenset()  # "two names for one thing": nouns for a name
    thing_nouns: frozenset[str] = frozenset()  # "same thing, different buzzword": nouns for what is the same
    broad_words: frozenset[str] = frozenset()  # "a general term for": a name that covers a kind
    uses_nouns: frozenset[str]
    part_nouns: frozenset[str] = frozenset()  # "a key part of ChatGPT": what it runs on
    uses_preps: frozenset[str]
    made_verbs: frozenset[str]
    made_nouns: frozenset[str]
    made_preps: frozenset[str]
    intro_verbs: frozenset[str]
    precedes: Mapping[str, frozenset[str]]
    verbs: Mapping[str, tuple[VerbCue, ...]]  # lemma -> cues
    origin_verbs: frozenset[str] = frozenset()  # "X came out of Meta's lab"
    helping_verbs: frozenset[str] = frozenset()  # "Microsoft helped launch Llama 2": not the maker
    instance_verbs: frozenset[str] = frozenset()  # "OpenAI trained GANs": one of a family, not its invention
    uses_places: frozenset[str] = frozenset()  # "X has Y inside / under the hood"
    producing_verbs: frozenset[str] = frozenset()  # "X writes its replies with Y"
    instrument_preps: frozenset[str] = frozenset()  # with, using, via, through
    output_nouns: frozenset[str] = frozenset()  # "X's replies come from Y"
    release_states: frozenset[str] = frozenset()  # "X went public in 2022"
    phrasal_verbs: Mapping[str, str] = field(default_factory=dict)  # "show up" -> appear
    member_markers: frozenset[str] = frozenset()
    essence_places: frozenset[str] = frozenset()  # "at its core X is Y": what X is, not what it runs on  # "AI, particularly GenAI": an apposition naming members
    seat_nouns: frozenset[str] = frozenset()  # "X is at the heart of Y": what Y runs on
    holder_preps: frozenset[str] = frozenset()  # "the thing behind / under the bonnet of X is Y": what X runs on
    agent_nouns: frozenset[str] = frozenset()  # "X is the company behind Y": Y's maker
    credit_verbs: frozenset[str] = frozenset()  # "X is credited with inventing Y": X invented Y
    lasting_verbs: frozenset[str] = frozenset()  # "has been going since 2020": existed from then
    likeness_verbs: frozenset[str] = frozenset()  # "X works like a GAN": X runs the way a GAN does
    work_verbs: frozenset[str] = frozenset()  # "OpenAI wrote the paper that introduced X": X's maker
    rival_nouns: frozenset[str] = frozenset()  # "ChatGPT is Google's rival": not Google's own
    placeholder_nouns: frozenset[str] = frozenset()  # "one of the things under X": members of X


@dataclass(frozen=True, kw_only=True)
class NetworkCues:
    """How a two-network family's parts are said to relate (cues.yaml ``networks``)."""

    owner: str = ""
    parts: frozenset[str] = frozenset()
    cooperation: frozenset[str] = frozenset()
    cooperation_phrases: tuple[str, ...] = ()
    competition: frozenset[str] = frozenset()
    rival_parts: frozenset[str] = frozenset()
    denying: tuple[str, ...] = ()
    part_concepts: tuple[str, ...] = ()  # tracked concepts a mention of which is one of the networks
    leaving: frozenset[str] = frozenset()  # "replaced the tug-of-war of two networks": not how it works
    signature: frozenset[str] = frozenset()  # the contest's own words, needed for a strict family
    strict_families: tuple[str, ...] = ()  # families whose networks compete only with the contest's own words


@dataclass(frozen=True, kw_only=True)
class Cues:
    negation: frozenset[str]
    attribution_verbs: frozenset[str]
    attribution_nouns: frozenset[str]
    attribution_phrases: tuple[str, ...]
    question_openers: frozenset[str]
    conditional: tuple[str, ...]
    attribution_endorsing: frozenset[str] = frozenset()
    attribution_own_sources: frozenset[str] = frozenset()  # "according to my notes": the writer's own record
    attribution_promotional: frozenset[str] = frozenset()
    attribution_refuting: frozenset[str] = frozenset()
    question_closers: tuple[str, ...] = ()
    question_fillers: frozenset[str] = frozenset()  # "wait so is AI ...": words before an unmarked question
    question_prompts: frozenset[str] = frozenset()  # "Name two families of ...": a quiz's prompt asks
    attribution_own_view: frozenset[str] = frozenset()
    attribution_neg_raising: frozenset[str] = frozenset()  # "I don't think X poses any risk": X poses none
    attribution_own_view_nouns: frozenset[str] = frozenset()  # "my view is that X": the writer's
    attribution_surprise: frozenset[str] = frozenset()
    attribution_convinced: frozenset[str] = frozenset()
    attribution_habits: frozenset[str] = frozenset()
    attribution_phrasing: frozenset[str] = frozenset()  # "the way my nephew puts it is that X"
    attribution_told: frozenset[str] = frozenset()  # "my cousin told me": the object is the one told
    attribution_asking: frozenset[str] = frozenset()  # "asked why X": the asker's premise
    perception: frozenset[str] = frozenset()  # "seen X described as Y": someone else's naming
    attribution_endorsing_phrases: tuple[str, ...] = ()
    attribution_texts: frozenset[str] = frozenset()
    attribution_text_verbs: frozenset[str] = frozenset()  # "the article notes X": the article's
    attribution_claiming: frozenset[str] = frozenset()  # "a vendor that claims zero hallucinations": the vendor's
    attribution_error_nouns: frozenset[str] = frozenset()  # "Misconceptions from last year" over a list: each item one
    attribution_truth_words: frozenset[str] = frozenset()  # "Myths and facts": not all of them wrong
    attribution_concessive: tuple[str, ...] = ()  # "X, whatever the purists say": the writer's, said against them
    version_words: frozenset[str] = frozenset()
    modality_words: frozenset[str] = frozenset()
    modality_family: str = ""  # the family whose members' names a medium word turns into another model's
    field_adjectives: frozenset[str] = frozenset()
    subset_adjectives: frozenset[str] = frozenset()  # "early language models had ...": some members, not the family
    letter_nouns: frozenset[str] = frozenset()
    size_words: frozenset[str] = frozenset()
    overclaim_subjects: frozenset[str] = frozenset()
    overclaim_adjectives: frozenset[str] = frozenset()  # "everything generative": every generative AI
    overclaim_people: frozenset[str] = frozenset()  # nouns the field's word modifies that name no AI ("AI researchers")
    overclaim_topics: frozenset[str] = frozenset()
    overclaim_topic_phrases: tuple[str, ...] = ()
    overclaim_absolutes: frozenset[str] = frozenset()
    overclaim_starters: frozenset[str] = frozenset()
    overclaim_object_verbs: frozenset[str] = frozenset()
    # verbs that vouch for a statement in their clause: denied, they deny it ("they do not guarantee that every answer is correct")
    overclaim_assurance_verbs: frozenset[str] = frozenset()
    overclaim_limitations: frozenset[str] = frozenset()
    overclaim_output_verbs: frozenset[str] = frozenset()  # what an AI says or makes, as a subject ("whatever it writes")
    overclaim_hedges: frozenset[str] = frozenset()  # degree words that make an absolute a matter of degree ("mostly harmless")
    overclaim_subject: str = ""  # the concept an AI subject with no tracked name stands for ("our assistant")
    aspiration: frozenset[str] = frozenset()
    retractions: tuple[str, ...] = ()  # what opens a taking-back of the sentence before: "(Scrub that, ...)"
    doubts: tuple[str, ...] = ()  # what takes the writer's certainty back later in the sentence: "though I might be wrong"
    implication_verbs: frozenset[str] = frozenset()  # what one thing says of another, denied: "This doesn't mean X"
    purpose_verbs: frozenset[str] = frozenset()  # aspirations that state what a thing is for ("designed to make images")
    remaking_verbs: frozenset[str] = frozenset()  # "turns a raw model into ...": what a process makes of a model
    remaking_models: frozenset[str] = frozenset()
    pair_nouns: frozenset[str] = frozenset()
    discourse_words: frozenset[str] = frozenset()
    # a spoken reply before a comma, read as the plain one: "Nah, OpenAI invented it" as "No, ..."
    reply_words: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    finding_verbs: tuple[str, ...] = ()  # "Midjourney, I found out later, is a GAN": an aside the parser skips
    inclusion_words: tuple[str, ...] = ()  # "..., image tools included": a trailing aside the parser skips
    aside_openers: tuple[str, ...] = ()  # "In truth the transformer ...": an opener the parser skips
    aside_tails: tuple[str, ...] = ()  # "..., in case you were wondering.": a remark the parser skips
    aside_remarks: tuple[str, ...] = ()  # "BERT, it should be said, is ...": a remark between commas
    aside_qualifiers: tuple[str, ...] = ()  # "AI as a whole is ...": a phrase after a name that only restates it
    speaker_titles: tuple[str, ...] = ()  # "MS RAMAN:", "Dr Mensah (chair):": a speaker's title
    speaker_roles: tuple[str, ...] = ()  # "Student:", "Caller:": a speaker named by role
    speaker_not: tuple[str, ...] = ()  # "MYTH:", "Answer:": labels that are no speaker
    renaming_verbs: frozenset[str] = frozenset()
    # words before a year that narrow it to months: "June" -> (6, 6), "spring" -> (3, 5), "late" -> (9, 12)
    date_parts: Mapping[str, tuple[int, int]] = field(default_factory=lambda: MappingProxyType({}))
    poor_at: frozenset[str] = frozenset()  # "bad at open-ended generation" denies what follows "at"
    networks: NetworkCues = field(default_factory=NetworkCues)
    table_headers: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))
    # column headers of a cell that describes its row's product ("Notes", "What it is")
    description_headers: tuple[str, ...] = ()
    event_headers: tuple[str, ...] = ()  # a column of events ("What happened")
    event_verbs: frozenset[str] = frozenset()  # an event cell's verbs of arrival, as lemmas
    # column headers of a quiz table's prompts and of their answers ("Question", "Answer")
    question_headers: tuple[str, ...] = ()
    answer_headers: tuple[str, ...] = ()
    local_names: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))


@dataclass(frozen=True, kw_only=True)
class KnowledgeBase:
    concepts: Mapping[str, Concept]
    facts: tuple[Fact, ...]
    sources: Mapping[str, Source]
    relations: RelationCues
    cues: Cues
    digest: str = ""  # hash of the rule files, for caches
    _ancestors: Mapping[str, frozenset[str]] = field(default_factory=lambda: MappingProxyType({}))

    def fact(self, fact_id: str) -> Fact:
        for f in self.facts:
            if f.id == fact_id:
                return f
        raise KeyError(fact_id)

    def ancestors(self, concept_id: str) -> frozenset[str]:
        """The concept and every concept it is (transitively) a kind of."""
        return self._ancestors.get(concept_id, frozenset({concept_id}))

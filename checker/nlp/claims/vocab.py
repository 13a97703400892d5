"""Closed word classes the claim extractor reads (function words, not facts: facts and
their cue words live in rules/)."""

from __future__ import annotations

import re

COPULAS = {"be", "become", "remain", "represent", "constitute", "stay"}
# nouns that stand for the concept that modifies them: "GPT models", "the LLM category"
CLASSIFIERS = {"model", "system", "technology", "architecture", "network", "family", "framework",
               "approach", "technique", "method", "algorithm", "engine", "category", "class",
               "variant", "type", "kind", "space", "field", "world", "domain", "net", "series",
               "version", "implementation", "tech", "checkpoint", "chatbot", "assistant", "bot", "generator",
               "variety", "flavor", "flavour", "sort", "form", "species", "group", "umbrella", "process", "setup", "mechanism",
               "realm", "area", "camp", "label", "term", "paradigm", "design", "research", "paper",
               "technique", "models", "enterprise", "endeavour", "endeavor", "movement", "revolution", "stuff",
               "tree", "circle", "bucket", "tent", "club", "bubble", "idea", "concept"}
# nouns for a way of working, which with "this" or "that" may point at a way just described
MANNER_NOUNS = {"approach", "technique", "method", "trick", "process", "setup", "mechanism", "idea", "concept", "design"}
# wholes of a metaphor that name the field compounded with them, never by pointing back: "one
# slice of the generative AI pie" (but "one slice of that pie" names nothing here)
METAPHOR_WHOLES = {"pie", "cake", "puzzle", "jigsaw"}
# nouns that stand for the topic only after a demonstrative: "these things are trained on ..."
# (not a classifier: "the GAN thing" names no kind)
POINTING_NOUNS = {"thing", "job"}  # ("one of those GAN jobs")
# nouns that contain their "of" object: "the family of LLMs" is about LLMs
CONTAINERS = {"family", "category", "class", "group", "world", "field", "realm", "domain", "space",
              "umbrella", "type", "kind", "form", "set", "collection", "suite", "range", "area", "flavor",
              "flavour", "variety", "sort", "breed", "genre", "universe", "landscape", "ecosystem", "house", "tree"}
# nouns for another model made from one: "a smaller version of GPT-3" is not GPT-3
VERSION_NOUNS = {"version", "variant", "edition", "flavor", "flavour", "size", "sibling", "cousin", "descendant",
                 "successor", "derivative", "distillation", "fork", "offshoot", "spin-off", "iteration", "release"}
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
# nouns for what one maker sets against, or does with, another's product: "Google's ChatGPT
# competitor", "Microsoft's OpenAI deal"
RIVAL_NOUNS = {"competitor", "rival", "alternative", "answer", "challenger", "killer", "clone", "equivalent",
               "counterpart", "contender", "integration", "investment", "deal", "partnership", "stake", "lawsuit"}
ALL_WORDS = {"all", "every", "each", "any", "both"}
# pronouns that speak of every thing of a kind an adjective names: "everything generative"
EVERY_PRONOUNS = {"everything", "anything"}
# "the whole of AI", "the rest of artificial intelligence": all of it (as the subject of "of")
WHOLE_WORDS = {"whole", "entirety", "totality", "rest"}
MOST_WORDS = {"most", "typical", "average", "majority"}
SOME_WORDS = {"some", "many", "several", "few", "certain", "numerous", "various", "one", "a few",
              "much", "lots", "plenty", "other"}
NONE_WORDS = {"no", "none", "neither"}
# quantifiers that pick out some or all of what their "of" names ("one of these models", "most of them"), not none
PART_WORDS = ALL_WORDS | MOST_WORDS | SOME_WORDS
SOME_ADVERBS = {"sometimes", "occasionally", "often", "usually", "typically", "generally", "mostly",
                "frequently", "commonly", "partly", "largely", "mainly", "nearly", "almost", "rarely",
                "seldom", "primarily", "possibly", "perhaps", "potentially"}
_REFUTE = re.compile(
    r"\b(?:it\s+is|it's|it’s)\s+(?:simply\s+|just\s+|a\s+)?(?:not\s+true|not\s+the\s+case|untrue|false|wrong|incorrect|(?:common\s+|popular\s+|persistent\s+|widespread\s+)?(?:myth|misconception|fallacy|mistake))\s*(?:,\s*(?:though|however|of\s+course)\s*,\s*)?(?:to\s+(?:say|think|claim|believe)\s+)?that\b"
    # "It isn't that LLMs can't see images (...); we just haven't switched it on" (not "it's not that hard")
    r"|\bnor\s+(?:is|was)\s+it\s+(?:true|the\s+case)\s+that\b"  # "Nor is it true that X"
    r"|\bit\s*(?:is\s+not|isn't|isn’t|'s\s+not|’s\s+not|was\s+not|wasn't|wasn’t)\s+(?:really\s+)?that\s+(?!(?:hard|easy|simple|bad|good|big|much|many|difficult|complicated|far|different|new|old|expensive|cheap)\b)"
    # (a "False:" or "Wrong:" label is an answer whose explanation may follow: reported, not refuted)
    r"|^\W*(?:myth|misconception|fallacy)\s*(?:#?\d+\s*)?[:—–-]", re.I)
GAP_STOPS = {":", ";", "—", "–", "(", "but", "whereas", "while", "which", "although", "though", "yet", "however"}
TEMPORAL = {"today", "tomorrow", "yesterday", "year", "decade", "century", "week", "month"}
EVENT_NOUNS = {"launch", "release", "debut", "introduction", "unveiling", "announcement", "arrival",
               "invention", "creation", "publication", "rollout", "premiere", "birth"}
PRONOUNS = {"it", "they", "them", "these", "those", "this", "that", "itself", "themselves"}
REL_PRONOUNS = {"which", "that", "who", "whom", "whose"}
SAME_VERBS = {"mean", "equal", "equate"}
FRAME_VERBS = {"think", "see", "view", "regard", "consider", "imagine", "picture", "treat"}
NUMBER_WORDS = {"one": 1, "single": 1, "lone": 1, "solitary": 1, "two": 2, "pair": 2, "dual": 2, "twin": 2,
                "both": 2, "three": 3, "trio": 3, "triple": 3, "four": 4, "five": 5, "multiple": 0,
                "several": 0, "many": 0, "1": 1, "2": 2, "3": 3, "4": 4, "5": 5}
NETWORK_NOUNS = {"network", "net", "model", "component", "part", "module", "neural", "player", "agent",
                 "system", "adversary"}
SCALE = {"hundred": 10**2, "thousand": 10**3, "k": 10**3, "million": 10**6, "m": 10**6, "billion": 10**9, "b": 10**9,
         "bn": 10**9, "trillion": 10**12, "t": 10**12, None: 1}
# numbers in words below a thousand: "ten", "seventy-five", "a hundred and seventy-five"
_UNITS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
          "seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_BELOW_100 = r"(?:(?:" + "|".join(_TENS) + r")(?:[- ](?:" + "|".join(_UNITS[:9]) + r"))?|" + \
    "|".join(sorted(_UNITS, key=len, reverse=True)) + r")"
SPELLED_NUMBER = r"(?:(?:a|one|two|three|four|five|six|seven|eight|nine)\s+hundred(?:\s+(?:and\s+)?" + _BELOW_100 + r")?|" + \
    _BELOW_100 + r")"


# a year said in words: "twenty nineteen", "twenty-seventeen", "nineteen ninety-eight", "two
# thousand and fourteen", "twenty twenty-three"
SPOKEN_YEAR = re.compile(r"(?i)\b(?P<century>nineteen|twenty)[- ](?P<rest>" + _BELOW_100 + r")\b(?![- ]?(?:hundred|thousand|million|billion|percent|per\b|%))"
                         r"|\btwo thousand(?:\s+and)?\s+(?P<since>" + _BELOW_100 + r")\b")


# a decade in words after "the" ("since the late nineties"), and its digits
SPOKEN_DECADE = re.compile(r"(?i)\b(the\s+(?:(?:early|mid|late)[\s-]+)?)(fifties|sixties|seventies|eighties|nineties)\b")
SPOKEN_DECADE_DIGITS = {"fifties": "1950s", "sixties": "1960s", "seventies": "1970s", "eighties": "1980s", "nineties": "1990s"}


def spoken_year(m: re.Match) -> int | None:
    """The year a SPOKEN_YEAR match says, from 1950 to 2039; None for anything else ("twenty
    five" is a count, not 2005)."""
    if m.group("since"):
        rest = spelled_number(m.group("since"))
        year = 2000 + rest if rest is not None else None
    else:
        rest = spelled_number(m.group("rest"))
        year = (1900 if m.group("century").lower() == "nineteen" else 2000) + rest \
            if rest is not None and rest >= 10 else None
    return year if year is not None and 1950 <= year <= 2039 else None


def spelled_number(words: str) -> int | None:
    """The value of a number in words below a thousand ("a hundred and seventy-five": 175)."""
    total, seen = 0, False
    for w in re.split(r"[\s-]+", words.lower()):
        if w in ("a", "and"):
            total += 1 if w == "a" else 0
            continue
        if w == "hundred":
            total = max(total, 1) * 100
        elif w in _UNITS:
            total += _UNITS.index(w) + 1
        elif w in _TENS:
            total += (_TENS.index(w) + 2) * 10
        else:
            return None
        seen = True
    return total if seen else None


# the one table of scale words: every regex over magnitudes is built from it
SCALE_WORDS = "|".join(sorted((k for k in SCALE if k and len(k) > 2), key=len, reverse=True))
# nouns for the maker of a thing: "Anthropic, the company behind Claude"
MAKER_NOUNS = {"company", "maker", "creator", "developer", "lab", "laboratory", "startup", "firm", "team",
               "builder", "inventor", "author", "organization", "organisation", "group", "vendor", "publisher"}
# nouns for a group of a maker's people, after its name: "the Stability AI people", "the Google lot"
CREW_NOUNS = {"people", "folks", "lot", "crowd", "bunch", "gang", "crew", "guys", "boffins", "researchers", "engineers"}
# nouns for a maker's work that carry the thing as a modifier: "OpenAI's transformer paper"
WORK_NOUNS = {"paper", "research", "work", "invention", "breakthrough", "study", "publication", "release", "launch"}
# the works that introduce a thing, whose date is its date ("the GAN paper was 2017"), unlike an event
INTRODUCING_WORKS = WORK_NOUNS - {"release", "launch"}
# nouns after a name that make the phrase about something else: "the ChatGPT app", "the GAN explainer"
# verbs whose negation reaches the "to be" they govern: "was never meant to be a chatbot"
RAISING_VERBS = {"mean", "intend", "design", "seem", "appear", "turn", "prove", "happen", "suppose", "build", "make"}
# the second half of "GPT-style", "ChatGPT-like": something like the name, not the name
LIKENESS_SUFFIXES = {"style", "like", "esque", "inspired", "ish", "type", "flavoured", "flavored", "alike", "clone", "wannabe"}
VARIANT_NOUNS = {"app", "apps", "api", "plus", "pro", "plugin", "plugins", "extension", "website", "site",
                 "subscription", "account", "interface", "integration", "feature", "features", "update",
                 "mobile", "desktop", "enterprise", "user", "users", "explainer", "article", "post", "guide",
                 "tutorial", "course", "hype", "boom", "craze", "era", "wave", "market", "industry",
                 "startup", "vendor", "vendors", "team", "teams", "conference", "workshop", "community"}
# nouns for things built on a concept: instances of a field or family ("a generative AI tool",
# "GAN software"), but a different thing after a product's name ("the ChatGPT app")
BUILT_NOUNS = {"app", "application", "platform", "product", "service", "software", "solution", "program",
               "programme", "tool", "toolkit", "utility", "gadget", "gizmo", "widget", "contraption"}

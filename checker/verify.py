"""Judge claims against the fact base: one evaluator per relation kind, then the fact that
explains the verdict. Pure functions of (claim, knowledge base)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from checker.knowledge import KnowledgeBase
from checker.knowledge.schema import Cover, Fact
from checker.knowledge.names import expansion_plausible, norm_words
from checker.knowledge.taxonomy import disjoint, inherited, is_a, same, strictly_below
from checker.model import Claim, Polarity, Quantifier


@dataclass(frozen=True, kw_only=True)
class Verdict:
    """wrong: True (contradicts the fact base), False (confirmed), None (cannot tell)."""

    wrong: bool | None
    found: str = ""
    expected: str = ""


UNKNOWN = Verdict(wrong=None)
# how far below a family's parameter floor some of its members, picked out by age or size, may go
SUBSET_FLOOR_DIVISOR = 1000


def _polar(truth: bool | None, claim: Claim) -> bool | None:
    """Whether a claim is wrong, given the truth of its positive form."""
    if truth is None:
        return None
    return truth if claim.polarity is Polarity.NEGATIVE else not truth


def judge_is_a(claim: Claim, kb: KnowledgeBase) -> Verdict:
    x, y = claim.subject, claim.object
    q = claim.quantifier
    if q in (Quantifier.NOT_ALL,):
        return UNKNOWN
    truth = is_a(kb, x, y)
    if q is Quantifier.NONE:  # "no X is a Y": wrong exactly when every X is a Y
        return Verdict(wrong=True if truth else (False if truth is False else None))
    if q is Quantifier.SOME and claim.polarity is Polarity.POSITIVE:
        # "some X are Y" is only wrong when no X can be a Y
        if truth is False and not strictly_below(kb, y, x):
            return Verdict(wrong=True)
        return Verdict(wrong=False if truth is not False else None)
    if q is Quantifier.SOME:
        return UNKNOWN
    if truth is None and q in (Quantifier.ALL, Quantifier.ONLY) and claim.polarity is Polarity.POSITIVE and \
            any(strictly_below(kb, c, x) and disjoint(kb, c, y) for c in kb.concepts):
        # "every X is a Y" is wrong when a kind of X is no Y: "every generative AI tool is a
        # language model" (a GAN is generative AI and no language model)
        return Verdict(wrong=True)
    return Verdict(wrong=_polar(truth, claim))


def judge_same_as(claim: Claim, kb: KnowledgeBase) -> Verdict:
    if claim.quantifier in (Quantifier.SOME, Quantifier.NOT_ALL):
        return UNKNOWN
    return Verdict(wrong=_polar(same(kb, claim.subject, claim.object), claim))


def judge_uses(claim: Claim, kb: KnowledgeBase) -> Verdict:
    x, y = claim.subject, claim.object
    necessity = claim.get("necessity") == "yes"
    if strictly_below(kb, y, x):
        # "generative AI uses LLMs": true of some, wrong as a universal or a necessity
        if claim.polarity is Polarity.POSITIVE and (necessity or claim.quantifier in (Quantifier.ALL, Quantifier.ONLY)):
            return Verdict(wrong=True)
        if claim.polarity is Polarity.POSITIVE and claim.quantifier is Quantifier.GENERIC and kb.concepts[x].kind == "field":
            return UNKNOWN
        return UNKNOWN
    if claim.polarity is Polarity.POSITIVE and (necessity or claim.quantifier in (Quantifier.ALL, Quantifier.ONLY)) and \
            kb.concepts[x].kind == "field" and any(strictly_below(kb, c, x) and disjoint(kb, c, y) for c in kb.concepts):
        # a field with a kind that is no Y does not need Y: "every generative AI tool is built on a
        # language model" (GANs and diffusion models are generative AI with no language model)
        return Verdict(wrong=True)
    if claim.quantifier in (Quantifier.SOME, Quantifier.NOT_ALL) or necessity:
        return UNKNOWN
    explicit = _built_on(kb, x)
    built = explicit or tuple(a for a in kb.ancestors(x) if kb.concepts[a].kind == "family")
    if not built:
        return UNKNOWN
    if any(is_a(kb, b, y) is True for b in built):
        return Verdict(wrong=_polar(True, claim))
    # what a thing is built on is listed whole (every part must exclude Y); a thing's families
    # only say what it is, so one family that excludes Y decides ("Midjourney uses a GAN")
    excludes = all if explicit else any
    if kb.concepts[y].kind in ("family", "architecture") and excludes(is_a(kb, b, y) is False for b in built):
        return Verdict(wrong=_polar(False, claim))
    return UNKNOWN


def _built_on(kb: KnowledgeBase, concept: str) -> tuple[str, ...]:
    """What a concept is built on, following built_on through products to architectures."""
    out, frontier, seen = [], [concept], set()
    while frontier:
        cid = frontier.pop()
        if cid in seen:
            continue
        seen.add(cid)
        direct = inherited(kb, cid, "built_on") or ()
        for b in direct:
            out.append(b)
            frontier.append(b)
    return tuple(dict.fromkeys(out))


def judge_made_by(claim: Claim, kb: KnowledgeBase) -> Verdict:
    makers = inherited(kb, claim.subject, "made_by")
    agent = kb.concepts.get(claim.object)
    if not makers or agent is None or claim.quantifier is Quantifier.SOME:
        return UNKNOWN
    expected = " and ".join(kb.concepts[m].label for m in makers if kb.concepts[m].kind == "org") \
        or kb.concepts[makers[0]].label
    if claim.object in makers:
        return Verdict(wrong=_polar(True, claim), found=agent.label, expected=expected)
    if agent.kind == "org" or (agent.kind == "person" and any(kb.concepts[m].kind == "person" for m in makers)):
        return Verdict(wrong=_polar(False, claim), found=agent.label, expected=expected)
    return UNKNOWN


def judge_introduced_in(claim: Claim, kb: KnowledgeBase) -> Verdict:
    concept = kb.concepts[claim.subject]
    year = concept.year
    if year is None and concept.exists_by and claim.object.isdigit() and claim.polarity is Polarity.POSITIVE:
        # a field known to exist by some year cannot have started later
        return Verdict(wrong=True, found=claim.object, expected=f"by {concept.exists_by}") if int(claim.object) > concept.exists_by else UNKNOWN
    if year is None or not claim.object.isdigit():
        return UNKNOWN
    if claim.polarity is Polarity.NEGATIVE:
        return UNKNOWN
    months = dict(claim.detail).get("months")
    if int(claim.object) == year and concept.month is not None and months:
        # the right year in the wrong months: "ChatGPT launched in June 2022"
        lo, hi = (int(m) for m in months.split("-"))
        return Verdict(wrong=not lo <= concept.month <= hi, found=dict(claim.detail).get("date", claim.object),
                       expected=str(year))
    return Verdict(wrong=int(claim.object) != year, found=claim.object, expected=str(year))


def judge_precedes(claim: Claim, kb: KnowledgeBase) -> Verdict:
    x, y = claim.subject, claim.object
    # generative AI came first: a field precedes its own later specialisations
    if strictly_below(kb, x, y) and kb.concepts[y].kind == "field":
        return Verdict(wrong=_polar(False, claim))
    if strictly_below(kb, y, x) and kb.concepts[x].kind == "field":
        return Verdict(wrong=_polar(True, claim))
    yx, yy = kb.concepts[x].year, kb.concepts[y].year
    ey = kb.concepts[y].exists_by
    if yx is not None and yy is None and ey is not None and yx > ey:
        return Verdict(wrong=_polar(False, claim), found=str(yx), expected=f"by {ey}")  # y existed before x appeared
    if yx is None or yy is None or yx == yy:
        return UNKNOWN
    return Verdict(wrong=_polar(yx < yy, claim), found=str(yx), expected=str(yy))


def judge_stands_for(claim: Claim, kb: KnowledgeBase) -> Verdict:
    concept = kb.concepts[claim.subject]
    if not concept.expansion or claim.polarity is Polarity.NEGATIVE:
        return UNKNOWN
    found = claim.object
    right = norm_words(concept.expansion)
    got = norm_words(found)
    if got == right or "".join(got) == "".join(right) or _variant(found, concept.expansion):
        return Verdict(wrong=False, found=found, expected=concept.expansion)
    if found.lower().split(maxsplit=1)[0] in ("this", "that", "these", "those"):
        return UNKNOWN  # a demonstrative points at something described, it spells nothing out: "GPT refers to this family"
    if claim.get("offered") != "yes" and not expansion_plausible(got, right, concept.acronym):
        return UNKNOWN  # a phrase next to the acronym that does not read as its expansion
    return Verdict(wrong=True, found=found, expected=concept.expansion)


def _variant(found: str, expansion: str) -> bool:
    """The true expansion with its words in other forms, a spelling variant rather than a wrong
    expansion: "Generative Pre-training Transformer", "large-scale language model" (a hyphenated
    word that opens with the true one)."""
    got, right = (re.findall(r"[a-z]+(?:-[a-z]+)*", t.lower()) for t in (found, expansion))
    if len(got) != len(right):
        return False
    return all(_stem(a) == _stem(b) or ("-" in a and "-" not in b and _stem(a.split("-")[0]) == _stem(b))
               for a, b in zip(got, right))


def _stem(word: str) -> str:
    w = word.replace("-", "")
    for suffix in ("ing", "ed", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            return w[:-len(suffix)]
    return w


def judge_consists_of(claim: Claim, kb: KnowledgeBase) -> Verdict:
    networks = inherited(kb, claim.subject, "networks")
    what = claim.object
    if claim.quantifier in (Quantifier.SOME, Quantifier.NOT_ALL):
        return UNKNOWN
    if what.startswith("count:"):
        n = int(what.split(":")[1])
        if networks is None:
            return UNKNOWN
        return Verdict(wrong=_polar(n == networks, claim), found=claim.get("found", f"{n} networks"), expected=f"{networks}")
    if what == "compete":
        competes = networks == 2
        return Verdict(wrong=_polar(competes, claim), found=claim.get("found"))
    if what == "cooperate":
        if networks == 2:
            return Verdict(wrong=_polar(False, claim), found=claim.get("found"))
        return UNKNOWN
    return UNKNOWN


def judge_parameters(claim: Claim, kb: KnowledgeBase) -> Verdict:
    """Parameter counts: exact for a model with a known size (GPT-3: 175 billion); for a family
    with a floor (``min_parameters`` in rules/concepts.yaml: LLMs), an upper bound below it is wrong."""
    try:
        n = int(claim.object)
    except ValueError:
        return UNKNOWN
    bound = claim.get("bound") or "exact"
    expected = inherited(kb, claim.subject, "parameters")
    if expected is None:
        # (a product's size is its model's: "ChatGPT has a few thousand parameters" (FACTS.md §7))
        floor = inherited(kb, claim.subject, "min_parameters") or next(
            (f for b in kb.concepts[claim.subject].built_on if (f := inherited(kb, b, "min_parameters"))), None)
        if floor and claim.get("subset"):
            # some members picked out by age or size may be smaller, though not by a thousandfold:
            # "early language models had a few thousand" holds, "small LLMs have a few thousand" does not
            floor //= SUBSET_FLOOR_DIVISOR
        # (an approximate count is wrong too when even its upper end is below: "about 175 thousand")
        if floor and (bound in ("max", "exact") and n < floor or bound == "approx" and 1.25 * n < floor) and \
                claim.quantifier is not Quantifier.SOME:
            return Verdict(wrong=True, found=claim.get("found"), expected="tens or hundreds of billions")
        return UNKNOWN
    if kb.concepts[claim.subject].parameters is None:
        return UNKNOWN  # the size belongs to one member, not to the whole family
    wrong = {"exact": n != expected, "approx": not (0.8 * expected <= n <= 1.25 * expected),
             "max": expected > n, "min": expected < n}[bound]
    return Verdict(wrong=wrong, found=claim.get("found"), expected=f"{expected / 1e9:g} billion" if expected >= 1e9 else f"{expected:,}")


def judge_property(claim: Claim, kb: KnowledgeBase) -> Verdict:
    # property claims are only produced for an asserted overclaim pattern (see nlp/claims.py)
    return Verdict(wrong=True, found=claim.get("found"))


JUDGES = {
    "is_a": judge_is_a, "same_as": judge_same_as, "uses": judge_uses, "made_by": judge_made_by,
    "introduced_in": judge_introduced_in, "precedes": judge_precedes, "stands_for": judge_stands_for,
    "consists_of": judge_consists_of, "parameters": judge_parameters, "property": judge_property,
}


# "Most X are Y" says nothing against a class relation that holds for some X ("most
# generative AI tools are LLMs" is no taxonomy error), but a property, a size, a part or an
# architecture that no X has is still wrong for most of them ("a typical LLM has a few
# thousand weights", "most LLMs are built on GANs").
_MOST_AS_SOME = {"is_a", "same_as", "precedes", "made_by", "introduced_in"}


def judge(claim: Claim, kb: KnowledgeBase) -> Verdict:
    if claim.quantifier is Quantifier.MOST:
        claim = replace(claim, quantifier=Quantifier.SOME if claim.relation in _MOST_AS_SOME else Quantifier.GENERIC)
    return JUDGES[claim.relation](claim, kb)


def _distance(kb: KnowledgeBase, concept: str, scope: tuple[str, ...]) -> int | None:
    """Steps up the taxonomy from ``concept`` to the nearest concept of ``scope`` (0 = itself)."""
    if not scope:
        return 0
    frontier, seen, depth = [concept], set(), 0
    while frontier:
        if any(c in scope for c in frontier):
            return depth
        seen.update(frontier)
        frontier = [p for c in frontier for p in kb.concepts[c].is_a if p not in seen]
        depth += 1
    return None


def cover_distance(cover: Cover, claim: Claim, kb: KnowledgeBase) -> int | None:
    """How specifically a cover matches a claim (smaller is closer), or None if it does not."""
    if cover.relation != claim.relation:
        return None
    if cover.property and cover.property != claim.get("property"):
        return None
    if cover.polarity and cover.polarity != claim.polarity.value:
        return None
    if cover.quantifier and claim.quantifier.value not in cover.quantifier:
        return None
    if cover.necessity is not None and cover.necessity != (claim.get("necessity") == "yes"):
        return None
    ds = _distance(kb, claim.subject, cover.subject)
    if ds is None or (cover.exact and ds):
        return None
    do = 0
    if cover.object:
        if claim.object not in kb.concepts:
            return None
        do = _distance(kb, claim.object, cover.object)
        if do is None or (cover.exact and do):
            return None
    return ds + do


def explaining_fact(claim: Claim, kb: KnowledgeBase) -> Fact | None:
    found = explaining_cover(claim, kb)
    return found[0] if found else None


def explaining_cover(claim: Claim, kb: KnowledgeBase) -> tuple[Fact, Cover | None] | None:
    """The fact (and its cover) that matches the claim most specifically (file order breaks ties)."""
    if claim.relation == "property" and claim.get("fact"):
        try:
            return kb.fact(claim.get("fact")), None
        except KeyError:
            return None
    best, best_d = None, None
    for fact in kb.facts:
        for cover in fact.covers:
            d = cover_distance(cover, claim, kb)
            if d is not None and (best_d is None or d < best_d):
                best, best_d = (fact, cover), d
    return best

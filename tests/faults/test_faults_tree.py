"""Leaving the tree and silent skips (issue 9 §4): `audit` and `check DIR` do not follow a
symbolic link out of the folder being checked unless --follow-links; `check DIR` reports
unlistable folders, broken links and link loops as `audit` does, instead of skipping them."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker import walk as walk_module
from checker.cli import main

pytestmark = pytest.mark.slow  # the CLI runs the checker

SECRET = "GANs were invented in 2017 by the secret file."


@pytest.fixture
def tree(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path / "cache"))
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.md").write_text(SECRET + "\n")
    root = tmp_path / "site"
    (root / "posts").mkdir(parents=True)
    (root / "posts" / "a.md").write_text("Tomatoes need sun.\n")
    (root / "escape").symlink_to(outside, target_is_directory=True)
    (root / "posts" / "leak.md").symlink_to(outside / "secret.md")
    (root / "posts" / "inside.md").symlink_to(root / "posts" / "a.md")  # inside the tree: fine
    return root


def _run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.mark.parametrize("command", [["audit", "-j", "1", "-q"], ["check"]])
def test_links_out_of_the_tree_are_reported_not_followed(tree: Path, command: list[str]) -> None:
    result = _run(*command, "--format", "json", str(tree))
    assert "secret file" not in result.stdout
    data = json.loads(result.stdout)
    errors = {Path(f["path"]).name: f["error"] for f in data["files"] if f["error"]}
    assert set(errors) == {"escape", "leak.md"}
    assert all("outside" in e and "--follow-links" in e for e in errors.values())
    assert result.exit_code == 2


@pytest.mark.parametrize("command", [["audit", "-j", "1", "-q", "--no-cache"], ["check"]])
def test_follow_links_follows_them(tree: Path, command: list[str]) -> None:
    result = _run(*command, "--follow-links", "--format", "json", str(tree))
    data = json.loads(result.stdout)
    assert not [f for f in data["files"] if f["error"]]
    assert any(f["findings"] for f in data["files"] if f["path"].endswith("secret.md"))


def test_check_dir_reports_broken_links_loops_and_unlistable_folders(tmp_path: Path, monkeypatch) -> None:
    root = tmp_path / "posts"
    root.mkdir()
    (root / "ok.md").write_text("Tomatoes need sun.\n")
    (root / "broken.md").symlink_to(root / "nowhere.md")
    (root / "loop").symlink_to(root, target_is_directory=True)
    (root / "locked").mkdir()
    (root / "locked" / "hidden.md").write_text("GANs are LLMs.\n")
    real_scandir = os.scandir

    def scandir(path):
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(walk_module.os, "scandir", scandir)
    result = _run("check", "--format", "json", str(root))
    data = json.loads(result.stdout)
    errors = {Path(f["path"]).name: f["error"] for f in data["files"] if f["error"]}
    assert errors == {"broken.md": "broken symbolic link",
                      "locked": "cannot list directory: permission denied",
                      "loop": f"symbolic link loop (points back to {root}); not followed"}
    assert result.exit_code == 2
    assert result.stderr.count("claimcheck: ") == 3

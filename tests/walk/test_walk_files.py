"""Walking an archive: suffixes, include/exclude globs, .gitignore, symlink loops, unreadable dirs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from checker import walk as walk_module
from checker.config import RunConfig
from checker.errors import ClaimcheckError
from checker.walk import walk


def _tree(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


def _found(paths, config: RunConfig | None = None, root: Path | None = None) -> list[tuple[str, str | None]]:
    out = []
    for f in walk([str(p) for p in paths], config or RunConfig()):
        shown = os.path.relpath(f.display, root) if root else f.display
        out.append((Path(shown).as_posix(), f.problem))
    return out


def test_supported_suffixes_in_name_order(tmp_path):
    _tree(tmp_path, {"b.md": "", "a.txt": "", "c/post.HTML": "", "c/page.htm": "", "d.mdx": "",
                     "e.markdown": "", "img.png": "", "notes.rst": "", "node_modules/x.md": "", ".git/y.md": ""})
    assert _found([tmp_path], root=tmp_path) == [
        ("a.txt", None), ("b.md", None), ("c/page.htm", None), ("c/post.HTML", None), ("d.mdx", None),
        ("e.markdown", None)]


def test_include_and_exclude_globs(tmp_path):
    _tree(tmp_path, {"posts/a.md": "", "posts/b.html": "", "drafts/c.md": "", "posts/old/d.md": "", "x.rst": ""})
    config = RunConfig(include=("*.md", "*.rst"), exclude=("drafts/", "posts/old"))
    assert _found([tmp_path], config, tmp_path) == [("posts/a.md", None), ("x.rst", None)]


def test_named_file_is_checked_even_if_excluded(tmp_path):
    _tree(tmp_path, {"drafts/c.md": ""})
    assert _found([tmp_path / "drafts" / "c.md"], RunConfig(exclude=("drafts/",)), tmp_path) == [("drafts/c.md", None)]


def test_gitignore_nested_negation_and_precedence(tmp_path):
    _tree(tmp_path, {
        ".gitignore": "drafts/\n*.html\n",
        "a.md": "", "page.html": "", "drafts/d.md": "",
        "site/.gitignore": "!keep.html\n/local.md\n",
        "site/keep.html": "", "site/other.html": "", "site/local.md": "", "site/deep/local.md": "",
    })
    assert _found([tmp_path], root=tmp_path) == [("a.md", None), ("site/deep/local.md", None),
                                                  ("site/keep.html", None)]


def test_gitignore_of_the_enclosing_repository_counts(tmp_path):
    _tree(tmp_path, {".gitignore": "posts/drafts/\n", "posts/a.md": "", "posts/drafts/b.md": ""})
    (tmp_path / ".git").mkdir()
    assert _found([tmp_path / "posts"], root=tmp_path) == [("posts/a.md", None)]


def test_gitignore_outside_a_repository_above_the_root_is_ignored(tmp_path):
    _tree(tmp_path, {".gitignore": "posts/drafts/\n", "posts/a.md": "", "posts/drafts/b.md": ""})
    assert _found([tmp_path / "posts"], root=tmp_path) == [("posts/a.md", None), ("posts/drafts/b.md", None)]


def test_symlink_loops_and_broken_links_are_reported_not_fatal(tmp_path):
    _tree(tmp_path, {"a.md": "", "sub/b.md": ""})
    (tmp_path / "sub" / "up").symlink_to("..")
    (tmp_path / "broken.md").symlink_to("nowhere.md")
    (tmp_path / "self.md").symlink_to("self.md")
    found = _found([tmp_path], root=tmp_path)
    assert found[0] == ("a.md", None)
    assert found[1] == ("broken.md", "broken symbolic link")
    assert found[2][0] == "self.md" and "loop" in found[2][1]
    assert found[3] == ("sub/b.md", None)
    assert found[4][0] == "sub/up" and "loop" in found[4][1]
    assert len(found) == 5


def test_each_file_once(tmp_path):
    _tree(tmp_path, {"a/x.md": "", "b.md": ""})
    (tmp_path / "link").symlink_to("a")
    assert _found([tmp_path, tmp_path / "b.md", tmp_path / "a"], root=tmp_path) == [("a/x.md", None), ("b.md", None)]


def test_missing_path_is_a_problem(tmp_path):
    assert _found([tmp_path / "nope.md"], root=tmp_path) == [("nope.md", "no such file or directory")]


def test_unlistable_directory_is_reported_and_the_rest_walked(tmp_path, monkeypatch):
    _tree(tmp_path, {"a.md": "", "locked/b.md": "", "z.md": ""})
    real_scandir = os.scandir

    def scandir(path):
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(walk_module.os, "scandir", scandir)
    assert _found([tmp_path], root=tmp_path) == [("a.md", None), ("locked", "cannot list directory: permission denied"),
                                                  ("z.md", None)]


@pytest.mark.skipif(os.geteuid() == 0, reason="root can list any directory")
def test_unlistable_directory_for_real(tmp_path):
    _tree(tmp_path, {"a.md": "", "locked/b.md": ""})
    (tmp_path / "locked").chmod(0)
    try:
        assert _found([tmp_path], root=tmp_path) == [("a.md", None),
                                                      ("locked", "cannot list directory: permission denied")]
    finally:
        (tmp_path / "locked").chmod(0o755)


def test_invalid_glob_is_an_error_naming_it(tmp_path):
    with pytest.raises(ClaimcheckError, match=r"invalid exclude pattern '\[z-a\]'"):
        list(walk([str(tmp_path)], RunConfig(exclude=("[z-a]",))))


def test_invalid_gitignore_line_is_skipped(tmp_path):
    _tree(tmp_path, {".gitignore": "!\n[z-a]\nold.md\n", "a.md": "", "old.md": ""})
    assert _found([tmp_path], root=tmp_path) == [("a.md", None)]

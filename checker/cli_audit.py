"""`claimcheck audit PATH...` (a whole archive: walk, cache, parallel or Dask, progress, report)
and `claimcheck clean` (remove the cache). Thin commands: options -> RunConfig -> audit ->
reporter -> exit code. cli.py imports this module, which registers both commands on ``main``."""

from __future__ import annotations

import itertools
import os
import sys
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, TextIO

import click

from checker.cli import (DEBUG_KEY, RunOptions, _fail, _note, _read_text, _settings_cache, exit_status, main,
                         overrides_from, report_errors, run_options)
from checker.config import RunConfig, Settings, check_fact_ids
from checker.errors import ClaimcheckError, ExitStatus
from checker.model import FileReport
from checker.targets import Target, collect


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@main.command("audit")
@click.argument("paths", nargs=-1, required=True)
@run_options
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=_cores, show_default="all cores",
              help="Worker processes, each loading the model once (1: check in this process).")
@click.option("--report", "report_path", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Also write a self-contained HTML audit report to this file.")
@click.option("--scheduler", default=None, metavar="tcp://HOST:PORT",
              help="Run on a Dask distributed cluster instead of local worker processes.")
@click.option("--scheduler-timeout", type=click.FloatRange(min=0, min_open=True), default=5.0, show_default=True,
              metavar="SECONDS", help="How long to try to reach the --scheduler.")
@click.option("--no-cache", is_flag=True, help="Neither read nor write the results cache.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@click.pass_context
def audit(ctx: click.Context, paths: tuple[str, ...], jobs: int, report_path: str | None, scheduler: str | None,
          scheduler_timeout: float, no_cache: bool, quiet: bool, **options: Any) -> None:
    """Audit an archive: every checked file type below PATHS, with the configuration, the
    options and the exit codes of `claimcheck check`."""
    from checker import baseline
    from checker.report.stream import open_stream

    run = RunOptions.take(options)
    debug = bool(ctx.meta.get(DEBUG_KEY))
    use_color = run.use_color()
    kept: list[FileReport] | None = [] if report_path else None  # only the HTML report needs them all
    status = ExitStatus.OK
    report_config = run.base()  # the HTML report lists the facts of the first file's configuration
    try:
        overrides = overrides_from(run.keys)
        known = baseline.loads(_read_text(run.baseline_path), str(run.baseline_path)) if run.baseline_path else None
        settings_at = _settings_cache(overrides, run.config_path, run.base())

        def targets() -> Iterator[Target]:
            return collect(paths, settings_at, allow_empty=run.allow_empty, note=_note, follow_links=run.follow_links)

        total = sum(1 for _ in targets())  # a first, cheap walk: the progress bar's total (and empty folders)
        progress = Progress(total, sys.stderr, enabled=not quiet and sys.stderr.isatty())
        out = open_stream(run.fmt, progress.printer(sys.stdout), use_color)
        try:
            for report, settings in _reports(targets(), total, jobs, scheduler, scheduler_timeout, no_cache):
                progress.done(report)
                if known is not None:
                    report = baseline.new_findings([report], known, str(run.baseline_path.resolve().parent))[0]
                if report.error and (run.fmt != "text" or report.internal):
                    report_errors([report], run.fmt, debug, progress.printer(sys.stderr))
                out.add(report)
                status = max(status, exit_status([report], settings.config.fail_on))
                if kept is not None:
                    if not kept:
                        report_config = settings.config
                    kept.append(report)
        finally:
            progress.close()
        out.finish()
        if kept is not None:
            _write_report(kept, report_config, Path(report_path))
    except ClaimcheckError as exc:
        _fail(exc)
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


def _reports(targets: Iterable[Target], total: int, jobs: int, scheduler: str | None, scheduler_timeout: float,
             no_cache: bool) -> Iterator[tuple[FileReport, Settings]]:
    """Reports in the order of the walk, each with the settings of its file. Consecutive files
    with the same configuration file share a backend (worker pool or Dask) and a cache run key;
    a nested configuration file starts another."""
    from checker.audit import audit as run_audit
    from checker.walk import Found

    checked_ids: set[Path | None] = set()
    for _file, group in itertools.groupby(targets, key=lambda t: t.settings.file):
        first = next(group)
        settings = first.settings
        config = settings.config
        if settings.file not in checked_ids:
            _check_ids(settings)
            checked_ids.add(settings.file)
        cache = None if no_cache else _open_cache(config)
        found = (Found(path=t.path, display=t.shown, problem=t.problem) for t in itertools.chain([first], group))
        try:
            for report in run_audit(found, _backend(config, total, jobs, scheduler, scheduler_timeout), cache):
                yield report, settings
        finally:
            if cache is not None:
                cache.close()


def _check_ids(settings: Settings) -> None:
    from checker.knowledge import load_knowledge_base

    config = settings.config
    kb = load_knowledge_base(Path(config.rules_dir) if config.rules_dir else None,
                             tuple(Path(p) for p in config.extra_rules))
    check_fact_ids(settings, (f.id for f in kb.facts))


def _backend(config: RunConfig, total: int, jobs: int, scheduler: str | None, scheduler_timeout: float):
    if scheduler:
        from checker.distributed import check_files_dask

        def backend(files):
            return check_files_dask(files, config, scheduler, connect_timeout=scheduler_timeout)
        return backend
    from checker.parallel import BATCH, check_files

    workers = min(jobs, -(-total // BATCH))  # no more workers than batches

    def local(files):
        return check_files(files, config, workers)
    return local


def _write_report(reports: list[FileReport], config: RunConfig, path: Path) -> None:
    from checker.atomic import write_text_atomic
    from checker.knowledge import load_knowledge_base
    from checker.report.html_report import render

    kb = load_knowledge_base(Path(config.rules_dir) if config.rules_dir else None,
                             tuple(Path(p) for p in config.extra_rules))
    try:
        write_text_atomic(path, render(reports, kb=kb))
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
            self.done(report)
            yield report

    def done(self, report: FileReport) -> None:
        self.words += report.words
        self.findings += len(report.findings)
        if self.bar is not None:
            elapsed = max(self.bar.format_dict["elapsed"], 1e-9)
            self.bar.set_postfix_str(f"{_si(self.words / elapsed)} words/s, {self.findings} findings",
                                     refresh=False)
            self.bar.update(1)

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

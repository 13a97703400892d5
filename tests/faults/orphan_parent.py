"""The parent of test_faults_orphans: starts a pool of two spawn workers on slow batches,
prints its workers' pids, then waits to be killed."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from checker.config import RunConfig
from checker.parallel import check_files


def slow_task(batch):
    time.sleep(60)
    return []


def main() -> None:
    files = [(Path(f"/nonexistent/{i}.md"), f"{i}.md") for i in range(64)]
    reports = check_files(files, RunConfig(), 2, task=slow_task)
    print("started", flush=True)
    next(reports, None)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    main()

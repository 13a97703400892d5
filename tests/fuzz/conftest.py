"""Hypothesis profiles for the fuzz suite. ``ci`` (the default) keeps the whole suite well
under 90 s; ``deep`` is the long local run the README reports:

    HYPOTHESIS_PROFILE=deep python -m pytest -q tests/fuzz -p no:randomly

The example database lives in ``.hypothesis/`` (git-ignored)."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

_COMMON = dict(deadline=None,  # time is guarded per example by fuzz_strategies.time_limit instead
               suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                      HealthCheck.function_scoped_fixture, HealthCheck.large_base_example],
               print_blob=True)
settings.register_profile("ci", max_examples=150, **_COMMON)
settings.register_profile("deep", max_examples=int(os.environ.get("FUZZ_EXAMPLES", "2500")), **_COMMON)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

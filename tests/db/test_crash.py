"""A small version of scripts/crash_test.py: SIGKILL a scoring child process, nothing acknowledged is lost."""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _crash_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("crash_test", ROOT / "scripts" / "crash_test.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_sigkill_during_scoring_loses_no_acknowledged_entry(tmp_path: Path) -> None:
    crash = _crash_module()
    pristine = crash.prepare(tmp_path / "pristine")
    rng = random.Random(7)
    acked = 0
    for _ in range(3):
        result = crash.one_round(pristine, tmp_path, rng, max_delay=1.5)
        acked += result.acked
        assert result.lost == 0
        assert result.chain_ok
        assert result.integrity == "ok"
    assert acked > 0  # the kill did land in the middle of real work

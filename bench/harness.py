"""What every benchmark shares: result rows, medians, child processes, the printed table and results.json.

A row compares the project's figure with a *limit* measured in the same run on the same machine (raw
SQLite, a bare reportlab canvas, a bare Qt window…): the machine is shared and its speed varies from
minute to minute, so only the ratio is meaningful from one run to the next.
"""

from __future__ import annotations

import gc
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Row:
    """One line of the table and one object of results.json.

    ``ratio`` is project/limit for times and sizes, limit/project for rates (rows/s): in both cases
    "how many times the limit's cost".  ``target`` is the issue's absolute bound in ``unit``
    (``target_kind`` "max" or "min"), ``target_ratio`` its bound on the ratio; either may be None.
    """

    workload: str
    size: str
    project: float
    limit: float | None
    unit: str
    target_ratio: float | None = None
    target: float | None = None
    target_kind: str = "max"
    limit_name: str = ""
    note: str = ""
    ratio: float | None = field(default=None)
    ok: bool | None = field(default=None)

    def __post_init__(self) -> None:
        if self.limit:
            self.ratio = self.limit / self.project if self.unit.endswith("/s") else self.project / self.limit
        checks = []
        if self.target is not None:
            checks.append(self.project <= self.target if self.target_kind == "max" else self.project >= self.target)
        if self.target_ratio is not None and self.ratio is not None:
            checks.append(self.ratio <= self.target_ratio)
        self.ok = all(checks) if checks else None


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def p99(values: Sequence[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    """Seconds for one call, with the garbage of earlier work collected first (not charged to this call)."""
    gc.collect()
    t0 = time.perf_counter()
    out = fn()
    return time.perf_counter() - t0, out


def repeat(fn: Callable[[], Any], n: int) -> list[float]:
    return [timed(fn)[0] for _ in range(n)]


def interleaved(project: Callable[[], float], limit: Callable[[], float], n: int) -> tuple[list[float], list[float]]:
    """Alternate the two measurements so that a busy minute on the shared machine hits both alike."""
    a: list[float] = []
    b: list[float] = []
    for _ in range(n):
        a.append(project())
        b.append(limit())
    return a, b


def child_env(folder: Path) -> dict[str, str]:
    """Environment of a measured child process: headless Qt, data and settings in the bench folder, and
    byte-code caching on (an installed app runs from .pyc; compiling every module is not start-up work)."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update({
        "QT_QPA_PLATFORM": "offscreen",
        "VENUESCORE_DATA_DIR": str(folder / "data"),
        "XDG_DATA_HOME": str(folder / "xdg-data"),
        "XDG_CONFIG_HOME": str(folder / "xdg-config"),
        "PYTHONPATH": str(ROOT),
    })
    return env


def run_process(args: Sequence[str], env: dict[str, str], marker: str | None = None,
                timeout: float = 300) -> tuple[float, str]:
    """Wall seconds from launch until ``marker`` appears at the start of a stdout line (or until exit);
    returns (seconds, that line or all output)."""
    if marker is None:
        t0 = time.perf_counter()
        proc = subprocess.Popen(list(args), stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT,
                                text=True, encoding="utf-8")
        out, err = proc.communicate(timeout=timeout)
        elapsed = time.perf_counter() - t0
        if proc.returncode not in (0, 1):
            raise RuntimeError(f"{' '.join(args)} exited {proc.returncode}: {err[-2000:]}")
        return elapsed, out
    return run_markers(args, env, marker)[0]


def run_markers(args: Sequence[str], env: dict[str, str], *markers: str) -> list[tuple[float, str]]:
    """Wall seconds from launch until each of ``markers`` appears, in turn, at the start of a stdout line;
    returns (seconds, that line) for each."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(list(args), stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT,
                            text=True, encoding="utf-8")
    assert proc.stdout is not None
    found: list[tuple[float, str]] = []
    try:
        for line in proc.stdout:
            if line.startswith(markers[len(found)]):
                found.append((time.perf_counter() - t0, line.strip()))
                if len(found) == len(markers):
                    break
        else:
            err = proc.stderr.read() if proc.stderr else ""
            raise RuntimeError(f"{' '.join(args)} ended without {markers[len(found)]!r}: {err[-3000:]}")
    finally:
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    return found


def python() -> str:
    return sys.executable


# ----------------------------------------------------------------------------------------- output


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "rows/s":
        return f"{value:,.0f} {unit}"
    if abs(value) >= 100:
        return f"{value:,.0f} {unit}"
    if abs(value) >= 10:
        return f"{value:.1f} {unit}"
    return f"{value:.2f} {unit}" if abs(value) >= 1 else f"{value:.3f} {unit}"


def _target(r: Row) -> str:
    parts = []
    if r.target is not None:
        parts.append(("≤ " if r.target_kind == "max" else "≥ ") + _fmt(r.target, r.unit))
    if r.target_ratio is not None:
        parts.append(f"≤ {r.target_ratio:g}×")
    return ", ".join(parts) or "—"


def table(rows: Sequence[Row]) -> str:
    headers = ["workload", "size", "project", "limit (same run)", "ratio", "target", "ok"]
    cells = [[r.workload, r.size, _fmt(r.project, r.unit),
              (_fmt(r.limit, r.unit) + (f" ({r.limit_name})" if r.limit_name else "")) if r.limit else "—",
              f"{r.ratio:.1f}×" if r.ratio is not None else "—", _target(r),
              {True: "ok", False: "NO", None: "—"}[r.ok]] for r in rows]

    def width(text: str) -> int:
        import unicodedata

        return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)

    widths = [max(width(c[i]) for c in [headers, *cells]) for i in range(len(headers))]
    lines = ["  ".join(v + " " * (w - width(v)) for v, w in zip(line, widths, strict=True)).rstrip()
             for line in [headers, ["-" * w for w in widths], *cells]]
    return "\n".join(lines)


def markdown(rows: Sequence[Row]) -> str:
    out = ["| workload | size | project | limit (same run) | ratio | target | ok |", "|---|---|---|---|---|---|---|"]
    for r in rows:
        limit = (_fmt(r.limit, r.unit) + (f" ({r.limit_name})" if r.limit_name else "")) if r.limit else "—"
        ratio = f"{r.ratio:.1f}×" if r.ratio is not None else "—"
        out.append(f"| {r.workload} | {r.size} | {_fmt(r.project, r.unit)} | {limit} | {ratio} | {_target(r)} | "
                   f"{ {True: 'ok', False: '**no**', None: '—'}[r.ok]} |")
    return "\n".join(out)


def write_json(rows: Sequence[Row], path: Path, meta: dict[str, Any]) -> None:
    data = []
    for r in rows:
        d = asdict(r)
        data.append({"workload": d.pop("workload"), "size": d.pop("size"), "project": d.pop("project"),
                     "limit": d.pop("limit"), "unit": d.pop("unit"), "ratio": d.pop("ratio"),
                     "target_ratio": d.pop("target_ratio"), **d, **meta})
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

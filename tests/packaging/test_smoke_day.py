"""SMOKE_DAY, the command-line day the build runs with the bundled executable, still matches the CLI.

Run here through the source tree's CLI (fast), so a renamed command or option fails at once and points at
scripts/smoke_app.py, not only in the slow build test."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli.main import main
from tests.packaging.scripts_loader import load_script

smoke_app = load_script("smoke_app")


def test_smoke_day_runs_on_the_current_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("VENUESCORE_USER", smoke_app.HEAD_JUDGE)
    monkeypatch.setenv("VENUESCORE_PIN", smoke_app.HEAD_PIN)
    (tmp_path / "usb").mkdir()
    names = [name for name, _ in smoke_app.SMOKE_DAY]
    assert {"lock", "decrypt", "sign-off", "package export", "package verify"} <= set(names)
    for name, args in smoke_app.SMOKE_DAY:
        code = main(smoke_app.expand(args, tmp_path))
        out, err = capsys.readouterr()
        assert code == 0, f"SMOKE_DAY step “{name}” failed: {err or out}"
    pdf = smoke_app.check_pdf(tmp_path / smoke_app.SMOKE_PDF, tmp_path)
    assert pdf.ok, pdf.detail


def test_check_pdf_refuses_a_truncated_pdf(tmp_path: Path) -> None:
    bad = tmp_path / "cut.pdf"
    bad.write_bytes(b"%PDF-1.4\n" + b"x" * 5000)
    outcome = smoke_app.check_pdf(bad, tmp_path)
    assert not outcome.ok and "truncated" in outcome.detail


def test_layout_check_names_what_is_missing(tmp_path: Path) -> None:
    (tmp_path / "_internal").mkdir()
    outcome = smoke_app.check_layout(tmp_path)
    assert not outcome.ok
    assert "catalog.json" in outcome.detail and "platforms" in outcome.detail

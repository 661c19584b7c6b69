"""Every audit action the services write has a Chinese label for the audit page."""

from __future__ import annotations

import re
from pathlib import Path

from app.services.audit_log import ACTION_LABELS

ROOT = Path(__file__).resolve().parents[3]


def test_every_literal_audit_action_has_a_label() -> None:
    found: set[str] = set()
    for path in (ROOT / "app").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        found |= set(re.findall(r'audit\.append(?:_fact)?\([^"]*"([a-z_.]+)"', text))
    missing = sorted(found - set(ACTION_LABELS))
    assert not missing, f"audit actions without a label: {missing}"

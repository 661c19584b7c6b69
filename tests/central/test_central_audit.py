"""The received audit trail read once, its chain hashed over each line's text (app/services/central_audit.py).

The chain check over the text must say what the check over the parsed records says: the same hash for every
genuine line (any record the exporter can write), the same verdict — and the same line named — for trails
damaged in every way the tamper tests use, and a line not in the exported form still checked the long way.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.package import export as pkg
from app.services import central_checks as checks
from app.services.audit import GENESIS, record_digest
from app.services.central_audit import read_lines, text_digest
from tests.central.packages import Made, make, members


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Made:
    return make(tmp_path_factory.mktemp("audit31"), 31)


def _slow(prev: str, r: dict[str, Any]) -> str:
    return record_digest(prev, r["seq"], r["at"], r["actor"], r["role"], r["action"], r["data"])


def _chain(records: list[dict[str, Any]]) -> bytes:
    """An exported trail of ``records`` (seq, at, actor, role, action, data), hashed as the venue hashes it."""
    prev, out = GENESIS, []
    for i, r in enumerate(records, start=1):
        body = {**r, "seq": i}
        digest = _slow(prev, body)
        out.append({**body, "prev_hash": prev, "hash": digest})
        prev = digest
    return pkg.audit_jsonl(out)


def test_every_genuine_line_hashes_the_same_over_its_text(made: Made) -> None:
    raw = members(made.path)[pkg.AUDIT_NAME]
    lines = read_lines(raw)
    assert lines.texts == raw.decode("utf-8").splitlines()
    assert lines.parsed == [json.loads(t) for t in lines.texts if t.strip()]
    prev = GENESIS
    for text, r in zip(lines.texts, lines.records, strict=True):
        assert text_digest(prev, text, r) == _slow(prev, r) == r["hash"]
        prev = r["hash"]
    assert checks.check_audit(made.results, lines) == checks.check_audit(made.results, raw) == []


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10**20, 10**20) | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3),
    max_leaves=12,
)
records_st = st.lists(st.fixed_dictionaries({
    "at": st.text(max_size=6), "actor": st.text(max_size=6), "role": st.text(max_size=6),
    "action": st.text(max_size=6), "data": json_values}), min_size=1, max_size=4)


@settings(max_examples=300, deadline=None)
@given(records_st)
def test_text_hash_equals_the_record_hash_for_anything_the_exporter_writes(records: list[dict[str, Any]]) -> None:
    """Any text (quotes, control characters, line breakers escaped by the exporter), numbers, nesting."""
    raw = _chain(records)
    lines = read_lines(raw)
    prev = GENESIS
    for text, r in zip(lines.texts, lines.records, strict=True):
        assert _slow(prev, r) == r["hash"]
        if text == json.dumps(r, ensure_ascii=False, sort_keys=True, separators=(",", ":")):
            assert text_digest(prev, text, r) == r["hash"]
        else:  # the exporter escaped a line breaker (U+0085/2028/2029): the long way decides
            assert any(c in json.dumps(r, ensure_ascii=False) for c in "\x85\u2028\u2029")
        prev = r["hash"]
    head = {"audit": {"records": len(records), "head": prev}}
    assert checks.check_audit(head, lines) == checks.check_audit(head, raw) == []


def _damaged(raw: bytes) -> list[tuple[bytes, bool]]:
    """The trail changed the ways a tamperer (or a broken copy) would; True: the chain check must catch it (a
    record's content changed; a respaced line is genuine, and the records after the signed head are not
    bound to it)."""
    texts = raw.decode("utf-8").splitlines()
    out = []
    for i in (0, len(texts) // 2, len(texts) - 1):
        r = json.loads(texts[i])
        for change in (
            lambda r: r.update(actor="冒名者"),
            lambda r: r.update(data={"x": 1}),
            lambda r: r.update(seq=r["seq"] + 1),
            lambda r: r.update(prev_hash="1" * 64),
            lambda r: r.update(hash="f" * 64),
            lambda r: r.update(role=r["role"] + " "),
        ):
            changed = dict(r)
            change(changed)
            for dump in (lambda x: json.dumps(x, ensure_ascii=False, sort_keys=True, separators=(",", ":")),
                         lambda x: json.dumps(x, ensure_ascii=False)):
                out.append(("\n".join(texts[:i] + [dump(changed)] + texts[i + 1:]).encode("utf-8"), True))
        out.append(("\n".join(texts[:i] + texts[i + 1:]).encode("utf-8"), i < len(texts) - 1))  # a record removed
        out.append(("\n".join(texts[:i] + [""] + texts[i:]).encode("utf-8"), True))  # a blank line put in
        respaced = texts[i].replace('":', '": ')
        out.append(("\n".join(texts[:i] + [respaced] + texts[i + 1:]).encode("utf-8"), False))
    out.append(("\n".join(reversed(texts)).encode("utf-8"), True))
    return out


def test_a_damaged_trail_gets_the_same_finding_either_way(made: Made) -> None:
    raw = members(made.path)[pkg.AUDIT_NAME]
    for n, (bad, caught) in enumerate(_damaged(raw)):
        lines = read_lines(bad)
        expected = checks.check_audit(made.results, bad)
        assert bool(expected) == caught, (n, bad[-300:])
        assert checks.check_audit(made.results, lines) == expected


def test_a_respaced_but_genuine_line_is_checked_the_long_way(made: Made, tmp_path: Path) -> None:
    """Same records, written with spaces (not the exporter's form): the text hash does not apply, the record
    hash still does, and the chain is intact either way."""
    raw = members(made.path)[pkg.AUDIT_NAME]
    texts = [json.dumps(json.loads(t), ensure_ascii=False, indent=None) for t in raw.decode("utf-8").splitlines()]
    respaced = ("\n".join(texts) + "\n").encode("utf-8")
    lines = read_lines(respaced)
    assert all(text_digest(GENESIS if i == 0 else lines.records[i - 1]["hash"], t, r) is None
               for i, (t, r) in enumerate(zip(lines.texts, lines.records, strict=True)))
    assert checks.check_audit(made.results, lines) == checks.check_audit(made.results, respaced) == []

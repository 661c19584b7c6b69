"""Lone UTF-16 surrogates spelled as JSON escapes: found, told apart from a correct pair, located by line."""

from __future__ import annotations

import json

from app.package.json_text import encodable, first_unencodable_line, may_hold_lone_surrogate


def test_plain_text_and_other_escapes_are_not_suspect() -> None:
    raw = json.dumps({"name": "张三", "note": "\t\x01"}, ensure_ascii=False).encode("utf-8")
    assert b"\\u0001" in raw and not may_hold_lone_surrogate(raw)


def test_a_correct_pair_is_suspect_but_encodable() -> None:
    raw = b'{"name": "\\ud83d\\ude00"}'
    assert may_hold_lone_surrogate(raw)
    assert encodable(json.loads(raw)) and json.loads(raw)["name"] == "\U0001F600"


def test_a_lone_half_is_not_encodable_in_any_position() -> None:
    for raw in (b'"\\ud800"', b'{"k\\uDFFF": 1}', b'["a", {"b": "x\\udbffy"}]', b'"\\ude00\\ud83d"'):
        assert may_hold_lone_surrogate(raw) and not encodable(json.loads(raw)), raw


def test_the_first_bad_line_is_named() -> None:
    lines = [b'{"seq": 1, "role": "\\ud83d\\ude00"}', b"not json \\ud800", b'{"seq": 3, "role": "\\udc00"}',
             b'{"seq": 4, "role": "\\ud800"}']
    assert first_unencodable_line(b"\n".join(lines)) == 3
    assert first_unencodable_line(b"\n".join(lines[:2])) is None

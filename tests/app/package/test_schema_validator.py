"""A received results.json is checked by the compiled schema (jsonschema-rs) and, when it fails, described by
jsonschema: the compiled check must never pass what jsonschema refuses (validation no weaker, issue 17).

Every leaf and every object of a genuine export is broken in the ways a damaged or forged file can be (a
wrong type, null, an extra or a missing member, a number out of range, text with a trailing newline or
full-width digits, an empty string), and both validators judge each copy.
"""

from __future__ import annotations

import copy
import json
import zipfile
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

from app.package.verify import _compiled_results_schema, results_schema, schema_problems
from app.roles import Actor
from db.venue_file import VenueFile
from tests.app.package.export_world import export


def _paths(node: Any, at: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [at]
    if isinstance(node, dict):
        for k, v in node.items():
            out += _paths(v, (*at, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out += _paths(v, (*at, i))
    return out


def _set(doc: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    parent = doc
    for p in path[:-1]:
        parent = parent[p]
    parent[path[-1]] = value
    return doc


def _get(doc: Any, path: tuple[Any, ...]) -> Any:
    for p in path:
        doc = doc[p]
    return doc


def _broken(doc: dict[str, Any]) -> list[Any]:
    out = []
    for path in _paths(doc):
        value = _get(doc, path)
        wrong: list[Any] = [None, [], {}, "", True, -1, 10**20, 1.5]
        if isinstance(value, str):
            wrong += [value + "\n", value + " ", "１２３", "x" * 300]
        if isinstance(value, int | float) and not isinstance(value, bool):
            wrong += [str(value), -value - 1, value + 1000]
        for w in wrong:
            out.append(_set(copy.deepcopy(doc), path, w))
        if isinstance(value, dict):
            out.append(_set(copy.deepcopy(doc), path, {**value, "extra_member": 1}))
            for k in value:
                out.append(_set(copy.deepcopy(doc), path, {kk: vv for kk, vv in value.items() if kk != k}))
    return out


def test_the_compiled_schema_refuses_everything_jsonschema_refuses(
    venue: VenueFile, head: Actor, staff: dict[str, Actor], tmp_path: Path
) -> None:
    with zipfile.ZipFile(export(venue, head, staff, tmp_path, n=3).path) as z:
        data = json.loads(z.read("results.json"))
    assert _compiled_results_schema().is_valid(data) and not schema_problems(data)
    data["contestants"] = data["contestants"][:1]  # the same shapes, fewer copies to judge
    plain = Draft202012Validator(results_schema())
    judged = refused = stricter = 0
    for doc in _broken(data):
        judged += 1
        by_plain = not plain.is_valid(doc)
        by_compiled = not _compiled_results_schema().is_valid(doc)
        assert by_compiled or not by_plain, "the compiled schema passed a file jsonschema refuses"
        assert bool(schema_problems(doc)) == by_compiled  # refused ⇔ problems listed, each with a path
        refused += by_compiled
        stricter += by_compiled and not by_plain
    assert judged > 500 and refused > judged // 2
    assert stricter > 0  # e.g. "…\n" where Python's `$` matches before the newline

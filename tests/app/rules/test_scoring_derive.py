"""The entry-log derivation's fast form gives exactly what the plain form gives, on broken logs too.

``app.rules.scoring._derive`` builds each row's cell key once and keeps lists only for cells with more
than one row (issue 17: it runs over a whole module on every grid load).  The plain form below is the
derivation as first written; both must agree on the current rows (and their order) and on every conflict.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal as D

from hypothesis import given, settings
from hypothesis import strategies as st

from app.i18n import tr
from app.rules.scoring import MAIN_KINDS, SECOND_KINDS, Conflict, Entry, _cell, _derive, _ids, _in_order


def plain_derive(entries: list[Entry], kinds: frozenset[str]) -> tuple[dict, list[Conflict]]:  # type: ignore[type-arg]
    rows = _in_order(e for e in entries if e.kind in kinds)
    by_id: dict[int, list[Entry]] = defaultdict(list)
    for r in rows:
        by_id[r.id].append(r)
    conflicts: list[Conflict] = []
    superseded: set[int] = set()
    for r in rows:
        if r.supersedes is None:
            continue
        targets = by_id.get(r.supersedes, [])
        if not targets:
            conflicts.append(Conflict("missing_target", (r.id,),
                                      tr("记录 {id} 指向不存在的记录 {t}").format(id=r.id, t=r.supersedes)))
        elif any(t.key != r.key or t is r for t in targets):
            conflicts.append(Conflict("wrong_target", (r.id, r.supersedes),
                                      tr("记录 {id} 指向的记录 {t} 不属于同一单元格，未采用该指向").format(
                                          id=r.id, t=r.supersedes)))
        else:
            superseded.add(r.supersedes)
    groups: dict = defaultdict(list)  # type: ignore[type-arg]
    all_keys: dict = defaultdict(list)  # type: ignore[type-arg]
    for r in rows:
        all_keys[r.key].append(r)
        if r.id not in superseded:
            groups[r.key].append(r)
    current = {}
    for key in sorted(all_keys, key=lambda k: (k[0], k[1], k[2] or "")):
        live = groups.get(key, [])
        if not live:
            conflicts.append(Conflict("no_current", _ids(all_keys[key]), tr(
                "{cell}的记录互相取代（编号 {ids}），没有有效值").format(
                cell=_cell(key), ids="、".join(map(str, _ids(all_keys[key]))))))
            continue
        current[key] = live[-1]
        if len(live) > 1:
            conflicts.append(Conflict("duplicate_current", _ids(live), tr(
                "{cell}有 {n} 条并存的有效记录（编号 {ids}），取编号最大者").format(
                cell=_cell(key), n=len(live), ids="、".join(map(str, _ids(live))))))
    return current, conflicts


CELLS = [("A1", None), ("A2", "J1"), ("A2", "J2"), ("B1", "J1")]


@st.composite
def hostile_logs(draw: st.DrawFn) -> list[Entry]:
    """Any log a damaged or tampered file could hold: repeated ids, pointers anywhere, cycles, odd kinds."""
    n = draw(st.integers(min_value=0, max_value=30))
    rows = []
    for _ in range(n):
        crit, judge = draw(st.sampled_from(CELLS))
        rows.append(Entry(draw(st.integers(1, 20)), crit, draw(st.sampled_from(["P1", "P2"])), judge,
                          D(draw(st.integers(0, 3))), draw(st.none() | st.integers(1, 22)),
                          draw(st.sampled_from(["entry", "correction", "second", "odd"]))))
    return rows


@settings(max_examples=400)
@given(log=hostile_logs())
def test_fast_derivation_equals_the_plain_one(log: list[Entry]) -> None:
    for kinds in (MAIN_KINDS, SECOND_KINDS):
        fast, plain = _derive(log, kinds), plain_derive(log, kinds)
        assert list(fast[0].items()) == list(plain[0].items())
        assert fast[1] == plain[1]


def test_a_cycle_and_a_duplicate_are_reported_the_same_way() -> None:
    log = [Entry(1, "A2", "P1", "J1", D(1), 2, "correction"), Entry(2, "A2", "P1", "J1", D(2), 1, "correction"),
           Entry(3, "A1", "P1", None, D(2), None, "entry"), Entry(4, "A1", "P1", None, D(3), None, "entry")]
    fast = _derive(log, MAIN_KINDS)
    assert fast == plain_derive(log, MAIN_KINDS)
    assert [c.kind for c in fast[1]] == ["duplicate_current", "no_current"]


@settings(max_examples=300)
@given(keys=st.lists(st.tuples(st.sampled_from(["A1", "A1\x00", "A", "A1.2", "\x00"]),
                               st.sampled_from(["P1", "P", "P1\x00x", ""]),
                               st.none() | st.sampled_from(["", "J1", "J1\x00", "J"])), unique=True))
def test_cell_keys_sort_like_the_tuples(keys: list) -> None:  # type: ignore[type-arg]
    from app.rules.scoring import _key_order, _sorted_keys

    assert _sorted_keys(keys) == sorted(keys, key=_key_order)

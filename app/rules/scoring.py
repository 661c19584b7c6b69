"""Score aggregation for a marking scheme: modules (模块) → criteria (评分项).

Practice (rules.md): a measurement (测量, "M") criterion has one agreed value, entered once
and checked by a blind second entry; a judgement (评价, "J") criterion has 3 judges scoring
0–3, score = mean/3 × max points (5 judges: drop the highest and lowest), rounded HALF_UP.
Score entries are append-only rows; the current value of each cell is *derived* from the
supersedes chain, never stored, so the history stays auditable.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext
from functools import lru_cache
from itertools import pairwise
from types import MappingProxyType

from app.errors import ValidationError
from app.frozen_init import quick_init
from app.i18n import tr

MEASUREMENT = "M"  # 测量
JUDGEMENT = "J"  # 评价
J_MIN, J_MAX = Decimal(0), Decimal(3)
MAX_SPREAD = Decimal(1)  # judges may differ by at most 1 on one criterion

Key = tuple[str, str, str | None]  # (criterion, contestant, judge); judge is None for M

MAIN_KINDS = frozenset({"entry", "correction"})  # the value chain
SECOND_KINDS = frozenset({"second"})  # the blind double entry of M criteria: a check, not the value


@dataclass(frozen=True)
class Criterion:
    code: str  # "A1.3"
    module: str  # "A"
    kind: str  # "M" measurement | "J" judgement
    max_points: Decimal
    judges: int = 3  # 3 or 5 for J


@quick_init  # a grid load makes ~25,000 of them (app/frozen_init.py)
@dataclass(frozen=True)
class Entry:
    id: int
    criterion: str
    contestant: str  # registration number or blind code, whatever the caller keys on
    judge: str | None  # None for M
    value: Decimal
    supersedes: int | None
    kind: str  # "entry" | "second" (blind double entry of M) | "correction"

    @property
    def key(self) -> Key:
        return (self.criterion, self.contestant, self.judge)


@dataclass(frozen=True)
class Conflict:
    """Something in the entry log that should not happen; the derivation still gives an answer."""

    kind: str  # duplicate_current | missing_target | wrong_target | no_current | duplicate_id | unknown_kind
    entry_ids: tuple[int, ...]
    message: str


@dataclass(frozen=True)
class Mismatch:
    """First and second (blind double) entry of a measurement disagree."""

    criterion: str
    contestant: str
    judge: str | None
    entry_id: int | None
    entry_value: Decimal | None
    second_id: int
    second_value: Decimal
    message: str


@dataclass(frozen=True)
class Deduction:
    contestant: str
    module: str | None  # None: deducted from the item total
    amount: Decimal  # positive number of points taken off
    reason: str


@dataclass(frozen=True)
class CriterionScore:
    criterion: str
    values: tuple[Decimal, ...]  # M: the one value; J: judges' scores in judge order
    score: Decimal | None  # None while incomplete
    complete: bool


@dataclass(frozen=True)
class ModuleScore:
    module: str
    raw: Decimal  # sum of the criterion scores present
    deductions: Decimal
    score: Decimal  # max(0, raw - deductions); 0 if the module is disqualified
    complete: bool
    disqualified: bool = False
    criteria: tuple[CriterionScore, ...] = ()


@dataclass(frozen=True)
class ContestantTotal:
    contestant: str
    modules: tuple[ModuleScore, ...]
    item_deductions: Decimal
    total: Decimal
    complete: bool
    missing: tuple[str, ...]  # descriptions of missing cells


@dataclass(frozen=True)
class MissingCell:
    criterion: str
    contestant: str
    judge: str | None
    message: str


@dataclass(frozen=True)
class SpreadViolation:
    criterion: str
    contestant: str
    values_by_judge: tuple[tuple[str, Decimal], ...]
    spread: Decimal
    message: str


# --------------------------------------------------------------------------- helpers


_QUANTA: dict[int, Decimal] = {}  # places → 10^-places, made once (round_points runs ~50,000 times per package)


def _quantum(places: int) -> Decimal:
    q = _QUANTA.get(places)
    if q is None:
        q = _QUANTA[places] = Decimal(1).scaleb(-places)
    return q


def round_points(value: Decimal, places: int = 2) -> Decimal:
    """Round half up (0.005 → 0.01), as people round on paper — not banker's rounding."""
    return value.quantize(_quantum(places), rounding=ROUND_HALF_UP)


def _cell(key: Key) -> str:
    criterion, contestant, judge = key
    if judge is None:
        return tr("评分项 {c}、选手 {p}").format(c=criterion, p=contestant)
    return tr("评分项 {c}、选手 {p}、裁判 {j}").format(c=criterion, p=contestant, j=judge)


def _ids(rows: Iterable[Entry]) -> tuple[int, ...]:
    return tuple(sorted(r.id for r in rows))


def _order(e: Entry) -> tuple[int, str]:
    # Ties on id (a broken log) are broken by the row's full text, so input order never matters.
    return (e.id, repr(e))


def _by_order(e: Entry) -> int:
    return e.id


def _in_order(entries: Iterable[Entry]) -> list[Entry]:
    """``entries`` sorted by ``_order``, without building ``repr(entry)`` for every row.

    Ids are unique in a sound log, so sorting on the id alone gives the same order; only when two
    rows share an id (a broken log) is the full ``_order`` needed to keep input order irrelevant.
    """
    rows = sorted(entries, key=_by_order)
    if any(a.id == b.id for a, b in pairwise(rows)):
        rows.sort(key=_order)
    return rows


# --------------------------------------------------------------------------- current values


def _derive(entries: Iterable[Entry], kinds: frozenset[str]) -> tuple[dict[Key, Entry], list[Conflict]]:
    """Current row per cell within one chain family, plus what looked wrong on the way.

    A row is superseded when another row of the same family *and the same cell* names it.
    A pointer to a missing row or to another cell is reported and ignored (it must not wipe
    out some other cell's value).  Of several unsuperseded rows, the highest id wins.

    This runs over every entry of a module on each grid load (~25,000 rows), so each row's cell
    key is built once and a cell keeps a list only when it has more than one row
    (tests/app/rules/test_scoring_derive.py checks it against the plain version).
    """
    rows = _in_order(e for e in entries if e.kind in kinds)
    keyed = [((r.criterion, r.contestant, r.judge), r) for r in rows]
    targets_wanted = {r.supersedes for r in rows if r.supersedes is not None}
    by_id: dict[int, list[tuple[Key, Entry]]] = {}  # only the rows some row points at
    for kr in keyed:
        if kr[1].id in targets_wanted:
            by_id.setdefault(kr[1].id, []).append(kr)
    conflicts: list[Conflict] = []
    superseded: set[int] = set()
    for key, r in keyed:
        if r.supersedes is None:
            continue
        targets = by_id.get(r.supersedes, [])
        if not targets:
            conflicts.append(
                Conflict(
                    "missing_target",
                    (r.id,),
                    tr("记录 {id} 指向不存在的记录 {t}").format(id=r.id, t=r.supersedes),
                )
            )
        elif any(tk != key or t is r for tk, t in targets):
            conflicts.append(
                Conflict(
                    "wrong_target",
                    (r.id, r.supersedes),
                    tr("记录 {id} 指向的记录 {t} 不属于同一单元格，未采用该指向").format(
                        id=r.id, t=r.supersedes
                    ),
                )
            )
        else:
            superseded.add(r.supersedes)

    # Per cell: the last live row, and the live rows only for cells with more than one.
    last: dict[Key, Entry | None] = {}
    several: dict[Key, list[Entry]] = {}
    for key, r in keyed:
        live = r.id not in superseded
        if key not in last:
            last[key] = r if live else None
        elif live:
            before = last[key]
            if before is not None:
                several.setdefault(key, [before]).append(r)
            last[key] = r
    current: dict[Key, Entry] = {}
    every: dict[Key, list[Entry]] | None = None  # all rows per cell, built only for a broken log
    for key in _sorted_keys(last):
        row = last[key]
        if row is None:
            if every is None:
                every = defaultdict(list)
                for k, r in keyed:
                    every[k].append(r)
            ids = _ids(every[key])
            conflicts.append(
                Conflict(
                    "no_current",
                    ids,
                    tr("{cell}的记录互相取代（编号 {ids}），没有有效值").format(
                        cell=_cell(key), ids="、".join(map(str, ids))
                    ),
                )
            )
            continue
        current[key] = row  # rows are in _order, so the last is the max
        if key in several:
            live_rows = several[key]
            conflicts.append(
                Conflict(
                    "duplicate_current",
                    _ids(live_rows),
                    tr("{cell}有 {n} 条并存的有效记录（编号 {ids}），取编号最大者").format(
                        cell=_cell(key), n=len(live_rows), ids="、".join(map(str, _ids(live_rows)))
                    ),
                )
            )
    return current, conflicts


def _key_order(k: Key) -> tuple[str, str, str]:
    return (k[0], k[1], k[2] or "")


def _flat_order(k: Key) -> str:
    return f"{k[0]}\0{k[1]}\0{k[2] or ''}"


def _sorted_keys(keys: Iterable[Key]) -> list[Key]:
    """Cell keys in ``_key_order``.  Joined with NUL (below every other character), one string compares like
    the tuple and sorts ~2× faster; a key holding a NUL itself (a damaged file) takes the tuple order."""
    keys = list(keys)
    flat = list(map(_flat_order, keys))
    if "".join(flat).count("\0") != 2 * len(keys):
        return sorted(keys, key=_key_order)
    return [keys[i] for i in sorted(range(len(keys)), key=flat.__getitem__)]


def current_values(entries: Iterable[Entry]) -> dict[Key, Entry]:
    """Current value per (criterion, contestant, judge) from the append-only log ("entry"/"correction")."""
    return _derive(entries, MAIN_KINDS)[0]


def current_seconds(entries: Iterable[Entry]) -> dict[Key, Entry]:
    """Current blind second entry per cell (a "second" may supersede an earlier "second")."""
    return _derive(entries, SECOND_KINDS)[0]


def conflicts(entries: Iterable[Entry]) -> list[Conflict]:
    """Everything in the log that should not happen, for the head judge to resolve."""
    rows = list(entries)
    found: list[Conflict] = []
    for entry_id, n in sorted(Counter(e.id for e in rows).items()):
        if n > 1:
            found.append(
                Conflict(
                    "duplicate_id",
                    (entry_id,),
                    tr("编号 {id} 被 {n} 条记录使用").format(id=entry_id, n=n),
                )
            )
    for e in _in_order(rows):
        if e.kind not in MAIN_KINDS | SECOND_KINDS:
            found.append(
                Conflict(
                    "unknown_kind",
                    (e.id,),
                    tr("记录 {id} 的类别“{k}”未知，已忽略").format(id=e.id, k=e.kind),
                )
            )
    found += _derive(rows, MAIN_KINDS)[1]
    found += _derive(rows, SECOND_KINDS)[1]
    return found


def double_entry_mismatches(
    entries: Iterable[Entry],
    first: Mapping[Key, Entry] | None = None,
    second: Mapping[Key, Entry] | None = None,
) -> list[Mismatch]:
    """Cells whose current second (blind double) entry differs from the current value.

    A second entry with no first entry is a mismatch too; a first entry still waiting for
    its second is not (whether a second is required is the caller's policy).  A caller that
    already derived ``current_values``/``current_seconds`` of the same entries passes them.
    """
    rows = list(entries) if first is None or second is None else []
    first = current_values(rows) if first is None else first
    second = current_seconds(rows) if second is None else second
    found: list[Mismatch] = []
    for key in sorted(second, key=lambda k: (k[0], k[1], k[2] or "")):
        s = second[key]
        f = first.get(key)
        if f is not None and f.value == s.value:
            continue
        if f is None:
            message = tr("{cell}：只有第二次录入（{v2}），没有第一次录入").format(cell=_cell(key), v2=s.value)
        else:
            message = tr("{cell}：第一次录入 {v1}，第二次录入 {v2}，不一致").format(
                cell=_cell(key), v1=f.value, v2=s.value
            )
        found.append(
            Mismatch(
                criterion=key[0],
                contestant=key[1],
                judge=key[2],
                entry_id=f.id if f else None,
                entry_value=f.value if f else None,
                second_id=s.id,
                second_value=s.value,
                message=message,
            )
        )
    return found


# --------------------------------------------------------------------------- criterion scores


def judgement_score(values: Sequence[Decimal], max_points: Decimal, judges: int, places: int = 2) -> Decimal:
    """Judgement criterion score: mean of the (trimmed) 0–3 scores / 3 × max points, HALF_UP.

    3 judges: all three.  5 judges: drop one highest and one lowest, keep the middle three.
    Computed exactly and rounded once, so 2,3,2 on 6 points is 7/9 × 6 = 4.666… → 4.67
    (rounding the mean first would give 2.33/3 × 6 = 4.66).
    """
    key = tuple(values)
    try:
        return _judgement_score(key, max_points, judges, places)
    except TypeError:  # an unhashable value: worked out without the memo (and refused there if it is wrong)
        return _judgement_score.__wrapped__(key, max_points, judges, places)


@lru_cache(maxsize=4096)
def _judgement_score(values: tuple[Decimal, ...], max_points: Decimal, judges: int, places: int) -> Decimal:
    """``judgement_score`` worked out once per set of marks: a package has ~10,000 judgement cells but only a
    few hundred distinct (marks, max points) — a pure function of equal inputs gives equal results (equal
    Decimals such as 2 and 2.0 give the same rounded score, to the digit)."""
    if judges not in (3, 5):
        raise ValueError(f"judgement criteria need 3 or 5 judges, not {judges}")
    if len(values) != judges:
        raise ValueError(f"expected {judges} judge scores, got {len(values)}")
    if any(not (J_MIN <= v <= J_MAX) for v in values):
        raise ValueError(f"judge scores must lie in 0..3: {list(values)}")
    kept = sorted(values)[1:-1] if judges == 5 else list(values)
    with localcontext() as ctx:
        ctx.prec = 60  # exact enough that HALF_UP sees the true value
        exact = sum(kept, Decimal(0)) * max_points / (J_MAX * len(kept))
    return round_points(exact, places)


def spread(values: Iterable[Decimal]) -> Decimal:
    """Highest minus lowest judge score (0 for fewer than two scores)."""
    vals = list(values)
    return max(vals) - min(vals) if vals else Decimal(0)


def spread_flags(values_by_judge: Mapping[str, Decimal]) -> bool:
    """True when the judges differ by more than 1: must be re-discussed before locking."""
    return spread(values_by_judge.values()) > MAX_SPREAD


def _by_cell(current: Mapping[Key, Entry]) -> dict[tuple[str, str], dict[str | None, Decimal]]:
    cells: dict[tuple[str, str], dict[str | None, Decimal]] = defaultdict(dict)
    for (criterion, contestant, judge), e in current.items():
        cells[(criterion, contestant)][judge] = e.value
    return cells


def spread_violations(criteria: Iterable[Criterion], current: Mapping[Key, Entry]) -> list[SpreadViolation]:
    """Judgement cells whose judges differ by more than 1 (they block the lock)."""
    return spread_violations_in(criteria, _by_cell(current))


Cells = Mapping[tuple[str, str], Mapping[str | None, Decimal]]  # (criterion, contestant) → judge → current value


def spread_violations_in(criteria: Iterable[Criterion], cells: Cells) -> list[SpreadViolation]:
    """``spread_violations`` of current values already grouped by cell (what ``_by_cell`` makes)."""
    j_codes = {c.code for c in criteria if c.kind == JUDGEMENT}
    found: list[SpreadViolation] = []
    for (criterion, contestant), by_judge in sorted(cells.items()):
        if criterion not in j_codes:
            continue
        named = {j: v for j, v in by_judge.items() if j is not None}
        if not spread_flags(named):
            continue
        pairs = tuple(sorted(named.items()))
        found.append(
            SpreadViolation(
                criterion=criterion,
                contestant=contestant,
                values_by_judge=pairs,
                spread=spread(named.values()),
                message=tr("评分项 {c}、选手 {p}：裁判评分相差 {d}（{vals}），超过 1 分，须复议更正").format(
                    c=criterion,
                    p=contestant,
                    d=spread(named.values()),
                    vals="，".join(f"{j}={v}" for j, v in pairs),
                ),
            )
        )
    return found


def _criterion_score(
    c: Criterion, by_judge: Mapping[str | None, Decimal], places: int
) -> tuple[CriterionScore, str | None]:
    """Score of one criterion for one contestant, and a description of what is missing."""
    if c.kind == MEASUREMENT:
        value = by_judge.get(None)
        if value is None:
            return CriterionScore(c.code, (), None, False), tr("{c}：未录入测量分").format(c=c.code)
        if not (0 <= value <= c.max_points):
            raise ValueError(f"{c.code}: measurement {value} outside 0..{c.max_points}")
        return CriterionScore(c.code, (value,), round_points(value, places), True), None
    if c.kind != JUDGEMENT:
        raise ValueError(f"{c.code}: unknown criterion kind {c.kind!r}")
    # Judges' names are distinct keys: sorting the pairs compares names only.
    named = sorted(by_judge.items() if None not in by_judge else [(j, v) for j, v in by_judge.items() if j is not None])
    values = tuple([v for _, v in named])
    if len(values) < c.judges:
        return CriterionScore(c.code, values, None, False), tr(
            "{c}：缺 {k} 位裁判的评分（已有 {n}/{m}）"
        ).format(c=c.code, k=c.judges - len(values), n=len(values), m=c.judges)
    if len(values) > c.judges:
        return CriterionScore(c.code, values, None, False), tr(
            "{c}：有 {n} 位裁判的评分，应为 {m} 位"
        ).format(c=c.code, n=len(values), m=c.judges)
    return CriterionScore(c.code, values, judgement_score(values, c.max_points, c.judges, places), True), None


# --------------------------------------------------------------------------- modules and totals


def _modules_in_order(criteria: Sequence[Criterion]) -> list[str]:
    return list(dict.fromkeys(c.module for c in criteria))


Plan = tuple[tuple[str, tuple[Criterion, ...]], ...]  # each module (in order) with its criteria (in order)
_NO_MARKS: Mapping[str | None, Decimal] = MappingProxyType({})


def _plan(criteria: Sequence[Criterion]) -> Plan:
    """The scheme's modules with their criteria, worked out once for all contestants (not once per person)."""
    return tuple((m, tuple(c for c in criteria if c.module == m)) for m in _modules_in_order(criteria))


def _module_scores(
    criteria: Sequence[Criterion],
    contestant: str,
    cells: Mapping[tuple[str, str], Mapping[str | None, Decimal]],
    deductions: Iterable[Deduction],
    disqualified_modules: set[str],
    places: int,
    plan: Plan | None = None,
) -> tuple[dict[str, ModuleScore], list[str]]:
    """``plan``: ``_plan(criteria)``, when the caller scores many contestants under one scheme."""
    plan = _plan(criteria) if plan is None else plan
    unknown = (disqualified_modules | {d.module for d in deductions if d.module is not None}) - {m for m, _ in plan}
    if unknown:
        raise ValueError(f"deduction or disqualification names unknown module(s): {sorted(unknown)}")
    taken: dict[str, Decimal] = defaultdict(Decimal)
    for d in deductions:
        if d.amount < 0:
            raise ValueError(f"deduction amounts are positive: {d}")
        if d.module is not None:
            taken[d.module] += d.amount

    result: dict[str, ModuleScore] = {}
    missing: list[str] = []
    for module, members in plan:
        dq = module in disqualified_modules
        scores: list[CriterionScore] = []
        for c in members:
            cs, gap = _criterion_score(c, cells.get((c.code, contestant), _NO_MARKS), places)
            scores.append(cs)
            if gap is not None and not dq:  # nothing is missing from a disqualified module
                missing.append(gap)
        raw = sum((s.score for s in scores if s.score is not None), Decimal(0))
        floored = Decimal(0) if dq else max(Decimal(0), raw - taken[module])
        result[module] = ModuleScore(
            module=module,
            raw=round_points(raw, places),
            deductions=round_points(taken[module], places),
            score=round_points(floored, places),
            # A disqualified module scores 0 whatever is missing, so it is complete.
            complete=dq or all(s.complete for s in scores),
            disqualified=dq,
            criteria=tuple(scores),
        )
    return result, missing


def module_scores(
    criteria: Sequence[Criterion],
    current: Mapping[Key, Entry],
    deductions: Iterable[Deduction],
    disqualified_modules: set[str],
    places: int = 2,
    contestant: str | None = None,
) -> dict[str, ModuleScore]:
    """Module scores of one contestant: criterion scores summed, module deductions taken off,
    floored at 0 (a module never goes below zero); a disqualified module scores 0.

    ``current`` and ``deductions`` may hold several contestants if ``contestant`` is given;
    otherwise they must concern a single contestant.
    """
    deds = list(deductions)
    if contestant is None:
        people = {k[1] for k in current} | {d.contestant for d in deds}
        if len(people) > 1:
            raise ValueError("module_scores: several contestants in the input, pass contestant=")
        contestant = next(iter(people), "")
    mine = {k: e for k, e in current.items() if k[1] == contestant}
    scores, _ = _module_scores(
        criteria,
        contestant,
        _by_cell(mine),
        [d for d in deds if d.contestant == contestant],
        disqualified_modules,
        places,
    )
    return scores


def contestant_totals(
    criteria: Sequence[Criterion],
    entries: Iterable[Entry],
    deductions: Iterable[Deduction],
    disqualified: Mapping[str, set[str]],
    places: int = 2,
    contestants: Iterable[str] | None = None,
    current: Mapping[Key, Entry] | None = None,
    cells: Cells | None = None,
) -> dict[str, ContestantTotal]:
    """Total per contestant: module scores summed, item-level deductions taken off, floored at 0.

    ``disqualified`` maps contestant → disqualified module codes (取消资格 of the whole item
    is a status, handled by ranking).  ``contestants`` adds people with no entries yet.  A caller
    that already derived ``current_values(entries)`` passes it as ``current``, or grouped by cell as ``cells``.
    """
    if cells is None:
        cells = _by_cell(current_values(entries) if current is None else current)
    deds = list(deductions)
    people = (
        set(contestants or ()) | {k[1] for k in cells} | {d.contestant for d in deds} | set(disqualified)
    )
    by_person: dict[str, list[Deduction]] = defaultdict(list)  # each person's, in input order
    for d in deds:
        by_person[d.contestant].append(d)
    totals: dict[str, ContestantTotal] = {}
    plan = _plan(criteria)
    for person in sorted(people):
        mine = by_person.get(person, [])
        modules, missing = _module_scores(
            criteria, person, cells, mine, set(disqualified.get(person, set())), places, plan
        )
        item_deductions = sum((d.amount for d in mine if d.module is None), Decimal(0))
        total = max(Decimal(0), sum((m.score for m in modules.values()), Decimal(0)) - item_deductions)
        totals[person] = ContestantTotal(
            contestant=person,
            modules=tuple(modules.values()),
            item_deductions=round_points(item_deductions, places),
            total=round_points(total, places),
            complete=all(m.complete for m in modules.values()),
            missing=tuple(missing),
        )
    return totals


def completeness(
    criteria: Sequence[Criterion],
    entries: Iterable[Entry],
    contestants: Iterable[str],
    judges_by_criterion: Mapping[str, tuple[str, ...]],
) -> list[MissingCell]:
    """Every cell still waiting for a value: per contestant, criterion and (for J) judge."""
    current = current_values(entries)
    people = list(contestants)
    missing: list[MissingCell] = []
    for c in criteria:
        assigned = judges_by_criterion.get(c.code, ())
        for person in people:
            if c.kind == MEASUREMENT:
                if (c.code, person, None) not in current:
                    missing.append(
                        MissingCell(
                            c.code,
                            person,
                            None,
                            tr("评分项 {c}、选手 {p}：未录入测量分").format(c=c.code, p=person),
                        )
                    )
                continue
            if len(assigned) < c.judges:
                missing.append(
                    MissingCell(
                        c.code,
                        person,
                        None,
                        tr("评分项 {c}：只指派了 {n} 位裁判，应为 {m} 位").format(
                            c=c.code, n=len(assigned), m=c.judges
                        ),
                    )
                )
            for judge in assigned:
                if (c.code, person, judge) not in current:
                    missing.append(
                        MissingCell(
                            c.code,
                            person,
                            judge,
                            tr("评分项 {c}、选手 {p}：裁判 {j} 未评分").format(c=c.code, p=person, j=judge),
                        )
                    )
    return missing


# --------------------------------------------------------------------------- input


_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")


def normalise_number(raw: str) -> str:
    """A number as a person typed it → plain ASCII decimal text (scores, deductions, max points)."""
    # NFKC turns full-width digits, "．" and "－" into ASCII; Chinese IMEs also give "，" or "。".
    text = unicodedata.normalize("NFKC", raw).strip()
    return text.replace("，", ".").replace("。", ".").replace(",", ".").replace(" ", "")


def validate_value(criterion: Criterion, raw: str) -> Decimal:
    """Parse what a person typed into a score for ``criterion``, or say in Chinese why not."""
    code = criterion.code
    text = normalise_number(raw)
    if not text:
        raise ValidationError(tr("请输入 {c} 的分数").format(c=code), criterion=code)
    if not _NUMBER.match(text):
        raise ValidationError(
            tr("{c} 的分数“{raw}”不是有效数字").format(c=code, raw=raw.strip()), criterion=code, value=raw
        )
    try:
        value = Decimal(text)
    except InvalidOperation as err:  # pragma: no cover - the pattern already excludes this
        raise ValidationError(
            tr("{c} 的分数“{raw}”不是有效数字").format(c=code, raw=raw.strip()), criterion=code, value=raw
        ) from err
    if criterion.kind == JUDGEMENT:
        if value != value.to_integral_value() or not (J_MIN <= value <= J_MAX):
            raise ValidationError(tr("{c} 的评价分须为 0–3 的整数").format(c=code), criterion=code, value=raw)
        return Decimal(int(value))
    if criterion.kind != MEASUREMENT:
        raise ValueError(f"{code}: unknown criterion kind {criterion.kind!r}")
    if value < 0:
        raise ValidationError(tr("{c} 的测量分不能小于 0").format(c=code), criterion=code, value=raw)
    if value > criterion.max_points:
        raise ValidationError(
            tr("{c} 的测量分不能超过 {m}").format(c=code, m=round_points(criterion.max_points, 2)),
            criterion=code,
            value=raw,
        )
    if value != value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP):
        raise ValidationError(tr("{c} 的测量分最多保留两位小数").format(c=code), criterion=code, value=raw)
    return value.quantize(Decimal("0.01"))

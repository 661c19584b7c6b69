"""Ranking of one item (group): total descending, configured tie-breaks, shared places.

Practice (rules.md "Ranking"): order by total score, highest first.  Equal totals are separated by
(1) the scores of the named modules, in the configured order, higher first, then (2) less time used
(用时) when enabled — no time recorded counts as the worst.  If everything is still equal the place
is SHARED (competition ranking 1, 2, 2, 4).  Never a random draw.

Only contestants who competed are ranked; 缺考 / 弃权 / 取消资格 are listed after them without a rank.
The result is a pure function of its inputs; a 裁判长 can redo it by hand from
``docs/rules-as-implemented.md``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from app.errors import Collected
from app.i18n import tr

# The status words are app.vocab's; re-exported because rules and their tests speak of them here.
from app.vocab import ABSENT as ABSENT
from app.vocab import COMPETED, RESULT_STATUSES
from app.vocab import DISQUALIFIED as DISQUALIFIED
from app.vocab import WITHDREW as WITHDREW
from app.vocab import status_label as status_label

STATUSES = RESULT_STATUSES  # only COMPETED is ranked

ModuleScores = tuple[tuple[str, Decimal], ...]


def _freeze_modules(scores: Mapping[str, Decimal] | Iterable[tuple[str, Decimal]]) -> ModuleScores:
    pairs = scores.items() if isinstance(scores, Mapping) else scores
    return tuple(sorted((str(code), value) for code, value in pairs))


@dataclass(frozen=True)
class Standing:
    """One contestant's result as the ranking sees it."""

    contestant: str  # registration number or blind code: any stable id
    status: str  # competed | absent 缺考 | withdrew 弃权 | disqualified 取消资格
    total: Decimal
    # Module code → score.  A dict may be passed; it is frozen into sorted (code, score) pairs so the
    # dataclass stays hashable and two equal standings compare equal.
    module_scores: ModuleScores | Mapping[str, Decimal] = ()
    time_used_s: int | None = None  # 用时 in seconds; None = not recorded (counts as the slowest)

    def __post_init__(self) -> None:
        object.__setattr__(self, "module_scores", _freeze_modules(self.module_scores))

    def module(self, code: str) -> Decimal:
        """Score of module ``code``; a module without a score counts as 0 (nothing earned)."""
        return dict(_freeze_modules(self.module_scores)).get(code, Decimal(0))


@dataclass(frozen=True)
class RankSettings:
    tie_break_modules: tuple[str, ...] = ()  # module codes, compared in this order, higher first
    use_time: bool = True  # then less time used first


@dataclass(frozen=True)
class Ranked:
    contestant: str
    rank: int | None  # None: not ranked (缺考/弃权/取消资格)
    status: str
    total: Decimal
    tied_with: tuple[str, ...]  # the others sharing exactly this place (after every tie-break)
    # When this contestant's total equals someone else's but the place was separated: the last
    # criterion that was needed to place them, e.g. "模块 B" or "用时".  None otherwise.
    tie_broken_by: str | None

    @property
    def shared(self) -> bool:
        return bool(self.tied_with)


_NO_TIME = 10**12  # sorts after every real time: "not recorded" is the worst


def sort_key(standing: Standing, settings: RankSettings) -> tuple[Any, ...]:
    """Smaller is better.  Equal keys ⇔ shared place."""
    key: list[Any] = [-standing.total]
    key += [-standing.module(code) for code in settings.tie_break_modules]
    if settings.use_time:
        key.append(standing.time_used_s if standing.time_used_s is not None else _NO_TIME)
    return tuple(key)


def criterion_labels(settings: RankSettings) -> tuple[str, ...]:
    """Names of the key positions after the total, as the report shows them."""
    labels = [tr("模块 {code}").format(code=code) for code in settings.tie_break_modules]
    if settings.use_time:
        labels.append(tr("用时"))
    return tuple(labels)


def check_standings(standings: Iterable[Standing]) -> None:
    """Reject input a ranking cannot be built from: unknown status, duplicate id, non-Decimal points."""
    problems = Collected()
    seen: set[str] = set()
    for s in standings:
        if s.contestant in seen:
            problems.add(tr("选手重复出现"), value=s.contestant)
        seen.add(s.contestant)
        if s.status not in STATUSES:
            problems.add(tr("未知的参赛状态"), column=s.contestant, value=s.status)
        if not isinstance(s.total, Decimal) or not s.total.is_finite():
            problems.add(tr("总分须为有限的十进制数"), column=s.contestant, value=str(s.total))
        for code, value in _freeze_modules(s.module_scores):
            if not isinstance(value, Decimal) or not value.is_finite():
                problems.add(tr("模块 {code} 的分数须为有限的十进制数").format(code=code),
                             column=s.contestant, value=str(value))
        if s.time_used_s is not None and s.time_used_s < 0:
            problems.add(tr("用时不能为负"), column=s.contestant, value=str(s.time_used_s))
    problems.raise_if_any(tr("成绩数据有误，无法排名"))


def _first_difference(a: tuple[Any, ...], b: tuple[Any, ...]) -> int | None:
    return next((i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y), None)


def _tie_depth(a: tuple[Any, ...] | None, b: tuple[Any, ...], same_total: bool) -> int | None:
    """``_first_difference`` of two keys of equal total (None when the totals differ or there is no ``a``)."""
    return _first_difference(a, b) if a is not None and same_total else None


def rank(standings: Iterable[Standing], settings: RankSettings) -> tuple[Ranked, ...]:
    """Ranked contestants in order (rank, then id), followed by the unranked (by id).

    Linear after the sort (a committee ranks ~15,000 people; this was quadratic): equal keys are one run of
    the sorted list, and the deepest criterion separating a contestant from the others of equal total is
    the one against the nearest different key of equal total before or after it — of keys in sorted
    order, the neighbours share the longest prefix.  tests/app/rules/test_ranking.py checks it against
    the pairwise definition.
    """
    standings = tuple(standings)
    check_standings(standings)
    labels = criterion_labels(settings)
    competed = [s for s in standings if s.status == COMPETED]
    keys = {s.contestant: sort_key(s, settings) for s in competed}
    ordered = sorted(competed, key=lambda s: (keys[s.contestant], s.contestant))
    ordered_keys = [keys[s.contestant] for s in ordered]

    # Runs of equal keys (a shared place): the run's first index is 1 + how many are strictly better.
    runs: list[tuple[int, int]] = []  # (start, end) per run, in order
    run_of: list[int] = []  # index into runs, per position
    for i, key in enumerate(ordered_keys):
        if not runs or ordered_keys[runs[-1][0]] != key:
            runs.append((i, i + 1))
        else:
            runs[-1] = (runs[-1][0], i + 1)
        run_of.append(len(runs) - 1)

    out: list[Ranked] = []
    for i, s in enumerate(ordered):
        key = ordered_keys[i]
        r = run_of[i]
        start, end = runs[r]
        tied = tuple(o.contestant for o in ordered[start:end] if o is not s)
        # The nearest different keys: the last of the run before, the first of the run after (equal total only).
        before = ordered[start - 1] if r > 0 else None
        after = ordered[end] if end < len(ordered) else None
        depths = [d for o in (before, after) if o is not None
                  and (d := _tie_depth(keys[o.contestant], key, o.total == s.total)) is not None]
        broken = labels[max(depths) - 1] if depths else None
        out.append(Ranked(s.contestant, start + 1, s.status, s.total, tied, broken))
    for s in sorted((s for s in standings if s.status != COMPETED), key=lambda s: s.contestant):
        out.append(Ranked(s.contestant, None, s.status, s.total, (), None))
    return tuple(out)


def separation_note(ranked: Sequence[Ranked], contestant: str, names: Mapping[str, str] | None = None) -> str:
    """In words, for the report line: which step separated equal totals ("" when none did).

    E.g. "总分与李四相同，按模块 B 分出先后" — the others named are those with the same total but a
    different place; ``names`` maps ids to what the reader should see (as in ``awards.allocate``).
    """
    me = next((r for r in ranked if r.contestant == contestant), None)
    if me is None or me.tie_broken_by is None or me.rank is None:
        return ""
    label = names or {}
    others = [label.get(o.contestant, o.contestant) for o in ranked
              if o.rank is not None and o.rank != me.rank and o.total == me.total]
    step = me.tie_broken_by + (" " if me.tie_broken_by[-1:].isascii() else "")  # "模块 B 分出", "用时分出"
    return tr("总分与{who}相同，按{step}分出先后").format(who="、".join(others), step=step)


def separation_notes(ranked: Sequence[Ranked], names: Mapping[str, str] | None = None) -> dict[str, str]:
    """``separation_note`` of every contestant in ``ranked`` at once (each looked up by id, the others of
    equal total grouped once: calling it per contestant scanned the whole list each time)."""
    label = names or {}
    by_total: dict[Decimal, list[Ranked]] = {}
    for o in ranked:
        if o.rank is not None:
            by_total.setdefault(o.total, []).append(o)
    out: dict[str, str] = {}
    for me in ranked:
        if me.contestant in out:
            continue  # the first line of an id speaks for it, as in separation_note
        if me.tie_broken_by is None or me.rank is None:
            out[me.contestant] = ""
            continue
        others = [label.get(o.contestant, o.contestant) for o in by_total.get(me.total, []) if o.rank != me.rank]
        step = me.tie_broken_by + (" " if me.tie_broken_by[-1:].isascii() else "")
        out[me.contestant] = tr("总分与{who}相同，按{step}分出先后").format(who="、".join(others), step=step)
    return out

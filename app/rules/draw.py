"""Auditable lot drawing (抽签) of stations (工位号) and blind codes (加密号).

Why not ``random``: the draw must be re-runnable by anyone from its record (item code,
witness values, roster, station labels) with nothing but SHA-256, so every random number
comes from a documented hash stream.  Witness values are numbers called out in public at
the draw (e.g. by two contestant representatives), so nobody — not even the operator —
can steer the result.  ``docs/draw-algorithm.md`` describes the algorithm byte for byte.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, MutableSequence, Sequence
from dataclasses import dataclass
from typing import TypeVar

from app.errors import Collected, ValidationError
from app.i18n import tr

ALGORITHM_VERSION = "vs-draw-1"

T = TypeVar("T")


@dataclass(frozen=True)
class DrawInput:
    item_code: str
    witness_values: tuple[str, ...]  # 见证值, called out in public; at least two
    entrants: tuple[str, ...]  # registration numbers (报名号), any order
    stations: tuple[str, ...]  # available station labels, e.g. "01".."40"
    code_length: int = 3  # digits of a blind code; grows automatically if too few codes


@dataclass(frozen=True)
class Assignment:
    entrant: str
    station: str  # 工位号
    blind_code: str  # 加密号


@dataclass(frozen=True)
class DrawResult:
    algorithm: str
    seed_hex: str
    assignments: tuple[Assignment, ...]  # in sorted entrant order


# --------------------------------------------------------------------------- seed


def canonical_json(inp: DrawInput, algorithm: str = ALGORITHM_VERSION) -> str:
    """The exact text that is hashed into the seed (shown to auditors)."""
    doc = {
        "algorithm": algorithm,
        "item_code": inp.item_code,
        "witness_values": [w.strip() for w in inp.witness_values],
        "entrants": sorted(inp.entrants),  # roster order must not matter
        "stations": list(inp.stations),  # given order matters: it is the shuffle's start
    }
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def make_seed(inp: DrawInput, algorithm: str = ALGORITHM_VERSION) -> bytes:
    """SHA-256 of the UTF-8 canonical JSON of the draw input (32 bytes)."""
    return hashlib.sha256(canonical_json(inp, algorithm).encode("utf-8")).digest()


def derive_seed(seed: bytes, *parts: bytes) -> bytes:
    """SHA-256(seed || part1 || part2 ...): an independent stream for a sub-draw."""
    h = hashlib.sha256(seed)
    for part in parts:
        h.update(part)
    return h.digest()


# --------------------------------------------------------------------------- stream


class DrawStream:
    """Deterministic byte stream: SHA-256(seed || counter) for counter = 0, 1, 2, ...

    The counter is an unsigned 8-byte big-endian integer.  Bytes are consumed in order;
    what one call leaves of a block is used by the next call.
    """

    def __init__(self, seed: bytes) -> None:
        self._seed = bytes(seed)
        self._counter = 0
        self._buffer = b""

    def read(self, n: int) -> bytes:
        while len(self._buffer) < n:
            block = hashlib.sha256(self._seed + self._counter.to_bytes(8, "big")).digest()
            self._buffer += block
            self._counter += 1
        out, self._buffer = self._buffer[:n], self._buffer[n:]
        return out

    def randbelow(self, n: int) -> int:
        """Uniform integer in [0, n) by rejection sampling (no modulo bias).

        k = bit length of n-1; read ceil(k/8) bytes, big-endian, keep the low k bits;
        retry while the number is >= n.  n == 1 returns 0 and reads nothing.
        """
        if n < 1:
            raise ValueError("randbelow needs n >= 1")
        if n == 1:
            return 0
        k = (n - 1).bit_length()
        nbytes = (k + 7) // 8
        mask = (1 << k) - 1
        while True:
            x = int.from_bytes(self.read(nbytes), "big") & mask
            if x < n:
                return x

    def shuffle(self, items: MutableSequence[T]) -> None:
        """Fisher–Yates (Durstenfeld) in place: for i = len-1 down to 1, swap i with randbelow(i+1)."""
        for i in range(len(items) - 1, 0, -1):
            j = self.randbelow(i + 1)
            items[i], items[j] = items[j], items[i]

    def __iter__(self) -> DrawStream:
        return self

    def __next__(self) -> int:
        """Uniform 64-bit integers (8 bytes, big-endian) for callers that want raw numbers."""
        return int.from_bytes(self.read(8), "big")


# --------------------------------------------------------------------------- codes


def _code_space(length: int) -> range:
    """Codes of ``length`` digits without a leading zero: 100..999 for 3 digits."""
    return range(10 ** (length - 1), 10**length)


def _fit_length(min_length: int, excluded: set[str], needed: int) -> int:
    """Smallest length >= min_length with MORE free codes than ``needed``.

    Strictly more, so the last code is still drawn from at least two (never forced).
    """
    length = min_length
    while True:
        space = _code_space(length)
        blocked = sum(
            1 for c in excluded if len(c) == length and c.isascii() and c.isdigit() and int(c) in space
        )
        if len(space) - blocked > needed:
            return length
        length += 1


def draw_codes(stream: DrawStream, count: int, min_length: int, excluded: set[str]) -> list[str]:
    """``count`` distinct codes, none in ``excluded``: draw uniformly, redraw on a clash."""
    length = _fit_length(min_length, excluded, count)
    space = _code_space(length)
    used: set[str] = set()
    codes: list[str] = []
    while len(codes) < count:
        code = str(space.start + stream.randbelow(len(space)))
        if code in excluded or code in used:
            continue
        used.add(code)
        codes.append(code)
    return codes


# --------------------------------------------------------------------------- draw


def check_input(inp: DrawInput) -> None:
    """Raise ValidationError listing every problem with the draw input."""
    found = Collected()
    if len(inp.witness_values) < 2:
        found.add(tr("至少需要 2 个见证值（现有 {n} 个）").format(n=len(inp.witness_values)))
    for i, w in enumerate(inp.witness_values, start=1):
        if not w.strip():
            found.add(tr("第 {i} 个见证值为空").format(i=i))
    if not inp.item_code.strip():
        found.add(tr("项目代码不能为空"))
    if any(not e.strip() for e in inp.entrants):
        found.add(tr("报名号不能为空"))
    for entrant, n in sorted(Counter(inp.entrants).items()):
        if n > 1:
            found.add(tr("报名号 {e} 重复（出现 {n} 次）").format(e=entrant, n=n))
    for station, n in sorted(Counter(inp.stations).items()):
        if n > 1:
            found.add(tr("工位号 {s} 重复（出现 {n} 次）").format(s=station, n=n))
    if len(inp.stations) < len(inp.entrants):
        found.add(tr("工位数（{s}）少于参赛人数（{n}）").format(s=len(inp.stations), n=len(inp.entrants)))
    if inp.code_length < 1:
        found.add(tr("加密号位数至少为 1（现为 {n}）").format(n=inp.code_length))
    found.raise_if_any(tr("抽签输入有误，未抽签"))


def shuffled_stations(seed: bytes, stations: Sequence[str]) -> list[str]:
    """Step 4: the station list shuffled by DrawStream(seed); the i-th sorted entrant gets the i-th."""
    out = list(stations)
    DrawStream(seed).shuffle(out)
    return out


def assemble(algorithm: str, seed: bytes, entrants: Sequence[str], stations: Sequence[str],
             codes: Sequence[str]) -> DrawResult:
    ordered = sorted(entrants)
    return DrawResult(algorithm=algorithm, seed_hex=seed.hex(), assignments=tuple(
        Assignment(entrant=e, station=stations[i], blind_code=codes[i]) for i, e in enumerate(ordered)))


def run_draw(inp: DrawInput) -> DrawResult:
    """Draw stations and blind codes; the same input always gives the same result."""
    check_input(inp)
    seed = make_seed(inp)
    stations = shuffled_stations(seed, inp.stations)
    blind_stream = DrawStream(derive_seed(seed, b"blind"))
    codes = draw_codes(blind_stream, len(inp.entrants), inp.code_length, set(inp.stations))
    return assemble(ALGORITHM_VERSION, seed, inp.entrants, stations, codes)


def verify_draw(inp: DrawInput, recorded: DrawResult) -> list[str]:
    """Re-run the draw and describe every difference from the record (empty list = it matches)."""
    if recorded.algorithm != ALGORITHM_VERSION:
        return [
            tr("算法版本不一致：记录为 {rec}，本程序为 {cur}，无法重算").format(
                rec=recorded.algorithm, cur=ALGORITHM_VERSION
            )
        ]
    try:
        fresh = run_draw(inp)
    except ValidationError as err:
        return [tr("无法重算：{err}").format(err=err)]
    return differences(fresh, recorded)


def differences(fresh: DrawResult, recorded: DrawResult, *, codes: bool = True) -> list[str]:
    """Every difference between a re-computed draw and its record, in words (``codes``: compare blind codes
    too; a sealed draw's codes are compared only once its secret is revealed)."""
    problems: list[str] = []
    if recorded.seed_hex.lower() != fresh.seed_hex:
        problems.append(
            tr("种子不一致：记录为 {rec}，重算为 {cur}").format(rec=recorded.seed_hex, cur=fresh.seed_hex)
        )
    counts = Counter(a.entrant for a in recorded.assignments)
    for entrant, n in sorted(counts.items()):
        if n > 1:
            problems.append(tr("记录中报名号 {e} 出现 {n} 次").format(e=entrant, n=n))
    by_entrant = {a.entrant: a for a in recorded.assignments}
    expected = {a.entrant: a for a in fresh.assignments}
    for entrant in sorted(expected):
        want = expected[entrant]
        got = by_entrant.get(entrant)
        if got is None:
            problems.append(tr("记录中缺少报名号 {e} 的抽签结果").format(e=entrant))
            continue
        if got.station != want.station:
            problems.append(
                tr("报名号 {e} 的工位号：记录为 {rec}，重算为 {cur}").format(
                    e=entrant, rec=got.station, cur=want.station
                )
            )
        if codes and got.blind_code != want.blind_code:
            problems.append(
                tr("报名号 {e} 的加密号：记录为 {rec}，重算为 {cur}").format(
                    e=entrant, rec=got.blind_code, cur=want.blind_code
                )
            )
    for entrant in sorted(set(by_entrant) - set(expected)):
        problems.append(tr("记录中有不在名单中的报名号 {e}").format(e=entrant))
    return problems


# --------------------------------------------------------------------------- after the draw


def station_order_key(label: str) -> tuple[int, int, str]:
    """Label order: numeric labels by value ("2" before "10"), then the others alphabetically."""
    if label.isascii() and label.isdigit():
        return (0, int(label), label)
    return (1, 0, label)


def assign_late(
    entrant: str,
    taken_stations: Iterable[str],
    all_stations: Sequence[str],
    taken_codes: Iterable[str],
    seed: bytes,
    n: int,
    code_length: int | None = None,
) -> Assignment:
    """Station and blind code for the ``n``-th late arrival (n = 1, 2, ... in order of arrival).

    Rule: the lowest-numbered free station (see ``station_order_key``); the blind code is drawn
    from SHA-256(seed || b"late" || n as 8-byte big-endian || entrant UTF-8), avoiding codes
    already given and station labels.  Code length: ``code_length``, else the longest code
    already given, else 3 (grows automatically if no code is free).
    """
    station = late_station(entrant, taken_stations, all_stations, n)
    codes_taken = set(taken_codes)
    length = late_code_length(codes_taken, code_length)
    stream = DrawStream(derive_seed(seed, b"late", n.to_bytes(8, "big"), entrant.encode("utf-8")))
    code = draw_codes(stream, 1, length, codes_taken | set(all_stations))[0]
    return Assignment(entrant=entrant, station=station, blind_code=code)


def late_station(entrant: str, taken_stations: Iterable[str], all_stations: Sequence[str], n: int) -> str:
    """The lowest-numbered free station (``station_order_key``) for the ``n``-th late arrival."""
    if not entrant.strip():
        raise ValidationError(tr("报名号不能为空"))
    if n < 1:
        raise ValidationError(tr("迟到序号须从 1 开始（现为 {n}）").format(n=n))
    taken = set(taken_stations)
    free = sorted((s for s in set(all_stations) if s not in taken), key=station_order_key)
    if not free:
        raise ValidationError(tr("没有空闲工位，无法为报名号 {e} 分配工位").format(e=entrant))
    return free[0]


def late_code_length(codes_taken: Iterable[str], code_length: int | None) -> int:
    """``code_length``, else the longest code already given, else 3 (grows later if no code is free)."""
    length = code_length if code_length is not None else max((len(c) for c in codes_taken), default=3)
    if length < 1:
        raise ValidationError(tr("加密号位数至少为 1（现为 {n}）").format(n=length))
    return length


def second_codes(
    seed: bytes, module_code: str, blind_codes: tuple[str, ...], length: int = 4
) -> dict[str, str]:
    """Second-level codes (二次加密) of the work pieces of one module: blind code -> second code.

    Drawn from SHA-256(seed || b"second" || module_code UTF-8) for the blind codes in sorted
    order; distinct, never equal to a blind code, so a sheet cannot be read back by sight.
    """
    stream = DrawStream(derive_seed(seed, b"second", module_code.encode("utf-8")))
    return second_codes_from(stream, blind_codes, length)


def second_codes_from(stream: DrawStream, blind_codes: tuple[str, ...], length: int) -> dict[str, str]:
    """The blind codes in sorted order each get a code from ``stream`` (distinct, never a blind code)."""
    counts = Counter(blind_codes)
    dupes = sorted(c for c, k in counts.items() if k > 1)
    if dupes:
        raise ValidationError(tr("加密号重复：{codes}").format(codes="、".join(dupes)))
    if length < 1:
        raise ValidationError(tr("二次加密号位数至少为 1（现为 {n}）").format(n=length))
    ordered = sorted(blind_codes)
    codes = draw_codes(stream, len(ordered), length, set(ordered))
    return dict(zip(ordered, codes, strict=True))


def default_stations(n: int) -> tuple[str, ...]:
    """Station labels "01".."n", zero-padded to width max(2, digits of n)."""
    if n < 0:
        raise ValueError("number of stations must be >= 0")
    width = max(2, len(str(n)))
    return tuple(str(i).zfill(width) for i in range(1, n + 1))

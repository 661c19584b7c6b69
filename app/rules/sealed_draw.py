"""`vs-draw-2`: the commit–reveal draw (抽签承诺与揭示).

In ``vs-draw-1`` every blind code followed from public inputs alone (witness values, the sorted 报名号,
the stations), so anyone holding the roster could re-run the draw and link every blind code to a name
before decryption.  ``vs-draw-2`` keeps the stations exactly as reproducible as before, but each
*blinding* stage mixes in a fresh 256-bit secret from the operating system's random source:

- the main draw's blind codes (stage ``blind``),
- each late arrival's blind code (stage ``late|n``),
- each module's 二次加密 (stage ``second|<module>``).

At the draw only a **commitment** to the secret is published (printed, recorded, audited); the secret
and the codes it gives are sealed to the head judge.  At decryption the secret is revealed; anyone can
then check it against the commitment and re-compute every code.  Everything here is pure (the caller
supplies the secret); ``docs/draw-algorithm.md`` describes it byte for byte with a stdlib reference.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable, Sequence

from app.errors import ValidationError
from app.i18n import tr
from app.rules.draw import (
    Assignment,
    DrawInput,
    DrawResult,
    DrawStream,
    assemble,
    check_input,
    derive_seed,
    draw_codes,
    late_code_length,
    late_station,
    make_seed,
    second_codes_from,
    shuffled_stations,
)

ALGORITHM_VERSION = "vs-draw-2"
SECRET_BYTES = 32  # 256 bits from the OS random source (secrets.token_bytes); at least 128 are required
BLIND = "blind"


def late_stage(n: int) -> str:
    return f"late|{n}"


def second_stage(module_code: str) -> str:
    return f"second|{module_code}"


def check_secret(secret: bytes) -> None:
    if len(secret) != SECRET_BYTES:
        raise ValidationError(tr("抽签密钥长度不对：应为 {n} 字节（现为 {k}）").format(n=SECRET_BYTES, k=len(secret)))


def commitment(seed: bytes, stage: str, secret: bytes) -> str:
    """SHA-256 of the UTF-8 text ``vs-draw-2|commit|<seed hex>|<stage>|`` followed by the 32 secret bytes.

    The text part separates the domain (not a seed, not a stream), binds the commitment to this draw's
    seed and stage, and has a fixed-length secret after it, so two different (seed, stage, secret)
    never hash the same bytes.  The secret has 256 bits: the commitment hides it.
    """
    check_secret(secret)
    prefix = f"{ALGORITHM_VERSION}|commit|{seed.hex()}|{stage}|".encode()
    return hashlib.sha256(prefix + secret).hexdigest()


def commitment_problem(seed: bytes, stage: str, secret_hex: str, recorded: str) -> str | None:
    """Why a revealed secret does not open the recorded commitment (None if it does), in words."""
    try:
        secret = bytes.fromhex(secret_hex)
        computed = commitment(seed, stage, secret)
    except (ValueError, ValidationError):
        return tr("揭示的密钥格式不正确（应为 {n} 位十六进制）").format(n=2 * SECRET_BYTES)
    if not hmac.compare_digest(computed, (recorded or "").lower()):
        return tr("密钥与承诺值不符：记录的承诺值为 {rec}，揭示的密钥算得 {cur}").format(rec=recorded, cur=computed)
    return None


# --------------------------------------------------------------------------- the three blinding stages


def run_draw(inp: DrawInput, secret: bytes) -> DrawResult:
    """Stations exactly as vs-draw-1 does them (from the public seed); blind codes from
    DrawStream(SHA-256(seed || "blind" || secret))."""
    check_input(inp)
    check_secret(secret)
    seed = make_seed(inp, ALGORITHM_VERSION)
    stations = shuffled_stations(seed, inp.stations)
    stream = DrawStream(derive_seed(seed, b"blind", secret))
    codes = draw_codes(stream, len(inp.entrants), inp.code_length, set(inp.stations))
    return assemble(ALGORITHM_VERSION, seed, inp.entrants, stations, codes)


def public_stations(inp: DrawInput) -> DrawResult:
    """What anyone can re-compute before decryption: the seed and the stations (blind codes left empty)."""
    check_input(inp)
    seed = make_seed(inp, ALGORITHM_VERSION)
    stations = shuffled_stations(seed, inp.stations)
    return assemble(ALGORITHM_VERSION, seed, inp.entrants, stations, [""] * len(inp.entrants))


def late_code(entrant: str, all_stations: Sequence[str], taken_codes: Iterable[str], seed: bytes, n: int,
              secret: bytes, code_length: int | None = None) -> str:
    """The ``n``-th late arrival's blind code: drawn as in step 5.3 from
    DrawStream(SHA-256(seed || "late" || n as 8-byte big-endian || secret || entrant UTF-8)), avoiding
    ``taken_codes`` (the main draw's codes and the earlier late arrivals') and every station label."""
    check_secret(secret)
    codes_taken = set(taken_codes)
    length = late_code_length(codes_taken, code_length)
    stream = DrawStream(derive_seed(seed, b"late", n.to_bytes(8, "big"), secret, entrant.encode("utf-8")))
    return draw_codes(stream, 1, length, codes_taken | set(all_stations))[0]


def assign_late(entrant: str, taken_stations: Iterable[str], all_stations: Sequence[str],
                taken_codes: Iterable[str], seed: bytes, n: int, secret: bytes,
                code_length: int | None = None) -> Assignment:
    """Station (public rule: the lowest free one) and sealed blind code of the ``n``-th late arrival."""
    station = late_station(entrant, taken_stations, all_stations, n)
    return Assignment(entrant, station, late_code(entrant, all_stations, taken_codes, seed, n, secret, code_length))


def second_codes(seed: bytes, module_code: str, blind_codes: tuple[str, ...], secret: bytes,
                 length: int = 4) -> dict[str, str]:
    """二次加密 of one module: the blind codes in sorted order each get a code from
    DrawStream(SHA-256(seed || "second" || secret || module code UTF-8))."""
    check_secret(secret)
    stream = DrawStream(derive_seed(seed, b"second", secret, module_code.encode("utf-8")))
    return second_codes_from(stream, blind_codes, length)

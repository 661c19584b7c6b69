"""The sealed side of a ``vs-draw-2`` draw: sealing each stage's secret for the head judge, opening it with
the vault, releasing late arrivals' codes to the scoring room, and revealing everything at decryption.

Each sealed draw row carries an age file (``draw.sealed``, app.sealing) of this JSON:

    {"format": "venuescore-sealed-draw", "version": 1, "algorithm": "vs-draw-2", "stage": "blind",
     "seed": <seed hex>, "commitment": <hex>, "secret": <64 hex digits>, "codes": {...}}

``codes``: main draw 报名号 → blind code; 二次加密 blind code → second code; a late arrival's payload has
its ``entrant`` and no code: the code depends on the earlier late arrivals' codes, which the check-in desk
cannot open, so it is computed when the head judge opens the draw (``release_late_codes``, decryption).
Whatever is opened is checked against the clear record: the secret must open the commitment and give
exactly the codes sealed with it, or the file has been tampered with (IntegrityError names the record).
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import now
from app.errors import IntegrityError, ValidationError
from app.i18n import tr
from app.roles import Actor
from app.rules import draw as rules
from app.rules import sealed_draw
from app.services import audit, blind, draw_records, vault
from db.models import BlindCode, Contestant, Draw, DrawReveal, SecondCode

FORMAT, VERSION = "venuescore-sealed-draw", 1


def fresh_secret() -> bytes:
    """256 bits from the operating system's random source (never a seeded generator)."""
    return secrets.token_bytes(sealed_draw.SECRET_BYTES)


def stage_of(d: Draw) -> str:
    if d.kind == draw_records.MAIN:
        return sealed_draw.BLIND
    if d.kind == draw_records.LATE:
        return sealed_draw.late_stage(int(d.inputs["n"]))
    return sealed_draw.second_stage(str(d.inputs["module_code"]))


def seal(s: Session, seed_hex: str, stage: str, secret: bytes, **content: Any) -> tuple[str, bytes]:
    """(commitment, sealed blob) for one stage; nothing secret leaves this function in the clear."""
    commitment = sealed_draw.commitment(bytes.fromhex(seed_hex), stage, secret)
    payload = {"format": FORMAT, "version": VERSION, "algorithm": sealed_draw.ALGORITHM_VERSION, "stage": stage,
               "seed": seed_hex, "commitment": commitment, "secret": secret.hex(), **content}
    data = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return commitment, vault.seal_to_head_judge(s, data)


# ------------------------------------------------------------------------------------ re-computing a stage


def main_input(d: Draw) -> rules.DrawInput:
    i = d.inputs
    return rules.DrawInput(i["item_code"], tuple(i["witness_values"]), tuple(i["entrants"]), tuple(i["stations"]),
                           int(i.get("code_length", 3)))


def main_codes(d: Draw, secret: bytes) -> dict[str, str]:
    """报名号 → blind code of a sealed main draw, re-computed from its public input and the secret."""
    return {a.entrant: a.blind_code for a in sealed_draw.run_draw(main_input(d), secret).assignments}


def late_codes(main: Draw, main_codes_: dict[str, str], lates: list[Draw], secret_of: dict[int, bytes]) -> dict[int, str]:
    """late draw id → code, in arrival order: each avoids the main draw's codes and the earlier late codes."""
    taken = set(main_codes_.values())
    out: dict[int, str] = {}
    for d in sorted(lates, key=lambda x: int(x.inputs["n"])):
        if d.id not in secret_of:
            break  # a later arrival's code depends on this one
        i = d.inputs
        code = sealed_draw.late_code(i["entrant"], i["all_stations"], taken, bytes.fromhex(main.seed_hex),
                                     int(i["n"]), secret_of[d.id], i.get("code_length"))
        taken.add(code)
        out[d.id] = code
    return out


def second_codes_of(d: Draw, secret: bytes) -> dict[str, str]:
    i = d.inputs
    return sealed_draw.second_codes(bytes.fromhex(d.seed_hex), str(i["module_code"]), tuple(i["blind_codes"]), secret,
                                    int(i["length"]))


# ------------------------------------------------------------------------------------ opening


@dataclass
class Opened:
    """Every sealed draw opened with the vault (in memory only)."""

    secrets: dict[int, bytes] = field(default_factory=dict)  # draw id → secret
    main: dict[int, dict[str, str]] = field(default_factory=dict)  # main draw id → 报名号 → code
    late: dict[int, str] = field(default_factory=dict)  # late draw id → code
    second: dict[int, dict[str, str]] = field(default_factory=dict)  # second-code draw id → blind → second


def _tampered(d: Draw, why: str) -> IntegrityError:
    return IntegrityError(tr("第 {id} 号抽签记录的密封内容与记录不符（{why}）：赛场文件可能被改动，请从备份恢复。").format(
        id=d.id, why=why))


def open_payload(unlocked: vault.Unlocked, d: Draw) -> dict[str, Any]:
    """The sealed JSON of one draw row, checked against the clear record (stage, commitment)."""
    if d.sealed is None or d.commitment is None:
        raise _tampered(d, tr("缺少密封内容或承诺值"))
    try:
        payload = json.loads(unlocked.open(d.sealed))
    except ValueError as exc:
        raise _tampered(d, tr("不是 JSON")) from exc
    if not isinstance(payload, dict) or payload.get("format") != FORMAT or payload.get("version") != VERSION:
        raise _tampered(d, tr("格式"))
    if payload.get("stage") != stage_of(d) or payload.get("seed") != d.seed_hex:
        raise _tampered(d, tr("阶段或种子"))
    problem = sealed_draw.commitment_problem(bytes.fromhex(d.seed_hex), stage_of(d), str(payload.get("secret")),
                                             d.commitment)
    if problem is not None:
        raise _tampered(d, problem)
    return payload


def sealed_rows(s: Session) -> list[Draw]:
    return [d for d in s.scalars(select(Draw).order_by(Draw.id)) if draw_records.is_sealed(d)]


def open_all(s: Session, unlocked: vault.Unlocked) -> Opened:
    """Open every sealed draw, re-compute what each secret gives and compare it with what was sealed."""
    out = Opened()
    rows = sealed_rows(s)
    payloads = {d.id: open_payload(unlocked, d) for d in rows}
    for d in rows:
        out.secrets[d.id] = bytes.fromhex(payloads[d.id]["secret"])
    for d in rows:
        p = payloads[d.id]
        try:
            if d.kind == draw_records.MAIN:
                out.main[d.id] = main_codes(d, out.secrets[d.id])
                if out.main[d.id] != p.get("codes"):
                    raise _tampered(d, tr("密封的加密号与密钥重算的不同"))
            elif d.kind == draw_records.SECOND_CODE:
                out.second[d.id] = second_codes_of(d, out.secrets[d.id])
                if out.second[d.id] != p.get("codes"):
                    raise _tampered(d, tr("密封的二次加密号与密钥重算的不同"))
            elif d.kind == draw_records.LATE and p.get("entrant") != d.inputs.get("entrant"):
                raise _tampered(d, tr("报名号"))
        except (KeyError, TypeError, ValueError, ValidationError) as exc:
            raise _tampered(d, str(exc)) from exc
    mains = {d.id: d for d in rows if d.kind == draw_records.MAIN}
    for main_id, main in mains.items():
        lates = [d for d in rows if d.kind == draw_records.LATE and d.inputs.get("main_draw_id") == main_id]
        out.late.update(late_codes(main, out.main[main_id], lates, out.secrets))
    return out


# ------------------------------------------------------------------------------------ the code book


@dataclass(frozen=True)
class CodeBook:
    """Who holds which code, for the head judge's envelope and door list (or anyone after decryption)."""

    codes: dict[str, str]  # 报名号 → blind code (the main draw in force and its late arrivals)
    seconds: dict[str, dict[str, str]]  # blind code → {module: 二次加密号}


def codebook(s: Session, unlocked: vault.Unlocked | None = None) -> CodeBook | None:
    """The mapping if it is open to this caller: an unsealed (vs-draw-1) draw, a decrypted one, or a sealed
    one opened with the head judge's vault; ``None`` while it stays sealed."""
    main = draw_records.main_draw(s)
    if main is None:
        return CodeBook({}, {})
    if not draw_records.is_sealed(main):
        reg = dict(s.execute(select(Contestant.id, Contestant.reg_no)).all())
        current = draw_records.current_assignments(s)
        codes = {reg[cid]: a.blind_code for cid, a in current.items() if a.blind_code is not None}
        by_cid = {cid: a.blind_code for cid, a in current.items()}
        seconds: dict[str, dict[str, str]] = {}
        for sc in s.scalars(select(SecondCode).order_by(SecondCode.module_code)):
            code = by_cid.get(sc.contestant_id)
            if code is not None:
                seconds.setdefault(code, {})[sc.module_code] = sc.code
        return CodeBook(codes, seconds)
    seconds_by_draw: dict[int, dict[str, str]]
    if draw_records.is_decrypted(s):
        codes = blind.revealed_codes(s, main)
        reveals = {r.draw_id: r for r in s.scalars(select(DrawReveal))}
        seconds_by_draw = {d.id: dict(reveals[d.id].result.get("codes", {}))
                           for d in draw_records.draws_after(s, main, draw_records.SECOND_CODE) if d.id in reveals}
    elif unlocked is not None:
        opened = open_all(s, unlocked)
        codes = dict(opened.main.get(main.id, {}))
        codes.update({d.inputs["entrant"]: opened.late[d.id]
                      for d in draw_records.draws_after(s, main, draw_records.LATE) if d.id in opened.late})
        seconds_by_draw = {d.id: opened.second[d.id] for d in draw_records.draws_after(s, main, draw_records.SECOND_CODE)
                           if d.id in opened.second}
    else:
        return None
    seconds = {}
    for d in draw_records.draws_after(s, main, draw_records.SECOND_CODE):
        for code, second in seconds_by_draw.get(d.id, {}).items():
            seconds.setdefault(code, {})[str(d.inputs["module_code"])] = second
    return CodeBook(codes, seconds)


# ------------------------------------------------------------------------------------ release and reveal


def release_late_codes(s: Session, actor: Actor, unlocked: vault.Unlocked) -> list[str]:
    """Add the late arrivals' codes, opened with the vault, to the scoring room's list (sorted, together),
    so judges can score them; returns the codes newly released."""
    main = draw_records.main_draw(s)
    if main is None or not draw_records.is_sealed(main) or not blind.pending_late(s):
        return []
    opened = open_all(s, unlocked)
    lates = draw_records.draws_after(s, main, draw_records.LATE)
    have = {bc.code for bc in blind.current_codes(s)}
    fresh = sorted(opened.late[d.id] for d in lates if d.id in opened.late and opened.late[d.id] not in have)
    rows = [BlindCode(draw_id=main.id, code=code, origin=blind.LATE) for code in fresh]
    s.add_all(rows)
    # Several late arrivals released together are not told apart: the list is in code order, no names.
    audit.append_fact(s, actor, "draw.release_codes", *rows, count=len(rows))
    return fresh


def reveal_all(s: Session, actor: Actor, unlocked: vault.Unlocked) -> list[DrawReveal]:
    """Decryption: write every sealed draw's secret and what it gave (``draw_reveal``, audited by the caller
    with the decryption itself); refuses (IntegrityError) if any sealed stage does not open its commitment."""
    opened = open_all(s, unlocked)
    done = {r.draw_id for r in s.scalars(select(DrawReveal))}
    out = []
    at = now()
    for d in sealed_rows(s):
        if d.id in done:
            continue
        if d.kind == draw_records.MAIN:
            result: dict[str, Any] = {"codes": opened.main[d.id]}
        elif d.kind == draw_records.LATE:
            result = {"entrant": d.inputs["entrant"], "blind_code": opened.late[d.id]}
        else:
            result = {"module_code": d.inputs["module_code"], "codes": opened.second[d.id]}
        row = DrawReveal(draw_id=d.id, secret_hex=opened.secrets[d.id].hex(), result=result, actor=actor.name, at=at)
        s.add(row)
        out.append(row)
    s.flush()
    return out

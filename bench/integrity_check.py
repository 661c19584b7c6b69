"""What the integrity check costs on a large venue file (100,000 audit records), against reading it raw.

Run: python bench/integrity_check.py [records]
Builds the demo venue (scored and locked) and appends ``records`` typed score corrections, each a
``score_entry`` row with its audit record holding the row in full (exactly what ``audit.append_fact``
writes, generated directly so the set-up takes seconds).  Then measures, on that file:
- the baseline: reading ``audit_record`` and ``score_entry`` whole with plain sqlite3 (fetchall);
- the chain check (every record re-hashed), the facts ↔ audit comparison, the checkpoints, the backups,
  and the whole ``integrity.check`` (what opening the file in the GUI, ``audit verify`` and the CLI's first
  write run);
- the CLI end to end: a reading command (no check), a writing command on a file not seen before (whole
  check, then write) and the same command again (the file's bytes are those that passed: hashed, not
  re-checked); and the baseline process start (`venuescore --version`).
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from app.services import audit, audit_facts, backup, checkpoints, demo, integrity
from app.services.audit import record_digest
from db.venue_file import open_venue


def canonical(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def grow(path: Path, records: int) -> None:
    conn = sqlite3.connect(path)
    seq, prev = conn.execute("SELECT seq, hash FROM audit_record ORDER BY seq DESC LIMIT 1").fetchone()
    template = conn.execute("SELECT criterion_id, blind_code_id, judge_id, value FROM score_entry "
                            "WHERE judge_id IS NULL ORDER BY id LIMIT 1").fetchone()
    next_id = conn.execute("SELECT max(id) FROM score_entry").fetchone()[0] + 1
    at = "2026-11-28T15:00:00.000000+08:00"
    for n in range(records):
        row = {"id": next_id + n, "criterion_id": template[0], "blind_code_id": template[1], "judge_id": None,
               "value": str(n % 10), "kind": "correction", "supersedes_id": None, "reason": "bench",
               "entered_by": "裁判长", "entered_role": "head_judge", "entered_at": at}
        conn.execute(f"INSERT INTO score_entry ({', '.join(row)}) VALUES ({', '.join(':' + k for k in row)})", row)
        seq += 1
        data = {"criterion": "A1.1", "entry": row["id"], "value": row["value"], "facts": [
            {"table": "score_entry", "row": row}]}
        digest = record_digest(prev, seq, at, "郑雪娜", "head_judge", "score.correction", data)
        conn.execute("INSERT INTO audit_record VALUES (?,?,?,?,?,?,?,?)",
                     (seq, at, "郑雪娜", "head_judge", "score.correction", canonical(data), prev, digest))
        prev = digest
    conn.commit()
    conn.close()


def timed(label: str, fn, repeat: int = 3) -> float:  # type: ignore[no-untyped-def]
    best = min(_once(fn) for _ in range(repeat))
    print(f"  {label:<46} {best * 1000:8.0f} ms")
    return best


def _once(fn) -> float:  # type: ignore[no-untyped-def]
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def main(records: int) -> None:
    with tempfile.TemporaryDirectory(prefix="h10b-bench-") as tmp:
        os.environ["VENUESCORE_DATA_DIR"] = str(Path(tmp) / "data")
        files = demo.build_demo(Path(tmp) / "demo")
        venue_path = files.venue
        t = time.perf_counter()
        grow(venue_path, records)
        size = venue_path.stat().st_size
        print(f"venue file: {records:,} extra audit records, {size / 1e6:.1f} MB (built in {time.perf_counter() - t:.1f} s)")
        with open_venue(venue_path) as v:
            for _ in range(30):
                backup.backup_now(v, "periodic")
            with v.unit_of_work() as s:
                count = audit.head(s)[0]
            print(f"audit records: {count:,}; backups: {len(backup.venue_backups(v))}")

            def raw() -> None:
                conn = sqlite3.connect(venue_path)
                conn.execute("SELECT * FROM audit_record").fetchall()
                conn.execute("SELECT * FROM score_entry").fetchall()
                conn.close()
            base = timed("baseline: raw read of audit + score_entry", raw)

            def in_session(fn):  # type: ignore[no-untyped-def]
                def run() -> None:
                    with v.unit_of_work() as s:
                        fn(s)
                return run
            parts = {
                "chain (re-hash every record)": in_session(audit.verify_chain),
                "facts ↔ audit, both ways": in_session(audit_facts.verify),
                "signed checkpoints": in_session(checkpoints.verify),
                "backups' chain heads": in_session(lambda s: backup.chain_problems(s, backup.venue_backups(v))),
                "whole integrity.check (quick_check + all)": lambda: integrity.check(v),
            }
            for label, fn in parts.items():
                took = timed(label, fn)
                print(f"  {'':<46} {took / base:8.1f} × baseline")
        env = {**os.environ, "VENUESCORE_USER": demo.HEAD_JUDGE, "VENUESCORE_PIN": demo.HEAD_PIN}

        def run(args: list[str]) -> float:
            t = time.perf_counter()
            done = subprocess.run([sys.executable, "-m", "app", *args], env=env, capture_output=True, text=True,
                                  check=False)
            assert done.returncode == 0, done.stderr
            return time.perf_counter() - t
        db = ["--db", str(venue_path)]
        start = min(run(["--version"]) for _ in range(3))
        print(f"  {'CLI baseline: venuescore --version':<46} {start * 1000:8.0f} ms (whole process)")
        read = min(run(["audit", "log", "--last", "5", *db]) for _ in range(3))
        print(f"  {'CLI read (audit log --last 5): no check':<46} {read * 1000:8.0f} ms")
        add = ["users", "add", "bench-{n}", "--role", "judge", "--new-pin", "4321", *db]
        first = run([a.format(n=0) for a in add])
        print(f"  {'CLI write, file not seen before: whole check':<46} {first * 1000:8.0f} ms")
        again = min(run([a.format(n=n) for a in add]) for n in range(1, 4))
        print(f"  {'CLI write, same bytes as last passed: hashed':<46} {again * 1000:8.0f} ms")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)

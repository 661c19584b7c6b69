"""Scoring at the size of a big item: 500 contestants × 40 criteria × 5 judges (~100,000 entries).

Run: python bench/scoring.py [contestants]
Measures, on one real venue file:
- bulk import of the paper sheets (.csv, all values checked like typed ones, one transaction);
- one typed entry's save-and-recompute (the service call that inserts, audits and returns the
  contestant's recomputed total): median and p99 over 200 entries;
- a full recompute of every total from the append-only log (``scoring.totals``);
and, in the same run over the same table, a plain SQL aggregate (mean per cell, summed per
contestant — ignoring corrections, trimming and rounding) as the baseline.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from sqlalchemy import text

from app.roles import Role
from app.rules.demo_people import demo_people
from app.services import checkin, draw, roster, scheme, scoring, users, vault
from app.services.venue import create_venue
from app.tabular import write_xlsx

DAY = date(2026, 11, 28)
CRITERIA = 40  # 4 modules × 10; 38 judgement (5 judges) + 2 measurement
JUDGES = 5
TYPED = 200  # cells left out of the import and typed one by one

PLAIN_SQL = """
SELECT blind_code_id, SUM(cell) FROM (
    SELECT blind_code_id, criterion_id, AVG(CAST(value AS REAL)) AS cell
    FROM score_entry WHERE kind = 'entry' GROUP BY blind_code_id, criterion_id
) GROUP BY blind_code_id
"""


def setup(folder: Path, count: int):  # type: ignore[no-untyped-def]
    venue = create_venue(folder / "bench.venue", item_no=1, competition_date=DAY, venue_place="bench",
                         head_judge="裁判长", head_judge_pin="2468")
    head = users.sign_in(venue, "裁判长", "2468")
    vault.create(venue, head, "bench-口令-2026", "bench-口令-2026")  # the draw seals its codes to the vault
    users.add_user(venue, head, "检录", Role.CHECKIN, "1111")
    for j in range(1, JUDGES + 1):
        users.add_user(venue, head, f"裁判{j}", Role.JUDGE, f"200{j}", judge_no=f"J{j}")
    desk = users.sign_in(venue, "检录", "1111")
    judges = [users.sign_in(venue, f"裁判{j}", f"200{j}") for j in range(1, JUDGES + 1)]
    people = demo_people(count, DAY)
    rows = [[p.name, p.id_number, p.gender, p.phone, p.unit, p.category, "", p.female_category or ""] for p in people]
    path = write_xlsx(folder / "roster.xlsx", ["姓名", "身份证号", "性别", "手机", "单位/学校", "人员类别", "组别",
                                               "女职工退休年龄类别"], rows)
    roster.import_roster(venue, head, path)
    for c in roster.list_contestants(venue):
        checkin.check_in(venue, desk, c.id)
    draw.run_main_draw(venue, head, ["1234", "5678"])
    scheme_rows = []
    for i in range(CRITERIA):
        module = "ABCD"[i // 10]
        kind = "M" if i % 20 == 19 else "J"
        scheme_rows.append([module, f"模块{module}", f"{module}{i % 10 + 1}", f"评分项 {i + 1}", kind, 2.5,
                            JUDGES if kind == "J" else "", "", "", "", ""])
    scheme.import_scheme(venue, head, write_xlsx(folder / "scheme.xlsx", scheme.HEADERS, scheme_rows))
    return venue, head, judges


def main(count: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        t0 = time.perf_counter()
        venue, head, judges = setup(folder, count)
        print(f"setup (venue, {count} contestants checked in and drawn, scheme): {time.perf_counter() - t0:.1f} s")
        codes = [r.blind_code for r in scoring.rows(venue)]
        drafts = scheme.get_scheme(venue).criteria
        typed: list[tuple[str, str]] = []
        lines = ["加密号,评分项编号,裁判,分数"]
        for ci, code in enumerate(codes):
            for d in drafts:
                if d.kind == "M":
                    lines.append(f"{code},{d.code},,{(ci % 5) * 0.5}")
                    continue
                for j in range(1, JUDGES + 1):
                    if j == 1 and len(typed) < TYPED and ci % (count // TYPED or 1) == 0 and d.code == "C5":
                        typed.append((code, d.code))  # left for J1 to type
                        continue
                    lines.append(f"{code},{d.code},J{j},{(ci + j) % 2 + 1}")
        sheet = folder / "sheets.csv"
        sheet.write_text("\n".join(lines), encoding="utf-8")
        n_values = len(lines) - 1

        t0 = time.perf_counter()
        report = scoring.import_scores(venue, head, sheet)
        import_s = time.perf_counter() - t0
        assert report.added == n_values, report.summary()

        latencies = []
        for code, crit in typed:
            t0 = time.perf_counter()
            saved = scoring.enter_judgement(venue, judges[0], code, crit, "2")
            latencies.append(time.perf_counter() - t0)
            assert saved.score.complete or saved.score.missing
        latencies.sort()
        p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]

        recompute = []
        for _ in range(3):
            t0 = time.perf_counter()
            totals = scoring.totals(venue)
            recompute.append(time.perf_counter() - t0)
        assert len(totals) == count and all(t.complete for t in totals)

        plain = []
        with venue.engine.connect() as conn:
            for _ in range(3):
                t0 = time.perf_counter()
                result = conn.execute(text(PLAIN_SQL)).all()
                plain.append(time.perf_counter() - t0)
        assert len(result) == count
        entries = n_values + len(typed)
        venue.close()

    full = statistics.median(recompute)
    base = statistics.median(plain)
    print(f"entries: {entries:,} ({count} contestants × {CRITERIA} criteria, {JUDGES} judges on judgement)")
    print(f"bulk import (.csv, checked, one transaction): {import_s:.2f} s = {n_values / import_s:,.0f} values/s")
    print(f"one entry save + recompute ({len(latencies)} typed): median {statistics.median(latencies) * 1000:.1f} ms, "
          f"p99 {p99 * 1000:.1f} ms")
    print(f"full recompute of all totals (scoring.totals): {full * 1000:.0f} ms")
    print(f"plain SQL aggregate, same table (baseline):     {base * 1000:.0f} ms")
    print(f"ratio full recompute / plain SQL: {full / base:.1f}×")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 500)

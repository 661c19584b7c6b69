"""The signed result package and the committee's side of it.

- export: ``package.export_package`` of a signed-off item (results.json, audit.jsonl, results.xlsx, four PDFs,
  signed, zipped).  Limit: a bare reportlab canvas drawing as many pages (40 CJK lines each) as the package's
  PDFs have, plus zipping the package's files.
- central import: ``central.import_many`` of N genuine-format packages at once into an empty committee database
  (as the committee selects them; checked on every core), and the time of one package imported on its own at
  2–3 fill levels of a second database (linear means constant per package).  Limit: SHA-256 of the
  zips plus ``json.loads`` of their results.json (what any import has to read).
- certificates: the 荣誉证书 PDF of every award of the accepted packages (QR code and signed code on each).
  Limit: a bare canvas with the same fonts drawing the same texts, one page per award (no QR code).
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from datetime import datetime
from pathlib import Path

from app import sealing
from bench.harness import Row, interleaved, median, timed
from bench.worlds import COMMITTEE_IDENTITY, PASSPHRASE, result_item

EXPORT_S = 2.0
CENTRAL_RATIO, CENTRAL_S_AT_33 = 3, 5.0
CERT_RATIO, CERT_S_AT_3000, CERT_FILE_RATIO = 10, 5.0, 3
FONT_LINES = ["“巴渝工匠”杯 重庆市第二届专项职业能力技能大赛", "01 LED 显示屏应用 成绩汇总表 第 1 版",
              "名次 报名号 姓名 单位/学校 工位号 加密号 模块A 模块B 总分 奖项 合格", "1 01001 王伟 重庆市工业学校 A001 511 40.00"]


def _pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf))


def _bare_pages(pages: int) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from app.reports.fonts import register_fonts

    font = register_fonts()
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, initialFontName=font)
    for p in range(pages):
        c.setFont(font, 9.5)
        for i in range(40):
            c.drawString(40, 800 - 18 * i, f"{FONT_LINES[i % 4]} {p}-{i}")
        c.showPage()
    c.save()
    return buf.getvalue()


def _zip(files: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            z.writestr(name, data)
    return buf.getvalue()


def export(folder: Path, count: int, reps: int):  # type: ignore[no-untyped-def]
    from app.services import package

    item = result_item(folder / "export", count)
    out = folder / "export-out"
    out.mkdir()
    views = []

    def project() -> float:
        t, view = timed(lambda: package.export_package(item.venue, item.head, PASSPHRASE, out))
        views.append(view)
        return t

    project()  # warm-up: fonts registered, modules imported (a one-off per process)
    zipped = views[-1].path.with_suffix("")  # the signed zip inside the encrypted package, as the committee opens it
    zipped.write_bytes(sealing.open_sealed(views[-1].path.read_bytes(), COMMITTEE_IDENTITY))
    with zipfile.ZipFile(zipped) as z:
        files = {n: z.read(n) for n in z.namelist()}
    pages = sum(_pages(b) for n, b in files.items() if n.endswith(".pdf"))
    p, lim = interleaved(project, lambda: timed(lambda: _zip({**files, "bare.pdf": _bare_pages(pages)}))[0], reps)
    row = Row("package export", f"{count} contestants, {pages} PDF pages", median(p), median(lim), "s", None,
              EXPORT_S, limit_name="bare canvas same pages + zip")
    return row, item, zipped


def signing_key(item):  # type: ignore[no-untyped-def]
    from app.services import venue_keys

    return venue_keys.unlock(item.venue, item.head, PASSPHRASE)


def central(folder: Path, genuine: Path, key, count: int, per: int) -> tuple[list[Row], Path]:  # type: ignore[no-untyped-def]
    from app.services import central as central_service
    from bench.worlds import derived_packages
    from db.central.engine import open_central

    paths, keys = derived_packages(genuine, key, count, folder / "packages")

    def empty(name: str):  # type: ignore[no-untyped-def]
        db = open_central(str(folder / name), create=True)
        for item_no, item_key in keys.items():  # a venue key is registered for its own item
            central_service.register_key(db, "李昊旻", item_key.public.minisign_line(), f"benchmark venue {item_no}",
                                         item_no)
        return db

    # All packages in one import_many, as the committee selects them (checked on every core, stored in order)
    db_path = folder / "central.db"
    db = empty(db_path.name)
    total, results = timed(lambda: central_service.import_many(db, "李昊旻", paths))
    assert not any(isinstance(r, Exception) for r in results), results
    # One package at a time at 0, half and nearly all already in (the packages between imported untimed)
    k = max(1, count // 10)
    windows = sorted({0, count // 2, count - k})
    each: dict[int, float] = {}
    alone = empty("central-each.db")
    for at, until in zip(windows, [*windows[1:], count], strict=True):
        for i in range(at, at + k):
            t, result = timed(lambda p=paths[i]: central_service.import_many(alone, "李昊旻", [p]))
            assert not isinstance(result[0], Exception), result[0]
            each[i] = t
        central_service.import_many(alone, "李昊旻", paths[at + k:until])
    alone.close()

    def limit() -> float:
        def read() -> None:
            for path in paths:
                hashlib.sha256(path.read_bytes()).hexdigest()
                with zipfile.ZipFile(path) as z:
                    json.loads(z.read("results.json"))
        return timed(read)[0]

    lim = median([limit() for _ in range(3)])
    size = f"{count} packages × {per} contestants"
    rows = [Row("central import", size, total, lim, "s", CENTRAL_RATIO, CENTRAL_S_AT_33 if count >= 33 else None,
                limit_name="sha256 + json.loads")]
    for at in windows:
        rows.append(Row("central import, one package", f"{at} already in", median(
            [each[i] for i in range(at, at + k)]) * 1000, lim / count * 1000, "ms", None, None,
            limit_name="sha256 + json.loads, per package"))
    for p in central_service.packages(db):
        central_service.accept(db, "李昊旻", p.id, acknowledge_warnings=True)
    db.close()
    return rows, db_path


def _bare_certificates(lines, out: Path) -> None:  # type: ignore[no-untyped-def]
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from app.reports.fonts import register_fonts

    font = register_fonts()
    w, h = landscape(A4)
    c = Canvas(str(out), pagesize=(w, h), initialFontName=font)
    for a in lines:
        c.setFont(font, 44)
        c.drawCentredString(w / 2, h - 55 * mm, "荣 誉 证 书")
        c.setFont(font, 20)
        c.drawString(40 * mm, h - 80 * mm, f"{a.name}：")
        c.setFont(font, 18)
        c.drawString(40 * mm, h - 97 * mm, f"在“巴渝工匠”杯重庆市第二届专项职业能力技能大赛“{a.item_name}”竞赛中，")
        c.drawString(40 * mm, h - 109 * mm, f"荣获{a.award}。特发此证，以资鼓励。")
        c.setFont(font, 16)
        c.drawRightString(w - 40 * mm, 52 * mm, "重庆市人力资源和社会保障局")
        c.drawRightString(w - 40 * mm, 42 * mm, "2026 年 11 月 30 日")
        c.setFont(font, 10)
        c.drawString(40 * mm, 30 * mm, f"证书编号：{a.cert_no}　　单位：{a.unit}")
        c.showPage()
    c.save()


def certificates(folder: Path, db_path: Path, reps: int) -> list[Row]:
    from app.reports.central_reports import write_central_report
    from app.services import certificates as cert_service
    from app.services.central_reports import award_lines
    from db.central.engine import open_central

    db = open_central(str(db_path))
    cert_service.init_committee_key(db, "李昊旻", PASSPHRASE, PASSPHRASE)
    lines = award_lines(db)
    out, bare = folder / "certificates.pdf", folder / "bare-certificates.pdf"
    at = datetime(2026, 11, 30, 9, 0)
    p, lim = interleaved(
        lambda: timed(lambda: write_central_report(db, "certificates", out, passphrase=PASSPHRASE, printed_at=at))[0],
        lambda: timed(lambda: _bare_certificates(lines, bare))[0], reps)
    db.close()
    big = len(lines) >= 3000
    size = f"{len(lines):,} certificates"
    return [
        Row("honour certificates", size, median(p), median(lim), "s", CERT_RATIO, CERT_S_AT_3000 if big else None,
            limit_name="bare canvas, same texts"),
        Row("honour certificates, file size", size, out.stat().st_size / 2**20, bare.stat().st_size / 2**20, "MiB",
            CERT_FILE_RATIO, limit_name="bare canvas file"),
    ]

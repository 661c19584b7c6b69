"""The check-in day's printed sheets: check-in list, station plan, sealed blind-code table, door list.

Each sheet gets its data from the services (which check the actor's role) and lays it out with the
shared PDF layer, so every page carries item, venue, date, "第 x 页 / 共 y 页" and the print time.
Who may print what follows who may see what (app/services/draw.py): names with stations for the desk;
names with blind codes (sealed envelope) and stations with blind codes (door list, posted at the
stations) for the head judge only, with the vault opened by the passphrase (``unlocked``).  The station
plan is the published draw sheet: it carries the draw's record (witness values, seed) and the
commitments to the sealed secrets, so anyone can hold the decryption to them later.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from app.clock import now
from app.errors import StateError
from app.i18n import tr
from app.reports.pdf_base import (
    Flowable,
    PageBreak,
    ReportHeader,
    Spacer,
    build_pdf,
    data_table,
    key_value_table,
    mm,
    plain,
    signature_block,
    styles,
)
from app.reports.titles import CHECKIN_SHEETS
from app.reports.titles import sheet_title as sheet_title  # re-exported: callers ask the report module
from app.roles import Actor
from app.rules.draw import station_order_key
from app.services import checkin, draw
from app.services import venue as venue_service
from app.services.vault import Unlocked
from app.vocab import REGISTERED, status_label
from db.venue_file import VenueFile

SheetWriter = Callable[[VenueFile, Actor, Path, datetime, "Unlocked | None"], int]


def _header(venue: VenueFile, title: str, subtitle: str = "", confidential: str | None = None) -> ReportHeader:
    info = venue_service.summary(venue)
    return ReportHeader(competition=info.competition_name, item=info.item_label, venue=info.venue_place,
                        date=info.competition_date.isoformat(), title=title, subtitle=subtitle,
                        confidential=confidential)


def _require_draw(venue: VenueFile) -> draw.DrawInfo:
    info = draw.draw_info(venue)
    if info is None:
        raise StateError(tr("尚未抽签，无法打印此表。请裁判长先抽签。"))
    return info


def _draw_subtitle(info: draw.DrawInfo) -> str:
    state = tr("已公布") if info.published else tr("未公布")
    return tr("抽签时间 {at}（{state}）").format(at=info.at.strftime("%Y-%m-%d %H:%M"), state=state)


def _card_order(card: checkin.CheckinCard) -> tuple[int, tuple[int, int, str], str]:
    # Stationed contestants in station order, then those without a station by 报名号.
    return (0, station_order_key(card.station), "") if card.station else (1, (0, 0, ""), card.reg_no)


def _status(c: checkin.CheckinCard) -> str:
    if c.status == REGISTERED:
        return ""  # printed before the doors open: the desk ticks by hand
    time = c.status_at.strftime("%H:%M") if c.status_at else ""
    return f"{status_label(c.status)} {time}".strip()


def checkin_list(venue: VenueFile, actor: Actor, path: Path, printed_at: datetime,
                 unlocked: Unlocked | None = None) -> int:
    """检录签到表: one section per group, by station, a signature column to sign on arrival."""
    cards = checkin.list_cards(venue, actor)
    groups = list(venue_service.summary(venue).groups) or [""]
    groups += sorted({c.group for c in cards} - set(groups))
    st = styles()
    story: list[Flowable] = []
    headers = [tr("序号"), tr("工位号"), tr("报名号"), tr("姓名"), tr("性别"), tr("单位/学校"), tr("身份证号"),
               tr("检录状态"), tr("选手签名")]
    for group in groups:
        members = sorted((c for c in cards if c.group == group), key=_card_order)
        if not members:
            continue
        if story:
            story.append(PageBreak())
        if group:
            story.append(plain(tr("{group}（{n} 人）").format(group=group, n=len(members)), st.heading))
        rows = [[str(i), c.station or "", c.reg_no, c.name, c.gender, c.unit, c.id_masked, _status(c), ""]
                for i, c in enumerate(members, 1)]
        story.append(data_table(headers, rows, min_row_height=9 * mm,
                                col_widths=[9 * mm, 13 * mm, 15 * mm, 16 * mm, 9 * mm, 33 * mm, 38 * mm,
                                            23 * mm, 24 * mm]))
    if not story:
        story.append(plain(tr("名单为空"), st.normal))
    story.append(signature_block([tr("检录员"), tr("裁判长")]))
    build_pdf(path, _header(venue, tr("检录签到表")), story, printed_at)
    return len(cards)


def station_plan(venue: VenueFile, actor: Actor, path: Path, printed_at: datetime,
                 unlocked: Unlocked | None = None) -> int:
    """工位安排表, the published draw sheet: every station in order with its contestant (free stations
    shown), no blind codes; under it the draw record with the commitments."""
    info = _require_draw(venue)
    taken = {r.station: r for r in draw.station_plan(venue, actor)}
    grouped = bool(venue_service.summary(venue).groups)
    rows = []
    for station in sorted(info.stations, key=station_order_key):
        r = taken.get(station)
        row = [station, r.reg_no, r.name, r.unit, r.group] if r else [station, "", tr("（空）"), "", ""]
        rows.append(row if grouped else row[:4])
    headers = [tr("工位号"), tr("报名号"), tr("姓名"), tr("单位/学校"), tr("组别")][: 5 if grouped else 4]
    story: list[Flowable] = [data_table(headers, rows, align=["CENTER", "CENTER", "LEFT", "LEFT", "LEFT"][: len(headers)],
                                        min_row_height=8 * mm),
                             Spacer(1, 4 * mm), plain(tr("抽签记录（公开，可据此核对）"), styles().heading),
                             key_value_table(info.record())]
    build_pdf(path, _header(venue, tr("工位安排表"), _draw_subtitle(info)), story, printed_at)
    return len(taken)


def blind_codes(venue: VenueFile, actor: Actor, path: Path, printed_at: datetime,
                unlocked: Unlocked | None = None) -> int:
    """加密号对照表 for the sealed envelope: head judge only, with the vault (the service refuses others)."""
    info = _require_draw(venue)
    rows = draw.mapping(venue, actor, unlocked)
    modules = sorted({m for r in rows for m, _ in r.second_codes})
    grouped = bool(venue_service.summary(venue).groups)
    headers = [tr("工位号"), tr("加密号"), tr("报名号"), tr("姓名"), tr("单位/学校")] + ([tr("组别")] if grouped else [])
    headers += [tr("模块 {m} 二次加密号").format(m=m) for m in modules]
    body = [[r.station, r.blind_code, r.reg_no, r.name, r.unit] + ([r.group] if grouped else [])
            + [dict(r.second_codes).get(m, "") for m in modules] for r in rows]
    story: list[Flowable] = [
        key_value_table(info.record()),
        Spacer(1, 4 * mm),
        data_table(headers, body, min_row_height=7 * mm),
        signature_block([tr("裁判长"), tr("监督人员")]),
    ]
    build_pdf(path, _header(venue, tr("加密号对照表"), _draw_subtitle(info), confidential=tr("密封件·仅限裁判长")),
              story, printed_at)
    draw.record_print(venue, actor, "blind-codes", Path(path).name, len(rows))
    return len(rows)


def door_list(venue: VenueFile, actor: Actor, path: Path, printed_at: datetime,
              unlocked: Unlocked | None = None) -> int:
    """门口对照表: station and blind code only, printed by the head judge and posted at the stations."""
    info = _require_draw(venue)
    rows = draw.door_list(venue, actor, unlocked)
    story: list[Flowable] = [data_table([tr("工位号"), tr("加密号")], [[r.station, r.blind_code] for r in rows],
                                        col_widths=[40 * mm, 40 * mm], align=["CENTER", "CENTER"],
                                        min_row_height=8 * mm)]
    build_pdf(path, _header(venue, tr("工位加密号对照表（门口）"), _draw_subtitle(info)), story, printed_at)
    draw.record_print(venue, actor, "door-list", Path(path).name, len(rows))
    return len(rows)


_WRITERS: dict[str, SheetWriter] = {
    "checkin-list": checkin_list,
    "station-plan": station_plan,
    "blind-codes": blind_codes,
    "door-list": door_list,
}
SHEETS: dict[str, tuple[str, SheetWriter]] = {name: (title, _WRITERS[name]) for name, title in CHECKIN_SHEETS.items()}


SEALED_SHEETS = ("blind-codes", "door-list")  # need the head judge's passphrase before decryption


def write_sheet(venue: VenueFile, actor: Actor, name: str, path: Path, printed_at: datetime | None = None,
                unlocked: Unlocked | None = None) -> int:
    """Write sheet ``name`` (a key of SHEETS) to ``path``; returns the number of people on it."""
    if name not in SHEETS:
        raise StateError(tr("没有名为 {name} 的表（可选：{all}）").format(name=name, all="、".join(SHEETS)))
    return SHEETS[name][1](venue, actor, Path(path), printed_at or now(), unlocked)

"""Per-item settings: the practice defaults of rules.md, configurable, shown on screens and reports."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from decimal import Decimal
from typing import Any

from app.errors import ValidationError
from app.i18n import tr
from app.vocab import AwardBase

SETTINGS_KEY = "item_settings"  # the setting row that holds an item's ItemSettings, as JSON

@dataclass(frozen=True)
class ItemSettings:
    total_points: Decimal = Decimal(100)  # 总分
    pass_line: Decimal = Decimal(60)  # 合格线
    decimals: int = 2  # 小数位
    time_limit_min: int | None = None  # 竞赛时长（分钟）
    tie_break_modules: tuple[str, ...] = ()  # 同分时依次比较的模块
    tie_break_time: bool = True  # 再比较用时（少者优先）
    award_base: str = AwardBase.COMPETED.value  # 优胜奖人数基数 (app.vocab.AwardBase)
    award_requires_pass: bool = True  # 获奖须合格
    double_entry: bool = False  # 测量分双人录入
    station_count: int | None = None  # 工位数 (None = as many as contestants)
    blind_code_length: int = 3

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in asdict(self).items():
            if isinstance(value, Decimal):
                value = str(value)
            elif isinstance(value, tuple):
                value = list(value)
            out[key] = value
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ItemSettings:
        base = cls()
        changes: dict[str, Any] = {}
        for f in fields(cls):
            if f.name not in data:
                continue
            default = getattr(base, f.name)
            value = data[f.name]
            if isinstance(default, Decimal):
                value = Decimal(str(value))
            elif isinstance(default, tuple):
                value = tuple(value)
            changes[f.name] = value
        return replace(base, **changes).checked()

    def checked(self) -> ItemSettings:
        problems = []
        from app.errors import Problem

        if not Decimal(0) < self.pass_line <= self.total_points:
            problems.append(Problem(tr("合格线须大于 0 且不超过总分"), column=tr("合格线"), value=str(self.pass_line)))
        if self.award_base not in tuple(AwardBase):
            problems.append(Problem(tr("优胜奖人数基数须为“实际参赛”或“报名”"), column=tr("优胜奖基数")))
        if not 0 <= self.decimals <= 4:
            problems.append(Problem(tr("小数位须为 0–4"), column=tr("小数位"), value=str(self.decimals)))
        if problems:
            raise ValidationError(tr("设置有误"), problems)
        return self

    def describe(self) -> list[tuple[str, str]]:
        """The active settings in words, for the screen and for every printed report."""
        base = (AwardBase.COMPETED if self.award_base == AwardBase.COMPETED else AwardBase.REGISTERED).label
        tie = "、".join(tr("模块 {m}").format(m=m) for m in self.tie_break_modules) or tr("无")
        return [
            (tr("总分"), str(self.total_points)),
            (tr("合格线"), str(self.pass_line)),
            (tr("同分比较顺序"), tie + (tr("，再比较用时（少者优先）") if self.tie_break_time else "")),
            (tr("优胜奖基数"), tr("{base}（超过 30 人时按不超过 30% 设优胜奖）").format(base=base)),
            (tr("获奖须合格"), tr("是") if self.award_requires_pass else tr("否")),
            (tr("测量分双人录入"), tr("是") if self.double_entry else tr("否")),
            (tr("小数位"), str(self.decimals)),
        ]

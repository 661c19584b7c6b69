"""Deterministic synthetic contestants for the demo venue and for benchmarks.

Everyone is invented: names from common surname/given-name lists, valid-format ID
numbers with Chongqing district codes, mobile numbers, Chongqing units.  Every person is
eligible on the competition date, so a demo roster imports cleanly; tests that need
problems make them on purpose.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from app.rules.eligibility import age_on, check_eligibility
from app.rules.idcard import make_id_number, parse_id_number
from app.rules.regions import CHONGQING_DISTRICTS

MIN_DEMO_AGE = 17
MAX_DEMO_AGE = 58

# fmt: off
SURNAMES = (
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何",
    "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田",
    "董", "袁", "潘", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢",
    "谭", "廖", "冉", "向", "欧阳", "司马",
)
MALE_GIVEN = (
    "伟", "强", "磊", "军", "勇", "杰", "涛", "斌", "超", "明", "刚", "平", "辉", "鹏", "华", "飞", "鑫",
    "波", "宇", "浩", "建国", "志强", "俊杰", "子豪", "浩然", "宇航", "文博", "家乐", "建华", "国庆",
    "永刚", "海涛", "晓东", "天佑", "明轩", "思远", "嘉豪", "一鸣", "承志", "德明",
)
FEMALE_GIVEN = (
    "芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "秀英", "玲", "婷", "雪", "琳", "倩", "颖", "洁",
    "欣怡", "梓涵", "诗琪", "雨萱", "晓燕", "桂兰", "丽华", "春梅", "思雨", "佳怡", "雅婷", "慧敏",
    "小红", "美玲", "子琪", "语嫣", "若曦", "婉清", "晓琳", "丹丹", "蕾", "月", "秋菊", "红梅",
)

SCHOOLS = (
    "重庆工业职业技术学院", "重庆电子工程职业学院", "重庆城市管理职业学院", "重庆财经职业学院",
    "重庆工程职业技术学院", "重庆医药高等专科学校", "重庆市江南职业学校", "重庆市卫生高级技工学校",
    "重庆市工业高级技工学校", "重庆公共运输职业学院", "重庆商务职业学院", "重庆建筑工程职业学院",
    "重庆市渝中职业教育中心", "重庆市九龙坡职业教育中心", "重庆市龙门浩职业中学校",
)
COMPANIES = (
    "重庆长安汽车股份有限公司", "重庆建工集团股份有限公司", "重庆机电控股（集团）公司",
    "重庆市轨道交通（集团）有限公司", "重庆小康工业集团股份有限公司", "重庆川仪自动化股份有限公司",
    "重庆银行股份有限公司", "重庆市公共交通控股（集团）有限公司", "重庆高速公路集团有限公司",
    "重庆市中医院", "重庆医科大学附属第一医院", "重庆山城家政服务有限公司", "重庆市渝北区巴渝烘焙坊",
)
FREELANCE_UNITS = (
    "个体经营（渝中区）", "个体经营（沙坪坝区）", "网约车司机（自由职业）", "社区家政服务（自由职业）",
)
# fmt: on

# Adults: mostly staff, some teachers and flexibly employed workers.
_ADULT_CATEGORIES = ("职工", "职工", "职工", "教师", "灵活就业")
# Codes a person born decades ago can plausibly carry (两江新区 500157 exists only since 2025).
_DEMO_REGIONS = tuple(code for code in CHONGQING_DISTRICTS if code != "500157")


@dataclass(frozen=True)
class DemoPerson:
    name: str
    id_number: str
    gender: str  # "男" | "女"
    phone: str
    unit: str
    category: str  # one of fields.CATEGORIES
    female_category: int | None  # 50 / 55 for women, None for men (or young women, sometimes)


def _birth(rng: random.Random, on: date, min_age: int, max_age: int) -> date:
    """A birth date giving an age in [min_age, max_age] on ``on``."""
    latest = _years_before(on, min_age)
    earliest = _years_before(on, max_age + 1) + timedelta(days=1)
    return earliest + timedelta(days=rng.randrange((latest - earliest).days + 1))


def _years_before(on: date, years: int) -> date:
    try:
        return on.replace(year=on.year - years)
    except ValueError:  # 29 February in a common year
        return on.replace(year=on.year - years, day=28)


def _category_and_unit(rng: random.Random, age: int) -> tuple[str, str]:
    if age <= 22 and rng.random() < 0.8:
        return "学生", rng.choice(SCHOOLS)
    category = rng.choice(_ADULT_CATEGORIES)
    if category == "教师":
        return category, rng.choice(SCHOOLS)
    if category == "灵活就业":
        return category, rng.choice(FREELANCE_UNITS)
    return category, rng.choice(COMPANIES)


def _one(rng: random.Random, on: date, used: set[str]) -> DemoPerson:
    while True:
        male = rng.random() < 0.55
        birth = _birth(rng, on, MIN_DEMO_AGE, MAX_DEMO_AGE if male else 52)
        sequence = rng.randrange(500) * 2 + (1 if male else 0)
        number = make_id_number(rng.choice(_DEMO_REGIONS), birth, sequence)
        if number in used:
            continue
        info = parse_id_number(number, on)
        female_category = None if male else rng.choice((50, 55, 55, None))
        flags = [f for f in check_eligibility(info, on, female_category, None, None) if f.severity != "info"]
        if flags and not male:
            female_category = 55  # the later category: a 50-year-old cadre is still eligible
            flags = [f for f in check_eligibility(info, on, 55, None, None) if f.severity != "info"]
        if flags:
            continue  # still ineligible (too close to retirement): draw again
        used.add(number)
        surname = rng.choice(SURNAMES)
        given = rng.choice(MALE_GIVEN if male else FEMALE_GIVEN)
        phone = "1" + rng.choice("3456789") + "".join(rng.choice("0123456789") for _ in range(9))
        category, unit = _category_and_unit(rng, age_on(birth, on))
        return DemoPerson(surname + given, number, info.gender, phone, unit, category, female_category)


def demo_people(count: int, competition_date: date, seed: int = 2026) -> list[DemoPerson]:
    """``count`` distinct, eligible, invented contestants; same arguments → same people."""
    rng = random.Random(seed)
    used: set[str] = set()
    return [_one(rng, competition_date, used) for _ in range(count)]

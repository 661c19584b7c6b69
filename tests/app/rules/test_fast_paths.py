"""The roster checks take shortcuts for the usual cell (ASCII, already normalised, a repeated value, a person far
from retirement); each shortcut must give exactly what the long way gives."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, timedelta

from hypothesis import example, given
from hypothesis import strategies as st

from app import i18n
from app.rules import eligibility, fields, idcard, retirement, text_policy
from app.rules.idcard import make_id_number

CELL = st.one_of(
    st.text(max_size=30),
    st.text(alphabet=" \t\u3000\u00a0０１２３ＸｘAbc男女职工教师学生５０岁（）-", max_size=20),
    st.from_regex(r"\s*1[3-9]\d{9}\s*", fullmatch=True),
)


def slow_clean(raw: object) -> str:
    """fields._clean without its fast paths (the loop as it always was)."""
    if raw is None:
        return ""
    text = str(raw)
    for _ in range(3):
        cleaned = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))
        if cleaned == text:
            break
        text = cleaned
    return text


@given(CELL)
def test_clean_fast_paths_match_the_loop(raw: str) -> None:
    assert fields._clean(raw) == slow_clean(raw)


@given(CELL)
def test_remembered_normalisations_match_the_uncached_ones(raw: str) -> None:
    assert fields.normalize_category(raw) == fields._category_uncached(raw)
    assert fields.normalize_gender(raw) == fields._gender_uncached(raw)
    assert fields.normalize_female_category(raw) == fields._female_uncached(raw)


@given(CELL)
@example("\u00af/\u00b8")  # found by hypothesis: marks left out of canonical order after cleaning
def test_phone_fast_path_matches_the_full_rules(raw: str) -> None:
    text = fields.normalize_phone(raw)
    assert fields.normalize_phone(text) == text
    assert fields.check_phone(raw) == fields.phone_problem(text)


@given(st.text(alphabet="0123456789Xx \t\u3000１２Ｘ", max_size=22))
def test_id_number_normalising_fast_path_matches_nfkc(raw: str) -> None:
    slow = re.sub(r"\s+", "", unicodedata.normalize("NFKC", raw))
    slow = slow[:-1] + "X" if slow.endswith("x") else slow
    assert idcard.normalize_id_number(raw) == slow


def test_nobody_younger_than_fifty_has_retired() -> None:
    """The shortcut in the age check: the earliest legal retirement is F50 at 50 years and no delay."""
    on = date(2026, 11, 28)
    for category in retirement.CATEGORIES:
        for days in range(0, 3 * 366, 7):
            birth = date(on.year - eligibility.EARLIEST_RETIREMENT_AGE, on.month, on.day) + timedelta(days=1 + days)
            assert eligibility.age_on(birth, on) < eligibility.EARLIEST_RETIREMENT_AGE
            assert retirement.retirement_date(birth, category) > on


def test_flags_around_the_retirement_ages_are_unchanged_by_the_shortcut() -> None:
    on = date(2026, 11, 28)
    for age_days in range(49 * 365, 62 * 365, 97):
        birth = on - timedelta(days=age_days)
        for seq in (11, 12):  # odd: man, even: woman
            info = idcard.parse_id_number(make_id_number("500103", birth, seq), on)
            for female in (None, 50, 55):
                flags = eligibility.check_eligibility(info, on, female, None, None)
                retired = {c: on >= retirement.retirement_date(birth, c) for c in retirement.CATEGORIES}
                codes = {f.code for f in flags}
                if info.gender == "男":
                    assert ("retired" in codes) == retired["M60"]
                elif female is not None:
                    assert ("retired" in codes) == retired[f"F{female}"]
                else:
                    assert ("retired" in codes) == (retired["F50"] and retired["F55"])
                    assert ("category_unknown" in codes) == (retired["F50"] != retired["F55"])


def test_region_flags_follow_an_installed_translator() -> None:
    info = idcard.parse_id_number(make_id_number("500103", date(1990, 1, 1), 11), date(2026, 1, 1))
    before = eligibility.check_eligibility(info, date(2026, 11, 28), None, None, None)
    assert before[-1].message.startswith("户籍地区")
    old = i18n._translate
    try:
        i18n.install_translator(lambda _context, text: "EN " + text)
        after = eligibility.check_eligibility(info, date(2026, 11, 28), None, None, None)
        assert after[-1].message.startswith("EN 户籍地区")
    finally:
        i18n.install_translator(old)


# ------------------------------------------------------------------ the roster import's per-row shortcuts (issue 17)

TEXT = st.one_of(
    st.text(max_size=60),
    st.text(alphabet=" |\u0301\u0327\u00a0\u3000\u200b\t\u1100\u1161\u11a8eE王芳·.-1２", max_size=12),
    st.sampled_from(["王伟", "", " ", "|", "e|\u0301", "\u1100|\u1161", "a  b", "A.B", "李 四"]),
)
RULES = [text_policy.PERSON_NAME, text_policy.SHORT, text_policy.UNIT, text_policy.REASON, text_policy.LABEL_RULE]


@given(TEXT, st.sampled_from(RULES))
def test_plain_text_is_what_check_text_keeps(text: str, rule: text_policy.FieldRule) -> None:
    plain = text_policy.plain_text(text, rule)
    if plain is not None:
        assert plain == text and text_policy.check_text(text, rule) == text_policy.Checked(text, None)


@given(st.lists(TEXT, max_size=9), st.sampled_from([50, 100]))
@example(["e", "\u0301"], 50)  # a mark after the joiner: NFC of the joined text must not hide it
@example(["\u1100", "\u1161"], 50)  # Hangul jamo compose when adjacent; the joiner keeps them apart
@example(["a ", "b"], 50)
def test_a_plain_row_is_plain_text_cell_by_cell(texts: list[str], max_len: int) -> None:
    if text_policy.all_plain(texts, max_len):
        for text in texts:
            for rule in (text_policy.FieldRule(text_policy.LABEL, max_len), text_policy.FieldRule(text_policy.TEXT, max_len)):
                assert text_policy.plain_text(text, rule) == text
                assert text_policy.check_text(text, rule) == text_policy.Checked(text, None)


@given(st.lists(TEXT, min_size=9, max_size=9))
def test_the_import_row_shortcut_keeps_every_cell_as_check_text_does(cells: list[str]) -> None:
    from app.services import roster_rows

    if roster_rows._plain_row(list(cells)):
        for key, text in zip(roster_rows._TEXT_KEYS, cells, strict=True):
            assert text_policy.check_text(text, roster_rows.TEXT_RULES[key]) == text_policy.Checked(text, None)


@given(st.text(alphabet="0123456789", min_size=17, max_size=17))
def test_check_character_by_bytes_is_the_standard_sum(first17: str) -> None:
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    assert idcard.check_character(first17) == "10X98765432"[sum(int(c) * w for c, w in zip(first17, weights, strict=True)) % 11]


def test_a_blank_female_category_is_not_stated_without_asking() -> None:
    """check_row skips both calls for an empty cell: this is what they say of it."""
    assert fields.check_female_category("") is None and fields.normalize_female_category("") is None


@given(st.dates(min_value=date(1940, 1, 1), max_value=date(2026, 11, 28)), st.integers(0, 999),
       st.sampled_from([None, "男", "女"]), st.sampled_from([None, 50, 55]))
@example(date(2010, 11, 28), 11, None, None)  # 16 on the day
@example(date(1976, 11, 29), 12, None, None)  # one day short of 50
def test_eligibility_shortcut_gives_the_flags_of_the_long_way(birth: date, seq: int, entered: str | None,
                                                              female: int | None) -> None:
    on = date(2026, 11, 28)
    info = idcard.parse_id_number(make_id_number("500103", birth, seq), on)
    long_way = eligibility._age_flags(info, on, female) + eligibility._entered_flags(info, entered, None)
    region = eligibility._region_flag(info)
    expected = (region,) if not long_way else tuple(sorted([*long_way, region], key=lambda f: eligibility._ORDER[f.severity]))
    assert eligibility.check_eligibility(info, on, female, entered, None) == expected

"""The text policy: what is cleaned, what is refused (naming the character), and that it never crashes."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import ValidationError
from app.rules import text_policy as tp


def test_control_characters_are_refused_naming_the_character_and_position() -> None:
    checked = tp.check_text("钱\x07\x1b[31m红", tp.PERSON_NAME)
    assert checked.problem is not None
    assert "U+0007" in checked.problem and "第 2 个字符" in checked.problem and "响铃" in checked.problem
    assert "U+000B" in (tp.check_text("重庆市\x0b轻工业学校", tp.UNIT).problem or "")
    for ch in ("\x00", "\x1b", "\x7f", "\x85", "\x9b", "\x1c", "\x0c"):  # C0, DEL, C1 (NEL, CSI), FS, FF
        assert tp.check_text(f"张{ch}三", tp.PERSON_NAME).problem is not None, repr(ch)
        assert tp.check_text(f"理由{ch}", tp.REASON).problem is not None, repr(ch)


def test_harmless_whitespace_is_trimmed_or_collapsed() -> None:
    assert tp.check_text("\t 张三\t\r\n", tp.PERSON_NAME) == tp.Checked("张三", None)
    assert tp.check_text("重庆市\t轻工业\u3000\u3000学校", tp.UNIT).text == "重庆市 轻工业 学校"
    # a reason keeps its line breaks (CRLF and CR become LF), inner runs of spaces collapse
    assert tp.check_text("  复核\r\n更正  A1\r第三行 ", tp.REASON).text == "复核\n更正 A1\n第三行"


def test_nfc_makes_one_spelling() -> None:
    decomposed = "Jose\u0301"  # e + combining acute accent
    assert tp.check_text(decomposed, tp.PERSON_NAME).text == "José" == unicodedata.normalize("NFC", decomposed)


def test_bidi_and_invisible_characters_in_names() -> None:
    for ch in ("\u202e", "\u2066", "\u200b", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200f"):
        problem = tp.check_text(f"王{ch}芳", tp.PERSON_NAME).problem
        assert problem is not None and tp.code_point(ch) in problem, repr(ch)
        assert tp.check_text(f"单位{ch}", tp.UNIT).problem is not None
    # a direction override hides text in a reason too; a zero-width joiner (emoji, scripts) is fine there
    assert "U+202E" in (tp.check_text("复核\u202e更正", tp.REASON).problem or "")
    assert tp.check_text("复核\u200d更正", tp.REASON).problem is None


def test_leftover_combining_marks_are_refused_in_person_names_only() -> None:
    problem = tp.check_text("钱\u0301红", tp.PERSON_NAME).problem  # no precomposed form: stays a separate mark
    assert problem is not None and "U+0301" in problem
    assert tp.check_text("钱\u0301红", tp.REASON).problem is None


def test_length_limits_and_surrogates() -> None:
    assert tp.check_text("张" * 50, tp.PERSON_NAME).problem is None
    assert "最多 50" in (tp.check_text("张" * 51, tp.PERSON_NAME).problem or "")
    assert "最多 500" in (tp.check_text("理" * 501, tp.REASON).problem or "")
    assert tp.check_text("a\ud800b", tp.UNIT).problem is not None
    assert tp.check_text("a\uffffb", tp.UNIT).problem is not None
    # rare characters beyond the BMP (生僻字 in CJK extensions) are names, not problems
    assert tp.check_text("𠀀𪚥", tp.PERSON_NAME).problem is None


def test_clean_raises_naming_the_column_and_shows_the_value_visibly() -> None:
    with pytest.raises(ValidationError) as info:
        tp.clean("复核\x1b[2J", tp.REASON, "理由")
    problem = info.value.problems[0]
    assert problem.column == "理由" and problem.value == "复核⟨U+001B⟩[2J"
    assert tp.clean(None, tp.REASON, "理由") == ""
    assert tp.clean_optional("  ", tp.REASON, "理由") is None
    with pytest.raises(ValidationError, match="不能为空"):
        tp.clean(" ", tp.PERSON_NAME, "姓名", required=True)


HOSTILE = st.text(alphabet=st.characters(codec=None), max_size=80) | st.sampled_from(
    ["=1+1", "+cmd|' /C calc'!A0", "@SUM(1,1)", "-2+3", "钱\x07\x1b[31m红", "\u202e芳王", "王\u200b芳", "\t张三\t"])


@given(HOSTILE, st.sampled_from([tp.PERSON_NAME, tp.UNIT, tp.SHORT, tp.REASON, tp.DESCRIPTION]))
def test_any_text_is_either_clean_or_refused_with_a_reason(raw: str, rule: tp.FieldRule) -> None:
    checked = tp.check_text(raw, rule)
    if checked.problem is not None:
        assert checked.problem.strip()
        return
    text = checked.text
    assert len(text) <= rule.max_len
    assert text == text.strip()
    assert unicodedata.is_normalized("NFC", text)
    allowed_controls = {"\n"} if rule.multiline else set()
    assert not [c for c in text if unicodedata.category(c) == "Cc" and c not in allowed_controls]
    assert not any(c in tp.BIDI_CONTROLS - {"\u200e", "\u200f"} for c in text)
    assert tp.check_text(text, rule) == checked  # cleaning is idempotent

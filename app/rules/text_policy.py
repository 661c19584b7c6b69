"""One policy for text that people type or import: names, units, labels, reasons.

Every path into the data (roster import and form, accounts, venue set-up, marking-scheme import, reasons,
the committee's names and labels) cleans text here, so what is stored is:
- NFC-normalised (the same name typed two ways is stored one way);
- free of control characters (C0, DEL, C1): a bell or escape sequence in a name would ring or recolour a
  terminal and makes openpyxl refuse to write the roster, the package's results.xlsx and the committee's
  lists.  Tabs, line breaks and odd spaces are whitespace: trimmed at the ends, collapsed inside a
  one-line field (a reason keeps its line breaks);
- free of bidirectional overrides/isolates everywhere, and of every invisible format character
  (zero-width space/joiner, soft hyphen, BOM…) in names and labels: they make one name look like another
  or reorder what a screen shows;
- in person names, free of combining marks left over after NFC (a name with a stray accent looks like
  another);
- within a length limit per field.

A refused value gets a message that names the character as U+XXXX and its position, so a person can
find it; callers add the file, row and column.  Pure functions, no I/O.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from app.errors import Problem, ValidationError
from app.i18n import tr

NAME, LABEL, TEXT = "name", "label", "text"


@dataclass(frozen=True)
class FieldRule:
    kind: str  # NAME (a person), LABEL (a one-line label: unit, place, group…), TEXT (a reason, may span lines)
    max_len: int

    @property
    def multiline(self) -> bool:
        return self.kind == TEXT


PERSON_NAME = FieldRule(NAME, 50)  # contestants, accounts, head judge, the committee's 经办人
SHORT = FieldRule(LABEL, 50)  # ID number, phone, category, gender, group… before their own parsing
UNIT = FieldRule(LABEL, 100)  # 单位/学校, 比赛地点
LABEL_RULE = FieldRule(LABEL, 200)  # module names, key labels
REASON = FieldRule(TEXT, 500)  # reasons for corrections, late entries, withdrawals…
DESCRIPTION = FieldRule(TEXT, 1000)  # marking-scheme criterion descriptions

# Whitespace a person cannot see the difference of: trimmed at the ends, one space inside a one-line field.
_SPACES = frozenset("\t\n\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
                    "\u200a\u2028\u2029\u202f\u205f\u3000")
_LINE_BREAKS = frozenset("\n\r\u2028\u2029")
BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_EMBEDDING = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")  # refused even in reasons
_TEXT_FORMAT_OK = frozenset("\u200c\u200d\u200e\u200f")  # ZWNJ/ZWJ (scripts, emoji), LRM/RLM in free text

_CHAR_NAMES = {
    "\x00": "空字符 NUL", "\x07": "响铃符 BEL", "\x08": "退格符 BS", "\x0b": "垂直制表符 VT", "\x0c": "换页符 FF",
    "\x1b": "转义符 ESC", "\x7f": "删除符 DEL", "\x85": "下一行符 NEL", "\u200b": "零宽空格",
    "\u200c": "零宽非连接符", "\u200d": "零宽连接符", "\u2060": "零宽不换行符", "\ufeff": "字节顺序标记 BOM",
    "\u00ad": "软连字符", "\u202e": "从右到左强制符 RLO", "\u202d": "从左到右强制符 LRO",
    "\u202a": "从左到右嵌入符 LRE", "\u202b": "从右到左嵌入符 RLE", "\u202c": "嵌入结束符 PDF",
    "\u2066": "从左到右隔离符 LRI", "\u2067": "从右到左隔离符 RLI", "\u2068": "方向隔离符 FSI",
    "\u2069": "隔离结束符 PDI", "\u200e": "从左到右标记 LRM", "\u200f": "从右到左标记 RLM", "\u061c": "阿拉伯字母标记 ALM",
}


def code_point(ch: str) -> str:
    return f"U+{ord(ch):04X}"


def describe_char(ch: str) -> str:
    """"U+0007（响铃符 BEL）" — what the messages show for a refused character."""
    name = _CHAR_NAMES.get(ch)
    if name is None:
        cat = unicodedata.category(ch)
        name = {"Cc": tr("控制字符"), "Cf": tr("不可见格式字符"), "Cs": tr("无效的代理字符"),
                "Mn": tr("组合附加符号"), "Me": tr("组合附加符号")}.get(cat) or unicodedata.name(ch, tr("特殊字符"))
    return f"{code_point(ch)}（{name}）"


def _noncharacter(cp: int) -> bool:
    return 0xFDD0 <= cp <= 0xFDEF or (cp & 0xFFFE) == 0xFFFE


def _refusal(ch: str, rule: FieldRule) -> str | None:
    """Why ``ch`` may not be in a field of ``rule``, or None."""
    cat = unicodedata.category(ch)
    if ch in _SPACES:
        return None
    if cat == "Cc":
        return tr("含有控制字符 {c}，可能是从别处复制时带入的，请删除后重新输入").format(c=describe_char(ch))
    if cat == "Cs" or _noncharacter(ord(ch)):
        return tr("含有无效字符 {c}（文件编码可能有误），请删除后重新输入").format(c=describe_char(ch))
    if cat == "Cf":
        if ch in _EMBEDDING:
            return tr("含有改变文字显示方向的不可见字符 {c}，它会让文字看起来与实际不同，请删除").format(c=describe_char(ch))
        if rule.kind != TEXT or ch not in _TEXT_FORMAT_OK:
            return tr("含有不可见字符 {c}，它会让两个看起来相同的名字实际不同，请删除").format(c=describe_char(ch))
    if rule.kind == NAME and cat in ("Mn", "Me"):
        return tr("含有无法与前一个字合成的附加符号 {c}，请删除或改用标准写法").format(c=describe_char(ch))
    return None


@dataclass(frozen=True)
class Checked:
    text: str  # the cleaned value (meaningful only when ``problem`` is None)
    problem: str | None


def check_text(raw: object, rule: FieldRule) -> Checked:
    """Clean ``raw`` under ``rule``: NFC, whitespace trimmed/collapsed; or the reason it is refused."""
    text = "" if raw is None else str(raw)
    if not text.isascii():  # ASCII is always NFC
        text = unicodedata.normalize("NFC", text)
    # Fast path for the usual cell (the roster import checks every field of every row): a printable string
    # has no Cc/Cf/Cs/unassigned character and no separator but the ASCII space, so only a person's name
    # still needs the per-character look (for combining marks).
    printable = text.isprintable()
    if not printable or (rule.kind == NAME and not _PLAIN_NAME.fullmatch(text)):
        for position, ch in enumerate(text, start=1):
            reason = _refusal(ch, rule)
            if reason is not None:
                return Checked(text, tr("第 {i} 个字符：").format(i=position) + reason)
    if printable:  # the only whitespace is the ASCII space
        text = _SPACE_RUN.sub(" ", text).strip(" ") if "  " in text else text.strip(" ")
    elif rule.multiline:
        lines = _LINE_SPLIT.split(text)
        text = "\n".join(_collapse(line) for line in lines).strip("\n")
    else:
        text = _collapse(text)
    if len(text) > rule.max_len:
        return Checked(text, tr("过长：{n} 个字，最多 {m} 个").format(n=len(text), m=rule.max_len))
    return Checked(text, None)


def plain_text(text: str, rule: FieldRule) -> str | None:
    """``text`` when ``check_text(text, rule)`` would keep it exactly as it is and refuse nothing (NFC already,
    printable, no space at either end or twice inside, short enough, a plain name); else None: ask
    ``check_text``.  Saves the import its per-field result object (tests/app/rules/test_fast_paths.py)."""
    if (text.isprintable() and len(text) <= rule.max_len and "  " not in text
            and not text.startswith(" ") and not text.endswith(" ")
            and (text.isascii() or unicodedata.is_normalized("NFC", text))
            and (rule.kind != NAME or plain_name(text))):
        return text
    return None


# Between joined texts: printable, not a space, and a starter that no canonical composition begins or ends
# with, so the NFC of the joined text is the joined NFC of each (checked in tests/app/rules/test_fast_paths.py).
_JOINER = "|"


def all_plain(texts: Sequence[str], max_len: int) -> bool:
    """True only when ``plain_text(t, rule)`` is ``t`` for every text ``t`` under any rule allowing ``max_len``
    characters (a NAME rule also needs ``plain_name``): checked on the texts joined, in a few C-level passes
    instead of a few per text.  False means "not sure": ask ``plain_text``/``check_text`` per text."""
    joined = _JOINER.join(texts)
    return (joined.isprintable() and "  " not in joined and " |" not in joined and "| " not in joined
            and not joined.startswith(" ") and not joined.endswith(" ")
            and (joined.isascii() or unicodedata.is_normalized("NFC", joined))
            and max(map(len, texts), default=0) <= max_len)


def plain_name(text: str) -> bool:
    """A person's name of the characters that need no per-character look (see ``_PLAIN_NAME``)."""
    return _PLAIN_NAME.fullmatch(text) is not None


_LINE_SPLIT = re.compile(r"\r\n|[\n\r\u2028\u2029]")
# Names made of CJK ideographs, Latin letters, the middle dots of minority names and spaces need no
# per-character look: none of these is a combining mark.
_PLAIN_NAME = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaffA-Za-z\u00b7\u30fb\u2022 .]*")
_SPACE_RUN = re.compile("[" + "".join(sorted(_SPACES)) + "]+")


def _collapse(line: str) -> str:
    return _SPACE_RUN.sub(" ", line).strip(" ")


def clean(raw: object, rule: FieldRule, column: str, *, required: bool = False, message: str | None = None) -> str:
    """The cleaned text, or ValidationError naming ``column`` (for forms and service arguments)."""
    checked = check_text(raw, rule)
    if checked.problem is None and required and not checked.text:
        checked = Checked("", tr("不能为空"))
    if checked.problem is not None:
        problem = Problem(checked.problem, column=column, value=visible(raw))
        raise ValidationError(message or tr("“{c}”有误：{p}").format(c=column, p=checked.problem), [problem])
    return checked.text


def clean_optional(raw: object, rule: FieldRule, column: str) -> str | None:
    """Like ``clean``; an empty value gives None (optional reasons)."""
    return clean(raw, rule, column) or None


def visible(raw: object) -> str:
    """A value as text with every invisible or control character shown as ⟨U+XXXX⟩ (for messages)."""
    if raw is None:
        return ""
    out = []
    for ch in str(raw)[:200]:
        cat = unicodedata.category(ch)
        if (cat in ("Cc", "Cf", "Cs") and ch not in "\t\n") or _noncharacter(ord(ch)):
            out.append(f"⟨{code_point(ch)}⟩")
        else:
            out.append(ch)
    return "".join(out) + ("…" if len(str(raw)) > 200 else "")

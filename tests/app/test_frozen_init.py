"""app.frozen_init.quick_init: the same instance as the dataclass's own __init__ makes, only made faster."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from app.frozen_init import quick_init
from app.rules.idcard import IdInfo
from app.rules.scoring import Entry
from app.services.roster_rows import ContestantDraft
from app.tabular import Row


@dataclasses.dataclass(frozen=True)
class Plain:
    a: int
    b: str
    c: tuple[int, ...]


@quick_init
@dataclasses.dataclass(frozen=True)
class Quick:
    a: int
    b: str
    c: tuple[int, ...]


def test_an_instance_is_the_dataclass_instance() -> None:
    slow, fast = Plain(1, "x", (2,)), Quick(1, "x", (2,))
    assert vars(fast) == vars(slow) and repr(fast) == repr(slow).replace("Plain", "Quick")
    assert fast == Quick(1, "x", (2,)) and fast != Quick(1, "y", (2,)) and hash(fast) == hash(Quick(1, "x", (2,)))
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.a = 2  # type: ignore[misc]
    with pytest.raises(TypeError):
        Quick(1, "x")  # type: ignore[call-arg]
    assert Quick(c=(3,), b="z", a=0) == Quick(0, "z", (3,))


@pytest.mark.parametrize("cls", [IdInfo, ContestantDraft, Row, Entry])
def test_the_import_records_match_their_generated_init(cls: type) -> None:
    """Each argument lands in its own field, as the generated __init__ puts it (the import records, and the
    scoring log's entries: ~25,000 per grid load)."""
    names = [f.name for f in dataclasses.fields(cls)]
    values = [f"v{i}" for i in range(len(names))]
    made = cls(*values)
    assert [getattr(made, n) for n in names] == values and vars(made) == dict(zip(names, values, strict=True))
    twin = object.__new__(cls)
    for n, v in zip(names, values, strict=True):
        object.__setattr__(twin, n, v)
    assert made == twin and hash(made) == hash(twin) and repr(made) == repr(twin)


def test_fields_with_defaults_are_refused() -> None:
    @dataclasses.dataclass(frozen=True)
    class WithDefault:
        a: int = 1

    with pytest.raises(TypeError):
        quick_init(WithDefault)

    @dataclasses.dataclass
    class Mutable:
        a: int

    with pytest.raises(TypeError):
        quick_init(Mutable)
    assert ContestantDraft("n", "i", "男", date(1990, 1, 1), "", "", "职工", None, None, None, ()).gender == "男"

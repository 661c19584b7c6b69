"""A faster ``__init__`` for frozen dataclasses made by the thousand (a roster import makes two per row)."""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

T = TypeVar("T")


def quick_init(cls: type[T]) -> type[T]:
    """Replace a frozen dataclass's generated ``__init__`` (one ``object.__setattr__`` call per field, about
    1 µs for six fields) by one that fills the instance's ``__dict__`` directly.  Same arguments in the same
    order, same instance: equality, hashing, ``repr`` and the refusal to assign stay the dataclass's own
    (tests/app/test_frozen_init.py).  Only for plain fields: no defaults, no ``__post_init__``, no slots."""
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or not params.frozen or hasattr(cls, "__slots__") or hasattr(cls, "__post_init__") or any(
            not f.init or f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING
            for f in fields):
        raise TypeError(f"quick_init needs a frozen dataclass of plain fields, not {cls.__name__}")
    names = [f.name for f in fields]
    body = "\n".join(f"    d[{n!r}] = {n}" for n in names)
    source = f"def __init__(self, {', '.join(names)}):\n    d = self.__dict__\n{body}\n"
    namespace: dict[str, Any] = {}
    exec(source, {}, namespace)  # as dataclasses itself makes __init__; the text is built from field names only
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init  # type: ignore[method-assign]
    return cls

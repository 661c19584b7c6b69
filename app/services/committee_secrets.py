"""The committee's two secrets in the central database (the certificate signing key, the encryption identity):
who makes one and how it is kept, once for both.  Each is a ``CentralSetting`` row made once and never
overwritten (what was signed or encrypted with it depends on it), with a line in the committee's log."""

from __future__ import annotations

from typing import Any

from app.clock import now
from app.errors import NotFound, StateError, ValidationError
from app.i18n import tr
from app.rules import text_policy
from db.central.engine import CentralDb
from db.central.models import CentralEvent, CentralSetting


def keeper(by: str, passphrase: str, confirm: str) -> str:
    """The person making a secret (cleaned, required), once the passphrase was typed the same twice."""
    by = text_policy.clean(by, text_policy.PERSON_NAME, tr("经办人"))
    if not by:
        raise ValidationError(tr("请填写经办人姓名"), column=tr("经办人"))
    if passphrase != confirm:
        raise ValidationError(tr("两次输入的口令不一致"), column=tr("口令"))
    return by


def create(db: CentralDb, key: str, value: dict[str, Any], exists: str, by: str, action: str,
           data: dict[str, Any]) -> None:
    """Keep a new secret under ``key``; ``exists`` is the refusal when there is one already."""
    with db.unit_of_work() as s:
        if s.get(CentralSetting, key) is not None:
            raise StateError(exists)
        s.add(CentralSetting(key=key, value=value))
        s.add(CentralEvent(at=now(), actor=by, action=action, data=data))


def stored(db: CentralDb, key: str, missing: str) -> dict[str, Any]:
    """The secret's row as kept; ``missing`` says how to make it when there is none."""
    with db.unit_of_work() as s:
        row = s.get(CentralSetting, key)
        if row is None:
            raise NotFound(missing)
        return dict(row.value)

"""Vault changes are in the venue's audit trail (public key and fingerprint, never a secret)."""

from __future__ import annotations

from app.roles import Actor
from app.services import audit_log, integrity, vault
from db.venue_file import VenueFile
from tests.conftest import HEAD_PASSPHRASE


def test_key_creation_and_replacement_are_audited(venue: VenueFile, head: Actor) -> None:
    first = vault.info(venue)
    assert first is not None
    second = vault.replace_signing_key(venue, head, HEAD_PASSPHRASE)
    lines = [line for line in audit_log.recent(venue, 10) if line.action.startswith("vault.")]
    assert [line.action for line in lines] == ["vault.replace_signing_key", "vault.create"]
    assert lines[0].data["fingerprint"] == second.info.fingerprint
    assert lines[0].data["old_fingerprint"] == first.fingerprint == lines[1].data["fingerprint"]
    assert lines[0].action_label == "更换赛场签名密钥"
    text = str([line.data for line in lines])
    assert "AGE-SECRET-KEY" not in text and HEAD_PASSPHRASE not in text and second.recovery_code not in text
    assert integrity.check(venue).ok

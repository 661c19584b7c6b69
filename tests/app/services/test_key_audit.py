"""A venue key change is in the venue's audit trail (its fingerprint, never the private key)."""

from __future__ import annotations

from app.roles import Actor
from app.services import audit_log, integrity, venue_keys
from db.venue_file import VenueFile


def test_key_creation_and_replacement_are_audited(venue: VenueFile, head: Actor) -> None:
    first = venue_keys.create_key(head, "chongqing-2026", "chongqing-2026", venue=venue)
    second = venue_keys.create_key(head, "another-passphrase", "another-passphrase", replace=True, venue=venue)
    lines = [line for line in audit_log.recent(venue, 10) if line.action.startswith("key.")]
    assert [line.action for line in lines] == ["key.replace", "key.create"]
    assert lines[0].data["fingerprint"] == second.fingerprint and lines[1].data["fingerprint"] == first.fingerprint
    assert lines[0].action_label == "更换赛场签名密钥"
    secret = first.secret_file.read_bytes() if first.secret_file.exists() else b""
    assert all("secret" not in str(line.data).lower() for line in lines)
    assert secret == b"" or secret.decode("utf-8", "ignore") not in str(lines[1].data)
    assert integrity.check(venue).ok

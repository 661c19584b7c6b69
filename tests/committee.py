"""The organising committee's keys in the tests: venues encrypt their packages and USB backups to them.

Made once per test run (X25519 and Ed25519 generation is cheap); the identity is at hand in the clear
here so tests can open what venues wrote, as the committee does after unlocking it with its passphrase.
"""

from __future__ import annotations

from pathlib import Path

from app import sealing
from app.package.committee_keys import CommitteeKeys
from app.package.keys import SigningKey
from app.roles import Actor
from app.services import committee
from db.venue_file import VenueFile

IDENTITY, RECIPIENT = sealing.new_identity()
SIGNER = SigningKey.generate()
KEYS = CommitteeKeys(SIGNER.public, RECIPIENT)


def install(venue: VenueFile, head: Actor) -> None:
    """The head judge imports the committee's public-key file, confirming its fingerprint."""
    committee.install(venue, head, KEYS, KEYS.fingerprint)


def decrypted(path: Path) -> Path:
    """The signed zip inside an encrypted package, written beside it (``….zip.age`` → ``….zip``)."""
    path = Path(path)
    if path.suffix != ".age":
        return path
    out = path.with_suffix("")
    if not out.exists():
        out.write_bytes(sealing.open_sealed(path.read_bytes(), IDENTITY))
    return out

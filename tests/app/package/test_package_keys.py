"""Venue key pair: public key text forms, the encrypted private key file, and its failure modes."""

from __future__ import annotations

import base64
import copy
import json
import pickle
import re
from collections.abc import Callable
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given
from hypothesis import strategies as st

from app.errors import IntegrityError, ValidationError
from app.package import keys
from app.package.keys import PublicKey, SigningKey

PASS = "巴渝工匠 2025 赛场"

# One key for the whole module: scrypt makes every load ~0.1 s on purpose.
BLOB, PUBLIC = keys.generate_keypair(PASS)


def _doc(blob: bytes = BLOB) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(blob.decode("utf-8"))
    return doc


def _blob(doc: dict[str, Any]) -> bytes:
    return json.dumps(doc).encode("utf-8")


# --- public key -----------------------------------------------------------------------------


def test_worked_example_matches_minisign_layout() -> None:
    # Key id bytes 38 5A 0E 28 D2 03 29 62 are printed by minisign as 622903D2280E5A38
    # (a real `minisign -G` output, see test_package_minisign for the live check).
    line = "RWQ4Wg4o0gMpYpB2H/j3TPy+bY72FRZyU1VCL5P+dHFPAmHKwFQAZve2"
    pub = PublicKey.parse(line)
    assert pub.key_id == bytes.fromhex("385a0e28d2032962")
    assert pub.key_id_hex == "622903D2280E5A38"
    assert pub.minisign_line() == line
    assert pub.file_text() == f"untrusted comment: minisign public key 622903D2280E5A38\n{line}\n"
    assert pub.fingerprint().startswith("6229 03D2 280E 5A38 (SHA-256 ")
    assert re.fullmatch(r"[0-9A-F]{4}( [0-9A-F]{4}){3} \(SHA-256 [0-9A-F]{8}\)", pub.fingerprint())


@given(st.binary(min_size=8, max_size=8), st.binary(min_size=32, max_size=32))
def test_public_key_round_trips_through_line_and_file(key_id: bytes, raw: bytes) -> None:
    pub = PublicKey(key_id=key_id, raw=raw)
    assert PublicKey.parse(pub.minisign_line()) == pub
    assert PublicKey.parse(pub.file_text()) == pub
    assert PublicKey.parse(pub.file_text("场馆 07 的公钥")) == pub


def test_parse_tolerates_paste_noise() -> None:
    text = "\ufeff" + PUBLIC.file_text().replace("\n", "\r\n") + "\r\n\r\n"
    assert PublicKey.parse(text) == PUBLIC
    assert PublicKey.parse(f'  "{PUBLIC.minisign_line()}"  \n') == PUBLIC


@pytest.mark.parametrize(
    "garbage",
    [
        "",
        "hello world",
        "RWQ4Wg4o0gMpYpB2H/j3TPy+bY72FRZyU1VCL5P+dHFPAmHKwFQAZve",  # one character short
        base64.b64encode(b"Ex" + bytes(40)).decode(),  # wrong algorithm
        base64.b64encode(b"Ed" + bytes(39)).decode(),  # wrong length
        "untrusted comment: minisign public key\nAAAA\nBBBB\n",  # two key lines
        "untrusted comment: only a comment\n",
    ],
)
def test_parse_garbage_gives_chinese_validation_error(garbage: str) -> None:
    with pytest.raises(ValidationError, match="公钥格式不正确"):
        PublicKey.parse(garbage)


# --- private key file -----------------------------------------------------------------------


def test_generate_and_load_round_trip_signs_with_the_registered_key() -> None:
    key = keys.load_private_key(BLOB, PASS)
    assert key.public == PUBLIC
    assert key.key_id == PUBLIC.key_id
    doc = _doc()
    assert doc["format"] == keys.KEY_FILE_FORMAT
    assert doc["kdf"] == {"name": "scrypt", "n": 2**15, "r": 8, "p": 1, "salt": doc["kdf"]["salt"]}
    assert doc["key_id"] == PUBLIC.key_id_hex
    assert doc["public_key"] == PUBLIC.minisign_line()


def test_private_key_is_not_stored_in_clear() -> None:
    key = keys.load_private_key(BLOB, PASS)
    seed = key._private.private_bytes_raw()
    for form in (seed, seed.hex().encode(), base64.b64encode(seed)):
        assert form not in BLOB


def test_each_encryption_uses_fresh_salt_and_nonce() -> None:
    key = keys.load_private_key(BLOB, PASS)
    again = keys.encrypt_private_key(key._private, key.key_id, PASS)
    assert _doc(again)["kdf"]["salt"] != _doc()["kdf"]["salt"]
    assert _doc(again)["nonce"] != _doc()["nonce"]
    assert keys.load_private_key(again, PASS).public == PUBLIC


def test_wrong_passphrase_says_so() -> None:
    with pytest.raises(ValidationError, match="口令不正确"):
        keys.load_private_key(BLOB, PASS + "x")


@pytest.mark.parametrize("short", ["", "1234567", "       ", "        "])
def test_short_or_blank_passphrase_refused(short: str) -> None:
    with pytest.raises(ValidationError, match="口令至少需要 8 个字符"):
        keys.generate_keypair(short)


def test_unicode_passphrase_is_normalised() -> None:
    composed, decomposed = "caf\u00e9-venue-07", "cafe\u0301-venue-07"
    key = SigningKey.generate()
    blob = keys.encrypt_private_key(key._private, key.key_id, composed)
    assert keys.load_private_key(blob, decomposed).public == key.public


def test_change_passphrase_keeps_the_key() -> None:
    new_blob = keys.change_passphrase(BLOB, PASS, "另一个足够长的口令")
    assert keys.load_private_key(new_blob, "另一个足够长的口令").public == PUBLIC
    with pytest.raises(ValidationError, match="口令不正确"):
        keys.load_private_key(new_blob, PASS)


def _flip_b64(value: str) -> str:
    raw = bytearray(base64.b64decode(value))
    raw[0] ^= 1
    return base64.b64encode(bytes(raw)).decode()


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: d.update(ciphertext=_flip_b64(d["ciphertext"])),
        lambda d: d.update(nonce=_flip_b64(d["nonce"])),
        # someone pastes another venue's public key into the file
        lambda d: d.update(public_key=SigningKey.generate().public.minisign_line()),
        lambda d: d.update(key_id="0000000000000000"),
        lambda d: d.update(version=2),
        lambda d: d.update(cipher="rot13"),
        lambda d: d.pop("ciphertext"),
        lambda d: d.update(ciphertext="!!not base64!!"),
        lambda d: d["kdf"].update(n=2**40),  # would need terabytes: refused before scrypt runs
        lambda d: d["kdf"].update(n=1000),  # not a power of two
        lambda d: d["kdf"].update(r="8"),
    ],
)
def test_damaged_file_is_integrity_error(damage: Callable[[dict[str, Any]], object]) -> None:
    doc = copy.deepcopy(_doc())
    damage(doc)
    with pytest.raises(IntegrityError, match="私钥文件已损坏"):
        keys.load_private_key(_blob(doc), PASS)


@pytest.mark.parametrize("blob", [b"", b"\xff\xfe", b"[1, 2]", b'{"format": "other"}', BLOB[:50]],
                         ids=["empty", "not-utf8", "json-list", "other-format", "cut-short"])
def test_not_a_key_file_is_integrity_error(blob: bytes) -> None:
    with pytest.raises(IntegrityError, match="私钥文件已损坏"):
        keys.load_private_key(blob, PASS)


def test_signing_key_never_shows_or_pickles_its_secret() -> None:
    key = keys.load_private_key(BLOB, PASS)
    seed = key._private.private_bytes_raw()
    for text in (repr(key), str(key), f"{key}"):
        assert seed.hex() not in text.lower()
        assert base64.b64encode(seed).decode() not in text
        assert PUBLIC.key_id_hex in text
    with pytest.raises(TypeError):
        pickle.dumps(key)
    with pytest.raises(TypeError):
        copy.deepcopy(key)


def test_signing_key_from_explicit_private_key() -> None:
    private = Ed25519PrivateKey.generate()
    key = SigningKey(private, b"\x01" * 8)
    assert key.public.key_id_hex == "0101010101010101"
    with pytest.raises(ValueError):
        SigningKey(private, b"short")


def test_public_key_file_matches_minisign_for_a_key_id_with_a_leading_zero() -> None:
    # minisign writes the id with %PRIX64: 0E37… appears as E37…, and our .pub must be byte-identical
    pub = PublicKey(key_id=(0x0E370C2B12756386).to_bytes(8, "little"), raw=bytes(32))
    assert pub.key_id_hex == "0E370C2B12756386"
    assert pub.file_text().splitlines()[0] == "untrusted comment: minisign public key E370C2B12756386"

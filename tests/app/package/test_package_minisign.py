"""minisign signatures: our own round trips, tampering, and both directions against the real tool."""

from __future__ import annotations

import base64
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.errors import IntegrityError, ValidationError
from app.package import minisign
from app.package.keys import PublicKey, SigningKey
from app.package.sha256sums import SIG_NAME, SUMS_NAME, make_sha256sums
from app.package.zipsafe import read_zip_safely, write_zip

KEY = SigningKey.generate()
OTHER = SigningKey.generate()
DATA = "场馆 07 成绩\n1,张三,87.50\n".encode()
TRUSTED = "timestamp:1764374400\tvenue:07\titem:中式面点"

MINISIGN = shutil.which("minisign")
needs_minisign = pytest.mark.skipif(
    MINISIGN is None, reason="the `minisign` command is not installed (apt-get install minisign)"
)

one_line = st.text(st.characters(codec="utf-8", exclude_characters="\r\n"), max_size=60)


def _lines(sig: str) -> list[str]:
    return sig.splitlines()


def _with_line(sig: str, index: int, new: str) -> str:
    lines = _lines(sig)
    lines[index] = new
    return "\n".join(lines) + "\n"


def _flip_b64_line(line: str, byte: int) -> str:
    raw = bytearray(base64.b64decode(line))
    raw[byte] ^= 0x01
    return base64.b64encode(bytes(raw)).decode()


# --- format and round trips -------------------------------------------------------------------


def test_signature_layout() -> None:
    sig = KEY.sign_file(DATA, TRUSTED, "untrusted: 场馆 07")
    lines = _lines(sig)
    assert sig.endswith("\n") and len(lines) == 4
    assert lines[0] == "untrusted comment: untrusted: 场馆 07"
    raw = base64.b64decode(lines[1])
    assert raw[:2] == b"ED" and raw[2:10] == KEY.key_id and len(raw) == 74
    assert lines[2] == f"trusted comment: {TRUSTED}"
    assert len(base64.b64decode(lines[3])) == 64
    assert minisign.verify(DATA, sig, KEY.public) == TRUSTED


@settings(max_examples=40, deadline=None)
@given(data=st.binary(max_size=2000), trusted=one_line, untrusted=one_line)
def test_sign_verify_round_trip(data: bytes, trusted: str, untrusted: str) -> None:
    sig = minisign.sign(data, KEY, trusted, untrusted)
    assert minisign.verify(data, sig, KEY.public) == trusted
    assert minisign.parse_signature(sig).untrusted_comment == untrusted


@settings(max_examples=40, deadline=None)
@given(data=st.binary(min_size=1, max_size=300), position=st.integers(min_value=0), bit=st.integers(0, 7))
def test_any_flipped_bit_in_data_is_detected(data: bytes, position: int, bit: int) -> None:
    sig = KEY.sign_file(data, TRUSTED)
    changed = bytearray(data)
    changed[position % len(data)] ^= 1 << bit
    with pytest.raises(IntegrityError, match="签名无效：文件已被修改或签名被替换"):
        minisign.verify(bytes(changed), sig, KEY.public)


def test_legacy_ed_variant_is_accepted() -> None:
    # "Ed": the Ed25519 signature covers the file itself instead of its BLAKE2b-512 hash.
    signature = KEY.ed25519_sign(DATA)
    global_sig = KEY.ed25519_sign(signature + TRUSTED.encode())
    sig = (
        "untrusted comment: legacy\n"
        + base64.b64encode(b"Ed" + KEY.key_id + signature).decode()
        + f"\ntrusted comment: {TRUSTED}\n"
        + base64.b64encode(global_sig).decode()
        + "\n"
    )
    assert minisign.verify(DATA, sig, KEY.public) == TRUSTED
    with pytest.raises(IntegrityError, match="签名无效"):
        minisign.verify(DATA + b" ", sig, KEY.public)


def test_windows_line_ends_are_tolerated() -> None:
    sig = KEY.sign_file(DATA, TRUSTED).replace("\n", "\r\n")
    assert minisign.verify(DATA, sig, KEY.public) == TRUSTED


def test_untrusted_comment_is_not_protected() -> None:
    sig = _with_line(KEY.sign_file(DATA, TRUSTED), 0, "untrusted comment: anything at all")
    assert minisign.verify(DATA, sig, KEY.public) == TRUSTED


@pytest.mark.parametrize("bad", ["two\nlines", "cr\rhere"])
def test_comments_must_be_one_line(bad: str) -> None:
    with pytest.raises(ValidationError, match="只能有一行"):
        KEY.sign_file(DATA, bad)
    with pytest.raises(ValidationError, match="只能有一行"):
        KEY.sign_file(DATA, "ok", bad)


def test_overlong_trusted_comment_refused() -> None:
    with pytest.raises(ValidationError, match="可信注释太长"):
        KEY.sign_file(DATA, "字" * 3000)


# --- tampering --------------------------------------------------------------------------------


@pytest.mark.parametrize(("line", "edit", "refusal"), [
    (1, lambda text: _flip_b64_line(text, 20), "签名无效：文件已被修改或签名被替换"),  # a byte of the signature
    (2, lambda _text: "trusted comment: " + TRUSTED.replace("07", "08"), "可信注释被修改"),  # the trusted comment
    (3, lambda text: _flip_b64_line(text, 5), "可信注释被修改"),  # a byte of the global signature
], ids=["flipped-signature", "changed-trusted-comment", "flipped-global-signature"])
def test_edited_signature_line_is_refused(line: int, edit: Callable[[str], str], refusal: str) -> None:
    sig = KEY.sign_file(DATA, TRUSTED)
    bad = _with_line(sig, line, edit(_lines(sig)[line]))
    with pytest.raises(IntegrityError, match=refusal):
        minisign.verify(DATA, bad, KEY.public)


def test_signed_by_a_different_key() -> None:
    sig = OTHER.sign_file(DATA, TRUSTED)
    with pytest.raises(IntegrityError, match="签名所用密钥与登记的公钥不符"):
        minisign.verify(DATA, sig, KEY.public)


def test_key_id_forged_onto_a_different_key() -> None:
    # An attacker can copy the registered key id; the signature itself still fails.
    impostor = SigningKey(OTHER._private, KEY.key_id)
    sig = impostor.sign_file(DATA, TRUSTED)
    with pytest.raises(IntegrityError, match="签名无效"):
        minisign.verify(DATA, sig, KEY.public)


@pytest.mark.parametrize(
    "mangle",
    [
        lambda s: "",
        lambda s: "\n".join(_lines(s)[:3]),
        lambda s: s + "extra line\n",
        lambda s: _with_line(s, 0, "comment: no prefix"),
        lambda s: _with_line(s, 2, "trusted: no prefix"),
        lambda s: _with_line(s, 1, "not base64 !!"),
        lambda s: _with_line(s, 1, _lines(s)[1][:-8]),
        lambda s: _with_line(s, 1, base64.b64encode(b"XX" + bytes(72)).decode()),
        lambda s: _with_line(s, 3, base64.b64encode(bytes(10)).decode()),
    ],
)
def test_malformed_signature_file(mangle: Callable[[str], str]) -> None:
    with pytest.raises(IntegrityError, match="签名文件格式不正确"):
        minisign.verify(DATA, mangle(KEY.sign_file(DATA, TRUSTED)), KEY.public)


# --- against the real minisign ------------------------------------------------------------------


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=30)


@needs_minisign
def test_real_minisign_verifies_our_signature(tmp_path: Path) -> None:
    (tmp_path / "data.csv").write_bytes(DATA)
    (tmp_path / "data.csv.minisig").write_text(KEY.sign_file(DATA, TRUSTED), encoding="utf-8")
    (tmp_path / "venue.pub").write_text(KEY.public.file_text(), encoding="utf-8")
    by_line = _run("minisign", "-Vm", "data.csv", "-P", KEY.public.minisign_line(), cwd=tmp_path)
    assert by_line.returncode == 0, by_line.stderr
    assert f"Trusted comment: {TRUSTED}" in by_line.stdout
    by_file = _run("minisign", "-V", "-H", "-m", "data.csv", "-p", "venue.pub", cwd=tmp_path)
    assert by_file.returncode == 0, by_file.stderr  # -H: the prehashed variant, as we write it

    (tmp_path / "data.csv").write_bytes(DATA + "2,李四,99.00\n".encode())
    tampered = _run("minisign", "-Vm", "data.csv", "-P", KEY.public.minisign_line(), cwd=tmp_path)
    assert tampered.returncode != 0
    other = _run("minisign", "-Vm", "data.csv", "-P", OTHER.public.minisign_line(), cwd=tmp_path)
    assert other.returncode != 0


@needs_minisign
@pytest.mark.parametrize("legacy", [False, True], ids=["prehashed-ED", "legacy-Ed"])
def test_we_verify_real_minisign_signatures(tmp_path: Path, legacy: bool) -> None:
    made = _run("minisign", "-G", "-W", "-p", "k.pub", "-s", "k.sec", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    pub_text = (tmp_path / "k.pub").read_text()
    public = PublicKey.parse(pub_text)
    # minisign prints the key id as a little-endian number in uppercase hex, without leading zeros (%PRIX64)
    assert pub_text.splitlines()[0] == f"untrusted comment: minisign public key {public.key_id_minisign}"
    assert int(public.key_id_minisign, 16) == int(public.key_id_hex, 16)
    assert public.file_text() == pub_text

    (tmp_path / "data.csv").write_bytes(DATA)
    args = ["minisign", "-S", "-W", "-s", "k.sec", "-m", "data.csv", "-t", TRUSTED, "-c", "来自 minisign"]
    signed = _run(*args, *(["-l"] if legacy else []), cwd=tmp_path)
    assert signed.returncode == 0, signed.stderr
    sig = (tmp_path / "data.csv.minisig").read_text(encoding="utf-8")
    assert minisign.parse_signature(sig).algorithm == (b"Ed" if legacy else b"ED")
    assert minisign.verify(DATA, sig, public) == TRUSTED
    with pytest.raises(IntegrityError, match="签名无效"):
        minisign.verify(DATA[:-1], sig, public)
    with pytest.raises(IntegrityError, match="签名所用密钥与登记的公钥不符"):
        minisign.verify(DATA, sig, KEY.public)


@needs_minisign
@pytest.mark.skipif(shutil.which("sha256sum") is None, reason="`sha256sum` (coreutils) not installed")
def test_committee_command_line_check_of_a_package(tmp_path: Path) -> None:
    """The documented check: unzip, then `minisign -Vm SHA256SUMS -P <key> && sha256sum -c SHA256SUMS`."""
    files = {"results/成绩.csv": DATA, "results/summary.json": b'{"venue": "07"}\n', "README.txt": b"hi\n"}
    sums = make_sha256sums(files)
    package = dict(files)
    package[SUMS_NAME] = sums.encode()
    package[SIG_NAME] = KEY.sign_file(sums.encode(), TRUSTED).encode()
    write_zip(tmp_path / "venue07.zip", package)

    unpacked = tmp_path / "unpacked"
    for name, content in read_zip_safely(tmp_path / "venue07.zip").items():
        (unpacked / name).parent.mkdir(parents=True, exist_ok=True)
        (unpacked / name).write_bytes(content)
    command = f"minisign -Vm {SUMS_NAME} -P {KEY.public.minisign_line()} && sha256sum -c {SUMS_NAME}"
    ok = subprocess.run(command, shell=True, cwd=unpacked, capture_output=True, text=True, timeout=30)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "results/成绩.csv: OK" in ok.stdout

    (unpacked / "results/成绩.csv").write_bytes(DATA.replace(b"87.50", b"97.50"))
    bad = subprocess.run(command, shell=True, cwd=unpacked, capture_output=True, text=True, timeout=30)
    assert bad.returncode != 0
    assert "FAILED" in bad.stdout

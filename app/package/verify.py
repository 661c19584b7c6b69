"""Checking a received result package before anything in it is used.

Order (docs/package-format.md): read the zip safely → SHA256SUMS and its signature present →
signature valid for a *registered* key (never a key found in the package) → every file listed
and matching, nothing extra → results.json is UTF-8 JSON valid against the schema → the signed
trusted comment names the same item and revision as results.json.  The first failure raises
``PackageRefused`` naming the file and the reason; nothing is returned half-checked.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files as resource_files
from pathlib import Path
from typing import Any

from app.errors import IntegrityError, Problem
from app.i18n import tr
from app.package import minisign
from app.package.export import APPEALS_NAME, REQUIRED, RESULTS_NAME, parse_trusted_comment
from app.package.json_text import encodable, first_unencodable_line, may_hold_lone_surrogate
from app.package.keys import PublicKey
from app.package.sha256sums import SIG_NAME, SUMS_NAME, check, parse_sha256sums
from app.package.zipsafe import ZipLimits, read_zip_bytes, read_zip_safely


class PackageRefused(IntegrityError):
    """The package failed a check; ``file`` names the member at fault (or the zip itself)."""

    def __init__(self, package: str, file: str, reason: str, problems: list[Problem] | None = None) -> None:
        super().__init__(
            tr("成绩包“{pkg}”已拒绝：{file}：{reason}").format(pkg=package, file=file, reason=reason),
            problems, file=file,
        )
        self.package = package
        self.file = file
        self.reason = reason


@dataclass(frozen=True)
class VerifiedPackage:
    file_name: str
    zip_sha256: str
    files: Mapping[str, bytes]
    results: dict[str, Any]
    key: PublicKey  # the registered key that signed it
    trusted_comment: str
    appeals: dict[str, Any] | None = None  # appeals.json (layout 3); None in an older package


@cache
def _schema(name: str) -> dict[str, Any]:
    text = resource_files("resources").joinpath(f"schemas/{name}").read_text(encoding="utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


def results_schema() -> dict[str, Any]:
    return _schema("results.schema.json")


@cache
def _compiled(name: str) -> Any:
    """A schema of resources/schemas compiled once per process by jsonschema-rs (draft 2020-12, as they say)."""
    import jsonschema_rs

    return jsonschema_rs.Draft202012Validator(_schema(name))


def _compiled_results_schema() -> Any:
    return _compiled("results.schema.json")


def _path_text(path: Sequence[Any]) -> str:
    return "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path).lstrip(".")


def schema_problems(data: Any, schema: str = "results.schema.json", file: str = RESULTS_NAME) -> list[Problem]:
    """Every place where ``data`` departs from the schema (path as a.b[3].c).

    Whether it departs at all is decided by the compiled schema (jsonschema-rs: a received package's check
    took ~1.3 s in jsonschema, three-quarters of a central import); only a file that fails is walked again by
    jsonschema, whose messages and paths name every problem as before.  Where jsonschema finds nothing the
    compiled schema is the stricter (e.g. Python's ``$`` also matches before a trailing newline): its own
    errors are reported.  A file passes only if the compiled schema passes it — never weaker than before
    (tests/app/package/test_schema_validator.py).
    """
    if _compiled(schema).is_valid(data):
        return []
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(_schema(schema))
    found = [(list(e.absolute_path), e.message) for e in validator.iter_errors(data)]
    if not found:
        found = [(list(e.instance_path), e.message) for e in _compiled(schema).iter_errors(data)]
    out: list[Problem] = []
    for path, message in sorted(found, key=lambda e: list(map(str, e[0]))):
        out.append(Problem(tr("不符合格式：{msg}").format(msg=message[:200]), file=file,
                           column=_path_text(path) or tr("（整个文件）")))
    return out


def _find_key(sig_text: str, keys: Sequence[PublicKey], name: str) -> PublicKey:
    try:
        sig = minisign.parse_signature(sig_text)
    except IntegrityError as exc:
        raise PackageRefused(name, SIG_NAME, exc.message) from exc
    for key in keys:
        if key.key_id == sig.key_id:
            return key
    kid = sig.key_id[::-1].hex().upper()
    raise PackageRefused(name, SIG_NAME, tr("签名密钥 {kid} 未登记（请先登记该赛场的公钥，并核对指纹）").format(kid=kid))


def verify_files(name: str, content: Mapping[str, bytes], keys: Sequence[PublicKey]) -> VerifiedPackage:
    """All checks after unzipping; ``content`` is ``{member name: bytes}``."""
    for required in (SUMS_NAME, SIG_NAME):
        if required not in content:
            raise PackageRefused(name, required, tr("缺少此文件，无法核对签名"))
    try:
        sig_text = content[SIG_NAME].decode("utf-8")
        sums_text = content[SUMS_NAME].decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PackageRefused(name, SIG_NAME, tr("不是 UTF-8 文本")) from exc
    key = _find_key(sig_text, keys, name)
    try:
        comment = minisign.verify(content[SUMS_NAME], sig_text, key)
    except IntegrityError as exc:
        raise PackageRefused(name, SIG_NAME, exc.message) from exc
    try:
        sums = parse_sha256sums(sums_text)
    except IntegrityError as exc:
        raise PackageRefused(name, SUMS_NAME, exc.message, exc.problems) from exc
    mismatches = check(content, sums)
    if mismatches:
        raise PackageRefused(name, SUMS_NAME, "；".join(mismatches))
    for required in REQUIRED:
        if required not in sums:
            raise PackageRefused(name, required, tr("缺少此文件（校验清单中没有）"))
    _refuse_unencodable(name, content)
    try:
        data = json.loads(content[RESULTS_NAME].decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PackageRefused(name, RESULTS_NAME, tr("不是有效的 UTF-8 JSON：{err}").format(err=exc)) from exc
    problems = schema_problems(data)
    if problems:
        raise PackageRefused(name, RESULTS_NAME, tr("不符合 results.json 格式（共 {n} 处）：{first}").format(
            n=len(problems), first=problems[0]), problems)
    _check_comment(name, comment, data)
    return VerifiedPackage(name, "", content, data, key, comment, _appeals(name, content))


def _refuse_unencodable(name: str, content: Mapping[str, bytes]) -> None:
    """A JSON member spelling a character UTF-8 cannot hold (app/package/json_text.py) is refused by member and
    line, before anything parses it for use: it would otherwise break the import half-way with a traceback."""
    for member, raw in sorted(content.items()):
        if member.endswith(".jsonl"):
            line = first_unencodable_line(raw)
        elif member.endswith(".json") and may_hold_lone_surrogate(raw):
            try:
                value = json.loads(raw.decode("utf-8"))
            except ValueError:
                continue  # not JSON at all: the member's own parsing says so
            line = None if encodable(value) else 0
        else:
            continue
        if line is None:
            continue
        advice = tr("此文件不是赛场软件写出的原样，请向赛场索取原成绩包")
        if line:
            text = tr("第 {n} 行含 UTF-8 无法表示的字符（不成对的代理字符转义，如 \\ud800）：{advice}").format(n=line, advice=advice)
        else:
            text = tr("含 UTF-8 无法表示的字符（不成对的代理字符转义，如 \\ud800）：{advice}").format(advice=advice)
        raise PackageRefused(name, member, text)


def _appeals(name: str, content: Mapping[str, bytes]) -> dict[str, Any] | None:
    """appeals.json of a layout-3 package, checked against its schema (listed and signed like every file)."""
    if APPEALS_NAME not in content:
        return None
    try:
        data = json.loads(content[APPEALS_NAME].decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PackageRefused(name, APPEALS_NAME, tr("不是有效的 UTF-8 JSON：{err}").format(err=exc)) from exc
    problems = schema_problems(data, "appeals.schema.json", APPEALS_NAME)
    if problems:
        raise PackageRefused(name, APPEALS_NAME, tr("不符合 appeals.json 格式（共 {n} 处）：{first}").format(
            n=len(problems), first=problems[0]), problems)
    return data  # type: ignore[no-any-return]


def _check_comment(name: str, comment: str, data: dict[str, Any]) -> None:
    fields = parse_trusted_comment(comment)
    item = fields.get("item", "")
    revision = fields.get("revision", "")
    if not item.startswith(f"{data['item']['no']:02d} ") or revision != str(data["revision"]["number"]):
        raise PackageRefused(name, SIG_NAME, tr("签名中的项目/版本（{item}，第 {rev} 版）与 results.json 不一致").format(
            item=item or "?", rev=revision or "?"))


def verify_package(path: Path, keys: Sequence[PublicKey], limits: ZipLimits | None = None) -> VerifiedPackage:
    """Read and check the package at ``path`` against the registered ``keys``."""
    path = Path(path)
    try:
        content = read_zip_safely(path, limits or ZipLimits())
    except IntegrityError as exc:
        raise PackageRefused(path.name, path.name, exc.message, exc.problems) from exc
    verified = verify_files(path.name, content, keys)
    return VerifiedPackage(path.name, _file_sha256(path), verified.files, verified.results, verified.key,
                           verified.trusted_comment, verified.appeals)


def verify_package_bytes(name: str, data: bytes, keys: Sequence[PublicKey], limits: ZipLimits | None = None
                         ) -> VerifiedPackage:
    """``verify_package`` for a zip held in memory (an encrypted package just decrypted)."""
    try:
        content = read_zip_bytes(data, limits or ZipLimits())
    except IntegrityError as exc:
        raise PackageRefused(name, name, exc.message, exc.problems) from exc
    verified = verify_files(name, content, keys)
    return VerifiedPackage(name, hashlib.sha256(data).hexdigest(), verified.files, verified.results, verified.key,
                           verified.trusted_comment, verified.appeals)


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 16), b""):
                digest.update(chunk)
    except OSError as exc:
        raise PackageRefused(path.name, path.name, tr("无法读取：{err}").format(err=exc.strerror or exc)) from exc
    return digest.hexdigest()

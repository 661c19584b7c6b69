"""Central-database fixtures: every central test runs on SQLite and on a real PostgreSQL server.

The PostgreSQL server is a throwaway cluster made with the Debian ``postgresql`` package's initdb and
pg_ctl in a folder from pytest's ``tmp_path_factory`` (tests write only there), on a free localhost port,
started once per test session and removed at the end.  As root it runs as the ``postgres`` user (PostgreSQL
refuses to run as root), so the folders above the cluster are opened for passing through (not listing).
Only when no server can be started are the PostgreSQL variants skipped, with the reason.
"""

from __future__ import annotations

import glob
import os
import shutil
import signal
import socket
import stat
import subprocess
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from db.central.engine import CentralDb, open_central


@dataclass(frozen=True)
class PgServer:
    port: int
    user: str

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{self.user}@127.0.0.1:{self.port}/{database}"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _bin(name: str) -> str | None:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return found[-1] if found else shutil.which(name)


def _as_user(cmd: list[str], user: str | None) -> list[str]:
    if user is None:
        return cmd
    runuser = shutil.which("runuser")
    return [runuser, "-u", user, "--", *cmd] if runuser else ["su", user, "-s", "/bin/sh", "-c", " ".join(cmd)]


def _let_through(folder: Path) -> None:
    """Let another user reach ``folder``: pytest makes its temp root private (0700) to the user running the
    tests; add search permission (o+x, no listing) up to the first folder anyone may already pass."""
    for p in (folder, *folder.parents):
        mode = p.stat().st_mode
        if mode & stat.S_IXOTH:
            return
        p.chmod(stat.S_IMODE(mode) | stat.S_IXOTH)


def _start(folder: Path) -> tuple[PgServer | None, str]:
    initdb, pg_ctl = _bin("initdb"), _bin("pg_ctl")
    if not initdb or not pg_ctl:
        return None, "PostgreSQL 未安装（找不到 initdb/pg_ctl；Debian: apt-get install postgresql）"
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return None, "未安装 psycopg（pip install 'psycopg[binary]'）"
    run_as: str | None = None
    if getattr(os, "geteuid", lambda: -1)() == 0:  # POSIX root: initdb refuses root, run it as postgres
        import pwd  # POSIX-only module: imported here so the suite still collects on Windows

        try:
            pwd.getpwnam("postgres")
            run_as = "postgres"
        except KeyError:
            return None, "以 root 运行且没有 postgres 用户，无法启动 PostgreSQL"
    data, sock = folder / "data", folder / "sock"
    sock.mkdir()
    if run_as:
        import pwd

        info = pwd.getpwnam(run_as)
        for p in (folder, sock):
            os.chown(p, info.pw_uid, info.pw_gid)
    port = _free_port()
    log = folder / "server.log"
    error = ""
    for _attempt in range(3):  # another pytest session starting may make pytest's temp root private again
        if run_as:
            _let_through(folder)
        try:
            subprocess.run(_as_user([initdb, "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                                     "--locale=C.UTF-8" if _has_c_utf8() else "--no-locale"], run_as),
                           check=True, capture_output=True, timeout=120)
            if run_as:
                _let_through(folder)
            subprocess.run(_as_user([pg_ctl, "-D", str(data), "-l", str(log), "-w", "-t", "60", "-o",
                                     f"-p {port} -k {sock} -c listen_addresses=127.0.0.1 -c fsync=off", "start"],
                                    run_as), check=True, capture_output=True, timeout=120)
            return PgServer(port, "postgres"), ""
        except (subprocess.SubprocessError, OSError) as exc:
            detail = getattr(exc, "stderr", b"") or b""
            error = f"无法启动 PostgreSQL：{exc} {detail.decode(errors='replace')[:300]}"
            _stop(data)
            shutil.rmtree(data, ignore_errors=True)
    return None, error


def _stop(data: Path) -> None:
    """Immediate shutdown (SIGQUIT, what ``pg_ctl -m immediate stop`` sends) of the server of ``data``, read from
    its pid file: as root this needs no path the postgres user must reach."""
    try:
        pid = int((data / "postmaster.pid").read_text().split()[0])
        cmdline = Path(f"/proc/{pid}/cmdline")
        if cmdline.exists() and b"postgres" not in cmdline.read_bytes():
            return  # a stale pid file: that number is someone else's process now
        os.kill(pid, signal.SIGQUIT)
    except (OSError, ValueError, IndexError):
        return  # no server (never started, or already gone)
    for _ in range(300):
        try:
            os.kill(pid, 0)
        except OSError:
            return
        time.sleep(0.1)


def _has_c_utf8() -> bool:
    out = subprocess.run(["locale", "-a"], capture_output=True, text=True, check=False).stdout.lower()
    return "c.utf8" in out or "c.utf-8" in out


@pytest.fixture(scope="session")
def pg_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PgServer]:
    folder = tmp_path_factory.mktemp("venuescore-pg")
    server, reason = _start(folder)
    if server is None:
        shutil.rmtree(folder, ignore_errors=True)
        pytest.skip(reason)
    try:
        yield server
    finally:
        _stop(folder / "data")
        shutil.rmtree(folder, ignore_errors=True)


def _new_pg_database(server: PgServer) -> str:
    import psycopg

    name = "central_" + uuid.uuid4().hex[:12]
    with psycopg.connect(f"host=127.0.0.1 port={server.port} user={server.user} dbname=postgres",
                         autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" ENCODING \'UTF8\' TEMPLATE template0')
    return server.url(name)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def central_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a central database lives: a SQLite file, or a fresh database on the throwaway server."""
    if request.param == "sqlite":
        return str(tmp_path / "汇总.sqlite")
    return _new_pg_database(request.getfixturevalue("pg_server"))


@pytest.fixture
def central_db(central_target: str) -> Iterator[CentralDb]:
    db = open_central(central_target, create=True)
    yield db
    db.close()

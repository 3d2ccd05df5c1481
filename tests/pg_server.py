"""A throwaway PostgreSQL cluster for the tests, and the persistent one `./dev server` starts.

Debian's server binaries (package `postgresql`, from packaging/debian-packages.txt) in
/usr/lib/postgresql/N/bin. `initdb` refuses to run as root, so as root the cluster belongs to an
unprivileged user (`postgres`, made by the package) and its commands run through `runuser`.
The cluster is UTF-8 with a UTF-8 LC_CTYPE (pg_trgm splits CJK names only then), listens on
127.0.0.1 on a free port and on a unix socket in its own folder; `postgres` logs in without a
password (trust), other logins over TCP give theirs (scram-sha-256), as on an office server.

    python -m tests.pg_server FOLDER      # ./dev server: start (or reuse) a cluster there
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SUPERUSER = "postgres"
_HBA = """\
local all all trust
host all postgres 127.0.0.1/32 trust
host all all 127.0.0.1/32 scram-sha-256
"""


def bin_dir() -> Path | None:
    """The newest installed server's binaries (HIRT_DESK_PG_BIN overrides), or None."""
    if os.environ.get("HIRT_DESK_PG_BIN"):
        return Path(os.environ["HIRT_DESK_PG_BIN"])
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"),
                   key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0)
    if found:
        return found[-1].parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Cluster:
    """A cluster in `folder` (data in folder/data, socket and log beside it)."""

    def __init__(self, folder: Path, port: int | None = None) -> None:
        self.folder = Path(folder)
        self.data = self.folder / "data"
        self.port_file = self.folder / "port"
        self.port = port or (int(self.port_file.read_text()) if self.port_file.exists() else free_port())
        binaries = bin_dir()
        if binaries is None:
            raise RuntimeError("PostgreSQL's server is not installed (Debian: apt-get install postgresql)")
        self.bin = binaries
        self.as_user = SUPERUSER if os.geteuid() == 0 else None

    # -- running the server's programs as its owner ---------------------------------------
    def _run(self, program: str, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        command = [str(self.bin / program), *args]
        if self.as_user:
            command = ["runuser", "-u", self.as_user, "--", *command]
        env = {**os.environ, "LC_ALL": "C.UTF-8"}
        return subprocess.run(command, check=check, capture_output=True, text=True, env=env,
                              cwd=self.folder)

    def _own(self, path: Path) -> None:
        if self.as_user:
            user = pwd.getpwnam(self.as_user)
            os.chown(path, user.pw_uid, user.pw_gid)

    @property
    def url(self) -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/postgres"

    def url_for(self, database: str, login: str = SUPERUSER) -> str:
        return f"postgresql://{login}@127.0.0.1:{self.port}/{database}"

    def running(self) -> bool:
        return self.data.is_dir() and self._run("pg_ctl", "status", "-D", str(self.data),
                                                check=False).returncode == 0

    def create(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        self._own(self.folder)
        self.folder.chmod(0o700)
        self._run("initdb", "-D", str(self.data), "--encoding=UTF8", "--locale=C.UTF-8",
                  f"--username={SUPERUSER}", "--auth=trust", "--no-sync", "--no-instructions")
        hba = self.data / "pg_hba.conf"
        hba.write_text(_HBA)
        self._own(hba)

    def start(self, *, durable: bool = False) -> None:
        """Start the server (creating the cluster first if needed); `durable` keeps fsync on."""
        if not self.data.is_dir():
            self.create()
        self.port_file.write_text(str(self.port))
        options = [f"-p {self.port}", f"-k {self.folder}", "-c listen_addresses=127.0.0.1",
                   "-c max_connections=60"]
        if not durable:      # a throwaway cluster: nothing needs to survive a crash
            options += ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"]
        self._run("pg_ctl", "start", "-w", "-t", "60", "-D", str(self.data),
                  "-l", str(self.folder / "server.log"), "-o", " ".join(options))

    def stop(self) -> None:
        if self.data.is_dir():
            self._run("pg_ctl", "stop", "-D", str(self.data), "-m", "immediate", "-w", check=False)

    def psql(self, sql: str, database: str = "postgres") -> str:
        result = self._run("psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", str(self.folder),
                           "-p", str(self.port), "-U", SUPERUSER, "-d", database, "-c", sql)
        return result.stdout.strip()


@contextlib.contextmanager
def throwaway_cluster() -> object:
    """A new cluster in a temporary folder (outside pytest's own, which only root may enter),
    removed afterwards."""
    folder = Path(tempfile.mkdtemp(prefix="hirt-pg-"))
    cluster = Cluster(folder)
    try:
        cluster.start()
        yield cluster
    finally:
        cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)


def main(argv: list[str]) -> int:
    """./dev server [FOLDER]: start the dev cluster (made on first use), print its URL."""
    folder = Path(argv[0] if argv else ".dev-server").resolve()
    cluster = Cluster(folder)
    if not cluster.running():
        begun = time.monotonic()
        cluster.start(durable=True)
        print(f"[dev] PostgreSQL started in {time.monotonic() - begun:.1f} s (data in {folder}; "
              f"stop: {cluster.bin / 'pg_ctl'} stop -D {cluster.data})", file=sys.stderr)
    if not cluster.psql("SELECT 1 FROM pg_database WHERE datname = 'hirt_desk'"):
        cluster.psql("CREATE DATABASE hirt_desk")
    print(cluster.url_for("hirt_desk"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""encrypt and decrypt, and every database command on an encrypted file (HIRT_DESK_PASSPHRASE),
run as a user would: a refusal is one line on stderr, exit status 2 and the file untouched."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SECRET = "correct horse battery"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class Run:
    def __init__(self, tmp_path: Path) -> None:
        self.env = {k: v for k, v in os.environ.items() if k != "HIRT_DESK_PASSPHRASE"}
        self.env.update({"QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path / "data"),
                         "XDG_CONFIG_HOME": str(tmp_path / "config")})

    def __call__(self, *args: str, passphrase: str | None = None) -> subprocess.CompletedProcess[str]:
        env = dict(self.env)
        if passphrase is not None:
            env["HIRT_DESK_PASSPHRASE"] = passphrase
        # stdin is not a terminal: nobody can be asked
        return subprocess.run([sys.executable, "-m", "hirt_desk", *args], input="", capture_output=True,
                              text=True, env=env, timeout=120)


@pytest.fixture
def run(tmp_path: Path) -> Run:
    return Run(tmp_path)


def refused(res: subprocess.CompletedProcess[str], *words: str) -> None:
    assert res.returncode == 2, (res.stdout, res.stderr)
    assert len(res.stderr.strip().splitlines()) == 1, res.stderr
    assert "Traceback" not in res.stderr and "hmac" not in res.stderr and "ERROR" not in res.stderr
    for word in words:
        assert word in res.stderr, res.stderr


def test_encrypt_use_and_decrypt_from_the_command_line(run: Run, tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite"
    assert run("--db", str(db), "demo", "--cases", "30").returncode == 0
    listing = json.loads(run("--db", str(db), "cases", "--json").stdout)
    someone = listing[3]

    refused(run("--db", str(db), "encrypt"), "HIRT_DESK_PASSPHRASE")        # no passphrase, no terminal
    refused(run("--db", str(db), "encrypt", passphrase="short"), "at least 8")
    res = run("--db", str(db), "encrypt", passphrase=SECRET)
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout) == {"encrypted": str(db), "backups_encrypted": 0, "backups_removed": []}
    assert res.stderr == ""
    data = db.read_bytes()
    assert not data.startswith(b"SQLite format 3")
    assert someone["name"].encode() not in data and someone["name_native"].encode() not in data
    assert db.stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(db.name)) == [db.name]

    res = run("--db", str(db), "cases", "--search", someone["name_native"], "--json", passphrase=SECRET)
    assert res.returncode == 0, res.stderr
    assert someone["number"] in [r["number"] for r in json.loads(res.stdout)]
    assert res.stderr == ""

    before = digest(db)
    wrong = run("--db", str(db), "cases", passphrase="not the passphrase")
    refused(wrong, "encrypted", str(db))
    assert digest(db) == before
    missing = run("--db", str(db), "cases")
    refused(missing, "is encrypted", "HIRT_DESK_PASSPHRASE", str(db))
    assert digest(db) == before
    refused(run("--db", str(db), "encrypt", passphrase=SECRET), "already encrypted")
    refused(run("--db", str(db), "decrypt", passphrase="not the passphrase"), "encrypted")
    assert digest(db) == before

    res = run("--db", str(db), "decrypt", passphrase=SECRET)
    assert res.returncode == 0, res.stderr
    assert db.read_bytes().startswith(b"SQLite format 3\x00")
    assert len(json.loads(run("--db", str(db), "cases", "--json").stdout)) == 30
    refused(run("--db", str(db), "decrypt", passphrase=SECRET), "is not encrypted")


def test_every_command_works_on_an_encrypted_database(run: Run, tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite"
    assert run("--db", str(db), "demo", "--cases", "12").returncode == 0
    assert run("--db", str(db), "encrypt", passphrase=SECRET).returncode == 0
    ok = {
        "demo": run("--db", str(db), "demo", "--cases", "3", passphrase=SECRET),
        "cases": run("--db", str(db), "cases", "--json", passphrase=SECRET),
        "backup": run("--db", str(db), "backup", str(tmp_path / "b.sqlite"), passphrase=SECRET),
        "rescreen": run("--db", str(db), "rescreen", passphrase=SECRET),
        "gui": run("--db", str(db), "gui", "--exit-after-load", passphrase=SECRET),
    }
    for name, res in ok.items():
        assert res.returncode == 0, (name, res.stderr)
        assert "ERROR" not in res.stderr and "hmac" not in res.stderr, (name, res.stderr)
        assert res.stderr == "" or name == "gui", (name, res.stderr)   # offscreen Qt says things
    assert len(json.loads(ok["cases"].stdout)) == 15
    number = json.loads(ok["cases"].stdout)[0]["number"]
    res = run("--db", str(db), "packet", number, "--lang", "en", "--out", str(tmp_path / "p.pdf"),
              passphrase=SECRET)
    assert res.returncode == 0, res.stderr
    assert json.loads(ok["gui"].stdout.strip().splitlines()[-1])["cases"] == 15

    backup = tmp_path / "b.sqlite"
    assert json.loads(ok["backup"].stdout)["cases"] == 15
    assert not backup.read_bytes().startswith(b"SQLite") and backup.stat().st_mode & 0o777 == 0o600
    refused(run("--db", str(backup), "cases"), "is encrypted")
    assert run("--db", str(db), "demo", "--cases", "1", passphrase=SECRET).returncode == 0
    res = run("--db", str(db), "restore", str(backup), passphrase=SECRET)
    assert res.returncode == 0, res.stderr
    assert len(json.loads(run("--db", str(db), "cases", "--json", passphrase=SECRET).stdout)) == 15
    previous = Path(json.loads(res.stdout)["previous"])
    assert not previous.read_bytes().startswith(b"SQLite")

    before = digest(db)
    for command in (("cases",), ("demo", "--cases", "1"), ("backup", str(tmp_path / "x.sqlite")),
                    ("gui", "--exit-after-load"), ("restore", str(backup)), ("decrypt",)):
        refused(run("--db", str(db), *command), "encrypted", str(backup if command[0] == "restore" else db))
        refused(run("--db", str(db), *command, passphrase="not the passphrase"), "encrypted")
    assert digest(db) == before
    assert not (tmp_path / "x.sqlite").exists()


def test_encrypt_refuses_while_the_database_is_open(run: Run, tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite"
    assert run("--db", str(db), "demo", "--cases", "5").returncode == 0
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sqlite3, sys\nc = sqlite3.connect(sys.argv[1])\n"
         "c.execute('select count(*) from sqlite_master').fetchall()\nprint('open', flush=True)\n"
         "sys.stdin.read()\n", str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        before = digest(db)
        refused(run("--db", str(db), "encrypt", passphrase=SECRET), "in use")
        assert digest(db) == before
    finally:
        holder.communicate("")


def test_encrypt_takes_the_automatic_backups_along(run: Run, tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite"
    assert run("--db", str(db), "demo", "--cases", "5").returncode == 0
    assert run("--db", str(db), "backup", str(tmp_path / "c-backups" / "auto-20261101-090000.sqlite")
               ).returncode == 0
    res = run("--db", str(db), "encrypt", passphrase=SECRET)
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["backups_encrypted"] == 1
    for file in (tmp_path / "c-backups").iterdir():
        assert not file.read_bytes().startswith(b"SQLite")

"""The command line: passphrase sources, exit codes, one sentence per error."""

from __future__ import annotations

import subprocess
import sys

from casefile import cli
from casefile.demo import DEMO_PASSPHRASE, DEMO_USER
from casefile.vault import Vault
from tests.conftest import PASSPHRASE


def test_init_prints_recovery_key_once_and_vault_opens(tmp_path, capsys, monkeypatch):
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n")
    target = tmp_path / "v"
    code = cli.main(["init", "--vault", str(target), "--user", "anna",
                     "--passphrase-file", str(secret), "--practice", "Praktijk Testlaan"])
    out = capsys.readouterr().out
    assert code == 0
    recovery = out.strip().splitlines()[-1]
    assert PASSPHRASE not in out
    Vault.open(target, user="anna", recovery_key=recovery).lock()


def test_init_refuses_weak_passphrase_with_one_sentence(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv(cli.PASSPHRASE_ENV, "welkom1")
    code = cli.main(["init", "--vault", str(tmp_path / "v"), "--user", "anna"])
    err = capsys.readouterr().err.strip()
    assert code == cli.EXIT_USAGE
    assert len(err.splitlines()) == 1 and "passphrase" in err
    assert not (tmp_path / "v").exists()


def test_no_passphrase_source_without_terminal(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv(cli.PASSPHRASE_ENV, raising=False)
    monkeypatch.setattr(sys, "stdin", None)
    code = cli.main(["verify", "--vault", str(tmp_path), "--user", "anna"])
    assert code == cli.EXIT_USAGE
    assert "--passphrase-file" in capsys.readouterr().err


def test_wrong_passphrase_is_exit_2(vault, vault_dir, capsys, monkeypatch):
    vault.lock()
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE + "!")
    assert cli.main(["verify", "--vault", str(vault_dir), "--user", "anna"]) == cli.EXIT_USAGE
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_passphrase_is_not_an_argument():
    parser = cli.build_parser()
    options = {a for action in parser._subparsers._group_actions
               for sub in action.choices.values() for act in sub._actions
               for a in act.option_strings}
    assert "--passphrase" not in options


def test_demo_vault_has_about_thirty_children(tmp_path, capsys):
    target = tmp_path / "demo"
    assert cli.main(["demo", "--vault", str(target), "--no-gui"]) == 0
    assert DEMO_PASSPHRASE in capsys.readouterr().out
    with Vault.open(target, user=DEMO_USER, passphrase=DEMO_PASSPHRASE) as demo:
        assert 25 <= demo.children.count() <= 40
        kid = demo.children.page(limit=1)[0]
        assert demo.guardians.list(kid.id)
        assert demo.trajectories.list(kid.id)


def test_module_entry_point_runs():
    out = subprocess.run([sys.executable, "-m", "casefile", "--help"], capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 0 and "verify" in out.stdout

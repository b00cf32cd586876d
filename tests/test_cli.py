"""The command line: passphrase sources, exit codes, one sentence per error."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from casefile import cli, cli_support
from casefile.demo import DEMO_PASSPHRASE, DEMO_USER
from casefile.vault import Vault
from support import PASSPHRASE


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


def all_parsers(parser=None):
    parser = parser or cli.build_parser()
    yield parser
    for action in parser._actions:
        if action.choices and hasattr(action, "_name_parser_map"):
            for sub in action.choices.values():
                yield from all_parsers(sub)


def test_every_option_and_argument_has_help():
    for parser in all_parsers():
        for action in parser._actions:
            if action.dest not in ("help", "command", "what"):
                assert action.help, f"{parser.prog} {action.option_strings or action.dest}"


def test_help_lists_the_exit_codes(capsys):
    with pytest.raises(SystemExit) as done:
        cli.main(["--help"])
    out = capsys.readouterr().out
    assert done.value.code == 0
    assert "3  export blocked by consent" in out and "2  usage or input error" in out


def test_version(capsys):
    from casefile import __version__

    with pytest.raises(SystemExit):
        cli.main(["--version"])
    assert capsys.readouterr().out.strip() == f"casefile {__version__}"


def test_subcommands_are_imported_statically(monkeypatch):
    """A frozen bundle only holds modules imported by name in the code."""
    import importlib

    def refuse(name, *args):
        raise ImportError(name)

    monkeypatch.setattr(importlib, "import_module", refuse)
    commands = cli.build_parser()._subparsers._group_actions[0].choices
    assert {"export", "verify-packet", "backup", "restore", "access-report", "list"} <= set(
        commands)


def test_global_vault_is_honoured_by_subcommands(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
    target = str(tmp_path / "v")
    assert cli.main(["--vault", target, "init", "--user", "anna"]) == 0
    assert cli.main(["--vault", target, "verify", "--user", "anna"]) == 0
    assert cli.main(["--vault", target, "list", "recipients", "--user", "anna"]) == 0
    assert cli.main(["--vault", target, "backup", "--user", "anna", "--to",
                     str(tmp_path / "b")]) == 0
    backup = next((tmp_path / "b").iterdir())
    assert cli.main(["--vault", str(tmp_path / "r"), "restore", "--from", str(backup),
                     "--user", "anna"]) == 0
    assert (tmp_path / "r").is_dir()


def test_without_vault_the_default_vault_is_used(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
    monkeypatch.setattr(cli_support, "default_vault_dir", lambda: tmp_path / "default")
    assert cli.main(["init", "--user", "anna"]) == 0
    assert cli.main(["list", "children", "--user", "anna"]) == 0
    assert (tmp_path / "default").is_dir()


def test_list_children_and_recipients(vault, vault_dir, capsys, monkeypatch):
    from datetime import date

    school = vault.organisations.add(name="OBS De Vlinder")
    child = vault.children.add(first_name="Fenna", last_name="Zwartjes",
                               birth_date=date(2016, 5, 4))
    vault.children.add(first_name="Daan", last_name="Hoekstra", birth_date=date(2015, 1, 2))
    vault.lock()
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
    base = ["--vault", str(vault_dir), "list"]
    assert cli.main([*base, "children", "--user", "anna", "--filter", "Fenna"]) == 0
    rows = capsys.readouterr().out.splitlines()
    assert rows == [f"{child.id}\tFenna Zwartjes\t2016-05-04\t{child.status.value}"]
    assert cli.main([*base, "recipients", "--user", "anna"]) == 0
    assert f"{school.id}\tschool\tOBS De Vlinder" in capsys.readouterr().out.splitlines()


def test_self_check_starts_the_window_in_dutch(vault, vault_dir, tmp_path):
    """In a subprocess: see tests/test_desktop.py on event loops in the test process."""
    vault.lock()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "casefile", "--lang", "nl", "--vault",
                           str(vault_dir), "self-check"], capture_output=True, text=True,
                          timeout=60, env=env, cwd=Path(__file__).resolve().parents[1])
    assert done.returncode == 0, done.stderr
    assert "translations: " in done.stdout
    assert "bundled fonts: DejaVu Sans, DejaVu Sans Mono" in done.stdout
    assert "window (nl): Casefile is vergrendeld" in done.stdout
    assert "Qt's own buttons (nl): Annuleren" in done.stdout


def test_os_error_names_the_file_but_not_its_folders(tmp_path, capsys, monkeypatch):
    def refuse(args):
        raise PermissionError(13, "Permission denied", str(tmp_path / "Fenna" / "rapport.pdf"))

    monkeypatch.setattr(cli, "cmd_verify", refuse)
    assert cli.main(["verify", "--vault", str(tmp_path), "--user", "anna"]) == cli.EXIT_USAGE
    err = capsys.readouterr().err
    assert err == "Casefile could not read or write rapport.pdf; nothing was changed.\n"


def test_unexpected_error_is_one_sentence_and_a_scrubbed_trace_in_the_log(
        tmp_path, capsys, monkeypatch, log_folder):
    def crash(args):
        raise ValueError("Fenna Zwartjes")

    monkeypatch.setattr(cli, "cmd_verify", crash)
    assert cli.main(["--debug", "verify", "--vault", str(tmp_path), "--user", "anna"]) == 2
    err = capsys.readouterr().err
    sentences = [x for x in err.splitlines() if x.startswith("Something unexpected")]
    assert len(sentences) == 1 and str(log_folder) in sentences[0]
    assert "in crash" in err  # --debug: the trace on stderr too
    log = (log_folder / "casefile.log").read_text()
    assert "command=verify" in log and "builtins.ValueError" in log and "in crash" in log
    assert "Fenna" not in log and "Fenna" not in err
    assert "end command=verify exit=2 seconds=" in log


def test_the_command_line_speaks_dutch_from_the_catalogue(tmp_path, capsys):
    """A usage error is one sentence from the catalogue, in the language asked for."""
    missing = tmp_path / "geen-wachtzin.txt"
    code = cli.main(["--lang", "nl", "verify", "--vault", str(tmp_path), "--user", "anna",
                     "--passphrase-file", str(missing)])
    err = capsys.readouterr().err.strip()
    assert code == cli.EXIT_USAGE and err == f"Kan {missing.name} niet lezen."
    code = cli.main(["--lang", "en", "verify", "--vault", str(tmp_path), "--user", "anna",
                     "--passphrase-file", str(missing)])
    assert capsys.readouterr().err.strip() == f"Cannot read {missing.name}."

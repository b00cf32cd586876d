"""Constants and helpers the tests share. A plain module on the path (pyproject's pytest
`pythonpath`), so tests import it the same way under `pytest` and `python -m pytest`;
conftest.py is pytest's to load, never a test's to import."""

from __future__ import annotations

import json
import os

PASSPHRASE = "paarse-olifant-fietst-naar-Zwolle"
ADMIN = "anna"
COUNSELLOR = "bram"  # the practice server's second user


def demo_export_ids(demo_output: str) -> tuple[str, str]:
    """The child and recipient ids from `casefile demo`'s "Try an export:" line."""
    line = next(x for x in demo_output.splitlines() if x.startswith("Try an export:"))
    words = line.split()
    return words[words.index("--child") + 1], words[words.index("--recipient") + 1]


class FakeMsvcrt:
    """msvcrt.locking's rules: LK_NBLCK fails at once on a byte someone holds; the range
    starts at the file's current position."""

    LK_UNLCK, LK_NBLCK = 0, 2

    def __init__(self) -> None:
        self.held: dict[tuple[int, int], int] = {}  # (inode, start) -> fd
        self.calls: list[tuple[int, int, int]] = []

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        start = os.lseek(fd, 0, os.SEEK_CUR)
        self.calls.append((mode, start, nbytes))
        key = (os.fstat(fd).st_ino, start)
        if mode == self.LK_NBLCK:
            if key in self.held:
                raise PermissionError(13, "Permission denied")
            self.held[key] = fd
        elif mode == self.LK_UNLCK:
            if self.held.get(key) != fd:
                raise PermissionError(13, "not locked")
            del self.held[key]


def access_report_json(packet: bytes | str | os.PathLike, password: str) -> dict:
    """The access-report.json of an access report packet (a path or its bytes), validated
    against the published v1 schema: every report a test writes and reads goes through
    here, so each one is checked."""
    import io

    import jsonschema
    import pikepdf

    from casefile import access_report

    source = io.BytesIO(packet) if isinstance(packet, bytes) else packet
    with pikepdf.open(source, password=password) as pdf:
        body = pdf.attachments[access_report.FILE_NAME].get_file().read_bytes()
    data = json.loads(body)
    jsonschema.Draft202012Validator(access_report.schema(),
                                    format_checker=jsonschema.FormatChecker()).validate(data)
    return data


def watching(factory, on_render):
    """A renderer factory like `factory` whose renderers call `on_render(options)` before
    each render (the mark, the language: what a packet asks of its renderer)."""

    class Watching:
        def __init__(self):
            self.inner = factory()

        def __getattr__(self, name):
            return getattr(self.inner, name)

        def render(self, html, title, **options):
            on_render(options)
            return self.inner.render(html, title, **options)

    return Watching


def render_then(vault, monkeypatch, change):
    """Run `change` when the packet's PDF is rendered (after the plan was read, before the
    write transaction), as another session saving meanwhile would."""
    factory = vault.packets._renderer_factory
    meanwhile = watching(factory, lambda _options: change())
    calls = iter([factory, meanwhile, *[factory] * 10])
    monkeypatch.setattr(vault.packets, "_renderer_factory", lambda: next(calls)())

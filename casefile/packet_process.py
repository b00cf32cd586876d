"""A packet's PDF built in a child process (issue 13).

pikepdf's save, which encrypts and writes every attachment, holds the GIL from start to end:
on the worker thread that froze the window for seconds with a 20 MB packet. In a process of
its own it holds only that process's GIL. The request (the rendered pages, the manifest, the
documents, the signing key and the password) travels over the pipe multiprocessing opens to
a freshly spawned interpreter: never a file, never a command-line argument. The child
hardens itself first (no core dump, not dumpable) as the application does at start, and
exits when the packet is returned.

Where no child can be started (a sandbox without process creation, a frozen build that
lacks multiprocessing's support), the packet is built in this process as before: slower for
the window, the same bytes."""

from __future__ import annotations

import logging
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from casefile.hardening import harden_process
from casefile.packet_format import build_packet

log = logging.getLogger(__name__)


def build_packet_apart(pdf_bytes: bytes, manifest: dict, content: dict[str, object],
                       attachments: list[tuple[str, bytes]], signing_key: Ed25519PrivateKey,
                       password: str) -> bytes:
    """`build_packet`, run in a spawned child process (see the module's docstring)."""
    request = (pdf_bytes, manifest, content, attachments, signing_key.private_bytes_raw(),
               password)
    try:
        with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"),
                                 initializer=harden_process) as pool:
            return pool.submit(_build, *request).result()
    except (BrokenProcessPool, OSError) as exc:
        log.warning("packet built in this process: no child process (%s)", type(exc).__name__)
        return build_packet(pdf_bytes, manifest, content, attachments, signing_key, password)


def _build(pdf_bytes: bytes, manifest: dict, content: dict[str, object],
           attachments: list[tuple[str, bytes]], private_key: bytes, password: str) -> bytes:
    key = Ed25519PrivateKey.from_private_bytes(private_key)
    return build_packet(pdf_bytes, manifest, content, attachments, key, password)

"""A pytest plugin that bench/mutation.py puts into its copy of the tests (never into the
normal run): a packet is built in this process instead of a freshly spawned one.
casefile/packet_process.py builds the same bytes either way; the spawn (an interpreter
importing cryptography and pikepdf for every packet) was most of a packet test's time, and
the mutants of casefile/packets.py run the packet tests hundreds of times. The spawn itself
is tested by tests/test_packet_process.py in the normal run."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _packets_built_in_this_process(monkeypatch):
    import casefile.packets
    from casefile import packet_process
    from casefile.packet_format import build_packet

    monkeypatch.setattr(packet_process, "build_packet_apart", build_packet)
    monkeypatch.setattr(casefile.packets, "build_packet_apart", build_packet)

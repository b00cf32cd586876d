"""The one canonical JSON: keys sorted, no spaces, UTF-8 as written. The audit chain's HMACs
and a packet's signed manifest and item hashes are computed over these bytes, so a change
here breaks every chain and packet already made."""

from __future__ import annotations

import json


def canonical(data: object) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()

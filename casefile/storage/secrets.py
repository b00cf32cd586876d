"""Secrets behind one small interface over `keyring`, with an in-memory fake for tests.

There is never a plaintext fallback: where no secure keyring works, binding a key slot to
this computer is unavailable and says why."""

from __future__ import annotations

import base64
from typing import Protocol

from casefile.errors import KeyringUnavailable

_INSECURE_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


class SecretStore(Protocol):
    def unavailable_reason(self) -> str | None:
        """None when usable, else one sentence saying why not."""
        ...

    def get(self, name: str) -> bytes | None: ...

    def put(self, name: str, value: bytes) -> None: ...

    def delete(self, name: str) -> None: ...


class KeyringSecretStore:
    """The operating system's keyring (Secret Service, macOS Keychain, Windows Credential
    Locker) through the `keyring` package."""

    def __init__(self, service: str = "casefile") -> None:
        self._service = service

    def unavailable_reason(self) -> str | None:
        try:
            import keyring

            backend = keyring.get_keyring()
        except Exception:
            return "No keyring works on this computer."
        backends = getattr(backend, "backends", None) or [backend]
        if all(_insecure(b) for b in backends):
            return "This computer has no secure keyring (only a plaintext or failing one)."
        return None

    def get(self, name: str) -> bytes | None:
        self._require()
        import keyring

        try:
            text = keyring.get_password(self._service, name)
        except Exception:
            raise KeyringUnavailable() from None
        return None if text is None else base64.b64decode(text)

    def put(self, name: str, value: bytes) -> None:
        self._require()
        import keyring

        try:
            keyring.set_password(self._service, name, base64.b64encode(value).decode())
        except Exception:
            raise KeyringUnavailable() from None

    def delete(self, name: str) -> None:
        self._require()
        import keyring

        try:
            keyring.delete_password(self._service, name)
        except Exception:
            pass  # already gone

    def _require(self) -> None:
        if self.unavailable_reason() is not None:
            raise KeyringUnavailable()


def _insecure(backend: object) -> bool:
    module = type(backend).__module__
    name = type(backend).__name__.lower()
    priority = getattr(backend, "priority", 0)
    return (module.startswith(_INSECURE_MODULES) or "plaintext" in name
            or (isinstance(priority, int | float) and priority <= 0))


class MemorySecretStore:
    """An in-memory keyring for tests; `available=False` simulates a computer without one."""

    def __init__(self, available: bool = True) -> None:
        self.available = available
        self._values: dict[str, bytes] = {}

    def unavailable_reason(self) -> str | None:
        return None if self.available else "No keyring (simulated)."

    def get(self, name: str) -> bytes | None:
        return self._values.get(name)

    def put(self, name: str, value: bytes) -> None:
        if not self.available:
            raise KeyringUnavailable()
        self._values[name] = value

    def delete(self, name: str) -> None:
        self._values.pop(name, None)

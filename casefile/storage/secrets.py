"""Secrets behind one small interface over `keyring`, with an in-memory fake for tests.

There is never a plaintext fallback: where no secure keyring works, binding a key slot to
this computer is unavailable and says why."""

from __future__ import annotations

import base64
from typing import Any, Protocol

from casefile.errors import KeyringLocked, KeyringUnavailable

# Backends that keep secrets in a file, in plain text, or nowhere. Matched on the module and
# class name because keyrings.alt and friends are optional packages we do not import.
_INSECURE_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt",
                     "keyrings.cryptfile")
_INSECURE_WORDS = ("plaintext", "file", "null", "fail")
_PROBE_ENTRY = "casefile-probe"


class SecretStore(Protocol):
    def unavailable_reason(self) -> str | None:
        """None when usable, else a code saying why not: keyring_none, keyring_insecure
        or keyring_not_answering (the catalogue's KEYRING_REASONS)."""
        ...

    def get(self, name: str) -> bytes | None: ...

    def put(self, name: str, value: bytes) -> None: ...

    def delete(self, name: str) -> None: ...


class KeyringSecretStore:
    """The operating system's keyring (Secret Service, macOS Keychain, Windows Credential
    Locker) through the `keyring` package. It talks to the best secure backend directly,
    never through keyring's chainer, which would fall through to any other backend."""

    def __init__(self, service: str = "casefile", *, backend: object | None = None) -> None:
        self._service = service
        self._active = backend  # None: keyring's active backend, looked up when needed

    def unavailable_reason(self) -> str | None:
        return self._resolve()[1]

    def get(self, name: str) -> bytes | None:
        backend = self._require()
        try:
            text = backend.get_password(self._service, name)
        except Exception as exc:
            raise _as_error(exc) from None
        if text is None:
            return None
        try:
            return base64.b64decode(text, validate=True)
        except ValueError:
            return None  # not ours or damaged: as good as missing

    def put(self, name: str, value: bytes) -> None:
        backend = self._require()
        try:
            backend.set_password(self._service, name, base64.b64encode(value).decode())
        except Exception as exc:
            raise _as_error(exc) from None

    def delete(self, name: str) -> None:
        backend, reason = self._resolve()
        if reason is not None:
            return  # nothing can be stored there, so nothing is left to delete
        try:
            backend.delete_password(self._service, name)
        except Exception:
            pass  # already gone

    def _require(self) -> Any:
        backend, reason = self._resolve()
        if reason == "keyring_locked":
            raise KeyringLocked()
        if reason is not None:
            raise KeyringUnavailable()
        return backend

    def _resolve(self) -> tuple[Any, str | None]:
        """The secure backend to use and None, or None and why there is none."""
        try:
            active = self._active if self._active is not None else _keyring_backend()
        except Exception:
            return None, "keyring_none"
        secure = [b for b in _members(active) if not _insecure(b)]
        if not secure:
            return None, "keyring_insecure"
        try:
            secure[0].get_password(self._service, _PROBE_ENTRY)
        except Exception as exc:
            if _is_locked(exc):
                return secure[0], "keyring_locked"
            return None, "keyring_not_answering"
        return secure[0], None


def _is_locked(exc: BaseException) -> bool:
    """The keyring answered that it is locked (a prompt to unlock it failed or was
    dismissed): a different sentence from a keyring that is not there at all."""
    try:
        from keyring.errors import KeyringLocked as Locked
    except ImportError:  # pragma: no cover - keyring is a dependency
        return False
    return isinstance(exc, Locked)


def _as_error(exc: BaseException) -> Exception:
    return KeyringLocked() if _is_locked(exc) else KeyringUnavailable()


def _keyring_backend() -> object:
    import keyring

    return keyring.get_keyring()


def _members(active: Any) -> list:
    """The chainer's backends, best first; any other backend alone."""
    if type(active).__name__ == "ChainerBackend" or type(active).__module__.endswith(".chainer"):
        return list(active.backends)
    return [active]


def _insecure(backend: object) -> bool:
    module = type(backend).__module__.lower()
    name = type(backend).__name__.lower()
    try:
        priority = getattr(backend, "priority", 0)
    except Exception:  # some backends find out only here that they cannot work
        return True
    return (module.startswith(_INSECURE_MODULES)
            or any(word in module or word in name for word in _INSECURE_WORDS)
            or not isinstance(priority, int | float) or priority <= 0)


class MemorySecretStore:
    """An in-memory keyring for tests; `available=False` simulates a computer without one."""

    def __init__(self, available: bool = True) -> None:
        self.available = available
        self._values: dict[str, bytes] = {}

    def unavailable_reason(self) -> str | None:
        return None if self.available else "keyring_none"

    def get(self, name: str) -> bytes | None:
        return self._values.get(name)

    def put(self, name: str, value: bytes) -> None:
        if not self.available:
            raise KeyringUnavailable()
        self._values[name] = value

    def delete(self, name: str) -> None:
        self._values.pop(name, None)

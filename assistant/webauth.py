"""Login and binding rules for the web chat."""

from __future__ import annotations

import hmac
import ipaddress
import threading
import time
from collections.abc import Callable
from pathlib import Path


def parse_auth(value: str | None) -> list[tuple[str, str]]:
    """``"user:password"``, or the path of a file with one such line per user (# comments allowed)."""
    if not value:
        return []
    path = Path(value)
    lines = path.read_text(encoding="utf-8").splitlines() if path.is_file() else [value]
    pairs = []
    for n, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        user, sep, password = line.partition(":")
        if not sep or not user or not password:
            where = f"{path}:{n}" if path.is_file() else "ASSISTANT_AUTH"
            raise ValueError(f"{where}: expected 'user:password'")
        pairs.append((user, password))
    if not pairs:  # a login that lets no one in, or everyone: refuse rather than guess
        raise ValueError(f"{path if path.is_file() else 'ASSISTANT_AUTH'}: no 'user:password' line; add one, or unset ASSISTANT_AUTH")
    return pairs


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class LoginChecker:
    """Gradio's ``auth`` callable: constant-time comparison, and each failed login for a user name
    waits longer (0.5 s, 1 s, 2 s ... up to ``max_delay``) before it answers, so guessing is slow.
    Gradio does not tell the callable who is asking, so the count is kept per user name."""

    def __init__(self, pairs: list[tuple[str, str]], *, max_delay: float = 8.0, sleep: Callable[[float], None] = time.sleep):
        self._passwords = dict(pairs)
        self._failures: dict[str, int] = {}
        self._lock = threading.Lock()
        self.max_delay = max_delay
        self._sleep = sleep

    def __call__(self, username: str, password: str) -> bool:
        expected = self._passwords.get(username, "")
        ok = username in self._passwords and hmac.compare_digest(expected.encode(), password.encode())
        with self._lock:
            if ok:
                self._failures.pop(username, None)
                return True
            failures = self._failures[username] = self._failures.get(username, 0) + 1
        self._sleep(min(self.max_delay, 0.5 * 2 ** (failures - 1)))
        return False

"""Login and binding rules for the web chat."""

from __future__ import annotations

import ipaddress
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

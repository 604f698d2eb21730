"""Prompt templates, one file each, loaded by name: ``load_prompt("answer")``."""

from __future__ import annotations

from functools import cache
from importlib.resources import files


@cache
def load_prompt(name: str) -> str:
    path = files("prompts") / f"{name}.txt"
    if not path.is_file():
        raise FileNotFoundError(f"no prompt named {name!r} in prompts/")
    return path.read_text(encoding="utf-8")

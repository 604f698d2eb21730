"""The JSONL question set: one object a line, validated strictly so a typo cannot pass silently."""

from __future__ import annotations

import json
import re
from importlib.resources import files
from pathlib import Path
from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

SHIPPED_QUESTIONS = Path(str(files("assistant") / "data" / "questions.jsonl"))
BLIND_QUESTIONS = Path(str(files("assistant") / "data" / "questions_blind.jsonl"))
"""Written by someone who had not seen the answerer, before it changed; read only through metrics."""


M = TypeVar("M", bound=BaseModel)


class EvalFileError(ValueError):
    """A question file that cannot be used; the message names the file and line."""


class EvalItem(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1)
    question: str = Field(min_length=1)
    expect: list[list[str]] | None = Field(
        None, description="groups that must all appear in the answer; any one alternative of a group is enough"
    )
    evidence: str | None = Field(None, description="verbatim words of the article that answer the question")
    answerable: bool = True
    history: list[str] = Field(default_factory=list, description="earlier user turns, asked first")
    verdict: Literal["yes", "no"] | None = Field(None, description="a yes/no question's right answer")
    split: Literal["train", "holdout", "blind"] = "train"

    @model_validator(mode="after")
    def _answerable_needs_expectations(self) -> EvalItem:
        if self.answerable:
            if not self.expect or any(not group or not all(a.strip() for a in group) for group in self.expect):
                raise ValueError("an answerable item needs 'expect': a non-empty list of non-empty groups")
            if not self.evidence:
                raise ValueError("an answerable item needs 'evidence': verbatim words of the article")
        return self

    def matches(self, answer_text: str) -> tuple[bool, list[list[str]]]:
        """(all groups present, the groups that are missing)."""
        missing = [g for g in self.expect or [] if not any(_says(answer_text, alt) for alt in g)]
        return not missing, missing


def _says(text: str, phrase: str) -> bool:
    """Whole words only: the expected "no" must not be found inside "economy" or "note"."""
    p = re.escape(phrase.strip())
    p = (r"\b" if phrase.strip()[:1].isalnum() else "") + p + (r"\b" if phrase.strip()[-1:].isalnum() else "")
    return re.search(p, text, re.I) is not None


def load_jsonl(path: str | Path, model: type[M], what: str) -> list[M]:
    """A JSONL file of ``model`` items with unique ids; every problem names the file and line."""
    p = Path(path)
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise EvalFileError(f"{p}: cannot read the {what} file ({exc})") from exc
    items: list[M] = []
    seen: set[str] = set()
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvalFileError(f"{p}:{n}: malformed JSON ({exc.msg} at column {exc.colno})") from exc
        if not isinstance(data, dict):
            raise EvalFileError(f"{p}:{n}: each line must be a JSON object")
        try:
            item = model.model_validate(data)
        except ValidationError as exc:
            problems = "; ".join(
                f"{'.'.join(str(x) for x in e['loc']) or 'item'}: "
                + ("unknown field" if e["type"] == "extra_forbidden" else e["msg"])
                for e in exc.errors()
            )
            raise EvalFileError(f"{p}:{n}: {problems}") from exc
        if item.id in seen:
            raise EvalFileError(f"{p}:{n}: duplicate id {item.id!r}")
        seen.add(item.id)
        items.append(item)
    if not items:
        raise EvalFileError(f"{p}: no {what}s in the file")
    return items


def load_questions(path: str | Path | None = None) -> list[EvalItem]:
    return load_jsonl(path or SHIPPED_QUESTIONS, EvalItem, "question")

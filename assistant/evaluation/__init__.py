"""Canned evaluation: a question set, a runner with honest metrics, a baseline and a report.

Names are imported on first use: a cold ``ask`` should not pay for the question set or the runner."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from assistant.evaluation.dataset import EvalFileError, EvalItem, load_questions
    from assistant.evaluation.runner import EvalResult, run_eval

_WHERE = {
    "EvalFileError": "dataset", "EvalItem": "dataset", "load_questions": "dataset",
    "EvalResult": "runner", "run_eval": "runner",
}  # fmt: skip

__all__ = ["EvalFileError", "EvalItem", "EvalResult", "load_questions", "run_eval"]


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module 'assistant.evaluation' has no attribute {name!r}")
    return getattr(import_module(f"assistant.evaluation.{_WHERE[name]}"), name)

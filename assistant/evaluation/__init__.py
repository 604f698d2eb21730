"""Canned evaluation: a question set, a runner with honest metrics, a baseline and a report."""

from assistant.evaluation.dataset import EvalFileError, EvalItem, load_questions
from assistant.evaluation.runner import EvalResult, run_eval

__all__ = ["EvalFileError", "EvalItem", "EvalResult", "load_questions", "run_eval"]

"""Question answering over a news article, with every claim cited verbatim.

Names are imported on first use (PEP 562), so ``import assistant`` stays cheap: the store,
LangChain and the sentence model load only when an ``Assistant`` or its settings are needed.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

_WHERE = {
    "Assistant": "assistant.core",
    "DECLINE": "assistant.models",
    "Answer": "assistant.models",
    "Citation": "assistant.models",
    "QuestionError": "assistant.models",
    "RemovedSentence": "assistant.models",
    "RetrievedPassage": "assistant.models",
    "Settings": "assistant.settings",
}

__all__ = sorted(_WHERE)

if TYPE_CHECKING:
    from assistant.core import Assistant
    from assistant.models import DECLINE, Answer, Citation, QuestionError, RemovedSentence, RetrievedPassage
    from assistant.settings import Settings


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        value = getattr(import_module(_WHERE[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'assistant' has no attribute {name!r}")

"""Question answering over a news article, with every claim cited verbatim."""

from assistant.core import Assistant
from assistant.models import DECLINE, Answer, Citation, QuestionError, RetrievedPassage
from assistant.settings import Settings

__all__ = ["DECLINE", "Answer", "Assistant", "Citation", "QuestionError", "RetrievedPassage", "Settings"]

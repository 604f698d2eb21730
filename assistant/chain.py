"""The retrieval chain in one screen of LCEL: a message to the assistant itself gets its reply;
a question is condensed (follow-ups), retrieved for and answered."""

from __future__ import annotations

from typing import Any, Protocol

from langchain_core.documents import Document
from langchain_core.runnables import Runnable, RunnableBranch, RunnableLambda, RunnablePassthrough

from assistant.models import Answer, History
from assistant.questions import small_talk


class Condenser(Protocol):
    def __call__(self, question: str, history: History) -> str: ...


class Answerer(Protocol):
    """A backend: given the question and retrieved passages, produce a checked ``Answer``."""

    name: str

    def answer(self, question: str, standalone: str, docs: list[Document], vocabulary: Any) -> Answer: ...


def build_chain(
    *, validate: RunnableLambda, condense: Condenser, retrieve: Runnable, answer: RunnableLambda, reply: RunnableLambda
) -> Runnable[dict, Answer]:
    """``{"question": str, "history": [(q, a), ...]} -> Answer``"""
    rag = (
        RunnablePassthrough.assign(standalone=lambda x: condense(x["question"], x["history"]))
        | RunnablePassthrough.assign(docs=(lambda x: x["standalone"]) | retrieve)
        | answer
    )
    return validate | RunnableBranch((lambda x: small_talk(x["question"]) is not None, reply), rag)

"""The retrieval chain in one screen of LCEL: a message to the assistant itself gets its reply;
a question is condensed (follow-ups), retrieved for and answered."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from typing import Any, Protocol

from langchain_core.documents import Document
from langchain_core.runnables import Runnable, RunnableBranch, RunnableConfig, RunnableLambda, RunnablePassthrough

from assistant.models import Answer, History
from assistant.questions import small_talk


class Condenser(Protocol):
    def __call__(self, question: str, history: History) -> str: ...


class Answerer(Protocol):
    """A backend: given the question and retrieved passages, produce a checked ``Answer``.
    ``said``: the conversation's earlier answers, so that "anything else?" gets something new."""

    name: str

    def answer(self, question: str, standalone: str, docs: list[Document], vocabulary: Any, said: Sequence[str] = ()) -> Answer: ...


class AnsweringStep(Runnable[dict, Answer]):
    """The last step: ``invoke`` returns the checked ``Answer``; ``stream`` and ``astream`` yield
    the text as it is produced (``str`` pieces), then the ``Answer`` itself."""

    def __init__(self, answer: Callable[[dict], Answer], events: Callable[[dict], Iterator[str | Answer]]) -> None:
        self._answer, self._events = answer, events

    def invoke(self, input: dict, config: RunnableConfig | None = None, **kwargs: Any) -> Answer:
        return self._call_with_config(self._answer, input, config)

    def transform(self, input: Iterator[dict], config: RunnableConfig | None = None, **kwargs: Any) -> Iterator[str | Answer]:
        merged: dict = {}
        for chunk in input:  # the steps before stream their dict in pieces
            merged.update(chunk)
        yield from self._events(merged)

    def stream(self, input: dict, config: RunnableConfig | None = None, **kwargs: Any) -> Iterator[str | Answer]:
        yield from self.transform(iter([input]), config)

    async def atransform(
        self, input: AsyncIterator[dict], config: RunnableConfig | None = None, **kwargs: Any
    ) -> AsyncIterator[str | Answer]:
        merged: dict = {}
        async for chunk in input:
            merged.update(chunk)
        for event in self._events(merged):
            yield event

    async def astream(self, input: dict, config: RunnableConfig | None = None, **kwargs: Any) -> AsyncIterator[str | Answer]:
        async def one() -> AsyncIterator[dict]:
            yield input

        async for event in self.atransform(one(), config):
            yield event


def build_chain(
    *, validate: RunnableLambda, condense: Condenser, retrieve: Runnable, answer: Runnable, reply: RunnableLambda
) -> Runnable[dict, Answer]:
    """``{"question": str, "history": [(q, a), ...]} -> Answer``"""
    rag = (
        RunnablePassthrough.assign(standalone=lambda x: condense(x["question"], x["history"]))
        | RunnablePassthrough.assign(docs=(lambda x: x["standalone"]) | retrieve)
        | answer
    )
    return validate | RunnableBranch((lambda x: small_talk(x["question"]) is not None, reply), rag)

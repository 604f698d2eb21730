"""Data that crosses boundaries: answers and their citations (JSON-serialisable)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field, model_validator

DECLINE = "The article does not say."
"""The one sentence the assistant gives when the article does not support an answer."""
OTHERWISE = "The article says otherwise:"
"""How an answer opens when the question takes for granted what the quoted sentence contradicts
("Why did Xi say China aims to replace the US?")."""

History = list[tuple[str, str]]


class Citation(BaseModel):
    """A verbatim quote: ``source_text(source)[start:end] == quote``; a short answer lies inside it at
    ``[answer_start:answer_end]``."""

    number: int = Field(ge=1, description="the [n] marker in Answer.text")
    quote: str
    passage: str = Field(description="the whole passage the quote lies in")
    passage_id: str
    source: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    section: str = ""
    title: str = ""
    answer_start: int | None = Field(None, ge=0, description="where the short answer taken from this quote starts")
    answer_end: int | None = Field(None, ge=0)

    @property
    def answer_span(self) -> str | None:
        """The short answer's words, when the answer leads with a span of this quote."""
        if self.answer_start is None or self.answer_end is None:
            return None
        return self.quote[self.answer_start - self.start : self.answer_end - self.start]

    @model_validator(mode="after")
    def _answer_inside_quote(self) -> Citation:
        if (self.answer_start is None) != (self.answer_end is None):
            raise ValueError("answer_start and answer_end come together")
        if self.answer_start is not None and not (self.start <= self.answer_start < self.answer_end <= self.end):  # type: ignore[operator]
            raise ValueError("the short answer must lie inside the quote")
        return self


class RetrievedPassage(BaseModel):
    """A passage handed to the answerer, with the scores that ranked it."""

    passage_id: str
    text: str
    section: str = ""
    score: float
    dense_score: float | None = None
    bm25_score: float | None = None


class RemovedSentence(BaseModel):
    """A sentence a language model wrote that the article's words do not back, kept out of the answer."""

    text: str
    verdict: Literal["contradicted", "unsupported"]
    reason: str = Field(description="e.g. \"contradicts [2]: drops the negation: the article says 'no immediate progress'\"")
    passage_ids: list[str] = Field(default_factory=list, description="the passages it cited")


class Answer(BaseModel):
    question: str
    standalone_question: str = Field(description="the question as searched, follow-ups resolved")
    text: str
    citations: list[Citation] = Field(default_factory=list)
    declined: bool
    backend: str = "extractive"
    notice: str | None = Field(None, description="e.g. the LLM failed and the extractive answer stands in")
    unsupported: list[RemovedSentence] = Field(
        default_factory=list, description="LLM sentences removed because the cited passages contradict or do not back them"
    )
    retrieved: list[RetrievedPassage] = Field(default_factory=list)
    nearest_passage_id: str | None = Field(
        None, description="on a decline: the retrieved passage holding the sentence that came closest"
    )

    decline_reason: str | None = Field(
        None, description="why the assistant declined, e.g. 'no sentence gives the place asked for'"
    )
    about_assistant: bool = Field(
        False, description="a reply to a greeting or a question about the assistant itself: no citation, no decline"
    )

    @model_validator(mode="after")
    def _declined_iff_no_citations(self) -> Answer:
        if self.about_assistant:
            if self.declined or self.citations:
                raise ValueError("a reply about the assistant neither declines nor cites")
        elif self.declined != (not self.citations):
            raise ValueError("an answer declines exactly when it has no citations")
        return self


class QuestionError(ValueError):
    """The question itself is unusable (empty, too long); the message says why."""

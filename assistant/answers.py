"""What both answering backends build answers from: citations, retrieved passages, declines."""

from __future__ import annotations

from langchain_core.documents import Document

from assistant.models import DECLINE, Answer, Citation, RetrievedPassage

INSTRUCTIONS = "the question tries to give instructions"
"""The decline reason for a question that steers the assistant instead of asking about the article."""
NO_AUTHOR = "the article names no author or source"
"""The decline reason for "Who wrote this article?": its text and metadata give no byline."""
NOT_ENGLISH = "the question is not in English, and the assistant reads questions in English only"
"""The decline reason for a question in another language: its words match nothing, and a quote
found by the few names it shares ("Xi", "Blinken") would not answer it."""


def retrieved_passage(doc: Document) -> RetrievedPassage:
    m = doc.metadata
    return RetrievedPassage(
        passage_id=str(doc.id or m.get("id", "")),
        text=doc.page_content,
        section=str(m.get("section", "")),
        score=float(m.get("score", 0.0)),
        dense_score=m.get("dense_score"),
        bm25_score=m.get("bm25_score"),
    )


def declined(
    question: str, standalone: str, retrieved: list[RetrievedPassage], backend: str, reason: str
) -> Answer:
    return Answer(
        question=question, standalone_question=standalone, text=DECLINE, declined=True, backend=backend,
        retrieved=retrieved, decline_reason=reason,
    )


def citation_for(
    number: int, doc: Document, quote: str, start: int, end: int, answer: tuple[int, int] | None = None
) -> Citation:
    """``answer``: where in ``quote`` the short answer lies (offsets into the quote)."""
    m = doc.metadata
    return Citation(
        number=number,
        quote=quote,
        passage=doc.page_content,
        passage_id=str(doc.id or m.get("id", "")),
        source=str(m.get("source", "")),
        start=start,
        end=end,
        section=str(m.get("section", "")),
        title=str(m.get("title", "")),
        answer_start=start + answer[0] if answer else None,
        answer_end=start + answer[1] if answer else None,
    )

"""Run the question set through a system (ours, or the baseline) and measure it honestly.

Every figure comes from the same rows written to report.json, so a reader can recompute it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Protocol

from pydantic import BaseModel, Field

from assistant.evaluation.dataset import EvalItem
from assistant.grounding import MARKER, faithfulness
from assistant.models import Answer, History, QuestionError


class System(Protocol):
    name: str

    def ask(self, question: str, history: History | None = None) -> Answer: ...


@dataclass(frozen=True)
class Span:
    source: str
    start: int
    end: int

    def contains(self, other: Span) -> bool:
        return self.source == other.source and self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.source == other.source and self.start < other.end and other.start < self.end


class Row(BaseModel):
    id: str
    split: str
    question: str
    history: list[str] = Field(default_factory=list)
    answerable: bool
    expect: list[list[str]] | None = None
    answer: str
    declined: bool
    citations: list[dict[str, Any]] = Field(default_factory=list)
    latency_ms: float
    passed: bool
    reason: str
    evidence_rank: int | None = None  # 1-based rank of the evidence passage among retrieved ones
    cited_in_evidence_passage: int = 0
    cited_total: int = 0
    evidence_cited: bool | None = None
    faithful_sentences: int = 0
    checked_sentences: int = 0
    unsupported: list[str] = Field(default_factory=list)
    notice: str | None = None
    verdict_expected: str | None = None
    verdict_given: str | None = None  # "yes"/"no" when the answer opens with "Yes."/"No."

    @property
    def verdict_right(self) -> bool | None:
        """None when no verdict was given or the item says nothing of one; a verdict on a
        question the article does not answer is wrong."""
        if self.verdict_given is None or (self.answerable and self.verdict_expected is None):
            return None
        return self.answerable and self.verdict_given == self.verdict_expected


class Metrics(BaseModel):
    items: int
    answerable: int
    accuracy: float | None
    decline_precision: float | None
    decline_recall: float | None
    citation_precision: float | None
    evidence_recall: float | None
    hit_at_1: float | None
    hit_at_3: float | None
    mrr: float | None
    faithfulness: float | None
    verdicts_given: int = 0
    verdict_precision: float | None = Field(
        None, description="right Yes/No verdicts among those given where the item says which is right"
    )
    answer_words_p50: float | None = Field(None, description="median words of the answers given (markers excluded)")
    latency_p50_ms: float | None
    latency_p95_ms: float | None


class EvalResult(BaseModel):
    system: str
    rows: list[Row]
    metrics: dict[str, Metrics]  # "all", "train", "holdout"


class Corpus:
    """Where evidence and passages lie in the source files, to judge retrieval and citations."""

    def __init__(self, texts: dict[str, str], passages: dict[str, Span]) -> None:
        self.texts = texts
        self.passages = passages  # our passage id -> span: the unit citations are judged against

    def locate(self, evidence: str) -> Span | None:
        for source, text in self.texts.items():
            i = text.find(evidence)
            if i >= 0:
                return Span(source, i, i + len(evidence))
        return None

    def passage_of(self, span: Span) -> Span | None:
        return next((p for p in self.passages.values() if p.contains(span)), None)


def _percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    idx = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[idx]


def _word_count(answer: str) -> float:
    return float(len(MARKER.sub(" ", answer).split()))


def _ratio(num: float, den: float) -> float | None:
    return num / den if den else None


def summarise(rows: list[Row]) -> Metrics:
    answerable = [r for r in rows if r.answerable]
    unanswerable = [r for r in rows if not r.answerable]
    declined = [r for r in rows if r.declined]
    ranks = [r.evidence_rank for r in answerable]
    return Metrics(
        items=len(rows),
        answerable=len(answerable),
        accuracy=_ratio(sum(r.passed for r in answerable), len(answerable)),
        decline_precision=_ratio(sum(not r.answerable for r in declined), len(declined)),
        decline_recall=_ratio(sum(r.declined for r in unanswerable), len(unanswerable)),
        citation_precision=_ratio(sum(r.cited_in_evidence_passage for r in answerable), sum(r.cited_total for r in answerable)),
        evidence_recall=_ratio(sum(bool(r.evidence_cited) for r in answerable), len(answerable)),
        hit_at_1=_ratio(sum(1 for k in ranks if k == 1), len(ranks)),
        hit_at_3=_ratio(sum(1 for k in ranks if k is not None and k <= 3), len(ranks)),
        mrr=_ratio(sum(1.0 / k for k in ranks if k), len(ranks)),
        faithfulness=_ratio(sum(r.faithful_sentences for r in rows), sum(r.checked_sentences for r in rows)),
        verdicts_given=sum(r.verdict_given is not None for r in rows),
        verdict_precision=_ratio(sum(bool(r.verdict_right) for r in rows), sum(r.verdict_right is not None for r in rows)),
        answer_words_p50=_percentile([_word_count(r.answer) for r in answerable if not r.declined], 0.5),
        latency_p50_ms=_percentile([r.latency_ms for r in rows], 0.5),
        latency_p95_ms=_percentile([r.latency_ms for r in rows], 0.95),
    )


def evaluate_item(system: System, item: EvalItem, corpus: Corpus, unit_spans: dict[str, Span]) -> Row:
    history: History = []
    for turn in item.history:
        history.append((turn, system.ask(turn, history).text))
    start = time.perf_counter()
    try:
        answer = system.ask(item.question, history)
    except QuestionError as exc:
        latency = (time.perf_counter() - start) * 1000
        return Row(
            id=item.id, split=item.split, question=item.question, history=item.history, answerable=item.answerable,
            expect=item.expect, answer=f"error: {exc}", declined=False, latency_ms=latency, passed=False,
            reason=f"refused the question: {exc}",
        )
    latency = (time.perf_counter() - start) * 1000
    row = Row(
        id=item.id,
        split=item.split,
        question=item.question,
        history=item.history,
        answerable=item.answerable,
        expect=item.expect,
        answer=answer.text,
        declined=answer.declined,
        citations=[c.model_dump(include={"number", "quote", "start", "end", "section"}) for c in answer.citations],
        latency_ms=latency,
        passed=False,
        reason="",
        unsupported=[r.text for r in answer.unsupported],
        notice=answer.notice,
        verdict_expected=item.verdict,
        verdict_given=_verdict(answer.text),
    )
    ok, total = faithfulness(answer.text, {c.number: c.quote for c in answer.citations})
    row.faithful_sentences, row.checked_sentences = (ok, total) if not answer.declined else (0, 0)
    if not item.answerable:
        row.passed = answer.declined
        row.reason = "declined as expected" if answer.declined else "answered a question the article does not answer"
        return row
    evidence = corpus.locate(item.evidence or "")
    if evidence is None:
        row.reason = "evidence not found in the indexed text"
        return row
    home = corpus.passage_of(evidence)
    for rank, p in enumerate(answer.retrieved, 1):
        span = unit_spans.get(p.passage_id)
        if span is not None and span.contains(evidence):
            row.evidence_rank = rank
            break
    cited = [Span(c.source, c.start, c.end) for c in answer.citations]
    row.cited_total = len(cited)
    row.cited_in_evidence_passage = sum(1 for c in cited if home is not None and home.contains(c))
    row.evidence_cited = any(c.overlaps(evidence) for c in cited)
    if answer.declined:
        row.reason = "declined an answerable question"
        return row
    matched, missing = item.matches(answer.text)
    row.passed = matched and row.verdict_right is not False
    row.reason = (
        f"wrong verdict: {row.verdict_given}" if row.verdict_right is False
        else "all expected words present" if matched else f"missing {missing}"
    )
    return row


def _verdict(text: str) -> str | None:
    head = text.lstrip()[:4].lower()
    return "yes" if head.startswith("yes") else "no" if head.startswith("no.") or head.startswith("no:") else None


def run_eval(
    system: System,
    items: list[EvalItem],
    corpus: Corpus,
    unit_spans: dict[str, Span],
    progress: Callable[[Iterable[EvalItem]], Iterable[EvalItem]] = lambda xs: xs,
) -> EvalResult:
    rows = [evaluate_item(system, item, corpus, unit_spans) for item in progress(items)]
    metrics = {"all": summarise(rows)}
    for split in ("train", "holdout", "blind"):
        subset = [r for r in rows if r.split == split]
        if subset:
            metrics[split] = summarise(subset)
    return EvalResult(system=system.name, rows=rows, metrics=metrics)


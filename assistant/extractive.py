"""The offline answerer: it quotes sentences of the retrieved passages, so it cannot say
anything the article does not. Its only judgement is which sentences answer and when to decline.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np
from langchain_core.documents import Document

from assistant.models import DECLINE, Answer, Citation, RetrievedPassage
from assistant.questions import (
    DURATION_CUES,
    NUMBER_CUES,
    counts_asked_thing,
    focus_words,
    PLACE_CUES,
    REASON_CUES,
    ABOUT_ARTICLE,
    TIME_CUES,
    AnswerType,
    answer_type,
    hides_instructions,
)
from assistant.text import Vocabulary, content_stems, has_negation
from index import SentenceEmbeddings, passage_sentences


@dataclass(frozen=True)
class Thresholds:
    """Decision bounds of the extractive answerer (cosine similarities of normalised MiniLM vectors)."""

    min_score: float = 0.28  # below: nothing in the article is about the question
    min_semantic: float = 0.22
    focus_similarity: float = 0.6  # the asked-about thing must be this close to some article word
    name_similarity: float = 0.5  # "American" is close enough to "US"; "Paris" is not
    foreign_word_similarity: float = 0.35  # any question word this far from all article words is foreign
    trust_semantic: float = 0.62  # a sentence this close to the question outweighs unknown words
    second_sentence_ratio: float = 0.85
    max_sentences: int = 2
    pair_penalty: float = 0.04  # a pair of sentences must beat the better single one by this much
    headline_penalty: float = 0.25  # the headline restates the story; quote the body that says it


@dataclass
class Candidate:
    doc_rank: int
    doc: Document
    text: str
    start: int
    end: int
    semantic: float
    lexical: float
    cue: float
    size: int = 1
    score: float = 0.0


class ExtractiveAnswerer:
    """Picks the best-supported sentences of the retrieved passages and cites them verbatim."""

    name = "extractive"

    def __init__(self, embeddings: SentenceEmbeddings, thresholds: Thresholds | None = None) -> None:
        self.embeddings = embeddings
        self.t = thresholds or Thresholds()

    def vectors(self, texts: Sequence[str]) -> np.ndarray:
        return self.embeddings.encode_cached(list(texts))

    @staticmethod
    def answer_context(docs: list[Document]) -> list[RetrievedPassage]:
        """The retrieved passages as recorded on every answer (for reports and the UI)."""
        return [_retrieved(d) for d in docs]

    def warm_up(self, corpus_texts: Sequence[str], vocabulary: Vocabulary) -> None:
        """Embed every sentence and content word of the corpus once, so the first question is fast."""
        docs = [Document(page_content=t) for t in corpus_texts]
        self.vectors([w.text for d in docs for w in _windows(d)] + list(vocabulary.words))

    # -- answering ------------------------------------------------------------------------
    def answer(self, question: str, standalone: str, docs: list[Document], vocabulary: Vocabulary) -> Answer:
        retrieved = [_retrieved(d) for d in docs]
        if hides_instructions(question) or not docs:
            return _declined(question, standalone, retrieved)
        kind = answer_type(question)
        q_vec = np.asarray(self.embeddings.embed_query(standalone), dtype=np.float32)
        if standalone != question:  # a follow-up: its own words matter as much as what it refers to
            q_vec = (q_vec + np.asarray(self.embeddings.embed_query(question), dtype=np.float32)) / 2
        candidates = self._candidates(question, standalone, kind, docs, q_vec)
        if not candidates:
            return _declined(question, standalone, retrieved)
        best = max(candidates, key=lambda c: c.score)
        if self._uncovered(question, vocabulary, best) or not self._supports(question, best, kind):
            return _declined(question, standalone, retrieved)
        chosen = self._choose(candidates, best, question, kind)
        return _compose(question, standalone, chosen, kind, retrieved)

    def stream(self, question: str, standalone: str, docs: list[Document], vocabulary: Vocabulary) -> Iterator[str | Answer]:
        answer = self.answer(question, standalone, docs, vocabulary)
        pieces = answer.text.split(" ")
        for i, piece in enumerate(pieces):
            yield piece if i == 0 else " " + piece
        yield answer

    def _candidates(
        self, question: str, query: str, kind: AnswerType, docs: list[Document], q_vec: np.ndarray
    ) -> list[Candidate]:
        """Every sentence of the passages, and every pair of neighbours: a sentence that says
        "this issue" or "he" is only understood, and only matches, together with the one before."""
        q_stems = set(content_stems(question))
        context_stems = set(content_stems(query)) - q_stems
        about_article = bool(ABOUT_ARTICLE.search(question))
        windows = [(rank, doc, w) for rank, doc in enumerate(docs) for w in _windows(doc)]
        if not windows:
            return []
        sims = self.vectors([w.text for _, _, w in windows]) @ q_vec
        out = []
        for (rank, doc, w), sim in zip(windows, sims):
            s_stems = set(content_stems(w.text))
            lexical = len(q_stems & s_stems) / len(q_stems) if q_stems else 0.0
            if context_stems:
                lexical = 0.8 * lexical + 0.2 * len(context_stems & s_stems) / len(context_stems)
            c = Candidate(rank, doc, w.text, w.start, w.end, float(sim), lexical, _cue(kind, w.text), w.size)
            headline = doc.metadata.get("kind") == "headline"
            c.score = (
                0.6 * c.semantic
                + 0.4 * c.lexical
                + c.cue
                + 0.02 / (1 + rank)
                - self.t.pair_penalty * (w.size - 1)
                + (0.3 if about_article and headline else -self.t.headline_penalty if headline else 0.0)
            )
            out.append(c)
        return out

    def _uncovered(self, question: str, vocabulary: Vocabulary, best: Candidate) -> bool:
        """True when the question names something the article never mentions (a place, a person,
        a number) and no sentence is close enough to the question to vouch for it anyway."""
        if ABOUT_ARTICLE.search(question) and best.doc.metadata.get("kind") == "headline":
            return False  # "when was it published?": the dateline answers, in words no question shares
        if best.score < self.t.min_score or best.semantic < self.t.min_semantic:
            return True
        if best.semantic >= self.t.trust_semantic:
            return False
        unknown = vocabulary.unknown(question)
        if not unknown:
            return False
        if not vocabulary.words:
            return True
        sims = (self.vectors(unknown) @ self.vectors(vocabulary.words).T).max(axis=1)
        focus = set(focus_words(question))
        for word, sim in zip(unknown, sims):
            if word in focus and sim < self.t.focus_similarity:
                return True  # the thing asked about is absent: "Blinken's wife", "the weather"
            if (_looks_like_name(word, question) and sim < self.t.name_similarity) or word.isdigit():
                return True  # a person, place or number the article never gives
            if sim < self.t.foreign_word_similarity:
                return True  # a word with nothing like it in the article
        return False

    def _supports(self, question: str, c: Candidate, kind: AnswerType) -> bool:
        """A 'how many' needs a number, a 'when' a time, a 'where' a place, a 'who' a name."""
        if kind is AnswerType.NUMBER:
            return counts_asked_thing(question, c.text)
        if kind is AnswerType.TIME:
            return bool(TIME_CUES.search(c.text))
        if kind is AnswerType.DURATION:
            return bool(DURATION_CUES.search(c.text) or TIME_CUES.search(c.text))
        if kind is AnswerType.PLACE:
            return bool(PLACE_CUES.search(c.text))
        if kind is AnswerType.PERSON:
            return any(w[:1].isupper() for w in c.text.split()[1:]) or c.text[:1].isupper()
        return True

    def _choose(self, candidates: list[Candidate], best: Candidate, query: str, kind: AnswerType) -> list[Candidate]:
        """The best sentence, plus one more when it is nearly as good and covers question words the first misses."""
        chosen = [best]
        q_stems = set(content_stems(query))
        covered = set(content_stems(best.text)) & q_stems
        for c in sorted(candidates, key=lambda c: -c.score):
            if len(chosen) >= self.t.max_sentences or kind is AnswerType.YESNO:
                break
            if _overlaps(c, chosen) or c.score < self.t.second_sentence_ratio * best.score:
                continue
            new = (set(content_stems(c.text)) & q_stems) - covered
            if new:
                chosen.append(c)
                covered |= new
        return sorted(chosen, key=lambda c: (str(c.doc.metadata.get("source", "")), c.start))


@dataclass(frozen=True)
class Window:
    text: str
    start: int
    end: int
    size: int


ANAPHORIC_START = re.compile(
    r"^(However|But|Yet|Still|Instead|Meanwhile|In return|In turn|He|She|It|They|This|That|These|Those|Such|"
    r"His|Her|Its|Their)\b"
)
"""A sentence opening like this leans on the one before: quote the two together."""


def _windows(doc: Document) -> list[Window]:
    start = int(doc.metadata.get("start", 0))
    kind = str(doc.metadata.get("kind", "body"))
    sentences = passage_sentences(doc.page_content, start, kind)
    out = [Window(s.text, s.start, s.end, 1) for s in sentences]
    if kind != "headline":
        for a, b in zip(sentences, sentences[1:]):
            if ANAPHORIC_START.match(b.text):
                out.append(Window(doc.page_content[a.start - start : b.end - start], a.start, b.end, 2))
    return out


def _cue(kind: AnswerType, text: str) -> float:
    pattern = {
        AnswerType.TIME: TIME_CUES,
        AnswerType.DURATION: DURATION_CUES,
        AnswerType.NUMBER: NUMBER_CUES,
        AnswerType.REASON: REASON_CUES,
        AnswerType.PLACE: PLACE_CUES,
    }.get(kind)
    if pattern is None:
        return 0.0
    return 0.08 if pattern.search(text) else 0.0


def _looks_like_name(word: str, question: str) -> bool:
    """Capitalised inside the question (not just its first word)."""
    for m in re.finditer(r"[\w\u2019'-]+", question):
        if m.group(0).lower() == word and m.start() > 0 and m.group(0)[:1].isupper():
            return True
    return False


def _overlaps(c: Candidate, chosen: list[Candidate]) -> bool:
    return any(c.doc.id == o.doc.id and c.start < o.end and o.start < c.end for o in chosen)


def _retrieved(doc: Document) -> RetrievedPassage:
    m = doc.metadata
    return RetrievedPassage(
        passage_id=str(doc.id or m.get("id", "")),
        text=doc.page_content,
        section=str(m.get("section", "")),
        score=float(m.get("score", 0.0)),
        dense_score=m.get("dense_score"),
        bm25_score=m.get("bm25_score"),
    )


def _declined(question: str, standalone: str, retrieved: list[RetrievedPassage], backend: str = "extractive") -> Answer:
    return Answer(
        question=question, standalone_question=standalone, text=DECLINE, declined=True, backend=backend, retrieved=retrieved
    )


def citation_for(number: int, doc: Document, quote: str, start: int, end: int) -> Citation:
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
    )


def _compose(question: str, standalone: str, chosen: list[Candidate], kind: AnswerType, retrieved: list[RetrievedPassage]) -> Answer:
    citations = [citation_for(i, c.doc, c.text, c.start, c.end) for i, c in enumerate(chosen, 1)]
    parts = [f"{c.text} [{i}]" for i, c in enumerate(chosen, 1)]
    if kind is AnswerType.YESNO:
        negated = has_negation(chosen[0].text) and not has_negation(question)
        parts.insert(0, "No." if negated else "Yes.")
    return Answer(
        question=question,
        standalone_question=standalone,
        text=" ".join(parts),
        citations=citations,
        declined=False,
        retrieved=retrieved,
    )

"""The offline answerer: it quotes sentences of the retrieved passages, so it cannot say
anything the article does not. Its only judgement is which sentences answer and when to decline.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np
from langchain_core.documents import Document

from assistant.answerability import AnswerabilityModel
from assistant.models import DECLINE, Answer, Citation, RetrievedPassage
from assistant.questions import (
    DURATION_CUES,
    NUMBER_CUES,
    counts_asked_thing,
    focus_words,
    PLACE_CUES,
    REASON_CUES,
    ABOUT_ARTICLE,
    asks_for_summary,
    TIME_CUES,
    WHO_IS_NAME,
    AnswerType,
    answer_type,
    hides_instructions,
)
from assistant.text import STOPWORDS, Vocabulary, content_stems, content_words, stem, words
from assistant.verifier import verify
from index import SentenceEmbeddings, passage_sentences


@dataclass(frozen=True)
class Thresholds:
    """Decision bounds of the extractive answerer (cosine similarities of normalised MiniLM vectors)."""

    second_sentence_ratio: float = 0.85
    max_sentences: int = 2
    pair_penalty: float = 0.04  # a pair of sentences must beat the better single one by this much
    headline_penalty: float = 0.25  # the headline restates the story; quote the body that says it


@dataclass
class Candidate:
    doc: Document
    text: str
    start: int
    end: int
    semantic: float
    lexical: float
    cue: float
    size: int = 1
    referents: frozenset[str] = frozenset()
    score: float = 0.0


@dataclass
class Assessment:
    kind: AnswerType
    candidates: list[Candidate]
    best: Candidate | None
    features: dict[str, float]
    ruled_out: str | None  # why no sentence can answer, whatever the features say
    certain: bool = False  # the dateline answers "when was it published?" in words no question shares


class ExtractiveAnswerer:
    """Picks the best-supported sentences of the retrieved passages and cites them verbatim."""

    name = "extractive"

    def __init__(
        self,
        embeddings: SentenceEmbeddings,
        thresholds: Thresholds | None = None,
        model: AnswerabilityModel | None = None,
    ) -> None:
        self.embeddings = embeddings
        self.t = thresholds or Thresholds()
        self._model = model
        self.corpus: list[str] = []  # every passage (set by warm_up): who is who, for the verifier

    @property
    def model(self) -> AnswerabilityModel:
        """Loaded on first use, so ``calibrate`` can assess questions before any model exists."""
        if self._model is None:
            self._model = AnswerabilityModel.load()
        return self._model

    def vectors(self, texts: Sequence[str]) -> np.ndarray:
        return self.embeddings.encode_cached(list(texts))

    def context(self, docs: list[Document]) -> list[str]:
        """What the verifier may learn who is who from: the whole corpus once warmed up."""
        return self.corpus or [d.page_content for d in docs]

    @staticmethod
    def answer_context(docs: list[Document]) -> list[RetrievedPassage]:
        """The retrieved passages as recorded on every answer (for reports and the UI)."""
        return [_retrieved(d) for d in docs]

    @staticmethod
    def warm_texts(corpus_texts: Sequence[str], vocabulary: Vocabulary) -> list[str]:
        """What answering embeds from the corpus: every sentence (and leaning pair) and content word."""
        docs = [Document(page_content=t) for t in corpus_texts]
        windows = [w.text for d in docs for w in _windows(d)]
        return windows + [c for w in windows for c in _clauses(w)] + list(vocabulary.words)

    def warm_up(self, corpus_texts: Sequence[str], texts: Sequence[str]) -> None:
        """Know the corpus, and embed ``texts`` (at least ``warm_texts``) once, so the first question is fast."""
        self.corpus = list(corpus_texts)
        self.vectors(texts)

    # -- answering ------------------------------------------------------------------------
    def assess(self, question: str, standalone: str, docs: list[Document], vocabulary: Vocabulary) -> Assessment:
        """The best sentence (or pair) for the question, the features that judge it, and any
        rule that rules it out whatever the features say."""
        kind = answer_type(question)
        if hides_instructions(question):
            return Assessment(kind, [], None, {}, "the question tries to give instructions")
        about_article = bool(ABOUT_ARTICLE.search(question))
        if about_article:  # the headline was added to find its passage, not to rank sentences
            standalone = question
        q_vec = np.asarray(self.embeddings.embed_query(standalone), dtype=np.float32)
        if standalone != question:  # a follow-up: its own words matter as much as what it refers to
            q_vec = (q_vec + np.asarray(self.embeddings.embed_query(question), dtype=np.float32)) / 2
        candidates = self._candidates(question, standalone, kind, docs, q_vec)
        if not candidates:
            return Assessment(kind, [], None, {}, "nothing was retrieved")
        best = max(candidates, key=lambda c: c.score)
        unknown = vocabulary.unknown(question)
        # settled by a rule: skip the features (they cost a batch of encodes) and go no further
        heading = [c for c in candidates if c.doc.metadata.get("kind") == "headline" and c.size == 1]
        if about_article and heading:  # the title line, or the dateline (section, date)
            title = min(heading, key=lambda c: c.start)
            dateline = [c for c in heading if c is not title]
            wants_title = re.search(r"\b(title|headline)s?\b", question, re.I) or not dateline
            return Assessment(kind, candidates, title if wants_title else dateline[0], {}, None, certain=True)
        if asks_for_summary(question) and not hides_instructions(question):  # the body sentence closest to the headline
            body = [c for c in candidates if c.doc.metadata.get("kind") != "headline"]
            if body:
                return Assessment(kind, candidates, max(body, key=lambda c: c.score), {}, None, certain=True)
        if any(w.isdigit() for w in unknown):
            return Assessment(kind, candidates, best, {}, "the question names a number the article never gives")
        if WHO_IS_NAME.match(question):  # the best body sentence that says what the person is, if any does
            described = [c for c in candidates if c.doc.metadata.get("kind") != "headline" and self._supports(question, c, kind)]
            best = max(described, key=lambda c: c.score, default=best)
        if kind in (AnswerType.DURATION, AnswerType.NUMBER):  # "how long ...?" wants the sentence with the span
            spans = [c for c in candidates if (DURATION_CUES if kind is AnswerType.DURATION else NUMBER_CUES).search(c.text)]
            best = max((c for c in spans if self._supports(question, c, kind)), key=lambda c: c.score, default=best)
        if not self._supports(question, best, kind):
            return Assessment(kind, candidates, best, {}, f"no sentence gives the {kind.value} asked for")
        return Assessment(kind, candidates, best, self._features(question, best, unknown, vocabulary), None)

    def answer(self, question: str, standalone: str, docs: list[Document], vocabulary: Vocabulary) -> Answer:
        retrieved = [_retrieved(d) for d in docs]
        asked = vocabulary.truecase(question)  # "who is blinken": names are told by their capitals
        a = self.assess(asked, asked if standalone in (question, asked) else standalone, docs, vocabulary)
        settled = a.best is not None and not a.ruled_out and (a.certain or self.model.answers(a.features))
        if not settled and a.kind is AnswerType.YESNO and a.candidates and not hides_instructions(asked):
            # a statement the verifier finds supported or contradicted is answered, whatever the
            # answerability model thought of the closest sentence
            verdict, chosen = _yes_no(asked, a.candidates, [a.best or a.candidates[0]], self.context(docs))
            if verdict is not None:
                return _compose(question, standalone, chosen, verdict, retrieved)
        if not settled:
            declined = _declined(question, standalone, retrieved)
            if a.best is not None:
                declined.nearest_passage_id = _retrieved(a.best.doc).passage_id
            return declined
        chosen = self._choose(a.candidates, a.best, asked, a.kind)
        verdict = None
        if a.kind is AnswerType.YESNO:
            verdict, chosen = _yes_no(asked, a.candidates, chosen, self.context(docs))
        return _compose(question, standalone, chosen, verdict, retrieved)

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
            s_stems = set(content_stems(w.text)) | w.referents
            lexical = len(q_stems & s_stems) / len(q_stems) if q_stems else 0.0
            if context_stems:
                lexical = 0.8 * lexical + 0.2 * len(context_stems & s_stems) / len(context_stems)
            c = Candidate(doc, w.text, w.start, w.end, float(sim), lexical, _cue(kind, w.text), w.size, w.referents)
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

    def _features(
        self, question: str, best: Candidate, unknown: list[str], vocabulary: Vocabulary
    ) -> dict[str, float]:
        """What the answerability model weighs (see ``assistant.answerability.FEATURES``);
        ``unknown`` are the question's words the article never uses."""
        q_words = list(dict.fromkeys(content_words(question)))
        q_vec = np.asarray(self.embeddings.embed_query(question), dtype=np.float32)
        s_stems = set(content_stems(best.text)) | best.referents
        missing = [w for w in q_words if stem(w) not in s_stems]
        pull = 0.0
        if missing:
            s_vec = self.vectors([best.text])[0]
            variants = self.embeddings.encode([_without(question, w) for w in missing])
            pull = max(0.0, float((variants @ s_vec).max()) - float(q_vec @ s_vec))
        closeness = dict.fromkeys(unknown, 0.0)
        if unknown and vocabulary.words:
            sims = (self.vectors(unknown) @ self.vectors(vocabulary.words).T).max(axis=1)
            closeness = {w: float(s) for w, s in zip(unknown, sims)}
        focus = [closeness[w] for w in focus_words(question) if w in closeness]
        names = [closeness[w] for w in closeness if _looks_like_name(w, question)]
        unknown_stems = {stem(u) for u in unknown}
        known_names = {w.lower()[:4] for w in _names(question) if stem(w) not in unknown_stems}
        s_prefixes = _name_prefixes(best)
        return {
            "semantic": best.semantic,
            "lexical": best.lexical,
            "foreign_pull": pull,
            "unknown_similarity": min(closeness.values(), default=1.0),
            "focus_similarity": min(focus, default=1.0),
            "name_similarity": min(names, default=1.0),
            "missing_names": len(known_names - s_prefixes) / len(known_names) if known_names else 0.0,
            "clause_semantic": self._clause_similarity(q_vec, best),
            "known_share": 1.0 - len(unknown) / len(q_words) if q_words else 1.0,
        }

    def _clause_similarity(self, q_vec: np.ndarray, c: Candidate) -> float:
        """A long sentence dilutes the part that answers: the best of its comma-separated clauses."""
        clauses = _clauses(c.text)
        if len(clauses) < 2:
            return c.semantic
        return max(c.semantic, float((self.vectors(clauses) @ q_vec).max()))

    def _supports(self, question: str, c: Candidate, kind: AnswerType) -> bool:
        """A 'how many' needs a number, a 'when' a time; a 'where' needs a place and a 'who' a name
        that the question does not already give ("Who interpreted for Blinken?" is not answered
        by a sentence about Blinken)."""
        if kind is AnswerType.NUMBER:
            return counts_asked_thing(question, c.text)
        if kind is AnswerType.TIME:
            return bool(TIME_CUES.search(c.text))
        if kind is AnswerType.DURATION:
            return bool(DURATION_CUES.search(c.text) or TIME_CUES.search(c.text))
        asked = {stem(w) for w in words(question)}
        if kind is AnswerType.PLACE:
            return any(stem(m.group("place")) not in asked for m in PLACE_CUES.finditer(c.text))
        if kind is AnswerType.PERSON:
            who = WHO_IS_NAME.match(question)
            if who:  # "Who is X?" asks what X is: a title or an apposition the sentence gives X
                return _describes(c.text, words(who.group("name")))
            return any(stem(w) not in asked for w in _names(c.text))
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
    referents: frozenset[str] = frozenset()  # stems of the names a "he" or "his" in it may stand for


ANAPHORIC_START = re.compile(
    r"^(However|But|Yet|Still|Instead|Meanwhile|In return|In turn|He|She|It|They|This|That|These|Those|Such|"
    r"His|Her|Its|Their)\b"
)
"""A sentence opening like this leans on the one before: quote the two together."""

PRONOUN = re.compile(r"\b(he|she|his|her|him)\b", re.I)


def _windows(doc: Document) -> list[Window]:
    start = int(doc.metadata.get("start", 0))
    kind = str(doc.metadata.get("kind", "body"))
    sentences = passage_sentences(doc.page_content, start, kind)
    out, seen = [], []
    for s in sentences:
        refers = bool(PRONOUN.search(s.text)) and kind != "headline"
        out.append(Window(s.text, s.start, s.end, 1, frozenset(stem(n) for n in seen) if refers else frozenset()))
        seen += _capitalised(words(s.text))
    if kind != "headline":
        for a, b in zip(sentences, sentences[1:]):
            if ANAPHORIC_START.match(b.text):
                out.append(Window(doc.page_content[a.start - start : b.end - start], a.start, b.end, 2))
    return out


def _clauses(text: str) -> list[str]:
    return [x for x in re.split(r"[,;:]\s+", text) if len(x.split()) >= 4]


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


def _describes(text: str, name: list[str]) -> bool:
    """A title right before the name ("US Secretary of State Antony Blinken", "President Joe Biden")
    or an apposition after it ("Blinken, the first US secretary of state ...")."""
    last = re.escape(name[-1])
    for m in re.finditer(rf"\b{last}\b", text):
        if re.match(r",\s+(the|a|an)\s", text[m.end() :]):
            return True
        before = text[: m.start()].split()
        for w in reversed(name[:-1]):  # the rest of the name is not a title
            if before and before[-1] == w:
                before.pop()
        # asked by surname alone, the word before may be a given name ("Antony"): a title precedes it
        run = 2 if len(name) == 1 else 1
        if len(before) >= run and all(_titlecase(w) for w in before[-run:]):
            return True
    return False


def _titlecase(word: str) -> bool:
    return word[:1].isupper() and word.isalpha() and word.lower() not in STOPWORDS


def _name_prefixes(c: Candidate) -> set[str]:
    """Names are matched on four letters ("Chinese": "China's"), counting those a "he" stands for."""
    return {w.lower()[:4] for w in words(c.text)} | {r[:4] for r in c.referents}


def _capitalised(ws: list[str]) -> list[str]:
    return [w for w in ws if w[:1].isupper() and w.lower() not in STOPWORDS]


def _names(text: str) -> list[str]:
    """Capitalised words after the first (which is capitalised anyway), minus function words."""
    return _capitalised(words(text)[1:])


def _looks_like_name(word: str, question: str) -> bool:
    """Capitalised inside the question (not just its first word)."""
    return word in {n.lower() for n in _names(question)}


def _without(question: str, word: str) -> str:
    return re.sub(rf"(?<![\w'\u2019-]){re.escape(word)}(?![\w'\u2019-])", "", question, flags=re.I).replace("  ", " ")


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


YES_NO_VERDICT_SENTENCES = 4
"""How many of the best single sentences a yes/no question's statement is verified against."""

_LEADING_AUXILIARY = re.compile(
    r"^\s*(?:is|are|was|were|did|does|do|has|have|had|can|could|will|would|should)(?:n['\u2019]t)?\b\s*", re.I
)


def statement(question: str) -> str:
    """The statement a yes/no question asks about: "Didn't Xi meet Blinken?" -> "Xi meet Blinken"
    (a negative auxiliary asks the same as a positive one)."""
    return _LEADING_AUXILIARY.sub("", question).rstrip(" ?!.")


def _yes_no(question: str, candidates: list[Candidate], chosen: list[Candidate], context: list[str]):
    """("Yes."/"No."/None, the quote): a verdict only when the verifier finds the statement
    supported or contradicted by a sentence, which is then the one quoted."""
    claim = statement(question)
    singles = sorted((c for c in candidates if c.size == 1), key=lambda c: -c.score)[:YES_NO_VERDICT_SENTENCES]
    for c in [chosen[0], *[c for c in singles if c is not chosen[0]]]:
        v = verify(claim, [c.text], context=context)
        if v.status != "unsupported":
            return ("Yes." if v.supported else "No."), [c]
    return None, chosen[:1]


def _compose(
    question: str, standalone: str, chosen: list[Candidate], verdict: str | None, retrieved: list[RetrievedPassage]
) -> Answer:
    citations = [citation_for(i, c.doc, c.text, c.start, c.end) for i, c in enumerate(chosen, 1)]
    parts = ([verdict] if verdict else []) + [f"{c.text} [{i}]" for i, c in enumerate(chosen, 1)]
    return Answer(
        question=question,
        standalone_question=standalone,
        text=" ".join(parts),
        citations=citations,
        declined=False,
        retrieved=retrieved,
    )

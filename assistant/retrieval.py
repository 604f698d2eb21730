"""Hybrid retrieval: Chroma's dense similarity and BM25 over the same passages, fused by weighted RRF.

Dense vectors find paraphrases; BM25 finds rare exact words (names, numbers) that a small
embedding model blurs. Reciprocal-rank fusion needs no score calibration between the two.

``HybridSearch`` is plain Python, so that asking imports no LangChain retriever: LangChain's
``BaseRetriever`` pulls in LangSmith's tracers (0.7-1.5 s of a cold start). ``HybridRetriever``
(``assistant.retriever``) is the same search as a LangChain retriever, for the LCEL chain.
"""

from __future__ import annotations

import sys
import threading
from typing import Any

import numpy as np
from langchain_core.documents import Document

from assistant.followup import asked_part
from assistant.text import content_stems
from index import PassageStore, StoredPassage, passage_sentences
from index.snapshot import SnapshotStore


def _import_bm25s() -> Any:
    """bm25s imports SciPy whenever it is installed (sentence-transformers brings it), for a matrix
    backend that its default (numpy) does not use: hidden, a cold start saves 0.2-0.4 s. The block
    lasts only this import; SciPy stays importable."""
    if "scipy" in sys.modules or "bm25s" in sys.modules:
        import bm25s
        return bm25s
    sys.modules["scipy"] = None  # type: ignore[assignment]  # makes `import scipy` raise ImportError
    try:
        import bm25s
    finally:
        del sys.modules["scipy"]
    return bm25s


bm25s = _import_bm25s()


class HybridSearch:
    """Returns ``Document``s (``id`` = passage id) whose metadata carries ``score``,
    ``dense_score`` (cosine) and ``bm25_score`` next to the stored passage metadata."""

    def __init__(
        self, store: PassageStore | SnapshotStore, k: int = 4, rrf_k: int = 60, dense_weight: float = 1.0,
        bm25_weight: float = 0.5, sentence_weight: float = 1.0,
    ) -> None:
        self.store, self.k, self.rrf_k = store, k, rrf_k
        self.dense_weight, self.bm25_weight, self.sentence_weight = dense_weight, bm25_weight, sentence_weight
        self._lock = threading.Lock()
        self._corpus: list[StoredPassage] | None = None
        self._bm25: Any = None
        self._generation = 0

    def refresh(self) -> None:
        """Re-read passages from the store (after indexing); BM25 is rebuilt from them."""
        generation = self.store.generation
        passages = self.store.passages()
        bm25 = None
        if passages:
            bm25 = bm25s.BM25()
            bm25.index([content_stems(p.text) or ["\x00"] for p in passages], show_progress=False)
        with self._lock:
            self._corpus, self._bm25, self._generation = passages, bm25, max(generation, self.store.generation)

    @property
    def corpus(self) -> list[StoredPassage]:
        if self._corpus is None or self._generation != self.store.generation:  # re-read after a rebuild elsewhere
            self.refresh()
        assert self._corpus is not None
        return self._corpus

    def search(self, query: str, k: int | None = None, vector: list[float] | None = None) -> list[Document]:
        generation = self.store.generation
        docs = self._search(query, k, vector)
        if self.store.generation != generation:  # the store found its collection rebuilt: search the new one
            docs = self._search(query, k, vector)
        return docs

    def _search(self, query: str, k: int | None = None, vector: list[float] | None = None) -> list[Document]:
        corpus = self.corpus
        if not corpus:
            return []
        k = k or self.k
        by_id = {p.id: i for i, p in enumerate(corpus)}
        vector = vector if vector is not None else self.store.embeddings.embed_query(query)
        dense = self.store.dense_search(vector, k=max(4 * k, 20))
        dense_score = {pid: s for pid, s in dense}
        fused: dict[str, float] = {}
        for rank, (pid, _) in enumerate(dense):
            fused[pid] = fused.get(pid, 0.0) + self.dense_weight / (self.rrf_k + rank + 1)
        tokens = content_stems(query)
        bm25_scores = self._bm25.get_scores(tokens) if tokens and self._bm25 is not None else np.zeros(len(corpus))
        order = [i for i in np.argsort(-bm25_scores, kind="stable") if bm25_scores[i] > 0]
        for rank, i in enumerate(order[: max(4 * k, 20)]):
            pid = corpus[i].id
            fused[pid] = fused.get(pid, 0.0) + self.bm25_weight / (self.rrf_k + rank + 1)
        if self.sentence_weight:
            # A passage is as relevant as its best sentence: one matching sentence is not drowned out
            # by the rest of its paragraph, which the passage vector averages in.
            pool = [pid for pid, _ in sorted(fused.items(), key=lambda kv: -kv[1])[: max(4 * k, 20)] if pid in by_id]
            q = np.asarray(vector, dtype=np.float32)
            best = {pid: self._best_sentence(corpus[by_id[pid]], q) for pid in pool}
            for rank, pid in enumerate(sorted(pool, key=lambda p: -best[p])):
                fused[pid] += self.sentence_weight / (self.rrf_k + rank + 1)
        ranked = sorted(fused.items(), key=lambda kv: (-kv[1], by_id.get(kv[0], 0)))[:k]
        docs = []
        for pid, score in ranked:
            if pid not in by_id:  # stored after our last refresh: skip rather than guess its text
                continue
            p = corpus[by_id[pid]]
            meta = dict(p.metadata)
            meta.update(
                id=pid,
                score=float(score),
                dense_score=dense_score.get(pid),
                bm25_score=float(bm25_scores[by_id[pid]]),
            )
            docs.append(Document(page_content=p.text, metadata=meta, id=pid))
        return docs

    @staticmethod
    def _sentences(passage: StoredPassage) -> list[str]:
        kind = str(passage.metadata.get("kind", "body"))
        return [s.text for s in passage_sentences(passage.text, 0, kind)] or [passage.text]

    def warm_texts(self) -> list[str]:
        """The sentences whose vectors ranking needs: every sentence of every passage."""
        return [t for p in self.corpus for t in self._sentences(p)]

    def _best_sentence(self, passage: StoredPassage, q: np.ndarray) -> float:
        return float((self.store.embeddings.encode_cached(self._sentences(passage)) @ q).max())

    def retrieve(self, query: str, k: int | None = None) -> list[Document]:
        """The passages for a question (``k`` overrides the constructor's for one call). A
        follow-up that carries its conversation in brackets and asks enough on its own ("what did
        Blinken say after the meeting (who is Blinken; ...)") is also searched without them, and
        the two rankings fused: the carried names must not crowd out what the question asks."""
        asked = asked_part(query)
        if asked == query or len(content_stems(asked)) < 2:
            return self.search(query, k=k)
        rankings = [self.search(query, k=k), self.search(asked, k=k)]
        fused: dict[str, float] = {}
        for docs in rankings:
            for rank, d in enumerate(docs):
                fused[str(d.id)] = fused.get(str(d.id), 0.0) + 1 / (self.rrf_k + rank + 1)
        by_id = {str(d.id): d for docs in reversed(rankings) for d in docs}  # the whole query's scores where it found them
        return sorted(by_id.values(), key=lambda d: -fused[str(d.id)])[: k or self.k]

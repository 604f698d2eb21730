"""``HybridSearch`` as a LangChain retriever, for the LCEL chain and for LangChain users.

Kept apart from ``assistant.retrieval`` because importing ``BaseRetriever`` imports LangSmith's
tracers: ``Assistant.ask`` searches without them, ``Assistant.as_runnable()`` and
``Assistant.retriever`` load them when asked for.
"""

from __future__ import annotations

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict, PrivateAttr

from assistant.retrieval import HybridSearch
from index import PassageStore, StoredPassage
from index.snapshot import SnapshotStore


class HybridRetriever(BaseRetriever):
    """Returns ``Document``s (``id`` = passage id) whose metadata carries ``score``,
    ``dense_score`` (cosine) and ``bm25_score`` next to the stored passage metadata."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    store: PassageStore | SnapshotStore
    k: int = 4
    rrf_k: int = 60
    dense_weight: float = 1.0
    bm25_weight: float = 0.5
    sentence_weight: float = 1.0

    _search: HybridSearch = PrivateAttr()

    def model_post_init(self, context: object, /) -> None:
        self._search = HybridSearch(
            self.store, k=self.k, rrf_k=self.rrf_k, dense_weight=self.dense_weight, bm25_weight=self.bm25_weight,
            sentence_weight=self.sentence_weight,
        )

    @classmethod
    def around(cls, search: HybridSearch) -> HybridRetriever:
        """The retriever of an existing search: one corpus, one BM25 index, one set of caches."""
        retriever = cls(
            store=search.store, k=search.k, rrf_k=search.rrf_k, dense_weight=search.dense_weight,
            bm25_weight=search.bm25_weight, sentence_weight=search.sentence_weight,
        )
        retriever._search = search
        return retriever

    @property
    def hybrid(self) -> HybridSearch:
        return self._search

    @property
    def corpus(self) -> list[StoredPassage]:
        return self._search.corpus

    def refresh(self) -> None:
        self._search.refresh()

    def warm_texts(self) -> list[str]:
        return self._search.warm_texts()

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun | None = None, k: int | None = None
    ) -> list[Document]:
        """``retriever.invoke(query, k=1)`` overrides the constructor's ``k`` for one call."""
        return self._search.retrieve(query, k=k)

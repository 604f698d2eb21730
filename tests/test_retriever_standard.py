"""LangChain's own standard retriever tests, run against ``HybridRetriever`` on a real store."""

from __future__ import annotations

import pytest
from langchain_tests.integration_tests import RetrieversIntegrationTests

from assistant.retriever import HybridRetriever


@pytest.fixture(scope="class")
def _indexed_store(request, bot):
    request.cls.store = bot.store


@pytest.mark.usefixtures("_indexed_store")
class TestHybridRetrieverStandard(RetrieversIntegrationTests):
    store = None

    @property
    def retriever_constructor(self) -> type[HybridRetriever]:
        return HybridRetriever

    @property
    def retriever_constructor_params(self) -> dict:
        return {"store": self.store, "k": 2}

    @property
    def retriever_query_example(self) -> str:
        return "Why was Blinken's trip postponed?"

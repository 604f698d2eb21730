"""The textbook LangChain recipe, run on the same questions for comparison.

RecursiveCharacterTextSplitter (1000/200), Chroma similarity top-4 with the same embedding
model, and "answer = the first retrieved chunk". It never declines and ignores history.
"""

from __future__ import annotations

import uuid

import chromadb
from chromadb.config import Settings as ChromaSettings
from langchain_chroma import Chroma
from langchain_text_splitters import RecursiveCharacterTextSplitter

from assistant.models import Answer, Citation, History, RetrievedPassage
from index import SentenceEmbeddings


class BaselineRAG:
    name = "baseline"

    def __init__(self, texts: dict[str, str], embeddings: SentenceEmbeddings, k: int = 4) -> None:
        """``texts``: each source's text as indexed (``Assistant.source_text``), by source."""
        splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200, add_start_index=True)
        docs = []
        for source, text in texts.items():
            for d in splitter.create_documents([text], metadatas=[{"source": source}]):
                d.metadata["end"] = d.metadata["start_index"] + len(d.page_content)
                docs.append(d)
        client = chromadb.EphemeralClient(settings=ChromaSettings(anonymized_telemetry=False))
        self.vectorstore = Chroma(
            client=client,
            collection_name=f"baseline-{uuid.uuid4().hex[:8]}",
            embedding_function=embeddings,
            collection_configuration={"hnsw": {"space": "cosine"}},
        )
        self.vectorstore.add_documents(docs, ids=[f"chunk-{i}" for i in range(len(docs))])
        self.k = k

    def ask(self, question: str, history: History | None = None) -> Answer:
        hits = self.vectorstore.similarity_search_with_score(question, k=self.k)
        first, _ = hits[0]
        m = first.metadata
        citation = Citation(
            number=1,
            quote=first.page_content,
            passage=first.page_content,
            passage_id=str(first.id),
            source=m["source"],
            start=m["start_index"],
            end=m["end"],
        )
        retrieved = [
            RetrievedPassage(passage_id=str(d.id), text=d.page_content, score=1.0 - float(dist)) for d, dist in hits
        ]
        return Answer(
            question=question,
            standalone_question=question,
            text=f"{first.page_content} [1]",
            citations=[citation],
            declined=False,
            backend="baseline",
            retrieved=retrieved,
        )

    def spans(self) -> dict[str, tuple[str, int, int]]:
        """chunk id -> (source, start, end) in the source file."""
        got = self.vectorstore.get(include=["metadatas"])
        return {i: (m["source"], m["start_index"], m["end"]) for i, m in zip(got["ids"], got["metadatas"])}

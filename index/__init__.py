"""Ingestion: load articles, split them into passages, embed them and store them in Chroma.

This package never imports ``assistant``: it is usable on its own to build or refresh an index.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from index.article import Article, load_article
from index.embeddings import DEFAULT_MODEL, SentenceEmbeddings
from index.errors import IndexingError, ModelMismatchError, SourceError, StoreError
from index.split import Passage, Span, passage_sentences, split_article, split_sentences
from index.store import REBUILD_HINT, PassageStore, StoredPassage, SyncReport, open_store

SHIPPED_ARTICLE = Path(str(files("index") / "data" / "article.txt"))


def build_index(
    store: PassageStore, paths: list[str | Path] | None = None, *, rebuild: bool = False, max_chars: int = 1000
) -> SyncReport:
    """Index exactly ``paths`` (default: the shipped article). Every file is read and split
    before the store is touched, so one bad file leaves the existing index as it was."""
    sources = [Path(p) for p in (paths or [SHIPPED_ARTICLE])]
    articles = []
    for path in sources:
        article = load_article(path)
        articles.append((article, split_article(article, max_chars=max_chars)))
    report = store.rebuild(articles) if rebuild else store.sync(articles)
    store.remove_orphans()
    return report


__all__ = [
    "DEFAULT_MODEL",
    "REBUILD_HINT",
    "SHIPPED_ARTICLE",
    "Article",
    "IndexingError",
    "ModelMismatchError",
    "Passage",
    "PassageStore",
    "SentenceEmbeddings",
    "SourceError",
    "Span",
    "StoreError",
    "StoredPassage",
    "SyncReport",
    "build_index",
    "load_article",
    "open_store",
    "passage_sentences",
    "split_article",
    "split_sentences",
]

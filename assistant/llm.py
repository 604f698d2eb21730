"""LLM backends: any LangChain chat model (OpenAI-compatible servers, Ollama, or one you built),
with citations that are checked against the article, not trusted.

The model drafts; the checker keeps only sentences whose cited passage contains a sentence that
supports them, quotes that sentence verbatim, and lists the rest in ``Answer.unsupported``.
If the model fails, the extractive answer stands in with a notice.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from typing import Any

import numpy as np
from langchain_core.documents import Document
from langchain_core.messages import HumanMessage

from assistant.extractive import ExtractiveAnswerer, citation_for
from assistant.followup import standalone_question
from assistant.grounding import claims
from assistant.models import DECLINE, Answer, Citation, History
from assistant.questions import hides_instructions
from assistant.settings import Settings
from assistant.text import Vocabulary, content_stems
from index import SentenceEmbeddings, passage_sentences
from prompts import load_prompt

log = logging.getLogger(__name__)

_MARKERS = re.compile(r"\s*\[\d+\]")
_EXTRAS = {"openai": ("langchain_openai", "openai"), "ollama": ("langchain_ollama", "ollama")}


class LLMSetupError(ValueError):
    """The LLM backend cannot be built as configured (missing extra, missing model name)."""


def make_chat_model(settings: Settings) -> Any:
    kind = settings.llm
    module, extra = _EXTRAS[kind]
    try:
        mod = __import__(module)
    except ImportError as exc:
        raise LLMSetupError(
            f"the {kind} backend needs an optional extra: pip install 'article-assistant[{extra}]' "
            f"(in this checkout: .venv/bin/pip install -e '.[{extra}]')"
        ) from exc
    if kind == "openai":
        if not settings.llm_model:
            raise LLMSetupError("set ASSISTANT_LLM_MODEL (or --llm-model) to the model name the server serves")
        return mod.ChatOpenAI(
            model=settings.llm_model,
            base_url=settings.llm_base_url,
            api_key=settings.api_key() or "not-needed",
            timeout=settings.llm_timeout,
            temperature=settings.llm_temperature,
            max_retries=0,
        )
    return mod.ChatOllama(
        model=settings.llm_model or "llama3.2",
        base_url=settings.llm_base_url,
        temperature=settings.llm_temperature,
        client_kwargs={"timeout": settings.llm_timeout},
    )


def make_llm_answerer(
    settings: Settings, *, llm: Any | None, embeddings: SentenceEmbeddings, fallback: ExtractiveAnswerer
) -> LLMAnswerer:
    model = llm if llm is not None else make_chat_model(settings)
    name = getattr(model, "model_name", None) or getattr(model, "model", None) or type(model).__name__
    kind = settings.llm if llm is None else "llm"
    return LLMAnswerer(model, embeddings, fallback, name=f"{kind}:{name}")


def _text(chunk: Any) -> str:
    content = getattr(chunk, "content", chunk)
    if isinstance(content, list):
        return "".join(part.get("text", "") if isinstance(part, dict) else str(part) for part in content)
    return content if isinstance(content, str) else ""


class LLMAnswerer:
    """Drafts with a chat model, then checks every sentence against the passages it cites."""

    def __init__(
        self,
        model: Any,
        embeddings: SentenceEmbeddings,
        fallback: ExtractiveAnswerer,
        *,
        name: str = "llm",
        min_overlap: float = 0.5,
        min_similarity: float = 0.45,
    ) -> None:
        self.model = model
        self.embeddings = embeddings
        self.fallback = fallback
        self.name = name
        self.min_overlap = min_overlap
        self.min_similarity = min_similarity

    # -- follow-ups ---------------------------------------------------------------------------
    def condense(self, question: str, history: History) -> str:
        """History-aware retrieval: the model rewrites the follow-up; the heuristic is the fallback."""
        convo = "\n".join(f"User: {q}\nAssistant: {_MARKERS.sub('', a)}" for q, a in history[-6:])
        prompt = load_prompt("rewrite").format(history=convo, question=question)
        try:
            rewritten = _text(self.model.invoke([HumanMessage(prompt)])).strip().strip('"')
        except Exception as exc:  # a dead model must not stop retrieval
            log.warning("follow-up rewrite failed: %s", exc)
            rewritten = ""
        if not rewritten or len(rewritten) > 500 or "\n\n" in rewritten:
            return standalone_question(question, history)
        return rewritten

    # -- answering ----------------------------------------------------------------------------
    def answer(self, question: str, standalone: str, docs: list[Document], vocabulary: Vocabulary) -> Answer:
        final = None
        for event in self.stream(question, standalone, docs, vocabulary):
            if isinstance(event, Answer):
                final = event
        assert final is not None
        return final

    def stream(
        self, question: str, standalone: str, docs: list[Document], vocabulary: Vocabulary
    ) -> Iterator[str | Answer]:
        if hides_instructions(question) or not docs:
            yield self._declined(question, standalone, docs)
            return
        passages = "\n\n".join(f"[{i}] {d.page_content}" for i, d in enumerate(docs, 1))
        prompt = load_prompt("answer").format(passages=passages, question=standalone, decline=DECLINE)
        draft = ""
        try:
            for chunk in self.model.stream([HumanMessage(prompt)]):
                piece = _text(chunk)
                if piece:
                    draft += piece
                    yield piece
        except Exception as exc:
            log.warning("LLM backend failed: %s", exc)
            answer = self.fallback.answer(question, standalone, docs, vocabulary)
            yield answer.model_copy(update={"notice": f"The language model failed ({_describe(exc)}); this is the extractive answer."})
            return
        yield self.check(question, standalone, draft, docs)

    def check(self, question: str, standalone: str, draft: str, docs: list[Document]) -> Answer:
        """Keep the sentences a cited passage supports; quote the supporting sentence verbatim."""
        retrieved = self.fallback.answer_context(docs)
        text = draft.strip()
        if not text or _is_decline(text):
            return self._declined(question, standalone, docs)
        citations: dict[tuple[str, int], Citation] = {}
        kept: list[str] = []
        unsupported: list[str] = []
        for claim in claims(text):
            if not content_stems(claim.text):
                continue  # "Yes." / "No." carries no claim of its own
            if _is_decline(claim.text):
                continue
            valid = [n for n in dict.fromkeys(claim.numbers) if 1 <= n <= len(docs)]
            quotes = [q for n in valid if (q := self._best_quote(claim.text, docs[n - 1])) is not None]
            if not quotes:
                unsupported.append(claim.text)
                continue
            numbers = []
            for doc, span in quotes:
                key = (str(doc.id), span.start)
                if key not in citations:
                    citations[key] = citation_for(len(citations) + 1, doc, span.text, span.start, span.end)
                numbers.append(citations[key].number)
            kept.append(claim.text + " " + "".join(f"[{n}]" for n in sorted(set(numbers))))
        if not kept:
            answer = self._declined(question, standalone, docs)
            return answer.model_copy(update={"unsupported": unsupported})
        return Answer(
            question=question,
            standalone_question=standalone,
            text=" ".join(kept),
            citations=list(citations.values()),
            declined=False,
            backend=self.name,
            unsupported=unsupported,
            retrieved=retrieved,
        )

    def _best_quote(self, claim: str, doc: Document):
        """The sentence (or neighbouring pair) of the passage that supports the claim, or None."""
        start = int(doc.metadata.get("start", 0))
        spans = passage_sentences(doc.page_content, start, str(doc.metadata.get("kind", "body")))
        if not spans:
            return None
        want = set(content_stems(claim))
        vectors = self.embeddings.encode_cached([s.text for s in spans])
        sims = vectors @ np.asarray(self.embeddings.embed_query(claim), dtype=np.float32)
        best = None
        for span, sim in zip(spans, sims):
            overlap = len(want & set(content_stems(span.text))) / len(want) if want else 0.0
            ok = overlap >= 0.8 or (overlap >= self.min_overlap and sim >= self.min_similarity)
            if ok and (best is None or (overlap, sim) > best[0]):
                best = ((overlap, float(sim)), span)
        return (doc, best[1]) if best else None

    def _declined(self, question: str, standalone: str, docs: list[Document]) -> Answer:
        return Answer(
            question=question,
            standalone_question=standalone,
            text=DECLINE,
            declined=True,
            backend=self.name,
            retrieved=self.fallback.answer_context(docs),
        )


def _is_decline(text: str) -> bool:
    norm = re.sub(r"[^a-z ]", "", text.lower()).strip()
    return norm.startswith(re.sub(r"[^a-z ]", "", DECLINE.lower()).strip())


def _describe(exc: BaseException) -> str:
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {message[:200]}" if message else type(exc).__name__

"""LLM backends: any LangChain chat model (OpenAI-compatible servers, Ollama, or one you built),
with citations that are checked against the article, not trusted.

The model drafts; the claim verifier (``assistant.verifier``) keeps only sentences that the words
of their cited passages support, quotes the sentences they aligned to verbatim, and lists the
rest in ``Answer.unsupported`` with the reason (a contradiction, or a detail the article lacks).
If the model fails, the extractive answer stands in with a notice.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Sequence
from typing import Any

from langchain_core.documents import Document
from langchain_core.messages import HumanMessage

from assistant.answers import citation_for, declined
from assistant.extractive import ExtractiveAnswerer
from assistant.forms import recognise
from assistant.followup import standalone_question
from assistant.grounding import claims
from assistant.models import DECLINE, Answer, Citation, History, RemovedSentence
from assistant.settings import Settings
from assistant.text import Vocabulary, words
from assistant.verifier import needs_support, titles, verify
from prompts import load_prompt

log = logging.getLogger(__name__)
_PRONOUN_SUBJECT = re.compile(r"\s*(?:He|She)\b")

_MARKERS = re.compile(r"\s*\[\d+\]")
_EXTRAS = {"openai": ("langchain_openai", "openai"), "ollama": ("langchain_ollama", "ollama")}


class LLMSetupError(ValueError):
    """The LLM backend cannot be built as configured (missing extra, missing model name)."""


def make_chat_model(settings: Settings) -> Any:
    kind = settings.llm.backend
    module, extra = _EXTRAS[kind]
    try:
        mod = __import__(module)
    except ImportError as exc:
        raise LLMSetupError(
            f"the {kind} backend needs an optional extra: pip install 'article-assistant[{extra}]' "
            f"(in this checkout: .venv/bin/pip install -e '.[{extra}]')"
        ) from exc
    if kind == "openai":
        if not settings.llm.model:
            raise LLMSetupError("set ASSISTANT_LLM_MODEL (or --llm-model) to the model name the server serves")
        return mod.ChatOpenAI(
            model=settings.llm.model,
            base_url=settings.llm.base_url,
            api_key=settings.api_key() or "not-needed",
            timeout=settings.llm.timeout,
            temperature=settings.llm.temperature,
            max_retries=0,
        )
    return mod.ChatOllama(
        model=settings.llm.model or "llama3.2",
        base_url=settings.llm.base_url,
        temperature=settings.llm.temperature,
        client_kwargs={"timeout": settings.llm.timeout},
    )


def make_llm_answerer(
    settings: Settings, *, llm: Any | None, fallback: ExtractiveAnswerer
) -> LLMAnswerer:
    model = llm if llm is not None else make_chat_model(settings)
    name = getattr(model, "model_name", None) or getattr(model, "model", None) or type(model).__name__
    kind = settings.llm.backend if llm is None else "llm"
    return LLMAnswerer(model, fallback, name=f"{kind}:{name}")


def _text(chunk: Any) -> str:
    content = getattr(chunk, "content", chunk)
    if isinstance(content, list):
        return "".join(part.get("text", "") if isinstance(part, dict) else str(part) for part in content)
    return content if isinstance(content, str) else ""


class LLMAnswerer:
    """Drafts with a chat model, then verifies every sentence against the passages it cites."""

    def __init__(self, model: Any, fallback: ExtractiveAnswerer, *, name: str = "llm") -> None:
        self.model = model
        self.fallback = fallback
        self.name = name

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
    def answer(self, question: str, standalone: str, docs: list[Document], vocabulary: Vocabulary, said: Sequence[str] = ()) -> Answer:
        final = None
        for event in self.stream(question, standalone, docs, vocabulary, said):
            if isinstance(event, Answer):
                final = event
        assert final is not None
        return final

    def stream(
        self, question: str, standalone: str, docs: list[Document], vocabulary: Vocabulary, said: Sequence[str] = ()
    ) -> Iterator[str | Answer]:
        refusal = recognise(question).declines or (None if docs else "nothing was retrieved")
        if refusal:
            yield self._declined(question, standalone, docs, refusal)
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
            answer = self.fallback.answer(question, standalone, docs, vocabulary, said)
            yield answer.model_copy(update={"notice": f"The language model failed ({_describe(exc)}); this is the extractive answer."})
            return
        yield self.check(question, standalone, draft, docs)

    def check(self, question: str, standalone: str, draft: str, docs: list[Document]) -> Answer:
        """Keep the sentences the verifier finds supported by the passages they cite (all the
        retrieved passages when a sentence cites none) and quote what they aligned to."""
        retrieved = self.fallback.answer_context(docs)
        text = draft.strip()
        if not text or _is_decline(text):
            return self._declined(question, standalone, docs, "the language model found no answer in the passages")
        context = self.fallback.context(docs)
        citations: dict[tuple[str, int], Citation] = {}
        kept: list[str] = []
        removed: list[RemovedSentence] = []
        people = frozenset(titles(tuple(context)))
        asked = list(dict.fromkeys(w for w in words(question) if w.lower() in people))
        current = asked[0] if len(asked) == 1 else None  # whom a "he" stands for, as the reader takes it
        for claim in claims(text):
            if not needs_support(claim.text) or _is_decline(claim.text):
                continue  # "Yes." / "No." is no claim of its own: only a verified sentence says anything
            cited = [n for n in dict.fromkeys(claim.numbers) if 1 <= n <= len(docs)]
            sources = [docs[n - 1] for n in cited] or docs
            # "What did Xi say ...?" answered "He emphasized that the US would ...": the reader reads
            # "he" as Xi, so it is checked as Xi, whoever the quoted sentence's "he" is (Blinken)
            opener = _PRONOUN_SUBJECT.match(claim.text)
            checked = f"{current}{claim.text[opener.end():]}" if opener and current else claim.text
            named = [w for w in words(claim.text) if w.lower() in people]
            current = named[0] if named else current
            verdict = verify(checked, [d.page_content for d in sources], context=context)
            if not verdict.supported:
                marks = "".join(f"[{n}]" for n in cited) or "the passages"
                word = "contradicts" if verdict.status == "contradicted" else "not in"
                removed.append(
                    RemovedSentence(
                        text=claim.text,
                        verdict=verdict.status,
                        reason=f"{word} {marks}: {verdict.reasons[0] if verdict.reasons else verdict.status}",
                        passage_ids=[str(d.id) for d in sources[: len(cited)]],
                    )
                )
                continue
            numbers = []
            for span in verdict.spans:
                doc = sources[span.quote]
                start = int(doc.metadata.get("start", 0)) + span.start
                key = (str(doc.id), start)
                if key not in citations:
                    citations[key] = citation_for(len(citations) + 1, doc, span.text, start, start + len(span.text))
                numbers.append(citations[key].number)
            kept.append(claim.text + " " + "".join(f"[{n}]" for n in sorted(set(numbers))))
        if not kept:
            answer = self._declined(question, standalone, docs, "no sentence the language model wrote is backed by the article")
            return answer.model_copy(update={"unsupported": removed})
        return Answer(
            question=question,
            standalone_question=standalone,
            text=" ".join(kept),
            citations=list(citations.values()),
            declined=False,
            backend=self.name,
            unsupported=removed,
            retrieved=retrieved,
        )

    def _declined(self, question: str, standalone: str, docs: list[Document], reason: str) -> Answer:
        return declined(question, standalone, self.fallback.answer_context(docs), self.name, reason)


def _is_decline(text: str) -> bool:
    norm = re.sub(r"[^a-z ]", "", text.lower()).strip()
    return norm.startswith(re.sub(r"[^a-z ]", "", DECLINE.lower()).strip())


def _describe(exc: BaseException) -> str:
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {message[:200]}" if message else type(exc).__name__

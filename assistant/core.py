"""The ``Assistant``: one object that owns the store, the retriever and the answering backend."""

from __future__ import annotations

import gc
import logging
import re
import threading
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from typing import TYPE_CHECKING

from langchain_core.documents import Document

from assistant.answerability import AnswerabilityModel
from assistant.extractive import ExtractiveAnswerer
from assistant.followup import asked_part, carried_context, names, standalone_question
from assistant.lexical_facts import corpus_facts
from assistant.lexical_facts import preload as preload_lexical_facts
from assistant.models import Answer, History, QuestionError
from assistant.forms import WHO, named_by_title, pronoun_referent, recognise, usual_name
from assistant.questions import (
    as_confirmation,
    in_plain_words,
    is_text,
    small_talk,
    validate_question,
    without_greeting,
    without_qualifier,
)
from assistant.retrieval import HybridSearch
from assistant.settings import Settings
from assistant.text import Vocabulary
from assistant.verifier import actors, titles
from index import PassageStore, StoreError, SyncReport, build_index, open_store
from index.snapshot import SnapshotStore, load_snapshot, write_snapshot

if TYPE_CHECKING:
    from langchain_core.retrievers import BaseRetriever
    from langchain_core.runnables import Runnable

    from index import StoredPassage

log = logging.getLogger(__name__)
READINGS = "readings"
"""The name, among what indexing keeps, of the texts a first question embeds beyond the corpus."""

_HE_OR_HIS = re.compile(r"\b(?:he|she|his)\b", re.I)
"""A follow-up's pronoun that stands for a person ("her" may be no owner: it is left alone)."""

SUGGESTIONS = (
    "Why was Blinken's trip postponed?",
    "Where was Biden when he praised Blinken?",
    "Was there progress on military-to-military communication?",
)


@cache
def _freeze_startup_heap() -> None:
    """Move what starting allocated (modules, models, the index: about 150,000 objects) out of
    the garbage collector's reach, once per process. Otherwise the first full collection, which
    the first question's allocations trigger, walks all of it: 0.1 s added to that answer."""
    gc.freeze()


def _said(history: History) -> tuple[str, ...]:
    """What the conversation's answers said: "anything else?" asks for something they did not."""
    return tuple(a for _, a in history)


class Assistant:
    """Answers questions about the indexed article with cited, verbatim quotes.

    ``Assistant()`` uses the shipped article, the embedded Chroma store and the extractive
    answerer, building the index on first use. Everything can be passed explicitly instead.
    Safe to share between threads: per-request state lives on the stack.
    """

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        store_path: str | Path | None = None,
        chroma_url: str | None = None,
        retriever: BaseRetriever | None = None,
        llm: Any | None = None,
        answerer: Any | None = None,
        build_if_missing: bool = True,
    ) -> None:
        overrides: dict[str, Any] = {}
        if store_path is not None:
            overrides["chroma_path"] = Path(store_path)
        if chroma_url is not None:
            overrides["chroma_url"] = chroma_url
        base = settings or Settings()
        self.settings = base.model_copy(update=overrides) if overrides else base
        s = self.settings
        self.embeddings = s.embeddings()
        self.store: PassageStore | SnapshotStore | None = None
        self._readings: list[str] = []  # kept with the index: see _keep_extras
        self.search: HybridSearch | None = None  # the default retrieval; None with a retriever of the caller's
        self._retriever = retriever
        built = False
        if retriever is None:
            self.store = self._open_store()
            built = self._check_store(build_if_missing)
            self.search = HybridSearch(
                self.store, k=s.retrieval.top_k, rrf_k=s.retrieval.rrf_k, dense_weight=s.retrieval.dense_weight,
                bm25_weight=s.retrieval.bm25_weight, sentence_weight=s.retrieval.sentence_weight,
            )
        model = AnswerabilityModel.load(s.answer.answerability_model) if s.answer.answerability_model else None
        self.extractive = ExtractiveAnswerer(self.embeddings, s.answer, model=model)
        self.answerer = answerer or self._backend(llm)
        self._lock = threading.Lock()
        self._vocabulary: Vocabulary | None = None
        self._vocabulary_generation = 0
        if built:  # the shipped article was just indexed: keep what a first question needs
            self.keep_warm_vectors()
        elif s.snapshot and isinstance(self.store, PassageStore) and self.store.embedded:
            self._refresh_snapshot()
        self.warm_up()
        _freeze_startup_heap()

    def _open_store(self) -> PassageStore | SnapshotStore:
        """Chroma; or, for an embedded store whose snapshot matches it as it is now, the snapshot,
        so asking does not start Chroma (it opens Chroma only to index, or once the store changed)."""
        s = self.settings

        def chroma() -> PassageStore:
            return open_store(path=s.chroma_path, url=s.chroma_url, embeddings=self.embeddings, collection=s.collection)

        if s.chroma_url:  # a server keeps what indexing derived for every client (an embedded store: its snapshot)
            store = chroma()
            self._keep_extras(store.kept_extras())
            return store
        if s.snapshot:
            snapshot = load_snapshot(s.chroma_path, s.collection, self.embeddings.model_name)
            if snapshot is not None and snapshot.vectors.shape[1] == self.embeddings.dimension:  # loads the model, as Chroma's check does
                self._keep_extras(snapshot.extras)
                return SnapshotStore(snapshot, self.embeddings, str(Path(s.chroma_path).expanduser()), chroma)
        return chroma()

    def _keep_extras(self, extras: dict[str, Any]) -> None:
        """Take what indexing derived: the verifier's facts, and the texts whose kept vectors a
        first question would otherwise embed (the corpus's "he"-named readings)."""
        preload_lexical_facts(extras)
        readings = extras.get(READINGS)
        if isinstance(readings, list) and all(isinstance(r, str) for r in readings):
            self._readings = readings

    def _refresh_snapshot(self) -> None:
        """The snapshot was missing or stale (an older version indexed, or the file was removed):
        write it now so the next start skips Chroma. Only a file is written, never the store."""
        assert self.store is not None
        if write_snapshot(self.store, self._snapshot_extras()) is not None:
            log.info("wrote the start-up snapshot of %s (it was missing, damaged or older than the store)", self.store.location)

    @property
    def retriever(self) -> BaseRetriever:
        """Retrieval as a LangChain retriever (the caller's, or the default search wrapped: its
        import loads LangSmith's tracers, which ``ask`` does without)."""
        if self._retriever is None:
            from assistant.retriever import HybridRetriever

            assert self.search is not None
            self._retriever = HybridRetriever.around(self.search)
        return self._retriever

    @retriever.setter
    def retriever(self, retriever: BaseRetriever) -> None:
        self._retriever = retriever
        self.search = getattr(retriever, "hybrid", None)  # ours, wrapped; another retriever is searched through LangChain

    @property
    def corpus(self) -> list[StoredPassage]:
        """The indexed passages (empty for a retriever of the caller's that does not list them)."""
        return self.search.corpus if self.search is not None else getattr(self._retriever, "corpus", [])

    def _retrieve(self, query: str) -> list[Document]:
        return self.search.retrieve(query) if self.search is not None else self.retriever.invoke(query)

    def _documents(self) -> list[Document]:
        return [Document(page_content=p.text, metadata=dict(p.metadata), id=p.id) for p in self.corpus]

    def _snapshot_extras(self) -> dict[str, Any]:
        return {**corpus_facts([p.text for p in self.corpus]), READINGS: self._readings}

    def _check_store(self, build_if_missing: bool) -> bool:
        """Only a store never indexed gets the shipped article (returns True when it built it); any
        other unusable state is an error that says how to fix it, never an answer from data the
        user did not ask for."""
        assert self.store is not None
        where = self.settings.chroma_url or self.settings.chroma_path
        state, count = self.store.state(), self.store.count()
        if state == "indexing":
            raise StoreError(
                f"indexing into {where} was interrupted, so its index is incomplete; "
                "run `python -m assistant index [FILES]` again (no files: the shipped article)"
            )
        if count == 0 and state is None:
            if build_if_missing:
                build_index(self.store.writable(), max_chars=self.settings.passage_max_chars)
            return build_if_missing
        if count == 0:
            raise StoreError(f"the index at {where} is empty; run `python -m assistant index [FILES]`")
        return False

    def source_text(self, source: str) -> str:
        """The full text of an indexed source from the store: ``source_text(c.source)[c.start:c.end] == c.quote``."""
        if self.store is None:
            raise RuntimeError("this Assistant was given its own retriever; read sources from that retriever's store")
        return self.store.source_text(source)

    @property
    def name(self) -> str:
        """The answering backend, as shown to users and in reports."""
        return self.answerer.name

    def _backend(self, llm: Any | None):
        if llm is None and self.settings.llm.backend == "extractive":
            return self.extractive
        from assistant.llm import make_llm_answerer

        return make_llm_answerer(self.settings, llm=llm, fallback=self.extractive)

    # -- index ------------------------------------------------------------------------------
    def index(self, paths: list[str | Path] | None = None, *, rebuild: bool = False) -> SyncReport:
        """(Re)index files into this assistant's store and refresh retrieval."""
        if self.store is None:
            raise RuntimeError("this Assistant was given its own retriever; index through that retriever's store")
        report = build_index(self.store.writable(), paths, rebuild=rebuild, max_chars=self.settings.passage_max_chars)
        if self.search is not None:
            self.search.refresh()
        with self._lock:
            self._vocabulary = None
        self.keep_warm_vectors()
        return report

    @property
    def vocabulary(self) -> Vocabulary:
        with self._lock:
            generation = self.store.generation if self.store is not None else 0
            if self._vocabulary is None or generation != self._vocabulary_generation:  # rebuilt elsewhere: re-read
                self._vocabulary_generation = generation
                corpus = self.corpus
                texts = [p.text for p in corpus]
                self._vocabulary = Vocabulary(texts)
                needed = self._warm_texts(texts, self._vocabulary)
                if self.store is not None:  # what indexing kept: no re-embedding the corpus at start
                    self.embeddings.preload(self.store.cached_vectors(needed))
                self.extractive.warm_up(self._documents(), needed)
            return self._vocabulary

    def _warm_texts(self, texts: list[str], vocabulary: Vocabulary) -> list[str]:
        ranking = self.search.warm_texts() if self.search is not None else []
        return self.extractive.warm_texts(texts, vocabulary) + ranking + self._readings

    def keep_warm_vectors(self) -> None:
        """Compute what the first question would need and keep it in the store (run when indexing)."""
        if self.store is None:
            return
        texts = [p.text for p in self.corpus]
        vocabulary = self.vocabulary
        self._readings = self.extractive.named_readings(self._documents())
        self.extractive.vectors(self._readings)
        self.store.keep_vectors(self.embeddings.cached(self._warm_texts(texts, vocabulary)))
        extras = self._snapshot_extras()
        if self.settings.chroma_url:
            self.store.writable().keep_extras(extras)
        elif self.settings.snapshot:
            write_snapshot(self.store.writable(), extras)  # the next process asks without starting Chroma

    def warm_up(self) -> None:
        """Read the corpus's sentence and word vectors (kept in the store) now, so the first
        question does not wait for them; ``Assistant()`` already does."""
        _ = self.vocabulary

    # -- asking -----------------------------------------------------------------------------
    def _validate(self, inputs: dict) -> dict:
        question = without_qualifier(without_greeting(validate_question(inputs.get("question"), self.settings.answer.max_question_chars)))
        if small_talk(question) is None:  # "hey" is a greeting, not a misspelt "they"
            question = self._plain(question)
            cased = self.vocabulary.truecase(question)
            if (confirmed := as_confirmation(cased)) != cased:  # "xi said china respects us interests?" opens with a name
                question = confirmed
        turns = list(inputs.get("history") or [])
        if not all(isinstance(t, list | tuple) and len(t) == 2 for t in turns):
            raise QuestionError("the conversation history must be a list of (question, answer) pairs")
        history = [(str(q), str(a)) for q, a in turns]
        if not all(is_text(q) and is_text(a) for q, a in history):
            raise QuestionError("the conversation history is not valid text (invalid UTF-8 or a lone surrogate)")
        return {"question": question, "history": history}

    def _plain(self, question: str) -> str:
        # idioms read once before spelling ("whats" is "what is", not "what") and once after
        # ("first suposed to happen" is "first scheduled" once "supposed" is spelled right)
        return in_plain_words(self.vocabulary.corrected(in_plain_words(question)))

    def _condense(self, question: str, history: History) -> str:
        rewrite = recognise(question).rewrite
        if rewrite is not None and (headline := self._headline()):
            # "what is this article about?" is searched as what its headline says; a title, date or
            # section question together with it, as the headline passage carries them
            return rewrite(question, headline)
        condense = getattr(self.answerer, "condense", None)
        if condense is not None and history:
            return condense(question, history)
        truecase = self.vocabulary.truecase  # "did blinken agree?" names Blinken for the turns after it too
        # each earlier question read as it was answered: "whta did xi say" is "what did Xi say" for "and biden?",
        # and its own "he" as the person it stood for: after "what did he say after meeting xi?" about
        # Blinken, "what did he emphasize?" is still about Blinken, not Xi
        turns: list[tuple[str, str]] = []
        for q, a in history:
            q = self._titled(truecase(self._plain(q)))
            if turns and _HE_OR_HIS.search(q):
                q = asked_part(self._named(q, standalone_question(q, turns, self.settings.answer.max_history_turns), turns))
            turns.append((q, a))
        question = truecase(question)
        return self._titled(self._named(question, standalone_question(question, turns, self.settings.answer.max_history_turns), turns))

    def _titled(self, question: str) -> str:
        """"Who did the US secretary of state meet?" searched as "Who did Blinken meet?", and a
        follow-up's "he" after it is Blinken."""
        return named_by_title(question, self.extractive.corpus)

    def _named(self, question: str, standalone: str, turns: History) -> str:
        """The follow-up's "he" as the person it stands for, so that search finds what they said
        ("what did he think was needed?" after "did Blinken agree?": "what did Blinken think ...").
        After a "who" question, "he" is the one who acts in its answer ("Xi emphasized ...")."""
        asked = asked_part(standalone)
        pronoun = _HE_OR_HIS.search(asked)
        if asked == standalone or pronoun is None or not turns:
            return standalone
        corpus = self.extractive.corpus
        people = frozenset(titles(corpus))
        if any(w.lower() in people for n in names(asked[: pronoun.start()]) for w in n.split()):
            return standalone  # "Where was Biden when he praised him?": he is Biden
        prev_q, prev_a = turns[-1]
        after_who = WHO.match(prev_q) is not None
        acting = [p for p in actors(prev_a, people) if p in people] if after_who else []
        person = usual_name([a.capitalize() for a in acting], prev_a, corpus) if len(acting) == 1 else None
        if after_who and not acting and len(answered := names(prev_a)) == 1:  # the short answer "Xi Jinping [1]."
            person = usual_name([w for w in answered[0].split() if w.lower() in people], prev_a, corpus)
        person = person or pronoun_referent(asked, standalone, lambda: people, corpus)
        if person is None or person.lower() in question.lower():
            return standalone
        # "what does his administration want?" after a turn about Biden: "Biden's administration"
        named = asked[: pronoun.start()] + person + ("'s" if pronoun.group(0).lower() == "his" else "") + asked[pronoun.end() :]
        # the other people the last turn named would only pull their own sentences in
        kept = [c for c in carried_context(standalone) if c.lower() not in people or c.lower() == person.lower()]
        return f"{named} ({'; '.join(kept)})" if kept else named

    def _headline(self) -> str | None:
        passage = next((p for p in self.corpus if p.metadata.get("kind") == "headline"), None)
        return passage.text.strip().splitlines()[0] if passage and passage.text.strip() else None  # not the dateline

    def as_runnable(self) -> Runnable[dict, Answer]:
        """LCEL: ``{"question": str, "history": [(q, a), ...]} -> Answer`` (invoke, batch, stream):
        the steps ``ask`` runs, through LangChain's callbacks and tracing."""
        from langchain_core.runnables import RunnableLambda

        from assistant.chain import AnsweringStep, build_chain

        return build_chain(
            validate=RunnableLambda(self._validate),
            condense=self._condense,
            retrieve=self.retriever,
            answer=AnsweringStep(
                lambda x: self.answerer.answer(x["question"], x["standalone"], x["docs"], self.vocabulary, said=_said(x["history"])),
                lambda x: self.answerer.stream(x["question"], x["standalone"], x["docs"], self.vocabulary, said=_said(x["history"])),
            ),
            reply=RunnableLambda(lambda x: self.about_assistant(x["question"])),
        )

    def about_assistant(self, message: str) -> Answer:
        """What a greeting, a thanks or "What can you do?" gets: what the assistant does, what the
        article is about, and questions to try. No citation, and not a decline."""
        opener = {"greeting": "Hello!", "thanks": "You're welcome."}.get(small_talk(message) or "", "")
        headline = self._headline() or "the indexed article"
        text = (
            f"{opener} I answer questions about one article, \u201c{headline}\u201d, quoting its own words "
            "with a numbered source for each answer, and I say \u201cThe article does not say.\u201d when it "
            "does not. Try: " + "; ".join(f"\u201c{q}\u201d" for q in SUGGESTIONS) + "."
        ).strip()
        return Answer(question=message, standalone_question=message, text=text, declined=False, about_assistant=True)

    def ask(self, question: str, history: History | None = None) -> Answer:
        """The chain's steps, run without LangChain's callback machinery: its first use imports
        LangSmith's tracers, most of a cold start. ``as_runnable()`` runs them through it."""
        steps = self._prepare(question, history)
        if isinstance(steps, Answer):
            return steps
        question, standalone, docs, said = steps
        return self.answerer.answer(question, standalone, docs, self.vocabulary, said=said)

    def events(self, question: str, history: History | None = None) -> Iterator[str | Answer]:
        """Text pieces as they are produced, then the final, checked ``Answer``."""
        steps = self._prepare(question, history)
        if isinstance(steps, Answer):
            yield steps.text
            yield steps
            return
        question, standalone, docs, said = steps
        yield from self.answerer.stream(question, standalone, docs, self.vocabulary, said=said)

    def _prepare(self, question: str, history: History | None) -> Answer | tuple[str, str, list[Document], tuple[str, ...]]:
        """The chain up to its answering step: the reply to a message to the assistant itself, or
        the question, the standalone question it stands for, its passages and what was said."""
        inputs = self._validate({"question": question, "history": history or []})
        if small_talk(inputs["question"]) is not None:
            return self.about_assistant(inputs["question"])
        standalone = self._condense(inputs["question"], inputs["history"])
        return inputs["question"], standalone, self._retrieve(standalone), _said(inputs["history"])

    def stream(self, question: str, history: History | None = None) -> Iterator[str]:
        for event in self.events(question, history):
            if isinstance(event, str):
                yield event

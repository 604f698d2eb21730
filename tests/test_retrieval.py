"""Hybrid retrieval on paraphrased questions that share few words with the article."""

from __future__ import annotations

import json
from pathlib import Path

from langchain_core.documents import Document

PARAPHRASES = [json.loads(line) for line in (Path(__file__).parent / "data" / "paraphrases.jsonl").open(encoding="utf-8")]


def _rank(bot, item, article_text):
    i = article_text.find(item["evidence"])
    assert i >= 0, item
    docs = bot.retriever.invoke(item["question"])
    for rank, doc in enumerate(docs, 1):
        if doc.metadata["start"] <= i and i + len(item["evidence"]) <= doc.metadata["end"]:
            return rank
    return None


def test_paraphrased_questions_find_their_passage(bot, article_text):
    ranks = [_rank(bot, item, article_text) for item in PARAPHRASES]
    hit1 = sum(r == 1 for r in ranks) / len(ranks)
    hit3 = sum(r is not None and r <= 3 for r in ranks) / len(ranks)
    print(f"paraphrase retrieval: hit@1={hit1:.3f} hit@3={hit3:.3f} over {len(ranks)} questions")
    assert hit1 >= 0.65
    assert hit3 >= 0.85


def test_hybrid_beats_either_half_alone(bot, article_text):
    from assistant.retriever import HybridRetriever

    def hit1(retriever):
        orig = bot.retriever
        bot.retriever = retriever
        try:
            return sum(_rank(bot, item, article_text) == 1 for item in PARAPHRASES)
        finally:
            bot.retriever = orig

    store = bot.store
    hybrid = hit1(bot.retriever)
    bm25_only = hit1(HybridRetriever(store=store, dense_weight=0, sentence_weight=0, bm25_weight=1))
    dense_only = hit1(HybridRetriever(store=store, dense_weight=1, sentence_weight=0, bm25_weight=0))
    assert hybrid > bm25_only
    assert hybrid > dense_only


def test_retriever_returns_documents_with_scores_and_metadata(bot):
    docs = bot.retriever.invoke("spy balloon")
    assert 1 <= len(docs) <= bot.settings.retrieval.top_k
    assert all(isinstance(d, Document) for d in docs)
    top = docs[0]
    assert "balloon" in top.page_content
    for key in ("score", "dense_score", "bm25_score", "section", "start", "end", "source", "title"):
        assert key in top.metadata
    scores = [d.metadata["score"] for d in docs]
    assert scores == sorted(scores, reverse=True)
    assert top.metadata["section"] == "Earlier scheduled for the beginning of the year"


def test_a_follow_up_s_carried_names_do_not_crowd_out_what_it_asks(bot):
    """My own conversation: "what did Blinken say after the meeting", carrying "who is Blinken" and the
    names of the answers before it, did not retrieve the passage of Blinken's comments after the meeting."""
    carried = "who is Blinken; what is this article about; Chinese President Xi Jinping; Beijing; Washington; US Secretary of State Antony Blinken"
    question = "what did Blinken say after the meeting"
    docs = bot.retriever.invoke(f"{question} ({carried})")
    assert any("in his comments after the meeting" in d.page_content for d in docs)
    assert len(docs) == len(bot.retriever.invoke(question))  # as many passages as any search

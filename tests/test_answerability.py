"""When to decline: the fitted answerability model, the hard rules beside it, and refitting."""

from __future__ import annotations

import json

import pytest

from assistant.answerability import FEATURES, AnswerabilityModel
from assistant.core import Assistant
from assistant.evaluation import load_questions
from assistant.evaluation.calibrate import calibrate
from assistant.extractive import ExtractiveAnswerer
from assistant.models import DECLINE
from assistant.settings import Settings


def _constant(bias: float) -> AnswerabilityModel:
    n = len(FEATURES)
    return AnswerabilityModel(features=FEATURES, mean=[0.0] * n, scale=[1.0] * n, weights=[0.0] * n, bias=bias)


def test_shipped_model_weighs_evidence_the_right_way():
    """Fitted, not hand-set: still, closeness to the question must count for answering and a
    word that pulls the question away from the sentence against it, or the fit went wrong."""
    model = AnswerabilityModel.load()
    w = dict(zip(model.features, model.weights))
    assert w["semantic"] + w["clause_semantic"] > 0
    assert w["foreign_pull"] < 0
    assert "train split" in model.fitted_on
    typical = dict(zip(model.features, model.mean))
    assert model.probability({**typical, "foreign_pull": 0.15}) < model.probability(typical)


def test_the_model_decides_between_answering_and_declining(bot):
    question = "What did Xi say the future of humanity depends on?"
    docs = bot.retriever.invoke(question)
    always = ExtractiveAnswerer(bot.embeddings, model=_constant(+10.0))
    never = ExtractiveAnswerer(bot.embeddings, model=_constant(-10.0))
    assert "coexist" in always.answer(question, question, docs, bot.vocabulary).text
    assert never.answer(question, question, docs, bot.vocabulary).text == DECLINE


def test_a_short_answer_the_verifier_supports_is_given_whatever_the_model_says(bot):
    """"the trip was postponed after a Chinese spy balloon ..." is the article's own statement:
    no similarity model outvotes it."""
    question = "Why was Blinken's trip to Beijing postponed?"
    docs = bot.retriever.invoke(question)
    never = ExtractiveAnswerer(bot.embeddings, model=_constant(-10.0))
    never.warm_up(bot.extractive.passages, [])
    answer = never.answer(question, question, docs, bot.vocabulary)
    assert not answer.declined and answer.citations[0].answer_span.startswith("after a Chinese spy balloon")


@pytest.mark.parametrize(
    "question",
    [
        "Who interpreted for Blinken during the meeting?",  # a 'who' whose only name is the one asked about
        "Which hotel did Blinken stay at in Beijing?",  # a 'where' whose only place is the one asked about
        "How many hours did the meeting between Xi and Blinken last?",  # no number of hours anywhere
    ],
)
def test_hard_rules_decline_whatever_the_model_says(bot, question):
    docs = bot.retriever.invoke(question)
    always = ExtractiveAnswerer(bot.embeddings, model=_constant(+10.0))
    assert always.answer(question, question, docs, bot.vocabulary).declined


@pytest.mark.parametrize(
    "question, expected",
    [
        ("Who praised Blinken's efforts in China?", "Biden"),
        ("Where was Joe Biden when he praised Blinken's efforts?", "California"),
    ],
)
def test_hard_rules_let_new_names_and_places_through(bot, question, expected):
    docs = bot.retriever.invoke(question)
    always = ExtractiveAnswerer(bot.embeddings, model=_constant(+10.0))
    assert expected in always.answer(question, question, docs, bot.vocabulary).text


def test_calibrate_fits_on_train_only_and_the_result_is_used(bot, tmp_path):
    items = load_questions()
    out = tmp_path / "model.json"
    result = calibrate(bot, items, out)
    model = AnswerabilityModel.load(out)
    assert 0.3 <= model.threshold <= 0.7
    # the holdout never reaches the fit: as many questions as the train split offers, at most
    train = [i for i in items if i.split == "train" and not i.history]
    assert result.items <= len(train)
    # never declining is right as often as the model is, at best: the hard rules (an office no one
    # holds, "what did X say about Y" with no Y) now settle the easy unanswerable questions, and
    # what is left is five answerable to one, where accuracy hardly moves. So the model must be
    # no less accurate than never declining, and tell the classes apart far better than it (whose
    # balanced accuracy is 0.5)
    always_answer = result.answerable / result.items  # the accuracy of never declining
    assert result.cross_validated_accuracy >= always_answer
    assert result.cross_validated_balanced_accuracy >= 0.7
    # a user's refit is picked up through the one Settings object
    custom = tmp_path / "never.json"
    custom.write_text(_constant(-10.0).model_dump_json(), encoding="utf-8")
    s = bot.settings.model_copy(update={"answer": bot.settings.answer.model_copy(update={"answerability_model": custom})})
    assert Assistant(s).ask("What did Xi say the future of humanity depends on?").declined


@pytest.mark.parametrize(
    "content, message",
    [
        ("{not json", "invalid"),
        (json.dumps({"features": ["semantic"], "mean": [0], "scale": [1], "weights": [1, 2], "bias": 0}), "same length"),
        (json.dumps({"features": ["colour"], "mean": [0], "scale": [1], "weights": [1], "bias": 0}), "unknown features"),
    ],
)
def test_a_broken_model_file_says_how_to_fix_it(tmp_path, content, message):
    f = tmp_path / "m.json"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError) as err:
        AnswerabilityModel.load(f)
    assert message in str(err.value) and "calibrate" in str(err.value) and str(f) in str(err.value)


def test_a_missing_model_file_is_named(tmp_path):
    with pytest.raises(ValueError, match="cannot read the answerability model"):
        Assistant(Settings(chroma_path=tmp_path / "s", answerability_model=tmp_path / "nope.json"))


def test_calibrate_says_where_it_could_not_write(bot, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(ValueError, match="cannot write the answerability model"):
        calibrate(bot, load_questions(), blocker / "model.json")
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_calibrate_and_eval_refuse_bad_arguments_before_any_work(tmp_path, capsys):
    from assistant.cli import main

    with pytest.raises(SystemExit) as done:
        main(["calibrate", "--c", "-1"])
    assert done.value.code == 2 and "positive" in capsys.readouterr().err
    only_train = tmp_path / "q.jsonl"
    only_train.write_text('{"id": "u", "question": "What is the capital of France?", "answerable": false}\n')
    assert main(["eval", "--questions", str(only_train), "--split", "holdout"]) == 2
    assert "has no holdout items" in capsys.readouterr().err

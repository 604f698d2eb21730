"""The evaluation runner: strict question files, honest metrics, reports and exit codes."""

from __future__ import annotations

import json

import pytest

from assistant.evaluation import EvalFileError, load_questions
from assistant.evaluation.dataset import SHIPPED_QUESTIONS, EvalItem
from tests.test_cli import run


def test_shipped_question_set_is_complete(article_text):
    items = load_questions()
    assert len(items) >= 50
    assert sum(i.split == "holdout" for i in items) >= 15
    assert sum(not i.answerable for i in items) >= 10
    assert sum(bool(i.history) for i in items) >= 6
    for i in items:
        if i.answerable:
            assert i.evidence in article_text, i.id  # evidence is verbatim
    # every body paragraph has at least one question whose evidence lies in it
    paragraphs = [p for p in article_text.split("\n\n") if len(p) > 200]
    for p in paragraphs:
        assert any(i.evidence and i.evidence in p for i in items), p[:60]


@pytest.mark.parametrize(
    "line, message",
    [
        ('{"id": "x", "question": "q", "expect": [["a"]], "evidence": "e", "colour": "red"}', "unknown field"),
        ('{"id": "x", "question": "q", "expect": [["a"]], "evidence": "e"', "malformed JSON"),
        ('{"id": "x", "question": "q", "evidence": "e"}', "expect"),
        ('{"id": "x", "question": "q", "expect": [[]], "evidence": "e"}', "expect"),
        ('["not", "an", "object"]', "JSON object"),
    ],
)
def test_bad_question_files_name_file_and_line(tmp_path, line, message):
    f = tmp_path / "q.jsonl"
    good = '{"id": "ok", "question": "Who?", "answerable": false}'
    f.write_text(good + "\n" + line + "\n", encoding="utf-8")
    with pytest.raises(EvalFileError) as err:
        load_questions(f)
    assert f"{f}:2:" in str(err.value)
    assert message in str(err.value)


def test_eval_cli_writes_reports_and_applies_bars(tmp_path):
    questions = tmp_path / "q.jsonl"
    lines = [
        {"id": "a1", "question": "Why was Blinken's trip postponed?", "expect": [["balloon"]],
         "evidence": "postponed after a Chinese spy balloon"},
        {"id": "a2", "question": "Where was Biden?", "expect": [["Mars"]],  # deliberately wrong expectation
         "evidence": "President Joe Biden, while visiting California"},
        {"id": "u1", "question": "What is the capital of France?", "answerable": False},
        {"id": "c1", "history": ["Who met Xi Jinping?"], "question": "Where was Biden when he praised him?",
         "expect": [["California"]], "evidence": "while visiting California", "split": "holdout"},
    ]
    questions.write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    out_dir = tmp_path / "report"
    store = tmp_path / "store"
    done = run(["eval", "--questions", str(questions), "--out", str(out_dir), "--min-accuracy", "0.5"], store)
    assert done.returncode == 0, done.stderr
    report = json.loads((out_dir / "report.json").read_text(encoding="utf-8"))
    rows = {r["id"]: r for r in report["ours"]["rows"]}
    assert rows["a1"]["passed"] and not rows["a2"]["passed"] and rows["u1"]["passed"] and rows["c1"]["passed"]
    assert "Mars" in rows["a2"]["reason"]
    m = report["ours"]["metrics"]["all"]
    assert m["accuracy"] == pytest.approx(2 / 3)
    assert m["decline_recall"] == 1.0 and m["faithfulness"] == 1.0
    assert report["baseline"]["metrics"]["all"]["decline_recall"] == 0.0  # the textbook recipe never declines
    assert "holdout" in report["ours"]["metrics"]
    md = (out_dir / "report.md").read_text(encoding="utf-8")
    assert "a2" in md and "Mars" in md
    assert "**decline precision**: declines that were right" in md  # every metric is defined
    assert (out_dir / "report.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    table = done.stdout[: done.stdout.index("wrote ")]
    assert max(len(line) for line in table.splitlines()) <= 80  # readable in a plain terminal
    assert "decline precision" in table and "…" not in table  # no cut labels

    below = run(
        ["eval", "--questions", str(questions), "--out", str(out_dir), "--no-baseline", "--split", "train",
         "--min-accuracy", "0.9"],
        store,
    )
    assert below.returncode == 1
    assert "accuracy" in below.stderr and "below" in below.stderr
    report = json.loads((out_dir / "report.json").read_text(encoding="utf-8"))
    assert {r["id"] for r in report["ours"]["rows"]} == {"a1", "a2", "u1"}  # --split train leaves out c1


@pytest.mark.parametrize(
    "expect, answer, passes",
    [
        ([["no"]], "China is grappling with economic slowdown. [1]", False),  # "no" is not inside "economic"
        ([["no"]], "No. The US does not aim to contain China. [1]", True),
        ([["two-day"]], "over the two-day visit [1]", True),
        ([["Taiwan"], ["South China Sea"]], "regions like Taiwan [1]", False),
        ([["June 20, 2023"]], "- International - June 20, 2023 [1]", True),
    ],
)
def test_expectations_match_whole_words(expect, answer, passes):
    item = EvalItem(id="x", question="q", expect=expect, evidence="e")
    assert item.matches(answer)[0] is passes


def test_eval_cli_bad_file_exits_2(tmp_path):
    f = tmp_path / "q.jsonl"
    f.write_text('{"id": "x", "question": "q", "bogus": 1}\n', encoding="utf-8")
    done = run(["eval", "--questions", str(f)], tmp_path / "store")
    assert done.returncode == 2
    assert f"{f}:1:" in done.stderr


def test_shipped_file_path_exists():
    assert SHIPPED_QUESTIONS.exists()


def test_blind_split_loads_and_counts_wrong_verdicts_as_failures(bot, tmp_path):
    from assistant.evaluation import load_questions, run_eval
    from assistant.evaluation.dataset import BLIND_QUESTIONS
    from assistant.evaluation.runner import Corpus, Span

    blind = load_questions(BLIND_QUESTIONS)
    assert len(blind) >= 40 and {i.split for i in blind} == {"blind"}
    assert any(i.verdict == "no" for i in blind)
    f = tmp_path / "q.jsonl"
    f.write_text(
        '{"id": "v1", "question": "Was the trip postponed?", "verdict": "no", "expect": [["postponed"]], '
        '"evidence": "was postponed", "split": "blind"}\n'
        '{"id": "v2", "question": "Did Xi meet Biden?", "answerable": false, "split": "blind"}\n',
        encoding="utf-8",
    )
    items = load_questions(f)
    passages = bot.retriever.corpus
    spans = {p.id: Span(str(p.metadata["source"]), int(p.metadata["start"]), int(p.metadata["end"])) for p in passages}
    texts = {s: open(s, encoding="utf-8").read() for s in {str(p.metadata["source"]) for p in passages}}
    result = run_eval(bot, items, Corpus(texts, spans), spans)
    v1 = next(r for r in result.rows if r.id == "v1")
    assert v1.verdict_given == "yes"  # the article says it was: against the item's (deliberately wrong) "no"
    assert not v1.passed and v1.reason.startswith("wrong verdict")
    blind_metrics = result.metrics["blind"]
    assert blind_metrics.verdicts_given >= 1 and blind_metrics.verdict_precision < 1.0

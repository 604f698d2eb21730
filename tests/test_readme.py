"""The README's Python examples run as written (the chat one against a live server), and what their
comments promise holds."""

from __future__ import annotations

import re

from tests.conftest import ROOT

BLOCKS = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)


def run_block(code: str) -> dict:
    scope: dict = {}
    exec(compile(code, "README.md", "exec"), scope)  # noqa: S102 - our own documentation
    return scope


def test_the_readme_has_its_examples():
    assert len(BLOCKS) >= 3


def test_python_tour_runs_and_its_comments_hold(capsys):
    (tour,) = [b for b in BLOCKS if "bot = Assistant()" in b]
    scope = run_block(tour)
    assert "balloon" in scope["ans"].text
    assert scope["ans"].text.startswith("After a Chinese spy balloon")  # the short answer, as the comment says
    assert scope["c"].quote.startswith("Earlier scheduled")  # the citation keeps the whole sentence
    assert "California" in scope["ans2"].text  # the follow-up found Biden's whereabouts
    from assistant import DECLINE

    assert scope["bot"].ask("Where did Xi meet Biden?").decline_reason == "the article never mentions Xi and Biden together"
    declined = scope["bot"].ask("What is the capital of France?")
    assert declined.declined and declined.text == DECLINE
    answer = scope["chain"].invoke({"question": "Where was Biden when he praised Blinken?", "history": []})
    assert not answer.declined and "California" in answer.text
    printed = capsys.readouterr().out
    assert "balloon" in printed and "[1]" in printed  # the tour prints its answers
    pieces = list(scope["bot"].stream("What did experts say?"))
    assert len(pieces) > 3 and "".join(pieces).strip()


def test_chat_client_example_runs_against_the_server(app_url):
    (chat,) = [b for b in BLOCKS if "gradio_client" in b]
    scope = run_block(chat.replace("http://127.0.0.1:7860/", app_url))
    assert "client" in scope


def test_verifier_example_gives_what_its_comment_says():
    (example,) = [b for b in BLOCKS if "from assistant.verifier import verify" in b]
    scope = run_block(example)
    comment = example.split("v.status, v.reasons   # ", 1)[1].strip()
    assert (scope["v"].status, scope["v"].reasons) == eval(comment)  # noqa: S307 - the documented value

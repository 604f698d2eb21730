"""The scale-out path: a real `chroma run` server on loopback, used through ASSISTANT_CHROMA_URL."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import first_question_lexicon_reads, free_port


@pytest.fixture
def chroma_server(tmp_path):
    exe = Path(sys.executable).parent / "chroma"
    if not exe.exists():
        exe = Path(shutil.which("chroma") or "chroma")
    port = free_port()
    proc = subprocess.Popen(
        [str(exe), "run", "--path", str(tmp_path / "server-data"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "ANONYMIZED_TELEMETRY": "False"},
    )
    url = f"http://127.0.0.1:{port}"
    import chromadb

    deadline = time.time() + 60
    while True:
        try:
            chromadb.HttpClient(host="127.0.0.1", port=port).heartbeat()
            break
        except Exception:
            if proc.poll() is not None or time.time() > deadline:
                proc.kill()
                pytest.fail(f"chroma server did not start on {url}")
            time.sleep(0.3)
    yield url
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


def test_index_and_ask_through_a_chroma_server(chroma_server, monkeypatch):
    from assistant import Assistant, Settings

    monkeypatch.setenv("ASSISTANT_CHROMA_URL", chroma_server)
    bot = Assistant(Settings())
    assert bot.store is not None and bot.store.count() >= 8  # built on first use, on the server
    answer = bot.ask("Why was Blinken's trip postponed?")
    assert "balloon" in answer.text
    assert bot.index().added == 0  # idempotent on the server too

    # a second client (a second machine) sees the same index
    other = Assistant(Settings(chroma_url=chroma_server), build_if_missing=False)
    assert other.ask("Where was Biden?").text == bot.ask("Where was Biden?").text


def test_a_client_keeps_answering_after_another_client_rebuilds_the_index(chroma_server):
    """Two machines share a Chroma server; one rebuilds the index while the other serves the chat."""
    from assistant import Assistant, Settings

    serving = Assistant(Settings(chroma_url=chroma_server))
    assert "California" in serving.ask("Where was Biden?").text
    rebuilder = Assistant(Settings(chroma_url=chroma_server), build_if_missing=False)
    rebuilder.index(rebuild=True)
    answer = serving.ask("Why was Blinken's trip postponed?")
    assert "balloon" in answer.text and serving.store is not None and serving.store.generation == 1


def test_a_new_client_reads_the_lexicon_facts_indexing_kept_on_the_server(chroma_server, caplog):
    """Indexing keeps the WordNet facts (and who is who) the verifier reads for the corpus in the server itself (an
    embedded store keeps them in its snapshot): another machine's first question reads a few facts
    from SQLite instead of thousands, and answers the same. Damaged facts are ignored with a notice."""
    import chromadb

    from assistant import Assistant, Settings

    bot = Assistant(Settings(chroma_url=chroma_server))
    assert bot.store is not None and "lexicon" in bot.store.kept_extras()

    with_facts = first_question_lexicon_reads({"chroma_url": chroma_server})
    host, port = chroma_server.removeprefix("http://").split(":")
    extras = chromadb.HttpClient(host=host, port=int(port)).get_collection(bot.store.extras_name)
    kept = list(bot.store.kept_extras())
    extras.upsert(ids=kept, documents=["{not json"] * len(kept), embeddings=[[0.0]] * len(kept))
    with caplog.at_level("WARNING"):
        assert Assistant(Settings(chroma_url=chroma_server), build_if_missing=False).store.kept_extras() == {}
    assert "damaged" in caplog.text
    without = first_question_lexicon_reads({"chroma_url": chroma_server})
    assert with_facts[1] == without[1]
    assert with_facts[0] * 10 < without[0], (with_facts[0], without[0])

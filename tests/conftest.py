"""Fixtures that point all state at temporary folders: never the user's store or settings."""

from __future__ import annotations

import atexit
import os
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
os.environ["ANONYMIZED_TELEMETRY"] = "False"
for key in [k for k in os.environ if k.startswith("ASSISTANT_")]:
    del os.environ[key]
os.environ["ASSISTANT_TORCH_THREADS"] = "1"
# the exported ONNX graph is made once per test session, in a folder of its own (subprocesses inherit it)
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="assistant-test-cache-")
atexit.register(shutil.rmtree, os.environ["XDG_CACHE_HOME"], True)

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "index" / "data" / "article.txt"


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    """Any Settings() built inside a test defaults to a throwaway data folder."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))


@pytest.fixture(scope="session")
def session_store(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("chroma")


@pytest.fixture(scope="session")
def bot(session_store):
    """One indexed assistant for read-only tests (the model loads once per session)."""
    from assistant import Assistant, Settings

    return Assistant(Settings(chroma_path=session_store))


@pytest.fixture
def article_copy(tmp_path) -> Path:
    dest = tmp_path / "article.txt"
    shutil.copyfile(SEED, dest)
    return dest


@pytest.fixture
def article_text() -> str:
    return SEED.read_text(encoding="utf-8")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def app_url(bot):
    """The web chat launched in-process on a free port (shared by API and browser tests)."""
    import app
    from assistant import Settings

    settings = Settings(chroma_path=bot.settings.chroma_path, port=free_port())
    demo = app.launch(bot, settings, block=False)
    yield f"http://127.0.0.1:{settings.web.port}/"
    demo.close()


_COUNT_LEXICON_READS = """
import json, sys
from assistant import Assistant, Settings
from assistant.lexicon import lexicon

class Counting:
    def __init__(self, db):
        self.db, self.reads = db, 0
    def execute(self, *args):
        self.reads += 1
        return self.db.execute(*args)

bot = Assistant(Settings(**json.loads(sys.argv[1])), build_if_missing=False)
lex = lexicon()
lex._db = counting = Counting(lex._db)
answer = bot.ask("Why was the trip postponed?")
print(json.dumps([counting.reads, answer.text]))
"""


def first_question_lexicon_reads(settings: dict, **env: str) -> tuple[int, str]:
    """In a fresh process: how many WordNet facts the first question reads from SQLite, and its answer."""
    import json

    done = subprocess.run([sys.executable, "-c", _COUNT_LEXICON_READS, json.dumps(settings)], capture_output=True, text=True,
                          env={**os.environ, "ANONYMIZED_TELEMETRY": "False", **env}, timeout=300)
    assert done.returncode == 0, done.stderr
    reads, text = json.loads(done.stdout.strip().splitlines()[-1])
    return reads, text

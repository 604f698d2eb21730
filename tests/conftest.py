"""Fixtures that point all state at temporary folders: never the user's store or settings."""

from __future__ import annotations

import atexit
import os
import shutil
import socket
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

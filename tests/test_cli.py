"""The command line as a user runs it: a real process, a temporary store, real exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def run(args, store: Path, *, env_extra=None, timeout=180):
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
    env.update(ASSISTANT_CHROMA_PATH=str(store), ASSISTANT_TORCH_THREADS="1", **(env_extra or {}))
    return subprocess.run(
        [sys.executable, "-m", "assistant", *args], capture_output=True, text=True, env=env, timeout=timeout
    )


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli-store")
    done = run(["index"], path)
    assert done.returncode == 0, done.stderr
    return path


def test_help_documents_every_command(tmp_path):
    out = run(["--help"], tmp_path)
    assert out.returncode == 0
    for command in ("index", "ask", "eval"):
        assert command in out.stdout
    for command in ("index", "ask", "eval"):
        sub = run([command, "--help"], tmp_path)
        assert sub.returncode == 0 and "usage:" in sub.stdout


def test_index_twice_reports_nothing_to_do(store):
    out = run(["index"], store)
    assert out.returncode == 0, out.stderr
    assert "0 added, 0 removed" in out.stdout


def test_ask_prints_answer_and_numbered_quotes_with_section(store):
    out = run(["ask", "Why was Blinken's trip postponed?"], store)
    assert out.returncode == 0, out.stderr
    assert "balloon" in out.stdout
    assert "[1] (Earlier scheduled for the beginning of the year)" in out.stdout


def test_ask_json_is_an_answer(store):
    from assistant import Answer

    out = run(["ask", "--json", "Where was Biden?"], store)
    answer = Answer.model_validate_json(out.stdout)
    assert "California" in answer.text and answer.citations


def test_ask_with_history_file(store, tmp_path):
    history = tmp_path / "h.json"
    history.write_text(json.dumps([["Who met Xi Jinping?", "Antony Blinken [1]"]]), encoding="utf-8")
    out = run(["ask", "--history-file", str(history), "Where was Biden when he praised him?"], store)
    assert out.returncode == 0, out.stderr
    assert "California" in out.stdout


@pytest.mark.parametrize("bad", ["[1, 2]", "{not json", '[["only one"]]'])
def test_bad_history_file(store, tmp_path, bad):
    history = tmp_path / "h.json"
    history.write_text(bad, encoding="utf-8")
    out = run(["ask", "--history-file", str(history), "Where was Biden?"], store)
    assert out.returncode == 2
    assert out.stderr.startswith("error: --history-file")


@pytest.mark.parametrize("question, message", [("", "empty"), ("   ", "empty"), ("x" * 1001, "limit is 1000")])
def test_bad_questions_exit_nonzero_with_one_line(store, question, message):
    out = run(["ask", question], store)
    assert out.returncode == 2
    assert message in out.stderr
    assert out.stderr.count("\n") == 1 and "Traceback" not in out.stderr


def test_index_bad_files_one_line_error_and_index_untouched(store, tmp_path):
    before = run(["ask", "--json", "Why was the trip postponed?"], store).stdout
    cases = {"missing.txt": None, "empty.txt": b"", "binary.bin": b"\x00\xff\x00", "latin1.txt": "\u00e9t\u00e9".encode("latin-1")}
    for name, content in cases.items():
        path = tmp_path / name
        if content is not None:
            path.write_bytes(content)
        out = run(["index", str(path)], store)
        assert out.returncode == 2, name
        assert out.stderr.startswith("error: ") and out.stderr.count("\n") == 1, out.stderr
        assert name in out.stderr
    assert run(["ask", "--json", "Why was the trip postponed?"], store).stdout == before


def _truncate(db):
    db.write_bytes(db.read_bytes()[: db.stat().st_size // 2])


def _scribble(db):
    data = bytearray(db.read_bytes())
    data[len(data) // 3 : len(data) // 3 + 4096] = bytes((i * 37) % 256 for i in range(4096))
    db.write_bytes(bytes(data))


def _drop_table(db):
    import sqlite3

    with sqlite3.connect(db) as conn:
        conn.execute("DROP TABLE embeddings")


CORRUPTIONS = {
    "truncated": _truncate,
    "scribbled": _scribble,
    "emptied": lambda db: db.write_bytes(b""),
    "not a database": lambda db: db.write_bytes(b"this is not a database" * 100),
    "header zeroed": lambda db: db.write_bytes(b"\0" * 100 + db.read_bytes()[100:]),
    "table dropped": _drop_table,
}


@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    path = tmp_path_factory.mktemp("pristine")
    assert run(["index"], path).returncode == 0
    return path


@pytest.mark.parametrize("kind", CORRUPTIONS)
def test_every_corruption_gets_the_same_one_line_error_and_nothing_is_touched(pristine, tmp_path, kind):
    import shutil

    store = tmp_path / "db"
    shutil.copytree(pristine, store)
    db = store / "chroma.sqlite3"
    CORRUPTIONS[kind](db)
    before = {p.relative_to(store): p.stat().st_size for p in store.rglob("*") if p.is_file()}
    for args in (["ask", "Why was the trip postponed?"], ["eval", "--no-baseline", "--out", str(tmp_path / "r")]):
        out = run(args, store)
        assert out.returncode == 2, (kind, out.stdout, out.stderr)
        lines = out.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"error: the index at {store} is damaged ("), (kind, out.stderr)
        assert f"move it aside (mv {store} {store}.broken)" in lines[0] and "python -m assistant index" in lines[0]
    after = {p.relative_to(store): p.stat().st_size for p in store.rglob("*") if p.is_file()}
    # no file added, removed or shrunk: nothing rebuilt or indexed behind the user's back (Chroma itself
    # rewrites its segment headers when it opens a collection, so bytes are not compared)
    assert after.keys() == before.keys() and all(after[k] >= before[k] for k in before)


def test_dead_chroma_server_gets_an_actionable_error(tmp_path):
    from tests.conftest import free_port

    out = run(["ask", "Why?"], tmp_path, env_extra={"ASSISTANT_CHROMA_URL": f"http://127.0.0.1:{free_port()}"})
    assert out.returncode == 2
    assert "cannot reach the Chroma server" in out.stderr and "Traceback" not in out.stderr


def test_invalid_setting(tmp_path):
    out = run(["ask", "Why?"], tmp_path, env_extra={"ASSISTANT_TOP_K": "zero"})
    assert out.returncode == 2
    assert "top_k" in out.stderr


def test_invalid_utf8_in_a_question_is_a_one_line_error(store, tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
    env.update(ASSISTANT_CHROMA_PATH=str(store), ASSISTANT_TORCH_THREADS="1")
    out = subprocess.run([sys.executable, "-m", "assistant", "ask", b"Who met \xff\xfe Xi?"], capture_output=True, env=env,
                         timeout=180)
    err = out.stderr.decode()
    assert out.returncode == 2 and err.startswith("error: the question is not valid text"), err
    assert "Traceback" not in err
    history = tmp_path / "h.json"
    history.write_text('[["Who met Xi?", "Blinken \\ud800"]]', encoding="utf-8")
    out = run(["ask", "--history-file", str(history), "Where?"], store)
    assert out.returncode == 2 and "not valid text" in out.stderr and "Traceback" not in out.stderr


def test_ask_into_a_closed_pipe_ends_quietly(store):
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
    env.update(ASSISTANT_CHROMA_PATH=str(store), ASSISTANT_TORCH_THREADS="1")
    out = subprocess.run(f"'{sys.executable}' -m assistant ask 'Where was Biden?' | head -c 5", shell=True,
                         capture_output=True, text=True, env=env, timeout=180)
    assert "Traceback" not in out.stderr and "BrokenPipeError" not in out.stderr, out.stderr


def test_calibrate_never_overwrites_the_shipped_model_by_default(store, tmp_path):
    from assistant.answerability import SHIPPED_MODEL

    before = SHIPPED_MODEL.read_bytes()
    out = run(["calibrate"], store, env_extra={"XDG_DATA_HOME": str(tmp_path)})
    assert out.returncode == 0, out.stderr
    assert SHIPPED_MODEL.read_bytes() == before
    written = tmp_path / "article-assistant" / "answerability.json"
    assert json.loads(written.read_text())["threshold"] > 0
    assert f"ASSISTANT_ANSWERABILITY_MODEL={written}" in out.stdout

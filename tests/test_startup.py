"""Start-up imports only what a command needs: checked in fresh interpreters."""

from __future__ import annotations

import json
import os
import subprocess
import sys

HEAVY = ["gradio", "matplotlib", "sklearn", "torch", "sentence_transformers"]


def modules_after(code: str, **env: str) -> set[str]:
    probe = code + "\nimport sys, json; print(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env={**os.environ, **env}, timeout=300)
    assert out.returncode == 0, out.stderr
    return set(json.loads(out.stdout.strip().splitlines()[-1]))


def test_import_assistant_loads_neither_the_store_nor_any_model():
    loaded = modules_after("import assistant")
    assert not loaded & {*HEAVY, "chromadb", "langchain_core", "onnxruntime"}


def test_answering_a_question_needs_no_ui_plotting_learning_or_torch(bot):
    bot.warm_up()  # the ONNX graph is exported (the only step that needs torch) before the probe runs
    loaded = modules_after(
        "from assistant import Assistant, Settings\n"
        f"answer = Assistant(Settings(chroma_path={str(bot.settings.chroma_path)!r})).ask('Why was the trip postponed?')\n"
        "assert 'balloon' in answer.text"
    )
    assert not loaded & set(HEAVY), loaded & set(HEAVY)
    assert "onnxruntime" in loaded  # it did answer with the model
    assert "chromadb" not in loaded  # from the snapshot indexing kept: Chroma is started only to index
    # LangChain's retriever and callbacks import LangSmith's tracers (0.7-1.5 s cold): as_runnable() is for them
    assert not loaded & {"langsmith", "langchain_core.retrievers", "langchain_core.tracers"}, loaded & {"langsmith"}
    assert "scipy" not in loaded  # bm25s scores with numpy alone (0.2-0.4 s less)


def test_the_command_line_ask_loads_no_evaluation_code(bot):
    """`python -m assistant ask` handles a bad question file's error as the ValueError it is, so
    asking does not import the question set's models."""
    bot.warm_up()
    loaded = modules_after(
        "from assistant.cli import main\n"
        "assert main(['ask', 'Why was the trip postponed?']) == 0",
        ASSISTANT_CHROMA_PATH=str(bot.settings.chroma_path),
    )
    assert "assistant.cli" in loaded and "onnxruntime" in loaded  # it did answer
    assert not {m for m in loaded if m.startswith("assistant.evaluation")}
    assert not loaded & {*HEAVY, "scipy", "langsmith"}

"""Settings in sections (retrieval, answer, llm, web), and the flat names of before still read."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from assistant.settings import Settings


@pytest.fixture(autouse=True)
def _no_assistant_env(monkeypatch):
    import os

    for key in [k for k in os.environ if k.startswith("ASSISTANT_")]:
        monkeypatch.delenv(key)


def test_each_section_reads_its_own_variables(monkeypatch):
    for key, value in {"ASSISTANT_RETRIEVAL__TOP_K": "7", "ASSISTANT_LLM__BACKEND": "openai", "ASSISTANT_LLM__MODEL": "m",
                       "ASSISTANT_WEB__PORT": "9100", "ASSISTANT_ANSWER__MAX_QUESTION_CHARS": "200"}.items():
        monkeypatch.setenv(key, value)
    s = Settings()
    assert (s.retrieval.top_k, s.llm.backend, s.llm.model, s.web.port, s.answer.max_question_chars) == (7, "openai", "m", 9100, 200)


def test_the_flat_names_of_before_still_work_and_a_section_s_own_name_wins(monkeypatch):
    for key, value in {"ASSISTANT_TOP_K": "3", "ASSISTANT_LLM": "ollama", "ASSISTANT_LLM_MODEL": "x",
                       "ASSISTANT_PORT": "9000", "ASSISTANT_AUTH": "ann:secret", "ASSISTANT_CONCURRENCY": "2"}.items():
        monkeypatch.setenv(key, value)
    s = Settings()
    assert (s.retrieval.top_k, s.llm.backend, s.llm.model, s.web.port, s.web.auth, s.web.concurrency) == (3, "ollama", "x", 9000, "ann:secret", 2)
    monkeypatch.setenv("ASSISTANT_RETRIEVAL__TOP_K", "7")
    monkeypatch.setenv("ASSISTANT_LLM__MODEL", "y")
    assert (Settings().retrieval.top_k, Settings().llm.model, Settings().llm.backend) == (7, "y", "ollama")


def test_arguments_beat_the_environment_in_either_spelling(monkeypatch):
    monkeypatch.setenv("ASSISTANT_TOP_K", "3")
    monkeypatch.setenv("ASSISTANT_WEB__PORT", "9100")
    assert Settings(top_k=2).retrieval.top_k == 2
    assert Settings(retrieval={"top_k": 6}).retrieval.top_k == 6
    assert Settings(port=8000).web.port == 8000
    s = Settings(llm="openai", llm_model="m")
    assert (s.llm.backend, s.llm.model) == ("openai", "m")


def test_a_bad_value_is_refused_with_its_section_s_name(monkeypatch):
    monkeypatch.setenv("ASSISTANT_TOP_K", "zero")
    with pytest.raises(ValidationError, match="retrieval.top_k"):
        Settings()
    with pytest.raises(ValidationError, match="llm.backend"):
        Settings(llm="gpt")


def test_blank_values_are_unset(monkeypatch):
    monkeypatch.setenv("ASSISTANT_AUTH", " ")
    monkeypatch.setenv("ASSISTANT_LLM__MODEL", "")
    s = Settings()
    assert s.web.auth is None and s.llm.model is None

"""LLM backends against a protocol-level fake OpenAI server: what the user gets in each case."""

from __future__ import annotations

import pytest

from assistant import DECLINE, Assistant, Settings
from tests.fake_openai import Behaviour, FakeOpenAI, passage_number

BALLOON = "spy balloon"


def good(req):
    if "<follow_up>" in req["messages"][-1]["content"]:
        return "Why was Blinken's trip to Beijing postponed?"
    n = passage_number(req, BALLOON)
    return f"The trip was postponed after a Chinese spy balloon allegedly flew over US military sites [{n}]."


def make_bot(bot, server: FakeOpenAI, **extra) -> Assistant:
    settings = Settings(
        chroma_path=bot.settings.chroma_path, llm="openai", llm_model="fake-model", llm_base_url=server.url,
        llm_api_key="test-key", llm_timeout=extra.pop("timeout", 5.0),
    )
    return Assistant(settings, **extra)


QUESTION = "Why was Blinken's trip postponed?"


def test_good_cited_answer_is_kept_with_verbatim_quote(bot, article_text):
    with FakeOpenAI(good) as server:
        llm_bot = make_bot(bot, server)
        answer = llm_bot.ask(QUESTION)
    assert not answer.declined and answer.unsupported == []
    assert answer.text.startswith("The trip was postponed after a Chinese spy balloon") and answer.text.endswith("[1]")
    c = answer.citations[0]
    assert article_text[c.start : c.end] == c.quote and "spy balloon" in c.quote
    assert answer.backend == "openai:fake-model"
    assert server.requests[-1]["model"] == "fake-model"
    prompt = server.requests[-1]["messages"][-1]["content"]
    assert DECLINE in prompt and "<passages>" in prompt  # passages fenced as data


def test_streaming_sends_tokens_then_the_checked_answer(bot):
    with FakeOpenAI(good) as server:
        llm_bot = make_bot(bot, server)
        events = list(llm_bot.events(QUESTION))
    pieces = [e for e in events if isinstance(e, str)]
    assert len(pieces) > 5  # token by token, as the server sent them
    assert "".join(pieces).startswith("The trip was postponed")
    assert events[-1].text.startswith("The trip was postponed") and not events[-1].declined
    assert server.requests[-1]["stream"] is True


def test_wrong_citation_number_is_removed(bot):
    with FakeOpenAI(lambda req: "The trip was postponed after a Chinese spy balloon flew over US military sites [9].") as s:
        answer = make_bot(bot, s).ask(QUESTION)
    assert answer.declined and answer.citations == []
    assert [r.text for r in answer.unsupported] == ["The trip was postponed after a Chinese spy balloon flew over US military sites."]


def test_invented_sentence_with_real_citation_is_removed(bot):
    def reply(req):
        n = passage_number(req, BALLOON)
        return (f"The trip was postponed after a Chinese spy balloon allegedly flew over US military sites [{n}]. "
                f"Blinken later received a Nobel prize for opera singing in Paris [{n}].")

    with FakeOpenAI(reply) as s:
        answer = make_bot(bot, s).ask(QUESTION)
    assert not answer.declined
    assert "Nobel" not in answer.text and "balloon" in answer.text
    assert [r.text for r in answer.unsupported] == ["Blinken later received a Nobel prize for opera singing in Paris."]
    assert answer.unsupported[0].verdict == "unsupported" and "Nobel" in answer.unsupported[0].reason


# What a chat model may say, and what the article says instead (issue 10). Each is cited to the
# passage that holds the words it distorts.
CONTRADICTIONS = [
    ("Does the US aim to contain China?", "Blinken said the US aims to contain China.", "contain China", "contradicted"),
    ("Who was the first secretary of state to visit China in years?",
     "Blinken was the first US secretary of state to visit China since 2016.", "since 2018", "contradicted"),
    ("Where was Biden when he praised Blinken?", "Biden praised Blinken's efforts while visiting Florida.", "California",
     "contradicted"),
    ("What do experts say about the negotiations?", "Experts note the substantive negotiations during Blinken's visit.",
     "substantive negotiations", "contradicted"),
    ("What was agreed during the visit?", "Xi and Blinken signed a trade agreement during the visit.", "two-day visit",
     "unsupported"),
    ("What is China grappling with?", "China is grappling with rapid economic growth.", "economic slowdown", "unsupported"),
    # make test-llm, session 27: the real small model's invented outlet was kept, the date being right
    ("When was the article published?", "The article was published on June 20, 2023, in the Chinese edition of the Daily Beek.",
     "June 20, 2023", "unsupported"),
]


@pytest.mark.parametrize("question, claim, near, verdict", CONTRADICTIONS)
def test_contradicted_and_invented_sentences_never_reach_the_user(bot, article_text, question, claim, near, verdict):
    def reply(req):
        if "<follow_up>" in req["messages"][-1]["content"]:
            return question
        return f"{claim[:-1]} [{passage_number(req, near)}]."

    with FakeOpenAI(reply) as s:
        answer = make_bot(bot, s).ask(question)
    assert answer.declined and answer.text == DECLINE
    (removed,) = answer.unsupported
    assert removed.text == claim and removed.verdict == verdict
    assert removed.reason.startswith("contradicts [" if verdict == "contradicted" else "not in [")


def test_a_true_sentence_is_kept_and_a_contradicted_one_removed_from_the_same_answer(bot, article_text):
    def reply(req):
        return (f"Blinken said the US does not aim to contain China [{passage_number(req, 'contain China')}]. "
                f"He said the US aims to decouple from China's economy [{passage_number(req, 'contain China')}].")

    with FakeOpenAI(reply) as s:
        answer = make_bot(bot, s).ask("Does the US aim to contain China?")
    assert answer.text.startswith("Blinken said the US does not aim to contain China. [1]")
    assert "decouple" not in answer.text
    assert [r.verdict for r in answer.unsupported] == ["contradicted"]
    (c,) = answer.citations
    assert article_text[c.start : c.end] == c.quote and "does not aim to contain China" in c.quote


def test_a_he_is_checked_as_the_person_the_reader_takes_it_for(bot):
    """Asked about Xi, "He emphasized that the US would take necessary steps ..." reads as Xi's
    words; the article's "he" there is Blinken, so the sentence goes. After a sentence naming Xi,
    "He called for the US to respect ..." is Xi, and stays."""

    def reply(req):
        steps = passage_number(req, "necessary steps")
        respect = passage_number(req, "In return")
        return (f"He emphasized that the US would take necessary steps to safeguard its national security [{steps}]. "
                f"Xi assured Blinken of China's respect for US interests [{respect}]. "
                f"He called for the US to respect China's legitimate rights and interests [{respect}].")

    with FakeOpenAI(reply) as s:
        answer = make_bot(bot, s).ask("What did Xi say about respect and national security?")
    assert "necessary steps" not in answer.text
    assert any("necessary steps" in r.text for r in answer.unsupported)
    assert "He called for the US to respect" in answer.text and "Xi assured Blinken" in answer.text


def test_a_contradicted_sentence_reaches_no_one_through_the_cli_or_the_chat_api(bot):
    from gradio_client import Client

    import app
    from tests.conftest import free_port
    from tests.test_cli import run

    claim = "Blinken said the US aims to contain China."

    def reply(req):
        if "<follow_up>" in req["messages"][-1]["content"]:
            return "Does the US aim to contain China?"
        return f"{claim[:-1]} [{passage_number(req, 'contain China')}]."

    with FakeOpenAI(reply) as s:
        out = run(["ask", "--llm", "openai", "--llm-model", "m", "--llm-base-url", s.url, "Does the US aim to contain China?"],
                  bot.settings.chroma_path, env_extra={"ASSISTANT_LLM_API_KEY": "k"})
        assert out.returncode == 0, out.stderr
        assert out.stdout.startswith(DECLINE)
        assert f"removed: \u201c{claim}\u201d (contradicts [" in out.stdout

        llm_bot = make_bot(bot, s)
        settings = Settings(chroma_path=bot.settings.chroma_path, port=free_port())
        demo = app.launch(llm_bot, settings, block=False)
        try:
            text = Client(f"http://127.0.0.1:{settings.web.port}/", verbose=False).predict(
                "Does the US aim to contain China?", api_name="/chat"
            )
        finally:
            demo.close()
    assert text.startswith(DECLINE)
    assert f"Removed (not backed by the article):\n- {claim} (contradicts [" in text


def test_removed_sentences_are_shown_struck_out_with_their_reason_in_the_sources_panel():
    from assistant.chat import answer_markdown, sources_html
    from assistant.models import Answer, RemovedSentence

    answer = Answer(
        question="q", standalone_question="q", text=DECLINE, declined=True,
        unsupported=[RemovedSentence(text="Xi signed <b>a deal</b>.", verdict="unsupported", reason="not in [1]: 'signed'")],
    )
    panel = sources_html(answer)
    assert 'class="removed-text">Xi signed &lt;b&gt;a deal&lt;/b&gt;.</span>' in panel
    assert "not in [1]: &#x27;signed&#x27;" in panel
    assert "1 sentence the article does not back was removed" in answer_markdown(answer, "the article")


def test_decline_sentence_declines(bot):
    with FakeOpenAI(lambda req: DECLINE) as s:
        answer = make_bot(bot, s).ask("What is the capital of France?")
    assert answer.declined and answer.text == DECLINE and answer.citations == []


@pytest.mark.parametrize(
    "behaviour, notice",
    [
        (Behaviour(status=500), "500"),
        (Behaviour(hang_seconds=4, text="late"), "Timeout"),
        (Behaviour(text="The trip was postponed after a balloon flew over sites [1].", break_stream_after=3), "failed"),
    ],
)
def test_model_failure_falls_back_to_the_extractive_answer(bot, behaviour, notice):
    with FakeOpenAI(lambda req: behaviour) as s:
        answer = make_bot(bot, s, timeout=1.5).ask(QUESTION)
    assert answer.notice and "language model failed" in answer.notice and notice in answer.notice
    assert answer.backend == "extractive" and not answer.declined
    assert "balloon" in answer.text  # the user still gets the cited extractive answer


def test_connection_refused_falls_back(bot):
    from tests.conftest import free_port

    settings = Settings(chroma_path=bot.settings.chroma_path, llm="openai", llm_model="m",
                        llm_base_url=f"http://127.0.0.1:{free_port()}/v1", llm_api_key="k", llm_timeout=2)
    answer = Assistant(settings).ask(QUESTION)
    assert "Connection" in answer.notice and "balloon" in answer.text


def test_follow_up_is_rewritten_by_the_model_for_retrieval(bot):
    with FakeOpenAI(good) as s:
        answer = make_bot(bot, s).ask("Why was it delayed?", history=[("Tell me about the trip", "It happened [1]")])
        rewrite_prompt = s.requests[0]["messages"][-1]["content"]
    assert "<follow_up>" in rewrite_prompt and "Tell me about the trip" in rewrite_prompt
    assert answer.standalone_question == "Why was Blinken's trip to Beijing postponed?"


def test_any_langchain_chat_model_can_be_passed(bot):
    from langchain_openai import ChatOpenAI

    with FakeOpenAI(good) as s:
        model = ChatOpenAI(model="custom", base_url=s.url, api_key="k", max_retries=0)
        answer = Assistant(Settings(chroma_path=bot.settings.chroma_path), llm=model).ask(QUESTION)
    assert answer.backend == "llm:custom" and "balloon" in answer.text


def test_cli_exits_zero_with_notice_on_stderr_when_the_model_fails(bot):
    from tests.test_cli import run

    with FakeOpenAI(lambda req: Behaviour(status=500)) as s:
        out = run(["ask", "--llm", "openai", "--llm-model", "m", "--llm-base-url", s.url, QUESTION],
                  bot.settings.chroma_path, env_extra={"ASSISTANT_LLM_API_KEY": "k"})
    assert out.returncode == 0, out.stderr
    assert "balloon" in out.stdout
    assert "notice: The language model failed" in out.stderr


def test_missing_extra_names_the_install_command(bot, monkeypatch):
    import builtins

    real_import = builtins.__import__

    def fake_import(name, *args, **kwargs):
        if name == "langchain_ollama":
            raise ImportError("No module named 'langchain_ollama'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", fake_import)
    from assistant.llm import LLMSetupError

    with pytest.raises(LLMSetupError, match=r"pip install 'article-assistant\[ollama\]'"):
        Assistant(Settings(chroma_path=bot.settings.chroma_path, llm="ollama"))


def test_prompts_are_files_loaded_by_name():
    from prompts import load_prompt

    assert "{passages}" in load_prompt("answer") and "{decline}" in load_prompt("answer")
    assert "{history}" in load_prompt("rewrite")
    with pytest.raises(FileNotFoundError):
        load_prompt("nope")

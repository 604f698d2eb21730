"""The web chat: composes the Assistant and the chat logic into a Gradio page. No logic lives here."""

from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

import argparse  # noqa: E402
import html  # noqa: E402
import logging  # noqa: E402
import sys  # noqa: E402
from concurrent.futures import ThreadPoolExecutor  # noqa: E402
from typing import TYPE_CHECKING  # noqa: E402

from assistant import Assistant, QuestionError, Settings  # noqa: E402
from assistant.chat import (  # noqa: E402
    EXAMPLES,
    Conversation,
    error_text,
    history_pairs,
    plain_answer,
    respond,
    sources_html,
)
from assistant.gradio_import import import_gradio  # noqa: E402
from assistant.webauth import LoginChecker, is_loopback, parse_auth  # noqa: E402

if TYPE_CHECKING:
    import gradio as gr

log = logging.getLogger(__name__)

CSS = """
.sources mark { background: #fde68a; padding: 0 2px; }
.sources mark .answer-span { background: #f59e0b; color: #111; }
.source { border-left: 3px solid #f59e0b; padding: 4px 10px; margin: 8px 0; }
.source-head { font-weight: 600; font-size: 0.9em; }
.source-passage { white-space: pre-wrap; }
.sources-empty { color: #6b7280; font-style: italic; }
.nearest { border-left: 3px solid #d1d5db; padding: 4px 10px; margin: 8px 0; color: #4b5563; }
.removed { border-left: 3px solid #dc2626; padding: 4px 10px; margin: 8px 0; }
.removed-text { text-decoration: line-through; color: #7f1d1d; }
.removed-reason { color: #4b5563; font-size: 0.9em; }
"""


def article_header(bot: Assistant) -> tuple[str, str]:
    """(header HTML, what the article covers) from the indexed passages' metadata."""
    corpus = bot.corpus
    meta = corpus[0].metadata if corpus else {}
    title = str(meta.get("title", "The indexed article"))
    published = str(meta.get("published", ""))
    try:
        from datetime import date

        published = date.fromisoformat(published).strftime("%B %-d, %Y")
    except ValueError:
        pass
    if meta.get("category"):
        published = f"{meta['category']} · {published}"
    sections = list(dict.fromkeys(str(p.metadata.get("section")) for p in corpus if p.metadata.get("section")))
    covers = f"“{title}”" + (" including " + "; ".join(f"“{s}”" for s in sections) if sections else "")
    header = (
        f'<h1 id="article-title">{html.escape(title)}</h1>'
        f'<p id="article-meta">{html.escape(published)} · answers quote the article; '
        f"backend: <b>{html.escape(bot.name)}</b></p>"
    )
    return header, covers


def build_ui(bot: Assistant) -> gr.Blocks:
    global gr  # a module global: Gradio resolves the handlers' annotations (gr.SelectData) there
    gr = import_gradio()
    header, covers = article_header(bot)

    def ask(message: str, conversation: Conversation | None):
        conversation = conversation or Conversation()
        for messages, panel in respond(bot, conversation, message, covers):
            yield messages, panel, conversation, ""

    def clear():
        return [], sources_html(None), Conversation(), ""

    def select(conversation: Conversation | None, evt: gr.SelectData):
        answer = conversation.answer_at(evt.index if isinstance(evt.index, int) else evt.index[0]) if conversation else None
        return sources_html(answer)

    def api_chat(message: str, history: list[list[str]] | None = None) -> str:
        """One question, with the conversation so far as [[question, answer], ...] if it is a
        follow-up: the final answer text with its numbered sources."""
        try:
            return plain_answer(bot.ask(message, history=history_pairs(history)))
        except Exception as exc:  # API clients get the sentence the page shows, never Gradio's generic one
            if not isinstance(exc, QuestionError):
                log.exception("answering through /chat failed")
            raise gr.Error(error_text(exc)) from exc

    with gr.Blocks(title="Article assistant") as demo:
        gr.HTML(header)
        conversation = gr.State(None)
        with gr.Row():
            with gr.Column(scale=3):
                chatbot = gr.Chatbot(label="Chat", height=520, elem_id="chat", sanitize_html=True, buttons=["copy"])
                with gr.Row():
                    box = gr.Textbox(
                        placeholder="Ask about the article…", show_label=False, scale=5, elem_id="question",
                        max_lines=4,
                    )
                    send = gr.Button("Send", variant="primary", scale=1, elem_id="send")
                    new = gr.Button("Clear", scale=1, elem_id="clear")
                gr.Markdown("**Try:**")
                with gr.Row(elem_id="examples"):
                    example_buttons = [gr.Button(q, size="sm", elem_classes=["example"]) for q in EXAMPLES]
            with gr.Column(scale=2):
                gr.Markdown("### Sources")
                panel = gr.HTML(sources_html(None), elem_id="sources")

        outputs = [chatbot, panel, conversation, box]
        send.click(ask, [box, conversation], outputs, api_visibility="private")
        box.submit(ask, [box, conversation], outputs, api_visibility="private")
        for b in example_buttons:
            b.click(ask, [b, conversation], outputs, api_visibility="private")
        new.click(clear, None, outputs, api_visibility="private")
        chatbot.select(select, [conversation], [panel], api_visibility="private")
        gr.api(api_chat, api_name="chat")
    return demo


def launch(bot: Assistant, settings: Settings, *, block: bool = True):
    demo = build_ui(bot)
    demo.queue(default_concurrency_limit=settings.web.concurrency)
    auth = parse_auth(settings.web.auth)
    if not auth and not is_loopback(settings.web.host):
        print(
            f"WARNING: serving on {settings.web.host} without a login: anyone who can reach it can use it. "
            "Set ASSISTANT_AUTH='user:password' (or a file of such lines).",
            file=sys.stderr,
        )
    demo.launch(
        server_name=settings.web.host,
        server_port=settings.web.port,
        share=False,
        auth=LoginChecker(auth) if auth else None,
        prevent_thread_lock=True,
        quiet=True,
        css=CSS,
        footer_links=["api"],
    )
    print(f"Chat ready on http://{settings.web.host}:{settings.web.port}", flush=True)
    if block:
        demo.block_thread()
    return demo


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Serve the article assistant's web chat.")
    parser.add_argument("--host", help="address to bind (ASSISTANT_HOST, default 127.0.0.1)")
    parser.add_argument("--port", type=int, help="port (ASSISTANT_PORT, default 7860)")
    args = parser.parse_args(argv)
    overrides = {k: v for k, v in {"host": args.host, "port": args.port}.items() if v is not None}
    from index import IndexingError

    try:
        settings = Settings(**overrides)
        print("loading the assistant (first run builds the index)…", flush=True)
        with ThreadPoolExecutor(1) as pool:  # the model and the index load while Gradio imports
            loading = pool.submit(Assistant, settings)
            import_gradio()
            bot = loading.result()
        launch(bot, settings)
    except (IndexingError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

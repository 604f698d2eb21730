"""Chat logic behind the web UI: turns, streaming, rendering. No Gradio import here.

Article text and questions are shown as text: every string from the article or the user is
escaped for both Markdown and HTML before it reaches the page.
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from assistant.answers import INSTRUCTIONS
from assistant.models import Answer, Citation, QuestionError
from index import IndexingError

log = logging.getLogger(__name__)

EXAMPLES = [
    "Who met Xi Jinping?",
    "Why was Blinken's trip postponed?",
    "Where was Biden when he praised Blinken?",
    "Was there progress on military-to-military communication?",
    "What is China grappling with economically?",
    "What does the US withhold from China, and why?",
]

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~>])")


def escape_markdown(text: str) -> str:
    """Literal text in Markdown: HTML entities first, then backslash-escaped Markdown syntax."""
    return _MD_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))


def answer_markdown(answer: Answer, covers: str) -> str:
    """An answer as a chat message: the text with its [n] markers, then its numbered sources."""
    if answer.about_assistant:
        return escape_markdown(answer.text)
    if answer.declined:
        body = f"> *{escape_markdown(answer.text)}*"
        if answer.decline_reason:
            body += f"\n\n<small>Why: {escape_markdown(answer.decline_reason)}.</small>"
        if answer.unsupported:
            body += f"\n\n<small>{_removed_note(answer)}</small>"
        if answer.notice:
            body += f"\n\n⚠ {escape_markdown(answer.notice)}"
        return body + f"\n\n<small>The article covers {escape_markdown(covers)}. Try asking about one of those.</small>"
    parts = [escape_markdown(answer.text)]
    if answer.notice:
        parts.append(f"⚠ {escape_markdown(answer.notice)}")
    if answer.unsupported:
        parts.append(f"<small>{_removed_note(answer)}</small>")
    sources = "\n".join(
        f"- **\\[{c.number}\\]**" + (f" *{escape_markdown(c.section)}*" if c.section else "") + f" “{_quote_markdown(c)}”"
        for c in answer.citations
    )
    parts.append("**Sources**\n\n" + sources)
    parts.append(f"<small>answered by {escape_markdown(answer.backend)}</small>")
    return "\n\n".join(parts)


def _quote_parts(c: Citation) -> tuple[str, str, str]:
    """The quote split around its short answer (empty middle when the answer is the whole quote)."""
    span = c.answer_span
    if span is None or c.answer_start is None:
        return c.quote, "", ""
    lo = c.answer_start - c.start
    return c.quote[:lo], span, c.quote[lo + len(span) :]


def _quote_markdown(c: Citation) -> str:
    before, span, after = _quote_parts(c)
    if not span:
        return escape_markdown(before)
    return f"{escape_markdown(before)}**{escape_markdown(span)}**{escape_markdown(after)}"


def _removed_note(answer: Answer) -> str:
    n = len(answer.unsupported)
    return f"{n} sentence{'s' if n != 1 else ''} the article does not back {'were' if n != 1 else 'was'} removed: see Sources."


def _removed_html(answer: Answer) -> str:
    """Sentences the model wrote and the verifier removed, each with its reason."""
    if not answer.unsupported:
        return ""
    items = "".join(
        f'<li class="removed-item"><span class="removed-text">{html.escape(r.text)}</span> '
        f'<span class="removed-reason">({html.escape(r.reason)})</span></li>'
        for r in answer.unsupported
    )
    return f'<div class="removed"><div class="source-head">Removed: not backed by the article</div><ul>{items}</ul></div>'


def sources_html(answer: Answer | None) -> str:
    """Each cited passage in full, its quoted span highlighted; everything else escaped."""
    if answer is None:
        return '<div class="sources-empty">Sources of the selected answer appear here.</div>'
    if answer.about_assistant:
        return '<div class="sources-empty">No sources: this reply is about the assistant, not the article.</div>'
    if answer.declined:
        return _nearest_html(answer) + _removed_html(answer)
    parts = [f'<div class="sources"><p class="sources-q">Sources for: {html.escape(answer.question)}</p>']
    for c in answer.citations:
        before, span, after = _quote_parts(c)
        marked = html.escape(before) + (f'<strong class="answer-span">{html.escape(span)}</strong>' if span else "")
        marked = f"<mark>{marked}{html.escape(after)}</mark>"
        i = c.passage.find(c.quote)
        if i < 0:  # cannot happen for our citations; show the quote alone rather than guess
            body = marked
        else:
            body = html.escape(c.passage[:i]) + marked + html.escape(c.passage[i + len(c.quote) :])
        section = html.escape(c.section) if c.section else "Opening"
        parts.append(
            f'<div class="source" data-number="{c.number}"><div class="source-head">[{c.number}] {section}</div>'
            f'<p class="source-passage">{body}</p></div>'
        )
    return "".join(parts) + _removed_html(answer) + "</div>"


def _nearest_html(answer: Answer) -> str:
    """A decline still shows the nearest passage (the one whose sentence came closest, else the
    first retrieved), marked as not an answer: the extractive answerer declines some heavily
    paraphrased questions the article does answer."""
    head = '<div class="sources-empty">No sources: the article does not answer this question as asked.</div>'
    if not answer.retrieved or answer.decline_reason == INSTRUCTIONS:  # nothing near to show for those
        return head
    p = next((r for r in answer.retrieved if r.passage_id == answer.nearest_passage_id), answer.retrieved[0])
    section = html.escape(p.section) if p.section else "Opening"
    return (
        f'<div class="sources">{head}<div class="nearest"><div class="source-head">Nearest passage ({section}); '
        f'it may not answer the question</div><p class="source-passage">{html.escape(p.text)}</p></div></div>'
    )


def error_text(exc: BaseException) -> str:
    """What a user is told when answering fails: the message itself when it says what to do."""
    if isinstance(exc, QuestionError):
        return f"{str(exc)[:1].upper()}{str(exc)[1:]}."
    if isinstance(exc, IndexingError):
        return f"The assistant cannot read its index: {exc}."
    return (
        f"Something went wrong while answering ({type(exc).__name__}). "
        "The assistant is still running: please try again."
    )


def error_markdown(exc: BaseException) -> str:
    if isinstance(exc, QuestionError | IndexingError):
        return f"⚠ {escape_markdown(error_text(exc))}"
    return (
        f"⚠ Something went wrong while answering ({escape_markdown(type(exc).__name__)}). "
        "The assistant is still running: please try again."
    )


@dataclass
class Turn:
    """One exchange as the UI keeps it: the plain answer text feeds follow-ups."""

    question: str
    answer: Answer | None = None
    error: str | None = None


@dataclass
class Conversation:
    turns: list[Turn] = field(default_factory=list)

    def history(self) -> list[tuple[str, str]]:
        return [(t.question, t.answer.text) for t in self.turns if t.answer is not None]

    def messages(self, covers: str) -> list[dict]:
        out: list[dict] = []
        for t in self.turns:
            out.append({"role": "user", "content": escape_markdown(t.question)})
            if t.answer is not None:
                out.append({"role": "assistant", "content": answer_markdown(t.answer, covers)})
            elif t.error is not None:
                out.append({"role": "assistant", "content": t.error})
        return out

    def answer_at(self, message_index: int) -> Answer | None:
        """The answer shown at a chat message index (user and assistant messages alternate)."""
        turn = message_index // 2
        return self.turns[turn].answer if 0 <= turn < len(self.turns) else None

    def latest_answer(self) -> Answer | None:
        return next((t.answer for t in reversed(self.turns) if t.answer is not None), None)


def respond(bot, conversation: Conversation, question: str, covers: str) -> Iterator[tuple[list[dict], str]]:
    """Stream one turn: (chat messages, sources panel) after every piece, then the checked answer."""
    turn = Turn(question=question if isinstance(question, str) else "")
    history = conversation.history()
    conversation.turns.append(turn)
    draft = ""
    try:
        for event in bot.events(question, history=history):
            if isinstance(event, str):
                draft += event
                msgs = conversation.messages(covers)
                msgs.append({"role": "assistant", "content": escape_markdown(draft) + " ▍"})
                yield msgs, sources_html(conversation.latest_answer())
            else:
                turn.answer = event
    except QuestionError as exc:
        turn.error = error_markdown(exc)
    except Exception as exc:  # the server keeps serving; the user sees a readable message
        log.exception("answering failed")
        turn.error = error_markdown(exc)
    if turn.answer is None and turn.error is None:
        turn.error = error_markdown(RuntimeError("no answer was produced"))
    yield conversation.messages(covers), sources_html(turn.answer)


def history_pairs(history: object) -> list[tuple[str, str]]:
    """An API client's history, ``[[question, answer], ...]``, checked: a bad shape is the
    client's error, told as such."""
    if history in (None, "", []):
        return []
    if not isinstance(history, list) or not all(
        isinstance(t, list | tuple) and len(t) == 2 and all(isinstance(x, str) for x in t) for t in history
    ):
        raise QuestionError("history must be a list of [question, answer] pairs of text")
    return [(q, a) for q, a in history]


def plain_answer(answer: Answer) -> str:
    """The answer text followed by its numbered sources, for API clients."""
    lines = [answer.text]
    if not answer.declined and not answer.about_assistant:
        lines += ["", "Sources:"]
        for c in answer.citations:
            section = f" ({c.section})" if c.section else ""
            lines.append(f"[{c.number}]{section} {c.quote}")
    if answer.unsupported:
        lines += ["", "Removed (not backed by the article):"]
        lines += [f"- {r.text} ({r.reason})" for r in answer.unsupported]
    return "\n".join(lines)

"""A protocol-level fake of an OpenAI-compatible server: /v1/chat/completions, JSON or SSE.

Each request is answered by ``server.reply(request_json) -> str | Behaviour``; the text is sent as
the model's message, word by word when the client asks to stream.
"""

from __future__ import annotations

import json
import re
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable


@dataclass
class Behaviour:
    status: int = 200
    hang_seconds: float = 0.0
    break_stream_after: int | None = None  # send N chunks, then garbage, then close
    text: str = ""


class FakeOpenAI:
    def __init__(self, reply: Callable[[dict], str | Behaviour]) -> None:
        self.reply = reply
        self.requests: list[dict] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # keep test output clean
                pass

            def do_POST(self):
                length = int(self.headers.get("Content-Length", 0))
                body = json.loads(self.rfile.read(length) or b"{}")
                server.requests.append(body)
                if not self.path.endswith("/chat/completions"):
                    self.send_error(404)
                    return
                outcome = server.reply(body)
                b = outcome if isinstance(outcome, Behaviour) else Behaviour(text=outcome)
                if b.hang_seconds:
                    time.sleep(b.hang_seconds)
                if b.status != 200:
                    payload = json.dumps({"error": {"message": "scripted failure", "type": "server_error"}}).encode()
                    self.send_response(b.status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                    return
                if body.get("stream"):
                    self._stream(body, b)
                else:
                    self._json(body, b.text)

            def _json(self, body, text):
                payload = json.dumps({
                    "id": "chatcmpl-fake", "object": "chat.completion", "created": int(time.time()),
                    "model": body.get("model", "fake"),
                    "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
                    "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
                }).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def _stream(self, body, b: Behaviour):
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.end_headers()
                words = b.text.split(" ")
                for i, word in enumerate(words):
                    if b.break_stream_after is not None and i >= b.break_stream_after:
                        self.wfile.write(b"data: {\"choices\": [{\"delta\": {\"content\": \"tru\n\n")
                        self.wfile.flush()
                        return
                    chunk = {
                        "id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": int(time.time()),
                        "model": body.get("model", "fake"),
                        "choices": [{"index": 0, "delta": {"content": word if i == 0 else " " + word}, "finish_reason": None}],
                    }
                    self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                    self.wfile.flush()
                done = {"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": int(time.time()),
                        "model": body.get("model", "fake"), "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}
                self.wfile.write(f"data: {json.dumps(done)}\n\ndata: [DONE]\n\n".encode())
                self.wfile.flush()

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> FakeOpenAI:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def passage_number(request: dict, words: str) -> int:
    """The [n] of the passage in the prompt that contains ``words``."""
    prompt = request["messages"][-1]["content"]
    for m in re.finditer(r"^\[(\d+)\] (.*?)(?=^\[\d+\] |</passages>)", prompt, re.M | re.S):
        if words in m.group(2):
            return int(m.group(1))
    raise AssertionError(f"no passage with {words!r} in the prompt")

"""``make bench``: figures on this machine, printed, never asserted.

Index build of the article (after the model is loaded), warm ``ask`` latency over the canned
questions, the wall time of a cold ``python -m assistant ask``, claim verification, and peak memory.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHAT_QUESTIONS: list[tuple[str, str]] = [
    ("Why was Blinken's trip postponed?", "balloon"),
    ("Where was Biden?", "California"),
    ("Where did Xi speak alongside Blinken?", "Great Hall"),
    ("What is China grappling with?", "slowdown"),
    ("What is the capital of France?", "The article does not say."),
]
"""What each chat client asks, with a word its answer must contain (shared with tests/test_app.py)."""


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _chat_load(bot, store: Path) -> tuple[float, float, float, int]:
    """20 gradio_client users x 5 questions against the app launched in-process."""
    import socket
    from concurrent.futures import ThreadPoolExecutor

    from gradio_client import Client

    import app
    from assistant import Settings

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    demo = app.launch(bot, Settings(chroma_path=store, port=port), block=False)
    url = f"http://127.0.0.1:{port}/"

    def user(_):
        client = Client(url, verbose=False)
        out = []
        for q, expected in CHAT_QUESTIONS:
            t = time.perf_counter()
            text = client.predict(q, api_name="/chat")
            out.append(((time.perf_counter() - t) * 1000, expected in text and ("[1]" in text or "not say" in text)))
        return out

    t = time.perf_counter()
    with ThreadPoolExecutor(max_workers=20) as pool:
        results = [r for batch in pool.map(user, range(20)) for r in batch]
    wall = time.perf_counter() - t
    demo.close()
    lat = [ms for ms, _ in results]
    return wall, _pct(lat, 0.95), _pct(lat, 0.5), sum(not ok for _, ok in results)


def _verify_bench() -> tuple[float, float, int]:
    """Warm verification of three-sentence answers: the claim set's claims, three at a time,
    each against the passages that hold its evidence; every claim is new to the caches."""
    from assistant.evaluation.claims import load_claims
    from assistant.verifier import verify
    from index import SHIPPED_ARTICLE, load_article, split_article

    path = Path(__file__).resolve().parent.parent / "tests" / "data" / "claims.jsonl"
    if not path.is_file():
        return float("nan"), float("nan"), 0
    passages = [p.text for p in split_article(load_article(SHIPPED_ARTICLE))]
    items = load_claims(path)
    verify("Xi met Blinken.", passages, context=passages)  # load the lexicon, split the passages
    times = []
    for k in range(0, len(items) - 2, 3):
        answer = items[k : k + 3]
        t = time.perf_counter()
        for item in answer:
            quotes = [p for p in passages if any(e in p for e in item.evidence)]
            verify(item.claim, quotes, context=passages)
        times.append((time.perf_counter() - t) * 1000)
    return _pct(times, 0.5), _pct(times, 0.95), len(times)


def main() -> None:
    from assistant import Assistant, Settings
    from assistant.evaluation import load_questions
    from index import build_index, open_store

    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        emb = Settings().embeddings()
        _ = emb.dimension
        load_s = time.perf_counter() - t0
        builds = []
        for i in range(3):
            store = open_store(path=Path(tmp) / f"b{i}", url=None, embeddings=emb)
            t = time.perf_counter()
            build_index(store)
            builds.append(time.perf_counter() - t)
        t = time.perf_counter()
        build_index(store)
        noop_s = time.perf_counter() - t

        bot = Assistant(Settings(chroma_path=Path(tmp) / "b0"))
        bot.keep_warm_vectors()  # as `python -m assistant index` does: a cold process reads them
        questions = [i.question for i in load_questions()]
        bot.ask("warm-up question about the visit")  # corpus sentence and word vectors
        latencies = []
        for q in questions:  # distinct questions: no query-vector cache hits flatter the figures
            t = time.perf_counter()
            bot.ask(q)
            latencies.append((time.perf_counter() - t) * 1000)

        env = {**os.environ, "ASSISTANT_CHROMA_PATH": str(Path(tmp) / "b0")}
        colds = []
        for _ in range(3):
            t = time.perf_counter()
            subprocess.run([sys.executable, "-m", "assistant", "ask", "Why was the trip postponed?"],
                           env=env, check=True, capture_output=True)
            colds.append(time.perf_counter() - t)

        chat = _chat_load(bot, Path(tmp) / "b0")
    verify_p50, verify_p95, verify_n = _verify_bench()

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"machine: {os.cpu_count()} cores; embeddings: {emb.backend}, {emb.threads} thread(s)")
    print(f"model load:                 {load_s:.2f} s")
    print(f"index build (article):      median {statistics.median(builds) * 1000:.0f} ms over 3 fresh stores (target <= 1000 ms)")
    print(f"re-index, nothing changed:  {noop_s * 1000:.0f} ms")
    print(f"warm ask latency:           p50 {_pct(latencies, 0.5):.1f} ms, p95 {_pct(latencies, 0.95):.1f} ms "
          f"over {len(latencies)} questions (target p50 <= 30 ms)")
    print(f"cold `python -m assistant ask`: median {statistics.median(colds):.2f} s over 3 runs")
    print(f"web chat, 20 concurrent clients x 5 questions: wall {chat[0]:.1f} s, p95 {chat[1]:.0f} ms, "
          f"p50 {chat[2]:.0f} ms, {chat[3]} wrong or uncited answers")
    print(f"verify a 3-sentence answer: p50 {verify_p50:.2f} ms, p95 {verify_p95:.2f} ms over {verify_n} answers, warm "
          "(target <= 5 ms)")
    print(f"peak RSS: this process {peak_mb:.0f} MiB; largest CLI child {child_mb:.0f} MiB")


if __name__ == "__main__":
    main()

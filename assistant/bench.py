"""``make bench``: figures on this machine, printed, never asserted.

Index build of the article (after the model is loaded), warm ``ask`` latency over the canned
questions, cold starts (``import assistant``, ``python -m assistant ask``, the web chat's first
HTTP 200 and first answer, the first answer after ``Assistant()``) for an index of 1 article and of
100 generated from it, claim verification, and peak memory.
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


def _median_cold(cmd: list[str], env: dict[str, str], runs: int = 3) -> float:
    """Median wall time of ``runs`` fresh processes, after one untimed run: as after installing,
    bytecode is compiled and the disk cache warm, so the figure is not Python compiling our modules."""
    subprocess.run(cmd, env=env, check=True, capture_output=True)
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


FIRST_ANSWER = (
    "import sys, time; from assistant import Assistant; bot = Assistant(); t = time.perf_counter(); "
    "bot.ask(sys.argv[1]); print(time.perf_counter() - t)"
)


def _first_answer(env: dict[str, str], question: str, runs: int = 3) -> float:
    """Median, over fresh processes, of the first ``ask`` after ``Assistant()``, in seconds."""
    out = []
    for _ in range(runs):
        done = subprocess.run([sys.executable, "-c", FIRST_ANSWER, question], env=env, check=True, capture_output=True, text=True)
        out.append(float(done.stdout.strip().splitlines()[-1]))
    return statistics.median(out)


def _chat_start(env: dict[str, str], runs: int = 3) -> tuple[float, float]:
    """Median seconds from starting ``app.py`` to its first HTTP 200, and to its first answer."""
    import socket
    import urllib.request

    from gradio_client import Client

    app_py = Path(__file__).resolve().parent.parent / "app.py"
    served, answered = [], []
    for _ in range(runs):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        url = f"http://127.0.0.1:{port}/"
        t = time.perf_counter()
        proc = subprocess.Popen([sys.executable, str(app_py)], env={**env, "ASSISTANT_PORT": str(port)},
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            while True:
                try:
                    with urllib.request.urlopen(url, timeout=1) as r:
                        if r.status == 200:
                            break
                except OSError:
                    if proc.poll() is not None:
                        raise RuntimeError("app.py exited before serving") from None
                    time.sleep(0.05)
            served.append(time.perf_counter() - t)
            Client(url, verbose=False).predict("Where was Biden?", api_name="/chat")
            answered.append(time.perf_counter() - t)
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    return statistics.median(served), statistics.median(answered)


def write_copies(folder: Path, n: int) -> list[Path]:
    """``n`` articles made from the shipped one: each copy's paragraphs reordered and its sentences
    numbered, so every passage and sentence is new to the index."""
    import random

    from index import SHIPPED_ARTICLE, split_sentences

    lines = SHIPPED_ARTICLE.read_text(encoding="utf-8").splitlines()
    title, head, body = lines[0], lines[1:3], "\n".join(lines[3:])
    paragraphs = [p for p in body.split("\n\n") if p.strip()]
    out = []
    for i in range(n):
        order = paragraphs[:]
        random.Random(i).shuffle(order)
        numbered = [" ".join(f"({i}.{k}) {s.text}" for k, s in enumerate(split_sentences(p), 1)) for p in order]
        path = folder / f"copy-{i:03d}.txt"
        path.write_text("\n".join([f"{title} (copy {i})", *head, "", *[x + "\n" for x in numbered]]), encoding="utf-8")
        out.append(path)
    return out


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
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # a user's Python keeps the bytecode it compiles
        ask = [sys.executable, "-m", "assistant", "ask", "Why was the trip postponed?"]
        import_s = _median_cold([sys.executable, "-c", "import assistant"], env)
        cold = {1: (_median_cold(ask, env), _first_answer(env, "Why was the trip postponed?"))}
        chat_start = _chat_start(env)
        chat = _chat_load(bot, Path(tmp) / "b0")

        many = Path(tmp) / "many"
        copies = write_copies(Path(tmp), 100)
        env_many = {**env, "ASSISTANT_CHROMA_PATH": str(many)}
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "assistant", "index", *map(str, copies)], env=env_many, check=True,
                       capture_output=True)
        index_many_s = time.perf_counter() - t
        cold[100] = (_median_cold(ask, env_many), _first_answer(env_many, "Why was the trip postponed?"))
    verify_p50, verify_p95, verify_n = _verify_bench()

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"machine: {os.cpu_count()} cores; embeddings: {emb.backend}, {emb.threads} thread(s)")
    print(f"model load:                 {load_s:.2f} s")
    print(f"index build (article):      median {statistics.median(builds) * 1000:.0f} ms over 3 fresh stores (target <= 1000 ms)")
    print(f"re-index, nothing changed:  {noop_s * 1000:.0f} ms")
    print(f"warm ask latency:           p50 {_pct(latencies, 0.5):.1f} ms, p95 {_pct(latencies, 0.95):.1f} ms "
          f"over {len(latencies)} questions (target p50 <= 30 ms)")
    print(f"cold `import assistant`:    median {import_s:.2f} s over 3 processes (target <= 0.5 s)")
    for n, (cold_s, first_s) in cold.items():
        print(f"{n:>3} article(s): cold `python -m assistant ask` median {cold_s:.2f} s (target <= 1.5 s); "
              f"first answer after Assistant() {first_s * 1000:.0f} ms (target <= 50 ms), medians of 3 processes")
    print(f"indexing 100 articles:      {index_many_s:.0f} s (one `python -m assistant index` process)")
    print(f"web chat start: first HTTP 200 after {chat_start[0]:.2f} s (target <= 3 s), first answer after "
          f"{chat_start[1]:.2f} s, medians of 3 `app.py` processes")
    print(f"web chat, 20 concurrent clients x 5 questions: wall {chat[0]:.1f} s, p95 {chat[1]:.0f} ms, "
          f"p50 {chat[2]:.0f} ms, {chat[3]} wrong or uncited answers")
    print(f"verify a 3-sentence answer: p50 {verify_p50:.2f} ms, p95 {verify_p95:.2f} ms over {verify_n} answers, warm "
          "(target <= 5 ms)")
    print(f"peak RSS: this process {peak_mb:.0f} MiB; largest CLI child {child_mb:.0f} MiB")


if __name__ == "__main__":
    main()

"""The snapshot indexing keeps next to an embedded store: asking reads it instead of starting
Chroma, answers exactly as Chroma would, never writes to the store, and is never trusted once the
store has changed or the copy is damaged. Real Chroma stores, real embeddings, real subprocesses."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from assistant import Assistant, Settings
from index import build_index, open_store, snapshot
from index.snapshot import SnapshotStore, snapshot_path
from tests.conftest import first_question_lexicon_reads
from tests.test_startup import modules_after

QUESTIONS = ["Why was the trip postponed?", "Where did Xi meet Blinken?", "Did Biden visit China?", "Who is Antony Blinken?"]


def _files(store: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in store.rglob("*") if p.is_file()}


def _indexed(tmp_path: Path, *files: Path) -> Path:
    """A store indexed the way users index: the command line (which keeps the snapshot)."""
    store = tmp_path / "store"
    env = {**os.environ, "ASSISTANT_CHROMA_PATH": str(store)}
    done = subprocess.run([sys.executable, "-m", "assistant", "index", *map(str, files)], env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert snapshot_path(store, "article").is_file()
    return store


def test_asking_from_the_snapshot_starts_no_chroma_and_answers_as_chroma_does(bot):
    store = str(bot.settings.chroma_path)
    bot.keep_warm_vectors()  # as indexing does: the session store gets its snapshot
    probe = (
        "import json\nfrom assistant import Assistant, Settings\n"
        f"bot = Assistant(Settings(chroma_path={store!r}))\n"
        f"print(json.dumps([json.loads(bot.ask(q).model_dump_json()) for q in {QUESTIONS!r}]))\n"
    )
    fast = modules_after(probe)
    slow = modules_after(probe, ASSISTANT_SNAPSHOT="false")
    assert "chromadb" not in fast and "chromadb" in slow

    def answers(**env: str) -> list[dict]:
        done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env={**os.environ, **env}, timeout=300)
        return json.loads(done.stdout.strip().splitlines()[-1])

    for mine, chroma in zip(answers(), answers(ASSISTANT_SNAPSHOT="false"), strict=True):
        assert mine["text"] == chroma["text"] and mine["citations"] == chroma["citations"]
        assert [r["passage_id"] for r in mine["retrieved"]] == [r["passage_id"] for r in chroma["retrieved"]]
        for a, b in zip(mine["retrieved"], chroma["retrieved"]):  # exact cosine here, Chroma's float32 there
            assert abs(a["dense_score"] - b["dense_score"]) < 1e-5 and a["score"] == b["score"]


def test_asking_leaves_every_file_of_the_store_as_it_was(tmp_path, article_copy):
    store = _indexed(tmp_path, article_copy)
    before = _files(store)
    env = {**os.environ, "ASSISTANT_CHROMA_PATH": str(store)}
    done = subprocess.run([sys.executable, "-m", "assistant", "ask", "Who met Xi?"], env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0 and "Blinken" in done.stdout, done.stderr
    assert _files(store) == before  # Chroma records each client that opens it; asking opened none


def test_a_read_only_store_answers_from_its_snapshot(tmp_path, article_copy):
    """A shared or mounted index the user cannot write to: asking needs no write at all. Permission
    bits do not bind root, so the CLI runs in a user namespace whose user does not own the store."""
    store = _indexed(tmp_path, article_copy)
    for p in [store, *store.rglob("*")]:
        p.chmod(p.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    before = _files(store)
    assert shutil.which("unshare"), "util-linux unshare is needed to drop root's override of permissions"
    done = subprocess.run(
        ["unshare", "--map-user=65534", "--map-group=65534", sys.executable, "-m", "assistant", "ask",
         "Why was the trip postponed?"],
        env={**os.environ, "ASSISTANT_CHROMA_PATH": str(store)}, capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0 and "balloon" in done.stdout, done.stderr
    assert _files(store) == before


@pytest.mark.parametrize("trust_stats", [False, True], ids=["fingerprint", "file-stats"])
def test_a_store_changed_after_its_snapshot_is_read_from_chroma(tmp_path, article_copy, monkeypatch, trust_stats):
    """Another process indexes a new file without a snapshot: a running reader and a new one both
    answer from the store as it is now, never from the stale copy. Also when the reader skips
    the fingerprint while the database files' stats are unchanged (trusted at once here)."""
    if trust_stats:
        monkeypatch.setattr(snapshot, "SETTLED_NS", 0)
    store = _indexed(tmp_path, article_copy)
    reader = Assistant(Settings(chroma_path=store))
    assert isinstance(reader.store, SnapshotStore)
    assert reader.ask("Where was the summit on fisheries held?").declined
    other = tmp_path / "fisheries.txt"
    other.write_text(
        "Fisheries summit ends in Oslo\n\nThe fisheries summit was held in Oslo, where ministers agreed on new quotas.\n",
        encoding="utf-8",
    )
    build_index(open_store(path=store, url=None, embeddings=reader.embeddings), [article_copy, other])
    for bot in (reader, Assistant(Settings(chroma_path=store))):
        answer = bot.ask("Where was the fisheries summit held?")
        assert not answer.declined and "Oslo" in answer.text, answer.text
        assert answer.citations[0].source == str(other)
        assert bot.source_text(str(other)).startswith("Fisheries summit ends in Oslo")


def test_a_damaged_snapshot_is_ignored_with_a_notice(tmp_path, article_copy, caplog):
    store = _indexed(tmp_path, article_copy)
    snapshot_path(store, "article").write_bytes(b"not a snapshot")
    with caplog.at_level("WARNING"):
        bot = Assistant(Settings(chroma_path=store))
    assert not isinstance(bot.store, SnapshotStore)
    assert "balloon" in bot.ask("Why was the trip postponed?").text
    notices = [r.getMessage() for r in caplog.records if "snapshot" in r.getMessage()]
    assert len(notices) == 1 and "python -m assistant index" in notices[0], notices
    assert isinstance(Assistant(Settings(chroma_path=store)).store, SnapshotStore)  # the first start wrote a sound one


def test_a_store_without_a_snapshot_gets_one_at_start(tmp_path, article_copy):
    """A store indexed before snapshots existed (or whose snapshot was deleted): the first start
    reads Chroma and writes the snapshot file (no other file), the next starts no Chroma and
    answers alike."""
    store = _indexed(tmp_path, article_copy)
    snapshot_path(store, "article").unlink()
    before = _files(store)
    first = Assistant(Settings(chroma_path=store))
    assert not isinstance(first.store, SnapshotStore)
    after = _files(store)
    assert set(after) - set(before) == {snapshot_path(store, "article")} and set(before) <= set(after)
    second = Assistant(Settings(chroma_path=store))
    assert isinstance(second.store, SnapshotStore)
    for q in QUESTIONS:
        assert second.ask(q).model_dump(exclude={"retrieved"}) == first.ask(q).model_dump(exclude={"retrieved"})


def test_the_snapshot_keeps_the_lexicon_facts_the_first_question_would_read(tmp_path, article_copy):
    """The first question after a start read thousands of WordNet facts from SQLite, most of its
    time: indexing keeps those the corpus needs in the snapshot, and a start reads them back."""
    store = _indexed(tmp_path, article_copy)
    kept = snapshot.load_snapshot(store, "article", Assistant(Settings(chroma_path=store)).embeddings.model_name)
    assert kept is not None and len(kept.extras["lexicon"]["read"]) > 1000

    with_facts = first_question_lexicon_reads({"chroma_path": str(store)})
    without = first_question_lexicon_reads({"chroma_path": str(store)}, ASSISTANT_SNAPSHOT="false")
    assert with_facts[1] == without[1]
    assert with_facts[0] * 10 < without[0], (with_facts[0], without[0])


def test_snapshot_extras_that_are_not_lexicon_facts_are_ignored(tmp_path, article_copy):
    store = _indexed(tmp_path, article_copy)
    bot = Assistant(Settings(chroma_path=store))
    for extras in ({"lexicon": "not facts"}, {"lexicon": {"lexicon": "another lexicon", "read": [["synsets", "meet", [1]]]}},
                   {"lexicon": {"lexicon": None, "read": [[1, 2]]}}):
        assert snapshot.write_snapshot(bot.store.writable(), extras) is not None
        again = Assistant(Settings(chroma_path=store))
        assert isinstance(again.store, SnapshotStore) and "balloon" in again.ask("Why was the trip postponed?").text

"""The store never answers from data the user did not ask for: interrupted, emptied and mid-rebuild
states are refused with the fix, on a real embedded Chroma store."""

from __future__ import annotations

import re

import pytest

from assistant import Assistant, Settings
from index import SHIPPED_ARTICLE, PassageStore, StoreError, build_index, load_article, open_store, split_article


@pytest.fixture
def embeddings():
    return Settings().embeddings()


def test_a_store_never_indexed_gets_the_shipped_article_and_a_manifest(tmp_path):
    bot = Assistant(Settings(chroma_path=tmp_path / "db"))
    assert bot.store.state() == "complete"
    (source,) = bot.store.manifest()["sources"]
    assert source["source"].endswith("article.txt") and source["passages"] == bot.store.count()
    assert len(source["sha256"]) == 64


def test_interrupted_indexing_of_the_user_s_file_is_refused_not_replaced(tmp_path, article_copy, embeddings, monkeypatch):
    store = open_store(path=tmp_path / "db", url=None, embeddings=embeddings)
    calls = {"n": 0}
    real_add = store._collection.add

    def add_then_die(**kwargs):
        calls["n"] += 1
        real_add(**{k: v[:1] for k, v in kwargs.items()})  # one passage lands, then the process "dies"
        raise KeyboardInterrupt

    monkeypatch.setattr(store._collection, "add", add_then_die)
    with pytest.raises(KeyboardInterrupt):
        build_index(store, [article_copy])
    monkeypatch.undo()
    assert store.state() == "indexing" and store.count() == 1
    with pytest.raises(StoreError, match="interrupted.*python -m assistant index"):
        Assistant(Settings(chroma_path=tmp_path / "db"))
    assert store.count() == 1  # the shipped article was not indexed behind the user's back
    build_index(store, [article_copy])  # the fix the message gives
    assert store.state() == "complete"
    assert "balloon" in Assistant(Settings(chroma_path=tmp_path / "db")).ask("Why was the trip postponed?").text


def test_an_emptied_store_is_an_error_not_the_shipped_article(tmp_path, embeddings):
    store = open_store(path=tmp_path / "db", url=None, embeddings=embeddings)
    build_index(store, [SHIPPED_ARTICLE])
    store.sync([])  # everything removed
    assert store.count() == 0 and store.state() == "complete"
    with pytest.raises(StoreError, match="is empty"):
        Assistant(Settings(chroma_path=tmp_path / "db"))
    assert store.count() == 0


def _names(store: PassageStore) -> set[str]:
    return {c.name for c in store.client.list_collections()}


def _partly_filled_generation(store: PassageStore, name: str, path, monkeypatch) -> None:
    """A rebuild that died while filling its new generation, before flipping the pointer."""
    article = load_article(path)
    staging = PassageStore(store.client, store.embeddings, name, verify_model=False, family="article")
    real_add = staging._collection.add

    def add_then_die(**kwargs):
        real_add(**{k: v[:1] for k, v in kwargs.items()})
        raise KeyboardInterrupt

    monkeypatch.setattr(staging._collection, "add", add_then_die)
    with pytest.raises(KeyboardInterrupt):
        staging.sync([(article, split_article(article))])
    monkeypatch.undo()
    assert staging.count() == 1 and staging.state() == "indexing"


def test_an_interrupted_rebuild_leaves_readers_answering_from_the_old_index(tmp_path, article_copy, monkeypatch):
    bot = Assistant(Settings(chroma_path=tmp_path / "db"))
    assert not bot.ask("Where was Biden?").declined
    assert bot.store is not None
    _partly_filled_generation(bot.store, "article-gen-0badcafe", article_copy, monkeypatch)
    answer = bot.ask("Why was the trip postponed?")  # the running reader: no "ask again", no error
    assert "balloon" in answer.text and answer.citations[0].source == str(SHIPPED_ARTICLE)
    assert bot.store.generation == 0
    fresh = Assistant(Settings(chroma_path=tmp_path / "db"))  # a new reader opens the old index too
    assert fresh.ask("Why was the trip postponed?").citations[0].source == str(SHIPPED_ARTICLE)
    build_index(open_store(path=tmp_path / "db", url=None, embeddings=bot.embeddings, rebuild=True),
                [article_copy], rebuild=True)  # the fix: the next rebuild finishes and drops the leftover
    assert "article-gen-0badcafe" not in _names(bot.store)
    assert bot.ask("Why was the trip postponed?").citations[0].source == str(article_copy)


@pytest.mark.parametrize("staging", ["article-gen-0badcafe", "article-rebuild"])  # the legacy staging name too
def test_a_reader_during_the_first_rebuild_of_an_empty_store_waits_instead_of_indexing(tmp_path, embeddings, staging):
    from index.store import open_client

    client = open_client(tmp_path / "db")
    PassageStore(client, embeddings, staging, verify_model=False, family="article")  # being filled, no pointer
    with pytest.raises(StoreError, match="being rebuilt; ask again") as err:
        Assistant(Settings(chroma_path=tmp_path / "db"))
    assert "damaged" not in str(err.value)
    assert {c.name for c in client.list_collections()} == {staging}  # nothing was created
    store = open_store(path=tmp_path / "db", url=None, embeddings=embeddings, rebuild=True)
    assert "article" not in _names(store)  # nor by the rebuild: a reader could fill it meanwhile
    build_index(store, [SHIPPED_ARTICLE], rebuild=True)
    assert _names(store) == {store.collection_name, "article-current", "article-sources"}
    assert "balloon" in Assistant(Settings(chroma_path=tmp_path / "db")).ask("Why was the trip postponed?").text


def test_a_pointer_to_a_missing_collection_is_an_error_not_a_fresh_index(tmp_path, embeddings):
    store = open_store(path=tmp_path / "db", url=None, embeddings=embeddings)
    build_index(store, [SHIPPED_ARTICLE], rebuild=True)
    store.client.delete_collection(store.collection_name)  # say, dropped by hand
    with pytest.raises(StoreError, match="cannot open collection 'article'"):
        Assistant(Settings(chroma_path=tmp_path / "db"))
    assert not any(n == "article" or n.startswith("article-gen-") for n in _names(store))


def test_a_reader_holding_the_store_answers_from_the_new_index_after_a_rebuild(tmp_path, article_copy, embeddings):
    bot = Assistant(Settings(chroma_path=tmp_path / "db"))
    assert "California" in bot.ask("Where was Biden when he praised Blinken?").text
    text = article_copy.read_text(encoding="utf-8").splitlines()
    article_copy.write_text("\n".join(["A rebuilt headline about Xi and Blinken", *text[1:]]), encoding="utf-8")
    other = open_store(path=tmp_path / "db", url=None, embeddings=embeddings)
    build_index(other, [article_copy], rebuild=True)
    answer = bot.ask("Why was Blinken's trip postponed?")
    assert not answer.declined and "balloon" in answer.text
    assert answer.citations[0].source == str(article_copy)
    assert bot.source_text(answer.citations[0].source).startswith("A rebuilt headline")
    assert bot.store is not None and bot.store.generation == 1
    assert bot.store.collection_name == other.collection_name


def test_an_old_style_store_opens_and_its_first_rebuild_migrates_it(tmp_path, embeddings):
    store = open_store(path=tmp_path / "db", url=None, embeddings=embeddings)
    build_index(store, [SHIPPED_ARTICLE])  # a store as earlier versions left it: "article", no pointer
    store.client.get_or_create_collection("article-rebuild", embedding_function=None)  # an old rebuild's leftover
    assert store.collection_name == "article" and "article-current" not in _names(store)
    bot = Assistant(Settings(chroma_path=tmp_path / "db"))
    assert bot.store is not None and bot.store.collection_name == "article"
    assert "balloon" in bot.ask("Why was the trip postponed?").text
    build_index(open_store(path=tmp_path / "db", url=None, embeddings=embeddings, rebuild=True), [SHIPPED_ARTICLE],
                rebuild=True)
    assert "balloon" in bot.ask("Why was the trip postponed?").text and bot.store.generation == 1
    assert re.fullmatch(r"article-gen-[0-9a-f]{8}", bot.store.collection_name)
    assert _names(store) == {bot.store.collection_name, "article-current", "article-sources"}  # no "article"


def test_citations_are_checkable_from_the_store_when_the_file_is_gone(tmp_path, article_copy):
    from tests.test_cli import run

    store = tmp_path / "db"
    bot = Assistant(Settings(chroma_path=store), build_if_missing=False)
    bot.index([article_copy])
    text = article_copy.read_text(encoding="utf-8")
    article_copy.unlink()  # moved, deleted, or another checkout's file
    answer = bot.ask("Why was the trip postponed?")
    c = answer.citations[0]
    assert c.source == str(article_copy) and bot.source_text(c.source) == text
    assert bot.source_text(c.source)[c.start : c.end] == c.quote
    questions = tmp_path / "q.jsonl"
    questions.write_text('{"id": "a", "question": "Where was Biden?", "expect": [["California"]], '
                         '"evidence": "while visiting California"}\n', encoding="utf-8")
    done = run(["eval", "--questions", str(questions), "--out", str(tmp_path / "r")], store)
    assert done.returncode == 0, done.stderr  # no FileNotFoundError: texts come from the store
    with pytest.raises(StoreError, match="not in the index"):
        bot.source_text("/nowhere/else.txt")


def test_a_new_process_reads_the_corpus_vectors_indexing_kept_instead_of_embedding_them_again(tmp_path):
    from index import SentenceEmbeddings

    first = Assistant(Settings(chroma_path=tmp_path / "db"))  # builds the shipped article and keeps its vectors
    assert first.store.cached_vectors(["nothing like this was ever embedded"]) == {}

    encoded: list[str] = []
    real = SentenceEmbeddings.encode

    def counting(self, texts):
        encoded.extend(texts)
        return real(self, texts)

    SentenceEmbeddings.encode = counting
    try:
        second = Assistant(Settings(chroma_path=tmp_path / "db"))
        answer = second.ask("Why was Blinken's trip postponed?")
    finally:
        SentenceEmbeddings.encode = real
    assert "balloon" in answer.text
    asked = set(re.findall(r"[\w']+", answer.question.lower()))
    # only the question and its own words were embedded: no article sentence, nor a sentence
    # read with its "he" named ("Recognizing the instability ..., Blinken emphasized ...")
    assert [t for t in encoded if not set(re.findall(r"[\w']+", t.lower())) <= asked] == []
    assert encoded and len(encoded) < 30


def test_rebuilds_leave_no_stale_collections_nor_orphaned_segment_folders(tmp_path, embeddings):
    def folders():
        return sorted(p.name for p in (tmp_path / "db").iterdir() if p.is_dir())

    bot = Assistant(Settings(chroma_path=tmp_path / "db"))  # builds the shipped article and keeps its vectors
    after_first = folders()
    for _ in range(2):
        store = open_store(path=tmp_path / "db", url=None, embeddings=embeddings, rebuild=True)
        build_index(store, [SHIPPED_ARTICLE], rebuild=True)
    assert len(folders()) == len(after_first)  # each rebuild used to leave its old segment folder behind
    live = store.collection_name
    assert re.fullmatch(r"article-gen-[0-9a-f]{8}", live)
    assert _names(store) == {live, "article-current", "article-sources", "article-vectors"}
    assert "balloon" in bot.ask("Why was the trip postponed?").text  # the running reader followed both
    # a sync drops a stale generation (an interrupted rebuild's) but never the live one
    store.client.get_or_create_collection("article-gen-deadbeef", embedding_function=None)
    build_index(open_store(path=tmp_path / "db", url=None, embeddings=embeddings), [SHIPPED_ARTICLE])
    assert _names(store) == {live, "article-current", "article-sources", "article-vectors"}
    assert "balloon" in Assistant(Settings(chroma_path=tmp_path / "db")).ask("Why was the trip postponed?").text


def test_a_running_assistant_keeps_answering_after_another_process_rebuilds_the_store(tmp_path, article_copy):
    """The web chat keeps its store open while someone runs `index --rebuild`: the next question
    reads the new collection (and its new text), never "the index is damaged"."""
    import os
    import subprocess
    import sys

    store = tmp_path / "store"
    bot = Assistant(Settings(chroma_path=store))
    assert "California" in bot.ask("Where was Biden when he praised Blinken?").text
    text = article_copy.read_text(encoding="utf-8").splitlines()
    article_copy.write_text("\n".join(["A rebuilt headline about Xi and Blinken", *text[1:]]), encoding="utf-8")
    env = {**os.environ, "ASSISTANT_CHROMA_PATH": str(store)}
    done = subprocess.run([sys.executable, "-m", "assistant", "index", "--rebuild", str(article_copy)], env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    answer = bot.ask("Why was Blinken's trip postponed?")
    assert not answer.declined and "balloon" in answer.text
    assert answer.citations[0].source == str(article_copy)  # the rebuilt index, not the old one
    assert bot.source_text(answer.citations[0].source).startswith("A rebuilt headline")


def test_a_read_only_store_is_called_read_only_not_damaged(tmp_path, article_copy, embeddings):
    """Chroma writes to its folder even to answer, so a store the user cannot write to fails; the
    error must say why and how to fix it, not "damaged, move it aside and rebuild". Permission
    bits do not bind root, so the CLI runs in a user namespace whose user does not own the store
    (util-linux `unshare`, present on Debian and on CI)."""
    import os
    import shutil
    import stat
    import subprocess
    import sys

    store = tmp_path / "store"
    build_index(open_store(path=store, url=None, embeddings=embeddings), [article_copy])
    for p in [store, *store.rglob("*")]:  # read-only for everyone, as a shared or mounted index is
        p.chmod(p.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    before = {p: p.read_bytes() for p in store.rglob("*") if p.is_file()}
    assert shutil.which("unshare"), "util-linux unshare is needed to drop root's override of permissions"
    env = {**os.environ, "ASSISTANT_CHROMA_PATH": str(store)}
    done = subprocess.run(
        ["unshare", "--map-user=65534", "--map-group=65534", sys.executable, "-m", "assistant", "ask", "Who met Xi?"],
        env=env, capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 2, (done.stdout, done.stderr)
    err = done.stderr.strip().splitlines()
    assert len(err) == 1 and "read-only" in err[0] and "chmod -R u+w" in err[0] and "damaged" not in err[0], err
    assert {p: p.read_bytes() for p in store.rglob("*") if p.is_file()} == before


def test_a_rebuild_of_a_file_that_cannot_be_read_leaves_an_empty_store_usable(tmp_path):
    """The files are read before the store is opened: a failed `index --rebuild` leaves no half-made
    generation behind for readers to wait on."""
    from tests.test_cli import run

    store = tmp_path / "db"
    done = run(["index", "--rebuild", str(tmp_path / "missing.txt")], store)
    assert done.returncode != 0 and "missing.txt" in done.stderr
    bot = Assistant(Settings(chroma_path=store))  # never indexed: it gets the shipped article
    assert "balloon" in bot.ask("Why was the trip postponed?").text

"""The Chroma store of passages: embedded on disk by default, a Chroma server when a URL is given.

Chroma is the single source of truth: BM25 and sentence look-ups are rebuilt from what it holds,
so dense and lexical retrieval can never disagree about which passages exist.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import shutil
import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from typing import TYPE_CHECKING, Any

from index.article import Article
from index.embeddings import SentenceEmbeddings
from index.errors import ModelMismatchError, StoreError
from index.split import Passage

if TYPE_CHECKING:  # chromadb is imported where a store is opened: asking from a snapshot never starts it
    import chromadb
    from langchain_chroma import Chroma

log = logging.getLogger(__name__)

REBUILD_HINT = "python -m assistant index --rebuild"
_BATCH = 256
STATE, MANIFEST = "index_state", "manifest"
"""Collection metadata: "indexing" while a sync writes, "complete" with a manifest of what was indexed."""
POINTER = "collection"
"""Metadata key of the "<family>-current" collection: the physical collection readers use."""


@dataclass(frozen=True)
class StoredPassage:
    id: str
    text: str
    metadata: dict


@dataclass(frozen=True)
class SyncReport:
    added: int
    removed: int
    updated: int
    unchanged: int

    def __str__(self) -> str:
        return f"{self.added} added, {self.removed} removed, {self.updated} updated, {self.unchanged} unchanged"


def open_client(path: str | Path | None = None, url: str | None = None) -> chromadb.ClientAPI:
    """An embedded client at ``path``, or an HTTP client when ``url`` is set (the scale-out path)."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    settings = ChromaSettings(anonymized_telemetry=False)
    if url:
        parsed = urlparse(url if "://" in url else f"http://{url}")
        if parsed.scheme not in ("http", "https") or not parsed.hostname:
            raise StoreError(f"ASSISTANT_CHROMA_URL={url!r} is not an http(s) URL such as http://127.0.0.1:8000")
        port = parsed.port or (443 if parsed.scheme == "https" else 8000)
        try:
            client = chromadb.HttpClient(
                host=parsed.hostname, port=port, ssl=parsed.scheme == "https", settings=settings
            )
            client.heartbeat()
        except Exception as exc:  # chromadb raises several unrelated types for a dead server
            raise StoreError(
                f"cannot reach the Chroma server at {url} ({type(exc).__name__}: {exc}); "
                "start it with `chroma run --path DIR --port PORT` or unset ASSISTANT_CHROMA_URL"
            ) from exc
        return client
    if path is None:
        raise StoreError("no Chroma location: set ASSISTANT_CHROMA_PATH or ASSISTANT_CHROMA_URL")
    p = Path(path).expanduser()
    if p.exists() and not p.is_dir():
        raise StoreError(f"Chroma path {p} exists and is not a folder")
    db = p / "chroma.sqlite3"
    if db.is_file() and db.stat().st_size == 0:  # Chroma would quietly start a new, empty store
        raise damaged(p, "its database file is empty")
    try:
        p.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(p), settings=settings)
    except Exception as exc:
        raise damaged(p, f"{type(exc).__name__}: {exc}") from exc


_DAMAGE = ("malformed", "not a database", "no such table", "no such column", "corrupt", "disk image")


_READ_ONLY = ("readonly database", "read-only file system", "permission denied")


def damaged(where: str | Path, detail: str) -> StoreError:
    """One message for every kind of damage: which store, and how to get a working one back.
    A store Chroma cannot write to is not damaged: Chroma writes to its folder even to read (it
    records each client that opens it), so the fix is write access or a copy, never a rebuild."""
    if any(mark in detail.lower() for mark in _READ_ONLY):
        return StoreError(
            f"the index at {where} is read-only, and Chroma must write to its folder even to answer; "
            f"give it write access (chmod -R u+w {where}) or answer from a copy "
            f"(cp -r {where} /tmp/index && ASSISTANT_CHROMA_PATH=/tmp/index ...)"
        )
    return StoreError(
        f"the index at {where} is damaged ({detail.strip().splitlines()[0][:200]}); move it aside "
        f"(mv {where} {where}.broken) and index again with `python -m assistant index [FILES]`"
    )


class PassageStore:
    """One Chroma collection of passages, tagged with the embedding model that made its vectors."""

    def __init__(
        self,
        client: chromadb.ClientAPI,
        embeddings: SentenceEmbeddings,
        collection: str = "article",
        *,
        verify_model: bool = True,
        family: str | None = None,
        location: str | None = None,
        embedded: bool = False,
    ) -> None:
        """``collection`` names a family, resolved through its pointer to the collection in use; a
        rebuild's staging store passes a physical name and ``family`` (it shares the sidecars)."""
        self.client = client
        self.embeddings = embeddings
        self.location = location or "the Chroma store"
        self.embedded = embedded
        self.family = family or collection
        self.follows_pointer = collection == self.family
        self.sources_name = f"{self.family}-sources"
        self.vectors_name = f"{self.family}-vectors"
        self.extras_name = f"{self.family}-extras"
        self.pointer_name = f"{self.family}-current"
        name, create = collection, True
        if self.follows_pointer:
            name, names = self._resolve()
            create = name == self.family  # a pointer's target is complete: never create it
            if create and name not in names:
                if verify_model and _staging(self.family, names):  # a first-ever rebuild is filling a generation
                    raise self._being_rebuilt()
                if not verify_model:  # a rebuild never creates the bare collection a reader would fill
                    name = _new_generation(self.family)
        self.collection_name = name  # physical: the family's own name, or a generation a rebuild made
        self._collection = self._open(name, verify_model, create)

    def _resolve(self) -> tuple[str, set[str]]:
        """The live collection's name and every collection's name, from one listing: the pointer's
        target once a rebuild flipped it, else the family's own name (a store never rebuilt)."""
        try:
            listed = {c.name: c.metadata or {} for c in self.client.list_collections()}
        except Exception as exc:  # a damaged store or a dead server, never "no pointer"
            raise self._open_failed(exc) from exc
        target = listed.get(self.pointer_name, {}).get(POINTER)
        return (target if isinstance(target, str) and target else self.family), set(listed)

    def _being_rebuilt(self) -> StoreError:
        return StoreError(
            f"the index collection {self.family!r} is being rebuilt; ask again when it finishes "
            f"(if no rebuild is running, it was interrupted: run `{REBUILD_HINT}`)"
        )

    def _refuse_mid_rebuild(self) -> None:
        """A store whose only index is a generation not yet pointed to is mid first rebuild: "ask again"."""
        try:
            name, names = self._resolve()
        except StoreError:  # a courtesy check: the caller reports the real failure
            return
        if name == self.family and name not in names and _staging(self.family, names):
            raise self._being_rebuilt()

    def _metadata(self) -> dict:
        """The collection's metadata as stored now (another process may have written it), read
        from the collection in use, following a rebuild elsewhere."""
        return self._read(lambda col: self.client.get_collection(col.name, embedding_function=None).metadata or {})

    def state(self) -> str | None:
        """None for a collection never indexed, "indexing" for an interrupted sync, "complete"."""
        return self._metadata().get(STATE)

    def manifest(self) -> dict | None:
        raw = self._metadata().get(MANIFEST)
        return json.loads(raw) if raw else None

    def _sources(self):
        return self.client.get_or_create_collection(self.sources_name, embedding_function=None)

    def _store_sources(self, articles: list[tuple[Article, list[Passage]]]) -> None:
        """Each source's full text, keyed by its sha256, so a citation can be checked from the store
        alone (the file may be gone, or belong to another checkout)."""
        col = self._sources()
        keep = {hashlib.sha256(a.text.encode("utf-8")).hexdigest(): a for a, _ in articles}
        have = set(col.get(include=[])["ids"])
        new = [h for h in keep if h not in have]
        if new:  # Chroma stores vectors with every record: a placeholder, never searched
            col.add(ids=new, documents=[keep[h].text for h in new], embeddings=[[0.0] for _ in new])

    def cached_vectors(self, texts: list[str]) -> dict[str, list[float]]:
        """Vectors the store keeps for derived texts (sentences, words), by model and text: a new
        process reads them instead of embedding the whole corpus again. Missing ones are absent."""
        keys = {vector_key(self.embeddings.model_name, t): t for t in dict.fromkeys(texts)}
        try:
            col = self.client.get_collection(self.vectors_name)
            got = col.get(ids=list(keys), include=["embeddings"])
        except Exception as exc:  # none kept yet, or unreadable: embedding again is always correct
            log.debug("no kept vectors (%s)", exc)
            return {}
        return {keys[i]: [float(x) for x in v] for i, v in zip(got["ids"], got["embeddings"]) if i in keys}

    def keep_vectors(self, vectors: dict[str, list[float]]) -> None:
        """Keep exactly these derived vectors (called when indexing, never when asking)."""
        col = self.client.get_or_create_collection(self.vectors_name, embedding_function=None)
        wanted = {vector_key(self.embeddings.model_name, t): v for t, v in vectors.items()}
        stale = [i for i in col.get(include=[])["ids"] if i not in wanted]
        for i in range(0, len(stale), _BATCH):
            col.delete(ids=stale[i : i + _BATCH])
        ids = list(wanted)
        for i in range(0, len(ids), _BATCH):
            chunk = ids[i : i + _BATCH]
            col.upsert(ids=chunk, embeddings=[list(wanted[k]) for k in chunk])

    def keep_extras(self, extras: dict[str, Any]) -> None:
        """Keep derived data (JSON, one record per name) in the store itself: with a Chroma server
        every client reads what indexing computed. Each record replaces the last of its name."""
        if not extras:
            return
        col = self.client.get_or_create_collection(self.extras_name, embedding_function=None)
        names = list(extras)  # Chroma stores a vector with every record: a placeholder, never searched
        col.upsert(ids=names, documents=[json.dumps(extras[n]) for n in names], embeddings=[[0.0] for _ in names])

    def kept_extras(self) -> dict[str, Any]:
        """What ``keep_extras`` kept; a damaged record is left out with a one-line notice (whoever
        needs it derives it again), none kept is ``{}``."""
        try:
            got = self.client.get_collection(self.extras_name).get(include=["documents"])
        except Exception as exc:  # none kept yet
            log.debug("no kept extras (%s)", exc)
            return {}
        out: dict[str, Any] = {}
        for name, doc in zip(got["ids"], got["documents"]):
            try:
                out[name] = json.loads(doc or "")
            except ValueError:
                log.warning("the %r data kept in %s is damaged and was ignored; indexing again rewrites it", name, self.location)
        return out

    def source_text(self, source: str) -> str:
        """The text of an indexed source, as it was indexed; citations' offsets point into it."""
        got = self._sources().get(ids=[source_sha(self.manifest(), source)], include=["documents"])
        return source_found(source, got["documents"][0] if got["documents"] else None)

    def _mark(self, state: str, manifest: dict | None = None) -> None:
        meta: dict[str, str | int] = {**self.model_metadata, STATE: state}
        if manifest is not None:
            meta[MANIFEST] = json.dumps(manifest, sort_keys=True)
        self._collection.modify(metadata=meta)

    @property
    def model_metadata(self) -> dict[str, str | int]:
        return {"embedding_model": self.embeddings.model_name, "embedding_dim": self.embeddings.dimension}

    def _open(self, name: str, verify_model: bool, create: bool = True):
        try:
            if create:
                col = self.client.get_or_create_collection(
                    name,
                    metadata=self.model_metadata,
                    embedding_function=None,  # Chroma's default would download a model: we always pass vectors
                    configuration={"hnsw": {"space": "cosine"}},
                )
            else:
                col = self.client.get_collection(name, embedding_function=None)
        except Exception as exc:
            raise self._open_failed(exc) from exc
        meta = col.metadata or {}
        if not verify_model:
            return col
        want = self.model_metadata
        if meta.get("embedding_model") != want["embedding_model"] or meta.get("embedding_dim") != want["embedding_dim"]:
            raise ModelMismatchError(
                f"the index collection {self.family!r} was built with embedding model "
                f"{meta.get('embedding_model')!r} (dimension {meta.get('embedding_dim')}), but "
                f"{want['embedding_model']!r} (dimension {want['embedding_dim']}) is configured; "
                f"rebuild it with `{REBUILD_HINT}`"
            )
        return col

    def _open_failed(self, exc: Exception) -> StoreError:
        if any(word in str(exc) for word in _DAMAGE):
            return damaged(self.location, f"{type(exc).__name__}: {exc}")
        return StoreError(
            f"cannot open collection {self.family!r} ({type(exc).__name__}: {exc}); rebuild with `{REBUILD_HINT}`"
        )

    generation: int = 0
    """How many times this store found its collection replaced (``index --rebuild`` by another
    process) and reopened it; readers that cache passages compare it to know when to re-read."""

    def _reopen_if_replaced(self) -> bool:
        """After another process's ``--rebuild`` the collection this store opened is gone and the
        pointer names a new one: open that one (True). A reader keeps serving instead of calling a
        rebuilt index damaged."""
        if not self.follows_pointer:  # a staging store has no other collection to move to
            return False
        try:
            name, _ = self._resolve()
            current = self.client.get_collection(name, embedding_function=None)
        except Exception:
            return False
        if current.id == self._collection.id:
            return False
        self._collection, self.collection_name = current, name
        self.generation += 1
        return True

    def _read(self, operation):
        try:
            return operation(self._collection)
        except Exception as exc:  # chromadb raises many unrelated types for a vanished collection or server
            if self._reopen_if_replaced():
                try:
                    return operation(self._collection)
                except Exception as again:
                    raise self._unreadable(again) from again
            self._refuse_mid_rebuild()  # a first-ever rebuild still filling its generation: "ask again"
            raise self._unreadable(exc) from exc

    def count(self) -> int:
        return self._read(lambda col: col.count())

    def _unreadable(self, exc: Exception) -> StoreError:
        if self.embedded or any(word in str(exc) for word in _DAMAGE):  # on local disk, only damage explains it
            return damaged(self.location, f"{type(exc).__name__}: {exc}")
        return StoreError(
            f"the index collection {self.family!r} cannot be read ({type(exc).__name__}: {exc}); if the "
            "Chroma server was restarted or the store was moved or deleted, index again with "
            "`python -m assistant index [FILES]`; a running chat reads the new index at its next question"
        )

    def writable(self) -> PassageStore:
        """The store indexing writes to: this one (a snapshot reader opens Chroma for it)."""
        return self

    def collection_metadata(self) -> dict:
        return dict(self._metadata())

    def passages_with_vectors(self) -> tuple[list[StoredPassage], list[list[float]]]:
        """All passages in document order, each with its stored vector."""
        got = self._read(lambda col: col.get(include=["documents", "metadatas", "embeddings"]))
        rows = sorted(zip(got["ids"], got["documents"], got["metadatas"], got["embeddings"]), key=lambda r: _document_order(r[2] or {}))
        return [StoredPassage(i, d, m or {}) for i, d, m, _ in rows], [[float(x) for x in v] for *_, v in rows]

    def kept_vectors(self) -> dict[str, list[float]]:
        """Every derived vector kept, by its key (model and text)."""
        try:
            got = self.client.get_collection(self.vectors_name).get(include=["embeddings"])
        except Exception as exc:  # none kept yet
            log.debug("no kept vectors (%s)", exc)
            return {}
        return {i: [float(x) for x in v] for i, v in zip(got["ids"], got["embeddings"])}

    def all_sources(self) -> dict[str, str]:
        """Every source text kept, by sha256."""
        got = self._sources().get(include=["documents"])
        return dict(zip(got["ids"], got["documents"]))

    def passages(self) -> list[StoredPassage]:
        """All passages, in document order (source, then position)."""
        got = self._read(lambda col: col.get(include=["documents", "metadatas"]))
        rows = [StoredPassage(i, d, m or {}) for i, d, m in zip(got["ids"], got["documents"], got["metadatas"])]
        return sorted(rows, key=lambda r: _document_order(r.metadata))

    def vectorstore(self) -> Chroma:
        """The same collection as a LangChain vector store."""
        from langchain_chroma import Chroma

        return Chroma(
            client=self.client,
            collection_name=self.collection_name,
            embedding_function=self.embeddings.as_langchain(),
            create_collection_if_not_exists=False,
        )

    def sync(self, articles: list[tuple[Article, list[Passage]]]) -> SyncReport:
        """Make the collection hold exactly these passages, embedding only new text.

        Vectors are computed before the first write, so a failure (bad model, killed run) leaves
        the previous index as it was; adds go before deletes so no moment is without passages.
        """
        wanted: dict[str, tuple[Passage, dict]] = {}
        for article, passages in articles:
            for p in passages:
                wanted[p.id] = (p, p.metadata(article))
        existing = self._collection.get(include=["metadatas"])
        have = dict(zip(existing["ids"], existing["metadatas"]))
        to_add = [pid for pid in wanted if pid not in have]
        to_update = [pid for pid in wanted if pid in have and (have[pid] or {}) != wanted[pid][1]]
        to_remove = [pid for pid in have if pid not in wanted]
        vectors = self.embeddings.embed_documents([wanted[pid][0].text for pid in to_add])
        self._mark("indexing")  # from here until the manifest, a reader refuses the half-written index
        for i in range(0, len(to_add), _BATCH):
            ids = to_add[i : i + _BATCH]
            self._collection.add(
                ids=ids,
                documents=[wanted[pid][0].text for pid in ids],
                metadatas=[wanted[pid][1] for pid in ids],
                embeddings=vectors[i : i + _BATCH],
            )
        if to_update:
            self._collection.update(ids=to_update, metadatas=[wanted[pid][1] for pid in to_update])
        for i in range(0, len(to_remove), _BATCH):
            self._collection.delete(ids=to_remove[i : i + _BATCH])
        unchanged = len(wanted) - len(to_add) - len(to_update)
        manifest = _manifest(articles, self.embeddings.model_name)
        self._store_sources(articles)
        self._mark("complete", manifest)
        return SyncReport(len(to_add), len(to_remove), len(to_update), unchanged)

    def rebuild(self, articles: list[tuple[Article, list[Passage]]]) -> SyncReport:
        """Replace the collection (e.g. after a model change) without a moment with no complete index.

        A new generation is filled, then the pointer is flipped to it, then the old collections
        are dropped: readers use the old one until the flip and the new one after, and a rebuild
        that dies before the flip leaves the old index answering.
        """
        new = _new_generation(self.family)
        staging = PassageStore(
            self.client, self.embeddings, new, family=self.family, location=self.location, embedded=self.embedded
        )
        report = staging.sync(articles)
        pointer = self.client.get_or_create_collection(
            self.pointer_name, metadata={POINTER: new}, embedding_function=None
        )
        pointer.modify(metadata={POINTER: new})  # get_or_create keeps an existing pointer's metadata
        self._collection, self.collection_name = staging._collection, new
        self.generation += 1
        self.remove_stale()
        return report

    def remove_stale(self) -> list[str]:
        """Drop what no reader will open again: generations and legacy "-rebuild" collections left
        by earlier or interrupted rebuilds, and the bare family collection once a pointer replaced
        it; never the live collection nor this store's own. Two index runs must not overlap: a
        run would drop the generation the other is still filling."""
        live, names = self._resolve()
        stale = _staging(self.family, names) | ({self.family} if live != self.family else set())
        dropped = sorted(n for n in stale & names if n not in (live, self.collection_name))
        for name in dropped:
            _drop(self.client, name)
        return dropped

    def remove_orphans(self) -> list[str]:
        """Segment folders Chroma leaves behind when a collection is dropped (each ``--rebuild``
        left one): UUID-named folders of an embedded store that no segment refers to any more."""
        if not self.embedded or not self.location:
            return []
        root = Path(self.location)
        db = root / "chroma.sqlite3"
        try:
            with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
                live = {row[0] for row in conn.execute("SELECT id FROM segments")}
        except sqlite3.Error as exc:  # not ours to judge here: opening the store reports damage
            log.debug("cannot list segments: %s", exc)
            return []
        removed = []
        for folder in root.iterdir():
            if folder.is_dir() and _UUID.fullmatch(folder.name) and folder.name not in live:
                shutil.rmtree(folder, ignore_errors=True)
                removed.append(folder.name)
        return removed

    def dense_search(self, vector: list[float], k: int) -> list[tuple[str, float]]:
        """(passage id, cosine similarity) best first."""
        n = min(k, self.count())
        if n == 0:
            return []
        res = self._read(lambda col: col.query(query_embeddings=[vector], n_results=n, include=["distances"]))
        return [(pid, 1.0 - float(d)) for pid, d in zip(res["ids"][0], res["distances"][0])]


_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _new_generation(family: str) -> str:
    return f"{family}-gen-{uuid.uuid4().hex[:8]}"


def _staging(family: str, names: set[str]) -> set[str]:
    """Collections a rebuild fills before they are live: generations, and the legacy "-rebuild"."""
    gen = re.compile(re.escape(family) + r"-gen-[0-9a-f]{8}")
    return {n for n in names if n == f"{family}-rebuild" or gen.fullmatch(n)}


def _document_order(metadata: dict) -> tuple[str, int]:
    return str(metadata.get("source", "")), int(metadata.get("position", 0))


def source_sha(manifest: dict | None, source: str) -> str:
    """The content hash the manifest gives an indexed source, or the error that says how to index it."""
    entry = next((e for e in (manifest or {}).get("sources", []) if e["source"] == source), None)
    if entry is None:
        raise StoreError(f"{source} is not in the index's manifest; index it with `python -m assistant index`")
    return entry["sha256"]


def source_found(source: str, text: str | None) -> str:
    if text is None:
        raise StoreError(f"the index holds no text for {source}; index it again with `python -m assistant index`")
    return text


def vector_key(model: str, text: str) -> str:
    return hashlib.sha256(f"{model}\x00{text}".encode("utf-8")).hexdigest()[:40]


def _manifest(articles: list[tuple[Article, list[Passage]]], model: str) -> dict:
    return {
        "embedding_model": model,
        "sources": [
            {"source": a.source, "sha256": hashlib.sha256(a.text.encode("utf-8")).hexdigest(), "passages": len(ps)}
            for a, ps in articles
        ],
    }


def _drop(client: chromadb.ClientAPI, name: str) -> None:
    try:
        client.delete_collection(name)
    except Exception:  # absent: nothing to drop
        log.debug("collection %s absent", name)


def open_store(
    *,
    path: str | Path | None,
    url: str | None,
    embeddings: SentenceEmbeddings,
    collection: str = "article",
    rebuild: bool = False,
) -> PassageStore:
    """Open the store; with ``rebuild`` a mismatched collection is opened for replacement, not refused."""
    where = url or (str(Path(path).expanduser()) if path is not None else None)
    return PassageStore(
        open_client(path, url), embeddings, collection, verify_model=not rebuild, location=where, embedded=not url
    )

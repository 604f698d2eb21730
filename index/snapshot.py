"""A read-only copy of what asking needs from an embedded store, so a cold ``ask`` need not start Chroma.

Indexing writes it next to Chroma's database once the store is complete: the passages with their
vectors, the derived vectors warm-up reads, and the sources' text. It is keyed by a fingerprint of
that database (read through SQLite without writing: collections, their metadata and the last
write's sequence number), so any later write to the store makes it stale, and a stale, missing or
unreadable copy is never used: asking then reads Chroma, as it always could. Chroma stays the
single source of truth; this file only saves starting it.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import sqlite3
import tempfile
import time
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from index.embeddings import SentenceEmbeddings
    from index.store import PassageStore, StoredPassage

log = logging.getLogger(__name__)

FORMAT = 1


def snapshot_path(root: str | Path, family: str) -> Path:
    return Path(root).expanduser() / f"{family}.assistant-snapshot.npz"


def fingerprint(root: str | Path) -> str | None:
    """What changes whenever anything is written to the store (or its schema is damaged), read
    without writing to it; None when the database cannot be read (then no copy is trusted)."""
    db = Path(root).expanduser() / "chroma.sqlite3"
    if not db.is_file():
        return None
    queries = (
        "SELECT type, name, sql FROM sqlite_master ORDER BY type, name",  # a table dropped or altered
        "SELECT COUNT(*), MAX(id) FROM embeddings",
        "SELECT id, name FROM collections ORDER BY id",
        "SELECT collection_id, key, str_value, int_value, float_value FROM collection_metadata ORDER BY collection_id, key",
        "SELECT topic, MAX(seq_id) FROM embeddings_queue GROUP BY topic ORDER BY topic",
        "SELECT segment_id, seq_id FROM max_seq_id ORDER BY segment_id",
    )
    digest = hashlib.sha256()
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
            for query in queries:
                digest.update(json.dumps(conn.execute(query).fetchall(), default=str).encode("utf-8"))
    except sqlite3.Error as exc:
        log.debug("cannot fingerprint %s: %s", db, exc)
        return None
    return digest.hexdigest()


SETTLED_NS = 2_000_000_000
"""A database file modified this recently may be modified again within the file system's
timestamp granularity without its stat changing, so only older stats are trusted ("racy git")."""


def file_stats(root: str | Path) -> tuple | None:
    """Inode, size and times of the database and its journals: any write to the store changes
    them. None if they cannot be read or were modified too recently to be trusted."""
    db = Path(root).expanduser() / "chroma.sqlite3"
    now = time.time_ns()
    out = []
    for suffix in ("", "-wal", "-journal"):
        try:
            st = os.stat(f"{db}{suffix}")
        except FileNotFoundError:
            out.append(None)
            continue
        except OSError:
            return None
        if now - max(st.st_mtime_ns, st.st_ctime_ns) < SETTLED_NS:
            return None
        out.append((st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns))
    return tuple(out)


@dataclass
class Snapshot:
    family: str
    collection_name: str
    model: str
    fingerprint: str
    metadata: dict[str, Any]  # the live collection's metadata: state, manifest, model
    passages: list[StoredPassage]
    vectors: np.ndarray  # one row per passage, unit length
    kept: dict[str, np.ndarray]  # derived vectors by store key (model and text)
    sources: dict[str, str]  # sha256 -> text
    extras: dict[str, Any] = field(default_factory=dict)  # what the caller derived from the passages, by name


def write_snapshot(store: PassageStore, extras: dict[str, Any] | None = None) -> Path | None:
    """Copy what asking needs from a complete embedded store (atomically: a reader sees the old
    copy or the new one). A store on a server, or one being indexed, gets none. ``extras``: JSON
    data the caller derived from these passages, kept with them and made stale with them."""
    if not store.embedded or not store.location or store.state() != "complete":
        return None
    root = Path(store.location)
    stamp = fingerprint(root)  # taken before reading: a write that lands meanwhile changes it
    if stamp is None:
        return None
    passages, vectors = store.passages_with_vectors()
    kept = store.kept_vectors()
    meta = {
        "format": FORMAT,
        "family": store.family,
        "collection": store.collection_name,
        "model": store.embeddings.model_name,
        "metadata": store.collection_metadata(),
        "passages": [{"id": p.id, "text": p.text, "metadata": p.metadata} for p in passages],
        "kept": list(kept),
        "sources": store.all_sources(),
        "extras": extras or {},
    }
    if fingerprint(root) != stamp:  # written to while we read: a copy of it could be half old
        return None
    meta["fingerprint"] = stamp
    dim = store.embeddings.dimension
    arrays = {
        "meta": np.frombuffer(json.dumps(meta).encode("utf-8"), dtype=np.uint8),
        "vectors": np.asarray(vectors, dtype=np.float32).reshape(-1, dim),
        "kept": np.asarray(list(kept.values()), dtype=np.float32).reshape(-1, dim),
    }
    target = snapshot_path(root, store.family)
    try:
        fd, tmp = tempfile.mkstemp(prefix=target.name, suffix=".tmp", dir=root)
        with os.fdopen(fd, "wb") as fh:
            np.savez(fh, **arrays)
        os.replace(tmp, target)
    except OSError as exc:  # a read-only folder: asking reads Chroma instead
        log.info("no snapshot written to %s: %s", root, exc)
        Path(tmp).unlink(missing_ok=True)
        return None
    return target


def load_snapshot(root: str | Path, family: str, model: str) -> Snapshot | None:
    """The copy for this store and model, if it matches the store as it is now."""
    from index.store import StoredPassage

    path = snapshot_path(root, family)
    if not path.is_file():
        return None
    try:
        with np.load(path, allow_pickle=False) as data:
            meta = json.loads(bytes(data["meta"]).decode("utf-8"))
            vectors, kept_rows = data["vectors"], data["kept"]
        if meta.get("format") != FORMAT or len(vectors) != len(meta["passages"]) or len(kept_rows) != len(meta["kept"]):
            raise ValueError("its parts do not match")
    except (OSError, ValueError, KeyError, TypeError, zipfile.BadZipFile, json.JSONDecodeError, io.UnsupportedOperation) as exc:
        log.warning("ignoring the unreadable snapshot %s (%s); `python -m assistant index` writes it again", path, exc)
        return None
    if meta["model"] != model or meta["family"] != family or meta["fingerprint"] != fingerprint(root):
        log.debug("snapshot %s is stale", path)
        return None
    passages = [StoredPassage(p["id"], p["text"], p["metadata"]) for p in meta["passages"]]
    return Snapshot(
        family, meta["collection"], model, meta["fingerprint"], meta["metadata"], passages,
        vectors, dict(zip(meta["kept"], kept_rows)), meta["sources"],
        meta["extras"] if isinstance(meta.get("extras"), dict) else {},
    )  # fmt: skip


class SnapshotStore:
    """The read side of ``PassageStore`` served from a snapshot. Each read first checks the
    fingerprint (or, cheaper, the database files' stats); once the store has changed (another
    process indexed), it opens Chroma and reads there from then on. Writing (indexing) always goes
    to Chroma: ``writable()``."""

    embedded = True

    def __init__(self, snapshot: Snapshot, embeddings: SentenceEmbeddings, location: str, opener: Callable[[], PassageStore]) -> None:
        self.snapshot = snapshot
        self.embeddings = embeddings
        self.location = location
        self.opener = opener
        self._live: PassageStore | None = None
        self._matched_stats: tuple | None = None  # the files' stats when the fingerprint last matched

    @property
    def family(self) -> str:
        return self.snapshot.family

    @property
    def collection_name(self) -> str:
        return self._live.collection_name if self._live else self.snapshot.collection_name

    def writable(self) -> PassageStore:
        if self._live is None:
            self._live = self.opener()
        return self._live

    def _current(self) -> PassageStore | None:
        """Chroma, once the snapshot no longer matches the store; None while it does. The
        fingerprint (1-2 ms of SQLite) is read again only when the database files' stats changed."""
        if self._live is None:
            stats = file_stats(self.location)
            if stats is not None and stats == self._matched_stats:
                return None
            if fingerprint(self.location) != self.snapshot.fingerprint:
                log.info("the index changed since its snapshot: reading Chroma")
                self.writable()
            else:
                self._matched_stats = stats
        return self._live

    @property
    def generation(self) -> int:
        live = self._current()
        return 0 if live is None else live.generation + 1  # readers re-read once the copy is left

    def state(self) -> str | None:
        live = self._current()
        return live.state() if live else self.snapshot.metadata.get("index_state")

    def manifest(self) -> dict | None:
        live = self._current()
        if live:
            return live.manifest()
        raw = self.snapshot.metadata.get("manifest")
        return json.loads(raw) if raw else None

    def count(self) -> int:
        live = self._current()
        return live.count() if live else len(self.snapshot.passages)

    def passages(self) -> list[StoredPassage]:
        live = self._current()
        return live.passages() if live else list(self.snapshot.passages)

    def dense_search(self, vector: list[float], k: int) -> list[tuple[str, float]]:
        live = self._current()
        if live:
            return live.dense_search(vector, k)
        if not self.snapshot.passages:
            return []
        q = np.asarray(vector, dtype=np.float32)
        rows = self.snapshot.vectors
        sims = rows @ q / (np.linalg.norm(rows, axis=1) * (np.linalg.norm(q) or 1.0) + 1e-12)
        order = np.argsort(-sims, kind="stable")[:k]
        return [(self.snapshot.passages[i].id, float(sims[i])) for i in order]

    def cached_vectors(self, texts: list[str]) -> dict[str, Sequence[float]]:
        """As ``PassageStore.cached_vectors``; the rows stay arrays (``preload`` takes either)."""
        live = self._current()
        if live:
            return live.cached_vectors(texts)
        from index.store import vector_key

        out: dict[str, Sequence[float]] = {}
        for t in dict.fromkeys(texts):
            row = self.snapshot.kept.get(vector_key(self.embeddings.model_name, t))
            if row is not None:
                out[t] = row
        return out

    def keep_vectors(self, vectors: dict[str, list[float]]) -> None:
        self.writable().keep_vectors(vectors)

    def source_text(self, source: str) -> str:
        live = self._current()
        if live:
            return live.source_text(source)
        from index.store import source_found, source_sha

        return source_found(source, self.snapshot.sources.get(source_sha(self.manifest(), source)))

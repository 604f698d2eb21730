"""WordNet 3.0 relations between words, read from the shipped compact lexicon (``make lexicon``).

The claim verifier asks two things of it: may a claim's word stand for a quote's word
(a synonym, a more general word, a derivation) and does it oppose it (an antonym)?
"""

from __future__ import annotations

import sqlite3
import threading
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

LEXICON_PATH = Path(str(files("assistant") / "data" / "lexicon.sqlite"))
NOUN_DEPTH, VERB_DEPTH, MIN_NOUN_DEPTH = 3, 1, 4
"""How many levels up a claim's word may generalise a quote's: "leader" for "president", "delay"
for "postpone"; a verb two levels up is already "change" or "act"."""


class LexiconError(RuntimeError):
    pass


_QUERIES = {
    "synsets": "SELECT sid FROM lemma WHERE word = ?",
    "words": "SELECT word FROM member WHERE sid = ?",
    "parents": "SELECT parent FROM hypernym WHERE sid = ?",
    "cluster": "SELECT other FROM similar WHERE sid = ?",
    "antonyms": "SELECT other FROM antonym WHERE word = ?",
    "derived": "SELECT other FROM derived WHERE word = ?",
    "lemmas": "SELECT upos, lemmas FROM inflection WHERE word = ?",  # two columns: rows of (upos, forms)
}
_BY_SYNSET = frozenset({"words", "parents", "cluster"})
FACTS_VERSION = 1
"""Bumped when the lookups change shape: kept facts of another version are not read."""
MAX_REMEMBERED = 500_000


class Lexicon:
    """Lookups go to the SQLite file as words are met (opened read-only and immutable, so an
    installed package's read-only folder is fine and nothing is ever written). Every answer read
    is also remembered, so the answers a corpus needs can be kept with its index (``facts``) and
    read back at the next start (``preload``) instead of thousands of cold SQLite reads."""

    def __init__(self, path: Path = LEXICON_PATH) -> None:
        try:
            self._db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True, check_same_thread=False)
            self._nouns = int(self._db.execute("SELECT value FROM meta WHERE key = 'nouns'").fetchone()[0])
            self._stamp = f"{FACTS_VERSION}:{self._nouns}:{path.stat().st_size}"  # which lexicon kept facts came from
        except (sqlite3.Error, TypeError, ValueError, OSError) as exc:
            raise LexiconError(f"cannot read the lexicon {path} ({exc}); reinstall the package") from exc
        self._lock = threading.Lock()  # one connection, shared by a server's threads
        self._depths: dict[int, int] = {}
        self._read: dict[tuple[str, str | int], tuple] = {}  # (query, key) -> rows: every answer read

    def _column(self, query: str, key: str | int) -> tuple:
        """The query's answer for ``key``: its one column, or whole rows where it has more."""
        with self._lock:
            rows = self._read.get((query, key))
            if rows is None:
                rows = tuple(row if len(row) > 1 else row[0] for row in self._db.execute(_QUERIES[query], (key,)))
                if len(self._read) < MAX_REMEMBERED:  # a long-lived server stops remembering, it does not grow without end
                    self._read[(query, key)] = rows
            return rows

    def facts(self) -> dict:
        """Every answer read so far, as JSON-ready data for ``preload``."""
        with self._lock:
            read = list(self._read.items())
        return {"lexicon": self._stamp, "read": [[q, k, list(rows)] for (q, k), rows in read]}

    def preload(self, facts: object) -> bool:
        """Take answers kept by ``facts``; those of another lexicon or version are ignored (False)."""
        if not isinstance(facts, dict) or facts.get("lexicon") != self._stamp:
            return False
        try:
            read = {}
            for query, key, rows in facts["read"]:
                if query == "lemmas":
                    read[(query, str(key))] = tuple((str(upos), str(forms)) for upos, forms in rows)
                elif query in _QUERIES:  # one column
                    read[(query, int(key) if query in _BY_SYNSET else str(key))] = tuple(rows)
        except (KeyError, TypeError, ValueError):
            return False
        with self._lock:
            self._read.update(read)
        return True

    @lru_cache(maxsize=50_000)
    def lemmas(self, word: str) -> dict[str, tuple[str, ...]]:
        """Lemmas of a lower-case word form by part of speech, as LemmInflect's ``getAllLemmas``
        gives them: "met" -> {"VERB": ("meet",)}. Read-only: callers must not change the dict."""
        return {upos: tuple(forms.split("/")) for upos, forms in self._column("lemmas", word)}

    @lru_cache(maxsize=50_000)
    def _synsets(self, word: str) -> tuple[int, ...]:
        return self._column("synsets", word)

    @lru_cache(maxsize=50_000)
    def _words(self, sid: int) -> tuple[str, ...]:
        return self._column("words", sid)

    @lru_cache(maxsize=50_000)
    def _parents(self, sid: int) -> tuple[int, ...]:
        return self._column("parents", sid)

    @lru_cache(maxsize=20_000)
    def _cluster(self, sid: int) -> tuple[int, ...]:
        return self._column("cluster", sid)

    @lru_cache(maxsize=20_000)
    def _antonyms(self, word: str) -> tuple[str, ...]:
        return self._column("antonyms", word)

    @lru_cache(maxsize=50_000)
    def _derived(self, word: str) -> tuple[str, ...]:
        return self._column("derived", word)

    def known(self, word: str) -> bool:
        return bool(self._synsets(word))

    def synonyms(self, word: str) -> set[str]:
        return {w for sid in self._synsets(word) for w in self._words(sid)}

    def derived(self, word: str) -> set[str]:
        return set(self._derived(word))

    def _depth(self, sid: int) -> int:
        """A noun synset's distance from the top of the hierarchy ("entity" is 0), walked only for
        the synsets asked about (the whole hierarchy would cost every start a fifth of a second)."""
        cache = self._depths
        if sid not in cache:
            cache[sid] = 0  # guards against a cycle
            parents = self._parents(sid)
            cache[sid] = 1 + min(self._depth(h) for h in parents) if parents else 0
        return cache[sid]

    def _generalisations(self, word: str, verbs_only: bool = False) -> set[int]:
        """Synsets of ``word`` and their hypernyms, NOUN_DEPTH (nouns) or VERB_DEPTH levels up,
        but never a noun as abstract as "person" or "cause" (MIN_NOUN_DEPTH): "expert" must not
        cover "cause" through "causal agent"."""
        seen = {sid for sid in self._synsets(word) if sid >= self._nouns or not verbs_only}
        for start in list(seen):
            frontier = {start}
            for _ in range(NOUN_DEPTH if start < self._nouns else VERB_DEPTH):
                frontier = {h for sid in frontier for h in self._parents(sid)} - seen
                frontier = {h for h in frontier if h >= self._nouns or self._depth(h) >= MIN_NOUN_DEPTH}
                seen |= frontier
        return seen

    @lru_cache(maxsize=20_000)
    def near(self, lemma: str) -> frozenset[str]:
        """Synonyms, derivations and their synonyms, but no hypernyms: for a word used as a
        modifier, whose noun senses say nothing ("senior officials" is no "student")."""
        out = {lemma} | self.synonyms(lemma) | self.derived(lemma)
        for d in self.derived(lemma):
            out |= self.synonyms(d)
        return frozenset(out - self.opposites(lemma))

    @lru_cache(maxsize=20_000)
    def covers(self, lemma: str, verbs_only: bool = False) -> frozenset[str]:
        """Every word a claim may use for ``lemma`` of a quote: its synonyms, the words of its
        hypernyms, its derivations and their synonyms ("stable" for "stabilizing"). ``verbs_only``:
        through the verb senses only, for a claim's verb, which is no kind of the quote word's noun
        sense ("helped" is not the "help" that "urging", as encouragement, is a kind of)."""
        out = {lemma} | self.derived(lemma)
        for sid in self._generalisations(lemma, verbs_only):
            out.update(self._words(sid))
        for d in self.derived(lemma):
            out |= self.synonyms(d)
        return frozenset(out - self.opposites(lemma))

    @lru_cache(maxsize=20_000)
    def verb_parents(self, lemma: str) -> frozenset[str]:
        """Words of the direct hypernyms of the verb's senses: a claim's "conceded" is a way to
        "admit", "grow" a way to "become"."""
        verbs = [sid for sid in self._synsets(lemma) if sid >= self._nouns]
        return frozenset(w for sid in verbs for h in self._parents(sid) for w in self._words(h))

    @lru_cache(maxsize=20_000)
    def opposites(self, lemma: str) -> frozenset[str]:
        """Antonyms of the word, of its derivations, and of the head of its adjective cluster
        ("strained" -> "tense" -> "relaxed"), with the antonyms' derivations. Not through
        synonyms: every sense of every synonym made "think" (as "recall") opposed to "issue"."""
        related = {lemma} | self.derived(lemma)
        clusters = {s for sid in self._synsets(lemma) for s in self._cluster(sid)}
        related |= {w for sid in clusters for w in self._words(sid)}
        out: set[str] = set()
        for w in related:
            for a in self._antonyms(w):
                out |= {a} | self.derived(a)
        return frozenset(out - related)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return Lexicon()


def lemmas(word: str) -> dict[str, tuple[str, ...]]:
    return lexicon().lemmas(word.lower())

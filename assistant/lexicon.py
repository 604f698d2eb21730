"""WordNet 3.0 relations between words, read from the shipped compact lexicon (``make lexicon``).

The claim verifier asks two things of it: may a claim's word stand for a quote's word
(a synonym, a more general word, a derivation) and does it oppose it (an antonym)?
"""

from __future__ import annotations

import gzip
import json
from functools import cached_property, lru_cache
from importlib.resources import files
from pathlib import Path

LEXICON_PATH = Path(str(files("assistant") / "data" / "lexicon.json.gz"))
NOUN_DEPTH, VERB_DEPTH, MIN_NOUN_DEPTH = 3, 1, 4
"""How many levels up a claim's word may generalise a quote's: "leader" for "president", "delay"
for "postpone"; a verb two levels up is already "change" or "act"."""


class Lexicon:
    def __init__(self, path: Path = LEXICON_PATH) -> None:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            data = json.load(fh)
        self._lemmas: dict[str, list[int]] = data["lemmas"]
        self._hypernyms: dict[str, list[int]] = data["hypernyms"]
        self._similar: dict[str, list[int]] = data["similar"]
        self._antonyms: dict[str, list[str]] = data["antonyms"]
        self._derived: dict[str, list[str]] = data["derived"]
        self._nouns: int = data["nouns"]
        self._depths: dict[int, int] = {}

    @cached_property
    def _members(self) -> dict[int, list[str]]:
        out: dict[int, list[str]] = {}
        for word, synsets in self._lemmas.items():
            for sid in synsets:
                out.setdefault(sid, []).append(word)
        return out

    def known(self, word: str) -> bool:
        return word in self._lemmas

    def synonyms(self, word: str) -> set[str]:
        return {w for sid in self._lemmas.get(word, ()) for w in self._members.get(sid, ())}

    def derived(self, word: str) -> set[str]:
        return set(self._derived.get(word, ()))

    def _depth(self, sid: int) -> int:
        """A noun synset's distance from the top of the hierarchy ("entity" is 0), walked only for
        the synsets asked about (the whole hierarchy would cost every start a fifth of a second)."""
        cache = self._depths
        if sid not in cache:
            cache[sid] = 0  # guards against a cycle
            parents = self._hypernyms.get(str(sid), ())
            cache[sid] = 1 + min(self._depth(h) for h in parents) if parents else 0
        return cache[sid]

    def _generalisations(self, word: str) -> set[int]:
        """Synsets of ``word`` and their hypernyms, NOUN_DEPTH (nouns) or VERB_DEPTH levels up,
        but never a noun as abstract as "person" or "cause" (MIN_NOUN_DEPTH): "expert" must not
        cover "cause" through "causal agent"."""
        seen = set(self._lemmas.get(word, ()))
        for start in list(seen):
            frontier = {start}
            for _ in range(NOUN_DEPTH if start < self._nouns else VERB_DEPTH):
                frontier = {h for sid in frontier for h in self._hypernyms.get(str(sid), ())} - seen
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
    def covers(self, lemma: str) -> frozenset[str]:
        """Every word a claim may use for ``lemma`` of a quote: its synonyms, the words of its
        hypernyms, its derivations and their synonyms ("stable" for "stabilizing")."""
        out = {lemma} | self.derived(lemma)
        for sid in self._generalisations(lemma):
            out.update(self._members.get(sid, ()))
        for d in self.derived(lemma):
            out |= self.synonyms(d)
        return frozenset(out - self.opposites(lemma))

    @lru_cache(maxsize=20_000)
    def verb_parents(self, lemma: str) -> frozenset[str]:
        """Words of the direct hypernyms of the verb's senses: a claim's "conceded" is a way to
        "admit", "grow" a way to "become"."""
        verbs = [sid for sid in self._lemmas.get(lemma, ()) if sid >= self._nouns]
        return frozenset(w for sid in verbs for h in self._hypernyms.get(str(sid), ()) for w in self._members.get(h, ()))

    @lru_cache(maxsize=20_000)
    def opposites(self, lemma: str) -> frozenset[str]:
        """Antonyms of the word, of its synonyms and derivations, and of the head of its
        adjective cluster ("strained" -> "tense" -> "relaxed")."""
        related = {lemma} | self.synonyms(lemma) | self.derived(lemma)
        clusters = {s for sid in self._lemmas.get(lemma, ()) for s in self._similar.get(str(sid), ())}
        related |= {w for sid in clusters for w in self._members.get(sid, ())}
        out: set[str] = set()
        for w in related:
            for a in self._antonyms.get(w, ()):
                out |= {a} | self.synonyms(a) | self.derived(a)
        return frozenset(out - related)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return Lexicon()

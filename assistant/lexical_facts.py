"""The lexicon's answers a corpus needs, kept in its start-up snapshot: the first question after a
start then reads no more of WordNet than a later one (thousands of cold SQLite reads were most of
its time). Derived from the passages, the facts go stale with them and with the lexicon."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from assistant.lexicon import lexicon
from assistant.verifier import titles, tokenize

log = logging.getLogger(__name__)

KEY = "lexicon"
"""The facts' name among the snapshot's extras."""


def corpus_facts(texts: Sequence[str]) -> dict[str, Any]:
    """Look up what the verifier asks of every word of ``texts``, then hand over every answer read."""
    lex = lexicon()
    for text in texts:
        for token in tokenize(text):
            for lemma in token.lemmas:
                for lookup in (lex.covers, lex.near, lex.opposites, lex.verb_parents):
                    lookup(lemma)
    titles(tuple(texts))
    return {KEY: lex.facts()}


def preload(extras: dict[str, Any]) -> None:
    if KEY in extras and not lexicon().preload(extras[KEY]):
        log.debug("the snapshot's lexicon facts are of another lexicon: looked up again as needed")

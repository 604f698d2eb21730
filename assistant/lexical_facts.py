"""What the verifier derives from a corpus, kept beside its index (the start-up snapshot, or a Chroma
server): the lexicon's answers for its words (thousands of cold SQLite reads were most of a first
question's time) and who is who in each passage (reading a hundred articles' passages for it was
most of the rest). The facts are answers, not guesses: stale ones are never wrong, only unused."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from assistant.lexicon import lexicon
from assistant.verifier import keep_people, people_facts, tokenize

log = logging.getLogger(__name__)

KEY = "lexicon"
"""The facts' name among the snapshot's extras."""
PEOPLE = "people"


def corpus_facts(texts: Sequence[str]) -> dict[str, Any]:
    """Look up what the verifier asks of every word of ``texts``, then hand over every answer read."""
    lex = lexicon()
    for text in texts:
        for token in tokenize(text):
            for lemma in token.lemmas:
                for lookup in (lex.covers, lex.near, lex.opposites, lex.verb_parents):
                    lookup(lemma)
                for word in lex.derived(lemma):  # what a derivation is ("postponement": a noun of an act)
                    lex.lemmas(word)
                    lex.covers(word)
    people = people_facts(texts)  # reads the passages' titles, so their lookups are among the facts
    return {KEY: lex.facts(), PEOPLE: people}


def preload(extras: dict[str, Any]) -> None:
    if KEY in extras and not lexicon().preload(extras[KEY]):
        log.debug("the snapshot's lexicon facts are of another lexicon: looked up again as needed")
    if PEOPLE in extras and not keep_people(extras[PEOPLE]):
        log.debug("the kept facts of who is who are damaged: each passage is read again as needed")

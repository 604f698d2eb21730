"""Is an answer sentence supported by the quotes it cites? Shared by the LLM checker and the evaluation.

A sentence is supported when every content word of it (stemmed) appears in the quotes it cites.
Markers cite the run of text since the previous marker, so "A. B. [1]" cites [1] for A and B.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.models import OTHERWISE
from assistant.text import content_stems
from index import split_sentences

MARKER = re.compile(r"\[(\d+)\]")
_MARKER_RUN = re.compile(r"(?:\s*\[\d+\])+(?P<punct>[.!?]?)")


@dataclass(frozen=True)
class Claim:
    """One sentence of an answer and the citation numbers that cover it."""

    text: str
    numbers: tuple[int, ...]


def claims(answer_text: str) -> list[Claim]:
    """Sentences of an answer with the markers that cite them (markers removed from the text). The
    lead that corrects a question's premise says nothing of the article itself, like "Yes."."""
    if answer_text.startswith(OTHERWISE):
        answer_text = answer_text[len(OTHERWISE) :].lstrip()
    out: list[Claim] = []
    pos = 0
    for m in _MARKER_RUN.finditer(answer_text):
        segment = answer_text[pos : m.start()] + m.group("punct")  # "Paris [2]." cites "Paris."
        numbers = tuple(int(n) for n in MARKER.findall(m.group(0)))
        out.extend(Claim(s.text, numbers) for s in split_sentences(segment.strip()))
        pos = m.end()
    tail = answer_text[pos:].strip()
    out.extend(Claim(s.text, ()) for s in split_sentences(tail))
    return [c for c in out if c.text]


def supported(sentence: str, quotes: list[str]) -> bool:
    """Every content word of the sentence occurs in the quotes; sentences with none ("Yes.") pass."""
    words = set(content_stems(sentence))
    if not words:
        return True
    quoted = {w for q in quotes for w in content_stems(q)}
    return words <= quoted


def faithfulness(answer_text: str, quotes_by_number: dict[int, str]) -> tuple[int, int]:
    """(supported sentences, sentences with content) of an answer."""
    ok = total = 0
    for claim in claims(answer_text):
        if not content_stems(claim.text):
            continue
        total += 1
        ok += supported(claim.text, [quotes_by_number[n] for n in claim.numbers if n in quotes_by_number])
    return ok, total

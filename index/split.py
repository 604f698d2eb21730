"""Split an article into passages on paragraph and sentence boundaries, keeping offsets.

Passages are whole paragraphs (the unit a reader cites); a paragraph longer than
``max_chars`` is cut between sentences, never inside one.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from index.article import Article

# A sentence ends at . ! ? (optionally followed by a closing quote/bracket) and whitespace,
# when the next sentence starts with a capital, digit or opening quote.
_BOUNDARY = re.compile(r"(?<=[.!?])[\"\u201d\u2019)]?\s+(?=[\"\u201c\u2018(]?[A-Z0-9])")
_ABBREVIATIONS = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|St|Jr|Sr|Inc|Ltd|Co|vs)|\b[A-Z](?:\.[A-Z])*)\.$")


@dataclass(frozen=True)
class Span:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Passage:
    id: str
    text: str
    start: int
    end: int
    source: str
    section: str
    title: str
    position: int
    kind: str = "body"  # "headline" or "body"

    def metadata(self, article: Article) -> dict[str, str | int]:
        return {
            "source": self.source,
            "start": self.start,
            "end": self.end,
            "section": self.section,
            "title": self.title,
            "position": self.position,
            "kind": self.kind,
            "category": article.category,
            "published": article.published.isoformat() if article.published else "",
        }


def split_sentences(text: str, offset: int = 0) -> list[Span]:
    """Sentences of ``text`` with offsets shifted by ``offset`` (the text's start in its file)."""
    spans: list[Span] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        candidate = text[start : m.start()].rstrip()
        if _ABBREVIATIONS.search(candidate.rstrip("\"\u201d\u2019)")):
            continue
        spans.append(_span(text, start, m.start(), offset))
        start = m.end()
    if text[start:].strip():
        spans.append(_span(text, start, len(text), offset))
    return spans


def _span(text: str, start: int, end: int, offset: int) -> Span:
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip())
    body = piece.strip()
    return Span(body, offset + start + lead, offset + start + lead + len(body))


def passage_id(source_key: str, text: str, occurrence: int) -> str:
    """Content-hash ID: unchanged text keeps its ID (and its embedding) across re-indexing."""
    digest = hashlib.sha256(f"{source_key}\x00{occurrence}\x00{text}".encode()).hexdigest()
    return digest[:24]


def split_article(article: Article, max_chars: int = 1000, source_key: str | None = None) -> list[Passage]:
    """Passages of the article: the headline (with its dateline) first, then the paragraphs."""
    key = source_key or article.source
    pieces: list[tuple[Span, str, str]] = []
    if article.title_block is not None:
        end = article.dateline.end if article.dateline else article.title_block.end
        start = article.title_block.start
        pieces.append((Span(article.text[start:end], start, end), "", "headline"))
    for para in article.paragraphs:
        for chunk in _chunk(split_sentences(para.text, para.start), max_chars):
            text = article.text[chunk[0].start : chunk[-1].end]
            pieces.append((Span(text, chunk[0].start, chunk[-1].end), para.section, "body"))
    seen: dict[str, int] = {}
    passages = []
    for position, (span, section, kind) in enumerate(pieces):
        occurrence = seen.get(span.text, 0)
        seen[span.text] = occurrence + 1
        passages.append(
            Passage(
                id=passage_id(key, span.text, occurrence),
                text=span.text,
                start=span.start,
                end=span.end,
                source=article.source,
                section=section,
                title=article.title,
                position=position,
                kind=kind,
            )
        )
    return passages


def passage_sentences(text: str, start: int, kind: str = "body") -> list[Span]:
    """Sentences of a stored passage; a headline passage's lines are its sentences."""
    if kind == "headline":
        spans = []
        offset = 0
        for line in text.split("\n"):
            body = line.strip().lstrip("- ").strip()
            if body:
                lead = line.index(body)
                spans.append(Span(body, start + offset + lead, start + offset + lead + len(body)))
            offset += len(line) + 1
        return spans
    return split_sentences(text, start)


def _chunk(sentences: list[Span], max_chars: int) -> list[list[Span]]:
    chunks: list[list[Span]] = []
    current: list[Span] = []
    for s in sentences:
        if current and s.end - current[0].start > max_chars:
            chunks.append(current)
            current = []
        current.append(s)
    if current:
        chunks.append(current)
    return chunks

"""Parse a news article into headline, dateline, section headings and paragraphs.

Every block keeps its character offsets in the file text as read (``open(path).read()``),
so citations can point back at the exact words of the original.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from index.errors import SourceError

# "- International - June 20, 2023": the dateline this publication puts under its headline.
_DATELINE = re.compile(r"^-?\s*(?P<category>[^-\n]+?)\s+-\s+(?P<date>[A-Z][a-z]+ \d{1,2}, \d{4})\s*$")
_BLOCK = re.compile(r"[^\n]+(?:\n[^\n]+)*")


def dateline_category(line: str) -> str | None:
    """The section a dateline line gives ("International" of "- International - June 20, 2023")."""
    m = _DATELINE.match(line.strip())
    return m.group("category").strip() if m and dateline_date(line) else None


def dateline_date(line: str) -> date | None:
    """The date a dateline line gives ("- International - June 20, 2023"); None for any other line."""
    m = _DATELINE.match(line.strip())
    if m is None:
        return None
    try:
        return datetime.strptime(m.group("date"), "%B %d, %Y").date()
    except ValueError:
        return None
_TERMINAL = ("." , "!", "?", "\u201d", '"', "\u2019", ")")
MAX_FILE_BYTES = 200_000
"""What indexes in about half a minute on a 2-core laptop and still starts in a few seconds: measured,
a 150 KB article (340 passages) took 27-29 s to index and 1.7-2.2 s per cold question (from the
snapshot; 2.7-4.3 s before it); 1 MB took 84 s and 95 s before vectors were kept. A news article is 5-30 KB; split a longer document into files."""


@dataclass(frozen=True)
class Block:
    """A run of text in the file: ``text == file_text[start:end]``."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Paragraph(Block):
    section: str = ""


@dataclass
class Article:
    source: str
    text: str
    title: str
    title_block: Block | None
    dateline: Block | None
    category: str = ""
    published: date | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)


def read_text(path: str | Path) -> str:
    """Read a UTF-8 text file, refusing what would index garbage (empty, binary, non-UTF-8, huge)."""
    p = Path(path)
    if not p.exists():
        raise SourceError(f"{p}: no such file")
    if not p.is_file():
        raise SourceError(f"{p}: not a regular file")
    size = p.stat().st_size
    if size > MAX_FILE_BYTES:
        raise SourceError(
            f"{p}: {size} bytes is more than the {MAX_FILE_BYTES // 1000} KB limit for one article (larger files "
            "index slowly and slow every start); split it into several files and index them together"
        )
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise SourceError(f"{p}: cannot read ({exc.strerror})") from exc
    if b"\x00" in raw:
        raise SourceError(f"{p}: looks binary (contains NUL bytes); give a UTF-8 text file")
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SourceError(f"{p}: not valid UTF-8 (byte {exc.start}); re-save it as UTF-8") from exc
    # Decode exactly as open(path).read() does, so offsets agree with what users read back.
    with open(p, encoding="utf-8") as fh:
        text = fh.read()
    if not text.strip():
        raise SourceError(f"{p}: file is empty")
    return text


def _is_heading(line: str) -> bool:
    return len(line) <= 120 and not line.rstrip().endswith(_TERMINAL) and "\n" not in line


def _is_title_repeat(text: str, title: str) -> bool:
    """Headline echoes (full or shortened) that sites print under the title."""
    t = text.strip()
    return bool(t) and (t == title or (title.startswith(t) and len(t) >= 20))


def parse_article(text: str, source: str) -> Article:
    blocks = [Block(m.group(0), m.start(), m.end()) for m in _BLOCK.finditer(text) if m.group(0).strip()]
    if not blocks:
        raise SourceError(f"{source}: no text to index")
    first = blocks[0]
    title_line = first.text.split("\n", 1)[0]
    title = title_line.strip()
    article = Article(source=source, text=text, title=title, title_block=None, dateline=None)
    rest: list[Block] = blocks
    if _is_heading(title_line):
        article.title_block = Block(title_line, first.start, first.start + len(title_line))
        rest = blocks[1:]
    section = ""
    for block in rest:
        lines = []
        offset = block.start
        for line in block.text.split("\n"):
            lines.append(Block(line, offset, offset + len(line)))
            offset += len(line) + 1
        body: list[Block] = []
        for line in lines:
            m = _DATELINE.match(line.text)
            if m and article.dateline is None and not article.paragraphs:
                article.dateline = line
                article.category = m.group("category").strip()
                article.published = dateline_date(line.text)
            elif _is_title_repeat(line.text, title):
                continue
            else:
                body.append(line)
        if not body:
            continue
        if len(body) == 1 and _is_heading(body[0].text):
            section = body[0].text.strip()
            continue
        start, end = body[0].start, body[-1].end
        article.paragraphs.append(Paragraph(text[start:end], start, end, section))
    if not article.paragraphs and article.title_block is None:
        raise SourceError(f"{source}: no paragraphs found")
    return article


def load_article(path: str | Path) -> Article:
    p = Path(path).resolve()
    return parse_article(read_text(p), str(p))

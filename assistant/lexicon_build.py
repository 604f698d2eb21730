"""Build the shipped lexicon (``make lexicon``) from WordNet 3.0's database files.

Why a generated file and not nltk at run time: nltk only reads WordNet from its own data roots,
needs a ``lexnames`` file Debian does not ship, and a user's machine may have neither. The claim
verifier needs four relations, so we keep exactly those, for every single-word lemma:

- ``lemmas``: word -> synset ids (all parts of speech), the synonym relation;
- ``hypernyms``: synset -> its (instance) hypernyms, so "leader" covers "president"; ``nouns``:
  synsets below this id are nouns (verb hierarchies are shallow and too general to follow far);
- ``similar``: adjective cluster (satellite <-> head), for antonymy through a cluster;
- ``antonyms`` and ``derived`` (derivations and pertainyms): word -> words, both directions.

The database files are parsed directly (the format is documented in wndb(5WN)): Debian's
``wordnet-base`` puts them in /usr/share/wordnet; ``--wordnet DIR`` reads another copy.

It also keeps LemmInflect's lemma table (inflected form -> lemmas by part of speech, its
lookup and overrides files, MIT-licensed): the same answers as ``lemminflect.getAllLemmas``,
without its start-up cost of reading 80,000 gzipped lines.

The result is an SQLite file: a process looks up only the words it meets, so nothing is decoded
at start (the same relations as gzipped JSON took half a second to load on every cold answer).
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
from collections import defaultdict
from importlib.metadata import distribution
from pathlib import Path

DEFAULT_WORDNET = Path("/usr/share/wordnet")
OUT = Path(__file__).with_name("data") / "lexicon.sqlite"
_POS = {"n": "n", "v": "v", "a": "a", "s": "a", "r": "r"}
_FILES = {"n": "data.noun", "v": "data.verb", "a": "data.adj", "r": "data.adv"}
_LICENSE_SOURCES = ("/usr/share/doc/wordnet-base/copyright",)



def _word(raw: str) -> str:
    w = raw.lower()
    return w.split("(", 1)[0]  # adjective markers: "galore(ip)"


def _head(phrase: str, other: str) -> str:
    """A multiword lemma whose words run together in ``other`` ("slow_down", "slowdown") stands for its head."""
    return phrase.split("_")[0] if "_" in phrase and phrase.replace("_", "") == other else phrase


def build(wordnet: Path) -> dict:
    ids: dict[tuple[str, int], int] = {}
    rows: list[tuple[int, list[str], list[tuple[str, tuple[str, int], int, int]]]] = []
    for pos, name in _FILES.items():
        for line in (wordnet / name).read_text(encoding="latin-1").splitlines():
            if line.startswith("  "):  # license header
                continue
            fields = line.split(" | ", 1)[0].split()
            offset, ss_type = int(fields[0]), _POS[fields[2]]
            n_words = int(fields[3], 16)
            words = [_word(fields[4 + 2 * i]) for i in range(n_words)]
            i = 4 + 2 * n_words
            n_ptrs = int(fields[i])
            ptrs = []
            for k in range(n_ptrs):
                sym, off, p, st = fields[i + 1 + 4 * k : i + 5 + 4 * k]
                ptrs.append((sym, (_POS[p], int(off)), int(st[:2], 16), int(st[2:], 16)))
            key = (ss_type, offset)
            ids[key] = len(ids)
            rows.append((ids[key], words, ptrs))
    members = {sid: words for sid, words, _ in rows}
    nouns = sum(1 for key in ids if key[0] == "n")  # ids run noun, verb, adjective, adverb
    lemmas: dict[str, list[int]] = defaultdict(list)
    hypernyms: dict[int, list[int]] = defaultdict(list)
    similar: dict[int, list[int]] = defaultdict(list)
    antonyms: dict[str, set[str]] = defaultdict(set)
    derived: dict[str, set[str]] = defaultdict(set)
    for sid, words, ptrs in rows:
        for w in words:
            if "_" not in w and sid not in lemmas[w]:
                lemmas[w].append(sid)
        for sym, target_key, src, dst in ptrs:
            target = ids[target_key]
            if sym in ("@", "@i"):
                hypernyms[sid].append(target)
            elif sym == "&":
                similar[sid].append(target)
            elif sym in ("!", "+", "\\") and src and dst:
                a, b = words[src - 1], members[target][dst - 1]
                if sym == "+":  # "slow_down" -> "slowdown": the phrasal verb's head takes the derivation
                    a, b = _head(a, b), _head(b, a)
                if "_" in a or "_" in b:
                    continue
                table = antonyms if sym == "!" else derived
                table[a].add(b)
                table[b].add(a)
    return {
        "source": "WordNet 3.0 (Princeton University); see WORDNET_LICENSE",
        "lemmas": dict(sorted(lemmas.items())),
        "nouns": nouns,
        "hypernyms": {str(k): v for k, v in sorted(hypernyms.items())},
        "similar": {str(k): v for k, v in sorted(similar.items())},
        "antonyms": {k: sorted(v) for k, v in sorted(antonyms.items())},
        "derived": {k: sorted(v) for k, v in sorted(derived.items())},
    }


SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE lemma(word TEXT, sid INTEGER, PRIMARY KEY(word, sid)) WITHOUT ROWID;
CREATE TABLE member(sid INTEGER, word TEXT, PRIMARY KEY(sid, word)) WITHOUT ROWID;
CREATE TABLE hypernym(sid INTEGER, parent INTEGER, PRIMARY KEY(sid, parent)) WITHOUT ROWID;
CREATE TABLE similar(sid INTEGER, other INTEGER, PRIMARY KEY(sid, other)) WITHOUT ROWID;
CREATE TABLE antonym(word TEXT, other TEXT, PRIMARY KEY(word, other)) WITHOUT ROWID;
CREATE TABLE derived(word TEXT, other TEXT, PRIMARY KEY(word, other)) WITHOUT ROWID;
CREATE TABLE inflection(word TEXT, upos TEXT, lemmas TEXT, PRIMARY KEY(word, upos)) WITHOUT ROWID;
"""


def lemma_table() -> dict[str, dict[str, tuple[str, ...]]]:
    """Every form LemmInflect knows, with what ``getAllLemmas`` answers for it (overrides included)."""
    from lemminflect import config, getAllLemmas
    from lemminflect.codecs.LemmaLUCodec import LemmaLUCodec
    from lemminflect.codecs.OverridesCodec import OverridesCodec

    forms = set(LemmaLUCodec.load(config.lemma_lu_fn)) | set(OverridesCodec.load(config.lemma_overrides_fn))
    return {w: getAllLemmas(w) for w in sorted(forms) if w == w.lower()}


def write(lexicon: dict, out: Path) -> None:
    """Written to a temporary file and renamed, so a reader never opens half a lexicon."""
    tmp = out.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    db = sqlite3.connect(tmp)
    try:
        db.executescript(SCHEMA)
        db.executemany("INSERT INTO meta VALUES (?, ?)", [("source", lexicon["source"]), ("nouns", str(lexicon["nouns"]))])
        lemmas = [(w, sid) for w, sids in lexicon["lemmas"].items() for sid in sids]
        db.executemany("INSERT INTO lemma VALUES (?, ?)", lemmas)
        db.executemany("INSERT INTO member VALUES (?, ?)", sorted((sid, w) for w, sid in lemmas))
        for table in ("hypernyms", "similar"):
            rows = sorted({(int(k), v) for k, vs in lexicon[table].items() for v in vs})
            db.executemany(f"INSERT INTO {'hypernym' if table == 'hypernyms' else 'similar'} VALUES (?, ?)", rows)
        for table, name in (("antonyms", "antonym"), ("derived", "derived")):
            db.executemany(f"INSERT INTO {name} VALUES (?, ?)", [(k, v) for k, vs in lexicon[table].items() for v in vs])
        inflections = lexicon.get("inflections", {})
        db.executemany(
            "INSERT INTO inflection VALUES (?, ?, ?)",
            [(w, upos, "/".join(forms)) for w, readings in inflections.items() for upos, forms in sorted(readings.items())],
        )
        db.commit()
        db.execute("VACUUM")
    finally:
        db.close()
    tmp.replace(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wordnet", type=Path, default=DEFAULT_WORDNET, help="folder with data.noun, data.verb, ...")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    if not (args.wordnet / "data.noun").is_file():
        parser.error(f"no WordNet database in {args.wordnet}: apt-get install wordnet-base (or pass --wordnet DIR)")
    lexicon = build(args.wordnet) | {"inflections": lemma_table()}
    write(lexicon, args.out)
    for src in _LICENSE_SOURCES:  # the notices travel beside the lexicon
        if Path(src).is_file():
            shutil.copyfile(src, args.out.with_name("WORDNET_LICENSE"))
    notice = distribution("lemminflect").read_text("LICENSE")
    if notice:
        args.out.with_name("LEMMINFLECT_LICENSE").write_text(notice, encoding="utf-8")
    print(f"{args.out}: {len(lexicon['lemmas'])} lemmas, {args.out.stat().st_size // 1024} KiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

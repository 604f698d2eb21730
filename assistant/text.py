"""Word-level helpers shared by BM25, the extractive answerer and the citation checker."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cached_property, lru_cache

import snowballstemmer

from assistant.lexicon import lemmas

NAME_RUN = r"[A-Z][\w\u2019'-]*(?:\s+[A-Z][\w\u2019'-]*)*"
"""A run of capitalised words, as a regex source: "Antony Blinken", "Xi"."""

MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
"""The month names, as a regex alternation."""

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are aren't as at be because been before being
    below between both but by can could did do does doing down during each few for from further had has have
    having he her here hers herself him himself his how i if in into is isn't it its itself just me more most
    my myself no nor not now of off on once only or other our ours ourselves out over own same she should so
    some such than that the their theirs them themselves then there these they this those through to too
    under until up very was wasn't we were what when where which while who whom why will with would you your
    yours yourself yourselves ever else tell say said says according article please let me us one two
    did does do done get got make made many much kind sort thing things way yes list explain
    regarding concerning toward towards despite upon via amid among main major primary principal biggest
    happen happens happened happening occur occurs occurred occurring""".split()
)
"""Function words (negations among them: the claim verifier judges polarity, not word overlap), the
ranking words a question puts before what it asks ("the main sources of tension"), and the verbs that
only say something took place ("where could incidents happen?" asks where the incidents are)."""

PEOPLE_NOUNS = frozenset(
    "experts analysts observers critics officials diplomats leaders lawmakers commentators scholars sources".split()
)
"""Plural nouns for people a news sentence opens with ("Experts note ..."): who says it, unnamed."""


BARE_CONTRACTIONS = frozenset(
    "dont doesnt didnt isnt arent wasnt werent cant wont hasnt havent hadnt shouldnt wouldnt couldnt neednt mustnt "
    "shant aint mightnt".split()
)
"""Negated auxiliaries typed without the apostrophe: negations, not misspellings."""
_NEGATIVE_PREFIX = re.compile(r"(?:un|non|dis|in|im|ir|il|anti|de|mis)\w")

_WORD = re.compile(r"[A-Za-z0-9]+(?:['\u2019-][A-Za-z0-9]+)*")
_stemmer = snowballstemmer.stemmer("english")


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def word_matches(text: str) -> Iterator[re.Match[str]]:
    """The words of ``words`` with where they lie."""
    return _WORD.finditer(text)


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    """Snowball stem, after undoing irregular verb forms the stemmer cannot see through
    ("met" -> "meet", "held" -> "hold"), so "Who met Xi?" shares a word with "a meeting"."""
    w = word.lower().replace("\u2019", "'")
    if w.endswith("'s"):
        w = w[:-2]
    readings = lemmas(w)
    if set(readings) == {"VERB"}:  # only a verb form: no noun or adjective reading to lose
        w = readings["VERB"][0]
    return _stemmer.stemWord(w)


def content_words(text: str) -> list[str]:
    """Lower-cased words that carry meaning (stopwords removed, hyphenated words also split)."""
    out = []
    for w in words(text):
        lw = w.lower().replace("\u2019", "'")
        if lw in STOPWORDS:
            continue
        out.append(lw)
        if "-" in lw:
            out.extend(p for p in lw.split("-") if p and p not in STOPWORDS)
    return out


def content_stems(text: str) -> list[str]:
    return [stem(w) for w in content_words(text)]


@lru_cache(maxsize=50_000)
def family(word: str) -> str:
    """One key for a word and the derivations WordNet gives it that share its first five letters
    ("economy", "economic" -> "econom"): the reader's "economy" is the article's "economic slowdown"."""
    from assistant.lexicon import lexicon

    low = word.lower()
    forms = {low} | {f for fs in lemmas(low).values() for f in fs}  # "tensions" is "tension"'s
    kin = {stem(d) for f in forms for d in lexicon().derived(f) if d[:5] == low[:5]} | {stem(low)}
    return min(kin, key=lambda x: (len(x), x))


def content_families(text: str) -> set[str]:
    return {family(w) for w in content_words(text)}


def _edits(word: str) -> set[str]:
    """Every string one deletion, swap, replacement or insertion away (Norvig's spelling corrector)."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return {
        *(a + b[1:] for a, b in splits if b),
        *(a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1),
        *(a + c + b[1:] for a, b in splits if b for c in letters),
        *(a + c + b for a, b in splits for c in letters),
    }


_BARE_POSSESSIVE = re.compile(r"\b([A-Za-z]{2,})s\b")
_PLURAL_SUBJECT = re.compile(r"\s+(?:are|were|have|do|did|say|said|get|got)\b", re.I)


ALIASES = {
    **dict.fromkeys("us usa america american americans washington".split(), "US"),
    **dict.fromkeys("china chinese beijing sino prc".split(), "China"),
}
"""Names of one country, and its capital standing for its government ("Beijing and Washington")."""


class Vocabulary:
    """The content words of a corpus, to tell which question words the article never uses."""

    def __init__(self, texts: list[str]) -> None:
        self.words: tuple[str, ...] = tuple(sorted({w for t in texts for w in content_words(t)}))
        named = {ALIASES[w] for w in self.words if w in ALIASES}
        # "Which American official went to Beijing?": a country the article names by one of its
        # names ("US") is known by the others ("American", "America") too
        self.stems: frozenset[str] = frozenset(stem(w) for w in self.words) | {stem(a) for a, c in ALIASES.items() if c in named}
        cased: dict[str, set[str]] = {}
        for t in texts:
            end = 0
            for m in _WORD.finditer(t):
                gap, end = t[end : m.start()], m.end()  # what separates it from the word before
                mark = gap.rstrip()
                initial = (m.start() == len(gap) and not mark) or "\n" in gap[len(mark) :] or mark[-1:] in tuple(".!?\"\u201c\u2018-:")
                if not initial or m.group(0).islower():  # a sentence's first word says nothing of its case
                    cased.setdefault(m.group(0).lower(), set()).add(m.group(0))
        # words the corpus only ever writes capitalised mid-sentence: names
        self.proper: dict[str, str] = {
            low: next(iter(forms))
            for low, forms in cased.items()
            if len(forms) == 1 and next(iter(forms))[:1].isupper() and low not in STOPWORDS
        }
        for low, form in list(self.proper.items()):  # "Russia's invasion": "russia" is Russia too
            if (owned := re.fullmatch(r"(.+?)['\u2019]s", low)) is not None:
                self.proper.setdefault(owned.group(1), form[: len(owned.group(1))])

    def truecase(self, text: str) -> str:
        """A question typed without case ("who is blinken", "WHAT DID BIDEN SAY") gets the corpus's
        capitals back, so names are seen as names; a question that has capitals is left alone."""
        ws = words(text)
        if any(w[:1].isupper() and not w.isupper() for w in ws[1:]) and not text.isupper():
            return text  # typed with capitals; "did xi tell blinken ... the US" has only an acronym's
        return _WORD.sub(self._recase, text) if text.isupper() else _WORD.sub(self._truecase_word, text)

    def _truecase_word(self, m: re.Match[str]) -> str:
        word = m.group(0)
        base, owner = re.fullmatch(r"(.+?)((?:['\u2019]s)?)", word).groups()  # "blinken's" is Blinken's
        return self.proper.get(base.lower(), base) + owner

    def _recase(self, m: re.Match[str]) -> str:
        """A question in capitals: the corpus's case for names, lower case for the rest."""
        return self.proper.get(m.group(0).lower(), m.group(0).lower())

    def corrected(self, text: str) -> str:
        """Misspelt words put right, so "wat technologies does the US withold" finds its sentence:
        a lower-case word that neither the article nor WordNet knows becomes the closest article
        word (or function word) when one is close enough. Names and real words are left alone."""
        from difflib import get_close_matches

        from assistant.lexicon import lexicon

        def fix(m: re.Match[str]) -> str:
            w = m.group(0)
            if len(w) >= 4 and w[:1].isupper() and w[1:].islower():
                return self._name_spelled(w)
            if len(w) < 3 or not w.islower() or w in STOPWORDS or w in BARE_CONTRACTIONS or stem(w) in self.stems:
                return w  # "doesnt" is "does not", never "does"
            if re.search(r"['\u2019-]", w):
                return w  # "what's", "it's", "two-day": contractions and compounds are not misspellings
            if lexicon().known(w) or any(lexicon().known(x) for forms in lemmas(w).values() for x in forms):
                return w
            swapped = {w[:i] + w[i + 1] + w[i] + w[i + 2 :] for i in range(len(w) - 1)} & self._spelling_set
            if len(swapped) == 1:  # "whta", "waht": two letters typed the wrong way round ("hwo" is "who" or "how": kept)
                return swapped.pop()
            close = get_close_matches(w, self._spellings, n=1, cutoff=0.8)
            if not close:  # "originaly": one letter from exactly one word WordNet knows
                if len(w) < 5:
                    return w
                known = {e for e in _edits(w) if lexicon().known(e)}
                if len(known) > 1:  # "original" or "originally": the one that keeps the word's ends
                    known = {e for e in known if e[:1] == w[:1] and e[-2:] == w[-2:]}
                return known.pop() if len(known) == 1 else w
            if _NEGATIVE_PREFIX.match(w) and not close[0].startswith(w[:2]):
                return w  # "unstabilised" must not lose its "un"
            return close[0]

        return _WORD.sub(fix, _BARE_POSSESSIVE.sub(self._possessive, text))

    def _name_spelled(self, w: str) -> str:
        """"Bliken", "Jinpin": a capitalised word neither the article nor WordNet knows, one slip from
        exactly one of the article's names (same first letter), is that name."""
        from difflib import get_close_matches

        from assistant.lexicon import lexicon

        low = w.lower()
        if low in self.proper or stem(w) in self.stems or lexicon().known(low):
            return w
        close = get_close_matches(w, [n for n in self._names if n[:1] == w[:1]], n=2, cutoff=0.8)
        return close[0] if len(close) == 1 else w

    @cached_property
    def _names(self) -> list[str]:
        """The article's names a slip may stand for: four letters or more, no possessives."""
        return sorted({n for n in self.proper.values() if len(n) >= 4 and not re.search(r"['\u2019]", n)})

    def _possessive(self, m: re.Match[str]) -> str:
        """"Blinkens trip", "Chinas stance": a name's possessive typed without its apostrophe."""
        w, base = m.group(0), m.group(1)
        if _PLURAL_SUBJECT.match(m.string, m.end()):
            return w  # "Which seas are mentioned?": a plural before its verb ("South China Sea" names a sea)
        owner = base.lower() in self.proper or f"{base.lower()}\u2019s" in self.proper or f"{base.lower()}'s" in self.proper
        known = owner and w.lower() not in self.proper and stem(w) not in self.stems - {stem(base)}
        return f"{base}'s" if known else w

    @cached_property
    def _spelling_set(self) -> frozenset[str]:
        return frozenset(self._spellings)

    @cached_property
    def _spellings(self) -> list[str]:
        forms = {f for w in self.words for fs in lemmas(w).values() for f in fs}
        return sorted(set(self.words) | forms | STOPWORDS)

    def unknown(self, text: str) -> list[str]:
        return [w for w in dict.fromkeys(content_words(text)) if stem(w) not in self.stems]

"""Question forms: one table entry per kind of question (who, where, when, why, yes/no, ...).

A question is parsed once into a ``ParsedQuestion``; its ``Form`` says how it is recognised,
how it is searched, which sentences it prefers, what a sentence must hold to answer it, and the
short verbatim span that answers it. A new kind of question is one more entry in ``FORMS``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol

from assistant.answers import INSTRUCTIONS, NO_AUTHOR, NOT_ENGLISH
from assistant.followup import asked_part, carried_context, pronoun_context, spelled_out
from assistant.lexicon import lemmas
from assistant.questions import (
    ABOUT_ARTICLE,
    DURATION_CUES,
    LEADING_AUXILIARY,
    NUMBER_CUES,
    PLACE_CUES,
    PLACE_KINDS,
    REASON_CUES,
    TIME_CUES,
    ROLE_OF_NAME,
    asked_person,
    asks_for_summary,
    counts_asked_thing,
    in_another_language,
    focus_words,
    hides_instructions,
)
from assistant.text import ALIASES, MONTHS, PEOPLE_NOUNS, STOPWORDS, content_families, content_stems, content_words, family, stem, word_matches, words

if TYPE_CHECKING:
    from assistant.text import Vocabulary
    from assistant.verifier import Token


class Sentence(Protocol):
    """What a form needs of a candidate sentence (the answerer's ``Candidate``)."""

    text: str
    score: float
    start: int
    size: int
    referents: frozenset[str]

    @property
    def headline(self) -> bool: ...

    @property
    def passage(self) -> str: ...

    @property
    def position(self) -> tuple[str, int, int]: ...  # (source, passage number, offset): reading order


SpanFinder = Callable[["ParsedQuestion", str], "list[tuple[int, int]]"]


@dataclass(frozen=True)
class Form:
    name: str
    recognise: Callable[[str], bool]
    asks_for: str = ""  # "the place": named in a decline's reason
    cue: re.Pattern[str] | None = None  # sentences holding it are preferred
    supports: Callable[[ParsedQuestion, str], bool] | None = None  # can this sentence answer at all?
    spans: SpanFinder | None = None  # where the short verbatim answer may lie in a sentence, best first
    anchored: bool = False  # the spans are found next to the question's own words (a title before the name)
    verified_spans: bool = False  # the span finder has the claim verifier check each span itself
    proven_spans: SpanFinder | None = None  # spans whose wording proves them, tried before the verifier's
    tells_without: Callable[[ParsedQuestion, str], bool | None] | None = None
    # does the sentence tell the asked act without what is asked (None: it does not tell the act)?
    pick: Callable[[ParsedQuestion, Sequence[Sentence]], Sentence | None] | None = None  # a rule settles the sentence
    prefer: Callable[[ParsedQuestion, Sentence], bool] | None = None  # rank among these sentences first, if any can answer
    rank_by_question: bool = False  # search with the rewritten query, but rank sentences by the question itself
    ranks_by_context: bool = False  # rank sentences by what the conversation asked before ("anything else?" says nothing itself)
    headline_bonus: float | None = None  # instead of the usual penalty: the headline is what is asked about
    rewrite: Callable[[str, str], str] | None = None  # (question, headline) -> the query searched
    declines: str | None = None  # never answered, for this reason
    reads_mentions: bool = False  # also read every passage naming the question's names, retrieved or not
    headline_names: bool = False  # a question naming no one asks of the people of the headline ("the meeting")
    needs_people: bool = False  # tells people from places by the titles the article gives (reads WordNet)
    verdict: bool = False  # a Yes/No verdict from the claim verifier
    gather: Callable[[ParsedQuestion, Sequence[Sentence]], list[tuple[Sentence, tuple[int, int]]]] | None = None
    # a list answer read across the whole article: each item a verbatim span of a sentence
    max_sentences: int = 2
    asked_nouns: frozenset[str] = frozenset()  # "which *place*": names only what is asked, so no sentence need use it


@dataclass(frozen=True)
class ParsedQuestion:
    """A question as the answerer sees it, parsed once."""

    text: str  # as asked, truecased
    standalone: str  # follow-ups resolved: what is searched
    form: Form
    stems: frozenset[str]  # the stems of its words
    searched: frozenset[str]  # the content stems of the standalone question: a follow-up's "he" resolved
    names: tuple[str, ...]  # capitalised words after the first
    focus: tuple[str, ...]  # what it asks about ("which *hotel*")
    unknown: tuple[str, ...] = field(default=())  # content words the article never uses
    persons: frozenset[str] = frozenset()  # names the corpus gives a title: people, not places
    context: tuple[str, ...] = ()  # the corpus's passages: who is who, for the claim verifier
    headline_event: bool = False  # a form with headline_names asks of the headline's event ("Where was the meeting held?")
    referent: str | None = None  # whom a follow-up's "he" or "she" stands for ("Blinken" after "did blinken agree?")
    said: tuple[str, ...] = ()  # the conversation's earlier answers: "anything else?" asks past them


# -- what a sentence must hold, and the span that answers ------------------------------------------
_CAP = r"[A-Z][\w\u2019'-]*"
_CAP_RUN = re.compile(rf"{_CAP}(?:\s+(?:of\s+(?:the\s+)?)?{_CAP})*")
PLACE_SPAN = re.compile(
    rf"\b(?:in|at|near|inside|outside|while visiting|to|from)\s+{PLACE_KINDS}(?:the\s+)?{_CAP}(?:\s+(?:of\s+the\s+|of\s+|and\s+the\s+|and\s+)?{_CAP})*"
)
TIME_SPAN = re.compile(
    rf"\b(?:(?:since|in|on|by|until|before|after|during|for)\s+)?"
    rf"(?:(?:{MONTHS})\s+\d{{1,2}},\s+\d{{4}}|(?:{MONTHS})\s+\d{{4}}|(?:1[89]|20)\d\d"
    r"|the (?:beginning|start|end|middle) of the (?:year|month|week)|the past few (?:days|weeks|months)"
    r"|(?:last|next) (?:week|month|year)|yesterday|tomorrow"
    r"|(?<=after )(?:the|his|her|their) (?:meetings?|talks|visit|trip)"  # "in his comments after the meeting"
    r"|(?<=after )(?:a|an) [^,.;]{3,150}[\w\u2019'])\b"  # "postponed after a Chinese spy balloon allegedly flew over ..."
)
DURATION_SPAN = re.compile(
    r"\b(?:the\s+)?(?:\w+-(?:day|week|month|year|hour)\s+[a-z]+"
    r"|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|few|several)\s+(?:days?|weeks?|months?|years?|hours?))\b"
)  # not "since 2018": how long a visit lasted is not how long since the last one
REASON_SPAN = re.compile(
    r"\b(?:because|after|due to|as a result of|so that|to prevent|in order to|aimed at|fueled by|amid)\b[^.;:]*", re.I
)


def _new_words(q: ParsedQuestion, text: str) -> set[str]:
    return {stem(w) for w in words(text)} - q.stems


def _place_words(q: ParsedQuestion, text: str) -> list[str]:
    return [m.group("place") for m in PLACE_CUES.finditer(text) if stem(m.group("place")) not in q.stems]


def _names_in(text: str) -> list[str]:
    """Capitalised words after the first, without a possessive ("Xi's" is Xi), and not an office
    ("President"): what someone is, not who."""
    from assistant.verifier import TITLE_WORDS

    ws = [re.sub(r"['\u2019]s$", "", w) for w in words(text)[1:]]
    return [w for w in ws if w[:1].isupper() and w.lower() not in STOPWORDS and w.lower() not in TITLE_WORDS]


def missing_names(q: ParsedQuestion, present: set[str]) -> list[str]:
    """The question's names a sentence lacks (``present``: its words' first four letters); a
    given name counts as there when the article writes it with a name that is ("Jinping" of Xi)."""
    from assistant.verifier import name_partners

    partner = name_partners(q.context) if q.context else {}
    return [n for n in q.names if n.lower()[:4] not in present and partner.get(n.lower(), "")[:4] not in present]


def _names_all_in(q: ParsedQuestion, text: str) -> bool:
    return not missing_names(q, name_prefixes(text))


def name_prefixes(text: str) -> set[str]:
    """Names are matched on four letters: "China" is mentioned by "China's" and "Chinese"."""
    return {w.lower()[:4] for w in words(text)}


def with_country_names(found: set[str], both: bool = False) -> set[str]:
    """Name prefixes (see ``name_prefixes``) with a country's other names added ("Beijing" for
    "China"); ``both``: the text names the story's two countries ("the two nations")."""
    from assistant.verifier import ALIASES, COUNTRIES

    countries = set(COUNTRIES) if both else {country for alias, country in ALIASES.items() if alias[:4] in found}
    return found | {alias[:4] for alias, country in ALIASES.items() if country in countries}


_SOMEONE = frozenset("he she him her his who whom".split())


def _mentions_someone(question: str) -> bool:
    """Does the question name or point at a person ("the president", "he", "Blinken")? Then it
    asks about that person, not about a meeting or a place alone."""
    from assistant.verifier import TITLE_WORDS

    ws = words(question)
    return bool(_names_in(question)) or any(
        w.lower() in TITLE_WORDS or w.lower() in PEOPLE_NOUNS or w.lower() in _SOMEONE for w in ws[1:]
    )


_HAPPENING = frozenset(
    stem(w) for w in "held hold happen take place occur located location venue building site city host hosted house housed".split()
)


_MEETING_WORDS = frozenset(stem(w) for w in "talks talk discussions negotiations meetings summit".split())

_THEY = re.compile(r"\b(?:they|them)\b", re.I)
"""A question that names no one and asks where "they" were: the headline's people, in a news story."""


_THE_PAIR = re.compile(r"\b(?:the\s+two|both)\s+(?:men|leaders|sides|officials|diplomats|of them)\b", re.I)


def _about_headline_event(question: str, context: Sequence[str]) -> bool:
    """"Where was the meeting held?": every word but those of happening is the headline's, and no
    one is named; the headline's meeting is then the one asked about."""
    question = _THE_PAIR.sub(" ", question)  # "the two men": the headline's two people, named nowhere else
    if not context or _mentions_someone(question):
        return False
    asked = {stem(w) for w in content_words(question)} - _HAPPENING
    headline = {stem(w) for w in content_words(context[0].strip().splitlines()[0])}
    if stem("meeting") in headline:  # "Where did the talks take place?": the headline's meeting, in other words
        asked = {stem("meeting") if w in _MEETING_WORDS else w for w in asked}
    return asked <= headline and (bool(asked) or bool(_THEY.search(question)) or bool(re.search(r"\b(?:venue|building)\b", question, re.I)))


def headline_people(context: Sequence[str]) -> tuple[str, ...]:
    """The people of the headline, for a question about its event that names no one ("Where was the
    meeting held?"): in a news story, the meeting the headline reports."""
    from assistant.verifier import titles

    headline = context[0].strip().splitlines()[0]
    people = frozenset(titles(context))
    runs = re.findall(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*", headline)
    text = " ".join(context)
    # each person by the name the article uses most ("Xi", not "Jinping")
    return tuple(max(run.split(), key=lambda w: len(re.findall(rf"\b{re.escape(w)}\b", text)))
                 for run in runs if run.split()[-1].lower() in people)


def _supports_place(q: ParsedQuestion, text: str) -> bool:
    """A place the question does not give, in a sentence that names everyone the question names:
    "Where did Xi meet Biden?" is not answered by where Biden was."""
    if not (_place_words(q, text) and _names_all_in(q, text)) or _WHERE_WITHIN.match(q.text):
        return False
    who = _WHERE_IS.match(q.text)
    if who and not _TRAILING_PREPOSITION.search(q.text):
        spans = place_spans(q, text)
        if not spans:
            return False  # "Where did Blinken make his comments?" is not answered by where Biden was
        visiting = re.search(rf"\bwhile visiting\s+{_CAP}", text)
        if visiting and not any(text[a:b].startswith("while visiting") for a, b in spans):
            return False  # read whole, "Biden, while visiting California, praised Blinken's efforts in China" puts Blinken in California
    if re.search(r"\bwhile visiting\b", text) and q.headline_event:
        return False  # "Where was the meeting held?": read whole, "while visiting California" would answer it
    return bool(q.names) or bool(set(content_stems(text)) & (q.stems | q.searched))


_ASKS_TYPE = re.compile(r"^\s*what\s+(?:kinds?|types?|sorts?)\s+of\s", re.I)
_TYPE_BLIND = frozenset("the a an this that these those its his her their of some any certain such".split())
"""Words before a noun that tell no kind: "certain technologies" says not which."""
_SPECIFIERS = re.compile(r"^\s*(?:such as|like|including|namely|near|in|of|from|that|which)\s+\S", re.I)


def specifies_kind(q: ParsedQuestion, text: str, head: str | None = None) -> bool | None:
    """"Which experts ...?" is not answered by "Experts note ...": where the sentence uses the
    asked-for noun, something next to it must tell which (a name the question does not give, "such
    as ...", "near Taiwan"). None where the sentence does not use the noun: it may name the thing
    otherwise ("invasion" for "war"), which the answerability model judges."""
    head = head or (q.focus[-1] if q.focus else None)
    if head is None:
        return None
    matches = [m for m in word_matches(text) if stem(m.group()) == stem(head)]
    given = {stem(n) for n in q.names}
    for m in matches:
        before, after = text[max(0, m.start() - 40) : m.start()], text[m.end() : m.end() + 40]
        # a name right before the noun or right after it ("Chinese officials"); not one further on
        # ("allies aimed at containing China's ambitions" names no ally)
        near = words(re.split(r"[,;:]", before)[-1])[-2:] + words(re.split(r"[,;:]", after)[0])[:1]
        named = [w for w in near if w[0].isupper() and stem(re.sub(r"['\u2019]s$", "", w)) not in given]
        if named or _SPECIFIERS.match(after) or _typed_by(q, before):
            return True
        if re.search(r"\b(?:this|that|these|those)\s+$", before, re.I) and re.search(r"[.!?]\s", text[: m.start()]):
            return True  # "... military-to-military communication ... However, ... no immediate progress on this issue"
    return False if matches else None


_SPECIFICS = re.compile(
    r"^\s*(?:what|which)\s+(?:(?:exactly|specifically|precisely)\s+)?(?:(?:is|was|are|were)\s+(?:(?:exactly|specifically)\s+)?(?:the\s+)?)?"
    r"(?:(?:specific|particular|exact)\s+)?(?P<noun>[a-z]+)\b",
    re.I,
)
_ASKS_SPECIFICS = re.compile(r"\b(?:exactly|specifically|precisely|specific|particular|exact)\b", re.I)


def _specific_noun(question: str) -> str | None:
    """"What exactly were the *agreements* they reached?", "What specific *issues* were agreed?": a
    question that asks which ones, in so many words."""
    m = _SPECIFICS.match(question)
    if m is None or not _ASKS_SPECIFICS.search(question) or "NOUN" not in lemmas(m.group("noun").lower()):
        return None
    return m.group("noun").lower()


def _tells_specifics(q: ParsedQuestion, text: str) -> bool:
    """"agreements reached on specific issues" does not say which agreements: a sentence that uses
    the noun must tell which, as for "which"; one that does not is judged as any other."""
    noun = _specific_noun(q.text)
    return noun is None or specifies_kind(q, text, noun) is not False


def _of_the_asked(q: ParsedQuestion, text: str) -> bool:
    """"Which issues did they agree on?" is not answered by "Washington has also raised issues such
    as ...": a sentence that uses the noun asked for must also speak of something else the question
    asks (in its words or WordNet's), when the question asks anything else."""
    from assistant.verifier import relates_to

    head = {stem(w) for w in q.focus[-1:]}
    rest = [w for w in content_words(q.text) if stem(w) not in head and w not in q.names and w.lower() not in _SAYING | _MENTIONING]
    return not rest or any(stem(w) in content_stems(text) or relates_to(w, text) for w in rest)


_MENTIONING = frozenset("mention mentions mentioned mentioning name names named naming cite cites cited citing list listed "
                        "discuss discussed discussing refer referred referenced raise raised bring brings brought bringing "
                        "touch touched address addressed talk talked article story".split())
"""Words that only say a thing comes up ("Which war is brought up?"): no part of what the sentence must say."""


def _typed_by(q: ParsedQuestion, before: str) -> bool:
    """"What kind of communication?" is answered by the word before the noun ("military-to-military
    communication"), not by "certain" or "of"."""
    modifier = words(before)[-1:] if _ASKS_TYPE.match(q.text) else []
    return any(content_words(w) and w.lower() not in _TYPE_BLIND and stem(w) not in q.stems for w in modifier)


def _pick_typed(q: ParsedQuestion, sentences: Sequence[Sentence]) -> Sentence | None:
    """For "what kind of X?", the best ranked sentence whose X is told by a modifier settles it.
    Other "which" questions are left to the answerability model."""
    if not _ASKS_TYPE.match(q.text):
        return None
    return _best_single(sentences, lambda c: bool(specifies_kind(q, c.text)))


def _best_single(sentences: Sequence[Sentence], settles: Callable[[Sentence], bool]) -> Sentence | None:
    """The best ranked single sentence that ``settles`` the question, if any."""
    return next((c for c in sorted(sentences, key=lambda c: -c.score) if c.size == 1 and settles(c)), None)


def supports_person(q: ParsedQuestion, text: str) -> bool:
    """A 'who' needs a name the question does not already give ("Who interpreted for Blinken?" is
    not answered by a sentence about Blinken); a sentence's first word counts when it is one of
    the article's people or a country ("Blinken viewed ...", "China, on the other hand, ...")."""
    from assistant.verifier import ALIASES

    first = re.sub(r"['\u2019]s$", "", (words(text) or [""])[0])
    opener = [first] if first.lower() in q.persons or first.lower() in ALIASES or first.lower() in PEOPLE_NOUNS else []
    if _done_by_no_one(q, text):
        return False
    return any(stem(w) not in q.stems for w in opener + _names_in(text))


_WHO_DID = re.compile(r"^\s*who\s+(?P<act>[a-z]+ed|shot|hit|took|made|brought|sent|gave|wrote|told|led|held)\b", re.I)
_PASSIVE = r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?{act}\b(?!\s+by\b)"


def _done_by_no_one(q: ParsedQuestion, text: str) -> bool:
    """"Who shot down the balloon?" of "the balloon ... was subsequently shot down": the sentence
    says the act was done and, in the passive without "by", by no one it names."""
    m = _WHO_DID.match(q.text)
    return bool(m) and re.search(_PASSIVE.format(act=re.escape(m.group("act").lower())), text, re.I) is not None





def describes(text: str, name: list[str]) -> tuple[int, int] | None:
    """A title right before the name ("US Secretary of State Antony Blinken") or an apposition
    after it ("Blinken, the first US secretary of state ..."): the span that says who they are."""
    last = re.escape(name[-1])
    for m in re.finditer(rf"\b{last}\b", text):
        apposition = re.match(r",\s+((?:the|a|an)\s[^,.;]*)", text[m.end() :])
        if apposition:
            return m.end() + apposition.start(1), m.end() + apposition.end(1)
        head = text[: m.start()]
        before = list(re.finditer(r"\S+", head))
        for w in reversed(name[:-1]):  # the rest of the name is not a title
            if before and before[-1].group(0) == w:
                before.pop()
        run = 2 if len(name) == 1 else 1  # asked by surname alone, the word before may be a given name
        if len(before) >= run and all(_titlecase(b.group(0)) for b in before[-run:]):
            first = len(before) - run
            while first > 0 and (_titlecase(before[first - 1].group(0)) or before[first - 1].group(0) == "of"):
                first -= 1
            if before[first].group(0) == "of":
                first += 1
            tail = re.match(rf"(?:\s+{_CAP})*", text[m.end() :])  # "Xi" -> "Xi Jinping"
            return before[first].start(), m.end() + (tail.end() if tail else 0)
    return None


def _titlecase(word: str) -> bool:
    """A capitalised word that is not a function word; "US" is an acronym, not "us"."""
    return word[:1].isupper() and word.isalpha() and (word.isupper() or word.lower() not in STOPWORDS)


def _asked_name(q: ParsedQuestion) -> list[str]:
    name = asked_person(q.text)
    return words(name) if name else []


def _new(pattern: re.Pattern[str], q: ParsedQuestion, text: str) -> list[tuple[int, int]]:
    """Matches that tell the reader something the question does not already say."""
    function = {stem(w) for w in STOPWORDS}
    return [m.span() for m in pattern.finditer(text) if _new_words(q, m.group(0)) - function]


_TRAILING_PREPOSITION = re.compile(r"\b(from|to)\s*\?*\s*$", re.I)


_WHERE_IS = re.compile(
    r"^\s*(?i:where)\s+(?i:is|was|were|are|did|does|do|has|have|had)\s+(?P<who>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)\b(?![\w'\u2019-])"
)
""""Where was Biden ...?", "Where did Blinken make his comments?": somewhere the sentence must put that person."""


_WHERE_WITHIN = re.compile(rf"^\s*(?i:where)\s+(?i:in|inside|within)\s+(?:the\s+)?{_CAP}")
"""'Where in California was Biden?' asks for a place inside another, which the article never names."""


def _given(q: ParsedQuestion, span: str) -> bool:
    """Every place word of the span is in the question: "Where in California was Biden?" asks for
    somewhere inside California, which "while visiting California" does not give."""
    places = re.findall(_CAP, span)
    return bool(places) and all(stem(re.sub(r"['\u2019]s$", "", p)) in q.stems for p in places if p.lower() not in ("the", "of"))


def place_spans(q: ParsedQuestion, text: str) -> list[tuple[int, int]]:
    """Place phrases; "Where is Blinken from?" takes only a "from" phrase ("to Beijing" is where
    he went, not where he is from), "Where did he travel to?" only a "to" phrase."""
    if _WHERE_WITHIN.match(q.text):
        return []
    spans = [(a, b) for a, b in _new(PLACE_SPAN, q, text) if not _qualifies_noun(text, b) and not _given(q, text[a:b])]
    spans = [sp for sp in spans if not _of_another_act(q, text, sp)]
    who = _WHERE_IS.match(q.text)
    if not who and (q.headline_event or not _mentions_someone(q.text)):
        # "while visiting California" is where the one visiting was, an answer only about them or a
        # visit: "Where was the meeting held?" is not answered by where Biden was
        spans = [(a, b) for a, b in spans if not text[a:b].lower().startswith("while visiting")]
    if who and not _TRAILING_PREPOSITION.search(q.text):  # "Where was Biden when he praised ...?": Biden there, not his praise
        from assistant.verifier import verify

        spans = [(a, b) for a, b in spans if verify(f"{who.group('who')} was {text[a:b]}", [text], context=q.context).supported]
    m = _TRAILING_PREPOSITION.search(q.text)
    if m is None:
        return spans
    return [(a, b) for a, b in spans if text[a:b].lower().startswith(m.group(1).lower() + " ")]


_FIRST_SINCE = re.compile(r"\bthe first (?P<who>[^,;.]{1,60}?) to (?P<act>[^,;.]{1,60}?) (?P<since>since (?:1[89]|20)\d\d)\b")
"""'the first US secretary of state to visit China since 2018': none did so between 2018 and him."""

_ASKS_LAST = re.compile(r"\b(?:last|previous(?:ly)?|since when)\b", re.I)
_TIME_WORDS = frozenset("last previous previously time year date when since before ago first one".split())


def first_since_spans(q: ParsedQuestion, text: str) -> list[tuple[int, int]]:
    """"When did a secretary of state last visit China?" -> "the first US secretary of state to
    visit China since 2018"; "Since when had none visited?" -> "since 2018". The phrase says both,
    which the claim verifier cannot read from "the first ... since"; so every word the question
    asks with (or a WordNet relative) must be in the phrase, or name the one it is said of."""
    if not _ASKS_LAST.search(q.text):
        return []
    from assistant.lexicon import lexicon

    lex = lexicon()
    out = []
    for m in _FIRST_SINCE.finditer(text):
        said = {f for w in words(m.group(0)) for f in _word_forms(w.lower())}
        before = {w.lower() for w in words(text[: m.start()])[-2:]}  # "alongside Blinken, the first ..."
        for w in words(q.text):
            low = w.lower()
            if low in STOPWORDS or low in _TIME_WORDS or low in before or not content_words(w):
                continue
            forms_ = _word_forms(low)
            if not (forms_ & said or any(said & lex.near(f) or said & lex.covers(f) for f in forms_)):
                break
        else:
            since = re.search(r"\bsince when\b|^\s*since\b", q.text, re.I) and not re.search(r"\b(?:last|previous(?:ly)?)\b", q.text, re.I)
            out.append(m.span("since") if since else m.span())
    return out


def _of_another_act(q: ParsedQuestion, text: str, span: tuple[int, int]) -> bool:
    """Does the place belong to something other than the question's act, which the sentence also
    tells? "highlighted the importance of ... communication to prevent incidents in regions like
    Taiwan": the incidents are in those regions, not the highlighting; "Blinken's trip to Beijing
    was postponed": Beijing is the trip's, not where it was postponed. A place set off by commas
    ("Biden, while visiting California, praised ...") is the whole clause's."""
    from assistant.verifier import AUXILIARIES, CLAUSE_MARKS, tokenize

    tokens = tokenize(text)
    told = [tokens[j] for j in _told_at(q, tokens)]
    if not told:
        return False
    for t in told:
        if t.end <= span[0]:
            between = [x for x in tokens if t.end <= x.start and x.end <= span[0]]
            if not any(x.verb and x.low not in AUXILIARIES for x in between) and not CLAUSE_MARKS.search(text, t.end, span[0]):
                return False  # the place follows the act in its clause
        elif span[1] <= t.start and CLAUSE_MARKS.search(text, span[1], t.start):
            return False  # set off before the act
    return True


def _act_told_without_a_place(q: ParsedQuestion, text: str) -> bool | None:
    """"Where was the balloon shot down?": the sentence tells the shooting down, and its only place
    ("Blinken's trip to Beijing") is another act's; the sentence does not say where. None where it
    does not tell the question's own act (by its lemma, not a WordNet relative)."""
    from assistant.verifier import tokenize

    tokens = tokenize(text)
    told = _told_at(q, tokens)
    if not told:
        return None
    if any(tokens[k].low in _LOCATIVE for j in told for k in range(j + 1, min(j + 3, len(tokens)))):
        return False  # "flew over sensitive US military sites": a place in words, if no name
    return all(_of_another_act(q, text, m.span()) for m in PLACE_SPAN.finditer(text))


def _told_at(q: ParsedQuestion, tokens: Sequence[Token]) -> list[int]:
    """Where the sentence states the question's act, by its lemma, of something else the question
    names: "Washington has also raised issues ..." is not the raising of "Near which place have
    China's military activities raised concerns?"."""
    from assistant.verifier import is_act, tokenize

    asked = tokenize(q.text)
    acts = [t for j, t in enumerate(asked) if is_act(asked, j) and t.low not in _LIGHT_ACTS]
    others = {t.stem for t in asked if t.content and not t.name and t not in acts}
    if not acts or not others & {t.stem for t in tokens}:
        return []
    return [j for j, t in enumerate(tokens) if is_act(tokens, j) and any(a.lemmas & t.lemmas for a in acts)]


_LOCATIVE = frozenset("over in at near across above into onto through around inside outside within".split())


def time_spans(q: ParsedQuestion, text: str) -> list[tuple[int, int]]:
    """Times said of the question's own act, right after it: "When was the trip scheduled?" is
    "scheduled for the beginning of the year", but "When did Blinken visit China?" is not (the
    visit was scheduled then, and postponed). "since 2018" tells since when, not when."""
    spans = _new(TIME_SPAN, q, text)
    since = [(a, b) for a, b in spans if re.match(r"since\b", text[a:b], re.I)]
    # "When did a secretary of state last go to China?", "Blinken first in China since when?": "the
    # first ... to visit China since 2018"
    last = [(a, b) for a, b in since if re.search(r"\bfirst\b(?:\W+\w+){1,8}\W+$", text[:a], re.I)]
    if last and re.search(r"\b(?:last|previous(?:ly)?)\b|\bfirst\b.*\bsince when\b", q.text, re.I):
        return last
    if not re.search(r"^\s*since\b|\bsince when\b", q.text, re.I):
        spans = [sp for sp in spans if sp not in since]
    else:  # "since when has Blinken been secretary of state?" is not answered "after the meeting"
        spans = since
    return [(a, b) for a, b in spans if _after_act(q, text, a)]


_SAYING = frozenset("say says said state stated tell told remark remarks remarked comment comments commented speak spoke speaking".split())


def _word_forms(word: str) -> set[str]:
    """A lower-case word and every lemma WordNet gives it ("went": "go")."""
    return {word, *(f for fs in lemmas(word).values() for f in fs)}


def _after_act(q: ParsedQuestion, text: str, start: int) -> bool:
    """Does one of the question's words (not a name), or a word WordNet relates to it, come
    within three words before ``start``, with no comma between?"""
    from assistant.lexicon import lexicon

    before = text[:start]
    if re.search(r"[,;:]\s*$", before):
        return False
    lex = lexicon()
    forms = _word_forms
    text_asked = q.text if len(content_words(q.text)) > 1 else " ".join([q.text, *carried_context(q.standalone)[:1]])  # "Since when?"
    asked = [forms(w.lower()) for w in words(text_asked) if w.lower() not in STOPWORDS and w not in q.names]
    covered = [{x for lemma in la for x in lex.covers(lemma)} for la in asked]
    if {w.lower() for w in words(q.text)} & _SAYING and {w.lower() for w in words(before)[-3:]} & _SAYING:
        return True  # "When did he say that?": "in his comments after the meeting"
    for w in words(before)[-3:]:
        for lw in forms(w.lower()):
            if any(lw in la or la & lex.near(lw) or lw in cov for la, cov in zip(asked, covered)):
                return True
    return False


_SINCE_YEAR = re.compile(r"\bsince \d{4}\b")


def duration_spans(q: ParsedQuestion, text: str) -> list[tuple[int, int]]:
    """"The two-day visit"; "since 2018" only when the question asks how long since something;
    nothing for "how long ago". None in a sentence that lacks a name the question asks about: the
    spans are checked by ``_lasts``, not by the claim verifier, which cannot read "Blinken stayed in
    China the two-day visit"."""
    present = name_prefixes(text)
    if missing_names(q, present) and missing_names(q, present | _stay_place(q.text, q.context)):
        return []
    if _HOW_LONG_AGO.search(q.text):  # a length is not how long ago; "scheduled for the beginning of the year" is not either
        return []
    since = _new(_SINCE_YEAR, q, text) if _asks_since(q) else []
    return since + _lengths(q, text)


_HOW_LONG_AGO = re.compile(r"\bhow long ago\b", re.I)


def _lengths(q: ParsedQuestion, text: str) -> list[tuple[int, int]]:
    return [sp for sp in _new(DURATION_SPAN, q, text) if _lasts(q, text, sp)]


_ASKED_UNIT = re.compile(r"\bhow many (minute|hour|day|week|month|year)s?\b", re.I)
"""The unit a length is asked in: the article's "two-day" does not say how many hours."""
_TRIPS = frozenset("visit trip journey stay tour".split())
_SPENT = frozenset("spend spends spent spending".split())  # "How many days did Blinken spend in China?": his stay
_PERIOD_REFERENCES = re.compile(r"\b(?:past|last|next|previous|coming|these|those|first|final)\s+$", re.I)


def _lasts(q: ParsedQuestion, text: str, span: tuple[int, int]) -> bool:
    """Is the span how long the asked thing lasted? "the two-day visit" answers how long the visit
    or trip was, not how long the meeting was; "the past few days" names a period, not a length."""
    phrase = text[span[0] : span[1]]
    if _PERIOD_REFERENCES.search(text[: span[0]]) or _PERIOD_REFERENCES.search(phrase.split(" ", 1)[0] + " "):
        return False
    unit = _ASKED_UNIT.search(q.text)
    if unit is not None and not re.search(rf"\b{unit.group(1)}s?\b|-{unit.group(1)}\b", phrase):
        return False  # "How many hours did they spend talking?" is not "the two-day visit"
    m = re.search(r"-(?:day|week|month|year|hour)\s+([a-z]+)$", phrase)
    if m is None:
        return True
    if _asks_an_acts_length(q):
        return False
    noun = stem(m.group(1))
    asked = {stem(w) for w in content_words(q.text)}
    stay = (m.group(1) in _TRIPS) and (any(w.lower() in _TRIPS | _SPENT for w in words(q.text)) or _asks_stay(q))
    return noun in asked or stay or _held_over(q, text[: span[0]])


_OVER = re.compile(r"\b(?:over|during|throughout)\s+$")


def _held_over(q: ParsedQuestion, before: str) -> bool:
    """"extensive talks between ... and Blinken over the two-day visit": the talks lasted as long as
    the visit, so "How long did the talks last?" is answered; the meeting with Xi is not in that clause."""
    m = _OVER.search(before)
    if m is None:
        return False
    clause = re.split(r"[,;:]", before[: m.start()])[-1]
    asked = {w.lower() for w in words(q.text)} & _THE_EVENT
    return bool(asked & {w.lower() for w in words(clause)})


_HOW_LONG_WAS = re.compile(r"\bhow long (?:is|are|was|were|has|have|had)\b(?P<rest>.*)", re.I)


def _asks_an_acts_length(q: ParsedQuestion) -> bool:
    """"How long was the trip postponed?" asks how long the postponing lasted: "the two-day visit"
    is the trip's own length and would read as the delay."""
    m = _HOW_LONG_WAS.search(q.text)
    return m is not None and any(w.lower() != "been" and _participle(w) for w in words(m.group("rest")))


_STAY = re.compile(r"\bhow long (?:was|were|had|has)\s+(?P<who>(?:been\s+)?(?:[\w\u2019'-]+\s+){1,2}?)(?:been\s+)?(?:in|at|there)\b", re.I)


def _asks_stay(q: ParsedQuestion) -> bool:
    """"How long was Blinken in China?" asks how long his visit was; "How long was the meeting in
    the Great Hall?" does not."""
    m = _STAY.search(q.text)
    return m is not None and all(w in q.names or w.lower() in ("he", "she", "they", "been") for w in m.group("who").split())


@lru_cache(maxsize=64)
def _stay_place(question: str, context: tuple[str, ...]) -> frozenset[str]:
    """"How long was Blinken in Beijing?": the place of a stay the article tells of elsewhere
    ("Blinken's trip to Beijing") need not be in the sentence that gives the visit's length.
    Verified against the whole article once per question, not once per sentence weighed."""
    from assistant.verifier import verify

    m = _STAY.search(question)
    if m is None or not context:
        return frozenset()
    place = re.match(r"\s*(?:the\s+)?(" + _CAP + ")", question[m.end() :])
    if place is None or not verify(f"{m.group('who').strip()} was in {place.group(1)}", context, context=context).supported:
        return frozenset()
    return frozenset(name_prefixes(place.group(1)))


def _asks_since(q: ParsedQuestion) -> bool:
    return bool(re.search(r"\bsince\b", q.text, re.I))


_A_PERIOD = re.compile(r"\b(?:a|an)\s+(?:full\s+|whole\s+)?(?:day|week|month|year)\b", re.I)


def _tells_the_asked_clause(q: ParsedQuestion, c: Sentence) -> bool:
    """"Who said China would do the same?": a sentence with "China would do the same" in it, not
    one that only shares "said" and "China" ("Xi emphasized that ... China and the US ...")."""
    asked = [w.lower() for w in words(q.text)[2:]]  # past "who said"
    if len(asked) < _CLAUSE_RUN or not content_words(" ".join(asked)):
        return False  # too short to tell: the ranking stands
    text = " ".join(w.lower() for w in words(c.text))
    return any(" ".join(asked[k : k + _CLAUSE_RUN]) in text for k in range(len(asked) - _CLAUSE_RUN + 1))


_MET_BY = re.compile(
    r"^\W*(?i:(?:with\s+)?(?:who|whom)\s+(?:did|does|do|has|have|had|will|would))\s+(?P<who>[A-Z][\w.\u2019'-]*(?:\s+[A-Z][\w.\u2019'-]*)*)\s+"
    r"(?:meet|see|talk|speak|negotiate|confer|sit down|hold\s+(?:\w+\s+)?(?:talks|meetings?|discussions))\b"
)
"""'Who did Blinken meet ...?': the one asked about is named, the answer is who he met."""


def _meets_the_asked(q: ParsedQuestion, c: Sentence) -> bool:
    """"Who did Blinken meet during his visit to China?": a sentence that has someone with Blinken
    ("talks between senior Chinese officials and Blinken", "a meeting with ... Antony Blinken"), not
    one that only shares his visit and the meetings ("Biden ... praised Blinken's efforts in China")."""
    m = _MET_BY.match(q.text)
    if m is None:
        return False
    name = re.escape(_called(m.group("who"), q.context))
    titles = r"(?:(?:[A-Z][\w.-]*|of)\s+)*"
    return bool(re.search(rf"\b(?:with|alongside)\s+{titles}{name}\b|\bbetween\s[^.;]*?\band\s+{titles}{name}\b", c.text))


_CLAUSE_RUN = 4
"""Words of the question in a row that a sentence must have to be preferred as telling it."""


def _same_measure(q: ParsedQuestion, c: Sentence) -> bool:
    """"Did the visit last three days?" is settled by the sentence that gives a duration ("the
    two-day visit"), not by one that only shares the visit."""
    if not (DURATION_CUES.search(q.text) or _A_PERIOD.search(q.text)):
        return True
    vague = lambda m: m.group(0).lower().startswith(("few", "several"))  # noqa: E731
    if any(vague(m) for m in DURATION_CUES.finditer(q.text)):
        return bool(DURATION_CUES.search(c.text))
    # "Was Blinken in Beijing for two days?": "the two-day visit", not "the past few days"
    return any(not vague(m) for m in DURATION_CUES.finditer(c.text))


def reason_spans(q: ParsedQuestion, text: str) -> list[tuple[int, int]]:
    out = []
    found = [(m.start(), m.group(0)) for m in REASON_SPAN.finditer(text) if _causes_the_asked_act(q, text, m)]
    found += [(m.start(), m.group("span")) for m in _PURPOSE.finditer(text) if _for_a_purpose(text, m)]
    found += _means_spans(q, text)
    for start, span in sorted(found):
        clause = span.rstrip(" ,")
        if len(clause.split()) >= 3 and not _tells_the_act_itself(q, clause) and (start, start + len(clause)) not in out:
            out.append((start, start + len(clause)))
    return out


_CAUSE_OPENERS = re.compile(r"(?:because|after|due to|as a result of|amid)\b", re.I)
_LIGHT_ACTS = frozenset("be is are was were been being do does did have has had get got gets getting".split())


def _causes_the_asked_act(q: ParsedQuestion, text: str, m: re.Match[str]) -> bool:
    """"postponed after a Chinese spy balloon ...": a cause tells why the act right before it
    happened, so it answers "Why was the trip postponed?" (or delayed, put off), not "Why did
    Blinken go to Beijing?" (it would read as why he went)."""
    from assistant.verifier import tokenize

    if not _CAUSE_OPENERS.match(m.group(0)):
        return True
    acts = _asked_acts(q)
    before = tokenize(re.split(r"[,;:]", text[: m.start()])[-1])
    head = next((t for t in reversed(before) if t.verb and t.content and t.low not in _LIGHT_ACTS), None)
    return not acts or head is None or _names_an_act(acts, head)


def _asked_acts(q: ParsedQuestion) -> list[Token]:
    """The question's own acts, read by the claim verifier ("holding back" is withholding); "the
    trip" is no act, nor "be" or "have"."""
    from assistant.verifier import tokenize

    ts = tokenize(q.text)
    return [t for i, t in enumerate(ts) if t.verb and t.content and t.low not in _LIGHT_ACTS
            and not (i and (ts[i - 1].low in _DETERMINERS or ts[i - 1].possessive))]


def _names_an_act(acts: Sequence[Token], head: Token) -> bool:
    from assistant.verifier import relates_to

    return any(a.lemmas & head.lemmas or any(relates_to(x, head.text) for x in {a.low, *a.lemmas}) for a in acts)


_MEANS = re.compile(r"\b(?P<span>to\s+[a-z]+(?:\s+(?!to\b|by\b)[\w\u2019'-]+)*?)\s+by\s+(?P<act>[a-z]+ing)\b")
"""'seeks to protect national security by withholding certain technologies': why withhold them."""


def _means_spans(q: ParsedQuestion, text: str) -> list[tuple[int, str]]:
    """The end an act is the means to, when the question asks why that act is done: "Why does
    the US withhold certain technologies?" -> "to protect national security"."""
    from assistant.verifier import is_act, tokenize

    ts = tokenize(q.text)  # its acts as stated: "why the export controls" states none ("controls" is a noun)
    acts = [t for j, t in enumerate(ts) if t.low not in _LIGHT_ACTS and (is_act(ts, j) or (
        t.verb and t.content and t.low.endswith("ing") and j and not ts[j - 1].low in _DETERMINERS and not ts[j - 1].possessive))]
    return [(m.start("span"), m.group("span")) for m in _MEANS.finditer(text)
            if acts and _names_an_act(acts, tokenize(m.group("act"))[0])]


def proven_means_spans(q: ParsedQuestion, text: str) -> list[tuple[int, int]]:
    """A means span shown alone: the claim verifier reads "withholds ... to protect" as saying the
    protecting is done, where the article says it is sought; the question's premise ("the US
    withholds certain technologies") must be supported, so that the act is the asked one's, by the
    one asked about ("Why does China withhold ...?" gets no answer for the US)."""
    from assistant.verifier import verify

    spans = _means_spans(q, text)
    taken = premise(q.text) if spans else None
    if taken is None or not verify(taken, [text], context=q.context or [text]).supported:
        return []
    return [(start, start + len(span)) for start, span in spans]


_PURPOSE = re.compile(r"(?=\b(?P<span>to\s+(?P<verb>[a-z]+)\b[^.;:]*))")  # a lookahead: "to rebuild ... to mitigate ..." holds two
_TAKES_AN_INFINITIVE = frozenset(
    "need needs obligation obligations willingness ability possibility effort efforts attempt plan plans decision right rights "
    "chance way time call calls intention desire readiness".split()
)
_MAKES_ONE_ACT = frozenset("urge urged urging ask asked asking call called calling want wanted allow allowed encourage encouraged "
                           "persuade persuaded invite invited expect expected tell told".split())


def _for_a_purpose(text: str, m: re.Match[str]) -> bool:
    """"rebuild diplomacy ... with Beijing *to mitigate the risk* of ...": "to" and a verb after a
    noun, so it tells what the act is for. Not the act's own complement ("aims to rebuild", "the
    need to establish") nor what someone is urged to do ("urging both sides to refrain")."""
    verb = m.group("verb")
    if verb not in lemmas(verb).get("VERB", ()):
        return False
    before = words(re.split(r"[,;:]", text[: m.start()])[-1])
    if not before:
        return False
    last = before[-1].lower()
    readings = lemmas(last)
    if before[-1][:1].isupper():
        noun = True  # "with Beijing"
    else:  # "necessary steps", not "the administration aims": a verb may be read a noun only after a modifier
        modifier = len(before) > 1 and (before[-2].lower() in _DETERMINERS or "ADJ" in lemmas(before[-2].lower()))
        noun = "NOUN" in readings and ("VERB" not in readings or modifier)
    return noun and last not in _TAKES_AN_INFINITIVE and not {w.lower() for w in before} & _MAKES_ONE_ACT


def _tells_the_act_itself(q: ParsedQuestion, clause: str) -> bool:
    """"Why was the balloon shot down?" is not answered by "after a ... balloon ... flew over ...
    and was subsequently shot down": a clause that holds the asked act is no reason for it."""
    acts = {stem(w) for w in words(q.text) if w.lower() not in STOPWORDS and w.lower() not in lemmas(w.lower()).get("VERB", (w.lower(),))}
    return bool(acts & {stem(w) for w in words(clause)})


def name_spans(q: ParsedQuestion, text: str) -> list[tuple[int, int]]:
    """Runs of capitalised words ("President Joe Biden", "Russia") holding a word the question lacks."""
    out = []
    for m in _CAP_RUN.finditer(text):
        owner = re.search(r"['\u2019]s$", m.group(0))  # "Russia's invasion": the name is "Russia"
        end = m.end() - (len(owner.group(0)) if owner else 0)
        if any(stem(w) not in q.stems and _titlecase(w) for w in words(text[m.start() : end])):
            out.append((m.start(), end))
    return out


def _noun_lemma(word: str) -> str:
    return (lemmas(word.lower()).get("NOUN") or (word.lower(),))[0]


def entity_spans(q: ParsedQuestion, text: str) -> list[tuple[int, int]]:
    """Name runs of the kind asked for, by WordNet: "Which country ...?" is answered by "Russia"
    (a country), not by "Blinken" or "Taiwan" (an island)."""
    from assistant.lexicon import lexicon

    m = re.search(rf"\b(?:what|which)\s+(?P<kind>{_ENTITIES})\b", q.text, re.I)
    if m is None:
        return []
    from assistant.verifier import COUNTRIES, tokenize

    kind = _noun_lemma(m.group("kind"))
    lex = lexicon()

    def is_kind(part: str) -> bool:
        if kind in ("country", "nation") and any(t.name in COUNTRIES for t in tokenize(part)):
            return True  # "the United States": WordNet keeps no multiword names
        return any(kind in lex.covers(w.lower()) for w in words(re.sub(r"['\u2019]s\b", "", part)))

    spans = []
    for a, b in name_spans(q, text):  # "Blinken of China" holds a country, but is a person and a country
        pieces = [(a + x.start(), a + x.end()) for x in _NAME_PIECE.finditer(text[a:b])]
        if len(pieces) > 1:
            spans += [(x, y) for x, y in pieces if is_kind(text[x:y])]
        elif is_kind(text[a:b]):
            spans.append((a, b))
    if re.match(r"\s*(?:in|at|inside|near)\s", q.text, re.I):  # "In which city ...?": a place something is in
        spans = [(a, b) for a, b in spans if _LOCATED.search(text[:a])]
    return spans


_NAME_PIECE = re.compile(r"(?<!\S)(?!(?:of|the)(?!\S))\S+(?:\s+(?!(?:of|the)(?!\S))\S+)*", re.I)
"""The parts of a name run between its "of"s and "the"s: "Blinken", "China" of "Blinken of China"."""
_LOCATED = re.compile(r"\b(?:in|at|inside|near|visiting|trip to|visit to|travel to)\s+(?:the\s+)?$", re.I)


def _modifies_noun(text: str, end: int) -> bool:
    """"The Biden administration": a name that only qualifies the noun after it is not who acts."""
    m = re.match(r"\s+([a-z]+)\b", text[end:])
    readings = lemmas(m.group(1)) if m else {}
    return bool(m) and "NOUN" in readings and "VERB" not in readings


def _qualifies_noun(text: str, end: int) -> bool:
    """"progress in China-US ties": a name right before a noun names what kind of ties, not where."""
    m = re.match(r"[ \t]+([a-z]+)\b", text[end:])
    return bool(m) and "NOUN" in lemmas(m.group(1))


def person_spans(q: ParsedQuestion, text: str) -> list[tuple[int, int]]:
    """Name runs holding a person (a name the corpus gives a title), not a place, nor a name
    that qualifies a noun ("the Biden administration")."""
    runs = [(a, b) for a, b in _up_to_person(q, text, name_spans(q, text)) if not _modifies_noun(text, b)]
    opener = re.match(r"[A-Z][a-z]+\b", text)
    if opener and opener.group(0).lower() in PEOPLE_NOUNS and stem(opener.group(0)) not in q.stems:
        return [(0, opener.end())]  # "Experts note the lack of ...": who noted it, as the article says
    from assistant.verifier import ALIASES

    if (opener and opener.group(0).lower() in ALIASES and stem(opener.group(0)) not in q.stems
            and _COUNTRY_ACTS.match(text[opener.end() :])):
        return [(0, opener.end())]  # "Washington has also raised issues such as export controls": a country acts
    if not q.persons:
        return runs
    people = [
        (a, b) for a, b in runs if any(w.lower() in q.persons and stem(w) not in q.stems for w in words(text[a:b]))
    ]
    # the person asked about is not the answer: "Who did Xi meet?" is not "Chinese President Xi Jinping";
    # nor is the one a follow-up's "he" stands for ("who did he hold talks with?" after Blinken)
    asked = {stem(n) for n in q.names}
    if re.search(r"\b(?:he|him|she|her|they|them)\b", q.text, re.I):
        asked |= set(q.searched)
    return [(a, b) for a, b in people if not asked & {stem(w) for w in words(text[a:b])}]


_COUNTRY_ACTS = re.compile(r"\s*,|\s+(?:has|have|is|are|was|were)\b")
"""A country that opens its sentence as the subject ("China, on the other hand, is grappling ..."):
the verifier then checks that it did what the question asks of a "who"."""

_OFFICE = re.compile(r"^\s*who\s+(?:is|was)\s+(?P<office>.+?)\s*\??\s*$", re.I)
_OFFICE_GLUE = frozenset("the a an of".split())
_WHEN_HELD = re.compile(
    r"\s+(?:(?:in|during|as of)\s+(?:\d{4}|june|june \d{4})|now|currently|today|at the time)\s*$|^\s*(?:currently|now)\s+"
    r"|\s+(?:(?:mentioned|named|quoted)\s+)?in\s+(?:the|this)\s+(?:article|story|piece|report)\s*$", re.I
)


def _office_only(office: str) -> str:
    """The office without when it is held: the article is one day's, and says nothing of another."""
    return _WHEN_HELD.sub("", office).strip()


def asks_who_holds(question: str) -> bool:
    """"Who is the president of China?", "Who is China's president?", "Who is the Chinese leader?":
    nothing but an office and its country, so the answer is a person the article gives that office."""
    from assistant.verifier import ALIASES, TITLE_WORDS

    m = _OFFICE.match(question)
    if m is None:
        return False
    office = _office_only(m.group("office"))  # "the president of China in 2023": the office all the same
    ws = [re.sub(r"['\u2019]s$", "", w) for w in words(office)]
    return any(w.lower() in TITLE_WORDS for w in ws) and all(
        w.lower() in TITLE_WORDS or w.lower() in _OFFICE_GLUE or w.lower() in ALIASES or _titlecase(w) for w in ws
    )  # a country typed in lower case ("america's president") is a country all the same


def office_spans(q: ParsedQuestion, text: str) -> list[tuple[int, int]]:
    """Name runs holding a person of whom the claim verifier finds the question's office said
    ("Chinese President Xi Jinping" is China's president; "President Joe Biden" is not, as the
    article gives him no country). The question's country names the office, not the person."""
    from assistant.verifier import verify

    runs = [(a, b) for a, b in _up_to_person(q, text, name_spans(q, text)) if any(w.lower() in q.persons for w in words(text[a:b]))]
    m = _OFFICE.match(q.text)
    asked = f"Who is {_office_only(m.group('office'))}?" if m else q.text
    return [(a, b) for a, b in runs if verify(stated(asked, text[a:b]), [text], context=q.context).supported]


def _up_to_person(q: ParsedQuestion, text: str, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each name run cut after its last person: "Blinken of China's respect" is Blinken."""
    out = []
    for a, b in runs:
        ends = [a + m.end() for m in word_matches(text[a:b]) if m.group(0).lower() in q.persons]
        out.append((a, ends[-1]) if ends else (a, b))
    return out


def _pick_office(q: ParsedQuestion, sentences: Sequence[Sentence]) -> Sentence | None:
    """The best ranked sentence holding a verified holder of the office; one that gives the office
    with the name ("Chinese President Xi Jinping") before one that only names the person ("Xi
    emphasized"). None when no sentence does: the question is then declined."""
    from assistant.verifier import TITLE_WORDS

    singles = sorted((c for c in sentences if c.size == 1), key=lambda c: -c.score)
    holding = [(c, spans) for c in singles if (spans := office_spans(q, c.text))]
    titled = (c for c, spans in holding if any(w.lower() in TITLE_WORDS for a, b in spans for w in words(c.text[a:b])))
    return next(titled, holding[0][0] if holding else _untitled_holder(q, singles))


_HEADS_OF_STATE = frozenset("president leader head".split())


def _untitled_holder(q: ParsedQuestion, singles: Sequence[Sentence]) -> Sentence | None:
    """"Who is the US president?": the article calls Joe Biden "President" and gives him no country.
    Where the asked country is one the article's titles name, no one holds the office there by
    title, and exactly one person has the bare title, the sentence that titles that person is
    quoted whole (no short answer asserts the country): the reader sees what the article says
    and judges. "Who is the president of Russia?" is still declined: no one's title is Russian."""
    from assistant.verifier import ALIASES, COUNTRIES, name_partners, titles

    m = _OFFICE.match(q.text)
    if m is None:
        return None
    asked = {re.sub(r"['\u2019]s$", "", w.lower()) for w in words(_office_only(m.group("office")))}
    countries = {ALIASES[w] for w in asked if w in ALIASES} | {w for w in COUNTRIES if w.lower() in asked}
    if {"united", "states"} <= asked:
        countries.add("US")
    if len(countries) != 1 or not asked & _HEADS_OF_STATE:
        return None
    people = titles(q.context)
    named = {c for t in people.values() for c in t if c in COUNTRIES}
    holders = {p for p, t in people.items() if "president" in t and not t & COUNTRIES}
    if not countries <= named or any("president" in t and countries <= t for t in people.values()):
        return None
    partners = name_partners(q.context)
    persons = {frozenset({p, partners.get(p, p)}) for p in holders}  # "Joe" and "Biden": one person
    if len(persons) != 1:
        return None
    holder = "|".join(re.escape(n) for n in next(iter(persons)))
    return next((c for c in singles if re.search(rf"\bPresident\s+(?:\w+\s+)?(?:{holder})\b", c.text, re.I)), None)


def definition_spans(q: ParsedQuestion, text: str) -> list[tuple[int, int]]:
    name = _asked_name(q)
    found = describes(text, name) if name else None
    return [found] if found else []


def _supports_definition(q: ParsedQuestion, text: str) -> bool:
    return bool(definition_spans(q, text))


def _pick_definition(q: ParsedQuestion, sentences: Sequence[Sentence]) -> Sentence | None:
    """The best ranked sentence that says what the person is, however far down: a name asked
    about is mentioned in many sentences, and few of them describe."""
    described = (c for c in sorted(sentences, key=lambda c: -c.score) if c.size == 1 and _supports_definition(q, c.text))
    return next(described, None)


def _pick_article_line(q: ParsedQuestion, sentences: Sequence[Sentence]) -> Sentence | None:
    """The title line, or the dateline (section, date)."""
    heading = [c for c in sentences if c.headline and c.size == 1]
    if not heading:
        return None
    title = min(heading, key=lambda c: c.start)
    dateline = [c for c in heading if c is not title]
    wants_title = re.search(r"\b(title|headline)s?\b", q.text, re.I) or not dateline
    return title if wants_title else dateline[0]


_HAPPENED_AT = re.compile(
    r"^\s*what\s+(?:happened|took\s+place|went\s+on|occurred|was\s+said)\s+(?:at|in|inside)\s+(?:the\s+)?"
    r"(?P<place>[A-Z][\w\u2019'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w\u2019'-]*)*)", re.I)


def _puts_an_act_there(q: ParsedQuestion, text: str) -> bool:
    """"What happened at the Great Hall of the People?" is answered by a sentence that puts an act
    there ("Speaking at the Great Hall of the People ..., Xi emphasized ..."), not one that only
    names the place, nor one about another place ("in Shanghai": the article has none)."""
    m = _HAPPENED_AT.match(q.text)
    if m is None:
        return False
    place = re.escape(m.group("place")).replace(r"\ ", r"\s+")
    return re.search(rf"\b(?:at|in|inside|while\s+visiting)\s+(?:the\s+)?{place}\b", text, re.I) is not None


def _pick_event_at(q: ParsedQuestion, sentences: Sequence[Sentence]) -> Sentence | None:
    """The best ranked sentence that puts an act there settles it."""
    return _best_single(sentences, lambda c: _puts_an_act_there(q, c.text))


_RELEVANCE = re.compile(
    r"\bwhat(?:['\u2019]s|\s+(?:does|do|did|has|have|is|was))\s+.+?\s+(?:got\s+|have\s+|has\s+)?to\s+do\s+with\b"
    r"|^\s*why\s+(?:is|are|was|were)\s+.+?\s+(?:mentioned|brought\s+up|named)\b"
    r"|^\s*how\s+(?:is|are|was|were|does|do)\s+.+?\s+(?:relevant|related|connected|involved|fit\s+in)\b"
    r"|\bwhat\s+(?:is|was)\s+said\s+about\b",
    re.I,
)
""""What has Taiwan got to do with it?", "Why is Ukraine mentioned?": what the article says of a name."""


def _pick_naming(q: ParsedQuestion, sentences: Sequence[Sentence]) -> Sentence | None:
    """The best ranked sentence that names all the question's names settles it."""
    return _best_single(sentences, lambda c: _names_all_in(q, c.text)) if q.names else None


_MORE = re.compile(
    r"^\W*(?:(?:and|so|ok|okay|but)\W+)?(?:(?:is|was)\s+there\s+)?(?:anything|something|what)\s+else\b"
    r"|^\W*(?:(?:and|so|ok|okay)\W+)?(?:tell me\s+)?(?:some\s+|a\s+bit\s+)?more\b(?!\s+than)|^\W*go on\b|^\W*(?:and\s+)?any\s+others?\W*$",
    re.I,
)
""""Anything else?", "What else did he say?", "tell me more": past what the conversation said."""


def _pick_unsaid(q: ParsedQuestion, sentences: Sequence[Sentence]) -> Sentence | None:
    """The best ranked sentence no earlier answer quoted; with no earlier answer, none is settled."""
    return _best_single(sentences, lambda c: not any(c.text in a for a in q.said)) if q.said else None


def _pick_summary(q: ParsedQuestion, sentences: Sequence[Sentence]) -> Sentence | None:
    """The body sentence closest to the headline."""
    body = [c for c in sentences if not c.headline]
    return max(body, key=lambda c: c.score, default=None)


PEOPLE = re.compile(
    r"\bwho (?:is|are|was|were|gets?) (?:mentioned|named|quoted|involved)\b"
    r"|\b(?:name|list) (?:all |every |the )?(?:people|persons|figures|officials|everyone|everybody)\b"
    r"|\b(?:which|what) (?:people|persons|figures|officials|leaders)\b.{0,30}\b(?:mentioned|named|article|story|in it)\b"
    r"|\b(?:main|key|important) (?:people|persons|figures|players|characters|officials)\b"
    r"|\b(?:people|persons|figures|officials|leaders) (?:mentioned|named|quoted|involved)\b"
    r"|^\W*who(?:'s|\u2019s| is| are) in (?:the|this) (?:article|story)\W*$"
    # what is left of "Who are the people in the article?" and "which people are named" once
    # "in the article" and "named" are read as said of every answer
    r"|^\W*who (?:are|were) (?:all )?the (?:people|persons|figures|officials|leaders|players)\W*$"
    r"|^\W*(?:which|what) (?:people|persons|figures)\W*$",
    re.I,
)


def people_named(q: ParsedQuestion, sentences: Sequence[Sentence]) -> list[tuple[Sentence, tuple[int, int]]]:
    """Everyone the article gives a title, once each in reading order, as it first names them
    with that title ("Chinese President Xi Jinping", "US Secretary of State Antony Blinken")."""
    from assistant.verifier import TITLE_WORDS, name_partners, titles

    called = titles(q.context)
    people = {p for p, words in called.items() if words & TITLE_WORDS}  # "Sea" of "South China Sea" has a country only
    partner = name_partners(q.context)
    out: list[tuple[Sentence, tuple[int, int]]] = []
    seen: set[str] = set()
    for c in sorted((c for c in sentences if c.size == 1), key=lambda c: c.position):
        for m in _CAP_RUN.finditer(c.text):
            run = re.sub(r"['\u2019]s$", "", m.group(0))
            keys = {w.lower() for w in run.split()} & people
            if not keys or keys & seen or not set(run.lower().split()) & TITLE_WORDS:
                continue  # a name without its title here, or someone already listed
            seen |= keys | {partner[k] for k in keys if k in partner}
            out.append((c, (m.start(), m.start() + len(run))))
    return out


SPEECH = re.compile(
    r"^\s*(?i:what)\s+(?:(?i:exactly|specifically|precisely)\s+)?(?i:did|does|do|has|have|had)\s+(?P<who>(?:the\s+)?[A-Z][\w\u2019'-]*(?:\s+[A-Z][\w\u2019'-]*)*"
    rf"|(?i:(?:the\s+)?(?:{'|'.join(sorted(PEOPLE_NOUNS))})))"
    r"\s+(?P<act>[a-z]+)\b"
)


_PLAIN_SAYING = frozenset("say tell state mention note think do mean want insist claim argue assert maintain declare explain".split())


def asks_what_someone_did(question: str) -> bool:
    """"What did Blinken emphasize?": a named actor and a telling verb ("say" tells nothing: any
    sentence about Blinken may be what he said)."""
    m = SPEECH.match(question)
    unnamed = m is not None and m.group("who").split()[-1].lower() not in PEOPLE_NOUNS  # "the experts" are named enough
    if m is None or (m.group("who").lower().startswith("the ") and unnamed):  # "the Chinese head of state": no name
        return False
    return bool(lemmas(m.group("act")).get("VERB", ()))


_NEGATED = re.compile(r"\b(?:not|never|nor)\b|\bno\s+\w|n['\u2019]t\b", re.I)  # not the "no," of "no, I meant ..."


_SUBORDINATE = re.compile(r"\b(?:so|because|if|when|while|unless|in order)\b", re.I)


def _same_polarity(q: ParsedQuestion, c: Sentence) -> bool:
    """"What is the US not trying to do?" asks what a sentence denies: one that says "not". Not
    a negation of a clause the question only adds ("What must happen so rivalry does not turn into war?")."""
    main = _SUBORDINATE.split(q.text, maxsplit=1)[0]
    return not _NEGATED.search(main) or bool(_NEGATED.search(c.text))


_WHAT_DID = re.compile(r"^\s*what\s+(?:did|does|do|will|would|has|have|had)\s+(?P<rest>.+)$", re.I)


def _has_the_act(q: ParsedQuestion, c: Sentence) -> bool:
    """"What did the US shoot down?" is about a shooting: a sentence that has it ("a Chinese spy
    balloon ... was subsequently shot down"), not one that only shares "the US" ("the US does not
    aim to contain China ..."). A question whose act only says or does (say, do, want) asks nothing of it."""
    from assistant.verifier import relates_to

    m = _WHAT_DID.match(q.text)
    if m is None:
        return True
    ws = words(m.group("rest"))
    acts = [w for i, w in enumerate(ws) if w.islower() and w in lemmas(w).get("VERB", ()) and w not in _PLAIN_SAYING
            and w not in STOPWORDS and not (i and ws[i - 1].lower() in _DETERMINERS)]  # "the visit" is no act
    return not acts or any(stem(a) in content_stems(c.text) or relates_to(a, c.text) for a in acts)


def _by_the_one_asked(q: ParsedQuestion, c: Sentence) -> bool:
    """"What did Blinken emphasize?" prefers a sentence where Blinken does the emphasizing, not
    "Xi assured Blinken ..., emphasizing that ...": the claim verifier judges "Blinken emphasize"
    against the sentence's passage (where a "he" finds its person) and must align it there."""
    from assistant.verifier import PARAPHRASES, verify

    m = SPEECH.match(q.text)
    if m is None:
        return False
    act = set(lemmas(m.group("act")).get("VERB", ()))
    if act & _PLAIN_SAYING:  # "What did Blinken say about ...?": any sentence where Blinken speaks or acts
        return _spoken_by(_called(m.group("who"), q.context), c)
    said = {lemma for w in words(c.text) for lemma in lemmas(w.lower()).get("VERB", ())}
    said |= {w for g in PARAPHRASES if said & g for w in g}  # "agree" is said as "concurred"
    claim = f"{m.group('who')} {m.group('act')}"
    if not act & said:  # the verb itself, not a paraphrase the verifier may stretch to, unless the
        # rest of the question pins it down: "What did Xi ask the US to respect?" is "he called for the US to respect ..."
        rest = q.text[m.end() :].rstrip(" ?!.")
        if not content_words(rest):
            return False
        claim = f"{claim} {rest}"
    v = verify(claim, [c.passage], context=q.context)
    return v.supported and any(c.text in span.text or span.text in c.text for span in v.spans)


def _spoken_by_the_asked(q: ParsedQuestion, text: str) -> bool:
    """A sentence answers "What did the analysts say?" only if the analysts speak in it: unnamed
    people the article never quotes are not answered with what Blinken said."""
    m = SPEECH.match(q.text)
    who = m.group("who").split()[-1].lower() if m else ""
    if m and (topic := _SAID_ABOUT.match(q.text[m.end() :])) and not _mentions_topic(topic.group(1), text):
        return False  # "What did Xi say about Taiwan?" is not answered by what he said of anything else
    if m and who not in PEOPLE_NOUNS and not re.search(r"['\u2019]s$", who):  # a name: it must speak or act ("What did Russia say?")
        name = _called(m.group("who"), q.context)
        from assistant.verifier import titles

        return _speaks_in(name, text, pronouns=name.lower() in titles(q.context))  # a person may be "he"
    if who not in PEOPLE_NOUNS:
        return True
    same = next((g for g in _COMMENTATORS if who in g), {who})  # "analysts" for the article's "experts"
    return any(re.search(rf"\b{w}\b", text, re.I) for w in same)


_SAID_ABOUT = re.compile(r"\s+(?:about|on|regarding|concerning)\s+(?P<topic>[^?,;]+)", re.I)


def _mentions_topic(topic: str, text: str) -> bool:
    """Does the sentence name something the question asks it be about, in its words or WordNet's?"""
    from assistant.verifier import relates_to

    words_asked = [w for w in content_words(topic) if w not in _THE_EVENT | _ASPECTS | _HOW_IT_WENT]  # all the article says is about the visit
    said = content_families(text)  # any word will do: readers name a topic in words of their own ("tech restrictions")
    return not words_asked or any(family(w) in said or relates_to(w, text) for w in words_asked)


_THE_EVENT = frozenset("trip visit meeting meetings talks discussions summit journey tour".split())
_ASPECTS = frozenset("state situation status condition nature question issue issues matter topic subject future prospects role".split())
"""Words for an aspect of what is asked about ("the state of the relationship"): the relationship is the topic."""
_HOW_IT_WENT = frozenset("go goes went gone going fare fares fared faring turn turns turned turning".split())
"""How something went is the thing itself: "What did Xi say about how the talks went?" asks about the talks."""


_WANTS = re.compile(
    r"^\W*what\s+(?:does|do|did)(?P<nt>n['\u2019]?t)?\s+(?P<who>(?:the\s+)?[\w\u2019'-]+)\s+(?P<not>not\s+)?"
    r"(?:want|wish|hope|seek|expect|demand|need|ask)"
    r"(?:\s+(?:for|from|of)\b[^?]*)?\W*$",
    re.I,
)
_INTENT = re.compile(r"\b(?:aims?|aimed|seeks?|sought|call(?:ed|s)? for|urg(?:ed|es|ing)|wants?|wanted|willingness|hopes?|needs? to)\b", re.I)


def asks_what_someone_wants(question: str) -> bool:
    return _WANTS.match(question) is not None


def _wanted_by_the_asked(q: ParsedQuestion, c: Sentence) -> bool:
    """"What does the US want from China?" prefers a sentence where the US, or one who speaks for
    it, aims, seeks or calls for something ("the US does not aim to contain China ... but rather
    seeks ..."), not "he [Xi] called for the US to respect China's ... interests", where the US is
    asked, not asking."""
    from assistant.verifier import ALIASES, titles

    m = _WANTS.match(q.text)
    if m is None:
        return False
    people = titles(q.context)
    asked = m.group("who").split()[-1].lower()
    asked = ALIASES.get(asked, asked)

    def stands_for(word: str) -> bool:
        w = re.sub(r"['\u2019]s$", "", word).lower()
        return ALIASES.get(w, w) == asked or asked in people.get(w, ())

    denied = bool(m.group("nt") or m.group("not"))  # "What does China not seek?": what it does not want
    for hit in _INTENT.finditer(c.text):
        before = c.text[: hit.start()]
        if bool(re.search(r"\b(?:not|never|n['\u2019]t)\s+$", before)) != denied:
            continue  # "China did not seek to challenge ...": what it does not want
        clause = re.split(r"[,;:]\s|\bthat\b", before)[-1]
        if any(w.lower() in ("he", "she") for w in words(clause)):  # the subject of the sentence before
            earlier = re.split(r"(?<=[.!?])\s+", (c.passage[: c.start] + " " + before).strip())[-2:-1]
            clause = next((w for w in words(earlier[0]) if w.lower() in people), "") if earlier else ""
        subject = next((w for w in words(clause) if w[:1].isupper() or w.lower() in ALIASES or w.lower() in people), "")
        if stands_for(subject):  # the one who wants, not what is wanted ("... to contain China")
            return True
    return False


_COMMENTATORS = (frozenset("experts analysts observers commentators scholars".split()),
                 frozenset("officials diplomats leaders".split()))
"""Unnamed people a reader may call by each other's name; critics and sources are no experts."""


_OPINION = frozenset("say tell state think believe feel mean".split())


def _pick_all_they_said(q: ParsedQuestion, sentences: Sequence[Sentence]) -> Sentence | None:
    """"What do the experts think?", "What did Biden say?": nothing asked but what they said, so the
    best ranked sentence in which they speak answers it (the similarity of so short a question to
    any sentence is low, and the question was declined). Not "What did Blinken say about fentanyl?"."""
    m = SPEECH.match(q.text)
    if m is None or not set(lemmas(m.group("act")).get("VERB", ())) & _OPINION:  # not "want": what they asked for
        return None
    rest = _OCCASION.sub("", q.text[m.end() :])  # "after meeting Xi": when, not what about
    if content_words(rest):
        return None
    return next((c for c in sorted(sentences, key=lambda c: -c.score) if c.size == 1 and _by_the_one_asked(q, c)), None)


_OCCASION = re.compile(r"^\s*(?:after|during|at|following|when|while|in)\b.*$", re.I | re.S)


_CAUSE_QUESTION = (
    r"\b(?:sources?|causes?|roots?|drivers?) of\b|\bwhat(?:['\u2019]s| is| are)\s+(?:causing|behind|fuel+ing|driving)\b"
)
_CAUSED_BY = re.compile(r"\b(?:fuel+ed|exacerbated|caused|driven|triggered|sparked|prompted)\s+by\b|\bbecause of\b|\bdue to\b")


def _effect_first(q: ParsedQuestion, c: Sentence) -> bool:
    """"What are the sources of tension?": a sentence where tension is what something causes
    ("Tensions ... have been fueled by concerns over ..."), not one where it is the cause
    ("sentiment exacerbated by tensions with the US")."""
    m, asked = _CAUSED_BY.search(c.text), re.search(_CAUSE_QUESTION, q.text, re.I)
    if m is None or asked is None:
        return False
    effect = {stem(w) for w in content_words(c.text[: m.start()])}
    thing = next((w for w in content_words(q.text[asked.end() :]) if not w[:1].isupper()), None)  # "tension", not "China"
    return thing is not None and stem(thing) in effect


_WHY_SUBJECT = re.compile(
    r"^\s*why\s+(?:do|does|did|is|are|was|were|has|have|had)(?:n['\u2019]?t)?\s+(?:the\s+)?(?P<who>[\w\u2019'-]+(?-i:\s+[A-Z][\w\u2019'-]*)*)",
    re.I,
)


_MINDS = frozenset("think believe feel consider see view".split())
"""Verbs of opinion whose "why" is the holder's own reason: "Why do the experts think ...?" (not
"Why does Washington want ...?": the Biden administration's aim answers that)."""


def _by_the_subject(q: ParsedQuestion, c: Sentence) -> bool:
    """"Why do the experts think ...?" prefers a sentence in which the experts act, not Blinken's
    own words about the relationship; "Why did Blinken cancel his trip?" is about the trip."""
    m = _WHY_SUBJECT.match(q.text)
    if m is None:
        return False
    head, rest = _called(m.group("who"), q.context), words(q.text[m.end() :])
    if rest and rest[0].islower() and set(lemmas(rest[0])) == {"NOUN"}:  # "the Biden administration": the noun
        head, rest = rest[0], rest[1:]
    if not rest or not set(lemmas(rest[0]).get("VERB", ())) & _MINDS:
        return False
    return _spoken_by(head, c)


def _called(who: str, context: Sequence[str]) -> str:
    """The word the article calls a person asked by full name: "Xi" for "Xi Jinping", whose family
    name comes first, "Blinken" for "Antony Blinken"; the head noun of "the experts"."""
    caps = [w for w in who.split() if w[:1].isupper()]
    return (usual_name(caps, who, context) or caps[-1]) if len(caps) > 1 else who.split()[-1]


def _spoken_by(surname: str, c: Sentence) -> bool:
    """Does the person speak or act in the sentence: their name (or a "he" that stands for them)
    right before a verb ("Blinken reiterated", "Blinken, in his comments ..., concurred", "Speaking
    at ..., Xi emphasized", "However, he admitted")? Not "Xi assured Blinken"."""
    return _speaks_in(surname, c.text, pronouns=surname.lower() in c.referents)


def _speaks_in(surname: str, text: str, pronouns: bool) -> bool:
    who = [re.escape(surname)] + (["[Hh]e", "[Ss]he"] if pronouns else [])
    pattern = rf"\b(?i:{'|'.join(who)})\b(?:\s+[A-Z][\w\u2019'-]*)*(?:,[^,]{{1,80}},)?\s+(?:(?:further|also|then|later|\w+ly)\s+)?([a-z]+)"
    for m in re.finditer(pattern, text):
        verb = m.group(1)
        plural = surname.lower().endswith("s")  # "Experts note": a plural subject's verb is its base form
        if "VERB" in lemmas(verb) and (plural or verb.endswith("ed") or verb not in lemmas(verb).get("VERB", ())):
            return True
    return False


_NUMBER = re.compile(
    r"\bhow many\b|\bhow much\b(?!\s+(?:the|a|an|this|that|these|those|his|her|their|its|it|they|he|she|we|you|relations)\b)"
    r"|\bwhat (number|percentage|share|amount)\b|\bhow old\b", re.I
)
_HOW_MUCH_OF = re.compile(r"\bhow much\s+(?P<noun>[a-z]+)\b", re.I)
_DEGREES = frozenset("progress improvement advance".split())


def _asks_a_degree(question: str) -> bool:
    """"How much headway was made on restoring military contacts?" asks how far things went, which
    "there was no immediate progress" answers in words; no number is asked for (WordNet: headway is
    a kind of progress)."""
    from assistant.lexicon import lexicon

    m = _HOW_MUCH_OF.search(question)
    if m is None or "NOUN" not in lemmas(m.group("noun").lower()):
        return False
    noun = lemmas(m.group("noun").lower())["NOUN"][0]
    return noun in _DEGREES or bool(lexicon().covers(noun) & _DEGREES)


def _pattern(regex: str) -> Callable[[str], bool]:
    compiled = re.compile(regex, re.I)
    return lambda q: bool(compiled.search(q))


_PLACES = r"place|location|venue|building|hotel|airport|region|province|town|village|site|street|room|island|port"
_ENTITIES = r"country|countries|nation|nations|city|cities|capital|state|states|company|organi[sz]ation|government"
_GOES_TO_A_PLACE = re.compile(r"\b(?:what|which)\s+(?:city|capital)\b.*\b(?:to|from)\s*\?*\s*$", re.I)
""""Which city did Blinken travel to?": where he went, a place phrase ("to Beijing"), not a name alone."""

_ARTICLE_LINE_FACT = re.compile(rf"\b(?:{MONTHS}|(?:19|20)\d\d)\b|\b(?:section|category|headline)\b", re.I)
"""What the headline or the dateline decides: a date, a section, what the headline says."""

_CONDITION = re.compile(
    r"^\W*(?:how\s+(?:is|are|was|were)\s+(?P<how>[^?]+?)|what\s+(?:is|are|was|were)\s+(?P<like>[^?]+?)\s+like"
    r"|what(?:['\u2019]s|\s+is|\s+was)\s+the\s+(?:state|condition)\s+of\s+(?P<state>[^?]+?)"
    r"|how\s+would\s+you\s+(?:describe|characteri[sz]e)\s+(?P<desc>[^?]+?)"
    r"|how\s+(?:does|do|did)\s+(?:the\s+|this\s+)?(?:article|story|piece|report|it)\s+(?:describe|characteri[sz]e|portray|depict)"
    r"\s+(?:the\s+(?:state|condition)\s+of\s+)?(?P<told>[^?]+?))"
    r"(?:\s+(?:now|today|these\s+days|currently|at\s+the\s+moment|right\s+now|doing|going|overall"
    r"|described|characteri[sz]ed|portrayed|depicted))?\W*$",  # "How are relations described?" asks their state
    re.I,
)
_STATE_AFTER = re.compile(r"^\W*(?:(?:which|that)\s+)?(?:is|are|was|were|remains?|remained|ha(?:s|ve)\s+(?:become|been|grown)|became|grew)\b", re.I)
_STATE_NOUN = re.compile(r"\w+(?:ity|ion|ness|ment|ance|ence)$", re.I)
_ENDING_PARTICLES = frozenset("down up out off over away back on".split())  # "How was the balloon shot down?"


def _condition_of(q: str) -> str | None:
    """The thing "How are relations between the two countries?" asks the state of ("relations"), when
    the question names a thing and no act ("How was the balloon shot down?" asks how it was done)."""
    m = _CONDITION.match(q)
    if m is None:
        return None
    asked = next(g for g in m.groups() if g)
    head = re.split(r"\s+(?:between|with|of|in|among|for|to)\s+", asked, maxsplit=1, flags=re.I)[0]
    said = [w.lower() for w in words(asked) if w.lower() not in STOPWORDS]

    def acts(w: str) -> bool:  # "received", "shot": a verb, not a thing or a quality
        return w.endswith("ed") or not {"NOUN", "ADJ", "PROPN"} & set(lemmas(w) or {"NOUN": ()})

    if not said or words(asked)[-1].lower() in _ENDING_PARTICLES or any(acts(w) for w in said):
        return None
    heads = [w for w in words(head) if w.lower() not in STOPWORDS and not w[:1].isupper()]
    return heads[-1] if heads else None


def _describes_the_asked(q: ParsedQuestion, c: Sentence) -> bool:
    """"How are relations?": a sentence that says what state they are in: "the strained relationship",
    "relations, which have become increasingly acrimonious", "the instability in the relationship";
    not one that only names them ("an obligation to manage the relationship")."""
    head = _condition_of(q.text)
    if head is None:
        return False
    asked = family(head)
    found = list(re.finditer(r"[\w\u2019'-]+", c.text))
    for k, m in enumerate(found):
        if family(m.group(0)) != asked:
            continue
        before = [w.group(0).lower() for w in found[max(0, k - 3) : k]]
        if before and before[-1].endswith(("ed", "ing")) and {"ADJ", "VERB"} & set(lemmas(before[-1])):
            return True  # "the strained relationship"
        if len(before) == 3 and before[1:] == ["in", "the"] and _STATE_NOUN.fullmatch(before[0]):
            return True  # "the instability in the relationship"
        if _STATE_AFTER.match(c.text[m.end() :]):
            return True  # "relations, which have become increasingly acrimonious"
    return False


def _pick_condition(q: ParsedQuestion, sentences: Sequence[Sentence]) -> Sentence | None:
    """The best ranked sentence that says the asked thing's state settles it, when it names the
    question's countries too ("Washington" for "US"): not the state of another pair's relations."""
    return _best_single(sentences, lambda c: _describes_the_asked(q, c) and not missing_names(q, with_country_names(name_prefixes(c.text))))


FORMS: tuple[Form, ...] = (
    Form("instructions", hides_instructions, declines=INSTRUCTIONS),
    Form("another language", in_another_language, declines=NOT_ENGLISH),
    Form(
        "author",
        _pattern(r"\bwho\s+(?:wrote|authored|reported)\s+(?:(?:this|the)\s+(?:article|story|piece|report)|it|this)\b"
                 r"|\b(?:author|byline|writer|reporter|journalist)s?\b"
                 # "What is the source of this article?" asks who stands behind it, not what caused anything
                 r"|\bsources?\s+(?:of|for)\s+(?:this|the)\s+(?:article|story|piece|report|news)\b"
                 r"|\b(?:article|story|piece|report)['\u2019]s\s+sources?\b"
                 r"|\b(?:which|what)\s+(?:newspaper|news\s+outlet|outlet|publication|news\s+agency|agency|website)\b"),
        declines=NO_AUTHOR,
    ),
    Form(  # "Was this piece published in June 2023?": the dateline decides, as the verifier reads it
        "article yes/no", lambda q: bool(ABOUT_ARTICLE.search(q) and LEADING_AUXILIARY.match(q) and _ARTICLE_LINE_FACT.search(q)), pick=_pick_article_line,
        rank_by_question=True, headline_bonus=0.3, rewrite=lambda q, headline: f"{q} ({headline})", max_sentences=1, verdict=True,
    ),
    Form(
        "article", lambda q: bool(ABOUT_ARTICLE.search(q)), pick=_pick_article_line, rank_by_question=True,
        headline_bonus=0.3, rewrite=lambda q, headline: f"{q} ({headline})", max_sentences=1,
    ),
    Form("people", lambda q: bool(PEOPLE.search(q)), "the people named", gather=people_named, needs_people=True),
    Form("summary", asks_for_summary, pick=_pick_summary, rewrite=lambda q, headline: headline, max_sentences=1),
    Form("more", lambda q: bool(_MORE.search(q)), "something the conversation has not said", pick=_pick_unsaid, ranks_by_context=True,
         max_sentences=1),
    Form("event", lambda q: bool(_HAPPENED_AT.match(q)), "what happened there", supports=_puts_an_act_there, pick=_pick_event_at,
         reads_mentions=True, max_sentences=1),
    Form(
        "definition", lambda q: asked_person(q) is not None, "a description of the person",
        supports=_supports_definition, spans=definition_spans, anchored=True, pick=_pick_definition,
        reads_mentions=True,
        max_sentences=1,
    ),
    Form(
        "duration", _pattern(r"\bhow long\b|\bhow many (days|weeks|months|years|hours)\b"), "the duration",
        cue=DURATION_CUES, supports=lambda q, t: bool(duration_spans(q, t)), spans=duration_spans, verified_spans=True,
        prefer=lambda q, c: bool(duration_spans(q, c.text)), max_sentences=1,
    ),
    Form(
        "number", lambda q: _NUMBER.search(q) is not None and not _asks_a_degree(q), "the number",
        cue=NUMBER_CUES, supports=lambda q, t: counts_asked_thing(q.text, t), spans=lambda q, t: _new(DURATION_SPAN, q, t),
        prefer=lambda q, c: bool(NUMBER_CUES.search(c.text)), max_sentences=1,
    ),
    Form(
        "time",
        _pattern(r"^\s*when\b|\bwhat (year|date|day|month|time)\b|\bsince when\b|\bwhich (year|date|day|month)\b"),
        "the time", cue=TIME_CUES, supports=lambda q, t: bool(time_spans(q, t)), spans=time_spans, max_sentences=1,
        proven_spans=first_since_spans,
    ),
    Form(
        "entity", lambda q: bool(re.search(rf"\b(what|which) ({_ENTITIES})\b", q, re.I)) and not _GOES_TO_A_PLACE.search(q), "the name",
        supports=lambda q, t: bool(entity_spans(q, t)), spans=entity_spans, prefer=lambda q, c: bool(entity_spans(q, c.text)),
        max_sentences=1,
    ),
    Form(
        "place", _pattern(rf"^\s*where\b|\b(what|which) ({_PLACES})\b|{_GOES_TO_A_PLACE.pattern}"), "the place",
        cue=PLACE_CUES, supports=_supports_place, spans=place_spans, prefer=lambda q, c: _supports_place(q, c.text) and bool(place_spans(q, c.text)), reads_mentions=True,
        headline_names=True,
        max_sentences=1, asked_nouns=frozenset("place places location locations venue spot".split()), tells_without=_act_told_without_a_place,
    ),
    Form(
        "office", asks_who_holds, "the person who holds that office", supports=lambda q, t: bool(office_spans(q, t)),
        spans=office_spans, verified_spans=True, pick=_pick_office, reads_mentions=True, needs_people=True, max_sentences=1,
    ),
    Form(
        "person",
        _pattern(rf"^\s*(who|whom)\b|\bwhich (?:(?:{'|'.join(ALIASES)})\s+)?(official|person|leader|president|secretary)\b|\bwhat is the name\b|\bwho\b"),
        "the person", supports=supports_person, spans=person_spans,
        prefer=lambda q, c: _tells_the_asked_clause(q, c) or _meets_the_asked(q, c), needs_people=True,
        max_sentences=1,
    ),
    Form("specifics", lambda q: _specific_noun(q) is not None, "the specifics", supports=_tells_specifics, max_sentences=1),
    Form("kind", lambda q: bool(re.match(r"\s*which\s+\w", q, re.I) or _ASKS_TYPE.match(q)), "the ones",
         supports=lambda q, t: (kind := specifies_kind(q, t)) is None or (kind and _of_the_asked(q, t)),
         prefer=lambda q, c: specifies_kind(q, c.text) is True, pick=_pick_typed),
    Form("relevance", lambda q: bool(_RELEVANCE.search(q)), "a sentence that names it", pick=_pick_naming, reads_mentions=True,
         max_sentences=1),
    Form("cause", _pattern(_CAUSE_QUESTION), "the cause", cue=_CAUSED_BY, prefer=_effect_first),
    Form(
        "reason", _pattern(r"^\s*why\b|\bwhat(?:['\u2019]s| has| have| had)?(?: been)? (?:caused|causing|led to|leading to|fuel+ed|fuel+ing)\b|\bfor what reason\b"),
        "the reason",
        cue=REASON_CUES, spans=reason_spans, proven_spans=proven_means_spans,
        prefer=lambda q, c: _by_the_subject(q, c) or bool(_means_spans(q, c.text)), max_sentences=1,
    ),
    Form("condition", lambda q: _condition_of(q) is not None, "the state it is in", pick=_pick_condition, max_sentences=1),
    Form("yesno", lambda q: bool(LEADING_AUXILIARY.match(q)), verdict=True, prefer=_same_measure, max_sentences=1),
    Form("intent", asks_what_someone_wants, "what they want", prefer=_wanted_by_the_asked, max_sentences=1),
    Form("speech", asks_what_someone_did, "the words of the one", prefer=lambda q, c: _by_the_one_asked(q, c) and _same_polarity(q, c),
         pick=_pick_all_they_said, supports=_spoken_by_the_asked),
    Form("other", lambda q: True, prefer=lambda q, c: _same_polarity(q, c) and _has_the_act(q, c)),
)


_KEPT_AUXILIARIES = frozenset("is are was were has have had".split())
_MODAL_AUXILIARIES = frozenset("will would can could should".split())
_CLAUSE_WORDS = frozenset("when while that who which whom after before because if since as where how what whether".split())


def _participle(word: str) -> bool:
    w = word.lower().strip(",;:")
    verb = lemmas(w).get("VERB", ())
    return w in _BARE_PARTICIPLES or (bool(verb) and w not in verb and not w.endswith("s"))


_BARE_PARTICIPLES = frozenset("put set cut hit let shut spread cast hurt quit".split())
"""Participles spelled as their verb: "Was the trip put off?" is "the trip was put off"."""


def _with_auxiliary(aux: str, body: str) -> str:
    """"was" + "the trip postponed" -> "the trip was postponed": a passive or a perfect stays one,
    so the verifier reads who acted as the question does ("do" carries nothing and is dropped)."""
    aux = aux.lower()
    ws = body.split(" ")
    if aux in _MODAL_AUXILIARIES:  # "Will Xi visit the US?" asks of a future the article may not state
        j = next((j for j in range(1, len(ws)) if ws[j].islower() and ws[j] in lemmas(ws[j]).get("VERB", ())
                  and ws[j - 1].lower() not in _DETERMINERS), None)
        return body if j is None else " ".join([*ws[:j], aux, *ws[j:]])
    if aux not in _KEPT_AUXILIARIES:
        return body
    for j in range(1, len(ws)):
        if ws[j].lower() in _CLAUSE_WORDS:  # "Biden when he praised Blinken": another clause's verb
            break
        if _participle(ws[j]) and ws[j - 1].lower() not in _DETERMINERS and not _attributive(ws, j):  # "the meeting" is no participle
            return " ".join([*ws[:j], aux, *ws[j:]])
    if aux in _COPULAS and ws[0].lower() in _SUBJECT_PRONOUNS and len(ws) > 1:  # "Is he Chinese?": "he is Chinese"
        return " ".join([ws[0], aux, *ws[1:]])
    if aux in _COPULAS:  # "Is Antony Blinken China's foreign minister?": the copula after the name
        names = 0
        while names < len(ws) - 1 and ws[names][:1].isupper() and not re.search(r"['\u2019]s$", ws[names]):
            names += 1
        if names:
            return " ".join([*ws[:names], aux, *ws[names:]])
        if len(ws) == 2 and ws[0].lower() in _DETERMINERS:  # "was the meeting" (in ...): "the meeting was"
            return f"{body} {aux}"
        if ws[0].lower() in _DETERMINERS:  # "Was the meeting in Beijing?": "the meeting was in Beijing"
            first = 1 if ws[0].lower() in ("this", "that") else 2  # "was this in the international section?"
            j = next((j for j in range(first, min(5, len(ws))) if ws[j].lower() in _PLACE_PREPOSITIONS), None)
            # "Was the Chinese president the first to visit China?": a second noun phrase says what the first is
            k = next((k for k in range(2, min(6, len(ws))) if ws[k].lower() in ("the", "a", "an")
                      and (ws[k - 1][:1].isupper() or ws[k - 1].lower() not in STOPWORDS)), None)
            if k is not None and (j is None or k < j):
                j = k
            if j is not None:
                return " ".join([*ws[:j], aux, *ws[j:]])
        k = len(ws) - 1  # "Is the relationship between China and the US good?": the copula before the quality
        if k > 0 and ws[k].islower() and "ADJ" in lemmas(ws[k]):
            while k > 1 and ws[k - 1].lower() in _DEGREE_WORDS:
                k -= 1
            if k > 2 and _amount_word(ws[k - 2]) and _a_unit(ws[k - 1]):
                k -= 2  # "Was the visit three days long?": "the visit was three days long"
            if ws[k - 1].lower() not in _DETERMINERS:
                return " ".join([*ws[:k], aux, *ws[k:]])
    return body


def _attributive(ws: list[str], j: int) -> bool:
    """"Blinken's originally planned trip": a participle after a possessive or a determiner (past
    its adverbs) describes the noun after it; the question's verb comes later ("postponed")."""
    k = j - 1
    while k > 0 and ws[k].lower().endswith("ly"):
        k -= 1
    return (k < j - 1 and ws[k].lower() in _DETERMINERS) or bool(re.search(r"['\u2019]s$", ws[k]))


def _amount_word(w: str) -> bool:
    from assistant.verifier import NUMBER_WORDS

    return w.isdigit() or w.lower() in NUMBER_WORDS or w.lower() in ("a", "an", "several", "few")


def _a_unit(w: str) -> bool:
    from assistant.verifier import UNITS  # the verifier's measures: one list

    return w.lower() in UNITS


_DEGREE_WORDS = frozenset("very really so too quite rather particularly more less increasingly".split())


_PLACE_PREPOSITIONS = frozenset("in at on near inside from".split())  # "Is the article from 2022?": "the article is from 2022"


_COPULAS = frozenset("is are was were".split())
_SUBJECT_PRONOUNS = frozenset("he she it they there".split())  # "Are there concerns?": "there are concerns"
_DETERMINERS = frozenset("the a an this that these those his her its their".split())


def statement(question: str) -> str:
    """The statement a yes/no question asks about: "Was the trip postponed?" -> "the trip was
    postponed"; "Didn't Xi meet Blinken?" -> "Xi meet Blinken" (a negative auxiliary asks the same
    as a positive one)."""
    m = LEADING_AUXILIARY.match(question)
    body = question[m.end() :] if m else question
    body = body.rstrip(" ?!.")
    said = _SAYS_THAT.match(body)
    if said:  # "Does the article say China's economy is slowing?", "Is it true that ...?": the claim itself
        from assistant.verifier import has_predicate

        rest = body[said.end() :]
        if re.search(r"\bmention", said.group(0), re.I) and not has_predicate(rest):
            return f"{rest} is mentioned"  # "Does the article mention Russia?" asks what "Is Russia mentioned?" does
        return " ".join(focused) if (focused := _cleft_of(rest)) else rest
    if (focused := cleft(question)) is not None:  # "Was it a Russian balloon that delayed the trip?": "a Russian balloon delayed the trip"
        return " ".join(focused)
    return _with_auxiliary(m.group("aux"), body) if m else body


def cleft(question: str) -> tuple[str, str] | None:
    """The focus and the rest of "Was it X that (who) did Y?": ("X", "did Y"). The question says X
    and no one else did Y."""
    m = LEADING_AUXILIARY.match(question)
    if m is None or m.group("aux").lower() not in ("is", "was"):
        return None
    body = question[m.end() :].rstrip(" ?!.")
    said = _SAYS_THAT.match(body)  # "Is it true that it was X who ...?", as the idioms put "Was it X who ...?"
    return _cleft_of(body[said.end() :] if said else body)


def _cleft_of(body: str) -> tuple[str, str] | None:
    found = _CLEFT.match(body) or _TRUE_CLEFT.match(body)
    return (found.group("focus"), found.group("rest")) if found else None


_TRUE_CLEFT = re.compile(r"it was (?P<focus>.+?) that (?P<rest>.+)$")
"""How the idioms put "Was it the experts who noted ...?": "Is it true that it was the experts that noted ...?"."""
_CLEFT = re.compile(
    r"it\s+(?P<focus>(?:(?:a|an|the|his|her|their)\s+[\w\u2019'-]+(?:\s+[\w\u2019'-]+){0,3}?"
    r"|[A-Z][\w\u2019'-]*(?:\s+[A-Z][\w\u2019'-]*)*(?:,?\s+(?:rather than|and|or|not)\s+[A-Z][\w\u2019'-]*(?:\s+[A-Z][\w\u2019'-]*)*,?)?))"
    r"\s+(?:that|who|which)\s+(?P<rest>.+)$"
)
"""The focus of "Was it X that (who) did Y?": "X did Y" is what is asked."""
_SAYS_THAT = re.compile(
    r"(?:the|this) (?:article|story|piece|report|text|headline) (?:say|says|said|mention|state|report|claim|tell us)s?,?(?: that| whether| if)?\s+"
    r"|it (?:true|the case|correct|right) that,?\s+",
    re.I,
)


_WH = re.compile(
    r"^\s*(?:(?P<prep>in|at|on|from|to|for|during|with|near|inside) (?=wh))?(?P<wh>since when|for how many \w+|how long|how (?:many|much)(?: \w+)?|(?:what|which)(?: \w+)?|whom?|where|when|why)\b\s*",
    re.I,
)
_DO = re.compile(r"^(?:did|does|do)\b\s*", re.I)
_AUX = re.compile(r"^(?:is|are|was|were|has|have|had|will|would|can|could)\b\s*", re.I)


def stated(question: str, answer: str) -> str:
    """What a short answer asserts, to be verified before it is shown alone: "Where did Xi meet
    Blinken?" answered "at the Great Hall" asserts "Xi meet Blinken at the Great Hall"; "Who
    praised Blinken?" answered "President Joe Biden" asserts "President Joe Biden praised Blinken"."""
    if ROLE_OF_NAME.match(question) and (person := asked_person(question)):  # "What is Xi's title?"
        return f"{person} is {answer}"
    m = _WH.match(question)
    if m is None:
        return f"{question.rstrip(' ?!.')} {answer}"
    wh, rest = m.group("wh").lower(), question[m.end() :].rstrip(" ?!.")
    if m.group("prep"):  # "In which building did Xi speak?": the answer takes the preposition
        if not re.match(r"(?:in|at|on|from|to|for|during|with|inside|near)\b", answer, re.I):
            answer = f"{m.group('prep').lower()} {answer}"
        if _AUX.match(rest):  # "In which city was the meeting?": "the meeting was in Beijing"
            return f"{statement(rest)} {answer}"
    if _DO.match(rest):  # the wh-word is the object or an adverb: "Who did Xi meet?"
        return f"{_DO.sub('', rest)} {answer}"
    hosted = _HOSTED.match(rest)
    if hosted and wh.split()[0] in ("which", "what"):  # "Which building hosted the meeting?": the meeting was there
        there = answer if re.match(r"(?:in|at|on|inside)\b", answer, re.I) else f"at {answer}"
        return f"{rest[hosted.end() :]} was {there}"
    if wh.split()[0] in ("who", "which", "what"):  # the wh-word is the subject: "Who met Xi?"
        return f"{answer} {rest}"
    aux = _AUX.match(rest)
    return f"{statement(rest) if aux else rest} {answer}"


_HOSTED = re.compile(r"(?:hosted|hosts|host|housed|was the (?:venue|site|setting|scene) (?:of|for))\s+", re.I)
"""A place as the subject of the event it holds."""


_HOW = re.compile(r"^\s*(?P<wh>how)\s+(?=(?:did|does|do|is|was|were|has|have|had)\b)", re.I)


def premise(question: str) -> str | None:
    """What a wh-question takes for granted: "Why did Xi say China aims to replace the US?" -> "Xi
    say China aims to replace the US". None where the statement would lack what is asked ("Who met
    Xi?", "What did Biden say?") or for no wh-question."""
    m = _WH.match(question) or _HOW.match(question)
    if m is None:
        return None
    wh = m.group("wh").split()
    rest = question[m.end() :].rstrip(" ?!.")
    if len(wh) == 2 and (_DO.match(wh[1]) or _AUX.match(wh[1])):  # "what did": the regex took "did" as a noun
        wh, rest = wh[:1], f"{wh[1]} {rest}"
    if wh[0].lower() not in _COMPLETE:
        return None  # "What did Biden say ...?": the statement lacks what the question asks
    if _DO.match(rest):
        said = _DO.sub("", rest)
    elif _AUX.match(rest) and wh[0].lower() in ("why", "how"):  # "Where was Biden ...?" leaves out where: no statement
        said = statement(rest)
    else:
        said = None
    if said and re.search(r"\b(?:no|none|nobody|never|nothing)\b", said, re.I):
        return None  # "Why had no secretary of state visited since 2018?": "the first since" says it otherwise
    if not said or len(content_words(said)) < 2 or said.split()[-1].lower() in _LIGHT_PREDICATES:
        return None  # "How is China's economy doing?" takes nothing for granted but the economy
    if wh[0].lower() == "how" and _ATTITUDE.search(said):
        return None  # "How does China feel about the US?" asks what the attitude is; it takes none for granted
    return said


_LIGHT_PREDICATES = frozenset("do doing going faring getting".split())
_ATTITUDE = re.compile(r"\b(?:feel|feels|felt|think|thinks|thought|view|views|viewed|see|sees|saw|react|reacted|respond|responded)\b", re.I)


_COMPLETE = frozenset("why how where when".split())
"""Wh-words that ask about a whole statement ("Why did Xi meet Blinken?": "Xi meet Blinken")."""


def where_instead(question: str) -> str | None:
    """The where-question a yes/no question about a place stands on: "Was Biden in New York when
    he praised Blinken?" -> "Where was Biden when he praised Blinken?". When the article gives no
    verdict on the place asked, where it does put them is the answer a reader needs."""
    m = _PUT_THERE.match(question)
    if m is None or _NAMED_TIME.fullmatch(m.group("place").split()[0]):
        return None  # "Was the meeting held in June?" asks when
    from assistant.verifier import demonym

    if demonym(m.group("place").lower()):
        return None  # "Did Xi speak in English?" asks which language
    return f"Where {m.group('aux').lower()} {m.group('before')}{m.group('after')}?"


_NAMED_TIME = re.compile(rf"{MONTHS}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday")
_PUT_THERE = re.compile(
    rf"^\s*(?P<aux>(?i:was|were|is|are|did|does|do|has|have|had))\s+(?P<before>\S.*?)\s+(?i:in|at|inside)\s+(?:the\s+)?"
    rf"(?P<place>{_CAP}(?:\s+(?:of\s+(?:the\s+)?)?{_CAP})*)"
    r"(?P<after>(?:\s+(?:when|while|as|during|after|before|for|to|with|and)\b[^?]*?)?)\s*[?.!]*\s*$"
)


def recognise(question: str) -> Form:
    """The first form in ``FORMS`` that recognises the question (``other`` always does)."""
    return next(f for f in FORMS if f.recognise(question))


_THEY = re.compile(r"\b(?:they|them|their)\b", re.I)


def _their_names(text: str, standalone: str, people: Callable[[], frozenset[str]]) -> tuple[str, ...]:
    """"Where did they meet?" after "Who did Xi meet?": the people "they" are, which a sentence
    must name to answer (the standalone question carries them in brackets). Where the context names
    people, "they" are those, not its places ("Beijing and Washington" did not meet)."""
    carried = carried_context(standalone)
    if standalone == text or not _THEY.search(text) or not carried:
        return ()
    own = set(_names_in(text))
    theirs = [n for n in dict.fromkeys(_names_in("_ " + "; ".join(carried))) if n not in own]
    known = {p.lower() for p in people()}
    return tuple(n for n in theirs if n.lower() in known) or tuple(theirs)


def parse(
    question: str,
    standalone: str,
    vocabulary: Vocabulary,
    people: Callable[[], frozenset[str]] = frozenset,
    context: Sequence[str] = (),
    said: Sequence[str] = (),
) -> ParsedQuestion:
    """``people``: the names the corpus gives a title, asked for only by forms that need them."""
    text = vocabulary.truecase(question)  # "who is blinken": names are told by their capitals
    standalone = text if standalone in (question, text) else standalone
    text = spelled_out(text, standalone)  # "When was it planned?" -> "When was Blinken's trip planned?"
    named = named_by_title(text, context)  # "What did the Chinese President say?" asks what Xi said
    if named != text:
        standalone = named if standalone == text else standalone
        text = named
    form = recognise(text)
    if form.name == "other" and HE.search(text) and standalone != text and (resolved := recognise(asked_part(standalone))).name != "other":
        # "what did he say after meeting xi?" after a question about Blinken asks what Blinken said:
        # a form that needs the one asked about by name reads the follow-up as resolved
        form, text = resolved, asked_part(standalone)
    headline_event = form.headline_names and _about_headline_event(text, context)  # read once, here
    referent = pronoun_referent(text, standalone, people, context) if standalone != text and HE.search(text) else None
    return ParsedQuestion(
        text=text,
        standalone=standalone,
        searched=frozenset(content_stems(standalone)),
        form=form,
        stems=frozenset(content_stems(text)) | frozenset(stem(w) for w in words(text)),
        names=tuple(_names_in(text)) + _their_names(text, standalone, people)
        or (headline_people(context) if headline_event else ()),
        focus=tuple(w for w in focus_words(text) if w not in form.asked_nouns),
        unknown=tuple(w for w in vocabulary.unknown(text) if w not in form.asked_nouns),
        persons=people() if form.needs_people else frozenset(),
        context=tuple(context),
        headline_event=headline_event,
        referent=referent,
        said=tuple(said),
    )


def named_by_title(text: str, context: Sequence[str]) -> str:
    """The question with a title that fits one person of the article put as that person's name,
    as the claim verifier reads it: the answer is searched and judged for the person meant."""
    from assistant.verifier import TITLE_WORDS, titled_by_name, titles

    if not context or not any(w.lower() in TITLE_WORDS for w in words(text)):
        return text  # most questions name no title: the corpus's titles are not read for them
    context = tuple(context)
    return titled_by_name(text, titles(context), context)


HE = re.compile(r"\b(?:he|she)\b", re.I)
WHO = re.compile(r"\s*(?:and\s+)?who(?:m)?\b", re.I)


def pronoun_referent(text: str, standalone: str, people: Callable[[], frozenset[str]], corpus: Sequence[str] = ()) -> str | None:
    """The person a follow-up's "he" stands for: the first the conversation's context names that
    the corpus gives a title (a person, not a place) and the question does not name itself."""
    where = asked_part(standalone) + "; " + pronoun_context(standalone)  # the person already put for "he" first
    where = re.sub(r"\b([A-Z][\w-]*)['\u2019]s\b", r"\1", where)  # "Xi's full name" names Xi
    known = {p.lower() for p in people()}
    last = carried_context(standalone)[:1]
    if last and not any(w.lower() in known for w in words(last[0])) and (holder := _office_holder(last[0], corpus)) is not None:
        return holder  # "so he's the first one since 2018?" after "when did a US secretary of state last go to China?"
    return usual_name([w for w in words(where) if w.lower() in known and w not in text], where, corpus)


_NO_OFFICE = frozenset("state head general official officials foreign deputy vice chief".split())
"""Title words that name no office alone ("head of state" is Xi's and Biden's)."""


def _office_holder(text: str, corpus: Sequence[str]) -> str | None:
    """The one person the corpus gives the office the text names: "a US secretary of state" is
    Blinken; "the president" is no one (Xi and Biden)."""
    from assistant.verifier import TITLE_WORDS, name_partners, titles

    said = {w.lower() for w in words(text)}
    offices = said & TITLE_WORDS - _NO_OFFICE
    if not offices or not corpus:
        return None
    holders = {name for name, ws in titles(tuple(corpus)).items() if offices | (said & TITLE_WORDS) <= {w.lower() for w in ws}}
    partners = name_partners(tuple(corpus))
    people = {min(h, partners.get(h, h)) for h in holders}  # "antony" and "blinken" are one person
    if len(people) != 1:
        return None
    return usual_name([n.capitalize() for n in sorted(holders)], " ".join(n.capitalize() for n in sorted(holders)), corpus)


def usual_name(found: list[str], text: str, corpus: Sequence[str] = ()) -> str | None:
    """The name the article calls the first person named by ("Antony Blinken" -> "Blinken", "Xi
    Jinping" -> "Xi"): of the run's names, the one the corpus uses most; the last without a corpus."""
    if not found:
        return None
    m = re.search(rf"{re.escape(found[0])}(?:\s+[A-Z][\w\u2019'-]*)*", text)
    run = [w for w in (m.group(0).split() if m else [found[0]]) if w in found] or [found[0]]
    if not corpus:
        return run[-1]
    joined = " ".join(corpus)
    return max(reversed(run), key=lambda w: len(re.findall(rf"\b{re.escape(w)}\b", joined)))

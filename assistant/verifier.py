"""Is a sentence backed by the words of the quotes it cites? ``verify(claim, quotes) -> Verdict``.

Every content word of the claim must align to the quote (the same lemma, a WordNet synonym,
a more general word, a derivation, or one name of the same country), within one sentence of
the quotes or two of them. On that alignment a table of checks looks for what an aligned
bag of words hides: numbers, names, negation, antonyms, swapped roles and modifiers, dropped
hedges, and modal or future statements the quote does not make. Any contradiction makes the
claim ``contradicted``; anything else missing makes it ``unsupported``.

This is the one judge of support: the LLM backend removes sentences with it and the
extractive answerer's Yes/No verdicts come from it.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial
from itertools import combinations
from pathlib import Path
from typing import Literal

import snowballstemmer
from pydantic import BaseModel, Field

from assistant.lexicon import lemmas, lexicon
from assistant.text import ALIASES, BARE_CONTRACTIONS, MONTHS, NAME_RUN, PEOPLE_NOUNS
from index import Span, dateline_category, dateline_date, passage_sentences, split_sentences

Status = Literal["supported", "contradicted", "unsupported"]


class QuoteSpan(BaseModel):
    """Where in ``quotes[quote]`` the claim aligned: ``quotes[quote][start:end] == text``."""

    quote: int = Field(ge=0)
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Verdict(BaseModel):
    status: Status
    reasons: list[str] = Field(default_factory=list, description="why it is not supported, each naming the words")
    spans: list[QuoteSpan] = Field(default_factory=list, description="the quote sentences the claim aligned to")
    unaligned: list[str] = Field(default_factory=list, description="the claim's words that align to nothing there")
    clause: QuoteSpan | None = Field(None, description="the clause of one quote sentence that holds every aligned word")

    @property
    def supported(self) -> bool:
        return self.status == "supported"


# -- words -----------------------------------------------------------------------------------
FUNCTION_WORDS = frozenset(
    """a an the this that these those there here it its it's he him his she her hers they them their theirs
    we us our you your i me my mine who whom whose which what when where why how whether if than then as so
    and or but also both either each every all any some such other another own same very just
    of in on at to for with by from into onto about through during within among upon via per
    be is am are was were been being have has had having do does did doing done get got make made take
    said say says saying state stated states stating note noted notes noting mention mentioned mentions
    report reported reports reporting according article piece story text added adds tell told telling
    describe described describes explain explained explains remark remarked further furthermore moreover
    additionally likewise similarly meanwhile overall notably however while whilst although though because since therefore thus
    instead rather indeed including include includes included involve involves involved involving like well even still yet between among out up toward towards
    headline published dated view views regard regards regarded manner fashion adding add despite cite cites cited ones
    hold holds held holding really actually truly genuinely definitely certainly honestly now currently presently
    think thinks reckon reckons reckoned""".split()
)
"""Words a claim may use without the quote using them: function words, light verbs ("held talks"
is "talks"), the attribution a chat model wraps around a fact ("According to the article, ..."), and
"now": what the article tells in the present it tells of its own day."""

DENIALS = frozenset("deny denies denied denying".split())
"""Saying that something is not so: "denied that the US aims to contain China" is "the US does not aim"."""
PREVENTING = frozenset("prevent prevents prevented preventing avoid avoids avoided avoiding".split())
"""They negate what is prevented, not where: "to prevent incidents in regions like Taiwan"."""
NEGATIONS = frozenset(
    "not n't no never none nothing nobody neither nor without lack lacks lacked lacking absence absent "
    "fail fails failed failing refrain refrains refrained refraining unable cannot".split()
) | PREVENTING | BARE_CONTRACTIONS | DENIALS  # "China doesnt want to replace the US"
NOMINAL_NEGATIONS = frozenset("no none nothing nobody neither lack lacks lacked lacking absence absent without".split())
"""These negate the noun phrase after them; the others negate the rest of their clause."""
AUXILIARIES = frozenset(
    "do does did is are was were be been has have had can could will would shall should may might must".split()
)
CLAUSE_BREAKS = frozenset(
    "that which who whom but rather while whilst although whereas because since and so if when "
    "said says say told stated".split()
)
HEDGES = frozenset(
    "allegedly reportedly supposedly purportedly apparently alleged suspected possibly possible possibility prospect".split()
)  # "the possibility of a truce" is no truce
TENTATIVE = frozenset("hint suggest signal indicate".split())
"""Verbs that only point at what follows: a claim with one states nothing as fact."""
INTENTIONS = frozenset("aim seek intend plan schedule slate try hope want attempt consider".split())
"""An act only aimed at is not an act done: "arrangements aimed at containing China's ambitions"."""
PARAPHRASES = (
    frozenset("ties relations relationship".split()),
    frozenset("confidence confident optimism optimistic upbeat hopeful".split()),  # "upbeat about the progress"
    frozenset("reduce lower lessen mitigate".split()),
    frozenset("signal signaled hint suggest indicate".split()),
    frozenset("underline highlight stress emphasize".split()),
    frozenset("comment remark speak".split()),  # "speaking after the meeting" for "in his comments after"
    frozenset("fuel contribute stoke feed drive cause".split()),  # "contributed to tensions", "driven by concerns", "causing tension" for "fueled"
    frozenset("past previous last".split()),  # "the previous few days", "the last few days" for "the past few days"
    frozenset("admit concede acknowledge recognize recognise".split()),
    frozenset("agree concur".split()),  # "Blinken agreed that ..." for "concurred that ..."
    frozenset("say state claim assert declare affirm maintain insist reiterate argue".split()),  # neutral reports of words
    frozenset("subsequently later eventually afterwards".split()),  # "was eventually shot down"
    frozenset("praise commend laud".split()),
    frozenset("rebuild restore".split()),
    frozenset("view characterize".split()),  # "characterized the past few days as" for "viewed ... as"
    frozenset("grapple face struggle contend".split()),  # "China faces an economic slowdown"
    frozenset("sign indication evidence".split()),  # "a sign of the deterioration"
    frozenset("see view regard note read".split()),  # "experts see (read) the lack ... as a sign" for "note ... as an indication"
    frozenset("substantive real meaningful serious".split()),  # "the lack of real negotiations"
    frozenset("deteriorate deterioration worsen weaken worse sour".split()),  # "weakening foreign investment sentiment", "getting worse"
    frozenset("more increasingly".split()),  # "more acrimonious" for "increasingly acrimonious"
    frozenset("make produce achieve".split()),  # "the progress achieved during the meetings" for "made"
    frozenset("matter importance important".split()),  # "communication matters for preventing incidents"
    frozenset("escalate turn spiral".split()),  # "keep competition from turning into conflict"
    frozenset("seek aim intend intention look try".split()),  # "has no intention of replacing the US" for "did not seek to"
    frozenset("after following".split()),  # "delayed following the spy balloon incident"
    frozenset("specific certain particular".split()),  # "agreements on certain issues" for "on specific issues"
    frozenset("willingness willing readiness ready open".split()),  # "open to considering" for "a willingness to consider"
    frozenset("investor investment".split()),  # "foreign investor sentiment" for "foreign investment sentiment"
    frozenset("harmoniously peacefully".split()),  # "can coexist peacefully" for "harmoniously"
    frozenset("urge encourage".split()),  # "encouraged both sides to ..." for "urging both sides to ..."
    frozenset("issue concern".split()),  # "raised concerns about export controls" for "raised issues such as"
    frozenset("region place area".split()),  # "in places like the South China Sea" for "in regions like"
    frozenset("impose force".split()),  # "not to force their own wishes on each other" for "refrain from imposing"
    frozenset("prevent avoid avert".split()),  # "to avoid incidents" for "to prevent incidents"
    frozenset("communication contact".split()),  # "military contact" for "military-to-military communication"
)
"""News paraphrases WordNet does not relate ("ties" for "relations", "lower the risk" for "mitigate
the risk"); each group shares one sense, and no group holds a pair of opposites."""
_PARAPHRASE_INDEX: dict[str, tuple[int, ...]] = {}
for _k, _group in enumerate(PARAPHRASES):
    for _w in _group:
        _PARAPHRASE_INDEX[_w] = (*_PARAPHRASE_INDEX.get(_w, ()), _k)
JUDGING = frozenset(
    "criticize criticise praise blame condemn denounce attack accuse fault slam commend applaud laud welcome "
    "reject dismiss threaten warn scold rebuke chide complain protest object".split()
)
"""Verbs that judge: said of a quote that only comments, remarks or says, they add a verdict."""
OPPOSITES = (
    (frozenset("improve improvement better strengthen warm ease stabilize stabilise".split()),
     frozenset("deteriorate deterioration worsen worse weaken sour destabilize destabilise".split())),
    (frozenset("grow growth rise increase expand accelerate boom".split()),
     frozenset("slow slowdown shrink decline decrease fall contract slump".split())),
    (frozenset("agree concur accept acknowledge endorse".split()),
     frozenset("disagree dispute reject oppose contest".split())),
    (frozenset("rebuild restore reestablish establish repair reopen".split()),
     frozenset("sever dismantle shut abandon".split())),  # not "cut": "cut the risk" is to lower it
    (frozenset("positive forward progress advance improvement".split()),
     frozenset("backward backwards setback regression retreat backslide".split())),
    (frozenset("friendly friendlier amicable cordial".split()),
     frozenset("acrimonious hostile bitter strained tense frosty".split())),  # "getting friendlier" against "increasingly acrimonious"
    (frozenset("confidence confident optimism optimistic upbeat".split()),
     frozenset("doubt doubts doubtful skepticism scepticism skeptical sceptical pessimism pessimistic".split())),  # "expressed doubts about the progress"
    (frozenset("ease calm defuse soothe cool".split()),
     frozenset("fuel stoke inflame exacerbate heighten".split())),  # "helped ease tensions" against "fueled tensions"
    (frozenset("postpone delay defer reschedule".split()),
     frozenset("cancel scrap scrub".split())),  # a trip "postponed" still takes place: it was not "cancelled"
    (frozenset("highlight underline stress emphasize emphasise".split()),
     frozenset("downplay minimize minimise understate".split())),  # "played down the importance" against "highlighted"
    (frozenset("hint possibility possible open".split()),
     frozenset("preclude".split())),  # "ruled out a truce" against "hinted at the possibility of a truce"
    (frozenset("extensive lengthy".split()),
     frozenset("brief short cursory".split())),  # "Were the talks brief?" against "extensive talks"
)
"""Opposites of news WordNet does not pair ("improving" and "deteriorating" foreign investment
sentiment, "growth" and "slowdown"): each pair of groups, every word of one against the other."""
_NEED = frozenset("need needs".split())
WEAK_MODALS = frozenset("may might could can".split())
"""They only weaken a claim: free in a claim, and no hedge to keep when a quote has them."""
MODALS = {
    "will": "future", "would": "future", "shall": "future", "ll": "future",
    "must": "obligation", "should": "obligation", "ought": "obligation",
}  # fmt: skip
"""A modal claims more than a plain statement: its kind must be in the quote ("will" ~ "would").
"may", "might", "could" and "can" only weaken a claim, so they count as hedges."""
MODAL_CUES = {
    "future": frozenset("will would shall ll".split()),
    "obligation": frozenset("must should ought need needs necessary obligation urge urging urged require required".split()),
}
"""Words of a quote that make a modal statement of that kind: "the need for responsible handling"."""

NUMBER_WORDS = {
    w: str(i)
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen twenty".split()
    )
} | {"single": "1", "twice": "2", "double": "2", "dozen": "12", "hundred": "100", "thousand": "1000"}
ORDINALS = {
    w: f"#{i}"
    for i, w in enumerate("zeroth first second third fourth fifth sixth seventh eighth ninth tenth".split())
    if i
}

UNITS = frozenset(
    "second seconds minute minutes hour hours day days week weeks month months year years time times percent".split()
)
PARTIES = frozenset(
    "nations countries sides powers governments capitals states economies superpowers parties rivals militaries".split()
)
"""What "the two ..." or "both ..." calls the two countries of a bilateral story."""
BILATERAL = frozenset("bilateral".split())
"""Of the story's two countries, as "both countries" is: "bilateral relations" are China's and the US's."""
COUNTRIES = frozenset(ALIASES.values())

TITLE_WORDS = frozenset(
    """president vice prime minister foreign secretary state chairman chairwoman premier ambassador envoy
    spokesman spokeswoman spokesperson chancellor deputy director leader general governor senator king queen
    official officials commander admiral speaker mayor chief head""".split()
)
"""Capitalised before a name, these are what a person is, not who: "Secretary of State Antony Blinken"."""

_TITLE_QUALIFIERS = frozenset("state foreign vice prime deputy".split())
"""Title words only beside another ("Secretary of State", "Prime Minister"): "the state of
relations" names no one."""


def _next_word(text: str, pos: int) -> str:
    m = _TOKEN.search(text, pos)
    return m.group(0).lower() if m else ""


_TOKEN = re.compile(r"[A-Za-z0-9]+?(?=n['\u2019]t\b)|[A-Za-z0-9]+(?:['\u2019][A-Za-z]+)?|n['\u2019]t")
"""Words, a possessive kept on its word, and "n't" apart from its auxiliary ("doesn't" is "does"
"not", as "doesnt" is read as one)."""
_BEFORE_NT = {"ca": "can", "wo": "will", "sha": "shall"}  # "can't", "won't", "shan't"
_stemmer = snowballstemmer.stemmer("english")
_stem = lru_cache(maxsize=50_000)(_stemmer.stemWord)


@dataclass(frozen=True, eq=False)  # identity: tokens are cached per text, and hashed often
class Token:
    text: str
    low: str
    start: int
    end: int
    lemmas: frozenset[str]
    stem: str
    name: str | None  # the entity it names (alias-resolved), for capitalised words
    number: str | None
    negation: bool
    modal: str | None
    hedge: bool
    content: bool
    gap: str  # the text between the previous token and this one: punctuation ends a scope
    possessive: bool
    noun: bool  # has a noun reading
    verb_only: bool  # only a verb reading: the act of a clause
    verb: bool  # has a verb reading
    head: bool = True  # not an adjective before a noun ("senior officials"): its noun senses do not apply
    bound: str | None = None  # a number's comparison: ">" for "more than two days", "<=" for "at most"
    predicate: bool = False  # an adjective right after a copula ("is good"): its noun senses do not apply either
    adverbial: bool = False  # an adverb before its verb ("Xi further stated"): no verb or noun sense ("to further" is to help)


@lru_cache(maxsize=50_000)
def _readings(low: str) -> dict[str, tuple[str, ...]]:
    return lemmas(low)


def _lemmas(low: str) -> frozenset[str]:
    return frozenset({low} | {f.lower() for forms in _readings(low).values() for f in forms})


@lru_cache(maxsize=10_000)
def _name_key(low: str) -> str:
    if low in ALIASES:
        return ALIASES[low]
    family = {low} | {d for d in lexicon().derived(low) if d[:4] == low[:4]}  # "Russian", "Russia": one place
    return min(family)


def tokenize(text: str) -> tuple[Token, ...]:
    return _tokenize(text.replace("U.S.", "US "))


@lru_cache(maxsize=20_000)
def _tokenize(text: str) -> tuple[Token, ...]:
    out: list[Token] = []
    for m in _TOKEN.finditer(text):
        raw = m.group(0)
        low = raw.lower().replace("\u2019", "'")
        possessive = low.endswith("'s")
        if possessive:
            low = low[:-2]
        if low == "n't":
            low = "not"
        elif low in _BEFORE_NT and text[m.end() : m.end() + 1] in ("n",):
            low = _BEFORE_NT[low]
        initial = not out or text[out[-1].end : m.start()].strip()[-1:] in (".", "!", "?", ":", "\u2018", '"', "\u201c")
        capital = raw[:1].isupper() and (low not in FUNCTION_WORDS or (raw.isupper() and len(raw) > 1))  # "US", not "us"
        known = any(lexicon().known(x) for x in _lemmas(low))  # "Recognizing" is a word, not a name
        is_name = (capital and low not in TITLE_WORDS and (not initial or not known or low in ALIASES or low in _OTHER_COUNTRIES or raw.isupper())) or (
            not capital and _lowercase_country(low, text, m, out)
        )  # "is xi the us president", "was the balloon american": a country typed in lower case
        number = NUMBER_WORDS.get(low) or ORDINALS.get(low) or (low if low.isdigit() else None)
        if low == "one" and _next_word(text, m.end()) not in UNITS:
            number = None  # "one aim of", "one of the": a determiner, not a count
        if low in ("a", "an") and _next_word(text, m.end()) in UNITS - {"time", "times", "percent"}:
            number = "1"  # "for a week": one week, against "the two-day visit"
        pair = (number == "2" or low == "both") and _next_word(text, m.end()) in PARTIES
        if pair:
            number = None  # "the two nations": the two sides of the story, not a count to check
        negation = low in NEGATIONS
        modal = MODALS.get(low)
        if low in _NEED and _next_word(text, m.end()) == "to" and not (out and out[-1].low in DETERMINERS):
            modal = "obligation"  # "the relationship needs to be managed responsibly" as "must be": not "the need to"
        hedge = low in HEDGES or low in WEAK_MODALS
        content = not ((low in FUNCTION_WORDS and not is_name) or negation or modal or hedge or number or pair)
        if low == "too" and text[m.end() :].lstrip()[:1] in ("", "?", ".", "!", ",", ";"):
            content = False  # "did Biden think there was progress too?": "also", not "too strained"
        if (low in PARTIES and out and out[-1].low in ("two", "both")) or low in BILATERAL:
            content = False  # "bilateral relations": the story's two countries' relations
        gap = text[out[-1].end if out else 0 : m.start()]
        readings = _readings(low)
        out.append(
            Token(
                raw, low, m.start(), m.end(), _lemmas(low), _stem(low),
                _name_key(low) if is_name else None, number, negation, modal, hedge, content,
                gap, possessive, "NOUN" in readings or not readings, set(readings) == {"VERB"}, "VERB" in readings,
            )
        )  # fmt: skip
    return tuple(_mark_bounds(_mark_heads(_mark_united_states(_mark_instead(_mark_keep_from(_mark_frames(_mark_said_to(_mark_durations(_mark_fixed_phrases(_mark_phrasal_verbs(out)))))))))))


_BOUNDS = {
    ("more", "than"): ">", ("longer", "than"): ">", ("less", "than"): "<", ("fewer", "than"): "<",
    ("shorter", "than"): "<", ("at", "least"): ">=", ("at", "most"): "<=",
}  # fmt: skip
"""Words that make a number a bound: "more than a day" is any count of days above one. Not "over":
"stretched over two days" spans them."""


def _mark_bounds(tokens: list[Token]) -> list[Token]:
    for j, t in enumerate(tokens):
        if t.number is None:
            continue
        for words, bound in _BOUNDS.items():
            k = j - len(words)
            if k >= 0 and tuple(x.low for x in tokens[k:j]) == words:
                tokens[k:j] = [replace(x, content=False) for x in tokens[k:j]]
                tokens[j] = replace(t, bound=bound)
                break
    return tokens


_HOLDS = {">": float.__gt__, "<": float.__lt__, ">=": float.__ge__, "<=": float.__le__}


_US_AFTER = TITLE_WORDS | PARTIES | frozenset(
    "military officials government interests economy sites side ties relations and ambitions national security allies policy "
    "diplomacy technology technologies".split()
)  # "containing us ambitions" (probes typed fast): the country's


def _lowercase_country(low: str, text: str, m: re.Match[str], before: list[Token]) -> bool:
    """A country or its people typed in lower case. "us" only where it cannot be the pronoun: after
    an article ("the us president", "a us spy balloon") or before a hyphen or an office ("us-china ties", "us officials")."""
    if low not in ALIASES:
        return low in _OTHER_COUNTRIES  # "was the spy balloon russian"
    if low != "us":
        return True
    nxt = _next_word(text, m.end())
    return bool(before and before[-1].low in ("the", "a", "an")) or text[m.end() : m.end() + 1] == "-" or nxt in _US_AFTER


_OTHER_COUNTRIES = frozenset(
    "russia russian russians taiwan taiwanese ukraine ukrainian japan japanese korea korean india indian iran iranian "
    "france french germany german britain british uk canada canadian australia australian vietnam vietnamese "
    "philippines filipino mexico mexican israel israeli".split()
)
"""Other countries and their people, read as names when typed in lower case."""


PHRASAL_VERBS = {
    ("end", "up"): "",  # "they end up shooting it down": they shot it down
    ("take", "place"): "",  # "the meeting took place at ...": it was held there (no "sites" or "scheduled")
    ("call", "for"): "demand",
    ("put", "off"): "postpone",
    ("go", "to"): "travel",  # "Blinken went to China": he travelled there (WordNet's "go" is nearly anything)
    ("spill", "over"): "escalate",
    ("get", "along"): "coexist",
    ("bring", "up"): "raise",
    ("slow", "down"): "slow",  # "the economy is slowing down": it slows
    ("hinge", "on"): "depend",
    ("own", "up"): "admit",  # "own" is otherwise a function word ("their own wishes")
    ("play", "down"): "downplay",  # "played down the importance" against "highlighted the importance"
    ("rule", "out"): "preclude",  # "ruled out a truce" against "hinted at the possibility of a truce"
    ("hold", "back"): "withhold",  # "holding back certain technologies" for "withholding"
    ("cut", "off"): "sever",  # "cut off communication" against "rebuild ... communication channels"
    ("sit", "down"): "meet",  # "did Xi sit down with Blinken": "a meeting with ... Blinken"
    ("go", "along"): "concur",  # "went along with the idea that both countries ..." for "concurred that"
}
"""A verb whose particle changes its sense, read as the one word news would use: "called for" is to
demand, never to visit (WordNet's "call" is also "pay a visit"); "put off" is to postpone."""


def _mark_phrasal_verbs(tokens: list[Token]) -> list[Token]:
    for j in range(len(tokens) - 1):
        for (verb, particle), sense in PHRASAL_VERBS.items():
            if verb in tokens[j].lemmas and tokens[j + 1].low == particle and not tokens[j].name:
                tokens[j] = replace(tokens[j], lemmas=frozenset({sense}), stem=sense, content=bool(sense))
                if particle != "for":  # "for" still marks whom it is demanded of ("called for the US to ...")
                    tokens[j + 1] = replace(tokens[j + 1], content=False)
    return tokens


FIXED_PHRASES = {("not", "only"): 1, ("not", "just"): 1, ("not", "merely"): 1, ("but", "also"): 1, ("one", "another"): 0, ("each", "other"): 0, ("able", "to"): 0, ("with", "regard", "to"): 1, ("with", "regard", "for"): 1, ("in", "order", "to"): 1, ("over", "the", "course", "of"): 2, ("in", "the", "course", "of"): 2, ("at", "the", "time"): 2, ("at", "the", "moment"): 2, ("right", "now"): 0, ("at", "all"): 1, ("some", "kind", "of"): 1, ("some", "sort", "of"): 1, ("a", "kind", "of"): 1, ("a", "sort", "of"): 1, ("a", "way", "to"): 1, ("any", "kind", "of"): 1, ("any", "sort", "of"): 1, ("at", "least"): 1, ("the", "idea", "that"): 1, ("the", "notion", "that"): 1, ("of", "the", "things"): 2, ("on", "that", "front"): 2, ("on", "this", "front"): 2, ("the", "same", "thing"): 2, ("security", "reasons"): 1}
"""Phrases that only join ("in order to" is "to", "some kind of truce" a truce): the word at the
index carries nothing to align."""


_FIXED_BY_FIRST: dict[str, list[tuple[tuple[str, ...], int]]] = {}
for _phrase, _at in FIXED_PHRASES.items():
    _FIXED_BY_FIRST.setdefault(_phrase[0], []).append((_phrase, _at))


IDIOM_SENSES = {
    ("on", "schedule"): (1, "punctual"), ("on", "time"): (1, "punctual"), ("as", "planned"): (1, "punctual"),
    ("as", "scheduled"): (1, "punctual"),
    ("earlier", "than"): (0, "ahead-of-time"), ("later", "than"): (0, "behind-time"),  # a comparison, not "Earlier scheduled"
    ("in", "return"): (1, "in-exchange"),  # "In return, he called for ...": in exchange, not a reply
    ("set", "up"): (0, "establish"),  # "set up better lines of communication"
    # "serves the interests of both countries" benefits them; "US interests" are its stakes, no benefit
    ("the", "interests"): (1, "+benefit"), ("the", "interest"): (1, "+benefit"),  # "+": a sense added to the word's own
    # a point in time, which no single word of a quote says: "planned for later in the year" (or "for
    # later") is neither "after" a balloon, "subsequently" shot down, nor against "Earlier scheduled"
    ("later", "in"): (0, "later-in"), ("late", "in"): (0, "late-in"), ("for", "later"): (1, "later-time"),
    ("until", "later"): (1, "later-time"),
}
"""Phrases whose word means something else: "on schedule" is on time, not "scheduled" (the trip
was scheduled, and postponed); "earlier than planned" compares, where "Earlier scheduled" does not."""


_ORIGINALLY = frozenset("originally initially first previously".split())
_POSSESSIVE_PRONOUNS = frozenset("its his her their our my your".split())
_LINKING = frozenset("get gets got gotten getting grow grows grew grown growing".split())
_HELP = frozenset("help helps helped helping".split())


def _mark_fixed_phrases(tokens: list[Token]) -> list[Token]:
    for j in range(2, len(tokens)):  # "on China's part", "for its part": whose doing, nothing that is "parted"
        whose = tokens[j - 1].possessive or tokens[j - 1].low in _POSSESSIVE_PRONOUNS
        if tokens[j].low == "part" and whose and tokens[j - 2].low in ("on", "for"):
            tokens[j] = replace(tokens[j], content=False)
    for j in range(len(tokens) - 1):  # "getting worse", "growing more tense": a change of state, said by the adjective
        k = j + 2 if tokens[j + 1].low in _DEGREE | {"more", "less"} and j + 2 < len(tokens) else j + 1
        state = tokens[k].low
        if tokens[j].low in _LINKING and "ADJ" in _readings(state) and (k > j + 1 or "NOUN" not in _readings(state) or state.endswith("er")):
            tokens[j] = replace(tokens[j], content=False)
    for j in range(len(tokens) - 1):  # "helped ease tensions" says what "eased tensions" says, as far as an article tells
        k = j + 2 if tokens[j + 1].low == "to" and j + 2 < len(tokens) else j + 1
        if tokens[j].low in _HELP and "VERB" in _readings(tokens[k].low) and not tokens[k].name:
            tokens[j] = replace(tokens[j], content=False)
    for j in range(len(tokens) - 1):  # "one of the issues": one among them, no count of them
        if tokens[j].low == "one" and tokens[j + 1].low == "of" and not tokens[j + 1].gap.strip():
            tokens[j] = replace(tokens[j], content=False, number=None)
    lows = [t.low for t in tokens]
    for j, low in enumerate(lows):
        for phrase, at in _FIXED_BY_FIRST.get(low, ()):
            if tuple(lows[j : j + len(phrase)]) == phrase:
                tokens[j + at] = replace(tokens[j + at], content=False)
        k = j + 2 if j + 2 < len(lows) and lows[j + 1] in _ORIGINALLY else j + 1  # "as originally planned"
        sense = IDIOM_SENSES.get((low, lows[k])) if k < len(lows) else None
        if sense is not None:
            at = j if sense[0] == 0 else k
            if sense[1].startswith("+"):
                tokens[at] = replace(tokens[at], lemmas=tokens[at].lemmas | {sense[1][1:]})
            else:
                tokens[at] = replace(tokens[at], lemmas=frozenset({sense[1]}), stem=sense[1])
    return tokens


_KEEP = frozenset("keep keeps kept keeping stop stops stopped stopping".split())


_DURATION_VERBS = frozenset("last lasts lasted lasting spend spends spent spending take takes took taking".split())


_FRAMES = frozenset("article report story piece author text writer".split())
_CAME = frozenset("come comes came coming".split())
_NAMING = frozenset({"name", "identify"})
_WHEN = frozenset("during while after before amid as in at on".split())


_SAID_TO = frozenset("said reported alleged believed thought claimed rumored rumoured suspected".split())


def _mark_said_to(tokens: list[Token]) -> list[Token]:
    """"The balloon was said to have flown over ...": "allegedly flew over ...", a hedge."""
    for j in range(1, len(tokens) - 1):
        if tokens[j].low in _SAID_TO and tokens[j - 1].low in _BE and tokens[j + 1].low == "to":
            tokens[j] = replace(tokens[j], hedge=True, content=False)
    return tokens


def _mark_frames(tokens: list[Token]) -> list[Token]:
    """What wraps a fact without adding to it: the article's own verb ("The article identifies Xi as
    China's president", "the article lists ...") and an event that "came during" or "came while"
    something happened ("Biden's praise came while he was in California")."""
    for j in range(1, len(tokens)):
        t = tokens[j]
        framed = tokens[j - 1].low in _FRAMES and t.verb and not tokens[j - 1].possessive
        if framed and t.lemmas & _NAMING and not any(k.name for k in tokens[j + 1 : j + 5]):
            framed = False  # "the article names the experts" says their names are given, which it may not do
        came = t.low in _CAME and j + 1 < len(tokens) and tokens[j + 1].low in _WHEN
        if framed or came:
            tokens[j] = replace(t, content=False)
    return tokens


def _mark_durations(tokens: list[Token]) -> list[Token]:
    """"The visit lasted two days" says what "the two-day visit" does: a verb that only carries a
    duration carries nothing to align; the number and its unit do."""
    for j, t in enumerate(tokens):
        if t.low not in _DURATION_VERBS:
            continue
        k = next((k for k in range(j + 1, min(j + 4, len(tokens))) if tokens[k].number), None)
        if k is not None and k + 1 < len(tokens) and tokens[k + 1].low in UNITS:
            tokens[j] = replace(t, content=False)
    for j in range(2, len(tokens)):  # "the visit was two days long": "long" only carries the duration
        if tokens[j].low == "long" and tokens[j - 1].low in UNITS and tokens[j - 2].number:
            tokens[j] = replace(tokens[j], content=False)
    return tokens


def _mark_keep_from(tokens: list[Token]) -> list[Token]:
    """"keep competition from escalating" negates like "prevent competition from escalating"; "keep
    technologies from China" withholds them, and negates nothing."""
    for j, t in enumerate(tokens):
        if t.low not in _KEEP:
            continue
        k = next((k for k in range(j + 1, min(j + 4, len(tokens))) if tokens[k].low == "from"), None)
        if k is None:
            continue
        if k + 1 < len(tokens) and tokens[k + 1].low.endswith("ing") and tokens[k + 1].verb:
            tokens[j] = replace(t, negation=True, content=False)
        elif t.low.startswith("keep") or t.low == "kept":
            tokens[j] = replace(t, lemmas=frozenset({"withhold"}), stem="withhold")
    return tokens


_INSTEAD = {("rather", "than"): 1, ("instead", "of"): 1}
""""protect its security rather than contain China": what follows is denied, as after "not"."""


def _mark_instead(tokens: list[Token]) -> list[Token]:
    for j in range(len(tokens) - 1):
        at = _INSTEAD.get((tokens[j].low, tokens[j + 1].low))
        if at is not None:
            tokens[j + at] = replace(tokens[j + at], negation=True, content=False)
    return tokens


def _mark_heads(tokens: list[Token]) -> list[Token]:
    for j in range(len(tokens) - 2, -1, -1):  # from the right: "deteriorating foreign investment sentiment"
        t, nxt = tokens[j], tokens[j + 1]
        before_noun = nxt.noun or (not nxt.head and "ADJ" in _readings(nxt.low))  # or before another modifier of one
        if t.content and "ADJ" in _readings(t.low) and nxt.content and before_noun and not any(ch in nxt.gap for ch in ",;:.!?()"):
            tokens[j] = replace(t, head=False)
    for j, t in enumerate(tokens[1:-1], 1):
        if not t.name and "ADV" in _readings(t.low) and tokens[j + 1].verb and not tokens[j + 1].noun and not tokens[j + 1].gap.strip():
            tokens[j] = replace(t, adverbial=True)
    for j, t in enumerate(tokens[1:], 1):  # "relations are good": no "good" (a commodity) that "futures" are a kind of
        if t.head and t.content and tokens[j - 1].low in _BE | _LINKING and "ADJ" in _readings(t.low) and not t.name:
            tokens[j] = replace(t, predicate=True)
    return tokens


def _mark_united_states(tokens: list[Token]) -> list[Token]:
    for j, t in enumerate(tokens[:-1]):
        if t.low == "united" and tokens[j + 1].low == "states":
            tokens[j] = replace(t, name="US", content=True)
            tokens[j + 1] = replace(tokens[j + 1], name="US", content=True)
    return tokens


# -- alignment --------------------------------------------------------------------------------
EXACT, LEXICAL = "exact", "lexical"
LIGHT_VERBS = frozenset("take make get have do give hold put set go come keep bring turn run see let".split())
"""Verbs so polysemous that WordNet makes them synonyms of nearly anything: only themselves match."""
_LITERAL = frozenset("number numbers figure figures part parts interest interests".split())
"""Nouns whose other senses stretch too far: "numbers" is WordNet's "issue" of a periodical, and
"part" its "region" and "hand" ("Taiwan is part of China" from "regions like Taiwan"), and "interests"
a "benefit" ("Do US interests benefit China?" got "No." from "China's respect for US interests";
"the interests of both countries" still benefit them, see IDIOM_SENSES)."""


_ADVERBS_OF_TIME = frozenset("later earlier afterwards afterward subsequently previously".split())
_PREPOSITIONS_OF_TIME = frozenset("after before".split())


_COUNTRY_NOUNS = frozenset("country nation".split())


@lru_cache(maxsize=200_000)
def _relation(c: Token, q: Token) -> str | None:
    """How a claim token may stand for a quote token, if at all."""
    if c.number or q.number:
        return EXACT if c.number == q.number else None
    if c.name or q.name:
        if (c.name and q.name and c.name == q.name) or c.low == q.low:
            return EXACT
        if c.low in ALIASES and q.low in ALIASES and ALIASES[c.low] == ALIASES[q.low]:
            return EXACT
        if not c.name and c.lemmas & _COUNTRY_NOUNS and q.name in COUNTRIES and not q.possessive:
            return LEXICAL  # "was in the country" for "to visit China"
        return None
    if c.lemmas & q.lemmas or c.stem == q.stem:
        return EXACT
    if _listed_opposites(c, q):
        return None  # WordNet puts "downplay" under "stress": news's own opposites never stand for each other
    if c.lemmas & INTENTIONS and q.lemmas & INTENTIONS:  # "wants to rebuild" for "aims to rebuild": both only intend
        return LEXICAL
    if _paraphrased(c, q):
        return LEXICAL
    if _comments_on(c, q):
        return LEXICAL  # "commented on the trip" of "praised Blinken's efforts in China": any saying is a comment
    if (c.lemmas | q.lemmas) & (LIGHT_VERBS | _LITERAL):  # "take" shares a synset with "aim" and "contain"
        return None
    if c.low in _ADVERBS_OF_TIME and q.low in _PREPOSITIONS_OF_TIME:
        return None  # "planned for later" is no "postponed after a balloon": the preposition needs its event
    if (c.adverbial or q.adverbial) and not ("ADV" in _readings(c.low) and "ADV" in _readings(q.low)):
        return None  # only an adverb stands for an adverb ("originally" for "Earlier", not "help" for "further")
    if c.predicate and not _verb_form(c) and not {"ADJ", "ADV"} & set(_readings(q.low)) and not _derived(c, q):
        return None  # a quality said of something is a quality: "worse" is no "handling" (ill-treatment)
    if c.low in _LEADERS and q.low in TITLE_WORDS and q.low not in _HEADS:
        return None  # "the US leader" is no secretary of state (see _LEADERS)
    # only a head may be generalised, and only by a head: "business leaders" is no "president"
    # (WordNet's presidency is a position, an occupation, a business)
    nouns = q.head and c.head and not (c.predicate or q.predicate)
    # a verb is no kind of a noun: "helped" is not the "help" (an assistant) a secretary is a kind of
    if nouns and not (q.verb_only and not c.verb) and not (c.verb_only and not q.verb):
        related = partial(lexicon().covers, verbs_only=c.verb_only)
    else:
        related = lexicon().near
    # a noun in -ing ("the beginning") is stretched as itself, not as its verb ("begin" is a way to "talk")
    senses = {q.low} if q.low.endswith("ing") and q.noun and q.low in q.lemmas else q.lemmas
    if any(cl in related(ql) for ql in senses for cl in c.lemmas):
        return LEXICAL
    if _both_negated_of_one_base(c.low, q.low):
        return LEXICAL  # "unstable" for "instability": WordNet derives only "stable" from "stability"
    # a claim's verb may be a kind of the quote's ("conceded" a way to "admit"), unless it judges
    # where the quote's does not ("criticize" is a way to "comment")
    if c.verb and q.verb and not c.lemmas & JUDGING and any(ql in lexicon().verb_parents(cl) for ql in q.lemmas for cl in c.lemmas):
        return LEXICAL
    return None


def relates_to(word: str, sentence: str) -> bool:
    """Does WordNet relate ``word`` to a content word of ``sentence`` (a synonym, a derivation, a
    more general word)? A reader's own word for what the sentence says ("outcome", "talks")."""
    (c,) = tokenize(word)[:1] or (None,)
    return c is not None and any(t.content and _relation(c, t) for t in tokenize(sentence))


_NEGATIVE_AFFIX = re.compile(r"(?:un|in|im|il|ir|dis|non|mis)\w{3,}|\w{3,}less")


def _marked_opposite(a: str, b: str) -> bool:
    """"unwilling" of "willingness": ``a`` carries a negative affix on a word that ``b`` is, or is
    derived from."""
    if not _NEGATIVE_AFFIX.fullmatch(a):
        return False
    base = _negated_base(a) or _less_base(a)
    if base is None:
        return False
    related = {base} | lexicon().derived(base)
    return b in related or bool(_lemmas(b) & related) or any(base in lexicon().derived(x) for x in _lemmas(b))


@lru_cache(maxsize=20_000)
def _less_base(low: str) -> str | None:
    """"use" of "useless"."""
    base = low[:-4] if low.endswith("less") else ""
    return base if base and lexicon().known(base) and base in lexicon().opposites(low) else None


def _listed_opposites(c: Token, q: Token) -> bool:
    """Are the two words a pair of OPPOSITES, either way round?"""
    mine = _opposite_sides(c.lemmas)
    return bool(mine) and bool({(k, 1 - side) for k, side in mine} & _opposite_sides(q.lemmas))


@lru_cache(maxsize=50_000)
def _opposite_sides(lemmas: frozenset[str]) -> frozenset[tuple[int, int]]:
    """The (pair, side) of OPPOSITES each lemma is on: looked up once per word, not per pair of words."""
    return frozenset((k, side) for k, pair in enumerate(OPPOSITES) for side in (0, 1) if lemmas & pair[side])


def _comments_on(c: Token, q: Token) -> bool:
    return c.low in _COMMENTING and q.verb and bool(q.lemmas & (SPEECH_ACTS | JUDGING | _VOICING))


def _paraphrased(c: Token, q: Token) -> bool:
    mine = _paraphrase_groups(c.lemmas)
    return bool(mine) and bool(mine & _paraphrase_groups(q.lemmas))


@lru_cache(maxsize=50_000)
def _paraphrase_groups(lemmas: frozenset[str]) -> frozenset[int]:
    """Which groups of PARAPHRASES the word is in: looked up once per word, not per pair of words."""
    return frozenset(k for lemma in lemmas for k in _PARAPHRASE_INDEX.get(lemma, ()))


def _derived(c: Token, q: Token) -> bool:
    """The same word in another part of speech: "unstable" of "instability", "economic" of "economy"."""
    if c.lemmas & q.lemmas or c.stem == q.stem:
        return True
    if any(ql in lexicon().derived(cl) for cl in c.lemmas for ql in q.lemmas):
        return True
    return _both_negated_of_one_base(c.low, q.low)


_NEGATIVE_PREFIXES = ("un", "in", "im", "il", "ir", "dis", "non")
_NEGATED = re.compile(rf"(?:{'|'.join(_NEGATIVE_PREFIXES)})(\w{{4,}})$")


def _both_negated_of_one_base(a: str, b: str) -> bool:
    """"unstable" and "instability": each a negative prefix on a word derived from the other's."""
    if not (a.startswith(_NEGATIVE_PREFIXES) and b.startswith(_NEGATIVE_PREFIXES)):
        return False  # the cheap test first: this runs for every pair of words the lexicon did not relate
    ab, bb = _negated_base(a), _negated_base(b)
    return bool(ab and bb and (ab == bb or bb in lexicon().derived(ab)))


@lru_cache(maxsize=20_000)
def _negated_base(low: str) -> str | None:
    """"stable" of "unstable", "stability" of "instability": a word its negative prefix reverses."""
    m = _NEGATED.match(low)
    return m.group(1) if m and lexicon().known(m.group(1)) and m.group(1) in lexicon().opposites(low) else None


@lru_cache(maxsize=50_000)
def _opposed(c: Token, q: Token) -> bool:
    if (c.lemmas | q.lemmas) & LIGHT_VERBS:  # "hold" is somewhere the opposite of nearly anything
        return False
    if _listed_opposites(c, q):
        return True  # news's own opposites, in any part of speech: "booming" against "slowdown"
    if not set(_readings(c.low)) & set(_readings(q.low)) and not (_marked_opposite(c.low, q.low) or _marked_opposite(q.low, c.low)):
        # across parts of speech only a marked opposite counts ("unwilling" for "willingness",
        # "independent" for "depend"): "failure" is no opposite of "manage the relationship"
        # ("fail" is the opposite of "manage" in its sense "succeed"), and "immediate" is no
        # negated "mediate" of "openly"
        return False
    return any(cl in lexicon().opposites(ql) for ql in q.lemmas for cl in c.lemmas)


def opposites(a: str, b: str) -> bool:
    """Are the two words opposites ("growing" and "slowing", "better" and "worse")?"""
    ta, tb = tokenize(a), tokenize(b)
    return len(ta) == 1 and len(tb) == 1 and _opposed(ta[0], tb[0])


@dataclass(frozen=True)
class Sentence:
    quote: int
    start: int
    end: int
    text: str
    tokens: tuple[Token, ...]
    referents: frozenset[str] = frozenset()  # the names a "he" or "his" in it may stand for
    index: int = 0  # its place in the quote
    pair: bool = False  # it speaks of two countries ("China and the US", "both countries")


PRONOUNS = frozenset("he him his she her they them their".split())


@dataclass
class Window:
    """One or two quote sentences, and where each claim token aligned in them."""

    sentences: tuple[Sentence, ...]
    tokens: list[Token]  # all quote tokens, in order
    sentence_of: list[int]
    align: dict[int, list[int]] = field(default_factory=dict)  # claim token index -> quote token indices


@dataclass
class Context:
    claim: str
    ctokens: tuple[Token, ...]
    window: Window
    people: frozenset[str] = frozenset()  # names the article gives a title: persons, not places
    titles: Titles = field(default_factory=dict)  # what the article calls each of them
    cited: Titles = field(default_factory=dict)  # what the cited quotes themselves call them
    full_names: frozenset[tuple[str, str]] = frozenset()  # ("antony", "blinken"): one person's names
    cited_sentences: tuple[Sentence, ...] = ()  # every sentence the claim cites, the window's and the rest
    present: int | None = None  # the latest year the article gives (its dateline's): what "since 2018" runs to

    def aligned(self, i: int) -> bool:
        return bool(self.window.align.get(i))

    def positions(self, i: int) -> list[int]:
        return self.window.align.get(i, [])

    def primary(self, i: int) -> list[int]:
        """Where token ``i`` aligns as itself, if it does anywhere ("shot" to "shot", not "flew")."""
        tokens, js = self.window.tokens, self.positions(i)
        exact = [j for j in js if _relation(self.ctokens[i], tokens[j]) == EXACT]
        return exact or js


def _subjects(tokens: Sequence[Token], known: frozenset[str] = frozenset()) -> frozenset[str]:
    """The people a sentence is about, for a "he" in the next one: those that act in it
    ("Xi assured Blinken ..." -> Xi), else everyone it names. ``known`` are the article's people,
    so one who opens a sentence counts ("Xi" is also a Greek letter, so not a name by itself)."""
    person = lambda t: _person(t) or _known_person(t, known)  # noqa: E731
    people = [t for t in tokens if person(t)]
    acting = [t for j, t in enumerate(tokens[:-1]) if person(t) and _finite(tokens[j + 1])]
    return frozenset(n for t in (acting or people) if (n := t.name or _name_key(t.low)))


def _known_person(t: Token, known: frozenset[str]) -> bool:
    return t.text[:1].isupper() and not t.name and _name_key(t.low) in known


def _names_two(tokens: Sequence[Token]) -> bool:
    """"relations between China and the US" names the two a "bilateral" leaves unnamed; "on
    Washington's part" does not."""
    return len({q.name for q in tokens if q.name in COUNTRIES and not q.possessive}) >= 2


@lru_cache(maxsize=5_000)
def _speaks_of_two(tokens: Sequence[Token]) -> bool:
    if len({q.name for q in tokens if q.name in COUNTRIES}) >= 2:
        return True
    return any((q.low in PARTIES and j and tokens[j - 1].low in ("both", "two", "their")) or q.low in BILATERAL
               for j, q in enumerate(tokens))


def _split(text: str) -> list[Span]:
    """Sentences, each line on its own: a headline passage's title and dateline are not one sentence."""
    return [s for line in passage_sentences(text, 0, "headline") for s in split_sentences(line.text, line.start)]


def _sentences(quotes: Sequence[str], known: frozenset[str] = frozenset()) -> list[Sentence]:
    return [s if qi == 0 else replace(s, quote=qi) for qi, quote in enumerate(quotes) for s in _quote_sentences(quote, known)]


@lru_cache(maxsize=2048)
def _quote_sentences(quote: str, known: frozenset[str]) -> tuple[Sentence, ...]:
    """One quote's sentences, read once: an answer's passages are cited again and again."""
    out = []
    before: frozenset[str] = frozenset()
    for n, s in enumerate(_split(quote)):
        tokens = tokenize(s.text)
        out.append(Sentence(0, s.start, s.end, s.text, tokens, before, n, _speaks_of_two(tokens)))
        before = _subjects(tokens, known) or before
    return tuple(out)


Titles = dict[str, frozenset[str]]


def titles(texts: Sequence[str]) -> Titles:
    return _titles(tuple(texts))


def _merged(a: Titles, b: Titles) -> Titles:
    """The context's titles and the quotes' (read and cached apart: the context is the same for
    every quote of an answer, so a new quote must not make the whole article be read again)."""
    return a if all(a.get(k, frozenset()) >= v for k, v in b.items()) else {k: a.get(k, frozenset()) | b.get(k, frozenset()) for k in a.keys() | b.keys()}


@lru_cache(maxsize=64)
def _titles(texts: tuple[str, ...]) -> Titles:
    """What the texts call each person: "US Secretary of State Antony Blinken" and "Blinken, the
    first US secretary of state" give Blinken {"US", "secretary", "state"}, so a claim may say
    "the secretary of state"; "Chinese President Xi Jinping" lets it say "the Chinese leader"."""
    out: dict[str, frozenset[str]] = {}
    for text in dict.fromkeys(texts):
        for name, words in _people_of(text)[0].items():
            out[name] = out.get(name, frozenset()) | words
    return out


def full_names(texts: Sequence[str]) -> frozenset[tuple[str, str]]:
    return _full_names(tuple(texts))


def name_partners(texts: Sequence[str]) -> dict[str, str]:
    """Each name to the other half of the full name the texts write it in ("jinping" -> "xi")."""
    out: dict[str, str] = {}
    for a, b in _full_names(tuple(texts)):
        out[a], out[b] = b, a
    return out


@lru_cache(maxsize=64)
def _full_names(texts: tuple[str, ...]) -> frozenset[tuple[str, str]]:
    """Given name and surname pairs the texts write together ("Antony Blinken", "Joe Biden")."""
    return frozenset().union(*(_people_of(t)[1] for t in dict.fromkeys(texts)))


People = tuple[Titles, frozenset[tuple[str, str]]]
_KEPT_PEOPLE: dict[str, People] = {}
"""Who is who in each text, read back from where indexing kept it (see ``keep_people``)."""


def _people_of(text: str) -> People:
    """The titles and full names one text gives its people: kept, or read from its words."""
    kept = _KEPT_PEOPLE.get(_text_key(text))
    return kept if kept is not None else _read_people(text)


def _text_key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


@lru_cache(maxsize=4096)
def _read_people(text: str) -> People:
    out: dict[str, set[str]] = {}
    pairs = set()
    for s in _split(text):
        tokens = tokenize(s.text)
        for a, b in zip(tokens, tokens[1:]):
            if _person(a) and _person(b) and not _breaks(b) and not a.possessive:
                pairs.add((a.name, b.name))
        for j, t in enumerate(tokens):
            if not _person(t):
                continue
            words = out.setdefault(t.name, set())
            k = j - 1  # the title run before the name: "US Secretary of State Antony"
            while k >= 0 and not _breaks(tokens[k + 1]) and (tokens[k].low in TITLE_WORDS or tokens[k].name or tokens[k].low == "of"):
                if tokens[k].low in TITLE_WORDS or tokens[k].name in COUNTRIES:
                    words.add(tokens[k].name if tokens[k].name in COUNTRIES else tokens[k].low)
                k -= 1
            if j + 2 < len(tokens) and tokens[j + 1].low in ("the", "a") and _breaks(tokens[j + 1]):
                for u in tokens[j + 2 :]:  # an apposition: "Blinken, the first US secretary of state"
                    if _breaks(u):
                        break
                    if u.low in TITLE_WORDS or u.name in COUNTRIES:  # "state" is also a function word
                        words.add(u.name if u.name in COUNTRIES else u.low)
                    elif u.low in FUNCTION_WORDS and u.low not in ("of", "the", "a") and u.low not in ORDINALS and not u.name:
                        break
    return {k: frozenset(v - {k}) for k, v in out.items() if v - {k}}, frozenset(pairs)


def people_facts(texts: Sequence[str]) -> dict[str, object]:
    """Who is who in each text, as JSON, to keep beside the index: a start then reads no text's
    words to learn it (a hundred articles' passages took most of a first answer's time). Stamped
    with this module's code, which decides what a text's people are."""
    def as_json(people: People) -> list:
        named, pairs = people
        return [{k: sorted(v) for k, v in named.items()}, sorted(pairs)]

    return {"stamp": _code_stamp(), "texts": {_text_key(t): as_json(_people_of(t)) for t in dict.fromkeys(texts)}}


@lru_cache(maxsize=1)
def _code_stamp() -> str:
    return hashlib.sha1(Path(__file__).read_bytes()).hexdigest()


def keep_people(facts: object) -> bool:
    """Read back what ``people_facts`` gave; facts of other code or damaged ones are refused whole
    (False), and every text is then read from its words as before."""
    if not isinstance(facts, dict) or facts.get("stamp") != _code_stamp() or not isinstance(facts.get("texts"), dict):
        return False
    kept: dict[str, People] = {}
    try:
        for key, (named, pairs) in facts["texts"].items():
            titles = {str(k): frozenset(map(str, v)) for k, v in named.items()}
            kept[str(key)] = titles, frozenset((str(a), str(b)) for a, b in pairs)
    except (TypeError, ValueError, AttributeError):
        return False
    _KEPT_PEOPLE.clear()
    _KEPT_PEOPLE.update(kept)
    _titles.cache_clear()
    _full_names.cache_clear()
    return True


def _person(t: Token) -> bool:
    return bool(t.name) and t.name not in COUNTRIES


def _sentence_hits(ctokens: Sequence[Token], i: int, sentence: Sentence, known: Titles, offset: int = 0) -> list[int]:
    """Where claim token ``i`` aligns in the sentence: a related word, the person a pronoun
    stands for, a person the claim names by title ("the Chinese leader" for Xi), or the two
    countries that "both countries" and "the US and China" name alike."""
    c = ctokens[i]
    if not (c.content or c.number):
        return []
    # "both countries" names the US only for a claim about both: "Blinken criticized the US" is not
    # "both countries had an obligation"
    pair = sentence.pair and (c.low in PARTIES or c.name in COUNTRIES) and _speaks_of_two(tuple(ctokens))
    out = []
    for j, q in enumerate(sentence.tokens):
        if q.content or q.number:
            if _relation(c, q):
                out.append(offset + j)
                continue
            person = q.name or (q.low if q.text[:1].isupper() and q.low in known else None)
            if person and not c.name and person in known and _titled(ctokens, i, known[person]):
                out.append(offset + j)
            elif pair and c.low in PARTIES and q.name in COUNTRIES:
                out.append(offset + j)
        elif pair and c.name in COUNTRIES and (q.low in PARTIES or (q.low in BILATERAL and _names_two(ctokens))):
            out.append(offset + j)
        elif q.low in PARTIES and c.lemmas & q.lemmas & _COUNTRY_NOUNS:
            out.append(offset + j)  # "between the 2 countries" for "both countries" ("neither side" is the negation check's)
        elif q.low in REPORTING and c.verb and _paraphrased(c, q):
            out.append(offset + j)  # "experts see ... as" for "experts note ... as": a claim verb for a reporting one
        elif q.low in PRONOUNS:
            name = c.name or (_name_key(c.low) if c.text[:1].isupper() and c.low in known else None)  # "Xi" opening a claim
            if name and name in sentence.referents:
                out.append(offset + j)
            elif not c.name and any(r in known and _titled(ctokens, i, known[r]) for r in sentence.referents):
                out.append(offset + j)
    return out


_LEADERS = frozenset("leader head".split())
_HEADS = frozenset("president premier chairman chairwoman chancellor king queen prime".split())
"""A country's "leader" or "head" is its head of state or government: WordNet lets "leader" cover
"secretary" too (the head of a department), which would make Blinken "the leader of the US"."""


def _may_title(word: str, titles: frozenset[str]) -> bool:
    """May a claim call a person ``word``, the article calling them ``titles``?"""
    if word in _LEADERS and not titles & (_HEADS | _LEADERS):
        return False
    return any(word == w or (w not in _OFFICE_COMPLEMENTS and word in lexicon().covers(w)) for w in titles)


_OFFICE_COMPLEMENTS = frozenset({"state"})
"""A title's word that only completes an office ("secretary of state"): it is no title by any other
word WordNet files with it ("a country" is not Blinken)."""


def _titled(ctokens: Sequence[Token], i: int, words: frozenset[str]) -> bool:
    """Does claim token ``i`` name the person by one of ``words``? A nationality right before
    the title must be the person's own: "the US president" is not Xi. A verb names no one
    ("expressed" is not the "State" of "Secretary of State")."""
    if not ctokens[i].noun or _verb_form(ctokens[i]) or not any(_may_title(cl, words) for cl in ctokens[i].lemmas):
        return False
    before = ctokens[i - 1] if i else None
    if before is not None and before.name and before.name not in COUNTRIES and not before.possessive and not ctokens[i].gap.strip():
        return False  # "Blinken help Xi": a person's verb, not his title (WordNet's "help" is an assistant)
    k = i - 1
    while k >= 0 and (ctokens[k].low in ("the", "of") or ctokens[k].low in TITLE_WORDS):
        k -= 1
    return not (k >= 0 and ctokens[k].name in COUNTRIES and ctokens[k].name not in words)


ANAPHORS = frozenset("he him his she her they them their it its this that these those such however".split())


_DEMONSTRATIVES = frozenset("this that these those".split())


def _adjacent(a: Sentence, b: Sentence) -> bool:
    """``b`` follows ``a`` in one passage and names a thing of it ("However, he admitted ... on this
    issue", "a positive step towards that goal") or goes on about its person ("he"): the claim may
    then take words from both anywhere, as the reader of the passage does. "its" or a "that" of
    speech does not point back: "postponed after ... | China's stance on Russia's invasion" would
    be stitched from two facts."""
    if a.quote != b.quote or a.index + 1 != b.index:
        return False
    toks = b.tokens
    if b.referents and any(t.low in PRONOUNS for t in toks):  # "he" goes on about the person of ``a``
        return True
    return any(t.low in _DEMONSTRATIVES and toks[j + 1].content and toks[j + 1].noun and not toks[j + 1].verb_only
               for j, t in enumerate(toks[:-1]))


def _joins_at(ctokens: Sequence[Token], k: int) -> bool:
    """May the claim split before token ``k``: a clause break that parts no speaker from their words?"""
    return _breaks(ctokens[k]) and not _reports_across(ctokens, k)


@lru_cache(maxsize=4096)
def _clause_splits(ctokens: tuple[Token, ...]) -> tuple[int, ...]:
    """Where two facts may be joined (see ``_window``): at a clause break with something stated on
    each side."""
    acts = _acts(ctokens)
    return tuple(k for k in range(1, len(ctokens)) if acts and acts[0] < k <= acts[-1] and _joins_at(ctokens, k))


@lru_cache(maxsize=4096)
def _acts(ctokens: tuple[Token, ...]) -> tuple[int, ...]:
    """Where the claim states something (a verb or an auxiliary). Two facts are joined as two
    clauses, so a split needs one on each side: "talks between senior Chinese officials | and
    President Joe Biden" and "the first to visit China | since the beginning of the year" join no
    second fact."""
    return tuple(i for i, t in enumerate(ctokens) if t.low in AUXILIARIES or _is_act(ctokens, i))


def _window(
    sentences: tuple[Sentence, ...], ctokens: tuple[Token, ...], known: Titles | None = None, *, joined_only: bool = False,
    memo: dict[tuple[int, int], list[int]] | None = None,
) -> Window:
    """Align the claim to one sentence, or to two: then the claim splits into a first part
    that aligns in one sentence and a rest that aligns in the other ("A, and B"). ``memo`` keeps
    one claim's hits per sentence across the windows of one verification (pairs reuse singles)."""
    known = known or {}

    def hits(ctokens: Sequence[Token], i: int, sentence: Sentence, known: Titles, offset: int = 0) -> list[int]:
        if memo is None:
            return _sentence_hits(ctokens, i, sentence, known, offset)
        key = (i, id(sentence))
        if key not in memo:
            memo[key] = _sentence_hits(ctokens, i, sentence, known)
        return [offset + j for j in memo[key]] if offset else memo[key]

    tokens: list[Token] = []
    sentence_of: list[int] = []
    for k, s in enumerate(sentences):
        tokens.extend(s.tokens)
        sentence_of.extend([k] * len(s.tokens))
    w = Window(sentences, tokens, sentence_of)
    if len(sentences) == 1:
        w.align = {i: h for i in range(len(ctokens)) if (h := hits(ctokens, i, sentences[0], known))}
        return w
    n0 = len(sentences[0].tokens)
    per = [(hits(ctokens, i, sentences[0], known), hits(ctokens, i, sentences[1], known, n0)) for i in range(len(ctokens))]
    # facts are joined at a clause break ("..., and ..."): split only there, or any two sentences
    # of a long passage would together "support" words picked from each
    a, b = sentences
    adjacent = not joined_only and (_adjacent(a, b) or _adjacent(b, a))
    splits = range(len(ctokens) + 1) if adjacent else _clause_splits(ctokens)
    best: tuple[tuple[int, bool, bool], dict[int, list[int]]] = ((-1, False, False), {})
    for first, second in ((0, 1), (1, 0)):
        for k in splits:
            align = {i: per[i][first if i < k else second] for i in range(len(ctokens))}
            align = {i: h for i, h in align.items() if h}
            # of splits that align as much, one at a clause break reads as the writer joined the
            # facts: "Xi said China respects US interests | and, in return, he wants the US to ..."
            # and a pair window is for what one sentence does not say: a split that uses both
            inner = 0 < k < len(ctokens)
            natural = not inner or _joins_at(ctokens, k)
            if (len(align), natural, inner) > best[0]:
                best = ((len(align), natural, inner), align)
    w.align = best[1]
    return w


def _reports_across(ctokens: Sequence[Token], k: int) -> bool:
    """Would a split before token ``k`` part a speaker from what they say? "Xi said | the US does
    not aim to contain China" would take Xi from the headline and the words from Blinken's sentence."""
    c, before = ctokens[k], ctokens[k - 1]
    plain = lambda t: not t.name and not t.text[:1].isupper()  # noqa: E731  # not "the United States"
    # "Xi | said ...", "Xi said | ...", and "Xi stressed: | the US ..." as "Xi said: | ..."
    said = (c.low in REPORTING and plain(c)) or (
        plain(before) and (before.low in REPORTING or (before.verb and before.lemmas & SPEECH_ACTS)))
    told = k > 1 and (before.name or before.low in PRONOUNS) and ctokens[k - 2].verb  # "assured Blinken that"
    return bool(said) or (c.low == "that" and (before.verb or told))


# -- checks -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Finding:
    status: Literal["contradicted", "unsupported"]
    reason: str
    soft: bool = False  # a gap that does not stop a contradiction from standing ("allegedly")


Check = Callable[[Context], list[Finding]]


def check_numbers(ctx: Context) -> list[Finding]:
    """Numbers, years and number words must match exactly; "the two nations" may count names."""
    out, tokens = [], ctx.window.tokens
    for i, c in enumerate(ctx.ctokens):
        if not c.number or _counts_names(ctx, i):
            continue
        if c.bound is not None:  # "more than a day" against "the two-day visit": the quote's amount must lie within
            if (finding := _beyond_bound(ctx, i)) is not None:
                out.append(finding)
            continue
        if ctx.aligned(i):  # "two weeks" against "the two-day visit": the number, not the duration
            mine = _days(ctx.ctokens, i)
            if mine is not None and not any(_days(tokens, p) in (mine, None) for p in ctx.positions(i)):
                p = ctx.positions(i)[0]
                out.append(Finding("contradicted", f"says {_amount(ctx.ctokens, i)!r} where the article says {_amount(tokens, p)!r}"))
            continue
        others = sorted({
            q.text for p, q in enumerate(tokens) if q.number and _number_kind(q.number) == _number_kind(c.number) and _differs(ctx, i, p)
        })  # the same number, left unaligned by how the claim was split, is no other number
        if others:
            said = _amount(ctx.ctokens, i) if _days(ctx.ctokens, i) is not None else c.text  # "a week"
            out.append(Finding("contradicted", f"says {said!r} where the article says {', '.join(map(repr, others))}"))
        else:
            out.append(Finding("unsupported", f"the number {c.text!r} is not in the cited passage"))
    return out


def _beyond_bound(ctx: Context, i: int) -> Finding | None:
    c, tokens = ctx.ctokens[i], ctx.window.tokens
    mine = _days(ctx.ctokens, i)
    if mine is None:
        mine = float(c.number) if c.number and c.number.isdigit() else None
        said = [(p, float(q.number)) for p, q in enumerate(tokens) if q.number and q.number.isdigit() and _days(tokens, p) is None
                and _counts_same(ctx, i, p) and _number_kind(q.number) == "count"]
    else:
        said = [(p, d) for p in range(len(tokens)) if (d := _days(tokens, p)) is not None]
    if mine is None or not said:
        return Finding("unsupported", f"the article gives no amount to compare with {_amount(ctx.ctokens, i)!r}")
    if any(_HOLDS[c.bound](float(theirs), float(mine)) for _, theirs in said):  # type: ignore[index]
        return None
    p = said[0][0]
    bound = {">": "more than", "<": "less than", ">=": "at least", "<=": "at most"}[c.bound]  # type: ignore[index]
    return Finding("contradicted", f"says {bound} {_amount(ctx.ctokens, i)!r} where the article says {_amount(tokens, p)!r}")


_UNIT_DAYS = {"day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30, "months": 30, "year": 365, "years": 365}


def _days(tokens: Sequence[Token], i: int) -> float | None:
    """A count of days, weeks, months or years in days ("a week": 7; "the two-day visit": 2), so
    that a duration in one unit can be told from one in another."""
    unit = _counted(tokens, i)
    n = tokens[i].number
    if unit is None or unit.low not in _UNIT_DAYS or n is None or not n.isdigit():
        return None
    return int(n) * _UNIT_DAYS[unit.low]


def _differs(ctx: Context, i: int, p: int) -> bool:
    """Is the quote's number ``p`` another than the claim's ``i``? Durations are compared in days:
    "a week" is not "the two-day visit", and "14 days" would be "two weeks"."""
    mine, theirs = _days(ctx.ctokens, i), _days(ctx.window.tokens, p)
    if mine is not None and theirs is not None:
        return mine != theirs
    return ctx.window.tokens[p].number != ctx.ctokens[i].number and _counts_same(ctx, i, p)


def _amount(tokens: Sequence[Token], i: int) -> str:
    unit = _counted(tokens, i)
    return f"{tokens[i].text} {unit.text}" if unit is not None else tokens[i].text


def _a_duration_unit(ctx: Context, i: int) -> bool:
    """The unit of a claim's duration where the quote gives one in days: "week" of "for a week"
    against "the two-day visit" is judged with the number, not as a word of its own."""
    ct = ctx.ctokens
    return i > 0 and _days(ct, i - 1) is not None and any(_days(ctx.window.tokens, p) is not None for p in range(len(ctx.window.tokens)))


def _counted(tokens: Sequence[Token], i: int) -> Token | None:
    """The noun a count stands before: "issues" of "two specific issues", "day" of "two-day visit"."""
    return next((tokens[k] for k in range(i + 1, min(i + 1 + _COUNT_REACH, len(tokens))) if tokens[k].noun and tokens[k].content), None)


def _counts_same(ctx: Context, i: int, p: int) -> bool:
    """Could the quote's number ``p`` count what the claim's count ``i`` counts? "three agreements"
    differs from no count of the quote: the "two" of "the two-day visit" counts days."""
    kind = _number_kind(ctx.ctokens[i].number or "")
    if kind == "year":  # "visited China in 2023" has no rival in "the first to visit China since 2018"
        mine_p, theirs_p = _time_preposition(ctx.ctokens, i), _time_preposition(ctx.window.tokens, p)
        if mine_p is None or theirs_p is None or mine_p == theirs_p:
            return True
        return mine_p == "in" and theirs_p == "since" and _in_the_gap(ctx, i, p)
    if kind != "count":
        return True
    mine, theirs = _counted(ctx.ctokens, i), _counted(ctx.window.tokens, p)
    return mine is None or theirs is None or _relation(mine, theirs) is not None


_TIME_PREPOSITIONS = frozenset("in since by before after until till from during around".split())


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


@lru_cache(maxsize=256)
def _latest_year(texts: tuple[str, ...]) -> int | None:
    """The article's own year (its dateline's): read once per cited text and context, not per claim."""
    return max((int(y) for text in texts for y in _YEAR.findall(text)), default=None)


def _in_the_gap(ctx: Context, i: int, p: int) -> bool:
    """"Did a secretary of state visit China in 2020?" against "the first US secretary of state to
    visit China since 2018": no one did between that year and the article's own."""
    tokens, sent = ctx.window.tokens, ctx.window.sentence_of[p]
    first = any(t.low == "first" and ctx.window.sentence_of[j] == sent for j, t in enumerate(tokens[max(0, p - 15) : p], max(0, p - 15)))
    mine, theirs = int(ctx.ctokens[i].number or 0), int(tokens[p].number or 0)
    return first and ctx.present is not None and theirs < mine < ctx.present


def _time_preposition(tokens: Sequence[Token], i: int) -> str | None:
    return tokens[i - 1].low if i and tokens[i - 1].low in _TIME_PREPOSITIONS else None


def check_years(ctx: Context) -> list[Finding]:
    """A year's preposition: "visited China in 2018" is not "the first to visit China since 2018"."""
    ct, tokens = ctx.ctokens, ctx.window.tokens
    for i, c in enumerate(ct):
        if not (c.number and _number_kind(c.number) == "year" and i and ct[i - 1].low in _TIME_PREPOSITIONS and ctx.aligned(i)):
            continue
        theirs = {tokens[p - 1].low for p in ctx.positions(i) if p and tokens[p - 1].low in _TIME_PREPOSITIONS}
        if theirs and ct[i - 1].low not in theirs:
            said = " or ".join(f"{t} {c.text}" for t in sorted(theirs))
            return [Finding("unsupported", f"says '{ct[i - 1].low} {c.text}' where the article says {said!r}")]
    return []


def check_counted(ctx: Context) -> list[Finding]:
    """A count counts the thing it stands before: "two specific issues" is not the "two" of
    "the two-day visit"."""
    ct, tokens = ctx.ctokens, ctx.window.tokens
    for i, c in enumerate(ct):
        if not (c.number and _number_kind(c.number) == "count" and ctx.aligned(i)) or i + 1 >= len(ct):
            continue
        k = i + 1
        if not (ct[k].content and ctx.aligned(k)):
            continue
        near = any(0 < q - p <= _COUNT_REACH for p in ctx.positions(i) for q in ctx.positions(k))
        if not near:
            counted = next((t.text for t in tokens[ctx.positions(i)[0] + 1 :] if t.content), "something else")
            return [Finding("unsupported", f"'{c.text} {ct[k].text}': the article's {c.text!r} counts {counted!r}")]
    return []


_COUNT_REACH = 3  # "two specific issues", "two full days": a count and its noun stand this close


def check_ordinal_scope(ctx: Context) -> list[Finding]:
    """An ordinal says who or what comes first among what it orders: "Xi spoke first" is not
    backed by "alongside Blinken, the first US secretary of state to visit China", whose "first"
    orders secretaries of state visiting, not speakers."""
    ct, tokens = ctx.ctokens, ctx.window.tokens
    for i, c in enumerate(ct):
        if not (c.number and c.number.startswith("#") and ctx.aligned(i)):
            continue
        scope = [k for k in _ordinal_scope(ct, i) if ctx.aligned(k)]
        if not scope:
            continue
        places = [set(_ordinal_scope(tokens, p)) for p in ctx.positions(i)]
        if not any(q in place for place in places for k in scope for q in ctx.positions(k)):
            quoted = next((tokens[q].text for q in sorted(places[0]) if tokens[q].content and not tokens[q].name), "something else")
            return [Finding("unsupported", f"the article's {c.text!r} orders {quoted!r}, not {ct[scope[0]].text!r}")]
        theirs = [lim for p in ctx.positions(i) if (lim := _ordinal_limit(tokens, p))]
        if theirs and _ordinal_limit(ct, i) is None:
            # "the first US secretary of state to visit China" is the first ever; the article's is
            # the first "since 2018", so there were others before
            return [Finding("unsupported", f"the article's {c.text!r} runs only {theirs[0]!r}", soft=True)]
        if theirs and _ordinal_limit(ct, i) == "ever":
            return [Finding("contradicted", f"says {c.text!r} ever where the article's runs only {theirs[0]!r}")]
    return []


def _ordinal_limit(tokens: Sequence[Token], i: int) -> str | None:
    """The time an ordinal at ``i`` counts within, to the end of its clause: "since 2018", "in a
    decade", "in five years"; "ever" for no limit said in so many words."""
    for k in range(i + 1, len(tokens)):
        if _punctuated(tokens[k]) or "\u2014" in tokens[k].gap:
            break  # "since" opens no clause here: "the first ... to visit China since 2018"
        t = tokens[k]
        if t.low in ("ever", "history"):
            return "ever"
        if t.low == "since" or (t.low in ("in", "for", "over") and any(
                u.low in _SPAN_WORDS or u.number for u in tokens[k + 1 : k + 5])):
            return " ".join(u.text for u in tokens[k : k + 2])
    return None


def _ordinal_ever(ct: Sequence[Token], i: int) -> bool:
    """"the first ... ever": the ordinal's limit, which check_ordinal_scope judges, no detail of its own."""
    return any(ct[k].number and ct[k].number.startswith("#") and _ordinal_limit(ct, k) == "ever" for k in range(max(0, i - 8), i))


_SPAN_WORDS = frozenset("years year decade decades while months time ages".split())


def _ordinal_scope(tokens: Sequence[Token], i: int) -> list[int]:
    """What the ordinal at ``i`` orders: the words after it to the end of its clause ("first US
    secretary of state to visit China", "the first to speak"), or, where none follow, the act
    before it ("spoke first")."""
    after = []
    for k in range(i + 1, len(tokens)):
        if _breaks(tokens[k]):
            break
        if tokens[k].content or tokens[k].name:
            after.append(k)
    if after:
        return after
    k = i - 1
    while k >= 0 and not _breaks(tokens[k + 1]):
        if tokens[k].content:
            return [k]
        k -= 1
    return []


def _number_kind(n: str) -> str:
    return "ordinal" if n.startswith("#") else "year" if len(n) == 4 else "count"





def _counts_names(ctx: Context, i: int) -> bool:
    """"the two nations" or "both sides" when the quote names two countries."""
    c = ctx.ctokens[i]
    head = ctx.ctokens[i + 1] if i + 1 < len(ctx.ctokens) else None
    if c.number != "2" or head is None or head.low not in PARTIES:
        return False
    return len({q.name for q in ctx.window.tokens if q.name in ALIASES.values()}) >= 2


def _given_name(ctx: Context, i: int) -> bool:
    """"Antony" of "Antony Blinken", where the quote says "Blinken" (the context writes them
    together); "Jinping" of "Xi Jinping", a family name first, where it says "Xi"."""
    ct = ctx.ctokens
    key = _person_key(ct[i], ctx.people)
    if key is None:
        return False
    if i + 1 < len(ct) and ctx.aligned(i + 1) and (key, ct[i + 1].name) in ctx.full_names:
        return True
    return i > 0 and ctx.aligned(i - 1) and (_person_key(ct[i - 1], ctx.people), key) in ctx.full_names


def check_full_names(ctx: Context) -> list[Finding]:
    """"Antony Jinping": two names of people written as one person's, which the article never does
    (each may be in the quote, beside its own partner)."""
    ct = ctx.ctokens
    for a, b in zip(ct, ct[1:]):
        ka, kb = _person_key(a, ctx.people), _person_key(b, ctx.people)
        if not (ka and kb) or a.possessive or _breaks(b) or ka == kb or b.gap.strip():
            continue  # "Xi & Blinken" joins two people
        if (ka, kb) not in ctx.full_names and (ka in {x for pair in ctx.full_names for x in pair}
                                                 and kb in {x for pair in ctx.full_names for x in pair}):
            return [Finding("contradicted", f"the article names no one {a.text} {b.text}")]
    return []


def check_names(ctx: Context) -> list[Finding]:
    """Every name and place of the claim must be in the quote; one that stands where the quote
    has another name ("while visiting Florida" / "while visiting California") contradicts it."""
    out, ct = [], ctx.ctokens
    offices = {k for _, _, run in _claimed_titles(ctx) for k in run if ct[k].low in _PORTFOLIOS}  # "Defense Secretary": the title check's
    additive = any(t.low in ("also", "too", "additionally", "likewise", "similarly") for t in ct)  # "Did Blinken also go to Taiwan?": besides Beijing
    for i, c in enumerate(ct):
        if not c.name or ctx.aligned(i) or i in offices:
            continue
        if _given_name(ctx, i):
            continue
        rivals = [r for r in (_rival_name(ctx, i), _rival_whereabouts(ctx, i)) if r]
        rival = next((r for r in rivals if _same_kind(c.name, r)), rivals[0] if rivals else None)
        if rival and not additive and not (c.name in ctx.people or _name_key(rival.lower()) in ctx.people) and _same_kind(c.name, rival):
            out.append(Finding("contradicted", f"says {c.text!r} where the article says {rival!r}"))
        elif rival:  # meeting Blinken does not rule out meeting Biden
            out.append(Finding("unsupported", f"the article says {rival!r}, and nothing of {c.text!r}"))
        else:  # the partner of an act's meeting is the partners check's to judge against the article's
            out.append(Finding("unsupported", f"{c.text!r} is not in the cited passage", soft=_meeting_partner(ct, i)))
    return out


def _meeting_partner(ct: Sequence[Token], i: int) -> bool:
    """Is the name at ``i`` who an act's setting was with: "Biden" of "Xi hinted at a truce during a
    meeting with Joe Biden"?"""
    k = i - 1
    while k >= 0 and (ct[k].name or ct[k].low in TITLE_WORDS or ct[k].low == "of"):
        k -= 1
    if k < 2 or ct[k].low != "with" or not ct[k - 1].lemmas & SYMMETRIC:
        return False
    d = k - 2 if ct[k - 2].low in DETERMINERS or ct[k - 2].low in _POSSESSIVE_PRONOUNS else k - 1
    return d >= 1 and ct[d - 1].low in _DURING and any(_is_act(ct, j) for j in range(d - 1))


_PLACE_KINDS = (
    ("country", frozenset({"country", "capital"})),  # a capital stands for its government: "Beijing and Moscow"
    ("state", frozenset({"state", "province"})),
    ("city", frozenset({"city", "capital", "municipality"})),
)


@lru_cache(maxsize=2048)
def _place_kinds(low: str) -> frozenset[str]:
    """What WordNet says a place is (a country, a state, a city), or of a people, what their
    country is ("Canadian": Canada's); empty when it says none of these."""
    country = frozenset({"country"}) if low in ALIASES else frozenset()  # "Beijing": a city, and China
    for word in (low, *sorted(lexicon().derived(low))):
        covers = lexicon().covers(word)
        kinds = frozenset(k for k, marks in _PLACE_KINDS if covers & marks) | country
        if kinds:
            return kinds - {"state"} if "country" in kinds else kinds  # "Ukraine" is a state as a nation is
    return country


def _same_kind(name: str, rival: str) -> bool:
    """Can one place stand for the other? Two countries or two states can ("visiting Florida" against
    "visiting California"); a country and a state or city of it may not differ ("travelled to the
    US" against "visiting California")."""
    mine, theirs = _place_kinds(name.lower()), _place_kinds(re.sub(r"['\u2019]s$", "", rival.lower()))
    return not mine or not theirs or bool(mine & theirs)


def _rival_name(ctx: Context, i: int) -> str | None:
    """A name of the quote in the slot the claim's name fills: next to a neighbour both share."""
    tokens = ctx.window.tokens
    for step in (-1, 1):
        k = _neighbour(ctx.ctokens, i, step)
        if k is None:
            continue
        for j in ctx.positions(k):
            jj = _neighbour(tokens, j, -step, skip_names=False)
            if jj is None or ctx.window.sentence_of[jj] != ctx.window.sentence_of[j]:
                continue
            if _breaks(tokens[max(j, jj)]):
                continue
            mine = {t.low for t in ctx.ctokens[min(i, k) + 1 : max(i, k)]} & _TOPIC_PREPOSITIONS
            theirs = {t.low for t in tokens[min(j, jj) + 1 : max(j, jj)]}
            if mine and not mine & theirs:
                continue  # "talk about Taiwan" is a topic, not the place of "Speaking at the Great Hall"
            mine_link, their_link = _linking(ctx.ctokens, min(i, k), max(i, k)), _linking(tokens, min(j, jj), max(j, jj))
            if mine_link != their_link and not (mine_link | their_link <= _WHERE_PREPOSITIONS and _place_kinds(ctx.ctokens[i].low)):
                continue  # "speaks Mandarin" (or "in Mandarin") names no place, "Speaking at the Great Hall" does
            if jj + 1 < len(tokens) and tokens[jj + 1].low in TITLE_WORDS:
                continue  # "a meeting with US Secretary of State Antony Blinken": the US is met by no one
            if tokens[jj].name and not _claim_has_name(ctx, tokens[jj].name) and _same_actor(ctx, k, j):
                return tokens[jj].text
    return _rival_modifier(ctx, i)


def _rival_whereabouts(ctx: Context, i: int) -> str | None:
    """"Biden was in Texas" against "President Joe Biden, while visiting California": the quote
    puts the claim's person in another place of the same kind."""
    ct, tokens = ctx.ctokens, ctx.window.tokens
    if i < 2 or ct[i - 1].low not in _WHERE_PREPOSITIONS or not _place_kinds(ct[i].low):
        return None
    k = i - 2
    while k >= 0 and (ct[k].low in _BE or ct[k].low in _SUBJECT_PRONOUNS):
        k -= 1
    if k >= 0 and ct[k].low in ("while", "when"):  # "Biden praised Blinken while (he was) in Texas": the subject is
        k = _first_person(ct, k, ctx.people)
    if k < 0 or not (ct[k].name or _known_person(ct[k], ctx.people)):
        return None
    who = ct[k].name or _name_key(ct[k].low)
    for j, t in enumerate(tokens):
        if t.name != who:
            continue
        for m in range(j + 1, min(j + 5, len(tokens))):
            if ctx.window.sentence_of[m] != ctx.window.sentence_of[j] or (tokens[m].name and tokens[m].name != who):
                break
            if tokens[m].low in _WHERE_PREPOSITIONS | {"visiting"} and m + 1 < len(tokens) and tokens[m + 1].name:
                return tokens[m + 1].text
    return None


_TOPIC_PREPOSITIONS = frozenset("about regarding concerning on over of".split())


def _linking(tokens: Sequence[Token], a: int, b: int) -> frozenset[str]:
    """The prepositions between two words: the slot a name fills beside its verb."""
    return frozenset(t.low for t in tokens[a + 1 : b]) & _NP_PREPOSITIONS


def _same_actor(ctx: Context, k: int, j: int) -> bool:
    """Is the claim's act ``k`` done by whoever does the quote's act ``j``? "Blinken visit Taiwan"
    is not contradicted by "Biden, while visiting California": that is another person's visit."""
    s = next((i for i in range(k - 1, -1, -1) if ctx.ctokens[i].name), None)
    if s is None or not _subject_of(ctx.ctokens, s, k) or not _is_act(ctx.ctokens, k):
        return True  # "a Russian spy balloon": "spy" describes the balloon, no one spies
    actors = _actors_before(ctx, j)
    return not actors or ctx.ctokens[s].name in actors


_COPULAS = frozenset("is are was were be been being".split())


def _predicated_of(ctx: Context, i: int) -> int | None:
    """The noun a name is said of: "the balloon was Russian", or a yes/no question's "(was) the
    balloon Russian" (the name last, right after the noun)."""
    b = i - 1
    while b > 0 and ctx.ctokens[b].low in _HEDGING_ADVERBS:
        b -= 1  # "the balloon was supposedly American": the hedge says nothing of whose
    c, before = ctx.ctokens[i], ctx.ctokens[b] if i else None
    if before is None or not (c.name in COUNTRIES or (lexicon().known(c.low) and c.name not in ctx.people)):
        return None  # a nationality or a place, not a person's name
    last = all(not (t.content or t.number) for t in ctx.ctokens[i + 1 :])
    if b < 1 or not (before.low in _COPULAS or (last and before.noun and not before.name and lexicon().known(before.low))):
        return None
    if _is_act(ctx.ctokens, b):
        return None  # "(did) Blinken visit China": an act and its object, not "the visit is China"
    ct = ctx.ctokens
    noun = b if ct[b].content else _neighbour(ct, b, -1)
    # "The spy balloon that allegedly flew over US military sites was Chinese": said of the balloon
    relative = next((r for r in range(b - 1, 0, -1) if ct[r].low in ("that", "which", "who") and ct[r - 1].content and ct[r - 1].noun
                     and any(_finite(ct[x]) for x in range(r + 1, b))), None)
    return relative - 1 if relative is not None else noun


def _noun_phrase_names(ctx: Context, j: int) -> list[Token]:
    """The names before the noun at ``j`` in its phrase: "a Chinese spy balloon" -> [Chinese]."""
    tokens, out, jj = ctx.window.tokens, [], j - 1
    while jj >= 0 and tokens[jj].content and ctx.window.sentence_of[jj] == ctx.window.sentence_of[j] and not _breaks(tokens[jj + 1]):
        if tokens[jj].name and not tokens[jj].possessive:
            out.append(tokens[jj])
        jj -= 1
    return out


def _rival_modifier(ctx: Context, i: int) -> str | None:
    """"the balloon was Russian" where the article has "a Chinese spy balloon"."""
    k = _predicated_of(ctx, i)
    for j in ctx.positions(k) if k is not None else ():
        rivals = [t for t in _noun_phrase_names(ctx, j) if not _claim_has_name(ctx, t.name)]
        if rivals:
            return rivals[0].text
    return None


def check_acts(ctx: Context) -> list[Finding]:
    """An act of the claim must be an act in the quote, or its own noun ("respects" of "China's
    respect"): "Blinken assured China" is not "to protect national security" (WordNet's assurance
    is a kind of security)."""
    ct, tokens = ctx.ctokens, ctx.window.tokens
    for i, c in enumerate(ct):
        if not (c.content and ctx.aligned(i) and _is_act(ct, i)):
            continue
        found = ctx.positions(i)
        if any(tokens[p].verb or _derived(c, tokens[p]) or (_heads(tokens, p) and not _acted_on(tokens, p)) for p in found):
            continue
        return [Finding("unsupported", f"{c.text!r} is no act in the article: it aligns to {tokens[found[0]].text!r}")]
    return []


def _heads(tokens: Sequence[Token], p: int) -> bool:
    """A head noun: not a modifier ("national security") nor the first part of a compound
    ("security-focused programs")."""
    return tokens[p].head and not (p + 1 < len(tokens) and tokens[p + 1].gap == "-")


def _acted_on(tokens: Sequence[Token], p: int) -> bool:
    """Is the quote's noun ``p`` what a verb acts on ("to protect national security")? Such a
    thing is no act; "as an indication of" or "if the situation were reversed" may stand for one."""
    k = p - 1
    while k >= 0 and (tokens[k].low in DETERMINERS or (tokens[k].content and not tokens[k].head)) and not _punctuated(tokens[k + 1]):
        k -= 1
    verb = tokens[k] if k >= 0 else None
    return verb is not None and verb.verb and verb.content and (_verb_form(verb) or _infinitive(tokens, k) or _is_act(tokens, k))


def check_predicates(ctx: Context) -> list[Finding]:
    """A name said of a noun must be the quote's name for that noun: "the balloon was American"
    is not backed by "a Chinese spy balloon ... over US military sites"."""
    for i, c in enumerate(ctx.ctokens):
        k = _predicated_of(ctx, i) if c.name and ctx.aligned(i) else None
        if k is None or not ctx.aligned(k):
            continue
        phrases = [_noun_phrase_names(ctx, j) for j in ctx.positions(k)]
        if any(any(t.name == c.name for t in names) for names in phrases):
            continue
        rival = next((t.text for names in phrases for t in names), None)
        noun = ctx.ctokens[k].text
        if rival:
            return [Finding("contradicted", f"says the {noun} is {c.text} where the article says {rival} {noun}")]
        return [Finding("unsupported", f"the article does not say the {noun} is {c.text}")]
    return []


def _neighbour(tokens: Sequence[Token], i: int, step: int, skip_names: bool = True) -> int | None:
    """The next content token in direction ``step``, across function words but not other names."""
    k = i + step
    while 0 <= k < len(tokens):
        t = tokens[k]
        if t.content or t.number:
            if t.name and skip_names:
                return None
            return k
        k += step
    return None


def _claim_has_name(ctx: Context, name: str) -> bool:
    return any(c.name == name for c in ctx.ctokens)


def check_modifiers(ctx: Context) -> list[Finding]:
    """A name the quote uses elsewhere, put on the wrong noun: "Chinese military sites" where
    the article says "US military sites" (and "Chinese spy balloon")."""
    tokens = ctx.window.tokens
    if (owned := _owner_elsewhere(ctx)) is not None:
        return [owned]
    for i, c in enumerate(ctx.ctokens[:-1]):
        head = ctx.ctokens[i + 1]
        if not c.name or not ctx.aligned(i) or not head.noun or head.name or _breaks(head):
            continue
        if _subject_and_act(ctx.ctokens, i):
            continue  # "Blinken hint at a truce": a subject and its act, the roles checks' to judge
        slots = [j for j in ctx.positions(i + 1) if j and not _breaks(tokens[j]) and ctx.window.sentence_of[j - 1] == ctx.window.sentence_of[j]]
        owners = {j: _its_owner(ctx, j - 1) if tokens[j - 1].low in ("its", "their") else _modifying_name(tokens, j) for j in slots}
        same = {c.name} | _one_person(ctx, c.name)  # "Xi's hint" and "Xi Jinping hinted": one person
        rivals = [o for o in owners.values() if o is not None and tokens[o].name and tokens[o].name not in same
                  and (not tokens[o].possessive or tokens[o].name in COUNTRIES)]
        named_owner = any(o is not None and tokens[o].name in same for o in owners.values())
        if rivals and not named_owner:
            r = rivals[0]
            slot = next((j for j, o in owners.items() if o == r), None)
            said = (" ".join(tokens[x].text for x in range(r, slot + 1)) if slot is not None and 0 < slot - r < 4
                    else f"{tokens[r].text} ... its {head.text}")
            return [Finding("contradicted", f"says '{c.text} {head.text}' where the article says '{said}'")]
        if c.possessive and slots and not rivals and not named_owner and _owns_nothing_there(ctx, i, slots):
            owner = re.sub(r"['\u2019]s$", "", c.text)
            return [Finding("unsupported", f"the article does not give the {head.text} to {owner}", soft=True)]
    return []


def _modifying_name(tokens: Sequence[Token], j: int) -> int:
    """The nationality before the noun at ``j`` across its other modifiers ("Chinese" of "a Chinese
    spy balloon"); the word right before it where there is none (an owner, "China's legitimate
    rights", is the roles checks' to judge)."""
    k = j - 1
    while k > 0 and j - k < 3 and not tokens[k].name and tokens[k].content and not tokens[k].verb_only and not _breaks(tokens[k]):
        k -= 1
    return k if k == j - 1 or (tokens[k].name and not tokens[k].possessive and not _breaks(tokens[k + 1])) else j - 1


def _subject_and_act(ct: Sequence[Token], i: int) -> bool:
    """Is the name at ``i`` the subject of an act right after it ("Blinken hint at", "the US respects"),
    not a noun's modifier after a preposition ("about US interests")?"""
    return _is_act(ct, i + 1) and not (i and ct[i - 1].low in _PREPOSITIONS)


def check_owners(ctx: Context) -> list[Finding]:
    """"US interests" against "China's legitimate rights and interests": a country owns the noun
    across its adjectives and a list, and the claim gives it to another (the roles checks may see
    the same swap from the doer's side: one difference)."""
    ct, tokens = ctx.ctokens, ctx.window.tokens
    for i, c in enumerate(ct[:-1]):
        head = ct[i + 1]
        if not (c.name in COUNTRIES and not c.possessive and ctx.aligned(i) and head.noun and not head.name and not _breaks(head)):
            continue
        if _subject_and_act(ct, i):
            continue  # "the US respects ...": a subject and its act
        slots = [j for j in ctx.positions(i + 1) if j]
        owners = [_country_owner(tokens, j) for j in slots]
        same = {c.name} | _one_person(ctx, c.name)
        if any(t.lemmas & head.lemmas and k and s.tokens[k - 1].name in same for s in ctx.cited_sentences for k, t in enumerate(s.tokens)):
            continue  # the article's "US interests" are in another sentence the claim cites: two facts joined
        if slots and all(o is not None and tokens[o].name not in same for o in owners) and not any(
                tokens[_modifying_name(tokens, j)].name in same for j in slots):
            o, j = owners[0], slots[0]
            return [Finding("contradicted", f"says '{c.text} {head.text}' where the article says '{' '.join(t.text for t in tokens[o : j + 1])}'")]
    return []


def _country_owner(tokens: Sequence[Token], j: int) -> int | None:
    """The country that owns the noun at ``j`` across its adjectives and a list ("China's legitimate
    rights and interests": China's interests, not the US's)."""
    k = j - 1
    while k > 0 and j - k <= _OWNER_REACH and not tokens[k].name and (tokens[k].low == "and" or (
            tokens[k].content and not tokens[k].verb_only)) and not _punctuated(tokens[k + 1]):
        k -= 1  # "and" ends no phrase here
    t = tokens[k]
    return k if k < j - 1 and t.name in COUNTRIES and t.possessive and not _punctuated(tokens[k + 1]) else None


_OWNER_REACH = 4  # "China's legitimate rights and interests"


def _owns_nothing_there(ctx: Context, i: int, slots: list[int]) -> bool:
    """"Ukraine's concerns" against "fueled by concerns over China's ... stance on Russia's invasion
    of Ukraine": nobody owns the quote's concerns, and Ukraine is only the owner or complement of
    something else ("Russia's invasion of Ukraine"), never a doer who could have them."""
    tokens = ctx.window.tokens
    if ctx.ctokens[i].name in ctx.people:
        return False  # "Blinken's meetings": a person's acts and occasions are told loosely
    places = ctx.positions(i)
    if any(_same_phrase(tokens, p, j) for p in places for j in slots if p < j):
        return False  # "a Chinese spy balloon": the name stands before the noun
    if any(tokens[p].possessive and p + 1 < len(tokens) and tokens[p + 1].low in LIGHT_HEADS for p in places):
        return False  # "a willingness on China's part": China's willingness
    return bool(places) and all(tokens[p].possessive or _in_phrase(tokens, p) for p in places)


def _its_owner(ctx: Context, k: int) -> int | None:
    """Whose is "its" at ``k``: the nearest owner named before it in its sentence ("China's military
    activities near Taiwan and its stance": China's)."""
    tokens, sent = ctx.window.tokens, ctx.window.sentence_of[k]
    return next((j for j in range(k - 1, -1, -1) if ctx.window.sentence_of[j] == sent and tokens[j].name and tokens[j].possessive), None)


def _owner_elsewhere(ctx: Context) -> Finding | None:
    """"US foreign investment sentiment" against "China ... is grappling with ... deteriorating
    foreign investment sentiment exacerbated by tensions with the US": a name before a noun phrase
    must stand before it in the quote too, or be who the quote's clause is about (ahead of the
    phrase, not inside another phrase such as "with the US")."""
    ct, tokens = ctx.ctokens, ctx.window.tokens
    for i, c in enumerate(ct[:-2]):
        if not c.name or not ctx.aligned(i) or _breaks(ct[i + 1]) or ct[i + 1].head:
            continue  # "China's economy": a name and its noun, the check below
        h = next((k for k in range(i + 1, min(i + 5, len(ct))) if ct[k].head or _breaks(ct[k])), None)
        if h is None or _breaks(ct[h]) or not ct[h].noun or not ctx.aligned(h):
            continue
        heads = ctx.positions(h)
        if not any(p < j and ctx.window.sentence_of[p] == ctx.window.sentence_of[j]
                   and (_same_phrase(tokens, p, j) or not _in_phrase(tokens, p))
                   for p in ctx.positions(i) for j in heads):
            return Finding("unsupported", f"the article does not give {ct[h].text!r} to {c.text}")
    return None


def _same_phrase(tokens: Sequence[Token], p: int, j: int) -> bool:
    """"US military sites": only modifiers stand between the name and the noun."""
    return j - p <= 4 and all(not tokens[m].head and not _breaks(tokens[m]) for m in range(p + 1, j)) and not _breaks(tokens[j])


def _in_phrase(tokens: Sequence[Token], p: int) -> bool:
    """Is the name at ``p`` inside a prepositional phrase ("tensions with the US")?"""
    k = p - 1
    while k >= 0 and (tokens[k].low in DETERMINERS or not tokens[k].head) and tokens[k].low not in _NP_PREPOSITIONS:
        k -= 1
    return k >= 0 and tokens[k].low in _NP_PREPOSITIONS and not _breaks(tokens[k + 1])


_PERIODS = frozenset("year month week day decade century term visit trip".split())


def _time_part(tokens: Sequence[Token], j: int) -> bool:
    """"the beginning of the year": a part of a period, no opposite of a flight's "end"."""
    k = j + 1
    while k < len(tokens) and tokens[k].low in ("of", "the", "this", "that", "its"):
        k += 1
    return k > j + 1 and k < len(tokens) and tokens[k].low in _PERIODS


_WORD_PREPOSITIONS = frozenset("near like past off out up down above below beyond inside outside round".split())
"""Prepositions WordNet also lists as adjectives ("concerns over", "activities near Taiwan")."""
_DEGREE = frozenset("so very too quite rather increasingly really".split())


def _noun_after(tokens: Sequence[Token], j: int) -> int:
    """Where the noun that the modifier at ``j`` stands before is: past the other modifiers, within
    the phrase (``len(tokens)`` when the phrase ends first)."""
    n = j + 1
    while n < len(tokens) and not _punctuated(tokens[n]) and (not tokens[n].head or _names_a_noun_after(tokens, n)):
        n += 1  # "sensitive US military sites": the sites are sensitive, "US" is one more modifier
    return n


def _names_a_noun_after(tokens: Sequence[Token], n: int) -> bool:
    return (tokens[n].name in COUNTRIES and not tokens[n].possessive and n + 1 < len(tokens)
            and tokens[n + 1].content and tokens[n + 1].noun and not tokens[n + 1].name and not _punctuated(tokens[n + 1]))


def _attributive_head(tokens: Sequence[Token], j: int) -> int | None:
    """The noun an adjective before it describes ("better" -> "lines"); None for a head word."""
    if tokens[j].head:
        return None
    n = _noun_after(tokens, j)
    return n if n < len(tokens) else None


_SUBORDINATORS = frozenset("that which who whom whether because while whilst although if when".split())


def _described_in_claim(ct: Sequence[Token], i: int) -> int | None:
    """The noun the claim's adjective at ``i`` describes: the next head ("good relations") or,
    after a copula, the subject ("relations are (so) good")."""
    if not ct[i].head:
        return _attributive_head(ct, i)
    k = i - 1
    while k >= 0 and ct[k].low in _DEGREE:
        k -= 1
    if k >= 0 and ct[k].content and ct[k].noun and not ct[k].verb_only and not _punctuated(ct[k + 1]) and not ct[i].verb:
        return k  # a yes/no question's statement: "(is) the relationship bad" (not "Blinken repeated")
    if k < 1 or ct[k].low not in _COPULAS | _LINKING:  # "relations have been getting better", "ties grew worse"
        return None
    # the subject's head, before what qualifies it: "talks" of "the talks between Blinken and senior
    # Chinese officials were extensive"
    start = next((j for j in range(k - 1, 0, -1) if _punctuated(ct[j]) or ct[j].low in _SUBORDINATORS), 0)
    head = None
    for j in range(start, k):
        if head is not None and ct[j].low in _NP_PREPOSITIONS:
            break
        if ct[j].content and ct[j].noun:
            head = j
    return head


def _describes_same(ctx: Context, i: int, j: int) -> bool:
    """Can quote word ``j`` oppose claim word ``i``? Not when it is an adjective of another noun:
    "the need to establish better lines of communication" says nothing of the relationship
    being bad."""
    n = _attributive_head(ctx.window.tokens, j)
    if n is None:
        return True
    d = _described_in_claim(ctx.ctokens, i)
    return d is None or n in ctx.positions(d)


def _of_the_same_thing(ctx: Context, i: int, j: int) -> bool:
    """Can the quote's "economic slowdown" oppose the claim's "rising"? Only when the claim's
    nouns before it are that economy ("China's economy is rising"), not "foreign investment"."""
    tokens = ctx.window.tokens
    mod = tokens[j - 1] if j > 0 and tokens[j].noun and not tokens[j - 1].head and tokens[j - 1].content and not tokens[j - 1].name else None
    if mod is None:
        return True
    ct = ctx.ctokens
    if i > 0 and not ct[i - 1].head and ct[i - 1].content and (_derived(ct[i - 1], mod) or _relation(ct[i - 1], mod)):
        return True  # "rapid economic growth": the claim's own modifier is the quote's
    nouns = [t for t in ct[:i] if t.content and t.noun and t.head and not t.name and not t.verb_only]
    return not nouns or any(_derived(t, mod) or _relation(t, mod) for t in nouns)


def check_words(ctx: Context) -> list[Finding]:
    """Every content word must align; one the quote opposes is a contradiction, any other is a
    detail the article does not give."""
    out = []
    # an office given to the wrong country is one difference, found by check_titles: its words
    # are not also missing details ("Blinken is China's foreign minister")
    judged = {k for f, run in _title_findings(ctx) if f.status == "contradicted" for k in run}
    for i, c in enumerate(ctx.ctokens):
        if not c.content or c.name or ctx.aligned(i) or i in judged or _given_name(ctx, i) or _a_duration_unit(ctx, i):
            continue
        if _light_event_head(ctx, i) or _ordinal_ever(ctx.ctokens, i):
            continue
        tokens = ctx.window.tokens
        opposite = next((q for j, q in enumerate(tokens) if q.content and not q.name and _opposed(c, q)
                         and _time_part(tokens, j) == _time_part(ctx.ctokens, i) and _describes_same(ctx, i, j)
                         and _of_the_same_thing(ctx, i, j) and _by_the_same_doer(ctx, i, j)
                         and (not _only_intended(tokens, j) or _only_intended(ctx.ctokens, i))), None)
        if opposite is not None:
            out.append(Finding("contradicted", f"says {c.text!r} where the article says {opposite.text!r}"))
        else:  # a degree only says how much of what the rest says: a contradiction there stands
            out.append(Finding("unsupported", f"{c.text!r} is not in the cited passage", soft=c.low in _HOW_MUCH | _LATELY and not (i and ctx.ctokens[i - 1].low in NEGATIONS)))
    return out


_LATELY = frozenset("recently lately".split())
"""How near the time is: "relations have become friendlier recently" is still against "acrimonious"."""
_HOW_MUCH = frozenset("full whole entire only just lot lots plenty many much numerous altogether completely entirely fully totally".split())
"""Words of how much, not of what: "a full week" against "the two-day visit", "a lot of substantive
negotiations" against "the lack of substantive negotiations" differ in the week and the lack. "Not
many" is a lack itself."""


_EVENT_HEADS = frozenset("incident episode affair saga thing business".split())
"""Nouns that only name what happened to the noun before them: "the spy balloon incident"."""


def _light_event_head(ctx: Context, i: int) -> bool:
    """"the spy balloon incident" says no more than "the spy balloon" where the quote tells what
    the balloon did: the head adds no detail when the noun it follows is the quote's."""
    ct, qt = ctx.ctokens, ctx.window.tokens
    if not (ct[i].low in _EVENT_HEADS and i > 0 and ct[i - 1].noun and ct[i - 1].content and not ct[i - 1].possessive):
        return False  # the quote's noun must head its phrase there: "military sites" tells of no military incident
    return any(j + 1 >= len(qt) or not (qt[j + 1].noun and qt[j + 1].content) for j in ctx.positions(i - 1))


def _by_the_same_doer(ctx: Context, i: int, j: int) -> bool:
    """An act opposes the quote's only when the same one does it: "Blinken criticized China" says
    nothing against "Biden ... praised Blinken's efforts in China"."""
    ct = ctx.ctokens
    s = next((s for s in range(i - 1, -1, -1) if (ct[s].name or _known_person(ct[s], ctx.people)) and _subject_of(ct, s, i)), None)
    found = _quote_actors(ctx, j) if s is not None else None
    if s is None or not found or not found[0]:
        return True
    name = ct[s].name or _name_key(ct[s].low)
    return name in COUNTRIES or bool(({name} | _one_person(ctx, name)) & found[0])


def _governed(tokens: Sequence[Token], j: int, span: int = 2) -> list[int]:
    """The next ``span`` content tokens after ``j``, within its clause (a hedge's verb)."""
    out, k = [], j + 1
    while k < len(tokens) and len(out) < span and not _breaks(tokens[k]):
        if tokens[k].content or tokens[k].number:
            out.append(k)
        k += 1
    return out


def _breaks(t: Token) -> bool:
    """Does a scope end before this token? At punctuation, a clause word, or a new sentence."""
    return not _BREAK_MARKS.isdisjoint(t.gap) or " - " in t.gap or t.low in CLAUSE_BREAKS


_BREAK_MARKS = frozenset(",;:.!?()\n\u2014")


_WHERE_PREPOSITIONS = frozenset("in at near around across inside".split())
_NOTHING = frozenset("nothing none nobody".split())
_ABOUT = frozenset("about on of regarding concerning for to with".split())
NEGATING_PHRASES = (("nothing", "to", "do", "with"), ("no", "bearing", "on"))
"""A nominal negation that denies a relation, and so the whole claim: "X has nothing to do with Y"."""


_ONLY = frozenset("just only merely simply solely".split())


def _not_only(tokens: Sequence[Token], j: int) -> bool:
    """"not just the two countries' interests but the world's": an addition, not a denial."""
    return (tokens[j].low == "not" and j + 1 < len(tokens) and tokens[j + 1].low in _ONLY
            and any(t.low == "but" for t in tokens[j + 2 :]))


_BE_NOT = frozenset("isnt wasnt arent werent".split())


def _next_verb(tokens: Sequence[Token], k: int) -> bool:
    """The verb of the clause whose subject held what is prevented: "… to prevent conflict serves
    the interests", "… to prevent conflict was agreed"."""
    t, before = tokens[k], tokens[k - 1]
    if not (before.noun and before.content) or t.low.endswith("ing"):
        return False
    return t.low in _BE or (t.verb and k + 1 < len(tokens) and tokens[k + 1].low in DETERMINERS
                            and (t.verb_only or t.low.endswith("s") or _verb_form(t)))


_INTENT_NOUNS = frozenset("intention intentions plan plans desire wish aim aims interest".split())


def polarity(tokens: Sequence[Token]) -> list[int]:
    """How many negations bear on each token. "no immediate progress" negates the noun phrase;
    "does not aim to contain China or decouple" the rest of the clause, and with an auxiliary
    before it, the clause's subject too ("progress was not made")."""
    depth = [0] * len(tokens)
    clause_wide = False  # a "neither" before a verb: its "nor" goes on denying, it does not deny again
    for j, t in enumerate(tokens):
        if not t.negation or _not_only(tokens, j) or (t.low == "nor" and clause_wide):
            continue
        k = j + 1
        phrase = next((n for n in NEGATING_PHRASES if tuple(x.low for x in tokens[j : j + len(n)]) == n), None)
        if phrase is not None:  # "has nothing to do with whether ...": the whole clause is denied
            for m in range(j + len(phrase), len(tokens)):
                if _breaks(tokens[m]) and tokens[m].low not in ("whether", "and"):
                    break
                depth[m] += 1
            m, taken = j - 1, 0
            while m >= 0 and taken < 3 and not _breaks(tokens[m + 1]):
                if tokens[m].content and not tokens[m].name:
                    depth[m] += 1
                    taken += 1
                m -= 1
            continue
        if t.low in _NOTHING and (k >= len(tokens) or _breaks(tokens[k]) or tokens[k].low in _ABOUT or not any(
                u.content for u in tokens[k : k + 2])):
            # "achieved nothing", "said nothing about Taiwan": the act before it is denied
            m = next((m for m in range(j - 1, max(-1, j - 4), -1) if tokens[m].content and tokens[m].verb), None)
            if m is not None:
                depth[m] += 1
                continue
        existential = (t.low == "not" and j >= 2 and tokens[j - 1].low in _BE and tokens[j - 2].low == "there") or (
            t.low in _BE_NOT and j >= 1 and tokens[j - 1].low == "there")  # "there wasn't any progress" is "no progress"
        clausal = t.low == "neither" and k < len(tokens) and (tokens[k].low == "to" or (
            tokens[k].verb and not tokens[k].name and (tokens[k].verb_only or tokens[k].low.endswith("ing"))))
        clause_wide = clause_wide or clausal
        if (t.low in NOMINAL_NEGATIONS and not clausal) or existential:  # skip "of", "any", "the", then the run of content words
            while k < len(tokens) and not (tokens[k].content or tokens[k].number) and not _breaks(tokens[k]):
                k += 1
            covered = False
            while k < len(tokens) and (tokens[k].content or tokens[k].number) and not (k > j + 1 and _breaks(tokens[k])):
                if covered and tokens[k].verb_only and not (tokens[k].low.endswith("ing") and "ADJ" in _readings(tokens[k - 1].low)):
                    break  # "the lack of substantive negotiations indicates ...": the phrase's own verb is not negated
                    # ("the lack of real negotiating": a gerund after a quality is what is lacking)
                depth[k] += 1
                covered = covered or tokens[k].noun
                k += 1
            if k < len(tokens) and tokens[k].low in ("of", "to") and tokens[k - 1].low in _INTENT_NOUNS:
                # "no intention of replacing the US": what is not intended is denied too
                while k < len(tokens) and not (k > j + 1 and _breaks(tokens[k])):
                    depth[k] += 1
                    k += 1
            continue
        preventing = t.low in PREVENTING
        if t.low in DENIALS and k < len(tokens) and tokens[k].low == "that" and not _punctuated(tokens[k]):
            k += 1  # "denied that ...": the clause it introduces is what is denied
        while k < len(tokens) and not _breaks(tokens[k]):
            if preventing and k > j + 1 and tokens[k].low in _WHERE_PREPOSITIONS:
                break  # "to prevent incidents in regions like Taiwan": the incidents are prevented, not the regions
            if preventing and k > j + 1 and _next_verb(tokens, k):
                break  # "communication to prevent conflict serves both countries": the serving is not prevented
            depth[k] += 1
            k += 1
        contracted = t.low in BARE_CONTRACTIONS  # "competition doesnt escalate": "does not", typed as one word
        if j and (tokens[j - 1].low in AUXILIARIES or contracted) and not t.verb:  # "could prevent incidents" negates no subject
            k, taken = (j - 1 if contracted else j - 2), 0
            while k >= 0 and taken < 3 and not _breaks(tokens[k + 1]) and not _breaks(tokens[k]):
                if _is_act(tokens, k) or tokens[k].low in REPORTING:
                    break  # the subject ends at the verb before it: "(did) Xi tell Blinken China doesnt ..."
                if tokens[k].content and not tokens[k].name:
                    depth[k] += 1
                    taken += 1
                k -= 1
    return depth


_ABOUT_PREPOSITIONS = frozenset("on about regarding concerning".split())


def _topic_of(ct: Sequence[Token], i: int) -> bool:
    """Is the noun at ``i`` (with its modifiers, "military-to-military") the object of "on", "about"?"""
    k = i - 1
    while k >= 0 and (ct[k].content or ct[k].low in DETERMINERS or "-" in ct[k + 1].gap) and not ct[k].verb_only:
        k -= 1
    return k >= 0 and ct[k].low in _ABOUT_PREPOSITIONS


def _window_polarity(w: Window) -> list[int]:
    out: list[int] = []
    for s in w.sentences:
        out.extend(polarity(s.tokens))
    return out


def check_negation(ctx: Context) -> list[Finding]:
    """Aligned words must mostly agree on polarity in the claim and the quote: "does not aim to
    contain China" is not "aims to contain China", nor "no immediate progress" "immediate
    progress". A word the claim aligned elsewhere too ("seeking") does not outvote the rest."""
    mine = polarity(ctx.ctokens)
    theirs = _window_polarity(ctx.window)
    ct = ctx.ctokens
    if any(t.negation and t.low not in NOMINAL_NEGATIONS and not _not_only(ct, j) for j, t in enumerate(ct)) and not any(
            mine[i] for i, c in enumerate(ctx.ctokens) if c.content or c.name):
        # "China would not do the same": the negation falls only on words that carry nothing
        # ("do", "the same"), so no aligned word can show the article says it
        neg = next(t.text for t in ctx.ctokens if t.negation)
        return [Finding("unsupported", f"what {neg!r} denies is not in the article's words")]
    tokens = ctx.window.tokens
    wanted = any(c.lemmas & (INTENTIONS | REQUESTS | {"want"}) for c in ct)  # "wanted ... so that competition could turn into conflict"
    if any(c.low in WEAK_MODALS for c in ct) and not wanted and not any(c.low in PREVENTING | _KEEP for c in ct):
        # "competition could (not) escalate into conflict" against "to prevent competition from
        # escalating": what one guards against may happen, or not; the article says neither
        for i, c in enumerate(ct):
            for j in ctx.positions(i) if c.content else ():
                neg = next((k for k in range(j, -1, -1) if tokens[k].negation), None) if theirs[j] % 2 else None
                if neg is not None and tokens[neg].low in PREVENTING:
                    return [Finding("unsupported", f"the article guards against {tokens[j].text!r} ({tokens[neg].text}); whether it could happen is not said")]
    # names count only when the claim's negation falls on nothing else: "Blinken said nothing about
    # Taiwan" denies his mention of Taiwan
    names_too = not any(mine[i] for i, c in enumerate(ctx.ctokens) if c.content and not c.name)
    agree, differ, stretched = 0, [], []
    # "did not make progress on the issue": the progress is what the claim denies, not the issue
    denies_a_head = any(mine[m] % 2 and t.content and not t.name and not _topic_of(ct, m) for m, t in enumerate(ct))
    for i, c in enumerate(ctx.ctokens):
        js = ctx.positions(i)
        if not c.content or (c.name and not names_too) or not js or (not mine[i] and not any(theirs[j] for j in js)):
            continue
        if denies_a_head and c.noun and not c.name and _topic_of(ct, i):
            # "no immediate progress on this issue" against "did not make progress on the issue": what
            # there was none on is not itself denied; the progress is, and is counted ("said nothing
            # about Taiwan" denies only Taiwan's mention: it counts)
            continue
        if any(theirs[j] % 2 == mine[i] % 2 for j in js):
            if mine[i] % 2 and c.verb and (act := _denied_act_between(ctx, theirs, js)) is not None:
                stretched.append((c.text, act))  # "doesn't care" on "refrain from imposing their own wishes"
            else:
                agree += 1
        else:
            differ.append(i)
    if stretched and not agree and not differ:
        said, act = stretched[0]
        return [Finding("unsupported", f"the article denies {act!r}, not {said!r}")]
    # a word that aligns to one word only, itself, and differs in polarity outweighs
    # any count:
    # "does seek to decouple" against "does not aim to ... decouple"
    certain = [i for i in differ if len(ctx.positions(i)) == 1
               and _relation(ctx.ctokens[i], ctx.window.tokens[ctx.positions(i)[0]]) == EXACT]
    tokens = ctx.window.tokens
    used = {p for k in ctx.window.align for p in ctx.positions(k)}
    narrowed = next((n for i, c in enumerate(ct) if c.content for j in ctx.positions(i)
                     if theirs[j] % 2 and (n := _narrowing(ctx, theirs, used, i, j))), None)
    if narrowed is not None:
        # "no immediate progress on this issue" neither says "no progress" nor denies "progress was made"
        return [Finding("unsupported", f"the article denies only {narrowed!r}")]
    if not differ or (len(differ) < agree and not certain):
        return []
    if not any(mine[d] % 2 or _derived(ctx.ctokens[d], tokens[j]) for d in differ for j in ctx.positions(d)):
        # only a stretched sense differs: "visit" is WordNet's "impose" (something unpleasant), and
        # "refrain from imposing" says nothing against "Blinken visit China"
        return [Finding("unsupported", f"{ctx.ctokens[differ[0]].text!r} is not said as the article says it")]
    i = (certain or differ)[0]
    j = ctx.positions(i)[0]
    if not theirs[j] % 2 and _none_before_the_first(ctx, i):
        return [Finding("unsupported", f"'no {ctx.ctokens[i].text}' is said of the one the article calls the first")]
    if theirs[j] % 2:
        neg = next(k for k in range(j, -1, -1) if ctx.window.tokens[k].negation)
        around = " ".join(t.text for t in ctx.window.tokens[neg : j + 1])
        used = {p for k in ctx.window.align for p in ctx.positions(k)}
        # the acts it denies: "aim", "contain", "decouple" (which WordNet does not know), not "economy"
        denied = [k for k in range(neg + 1, j + 1) if tokens[k].content and not tokens[k].name
                  and (tokens[k].verb or not _readings(tokens[k].low))]
        if tokens[neg].low not in NOMINAL_NEGATIONS and denied and not used & set(denied):
            # "China's economy is struggling" against "does not aim to ... decouple from its economy":
            # the article denies an act the claim never names, so it says nothing against the claim
            return [Finding("unsupported", f"the article denies {tokens[denied[0]].text!r}, which the claim does not say")]
        return [Finding("contradicted", f"drops the negation: the article says {around!r}")]
    if all(ctx.ctokens[d].verb and not tokens[j].verb and _relation(ctx.ctokens[d], tokens[j]) != EXACT
           for d in differ for j in ctx.positions(d)):
        # "nothing was signed" against "as an indication of": an act stretched onto a noun of
        # another sense says nothing of whether the act happened
        return [Finding("unsupported", f"{ctx.ctokens[i].text!r} is not said as the article says it")]
    neg = next((t.text for t in ctx.ctokens[: i + 1][::-1] if t.negation), "not")
    return [Finding("contradicted", f"adds the negation {neg!r} to {ctx.ctokens[i].text!r}, which the article does not negate")]


def _denied_act_between(ctx: Context, theirs: list[int], js: Sequence[int]) -> str | None:
    """The act a quote's negation falls on when a claim's negated verb aligns only to that act's
    object ("doesn't care" on the "wishes" of "refrain from imposing their own wishes"): the claim
    never names "imposing", so the quote denies something else."""
    tokens = ctx.window.tokens
    used = {p for k in ctx.window.align for p in ctx.positions(k)}
    out = None
    for j in js:
        if not theirs[j] % 2:
            continue
        neg = next((k for k in range(j, -1, -1) if tokens[k].negation), None)
        acts = [k for k in range(neg + 1, j) if tokens[k].verb and tokens[k].content and k not in used] if neg is not None else []
        nominal = tokens[j].noun and (not tokens[j].verb or tokens[j - 1].possessive
                                      or tokens[j - 1].low in DETERMINERS | _POSSESSIVE_PRONOUNS | {"own"})
        if not nominal or not acts:
            return None  # "did not seek to challenge or replace": "replace" is denied itself
        out = out or tokens[acts[-1]].text
    return out


def _narrowing(ctx: Context, theirs: list[int], used: set[int], i: int, j: int) -> str | None:
    """What narrows a denied noun that the claim leaves out: "substantive" of "the lack of
    substantive negotiations", "on this issue" of "no immediate progress on this issue". What is
    denied of the narrower thing is not denied of the whole, nor is the whole's being there denied.
    A time ("immediate") narrows nothing a reader asks about ("Was there progress on it?": no)."""
    tokens, ct = ctx.window.tokens, ctx.ctokens
    if not tokens[j].noun or any(ct[k].low in ("any", "some") and not _under_negation(ct, k) for k in range(max(0, i - 3), i)):
        return None  # "Did Blinken admit any lack of progress?": some lack, the narrower one too
    before = tokens[j - 1] if j > 0 else None
    if (before is not None and before.content and not before.name and not before.head and j - 1 not in used
            and theirs[j - 1] % 2 and before.low not in _TIME_MODIFIERS and not _breaks(tokens[j])):
        return f"{before.text} {tokens[j].text}"
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    # "progress in military communication", "progress was made on it", "On military communication,
    # ... no immediate progress": the claim narrows it too
    own = any(t.low in _TOPIC_MARKERS for k, t in enumerate(ct) if k != i)
    if after is not None and after.low in _TOPIC_PREPOSITIONS and not _breaks(after) and not own:
        topic = next((t for t in tokens[j + 2 : j + 5] if t.content), None)
        if topic is not None:
            return f"{tokens[j].text} {after.text} … {topic.text}"
    return None


def _under_negation(ct: Sequence[Token], k: int) -> bool:
    """Is the "any" at ``k`` inside a denial ("the lack of any negotiations", "without any")? Then
    it denies the whole, which "the lack of substantive negotiations" does not."""
    back = k - 1 if k > 0 and ct[k - 1].low == "of" else k
    return back > 0 and ct[back - 1].negation


_TOPIC_MARKERS = (_TOPIC_PREPOSITIONS - {"of"}) | {"in"}
_TIME_MODIFIERS = frozenset("immediate current present recent early".split())


def _none_before_the_first(ctx: Context, i: int) -> bool:
    """"No secretary of state visited China between 2018 and his trip" against "the first US
    secretary of state to visit China since 2018": the same fact, told as what did not happen."""
    negated = next((t for t in ctx.ctokens[: i + 1][::-1] if t.negation), None)
    if negated is None or negated.low not in NOMINAL_NEGATIONS:
        return False
    tokens = ctx.window.tokens
    return any(tokens[k].number == "#1" for j in ctx.positions(i) for k in range(max(0, j - 3), j))


LIGHT_HEADS = frozenset("part side behalf own view views stance position".split())
"""What an owner's word adds nothing to: "on China's part" is China's doing."""


def check_possessives(ctx: Context) -> list[Finding]:
    """"containing China's ambitions" is not "containing China": a name the claim only finds as
    the owner of something it leaves out says less than the claim."""
    tokens = ctx.window.tokens
    for i, c in enumerate(ctx.ctokens):
        js = ctx.positions(i)
        if not c.name or c.name in ctx.people or c.possessive or not js or not all(tokens[j].possessive for j in js):
            continue  # praising "Blinken's efforts" is praising Blinken; containing "China's ambitions" is not containing China
        used = {j for k, ps in ctx.window.align.items() if k != i for j in ps}
        heads = [h for j in js if (h := _neighbour(tokens, j, 1, skip_names=False)) is not None]
        if heads and not any(h in used or tokens[h].low in LIGHT_HEADS for h in heads):
            owned = tokens[heads[0]].text
            return [Finding("unsupported", f"the article speaks of {tokens[js[0]].text} {owned!r}, not of {c.text} itself", soft=True)]
    return []


_HEDGING_ADVERBS = frozenset("allegedly reportedly supposedly purportedly".split())


def check_who_alleges(ctx: Context) -> list[Finding]:
    """"Washington alleged that the balloon flew over ..." against "a balloon allegedly flew over":
    an adverb hedges without saying who alleges, so the claim's alleger is a detail of its own."""
    ct, tokens = ctx.ctokens, ctx.window.tokens
    for i, c in enumerate(ct):
        if not ("allege" in c.lemmas and c.verb and i and (ct[i - 1].name or ct[i - 1].noun) and not ct[i - 1].possessive):
            continue  # "the alleged balloon": no one alleges
        if "," in c.gap or (not ct[i - 1].name and (ct[i - 1].low in DETERMINERS or ct[i - 1].low in FUNCTION_WORDS)):
            continue  # "a balloon, alleged to be Chinese": the balloon alleges nothing
        if not any(t.verb and c.lemmas & t.lemmas and t.low not in _HEDGING_ADVERBS for t in tokens):
            return [Finding("unsupported", f"the article does not say who {c.text} it")]
    return []


_EMPHATIC = frozenset("really actually truly genuinely definitely certainly indeed confirmed".split())
"""Words that ask for the truth of what is reported, beyond the report."""


def _hedged_clause(tokens: Sequence[Token], j: int) -> list[int]:
    """What an adverb like "allegedly" leaves unconfirmed: its whole clause, the subject before it
    ("a Chinese spy balloon allegedly flew ...") as well as the act after it."""
    k = j
    while k > 0 and not _breaks(tokens[k]) and tokens[k - 1].low not in _SUBORDINATORS:
        k -= 1
    return list(range(k, j + 1)) + _governed(tokens, j, span=len(tokens))


_SUBORDINATORS = frozenset("after before because when while as since until that which who".split())


def check_hedges(ctx: Context) -> list[Finding]:
    """"allegedly flew" is not "flew": a claim may not state as fact what the quote hedges ("Is
    there a truce?" against "hinted at the possibility of a truce"); a claim that only hints at
    it itself keeps the hedge ("Xi hinted at a truce")."""
    if any(c.hedge or c.lemmas & TENTATIVE for c in ctx.ctokens):
        return []
    used = {j for i in ctx.window.align for j in ctx.primary(i)}
    tokens = ctx.window.tokens
    emphatic = next((c for c in ctx.ctokens if c.low in _EMPHATIC), None)
    if emphatic is not None:  # "Was the balloon really a spy balloon?" of "a Chinese spy balloon allegedly flew over ..."
        for j, q in enumerate(tokens):
            clause = set(_hedged_clause(tokens, j)) if q.low in _HEDGING_ADVERBS else set()
            if clause and ctx.window.align and all(clause & set(ctx.primary(i)) for i in ctx.window.align):
                return [Finding("unsupported", f"asks whether it is {emphatic.text} so, where the article hedges with {q.text!r}", soft=True)]
    # "the possibility of a truce" hedges the truce; "allegedly flew over sensitive US military sites"
    # hedges the whole act, where it flew included ("the balloon was over US military sites")
    hedged = {g: q for j, q in enumerate(tokens) if q.low in HEDGES and _hedge_applies(ctx, used, j)
              for g in _governed(tokens, j, span=len(tokens) if q.low in _HEDGING_ADVERBS else 1)}
    for i in ctx.window.align:  # a claim word that rests only on hedged words ("travel" may also be "trip")
        where = ctx.primary(i)
        if where and all(j in hedged for j in where):
            q = hedged[where[0]]
            return [Finding("unsupported", f"states as fact what the article hedges with {q.text!r}", soft=True)]
    intends = any(c.lemmas & INTENTIONS for c in ctx.ctokens)
    # "before the trip was postponed" orders two acts; "has been to China before" dates one
    dating = {j for i in ctx.window.align for j in ctx.primary(i) if not _orders_acts(ctx.ctokens, i)}
    for j, q in enumerate(tokens):
        if q.lemmas & INTENTIONS and not intends and j not in used and any(
                g in (used if g > j else dating) for g in _planned(tokens, j)):
            act = next(tokens[g].text for g in _planned(tokens, j) if g in used)
            return [Finding("unsupported", f"states as done what the article says is {q.text!r}: {q.text} {act!r}")]
    return []


_NOT_COMPARED = frozenset("rather other earlier later sooner".split())
"""Words before "than" that compare nothing the check below judges: "rather than" denies (see
``_INSTEAD``), "other than" excludes, "earlier than planned" is a time (``IDIOM_SENSES``)."""


_NOT_EQUATED = frozenset("well soon long far much many".split())
""""as well as" joins, "as soon as" and "as long as" are times or conditions, "as much as" an amount."""


def check_comparison(ctx: Context) -> list[Finding]:
    """"China's slowdown is worse than America's" compares two things; a quote that compares
    nothing ("grappling with economic slowdown") cannot back it, however well its words align.
    Amounts ("more than two days") are the numbers check's."""
    ct, tokens = ctx.ctokens, ctx.window.tokens
    compares = any(q.low == "than" for q in tokens)  # a quote that compares is left to the other checks
    equates = any(tokens[j].low == tokens[j + 2].low == "as" for j in range(len(tokens) - 2))
    for i, c in enumerate(ct):
        if compares or c.low != "than" or i == 0 or ct[i - 1].low in _NOT_COMPARED:
            continue
        if any(t.number or t.bound for t in ct[i + 1 : i + 4]):
            continue
        return [Finding("unsupported", f"compares where the article does not: {ct[i - 1].text} than {ct[i + 1].text if i + 1 < len(ct) else ''}".strip())]
    for i in range(len(ct) - 2):  # "the US is as worried as China": an equal measure is a comparison too
        if not equates and ct[i].low == ct[i + 2].low == "as" and ct[i + 1].content and ct[i + 1].low not in _NOT_EQUATED:
            return [Finding("unsupported", f"compares where the article does not: as {ct[i + 1].text} as")]
    return []


_FEELING_STATES = frozenset("concerned worried anxious alarmed nervous uneasy afraid fearful".split())


def check_feeling_holder(ctx: Context) -> list[Finding]:
    """"China is worried about its military activities" names who worries; "tensions ... fueled by
    concerns over China's military activities" does not, and China there is what the concerns are
    about. The holder must be named before the quote's word for the feeling, in its sentence."""
    ct = ctx.ctokens
    for i, c in enumerate(ct):
        if c.low not in _FEELING_STATES or not ctx.aligned(i):
            continue
        k = i - 1
        while k > 0 and (ct[k].low in _DEGREE | {"also", "still"} or ct[k].low.endswith("ly")):
            k -= 1
        if k < 1 or ct[k].low not in _BE or not ct[k - 1].name:
            continue
        holder = ct[k - 1]
        if not any(_holder_named_before(ctx, p, holder.name) for p in ctx.positions(i)):
            return [Finding("unsupported", f"the article does not say {holder.text} is {c.text}")]
    return []


def _holder_named_before(ctx: Context, p: int, name: str | None) -> bool:
    """Is ``name`` named before ``p`` in its sentence?"""
    tokens, sentence_of = ctx.window.tokens, ctx.window.sentence_of
    return any(tokens[j].name == name for j in range(p) if sentence_of[j] == sentence_of[p])


def _hedge_applies(ctx: Context, used: set[int], j: int) -> bool:
    """Does the claim speak of the act an adverb hedges ("a balloon allegedly flew over sensitive US
    military sites": the flight, or the balloon)? "The sites were sensitive" does not: the sites
    are sensitive whether or not anything flew over them."""
    tokens = ctx.window.tokens
    if tokens[j].low not in _HEDGING_ADVERBS:
        return True
    act = _governed(tokens, j, span=1)
    doer = [k for k in range(max(0, j - 4), j) if tokens[k].content and not any(_breaks(tokens[m]) for m in range(k + 1, j + 1))]
    return bool(used & {*act, *doer})


def _owned_noun(tokens: Sequence[Token], p: int) -> bool:
    """"US interests": a word right after a country's name is its noun, whatever verb it could also
    be ("interests" is no act of interesting anyone); "Blinken's trip" is still his act."""
    if not (p > 0 and tokens[p - 1].name in COUNTRIES and tokens[p].noun):
        return False
    after = tokens[p + 1] if p + 1 < len(tokens) else None
    return after is None or _breaks(after) or not (after.content and after.noun)  # "Chinese spy balloon": "spy" heads nothing


def check_act_as_thing(ctx: Context) -> list[Finding]:
    """"Blinken works for Biden" is an act; "praised Blinken's efforts" has efforts, a thing, and
    WordNet's noun "work" is what makes them one word: an act must rest on a verb, on its own
    word, or on a noun made from a verb ("visited" on "visit", "point to" on "an indication")."""
    ct, tokens = ctx.ctokens, ctx.window.tokens
    asks = _asks(ct)  # "relations need to be handled"
    for i, c in enumerate(ct):
        named_doer = c.verb and 0 < i < len(ct) - 1 and ct[i - 1].name and not ct[i - 1].possessive and (
            not ct[i + 1].content or c.low in c.lemmas)  # "Blinken works for", "the US control exports"
        if not c.content or c.name or not ctx.aligned(i) or not (_is_act(ct, i) or named_doer):  # "Blinken works for"
            continue
        if i >= 2 and ct[i - 1].name and ct[i - 2].name and ct[i - 1].gap.strip() in ("-", "\u2013"):
            continue  # "China-US ties": the pair's relationship, no act of either
        found = ctx.positions(i)
        if all(c.lemmas & tokens[p].lemmas and _seen_as(tokens, p) for p in found):
            # "Blinken viewed the past few days as a positive step": the days are the step, nobody steps
            return [Finding("unsupported", f"{c.text!r} is an act where the article has {tokens[found[0]].text!r}, what something is seen as")]
        if (other := _other_complement(ctx, i)) is not None:
            return [Finding("unsupported", other)]
        where = ctx.primary(i)
        if not asks and where and all(tokens[p].noun and (kind := _topic_or_need(tokens, p)) and (
                _derived(c, tokens[p]) or (kind == "need" and _names_an_act(tokens[p]))) for p in where):
            # "Washington has also raised issues such as export controls": the controls are a topic
            # raised, no control exercised; "the need for responsible handling" is no handling done,
            # by any verb ("managed the relationship responsibly")
            return [Finding("unsupported", f"{c.text!r} is an act where the article names {tokens[found[0]].text!r} as a topic or a need")]
        if c.verb and all(not _is_act(tokens, p) and _relation(c, tokens[p]) == EXACT and _a_topic_noun(tokens[p]) for p in found):
            # "Blinken issued a statement" on "agreements reached on specific issues": the noun is a
            # matter talked about, no issuing
            return [Finding("unsupported", f"{c.text!r} is an act where the article has {tokens[found[0]].text!r}, a topic")]
        if any(((tokens[p].verb or _names_an_act(tokens[p])) and not _owned_noun(tokens, p)) or _derived(c, tokens[p]) or _relation(c, tokens[p]) == EXACT for p in found):
            continue  # "Experts point to" on "as an indication": a noun made from a verb names an act
        return [Finding("unsupported", f"{c.text!r} is an act where the article has {tokens[found[0]].text!r}, a thing")]
    return []


def check_existence(ctx: Context) -> list[Finding]:
    """"There was military-to-military communication" against "the importance of military-to-military
    communication": what the article names only as a topic or a need is not said to be there."""
    ct, tokens = ctx.ctokens, ctx.window.tokens
    for i in range(len(ct) - 2):
        if ct[i].low != "there" or ct[i + 1].low not in _BE:
            continue
        k = next((k for k in range(i + 2, len(ct)) if ct[k].content and ct[k].noun and ct[k].head and ctx.aligned(k)), None)
        if k is not None and all(_topic_or_need(tokens, p) and not any(t.negation for t in tokens[max(0, p - 3) : p])
                                 for p in ctx.positions(k)):  # "the lack of substantive negotiations" denies them: the negation check's
            return [Finding("unsupported", f"the article names {ct[k].text!r} as a topic or a need, not as there")]
    return []


def _a_topic_noun(q: Token) -> bool:
    """Is the quote's word a noun WordNet files as a matter or topic ("issues")?"""
    return q.noun and any(lexicon().covers(ql) & _TOPIC_SENSES for ql in q.lemmas)


_TOPIC_SENSES = frozenset("matter subject topic".split())


def _topic_or_need(tokens: Sequence[Token], p: int) -> str | None:
    """Is the quote's word at ``p`` in a list of topics ("issues such as export controls ... and
    security arrangements"), what is needed ("the need for responsible handling": "need") or a
    noun's topic ("the importance of military-to-military communication", "the risk of miscalculation")?"""
    k = p - 1
    while k > 0 and p - k <= _TOPIC_REACH and not _punctuated(tokens[k + 1]):
        if tokens[k].low == "for" and tokens[k - 1].lemmas & {"need", "call"}:
            return "need"
        if tokens[k].low == "of" and tokens[k - 1].low in _TOPIC_NOUNS and all(  # "the importance of military-to-military communication"
                tokens[m].low in DETERMINERS or (tokens[m].content and not tokens[m].head) or "-" in tokens[m].gap + tokens[m + 1].gap
                for m in range(k + 1, p)):
            return "topic"
        if (tokens[k - 1].low, tokens[k].low) == ("such", "as"):
            return None if tokens[p].low.endswith("ing") else "topic"  # "aimed at containing": the listed issue's own act
        k -= 1
    return None


_TOPIC_NOUNS = frozenset("importance need possibility prospect risk threat danger chance lack".split())
_TOPIC_REACH = 14  # tokens from "such as" to the end of the list ("export controls ... aimed at containing China's ambitions")


def _seen_as(tokens: Sequence[Token], p: int) -> bool:
    """Is the quote's noun at ``p`` what something is seen as ("viewed ... as a positive step")?"""
    k = p - 1
    while k >= 0 and (tokens[k].low in DETERMINERS or (tokens[k].content and not tokens[k].head)) and not _punctuated(tokens[k + 1]):
        k -= 1
    return k >= 0 and tokens[k].low == "as" and not _punctuated(tokens[k + 1]) and tokens[p].noun


def _other_complement(ctx: Context, i: int) -> str | None:
    """"Biden confided in Blinken" against "expressing confidence in the progress": an act on a
    noun must have the noun's complement after the same preposition."""
    ct, tokens = ctx.ctokens, ctx.window.tokens
    if i + 2 >= len(ct) or ct[i + 1].content or ct[i + 1].low not in _COMPLEMENT_PREPOSITIONS:
        return None
    m = i + 2
    while m < len(ct) and ct[m].low in DETERMINERS:
        m += 1
    if m >= len(ct) or not ct[m].content or not ctx.aligned(m):
        return None
    theirs = []
    for p in ctx.positions(i):
        if tokens[p].verb or p + 2 >= len(tokens) or tokens[p + 1].low != ct[i + 1].low:
            return None  # said as a verb, or with another preposition: the roles checks' to judge
        q = p + 2
        while q < len(tokens) and tokens[q].low in DETERMINERS:
            q += 1
        theirs.append(q)
    if theirs and not set(theirs) & set(ctx.positions(m)):
        return f"the article's {tokens[ctx.positions(i)[0]].text!r} is {ct[i + 1].low} {tokens[theirs[0]].text!r}, not {ct[m].text!r}"
    return None


_COMPLEMENT_PREPOSITIONS = frozenset("in on with about over for".split())


def _names_an_act(q: Token) -> bool:
    return any("VERB" in _readings(d) for ql in q.lemmas for d in lexicon().derived(ql))


def _only_intended(tokens: Sequence[Token], j: int) -> bool:
    """Is the quote's word ``j`` only aimed at ("a willingness to consider stabilizing bilateral
    relations")? What is not done opposes nothing: the relations may still be getting worse."""
    return any(tokens[k].lemmas & INTENTIONS and j in _planned(tokens, k) for k in range(max(0, j - 3), j))


def _planned(tokens: Sequence[Token], j: int) -> list[int]:
    """What an intention word covers: the act or time it governs, and a time adverb before it
    ("Earlier scheduled for …": the trip was scheduled earlier, it did not happen earlier)."""
    before = [j - 1] if j > 0 and tokens[j - 1].low in _PLAN_TIMES and not _breaks(tokens[j]) else []
    return _governed(tokens, j, span=1) + before


def _orders_acts(tokens: Sequence[Token], i: int) -> bool:
    """"before" or "after" that opens a clause or phrase: it orders acts, it is not a time of its own."""
    return tokens[i].low in _ORDER and i + 1 < len(tokens) and not _breaks(tokens[i + 1])


_PLAN_TIMES = _ORIGINALLY | frozenset("earlier once formerly already".split())


_OPEN = frozenset("whether if".split())


def check_open_question(ctx: Context) -> list[Finding]:
    """"depend on whether China and the US can coexist harmoniously" asks; it does not say they do.
    A claim may not state as fact what the quote only puts in question ("the relationship is
    harmonious"), unless it keeps the question or says what depends on it."""
    if any(c.low in _OPEN or c.lemmas & _DEPENDENCE for c in ctx.ctokens):
        return []
    tokens, asked = ctx.window.tokens, set()
    openers = _OPEN - ({"if"} if any(c.modal for c in ctx.ctokens) else set())  # "China would do the same in the reverse situation": a condition kept
    for j, q in enumerate(tokens):
        if q.low in openers:
            k = j + 1  # to the clause's punctuation: "whether China and the US can ..." joins its subjects
            while k < len(tokens) and _BREAK_MARKS.isdisjoint(tokens[k].gap) and ctx.window.sentence_of[k] == ctx.window.sentence_of[j]:
                asked.add(k)
                k += 1
    for i in ctx.window.align:
        c, where = ctx.ctokens[i], ctx.primary(i)
        if c.content and not c.name and where and all(j in asked for j in where):
            opener = next(tokens[j].text for j in range(where[0], -1, -1) if tokens[j].low in openers)
            return [Finding("unsupported", f"states as fact what the article leaves open with {opener!r}: {tokens[where[0]].text!r}")]
    return []


def check_modals(ctx: Context) -> list[Finding]:
    """A future or modal statement ("will", "must") the quote does not make; and an act the quote
    only says could happen ("technologies that could aid China's programs"), stated as done."""
    kinds = {kind for kind, cues in MODAL_CUES.items() if any(q.low in cues for q in ctx.window.tokens)}
    found = [
        Finding("unsupported", f"{c.text!r}: the article makes no such {c.modal} statement")
        for i, c in enumerate(ctx.ctokens)
        if c.modal and c.modal not in kinds and not _intended(ctx.ctokens, i)
    ]
    if found or any(c.modal or c.low in _POSSIBLE for c in ctx.ctokens):
        return found
    tokens = ctx.window.tokens
    for i, c in enumerate(ctx.ctokens):
        where = ctx.primary(i)
        if c.verb and where and all(p > 0 and tokens[p - 1].low in _POSSIBLE and tokens[p].verb for p in where):
            return [Finding("unsupported", f"states as done what the article says {tokens[where[0] - 1].text!r} happen: {c.text!r}")]
    return []


_POSSIBLE = frozenset("could might may".split())  # not "can": "whether China and the US can coexist" is ability


def _intended(tokens: Sequence[Token], i: int) -> bool:
    """"hopes rebuilt channels will reduce the risk": a "will" inside what someone aims at is the
    aim (which alignment checks), not a forecast."""
    for j in range(i - 1, max(-1, i - 6), -1):
        if tokens[j].lemmas & INTENTIONS and tokens[j].verb:
            return True
        if tokens[j].low == "that" and j > 0 and tokens[j - 1].low in ("so", "order"):
            return True  # "so that competition would not escalate": a purpose, not a forecast
        if _punctuated(tokens[j + 1]):
            return False
    return False


_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being)\s+\w+(?:ed|en)\b.*\bby\b", re.I)


_LOCATIVE = frozenset("in at inside near visiting visited visit to from".split())


_ORDER = {"before": "after", "after": "before"}


_OVER = frozenset("over in at near above across".split())


def check_attachment(ctx: Context) -> list[Finding]:
    """A place phrase belongs to the act right before it: "was shot down over a US military site"
    is not "flew over sensitive US military sites and was subsequently shot down"."""
    ct, tokens = ctx.ctokens, ctx.window.tokens
    for i, c in enumerate(ct):
        if c.low not in _OVER or i == 0:
            continue
        k = i - 1
        while k >= 0 and ct[k].low in PARTICLES:
            k -= 1
        thing = False  # the anchor is a subject that is no one: "progress" of "progress was made in ..."
        if k >= 0 and (ct[k].low in _BE or (ct[k].verb and not ct[k].content and k > 0 and ct[k - 1].low in _BE)):
            # "Biden was in China", "progress was made in California" (a light verb's passive): the one there is the anchor
            k = next((m for m in range(k - 1, -1, -1) if ct[m].content), -1)
            thing = k >= 0 and not ct[k].name and not _known_person(ct[k], ctx.people) and ct[k].low not in PEOPLE_NOUNS | TITLE_WORDS
            if k < 0 or not ctx.aligned(k):
                continue
        elif k < 0 or not (ct[k].verb and ct[k].content and ctx.aligned(k)):
            continue
        place = next((m for m in range(i + 1, min(i + 5, len(ct))) if ct[m].name and ct[m].name not in ctx.people), None)
        if place is not None and thing and ctx.aligned(place) and _visited_instead(ctx, k, place):
            return [Finding("unsupported", f"the article does not say it was {ct[k].text} {c.low} {ct[place].text}")]
        j = next((m for m in range(i + 1, min(i + 5, len(ct))) if ct[m].content and not _person(ct[m])), None)
        if j is None or not ctx.aligned(j):
            continue
        judged = mismatched = 0
        for p in ctx.positions(j):
            sent = ctx.window.sentence_of[p]
            b = next((m for m in range(p - 1, max(-1, p - 5), -1) if tokens[m].low == c.low and ctx.window.sentence_of[m] == sent), None)
            if b is None:
                continue
            v = next((m for m in range(b - 1, max(-1, b - 3), -1) if tokens[m].verb and tokens[m].content
                      and not tokens[m].low.endswith("ly")), None)
            mine = [q for q in ctx.positions(k) if ctx.window.sentence_of[q] == sent]
            if b > 0 and tokens[b - 1].content and tokens[b - 1].noun and not tokens[b - 1].verb and not _punctuated(tokens[b]):
                v = b - 1  # "praised Blinken's efforts in China": the place is the efforts', not the praise's
            if v is None or not mine:
                continue
            judged += 1
            if v not in mine and all(q > b for q in mine):
                mismatched += 1
        if judged and judged == mismatched:
            return [Finding("unsupported", f"the article does not say it was {ct[k].text} {c.low} {ct[j].text}")]
    return []


_NOUN_PLACE_PREPOSITIONS = frozenset("in toward towards at near inside within".split())
_EVENTS = frozenset(
    """meeting meetings talk talks visit visits trip trips negotiation negotiations discussion discussions
    remark remarks comment comments speech speeches statement statements""".split()
)
"""Where a meeting was is where its people were: "the meetings in China" of "Blinken's efforts in
China"; and where words were said, their speaker ("his remarks at the Great Hall")."""


def check_noun_attachment(ctx: Context) -> list[Finding]:
    """A name after a noun's preposition belongs to that noun: "foreign investment sentiment in
    (toward) the US" is not "deteriorating foreign investment sentiment exacerbated by tensions with
    the US", where the US is the tensions'. Judged only where the quote puts the name after a
    preposition, and the quote's noun may be named through a chain ("incidents in regions like Taiwan")."""
    ct, tokens = ctx.ctokens, ctx.window.tokens
    for i in range(len(ct) - 2):
        n, prep = ct[i], ct[i + 1]
        verb = n.verb and not (i > 0 and ct[i - 1].low in DETERMINERS | _BE)  # "there are tensions in": a noun
        if not (n.noun and n.content and not verb and not n.name and ctx.aligned(i)) or prep.low not in _NOUN_PLACE_PREPOSITIONS:
            continue
        if n.low in _EVENTS or _punctuated(prep):
            continue
        m = i + 2
        while m < len(ct) and ct[m].low in DETERMINERS:
            m += 1
        if m >= len(ct) or not ct[m].name or not ctx.aligned(m):
            continue
        heads = set(ctx.positions(i))
        judged = mismatched = 0
        for p in ctx.positions(m):
            chain = _noun_chain(tokens, p)
            if chain is None:
                continue  # "China, on the other hand, is ...": no preposition gives it to a noun
            judged += 1
            if not chain & heads or (prep.low in _LOCATING and tokens[_before_name_phrase(tokens, p)].low in _RELATING):
                mismatched += 1  # "tensions in the US" is no "tensions with the US"
        if judged and judged == mismatched:
            return [Finding("unsupported", f"the article does not say {n.text} {prep.low} {ct[m].text}")]
        if not judged and heads and all(_own_name(tokens, h) not in (None, ct[m].name) for h in heads):
            # "tensions in China" against "tensions with the US": the noun has its own name, another
            return [Finding("unsupported", f"the article does not say {n.text} {prep.low} {ct[m].text}")]
    return []


_LOCATING = frozenset("in at inside within near".split())
_RELATING = frozenset("with between against".split())


def _own_name(tokens: Sequence[Token], h: int) -> str | None:
    """The name a noun's own place phrase gives it ("tensions with the US": US), if any."""
    k = h + 1
    if k >= len(tokens) or _punctuated(tokens[k]) or tokens[k].low not in _NOUN_PLACE_PREPOSITIONS | {"with", "between", "of"}:
        return None
    k += 1
    while k < len(tokens) and tokens[k].low in DETERMINERS and not _punctuated(tokens[k]):
        k += 1
    return tokens[k].name if k < len(tokens) and not _punctuated(tokens[k]) else None


def _before_name_phrase(tokens: Sequence[Token], p: int) -> int:
    """Where the word before the name phrase at ``p`` is, past its determiners and the names joined
    to it ("between Beijing and Washington": "between" for Washington); -1 at the start."""
    k = p - 1
    while k > 0 and tokens[k].low in ("and", "or") and tokens[k - 1].name and not _punctuated(tokens[k + 1]):
        k -= 2  # "between Beijing and Washington": Washington hangs where Beijing does
    while k >= 0 and tokens[k].low in DETERMINERS and not _punctuated(tokens[k + 1]):
        k -= 1
    return k


def _noun_chain(tokens: Sequence[Token], p: int) -> set[int] | None:
    """The nouns a name at ``p`` hangs from through prepositions, nearest first: for "incidents in
    regions like Taiwan", Taiwan's are {regions, incidents}. None where no preposition precedes it."""
    k = _before_name_phrase(tokens, p)
    if k >= 0 and not _punctuated(tokens[k + 1]) and _names_an_acts_object(tokens, k):
        return {k}  # "while visiting California": California is where the visit was, nothing's own
    if k < 0 or tokens[k].content or _punctuated(tokens[k + 1]) or tokens[k].low not in _OBJECT_MARKERS:
        return None
    out: set[int] = set()
    while k > 0 and tokens[k].low in _OBJECT_MARKERS and not tokens[k].content and not _punctuated(tokens[k]):
        h = k - 1
        while h >= 0 and tokens[h].low in ("like", "such", "as") and not _punctuated(tokens[h + 1]):
            h -= 1
        if h < 0 or not tokens[h].content or tokens[h].verb_only or (_verb_form(tokens[h]) and not tokens[h].noun):
            break
        out.add(h)
        k = h - 1
        while k >= 0 and not _punctuated(tokens[k + 1]) and (
                (tokens[k].content and tokens[k].noun and not tokens[k].verb_only)
                or (tokens[k].low in ("and", "or") and k > 0 and tokens[k - 1].noun)):
            if tokens[k].content:
                out.add(k)  # "foreign investment sentiment", "diplomacy and communication channels": the whole phrase
            k -= 1
        while k >= 0 and (tokens[k].low in DETERMINERS or (tokens[k].content and not tokens[k].noun)) and not _punctuated(tokens[k + 1]):
            k -= 1  # "in the strained relationship between ...": on to what the relationship hangs from
    return out


def _visited_instead(ctx: Context, k: int, place: int) -> bool:
    """Does the quote name the place only as another act's object ("while visiting California"),
    where the claim puts its own act there ("progress was made in California")?"""
    tokens, spots = ctx.window.tokens, ctx.positions(place)
    return bool(spots) and all(p > 0 and not _punctuated(tokens[p]) and _names_an_acts_object(tokens, p - 1)
                               and (p - 1) not in ctx.positions(k) for p in spots)


def _names_an_acts_object(tokens: Sequence[Token], k: int) -> bool:
    """Is the token at ``k``, right before a name, a verb the name is the object of ("visiting
    California", "contain China", "aid China's programs")?"""
    t = tokens[k]
    return t.content and not t.name and (t.verb_only or (_verb_form(t) and not t.noun) or (t.verb and t.low.endswith("ing")))


def check_subject(ctx: Context) -> list[Finding]:
    """The claim's subject noun must be in the quote as itself or its derivation, not as a WordNet
    cousin: "the experts think relations have improved" is not about "better lines of communication"
    ("expert" and "better" share a sense)."""
    ct, tokens = ctx.ctokens, ctx.window.tokens
    first_verb = next((i for i, c in enumerate(ct) if c.verb_only or _verb_form(c)), len(ct))
    i = next((i for i, c in enumerate(ct[:first_verb]) if c.content and not c.name and c.noun and c.head
              and not _known_person(c, ctx.people)), None)
    if i is None or not ctx.aligned(i):
        return []
    c = ct[i]
    if any(_relation(c, tokens[j]) == EXACT or c.lemmas & lexicon().derived(tokens[j].low)
           or any(cl in lexicon().derived(ql) for ql in tokens[j].lemmas for cl in c.lemmas) for j in ctx.positions(i)):
        return []
    if any(tokens[j].head for j in ctx.positions(i)):
        return []  # a head noun the quote generalises ("the two nations" for "the two countries") may stand
    return [Finding("unsupported", f"the article says nothing of {c.text!r} here")]


def _orders_events(ct: Sequence[Token], i: int) -> bool:
    """"before"/"after" with an event after it; a clause-final one ("was the trip planned
    before?") is an adverb, earlier, and orders nothing."""
    return ct[i].low in _ORDER and i + 1 < len(ct) and not _breaks(ct[i + 1])


def check_order(ctx: Context) -> list[Finding]:
    """Which came first: "postponed before the balloon flew" against "postponed after a ... balloon
    ... flew"."""
    tokens, sentence_of = ctx.window.tokens, ctx.window.sentence_of
    theirs = {t.low for t in tokens}
    ct = ctx.ctokens
    for i, c in enumerate(ct):
        if not _orders_events(ct, i) or c.low in theirs:
            continue
        for a, t in enumerate(tokens):
            if t.low != _ORDER[c.low]:
                continue
            # the same two events on the same sides of the opposite word: "the trip was scheduled
            # before it was postponed" orders other events than "postponed after a balloon flew"
            sides: dict[bool, set[bool]] = {True: set(), False: set()}  # before "before", after it
            for k, tk in enumerate(ct):
                if k != i and tk.content:
                    here = {p < a for p in ctx.positions(k) if sentence_of[p] == sentence_of[a] and p != a}
                    if len(here) == 1:
                        sides[k < i].add(here == {k < i})
            if sides[True] == {True} and sides[False] == {True}:
                return [Finding("contradicted", f"says {c.low!r} where the article says {_ORDER[c.low]!r}")]
    return []


_THEN = frozenset("subsequently then later afterwards afterward thereafter".split())
"""Words that put the event they go with after the one before: "flew over ... and was subsequently shot down"."""
_EARLIER = frozenset("earlier previously originally formerly initially first".split())
"""Words that put the event they go with before another: "Earlier scheduled ..., the trip was postponed"."""


def _ordered_as(ctx: Context, i: int, t: int) -> bool:
    """Does the quote's word ``t`` order the claim's two events as the claim's ``before``/``after``
    at ``i`` does: the claim's words before ``i`` on the side of ``t`` that happened first (or
    last, for "after"), and the words after ``i`` on the other?"""
    ct, tokens, sentence_of = ctx.ctokens, ctx.window.tokens, ctx.window.sentence_of
    q = tokens[t].low
    if q in _EARLIER:  # "Earlier scheduled": the claim's first event must be what it modifies
        m = next((j for j in range(t + 1, len(tokens)) if tokens[j].content), None)
        first = [k for k in range(i) if ct[k].content and ct[k].verb and not ct[k].name]
        later = ct[i].low == "after"
        return m is not None and not later and any(m in ctx.positions(k) for k in first)
    if q in _THEN:
        q = "before"  # what stands before "subsequently" came first
    elif q not in _ORDER or not _orders_events(tokens, t):
        return False
    same_way = q == ct[i].low
    fronted = i == 0 or _breaks(ct[i])  # "After the meeting, Blinken agreed": only "the meeting" is placed
    end = next((k for k in range(i + 1, len(ct)) if _punctuated(ct[k])), len(ct)) if fronted else len(ct)
    agree = disagree = 0
    for k, tk in enumerate(ct):
        if k == i or not tk.content or (fronted and not i < k < end):
            continue
        here = {p < t for p in ctx.positions(k) if sentence_of[p] == sentence_of[t] and p != t}
        if len(here) == 1:
            if (next(iter(here)) == (k < i)) == same_way:
                agree += 1
            else:
                disagree += 1
    return agree > 0 and disagree == 0


def check_ordered(ctx: Context) -> list[Finding]:
    """A claim's "before" or "after" between two events needs the quote to order them so:
    "Blinken visited Beijing before his trip was postponed" is not told by "Earlier scheduled for
    the beginning of the year, Blinken's trip ... was postponed" ("Earlier" goes with "scheduled")."""
    ct, tokens = ctx.ctokens, ctx.window.tokens
    for i, c in enumerate(ct):
        if not _orders_events(ct, i) or not ctx.aligned(i):
            continue
        if any(tokens[p].low in _ORDER or tokens[p].low in _THEN for p in ctx.positions(i)):
            continue  # an ordering word of its own: whether it orders them so, check_order and check_sequence say
        candidates = [t for t, u in enumerate(tokens) if u.low in _ORDER or u.low in _THEN or u.low in _EARLIER]
        if not any(_ordered_as(ctx, i, t) for t in candidates):
            return [Finding("unsupported", f"the article does not say what came {c.low} what", soft=True)]
    return []


def check_sequence(ctx: Context) -> list[Finding]:
    """Which event "after" puts first: "the balloon was shot down after Blinken's visit" against
    "Blinken's trip ... was postponed after a Chinese spy balloon ... was subsequently shot down":
    the claim's two sides stand on the quote's opposite sides of the same word."""
    ct, tokens, sentence_of = ctx.ctokens, ctx.window.tokens, ctx.window.sentence_of
    for i, c in enumerate(ct):
        if not _orders_events(ct, i):
            continue
        for b, t in enumerate(tokens):
            if t.low != c.low:
                continue
            sent = sentence_of[b]
            same = normal = 0
            for k, tk in enumerate(ct):
                if k == i or not tk.content:
                    continue
                here = {p < b for p in ctx.positions(k) if sentence_of[p] == sent and p != b}
                if len(here) != 1:
                    continue  # aligned on both sides, or not in this sentence
                (quote_before,) = here
                if quote_before == (k < i):
                    normal += 1
                else:
                    same += 1
            if same >= 2 and normal == 0:
                return [Finding("contradicted", f"reverses what came {c.low} what: the article has them the other way round")]
    return []


def check_compound(ctx: Context) -> list[Finding]:
    """A modifying noun that aligns only where its head does adds a detail: "business leaders"
    against "President Joe Biden" (WordNet: a presidency is a position, an occupation, a business)."""
    ct, tokens = ctx.ctokens, ctx.window.tokens
    for k in range(len(ct) - 1):
        c, head = ct[k], ct[k + 1]
        if not (c.content and head.content and c.noun and head.noun) or c.name or head.name or _punctuated(head):
            continue
        mine, theirs = set(ctx.positions(k)), set(ctx.positions(k + 1))
        if not mine or not theirs or any(_relation(c, tokens[p]) == EXACT or tokens[p].low in PRONOUNS for p in mine):
            continue  # the same word, or the one "he" stands for ("Xi urge ..." against "he ..., urging")
        # stretched to the same word as its head, or to a word nowhere near it: "Chinese business
        # leaders" against "issues ... senior Chinese officials" (a leader, but no business)
        if mine <= theirs or not any(0 < abs(p - q) <= 3 for p in mine for q in theirs):
            return [Finding("unsupported", f"{c.text!r} is not in the cited passage")]
    return []


_COMPANY = frozenset("with alongside accompanied accompanying together joined".split())


def check_company(ctx: Context) -> list[Finding]:
    """"Biden was with Blinken in Beijing": being with someone must be said of the two of them
    ("alongside Blinken", "a meeting with ... Blinken"), not read off a sentence that names both."""
    ct, tokens = ctx.ctokens, ctx.window.tokens
    for i, c in enumerate(ct[:-1]):
        if c.low != "with" or i == 0 or ct[i - 1].low not in _BE:
            continue
        o = next((m for m in range(i + 1, min(i + 4, len(ct))) if ct[m].name), None)
        if o is None or not ctx.aligned(o):
            continue
        if not any(tokens[m].low in _COMPANY or tokens[m].lemmas & SYMMETRIC
                   for p in ctx.positions(o) for m in range(max(0, p - 6), p)):
            return [Finding("unsupported", f"the article does not say anyone was with {ct[o].text}")]
    return []


def check_purpose(ctx: Context) -> list[Finding]:
    """"in order to aid" states a purpose: the quote must state that act as a purpose too ("seeks
    to protect"), not as something else ("technologies that could aid")."""
    ct, tokens = ctx.ctokens, ctx.window.tokens
    for j in range(len(ct) - 1):
        if ct[j].low != "to" or not ctx.aligned(j + 1):
            continue
        ordered = j >= 2 and (ct[j - 2].low, ct[j - 1].low) == ("in", "order")
        journey = _journey_before(ct, j)
        if not ordered and journey is None:
            continue
        went = set(ctx.positions(journey)) if journey is not None else set()  # "go" and "meet" both on "to visit"
        if not any(p and tokens[p - 1].low == "to" and p not in went for p in ctx.positions(j + 1)):
            return [Finding("unsupported", f"the article does not give {ct[j + 1].text!r} as a purpose")]
    return []


_JOURNEYS = frozenset("go come travel visit fly head journey return".split())


def _journey_before(ct: Sequence[Token], j: int) -> int | None:
    """"Blinken went to China to meet Xi": a "to" and a verb after a journey and where it went
    give the journey's purpose (the journey's verb is returned); "went to meet Xi" and "wanted to
    meet" are the verb's own."""
    if j + 1 >= len(ct) or not ct[j + 1].verb or ct[j + 1].name or j < 2:
        return None
    k = j - 1
    while k > 0 and (ct[k].name or ct[k].low in DETERMINERS) and not _breaks(ct[k + 1]):
        k -= 1  # the place: "to China", "to the US"
    if k == j - 1 or ct[k].low != "to" or k < 1 or _breaks(ct[k + 1]):
        return None
    return k - 1 if ct[k - 1].lemmas & _JOURNEYS else None


_IMPLICATIVE = frozenset("first last only second third next managed continued began begun started went came happened proceeded chose able".split())
"""Before "to", these make its act done: "the first US secretary of state to visit China"."""
_PURPOSE_REACH = 6  # tokens from a purpose's "to" to the word of its clause a claim's act rests on
_PURPOSE_MARKERS = frozenset("to for at by of".split())
_GOALS = frozenset("goal aim purpose objective intention plan mission target".split())


def _purpose_of(tokens: Sequence[Token], p: int) -> int | None:
    """The "to" that opens the purpose or goal clause quote token ``p`` stands in ("lines of
    communication to prevent competition from escalating"), if any: no clause break and no means
    ("by withholding", which is done) between them, and no "first" or "managed" before it."""
    for k in range(p, max(-1, p - _PURPOSE_REACH - 1), -1):
        if k < p and _breaks(tokens[k + 1]):
            return None
        if tokens[k].low == "by":
            return None
        if tokens[k].low == "to" and k < p and tokens[k + 1].verb and not tokens[k + 1].name:
            return None if any(tokens[m].low in _IMPLICATIVE for m in range(max(0, k - _PURPOSE_REACH), k)) else k
    return None


def check_purpose_done(ctx: Context) -> list[Finding]:
    """"Blinken prevented conflict" is not "the need to establish better lines of communication to
    prevent competition from escalating into conflict": what something is for is not said to happen.
    A claim may state it only as a purpose, a wish or a possibility itself. (What it would stop,
    "competition escalated", has not happened: the negation check contradicts that.)"""
    ct, tokens = ctx.ctokens, ctx.window.tokens
    if _asks(ct) or any(c.lemmas & _GOALS or c.hedge for c in ct):
        return []  # "communication could help prevent incidents", "the administration's goal: rebuild ..."
    for i, c in enumerate(ct):
        if not c.verb or c.low.endswith("ing") or not (c.content or c.negation) or (
                i and (ct[i - 1].low in _PURPOSE_MARKERS | DETERMINERS or ct[i - 1].possessive)):
            continue  # "the need to prevent conflict" gives it as a purpose too; "the conflict" is no act
        # a verb that denies ("prevent") aligns as no word: it is found by its own lemma
        found = ctx.primary(i) if c.content else [p for p, q in enumerate(tokens) if q.lemmas & c.lemmas]
        opened = [k for p in found if tokens[p].verb and (k := _purpose_of(tokens, p)) is not None and p == k + 1]
        if found and len(opened) == len(found):
            return [Finding("unsupported", f"states as done what the article gives as a purpose: 'to {tokens[opened[0] + 1].text}'")]
    return []



REQUESTS = frozenset("call urge ask demand press need appeal encourage request require push".split())
"""An act asked for is not an act done: "called for the US to respect China's rights"."""
_REQUEST_REACH = 6  # tokens from "called" to the act it asks for ("called for the US to respect")


def _asks(ct: Sequence[Token]) -> bool:
    """Does the claim itself ask for, intend or foresee what it says ("need to", "wants to", "will")?
    Then it states no act as done."""
    return any(c.lemmas & (REQUESTS | INTENTIONS | _OBLIGATIONS) or c.modal for c in ct)


_OBLIGATIONS = frozenset("obligation duty responsibility".split())
"""What one ought to do ("had an obligation to manage the relationship"): asked of them, not done."""


def check_requested(ctx: Context) -> list[Finding]:
    """"The US respects China's rights" is not "he called for the US to respect China's rights", nor
    "Blinken established better lines of communication" "the need to establish" them: a claim may
    state an asked-for act only as asked for (or wanted, or needed) itself."""
    if _asks(ctx.ctokens):
        return []
    tokens = ctx.window.tokens
    used = {j for i in ctx.window.align for j in ctx.primary(i)}
    for j, q in enumerate(tokens):
        if not q.lemmas & REQUESTS or j in used:
            continue
        to = next((k for k in range(j + 1, min(j + _REQUEST_REACH + 1, len(tokens) - 1))
                   if tokens[k].low == "to" and tokens[k + 1].verb), None)
        if to is None or any(_breaks(tokens[m]) for m in range(j + 1, to + 2)):
            continue
        act = tokens[to + 1]
        done = any(to + 1 in ctx.primary(i) and _is_act(ctx.ctokens, i) for i in ctx.window.align) or (
            act.negation and any(c.lemmas & act.lemmas for c in ctx.ctokens)  # "refrained"
        )  # "a step towards establishing better communication" names the goal, it says nothing is done
        if done:
            return [Finding("unsupported", f"states as done what the article only asks for: {q.text} ... to {tokens[to + 1].text!r}")]
    return []


_UNIVERSAL = frozenset("all every each entire whole".split())
_ADDITIONAL = frozenset("another further additional second more new also".split())
_QUANTIFIERS: tuple[tuple[frozenset[str], frozenset[str]], ...] = (
    (_UNIVERSAL, _UNIVERSAL),  # "agreements on all issues" is not "agreements ... on specific issues"
    (frozenset({"another"}), _ADDITIONAL),  # "agreed to another meeting" is not "after the meeting"
    (frozenset({"other"}), _ADDITIONAL | {"other"}),  # "visited any other country" is not "Blinken's trip to Beijing"
)
"""A claim's word before a noun, and the quote's words that must stand before the noun it aligns to."""


def check_quantifiers(ctx: Context) -> list[Finding]:
    """A claim's "all" or "another" must be the quote's too: each says how many of the thing
    there are, which the noun alone does not."""
    ct, tokens = ctx.ctokens, ctx.window.tokens
    for i, c in enumerate(ct[:-1]):
        backing = next((quote for claimed, quote in _QUANTIFIERS if c.low in claimed), None)
        if backing is None or (i and ct[i - 1].low == "at" and c.low == "all") or ct[i + 1].low == "than" or (
                i and ct[i - 1].low in ("each", "one")):
            continue  # "no progress at all" is "no progress"; "officials other than Xi" and "each other" count none
        n = next((j for j in range(i + 1, min(i + 4, len(ct))) if ct[j].content), None)
        if n is None or not ctx.aligned(n):
            continue
        if not any(tokens[q].low in backing for p in ctx.positions(n) for q in range(max(0, p - 3), p)):
            return [Finding("unsupported", f"the article does not say {c.low} {ct[n].text!r}")]
    return []


def check_one_word_for_two(ctx: Context) -> list[Finding]:
    """Two different verbs of the claim that rest on one noun of the quote say more than it does:
    "Xi agreed to visit" is not backed by "a meeting" twice over."""
    ct, seen = ctx.ctokens, {}
    for i, c in enumerate(ct):
        js = ctx.positions(i)
        if not c.content or c.name or len(js) != 1:
            continue
        other, q = seen.get(js[0]), js[0]
        as_noun = q > 0 and ctx.window.tokens[q - 1].low in DETERMINERS | _OBJECT_MARKERS  # "a meeting", "at meeting"
        chained = other is not None and other == i - 2 and ct[i - 1].low == "to"  # "agree to visit"
        if chained and as_noun and not (ct[other].lemmas & c.lemmas) and ct[other].verb and c.verb:
            return [Finding("unsupported", f"{ct[other].text!r} and {c.text!r} both stand for {ctx.window.tokens[js[0]].text!r}")]
        seen[js[0]] = i
    return []


_PERSONAL_PRONOUNS = PRONOUNS - {"his", "their"}


def check_language(ctx: Context) -> list[Finding]:
    """"Xi spoke in English": a people's word after "in", or as what is spoken, is a language, not
    their country ("English" is not "England", so not a place the Great Hall could contradict);
    only the same words in the quote can say it."""
    ct, tokens = ctx.ctokens, ctx.window.tokens
    for i, c in enumerate(ct):
        if not (c.name and i and demonym(c.low)):
            continue
        spoken = ct[i - 1].lemmas & _LANGUAGE_VERBS
        after_in = ct[i - 1].low == "in" and (i + 1 == len(ct) or not (ct[i + 1].noun and ct[i + 1].content) or _breaks(ct[i + 1]))
        if (spoken or after_in) and not any(t.low == c.low and k and tokens[k - 1].low == ct[i - 1].low for k, t in enumerate(tokens)):
            return [Finding("unsupported", f"'{ct[i - 1].text} {c.text}' names a language, which the article does not give")]
    return []


_LANGUAGE_VERBS = frozenset("speak talk write converse".split())


@lru_cache(maxsize=1024)
def demonym(low: str) -> bool:
    """A people's word, not a place's own name: "English" (of England), "Japanese"; not "Japan"."""
    marks = frozenset().union(*(m for _, m in _PLACE_KINDS))
    return any(d != low and lexicon().covers(d) & marks for d in lexicon().derived(low)) and not lexicon().covers(low) & {"capital", "city", "state", "province"}


def check_city(ctx: Context) -> list[Finding]:
    """"Biden praised Blinken's efforts from Beijing": a capital stands for its country's government
    ("between Beijing and Washington"), but as a place (after "in", "from", "visiting") it is a city,
    and "in China" does not say which one."""
    out, ct, tokens = [], ctx.ctokens, ctx.window.tokens
    for i, c in enumerate(ct):
        if not (c.name and i and ct[i - 1].low in _LOCATIVE and ctx.aligned(i) and "city" in _place_kinds(c.low)) or c.possessive:
            continue  # "point to Beijing's willingness": the government's
        if ct[i - 1].low == "to" and not (i > 1 and ct[i - 2].lemmas & (_MOTION | {"trip", "visit"})):
            continue  # "talks to Beijing", but "travelled to Beijing"
        if not any(tokens[p].low == c.low for p in ctx.positions(i)):
            country = tokens[ctx.positions(i)[0]].text
            out.append(Finding("unsupported", f"the article says {country!r}, not {c.text!r}"))
    return out


def check_location(ctx: Context) -> list[Finding]:
    """"Biden was in Beijing": the quote must put that person there, not only name both ("the
    Biden administration ... with Beijing", "Biden ... praised Blinken's efforts in China"). The
    name closest before the place's preposition is who the quote puts there."""
    ct, tokens = ctx.ctokens, ctx.window.tokens
    for i, c in enumerate(ct[:-1]):
        travels = c.low == "to" and i > 0 and bool(ct[i - 1].lemmas & _MOTION)  # "Biden travel to China"
        visits = c.low in _VISIT_FORMS  # "Xi visited Washington" says where he was, as "in" does
        if c.low not in ("in", "at", "over") and not visits and not travels:
            continue  # "over": "the balloon was shot down over China" says where, as "in" does
        place = next((j for j in range(i + 1, min(i + 3, len(ct))) if ct[j].name), None)
        k = i - 1
        while k >= 0 and (ct[k].low in _BE or ct[k].low in _HAPPENING or ct[k].low in PARTICLES or _adverb(ct[k])):
            k -= 1  # "was shot down over China": the act is "shot"; "was also in China": "also" says nothing of who
        if k > 0 and ct[k].low in _RELATIVE_WHO and (ct[k - 1].name or ct[k - 1].noun):
            k -= 1  # "Biden, who was in China, ...": Biden is who is there
        if travels:  # who travels is the clause's person before the verb
            k = _first_person(ct, i - 1, ctx.people)
        elif k >= 0 and ct[k].low in ("while", "when") and not visits:  # "Biden praised ... while in Beijing"
            k = _first_person(ct, k, ctx.people)
        elif visits:  # "Xi hinted at a truce while visiting Washington": the subject visits
            while k >= 0 and (ct[k].low in _BE or ct[k].low in _SUBJECT_PRONOUNS):
                k -= 1  # "while he was visiting"
            if k >= 0 and (ct[k].name or _known_person(ct[k], ctx.people)):
                pass  # "Biden was visiting Beijing"
            elif k < 0 or ct[k].low != "while":
                continue
            else:
                k = _first_person(ct, i, ctx.people)
        # "the president was in California": a title stands for the people the article gives it
        titled = {n for n, ts in ctx.titles.items() if ct[k].low in ts} if k >= 0 and ct[k].low in TITLE_WORDS else set()
        person = k >= 0 and (ct[k].name or _known_person(ct[k], ctx.people) or bool(titled))
        thing = k >= 0 and k < i - 1 and not person and ct[k].content and ct[k].noun and ctx.aligned(k)  # "X was in Y"
        if place is not None and k >= 0 and ct[k].low in _PERSONAL_PRONOUNS and ctx.aligned(place):
            # "he met him in Washington": whoever they are, the quote must put someone there
            # ("between Beijing and Washington" puts no one in Washington)
            if not any(_after_locative(ctx, p) for p in ctx.positions(place)):
                return [Finding("unsupported", f"the article puts nothing {c.low} {ct[place].text} here")]
            continue
        subject = k > 0 and (ct[k - 1].name or ct[k - 1].low in _SUBJECT_PRONOUNS) and not ct[k - 1].possessive
        act = k >= 0 and not (person or thing) and not ct[k].name and (_is_act(ct, k) or (subject and ct[k].verb and ct[k].content))
        if act and place is not None and _a_place(ct, place) and ctx.aligned(place) and not any(_after_locative(ctx, p) for p in ctx.positions(place)):
            # "Xi and Blinken met in Washington": the act's place, which "between Beijing and Washington" is not
            return [Finding("unsupported", f"the article puts nothing {c.low} {ct[place].text} here")]
        if place is None or not (person or thing) or ct[k].possessive or not ctx.aligned(place):
            continue
        if thing:  # "the meeting was in Washington" against "between Beijing and Washington during a meeting"
            # and the place must be the thing's: "Blinken's efforts in China", not Biden's "while
            # visiting California" in the same sentence
            mine = ctx.positions(k)
            if ct[k].lemmas & _MEETING and any(_after_locative(ctx, p) and _companions(ctx, p) for p in ctx.positions(place)):
                continue  # "the meeting was at the Great Hall": "Speaking at the Great Hall ... alongside Blinken, Xi ..."
            # the thing, not a verb aligned to it, before the place's preposition: "while visiting
            # California" puts no meeting there
            if not any(_after_locative(ctx, p) and any(0 < p - m <= 3 and tokens[m + 1].low in _LOCATIVE | DETERMINERS for m in mine)
                       for p in ctx.positions(place)):
                return [Finding("unsupported", f"the article does not put the {ct[k].text} {c.low} {ct[place].text}")]
            continue
        if any((t.low in _OBJECT_MARKERS and ct[j + 1].low not in TITLE_WORDS) or (t.verb and t.content and not t.name)
               for j, t in enumerate(ct[:k])):  # not the "of" of "the secretary of state"
            # "Xi spoke alongside Blinken at ...": the place is the act's, not Blinken's; the quote must
            # still put something there ("between Beijing and Washington" puts no meeting in Washington)
            if not any(_after_locative(ctx, p) for p in ctx.positions(place)):
                return [Finding("unsupported", f"the article puts nothing {c.low} {ct[place].text} here")]
            continue
        who = ct[k].name or _name_key(ct[k].low)
        same = {who} | _one_person(ctx, who) | titled  # "Xi Jinping" is Xi
        for p in ctx.positions(place):
            sent = ctx.window.sentence_of[p]
            if not _after_locative(ctx, p):
                continue
            b = p - 1 if p and tokens[p - 1].low != "the" else p - 2
            there = next(
                (tokens[j] for j in range(b - 1, -1, -1) if ctx.window.sentence_of[j] == sent
                 and ((tokens[j].name and tokens[j].name not in COUNTRIES) or tokens[j].low in PRONOUNS or _known_person(tokens[j], ctx.people))),
                None,
            )
            if there is None:  # "Speaking at the Great Hall ..., Xi emphasized": the sentence's subject is there
                subjects = [
                    j for j in range(b + 1, len(tokens)) if ctx.window.sentence_of[j] == sent
                    and (tokens[j].name or _known_person(tokens[j], ctx.people)) and not tokens[j].possessive
                    and tokens[j - 1].low not in _OBJECT_MARKERS and j + 1 < len(tokens) and _is_act(tokens, j + 1)
                ]
                if any((tokens[j].name or _name_key(tokens[j].low)) in same for j in subjects):
                    break
                if same & _companions(ctx, p):  # "Speaking at the Great Hall ... alongside Blinken": he is there too
                    break
                continue
            there_name = _person_key(there, ctx.people)
            if there_name in same or (there.low in PRONOUNS and same & set(ctx.window.sentences[sent].referents)):
                break
        else:
            return [Finding("unsupported", f"the article does not put {ct[k].text} {c.low} {ct[place].text}")]
    return []


_ALONGSIDE = frozenset("alongside beside with".split())
_VISIT_FORMS = frozenset("visit visits visited visiting".split())
_MEETING = frozenset("meeting meet".split())
"""Where two people are together, their meeting is: a meeting's place is where one speaks alongside the other."""


def _companions(ctx: Context, p: int) -> set[str]:
    """The people the phrase of the place at ``p`` puts beside its subject, up to its comma:
    "Speaking at the Great Hall of the People alongside Blinken, ..."."""
    tokens, sent = ctx.window.tokens, ctx.window.sentence_of[p]
    out: set[str] = set()
    j = p + 1
    while j < len(tokens) and ctx.window.sentence_of[j] == sent and not _punctuated(tokens[j]):
        if tokens[j - 1].low in _ALONGSIDE and (key := _person_key(tokens[j], ctx.people)):
            out.add(key)
        j += 1
    return out


_MOTION = frozenset("travel go come fly return head journey".split())
_HAPPENING = frozenset(
    "take takes took taken taking place happen happens happened occur occurs occurred hold holds held holding".split()
)
"""'The meeting took place in Beijing' says where, as 'was in Beijing' does."""


def _first_person(ct: Sequence[Token], end: int, people: frozenset[str]) -> int:
    """Where the first person named before ``end`` ends, on its surname ("Joe Biden" is Biden); -1 if none."""
    k = next((j for j in range(end) if ct[j].name or _known_person(ct[j], people)), -1)
    while 0 <= k < end - 1 and ct[k + 1].name:
        k += 1
    return k


def _a_place(tokens: Sequence[Token], p: int) -> bool:
    """Is the claim's name at ``p`` a place in its own right: not "China's ambitions", "China-US ties"
    or "hinted at by Xi"?"""
    return bool(_place_kinds(tokens[p].low)) and not tokens[p].possessive and not _names_a_kind(tokens, p, len(tokens))


def _names_a_kind(tokens: Sequence[Token], p: int, end: int) -> bool:
    """Does the name run at ``p`` say what kind a noun after it is ("China-US ties"), before ``end``?"""
    k = p + 1
    while k < end and tokens[k].name and not _breaks(tokens[k]):
        k += 1  # the rest of the name run: "China-US"
    return k < end and not _breaks(tokens[k]) and tokens[k].content and tokens[k].noun and not tokens[k].verb_only


def _after_locative(ctx: Context, p: int) -> bool:
    """Is the quote's name at ``p`` a place something is in ("in California", "at the Great Hall")?"""
    tokens, sent = ctx.window.tokens, ctx.window.sentence_of[p]
    b = p - 1 if p and tokens[p - 1].low != "the" else p - 2
    end = next((k for k in range(p + 1, len(tokens)) if ctx.window.sentence_of[k] != sent), len(tokens))
    if _names_a_kind(tokens, p, end):
        return False  # "progress in China-US ties": the name says what kind of ties, not where
    return b >= 0 and ctx.window.sentence_of[b] == sent and tokens[b].low in _LOCATIVE


SYMMETRIC = frozenset(
    "meet meeting talk talks negotiate negotiation confer cooperate cooperation compete competition clash coexist "
    "agree agreement consult discuss discussion".split()
)
"""Acts that two sides do together: "A met B" says what "B met A" says, so no roles to swap."""


def check_roles(ctx: Context) -> list[Finding]:
    """Who did what: the claim's subject must come before the act in the quote too. "Blinken
    hinted at a truce during a meeting with Xi" swaps the roles of the quote's Xi and Blinken."""
    if _PASSIVE.search(ctx.claim):
        return []
    tokens = ctx.window.tokens
    for i, c in enumerate(ctx.ctokens):
        if not c.name or not ctx.aligned(i):
            continue
        if i and (ctx.ctokens[i - 1].possessive or ctx.ctokens[i - 1].low in DETERMINERS):
            continue  # "Blinken's Beijing trip", "the Beijing trip": a name that qualifies a noun
        k = _neighbour(ctx.ctokens, i, 1)
        if k is None or not ctx.aligned(k) or not ctx.ctokens[k].verb or not _subject_of(ctx.ctokens, i, k):
            continue
        if ctx.ctokens[k].lemmas & SYMMETRIC:
            continue  # "Blinken met Xi" says what "Xi met Blinken" does
        if _done_to_subject(ctx.ctokens, k):
            continue  # "Blinken was praised": done to him (see check_passive_subject)
        o = _neighbour(ctx.ctokens, k, 1, skip_names=False)
        done_to = ctx.ctokens[o] if o is not None and ctx.ctokens[o].name else None
        for act in ctx.positions(k):
            if _relation(ctx.ctokens[k], tokens[act]) != EXACT:  # a swap keeps the verb: "Blinken hinted"
                continue
            if not tokens[act].head:
                continue  # "the strained relationship between Beijing and Washington": no one strains
            sent = ctx.window.sentence_of[act]
            if done_to and any(_relation(done_to, t) == EXACT and ctx.window.sentence_of[p] == sent for p, t in enumerate(tokens[:act])):
                break  # "Blinken saw Xi" of "Xi sees progress at meeting with Blinken": Xi sees, but not Blinken
            mine = [p for p in ctx.positions(i) if ctx.window.sentence_of[p] == sent]
            before = [
                t for p, t in enumerate(tokens[:act]) if t.name and ctx.window.sentence_of[p] == sent and t.name != c.name
            ]
            if mine and all(p > act for p in mine) and any(_claim_has_name(ctx, t.name) for t in before):
                other = next(t.text for t in before if _claim_has_name(ctx, t.name))
                return [Finding("contradicted", f"swaps roles: in the article {other!r}, not {c.text!r}, {tokens[act].text!r}")]
            actors = _actors_before(ctx, act) if _finite(tokens[act]) and _finite(ctx.ctokens[k]) and not c.possessive else set()
            if actors and c.name not in actors:  # "He stressed ..." is Xi; "China ... is grappling", not the US
                who = ", ".join(sorted(a.capitalize() if a.islower() else a for a in actors))
                return [Finding("contradicted", f"in the article {who}, not {c.text}, {tokens[act].text!r}")]
            if not mine or any(p < act for p in mine):
                break
    return []


def _actors_before(ctx: Context, act: int) -> set[str]:
    """Who may be the subject of the quote's act: the names before it in its sentence, and the
    people a pronoun there stands for."""
    sent = ctx.window.sentence_of[act]
    sentence = ctx.window.sentences[sent]
    out: set[str] = set()
    for p in range(act):
        t = ctx.window.tokens[p]
        if ctx.window.sentence_of[p] != sent:
            continue
        if t.name and not t.possessive:
            out.add(t.name)
        elif t.text[:1].isupper() and not t.possessive and _name_key(t.low) in ctx.people:
            out.add(_name_key(t.low))  # a person who opens the sentence: "Xi further stated"
        elif t.low in ("he", "she", "they"):
            out |= set(sentence.referents)
    return out


_SUBJECT_GAP = frozenset("is are was were has have had been be also further then later will would could can did does do".split())
_PREPOSITIONS = frozenset("with of to for by from in on at into about over under against".split())


def _subject_of(ctokens: Sequence[Token], i: int, k: int) -> bool:
    """Is name ``i`` the subject of act ``k``? Only auxiliaries between, no preposition before."""
    between = ctokens[i + 1 : k]
    if any(t.low not in _SUBJECT_GAP or _breaks(t) for t in between) or _breaks(ctokens[k]):
        return False
    before = ctokens[i - 1] if i else None
    if before is not None and before.low in _PREPOSITIONS:  # "of Ukraine have fueled": an object
        return False
    return not (before is not None and before.low == "the" and i >= 2 and ctokens[i - 2].low in _PREPOSITIONS)


def _clause(tokens: Sequence[Token], v: int, sentence_of: Sequence[int] | None = None) -> range:
    """The tokens of the clause around ``v``: between the nearest scope breaks."""
    a = v
    while a > 0 and not _breaks(tokens[a]) and (sentence_of is None or sentence_of[a - 1] == sentence_of[v]):
        a -= 1
    b = v + 1
    while b < len(tokens) and not _breaks(tokens[b]) and (sentence_of is None or sentence_of[b] == sentence_of[v]):
        b += 1
    return range(a, b)


def _roles(tokens: Sequence[Token], v: int, clause: range) -> dict[int, str]:
    """Agent or patient of the act at ``v`` for each content token of its clause, by voice:
    "sentiment exacerbated by tensions" makes "tensions" the agent."""
    def means_at(k: int) -> bool:  # "by withholding": a means, not an agent
        after = next((j for j in clause if j > k and tokens[j].content), None)
        return after is None or tokens[after].low.endswith("ing")

    # what the means acts on is not this act's patient, however far it follows ("to mitigate the
    # risk of miscalculation by restoring channels")
    means = next((k for k in clause if k > v and tokens[k].low == "by" and means_at(k)), clause.stop)
    by = next((k for k in clause if v < k <= v + 3 and k < means and tokens[k].low == "by"), None)
    out = {}
    agent_end = len(tokens)
    if by is not None:  # the agent is the phrase after "by", up to the next verb
        agent_end = next(
            (k for k in clause if k > by and (tokens[k].low in AUXILIARIES or tokens[k].low == "to" or _finite(tokens[k]))),
            clause.stop,
        )  # "called on by Xi to respect ...": what follows "to" is the asked act, not the agent
        first = next((k for k in clause if k > by and tokens[k].content), None)
        if first is not None and tokens[first].name and first + 1 < agent_end and tokens[first + 1].low in _PREPOSITIONS:
            agent_end = first + 1  # "assured by Xi of China's respect": the person acts, the rest is what he assured
    passive = by is None and _passive(tokens, v, clause.start)  # "channels must be established": no agent said
    subject = None if by is not None or passive else _subject(tokens, v, clause.start)
    # "sees progress at meeting with Blinken": who the act is done with is neither agent nor patient
    # (in the active voice: "exacerbated by tensions with the US" has the US in its agent)
    company = clause.stop if by is not None or passive else next((k for k in clause if k > v and tokens[k].low in _COMITATIVE), clause.stop)
    for k in clause:
        if k == v or not tokens[k].content or k >= means or k > company:
            continue
        if passive:
            if k < v:
                out[k] = "patient"
        elif by is None:
            if k > v:
                out[k] = "patient"
            elif subject is None or k in subject:  # "the issues Washington has raised": Washington raised
                out[k] = "agent"
        elif k < v:
            out[k] = "patient"
        elif by < k < agent_end:
            out[k] = "agent"
    return out


DETERMINERS = frozenset("the a an this that these those his her its their our my your".split())
_COMITATIVE = frozenset("with alongside".split())


def _finite(t: Token) -> bool:
    """An act, not a noun that could be a verb: "exacerbated", "hinted", not "talks" or "need"."""
    return t.verb and (t.verb_only or t.low.endswith(("ed", "en")))


def check_direction(ctx: Context) -> list[Finding]:
    """Cause and effect, who acts on whom: around an act both share ("exacerbated"), the
    claim's agent must be the quote's agent, whatever the voice."""
    tokens = ctx.window.tokens
    for k, c in enumerate(ctx.ctokens):
        if not _finite(c) or not c.content or (k and ctx.ctokens[k - 1].low in DETERMINERS) or c.lemmas & SYMMETRIC:
            continue
        for p in ctx.positions(k):
            if _relation(c, tokens[p]) != EXACT or not _finite(tokens[p]) or (p and tokens[p - 1].low in DETERMINERS):
                continue
            if p and tokens[p - 1].low == "by":  # "seeks to protect national security by withholding ...": a means,
                continue  # what comes before is its purpose ("withholds ... to protect national security"), not its agent
            if reduced_passive(tokens, p):  # "agreements reached on specific issues during extensive talks": the
                continue  # noun before was acted on, by no one named; "during ... talks" names no one acting
            mine = _roles(ctx.ctokens, k, _clause(ctx.ctokens, k))
            theirs = _roles(tokens, p, _clause(tokens, p, ctx.window.sentence_of))
            same = differ = 0
            for i, role in mine.items():
                t = ctx.ctokens[i]
                if t.verb and not t.name and (t.verb_only or t.low.endswith("ing") or _finite(t)):
                    continue  # "is seeking to mitigate": another act, no one acting or acted on
                hits = [j for j in ctx.positions(i) if j in theirs]
                if not hits:
                    continue
                if any(theirs[j] == role for j in hits):
                    same += 1
                else:
                    differ += 1
            if differ >= 2 and differ > same:
                return [Finding("contradicted", f"reverses who {tokens[p].text!r} whom: the article has it the other way round")]
    return []


_DEPENDENCE = frozenset("depend hinge rely rest".split())
"""Verbs that tie what comes before them to what comes after: "A depends on B" is not "B depends on A"."""


def check_joined_speaker(ctx: Context) -> list[Finding]:
    """What someone says may be joined from two sentences only if both have them speak (by name,
    title or "he"): "Biden said that progress had been made and agreements reached" joins Biden's
    "progress made" with what Xi "further stated"."""
    if len(ctx.window.sentences) < 2:
        return []
    ct = ctx.ctokens
    k = next((k for k, c in enumerate(ct) if _verb_form(c) and not c.possessive and (c.low in REPORTING or c.lemmas & SPEECH_ACTS)), None)
    speaker = _person_key(ct[k - 1], ctx.people) if k and not ct[k - 1].possessive else None  # "Xi said"
    if speaker is None:
        return []
    # what they say runs to the next subject that acts itself: "..., and Blinken reiterated ..."
    end = next((i for i in range(k + 1, len(ct) - 1) if _person_key(ct[i], ctx.people) and i > k + 2
                and (_verb_form(ct[i + 1]) or ct[i + 1].low in AUXILIARIES or "," in ct[i + 1].gap) and _breaks_before(ct, i)), len(ct))
    for s, sentence in enumerate(ctx.window.sentences):
        told = any(
            ctx.window.sentence_of[j] == s for i in range(k + 1, end)
            if ct[i].content and not _person_key(ct[i], ctx.people) for j in ctx.positions(i)
        )  # names may lie anywhere: the words said must be this sentence's
        names = {_person_key(t, ctx.people) for t in sentence.tokens} | set(sentence.referents)
        if told and speaker not in names and not any(speaker in ctx.titles.get(n, ()) for n in names if n):
            return [Finding("unsupported", f"joins what {speaker} says with words the article gives someone else", soft=True)]
    return []


def _breaks_before(ct: Sequence[Token], i: int) -> bool:
    """Does a new clause start at ``i`` ("..., and Blinken", "while Blinken")?"""
    return _breaks(ct[i]) or (i > 0 and (_breaks(ct[i - 1]) or ct[i - 1].low in _RELATIVES | {"while", "whereas"}))


def check_dependence(ctx: Context) -> list[Finding]:
    """Which side depends on which: "whether they coexist depends on humanity's future" against
    "the future of humanity depends on whether they coexist". The sides are what stands before
    and after the verb in its sentence (after a reporting "that"), which ``check_direction``'s
    clauses cut short when a side is itself a clause."""
    tokens = ctx.window.tokens
    for k, c in enumerate(ctx.ctokens):
        if not c.lemmas & _DEPENDENCE:
            continue
        for p in ctx.positions(k):
            if not tokens[p].lemmas & c.lemmas:
                continue
            sent = ctx.window.sentence_of[p]
            start = max((j + 1 for j, t in enumerate(ctx.ctokens[:k]) if t.low == "that"), default=0)
            lo = max((j + 1 for j in range(p) if tokens[j].low == "that" and ctx.window.sentence_of[j] == sent), default=0)
            kept = swapped = 0
            for i in range(start, len(ctx.ctokens)):
                if i == k or not ctx.ctokens[i].content:
                    continue
                there = [j for j in ctx.positions(i) if ctx.window.sentence_of[j] == sent and j >= lo]
                if not there:
                    continue
                if any((j < p) == (i < k) for j in there):
                    kept += 1
                else:
                    swapped += 1
            if swapped >= 2 and not kept:
                return [Finding("contradicted", f"reverses what {tokens[p].text!r} on what: the article has it the other way round")]
    return []


def check_exchange(ctx: Context) -> list[Finding]:
    """What is given and what comes "in return": "In return for the US respecting China's rights,
    Xi assured Blinken ..." against "Xi assured Blinken ... In return, he called for the US to
    respect China's ... rights" gives the exchange the wrong way round."""
    ct, tokens = ctx.ctokens, ctx.window.tokens
    k = next((i for i, c in enumerate(ct) if c.stem == "in-exchange"), None)
    r = next((j for j, t in enumerate(tokens) if t.stem == "in-exchange"), None)
    if k is None or r is None:
        return []
    if k + 1 < len(ct) and ct[k + 1].low == "for":  # "in return for X": X is given, the rest comes in return
        end = next((i for i in range(k + 2, len(ct)) if _punctuated(ct[i])), len(ct))
        given = set(range(k + 2, end))
    else:  # "Y. In return, X": Y is given
        given = set(range(k))
    kept = swapped = 0
    for i, c in enumerate(ct):
        if not c.content or i == k or not ctx.aligned(i):
            continue
        sides = {(j < r) == (i in given) for j in ctx.positions(i)}
        kept += sides == {True}
        swapped += sides == {False}
    if swapped >= 3 and swapped >= 3 * kept:  # a word both sides share ("interests") may fall either way
        return [Finding("unsupported", "gives in return what the article has given first, the other way round")]
    return []


_BE = frozenset("is are was were be been being".split())
_PASSIVE_AUXILIARIES = _BE | frozenset("get gets got gotten getting".split())
_PARTICIPANTS = frozenset("between by from among".split())
_NP_PREPOSITIONS = frozenset("with of to for by from in on at into about over under against near between among across during".split())
_OBJECT_MARKERS = _NP_PREPOSITIONS | frozenset(
    "alongside like such as after before since until through throughout within without toward towards upon amid".split()
)
_FINITE_AUXILIARIES = frozenset("do does did will would can could may might must should shall".split())
_RELATIVES = frozenset("which who that whom and but or rather nor".split())
_RANKING = frozenset("first last only second third next".split())
"""Words that make "the first ... to visit" say who visited."""
_SUBJECT_PRONOUNS = frozenset("he she they".split())
PARTICLES = frozenset("down up out off over away back".split())
"""The particle of a phrasal verb: "shot down", "ruled out"."""
_ASKING = frozenset("call demand urge ask tell want allow force press encourage invite push require expect".split())
"""Verbs whose object does what follows: "called for the US to respect", "urged both sides to refrain"."""


def _punctuated(t: Token) -> bool:
    return any(ch in t.gap for ch in ",;:.!?()")


def _verb_form(t: Token) -> bool:
    """An inflected verb ("shot", "met", "stated", "saw" of "see"; not "talks", "need", "aims")."""
    lemmas = _readings(t.low).get("VERB", ())
    return bool(lemmas) and (t.low not in lemmas or len(lemmas) > 1) and (t.verb_only or not t.low.endswith("s"))


def is_act(tokens: Sequence[Token], p: int) -> bool:
    """Public for the answerer: does the clause state something at token ``p``?"""
    return _is_act(tokens, p)


def _is_act(tokens: Sequence[Token], p: int) -> bool:
    """A verb that someone does here: inflected, or a base form after "did (not)", "will", "to"."""
    t = tokens[p]
    if not t.verb or t.low.endswith("ing") or not (t.content or t.low in REPORTING | _DURATION_VERBS):
        return False
    if p > 0 and (tokens[p - 1].low in DETERMINERS | {"as"} or tokens[p - 1].possessive):
        return False  # "the strained relationship": an adjective, not an act
    if _verb_form(t):
        return True
    base = t.low in _readings(t.low).get("VERB", ())
    after = tokens[p + 1] if p + 1 < len(tokens) else None
    if (not base and t.low.endswith("s") and after is not None and after.low == "to" and p + 2 < len(tokens)
            and tokens[p + 2].verb and p > 0 and _nominal(tokens[p - 1])):
        return True  # "the administration aims to rebuild": an "-s" form with its infinitive
    object_opens = after is not None and (after.name or after.low in DETERMINERS | _QUANTIFYING | PARTICLES | _COMPLEMENTS)
    ordered = after is not None and (after.number or "").startswith("#")  # "Xi visit first", of "Did Xi visit first?"
    takes_object = t.verb_only or object_opens or ordered  # "Blinken urge both sides to refrain"
    subject = p > 0 and (tokens[p - 1].name or tokens[p - 1].text[:1].isupper() or tokens[p - 1].low in _SUBJECT_PRONOUNS | PARTIES
                         or (tokens[p - 1].low in TITLE_WORDS and t.low not in _OBJECT_MARKERS | PARTICLES)  # "the secretary of state praise Blinken"
                         or (tokens[p - 1].content and tokens[p - 1].noun and not tokens[p - 1].verb_only
                             and t.low not in _OBJECT_MARKERS | PARTICLES and after is not None
                             and after.low in PARTICLES))  # "the US military shoot down", not "concerns over"
    if base and takes_object and subject and not tokens[p - 1].possessive:
        return True  # "China invade Ukraine", the statement of "Did China invade Ukraine?"
    third = not base and t.low.endswith("s") and t.low[:-1] in _readings(t.low).get("VERB", ())
    if third and subject and not tokens[p - 1].possessive and after is not None and (after.name or after.possessive or after.low in _QUANTIFYING):
        return True  # "the US respects China's rights": an "-s" form with its subject and object
    j = p - 1
    while j >= 0 and (tokens[j].negation or tokens[j].low in ("also", "rather", "further")):
        j -= 1
    return j >= 0 and (tokens[j].low in _FINITE_AUXILIARIES or tokens[j].low == "to") and not _punctuated(tokens[j + 1])


_COMPLEMENTS = frozenset("for on with at about into against to".split())
_QUANTIFYING = frozenset("both each every all some any".split())
"""Words that open an object as a determiner does: "urged both sides"."""
"""Prepositions a verb takes its complement with: "Blinken call for the US to ..." is an act."""


def _passive(tokens: Sequence[Token], p: int, lo: int = 0) -> bool:
    if tokens[p].low.endswith("ing"):
        return False  # "are fueling tensions": a progressive acts, it is not acted on
    if p - 1 >= lo and tokens[p - 1].low in _PASSIVE_AUXILIARIES:  # "was postponed", "got postponed"
        return True
    between = tokens[p - 1] if p - 1 >= lo else None  # "was later shot down", "was not postponed"
    return p - 2 >= lo and tokens[p - 2].low in _PASSIVE_AUXILIARIES and between is not None and (
        between.low.endswith("ly") or between.low in _TIME_ADVERBS or between.negation)


_RELATIVE_WHO = frozenset("who which".split())


def _adverb(t: Token) -> bool:
    return t.low in _TIME_ADVERBS or (t.low.endswith("ly") and not t.name and not t.noun)


_TIME_ADVERBS = frozenset("later earlier then soon also already since once first eventually still just originally initially".split())
"""Words between a passive's "was" and its participle: "was later shot down"."""


def _phrase_start(tokens: Sequence[Token], j: int, lo: int) -> int:
    """Where the noun phrase ending at ``j`` starts: back over names, owners, modifiers, articles."""
    start = j
    while start > lo and not _punctuated(tokens[start]):
        u = tokens[start - 1]
        complementizer = u.low == "that" and not (start - 2 >= lo and tokens[start - 2].low in _NP_PREPOSITIONS)
        if u.low in _NP_PREPOSITIONS or complementizer or not (u.name or u.possessive or not u.head or u.low in DETERMINERS):
            break  # "emphasizing that China" opens a clause; "on that invasion" is a phrase
        start -= 1
    return start


def _nominal(t: Token) -> bool:
    return bool(t.name) or (t.content and t.noun and t.head and not t.verb_only) or t.low in _SUBJECT_PRONOUNS


_COORDINATORS = frozenset("and but or yet nor".split())


def _subject(tokens: Sequence[Token], p: int, lo: int = 0) -> list[int] | None:
    """The subject phrase of the act at ``p``: for "to respect", the phrase before "to" ("the US to
    respect"); otherwise the nearest phrase before it that no preposition or verb governs, across
    commas ("Blinken, in his comments after the meeting, concurred"). None when a relative word, a
    conjunction or the start comes first: the words do not say."""
    j = p - 1
    while j >= lo and (tokens[j].negation or tokens[j].low in _SUBJECT_GAP | _FINITE_AUXILIARIES):
        j -= 1
    c = j - 1 if j > lo and tokens[j].low == "rather" else j
    if c > lo and tokens[c].low in _COORDINATORS and not _punctuated(tokens[c + 1]) and c + 1 <= p:
        # "the US does not aim to contain China ... but rather seeks to protect": a second act with
        # the subject of the act it is joined to (the nearest before it that a "to" or another
        # "and" does not add: "aim", not "decouple" or "contain")
        first = next((m for m in range(c - 1, lo - 1, -1) if _is_act(tokens, m) and not _passive(tokens, m)
                      and (m == lo or tokens[m - 1].low not in _COORDINATORS | {"to"}) and not tokens[m].low.endswith("ing")), None)
        # ("agreed that ties must be managed ... and stressed the need": "stressed" has an object, so
        # it is no second act of the ties that are managed, but of the one who agreed)
        if first is not None:
            return _subject(tokens, first, lo)
    if j >= lo and tokens[j].low == "to" and j + 1 == p:
        # "called for the US to respect", "urging both sides to refrain": the phrase a verb (or its
        # "for"/"on") governs acts; "a willingness on China's part to consider" says nothing of who
        k = j - 1
        # "the first US secretary of state to visit China": an ordinal's phrase is who does it
        ordinal = next((m for m in range(k, max(lo, k - 7) - 1, -1)
                        if tokens[m].low in _RANKING and m > lo and tokens[m - 1].low == "the"), None)
        if ordinal is not None and not any(_punctuated(tokens[m]) for m in range(ordinal, k)):
            if ordinal - 2 >= lo and _breaks(tokens[ordinal - 1]) and _person(tokens[ordinal - 2]):
                return [ordinal - 2]  # an apposition: "Blinken, the first ... to visit" is Blinken
            if ordinal - 2 >= lo and tokens[ordinal - 2].low in _BE:  # "Blinken was the first to visit"
                phrase = _subject(tokens, ordinal - 2, lo)
                return phrase if phrase and any(tokens[m].text[:1].isupper() or tokens[m].low in PRONOUNS for m in phrase) else None
            return None  # "the first to visit" after "and", or with no one named: the words do not say
        if k < lo or not _nominal(tokens[k]) or tokens[k].possessive:
            return None
        start = _phrase_start(tokens, k, lo)
        before = tokens[start - 1] if start > lo else None
        asking = before is not None and (
            bool(before.lemmas & _ASKING)
            or (before.low in ("for", "on") and start - 2 >= lo and bool(tokens[start - 2].lemmas & _ASKING))
        )
        if not asking:
            return None
        return list(range(start, k + 1))
    adjacent = j
    if j > lo and "," in tokens[j + 1].gap:
        # an aside between the subject and its act: "Blinken, the first US secretary of state to
        # visit China since 2018, reiterated": Blinken reiterated, not China
        opened = next((m for m in range(j, lo, -1) if "," in tokens[m].gap), None)
        if opened is not None and _nominal(tokens[opened - 1]) and not tokens[opened - 1].possessive:
            return list(range(_phrase_start(tokens, opened - 1, lo), opened))
    while j >= lo:
        t = tokens[j]
        if t.low in _RELATIVES:
            return None
        if j == adjacent and t.low == "it":
            # "the US said it wants ...", "the US would take ..., while insisting it doesn't aim":
            # "it" is the subject of the act before it
            prev = next((m for m in range(j - 1, lo - 1, -1) if _is_act(tokens, m) and not tokens[m].low.endswith("ing")
                         and (m == lo or tokens[m - 1].low != "to")), None)
            if prev is not None:
                return _subject(tokens, prev, lo)
        if _nominal(t) and not t.possessive:
            start = _phrase_start(tokens, j, lo)
            while start - 1 > lo and tokens[start - 1].low in DETERMINERS | {"other", "another"} and not (
                    tokens[start - 1].low == "that" and tokens[start].low in DETERMINERS):  # "reiterated that the US"
                start -= 1  # "on the other hand": the preposition governs the whole phrase
            before = tokens[start - 1] if start > lo else None
            # right before the act, a verb's object is the act's subject ("said the US did not seek")
            close = j == adjacent and not any(_punctuated(tokens[m]) for m in range(j + 1, p + 1))
            by_verb = not close and before is not None and (
                (before.verb and before.content and not before.noun) or before.low.endswith("ing")
            )
            governed = before is not None and not _punctuated(tokens[start]) and (before.low in _OBJECT_MARKERS or by_verb)
            if not governed:
                return list(range(start, j + 1))
            j = start - 1
            continue
        j -= 1
    return None


def reduced_passive(tokens: Sequence[Token], p: int, lo: int = 0) -> bool:
    """"progress had been made and agreements reached": a second clause passive like the first,
    its auxiliaries left out."""
    if not (p - 2 >= lo and tokens[p - 2].low in _COORDINATORS and _nominal(tokens[p - 1]) and _verb_form(tokens[p])):
        return False
    joined = next((m for m in range(p - 3, lo - 1, -1) if tokens[m].verb and _verb_form(tokens[m])), None)
    return joined is not None and _passive(tokens, joined, lo)


def _participle_phrase(tokens: Sequence[Token], k: int) -> bool:
    """"Blinken's trip, originally scheduled for ..., was postponed": a participle set off by a comma
    (an adverb may come first) says the noun before it was acted on, by no one named."""
    t = tokens[k]
    if t.low.endswith("ing") or not t.low.endswith(("ed", "en")) or (k + 1 < len(tokens) and tokens[k + 1].low == "by"):
        return False
    opener = t if not (k > 0 and _adverb(tokens[k - 1])) else tokens[k - 1]
    if not (k == 0 or _punctuated(opener) or (k == 1 and opener is tokens[0])):
        return False
    # the phrase closes with a comma and a main clause follows ("..., was postponed"); "Blinken, in
    # return, called for ..." is the main clause itself
    close = next((m for m in range(k + 1, len(tokens)) if _punctuated(tokens[m])), None)
    return close is not None and any(
        tokens[j].low in _BE | {"has", "have", "had"} or (_is_act(tokens, j) and _verb_form(tokens[j])) for j in range(close, len(tokens)))


def _claim_agents(ctx: Context) -> list[tuple[int, int]]:
    """(actor, act) pairs the claim asserts: an act's subject ("China invaded"), a passive's "by"
    phrase ("was shot down by Blinken"), an owner ("Russia's military activities"). A light verb
    hands its act to its object ("held talks": the talks)."""
    ct = ctx.ctokens
    out = []
    for k, act in enumerate(ct):
        light = bool(act.lemmas & LIGHT_VERBS)
        progressive = act.verb and act.low.endswith("ing") and k > 0 and ct[k - 1].low in _BE  # "the US is grappling"
        if not (light and act.verb) and not _is_act(ct, k) and not progressive:
            continue
        target = k
        if light:
            if k + 1 < len(ct) and (_verb_form(ct[k + 1]) or ct[k + 1].low in _BE):
                continue  # an auxiliary: "have fueled"
            target = next((j for j in range(k + 1, min(k + 4, len(ct))) if ct[j].content and ct[j].noun and ct[j].head), -1)
            if target < 0:
                continue
        if not _act_positions(ctx, target) or reduced_passive(ct, k) or _participle_phrase(ct, k):
            continue
        reduced = (_punctuated(act) or (k > 0 and ct[k - 1].noun and ct[k - 1].content and not ct[k - 1].name)) and act.low.endswith(
            ("ed", "en")) and k + 1 < len(ct) and ct[k + 1].low == "by"  # or "sentiment exacerbated by tensions", without a comma
        if (_passive(ct, k) or reduced) and not progressive:  # reduced: "sentiment, aggravated by tensions"
            by = next((j for j in range(k + 1, min(k + 4, len(ct))) if ct[j].low == "by"), None)
            agent = None if by is None else next((j for j in range(by + 1, min(by + 5, len(ct))) if ct[j].content), None)
            while agent is not None and agent + 1 < len(ct):  # "by Chinese President Xi Jinping": the person, not his nationality
                step = 2 if ct[agent + 1].low == "of" and agent + 2 < len(ct) else 1  # "Secretary of State"
                nxt = ct[agent + step]
                if not (nxt.name or nxt.low in TITLE_WORDS):
                    break
                agent += step
            if agent is not None and not ct[agent].possessive and ctx.aligned(agent):
                out.append((agent, target))
            continue
        phrase = _subject(ct, k)
        if phrase and ctx.aligned(phrase[-1]):
            out.append((phrase[-1], target))
    for i, c in enumerate(ct):  # "Russia's military activities": the owner of a thing
        if c.possessive and c.name and ctx.aligned(i):
            head = next((j for j in range(i + 1, min(i + 4, len(ct))) if ct[j].content and ct[j].head), None)
            if head is not None and ct[head].noun and ctx.aligned(head):
                out.append((i, head))
    return out


def _act_positions(ctx: Context, k: int) -> list[int]:
    """Where the claim's act lies in the quote; a reporting verb ("stated"), which alignment skips
    as a function word, by its own lemmas."""
    c = ctx.ctokens[k]
    if ctx.aligned(k) or c.low not in REPORTING:
        return ctx.positions(k)
    return [j for j, t in enumerate(ctx.window.tokens) if t.lemmas & c.lemmas]


def _quote_actors(ctx: Context, p: int) -> tuple[set[str], list[int]] | None:
    """Who the quote says does the act at ``p`` (names, and the positions of the actor phrase),
    when its words say it: the subject of a verb, the "by" phrase of a passive (nobody for a
    passive without one: "was shot down"), the owner of an act noun ("Russia's invasion"), the
    participants after it ("talks between senior Chinese officials and Blinken"). None when the
    words leave it open."""
    tokens, sent = ctx.window.tokens, ctx.window.sentence_of[p]
    lo = p
    while lo > 0 and ctx.window.sentence_of[lo - 1] == sent:
        lo -= 1
    same = lambda j: 0 <= j < len(tokens) and ctx.window.sentence_of[j] == sent  # noqa: E731
    t = tokens[p]
    by = next((j for j in range(p + 1, p + 3) if same(j) and tokens[j].low == "by"), None)
    if by is not None and same(by + 1) and tokens[by + 1].low.endswith("ing"):
        by = None  # "by withholding": a means, not an agent
    if t.verb and t.low.endswith("ing") and p > lo and tokens[p - 1].low in _BE and not _punctuated(t):
        phrase = _subject(tokens, p, lo)  # "China, on the other hand, is grappling": a progressive
        return None if phrase is None else _actors_in(ctx, phrase)
    if t.verb and (_passive(tokens, p, lo) or (by is not None and _verb_form(t))):
        return (set(), []) if by is None else _phrase_actors(ctx, by + 1)
    if t.verb and t.low.endswith("ing"):
        # "Xi assured Blinken ..., emphasizing that": after a comma, the main clause's subject acts
        if p > lo and (_punctuated(t) or tokens[p - 1].low == "by"):
            # "the US ... seeks to protect national security by withholding certain technologies": a
            # means is the act of whoever does what it is the means to, the clause's subject
            main = next(
                (j for j in range(p - 1, lo - 1, -1) if _is_act(tokens, j) and _verb_form(tokens[j]) and tokens[j - 1].low != "to"),
                None,
            )
            phrase = None if main is None else _subject(tokens, main, lo)
            return None if phrase is None else _actors_in(ctx, phrase)
        if p == lo:  # "Speaking at the Great Hall ..., Xi emphasized": the main clause's subject speaks
            main = next((j for j in range(p + 1, len(tokens)) if same(j) and _is_act(tokens, j) and _verb_form(tokens[j])
                         and tokens[j - 1].low != "to" and not tokens[j].low.endswith("ing")), None)
            phrase = None if main is None else _subject(tokens, main, lo)
            return None if phrase is None else _actors_in(ctx, phrase)
        return None  # "while visiting": whose visit it is, the words do not say
    if reduced_passive(tokens, p, lo):
        return set(), []  # "progress had been made and agreements reached": by whom, not said
    if t.verb and by is None and t.low.endswith("ed") and (p == lo or (p == lo + 1 and "ADV" in _readings(tokens[lo].low))):
        return set(), []  # "Earlier scheduled for ..., Blinken's trip was postponed": the trip was scheduled, by whom not said
    if _is_act(tokens, p):
        phrase = _subject(tokens, p, lo)
        return None if phrase is None else _actors_in(ctx, phrase)
    for j in (p - 1, p - 2):  # "Russia's invasion", "China's military activities"
        if same(j) and tokens[j].possessive and (tokens[j].name or tokens[j].low in PRONOUNS | {"its"}):
            if j == p - 2 and tokens[p - 1].content and tokens[p - 1].head:
                break  # "China's respect for US interests": the owner of "respect", not of "interests"
            return _actors_in(ctx, [j])
    if same(p + 1) and tokens[p + 1].low in _PARTICIPANTS and not _breaks(tokens[p + 1]):
        return _phrase_actors(ctx, p + 2)
    after = [j for j in range(p + 1, min(p + 4, len(tokens))) if same(j)]
    verbs = [j for j in after if _verb_form(tokens[j]) and not tokens[j].low.endswith("ing")]
    if verbs and all(tokens[j].low in _BE | {"had", "has", "have"} for j in range(p + 1, verbs[0])):
        by = next((j for j in range(verbs[0] + 1, verbs[0] + 3) if same(j) and tokens[j].low == "by"), None)
        if by is None and (verbs[0] > p + 1 or tokens[p].low.endswith("s")):
            return set(), []  # "agreements reached", "progress had been made": by whom, not said
    return None


def _actors_in(ctx: Context, positions: list[int]) -> tuple[set[str], list[int]] | None:
    """The names a phrase stands for; None for a pronoun whose person the window does not know."""
    names: set[str] = set()
    for j in positions:
        t = ctx.window.tokens[j]
        if t.name:
            names.add(t.name)
        elif _known_person(t, ctx.people):
            names.add(_name_key(t.low))
        elif t.low in PRONOUNS | {"its"}:
            referents = ctx.window.sentences[ctx.window.sentence_of[j]].referents
            if not referents:
                return None
            names |= set(referents)
    return names, positions


def _phrase_actors(ctx: Context, start: int) -> tuple[set[str], list[int]] | None:
    """The noun phrases from ``start`` ("senior Chinese officials and Blinken"), up to a
    preposition, a verb or a break."""
    tokens = ctx.window.tokens
    if start >= len(tokens):
        return set(), []
    sent = ctx.window.sentence_of[start]
    positions: list[int] = []
    for j in range(start, min(start + 8, len(tokens))):
        u = tokens[j]
        if ctx.window.sentence_of[j] != sent or (j > start and _breaks(u) and u.low != "and"):
            break
        if u.low in _NP_PREPOSITIONS or (u.verb_only and not u.name):
            break
        positions.append(j)
    if not any(_nominal(tokens[j]) for j in positions):
        return None  # "from escalating": no one named
    return _actors_in(ctx, positions)


_CAUSAL = frozenset("after because due following amid".split())


def _caused_by(ctx: Context, p: int, mine: set[int]) -> bool:
    """Does the quote's act at ``p`` happen after, or because of, the thing at ``mine`` in its own
    clause? A thing that causes an act is said to do it ("the balloon delayed the trip")."""
    tokens, sent = ctx.window.tokens, ctx.window.sentence_of[p]
    for m in mine:
        if m <= p or ctx.window.sentence_of[m] != sent or m - p > 8:
            continue
        between = tokens[p + 1 : m]
        if any(t.low in _CAUSAL for t in between) and not any(t.verb_only and t.content for t in between):
            return True
    return False


_OCCASIONS = frozenset("talk talks meeting meetings visit visits trip discussions negotiations summit".split())
_DURING = frozenset("during in at throughout over".split())


def _held_during(ctx: Context, p: int, mine: set[int]) -> bool:
    """Does the quote's act at ``p`` happen during the occasion the claim makes its actor ("the
    talks made progress": "progress had been made ... during extensive talks")? An occasion is
    said to do what is done at it; a person is not."""
    tokens, sent = ctx.window.tokens, ctx.window.sentence_of[p]
    for m in mine:
        if m <= p or ctx.window.sentence_of[m] != sent or m - p > 12 or tokens[m].low not in _OCCASIONS:
            continue
        between = tokens[p + 1 : m]
        k = max((j for j, t in enumerate(between) if t.low in _DURING), default=None)
        if k is not None and not any(t.verb_only and t.content for t in between[k:]):
            return True
    return False


_CONCERNS = frozenset("concern concerns worry worries fear fears anxiety anxieties".split())


def _concern_over(ctx: Context, k: int, mine: set[int]) -> bool:
    """Is the quote's actor at ``k`` a concern over what the claim names as the actor ("concerns over
    China's military activities ... and its stance")? What is feared is said to do what the fear does."""
    tokens, sent = ctx.window.tokens, ctx.window.sentence_of[k]
    if tokens[k].low not in _CONCERNS or k + 1 >= len(tokens) or tokens[k + 1].low not in ("over", "about", "of"):
        return False
    return any(k + 1 < m <= k + 14 and ctx.window.sentence_of[m] == sent
               and not any(_BREAK_MARKS & set(tokens[j].gap) for j in range(k + 2, m + 1)) for m in mine)


def check_agents(ctx: Context) -> list[Finding]:
    """Who did it, when the quote says who: "China invaded Ukraine" against "Russia's invasion of
    Ukraine", "Xi held talks" against "talks between senior Chinese officials and Blinken",
    "Blinken shot down the balloon" against "was subsequently shot down" (by nobody named)."""
    tokens = ctx.window.tokens
    for i, k in _claim_agents(ctx):
        symmetric = bool(ctx.ctokens[k].lemmas & SYMMETRIC)
        c = ctx.ctokens[i]
        if _known_person(c, ctx.people):
            c = replace(c, name=_name_key(c.low))  # "Xi stressed": a person, though first in the claim
        if ctx.ctokens[k].lemmas & _SPEAKING and _joined_with(ctx, i):
            continue  # "Both Xi and Blinken spoke of ...": each in words of their own (check_joint_agents)
        found = [(p, _quote_actors(ctx, p)) for p in _act_positions(ctx, k)]
        if symmetric and any(tokens[p].verb and _is_act(tokens, p) for p, _ in found):
            continue  # "Xi met Blinken" names both sides: either may be said to meet the other
        if not found or any(f is None for _, f in found):
            continue
        mine = set(ctx.primary(i))
        if any((c.name and c.name in f[0]) or mine & set(f[1]) or any(_relation(c, tokens[j]) for j in f[1])
               or (c.low in TITLE_WORDS and any(c.low in ctx.titles.get(n, ()) for n in f[0])) for _, f in found if f):
            continue  # the same actor, by name, by a word the quote uses, or by a title the article gives them
        if any(_speaks_for(ctx, c.name, p, f[0]) for p, f in found if f):
            continue  # "Blinken reiterated that the US does not aim to ...": what he says the US wants is his stance
        p, (names, positions) = found[0]  # type: ignore[misc]
        act = tokens[p].text
        if not positions and p - 1 in mine and reduced_passive(tokens, p):
            continue  # "agreements reached": the claim says it as the article does
        if not positions and not c.name and not _known_person(c, ctx.people) and _caused_by(ctx, p, mine):
            continue  # "the balloon delayed the trip": "was postponed after a ... balloon ... flew"
        if not positions and c.low in _OCCASIONS and _held_during(ctx, p, mine):
            continue  # "the talks made progress": "progress had been made ... during extensive talks"
        if positions and _concern_over(ctx, positions[-1], mine):
            continue  # "China's stance fueled tensions": "fueled by concerns over ... its stance"
        if not positions:
            return [Finding("unsupported", f"the article does not say who {act}")]
        common = any(
            tokens[j].content and tokens[j].noun and tokens[j].head and not tokens[j].name
            and not _known_person(tokens[j], ctx.people) and tokens[j].low not in TITLE_WORDS  # "President" names Xi
            for j in positions
        )
        who = " ".join(re.sub(r"['\u2019]s$", "", tokens[j].text) for j in positions)
        if names and all(tokens[j].low in PRONOUNS for j in positions):  # "he (Xi)"
            who = f"{who} ({', '.join(sorted(n if n[:1].isupper() else n.capitalize() for n in names))})"
        said = f"{act!r} is by {who} in the article, not by {c.text}"
        # a person acting where the quote has their country act ("Xi respects" against "China's
        # respect") is not someone else: it is only not said
        if (common or not c.name or not names or _of_their_country(ctx, c.name, names) or _other_object(ctx, k, p, positions)
                or _act_told_twice(ctx, k, [q for q, _ in found]) or _joined_with(ctx, i) & set(names)
                or ctx.ctokens[k].lemmas & _SPEAKING):  # both sides of a meeting speak: only not said of this one
            return [Finding("unsupported", said)]
        return [Finding("contradicted", said)]
    return []


def _joined_with(ctx: Context, i: int) -> set[str]:
    """The others the claim's subject joins to the actor at ``i``: "Both Xi and Blinken
    emphasized ..." where the quote has Xi stress it adds Blinken, it gives the act to no one else."""
    out, k = set(), i - 1
    while k >= 0 and (ctx.ctokens[k].name or ctx.ctokens[k].low in ("and", "both", ",")):
        if ctx.ctokens[k].name:
            out.add(ctx.ctokens[k].name)
        k -= 1
    return out if k + 1 < i and any(t.low == "and" for t in ctx.ctokens[k + 1 : i]) else set()


def _act_told_twice(ctx: Context, k: int, acts: list[int]) -> bool:
    """Does another act of the claim align to the same words? "In return for China's respect ...,
    Xi asked Washington to respect ...": the quote's one "respect" is Washington's, so China's
    is a second act this quote does not tell, not the same act given to someone else."""
    lemmas = ctx.ctokens[k].lemmas
    return any(
        k2 != k and ctx.ctokens[k2].lemmas & lemmas and set(ctx.positions(k2)) & set(acts) for k2 in range(len(ctx.ctokens))
    )


_SPEAKING = frozenset("speak talk comment".split())
_VOICING = frozenset("express voice hint describe call urge".split())
_COMMENTING = frozenset("comment commented commenting remark remarked remarking".split())
"""A verb of any saying ("the talks" are no saying: they are meetings)."""
"""Other verbs the article reports words with."""


def check_joint_agents(ctx: Context) -> list[Finding]:
    """"Xi and Blinken both hinted at a truce": each of a joint subject must do the act in the
    quote; the article naming one of them near another's act ("during a meeting with ... Blinken")
    makes no second actor. Acts done together ("met", "held talks") need no check."""
    ct = ctx.ctokens
    for k in range(2, len(ct)):
        if not (ct[k].verb and (ct[k].content or ct[k].low in REPORTING)) or ct[k].lemmas & SYMMETRIC:
            continue  # "Did Xi and Blinken both hint ...": the base form after the joint subject
        unnamed = _both_of_them(ct, k)  # who they are the words do not say: two must do it
        joint = [] if unnamed else _joint_subject(ct, k - 1, ctx.people)
        if not unnamed and len(joint) < 2:
            continue
        actors: set[str] = set()
        if ct[k].low in REPORTING or ct[k].lemmas & (SPEECH_ACTS | _SPEAKING):
            # each may say it in a sentence of their own, one the claim's words align to
            words = [i for i in range(k + 1, len(ct)) if ct[i].content and not ct[i].name]
            telling = [s for s in ctx.cited_sentences if words and sum(bool(_sentence_hits(ct, i, s, ctx.titles)) for i in words) * 2 >= len(words)]
            actors = _speakers(ctx) | _speakers(ctx, telling)
        for p in _act_positions(ctx, k):
            found = _quote_actors(ctx, p)
            actors |= set(found[0]) if found else set()
        if unnamed and len({a for a in actors if a and a not in COUNTRIES}) < 2:
            return [Finding("unsupported", f"the article does not have two people {ct[k].text}")]
        missing = [n for n in joint if n not in actors and not _of_their_country(ctx, n, actors)]
        if missing:
            return [Finding("unsupported", f"the article does not have {missing[0].capitalize()} {ct[k].text}")]
    return []


def _speaks_for(ctx: Context, person: str | None, p: int, names: set[str | None] | frozenset[str]) -> bool:
    """Does ``person`` report, in the quote's sentence, what their country (one of ``names``) does
    at ``p`` ("Blinken reiterated that the US does not aim to ...")?"""
    if not _of_their_country(ctx, person, names):
        return False
    tokens, sent = ctx.window.tokens, ctx.window.sentence_of[p]
    return any(ctx.window.sentence_of[j] == sent and tokens[j].name == person and j + 1 < p
               and (tokens[j + 1].low in REPORTING or tokens[j + 1].lemmas & SPEECH_ACTS) for j in range(p))


def _of_their_country(ctx: Context, person: str | None, names: set[str | None] | frozenset[str]) -> bool:
    """Is one of ``names`` the country the article gives ``person`` ("US" for Blinken)? A person
    where the quote has their country, or their country where it has them, is only not said."""
    return person is not None and any(n in ctx.titles.get(person, ()) for n in names)


_MOVEMENT = frozenset("visit travel go trip journey tour stop arrive come".split())
"""Acts of going somewhere: going to one place says nothing against being at another."""


def _located(tokens: Sequence[Token], j: int) -> bool:
    """Is the quote's word ``j`` a place something happens at ("at the Great Hall of the People")?"""
    k = j - 1
    while k >= 0 and (tokens[k].name or tokens[k].low in DETERMINERS) and not _punctuated(tokens[k + 1]):
        k -= 1
    return k >= 0 and tokens[k].low in _WHERE_PREPOSITIONS


def _other_object(ctx: Context, k: int, p: int, actors: list[int]) -> bool:
    """Is the claim's act ``k`` done to something the quote's act ``p`` is not done to? "Xi visited
    the Great Hall" against "Blinken, the first ... to visit China": another visit, not another visitor."""
    ct, tokens = ctx.ctokens, ctx.window.tokens
    o = k + 1
    if o < len(ct) and ct[o].low == "that":
        return False  # "emphasized that ...": what is said, no object
    while o < len(ct) and (ct[o].low in DETERMINERS or ct[o].low in ("to", "of")):
        o += 1
    if o >= len(ct) or not (ct[o].content and ct[o].noun) or not ctx.aligned(o) or _punctuated(ct[o]):
        return False
    if p + 1 < len(tokens) and tokens[p + 1].low in ("to", "of"):
        p += 1  # "the first ... to visit China", "Blinken's trip to Beijing"
    theirs = set(_object_phrase(tokens, p, ctx.window.sentence_of))
    mine = set(ctx.positions(o))
    return bool(theirs) and not theirs & mine and not set(actors) & mine  # "Blinken assured Xi": a swap, not another object


_SIDES = frozenset("with between among".split())


def _person_key(t: Token, people: frozenset[str]) -> str | None:
    if t.name:
        return t.name
    return _name_key(t.low) if _known_person(t, people) else None


def _sides(ctx: Context, p: int) -> set[str] | None:
    """Who takes part in the two-sided act noun at ``p``: all that "between" names ("talks between
    senior Chinese officials and Blinken"); with "with" ("during a meeting with ... Blinken"), the
    one it names and the people before it in the sentence. None when the noun names no one."""
    tokens, sent = ctx.window.tokens, ctx.window.sentence_of[p]
    j = p + 1
    if j >= len(tokens) or tokens[j].low not in _SIDES or ctx.window.sentence_of[j] != sent or _breaks(tokens[j]):
        return None
    named = _named_after(ctx, j)
    if tokens[j].low != "with":
        return named
    before = {k for q, t in enumerate(tokens[:p]) if ctx.window.sentence_of[q] == sent and (k := _person_key(t, ctx.people))}
    return named | before


_DURING = frozenset("during at in".split())


def _with_whom(ctx: Context, p: int) -> frozenset[str] | None:
    """The people "with" names after the act noun at ``p`` ("a meeting with US Secretary of State
    Antony Blinken": Blinken), without those before it; None when "with" names no one."""
    tokens = ctx.window.tokens
    j = p + 1
    if j >= len(tokens) or tokens[j].low != "with" or ctx.window.sentence_of[j] != ctx.window.sentence_of[p]:
        return None
    return frozenset(_named_after(ctx, j)) or None


def _named_after(ctx: Context, j: int) -> set[str]:
    """The people the phrase after the preposition at ``j`` names, to the end of its clause."""
    tokens, sent, named = ctx.window.tokens, ctx.window.sentence_of[j], set()
    for q in range(j + 1, min(j + 9, len(tokens))):
        u = tokens[q]
        if ctx.window.sentence_of[q] != sent or (_breaks(u) and u.low != "and") or (u.verb_only and not u.name):
            break
        if (key := _person_key(u, ctx.people)) is not None:
            named.add(key)
    return named


def _phrase_after(tokens: Sequence[Token], p: int) -> str:
    """"meeting with US Secretary of State Antony Blinken": the act noun and its "with" phrase, to its last name."""
    last = p
    for q in range(p + 1, min(p + 10, len(tokens))):
        if tokens[q].name:
            last = q
        elif _breaks(tokens[q]) or (tokens[q].verb_only and q > p + 1):
            break
    return " ".join(t.text for t in tokens[p : last + 1])


def check_partners(ctx: Context) -> list[Finding]:
    """Both sides of a two-sided act: "Biden met Blinken" against "Biden ... expressing confidence
    in the progress made during the meetings" (the meetings name no one; Blinken is there only as
    the owner of the efforts). When the claim's meeting aligns only to nouns, the claim's partner
    (and a named subject) must be among the noun's sides."""
    ct, tokens = ctx.ctokens, ctx.window.tokens
    for k, act in enumerate(ct):
        if not act.lemmas & SYMMETRIC or not ctx.aligned(k):
            continue
        o = k + 1
        while o < len(ct) and (ct[o].low in _SIDES or ct[o].low in DETERMINERS or ct[o].low in TITLE_WORDS
                               or (ct[o].name in COUNTRIES and _past_title(ct, o) != o) or ct[o].low in _BE or ct[o].low in _ONLY):
            o += 1  # "met US President Joe Biden": the partner is Joe Biden; "the talks were (only) between Xi and ..."
        # a person, or a country met as a side ("Did Biden meet China?": "praised Blinken's efforts in
        # China ... during the meetings" names no side)
        partner = (_person_key(ct[o], ctx.people) or (ct[o].name if ct[o].name in COUNTRIES else None)) if o < len(ct) else None
        if partner is None:
            continue
        found = ctx.positions(k)
        subject = _subject(ct, k) if _is_act(ct, k) else None
        named = {key for i in subject or [] if (key := _person_key(ct[i], ctx.people))}
        own = any(_of_their_country(ctx, n, {partner}) for n in named)  # "Did Xi meet China?": his own country
        if not own and any(tokens[p].verb and _is_act(tokens, p) for p in found):
            continue  # "Xi met Blinken": a verb, whose sides the roles checks judge
        sides = [_sides(ctx, p) for p in found]
        if not own and any(s is not None and partner in s and named <= s for s in sides):
            continue
        act_word = tokens[found[0]].text
        if k and ct[k - 1].low in _DURING or (k > 1 and ct[k - 1].low in DETERMINERS and ct[k - 2].low in _DURING):
            # "Xi hinted at a truce during a meeting with Biden": the act the article tells happened
            # in its meeting with someone else, when only those it names with him took part
            withs = [_with_whom(ctx, p) for p in found]
            rivals = {w for w in withs if w is not None and partner not in w}
            if rivals and None not in withs and not any(partner in (s or set()) for s in sides):
                mine = " ".join(t.text for t in ct[o:] if t.name and t.low not in ALIASES) or ct[o].text
                theirs = _phrase_after(tokens, found[0])
                return [Finding("contradicted", f"says {act_word!r} with {mine} where the article says {theirs!r}")]
        return [Finding("unsupported", f"the article does not say who took part in {act_word!r}")]
    return []


def _past_title(tokens: Sequence[Token], j: int) -> int:
    """The person a country's title names: "Antony" of "US Secretary of State Antony Blinken", where
    the country only qualifies the title; ``j`` itself otherwise."""
    k = j + 1
    while k < len(tokens) and (tokens[k].low in TITLE_WORDS or (tokens[k].low == "of" and tokens[k - 1].low in TITLE_WORDS)):
        k += 1
    return k if k > j + 1 and k < len(tokens) and tokens[k].name else j


def _infinitive(tokens: Sequence[Token], k: int) -> bool:
    """"to replace": an act whose object counts as much as a finite verb's ("seek to replace the
    US"), also joined to another ("to challenge or replace")."""
    if not tokens[k].verb:
        return False
    while k >= 2 and tokens[k - 1].low in ("or", "and") and tokens[k - 2].verb:
        k -= 2
    return k > 0 and tokens[k - 1].low == "to"


def check_patients(ctx: Context) -> list[Finding]:
    """Whom an act is done to, when the quote says: "Russia invaded Taiwan" against "Russia's
    invasion of Ukraine". The claim's object (a name right after its verb) must be among the
    names of the quote's object phrase: the "of" phrase of an act noun, the phrase after a verb."""
    ct, tokens = ctx.ctokens, ctx.window.tokens
    for k, act in enumerate(ct[:-1]):
        if not (_is_act(ct, k) or _infinitive(ct, k)) or _passive(ct, k) or act.lemmas & SYMMETRIC:
            continue
        o = k + 1
        clause = o < len(ct) and (ct[o].low == "that" or ":" in ct[o].gap)  # "stressed that the US should ..."
        while o < len(ct) and ct[o].low in DETERMINERS:
            o += 1
        if o >= len(ct) or not ct[o].name or not ctx.aligned(k):
            continue
        o = _past_title(ct, o)
        while o + 1 < len(ct) and ct[o + 1].name and not ct[o].possessive and not _breaks(ct[o + 1]):
            o += 1  # "Antony Blinken": the run's last name
        target = ct[o].name
        agents = {ct[i].name or _person_key(ct[i], ctx.people) for i, a in _claim_agents(ctx) if a == k}
        judged = []
        for p in ctx.positions(k):
            q = tokens[p]
            start = p + 1
            actors = _quote_actors(ctx, p)
            if agents - {None} and actors is not None and actors[0] and not (agents & actors[0]):
                continue  # someone else's act: "Biden visited China" is not judged by Blinken's visit
            participle = q.verb and q.low.endswith("ing") and (  # "while visiting California", ", visiting ..."
                _punctuated(q) or (p > 0 and tokens[p - 1].low in ("while", "when", "after", "before")))
            if not (q.verb and (_is_act(tokens, p) or _infinitive(tokens, p) or participle)):  # an act noun: "invasion of Ukraine"
                if start >= len(tokens) or tokens[start].low not in ("of", "to", "for"):  # "trip to Beijing", "respect for US interests"
                    continue
                start += 1
            if clause:  # whose act the clause tells: the name before the words the claim aligns to
                subject = _reported_subject(ctx, o, p)
                if subject is not None:
                    judged.append(({tokens[subject].name}, p, [subject]))
                continue
            while start < len(tokens) and tokens[start].low in DETERMINERS:
                start += 1
            if start >= len(tokens) or ctx.window.sentence_of[start] != ctx.window.sentence_of[p] or _punctuated(tokens[start]):
                continue
            start = _past_title(tokens, start)
            # the phrase ends at punctuation or a preposition: "assured Blinken | of China's respect"
            end = next((j for j in range(start + 1, min(start + 4, len(tokens))) if _punctuated(tokens[j]) or tokens[j].low in _NP_PREPOSITIONS),
                       min(start + 4, len(tokens)))
            phrase = [j for j in range(start, end) if tokens[j].name and ctx.window.sentence_of[j] == ctx.window.sentence_of[p]]
            if not tokens[start].name:
                continue  # the object phrase names no one: nothing to compare
            judged.append(({tokens[j].name for j in phrase}, p, phrase))
        if judged and not any(target in names for names, _, _ in judged):
            _, p, phrase = judged[0]
            whom = " ".join(re.sub(r"['\u2019]s$", "", tokens[j].text) for j in phrase)
            said = f"{tokens[p].text!r} is of {whom} in the article, not of {ct[o].text}"
            if _of_their_country(ctx, target, {tokens[j].name for j in phrase}):
                return [Finding("unsupported", said)]  # "China respected Blinken" against "respect for US interests"
            if tokens[p].lemmas & _MOVEMENT and any(
                ctx.window.sentence_of[j] == ctx.window.sentence_of[p] and _located(tokens, j) for j in ctx.positions(o)
            ):
                # the sentence names the claim's object too ("Speaking at the Great Hall of the People
                # alongside Blinken, the first ... to visit China"): visiting one says nothing against the other
                return [Finding("unsupported", said)]
            return [Finding("contradicted", said)]
    return []


def _reported_subject(ctx: Context, o: int, p: int) -> int | None:
    """The name the quote's reported clause gives as the subject of what the claim's clause (its
    subject at ``o``) says: the last name before the first of the claim's words that lie in what the
    speech verb ``p`` says. None when the claim's words lie mostly elsewhere: "Xi stressed that the
    US should respect ..." tells "he called for the US to respect ...", not what "emphasizing that
    China did not seek ..." says; "Blinken stressed that China would do the same" tells the "as he
    believed China would do the same" of "he emphasized that the US would take ...". """
    sent, tokens = ctx.window.sentence_of[p], ctx.window.tokens
    rest = [i for i in range(o + 1, len(ctx.ctokens)) if ctx.ctokens[i].content and ctx.aligned(i)]
    inside = [
        min(j for j in ctx.positions(i) if j > p and ctx.window.sentence_of[j] == sent) for i in rest
        if any(j > p and ctx.window.sentence_of[j] == sent for j in ctx.positions(i))
    ]
    if not rest or len(inside) * 2 <= len(rest):
        return None
    return next((j for j in range(min(inside) - 1, p, -1) if tokens[j].name), None)


def _object_phrase(tokens: Sequence[Token], p: int, sentence_of: Sequence[int]) -> range:
    """The noun phrase the act at ``p`` governs, with nouns joined by "and" ("rebuild diplomacy and
    communication channels"); it ends at a preposition, a verb or punctuation."""
    j = p + 1
    while j < len(tokens) and tokens[j].low in PARTICLES and not _punctuated(tokens[j]):
        j += 1  # "shot down the balloon"
    start = j
    if j < len(tokens) and tokens[j].low in ("that", "this"):
        return range(start, start)  # "stressed that better channels are needed": a clause, not an object
    while j < len(tokens) and sentence_of[j] == sentence_of[p] and not (j > start and _punctuated(tokens[j])):
        u = tokens[j]
        if not (u.low in DETERMINERS or u.low == "and" or u.possessive or (u.content and u.noun and not u.verb_only)
                or (j > start and u.gap == "-")):  # "security-focused programs": one compound
            break
        j += 1
    return range(start, j)


def _governs(tokens: Sequence[Token], p: int) -> bool:
    """An act with an object; not the last part of a compound ("security-focused programs")."""
    return tokens[p].verb and tokens[p].content and tokens[p].gap != "-" and (_is_act(tokens, p) or _infinitive(tokens, p))


def check_objects(ctx: Context) -> list[Finding]:
    """A verb the claim words differently acts on the claim's object: "want to reduce communication
    channels" is not "aims to rebuild ... communication channels ... to mitigate the risk", where the
    paraphrase ("reduce" for "mitigate") acts on the risk and the channels are what is rebuilt."""
    ct, tokens, sentence_of = ctx.ctokens, ctx.window.tokens, ctx.window.sentence_of
    used = {p for ps in ctx.window.align.values() for p in ps}
    for k, act in enumerate(ct[:-1]):
        if not _governs(ct, k) or _passive(ct, k) or not ctx.aligned(k):
            continue
        heads = [i for i in _object_phrase(ct, k, [0] * len(ct)) if ct[i].content and not ct[i].name]
        if not heads or not ctx.aligned(heads[-1]):
            continue
        o = heads[-1]
        if any(_relation(act, tokens[p]) == EXACT for p in ctx.positions(k)):
            # the verb itself: its object may be worded apart, but not in another sentence ("want to
            # establish a meeting" against "after the meeting ... the need to establish better lines")
            together = any(sentence_of[r] == sentence_of[p] for p in ctx.positions(k) for r in ctx.positions(o))
            if not together:
                if not (_is_act(ct, k) and (act.verb_only or ct[k - 1].low == "to")):
                    continue
                return [Finding("unsupported", f"in the article {act.text!r} does not act on {ct[o].text!r}")]
            if ct[k - 1].low != "to":
                continue
            # in one sentence, the object may still be another verb's: "protect the programs" against
            # "protect national security by withholding technologies that could aid China's programs"
        acts = [p for p in ctx.positions(k) if tokens[p].verb]
        found = ctx.positions(o)
        if not acts or any(r in _object_phrase(tokens, p, sentence_of) for p in acts for r in found):
            continue
        governors = []
        for r in found:
            v = next((m for m in range(r - 1, max(-1, r - 7), -1)
                      if _governs(tokens, m) and r in _object_phrase(tokens, m, sentence_of)), None)
            if v is None or v in used:
                break
            governors.append(v)
        else:
            v = governors[0]
            return [Finding("unsupported", f"in the article {ct[o].text!r} is what is {tokens[v].text!r}-ed, not what {tokens[acts[0]].text!r} acts on")]
    return []


def _of_phrase(ctx: Context, p: int) -> list[int]:
    """The words of the "of" phrase after the noun at ``p`` ("importance of military-to-military
    communication"), to the end of its clause; empty when no "of" follows."""
    tokens, sent = ctx.window.tokens, ctx.window.sentence_of[p]
    if p + 1 >= len(tokens) or tokens[p + 1].low != "of":
        return []
    out = []
    for j in range(p + 2, min(p + 8, len(tokens))):
        hyphened = "-" in tokens[j].gap  # "military-to-military"
        if ctx.window.sentence_of[j] != sent or _breaks(tokens[j]) or (tokens[j].low in ("to", "for", "in", "on", "with") and not hyphened):
            break
        out.append(j)
    return out


_RELATIVE_OBJECTS = frozenset("which that whom".split())


def check_undergoer(ctx: Context) -> list[Finding]:
    """Who changes is not who changes something: "tensions are worsening" and "the slowdown worsened
    tensions" against "sentiment exacerbated by tensions", where the tensions make something worse
    (the quote's agent, after "by"); the claim has them get worse (its subject with no object, or
    its object)."""
    ct, tokens = ctx.ctokens, ctx.window.tokens
    for k, act in enumerate(ct):
        progressive = act.low.endswith("ing") and k > 0 and ct[k - 1].low in _BE
        bare = k > 0 and ct[k - 1].content and ct[k - 1].noun and not ct[k - 1].possessive  # a yes/no's "the slowdown worsen tensions"
        if not (act.verb and act.content and ctx.aligned(k) and (_is_act(ct, k) or progressive or bare)) or (_passive(ct, k) and not progressive):
            continue
        acted_on = k + 1 < len(ct) and not _punctuated(ct[k + 1]) and (ct[k + 1].content or ct[k + 1].low in DETERMINERS)
        if acted_on:  # "worsened tensions": the object's head
            undergoer = [i for i in _object_phrase(ct, k, [0] * len(ct)) if ct[i].content and ctx.aligned(i)][:1]
        else:
            subject = _subject(ct, k) or []
            if subject and subject[0] > 0 and ct[subject[0] - 1].low in _RELATIVE_OBJECTS:
                continue  # "sentiment, which tensions have exacerbated": its object comes first
            undergoer = [i for i in subject if ct[i].content and ctx.aligned(i)][-1:]
        if not undergoer:
            continue
        mine = set(ctx.positions(undergoer[0]))
        for p in ctx.positions(k):
            if p + 1 < len(tokens) and tokens[p + 1].low == "by" and mine & set(range(p + 2, min(p + 6, len(tokens)))):
                return [Finding("unsupported", f"in the article {ct[undergoer[0]].text!r} is what {tokens[p].text!r} something, not what is {tokens[p].text}")]
    return []


def _done_to_subject(tokens: Sequence[Token], k: int) -> bool:
    """A passive ("was praised"), not a progressive ("is seeking")."""
    return _passive(tokens, k) and not tokens[k].low.endswith("ing")


def check_passive_subject(ctx: Context) -> list[Finding]:
    """"Biden was praised" against "Biden ... praised Blinken's efforts": the claim does to its
    subject what the quote has that one do (a passive with "by" is check_agents')."""
    ct, tokens = ctx.ctokens, ctx.window.tokens
    if _PASSIVE.search(ctx.claim):
        return []
    for k, act in enumerate(ct):
        if not (act.verb and ctx.aligned(k) and _done_to_subject(ct, k)):
            continue
        subject = _subject(ct, k) or []
        c = ct[subject[-1]] if subject else None
        if c is None or not (c.name or _known_person(c, ctx.people)) or c.possessive:
            continue  # the person must be the subject, not own it ("the Biden administration's goal was meant to")
        name = c.name or _name_key(c.low)
        for p in ctx.positions(k):
            if not (tokens[p].verb and _relation(act, tokens[p]) == EXACT and not _done_to_subject(tokens, p)):
                continue
            found = _quote_actors(ctx, p)
            if found and ({name} | _one_person(ctx, name)) & found[0]:
                return [Finding("unsupported", f"in the article {c.text} is the one who {tokens[p].text}, not the one {tokens[p].text}")]
            done_to = _object_names(ctx, p)  # "Xi was visited" against "the first ... to visit China"
            if done_to and not ({name} | _one_person(ctx, name)) & done_to:
                return [Finding("unsupported", f"in the article {tokens[p].text!r} is of {', '.join(sorted(done_to))}, not of {c.text}")]
    return []


def _object_names(ctx: Context, p: int) -> set[str]:
    """The names of the object right after the quote's verb at ``p`` ("assured Blinken of ...",
    "to visit China"); empty when the object names no one."""
    tokens, sent = ctx.window.tokens, ctx.window.sentence_of[p]
    start = p + 1
    while start < len(tokens) and tokens[start].low in DETERMINERS:
        start += 1
    if start >= len(tokens) or ctx.window.sentence_of[start] != sent or _punctuated(tokens[start]):
        return set()
    start = _past_title(tokens, start)
    if start >= len(tokens) or not tokens[start].name:
        return set()
    end = next((j for j in range(start + 1, min(start + 4, len(tokens))) if _punctuated(tokens[j]) or tokens[j].low in _NP_PREPOSITIONS),
               min(start + 4, len(tokens)))
    return {tokens[j].name for j in range(start, end) if tokens[j].name and ctx.window.sentence_of[j] == sent}


def check_described(ctx: Context) -> list[Finding]:
    """An act the quote says only as an adjective must describe the claim's subject: "the
    relationship improved" is not "the instability in the relationship ... better lines of
    communication", where "better" describes the lines."""
    ct, tokens = ctx.ctokens, ctx.window.tokens
    for k in range(len(ct)):
        adjective = ct[k].head and "ADJ" in _readings(ct[k].low) and ct[k].low not in _PREPOSITIONS | _NP_PREPOSITIONS | _WORD_PREPOSITIONS
        d = _described_in_claim(ct, k) if adjective and ctx.aligned(k) else None
        if d is not None and ctx.aligned(d):  # "relations are good": the quote's "better" must be of relations
            found = ctx.positions(k)
            if not ct[k].verb and not any("ADJ" in _readings(tokens[p].low) or "ADV" in _readings(tokens[p].low)
                                          or _derived(ct[k], tokens[p]) for p in found):
                # "good" said of relations is no "export" (WordNet's goods): a quality needs a quality
                return [Finding("unsupported", f"{ct[k].text!r} is said of {ct[d].text!r}; the article has no such quality")]
            heads = [h for p in found if (h := _attributive_head(tokens, p)) is not None]
            predicative = any(tokens[p].head and "ADJ" in _readings(tokens[p].low) for p in found)
            # "China's economy is slowing" for "China ... is grappling with economic slowdown": the
            # noun the quote's modifier describes is the claim's own act
            told = {p for i in ctx.window.align if i not in (k, d) for p in ctx.positions(i)}
            told |= {j for i, c in enumerate(ct) if c.content and not ctx.aligned(i)  # "China's economy is booming":
                     for j, q in enumerate(tokens) if q.content and not q.name and _opposed(c, q)}  # the slowdown's opposite
            owner_leads = any(pd < f and ctx.window.sentence_of[pd] == ctx.window.sentence_of[f]
                              and (pd == 0 or tokens[pd - 1].low not in _NP_PREPOSITIONS)
                              for pd in ctx.positions(d) for f in found)  # China is the one grappling, not "tensions with the US"
            if heads and not predicative and not set(heads) & (set(ctx.positions(d)) | (told if owner_leads else set())):
                n = heads[0]
                return [Finding("unsupported", f"{tokens[found[0]].text!r} describes {tokens[n].text!r} in the article, not {ct[d].text!r}")]
            # "the issues are important" against "the importance of military-to-military communication
            # ... on this issue": the quality, said as a noun, is of what its "of" phrase names
            nouns = [p for p in found if tokens[p].head and tokens[p].noun and "ADJ" not in _readings(tokens[p].low)]
            of = [] if _verb_form(ct[k]) else [_of_phrase(ctx, p) for p in nouns]
            if of and all(ph and not set(ph) & set(ctx.positions(d)) for ph in of):
                named = " ".join(tokens[j].text for j in of[0])
                return [Finding("unsupported", f"in the article {tokens[found[0]].text!r} is of {named!r}, not of {ct[d].text!r}")]
        before_noun = k + 1 < len(ct) and ct[k + 1].content and ct[k + 1].noun and not _punctuated(ct[k + 1])
        progressive = ct[k].low.endswith("ing") and k > 0 and ct[k - 1].low in _BE  # "the relationship is improving"
        if not (ct[k].verb and ct[k].content and ct[k].head and (_is_act(ct, k) or progressive)) or before_noun or not ctx.aligned(k):
            continue  # "improved lines of communication": itself an adjective
        found = ctx.positions(k)
        if ct[k].low in _OBJECT_MARKERS or any(
            tokens[p].head or _verb_form(tokens[p]) or "ADJ" not in _readings(tokens[p].low) for p in found
        ):
            continue  # said as a verb or a noun somewhere ("assured Blinken"): the other checks judge it
        subject = _subject(ct, k)
        heads = [i for i in subject or [] if ct[i].content and ct[i].head and ctx.aligned(i)]
        if not heads:
            continue
        mine = set(ctx.positions(heads[-1]))
        described = [_noun_after(tokens, p) for p in found]
        if not mine & set(described):
            n = described[0]
            what = tokens[n].text if n < len(tokens) else "something else"
            return [Finding("unsupported", f"{tokens[found[0]].text!r} describes {what!r} in the article, not {ct[heads[-1]].text!r}")]
    return []


_CONTINUING = frozenset("still anymore".split())
_PRESENT = frozenset("is are has have remains remain continues continue".split())


def check_continuing(ctx: Context) -> list[Finding]:
    """"Is the trip still postponed?" says it goes on now: the quote must say it in the present
    ("is grappling"), not only that it happened ("was postponed")."""
    ct, tokens = ctx.ctokens, ctx.window.tokens
    for i, c in enumerate(ct):
        if c.low not in _CONTINUING:
            continue
        acts = [k for k in range(i + 1, min(i + 4, len(ct))) if ct[k].content and ctx.aligned(k)]
        if not acts:
            continue
        found = [p for k in acts for p in ctx.positions(k)]
        if not any(tokens[m].low in _PRESENT for p in found for m in range(max(0, p - 3), p)):
            return [Finding("unsupported", f"the article does not say it is {c.low} so")]
    return []


REPORTING = frozenset(
    "said say says stated states state mentioned mention mentions noted note notes told tell added add "
    "explained explain remarked remark argued argue claimed claim according".split()
)
DEMONSTRATIVE_SUBJECTS = frozenset("this that these those it".split())
_HOLDING = frozenset("think thinks thought believe believes believed reckon reckons reckoned".split())
"""Verbs of what someone holds: free words of a claim (see FUNCTION_WORDS), but who holds it is checked."""


_SPEAKER_ADVERBS = frozenset("also likewise similarly even ever too then again once further still never".split())


def check_attribution(ctx: Context) -> list[Finding]:
    """"Blinken said X" when the article has Xi say it: who says something is part of the claim."""
    ct = ctx.ctokens
    for i, c in enumerate(ct[:-1]):
        k = i + 1
        while k + 1 < len(ct) and (ct[k].low in _SPEAKER_ADVERBS or ct[k].low.endswith("ly")) and not _breaks(ct[k]):
            k += 1  # "Blinken also said", "Xi publicly stated"
        nxt = ct[k]
        if c.name and "," in nxt.gap:  # "Xi, speaking ... of the People, said": the aside's last name says nothing
            opened = next((k for k in range(i - 1, -1, -1) if "," in ct[k + 1].gap), None)
            c = ct[opened] if opened is not None else c
        # "Taiwan, according to the article" has no speaker; "Blinken thinks ..." holds it as "said" says it
        reports = (nxt.low in REPORTING or nxt.low in _HOLDING) and nxt.low != "according"
        speaker = c.name if c.name and reports else None
        if c.low == "according" and nxt.low == "to":
            speaker = next((t.name for t in ctx.ctokens[i + 2 : i + 4] if t.name), None)
        common = not c.name and c.content and c.noun and c.low not in PRONOUNS | TITLE_WORDS and not _known_person(c, ctx.people)
        if common and reports:
            # "Experts said ...": the quote must have them say it ("experts" is no "technologies")
            if not any(_relation(c, ctx.window.tokens[p]) == EXACT and _speaks(ctx.window.tokens, p) for p in ctx.positions(i)):
                return [Finding("unsupported", f"the article does not have the {c.text} say this")]
            continue
        if reports and not speaker:
            speakers = _joint_subject(ct, i, ctx.people)  # "Xi and Blinken (both) said"
            missing = [n for n in speakers if n not in COUNTRIES and n not in _speakers(ctx)]
            if len(speakers) > 1 and missing:
                return [Finding("unsupported", f"the article does not have {missing[0].capitalize()} say this")]
        if not speaker or speaker in COUNTRIES:
            continue
        if speaker not in _speakers(ctx) and not _one_person(ctx, speaker) & _speakers(ctx):  # "Xi Jinping said": Xi speaks
            name = c.text if c.name else speaker.capitalize()
            return [Finding("unsupported", f"the article does not have {name} say this")]
    return []


def _one_person(ctx: Context, name: str) -> set[str]:
    """The other names of the person called ``name`` ("xi" of "jinping")."""
    return {b for a, b in ctx.full_names if a == name} | {a for a, b in ctx.full_names if b == name}


def _both_of_them(ct: Sequence[Token], k: int) -> bool:
    """Is the subject of the act at ``k`` "both of them", "they both", "the two of them"?"""
    before = " ".join(t.low for t in ct[max(0, k - 4) : k])
    return before.endswith(("both of them", "they both", "two of them", "the two leaders", "both leaders", "both men"))


def _joint_subject(ct: Sequence[Token], i: int, people: frozenset[str]) -> list[str]:
    """The people of a joint subject ending at ``i`` ("Xi and Blinken both", "both Xi Jinping and
    Joe Biden"), one per person; empty unless an "and" joins two."""
    key = lambda t: k if (k := t.name or _name_key(t.low)) in people else None  # noqa: E731  # people, not "the South China Sea"
    out: list[str] = []
    joined = False
    j = i
    while j >= 0 and ct[j].low in ("both", "also"):
        j -= 1
    while j >= 0 and (name := key(ct[j])):
        out.append(name)
        while j > 0 and key(ct[j - 1]) and not _punctuated(ct[j]):
            j -= 1  # "Xi Jinping": one person
        if j > 1 and ct[j - 1].low == "and" and not _punctuated(ct[j - 1]) and key(ct[j - 2]):  # not ", and Xi called"
            joined, j = True, j - 2
            continue
        break
    return out if joined else []


_ASIDE = 10  # tokens an aside between a speaker and the verb may take


def _speaks(tokens: Sequence[Token], p: int) -> bool:
    """Is the quote's word ``p`` the subject of a verb right after it ("Experts note ...")?"""
    return p + 1 < len(tokens) and (tokens[p + 1].low in REPORTING or _finite(tokens[p + 1])) and not _punctuated(tokens[p + 1])


def _speakers(ctx: Context, sentences: Sequence[Sentence] | None = None) -> set[str]:
    """Who acts or speaks in the aligned sentences (or ``sentences``)."""
    return speakers_in(ctx.window.sentences if sentences is None else sentences)


def sentence_referents(text: str, people: frozenset[str] = frozenset()) -> dict[str, frozenset[str]]:
    """Each sentence of a passage and who its "he" may stand for: the subjects of the sentence
    before (``people``, the article's, so that "Xi" opening a sentence counts)."""
    return {s.text: s.referents for s in _quote_sentences(text, people)}


def actors(text: str, known: frozenset[str] = frozenset()) -> frozenset[str]:
    """Who acts or speaks in a passage ("he" counted for the person of the sentence before)."""
    return frozenset(speakers_in(_sentences((text,), known)))


def speakers_in(sentences: Sequence[Sentence]) -> set[str]:
    """Who acts or speaks in the sentences: a name (or the person a "he" stands for) right before a verb."""
    out: set[str] = set()
    for s in sentences:
        toks = s.tokens
        for j, t in enumerate(toks[:-1]):
            after = toks[j + 1] if toks[j + 1].low not in ("further", "also", "then", "later") or j + 2 >= len(toks) else toks[j + 2]
            if "," in after.gap:  # "Blinken, in his comments after the meeting, concurred": past the aside
                after = next((toks[k] for k in range(j + 2, min(j + _ASIDE, len(toks))) if "," in toks[k].gap), after)
            if not (_finite(after) or after.low in REPORTING):
                continue
            if t.name:
                out.add(t.name)
            elif t.low in PRONOUNS:
                out |= set(s.referents)
            elif t.text[:1].isupper() and j == 0:
                out.add(_name_key(t.low))
    return out


def check_denial(ctx: Context) -> list[Finding]:
    """"Beijing denied that the balloon was a spy balloon" reports a statement: the quote must have
    that speaker say something; the article calling it a spy balloon says nothing of a denial."""
    ct = ctx.ctokens
    for i, c in enumerate(ct):
        if c.low not in DENIALS:
            continue
        j = i - 1
        while j >= 0 and (ct[j].low in _SUBJECT_GAP or ct[j].negation):
            j -= 1
        speaker = ct[j].name if j >= 0 else None
        if speaker and speaker not in _speakers(ctx):
            return [Finding("unsupported", f"the article does not have {ct[j].text} deny anything")]
    return []


def check_demonstrative_subject(ctx: Context) -> list[Finding]:
    """A claim that opens "This is ..." leans on the sentence before it in the answer; unless the
    quote does the same, "this" may stand for something the article never says it of."""
    first = ctx.ctokens[0] if ctx.ctokens else None
    if first is None or first.low not in DEMONSTRATIVE_SUBJECTS:
        return []
    if any(s.tokens and s.tokens[0].low in DEMONSTRATIVE_SUBJECTS | PRONOUNS for s in ctx.window.sentences):
        return []
    return [Finding("unsupported", f"{first.text!r} stands for something the article does not name here")]


OBJECT_PRONOUNS = frozenset("it that this them those these".split())
_AFTER_OBJECT = frozenset("too also again either as well".split())


def check_demonstrative_object(ctx: Context) -> list[Finding]:
    """"Did Xi say that?", "Did he address it in the meeting?": a follow-up's "that" or "it" stands
    for the previous answer, which the claim does not say; any sentence where Xi says something
    would otherwise back it."""
    ct = ctx.ctokens
    for j, t in enumerate(ct):
        if t.low not in OBJECT_PRONOUNS or j == 0 or not (ct[j - 1].verb or ct[j - 1].low in _NP_PREPOSITIONS):
            continue
        if _named_before(ct, j):
            continue  # "Although Blinken highlighted X, he admitted no progress on it": X
        nxt = ct[j + 1] if j + 1 < len(ct) else None
        opens_clause = nxt is not None and (_punctuated(nxt) or (nxt.low in _NP_PREPOSITIONS and any(_punctuated(c) for c in ct[j + 2 :])))
        if t.low == "that" and ct[j - 1].low in REPORTING and opens_clause and any(
                c.low in AUXILIARIES or _is_act(ct, k) for k, c in enumerate(ct) if k > j + 1):
            continue  # "Xi said that, during the visit, progress was made": what he said follows, a clause
        if nxt is None or _punctuated(nxt) or nxt.low in _NP_PREPOSITIONS | _AFTER_OBJECT or (
            ct[j - 1].low in _NP_PREPOSITIONS and _verb_form(nxt) and not nxt.noun
        ):
            # "talks on that scheduled for later": a verb after it, so it stands for a thing
            return [Finding("unsupported", f"{t.text!r} stands for something the claim does not name")]
    return []


def _named_before(ct: Sequence[Token], j: int) -> bool:
    """A clause of the claim before the pronoun's own acts on a thing it names."""
    b = max((k for k in range(1, j) if _breaks(ct[k])), default=None)
    if b is None:
        return False
    acts = [k for k in range(b) if _is_act(ct, k)]
    return bool(acts) and any(ct[k].content and ct[k].noun and not ct[k].name for k in range(acts[0] + 1, b))


_PORTFOLIOS = frozenset(
    "state defense defence treasury commerce finance foreign interior justice energy labor labour health education "
    "agriculture transportation transport homeland trade war".split()
)
"""What an office is of: "Secretary of State" is no "Defense Secretary"."""
_TITLE_RUN = TITLE_WORDS | _PORTFOLIOS | {"of", "the", "a", "an"}


def _title_run(ct: Sequence[Token], start: int, step: int) -> list[int]:
    """Positions of a title phrase read from ``start`` in direction ``step``: title words,
    countries ("Chinese", "China's", "of the US") and the person's other names ("Joe")."""
    out, k = [], start
    while 0 <= k < len(ct) and (ct[k].low in _TITLE_RUN or ct[k].name):
        if (step > 0 and k > start and _breaks(ct[k])) or (step < 0 and _breaks(ct[k + 1])):
            break
        if ct[k].name and ct[k].name not in COUNTRIES and ct[k].low not in _PORTFOLIOS and (step > 0 or ct[k].possessive):
            break  # after a copula a name is someone else; before a name, an owner is ("Biden's envoy")
        out.append(k)
        k += step
    return out


def _claimed_titles(ctx: Context) -> list[tuple[int, str, list[int]]]:
    """(name position, person, title phrase) the claim gives a person the article titles:
    "China's president Biden", "Biden is the president of China", "the president of China is Biden"."""
    ct, out = ctx.ctokens, []
    for i, t in enumerate(ct):
        person = _person_key(t, ctx.people) if t.name not in COUNTRIES else None
        if person is None or person not in ctx.titles or (i + 1 < len(ct) and ct[i + 1].name and not _breaks(ct[i + 1])):
            continue  # not a titled person, or not the last word of the name ("Joe" of "Joe Biden")
        phrases = [_title_run(ct, i - 1, -1)]
        if i + 2 < len(ct) and ct[i + 1].low in _COPULAS:  # "Biden is the president of China"
            predicate = _title_run(ct, i + 2, 1)
            if predicate and all(ct[k].name in COUNTRIES for k in predicate if ct[k].low not in DETERMINERS):
                out.append((i, person, predicate))  # "Blinken is Chinese": a nationality is said like an office
            else:
                phrases.append(predicate)
        first = i
        while first > 0 and ct[first - 1].name and ct[first - 1].name not in COUNTRIES and not _breaks(ct[first]):
            first -= 1
        if first >= 2 and ct[first - 1].low in _COPULAS:  # "the president of China is Biden"
            phrases.append(_title_run(ct, first - 2, -1))
        if i + 2 < len(ct) and "," in ct[i + 1].gap and _ends_phrase(ct, run := _title_run(ct, i + 1, 1)):
            phrases.append(run)  # "Blinken, the US Defense Secretary, visited China"
        out += [(i, person, run) for run in phrases if any(ct[k].low in TITLE_WORDS for k in run)]
    for k in (k for k, t in enumerate(ct) if t.low == "as" and k + 1 < len(ct)):
        run = _title_run(ct, k + 1, 1)
        before = {(j, p) for j in range(k) if ct[j].name not in COUNTRIES and (p := _person_key(ct[j], ctx.people)) in ctx.titles}
        if len({p for _, p in before}) == 1 and any(ct[m].low in TITLE_WORDS for m in run) and _ends_phrase(ct, run):
            out.append((*max(before), run))  # "Blinken visited China as Defense Secretary": the one person before "as"
    return out


def _ends_phrase(ct: Sequence[Token], run: list[int]) -> bool:
    """Does the title phrase end its clause ("Blinken, the US envoy, ...")? "Blinken, the president said" is no title of his."""
    return bool(run) and (run[-1] + 1 == len(ct) or _breaks(ct[run[-1] + 1]))


def check_titles(ctx: Context) -> list[Finding]:
    """A person's office as the article gives it: "Biden is China's president" against
    "President Joe Biden" (the article gives Biden no country), "Xi is the president of the US"
    against "Chinese President Xi Jinping". A more general title may stand for the article's
    ("the Chinese leader"); a country or an office the article does not give may not."""
    return [f for f, _ in _title_findings(ctx)[:1]]


def _title_findings(ctx: Context) -> list[tuple[Finding, list[int]]]:
    ct, out = ctx.ctokens, []
    for i, person, run in _claimed_titles(ctx):
        if person not in ctx.cited:  # the office must be read where the claim cites, not elsewhere
            out.append((Finding("unsupported", f"the cited passage does not say what {ct[i].text} is"), run))
            continue
        known = ctx.cited[person]
        countries = {ct[k].name for k in run if ct[k].name in COUNTRIES}
        offices = {ct[k].low for k in run if ct[k].low in TITLE_WORDS}
        theirs = known & COUNTRIES
        said = " ".join(ct[k].text for k in sorted(run) if not ct[k].name or ct[k].name in COUNTRIES or ct[k].low in _PORTFOLIOS)
        if countries - theirs:
            reason = f"the article does not call {ct[i].text} {said!r}"
            if theirs:
                out.append((Finding("contradicted", f"{reason}: {ct[i].text} is of {', '.join(sorted(theirs))} in the article"), run))
            else:
                out.append((Finding("unsupported", reason), run))
        elif {ct[k].low for k in run if ct[k].low in _PORTFOLIOS} - known and known & _PORTFOLIOS:
            # "Blinken is the US Defense Secretary" against "US Secretary of State Antony Blinken"
            theirs_of = ", ".join(sorted(known & _PORTFOLIOS))
            out.append((Finding("contradicted", f"the article does not call {ct[i].text} {said!r}: the office it gives is of {theirs_of}"), run))
        elif any(not _may_title(o, known - COUNTRIES) for o in offices):
            out.append((Finding("unsupported", f"the article does not call {ct[i].text} {said!r}"), run))
    return out


_FAMILY = {"agents": "roles", "direction": "roles", "dependence": "roles", "patients": "roles", "partners": "roles", "objects": "roles", "owners": "roles", "titles": "modifiers"}
"""Checks that may see the same swap from two sides: one difference, not two."""

def check_anchored(ctx: Context) -> list[Finding]:
    """At least one word of the claim must be the quote's own word (a name, or a word or its
    derivation): "the agreements covered trade" had every word stretched onto "security
    arrangements", "export controls" and "export" (synonyms of synonyms), and was supported.
    Names anchor nothing: "Blinken raised China's position with Xi" had only its names as the
    quote's own words ("raise" and "position" stretched onto "interests" and "respect")."""
    tokens = ctx.window.tokens
    said = [i for i, c in enumerate(ctx.ctokens) if c.content and not c.name]
    if len(said) < 2 or any(_derived(ctx.ctokens[i], tokens[j]) or _paraphrased(ctx.ctokens[i], tokens[j]) or _comments_on(ctx.ctokens[i], tokens[j])
           for i in said for j in ctx.positions(i)):
        return []  # a news paraphrase is chosen by hand ("ties" for "relationship"), no stretch
    return [Finding("unsupported", "no word of the claim is the article's own here: each is a stretch of another", soft=True)]


CHECKS: tuple[tuple[str, Check], ...] = (
    ("numbers", check_numbers),
    ("years", check_years),
    ("counted", check_counted),
    ("ordinal scope", check_ordinal_scope),
    ("names", check_names),
    ("full names", check_full_names),
    ("modifiers", check_modifiers),
    ("owners", check_owners),
    ("titles", check_titles),
    ("predicates", check_predicates),
    ("acts", check_acts),
    ("negation", check_negation),
    ("roles", check_roles),
    ("direction", check_direction),
    ("dependence", check_dependence),
    ("exchange", check_exchange),
    ("joined speaker", check_joined_speaker),
    ("agents", check_agents),
    ("joint agents", check_joint_agents),
    ("patients", check_patients),
    ("partners", check_partners),
    ("objects", check_objects),
    ("described", check_described),
    ("undergoer", check_undergoer),
    ("passive subject", check_passive_subject),
    ("location", check_location),
    ("language", check_language),
    ("city", check_city),
    ("order", check_order),
    ("sequence", check_sequence),
    ("ordered", check_ordered),
    ("compound", check_compound),
    ("company", check_company),
    ("subject", check_subject),
    ("attachment", check_attachment),
    ("noun attachment", check_noun_attachment),
    ("quantifiers", check_quantifiers),
    ("one word for two", check_one_word_for_two),
    ("purpose", check_purpose),
    ("purpose done", check_purpose_done),
    ("requested", check_requested),
    ("words", check_words),
    ("anchored", check_anchored),
    ("possessives", check_possessives),
    ("attribution", check_attribution),
    ("denial", check_denial),
    ("demonstrative subject", check_demonstrative_subject),
    ("demonstrative object", check_demonstrative_object),
    ("hedges", check_hedges),
    ("comparison", check_comparison),
    ("feeling holder", check_feeling_holder),
    ("act as thing", check_act_as_thing),
    ("existence", check_existence),
    ("open question", check_open_question),
    ("who alleges", check_who_alleges),
    ("modals", check_modals),
    ("continuing", check_continuing),
)
"""Each check is one entry: a name and a function from the aligned claim to its findings."""


# -- verdict -----------------------------------------------------------------------------------------
def _judge(
    claim: str, ctokens: tuple[Token, ...], window: Window, known: Titles | None = None, cited: Titles | None = None,
    full_names: frozenset[tuple[str, str]] = frozenset(), cited_sentences: tuple[Sentence, ...] = (), present: int | None = None,
) -> tuple[Status, list[str]]:
    """Contradicted only when everything else the claim says is backed and one thing differs: a
    quote that lacks the claim's details says nothing against it, and one that differs in two ways
    ("Blinken visit Taiwan" against "Biden, while visiting California") is about something else."""
    ctx = Context(claim, ctokens, window, frozenset(known or {}), known or {}, cited or {}, full_names, cited_sentences, present)
    findings = [(name, f) for name, check in CHECKS for f in check(ctx)]
    if not findings:
        return "supported", []
    contradictions = [f.reason for _, f in findings if f.status == "contradicted"]
    gaps = [f.reason for _, f in findings if f.status == "unsupported"]
    single = len({_FAMILY.get(name, name) for name, f in findings if f.status == "contradicted"}) == 1
    if contradictions and single and not any(f.status == "unsupported" and not f.soft for _, f in findings):
        return "contradicted", contradictions + gaps
    return "unsupported", gaps + contradictions


def _coverage(window: Window, ctokens: tuple[Token, ...]) -> int:
    return sum(1 for i, c in enumerate(ctokens) if (c.content or c.number) and window.align.get(i))


def _exact(window: Window, ctokens: tuple[Token, ...]) -> int:
    """Claim words the window has as themselves: among windows that align as many words, the one
    that says "imposing ... wishes" beats one WordNet stretches to ("visiting ... expressing")."""
    return sum(1 for i, js in window.align.items() if any(_relation(ctokens[i], window.tokens[j]) == EXACT
                                                          and not _alias_only(ctokens[i], window.tokens[j]) for j in js))


def _alias_only(c: Token, q: Token) -> bool:
    """"Beijing" for "China": the same country to the verifier, not the same word to a reader."""
    return bool(c.name) and c.low != q.low and c.low in ALIASES


def has_predicate(text: str) -> bool:
    """Does the text state something of its subject: a verb acting, or a copula or auxiliary ("biden
    in China" does not; "biden was in China" and "Blinken met Xi" do)?"""
    tokens = tokenize(text)
    return any(t.low in AUXILIARIES or _is_act(tokens, i) for i, t in enumerate(tokens))


def needs_support(claim: str) -> bool:
    """Does the sentence say anything ("Yes.", "Sure!" and a bare "2." do not)?"""
    return any(t.content for t in tokenize(claim))


SPEECH_ACTS = frozenset(
    "admit concede acknowledge stress emphasize emphasise underline highlight insist warn note observe add "
    "say state tell explain remark argue claim reiterate affirm assert maintain agree concur".split()
)
"""Verbs that report what someone says: a claim may put their speaker after the words."""
_SPEAKER_AFTER = re.compile(
    r"^(?P<words>.+),\s+(?P<speaker>(?:[\w\u2019'.-]+\s+){0,5}[\w\u2019'-]+)\s+(?P<verb>[a-z]+)\.?\s*$"
)


def titled_by_name(claim: str, known: Titles, texts: Sequence[str] = ()) -> str:
    """"the secretary of state visited Washington" as "Blinken visited Washington" where the
    article titles one person so: every check then reads who is meant, as it does for a name.
    A title that fits several people ("the president": Xi and Biden), none ("the US president"),
    or that stands before a name ("US Secretary of State Antony Blinken") is left as written."""
    ct = tokenize(claim)
    if not any(t.low in TITLE_WORDS for t in ct):
        return claim
    partner = name_partners(texts)
    out, end, i = [], 0, 0
    while i < len(ct):
        if ct[i].low not in TITLE_WORDS or ct[i].name:
            i += 1
            continue
        run = sorted(set(_title_run(ct, i - 1, -1)) | {i} | set(_title_run(ct, i + 1, 1)))
        last = run[-1]
        while last > i and ct[last].low in ("of", "the", "a", "an"):
            last -= 1
        run = [k for k in run if k <= last]
        while ct[run[0]].low in ("the", "a", "an") and run[0] < i:
            run = run[1:]
        nxt = ct[last + 1] if last + 1 < len(ct) else None
        before = ct[run[0] - 1] if run[0] > 0 else None
        i = last + 1
        if (nxt is not None and nxt.name and not _breaks(nxt)) or (before is not None and before.possessive) or any(
                ct[k].name and ct[k].name not in COUNTRIES for k in run):
            continue  # "Secretary of State Antony Blinken", "Biden's secretary": the titles check's
        if before is not None and before.low in ("a", "an") and not _breaks(ct[run[0]]):
            continue  # "the first visit by a US secretary of state": a kind of person, not the one
        det = before is not None and before.low == "the"
        if det and run[0] > 1 and _breaks(before) and ct[run[0] - 2].name:
            continue  # "Blinken, the secretary of state, ...": an apposition says who he is
        verb = run[0] - 2
        while verb > 0 and (ct[verb].low.endswith("ly") or ct[verb].low in ("now", "still", "also")) and not _breaks(ct[verb + 1]):
            verb -= 1  # "Who is currently the secretary of state?"
        if before is not None and not _breaks(ct[run[0]]) and (
                before.low not in ("the", "a", "an")
                or (verb >= 0 and not _breaks(before) and ct[verb].low in _BE | _COPULAS | {"as", "become", "became"}
                    and not ct[last].possessive)):  # "Was the secretary of state's trip cancelled?" owns, not predicates
            continue  # "the first US secretary of state", "Blinken is the secretary of state": said of someone, no one named
        said = {ct[k].name if ct[k].name in COUNTRIES else ct[k].low for k in run if ct[k].low not in ("of", "the", "a", "an")}
        if all(w in COUNTRIES or w in _TITLE_QUALIFIERS for w in said):
            continue  # "the state of relations": no title on its own
        people = {min(p, partner.get(p, p)) for p, words in known.items()
                  if all(w in words or (w in _LEADERS and _may_title(w, words)) for w in said)}  # "the Chinese leader": Xi
        if len(people) != 1:
            continue
        person = people.pop()
        name = max((person, partner[person]) if person in partner else (person,), key=lambda n: sum(t.lower().count(n) for t in texts))
        start = ct[run[0]].start
        if before is not None and before.low in ("the", "a", "an") and not _breaks(ct[run[0]]):
            start = before.start
        out.append(claim[end:start] + name.capitalize() + ("'s" if ct[last].possessive else ""))
        end = ct[last].end
    return "".join(out) + claim[end:] if out else claim


def speaker_first(claim: str) -> str:
    """"No progress was made, Blinken conceded." as "Blinken conceded: No progress was made.",
    the order in which the checks read who says what."""
    m = _SPEAKER_AFTER.match(claim.strip())
    if not m or not any(set(forms) & SPEECH_ACTS for forms in lemmas(m["verb"]).values()):
        return claim
    opener = m["speaker"].split()[0]
    if opener.islower() and opener in FUNCTION_WORDS and opener not in ("the", "he", "she", "they"):
        return claim  # ", and China agreed": a second clause, not who said the first
    return f"{m['speaker']} {m['verb']}: {m['words']}."  # the words keep their first capital, as after a colon


_OF_THE_ARTICLE = re.compile(
    r"\b(?:article|piece|story|report|it)\b.{0,20}?\b(?:published|dated|written|posted|released|came out|appeared|ran)\b"
    r"|\b(?:article|piece|story|report)\s+(?:is|was)\s+from\b",  # "Is the article from 2022?"
    re.I,
)
_CLAIMED_DATE = re.compile(rf"\b(?P<month>{MONTHS})(?:\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b)?|\b(?P<year>(?:19|20)\d\d)\b", re.I)
CLAIMED_SECTION = re.compile(
    r"\b(?:in|under)\s+(?:the\s+)?(?P<section>[A-Za-z]+)\s+(?:section|category)\b|\b(?:section|category)\s+(?:is|was)\s+(?P<named>[A-Za-z]+)\b", re.I
)
"""A section the claim files the article under: "in the business section"."""


def _by_dateline(claim: str, sentences: Sequence[Sentence]) -> Verdict | None:
    """"The article was published in June 2023" against the dateline "International - June 20,
    2023": each part of the date, and the section, the claim gives must be the dateline's. None
    where the claim is not about when or where the article came out."""
    section = CLAIMED_SECTION.search(claim)
    if not (_OF_THE_ARTICLE.search(claim) or section):
        return None
    claimed: dict[str, str] = {}
    for m in _CLAIMED_DATE.finditer(claim):
        claimed.update({k: v.lower() for k, v in m.groupdict().items() if v})
    if section:
        claimed["section"] = (section["section"] or section["named"]).lower()
    line = next((s for s in sentences if dateline_date(s.text)), None)
    if not claimed:
        return None
    if line is None:  # "the article is from 2023" against "... since 2018": no event's year dates the article
        return Verdict(status="unsupported", reasons=["the article's date and section are in its dateline, which is not cited"])
    dated = dateline_date(line.text)
    assert dated is not None
    said = {"month": f"{dated:%B}".lower(), "day": str(dated.day), "year": str(dated.year),
            "section": (dateline_category(line.text) or "").lower()}
    spans = [QuoteSpan(quote=line.quote, start=line.start, end=line.end, text=line.text)]
    differ = [k for k, v in claimed.items() if said[k] != v]
    if differ:
        reads = line.text.strip(" -")
        return Verdict(status="contradicted", spans=spans, reasons=[f"says {claimed[k]!r} where the dateline reads {reads!r}" for k in differ])
    return Verdict(status="supported", spans=spans)


_DATELINE_WORD = re.compile(r"\b(?:appears?|appeared|filed|dateline|according)\b", re.I)
"""Words that only say where or when the article came out ("appeared under the International section")."""


def _beyond_the_dateline(claim: str) -> str | None:
    """What a claim says besides the article's date and section, if anything: "The article was
    published on June 20, 2023, in the Chinese edition of the Daily Beek" says where too."""
    told = [m.span() for pattern in (_OF_THE_ARTICLE, _CLAIMED_DATE, CLAIMED_SECTION, _DATELINE_WORD) for m in pattern.finditer(claim)]
    rest = "".join(" " if any(a <= k < b for a, b in told) else ch for k, ch in enumerate(claim))
    said = any(t.content or t.number for t in tokenize(rest))
    return re.sub(r"\s+([,.;:])", r"\1", re.sub(r"\s{2,}", " ", rest)).strip() if said else None


def _named_in_lower_case(tokens: tuple[Token, ...], people: frozenset[str]) -> tuple[Token, ...]:
    """"antony blinken sees progress": the article's people typed in lower case are still names."""
    if not any(not t.name and t.low in people and t.low not in FUNCTION_WORDS for t in tokens):
        return tokens
    return tuple(replace(t, name=_name_key(t.low), content=True) if not t.name and t.low in people and t.low not in FUNCTION_WORDS else t
                 for t in tokens)


def _people_included(tokens: tuple[Token, ...], people: frozenset[str]) -> tuple[Token, ...]:
    """"Did the meeting include Biden?": "include" joins a list's items to what they are part of, a
    function word, except before a person, whom it puts at an event ("the meeting Biden" would be
    backed by any sentence naming both)."""
    marked = [i for i, t in enumerate(tokens) if t.low in _INCLUDING and any(
        u.name and (u.name.lower() in people or u.low in people) for u in tokens[i + 1 : i + 4])]
    return tokens if not marked else tuple(replace(t, content=True) if i in marked else t for i, t in enumerate(tokens))


_INCLUDING = frozenset("include includes included including involve involves involved involving".split())


_PRO_ONE = re.compile(r"\b(?:an?|the)\s+([A-Za-z][\w-]*)\s+one\b(?!\s+(?:of|another)\b)(?=\s*[.?!,;]|\s*$)")
""""The balloon was an American one": the "one" stands for the balloon, no number, so it says "American"."""


_BECAME_ORDINAL = re.compile(r"\b(became|becomes|become|becoming)\s+the\s+(first|second|third|last)\b", re.I)
_BE_FOR_BECOME = {"became": "was", "becomes": "is", "become": "be", "becoming": "being"}
""""became the first US secretary of state to visit China": the first to do it is what he was."""


_LIKE_SOMEONE = re.compile(rf"^\s*Like\s+(?P<other>{NAME_RUN}),\s+(?P<one>{NAME_RUN})\s+(?=[a-z])|^\s*(?P<one2>{NAME_RUN}),\s+like\s+(?P<other2>{NAME_RUN}),\s+(?=[a-z])")
""""Like Xi, Blinken stressed ...": both did, each to be found saying it ("Xi and Blinken stressed ...")."""


def _both_like(claim: str) -> str:
    m = _LIKE_SOMEONE.match(claim)
    if m is None:
        return claim
    return f"{m.group('other') or m.group('other2')} and {m.group('one') or m.group('one2')} {claim[m.end():]}"


def verify(claim: str, quotes: Sequence[str], *, context: Sequence[str] = (), max_windows: int = 4) -> Verdict:
    """Judge ``claim`` against the ``quotes`` it cites (passages or sentences). ``context`` (the
    rest of the article) only tells who is who: "the secretary of state" is Blinken."""
    claim = _BECAME_ORDINAL.sub(lambda m: f"{_BE_FOR_BECOME[m.group(1).lower()]} the {m.group(2)}", _PRO_ONE.sub(r"\1", speaker_first(_both_like(claim))))
    cited = titles(quotes)
    known = _merged(titles(context), cited)
    full_names = _full_names(tuple(context)) | _full_names(tuple(quotes))
    claim = titled_by_name(claim, known, (*context, *quotes))
    ctokens = tokenize(claim)
    ctokens = _named_in_lower_case(ctokens, frozenset(n for pair in full_names if known.keys() & set(pair) for n in pair))  # people: titled, with full names
    ctokens = _people_included(ctokens, frozenset(known))
    needed = [i for i, c in enumerate(ctokens) if c.content or c.number]
    sentences = tuple(_sentences(quotes, frozenset(known)))
    present = _latest_year((*context, *quotes))
    if (dated := _by_dateline(claim, sentences)) is not None:  # "the article was from May": a month is no modal "may"
        if dated.status == "supported" and (rest := _beyond_the_dateline(claim)) is not None:
            told = verify(rest, quotes, context=context, max_windows=max_windows)  # "..., reports that Xi sees progress"
            return dated if told.supported else told
        return dated
    if not needed:
        return Verdict(status="supported") if sentences else Verdict(status="unsupported", reasons=["nothing is cited"])
    if not sentences:
        return Verdict(status="unsupported", reasons=["nothing is cited"])
    memo: dict[tuple[int, int], list[int]] = {}  # hits per claim word and sentence, shared by every window below
    singles = [_window((s,), ctokens, known, memo=memo) for s in sentences]
    ranked = sorted(range(len(singles)), key=lambda k: (-_coverage(singles[k], ctokens), -_exact(singles[k], ctokens)))
    windows = [singles[k] for k in ranked[:max_windows]]
    if _coverage(windows[0], ctokens) < len(needed):  # two facts joined: try pairs of the best sentences
        top = sorted(ranked[: max_windows + 2])
        windows += [_window((sentences[a], sentences[b]), ctokens, known, memo=memo) for a, b in combinations(top, 2)]
    windows.sort(key=lambda w: (-_coverage(w, ctokens), len(w.sentences), -_exact(w, ctokens)))
    # the best-aligned window speaks, unless another one supports the claim; only a window that
    # aligns every word can
    w = windows[0]
    status, reasons = _judge(claim, ctokens, w, known, cited, full_names, sentences, present)
    if status == "contradicted" and all(len(x.sentences) == 1 for x in windows) and _clause_splits(ctokens):
        # one sentence has every word but not as the claim says them; two facts the claim joins
        # may say it as the claim does ("Xi said China respects US interests and, in return,
        # wants the US to respect ..."): then the contradiction is not certain. Such a pair only
        # makes the claim unsupported: aligned loosely, it could fetch a "not" from the other
        top = sorted(ranked[: max_windows + 2])
        pairs = (_window((sentences[a], sentences[b]), ctokens, known, joined_only=True, memo=memo) for a, b in combinations(top, 2))
        if any(_coverage(p, ctokens) == len(needed) and _judge(claim, ctokens, p, known, cited, full_names, sentences, present)[0] == "supported" for p in pairs):
            status = "unsupported"
    if status != "supported":
        for other in windows[1:]:
            if _coverage(other, ctokens) == len(needed) and _judge(claim, ctokens, other, known, cited, full_names, sentences, present)[0] == "supported":
                w, status, reasons = other, "supported", []
                break
    if status == "unsupported":
        # as well aligned, another sentence may hold the opposite of the word the best one lacks:
        # "Blinken described the relationship as stable" has Blinken and the relationship in his
        # comments, and "Recognizing the instability in the relationship, he ..." in the next sentence;
        # with "the US-China relationship", only the pair of them aligns as well ("both countries")
        tied = [x for x in windows[1:] if _coverage(x, ctokens) == _coverage(w, ctokens)]
        for other in tied:
            found = _judge(claim, ctokens, other, known, cited, full_names, sentences, present)
            if found[0] == "contradicted":
                w, (status, reasons) = other, found
                break
    spans = [QuoteSpan(quote=s.quote, start=s.start, end=s.end, text=s.text) for s in w.sentences]
    unaligned = [ctokens[i].text for i in needed if not w.align.get(i)]
    return Verdict(status=status, reasons=reasons, spans=spans, unaligned=unaligned, clause=_deciding_clause(w))


CLAUSE_MARKS = re.compile(r"[,;:\u2013\u2014]|\s-\s")


def starts_a_clause(tokens: Sequence[Token], k: int) -> bool:
    """"... decouple from its economy | but rather seeks to ...", "progress had been made | and
    agreements reached ...": a conjunction that opens another predicate, where a clause may end.
    "whether China and the US can coexist" joins two subjects, not two clauses."""
    if tokens[k].low == "but":
        return True
    if tokens[k].low != "and" or k + 1 >= len(tokens) or tokens[k + 1].low in DETERMINERS:
        return False
    nxt = range(k + 1, min(k + 3, len(tokens)))
    return any(tokens[j].low in AUXILIARIES or (_is_act(tokens, j) and tokens[j].low not in _PREPOSITIONS) for j in nxt)


_WHEN_IT_HAPPENED = frozenset("during amid".split())


def tells_when(tokens: Sequence[Token], k: int) -> bool:
    """Does a phrase at ``k`` tell when the clause's act happened ("hinted at the possibility of a
    truce ... during a meeting with ...")? Not after a participle, whose noun it belongs to ("the
    progress made during the meetings")."""
    if tokens[k].low not in _WHEN_IT_HAPPENED:
        return False
    before = tokens[k - 1] if k else None
    participle = before is not None and before.verb and not before.low.endswith(("ing", "s")) and before.low not in _readings(before.low).get("VERB", ())
    return not participle

_FACTIVE_THAT = re.compile(r"\b(?:admit|admits|admitted|acknowledge|acknowledges|acknowledged|concede|concedes|conceded)\s+that\s+")
"""Verbs whose "that" clause the sentence asserts too: one admits only what is so."""


def _deciding_clause(w: Window) -> QuoteSpan | None:
    """The stretch of a one-sentence window from its first aligned word to its last, widened to
    the clause marks around it: the part of the sentence that decides the claim."""
    positions = sorted({j for js in w.align.values() for j in js})
    if len(w.sentences) != 1 or not positions:
        return None
    # the narrowest stretch that holds one place of every aligned claim word ("China" is said twice):
    # from each start, it ends where the last word's first place after the start is
    groups = [sorted(js) for js in w.align.values()]
    first, last = positions[0], positions[-1]
    for a in positions:
        ends = [g[k] for g in groups if (k := bisect_left(g, a)) < len(g)]
        if len(ends) == len(groups) and max(ends) - a < last - first:
            first, last = a, max(ends)
    s = w.sentences[0]
    lo, hi = w.tokens[first].start, w.tokens[last].end
    marks = [m.end() for m in CLAUSE_MARKS.finditer(s.text, 0, lo)]
    while marks and s.text[marks[-1]:].lstrip()[:1].islower():
        marks.pop()  # "emphasizing that China did not ...": a clause that leans on the one before it keeps it
    start = marks[-1] if marks else 0
    if (factive := list(_FACTIVE_THAT.finditer(s.text, start, lo))):
        start = factive[-1].end()  # "However, he admitted that there was no immediate progress": what he admits is so
    end = next((m.start() for m in CLAUSE_MARKS.finditer(s.text, hi)), len(s.text))
    end = min([end] + [w.tokens[k].start for k in range(last + 1, len(w.tokens)) if starts_a_clause(w.tokens, k)])
    # "agreements reached on specific issues during extensive talks between ...": when, which the claim did not ask
    end = min([end] + [w.tokens[k].start for k in range(last + 1, len(w.tokens)) if tells_when(w.tokens, k)])
    text = s.text[start:end].rstrip()
    start += len(text) - len(text.lstrip())
    text = text.strip().rstrip(".!?")
    return QuoteSpan(quote=s.quote, start=s.start + start, end=s.start + start + len(text), text=text)

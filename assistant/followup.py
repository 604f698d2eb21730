"""Turn a follow-up into a standalone query without a language model.

Pronouns and ellipsis ("Where was he?", "And why?") are resolved by carrying the previous
turn's names and, for very short follow-ups, its whole question: retrieval then finds the
passage the conversation is about, and the answer type still comes from the new question.
"""

from __future__ import annotations

import re

from assistant.lexicon import lemmas
from assistant.models import DECLINE, History
from assistant.questions import LEADING_AUXILIARY
from assistant.text import PEOPLE_NOUNS, STOPWORDS, content_words, words

_PRONOUNS = frozenset(
    "he him his she her hers they them their theirs it its this that these those there then such".split()
)
_ELLIPSIS = re.compile(r"^\s*(and|but|also|so|what about|how about|what else|why|how come|and what|what then)\b", re.I)
_NAME = re.compile(r"\b[A-Z][\w\u2019'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w\u2019'-]*)*")
_NOT_NAMES = frozenset(
    "The A An In On At It He She They This That These Those However Yes No Who Whom Whose What When Where Why "
    "How Which Is Are Was Were Did Does Do Has Have Had Can Could Will Would Should And But Also So".split()
)
_SUBJECT = re.compile(r"\b(he|she)\b", re.I)
_THING = re.compile(r"\b(it|its|they|them)\b", re.I)  # "have they been getting worse?" after "How are relations described?"
_MARKER = re.compile(r"\s*\[\d+\]")
_POSSESSIVE = re.compile(r"['\u2019]s$")
_THE_US = re.compile(r"\bthe us\b")
""""and of the us?": after "the", the country, not the pronoun."""
_PEOPLE = re.compile(rf"\b(?:the )?(?:{'|'.join(sorted(PEOPLE_NOUNS))})\b", re.I)
"""'And the experts?': unnamed people a follow-up may ask the same of."""


def names(text: str) -> list[str]:
    """Capitalised runs (people, places, organisations), first occurrence first."""
    found = []
    for m in _NAME.finditer(_MARKER.sub("", text)):
        name = m.group(0)
        first, _, rest = name.partition(" ")
        if _not_a_name(first):
            name = rest
        if name and name not in found and not _not_a_name(name.split()[0]):
            found.append(name)
    return found


def _not_a_name(word: str) -> bool:
    """A capital a sentence's first word has: "For the beginning of the year", "After a Chinese spy
    balloon ...", "Earlier scheduled ...", "Speaking at ..." (a short answer's first word is one)."""
    word = _POSSESSIVE.sub("", word)  # "What's": a question word, contracted
    low = word.lower()
    if word in _NOT_NAMES:
        return True
    if word.isupper():  # "US"
        return False
    if low in STOPWORDS:
        return True
    readings = lemmas(low)
    if low.endswith("ing") and "VERB" in readings:  # "Speaking at ...", not "Beijing"
        return True
    return bool(readings) and "NOUN" not in readings  # "Earlier", an adverb or adjective


def _elliptic(question: str) -> bool:
    """ "And why?", "What about technology?": an opener that leans on the last turn, with too few
    words of its own to stand alone ("And what did Xi ask for in return?" stands alone, and so
    does "And what does Blinken want?": a name and a verb of its own)."""
    return bool(_ELLIPSIS.search(question)) and len(content_words(question)) < (2 if names(question) else 3)


def is_followup(question: str) -> bool:
    lowered = [w.lower() for w in words(question)]
    return _elliptic(question) or any(w in _PRONOUNS for w in lowered) or len(content_words(question)) < 2


def asked_part(standalone: str) -> str:
    """The question of a ``standalone_question``, without what it carries in brackets."""
    return standalone.split(" (", 1)[0]


def carried_context(standalone: str) -> list[str]:
    """What ``standalone_question`` carried over in brackets: the last question and the names of
    its answer, in that order (empty for a question that stood alone)."""
    if "(" not in standalone:
        return []
    return [p.strip() for p in standalone[standalone.index("(") + 1 :].rstrip(")").split(";")]


_DUMMY_IT = re.compile(
    r"\bit\s+(?:is|was|'s)?\s*(?:true|false|possible|likely|clear)\b"
    r"|\bit\s+(?:is|was|'s)?\s*(?:said|reported|known|seems?|seemed|appears?|appeared)\s+(?:that|like|as if)\b", re.I
)
""""Is it true that ...", "was it said that ...": no thing; but "Was it said to have flown over ...?" is the balloon."""
_THING_PHRASE = re.compile(r"\b(?:the|this|that|his|her|their|its|[A-Z][\w-]*['\u2019]s)\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}")


_NOT_THINGS = frozenset("first last second next other same one ones headline title article story piece report news us uk eu un".split())
"""Not what an "it" stands for: ordinals, countries typed in lower case ("the us"), and the article
itself ("When was it published?" after "What's the headline?" asks when the article was)."""


_NOT_IN_A_THING = frozenset("of to and down up out off over back away".split())
"""Words that end a thing's phrase although WordNet has a noun for them ("who shot the balloon down")."""


def _thing(question: str) -> str | None:
    """The first phrase of a question that names a thing ("Blinken's trip", "the balloon"): what a
    follow-up's "it" most often stands for."""
    for m in _THING_PHRASE.finditer(question):
        if re.match(r"\s+[A-Z]", question[m.end():]):
            continue  # "the first US secretary of state": a longer phrase, about a person
        ws = m.group(0).split()
        if ws[1] in _NOT_THINGS:
            continue  # "why does the us want better communication": a country, then its act
        phrase = [ws[0]]
        for w in ws[1:]:
            readings = lemmas(w)
            if "NOUN" not in readings and "ADJ" not in readings or w.endswith("ed") or w in _NOT_IN_A_THING:
                break
            phrase.append(w)
        if len(phrase) > 1 and "NOUN" in lemmas(phrase[-1]) and phrase[-1] not in _NOT_THINGS:
            return " ".join(phrase)
    return None


_EVENT_QUESTION = re.compile(  # "where?" alone asks the same as "where was that?"
    r"^\W*(?:and\s+)?(?P<wh>where|when)(?:\s+(?:was|did)\s+(?P<ref>that|this|it)(?:\s+(?:happen|take place|held))?)?\s*\??\s*$", re.I
)
_ACT_QUESTION = re.compile(r"^\s*(?:who|whom|what|which\s+\w+)\s+(?P<aux>did|does|do|was|were|is)\s+(?P<rest>.+?)\s*\??\s*$", re.I)


def _of_the_event(question: str, prev_question: str, prev_answer: str = "") -> str | None:
    """"Where was that?" after "Who did Blinken meet?" (answered "Xi Jinping") asks where Blinken
    met Xi Jinping: the last question's act, with its answer, asked where or when."""
    m, prev = _EVENT_QUESTION.match(question), _ACT_QUESTION.match(prev_question)
    if m is None or prev is None or ((m.group("ref") or "").lower() == "it" and _thing(prev_question)):
        return None
    aux = "did" if prev.group("aux").lower() in ("did", "does", "do") else "was"
    answered = names(prev_answer)[:1] if prev_answer and DECLINE not in prev_answer and re.match(r"\s*who", prev_question, re.I) else []
    return f"{m.group('wh')} {aux} {prev.group('rest')}{' ' + answered[0] if answered else ''}?"


_THEY_HOLD = re.compile(r"\bthey\s+(think|thought|say|said|believe|believed|note|noted|see|saw|feel|felt|argue|argued|expect|expected)\b", re.I)
"""A "they" that thinks or says: people, the ones the last question named ("experts", "analysts")."""

_STATE_THEY = re.compile(r"\b(?:(?:are|were|have|had)\s+they|they\s+(?:are|were|have|had|'re|\u2019re))\b", re.I)
"""A "they" whose state is asked ("have they been getting worse?"): things, more often than people."""


def _plural_thing(question: str) -> str | None:
    """The first plural noun a question names that is no person or country: "relations" of "How
    does the article describe relations between Beijing and Washington?"."""
    for w in words(question):
        readings = lemmas(w)
        nouns = readings.get("NOUN", ())
        if w.islower() and w.endswith("s") and any(n != w for n in nouns) and w not in _NOT_THINGS | STOPWORDS and "AUX" not in readings:
            return w
    return None


def resolved(question: str, prev_question: str, prev_answer: str = "") -> str:
    """"When was it originally planned?" after "Why was Blinken's trip delayed?" asks "When was
    Blinken's trip originally planned?": the question with its one "it" spelled out, where the last
    question names a thing; otherwise as asked."""
    event = _of_the_event(question, prev_question, prev_answer)
    if event is not None:
        return event
    one_they = len(re.findall(r"\bthey\b", question, re.I)) == 1
    people = _PEOPLE.search(prev_question)
    if people and one_they and _THEY_HOLD.search(question):
        # "so they think relations are improving" after "what do experts make of the visit?"
        noun = re.sub(r"^the\s+", "", people.group(0), flags=re.I).lower()
        return _THEY_HOLD.sub(lambda m: f"the {noun} {m.group(1)}", question, count=1)
    if not re.search(r"\bit\b", question, re.I) and one_they and _STATE_THEY.search(question):
        thing = _plural_thing(prev_question)  # "have they been getting better?" after "How are relations described?"
        return question if thing is None else re.sub(r"\bthey\b", thing, question, count=1, flags=re.I)
    if len(re.findall(r"\bit\b", question, re.I)) != 1 or _DUMMY_IT.search(question):
        return question
    if _IN_IT.search(question) and _THE_ARTICLE.search(prev_question):
        return _IN_IT.sub(r"\1 the article", question, count=1)  # "who is the secretary of state in it?" after "the date on this article"
    thing = _actor_in_answer(question, prev_question, prev_answer) or _thing(prev_question)
    return question if thing is None else re.sub(r"\bit\b", thing, question, count=1, flags=re.I)


_IN_IT = re.compile(r"\b(in|from)\s+it\b", re.I)
_THE_ARTICLE = re.compile(r"\b(?:article|story|piece|report)\b", re.I)
"""What is "in it" is in a text: after a question about the article, its "it" is the article."""


_LIGHT_ACTS = frozenset("be do have happen get go make take say mean".split())


def _acts(text: str) -> set[str]:
    return {v for w in words(text) for v in lemmas(w.lower()).get("VERB", ())} - _LIGHT_ACTS


def _actor_in_answer(question: str, prev_question: str, prev_answer: str) -> str | None:
    """"What sites did it fly over?" after the answer "After a Chinese spy balloon allegedly flew
    over ...": an act the last answer told (and the last question did not ask) is its subject's,
    the first thing that acts in that answer."""
    asked = _acts(question) - _acts(prev_question)
    if not prev_answer or DECLINE in prev_answer or not asked or not asked & _acts(prev_answer):
        return None
    for m in re.finditer(r"\b(?:a|an|the)\s+", prev_answer):
        ws = prev_answer[m.end() :].split()
        for n in range(1, min(5, len(ws))):
            v = n + 1 if ws[n].endswith("ly") and n + 1 < len(ws) else n
            readings = lemmas(ws[v].lower().strip(",.;"))
            if "VERB" in readings and ("NOUN" not in readings or ws[v].endswith("ed")) and "NOUN" in lemmas(ws[n - 1].lower()):
                # its own act, or one joined to it by "and" ("flew over ... and was subsequently shot down")
                clause = re.split(r"[,.;]", " ".join(ws[v:]))[0].split(" and ")
                if any(_acts(part) & asked for part in clause):
                    return "the " + " ".join(ws[:n])
                break
    return None


def spelled_out(question: str, standalone: str) -> str:
    """The question as ``standalone_question`` spelled out its "it" or "he" (or its "where was
    that"), else the question."""
    head = asked_part(standalone)
    if "(" not in standalone and head.lower() != question.lower() and _elliptic(question) and not LEADING_AUXILIARY.match(head):
        return head  # "And Blinken?" after "Who is Xi?" -> "who is Blinken" (a yes/no's stays the question it was)
    if _EVENT_QUESTION.match(question) and head != question and not _EVENT_QUESTION.match(head):
        return head  # "Where was that?" -> "where did Blinken meet?"
    # "he" only where the question names no one itself: in "Where was Biden when he praised him?" he is Biden
    from assistant.verifier import ALIASES  # countries and their capitals: "what did he say about China"

    people = [n for n in names(question) if n.lower() not in ALIASES]
    # "his" too ("what was his job?"), but not in a "who" question, whose answer may be no name at all
    # ("who does that serve, in his view": "both countries and the world", where "Blinken's" would rule out the sentence)
    his = "" if _WHO_QUESTION.match(question) else "|his"
    ref = rf"\b(?:it|he|she|him{his}|they|them)\b" if not people else r"\bit\b"
    pattern = re.sub(ref, "(?:.+?)", re.escape(question), count=1, flags=re.I)
    return head if head.lower() != question.lower() and re.fullmatch(pattern, head, re.I) else question  # the truecased one when only case differs


_WHO_QUESTION = re.compile(r"\s*who(?:m)?\b", re.I)
_WHO_IS_NAMED = re.compile(r"\s*(?i:who)\s+(?i:is|was|'s|\u2019s)\s+(?:(?i:the)\s+)?[A-Z]")


def pronoun_context(standalone: str) -> str:
    """Where a follow-up's "he" is looked for, first things first: the last turn's question and the
    names its answer gave, except that after "Who did Xi meet?" the answer ("Blinken") comes first."""
    parts = carried_context(standalone)
    if not parts:
        return standalone
    if _WHO_QUESTION.match(parts[0]) and not _WHO_IS_NAMED.match(parts[0]):
        parts = parts[1:] + parts[:1]  # not after "Who is Blinken?": the one asked about is the "he"
    return "; ".join(parts)


def standalone_question(question: str, history: History | None, max_turns: int = 6) -> str:
    """The query to search for: the question, plus what it refers back to in the conversation."""
    from assistant.verifier import ALIASES

    turns = list(history or [])[-max_turns:] if max_turns else []
    if not turns or not is_followup(question):
        return question
    prev_q, prev_a = turns[-1]
    prev = standalone_question(prev_q, turns[:-1], max_turns)
    last = asked_part(prev)
    if re.search(r"\b(?:they|them)\b", last, re.I) and carried_context(prev) and _STATE_THEY.search(question):
        last = carried_context(prev)[0]  # "are they getting worse?" after "is China open to stabilizing them?": what "them" was
    question = resolved(question, last, prev_a)  # the last question with its own "it" spelled out
    earlier = carried_context(prev)[:1]
    if earlier and (prev_a == "" or DECLINE in prev_a) and resolved(question, asked_part(prev)) == question:
        # "Who shot it down?" after "When did that happen?" went unanswered: "it" is what the turn before named
        question = resolved(question, earlier[0])
    own = names(_THE_US.sub("the US", question)) or [m.group(0) for m in _PEOPLE.finditer(question)]
    said = {w.lower() for n in own for w in n.split()}
    only_who = not [w for w in content_words(question) if w.lower() not in said]  # "And what did he ask of the US?" asks more
    if own and only_who and _elliptic(question):  # "And Blinken?" after "What does Xi think of it?": the same, of Blinken
        swap = next((n for n in names(prev_q) if n not in own), None)
        country = next((w for w in (swap or "").split() if w.lower() in ALIASES), None)
        if country is not None and own[0].lower() in ALIASES:  # "And of the US?" after "Who is the President of China?"
            swap = country
        if swap is not None and own[0].lower() in ALIASES and swap.lower() not in ALIASES:
            # "And China?" after "What's the Biden administration trying to do?": China, not a "China administration"
            side = re.compile(rf"(?:\bthe\s+)?(?<!\w){re.escape(swap)}(?:['\u2019]s)?\s+(?:administration|government|side|team)\b", re.I)
            if side.search(prev_q):
                return side.sub(own[0], prev_q, count=1)
        if swap is not None:  # "And Xi?" after "What's Blinken's job?": Xi's
            owner = own[0] if _POSSESSIVE.search(own[0]) or not _POSSESSIVE.search(swap) else own[0] + swap[-2:]
            return re.sub(rf"(?<!\w){re.escape(swap)}(?!\w)", owner, prev_q)
    context = names(prev)
    if _SUBJECT.search(prev_q) and carried_context(prev):  # "So he was in Beijing with Blinken?" is still about the "he" (Biden)
        first = names(pronoun_context(prev))
        context = first + [n for n in context if n not in first]
    if prev_a and DECLINE not in prev_a:
        context += [n for n in names(prev_a)[:4] if n not in context]
    context = [n for n in context if n.lower() not in question.lower()]
    if len(content_words(question)) < 2 or _elliptic(question) or _THING.search(question):
        # "When was it originally planned?" after "Why was Blinken's trip delayed?": "it" is the trip
        head = [asked_part(prev)] + carried_context(prev)  # one level of brackets, however long the conversation
        context = head + [n for n in context if not any(n in h for h in head)]
    return f"{question} ({'; '.join(context)})" if context else question

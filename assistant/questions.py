"""The patterns questions are read with (cues, instructions, small talk) and question validation;
the question forms that use them are in ``assistant.forms``."""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.models import QuestionError
from assistant.text import MONTHS, NAME_RUN, STOPWORDS, content_words, words

_INJECTION = re.compile(
    r"\b(ignore|disregard|forget|override)\b.{0,60}\b(instructions?|prompts?|rules?|previous|above|context|guidelines?)\b"
    r"|\bsystem\s+prompt\b|\byou\s+are\s+now\b|\bpretend\s+(to\s+be|you)\b|\bact\s+as\b|\bjailbreak\b"
    r"|\b(reveal|print|repeat|show)\b.{0,40}\b(your|the)\s+(prompt|instructions|rules)\b"
    r"|\b(write|compose|generate)\b.{0,20}\b(poem|story|song|essay|code|script|joke)\b"
    r"|\b(tell|give)\s+(me|us)\s+(a|an|another|some)\s+(joke|story|poem|riddle|fun fact)s?\b"
    r"|\b(ignore|disregard|forget)\s+(about\s+)?(the|this|that)\s+(article|text|story|document|news)\b"
    r"|\bdeveloper\s+mode\b|\bnew\s+instructions?\b"
    r"|<\s*/?\s*(script|img|iframe|svg)\b",
    re.I | re.S,
)

TIME_CUES = re.compile(
    rf"\b(1[89]\d\d|20\d\d)\b|\b({MONTHS})\b|\b(yesterday|today|tomorrow|earlier|later|beginning of the year|"
    r"since|past few days|last (week|month|year)|next (week|month|year)|days?|weeks?|months?|years?)\b",
    re.I,
)
DURATION_CUES = re.compile(
    r"\b(\w+-day|\w+-week|\d+ (days?|weeks?|months?|years?)|(one|two|three|four|five|few) (days?|weeks?|months?|years?))\b",
    re.I,
)
NUMBER_CUES = re.compile(r"\b\d[\d,.]*\b|\b(one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion)\b", re.I)
REASON_CUES = re.compile(r"\b(because|after|due to|since|as a result|so that|to prevent|aimed at|fueled by|in order to|amid)\b", re.I)
PLACE_KINDS = r"(?:(?:regions|areas|places|countries|waters|cities)\s+(?:like|such\s+as)\s+)?"
"""'in regions like Taiwan': a kind of place before the places it names."""
PLACE_CUES = re.compile(rf"\b(in|at|to|near|while visiting|from)\s+{PLACE_KINDS}(the\s+)?(?P<place>[A-Z][a-z]+)", re.S)


_ABOUT = r"(article|story|report|piece|news item)"
_OF_IT = r"(published|dated|date|written|released|title|headline|category|section|come out|came out|posted|printed)"
ABOUT_ARTICLE = re.compile(
    rf"\b{_ABOUT}\b.{{0,40}}\b{_OF_IT}\b|\b{_OF_IT}\b.{{0,40}}\b{_ABOUT}\b|\bheadlines?\b|\bdateline\b"
    rf"|\b{_ABOUT}\s+(?:is|was)\s+from\b|^\W*(?:is|was)\s+(?:the|this)\s+{_ABOUT}\s+from\b"  # "Is the article from 2022?": when it came out
    r"|^\W*what(?:'s|\u2019s| is)\s+(?:the|its)\s+date\W*$"  # "What's the date?": the article's
    rf"|^\W*when\s+was\s+(?:it|this)\s+{_OF_IT}\W*$"  # "When was it published?": the article, nothing else is
    rf"|^\W*(?:was|is)\s+(?:it|this)\s+(?:published|dated|written|posted|printed)\b"  # "Was it published in 2018?"
    r"|^\W*(?:was|is)\s+(?:it|this)\s+(?:in|under)\s+(?:the\s+)?\w+\s+(?:section|category)\b"  # "was this in the international section?"
    r"|^\W*when\s+did\s+(?:it|this)\s+(?:come\s+out|appear|run)\W*$"  # "when did this come out"
    r"|^\W*(?:when|what\s+date)\s+is\s+(?:this|it|the\s+(?:article|story|piece|report))\s+from\W*$"  # "when is this from"
    r"|^\W*(?:what|which)\s+(?:section|category)(?:\s+is\s+(?:it|this)(?:\s+in)?)?\W*$"  # "what section?" after "when was it published?"
    r"|^\W*(?:in\s+)?(?:what|which)\s+(?:section|category)\s+(?:was|is)\s+(?:it|this)\s+(?:published|in|under|filed|from)\b"  # "In which section was this published?"
    r"|^\W*what\s+(?:year|month|day)\s+is\s+(?:it|this)(?:\s+(?:in|from))?(?:\s+(?:the|this)\s+(?:article|story))?\W*$",  # "what year is it in the article"
    re.I,
)
"""Questions about the article itself, which its headline and dateline answer."""


_MAINLY = r"(?:(?:mainly|mostly|really|basically|primarily|actually|chiefly|generally)\s+)?"
SUMMARY = re.compile(
    rf"\bwhat(?:'s|\u2019s| is| was)\s+(?:this|the)\s+(?:article|story|piece|report|news(?: item)?)\s+{_MAINLY}(?:about|on)\b"
    rf"|^\W*what(?:'s|\u2019s| is)\s+(?:this|it)\s+(?:all\s+)?{_MAINLY}about\W*$"
    r"|^\W*what(?:'s|\u2019s| is)\s+the\s+(?:news|story)(?:\s+here)?\W*$"
    r"|^\W*what(?:'s|\u2019s| is)\s+in\s+(?:this|the)\s+(?:article|story|piece|report)\W*$"  # "What is in this article?"
    r"|^\W*what(?:\s+happen(?:ed|s)|(?:'s|\u2019s|\s+is)\s+(?:happening|going\s+on))"
    r"(?:\s+here|\s+in\s+(?:this|the)\s+(?:article|story|piece|report|news))\W*$"  # "what happened in this article"
    r"|^\W*what\s+does\s+(?:this|the)\s+(?:article|story|piece|report)\s+(?:cover|discuss|talk about|describe|deal with)\W*$"
    r"|\bsummar(?:y|ise|ize)\b|\bgist\b|\btl;?dr\b|\bmain (?:point|idea|takeaway|news|story|message)s?\b|\bin a nutshell\b|\boverview\b"
    r"|^\W*(?:(?:can|could) you\s+|please\s+)?sum (?:(?:it|this|that|the (?:article|story)) up|up (?:the|this) (?:article|story))"
    r"(?:\s+(?:in\s+[\w\s-]{1,30}|briefly|quickly|for me))?\W*$"  # "Can you sum up the article in a sentence or two?"
    r"|^\W*(?:so,?\s+)?(?:in (?:one|a) (?:sentence|few words|word),?\s+)?what(?:'s|\u2019s| is)? (?:happened|happening|going on)\W*$",
    re.I,
)
_SUMMARY_WORDS = frozenset(
    "summary summarize summarise gist tl dr tl;dr main point points idea ideas takeaway takeaways nutshell give "
    "article story piece report news item whole briefly short quick what's happened happening going sentence "
    "words word overview here mainly mostly really basically primarily actually chiefly generally sum up message "
    "cover discuss talk describe deal sentences line lines one-line one two three few brief".split()
)


def asks_for_summary(question: str) -> bool:
    """What the whole article says (its headline and lead answer it), not "summarise what X said"."""
    from assistant.text import content_words

    said = re.sub(r"\b(article|story|piece|report)['\u2019]s\b", r"\1", question, flags=re.I)  # "the article's main point"
    return bool(SUMMARY.search(question)) and not set(content_words(said)) - _SUMMARY_WORDS


WHO_IS_NAME = re.compile(
    r"^\s*(?:(?i:remind me|tell me|so|and|but|ok|okay|sorry),?\s+)?(?i:who)\s+(?:(?i:is|was)\s+)?"
    r"(?P<name>[A-Z][\w\u2019'-]*(?:\s+[A-Z][\w\u2019'-]*)*)(?:\s+(?i:is|was))?(?:,?\s+(?i:again|exactly|anyway))?\s*\??\s*$"
)
"""'Who is Antony Blinken?' asks what the article says he is, not for another name ("who is blinken
again", "remind me who Blinken is")."""
ROLE_OF_NAME = re.compile(
    rf"^\s*(?i:what)(?:['\u2019]s|\s+(?i:is|was))\s+(?P<name>{NAME_RUN})['\u2019]s?\s+(?i:job(?:\s+title)?|title|position|role|office|post)\s*\??\s*$"
    rf"|^\s*(?i:what|which)\s+(?i:job|title|position|role|office|post)\s+(?i:does|did)\s+(?P<holder>{NAME_RUN})\s+(?i:hold|have)\s*\??\s*$"
)
""""What is Antony Blinken's job?", "What office does Blinken hold?": the same as 'Who is Blinken?'."""


def asked_person(question: str) -> str | None:
    """The name a 'who is' or 'what is their job' question asks about."""
    if m := WHO_IS_NAME.match(question):
        return m.group("name")
    if m := ROLE_OF_NAME.match(question):
        return re.sub(r"['\u2019]s?$", "", m.group("name") or m.group("holder"))
    return None


_HOW_MANY = re.compile(r"\bhow (?:many|much)\s+(?P<thing>[a-z]+(?:\s+[a-z]+)?)", re.I)
_NUMBER_WORDS = r"\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?|several|a few|no"
"""A count, or none: "How much progress was made?" is answered by "no immediate progress"."""


def counts_asked_thing(question: str, sentence: str) -> bool:
    """'How many days ...' is answered by 'two-day' or '3 days', not by any number in sight."""
    from assistant.text import stem

    m = _HOW_MANY.search(question)
    if not m:
        return bool(NUMBER_CUES.search(sentence))
    things = {stem(w) for w in m.group("thing").split()}
    for n in re.finditer(rf"\b(?:{_NUMBER_WORDS})[\s-]+(?P<next>[a-z]+(?:[\s-]+[a-z]+)?)", sentence, re.I):
        if things & {stem(w) for w in re.split(r"[\s-]+", n.group("next"))}:
            return True
    return False


_WHAT_NOUN = re.compile(  # "what *data* did it collect?": the noun after "what", before the question's verb
    r"\bwhat\s+(?P<np>(?!(?:kind|sort|type|is|was|are|were|did|does|do|has|have|had|will|would|can|could|else)\b)[a-z]+(?:\s+[a-z]+)?)"
    r"(?=\s+(?:did|does|do|is|was|are|were|has|have|had|will|would|can|could)\b)",
    re.I,
)
_FOCUS = [
    re.compile(r"\bwho\s+(?:is|was|are|were)\s+(?P<np>[^?.,;]+)", re.I),
    re.compile(r"\bname\s+of\s+(?P<np>[^?.,;]+)", re.I),
    re.compile(r"\bwhich\s+(?P<np>[^?.,;]+)", re.I),
    re.compile(r"\bwhat\s+(?:is|was|are|were)\s+(?:the|a|an)\s+(?P<np>[^?.,;]+)", re.I),
    re.compile(r"\bhow\s+(?:many|much)\s+(?P<np>[^?.,;]+)", re.I),
    re.compile(r"\bwhat\s+(?:kind|sort|type)\s+of\s+(?P<np>[^?.,;]+)", re.I),
    _WHAT_NOUN,
]
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "of"}
_LIGHT_NOUNS = {
    "source", "sources", "cause", "causes", "reason", "reasons", "result", "results", "effect", "effects",
    "consequence", "consequences", "example", "examples", "type", "types", "form", "forms", "nature",
    "role", "aspect", "aspects", "detail", "details", "part", "parts", "level", "state", "subject", "topic",
    "outcome", "outcomes", "purpose", "aim", "goal", "point",
}
"""Nouns that only point at the next one: the focus of "the sources of tension" is "tension"."""


def _inflected_verb(word: str) -> bool:
    """"held", "lacked", "causing": a verb form that is no noun, so no part of the thing asked about."""
    from assistant.lexicon import lemmas

    readings = lemmas(word)
    return "VERB" in readings and "NOUN" not in readings and word not in readings["VERB"]


def _plural(word: str) -> bool:
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _verb_reading(word: str) -> bool:
    """"cause", "fuel": a word that may be a verb in its base form (after a plural noun, the verb)."""
    from assistant.lexicon import lemmas

    return word in lemmas(word).get("VERB", ())


_GENERIC = frozenset(
    "thing things problem problems issue issues challenge challenges point points matter matters stuff way ways step steps "
    "aspect aspects factor factors topic topics subject subjects concern concerns".split()
)
"""A reader's word for anything at all ("what three *things* did Xi say ...?"): no thing the article must name."""


def _nominal(word: str) -> bool:
    from assistant.lexicon import lemmas

    readings = lemmas(word)
    return not readings or "NOUN" in readings or "ADJ" in readings


def focus_words(question: str) -> list[str]:
    """The thing a question asks about ("who is Blinken's *wife*", "which *city*"): if the article
    never mentions it, no sentence of the article answers, however close the rest of the question is."""
    from assistant.text import STOPWORDS

    found: list[str] = []
    for pattern in _FOCUS:
        for m in pattern.finditer(question):
            phrase: list[str] = []
            for w in re.findall(r"[\w\u2019'-]+", m.group("np")):
                lw = w.lower()
                if lw in _DETERMINERS and not phrase:
                    continue
                if lw in ("of", "for", "behind") and len(phrase) == 1 and phrase[0] in _LIGHT_NOUNS:
                    phrase = []
                    continue
                if lw in STOPWORDS or (phrase and _inflected_verb(lw)):  # "which officials *held* talks": the noun ends
                    break
                if phrase and _plural(phrase[-1]) and _verb_reading(lw):  # "which issues *cause* tensions"
                    break
                phrase.append(lw)
                if len(phrase) == 3:
                    break
            if pattern is _WHAT_NOUN:  # "what data did it collect?": not "what three things", "what economic problems"
                phrase = [w for w in phrase if not NUMBER_CUES.fullmatch(w) and _nominal(w)]  # not "exactly"
                phrase = [] if not phrase or phrase[-1] in _GENERIC | _LIGHT_NOUNS else phrase
            found += [w for w in phrase if w not in found]
    return found


def hides_instructions(question: str) -> bool:
    """Questions that try to steer the assistant rather than ask about the article."""
    return bool(_INJECTION.search(question))


SMALL_TALK = re.compile(
    r"^\W*(?:(?P<greeting>hi|hello|hey|hiya|good (?:morning|afternoon|evening)|greetings)"
    r"|(?P<thanks>thanks?(?: you)?(?: (?:so|very) much)?|thank you|cheers|great|ok(?:ay)?|cool|got it)"
    r"|(?P<help>help|what can you do|what do you do|who are you|what are you|how does this work|"
    r"what is this|how do i use (?:this|you)|what can i ask(?: you)?))"
    r"(?: there)?\W*$",
    re.I,
)
"""A message to the assistant rather than a question about the article: it gets a short reply
that says what the assistant does, not a quote."""


_GREETING_PREFIX = re.compile(r"^\W*(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening))(?: there)?\s*[,!.:;-]+\s*(?=\S)", re.I)


_QUESTION_WORD = (r"(?i:who|whom|whose|what|which|where|when|why|how|"
                  r"(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should)(?:n['\u2019]?t)?|can['\u2019]?t|won['\u2019]?t)\b")
"""A word a question opens with: a wh-word or an auxiliary ("didn't" too: "but didn't Blinken say ...?")."""
_LEAD_IN = re.compile(rf"^\W*(?:[A-Za-z']+\s+){{1,3}}[A-Za-z']+\s*:\s+(?={_QUESTION_WORD})")
"""'For my homework: did Xi meet Blinken?': a few words and a colon before the question itself."""


LEADING_AUXILIARY = re.compile(  # a yes/no question opens with one
    r"^\s*(?P<aux>is|are|was|were|did|does|do|has|have|had|can|could|will|would|should)(?:n['\u2019]?t)?\b\s*", re.I
)
_ASKING = rf"(?={_QUESTION_WORD})"
_DISCOURSE = re.compile(
    r"^\W*(?:(?:hi|hello|hey)\s+)?(?:(?:so|and|but|oh|ok(?:ay)?|well|wait|right|also|then|hmm+|quick question|one more (?:thing|question))"
    rf"\s*[,:;-]?\s+)+{_ASKING}",
    re.I,
)
"""'So did Blinken meet Xi?', 'hey quick question, was the trip postponed?': a word that only opens the turn."""


_CONFIRM_OPENER = re.compile(
    r"^\W*(?:(?:(?:so|ok(?:ay)?|and|wait)\s*,?\s+)+(?:(?:just\s+)?to\s+confirm|just\s+checking)?|(?:just\s+)?to\s+confirm|just\s+checking"
    r"|am\s+i\s+right\s+(?:that|in\s+thinking\s+that)|did\s+i\s+(?:get|understand)\s+(?:this|it|that)\s+right"
    r"|have\s+i\s+got\s+(?:this|it)\s+right)\s*[,:;-]*\s*(?:that\s+)?",
    re.I,
)
_CONFIRM_TAIL = re.compile(
    r",?\s*(?:right|correct|yes|yeah|true|is\s+that\s+(?:right|correct|true)|am\s+i\s+right"
    r"|(?<=,)\s*(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could)(?:n['\u2019]?t)?\s+(?:it|he|she|they|there|we|you|i)"
    # typed fast, a negative tag needs no comma: "the balloon was shot down wasnt it"
    r"|(?<=\s)(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could)n['\u2019]?t\s+(?:it|he|she|they|there|we|you|i))"
    r"\s*\??\s*$",  # "The visit lasted three days, didn't it?"
    re.I,
)


def as_confirmation(question: str) -> str:
    """"so blinken was the first secretary of state since 2016, right?" asks whether that is so:
    the statement, as "Is it true that ...?", which the yes/no form reads. Only where a statement
    is marked as one to confirm (an opener like "am I right that" or a tail like ", right?") and is
    no question already ("so did he ...?", "so where ...?")."""
    from assistant.verifier import has_predicate

    if (bare := _BARE_MENTION.match(question)) is not None and not _ASKS.match(question) and not _WH_WORD.search(question):
        return f"Is {bare.group('what')} mentioned?"  # "Taiwan mentioned?"
    opener = _CONFIRM_OPENER.match(question)
    asked = question.rstrip().endswith("?")
    opened = (opener is not None and opener.end() > 0 and bool(
        re.search(r"right|confirm|checking", opener.group(0), re.I)
        or (re.search(r"\b(?:so|wait)\b", opener.group(0), re.I) and asked))) or (asked and _states(question))  # "So the visit lasted two days?"
    body, tagged = question[opener.end() if opener else 0 :], False
    while (tail := _CONFIRM_TAIL.search(body)) is not None:  # "..., right, right?"
        body, tagged = body[: tail.start()], True
    body = body.strip(" ,;:-?")
    if not (opened or tagged) or not body:
        return question
    if _ASKS.match(body):
        return f"{body}?" if tagged else question  # "Did Xi meet Blinken, right?": the question without its tag
    body = _CONTRACTED_IS.sub(r"\1 is ", body)  # "so blinken's the first one since 2015?"
    if len(words(body)) < 3 or not has_predicate(body):
        return question  # "biden in China, right?" states nothing a verdict could rest on
    return f"Is it true that {body}?"


_CONTRACTED_IS = re.compile(r"^(\w+)['\u2019]s\s+(?=(?:the|a|an|not|no|just|only|also|still|really)\b)", re.I)
"""A name's "'s" before an article is "is", not a possessive: "blinken's the first"."""

_BARE_MENTION = re.compile(r"^\W*(?P<what>\w[\w\s'\u2019-]{0,40}?)\s+(?:mentioned|named|brought up|discussed)\s*\?+\s*$", re.I)


def _states(question: str) -> bool:
    """"the balloon got shot down?": a statement asked with a question mark, opening with who or
    what it is about (not "tell me about the balloon?")."""
    from assistant.lexicon import lexicon, lemmas

    if _INVERTED_CLAUSE.search(question) or _WH_WORD.search(question):  # "According to the article, was ...?", "In which ...?"
        return False
    first = (words(question) or [""])[0]
    low = first.lower()
    if low in _STATEMENT_OPENERS:
        return True
    named = (first[:1].isupper() and low not in STOPWORDS) or (low.isalpha() and not lexicon().known(low))  # "Blinken met Xi?"
    return named and low not in lemmas(low).get("VERB", ())


_WH_WORD = re.compile(r"\b(?:who|whom|whose|what|which|where|when|why|how)\b", re.I)
_INVERTED_CLAUSE = re.compile(rf"[,;:\u2013\u2014-]\s*{_QUESTION_WORD}", re.I)
_STATEMENT_OPENERS = frozenset("the a an this that these those he she they it both".split())


_ASKS = re.compile(rf"{_QUESTION_WORD}|(?i:(?:is|are|was|were|do|does|did|has|have|had|can|could|would|should)n['\u2019]?t)\b")


_CORRECTION = re.compile(
    r"^\W*(?:no|nope|sorry|oops)\s*[,.!-]*\s*(?:I\s+)?(?:meant|mean)\s+(?P<what>[^,;:?]{2,40}?)\s*[,;:-]+\s*(?P<asked>\w.*)$", re.I
)
_STAND_IN = re.compile(r"\b(?:it|that|this|he|she|they)\b", re.I)


_NAMED_FIRST = re.compile(r"^\W*(?:and|what about|how about)\s+(?P<what>[^,;:?]{2,40}?)\s*\?+\s*(?P<asked>\w.*)$", re.I)
""""and blinken? did he agree on that?": the one asked about, then the question about them."""
_HE_OR_SHE = re.compile(r"\b(?:he|she)\b", re.I)


def as_corrected(question: str) -> str:
    """"no, I meant the trip, when was that originally planned" asks "when was the trip originally
    planned": the correction names what the question's "that" stands for; so does "and blinken?"
    before "did he agree on that?"."""
    m = _CORRECTION.match(question) or _NAMED_FIRST.match(question)
    if m is None or (m.re is _NAMED_FIRST and not _HE_OR_SHE.search(m.group("asked"))):
        return question
    asked = m.group("asked")
    stand_in = _STAND_IN if m.re is _CORRECTION else _HE_OR_SHE
    return stand_in.sub(m.group("what").strip(), asked, count=1) if stand_in.search(asked) else asked


def without_greeting(question: str) -> str:
    """"Hello, who met Xi?" is the question "who met Xi?"; so is "Quick question: who met Xi?" and
    "So did Blinken meet Xi?"."""
    question = _LEAD_IN.sub("", _GREETING_PREFIX.sub("", as_corrected(question), count=1), count=1)
    return as_confirmation(_DISCOURSE.sub("", question, count=1))


_SOURCE = r"(?:the|this) (?:article|piece|story|report|text|news)"
_QUALIFIER = re.compile(
    rf"^\s*(?:according to|per|based on|in) {_SOURCE}\s*,?\s*(?=\S)"
    rf"|,?\s+(?:(?:mentioned|named|quoted|cited)\s+)?(?:according to|per|based on|in|from) {_SOURCE}(?=\s*[?.!]*\s*$)",
    re.I,
)
_MENTIONED = re.compile(
    r"^(?=\W*(?:who|which|what)\b)(?P<asked>.*?\w)\s+(?:(?:is|was|are|were|being)\s+)?(?:mentioned|named|quoted|cited|referred to)"
    r"(?:\s+(?:here|there|above))?\s*[?.!]*\s*$",
    re.I,
)
""""who is the US president mentioned", "which US president is named here?": every answer is what
the article mentions. Not in a yes/no question: "Are any technologies named?" asks whether they are."""


_ATTRIBUTED = re.compile(
    rf"^\W*according to (?P<who>(?!(?:the|this)\b)[\w.\u2019'-]+(?:\s+(?!{_QUESTION_WORD})[\w.\u2019'-]+){{0,2}})\s*,?\s*(?P<asked>{_QUESTION_WORD}.*)$"
    rf"|^(?P<asked2>{_QUESTION_WORD}.*?),?\s+according to (?P<who2>(?!(?:the|this)\b)[\w.\u2019'-]+(?:\s+[\w.\u2019'-]+){{0,2}})\s*[?.!]*\s*$",
    re.I,
)


def as_reported(question: str) -> str:
    """"According to Blinken, does the US want to decouple?" asks what Blinken said: "Did Blinken
    say that the US want to decouple?". A wh-question is asked without the attribution."""
    from assistant.forms import statement

    m = _ATTRIBUTED.match(question)
    if m is None:
        return question
    who, asked = m.group("who") or m.group("who2"), (m.group("asked") or m.group("asked2")).strip()
    if not LEADING_AUXILIARY.match(asked):
        return asked if asked.endswith("?") else f"{asked}?"
    return f"Did {who} say that {statement(asked)}?"


_DESCRIBED_AS = re.compile(
    r"^(?P<aux>\W*(?:is|are|was|were)\s+)(?P<what>(?:(?!\b(?:not|never)\b)[^?,;])+?)\s+"
    r"(?:identified|described|referred\s+to|called|named|labell?ed|characteri[sz]ed|portrayed|presented|introduced|listed)\s+as\s+(?=\S)",
    re.I,
)
""""Is Blinken identified as the US Secretary of Defense?" asks "Is Blinken the US Secretary of
Defense?": whatever the article calls him is what it says he is (it was declined)."""


def without_qualifier(question: str) -> str:
    """"Who is China's president according to the article?" asks "Who is China's president?": every
    answer comes from the article. Kept when little else is left ("What is in this article?")."""
    stripped = _MENTIONED.sub(r"\g<asked>", _QUALIFIER.sub("", as_reported(question))).strip()
    stripped = _DESCRIBED_AS.sub(r"\g<aux>\g<what> ", stripped, count=1)
    return stripped if len(content_words(stripped)) >= 2 or len(words(stripped)) >= 3 else question


def _inflected(verb: str, ending: str) -> str:
    """An e-final verb in the form a typed ending asks for: ("postpone", "ed") -> "postponed",
    ("raise", "ing") -> "raising", ("postpone", "es") -> "postpones"."""
    ending = ending.lower()
    if not ending:
        return verb
    return f"{verb}s" if ending in ("s", "es") else verb[:-1] + ending
_BASE_VERBS = {"met": "meet", "saw": "see", "visited": "visit", "praised": "praise", "talked to": "talk to",
               "spoke with": "speak with", "spoke to": "speak to"}
_COMPARATIVE_VERBS = {"worse": ("worsen", "worsens", "worsening", "worsened"), "better": ("improve", "improves", "improving", "improved")}
_TENSE = {
    **dict.fromkeys("get grow become".split(), 0), **dict.fromkeys("gets grows becomes".split(), 1),
    **dict.fromkeys("getting growing becoming".split(), 2), **dict.fromkeys("got gotten grew grown became".split(), 3),
}
"""'getting worse' is 'worsening': the one verb news would use, in the same form."""


def _as_asked(m: re.Match[str]) -> str:
    """The embedded question put back in question order: "what China's stance is" -> "what is
    China's stance?"."""
    rest = m.group("rest")
    if copula := re.search(r"\s+(is|are|was|were)$", rest, re.I):
        rest = f"{copula.group(1)} {rest[: copula.start()]}"
    return f"{m.group('wh')} {rest}?"


IDIOMS: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    # "When was the trip supposed to happen?" asks when it was scheduled
    (re.compile(r"\b(?:supposed|meant|due|slated|set|planned) to (?:happen|take place|occur|go ahead|be held)\b", re.I), "scheduled"),
    # "When was the trip first scheduled?": "first" is "originally" here, no count
    (re.compile(r"\bfirst\s+(?=(?:scheduled|planned|supposed|set|meant|due|slated|announced)\b)", re.I), "originally "),
    # "How long did the visit last?" asks how long the visit was
    (re.compile(r"^(\s*how (?:long|many (?:days|hours|weeks))) did (.+?) (?:last|take|go on)(?=\W*$)", re.I), r"\1 was \2"),
    # "Was it Xi or Blinken who admitted ...?" asks who admitted it
    (re.compile(r"^\s*(?:[Ww]as|[Ii]s|[Ww]ere) it (?:the )?[A-Z][\w\u2019'-]*(?: [A-Z][\w\u2019'-]*)* or (?:the )?"
                r"[A-Z][\w\u2019'-]*(?: [A-Z][\w\u2019'-]*)* (?:who|that) "), "Who "),
    # "Was it Xi who highlighted ...?" asks whether Xi highlighted it
    (re.compile(r"^\s*(?i:was|is|were) it (?!(?i:true|false|the case|correct|right|wrong|possible|likely|clear|so|not|really|actually)\b)"
                r"((?i:the )?[\w\u2019'-]+(?: [A-Z][\w\u2019'-]*)*)(?:,? (?i:rather than) [^,]+?,?)? (?i:who|that) (?=[a-z]+\b)(?![a-z]+ (?:that|it|this|so)\W*$)"),
     r"Is it true that it was \1 that "),  # the cleft kept: it says X and no one else
    # "Why did the visit get pushed back?" asks why it was postponed
    (re.compile(r"\b(?:get|got|gets|getting|was|were|be|been|being)\s+(?:pushed|put)\s+(?:back|off)\b", re.I), "was postponed"),
    (re.compile(r"\bpush(ed|es|ing)?\s+back\b", re.I), lambda m: _inflected("postpone", m.group(1) or "")),
    # "Does the article say what China's stance is?" asks what it is: no yes/no verdict on the saying
    (re.compile(r"^\s*(?:does|did|do)\s+(?:the|this)\s+(?:article|story|piece|report|text)\s+"
                r"(?:say|mention|tell(?:\s+us|\s+me)?|explain|state|specify|reveal|note)\s+"
                r"(?P<wh>what|who|whom|where|when|why|how(?:\s+(?:long|many|much))?|which(?:\s+\w+)?)\s+(?P<rest>.+?)\s*[?.!]*\s*$", re.I),
     _as_asked),
    # "Xi said China isn't out to replace the US": it does not seek to
    (re.compile(r"\b(is|are|was|were)(n['\u2019]?t| not)? out to\b", re.I), r"\1\2 seeking to"),
    # "What is driving the frictions?": the article's word is "tensions"
    (re.compile(r"\bfrictions?\b", re.I), "tensions"),
    # "Which issues cause tensions?": the article's tensions are "fueled"
    (re.compile(r"\b(?:caus|driv)(e|es|ed|en|ing)\b(?=\s+(?:the\s+|these\s+|such\s+)?(?:tensions?|strains?)\b)", re.I),
     lambda m: {"e": "fuel", "es": "fuels", "ed": "fueled", "en": "fueled", "ing": "fueling"}[m.group(1).lower()]),
    # "Are ties getting worse?": the article's word is "relations" (but for its headline's "China-US ties")
    (re.compile(r"^(?!.*\b(?:headline|title)s?\b)(.*?)(?<!-US )(?<!-us )(?<!-China )(?<!-china )\bties\b", re.I), r"\1relations"),
    # "Is the relationship getting worse?": it is worsening (the article: "deteriorating")
    (re.compile(r"\b(get|gets|getting|got|gotten|grow|grows|growing|grew|grown|become|becomes|becoming|became)\s+(worse|better)\b(?!\s+or\b)", re.I),
     lambda m: _COMPARATIVE_VERBS[m.group(2).lower()][_TENSE[m.group(1).lower()]]),
    # "Why the delay?": the noun, not "Why the postpone?"
    (re.compile(r"\b(the|a|this|that|its|his|their|any)\s+delay(s)?\b", re.I), lambda m: f"{m.group(1)} postponement{m.group(2) or ''}"),
    # "Why was the visit delayed?": the article's word is "postponed"
    (re.compile(r"\bdelay(ed|s|ing)?\b", re.I), lambda m: _inflected("postpone", m.group(1) or "")),
    # "Which war is mentioned?": the article names an invasion
    (re.compile(r"\b(which|what) wars?\b", re.I), r"\1 invasion"),
    # "What did Washington complain about?": it "raised issues" and "concerns"
    (re.compile(r"\bcomplain(|ed|s|ing)\s+(?:about|of|over)\b", re.I), lambda m: f"{_inflected('raise', m.group(1))} concerns about"),
    # "What worries the US about China?": the article's word for worries is "concerns"
    (re.compile(r"\bworr(?:y|ies)\b", re.I), "concerns"),
    (re.compile(r"\bworried\b", re.I), "concerned"),  # "Is the US worried?": concerned, not "concerns"
    # "Did the two sides hammer out any deals?": the article's "agreements reached"
    (re.compile(r"\b(?:hammer(?:ed|s|ing)?\s+out|str(?:ike|uck|ikes|iking)|clinch(?:ed|es|ing)?|seal(?:ed|s|ing)?|reach(?:ed|es|ing)?|ma(?:ke|de|kes|king))"
                r"\s+(any|a|some|the|no)?\s*deals?\b", re.I),
     lambda m: f"reach {m.group(1) + ' ' if m.group(1) and m.group(1).lower() != 'a' else ''}agreements"),
    # "what's the deal with the balloon?" asks what the article says about it
    (re.compile(r"^\s*what(?:['\u2019]?s| is| was)\s+the\s+(?:deal|story|situation|thing|lowdown)\s+(?:with|about|on)\s+", re.I),
     "What does the article say about "),
    # "who's the guy blinken met" asks whom Blinken met
    (re.compile(r"^\s*who(?:['\u2019]?s| is| was)\s+the\s+(?:guy|man|person|one|fellow|dude|official|leader)\s+(?:that\s+|who(?:m)?\s+)?"
                r"(?P<who>(?!(?:that|who|whom)\b)[\w-]+)\s+(?P<verb>met|saw|visited|praised|talked to|spoke (?:with|to))\b", re.I),
     lambda m: f"who did {m.group('who')} {_BASE_VERBS[m.group('verb').lower()]}"),
    # "What was the effect on Blinken's trip?" asks what happened to it
    (re.compile(r"^\s*what\s+(?:was|were|is|has been)\s+the\s+(?:effects?|impacts?|consequences?|results?)\s+on\s+", re.I),
     "What happened to "),
    # "US-China ties": the article writes "China-US"
    (re.compile(r"\b(?:US|U\.S\.|America|American)\s?[-\u2013]\s?(?:China|Chinese)\b", re.I), "China-US"),
    # "What was needed to keep competition from turning into conflict?": to prevent it from escalating
    (re.compile(r"\bkeep(s|ing)?\s+((?:[\w-]+\s+){1,4}?)from\s+(?:turning|becoming|growing|spiral+ing|escalating)\s+into\b", re.I),
     lambda m: f"prevent{m.group(1) or ''} {m.group(2)}from escalating into"),
    # "Why is the US holding back some technologies?" asks why it withholds them
    (re.compile(r"\bhold(s|ing)? back\b", re.I), r"withhold\1"),
    (re.compile(r"\bheld back\b", re.I), "withheld"),
    # "Does China want to take America's place?": to replace it
    (re.compile(r"\btak(e|es|ing)\s+(?:over\s+)?(?:the\s+)?place\s+of\s+", re.I), lambda m: _inflected("replace", "" if m.group(1) == "e" else m.group(1)) + " "),
    (re.compile(r"\btak(e|es|ing)\s+(?:over\s+)?([A-Z][\w-]*)['\u2019]s\s+place\b"), lambda m: f"{_inflected('replace', '' if m.group(1) == 'e' else m.group(1))} {m.group(2)}"),
    # "Why is the US keeping some technologies away from China?" asks why it withholds them
    (re.compile(r"\b(?i:keep)(s|ing)?\s+((?:[a-z]\w*\s+){1,4}?)(?i:away\s+from)\b"), r"withhold\1 \2from"),  # not "keep China away from"
    # "Is the US trying to cut its economy off from China?": to decouple from it
    (re.compile(r"\bcut(s|ting)?\s+((?:its|their|our)\s+(?:\w+\s+)?)?off\s+from\b", re.I),
     lambda m: f"{ {'': 'decouple', 's': 'decouples', 'ting': 'decoupling'}[(m.group(1) or '').lower()]} {m.group(2) or ''}from"),
    # "What point did Blinken agree with Xi on?" asks what he agreed
    (re.compile(r"^(\s*what)\s+points?\s+(?=(?:did|does|do)\b.*\b(?:agree|concur))", re.I), r"\1 "),
    # "What's Xi's full name?": the article gives it where it says who he is
    (re.compile(r"^\s*what(?:['\u2019]?s| is) ((?:the )?\w[\w-]*(?: of \w+)?)['\u2019]?s (?:full|whole|complete) name\W*$", re.I), r"Who is \1?"),
    # "why was the secretary of states trip delayed": typed without its apostrophe
    (re.compile(r"\b(secretary of) states\b(?=\s+(?!and\b|or\b)[a-z]+)", re.I), r"\1 state's"),
    # "What issues has Washington raised besides Taiwan?" asks what else it raised: the exception
    # names nothing the answer holds
    (re.compile(r"^(\s*(?:what|which|who)\b[^?]*?)\s*,?\s*\b(?:besides|apart from|aside from|other than|except(?: for)?)\s+(?:(?!(?:did|does|do|is|was|were|are|has|have|had)\b)[^?,\s]+\s*){1,5}\?*\s*$", re.I), r"\1?"),
    # "Blinken's job title?": what the article calls him
    (re.compile(r"^\W*(?!(?:what|whats|who|whos|which|where|how|tell)\b)(?!(?:the\s+)?(?:article|story|piece|report)\b)"
                r"((?:the\s+)?[\w-]+(?-i:\s+[A-Z][\w-]*)?)['\u2019]s\s+(job\s+title|title|job|role|position)\W*$", re.I),
     r"What is \1's \2?"),
    # "the Biden White House", "the Biden team": the article's "the Biden administration"
    # (as a place, "at the White House", it stays: the article places no one there)
    (re.compile(r"\b(Biden)(?:['\u2019]s)?\s+white\s+house\b", re.I), r"\1 administration"),
    (re.compile(r"^(\W*(?:what|why|how|who|which)\b[^?]*?\b(?:does|did|do|is|was|has|had)\s+the)\s+white\s+house\b(?=\s+(?!\w+ed\b)\w)", re.I),
     r"\1 administration"),
    (re.compile(r"\b(Biden)(?:['\u2019]s)?\s+(?:team|government|officials|people)\b", re.I), r"\1 administration"),
    # "What did Xi want in exchange?": the article's "In return"
    (re.compile(r"\bin exchange\b", re.I), "in return"),
    # "the fate of humankind": the article's "humanity"
    (re.compile(r"\b(?:humankind|mankind)\b", re.I), "humanity"),
    # "What was the balloon accused of?" asks what it allegedly did
    (re.compile(r"^(\s*what) (?:was|were) (.+?) (?:accused|suspected) of\s*\?*\s*$", re.I), r"\1 did \2 allegedly do?"),
    # "What have relations been like?": the article says what they are and have become
    (re.compile(r"^(\s*(?:what|how)) (?:had|have) (.+?) been\b", re.I), r"\1 were \2"),
    (re.compile(r"^(\s*(?:what|how)) has (.+?) been\b", re.I), r"\1 was \2"),
    # "Where was Biden when he commented — was he in California?": the place the article gives answers the guess too
    (re.compile(r"^(\s*where\b[^?\u2014\u2013;]*?)\s*(?:\u2014|\u2013|;|\s-|,)\s*(?:(?:was|is|were|did)\s+\w+\s+)?(?:in|at|near)\s+[^?,]+\?*\s*$", re.I), r"\1?"),
    # "Who brought it up, Xi or Blinken?": the one the article names is the answer either way
    (re.compile(r"^(\s*who\b[^?,]*?)\s*,\s*(?:\w+\s+)?\w+\s+or\s+(?:\w+\s+)?\w+\s*\?*\s*$", re.I), r"\1?"),
    # "What was the balloon accused of flying over?": the article hedges with "allegedly"
    (re.compile(r"\b(?:accused|suspected) of (?=\w+ing\b)", re.I), "allegedly "),
    # "Which hotspots did Blinken name?": the article's word is "regions"
    (re.compile(r"\b(?:hot\s?spot|flash\s?point)(s?)\b", re.I), r"region\1"),
    # "What role does Joe Biden play in this article?" asks what Biden's role is
    (re.compile(r"^\s*(?i:what role (?:does|did)) ([A-Z][\w-]*(?: [A-Z][\w-]*)*) play(?:\s+in\s+(?:this|the)\s+(?:article|story|piece|report))?\W*$"), r"What is \1's role?"),
    # "is china's economy doing ok?": news says how well it is doing
    (re.compile(r"\bdoing (?:ok|okay|alright|all right|fine)\b", re.I), "doing well"),
    # "military contacts": the article's word is "military-to-military communication"
    (re.compile(r"(?<!-)\bmilitary(?:[- ]to[- ]military)? (?:contacts?|channels?|ties|dialogue|talks)\b", re.I), "military-to-military communication"),
    # "Was the visit a step in the right direction?": the article's "a positive step"
    (re.compile(r"\ba (?:step in the right direction|step forward)\b", re.I), "a positive step"),
    # "Did Xi meet America's top diplomat?": the US's top diplomat is its secretary of state; "an
    # American top diplomat" is any of them, not the one the article names
    (re.compile(r"\ban?\s+(?:(?:US|U\.S\.|United\s+States|American)\s+(?:top|chief|leading)|(?:top|chief|leading)\s+(?:US|U\.S\.|American))\s+diplomat\b", re.I),
     "a US secretary of state"),
    (re.compile(r"\b(?:(?:the\s+)?(?:US|U\.S\.|United\s+States|American)|America['\u2019]?s|Washington['\u2019]?s)\s+(?:top|chief|leading)\s+diplomat\b", re.I),
     "the US secretary of state"),
    (re.compile(r"\b(?:the\s+)?(?:top|chief|leading)\s+(?:US|U\.S\.|American)\s+diplomat\b", re.I), "the US secretary of state"),
    # "export controls on advanced tech": the article writes "technology"
    (re.compile(r"\btech\b", re.I), "technology"),
    # "what does the biden admin want": the spelling fixer made "admin" "admit"
    (re.compile(r"\badmin\b", re.I), "administration"),
    # "who's xi?" asks who Xi is
    (re.compile(r"\b(who|where|when|how|why)['\u2019]s\b", re.I), r"\1 is"),
    (re.compile(r"^(\s*)(what|who|where|when|how)s\b(?!\s+\w+ed\b)", re.I), r"\1\2 is"),  # typed "whats blinken's job"
    # "Did he say they'd reached agreements?": contractions the article's sentences spell out
    (re.compile(r"(?<=[a-z])['\u2019]d (?=(?:\w+ed|\w+en|been|made|met|said|done|had|held|shot|told|found|kept|sent|won|lost|spent|built|brought|thought)\b)", re.I), " had "),
    (re.compile(r"(?<=[a-z])['\u2019]d\b", re.I), " would"),
    (re.compile(r"(?<=[a-z])['\u2019]ve\b", re.I), " have"),
    (re.compile(r"(?<=[a-z])['\u2019]re\b", re.I), " are"),
    (re.compile(r"(?<=[a-z])['\u2019]ll\b", re.I), " will"),
)
"""Everyday phrasings whose words match nothing in a news sentence, each with the word news uses."""


def in_plain_words(question: str) -> str:
    for pattern, plain in IDIOMS:
        question = pattern.sub(plain, question)
    return question


_FOREIGN_WORDS = frozenset(
    """el los las que qué por cómo dónde quién cuándo cuál del una y se les des du est sont pourquoi où qui quoi
    quand une und der das ist sind wie wo wer warum nicht ein eine il gli di che perché dove""".split()
)
"""Function words of Spanish, French, German and Italian that English never uses."""


def in_another_language(question: str) -> bool:
    """"¿Dónde se reunieron Xi y Blinken?": two foreign function words, or Spanish opening marks."""
    found = [w for w in re.findall(r"[^\W\d_]+", question.lower()) if w in _FOREIGN_WORDS]
    return len(found) >= 2 or bool(re.search(r"[¿¡]", question))


def small_talk(question: str) -> str | None:
    """"greeting", "thanks" or "help" for a message like "hello" or "What can you do?"."""
    m = SMALL_TALK.match(question)
    return next((k for k, v in m.groupdict().items() if v), None) if m else None


def is_text(value: str) -> bool:
    """Encodable as UTF-8: a terminal's invalid bytes arrive as lone surrogates, which are not."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def validate_question(question: object, max_chars: int) -> str:
    if not isinstance(question, str):
        raise QuestionError(f"the question must be text, not {type(question).__name__}")
    q = question.strip()
    if not is_text(q):
        raise QuestionError("the question is not valid text (it holds invalid UTF-8 or a lone surrogate): retype it")
    if not q:
        raise QuestionError("the question is empty: type a question about the article")
    if not any(ch.isalnum() for ch in q):  # "?", "()": nothing to search for, so no quote to show
        raise QuestionError("the question has no words: type a question about the article")
    if len(q) > max_chars:
        raise QuestionError(
            f"the question is {len(q)} characters long; the limit is {max_chars} (ASSISTANT_MAX_QUESTION_CHARS)"
        )
    return q

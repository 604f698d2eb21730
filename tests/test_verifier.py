"""The claim verifier: what it lets through, what it removes and why, and the shipped lexicon."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from assistant.verifier import verify
from index import SHIPPED_ARTICLE, load_article, split_article, split_sentences

PASSAGES = [p.text for p in split_article(load_article(SHIPPED_ARTICLE))]
ROOT = Path(__file__).resolve().parent.parent


def judge(claim: str):
    """Verify against the passage(s) a chat model would cite: every passage, as context too."""
    return verify(claim, PASSAGES, context=PASSAGES)


# The sentences that reached users as verified before the verifier existed (issue 10), each
# with what the article actually says.
CONTRADICTED = [
    "China is grappling with deteriorating foreign investment sentiment exacerbated by tensions with Japan.",
    "Blinken is the US Defense Secretary.",  # "US Secretary of State Antony Blinken"
    # "the US does not aim to contain China ... but rather seeks to protect national security": the
    # second act has the first one's subject (it was said by no one, and the claim got "Yes.")
    "China seeks to protect national security by withholding certain technologies.",
    "The visit was one day long.",  # "the two-day visit"
    "There was immediate progress on military-to-military communication.",  # the narrowing is the claim's too
    "Xi said they achieved nothing.",  # got "Yes.": "achieved nothing" denies the act
    "Blinken said nothing about Taiwan.",  # got "Yes.": he named Taiwan
    "The balloon was shot down after Blinken's visit to Beijing.",  # got "Yes.": the trip was postponed after it
    "Blinken denied that the US seeks to protect national security.",
    "Xi said humanity's future has nothing to do with whether China and the US get along.",  # got "Yes."
    "Blinken said the US aims to contain China.",
    "Xi said the future of humanity does not depend on whether China and the US coexist.",
    "Blinken was the first US secretary of state to visit China since 2016.",
    "Biden praised Blinken's efforts while visiting Florida.",
    "Experts note the substantive negotiations during Blinken's visit.",
    "Blinken admitted that there was immediate progress on this issue.",
    "Xi said that China seeks to challenge the United States.",
    "The balloon allegedly flew over sensitive Chinese military sites.",
    "Xi is the president of the US.",  # "Chinese President Xi Jinping"
    "Antony Blinken is China's foreign minister.",  # "US Secretary of State Antony Blinken"
    "Xi said China doesnt respect US interests.",  # a negation typed without its apostrophe
    "Blinken's trip was postponed before a Chinese spy balloon allegedly flew over US military sites.",
    "The visit lasted three days.",  # "the two-day visit": a verb that only carries a duration
    "Blinken emphasized that China would take necessary steps to safeguard its national security.",  # the US would
    # blind LLM-style claims (dev14): which side depends on which, reversed
    "Xi said that whether China and the US can coexist harmoniously depends on the future and destiny of humanity.",
    # session 14: where the quote puts the person ("while visiting California") is another place of the
    # same kind
    "Biden was in Texas when he praised Blinken.",
    "Biden praised Blinken while in Texas.",
    "Blinken said the US seeks to contain China rather than to protect its national security.",
    "The balloon was a Russian spy balloon.",  # "spy" before "balloon" describes it: no one spies (was only unsupported)
]
NOT_BACKED = [
    # session 14, each supported before (blind yes/no round 31, conversations 17): a capital as a place is
    # a city, and "in China" does not say which; the article names no expert
    "Biden praised Blinken's efforts from Beijing.",
    "Biden praised Blinken in Beijing.",
    "The article named any of the experts.",
    # session 13, each supported before: "Earlier" dates the schedule, not a visit; "Speaking at"
    # is no language; a pronoun is put in Washington by "between Beijing and Washington"; "signed"
    # is WordNet's "indicate", whose "indication" the article does not negate
    "Blinken has been to China before.",
    "Blinken visited Beijing earlier this year.",
    "he met him in Washington.",
    "Nothing was signed.",
    "Blinken speaks Mandarin.",
    "Xi spoke in Mandarin.",
    "US foreign investment sentiment is deteriorating.",  # China's is; the US is in "tensions with the US"
    "The US economy is slowing.",
    # every word a stretch of another sense ("agreements" of "arrangements", "covered" of "controls")
    "The agreements covered trade.",
    # a denial of a narrower thing: "no immediate progress on this issue", "the lack of substantive negotiations"
    "Blinken said there was no progress.",
    "Experts note there were no negotiations during Blinken's visit.",
    "The trip was postponed after a Russian spy balloon flew over US military sites.",
    "China is grappling with rapid economic growth.",
    "Xi and Blinken signed a trade agreement during the visit.",
    "Blinken said the past few days were a setback.",
    "Xi hinted at the end of any truce with Washington.",
    "Blinken will visit Beijing again next month.",
    "The trip was postponed after a Chinese spy balloon flew over sensitive US military sites.",  # drops "allegedly"
    "Blinken hinted at the possibility of a truce during a meeting with Xi.",  # roles swapped
    "Tensions with the US have been exacerbated by China's deteriorating foreign investment sentiment.",
    "The balloon was American.",
    "Blinken met Chinese students during the visit.",
    "Blinken said that progress had been made on specific issues.",  # Xi said it
    "This is an indication of the deterioration in the relationship.",  # "this" is not what the article says
    "Blinken was the first US secretary of state to visit China since 2018, during a two-day visit to California.",
    # who did what, where the sentence names someone else as the actor, or no one
    "Xi held extensive talks with Blinken.",  # talks between senior Chinese officials and Blinken
    "The US shot down the balloon.",  # "was subsequently shot down": by whom, the article does not say
    "Blinken shot down the balloon.",
    "Senior Chinese officials stated that progress had been made on specific issues.",  # Xi stated it
    "Blinken praised Biden.",
    "Biden was in Beijing.",  # "the Biden administration ... with Beijing"; Biden was visiting California
    "Xi was in Beijing.",  # "relationship between Beijing and Washington" puts no one there
    "Xi concurred with Blinken.",  # "agreements reached": by whom, the article does not say
    # offices: "President Joe Biden" has no country in the article; "leader" is no secretary of state
    "Biden is the president of China.",
    "Biden is China's president.",
    "The president of China is Biden.",
    "China's president Biden praised Blinken's efforts.",
    "Blinken is the leader of the United States.",
    "The US leader met Xi.",
    # a meeting's sides: "progress made during the meetings" names no one
    "Biden met Blinken.",
    "Biden had a meeting with Blinken.",
    "Blinken met President Joe Biden.",  # a title before the partner's name
    "Blinken said the US withholds certain technologies in order to aid China's security-focused programs.",
    "Xi hinted at the possibility of a truce while visiting Washington.",  # "between Beijing and Washington"
    "Biden praised Blinken's efforts while he was visiting Beijing.",
    "Xi said agreements were reached on all issues.",  # "on specific issues"
    "Blinken's efforts took place in California.",  # Biden was "visiting California"; the efforts were "in China"
    "Biden traveled to China with Blinken.",  # Biden was "visiting California"
    "Biden was visiting Beijing when he praised Blinken's efforts in China.",
    "Xi agreed to visit the United States.",  # "agree" and "visit" would both rest on "a meeting"
    "Beijing aims to rebuild diplomacy and communication channels to reduce the risk of miscalculation.",  # Biden's
    "Blinken was the secretary of state that visited China in 2018.",  # "the first ... since 2018"
    "Joe Blinken was the first US secretary of state to visit China since 2018.",  # Joe is Biden's name
    "Xi was the first to visit China since 2018.",  # "Blinken, the first US secretary of state to visit"
    "Antony Jinping met Xi.",  # a given name is backed only beside its own family name
    "Blinken is Chinese.",  # "US Secretary of State Antony Blinken": a nationality is said like an office
    "Biden visited China.",  # "Biden, while visiting California, praised Blinken's efforts in China"
    "Xi met Blinken in Washington.",  # "between Beijing and Washington" puts no meeting there
    "Xi will visit the US.",
    "Xi said that.",  # "that" stands for something the claim does not name
    "Blinken agreed with it.",
    # a paraphrased verb must act on the claim's object: "mitigate" acts on the risk, not the channels
    "The Biden administration wants to reduce communication channels with Beijing.",
    "The Biden administration aims to lower diplomacy with Beijing.",
    # an act the article says only as an adjective of something else: "better lines of communication"
    "The relationship has improved.",
    "Relations improved.",
    "Confidence in the progress was expressed in China.",  # "Blinken's efforts in China": the efforts' place
    "Blinken's trip to Beijing is still postponed.",  # got "Yes.": it was postponed, and then made
    "Beijing denied that the balloon was a spy balloon.",  # a denial is someone's statement; none is reported
    "Blinken met Chinese business leaders on the trip.",  # got "Yes.": WordNet's presidency is a business
    "Beijing owned up to the balloon being a spy craft.",  # got "Yes.": "own up" is to admit, not a function word
    "Biden was with Blinken in Beijing.",  # got "Yes.": a sentence naming both puts neither with the other
    "Three agreements were reached during the visit.",
    # got "Yes." (every person asked to act on every other): a judging verb is no kind of comment,
    # one country is not "both countries", an act is no thing acted on, and whom Xi assured ends at "of"
    "Blinken criticized the US.",
    "Blinken assured China.",  # WordNet's assurance is a kind of security ("to protect national security")
    "Xi assured China.",  # "assured Blinken of China's respect"
    "China respected Blinken.",  # "China's respect for US interests": not Blinken, nor against him
    "Biden met China.",  # "praised Blinken's efforts in China ... during the meetings": no side is named
    "Xi met China.",  # his own country, matched by "the first US secretary of state to visit China"
    # Blinken said it; Xi "emphasized" another thing in another sentence: a speaker after the words,
    # or before them with a speech verb other than "said", stays with them (they had been supported)
    "The US does not aim to contain China, Xi stressed.",
    "The US does not aim to contain China, Xi said.",
    "Xi stressed: The US does not aim to contain China.",
    # what Biden said joined with what Xi "further stated" (a grid of every speaker, speech verb and statement)
    "Biden said that progress had been made and agreements reached on specific issues.",
    # "before" had aligned to the "Earlier" of "Earlier scheduled ..., the trip was postponed", which
    # orders nothing the claim says: "Did Blinken visit Beijing before his trip was postponed?" got "Yes."
    "Blinken visited Beijing before his trip was postponed.",
    # a joint subject: each must act ("Did Xi and Blinken both hint at a truce?" and ten more got "Yes.")
    "Xi and Blinken both hinted at the possibility of a truce.",
    "Both Blinken and Biden praised Blinken's efforts in China.",
    "Xi and Blinken both spoke at the Great Hall of the People.",
    "Xi and Blinken both said progress had been made.",
    "Blinken, speaking at the Great Hall of the People, said the future of humanity depends on whether "
    "China and the US can coexist harmoniously.",  # Xi said it: the speaker is the one before the aside  # got "No.": the "two" of "two-day visit" counts days
    # session 12: a time the article gives only to a plan ("Earlier scheduled for the beginning of the
    # year ..., the trip was postponed"): "Did Blinken visit Beijing at the beginning of the year?" got "Yes."
    "Blinken visited Beijing at the beginning of the year.",
    "Blinken landed in Beijing at the beginning of the year.",
    "The balloon was shot down at the beginning of the year.",
    # "another" must be the quote's: "did they agree to another meeting" got "Yes." (blind conversations 14)
    "They agreed to another meeting.",
    # the exchange the wrong way round (dev13): China's assurance came first, "In return" the call on the US
    "In return for the US respecting China's legitimate rights and interests, Xi assured Blinken that China did not "
    "seek to challenge or replace the United States.",
]
FAITHFUL = [
    # a reduced passive with its agent, as the article has it: was "'exacerbated' is by tensions, not by sentiment"
    "China is grappling with economic slowdown and deteriorating foreign investment sentiment exacerbated by tensions with the US.",
    "The Chinese spy balloon is said to have flown over sensitive US military sites.",  # "allegedly", as a hedge
    "The visit lasted two days.",
    # session 14: the article's own verb wraps a name it gives; "now" is the article's present
    "The article names Blinken as the US secretary of state.",
    "China is currently grappling with an economic slowdown.",
    "Xi's comments point to Beijing's willingness to consider stabilizing relations.",  # the capital for its government
    # blind claims dev20: "rather than" denies what follows, as "not" does (it was read as saying it)
    "Blinken said the US seeks to protect its national security rather than to contain China.",
    "Rather than seeking to contain China, the US withholds certain technologies to protect its national security, Blinken said.",
    # blind claims dev17: "to prevent conflict" denied "serves"; "neither ... nor" was no negation
    "Blinken said establishing better communication to prevent conflict serves the interests of both countries and the world.",
    "Blinken said the US is neither seeking to contain China nor to decouple from its economy.",
    # readers' words (session 13): a passive with "got", "eventually", a report verb, "some kind of", "last"
    "The trip got postponed.",
    "The balloon was eventually shot down.",
    "Blinken insisted that the US does not aim to contain China.",
    "Xi hinted at some kind of truce.",
    "Blinken called the last few days a positive step.",
    "China's economy is slowing down.",  # "China ... is grappling with economic slowdown"
    "Blinken said the US would take necessary steps to safeguard its national security, while insisting it doesn't "
    "aim to decouple from China's economy.",  # "it" is the US, the subject of the act before it
    "Blinken stressed that better lines of communication were needed so that competition would not escalate into conflict.",
    # got "No.": "lack" negated the noun phrase's own verb ("who said what", every speaker asked of every statement)
    "Experts said the lack of substantive negotiations indicates a deterioration in the relationship.",
    # the wrapping a chat model puts around a fact (blind LLM-style claims, dev12)
    "The article identifies Xi Jinping as China's president.",
    "Biden's praise for Blinken's efforts came while the president was in California.",
    "The talks between Blinken and senior Chinese officials were extensive.",  # 'extensive' of the talks
    "Xi, speaking alongside Blinken at the Great Hall of the People, said humanity's future depends on "
    "whether China and the US can coexist harmoniously.",  # was read as 'People said'
    "Tensions between the two nations have been fueled by concerns over China's military activities "
    "near Taiwan, according to the article.",  # was read as 'Taiwan, according to'
    # got "contradicted": the country of a title taken for the person, an apposition's name for the
    # subject, an adjective ("the strained relationship") for an act
    "Chinese President Xi Jinping assured US Secretary of State Antony Blinken of China's respect for US interests.",
    "Blinken, the first US secretary of state to visit China since 2018, reiterated that the US does "
    "not aim to decouple from China's economy.",
    "The relationship between Beijing and Washington is strained, and the Biden administration aims to "
    "rebuild diplomacy with Beijing to mitigate the risk of misperception.",
    "Blinken said the US does not aim to contain China.",
    "Blinken was the first US secretary of state to visit China since 2018.",
    "Biden praised Blinken's efforts while he was visiting California.",
    "Experts point to the lack of substantive negotiations during Blinken's visit.",
    "Blinken admitted that there was no immediate progress on military-to-military communication.",
    "Xi hinted at the possibility of a truce with Washington.",
    "China is grappling with an economic slowdown.",
    "Blinken is the first US secretary of state to travel to China since 2018.",
    "Blinken's trip to Beijing was delayed after a Chinese spy balloon allegedly flew over US military sites.",
    "The Chinese leader said China did not seek to replace the United States.",
    "According to the article, the two nations have an obligation to manage the relationship responsibly.",
    "Blinken's trip had been scheduled for the beginning of the year.",
    "Xi met Blinken at the Great Hall of the People.",
    "Russia invaded Ukraine.",  # "Russia's invasion of Ukraine"
    "Blinken met Xi Jinping.",  # "Xi ... during a meeting with ... Blinken": a meeting has two sides
    "Biden was in California.",  # "President Joe Biden, while visiting California"
    "Xi was at the Great Hall of the People.",  # "Speaking at the Great Hall ..., Xi emphasized"
    "The balloon was subsequently shot down.",
    "Senior Chinese officials held extensive talks with Blinken.",
    "Xi said China did not seek to challenge or replace the United States.",
    "Xi called for the US to respect China's legitimate rights and interests.",
    "Xi is the president of China.",
    "The leader of China is Xi Jinping.",
    "Blinken is the US secretary of state.",
    "Blinken had talks with senior Chinese officials.",
    "Xi and Blinken met.",
    "Antony Blinken was the first US secretary of state to visit China since 2018.",  # the quote says "Blinken"
    "Blinken said the US doesnt aim to contain China.",
    "Blinken's Beijing trip had been scheduled for the beginning of the year.",  # a name qualifying "trip"
    "The Biden administration wants to rebuild diplomacy and communication channels with Beijing.",  # intends, as "aims"
    "The Biden administration aims to rebuild communication channels with Beijing to lower the risk of miscalculation.",
    "Blinken conceded that there was no immediate progress on military-to-military communication.",
    "Biden commended Blinken's efforts in China.",
    "The Biden administration aims to restore communication channels with Beijing.",
    "Blinken characterized the past few days as a positive step.",
    "Biden was in California at the time he praised Blinken's efforts in China.",  # "at the time" says when
    "Blinken denied that the US aims to contain China.",  # got "No.": to deny is to say it is not so
    "China is still grappling with an economic slowdown.",  # "is grappling": it goes on
    "Blinken's trip had been scheduled before.",  # an adverb, not "before the balloon flew" against "after"
    # "to prevent incidents in regions like Taiwan": the incidents are prevented, not the regions
    "Blinken highlighted Taiwan and the South China Sea as regions where military-to-military communication could prevent incidents.",
    "China is grappling with an economic slowdown.",
    "Blinken is the first US secretary of state to travel to China since 2018.",
    "The US was called on by Xi to respect China's legitimate rights and interests.",  # a passive with its agent
    "Blinken highlighted military-to-military communication in order to prevent incidents in regions like Taiwan.",
    "Blinken was the first to visit China since 2018.",
    "The US secretary of state visited China.",  # the article calls Blinken that
    "Xi said that China did not seek to replace the United States.",  # "that" opens what he said
    "Xi Jinping and Antony Blinken met at the Great Hall of the People.",  # family name first: "Xi Jinping"
    "Xi & Blinken met at the Great Hall of the People.",  # "&" joins two people; it is no "Xi Blinken"
    "Blinken traveled to Beijing.",  # "trip to Beijing"; "allegedly" bears on the balloon, not the trip
    "The trip was put off after a Chinese spy balloon allegedly flew over sensitive US military sites.",  # "put off"
    "Xi said humanity's future hinges on whether China and the US can get along harmoniously.",  # phrasal verbs
    "Xi urged both sides not to impose their own wishes on one another.",  # "one another" counts nothing
    "The alleged Chinese spy balloon was later shot down.",  # no one shot it, in the claim either
    "Export controls on advanced technology are among the issues Washington has raised.",  # Washington raised
    "Blinken said better communication channels must be established so that competition does not escalate.",
    "China is also dealing with foreign investment sentiment, exacerbated by tensions with the US.",
    "The Biden administration hopes rebuilt channels will reduce the risk of misperception and miscalculation.",
    "Xi said the future of humanity depends on whether China and the US are able to coexist harmoniously.",
    # dev14: the speaker after the words; an act told twice ("China's respect" is the other sentence's)
    "No immediate progress was made on military-to-military communication, Blinken conceded.",
    "The future of humanity hinges on China and the US coexisting harmoniously, Xi said.",
    "Blinken, the first US secretary of state to visit China since 2018, reiterated that the US does not aim "
    "to decouple from China's economy.",  # got "contradicted": "says '2018' where the article says '2018'"
    # got "contradicted" (so "Did Xi stress that the US should respect ...?" got "No."): the claim's
    # clause was compared with what another speech verb of Xi says ("emphasizing that China did not seek")
    "Xi stressed that the US should respect China's legitimate rights and interests.",
    "The US should respect China's legitimate rights and interests, Xi stressed.",
    "Blinken stressed that China would do the same in the reverse situation.",  # "as he believed China would do the same"
    # ordered as the quote orders them: by "Earlier scheduled", by "and was subsequently shot down"
    "The trip to Beijing had been scheduled for the beginning of the year before it was postponed.",
    "A Chinese spy balloon allegedly flew over sensitive US military sites before it was shot down.",
    "In comments after the meeting, the secretary of state concurred that the US and China had an obligation to manage "
    "the relationship responsibly.",
    "Both Xi and Blinken spoke of the need to handle the relationship between their countries responsibly.",  # each in a sentence
    "Xi and Blinken met at the Great Hall of the People.",  # an act done together
    # session 12: "took place" says no more than "was held"; "went to" is travelling; "also raised issues"
    # backs "another of the issues"; "he ..., urging" is Xi's, a base form after the name as well
    "The meeting between Xi and Blinken took place at the Great Hall of the People.",
    "Blinken went to Beijing.",
    "According to the article, security arrangements with allies are another of the issues Washington has raised.",
    "Xi urge both sides not to impose their wishes on each other.",
    "Xi assured Blinken that China respects US interests and in return asked the US to respect China's rights.",
    "Xi said progress had been made during extensive talks between senior Chinese officials and Blinken, and Blinken, "
    "in comments after the meeting, concurred that both countries had an obligation to manage the relationship responsibly.",
]
ROLE_SWAPS = [
    "China invaded Ukraine.",  # Russia's invasion
    "Russia invaded Taiwan.",  # Russia's invasion of Ukraine: the wrong one invaded
    "Blinken emphasized that China did not seek to challenge or replace the United States.",  # "Xi ..., emphasizing"
    "Xi said the United States did not seek to challenge or replace China.",
    "Xi called for China to respect the legitimate rights and interests of the US.",
    "Xi said China does not seek to replace China.",  # "to challenge or replace the United States"
    "Blinken called for the US to respect China's legitimate rights and interests.",  # "he" is Xi
    "The US is grappling with an economic slowdown.",  # "China, on the other hand, is grappling"
    "China withholds certain technologies from the US.",  # "the US ... seeks to protect ... by withholding": was supported
]


@pytest.mark.parametrize("claim", CONTRADICTED)
def test_contradicted_claims_are_caught_with_a_reason(claim):
    v = judge(claim)
    assert v.status == "contradicted", (claim, v)
    assert v.reasons and all(r.strip() for r in v.reasons)


@pytest.mark.parametrize("claim", ROLE_SWAPS)
def test_an_act_given_to_someone_else_the_sentence_names_is_contradicted(claim):
    v = judge(claim)
    assert v.status == "contradicted", (claim, v)
    assert any(" is by " in r or " is of " in r for r in v.reasons), v.reasons


@pytest.mark.parametrize("claim", NOT_BACKED)
def test_claims_the_article_does_not_back_are_not_supported(claim):
    v = judge(claim)
    assert v.status != "supported", (claim, v)
    assert v.reasons


@pytest.mark.parametrize("claim", FAITHFUL)
def test_faithful_paraphrases_are_supported_and_aligned_to_the_right_sentence(claim):
    v = judge(claim)
    assert v.status == "supported", (claim, v.reasons)
    for span in v.spans:
        assert PASSAGES[span.quote][span.start : span.end] == span.text


def test_an_adjective_of_another_noun_neither_backs_nor_contradicts_what_the_claim_says_it_of():
    """"better lines of communication" says nothing of the relationship being good or bad (found
    by a blind conversation: "why are relations so bad" was told "The article says otherwise")."""
    sentence = next(p for p in PASSAGES if "better lines of communication" in p)
    for claim in ("relations are good", "the relationship is good", "relations so bad", "the relationship bad"):
        assert verify(claim, [sentence]).status == "unsupported", claim
    assert verify("lines of communication should be better", [sentence]).status == "supported"
    # against the whole article: "good" said of relations is no "export" (WordNet's goods) or "security"
    assert judge("Relations are good.").status != "supported"
    assert judge("The relationship is unstable.").status == "supported"  # "the instability in the relationship"
    assert judge("Tensions have been fueled by concerns over China's military activities near Taiwan.").status == "supported"
    assert verify("worse lines of communication are needed", [sentence]).status == "contradicted"


def test_not_only_adds_and_no_one_before_the_first_is_no_contradiction():
    """Found by blind yes/no probes, each got "No.": "not just X but Y" adds Y, it denies nothing;
    "no secretary of state visited China between 2018 and his trip" is what "the first to visit
    since 2018" says, told as what did not happen."""
    assert judge("Blinken said the past few days served not just the two countries' interests but the world's as well.").status == "supported"
    assert judge("The past few days served only both countries.").status != "supported"
    assert judge("No US secretary of state visited China between 2018 and Blinken's trip.").status != "contradicted"
    assert judge("Blinken was not the first US secretary of state to visit China since 2018.").status == "contradicted"


def test_an_act_the_article_only_asks_for_is_not_done():
    """"he called for the US to respect China's rights" and "the need to establish better lines of
    communication" ask for acts: "The US respects China's rights" was supported, and so was "Both
    sides refrained from imposing their wishes" (from "urging both sides to refrain")."""
    for claim in ("The US respects China's legitimate rights and interests.", "Blinken established better lines of communication.",
                  "Both sides refrained from imposing their own wishes on each other."):
        assert judge(claim).status != "supported", claim
    for claim in ("Xi called for the US to respect China's legitimate rights.", "Xi wants the US to respect China's rights.",
                  "Blinken emphasized the need to establish better lines of communication.",
                  "Blinken viewed the past few days as a positive step towards establishing better lines of communication."):
        assert judge(claim).status == "supported", claim


def test_events_ordered_with_before_are_contradicted_only_by_the_same_events_ordered_with_after():
    """Blind claims dev11: "the balloon flew over the sites before it was shot down" and "the trip
    had been scheduled ... before it was postponed" were contradicted by "postponed after a ...
    balloon ... flew"; the events "after" orders there are others."""
    assert judge("A Chinese spy balloon allegedly flew over sensitive US military sites before it was shot down.").status == "supported"
    assert judge("The trip to Beijing had been scheduled for the beginning of the year before it was postponed.").status == "supported"
    assert judge("Blinken's trip was postponed before a Chinese spy balloon allegedly flew over US military sites.").status == "contradicted"


def test_emphasis_and_a_person_for_their_country_change_nothing():
    """"really" is emphasis ("tensions have really been fueled" was contradicted: WordNet opposes
    "really" to "near"); "Xi respects Blinken" against "China's respect for US interests" is not said,
    not contradicted (Xi is China's president)."""
    assert judge("Tensions have really been fueled by concerns over China's military activities near Taiwan.").status == "supported"
    assert judge("Xi respects Blinken.").status == "unsupported"
    # a topic is no place: "Did xi talk about taiwan" got "No." from "Speaking at the Great Hall ..."
    assert judge("Xi spoke about Taiwan at the Great Hall.").status == "unsupported"
    assert judge("Xi spoke in Shanghai.").status == "contradicted"


def test_who_visited_is_the_one_the_first_to_visit_stands_for():
    """"Blinken, the first US secretary of state to visit China since 2018, Xi emphasized ...":
    an ordinal's phrase says who visited; Xi, who also appears, did not."""
    (passage,) = [p for p in PASSAGES if "since 2018" in p]
    assert verify("Blinken visited China.", [passage], context=PASSAGES).supported
    xi = verify("Xi visited China.", [passage], context=PASSAGES)
    assert not xi.supported and any("by Blinken" in r for r in xi.reasons), xi


def test_reasons_name_the_words_that_differ():
    assert "2018" in " ".join(judge("Blinken was the first US secretary of state to visit China since 2016.").reasons)
    assert "California" in " ".join(judge("Biden praised Blinken's efforts while visiting Florida.").reasons)
    assert "not" in " ".join(judge("Blinken said the US aims to contain China.").reasons)


def test_a_place_swap_contradicts_only_when_the_act_is_the_claim_subject_s_own():
    biden = next(p for p in PASSAGES if "while visiting California" in p)
    assert verify("Biden praised Blinken while visiting Florida.", [biden], context=PASSAGES).status == "contradicted"
    # Biden's visit says nothing of where Blinken went, and two differences make another event
    assert verify("Blinken visited Taiwan.", [biden], context=PASSAGES).status == "unsupported"
    assert verify("Blinken hinted at a truce while visiting Florida.", PASSAGES, context=PASSAGES).status != "contradicted"


def test_nothing_cited_is_not_support():
    assert verify("Xi met Blinken.", []).status == "unsupported"


def test_a_claim_is_judged_against_the_quotes_it_cites_only():
    balloon = next(p for p in PASSAGES if "balloon" in p)
    truce = next(p for p in PASSAGES if "truce" in p)
    claim = "Xi hinted at the possibility of a truce."
    assert verify(claim, [truce]).supported
    assert not verify(claim, [balloon]).supported


def test_two_facts_from_two_sentences_are_supported_together():
    claim = "Xi said progress had been made, and Biden praised Blinken's efforts in China."
    assert judge(claim).supported


@pytest.mark.parametrize(
    "claim",
    [
        "Xi said the US does not aim to contain China.",  # Blinken said it; Xi "sees" in the headline
        "Xi stressed that the US does not aim to contain China.",
        "Biden said the lack of substantive negotiations showed the relationship was deteriorating.",
        "Experts said Blinken viewed the past few days as a positive step.",
        "Xi assured Blinken that China did not seek to decouple from the US economy.",  # Blinken's words
        "Experts said the US does not aim to contain China.",  # got "Yes.": WordNet's "expert" covers "technologies"
        # stitched at no clause ("talks between ... | and President Joe Biden"), or through an "its"
        # that points at nothing in the sentence before (blind stitched claims, dev13)
        "Xi stated that agreements had been reached during extensive talks between senior Chinese "
        "officials and President Joe Biden.",
        "Blinken was the first US secretary of state to visit China since the beginning of the year.",
        "Blinken's trip to Beijing was postponed over China's stance on Russia's invasion of Ukraine.",
        "Blinken's trip to Beijing was postponed after concerns over China's military activities near Taiwan.",
        "Washington's security arrangements with allies are aimed at containing Russia's invasion of Ukraine.",
    ],
)
def test_a_claim_is_not_stitched_from_two_sentences_that_say_something_else(claim):
    assert not judge(claim).supported


@pytest.mark.parametrize(
    ("claim", "key"),
    [
        ("Xi visited California.", "Chinese President"),  # "a meeting with US Secretary of State ...": the US is no place
        ("Blinken visited the Great Hall of the People.", "Speaking at"),  # he was there; "to visit China" is no rival
        ("Xi visited the Great Hall of the People.", "Speaking at"),  # another visit, not another visitor
        ("Biden traveled to the US.", "President Joe Biden"),  # California may lie in the US
        ("Xi and Blinken met in Shanghai.", "Speaking at"),  # a city may lie in China
    ],
)
def test_a_place_that_may_lie_in_or_beside_the_quoted_one_is_not_contradicted(claim, key):
    """Each got "No." from a sentence that does not rule it out ("Did Xi visit California?",
    "Did Blinken visit the Great Hall of the People?", found by asking every person about every place)."""
    sentence = next(s.text for p in PASSAGES for s in split_sentences(p) if s.text.startswith(key))
    assert verify(claim, [sentence], context=PASSAGES).status != "contradicted"


@pytest.mark.parametrize(
    ("claim", "key"),
    [
        ("Blinken visited the US.", "Earlier scheduled"),  # a trip to Beijing; "US military sites" are where the balloon flew
        ("The meeting was held in Washington.", "Chinese President"),  # "between Beijing and Washington" places nothing
        ("The meeting was in Beijing.", "Chinese President"),
    ],
)
def test_a_place_named_in_the_sentence_is_not_where_it_puts_the_act(claim, key):
    sentence = next(s.text for p in PASSAGES for s in split_sentences(p) if s.text.startswith(key))
    assert not verify(claim, [sentence], context=PASSAGES).supported


def test_two_facts_one_sentence_seems_to_swap_are_not_contradicted():
    """Each fact is its own sentence; the second alone has "the US to respect China's ... interests",
    which reads as a swap of the first. Two sentences joined at "and" say both: no contradiction
    (and no support either: joined loosely, a pair could fetch a "not" from the other sentence,
    which gave "Did Blinken say China would not act the same way ...?" a "Yes.")."""
    claim = "Xi said China respects US interests and, in return, he wants the US to respect China's legitimate rights and interests."
    assert judge(claim).status != "contradicted"
    assert not judge("Blinken said China would not act the same way if the situation were reversed.").supported


def test_opposites_are_antonyms_not_antonyms_of_every_sense_of_a_synonym():
    from assistant.lexicon import lexicon

    lex = lexicon()
    assert "negative" in lex.opposites("positive") and "forget" in lex.opposites("remember")
    # "think" has a sense "recall", whose antonym is "issue": that makes no "issues" opposed to "think"
    assert "issue" not in lex.opposites("think") and "think" not in lex.opposites("issue")
    # across parts of speech only a marked opposite: "Did Blinken call the visit a failure?" got "No."
    # from "manage the relationship" ("fail" is the opposite of "manage" meaning "succeed")
    failure = judge("Blinken called the visit a failure.")
    assert failure.status != "contradicted" and not any("manage" in r for r in failure.reasons), failure
    assert judge("Xi's remarks indicate that China is unwilling to consider stabilizing bilateral relations.").status == "contradicted"


def test_shipped_lexicon_carries_wordnet_relations_and_its_license():
    from assistant.lexicon import LEXICON_PATH, lexicon

    lex = lexicon()
    assert "negative" in lex.opposites("positive")
    assert "leader" in lex.covers("president")  # a claim may generalise
    assert "president" not in lex.covers("leader")  # but not specialise
    assert "stable" in lex.covers("stability")  # derivations
    license_text = (LEXICON_PATH.parent / "WORDNET_LICENSE").read_text(encoding="utf-8")
    assert "WordNet 3.0 Copyright 2006 by Princeton University" in license_text


def test_lexicon_builder_reads_wordnet_database_files(tmp_path):
    """A miniature database in WordNet's documented format (wndb(5WN)) builds the same relations."""
    from assistant.lexicon import Lexicon
    from assistant.lexicon_build import main

    wn = tmp_path / "wn"
    wn.mkdir()
    # offsets are arbitrary; pointers: "!" antonym (lexical), "@" hypernym, "+" derivation
    (wn / "data.noun").write_text(
        "00000010 03 n 01 leader 0 001 + 00000040 v 0101 | a person who leads\n"
        "00000020 03 n 01 president 0 001 @ 00000010 n 0000 | head of state\n",
        encoding="latin-1",
    )
    (wn / "data.verb").write_text("00000040 41 v 01 lead 0 001 + 00000010 n 0101 01 + 02 00 | to guide\n", encoding="latin-1")
    (wn / "data.adj").write_text(
        "00000050 00 a 01 positive 0 001 ! 00000060 a 0101 | good\n"
        "00000060 00 a 01 negative 0 001 ! 00000050 a 0101 | bad\n",
        encoding="latin-1",
    )
    (wn / "data.adv").write_text("", encoding="latin-1")
    out = tmp_path / "lexicon.sqlite"
    assert main(["--wordnet", str(wn), "--out", str(out)]) == 0
    lex = Lexicon(out)
    assert lex.opposites("positive") == {"negative"}
    assert lex.derived("leader") == {"lead"}
    (president,), (leader,) = lex._synsets("president"), lex._synsets("leader")
    assert lex._parents(president) == (leader,) and lex._parents(leader) == ()
    assert lex.known("lead") and not lex.known("follow")
    assert lex.lemmas("met") == {"VERB": ("meet",)}  # LemmInflect's table travels in the same file
    assert (out.parent / "WORDNET_LICENSE").is_file() or not Path("/usr/share/doc/wordnet-base/copyright").is_file()
    assert "MIT" in (out.parent / "LEMMINFLECT_LICENSE").read_text(encoding="utf-8")


def test_an_unreadable_lexicon_says_what_to_do(tmp_path):
    from assistant.lexicon import Lexicon, LexiconError

    bad = tmp_path / "lexicon.sqlite"
    bad.write_bytes(b"not a database" * 100)
    with pytest.raises(LexiconError, match="reinstall"):
        Lexicon(bad)


def test_lexicon_builder_names_the_missing_database(tmp_path, capsys):
    from assistant.lexicon_build import main

    with pytest.raises(SystemExit):
        main(["--wordnet", str(tmp_path), "--out", str(tmp_path / "x.sqlite")])
    assert "apt-get install wordnet-base" in capsys.readouterr().err


def test_claim_set_meets_its_bars():
    """The verifier against the blind claim set, by category, as `make test` enforces it."""
    from assistant.evaluation.claims import check_bars, load_claims, report, verdicts

    items = [i for name in ("claims.jsonl", "claims_roles.jsonl") for i in load_claims(ROOT / "tests" / "data" / name)]
    found = verdicts(items)
    reports = {s: report(items, found, s) for s in ("train", "holdout", "all")}
    bars = json.loads((ROOT / "tests" / "data" / "verifier_bars.json").read_text(encoding="utf-8"))
    assert check_bars(reports, bars) == []
    assert len(items) >= 150 and sum(i.category != "faithful" for i in items) >= 100


def test_an_office_is_read_in_the_cited_sentence_not_borrowed_from_the_rest_of_the_article():
    """A verdict's quote must show the office it judges: "Xi emphasized ..." says nothing of what Xi is."""
    great_hall = next(p for p in PASSAGES if "Great Hall" in p).split(", Xi emphasized")[0] + ", Xi emphasized it."
    v = verify("Xi is the president of China.", [great_hall], context=PASSAGES)
    assert v.status == "unsupported" and any("does not say what Xi is" in r for r in v.reasons), v
    assert judge("Xi is the president of China.").supported  # where the article gives it


_CONTRACTIONS = {"does not": "doesn't", "did not": "didn't", "was not": "wasn't", "is not": "isn't",
                 "were not": "weren't", "are not": "aren't", "would not": "wouldn't", "could not": "couldn't",
                 "has not": "hasn't", "had not": "hadn't", "will not": "won't", "do not": "don't"}


def _contracted(claim: str) -> str:
    for full, short in _CONTRACTIONS.items():
        claim = re.sub(rf"\b{full}\b", short, claim)
        claim = re.sub(rf"\b{full.capitalize()}\b", short.capitalize(), claim)
    return claim


def test_a_contraction_is_judged_as_the_words_it_stands_for():
    """A chat model writes "doesn't": 61 faithful claims of the sets, contracted, were removed ("doesn't"
    was one unknown word and its negation was lost) and 39 added negations were no longer contradicted."""
    rows = [json.loads(x) for f in sorted((Path(__file__).parent / "data").glob("claims*.jsonl"))
            for x in f.read_text(encoding="utf-8").splitlines()]
    rows = [r for r in rows if r.get("split") != "holdout" and _contracted(r["claim"]) != r["claim"]]
    assert len(rows) > 80
    differ = []
    for r in rows:
        quotes = [p for p in PASSAGES if any(e in p for e in r["evidence"])] or PASSAGES
        full, short = (verify(c, quotes, context=PASSAGES).status for c in (r["claim"], _contracted(r["claim"])))
        if full != short:
            differ.append((r["id"], full, short))
    assert not differ, differ
    assert judge("Blinken said the US doesn't aim to contain China.").supported
    assert judge("Blinken said there wasn't any immediate progress on military-to-military communication.").supported
    assert judge("Xi said China won't seek to replace the US.").status != "supported"


def test_an_act_the_claim_tells_twice_is_not_given_to_someone_else():
    """The quote's one "respect" is the US's; the claim's first ("China's respect", from the
    sentence before) is a second act, not the same act by the wrong side (dev14: "contradicted")."""
    claim = "In return for China's respect for US interests, Xi asked Washington to respect China's legitimate rights and interests."
    quote = next(p for p in PASSAGES if "In return, he called" in p)
    assert verify(claim, [quote], context=PASSAGES).status != "contradicted"
    assert verify("In return, Xi asked China to respect US rights and interests.", [quote], context=PASSAGES).status == "contradicted"


def test_a_denied_act_the_claim_does_not_name_contradicts_nothing():
    # "why is china's economy struggling" got "The article says otherwise: ... does not aim to contain China or
    # decouple from its economy" (session 12): the article denies aiming and decoupling, not any struggle
    assert judge("China's economy is struggling.").status != "contradicted"
    assert judge("The US seeks to decouple from China's economy.").status == "contradicted"


def test_lexicon_facts_read_back_answer_as_the_lexicon_does():
    """What a start reads back from the snapshot instead of SQLite gives the same relations; facts
    of another lexicon, or damaged ones, are refused and change nothing."""
    from assistant.lexicon import Lexicon

    words = ["meet", "postpone", "tension", "stable", "leader", "aim", "talk"]
    source = Lexicon()
    expected = [(source.covers(w), source.near(w), source.opposites(w), source.verb_parents(w), source.lemmas(w)) for w in words]
    facts = json.loads(json.dumps(source.facts()))
    reader = Lexicon()
    assert reader.preload(facts)
    reader._db = None  # any read left to SQLite would fail
    assert [(reader.covers(w), reader.near(w), reader.opposites(w), reader.verb_parents(w), reader.lemmas(w)) for w in words] == expected
    for damaged in (None, [], {"lexicon": "another"}, {**facts, "lexicon": "another"}, {"lexicon": facts["lexicon"], "read": [[1]]}):
        assert not Lexicon().preload(damaged)


def test_who_is_who_read_back_is_what_the_passages_say(monkeypatch):
    """A start reads who is who in each passage from what indexing kept instead of every passage's
    words (a hundred articles' passages were most of a first answer's time): the same titles and
    full names, so the same verdicts; facts of other code or damaged ones are refused whole."""
    from assistant import verifier

    claims = ["The secretary of state visited China.", "The Chinese leader hinted at a truce.", "Antony Jinping met Xi."]
    expected = verifier.titles(PASSAGES), verifier.full_names(PASSAGES), [judge(c).status for c in claims]
    facts = json.loads(json.dumps(verifier.people_facts(PASSAGES)))
    read: list[str] = []
    reading = verifier._read_people.__wrapped__
    monkeypatch.setattr(verifier, "_read_people", lambda text: read.append(text) or reading(text))
    try:
        assert verifier.keep_people({"stamp": facts["stamp"], "texts": {}})  # what an earlier Assistant kept goes
        verifier.titles(PASSAGES)
        assert set(read) >= set(PASSAGES)  # nothing kept: every passage is read
        assert verifier.keep_people(facts)
        read.clear()
        got = verifier.titles(PASSAGES), verifier.full_names(PASSAGES), [judge(c).status for c in claims]
        assert got == expected
        assert not set(read) & set(PASSAGES)
        for damaged in (None, [], {**facts, "stamp": "other code"}, {**facts, "texts": {"key": [1]}}, {**facts, "texts": []}):
            assert not verifier.keep_people(damaged)
    finally:
        verifier.keep_people({"stamp": facts["stamp"], "texts": {}})


@pytest.mark.parametrize("claim, status", [
    ("China's economy is booming.", "contradicted"),
    ("The Chinese economy is growing.", "contradicted"),
    ("China's economy is slowing.", "supported"),
    ("The US economy is booming.", "unsupported"),  # the slowdown is China's
])
def test_news_opposites_hold_across_parts_of_speech(claim, status):
    """"Is China's economy booming?" was declined (blind yes/no rounds 27-32, nine times): "booming"
    is a verb, the article's "economic slowdown" a noun, and only WordNet's opposites of one part of
    speech counted."""
    sentence = next(s for s in PASSAGES for s in re.split(r"(?<=\.)\s+", s) if "economic slowdown" in s)
    assert verify(claim, [sentence], context=PASSAGES).status == status


def test_a_place_said_besides_another_is_no_rival_of_it():
    """Blind yes/no round 33: "Did Blinken also go to Taiwan on this trip?" got "No." from "Blinken's
    trip to Beijing": a trip to one place does not rule out another one "also" visited."""
    assert judge("Blinken also went to Taiwan on this trip.").status == "unsupported"
    assert judge("Biden was in Texas when he praised Blinken.").status == "contradicted"


def _sentence(fragment: str) -> str:
    return next(s for p in PASSAGES for s in re.split(r"(?<=\.)\s+", p) if fragment in s)


SESSION_15_VERDICTS = [
    # blind yes/no round 34: "Did Xi and Blinken meet in Washington?" got "Yes." ("between Beijing and
    # Washington" puts no meeting in Washington)
    ("possibility of a truce", "Xi and Blinken met in Washington.", "unsupported"),
    ("possibility of a truce", "They met in Washington.", "unsupported"),
    ("possibility of a truce", "Xi hinted at a truce between Beijing and Washington.", "supported"),
    # an opposite of news, across the claim's words and the quote's
    ("concurred", "Blinken disagreed that both countries had an obligation to manage the relationship responsibly.", "contradicted"),
    ("positive step", "Blinken said the past few days were a step backward.", "contradicted"),
    # "cut the risk" is to lower it, not the opposite of "rebuild" (a tagged probe got "No.")
    ("rebuild diplomacy", "The Biden administration aims to rebuild communication channels to cut the risk of miscalculation.", "unsupported"),
    ("rebuild diplomacy", "The Biden administration aims to sever communication channels with Beijing.", "contradicted"),
    # "no intention of replacing" denies the replacing, as "did not seek to replace" does
    ("did not seek to challenge", "China has no intention of replacing the United States.", "supported"),
    ("did not seek to challenge", "Xi said China has the intention of replacing the US.", "contradicted"),
    # "bilateral relations" are the story's two countries' relations, no others'
    ("bilateral relations", "Relations between China and the US have become increasingly acrimonious.", "supported"),
    ("bilateral relations", "Relations between China and Russia have become increasingly acrimonious.", "unsupported"),
    ("bilateral relations", "Xi's remarks indicate a willingness on Washington's part to consider stabilizing bilateral relations.", "contradicted"),
    # what is only considered opposes nothing: the relations may still be getting worse
    ("bilateral relations", "The relationship between Beijing and Washington was worsening.", "unsupported"),
    ("bilateral relations", "Bilateral relations have been stabilized.", "unsupported"),
    # a thing after which an act happens is said to cause it
    ("spy balloon", "A Chinese spy balloon delayed the trip.", "supported"),
    ("spy balloon", "A Russian spy balloon delayed the trip.", "contradicted"),
    ("spy balloon", "The balloon shot down the trip.", "unsupported"),
    # "allegedly flew" says no one alleges it (claim set r054, an invented alleger, was kept)
    ("spy balloon", "Washington alleged that the Chinese spy balloon flew over sensitive US military sites.", "unsupported"),
    ("spy balloon", "The alleged Chinese spy balloon flew over US military sites.", "supported"),
    ("possibility of a truce", "Xi hinted that a truce between Beijing and Washington might be possible.", "supported"),
    # "better" describes the lines of communication, not the relationship, in any tense of the claim
    ("Recognizing the instability", "The relationship is improving.", "unsupported"),
    ("Recognizing the instability", "The relationship improved.", "unsupported"),
    # a duration is compared in days, whatever its unit ("Did the visit last a week?" got no verdict)
    ("two-day visit", "The visit lasted a week.", "contradicted"),
    ("two-day visit", "The visit lasted two weeks.", "contradicted"),
    ("two-day visit", "The visit lasted a day.", "contradicted"),
    ("two-day visit", "The visit lasted two days.", "supported"),
    # claim set dev22: the passive's agent is the person after "by", not what he assured of
    ("assured Blinken", "Blinken was assured by Xi of China’s respect for US interests.", "supported"),
    ("assured Blinken", "Xi was assured by Blinken of China’s respect for US interests.", "contradicted"),
]
SESSION_16_VERDICTS = [
    # blind yes/no round 36: "The spy balloon was supposedly American, right?" got "Yes.": the hedge
    # between "was" and the nationality hid what was said of the balloon
    ("spy balloon", "The spy balloon was supposedly American.", "contradicted"),
    ("spy balloon", "The spy balloon was reportedly Russian.", "contradicted"),
    ("spy balloon", "The spy balloon was allegedly Chinese.", "supported"),
    # my own questions: "Was the meeting held in California?" got "Yes.": "meeting" aligned to
    # Biden's "visiting California"
    ("while visiting California", "The meeting was held in California.", "unsupported"),
    ("while visiting California", "The meeting took place in California.", "unsupported"),
    ("while visiting California", "Biden was in California.", "supported"),
    ("Great Hall", "The meeting was held at the Great Hall of the People.", "supported"),
    ("Great Hall", "The meeting was held in Washington.", "unsupported"),
    # claim set dev23: a means far after its act ("by restoring") is no patient of it
    ("rebuild diplomacy", "The Biden administration aims to mitigate the risk of miscalculation by restoring diplomatic channels with Beijing.", "supported"),
    ("rebuild diplomacy", "Beijing aims to mitigate the risk of miscalculation by restoring diplomatic channels with the Biden administration.", "unsupported"),
    # the last part of a compound acts on nothing: "security-focused programs" are "security programs"
    ("withholding certain", "The US is withholding certain technologies that could help China's security programs.", "supported"),
    ("withholding certain", "The US is withholding certain technologies that could help China's military programs.", "unsupported"),
    # my own questions: "Was the balloon shot down over China?" got "Yes." ("over" said no place)
    ("spy balloon", "The balloon was shot down over China.", "unsupported"),
    ("spy balloon", "The balloon was shot down.", "supported"),
    # round 36: "no progress at all" is "no progress"; doubts oppose confidence
    ("further stated", "Xi said there had been no progress at all.", "contradicted"),
    ("while visiting California", "Biden expressed doubts about the progress made during the meetings.", "contradicted"),
    ("while visiting California", "Biden was skeptical about the progress made during the meetings.", "contradicted"),
    ("while visiting California", "Biden expressed optimism about the progress made during the meetings.", "supported"),
    # the dateline dates the article, not what it tells (round 36: no verdict on the article's date)
    ("June 20, 2023", "The article was published in June 2023.", "supported"),
    ("June 20, 2023", "This piece is dated July 2023.", "contradicted"),
    ("June 20, 2023", "It was written on June 21, 2023.", "contradicted"),
    ("June 20, 2023", "The meeting was held in June 2023.", "unsupported"),
    # a bound on a duration is compared in days (my own questions: "Was the visit longer than a week?" no verdict)
    ("two-day visit", "The visit lasted more than a day.", "supported"),
    ("two-day visit", "The visit lasted less than three days.", "supported"),
    ("two-day visit", "The visit lasted at least two days.", "supported"),
    ("two-day visit", "The visit lasted more than two days.", "contradicted"),
    ("two-day visit", "The visit was longer than a week.", "contradicted"),
    ("two-day visit", "Agreements were reached on more than three issues.", "unsupported"),
    # claim set dev24 (written after this session's changes): three faithful claims contradicted
    ("spy balloon", "The spy balloon that allegedly flew over US military sites was Chinese.", "supported"),  # "sites ... was Chinese"
    ("spy balloon", "The spy balloon that allegedly flew over US military sites was American.", "contradicted"),
    ("rebuild diplomacy", "The Biden administration is seeking to mitigate the risk of miscalculation with Beijing.", "supported"),
    ("possibility of a truce", "A possible truce was hinted at by Chinese President Xi Jinping.", "supported"),  # "by Chinese"
    ("possibility of a truce", "A possible truce was hinted at by US Secretary of State Antony Blinken.", "contradicted"),
    # my own follow-up "did he visit washington?" (he: Xi) got "Yes.": a visited place is where the visitor was
    ("possibility of a truce", "Xi visited Washington.", "unsupported"),
    ("while visiting California", "Biden visited California.", "supported"),
    ("while visiting California", "Biden visited China.", "unsupported"),
]


SESSION_17_VERDICTS = [
    # claim set dev25 and my own "Was Biden also in China?" ("Yes."): an adverb or a relative "who"
    # between the person and the place hid who was there
    ("while visiting California", "Biden was also in China.", "unsupported"),
    ("while visiting California", "President Joe Biden, who was also in China at the time, praised Blinken's efforts.", "unsupported"),
    ("while visiting California", "Biden, who was in California, praised Blinken's efforts.", "supported"),
    # blind conversations 22: "did he admit that openly?" got "No.": "immediate" was read as a
    # negated "mediate", so an opposite of "openly" (through "close" and "open")
    ("However, he admitted", "He admitted openly that there was no immediate progress on this issue.", "unsupported"),
    ("However, he admitted", "He admitted that there was no immediate progress on this issue.", "supported"),
    # my own "Did Blinken say Taiwan is part of China?" got "Yes.": "part" aligned to "regions"
    # (and "The US is part of China" to "on the other hand")
    ("regions like Taiwan", "Blinken said Taiwan is part of China.", "unsupported"),
    ("on the other hand", "The US is part of China.", "unsupported"),
    ("on the other hand", "China, for its part, is grappling with an economic slowdown.", "supported"),
    # my own "Is the relationship harmonious?" got "Yes.": "whether they can coexist harmoniously"
    # asks, it does not say they do
    ("coexist harmoniously", "China and the US coexist harmoniously.", "unsupported"),
    ("coexist harmoniously", "China and the US can coexist harmoniously.", "unsupported"),
    ("coexist harmoniously", "Xi said the future of humanity depends on whether China and the US can coexist harmoniously.", "supported"),
    ("coexist harmoniously", "Xi said humanity's future hinges on the two countries coexisting harmoniously.", "supported"),
    ("responsible handling", "The relationship between China and the US is good.", "unsupported"),
    # my own "Was the balloon over US military sites?" got "Yes.": "allegedly" hedged only "flew"
    ("spy balloon", "The balloon was over US military sites.", "unsupported"),
    ("spy balloon", "The Chinese balloon was shot down after flying over US military sites.", "unsupported"),
    ("spy balloon", "A Chinese spy balloon allegedly flew over US military sites.", "supported"),
    # blind round 38's "Is the article from 2022?" had no verdict, and "the article was from May"
    # was supported: with "may" no content word was left to check
    ("June 20, 2023", "The article is from 2022.", "contradicted"),
    ("June 20, 2023", "The article was from May.", "contradicted"),
    ("June 20, 2023", "The article is from June 2023.", "supported"),
    ("coexist harmoniously", "The article is from 2018.", "unsupported"),  # an event's year does not date the article
    # my own "Did Blinken say competition could escalate into conflict?" got "No.": what one guards
    # against may happen
    ("Recognizing the instability", "Blinken said competition could escalate into conflict.", "unsupported"),
    ("Recognizing the instability", "Blinken said competition could not escalate into conflict.", "unsupported"),
    ("Recognizing the instability", "Competition escalated into conflict.", "contradicted"),
    ("Recognizing the instability", "Better communication could prevent competition from escalating into conflict.", "supported"),
    # blind round 39: "getting worse", "more acrimonious", "friendlier" (no verdicts)
    ("increasingly acrimonious", "Relations have been getting more acrimonious.", "supported"),
    ("increasingly acrimonious", "China-US relations have been getting friendlier.", "contradicted"),
    ("increasingly acrimonious", "Relations are getting more stable.", "unsupported"),
    ("economic slowdown", "Foreign investment sentiment is getting worse.", "supported"),
    ("economic slowdown", "Foreign investment sentiment is getting better.", "contradicted"),
    # and "Was the article published in the business section?": the dateline gives the section
    ("June 20, 2023", "The article was published in the business section.", "contradicted"),
    ("June 20, 2023", "This was in the International section.", "supported"),
    # my own "Were tensions fueled by Russia's stance?" got "Yes.": "its stance" is China's; a
    # country first in a claim is a name; what concerns are over is said to fuel what they fuel
    ("fueled by concerns", "Tensions were fueled by Russia's stance.", "contradicted"),
    ("fueled by concerns", "Russia's stance has fueled tensions.", "contradicted"),
    ("fueled by concerns", "China's stance on Russia's invasion of Ukraine has fueled tensions with the US.", "supported"),
    ("fueled by concerns", "Ukraine invaded Russia.", "contradicted"),
    # my own "Is foreign investment in China rising?" got "No." from "economic slowdown"
    ("grappling with economic slowdown", "Foreign investment in China is rising.", "unsupported"),
    ("grappling with economic slowdown", "China's economy is rising.", "contradicted"),
    ("grappling with economic slowdown", "Foreign investment sentiment in China is improving.", "contradicted"),
    # the article's people typed in lower case are names ("antony blinken sees progress" was supported
    # by the headline), and one person's two names are no rivals ("Xi's hint" and "Xi Jinping hinted")
    ("Xi Jinping sees", "antony blinken sees progress in china-us ties", "contradicted"),
    ("possibility of a truce", "Xi's hint at a truce came during a meeting with US Secretary of State Antony Blinken.", "supported"),
    # claim set dev25: "one of the issues" counts nothing
    ("export controls", "Export controls on advanced technology are one of the issues the US has raised.", "supported"),
    ("export controls", "Export controls are one of the issues China has raised.", "contradicted"),
]


SESSION_18_VERDICTS = [
    # my own "Did the meeting take place in 2023?" got "No.": a year in another role ("since 2018", the
    # last visit before this one) is no rival of the claim's ("in 2023")
    ("since 2018", "Blinken visited China in 2023.", "unsupported"),
    ("since 2018", "The meeting took place in 2023.", "unsupported"),
    ("since 2018", "Blinken was the first US secretary of state to visit China since 2019.", "contradicted"),
    ("since 2018", "Blinken was the first US secretary of state to visit China since 2018.", "supported"),
    ("since 2018", "A US secretary of state visited China in 2020.", "contradicted"),  # no one had, since 2018
    ("since 2018", "A US secretary of state visited China in 2017.", "unsupported"),
    # blind round 40's "Did Xi hint at a truce during a meeting with Joe Biden?" was declined: the
    # act the article tells happened in its meeting with someone else
    ("possibility of a truce", "Xi hinted at a truce during a meeting with Joe Biden.", "contradicted"),
    ("possibility of a truce", "Xi hinted at a truce during his meeting with Biden.", "contradicted"),
    ("possibility of a truce", "Xi hinted at a truce during a meeting with Blinken.", "supported"),
    ("possibility of a truce", "Xi met Biden.", "unsupported"),  # they may have met some other time
    ("possibility of a truce", "Xi hinted at a truce during a meeting with Blinken and Biden.", "unsupported"),
    # my own "Did Blinken help Xi?" got "Yes.": "help" (WordNet's assistant) was what a secretary is a
    # kind of, and to "further" (as in "Xi further stated") is to help
    ("possibility of a truce", "Blinken helped Xi.", "unsupported"),
    ("Xi further stated", "Blinken help Xi", "unsupported"),
    ("Xi further stated", "Xi also stated that progress had been made.", "supported"),  # an adverb for an adverb
    ("Xi further stated", "Xi further stated that progress had been made.", "supported"),
    ("In return, he called", "Blinken helped Xi.", "unsupported"),
    ("Earlier scheduled", "Blinken's trip to Beijing was originally scheduled for the beginning of the year.", "supported"),
    # blind round 40's "Has China's stance on the Ukraine war helped ease tensions?": "helped ease" says
    # what "eased" says, and easing is the opposite of fueling
    ("fueled by concerns", "China's stance on Russia's invasion of Ukraine helped ease tensions.", "contradicted"),
    ("fueled by concerns", "China's stance on Russia's invasion of Ukraine helped fuel tensions.", "supported"),
    ("fueled by concerns", "Tensions have been driven by concerns over China's military activities near Taiwan.", "supported"),
    # a quality said of the relationship must be said of it: "getting better" is no "better lines of
    # communication", and "worse" no "handling" (WordNet's ill-treatment)
    ("Recognizing the instability", "Relations have been getting better.", "unsupported"),
    ("responsible handling", "Ties are getting worse.", "unsupported"),
    ("deterioration in the relationship", "Relations have been getting better.", "contradicted"),
    ("deterioration in the relationship", "Ties are getting worse.", "supported"),  # news paraphrases, no stretch
    # my own "Are tensions getting worse?" and "Are the issues important?" got "Yes.": the tensions
    # make foreign investment sentiment worse, and the importance is of military communication
    ("grappling with economic slowdown", "Tensions are worsening.", "unsupported"),
    ("grappling with economic slowdown", "China's economic slowdown worsened tensions with the US.", "unsupported"),  # blind round 41
    ("grappling with economic slowdown", "Tensions with the US worsened foreign investment sentiment.", "supported"),
    ("grappling with economic slowdown", "Foreign investment sentiment is deteriorating.", "supported"),
    ("grappling with economic slowdown", "China is dealing with deteriorating foreign investment sentiment, which tensions with the US have exacerbated.", "supported"),
    ("Blinken highlighted the importance", "The issues are important.", "unsupported"),
    ("Blinken highlighted the importance", "Military communication is important.", "supported"),
    # claim set dev27: paraphrases of the article's words
    ("willingness on China", "Xi's comments signal that China is open to considering stabilizing bilateral ties.", "supported"),
    ("did not seek to challenge", "Xi said China isn't looking to replace the US.", "supported"),
    ("did not seek to challenge", "Xi said China is looking to replace the US.", "contradicted"),
]


@pytest.mark.parametrize(
    "claim, status",
    [
        ("Blinken wanted to establish a meeting.", "unsupported"),  # got "Yes.": "after the meeting" is another sentence's
        ("Blinken wanted to set up a meeting.", "unsupported"),
        ("Blinken emphasized the need to set up better lines of communication.", "supported"),  # claim set dev27
        ("Blinken said establishing better communication to prevent conflict serves the interests of both countries.", "supported"),
    ],
)
def test_a_verb_of_the_article_acts_on_its_own_object(claim, status):
    """My own "Did Blinken want to set up a meeting?" got "Yes.": the passage has "after the meeting"
    in one sentence and "the need to establish better lines of communication" in the next."""
    passage = next(p for p in PASSAGES if "the need to establish better lines" in p)
    assert verify(claim, [passage], context=PASSAGES).status == status


SESSION_19_VERDICTS = [
    # "later" stood for the "after" of "postponed after a ... balloon" (blind conversations 25)
    ("Earlier scheduled for", "Blinken's trip was originally planned for later in the year.", "unsupported"),
    ("Earlier scheduled for", "The trip was planned for later.", "unsupported"),  # "later" for "subsequently" (my own)
    ("Earlier scheduled for", "The trip had originally been planned for earlier in the year.", "supported"),
    ("Earlier scheduled for", "The balloon was later shot down.", "supported"),
    ("Earlier scheduled for", "The trip was planned for the middle of the year.", "contradicted"),
    ("Speaking at the Great Hall", "Xi spoke later in the visit.", "unsupported"),  # "later" against "future" (a draft)
    # "Did Blinken criticize China?" got "No." from Biden's praise of Blinken's efforts (my own)
    ("while visiting California", "Blinken criticized China.", "unsupported"),
    ("while visiting California", "Biden criticized Blinken's efforts.", "contradicted"),
    ("while visiting California", "The president criticized Blinken's efforts in China.", "contradicted"),
    # "Who was praised?" got "President Joe Biden [1].": the one who praises is not the one praised (my own)
    ("while visiting California", "President Joe Biden was praised.", "unsupported"),
    ("while visiting California", "Blinken was praised.", "supported"),  # was contradicted: "Biden, not Blinken, praised"
    ("while visiting California", "Blinken's efforts were praised.", "supported"),
    ("while visiting California", "Blinken's efforts were praised by Biden.", "supported"),
    ("Blinken reiterated that", "Blinken said the US is not seeking to decouple from China's economy.", "supported"),  # a draft lost it
    # "Who spoke at the Great Hall?" got "Blinken [1].": "Speaking at ..., Xi emphasized" is Xi speaking (my own)
    ("Speaking at the Great Hall", "Blinken spoke at the Great Hall of the People.", "unsupported"),
    ("Speaking at the Great Hall", "Xi spoke at the Great Hall of the People.", "supported"),
    ("Speaking at the Great Hall", "Blinken emphasized that the future of humanity depends on coexistence.", "contradicted"),
    # "Who was visited?" got "Xi [1].": what "to visit" acts on is China (my own)
    ("Speaking at the Great Hall", "Xi was visited.", "unsupported"),
    ("Speaking at the Great Hall", "China was visited.", "supported"),
    ("Xi assured Blinken", "Blinken was assured of China's respect for US interests.", "supported"),
]


SESSION_20_VERDICTS = [
    # claim set (train): a possessive owner the quote gives nothing to was let through
    ("Tensions between the two nations", "Ukraine's concerns about China's stance on the Russian invasion have fueled tensions between the US and China.", "unsupported"),
    ("Tensions between the two nations", "China's concerns fueled tensions.", "unsupported"),
    ("Tensions between the two nations", "Concerns over China's stance on Russia's invasion of Ukraine fueled tensions.", "supported"),
    ("Tensions between the two nations", "Concerns over China's military activities near Taiwan fueled tensions.", "supported"),
    ("remarks indicate a willingness", "Xi's remarks indicated China's willingness to consider stabilizing bilateral relations.", "supported"),
    ("while visiting California", "Biden expressed confidence in the progress made during Blinken's meetings.", "supported"),
    # claim set (train): the object of "to protect" was another verb's ("aid China's security-focused programs")
    ("Blinken reiterated that", "Blinken said the US seeks to protect the security-focused programs of China by withholding certain technologies.", "unsupported"),
    ("Blinken reiterated that", "The US seeks to protect national security by withholding technologies that could aid China's security-focused programs.", "supported"),
    ("Blinken reiterated that", "The US wants to protect national security by withholding certain technologies.", "supported"),
    # "Did Xi speak first?" got "Yes.": the quote's "first" orders secretaries of state visiting China (my own)
    ("Speaking at the Great Hall", "Xi spoke first.", "unsupported"),
    ("Speaking at the Great Hall", "Xi was the first to speak.", "unsupported"),
    ("Speaking at the Great Hall", "Blinken was the first to visit China since 2018.", "supported"),
    ("Speaking at the Great Hall", "Blinken was the first US secretary of state to visit China since 2018.", "supported"),
]

SESSION_21_VERDICTS = [
    # blind round 45: "the spy balloon incident" names what the balloon did, no new detail
    ("Blinken’s trip to Beijing was postponed", "The trip was postponed after the spy balloon incident.", "supported"),
    ("Blinken’s trip to Beijing was postponed", "The trip was postponed after the balloon thing.", "supported"),
    # a head noun after a modifier of another noun ("military sites", "spy balloon") is a detail
    ("Blinken’s trip to Beijing was postponed", "The trip was postponed after the military incident.", "unsupported"),
    ("Blinken’s trip to Beijing was postponed", "The trip was postponed after the spy incident.", "unsupported"),
    ("Blinken’s trip to Beijing was postponed", "The trip was cancelled after the spy balloon incident.", "contradicted"),  # a postponed trip still takes place
    # my own: "Was the balloon really a spy balloon?" got "Yes." where the article hedges the clause
    ("Blinken’s trip to Beijing was postponed", "The balloon was really a spy balloon.", "unsupported"),
    ("Blinken’s trip to Beijing was postponed", "The balloon was actually Chinese.", "unsupported"),
    ("Blinken’s trip to Beijing was postponed", "The balloon was really shot down.", "supported"),
    ("Blinken’s trip to Beijing was postponed", "The trip was really postponed.", "supported"),
    ("Blinken’s trip to Beijing was postponed", "A Chinese spy balloon was shot down.", "supported"),
    # blind round 45: "toward" was a detail the quote lacked, so the antonym could not contradict
    ("China, on the other hand", "Foreign investment sentiment toward China has been improving.", "contradicted"),
    # my own: the US is the tensions', not the sentiment's ("Yes." to "Is ... sentiment in the US deteriorating?")
    ("China, on the other hand", "Foreign investment sentiment in the US is deteriorating.", "unsupported"),
    ("China, on the other hand", "Foreign investment sentiment toward the US has been deteriorating.", "unsupported"),
    ("China, on the other hand", "Foreign investment sentiment in China is deteriorating.", "supported"),
    ("Blinken highlighted the importance", "Blinken highlighted communication to prevent incidents in Taiwan.", "supported"),
    ("President Joe Biden", "Biden expressed confidence in the progress made during the meetings in China.", "supported"),
    # my own: a title that fits one person is that person
    ("President Joe Biden", "The Chinese president praised Blinken.", "unsupported"),
    ("Chinese President Xi Jinping hinted", "The secretary of state visited Washington.", "unsupported"),
    ("Chinese President Xi Jinping hinted", "The Chinese president hinted at a truce.", "supported"),
    ("Speaking at the Great Hall", "The US secretary of state visited China.", "supported"),
    ("Speaking at the Great Hall", "Blinken was the first US secretary of state to visit China since 2018.", "supported"),
    # my own: "while visiting California" puts Biden there, not the progress or the efforts
    ("President Joe Biden", "The progress was made in California.", "unsupported"),
    ("President Joe Biden", "Biden praised efforts in California.", "unsupported"),
    ("President Joe Biden", "Biden was in California.", "supported"),
    # probes: a nationality before the noun's other modifiers ("a Chinese spy balloon")
    ("Blinken’s trip to Beijing was postponed", "An American balloon allegedly flew over military sites.", "contradicted"),
    ("Blinken’s trip to Beijing was postponed", "A Chinese balloon allegedly flew over US military sites.", "supported"),
]

SESSION_22_VERDICTS = [
    # blind round 46: "Is China's economic slowdown worse than America's?" got "Yes.": the article compares nothing
    ("China, on the other hand", "China's economic slowdown is worse than America's.", "unsupported"),
    ("China, on the other hand", "China's economy is deteriorating faster than the US economy.", "unsupported"),
    ("China, on the other hand", "China is grappling with economic slowdown.", "supported"),
    ("Xi further stated", "The visit lasted more than two days.", "contradicted"),  # an amount is the numbers check's
    ("Xi further stated", "Blinken held talks with senior Chinese officials other than Xi.", "supported"),
    ("Blinken reiterated that the US", "The US seeks to protect national security rather than contain China.", "supported"),
    # blind round 46: "the Chinese leader" had no holder, so "Did the Chinese leader meet ...?" got no verdict
    ("Chinese President Xi Jinping hinted", "The Chinese leader met the US secretary of state.", "supported"),
    ("President Joe Biden", "The Chinese leader praised Blinken.", "unsupported"),
    ("President Joe Biden", "The leader praised Blinken.", "supported"),  # fits Xi and Biden: left to the quote, which names Biden
    # my own: "Was the Chinese president the first to visit China since 2018?" got "Yes."
    ("Speaking at the Great Hall", "The Chinese president was the first to visit China since 2018.", "unsupported"),
    # my own: "Is the US as worried as China?" got "Yes.": an equal measure compares too
    ("Tensions between the two nations", "The US is as worried as China.", "unsupported"),
    ("Blinken viewed the past few days", "Blinken viewed the past few days as a positive step.", "supported"),
    # my own: "Is China concerned about its military activities?" got "Yes.": "concerns over China's
    # military activities" say what the concerns are about, not whose they are
    ("Tensions between the two nations", "China is concerned about its military activities.", "unsupported"),
    ("Tensions between the two nations", "The US is worried about China's military activities.", "unsupported"),
    ("Tensions between the two nations", "There are concerns over China's military activities.", "supported"),
    # my own: "Are there tensions in China?" got "Yes." from "tensions with the US"
    ("China, on the other hand", "There are tensions in China.", "unsupported"),
    ("China, on the other hand", "There are tensions in the US.", "unsupported"),
    ("China, on the other hand", "There are tensions with the US.", "supported"),
    ("Chinese President Xi Jinping hinted", "There is a strained relationship in Washington.", "unsupported"),
    ("Chinese President Xi Jinping hinted", "There is a strained relationship between Beijing and Washington.", "supported"),
    # my own: "Did Blinken go to China to meet Xi?" got "Yes.": the trip's purpose is not given,
    # and "go" and "meet" both rested on "to visit"
    ("Speaking at the Great Hall", "Blinken went to China to meet Xi.", "unsupported"),
    ("Speaking at the Great Hall", "Blinken went to China.", "supported"),
    # blind conversations 29: "were the sites sensitive?" was declined: "allegedly" hedged the sites'
    # description, and "sensitive" was read as describing "US" of "sensitive US military sites"
    ("Blinken’s trip to Beijing was postponed", "The US military sites were sensitive.", "supported"),
    ("Blinken’s trip to Beijing was postponed", "The balloon was over US military sites.", "unsupported"),  # the flight is hedged
    ("Blinken’s trip to Beijing was postponed", "The Chinese military sites were sensitive.", "contradicted"),
    # my own: "Who does Blinken work for?" answered "President Joe Biden [1].": the act "works" rested on
    # "Blinken's efforts", a thing (WordNet's noun "work"); a noun made from a verb still names an act
    ("President Joe Biden", "Blinken works for Biden.", "unsupported"),
    ("President Joe Biden", "Biden praised Blinken's work.", "supported"),
    ("Experts note the lack", "Experts point to the lack of substantive negotiations during Blinken's visit.", "supported"),
    # my own, both "Yes." at the session's start: "confided in Blinken" on "confidence in the progress",
    # "Blinken stepped" on the step the days are seen as
    ("President Joe Biden", "Biden confided in Blinken.", "unsupported"),
    ("President Joe Biden", "Biden expressed confidence in the progress.", "supported"),
    ("Blinken viewed the past few days", "Blinken stepped towards a goal.", "unsupported"),
    ("Blinken viewed the past few days", "The past few days were a positive step.", "supported"),
    # my own, each "Yes." at the session's start: an act on a noun the article only names as a topic
    # raised ("issues such as export controls") or as a need ("the need for responsible handling")
    ("Washington has also raised", "Washington arranged security with allies.", "unsupported"),
    ("Washington has also raised", "The US controlled exports.", "unsupported"),
    ("Washington has also raised", "Washington raised issues such as export controls.", "supported"),
    ("Washington has also raised", "Washington has raised security arrangements with allies aimed at containing China's ambitions.", "supported"),
    # my own: "Did Blinken communicate with the military?" ("the importance of military-to-military
    # communication") and "Did the US aid China's programs?" ("technologies that could aid") got "Yes."
    ("Blinken highlighted the importance", "Blinken communicated with the military.", "unsupported"),
    ("Blinken highlighted the importance", "Blinken highlighted military-to-military communication.", "supported"),
    ("Blinken reiterated that the US", "The US aided China's security-focused programs.", "unsupported"),
    ("Blinken reiterated that the US", "The technologies could aid China's security-focused programs.", "supported"),
    ("Speaking at the Great Hall", "Xi said humanity's future depends on whether China and the US are able to coexist.", "supported"),
]

SESSION_23_VERDICTS = [
    # blind yes/no round 48: an adverb between the speaker and "say" hid who is made to speak
    ("Speaking at the Great Hall", "Blinken also said humanity's destiny hinges on US-China coexistence.", "unsupported"),
    ("Speaking at the Great Hall", "Blinken publicly stated that humanity's future depends on whether China and the US coexist.", "unsupported"),
    ("Speaking at the Great Hall", "Xi also said humanity's destiny depends on whether China and the US can coexist.", "supported"),
    # "the state of relations": "state" alone titles no one (it was read as Blinken's title)
    ("Xi’s remarks indicate", "The state of bilateral relations has become increasingly acrimonious.", "supported"),
    # my own (noted in session 22): "Did Blinken prevent conflict?" got "Yes." from "the need to
    # establish better lines of communication to prevent competition from escalating into
    # conflict": what something is for is not done
    ("Recognizing the instability", "He prevented conflict.", "unsupported"),
    ("Recognizing the instability", "He prevented competition from escalating into conflict.", "unsupported"),
    ("Recognizing the instability", "He emphasized the need to establish better communication to prevent conflict.", "supported"),
    ("The Biden administration aims", "The Biden administration mitigated the risk of miscalculation.", "unsupported"),
    ("The Biden administration aims", "The Biden administration wants to reduce the risk of miscalculation.", "supported"),
    ("Blinken highlighted the importance", "Military-to-military communication prevented incidents in regions like Taiwan.", "unsupported"),
    ("Blinken highlighted the importance", "Blinken prevented incidents in the South China Sea.", "unsupported"),
    ("Blinken highlighted the importance", "Military-to-military communication could help prevent incidents in regions like Taiwan.", "supported"),
    ("concurred that both countries", "Both countries managed the relationship responsibly.", "unsupported"),
    ("concurred that both countries", "Both countries had an obligation to manage the relationship responsibly.", "supported"),
    ("Speaking at the Great Hall", "Blinken visited China.", "supported"),  # "the first ... to visit": done
    ("Blinken reiterated that the US", "The US seeks to protect national security by withholding certain technologies.", "supported"),
]


SESSION_24_VERDICTS = [
    # noted in session 23: "Did both countries manage the relationship responsibly?" got "Yes." from
    # "He stressed the need for responsible handling": what is needed is not done, by any verb
    ("He stressed the need", "Both countries managed the relationship responsibly.", "unsupported"),
    ("He stressed the need", "He managed relations responsibly.", "unsupported"),
    ("He stressed the need", "He stressed that relations must be handled responsibly.", "supported"),
    # session 22's "Didn't Xi tell Blinken that China doesn't care about US interests?": "Yes." from
    # "refrain from imposing their own wishes" ("care" is WordNet's "wish"), whose negation falls on
    # "imposing"; and the interests there are China's
    ("In return, he called", "China doesn't care about US interests.", "unsupported"),
    ("In return, he called", "He called for respect for US rights.", "contradicted"),
    ("In return, he called", "He urged both sides to refrain from imposing their own wishes on each other.", "supported"),
    ("Xi assured Blinken", "Xi said China did not seek to replace the United States.", "supported"),
    # my own: "Was Blinken the first US secretary of state to visit China?" got "Yes.": the
    # article's "first" runs only since 2018, so others came before
    ("Speaking at the Great Hall", "Blinken was the first US secretary of state to visit China.", "unsupported"),
    ("Speaking at the Great Hall", "Blinken was the first US secretary of state ever to visit China.", "contradicted"),
    ("Speaking at the Great Hall", "Blinken was the first US secretary of state to visit China since 2018.", "supported"),
    # my own: "Did Xi speak in English?" got "No." ("English" read as England, a place the Great
    # Hall contradicts) and "Did Xi speak in Chinese?" got "Yes."
    ("Speaking at the Great Hall", "Xi spoke in English.", "unsupported"),
    ("Speaking at the Great Hall", "Xi spoke in Chinese.", "unsupported"),
    ("Speaking at the Great Hall", "Xi spoke in Japan.", "contradicted"),
    # blind yes/no round 50: "an American one" is an American balloon, no number
    ("Earlier scheduled", "The spy balloon was an American one.", "contradicted"),
    # my own: "Was there military-to-military communication?" got "Yes." from "the importance of
    # military-to-military communication": what matters is not said to be there
    ("Blinken highlighted the importance", "There was military-to-military communication.", "unsupported"),
    ("Experts note the lack", "There were substantive negotiations.", "contradicted"),
    ("Recognizing the instability", "There was a need for better lines of communication.", "supported"),
    # blind yes/no round 51: "Did Blinken visit any other country on this trip?" got "Yes.": "country"
    # named Blinken, WordNet filing it with the "state" of "secretary of state"
    ("concurred that both countries", "Blinken visited other countries.", "unsupported"),
    ("Earlier scheduled", "Blinken visited any other country on this trip.", "unsupported"),
    ("Speaking at the Great Hall", "Blinken was in the country.", "supported"),  # the country is China
    ("Speaking at the Great Hall", "Blinken visited another country.", "unsupported"),
    # my own: "Did the meeting include Biden?" was "the meeting Biden", backed by any sentence naming both
    ("President Joe Biden, while", "The meetings included Biden.", "unsupported"),
    # my own: "Did Blinken issue a statement?" got "Yes." from "agreements reached on specific issues"
    ("Xi further stated", "Blinken issued a statement.", "unsupported"),
    # claim set dev29: the "that" of "said that" opened what he said, not a thing never named
    ("Xi further stated", "Xi said that during Blinken's two-day visit, progress was made on specific issues.", "supported"),
    ("Xi further stated", "Xi said that, in the meeting.", "unsupported"),
]

SESSION_26_VERDICTS = [
    # blind yes/no round 53: "commented on the trip" is said of any saying ("praised Blinken's efforts")
    ("while visiting California", "Biden was in California when he commented on the trip.", "supported"),
    ("while visiting California", "Biden did not comment on the trip.", "contradicted"),
    ("while visiting California", "Biden talked about the balloon.", "unsupported"),
    ("while visiting California", "Blinken and Biden were both in China for the talks.", "unsupported"),  # "talks" are meetings, no saying
    ("hinted at the possibility", "The talks were just between Xi and Blinken.", "unsupported"),
    # how much ("a full week", "only", "a lot of") does not hide what differs: the number, the lack
    ("two-day visit", "The visit lasted only one day.", "contradicted"),
    ("two-day visit", "The visit lasted only two days.", "unsupported"),
    ("lack of substantive", "Experts said the visit included a lot of substantive negotiations.", "contradicted"),
    ("lack of substantive", "Experts noted plenty of substantive negotiations during Blinken's visit.", "contradicted"),
    ("lack of substantive", "Experts noted not many substantive negotiations during Blinken's visit.", "unsupported"),  # "not many" is a lack
    ("increasingly acrimonious", "China-US relations have become friendlier recently.", "contradicted"),  # blind yes/no round 53
    ("increasingly acrimonious", "China-US relations have become more acrimonious recently.", "unsupported"),
    # a postponed trip is not a cancelled one
    ("Blinken’s trip to Beijing was postponed", "Blinken's trip to Beijing was cancelled.", "contradicted"),
    ("Blinken’s trip to Beijing was postponed", "Blinken's trip was delayed.", "supported"),
    # blind claims dev30: "likewise" adds as "also" does; "became the first" is "was the first"
    ("while visiting California", "Biden likewise praised Blinken's efforts in China.", "supported"),
    ("while visiting California", "Xi likewise praised Blinken's efforts in China.", "unsupported"),
    ("Speaking at the Great Hall", "Blinken became the first US secretary of state since 2018 to travel to China.", "supported"),
    ("Speaking at the Great Hall", "Blinken became the first US secretary of state since 2019 to travel to China.", "contradicted"),
    ("Speaking at the Great Hall", "Xi became the first US secretary of state since 2018 to travel to China.", "unsupported"),
    # blind conversations 56: every word but the names was stretched ("raise" covers "interest", "position" covers "respect")
    ("Xi assured Blinken", "Blinken raised China's position with Xi.", "unsupported"),
]

SESSION_27_VERDICTS = [
    # blind yes/no round 54: phrasal verbs are the one word WordNet knows, and news's own opposites never align
    ("highlighted the importance", "Blinken played down the importance of military-to-military communication.", "contradicted"),
    ("highlighted the importance", "Blinken downplayed military-to-military communication.", "contradicted"),
    ("highlighted the importance", "Blinken stressed the importance of military-to-military communication.", "supported"),
    ("He stressed the need", "He played down the need for responsible handling of Sino-US relations.", "contradicted"),  # WordNet: "downplay" is a kind of "stress"
    ("possibility of a truce", "Xi ruled out any kind of truce with the US.", "contradicted"),
    ("possibility of a truce", "Xi did not rule out a truce.", "unsupported"),
    ("possibility of a truce", "Xi hinted at a truce.", "supported"),
    ("deteriorating foreign", "Foreign investor sentiment toward China is getting worse.", "supported"),
    ("deteriorating foreign", "Foreign investor sentiment toward China is improving.", "contradicted"),
    ("lack of substantive", "Experts said the visit involved lots of substantive negotiations.", "contradicted"),
    ("extensive talks between", "Blinken's two-day visit involved extensive talks with senior Chinese officials.", "supported"),
    ("extensive talks between", "Blinken's two-day visit involved extensive talks with Biden.", "unsupported"),
    # an office given "as" or in an apposition is the person's office ("Was Blinken in China as US Defense Secretary?" was declined)
    ("Speaking at the Great Hall", "Blinken visited China as US Defense Secretary.", "contradicted"),
    ("Speaking at the Great Hall", "Blinken, the US Defense Secretary, visited China.", "contradicted"),
    ("Speaking at the Great Hall", "Blinken visited China as secretary of state.", "supported"),
    ("Speaking at the Great Hall", "Blinken, the US secretary of state, visited China.", "supported"),
    ("Speaking at the Great Hall", "Xi met Blinken as US Defense Secretary.", "unsupported"),  # whose office? two people before "as"
    ("lack of substantive", "Experts read the lack of real negotiations as a sign the relationship has deteriorated.", "supported"),
    ("lack of substantive", "Experts read the real negotiations as a sign the relationship has deteriorated.", "contradicted"),
    # probe q49-14 got "No." with "real" for "substantive": a gerund after a quality was left out of the lack
    ("lack of substantive", "Experts read the lack of real negotiating as a sign that ties have gotten worse.", "supported"),
    ("lack of substantive", "Experts see the lack of substantive negotiating as a sign that ties have gotten worse.", "supported"),
    ("lack of substantive", "Experts see substantive negotiating as a sign that ties have gotten worse.", "contradicted"),
    # "the lack of any negotiations" denies them all, which "the lack of substantive negotiations" does not
    ("lack of substantive", "Experts noted the lack of any negotiations during Blinken's visit.", "unsupported"),
    ("lack of substantive", "Experts noted the lack of substantive negotiations during Blinken's visit.", "supported"),
    ("no immediate progress", "He admitted any lack of immediate progress on this issue.", "supported"),  # "any" outside the denial
]


SESSION_29_VERDICTS = [
    # my own first-reader question "Who scheduled the trip?" got "Blinken [1].": an opening participle
    # ("Earlier scheduled for ..., Blinken's trip ...") says the trip was scheduled, by no one named
    ("Earlier scheduled", "Blinken scheduled the trip.", "unsupported"),
    ("Earlier scheduled", "Blinken had scheduled his trip for the beginning of the year.", "unsupported"),
    ("Earlier scheduled", "Blinken's trip, originally scheduled for the beginning of the year, was postponed.", "supported"),
    ("Earlier scheduled", "Blinken's trip to Beijing was earlier scheduled for the beginning of the year.", "supported"),
    # blind open 59: paraphrases WordNet does not relate
    ("military-to-military communication to prevent", "Blinken stressed military contact to avoid incidents.", "supported"),
]

SESSION_28_VERDICTS = [
    # conversations 58: the headline's Xi "sees 'progress'"; Blinken seeing Xi was "contradicted" as
    # a swap of who sees, though what Xi sees is not Blinken
    ("sees \u2018progress\u2019", "Blinken saw Xi.", "supported"),
    ("sees \u2018progress\u2019", "Blinken sees Xi Jinping.", "supported"),
    ("sees \u2018progress\u2019", "Blinken sees progress in China-US ties.", "contradicted"),  # that one is Xi's
    ("sees \u2018progress\u2019", "Antony Blinken sees progress at a meeting with Xi Jinping.", "contradicted"),
    ("praised Blinken", "Blinken praised Biden's efforts in China.", "contradicted"),
    # blind yes/no round 55 and claim set dev32: phrasal verbs, paraphrases, phrases that only join
    ("withholding certain", "The US is holding back certain technologies from China.", "supported"),
    ("withholding certain", "The US is not holding back technologies.", "contradicted"),
    ("concurred that", "Blinken rejected the idea that both countries have an obligation to manage the relationship responsibly.", "contradicted"),
    ("concurred that", "Blinken agreed with the idea that both countries have an obligation to manage the relationship responsibly.", "supported"),
    ("coexist harmoniously", "Xi said the future of humanity depends on whether China and the US can coexist peacefully.", "supported"),
    ("Tensions between the two nations", "China's stance on Russia's invasion of Ukraine is one of the things causing tension.", "supported"),
    ("export controls", "Washington has raised concerns about export controls on advanced technology.", "supported"),
    ("no immediate progress", "He acknowledged there was no immediate progress on that front.", "supported"),
    # a progressive acts: "are fueling" was read as a passive, and the faithful claim "reversed" who fueled whom
    ("Tensions between the two nations", "Concerns over China's military activities near Taiwan are fueling tensions.", "supported"),
    ("Tensions between the two nations", "Tensions are fueling concerns over China's military activities near Taiwan.", "unsupported"),
    ("rebuild diplomacy", "The Biden administration wants to cut off communication with Beijing.", "contradicted"),
    ("rebuild diplomacy", "The Biden administration wants to cut the risk of miscalculation.", "unsupported"),  # "cut" alone is no "sever"
    ("do the same if", "He believed China would do the same thing if the situation were reversed.", "supported"),
    ("withholding certain", "The US withholds certain technologies for national security reasons.", "supported"),
    ("does not aim to contain", "Blinken said the US is not trying to contain China.", "supported"),
    ("does not aim to contain", "Blinken said the US is trying to contain China.", "contradicted"),
    ("extensive talks", "Xi said the talks between senior Chinese officials and Blinken were brief.", "contradicted"),
    ("extensive talks", "Xi said progress had been made during extensive talks.", "supported"),
    # conversations 59: "think" is free, but who thinks it is not: Xi assured Blinken, Blinken said nothing here
    ("Xi assured Blinken", "Blinken thinks China respects US interests.", "unsupported"),
    ("Xi assured Blinken", "Blinken think that benefits Xi", "unsupported"),
    ("Xi assured Blinken", "Xi thinks China respects US interests.", "supported"),
    ("Experts note", "Experts think the relationship is deteriorating.", "supported"),
    # an act resting on a country's noun: "US interests" is no act, though "interests" can be a verb
    ("Xi assured Blinken", "Blinken benefits Xi.", "unsupported"),
    ("Xi assured Blinken", "China respects US interests.", "supported"),
    ("export controls", "Washington controls advanced technology exports.", "unsupported"),
    ("Earlier scheduled", "Blinken visited Beijing after the balloon incident.", "supported"),  # "Blinken's trip" is his act
    # "interests" is no "benefit" (my own questions: "Do US interests benefit China?" got "No.", "Does
    # China benefit US interests?" "Yes."), but "serves the interests of" is to benefit
    ("Xi assured Blinken", "US interests benefit China.", "unsupported"),
    ("Xi assured Blinken", "China benefits US interests.", "unsupported"),
    ("serves the interests", "The past few days benefit both countries and the world.", "supported"),
    ("serves the interests", "Blinken said the past few days served not just the two countries' interests but the world's as well.", "supported"),
    ("Earlier scheduled", "The trip was postponed after the balloon was found over Chinese military sites.", "contradicted"),
    # yes/no round 56: phrasal verbs and a reader's words
    ("possibility of a truce", "Xi Jinping sat down with Antony Blinken.", "supported"),
    ("possibility of a truce", "Xi Jinping sat down with Joe Biden.", "unsupported"),
    ("concurred that", "Blinken went along with the idea that both countries had an obligation to manage the relationship responsibly.", "supported"),
    ("refrain from imposing", "He urged both sides not to force their own wishes on each other.", "supported"),
    ("refrain from imposing", "He urged both sides to force their own wishes on each other.", "contradicted"),
    ("deteriorating foreign investment", "China faces a slowing economy and souring foreign investment sentiment.", "supported"),
    ("deteriorating foreign investment", "China is contending with an accelerating economy and souring foreign investment sentiment.", "contradicted"),
]


def test_what_a_claim_says_besides_the_dateline_is_verified_too():
    """make test-llm (session 27): "The article was published on June 20, 2023, in the Chinese
    edition of the Daily Beek" was supported: a right date settled the whole claim."""
    dateline = [next(p for p in PASSAGES if "June 20, 2023" in p)]
    assert verify("The article was published on June 20, 2023, in the Chinese edition of the Daily Beek.", dateline, context=PASSAGES).status == "unsupported"
    assert verify("The article was published on June 20, 2023, by Reuters.", dateline, context=PASSAGES).status == "unsupported"
    assert verify("The article was published on June 20, 2023.", dateline, context=PASSAGES).status == "supported"
    assert verify("The article, dated June 20, 2023, appears in the International section.", dateline, context=PASSAGES).status == "supported"
    assert verify("The article, dated June 20, 2023, reports that Xi Jinping sees progress in China-US ties.", dateline, context=PASSAGES).status == "supported"
    assert verify("The article was published on June 21, 2023, by Reuters.", dateline, context=PASSAGES).status == "contradicted"


def test_a_word_s_opposite_in_the_pair_that_aligns_best_contradicts_it():
    """Blind yes/no round 55: "Did Blinken describe the US-China relationship as stable?" was quoted
    with no verdict: "the US-China relationship" aligns only in his comments and the sentence after
    them together ("both countries"), and the opposite was looked for in single sentences only."""
    quote = [next(p for p in PASSAGES if "Recognizing the instability" in p)]
    assert verify("Blinken described the US-China relationship as stable.", quote, context=PASSAGES).status == "contradicted"
    assert verify("Blinken described the US-China relationship as unstable.", quote, context=PASSAGES).status == "supported"
    assert verify("Blinken described the US-China relationship as friendly.", quote, context=PASSAGES).status == "unsupported"


def test_a_word_s_opposite_in_the_next_sentence_contradicts_it():
    """Blind yes/no round 54: "Did Blinken describe the relationship as stable?" was quoted with no
    verdict: his comments name him and the relationship, the next sentence holds "instability"."""
    quote = [next(p for p in PASSAGES if "Recognizing the instability" in p)]
    assert verify("Blinken described the relationship as stable.", quote, context=PASSAGES).status == "contradicted"
    assert verify("Blinken said the relationship is unstable.", quote, context=PASSAGES).status == "supported"
    assert verify("Blinken said the relationship is friendly.", quote, context=PASSAGES).status == "unsupported"


def test_a_verb_after_and_is_no_second_act_of_a_passive_s_subject():
    """Claim set dev28: in "Blinken agreed that ties must be managed responsibly and stressed the
    need ...", "stressed" was the ties' act ("'emphasized' is by he (Blinken) in the article, not by ties")."""
    passage = [next(p for p in PASSAGES if "concurred that both countries" in p)]
    said = "Blinken agreed that ties must be managed responsibly and stressed the need for better communication."
    assert verify(said, passage, context=PASSAGES).status == "supported"
    assert verify(said.replace("Blinken agreed", "Xi agreed"), passage, context=PASSAGES).status != "supported"


def test_what_there_was_no_progress_on_is_denied_as_the_progress_is():
    """"Did Blinken admit they didn't make immediate progress on military-to-military
    communication?" got "No." (session 21's start): "no immediate progress on this issue" denied
    the progress but not the issue, and "this issue" stands for the communication named before."""
    quote = [next(p for p in PASSAGES if "no immediate progress" in p)]
    said = "Blinken admitted they didn't make immediate progress on military-to-military communication."
    assert verify(said, quote, context=PASSAGES).status == "supported"
    assert verify("They didn't make immediate progress on this issue.", quote, context=PASSAGES).status == "supported"
    assert verify("There was immediate progress on this issue.", quote, context=PASSAGES).status == "contradicted"
    assert verify("Blinken said military-to-military communication was not important.", quote, context=PASSAGES).status == "contradicted"


@pytest.mark.parametrize(
    "fragment, claim, status",
    SESSION_15_VERDICTS + SESSION_16_VERDICTS + SESSION_17_VERDICTS + SESSION_18_VERDICTS + SESSION_19_VERDICTS + SESSION_20_VERDICTS
    + SESSION_21_VERDICTS + SESSION_22_VERDICTS + SESSION_23_VERDICTS + SESSION_24_VERDICTS + SESSION_26_VERDICTS
    + SESSION_27_VERDICTS + SESSION_28_VERDICTS + SESSION_29_VERDICTS,
)
def test_verdicts_once_wrong(fragment, claim, status):
    """Claims from blind rounds, claim sets and my own questions that got the wrong verdict, and
    their near neighbours that must keep theirs."""
    assert verify(claim, [_sentence(fragment)], context=PASSAGES).status == status


@pytest.mark.parametrize("claim", ["Blinken urges both sides to refrain from imposing their own wishes on each other.",
                                   "Blinken urge both sides to refrain from imposing their wishes"])
def test_an_act_before_both_has_its_subject(claim):
    """My own questions: "Did Blinken urge both sides to refrain ...?" got "Yes." where Xi urged:
    an act before "both" was read as no act, so nobody's act."""
    xi = next(p for p in PASSAGES if "In return, he called" in p)
    assert verify(claim, [xi], context=PASSAGES).status == "contradicted"
    assert verify(claim.replace("Blinken", "Xi"), [xi], context=PASSAGES).status == "supported"


def test_a_subject_joined_to_the_actor_adds_someone_without_contradicting():
    """Claim set dev23: "Both Xi and Blinken emphasized the need to handle the relationship
    responsibly" was contradicted ("'stressed' is by Xi, not by Blinken"): it adds Blinken, it does
    not give Xi's act to him."""
    xi = next(p for p in PASSAGES if "He stressed the need" in p)
    stressed = [xi, _sentence("concurred that both")]
    assert verify("Both Xi and Blinken emphasized the need to handle the relationship responsibly.", stressed, context=PASSAGES).status != "contradicted"
    assert verify("Blinken stressed the need for responsible handling of Sino-US relations.", [xi], context=PASSAGES).status == "contradicted"


def test_a_full_name_speaks_as_its_surname_does():
    """Claim set dev21: "Xi Jinping said ..." was unsupported where the article has "Xi ... emphasizing"."""
    assert judge("Xi Jinping said that China did not seek to challenge or replace the United States.").status == "supported"
    assert judge("Joe Biden said that China did not seek to challenge or replace the United States.").status != "supported"


def test_a_verb_after_a_parenthetical_is_no_participle_phrase():
    """Session 29: "Blinken's trip, originally scheduled for ..., was postponed" names no one who
    scheduled; "Blinken, in return, called for ..." is still Blinken calling (Xi did)."""
    quote = [next(p for p in PASSAGES if "In return, he called" in p)]
    claim = "Blinken, in return, called for the US to respect China's legitimate rights and interests."
    assert verify(claim, quote, context=PASSAGES).status == "contradicted"


@pytest.mark.parametrize("claim, status", [
    ("Blinken agreed the relationship needs to be managed responsibly.", "supported"),  # blind conversations 62: no verdict
    ("Blinken said both countries need to manage the relationship responsibly.", "supported"),
    ("Blinken said the relationship does not need to be managed.", "contradicted"),
    ("Blinken said there is no need to manage the relationship.", "contradicted"),
])
def test_needs_to_is_an_obligation_as_must_is(claim, status):
    """"had an obligation to manage the relationship responsibly": "needs to be managed" says the same."""
    quote = "Blinken, in his comments after the meeting, concurred that both countries had an obligation to manage the relationship responsibly."
    assert verify(claim, [quote], context=PASSAGES).status == status


def test_like_someone_claims_both_did_it():
    """"Like Xi, Blinken stressed that the relationship needs to be managed responsibly": both are
    claimed to stress it; Blinken concurred and Xi stressed other words. It read as Blinken alone
    doing what the article says Xi did, and was contradicted."""
    quotes = ["He stressed the need for responsible handling of Sino-US relations, taking into account history, the people, and the world.",
              "Blinken, in his comments after the meeting, concurred that both countries had an obligation to manage the relationship responsibly."]
    assert verify("Like Xi, Blinken stressed that the relationship needs to be managed responsibly.", quotes, context=PASSAGES).status != "contradicted"

"""The offline answerer: it quotes sentences of the retrieved passages, so it cannot say
anything the article does not. Its only judgement is which sentences answer and when to decline.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np
from langchain_core.documents import Document

from assistant.answerability import AnswerabilityModel
from assistant.answers import citation_for, retrieved_passage
from assistant.answers import declined as answers_declined
from assistant.followup import carried_context
from assistant.forms import Form, ParsedQuestion, cleft, missing_names, name_prefixes, parse, premise, stated, statement, where_instead, with_country_names
from assistant.lexicon import lemmas, lexicon
from assistant.models import OTHERWISE, Answer, RetrievedPassage
from assistant.questions import ABOUT_ARTICLE
from assistant.settings import AnswerSettings
from assistant.text import PEOPLE_NOUNS, STOPWORDS, Vocabulary, content_families, content_stems, content_words, family, stem, words
from assistant.verifier import ALIASES, BILATERAL, CLAUSE_MARKS, DETERMINERS, PARTICLES, PARTIES, Verdict, actors, is_act, opposites, reduced_passive, relates_to, sentence_referents, starts_a_clause, tells_when, titles, tokenize, verify
from index import SentenceEmbeddings, passage_sentences


@dataclass
class Candidate:
    doc: Document
    text: str
    start: int
    end: int
    semantic: float
    lexical: float
    cue: float
    size: int = 1
    referents: frozenset[str] = frozenset()
    score: float = 0.0

    @property
    def headline(self) -> bool:
        return self.doc.metadata.get("kind") == "headline"

    @property
    def position(self) -> tuple[str, int, int]:
        return (str(self.doc.metadata.get("source", "")), int(self.doc.metadata.get("position", 0)), self.start)

    @property
    def passage(self) -> str:
        return self.doc.page_content


@dataclass
class Assessment:
    question: ParsedQuestion
    candidates: list[Candidate]
    best: Candidate | None
    features: dict[str, float]
    ruled_out: str | None  # why no sentence can answer, whatever the features say
    certain: bool = False  # a rule of the form chose the sentence (the dateline for "when was it published?")

    @property
    def form(self) -> Form:
        return self.question.form


class ExtractiveAnswerer:
    """Picks the best-supported sentences of the retrieved passages and cites them verbatim."""

    name = "extractive"

    def __init__(
        self,
        embeddings: SentenceEmbeddings,
        settings: AnswerSettings | None = None,
        model: AnswerabilityModel | None = None,
    ) -> None:
        self.embeddings = embeddings
        self.t = settings or AnswerSettings()
        self._model = model
        self.corpus: list[str] = []  # every passage (set by warm_up): who is who, for the verifier
        self.passages: list[Document] = []  # the same, as documents: a form may read beyond the retrieved ones
        self._names_by_window: list[frozenset[str]] | None = None

    @property
    def model(self) -> AnswerabilityModel:
        """Loaded on first use, so ``calibrate`` can assess questions before any model exists."""
        if self._model is None:
            self._model = AnswerabilityModel.load()
        return self._model

    def vectors(self, texts: Sequence[str]) -> np.ndarray:
        return self.embeddings.encode_cached(list(texts))

    def context(self, docs: Sequence[Document]) -> list[str]:
        """What the verifier may learn who is who from: every passage of the articles the docs
        come from, not just what was retrieved; not other articles, whose people may differ (and
        whose reading would make a first question wait on a hundred-article corpus)."""
        sources = {d.metadata.get("source") for d in docs}
        return [p.page_content for p in self.passages if p.metadata.get("source") in sources] or [d.page_content for d in docs]

    @staticmethod
    def answer_context(docs: list[Document]) -> list[RetrievedPassage]:
        """The retrieved passages as recorded on every answer (for reports and the UI)."""
        return [retrieved_passage(d) for d in docs]

    @staticmethod
    def warm_texts(corpus_texts: Sequence[str], vocabulary: Vocabulary) -> list[str]:
        """What answering embeds from the corpus: every sentence (and leaning pair) and content word."""
        docs = [Document(page_content=t) for t in corpus_texts]
        # not the "he"-named readings: finding who each "he" is reads every passage of every
        # article (seconds for a hundred), so they are embedded when a question first retrieves them
        windows = [w.text for d in docs for w in _windows(d, named=False)]
        return windows + [c for w in windows for c in _clauses(w)] + list(vocabulary.words)

    @staticmethod
    def named_readings(passages: Sequence[Document]) -> list[str]:
        """The "he"-named readings of every article's sentences, as a question that retrieves them
        reads them (who "he" is comes from the article's own passages): found when indexing, so
        their vectors are kept and a first question does not embed them."""
        by_source: dict[object, list[Document]] = {}
        for d in passages:
            by_source.setdefault(d.metadata.get("source"), []).append(d)
        out = []
        for docs in by_source.values():
            people = frozenset(titles(tuple(d.page_content for d in docs)))
            out += [w.said for d in docs for w in _windows(d, people) if w.said]
        return out

    def warm_up(self, passages: Sequence[Document], texts: Sequence[str]) -> None:
        """Know the corpus, and embed ``texts`` (at least ``warm_texts``) once, so the first question is fast."""
        self.passages = list(passages)
        self.corpus = [p.page_content for p in passages]
        self._names_by_window = None
        self.vectors(texts)

    # -- answering ------------------------------------------------------------------------
    def parse(
        self, question: str, standalone: str, vocabulary: Vocabulary, docs: Sequence[Document] = (), said: Sequence[str] = ()
    ) -> ParsedQuestion:
        context = self.context(docs) if docs else self.corpus
        return parse(question, standalone, vocabulary, people=lambda: frozenset(titles(tuple(context))), context=context, said=said)

    def assess(self, question: str, standalone: str, docs: list[Document], vocabulary: Vocabulary, said: Sequence[str] = ()) -> Assessment:
        """The best sentence (or pair) for the question, the features that judge it, and any
        rule of its form that settles or rules it out whatever the features say."""
        return self._assess(self.parse(question, standalone, vocabulary, docs, said), docs, vocabulary)

    def _assess(self, q: ParsedQuestion, docs: list[Document], vocabulary: Vocabulary) -> Assessment:
        form = q.form
        if form.declines:
            return Assessment(q, [], None, {}, form.declines)
        if form.gather is not None:  # a list read across the whole article, not its best sentence
            docs = list(self.passages) or docs
        if form.reads_mentions and q.names:
            seen = {d.id for d in docs}
            docs = docs + [p for p in self.passages if p.id not in seen and not missing_names(q, name_prefixes(p.page_content))]
        query = q.text if form.rank_by_question else q.standalone
        if form.ranks_by_context and (before := carried_context(q.standalone)):
            query = "; ".join(before)  # "anything else?" after "what did the US raise": more of what the US raised
        q_vec = np.asarray(self.embeddings.embed_query(query), dtype=np.float32)
        if query != q.text and content_words(q.text) and not form.ranks_by_context:  # a follow-up: its own words matter as much as what it refers to
            q_vec = (q_vec + np.asarray(self.embeddings.embed_query(q.text), dtype=np.float32)) / 2
        candidates = self._candidates(q, query, docs, q_vec)
        if not candidates:
            return Assessment(q, [], None, {}, "nothing was retrieved")
        best = max(candidates, key=lambda c: c.score)
        if form.pick is not None and (picked := form.pick(q, candidates)) is not None:
            return Assessment(q, candidates, picked, {}, None, certain=True)
        if any(w.isdigit() for w in q.unknown) and not form.verdict:  # a Yes/No's number is the verifier's to judge
            return Assessment(q, candidates, best, {}, "the question names a number the article never gives")
        if not form.verdict and (year := _year_said_otherwise(q.text, best.text)) is not None:
            return Assessment(q, candidates, best, {}, f"the article says since {year}, not what happened in {year}")
        if not form.verdict and (office := self._office_no_one_holds(q)) is not None:  # a Yes/No's is the verifier's
            return Assessment(q, candidates, best, {}, f"the article names no {office}")
        apart = self._never_together(q)
        if apart:  # "Why did Xi meet Biden?": no sentence has them both, so none can say why
            return Assessment(q, candidates, best, {}, f"the article never mentions {' and '.join(apart)} together")
        if form.prefer is not None:  # among the best ranked; a short answer comes from a single sentence
            pool = sorted((c for c in candidates if c.size == 1 or form.spans is None), key=lambda c: -c.score)
            pool = pool[: self.t.prefer_pool]
            preferred = (p for c in pool if form.prefer(q, c) and (p := self._supported(q, c, candidates)) is not None)
            best = max(preferred, key=lambda c: c.score, default=best)
        # "However, he admitted ..." names no one; with the sentence before, it names Blinken
        best = self._supported(q, best, candidates) or best
        if not self._supports(q, best) and form.spans is not None:
            # the best ranked sentence cannot answer; one a little lower holds a short answer the
            # claim verifier supports ("Who met Blinken?": "Xi Jinping" of "... at meeting with Antony Blinken")
            pool = sorted((c for c in candidates if c.size == 1), key=lambda c: -c.score)[: self.t.prefer_pool]
            verified = next((c for c in pool if self._supports(q, c) and self.short_span(q, c) is not None), None)
            if verified is not None:
                return Assessment(q, candidates, verified, {}, None, certain=True)
        if not self._supports(q, best):
            return Assessment(q, candidates, best, {}, f"no sentence gives {form.asks_for} asked for")
        return Assessment(q, candidates, best, self._features(q, best, vocabulary), None)

    def answer(self, question: str, standalone: str, docs: list[Document], vocabulary: Vocabulary, said: Sequence[str] = ()) -> Answer:
        retrieved = [retrieved_passage(d) for d in docs]
        a = self.assess(question, standalone, docs, vocabulary, said)
        q = a.question
        if a.ruled_out is None and a.best is not None and not a.certain:
            answers = self.model.answers(a.features)
        else:
            answers = a.best is not None and a.ruled_out is None
        if a.form.gather is not None and a.ruled_out is None:
            items = a.form.gather(q, a.candidates)
            if items:
                return self._compose_list(question, standalone, items, retrieved)
            return answers_declined(question, standalone, retrieved, self.name, f"no sentence gives {a.form.asks_for}")
        taken = None if a.form.verdict or not a.candidates else premise(q.text)
        if taken is not None:
            # "Why did Xi say China aims to replace the US?": what the question takes for granted,
            # judged like a yes/no statement; a contradicted one is corrected, not answered
            verdict, chosen, _ = self._yes_no(q, a.candidates, a.best or a.candidates[0], taken, refute_only=True)
            if verdict == "No.":
                return self._compose(question, standalone, q, _with_antecedent(chosen, a.candidates), OTHERWISE, retrieved)
        if a.form.verdict and a.candidates:
            # Yes/No only when the verifier finds the statement supported or contradicted; such a
            # statement is answered whatever the answerability model thought of the closest sentence.
            # A sentence a rule chose (the headline for "Does the headline say ...?") is the only judge
            judges = [a.best] if a.certain and a.best is not None else a.candidates
            verdict, chosen, clause = self._yes_no(q, judges, a.best or a.candidates[0])
            if verdict is not None or answers or (a.ruled_out is None and _said_of_another(q, chosen[0], vocabulary)):
                shown = _with_antecedent(chosen, a.candidates)
                if clause is not None and self.t.short_answers and (inside := _clause_in(shown, chosen, clause)) is not None:
                    # "No. Speaking at the Great Hall of the People alongside Blinken, the first US secretary
                    # of state to visit China since 2018 [1].": the clause that decides it, the sentence cited;
                    # "No. There was no immediate progress on this issue [1].": cited with the sentence before
                    return self._compose(question, standalone, q, shown, verdict, retrieved, inside)
                return self._compose(question, standalone, q, shown, verdict, retrieved)
        if a.form.verdict and a.candidates and not answers and a.ruled_out is None and (which := self._which(q, a.candidates)):
            # "Have they been getting better or worse?": the sentence that backs one choice and no
            # sentence the other; the reader gets the sentence, not a verdict on a mixed record
            return self._compose(question, standalone, q, _with_antecedent([which], a.candidates), None, retrieved)
        if a.form.verdict and not answers and a.ruled_out is None and (placed := self._placed_elsewhere(q, docs, vocabulary)):
            # "Was Biden in New York when he praised Blinken?": no verdict on New York, but the
            # sentence that puts him somewhere answers the reader
            return self._compose(question, standalone, q, [placed], None, retrieved)
        if not answers and a.ruled_out is None and a.best is not None:
            span = self.short_span(q, a.best) or self.object_span(q, a.best)
            if span is not None:
                # the best sentence holds a short answer whose statement the verifier supports: that
                # settles it, whatever the similarity model thought ("In which building did Xi speak?")
                return self._compose(question, standalone, q, [a.best], None, retrieved, span)
        if not answers:
            reason = a.ruled_out or "no retrieved sentence answers it closely enough"
            declined = answers_declined(question, standalone, retrieved, self.name, reason)
            if a.best is not None:
                declined.nearest_passage_id = retrieved_passage(a.best.doc).passage_id
            return declined
        assert a.best is not None
        chosen = self._choose(a.candidates, a.best, q)
        span = self.short_span(q, chosen[0]) if len(chosen) == 1 else None
        if span is None and self._told_without(q, a.candidates):
            # "Where was the balloon shot down?": the sentence names Beijing, but not as where that happened
            declined = answers_declined(question, standalone, retrieved, self.name, f"no sentence gives {q.form.asks_for} asked for")
            declined.nearest_passage_id = retrieved_passage(a.best.doc).passage_id
            return declined
        if span is None:
            shown = _with_antecedent(chosen, a.candidates)
            if len(shown) == 1:  # "He stressed the need for ...": the need, quoted with who "he" is
                span = self.object_span(q, shown[0])
                if span is None and len(chosen) == 1 and (clause := self.answering_clause(q, chosen[0])) is not None:
                    # "Blinken viewed the past few days as ... that goal", cited with the goal; a clause
                    # opening "He ..." only when the question names whom it may stand for
                    opens_he = PRONOUN.match(chosen[0].text, clause[0]) is not None
                    if not opens_he or chosen[0].referents & q.stems:
                        span = _clause_in(shown, chosen, clause)
            chosen = shown
        return self._compose(question, standalone, q, chosen, None, retrieved, span)

    def stream(
        self, question: str, standalone: str, docs: list[Document], vocabulary: Vocabulary, said: Sequence[str] = ()
    ) -> Iterator[str | Answer]:
        answer = self.answer(question, standalone, docs, vocabulary, said)
        pieces = answer.text.split(" ")
        for i, piece in enumerate(pieces):
            yield piece if i == 0 else " " + piece
        yield answer

    def _candidates(self, q: ParsedQuestion, query: str, docs: list[Document], q_vec: np.ndarray) -> list[Candidate]:
        """Every sentence of the passages, and every pair of neighbours: a sentence that says
        "this issue" or "he" is only understood, and only matches, together with the one before."""
        t, form = self.t, q.form
        q_stems = content_families(q.text)  # "economy" matches "economic"
        if q.referent is not None:  # "what did he think was needed?": his sentences, not the other person's
            q_stems = q_stems | {family(q.referent)}
        context_stems = content_families(query) - q_stems
        # the people of the retrieved passages' articles, not of the whole corpus
        retrieved_people = frozenset(titles(tuple(q.context or [d.page_content for d in docs])))
        windows = [(rank, doc, w) for rank, doc in enumerate(docs) for w in _windows(doc, retrieved_people)]
        people = frozenset(titles(self.corpus)) if q.referent is not None else frozenset()
        if not windows:
            return []
        # a "he" sentence is as close as it is read either way: as written, or with him named
        sims = np.maximum(self.vectors([w.text for _, _, w in windows]) @ q_vec, self.vectors([w.embedded for _, _, w in windows]) @ q_vec)
        headline_score = -t.headline_penalty if form.headline_bonus is None else form.headline_bonus
        out = []
        for (rank, doc, w), sim in zip(windows, sims):
            s_stems = content_families(w.text) | {family(r) for r in w.referents}
            lexical = len(q_stems & s_stems) / len(q_stems) if q_stems else 0.0
            if context_stems:
                inherited = len(context_stems & s_stems) / len(context_stems)
                lexical = (1 - t.inherited_weight) * lexical + t.inherited_weight * inherited
            cue = t.cue_bonus if form.cue is not None and form.cue.search(w.text) else 0.0
            if q.referent is not None and q.referent.lower() in actors(w.text, people):
                cue += t.referent_bonus  # "what did he think was needed?": where he acts or speaks
            c = Candidate(doc, w.text, w.start, w.end, float(sim), lexical, cue, w.size, w.referents)
            c.score = (
                t.semantic_weight * c.semantic
                + t.lexical_weight * c.lexical
                + c.cue
                + t.rank_bonus / (1 + rank)
                - t.pair_penalty * (w.size - 1)
                + (headline_score if c.headline else 0.0)
            )
            out.append(c)
        return out

    def _features(self, q: ParsedQuestion, best: Candidate, vocabulary: Vocabulary) -> dict[str, float]:
        """What the answerability model weighs (see ``assistant.answerability.FEATURES``)."""
        question = q.text
        unknown = [w for w in q.unknown if not relates_to(w, best.text)]  # "outcome" of "issue": WordNet knows it
        q_words = list(dict.fromkeys(content_words(question)))
        q_vec = np.asarray(self.embeddings.embed_query(question), dtype=np.float32)
        s_stems = set(content_stems(best.text)) | best.referents
        missing = [w for w in q_words if stem(w) not in s_stems]
        pull = 0.0
        if missing:
            s_vec = self.vectors([best.text])[0]
            # one embedding per missing word: bounded, so a 1000-character question costs no 12 s
            variants = self.embeddings.encode([_without(question, w) for w in missing[: self.t.pull_variants]])
            pull = max(0.0, float((variants @ s_vec).max()) - float(q_vec @ s_vec))
        closeness = dict.fromkeys(unknown, 0.0)
        if unknown and vocabulary.words:
            sims = (self.vectors(unknown) @ self.vectors(vocabulary.words).T).max(axis=1)
            closeness = {w: float(s) for w, s in zip(unknown, sims)}
        focus = [closeness[w] for w in q.focus if w in closeness]
        names = [closeness[w] for w in closeness if w in {n.lower() for n in q.names}]
        unknown_stems = {stem(u) for u in unknown}
        paired = _both_sides(q.names, q.text)  # "China-US competition" names the relationship, not a party the sentence must name
        known_names = {w.lower()[:4] for w in q.names if stem(w) not in unknown_stems and w not in paired}
        s_prefixes = _name_prefixes(best)
        for parts in _full_names(question, q.context or self.corpus):  # "Xi Jinping" is named where "Xi" is
            if parts & s_prefixes:
                s_prefixes = s_prefixes | parts
        return {
            "semantic": best.semantic,
            "lexical": best.lexical,
            "foreign_pull": pull,
            "unknown_similarity": min(closeness.values(), default=1.0),
            "focus_similarity": min(focus, default=1.0),
            "name_similarity": min(names, default=1.0),
            "missing_names": len(known_names - s_prefixes) / len(known_names) if known_names else 0.0,
            "clause_semantic": self._clause_similarity(q_vec, best),
            "known_share": 1.0 - len(unknown) / len(q_words) if q_words else 1.0,
        }

    def _clause_similarity(self, q_vec: np.ndarray, c: Candidate) -> float:
        """A long sentence dilutes the part that answers: the best of its comma-separated clauses."""
        clauses = _clauses(c.text)
        if len(clauses) < 2:
            return c.semantic
        return max(c.semantic, float((self.vectors(clauses) @ q_vec).max()))

    def _office_no_one_holds(self, q: ParsedQuestion) -> str | None:
        """"What did China's foreign minister say?": an office the article gives no one, nor
        anything WordNet relates to its titles or the people it quotes ("leader" is a president,
        "minister" is no secretary of state), so no sentence is that person's."""
        offices = [w for w in q.unknown if _names_an_office(w)]
        if not offices:  # nearly every question: no titles read
            return None
        held = " ".join(sorted({w for ts in titles(q.context).values() for w in ts} | PEOPLE_NOUNS))
        return next((w for w in offices if not relates_to(w, held)), None)

    def _never_together(self, q: ParsedQuestion) -> list[str]:
        """The people a question names (two or more) when no sentence of the article names them
        all, counting the person a "he" stands for; empty otherwise. People offered as choices
        ("Who said progress was made, Xi or Biden?") need not meet."""
        if len(q.names) < 2 or not self.passages or _CHOICE.search(q.text) or _EACH.search(q.text):
            return []
        known = frozenset(titles(q.context))
        people: list[str] = []  # one entry per person: "Joe Biden" is one, said by its last word
        for run in re.findall(r"[A-Z][\w\u2019'-]*(?:\s+[A-Z][\w\u2019'-]*)*", q.text):
            person = " ".join(w for w in (re.sub(r"['\u2019]s$", "", x) for x in run.split()) if w in q.names and w.lower() in known)
            if person and person not in people:
                people.append(person)
        if len(people) < 2:
            return []
        wanted = {p.split()[-1].lower()[:4] for p in people}
        return [] if any(wanted <= names for names in self._window_names()) else people

    def _window_names(self) -> list[frozenset[str]]:
        """Each sentence window's names (four letters, with what its "he" stands for), read once per corpus."""
        if self._names_by_window is None:
            self._names_by_window = [
                frozenset({x.lower()[:4] for x in words(w.text)} | {r[:4] for r in w.referents})
                for doc in self.passages for w in _windows(doc, named=False)
            ]
        return self._names_by_window

    @staticmethod
    def _supports(q: ParsedQuestion, c: Candidate) -> bool:
        return q.form.supports is None or q.form.supports(q, c.text)

    def _supported(self, q: ParsedQuestion, c: Candidate, candidates: Sequence[Candidate]) -> Candidate | None:
        """The sentence if it can answer, else it with the sentence before when together they can
        ("He emphasized ..., as he believed China would do the same" names no one; with "Blinken
        reiterated ..." before it, Blinken)."""
        if self._supports(q, c):
            return c
        pair = _pair_ending_with(c, candidates) if c.size == 1 else None
        return pair if pair is not None and self._supports(q, pair) else None

    def _choose(self, candidates: list[Candidate], best: Candidate, q: ParsedQuestion) -> list[Candidate]:
        """The best sentence, plus one more (where the form allows) when it is nearly as good, can
        answer on its own and covers question words the first misses."""
        chosen = [best]
        # "What agreement on Taiwan did they sign?": an act the article never names may be a false
        # premise, and two sentences each covering part of it ("agreements reached", "Taiwan") would
        # read as one answer that confirms it; a second sentence must say the act in its own words
        acts = [w for w in q.unknown if "VERB" in lemmas(w)]
        q_stems = set(content_stems(q.text))
        covered = set(content_stems(best.text)) & q_stems
        for c in sorted(candidates, key=lambda c: -c.score):
            if len(chosen) >= q.form.max_sentences:
                break
            if _overlaps(c, chosen) or c.score < self.t.second_sentence_ratio * best.score or not self._supports(q, c):
                continue
            if q.form.prefer is not None and not q.form.prefer(q, c):  # "What did Blinken emphasize?": his, not Xi's
                continue
            new = (set(content_stems(c.text)) & q_stems) - covered
            if new and all(relates_to(w, best.text) or relates_to(w, c.text) for w in acts):
                chosen.append(c)
                covered |= new
        return sorted(chosen, key=lambda c: (str(c.doc.metadata.get("source", "")), c.start))

    def _yes_no(self, q: ParsedQuestion, candidates: list[Candidate], first: Candidate, claim: str | None = None, refute_only: bool = False):
        """("Yes."/"No."/None, the quote): a verdict only when the verifier finds the statement
        (``claim``, by default the one the yes/no question asks) supported or contradicted by a
        sentence, which is then the one quoted. ``refute_only``: the caller acts on "No." alone,
        so a supporting sentence ends the search."""
        claim = statement(q.text) if claim is None else claim
        lead = re.match(r"(?:he|she)\b", claim, re.I)
        if lead and q.referent is not None:  # a follow-up's "he" is the person the last turn was about
            claim = q.referent + claim[lead.end() :]
        told = len(content_words(claim)) + bool(ABOUT_ARTICLE.search(claim))  # "the article is from 2022": the article is its subject
        if (told < 2 or _ALTERNATIVES.search(q.text) or _offers_a_choice(q.text) or len(_NEGATIONS.findall(claim)) > 1
                or _THERE.search(claim) or _EMBEDDED_WH.search(claim) or _elliptical(claim)):
            # "Is Xi?" and "did china refuse" state nothing to judge; "before or after?" asks which, not whether; "Did Blinken
            # not say nothing about Taiwan?" may mean either; "Did Blinken visit there?" names no place;
            # "Did he say which technologies?" asks whether something was specified, which no quote shows
            return None, [first], None
        singles = sorted((c for c in candidates if c.size == 1 and c is not first), key=lambda c: -c.score)
        context = q.context or [c.doc.page_content for c in candidates]
        ordered = [first, *singles]
        decisive = []
        for n, c in enumerate(ordered):
            if not decisive and n > self.t.verdict_sentences:
                break  # no best ranked sentence decides it, and a lower one cannot
            # "In return, he called for the US to respect ..." says Xi only with the sentence before
            leaning = _pair_ending_with(c, candidates) if c.size == 1 and _LEANS_BACK.match(c.text) else None
            v, alone = verify(claim, [(leaning or c).text], context=context), leaning is None
            if leaning is not None and v.status == "unsupported":  # the pair's other sentence may speak over it
                v, alone = verify(claim, [c.text], context=context), True
            if v.status != "unsupported":
                decisive.append((n, c, v.status, v if alone else None))
                if len({d[2] for d in decisive}) > 1 or (refute_only and v.status == "supported"):
                    break  # settled: sentences disagree, or it cannot be refuted
        # the deciding sentence comes from the best ranked; any other retrieved sentence that says
        # the opposite leaves the question open ("Was Biden in Beijing?": "the Biden administration
        # ... with Beijing" against "Biden, while visiting California")
        if not decisive and not refute_only and (other := self._done_by_another(q, ordered[: self.t.verdict_sentences + 1], candidates, context)):
            return "No.", [other], None
        if not decisive or decisive[0][0] > self.t.verdict_sentences or len({d[2] for d in decisive}) > 1:
            return None, [first], None
        core = _OWNED.sub(lambda m: f"{m.group(1)} {m.group(3)}" if _owned_by_a_country(m) else m.group(0), claim)  # "contain China's ambitions"
        if decisive[0][2] == "supported" and core != claim and any(
            verify(core, [c.text], context=context).status == "contradicted" for c in ordered[: self.t.verdict_sentences]
        ):
            return None, [first], None
        # the quote shown is the one that says it in the question's own words, where several do:
        # "Did Xi meet Blinken?" quotes "during a meeting with ... Blinken", not "talks between
        # senior Chinese officials and Blinken over the two-day visit" (a visit is a kind of meeting)
        # (every decisive sentence says the same, so any of them may be the one shown)
        claim_stems = set(content_stems(claim))
        _, c, status, v = max(decisive, key=lambda d: (len(claim_stems & set(content_stems(d[1].text))), -d[0]))
        clause = None if refute_only else self._deciding_clause(claim, c, status, context, v)  # a premise's is never shown
        return ("Yes." if status == "supported" else "No."), [c], clause

    def _deciding_clause(
        self, claim: str, c: Candidate, status: str, context: Sequence[str], v: Verdict | None = None
    ) -> tuple[int, int] | None:
        """Where in sentence ``c`` the clause lies that decides the statement alone, verified again on
        its own words: no verdict may rest on words the reader is not shown. ``v``: the verdict on
        ``c`` alone, if the caller has it."""
        v = v or verify(claim, [c.text], context=context)
        if v.status != status:
            return None
        if v.clause is None and c.size == 2:
            return self._deciding_clause_of_pair(claim, c, status, context)
        if v.clause is None:
            return None
        n = len(words(v.clause.text))
        if n < self.t.verdict_clause_words or n > self.t.verdict_clause_share * len(words(c.text)):
            return None
        if verify(claim, [v.clause.text], context=context).status != status:
            return None
        return v.clause.start, v.clause.end

    def _deciding_clause_of_pair(self, claim: str, c: Candidate, status: str, context: Sequence[str]) -> tuple[int, int] | None:
        """"Blinken highlighted ... military-to-military communication ... However, he admitted that
        there was no immediate progress on this issue.": the clause of the second sentence that
        decides the statement, read with the first sentence for what "this issue" is."""
        cut = _last_sentence_start(c.text)
        first, second = c.text[:cut].rstrip(), c.text[cut:]
        clause = verify(claim, [second], context=context).clause
        if not first or clause is None or len(words(clause.text)) < self.t.verdict_clause_words:
            return None
        if verify(claim, [f"{first} {clause.text}."], context=context).status != status:
            return None
        if PRONOUN.match(clause.text) and not c.referents & set(content_stems(claim)):
            return None  # "He emphasized ...": only where the question names whom "he" may stand for
        return cut + clause.start, cut + clause.end

    @staticmethod
    def _done_by_another(q: ParsedQuestion, ordered: Sequence[Candidate], candidates: list[Candidate], context: Sequence[str]) -> Candidate | None:
        """"Was it Xi who admitted there was no progress?" says Xi and no one else did: a best ranked
        sentence in which another person of the article does it, where none has Xi do it, says "No."
        (the sentences were already found not to support Xi's doing it)."""
        focused = cleft(q.text)
        if focused is None or not re.fullmatch(r"[A-Z][\w\u2019'-]*(?:\s+[A-Z][\w\u2019'-]*)*", focused[0]):
            return None  # a person or country by name, not "a Russian balloon" or "Xi, not Blinken,"
        focus, rest = focused
        known = frozenset(titles(tuple(context)))
        for c in ordered:
            text = (_pair_ending_with(c, candidates) or c).text if c.size == 1 and _LEANS_BACK.match(c.text) else c.text
            for other in sorted(actors(text, known)):
                if other.lower() in focus.lower():
                    continue
                if verify(f"{other.capitalize()} {rest}", [text], context=context).supported:
                    return c
        return None

    def _which(self, q: ParsedQuestion, candidates: list[Candidate]) -> Candidate | None:
        """Of the two choices a question offers ("better or worse", "before or after"), the best
        ranked sentence that supports one, when no sentence supports the other."""
        m = next(reversed(list(_OR.finditer(claim := statement(q.text)))), None)
        if m is None or m.group(2).lower() == "not":
            return None
        options = [claim[: m.start()] + m.group(g) + claim[m.end() :] for g in (1, 2)]
        singles = sorted((c for c in candidates if c.size == 1), key=lambda c: -c.score)[: self.t.verdict_sentences]
        context = q.context or [c.doc.page_content for c in candidates]
        backing = [[c for c in singles if verify(o, [c.text], context=context).supported] for o in options]
        if bool(backing[0]) == bool(backing[1]):
            return None
        return (backing[0] or backing[1])[0]

    def _placed_elsewhere(self, q: ParsedQuestion, docs: list[Document], vocabulary: Vocabulary) -> Candidate | None:
        """The sentence that answers the where-question a yes/no question about a place stands on,
        when that sentence verifiably puts them somewhere."""
        where = where_instead(q.standalone)
        if where is None:
            return None
        a = self.assess(where, where, docs, vocabulary)
        if a.ruled_out is not None or a.best is None or self.short_span(a.question, a.best) is None:
            return None
        return a.best

    def _told_without(self, q: ParsedQuestion, candidates: list[Candidate]) -> bool:
        """Does the best ranked sentence that tells the question's act tell it without what the
        form asks for? Then no other sentence may answer in its place ("Where did Blinken highlight
        the importance of communication?" is not answered by where Xi spoke)."""
        told = q.form.tells_without
        if told is None:
            return False
        pool = sorted((c for c in candidates if c.size == 1), key=lambda c: -c.score)[: self.t.prefer_pool]
        return next((v for c in pool if (v := told(q, c.text)) is not None), False)

    def short_span(self, q: ParsedQuestion, c: Candidate) -> tuple[int, int] | None:
        """Where in the sentence the short answer lies, when the form finds one that can stand
        alone. Read on its own, "At the Great Hall of the People" asserts that the article places
        what the question asks there; the span is shown only when the claim verifier finds that
        statement supported by the sentence, otherwise the whole sentence is the answer."""
        if not self.t.short_answers or q.form.spans is None or c.size != 1:
            return None
        if q.form.verified_spans:  # the form's own finder verified each span
            return next(iter(q.form.spans(q, c.text)), None)
        if q.form.proven_spans is not None and (proven := q.form.proven_spans(q, c.text)):
            return proven[0]
        if missing_names(q, _name_prefixes(c)):
            return None
        context = q.context or [c.doc.page_content]
        spans = q.form.spans(q, c.text)
        reach = self.t.person_span_reach if q.form.name == "person" else self.t.span_reach
        near = spans if q.form.anchored else [sp for sp in spans if _beside_question(q, c.text, sp, reach)]
        asked = _of_headline_people(q)
        for lo, hi in near[: self.t.span_candidates]:
            if verify(stated(asked, c.text[lo:hi]), [c.text], context=context).supported:
                return lo, hi
        return None

    def object_span(self, q: ParsedQuestion, c: Candidate) -> tuple[int, int] | None:
        """"What does the Biden administration aim to rebuild?" -> "diplomacy and communication
        channels with Beijing to mitigate ...": what follows the question's own act and words in the
        sentence, to the end of its clause. Shown only when the statement the question makes with
        it ("the Biden administration aim to rebuild diplomacy ...") is supported by the sentence."""
        m = _WHAT_DO.match(q.text)
        if not self.t.short_answers or q.form.verdict or q.form.spans is not None or m is None:
            return None
        if m.group("aux").lower() not in ("did", "does", "do"):
            # "What is Washington trying to rebuild?" asks for an object as "what did" does; "What
            # has fueled tensions?" asks for the subject, and "What is the date?" for no act
            after = tokenize(q.text[m.end() :])
            if not after or after[0].verb or not any(t.verb and t.low.endswith(("ing", "ed")) for t in after[1:]):
                return None
        asked_q = q.text[m.start("aux") :]
        # "What did Xi hint at regarding the tense relationship?": the statement may also be made
        # without what it is asked about, when the span speaks of that
        topic = _TOPIC.search(asked_q)
        body = q.text[m.end() :].rstrip(" ?!.")
        asked = tokenize(body)
        stems, lemmas_ = {t.stem for t in asked}, set().union(*(t.lemmas for t in asked)) - {"be", "do", "have"}
        tokens = tokenize(c.text)
        # a pair is quoted for the "he" of its last sentence, where the answer must lie: the verifier
        # would find the question's words in either sentence
        last = _last_sentence_start(c.text) if c.size > 1 else 0

        def said(t) -> bool:
            return t.stem in stems or bool(t.lemmas & lemmas_)

        # the question's acts, the last first: "What is the Biden administration trying to mitigate?"
        # asks what follows "mitigate", not "aims"; not "the meeting" nor "in return", nouns
        acts = [w for i, w in enumerate(tokenize(body[: topic.start()] if topic else body)) if w.content and w.verb
                and not (i and (asked[i - 1].low in DETERMINERS | _AFTER_PREPOSITION or asked[i - 1].possessive))]
        if asked and asked[-1].lemmas & {"do"} and not (len(asked) > 1 and asked[-2].low == "to"):
            return None  # "What did the spy balloon allegedly do?" asks for the act itself ("balloon" is no act); "aim to do" does not

        def names_act(act, t) -> bool:  # in its words or in words WordNet relates ("stress": "highlighted")
            return t.stem == act.stem or bool(t.lemmas & act.lemmas - {"be", "do", "have"}) or relates_to(act.low, t.text)

        for act, (j, t) in ((a, jt) for a in reversed(acts) for jt in enumerate(tokens)):
            if not (t.content and (is_act(tokens, j) or (t.verb and t.low.endswith("ing"))) and names_act(act, t)):
                continue
            if any(x.hedge for x in tokens[max(0, j - 2) : j]) and not any(x.hedge for x in asked):
                continue  # "allegedly flew over ...": the answer alone would drop the doubt the question does not voice
            if reduced_passive(tokens, j):
                continue  # "progress had been made and agreements reached on specific issues": agreements were reached
            k = j + 1
            while k < len(tokens) and said(tokens[k]) and not CLAUSE_MARKS.search(c.text, tokens[k - 1].end, tokens[k].start):
                k += 1
            if k >= len(tokens) or CLAUSE_MARKS.search(c.text, tokens[k - 1].end, tokens[k].start):
                continue
            while k - 1 > j and tokens[k - 1].low in _ARTICLES:
                k -= 1  # "the same": the question's "the" belongs to the answer
            if tokens[k].low in _LEADING_PREPOSITIONS and k + 1 < len(tokens):
                k += 1  # "hinted at the possibility ...": the possibility
            lo = tokens[k].start
            if lo < last:
                continue
            lo -= lo > 0 and c.text[lo - 1] in "\u2018\u201c\"'"  # "‘progress’" keeps its quotation marks
            ends = [mm.start() for mm in CLAUSE_MARKS.finditer(c.text, lo)]
            ends += [mm.start() for mm in _SENTENCE_END.finditer(c.text, lo)]  # a pair's first sentence
            ends += [tokens[i].start for i in range(k + 1, len(tokens)) if starts_a_clause(tokens, i)]  # "but ...", "and was ..."
            # "hinted at the possibility of a truce ... during a meeting with ...": when the act happened, not what it was of
            ends += [tokens[i].start for i in range(k + 1, len(tokens)) if tells_when(tokens, i)]
            hi = len(c.text[: min(ends + [len(c.text.rstrip().rstrip(".!?"))])].rstrip())
            if len(words(c.text[lo:hi])) < 2:
                continue
            piece = c.text[lo:hi]
            claims = [f"{statement(q.text[m.start('aux') :])} {piece}"]
            if topic is not None and all(relates_to(w, piece) or stem(w) in content_stems(piece) for w in content_words(topic.group("topic"))):
                claims.append(f"{statement(asked_q[: topic.start()])} {piece}")
            if any(verify(claim, [c.text], context=q.context or [c.doc.page_content]).supported for claim in claims):
                return lo, hi
        return None

    def answering_clause(self, q: ParsedQuestion, c: Candidate) -> tuple[int, int] | None:
        """The clause of the sentence that holds every word it shares with the question, without
        the phrases around it that answer nothing: "Xi emphasized that the future and destiny of
        humanity depend on ..." without "Speaking at the Great Hall of the People alongside Blinken,
        the first US secretary of state to visit China since 2018,". It opens at the sentence's
        start or at a capitalised subject after a comma, never at a "he" (the sentence before says
        who that is); it ends at the sentence's end or before "emphasizing ...", ", which ...",
        "but ...". Shown only when the verifier finds the clause, read alone, supported. A form
        that knows what its answer looks like (a place, a date) shows that or the whole sentence:
        a clause would read as the place asked for."""
        if not self.t.short_answers or q.form.verdict or q.form.spans is not None or c.size != 1:
            return None
        text = c.text.rstrip().rstrip(".!?")
        asked = set(content_stems(q.text)) & set(content_stems(text))
        if not asked:
            return None
        starts = [0] + [m.end() + len(text[m.end():]) - len(text[m.end():].lstrip()) for m in CLAUSE_MARKS.finditer(text)
                        if _OPENS_SUBJECT.match(text, m.end())]
        ends = [len(text)] + [m.start() for m in CLAUSE_MARKS.finditer(text) if _CLOSES_BEFORE.match(text, m.end())]
        ends += [m.start() for m in _BUT.finditer(text)]
        best: tuple[int, int] | None = None
        for lo in starts:
            for hi in ends:
                if hi <= lo or (lo, hi) == (0, len(text)):
                    continue
                piece = text[lo:hi]
                n = len(words(piece))
                if asked - set(content_stems(piece)) or n < self.t.verdict_clause_words or n < len(asked) + 2:
                    continue
                if best is None or n < len(words(text[best[0] : best[1]])):
                    best = (lo, hi)
        if best is None:
            return None
        lo, hi = best
        piece, dropped = text[lo:hi], f"{text[:lo]} {text[hi:]}"
        # what is dropped must answer nothing: no question word, nor a word WordNet relates to one
        # ("originally planned" and "Earlier scheduled for the beginning of the year"); an ending
        # ("..., emphasizing that China did not seek to ...") goes only when the question asks of
        # the act the kept clause says ("assure Blinken of")
        if any(relates_to(w, dropped) for w in content_words(q.text)):
            return None
        if hi < len(text) and not any(t.stem in asked for t in _acts_in(piece)):
            return None
        if verify(piece, [c.text], context=q.context or [c.doc.page_content]).status != "supported":
            return None
        return best

    def _compose_list(
        self, question: str, standalone: str, items: list[tuple[Candidate, tuple[int, int]]], retrieved: list[RetrievedPassage]
    ) -> Answer:
        """"Chinese President Xi Jinping [1]; US Secretary of State Antony Blinken [2]; ...": each item
        a verbatim span, its citation the whole sentence it lies in."""
        citations = [citation_for(i, c.doc, c.text, c.start, c.end, span) for i, (c, span) in enumerate(items, 1)]
        text = "; ".join(f"{c.text[lo:hi]} [{i}]" for i, (c, (lo, hi)) in enumerate(items, 1)) + "."
        return Answer(question=question, standalone_question=standalone, text=text, citations=citations,
                      declined=False, retrieved=retrieved)

    def _compose(
        self, question: str, standalone: str, q: ParsedQuestion, chosen: list[Candidate], verdict: str | None,
        retrieved: list[RetrievedPassage], span: tuple[int, int] | None = None,
    ) -> Answer:
        """``span``: where in the one chosen sentence the short answer lies (``short_span``), if anywhere."""
        citations = [citation_for(i, c.doc, c.text, c.start, c.end) for i, c in enumerate(chosen, 1)]
        if span is not None:
            lo, hi = span
            citations[0] = citation_for(1, chosen[0].doc, chosen[0].text, chosen[0].start, chosen[0].end, span)
            short = chosen[0].text[lo:hi].rstrip(" ,;:.")
            text = " ".join(([verdict] if verdict else []) + [f"{short[:1].upper()}{short[1:]} [1]."])
        else:
            text = " ".join(([verdict] if verdict else []) + [f"{c.text} [{i}]" for i, c in enumerate(chosen, 1)])
        return Answer(
            question=question, standalone_question=standalone, text=text, citations=citations, declined=False,
            retrieved=retrieved,
        )


@dataclass(frozen=True)
class Window:
    text: str
    start: int
    end: int
    size: int
    referents: frozenset[str] = frozenset()  # stems of the names a "he" or "his" in it may stand for
    said: str = ""  # the text with its subject "he" named ("In return, Xi called for ..."), also embedded

    @property
    def embedded(self) -> str:
        return self.said or self.text


ANAPHORIC_START = re.compile(
    r"^(However|But|Yet|Still|Instead|Meanwhile|In return|In turn|He|She|It|They|This|That|These|Those|Such|"
    r"His|Her|Its|Their)\b"
)
"""A sentence opening like this leans on the one before: quote the two together."""

PRONOUN = re.compile(r"\b(he|she|his|her|him)\b", re.I)


def _windows(doc: Document, people: frozenset[str] = frozenset(), named: bool = True) -> list[Window]:
    start = int(doc.metadata.get("start", 0))
    kind = str(doc.metadata.get("kind", "body"))
    sentences = passage_sentences(doc.page_content, start, kind)
    out, seen = [], []
    subjects = sentence_referents(doc.page_content, people) if kind != "headline" and named else {}
    for s in sentences:
        refers = bool(PRONOUN.search(s.text)) and kind != "headline"
        out.append(Window(s.text, s.start, s.end, 1, frozenset(stem(n) for n in seen) if refers else frozenset(),
                          _named_subject(s.text, subjects.get(s.text, frozenset()))))
        seen += _capitalised(words(s.text))
    if kind != "headline":
        for a, b in zip(sentences, sentences[1:]):
            if ANAPHORIC_START.match(b.text):
                out.append(Window(doc.page_content[a.start - start : b.end - start], a.start, b.end, 2))
    return out


_SUBJECT_PRONOUN = re.compile(r"(?:^|(?<=^However, )|(?<=^In return, )|(?<=, ))(?:he|He|she|She)\b(?= [a-z]+(?:ed|s)\b)")


def _named_subject(text: str, referents: frozenset[str]) -> str:
    """"He stressed the need ..." as "Xi stressed the need ...", where the sentence before says who:
    MiniLM matches a question naming Xi to a sentence that names him, not to one saying "he"."""
    if len(referents) != 1:
        return ""
    (name,) = referents
    named, n = _SUBJECT_PRONOUN.subn(name.capitalize(), text, count=1)
    return named if n else ""


def _clauses(text: str) -> list[str]:
    return [x for x in re.split(r"[,;:]\s+", text) if len(x.split()) >= 4]


_TWO_COUNTRIES = re.compile(rf"\b(?:two|both)\s+(?:{'|'.join(sorted(PARTIES))})\b|\b(?:{'|'.join(sorted(BILATERAL))})\b", re.I)


def _name_prefixes(c: Candidate) -> set[str]:
    """Names are matched on four letters ("Chinese": "China's"), counting those a "he" stands for,
    a country's other names ("Beijing" for "China"), and the story's two countries that "the two
    nations" names ("friction between Beijing and Washington": "Tensions between the two nations")."""
    return with_country_names(name_prefixes(c.text) | {r[:4] for r in c.referents}, both=bool(_TWO_COUNTRIES.search(c.text)))


def _capitalised(ws: list[str]) -> list[str]:
    return [w for w in ws if w[:1].isupper() and w.lower() not in STOPWORDS]


def _without(question: str, word: str) -> str:
    return re.sub(rf"(?<![\w'\u2019-]){re.escape(word)}(?![\w'\u2019-])", "", question, flags=re.I).replace("  ", " ")


_PAIR_WORDS = re.compile(r"\b(?:they|the two(?: men| leaders| sides)?|both(?: of them)?)\b", re.I)
_EVENT_WORDS = re.compile(r"\b(?:the|this) (?:meeting|talks)\b", re.I)


def _of_headline_people(q: ParsedQuestion) -> str:
    """"Where did the two meet?", "Where was the meeting held?" of the headline's meeting, with its
    people named, as the statement a span must make: "the meeting between Xi and Blinken was held ..."."""
    if not q.headline_event or len(q.names) < 2:
        return q.text
    people = " and ".join(q.names)
    named = _PAIR_WORDS.sub(people, q.text, count=1)
    return named if named != q.text else _EVENT_WORDS.sub(lambda m: f"{m.group(0)} between {people}", q.text, count=1)


def _beside_question(q: ParsedQuestion, text: str, span: tuple[int, int], reach: int) -> bool:
    """The verifier sees which words a sentence shares with a claim, not what attaches to what:
    "Xi further stated that ... talks between senior Chinese officials and Blinken" holds "Xi",
    but Xi did not hold the talks. So a span is taken only from beside the question's own words,
    at most ``reach`` words away, where it attaches to them."""
    lo, hi = span
    tokens = [(m.start(), stem(m.group(0))) for m in re.finditer(r"[\w\u2019'-]+", text)]
    inside = [i for i, (at, _) in enumerate(tokens) if lo <= at < hi]
    if not inside:
        return False
    first, last = inside[0], inside[-1]
    names = {stem(n) for n in q.names}
    # "Where did they meet?" of the headline's meeting asks of its people, named or not
    asked = set(content_stems(q.text)) | (names if q.headline_event else set())
    if any(st in asked and st not in names for _, st in tokens[first : last + 1]):
        return True  # "the two-day visit" for "How long was the visit?"
    for i, (at, st) in enumerate(tokens):
        if (i < first or i > last) and st in asked and min(abs(i - first), abs(i - last)) - 1 <= reach:
            return True
    return False


_LEANS_BACK = re.compile(
    r"^\W*(?:however,?\s+|in return,?\s+|[^.,;]{0,80},\s+)?(?:he|she|they|his|her|their)\b", re.I
)  # "He ...", "However, he ...", "Recognizing the instability in the relationship, he ..."


_POINTS_BACK = re.compile(r"\b(?:towards?|to|for|of|on|with|from|by|in)\s+(?:that|this|these|those)\s+[a-z]+\b")
"""A noun that only the sentence before says: "a positive step towards that goal"."""


_OPENS_SUBJECT = re.compile(r"\s*(?!(?:He|She|It|They|This|That|These|Those|His|Her|Its|Their|However|But|And|Or|While|As|In|On|At|For|With)\b)[A-Z]")
"""A clause after a comma that names its subject ("..., Xi emphasized"), not one that leans back."""
_CLOSES_BEFORE = re.compile(r"\s*(?:[a-z]+ing\b|which\b|as\b|but\b)")
"""A clause may end before a participle, a ", which", an ", as" or a "but": the words after only add to it."""
_WHAT_DO = re.compile(r"^\s*what\s+(?P<aux>did|does|do|is|are|was|were|has|have|had)\s+(?=\w)", re.I)
"""A question whose "what" is the object of its act: the answer is what follows that act."""
_TOPIC = re.compile(r"\s+(?:regarding|concerning|about|with regard to|in regard to|on the subject of)\s+(?P<topic>[^,;?]+?)\s*[?.!]*\s*$", re.I)
"""What the question asks about, not part of the statement it makes: "... about Taiwan?"."""
_NAME_RUN = re.compile(r"\b[A-Z][\w\u2019'-]*(?:\s+[A-Z][\w\u2019'-]*)+")
_AFTER_PREPOSITION = frozenset("in on at of for with from by about".split())
_ARTICLES = frozenset("the a an".split())
_LEADING_PREPOSITIONS = frozenset("at for of on in as about with".split())
_SENTENCE_END = re.compile(r"[.!?](?=\s)")


def _last_sentence_start(text: str) -> int:
    """Where the last sentence of a quoted pair begins (after the first one's end mark)."""
    return max((m.end() for m in _SENTENCE_END.finditer(text)), default=0)
_BUT = re.compile(r"\s+(?=but\s)")


def _full_names(question: str, corpus: Sequence[str]) -> list[set[str]]:
    """The name prefixes of each run of the question's capitalised words that the article writes as
    one name ("Xi Jinping", "President Xi"), not "Did President Biden", which it never writes."""
    joined = " ".join(corpus)
    out = []
    for run in _NAME_RUN.findall(question):
        ws = run.split()
        found = next((ws[i:j] for n in range(len(ws), 1, -1) for i in range(len(ws) - n + 1) if " ".join(ws[i:(j := i + n)]) in joined), None)
        if found:
            out.append({w.lower()[:4] for w in found})
    return out


def _acts_in(text: str) -> list:
    tokens = tokenize(text)
    return [t for j, t in enumerate(tokens) if is_act(tokens, j)]


def _leans_back(text: str) -> bool:
    """Does the sentence need the one before it to be read: its "he", or its "that goal"?"""
    return bool(_LEANS_BACK.match(text) or _POINTS_BACK.search(text))


_IN_YEAR = re.compile(r"\b(?:in|during)\s+((?:19|20)\d\d)\b", re.I)


def _year_said_otherwise(question: str, sentence: str) -> str | None:
    """"Who was the secretary of state that visited China in 2018?": the sentence has 2018 only as
    "the first ... to visit China since 2018", which names no one of 2018 (it was quoted)."""
    for m in _IN_YEAR.finditer(question):
        year = m.group(1)
        if re.search(rf"\bsince\s+{year}\b", sentence) and not re.search(rf"\b(?:in|during)\s+{year}\b", sentence):
            return year
    return None


def _clause_in(shown: list[Candidate], chosen: list[Candidate], clause: tuple[int, int]) -> tuple[int, int] | None:
    """Where a clause of the one chosen sentence lies in the quote shown: the sentence itself, or
    the pair that ends with it (the sentence before tells who "he" is)."""
    if len(shown) != 1 or len(chosen) != 1 or not shown[0].text.endswith(chosen[0].text):
        return None
    shift = len(shown[0].text) - len(chosen[0].text)
    return clause[0] + shift, clause[1] + shift


def _with_antecedent(chosen: list[Candidate], candidates: list[Candidate]) -> list[Candidate]:
    """A quoted sentence that opens with "he" comes with the sentence before it, so the reader
    sees who "he" is ("He emphasized that the US would ..." is Blinken, not Xi); so does one that
    points back ("towards that goal")."""
    out = []
    for c in chosen:
        if c.size == 1 and _leans_back(c.text):
            pair = _pair_ending_with(c, candidates)
            if pair is not None and not _overlaps(pair, [o for o in chosen if o is not c]):
                c = pair
        out.append(c)
    return out


def _pair_ending_with(c: Candidate, candidates: list[Candidate]) -> Candidate | None:
    """The ranked pair that ends with sentence ``c``; failing that, for a sentence whose "he" leans
    back ("Recognizing the instability ..., he emphasized"), it and the sentence before it."""
    pair = next((p for p in candidates if p.size == 2 and p.doc.id == c.doc.id and p.end == c.end), None)
    return pair or (_with_sentence_before(c) if _leans_back(c.text) else None)


def _with_sentence_before(c: Candidate) -> Candidate | None:
    """The sentence and the one before it in its passage, as one quote (None for a first sentence)."""
    start = int(c.doc.metadata.get("start", 0))
    sentences = passage_sentences(c.doc.page_content, start, str(c.doc.metadata.get("kind", "body")))
    before = next((a for a, b in zip(sentences, sentences[1:]) if b.start == c.start), None)
    if before is None:
        return None
    text = c.doc.page_content[before.start - start : c.end - start]
    return Candidate(c.doc, text, before.start, c.end, c.semantic, c.lexical, c.cue, 2, c.referents, c.score)


_OFFICE_MARKS = frozenset("official functionary diplomat politician lawmaker executive administrator".split())
"""What WordNet calls the holder of an office ("minister": an official; "senator": a politician),
not the broad "head" or "leader" a general or a secretary also is, nor "representative", which
WordNet also finds in a "contact" or a "voice"."""


_OFFICES = frozenset("spokesman spokeswoman spokesperson premier".split())
"""Offices WordNet files only under "representative" (as it does a "contact")."""


def _names_an_office(word: str) -> bool:
    """Is the word, or its noun lemma ("republicans"), the holder of an office? Not a word that may
    be an adjective as typed ("the White House", "an official visit")."""
    if word in _OFFICES:
        return True
    return "ADJ" not in lemmas(word) and any(lexicon().covers(n) & _OFFICE_MARKS for n in (word, *lemmas(word).get("NOUN", ())))


_CHOICE = re.compile(r"[A-Z][\w\u2019'-]*,?\s+or\s+(?:the\s+)?[A-Z]")
"""Two names offered as alternatives: "Xi or Biden"."""
_EACH = re.compile(r"\bboth\s+(?:the\s+)?[A-Z][\w\u2019'-]*(?:\s+[A-Z][\w\u2019'-]*)*\s+and\s+(?:the\s+)?[A-Z]|\band\s+[A-Z][\w\u2019'-]*\s+(?:each|both)\b")
"""Two names asked of one by one: "did both Xi and Biden speak of progress" needs no sentence with both."""


_NEGATIONS = re.compile(r"\b(?:not|no|nothing|never|none|nobody|neither|nor)\b|n['\u2019]t\b", re.I)


def _both_sides(names: Sequence[str], question: str = "") -> set[str]:
    """The names that together give both countries of the article's relationship ("China-US",
    "the US and China"), none where the question names one side only. "US" is no name of the
    parsed question (it could be "us"), so the question's own words are read for it too."""
    sides = {n: {ALIASES.get(p.lower()) for p in re.split(r"[-\u2013\s]", n)} - {None} for n in names}
    said = {ALIASES[w.lower().replace(".", "")] for w in re.findall(r"\b(?:US|USA|U\.S\.|America|Washington)\b", question)}
    if len(set().union(said, *sides.values())) < 2:
        return set()
    return {n for n, s in sides.items() if s}


_THERE = re.compile(r"(?<=\w\s)there\b(?!\s+(?:is|was|are|were|be|been|has|have|had|will|would|could|might|may|seems?)\b)", re.I)
"""A place pro-form after a word ("visit there"), not the existential "there" a statement opens with."""
_EMBEDDED_WH = re.compile(
    r"\b(?:say|said|says|tell|told|explain|explained|mention|mentioned|specify|specified|reveal|revealed|"
    r"disclose|disclosed|name|named|know|knew|ask|asked|describe|described|announce|announced)"
    r"(?:\s+(?:him|her|them|us|anyone|reporters))?\s+(?:why|how|when|where|what|which|who)\b"
    r"|\b(?:named|specified|identified|listed|detailed|spelled out)\W*$",  # "Are any technologies named?": which ones
    re.I,
)
_ALTERNATIVES = re.compile(
    r"\b(?:before or after|after or before|yes or no|true or false|more or less|or not|better or worse|worse or better"
    r"|improv\w* or (?:worsen\w*|worse)|worsen\w* or (?:improv\w*|better)|good or bad|bad or good|positive or negative|negative or positive)\b", re.I
)


_OWNED = re.compile(r"\b([a-z]+)\s+(([A-Z][\w-]*)['\u2019]s\s+[a-z]+)\b")  # verb, the country's thing, the country
"""What a verb does to a country's thing ("contain China's ambitions"): said of the country itself
("contain China"), another sentence may deny it."""


def _owned_by_a_country(m: re.Match[str]) -> bool:
    return m.group(3).lower() in ALIASES and "VERB" in lemmas(m.group(1))
_OR = re.compile(r"\b([\w\u2019'-]+),?\s+or\s+([\w\u2019'-]+)\b", re.I)
_LAST_CHOICE = re.compile(r"\b([\w\u2019'-]+),?\s+or\s+(?:the\s+)?([\w\u2019'-]+)\W*$", re.I)


def _offers_a_choice(question: str) -> bool:
    """"is the balloon chinese or american", "Was it Xi or Blinken who said ...?": which one, not
    whether (it got "Yes."). Two names, two countries or two numbers offered as alternatives."""
    from assistant.verifier import ALIASES

    def kind(word: str) -> str | None:
        low = word.lower()
        if low.isdigit():
            return "number"
        if low in ALIASES:
            return "country"
        return "name" if word[:1].isupper() else None

    m = _LAST_CHOICE.search(question)
    pair = (m.group(1), m.group(2)) if m else None
    if any(opposites(o.group(1), o.group(2)) for o in _OR.finditer(question)):
        return True  # "Is China's economy growing or slowing?"
    return bool(_CHOICE.search(question)) or (pair is not None and kind(pair[0]) is not None and kind(pair[0]) == kind(pair[1]))


def _overlaps(c: Candidate, chosen: list[Candidate]) -> bool:
    return any(c.doc.id == o.doc.id and c.start < o.end and o.start < c.end for o in chosen)


def _said_of_another(q: ParsedQuestion, c: Candidate, vocabulary: Vocabulary) -> bool:
    """The quote has every word of the yes/no statement but a name the article gives elsewhere:
    "Did Xi say the US does not aim to contain China?" (Blinken said it), "Did the balloon fly over
    military sites in Taiwan?". No verdict can rest on it, but the quote shows the reader who or
    where; a name the article never uses ("Did Blinken meet Qin Gang?") is still declined."""
    v = verify(statement(q.text), [c.text], context=q.context or [c.doc.page_content])
    return bool(v.unaligned) and all(w.lower() in vocabulary.proper for w in v.unaligned)


_STAND_IN = re.compile(r"\b(?:that|this|these|those)\s+(?:point|points|issue|issues|matter|topic|question|subject|remark|comment|idea)\b", re.I)
""""Did Xi respond on that point?": what the point is, the question does not say."""


def _elliptical(claim: str) -> bool:
    """"did china refuse" (a follow-up's "refuse what?"): one subject and a bare verb, whose object
    the question leaves out; "withholding certain technologies" must not answer it. Or a stand-in
    for what the conversation said ("on that point")."""
    if _STAND_IN.search(claim):
        return True
    ws = [w.lower() for w in words(claim)]
    last = ws[-1] if ws else ""
    if len(content_words(claim)) != 2 or {"and", "is", "are", "was", "were", "be", "been", "has", "have", "had"} & set(ws):
        return False  # "the balloon was shot down": a passive says all it needs
    return last in lemmas(last).get("VERB", ()) and last not in PARTICLES

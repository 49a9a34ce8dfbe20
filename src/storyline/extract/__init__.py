"""Extraction: from one article, the facts a desk editor would write down, each with evidence.

Public entry points:
- `extract_facts(article) -> Extraction`: event type, event date, places, claims, counts of
  people (killed, injured, missing, arrested, hostages, displaced) and the article's totals.
- `extract_many(articles) -> Iterator[Extraction]`: the same over a stream, lazily.
- `extraction_to_json(article, extraction) -> dict`: the `storyline extract` JSON shape.

Offsets (`start`/`end`) index into `article.text`. The title is read as an extra signal (event
type; its counts rank with the lead's); a count found in the title has `start == end == -1`
and `detail == "title"`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import islice
from typing import Any

from storyline.extract.counts import (
    count_candidates,
    count_parse_requests,
    find_counts_by_sentence,
    scan_counts,
)
from storyline.extract.dates import (
    DateCandidate,
    clause_sentences,
    date_candidates,
    resolve_event_date,
)
from storyline.extract.document import Document, parse_requested
from storyline.extract.earlier import mark_earlier_incidents
from storyline.extract.event_type import attack_target, classify_event_type, with_its_dead
from storyline.extract.furniture import LinkLines, find_furniture, headline_of
from storyline.extract.places_roles import event_places_first
from storyline.extract.sentences import Sentence
from storyline.extract.totals import compute_totals, totals_as_json
from storyline.records import Article, Claim, CountMention, Extraction, Place

EXTRACTOR_NAME = "storyline-extract/32"
TITLE_DETAIL = "title"

__all__ = [
    "EXTRACTOR_NAME",
    "PARSE_BATCH_ARTICLES",
    "extract_facts",
    "extract_many",
    "extraction_to_json",
]


def extract_facts(article: Article) -> Extraction:
    """Everything storyline reads from one article, with evidence spans into `article.text`."""
    planned = _plan(article)
    parse_requested(planned.documents)
    return _read(planned)


# Articles whose sentences `extract_many` parses in one parser call.
PARSE_BATCH_ARTICLES = 16


def extract_many(articles: Iterable[Article]) -> Iterator[Extraction]:
    """`extract_facts` over a stream, a few articles at a time (constant memory): their
    sentences are parsed in one batch, which is cheaper than one parser call per article."""
    stream = iter(articles)
    while chunk := list(islice(stream, PARSE_BATCH_ARTICLES)):
        planned = [_plan(article) for article in chunk]
        parse_requested([document for one in planned for document in one.documents])
        for one in planned:
            yield _read(one)


@dataclass(frozen=True, slots=True)
class _Planned:
    """An article with what is read before the parse: its dates and count sentences, and the
    sentences every reader asked the parser for (requested on `document`)."""

    article: Article
    document: Document
    dates: list[DateCandidate]
    candidates: list[Sentence]
    places: tuple[Place, ...]  # in text order; the parse puts the event's first
    dateline: Place | None  # the place heading the text as its dateline (`PlaceReading`)
    headline: Document | None  # the title read as a sentence for its claims, when it has one

    @property
    def documents(self) -> list[Document]:
        """The documents whose requested sentences the batch parses: the text and its
        headline (one parser call for both)."""
        return [self.document] if self.headline is None else [self.document, self.headline]


def _plan(article: Article) -> _Planned:
    # Imported here so that the count modules stay importable (and testable) on their own;
    # places loads its gazetteer on first use.
    from storyline.extract.places import read_places

    document = Document(article.text)
    reading = read_places(article.text, article.title)
    places = reading.places
    dates = date_candidates(article.text, article.published, document, article.title, places)
    candidates = count_candidates(document)
    _request_together(document, candidates, clause_sentences(dates, document), places)
    return _Planned(article, document, dates, candidates, places, reading.dateline,
                    _headline_document(article.title))


def _read(planned: _Planned) -> Extraction:
    from storyline.extract.claims import find_claims

    article, document, dates = planned.article, planned.document, planned.dates
    text = article.text
    reference_year = article.published.year if article.published else None
    scan = scan_counts(text, reference_year, document, planned.candidates, article.title)
    mentions, sentence_of = _with_title_counts(article.title, scan.mentions, scan.sentence_of,
                                               reference_year)
    findings = find_claims(text, document,
                           planned.headline.text if planned.headline is not None else None)
    event_date = resolve_event_date(text, article.published, document, dates)
    mentions = mark_earlier_incidents(mentions, dates, event_date, document)
    mentions = _outside_furniture(mentions, find_furniture(text, article.title))
    totals = compute_totals(mentions, sentence_of, text, scan.trends, title=article.title)
    killed = totals.get("killed")
    target = attack_target(text, mentions)
    guess = classify_event_type(text, article.title)
    return Extraction(
        article_id=article.id,
        event_type=with_its_dead(guess, killed.value if killed is not None else 0, target),
        event_type_evidence=guess.evidence,
        event_date=event_date,
        places=event_places_first(planned.places, document),
        dateline=planned.dateline,
        claims=_with_title_claims(planned.headline, findings.claims),
        counts=tuple(mentions),
        totals=totals,
        actors=findings.actors,
        officials=findings.officials,
        extractor=EXTRACTOR_NAME,
        target=target,
    )


def _outside_furniture(mentions: list[CountMention], furniture: LinkLines
                       ) -> list[CountMention]:
    """Counts on another story's line (a related link's headline, a clip list) are that
    story's."""
    if not furniture.spans:
        return mentions
    return [replace(m, other_event=True) if m.start >= 0 and not m.other_event
            and furniture.covers(m.start) else m for m in mentions]


def _request_together(document: Document, count_sentences: list[Sentence],
                      date_sentences: list[Sentence], places: tuple[Place, ...]) -> None:
    """Every reader's sentences in one batch: one parser call per article (or per batch of
    articles) is cheaper than one per reader."""
    from storyline.extract.claims_structure import (
        claim_parse_requests,
        late_claim_parse_requests,
    )
    from storyline.extract.places_roles import event_sentence

    lead = event_sentence(document)
    counts = count_parse_requests(count_sentences, document)
    claims = claim_parse_requests(document)
    document.request(counts + claims + ([lead] if lead is not None else []) + date_sentences)
    # The places reader reads the lead's parse only to order two places or more. With fewer,
    # and no other reader on that sentence (the count reader reads every candidate's parse
    # it finds), the lead is not parsed: a fifth to a third of the parses of short notes.
    if lead is not None and len(places) < 2 and all(
            s.start != lead.start for s in (*count_sentences, *counts, *claims, *date_sentences)):
        document.withdraw(lead)
    # The claim search's late sentences come last, as when the claim reader asked for them
    # after the parse: the same budget is left for them (and taken from the date reader's
    # later request), and the batch parses them without a parser call of their own.
    document.request(late_claim_parse_requests(document))


def _with_title_counts(title: str | None, mentions: list[CountMention],
                       sentence_of: list[int], reference_year: int | None
                       ) -> tuple[list[CountMention], list[int]]:
    """Title counts join the lead's statements: a headline ("5 shot, 1 killed in ...") is the
    article's own summary, and often the only place a short or truncated crawl states it."""
    if not title:
        return mentions, sentence_of
    # Headlines are often Title Case ("Teen Dies After Being Shot"): read them lower-cased,
    # and take the evidence words back from the title as written.
    lowered = title.lower() if len(title.lower()) == len(title) else title
    found, _ = find_counts_by_sentence(lowered, reference_year)
    extra = [replace(m, evidence=_title_words(title, lowered, m.evidence), start=-1, end=-1,
                     detail=TITLE_DETAIL, part_of=None)
             for m in found if m.part_of is None]
    last = max(sentence_of, default=-1) + 1
    return mentions + extra, sentence_of + [last] * len(extra)


def _headline_document(title: str | None) -> Document | None:
    """The headline (`furniture.headline_of`) as a sentence (`_headline_as_sentence`), its
    sentence requested for the parse when it has a claim cue, for `_with_title_claims`."""
    headline = headline_of(title)
    if not headline:
        return None
    from storyline.extract.claims_structure import (
        claim_parse_requests,
        late_claim_parse_requests,
    )

    document = Document(_headline_as_sentence(headline))
    document.request(claim_parse_requests(document) + late_claim_parse_requests(document))
    return document


def _with_title_claims(headline: Document | None, claims: tuple[Claim, ...]
                       ) -> tuple[Claim, ...]:
    """A headline's claim joins the body's ("<Group> claims attack on ..."): the headline is
    the article's own summary, and the body of a short report often names the claimant only
    as "the group" or "the militants". Read like a sentence of the body (parsed with the
    article's batch when it has a claim cue); a claim the body already states (same party,
    same kind) is not added again. Only an organization's claim is taken from a headline: a
    crime headline's people and labels ("Suspected <Festival> killer", "Father admits ...",
    "<Name> claims self-defense", a site's name after a dash) are no claimants of an attack.
    Like title counts, its offsets are -1: it stands in no sentence of the text."""
    if headline is None:
        return claims
    from storyline.extract.claims import find_claims
    from storyline.extract.claims_actors import names_an_organization

    stated = {(claim.actor_normalized.lower(), claim.kind) for claim in claims}
    extra = tuple(replace(claim, start=-1, end=-1)
                  for claim in find_claims(headline.text, headline).claims
                  if (claim.actor_normalized.lower(), claim.kind) not in stated
                  and names_an_organization(claim.actor))
    return claims + extra


_HEADLINE_WORD = re.compile(r"[A-Z][a-z'’]+")
_SMALL_WORDS = frozenset({
    "a", "an", "the", "of", "for", "in", "on", "at", "to", "by", "with", "after", "over", "as",
    "from", "into", "and", "or", "not", "no", "it", "its", "they", "their", "was", "were", "is",
    "are", "be", "been", "has", "have", "had", "says", "say", "said"})


def _headline_as_sentence(title: str) -> str:
    """A headline in title case ("Group Claims Responsibility For Market Attack") with its
    common words in lower case, as a sentence writes them: a capital marks a name to the claim
    readers, so "Claims" would be read as the claimant. Names keep their capitals; a headline
    in sentence case is returned as it is."""
    words = _HEADLINE_WORD.findall(title)
    if len(words) < 3 or len(words) * 3 < len(title.split()) * 2:
        return title  # fewer than two words in three capitalised: sentence case
    common = _headline_common_words()
    first = _HEADLINE_WORD.search(title)

    def lowered(match: re.Match[str]) -> str:
        word = match.group(0)
        keep = first is not None and match.start() == first.start()  # a sentence's first word
        return word.lower() if word.lower() in common and not keep else word

    return _HEADLINE_WORD.sub(lowered, title)


@lru_cache(maxsize=1)
def _headline_common_words() -> frozenset[str]:
    """The words a title-case headline writes capitalised that a sentence would not: small
    words and the claim lexicon's verbs and nouns (built once)."""
    from storyline.extract import claims_lexicon as lexicon

    return _SMALL_WORDS.union(
        lexicon.CLAIM_VERBS, lexicon.TAKE_VERBS, lexicon.RESPONSIBILITY_NOUNS,
        lexicon.ANNOUNCE_VERBS, lexicon.DENY_VERBS, lexicon.BLAME_VERBS, lexicon.ACCUSE_VERBS,
        lexicon.SAY_VERBS, lexicon.SUSPECT_VERBS, lexicon.RESPONSIBLE_WORDS, lexicon.PART_NOUNS,
        lexicon.ATTACK_NOUNS)


def _title_words(title: str, lowered: str, evidence: str) -> str:
    at = lowered.find(evidence)
    return title[at:at + len(evidence)] if at >= 0 else evidence


def extraction_to_json(article: Article, extraction: Extraction) -> dict[str, Any]:
    """The `storyline extract` object of /work/shared/INTERFACE.md, plus evidence extras."""
    date = extraction.event_date
    return {
        "id": article.id,
        "published": article.published.isoformat() if article.published else None,
        "event_type": extraction.event_type,
        "event_type_evidence": extraction.event_type_evidence,
        "event_date": None if date is None else {
            "value": date.value.isoformat(), "text": date.text, "precision": date.precision,
            "start": date.start, "end": date.end},
        "places": [_place_json(p) for p in extraction.places],
        "dateline": None if extraction.dateline is None else _place_json(extraction.dateline),
        "claims": [_claim_json(c) for c in extraction.claims],
        "counts": [_count_json(m) for m in extraction.counts],
        "totals": totals_as_json(extraction.totals),
        "actors": list(extraction.actors),
        "officials": list(extraction.officials),
        "target": extraction.target,
        "extractor": extraction.extractor,
    }


def _place_json(place: Place) -> dict[str, Any]:
    return {"name": place.name, "kind": place.kind, "country": place.country, "lat": place.lat,
            "lon": place.lon, "start": place.start, "end": place.end}


def _claim_json(claim: Claim) -> dict[str, Any]:
    return {"actor": claim.actor, "actor_normalized": claim.actor_normalized,
            "kind": claim.kind, "evidence": claim.evidence, "start": claim.start,
            "end": claim.end, "source": claim.source}


def _count_json(mention: CountMention) -> dict[str, Any]:
    return {
        "category": mention.category, "value": mention.value, "qualifier": mention.qualifier,
        "low": mention.low, "high": mention.high, "trend": mention.trend,
        "evidence": mention.evidence, "start": mention.start, "end": mention.end,
        "attribution": mention.attribution, "detail": mention.detail,
        "part_of": mention.part_of, "revision": mention.revision,
        "other_event": mention.other_event, "additional": mention.additional,
        "alternative": mention.alternative,
    }

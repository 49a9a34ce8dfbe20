"""Online assignment of articles to events, in publication order, deterministic.

Each article is compared with the candidate events found through the index (rare shared terms,
newest first); it joins the best one when the combined score reaches the join threshold, and
otherwise founds a new event whose id derives from the article id. Near duplicates and
revisions follow their original. Scores between the "possibly same" and join thresholds are
reported for review instead of merging. A new event joins the story of the most similar earlier
event when the texts are related but the match is not strong enough to be the same event.

The clusterer never moves an article it has placed and never merges events on its own, so user
corrections (applied to the store and then handed back through rebuild_event/forget_event) are
never undone.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import replace

from storyline.cluster.evidence import evidence_for, why_not
from storyline.cluster.features import ArticleFeatures, article_features
from storyline.cluster.index import EventIndex
from storyline.cluster.parts import PartText, part_inputs
from storyline.cluster.scoring import (
    Match,
    compatibility,
    join_text_floor,
    past_window_exempt,
    score_match,
    text_similarities,
    time_gap,
    with_compatibility,
)
from storyline.cluster.settings import ClusterSettings
from storyline.cluster.state import EventState, EventStates, encode_state, new_state, peek_state
from storyline.records import Article, ArticlePart, Assignment, DedupVerdict, Extraction

_MAX_POSSIBLY_SAME = 3


def event_id_for(article_id: str) -> str:
    """The id of an event founded by this article: stable across re-runs of the same stream."""
    return "ev-" + hashlib.sha256(article_id.encode("utf-8")).hexdigest()[:12]


def story_id_for(event_id: str) -> str:
    return "st-" + event_id.removeprefix("ev-")


def publication_order(
    members: Sequence[tuple[Article, Extraction]],
) -> list[tuple[Article, Extraction]]:
    return sorted(
        members,
        key=lambda m: (
            m[0].published is None,
            m[0].published.isoformat() if m[0].published else "",
            m[0].id,
        ),
    )


def _roundup_note(features: ArticleFeatures) -> str:
    if not features.roundup:
        return ""
    return "; round-up of several incidents: counted as a report, its words not added"


class Clusterer:
    def __init__(self, settings: ClusterSettings | None = None) -> None:
        self.settings = settings or ClusterSettings()
        self.states = EventStates()
        self.index = EventIndex(self.settings)
        self._dirty: set[str] = set()
        self._seq = 0

    # ------------------------------------------------------------------ persistence

    def load_states(self, states: Iterable[tuple[str, bytes]]) -> None:
        """Resume from persisted states (replacing any event with the same id). The index is
        built from each state's centroid, touch sequence and publishers (`peek_state`); the
        rest of a state is decoded when a decision first reads it (`EventStates`)."""
        entries = []
        for _, data in states:
            entry = peek_state(data)
            self.states.put_encoded(entry.event_id, data)
            entries.append(entry)
        entries.sort(key=lambda e: (e.seq, e.event_id))
        self.index.load(entries)
        if entries:
            self._seq = max(self._seq, entries[-1].seq)

    def take_dirty_states(self) -> dict[str, bytes]:
        """Serialized state of every event changed since the last call, by event id."""
        dirty = {
            eid: encode_state(self.states[eid]) for eid in sorted(self._dirty) if eid in self.states
        }
        self._dirty.clear()
        return dirty

    def state_bytes(self, event_id: str) -> bytes | None:
        state = self.states.get(event_id)
        return encode_state(state) if state else None

    # ------------------------------------------------------------------ assignment

    def assign(
        self,
        article: Article,
        extraction: Extraction,
        verdict: DedupVerdict,
        original_event_id: str | None = None,
        features: ArticleFeatures | None = None,
    ) -> Assignment:
        """`features`: the article's features computed ahead (e.g. on a Ray worker) with these
        settings; computed here when not given."""
        if features is None or features.article_id != article.id:
            features = article_features(article, extraction, self.settings)
        # A round-up's parts are compared with the events before the article changes any.
        linked = self._link_parts(article, extraction) if features.roundup else []
        assignment = self._assign(features, verdict, original_event_id)
        if not linked:
            return assignment
        return replace(assignment, parts=self._parts(linked, assignment))

    def _assign(
        self, features: ArticleFeatures, verdict: DedupVerdict, original_event_id: str | None
    ) -> Assignment:
        if original_event_id is not None and verdict.kind in ("near_duplicate", "revision"):
            contradiction = self._contradicts_original(features, original_event_id)
            if not contradiction:
                return self._follow_original(features, verdict, original_event_id)
            assignment = self._assign_by_matches(features)
            note = f"{verdict.kind.replace('_', ' ')} of {verdict.original_id} not followed"
            evidence = assignment.evidence
            if evidence is not None:
                evidence = replace(
                    evidence,
                    not_chosen=(
                        (original_event_id, 0.0, f"{note} ({contradiction})"),
                        *evidence.not_chosen,
                    ),
                )
            return replace(
                assignment,
                reason=f"{note} ({contradiction}); {assignment.reason}",
                evidence=evidence,
            )
        return self._assign_by_matches(features)

    def _assign_by_matches(self, features: ArticleFeatures) -> Assignment:
        matches, names = self._matches(features)
        joinable = [m for m in matches if self._joinable(features, m)]
        best = joinable[0] if joinable else None
        if self._should_join(features, best):
            assert best is not None
            state = self.states[best.event_id]
            evidence = evidence_for(
                "joined",
                state.event_id,
                features,
                best,
                state,
                self.settings,
                threshold=self._join_threshold(features),
                rare_names=names,
                not_chosen=self._not_chosen(features, matches, best),
            )
            self._touch(state, features)
            return Assignment(
                article_id=features.article_id,
                event_id=state.event_id,
                created_event=False,
                score=round(best.score, 4),
                reason=f"joined: {best.reason()}" + _roundup_note(features),
                possibly_same=self._possibly_same(features, joinable[1:], state),
                story_id=state.story_id,
                evidence=evidence,
            )
        return self._found_event(features, matches, joinable, names)

    def _link_parts(
        self, article: Article, extraction: Extraction
    ) -> list[tuple[PartText, ArticleFeatures, Match | None]]:
        """Each part of a round-up with the event it would join on its own (None: no event, or
        an overview of several incidents). Events founded by round-ups are not linked to."""
        linked = []
        for part in part_inputs(article, extraction):
            features = article_features(part.article, part.extraction, self.settings)
            best = None
            if not part.overview:
                matches, _ = self._matches(features)
                joinable = [
                    m
                    for m in matches
                    if self._joinable(features, m) and not self.states[m.event_id].roundup
                ]
                if joinable and self._should_join(features, joinable[0]):
                    best = joinable[0]
            linked.append((part, features, best))
        return linked

    def _parts(
        self,
        linked: list[tuple[PartText, ArticleFeatures, Match | None]],
        assignment: Assignment,
    ) -> tuple[ArticlePart, ...]:
        """The parts with their events. When no part was linked to the article's own event, the
        part closest to it is (the first report-like part for an event the round-up founded:
        news puts its main incident first); its counts are the member's."""
        own = assignment.event_id
        own_part: int | None = None
        if all(best is None or best.event_id != own for _, _, best in linked):
            own_part = self._closest_part(linked, own, assignment.created_event)
        parts = []
        for number, (part, _features, best) in enumerate(linked):
            if part.overview:
                event_id, score = None, None
                reason = "overview of several incidents: its counts belong to no one event"
            elif number == own_part:
                event_id, score = own, None
                reason = "the part closest to the article's own event"
            elif best is not None:
                event_id, score = best.event_id, round(best.score, 4)
                reason = f"reports {best.event_id}: {best.reason()}"
            else:
                event_id, score, reason = None, None, "no known event matches this part"
            parts.append(ArticlePart(part.start, part.end, event_id, score, reason))
        return tuple(parts)

    def _closest_part(
        self,
        linked: list[tuple[PartText, ArticleFeatures, Match | None]],
        event_id: str,
        founded: bool,
    ) -> int | None:
        free = [n for n, (part, _, best) in enumerate(linked) if best is None and not part.overview]
        if not free or event_id not in self.states:
            return None
        if founded:
            return free[0]
        state = self.states[event_id]
        best_text, chosen = self.settings.min_join_text, None
        for number in free:
            features = linked[number][1]
            idf = self.index.article_idf(features)
            (text,) = text_similarities(features, idf, [state], self.index)
            if text >= best_text:
                best_text, chosen = text, number
        return chosen

    def _contradicts_original(self, features: ArticleFeatures, event_id: str) -> str:
        """Why a near duplicate cannot follow its original's event ("" when it can): the same
        page template reporting another incident (a city far away) is not a repeat."""
        state = self.states.get(event_id)
        if state is None:
            return ""
        found = compatibility(features, state, self.settings)
        return "; ".join(found.against) if found.blocked else ""

    def _should_join(self, features: ArticleFeatures, best: Match | None) -> bool:
        return (
            best is not None
            and best.score >= self._join_threshold(features)
            and best.text >= join_text_floor(features, best, self.settings)
        )

    def _join_threshold(self, features: ArticleFeatures) -> float:
        if features.day is None:
            return self.settings.undated_join_threshold
        return self.settings.join_threshold

    def _not_chosen(
        self, features: ArticleFeatures, matches: list[Match], chosen: Match | None
    ) -> list[tuple[str, float, str]]:
        """The close events not chosen, with why: those a contradiction kept out and those
        within the review margin of the threshold."""
        threshold = self._join_threshold(features)
        floor = threshold - self.settings.possibly_same_margin
        return [
            (
                m.event_id,
                round(m.score, 4),
                self._beyond_window(features, m)
                or why_not(
                    m, threshold, self.settings, join_text_floor(features, m, self.settings)
                ),
            )
            for m in matches
            if m is not chosen and (m.blocked or m.score >= floor)
        ]

    def _beyond_window(self, features: ArticleFeatures, match: Match) -> str:
        """Why an event past every time window was not joined ("" when it was in reach): not a
        contradiction, so why_not alone would call it "a better match was chosen"."""
        if match.blocked or self._joinable(features, match):
            return ""
        limit = max(self.settings.time_window_days, self.settings.window_names_days)
        gap = time_gap(features, self.states[match.event_id])
        return f"{gap} days after its last report, beyond the {limit} days any report may join"

    def _matches(self, features: ArticleFeatures) -> tuple[list[Match], frozenset[int]]:
        article_idf = self.index.article_idf(features)
        names = self.index.rare_names(features, article_idf)
        candidates = self.index.candidate_states(features, article_idf, self.states)
        texts = text_similarities(features, article_idf, candidates, self.index)
        # Below this text similarity an event can be neither joined, nor flagged, nor the
        # story: skip the fact checks for it (most candidates), which keeps assign() cheap.
        floor = min(self.settings.min_join_text, self.settings.story_threshold)
        matches = [
            score_match(features, text, state, self.settings, names)
            for text, state in zip(texts, candidates, strict=True)
            if text >= floor
        ]
        # Contradictions only matter to a match that could be joined or flagged for review:
        # test those alone, so that the cost stays flat as more candidates pass the text floor.
        reviewable = self._join_threshold(features) - self.settings.possibly_same_margin
        unique = self.index.rare_names(features, article_idf, self.settings.override_name_events)
        # an organisation's name is in every incident of theirs: it overrides no contradiction
        unique -= features.organisation_names
        matches = [
            with_compatibility(m, features, self.states[m.event_id], self.settings, unique)
            if m.score >= reviewable and m.text >= self.settings.min_join_text
            else m
            for m in matches
        ]
        return sorted(matches, key=lambda m: (-m.score, m.event_id)), names

    def _joinable(self, features: ArticleFeatures, match: Match) -> bool:
        if match.blocked:
            return False
        # Between time_window_days and window_names_days, being past the window is one of the
        # match's contradictions (compat.window_contradiction), overridden by shared names.
        limit = max(self.settings.time_window_days, self.settings.window_names_days)
        state = self.states[match.event_id]
        gap = time_gap(features, state)
        # (session 31: a report dating its event to the event's own day in one of its places,
        # a sentencing or a ruling years on, is past no window)
        return gap is None or gap <= limit or past_window_exempt(features, state, self.settings)

    def _possibly_same(
        self, features: ArticleFeatures, matches: Sequence[Match], state: EventState
    ) -> tuple[tuple[str, float], ...]:
        floor = self._join_threshold(features) - self.settings.possibly_same_margin
        close = [
            (m.event_id, round(m.score, 4))
            for m in matches
            if m.score >= floor
            and m.event_id not in state.cannot_link
            and m.event_id != state.event_id
        ]
        return tuple(close[:_MAX_POSSIBLY_SAME])

    def _found_event(
        self,
        features: ArticleFeatures,
        matches: list[Match],
        joinable: list[Match],
        names: frozenset[int],
    ) -> Assignment:
        event_id = self._fresh_event_id(features.article_id)
        story_id, story_note = self._story_for(matches, event_id)
        best = joinable[0] if joinable else None
        evidence = evidence_for(
            "new_event",
            event_id,
            features,
            best,
            self.states[best.event_id] if best else None,
            self.settings,
            threshold=self._join_threshold(features),
            rare_names=names,
            not_chosen=self._not_chosen(features, matches, None),
        )
        state = new_state(event_id, story_id)
        self.states[event_id] = state
        self._touch(state, features)
        reason = "new event: " + (
            f"best match {best.event_id} below threshold ({best.reason()})"
            if best
            else "no candidate"
        )
        blocked = self._blocked_best(features, matches)
        if blocked is not None:
            reason += f"; {blocked.event_id} contradicts it ({blocked.reason()})"
        return Assignment(
            article_id=features.article_id,
            event_id=event_id,
            created_event=True,
            score=round(best.score, 4) if best else None,
            reason=reason + story_note + _roundup_note(features),
            possibly_same=self._possibly_same(features, joinable, state),
            story_id=story_id,
            evidence=evidence,
        )

    def _blocked_best(self, features: ArticleFeatures, matches: list[Match]) -> Match | None:
        """The best event the article would have joined but for a contradiction."""
        for match in matches:
            if match.blocked and self._should_join(features, match):
                return match
        return None

    def _story_for(self, matches: list[Match], event_id: str) -> tuple[str, str]:
        """Join the story of the textually closest earlier event that shares a place or a rare
        name with the article, when the texts are close enough."""
        related = [m for m in matches if m.related and m.text >= self.settings.story_threshold]
        if not related:
            return story_id_for(event_id), ""
        closest = min(related, key=lambda m: (-m.text, m.event_id))
        story = self.states[closest.event_id].story_id
        return story, f"; story {story} via {closest.event_id} (text {closest.text:.3f})"

    def _fresh_event_id(self, article_id: str) -> str:
        event_id = event_id_for(article_id)
        suffix = 1
        while event_id in self.states:
            suffix += 1
            event_id = event_id_for(f"{article_id}#{suffix}")
        return event_id

    def _follow_original(
        self, features: ArticleFeatures, verdict: DedupVerdict, event_id: str
    ) -> Assignment:
        state = self.states.get(event_id)
        if state is None:
            # The original's event has no state (e.g. created before state was kept): adopt it.
            state = new_state(event_id, story_id_for(event_id))
            self.states[event_id] = state
        reason = f"{verdict.kind.replace('_', ' ')} of {verdict.original_id}"
        evidence = evidence_for(
            "followed_original",
            event_id,
            features,
            None,
            state,
            self.settings,
            threshold=self._join_threshold(features),
        )
        evidence = replace(evidence, score=verdict.similarity, supporting=(reason,))
        self._touch(state, features)
        return Assignment(
            article_id=features.article_id,
            event_id=event_id,
            created_event=False,
            score=verdict.similarity,
            reason=reason,
            story_id=state.story_id,
            evidence=evidence,
        )

    def _touch(self, state: EventState, features: ArticleFeatures) -> None:
        state.add(features, self.settings.event_terms)
        self._mark(state)

    def _mark(self, state: EventState) -> None:
        self._seq += 1
        state.seq = self._seq
        self.index.add(state)
        self._dirty.add(state.event_id)

    # ------------------------------------------------------------------ corrections

    def rebuild_event(self, event_id: str, members: Sequence[tuple[Article, Extraction]]) -> None:
        """Recompute an event's state from its current members (after a user correction).

        The story and cannot-link set are kept; an event with no members is forgotten.
        """
        if not members:
            self.forget_event(event_id)
            return
        old = self.states.get(event_id)
        state = new_state(event_id, old.story_id if old else story_id_for(event_id))
        if old is not None:
            state.cannot_link = set(old.cannot_link)
        for article, extraction in publication_order(members):
            state.add(
                article_features(article, extraction, self.settings), self.settings.event_terms
            )
        self.states[event_id] = state
        self._mark(state)

    def forget_event(self, event_id: str) -> None:
        """Drop an event (merged away or emptied); the caller deletes its persisted state."""
        self.states.discard(event_id)
        self.index.remove(event_id)
        self._dirty.discard(event_id)
        for state in self.states.mentioning(event_id):
            if event_id in state.cannot_link:
                state.cannot_link.discard(event_id)
                self._dirty.add(state.event_id)

    def add_cannot_link(self, event_id: str, other_event_id: str) -> None:
        """Record that two events were separated by a person: never report them as the same."""
        for one, other in ((event_id, other_event_id), (other_event_id, event_id)):
            state = self.states.get(one)
            if state is not None:
                state.cannot_link.add(other)
                self._dirty.add(one)

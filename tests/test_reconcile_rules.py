"""The current-value rules on hand-built reports: supersede, lag, revise, conflict, retract."""

from __future__ import annotations

from helpers_reconcile import at, claim, event_row, extraction, mention, stored
from storyline.reconcile import build_event_record


def _record(pairs, as_of=None):  # type: ignore[no-untyped-def]
    articles = [a for a, _ in pairs]
    extractions = {e.article_id: e for _, e in pairs}
    return build_event_record(event_row(), articles, extractions, as_of=as_of)


def _statuses(record, category="killed"):  # type: ignore[no-untyped-def]
    return {h.fact.article_id: h.status for h in record.categories[category].history}


def _report(article_id, when, text, phrase, value, qualifier="exact", source="Daily Courier", **kw):  # type: ignore[no-untyped-def]
    return (
        stored(
            article_id,
            when,
            text,
            source=source,
            kind=kw.pop("kind", "new"),
            original=kw.pop("original", None),
        ),
        extraction(article_id, mention(text, phrase, value, qualifier, **kw)),
    )


DAY1 = "Over 60 people were killed when the bridge fell. Rescuers worked overnight."
DAY2 = "At least 143 people were killed, and the toll is expected to rise. Officials spoke."
LAG = "Some 60 people died in the collapse, the paper said on its front page."


def test_later_higher_figure_supersedes_and_why_names_the_rule() -> None:
    record = _record(
        [
            _report("a1", "2026-03-01 09:00", DAY1, "Over 60", 60, "more_than"),
            _report(
                "a2", "2026-03-02 09:00", DAY2, "At least 143", 143, "at_least", trend="rising"
            ),
        ]
    )
    current = record.current("killed")
    assert current is not None and current.fact.value == 143
    assert current.fact.trend == "rising"
    assert _statuses(record) == {"a1": "superseded", "a2": "current"}
    assert "later report supersedes" in current.why and "a2" in current.why and "a1" in current.why


def test_old_lower_figure_repeated_after_higher_one_is_lagged() -> None:
    record = _record(
        [
            _report("a1", "2026-03-01 09:00", DAY1, "Over 60", 60, "more_than"),
            _report("a2", "2026-03-02 09:00", DAY2, "At least 143", 143, "at_least"),
            _report("a3", "2026-03-02 20:00", LAG, "Some 60", 60, "about", source="Evening Star"),
        ]
    )
    assert record.current("killed").fact.article_id == "a2"  # type: ignore[union-attr]
    assert _statuses(record)["a3"] == "lagged"


def test_explicit_revision_makes_a_lower_figure_current() -> None:
    revised = "The toll was revised down to 38 after double counting was found."
    record = _record(
        [
            _report("a1", "2026-03-01 09:00", DAY1, "Over 60", 60, "more_than"),
            _report("a2", "2026-03-02 09:00", revised, "revised down to 38", 38, revision=True),
        ]
    )
    current = record.current("killed")
    assert current is not None and current.fact.value == 38
    assert current.rule == "explicit_revision" and "explicit revision" in current.why


def test_lower_figure_from_more_authoritative_source_becomes_current() -> None:
    official = "The health ministry said 41 people were killed in the blast."
    record = _record(
        [
            _report("a1", "2026-03-01 09:00", "Witnesses said 55 were killed.", "55", 55),
            _report(
                "a2", "2026-03-01 23:00", official, "41", 41, attribution="the health ministry"
            ),
        ]
    )
    current = record.current("killed")
    assert current is not None and current.fact.value == 41
    assert current.rule == "more_authoritative" and current.fact.source_type == "official"


def test_independent_reports_at_the_same_time_that_cannot_both_be_true_conflict() -> None:
    record = _record(
        [
            _report(
                "a1",
                "2026-03-01 09:00",
                "Police said 12 people were killed.",
                "12",
                12,
                attribution="police",
            ),
            _report(
                "a2",
                "2026-03-01 10:00",
                "A hospital source said 20 were killed.",
                "20",
                20,
                source="Metro Post",
            ),
        ]
    )
    assert record.current("killed").fact.value == 12  # type: ignore[union-attr]
    assert _statuses(record)["a2"] == "conflicting"
    kinds = [d.kind for d in record.categories["killed"].disagreements]
    assert kinds == ["conflict"]


def test_compatible_figures_at_the_same_time_do_not_conflict() -> None:
    record = _record(
        [
            _report("a1", "2026-03-01 09:00", DAY1, "Over 60", 60, "more_than"),
            _report("a2", "2026-03-01 10:00", "Some 75 people were killed.", "75", 75),
        ]
    )
    assert record.categories["killed"].disagreements == ()
    assert record.current("killed").fact.value == 75  # type: ignore[union-attr]


def test_near_duplicate_copy_counts_once() -> None:
    text = "At least 143 people were killed, officials said on Monday morning."
    record = _record(
        [
            _report("w1", "2026-03-02 09:00", text, "At least 143", 143, "at_least", source="Wire"),
            _report(
                "w2",
                "2026-03-02 09:30",
                text,
                "At least 143",
                143,
                "at_least",
                source="Town Herald",
                kind="near_duplicate",
                original="w1",
            ),
        ]
    )
    current = record.current("killed")
    assert current is not None and current.article_ids == ("w1", "w2")
    assert current.independent_reports == 1
    assert "counted once" in current.why


def test_republished_revision_without_the_figure_retracts_it() -> None:
    first = "Police said 9 people were arrested after the clashes downtown."
    second = "Police said the clashes downtown had ended without further incident."
    a1 = _report("r1", "2026-03-01 09:00", first, "9", 9, category="arrested")
    r2 = (
        stored("r2", "2026-03-01 12:00", second, kind="revision", original="r1"),
        extraction("r2"),
    )
    record = _record([a1, r2])
    assert _statuses(record, "arrested") == {"r1": "retracted"}
    assert record.current("arrested") is None
    assert [d.kind for d in record.categories["arrested"].disagreements] == ["retraction"]


def test_nested_count_is_a_scope_difference_not_a_competing_figure() -> None:
    text = "Police detained 11 people, including four directly involved in the attack."
    outer = mention(text, "11", 11, category="arrested")
    inner = mention(text, "four", 4, category="arrested", part_of=0, detail="directly involved")
    record = _record([(stored("n1", "2026-03-02 09:00", text), extraction("n1", outer, inner))])
    assert record.current("arrested").fact.value == 11  # type: ignore[union-attr]
    kinds = [d.kind for d in record.categories["arrested"].disagreements]
    assert kinds == ["scope"]


def test_as_of_uses_only_reports_published_by_then() -> None:
    pairs = [
        _report("a1", "2026-03-01 09:00", DAY1, "Over 60", 60, "more_than"),
        _report("a2", "2026-03-02 09:00", DAY2, "At least 143", 143, "at_least"),
    ]
    before = _record(pairs, as_of=at("2026-03-02 08:59"))
    after = _record(pairs, as_of=at("2026-03-02 09:00"))
    assert before.current("killed").fact.value == 60  # type: ignore[union-attr]
    assert before.article_ids == ["a1"]
    assert after.current("killed").fact.value == 143  # type: ignore[union-attr]
    assert _record(pairs, as_of=at("2026-02-28 00:00")).categories == {}


def test_claim_appearing_later_and_competing_claims() -> None:
    t2 = "The Eastern Front said it carried out the attack, in a statement online."
    t3 = "A second group, the Night Brigade, also claimed responsibility on Tuesday."
    pairs = [
        _report("a1", "2026-03-01 09:00", DAY1, "Over 60", 60, "more_than"),
        (
            stored("a2", "2026-03-02 09:00", t2),
            extraction(
                "a2", claims=(claim(t2, "said it carried out", "Eastern Front", "claimed"),)
            ),
        ),
        (
            stored("a3", "2026-03-03 09:00", t3),
            extraction("a3", claims=(claim(t3, "also claimed", "Night Brigade", "claimed"),)),
        ),
    ]
    assert _record(pairs, as_of=at("2026-03-01 12:00")).claims == ()
    claims = _record(pairs).claims
    assert [(c.actor, c.first_reported) for c in claims] == [
        ("Eastern Front", at("2026-03-02 09:00")),
        ("Night Brigade", at("2026-03-03 09:00")),
    ]
    assert claims[0].competing_with == ("night brigade",)


def test_json_shape_has_the_interface_fields() -> None:
    record = _record(
        [
            _report("a1", "2026-03-01 09:00", DAY1, "Over 60", 60, "more_than"),
            _report("a2", "2026-03-02 09:00", DAY2, "At least 143", 143, "at_least"),
        ]
    )
    data = record.to_json()
    for key in (
        "id",
        "title",
        "event_type",
        "event_date",
        "places",
        "article_ids",
        "first_reported",
        "last_reported",
        "facts",
        "claims",
        "timeline",
    ):
        assert key in data
    killed = data["facts"]["killed"]
    assert set(killed) >= {"current", "history", "disagreements"}
    assert set(killed["current"]) >= {
        "value",
        "qualifier",
        "low",
        "high",
        "trend",
        "as_of",
        "article_ids",
        "why",
    }
    assert [h["status"] for h in killed["history"]] == ["superseded", "current"]
    assert data["first_reported"] == "2026-03-01T09:00:00Z"
    summary = record.to_summary_json()
    assert summary["facts"]["killed"]["value"] == 143
    assert data["timeline"] and all(
        set(e) >= {"date", "text", "article_ids"} for e in data["timeline"]
    )


def test_huge_jump_waits_for_a_second_independent_report() -> None:
    jump = "The 1918 pandemic killed 50000000 people worldwide, historians note."
    confirm = "Some 50000000 people were killed by the pandemic of 1918, a study says."
    pairs = [
        _report("a1", "2026-03-01 09:00", DAY1, "Over 60", 60, "more_than"),
        _report("a2", "2026-03-02 09:00", jump, "50000000", 50_000_000),
    ]
    record = _record(pairs)
    assert record.current("killed").fact.value == 60  # type: ignore[union-attr]
    assert _statuses(record)["a2"] == "conflicting"
    assert [d.kind for d in record.categories["killed"].disagreements] == ["unconfirmed"]
    pairs.append(
        _report("a3", "2026-03-03 09:00", confirm, "50000000", 50_000_000, source="Metro Post")
    )
    record = _record(pairs)
    assert record.current("killed").fact.article_id == "a3"  # type: ignore[union-attr]


def test_the_attack_target_is_the_majority_of_the_reports_that_say_and_a_tie_is_civilians(
) -> None:
    """Whom an attack was against (`Extraction.target`): most reports win; one report that
    counts unarmed victims outweighs one that names only soldiers; silent reports do not vote."""
    from storyline.reconcile.resolve import resolve_target
    from storyline.records import Extraction
    from storyline.store.base import StoredArticle

    def pair(n: int, target: str | None) -> tuple[StoredArticle, Extraction]:
        report = stored(f"a{n}", f"2026-03-0{n} 08:00", "Gunmen attacked a convoy.")
        return report, Extraction(article_id=f"a{n}", event_type="shooting", target=target)

    assert resolve_target([pair(1, None), pair(2, None)]) is None
    assert resolve_target([pair(1, "armed"), pair(2, None)]) == "armed"
    assert resolve_target([pair(1, "armed"), pair(2, "civilians")]) == "civilians"
    assert resolve_target([pair(1, "armed"), pair(2, "civilians"), pair(3, "armed")]) == "armed"

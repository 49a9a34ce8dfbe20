"""The event date a text yields, read as `extract_facts` reads it (candidates, the clause
sentences' parse, the choice), for the date-rule tests."""

from __future__ import annotations

from datetime import UTC, date, datetime

from storyline.extract.dates import clause_sentences, date_candidates, resolve_event_date
from storyline.extract.document import Document


def event_day(text: str, published: str) -> date | None:
    """The event date of `text` published at `published` (ISO), or None."""
    at = datetime.fromisoformat(published).replace(tzinfo=UTC)
    document = Document(text)
    candidates = date_candidates(text, at, document)
    document.prepare(clause_sentences(candidates, document))
    found = resolve_event_date(text, at, document, candidates)
    return None if found is None else found.value

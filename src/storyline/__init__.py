"""storyline: follow developing news stories.

The public surface: `Storyline` (the facade over one store), `open_store`, and the records passed
between stages. Heavy stages (models, web app) are imported only when first used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from storyline.errors import (
    ConfigError,
    CorrectionError,
    FetchError,
    InputError,
    NotFoundError,
    StoreError,
    StorylineError,
)
from storyline.records import (
    Article,
    Assignment,
    Claim,
    CountMention,
    CountTotal,
    DedupVerdict,
    EventDate,
    Extraction,
    InputFailure,
    Place,
)

if TYPE_CHECKING:
    from storyline.service import EventFilter, Storyline
    from storyline.store import Store, open_store

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Assignment",
    "Claim",
    "ConfigError",
    "CorrectionError",
    "CountMention",
    "CountTotal",
    "DedupVerdict",
    "EventDate",
    "EventFilter",
    "Extraction",
    "FetchError",
    "InputError",
    "InputFailure",
    "NotFoundError",
    "Place",
    "Store",
    "StoreError",
    "Storyline",
    "StorylineError",
    "open_store",
]

_LAZY = {
    "Storyline": "storyline.service",
    "EventFilter": "storyline.service",
    "Store": "storyline.store",
    "open_store": "storyline.store",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'storyline' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)

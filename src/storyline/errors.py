"""The exception hierarchy of storyline.

Library code raises these; the CLI and the web app turn them into one line (or one JSON error
object) that names the input and says what to do.
"""

from __future__ import annotations


class StorylineError(Exception):
    """Base of every error storyline raises on purpose."""


class ConfigError(StorylineError):
    """Bad configuration or usage: a wrong option, an unknown key, an unreachable store URL."""


class StoreError(StorylineError):
    """The store could not be opened, migrated or written."""


class InputError(StorylineError):
    """One input could not be read. `input` names it; the message says what to do."""

    def __init__(self, input: str, message: str) -> None:
        super().__init__(f"{input}: {message}")
        self.input = input
        self.message = message


class FetchError(InputError):
    """A URL could not be fetched within the limits (size, time, redirects, address)."""


class NotFoundError(StorylineError):
    """An event or article id that is not in the store."""


class CorrectionError(StorylineError):
    """A merge, split or move that cannot be done as asked."""

"""Untrusted text made safe to show: articles, titles, ids and file names come from anyone.

A terminal obeys control bytes (ESC sequences can rewrite the screen or the title bar) and both
terminals and browsers obey bidirectional controls (U+202E turns "exe.txt" into "txt.exe" on
screen). On the terminal both are shown as visible escapes; in pages the bidi controls are
dropped (the HTML escaping already makes markup inert).
"""

from __future__ import annotations

from typing import Any, TextIO

from markupsafe import Markup

# Embeddings, overrides and isolates, and the invisible marks that reorder text.
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_C0_C1 = [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)]
# Escapes in JSON's own form: inside a JSON string (the only place these can be) the printed
# JSON still means the same value.
_TERMINAL = {code: f"\\u{code:04x}" for code in [*_C0_C1, *map(ord, BIDI_CONTROLS)]}
_TERMINAL_LINES = {code: text for code, text in _TERMINAL.items() if code not in (0x09, 0x0A)}
_PAGE = {ord(char): None for char in BIDI_CONTROLS}


def for_terminal(text: str, *, lines: bool = False) -> str:
    """`text` with control and bidi characters as visible escapes; with `lines`, newlines are
    kept (tables and multi-line views), otherwise the text stays on one line."""
    return text.translate(_TERMINAL_LINES if lines else _TERMINAL)


class TerminalStream:
    """A text stream that writes through `for_terminal(lines=True)`: for stderr always (it
    only carries messages) and for stdout when it is a terminal (to a pipe or file, data is
    written as it is)."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(for_terminal(text, lines=True))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def for_page(value: Any) -> Any:
    """Jinja's finalize hook: every value shown in a page loses its bidi controls (markup
    already made safe stays markup)."""
    if isinstance(value, Markup):
        return Markup(str(value).translate(_PAGE))
    if isinstance(value, str):
        return value.translate(_PAGE)
    return value

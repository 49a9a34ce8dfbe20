"""Progress of long commands (ingest, eval, reextract): a count, a rate and the time left.

The library reports progress through a plain callback, `progress(n)` after `n` more items, so
it stays free of terminals; `terminal_progress` turns that callback into one live line on
stderr, and only when stderr is a terminal: piped, logged or CI runs stay quiet.

    with terminal_progress("articles", total=len(rows), quiet=quiet) as progress:
        for row in tracked(rows, progress):
            ...
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TextIO, TypeVar

__all__ = ["ProgressCallback", "ProgressMeter", "terminal_progress", "tracked"]

ProgressCallback = Callable[[int], None]
Item = TypeVar("Item")


class ProgressMeter:
    """The progress line of a long command: count, rate and, when the total is known, the
    share done and the time left ("1,234 / 10,000 articles (12%) · 56/s · 2:36 left").

    `advance` returns the line to show, or None when the last one is recent (a terminal
    redrawn thousands of times a second slows the work down)."""

    def __init__(self, noun: str = "articles", total: int | None = None,
                 clock: Callable[[], float] | None = None, every: float = 0.2) -> None:
        self.noun, self.total, self.every = noun, total, every
        self.clock = clock or time.monotonic
        self.started = self.clock()
        self.done = 0
        self._shown = -every

    def advance(self, count: int) -> str | None:
        self.done += count
        now = self.clock()
        if now - self._shown < self.every and self.done != self.total:
            return None
        self._shown = now
        return self.line(now)

    def line(self, now: float | None = None) -> str:
        elapsed = max((now if now is not None else self.clock()) - self.started, 1e-9)
        rate = self.done / elapsed
        parts = [f"{self.done:,} {self.noun}"]
        if self.total:
            share = min(self.done / self.total, 1.0)
            parts = [f"{self.done:,} / {self.total:,} {self.noun} ({share:.0%})"]
        parts.append(f"{rate:,.0f}/s")
        if self.total and rate > 0 and self.done < self.total:
            parts.append(f"{_clock_time((self.total - self.done) / rate)} left")
        else:
            parts.append(f"{_clock_time(elapsed)} elapsed")
        return " · ".join(parts)


def _clock_time(seconds: float) -> str:
    """"2:36", "1:02:09"."""
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


@contextmanager
def terminal_progress(
    noun: str = "articles",
    total: int | None = None,
    *,
    quiet: bool = False,
    stream: TextIO | None = None,
    clock: Callable[[], float] | None = None,
) -> Iterator[ProgressCallback | None]:
    """A live progress line on `stream` (default: the process's stderr) while the block runs,
    and the final line when it ends. Yields None, so callers skip the reporting entirely, when
    `quiet` or when the stream is not a terminal."""
    # Our own control codes (return, erase the line) go to the terminal as they are; sys.stderr
    # itself may be wrapped to show control characters as escapes, as it must for untrusted text.
    terminal = stream or sys.__stderr__ or sys.stderr
    if quiet or not _is_terminal(terminal):
        yield None
        return
    meter = ProgressMeter(noun, total, clock=clock)

    def advance(count: int) -> None:
        line = meter.advance(count)
        if line is not None:
            terminal.write(f"\r{line}\033[K")
            terminal.flush()

    try:
        yield advance
    finally:
        if meter.done:
            terminal.write(f"\r{meter.line()}\033[K\n")
            terminal.flush()


def tracked(items: Iterable[Item], progress: ProgressCallback | None) -> Iterator[Item]:
    """`items` as they are, reporting each one to `progress` after it was handled."""
    if progress is None:
        yield from items
        return
    for item in items:
        yield item
        progress(1)


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a closed or foreign stream
        return False

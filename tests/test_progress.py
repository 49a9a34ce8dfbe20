"""The progress line of long commands: rate and time left on a terminal, silence elsewhere."""

from __future__ import annotations

import io
import os
import pty
import subprocess
import sys
from pathlib import Path

from storyline.progress import ProgressMeter, terminal_progress, tracked

REPO = Path(__file__).resolve().parents[1]


class TerminalBuffer(io.StringIO):
    """What a terminal would receive (a StringIO that says it is one)."""

    def isatty(self) -> bool:
        return True


def test_progress_line_shows_rate_and_time_left() -> None:
    now = [100.0]
    meter = ProgressMeter("articles", total=1000, clock=lambda: now[0])
    now[0] = 110.0
    assert meter.advance(250) == "250 / 1,000 articles (25%) · 25/s · 0:30 left"
    now[0] = 110.05
    assert meter.advance(10) is None  # redrawn at most every 0.2 s
    now[0] = 150.0
    assert meter.advance(740) == "1,000 / 1,000 articles (100%) · 20/s · 0:50 elapsed"
    open_ended = ProgressMeter("articles", clock=lambda: now[0])
    now[0] = 3_900.0
    assert open_ended.advance(7_500) == "7,500 articles · 2/s · 1:02:30 elapsed"


def test_terminal_progress_redraws_one_line_and_ends_it() -> None:
    now = [0.0]
    screen = TerminalBuffer()
    with terminal_progress("records", total=4, stream=screen, clock=lambda: now[0]) as progress:
        assert progress is not None
        for _ in tracked(range(4), progress):
            now[0] += 1.0
    text = screen.getvalue()
    assert text.startswith("\r1 / 4 records (25%) · 1/s · 0:03 left\033[K")
    assert text.endswith("\r4 / 4 records (100%) · 1/s · 0:04 elapsed\033[K\n")
    assert text.count("\n") == 1  # one line, redrawn in place


def test_terminal_progress_is_quiet_off_a_terminal_or_when_asked() -> None:
    piped = io.StringIO()
    with terminal_progress("articles", stream=piped) as progress:
        assert progress is None
        assert list(tracked([1, 2, 3], progress)) == [1, 2, 3]
    with terminal_progress("articles", stream=TerminalBuffer(), quiet=True) as progress:
        assert progress is None
    assert piped.getvalue() == ""


def test_ingest_shows_progress_on_a_terminal_only(tmp_path: Path) -> None:
    """The real CLI: under a pseudo-terminal stderr gets the rate line; piped, nothing but the
    summary."""
    command = [sys.executable, "-m", "storyline", "--db", str(tmp_path / "a.db"), "ingest",
               str(REPO / "examples")]
    leader, follower = pty.openpty()
    run = subprocess.run(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                         stderr=follower, timeout=300, check=False)
    os.close(follower)
    seen = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    os.close(leader)
    assert run.returncode == 0
    text = seen.decode()
    assert "articles" in text and "/s" in text and "elapsed" in text and "\r" in text
    piped = subprocess.run([*command[:4], str(tmp_path / "b.db"), *command[5:]],
                           capture_output=True, text=True, timeout=300, check=False)
    assert piped.returncode == 0
    assert "/s" not in piped.stderr and "\r" not in piped.stderr
    assert piped.stderr.startswith("ingested ")

"""Page furniture inside a crawled article: lines that belong to other stories.

A crawl keeps what the page showed around the story: a related-videos list ("1:49 Grandmother
says her grandson is dead Pause"), links to other articles set as headlines of their own
between paragraphs ("Mourners pay tribute to fatally shot pizzeria owner"). Their counts and
dates are other stories'. A headline line is told by its form, not its words: a short line that
opens with a capital and ends without a full stop, inside the body (after a paragraph of running
text, before another), not in capitals (the story's own section heads are), and not the
article's own title nor a link sharing a telling word with it.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from dataclasses import dataclass

__all__ = ["CLIP_LINE_START", "Furniture", "find_furniture", "headline_of"]

# A line of a related-videos list: a clip's length, then its headline ("2:14 March for peace
# draws crowds", "0:58 Budget vote Pause"), without a full stop ("10:15 Sunday: the gunman
# entered the hall." is a time line of the story itself).
CLIP_LINE_START = re.compile(r"[ \t]*\d{1,2}:\d\d[ \t]+(?![AaPp]\.?[Mm]\b)[A-Z\"'‘“]")
# A clip's headline may open on a figure ("1:27 1 dead after collision, police say").
_CLIP_LINE = re.compile(r"[ \t]*\d{1,2}:\d\d[ \t]+(?![AaPp]\.?[Mm]\b)[A-Z0-9\"'‘“]")
# How a line of running text ends: a full stop, a question, a quote, a bracket...
_ENDS_A_SENTENCE = re.compile(r"[.!?:;\"”'’)\]…]\s*$")
# A headline is short; running text of a paragraph is longer than this or ends a sentence.
_HEADLINE_WORDS = (3, 16)
# The story's own news flashes: "UPDATE: one of the victims has died".
_OWN_LABEL = re.compile(r"(?:update[ds]?|breaking(?:\s+news)?|developing|correction)\b",
                        re.IGNORECASE)
_BODY_WORDS = 6
# " - WTOC-TV: Savannah", " | KVOA.com | Tucson, Arizona": the outlet after the headline.
_OUTLET_SEPARATOR = re.compile(r"\s+[|–—-]\s+")


def headline_of(title: str | None) -> str:
    """The headline of a page's title without the outlet's name after a dash or a bar ("Man
    shot on Elm Street - WXYZ Springfield"): the outlet is the page's furniture, not the
    story's."""
    if not title or not title.strip():
        return ""
    return _OUTLET_SEPARATOR.split(title.strip().splitlines()[0], maxsplit=1)[0].strip()


@dataclass(frozen=True, slots=True)
class Furniture:
    """The character ranges of `text` that are other stories' lines, sorted."""

    spans: tuple[tuple[int, int], ...]

    def covers(self, offset: int) -> bool:
        at = bisect_right(self.spans, (offset, sys.maxsize)) - 1
        return at >= 0 and self.spans[at][0] <= offset < self.spans[at][1]


def find_furniture(text: str, title: str | None = None) -> Furniture:
    """The clip-list lines and the headline lines of links to other stories in `text`."""
    lines = [(m.start(), m.end(), m.group(0).strip()) for m in re.finditer(r"[^\n]+", text)]
    lines = [line for line in lines if line[2]]
    own_title = _words(title or "")
    telling = _telling_words(own_title)
    spans = []
    in_body = False
    for at, (start, end, line) in enumerate(lines):
        words = line.split()
        if _CLIP_LINE.match(line) and not line.endswith(".") and \
                not _same_story(line, telling, 2):
            spans.append((start, end))
            continue
        if _ENDS_A_SENTENCE.search(line) and len(words) >= _BODY_WORDS:
            in_body = True
            continue
        following = lines[at + 1][2] if at + 1 < len(lines) else ""
        if in_body and _HEADLINE_WORDS[0] <= len(words) <= _HEADLINE_WORDS[1] \
                and line[:1].isupper() and not line.isupper() \
                and not _ENDS_A_SENTENCE.search(line) \
                and not _OWN_LABEL.match(line) and _ENDS_A_SENTENCE.search(following) \
                and _words(line) != own_title and not _same_story(line, telling):
            spans.append((start, end))
    return Furniture(tuple(spans))


# Words too common in crime news to tell one story from another.
_COMMON_WORDS = frozenset(re.findall(r"\w+", """
about after again also amid around before being between could from have into more over says
said than that their them then there they this were what when where which while will with
would year years week weekend today tonight night morning afternoon evening
shot shots shoot shoots shooting shootings shooter gunman gunmen gunfire fire fired guns
killed kills killing killings dead death deaths died dies fatal fatally homicide murder
wounded wounds injured injuries hurt victim victims police cops officer officers sheriff
deputy deputies suspect suspects charged arrested arrest court man woman men women people
teen teens child children girl girls boy boys family city county town home house street
found report reports video photos watch update"""))


def _telling_words(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w for w in words if len(w) >= 4 and w not in _COMMON_WORDS)


def _same_story(line: str, telling: frozenset[str], shared: int = 1) -> bool:
    """A link that shares a telling word with the article's title ("Three hurt in Carnival
    parade shooting" under "Carnival gunman charged") is the same story's earlier coverage. A
    clip's line must share `shared` = 2: a local site's clips name its town as often as the
    story does ("0:52 Cyclist struck on Ridge Road in Pasco" under "Man wounded by his own
    gun in Pasco")."""
    return len(set(_words(line)) & telling) >= shared


def _words(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\w+", text.lower()))

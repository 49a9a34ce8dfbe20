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
from functools import lru_cache

__all__ = ["CLIP_LINE_START", "LinkLines", "find_furniture", "headline_of",
           "link_lines", "names_the_story"]

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
class LinkLines:
    """The character ranges of a text that are links to other articles, sorted, disjoint:
    `link_lines` gives a labelled line, or a label and the headline list under it as one
    block; `find_furniture` the clip-list lines and the unlabelled headline lines."""

    spans: tuple[tuple[int, int], ...]

    def covers(self, offset: int) -> bool:
        return self.span_at(offset) is not None

    def span_at(self, offset: int) -> tuple[int, int] | None:
        """The link's span holding `offset`, None when no link does."""
        at = bisect_right(self.spans, (offset, sys.maxsize)) - 1
        if at >= 0 and self.spans[at][0] <= offset < self.spans[at][1]:
            return self.spans[at]
        return None


def find_furniture(text: str, title: str | None = None) -> LinkLines:
    """The clip-list lines and the unlabelled headline lines of links to other stories in
    `text` (the labelled ones are `link_lines`'s)."""
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
    return LinkLines(tuple(spans))


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


# --- Link lines: the lines of a page that link to other articles -----------------------------
#
# A crawl keeps the page's links to other stories: a labelled line ("Read more: Two hurt in
# a crash on Route 4", "RELATED | ...", "ALSO READ: ...", "More on this story: ..."), a
# label alone on its line over a list of headlines ("Most read" over "1. Three dead in ...",
# "RELATED COVERAGE" over "- 5 injured in pileup"), a label run into its headline ("Related
# Content Man charged in ..."), and an archive photo's caption ("FILE - Police tape at ...",
# "... (Reuters/File)"). Their figures, days, places and claimants are the other stories'.
# One lexicon of labels, read in one pass over the lines; each reader decides what a covered
# offset means to it.
_LINK_LABEL = (
    r"(?:related(?:[ \t]+(?:stories|story|articles?|coverage|content|links?|news|reading"
    r"|posts?|headlines|items))?"
    r"|(?:read|see)[ \t]+(?:more|also|next)|also[ \t]+(?:read|see)|further[ \t]+reading"
    # "More on this story", "More from Local News", "More in Crime", "More about the case"
    r"|more[ \t]+(?:from|on|in|about)\b[^:|>»\n]{0,40}?"
    # "More stories", "More crime news", "More Sandusky police stories"
    r"|more(?:[ \t]+[\w'’-]+){0,3}?[ \t]+(?:stories|headlines|coverage|news)"
    r"|(?:latest|top|other|recent|previous|popular)[ \t]+(?:headlines|stories|coverage|news)"
    r"|most[ \t]+(?:read|viewed|popular|shared|watched)|top[ \t]+trending"
    r"|trending(?:[ \t]+(?:now|stories|news))?|recommended(?:[ \t]+(?:for[ \t]+you|stories))?"
    r"|you[ \t]+(?:may|might)[ \t]+(?:also[ \t]+)?(?:like|enjoy|be[ \t]+interested(?:[ \t]+in)?)"
    r"|also[ \t]+on(?:[ \t]+[^:|>»\n]{1,30}?)?|(?:don['’]t|do[ \t]+not)[ \t]+miss"
    r"|must[ \t]+read|editor['’]?s['’]?[ \t]+picks?|previous(?:ly)?[ \t]+reported"
    r"|watch|more|file(?:[ \t]+photo)?)")
# (A video's label, "WATCH VIDEO: Tuesday's report from the scene", "RELATED VIDEO: the
# mayor speaks after the fire", mostly shows the story's own footage: no label of another story.)
# What ends a label: a colon, a bar, an arrow, a dash between spaces.
_LINK_SEPARATOR = r"(?:[:|>»›–—]+|-+(?=[ \t]))"
# A label run into its headline ("Related Content Man charged ...") is a label with its noun:
# a bare "More" or "Watch" before a capital opens a sentence ("More Than 20 ...").
_GLUED_LABEL_ENDS = frozenset({
    "stories", "story", "articles", "article", "coverage", "content", "links", "link", "news",
    "headlines", "posts", "post", "items", "reading", "read", "viewed",
    "popular", "shared", "watched", "trending"})
_GLUED_AFTER = "(?:" + "|".join(f"(?<={word})" for word in sorted(_GLUED_LABEL_ENDS)) + ")"
# A line that opens with a label: a bullet may come first ("- Read more: ...").
_LABEL_LINE = re.compile(
    rf"[ \t]*(?:[-\u2022*+·][ \t]*)?(?P<label>{_LINK_LABEL})\b[ \t]*"
    rf"(?:(?P<separator>{_LINK_SEPARATOR})|(?=[ \t]*$)"
    rf"|(?P<glued>{_GLUED_AFTER}[ \t]+(?-i:(?=[A-Z0-9\"“‘']))))",
    re.IGNORECASE)
# A label after a sentence of the same line ("... police said. Read more: ..."), with its
# separator (without one, "More" and "Watch" are words of a sentence). The sentence's stop is
# part of the match, not a look-behind: the engine then enters the pattern only at a stop, not
# at every character of the line (5x faster on dev lines; `start("label")` and `end()`, all
# that is read, are the same).
_INLINE_LABEL = re.compile(
    rf"[.!?][\"”’)]?[ \t]+(?P<label>{_LINK_LABEL})[ \t]*[:|>»]", re.IGNORECASE)
_GLUED_HEADLINE_CHARS = 100  # a longer rest is a paragraph run into the label
# An archive photo's caption, told by the credit closing its line ("(AP Photo/File)",
# "(Reuters/File)") or an agency's file credit on it ("AFP/File photo"). (A caption not marked
# as a file photo mostly shows the event's own scene: "Police at the scene in Bridgeport,
# Conn. (Photo: staff)".)
_FILE_CREDIT = re.compile(
    r"\([^()\n]*\bfile\b[^()\n]*\)[ \t]*$|\b(?:REUTERS|AFP|AP)/[^\n]*\bfile\b", re.IGNORECASE)
_SENTENCE_STOP = re.compile(r"[.!?][\"'”’)]*(?=\s|$)")
# A line of a headline list ends without a sentence's stop and is not a paragraph.
_RUNNING_TEXT_END = re.compile(r"[.!?][\"'”’)]*[ \t]*$")
_PARAGRAPH_CHARS = 150
_LIST_LINES = 10


def names_the_story(line: str, title: str | None) -> bool:
    """A link sharing two telling words with the article's title ("Cyclist dies after crash on
    Harbor Ridge Road" under "Driver charged in Harbor Ridge Road death") is the same story's
    earlier coverage (`find_furniture`'s test; one word is too little: "drive-by" is in many
    a shooting's headline, "<city>" in every link of a local site)."""
    return _same_story(line, _telling_words(_words(headline_of(title))), 2)


def link_lines(text: str) -> LinkLines:
    """The link lines of `text` (labelled lines, the headline lists under a bare label, a
    label's headline run into it, file-photo captions), read once per text: every extraction
    reader and the clusterer ask for the same text's lines."""
    return _link_lines(text)


@lru_cache(maxsize=16)
def _link_lines(text: str) -> LinkLines:
    spans: list[tuple[int, int]] = []
    listing = 0  # headlines still taken under a bare label
    end = -1
    for line in text.split("\n"):
        start, end = end + 1, end + 1 + len(line)
        stripped = line.strip()
        if listing:
            if not stripped:
                continue  # a scraped page sets its lines a blank line apart
            if _is_list_headline(stripped):
                spans[-1] = (spans[-1][0], end)  # the block is one span, label to last line
                listing -= 1
                continue
            listing = 0
        if not stripped:
            continue
        label = _LABEL_LINE.match(line)
        if label is not None and _is_label(label, line):
            spans.append((start, end))
            if not line[label.end():].strip():
                listing = _LIST_LINES
            continue
        inline = _INLINE_LABEL.search(line)
        if inline is not None and not inline.group("label").lower().startswith("file"):
            # to the end of its sentence: a text set on one line goes on with the story
            stop = _SENTENCE_STOP.search(line, inline.end())
            spans.append((start + inline.start("label"),
                          start + stop.end() if stop is not None else end))
            continue
        if ("file" in line or "File" in line or "FILE" in line) and _FILE_CREDIT.search(line):
            spans.append((start, end))
    return LinkLines(tuple(spans))


def _is_label(label: re.Match[str], line: str) -> bool:
    if label.group("glued") is None:
        return True
    words = label.group("label").lower().split()
    rest = line[label.end():].strip()
    return len(words) >= 2 and words[-1] in _GLUED_LABEL_ENDS and \
        len(rest) <= _GLUED_HEADLINE_CHARS and not _RUNNING_TEXT_END.search(rest)


def _is_list_headline(line: str) -> bool:
    """A line of a headline list: short, not ending a sentence, opening as a headline does
    (a capital, a figure, a bullet, a quote), not lower case (a sentence's second half)."""
    return len(line) < _PARAGRAPH_CHARS and not _RUNNING_TEXT_END.search(line) and \
        not line[:1].islower()

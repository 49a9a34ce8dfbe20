"""The one sentence splitter, with offsets, and the prefilter that picks fact-bearing sentences.

Every stage that reads sentences uses `split_sentences` (or its cached lookups `sentences_of`
and `sentence_at`): extraction (`document.Document.sentences`, counts, aggregates), the
reconciler (timeline, brief, digest, fact cues), clustering (sentence roles, the time of day of
the dated sentence, headline-less titles), the revision diff of dedup and the evaluation
baselines. One splitter means one answer to "which sentence is this in": a sentence quoted in a
brief is the sentence its fact was read from. A regular-expression splitter is enough: it
handles hundreds of long articles in well under a second (spaCy's would take minutes).

Most sentences of a news article carry no count. A single compiled regex over the whole text
finds the few that might (a casualty, arrest, hostage, missing or displacement word); only those
are split precisely and handed to the count patterns.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import product

# Abbreviations that end with a period without ending the sentence.
_ABBREVIATIONS = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|Ave|Blvd|Rd|No|Nos|Gen|Col|Lt|Sgt|Capt|Cpl|Maj|Gov|Sen"
    r"|Rep|Rev|Hon|Pres|Insp|Supt|Det|Ft|Mt|Co|Corp|Inc|Ltd|vs|etc|approx|est|incl|Jan|Feb|Mar|Apr"
    r"|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.N|U\.K|a\.m|p\.m|i\.e|e\.g)|\b[A-Z])\.$"
)
# A crawl may glue sentences ("the youngest was 19.The gunman fled"): a full stop after a
# lower-case letter or a digit, right before a capitalized word, ends a sentence too (not
# "www.Example.com": the word after runs on with a dot).
_BOUNDARY = re.compile(r"(?<=[.!?])[\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])|\n\s*\n|\n(?=\S)"
                       r"|(?<=[a-z0-9)]\.)(?=[A-Z][a-z]+\b(?![.@\w]))")

# Words whose presence makes a sentence worth the full count patterns. Kept broad: a miss here
# is a miss for good, a false hit only costs one more pattern pass.
CANDIDATE_RE = re.compile(
    r"\b(?=[A-Za-z])(?:kill|dead|deceased|death|die[ds]?\b|dying|fatal|slain|slay|murder|massacre|execut|behead|decapitat|neutrali[sz]"
    r"|assassinat|gunned|guns?\s+down|slaughter|hanged|strangl|trampl|tortur|beaten|beat|hacked|hack|slash|stoned|stoning|stones?\s+to\s+death|burn|coded|throats?\b"
    r"|perish|lives\b|life\b|bod(?:y|ies)|corpse|toll|casualt|drown|lynch|succumb|pass(?:ed|es|ing)?\s+away"
    r"|martyr"  # "two policemen were martyred", "embraced martyrdom"
    r"|injur|wound|hurt|hospital|shot|shoot|gunshot|gunfire|bullets?\b|graz(?:ed|ing)|shrapnel|hitting|striking|stabb|maim"
    r"|arrest|detain|detention|custody|apprehend|round(?:ed)?[\s-]up|nabbed|captur|booked"
    r"|charged|charging|in\s+jail|jailed|held|holding|remand"
    # wounds told by their kind ("suffered machete cuts", "a broken nose")
    r"|cuts\b|lacerat|fractur|bruis|concuss|broken\s+(?:bone|arm|leg|rib|nose|jaw|ankle|wrist|hip|collarbone|finger)"
    r"|hostage|kidnap|abduct|captiv|seiz|hijack|missing|unaccounted|displac|homeless|evacu|fled"
    # care and shelter in disaster reports: "treated for smoke inhalation", "Evacuees: 9,100",
    # "relocated to safe places", "80,000 in shelters"
    r"|treated|treatment|relocat|shelter|recovering\b"
    r"|flee|refugee|rescued|captive|uproot|forced|expected\s+to\s+rise|could\s+rise"
    r"|KIA\b|WIA\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    start: int  # offset of text[0] in the article text

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text` with their offsets; whitespace between them is dropped. The split
    of the texts asked last is kept (`_RECENT`): extraction asks for an article's sentences in
    several places (the document model, the aggregate cues)."""
    return list(_RECENT.get(text)[0])


def _split(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    begin = 0
    for match in _BOUNDARY.finditer(text):
        if "\n" not in match.group(0) and _abbreviation_before(text, begin, match.start()):
            continue  # "Mr. Smith", "St. Louis": not a boundary
        _append(sentences, text, begin, match.start())
        begin = match.end()
    _append(sentences, text, begin, len(text))
    return sentences


# The longest `_ABBREVIATIONS` match ("approx."), with room to spare: the abbreviation test reads
# only the end of the sentence so far, which keeps the splitter linear however long the
# sentence runs (`\b` still sees the character before the window).
_ABBREVIATION_WINDOW = 12


def _abbreviation_before(text: str, begin: int, end: int) -> bool:
    """Whether text[begin:end], closing quotes and brackets stripped, ends with an
    abbreviation's full stop."""
    piece = text[begin:end].rstrip("\"”’')]")
    return _ABBREVIATIONS.search(piece, max(0, len(piece) - _ABBREVIATION_WINDOW)) is not None


def sentences_of(text: str) -> tuple[Sentence, ...]:
    """`split_sentences(text)`, cached: the reconciler asks for the sentences of the same
    article once per fact, timeline entry and evidence span, and every batch re-derives the
    events it touched."""
    return _indexed(text)[0]


_Indexed = tuple[tuple[Sentence, ...], tuple[int, ...]]


class _SentenceCache:
    """The sentences of recently asked texts, least recently used first out, bounded by the
    characters it holds rather than by the number of texts: two thousand news articles are a
    few megabytes, two thousand hostile megabyte texts would be gigabytes. A text longer than
    the whole budget is split every time it is asked (it is rare, and splitting is linear)."""

    def __init__(self, max_chars: int) -> None:
        self.max_chars = max_chars
        self._entries: OrderedDict[str, _Indexed] = OrderedDict()
        self._chars = 0
        self._lock = threading.Lock()  # the web app's threads share it

    def get(self, text: str) -> _Indexed:
        with self._lock:
            found = self._entries.get(text)
            if found is not None:
                self._entries.move_to_end(text)
                return found
        sentences = tuple(_split(text))
        entry = (sentences, tuple(sentence.start for sentence in sentences))
        # The text is held as the key and again (nearly whole) in its sentences' texts.
        cost = 2 * len(text)
        if cost > self.max_chars:
            return entry
        with self._lock:
            if text not in self._entries:
                self._entries[text] = entry
                self._chars += cost
                while self._chars > self.max_chars:
                    evicted, _ = self._entries.popitem(last=False)
                    self._chars -= 2 * len(evicted)
        return entry

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def chars(self) -> int:
        return self._chars


# 32 M characters: thousands of news articles, tens of MB at most whatever the input.
_CACHE = _SentenceCache(max_chars=32_000_000)
# The texts `split_sentences` split last: a batch of articles being extracted (a few MB).
_RECENT = _SentenceCache(max_chars=4_000_000)


def _indexed(text: str) -> _Indexed:
    """The sentences of `text` and their start offsets (for bisecting)."""
    return _CACHE.get(text)


def sentence_at(text: str, start: int, end: int) -> Sentence | None:
    """The sentence that contains the span [start, end) of `text`, if the span is valid and
    starts inside a sentence (not in the whitespace between two)."""
    if start < 0 or end > len(text) or start >= end:
        return None
    sentences, starts = _indexed(text)
    position = bisect_right(starts, start) - 1
    if position >= 0 and start < sentences[position].end:
        return sentences[position]
    return None


# The longest piece read as one sentence. News sentences are far shorter; a longer "sentence"
# (a list, a table flattened to text, a hostile input) is cut at clause punctuation, so that
# the work per sentence, and so per article, stays linear in its length.
MAX_SENTENCE_CHARS = 1000
_CLAUSE_BREAK = re.compile(r"[;,:]\s+|\s+(?:and|but|while|whereas)\s+")


def _append(sentences: list[Sentence], text: str, begin: int, end: int) -> None:
    piece = text[begin:end]
    stripped = piece.strip()
    if not stripped:
        return
    offset = begin + (len(piece) - len(piece.lstrip()))
    while len(stripped) > MAX_SENTENCE_CHARS:
        cut = _last_break(stripped)
        head = stripped[:cut].rstrip()
        sentences.append(Sentence(head, offset))
        rest = stripped[cut:]
        offset += cut + (len(rest) - len(rest.lstrip()))
        stripped = rest.strip()
    if stripped:
        sentences.append(Sentence(stripped, offset))


def _last_break(sentence: str) -> int:
    """Where to cut an over-long sentence: after its last clause break within the limit, else
    at the last space, else at the limit."""
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, MAX_SENTENCE_CHARS)]
    if breaks and breaks[-1] > MAX_SENTENCE_CHARS // 2:
        return breaks[-1]
    space = sentence.rfind(" ", 0, MAX_SENTENCE_CHARS)
    return space if space > 0 else MAX_SENTENCE_CHARS


# The first letters of every CANDIDATE_RE word. Looking words up by prefix in a set is several
# times faster than running the alternation over the whole text; CANDIDATE_RE then confirms on
# the few sentences that have a hit.
_STEMS4 = frozenset(
    "kill dead dece deat died dies dyin fata slai slay murd mass exec behe deca neut assa "  # noqa: SIM905
    "gunn slau hang stra tram tort beat hack burn code peri live life bodi body corp toll "
    "casu drow lync succ inju woun hurt hosp shot shoo guns stab maim arre deta cust appr "
    "roun nabb capt book char jail held host kidn abdu seiz miss unac disp home evac fled "
    "flee refu resc upro forc expe coul slas ston thro gunf bull graz shra hitt stri away "
    "mart rema cuts lace frac brui conc brok trea dete relo shel hold hija reco"
    .split()
)
# Count words shorter than a stem: "die", "gun" ("gun down"), and the military "KIA"/"WIA"
# (killed/wounded in action: "three soldiers KIA").
_SHORT_WORDS = frozenset({"die", "kia", "wia", "gun"})
_WORD = re.compile(r"[A-Za-z]+")
_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


# The first three or four letters of each word (a word of one or two letters is no count
# word); the lookbehind reads the text before `pos`, so the tail of a word that starts before
# the sentence is skipped.
_HEAD = re.compile(r"(?<![A-Za-z])[A-Za-z]{3,4}")
# Every stem and short word in every mix of cases, so a word's head is looked up as written.
_HEADS_ANY_CASE = frozenset(
    "".join(letters) for word in _STEMS4 | _SHORT_WORDS
    for letters in product(*((c, c.upper()) for c in word)))


def _has_stem(text: str, sentence: Sentence) -> bool:
    """Whether a word starting inside `sentence` begins like a count word. Only the sentence
    is scanned (a text without letters, or one endless word, stays linear); a word that runs
    past the sentence's end is read by its first four letters, all the test needs."""
    start, end = sentence.start, sentence.end
    if end >= len(text) or text[end] not in _LETTERS:
        return not _HEADS_ANY_CASE.isdisjoint(_HEAD.findall(text, start, end))
    for match in _WORD.finditer(text, start, end):
        at = match.start()
        if at == start and start > 0 and text[start - 1] in _LETTERS:
            continue  # the tail of a word that starts before the sentence
        head = match.group(0)
        if match.end() == end and len(head) < 4:
            head = text[at:at + 4]
            head = head[:next((i for i, c in enumerate(head) if c not in _LETTERS), 4)]
        head = head[:4].lower()
        if head in _STEMS4 or head in _SHORT_WORDS:
            return True
    return False


def candidate_sentences(text: str, sentences: list[Sentence] | None = None
                        ) -> Iterator[Sentence]:
    """Only the sentences that contain a count word, read lazily (a caller that takes the
    first few does not pay for the rest of a long text). `sentences` are
    `split_sentences(text)` when the caller has split it already."""
    for sentence in sentences if sentences is not None else split_sentences(text):
        if _has_stem(text, sentence) and CANDIDATE_RE.search(sentence.text):
            yield sentence

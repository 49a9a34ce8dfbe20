"""A fact check's frame: a text that gives a verdict on what someone else asserted ("CLAIM: ...
VERDICT: False", "We rate this claim Missing context", "Did a drone strike kill 40 guests in
Kandahar? No."). It tells the checked claim in the claimant's words, and often traces the
picture the claim used to another incident; neither is the event's own account, which the
check states apart ("In fact, the fire broke out in ..."). One reader, read by every area:
dates (a day inside the checked claim's quote or the traced picture's sentence is not the
event's), places (a town named only there is set aside) and claims (a "CLAIM:" label is the
assertion checked, no claim of responsibility).
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from storyline.extract.sentences import split_sentences

__all__ = ["CLAIM_LABEL", "FactCheck", "read_fact_check"]

Span = tuple[int, int]

# A fact check: a verdict on a claim ("VERDICT: False", "Our rating: Misleading", "We rate this
# claim", "FACT CHECK |", "HOAX:", "CLAIM:", "Did ... ? No.") or a denial of where or whether
# something happened ("did not happen in Paris", "No, the video is not from Lagos").
_VERDICT = re.compile(
    r"\b(?:VERDICT|Verdict|RATING|Rating|Our\s+(?:rating|verdict))\s*[:|-]"
    r"|\b(?i:(?:verdict|rating|claim)\s*:|we\s+rate\b|fact[- ]?check|hoax(?:es)?\b|debunk)"
    r"|(?:^|(?<=[.!?:]\s))(?:False|FALSE|Misleading|MISLEADING|Verified|VERIFIED)\s*[:.|]"
    r"|\b(?i:did\s+not|didn['’]t|never)\s+(?i:happen|occur|take\s+place)\b"
    r"|(?:^|(?<=[.!?]\s))No,\s+(?:the|a|an|this|that|it)\b|\?\s+No\b"
    r"|\b(?i:(?:that|this|it|the\s+(?:claim|post|video|photo))\s+is\s+(?:false|untrue|fake"
    r"|misleading|wrong))\b")
# The label a fact check puts before the assertion it checks ("CLAIM: Senator <X> said ...",
# "The claim - ...", "Claims: ..."); claims read it too, as no claim of responsibility unless its
# value says so ("Claim: Responsibility claimed by <X>").
CLAIM_LABEL = r"(?:CLAIMS?|Claims?|THE\s+CLAIMS?|The\s+claims?)"
_LABELLED = re.compile(rf"\s*{CLAIM_LABEL}\s*[:|-]")
# The checked claim told in a sentence: what a post, a video, a statement or a claimant asserts
# ("A video shared 40,000 times says ...", "A meme circulating on Facebook claims that ...", "A
# senator's statement that ...", "The claim that ...", "a video of a stampede, purportedly from
# ...").
_TOLD = re.compile(
    r"\b(?:posts?|videos?|tweets?|memes?|messages?|audios?|clips?|images?|photos?|pictures?"
    r"|footage|statements?|claims?|rumou?rs?|speech)\b[^.;\n]{0,80}?"
    r"\b(?:says|said|claims?|claimed|claiming|alleges|alleged|shows|showing|purportedly)\b"
    r"|\b(?:statements?|claims?|posts?|rumou?rs?|assertions?)\s+(?:\w+\s+){0,2}?that\b"
    r"|\b(?:claims?|claimed|claiming|alleged|alleges)\s+(?:that\b|an?\b|the\b)", re.IGNORECASE)
# A sentence that gives the right account, which is no part of the claim: "In fact, the fire
# broke out in X", "The shooting the meme describes happened in X", "In reality, ...".
_CORRECTION = re.compile(
    r"\b(?:in\s+fact|in\s+reality|actually|in\s+truth|what\s+we\s+found|the\s+truth)\b"
    r"|\b(?:happened|occurred|took\s+place|went\s+off|broke\s+out)\b", re.IGNORECASE)
# ("Did a drone strike kill 40 guests in Kandahar? No.": the question a fact check answers)
_ANSWERED_NO = re.compile(r"\s*No\b")
# The checked picture itself: a sentence whose subject is the photo, the clip or the footage
# ("The photo with the post shows a 2018 lockdown in X", "The clip was first uploaded in 2018,
# after a crush in Y"): where and when the picture was taken, not the event checked.
_PICTURE_SUBJECT = re.compile(
    r"\s*(?:The|This|That|A|An|Its|Their)\s+(?:(?!(?:the|a|an|this|that)\s)[\w-]+\s+){0,3}?"
    r"(?:photos?|pictures?|images?"
    r"|videos?|clips?|footage|frames?|memes?|screenshots?)\b")
# The picture traced to another incident inside a sentence ("The clip in the post actually shows
# a 2019 drill", "Reverse image search shows it was first posted on 7 July 2021"): what follows
# the trace is that incident's.
_PICTURE_TRACED = re.compile(
    r"\b(?:photo(?:graph)?s?|pictures?|images?|videos?|clips?|footage|screenshots?)\b"
    r"[^.;]{0,60}?\b(?:(?:actually\s+|in\s+fact\s+)?(?:shows?|showed|depicts?|dates?\s+from"
    r"|(?:is|are|was|were)\s+(?:from|taken|filmed|first\s+(?:posted|shared|published)))"
    r"|first\s+(?:posted|shared|published))\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class FactCheck:
    """What `read_fact_check` found; all empty when the text is no fact check. `checked`: the
    sentences (up to a semicolon) that tell the checked claim or ask the question the check
    answers "No"; `pictures`: the sentences whose subject is the checked picture, and the rest
    of a sentence after it traces the picture to another incident. Spans are sorted."""

    is_one: bool = False
    checked: tuple[Span, ...] = ()
    pictures: tuple[Span, ...] = ()

    @property
    def spans(self) -> tuple[Span, ...]:
        """Every stretch whose words are not the event's own account."""
        return tuple(sorted(self.checked + self.pictures))

    def in_a_picture(self, offset: int) -> bool:
        at = bisect_right(self.pictures, (offset, sys.maxsize)) - 1
        return at >= 0 and self.pictures[at][0] <= offset < self.pictures[at][1]


_NONE = FactCheck()


def read_fact_check(text: str) -> FactCheck:
    """The fact check's frame of `text`, read once per text (dates and places ask for the
    same text's); most texts are none, which one search tells."""
    return _read_fact_check(text)


@lru_cache(maxsize=16)
def _read_fact_check(text: str) -> FactCheck:
    if _VERDICT.search(text) is None:
        return _NONE
    checked: list[Span] = []
    pictures: list[Span] = []
    for sentence in split_sentences(text):
        # (the claim's clause only: "A statement that '...' mixes up events; the army says three
        # died in Yendi" gives the right account after the semicolon)
        semicolon = text.find(";", sentence.start, sentence.end)
        end = sentence.end if semicolon < 0 else semicolon
        labelled = _LABELLED.match(text, sentence.start) is not None
        told = _TOLD.search(text, sentence.start, end) is not None
        asked = text[sentence.start:sentence.end].rstrip().endswith("?") and \
            _ANSWERED_NO.match(text, sentence.end) is not None
        if ((labelled or told) and _CORRECTION.search(text, sentence.start, end) is None) \
                or asked:
            checked.append((sentence.start, end))
        if _PICTURE_SUBJECT.match(text, sentence.start) is not None:
            pictures.append((sentence.start, end))
        elif (traced := _PICTURE_TRACED.search(text, sentence.start, sentence.end)) is not None:
            pictures.append((traced.end(), sentence.end))
    return FactCheck(True, tuple(checked), tuple(pictures))

"""Sentence roles: which stretches of an article report its own event and which do not.

A report says what happened first and then adds background ("it was the deadliest shooting
since 2012", "last month a similar attack killed three") and, on crawled pages, blocks of
related coverage ("Related stories:" followed by other headlines). Words there name other
events; counted fully, a passing mention of another incident would pull the article into that
incident's event. The roles found here are:

- "background": a sentence with a cue that it is about another, earlier event or about trends;
  and a clause that sets the report's incident beside another one ("on the same day as a
  deadlier bombing in ...", "came two days after a grenade attack ...", "not linked to the bus
  attack"), from its cue to the end of its sentence;
- "related": a related-coverage block: its marker line and the headline-like lines after it,
  up to the first line that reads as a paragraph of the report again; and a video playlist:
  lines that open with a running time ("1:17 Drone video shows the flooded valley"), at least
  two of them, which a crawl keeps from the page's player.

- "listed": in a record of labelled fields (an embassy alert, a travel-risk notice, an
  incident log: "Location: ... Casualties: ... Background: ..."), the field that lists earlier
  incidents, from its label to the next label (session 32): its dates, places and tolls are
  those incidents'.

Everything else is the report itself. Rule-based and cheap (regular expressions over the text
the clusterer reads); offsets are into `article.text`.
"""

from __future__ import annotations

import re

from wordfreq import zipf_frequency

from storyline.extract.furniture import link_lines
from storyline.extract.sentences import sentence_at

Span = tuple[int, int, str]  # start, end (offsets into the text), role

# Patterns searched in the lower-cased text (cheaper than IGNORECASE).
# Cues that a sentence is about another event or about a trend. Time alone ("last week") is not
# one: a follow-up names its own event that way ("the shooting last week").
_BACKGROUND = re.compile(
    r"\b(?:(?:deadliest|worst|largest|biggest)\b[^.]{0,50}\bsince"
    r"|so far this year|(?:years|decades) ago"
    r"|(?:similar|another|previous|separate|unrelated|earlier) (?:attack|shooting|incident|case"
    r"|fire|explosion|bombing|killing|homicide|crash)s?)\b"
)
# Every match of _BACKGROUND holds one of these (substring tests, ~1 us a text, where the
# pattern's scan of a text without a cue costs ~30 us per thousand characters).
_BACKGROUND_KEYS = (
    "deadliest", "worst", "largest", "biggest", "so far this year", "years ago", "decades ago",
    "similar ", "another ", "previous ", "separate ", "unrelated ", "earlier ",
)

# Clauses that set the report's incident beside another one (session 21): "It came on the same
# day as a deadlier bombing in Peshawar", "The blaze came two days after a grenade attack at a
# night market", "The shooting came just hours after a man was shot in a family dispute",
# "Police said the clashes were not linked to the bus attack". What follows the cue, to the end
# of its sentence, describes the other incident: its words and places would pull the report
# into that incident's event (same city, same days). Only the clause is background; the
# sentence's start is the report ("Police said the assault ..."). "came after" needs a time
# between and an indefinite incident: "the arrest came after an agent told police ..." is its
# own story's next step, "the arrest came two days after the shooting" names its own incident.
# "Not related to" is left out: "not related to the victim" is kinship, said of the report's
# own people.
_SPAN = (
    r"(?:just |only |barely |less than |more than )?"
    r"(?:hours|days|weeks|months|a (?:day|week|month)|an hour|(?:\w+ ){1,2}?"
    r"(?:hours?|days?|weeks?|months?))"
)
# Each form opens with a literal (the scan is ~10 us a text instead of ~50 us for one
# alternation tried at every position).
_SAME_DAY_AS = re.compile(r"the same (?:day|night|morning|afternoon|evening|weekend) as\b")
# ... and a clause closed by "the same day" that names another place (session 30: an
# explainer's context line "a drone hit a warehouse in nearby Merefa the same day"): the
# clause, from the sentence's start or its last semicolon, tells a second incident of the day.
_SAME_DAY_END = re.compile(
    r"(?:^|[;\n]|(?<=[.!?])\s)(?P<clause>[^.;!?\n]{0,200}?\b(?:in|at|near|outside)\s+"
    r"(?:nearby\s+|neighbou?ring\s+)?[A-Z][^.;!?\n]{0,80}?)\s+(?:on\s+)?the\s+same\s+"
    r"(?:day|night|morning|afternoon|evening)\s*[.!?]"
)
# What follows "after" is another incident when told anew: an indefinite one, or (session 31)
# a counted bare plural ("hours after two men were killed across the river in Metairie").
_TOLD_ANEW = (
    r"(?:an?|another|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several"
    r"|\d{1,3}) [a-z-]+) "
)
_CAME_AFTER = re.compile(rf"c(?:ame|omes|oming) {_SPAN} (?:after|before) {_TOLD_ANEW}")
# ... and an incident told anew "earlier" in the report's day (session 31: an anchor's lead-in
# "earlier in the day a smaller blast wounded pilgrims near the Kadhimiya shrine", a wire's
# "Earlier on Tuesday, two soldiers were killed at a post in Tessit"): another incident of the
# day, from the cue to the end of its sentence. Not "earlier, police said ..." (no incident
# told anew) nor "the earlier attack" (the report's own, taken up).
_EARLIER_DAY = (
    r"\bearlier (?:in the (?:day|evening|morning|afternoon)|that (?:day|morning|night)|today"
    r"|this (?:morning|afternoon|week)|on (?:monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday)),? "
)
_EARLIER_ANEW = re.compile(_EARLIER_DAY + _TOLD_ANEW)
# ... or (session 32) by a bare subject, a mass noun or a plural without an article, when the
# sentence tells harm done at a place it names ("Earlier that day artillery had killed three
# people in Nikopol", "Earlier on Monday gunmen torched shops in Pulka"): not a definite
# subject or a pronoun (the report's own incident or people taken up: "earlier today the
# attack in Baquba killed two"), nor the report's own sources or a preposition.
_EARLIER_BARE = re.compile(
    _EARLIER_DAY
    + r"(?!(?:the|this|that|these|those|he|she|they|it|we|his|her|their|its|police|officials"
    r"|authorities|at|in|on|by|with|to|and|but|when|while|as|from|for|of)\b)[a-z]"
)
# ... and the same span set off by a comma at the end of the report's sentence (session 22):
# "A 5.4 quake shook Lampang late on Tuesday, injuring nine, less than two weeks after a
# deadly quake further north". Without the comma the span is the report's own timeline ("the
# fire broke out hours after a family dinner").
_SET_OFF_AFTER = re.compile(rf", {_SPAN} (?:after|before) {_TOLD_ANEW}")
# The link itself denied ("not believed to be linked to"), looked for before "linked to", not a
# doubt about the report's own people ("not clear whether they were connected to the shooting").
_LINKED_TO = ("connected to ", "linked to ", "tied to ")
_LINK_DENIED = re.compile(
    r"(?:\bnot|n't) (?:(?:appear|appears|appeared|seem|seems|seemed|believed|thought"
    r"|considered|to|be|been|at|all|directly) ){0,4}$"
)
_LINK_DENIED_CHARS = 48
# An event told as the next of its kind (session 22): "its second purchase in under a year
# after last year's takeover of Greenmeadow", "the club's third signing of the summer,
# following the arrival of ...", "Rozman's second cabinet change this month after he named
# ...": what follows "after" is the earlier event of the kind, often with its own names (the
# firm bought, the player signed, the minister named) that would otherwise be shared with that
# event and join its twin. The ordinal must count events, not the report's own time or people
# ("on the second day after the quake", "for the third time since", "a second suspect after
# a raid"), so a unit of time or a person after it is no cue. Ordinals are looked for first as
# plain substrings.
_ORDINAL_KEYS = ("second ", "third ", "fourth ", "fifth ", "latest ")
_NOT_COUNTED_EVENTS = (
    r"day|night|morning|afternoon|evening|time|week|month|year|hour|minute|half|quarter|round"
    r"|set|period|game|goal|inning|lap|stage|floor|suspect|man|men|woman|women|person|people"
    r"|victim|body|bodies|child|children|boy|girl|officer|son|daughter|wife|husband"
)
_NEXT_OF_KIND = re.compile(
    rf"\b(?:second|third|fourth|fifth|latest) (?!(?:{_NOT_COUNTED_EVENTS})s?\b)"
    r"[^.;:!?]{0,80}?\b(?:after|following)\b"
)


# A report that sets its own incident a day or more after another one (session 28,
# `recall_veto`): "The strike came a week after guided bombs killed three workers at a factory
# in the city", "..., five days after the hospital bombing", "on Saturday, a week after two
# people were killed at a gas station", "Eight days after a car bomb tore through the bazaar".
# The span is counted ("a week", "five days", "several days"), not "the day after" (a date,
# "the day after Christmas"), not "a day after" (a report of the next day taking up its own
# incident: "on June 8, one day after a shooting spree ended") and not hours (one night's
# incidents are the date tests').
# What follows "after" is another incident when it is told anew (an indefinite incident, a
# bare plural, a number: "a week after two men were shot in the same spot"); a pronoun or a
# definite article takes up the report's own incident or people ("died Saturday, a week after
# she was wounded in a drive-by shooting", "two days after the shooting": a follow-up).
# Session 30: adverbs of exactness too, one or two of them ("Exactly one week after",
# "Precisely two weeks after", "Almost exactly a week after"), a "full" span ("A full week
# after"), and the span opening a wire's text after its dateline's dash ("MAIDUGURI, Jan 22 -
# Exactly one week after ...").
_COUNTED_SPAN = (
    r"(?:(?:just|only|barely|less than|more than|nearly|almost|about|exactly|precisely"
    r"|roughly|some) ){0,2}"
    r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few"
    r"|\d{1,2}) (?:full )?(?:days|weeks|months)|(?:a|an|one) (?:full )?(?:week|month))"
)
_RECALLS_EARLIER = re.compile(
    rf"(?:\bc(?:ame|omes|oming) |, |^|[.!?][\"'”’]?\s+|\s[-–—]\s+){_COUNTED_SPAN} after "
    r"(?!(?:he|she|they|it|we|i|you|his|her|their|its|him|them|the|this|that|these|those)\b)"
)


def recalls_earlier(lead: str) -> bool:
    """The lower-cased lead sets its own incident a counted span of days or more after another
    one (`_RECALLS_EARLIER`)."""
    return " after " in lead and _RECALLS_EARLIER.search(lead) is not None


# A sentence opened by an adverb that turns to another incident ("Separately, police said two
# men died in a clash at the market.", "Elsewhere, a drone hit a depot.", "In other news, ..."):
# the whole sentence is about that other incident (session 29); set off by a colon too, as a
# thread post or a bulletin writes it ("Separately: drone debris fell in a port", session 32).
_TURN_AWAY = re.compile(
    r"(?:^|(?<=[.!?;])\s+|\n\s*|(?<=\s[-–—:])\s+)(?:separately|elsewhere|in other news"
    r"|in (?:a|an) (?:separate|unrelated) (?:incident|development|attack))\s*[,:]"
)
_TURN_AWAY_KEYS = ("separately", "elsewhere", "in other news", "separate", "unrelated")
# ... and a sentence or a clause fronted by "The same day" (session 31: "The same day, three
# workers were shot dead in Coacalco", a context line "; the same day a drone hit a farm in
# Vilniansk"): the report adds a second incident of its day, when the clause tells harm done
# at a place it names (_HARM_AT_PLACE). Not "the same day as" (a clause of its own,
# _SAME_DAY_AS) nor "that" / "when" (the report's own timeline), nor the report's own next
# step ("The same day, police in Sibi arrested two men").
_SAME_DAY_FRONT = re.compile(
    r"(?:^|(?<=[.!?;])\s+|\n\s*|(?<=\s[-–—:•*])\s+)(?:on\s+|later\s+)?the\s+same\s+"
    r"(?:day|night|morning|afternoon|evening)\b(?!\s+(?:as|that|when|of)\b)"
)
_HARM = re.compile(
    r"\b(?:kill|shot\b|shoot|dead\b|died\b|wound|injur|struck\b|strike|hit\b|bomb|attack"
    r"|explo|blast|raid|ambush|kidnap|abduct|burn|torch|shell|stab|gunned|massacre)"
)
_AT_PLACE = re.compile(r"\b(?:in|at|near|outside)\s+(?:nearby\s+|neighbou?ring\s+)?[A-Z]")
# A broadcast anchor's turn ("ANCHOR: Good evening. ...", "PRESENTER (in studio): ...") up to
# the next speaker's label ("REPORTER (voice-over):"): its lead-in lists the hour's stories
# and hands over to the last of them (session 32).
_ANCHOR_TURN = re.compile(
    r"(?:^|\n)[ \t]*(?:ANCHOR|PRESENTER|HOST|NEWSREADER|NEWSCASTER)(?:[ \t]*\([^()\n]{0,40}\))?"
    r"[ \t]*:"
)
_SPEAKER = re.compile(r"(?:^|(?<=\s))[A-Z][A-Z'’-]+(?:[ \t][A-Z][A-Z'’-]+){0,3}"
                      r"(?:[ \t]*\([^()\n]{0,40}\))?[ \t]*:")
# ... a clause of the lead-in joined to the next by "and" before a time or a place that opens
# the next story ("a man was shot dead on a platform this morning, and tonight a party in
# Englewood ended in gunfire", "gunmen burned a truck on the Damboa road before dawn, and in
# Maiduguri itself a bomber struck a mosque"): the clause before is another incident when it
# tells harm; "..., and police wounded him" (no time or place opening) goes on with one story.
_NEXT_STORY = re.compile(
    r"[,;]\s+(?:and|while|as)\s+(?:(?:tonight|today|this\s+(?:morning|afternoon|evening)"
    r"|overnight|later|meanwhile|elsewhere|yesterday|at\s+dawn|before\s+dawn)\b|(?:in|at|near"
    r"|outside|across)\s+(?:the\s+)?[A-Z])"
)


def _anchor_lead_ins(text: str, lowered: str) -> list[Span]:
    """The clauses of an anchor's turn that tell another incident before the one the turn
    hands over to (`_NEXT_STORY`)."""
    spans: list[Span] = []
    for turn in _ANCHOR_TURN.finditer(text):
        after = _SPEAKER.search(text, turn.end())
        end = after.start() if after is not None else len(text)
        for joint in _NEXT_STORY.finditer(text, turn.end(), end):
            start = _sentence_around(text, joint.start(), joint.start() + 1)[0]
            start = max(start, turn.end())
            if _HARM.search(lowered, start, joint.start()):
                spans.append((start, joint.start() + 1, "background"))
    return spans


# A thread post or a bulletin naming another incident as a report still unverified ("Reports of
# shooting at Nkpor are being checked", "we are also checking reports about gunmen in
# Michika"): the sentence tells of that other incident, at the place it names (session 32).
_UNVERIFIED = re.compile(
    r"\breports? (?:of|about|that)\b[^.;!?\n]{0,120}?\b(?:is|are|were|was) (?:still |also |now )?"
    r"being (?:checked|verified|investigated|looked into)"
    r"|\b(?:checking|verifying|looking into) (?:unconfirmed |separate |other )?reports? "
    r"(?:of|about|that)\b"
)
# Every match of _UNVERIFIED holds one of these.
_UNVERIFIED_KEYS = ("being checked", "being verified", "being investigated", "being looked into",
                    "checking ", "verifying ", "looking into ")
# A record of labelled fields (an embassy alert, a travel-risk notice, an incident log) lists
# earlier incidents under a label of its own ("Background: 22 Jun, 2 killed at a park in
# Jackson; Feb 2028, hotel siege in Mogadishu."), up to the next label ("Actions to take:")
# or the end of the text (session 32).
_LISTED_LABEL = re.compile(
    r"(?:^|(?<=[.;!?])\s+|\n\s*|(?<=[|•])\s*)(?:background|context|history|incident history"
    r"|(?:previous|earlier|prior|recent|related|past|other) incidents?)\s*:"
)
_LISTED_KEYS = ("background", "context", "history", "incidents:", "incident:", "incidents :")
# A field's label: one to four words opening a sentence or a line, before a colon that no
# digit follows ("Actions to take:", "Status:", not the clock "13:20").
_FIELD_LABEL = re.compile(
    r"(?:(?<=[.;!?])\s+|\n\s*)[A-Z][A-Za-z()'’]*(?:[ /-][A-Za-z()'’]+){0,3}\s*:(?!\d)"
)


def _listed_fields(text: str, lowered: str) -> list[Span]:
    """The fields of a record that list earlier incidents (_LISTED_LABEL), each from its label
    to the next label or the end of the text."""
    if ":" not in text or not any(map(lowered.__contains__, _LISTED_KEYS)):
        return []
    spans: list[Span] = []
    for label in _LISTED_LABEL.finditer(lowered):
        after = _FIELD_LABEL.search(text, label.end())
        spans.append((label.start(), after.start() if after else len(text), "listed"))
    return spans


# The clock stamps of a live page's entries ("07:10 - ", "9:20 am: ", "08:15 Kyiv time - ",
# "13:02 EAT - ", "UPDATE 3:15 p.m.:"), each opening an entry that runs to the next stamp.
_LIVE_STAMP = re.compile(
    r"(?:^|(?<=[.!?;:])\s+|\n\s*)(?:update\s+|latest\s*:?\s*)?\d{1,2}[:.]\d\d"
    r"(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,5}(?:\s+time)?|\s+local\s+time)?\s*[-–—:]\s+"
)
# An entry of a live page that opens on another place with a fronted "In <Place>," not named
# before the entry ("14:30 - In Odesa, a drone damaged port infrastructure"), or with that
# place as the subject of an "also" ("Nikopol was also shelled"): the page turns to another
# incident, as a sentence opened by "Separately" does.
_FRONTED_PLACE = re.compile(
    r"[Ii]n ((?:[A-Z][\w'’-]+)(?: [A-Z][\w'’-]+){0,3}),"
    # ... or names it as the subject of another strike ("11:15 - Nikopol, across the river,
    # was also shelled"): "also" adds an incident to the page's
    r"|((?:[A-Z][\w'’-]+)(?: [A-Z][\w'’-]+){0,3})(?:,[^.;,]{1,60},)?\s+"
    r"(?:(?:was|were)\s+also|(?:has|have|had)\s+(?:also\s+been|been\s+also))\s+[a-z]+\b"
)
_LIVE_MIN_STAMPS = 2
# Capitalised words a fronted "In ...," opens with that name a time, not a place.
_TIME_NAMES = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday",
})


def _turned_away(text: str, lowered: str) -> list[Span]:
    """The sentences that turn to another incident (_TURN_AWAY) and the entries of a live page
    that open on a place the page has not named before (_FRONTED_PLACE)."""
    spans: list[Span] = []
    if any(map(lowered.__contains__, _TURN_AWAY_KEYS)):
        for cue in _TURN_AWAY.finditer(lowered):
            start, end = _sentence_around(text, cue.end() - 1, cue.end())
            spans.append((max(start, cue.start()), end, "background"))
    if "the same " in lowered:
        for cue in _SAME_DAY_FRONT.finditer(lowered):
            start, end = _sentence_around(text, cue.end() - 1, cue.end())
            start = max(start, cue.start())
            if _HARM.search(lowered, start, end) and _AT_PLACE.search(text, start, end):
                spans.append((start, end, "background"))
    if ":" in text and ("ANCHOR" in text or "PRESENTER" in text or "HOST" in text
                        or "NEWS" in text):
        spans += _anchor_lead_ins(text, lowered)
    if "report" in lowered and any(map(lowered.__contains__, _UNVERIFIED_KEYS)):
        for cue in _UNVERIFIED.finditer(lowered):
            start, end = _sentence_around(text, cue.start(), cue.end())
            if _AT_PLACE.search(text, start, end):
                spans.append((start, end, "background"))
    if ":" not in text and "." not in text:
        return spans
    stamps = list(_LIVE_STAMP.finditer(lowered))
    if len(stamps) < _LIVE_MIN_STAMPS:
        return spans
    for at, stamp in enumerate(stamps):
        end = stamps[at + 1].start() if at + 1 < len(stamps) else len(text)
        fronted = _FRONTED_PLACE.match(text, stamp.end())
        name = (fronted.group(1) or fronted.group(2)) if fronted is not None else None
        if (
            name is not None
            and name.split()[0].lower() not in _TIME_NAMES
            and name not in text[: stamp.start()]
        ):
            spans.append((stamp.start(), end, "background"))
    return spans


# A transcript's turns (session 33): a speaker's label in capitals, or "Q" / "A", opening a line
# or following a sentence's end ("REPORTER (Radio Bajio):", "CHIEF LOWERY:", "Q:"), up to the
# next label. The questioner's later turns bring in other incidents to compare ("Is this
# connected to the car-wash killings in Salamanca in April?", "And Englewood the same
# night?", "Faskari was also attacked on Friday. Is it one gang?"); the first question sets
# out the report's own incident ("Commissioner, you said four died at the church in Barnawa").
_TURN_LABEL = re.compile(
    r"(?:^|\n|(?<=[.!?\"”])[ \t]+)[ \t]*(?P<label>[A-Z][A-Z'’.-]*(?:[ \t][A-Z][A-Z'’.-]+){0,3})"
    r"(?:[ \t]*\([^()\n]{0,40}\))?[ \t]*:(?!\d)"
)
_QUESTIONER = frozenset({
    "Q", "QUESTION", "REPORTER", "REPORTERS", "HOST", "INTERVIEWER", "JOURNALIST", "ANALYST",
    "MODERATOR", "CORRESPONDENT",
})
# A capitalised word inside a sentence (not its first word): a name; ... and a sentence's first
# word when it is rare in general English (below `_NAME_ZIPF`: "Dadaab's camp saw gunfire",
# "Michika was attacked too", not "Some people compare") and no vocative ("Colonel, ...").
_INNER_NAME = re.compile(r"(?<=[a-z,;'’]\s)[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)*")
_FIRST_NAME = re.compile(r"(?:^|(?<=[.!?:])\s+)([A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)*)(?!\s*,)")
_NAME_ZIPF = 4.0
_TRANSCRIPT_MIN_TURNS = 3


def _names_in(text: str, start: int, end: int) -> set[str]:
    """The names a stretch of a transcript writes, without a possessive's "'s"."""
    found = {m.group() for m in _INNER_NAME.finditer(text, start, end)}
    found |= {
        m.group(1) for m in _FIRST_NAME.finditer(text, start, end)
        if zipf_frequency(m.group(1).split()[0].lower(), "en") < _NAME_ZIPF
    }
    return {re.sub(r"['’]s$", "", name) for name in found}


def _turns(text: str) -> list[tuple[str, int, int]]:
    """The transcript's turns: (label, start of the turn's words, end), in order."""
    labels = list(_TURN_LABEL.finditer(text))
    return [
        (m.group("label"), m.end(), labels[at + 1].start() if at + 1 < len(labels) else len(text))
        for at, m in enumerate(labels)
    ]


def _asked_about_others(text: str) -> list[Span]:
    """A questioner's turn after the first that names someone or somewhere the transcript has
    not named before it, and the sentences of the next turn (the answer) that name them: the
    question brings in another incident, and the answer sets it apart ("Kajuru is forty
    kilometres from here", "Salamanca is a separate file")."""
    turns = _turns(text)
    if len(turns) < _TRANSCRIPT_MIN_TURNS:
        return []
    spans: list[Span] = []
    asked = False
    for at, (label, start, end) in enumerate(turns):
        if label.split()[0].rstrip(".") not in _QUESTIONER:
            continue
        if not asked:
            asked = True  # the first question: the report's own incident
            continue
        before = text[:start].lower()
        new = {
            name for name in _names_in(text, start, end)
            if name.split()[0].lower() not in _TIME_NAMES and name.lower() not in before
        }
        if not new:
            continue
        spans.append((start, end, "background"))
        if at + 1 < len(turns):
            _, answer_start, answer_end = turns[at + 1]
            position = answer_start
            while position < answer_end:
                sentence_end = _sentence_around(text, position, position + 1)[1]
                sentence_end = min(max(sentence_end, position + 1), answer_end)
                if any(name in text[position:sentence_end] for name in new):
                    spans.append((position, sentence_end, "background"))
                position = sentence_end
    return spans


def _other_incident_clauses(text: str, lowered: str) -> list[Span]:
    """The clauses that set the report's incident beside another one, each from its cue to the
    end of its sentence."""
    cues = [
        m.start()
        for m in _SAME_DAY_AS.finditer(lowered)
        if lowered.endswith(("on ", "during "), max(0, m.start() - 7), m.start())
    ]
    cues += [m.start() for m in _CAME_AFTER.finditer(lowered)]
    if "earlier " in lowered:
        cues += [m.start() for m in _EARLIER_ANEW.finditer(lowered)]
        for m in _EARLIER_BARE.finditer(lowered):
            end = _sentence_around(text, m.start(), m.end())[1]
            if _HARM.search(lowered, m.end() - 1, end) and _AT_PLACE.search(text, m.end() - 1, end):
                cues.append(m.start())
    if "the same " in lowered:
        cues += [m.start("clause") for m in _SAME_DAY_END.finditer(text)]
    cues += [m.start() + 2 for m in _SET_OFF_AFTER.finditer(lowered)]
    if any(map(lowered.__contains__, _ORDINAL_KEYS)):
        # the clause from "after" / "following" on
        cues += [lowered.rfind(" ", 0, m.end() - 1) + 1 for m in _NEXT_OF_KIND.finditer(lowered)]
    for linked in _LINKED_TO:
        at = lowered.find(linked)
        while at >= 0:
            denied = _LINK_DENIED.search(lowered, max(0, at - _LINK_DENIED_CHARS), at)
            if denied is not None:
                cues.append(denied.start())
            at = lowered.find(linked, at + len(linked))
    return [(cue, _sentence_around(text, cue, cue + 1)[1], "background") for cue in cues]


# A playlist entry: a running time (m:ss or h:mm:ss) opening a line, then a title, not a clock
# time ("10:30 a.m.", "9:15 PM"). One such line may be a live-blog update; a playlist has more.
_PLAYLIST_LINE = re.compile(
    r"^[ \t]*\d{1,2}:\d\d(?::\d\d)?(?:[ \t]+(?![ap]\.?m\b|[AP]\.?M\b)[^\n]*)?$", re.MULTILINE
)
_PLAYLIST_MIN_LINES = 2
def sentence_roles(text: str, transcripts: bool = True) -> list[Span]:
    """The background sentences and related-coverage blocks of `text`, in text order (with
    `transcripts`, a transcript's questions about other incidents too)."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a rare non-ASCII case change: keep offsets exact
        lowered = text
    spans = _related_blocks(text)
    if ":" in text:  # a running time holds one, and a record's label
        spans += _playlist_lines(text, spans)
        spans += [span for span in _listed_fields(text, lowered) if not _inside(span[0], spans)]
    spans += [span for span in _other_incident_clauses(text, lowered)
              if not _inside(span[0], spans)]
    spans += [span for span in _turned_away(text, lowered) if not _inside(span[0], spans)]
    if transcripts and ":" in text:
        spans += [span for span in _asked_about_others(text) if not _inside(span[0], spans)]
    if not any(map(lowered.__contains__, _BACKGROUND_KEYS)):
        return sorted(set(spans))
    for cue in _BACKGROUND.finditer(lowered):
        start, end = _sentence_around(text, cue.start(), cue.end())
        if not _inside(start, spans) and not _inside(cue.start(), spans):
            spans.append((start, end, "background"))
    return sorted(set(spans))


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding text[start:end], from the one splitter (a cut at every full stop
    ended the sentence at "Mt." or "Capt.", and so left its other half in the report)."""
    sentence = sentence_at(text, start, end)
    return (sentence.start, sentence.end) if sentence is not None else (start, end)


def _related_blocks(text: str) -> list[Span]:
    """A scraped page's links to other stories (`furniture.link_lines`: "ALSO READ: ...", a
    headline list under "RELATED STORIES", "Related Content <headline>"): a headline about
    another incident of the city (a killing at a gas station in the next town) gave the page
    that incident's place."""
    return [(start, end, "related") for start, end in link_lines(text).spans]


def _playlist_lines(text: str, blocks: list[Span]) -> list[Span]:
    """The lines of a video playlist (each a running time and another story's title), when
    there are at least `_PLAYLIST_MIN_LINES` of them and not already in a related block."""
    lines = [
        (line.start(), line.end(), "related")
        for line in _PLAYLIST_LINE.finditer(text)
        if not _inside(line.start(), blocks)
    ]
    return lines if len(lines) >= _PLAYLIST_MIN_LINES else []


def _inside(position: int, spans: list[Span]) -> bool:
    return any(start <= position < end for start, end, _ in spans)


def in_role(position: int, spans: list[Span]) -> str | None:
    """The role of the span holding `position`, None for the report itself."""
    for start, end, role in spans:
        if start <= position < end:
            return role
    return None


# Round-ups: a headline about several incidents ("weekend shootings across the city", "two
# separate shootings", "police blotter"), or a text that moves between incidents more than once
# ("in another shooting", "in an unrelated incident").
_INCIDENTS = (
    r"(?:shootings|attacks|fires|killings|crashes|incidents|homicides|stabbings|bombings"
    r"|explosions|violence|gunfire|bloodshed)"
)
_ROUNDUP_TITLE = re.compile(
    r"\b(?:(?:weekend|overnight|separate|citywide|unrelated|multiple)\b[^.]{0,30}\b"
    + _INCIDENTS
    + r"\b|"
    + _INCIDENTS
    + r"\b[^.]{0,20}\b(?:across|around|throughout)\b"
    r"|(?:spate|string|rash|wave) of|round-?up|news briefs|in brief|blotter|digest)",
    re.IGNORECASE,
)
_ANOTHER_INCIDENT = re.compile(
    r"\b(?:in|during) (?:an?other|a separate|an unrelated|the (?:second|third|other)) "
    r"(?:shooting|incident|attack|case|stabbing|fire|crash|robbery|homicide|explosion)"
    r"|\b(?:separate|unrelated) (?:incidents|shootings|attacks|cases)"
)
# Every match of _ANOTHER_INCIDENT holds one of these.
_ANOTHER_KEYS = ("other ", "separate ", "unrelated ", "second ", "third ")
_ROUNDUP_SWITCHES = 2


def is_roundup(title: str | None, text: str) -> bool:
    """Whether an article reports several distinct incidents (a round-up or a brief)."""
    if title and _ROUNDUP_TITLE.search(title):
        return True
    lowered = text.lower()
    if not any(map(lowered.__contains__, _ANOTHER_KEYS)):
        return False
    return len(_ANOTHER_INCIDENT.findall(lowered)) >= _ROUNDUP_SWITCHES

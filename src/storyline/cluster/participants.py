"""Who does what to whom in a report's lead: named participants in the roles of an action.

Two events of one kind often share their vocabulary and even a protagonist: a boxer's two
title fights, a company's two takeovers, a team's two signings, a court's two sentences. What
tells them apart is the other participant: "Ortiz defeats Lund" and "Ortiz defeats Kovacs"
are two bouts. The lead states it in its plainest form, a named agent, an action and a named
patient ("Acme Corp acquires Bolt Systems", "... by stopping Dale Price in the sixth round").

This reads such triples from the title and the lead with surface patterns (no parser: the
clusterer's feature step must stay well under a millisecond):

    AGENT [auxiliary or adverb]* ACTION [determiner or role noun]{0,2} PATIENT

where AGENT and PATIENT are runs of capitalised words holding a person-like name (a word the
article writes only with a capital, rare in general English: `features.people`), and ACTION is
a lower-case word that is neither a function word nor a verb of saying. For an "-ing" action
after "by", "after" ... the agent is the sentence's subject ("Ortiz retained her title by
beating Maria Lund"). A past-tense action with a named patient and no named agent ("gunmen
killed Jamal Roe", "police arrested ...") is read with an unnamed agent (""). Each name is the
run's last person-like word (the surname); a lone capitalised word opening a sentence that is
common in English ("Investigators") is no name. The background sentences of the lead
(roles.py) are left out: they are about other events.

`compat.participant_conflict` compares them: the same agent doing the same action to another
named patient, when neither side names the other's patient anywhere, is another event.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

# (agent, action stem, patient): lower-case words.
Role = tuple[str, str, str]

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’\-]*[A-Za-z]|\d+[A-Za-z]*|[.!?;:\n\"“”|]")
_BREAKS = frozenset('.!?;:\n"“”|')
# Words between an agent and its action: auxiliaries and a few adverbs of news leads.
_BEFORE_ACTION = frozenset(
    {
        *("has", "have", "had", "was", "were", "is", "are", "will", "would", "could", "can"),
        *("also", "reportedly", "officially", "finally", "again", "easily", "then", "now"),
        *("just", "quickly", "formally", "already", "to", "be", "been"),
    }
)
# Words between an action and its patient: determiners, possessives, and what a role noun
# before a name looks like (lower-case, not a preposition or conjunction: "coach", "rookie").
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "former", "veteran"})
# Not an action: function words, conjunctions, prepositions, and verbs of saying or naming (a
# quote says who talks, and "police identified Dale Roe" whom a report is about, victim or
# suspect: not who did what).
_NOT_ACTIONS = frozenset(
    {
        *("the", "a", "an", "and", "or", "but", "nor", "of", "in", "on", "at", "by", "for"),
        *("with", "from", "to", "into", "onto", "over", "under", "after", "before", "against"),
        *("as", "than", "that", "which", "who", "whom", "whose", "while", "when", "where"),
        *("his", "her", "their", "its", "our", "my", "your", "this", "these", "those", "not"),
        *("said", "says", "say", "told", "tells", "tell", "added", "adds", "noted", "asked"),
        *("according", "quoted", "wrote", "writes", "reported", "reports", "thanked", "via"),
        *("about", "near", "between", "among", "during", "since", "until", "without", "per"),
        *("vs", "versus", "like", "via", "including", "plus", "named", "called", "dubbed"),
        *("identified", "identifies", "identify", "identifying", "described", "aka"),
        *("is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would"),
        *("also", "then", "now", "just", "he", "she", "they", "it", "we", "you", "i"),
        # Adjectives that stand between two names ("Corvalis' new Aura phone", "the club's
        # top scorer Kellan"): no action (session 22; "tops" / "topped" still are).
        *("new", "first", "latest", "top", "star", "young", "fellow", "longtime", "late"),
        *("opposite", "outside", "inside", "across", "along", "around", "behind", "beside"),
        *("beyond", "toward", "towards", "through", "throughout", "within", "upon", "off"),
        *("out", "up", "down", "amid", "despite", "past", "near", "next", "ago", "later"),
        # Particles inside names ("Leon de los Aldama", "Ibn Saud"), not words of the text.
        *("de", "del", "della", "la", "las", "los", "le", "les", "du", "da", "di", "dos"),
        *("van", "von", "der", "den", "bin", "ibn", "al", "el", "ben", "abu", "y"),
    }
)
# Words after which an "-ing" action's agent is the sentence's subject: "Ortiz kept her
# title by beating Lund", "... after defeating Lund".
_ADJUNCT = frozenset({"by", "after", "before", "while", "when", "since"})
_MAX_BETWEEN = 2
# An inflected verb: "stops", "stopped", "stopping": a second one between an action and a name
# means the first was not the name's action.
_VERB_FORM = re.compile(r"(?:[^su]s|ed|ing)$")
_MAX_ROLES = 6


def action_stem(word: str) -> str:
    """A crude stem that makes the forms of one verb equal: stops / stopped / stopping /
    stop -> "stop", hires / hired / hiring / hire -> "hir"."""
    for suffix in ("ing", "ies", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)] + ("y" if suffix == "ies" else "")
            break
    if len(word) >= 4 and word[-1] == word[-2] and word[-1] not in "aeiouls":
        word = word[:-1]
    return word


# One action in other words (session 22): a takeover is "buys", "acquires" or "purchases", a
# coach "fired", "sacked" or "dismissed", a minister "appointed", "nominated" or "picked". Two
# twins of one kind (a firm's two takeovers, a prime minister's two appointments) are told
# apart by the patient only when their actions are seen as one; stems (action_stem) -> kind.
_KINDS = {
    "buy": ("buy", "bought", "acquir", "purchas"),
    "hire": (
        "hir", "appoint", "nominat", "pick", "tap", "tapp", "select", "chos", "chosen", "choos",
    ),
    "fire": ("fir", "sack", "dismiss", "oust", "axed", "ax", "reliev", "terminat", "remov"),
    "sign": ("sign", "add", "land", "recruit"),
    "release": ("releas", "waiv", "fre", "freed"),
    "beat": (
        "beat", "defeat", "edg", "top", "rout", "stun", "upset", "dismantl", "thrash", "crush",
        "overcom", "overcam", "eliminat", "outlast", "dispatch",
    ),
    "arrest": ("arrest", "detain", "captur", "nab", "apprehend"),
    "launch": ("unveil", "launch", "introduc", "debut", "showcas"),
}
_ACTION_KINDS = {stem: kind for kind, stems in _KINDS.items() for stem in stems}
# Actions that undo each other: the same person hired and fired, signed and released,
# arrested and freed are two events (a coach's hiring and, years later, his firing), whatever
# else the reports share.
_OPPOSITES = frozenset(
    {("hire", "fire"), ("fire", "hire"), ("sign", "release"), ("release", "sign"),
     ("arrest", "release"), ("release", "arrest")}
)


def action_kind(stem: str) -> str:
    """The kind of an action stem: one word for the verbs that say the same thing."""
    return _ACTION_KINDS.get(stem, stem)


def opposite_actions(one: str, other: str) -> bool:
    """Whether two action stems undo each other (hired / fired)."""
    return (action_kind(one), action_kind(other)) in _OPPOSITES


# A headline in title case ("Sixers Hire Maurice Cheeks as Head Coach") writes its verb with a
# capital, which would make it part of a name; in such a line a known action is read in lower
# case. A line is in title case when most of its longer words open with a capital.
_LONG_WORD = re.compile(r"[A-Za-z][a-z'’]{3,}")
_TITLE_CASE_SHARE = 0.85
_TITLE_CASE_MIN_WORDS = 3


def _title_case_actions(lead: str) -> str:
    lines = lead.split("\n")
    for n, line in enumerate(lines):
        words = _LONG_WORD.findall(line)
        capitals = sum(1 for word in words if word[0].isupper())
        if capitals < _TITLE_CASE_MIN_WORDS or capitals < _TITLE_CASE_SHARE * len(words):
            continue
        lines[n] = _TOKEN.sub(
            lambda m: m.group().lower()
            if m.group()[0].isupper() and action_stem(m.group().lower()) in _ACTION_KINDS
            else m.group(),
            line,
        )
    return "\n".join(lines)


def _name_key(words: list[str], people: Collection[str]) -> str | None:
    """The run's last person-like word, lower case (an acronym is an organisation's or a
    title's, not a participant's name: "IBF", "NBA")."""
    for word in reversed(words):
        if not word.isupper() and word.lower() in people:
            return word.lower()
    return None


def lead_roles(
    lead: str, people: Collection[str], common: Callable[[str], bool]
) -> tuple[Role, ...]:
    """(agent, action, patient) triples of the lead, in text order, at most `_MAX_ROLES`.
    `common(word)`: whether a lower-case word is common in general English (a lone
    capitalised word opening a sentence, "Investigators", is then no name)."""
    lowered = lead.lower()
    if not any(word in lowered for word in people):
        return ()  # no one named in the lead: most leads of most reports
    items = _items(_title_case_actions(lead), people, common)
    # An action stands at most `_MAX_BETWEEN` words before a named patient: only look there.
    named = [n for n, (kind, word) in enumerate(items) if kind == "name" and word is not None]
    near = sorted({p for n in named for p in range(max(0, n - 1 - _MAX_BETWEEN), n)})
    found: list[Role] = []
    for position in near:
        kind, word = items[position]
        if kind != "word" or word is None or word in _NOT_ACTIONS or len(word) < 3:
            continue
        if word.endswith("ly"):
            continue  # an adverb: "reportedly", "eventually"
        patient = _patient_after(items, position + 1)
        if patient is None:
            continue
        agent = _agent_before(items, position - 1)
        if agent is None and word.endswith("ed"):
            agent = ""  # unnamed: "gunmen killed Jamal Roe", "an unknown group kidnapped ..."
        if agent is None or agent == patient:
            continue
        role = (agent, action_stem(word), patient)
        if role not in found:
            found.append(role)
            if len(found) >= _MAX_ROLES:
                break
    return tuple(found)


Item = tuple[str, str | None]


def _items(lead: str, people: Collection[str], common: Callable[[str], bool]) -> list[Item]:
    """The lead as ("name", key or None), ("word", lower case), ("break", None) items."""
    items: list[Item] = []
    run: list[str] = []
    opens = True  # the next token opens a sentence

    def close_run() -> None:
        key = _name_key(run, people)
        if key is not None and opens_run and len(run) == 1 and common(key):
            key = None
        items.append(("name", key))

    opens_run = True
    for token in _TOKEN.findall(lead):
        if token[0].isupper():
            if not run:
                opens_run = opens
            run.append(token)
            opens = False
            continue
        if run:
            close_run()
            run = []
        if token in _BREAKS:
            items.append(("break", None))
            opens = True
            continue
        opens = False
        items.append(("word", token.lower()) if token[0].isalpha() else ("other", None))
    if run:
        close_run()
    return items


def _patient_after(items: list[Item], position: int) -> str | None:
    """The named participant right after the action: "stops Dale Price", "fired coach Dale
    Price", "signed the veteran Dale Price"."""
    for offset in range(_MAX_BETWEEN + 1):
        if position + offset >= len(items):
            return None
        kind, word = items[position + offset]
        if kind == "name":
            return word
        if kind != "word" or word is None or (word in _NOT_ACTIONS and word not in _DETERMINERS):
            return None
        if offset < _MAX_BETWEEN and _VERB_FORM.search(word):
            return None  # another verb: this word was not the action
    return None


def _agent_before(items: list[Item], position: int) -> str | None:
    """The named participant right before the action (auxiliaries, adverbs and numbers aside:
    "Acme has acquired ...", "Ortiz, 31, defeated ..."), or for an "-ing" action after "by",
    "after" ... the sentence's subject, a named participant opening it ("Ortiz kept her title
    by beating Lund"). Anyone else named earlier in the sentence is no agent: "in Baghdad,
    gunmen killed ..." is not Baghdad's doing."""
    action = items[position + 1][1] or ""
    if position >= 0 and action.endswith("ing") and items[position][1] in _ADJUNCT:
        return _subject(items, position)
    # An infinitive's agent is the sentence's subject when no name stands right before it
    # (session 22): "Faldo Foods agreed on Monday to buy Greenmeadow", "the club is set to
    # sign ...".
    infinitive = position if position >= 0 and items[position] == ("word", "to") else None
    while position >= 0:
        kind, word = items[position]
        if kind == "name" and (word is not None or infinitive is None):
            return word
        if kind == "other" or (
            kind == "word" and word is not None and (word in _BEFORE_ACTION or word.endswith("ly"))
        ):
            position -= 1
            continue
        break
    return _subject(items, infinitive) if infinitive is not None else None


def _subject(items: list[Item], position: int) -> str | None:
    """The named participant opening the sentence that holds items[position]."""
    while position > 0 and items[position - 1][0] != "break":
        position -= 1
    kind, word = items[position]
    return word if kind == "name" else None

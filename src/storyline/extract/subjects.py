"""People counted without a number: named or pronoun subjects, ages used as nouns, headline
subjects, ordinals ("a third victim") and the attacker's own death.

Each returns `Quantity` objects (value 1, or the ordinal) for counts.py to link to a trigger like
any stated number. `singular=True` marks the ones that the totals rank below a stated number.
"""

from __future__ import annotations

import re

from storyline.extract.numbers import ORDINALS, Quantity
from storyline.extract.triggers import (
    COURT_PROCEEDINGS,
    GIVING_ONESELF_UP,
    NOT_SURVIVING,
    POST_ARRESTED,
    POST_INJURED,
    POST_KILLED,
    SINGULAR_PERSON,
    WOUND_SUFFERED,
    names_people,
)

# Capitalised word pairs that are places, agencies or headline words, not a victim's name.
_NOT_A_PERSON_NAME = re.compile(
    r"^(?:The|A|An|Police|Officers?|County|City|State|Sheriff|Deputies|Authorities|Officials"
    r"|Department|Court|Prosecutors?|Investigators|Detectives|Chief|Coroner|Medical|News"
    r"|North|South|East|West|New|San|Los|Las|Fort|Saint|St|Mount|Lake|Port|United|Associated"
    r"|Copyright|Click|Related|Read|Watch|Updated|Posted|Photo|Video|Breaking|Monday|Tuesday"
    r"|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
    r"|August|September|October|November|December|Two|Three|Four|Five|Six|One)\b")
_NAME = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'’]+(?:-[A-Z][a-z]+)?){1,2}"
_AUX = r"(?:was|were|has\s+been|had\s+been|have\s+been|is|got|been)"
_ADVERBS = r"(?:(?:later|also|then|reportedly|allegedly|\w+ly)\s+){0,2}"
# People named by their role, whom long articles count without a number: "the owner of the
# restaurant", "the vessel's captain", "the site engineer", "his helper".
_ROLE_PERSON = (
    rf"{SINGULAR_PERSON}|captain|skipper|engineer|developer|manager|foreman|helper|assistant"
    r"|operator|contractor|landlord|landlady|conductor|accountant|cashier|supervisor"
    r"|headmaster|principal|teacher|nurse|doctor|priest|pastor|imam|chairman|director"
    r"|secretary|proprietor|tenant|accomplice|associate|colleague|companion|lawyer|mechanic"
    r"|watchman|caretaker|bodyguard|chauffeur|farmer|trader|vendor|shopkeeper|builder"
    r"|official|councillor|councilor|mayor|commander|leader|spokesman|member|crewman"
    # the people of an incident's own kind: "a sixth protester", "the miner and his helper"
    r"|protester|protestor|demonstrator|worshipper|pilgrim|miner|fisherman|labourer|laborer"
    r"|villager|herder|recruit|policeman|policewoman|constable|journalist|reporter|patient"
    r"|pupil|pal|firefighter|paramedic|rescuer|militant|fighter|rebel|insurgent|tourist"
    r"|shopper|trainee|waiter|waitress"
    # the hands of a farm, a ranch or a house: "kidnapped a rancher and his farmhand"
    r"|rancher|farmhand|ranch\s*hand|herdsman|shepherd|cook|maid|housekeeper|gardener"
    # the heads and hands of a gang, named by role when arrested: "the ringleader and four
    # accomplices were detained"
    r"|ringleader|kingpin|mastermind|boss|financier|courier|aide"
    # the person a court case is against: "the defendant was arrested the next day"
    r"|defendant|accused"
    # whom an arrest names by their tie or their offence: "the homeowner's former partner was
    # arrested", "the offender was detained"
    r"|partner|offender"
)
# One definite person and what the article hangs on the noun before the verb: an "of" phrase
# ("the owner of the company"), an age or a name in commas ("the driver, Tom Lee,") or a short
# "who" clause in commas ("the driver, who survived with minor injuries,"). Each part is
# bounded (a few words, no comma inside the clause), so the pattern stays linear.
# A role noun compounded with what it keeps or where it works: "the headteacher", "the
# schoolteacher", "the storekeeper", "the nightwatchman", "the gatekeeper".
_COMPOUND_PREFIX = (r"(?:head|school|house|shop|store|gate|night|door|yard|fore|care|land"
                    r"|sales|work|chair|bar|farm|fire|police|ward|sea|cow|horse|cattle)?")
_DEFINITE_PERSON = (
    rf"(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[\w'’-]+\s+){{0,2}}?"
    rf"{_COMPOUND_PREFIX}(?:{_ROLE_PERSON}|keeper|watchman)\b"
    r"(?:\s+of\s+(?:the\s+|an?\s+|its\s+|his\s+|her\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?"
    rf"(?:\s*,\s*(?:(?:now\s+)?\d{{1,2}}|{_NAME}|who\s+[^,.;]{{1,60}}?)\s*,)?"
)
# The same after a verb or "and", where the determiner is lower case.
_LOWER_DEFINITE_PERSON = re.sub(r"\[([A-Z])([a-z])\]", lambda m: m.group(2), _DEFINITE_PERSON)
# Coming out of the attack with wounds: "the driver survived with injuries", "the guard escaped
# with burns", "the pilot walked away with cuts", "the conductor was left with a broken leg".
_CAME_OUT_WITH = (r"(?:survived|survives|escaped|escapes|emerged|walked\s+away|got\s+away"
                  r"|came\s+away|came\s+out|was\s+left|is\s+left)")
# What one person did before their arrest, between the subject and "was arrested": a
# restrictive relative clause, which may end in a participle set off by commas ("a man who
# opened fire on guests, killing two, was arrested", "the woman who drove into the crowd,
# injuring eight people, was detained"), or the first of two coordinated verb phrases ("the
# van's driver fled the scene but was later arrested", "the motorist turned himself in the next
# morning and was arrested"). An arrest is told of the living: the subject is the one arrested.
OWN_ACT_BEFORE_ARREST = (
    r"\s+(?:who\s+(?!(?:was|were|is|are|been)\b|(?:had|has|have)\s+been\b)[^,;:.()?!]{1,90}?"
    r"(?:,\s+[a-z]+ing\b[^,;:.()?!]{0,60}?,)?"
    r"|(?!(?:was|were|is|are|has|had|have|been|who|and|but)\b)[a-z][^,;:.()?!]{0,60}?\s+"
    r"(?:and|but))\s+(?:(?:later|then|also|subsequently|eventually)\s+)?"
    r"(?:was|were|has\s+been|had\s+been|have\s+been)\s+"
    r"(?:(?:later|also|then|subsequently|eventually)\s+)?(?=[a-z])")
_SINGULAR_SUBJECT_RE = re.compile(
    rf"(?:^|(?<=[\s(“\"]))(?P<who>(?:he|she|He|She)\b|{_DEFINITE_PERSON}"
    # two definite people joined: "the developer and the site engineer were arrested"
    rf"(?:\s+and\s+(?P<second_role>{_LOWER_DEFINITE_PERSON}))?"
    rf"|{_NAME}(?:\s*,\s*\d{{1,2}}\s*,?)?"
    rf"(?:\s*,?\s*of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*,)?"
    rf"(?:\s+and\s+(?P<second>{_NAME}))?|[A-Z][a-z]{{3,}}(?=\s+(?:died|was\s+killed|was\s+fatally)\b))(?=(?:\s*,\s*who)?\s+(?:{_ADVERBS}(?:died|dies|succumbed|perished"
    rf"|has\s+died|had\s+died|(?:has\s+|had\s+)?passed\s+away|{NOT_SURVIVING}|{WOUND_SUFFERED}"
    rf"|{GIVING_ONESELF_UP}|{COURT_PROCEEDINGS})\b|{_ADVERBS}{_AUX}\s+{_ADVERBS}(?:{POST_KILLED}|{POST_INJURED}"
    rf"|{POST_ARRESTED})\b|{_ADVERBS}{_CAME_OUT_WITH}\s+(?:{POST_INJURED})\b)"
    rf"|{OWN_ACT_BEFORE_ARREST}(?:{POST_ARRESTED})\b)")

_WOUND_SUFFERED_AFTER = re.compile(rf"\s+{_ADVERBS}{WOUND_SUFFERED}")
SINGULAR_DETAIL = "one named or pronoun subject"  # one person, no number: ranks below numbers
SELF_DETAIL = "self-inflicted"  # the attacker's own death: "then killed himself"


# Headline style, no determiner and no auxiliary: "teen dies after shooting", "man shot,
# killed". Titles are read lower-cased, so this only fires on titles and lower-case starts.
# Not a verb with a reflexive object ("The attacker then killed himself"): that one is
# active, its subject is the killer (self_killed counts the death once).
_HEADLINE_SUBJECT_RE = re.compile(
    rf"^(?:[\w'’.-]+\s+){{0,3}}?(?P<who>(?:{SINGULAR_PERSON}))(?=\s+{_ADVERBS}"
    rf"(?:{POST_KILLED}|{POST_INJURED}|{POST_ARRESTED})\b"
    rf"(?!\s+(?:him|her|them|it|one)sel(?:f|ves)\b))")
# The same style in an incident summary's body: a bare person noun opens the sentence or the
# clause after a colon or semicolon, capitalized (titles are read lower-cased and have their
# own reader), maybe with its age in commas, and its
# participle follows with no auxiliary ("Man, 24, shot in the leg outside a store", "Shooter
# arrested a week later", "Domestic dispute: suspect wounded"). Not an active verb with its
# object ("Officer shot the driver": the officer fired).
_TELEGRAPHIC_PREDICATE = (
    # the age in commas, or after the sex's letter as incident notes write it ("victim f 19
    # shot", "suspect: m/30 arrested"; numbers.py reads that number as an age)
    r"(?:\s*,\s*\d{1,2}\s*,|\s*:?\s+[mf]\s*[,/]?\s*\d{1,2}\b\s*,?)?"
    rf"(?=\s+{_ADVERBS}(?:{POST_KILLED}|{POST_INJURED}|{POST_ARRESTED})\b"
    r"(?!\s+(?:(?:a|an)\s+(?!(?:week|day|month|year|while|few|short|minute|hour|moment)s?\b)"
    r"|(?:the|his|her|their|its|him|them|himself|herself|one|two|three|\d)\b)))")
_TELEGRAPHIC_SUBJECT_RE = re.compile(
    rf"(?:^|(?<=[:;]\s))(?P<who>(?=[A-Z])(?i:{SINGULAR_PERSON}))"
    + _TELEGRAPHIC_PREDICATE)
# A note written all in lower case opens with its subject ("victim, 27, shot in leg outside
# store"), or with the incident's kind and a comma or a dash before it ("road rage, driver
# shot in the arm", "home invasion - intruder shot dead"), and ends as a sentence does. A
# title, read lower-cased and without a full stop, is not such a note: "girl, 15, shot"
# heads a story of her death, and its own reader leaves the age in commas alone. Not when
# the kind is itself a person: "toddler, teen hurt" is a list of two.
_LOWER_NOTE_SUBJECT_RE = re.compile(
    rf"^(?:(?P<label>[a-z][\w'’/ -]{{0,30}}?)(?:,|\s-)\s+)?(?P<who>{SINGULAR_PERSON}"
    # or the sex's letter alone standing for the person: "m 25 wounded in leg"
    r"|[mf]\s*[,/]?\s*\d{1,2}\b)"
    + _TELEGRAPHIC_PREDICATE)
# "17-year-old student shot and killed", "the 4-month-old died": one person named by an age.
_AGE_NOUN_RE = re.compile(
    r"(?<![\w-])(?<!\ba\s)(?<!\ban\s)(?:(?:\d{1,2}|[a-z]+(?:-[a-z]+)?)-(?:year|month|week|day)-old"
    r"|\d{1,2}\s?(?:y/o|y\.o\.|yo\b|yr-old\b))(?!s\b)(?:\s+(?:boy|girl|man|woman|child|son|daughter|baby|teen|student|male|female)\b)?",
    re.IGNORECASE)


def _age_nouns(sentence: str, taken: list[Quantity]) -> list[Quantity]:
    found: list[Quantity] = []
    for match in _AGE_NOUN_RE.finditer(sentence):
        before = sentence[max(0, match.start() - 12):match.start()]
        if re.search(r"\b(?:a|an|another|one|two|three|four|five|\d+|his|her|their)\s+$",
                     before, re.IGNORECASE):
            continue  # counted by its article or number, or a possessive/age of someone named
        if any(q.start <= match.start() < q.end for q in taken):
            continue
        found.append(Quantity(1, "exact", 1, 1, match.start(), match.end(), match.group(0),
                              singular=True))
    return found


# "killing the driver", "shot dead the commander": one person named by role after the verb;
# "shot and killed him", "stabbed her to death": one person named by a pronoun ("her" only
# where it is not a possessive: "killed her husband" names the husband).
_DEFINITE_OBJECT_RE = re.compile(
    rf"\b(?:killing|killed|kills|murdered|murdering|assassinated|executed|beheaded|shot\s+dead"
    rf"|gunned\s+down)\s+(?P<who>(?:the|his|her)\s+(?:[\w-]+\s+)?(?:{SINGULAR_PERSON}|commander"
    rf"|leader|chief|official|imam|priest|pastor|journalist|teacher|trader|farmer|major|colonel"
    rf"|general|captain|lieutenant|sergeant|corporal|brigadier|inspector|superintendent|director"
    rf"|governor|mayor|minister|judge|commissioner))\b(?!\s+and)"
    rf"|\b(?:killing|killed|kills|murdered|murdering|assassinated|executed|beheaded|arrested"
    rf"|detained|apprehended"
    rf"|(?:shot|stabbed|hacked|beat|beaten|burned|burnt|stoned|clubbed|bludgeoned|strangled"
    rf"|hanged)(?=\s+(?:him|her)\s+(?:dead|to\s+death"
    rf"|alive)))\s+(?P<pronoun>him(?!\w)|her(?!\w)(?!\s+(?!(?:in|at|on|with|after|before|as"
    rf"|while|during|and|outside|inside|near|dead|to|alive|over|for)\b)[a-z]))",
    re.IGNORECASE)


# "Police arrested John Smith, 23, on Friday": one person named after an arrest verb.
_NAMED_OBJECT_RE = re.compile(
    rf"\b(?:arrested|detained|apprehended|booked|(?:took|taken)\s+into\s+custody)\s+"
    rf"(?P<who>{_NAME})")
# "Police arrested the developer and the site engineer", "locals detained the driver and his
# helper": one or two people named by their role after an arrest verb (an arrest, unlike a
# killing, is told of the living, so the role noun is all the article gives).
# The same after an abduction verb, and after the act's noun ("the detention of the
# contractor", "the abduction of the village head"): people seized alive are named by role.
_ROLE_OBJECT_RE = re.compile(
    rf"\b(?:arrested|detained|apprehended|captured|nabbed|kidnapped|abducted"
    rf"|(?:arrest|detention|capture|abduction|kidnapping)\s+of)\s+(?P<who>{_LOWER_DEFINITE_PERSON}"
    rf"(?:\s+and\s+(?P<second>{_LOWER_DEFINITE_PERSON}))?)")
# "kidnapped a businessman and his driver", "arrested a trader and her assistant": one more
# person named by a possessive and a role, conjoined to people just counted (kin, "his wife",
# are counted as numbers already). Not a possessive of the role ("his driver's licence").
_AND_POSSESSIVE_ROLE_RE = re.compile(
    rf"\band\s+(?P<who>(?:his|her|their)\s+(?:[\w-]+\s+)?(?:{_ROLE_PERSON}))\b(?![’'-])")


# A number just before a noun phrase counts it ("two civilian deaths", "6 <Group> were killed").
_COUNTED_BEFORE = re.compile(
    r"(?:^|\s)(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?"
    r"|several|many)\s+(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"
    r"(?:[\w'’.-]+\s+){0,2}$", re.IGNORECASE)


# A note written in lower case is one "sentence" to the splitter (no capital after its full
# stops), so each of its clauses after a full stop or a semicolon opens like a note again:
# "shots fired at bus stop. victim m/27 wounded in hand; suspect m/30 arrested at home."
_LOWER_CLAUSE_START = re.compile(r"[.;]\s+(?=[a-z])")


def _lower_note_subjects(sentence: str) -> list[tuple[int, re.Match[str]]]:
    """The subject opening a lower-case note and each of its clauses, with the clause's
    offset in `sentence`."""
    if not (sentence[:1].islower() and sentence.rstrip().endswith((".", ";", "!"))):
        return []
    found = []
    for start in (0, *(m.end() for m in _LOWER_CLAUSE_START.finditer(sentence))):
        note = _LOWER_NOTE_SUBJECT_RE.match(sentence[start:])
        if note is not None and not (note.group("label") and names_people(
                note.group("label").split()[-1])):
            found.append((start, note))
    return found


def singular_subjects(sentence: str, taken: list[Quantity]) -> list[Quantity]:
    """"He died", "the victim was shot", "John Smith and Ann Lee were killed": one (or two)
    people each; a stated number elsewhere in the article wins over these in the totals."""
    found: list[Quantity] = _age_nouns(sentence, taken)
    for match in [*_DEFINITE_OBJECT_RE.finditer(sentence), *_NAMED_OBJECT_RE.finditer(sentence)]:
        group = "who" if match.group("who") else "pronoun"
        if not any(q.start < match.end(group) and match.start(group) < q.end for q in taken):
            found.append(Quantity(1, "exact", 1, 1, match.start(group), match.end(group),
                                  match.group(group), singular=True))
    for match in _ROLE_OBJECT_RE.finditer(sentence):
        # an article inside the role's "of" phrase ("the leader of a gang") is no person
        if any(q.start < match.end("who") and match.start("who") < q.end
               and not (q.article and q.start > match.start("who"))
               for q in [*taken, *found]):
            continue
        value = 2 if match.group("second") else 1
        found.append(Quantity(value, "exact", value, value, match.start("who"), match.end("who"),
                              match.group("who"), singular=True))
    for match in _AND_POSSESSIVE_ROLE_RE.finditer(sentence):
        if not any(q.start < match.end("who") and match.start("who") < q.end
                   for q in [*taken, *found]):
            found.append(Quantity(1, "exact", 1, 1, match.start("who"), match.end("who"),
                                  match.group("who"), singular=True))
    subjects = [(0, telegraphic)] if (telegraphic := _TELEGRAPHIC_SUBJECT_RE.search(sentence)) \
        else []
    subjects.extend(_lower_note_subjects(sentence))
    for offset, subject in subjects:
        # the person's age belongs to the subject: "suspect: m, 41, taken into custody"
        start = offset + subject.start("who")
        end = offset + subject.start() + len(subject.group(0).rstrip(" ,"))
        if not any(q.start < end and start < q.end for q in [*found, *taken]):
            found.append(Quantity(1, "exact", 1, 1, start, end, subject.group("who"),
                                  singular=True))
    headline = _HEADLINE_SUBJECT_RE.match(sentence)
    if headline is not None and _COUNTED_BEFORE.search(sentence[:headline.start("who")]):
        headline = None  # "two civilian deaths were recorded": counted, not one person
    if headline is not None and not any(
            q.start <= headline.start("who") < q.end for q in [*found, *taken]):
        found.append(Quantity(1, "exact", 1, 1, headline.start("who"), headline.end("who"),
                              headline.group("who"), singular=True))
    for match in _SINGULAR_SUBJECT_RE.finditer(sentence):
        if any(q.start < match.end() and match.start() < q.end for q in found):
            continue
        if any(q.start <= match.start() < q.end or match.start() <= q.start < match.end()
               for q in taken):
            continue
        who = match.group("who")
        if not re.match(r"(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\b", who) and \
                _WOUND_SUFFERED_AFTER.match(sentence, match.end()):
            continue  # "he suffered a gunshot wound", "<Name> suffered a head wound": as often
            # the wound of someone who died; a role ("her colleague sustained injuries") is read
        if _COUNTED_BEFORE.search(sentence[:match.start()]):
            continue  # "6 Mayi Mayi fighters were killed": a number counts a named group
        if not re.match(r"(?:[Tt]he|[Hh]is|[Hh]er|[Hh]e|[Ss]he)\b", who) and \
                _NOT_A_PERSON_NAME.match(who):
            continue
        value = 2 if match.group("second") or match.group("second_role") else 1
        found.append(Quantity(value, "exact", value, value, match.start(), match.end(),
                              match.group("who"), article=False, singular=True))
    return found


_SELF_KILLED_RE = re.compile(
    r"\b(?=[A-Za-z])(?:(?:killed|killing|kills|shot\s+and\s+killed|fatally\s+shot|fatally\s+shooting"
    r"|then\s+killed|then\s+shot)\s+(?:himself|herself)(?!\s+(?:\w+\s+)?in\s+(?:the|his|her)\s+"
    # "then shot himself in the leg": a shot in a limb is a wound, not a suicide
    r"(?:left\s+|right\s+|upper\s+|lower\s+)?(?:legs?|hands?|foot|feet|arms?|thighs?|knees?"
    r"|shoulders?|hips?|fingers?|toes?|ankles?|wrists?|buttocks|calf|calves|stomach"
    r"|abdomen|side)\b)"
    r"|took\s+(?:his|her)\s+own\s+life"
    r"|taking\s+(?:his|her)\s+own\s+life|turn(?:ed|ing)\s+the\s+(?:gun|weapon)\s+on\s+"
    r"(?:himself|herself)|committed\s+suicide)\b", re.IGNORECASE)


def self_killed(sentence: str) -> list[Quantity]:
    """"... before turning the gun on himself": the attacker is one of the dead (at most one
    per sentence)."""
    match = _SELF_KILLED_RE.search(sentence)
    if match is None:
        return []
    return [Quantity(1, "exact", 1, 1, match.start(), match.end(), match.group(0))]


# Any person noun of the role list: "a sixth protester had died", "a fourth miner".
_ORDINAL_PERSON_RE = re.compile(
    rf"\b[Aa]\s+(?P<n>{'|'.join(ORDINALS)})\s+(?:[\w-]+\s+)?"
    rf"(?:{_ROLE_PERSON}|body)\b", re.IGNORECASE)


def ordinal_people(sentence: str) -> list[Quantity]:
    """"A third victim died": at least three died."""
    found: list[Quantity] = []
    for match in _ORDINAL_PERSON_RE.finditer(sentence):
        n = ORDINALS[match.group("n").lower()]
        found.append(Quantity(n, "at_least", n, None, match.start(), match.end(),
                              match.group(0)))
    return found


_TUPLES = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5, "sextuple": 6}
_TUPLE_RE = re.compile(
    r"\b(?P<n>double|triple|quadruple|quintuple|sextuple)[\s-]+(?:(?P<shot>shootings?|stabbings?)"
    r"|(?P<killed>homicides?|murders?|killings?|slayings?|fatal\s+shootings?)(?![\w-]*suicide))\b",
    re.IGNORECASE)


def tuple_victims(sentence: str) -> list[tuple[Quantity, str]]:
    """"A quadruple shooting": four people shot (counted as injured, the dead are taken out of
    them in the totals); "a triple homicide": three killed."""
    found: list[tuple[Quantity, str]] = []
    for match in _TUPLE_RE.finditer(sentence):
        n = _TUPLES[match.group("n").lower()]
        category = "injured" if match.group("shot") else "killed"
        found.append((Quantity(n, "exact", n, n, match.start(), match.end(), match.group(0)),
                      category))
    return found

"""Counts of people in an event, each with its qualifier, bounds, cues and evidence span.

`find_counts(text)` reads only the candidate sentences (sentences.py), finds the number phrases in
each (numbers.py), and links each number to a category trigger (triggers.py):

1. a nested subset ("including four directly involved", "two of them children", a breakdown in
   brackets) is attached to the count it belongs to and marked with `part_of`;
2. a trigger right before the number ("killing 12", "a death toll of 143") links it;
3. a number joined by "and"/"," to a number just linked that way shares its trigger
   ("injured two men and a girl");
4. otherwise the nearest trigger after the number and its noun phrase links it
   ("11 soldiers and 2 civilians were killed"), unless that trigger is an active verb with its
   own object ("2 gunmen killed 3 soldiers": the gunmen are not the dead).

People counted without a number (a named victim, "he", "the victim", "a third person", the
attacker's own death) come from subjects.py and are linked the same way. Each mention then gets
the sentence's cues (cues.py): trend, attribution, revision, and whether it is about another
event mentioned for comparison. docs/extraction.md lists every rule.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from itertools import chain, islice, pairwise

from storyline.extract.cues import (
    SentenceCues,
    about_other_event,
    alternative_estimate,
    read_cues,
    sentence_trends,
)
from storyline.extract.document import Document
from storyline.extract.fatal_share import FATAL_SHARE, dead_of_share
from storyline.extract.furniture import LinkLines, link_lines, names_the_story
from storyline.extract.numbers import ORDINALS, VAGUE_WORDS, Quantity, find_quantities
from storyline.extract.places_roles import LOCATIVE_PREPOSITIONS
from storyline.extract.sentences import Sentence, candidate_sentences, split_sentences
from storyline.extract.structure import SURVIVORS_DETAIL  # the rest of "two shot, one fatally"
from storyline.extract.structure_merge import merge_structure, needs_structure, suicide_mention
from storyline.extract.subjects import (
    OWN_ACT_BEFORE_ARREST,
    SELF_DETAIL,
    SINGULAR_DETAIL,
    ordinal_people,
    self_killed,
    singular_subjects,
    tuple_victims,
)
from storyline.extract.triggers import (
    ANIMAL_NOUNS,
    ARMED_PEOPLE,
    BODY_PARTS,
    CATEGORIES,
    EUPHEMISM_NOUNS,
    PERSON_AFTER_ARTICLE_RE,
    PERSON_NOUNS,
    POST_RE,
    PRE_RE,
    REMOVAL,
    SINGULAR_PERSON,
    UNGATED_TRIGGER_WORDS,
    names_people,
)
from storyline.records import CountMention, Trend

# Words that end the noun phrase between a number and its trigger: a new clause or a
# prepositional phrase about something else starts there.
_STOP_WORDS = (
    r"after|when|while|because|but|who|whom|whose|which|that|where|during|before|since"
    r"|following|if|than|as|by|with|at|on|into|for|to|against|near"
    r"|said|says|told|according|claimed|claim|clashed|attacked|attack|attacks|fired|opened"
    r"|exchanged|and\s+(?:then|later)|or|of\s+the\s+\d|out\s+of|he|she|they|it|we|i|you"
    r"|him|them|us|there|charged|accused|sentenced|convicted|indicted|sought|wanted"
    r"|face|faces|facing|pleaded|pled|identified|named"
)
_PASSIVE_END = re.compile(
    r"\b(?=[A-Za-z])(?:were|was|been|be|being|are|is|got|get|gets|remain|remained|remains|reportedly"
    r"|allegedly|later|also|all|both|each|now|left|leaving|found|reported|believed|feared)"
    r"\s*$", re.IGNORECASE)
# An object right after a verb makes it active: "militants killed three soldiers".
_OBJECT_AFTER = re.compile(
    # not "a" of a time adverbial: "arrested a week later", "died a day after"
    r"^\s+(?:(?:a|an)(?!\s+(?:week|day|month|year|while|few|short|minute|hour|moment)s?\b)"
    r"|the|his|her|their|its|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|\d|at\s+least|more\s+than|several|dozens|scores|hundreds|many|him|them|people|civilians"
    r"|soldiers|police|residents)\b", re.IGNORECASE)
# Past forms of the categories' verbs that are a finite active verb as well as a passive
# participle ("gunmen killed", "were killed"); `_ACTIVE_CAPABLE` reads the same class.
_PAST_AND_PARTICIPLE = (
    "killed", "murdered", "executed", "beheaded", "massacred", "lynched", "assassinated",
    "injured", "wounded", "hurt", "shot", "stabbed", "maimed", "arrested", "detained",
    "apprehended", "captured", "booked", "jailed", "kidnapped", "abducted", "displaced",
    "evacuated")
_AMBIGUOUS_VERB = re.compile(rf"^(?:{'|'.join(_PAST_AND_PARTICIPLE)})$", re.IGNORECASE)
_NESTED_BEFORE = re.compile(
    r"(?:\bincluding|\bincl\.|\bamong\s+(?:them|whom|those|the\s+\w+)|\bof\s+whom|:)\s*$",
    re.IGNORECASE)
# A near miss right before the state: "nearly drowned", "almost suffocated", "narrowly
# escaped being abducted" (not "nearly 200 people died": the hedge of a number).
_NEAR_MISS = re.compile(r"\b(?=[A-Za-z])(?:nearly|almost|narrowly)\s+$", re.IGNORECASE)
_NEGATED = re.compile(r"\b(?=[A-Za-z])(?:not|no|never|n't|without|nor)\s+(?:\w+\s+){0,2}$",
                      re.IGNORECASE)
# A modal right before the verb tells what could happen, not what did: "a quake could kill
# 30,000", "several thousand people could die", "the bomb would have killed hundreds", "dozens
# could be killed". "may have been killed", "might have died" and "could be dead" are hedged
# reports of what happened and stay counts.
_HYPOTHETICAL_BEFORE = re.compile(
    r"\b(?=[A-Za-z])(?:(?:could|would)\s+(?:(?:also|easily|potentially|even)\s+)?"
    r"(?:(?P<be>be\s+)|have\s+(?:been\s+)?)?|(?:might|may)\s+(?:(?:also|even)\s+)?)$",
    re.IGNORECASE)
# The modal may govern a first verb the killing verb is coordinated with: "the bridge could
# collapse and kill hundreds", "a fire would have spread and killed dozens".
_HYPOTHETICAL_COORDINATED_BEFORE = re.compile(
    r"\b(?=[A-Za-z])(?:could|would)\s+(?:(?:also|easily|potentially|even)\s+)?(?:have\s+)?"
    r"[a-z]+(?:\s+(?!and\b|or\b)[a-z]+)?\s+(?:and|or)\s+$", re.IGNORECASE)
_STATES = frozenset({"dead", "missing"})
_UNDECIDED = re.compile(r"\s*(?:,\s*(?:injured|wounded|captured|arrested)\s*,?\s*)?or\s+"
                        r"(?:injured|wounded|captured|arrested|killed)\b", re.IGNORECASE)
_NESTED_AFTER = re.compile(r"\s+of\s+(?:them|whom|those|these)\b", re.IGNORECASE)
_SUPERSET_BEFORE = re.compile(
    r"\bof\s+(?:the|those|these|all)\s*$|\b(?:father|mother|parent|dad|mom|mum|grandfather"
    r"|grandmother|grandparent)\s+of\s+$", re.IGNORECASE)
_SUPERSET_LAST_WORDS = ("the", "those", "these", "all", "of")
_COORDINATION = re.compile(
    r"^(?:\s+[\w'’-]+){0,4}?\s*(?:,\s*(?:and\s+)?|\s+(?:and|&)\s+|\s+as\s+well\s+as\s+"
    r"|\s+plus\s+)$",
    re.IGNORECASE)
_FATAL_AFTER_SHOT = re.compile(
    r"^(?:(?!\b(?:injur\w*|wound\w*|hurt|one|two|three|another|others?|\d+|none|neither"
    # "..., a day after a man was fatally shot": a time anchor on another event
    r"|nobody|no\s+one|non-?fatally|(?:hours?|days?|weeks?|months?|years?)\s+(?:after|before))"
    r"\b)[^.;])"
    r"{0,60}?\b(?:died|killed|dead|fatal(?!\s+(?:shootings?|stabbings?|incidents?|attacks?"
    r"|double|triple|quadruple))|fatally|succumbed|to\s+death)\b", re.IGNORECASE)
# "Two were shot, one fatally"; a tracker's entry puts the place first or the dead in brackets:
# "6 people shot at a house party, 1 fatally", "3 shot (0 fatal) outside a bar".
# After a semicolon or a colon too: "Two brothers were shot near the park; 1 fatally".
# The place the people were hurt at (`places_roles.LOCATIVE_PREPOSITIONS`), told between them
# and their share ("six shot outside a bar, two fatally"), or where and when beside a landmark
# or an occasion ("behind the store", "during a party"): words the place lexicon leaves out,
# since the name after them is no event's town ("behind the Miraflores palace in Caracas").
_PLACE_PREPOSITION = rf"(?:{'|'.join(sorted(LOCATIVE_PREPOSITIONS))}|behind|during)"
_SPLIT_FATAL = re.compile(rf"^(?:\s+{_PLACE_PREPOSITION}\s+[^,;.()]{{1,40}}?"
                          rf"(?=\s*[,;]))?\s*[,(;:]?\s*(?:and\s+)?{FATAL_SHARE}", re.IGNORECASE)




@dataclass(frozen=True, slots=True)
class _Link:
    """A quantity tied to a category, before the sentence-level cues are added."""

    quantity: Quantity
    category: str
    trigger_start: int
    trigger_end: int
    how: str  # pre, post, coordinated, nested, split
    parent: int | None = None  # index into the sentence's links for nested subsets


def find_counts(text: str, reference_year: int | None = None) -> list[CountMention]:
    """Every count of people stated in `text`, in text order, with evidence offsets."""
    return find_counts_by_sentence(text, reference_year)[0]


def find_counts_by_sentence(text: str, reference_year: int | None = None
                            ) -> tuple[list[CountMention], list[int]]:
    """The mentions of `find_counts`, and for each the number of the sentence it is in."""
    scan = scan_counts(text, reference_year)
    return scan.mentions, scan.sentence_of


@dataclass(frozen=True, slots=True)
class CountScan:
    """One pass over an article: its mentions, their sentence numbers, and the trend cues
    stated apart from any number ("The toll is expected to rise.")."""

    mentions: list[CountMention]
    sentence_of: list[int]
    trends: dict[str, Trend]


def scan_counts(text: str, reference_year: int | None = None,
                document: Document | None = None,
                candidates: list[Sentence] | None = None, title: str | None = None
                ) -> CountScan:
    """`document` (the article's shared parse cache) lets the structural reader check and
    complete what the surface rules found; without it only the surface rules run.
    `candidates` are `count_candidates(document)` when the caller has them already; `title`
    tells a link to the story's own earlier coverage from another story's."""
    mentions: list[CountMention] = []
    sentence_of: list[int] = []
    trends: dict[str, Trend] = {}
    if candidates is None:
        candidates = (count_candidates(document) if document is not None else
                      list(islice(candidate_sentences(text), MAX_COUNT_SENTENCES)))
    if document is not None:
        document.prepare(_parse_requests(candidates, document))
    asked: tuple[str, int] | None = None  # a question's category and where it ends
    hostage_taking = _HOSTAGE_TAKING.search(text) is not None
    links = link_lines(text)
    for number, sentence in enumerate(candidates):
        base = len(mentions)
        sentence = _without_scare_quotes(sentence)
        found = _read_sentence(sentence, base, reference_year, document)
        if asked is not None and not text[asked[1]:sentence.start].strip():
            found.extend(_answer_to_the_question(sentence, asked[0], found, reference_year))
        category = _asked_category(sentence.text)
        asked = (category, sentence.end) if category is not None else None
        found = _links_to_other_articles(found, links, text, title)
        found = [m for m in found if not _counts_animals(m)]
        if not any(m.category == "killed" for m in found):
            found.extend(_unnumbered_deaths(sentence, reference_year)
                         or _killed_with_particle_before_object(sentence, reference_year)
                         or _set_alight_by_a_crowd(sentence, reference_year))
        if not any(m.category == "arrested" for m in found):
            found.extend(_arrested_with_particle_after_object(sentence, reference_year))
        if not any(m.category == "hostages" for m in found):
            found.extend(_held_in_a_hostage_taking(sentence, reference_year, hostage_taking))
        found.extend(_status_markers(sentence, found, reference_year))
        found.extend(_attackers_added_in_brackets(sentence, found))
        found = _with_confirmed_parts(sentence, found, base, reference_year)
        found = _with_zero_casualties(sentence, found, reference_year)
        if found and any(m.other_event for m in mentions) and \
                _SUPERLATIVE_EXAMPLE.match(sentence.text):
            found = [replace(m, other_event=True) for m in found]
        mentions.extend(found)
        sentence_of.extend([number] * len(found))
        trends.update(sentence_trends(sentence.text))
    mentions, sentence_of = _anaphoric_updates(
        text, mentions, sentence_of, reference_year,
        document.sentences if document is not None else None)
    mentions = _restatements_of_other_events(mentions, sentence_of, text)
    if document is not None:
        for sentence in _lead_sentences_naming_suicide(document):
            suicide = suicide_mention(document, sentence)
            if suicide is not None:
                mentions.append(replace(suicide, other_event=about_other_event(
                    text, suicide.start, reference_year, suicide.end)))
                sentence_of.append(max(sentence_of, default=-1) + 1)
    return CountScan(mentions, sentence_of, trends)


# A question that asks a count, as explainers and Q&As put it: "How many people were killed?",
# "Q: How many were hurt?". Its answer opens the next sentence with the number: "Thirteen,
# according to the health office", "A: At least 20, some with burns".
_HOW_MANY_QUESTION = re.compile(r"\bhow\s+many\b(?P<rest>[^?]{0,80})\?\s*$", re.IGNORECASE)
_ANSWER_LABEL = re.compile(r"(?:A\s*[:.]|Answer\s*:)?\s*")
ANSWER_DETAIL = "the answer to a question that asks the count"


def _asked_category(sentence: str) -> str | None:
    question = _HOW_MANY_QUESTION.search(sentence)
    if question is None:
        return None
    trigger = POST_RE.search(question.group("rest"))
    return trigger.lastgroup if trigger is not None else None


def _answer_to_the_question(sentence: Sentence, category: str, found: list[CountMention],
                            reference_year: int | None) -> list[CountMention]:
    text = sentence.text
    opening = _ANSWER_LABEL.match(text)
    at = opening.end() if opening else 0
    quantity = next(iter(find_quantities(text[at:at + 60])), None)
    if quantity is None or quantity.start != 0 or any(
            m.start <= sentence.start + at < m.end for m in found):
        return []
    begin, end = at + quantity.start, at + quantity.end
    return [CountMention(
        category=category, value=quantity.value, qualifier=quantity.qualifier,
        low=quantity.low, high=quantity.high, evidence=text[begin:end],
        start=sentence.start + begin, end=sentence.start + end, detail=ANSWER_DETAIL,
        other_event=about_other_event(text, begin, reference_year, end))]


# The worst instance of a statistic told before: "... recorded 5,421 road deaths last year. The
# single worst crash came in August, when a tanker overturned, killing 48". After a figure of
# other events (a year's toll, a tally), a sentence that opens on a superlative instance of
# the class ("the deadliest attack", "the worst single accident", "the biggest of them")
# gives an example of the statistic, not the article's event.
_SUPERLATIVE_EXAMPLE = re.compile(
    r"\W*(?:the|its|their|this\s+year's|last\s+year's)\s+(?:single\s+)?"
    r"(?:worst|deadliest|bloodiest|biggest|largest|most\s+(?:serious|deadly|lethal|severe))"
    # the instance's noun and what is hung on it, then its verb: "the single worst strike
    # hit", "the biggest blaze, at a chemical warehouse, killed", "the deadliest came"
    r"(?:\s+single)?(?:\s+[\w'’-]+,?){0,6}?\s+(?:came|was|were|hit|struck|killed|occurred"
    r"|happened|claimed|left|took|drowned|buried)\b", re.IGNORECASE)


# A vague quantity in scare quotes: 'soldiers had killed "a number" of residents', 'An "unknown
# number" were believed killed'. The quotes are read as spaces (the same length: offsets and the
# parse hold), so the words count as they do unquoted.
_VAGUE_UNQUOTED = "|".join(
    re.escape(w.removesuffix(" of")).replace(r"\ ", r"\s+")
    for w in sorted(VAGUE_WORDS, key=len, reverse=True))
_QUOTED_VAGUE = re.compile(rf"[\"“”](?P<inner>(?:an?\s+)?(?:{_VAGUE_UNQUOTED}))[\"“”]",
                           re.IGNORECASE)


def _without_scare_quotes(sentence: Sentence) -> Sentence:
    if '"' not in sentence.text and "“" not in sentence.text:
        return sentence
    text = _QUOTED_VAGUE.sub(lambda m: f" {m.group('inner')} ", sentence.text)
    return sentence if text == sentence.text else Sentence(text, sentence.start)


# "Gunmen killed at least 40. The figure was later raised to 48": a sentence that updates the
# figure just stated without naming what was counted ("the figure", "the count", "that
# number"; "the death count" names it). It names no count word, so the candidate pass skips it.
_FIGURE_NOUN = (r"(?:(?P<{}>death|fatality)\s+)?(?:figure|count|number|tally|total)s?"
                r"(?!\s+of\b)")
# an update may lower the figure too: "was later revised down to 7", "has since fallen to 9"
_UPDATE_VERB = (r"(?:raised|revised|rose|risen|climbed|increased|updated|jumped|grew|grown"
                r"|went\s+up|gone\s+up|lowered|reduced|corrected|fell|fallen|dropped)"
                r"(?:\s+(?:up(?:wards?)?|upwards?|down(?:wards?)?))?\s+to")
_ANAPHORIC_UPDATE = re.compile(
    # passive or intransitive: "the figure was later raised to", "that number has since risen to"
    rf"\b(?:the|that|this|their|its)\s+(?:(?:official|final|new|overall)\s+)?"
    rf"{_FIGURE_NOUN.format('death')}"
    rf"\s+(?:(?:was|were|has|had|have|been|is|later|since|then|now|subsequently|eventually"
    rf"|further|sharply|again)\s+){{0,4}}{_UPDATE_VERB}\s+"
    # active: "later reports put the death count at 9", "officials revised the figure to 58"
    rf"|\b(?:put|puts|putting|placed|places|raised|revised|updated|lowered|corrected|cut)"
    rf"\s+(?:the|that|this|their"
    rf"|its)\s+(?:(?:official|final|new|overall)\s+)?{_FIGURE_NOUN.format('death2')}"
    rf"\s+(?:(?:up|down)(?:wards?)?\s+)?"
    rf"(?:to|at)\s+", re.IGNORECASE)
# The statement updated is at most this far before the update.
_UPDATE_REACH = 400
# Updates read per article: a report updates its figures a few times; the cap keeps a hostile
# text linear.
_MAX_UPDATES = 12
UPDATE_DETAIL = "update of the figure stated before"


def _anaphoric_updates(text: str, mentions: list[CountMention], sentence_of: list[int],
                       reference_year: int | None, sentences: list[Sentence] | None = None
                       ) -> tuple[list[CountMention], list[int]]:
    """Each anaphoric update as a mention of the category it updates: that of "death", or the
    one category of the mentions of the last sentence before it that has any (an update after
    "5 were killed and 12 hurt" is left alone: which figure it updates is not said).
    `sentences` are `split_sentences(text)` when the caller has split it already."""
    added: list[tuple[CountMention, int]] = []
    starts: list[int] | None = None
    # an update starts at most _UPDATE_REACH after a mention: the rest of a long text is not
    # scanned (the pattern's own words are far shorter than the margin)
    reach = max((m.end for m in mentions), default=-1) + _UPDATE_REACH
    if reach < _UPDATE_REACH:
        return mentions, sentence_of
    for match in _ANAPHORIC_UPDATE.finditer(text, 0, min(len(text), reach + 300)):
        if len(added) >= _MAX_UPDATES or match.start() > reach:
            break
        quantity = next(iter(find_quantities(text[match.end():match.end() + 40])), None)
        if quantity is None or quantity.start != 0 or quantity.article or quantity.value < 1:
            continue
        end = match.end() + quantity.end
        if any(m.start < end and match.start() < m.end for m in mentions):
            continue  # already read (a toll the triggers know)
        # the statement updated is in an earlier sentence: "11 died; other reports put the
        # figure at 25" in one sentence is a rival estimate, not an update
        if starts is None:
            sentences = sentences if sentences is not None else split_sentences(text)
            starts = [one.start for one in sentences]
        index = bisect_right(starts, match.start()) - 1
        sentence_start = starts[index] if index >= 0 else 0
        before = [i for i, m in enumerate(mentions) if m.start >= 0 and m.end <= sentence_start
                  and match.start() - m.end <= _UPDATE_REACH and m.part_of is None]
        if not before:
            continue
        last = [i for i in before if sentence_of[i] == sentence_of[before[-1]]]
        categories = {mentions[i].category for i in last}
        category = "killed" if match.group("death") or match.group("death2") else (
            categories.pop() if len(categories) == 1 else None)
        if category is None:
            continue
        added.append((CountMention(
            category=category, value=quantity.value, qualifier=quantity.qualifier,
            low=quantity.low, high=quantity.high, evidence=text[match.start():end],
            start=match.start(), end=end, detail=UPDATE_DETAIL,
            alternative=alternative_estimate(text[sentence_start:end],
                                             match.start() - sentence_start),
            # the update of another event's figure is about that event too
            other_event=all(mentions[i].other_event for i in last) or about_other_event(
                text[sentence_start:end], match.start() - sentence_start, reference_year,
                end - sentence_start)),
            sentence_of[before[-1]]))
    if not added:
        return mentions, sentence_of
    mentions, sentence_of = list(mentions), list(sentence_of)
    for mention, number in reversed(added):
        # a sentence of its own right after the one it updates (later sentences move one on);
        # nested subsets' indexes shift past it
        at = max(i for i, n in enumerate(sentence_of) if n == number) + 1
        mentions = [replace(m, part_of=m.part_of + 1) if m.part_of is not None
                    and m.part_of >= at else m for m in mentions]
        sentence_of = [n + 1 if n > number else n for n in sentence_of]
        mentions.insert(at, mention)
        sentence_of.insert(at, number + 1)
    return mentions, sentence_of


# Deaths told without any number: "Deaths were reported, details limited", "deaths (numbers not
# known) and damage reported", "the blast resulted in fatalities". The project's reading of an
# unknown number (numbers.VAGUE_WORDS, after ACLED's codebook: "an unknown number of people were
# killed" is 10) applies to them too. "Casualties" are the dead and the wounded together and
# stay unread; a negation ("no deaths were reported") or a number ("six deaths") is read by the
# other rules.
_DEATHS_NOUN = r"(?:deaths|fatalities)"
_UNNUMBERED_DEATHS = re.compile(
    rf"(?:^|(?<=[\s\"“(]))(?P<noun>{_DEATHS_NOUN})[\"”]?(?:\s+and\s+(?:injuries|casualties)[\"”]?)?"
    rf"\s*(?:\((?:specific\s+)?(?:numbers?|figures?)\s+(?:not\s+(?:known|provided|given|available)"
    rf"|unknown)\)\s*)?(?:and\s+(?:[\w-]+\s+){{1,4}}?)?(?:(?:were|have\s+been|had\s+been|are"
    rf"|also)\s+)*"
    # "reported as half", "reported at 12": a figure follows, read by the other rules
    rf"(?:reported|recorded|confirmed)\b(?!\s+(?:as|at|to\s+be)\b)"
    rf"|\b(?:resulted\s+in|resulting\s+in|caused|causing|led\s+to|leading\s+to|inflicted"
    rf"|inflicting|suffered|suffering)\s+(?:(?:civilian|military|heavy)\s+)?"
    rf"(?P<caused>{_DEATHS_NOUN})\b(?!\s+(?:of|to)\b)",
    re.IGNORECASE)
_NOT_ASSERTED_BEFORE = re.compile(
    r"\b(?=[A-Za-z])(?:no|not|nor|without|any|zero|denied|deny|denies|rumou?red|possible|feared)\b"
    r"(?:\s+[\w-]+){0,3}\s*[\"“(]?\s*$", re.IGNORECASE)
# "reported by some sources and denied by others": not asserted
_DISPUTED_AFTER = re.compile(r"[^.;]{0,60}\b(?:denied|disputed|contested|unconfirmed|refuted)\b",
                             re.IGNORECASE)
UNNUMBERED_DETAIL = "deaths told without a number"


def _unnumbered_deaths(sentence: Sentence, reference_year: int | None) -> list[CountMention]:
    text = sentence.text
    for match in _UNNUMBERED_DEATHS.finditer(text):
        noun = match.start("noun") if match.group("noun") else match.start("caused")
        if _NOT_ASSERTED_BEFORE.search(text, max(0, noun - 40), noun) or any(
                q.end >= noun - 25 for q in find_quantities(text[:noun])) or _DISPUTED_AFTER.match(
                text, match.end()):
            continue  # "no deaths were reported", "six deaths were recorded"
        value = VAGUE_WORDS["an unknown number of"]
        return [CountMention(
            category="killed", value=value, qualifier="vague", low=value, high=None,
            evidence=text[match.start():match.end()], start=sentence.start + match.start(),
            end=sentence.start + match.end(), detail=UNNUMBERED_DETAIL,
            other_event=about_other_event(text, match.start(), reference_year, match.end()))]
    return []


# A killing verb with its particle before the object: "a mob stoned to death two men", "hacked
# to death three villagers", "burned alive a suspected thief" (the particle after the object is
# _FATAL_PARTICLE). Read where nothing else read a death in the sentence: the parse reads most
# of them, and where it does the surface words next to it add nothing.
_PARTICLE_BEFORE_OBJECT = re.compile(
    r"\b(?=[A-Za-z])(?:stoned|stones|stone|stoning|beaten|beat|beats|beating|hacked|hacks|hack|hacking"
    r"|clubbed|clubs|club|clubbing|stabbed|stabs|stab|stabbing|bludgeoned|bludgeons|bludgeoning"
    r"|lynched|lynch|lynches|lynching|burned|burnt|burns|burn|burning|kicked|battered|macheted"
    r"|strangled|crushed|trampled|tortured|starved|whipped|shot|shoots|shoot|shooting"
    r"|buried|buries|bury|burying)\s+"
    r"(?:to\s+death|alive)\s+(?:the\s+|all\s+)?", re.IGNORECASE)
PARTICLE_DETAIL = "killing verb with its particle before the object"


def _number_right_after(text: str, at: int) -> Quantity | None:
    """The number phrase that opens text[at:] (within 60 characters) when it counts at least one:
    the object right after a verb the surface rules read ("beaten to death 3 ...", "placed 9 ...
    under arrest", "set ablaze two ...")."""
    quantity = next(iter(find_quantities(text[at:at + 60])), None)
    if quantity is None or quantity.start != 0 or quantity.value < 1:
        return None
    return quantity


def _killed_with_particle_before_object(sentence: Sentence, reference_year: int | None
                                        ) -> list[CountMention]:
    text = sentence.text
    for match in _PARTICLE_BEFORE_OBJECT.finditer(text):
        quantity = _number_right_after(text, match.end())
        if quantity is None or (
                (quantity.article or quantity.qualifier == "vague")
                and not PERSON_AFTER_ARTICLE_RE.match(text[match.end() + quantity.end:
                                                           match.end() + quantity.end + 60])):
            continue  # "burned to death 30 goats" is no number of people (numbers.py)
        end = match.end() + quantity.end
        return [_killed_mention(sentence, quantity, match.start(), end, PARTICLE_DETAIL,
                                reference_year)]
    return []


# An arrest verb with its particle after the object: "placed nine traders under arrest", "put
# four officials behind bars", "are holding 12 people in detention". The object is a number of
# people (at most four words of its noun between); protective custody is no arrest. Not "took
# N into custody": on the GVA dev articles it is most often a person held for questioning and
# released, whom the incident records do not count as arrested (arrested invented +2 of 2,547
# articles with none, measured in session 26), so "take" stays with the passive rules.
_ARREST_VERB_BEFORE_OBJECT = re.compile(
    r"\b(?=[A-Za-z])(?:plac(?:ed|e|es|ing)|put(?:s|ting)?"
    r"|hold(?:s|ing)?|held|remand(?:ed|s|ing)?)\s+(?:the\s+|all\s+)?", re.IGNORECASE)
_ARREST_PARTICLE_AFTER_OBJECT = re.compile(
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:(?:into|in)\s+(?!protective)(?:police\s+|pre-?trial\s+)?"
    r"(?:custody|detention)|under\s+(?:house\s+)?arrest|behind\s+bars)\b", re.IGNORECASE)
ARREST_PARTICLE_DETAIL = "arrest verb with its particle after the object"


def _arrested_with_particle_after_object(sentence: Sentence, reference_year: int | None
                                         ) -> list[CountMention]:
    text = sentence.text
    for match in _ARREST_VERB_BEFORE_OBJECT.finditer(text):
        quantity = _number_right_after(text, match.end())
        if quantity is None:
            continue
        end = match.end() + quantity.end
        particle = _ARREST_PARTICLE_AFTER_OBJECT.match(text, end)
        if particle is None or not any(names_people(w) for w in re.findall(
                r"[\w'’-]+", text[match.end() + quantity.start:particle.end()])):
            continue  # "took 40 minutes into custody proceedings": no people
        return [_killed_mention(sentence, quantity, match.start(), particle.end(),
                                ARREST_PARTICLE_DETAIL, reference_year, category="arrested")]
    return []


# Holding people is their being hostage once the report is about a hostage-taking (a word of
# the class anywhere in it: hostage, kidnap, abduct, captive, captor, siege, ransom): "the
# kidnappers are holding 17 aid workers", "about 20 people are being held", "held four
# employees and a customer in the vault", and a craft seized with the people on board: "seized
# a ferry carrying 40 passengers". Police custody and a held event are no hostages ("held in
# custody", "held a vigil"): the object must name people, and no custody word may follow.
_HOSTAGE_TAKING = re.compile(
    r"\b(?=[A-Za-z])(?:hostages?|kidnap\w*|abduct\w*|captives?|captors?|captivity|sieges?"
    r"|ransom|hijack\w*|negotiators?|pirates)\b", re.IGNORECASE)
# Armed men seizing a craft with its people on board take them hostage, said or not.
_ARMED_TAKERS = re.compile(
    r"\b(?=[A-Za-z])(?:gunmen|armed\s+(?:men|groups?)|pirates|militants|attackers|hijackers"
    r"|insurgents|rebels|bandits|fighters|jihadists)\b", re.IGNORECASE)
_HOLDING_BEFORE_OBJECT = re.compile(
    r"\b(?=[A-Za-z])(?:(?:are|is|were|was|been|still)\s+holding|held|holding)\s+"
    r"(?:what\s+(?:[\w-]+\s+){1,3}?(?:describe[sd]?|call(?:ed|s)?|said|say)\s+as\s+)?"
    r"|\b(?=[A-Za-z])(?P<craft>seiz(?:ed|ing|es)|hijack(?:ed|ing|s)|commandeer(?:ed|ing|s))\s+"
    r"(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:ferry|boat|ship|vessel|bus|minibus|coach|train|plane"
    r"|aircraft|airliner|jet|truck|lorry|van)\s+(?:carrying|with|and\s+its)\s+",
    re.IGNORECASE)
_PEOPLE_HELD_AFTER = re.compile(
    r"(?:\s+(?!(?:said|says|told|they|he|she|it|who|that|which)\b)[\w'’-]+){0,4}?"
    r"\s+(?:are|is|were|was|remain|remained)\s+(?:still\s+)?(?:being\s+)?"
    r"held\b", re.IGNORECASE)
_CUSTODY_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:custody|detention|jail|prison|police|charges?|bail|without\s+bond"
    r"|questioning|interrogation|suspicion)\b", re.IGNORECASE)
# The law holding people is their arrest: "police held 3 men", "troops are holding 12 suspects".
_THE_LAW_BEFORE = re.compile(
    r"\b(?:police|officers|authorities|troops|army|soldiers|security\s+forces|deputies|agents"
    r"|investigators|prosecutors)\b[^.;,]{0,30}$", re.IGNORECASE)
HELD_HOSTAGE_DETAIL = "held in a hostage-taking"


def _people_noun_end(text: str, at: int) -> int | None:
    """Where the noun of people that follows a number at `at` ends (at most four words on:
    "17 aid workers", "about thirty guests"); None when no word names people."""
    for words in range(4):
        match = re.match(rf"(?:\s+[\w'’-]+){{{words}}}\s+(?P<noun>[\w'’-]+)", text[at:at + 80])
        if match is None:
            return None
        if names_people(match.group("noun")):
            return at + match.end()
    return None


def _held_in_a_hostage_taking(sentence: Sentence, reference_year: int | None,
                              hostage_taking: bool) -> list[CountMention]:
    text = sentence.text
    for match in _HOLDING_BEFORE_OBJECT.finditer(text):
        if not hostage_taking and (match.group("craft") is None
                                   or not _ARMED_TAKERS.search(text, 0, match.start())):
            continue
        quantity = _number_right_after(text, match.end())
        if quantity is None or quantity.article:
            continue  # "holding a towel to her wound": "a" counts no one held
        end = match.end() + quantity.end
        noun_end = _people_noun_end(text, end)
        if noun_end is None or _CUSTODY_AFTER.match(text, noun_end) \
                or _THE_LAW_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            continue
        return [_killed_mention(sentence, quantity, match.start(), noun_end,
                                HELD_HOSTAGE_DETAIL, reference_year, category="hostages")]
    for quantity in find_quantities(text) if hostage_taking else ():
        held = _PEOPLE_HELD_AFTER.match(text, quantity.end)
        if held is None or quantity.value < 1 or quantity.article \
                or _CUSTODY_AFTER.match(text, held.end()) \
                or _people_noun_end(text, quantity.end) is None:
            continue
        return [_killed_mention(sentence, quantity, quantity.start, held.end(),
                                HELD_HOSTAGE_DETAIL, reference_year, category="hostages")]
    return []


# A note's list of the people hit, each told with their fate in brackets: "victims: m 19 (dec),
# m 22 (inj), f 17 (inj)", "suspect (dec)", "<Name>, 31 (deceased); <Name>, 27 (injured)". Each
# marker is one person; the markers of a category in one sentence are its figure. Read where no
# number of the category was read in the sentence ("5 shot (1 dec, 4 inj)" has its numbers).
_STATUS_MARKER = re.compile(
    r"\((?:(?P<killed>(?-i:dec)|deceased|killed|dead)|(?P<injured>(?-i:inj)|injured|wounded"
    r"|grazed))\)", re.IGNORECASE)
STATUS_MARKER_DETAIL = "fates marked in brackets in a list of people"


def _status_markers(sentence: Sentence, found: list[CountMention], reference_year: int | None
                    ) -> list[CountMention]:
    text = sentence.text
    if "(" not in text:
        return []
    marks: dict[str, list[re.Match[str]]] = {}
    item_starts: dict[int, int] = {}  # a marker's start: where its item starts
    previous_end = 0
    for match in _STATUS_MARKER.finditer(text):
        marks.setdefault(match.lastgroup or "", []).append(match)
        item_starts[match.start()] = max(previous_end, text.rfind(";", 0, match.start()) + 1,
                                         text.rfind(":", 0, match.start()) + 1,
                                         text.rfind(". ", 0, match.start()) + 2)
        previous_end = match.end() + 1
    mentions = []
    for category, matches in marks.items():
        if any(m.category == category for m in found):
            continue
        start, end = matches[0].start(), matches[-1].end()
        begin = item_starts[start]
        begin += len(text[begin:start]) - len(text[begin:start].lstrip())
        value = len(matches)
        mentions.append(CountMention(
            category=category, value=value, qualifier="exact", low=value, high=value,
            evidence=text[begin:end], start=sentence.start + begin, end=sentence.start + end,
            detail=STATUS_MARKER_DETAIL,
            other_event=about_other_event(text, begin, reference_year, end)))
    return mentions


def _killed_mention(sentence: Sentence, quantity: Quantity, start: int, end: int, detail: str,
                    reference_year: int | None, category: str = "killed") -> CountMention:
    """The people a surface rule read (deaths unless `category` says otherwise): `quantity`
    with its evidence text[start:end] of the sentence (sentence offsets)."""
    text = sentence.text
    return CountMention(
        category=category, value=quantity.value, qualifier=quantity.qualifier, low=quantity.low,
        high=quantity.high, evidence=text[start:end], start=sentence.start + start,
        end=sentence.start + end, detail=detail,
        other_event=about_other_event(text, start, reference_year, end),
        alternative=alternative_estimate(text, start))


# A crowd setting people on fire: "a mob set ablaze two policemen", "a woman was set on fire by
# a band of vigilantes". Mob justice by fire is a killing (as "burnt to death by a mob" is); a
# vehicle, a house or a station set ablaze is no number of people (the person-noun check), and a
# victim told as rescued or treated is read by the injury rules instead.
_CROWD = (r"(?:mobs?|crowds?|vigilantes|vigilante\s+(?:group|members)|youths|villagers|residents"
          r"|locals|mob\s+action)")
_SET_ALIGHT = r"set(?:s|ting)?\s+(?:ablaze|alight|on\s+fire)"
_CROWD_SETS_ALIGHT = re.compile(
    rf"\b{_CROWD}\b[^.;:]{{0,60}}?\bset(?:s|ting)?\s+(?P<fire>(?:ablaze|alight|on\s+fire)\s+)?"
    rf"(?:the\s+)?(?=\S)", re.IGNORECASE)
_FIRE_AFTER_OBJECT = re.compile(r"\s+(?:ablaze|alight|on\s+fire)\b", re.IGNORECASE)
_SET_ALIGHT_BY_CROWD = re.compile(
    rf"\s*(?:,\s*)?(?:(?:is|was|were|are|been|being|allegedly|reportedly)\s+)*{_SET_ALIGHT}\s+"
    rf"by\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,3}}?{_CROWD}\b", re.IGNORECASE)
_FIRE_WORDS = re.compile(r"\b(?:ablaze|alight|on\s+fire)\b", re.IGNORECASE)
_CROWD_RE = re.compile(rf"\b{_CROWD}\b", re.IGNORECASE)
_SURVIVED = re.compile(
    r"\b(?:rescued|survived|surviv\w+|hospital\w*|treatment|treated|injur\w+|wound\w*"
    r"|burns|escaped)\b", re.IGNORECASE)
CROWD_FIRE_DETAIL = "people set on fire by a crowd"


def _set_alight_by_a_crowd(sentence: Sentence, reference_year: int | None
                           ) -> list[CountMention]:
    text = sentence.text
    if not _FIRE_WORDS.search(text) or _SURVIVED.search(text):
        return []
    # "a mob set ablaze two policemen", "youths set three suspects on fire"
    for match in _CROWD_SETS_ALIGHT.finditer(text):
        quantity = _number_right_after(text, match.end())
        if quantity is None:
            continue
        person = PERSON_AFTER_ARTICLE_RE.match(text[match.end() + quantity.end:][:60])
        if person is None:
            continue
        end = match.end() + quantity.end
        if match.group("fire") is None:
            after = _FIRE_AFTER_OBJECT.match(text, end + person.end())
            if after is None:
                continue
            end = after.end()
        return [_killed_mention(sentence, quantity, match.start(), end, CROWD_FIRE_DETAIL,
                                reference_year)]
    quantities = find_quantities(text)
    for quantity in quantities:  # "a woman was set ablaze by a mob"
        person = PERSON_AFTER_ARTICLE_RE.match(text[quantity.end:quantity.end + 60])
        if quantity.value < 1 or person is None:
            continue
        by_crowd = _SET_ALIGHT_BY_CROWD.match(text, quantity.end + person.end())
        if by_crowd is not None:
            return [_killed_mention(sentence, quantity, quantity.start, by_crowd.end(),
                                    CROWD_FIRE_DETAIL, reference_year)]
    return []


# "3 dead (plus the bomber)", "killed 12 (and two gunmen)": the attackers' own deaths added in
# brackets to the victims' figure. Besides them, not among them: "(the bombers)" names who the
# dead are (totals._PERPETRATORS_IN_PARENS).
_ATTACKERS_ADDED = re.compile(
    r"\(\s*(?:plus|and|as\s+well\s+as|besides)\s+(?:the\s+|(?P<number>one|two|three|four|five"
    r"|six|\d{1,2})\s+)?(?:suicide\s+)?(?:bombers?|attackers?|assailants?|gunm[ae]n|perpetrators?"
    r"|shooters?|hijackers?|militants?|self|himself|herself)\s*\)", re.IGNORECASE)
# The same told in the clause after the victims' figure, without brackets: "26 guests were dead,
# along with all four attackers", "killing nine, as well as the two gunmen".
_ATTACKERS_ALONG_WITH = re.compile(
    r",?\s+(?:along\s+with|together\s+with|as\s+well\s+as|plus)\s+(?:all\s+)?(?:the\s+)?"
    r"(?:(?P<number>one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)?"
    r"(?:suicide\s+)?(?:bombers?|attackers?|assailants?|gunm[ae]n|perpetrators?|shooters?"
    r"|hijackers?|militants?|hostage-takers|insurgents|raiders)\b(?!\s+(?:who|that)\b)",
    re.IGNORECASE)
ATTACKERS_ADDED_DETAIL = "attackers added in brackets"


def _attackers_added_in_brackets(sentence: Sentence, found: list[CountMention]
                                 ) -> list[CountMention]:
    if any(m.category == "killed" and m.role == "perpetrators" for m in found):
        return []  # the attacker is read already ("a suicide attacker killed five (plus self)")
    added: list[CountMention] = []
    for match in chain(_ATTACKERS_ADDED.finditer(sentence.text),
                       _ATTACKERS_ALONG_WITH.finditer(sentence.text)):
        at = sentence.start + match.start()
        if not any(m.category == "killed" and m.role != "perpetrators" and m.start >= 0
                   and m.end <= at and at - m.end <= 30 for m in found):
            continue
        if any(m.category == "killed" and m.part_of is None and m.start < sentence.start
               + match.end() and m.end > at for m in found):
            continue  # the parse read them already ("structure: along with")
        stated = find_quantities(match.group("number") or "")
        count = stated[0].value if stated else 1
        added.append(CountMention(
            category="killed", value=count, qualifier="exact", low=count, high=count,
            evidence=match.group(0), start=at, end=sentence.start + match.end(),
            detail=ATTACKERS_ADDED_DETAIL, role="perpetrators"))
    return added


# "killing several fighters - three confirmed", "at least 30 dead (12 confirmed so far)": the
# part of a figure confirmed. Of a vague figure it is what is known of the same people (the
# totals take the number); of a number it is a subset, nested in it.
_CONFIRMED_AFTER = (
    r"\s+(?:(?:of\s+(?:them|whom)|deaths?|dead|bodies|killed)\s+)?"
    r"(?:(?:were|are|have\s+been|has\s+been|now|so\s+far|officially)\s+)*confirmed\b"
    r"(?!\s+(?:dead|killed|injured|wounded|hurt|missing|kidnapped|abducted|arrested|that))")
_CONFIRMED_PART = re.compile(
    rf"(?:[-–—,:;(]|\band)\s*(?P<number>[\w-]+(?:\s+[\w-]+)?){_CONFIRMED_AFTER}",
    re.IGNORECASE)
_CONFIRMED_AFTER_RE = re.compile(_CONFIRMED_AFTER, re.IGNORECASE)
CONFIRMED_DETAIL = "confirmed part of the figure"


def _with_confirmed_parts(sentence: Sentence, found: list[CountMention], base: int,
                          reference_year: int | None) -> list[CountMention]:
    added: list[CountMention] = []
    text = sentence.text
    for match in _CONFIRMED_PART.finditer(text):
        quantity = next(iter(find_quantities(match.group("number"))), None)
        if quantity is None or quantity.start != 0 or quantity.end != len(match.group("number")) \
                or quantity.article or quantity.qualifier == "vague":
            continue
        start = sentence.start + match.start("number")
        end = sentence.start + match.end()
        read = [i for i, m in enumerate(found) if m.start >= 0 and m.start < end and start < m.end]
        if read:
            # "many militiamen dead, five of them confirmed": read as a subset of the vague
            # figure, it is what is known of those people
            found = [replace(m, part_of=None, detail=CONFIRMED_DETAIL)
                     if i in read and m.part_of is not None and 0 <= m.part_of - base < len(found)
                     and found[m.part_of - base].qualifier == "vague"
                     and found[m.part_of - base].category == m.category else m
                     for i, m in enumerate(found)]
            continue
        parents = [i for i, m in enumerate(found) if m.start >= 0 and m.part_of is None
                   and m.end <= start and start - m.end <= 60
                   and m.category in ("killed", "injured")]
        if not parents:
            continue
        parent = found[parents[-1]]
        if parent.qualifier != "vague" and quantity.value >= parent.value:
            continue  # not a part of it
        added.append(CountMention(
            category=parent.category, value=quantity.value, qualifier=quantity.qualifier,
            low=quantity.low, high=quantity.high, evidence=text[match.start("number"):match.end()],
            start=start, end=end, detail=CONFIRMED_DETAIL,
            part_of=None if parent.qualifier == "vague" else base + parents[-1],
            other_event=parent.other_event or about_other_event(
                text, match.start("number"), reference_year, match.end()),
            alternative=parent.alternative, role=parent.role))
    return [*found, *added]


# "No casualties were reported", "there were no reported casualties": casualties are the dead
# and the wounded, so neither. Not "no civilian casualties" (others may have died), nor "no
# further/other casualties" (some there were).
_NO_CASUALTIES = re.compile(
    r"\b(?=[A-Za-z])(?:no|zero)\s+(?:(?:reported|known|immediate|confirmed)\s+)?casualt(?:y|ies)\b"
    r"|\bno\s+(?:reports?|word)\s+of\s+(?:any\s+)?casualt(?:y|ies)\b"
    r"|\bwithout\s+(?:any\s+)?casualt(?:y|ies)\b", re.IGNORECASE)
# A zero said of this incident alone ("No one was hurt in this particular blast"): a figure
# over a series of incidents stated besides it is not this incident's.
_THIS_INCIDENT = re.compile(
    r"\bin\s+(?:this|that|the)\s+(?:(?:particular|specific|latest|last|same|single)\s+)+"
    r"(?:attack|blast|explosion|bombing|incident|raid|assault|ambush|strike|shooting|clash|event"
    r"|case)\b|\bin\s+(?:this|that)\s+(?:attack|blast|explosion|bombing|incident|raid|assault"
    r"|ambush|strike)\b", re.IGNORECASE)
SCOPED_ZERO_DETAIL = "none, in this incident"
NO_CASUALTIES_DETAIL = "no casualties"


def _with_zero_casualties(sentence: Sentence, found: list[CountMention],
                          reference_year: int | None) -> list[CountMention]:
    """Zeros from "no casualties", and the zeros of the sentence marked when they are said of
    this incident alone."""
    text = sentence.text
    match = _NO_CASUALTIES.search(text)
    if match is not None:
        read = {m.category for m in found if m.value == 0}
        for category in ("killed", "injured"):
            if category not in read:
                found = [*found, CountMention(
                    category=category, value=0, qualifier="exact", low=0, high=0,
                    evidence=match.group(0), start=sentence.start + match.start(),
                    end=sentence.start + match.end(), detail=NO_CASUALTIES_DETAIL,
                    other_event=about_other_event(text, match.start(), reference_year,
                                                  match.end()))]
    if _THIS_INCIDENT.search(text) is None:
        return found
    return [replace(m, detail=SCOPED_ZERO_DETAIL) if m.value == 0 and m.part_of is None
            and m.start >= 0 else m for m in found]


def _links_to_other_articles(found: list[CountMention], links: LinkLines, text: str,
                             title: str | None) -> list[CountMention]:
    """A figure on a link to another article ("RELATED: Shootings push the year's toll to 85",
    a headline listed under "Most read"; `furniture.link_lines`) is that story's, unless the
    link names the story of the title (its earlier coverage: "Related Coverage Cyclist dies
    after crash on Harbor Ridge Road" under "Driver charged in Harbor Ridge Road death")."""
    if not links.spans:
        return found
    return [replace(m, other_event=True) if m.start >= 0 and _on_another_story_s_link(
        m.start, links, text, title) else m for m in found]


def _on_another_story_s_link(offset: int, links: LinkLines, text: str, title: str | None
                             ) -> bool:
    span = links.span_at(offset)
    return span is not None and not names_the_story(text[span[0]:span[1]], title)


def _read_sentence(sentence: Sentence, base: int, reference_year: int | None,
                   document: Document | None) -> list[CountMention]:
    links = link_quantities(sentence.text)
    cues = read_cues(sentence.text)
    found = [_to_mention(link, sentence, base, reference_year, cues) for link in links]
    if document is not None:
        found = merge_structure(found, document, sentence, base, cues, reference_year)
    return [m for m in found if not _simulated(m, sentence.text, base)]


def _simulated(mention: CountMention, sentence: str, base: int) -> bool:
    """"A drill simulating a crash with 30 injured passengers": the people are played, not
    hurt (`_SIMULATED_BEFORE`; read on the surface and the parse's figures alike)."""
    at = mention.start - base
    return mention.value > 0 and at >= 0 and _SIMULATED_BEFORE.search(
        sentence, max(0, at - 120), at) is not None


_NUMBER_THEN_NOUN_RE = re.compile(r"\W*[\d,.]+\s+(?P<first>[a-z-]+)(?:\s+(?P<noun>[a-z]+))?\b")


def _counts_animals(mention: CountMention) -> bool:
    """"108,780 deer had been killed": a surface figure whose counted noun is an animal (the
    parse reads this for the sentences it parses; later sentences are read by the surface
    rules alone)."""
    found = _NUMBER_THEN_NOUN_RE.match(mention.evidence)
    return found is not None and (found.group("first") in ANIMAL_NOUNS
                                  or found.group("noun") in ANIMAL_NOUNS)


# A definite phrase that takes up people already counted: "the two", "all four", "both".
# A determiner that makes the number after it one already told ("the six", "all four").
_DEFINITE_BEFORE = re.compile(r"\b(?=[A-Za-z])(?:the|these|those|all)\s+$", re.IGNORECASE)
_DEFINITE_START = re.compile(
    r"^(?:both\b|(?:the|all|these|those)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine"
    r"|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty)\b(?![\s-]+years?\b)"
    # "the boys drowned" after "the deaths of two boys"; not "the death of ..."
    r"|(?:the|these|those)\s+[a-z]+(?<!s)s\b(?!\s+of\b))", re.IGNORECASE)


def _restatements_of_other_events(mentions: list[CountMention], sentence_of: list[int],
                                  text: str) -> list[CountMention]:
    """A definite restatement of another event's figure is about that event too: "Residents
    protested the killing of two youths. Witnesses said the two were shot at a roadblock." The
    second sentence tells how the cause happened, not new deaths of the protest."""
    others = [(sentence_of[i], m.value) for i, m in enumerate(mentions)
              if m.other_event and m.part_of is None and m.value > 0]
    if not others:
        return mentions
    restated = []
    for i, mention in enumerate(mentions):
        if mention.other_event or mention.start < 0 or not any(
                value == mention.value and 0 < sentence_of[i] - where <= 2
                for where, value in others):
            restated.append(mention)
            continue
        determiner = _DEFINITE_BEFORE.search(text, max(0, mention.start - 12), mention.start)
        if _DEFINITE_START.match((determiner.group(0) if determiner else "") + mention.evidence):
            mention = replace(mention, other_event=True)
        restated.append(mention)
    return restated


_SUICIDE_RE = re.compile(r"\bsuicide\b|\b(?:himself|herself|themselves)\s+up\b", re.IGNORECASE)
LEAD_SENTENCES = 3
# Candidate sentences read per article. A long report states its figures in far fewer; the cap
# bounds the work on a hostile text (a megabyte of number phrases) to a constant.
MAX_COUNT_SENTENCES = 80
# Sentences parsed for counts per article: the figures that decide the totals are stated in the
# lead; later sentences are read by the surface rules alone.
MAX_COUNT_PARSES = 6


def count_candidates(document: Document) -> list[Sentence]:
    """The sentences the count rules read, from the document's one split."""
    chosen = set(s.start for s in islice(candidate_sentences(document.text, document.sentences),
                                         MAX_COUNT_SENTENCES))
    # the answer to a question that asks the count ("How many were killed? Thirteen, ...")
    chosen |= {answer.start for question, answer in pairwise(document.sentences)
               if question.start in chosen and _asked_category(question.text) is not None}
    # a crowd setting people on fire names no count word (_set_alight_by_a_crowd), nor do
    # people in a situation report's sites or a translated euphemism (_UNGATED_COUNT_WORDS)
    return list(islice((s for s in document.sentences if s.start in chosen
                        or (_FIRE_WORDS.search(s.text) and _CROWD_RE.search(s.text))
                        or _UNGATED_COUNT_WORDS.search(s.text)),
                       MAX_COUNT_SENTENCES))


# Count words the sentence gate's stems do not cover (the sites of triggers.POST_DISPLACED,
# "14,300 people are in accommodation centres"; the killing euphemisms of translated agency
# text, "four militants were liquidated"; ...): the classes triggers.py builds its triggers
# from, so a word added there is read here too. (Entered only where a word starts.)
_UNGATED_COUNT_WORDS = re.compile(rf"\b(?=[A-Za-z])(?:{UNGATED_TRIGGER_WORDS})\b",
                                  re.IGNORECASE)


def count_parse_requests(candidates: list[Sentence], document: Document) -> list[Sentence]:
    """The sentences the count readers will ask the parser for (extract_facts parses every
    reader's sentences in one batch)."""
    return _parse_requests(candidates, document)


def _parse_requests(candidates: list[Sentence], document: Document) -> list[Sentence]:
    return ([s for s in candidates if needs_structure(s)][:MAX_COUNT_PARSES]
            + _lead_sentences_naming_suicide(document))


def _lead_sentences_naming_suicide(document: Document) -> list[Sentence]:
    """An attacker's own death is read only where the article reports its event (the lead):
    a suicide attack named later is usually background."""
    return [s for s in document.sentences[:LEAD_SENTENCES] if _SUICIDE_RE.search(s.text)]




def _self_killed_links(sentence: str, taken: list[_Link]) -> list[_Link]:
    return [_Link(one, "killed", one.start, one.end, "self") for one in self_killed(sentence)
            if not any(link.trigger_start <= one.start < link.trigger_end for link in taken)]


def link_quantities(sentence: str) -> list[_Link]:
    """Quantities of `sentence` tied to a category, nested subsets to their parent."""
    numbers = find_quantities(sentence)
    quantities = [q for i, q in enumerate(numbers)
                  if _usable(q, sentence, numbers[i - 1] if i else None)]
    ordinals = ordinal_people(sentence)
    quantities = [q for q in quantities
                  if not any(o.start <= q.start < o.end for o in ordinals)] + ordinals
    quantities = sorted(quantities + singular_subjects(sentence, quantities),
                        key=lambda q: q.start)
    links: list[_Link] = []
    pending_nested: list[Quantity] = []
    starts = frozenset(q.start for q in quantities)
    reduced_from: dict[int, int] = {}  # a trigger -> where its count's participle phrase opens
    for quantity in quantities:
        if _is_nested(quantity, sentence) and links:
            pending_nested.append(quantity)
            continue
        for found in _link_one(quantity, sentence, links, starts):
            # "Five policemen escorting a passenger bus have been killed", "a woman who fired
            # at two deputies was arrested": the people inside the phrase of a count before
            # them are not the ones its verb tells of
            opened = reduced_from.get(found.trigger_start)
            if opened is not None and opened <= quantity.start < found.trigger_start:
                continue
            if found.how == "post" and _phrase_before_verb(sentence, quantity) is not None:
                reduced_from.setdefault(found.trigger_start, quantity.end)
            link = _one_of_the_whole(
                _named_with_another(_conjoined_people(found, sentence), sentence), sentence)
            if quantity.qualifier == "at_least" and quantity.text.split()[-1].lower() in (
                    "body", *SINGULAR_PERSON.split("|")) and link.category == "injured":
                continue  # "a second victim was shot": the first may be among the dead
            link = _one_still_missing(link, sentence)
            if _evacuated_from_a_craft_or_building(link, sentence):
                continue
            if _counts_people(link, sentence) or _another_of_those_counted(link, sentence,
                                                                          links):
                links.extend(_split_fatal(link, sentence))
                links.extend(_zero_of_the_other(link, sentence))
    # "Two men were shot and one died": the split already holds the one who died
    split_at = {link.trigger_start for link in links if link.how == "split"}
    links = [link for link in links if link.how == "split"
             or link.quantity.start not in split_at]
    links = _without_still_in_hospital(sentence, links)
    links = _without_definite_restatements(
        sentence, _without_shadowed_singulars(_with_tuples(sentence, links)))
    links = _without_members_of_a_crossed_breakdown(sentence, links)
    links = _without_articles_crossed_to_the_verb(sentence, links)
    links.extend(_self_killed_links(sentence, links))
    for quantity in pending_nested:
        links.extend(_link_nested(quantity, sentence, links, starts))
    links = _people_of_households(sentence, _breakdowns_of_the_shot(sentence, links))
    order = sorted(range(len(links)), key=lambda i: links[i].quantity.start)
    new_index = {old: new for new, old in enumerate(order)}
    return [replace(link, parent=None if link.parent is None else new_index[link.parent])
            for link in (links[i] for i in order)]


# The people shot (hit, struck) include the dead, so a dead and a wounded figure told after
# them that add up to them are their breakdown: "5 shot (1 dec, 4 inj)", "seven people were
# shot; two died and five were wounded". The wounded are the survivors of the shot, not more
# people (said of "casualties" the two figures stand on their own: no verb of hitting).
_HIT_TRIGGER = re.compile(r"\b(?:shot|hit|struck|grazed)\s*$", re.IGNORECASE)


def _breakdowns_of_the_shot(sentence: str, links: list[_Link]) -> list[_Link]:
    for whole_at, whole in enumerate(links):
        if whole.category != "injured" or whole.how in ("nested", "survivors") \
                or not _HIT_TRIGGER.search(sentence[whole.trigger_start:whole.trigger_end]):
            continue
        after = [(i, link) for i, link in enumerate(links)
                 if link.quantity.start > whole.quantity.end and link.parent is None
                 and link.how != "survivors"]
        # (an attacker's own death is not among the people he shot: "shot two and a third man
        # before killing himself")
        dead = [link for _, link in after if link.category == "killed" and link.how != "self"]
        hurt = [(i, link) for i, link in after if link.category == "injured"]
        if len(dead) != 1 or len(hurt) != 1 \
                or dead[0].quantity.value + hurt[0][1].quantity.value != whole.quantity.value:
            continue
        at, part = hurt[0]
        links = [*links[:at], replace(part, how="nested", parent=whole_at), *links[at + 1:]]
    return links


# Households told with their people in brackets: "about 600 households (approximately 3,900
# individuals) fled", "1,200 families (some 7,000 people) were displaced". The people are the
# count; the households are its unit of registration, not a share.
_HOUSEHOLDS_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:households?|famil(?:y|ies)|homesteads?)\b",
                               re.IGNORECASE)


def _people_of_households(sentence: str, links: list[_Link]) -> list[_Link]:
    for index, link in enumerate(links):
        parent = links[link.parent] if link.parent is not None else None
        if parent is None or link.how != "nested" or link.category != parent.category or \
                link.quantity.value <= parent.quantity.value or \
                not _HOUSEHOLDS_AFTER.match(sentence, parent.quantity.end) or \
                not _PEOPLE_AFTER.match(sentence, link.quantity.end):
            continue
        kept = [replace(other, quantity=link.quantity) if i == link.parent else other
                for i, other in enumerate(links) if i != index]
        return [replace(other, parent=None if other.parent is None else
                        other.parent - (other.parent > index)) for other in kept]
    return links


# "Two fishermen were found alive ... A third man is still missing": "still" (or "remains")
# sets the one apart from the others, no longer missing, so an ordinal of the missing counts
# one person; without it ("a third climber was reported missing") the others are missing too.
_STILL_MISSING = re.compile(r"(?:still|remains?|remained)\b", re.IGNORECASE)
_ORDINAL_PERSON = re.compile(rf"an?\s+(?:{'|'.join(ORDINALS)})\b", re.IGNORECASE)


def _one_still_missing(link: _Link, sentence: str) -> _Link:
    quantity = link.quantity
    if link.category != "missing" or _ORDINAL_PERSON.match(quantity.text) is None or \
            _STILL_MISSING.match(sentence, link.trigger_start) is None:
        return link
    return replace(link, quantity=replace(quantity, value=1, qualifier="exact", low=1, high=1))


# Those still in hospital are some of the hurt, not more of them: "19 miners were treated for
# burns, and 12 remained in hospital", "injured 30 people, and 12 were still in hospital".
_STILL_IN_HOSPITAL_AFTER = re.compile(
    r"\s+(?:\w+\s+)?(?:remain(?:s|ed)?|(?:are|were|is|was)\s+still|still)\s+(?:\w+\s+)?"
    r"in\s+(?:the\s+)?hospital\b", re.IGNORECASE)


def _without_still_in_hospital(sentence: str, links: list[_Link]) -> list[_Link]:
    """`links` without an injured count told by a stay in hospital after another injured count
    of the sentence: the patients are among the hurt counted before them."""
    kept: list[_Link] = []
    for link in links:
        if link.category == "injured" and _STILL_IN_HOSPITAL_AFTER.match(
                sentence, link.quantity.end) and any(
                k.category == "injured" and k.quantity.end <= link.quantity.start for k in kept):
            continue
        kept.append(link)
    return kept


def _without_members_of_a_crossed_breakdown(sentence: str, links: list[_Link]) -> list[_Link]:
    """"Fifteen people, including a man who was visiting his mother, were killed": a count
    inside a breakdown in commas that a whole crossed to reach the same verb is one of the
    whole ("his mother" is not a sixteenth), not more people."""
    crossed = []
    for link in links:
        if link.how != "post":
            continue
        breakdown = _COMMA_BREAKDOWN.search(sentence, link.quantity.end, link.trigger_start)
        if breakdown is not None:
            crossed.append((breakdown.start(), breakdown.end(), link.trigger_start))
    if not crossed:
        return links
    parents = {link.parent for link in links if link.parent is not None}
    drop = {i for i, link in enumerate(links) if i not in parents and link.parent is None
            and any(a <= link.quantity.start < b and link.trigger_start == trigger
                    for a, b, trigger in crossed)}
    if not drop:
        return links
    kept = [i for i in range(len(links)) if i not in drop]
    new_index = {old: new for new, old in enumerate(kept)}
    return [replace(link, parent=None if link.parent is None else new_index[link.parent])
            for link in (links[i] for i in kept)]


_CONJUNCT_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_STARTS_WITH_COUNT = re.compile(
    r"^(?:a|an|another|his|her|their|the|one|two|three|four|five|six|\d+)\b", re.IGNORECASE)
_PERSON_WORD = re.compile(rf"\b(?:{PERSON_NOUNS})\b", re.IGNORECASE)


def _conjoined_people(link: _Link, sentence: str) -> _Link:
    """"A grandmother, uncle and toddler were found dead": one article, three people. Only with a
    plural verb, so that "a man, father of two, was killed" stays one."""
    quantity = link.quantity
    if not (quantity.article and link.how == "post" and quantity.value == 1):
        return link
    gap = sentence[quantity.end:link.trigger_start]
    plural = re.search(r"\b(?:were|are|have)\b", gap)
    if plural is None:
        return link
    parts = _CONJUNCT_SPLIT.split(gap[:plural.start()].strip())
    extra = sum(1 for i, part in enumerate(parts[1:], 1)
                if part and not _STARTS_WITH_COUNT.match(part) and _PERSON_WORD.search(part)
                and not (i == 1 and _is_name_in_apposition(part, gap)))
    if extra == 0:
        return link
    value = 1 + extra
    return replace(link, quantity=replace(quantity, value=value, low=value, high=value))


# "A German, Hans Weber, and four others": a name in commas right after the first person is
# that person, not one more (a surname may merely end like a person noun: "Weber", "Pieter").
_PROPER_NAME = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|al|bin|ibn))*")


def _is_name_in_apposition(part: str, gap: str) -> bool:
    return _PROPER_NAME.fullmatch(part) is not None and re.search(
        rf"^[^,]*,\s*{re.escape(part)}\s*,", gap) is not None


# "One of twelve hikers ... was killed": the verb agrees with "one", the member; the twelve
# are the whole it is taken from, not the dead.
_ONE_OF_BEFORE = re.compile(r"\b(?P<one>one)\s+of\s+(?:the\s+|those\s+|these\s+)?$",
                            re.IGNORECASE)
_SINGULAR_VERB = re.compile(r"\b(?=[A-Za-z])(?:was|is|has)\b")
# A trigger that is itself a verb in the singular: "One of five victims ... dies".
_SINGULAR_TRIGGER = re.compile(r"(?:dies|succumbs)\b", re.IGNORECASE)


def _one_of_the_whole(link: _Link, sentence: str) -> _Link:
    quantity = link.quantity
    if link.how != "post" or quantity.value <= 1:
        return link
    one = _ONE_OF_BEFORE.search(sentence, max(0, quantity.start - 20), quantity.start)
    if one is None or not (_SINGULAR_VERB.search(sentence, quantity.end, link.trigger_start)
                           or _SINGULAR_TRIGGER.match(sentence, link.trigger_start)):
        return link
    member = Quantity(1, "exact", 1, 1, one.start("one"), one.end("one"), one.group("one"))
    return replace(link, quantity=member)


# A named person (with an age in commas, perhaps) conjoined with "another": "Tanya Ruiz, 34, and
# another woman were shot" is two people, and "another" compares with the name, not with a
# figure stated before.
_NAME_AND_BEFORE = re.compile(
    r"(?<![\w.])(?:[A-Z][a-z'’-]+|[A-Z]\.)(?:\s+(?:[A-Z][a-z'’-]+|[A-Z]\.|Jr\.|Sr\.))+"
    r"(?:\s*,\s*\d{1,2}\s*,)?\s+and\s+$")


def _named_with_another(link: _Link, sentence: str) -> _Link:
    quantity = link.quantity
    if not (quantity.additive and quantity.article and link.how in ("pre", "post", "coordinated")
            and quantity.text.strip().lower() == "another"):
        return link
    name = _NAME_AND_BEFORE.search(sentence, max(0, quantity.start - 60), quantity.start)
    if name is None:
        return link
    if link.how != "post" and name.start() < link.trigger_end:
        return link  # "arrested <Name> and another man": both are the verb's object
    if link.how == "post" and not re.search(r"\b(?:were|are|have)\b",
                                            sentence[quantity.end:link.trigger_start]):
        return link  # "<Name> was hurt and another man was killed": the verb is his own
    both = replace(quantity, value=2, low=2, high=2, additive=False, article=False,
                   start=name.start(), text=sentence[name.start():quantity.end])
    return replace(link, quantity=both)


def _with_tuples(sentence: str, links: list[_Link]) -> list[_Link]:
    """"A triple shooting", "a double homicide": the people of the sentence's smaller counts of
    the category are among them ("a teenager was wounded in a triple shooting" is 3); a count
    as large stands ("two men were shot in a double shooting" is 2)."""
    for quantity, category in tuple_victims(sentence):
        same = [link for link in links if link.category == category]
        if any(link.quantity.value >= quantity.value and not link.quantity.singular
               for link in same):
            continue
        links = [link for link in links if link.category != category and not (
            sentence[link.quantity.end:quantity.start].isspace())]  # "a" of "a triple ..."
        links.append(_Link(quantity, category, quantity.start, quantity.end, "pre"))
    return links



def _without_definite_restatements(sentence: str, links: list[_Link]) -> list[_Link]:
    """"Six people were killed ..., leaving the six dead": a definite number repeats the
    figure stated before it in the sentence, it is not more people."""
    kept: list[_Link] = []
    for link in links:
        quantity = link.quantity
        if _DEFINITE_BEFORE.search(sentence, max(0, quantity.start - 8), quantity.start) and any(
                k.category == link.category and k.quantity.value == quantity.value
                and k.quantity.end <= quantity.start for k in kept):
            continue
        kept.append(link)
    return kept


def _without_shadowed_singulars(links: list[_Link]) -> list[_Link]:
    """"A 2-year-old boy in Port Alder died": the name-like words inside a counted noun
    phrase are not a second person. A singular that a stated number is conjoined with stays:
    "arrested the owner and two managers" is three (the number's link is "coordinated" on the
    singular's own trigger; arrests, abductions and the missing, which the parse does not read)."""
    stated = {link.category for link in links if not link.quantity.singular}
    # surface categories only: the parse reads coordinated victims (structure.py)
    conjoined = [link for link in links if link.how == "coordinated"
                 and link.category in ("arrested", "hostages", "missing")]

    def conjoined_with(link: _Link) -> bool:
        return any(c.category == link.category and c.trigger_start == link.trigger_start
                   and (c is link or c.quantity.start >= link.quantity.end) for c in conjoined)

    return [link for link in links if not (
        link.quantity.singular and link.category in stated and not conjoined_with(link))]


_GROUP_OF_GAP = re.compile(r"\s+(?:[\w'’-]+\s+){1,2}of\s+", re.IGNORECASE)
_APPOSITIVE_GAP = re.compile(r"\s+of\s+(?:the|those|these|them)(?:\s+[\w'’-]+){0,2}\s*,\s*$",
                             re.IGNORECASE)


def _usable(quantity: Quantity, sentence: str, previous: Quantity | None = None) -> bool:
    # "two of the four": the four is the group, not a count of its own. The pattern ends on
    # one of these words and spaces: tried only then (searching every number's whole prefix
    # made a sentence of many numbers quadratic).
    prefix = sentence[:quantity.start]
    if prefix.rstrip().casefold().endswith(_SUPERSET_LAST_WORDS) and \
            _SUPERSET_BEFORE.search(prefix):
        return False
    # "one of the victims, a man, died": the man is that one, not a second person
    if quantity.article and previous is not None and previous.value == 1 \
            and previous.text.lower().endswith("one") \
            and _APPOSITIVE_GAP.fullmatch(sentence[previous.end:quantity.start]):
        return False
    # "five members of a family", "three employees of a bank": the article is inside the
    # number's "of" phrase, which names the group the counted people belong to
    return not (quantity.article and previous is not None and not previous.article
                and _GROUP_OF_GAP.fullmatch(sentence[previous.end:quantity.start]))


_FIRED_BEFORE = re.compile(
    r"\b(?=[A-Za-z])(?:fired|fire|fires|firing|heard|hear|hears|let\s+off|squeezed\s+off|got\s+off)\s+"
    r"(?:(?:at\s+least|about|around|more\s+than|only|just|off)\s+)?$", re.IGNORECASE)
_SUFFERED_BEFORE = re.compile(
    r"\b(?=[A-Za-z])(?:suffered|sustained|received|suffering|sustaining|suffers|sustains|with)\s+$",
    re.IGNORECASE)


# The scenario of a drill or an exercise: the casualties it names are acted, not real ("an
# exercise simulating a bus crash with 30 injured", "a mock attack in which 12 'victims' were
# evacuated", "the scenario involved 40 casualties"). Within the clause (no full stop, no
# semicolon), so a real toll after the drill's sentence part stays.
_SIMULATED_BEFORE = re.compile(
    r"\b(?=[A-Za-z])(?:simulat(?:ed|ing|es|e|ions?\s+of)|mock|scenario"
    r"|role-?play(?:ed|ing)?|staged\s+(?:an?\s+)?(?:\w+\s+)?(?:drill|exercise))\b"
    r"[^.;]*$", re.IGNORECASE)


# The modal's scope runs on through a second verb phrase coordinated with the first, whose
# object is the count: "could kill up to 8,000 people and leave 200,000 homeless", "would
# flood the valley and force 3,000 residents to flee". The second verb is a bare form (a past
# "and killed" is a report of its own), the phrases in one clause.
_HYPOTHETICAL_SECOND_VERB_BEFORE = re.compile(
    r"\b(?=[A-Za-z])(?:could|would|might|may)\s+(?:(?:also|easily|potentially|even)\s+)?"
    r"[a-z]+\b[^.;:!?]{0,100}?\band\s+(?:(?:also|then|potentially|even)\s+)?"
    r"(?![a-z]+ed\b)[a-z]+\s+(?:(?:up\s+to|as\s+many\s+as|some|about|nearly|almost|over"
    r"|more\s+than|at\s+least|the)\s+)?$", re.IGNORECASE)


def _hypothetical(link: _Link, sentence: str) -> bool:
    """A modal before the count's verb: "could kill 30,000" (see `_HYPOTHETICAL_BEFORE`)."""
    modal = _HYPOTHETICAL_BEFORE.search(sentence[max(0, link.trigger_start - 30):
                                                 link.trigger_start])
    if modal is None:
        return _HYPOTHETICAL_COORDINATED_BEFORE.search(
            sentence, max(0, link.trigger_start - 50), link.trigger_start) is not None or (
            link.how == "post" and _HYPOTHETICAL_SECOND_VERB_BEFORE.search(
                sentence, max(0, link.quantity.start - 160), link.quantity.start) is not None)
    trigger = sentence[link.trigger_start:link.trigger_end].lower()
    return not (modal.group("be") and trigger in _STATES)  # "could be dead": a hedged report


# An evacuation of a craft or a building is no displacement: "all 58 passengers and four crew
# were evacuated using the emergency slides", "300 pupils were evacuated from the school",
# "the ferry's 310 passengers were evacuated to lifeboats". People evacuated from their homes
# ("1,200 residents were evacuated") are displaced. Told by who they are there (a role in a
# craft or a building) or by where they left (the craft, the building, by slides or boats).
_EVACUATED = re.compile(r"evacuat\w*|evacuees", re.IGNORECASE)
_OCCUPANTS = re.compile(
    r"\b(?:passengers?|crew|crew\s*members?|occupants?|staff|employees?|workers?|pupils?"
    r"|students?|shoppers?|guests?|patients?|spectators?|fans?|worshipp?ers?|customers?"
    r"|miners?|sailors?|on\s+board|aboard)\b", re.IGNORECASE)
_FROM_A_CRAFT_OR_BUILDING_AFTER = re.compile(
    r"(?:\s+(?!from\b|and\b)[\w'-]+){0,3}?\s+(?:from\s+(?:the|a|an|their|its)\s+(?:[\w-]+\s+){0,2}?(?:plane|aircraft"
    r"|jet|airliner|train|carriages?|coach|bus|ship|vessel|ferry|boat|building|tower|office"
    r"|offices|school|stadium|arena|mall|hotel|hospital|factory|plant|mine|terminal|station"
    r"|cinema|theat(?:re|er))|(?:using|via|by|down)\s+(?:the\s+)?(?:emergency\s+)?"
    r"(?:slides?|chutes?|exits?)|(?:to|into)\s+(?:the\s+)?(?:lifeboats?|life\s+rafts?))\b",
    re.IGNORECASE)


def _evacuated_from_a_craft_or_building(link: _Link, sentence: str) -> bool:
    trigger = sentence[link.trigger_start:link.trigger_end]
    if link.category != "displaced" or not _EVACUATED.fullmatch(trigger.strip()):
        return False
    if _FROM_A_CRAFT_OR_BUILDING_AFTER.match(sentence, link.trigger_end if link.how == "post"
                                              else link.quantity.end):
        return True
    phrase = sentence[link.quantity.end:link.trigger_start] if link.how == "post" else \
        sentence[link.quantity.end:link.quantity.end + 40]
    return _OCCUPANTS.search(phrase) is not None and not re.search(
        r"\b(?:homes?|houses?|villages?|residents|families)\b", phrase, re.IGNORECASE)


_PEOPLE_AFTER = re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}?(?:{PERSON_NOUNS})s?\b", re.IGNORECASE)


# People sought by the police are suspects, not the missing: the whole class of wrongdoers'
# nouns, the police and what they do to find them.
_SOUGHT_SUSPECTS = re.compile(
    r"\b(?=[a-z])(?:suspects?|gunm[ae]n|attackers?|assailants?|perpetrators?|robbers?|killers?"
    r"|shooters?|fugitives?|escapees?|escaped|culprits?|accomplices?|offenders?|thieves|thief"
    r"|burglars?|kidnappers?|abductors?|militants?|wanted|police|detectives?|manhunt"
    r"|warrants?|jailbreak|prison\s+break|inmates?|convicts?|fled)\b", re.IGNORECASE)


# A noun of taking counts its people only right after a figure and its attributes ("12
# kidnappings", "23 enforced disappearances"), not across a preposition ("six novels about
# kidnappings") nor after a vague word ("a number of kidnappings": acts, not people). (The
# killing nouns, "five killings", were tried and left out: on GVA they are mostly a
# department's tally for the year.)
_TAKING_NOUNS = frozenset({"kidnappings", "abductions", "disappearances"})
_ADJECTIVES_ONLY = re.compile(
    r"\s+(?:(?!(?:about|of|on|in|for|with|over|against|into|from|by|and|or)\b)[\w-]+\s+){0,2}",
    re.IGNORECASE)
# The words of a subject's verb group, not its noun: "2 more are considered disappeared".
_VERB_GROUP_WORDS = frozenset({
    "more", "others", "other", "are", "were", "was", "is", "have", "has", "had", "been", "be",
    "being", "considered", "reported", "believed", "feared", "said", "listed", "declared",
    "presumed", "still", "also", "later", "reportedly", "now", "all", "to", "as", "who",
    "that", "since", "then"})


def _things_between(between: str) -> bool:
    """Whether the words between a figure and its verb name things and no people ("files",
    "documents"), not only a verb group ("more are considered")."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", between)
             if w.lower() not in _VERB_GROUP_WORDS]
    return bool(words) and not any(names_people(w) for w in words)


# The whole class of release verbs before the people held: "released 64 detainees", "freed
# 12 prisoners", "pardoned 300 inmates" end a detention; no one is arrested.
_RELEASED_BEFORE = re.compile(
    r"\b(?=[A-Za-z])(?:releas(?:ed|es|e|ing)|fre(?:ed|es|e|eing)|pardon(?:ed|s|ing)?"
    r"|amnest(?:ied|ies|y)|set\s+free|discharg(?:ed|es|ing)|acquitt(?:ed|ing))"
    r"\s+(?:(?:the|some|all|about|nearly|around|over|at\s+least|more\s+than)\s+)*$",
    re.IGNORECASE)
# What is carried out, not put to death, when it is executed: the whole class of documents,
# orders and undertakings that "execute" takes ("27 search warrants were executed", "executed
# two contracts", "three trades were executed").
_THING_EXECUTED = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:warrants?|orders?|searches|search|plans?|contracts?|agreements?"
    r"|deals?|trades?|transactions?|operations?|raids?|strateg(?:y|ies)|programs?|programmes?"
    r"|projects?|tasks?|commands?|instructions?|wills?|deeds?|documents?|transfers?|swaps?"
    r"|payments?|maneuvers?|manoeuvres?|missions?|sorties?|strikes?|plays?|moves?)\b",
    re.IGNORECASE)
_EUPHEMISM_NOUN_RE = re.compile(rf"(?:the\s+)?{EUPHEMISM_NOUNS}", re.IGNORECASE)
# "14 takfiri elements", "9 terrorist elements": the communiques' word for fighters
_ELEMENTS_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?elements\b", re.IGNORECASE)


# Taking people away is an abduction unless the law takes them: police, troops, courts.
_REMOVAL_RE = re.compile(REMOVAL, re.IGNORECASE)
_REMOVED_BY_THE_LAW = re.compile(
    r"\b(?=[a-z])(?:police|policem[ae]n|officers?|troops|soldiers|army|security\s+forces"
    r"|authorities|agents|deputies|sheriff|guards|marshals|gendarmes?|custody|arrest\w*"
    r"|detain\w*|court|judge|handcuff\w*)\b", re.IGNORECASE)


def _counts_people(link: _Link, sentence: str) -> bool:
    """"a"/"an" and vague words count people only before a person noun ("a man", "dozens of
    protesters"), right before the trigger ("dozens killed"), or as the singular subject of a
    passive trigger ("a cadre of the party was killed")."""
    quantity = link.quantity
    if quantity.value > 0 and _UNDECIDED.match(sentence, link.trigger_end):
        return False  # "were killed, injured or captured": which of them is not said
    if quantity.value > 0 and _NEGATED.search(sentence[max(0, link.trigger_start - 25):
                                                       link.trigger_start]):
        return False  # "will not have a fatality", "no one else was hurt" handled as zero
    if _NEAR_MISS.search(sentence, max(0, link.trigger_start - 12), link.trigger_start):
        return False  # "two divers nearly suffocated": it did not happen
    if quantity.value > 0 and _hypothetical(link, sentence):
        return False
    trigger = sentence[link.trigger_start:link.trigger_end].lower()
    if trigger in ("shot", "shots") and _FIRED_BEFORE.search(sentence, 0, quantity.start):
        return False  # "fired at least one shot into the air": rounds, not people
    if quantity.qualifier == "vague" and trigger in ("injuries", "wounds") and \
            _SUFFERED_BEFORE.search(sentence, 0, quantity.start):
        return False  # "the driver suffered multiple injuries": one person's wounds
    if link.category == "hostages" and _REMOVAL_RE.fullmatch(trigger.strip()) and \
            _REMOVED_BY_THE_LAW.search(sentence):
        return False  # "officers led away 12 protesters": an arrest, told by arrest words
    if link.category == "missing" and ("being" in trigger or " for" in trigger) and \
            _SOUGHT_SUSPECTS.search(sentence):
        return False  # "two gunmen are still being sought": wanted by police, not missing
    if "measures" in trigger and not _PEOPLE_AFTER.match(sentence, quantity.end):
        return False  # "compulsory measures against 30 illegal billboards": no detention
    if trigger in _TAKING_NOUNS and (quantity.article or quantity.qualifier == "vague"
                                      or not _ADJECTIVES_ONLY.fullmatch(
                                          sentence, quantity.end, link.trigger_start)):
        # "six novels about murders": the number counts something else; "a number of
        # kidnappings" tells of acts, not of how many people they took
        return False
    if link.category == "arrested" and _RELEASED_BEFORE.search(
            sentence, max(0, quantity.start - 40), quantity.start):
        return False  # "released 64 political detainees": a release, not an arrest
    if link.category == "missing" and trigger.startswith("disappear") and _things_between(
            sentence[quantity.end:link.trigger_start]):
        return False  # "3 files disappeared from the archive": things, not people
    if link.category == "killed" and trigger.startswith("execut") and _THING_EXECUTED.match(
            sentence, quantity.end):
        return False  # "27 search warrants were executed", "executed 14 orders": no one died
    if _EUPHEMISM_NOUN_RE.match(trigger) and not (
            _PEOPLE_AFTER.match(sentence, quantity.end)
            or _ELEMENTS_AFTER.match(sentence, quantity.end)):
        return False  # "the elimination of 14 checkpoints": no one died
    if not (quantity.article or quantity.qualifier == "vague"):
        return True
    limit = 8 if quantity.article else 5
    if link.how == "post" and len(sentence[quantity.end:link.trigger_start].split()) > limit \
            and _phrase_before_verb(sentence, quantity) != link.trigger_start:
        return False
    after = sentence[quantity.end:quantity.end + 60]
    if PERSON_AFTER_ARTICLE_RE.match(after):
        return True
    between = sentence[quantity.end:link.trigger_start]
    if link.how == "post" and re.search(r"\bwas\b", between) and not re.search(
            r"\b(?:and|or)\b", between) and not (
                quantity.article and re.search(r"\b(?:a|an)\b", between)):
        # "a cadre of the party was killed"; not "an incident and a child was", nor the "a"
        # of an adverbial before the subject ("As a result, a police officer ... was killed":
        # the later article is the subject's)
        return True
    if link.how == "post" and quantity.article and _ORDINAL_BEFORE_TRIGGER.fullmatch(between):
        return True  # "two were killed and a third seriously wounded": one more person
    if link.how == "post" and not quantity.article and re.fullmatch(
            r"\s*(?:(?:were|are|have\s+been|had\s+been|reportedly|also)\s+)*", between):
        return True  # "dozens killed", "several were arrested"
    if link.how == "post" and quantity.text.lower() in ("another", "one") and re.fullmatch(
            r"\s*(?:(?:was|is|has|had|been|also|later|reportedly|subsequently|now|still)\s+)*",
            between):
        return True  # "another died later of his wounds", "another is fighting for life"
    return link.how in ("pre", "coordinated") and quantity.qualifier == "vague" and bool(
        re.match(r"\s+(?:others|more|people|persons|of\s+(?:them|others|people))\b", after,
                 re.IGNORECASE))


# "a third (was) seriously wounded": an ordinal with no noun of its own is one more of the
# people the sentence counts, its "was" often left out after a coordinated clause.
_ORDINAL_BEFORE_TRIGGER = re.compile(
    rf"\s+(?:{'|'.join(ORDINALS)})\s+"
    r"(?:(?:was|has\s+been|had\s+been|also|later|reportedly|\w+ly)\s+)*", re.IGNORECASE)


# "killed one guard and wounded another": "another" with no noun of its own stands for one more
# of the people just counted. Not before a noun ("another house"), nor without people counted
# before it in the sentence.
_NO_NOUN_AFTER = re.compile(
    r"\s*(?:[.,;:)!?]|$)|\s+(?:in|at|on|near|inside|outside|during|before|after|as|and|but"
    r"|while|when|with|from|by|who|later|too|nearby|critically|seriously|badly|slightly)\b",
    re.IGNORECASE)


def _another_of_those_counted(link: _Link, sentence: str, links: list[_Link]) -> bool:
    quantity = link.quantity
    return (link.how in ("pre", "coordinated") and quantity.text.strip().lower() == "another"
            and link.category in ("killed", "injured")
            and _NO_NOUN_AFTER.match(sentence, quantity.end) is not None
            and any(k.category in ("killed", "injured") and k.quantity.end <= quantity.start
                    for k in links))


# The verbs that revise a figure to a new one: "(later) raised to 5", "climbed to 14",
# "lowered to 24", "corrected to 16".
UPDATE_VERBS = r"(?:raised|revised|rose|risen|increased|updated|climbed|lowered|reduced|corrected)"
# "Three were killed (later raised to 5)": a bracketed update of the figure before it.
_UPDATED_TO_BEFORE = re.compile(
    rf"\b(?=[A-Za-z])(?:(?:later\s+|since\s+|then\s+|eventually\s+)?{UPDATE_VERBS}\s+"
    r"(?:(?:up|down)(?:wards?)?\s+)?to\s+$)", re.IGNORECASE)


# A tracker's field label: "Injured: 5", "Arrested: 1" after "Killed: 2".
_FIELD_LABEL_BEFORE = re.compile(
    r"(?:^|[\s;,.(-])(?:killed|dead|deaths|fatalities|injured|injuries|wounded|hurt|arrested"
    r"|arrests|detained|missing|unaccounted\s+for|hostages|abducted|kidnapped|displaced"
    r"|evacuated)"
    r"\s*(?::|\s[-\u2013\u2014]|[\u2013\u2014])\s*$", re.IGNORECASE)


# The condition of some of the people just counted, told after a comma: "injured three people,
# one critically", "six were taken to hospital, two with serious injuries", "two in critical
# condition". A share of the count, not more people ("fatally" is the split of the shot).
_CONDITION_SHARE_AFTER = re.compile(
    r"\s+(?:of\s+them\s+)?(?:(?:critically|seriously|severely|gravely|badly|slightly|lightly"
    r"|moderately)\b(?!\s+(?:injuring|wounding|hurting))"
    r"|with\s+(?:serious|critical|severe|grave|minor|life-threatening|non-life-threatening"
    r"|gunshot|stab)\s+(?:injuries|wounds)\b"
    r"|(?:are\s+|is\s+)?in\s+(?:a\s+)?(?:critical|serious|grave|stable)\s+condition\b)",
    re.IGNORECASE)


def _is_nested(quantity: Quantity, sentence: str) -> bool:
    if _UPDATED_TO_BEFORE.search(sentence, max(0, quantity.start - 40), quantity.start):
        return False
    before = sentence[max(0, quantity.start - 30):quantity.start]
    if _FIELD_LABEL_BEFORE.search(before):
        return False  # "Killed: 2; Injured: 5": a field of its own, not a breakdown of the 2
    if before.rstrip().endswith(",") and _CONDITION_SHARE_AFTER.match(sentence, quantity.end):
        return True  # "injured three people, one critically": the one is of the three
    after = sentence[quantity.end:quantity.end + 20]
    in_brackets = re.search(r"\([^()]{0,60}$", sentence[max(0, quantity.start - 60):
                                                          quantity.start])
    # "6 villagers (3 men, 2 women and a boy)": a breakdown of the count before it
    return bool(_NESTED_BEFORE.search(before) or _NESTED_AFTER.match(after) or in_brackets)


# "No one was killed or injured", "nobody was hurt or killed": neither, each a zero. The nouns
# too: "no injuries or deaths were reported", "no deaths or injuries", "no fatalities or
# casualties".
_NEITHER_OTHER = re.compile(r"\s*,?\s*(?:or|nor)\s+(?:any\s+)?(?:(?P<injured>injured|wounded|hurt"
                            r"|injuries)|(?P<killed>killed|dead|deaths|fatalities))\b",
                            re.IGNORECASE)


def _zero_of_the_other(link: _Link, sentence: str) -> list[_Link]:
    if link.quantity.value != 0:
        return []
    other = _NEITHER_OTHER.match(sentence, link.trigger_end)
    if other is None:
        return []
    category = "killed" if other.group("killed") else "injured"
    if category == link.category:
        return []
    return [_Link(link.quantity, category, other.start(), other.end(), link.how)]


# A report that sets a figure: "officials put confirmed deaths at 23", "witnesses placed the
# number of dead at 40", "the ministry estimated the death total at 12". ("put the death toll
# at" is a toll trigger already.)
_FIGURE_PUT_AT_BEFORE = re.compile(
    r"\b(?=[A-Za-z])(?:put|puts|putting|placed|place|places|placing|held|hold|holds|holding|estimated"
    r"|estimate|estimates|estimating|set|sets|setting)\s+(?:the\s+|their\s+|its\s+)?"
    r"(?:(?:confirmed|official|overall|final|total|provisional|new|latest)\s+)*"
    r"(?:(?P<killed>deaths|fatalities|dead|death\s+(?:total|figure|count|tally)"
    r"|number\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities|(?:people|those)\s+killed))"
    r"|(?P<injured>injuries|injured|wounded|number\s+of\s+(?:the\s+)?(?:injured|wounded)))"
    r"\s+(?:at|to)\s+(?:about\s+|around\s+|some\s+)?$", re.IGNORECASE)

# An attempt is no death: "attempted murder of", "the attempted killing of", "attempt to kill".
_ATTEMPTED_BEFORE = re.compile(r"\b(?=[A-Za-z])"
                               r"(?:attempted|attempts?\s+(?:at|to))\s+$", re.IGNORECASE)
_KILLING_AND_INJURING = re.compile(
    r"\b(?=[A-Za-z])(?:killing|killed|kills)\s+and\s+(?:injuring|wounding|injured|wounded)\s*$|"
    r"\b(?:injuring|wounding|injured|wounded)\s+and\s+(?:killing|killed)\s*$", re.IGNORECASE)


_BODY_PART_AFTER = re.compile(
    rf"\s+(?:[\w-]+\s+)?(?:{'|'.join(sorted(BODY_PARTS, key=len, reverse=True))})s?\b",
    re.IGNORECASE)
# A life lost for each one counted: "cost four young men their lives", "cost 37 lives" (the
# verb and "lives" around the count; "claimed the lives of" is triggers.PRE_KILLED's; "takes 2
# lives" is left out: it is mostly a headline of a linked story).
_COST_BEFORE = re.compile(r"\b(?=[A-Za-z])(?:cost|costs|costing)\s+$", re.IGNORECASE)
_LIVES_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+(?:(?:their|his|her)\s+)?lives\b",
                          re.IGNORECASE)
# People whose fate is told unknown (triggers.FATE_UNKNOWN): the figure sits between the
# noun and the state.
_FATE_BEFORE = re.compile(r"\b(?=[A-Za-z])(?:fate|whereabouts)\s+of\s+(?:the\s+|some\s+)?$",
                          re.IGNORECASE)
_UNKNOWN_AFTER = re.compile(
    r"(?:\s+(?!(?:and|but|while)\b)[\w,'’-]+){0,6}?\s+(?:is|are|was|were|remains?|remained)"
    r"\s+(?:still\s+)?(?:unknown|unclear|not\s+known)\b", re.IGNORECASE)
# A side's losses told by "lose" and its armed people: "the group lost 13 fighters", "the army
# loses two soldiers a week", "rebels lost at least 20 men". Only the people of a force: a
# party losing members, a team losing players, lose them otherwise. Not the gerund of a
# clause after a killing ("killing six kidnappers and losing two men"): the phenomenon cases
# read it as no count of its own.
_LOST_BEFORE = re.compile(r"\b(?=[A-Za-z])(?:lost|lose|loses)\s+$", re.IGNORECASE)
_ARMED_PEOPLE_AFTER = re.compile(
    rf"(?:\s+(?!(?:to|in|from|of|and)\b)[\w'’-]+){{0,2}}?\s+{ARMED_PEOPLE}\b"
    r"(?!\s+to\s+(?:desertion|defection|injur))", re.IGNORECASE)
# A participle fronted before its auxiliary at the start of the sentence: "Killed were 14
# soldiers", "Detained were 9 members". The state is any trigger word of a category (POST_RE).
_INVERTED_PASSIVE = re.compile(
    r"^\s*(?P<state>[A-Za-z]+)"
    r"\s+(?:were|was|are|is)\s+(?:(?:a\s+)?total\s+of\s+)?$", re.IGNORECASE)


def _link_one(quantity: Quantity, sentence: str, links: list[_Link],
              others: frozenset[int] = frozenset()) -> list[_Link]:
    update = _UPDATED_TO_BEFORE.search(sentence, max(0, quantity.start - 40), quantity.start)
    if update is not None and links and sentence.rfind("(", 0, quantity.start) > \
            links[-1].quantity.end:
        # "Three persons were killed (later raised to 5)": the figure's new value
        return [_Link(quantity, links[-1].category, update.start(), update.end(), "pre")]
    offset = max(0, quantity.start - 90)
    before = sentence[offset:quantity.start]
    put_at = _FIGURE_PUT_AT_BEFORE.search(before)
    if put_at is not None:
        # "officials put confirmed deaths at 23": the figure the report gives
        category = "injured" if put_at.group("injured") else "killed"
        return [_Link(quantity, category, offset + put_at.start(), offset + put_at.end(), "pre")]
    pre = PRE_RE.search(before)
    if pre is None and offset > 0 and _FIGURE_NOUN_FAR.search(
            sentence, max(0, quantity.start - _FAR_REACH), offset + 20):
        # a figure's noun and its verb up to 14 words apart ("the number of confirmed dead from
        # Monday's landslide in ... department rose to | 26", triggers._UP_TO_ITS_VERB): read
        # from further back only when such a noun is there, so other numbers cost no more
        offset = max(0, quantity.start - _FAR_REACH)
        before = sentence[offset:quantity.start]
        pre = PRE_RE.search(before)
    if pre is not None and links and links[-1].how == "post" and \
            links[-1].trigger_end > offset + pre.start():
        pre = None  # "1 killed 3 injured": "killed" already belongs to the 1
    if pre is not None and _ATTEMPTED_BEFORE.search(sentence, max(0, offset + pre.start() - 30),
                                                    offset + pre.start()):
        return []  # "charges of attempted murder of a deputy": no one died
    if pre is not None and pre.group(0).lower().startswith("charg") and \
            not _CHARGE_AFTER.match(sentence, quantity.end):
        pre = None  # a charge of the baton or the horse: "charged 300 protesters with batons"
    if pre is not None and pre.group(0).lower().rstrip().endswith(" to") and \
            _BODY_PART_AFTER.match(sentence, quantity.end):
        return []  # "wounds to both knees", "burns to both hands": a body's parts, not people
    if pre is not None:
        start, end = offset + pre.start(), offset + pre.end()
        both = _KILLING_AND_INJURING.search(before)
        if both is not None:  # "killing and wounding a number of fighters": both categories
            start = offset + both.start()
            return [_Link(quantity, "killed", start, end, "pre"),
                    _Link(quantity, "injured", start, end, "pre")]
        category = _group_name(pre)
        if category == "injured" and _FATAL_PARTICLE.match(sentence, quantity.end):
            category = "killed"  # "shot three men dead", "beat two people to death"
        return [_Link(quantity, category, start, end, "pre")]
    cost = _COST_BEFORE.search(before)
    if cost is not None and _LIVES_AFTER.match(sentence, quantity.end):
        # "cost four young men their lives", "took 37 lives": a life for each one counted
        return [_Link(quantity, "killed", offset + cost.start(), offset + cost.end(), "pre")]
    fate = _FATE_BEFORE.search(before)
    unknown = _UNKNOWN_AFTER.match(sentence, quantity.end) if fate is not None else None
    if fate is not None and unknown is not None and not _SOUGHT_SUSPECTS.search(
            sentence, quantity.end, unknown.end()):
        # "the fate of 9 people is still unknown": missing; not "the whereabouts of 5
        # escaped inmates are unknown", wanted by the police
        return [_Link(quantity, "missing", offset + fate.start(), offset + fate.end(), "pre")]
    lost = _LOST_BEFORE.search(before)
    if lost is not None and _ARMED_PEOPLE_AFTER.match(sentence, quantity.end):
        # "the group lost 13 fighters", "the army lost two soldiers": a side's dead
        return [_Link(quantity, "killed", offset + lost.start(), offset + lost.end(), "pre")]
    inverted = _INVERTED_PASSIVE.search(before)
    if inverted is not None and offset == 0:
        # "Killed were 14 soldiers", "Arrested were nine men": the participle fronted before
        # its auxiliary and its subject ("Among those arrested were 167 ..." is a share of a
        # figure told before, and stays unread)
        trigger = POST_RE.fullmatch(inverted.group("state"))
        if trigger is not None:
            return [_Link(quantity, _group_name(trigger), offset + inverted.start("state"),
                          offset + inverted.end("state"), "pre")]
    split = _SPLIT_VERB_BEFORE.search(before)
    if split is not None and _FATAL_PARTICLE.match(sentence, quantity.end):
        # "burned five people alive", "gunned the two men down": the verb alone counts
        # nothing ("burned 20 houses"), the particle after the object makes it a killing.
        return [_Link(quantity, "killed", offset + split.start(), offset + split.end(), "pre")]
    coordinated = _coordinated(quantity, sentence, links)
    post = _link_post(quantity, sentence, others)
    if coordinated is not None and not _has_own_verb(quantity, sentence, coordinated, post):
        return [coordinated]
    if post is None:
        post = _gapped_after_its_place(quantity, sentence, links)
    return [post] if post is not None else []


# Gapping after a participle: "three drowned in Kavala and two in Drama", "four were killed at
# the market and six at the checkpoint". The second number's verb is the first's, left out
# before a place phrase of the same kind as the one after the first verb.
_PLACE_PHRASE = r"(?:in|at|near|on|outside|inside|from|along)\s+[^,;.()]{1,40}?"
_PLACE_THEN_AND = re.compile(rf"\s+{_PLACE_PHRASE}\s*,?\s+(?:and|while)\s+$", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;.:()]")
_PLACE_AFTER = re.compile(r"\s+(?:more\s+|others?\s+)?(?:in|at|near|on|outside|inside|from"
                          r"|along)\s+\S", re.IGNORECASE)


def _gapped_after_its_place(quantity: Quantity, sentence: str, links: list[_Link]
                            ) -> _Link | None:
    if not links or links[-1].how != "post" or quantity.article or quantity.singular:
        return None
    previous = links[-1]
    if not (previous.quantity.end <= previous.trigger_start
            and _PLACE_THEN_AND.fullmatch(sentence, previous.trigger_end, quantity.start)
            and _PLACE_AFTER.match(sentence, quantity.end)):
        return None
    clause_end = _CLAUSE_END.search(sentence, quantity.end)
    if _FINITE_BEFORE_TRIGGER.search(sentence, quantity.end,
                                     clause_end.start() if clause_end else len(sentence)):
        return None  # "two died in the fire and 40 in the weeks after were treated": own verb
    return _Link(quantity, previous.category, previous.trigger_start, previous.trigger_end,
                 "coordinated")


_FAR_REACH = 150
_FIGURE_NOUN_FAR = re.compile(r"\b(?:number|count|tally)\s+of\b", re.IGNORECASE)


# A conjunct with its own finite verb between its number and a casualty word of another
# category is a clause of its own, not more objects of the verb before "and": "killed two
# workers, and some 2,000 residents were evacuated" (2 killed, 2,000 displaced), "the toll
# stands at 53 and 81 people have been injured". Only an auxiliary or a finite state verb
# marks the clause: "killing 12 soldiers and 30 wounded civilians" stays a list. Not when the
# first verb is in a relative clause: "a man wounded in an ambush that killed five adults and
# an unborn child has now been arrested" (the main verb is the man's).
# "IS" in capitals is the Islamic State, not the verb: "15 IS fighters and 3 Kurdish fighters
# were killed" is one clause.
_NOT_IS_IN_CAPITALS = r"(?<!(?-i:IS))"
_FINITE_BEFORE_TRIGGER = re.compile(
    r"\b(?=[A-Za-z])(?:were|was|are|is|have|has|had|remain|remains|remained)\b"
    rf"{_NOT_IS_IN_CAPITALS}", re.IGNORECASE)
_RELATIVE_BEFORE = re.compile(r"\b(?=[A-Za-z])(?:that|which|who)\s+(?:[\w-]+\s+){0,2}$",
                              re.IGNORECASE)


def _has_own_verb(quantity: Quantity, sentence: str, coordinated: _Link,
                  post: _Link | None) -> bool:
    return (post is not None and post.category != coordinated.category
            and post.how == "post"
            and _FINITE_BEFORE_TRIGGER.search(sentence, quantity.end, post.trigger_start + 1)
            is not None
            and _RELATIVE_BEFORE.search(sentence, max(0, coordinated.trigger_start - 40),
                                        coordinated.trigger_start) is None)


_ADVERB_GAP = re.compile(r"\s+(?:(?:\w+ly|more|others?|additional)\s+)?")


def _own_trigger_after(quantity: Quantity, sentence: str, category: str
                       ) -> re.Match[str] | None:
    """A casualty word of another category right after the number ("a dozen wounded")."""
    gap = _ADVERB_GAP.match(sentence, quantity.end)
    trigger = POST_RE.match(sentence, gap.end()) if gap is not None else None
    if trigger is None or _group_name(trigger) == category:
        return None
    return trigger


def _group_name(match: re.Match[str]) -> str:
    for category in CATEGORIES:
        if match.group(category) is not None:
            return category
    raise ValueError(f"trigger match without a category group: {match.group(0)!r}")


def _coordinated(quantity: Quantity, sentence: str, links: list[_Link]) -> _Link | None:
    if not links or links[-1].how not in ("pre", "coordinated"):
        return None
    previous = links[-1]
    gap = sentence[previous.quantity.end:quantity.start]
    if quantity.article and not re.search(r"\band\b", gap):
        return None  # "killing a local teen, an innocent bystander": the same person
    if _CONFIRMED_AFTER_RE.match(sentence, quantity.end):
        return None  # "killed scores of attackers, 27 confirmed": a part (_confirmed_parts)
    if _COORDINATION.match(gap) and not POST_RE.search(gap) and not PRE_RE.search(gap + " "):
        own = _own_trigger_after(quantity, sentence, previous.category)
        if own is not None:
            # "killed 12 soldiers and a dozen badly wounded": the number after "and" has its
            # own participle, an elliptical clause ("a dozen [were] wounded").
            return _Link(quantity, _group_name(own), own.start(), own.end(), "post")
        return _Link(quantity, previous.category, previous.trigger_start,
                     previous.trigger_end, "coordinated")
    return None


_WORD_RE = re.compile(r"[\s,]*\(?([\w'’./&-]+)\)?")
# The main verb after a reduced relative ("people reported missing had been found", "those
# taken hostage were freed"): the people are no longer missing or held.
_FOUND_AFTER = re.compile(
    r"(?:\s+(?!(?:and|but|while|as)\b)\w+){0,2}?\s+(?:(?:had|have|has)\s+)?(?:been|were|was"
    r"|are|is)\s+(?:\w+ly\s+)?(?:found|located|rescued|freed|released|traced|accounted\s+for"
    r"|reunited|returned)\b"
    # "pupils abducted from a school in Kuriga escaped": the main verb frees them.
    r"|(?:\s+(?!(?:and|but|while|as|who|which)\b)\w+){0,6}?\s+(?:escaped|broke\s+free"
    r"|walked\s+free|were\s+set\s+free)\b", re.IGNORECASE)
# "Eight more survivors found in the landslide, 17 still missing": the eight were found.
_FOUND_BETWEEN = re.compile(
    r"\b(?=[A-Za-z])"
    r"(?:found|located|rescued|freed|released|pulled|traced|survivors?)\b", re.IGNORECASE)
_FOUND_BEFORE = re.compile(
    r"\b(?=[A-Za-z])(?:found|located|rescued|freed|released|traced|reached)\s+(?:all\s+)?(?:the\s+)?"
    r"(?:last\s+|remaining\s+)?$", re.IGNORECASE)
# The particle that ends a split killing verb after its object: "shot three men dead",
# "hacked two farmers to death", "burned four people alive".
_FATAL_PARTICLE = re.compile(
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:dead|to\s+death|alive|down)\b(?!\s+(?:the|a|an)\s+"
    r"(?:road|street|hill|river|stairs|corridor)\b)", re.IGNORECASE)
_SPLIT_VERB_BEFORE = re.compile(
    r"\b(?=[A-Za-z])(?:burned|burnt|burning|gunned|gunning|hacked|hacking|beat|beating|clubbed|stoned"
    r"|mowed|mowing|buried|burying)\s+(?:the\s+|all\s+)?$", re.IGNORECASE)
# A finite verb between a number and the next one: the first number has its own predicate, so
# the second does not share a trigger with it ("11 soldiers and 2 civilians were killed" shares).
_OWN_PREDICATE = re.compile(
    rf"\b(?=[A-Za-z])(?:was|were|is|are|has|have|had|been)\b{_NOT_IS_IN_CAPITALS}", re.IGNORECASE)
# An item of a list that has its own participle before the comma: "4,100 households affected,
# 12,650 people displaced", "300 schools damaged, 2,000 people evacuated". Each number has its
# own predicate (a sitrep's key figures), so the next item's casualty word is not shared.
_OWN_PARTICIPLE_ENDS_ITEM = re.compile(
    r"\b(?=[A-Za-z])(?:[A-Za-z]{2,}(?:ed|en|ung|unk))(?:\s+(?:away|out|off|down|up))?\s*,\s*$",
                                       re.IGNORECASE)
_STOP_RE = re.compile(rf"^(?:{_STOP_WORDS})$", re.IGNORECASE)
_SPACE_RE = re.compile(r"[\s,]*(?:\([^()]{0,40}\)[\s,]*)?")


_BRACKETED = re.compile(r"\s*\([^()]{0,60}\)")
# A breakdown set off by commas is crossed like a bracket: "Eight persons, including a deputy
# treasurer of the local council, were killed" (its own people are linked as a nested subset).
_COMMA_BREAKDOWN = re.compile(
    r"\s*,\s*(?:including|among\s+(?:them|whom)|most\s+of\s+them|mostly)\b[^,;:()]{1,90},(?=\s)",
    re.IGNORECASE)
# A clause of its own before "fled": ", and the gunman fled", "as the attackers fled". The
# people counted before it are not the ones who fled.
_OTHER_SUBJECT_FLED = re.compile(
    r"(?:,\s*(?:and|but|while|as)\s+|\b(?:while|as|before|after|when)\s+)(?:the|a|an|his|her"
    r"|their|two|three|several|\w+)?\s*(?:[\w-]+\s+)?(?:gunm[ae]n|suspects?|shooters?|attackers?"
    r"|assailants?|robbers?|perpetrators?|driver|assailants|militants?|bandits?|culprits?"
    r"|he|she|they|police|officers)\s*$", re.IGNORECASE)


_WRONGDOERS = re.compile(
    r"\b(?:suspects?|gunm[ae]n|attackers?|assailants?|perpetrators?|robbers?|shooters?"
    r"|culprits?|thieves|burglars?|carjackers?)\b", re.IGNORECASE)
# An arrest right after "fled", with no subject of its own: "two fled and were later caught".
_CAUGHT_AFTER_FLEEING = re.compile(
    r"(?:\s+(?:on\s+foot|the\s+scene|the\s+area|in\s+a\s+car))?\s*(?:,\s*|\s+and\s+|\s+but\s+|,\s*but\s+|,\s*and\s+)(?:(?:later|were|was|all|both"
    r"|then|subsequently|eventually|soon|had\s+been|have\s+been|been|quickly)\s+){0,3}"
    r"(?P<arrest>arrested|caught|detained|apprehended|nabbed)\b", re.IGNORECASE)


# A time adverbial between the auxiliary and the participle: "eight traders were on Sunday
# morning killed", "five guards were in the early hours of Monday abducted", "were yesterday
# shot dead". Crossed only right after the auxiliary and only when the trigger comes next.
_AUXILIARY_BEFORE = re.compile(r"\b(?=[A-Za-z])(?:were|was|are|is|been)\s*$", re.IGNORECASE)
_DAY_WORD = (r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend|morning|afternoon|evening"
             r"|night|dawn|midnight")
_TIME_ADVERBIAL = re.compile(
    rf"\s*(?:yesterday|today|overnight|last\s+(?:{_DAY_WORD})"
    rf"|(?:(?:early|late)\s+)?(?:on|in|at|during|over|this)\s+(?:the\s+)?"
    rf"(?:(?:early|small|wee)\s+hours|{_DAY_WORD})"
    rf"(?:\s+(?:of\s+(?:the\s+day|{_DAY_WORD})|{_DAY_WORD}))?)\s*,?(?=\s)", re.IGNORECASE)


# A restrictive relative clause after one person, with its own verb, before the main passive:
# "a man who lived at the home was taken into custody", "a woman who fired at officers was
# arrested". Not a clause whose own verb is the passive ("who was shot").
_WHO_CLAUSE = re.compile(
    r"\s+who\s+(?!(?:was|were|is|are|been)\b|(?:had|has|have)\s+been\b)[^,;:.()]{1,60}?\s+"
    r"(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:later\s+|also\s+)?(?=[a-z])")
_NOUN_AND_WHO_CLAUSE = re.compile(rf"(?:\s+[\w'’-]+){{1,3}}?{_WHO_CLAUSE.pattern}")
_OWN_ACT = re.compile(OWN_ACT_BEFORE_ARREST)
_NOUN_AND_OWN_ACT = re.compile(rf"(?:\s+[\w'’-]+){{1,3}}?{OWN_ACT_BEFORE_ARREST}")


def _phrase_before_verb(sentence: str, quantity: Quantity) -> int | None:
    """Where the main verb starts after a count's participle phrase or "who" clause ("five
    men working for a firm | were", "a woman who fired at officers | was"), or None."""
    phrase = _REDUCED_RELATIVE.match(sentence, quantity.end)
    if phrase is None and quantity.singular:
        phrase = _WHO_CLAUSE.match(sentence, quantity.end) or _OWN_ACT.match(
            sentence, quantity.end)
    elif phrase is None and quantity.article:
        phrase = _NOUN_AND_WHO_CLAUSE.match(sentence, quantity.end) or _NOUN_AND_OWN_ACT.match(
            sentence, quantity.end)
    return phrase.end() if phrase is not None else None


# A participle phrase between the counted noun and its passive verb: "five men travelling to
# the market were arrested", "two workers employed by the firm were abducted". The noun is one
# or two words, the phrase has no clause break and no number of its own.
_REDUCED_RELATIVE = re.compile(
    r"(?:\s+[A-Za-z][\w'’-]*){1,2}?\s+"
    r"(?:(?!(?:follow|dur|includ|accord|regard|concern|pend|bring|leav)ing\b)[a-z]+ing|employed"
    r"|based|stationed|posted|deployed|hired|contracted)\b"
    r"(?:(?!\b(?:which|who|whom|whose|that|where|when|and|but|or|after|before)\b)[^,;:.()\d])"
    r"{0,50}?\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?=[a-z])")


# A past participle phrase or a relative clause of any verb between the counted noun and its
# main predicate: "the six fishermen swept out to sea by a wave on Sunday | have not been found",
# "the 14 villagers who were carried off by the torrent | remain missing", "four climbers caught
# in the slide | were killed". The phrase describes the people; the predicate after it tells
# their state. The noun is one to three words; the phrase has no clause break, number or
# conjunction, and its verb is a participle (a regular -ed form or an irregular one) or a
# "who"/"that" clause's passive.
_IRREGULAR_PARTICIPLES = (
    "swept|taken|caught|thrown|blown|held|struck|hit|left|driven|carried|buried|trapped"
    "|brought|borne|seen|stranded|stuck|cut|sent|flung|torn|born|known|hidden")
_PARTICIPLE_PHRASE = re.compile(
    r"(?:\s+[A-Za-z][\w'’-]*){1,3}?\s+"
    rf"(?:(?:who|that)\s+(?:were|was|had\s+been|have\s+been)\s+)?"
    rf"(?P<verb>[a-z]+ed|{_IRREGULAR_PARTICIPLES})"
    # a participle takes a particle or a preposition, never an object ("demanded an inquiry"
    # is an active verb)
    r"(?=\s+(?:by|in|into|inside|under|beneath|below|out|off|away|on|onto|at|from|near|during"
    r"|since|to|up|down|aboard|along|across|through|over|behind|while|last|overnight)\b)"
    r"(?:(?!\b(?:which|who|whom|whose|that|where|when|and|but|or|said|says|one|two|three|four"
    r"|five|six|seven|eight|nine|ten|dozens?|hundreds?)\b)[^,;:.()\d\"“”])"
    r"{0,90}?\s+(?=(?:were|was|had|have|has|are|is|remain|remains|remained|still)\b)")
_MAIN_AUX = re.compile(r"(?:(?:were|was|had|have|has|are|is|been|still|also|later|now)\s+)+")


def _link_post(quantity: Quantity, sentence: str,
               others: frozenset[int] = frozenset()) -> _Link | None:
    """The walk after the number (`_walk_to_trigger`), else the predicate after a participle
    phrase or relative clause of the counted people (`_PARTICIPLE_PHRASE`)."""
    link = _walk_to_trigger(quantity, sentence, others)
    if link is not None or quantity.singular or quantity.article:
        return link
    phrase = _PARTICIPLE_PHRASE.match(sentence, quantity.end)
    if phrase is None or POST_RE.match(sentence, phrase.start("verb")) is not None \
            or not any(names_people(w) for w in re.findall(r"[\w'’-]+", phrase.group(0))[:3]):
        return None
    trigger = POST_RE.match(sentence, phrase.end())
    if trigger is None:
        aux = _MAIN_AUX.match(sentence, phrase.end())
        trigger = POST_RE.match(sentence, aux.end()) if aux is not None else None
    if trigger is None or _is_active_verb(trigger, sentence, phrase.group(0)):
        return None
    category = _group_name(trigger)
    if category in ("missing", "hostages") and _FOUND_AFTER.match(sentence, trigger.end()):
        return None
    return _Link(quantity, category, trigger.start(), trigger.end(), "post")


# A casualty told as a counted noun ("3 deaths", "two fatalities"): a noun takes the number
# right before it, so an earlier number joined by "and" counts something else ("212 new cases").
_COUNT_NOUN_TRIGGER = re.compile(r"(?:deaths|fatalities|injuries|casualties|arrests)",
                                 re.IGNORECASE)
_ONE_OF_THE_DEAD = re.compile(r"\s+of\s+(?:the|those|these)\s+")
_POSSESSIVE_AND = re.compile(r"['’]s?\s+and\s")  # "11 soldiers' and 2 civilians' deaths"


def _walk_to_trigger(quantity: Quantity, sentence: str,
                     others: frozenset[int] = frozenset()) -> _Link | None:
    """Walk word by word after the number (at most 10 words) looking for a trigger. Another
    number on the way is crossed only after "and"/"," ("11 soldiers and 2 civilians")."""
    position = quantity.end
    if quantity.singular:  # "the perpetrator, who was killed in the shootout"
        relative = re.compile(r"\s*,\s*who\b").match(sentence, position)
        position = relative.end() if relative else position
    if quantity.singular or (quantity.article and PERSON_AFTER_ARTICLE_RE.match(
            sentence[position:position + 60])):
        restrictive = (_WHO_CLAUSE if quantity.singular else _NOUN_AND_WHO_CLAUSE).match(
            sentence, position)
        trigger = POST_RE.match(sentence, restrictive.end()) if restrictive else None
        if trigger is not None and _group_name(trigger) in ("arrested", "hostages", "missing"):
            # "a man who lived at the home was taken into custody": the person's own clause
            # comes first, the main verb after it tells what happened to the person
            return _Link(quantity, _group_name(trigger), trigger.start(), trigger.end(), "post")
        own_act = (_OWN_ACT if quantity.singular else _NOUN_AND_OWN_ACT).match(sentence, position)
        trigger = POST_RE.match(sentence, own_act.end()) if own_act else None
        if trigger is not None and _group_name(trigger) == "arrested":
            # "the other driver fled and was later arrested", "a man who opened fire, killing
            # two, was arrested" (subjects.OWN_ACT_BEFORE_ARREST)
            return _Link(quantity, "arrested", trigger.start(), trigger.end(), "post")
    reduced = _REDUCED_RELATIVE.match(sentence, position)
    trigger = POST_RE.match(sentence, reduced.end()) if reduced is not None else None
    if reduced is not None and trigger is not None and not _is_active_verb(
            trigger, sentence, reduced.group(0)):
        # "Three contractors working for a water project were kidnapped": the -ing phrase
        # describes the people; the passive after it tells what happened to them
        return _Link(quantity, _group_name(trigger), trigger.start(), trigger.end(), "post")
    for _ in range(11):
        bracket = _BRACKETED.match(sentence, position) or _COMMA_BREAKDOWN.match(
            sentence, position)
        if bracket is not None:
            position = bracket.end()  # "twelve (a figure later raised to 55) are dead"
        at = _SPACE_RE.match(sentence, position)
        begin = at.end() if at else position
        if begin in others and begin != quantity.start and re.search(
                r"^\s+of\s*$", sentence[quantity.end:begin]):
            return None  # "one of five people shot": the five are the count
        if begin in others and begin != quantity.start and (not re.search(
                r"(?:\band|,|&|\bor|\bincluding|\bincl\.)\s*$", sentence[quantity.end:begin])
                or _OWN_PREDICATE.search(sentence, quantity.end, begin)
                or _OWN_PARTICIPLE_ENDS_ITEM.search(sentence, quantity.end, begin)) \
                and not _article_of_a_thing(sentence, begin):
            return None  # "Three were found alive, and two remain missing": two predicates
        if re.match(r"[;:\"“”]", sentence[position:begin + 1].strip(" ,") or " "):
            return None
        trigger = POST_RE.match(sentence, begin)
        if trigger is None and _AUXILIARY_BEFORE.search(sentence, quantity.end, position):
            adverbial = _TIME_ADVERBIAL.match(sentence, position)
            after = _SPACE_RE.match(sentence, adverbial.end()) if adverbial else None
            if after is not None:
                trigger = POST_RE.match(sentence, after.end())
        if trigger is not None:
            if _is_active_verb(trigger, sentence, sentence[quantity.end:trigger.start()]):
                return None
            if _COUNT_NOUN_TRIGGER.fullmatch(trigger.group(0)) and any(
                    quantity.end < other < trigger.start() for other in others) and not (
                    _POSSESSIVE_AND.search(sentence, quantity.end, trigger.start())
                    or _PEOPLE_AFTER.match(sentence, quantity.end)):
                return None  # "212 new cases and 3 deaths": a count noun heads its own
                # number; people are shared ("25 ADF fighters and 6 military fatalities")
            if quantity.text.lower() == "one" and _ONE_OF_THE_DEAD.fullmatch(
                    sentence, quantity.end, trigger.start()) and \
                    trigger.group(0).lower() in ("bodies", "dead", "corpses"):
                return None  # "near one of the bodies": one of the dead already counted
            if ")" in sentence[quantity.end:trigger.start()] and \
                    "(" not in sentence[quantity.end:trigger.start()]:
                return None  # "(two of them critically), unaccounted for - 1": a number in
                # brackets is told of inside them
            if _SENTENCED_BEFORE.search(sentence, max(0, quantity.start - 40), quantity.start) \
                    and trigger.group(0).lower().endswith("death"):
                return None  # "sentenced five men to death": a punishment, nobody died
            category = _group_name(trigger)
            if category == "displaced" and quantity.article and \
                    quantity.text.split()[0].lower() in ("a", "an"):
                return None  # "attacked a police checkpoint and took refuge": displacement
                # is told of groups; one person "a" fleeing is an actor leaving a scene
            if category == "displaced" and _OTHER_SUBJECT_FLED.search(
                    sentence, quantity.end, trigger.start()):
                return None  # "including two children, and the gunman fled": he fled
            caught = _CAUGHT_AFTER_FLEEING.match(sentence, trigger.end()) \
                if category == "displaced" else None
            if caught is not None:
                # "the other 2 fled, later arrested": people fleeing the police, not their
                # homes; the arrest told after them, its subject left out, is theirs
                return _Link(quantity, "arrested", caught.start("arrest"), caught.end("arrest"),
                             "post")
            if category == "displaced" and _WRONGDOERS.search(
                    sentence, quantity.end, trigger.start()):
                return None  # "two suspects fled the scene": from the police, not their homes
            if category in ("missing", "hostages") and (
                    _FOUND_AFTER.match(sentence, trigger.end())
                    or _FOUND_BETWEEN.search(sentence, quantity.end, trigger.start())
                    or _FOUND_BEFORE.search(sentence, max(0, quantity.start - 40),
                                            quantity.start)):
                return None  # "people reported missing had been found", "found the three
                # missing hikers": no longer missing
            return _Link(quantity, category, trigger.start(), trigger.end(), "post")
        word = _WORD_RE.match(sentence, position)
        if word is not None and not quantity.singular and not quantity.article and \
                word.group(1).lower() in ("who", "that"):
            # the clause of the counted noun itself, right after its phrase ("two teenage
            # boys who"), not of a later noun ("One of the officers returned fire, striking
            # <Name>, who was killed")
            if not _NOUN_PHRASE_GAP.fullmatch(sentence, quantity.end, word.start(1)):
                return None
            return _relative_clause_trigger(quantity, sentence, word.end())
        # "US" in capitals is the country, not the pronoun "us": "4 US soldiers"; "accused"
        # right after the number is the noun of the people ("three accused have been
        # arrested"), not the verb of "two men accused of theft"
        if word is None or (_STOP_RE.match(word.group(1)) and word.group(1) != "US"
                            and not (position == quantity.end
                                     and _ACCUSED_AS_NOUN.match(sentence, word.start(1)))) or (
                word.group(1).endswith(".") and word.group(1).lower() != "incl."):
            return None
        position = word.end()
    return None


# What follows the people of a charge brought against them: the offence or the case ("charged
# three men with murder", "over the robberies", "in connection with the attack"), not the
# weapons of a baton charge ("charged 300 protesters with batons").
_CHARGE_AFTER = re.compile(
    r"(?:\s+[\w-]+){1,4}?\s+(?:with|over|in\s+connection)\b(?!\s+(?:(?:their|the|his)\s+)?"
    r"(?:batons|sticks|canes|lathis|clubs|truncheons|horses|tear\s*gas|bayonets)\b)",
    re.IGNORECASE)
_ACCUSED_AS_NOUN = re.compile(r"accused\s+(?:have|has|had|were|was|are|is)\b", re.IGNORECASE)


# A verb that may be active ("who shot dead", "who abducted"): in a relative clause it tells
# the counted people's state only after a passive auxiliary ("who were shot").
_ACTIVE_CAPABLE = re.compile(
    rf"^(?:{'|'.join(_PAST_AND_PARTICIPLE)}|gunned|beaten|hacked|burned|burnt|butchered"
    r"|snatched|seized|forced|driven|electrocuted|asphyxiated|decapitated)\b", re.IGNORECASE)
_PASSIVE_AUX = re.compile(r"\b(?:were|was|been|being|are|is|got|get)\b", re.IGNORECASE)
_HOSPITAL_CARE = re.compile(r"\bhospital|\bcondition\b|\btreated\b", re.IGNORECASE)
_NOUN_PHRASE_GAP = re.compile(r"(?:\s+[\w'’-]+){0,4}\s*,?\s*")
# Words a counted noun phrase may hold besides its person noun: "two teenage boys", "the 40
# young protesters", "three other people".
_NOUN_PHRASE_WORDS = frozenset({
    "other", "more", "young", "teenage", "elderly", "adult", "armed", "unarmed", "local",
    "foreign", "injured", "wounded", "suspected", "alleged", "male", "female", "older",
    "younger", "unidentified", "unknown", "of", "the", "them", "those", "these", "all"})
# The auxiliaries and adverbs between a relative pronoun and its clause's predicate.
_RELATIVE_AUX = re.compile(
    r"(?:\s+(?:were|was|have|has|had|been|are|is|being|still|later|reportedly|allegedly|all"
    r"|went|got|remain|remained|remains|subsequently|eventually|then|also|either)\b){0,3}\s+")
# The people of a relative clause of going missing or being held, found or freed by the main
# verb: "three hikers who went missing on Friday were found alive".
_FREED_AFTER = re.compile(
    r"\b(?:were|was|have\s+been|had\s+been|has\s+been|are|is)\s+(?:\w+ly\s+)?(?:found|located"
    r"|rescued|freed|released|traced|accounted\s+for|reunited|returned)\b|\b(?:escaped"
    r"|broke\s+free|walked\s+free|turned\s+up)\b", re.IGNORECASE)


def _relative_clause_trigger(quantity: Quantity, sentence: str, after_pronoun: int
                             ) -> _Link | None:
    """The counted noun reaches its state through a relative clause whose predicate is a
    trigger of any category: "the 9 miners who perished", "two men who were shot", "40
    protesters who were detained", "300 villagers who fled". Not an active verb with its own
    object ("two gunmen who killed three soldiers": the gunmen are the agents)."""
    aux = _RELATIVE_AUX.match(sentence, after_pronoun)
    if aux is None:
        return None
    trigger = POST_RE.match(sentence, aux.end())
    if trigger is None or _HOSPITAL_CARE.search(trigger.group(0)):
        return None  # "victims, who were taken to hospital": the dead may be among them
    if trigger.group(0).lower() in ("fled", "flee"):
        return None  # "two suspects who fled": from the scene, not from their homes
    if not all(names_people(w) or w.lower() in _NOUN_PHRASE_WORDS or w[:1].isdigit()
               for w in re.findall(r"[\w'’-]+", sentence[quantity.end:after_pronoun])[:-1]) \
            or not any(names_people(w) for w in re.findall(
                r"[\w'’-]+", sentence[quantity.start:after_pronoun])):
        return None  # "one the suspect vehicle that was captured": no people
    if _ACTIVE_CAPABLE.search(trigger.group(0)) and not _PASSIVE_AUX.search(aux.group(0)):
        return None  # "two men who allegedly shot dead a trader": the relative is the agent
    category = _group_name(trigger)
    if category in ("missing", "hostages") and _FREED_AFTER.search(
            sentence, trigger.end(), trigger.end() + 120):
        return None  # no longer missing or held
    return _Link(quantity, category, trigger.start(), trigger.end(), "post")


def _without_articles_crossed_to_the_verb(sentence: str, links: list[_Link]) -> list[_Link]:
    """"A staff member of a UN agency was shot dead": the article of the thing in the "of"
    phrase, which the walk from the counted people crossed (`_article_of_a_thing`), is not
    more people of the same verb ("three men and a woman were arrested" are four)."""
    return [link for link in links if not (
        link.quantity.article and link.how == "post"
        and _ARTICLE_OF_A_THING.match(sentence, link.quantity.start) is not None and any(
            other is not link and other.how == "post"
            and other.trigger_start == link.trigger_start
            and other.quantity.end <= link.quantity.start for other in links))]


# "Two staff of an international charity were abducted": the article inside the counted
# people's "of" phrase names a thing, not more people, so the walk to the verb crosses it.
_ARTICLE_OF_A_THING = re.compile(r"(?<=\bof\s)an?\s", re.IGNORECASE)


def _article_of_a_thing(sentence: str, begin: int) -> bool:
    article = _ARTICLE_OF_A_THING.match(sentence, begin)
    return article is not None and PERSON_AFTER_ARTICLE_RE.match(
        sentence[article.end() - 1:article.end() + 60]) is None


# A death sentence is no death: "the court sentenced five men to death", "condemned the two
# to death in absentia" (the deaths of the crime they were sentenced for are counted apart).
_SENTENCED_BEFORE = re.compile(r"\b(?=[A-Za-z])(?:sentenc|condemn)\w*\s+(?:[\w'’-]+\s+){0,3}$",
                               re.IGNORECASE)


def _is_active_verb(trigger: re.Match[str], sentence: str, gap: str) -> bool:
    words = trigger.group(0).split()
    # "a militant stabbed to death a police colonel": the particle before the object
    if not (_AMBIGUOUS_VERB.match(words[-1]) or trigger.group(0).lower().startswith(
            ("shot dead", "gunned down")) or (len(words) > 1 and trigger.group(0).lower().endswith(
                ("to death", "alive")))):
        return False
    if _PASSIVE_END.search(gap):
        return False
    if not gap.strip() and _BARE_NUMBER_BEFORE.search(
            sentence, max(0, trigger.start() - 30), trigger.start()) and \
            _participle_before_people(sentence, trigger.end()):
        return False  # "rebels release 4 kidnapped soldiers": a participle before its noun
    return bool(_OBJECT_AFTER.match(sentence[trigger.end():trigger.end() + 30]))


_NEXT_WORD = re.compile(r"\s+([A-Za-z-]+)\b")
# The number alone right before the participle ("4 kidnapped"), not a person told by an
# article and a noun ("A man shot dead two relatives").
_BARE_NUMBER_BEFORE = re.compile(
    r"(?:\b\d[\d,]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen"
    r"|twenty|thirty|forty|fifty|dozens|scores|hundreds))\s+$", re.IGNORECASE)


def _participle_before_people(sentence: str, end: int) -> bool:
    """A participle right after the number and right before a plural person noun modifies the
    noun ("12 wounded soldiers", "4 kidnapped aid workers"); an active verb has its agent
    between the number and itself ("two gunmen kidnapped three workers")."""
    word = _NEXT_WORD.match(sentence, end)
    if word is None:
        return False
    noun = word.group(1)
    if noun.lower() in ("people", "persons", "men", "women", "children"):
        return True
    following = _NEXT_WORD.match(sentence, word.end())
    if following is not None and names_people(following.group(1)) and following.group(
            1).lower().endswith("s"):
        noun = following.group(1)  # "4 kidnapped aid workers"
    return noun.lower().endswith("s") and names_people(noun)


_DIED_LATER = re.compile(
    r"^(?:(?!\b(?:one|two|three|another|others?|\d+)\b)[^.;]){0,80}?\b(?:later\s+died"
    r"|died\s+(?:of|from)\s+(?:his|her|their|the)\s+(?:injuries|wounds)|succumbed"
    r"|died\s+(?:later|at|in)\b|was\s+pronounced\s+dead|were\s+pronounced\s+dead)",
    re.IGNORECASE)


# "one of three people shot", "two of the five wounded": the number is the group a death
# later in the sentence picks its member from, not the dead.
_MEMBER_OF = re.compile(r"\b(?:one|two|three|\d+)\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def _shares_after(link: _Link, sentence: str, at: int, adverb_only: bool = False
                  ) -> list[_Link] | None:
    """The people shot split by the share told at `at` ("..., one fatally"): the survivors and
    the dead; [link] when the share is more than the whole; None without a share. With
    `adverb_only`, only a share told by its manner adverb ("one fatally") splits."""
    split = _SPLIT_FATAL.match(sentence[at:])  # anchored at its start ("^")
    if split is None or (adverb_only and _FATAL_ADVERB_END.search(split.group(0)) is None):
        return None
    dead = dead_of_share(split.group("q"), link.quantity.value)
    if dead is None:
        return [link]
    q = link.quantity
    killed = replace(q, value=dead, low=dead, high=dead, qualifier="exact")
    injured = replace(q, value=q.value - dead, low=q.value - dead, high=q.value - dead)
    return [replace(link, quantity=injured, how="survivors"),
            _Link(killed, "killed", at + split.start("q"), at + split.end(), "split")]


_OBJECT_NOUN_TO_COMMA = re.compile(r"(?:\s+(?!(?:one|two|three|both)\b)[A-Za-z][\w'’-]*){0,3}?"
                                   rf"(?=\s*,|\s+{_PLACE_PREPOSITION}\s)")


# The verbs of wounding a share of dead splits ("four were stabbed, one fatally", "seven
# wounded, three of them mortally"): the share died, the rest survived.
_WOUNDING_VERB_END = re.compile(r"\b(?:shot|stabbed|wounded|injured|hit|struck|hurt)\s*$")
# A verb that already says its people survived (injured, wounded, hurt) is split only by a
# manner adverb ("seven wounded, three of them mortally"): "Four people were injured and one was
# killed" tells a fifth person, not a share of the four.
_SURVIVAL_VERB_END = re.compile(r"\b(?:wounded|injured|hurt)\s*$")
_FATAL_ADVERB_END = re.compile(r"(?:fatally|mortally|fatal)$", re.IGNORECASE)


def _split_fatal(link: _Link, sentence: str) -> list[_Link]:
    """"Two teens were shot, one fatally": one killed, the rest injured."""
    trigger = sentence[link.trigger_start:link.trigger_end].lower()
    after = sentence[link.trigger_end:]
    if link.category == "injured" and _MEMBER_OF.search(sentence[:link.quantity.start]):
        return [link]  # "a man who was one of three people shot ... has died": the one died
    if link.category == "injured" and _DIED_LATER.match(after):
        return [replace(link, category="killed")]
    if link.category == "injured" and link.how == "pre" and re.match(
            r"[^,.;]{0,40}?\bto\s+death\b", sentence[link.quantity.end:]):
        return [replace(link, category="killed")]  # "stabbed a man to death"
    if link.category != "injured" or not _WOUNDING_VERB_END.search(trigger):
        return [link]
    adverb_only = _SURVIVAL_VERB_END.search(trigger) is not None
    if link.how == "pre":
        # the active verb: "a gunman who shot three people, one fatally": the share after the
        # object's noun (at most three words up to the comma)
        noun = _OBJECT_NOUN_TO_COMMA.match(sentence, link.quantity.end)
        shares = _shares_after(link, sentence, noun.end(), adverb_only) \
            if noun is not None else None
        if shares is not None:
            return shares
    shares = _shares_after(link, sentence, link.trigger_end, adverb_only)
    if shares is not None:
        return shares
    if not trigger.endswith("shot"):
        return [link]
    if _FATAL_AFTER_SHOT.match(after) and not _ANOTHER_SUBJECT_DEAD.match(after):
        return [replace(link, category="killed")]
    return [link]


# "Four shot, man dead": a new subject after the comma is the one who died, not the four.
# "A guard was shot in the arm and a boy killed": likewise after "and", somewhere later.
_ANOTHER_SUBJECT_DEAD = re.compile(
    rf"\s*,\s*(?:an?\s+|the\s+|one\s+)?(?:[\w-]+\s+)?(?:{SINGULAR_PERSON})\s+"
    rf"(?:is\s+|was\s+)?(?:dead|killed|died|dies)\b"
    rf"|[^.;]{{0,40}}?\band\s+(?:an?|the|one|another|his|her|their)\s+(?:[\w-]+\s+)?"
    rf"(?:{SINGULAR_PERSON})\s+(?:later\s+)?(?:is\s+|was\s+)?(?:dead|killed|died|dies)\b",
    re.IGNORECASE)


def _link_nested(quantity: Quantity, sentence: str, links: list[_Link],
                 starts: frozenset[int]) -> list[_Link]:
    """A subset is nested in the count before it, unless it has its own, different trigger:
    in "14 wounded, 2 of whom later died" the 2 are killed."""
    parent = _nearest_parent(quantity, links)
    if parent is None:
        return []
    of_whom = _NESTED_AFTER.match(sentence, quantity.end)
    walk_from = replace(quantity, end=of_whom.end()) if of_whom else quantity
    died = _DIED_IN_RELATIVE.match(sentence, quantity.end)
    if died is not None and links[parent].category != "killed":
        # "Five people were shot, including two who died": the two are the dead among them
        return [_Link(quantity, "killed", died.start("verb"), died.end(), "split")]
    own = _link_post(walk_from, sentence, starts)
    if own is not None and any(quantity.end <= start < own.trigger_start for start in starts):
        own = None  # "among them an officer, and 20 others were wounded": the verb is theirs
    if own is not None and own.category != links[parent].category:
        return _split_fatal(replace(own, quantity=quantity), sentence)
    return [_nested_link(quantity, links, parent, sentence)]


_DIED_IN_RELATIVE = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:who|that)\s+(?:later\s+|subsequently\s+|have\s+since\s+"
    r"|has\s+since\s+)?(?P<verb>died|was\s+killed|were\s+killed|(?:was|were)\s+pronounced"
    r"\s+dead)\b", re.IGNORECASE)


def _nearest_parent(quantity: Quantity, links: list[_Link]) -> int | None:
    before = [i for i, link in enumerate(links)
              if link.quantity.start < quantity.start and link.how != "nested"]
    return before[-1] if before else None


def _nested_link(quantity: Quantity, links: list[_Link], parent: int, sentence: str) -> _Link:
    owner = links[parent]
    return _Link(quantity, owner.category, quantity.start, quantity.end, "nested", parent)


def _to_mention(link: _Link, sentence: Sentence, base: int, reference_year: int | None,
                cues: SentenceCues) -> CountMention:
    q = link.quantity
    start = min(q.start, link.trigger_start)
    end = max(q.end, link.trigger_end)
    text = sentence.text
    detail = _detail(link, text) if link.how == "nested" else None
    if q.singular:
        detail = ANOTHER_DETAIL if link.category == "killed" and _ANOTHER_BEFORE.search(
            text, 0, q.start) else SINGULAR_DETAIL
    if link.how == "self":
        detail = SELF_DETAIL
    if link.how == "survivors":
        detail = SURVIVORS_DETAIL
    part_of = None
    if link.parent is not None:
        part_of = base + link.parent
    return CountMention(
        category=link.category,
        value=q.value,
        qualifier=q.qualifier,
        low=q.low,
        high=q.high,
        evidence=text[start:end],
        start=sentence.start + start,
        end=sentence.start + end,
        trend=cues.trend,
        attribution=cues.attribution,
        detail=detail,
        part_of=part_of,
        revision=cues.revision,
        other_event=about_other_event(text, start, reference_year, end),
        alternative=alternative_estimate(text, start),
        additional=_is_additional(link, text),
    )


_ADDITIONAL_AFTER = re.compile(r"^\s+(?:other|others|more|additional|further|extra)\b|"
                               r"^(?:\s+[\w'’-]+){0,4}?\s+(?:were|was|have\s+been)\s+also\b"
                               r"|^(?:\s+[\w'’-]+){0,4}?\s+also\s+(?:been\s+)?\w+ed\b",
                               re.IGNORECASE)


# A person counted without a number, told as one more: "Another soldier died in hospital",
# "a further civilian was shot dead". Only the word right before the noun (an adjective between).
ANOTHER_DETAIL = SINGULAR_DETAIL + ", told as one more"  # the totals add it to a number
_ANOTHER_BEFORE = re.compile(r"(?:^|\s)(?:another|a\s+further|one\s+more)\s+(?:[\w-]+\s+)?$",
                             re.IGNORECASE)


def _is_additional(link: _Link, sentence: str) -> bool:
    """"another 3", "2 other policemen", "a further 5", "1 civilian was also killed"."""
    if link.quantity.additive:
        return True
    if link.quantity.singular and link.category == "killed" and \
            _ANOTHER_BEFORE.search(sentence, 0, link.quantity.start):
        return True  # "Another person died of his wounds": one person besides those told
    return bool(_ADDITIONAL_AFTER.match(sentence[link.quantity.end:link.trigger_end + 1]))


def _detail(link: _Link, sentence: str) -> str | None:
    after = sentence[link.quantity.end:link.quantity.end + 60]
    words = re.match(r"\s*(?:of\s+(?:them|whom)\s+)?([^,.;:()]{1,50})", after)
    return words.group(1).strip() if words and words.group(1).strip() else None
